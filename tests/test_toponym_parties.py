"""Class *a toponym that names the other party of the act stands for its
state* (eventwire/stages/events/toponym_parties.py): the host of a recalled
diplomat, the "with" side of a bilateral thing. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.tokens import Doc

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.toponym_parties import (
    _named_owner,
    _set_off,
    _toponyms_at,
    recall_host,
    with_party,
)
from tests.conftest import event_with_trigger


@pytest.mark.parametrize("text,trigger,host,country", [
    # the capital standing for its government
    ("Chile recalled its ambassador from Caracas on Monday after the disputed vote.",
     "recalled", "Caracas", "VEN"),
    # the country, "withdraw" and plural diplomats
    ("Hungary said it would withdraw its diplomats from Ukraine within a week.",
     "withdraw", "Ukraine", "UKR"),
    # a passive, the host on the envoy ("the ambassador to Ghana")
    ("The ambassador to Ghana was recalled by Togo after the border shooting.",
     "recalled", "Ghana", "GHA"),
    # "in X" on the envoy, coordinated hosts: the first
    ("Senegal has decided to recall its envoys in Gambia and Guinea for consultations.",
     "recall", "Gambia", "GMB"),
    # a headline
    ("Vietnam recalls envoy to Cambodia over fishing dispute", "recalls", "Cambodia", "KHM"),
    # "pulled ... out of X"
    ("Chile has pulled its ambassador out of Lima, the ministry said.", "pulled",
     "Lima", "PER"),
])
def test_the_host_is_the_recipient(event_pipe: Pipeline, text: str, trigger: str,
                                   host: str, country: str) -> None:
    """The toponym of the recall's host phrase, not the diplomat moved."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.text == host, ev.recipient
    assert ev.recipient.country == country


def _doc(pipe: Pipeline, text: str) -> Doc:
    """The processed doc of one article (actor mentions on it)."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    return doc


@pytest.mark.parametrize("text,trigger,actor_country", [
    # goods recalled: no diplomat
    ("The carmaker recalled 20,000 vehicles from Germany over faulty brakes.", "recalled",
     None),
    # troops pulled back from a place: no diplomat
    ("Kenya withdrew its troops from the border town of Mandera.", "withdrew", "KEN"),
    # no host named
    ("Peru recalled its ambassador for consultations, the ministry said.", "recalled", "PER"),
    # the host phrase names the actor's own capital
    ("Argentina recalled its envoy to Buenos Aires for urgent talks on the crisis.",
     "recalled", "ARG"),
    # a place noun with no name
    ("Chile recalled its ambassador from the capital on Monday.", "recalled", "CHL"),
])
def test_no_host_no_toponym(event_pipe: Pipeline, text: str, trigger: str,
                            actor_country: str | None) -> None:
    """Goods or troops moved, no host named, the actor's own seat, no
    name: the rule is silent."""
    doc = _doc(event_pipe, text)
    verb = next(t for t in doc if t.text == trigger)
    actor = None if actor_country is None else ActorMention(
        start=0, end=1, text="x", kind="state", country=actor_country, sectors=["GOV"],
        confidence=1.0, rule="test")
    assert recall_host(doc, verb, actor) is None


@pytest.mark.parametrize("text,trigger,party,country", [
    # the "with" phrase of the agreement the verb acts on; "French" is no party
    ("Georgia signed a French-brokered ceasefire agreement with Russia on Friday.",
     "signed", "Russia", "RUS"),
    # a treaty suspended: the treaty is content
    ("Chad suspended its 2019 border treaty with Sudan on Monday.", "suspended", "Sudan",
     "SDN"),
    # a headline's border with a neighbour
    ("Lithuania shuts border with Belarus over migrant surge", "shuts", "Belarus", "BLR"),
])
def test_the_with_party_is_the_recipient(event_pipe: Pipeline, text: str, trigger: str,
                                         party: str, country: str) -> None:
    """The toponym of the "with" phrase names the act's other side."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.text == party, ev.recipient
    assert ev.recipient.country == country


@pytest.mark.parametrize("text,trigger,actor_country", [
    # a co-actor set off by a comma
    ("Poland closed the crossings on Sunday, with Lithuania.", "closed", "POL"),
    ("Germany imposed new tariffs last week, with France.", "imposed", "DEU"),
    # the scene, not a "with" party
    ("Qatar signed the accord with great reluctance in Doha.", "signed", "QAT"),
    # a toponym of the actor's own country
    ("Kenya signed a water deal with Nairobi on Monday.", "signed", "KEN"),
    # the bilateral thing is a named party's: that party is acted on
    ("The blogger criticised the kingdom's ties with Israel in a post.", "criticised", "BHR"),
])
def test_with_near_misses(event_pipe: Pipeline, text: str, trigger: str,
                          actor_country: str) -> None:
    """A comma-set co-actor, a scene, the actor's own seat, another
    party's ties: silent."""
    doc = _doc(event_pipe, text)
    verb = next(t for t in doc if t.text == trigger)
    actor = ActorMention(start=0, end=1, text="x", kind="state", country=actor_country,
                         sectors=["GOV"], confidence=1.0, rule="test")
    assert with_party(doc, verb, actor) is None


WITH_TEXTS = [
    "Morocco renewed its fishing accord with Spain and its trade pact with Mauritania.",
    "Ghana ended the kingdom's ties with Togo, with Benin's support, in Accra.",
    "The two leaders met with Nigeria's envoy; Chad later signed a deal with Niger.",
]


@pytest.fixture(scope="module")
def with_docs(spacy_nlp: Any) -> list[Doc]:
    return [spacy_nlp(text) for text in WITH_TEXTS]


def test_with_phrases_read_on_the_children_table(with_docs: list[Doc]) -> None:
    """speed39: the toponyms of the "with" phrases, a possessor of the object
    and a comma before "with" read on the shared children table answer as
    the Token reading they replace, for every word; the sentences hold
    toponyms, possessors and a comma-set phrase."""
    found = owners = set_off = 0
    for doc in with_docs:
        for tok in doc:
            by_tokens = [o for o in tok.children if o.dep_ == "pobj"
                         and o.ent_type_ == "GPE" and o.pos_ == "PROPN"]
            assert [o.i for o in _toponyms_at(doc, [tok.i])] == [o.i for o in by_tokens]
            owner = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children)
            assert _named_owner(doc, tok.i) is owner
            comma = tok.i > 0 and doc[tok.i - 1].text == ","
            assert _set_off(doc, tok.i) is comma
            found, owners, set_off = found + len(by_tokens), owners + owner, set_off + comma
    assert found >= 3 and owners >= 1 and set_off >= 1
