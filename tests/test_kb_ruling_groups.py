"""Class *an armed group that governs its state* (actors42): the Taliban rule
Afghanistan from 2021-08-15; PETRARCH2 files them AFGREB for every date (the
1996-2001 regime stays REB, as the PLOVER GSR codes it). The curated entry
(``curated.yaml``, ``replaces: [pet:taliban]``) gives the code in force on
the article's date, so "the Taliban" of a 2024 article are the government
(GOV) and those of a 2019 article the rebels (REB). The Pakistani Taliban
(TTP) are another group, Pakistan's rebels. Every sentence is written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp.pipeline import Pipeline, extract
from eventwire.settings import Settings
from eventwire.stages.actors.kb import load_kb, normalise, split_code
from tools.build_actors import drop_replaced


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings())


def _actor(pipe: Pipeline, text: str, published: str, trigger: str) -> tuple[str | None, list[str]]:
    """The (country, sectors) of the actor of the event on ``trigger``."""
    for event in extract(text, published=published, pipeline=pipe):
        if event.mention.trigger.text == trigger:
            actor = event.mention.actor
            assert actor is not None, f"no actor for {trigger!r}"
            return actor.country, list(actor.sectors)
    raise AssertionError(f"no event on {trigger!r}")


@pytest.mark.parametrize("text, published, trigger", [
    ("The Taliban detained three aid workers in Kandahar on Tuesday, the UN mission said.",
     "2024-05-02", "detained"),
    ("Afghanistan's Taliban banned women from studying at private medical institutes, "
     "a health official said on Monday.", "2025-01-14", "banned"),
    ("A Taliban spokesman said on Sunday that the authorities had arrested a former "
     "army officer in Herat.", "2023-09-10", "arrested"),
])
def test_the_taliban_govern_after_august_2021(pipe: Pipeline, text: str, published: str,
                                              trigger: str) -> None:
    country, sectors = _actor(pipe, text, published, trigger)
    assert country == "AFG" and sectors[0] == "GOV", (country, sectors)


@pytest.mark.parametrize("text, published, trigger", [
    # near misses: before the takeover the Taliban are rebels
    ("The Taliban attacked a police checkpoint in Kunduz on Tuesday, killing four officers.",
     "2019-05-02", "attacked"),
    ("Taliban fighters ambushed a supply convoy near Ghazni, the governor said.",
     "2010-07-20", "ambushed"),
    ("The Taliban detained eight foreign aid workers in Kabul, accusing them of "
     "preaching.", "2001-08-02", "detained"),
])
def test_the_taliban_before_the_takeover_are_rebels(pipe: Pipeline, text: str, published: str,
                                                    trigger: str) -> None:
    country, sectors = _actor(pipe, text, published, trigger)
    assert country == "AFG" and "GOV" not in sectors, (country, sectors)


def test_the_kb_codes_each_period() -> None:
    kb = load_kb()
    codes = {day: {a.code_at(day)[0] for a in kb.lookup(normalise("Taliban"))}
             for day in (date(1999, 1, 1), date(2015, 1, 1), date(2022, 1, 1))}
    assert codes == {date(1999, 1, 1): {"AFGREB"}, date(2015, 1, 1): {"AFGREB"},
                     date(2022, 1, 1): {"AFGGOV"}}
    emirate = [split_code(a.code_at(date(2026, 3, 1))[0] or "")
               for a in kb.lookup(normalise("Islamic Emirate"))]
    assert emirate == [("AFG", ["GOV"])]


def test_the_pakistani_taliban_are_pakistans_rebels() -> None:
    """Near miss: another group, in power nowhere, whatever the date."""
    kb = load_kb()
    for phrase in ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan"):
        codes = {a.code_at(date(2025, 6, 1))[0] for a in kb.lookup(normalise(phrase))}
        assert codes == {"PAKREB"}, (phrase, codes)


def test_a_replaced_entry_is_dropped_and_an_unknown_one_refused() -> None:
    actors = [{"id": "pet:x", "aliases": ["x"], "roles": []},
              {"id": "ew:x", "aliases": ["x"], "roles": [], "replaces": ["pet:x"]}]
    assert drop_replaced(actors) == 1
    assert [a["id"] for a in actors] == ["ew:x"] and "replaces" not in actors[0]
    with pytest.raises(ValueError):
        drop_replaced([{"id": "ew:y", "aliases": ["y"], "roles": [], "replaces": ["pet:gone"]}])
