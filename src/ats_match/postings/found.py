"""What the tech lexicon and the vocabulary of every field find on a posting's lines, the
longer of two overlapping hits winning, and each hit read with what its line writes beside
it: a product's versions, edition or name, a licence's classes, the other product of
"Sketch/Figma"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..matching import lemma_of
from ..reading import Line, ResumeDocument
from ..roles import Item
from .hits import Hit, as_written
from .lexicon import lexicon
from .qualifications import qualifications_in
from .vocabulary import PRODUCT_KINDS, title_words, vocabulary
from .words import NOT_DISTINCTIVE, SKILL_HEADS, STOP, adjective, zipf


def _item_forms(item: Item) -> tuple[str, ...]:
    return tuple(dict.fromkeys((item.name, *item.searches, *item.aliases, *item.case_sensitive)))


def lexicon_hits(document: ResumeDocument) -> list[Hit]:
    lex = lexicon()
    hits = []
    for mention in lex.extractor.extract(document):
        if mention.tier == "implied" or mention.hidden:
            continue
        item = lex.item(mention.item_id)
        hits.append(
            Hit(
                mention.line,
                mention.start,
                mention.end,
                f"lexicon:{item.id}",
                item.name,
                item.kind,
                _item_forms(item),
                "lexicon",
                mention.text,
            )
        )
    return hits


def vocabulary_hits(lines: Iterable[Line]) -> list[Hit]:
    vocab = vocabulary()
    hits = []
    for line in lines:
        for found_start, found_end, term in vocab.find(line.text):
            start, end, forms = as_written(line.text, found_start, found_end, term)
            hits.append(
                Hit(line.number, start, end, term.id, term.name, term.kind, forms, term.source, line.text[start:end])
            )
        for q in qualifications_in(line.text):  # "L3 Diploma in Anatomical Pathology Technology"
            key = f"phrase:{q.name.lower()}"
            text = line.text[q.start : q.end]
            lemmas = (tuple(lemma_of(word.lower()) for word in q.name.split()),)  # matched by its words' lemmas
            hits.append(Hit(line.number, q.start, q.end, key, q.name, "certification", q.forms, "phrase", text, lemmas))
    return hits


def longest_hits(hits: list[Hit], lines: dict[int, str], tech: bool = True) -> list[Hit]:
    """Where two hits overlap on a line, the longer; on a tie the lexicon's in a tech
    posting, the vocabulary's in another ("the patient's EMR" is a medical record there, not
    Amazon EMR). An acronym in brackets right after a hit is that hit's abbreviation
    ("Certified Medical Assistant (CMA)" is not also a management accountant)."""
    first = "lexicon" if tech else "vocabulary"  # the project's own lists, not O*NET's products
    ordered = sorted(
        hits, key=lambda h: (h.line, -(h.end - h.start), h.source != first, h.source != "lexicon", h.start)
    )
    kept: dict[int, list[Hit]] = {}
    for hit in ordered:
        same_line = kept.setdefault(hit.line, [])
        if all(hit.end <= k.start or hit.start >= k.end for k in same_line):
            same_line.append(hit)
        elif (
            hit.kind == "license"
            and (outer := next(k for k in same_line if not (hit.end <= k.start or hit.start >= k.end)))
            and outer.kind == "license"
            and outer.start == hit.start
            and outer.key != hit.key
        ):
            # "CDL driver license": the licence the kind before names is the one asked (a
            # CDL), written the posting's way; not any driver's licence
            same_line[same_line.index(outer)] = replace(
                hit, end=outer.end, forms=(*hit.forms, outer.written), written=outer.written
            )
    result = []
    for line_hits in kept.values():
        line_hits.sort(key=lambda h: h.start)
        text = lines.get(line_hits[0].line, "") if line_hits else ""
        previous = None
        for hit in line_hits:
            bracketed = text[hit.start - 1 : hit.start] == "(" and text[hit.end : hit.end + 1] == ")"
            if previous is not None and bracketed and not text[previous.end : hit.start - 1].strip():
                forms = (*previous.forms, hit.written) if hit.written not in previous.forms else previous.forms
                previous = replace(previous, end=hit.end + 1, forms=forms)
                result[-1] = previous  # "Certified Medical Assistant (CMA)": one hit, CMA its form
                continue
            if (
                previous is not None
                and hit.name in PRODUCT_KINDS
                and previous.kind == "tool"
                and not text[previous.end : hit.start].strip()
            ):
                previous = replace(previous, end=hit.end)
                result[-1] = previous  # "Epic electronic health records": what Epic is, not a second requirement
                continue
            result.append(hit)
            previous = hit
    return sorted(result, key=lambda h: (h.line, h.start))


# Versions written after a product: "Windows 7 and 10", "Excel 2016", "AutoCAD 2020/2022".
_VERSIONS = re.compile(r"^\s+(\d{1,4}(?:\.\d+)?(?:\s*(?:,|and|or|/|&)\s*\d{1,4}(?:\.\d+)?)*)(?![\w%+])")


# Editions written after a product: "QuickBooks Desktop", "SQL Server Enterprise".
_EDITION = re.compile(r"^\s(Desktop|Online|Pro|Premier|Enterprise|Cloud|Professional|Standard)\b(?!-)")


def named_product(hit: Hit, text: str) -> Hit:
    """A tool's hit with what its line writes after it: versions, an edition, a product's name."""
    return _with_product_name(_with_versions(hit, text), text)


def _with_versions(hit: Hit, text: str) -> Hit:
    """The hit with each version or edition written after it as a form: a resume writes
    "Windows 10", "QuickBooks Online". The edition is the hit's ("QuickBooks Desktop
    mastery" asks for no "Desktop mastery")."""
    edition = _EDITION.match(text[hit.end :])
    if edition:
        written = f"{hit.written} {edition.group(1)}"
        forms = hit.forms if written in hit.forms else (*hit.forms, written)
        return replace(hit, end=hit.end + edition.end(), forms=forms)
    versions = _VERSIONS.match(text[hit.end :])
    if not versions or re.search(r"\d\s*(?:years?|yrs?|months?|hours?|lbs?|pounds)\b", text[hit.end : hit.end + 40]):
        return hit
    written = [f"{hit.written} {v}" for v in re.findall(r"\d{1,4}(?:\.\d+)?", versions.group(1))]
    return replace(hit, forms=(*hit.forms, *(w for w in written if w not in hit.forms)))


