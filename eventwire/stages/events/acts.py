"""Classes of acts the lexicon misses or mistypes because the act lies in
the verb *with* its object or circumstance (word lists in
``eventwire/data/events/curated.yaml``):

* **establishing a military post** — "militants established a base in X",
  "rebels set up a new headquarters", "a camp was built by the army":
  MOBILIZE, not the CAMEO verb's COOPERATE; a refugee or displacement camp
  is no post;
* **hosting a visitor** — "received the Qatari ambassador", "welcomed the
  visiting delegation", "received the head of the mission": a meeting
  (CONSULT, mode visit), not SUPPORT;
* **talking with a counterpart** — "spoke by phone with", "spoke with his
  Turkish counterpart": CONSULT; speaking *to* reporters is attribution;
* **yielding to a demand** — "agreed to the demand for elections", "bowed
  to pressure", "gave in to the strikers' demands": CONCEDE, not AGREE
  (accepting a demand as the object is a ``curated.yaml`` pattern);
* **permission** — "allowed the opposition to hold a rally", "let the
  convoy pass": CONCEDE (a concession of what was barred), the permitted act
  its content;
* **violence in a protest** — "students pelted police during the protest",
  "protesting farmers torched tyres", "marched to parliament and hurled
  stones": a riot (PROTEST, mode riot), as PLOVER
  codes violent demonstrations; security forces are never rioters, and an
  act with no actor beside a riot noun stays an assault (the riot is its own
  event);
* **lemmatiser repair** — "raped" is lemmatised "rap", "-ed" forms of verbs
  ending in "e" lose it: the form minus "d" is tried when the lemma is
  unknown.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.nlp.cues import default_cues
from eventwire.nlp.spans import patient_child as _patient
from eventwire.stages.actors.record_sectors import STATE_SECTORS
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.participants import is_person_noun
from eventwire.stages.events.typing_classes import class_objects


def _phrasal(tok: Token) -> str:
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return f"{_lemma(tok)} {prt}" if prt else _lemma(tok)


def _sets_up(verb: Token, nouns: str) -> bool:
    """A post verb whose patient is a noun of the ``nouns`` class."""
    words = word_classes()
    if verb.pos_ != "VERB" or _phrasal(verb) not in words["post_verbs"]:
        return False
    post = _patient(verb)
    if post is None or _lemma(post) not in words[nouns] and post.lower_ not in words[nouns]:
        return False
    mods = {_lemma(c) for c in post.children if c.dep_ in ("compound", "amod", "nmod")}
    return mods.isdisjoint(words["civilian_post_modifiers"])


def establishes_post(verb: Token) -> bool:
    """"established a base", "set up headquarters", "a camp was built"."""
    return _sets_up(verb, "post_nouns")


def sets_up_checkpoint(verb: Token) -> bool:
    """Class *checkpoints set up* (types67): "soldiers set up checkpoints
    across the city", "checkpoints were erected on the main roads", "police
    established a checkpoint at the bridge" -- a control of movement
    (COERCE restrict), not a military post (curated.yaml ``checkpoint_nouns``)."""
    return _sets_up(verb, "checkpoint_nouns")


# "the head of the AU mission", "representatives of the clans": a role by its "of" body
ROLE_OF_NOUNS = {"head", "heads", "representative", "representatives", "member", "members",
                 "delegate", "delegates", "chair", "chairman", "chairwoman", "director"}


def _is_visitor(tok: Token) -> bool:
    if any(c.lower_ == "visiting" for c in tok.children):
        return True
    if tok.lemma_.lower() in ROLE_OF_NOUNS or tok.lower_ in ROLE_OF_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return tok.ent_type_ == "PERSON" or is_person_noun(tok)


def hosts_visitor(verb: Token) -> bool:
    """"received the ambassador", "welcomed the visiting prime minister",
    "hosted a delegation": the object is a person or a delegation."""
    if verb.pos_ != "VERB" or _lemma(verb) not in word_classes()["host_verbs"]:
        return False
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return guest is not None and _is_visitor(guest)


PHONE_WORDS = {"phone", "telephone", "videoconference", "video", "call"}
NOT_COUNTERPARTS = default_cues().words("press_audience")  # lemmas


def talks_with(verb: Token) -> bool:
    """"spoke by phone", "spoke with his counterpart", "spoke on the
    telephone with": CONSULT. "spoke to reporters" is not."""
    if verb.pos_ != "VERB" or _lemma(verb) not in word_classes()["talk_verbs"]:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ in ("by", "on", "over", "via") and any(
                _lemma(o) in PHONE_WORDS for o in objs):
            return True
        if prep.lower_ == "with" and any(
                o.lower_ not in NOT_COUNTERPARTS and _lemma(o) not in NOT_COUNTERPARTS
                for o in objs):
            return True
    return False


def yields_to_demand(verb: Token) -> bool:
    """A yielding verb with "to" + a demand or pressure noun."""
    words = word_classes()
    if verb.pos_ != "VERB" or _phrasal(verb) not in words["yield_verbs"] and \
            _lemma(verb) not in words["yield_verbs"]:
        return False
    return any(_lemma(g) in words["demand_nouns"] or g.lower_ in words["demand_nouns"]
               for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
               for g in p.children if g.dep_ == "pobj")


