"""Chains the statements alone do not give (docs/annotation.md,
"Attribution" and "Denials"): a speech act a medium reports, the act a
speech act names as its object, a statement nested in a medium's report,
and a claim someone else denies. Each function returns the statement
(a :class:`Quote`, possibly built here) whose speaker and relays the event
takes, or ``None`` when its class does not apply."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from eventwire.models import EventMention, Quote
from eventwire.models import Span as TextSpan
from eventwire.nlp.arrays import column, per_doc, remember
from eventwire.nlp.cues import default_cues
from eventwire.nlp.spans import head_token
from eventwire.stages.attribution.marks import tok_span
from eventwire.stages.attribution.media import broadcast_medium
from eventwire.stages.attribution.speakers import (
    cited_source,
    is_media,
    noun_phrase,
    shared_subject,
    speaker_mention,
    statement_body,
    subject_of,
)
from eventwire.stages.factuality.labelling import labelling_call

_CUES = default_cues()
SPEECH_ACTS = _CUES.words("speech_act_verbs") | _CUES.words("speech_verbs")
# acts of stance a reporter can relay ("rejected the claim, X reported")
RELAYED_ACTS = SPEECH_ACTS | _CUES.words("relayed_act_verbs")
DENY_VERBS = _CUES.words("deny_verbs") | {"dispute", "call"}
_RELATIVE_TAGS = ("WDT", "WP")
_SUBJECTS = ("nsubj", "nsubjpass")
FUTURE_AUX = {"will", "would", "'ll", "wo", "shall"}
# statements inside quotation marks: a direct quote and the quotation that
# goes on after it ("“…,” the mayor said. “The gang that burned …”")
QUOTED_KINDS = ("direct", "continuation")
COMMENT_NOUNS = {"claim", "charge", "allegation", "accusation", "assertion", "assessment"}


def media_speaker(doc: Doc, quote: Quote) -> bool:
    """The statement's speaker is a medium ("…, state television reported")."""
    if quote.speaker is None:
        return False
    tok = head_token(doc, quote.speaker)
    return tok is not None and is_media(doc, tok)


def _act_subject(verb: Token) -> Token | None:
    return subject_of(verb) or shared_subject(verb)


def _statement_by(doc: Doc, subject: Token, relays: list[TextSpan], verb: Token) -> Quote:
    """A statement of ``subject`` at ``verb`` (built, not found in the text's
    quotes), with the given relays, else the channel of the act."""
    body = statement_body(subject)
    speaker = noun_phrase(body) if body.pos_ != "PRON" else doc[body.i:body.i + 1]
    medium = broadcast_medium(verb)
    return Quote(content=tok_span(verb), speaker=tok_span(speaker),
                 speaker_actor=speaker_mention(doc, body), cue=tok_span(verb),
                 relays=list(relays) or ([tok_span(noun_phrase(medium))] if medium else []),
                 kind="act", rule=f"act:{verb.lemma_}")


def _main_act(doc: Doc, quote: Quote, verb: Token) -> bool:
    """``verb`` is the reported clause's own verb or a verb coordinated with
    it, and a speech act with a subject of its own inside the clause."""
    root = head_token(doc, quote.content)
    if root is None or verb.lemma_.lower() not in RELAYED_ACTS:
        return False
    if not (verb == root or (verb.dep_ == "conj" and verb.head == root)):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or
                                                    c.tag_ in ("TO", "MD")))
           for c in verb.children):
        # "X would ask the UN to …", "X could reject the deal", "X has not
        # condemned the raid, Y reported": announced, possible or not done,
        # not performed: the speaker's word
        return False
    subject = _act_subject(verb)
    return subject is not None and quote.content.start <= subject.idx < quote.content.end


