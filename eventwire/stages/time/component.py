"""The ``eventwire_timex`` component: TIMEX3 expressions on ``doc._.timexes``.

Tense comes from the parse: the verb that governs the expression (walking
up the dependency tree) is future when it has a "will/shall/'ll" or "going
to" auxiliary or is a bare verb after a modal; past when tagged VBD/VBN or
with a "have/had" auxiliary; otherwise past (news reports past events).
Narrative expressions ("two days later") are resolved against the previous
dated expression (:func:`resolve_narrative`); "two days after January 3"
against the date it names; "a day after police broke up a rally" is a
*relation* between two events, not a date: the TIMEX is the DURATION
"a day" (``P1D``, rule ``relation:N:unit``; "after" is a TimeML signal), and
the anchoring component dates the event in the complement from the main
clause. Expressions inside URL lines and slugs are dropped
(:func:`non_prose_spans`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventwire.models import Timex
from eventwire.nlp.component import StageComponent
from eventwire.nlp.cues import default_cues
from eventwire.nlp.extensions import get_list, text_of
from eventwire.stages.time import normalize as nz
from eventwire.stages.time.detect import find_timexes

FUTURE_AUX = default_cues().words("future_modals")  # the factuality stage's own list
# tense_of returns "past" or "future": present-tense schedules count as future


def _verb_of(tok: Token) -> Token:
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


PROSPECTIVE_HEADS = {"be", "plan", "schedule", "expect", "set", "due", "intend", "aim",
                     "prepare"}


def _prospective_infinitive(verb: Token, lowers: set[str]) -> bool:
    """Class *prospective infinitive*: "an event to be held on October 12",
    "talks are to resume on Monday", "is scheduled to meet on Friday",
    "announced a congress to be held on …": a to-infinitive describing a
    noun, with its own subject, or after be/plan/schedule/expect looks ahead
    (never a perfect infinitive: "to have met")."""
    if "to" not in lowers or lowers & {"have", "'ve"}:
        return False
    head = verb.head
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return (verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN")) or (
        verb.dep_ in ("xcomp", "ccomp") and (own_subject or
                                             head.lemma_.lower() in PROSPECTIVE_HEADS))


def tense_of(tok: Token) -> str:
    verb = _verb_of(tok)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj":  # "will begin on Wednesday and end on Friday"
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or (verb.lower_ == "going" and any(
            c.lower_ == "to" for c in verb.children)) or _prospective_infinitive(verb, lowers):
        return "future"
    if any(a.tag_ == "MD" and a.lower_ not in ("could", "might") for a in auxes) and not (
            lowers & {"have"}):
        return "future"  # "would start in January": future seen from the report
    if verb.tag_ == "VBN" and lowers & {"is", "are", "am", "'s", "'re"}:
        return "future"  # "a decision is expected by December 15": a schedule
    if verb.tag_ in ("VBD", "VBN") or lowers & {"had", "has", "have"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        # "the conference opens on October 31", "the deadline is Thursday": a
        # present tense with a date is a schedule, i.e. the future
        return "future"
    return "past"


def _tense_lookup(doc: Doc) -> list[Token | None]:
    by_char: list[Token | None] = [None] * (len(text_of(doc)) + 1)
    for tok in doc:
        for c in range(tok.idx, tok.idx + len(tok.text)):
            by_char[c] = tok
    return by_char


def find_doc_timexes(doc: Doc) -> list[Timex]:
    by_char = _tense_lookup(doc)

    def tense_at(offset: int) -> str:
        tok = by_char[offset] if offset < len(by_char) else None
        return tense_of(tok) if tok is not None else "past"

    out = []
    masked = non_prose_spans(text_of(doc))
    for f in find_timexes(text_of(doc), doc._.published, tense_at):
        if any(a < f.end and f.start < b for a, b in masked):
            continue
        timex = Timex(start=f.start, end=f.end, text=text_of(doc)[f.start:f.end], type=f.type,
                      value=f.value or "", granularity=nz.granularity_of(f.value), rule=f.rule)
        if f.shift is not None:
            timex.rule = f"narrative:{f.shift[0]}:{f.shift[1]}"
            timex.granularity = f.shift[1]
        out.append(timex)
    return out


class TimexTagger(StageComponent, factory="eventwire_timex", requires=["token.dep", "token.tag"],
                  assigns=["doc._.timexes"]):
    def process(self, doc: Doc) -> None:
        timexes = get_list(doc, "timexes")
        timexes.extend(find_doc_timexes(doc))
        date_times(timexes, text_of(doc))
        resolve_narrative(timexes, text_of(doc))


def date_times(timexes: list[Timex], text: str) -> None:
    """"10:30 a.m. on Wednesday": the clock time takes the day next to it."""
    for t, nxt in zip(timexes, timexes[1:], strict=False):
        if t.type != "TIME" or "T" not in t.value or nxt.type != "DATE":
            continue
        gap = text[t.end:nxt.start].strip().lower()
        if gap in ("", "on", ",") and len(nxt.value) == 10 and nxt.value[:4].isdigit():
            t.value = nxt.value + t.value[t.value.index("T"):]


# A line that is a web address, or a run of text with a scheme or "www." in
# it, even when an extractor spaced out its punctuation ("2011 - 11 - 10/")
URL_LINE = re.compile(r"(?im)^[ \t]*(?:https?\s*:\s*//|www\s*\.).*$")
URL_TOKEN = re.compile(r"(?i)(?:https?://|www\.)\S+")


def non_prose_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges that are not prose (class: *URL and slug lines*): a
    date in a web address is the address's, not a date of the text's
    events ("http://…/2011 - 11 - 10/army-clashes", "www.x.org/2019/05/")."""
    return [(m.start(), m.end()) for rx in (URL_LINE, URL_TOKEN) for m in rx.finditer(text)]


