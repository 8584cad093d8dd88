"""A late-interaction cross-encoder over a pair of event mentions: MiniLM's
lower layers read each mention alone (cacheable, as in
:mod:`eventwire.corpus.embed_tuned`), its last layer reads the two token
windows *jointly*, so each trigger attends to the other mention's words.

Why: the pairwise model compares two mentions through vectors computed
apart (cosines); published cross-document systems gain most from letting
the two contexts attend to each other (the victim of one sentence read
against the other's). Here MiniLM's last layer runs with the two triggers'
wordpieces as queries over the concatenated windows of both mentions (a
learned per-head bias for the own window), a small head on the two trigger
rows gives the logit "same event". Only the trigger rows are read, so the
layer's output is computed there alone; keys and values keep MiniLM's
weights and are computed once per mention (:meth:`encode`), a pair costs
one small attention (:meth:`pair`): ~380 training pairs/s on one loaded
core.

**Measured, not shipped** (branch dedup29, docs/BENCHMARKS.md): trained by
``tools/train_cross_dedup.py`` on the ECB+ train-topic pairs the pairwise
model does not rule out, stacked on that model or fed to it as a feature,
it gains at most +0.003 in the 5-fold estimate over the train topics and
loses on the dev topics. No weights ship and the pipeline does not call it.

A window is up to ``WINDOW`` wordpieces of the mention's sentence centred on
its trigger, in the hidden states below the last layer (rows × 384) with a
0/1 trigger mask (:func:`window`, from :func:`embed_tuned.frozen_states`).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

import numpy as np

from eventwire.corpus import embed

WINDOW = 24
HIDDEN = 64
BATCH = 256

Window = tuple[np.ndarray, np.ndarray]  # (states rows × 384, trigger mask rows)


def window(states: np.ndarray, offsets: np.ndarray, start: int, end: int,
           size: int = WINDOW) -> Window:
    """The rows of one sentence's states around a trigger (characters
    ``start``..``end``): at most ``size`` real wordpieces, trigger centred;
    the whole sentence when no wordpiece overlaps the trigger."""
    real = np.flatnonzero(offsets[:, 1] > offsets[:, 0])
    if real.size == 0:
        real = np.arange(states.shape[0])
    hit = real[(offsets[real, 0] < end) & (offsets[real, 1] > start)]
    centre = int(hit.mean()) if hit.size else int(real.mean())
    pos = int(np.searchsorted(real, centre))
    lo = max(0, min(pos - size // 2, real.size - size))
    rows = real[lo:lo + size]
    mask = np.isin(rows, hit) if hit.size else np.ones(rows.size, dtype=bool)
    return states[rows].astype(np.float32), mask.astype(np.float32)


QUERIES = 2  # trigger wordpieces read per mention (the first ones)


def build(layer: Any) -> Any:
    """The trainable scorer around a copy of one MiniLM layer (a
    ``BertLayer``). Only the trigger rows are queries (the layer's output is
    read nowhere else), and keys and values keep MiniLM's weights, so they
    are computed once per mention (:meth:`encode`) and a pair costs one
    small attention (:meth:`pair`): the two triggers attend over both
    windows at once, with a learned per-head bias for their own window."""
    import torch

    class CrossScorer(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layer = copy.deepcopy(layer)
            att = self.layer.attention.self
            for p in [*att.key.parameters(), *att.value.parameters()]:
                p.requires_grad = False
            self.side = torch.nn.Parameter(torch.zeros(att.num_attention_heads))
            self.hidden = torch.nn.Linear(3 * embed.DIM, HIDDEN)
            self.out = torch.nn.Linear(HIDDEN, 1)

        def encode(self, x: Any, trig: Any, mask: Any) -> dict[str, Any]:
            """Keys, values and query rows (the trigger's) of each window."""
            att = self.layer.attention.self
            rows = torch.argsort(-trig, dim=1, stable=True)[:, :QUERIES]
            with torch.no_grad():
                return {"k": att.key(x), "v": att.value(x), "mask": mask,
                        "q": torch.gather(x, 1, rows[..., None].expand(-1, -1, x.shape[-1])),
                        "qmask": torch.gather(trig, 1, rows)}

        def pair(self, enc: dict[str, Any], ii: Any, jj: Any) -> Any:
            """The logit of pairs (``ii``, ``jj``) of encoded windows."""
            h = self.rows(enc, ii, jj)
            a, b = _pool(h[:, :QUERIES], enc["qmask"][ii]), _pool(h[:, QUERIES:], enc["qmask"][jj])
            feats = torch.cat([a * b, (a - b).abs(), a + b], dim=-1)
            return self.out(torch.tanh(self.hidden(feats)))[:, 0]

        def rows(self, enc: dict[str, Any], ii: Any, jj: Any) -> Any:
            """The layer's output at the query rows of both windows of a pair."""
            lay, att = self.layer, self.layer.attention.self
            k = torch.cat([enc["k"][ii], enc["k"][jj]], 1)
            v = torch.cat([enc["v"][ii], enc["v"][jj]], 1)
            hq = torch.cat([enc["q"][ii], enc["q"][jj]], 1)
            mask = torch.cat([enc["mask"][ii], enc["mask"][jj]], 1)
            heads, (b, n, d) = att.num_attention_heads, k.shape
            half = enc["k"].shape[1]
            own = (torch.arange(2 * QUERIES)[:, None] < QUERIES) == (torch.arange(n)[None] < half)

            def split(t: Any) -> Any:
                return t.view(b, t.shape[1], heads, d // heads).transpose(1, 2)

            scores = split(att.query(hq)) @ split(k).transpose(-1, -2) / (d // heads) ** 0.5
            scores = scores + self.side[:, None, None] * own.float()
            scores = scores + (1.0 - mask[:, None, None, :]) * -1e4
            ctx = (torch.softmax(scores, -1) @ split(v)).transpose(1, 2).reshape(b, -1, d)
            a1 = lay.attention.output(ctx, hq)
            return lay.output(lay.intermediate(a1), a1)

    return CrossScorer()


def _pool(h: Any, weight: Any) -> Any:
    w = weight / weight.sum(1, keepdim=True).clamp(min=1.0)
    return (h * w[..., None]).sum(1)


def stack(windows: Sequence[Window]) -> tuple[Any, Any, Any]:
    """Padded tensors (states, trigger mask, attention mask) of windows."""
    import torch

    n = max(w[0].shape[0] for w in windows)
    x = np.zeros((len(windows), n, embed.DIM), np.float32)
    trig = np.zeros((len(windows), n), np.float32)
    mask = np.zeros((len(windows), n), np.float32)
    for k, (xa, ta) in enumerate(windows):
        x[k, :xa.shape[0]], trig[k, :xa.shape[0]], mask[k, :xa.shape[0]] = xa, ta, 1.0
    return torch.from_numpy(x), torch.from_numpy(trig), torch.from_numpy(mask)


def score(scorer: Any, windows: Sequence[Window], pairs: Sequence[tuple[int, int]]
          ) -> np.ndarray:
    """The logit of every pair (indices into ``windows``), each window
    encoded once."""
    import torch

    out = np.zeros(len(pairs), np.float64)
    if not pairs:
        return out
    with torch.no_grad():
        enc = scorer.encode(*stack(windows))
        ii = torch.tensor([p[0] for p in pairs])
        jj = torch.tensor([p[1] for p in pairs])
        for b in range(0, len(pairs), BATCH):
            out[b:b + BATCH] = scorer.pair(enc, ii[b:b + BATCH], jj[b:b + BATCH]).numpy()
    return out


def to_weights(scorer: Any) -> dict[str, np.ndarray]:
    return {k: v.detach().numpy().astype(np.float16) for k, v in scorer.state_dict().items()}


def from_weights(weights: dict[str, np.ndarray]) -> Any:
    import torch

    encoder = embed._model()[0].auto_model.encoder
    scorer = build(encoder.layer[len(encoder.layer) - 1])
    scorer.load_state_dict({k: torch.from_numpy(v.astype(np.float32))
                            for k, v in weights.items()})
    scorer.eval()
    return scorer
