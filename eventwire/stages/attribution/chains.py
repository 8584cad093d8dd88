"""Each event's attribution chain: the speaker of the innermost statement
holding its trigger (+ the organisation a spokesperson speaks for), that
statement's relays, then the publishing outlet."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from eventwire.models import AttributionLink, EventMention, Quote
from eventwire.nlp.cues import default_cues
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import index_of
from eventwire.stages.attribution.acts import (
    RELAYED_ACTS,
    blamed_known_act,
    denied_claim,
    narrated_cause,
    narrated_relative,
    narrated_speech_act,
    nested_in_report,
    relayed_act,
    spoken_of,
)
from eventwire.stages.attribution.measured import measured_from_tag
from eventwire.stages.attribution.media import broadcast_medium
from eventwire.stages.attribution.reporters import reported_speech_act
from eventwire.stages.attribution.speakers import noun_phrase, resolve_chain
from eventwire.stages.factuality.denial_scope import preposed_speech_act

# "the attack on state television": the medium is the act's target
TARGETING_NOUNS = default_cues().words("targeting_nouns")


def _speaker_links(doc: Doc, quote: Quote) -> list[AttributionLink]:
    assert quote.speaker is not None
    mentions = get_list(doc, "actor_mentions")
    resolved = resolve_chain(mentions, quote.speaker_actor)
    text = quote.speaker.text
    name = None
    if resolved is not None and quote.speaker_actor is not None \
            and resolved is not mentions[quote.speaker_actor] \
            and (resolved.name or resolved.text).lower() not in text.lower():
        name = resolved.name or resolved.text  # "he" -> "Muhammad Mohi"
    links = [AttributionLink("speaker", text, quote.speaker.start, quote.speaker.end,
                             resolved.actor_id if resolved else None, name)]
    if resolved is not None and resolved.speaks_for is not None:
        org = mentions[resolved.speaks_for]
        # text stays the evidence ("Baghdad"); the KB name ("Iraq") goes to name
        links.append(AttributionLink("on_behalf_of", org.text, org.start, org.end,
                                     org.actor_id, org.name if org.name != org.text else None))
    return links


def _object_of_speech(doc: Doc, event: EventMention, quotes: list[Quote]) -> Quote | None:
    """Class *an event named as the object of a speech act* ("describing the
    assault as …", "denounced the raid as illegal, saying …"): the author
    of the speech act speaks of it (docs/annotation.md), although it lies
    outside the statement's content."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "dobj":
        return None
    cue = span.root.head
    return next((q for q in quotes if q.cue is not None and q.cue.start == cue.idx
                 and q.speaker is not None), None)


def chain_for(doc: Doc, event: EventMention, quotes: list[Quote]) -> list[AttributionLink]:
    start = event.trigger.start
    holding = [quotes[i] for i in index_of(doc, "quotes", quotes, "content").containing(start)]
    links: list[AttributionLink] = []
    quote = _statement_of(doc, event, quotes, holding)
    if quote is not None:
        if quote.speaker is not None:
            links += _speaker_links(doc, quote)
        links += [AttributionLink("relay", r.text, r.start, r.end) for r in quote.relays]
    else:
        relaying = _relaying_statement(event, quotes)
        for q in relaying:
            links += [AttributionLink("relay", r.text, r.start, r.end) for r in q.relays]
        if not relaying:
            links += _own_channel(doc, event)
    if doc._.outlet:
        links.append(AttributionLink("outlet", str(doc._.outlet)))
    return links


def _without_later_denial(doc: Doc, event: EventMention, holding: list[Quote]) -> list[Quote]:
    """A speech act the outlet states before a denial of its content ("Congo
    has long accused Rwanda of backing the rebels, a charge Kigali denies")
    is the outlet's, not held by the denial (``denial_scope``; review62)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or not preposed_speech_act(span.root):
        return holding
    denial = span.root.head.idx
    return [q for q in holding if q.cue is None or q.cue.start != denial]


def _statement_of(doc: Doc, event: EventMention, quotes: list[Quote],
                  holding: list[Quote]) -> Quote | None:
    """The statement an event takes its chain from: the innermost one holding
    its trigger, unless a class of ``acts.py`` says otherwise (a speech act a
    medium reports, a claim someone denies, a statement nested in a
    medium's report, a relative speech act the outlet narrates, an event
    in a measured time adjunct after a statement's tag); with none
    holding it, the speech act naming it."""
    measured = measured_from_tag(doc, event, quotes)
    if measured is not None:
        return measured
    if narrated_speech_act(doc, event):
        holding = []
    holding = [q for q in holding if q.cue is None or q.cue.start != event.trigger.start]
    holding = _without_later_denial(doc, event, holding)
    if not holding:  # (a statement never holds its own cue: "Moscow, they suspect, is …")
        return _object_of_speech(doc, event, quotes) or spoken_of(doc, event)
    quote = min(holding, key=lambda q: q.content.end - q.content.start)
    found = relayed_act(doc, event, quote) or reported_speech_act(doc, event, quote) or \
        blamed_known_act(doc, event, quote) or \
        narrated_cause(doc, event, quote) or narrated_relative(doc, event, quote) or \
        denied_claim(doc, quote)
    if found is not None:
        return found
    extra = [r for r in nested_in_report(doc, quote, holding) if r not in quote.relays]
    if extra:
        return dataclasses.replace(quote, relays=[*quote.relays, *extra])
    return quote


def _own_channel(doc: Doc, event: EventMention) -> list[AttributionLink]:
    """Class *the channel of a speech act the outlet tells*: "X welcomed the
    agreement on social media", "congratulated the team in a message on
    Telegram", "rejected the accusation in a statement carried by the state
    news agency WAM" — the act has no speaker (its author is no speaker of
    it), but the medium it went out on is its relay (docs/annotation.md:
    the medium is a relay), as it is for a statement's cue. A medium the
    act's object targets ("condemned the attack on state television",
    "welcomed the ban on TikTok") is no channel."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in RELAYED_ACTS:
        return []
    medium = broadcast_medium(span.root)
    if medium is None or _targeted(span.root, medium):
        return []
    phrase = noun_phrase(medium)
    return [AttributionLink("relay", phrase.text, phrase.start_char, phrase.end_char)]