RELATION_WORDS = ("after", "before")


def _calendar(t: Timex) -> str | None:
    """A dated expression's calendar value ("2022-05-04TEV" -> the day)."""
    if t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
        return None
    return t.value[:10] if "T" in t.value else t.value


def _relation_target(timexes: list[Timex], i: int, text: str) -> Timex | str | None:
    """What "N units after/before" measures from: the date right after it
    ("two days after January 3"), ``"relation"`` when an event follows ("a
    day after police broke up a rally"), None for "later/earlier" or a bare
    "after," (the previous date of the text)."""
    t = timexes[i]
    if t.text.lower().split()[-1] not in RELATION_WORDS:
        return None
    rest = text[t.end:t.end + 40]
    if not rest.strip() or not rest.lstrip()[0].isalnum():
        return None
    nxt = timexes[i + 1] if i + 1 < len(timexes) else None
    if nxt is not None and text[t.end:nxt.start].strip().lower() in ("", "the") \
            and _calendar(nxt):
        return nxt
    return "relation"


def resolve_narrative(timexes: list[Timex], text: str = "") -> None:
    """"two days later" takes the previous dated expression plus the shift
    (class: *narrative time line* — the text's own last date, not the
    publication date); "two days after January 3" takes January 3; "a day
    after <event>" becomes a relation: the DURATION "a day" (``relation:N:unit``)."""
    last_value: str | None = None
    last_index: int | None = None
    for i, t in enumerate(timexes):
        if t.rule.startswith("narrative:"):
            _, amount, unit = t.rule.split(":")
            target = _relation_target(timexes, i, text) if text else None
            if target == "relation":  # TimeML: the measure is a DURATION, "after" a signal
                t.rule, t.type, t.granularity = f"relation:{amount}:{unit}", "DURATION", "unknown"
                t.value = nz.duration(abs(int(amount)), unit)
                t.end = t.start + len(t.text.rsplit(None, 1)[0])
                t.text = t.text.rsplit(None, 1)[0]
                continue
            base, base_index = (_calendar(target), i + 1) if isinstance(target, Timex) else (
                last_value, last_index)
            shifted = nz.shift_value(base, int(amount), unit) if base else None
            if shifted:
                t.value = shifted
                t.granularity = nz.granularity_of(shifted)
                t.anchor_timex = base_index
            continue
        if _calendar(t):
            last_value, last_index = _calendar(t), i