# A product's own name written after its maker's brand: "LinkedIn Sales Navigator",
# "Salesforce Marketing Cloud" (one or two capitalised words, then no more capitals).
_PRODUCT_AFTER = re.compile(r"^ ((?-i:[A-Z][a-z]{2,})(?: (?-i:[A-Z][a-z]{2,}))?)\b(?! (?-i:[A-Z]))(?![-/&])")
_PRODUCT_WORD_ZIPF = 3.5  # wordfreq Zipf: "reports" 4.6, "calendar" 4.4, "ads" 4.4; not "navigator" 2.8


_CREDENTIAL_AFTER = re.compile(r"\s+(?:certification|certificate|certified|credential|exam|license|licence)s?\b", re.I)


def _with_product_name(hit: Hit, text: str) -> Hit:
    """A brand's product named after it ("LinkedIn Sales Navigator"): one tool, asked by its
    full name or the product's own ("Sales Navigator"), not the brand alone. Not a job
    ("Salesforce Administrator"), a generic word ("Excel Skills"), another product ("Excel
    Word"), or a line in Title Case, whose every word is capitalised."""
    if " " in hit.written or not hit.written[:1].isupper() or hit.written.isupper() or hit.source == "onet-equipment":
        return hit  # a brand's one word, capitalised, no acronym ("CAD Standards", "MIS Reports")
    after = _PRODUCT_AFTER.match(text[hit.end :])
    if not after:
        return hit
    words = after.group(1).split()
    lower = [w.lower() for w in words]
    if any(w in STOP or w in NOT_DISTINCTIVE for w in lower):
        return hit
    if len(lower) == 1 and (
        lower[0] in SKILL_HEADS or lemma_of(lower[0]) in title_words() or zipf(lower[0]) >= _PRODUCT_WORD_ZIPF
    ):
        return hit  # "Salesforce Administrator": the job; "Salesforce Reports", "Outlook Calendar": its parts
    if vocabulary().find(after.group(1)) or not re.search(r"\b[a-z]{3,}", text):
        return hit
    if _CREDENTIAL_AFTER.match(text, hit.end + after.end()):
        return hit  # "Facebook Blueprint certification": the credential's name (vocabulary folds it)
    name = f"{hit.written} {after.group(1)}"
    own = (after.group(1), after.group(1).lower()) if len(words) >= 2 else ()  # "Sales Navigator"; not "Ads"
    forms = (name, name.lower(), *own)
    key = "phrase:" + name.lower()
    return replace(hit, end=hit.end + after.end(), key=key, name=name, forms=forms, written=name, source="phrase")


