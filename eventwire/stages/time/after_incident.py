"""Class *a court step after a dated incident* (issue #12, branch dates41):
a charge, a plea or denial of a charge, a conviction or a sentence told
with an "after" / "following" adjunct that names the incident it follows
("has been charged with murder after a shooting at a party on Friday", "has
denied arson following a fire at a supermarket early on Sunday", "was
charged with arson following the fire at the weekend", "was given two life
sentences after being convicted of stabbing his wife in 1999"). The date
in the adjunct is the incident's: "after" only says the court step came
later, and the text does not say when. The guide leaves such a step
unknown (rule 1: a statement or charge with no time expression of its own;
rule 2: a follow-up whose day the text does not give). The parser often
hangs a trailing day ("... in Vancouver Friday") on the main verb, so the
rules of steps 1-5 gave the court step the incident's day.

The adjunct is read by word order on the parse: the "after"/"following"
word hangs on the trigger (a preposition, or the marker of an adverbial
clause), and the event's date expression starts inside the adjunct's
subtree or right after it, with nothing between but prepositions,
determiners and adverbs ("... at a Somerset supermarket early on Sunday").

Left alone: a court step with a date of its own before the adjunct ("was
charged on Monday after the shooting"), material acts ("seized control of
the shoal after a standoff in 2012", "arrested hours after the grenade was
thrown on Oct. 9": gold takes the incident's date for acts of the same
scene), and a step whose adjunct holds no date.

Counted on rec_a..rec_ac (m60, matched events whose trigger precedes an
"after"/"following" with a date in its phrase and no date before it):
court steps 7, gold unknown in all 7; we dated 5 of them, every one a
real outlet's text, in five sets (ac, h, k, o, x). Material acts in the
same position: gold takes the incident's date in 4 ("seized", "imposed",
"arrested", "captured"), so they are kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, TimeValue
from eventwire.nlp.arrays import char_span
from eventwire.stages.time.governing import token_at

COURT_LEMMAS = {"charge", "accuse", "convict", "indict", "acquit", "prosecute", "deny",
                "plead", "sentence", "jail", "face"}
SENTENCE_LEMMAS = {"give"}  # "was given two life sentences" (a SANCTION)
RELATIONS = {"after", "following"}
GAP_POS = {"ADP", "DET", "ADV", "ADJ"}  # "... supermarket early on Sunday"


def court_step(trigger: Token, event_type: str | None) -> bool:
    """The trigger is a court step: a charge, plea, denial, conviction or
    sentence (a "given ... sentences" only when typed SANCTION)."""
    lemma = trigger.lemma_.lower()
    return lemma in COURT_LEMMAS or (lemma in SENTENCE_LEMMAS and event_type == "SANCTION")


def relation_phrases(trigger: Token) -> list[tuple[Token, int]]:
    """Each "after"/"following" adjunct of the trigger, as (its word, the
    index of the phrase's last token): a preposition on the trigger, or the
    marker of an adverbial clause on it."""
    out: list[tuple[Token, int]] = []
    for child in trigger.children:
        if child.dep_ in ("prep", "mark") and child.lower_ in RELATIONS:
            out.append((child, max(t.i for t in child.subtree)))
        elif child.dep_ == "advcl":
            marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ in RELATIONS]
            out.extend((m, max(t.i for t in child.subtree)) for m in marks)
    return out


def in_relation_phrase(doc: Doc, start: int, end: int, trigger: Token) -> bool:
    """The date expression at ``start:end`` lies in an "after"/"following"
    adjunct of the trigger, or right after it with only prepositions,
    determiners and adverbs between (module docstring)."""
    span = char_span(doc, start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    first = span[0].i
    for word, last in relation_phrases(trigger):
        if word.i >= first:
            continue
        if first <= last + 1 or all(doc[k].pos_ in GAP_POS for k in range(last + 1, first)):
            return True
    return False


def undate_court_steps_after_incidents(doc: Doc, events: list[EventMention]) -> None:
    """Leave a court step dated only by the incident of its "after" /
    "following" adjunct unknown (module docstring)."""
    for event in events:
        time = event.time
        if time.value is None or time.start is None or time.end is None:
            continue
        trigger = token_at(doc, event.trigger.start)
        if trigger is not None and court_step(trigger, event.type) \
                and in_relation_phrase(doc, time.start, time.end, trigger):
            event.time = TimeValue(anchor="unknown")
