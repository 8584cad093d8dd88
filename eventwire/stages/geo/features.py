"""Two classes of toponym that local news names and the NER model tags as
anything (FAC, ORG, PERSON, a country plus a number) or nothing:

* **numbered roads**: "Interstate 89", "U.S. Highway 30", "State Route 20",
  "Route 222", "Highway 68", "I-95", a state's own road "Louisiana Highway 1";
* **named features by their generic head**: a run of capitalised words
  ending in a feature noun ("Canal Park", "Camelback Mountain", "Longs Peak",
  "Walden Pond", "the Wrightsville Reservoir", "Deschutes National Forest", "Hunter Army
  Airfield", "Journal Square") or opening with "Lake"/"Mount" ("Lake
  Tahoe", "Mount Hood").

The whole name is one mention (not "National Park" the New Jersey town
inside "Great Smoky Mountains National Park", not "U.S." of "U.S. Highway
441", not the town Hudson in "the Hudson River"): mentions inside it give
way. A name the gazetteer knows keeps its candidates ("Green Bay", "Lake
Chad"); any other is left unresolved and placed in the article's vicinity
(``vicinity.py``).
"""

from __future__ import annotations

import re

from spacy.attrs import IS_ALPHA, LOWER, ORTH, POS, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from eventwire.nlp.arrays import ABBREVIATION, UPPER_FIRST, case_bits, column
from eventwire.nlp.extensions import text_of
from eventwire.stages.geo.gazetteer import gazetteer
from eventwire.stages.geo.recognize import Mention

ROAD = re.compile(
    r"\b(?:(?:U\.S\.|US|State|County|Interstate|Provincial|National)\s+)?"
    r"(?:Highway|Route|Road|Hwy\.?)\s+\d{1,4}[A-Z]?\b|\bInterstate\s+\d{1,3}\b|\bI-\d{1,3}\b")
# geo15: peaks, ponds and protected land local news names; also surnames ("Tom Ridge")
SURNAME_HEADS = {"peak", "peaks", "ridge", "lake", "pond", "gorge", "bayou", "lagoon", "marsh",
                 "refuge", "preserve", "seashore", "lakeshore", "monument"}
FEATURE_HEADS = {"park", "forest", "reservoir", "mountain", "mountains", "river", "creek",
                 "canyon", "valley", "bay", "island", "islands", "airfield", "airport", "square",
                 "dam", "pass", "falls", "beach", "glacier", "peninsula", "wetlands", "swamp",
                 *SURNAME_HEADS}
FEATURE_PREFIXES = {"lake", "mount", "mt.", "loch"}
MAX_FEATURE_WORDS = 6
# lower-case words inside a feature's name: Spanish, French and Italian articles and
# "of"-particles only ("Bosque del Apache"), never "on" or "and" ("Lake Victoria on Thursday")
NAME_PARTICLES = {"de", "del", "della", "da", "di", "du", "des", "la", "le", "los", "las", "el"}
_THE = get_string_id("the")  # a run never starts at "the"
_PROPN = get_string_id("PROPN")  # the POS column's id of a proper noun


def _roads(doc: Doc, mentions: list[Mention]) -> list[Span]:
    """Numbered roads, grown leftwards over a first-level division's mention
    right before them ("Louisiana Highway 1")."""
    out = []
    for m in ROAD.finditer(text_of(doc)):  # doc.text joins every token anew
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        before = next((x for x in mentions if x.end == span.start and any(
            c.feature == "admin1" for c in x.candidates)), None)
        out.append(doc[before.start:span.end] if before is not None else span)
    return out


def _named(doc: Doc) -> list[Span]:
    """Maximal capitalised runs ending in a feature noun or opening with
    "Lake"/"Mount", two words or more, not part of a longer name. The
    words are read from the document's columns, not a Token per capitalised
    word (speed24)."""
    out, i, n = [], 0, len(doc)
    cap = cap_flags(doc)
    strings = doc.vocab.strings
    lowers, orths = column(doc, LOWER), column(doc, ORTH)
    while i < n:
        if not cap[i] or lowers[i] == _THE:
            i += 1
            continue
        j = i
        while j < n and (cap[j] or strings[orths[j]] in NAME_PARTICLES and j + 1 < n
                         and cap[j + 1] and j > i):  # "Bosque del Apache ... Refuge"
            j += 1
        if 2 <= j - i <= MAX_FEATURE_WORDS and (strings[lowers[j - 1]] in FEATURE_HEADS
                                                or strings[lowers[i]] in FEATURE_PREFIXES) \
                and not _person_named(doc[i:j]):
            out.append(doc[i:j])
        i = j
    return out


def _person_named(span: Span) -> bool:
    """A geo15 head that is also a surname ("Tom Ridge", "Ricki Lake",
    "Rodney Marsh") inside a PERSON entity: a person, not a feature (the
    older heads keep their behaviour)."""
    return span[-1].lower_ in SURNAME_HEADS and span[0].lower_ not in FEATURE_PREFIXES and \
        all(t.ent_type_ == "PERSON" for t in span)


def _cap(doc: Doc, i: int) -> bool:
    """A word of a feature's name: capitalised, alphabetic or "St."/"Mt.",
    and not a sentence's first word unless a proper noun."""
    t = doc[i]
    return t.text[:1].isupper() and (t.is_alpha or t.text in ("St.", "Mt.")) and \
        not (t.is_sent_start and t.pos_ != "PROPN")



def cap_flags(doc: Doc) -> list[bool]:
    """:func:`_cap` of every token, tested on the whole document's columns
    at once (``case_bits``: no Token and no Python step per word, speed34):
    ``SENT_START`` is the raw value, 1 where ``is_sent_start`` is True (-1
    and 0 read as False and None)."""
    n = len(doc)
    if not n:
        return []
    alpha, start, pos = doc.to_array([IS_ALPHA, SENT_START, POS]).reshape(n, 3).T
    bits = case_bits(doc)
    lower_first = (start == 1) & (pos != _PROPN)
    flags: list[bool] = ((bits & UPPER_FIRST != 0) & ((alpha != 0) | (bits & ABBREVIATION != 0))
                         & ~lower_first).tolist()
    return flags


def with_features(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with roads and named features added; a mention inside
    one gives way, one that covers it stays."""
    for span in [*_roads(doc, mentions), *_named(doc)]:
        if any(m.start <= span.start and span.end <= m.end for m in mentions):
            continue
        if any(m.start < span.end and span.start < m.end and not (
                span.start <= m.start and m.end <= span.end) for m in mentions):
            continue  # crosses another mention's edge: leave both alone
        mentions = [m for m in mentions if not (span.start <= m.start and m.end <= span.end)]
        mentions.append(Mention(span.start, span.end, span.text, "feature", "",
                                gazetteer().candidates(span.text)))
    return sorted(mentions, key=lambda m: m.start)
