"""Class *an earlier event measured from a statement's tag* (branch
modality26): wire copy dates its news by another event it tells itself —
"Burundi closed the border, the minister said, [two weeks after] the
president accused Kigali …", "…, the Elysee said, [a day after] Algeria
expelled 12 staff", "told reporters on Tuesday, [hours before] the militia
seized the airport, that …". A time adjunct measured from an event ("a day
after", "hours before", "shortly after") that follows the tag of a
statement, or hangs on its cue, dates the statement; the event inside it is
the outlet's narration (docs/annotation.md: narration hung on a reported
sentence is ``asserted``), not what the speaker says. Inside a preposed
statement ("Police said the suspect was arrested hours after the bombing")
the adjunct dates the reported act and stays the speaker's; so does an
adjunct inside the quotation marks of a direct quotation split by its tag
("'We closed the border,' the minister said, 'two days after they
attacked.'"): those are the speaker's own words. A statement told inside
the adjunct ("two days after rebels claimed they had captured …") keeps
its own speaker for what it reports (not for a relative clause in it:
"accused Kigali of backing rebels who killed 20 people"), and an adjunct in the present ("will
leave, the minister said, two weeks after parliament is sworn in") is the
speaker's forecast."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.models import EventMention, Quote
from eventwire.nlp.cues import default_cues
from eventwire.stages.attribution.clauses import TIME_UNITS as UNITS
from eventwire.stages.events.mention_lookup import children_of

_CUES = default_cues()
ADVERBS = _CUES.words("measured_time_adverbs")
MARKS = _CUES.words("measured_time_marks")


def _measure(marker: Token) -> Token | None:
    """"two days" / "hours" / "shortly" before the marker word, else ``None``.
    The children are read on the per-token children table (speed51: a
    clause head's ``children`` scans the whole span under it, per event, on
    a run-on sentence), a Token built only for a unit's lemma."""
    doc = marker.doc
    return next((doc[i] for dep, i, lower in children_of(marker) if i < marker.i and (
        (dep == "npadvmod" and doc[i].lemma_.lower() in UNITS)
        or (dep == "advmod" and lower in ADVERBS))), None)


def measured_adjunct(trigger: Token) -> tuple[Token, Token] | None:
    """The measured time adjunct holding ``trigger`` (its clause's verb or
    its preposition) and the adjunct's first word (the measure), else
    ``None``. spaCy hangs the measure on the clause's verb ("days/npadvmod
    <- died", "after/mark <- died") or, before a noun, on the preposition
    ("hours <- after/prep"); a clause misparsed as a complement or as the
    sentence's root ("…, the spokesman said, two days after an attack
    killed …") keeps its mark."""
    for tok in [trigger, *trigger.ancestors]:
        if tok.dep_ in ("advcl", "ccomp", "ROOT"):
            mark = next((tok.doc[i] for dep, i, lower in children_of(tok)
                         if dep == "mark" and lower in MARKS), None)
            if mark is not None:
                measure = _measure(tok) or _measure(mark)
                return (tok, min(measure, mark, key=lambda t: t.i)) if measure else None
        if tok.dep_ == "prep" and tok.lower_ in MARKS and tok is not trigger:
            measure = _measure(tok)
            return (tok, measure) if measure else None
    return None


def _dates_the_tag(doc: Doc, quote: Quote, adjunct: Token, first: Token) -> bool:
    """The adjunct starts after the statement's cue, and the cue is a tag
    after the reported words or the adjunct hangs on the cue itself."""
    if quote.cue is None or quote.speaker is None:
        return False
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if cue is None or cue.end > first.i or cue.sent != first.sent:
        return False
    return quote.content.start < quote.cue.start or cue.start <= adjunct.head.i < cue.end \
        or _before_that(adjunct, cue)


def _before_that(adjunct: Token, cue: Span) -> bool:
    """"told reporters on Tuesday, [hours before the militia seized the
    airport], that talks had failed": spaCy hangs the adjunct on the
    reported verb, but it comes before that verb's "that", so it dates the
    speech act, not the reported one."""
    verb = adjunct.head
    return verb.dep_ == "ccomp" and cue.start <= verb.head.i < cue.end and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i > adjunct.i for c in verb.children)


def _told_inside(doc: Doc, quote: Quote, trigger: Token, start: int) -> bool:
    """``quote`` is a statement told inside the adjunct (its cue at or after
    ``start``) whose content holds ``trigger`` other than through a
    relative clause ("accused Kigali of backing rebels [who killed …]": the
    killing is still the outlet's narration)."""
    if quote.cue is None or quote.cue.start < start or \
            not quote.content.start <= trigger.idx < quote.content.end:
        return False
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    for tok in [trigger, *trigger.ancestors]:
        if cue is not None and cue.start <= tok.i < cue.end:
            return True
        if tok.dep_ == "relcl":
            return False
    return True


def _present(adjunct: Token) -> bool:
    """The adjunct's verb in the present or with a modal ("after the
    militias hand over", "is sworn in", "would open"): an event still to
    come, which cannot date a statement already made."""
    return adjunct.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD")
        for c in adjunct.children)


def measured_from_tag(doc: Doc, event: EventMention, quotes: list[Quote]) -> Quote | None:
    """A speakerless statement for an event told in a measured time adjunct
    after a statement's tag (module docstring), else ``None``."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    found = measured_adjunct(span.root)
    if found is None or span.root.i < found[1].i:  # a misparsed root spans the whole sentence
        return None
    if _present(found[0]):
        return None  # "two weeks after parliament is sworn in": the speaker's forecast
    start = found[1].idx
    if any(q.kind == "direct" and any(p.start <= start < p.end for p in q.content_parts or
                                      [q.content]) for q in quotes):
        return None  # inside quotation marks: the speaker's words
    if any(_told_inside(doc, q, span.root, start) for q in quotes):
        return None  # "a day after rebels claimed they had …": that statement's own
    for quote in quotes:
        if _dates_the_tag(doc, quote, *found):
            return Quote(content=quote.content, kind="act", rule="act:measured")
    return None
