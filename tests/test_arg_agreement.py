"""Argument agreement of two given mentions: participants in other words,
places near or far (eventwire.corpus.arg_agreement)."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.corpus import embed
from eventwire.corpus.arg_agreement import (
    agreement_features,
    argument_vector,
    argument_words,
    gazetteer_lookup,
    place_points,
)
from eventwire.corpus.mention_args import Arguments

MALIBU, LOS_ANGELES = (34.036, -118.78), (34.052, -118.244)
BALI, SANTIAGO = (-8.41, 115.19), (-33.45, -70.66)
PARIS, LYON = (48.857, 2.352), (45.764, 4.836)
ROTTERDAM, THE_HAGUE = (51.92, 4.48), (52.08, 4.30)
TOKYO, OSAKA = (35.69, 139.69), (34.69, 135.50)


def test_argument_words_join_participants_and_core() -> None:
    args = Arguments(participants=frozenset({"reid"}), places=frozenset({"malibu"}),
                     core=frozenset({"rehab"}))
    assert argument_words(args) == {"reid", "rehab"}


def test_argument_vector_is_the_unit_mean_of_known_words() -> None:
    vecs = {"a": np.array([1.0, 0.0]), "b": np.array([0.0, 1.0])}
    assert np.allclose(argument_vector(["a", "b", "unknown"], vecs), [2 ** -0.5, 2 ** -0.5])
    assert argument_vector(["unknown"], vecs) is None
    assert argument_vector([], vecs) is None


@pytest.mark.parametrize(("a", "b", "near", "far"), [
    (MALIBU, LOS_ANGELES, 1.0, 0.0),   # a city and its neighbour: one event's place
    (ROTTERDAM, THE_HAGUE, 1.0, 0.0),
    (BALI, SANTIAGO, 0.0, 1.0),        # two earthquakes of one topic
    (TOKYO, OSAKA, 0.0, 0.0),          # ~400 km: neither
    (PARIS, LYON, 0.0, 0.0),
])
def test_places_near_and_far(a: tuple[float, float], b: tuple[float, float],
                             near: float, far: float) -> None:
    f = agreement_features([None, None], [(a,), (b,)])
    assert f["geo_near"][0, 1] == f["geo_near"][1, 0] == near
    assert f["geo_far"][0, 1] == far


def test_the_closest_pair_of_places_decides() -> None:
    f = agreement_features([None, None], [(BALI, MALIBU), (LOS_ANGELES,)])
    assert f["geo_near"][0, 1] == 1.0 and f["geo_far"][0, 1] == 0.0


def test_no_place_no_place_feature() -> None:
    f = agreement_features([None, None, None], [(PARIS,), (), (BALI,)])
    assert f["geo_near"][0, 1] == f["geo_far"][0, 1] == 0.0
    assert f["geo_far"][0, 2] == 1.0


def test_argsim_is_zero_when_either_mention_has_no_argument() -> None:
    v = np.array([0.6, 0.8])
    f = agreement_features([v, None, v], [(), (), ()])
    assert f["argsim"][0, 1] == 0.0 and f["argsim"][0, 2] == pytest.approx(1.0)


def test_two_word_place_names_are_read_before_their_words() -> None:
    names = {"santa rosa": (38.44, -122.71), "santa": (1.0, 1.0), "rosa": (2.0, 2.0),
             "california": (37.25, -119.75)}
    points = place_points(frozenset({"santa", "rosa", "california"}), names.get)
    assert set(points) == {(38.44, -122.71), (37.25, -119.75)}
    assert place_points(frozenset({"york", "new"}), {"new york": (40.7, -74.0)}.get) == (
        (40.7, -74.0),)
    assert place_points(frozenset(), names.get) == ()


def test_gazetteer_reads_the_most_populous_place() -> None:
    lookup = gazetteer_lookup()
    la = lookup("los angeles")
    assert la is not None and abs(la[0] - LOS_ANGELES[0]) < 0.5
    paris = lookup("paris")  # Paris, France, not Paris, Texas
    assert paris is not None and paris[1] > 0
    assert lookup("qzxv wrlk") is None


@pytest.mark.skipif(not embed.available(), reason="the embeddings extra is not installed")
@pytest.mark.parametrize(("same", "other"), [
    (("gunman",), ("shooter",)), (("police",), ("officers",)),
    (("actress",), ("star",))])
def test_participants_in_other_words_lie_closer(same: tuple[str, ...],
                                                other: tuple[str, ...]) -> None:
    words = [*same, *other, "rainfall", "parliament"]
    vecs = embed.encode_words(words)
    a, b = argument_vector(same, vecs), argument_vector(other, vecs)
    unrelated = argument_vector(["rainfall", "parliament"], vecs)
    f = agreement_features([a, b, unrelated], [(), (), ()])
    assert f["argsim"][0, 1] > f["argsim"][0, 2]
