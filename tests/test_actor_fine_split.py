"""The fine actor-error splitter (tools/actor_fine_split.py): sentences and
mentions written for these tests, none from an evaluation set."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from tools.actor_fine_split import form, relation, table


class _KB:
    """A knowledge base that knows one state."""

    def lookup(self, phrase: str) -> list[Any]:
        kind = type("A", (), {"kind": "state"})
        return [kind()] if phrase == "norway" else []


def _m(text: str, word: str) -> dict[str, Any]:
    start = text.index(word)
    return {"text": word, "start": start, "end": start + len(word)}


def test_forms(spacy_nlp: Language) -> None:
    text = "Norway said the minister and his aides met protesters whom police had beaten."
    doc = spacy_nlp(text)

    def f(word: str) -> str:
        m = _m(text, word)
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        assert span is not None
        return form(span, _KB())

    assert f("Norway") == "state name"
    assert f("the minister and his aides") == "coordinated"
    assert f("his") == "possessive"
    assert f("protesters") == "collective"
    assert f("whom") == "pronoun"


def test_relations(spacy_nlp: Language) -> None:
    text = "The village was shelled by the army, and the mayor said rebels fled."
    doc = spacy_nlp(text)

    def r(word: str, trigger: str, speaker: dict[str, Any] | None = None) -> str:
        m = _m(text, word)
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        trig = doc.char_span(*[_m(text, trigger)[k] for k in ("start", "end")])
        assert span is not None and trig is not None
        return relation(span, trig.root, speaker, m)

    assert r("army", "shelled") == "by-agent"
    assert r("rebels", "fled") == "subject"
    assert r("mayor", "fled") == "governing subject"
    assert r("mayor", "fled", _m(text, "the mayor")) == "speaker"


def test_table_counts_real_and_sets() -> None:
    rows = [{"set": "rec_a", "real": True, "outcome": "missing"},
            {"set": "rec_b", "real": False, "outcome": "missing"},
            {"set": "rec_b", "real": False, "outcome": "country"}]
    lines = table(rows, "outcome").splitlines()
    assert lines[2] == "| missing | 2 | 1 | 2 |"
    assert lines[3] == "| country | 1 | 0 | 1 |"
