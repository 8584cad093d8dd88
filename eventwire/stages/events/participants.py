"""Which mention fills an event's actor or recipient slot, once the parse
has found the slot's token (``roles.py``).

Two classes decide it (word lists in ``eventwire/data/events/roles.yaml``):

* **a recipient is an actor or nothing** — a person, organisation, country,
  group, agent noun, or a pronoun standing for one; or the named owner of
  the object, as PLOVER codes it ("rejected an Indian proposal" -> India,
  "shelled Iraqi towns" -> Iraq, "Houthi positions", "a base housing US
  troops"); the content of the act itself ("threatened sanctions", "defy a
  timetable", "use all the weapons", "agreed on a ceasefire") never is, and
  an adjective that names no known actor ("the Arab country") is no owner;
* **an actor is an actor, its owner, or nothing** — instruments, events and
  abstractions ("a drone struck", "the raids killed", "the escalation could
  derail") give no actor; an owner named inside the phrase does ("Houthi
  missile hits", "Haftar warplane attacks").

Quantities are seen through ("hundreds of people protested"), and every
mention is resolved through coreference and spokespeople (``resolved``);
finding the mention at a token and resolving it live in ``mention_lookup.py``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.stages.actors.binding import hostile_object
from eventwire.stages.actors.datelines import DATELINE_RULE, dateline_of, subject_after
from eventwire.stages.events.act_sites import site_between
from eventwire.stages.events.counted_crowds import counted_crowd
from eventwire.stages.events.described_bodies import as_described_body
from eventwire.stages.events.inanimate_doers import inanimate_doer
from eventwire.stages.events.mention_lookup import (
    NOT_RECIPIENTS,
    child,
    covering_mention,
    look_through,
    owner_inside,
    pobj,
    resolved,
    role_classes,
)
from eventwire.stages.events.owned_weapons import pronoun_owned_weapon
from eventwire.stages.events.pairs import named_pair
from eventwire.stages.events.parties import as_party_through
from eventwire.stages.events.unnamed_targets import building_antecedent, unnamed_target

NOT_OWNER = "-"


def _bare_head(doc: Doc, tok: Token, index: int | None) -> int | None:
    """Class *qualified agent nouns*: a bare agent noun heading a phrase
    that names its owner further left ("the Taliban religious faction",
    "Iraqi Shiite factions", "Houthi rebel fighters") stands for that owner
    when the owner has a country and the agent has none."""
    mentions = get_list(doc, "actor_mentions")
    if index is None or mentions[index].country or mentions[index].actor_id:
        return index
    owner = owner_inside(doc, tok)
    if owner is None or not mentions[owner].country or mentions[owner].end > mentions[index].start:
        return index
    return owner


def _parse_mention(doc: Doc, tok: Token) -> ActorMention:
    span = doc[tok.left_edge.i:tok.i + 1] if tok.left_edge.i >= tok.i - 6 else doc[tok.i:tok.i + 1]
    while len(span) > 1 and span[0].pos_ in ("DET", "PUNCT", "CCONJ", "ADP"):
        span = span[1:]
    where = _location_of(doc, tok)
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                        confidence=0.2, country=where,
                        rule="parse+located" if where else "parse")


def _location_of(doc: Doc, tok: Token) -> str | None:
    """Class *groups placed in a country*: a group the knowledge base does
    not name is of the country its phrase places it in or attaches it to
    ("opposition groups in Zimbabwe", "prisoners in East Timor's capital",
    "workers from Bangladesh", "a member of the Syrian parliament")."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "of", "from"):
            continue
        obj = child(c, {"pobj"})
        index = None if obj is None else covering_mention(doc, obj)
        if obj is not None and index is None:
            index = owner_inside(doc, obj)
        if index is not None:
            found = resolved(get_list(doc, "actor_mentions"), index)
            if found.country and found.rule != "pronoun":
                return found.country
    return None


