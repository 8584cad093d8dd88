"""The ``eventwire_timex`` component: TIMEX3 expressions on ``doc._.timexes``.

Tense comes from the parse: the verb that governs the expression (walking
up the dependency tree) is future when it has a "will/shall/'ll" or "going
to" auxiliary or is a bare verb after a modal; past when tagged VBD/VBN or
with a "have/had" auxiliary; otherwise past (news reports past events).
Narrative expressions ("two days later") are resolved by the anchoring
component against the previous dated expression.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.models import Timex
from eventwire.nlp.extensions import get_list, register_extensions, text_of
from eventwire.stages.time import normalize as nz
from eventwire.stages.time.detect import find_timexes

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# tense_of returns "past" or "future": present-tense schedules count as future


def _verb_of(tok: Token) -> Token:
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def tense_of(tok: Token) -> str:
    verb = _verb_of(tok)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj":  # "will begin on Wednesday and end on Friday"
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or (verb.lower_ == "going" and any(
            c.lower_ == "to" for c in verb.children)):
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
    for f in find_timexes(text_of(doc), doc._.published, tense_at):
        timex = Timex(start=f.start, end=f.end, text=text_of(doc)[f.start:f.end], type=f.type,
                      value=f.value or "", granularity=nz.granularity_of(f.value), rule=f.rule)
        if f.shift is not None:
            timex.rule = f"narrative:{f.shift[0]}:{f.shift[1]}"
            timex.granularity = f.shift[1]
        out.append(timex)
    return out


@Language.factory("eventwire_timex", requires=["token.dep", "token.tag"],
                  assigns=["doc._.timexes"])
def make_timex(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger()


class TimexTagger:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        timexes = get_list(doc, "timexes")
        timexes.extend(find_doc_timexes(doc))
        resolve_narrative(timexes)
        date_times(timexes, text_of(doc))
        return doc


def date_times(timexes: list[Timex], text: str) -> None:
    """"10:30 a.m. on Wednesday": the clock time takes the day next to it."""
    for t, nxt in zip(timexes, timexes[1:], strict=False):
        if t.type != "TIME" or "T" not in t.value or nxt.type != "DATE":
            continue
        gap = text[t.end:nxt.start].strip().lower()
        if gap in ("", "on", ",") and len(nxt.value) == 10 and nxt.value[:4].isdigit():
            t.value = nxt.value + t.value[t.value.index("T"):]


def resolve_narrative(timexes: list[Timex]) -> None:
    """"two days later" takes the previous dated expression plus the shift."""
    last_value: str | None = None
    last_index: int | None = None
    for i, t in enumerate(timexes):
        if t.rule.startswith("narrative:"):
            _, amount, unit = t.rule.split(":")
            if last_value:
                shifted = nz.shift_value(last_value, int(amount), unit)
                if shifted:
                    t.value = shifted
                    t.granularity = nz.granularity_of(shifted)
                    t.anchor_timex = last_index
            continue
        if t.type == "DATE" and t.value and t.value[:1].isdigit():
            last_value, last_index = t.value, i