def _reporter_relays(doc: Doc, quote: Quote) -> bool:
    """The statement is a reporter's: a medium speaks ("…, state television
    reported") or the speaker is cited by someone who relays it ("…, TASS
    reported, citing a spokeswoman"). A body's own statement ("X urged …,
    the ministry said", "a relative told the BBC") is not: its speaker stays
    (measured, modality24)."""
    if media_speaker(doc, quote):
        return True
    cue = head_token(doc, quote.cue) if quote.cue is not None else None
    return cue is not None and cited_source(cue) is not None


def relay_start(doc: Doc, event: EventMention, quote: Quote,
                reporter: Callable[[Doc, Quote], bool]) -> tuple[Token, list[TextSpan]] | None:
    """The event's head token and the relays of the chain a reported act
    takes (the speaker, then its own relays), when the statement has a
    speaker, is no quotation (``QUOTED_KINDS``) and ``reporter`` holds of
    it; else None. The common start of :func:`relayed_act` and
    ``reporters.reported_speech_act`` (tidy64: written twice before)."""
    if quote.speaker is None or quote.kind in QUOTED_KINDS or not reporter(doc, quote):
        return None
    trigger = head_token(doc, event.trigger)
    if trigger is None:
        return None
    return trigger, [quote.speaker, *quote.relays]


def relayed_act(doc: Doc, event: EventMention, quote: Quote) -> Quote | None:
    """Class *a speech act someone reports*: in "The ministry condemned the
    strikes, state television reported" (and "X denounced the arrests and
    threatened to retaliate, Radio Y reported", "X rejected the claims, the
    APS news agency reported", "…, TASS reported, citing a spokeswoman") the
    condemnation is the ministry's own act, which the reporter relays:
    speaker none, relays the reporter and its own relays; the strikes it
    names are the ministry's words, relayed the same way. A reporter of an
    act that is not speech ("Gunmen killed four people, state radio
    reported") or of an announced, possible or negated one ("… would ask
    the UN to …", "… could reject the deal", "… did not condemn …") stays
    its speaker."""
    start = relay_start(doc, event, quote, _reporter_relays)
    if start is None:
        return None
    trigger, relays = start
    if _main_act(doc, quote, trigger):
        return Quote(content=quote.content, relays=relays, kind="act", rule="act:relayed")
    verb = trigger.head
    if trigger.dep_ == "dobj" and _main_act(doc, quote, verb):
        subject = _act_subject(verb)
        assert subject is not None
        return _statement_by(doc, subject, relays, verb)
    return None


def _labels(verb: Token) -> bool:
    """"call" is a speech act only when it gives a label ("called the raid
    treasonous", "called the strikes a crime", "called the attack \"an act
    of terror\"": ``factuality.labelling.labelling_call``), not in "called a
    strike"."""
    return verb.lemma_.lower() != "call" or labelling_call(verb)


def _naming_verb(trigger: Token) -> Token | None:
    """The speech-act verb whose object names the act: its head when the
    act is the object ("condemned the shelling"); the label's verb when the
    parser made the act a noun modifier of the quoted label ("called the
    attack \"terrorism\"") (modality33); the speech act above a free
    relative of "call" ("condemned what it called an unlawful seizure":
    the condemner speaks of it)."""
    head = trigger.head
    if trigger.dep_ == "dobj":
        return head
    if trigger.dep_ == "nmod" and head.dep_ == "dobj" and head.head.lemma_.lower() == "call":
        return head.head
    if trigger.dep_ == "oprd" and head.lemma_.lower() == "call" and \
            any(c.dep_ == "dobj" and c.lower_ == "what" for c in head.children) and \
            head.dep_ in ("ccomp", "dobj") and head.head.pos_ == "VERB":
        return head.head
    return None


