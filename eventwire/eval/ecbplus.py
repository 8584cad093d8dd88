"""``eventwire eval ecbplus``: cross-document event coreference on ECB+
(CC BY 3.0), scored with MUC, B³, CEAF-e and their mean, the CoNLL F1.

Setting (documented decision, the common one in the literature):
* gold mentions: the system gets each event mention's span and decides which
  mentions refer to the same real-world event; cluster ids, mention types
  (``ACTION_*``) and entity mentions are removed before it runs;
* gold topics: documents are grouped by their ECB+ ``topic`` (the corpus is
  collected by topic); the *subtopic* — the hard part of ECB+, two similar
  events of the same kind, e.g. two earthquakes — is removed, and eventwire's
  story clustering must find it;
* only mentions in sentences validated by the annotators are scored
  (``in_validated_sentence``), as Cybulska & Vossen (2015) recommend.

Metrics are reported on the official ``train`` topics (where the story
threshold was chosen) and the ``dev`` topics (held out), beside two
baselines: every mention alone, and one cluster per trigger lemma per topic
(the lemma each prediction record carries).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.corpus import embed as embedding
from eventwire.corpus import embed_tuned, pairwise
from eventwire.corpus.arg_agreement import (
    argument_vector,
    argument_words,
    gazetteer_lookup,
    place_points,
)
from eventwire.corpus.crossdoc import GoldMention, cluster_topics
from eventwire.corpus.dedup import Document, story_words
from eventwire.corpus.mention_args import Arguments, arguments
from eventwire.eval.coref import score_all
from eventwire.models import Article

NAME = "ecbplus"
DEFAULT_PATH = "ecbplus/dev.jsonl"
STRIP_FIELDS = ("entity_mentions", "subtopic", "entities", "instances", "relations")
COMPONENTS: tuple[str, ...] = ()  # lemmas from bare spaCy are all it reads
MENTION_LABELS = ("cluster_id", "cluster_descriptor", "type", "cross_doc_id", "event_id")
SPLITS = ("train", "dev")


def strip_record(record: dict[str, Any]) -> dict[str, Any]:
    record = from_meantime(record)
    mentions = [{k: v for k, v in m.items() if k not in MENTION_LABELS}
                for m in record.get("event_mentions", [])]
    return {**record, "event_mentions": mentions}


def has_labels(records: Sequence[dict[str, Any]]) -> bool:
    return any("cluster_id" in m or "cross_doc_id" in m for r in records
               for m in r.get("event_mentions", r.get("events", [])))


def _key(doc_id: Any, mention: dict[str, Any]) -> str:
    return f"{doc_id}:{mention['id']}"


def from_meantime(record: dict[str, Any]) -> dict[str, Any]:
    """A MEANTIME record as an ECB+ one: the corpus is the topic, mentions
    with a ``cross_doc_id`` are the event mentions (its id is the cluster)."""
    if "event_mentions" in record or "events" not in record:
        return record
    mentions = [{"id": e["id"], "start": e["start"], "end": e["end"], "text": e["text"],
                 "in_validated_sentence": e.get("cross_doc_id") is not None,
                 **({"cluster_id": e["cross_doc_id"]} if e.get("cross_doc_id") else {})}
                for e in record["events"]]
    return {"doc_id": record["doc_id"], "topic": record.get("corpus", ""),
            "text": record["text"], "event_mentions": mentions}


@dataclass
class Prepared:
    """Parsed and embedded mentions of a corpus (what clustering needs)."""

    docs: list[Document]
    mentions: list[GoldMention]
    gold: dict[str, str] = field(default_factory=dict)
    split: dict[str, str] = field(default_factory=dict)
    scored: list[str] = field(default_factory=list)

    def by_topic(self, split: str) -> dict[str, tuple[list[Document], list[GoldMention]]]:
        group_of = {d.doc_id: d.group for d in self.docs}
        out: dict[str, tuple[list[Document], list[GoldMention]]] = defaultdict(
            lambda: ([], []))
        for d in self.docs:
            out[d.group][0].append(d)
        for m in self.mentions:
            if self.split.get(m.key) == split:
                out[group_of[m.doc_id]][1].append(m)
        return {g: v for g, v in out.items() if v[1]}


def _parse(records: Sequence[dict[str, Any]], pipeline: Any
           ) -> tuple[list[GoldMention], list[embedding.Item]]:
    """Lemma of each mention's head and its sentence (one parse per doc)."""
    arts = [Article(text=r["text"], id=str(r["doc_id"])) for r in records]
    mentions, items = [], []
    for record, (_art, doc, _reject) in zip(records, pipeline.docs(arts), strict=True):
        for m in record.get("event_mentions", []):
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand") \
                if doc is not None else None
            lemma = span.root.lemma_ if span is not None else m.get("text", "")
            s0, s1 = (span.sent.start_char, span.sent.end_char) if span is not None \
                else (m["start"], m["end"])
            args = arguments(span) if span is not None else Arguments()
            mentions.append(GoldMention(_key(record["doc_id"], m), str(record["doc_id"]),
                                        lemma.lower(), args=args,
                                        sentence=s0 if span is not None else -1))
            items.append(embedding.Item(record["text"][s0:s1], m["start"] - s0, m["end"] - s0))
    return mentions, items


