"""A demand told as "Y must Z" in PLOVER's view
(eventwire/stages/events/plover_demands.py). Sentences written for these
tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.plover_demands import demanding_source


def _sources(pipe: Pipeline, text: str) -> dict[str, str | None]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    out = {}
    for e in doc._.events:
        found = demanding_source(doc, e)
        out[e.trigger.text] = None if found is None else found.text
    return out


@pytest.mark.parametrize("text,trigger,sayer", [
    ("The Kenyan government declared on Monday that Uganda must withdraw its troops.",
     "withdraw", "Kenyan government"),
    ("Chancellor Olaf Brandt issued a warning to Serbia that it must release the "
     "prisoners.", "release", "Olaf Brandt"),
    ("The African Union said that the junta should release the detained president.",
     "release", "African Union"),
])
def test_the_sayer_of_an_obligation_is_the_source(event_pipe: Pipeline, text: str,
                                                  trigger: str, sayer: str) -> None:
    found = _sources(event_pipe, text)
    assert trigger in found and found[trigger] is not None and sayer in found[trigger], found


@pytest.mark.parametrize("text", [
    # no obligation: the act is the subject's own
    "The Kenyan government said on Monday that Uganda withdrew its troops.",
    # an obligation stated by the outlet, not the content of a saying
    "Uganda must withdraw its troops from the border town.",
    "Police arrested two men who must appear in court on Friday.",
])
def test_no_saying_no_sayer(event_pipe: Pipeline, text: str) -> None:
    assert all(v is None for v in _sources(event_pipe, text).values())


@pytest.mark.parametrize("text,trigger", [
    # review44: "must have"/"should have" + a participle is an inference or a
    # reproach about the past, no demand on the clause's subject
    ("Police believe the gunmen must have attacked the convoy at dawn.", "attacked"),
    ("The prosecutor said the two officers must have beaten the prisoner before the trial.",
     "beaten"),
    ("Diplomats argued that the envoy should have met the rebel leaders in Juba.", "met"),
])
def test_a_perfect_after_the_modal_is_no_demand(event_pipe: Pipeline, text: str,
                                                trigger: str) -> None:
    found = _sources(event_pipe, text)
    assert found.get(trigger) is None, found


@pytest.mark.parametrize("text,trigger", [
    # review44: a clause of reason, condition or time is no content of a saying
    ("The army shelled the town because the rebels must withdraw before Friday.", "withdraw"),
    ("The council voted to fine the company, since it must repay the subsidies.", "repay"),
    ("The navy blockaded the port while the freighters should unload their grain.",
     "unload"),
])
def test_a_clause_of_reason_is_no_demand(event_pipe: Pipeline, text: str,
                                         trigger: str) -> None:
    found = _sources(event_pipe, text)
    assert found.get(trigger) is None, found


@pytest.mark.parametrize("text,trigger", [
    # mends27c: a verb of knowing, believing or finding governs no demand
    ("The Kenyan rebels knew that the army must retreat from the valley.", "retreat"),
    ("The Ugandan court found that the ministry should compensate the farmers.",
     "compensate"),
    ("Officials in Nairobi feared that the government must evacuate the coastal town.",
     "evacuate"),
    ("The Kenyan police believed that the militia should surrender its weapons.",
     "surrender"),
])
def test_a_verb_of_knowing_governs_no_demand(event_pipe: Pipeline, text: str,
                                             trigger: str) -> None:
    found = _sources(event_pipe, text)
    assert found.get(trigger) is None, found


@pytest.mark.parametrize("text,trigger,sayer", [
    # mends27c: verbs of saying keep their sayer (an "insisted"/"warned"
    # clause is the saying verb's own event, not this one's)
    ("The Kenyan government stressed that Uganda must withdraw its troops from the "
     "border.", "withdraw", "Kenyan government"),
    ("The African Union stated that the junta must release the detained minister.",
     "release", "African Union"),
    ("The European Union declared that Serbia should extradite the suspect.",
     "extradite", "European Union"),
])
def test_a_verb_of_demanding_keeps_its_sayer(event_pipe: Pipeline, text: str,
                                             trigger: str, sayer: str) -> None:
    found = _sources(event_pipe, text)
    assert trigger in found and found[trigger] is not None and sayer in found[trigger], found
