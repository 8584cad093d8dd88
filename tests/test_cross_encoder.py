"""The late-interaction cross-encoder of dedup (optional extra): a window
keeps the trigger and its neighbours, the trigger-only queries give exactly
what the whole MiniLM layer gives at the trigger rows (and the own-window
bias moves them), scores do not depend on how pairs are batched."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.corpus import embed, embed_tuned
from tools import cross_encoder

pytestmark = pytest.mark.skipif(not embed.available(), reason="the embeddings extra is missing")


def _windows(sentences: list[tuple[str, str]]) -> list[cross_encoder.Window]:
    items = [embed.Item(s, s.index(t), s.index(t) + len(t)) for s, t in sentences]
    model = embed._model()
    states = embed_tuned.frozen_states(model[0].auto_model, model.tokenizer,
                                       [it.sentence for it in items])
    return [cross_encoder.window(h.numpy(), off, it.start, it.end)
            for (h, off), it in zip(states, items, strict=True)]


SENTENCES = [("Rebels shelled the airport of Goma late on Sunday night.", "shelled"),
             ("The airport in Goma came under rebel artillery fire overnight.", "fire"),
             ("A court in Oslo sentenced the gunman to twenty-one years.", "sentenced"),
             ("Flooding forced thousands from their homes along the Danube.", "Flooding")]


def test_window_is_centred_on_the_trigger_and_bounded() -> None:
    offsets = np.array([[0, 0]] + [[2 * i, 2 * i + 1] for i in range(60)] + [[0, 0]])
    states = np.arange(62 * 2, dtype=np.float32).reshape(62, 2)
    rows, mask = cross_encoder.window(states, offsets, 80, 81, size=10)  # wordpiece 40
    assert rows.shape == (10, 2) and mask.sum() == 1
    assert 3 <= int(np.flatnonzero(mask)[0]) <= 6
    rows, mask = cross_encoder.window(states, offsets, 0, 1, size=10)  # the first
    assert rows[0, 0] == states[1, 0] and mask[0] == 1
    rows, mask = cross_encoder.window(states, offsets, 500, 501, size=10)  # cut off
    assert rows.shape == (10, 2) and mask.all()


def test_trigger_queries_equal_the_whole_layer() -> None:
    import torch

    wins = _windows(SENTENCES[:2])
    encoder = embed._model()[0].auto_model.encoder
    scorer = cross_encoder.build(encoder.layer[len(encoder.layer) - 1]).eval()
    with torch.no_grad():
        x, trig, mask = cross_encoder.stack(wins)
        la, lb = int(mask[0].sum()), int(mask[1].sum())
        ia, ib = int(torch.argmax(trig[0])), int(torch.argmax(trig[1]))
        out = scorer.layer(torch.cat([x[0, :la], x[1, :lb]])[None])
        out = out[0] if isinstance(out, tuple) else out
        enc = scorer.encode(x, trig, mask)
        rows = scorer.rows(enc, torch.tensor([0]), torch.tensor([1]))
        assert torch.allclose(rows[0, 0], out[0, ia], atol=1e-4)
        assert torch.allclose(rows[0, cross_encoder.QUERIES], out[0, la + ib], atol=1e-4)
        scorer.side.fill_(2.0)  # a bias for the own window changes what the trigger reads
        moved = scorer.rows(enc, torch.tensor([0]), torch.tensor([1]))
    assert not torch.allclose(moved[0, 0], out[0, ia], atol=1e-3)


def test_scores_do_not_depend_on_batching() -> None:
    wins = _windows(SENTENCES)
    encoder = embed._model()[0].auto_model.encoder
    scorer = cross_encoder.build(encoder.layer[len(encoder.layer) - 1]).eval()
    pairs = [(0, 1), (0, 2), (1, 3), (2, 3)]
    together = cross_encoder.score(scorer, wins, pairs)
    alone = [float(cross_encoder.score(scorer, wins, [p])[0]) for p in pairs]
    assert np.allclose(together, alone, atol=1e-5)
