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
  subject's own speech act, relayed like a main one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, Quote
from eventwire.stages.attribution.acts import (
    QUOTED_KINDS,
    RELAYED_ACTS,
    _act_subject,
    _main_act,
    _reporter_relays,
    _statement_by,
    _token,
)

REPORT_LEMMAS = ("report",)


def _reporter(doc: Doc, quote: Quote) -> bool:
    """The statement's speaker carries it: a medium or a cited source
    (:func:`acts._reporter_relays`), or whoever "reported" it."""
    if _reporter_relays(doc, quote):
        return True
    cue = _token(doc, quote.cue.start, quote.cue.end) if quote.cue is not None else None
    return cue is not None and cue.lemma_.lower() in REPORT_LEMMAS


def _participle_act(doc: Doc, quote: Quote, verb: Token) -> bool:
    """``verb`` is a speech-act participle hung on the reported clause's
    main act ("…, accusing it of …"), sharing its subject, not negated."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or \
            verb.lemma_.lower() not in RELAYED_ACTS:
        return False
    if any(c.dep_ in ("nsubj", "neg") for c in verb.children):
        return False
    head = verb.head
    root = _token(doc, quote.content.start, quote.content.end)
    if root is None or not (head == root or (head.dep_ == "conj" and head.head == root)):
        return False
    subject = _act_subject(head)
    return subject is not None and quote.content.start <= subject.idx < quote.content.end


def reported_speech_act(doc: Doc, event: EventMention, quote: Quote) -> Quote | None:
    """The statement an event of a reported speech act takes its chain
    from (speaker none, the reporter and its relays as relays), or None.
    The act the speech act names ("accusing it of smuggling", "condemned
    the raid") stays its author's, relayed the same way."""
    if quote.speaker is None or quote.kind in QUOTED_KINDS or not _reporter(doc, quote):
        return None
    trigger = _token(doc, event.trigger.start, event.trigger.end)
    if trigger is None:
        return None
    relays = [quote.speaker, *quote.relays]
    if _main_act(doc, quote, trigger) or _participle_act(doc, quote, trigger):
        return Quote(content=quote.content, relays=relays, kind="act", rule="act:reported")
    verb = trigger.head
    if trigger.dep_ == "dobj" and (_main_act(doc, quote, verb)
                                   or _participle_act(doc, quote, verb)):
        subject = _act_subject(verb)
        if subject is not None:
            return _statement_by(doc, subject, relays, verb)
    return None
