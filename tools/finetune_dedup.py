"""Fine-tune MiniLM's last layer as an event-identity encoder
(eventwire/data/dedup/minilm_tuned_top.npz) on the ECB+ *train* topics.

    PYTHONPATH=. python tools/finetune_dedup.py ../shared/data/ecbplus/dev.jsonl \
        --vectors /tmp/tuned_vectors.npz

A mention is its trigger read in its sentence (:mod:`eventwire.corpus.
embed_tuned`); a step takes up to ``--batch`` mentions of one topic (the
hard negatives: same kind of event, other subtopic) and scores every pair's
cosine (with a learned scale and bias) against "same gold event", binary
cross-entropy with the positives up-weighted. Only mentions of validated
sentences train (the others are partly annotated). The five lower layers
stay frozen, so their states are computed once.

Writes the weights fitted on all train topics, and ``--vectors``: for every
mention its tuned vector from the full fit (``full``) and, for train topics,
from the fit that did not see its topic (``oof``; fold = topic index mod
``--folds`` in the order of ``tools/train_dedup.py``), which
``train_dedup.py --tuned`` uses so that the pairwise model learns how far
to trust the cosine on topics the encoder never saw. The test topics
(36-45) are not in the data and are never used. 1 to 5.5 min per fit on 2
loaded cores; deterministic for one torch build and thread count.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import time
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from eventwire.corpus import embed, embed_tuned

OUT = Path(__file__).resolve().parents[1] / "eventwire/data/dedup" / embed_tuned.TUNED_FN


class Mention(NamedTuple):
    key: str
    topic: str
    split: str
    sentence: str
    start: int
    end: int
    gold: str
    validated: bool


def mentions(path: str) -> list[Mention]:
    """Event mentions of an ECB+ file; a sentence is a line of the text."""
    out = []
    for line in Path(path).open(encoding="utf-8"):
        r = json.loads(line)
        lines = r["text"].split("\n")
        starts = np.cumsum([0] + [len(x) + 1 for x in lines[:-1]])
        for m in r["event_mentions"]:
            s = m["sentence"]
            out.append(Mention(f"{r['doc_id']}:{m['id']}", str(r["topic"]),
                               r["official_split"], lines[s], m["start"] - int(starts[s]),
                               m["end"] - int(starts[s]), str(m["cluster_id"]),
                               bool(m["in_validated_sentence"])))
    return out


class Trainer:
    def __init__(self, ments: list[Mention], epochs: float, batch: int, lr: float, seed: int):
        model = embed._model()
        self.base = model[0].auto_model
        sentences = sorted({m.sentence for m in ments})
        self.sent_ix = {s: i for i, s in enumerate(sentences)}
        self.states = embed_tuned.frozen_states(self.base, model.tokenizer, sentences)
        self.ments, self.epochs, self.batch, self.lr, self.seed = ments, epochs, batch, lr, seed

    def reps(self, layers: list[Any], items: list[Mention]) -> Any:
        local: dict[int, int] = {}
        for m in items:
            local.setdefault(self.sent_ix[m.sentence], len(local))
        states = [self.states[i] for i in local]
        spans = [(local[self.sent_ix[m.sentence]], m.start, m.end) for m in items]
        return embed_tuned.trigger_vectors(layers, states, spans)

    def fit(self, topics: set[str]) -> list[Any]:
        import torch

        torch.manual_seed(self.seed)
        encoder = self.base.encoder
        layers = [copy.deepcopy(x) for x in encoder.layer[len(encoder.layer) - embed_tuned.TOP:]]
        params = [p for layer in layers for p in layer.parameters()]
        for p in params:
            p.requires_grad = True
        scale, bias = torch.nn.Parameter(torch.tensor(10.0)), torch.nn.Parameter(torch.tensor(-5.0))
        opt = torch.optim.AdamW([{"params": params, "lr": self.lr},
                                 {"params": [scale, bias], "lr": 1e-2}], weight_decay=0.01)
        by_topic = {t: [m for m in self.ments if m.topic == t and m.validated]
                    for t in sorted(topics)}
        names = [t for t, v in by_topic.items() if len(v) > 1]
        sizes = [len(by_topic[t]) for t in names]
        rng = random.Random(self.seed)
        for layer in layers:
            layer.train()
        steps = int(self.epochs * sum(sizes) / self.batch)
        t0 = time.time()
        for step in range(steps):
            pool = by_topic[rng.choices(names, sizes)[0]]
            items = rng.sample(pool, min(self.batch, len(pool)))
            reps = self.reps(layers, items)
            gold = np.array([m.gold for m in items], dtype=object)
            iu = torch.triu_indices(len(items), len(items), 1)
            y = torch.tensor((gold[:, None] == gold[None, :])[iu[0], iu[1]].astype(np.float32))
            z = (scale * (reps @ reps.T) + bias)[iu[0], iu[1]]
            weight = ((1 - y).sum() / y.sum().clamp(min=1)).clamp(max=20)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y, pos_weight=weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
            if step % 50 == 0:
                print(f"  step {step}/{steps} loss {loss.item():.3f} {time.time() - t0:.0f}s",
                      flush=True)
        for layer in layers:
            layer.eval()
        return layers

    def encode(self, layers: list[Any], items: list[Mention]) -> np.ndarray:
        import torch

        with torch.no_grad():
            return np.vstack([self.reps(layers, items[i:i + 128]).numpy()
                              for i in range(0, len(items), 128)]).astype(np.float32)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--vectors", type=Path, required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--batch", type=int, default=48)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=OUT, help="where the tuned weights go")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(2)
    ments = mentions(args.data)
    trainer = Trainer(ments, args.epochs, args.batch, args.lr, args.seed)
    topics = sorted({m.topic for m in ments if m.split == "train"})  # train_dedup's order
    fold = {t: i % args.folds for i, t in enumerate(topics)}
    oof = np.zeros((len(ments), embed.DIM), np.float32)
    for k in range(args.folds):
        layers = trainer.fit({t for t in topics if fold[t] != k})
        idx = [i for i, m in enumerate(ments) if m.split == "train" and fold[m.topic] == k]
        oof[idx] = trainer.encode(layers, [ments[i] for i in idx])
        print(f"fold {k} done", flush=True)
    layers = trainer.fit(set(topics))
    full = trainer.encode(layers, ments)
    np.savez(args.vectors, keys=np.array([m.key for m in ments]), oof=oof, full=full)
    weights = {f"{k}.{name}": v.detach().numpy().astype(np.float16)
               for k, layer in enumerate(layers) for name, v in layer.state_dict().items()}
    np.savez_compressed(args.out, **weights)  # type: ignore[arg-type]
    print(f"wrote {args.out} and {args.vectors}")


if __name__ == "__main__":
    main()
