"""The recipient error census (tools/recipient_census.py): each wrong
recipient gets the class a fix would have to cover. Own sentences only."""

from __future__ import annotations

from typing import Any

from eventwire.nlp.pipeline import Pipeline
from tools.recipient_census import classify


def _m(text: str, part: str, **codes: Any) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part, **codes}


def _event(text: str, trigger: str, recipient: dict[str, Any] | None,
           actor: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"trigger": _m(text, trigger), "recipient": recipient, "actor": actor}


def test_census_classes(event_pipe: Pipeline) -> None:
    text = "Police in Chile arrested him on Monday. Rebels shelled the town of Homs."
    doc = event_pipe.nlp(text)
    art = {"text": text, "title": ""}
    him = _m(text, "him", country="CHL", sector="CVL")
    assert classify(doc, art, _event(text, "arrested", him), _event(text, "arrested", None)) \
        == ("missing", "dobj")
    police = _m(text, "Police", country="CHL", sector="COP")
    assert classify(doc, art, _event(text, "arrested", None, police),
                    _event(text, "arrested", police, police)) == ("spurious", "actor repeated")
    homs = _m(text, "Homs", country="SYR", sector=None)
    assert classify(doc, art, _event(text, "shelled", _m(text, "Homs", country="SYR")),
                    _event(text, "shelled", {**homs, "country": "LBN"})) \
        == ("resolution", "country")
    titled = {"text": text, "title": "Police in Chile arrested him on Monday."}
    assert classify(doc, titled, _event(text, "arrested", him),
                    _event(text, "arrested", None)) == ("missing", "headline shape")
