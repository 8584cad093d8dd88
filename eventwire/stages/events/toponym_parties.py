"""Class *a toponym that names the other party of the act stands for its
state* (issue #12, branch recip40).

A country or its capital -- the seat standing for the government -- named
in the act's own party phrase is the recipient (docs/annotation.md: "a
recipient is an actor or nothing"; a place named as where the act happens
is its place, not its recipient). Two party phrases:

* **the host of a recalled diplomat** (:func:`recall_host`): a state that
  recalls, withdraws or pulls out its ambassador, envoy or diplomats acts
  on the state that hosted them -- "recalled its ambassador from Tehran",
  "recalls envoy to Ethiopia", "withdrew its diplomats from Canada",
  "decided to recall its ambassadors in Mali and Niger". The record guide
  ("Diplomatic rows": recalling one's ambassador SANCTION `withdraw` "with
  the host capital as recipient") takes the toponym, not the diplomat
  moved;
* **the other side of a bilateral thing** (:func:`with_party`): "signed a
  ceasefire agreement with Russia", "a defence pact signed with Mogadishu",
  "suspended the 1972 treaty with India", "shuts border with Belarus",
  "cut ties with Caracas" -- the "with" phrase of the act, or of the
  agreement, relations or border it acts on, names the other party; the
  object is the content and a modifier inside it ("a French-brokered
  agreement", "the Simla Agreement") is no party.

Near-misses, left to the other rules: a toponym that is only the scene
("recalled its ambassador for consultations in Paris" -- "in" counts only
on the envoy; "signed the deal in Doha"), a "with" phrase set off by a
comma that adds a co-actor ("closed the crossings on Sunday, with
Lithuania"), a bilateral thing owned by a named party ("criticised the
kingdom's ties with Israel": the kingdom is acted on), a recall of goods
or troops ("recalled 20,000 cars from Germany": no diplomat), a toponym
of the actor's own country, a place noun with no name ("recalled its
ambassador from the capital").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.mention_lookup import children_at, children_of, look_through
from eventwire.stages.events.non_recipients import RECALL_LEMMAS
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.participants import recipient_mention

# prepositions naming the host: "from Ankara", "to Ethiopia", "out of Niamey";
# "in X" only on the envoy itself ("its ambassadors in Mali")
VERB_HOST_PREPS = {"from", "to", "of"}
ENVOY_HOST_PREPS = VERB_HOST_PREPS | {"in", "at"}


def _toponyms(preps: list[Token]) -> list[Token]:
    """The proper-name toponyms (GPE) the prepositions govern."""
    return _toponyms_at(preps[0].doc, [p.i for p in preps]) if preps else []


def _toponyms_at(doc: Doc, preps: list[int]) -> list[Token]:
    """:func:`_toponyms` of the prepositions at ``preps``, read on the shared
    children table: a Token only for each preposition's object (speed39)."""
    objs = (doc[j] for p in preps for dep, j, _ in children_at(doc, p) if dep == "pobj")
    return [o for o in objs if o.ent_type_ == "GPE" and o.pos_ == "PROPN"]


def _foreign_state(doc: Doc, toks: list[Token], actor: ActorMention | None
                   ) -> ActorMention | None:
    """The first toponym that is a state mention of another country than
    the actor's."""
    for tok in toks:
        m = recipient_mention(doc, tok)
        if m is not None and m.country and (actor is None or actor.country != m.country):
            return m
    return None


def _envoy(trigger: Token) -> Token | None:
    """The diplomat recalled: the verb's object or passive subject, an
    envoy noun ("its ambassador", "all its diplomats", "the charge
    d'affaires")."""
    envoys = word_classes()["envoy_nouns"]
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            words = {c.lower_, look_through(c).lower_}
            words |= {t.lower_ for t in c.children if t.dep_ == "compound"}
            if words & envoys:  # "the charge d'affaires": the title is a compound
                return c
    return None


def recall_host(doc: Doc, trigger: Token, actor: ActorMention | None) -> ActorMention | None:
    """The host state of a recalled diplomat (see the module docstring)."""
    if trigger.lemma_.lower() not in RECALL_LEMMAS:
        return None
    envoy = _envoy(trigger)
    if envoy is None:
        return None
    preps = [c for c in envoy.children if c.dep_ == "prep" and c.lower_ in ENVOY_HOST_PREPS]
    preps += [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in VERB_HOST_PREPS
              and (c.lower_ != "of" or trigger.doc[c.i - 1].lower_ == "out")]
    preps += [g for c in trigger.children if c.dep_ in ("prt", "advmod", "prep")
              and c.lower_ == "out" for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
    return _foreign_state(doc, _toponyms(preps), actor)


def _set_off(doc: Doc, prep: int) -> bool:
    """", with Lithuania," -- a comma before the "with" phrase adds a
    co-actor or a circumstance, not the act's other side."""
    return prep > 0 and doc[prep - 1].text == ","


def _named_owner(doc: Doc, obj: int) -> bool:
    """"the kingdom's ties with Israel", "Montenegro's union with Serbia": the
    bilateral thing is another party's (an act on its owner), not the
    actor's own ("its treaty with Sudan")."""
    return any(dep == "poss" and doc[i].pos_ != "PRON" for dep, i, _ in children_at(doc, obj))


def with_party(doc: Doc, trigger: Token, actor: ActorMention | None) -> ActorMention | None:
    """The other side named by a "with" phrase of the act or of its object
    (see the module docstring)."""
    tree = trigger.doc  # the shared children table: no Token per child (speed39)
    heads = [trigger.i, *(i for dep, i, _ in children_of(trigger)
                          if dep in ("dobj", "nsubjpass") and not _named_owner(tree, i))]
    preps = [i for h in heads for dep, i, lower in children_at(tree, h)
             if dep == "prep" and lower == "with" and not _set_off(tree, i)]
    return _foreign_state(doc, _toponyms_at(tree, preps), actor)


def toponym_party(doc: Doc, trigger: Token, actor: ActorMention | None
                  ) -> ActorMention | None:
    """A verb trigger's other party named by a toponym, or None."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    return recall_host(doc, trigger, actor) or with_party(doc, trigger, actor)
