"""Class *undated perfect of result* (issue #12, branch dates25): a present
perfect with no date expression of its own tells a result that stands at
the time of writing, not a dated happening.

"Police have arrested two men", "The government has banned all
gatherings", "Rebels have seized the airport": the present perfect puts
the act in a past that still holds now and leaves its day unsaid on
purpose. The annotation guide dates an event by what the text says of its
time, and a perfect with no time expression says none, so gold leaves it
unknown far more often than it gives the text's last date or the
publication day. The undated model, fit on texts with few such perfects,
often gave them the text's time line instead.

Counted before writing on rec_a..rec_q (the undated events the model
decides, tools/undated_topic_folds.py's examples; a present perfect
without a modal where the model does not answer unknown): gold unknown 27
(real 21, own 6), the model's date right 11 (real 6, own 5), another date
9; the class wins in 10 sets and loses in 1. A perfect with a date of its
own ("have arrested two men on Monday") or a "since" phrase is dated by
the rules before the model is asked and never reaches this class; a
modal perfect ("could have killed") is a judgement, left to the model.
"""

from __future__ import annotations

from spacy.tokens import Token

PERFECT_AUX = {"has", "have", "'ve"}


def perfect_result(trigger: Token) -> bool:
    """The trigger is a present perfect verb (has/have among its
    auxiliaries, no modal, no past-perfect "had"). A perfect infinitive
    ("was said to have been poisoned") is kept in the class on purpose: it
    dates nothing either, and on the records gold leaves it unknown where
    the model's date was wrong (review31: dropping it lost rec_g and won
    nothing). A verb coordinated with a perfect, with no subject or
    auxiliary of its own, shares its "have" ("have seized the airport and
    closed the road"; a coordinator between the two, so the parser's
    misread reduced relative, "farmers shot when ...", is not one)."""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    head = trigger.head
    if not auxes and trigger.dep_ == "conj" and trigger.tag_ in ("VBD", "VBN") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children) \
            and any((c.dep_ == "cc" or c.text == ",") and head.i < c.i < trigger.i
                    for c in head.children):
        return perfect_result(head)
    lowers = {a.lower_.replace("\u2019", "'") for a in auxes}  # "they’ve"
    return bool(lowers & PERFECT_AUX) and "had" not in lowers \
        and not any(a.tag_ == "MD" for a in auxes)