def spoken_of(doc: Doc, event: EventMention) -> Quote | None:
    """Class *an act named as the object of a speech act* ("The ministry
    condemned the shelling", "welcomed the release", "claimed the attack
    through its news agency", "called the raid treasonous"): the author of
    the speech act speaks of it (docs/annotation.md), with the channel of
    the act as relay. Objects of other verbs ("ordered an inquiry") and
    phrases of blame ("blamed them for the attack") are not."""
    trigger = head_token(doc, event.trigger)
    if trigger is None or trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = _naming_verb(trigger)
    if verb is None or verb.lemma_.lower() not in _CUES.words("speech_act_verbs") \
            or not _labels(verb):
        return None
    subject = _act_subject(verb)
    return _statement_by(doc, subject, [], verb) if subject is not None else None


def nested_in_report(doc: Doc, inner: Quote, holding: list[Quote]) -> list[TextSpan]:
    """Class *a statement inside a medium's report*: "Radio Y reported that
    the commander had threatened to retaliate": the commander speaks, the
    medium relays."""
    if inner.cue is None:
        return []
    for outer in holding:
        if outer is not inner and media_speaker(doc, outer) and \
                outer.content.start <= inner.cue.start < outer.content.end:
            assert outer.speaker is not None
            return [outer.speaker, *outer.relays]
    return []


BLAME_VERBS = {"blame", "accuse", "criticise", "criticize", "condemn", "fault"}
DEFINITE = {"the", "this", "that", "these", "those"}


def blamed_known_act(doc: Doc, event: EventMention, quote: Quote) -> Quote | None:
    """Class *a known act someone is blamed for*: "blamed militias for the
    attack", "accused the governor over the killings" — a definite noun
    re-mentions an act the outlet states itself; only who did it is the
    speaker's claim (docs/annotation.md, "Summary nouns and accused acts").
    A verb ("accused them of attacking a base") stays the speaker's."""
    trigger = head_token(doc, event.trigger)
    if trigger is None or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or quote.cue is None:
        return None
    prep = trigger.head
    if prep.lower_ not in ("for", "over") or prep.head.idx != quote.cue.start or \
            prep.head.lemma_.lower() not in BLAME_VERBS:
        return None
    known = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                for c in trigger.children)
    return Quote(content=quote.content, kind="act", rule="act:blamed") if known else None




def narrated_cause(doc: Doc, event: EventMention, quote: Quote) -> Quote | None:
    """Class *the past cause the outlet gives for an announced act*: "Denmark
    said it would withdraw its soldiers [after Bamako demanded their
    departure]", "NATO said it will send more troops [after protesters
    clashed with peacekeepers]" — a finished event with its own subject in
    an after/since clause of a future statement is the outlet's background
    (docs/annotation.md: narration hung on a reported sentence), not what
    the speaker announces."""
    root = head_token(doc, quote.content)
    trigger = head_token(doc, event.trigger)
    if root is None or trigger is None or quote.speaker is None or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in root.children):
        return None
    for tok in [trigger, *trigger.ancestors]:
        if tok == root:
            return None
        if tok.dep_ == "advcl" and tok.head == root and tok.tag_ == "VBD" and \
                subject_of(tok) is not None and any(
                    c.dep_ == "mark" and c.lower_ in ("after", "since") for c in tok.children):
            return Quote(content=quote.content, kind="act", rule="act:narrated")
    return None


_COMMENT_KEY = "eventwire_comment_nouns"


def _comment_nouns(doc: Doc) -> list[int]:
    """The positions of the words whose lemma is one of ``COMMENT_NOUNS``,
    read once per document on the lemma column (speed51: ``denied_claim``
    walked its whole sentence per quote, a Token per word: quadratic on a
    run-on sentence)."""
    return per_doc(doc, _COMMENT_KEY, _comment_positions)


# a lemma's string id -> is it one of COMMENT_NOUNS (a ``remember`` memo)
_IS_COMMENT: dict[int, bool] = {}


def _comment_positions(doc: Doc) -> list[int]:
    strings, get = doc.vocab.strings, _IS_COMMENT.get
    return [i for i, lemma in enumerate(column(doc, LEMMA))
            if (hit := get(lemma)) or (hit is None and remember(
                _IS_COMMENT, lemma, strings[lemma].lower() in COMMENT_NOUNS))]


