"""What a job posting asks for, as a value: JobPosting and its Requirements (frozen, so a
posting read once can be shared by every resume scored against it)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

RequirementKind = Literal["skill", "tool", "certification", "license", "degree", "experience", "language", "soft"]
DegreeLevel = Literal["high school", "associate", "bachelor", "master", "phd"]
DEGREE_ORDER: tuple[str, ...] = ("high school", "associate", "bachelor", "master", "phd")
KNOCKOUT_KINDS = frozenset({"experience", "degree", "license", "certification"})


@dataclass(frozen=True)
class Requirement:
    """One thing the posting asks for. `forms` are the surface forms a resume may use
    ("RN", "registered nurse"; "CPA", "CMA" for "CPA or CMA"), `required` is False for
    preferred / nice-to-have / a plus, `line` the posting line that first asks for it."""

    name: str
    kind: RequirementKind
    required: bool
    forms: tuple[str, ...]
    importance: int  # 1-10, from where and how the posting asks (importance.py)
    line: int
    id: str = ""
    source: str = ""  # lexicon | onet | vocabulary | phrase | years | degree
    text: str = ""  # the posting line
    count: int = 1  # how often the posting writes it
    lemmas: tuple[tuple[str, ...], ...] = ()  # for phrases: each form's words as lemmas

    @property
    def knockout(self) -> bool:
        """What an ATS asks as a yes/no screening question: years, degree, a required licence."""
        return self.required and self.kind in KNOCKOUT_KINDS

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["forms"] = list(self.forms)
        data["lemmas"] = [list(f) for f in self.lemmas]
        data["knockout"] = self.knockout
        return data


@dataclass(frozen=True)
class JobPosting:
    """A posting as an ATS and a recruiter read it: title, requirements (knock-outs first),
    minimum years, degree level and field, and warnings (too vague, not English)."""

    title: str | None
    requirements: tuple[Requirement, ...]
    years: float | None = None
    degree: DegreeLevel | None = None
    degree_field: str | None = None
    source: str = "<job posting>"
    warnings: tuple[str, ...] = ()
    text: str = ""

    @property
    def required(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.required)

    @property
    def preferred(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if not r.required)

    def requirement(self, name_or_form: str) -> Requirement:
        """The requirement with this name, id or form (any case)."""
        wanted = name_or_form.lower()
        for r in self.requirements:
            if wanted in (r.name.lower(), r.id.lower(), *(f.lower() for f in r.forms)):
                return r
        raise KeyError(name_or_form)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "source": self.source,
            "years": self.years,
            "degree": self.degree,
            "degree_field": self.degree_field,
            "requirements": [r.to_dict() for r in self.requirements],
            "warnings": list(self.warnings),
        }