def add_word_vectors(mentions: Sequence[GoldMention]) -> None:
    """Each mention's trigger lemma read alone, its argument vector and its
    resolved places (:mod:`eventwire.corpus.arg_agreement`): one encoding
    of the distinct lemmas, one of the distinct argument words (apart, so
    the lemma vectors stay those the shipped model was fitted on). Also
    fills a cache prepared before branch dedup18, which lacks the last two."""
    lemma_vecs = embedding.encode_words([m.lemma for m in mentions])
    arg_vecs = embedding.encode_words([w for m in mentions for w in argument_words(m.args)])
    lookup = gazetteer_lookup()
    for m in mentions:
        m.lemma_vec = lemma_vecs[m.lemma]
        m.arg_vec = argument_vector(argument_words(m.args), arg_vecs)
        m.points = place_points(m.args.places, lookup)


def prepare(records: Sequence[dict[str, Any]], embed: bool, pipeline: Any = None) -> Prepared:
    if pipeline is None:
        from eventwire.nlp.pipeline import Pipeline

        pipeline = Pipeline(components=COMPONENTS)
    records = [from_meantime(r) for r in records]
    mentions, items = _parse(records, pipeline)
    if embed:
        for m, (tv, sv) in zip(mentions, embedding.encode(items), strict=True):
            m.trigger_vec, m.sentence_vec = tv, sv
        if embed_tuned.available():
            for m, vec in zip(mentions, embed_tuned.encode(items), strict=True):
                m.tuned_vec = vec
        add_word_vectors(mentions)
    docs = [Document(str(r["doc_id"]), tuple(story_words(r["text"])),
                     group=str(r.get("topic", ""))) for r in records]
    prep = Prepared(docs, mentions)
    for r in records:
        for m in r.get("event_mentions", []):
            key = _key(r["doc_id"], m)
            prep.split[key] = str(r.get("official_split", "all"))
            if "cluster_id" in m:
                prep.gold[key] = str(m["cluster_id"])
                if m.get("in_validated_sentence", True):
                    prep.scored.append(key)
    return prep


def predict(records: Sequence[dict[str, Any]], pipeline: Any) -> list[dict[str, Any]]:
    use_embeddings = embedding.available()
    records = [from_meantime(r) for r in records]
    prep = prepare(records, use_embeddings, pipeline)
    lemmas = {m.key: m.lemma for m in prep.mentions}
    model = pairwise.load("embeddings" if use_embeddings else "lexical")
    clusters = cluster_topics(prep.mentions, prep.docs, model, model.threshold("ecbplus"))
    return [{"doc_id": r["doc_id"],
             "event_mentions": [{"id": m["id"], "start": m["start"], "end": m["end"],
                                 "cluster_id": clusters[_key(r["doc_id"], m)],
                                 "lemma": lemmas[_key(r["doc_id"], m)]}
                                for m in r.get("event_mentions", [])]}
            for r in records]


def _scored(gold: Sequence[dict[str, Any]], split: str | None) -> list[tuple[Any, dict[str, Any]]]:
    return [(r, m) for r in gold if split is None or r.get("official_split") == split
            for m in r.get("event_mentions", []) if m.get("in_validated_sentence", True)]


def _clusters(pairs: list[tuple[Any, dict[str, Any]]],
              assign: Callable[[Any, dict[str, Any]], str]) -> dict[str, str]:
    return {_key(r["doc_id"], m): assign(r, m) for r, m in pairs}


def score(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
          ) -> dict[str, Any]:
    gold = [from_meantime(r) for r in gold]
    pred = {_key(p["doc_id"], m): m["cluster_id"] for p in predictions
            for m in p["event_mentions"]}
    lemmas = {_key(p["doc_id"], m): str(m.get("lemma") or m.get("text", "")).lower()
              for p in predictions for m in p["event_mentions"]}
    splits: list[str | None] = [s for s in SPLITS
                                if any(r.get("official_split") == s for r in gold)]
    out: dict[str, Any] = {}
    for split in [*splits, None] if len(splits) > 1 else [None]:
        pairs = _scored(gold, split)
        truth = _clusters(pairs, lambda r, m: str(m["cluster_id"]))
        system = {k: pred.get(k, "missing:" + k) for k in truth}
        lemma = _clusters(pairs, lambda r, m: f"{r.get('topic')}:{lemmas[_key(r['doc_id'], m)]}")
        alone = {k: k for k in truth}
        out[split or "all"] = {"n_mentions": len(truth), "eventwire": score_all(truth, system),
                               "same_lemma_per_topic": score_all(truth, lemma),
                               "singletons": score_all(truth, alone)}
    return out


def render(metrics: dict[str, Any]) -> str:
    lines = [f"{'split':7}{'system':22}{'MUC':>7}{'B3':>7}{'CEAF-e':>8}{'CoNLL':>7}"]
    for split, m in metrics.items():
        for system in ("eventwire", "same_lemma_per_topic", "singletons"):
            s = m[system]
            lines.append(f"{split:7}{system:22}{s['muc']['f1']:7.3f}{s['b3']['f1']:7.3f}"
                         f"{s['ceaf_e']['f1']:8.3f}{s['conll']['f1']:7.3f}")
        lines.append(f"{'':7}({m['n_mentions']} mentions in validated sentences)")
    return "\n".join(lines)
