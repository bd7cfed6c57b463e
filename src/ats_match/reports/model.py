"""The result of scoring one resume against one role: frozen, serialisable, explainable."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ..checks import Check, summarize
from ..facts import ResumeFacts
from ..matching import KeywordCoverage
from ..recommend import Recommendations
from ..requirements import RequirementResult
from ..roles import RoleProfile
from ..scoring import ItemResult
from .html import html_from_dict
from .markdown import markdown_from_dict

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class RoleInfo:
    id: str
    name: str
    source: str


@dataclass(frozen=True)
class ResumeInfo:
    source: str
    kind: str
    pages: int
    sections: tuple[str, ...]


@dataclass(frozen=True)
class ScoreFailure:
    """A resume that could not be scored, in place of its report."""

    source: str
    error: str  # the AtsMatchError subclass name
    message: str  # one line, naming the file


@dataclass(frozen=True)
class Report:
    score: float  # 0-100, weighted coverage of the role's skills
    role: RoleInfo
    resume: ResumeInfo
    items: tuple[ItemResult, ...]
    tool_coverage: float  # 0-100, weighted coverage of the role's core tools
    keywords: KeywordCoverage
    formula: str
    recommendations: Recommendations
    checks: tuple[Check, ...] = ()  # ATS readability; never part of the score
    hidden_text: tuple[str, ...] = ()  # texts drawn invisible; never evidence
    profile: RoleProfile | None = field(default=None, repr=False, compare=False)  # for replanning
    facts: ResumeFacts | None = None  # name, contact, education, jobs, years: as an ATS reads them
    requirements: tuple[RequirementResult, ...] = ()  # with a job posting: each met | missing | unknown
    posting_warnings: tuple[str, ...] = ()  # a posting too vague or not in English

    def requirement(self, name_or_id: str) -> RequirementResult:
        """The posting requirement with this id, name or form (any case)."""
        wanted = name_or_id.lower()
        for result in self.requirements:
            if wanted in (result.id.lower(), result.name.lower(), *(f.lower() for f in result.forms)):
                return result
        raise KeyError(name_or_id)

    def item(self, item_id: str) -> ItemResult:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    @property
    def readability(self) -> dict[str, int]:
        """How many ATS checks passed, warned and failed."""
        return summarize(self.checks)

    @property
    def statuses(self) -> dict[str, str]:
        return {item.id: item.status for item in self.items}

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "score": self.score,
            "tool_coverage": self.tool_coverage,
            "formula": self.formula,
            "role": asdict(self.role) | self._posting(),
            "resume": asdict(self.resume),
            "items": [asdict(item) for item in self.items],
            "keywords": {
                "literal_coverage": self.keywords.percent,
                "forms": [asdict(form) | {"message": form.message} for form in self.keywords.forms],
            },
            "recommendations": self.recommendations.to_dict(),
            "checks": [check.to_dict() for check in self.checks],
            "readability": self.readability,
            "hidden_text": list(self.hidden_text),
            "facts": self.facts.to_dict() if self.facts is not None else None,
            "requirements": [r.to_dict() for r in self.requirements],
            "posting_warnings": list(self.posting_warnings),
        }

    def _posting(self) -> dict[str, Any]:
        """For a role built from a job posting: the requirements it read, and why each weighs what it does."""
        overview = self.profile.overview if self.profile is not None else {}
        if not overview.get("from_posting"):
            return {"from_posting": False}
        keys = ("requirements", "other_keywords", "unknown")
        posting = overview.get("posting") or {}
        facts = {key: posting.get(key) for key in ("title", "years", "degree", "degree_field")}
        return {"from_posting": True} | {key: overview.get(key, []) for key in keys} | {"posting": facts}

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def redacted(self) -> Report:
        """A copy with emails, phone numbers, street addresses and profile handles masked in
        every string (evidence, reasons, checks, hidden text), for every output format."""
        from .redact import redact_report

        return redact_report(self)

    def to_markdown(self) -> str:
        return markdown_from_dict(self.to_dict())

    def to_html(self, *, full_page: bool = True) -> str:
        return html_from_dict(self.to_dict(), full_page=full_page)

    def _repr_html_(self) -> str:
        return html_from_dict(self.to_dict(), full_page=False)
