"""Embeddings (optional extra): vectors survive the store's text format, and
a trigger read in context is closer to its paraphrase than to another event."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.corpus import embed


def test_pack_unpack_round_trip() -> None:
    v = np.linspace(-1, 1, embed.DIM).astype(np.float32)
    back = embed.unpack(embed.pack(v))
    assert back.shape == (embed.DIM,) and np.allclose(back, v, atol=1e-3)


@pytest.mark.skipif(not embed.available(), reason="the embeddings extra is not installed")
def test_trigger_vectors_read_the_context() -> None:
    items = [embed.Item("An earthquake struck Indonesia on Monday.", 14, 20),
             embed.Item("A quake hit Indonesia on Monday.", 8, 11),
             embed.Item("The Lakers beat the Celtics on Monday.", 11, 15)]
    (t0, s0), (t1, s1), (t2, s2) = embed.encode(items)
    assert t0.shape == (embed.DIM,) and abs(float(np.linalg.norm(t0)) - 1) < 1e-4
    assert float(t0 @ t1) > float(t0 @ t2)
    assert float(s0 @ s1) > float(s0 @ s2)


@pytest.mark.skipif(not embed.available(), reason="the embeddings extra is not installed")
def test_loading_the_model_draws_no_second_progress_bar(capfd: pytest.CaptureFixture[str]
                                                        ) -> None:
    embed._model.cache_clear()
    embed._model()
    assert "Loading weights" not in capfd.readouterr().err


def test_items_grouped_by_sentence_in_first_seen_order() -> None:
    from eventwire.corpus.embed import Item, by_sentence

    a = "Miners struck at two pits on Monday."
    b = "The board fired its chairman."
    items = [Item(a, 7, 13), Item(b, 10, 15), Item(a, 0, 6), Item(b, 0, 9)]
    grouped = by_sentence(items)
    assert list(grouped) == [a, b]
    assert grouped[a] == [0, 2] and grouped[b] == [1, 3]
    assert by_sentence([]) == {}
