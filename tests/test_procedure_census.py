"""tools/procedure_census.py: the procedure sub-classes' patterns and the gold
event they find, on records written for this test (no gold set, no pipeline)."""

from __future__ import annotations

from typing import Any

from tools.procedure_census import census, counts, sentence_at, tsv_line


def _record(text: str, triggers: list[str], source: str = "own") -> dict[str, Any]:
    events = []
    for trig in triggers:
        at = text.index(trig)
        events.append({"trigger": {"start": at, "end": at + len(trig), "text": trig},
                       "type": "ACCUSE", "mode": "allege", "modality": "asserted"})
    return {"id": "rec_zz-01", "_set": "rec_zz", "source": source, "text": text,
            "events": events}


def _kinds(text: str, kind: str) -> list[str]:
    return [r["match"] for r in census([_record(text, [])], (kind,))]


def test_serving_takes_sentences_and_prison_time_not_terms_of_office() -> None:
    assert _kinds("The smuggler is serving a nine-year sentence in Lagos.", "serving") == [
        "serving a nine-year sentence"]
    assert _kinds("She served 30 months in a federal prison for fraud.", "serving") == [
        "served 30 months in a federal prison"]
    assert _kinds("He had served a prison term for bribery.", "serving") == [
        "served a prison term"]
    assert _kinds("A mayor may serve only two terms under the charter.", "serving") == []
    assert _kinds("The canteen served 400 meals a day to inmates.", "serving") == []


def test_booked_needs_a_jail_or_charge_in_its_sentence() -> None:
    assert _kinds("Deputies booked the driver into the county jail.", "booked") == ["booked"]
    assert _kinds("The delegation booked rooms at a lakeside hotel.", "booked") == []


def test_trial_and_hearing_skip_their_look_alikes() -> None:
    text = ("The vaccine entered a clinical trial. The general's trial opened in Kigali. "
            "Her hearing aid failed. After hearing the shots, guards ran. "
            "A bail hearing is set for Friday. The jury will begin hearing evidence on Monday. "
            "The panel kept hearing testimony. A hearing on the appeal was postponed.")
    assert [r["match"] for r in census([_record(text, [])], ("trial", "hearing"))] == [
        "trial", "hearing", "hearing"]
    assert _kinds("The colonel was arraigned on Monday; his arraignment was brief.",
                  "arraignment") == ["arraigned", "arraignment"]


def test_custody_takes_the_verb_before_it() -> None:
    assert _kinds("Two suspects remain in police custody.", "custody") == [
        "remain in police custody"]
    assert _kinds("Rangers took the poachers into custody at dawn.", "custody") == [
        "into custody"]


def test_rows_name_the_gold_event_on_the_words_and_count_by_origin() -> None:
    text = "The trial of the ex-minister began. Reporters crowded the trial room."
    rows = census([_record(text, ["trial"], source="ecbplus:1_1ecb")], ("trial",))
    assert [(r["event"], r["origin"]) for r in rows] == [(0, "real"), (None, "real")]
    assert rows[0]["sentence"] == "The trial of the ex-minister began."
    assert counts(rows)["trial"] == {"real event": 1, "real none": 1}
    line = tsv_line(rows[0]).split("\t")
    assert line[:7] == ["rec_zz", "real", "rec_zz-01", "trial", "4", "trial", "#0"]
    assert tsv_line(rows[1]).split("\t")[6:11] == ["-"] * 5


def test_sentence_at_stops_at_a_full_stop_and_a_line_break() -> None:
    text = "Title line\nFirst one. Second one here.\nLast."
    s, e = sentence_at(text, text.index("Second"))
    assert text[s:e].strip() == "Second one here."
