"""Who does a free participle: a comma-set ``-ing`` clause with no subject
of its own (a *free adjunct*: "the attack was foiled by a warship,
capturing 26 pirates").

Why: :func:`verb_roles.subject_of` climbs from such a clause to the verb it
hangs from and takes that verb's ``nsubj``; two clause kinds have none or
the wrong one, so the climb went past them to an unrelated subject or ended
with no actor:

* Class *participle of a passive clause* (actors26): the head verb is
  passive. Its ``by`` agent does the participle when one is there ("was
  foiled by an Indian warship, capturing 26 brigands", "were dispersed by
  riot police, firing tear gas"); without one, its passive subject ("a
  petition was circulated, calling on the government", "the resolution was
  adopted, urging both sides"); and a text (``free_adjuncts.yaml``) even
  with one: a document speaks for its authors ("a letter signed by 300
  academics, urging the minister").
* Class *participle after a relative clause* (actors26): the parser hangs
  the comma participle on a relative clause that closes the main clause's
  object ("police evicted families who had occupied the estate, firing
  rubber bullets"); a free adjunct after a comma belongs to the main
  clause, so its subject is the main clause's.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_of
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import child, pobj
from eventwire.stages.events.passives import resolve_relative

# a main-clause noun that is the relative clause's host, and how to reach its verb
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "dative")
WORDS = DATA_DIR / "events" / "free_adjuncts.yaml"


# Documents that speak for their authors ("the letter, signed by X, urges").
text_nouns = word_list_of(WORDS, "text_nouns")


def _is_text(noun: Token) -> bool:
    """A text noun, by its word or its lemma ("letters", "petitions": the
    list holds singulars; the head alone, "open letter" is a "letter")."""
    nouns = text_nouns()
    return noun.lower_ in nouns or noun.lemma_.lower() in nouns


def free_adjunct(tok: Token) -> bool:
    """An ``-ing`` adverbial clause set off by a comma after its head, with
    no subordinator ("while", "after": those keep the nearest subject)."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i < tok.i
            and tok.i > 0 and tok.doc[tok.i - 1].text == ","
            and child(tok, {"mark", "nsubj", "nsubjpass"}) is None)


def passive_doer(head: Token) -> Token | None:
    """Class *participle of a passive clause*: the ``by`` agent of a
    passive head, else (or when the subject is a text) its passive subject;
    None when the head is active."""
    subject = child(head, {"nsubjpass"})
    if subject is None:
        return None
    agent = pobj(head, {"by"})
    if agent is None or _is_text(subject):
        return resolve_relative(subject)
    return agent


def main_clause_of_relative(head: Token) -> Token | None:
    """Class *participle after a relative clause*: the verb of the main
    clause whose object the relative clause modifies (or the host noun
    itself when it is that clause's subject); None otherwise."""
    if head.dep_ != "relcl":
        return None
    noun = head.head
    if noun.dep_ == "nsubj":
        return noun
    if noun.dep_ in OBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None
