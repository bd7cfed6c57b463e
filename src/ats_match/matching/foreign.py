"""Skill phrases in French, German, Spanish and Portuguese (data/foreign.yaml), by item id,
so that a resume in those languages is read for what it says: "déploiement de modèles",
"maschinelles Lernen", "aprendizaje automático". Every profile with an item of the id
matches them, the way `vocabulary_from` shares English vocabulary between profiles.

People drop accents ("deploiement") and German's ß ("grosse"): each phrase and each word
of a pattern's list also matches its plain-letter form.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..datafiles import YamlError, read_yaml
from ..errors import RoleError

LANGUAGES = ("fr", "de", "es", "pt")
FOREIGN_FILE = Path(__file__).parent / "data" / "foreign.yaml"


class ForeignVocabulary(BaseModel):
    """One item's phrases and token patterns in the other languages."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fr: tuple[str, ...] = ()
    de: tuple[str, ...] = ()
    es: tuple[str, ...] = ()
    pt: tuple[str, ...] = ()
    patterns: tuple[list[dict[str, Any]], ...] = Field(default=(), description="spaCy token patterns on LOWER")

    def phrases(self, languages: tuple[Literal["fr", "de", "es", "pt"], ...] = LANGUAGES) -> tuple[str, ...]:
        return tuple(phrase for language in languages for phrase in getattr(self, language))


def plain_letters(text: str) -> str:
    """The text without accents and with ß as ss: "déploiement" -> "deploiement"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def forms(phrase: str) -> list[str]:
    """The phrase as written and in plain letters, lower case."""
    lower = phrase.lower()
    return list(dict.fromkeys((lower, plain_letters(lower))))


def _with_plain_letters(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A pattern whose word lists (and single words) also take their plain-letter forms."""
    widened = []
    for token in pattern:
        token = dict(token)
        for attr in ("LOWER", "ORTH", "NORM"):
            value = token.get(attr)
            if isinstance(value, str) and plain_letters(value) != value:
                token[attr] = {"IN": forms(value)}
            elif isinstance(value, dict) and "IN" in value:
                token[attr] = {**value, "IN": list(dict.fromkeys(f for word in value["IN"] for f in forms(word)))}
        widened.append(token)
    return widened


@cache
def foreign_vocabulary() -> dict[str, ForeignVocabulary]:
    """data/foreign.yaml, validated; patterns widened to plain letters. Read once."""
    try:
        data = read_yaml(FOREIGN_FILE.read_text(encoding="utf-8"))
        entries = {item_id: ForeignVocabulary.model_validate(entry or {}) for item_id, entry in (data or {}).items()}
    except (OSError, YamlError, ValidationError) as exc:  # a broken install, not a user's input
        raise RoleError(
            f"cannot read the foreign-language vocabulary ({type(exc).__name__})", source=str(FOREIGN_FILE)
        ) from None
    return {
        item_id: entry.model_copy(update={"patterns": tuple(_with_plain_letters(p) for p in entry.patterns)})
        for item_id, entry in entries.items()
    }
