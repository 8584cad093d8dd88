"""Is a detected trigger a real event? A learned filter over candidate events.

The trigger lexicon and the rule classes of ``nonevents.py`` /
``nonpolitical.py`` decide which words *can* be events; many of their false
positives are words whose event reading depends on the whole construction
(an event noun that is only a topic, a verb with no political side, a
repeated summary noun). This module scores each detected event with a
logistic regression over parse and role features (no topic words beyond the
trigger's own lemma):

* the trigger: lemma, part of speech, tag, dependency role, the lexicon's
  evidence kind and PLOVER type, whether it is a noun, inside a named entity;
* its governor: the head's lemma and part of speech for complement and
  modifier roles (perception and state verbs, nouns it modifies);
* its roles: whether an actor was resolved, the actor's kind, whether it is
  political, a pronoun, has a country; whether a recipient was resolved;
  whether the event is the content of another. Not the actor's sectors
  (branch events6): a refit once weighted ``actor_sector=LAB`` against
  events and dropped labour strikes, and without sectors the filter ties in
  5-fold and leave-one-set-out (docs/BENCHMARKS.md, "events6");
* its clause: subject present, passive, negation, modal; depth in the parse;
* its context: first sentence (headline), inside quotation marks, whether the
  sentence and the article name a political actor.

Weights are plain JSON (``eventwire/data/events/eventness.json``, built by
``tools/kfold_event_filter.py write`` from the record sets its ``about``
names; a refit that drops any event of ``eventness_guard.py``'s list is
refused), so scikit-learn is not needed at run time. The filter is chosen
against the rules by article-level k-fold on the gold records (docs/BENCHMARKS.md, "events3").
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention, EventMention
from eventwire.nlp.arrays import where_text
from eventwire.nlp.extensions import get_list
from eventwire.nlp.sentences import sent_of, sentence_chars, sentence_starts
from eventwire.nlp.spans import expand_root
from eventwire.paths import DATA_DIR
from eventwire.stages.events.issued_orders import kept_ordered_custody
from eventwire.stages.events.mention_lookup import children_of
from eventwire.stages.events.nonpolitical import POLITICAL_KINDS, POLITICAL_SECTORS
from eventwire.stages.events.recipient_options import plover_kept

MODEL_PATH = DATA_DIR / "events" / "eventness.json"
GOVERNED_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "acl", "advcl", "compound", "amod", "nsubj",
                 "nsubjpass", "relcl", "conj", "appos", "attr"}
QUOTES = {'"', "\u201c", "\u201d"}
# doc.user_data key of the (event, features) pairs filter_events scored, when recording
FEATURES_KEY = "eventwire.eventness_features"


def _political(actor: ActorMention) -> bool:
    return bool(set(actor.sectors) & POLITICAL_SECTORS) or actor.kind in POLITICAL_KINDS


def _actor_feats(prefix: str, actor: ActorMention | None) -> list[str]:
    if actor is None:
        return [f"{prefix}=none"]
    feats = [f"{prefix}=yes", f"{prefix}_kind={actor.kind}",
             f"{prefix}_political={_political(actor)}",
             f"{prefix}_country={actor.country is not None}",
             f"{prefix}_kb={actor.actor_id is not None}"]
    if actor.text.lower() in ("he", "she", "they", "it", "we", "i", "who", "which"):
        feats.append(f"{prefix}_pronoun")
    return feats


def _clause_feats(tok: Token) -> list[str]:
    kids = children_of(tok)  # the children table: a Token only where a tag is read (speed24)
    deps = {dep for dep, _, _ in kids}
    feats = [f"subj={bool(deps & {'nsubj', 'nsubjpass'})}",
             f"passive={'nsubjpass' in deps or 'auxpass' in deps}",
             f"obj={'dobj' in deps}", f"agent={'agent' in deps}"]
    if "neg" in deps:
        feats.append("neg")
    doc = tok.doc
    if any(dep == "aux" and doc[i].tag_ == "MD" for dep, i, _ in kids):
        feats.append("modal")
    subj = next((doc[i] for dep, i, _ in kids if dep in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        feats += [f"subj_pos={subj.pos_}", f"subj_ent={subj.ent_type_ or '-'}"]
    return feats


def _in_quotes(tok: Token, sent_start: int, quotes: list[int]) -> bool:
    """An odd number of quote marks between the sentence's start and ``tok``;
    ``quotes``: the doc's quote-mark positions (:class:`DocContext`), so no
    sentence is walked token by token per event."""
    before = bisect_left(quotes, tok.i) - bisect_left(quotes, sent_start)
    return before % 2 == 1


@dataclass(frozen=True)
class DocContext:
    """What the features need of the whole article, computed once per doc."""

    sent_index: dict[int, int]  # sentence start token -> sentence number
    political_sents: frozenset[int]  # sentences naming a political actor
    political_actors: int  # how many political actor mentions the article has
    quotes: list[int] = field(default_factory=list)  # positions of quote marks


def context_feats(tok: Token, ctx: DocContext) -> list[str]:
    """Where the token stands: first sentence, inside a quote, in a sentence
    with a political actor, how many political actors the article has (also
    read by tools/proposer_features.py, so the two describe context alike)."""
    sent_start = sent_of(tok).start
    sent_i = ctx.sent_index.get(sent_start, 0)
    return [f"first_sent={sent_i == 0}", f"quoted={_in_quotes(tok, sent_start, ctx.quotes)}",
            f"sent_political={sent_i in ctx.political_sents}",
            f"doc_political={min(ctx.political_actors, 3)}"]


def features(tok: Token, event: EventMention, ctx: DocContext) -> list[str]:
    """Feature strings of one detected event (its trigger's head ``tok``)."""
    lemma = tok.lemma_.lower()
    rule = (event.rules[0] if event.rules else "").split("+")
    feats = [f"lemma={lemma}", f"pos={tok.pos_}", f"tag={tok.tag_}", f"dep={tok.dep_}",
             f"type={event.type}", f"rule={rule[0]}", f"dep+pos={tok.dep_}:{tok.pos_}",
             f"type+dep={event.type}:{tok.dep_}", f"ent={tok.ent_type_ or '-'}",
             f"content_of={event.content_of is not None}",
             f"depth={min(event.depth, 4)}", f"multiword={len(event.trigger.text.split()) > 1}"]
    feats += [f"rule_extra={r}" for r in rule[1:]]
    if tok.dep_ in GOVERNED_DEPS and (head := tok.head).i != tok.i:  # one head Token (speed29)
        head_lemma = head.lemma_.lower()
        feats += [f"head_lemma={head_lemma}", f"head_pos={head.pos_}",
                  f"dep+head={tok.dep_}:{head_lemma}"]
    feats += _clause_feats(tok)
    # the rules' recipient, even one the recipient ranker left out (it was fitted on those)
    recipient = event.recipient or plover_kept(tok.doc, tok, True)
    feats += _actor_feats("actor", event.actor) + _actor_feats("recipient", recipient)
    return feats + context_feats(tok, ctx)


def doc_context(doc: Doc, actors: list[ActorMention]) -> DocContext:
    """Sentence numbers, the sentences naming a political actor, and how many
    political actor mentions the article has. The sentences come from the
    document's table (``sentences.sentence_starts``, their first characters
    from ``sentences.sentence_chars``), not a ``Span`` per sentence of ``doc.sents``
    (speed38: the same starts; a document without boundaries still raises
    through spaCy)."""
    first_tokens = sentence_starts(doc)
    if first_tokens is None:
        first_tokens = [s.start for s in doc.sents]
    starts = [first for first, _ in sentence_chars(doc)]
    political = [a for a in actors if _political(a)]
    named = {bisect_right(starts, a.start) - 1 for a in political}
    return DocContext({start: i for i, start in enumerate(first_tokens)}, frozenset(named),
                      len(political), where_text(doc, QUOTES))


def trigger_token(doc: Doc, event: EventMention) -> Token | None:
    """The root of the trigger's expand-aligned span, None where that span
    is None or empty (kept per trigger: ``spans.expand_root``, speed58)."""
    root, start, end = expand_root(doc, event.trigger.start, event.trigger.end)
    return doc[root] if end > start else None


class EventFilter:
    """Logistic regression weights: ``p = sigmoid(bias + sum w[f])``."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float) -> None:
        self.weights, self.bias, self.threshold = weights, bias, threshold

    def probability(self, feats: list[str]) -> float:
        # a list, not a generator: the same floats summed in the same order,
        # without a generator step per feature (~56k per 200 articles, speed26)
        z = self.bias + sum([self.weights.get(f, 0.0) for f in set(feats)])
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, feats: list[str]) -> bool:
        return self.probability(feats) >= self.threshold

    @classmethod
    def from_file(cls, path: Path) -> EventFilter:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return cls(raw["weights"], raw["bias"], raw["threshold"])


def filter_events(doc: Doc, events: list[EventMention], model: EventFilter | None,
                  record: bool = False) -> list[EventMention]:
    """The events ``model`` keeps (all of them when it is None). With
    ``record``, every scored event and its features are kept on the doc
    (:func:`recorded_features`). The filter's training dump and its guard
    read them from here, because the features computed after the whole
    component ran differ: the actor chooser and the resolver change the roles
    afterwards (events12 found ``actor_political`` flipped), so a refit was
    tuned on features it is not served (events13)."""
    ctx = doc_context(doc, get_list(doc, "actor_mentions"))
    kept: list[EventMention] = []
    seen: list[tuple[EventMention, list[str]]] = []
    for event in events:
        tok = trigger_token(doc, event)
        if tok is None:
            kept.append(event)
            continue
        feats = features(tok, event, ctx)
        if record:
            seen.append((event, feats))
        if model is None or model.keep(feats) or _class_kept(event) or \
                kept_ordered_custody(tok, event.type):
            kept.append(event)
    if record:
        doc.user_data[FEATURES_KEY] = seen
    return kept


# rule classes the filter was never fitted on and that name their whole
# construction: a public-health measure, aid given (``health_measures.py``), a
# contract awarded (``procurement.py``; both wiki15); a disturbance at its
# outbreak (``outbreak.py``, events16); a plea in court (``admissions.py``,
# types27: the filter, fitted on "plead" as a REQUEST, dropped "plead guilty"); a
# characterisation anchored on its noun label (``label_triggers.py``, events48:
# fitted on the verb, the filter read the quoted noun as a topic) and a quoted
# "this is X" judging an act (same module); warning shots (``warning_shots.py``,
# relabel51: fitted on "fire" as an ASSAULT, the filter dropped the THREATEN); a
# sentence served and a person in custody (``procedure_states.py``, events51: the
# filter, fitted with "serve" a non-event word and custody never a trigger, dropped
# "remain in custody"); a pursuit (``pursuits.py``, events51: "chase" no trigger before);
# a bodily assault (``bodily_assaults.py``, events52: "punch", "Taser" never triggers);
# a violent act's noun as the subject of a verb of occurrence (``occurred_acts.py``,
# events53: the filter reads "the murder", "the shots" as a re-told topic) and gunfire
# at a target ("came under fire from two boats", same module: "fire" never a trigger);
# a court proceeding named by its noun or a verb (``judicial.py``,
# ``court_proceedings.py``; missed57: the filter was fitted before relabel50 decided
# the proceeding nouns, when the records labelled a trial noun 35 times in 77, and on
# m88g it dropped 9 real "+trial" events, 8 of them gold's: "the next hearing", "in
# the trial of", "the trial is scheduled to resume"); a violent crime named as one
# act by a count of its victims, a name or a named victim (``named_crimes.py``,
# missed58: on m95 it dropped "a Christmas party shooting", multiword=False); a
# force stopping a person or a vehicle (``police_stops.py``, missed58: "stop" was
# no trigger of its own before, as "chase" in events51); a violent act a charge
# names by its verb with its victim (``named_crimes.charged_act``, missed58: the
# filter's "kill" dropped "accused of killing his mother"); a guilty verdict or a
# sentence given named by its noun (``court_outcome_nouns.py``, missed59); a headline's
# "Shot" after its victim (``headlines.HEADLINE_PARTICIPLES``, missed59); an apology
# given or written named by its noun (``apology_nouns.py``, real66); a
# hyphenated crowd-control verb ("tear-gassed", ``hyphen_force.py``, missed66: the
# parser reads its first part as a noun, so the filter sees a noun's features)
CLASS_KEPT = ("+measure", "+aid-given", "+contract", "+outbreak", "+plea", "+noun-label",
              "+pointed-label", "+warning-shot", "+served", "+custody-state", "+pursuit",
              "+bodily-assault", "+occurred-act", "+under-fire", "+trial",
              "+charges-brought", "+booked", "+crime-named",
              "+police-stop", "+charged-act", "+court-outcome", "+participle", "+apology",
              "+hyphen-force")


def _class_kept(event: EventMention) -> bool:
    return any(r.endswith(CLASS_KEPT) for r in event.rules)


def recorded_features(doc: Doc) -> list[tuple[EventMention, list[str]]]:
    """The (event, features) pairs :func:`filter_events` scored on ``doc``, in
    order, when the events component ran with ``record_features``; the event
    objects are those on ``doc._.events`` (their roles may have changed
    since, their features did not)."""
    pairs: list[tuple[EventMention, list[str]]] = doc.user_data.get(FEATURES_KEY, [])
    return pairs


@lru_cache(maxsize=1)
def load_filter() -> EventFilter | None:
    """The shipped filter, or None when no weights file is built."""
    return EventFilter.from_file(MODEL_PATH) if MODEL_PATH.exists() else None
