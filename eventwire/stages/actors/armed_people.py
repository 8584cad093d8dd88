"""Class *people named by the arms they carry or the face they hide*
(issue #12, branch actors35).

A plain noun for people ("men", "thugs", "individuals") or a people's
plural name ("Serbs") reads as civilians, but the record guide codes the
doers that the text names by their weapons or their disguise as
unidentified armed men (UAF, docs/annotation.md: "gunmen and masked men
UAF", "machete-wielding thugs UAF"):

* "masked men threw petrol bombs at the station", "hooded men beat the
  guard" (a disguise adjective on the noun);
* "knife-wielding thugs attacked the reporters", "gun-toting youths
  stopped the bus" (an adjective of carrying a weapon);
* "a group of armed Serbs blocked the road", "heavily armed men seized
  the mine" (the adjective "armed" before the noun);
* "men in plain clothes dragged him from the car", "men in civilian
  clothes seized the journalist" (plain clothes on men who act as a
  force).

UAF **joins** the mention's sectors: a list of sectors is right for
either reading. A disguise alone marks armed men only on a noun for grown
men ("masked men", "hooded men", "a masked man"): on young people or
anyone ("masked youths hurled stones", "hooded youngsters set bins alight",
"hooded individuals attacked the shops") it is a rioter's hood, and the
record sets code them civilians wherever the rule fired on them (12 of 12
matched events in 7 sets, 8 on real texts; review85), while arms ("armed
youths", "gun-toting youths") keep any people noun. Look-alikes left out: a
role noun that names a state's force ("masked officers", "plainclothes
police": not a people noun, their sectors come from the role), "men armed
with sticks" (a participle after the noun: the record sets code such men
civilians), "unidentified men" (no arms, no disguise), and a mention with
no sector at all: nothing says it is people, and a plural proper noun the
resolver leaves uncoded is as often a party's members, a force or a team
("armed Republicans", "heavily armed Rangers" of Pakistan's paramilitary,
"masked Tories"), where UAF alone would be the only code (review85).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention, EventMention
from eventwire.nlp.arrays import char_span, per_doc, where_lower

ARMED = "UAF"
# nouns that name people and nothing of what they do
PEOPLE_NOUNS = frozenset({"men", "man", "youths", "youth", "thugs", "thug", "individuals",
                          "individual", "people", "persons", "youngsters", "boys"})
# adjectives of disguise or arms before the noun
COVER_WORDS = frozenset({"masked", "hooded", "armed", "balaclava", "balaclavas"})
# of those, the disguise words: armed men only on a noun for grown men
DISGUISE_WORDS = frozenset({"masked", "hooded", "balaclava", "balaclavas"})
MEN_NOUNS = frozenset({"men", "man"})
# the last part of "machete-wielding", "gun-toting" (split at the hyphen)
CARRYING_WORDS = frozenset({"wielding", "toting", "brandishing"})
# "men in plain clothes", "in civilian clothes", "in plainclothes"
CLOTHES = frozenset({"clothes", "clothing", "plainclothes"})
CLOTHES_KINDS = frozenset({"plain", "civilian", "civilians"})
CUES = COVER_WORDS | CARRYING_WORDS | CLOTHES
# sectors a people noun may carry and still be "people" (no role of a state)
PEOPLE_SECTORS = frozenset({"CVL", "PPL"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def _is_people(head: Token) -> bool:
    """A people noun, or a plural proper noun ("Serbs", "Croats": the parser
    tags a people's name NORP or PERSON; a named group with a code of its
    own, "armed Houthis" REB, is kept out by the sectors)."""
    return head.lower_ in PEOPLE_NOUNS or head.tag_ == "NNPS"


def _covered(word: Token, head: Token) -> bool:
    """A modifier that says arms ("heavily armed", "machete-wielding": its
    parts hang on "wielding"), or disguise ("masked") on a noun for grown
    men (module docstring)."""
    if word.lower_ in DISGUISE_WORDS:
        return head.lower_ in MEN_NOUNS
    return word.lower_ in COVER_WORDS or any(
        t.lower_ in CARRYING_WORDS for t in word.subtree)


def _in_plain_clothes(head: Token) -> bool:
    """ "men in plain clothes", "men in civilian clothes", "men in plainclothes"."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lower_ in CLOTHES and (
                    obj.lower_ == "plainclothes"
                    or any(c.lower_ in CLOTHES_KINDS for c in obj.children)):
                return True
    return False


def carries_arms(head: Token) -> bool:
    """Does the people noun ``head`` carry a cue of arms or disguise?"""
    if not _is_people(head):
        return False
    mods = [c for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i]
    return any(_covered(m, head) for m in mods) or _in_plain_clothes(head)


def _people_coded(m: ActorMention) -> bool:
    """The mention carries a civilian reading, and nothing but one (an
    uncoded mention is not known to be people: module docstring)."""
    return bool(m.sectors) and set(m.sectors) <= PEOPLE_SECTORS


def _arm(doc: Doc, m: ActorMention) -> None:
    if ARMED in m.sectors or not _people_coded(m):
        return
    span = char_span(doc, m.start, m.end, alignment_mode="expand")
    if span is not None and carries_arms(span.root):
        m.sectors = [*m.sectors, ARMED]


# doc.user_data key of the answer of :func:`_has_cues`
_CUES_KEY = "eventwire_armed_cues"


def _has_cues(doc: Doc) -> bool:
    """Does the text hold a cue word? One array scan per document, kept for
    the actor and the event stage (``arrays.per_doc``, speed36)."""
    return per_doc(doc, _CUES_KEY, lambda d: bool(where_lower(d, CUES)))


def armed_people(doc: Doc, mentions: list[ActorMention]) -> None:
    """UAF joins the sectors of a people mention named by its arms or its
    disguise (see the module docstring). The cue words are found by one
    array scan; a document without one is left at once."""
    if not _has_cues(doc):
        return
    for m in mentions:
        _arm(doc, m)


def armed_event_people(doc: Doc, events: list[EventMention]) -> None:
    """The same for the actors and recipients the event stage built from
    the parse ("knife-wielding thugs" is no mention of the actor stage),
    once the learned resolver has given them their codes."""
    if not _has_cues(doc):
        return
    for event in events:
        for m in (event.actor, event.recipient):
            if m is not None:
                _arm(doc, m)
