"""Unnamed targets of an act and the buildings, seats and vehicles that
stand for their people (split from ``participants.py``): "police opened
fire on crowds", "looted shops", "tried to storm the building" (the
parliament named just before), "fired at his car" (its owner)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import first_conjunct, head_token
from eventwire.stages.events.agents import REPORT_VERBS
from eventwire.stages.events.detection_words import lemma
from eventwire.stages.events.mention_lookup import (
    child,
    covering_mention,
    pobj,
    resolved,
    role_classes,
)
from eventwire.stages.events.mode_words import mode_words
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.target_sites import MODIFIER_SECTORS

# bodies whose seat "the building" names: "stormed parliament ... set the building ablaze"
SEATED_SECTORS = {"LEG", "GOV", "COP", "JUD", "MIL"}
SEAT_WORDS = {"parliament", "assembly", "congress", "legislature", "senate", "ministry",
              "station", "headquarters", "embassy", "palace", "court", "courthouse",
              "enforcement", "council", "academy"}


def building_antecedent(doc: Doc, tok: Token) -> ActorMention | None:
    """Class *"the building" is the seat named just before* (recips27): a
    definite bare "the building" ("the main building") acted on stands for
    the body whose seat the same or the previous sentence names --
    "gathered outside parliament ... and tried to storm the building"
    (LEG), "forced their way into Kenya's parliament and set part of the
    building ablaze", "outside the police headquarters ... threw rocks at
    the building" (COP): the nearest such mention before it."""
    if tok.lemma_.lower() != "building" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in ("compound", "poss") or c.dep_ == "amod" and c.lower_ != "main"
            or c.dep_ == "prep" and c.lower_ == "of"
            for c in tok.children):
        return None
    sent = sent_of(tok)
    first = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    lo, hi = doc[first].idx, tok.idx
    found = [m for m in get_list(doc, "actor_mentions") if lo <= m.start and m.end <= hi
             and SEATED_SECTORS & set(m.sectors) and _names_a_seat(doc, m)]
    return max(found, key=lambda m: m.start) if found else None


def _names_a_seat(doc: Doc, m: ActorMention) -> bool:
    """The mention is a seat ("parliament") or qualifies one ("the police
    headquarters", "the Immigration and Customs Enforcement building"); not
    the one who reports the act (review42: "the interior ministry said
    rioters set fire to the building" names the source, not the place)."""
    head = head_token(doc, m)
    if head is None or head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORT_VERBS:
        return False
    return head.lemma_.lower() in SEAT_WORDS or head.dep_ == "compound" and \
        head.head.lemma_.lower() in SEAT_WORDS | {"building", "office", "compound"}


def _named_owner(doc: Doc, tok: Token) -> ActorMention | None:
    """The person or body a building belongs to, named by a possessive or
    an of-phrase, pronouns resolved: "stormed his residence" (the
    president), "torched the home of the prime minister"."""
    owner = child(tok, {"poss"}) or pobj(tok, {"of"})
    index = None if owner is None else covering_mention(doc, owner)
    if index is None:
        return None
    found = resolved(get_list(doc, "actor_mentions"), index)
    return found if found.country or found.actor_id else None


def unnamed_target(doc: Doc, tok: Token, table_name: str = "unnamed") -> ActorMention | None:
    """Class *unnamed people and their buildings*: people acted on without
    a name ("police opened fire on crowds", "urged fans to stay home") and
    the buildings that stand for them ("looted shops", "raided polling
    stations", "shelled a hospital") are the recipient, with the sector of
    what they are (``unnamed_targets`` in roles.yaml) and the country of the
    story (docs/annotation.md: targeted buildings stand for their people)."""
    table = role_classes()[table_name]
    compound = " ".join(c.lower_ for c in tok.children  # "squad car": tagged amod
                        if c.dep_ == "compound" or c.dep_ == "amod" and c.i == tok.i - 1)
    keys = (f"{compound} {tok.lower_}".strip(), tok.lower_, tok.lemma_.lower())
    sector = next((table[k] for k in keys if k in table), None)  # "churches": the singular's
    if sector is None:
        return _owners_vehicle(doc, tok) if table_name == "unnamed" else None
    if role_classes()["premises"] & set(keys) and \
            (not _acted_on(tok) or _crop(tok) or _other_owner(tok)):
        return None  # "seized food at the restaurant": a scene, not a business (recips31)
    from eventwire.stages.actors.home import state_force_home, story_country

    owner = _named_owner(doc, tok)
    if owner is not None:  # "his residence", "the home of the prime minister"
        return replace(owner, sectors=list(owner.sectors) or [sector])
    home = story_country(doc)
    home = home and state_force_home([sector], home)  # a territory's police: the sovereign's
    span = doc[tok.left_edge.i:tok.i + 1]
    while len(span) > 1 and span[0].pos_ in ("DET", "NUM", "ADJ", "PUNCT"):
        span = span[1:]
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                        kind="agent", country=home, sectors=[sector], confidence=0.3,
                        rule="unnamed")


