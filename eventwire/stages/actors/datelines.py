"""Class *datelines*: the place a wire story was filed from ("SEOUL, Nov. 3
(Yonhap) - ", "NIAMEY/ABUJA, July 31 (Reuters) - ") is no participant of
any event: it is neither an actor, a recipient nor an antecedent. Its
mentions stay (they tell the story's country) with ``rule`` ending in
``+dateline``."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of
from eventwire.stages.actors.home import SPONSOR_RULE
from eventwire.stages.attribution.marks import dateline_end

DATELINE_RULE = "+dateline"
# datelines the attribution stage's pattern leaves out: an agency without
# brackets ("SEOUL, Nov. 24 Kyodo - "), several cities ("NIAMEY/ABUJA, ...")
WIRE_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,30}(?:/[A-Z][A-Z.'’ -]{1,30})*,"
                           r"[^\n]{0,40}?\s[-–—]\s")


def dateline_of(doc: Doc, offset: int) -> int | None:
    """End of the dateline opening the line that holds ``offset``, if any."""
    end = dateline_end(doc, offset)
    if end is not None:
        return end
    text = text_of(doc)
    line = text.rfind("\n", 0, offset) + 1
    found = WIRE_DATELINE.match(text, line, min(len(text), line + 90))
    return found.end() if found is not None else None


def mark_datelines(doc: Doc, mentions: list[ActorMention]) -> None:
    for m in mentions:
        end = dateline_of(doc, m.start)
        if end is not None and m.end <= end and not m.rule.endswith(DATELINE_RULE):
            m.rule += DATELINE_RULE


def subject_after(tok: Token, end: int) -> Token | None:
    """Class *the real subject after a dateline* (actors14): when the parse
    made the dateline ``tok`` the subject of a verb ("ANKARA (Reuters) -
    Turkey's parliament approved", "DUBAI (Reuters) - Iran's Revolutionary
    Guards seized"), the verb's other subject after the dateline (ending at
    character ``end``) is the real one; its own phrase decides the actor (the
    parliament, not its possessor Turkey). Of coordinated subjects ("Sudan's
    army and a paramilitary group signed") the first conjunct. The subject's
    phrase must start right after the dateline: when words lie between
    ("TOKYO (Kyodo) - Japan's Kishida and South Korea's Yoon agreed", the
    parse hanging the first name on the dateline) the first mention after
    the dateline stays, as before. So it does when the parties are
    coordinated modifiers of one noun ("Peruvian and Bolivian troops
    clashed"): the first name after the dateline acts and the joint act finds
    its second party (:mod:`eventwire.stages.events.reciprocal`)."""
    real = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.idx >= end and c.i != tok.i), None)
    if real is None or any(not t.is_punct and not t.is_space and t.idx >= end
                           for t in tok.doc[tok.i:real.left_edge.i]):
        return None
    if any(t.dep_ == "conj" and t.head.i != real.i for t in real.subtree):
        return None
    return min((real, *real.conjuncts), key=lambda t: t.i)


def dateline_country(doc: Doc, mentions: list[ActorMention]) -> str | None:
    """The one country the states and capitals of the article's datelines
    name ("CHISINAU, Nov 27 (Reuters) - ", "POTOSI, Bolivia, May 3 - "), if
    the story names it again outside them; else None: several countries
    ("WASHINGTON/BOGOTA, ..."), or class *a regional hub's dateline* -- a
    bureau city whose state the story never names again ("BANGKOK (AP) -
    Myanmar's military ...", "DUBAI (Reuters) - Iran ...") is no party to it.
    Read before :func:`mark_datelines` marks them, so it tests the line."""
    filed: set[str] = set()
    named: set[str] = set()
    for m in mentions:
        if m.kind != "state" or not m.country or SPONSOR_RULE in m.rule:
            continue
        end = dateline_of(doc, m.start)
        (filed if end is not None and m.end <= end else named).add(m.country)
    if not filed:
        return town_dateline_country(doc)
    return filed.pop() if len(filed) == 1 and filed <= named else None


def town_dateline_country(doc: Doc) -> str | None:
    """Class *a town's dateline names the story's country* (actors64): a
    dateline that names a town, no state or capital ("MARSABIT - ... police
    said", "CIUDAD DEL ESTE - Hundreds of street vendors blocked the bridge
    to the Brazilian city of Foz do Iguacu", "HUEHUETENANGO - ... the
    National Civil Police") files the story where it happens, though the
    text may name only a neighbour ("the Ethiopian border", "Brazil's
    Federal Police"): the town's country (:func:`_town_country`: no
    namesake of like size abroad), if the story names the town
    again below the dateline (a regional hub's dateline is rarely named
    again); else None. Against actors64_r1 (39 sets, own texts only; no
    real text changed): actor +11/-2, recipient +10/-2 events (a first
    version read the most populous city: "PUNO" as Pune, "LEH" as Le
    Havre); on rec_an (before its move) 7 actors, 5 recipients gained."""
    from eventwire.stages.geo.datelines import dateline_match

    found = dateline_match(doc)
    if found is None:
        return None
    text = text_of(doc)
    name = text[slice(*found.span("place"))].strip()
    if len(name) < 3 or re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text[found.end():],
                                  re.IGNORECASE) is None:
        return None
    return _town_country(name)


# another country's namesake this many times smaller than the town is no rival
RIVAL_SHARE = 10


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                   if not unicodedata.combining(c))


def _town_country(name: str) -> str | None:
    """The country of the gazetteer's most populous place named ``name`` -- of those
    whose own name it is when there are any ("PUNO" is Puno, Peru, not Pune,
    India, that the alternate names also give; "LEH" is Leh, not Le Havre),
    else all (an alternate spelling: "SUKHUMI", the gazetteer's Sokhumi;
    "ADDIS ABEBA", a capital the knowledge base does not spell so); None
    when a place of another country has at least a ``RIVAL_SHARE``th of its
    population (a name of two countries); hamlets of the same name abroad
    ("Tacna", Arizona, 602 people) do not count. A capital counts as the
    state logic above reads it (actors58): a reacting state's capital
    ("MOSCOW ... Russia will respond to Estonia") is its known loss."""
    from eventwire.stages.geo.gazetteer import gazetteer

    found = gazetteer().candidates(name)
    own = [c for c in found if _folded(c.name) == _folded(name)]
    places = own or found
    if not places:
        return None
    best = max(places, key=lambda c: (c.population, -c.geonameid))
    if any(c.country != best.country and c.population * RIVAL_SHARE >= best.population
           for c in places):
        return None
    return best.country
