"""A person named with a rank police and armies share, and a titled person
named again (eventwire/stages/actors/ranks.py and described._titled_force,
recip54). Every sentence was written for these tests; none comes from an
evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.described import _within
from eventwire.stages.actors.ranks import _force, _line_window


def _people(pipe: Pipeline, text: str, name: str) -> list[ActorMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    found = [m for m in doc._.actor_mentions if m.kind == "person" and m.text == name]
    assert found, [(m.text, m.kind, m.sectors) for m in doc._.actor_mentions]
    return found


@pytest.mark.parametrize("text,name,sector", [
    # the title phrase before the rank names the force
    ("Harbour Police Department Capt. Lena Morales said the boat had been seized.",
     "Lena Morales", "COP"),
    ("Regional army spokesman Captain Tomas Ibarra said two rebels were captured.",
     "Tomas Ibarra", "MIL"),
    # the phrase after the name names it
    ("The suspect fired at Lt. Gareth Pryce of the county sheriff's office before fleeing.",
     "Gareth Pryce", "COP"),
    ("Cpl. Nadia Ferris, a medic with the 3rd Infantry Battalion, was wounded by a mine.",
     "Nadia Ferris", "MIL"),
    # nothing near the name: the story speaks of police only
    ("Police sealed off the street after a robbery. Detectives and patrol officers searched "
     "the houses. Officers said a gunman then shot Sgt. Owen Blakely near the corner.",
     "Owen Blakely", "COP"),
])
def test_a_shared_rank_takes_the_force_named_near_it(actors_pipe: Pipeline, text: str,
                                                     name: str, sector: str) -> None:
    """Class *a person named with a rank police and armies share*."""
    person = _people(actors_pipe, text, name)[0]
    assert person.sectors == [sector], person


@pytest.mark.parametrize("text,name", [
    # a team's captain: no force anywhere in the text
    ("Captain Rhys Holloway scored twice as the visitors won the final on Sunday.",
     "Rhys Holloway"),
    ("Captain Ingrid Falk said her side had played the best match of the season.",
     "Ingrid Falk"),
])
def test_a_rank_with_no_force_near_it_is_no_force(actors_pipe: Pipeline, text: str,
                                                  name: str) -> None:
    """Near miss: a sports captain is no soldier (the lexicon's bare
    "Captain" guessed MIL)."""
    person = _people(actors_pipe, text, name)[0]
    assert not {"MIL", "COP"} & set(person.sectors), person


def test_major_as_an_adjective_and_a_company_are_no_rank(actors_pipe: Pipeline) -> None:
    """Near misses: "Major" as an adjective, "General Motors"."""
    ((_, doc, _),) = list(actors_pipe.docs([Article(
        text="Major roads were closed after police found a bomb. General Motors shut "
             "its plant and Private Bank of Lyon closed two branches.")]))
    assert not [m for m in doc._.actor_mentions if "rank" in m.rule.split("+")]


def test_a_police_officers_car_is_no_titled_person(actors_pipe: Pipeline) -> None:
    """Near miss: "officer" as a common noun makes no person."""
    ((_, doc, _),) = list(actors_pipe.docs([Article(
        text="Rioters set fire to a police officer's car and smashed shop windows.")]))
    assert not [m for m in doc._.actor_mentions if m.kind == "person"]


@pytest.mark.parametrize("text,name,sector", [
    ("DENVER (AP) — Deputy Carlos Mendez stopped the van at dawn. Three hours later a "
     "man shot Mendez outside the station, the sheriff's office said.", "Mendez", "COP"),
    ("LAGOS, Nigeria (Reuters) — Judge Teresa Okonkwo refused bail on Monday. "
     "Protesters later threw eggs at Okonkwo outside the court.", "Okonkwo", "JUD"),
    ("BUDAPEST (AP) — The crowd chased Lt. Dominic Varga of the city police into a shop. "
     "Varga was treated for cuts.", "Varga", "COP"),
])
def test_a_titled_person_named_again_keeps_the_title_force(actors_pipe: Pipeline, text: str,
                                                           name: str, sector: str) -> None:
    """Class *a titled person named again*: the bare surname."""
    people = _people(actors_pipe, text, name)
    assert all(sector in p.sectors and "CVL" not in p.sectors for p in people), people


def test_a_shorter_form_of_a_titled_name_is_that_name() -> None:
    """A headline's "Jerry Ortiz" before "Deputy Luis Gerardo "Jerry" Ortiz":
    one person; "Simon Brandt" is not "Paul Brandt"."""
    coded = {("Luisa", "Maria", '"Jo"', "Marsh"), ("Paul", "Brandt")}
    assert _within(("Jo", "Marsh"), coded) and _within(("Luisa", "Marsh"), coded)
    assert not _within(("Simon", "Brandt"), coded) and not _within(("Paul", "Brandt"), coded)


def test_a_relative_with_the_surname_is_no_officer(actors_pipe: Pipeline) -> None:
    """Near miss: another full name of the same surname is another person."""
    text = ("Officer Paul Brandt was hurt in the crash. His brother Simon Brandt, a "
            "teacher, drove him home.")
    person = _people(actors_pipe, text, "Simon Brandt")[0]
    assert "COP" not in person.sectors, person


def test_force_needs_a_margin_and_the_window_stays_in_its_line() -> None:
    assert _force(2, 0, 2) == "COP" and _force(0, 3, 2) == "MIL"
    assert _force(1, 0, 2) is None and _force(2, 1, 2) == "COP" and _force(1, 1, 1) is None
    text = "Army troops left.\nCapt. Ana Ruiz spoke."
    start = text.index("Capt.")
    assert _line_window(text, start, start + 14) == "Capt. Ana Ruiz spoke."


@pytest.mark.parametrize("text,name,sector", [
    ("Navy spokesman Commodore Ade Bello said the tanker had been boarded.", "Ade Bello",
     "MIL"),
    ("Brigade commander Lt Col Rafiq Hasan said the post had been shelled.",
     "Lt Col Rafiq Hasan",
     "MIL"),
    ("Queensland Police Inspector Karen Doyle said nobody had been hurt in the blast.",
     "Karen Doyle", "COP"),
])
def test_military_ranks_and_a_police_inspector(actors_pipe: Pipeline, text: str, name: str,
                                               sector: str) -> None:
    """Ranks the title table lacked: a commodore, undotted "Lt Col", a
    police inspector."""
    person = _people(actors_pipe, text, name)[0]
    assert sector in person.sectors and "CVL" not in person.sectors, person


def test_a_weapons_inspector_is_no_force(actors_pipe: Pipeline) -> None:
    """Near miss: "Inspector" with no force near it."""
    person = _people(actors_pipe, "The agency sent chief weapons Inspector Lars Moberg "
                                  "to the plant on Monday.", "Lars Moberg")[0]
    assert not {"COP", "MIL"} & set(person.sectors), person
