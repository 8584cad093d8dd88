"""Speech acts a reporter relays, beyond :func:`acts.relayed_act` (issue #12,
branch speaker33): the guide's "Speaker of a speech act" rule — when the
speech-act verb is the trigger the speaker is ``null`` and the medium it
came through is a relay ("the SITE Intelligence Group reported", "Fars news
agency reported").

Two classes the census's "speaker spurious / report verb" holds across sets:

* *a reporter that "reported"*: the verb ``report`` marks the one who
  carries the news, whatever its name ("…, SANA reported", "…, the SITE
  Intelligence Group reported", "…, the Amaq agency reported"), where the
  medium lists know only some names; a body's own statement ("X urged …,
  the ministry said", "…, his spokesman said") is no such reporter, and the
  gold keeps it as speaker in most sets;
* *a speech act told in a participle*: "expelled the envoy, accusing him of
  meddling, state radio reported", "seized a tanker, accusing it of
  smuggling fuel, the Tasnim agency reported", "walked out of the hearing,
  accusing the judges of bias, Radio X reported" — the participle is the
  subject's own speech act, relayed like a main one;
* *a datelined lead*: both classes, and the relayed main act of
  :func:`acts.relayed_act`, on a lead whose dateline the parser took for a
  subject ("KABUL, May 3 (AFP) - The Taliban condemned …, Pajhwok
  reported", "HARARE, June 2 (Reuters) - The ruling party expelled …,
  accusing …, state radio reported", "LIMA, Jan 9 (EFE) - Peru recalled
  …, accusing …, the official Andina agency reported"): the subject
  inside the clause counts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, Quote
from eventwire.nlp.spans import head_token
from eventwire.stages.attribution.acts import (
    FUTURE_AUX,
    RELAYED_ACTS,
    _act_subject,
    _main_act,
    _reporter_relays,
    _statement_by,
    relay_start,
)

REPORT_LEMMAS = ("report",)


def _reporter(doc: Doc, quote: Quote) -> bool:
    """The statement's speaker carries it: a medium or a cited source
    (:func:`acts._reporter_relays`), or whoever "reported" it after the
    clause ("…, SANA reported"). Not one that reports before it ("Police
    reported that protesters had threatened officers": a body's own
    statement), nor a complaint "reported to" someone ("…, the woman
    reported to police")."""
    if _reporter_relays(doc, quote):
        return True
    cue = head_token(doc, quote.cue) if quote.cue is not None else None
    if cue is None or cue.lemma_.lower() not in REPORT_LEMMAS:
        return False
    return cue.idx >= quote.content.end and \
        not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in cue.children)


def _reports_itself(doc: Doc, quote: Quote, subject: Token) -> bool:
    """The reporter is the act's own subject: a pronoun looking back ("The
    rebels condemned the strike, they reported") or the same head noun
    ("The ministry expelled …, accusing …, the ministry reported"): its own
    statement, its speaker stays."""
    reporter = head_token(doc, quote.speaker) \
        if quote.speaker is not None else None
    if reporter is None:
        return False
    return reporter.pos_ == "PRON" or reporter.lemma_.lower() == subject.lemma_.lower()


def _inner_subject(quote: Quote, verb: Token) -> Token | None:
    """``verb``'s subject inside the reported clause: its own or the one it
    shares (:func:`acts._act_subject`), or any other ``nsubj`` child when
    the parser took a dateline for the first ("NIAMEY, Nov 20 (Reuters) -
    The government suspended …": the government, never NIAMEY)."""
    shared = _act_subject(verb)
    inside = [s for s in [*([shared] if shared is not None else []),
                          *(c for c in verb.children if c.dep_ == "nsubj")]
              if quote.content.start <= s.idx < quote.content.end]
    # the subject nearest before the verb: the dateline comes first
    before = [s for s in inside if s.i < verb.i]
    return max(before, key=lambda s: s.i) if before else next(iter(inside), None)


def _subject_inside(quote: Quote, verb: Token) -> bool:
    """``verb`` has a subject inside the reported clause (:func:`_inner_subject`)."""
    return _inner_subject(quote, verb) is not None


def _lead_act(doc: Doc, quote: Quote, verb: Token) -> bool:
    """:func:`acts._main_act` on a datelined lead: the act is the clause's
    own verb (or conjoined to it), a speech act, neither negated nor
    modal, with a subject inside the clause besides the dateline."""
    root = head_token(doc, quote.content)
    if root is None or verb.lemma_.lower() not in RELAYED_ACTS:
        return False
    if not (verb == root or (verb.dep_ == "conj" and verb.head == root)):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ in ("TO", "MD"))
           or c.lower_ in FUTURE_AUX for c in verb.children):
        return False
    return _subject_inside(quote, verb)


def _participle_act(doc: Doc, quote: Quote, verb: Token) -> bool:
    """``verb`` is a speech-act participle hung on the reported clause's
    main act ("…, accusing it of …"), sharing its subject, not negated."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or \
            verb.lemma_.lower() not in RELAYED_ACTS:
        return False
    if any(c.dep_ in ("nsubj", "neg") for c in verb.children):
        return False
    head = verb.head
    root = head_token(doc, quote.content)
    if root is None or not (head == root or (head.dep_ == "conj" and head.head == root)):
        return False
    return _subject_inside(quote, head)


def _act(doc: Doc, quote: Quote, verb: Token) -> bool:
    return _main_act(doc, quote, verb) or _lead_act(doc, quote, verb)


def reported_speech_act(doc: Doc, event: EventMention, quote: Quote) -> Quote | None:
    """The statement an event of a reported speech act takes its chain
    from (speaker none, the reporter and its relays as relays), or None.
    The act the speech act names ("accusing it of smuggling", "condemned
    the raid") stays its author's, relayed the same way."""
    start = relay_start(doc, event, quote, _reporter)
    if start is None:
        return None
    trigger, relays = start
    if _act(doc, quote, trigger) or _participle_act(doc, quote, trigger):
        own = _inner_subject(quote, trigger.head if trigger.dep_ == "advcl" else trigger)
        if own is not None and _reports_itself(doc, quote, own):
            return None
        return Quote(content=quote.content, relays=relays, kind="act", rule="act:reported")
    verb = trigger.head
    if trigger.dep_ == "dobj" and (_act(doc, quote, verb) or _participle_act(doc, quote, verb)):
        subject = _inner_subject(quote, verb)
        if subject is not None and not _reports_itself(doc, quote, subject):
            return _statement_by(doc, subject, relays, verb)
    return None
