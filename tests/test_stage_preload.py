"""The actors and places stages read their static tables when built
(speed45), so the first article pays none of it; the values are the ones
the cached readers give on demand."""

from __future__ import annotations

import inspect

from eventwire.stages.actors.preload import READERS, preload


def test_every_reader_is_a_cached_function_of_nothing() -> None:
    """Only static tables are preloaded: a reader with an argument would be
    a memo of the corpus, which stays per corpus."""
    for reader in READERS:
        assert reader.cache_info().maxsize == 1  # type: ignore[attr-defined]
        assert not inspect.signature(reader).parameters


def test_preload_fills_every_reader_with_the_on_demand_value() -> None:
    on_demand = [reader() for reader in READERS]
    for reader in READERS:
        reader.cache_clear()  # type: ignore[attr-defined]
    assert preload() == len(READERS)
    for reader, value in zip(READERS, on_demand, strict=True):
        assert reader.cache_info().currsize == 1  # type: ignore[attr-defined]
        assert reader() == value


def test_actor_component_preloads_at_construction() -> None:
    from eventwire.stages.actors.component import ActorRecognizer

    for reader in READERS:
        reader.cache_clear()  # type: ignore[attr-defined]
    ActorRecognizer(None)
    assert all(r.cache_info().currsize == 1 for r in READERS)  # type: ignore[attr-defined]


def test_place_component_reads_the_capitals_at_construction() -> None:
    """``Gazetteer.capitals`` scans the places table (~45 ms): at load, not
    on the first article that says "the capital"."""
    from eventwire.stages.geo.component import PlaceFinder
    from eventwire.stages.geo.gazetteer import gazetteer

    gaz = gazetteer()
    before = dict(gaz.capitals())
    gaz._capitals = None  # noqa: SLF001 - the test resets the table the component must fill
    PlaceFinder(None)
    assert gaz._capitals is not None  # noqa: SLF001
    assert gaz.capitals() == before
    assert before["FRA"].name == "Paris"