# the dependencies of the thing an act is done to
ACTED_ON_DEPS = frozenset({"dobj", "nsubjpass"})


def _acted_on(tok: Token) -> bool:
    """Class *a business's premises acted on* (roles.yaml
    ``business_premises``): the object or passive subject of the act, a
    conjunct of one ("shut down two farms and a plant"), or what fire is
    set to ("set fire to a warehouse") -- not the scene of an
    at/near/around phrase nor the topic of an against-phrase, nor premises
    the act makes or pays for (``_made``)."""
    tok = first_conjunct(tok)
    if tok.dep_ in ACTED_ON_DEPS:
        return not _made(tok.head)
    return _set_fire_to(tok)


# lorries a modifier gives to someone else: a named owner, a nationality or a
# sector word ("army trucks" MIL, "WFP trucks", "Zambian trucks"): recip63
HAULAGE = frozenset({"truck", "trucks", "lorry", "lorries"})


def _other_owner(tok: Token) -> bool:
    """Class *a haulier's lorries acted on stand for the business* (recip63):
    "set fire to seven logging trucks", "the trucks were looted" are BUS;
    not lorries whose modifier names their owner or side -- a proper name
    or nationality ("World Food Programme trucks", "Zambian trucks") or a
    sector word ("army trucks", "police lorries": ``MODIFIER_SECTORS``)."""
    if tok.lower_ not in HAULAGE and tok.lemma_.lower() not in HAULAGE:
        return False
    return any(c.dep_ in ("compound", "amod", "nmod", "poss")
               and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "ORG", "GPE")
                    or MODIFIER_SECTORS.get(c.lower_, "BUS") != "BUS")
               for c in tok.children)


def _crop(tok: Token) -> bool:
    """Class *a plant named by its crop is vegetation* (review51):
    "seized 400 cannabis plants", "destroyed hundreds of coca plants",
    "uprooted opium poppy plants" (roles.yaml ``plant_crops``)."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in role_classes()["plant_crops"]
               for c in tok.children)


def _made(verb: Token) -> bool:
    """Class *premises being made* (review51): what is built, set up,
    opened or funded is no business yet -- "agreed to build a nuclear
    power plant in Egypt", "will fund a water treatment plant in Dhaka",
    "opened a restaurant in Lagos", "a slaughterhouse was set up near
    Gulu" (curated.yaml ``post_verbs`` and roles.yaml
    ``premises_funding_verbs``)."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    made = f"{lemma(verb)} {prt}" if prt else lemma(verb)  # "set up"
    return made in word_classes()["post_verbs"] or made in role_classes()["premises_funding"]


def _set_fire_to(tok: Token) -> bool:
    """"set fire to X": X is the object of "to" on the fire word or on
    the verb whose object the fire word is."""
    prep, fire = tok.head, mode_words()["_fire_words"]
    if tok.dep_ != "pobj" or prep.lower_ != "to":
        return False
    return prep.head.lemma_.lower() in fire or any(
        c.dep_ == "dobj" and c.lemma_.lower() in fire for c in prep.head.children)


def _owners_vehicle(doc: Doc, tok: Token) -> ActorMention | None:
    """Class *a named owner's vehicle stands for its owner* (recips27): "gunmen
    fired more than 30 bullets at his car" (the opposition leader), "a window
    of the minister's car was smashed" (GOV), "rioters torched the mayor's
    vehicle" -- the owner named by a possessive or an of-phrase, with the
    owner's codes; a vehicle with no owner is no recipient here."""
    if tok.lower_ not in role_classes()["owned_vehicles"] and \
            tok.lemma_.lower() not in role_classes()["owned_vehicles"]:
        return None
    return _named_owner(doc, tok)
