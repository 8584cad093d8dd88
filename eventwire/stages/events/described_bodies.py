"""Class *a body the knowledge base does not know, described by the article*
(actors65).

Why: a participant named by an unfamiliar name or acronym ("the FLNKS",
"UPC", "Viasna", "the Tamil National Alliance (TNA)") reaches the resolver
with no sector, and the learned fill guesses one from the sentence -- GOV
for most, IGO for some -- although the article says what the body is, at
this mention or another one of the same name: a word before it ("the
opposition UFR", "the pro-independence FLNKS", "the separatist Movement for
the Self-Determination of Kabylie (MAK)", "the human rights centre Viasna"),
common nouns after it ("the FLN rebels", "the UPC rebel group", "the UGTT
labour federation", "the Ennahda party") or an apposition ("The FLNKS, the
main independence front", "the Sinai Tribes Union, a pro-government tribal
militia"). The participant takes the sector those words give
(``eventwire/data/events/described_bodies.yaml``: rebels REB, militias UAF,
ruling GOV, opposition, independence movements and parties OPP, unions LAB,
rights groups NGO). A full name and the acronym in brackets after it share
their descriptions.

Guards: only a participant no rule coded (no sector, no knowledge-base id)
whose name is no person, place or nationality; only lower-case words count
(a name's own capitalised words say nothing: "the Independence Party" is
the name's head, left to ``org_kinds``); a word negated by the one before
("anti-rebel", "the former ruling party") does not count; a description
the sentence attributes as the object of a verb ("police arrested UPC
rebels" still describes the UPC: the nouns after the name are its members).
Armed groups the actor stage already defines (``actors.local_groups``) and
names the knowledge base knows keep their codes.

Measured (actors65_r2 vs m116, 40 sets): actor +14/-0 events in 8 sets
(FLNKS x4, UPC x3, Ennahda x2, SPLM-IO, the Muslim Brotherhood, CCAT, MAK,
UGTT; all own texts, real unchanged), recipient +1/-0; rec_ao (never tuned
on) actor 0.769 -> 0.776 ("the human rights centre Viasna" x2); PLOVER GSR
actors unchanged. Left: a body's part ("the regional branch of the UGTT
trade union federation"), a country name inside a body's name ("Amnesty
International Indonesia" read as Indonesia), persons titled by a body's
office ("CGT leader Hector Daer"), bodies the article never describes
("ACT-Wazalendo", "the APC").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import load_yaml
from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span, where_lower
from eventwire.nlp.extensions import doc_cache, text_of
from eventwire.paths import DATA_DIR

DESCRIBED_PATH = DATA_DIR / "events" / "described_bodies.yaml"
DESCRIBED_RULE = "+described"
# entity types that are no body ("the opposition leader Tom Ruiz" is a person)
_NOT_BODIES = frozenset({"PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL",
                         "ORDINAL", "MONEY", "QUANTITY", "PERCENT", "FAC"})
# entity types no name runs through ("On Friday Kestrel Watch")
_BREAKS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"})
# how far (in tokens) the words before and after a name are read
_REACH = 4
_APPOS_REACH = 10
_JOINERS = frozenset({"-", "of", "for", "the", "and", "'s"})
_ACRONYM = re.compile(r"\s*\(([A-Z][\w\-]{1,15})\)")


@dataclass(frozen=True)
class _Row:
    sector: str
    any: frozenset[str]
    also: frozenset[str]


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[_Row, ...], frozenset[str]]:
    data: dict[str, Any] = load_yaml(DESCRIBED_PATH.read_text(encoding="utf-8"))
    rows = tuple(_Row(str(r["sector"]), frozenset(str(w) for w in r["any"]),
                      frozenset(str(w) for w in r.get("also", [])))
                 for r in data["rows"])
    return rows, frozenset(str(w) for w in data["negations"])


@lru_cache(maxsize=1)
def _sector_words() -> frozenset[str]:
    """Every word some row's ``any`` holds: a sector needs one of them."""
    return frozenset(w for row in _table()[0] for w in row.any)


SCREEN_KEY = "eventwire_described_screen"  # doc.user_data: (token count, may describe)


def may_describe(doc: Doc) -> bool:
    """False only if no word of ``doc`` is in a row's ``any`` list (speed65:
    an exact screen, read once per document, in front of ``body_sector``'s
    alias regexes and word walks, ~4,200 participants per 200 ECB+ dev
    articles). Every word ``body_sector`` hands ``sector_of_words`` is the
    lower-cased form of a token of ``doc`` (the span's, or one before,
    after or apposed to a mention of the name), and a row matches only
    through a word of its ``any`` list, so a document with none of those
    words gives no sector to any participant."""
    kept: tuple[int, bool] | None = doc.user_data.get(SCREEN_KEY)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    found = bool(where_lower(doc, _sector_words()))
    doc.user_data[SCREEN_KEY] = (len(doc), found)
    return found


def sector_of_words(words: list[str]) -> str | None:
    """The first row's sector whose words the list holds (lower-case words
    in text order; a word right after a negation, across a hyphen, is
    dropped)."""
    rows, negations = _table()
    kept: set[str] = set()
    prev = ""
    for w in words:
        if w != "-":
            if prev not in negations:
                kept.add(w)
            prev = w
    for row in rows:
        if kept & row.any and (not row.also or kept & row.also):
            return row.sector
    return None


def _lower_words(tokens: list[Token]) -> list[str]:
    return [t.lower_ for t in tokens if t.is_lower or t.text == "-"]


