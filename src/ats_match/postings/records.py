"""What must not be on a candidate's record: a background check, which asks for no skill.

A driver's posting lists what disqualifies ("No record of a driver's license suspension",
"No more than one at-fault accident in the last three years") and often the offences under
it ("Reckless driving", "Speeding in excess of 25 mph"). Read as asks, every offence would
become a skill to show and the licence named in the check a licence to hold.
"""

from __future__ import annotations

import re

# An item that says what one's record must be clear of; not "No experience required".
_CLEAR_RECORD = re.compile(
    # (a few words may say of what: "No controlled substance conviction", "No alcohol-related offenses")
    r"^\W{0,4}(?:must (?:have|be)\s+)?(?:no|never)\s+(?:been\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:record|history|more than|convict(?:ions?|ed)|felon(?:y|ies)|duis?|dwis?|ovis?|suspensions?|revocations?"
    r"|(?:preventable |at-fault |major )?accidents?|(?:serious |moving |major )?(?:traffic )?violations?|offen[cs]es?)\b",
    re.I,
)
# an ask after the check, in the same item: "No major violations in the past 3 years, current
# DOT medical card and TWIC card"
_ASK_AFTER = re.compile(
    r"(?:[,;]|\band\b)\s*(?:and\s+)?(?:an?\s+|the\s+)?(?:current|valid|clean|active|must|have|has|hold|possess)\b", re.I
)
_BULLET_LINE = re.compile(r"^([ \t]*)(?:[-*•+]|\d{1,2}[.)])\s+(.*)$")


def clears_a_record(text: str) -> bool:
    """ "No record of conviction for ...", "No more than two moving violations": a check of
    the record, not an ask (the text of one line, its bullet allowed)."""
    return bool(_CLEAR_RECORD.match(text)) and not _ASK_AFTER.search(text)


def drop_record_lists(text: str) -> str:
    """`text` without the items nested under an item that clears a record ("No record of
    conviction for the violations listed below:", then the offences indented under it)."""
    out: list[str] = []
    lead_indent: int | None = None  # the indentation of the clearing item whose list is being dropped
    for line in text.splitlines(keepends=True):
        item = _BULLET_LINE.match(line.rstrip("\r\n"))
        if lead_indent is not None:
            if item and len(item.group(1).expandtabs(4)) > lead_indent:
                continue  # an offence listed under the item
            if not line.strip():
                out.append(line)
                continue
            lead_indent = None
        if item and clears_a_record(item.group(2)):
            lead_indent = len(item.group(1).expandtabs(4))
        out.append(line)
    return "".join(out)
