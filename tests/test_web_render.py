"""Evidence spans and the highlighted segments of the article view."""

from __future__ import annotations

from eventwire.web.render import compare, evidence, says_label, segments

TEXT = "Rebels attacked the base if talks fail, police said."
EVENT = {
    "event_id": "e-1", "trigger": {"text": "attacked", "span": [7, 15]},
    "actor": {"text": "Rebels", "span": [0, 6]}, "recipient": None,
    "time": {"value": None, "span": None}, "place": None,
    "factuality": {"condition": {"text": "if talks fail", "span": [25, 38]}},
    "attribution": [{"role": "speaker", "text": "police", "span": [40, 46]},
                    {"role": "outlet", "text": "Wire", "span": None}],
    "framing": [{"text": "talks", "span": [28, 33], "kind": "x"}],
}


def test_evidence_lists_every_span_with_the_text_itself() -> None:
    spans = evidence(EVENT, TEXT)
    assert {s["field"] for s in spans} == {"trigger", "actor", "condition", "speaker", "framing"}
    assert all(TEXT[s["start"]:s["end"]] == s["text"] for s in spans)


def test_segments_cover_the_text_once_and_nest_overlaps() -> None:
    spans = [{**s, "event_id": "e-1"} for s in evidence(EVENT, TEXT)]
    spans.append({"field": "trigger", "start": 28, "end": 33, "event_id": "e-2"})
    spans.append({"field": "place", "start": 0, "end": 999, "event_id": "e-3"})  # ignored
    parts = segments(TEXT, spans)
    assert "".join(p.text for p in parts) == TEXT
    talks = next(p for p in parts if p.text == "talks")
    assert talks.fields == ["trigger", "condition", "framing"]  # priority order
    assert talks.events == ["e-1", "e-2"] and talks.css.startswith("hl-trigger")
    assert next(p for p in parts if p.text.startswith(" the base")).fields == []


def test_labels_and_comparison() -> None:
    assert says_label(EVENT["attribution"]) == "police → Wire"
    other = {**EVENT, "trigger": {"text": "raided", "span": [7, 13]}}
    rows = {r["field"]: r for r in compare({"disagreements": {"actor": []}}, [EVENT, other])}
    assert rows["actor"]["disagree"] and not rows["modality"]["disagree"]
    assert rows["trigger"]["disagree"] and rows["trigger"]["values"] == ["attacked", "raided"]