def grants_permission(verb: Token) -> bool:
    """"allowed the opposition to hold a rally", "permitted aid to enter",
    "let the convoy pass": a permission verb with a clause of what is
    permitted."""
    if verb.pos_ != "VERB" or _lemma(verb) not in word_classes()["permission_verbs"]:
        return False
    return any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


# (review41) the permitted parties are that class's objects in typing.yaml (one list;
# types27 kept a wider copy in curated.yaml, with police "investigators" and any convoy)
INVOLVEMENT_CLASS = "allowing international involvement (RETREAT access)"


def permits_involvement(verb: Token) -> bool:
    """Class *allowing international involvement* (types27): a permission
    whose permitted party is an inspector, monitor, observer, peacekeeper or
    aid convoy ("allowed international observers to monitor the vote", "let
    UN inspectors visit the sites", "permitted aid convoys to enter the
    city"): the manual's RETREAT `access`, not the CONCEDE of a permission."""
    if not grants_permission(verb):
        return False
    parties = class_objects(INVOLVEMENT_CLASS)
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj"):
            who = c if c.dep_ == "dobj" else next(
                (g for g in c.children if g.dep_ == "nsubj"), None)
            if who is not None and ({who.lower_, _lemma(who)} | {
                    f"{g.lower_} {w}" for g in who.children if g.dep_ in ("compound", "amod")
                    for w in (who.lower_, _lemma(who))}) & parties:
                return True
    return False


PROTEST_PREPS = {"during", "at", "in", "amid"}


def in_protest(trigger: Token, actor: ActorMention | None) -> bool:
    """Violence done in a protest: a "during/at/amid the protest" phrase on
    the act, or an actor described as protesting ("protesting farmers",
    "angry students"); never by security forces or a state."""
    words = word_classes()
    if actor is None or (set(actor.text.lower().split()) & words["security_words"]
                         or set(actor.sectors) & STATE_SECTORS or actor.kind == "state"):
        return False  # "a fire-bomb hit a bank during the riots": the riot is its own event
    return _joined_to_protest(trigger) or _protest_phrase(trigger, PROTEST_PREPS) or \
        _described_protesting(trigger)


def trade_protests(trigger: Token) -> bool:
    """Class *a protesting trade* (types27; narrowed in review41): a company's
    doer that protests is no business act: described as protesting
    ("traders protesting the levy looted two warehouses", "striking dock
    workers burned a crane"), joined to a protest verb, or acting *in*
    protest ("challenged the award in a formal protest"). A company's act
    merely *during* or *amid* protests ("suspended shipments during the
    riots", "halted exports amid the protests") stays business."""
    return _joined_to_protest(trigger) or _protest_phrase(trigger, {"in"}) or \
        _described_protesting(trigger)


def _protest_phrase(trigger: Token, preps: Container[str]) -> bool:
    """A ``preps`` phrase naming a protest on the act; it may hang on the
    object ("a police post during the protest")."""
    protest = word_classes()["protest_nouns"]
    return any(_lemma(g) in protest
               for prep in trigger.subtree if prep.dep_ == "prep" and prep.lower_ in preps
               for g in prep.children if g.dep_ == "pobj")


def _described_protesting(trigger: Token) -> bool:
    """The act's subject carries a protesting modifier or clause."""
    words = word_classes()
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(
        (c.dep_ in ("amod", "compound") and c.lower_ in words["protesting_modifiers"])
        or _protesting_clause(subj, c) for c in subj.children)


def _protesting_clause(subj: Token, mod: Token) -> bool:
    """Class *a doer described as protesting by its own clause* (types27):
    "students demonstrating against the closure threw stones", "workers who
    were protesting over wages set fire to the depot", "villagers marching
    on the mine torched two trucks": a participle or relative clause on the
    subject whose verb is a protest verb. An armed group (curated.yaml
    ``armed_groups``) that marches or rallies moves as a force (review41):
    "rebels who marched into the town burned the market", "gunmen who had
    rallied at the camp attacked a post", "militias marching through the
    valley" stay armed attacks."""
    words = word_classes()
    return mod.dep_ in ("acl", "relcl") and _lemma(mod) in words["protest_verbs"] and \
        subj.lower_ not in words["armed_groups"]


def _joined_to_protest(trigger: Token) -> bool:
    """"marched to parliament and hurled stones", "rallied outside the
    embassy, and some of them set fire to its door": the act is coordinated
    with a protest verb."""
    verbs = word_classes()["protest_verbs"]
    return any(_lemma(t) in verbs for t in trigger.conjuncts) or (
        trigger.dep_ == "conj" and _lemma(trigger.head) in verbs)


def repaired_lemma(tok: Token, known: Container[str]) -> str | None:
    """The base form of an "-ed" verb whose lemma is unknown to the lexicon
    but whose form minus "d" or "ed" is ("raped" -> "rape", lemmatised "rap";
    "cordoned" -> "cordon", lemmatised "cordone")."""
    lower = tok.lower_
    if tok.tag_ not in ("VBD", "VBN") or not lower.endswith("ed") or _lemma(tok) in known:
        return None
    # "raped" -> "rape"; "cordoned" -> "cordon"
    return next((base for base in (lower[:-1], lower[:-2]) if base in known), None)
