"""Class *an accusation as a label* (issue #12, branch dates39): the past
participle "accused" in a reduced relative on a noun — "a mayor accused of
taking bribes", "two officers accused of beating a student", "a militia
commander accused of burning villages" — names a standing accusation that
identifies the person; the sentence does not tell when anyone made it.
Rule 1 of the guide's date rules leaves a statement with no time
expression of its own unknown, and the record sets' gold does so for this
form. Without the class the label took the date of its sentence's main
clause ("Police on Friday arrested a mayor accused of ...": Friday), of
the text's time line, or of the title's body act.

Kept: a label with a date of its own words ("a mayor accused last month
of taking bribes"); the finite verb ("Prosecutors accused the mayor on
Friday of ...", "The mayor was accused of ..."), which other rules date;
and "charged with", whose title reading is the day's charge ("Farmer charged
with torching a barn"), not a label.

Counted on rec_a..rec_ac (m54, matched "accused of" after a noun): gold
unknown 16, dated 2; we dated 7 of the 16, in five sets (m, z, aa, ab, ac).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention
from eventwire.stages.time.governing import undate_unless_own_words

ACCUSE = "accuse"
LABEL_DEPS = {"acl"}


def accusation_label(trigger: Token) -> bool:
    """The trigger is "accused" as a past participle in a reduced relative
    on a noun ("senators accused of", "the teen accused of"), with no
    auxiliary of its own."""
    return trigger.lemma_.lower() == ACCUSE and trigger.tag_ == "VBN" \
        and trigger.dep_ in LABEL_DEPS and trigger.head.pos_ in ("NOUN", "PROPN", "PRON") \
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)


def undate_accusation_labels(doc: Doc, events: list[EventMention]) -> None:
    """Leave an accusation label with no date of its own words unknown
    (module docstring)."""
    undate_unless_own_words(doc, events, accusation_label)
