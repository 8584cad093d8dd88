"""A court's outcome named by its noun: a guilty verdict, a sentence given
(issue #12, branch missed59; docs/annotation.md "Judicial acts").

Class *a conviction or a sentence told by its noun as the act itself*:

* **a guilty verdict** -- "verdict" with "guilty" before it, in a headline
  ("Guilty verdict for killer of shop owner") or as the object of the
  jury's verb ("the jury returned a guilty verdict", "reached a guilty
  verdict"). The guide labels a conviction SANCTION ``convict`` on the
  noun; the lexicon has no entry for "verdict" and ``detection.verdict``
  reads only "found guilty" and "handed down". Where "handed down" already
  tells it ("handed down a guilty verdict") the verb's trigger is stretched
  over the noun (:func:`verdict_object_end`), one event, not two.
* **a particular sentencing** -- "sentencing" with its named defendant
  ("after the sentencing of Jane Roe") or put on the court's calendar
  ("formal sentencing will take place at a later date", "the sentencing is
  set for May 3"); the lexicon has no "sentencing".
* **a sentence given by a general verb** -- a sentence noun with a court's
  measure (a length, "life", "death", "maximum": ``judicial._measure``) as
  what a verb brings, earns or lands on someone ("That plea brought him
  another three-year sentence", "the robbery earned him a ten-year
  sentence") or after a participle "given" the parser does not read as its
  verb ("returned to prison, given a new 20 year sentence").
  ``judicial.sentence_received`` reads "was given two life sentences",
  "received a sentence of life" on the verb: those are left to it.

Not: "not guilty" (an acquittal, no conviction), "called the verdict
bittersweet", "the jury reached its verdict" (no finding named: a verdict
without "guilty" can be either way); "faces a maximum sentence" (a
possible sentence, ``judicial``'s "face" class), "adding three years to his
sentence", "his sentence was announced" (the sentence as a document,
relabel66); "remanded ahead of sentencing", "attended the sentencing" (a
time or a setting, no defendant named); a sentence with no measure ("brought him a sentence of
dialogue"); a sentence being served (``procedure_states.sentence_served``).

Measured on the 37 development sets (``missed59_r1`` against ``m97``,
missed58's own events set aside): the verdict and sentence classes match
+7 real gold events in 6 sets and 3 stories (Lopez's guilty verdict, the
Gigante and Comeaux sentences), turn one real false event into a match
("handed" -> "handed down a guilty verdict"), add no false event and
change no field of any other event; the sentencing class (``missed59_r3``
vs r2) +2 real gold events in 2 sets (Hiller, Nichols), nothing else
changed. Still missed: "The sentence caps ..."
(a re-mention as a subject), convictions kept off by a misread actor
(``nonpolitical.is_business_act`` on "it"), and "prior convictions" (the
sets label a record's convictions in one copy of a story, not in another).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.detection import verdict
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.detection_words import listed as _in
from eventwire.stages.events.judicial import measured_sentence, sentence_received
from eventwire.stages.events.named_crimes import named_victim

RULE = "nominal+court-outcome"
VERDICT_FORMS = frozenset({"verdict", "verdicts"})
SENTENCE_FORMS = frozenset({"sentence", "sentences"})
SENTENCING_FORMS = frozenset({"sentencing"})
# verbs that give a sentence to someone without being a court's verb of their own
GIVING_VERBS = frozenset({"bring", "earn", "land", "give", "get", "receive", "draw"})
_GIVEN_SLOTS = frozenset({"dobj", "pobj", "dative", "nsubjpass"})
# a count of sentences is a measure here ("two life sentences"; judicial.measured_sentence)
_MEASURE_MODIFIERS = ("amod", "compound", "nummod")


def outcome_forms() -> frozenset[str]:
    """The forms :func:`court_outcome` starts from (``trigger_screen``)."""
    return VERDICT_FORMS | SENTENCE_FORMS | SENTENCING_FORMS


def _guilty(tok: Token) -> bool:
    """"guilty" among the noun's modifiers, with no "not" before it."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.lower_ == "guilty":
            doc = tok.doc
            before = doc[c.i - 1].lower_ if c.i > 0 else ""
            return before not in ("not", "n't") and not any(
                g.dep_ == "neg" for g in c.children)
    return False


def _given_sentence(tok: Token) -> bool:
    if tok.dep_ not in _GIVEN_SLOTS or not measured_sentence(tok, _MEASURE_MODIFIERS):
        return False
    head = tok.head  # "given" read as a preposition: "..., given a new 20 year sentence"
    if head is tok or (_lemma(head) not in GIVING_VERBS and head.lower_ != "given"):
        return False
    return sentence_received(head) is None and not verdict(head)  # told on the verb


def _particular_sentencing(tok: Token) -> bool:
    """"after the sentencing of Jane Roe" (a named defendant after "of"),
    "formal sentencing will take place later", "the sentencing is set for
    May 3" (the subject of a scheduling verb or of "take place")."""
    if named_victim(tok):  # "of" and a person's name
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ != "VERB":
        return False
    head = tok.head
    return _in(head, "scheduling_verbs") or (_lemma(head) == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in head.children))


def court_outcome(tok: Token) -> bool:
    """True when ``tok`` is the module docstring's class. Reads the word first."""
    low = tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if low in VERDICT_FORMS:
        return _guilty(tok) and not verdict(tok.head)
    if low in SENTENCE_FORMS and _in(tok, "sentence_nouns"):
        return _given_sentence(tok)
    if low in SENTENCING_FORMS:
        return _particular_sentencing(tok)
    return False


def verdict_object_end(verb: Token) -> int | None:
    """"handed down a guilty verdict": the end of the guilty verdict the
    verb hands down (the noun's index + 1), so one trigger covers the verb
    and the noun; None for any other object ("handed down the maximum
    sentence" keeps the verb alone, as the records mark it)."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lower_ not in VERDICT_FORMS or not _guilty(obj):
        return None
    return obj.i + 1
