"""Class *the complement of "N units after" misparsed* (issue #12, branch dates37).

"Iraq summoned the envoy on Thursday, a day after shelling struck a resort"
puts the shelling's strike a day before Thursday
(:func:`eventwire.stages.time.anchoring.relation_time`). That rule reads the
complement off the parse (:func:`eventwire.stages.time.clauses.relation_clause`),
and the small parser often gets it wrong in exactly this shape — an event
noun as the complement's subject:

* the subject taken as the object of "after" and its verb hung elsewhere
  ("a day after [artillery shelling] struck …": *struck* an adverbial
  clause of the main verb, the measure "a day" its modifier);
* the complement's verb made the sentence's root and the main clause its
  dependent ("warplanes struck targets early on Monday, …, two days after
  a militant attack killed seven soldiers": *killed* is the root).

Read by word order instead: the trigger is a past-simple verb right after
"after" and its subject — only determiners, adjectives, nouns, numbers,
possessives ("its") and prepositional phrases between them, no verb, no comma —
so the words say it is the complement's verb whatever the tree says. The
main clause's day is then the nearest calendar day before the measure in
the sentence (the main clause comes first in this construction). Not:
"after" with a verb between it and the trigger ("a day after police said
rebels attacked": the saying is the complement), a present or perfect
verb ("two days after the attack, troops have killed …"), or a trigger
before "after".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import Timex
from eventwire.nlp.sentences import sent_of
from eventwire.stages.time.governing import in_sentence, is_dated

SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART"})


def linear_complement(word: Token, trigger: Token) -> bool:
    """True when ``trigger`` is the past-simple verb of the clause that
    follows ``word`` ("after"), its subject the only words between them."""
    if trigger.i <= word.i + 1 or trigger.tag_ != "VBD" or sent_of(trigger) != sent_of(word):
        return False
    between = word.doc[word.i + 1:trigger.i]
    return all(t.pos_ in SUBJECT_POS or t.tag_ == "PRP$" for t in between) and any(
        t.pos_ in ("NOUN", "PROPN") for t in between)


def day_before_measure(doc: Doc, measure_start: int, trigger: Token,
                       timexes: list[Timex], skip: Timex) -> Timex | None:
    """The nearest calendar day of the sentence before the measure "N units"."""
    days = [t for t in in_sentence(doc, sent_of(trigger), timexes)
            if t is not skip and is_dated(t) and t.granularity == "day"
            and t.end <= measure_start]
    return days[-1] if days else None
