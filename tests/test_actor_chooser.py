"""The actor chooser (eventwire/stages/events/actor_chooser.py): the
candidates the parse offers, the decision classes of the guard, and that
the chooser overrules the rules only in the classes its weights allow."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events import actor_chooser as ac


def _parse(pipe: Pipeline, text: str, trigger: str) -> tuple[Any, Any]:
    doc = pipe.nlp(text)
    return doc, next(t for t in doc if t.text == trigger)


@pytest.mark.parametrize("text,trigger,source,word", [
    # class *passive agents*: the by-phrase of the trigger
    ("The convoy was attacked by rebels near the border.", "attacked", "agent", "rebels"),
    ("The school was shelled by government forces on Monday.", "shelled", "agent", "forces"),
    ("Aid workers were detained by police in the capital.", "detained", "agent", "police"),
    # class *the speaker of a reported act*: the subject of the speech verb above
    ("The minister said the army shelled the village.", "shelled", "speaker", "minister"),
    ("Officials told reporters that troops had arrested two men.", "arrested", "speaker",
     "Officials"),
    ("The spokesman added that the navy would blockade the port.", "blockade", "speaker",
     "spokesman"),
    # class *the subject of the governing verb*: control ("vowed to attack")
    ("The rebels vowed to attack the town.", "attack", "gov_subj", "rebels"),
    ("The government refused to release the prisoners.", "release", "gov_subj", "government"),
    ("Protesters tried to storm the parliament.", "storm", "gov_subj", "Protesters"),
])
def test_candidate_tokens(full_pipeline: Pipeline, text: str, trigger: str, source: str,
                          word: str) -> None:
    doc, trig = _parse(full_pipeline, text, trigger)
    found = ac.candidate_tokens(doc, trig)
    assert source in found and found[source].text == word


def test_candidates_merge_sources_and_keep_the_rule_first(full_pipeline: Pipeline) -> None:
    doc, trig = _parse(full_pipeline, "Russian troops shelled the city on Sunday.", "shelled")
    rule = ac.candidates(doc, trig, None, lambda m: m)
    assert rule and "subj" in rule[0][0]
    first = rule[0][1]
    again = ac.candidates(doc, trig, first, lambda m: m)
    assert "rule" in again[0][0] and "subj" in again[0][0]  # one span, both sources
    assert len({(m.start, m.end) for _, m in again}) == len(again)


def _m(text: str, actor_id: str | None = None, rule: str = "kb") -> ActorMention:
    return ActorMention(start=0, end=len(text), text=text, actor_id=actor_id, rule=rule)


def test_decision_classes() -> None:
    named = _m("Hamas", "HAMAS")
    other = _m("police", rule="agent")
    assert ac.decision_class(None, None) == "keep"
    assert ac.decision_class(named, None) == "drop:named"
    assert ac.decision_class(_m("they", rule="pronoun"), None) == "drop:pron"
    assert ac.decision_class(named, (frozenset({"rule", "subj"}), named)) == "keep"
    assert ac.decision_class(None, (frozenset({"prev", "first"}), other)) == "fill:prev"
    assert ac.decision_class(named, (frozenset({"agent"}), other)) == "replace:agent"


def _fake_model(monkeypatch: pytest.MonkeyPatch, allowed: list[str]) -> None:
    # "none" always wins: the only question is whether the guard lets it
    model = {"weights": {"none": 10.0}, "allowed": allowed}
    monkeypatch.setattr(ac, "_model", lambda: model)


@pytest.mark.parametrize("allowed,dropped", [([], False), (["fill:prev"], False),
                                             (["drop:named", "drop:coded", "drop:bare"], True)])
def test_guard(full_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, allowed: list[str],
               dropped: bool) -> None:
    doc, trig = _parse(full_pipeline, "Israeli jets bombed the camp overnight.", "bombed")
    rule = ac.candidates(doc, trig, None, lambda m: m)[0][1]
    _fake_model(monkeypatch, allowed)
    got = ac.choose_actor(doc, trig, "ASSAULT", False, rule, lambda m: m)
    assert (got is None) == dropped
    if not dropped:
        assert got == rule


def test_no_weights_means_the_rules(full_pipeline: Pipeline,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    doc, trig = _parse(full_pipeline, "Rebels seized the town.", "seized")
    monkeypatch.setattr(ac, "_model", lambda: None)
    rule = _m("Rebels")
    assert ac.choose_actor(doc, trig, "ASSAULT", False, rule, lambda m: m) is rule


def test_a_disabled_weights_file_means_the_rules(tmp_path: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """``"enabled": false`` (the packaged default since actors12) is no model;
    a file without the key, or with ``true``, is one."""
    path = tmp_path / "chooser.json"
    monkeypatch.setattr(ac, "CHOOSER_PATH", path)
    for enabled, on in ((False, False), (True, True), (None, True)):
        body: dict[str, Any] = {"weights": {}, "allowed": []}
        if enabled is not None:
            body["enabled"] = enabled
        path.write_text(json.dumps(body), encoding="utf-8")
        ac._model.cache_clear()
        assert (ac._model() is not None) is on
    ac._model.cache_clear()


def _event(trigger_start: int, actor: ActorMention | None,
           recipient: ActorMention | None = None) -> Any:
    from eventwire.models.mentions import EventMention, Span

    return EventMention(trigger=Span("hit", trigger_start, trigger_start + 3), type="ASSAULT",
                        sentence=Span("x", 0, 1), actor=actor, recipient=recipient)


def test_apply_choices_and_plover_view(full_pipeline: Pipeline) -> None:
    doc = full_pipeline.nlp("Rebels hit the town and the army hit back.")
    rebels, army = _m("Rebels"), ActorMention(start=28, end=32, text="army", rule="agent")
    dropped, filled, swapped = _event(7, rebels), _event(33, None), _event(50, army)
    ac.store_choice(doc, doc[1], rebels, None)  # drop
    ac.store_choice(doc, doc[7], None, army)  # fill
    # the event's actor is no longer the rules' (a reciprocal swap): left alone
    doc.user_data[ac.CHOICE_KEY][50] = (rebels, None)
    shadows = ac.apply_choices(doc, [dropped, filled, swapped])
    assert dropped.actor is None and filled.actor == army and swapped.actor == army
    ac.keep_plover_sources(doc, shadows)
    assert ac.plover_source(doc, dropped) == rebels  # PLOVER codes a source
    assert ac.plover_source(doc, filled) == army


def test_apply_choices_never_makes_the_recipient_the_actor(full_pipeline: Pipeline) -> None:
    doc = full_pipeline.nlp("Rebels hit the town.")
    town = ActorMention(start=15, end=19, text="town", rule="agent")
    e = _event(7, None, recipient=town)
    ac.store_choice(doc, doc[1], None, town)
    assert ac.apply_choices(doc, [e]) == [] and e.actor is None


@pytest.mark.parametrize("text,trigger,actor,kept", [
    # class *the act's own doer stays*: by agents, subjects above, the trigger's words
    ("The market was shelled on Monday by artillery units.", "shelled", "units", True),
    ("The general was told to withdraw his soldiers.", "withdraw", "general", True),
    ("Hundreds of students are expected to rally in the square.", "rally", "students", True),
    ("Kenyan raids on the camp continued.", "raids", "Kenyan", True),
    # a mention elsewhere in the sentence may be dropped
    ("In Paris, the minister said, the building was looted.", "looted", "minister", False),
])
def test_protected(full_pipeline: Pipeline, text: str, trigger: str, actor: str,
                   kept: bool) -> None:
    doc, trig = _parse(full_pipeline, text, trigger)
    tok = next(t for t in doc if t.text == actor)
    m = ActorMention(start=tok.idx, end=tok.idx + len(tok.text), text=actor, rule="agent")
    assert ac.protected(doc, trig, m) == kept
