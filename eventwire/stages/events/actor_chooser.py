"""Which mention is the actor: a learned chooser among the candidates the
parse offers (issue #12, actors11).

Why: the rules (``roles.roles_for``) pick one actor span by construction;
when they pick the wrong mention, miss one, or name one where the gold
says none (passive agents, headline subjects, the speaker of a reported
act, role nouns), nothing learned can overrule them. This module lists
the candidates -- the rules' actor, the trigger's syntactic subject, the
``by`` agent, the subject of the verb the trigger hangs from, the speaker
of the reporting verb above it, the nearest actor mention before the
trigger, the sentence's first actor mention, and "none" -- describes each
by what the rules know, and scores them with a logistic regression fitted
by ``tools/train_actor_chooser.py`` (weights in
``eventwire/data/events/actor_chooser.json``).

**Off by default** (actors12): the weights file says ``"enabled": false``
because the chooser's leave-one-set-out gain was within noise (+0.3
points pooled over rec_a..rec_l, the article bootstrap's 95% interval
including zero) and nil once the codes of the right mention were fixed
(tools/tune_actor_chooser.py); ``train_actor_chooser.py fit --write --on``
switches it on again.

The decision is guarded like the recipient ranker's: the chooser may only
overrule the rules in the decision classes (:func:`decision_class`) that
the weights file lists as helping in leave-one-set-out; everywhere else
the rules' actor stays. Without a weights file the rules alone decide.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention, EventMention
from eventwire.nlp.arrays import sentence_ids
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import head_token, heads_above
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import child, is_actor
from eventwire.stages.events.participants import actor_mention

CHOOSER_PATH = DATA_DIR / "events" / "actor_chooser.json"
# set by tools/train_actor_chooser.py to record the candidates of every trigger
OBSERVER: list[Callable[..., None]] = []
SPEECH_LEMMAS = {"say", "tell", "report", "announce", "claim", "state", "add", "confirm",
                 "deny", "warn", "allege", "insist", "explain", "note", "accuse", "quote"}
Candidate = tuple[frozenset[str], ActorMention]
# doc.user_data keys: the actor-like mentions' heads; token index -> its actor mention
HEADS_KEY = "eventwire_chooser_heads"
SENT_KEY = "eventwire_chooser_sents"
MENTION_KEY = "eventwire_chooser_mentions"


def _governing_subject(trigger: Token) -> Token | None:
    """The subject of the nearest verb above the trigger (control, reported
    speech, a noun trigger's verb: "launched an attack")."""
    for cur in heads_above(trigger, 4):
        if cur.pos_ in ("VERB", "AUX"):
            return child(cur, {"nsubj"})
    return None


def _speaker(trigger: Token) -> Token | None:
    """The subject of the nearest speech verb above the trigger."""
    return next((child(a, {"nsubj"}) for a in trigger.ancestors
                 if a.lemma_.lower() in SPEECH_LEMMAS and child(a, {"nsubj"}) is not None), None)


def _agent(trigger: Token) -> Token | None:
    return next((g for c in trigger.children
                 if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                 for g in c.children if g.dep_ == "pobj"), None)


def _actor_heads(doc: Doc) -> tuple[list[int], list[Token]]:
    """Start characters and head tokens of the doc's actor-like mentions,
    in text order; built once per doc."""
    heads: tuple[list[int], list[Token]] | None = doc.user_data.get(HEADS_KEY)
    if heads is None:
        heads = ([], [])
        for m in get_list(doc, "actor_mentions"):
            head = head_token(doc, m) if is_actor(m) else None
            if head is not None:
                heads[0].append(m.start)
                heads[1].append(head)
        doc.user_data[HEADS_KEY] = heads
    return heads


def _sent_ids(doc: Doc) -> list[int]:
    """The sentence number of every token, built once per doc."""
    ids: list[int] | None = doc.user_data.get(SENT_KEY)
    if ids is None:
        ids = doc.user_data[SENT_KEY] = sentence_ids(doc)
    return ids


def _mention_tokens(doc: Doc, trigger: Token) -> dict[str, Token]:
    """Actor-like mentions near the trigger: the nearest before it in its
    sentence or the one before, and the first of its sentence."""
    sent = trigger.sent
    lo = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    starts, heads = _actor_heads(doc)
    out: dict[str, Token] = {}
    k = bisect_left(starts, trigger.idx) - 1
    if k >= 0 and starts[k] >= lo:
        out["prev"] = heads[k]
    k = bisect_left(starts, sent.start_char)
    if k < len(heads) and starts[k] < sent.end_char:
        out["first"] = heads[k]
    return out


def candidate_tokens(doc: Doc, trigger: Token) -> dict[str, Token]:
    """Source name -> the token it proposes (sources that find nothing are left out)."""
    found: dict[str, Token | None] = {
        "subj": child(trigger, {"nsubj"}), "agent": _agent(trigger),
        "gov_subj": _governing_subject(trigger), "speaker": _speaker(trigger)}
    out = {k: t for k, t in found.items() if t is not None and t != trigger}
    out.update(_mention_tokens(doc, trigger))
    return out


def candidates(doc: Doc, trigger: Token, rule: ActorMention | None,
               finish: Callable[[ActorMention | None], ActorMention | None]) -> list[Candidate]:
    """The distinct actor spans on offer, each with every source naming it;
    the rules' actor (source ``rule``) first. ``finish`` applies what the
    rules do to their actor (the story's country, a state's military)."""
    spans: dict[tuple[int, int], tuple[set[str], ActorMention]] = {}
    if rule is not None:
        spans[(rule.start, rule.end)] = ({"rule"}, rule)
    cache: dict[int, ActorMention | None] = doc.user_data.setdefault(MENTION_KEY, {})
    for source, tok in candidate_tokens(doc, trigger).items():
        if tok.i not in cache:  # "prev" and "first" recur over a sentence's triggers
            cache[tok.i] = actor_mention(doc, tok)
        m = finish(cache[tok.i])
        if m is None:
            continue
        key = (m.start, m.end)
        if key not in spans:
            spans[key] = (set(), m)
        spans[key][0].add(source)
    return [(frozenset(srcs), m) for srcs, m in spans.values()]


def _kind(m: ActorMention | None) -> str:
    if m is None:
        return "none"
    if m.rule.startswith("pronoun") or m.text.lower() in ("he", "she", "it", "they", "we"):
        return "pron"
    return "named" if m.actor_id else "coded" if m.country else "bare"


def _trigger_context(trigger: Token) -> list[str]:
    """What the clause of the trigger looks like (passive, relative, headline)."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
    relcl = trigger.dep_ in ("relcl", "acl") or any(a.dep_ == "relcl" for a in trigger.ancestors)
    return [f"passive={passive}", f"tdep={trigger.dep_}", f"relcl={relcl}",
            f"lead={trigger.sent.start == 0}"]


def _mention_features(doc: Doc, trigger: Token, m: ActorMention) -> list[str]:
    head = head_token(doc, m)
    out = [f"mrule={m.rule.split('+')[0]}", f"kind={m.kind}", f"country={bool(m.country)}",
           f"sector={bool(m.sectors)}"]
    if head is not None:
        where = "before" if head.i < trigger.i else "after"
        sents = _sent_ids(doc)
        out += [f"dep={head.dep_}", f"pos={head.pos_}",
                f"where={where}&{sents[head.i] == sents[trigger.i]}",
                f"dist={min(abs(head.i - trigger.i) // 4, 5)}"]
    return out


def features(doc: Doc, trigger: Token, kind: str | None, nominal: bool,
             rule: ActorMention | None, cand: Candidate | None,
             rule_srcs: frozenset[str] = frozenset(), ctx: list[str] | None = None
             ) -> list[str]:
    """What the rules know of one candidate (``None``: no actor; it is
    described by the rules' actor it would replace and the trigger's clause).
    ``ctx``: :func:`_trigger_context`, computed once per trigger."""
    rk = _kind(rule)
    ctx = _trigger_context(trigger) if ctx is None else ctx
    if cand is None:
        out = ["none", f"none&type={kind}", f"none&rule={rk}", f"none&nominal={nominal}"]
        out += [f"none&{f}" for f in ctx]
        out += [f"none&rsrc={s}" for s in sorted(rule_srcs - {"rule"})]
        if rule is not None:
            out += [f"none&r{f}" for f in _mention_features(doc, trigger, rule)]
        return out
    srcs, m = cand
    mk = _kind(m)
    src = sorted(srcs)
    out = [f"src={s}" for s in src] + [f"src&type={s}&{kind}" for s in src]
    out += [f"src&rule={s}&{rk}" for s in src] + [f"src&{f}={s}" for s in src for f in ctx]
    out += [f"mkind={mk}", f"mkind&type={mk}&{kind}", f"nsrc={min(len(srcs), 3)}",
            f"rule&nominal={'rule' in srcs}&{nominal}"]
    return out + _mention_features(doc, trigger, m)


def protected(doc: Doc, trigger: Token, rule: ActorMention | None) -> bool:
    """Class *the act's own doer stays* (the record guide's classes the
    rules were written for): the rules' actor is a ``by`` agent anywhere in
    the clause ("attacked with stones by riot police", "the bombing was
    carried out by the Islamic State", "strikes led by unions"), a word of
    the trigger ("Palestinian riots"), the noun a participle trigger hangs
    on ("farmers protesting"), or the subject (through "thousands of") of
    the trigger or of a verb at most three steps above it ("was ordered to
    withdraw", "ordered the arrest", "placed the editor under arrest",
    "thousands of farmers are scheduled to march"). The chooser learns "none"
    mostly from background mentions; it may only drop the others."""
    head = None if rule is None else head_token(doc, rule)
    if head is None:
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "by" or head.head == trigger:
        return True
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head != head.head:
        head = head.head.head  # "thousands of farmers", "dozens of police"
    if trigger.dep_ in ("acl", "relcl") and trigger.head == head:
        return True
    above = [trigger, *list(trigger.ancestors)[:3]]
    return head.dep_ in ("nsubj", "nsubjpass") and head.head in above


def decision_class(rule: ActorMention | None, chosen: Candidate | None) -> str:
    """The guard's unit: what the rules had and where the chooser's pick
    comes from (``keep`` when it agrees with the rules)."""
    rk = _kind(rule)
    if chosen is None:
        return "keep" if rule is None else f"drop:{rk}"
    srcs, _ = chosen
    if "rule" in srcs:
        return "keep"
    src = next(s for s in ("agent", "subj", "gov_subj", "speaker", "prev", "first") if s in srcs)
    return f"{'fill' if rule is None else 'replace'}:{src}"


@lru_cache(maxsize=1)
def _model() -> dict[str, Any] | None:
    """The packaged chooser, or ``None`` (the rules alone) when there is no
    weights file or the file says ``"enabled": false`` -- switched off by
    default since actors12: with the country/sector classes of that branch
    its leave-one-set-out gain over rec_a..rec_l was nil (BENCHMARKS
    "actors12"); the weights stay for ``train_actor_chooser.py`` to refit."""
    if not CHOOSER_PATH.exists():
        return None
    model = dict(json.loads(CHOOSER_PATH.read_text(encoding="utf-8")))
    return model if model.get("enabled", True) else None


def score(weights: dict[str, float], feats: list[str]) -> float:
    return weights.get("__bias__", 0.0) + sum(weights.get(f, 0.0) for f in feats)


def best(weights: dict[str, float], feats: list[list[str]]) -> int:
    """Index of the best-scoring option (0 = none); ties keep the earlier."""
    scores = [score(weights, f) for f in feats]
    return max(range(len(scores)), key=lambda i: scores[i])


def choose_actor(doc: Doc, trigger: Token, kind: str | None, nominal: bool,
                 rule: ActorMention | None,
                 finish: Callable[[ActorMention | None], ActorMention | None]
                 ) -> ActorMention | None:
    """The rules' actor, unless the packaged chooser picks another option
    and its decision class is one the weights file allows."""
    model = _model()
    if model is None and not OBSERVER:
        return rule
    cands = candidates(doc, trigger, rule, finish)
    opts: list[Candidate | None] = [None, *cands]
    rule_srcs = cands[0][0] if rule is not None and cands else frozenset()
    ctx = _trigger_context(trigger)
    feats = [features(doc, trigger, kind, nominal, rule, c, rule_srcs, ctx) for c in opts]
    guard = protected(doc, trigger, rule)
    for observe in OBSERVER:
        observe(doc, trigger, kind, rule, opts, feats, guard)
    if model is None:
        return rule
    pick = opts[best(model["weights"], feats)]
    if decision_class(rule, pick) not in set(model["allowed"]) or guard and pick is None:
        return rule
    return None if pick is None else pick[1]


# doc.user_data key: trigger offset -> (the rules' actor, the chooser's)
CHOICE_KEY = "eventwire_actor_choice"


def store_choice(doc: Doc, trigger: Token, rule: ActorMention | None,
                 chosen: ActorMention | None) -> None:
    """Keep the chooser's pick for :func:`apply_choices`; the events stage's
    own checks (confidence, business acts, riots, recipients, eventness --
    fitted on the rules' actor) go on with the rules' actor."""
    store: dict[int, tuple[ActorMention | None, ActorMention | None]] = \
        doc.user_data.setdefault(CHOICE_KEY, {})
    if chosen is rule:
        store.pop(trigger.idx, None)
    else:
        store[trigger.idx] = (rule, chosen)


def _span(m: ActorMention | None) -> tuple[int, int] | None:
    return None if m is None else (m.start, m.end)


def apply_choices(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """Put the chooser's actor on the events whose actor is still the
    rules' (a reciprocal swap or a merged trigger keeps what it has), unless
    it is the event's recipient. Returns a copy of each changed event with
    the rules' actor, for PLOVER's view (:func:`keep_plover_sources`)."""
    store = doc.user_data.get(CHOICE_KEY, {})
    shadows = []
    for e in events:
        rule, chosen = store.get(e.trigger.start, (None, None))
        if (rule, chosen) == (None, None) or _span(e.actor) != _span(rule):
            continue
        rec = e.recipient
        if chosen is not None and rec is not None and \
                chosen.start < rec.end and rec.start < chosen.end:
            continue
        shadows.append(replace(e))
        e.actor = chosen
    return shadows


# doc.user_data key: trigger offset -> the rules' actor PLOVER's view codes
PLOVER_SOURCE_KEY = "eventwire_plover_source"


def keep_plover_sources(doc: Doc, shadows: list[EventMention]) -> None:
    """Class *PLOVER codes a source where the record guide has none*: the
    PLOVER GSR names a source for nearly every event, the record guide
    leaves out an actor the text does not make the doer; the chooser
    learns the guide's "none", so PLOVER's view (``eval actors``) keeps
    the rules' actor (after the resolver) of the events it changed."""
    doc.user_data[PLOVER_SOURCE_KEY] = {s.trigger.start: s.actor for s in shadows}


def plover_source(doc: Doc, event: EventMention) -> ActorMention | None:
    """PLOVER's source of an event: the sayer of a demand told as "Y must
    Z" (``plover_demands``), else the rules' actor where the chooser
    dropped it, else the event's actor (a filled one included)."""
    from eventwire.stages.events.plover_demands import demanding_source

    sayer = demanding_source(doc, event)
    if sayer is not None:
        return sayer
    kept = doc.user_data.get(PLOVER_SOURCE_KEY, {}).get(event.trigger.start)
    return kept if kept is not None else event.actor
