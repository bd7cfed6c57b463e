"""The last step: a frozen Report (and ScoreFailure for a file that could not be scored),
its renderings (JSON, Markdown, HTML, the terminal), redaction, and the Comparison of many
resumes. Every rendering starts from `Report.to_dict()`, the JSON contract."""

from .comparison import Comparison
from .model import Report, ResumeInfo, RoleInfo, ScoreFailure
from .redact import redact_report, redact_text

__all__ = ["Comparison", "Report", "ResumeInfo", "RoleInfo", "ScoreFailure", "redact_report", "redact_text"]
