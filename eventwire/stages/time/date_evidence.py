"""The event date as a choice among the candidates the rules produce (branch dates7).

For every event the anchoring rules (:mod:`eventwire.stages.time.anchoring`)
give one date, the ``current`` one. The same text offers a few others, each
a reading the guide (``docs/annotation.md``) allows:

* ``sentence`` — the dated expression of the trigger's own sentence nearest
  to the trigger (whatever the rules said about its attachment);
* ``timeline`` — the text's last calendar date before the sentence (the
  narrative anchor);
* ``publication`` — the publication day;
* ``unknown`` — no date.

:func:`features` describes the event, the rules' choice and how the
candidates relate to the trigger (the sentence expression's position,
distance and attachment, its tense relative to publication; the trigger's
tense, modality, quote and sentence position, from
:func:`eventwire.stages.time.undated.features`). A linear model (one weight
vector per choice, a dot product each) picks the choice; a choice the text
does not offer (no date in the sentence, none before it) is never picked.

The candidates and features are on the path since dates11: the ranker of
:mod:`eventwire.stages.time.date_ranking` reads them. dates7's per-candidate
chooser (one weight vector per choice) never beat the rules leave-one-set-out
on the real-outlet articles (docs/BENCHMARKS.md, "dates7"); its code on the
path was removed in dates14 (the experiment still runs in
``tools/train_event_date.py loso|nested|write``).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, Quote, TimeValue, Timex
from eventwire.nlp.extensions import text_of
from eventwire.nlp.sentences import sent_of
from eventwire.stages.time.date_context import clause_link, episode_tie
from eventwire.stages.time.governing import (
    governs,
    in_content,
    in_sentence,
    is_dated,
    modifies_other_noun,
    timex_head,
)
from eventwire.stages.time.undated_features import features as undated_features
from eventwire.stages.time.undated_features import timeline_timex

NON_SPACE = re.compile(r"\S")
CHOICES = ("current", "sentence", "clause", "timeline", "lead", "headline", "dateline",
           "publication", "pub_prev", "coarse", "unknown")
Candidate = tuple[str | None, str]  # (value, granularity); (None, "unknown") = no date


def calendar(t: Timex) -> Candidate | None:
    """(value, granularity) an expression gives an event: a clock time is
    cut to its day, "the weekend" to its ISO week (as the anchoring rules
    do), a non-calendar value gives nothing."""
    if t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
        return None
    value, gran = t.value, t.granularity
    if "T" in value:
        value, gran = value[:10], "day"
    if value.endswith("-WE"):
        value, gran = value[:-3], "week"
    return value, gran


def sentence_timex(doc: Doc, trigger: Token, timexes: list[Timex]) -> Timex | None:
    """The dated expression of the trigger's sentence nearest to it (not a
    dateline, not an undated "X" value)."""
    inside = [t for t in in_sentence(doc, sent_of(trigger), timexes)
              if is_dated(t) and calendar(t) is not None]
    if not inside:
        return None
    return min(inside, key=lambda t: (abs(t.start - trigger.idx), t.start))


def clause_timex(doc: Doc, trigger: Token, timexes: list[Timex]) -> Timex | None:
    """The dated expression nearest the trigger among those in its own clause:
    its head governs the trigger or hangs below it (not inside a content
    clause of the trigger: "said Monday that ..." vs "... that X happened")."""
    inside = []
    for t in in_sentence(doc, sent_of(trigger), timexes):
        head = timex_head(doc, t)
        if head is None or not is_dated(t) or calendar(t) is None:
            continue
        if governs(head, trigger) or (head in trigger.subtree
                                      and not in_content(head, trigger)):
            inside.append(t)
    return min(inside, key=lambda t: (abs(t.start - trigger.idx), t.start)) if inside else None


def _first_break(doc: Doc) -> int:
    """The title line's end, when a body follows it; else -1. Asked once
    per event: the search for the body's first character stops there
    (``text[cut:].strip()`` copied the whole article each time)."""
    text = text_of(doc)
    cut = text.find("\n")
    return cut if cut >= 0 and NON_SPACE.search(text, cut) is not None else -1


def headline_timex(doc: Doc, timexes: list[Timex]) -> Timex | None:
    """A calendar date of the title line (the first line, when a body follows)."""
    cut = _first_break(doc)
    return next((t for t in timexes if t.start < cut and is_dated(t)
                 and calendar(t) is not None), None)


def lead_timex(doc: Doc, timexes: list[Timex]) -> Timex | None:
    """The first calendar date of the body (the lead's date: the story's day)."""
    cut = _first_break(doc)
    return next((t for t in timexes if t.start > cut and is_dated(t)
                 and calendar(t) is not None), None)


def dateline_timex(timexes: list[Timex]) -> Timex | None:
    return next((t for t in timexes if t.rule == "dateline" and calendar(t) is not None), None)


def evidence(doc: Doc, trigger: Token, timexes: list[Timex], name: str) -> Timex | None:
    """The expression behind a text candidate (None for the others)."""
    if name == "sentence":
        return sentence_timex(doc, trigger, timexes)
    if name == "clause":
        return clause_timex(doc, trigger, timexes)
    if name == "timeline":
        return timeline_timex(doc, timexes, sent_of(trigger).start_char)
    if name == "lead":
        return lead_timex(doc, timexes)
    if name == "headline":
        return headline_timex(doc, timexes)
    return dateline_timex(timexes) if name == "dateline" else None


def _cal(t: Timex | None) -> Candidate | None:
    return calendar(t) if t is not None else None


def candidates(doc: Doc, trigger: Token, timexes: list[Timex], published: date,
               current: TimeValue) -> dict[str, Candidate | None]:
    """Each choice's date; None for a choice the text does not offer."""
    from datetime import timedelta
    near = sentence_timex(doc, trigger, timexes)
    prev = timeline_timex(doc, timexes, sent_of(trigger).start_char)
    value = current.value
    coarse = (value[:7], "month") if value and len(value) == 10 and value[4] == "-" else None
    return {"current": (value, current.granularity if value else "unknown"),
            "sentence": _cal(near),
            "clause": _cal(clause_timex(doc, trigger, timexes)),
            "timeline": _cal(prev),
            "lead": _cal(lead_timex(doc, timexes)),
            "headline": _cal(headline_timex(doc, timexes)),
            "dateline": _cal(dateline_timex(timexes)),
            "publication": (published.isoformat(), "day"),
            "pub_prev": ((published - timedelta(days=1)).isoformat(), "day"),
            "coarse": coarse,
            "unknown": (None, "unknown")}