# A product named beside a known one across a slash: "Sketch/Figma", "Figma / Sketch"
# ... or across "or", "and/or" inside a sentence: "proficiency with Sketch and/or Adobe Creative Suite"
_PARTNER_BEFORE = re.compile(r"(?<![\w/])([A-Z][\w+.-]{2,})(?:\s?/\s?|(?<=\w)\s+(?:or|and/or)\s+)$")
_PARTNER_AFTER = re.compile(
    r"(?:\s?/\s?|\s+(?:or|and/or)\s+)([A-Z][\w+.-]{2,})(?![\w/])"
)  # matched where the tool ends


_CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")  # the partner is one word of a longer name
_WORD_NEXT = re.compile(r"\s+(?!(?:and|or|etc)\b)[a-z]")


_EVERYDAY_PARTNER = 4.3  # wordfreq Zipf: "sketch" 4.0, "medicaid" 3.7; not "custom" 4.4, "better" 5.8
_CAPITALISED_END = re.compile(r"[A-Z][\w+.-]*\s+$")


def slash_partners(hits: list[Hit], lines: Sequence[Line]) -> list[Hit]:
    """The other product of a slash pair whose one side is a known tool ("Sketch" of
    "Sketch/Figma"): an everyday word as a name, which the phrase finder passes by."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for h in hits:
        spans.setdefault(h.line, []).append((h.start, h.end))
    partners: dict[tuple[int, int], Hit] = {}
    for hit in hits:
        if hit.kind != "tool" or hit.source not in ("lexicon", "onet", "vocabulary"):
            continue
        text = lines[hit.line - 1].text
        for match in (_PARTNER_BEFORE.search(text, 0, hit.start), _PARTNER_AFTER.match(text, hit.end)):
            if match is None:
                continue
            word, start = match.group(1), match.start(1)
            if "/" not in match.group(0) and (
                not text[:start].strip(" -*•·\t")  # "Reporting or Excel": an item's first word is capitalised
                or word.endswith("ing")  # "Accounting or QuickBooks": a field of work
                or _CAPITALISED_NEXT.match(text, start + len(word))  # "... or Human Resource Management Systems"
                or _CAPITALISED_END.search(text, 0, start)
                or _WORD_NEXT.match(text, start + len(word))  # "Excel or Medicaid portals": it names a kind of thing
                or adjective(word)
                or zipf(word.lower()) >= _EVERYDAY_PARTNER  # "Excel or Better", "Excel or Custom ..."
            ):
                continue
            read = any(a < start + len(word) and start < b for a, b in spans.get(hit.line, ()))
            if read or word.isupper() or word.lower() in STOP:
                continue  # read already ("MS Office/excel"), an acronym the vocabulary would know, or "And/Or"
            key = f"phrase:{word.lower()}"
            partners[(hit.line, start)] = Hit(
                hit.line, start, start + len(word), key, word, "tool", (word,), "phrase", word
            )
    return list(partners.values())


# The classes of a licence or the codes of a certificate, in parentheses after it: "gas
# license (G1, G2)", "driver's licence (B, C1)", "First Aid (HLTAID011)"
_CLASS_CODE = re.compile(r"[A-Z]|[A-Z]{1,2}\d{1,3}[A-Z]?|\d[A-Z]?")  # "B", "C1", "G2", "HLTAID011"'s short kin
_CODES_AFTER = re.compile(r"^\s*\(\s*([A-Z][A-Z0-9-]{0,9}(?:\s*(?:,|/|or|and|&)\s*[A-Z][A-Z0-9-]{0,9})*)\s*\)")


def with_codes(hit: Hit, text: str) -> Hit:
    """The hit with each class or code written after it as a form: a resume names the
    class it holds ("G2 gas technician")."""
    codes = _CODES_AFTER.match(text[hit.end :])
    if codes is None:
        return hit
    written = [code for code in re.split(r"\s*(?:,|/|\bor\b|\band\b|&)\s*", codes.group(1)) if code]
    if not all(_CLASS_CODE.fullmatch(code) for code in written):
        # "(PALS)", "(AHA)", "(NY or NJ)", "(UK)": another credential, its body, a state or a
        # country, not a class
        return hit
    return replace(hit, forms=(*hit.forms, *(code for code in written if code not in hit.forms)))