def _not_actor(tok: Token) -> bool:
    """Instruments, abstractions and event nouns ("the raids killed")."""
    from eventwire.stages.events.triggers import load_lexicon

    words = role_classes()["not_actors"]
    nominals = load_lexicon().nominals
    return (tok.lemma_.lower() in words or tok.lower_ in words or tok.lower_ in nominals
            or tok.lemma_.lower() in nominals
            or tok.ent_type_ in NOT_RECIPIENTS or tok.pos_ not in ("NOUN", "PROPN"))


def _dateline_end(doc: Doc, m: ActorMention) -> int | None:
    """End of the wire dateline when the mention lies inside it (marked by
    the actor stage, ``in_dateline``), else None."""
    return dateline_of(doc, m.start) if m.rule.endswith(DATELINE_RULE) else None


def _bare_dateline(doc: Doc, tok: Token) -> int | None:
    """Class *a dateline no mention covers* (actors64): the filing place of
    a wire line the actor stage does not know ("KADUGLI - Fighters of the
    SPLM-N shelled", "BOSASO, Puntland - Puntland Defence Forces captured",
    "PITUFFIK SPACE BASE, Greenland, March 28 (Reuters) - U.S. Vice
    President JD Vance accused") is no participant either, though the parse
    made it the subject: the end of the dateline when the subject ``tok``
    lies inside it, else None."""
    end = dateline_of(doc, tok.idx)
    return end if end is not None and tok.idx + len(tok.text) <= end else None


def _after_dateline(doc: Doc, end: int, tok: Token) -> int | None:
    """Class *datelines*: the place of a dateline (ending at character
    ``end``) is where the story was filed, never a participant; a parse that
    makes it the subject ("SEOUL (AP) - North Korea warned") hides the real
    subject, the first actor mention after the dateline and before the verb."""
    mentions = get_list(doc, "actor_mentions")
    verb = tok.head.idx
    return next((i for i, m in enumerate(mentions) if end <= m.start and m.end <= verb
                 and m.rule != "pronoun"), None)


def actor_mention(doc: Doc, tok: Token) -> ActorMention | None:
    """The mention covering the subject; else an actor named inside its
    phrase (the owner of an instrument); else, for a noun that is no
    instrument, event or abstraction, an unresolved mention of the phrase.
    A party named by its common noun takes a party's sector (``parties``)."""
    tok = look_through(tok)
    return as_described_body(doc, as_party_through(doc, tok, _actor_mention(doc, tok)))


def _actor_mention(doc: Doc, tok: Token) -> ActorMention | None:
    mentions = get_list(doc, "actor_mentions")
    index = _bare_head(doc, tok, covering_mention(doc, tok))
    if index is not None and _unresolved(mentions[index]) and \
            tok.lower_ in role_classes()["unnamed_people"]:
        index = None  # "Crowds" read as an organisation by the NER: unnamed people
    if inanimate_doer(tok, None if index is None else mentions[index]):
        return _thing_owner(doc, tok, mentions)  # class *inanimate doers* (inanimate_doers.py)
    end = _dateline_end(doc, mentions[index]) if index is not None else _bare_dateline(doc, tok)
    if end is not None:
        if (real := subject_after(tok, end)) is not None:
            return actor_mention(doc, real)
        index = _after_dateline(doc, end, tok)
        if index is None:
            return None
    owner = owner_inside(doc, tok) if index is None else None
    if owner is not None and not site_between(tok, mentions[owner]):  # act_sites.py
        return _owned_object(tok, resolved(mentions, owner))
    if index is not None:
        return _story_organisation(mentions, resolved(mentions, index))
    if (crowd := counted_crowd(doc, tok)) is not None:
        return crowd  # class *a bare count of people* ("Dozens gathered")
    if (pair := named_pair(doc, tok)) is not None:
        return pair  # class *a pair named by "both" / "the two" alone* ("The two agreed")
    if (weapon := pronoun_owned_weapon(tok)) is not None:
        return weapon  # class *"its drones" act for their owner* (owned_weapons.py)
    if _not_actor(tok):
        return None
    # class *unnamed people*: "crowds looted shops" (CVL, the story's country)
    found = unnamed_target(doc, tok, "unnamed_people") or _parse_mention(doc, tok)
    return _story_organisation(mentions, found) if tok.pos_ == "PROPN" else found