def _bucket(name: str, value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"{name}<={edge}"
    return f"{name}>{edges[-1]}"


def _relative(value: str | None, published: date) -> str:
    """Where a date lies against publication: same day, within the news
    week, older, or ahead."""
    if value is None:
        return "none"
    pub = published.isoformat()
    if value == pub:
        return "pub"
    if value[:len(pub)] > pub:
        return "future"
    try:
        days = (published - date.fromisoformat(value)).days if len(value) == 10 else None
    except ValueError:
        days = None
    if days is not None and days <= 7:
        return "recent"
    return "old" if value[:4] < pub[:4] or days is not None else "coarse"


def _sentence_relation(doc: Doc, trigger: Token, near: Timex | None,
                       published: date) -> dict[str, float]:
    """How the sentence's nearest date relates to the trigger in the parse."""
    if near is None:
        return {"sent_date=none": 1.0}
    out = {"sent_date=before" if near.start < trigger.idx else "sent_date=after": 1.0,
           f"sent_date_rel={_relative((calendar(near) or (None, ''))[0], published)}": 1.0,
           f"sent_date_gran={near.granularity}": 1.0}
    head = timex_head(doc, near)
    if head is not None:
        out[_bucket("sent_date_dist", abs(head.i - trigger.i), (2, 5, 10, 20))] = 1.0
        if governs(head, trigger):
            out["sent_date_governs"] = 1.0
        if in_content(head, trigger):
            out["sent_date_in_content"] = 1.0
        if modifies_other_noun(head, trigger):
            out["sent_date_other_noun"] = 1.0
        if head in trigger.subtree:
            out["sent_date_below_trigger"] = 1.0
        elif trigger in head.subtree:
            out["sent_date_above_trigger"] = 1.0
    if near.rule.startswith("narrative"):
        out["sent_date_narrative"] = 1.0
    return out


DOC_KEY = "eventwire.date_decision_doc"


def _document(doc: Doc, timexes: list[Timex], published: date) -> dict[str, float]:
    """Article-level cues of breaking copy against a background piece: the
    first calendar date is the publication day or the day before ("today",
    "yesterday", a date line), a relative day word anywhere, the article's
    length in sentences (computed once per doc)."""
    cached = doc.user_data.get(DOC_KEY)
    if cached is not None:
        return dict(cached)
    cal = [c for c in (calendar(t) for t in timexes if is_dated(t)) if c is not None]
    out: dict[str, float] = {}
    if cal:
        first = cal[0][0] or ""
        out[f"doc_first_date={_relative(first, published)}"] = 1.0
    if any(t.text.lower() in ("today", "yesterday", "tonight", "last night") for t in timexes):
        out["doc_day_word"] = 1.0
    out[_bucket("doc_sents", len(doc.user_data.get("eventwire.sentence_starts") or
                                 [s.start for s in doc.sents]), (8, 16, 30))] = 1.0
    doc.user_data[DOC_KEY] = dict(out)
    return out


def features(doc: Doc, event: EventMention, trigger: Token, timexes: list[Timex],
             quotes: list[Quote], published: date, current: TimeValue,
             cands: dict[str, Candidate | None], source: str) -> dict[str, float]:
    """Sparse features of one event's date decision (names are the model's
    keys); ``source`` is ``rule`` when a rule of steps 1-5 of
    :mod:`anchoring` gave the date, ``fallback`` when the headline, episode
    or undated decision did."""
    out = undated_features(doc, event, trigger, timexes, quotes, published)
    out[f"anchor={current.anchor}"] = 1.0
    out[f"source={source}"] = 1.0
    out[f"source={source}&anchor={current.anchor}"] = 1.0
    out[f"current_rel={_relative(current.value, published)}"] = 1.0
    out[f"type={event.type}"] = 1.0
    out[_bucket("paragraph", text_of(doc).count("\n", 0, trigger.idx), (0, 1, 2, 4, 8))] = 1.0
    for name in ("sentence", "clause", "timeline", "lead", "headline", "dateline"):
        cand = cands[name]
        if cand is None:
            out[f"{name}=absent"] = 1.0
            continue
        out[f"{name}_gran={cand[1]}"] = 1.0
        out[f"{name}_rel={_relative(cand[0], published)}"] = 1.0
        if cand[0] == current.value:
            out[f"{name}=current"] = 1.0
    if cands["sentence"] is not None and cands["sentence"] == cands["timeline"]:
        out["sentence=timeline"] = 1.0
    near = sentence_timex(doc, trigger, timexes)
    out.update(_sentence_relation(doc, trigger, near, published))
    out.update(_document(doc, timexes, published))
    out.update(clause_link(doc, trigger, near))
    timeline = cands["timeline"]
    out.update(episode_tie(doc, event, trigger, timeline[0] if timeline else None))
    out.update({f"{k}&anchor={current.anchor}": v for k, v in list(out.items())
                if k.startswith(("sent_date=", "tag=", "modality=", "doc_first", "doc_day"))})
    return out
