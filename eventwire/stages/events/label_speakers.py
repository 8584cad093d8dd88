"""The one who labels an act with a loaded word (issue #12, actors38).

Class *a characterisation's speaker*: naming an act with a loaded word
("called the arrest a coup", "described the raid as an act of war",
"branded the ruling a travesty", a quoted "This is an attack on the
press," the minister said) is an ACCUSE whose actor is the one who
labels (the labelling guide, Characterisations, and its twenty-eighth-
session decision): the subject of the verb of calling, or the sayer of
the speech verb a "this is X" clause is the content of.

Only the label takes the labeller: the thing labelled (the object of
"called": "called the attack a provocation" leaves "attack" alone), a
label whose subject is a noun rather than a pointing pronoun ("the
drills were a warning": the drills), a "this is X" naming a literal act ("this is an invasion":
no qualifying adjective, no abstract object), a free relative ("condemned
what it called a seizure of power": the act that happened) and a "this is
X" clause under a verb that is no speech verb ("I believe it is torture")
are near-misses.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import child, covering_mention, pobj

# "denounced X as Y", "decried X as Y": the verb is the ACCUSE itself, its label no
# second event
LABEL_LEMMAS = {"call", "describe", "brand", "label", "dub", "term"}
# links from a label up to the noun phrase it labels or the verb of calling
LABEL_LINKS = {"oprd", "appos", "attr", "dobj", "pobj", "prep", "ccomp", "xcomp"}
POINTING = {"this", "it", "that"}
NAMED = {"NORP", "GPE", "PERSON", "ORG", "LOC"}
ABSTRACT_PREPS = {"on", "against", "of", "to"}
SAY_LEMMAS = {"say", "tell", "add", "write", "state", "declare", "insist", "post", "tweet"}


def labelling_verb(noun: Token) -> Token | None:
    """The verb of calling ``noun`` is the label of, climbing at most four
    links through noun phrases; None for the thing labelled itself."""
    first = noun.dep_
    if first in ("dobj", "oprd") and not _second_object(noun) \
            and not (first == "oprd" and noun.head.dep_ in ("acl", "relcl") and _quoted(noun)):
        return None  # "called the arrest": the thing labelled, whatever the parse
    if first == "pobj" and noun.head.lower_ != "as":
        return None
    if first not in ("oprd", "appos", "attr", "dobj", "pobj"):
        return None
    cur = noun
    for _ in range(4):
        head = cur.head
        if head == cur or cur.dep_ not in LABEL_LINKS:
            return None
        if head.pos_ == "VERB":
            return head if head.lemma_.lower() in LABEL_LEMMAS and not _free_relative(head) \
                else None
        cur = head
    return None


def _free_relative(verb: Token) -> bool:
    """"condemned what it called a seizure of power": the label names the act
    that happened, which keeps its own doer."""
    return any(c.lower_ == "what" for c in verb.children)


def _second_object(noun: Token) -> bool:
    """"branded the ruling a travesty", "called the attack a provocation": the
    label follows the thing labelled, a direct object of the same verb; an
    object relative ("a move the party called a coup") has it outside."""
    return any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)


def _quoted(noun: Token) -> bool:
    """The label opens with a quotation mark ("called \"a coup\"")."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].is_quote


def label_caller(verb: Token) -> Token | None:
    """Who calls with a verb of calling that has no subject of its own: a
    passive's ``by`` agent, or the noun an object relative hangs on ("in a
    move the main opposition party called a coup")."""
    agent = pobj(verb, {"by"})
    if agent is not None or verb.dep_ != "acl":
        return agent
    return verb.head if verb.head.dep_ == "appos" else None


def pointed_label_verb(noun: Token) -> Token | None:
    """The speech verb whose content is "this is ``noun``"."""
    be = noun.head
    if noun.dep_ != "attr" or be.lemma_ != "be" or be.dep_ != "ccomp":
        return None
    subject = child(be, {"nsubj"})
    if subject is None or subject.lower_ not in POINTING or not _evaluative(noun):
        return None
    return be.head if be.head.lemma_.lower() in SAY_LEMMAS else None


def _evaluative(noun: Token) -> bool:
    """A label that judges rather than names: a qualifying adjective ("a
    constitutional coup", "an unacceptable violation") or an abstract
    object ("an attack on democracy", "a case of corruption"); "this is an
    invasion", "an assassination of a deputy" name a literal act, which
    keeps its own doer."""
    if any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.ent_type_ not in NAMED
           for c in noun.children):
        return True
    objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ABSTRACT_PREPS
               for g in c.children if g.dep_ == "pobj"]
    return any(_abstract(g) for g in objects)


def _abstract(tok: Token) -> bool:
    """No person, group or place: a common noun outside every actor mention."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and covering_mention(tok.doc, tok) is None
