"""Class *"it" as a body's stance or act in reported speech*: a body that
reports its own disposition or its own measures calls itself "it" ("The
army said it was ready to withdraw", "The union said it was willing to
resume talks", "The coast guard said it had taken measures to expel the
boat"). The coreference stage takes "it" for an actor only as the subject
of an action or speech verb, which leaves out "be" and "take" because "it
is expected" and "it will take weeks" are no actor. Two narrow openings:

* "it" is the subject of "be" with a stance adjective (``ready``,
  ``willing``, ``prepared``...; ``eventwire/data/actors/agentive_it.yaml``)
  — never an adjective of appraisal ("it was unclear who fired");
* "it" is the subject of "take" whose object is an act noun ("steps",
  "measures", "action", "control") — never a duration ("it took weeks").

Both only inside the complement of a speech verb ("said it was ready"),
where the coreference stage binds the pronoun to the speech verb's subject,
so an "it" naming an event ("the strike ... it was ready") stays alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.nlp.spans import first_conjunct
from eventwire.paths import DATA_DIR

AGENTIVE_IT_PATH = DATA_DIR / "actors" / "agentive_it.yaml"
# "it" is a group pronoun only as the subject of an action or speech verb
# ("The RUF announced it will return weapons"), never "it is expected"
THING_VERBS = frozenset({"be", "seem", "appear", "take", "remain", "rain", "matter", "mean",
                         "cost"})


_data = word_list_loader(AGENTIVE_IT_PATH)


def _tables() -> tuple[frozenset[str], frozenset[str]]:
    data = _data()
    return data["stance_adjectives"], data["act_objects"]


def _under_speech(head: Token) -> bool:
    """The clause of ``head`` is the complement of a verb with a subject
    (a reported clause), or a clause coordinated with one."""
    cur = first_conjunct(head)
    if cur.dep_ != "ccomp":
        return False
    return any(c.dep_ == "nsubj" for c in cur.head.children)


def stance_or_act_it(tok: Token) -> bool:
    """``tok`` ("it", subject) is a body reporting its stance or its act."""
    head = tok.head
    lemma = head.lemma_.lower()
    stances, acts = _tables()
    if lemma == "be":
        found = any(c.dep_ == "acomp" and c.lower_ in stances for c in head.children)
    elif lemma == "take" and head.pos_ == "VERB":
        found = any(c.dep_ == "dobj" and c.lemma_.lower() in acts for c in head.children)
    else:
        return False
    return found and _under_speech(head)


def _active_infinitive(verb: Token) -> bool:
    """An active to-infinitive ("urged it to free"); a passive one says what
    is done to "it", a thing ("ordered it to be demolished")."""
    deps = {(a.dep_, a.lower_) for a in verb.children}
    return ("aux", "to") in deps and not any(d == "auxpass" for d, _ in deps)


def addressed_it(tok: Token) -> bool:
    """Class *"it" as the party addressed or accused* (recips18): the
    direct object "it" of a verb said to or about a party, with the
    complement that makes it one -- a to-infinitive ("urged it to free
    the crew"), or "of" / "for" / "against" / "over" / "as" ("accused it of
    arming the rebels", "blamed it for the blockade", "recognised it as a
    state") -- or of a verb of diplomatic standing alone ("Serbia has never
    recognised it"; with "as", only as a standing: not "recognised it as a
    mistake"). Before, an object "it" was never a mention, so the one
    urged or accused had no recipient. Not "blamed it on X" ("it" is the
    act), not "called it a disgrace" (no to-infinitive) and not "ordered it
    to be demolished" (a passive infinitive: "it" is a thing), nor "pushed
    it over the cliff" (``infinitive_only``: a physical verb takes the
    to-infinitive only)."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    data, lemma = _data(), verb.lemma_.lower()
    if lemma in data["party_verbs"]:
        return all(o.lemma_.lower() in data["standing_nouns"] for c in verb.children
                   if c.dep_ == "prep" and c.lower_ == "as"
                   for o in c.children if o.dep_ == "pobj")
    if lemma not in data["addressed_verbs"]:
        return False
    return any(c.dep_ == "xcomp" and _active_infinitive(c)
               or c.dep_ == "prep" and c.lower_ in data["addressed_preps"] and c.i > tok.i
               and lemma not in data["infinitive_only"]
               for c in verb.children)


def agentive_it(tok: Token) -> bool:
    """``tok`` ("it") may stand for a body: the subject of an action or
    speech verb, or of a reported stance or act, or the object addressed
    or accused (:func:`addressed_it`)."""
    if tok.dep_ == "dobj":
        return addressed_it(tok)
    if tok.dep_ != "nsubj":
        return False
    if tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in THING_VERBS:
        return True
    return stance_or_act_it(tok)  # "said it was ready to", "said it had taken steps"
