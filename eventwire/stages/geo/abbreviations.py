"""Class *an abbreviation the article defines for a place*: "the Democratic
Republic of Congo (DRC)", "KwaZulu-Natal (KZN)", "the Central African
Republic (CAR)" (issue 13, branch geo11).

News copy defines a short form in brackets right after a place's full name
and then uses it alone, often as a modifier the NER model tags as an
organisation ("DRC troops", "KZN officials"), so neither the NER labels nor
the gazetteer scan (which skips organisation spans) find the later uses.
The bracketed form and every later whole-word use of it name the defined
place: each becomes a mention whose candidates are the full name's (those
the gazetteer also files under the short form, when it knows it; else the
full name's own, because the article's definition is the authority).

Class *a standard initialism of a country or first-level division, used
undefined* (geo34): "the NSW government", "NSW Premier Chris Minns", "DRC
troops crossed the border", "UAE carriers added seats", "farmers in KZN".
News copy writes the initials of a multi-word division or country without
defining them; the NER model tags them an organisation, a number or
nothing, and the scan takes an all-capital word alone only after a
locative. A word of three to five capitals is that place when the
gazetteer's most populous reading of it is a country or a first-level
division whose name's capitals are exactly the word ("New South Wales",
"Democratic Republic of the Congo"); never an ISO code that is not the
initials ("EST", Estonia; "CNN", Cunene; "MAC", Macao), nor in an
all-capital headline, nor a word used as a term: fused with a letter or
number into a code ("CAR-T therapy", "CAR T cells", "a PNG-24 image") or
after "a"/"an" as its phrase's head ("saved as a PNG", "built an STP").
A division's initials are that division only when
another mention of the article is in its country ("the NSW government"
beside Sydney or Australia): a division's initials are often an
organisation's, a ship's or a term's ("ARA San Juan", the Argentine
navy's submarine, not Auvergne-Rhône-Alpes; "NCD deaths", non-communicable
diseases, not Papua New Guinea's National Capital District; New Zealand's
"ACT leader", a party, not the Australian Capital Territory).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from eventwire.nlp.arrays import where_text
from eventwire.nlp.extensions import text_of
from eventwire.stages.geo.gazetteer import Place, gazetteer

if TYPE_CHECKING:
    from eventwire.stages.geo.recognize import Mention

ABBREVIATION = re.compile(r"[A-Z]{2,5}")
INITIALISM = re.compile(r"\b[A-Z]{3,5}\b")
CODE_TAIL = re.compile(r"-(?:[A-Z]|\d+)\b| [A-Z]\b")  # "CAR-T", "PNG-24", "CAR T cells"
INDEFINITE = frozenset({"a", "an"})


def _defined(doc: Doc, m: Mention) -> str | None:
    """The short form in brackets right after the mention, or ``None``."""
    e = m.end
    if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and \
            ABBREVIATION.fullmatch(doc[e + 1].text):
        return doc[e + 1].text
    return None


def _initials(abbr: str, name: str) -> bool:
    """The short form's letters are the full name's capitals in order, the
    first with the first ("DRC" of "Democratic Republic of Congo", "KZN" of
    "KwaZulu-Natal"; not "UCLA" of "Los Angeles")."""
    caps = [ch for ch in name if ch.isupper()]
    if not caps or caps[0] != abbr[0]:
        return False
    it = iter(caps)
    return all(ch in it for ch in abbr)


def _shared(abbr: str, cands: list[Place]) -> list[Place]:
    ids = {c.geonameid for c in cands}
    return [c for c in gazetteer().candidates(abbr) if c.geonameid in ids] or cands


def defined_abbreviations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the short forms the article defines for its places, at
    tokens no mention takes yet (module docstring)."""
    from eventwire.stages.geo.recognize import Mention

    taken = {i for m in mentions for i in range(m.start, m.end)}
    forms: dict[str, list[Place]] = {}
    for m in mentions:
        if m.candidates and (abbr := _defined(doc, m)) is not None and abbr not in forms \
                and _initials(abbr, m.text):
            forms[abbr] = _shared(abbr, m.candidates)
    if not forms:  # most articles define none: no scan of their tokens
        return []
    return [Mention(i, i + 1, doc[i].text, "abbreviation", "", forms[doc[i].text])
            for i in where_text(doc, forms) if i not in taken]


@lru_cache(maxsize=4096)
def standard_places(word: str) -> tuple[Place, ...]:
    """The countries and first-level divisions ``word`` is the exact
    initialism of, when the most populous reading of ``word`` is one of them
    (module docstring, second class); else empty."""
    cands = gazetteer().candidates(word)
    if not cands or cands[0].feature not in ("country", "admin1"):
        return ()
    return tuple(c for c in cands if c.feature in ("country", "admin1")
                 and "".join(ch for ch in c.name if ch.isupper()) == word)


def stated(found: tuple[Place, ...], named: set[str | None]) -> tuple[Place, ...]:
    """The countries of ``found``, and its divisions whose country another
    mention of the article names (module docstring, second class: "ARA San
    Juan", "NCD deaths", "sat the ACT" are no French, Papuan or Australian
    division)."""
    return tuple(p for p in found if p.feature == "country" or p.country in named)


def used_as_term(doc: Doc, span: Span) -> bool:
    """The initialism names a thing, not the place (module docstring, second
    class): fused with a letter or number into a longer code ("CAR-T
    therapy", "CAR T cells", "a PNG-24 image"), or the head of a phrase
    opened by "a"/"an" ("saved as a PNG", "built an STP"; a place takes no
    indefinite article, while "a CAR army post" is a modifier and stays)."""
    if CODE_TAIL.match(text_of(doc), span.end_char):
        return True
    return span.start > 0 and doc[span.start - 1].lower_ in INDEFINITE \
        and span.root.dep_ != "compound"


def standard_abbreviations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of undefined standard initialisms of countries and divisions
    at tokens no mention takes (module docstring, second class): one regular
    expression over the text, no scan of the tokens."""
    from eventwire.stages.geo.ownname import headline
    from eventwire.stages.geo.recognize import Mention

    out: list[Mention] = []
    taken: set[int] | None = None
    named = {m.candidates[0].country for m in mentions if m.candidates}
    for match in INITIALISM.finditer(text_of(doc)):
        if not (found := stated(standard_places(match.group()), named)):
            continue
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1 or headline(span) or used_as_term(doc, span):
            continue
        if taken is None:
            taken = {i for m in mentions for i in range(m.start, m.end)}
        if span.start not in taken:
            out.append(Mention(span.start, span.end, span.text, "abbreviation", "",
                               list(found)))
    return out