def _targeted(verb: Token, medium: Token) -> bool:
    """``medium`` hangs by "on" on an object of ``verb`` that targets it
    ("the attack on state television", "the raid on the offices of …")."""
    prep = medium.head
    while prep.dep_ == "pobj" and prep.head.lower_ == "of":  # "the offices of Radio X"
        prep = prep.head.head
    obj = prep.head
    return prep.lower_ == "on" and obj.head == verb and obj.dep_ == "dobj" and \
        obj.lemma_.lower() in TARGETING_NOUNS


def _relaying_statement(event: EventMention, quotes: list[Quote]) -> list[Quote]:
    """The statement whose relay reaches an event outside every quotation:
    the event's own statement when the event is a cue ("Police warned that
    … and said on Twitter that …": the warning is not relayed by Twitter),
    else the sentence's first relayed statement ("Mohi explained, Press TV
    reported"); the medium of a later statement ("announced a ceasefire and
    said on its Facebook page that …") did not carry the act before it."""
    own = [q for q in quotes if q.cue is not None and q.cue.start == event.trigger.start]
    if own:
        return own[:1] if own[0].relays else []
    return [q for q in quotes if q.relays
            and event.sentence.start <= q.content.start < event.sentence.end
            and not (q.medium and q.cue is not None and event.trigger.start < q.cue.start)][:1]


def unsourced_report(event: EventMention) -> None:
    """Class *a report with no speaker is the outlet's*: ``reported`` means
    a speaker says the act happened (docs/annotation.md, "modality"), so an
    event the factuality stage read as reported (it lies in a statement's
    content) whose chain names no speaker is ``asserted``: a speech act a
    reporter relays ("X condemned the raid, state television reported":
    relay only), "Fresh riots were reported" with no one named. Certainty
    and polarity stay the factuality stage's."""
    if event.factuality.modality == "reported" and \
            not any(link.role == "speaker" for link in event.attribution):
        event.factuality.modality = "asserted"


def spoken_of_is_reported(event: EventMention) -> None:
    """Class *an act a speaker speaks of is reported* (modality33, the
    mirror of :func:`unsourced_report`): an event the factuality stage read
    as the outlet's own (``asserted``, outside every statement's content)
    but whose chain names a speaker is that speaker's report
    (docs/annotation.md: "A physical event re-mentioned as the object of a
    speech act … is labelled with the speech act's author as speaker
    (``reported``)"): "The ministry condemned the shelling of the port",
    "The governor called the arrests a provocation", "Police confirmed the
    ambush", "describing the assault as a terrorist act". A stronger
    modality (negated, future, demanded …) outranks reported and stays;
    certainty and polarity stay the factuality stage's."""
    if event.factuality.modality == "asserted" and \
            any(link.role == "speaker" for link in event.attribution):
        event.factuality.modality = "reported"
