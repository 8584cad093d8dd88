"""Two cues of the date ranker that tie an event to a dated clause or a dated act (branch dates12).

The date ranker (:mod:`eventwire.stages.time.date_ranking`) sends to
``unknown`` two classes of events the gold dates (issue #12, the census of
``tools/date_ranker_census.py`` on rec_a..rec_l):

* **events hanging from a dated clause** — a participle, relative clause or
  reported complement whose sentence date sits on the verb that carries it
  ("Tokayev said on Friday ..., *rejecting* calls from abroad", "protesters
  who *defied* a ban" in "police used water cannon on Friday to break up
  thousands of protesters who defied a ban"). The date's head does not
  govern the trigger (no ``clause`` candidate), so nothing told the ranker
  how the two clauses are joined. :func:`clause_link` says it: where the
  verb the date attaches to lies against the trigger (above it, below it,
  elsewhere), through which dependency the trigger's branch joins that verb,
  how many hops, whether a clausal complement (a statement's content) or a
  relative clause is crossed, whether that verb is a speech verb.
* **narrative continuation** — an undated act right after an act the text
  dated ("Fighting broke out on April 12. Soldiers *stormed* the
  building", rule 2 of docs/annotation.md "Event dates: the four rules";
  "The ministry denied that officers *had beaten* anyone"), against a
  reaction of a third party after it ("Gunmen attacked the post on Monday.
  The governor *condemned* the attack", rule 1). :func:`episode_tie`
  describes the nearest earlier event dated by its own expression: how
  many sentences back, its kind of act, whether it is of the same kind or
  PLOVER type as this event, whether its date is the text's last date.

Both read only the parse and the events' rules' dates. The dated events of
a document are collected once, on the first call (before the ranker changes
any date), so the pipeline and ``tools/train_event_date.py dump`` (ranker
off) see the same cues.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, Timex
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import self_and_heads
from eventwire.stages.time.act_kinds import act_kind
from eventwire.stages.time.governing import timex_head, token_at
from eventwire.stages.time.undated_features import SPEECH_LEMMAS, sentence_index

MAX_UP = 8
CLAUSE_DEPS = {"advcl", "acl", "relcl", "ccomp", "xcomp", "conj", "pcomp", "parataxis"}
OWN_ANCHORS = {"explicit", "sentence", "speech"}
DATED_KEY = "eventwire.date_context_dated"
GAPS = ("0", "1", "2-3", "2-3", "4+")  # sentences back to the dated act


def date_verb(tok: Token) -> Token | None:
    """The verb a date expression's head attaches to (a few hops up)."""
    for cur in self_and_heads(tok, MAX_UP):
        if cur.pos_ in ("VERB", "AUX") and cur != tok:
            return cur
    return None


def _path_up(low: Token, high: Token) -> list[Token] | None:
    """The tokens from ``low`` up to (not including) its ancestor ``high``."""
    path: list[Token] = []
    cur = low
    for _ in range(3 * MAX_UP):
        if cur == high:
            return path
        if cur.head == cur:
            return None
        path.append(cur)
        cur = cur.head
    return None


def _bucket(name: str, value: int) -> str:
    return f"{name}<={value}" if value <= 4 else f"{name}>4"


def clause_link(doc: Doc, trigger: Token, near: Timex | None) -> dict[str, float]:
    """How the verb carrying the sentence's nearest date is joined to the trigger."""
    head = timex_head(doc, near) if near is not None else None
    verb = date_verb(head) if head is not None else None
    if verb is None:
        return {}
    out = {"dverb_speech": 1.0} if verb.lemma_.lower() in SPEECH_LEMMAS else {}
    if verb == trigger:
        out["dverb=trigger"] = 1.0
        return out
    up = _path_up(trigger, verb)
    if up is not None:  # the trigger's branch hangs from the dated verb
        out["dverb=above"] = 1.0
        out[f"dverb_join={up[-1].dep_}"] = 1.0
        out[_bucket("dverb_hops", len(up))] = 1.0
        deps = {t.dep_ for t in up}
        if "ccomp" in deps:
            out["dverb_over_ccomp"] = 1.0
        if deps & {"relcl", "acl"}:
            out["dverb_over_relcl"] = 1.0
        return out
    down = _path_up(verb, trigger)
    if down is not None:
        out["dverb=below"] = 1.0
        out[f"dverb_join={down[-1].dep_}"] = 1.0
        return out
    out["dverb=apart"] = 1.0
    return out


def _dated_events(doc: Doc) -> list[tuple[int, int, str, str, str | None]]:
    """(trigger offset, sentence index, act kind, type, value) of each event
    the rules dated by its own expression, in text order; once per doc."""
    cached = doc.user_data.get(DATED_KEY)
    if cached is not None:
        return list(cached)
    found = []
    for ev in get_list(doc, "events"):
        if ev.time is None or ev.time.anchor not in OWN_ANCHORS or ev.time.value is None:
            continue
        tok = token_at(doc, ev.trigger.start)
        if tok is not None:
            found.append((ev.trigger.start, sentence_index(doc, tok.i),
                          act_kind(ev), str(ev.type), ev.time.value))
    found.sort()
    doc.user_data[DATED_KEY] = found
    return list(found)


def episode_tie(doc: Doc, event: EventMention, trigger: Token,
                timeline: str | None) -> dict[str, float]:
    """The nearest earlier (or same-sentence) event dated by its own
    expression, against this event (see the module docstring)."""
    here = sentence_index(doc, trigger.i)
    before = [r for r in _dated_events(doc) if r[0] < event.trigger.start]
    if not before:
        return {"prev_dated=none": 1.0}
    _, sent, act, kind, value = before[-1]
    own = act_kind(event)
    gap = here - sent
    out = {f"prev_dated_gap={GAPS[min(gap, 4)]}": 1.0, f"prev_dated_act={act}": 1.0,
           f"prev_dated_pair={act}>{own}": 1.0}
    if kind == event.type:
        out["prev_dated_same_type"] = 1.0
    if value == timeline:
        out["prev_dated=timeline"] = 1.0
    return out
