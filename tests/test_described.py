"""A named person's sector from what the article says about them
(eventwire/stages/actors/described.py, titles.leading_title and the police and
criminal titles of titles.yaml). Every sentence was written for these tests;
none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline


def _person(pipe: Pipeline, text: str, name: str) -> ActorMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    people = [m for m in doc._.actor_mentions if m.kind == "person"]
    found = [m for m in people if m.text == name] or [m for m in people if name in m.text]
    assert found, [(m.text, m.kind) for m in doc._.actor_mentions]
    return found[0]


@pytest.mark.parametrize("text,name,sector", [
    ("Police said Marco Delgado, 31, a known gang member, fired first.", "Marco Delgado",
     "UAF"),
    ("Kevin Marsh, a corrections officer at the county jail, was hurt in the fight.",
     "Kevin Marsh", "COP"),
    ("Witnesses said Brian Hollis, a soldier on leave, pulled two people from the car.",
     "Brian Hollis", "MIL"),
    ("Officials said Dana Whitfield was a lawmaker from the northern district.",
     "Dana Whitfield", "LEG"),
    ("The court heard that Samuel Okafor is a police officer in the capital.",
     "Samuel Okafor", "COP"),
    ("Kevin Marsh, who is a corrections officer, said the door was open.", "Kevin Marsh",
     "COP"),
    ("Neighbours said Ruth Bellamy, who was a soldier, had moved away.", "Ruth Bellamy", "MIL"),
    ("Hannah Price, who is a member of parliament, called the vote.", "Hannah Price", "LEG"),
])
def test_an_apposed_or_predicated_role_gives_the_sector(actors_pipe: Pipeline, text: str,
                                                        name: str, sector: str) -> None:
    """Class *a role noun apposed to the name or predicated of it*."""
    person = _person(actors_pipe, text, name)
    assert sector in person.sectors and "CVL" not in person.sectors, person


@pytest.mark.parametrize("text,name", [
    ("Ruth Bellamy, a former soldier, opened a bakery in the town.", "Ruth Bellamy"),
    ("Nina Hartley, the officer's wife, told reporters she was afraid.", "Nina Hartley"),
    ("Leon Briggs, who shot a police officer last year, was released on Monday.",
     "Leon Briggs"),
    ("Omar Haddad was a retired soldier living alone near the river.", "Omar Haddad"),
])
def test_look_alikes_stay_civilians(actors_pipe: Pipeline, text: str, name: str) -> None:
    """A role no longer held, a relative's role and a role acted on give nothing."""
    person = _person(actors_pipe, text, name)
    assert person.sectors == ["CVL"], person


@pytest.mark.parametrize("text,name,sector", [
    ("Paul Dorsey was found at home. Dorsey, a sheriff's deputy, had been missing for a "
     "week.", "Paul Dorsey", "COP"),
    ("Greta Holm fled the scene. Investigators said Holm was a gang member.", "Greta Holm",
     "UAF"),
    ("Mr Abbas spoke to the crowd on Friday. Yusuf Abbas, a member of parliament, "
     "had called the rally.", "Abbas", "LEG"),
])
def test_the_role_of_one_mention_holds_for_the_same_surname(
        actors_pipe: Pipeline, text: str, name: str, sector: str) -> None:
    """Class *the same person named again*."""
    person = _person(actors_pipe, text, name)
    assert sector in person.sectors, person


@pytest.mark.parametrize("text,name", [
    ("Police said Jose Orozco, 27, a known gang member, was shot. His brother Luis Orozco "
     "was unhurt.", "Luis Orozco"),
    ("Maria Lind, a sheriff's deputy, was wounded. Her husband Erik Lind called for help.",
     "Erik Lind"),
    ("Senator Ruth Kaye, a lawmaker since 2010, spoke first. Her son Adam Kaye was arrested.",
     "Adam Kaye"),
])
def test_a_relative_of_the_same_surname_does_not_take_the_role(
        actors_pipe: Pipeline, text: str, name: str) -> None:
    """Review of sectors16: another full name of the surname is another person."""
    person = _person(actors_pipe, text, name)
    assert "role-surname" not in person.rule, person


def test_two_roles_for_one_surname_are_left_alone(actors_pipe: Pipeline) -> None:
    text = ("Ann Wells, a police officer, and her brother Tom Wells, a gang member, were "
            "both at the house. Mr Wells spoke later.")
    person = _person(actors_pipe, text, "Wells")
    assert person.sectors == ["CVL"], person


@pytest.mark.parametrize("text,name,sector", [
    ("Senior Trooper Alan Voss stopped the van on the interstate.", "Alan Voss", "COP"),
    ("Detective Laura Brandt interviewed the neighbours on Sunday.", "Laura Brandt", "COP"),
    ("Officials named the dead man as gang member Luis Farro.", "Luis Farro", "UAF"),
    ("Sheriff's Deputy Cole Hagan was shot during a traffic stop.", "Cole Hagan", "COP"),
])
def test_police_and_criminal_titles(actors_pipe: Pipeline, text: str, name: str,
                                    sector: str) -> None:
    """Class *police and criminal roles before a name*, also when the NER takes
    the title into the name ("Senior Trooper Alan Voss" as one PERSON)."""
    person = _person(actors_pipe, text, name)
    assert sector in person.sectors, person


@pytest.mark.parametrize("text,name,sector", [
    ("Capt. Tom Tennant of the Woodburn Police Department died at the scene.", "Tom Tennant",
     "COP"),
    ("Maria Gonzalez, a technician with the state police, was hurt.", "Maria Gonzalez", "COP"),
    ("Lee Park, an aide to the senate committee, said so.", "Lee Park", "LEG"),
])
def test_a_person_of_a_force_or_body(actors_pipe: Pipeline, text: str, name: str,
                                     sector: str) -> None:
    """Class *a person of a force or body*."""
    person = _person(actors_pipe, text, name)
    assert sector in person.sectors, person


@pytest.mark.parametrize("text,name", [
    ("John Smith of Texas spoke to the crowd.", "John Smith"),
    ("Bob Ray of Microsoft spoke to the crowd.", "Bob Ray"),
])
def test_a_state_or_a_company_is_no_body(actors_pipe: Pipeline, text: str, name: str) -> None:
    person = _person(actors_pipe, text, name)
    assert person.sectors == ["CVL"], person