def _thing_owner(doc: Doc, tok: Token, mentions: list[ActorMention]) -> ActorMention | None:
    """An inanimate doer acts for an owner named inside its phrase ("Houthi
    gunfire", "an army tractor") or by a possessive pronoun ("their
    missiles", ``owned_weapons``), else for no one."""
    owner = owner_inside(doc, tok)
    if owner is None:
        return pronoun_owned_weapon(tok)
    if site_between(tok, mentions[owner]):
        return None
    return _owned_object(tok, resolved(mentions, owner))


def _story_organisation(mentions: list[ActorMention], m: ActorMention) -> ActorMention:
    """Class *unknown organisations acting in the story*: a party, movement,
    commission, junta or firm the KB does not know that acts ("Ennahda
    urged", "the FLNKS called on Paris", "the electoral commission said"),
    whether the NER tagged it (ORG) or the parse found it as a proper-noun
    subject, is of the country the story is about. Only as an actor: an unknown
    name as an object is as often the act's content ("suspended the Indus
    Waters Treaty")."""
    if m.rule not in ("ner-ORG", "parse") or m.country or m.actor_id or m.sectors:
        return m
    from eventwire.stages.actors.home import home_country

    home = home_country(mentions)
    return m if home is None else replace(m, country=home, rule=m.rule + "+home")


def _unresolved(m: ActorMention) -> bool:
    return not (m.actor_id or m.country or m.sectors) and m.rule.startswith("ner-")


def _installation_owner(doc: Doc, tok: Token) -> ActorMention | None:
    """"Houthi positions", "a base housing US troops", "a base used by
    coalition forces", "stations of Aramco": an installation stands for its
    owner, with the installation's sector when the owner is a state."""
    sector = role_classes()["installations"].get(tok.lower_, NOT_OWNER)
    if sector == NOT_OWNER:
        return None
    owners = [owner_inside(doc, tok)]
    for acl in (c for c in tok.children if c.dep_ == "acl"):  # "housing X", "used by X"
        owners += [covering_mention(doc, t) for t in (child(acl, {"dobj"}), pobj(acl, {"by"}))
                   if t is not None]
    if (of := pobj(tok, {"of"})) is not None:
        owners.append(covering_mention(doc, of))
    if (poss := child(tok, {"poss"})) is not None and hostile_object(tok):
        # recips29, class *a site owned by a possessive pronoun*: "attacked
        # their positions", "shelled its bases", "raided its offices": the
        # pronoun's referent (coreference, ``binding.hostile_owner_mentions``)
        owners.append(covering_mention(doc, poss))
    mentions = get_list(doc, "actor_mentions")
    index = next((i for i in owners if i is not None), None)
    if index is None:
        return None
    owner = resolved(mentions, index)
    return replace(owner, sectors=[sector]) if sector and owner.kind == "state" else owner


def recipient_mention(doc: Doc, tok: Token) -> ActorMention | None:
    """The actor mention covering the object, the object's named owner (a
    known actor), or the owner of a targeted installation; nothing else. A
    party named by its common noun takes a party's sector (``parties``)."""
    tok = look_through(tok)
    return as_described_body(doc, as_party_through(doc, tok, _recipient_mention(doc, tok)))


def _recipient_mention(doc: Doc, tok: Token) -> ActorMention | None:
    mentions = get_list(doc, "actor_mentions")
    index = _bare_head(doc, tok, covering_mention(doc, tok))
    if index is not None and _dateline_end(doc, mentions[index]) is not None:
        return None  # the place a story was filed from is no recipient
    if index is None:
        # "the Iranian general", "rejected an Indian proposal", "shell Iraqi
        # towns": the object's named owner, when it is a known actor
        owner = owner_inside(doc, tok)
        if owner is not None and (is_person_noun(tok) or mentions[owner].country
                                  or mentions[owner].actor_id):
            return _owned_object(tok, resolved(mentions, owner), acted_on=True)
    if index is not None:
        return resolved(mentions, index)
    return _installation_owner(doc, tok) or unnamed_target(doc, tok) \
        or building_antecedent(doc, tok)


