"""tools/place_rule_census.py: which guide rule gold's place follows and
which the system used (branch place38). Every text was written for these
tests."""

from __future__ import annotations

from tools.place_rule_census import gold_rule, header_span, sentence_of, system_rule

TEXT = ("Gunmen storm hotel\nKISUMU, May 3 (Reuters) - Gunmen stormed a hotel in Kakamega on "
        "Friday, police said. The governor condemned the attack. The army sent troops to "
        "Kenya's border.\n")


def _at(word: str) -> dict[str, int | str]:
    i = TEXT.index(word)
    return {"start": i, "end": i + len(word), "text": word}


def test_header_and_sentence() -> None:
    header = header_span(TEXT)
    assert TEXT[header[0]:header[1]].startswith("KISUMU")
    a, b = sentence_of(TEXT, TEXT.index("condemned"), header)
    assert TEXT[a:b] == "The governor condemned the attack."
    a, _ = sentence_of(TEXT, TEXT.index("stormed"), header)
    assert a == header[1]  # the lede starts after the dateline header


def test_gold_rule_by_where_the_gold_words_are() -> None:
    header = header_span(TEXT)
    kakamega = {**_at("Kakamega"), "lat": 0.28, "lon": 34.75}
    kisumu = {**_at("KISUMU"), "lat": -0.1, "lon": 34.75}
    own = {"trigger": _at("stormed"), "type": "ASSAULT", "place": kakamega}
    scene = {"trigger": _at("attack."), "type": "ASSAULT", "place": kakamega}
    dateline = {"trigger": _at("condemned"), "type": "ACCUSE", "place": kisumu}
    assert gold_rule(own, TEXT, header) == "own"
    assert gold_rule(scene, TEXT, header) == "scene"
    assert gold_rule(dateline, TEXT, header) == "dateline"


def test_gold_none_split_by_reason() -> None:
    header = header_span(TEXT)
    headline = {"trigger": _at("storm"), "type": "ASSAULT", "place": None}
    statement = {"trigger": _at("condemned"), "type": "ACCUSE", "place": None}
    foreign = {"trigger": _at("sent"), "type": "MOBILIZE", "place": None,
               "actor": {"country": "UGA"}}
    assert gold_rule(headline, TEXT, header) == "none:headline"
    assert gold_rule(statement, TEXT, header) == "none:statement"
    assert gold_rule(foreign, TEXT, header) == "none:foreign"


def test_system_rule_by_basis() -> None:
    assert system_rule({"place": None}) == "none"
    assert system_rule({"place": {"basis": "focus", "lat": 0.5, "lon": 38.0}}) == "none"
    assert system_rule({"place": {"basis": "clause", "lat": 0.28, "lon": 34.75}}) == "own"
    assert system_rule({"place": {"basis": "scene", "lat": 0.28, "lon": 34.75}}) == "scene"
