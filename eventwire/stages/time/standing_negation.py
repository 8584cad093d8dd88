"""Class *a standing refusal in the present* (issue #12, branch dates34): a
verb negated in the simple present ("does not recognise", "do not accept")
or with "never" in the present perfect ("has never recognised") tells a
state that holds as the text is written, not an act that happened on a
day; the guide gives a non-event no date ("Event dates", rule 2: an act
the text does not tie to a dated episode is ``null``).

"The herders still do not accept the reservoir"; "The rebels say they do
not accept the truce the army announced on Monday"; "The union has never
endorsed the pay deal, and in 2016 its members struck for a month"; "Quito
does not acknowledge the maritime border that Lima drew in 1952" (examples
rewritten in review76: two paraphrased record-set sentences). Without this
class the event took a date its sentence gives another clause (the
declaration's month, a deal's year, a relative clause's year on its
object), read as its own (``explicit``) or as the sentence's
(``sentence``).

Counted on rec_a..rec_y before the rule (m42, matched events after
"do/does/has/have" + "not/never", regex census): gold leaves 12 undated
(we dated 3, in three sets: m, n, u) and dates one, "has not fired" (a
perfect with "not", left alone here: "has not fired since Monday" counts
the days of a truce). The past ("did not recognise") and the future ("will
not recognise") are other classes (a negated act of the story, a vow).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention
from eventwire.stages.time.governing import PRESENT_TAGS, undate_unless_own_words

DO, HAVE = "do", "have"
NOT = {"not", "n't"}
NEVER = "never"


def standing_negation(trigger: Token) -> bool:
    """The trigger verb is negated in the simple present ("does not
    recognise") or by "never" in the present perfect ("has never
    recognised")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in trigger.children if c.dep_ == "aux" and c.tag_ in PRESENT_TAGS]
    negs = {c.lower_ for c in trigger.children if c.dep_ == "neg"}
    if not aux or not negs:
        return False
    lemma = aux[0].lemma_.lower()
    return (lemma == DO and trigger.tag_ == "VB" and bool(negs & NOT)) or (
        lemma == HAVE and trigger.tag_ == "VBN" and NEVER in negs)


def undate_standing_negations(doc: Doc, events: list[EventMention]) -> None:
    """Leave an event negated in the present undated unless a date of its
    own words places it (module docstring)."""
    undate_unless_own_words(doc, events, standing_negation)
