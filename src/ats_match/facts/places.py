"""Places as resumes write them ("Austin, TX", "Bengaluru, India", "Stripe San Francisco,
CA"): read a location off a contact line, peel one off the end of a job's line, and tell
the country, whose calling code the phone number needs."""

from __future__ import annotations

import re
from dataclasses import dataclass

US_STATES = {
    **{"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado"},
    **{"CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho"},
    **{"IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana"},
    **{"ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota"},
    **{"MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada"},
    **{"NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina"},
    **{"ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania"},
    **{"RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas"},
    **{"UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia"},
    **{"WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia", "PR": "Puerto Rico"},
}
CA_PROVINCES = {
    **{"AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick", "ON": "Ontario"},
    **{"NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "PE": "Prince Edward Island", "QC": "Quebec"},
    **{"SK": "Saskatchewan", "NT": "Northwest Territories", "NU": "Nunavut", "YT": "Yukon"},
}
# Brazilian and Australian states by code (the US reading wins where a code is shared).
OTHER_REGIONS = {
    **dict.fromkeys(("AC", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MG", "PB", "PR", "PE", "PI"), "BR"),
    **dict.fromkeys(("RJ", "RN", "RS", "RO", "RR", "SP", "SE", "TO"), "BR"),
    **dict.fromkeys(("NSW", "VIC", "QLD", "TAS", "ACT"), "AU"),
}
# ISO code -> the names people write for the country (English, own language, short forms).
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("United States", "United States of America", "USA", "U.S.A.", "US", "U.S.", "U.S.A"),
    "GB": ("United Kingdom", "UK", "U.K.", "England", "Scotland", "Wales", "Great Britain", "Britain"),
    **{"CA": ("Canada",), "AU": ("Australia",), "NZ": ("New Zealand",), "IE": ("Ireland", "Éire")},
    **{"IN": ("India",), "PK": ("Pakistan",), "BD": ("Bangladesh",), "LK": ("Sri Lanka",), "NP": ("Nepal",)},
    **{"CN": ("China", "PRC"), "HK": ("Hong Kong",), "TW": ("Taiwan",), "JP": ("Japan",), "SG": ("Singapore",)},
    "KR": ("South Korea", "Korea", "Republic of Korea", "S. Korea", "S.Korea", "Korea, Republic of"),
    **{"MY": ("Malaysia",), "ID": ("Indonesia",), "PH": ("Philippines",), "TH": ("Thailand",)},
    **{"VN": ("Vietnam", "Viet Nam"), "AE": ("United Arab Emirates", "UAE", "U.A.E."), "QA": ("Qatar",)},
    **{"SA": ("Saudi Arabia", "KSA"), "IL": ("Israel",), "TR": ("Turkey", "Türkiye", "Turkiye")},
    **{"EG": ("Egypt",), "NG": ("Nigeria",), "KE": ("Kenya",), "ZA": ("South Africa",), "GH": ("Ghana",)},
    **{"MA": ("Morocco", "Maroc"), "TN": ("Tunisia", "Tunisie"), "DZ": ("Algeria", "Algérie")},
    **{"DE": ("Germany", "Deutschland", "Allemagne", "Alemania", "Alemanha"), "FR": ("France", "Frankreich")},
    **{"ES": ("Spain", "España", "Espanha", "Espagne", "Spanien"), "PT": ("Portugal",)},
    **{"IT": ("Italy", "Italia", "Italie", "Itália"), "NL": ("Netherlands", "The Netherlands", "Holland")},
    **{"BE": ("Belgium", "Belgique", "België", "Belgien"), "CH": ("Switzerland", "Schweiz", "Suisse")},
    **{"AT": ("Austria", "Österreich"), "SE": ("Sweden", "Sverige"), "NO": ("Norway", "Norge")},
    **{"DK": ("Denmark", "Danmark"), "FI": ("Finland", "Suomi"), "PL": ("Poland", "Polska")},
    **{"CZ": ("Czech Republic", "Czechia"), "HU": ("Hungary",), "RO": ("Romania", "România")},
    **{"GR": ("Greece",), "UA": ("Ukraine",), "RU": ("Russia", "Russian Federation"), "LU": ("Luxembourg",)},
    **{"BR": ("Brazil", "Brasil"), "MX": ("Mexico", "México"), "AR": ("Argentina",), "CL": ("Chile",)},
    **{"CO": ("Colombia",), "PE": ("Peru", "Perú"), "VE": ("Venezuela",), "EC": ("Ecuador",)},
    **{"UY": ("Uruguay",), "CR": ("Costa Rica",), "IS": ("Iceland",), "EE": ("Estonia",), "LV": ("Latvia",)},
    **{"LT": ("Lithuania",), "RS": ("Serbia",), "HR": ("Croatia",), "SI": ("Slovenia",), "SK": ("Slovakia",)},
    **{"BG": ("Bulgaria",), "CY": ("Cyprus",), "MT": ("Malta",), "JO": ("Jordan",), "LB": ("Lebanon",)},
    **{"ET": ("Ethiopia",), "UG": ("Uganda",), "RW": ("Rwanda",), "TZ": ("Tanzania",), "CM": ("Cameroon",)},
    **{"SN": ("Senegal", "Sénégal"), "CI": ("Côte d'Ivoire", "Ivory Coast"), "KZ": ("Kazakhstan",)},
}
COUNTRIES = {name.lower(): code for code, names in COUNTRY_NAMES.items() for name in names}
_STATE_NAMES = {name.lower(): code for code, name in US_STATES.items()}
# The states' whole names as alternatives of a pattern, the longest first ("West Virginia" before "Virginia")
STATE_NAME_PATTERN = "|".join(sorted((re.escape(name) for name in US_STATES.values()), key=len, reverse=True))
_PROVINCE_NAMES = {name.lower(): code for code, name in CA_PROVINCES.items()}
WORK_MODES = frozenset({"remote", "hybrid", "on-site", "onsite", "on site", "remoto", "télétravail", "home office"})

# Words that open or close a city's name of two or three words: "San Jose", "Menlo Park".
CITY_PREFIXES = frozenset(
    {
        *("san", "santa", "santo", "são", "sao", "new", "los", "las", "la", "le", "el", "palo", "mountain"),
        *("salt", "fort", "ft", "st", "saint", "st.", "baton", "little", "long", "grand", "rio", "belo", "porto"),
        *("buenos", "hong", "kuala", "tel", "abu", "cape", "des", "ann", "north", "south", "east", "west"),
        *("port", "mexico", "ho", "lake", "cedar", "round", "walnut", "thousand", "virginia", "kansas"),
    }
)
CITY_SUFFIXES = frozenset(
    {"city", "valley", "beach", "park", "springs", "heights", "falls", "hills", "island", "harbor", "creek"}
    | {"view", "alto", "rock", "rapids", "grove", "oaks", "lake", "village", "gardens", "bay"}
)
_PARTICLES = frozenset({"de", "do", "da", "del", "am", "upon", "on", "sur", "en"})
# Words after which a country's name belongs to the name before it: "Bank of America", "Banco do Brasil".
_JOINERS = frozenset({"of", "de", "do", "da", "du", "des", "del", "di", "della", "von", "van", "der", "at", "in", "&"})
_JOINERS |= {"and", "-", "for", "the", "y", "e", "und", "et"}
_ZIP = re.compile(r"\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4,6})$")
_CITY = re.compile(r"^[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_][^\W\d_.'’-]*){0,3}\.?$")
_LABEL = re.compile(r"^(?:location|address|adresse|endereço|dirección|ort|wohnort|city|based in)\s*:?\s*", re.I)


@dataclass(frozen=True)
class Place:
    text: str
    city: str | None
    region: str | None
    country: str | None
    country_code: str | None


def region_code(text: str) -> str | None:
    """The country of a state, province or country as written, or None."""
    key = text.strip().strip(".").lower()
    bare = text.strip()
    if bare in US_STATES or key in _STATE_NAMES:
        return "US"
    if bare in CA_PROVINCES or key in _PROVINCE_NAMES:
        return "CA"
    if bare in OTHER_REGIONS:
        return OTHER_REGIONS[bare]
    return COUNTRIES.get(key) or COUNTRIES.get(text.strip().lower())


def is_region(text: str) -> bool:
    """A state or province (a code in capitals, or its name)."""
    bare = text.strip()
    return bare in US_STATES or bare in CA_PROVINCES or bare in OTHER_REGIONS or bare.lower() in _STATE_NAMES


def is_country(text: str) -> bool:
    return text.strip().lower() in COUNTRIES or text.strip().strip(".").lower() in COUNTRIES


def is_city(text: str) -> bool:
    """Capitalised words, no digits: a city's shape (its name is not checked)."""
    text = text.strip()
    return bool(text) and text[0].isupper() and bool(_CITY.match(text)) and len(text) <= 40


def city_tail(text: str) -> int:
    """How many words at the end of `text` a city takes ("Stripe San Francisco" -> 2)."""
    found = text.split()
    if not found:
        return 0
    take = 1
    while take < min(3, len(found)):
        before, last = found[-take - 1].lower(), found[-take].lower()
        if before in CITY_PREFIXES or last in CITY_SUFFIXES or before in _PARTICLES:
            take += 1
        else:
            break
    if take < len(found) and found[-take - 1].lower() in _PARTICLES:
        take += 2 if take + 2 <= len(found) else 1
    return min(take, len(found))


def read_place(text: str) -> Place | None:
    """A location written on a contact line: "Austin, TX 78701", "Mapo-gu, Seoul, Republic
    of Korea", "San Francisco, California, US". None when the text is no place."""
    text = _LABEL.sub("", text.strip(" .,;:|·•▪")).strip(" ,;")
    if not text or len(text) > 80 or "@" in text or "/" in text:
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return None
    parts[-1] = _ZIP.sub("", parts[-1])
    while len(parts) > 1 and re.fullmatch(r"\d[\d -]*", parts[-1]):
        parts.pop()
    country = parts.pop() if is_country(parts[-1]) else None
    region = parts.pop() if parts and is_region(_ZIP.sub("", parts[-1])) else None
    if region is not None:
        region = _ZIP.sub("", region)
    if country is None and region is None:
        return None
    city = parts[-1] if parts and is_city(parts[-1]) else None
    if city is None and region is not None and country is None and len(parts) != 0:
        return None  # "Remote, CA 123 Main" and the like: not a place line
    code = region_code(country) if country else region_code(region or "")
    written = [p.strip() for p in text.split(",")]
    while written and any(c.isdigit() for c in written[0]) and len(written) > 1:
        written.pop(0)  # a street: "555 La Verne Way, La Verne, CA" -> "La Verne, CA"
    return Place(", ".join(written), city, region, country, code)


def trailing_place(text: str) -> tuple[str, str | None]:
    """A state or country named by the last words of a part without a comma: "Microsoft
    New York" -> ("Microsoft", "New York"). Only names, never two-letter codes."""
    found = text.split()
    for take in (3, 2, 1):
        if len(found) > take:
            tail = " ".join(found[-take:])
            rest = " ".join(found[:-take])
            named = (tail.lower() in _STATE_NAMES or tail.lower() in COUNTRIES) and len(tail) > 3
            if named and rest.split()[-1].lower() not in _JOINERS:
                return rest, tail
    return text, None


def peel_place(parts: list[str]) -> tuple[list[str], str | None]:
    """A job line's parts without the location in them: ["Gilmore Financial", "New Orleans",
    "LA", "Accountant"] -> ["Gilmore Financial", "Accountant"], "New Orleans, LA"; a city
    written without a comma before its state comes off the end of its part: ["Stripe San
    Francisco", "CA"] -> ["Stripe"]. A part that is only "Remote" goes too."""
    kept: list[str] = []
    taken: list[str] = []
    after_place = False
    for index, part in enumerate(parts):
        bare = _ZIP.sub("", part.strip())
        if bare.lower() in WORK_MODES:
            taken.append(part.strip())
            continue
        if not (is_region(bare) or is_country(bare)):
            kept.append(part)
            after_place = False
            continue
        following = _ZIP.sub("", parts[index + 1].strip()) if index + 1 < len(parts) else ""
        if not after_place and (is_region(following) or is_country(following)):
            taken.append(bare)  # "New York, NY": a city named like its state
            after_place = True
            continue
        if kept and not after_place:
            words = kept[-1].split()
            take = city_tail(kept[-1])
            tail = " ".join(words[-take:])
            if take and is_city(tail):
                taken.append(tail)
                if take >= len(words):
                    kept.pop()
                else:
                    kept[-1] = " ".join(words[:-take])
        taken.append(bare)
        after_place = True
    if not taken and kept:
        kept[-1], tail = trailing_place(kept[-1])
        taken += [tail] if tail else []
    return kept, (", ".join(taken) or None)


def is_place_text(text: str) -> bool:
    """Text that is only places: "Palo Alto, CA & Ithaca, NY", "Remote", "Seoul, S.Korea";
    not "Kasa Seoul, S.Korea", where the city ends an employer's name."""
    pieces = [p.strip() for p in re.split(r"[,&|/;]|\s+and\s+|\s+[-–—]\s+", text) if p.strip()]
    if not pieces:
        return False
    named = [is_region(p) or is_country(p) or p.lower() in WORK_MODES for p in pieces]
    if not any(named):
        return False
    for i, piece in enumerate(pieces):
        if named[i]:
            continue
        followed = i + 1 < len(pieces) and named[i + 1] and pieces[i + 1].lower() not in WORK_MODES
        if not (followed and is_city(piece) and city_tail(piece) == len(piece.split())):
            return False
    return True