def _owned_object(tok: Token, owner: ActorMention, acted_on: bool = False) -> ActorMention:
    """Class *things named with their country*: "seized a Thai fishing
    trawler" (THA BUS: a fishing vessel is a business's, recips30),
    "shelled a South Korean island" (KOR CVL), "detained the Pakistani
    staffer" (PAK GOV): the country's people of the sector the
    thing belongs to; an installation its sector ("attacked seven Tajik
    border posts", "shelled Azerbaijani positions": MIL); a building or
    person of the unnamed tables theirs ("torched a Turkish bank": BUS,
    "shelled Armenian churches": REL, "killed a Dutch tourist": CVL).
    recips27: also a place's *name* before the thing ("a bomb exploded at an
    Ohio bank" BUS, "threw petrol bombs at Lyon's main courthouse" JUD,
    "shelled a Kharkiv hospital" HLH), whose GOV is only the default a
    state's name takes in any slot (``states.state_sectors``, rule "+gov"):
    the act is done to the thing, which stands for its people, not to the
    place's government. Only for the thing acted on (``acted_on``, the
    recipient's lookup): "the Kathmandu Metropolitan City fined" is the
    city's government acting."""
    sector = role_classes()["owned"].get(tok.lower_) \
        or role_classes()["owned"].get(tok.lemma_.lower()) \
        or role_classes()["installations"].get(tok.lower_) or agent_sector(tok) \
        or role_classes()["unnamed"].get(tok.lower_) \
        or role_classes()["unnamed"].get(tok.lemma_.lower())
    if sector is None or owner.kind != "state" or \
            owner.sectors and not (acted_on and _default_gov(owner)):
        return owner
    return replace(owner, sectors=[sector])


def _default_gov(m: ActorMention) -> bool:
    """A state's name coded GOV only because it is a name (``+gov``)."""
    return m.sectors == ["GOV"] and m.rule.endswith("+gov")


@lru_cache(maxsize=1)
def agent_sectors() -> dict[str, str]:
    from eventwire.stages.actors.kb import packaged_kb

    out: dict[str, str] = {}
    for a in packaged_kb()[1]:
        if a["sectors"]:
            out.setdefault(a["phrase"], a["sectors"][0])
    return out


def agent_sector(tok: Token) -> str | None:
    """Class *a demonym names the owner, the head names the sector*: "Russian
    peacekeepers", "Chinese coast guard personnel", "Turkish soldiers"
    (MIL), "Kenyan officials" (GOV) -- an agent noun of the knowledge base
    heading a phrase whose owner is a bare demonym gives the sector."""
    return agent_sectors().get(tok.lower_) or agent_sectors().get(tok.lemma_.lower())


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    from eventwire.stages.actors.kb import packaged_kb

    return frozenset(a["phrase"] for a in packaged_kb()[1]) | role_classes()["people"]


def is_person_noun(tok: Token) -> bool:
    """A noun that names people (a rank, a role, an agent noun of the
    knowledge base): a demonym before it makes an actor. A head-noun test
    for building an actor ("Afghan soldiers"), not a patient test: unlike
    ``mode_context.is_person`` it takes no pronoun or name, and its list
    is the KB's agents, whose sectors the actor then takes."""
    return tok.lower_ in agent_nouns() or tok.lemma_.lower() in agent_nouns()


def is_crowd(m: ActorMention | None) -> bool:
    """Class *violent crowds*: an actor that is a crowd of protesters
    ("protesters stormed", "rioters torched", "a mob attacked"); the
    violence is a riot (PROTEST, mode riot), as PLOVER codes it."""
    if m is None or not m.text.strip():
        return False
    return m.text.lower().split()[-1] in role_classes()["crowds"]
