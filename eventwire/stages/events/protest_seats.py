"""Class *a protest held at the seat of a body is addressed to that body*
(branch recip64; docs/annotation.md "Questions decided (relabel67,
2026-12-07)" (1)).

A rally, gathering, sit-in, vigil, picket, hunger strike or flag burning
told as held "outside", "in front of" or "at the gates of" a parliament,
ministry, government or administration building, a town hall, a court, a
police headquarters or station, an army base or barracks, or an embassy or
consulate takes that building as its recipient, with the sector of the body
it houses: parliament / assembly / congress LEG; ministry / town hall /
secretariat / council / administration GOV; court JUD; police headquarters,
police station, gendarmerie COP; army base / barracks MIL; an embassy or
consulate its state's GOV (the state named in its phrase: "the Japanese
embassy", "China's embassy"). The country is the one the seat's own mention
resolves to, else the story's.

Only an empty slot is filled (``roles.roles_for`` asks last; ``component``
asks again when it retypes a gathering or a crowd's burning as a protest
after the roles are read): a recipient
the sentence names otherwise wins ("rallied outside the court against the
new police chief" keeps the police chief). Guards from the guide: a venue
that is no seat of a body stays no recipient -- a square, stadium, mosque,
church, prison or hospital is in no table here; a march "to" or "on" a
building is a destination, not a seat (only the locative prepositions are
read); an office with no body word ("their own offices") is no seat.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.stages.events.mention_lookup import covering_mention

PROTEST = "PROTEST"
RULE = "protest-seat"
# a seat's head noun alone names the body it houses
HEAD_SECTORS = {
    "parliament": "LEG", "assembly": "LEG", "congress": "LEG", "capitol": "LEG",
    "legislature": "LEG", "senate": "LEG", "duma": "LEG", "knesset": "LEG",
    "ministry": "GOV", "secretariat": "GOV", "presidency": "GOV", "prefecture": "GOV",
    "court": "JUD", "courthouse": "JUD", "tribunal": "JUD",
    "gendarmerie": "COP", "barracks": "MIL",
    "embassy": "GOV", "consulate": "GOV",
}
# heads that name a seat only with a body word before them ("the town hall",
# "the police headquarters", "the government building", "the army base")
MODIFIED_HEADS = frozenset({"hall", "building", "headquarters", "station", "office",
                            "offices", "base", "complex", "palace", "council"})
MODIFIER_SECTORS = {
    "parliament": "LEG", "parliamentary": "LEG", "assembly": "LEG", "congress": "LEG",
    "legislative": "LEG", "court": "JUD",
    "government": "GOV", "administration": "GOV", "ministry": "GOV", "town": "GOV",
    "city": "GOV", "municipal": "GOV", "presidential": "GOV", "prime": "GOV",
    "governor": "GOV", "regional": "GOV", "county": "GOV", "district": "GOV",
    "police": "COP", "gendarmerie": "COP",
    "army": "MIL", "military": "MIL", "air": "MIL", "naval": "MIL",
}
# "council" alone is a town's or city's council: its building is a GOV seat
COUNCIL = "council"
LOCATIVE = frozenset({"outside"})
FRONT = frozenset({"front", "gates", "gate", "doors", "steps"})


def seat_sector(tok: Token) -> str | None:
    """The sector of the body a seat noun houses (see the module docstring),
    else None ("the square", "the hospital", "their offices")."""
    word = tok.lemma_.lower() if tok.lower_ != "barracks" else "barracks"
    if word in HEAD_SECTORS:
        return HEAD_SECTORS[word]
    if word == COUNCIL:
        return "GOV"
    if word not in MODIFIED_HEADS:
        return None
    for mod in reversed([c for c in tok.lefts if c.dep_ in ("compound", "amod")]):
        sector = HEAD_SECTORS.get(mod.lower_) or MODIFIER_SECTORS.get(mod.lower_)
        if sector is not None:
            return sector
    return None


def _place_objects(tok: Token) -> list[Token]:
    """The objects of "outside X", "in front of X", "at the gates of X"
    attached to ``tok``."""
    out: list[Token] = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ in LOCATIVE:
                out.append(obj)
            elif prep.lower_ in ("in", "at") and obj.lower_ in FRONT:
                out.extend(o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj")
    return out


def _seat_mention(doc: Doc, obj: Token, sector: str) -> ActorMention:
    """The seat's phrase as a recipient: the country of a state named in its
    phrase or of its own mention, else the story's."""
    from eventwire.stages.actors.home import story_country

    mentions = get_list(doc, "actor_mentions")
    span = doc[obj.left_edge.i:obj.i + 1]
    country = None
    for tok in span:
        index = covering_mention(doc, tok)
        if index is not None and mentions[index].country:
            country = mentions[index].country
            break
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                        kind="agent", country=country or story_country(doc),
                        sectors=[sector], confidence=0.3, rule=RULE)


def protest_seat(doc: Doc, trigger: Token, kind: str | None) -> ActorMention | None:
    """The seat of a body a PROTEST trigger is held outside or in front of
    (see the module docstring), else None. The place phrase may hang on the
    trigger or, for a nominal protest, on the light verb holding it ("began a
    hunger strike outside the Foreign Office")."""
    if kind != PROTEST:
        return None
    heads = [trigger]
    if trigger.dep_ in ("dobj", "attr") and trigger.head.pos_ in ("VERB", "AUX"):
        heads.append(trigger.head)
    if trigger.pos_ == "NOUN":  # "a rally of supporters outside the assembly"
        heads += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
    for head in heads:
        for obj in _place_objects(head):
            sector = seat_sector(obj)
            if sector is not None:
                return _seat_mention(doc, obj, sector)
    return None
