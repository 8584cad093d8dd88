"""The fine-tuned event-identity encoder (optional extra): the tuned layer is
spliced where MiniLM's own last layer was (with the original weights it
gives the frozen model's trigger vector), and the shipped weights bring
reports of one event closer than two events of one kind."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.corpus import embed, embed_tuned

pytestmark = pytest.mark.skipif(not embed_tuned.available(),
                                reason="the embeddings extra or the tuned weights are missing")


def _original_weights() -> dict[str, np.ndarray]:
    encoder = embed._model()[0].auto_model.encoder
    top = encoder.layer[len(encoder.layer) - embed_tuned.TOP:]
    return {f"{k}.{name}": v.detach().numpy().copy()
            for k, layer in enumerate(top) for name, v in layer.state_dict().items()}


def test_original_weights_give_the_frozen_trigger_vector() -> None:
    items = [embed.Item("An earthquake struck Indonesia on Monday.", 14, 20),
             embed.Item("Police arrested two men after the robbery in Leeds.", 7, 15),
             embed.Item("The Lakers beat the Celtics on Monday.", 11, 15)]
    auto = embed._model()[0].auto_model
    layers = embed_tuned.tuned_layers(_original_weights())
    states = embed_tuned.frozen_states(auto, embed._model().tokenizer,
                                       [it.sentence for it in items])
    spans = [(i, it.start, it.end) for i, it in enumerate(items)]
    tuned = embed_tuned.trigger_vectors(layers, states, spans).detach().numpy()
    for vec, (frozen, _sentence) in zip(tuned, embed.encode(items), strict=True):
        assert float(vec @ frozen) > 0.999


def _item(sentence: str, trigger: str) -> embed.Item:
    start = sentence.index(trigger)
    return embed.Item(sentence, start, start + len(trigger))


@pytest.mark.parametrize("report, again, other", [
    # a disaster: a paraphrase of the same quake / another quake, same wording
    (("A magnitude 6.1 earthquake struck Bali on Monday, killing four.", "earthquake"),
     ("Four people died when a strong quake hit the island of Bali on Monday.", "quake"),
     ("A magnitude 7.2 earthquake struck northern Chile on Friday night.", "earthquake")),
    # an arrest
    (("Police arrested the suspect in the Leeds bank robbery on Tuesday.", "arrested"),
     ("A man was detained on Tuesday over the Leeds bank raid, police said.", "detained"),
     ("Police arrested a teenager over a stabbing in Glasgow last year.", "arrested")),
    # a dismissal
    (("The Lakers fired coach Mike Brown after five games.", "fired"),
     ("Mike Brown was sacked by the Los Angeles Lakers on Friday.", "sacked"),
     ("Apple fired its retail chief John Browett in October.", "fired")),
    # a rehab check-in of one actress / of another
    (("Tara Reid checked into rehab at Promises in Malibu.", "checked"),
     ("The actress Tara Reid entered the Promises treatment center.", "entered"),
     ("Lindsay Lohan checked into rehab at Betty Ford.", "checked")),
])
def test_tuning_brings_reports_of_one_event_closer_than_frozen_vectors_do(
        report: tuple[str, str], again: tuple[str, str], other: tuple[str, str]) -> None:
    """Measured on these: the tuned vector still puts the same trigger word
    of another event nearer than a paraphrase (the word dominates one
    layer's tuning; arguments and documents decide those pairs), but it
    narrows that gap on every one: the margin (paraphrase minus other)
    is higher than with the frozen trigger vectors."""
    items = [_item(*report), _item(*again), _item(*other)]
    a, b, c = embed_tuned.encode(items)
    (fa, _), (fb, _), (fc, _) = embed.encode(items)
    assert a.shape == (embed.DIM,) and abs(float(np.linalg.norm(a)) - 1) < 1e-3
    assert float(a @ b - a @ c) > float(fa @ fb - fa @ fc)
