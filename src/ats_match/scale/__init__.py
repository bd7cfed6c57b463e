"""Past one machine: score many resumes against many roles on a Dask cluster.

    pip install 'ats-match[dask]'

>>> from distributed import Client
>>> from ats_match.scale import score_frame, write_parquet
>>> client = Client("tcp://scheduler:8786")
>>> frame = score_frame("s3://resumes/2024/*.pdf", ["machine-learning-engineer", "posting.md"])
>>> write_parquet(frame, "s3://results/scores.parquet")

The default install never imports Dask; this module is its only user.
"""

try:
    import dask.dataframe  # noqa: F401
    import distributed  # noqa: F401
    import fsspec  # noqa: F401
    import pyarrow  # noqa: F401
except ImportError as exc:  # the extra is not installed
    raise ImportError(
        f"ats_match.scale needs Dask, fsspec and pyarrow ({exc.name} is missing): pip install 'ats-match[dask]'"
    ) from exc

from .frame import local_cluster, resolve_role, score_frame, write_parquet
from .rows import Schema, check_ids

__all__ = ["Schema", "check_ids", "local_cluster", "resolve_role", "score_frame", "write_parquet"]