def denied_claim(doc: Doc, quote: Quote) -> Quote | None:
    """Class *a claim someone else denies*: "Rebels said they had shot down a
    jet, a claim the army denied" / "…, an allegation denied by the
    ministry" / "…, an accusation the minister called a lie": the claimed
    act is denied, and the denier is its speaker (docs/annotation.md,
    "Denials")."""
    start = head_token(doc, quote.content)
    if start is None:
        return None
    sent, nouns = start.sent, _comment_nouns(doc)
    for i in nouns[bisect_left(nouns, sent.start):]:
        if i >= sent.end:
            break
        tok = doc[i]
        if tok.idx < quote.content.end or tok.i == 0 or doc[tok.left_edge.i - 1].text != ",":
            continue
        for verb in (c for c in tok.children if c.dep_ in ("relcl", "acl")
                     and c.lemma_.lower() in DENY_VERBS):
            denier = subject_of(verb) or next(
                (o for a in verb.children if a.dep_ == "agent"
                 for o in a.children if o.dep_ == "pobj"), None)
            if denier is not None and denier.lower_ not in ("which", "that", "who"):
                return _statement_by(doc, denier, [], verb)
    return None


def narrated_speech_act(doc: Doc, event: EventMention) -> bool:
    """Class *a speech act the outlet narrates inside another statement*: a
    relative clause whose own subject names another author ("13 soldiers
    were killed in attacks, [which the government described] as a coup
    attempt", "would respond to [what he called] a witch hunt", "a plan
    [some victims' groups have rejected]") is stated by the outlet, not by
    the statement around it. A relative clause about the statement's own
    people ("pirates [who threatened] a ship") stays in the statement."""
    trigger = head_token(doc, event.trigger)
    if trigger is None or trigger.pos_ != "VERB" or \
            trigger.lemma_.lower() not in SPEECH_ACTS | {"dismiss", "reject"}:
        return False
    relative = trigger.dep_ == "relcl" or any(
        c.tag_ in _RELATIVE_TAGS and c.dep_ not in _SUBJECTS for c in trigger.children)
    subject = next((c for c in trigger.children if c.dep_ in _SUBJECTS), None)
    return relative and subject is not None and subject.tag_ not in _RELATIVE_TAGS


PAST_TAGS = ("VBD", "VBN")


def narrated_relative(doc: Doc, event: EventMention, quote: Quote) -> Quote | None:
    """Class *an earlier episode dated in a relative clause inside a
    reported clause*: "accused Marape of breaking the covenant [signed by
    both governments in July 2021]", "a militia [that overran an army base
    on March 4]", "the protests, [which began after X suspended the talks on
    Nov. 28]" — the clause identifies a noun of the statement by an act of
    an earlier period (its own date, and more than a week before
    publication: the time stage's ``background``), which the outlet tells
    itself (docs/annotation.md: narration hung on a reported sentence is
    ``asserted``). An undated relative act ("police said the men who
    attacked the guards fled") is part of the claim (measured, modality24:
    without the date the class won 27 chains and lost 74), and inside
    quotation marks the words stay the speaker's."""
    if quote.speaker is None or quote.kind in QUOTED_KINDS:
        return None
    trigger = head_token(doc, event.trigger)
    root = head_token(doc, quote.content)
    if trigger is None or root is None:
        return None
    for tok in [trigger, *trigger.ancestors]:
        if tok == root or not quote.content.start <= tok.idx < quote.content.end:
            return None
        relative = tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN")
        if relative and tok.tag_ in PAST_TAGS:
            dated = event.time.background and any(t.ent_type_ == "DATE" for t in tok.subtree)
            return Quote(content=quote.content, kind="act", rule="act:relative") \
                if dated else None
    return None
