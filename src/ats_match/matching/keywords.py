"""Literal keyword coverage: what a recruiter's Boolean search finds.

A search for "scikit-learn" does not find "sklearn". This module says, per item, whether
one of the exact names a recruiter types appears verbatim, and if not, what the resume
wrote instead. The readability check `keyword-form` and the "say" recommendations read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..roles import RoleProfile
from .extractor import Mention
from .nlp import inflections


@dataclass(frozen=True)
class KeywordForm:
    id: str
    name: str
    search: tuple[str, ...]  # what a recruiter types (any one of them finds the resume)
    verbatim: bool  # one of them appears as written
    wrote: tuple[str, ...]  # what the resume wrote instead, when not verbatim
    credited: bool  # the item is credited (any status but missing)

    @property
    def message(self) -> str:
        """What to tell the writer, e.g. "you wrote 'sklearn'; a search for 'scikit-learn' misses you"."""
        search = " or ".join(repr(term) for term in self.search)
        if self.verbatim:
            return f"{self.name}: a search for {search} finds you"
        if self.wrote:
            wrote = ", ".join(repr(text) for text in self.wrote)
            return f"{self.name}: you wrote {wrote}; a search for {search} misses you"
        return f"{self.name}: a search for {search} does not find you"


@dataclass(frozen=True)
class KeywordCoverage:
    forms: tuple[KeywordForm, ...]

    @property
    def percent(self) -> float:
        """Share of the role's items whose exact name appears verbatim."""
        return round(100 * sum(f.verbatim for f in self.forms) / len(self.forms), 2) if self.forms else 0.0

    @property
    def variants_only(self) -> tuple[KeywordForm, ...]:
        """Credited items a Boolean search for their exact name would miss."""
        return tuple(f for f in self.forms if f.credited and not f.verbatim and f.wrote)


def keyword_coverage(role: RoleProfile, mentions: list[Mention], credited: set[str]) -> KeywordCoverage:
    forms = []
    for item in role.items:
        searches = item.searches
        accepted = [form for term in searches for form in inflections(term)]
        verbatim_form = re.compile("|".join(rf"(?<![\w+#-]){re.escape(form)}(?![\w+#])" for form in accepted), re.I)
        counted = [m for m in mentions if m.item_id == item.id and m.counts]
        # the name may sit inside a longer match: "Statistics" in "Probability and Statistics"
        verbatim = any(verbatim_form.search(m.text) for m in counted if m.tier != "implied")
        wrote: list[str] = []
        if not verbatim:
            for mention in counted:
                if mention.tier == "variant" and mention.text not in wrote and not mention.alias.startswith("pattern"):
                    wrote.append(mention.text)
        forms.append(KeywordForm(item.id, item.name, searches, verbatim, tuple(wrote), item.id in credited))
    return KeywordCoverage(tuple(forms))
