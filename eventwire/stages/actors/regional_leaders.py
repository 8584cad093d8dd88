"""Class *the leader of a region or a people* (actors42): a person the
knowledge base lacks, introduced as the leader of a place or of a people
named by its place -- "Chechen leader Ramzan Kadyrov", "Gagauz leader
Evghenia Gutul", "Vadim Krasnoselsky, the Transnistrian leader" -- heads that
region's government, GOV, as the record sets code every such leader
(Tigray's, Somaliland's, the Bosnian Serb, the Turkish Cypriot, Chuuk,
Maharashtra, Turkana leaders); without this the person was a private
civilian (CVL: ``titles.private_people``), "leader" being no title of
``titles.yaml`` (alone it names no sector: a party's, a gang's, a protest's
leader). The small model also reads a region before "leaders" as a person
("Tigray's leaders", "Turkana leaders"): that mention is the leaders'.

Only a place or people the tagger labels as one (GPE, NORP, LOC) qualifies
the title, so a party ("Tavini leader", "CHP leader"), a movement or a body
(ORG, or a name the knowledge base codes) does not; a faith ("Sikh",
"Sunni") and a community's or a protest's leader ("community leaders",
"protest leader") are no government. The country is left to the later steps.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of

GOVERNMENT = "GOV"
RULE = "+regional_leader"
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
# peoples named by their faith: their leaders are clerics or a community's
FAITHS = frozenset({"sikh", "sunni", "shia", "shiite", "muslim", "christian", "catholic",
                    "hindu", "buddhist", "jewish", "orthodox", "evangelical", "islamic"})
# "Chechen leader X", "Bosnian Serb leader X", "Greenland's leader X"
_BEFORE = re.compile(r"(?:^|[\s(\"“])(?P<mod>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
                     r"(?:['’]s)?\s+leader\s+$")
# "X, the Transnistrian leader"
_AFTER = re.compile(r",\s+the\s+(?P<mod>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+leader\b")
# the region itself read as a person: "Tigray's leaders", "Turkana leaders"
_LEADERS_NEXT = re.compile(r"(?:['’]s)?\s+leaders?\b")
_REACH = 40


def _place_words(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether the words ``start``..``end`` open a place or a people the
    tagger labels so (GPE, NORP, LOC) and are no faith ("Sikh", "Sunni")."""
    if re.sub(r"['’]s$", "", text[start:end]).lower() in FAITHS:
        return False
    return any(ent.label_ in PLACE_LABELS and ent.start_char <= start < ent.end_char
               for ent in doc.ents)


def _coded_between(mentions: list[ActorMention], start: int, end: int) -> bool:
    """A mention the knowledge base or a rule coded as a body lies there
    ("UNITA", "Hezbollah"): the leader is that body's, not a region's."""
    return any(m.start < end and start < m.end and m.kind != "state" and m.actor_id
               for m in mentions)


def _region_title(doc: Doc, text: str, m: ActorMention, mentions: list[ActorMention]) -> bool:
    """Whether ``m`` is introduced as a region's or a people's leader."""
    lo = max(0, m.start - _REACH)
    before = _BEFORE.search(text, lo, m.start)
    if before is not None and before.end() == m.start:
        s, e = before.span("mod")
        if _place_words(doc, text, s, e) and not _coded_between(mentions, s, e):
            return True
    after = _AFTER.match(text, m.end)
    if after is not None:
        s, e = after.span("mod")
        return _place_words(doc, text, s, e) and not _coded_between(mentions, s, e)
    return False


def _misread_region(text: str, m: ActorMention) -> bool:
    """"Tigray's leaders": a one-word capitalised name read as a person,
    followed by "leaders" (or its possessive "'s leaders")."""
    words = m.text.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in FAITHS \
        and _LEADERS_NEXT.match(text, m.end) is not None


def regional_leaders(doc: Doc, mentions: list[ActorMention]) -> None:
    """GOV for the uncoded persons a region's or a people's leader title
    introduces (module docstring); runs before the civilian default."""
    text = text_of(doc)
    for m in mentions:
        if m.kind != "person" or m.actor_id or m.sectors:
            continue
        if _region_title(doc, text, m, mentions) or _misread_region(text, m):
            m.sectors = [GOVERNMENT]
            m.rule += RULE