def _before(doc: Doc, span: Span) -> list[Token]:
    """The modifiers in the name's phrase before it ("the pro-independence
    FLNKS"): back from the name while the words are adjectives, nouns or
    hyphens."""
    out: list[Token] = []
    i = span.start - 1
    while i >= 0 and len(out) < _REACH:
        tok = doc[i]
        if not (tok.text == "-" or tok.pos_ in ("ADJ", "NOUN", "PROPN", "X")
                or tok.tag_ == "VBG" and tok.dep_ == "amod"):
            break
        if tok.ent_type_ in _NOT_BODIES:
            break
        out.append(tok)
        i -= 1
    return out[::-1]


def _after(doc: Doc, end: int) -> list[Token]:
    """The common nouns the name modifies ("the FLN rebels", "UGTT labour
    federation"): forward from the name (past an acronym in brackets) while
    the words are lower-case nouns, adjectives or hyphens."""
    i = end
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i, min(i + 4, len(doc))) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    out: list[Token] = []
    while i < len(doc) and len(out) < _REACH:
        tok = doc[i]
        if not (tok.text == "-" or tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "PROPN")):
            break
        out.append(tok)
        i += 1
    return out


def _apposed(span: Span) -> list[Token]:
    """The words of an apposition to the name ("The FLNKS, the main
    independence front") or of the phrase the name is apposed to."""
    root = span.root
    out: list[Token] = []
    for child in root.children:
        if child.dep_ == "appos" and not span.start <= child.i < span.end:
            out += [t for t in child.subtree][:_APPOS_REACH]
    if root.dep_ == "appos" and not span.start <= root.head.i < span.end:
        out += [t for t in root.head.subtree if t.i < span.start][:_APPOS_REACH]
    return out


def _core(span: Span) -> Span | None:
    """The name in the mention: its longest run of capitalised tokens, with
    hyphens and small joining words ("of", "for", "the") inside it."""
    best: tuple[int, int] | None = None
    start: int | None = None
    last = -1  # the run's last capitalised token
    for tok in span:
        if tok.ent_type_ in _BREAKS:
            start = None
        elif tok.text[:1].isupper():
            start = tok.i if start is None else start
            last = tok.i
            if best is None or last + 1 - start > best[1] - best[0]:
                best = (start, last + 1)
        elif start is None or tok.lower_ not in _JOINERS:
            start = None
    return None if best is None else span.doc[best[0]:best[1]]


def _aliases(text: str, name: str) -> set[str]:
    """The name and the acronym in brackets right after it ("Tamil National
    Alliance (TNA)"), or the full name whose bracketed acronym it is."""
    out = {name}
    for m in re.finditer(re.escape(name), text):
        if (acr := _ACRONYM.match(text, m.end())) is not None:
            out.add(acr.group(1))
    if f"({name})" not in text:  # the pattern below needs it (speed65: a scan from
        return out               # every capital of the article per name, exact to skip)
    for m in re.finditer(r"([A-Z][\w'\-]*(?:\s+(?:of|for|the|and|de|[A-Z][\w'\-]*))*)\s*\("
                         + re.escape(name) + r"\)", text):
        out.add(m.group(1))
    return out


def _occurrences(doc: Doc, name: str) -> list[Span]:
    text = text_of(doc)
    spans: list[Span] = []
    for alias in _aliases(text, name):
        for m in re.finditer(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", text):
            span = char_span(doc, m.start(), m.end(), alignment_mode="expand")
            if span is not None and len(span) > 0:
                spans.append(span)
    return spans


def body_sector(doc: Doc, span: Span) -> str | None:
    """The sector the article's words around any mention of the name in
    ``span`` give it, or None."""
    name = _core(span)
    if name is None or name.root.ent_type_ in _NOT_BODIES or len(name.text) < 2:
        return None
    words = _lower_words(list(span))
    for occ in _occurrences(doc, name.text):
        words += _lower_words(_before(doc, occ)) + _lower_words(_after(doc, occ.end)) + \
            _lower_words(_apposed(occ))
    return sector_of_words(words)


# doc.user_data: (token count, memo); released with the doc's caches (its
# tuple keys would not serialise with the doc)
SECTORS_KEY = doc_cache("eventwire_described_sectors")


def _sector_at(doc: Doc, start: int, end: int) -> str | None:
    """:func:`body_sector` of the mention at characters ``start:end``, kept
    per document (speed65: the same participant is asked for by each
    candidate it takes part in, and its answer is a pure function of the
    document and the range)."""
    kept: tuple[int, dict[tuple[int, int], str | None]] | None = doc.user_data.get(SECTORS_KEY)
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data[SECTORS_KEY] = (len(doc), {})
    memo = kept[1]
    if (start, end) in memo:
        return memo[start, end]
    span = char_span(doc, start, end, alignment_mode="expand")
    sector = None if span is None or len(span) == 0 else body_sector(doc, span)
    memo[start, end] = sector
    return sector


def as_described_body(doc: Doc, m: ActorMention | None) -> ActorMention | None:
    """The participant coded by the article's description of the body it
    names, when no rule coded it (module docstring); else ``m``."""
    if m is None or m.sectors or m.actor_id is not None or m.kind == "pronoun" or \
            not may_describe(doc):
        return m
    sector = _sector_at(doc, m.start, m.end)
    if sector is None:
        return m
    return replace(m, sectors=[sector], rule=m.rule + DESCRIBED_RULE)
