"""The gazetteer scan of toponym recognition (``recognize``'s source 2) and
the locative words both it and the NER source read.

A scan of capitalised proper-noun runs outside person, organisation and
other named entities, matched against the gazetteer's names longest first
(up to ``MAX_WORDS`` words): a run of two or more words that names a place,
or one word after a locative preposition, before ", <division>" or owning a
local noun, or a country's own name; in an all-capital headline, countries,
divisions and cities of 100k+. Split from ``recognize.py`` (geo29) along
this seam, output unchanged.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from eventwire.nlp.arrays import column
from eventwire.nlp.extensions import span_text
from eventwire.stages.geo.capitals import capitalised_flags
from eventwire.stages.geo.entity_places import MISTAGGED_MIN_POPULATION, owns_local
from eventwire.stages.geo.facility import feature_word
from eventwire.stages.geo.gazetteer import Place, gazetteer
from eventwire.stages.geo.name_extent import NAME_CONNECTORS, elided
from eventwire.stages.geo.ownname import before_division, headline, own_country, own_division

LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "into", "from",
            "throughout", "on", "to", "towards", "toward", "between", "of", "via", "through",
            "west", "east", "north", "south", "northwest", "northeast", "southwest",
            "southeast", "within", "off", "along", "over", "until", "out"}
# a single unknown word is taken from the scan only right after one of these
SCAN_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "into", "from",
                 "throughout", "towards", "toward", "via", "through", "within", "along", "to"}
# a person-tagged name after these is a place ("spread toward Keizer"); not
# after "from" or "to" ("a letter from Johnson to Smith")
STRICT_LOCATIVE = SCAN_LOCATIVE - {"from", "to"}
MAX_WORDS = 4
# NAME_CONNECTORS as string ids, for the ORTH column (speed31)
_CONNECTOR_IDS = frozenset(map(get_string_id, NAME_CONNECTORS))


def after_locative(span: Span, words: set[str] = LOCATIVE) -> bool:
    """A locative word before the name, over up to two lower-case adjectives
    of the name ("in southern DRC", "near remote X"), not of a noun the name
    qualifies ("in recent Gallup polls": the polls, review43)."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and span.start - i <= 2 and doc[i].is_lower and (
            doc[i].pos_ == "ADJ" or doc[i].dep_ == "amod") and \
            span.start <= doc[i].head.i < span.end:
        i -= 1
    return i >= 0 and doc[i].lower_ in words


def is_region(cands: list[Place]) -> bool:
    return any(p.feature in ("country", "admin1", "continent") for p in cands)

def _runs(doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words outside blocked tokens; a lower-case
    name connector between two of them stays inside ("Viña del Mar",
    "Castellón de la Plana")."""
    words = capitalised_flags(doc)
    n = len(doc)  # asked once: ``cap`` runs on every token (speed26)

    def cap(i: int) -> bool:
        return i < n and i not in blocked and words[i]

    def link(i: int) -> bool:
        if i < n and i not in blocked and elided(doc[i].text):
            return True  # "Coeur d'Alene": the name goes on after the article
        j = i
        while j < n and j not in blocked and doc[j].text in NAME_CONNECTORS:
            j += 1
        return j > i and cap(j)

    runs, start = [], None
    for i in range(n + 1):
        # ``cap(i)`` written out: one call fewer per token (~80k per 200 articles)
        ok = (i < n and i not in blocked and words[i]) or start is not None and link(i)
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            runs.append((start, i))
            start = None
    return runs


def gazetteer_scan(doc: Doc, blocked: set[int]) -> list[tuple[int, int, str, list[Place]]]:
    """``(start, end, text, candidates)`` of each name the scan accepts,
    left to right, longest first (``recognize.find_mentions`` makes them
    mentions of source ``gazetteer``)."""
    gaz = gazetteer()
    out: list[tuple[int, int, str, list[Place]]] = []
    orths = column(doc, ORTH)
    for r_start, r_end in _runs(doc, blocked):
        i = r_start
        while i < r_end:
            for j in range(min(r_end, i + MAX_WORDS), i, -1):
                # the edge words on the ORTH column, the text cut from the doc's:
                # no Token per word of every window (speed31)
                if orths[i] in _CONNECTOR_IDS or orths[j - 1] in _CONNECTOR_IDS:
                    continue  # a connector only inside a name: not "Del Mar" of "Viña del Mar"
                span = doc[i:j]
                text = span_text(span)
                cands = gaz.candidates(text)
                if cands and _scan_accepts(span, cands):
                    out.append((i, j, text, cands))
                    i = j - 1
                    break
            i += 1
    return out


def _dateline(span: Span) -> bool:
    """"BAGHDAD (Reuters) -", "MOSUL, Iraq —": capitals at the start of the
    article or of a line, before a comma, a parenthesis or a dash."""
    doc = span.doc
    at_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    nxt = doc[span.end].text if span.end < len(doc) else ""
    return at_start and nxt[:1] in (",", "(", "-", "\u2013", "\u2014", ":")


def _scan_accepts(span: Span, cands: list[Place]) -> bool:
    """A capitalised run the gazetteer knows: two words or more; one word
    only after a locative preposition or before ", <division>", and an
    all-capital or digit-bearing word ("HIV", "H1N1") only as a country or
    division; in an all-capital headline, a country, a division or a city of
    100,000+ by its own name; an untagged country's or large division's own
    name anywhere (``ownname``)."""
    text = span_text(span)  # no Token per word (speed31)
    if any(map(str.isdigit, text)) or gazetteer().demonym(text):
        return False
    if len(span) == 1 and feature_word(span[0]):
        return False  # "at Fort Hood": neither "Fort" nor "Hood" is a town here
    if text.isupper() and headline(span):
        return any(p.main_name and (p.feature in ("country", "admin1") or
                                    p.population >= MISTAGGED_MIN_POPULATION) for p in cands)
    if text.isupper() and not (is_region(cands) or _dateline(span)):
        return False
    if len(span) >= 2 or _dateline(span):
        return True
    if before_division(span, cands):
        return True
    return span[0].pos_ == "PROPN" and (after_locative(span, SCAN_LOCATIVE) or owns_local(span)
                                        or own_country(cands) or own_division(span, cands))

