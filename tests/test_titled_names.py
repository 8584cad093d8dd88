"""Class *a title the KB knows as an agent phrase, taken by the NER into a
name* (eventwire/stages/actors/titled_names.py): the name after the title is
the person; organisation names opening with an agent word stay as they were."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def actors_pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def _people(pipe: Pipeline, text: str) -> list[tuple[str, list[str]]]:
    doc = pipe.nlp(text)
    return [(m.text, m.sectors) for m in doc._.actor_mentions if m.kind == "person"]


@pytest.mark.parametrize("text,name,sector", [
    ("Councillor Okafor faces corruption charges", "Okafor", "GOV"),
    ("Sheriff Okafor faces charges", "Okafor", "COP"),
    ("Prefect Diallo banned the march.", "Diallo", "GOV"),
])
def test_the_name_after_a_known_title_is_a_person(actors_pipe: Pipeline, text: str,
                                                  name: str, sector: str) -> None:
    assert (name, [sector]) in _people(actors_pipe, text)


@pytest.mark.parametrize("text", [
    "The Police Federation criticised the plan.",
    "The Sheriff Department denied it.",
    "Council Leader talks continued in Leeds.",
])
def test_organisations_opening_with_an_agent_word_stay_no_person(actors_pipe: Pipeline,
                                                                 text: str) -> None:
    assert _people(actors_pipe, text) == []
