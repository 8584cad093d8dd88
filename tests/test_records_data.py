"""The gold record files (tests/data/records/*.jsonl) are well formed.

These tests only *load and validate* the files with the loader `eval records`
uses; they never run the pipeline on them (the blind halves, and the whole of
rec_d, must not be seen by the system before the one blind run)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from eventwire.eval.runner import read_jsonl
from eventwire.models import MODALITIES, PLOVER_TYPES

RECORDS = Path(__file__).parent / "data" / "records"
FILES = sorted(RECORDS.glob("*.jsonl"))
MODES = {t: set(m) for t, m in yaml.safe_load(
    (Path(__file__).parents[1] / "eventwire" / "data" / "events" / "modes.yaml")
    .read_text(encoding="utf-8")).items()}
SECTORS = {"GOV", "MIL", "REB", "LEG", "JUD", "COP", "OPP", "CVL", "BUS", "MED", "IGO", "NGO",
           "UAF", "SPY", "EDU", "REL", "HLH", "REF", "LAB"}
VALUE = {"day": r"\d{4}-\d\d-\d\d", "week": r"\d{4}-W\d\d", "month": r"\d{4}-\d\d",
         "year": r"\d{4}"}
ARTICLE_KEYS = {"id", "outlet", "published", "title", "text", "split", "source", "events"}
EVENT_KEYS = {"trigger", "type", "mode", "actor", "recipient", "time", "place", "speaker",
              "relays", "modality", "condition", "cluster"}


def _check_span(text: str, span: dict[str, Any] | None, where: str) -> None:
    if span is None:
        return
    assert text[span["start"]:span["end"]] == span["text"], where
    assert span["text"].strip() == span["text"] and span["text"], where


def _check_participant(text: str, p: dict[str, Any] | None, where: str) -> None:
    if p is None:
        return
    _check_span(text, p, where)
    assert p["country"] is None or re.fullmatch(r"[A-Z]{3}", p["country"]), where
    assert p["sector"] is None or p["sector"] in SECTORS, where


def _check_event(text: str, ev: dict[str, Any], where: str) -> None:
    assert set(ev) == EVENT_KEYS, where
    assert ev["type"] in PLOVER_TYPES, where
    assert ev["mode"] is None or ev["mode"] in MODES.get(ev["type"], set()), where
    assert ev["modality"] in MODALITIES, where
    for key in ("trigger", "speaker", "condition"):
        _check_span(text, ev[key], f"{where} {key}")
    assert ev["trigger"] is not None, where
    for relay in ev["relays"]:
        _check_span(text, relay, f"{where} relay")
    _check_participant(text, ev["actor"], f"{where} actor")
    _check_participant(text, ev["recipient"], f"{where} recipient")
    time = ev["time"]
    if time["value"] is None:
        assert time["granularity"] == "unknown", where
    else:
        assert re.fullmatch(VALUE[time["granularity"]], time["value"]), where
    assert isinstance(time["background"], bool), where
    if ev["place"] is not None:
        _check_span(text, ev["place"], f"{where} place")
        assert -90 <= ev["place"]["lat"] <= 90 and -180 <= ev["place"]["lon"] <= 180, where
    if ev["modality"] == "conditional":
        assert ev["condition"] is not None, where
    assert isinstance(ev["cluster"], str) and ev["cluster"], where


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_record_file_is_well_formed(path: Path) -> None:
    records = read_jsonl(path)
    assert records
    for rec in records:
        assert ARTICLE_KEYS <= set(rec), rec.get("id")
        assert rec["split"] in ("dev", "blind"), rec["id"]
        for i, ev in enumerate(rec["events"]):
            _check_event(rec["text"], ev, f"{rec['id']} event {i}")


def test_record_ids_are_unique_across_files() -> None:
    ids = [r["id"] for p in FILES for r in read_jsonl(p)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name,articles,events",
                         [("rec_d", 24, 220), ("rec_e", 28, 300), ("rec_f", 30, 350)])
def test_fresh_blind_batch(name: str, articles: int, events: int) -> None:
    """rec_d, rec_e and rec_f (docs/annotation.md, "Batch d" / "Batch e") are blind
    as a whole; a condition span is given only for `conditional` events, as
    the guide says."""
    records = read_jsonl(RECORDS / f"{name}.jsonl")
    evs = [ev for r in records for ev in r["events"]]
    assert len(records) >= articles and len(evs) >= events
    assert {r["split"] for r in records} == {"blind"}
    assert {r["source"] for r in records} == {"own"}
    assert all((ev["condition"] is not None) == (ev["modality"] == "conditional")
               for ev in evs)
    assert len({r["outlet"] for r in records}) >= 5
    assert all(r["text"].startswith(r["title"]) for r in records)  # own texts: headline first


@pytest.mark.parametrize("name", ["rec_e", "rec_f"])
def test_blind_batch_tells_stories_by_several_outlets(name: str) -> None:
    """rec_e and rec_f tell at least three stories through two outlets each:
    their mentions share a `cluster` id across articles (cross-article dedup)."""
    records = read_jsonl(RECORDS / f"{name}.jsonl")
    articles_of: dict[str, set[str]] = {}
    for r in records:
        for ev in r["events"]:
            articles_of.setdefault(ev["cluster"], set()).add(r["outlet"])
    assert sum(1 for outlets in articles_of.values() if len(outlets) >= 2) >= 3


def _regenerates_byte_identical(name: str, tmp_path: Path) -> None:
    """``name``.jsonl is exactly what its builder ``make_<name>.py`` writes
    (labels live in the builder; the JSONL is never edited by hand). The
    builder runs on a copy so the checked-in file is never touched; no
    pipeline runs."""
    import shutil
    import subprocess
    import sys

    out = tmp_path / "records"
    out.mkdir()
    for file in (f"make_{name}.py", "needles.py", "date_relabel.tsv", "trigger_relabel.tsv",
                 "mode_relabel.tsv", "actor_relabel.tsv",
                 "recipient_relabel.tsv", "type_relabel.tsv", "relay_relabel.tsv",
                 "sector_relabel.tsv", "court_place_relabel.tsv", "dateline_place_relabel.tsv"):
        shutil.copy(RECORDS / file, out / file)
    shutil.copy(RECORDS / "place_relabel.tsv", out / "place_relabel.tsv")
    shutil.copy(RECORDS / "event_relabel.tsv", out / "event_relabel.tsv")  # relabel50
    shutil.copy(RECORDS.parent / "spans.py", tmp_path / "spans.py")
    subprocess.run([sys.executable, str(out / f"make_{name}.py")], check=True,
                   capture_output=True)
    assert (out / f"{name}.jsonl").read_bytes() == (RECORDS / f"{name}.jsonl").read_bytes()


def test_rec_f_regenerates_byte_identical(tmp_path: Path) -> None:
    _regenerates_byte_identical("rec_f", tmp_path)


@pytest.mark.parametrize("name", ["rec_a", "rec_b", "rec_c", "rec_d", "rec_e", "rec_g", "rec_h",
                                  "rec_i"])
def test_relabelled_set_regenerates_byte_identical(name: str, tmp_path: Path) -> None:
    """The sets whose dates date_relabel.tsv moves (dates11) or whose ACCUSE
    triggers trigger_relabel.tsv moves (relabel48; the other sets it moves
    are checked below) are exactly what their builders write with the tables
    applied: the JSONL was not edited by hand and the builder's labels plus
    the tables give it."""
    _regenerates_byte_identical(name, tmp_path)


def _relabel_rows() -> list[list[str]]:
    lines = (RECORDS / "date_relabel.tsv").read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines
            if ln and not ln.startswith("#") and not ln.startswith("event\t")]


def test_date_relabel_rows_are_in_the_gold() -> None:
    """Every row of the relabel table (docs/annotation.md "Event dates: the
    four rules") names one event once, a rule 1-4 and a reason, and the
    checked-in gold carries its new date at its granularity."""
    rows = _relabel_rows()
    assert len(rows) == len({r[0] for r in rows}) >= 30
    events = {r["id"]: r["events"] for f in FILES for r in read_jsonl(f)}
    for event, trigger, old, new, gran, rule, why in rows:
        aid, idx = event.split("#")
        ev = events[aid][int(idx)]
        assert ev["trigger"]["text"] == trigger and rule in {"1", "2", "3", "4"} and why
        assert old != new
        if new == "-":
            assert ev["time"] == {"value": None, "granularity": "unknown", "background": False}
        else:
            assert (ev["time"]["value"], ev["time"]["granularity"]) == (new, gran)


def test_apply_date_relabel_refuses_a_label_that_moved() -> None:
    """A row whose old value no longer matches the builder's label (an edited
    builder, a shifted event index) stops the build instead of relabelling
    the wrong event."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_date_relabel

    rows = [r for r in _relabel_rows() if r[0].startswith("rec_a-")]
    records = read_jsonl(RECORDS / "rec_a.jsonl")
    by_id = {r["id"]: r for r in records}
    for event, _trigger, old, _new, _gran, _rule, _why in rows:   # back to the builder's labels
        aid, idx = event.split("#")
        by_id[aid]["events"][int(idx)]["time"] = {
            "value": None if old == "-" else old, "granularity": "day", "background": False}
    assert apply_date_relabel(records, "rec_a") == len(rows) >= 5
    assert records == read_jsonl(RECORDS / "rec_a.jsonl")
    aid, idx = rows[0][0].split("#")
    by_id[aid]["events"][int(idx)]["time"]["value"] = "1999-01-01"
    with pytest.raises(AssertionError):
        apply_date_relabel(records, "rec_a")


def _trigger_rows() -> list[list[str]]:
    lines = (RECORDS / "trigger_relabel.tsv").read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines
            if ln and not ln.startswith("#") and not ln.startswith("set\t")]


def _needle_word(needle: str) -> str:
    """The trigger a needle names: the bracketed word of a context, or the
    needle without the ``<`` that marks a noun before its verb (relabel56)."""
    return needle.split("[", 1)[1].split("]", 1)[0] if "[" in needle else needle.lstrip("<")


def test_trigger_relabel_rows_are_in_the_gold() -> None:
    """Every row of trigger_relabel.tsv (docs/annotation.md, "Criticism with
    an adjective": a noun label is the trigger) names one ACCUSE (or a
    custody order's COERCE, relabel52, a diplomatic note's REQUEST,
    relabel57, or an ordered measure's COERCE or SANCTION on its noun,
    relabel60 (e)) once, with a reason, in the set it names, and the checked-in
    gold carries the new trigger text in the old trigger's sentence, after
    the labelling verb."""
    rows = _trigger_rows()
    assert len(rows) == len({r[1] for r in rows}) >= 30
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    for name, event, old, new, why in rows:
        aid, idx = event.split("#")
        assert aid.startswith(name + "-") and why and old != new or "[" in new
        rec = records[aid]
        ev = rec["events"][int(idx)]
        assert ev["type"] in ("ACCUSE", "COERCE", "REQUEST", "SANCTION"), event
        assert ev["trigger"]["text"] == _needle_word(new), event
        ordered_measure = old == "ordered" and why.startswith("relabel60 (e)") and ev["type"] in (
            "COERCE", "SANCTION")
        assert ev["type"] == "ACCUSE" or ordered_measure or (
            old == "ordered" and "custody order" in why) or (
            ev["type"] == "REQUEST" and why.startswith("relabel57 (a)")
            and "note" in _needle_word(new)), event
        start = int(ev["trigger"]["start"])
        assert rec["text"][start:int(ev["trigger"]["end"])] == _needle_word(new)
        if new.startswith("<"):   # "a protest lodged by": the verb follows its noun
            verb_at = rec["text"].find(old, start)
            assert verb_at >= 0 and "\n" not in rec["text"][start:verb_at], event
            continue
        end = start if old == _needle_word(new) else int(ev["trigger"]["end"])
        verb_at = rec["text"].rfind(old, 0, end)  # "act of terror" holds "terror"
        assert verb_at >= 0 and "\n" not in rec["text"][verb_at:start], event


def _table(tmp_path: Path, *rows: str) -> Path:
    table = tmp_path / "trigger_relabel.tsv"
    table.write_text("# test\nset\tevent\told\tnew\treason\n" + "".join(
        r + "\n" for r in rows), encoding="utf-8")
    return table


def _record(text: str, old: str) -> dict:
    at = text.index(old)
    trigger = {"start": at, "end": at + len(old), "text": old}
    return {"id": "rec_zz-01", "text": text,
            "events": [{"type": "ACCUSE", "trigger": trigger}]}


def test_apply_trigger_relabel_moves_to_the_noun_and_refuses_a_moved_label(
        tmp_path: Path) -> None:
    """A row moves the trigger to its needle after the old trigger (or to the
    bracketed word of a context); a row whose old trigger no longer matches
    the builder's label, or whose needle lies past the sentence, stops the
    build instead of relabelling the wrong event."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_trigger_relabel

    text = "The mayor called the eviction a disgrace. Critics called it a scandal."
    table = _table(tmp_path, "rec_zz\trec_zz-01#0\tcalled\tdisgrace\tnoun label")
    records = [_record(text, "called")]
    assert apply_trigger_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["trigger"] == {"start": 32, "end": 40, "text": "disgrace"}
    assert apply_trigger_relabel([_record(text, "called")], "rec_yy", table) == 0
    twice = "The mayor called the eviction a disgrace and rejected what he called lies."
    table = _table(tmp_path, "rec_zz\trec_zz-01#0\tcalled\twhat he [called]\tits own verb")
    records = [_record(twice, "called")]
    assert apply_trigger_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["trigger"]["start"] == twice.rindex("called")
    with pytest.raises(AssertionError):   # the builder's trigger moved
        apply_trigger_relabel([_record(text, "mayor")], "rec_zz", table)
    lodged = "Oslo rejected a protest lodged by Bern. Bern said the protest stood."
    table = _table(tmp_path, "rec_zz\trec_zz-01#0\tlodged\t<protest\tnoun before its verb")
    records = [_record(lodged, "lodged")]
    assert apply_trigger_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["trigger"] == {"start": 16, "end": 23, "text": "protest"}
    verbale = "Quito sent a note verbale to Lima asking for the files."   # relabel57 (a)
    table = _table(tmp_path, "rec_zz\trec_zz-01#0\tsent\tnote verbale\ta note's request")
    records = [_record(verbale, "sent")]
    records[0]["events"][0]["type"] = "REQUEST"
    assert apply_trigger_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["trigger"] == {"start": 13, "end": 25, "text": "note verbale"}
    records = [_record(verbale, "sent")]
    records[0]["events"][0]["type"] = "AGREE"
    with pytest.raises(AssertionError):   # only ACCUSE, COERCE and a note's REQUEST move
        apply_trigger_relabel(records, "rec_zz", table)
    table = _table(tmp_path, "rec_zz\trec_zz-01#0\tcalled\tscandal\tnext sentence")
    with pytest.raises(AssertionError):   # the needle lies in another sentence
        apply_trigger_relabel([_record(text, "called")], "rec_zz", table)


def _place_rows() -> list[list[str]]:
    lines = (RECORDS / "place_relabel.tsv").read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines
            if ln and not ln.startswith("#") and not ln.startswith("set\t")]


def test_place_relabel_rows_are_in_the_gold() -> None:
    """Every row of place_relabel.tsv (docs/annotation.md, "Undated speech
    acts under a dateline") names one undated speech act once, in its set,
    with a reason; its old place opened the article (the dateline) and the
    checked-in gold gives it no place."""
    from eventwire.stages.geo.place_scope import VERBAL_TYPES

    rows = _place_rows()
    assert len(rows) == len({r[1] for r in rows}) >= 70
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    for name, event, trigger, old, new, why in rows:
        aid, idx = event.split("#")
        rec = records[aid]
        ev = rec["events"][int(idx)]
        assert aid.startswith(name + "-") and why and new == "-", event
        if why.startswith("relabel56 (a)"):   # a future refusal has no venue of its own
            assert (ev["trigger"]["text"], ev["type"], ev["mode"], ev["modality"]) == (
                trigger, "COERCE", "restrict", "future") and ev["place"] is None, event
            continue
        assert ev["trigger"]["text"] == trigger and ev["type"] in VERBAL_TYPES, event
        assert ev["place"] is None and ev["time"]["value"] is None, event
        assert old in rec["text"][:rec["text"].index("\n", rec["text"].index("\n") + 1)]


def test_no_local_undated_speech_act_keeps_the_dateline() -> None:
    """After the relabel, the gold of every set follows the decision: no
    local actor's undated speech act is placed at the dateline unless its
    cluster is dated (the census of tools/dateline_statement_census.py), and
    the class is large (the decision is not about a handful)."""
    from tools.dateline_statement_census import census, in_class

    rows = [r for r in census(FILES) if in_class(r)]
    assert len(rows) >= 700
    assert [r["event"] for r in rows if r["outcome"] == "dateline"] == []


def test_apply_place_relabel_takes_the_dateline_off_and_refuses_a_moved_label(
        tmp_path: Path) -> None:
    """A row takes the place off its event; a row whose trigger or old place
    no longer matches the builder's label stops the build instead of
    relabelling the wrong event; other sets' rows are not applied."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_place_relabel

    text = "The envoy's protest\nACCRA, May 2 - The minister accused the opposition of lying."
    table = tmp_path / "place_relabel.tsv"
    table.write_text("# test\nset\tevent\ttrigger\told\tnew\treason\n"
                     "rec_zz\trec_zz-01#0\taccused\tACCRA\t-\tundated\n", encoding="utf-8")

    def record(trigger: str, place: str) -> list[dict]:
        at, where = text.index(trigger), text.index(place)
        return [{"id": "rec_zz-01", "text": text, "events": [{
            "trigger": {"start": at, "end": at + len(trigger), "text": trigger},
            "place": {"start": where, "end": where + len(place), "text": place}}]}]

    records = record("accused", "ACCRA")
    assert apply_place_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["place"] is None
    assert apply_place_relabel(record("accused", "ACCRA"), "rec_yy", table) == 0
    with pytest.raises(AssertionError):   # the builder's trigger moved
        apply_place_relabel(record("lying", "ACCRA"), "rec_zz", table)
    with pytest.raises(AssertionError):   # the old place is another one
        apply_place_relabel(record("accused", "opposition"), "rec_zz", table)


def _mode_rows() -> list[list[str]]:
    lines = (RECORDS / "mode_relabel.tsv").read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines
            if ln and not ln.startswith("#") and not ln.startswith("set\t")]


def test_mode_relabel_rows_are_in_the_gold() -> None:
    """Every row of mode_relabel.tsv (docs/annotation.md, "Mode decisions
    across the record sets") names one event once, in the set it names, with
    a reason and a real change, and the checked-in gold carries its new mode
    (``-`` is null), a mode of the event's type."""
    rows = _mode_rows()
    assert len(rows) == len({r[1] for r in rows}) >= 100
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    for name, event, old, new, why in rows:
        aid, idx = event.split("#")
        assert aid.startswith(name + "-") and why and old != new, event
        ev = records[aid]["events"][int(idx)]
        assert (ev["mode"] or "-") == new, (event, ev["mode"])
        assert new == "-" or new in MODES[ev["type"]], event


def _mode_record(mode: str | None, typ: str = "REQUEST") -> dict:
    return {"id": "rec_zz-01", "text": "x",
            "events": [{"type": typ, "mode": mode, "trigger": {"text": "urged"}}]}


def test_apply_mode_relabel_moves_a_mode_and_refuses_a_moved_label(tmp_path: Path) -> None:
    """A row moves the builder's mode to the new one (``-`` is null); a row
    whose old mode no longer matches the builder's label, or whose new mode
    does not belong to the event's type, stops the build."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_mode_relabel

    table = tmp_path / "mode_relabel.tsv"
    table.write_text("# test\nset\tevent\told\tnew\treason\n"
                     "rec_zz\trec_zz-01#0\t-\tyield\ta concession\n", encoding="utf-8")
    records = [_mode_record(None)]
    assert apply_mode_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["mode"] == "yield"
    assert apply_mode_relabel([_mode_record(None)], "rec_yy", table) == 0
    with pytest.raises(AssertionError):   # the builder's label moved
        apply_mode_relabel([_mode_record("change")], "rec_zz", table)
    with pytest.raises(AssertionError):   # yield is no ASSAULT mode
        apply_mode_relabel([_mode_record(None, "ASSAULT")], "rec_zz", table)
    table.write_text("set\tevent\told\tnew\treason\n"
                     "rec_zz\trec_zz-01#0\taerial\t-\tno platform\n", encoding="utf-8")
    records = [_mode_record("aerial", "ASSAULT")]
    assert apply_mode_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["mode"] is None


def _actor_rows() -> list[list[str]]:
    lines = (RECORDS / "actor_relabel.tsv").read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines
            if ln and not ln.startswith("#") and not ln.startswith("set\t")]


def test_actor_relabel_rows_are_in_the_gold() -> None:
    """Every row of actor_relabel.tsv (docs/annotation.md, "Actor decisions
    across the record sets") names one event field once, in the set it names,
    with a reason and a real change, and the checked-in gold carries the new
    mention, its country and its sector."""
    rows = _actor_rows()
    assert len(rows) == len({(r[1], r[2]) for r in rows}) >= 8
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    for name, event, field, old, new, sector, why in rows:
        aid, idx = event.split("#")
        assert aid.startswith(name + "-") and why and old != new, event
        span = records[aid]["events"][int(idx)][field]
        if new == "-":   # relabel56: an agentless passive refusal names no doer
            assert span is None and sector == "-", event
            continue
        text, country = new.rsplit("/", 1)
        assert span["text"] == text and (span["country"] or "-") == country, (event, span)
        assert (span["sector"] or "-") == sector, (event, span)
        assert records[aid]["text"][span["start"]:span["end"]] == text


@pytest.mark.parametrize("name", ["rec_l", "rec_q", "rec_y"])
def test_actor_relabelled_set_regenerates_byte_identical(name: str, tmp_path: Path) -> None:
    """The sets actor_relabel.tsv moves that the tests above do not rebuild
    are what their builders write with the table applied."""
    _regenerates_byte_identical(name, tmp_path)


def _actor_record() -> list[dict]:
    text = "Ministers blamed the rebels for the attack. The rebels denied it."
    at = text.index("attack")
    return [{"id": "rec_zz-01", "text": text, "events": [{
        "trigger": {"start": at, "end": at + 6, "text": "attack"}, "actor": None}]}]


def test_apply_actor_relabel_takes_the_nearest_mention_and_refuses_a_moved_label(
        tmp_path: Path) -> None:
    """A row gives the event the named mention nearest before its trigger,
    with the row's country and sector; a row whose old value no longer
    matches the builder's label, or whose sector is no CAMEO sector, stops
    the build."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_actor_relabel

    table = tmp_path / "actor_relabel.tsv"
    table.write_text("# test\nset\tevent\tfield\told\tnew\tsector\treason\n"
                     "rec_zz\trec_zz-01#0\tactor\t-\tthe rebels/COL\tREB\tblamed\n",
                     encoding="utf-8")
    records = _actor_record()
    assert apply_actor_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["actor"] == {"start": 17, "end": 27, "text": "the rebels",
                                                "country": "COL", "sector": "REB"}
    assert apply_actor_relabel(_actor_record(), "rec_yy", table) == 0
    moved = _actor_record()
    moved[0]["events"][0]["actor"] = {"start": 0, "end": 9, "text": "Ministers",
                                      "country": "COL", "sector": "GOV"}
    with pytest.raises(AssertionError):   # the builder's label moved
        apply_actor_relabel(moved, "rec_zz", table)
    table.write_text("set\tevent\tfield\told\tnew\tsector\treason\n"
                     "rec_zz\trec_zz-01#0\tactor\t-\tthe rebels/COL\tXXX\tblamed\n",
                     encoding="utf-8")
    with pytest.raises(AssertionError):   # no CAMEO sector
        apply_actor_relabel(_actor_record(), "rec_zz", table)


def test_sector_relabel_rows_are_in_the_gold() -> None:
    """Every row of sector_relabel.tsv (docs/annotation.md, "Questions
    decided (relabel54, 2026-12-06)") names one event field once, in the set
    it names, with a reason and a real change, and the checked-in gold
    carries the same trigger and mention with the new sector. A row's index
    is the one before ``event_relabel.tsv`` removals (apply_event_relabel
    runs last), so in an article with k removed events the gold event is
    one of the k + 1 indices ending at it."""
    rows = _rows("sector_relabel.tsv")
    assert len(rows) == len({(r[1], r[2]) for r in rows}) >= 100
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    removed: dict[str, int] = {}
    for row in _rows("event_relabel.tsv"):
        removed[row[1]] = removed.get(row[1], 0) + 1
    for name, event, field, trigger, mention, old, new, why in rows:
        aid, idx = event.split("#")
        assert aid.startswith(name + "-") and why and old != new and new in SECTORS, event
        first = max(0, int(idx) - removed.get(aid, 0))
        hits = [ev for ev in records[aid]["events"][first:int(idx) + 1]
                if ev["trigger"]["text"] == trigger and (ev[field] or {}).get("text") == mention]
        assert hits, event
        assert hits[-1][field]["sector"] == new, (event, hits[-1][field])


@pytest.mark.parametrize("name", ["rec_j", "rec_k", "rec_v"])
def test_sector_relabelled_set_regenerates_byte_identical(name: str, tmp_path: Path) -> None:
    """Sets sector_relabel.tsv changes most are what their builders write
    with the table applied."""
    _regenerates_byte_identical(name, tmp_path)


def test_apply_sector_relabel_changes_only_the_sector_and_refuses_a_moved_label(
        tmp_path: Path) -> None:
    """A row gives the named mention the new sector, text and country kept;
    a row whose old sector or mention no longer matches stops the build."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_sector_relabel

    table = tmp_path / "sector_relabel.tsv"
    table.write_text("# test\nset\tevent\tfield\ttrigger\tmention\told\tnew\twhy\n"
                     "rec_zz\trec_zz-01#0\tactor\tattack\tthe rebels\t-\tCVL\ta crime\n",
                     encoding="utf-8")
    records = _actor_record()
    records[0]["events"][0]["actor"] = {"start": 17, "end": 27, "text": "the rebels",
                                        "country": "COL", "sector": None}
    assert apply_sector_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["actor"] == {"start": 17, "end": 27, "text": "the rebels",
                                                "country": "COL", "sector": "CVL"}
    assert apply_sector_relabel(records, "rec_yy", table) == 0
    with pytest.raises(AssertionError):   # the old sector is no longer there
        apply_sector_relabel(records, "rec_zz", table)


def _recipient_rows() -> list[list[str]]:
    lines = (RECORDS / "recipient_relabel.tsv").read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines
            if ln and not ln.startswith("#") and not ln.startswith("set\t")]


def test_recipient_relabel_rows_are_in_the_gold() -> None:
    """Every row of recipient_relabel.tsv (docs/annotation.md, "The undergoer
    of a seizure or a release") names one event once, in the set it names,
    with a reason and a real change, and the checked-in gold carries its new
    recipient with the row's country and sector in the trigger's sentence."""
    rows = _recipient_rows()
    assert len(rows) == len({r[1] for r in rows}) >= 10
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    for name, event, trigger, old, new, country, sector, why in rows:
        aid, idx = event.split("#")
        assert aid.startswith(name + "-") and why and old != new, event
        ev = records[aid]["events"][int(idx)]
        assert ev["trigger"]["text"] == trigger, event
        rec = ev["recipient"]
        if new == "-":   # relabel51: an airport seized stays out (recip44)
            assert rec is None, event
            continue
        assert rec["text"] == new and rec["country"] == (None if country == "-" else country)
        assert rec["sector"] == (None if sector == "-" else sector) and sector in SECTORS | {"-"}
        text = records[aid]["text"]
        assert text[rec["start"]:rec["end"]] == new


def _recipient_record(recipient: dict | None, trigger: str = "seized") -> dict:
    text = "Guards seized two boats. Guards seized two boats and nets."
    return {"id": "rec_zz-01", "text": text,
            "events": [{"type": "COERCE", "trigger": {"text": trigger, "start": 32, "end": 38},
                        "recipient": recipient}]}


def test_apply_recipient_relabel_takes_the_nearest_mention_and_refuses_a_moved_label(
        tmp_path: Path) -> None:
    """A row gives the event the needle's occurrence nearest its trigger (the
    second sentence's boats, not the first's), with the row's codes; a row
    whose trigger or old recipient no longer matches the builder's label
    stops the build; ``-`` takes a recipient off."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_recipient_relabel

    table = tmp_path / "recipient_relabel.tsv"
    table.write_text("# test\nset\tevent\ttrigger\told\tnew\tcountry\tsector\twhy\n"
                     "rec_zz\trec_zz-01#0\tseized\t-\ttwo boats\tIND\tCVL\tboats\n",
                     encoding="utf-8")
    records = [_recipient_record(None)]
    assert apply_recipient_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["recipient"] == {
        "start": 39, "end": 48, "text": "two boats", "country": "IND", "sector": "CVL"}
    assert apply_recipient_relabel([_recipient_record(None)], "rec_yy", table) == 0
    with pytest.raises(AssertionError):   # the builder's trigger moved
        apply_recipient_relabel([_recipient_record(None, "took")], "rec_zz", table)
    with pytest.raises(AssertionError):   # the builder already gives a recipient
        apply_recipient_relabel([_recipient_record({"text": "nets"})], "rec_zz", table)
    table.write_text("set\tevent\ttrigger\told\tnew\tcountry\tsector\twhy\n"
                     "rec_zz\trec_zz-01#0\tseized\tnets\t-\t-\t-\tcontent\n",
                     encoding="utf-8")
    records = [_recipient_record({"text": "nets"})]
    assert apply_recipient_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["recipient"] is None



def _rows(table: str) -> list[list[str]]:
    lines = (RECORDS / table).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines
            if ln and not ln.startswith("#") and not ln.startswith("set\t")]


def test_type_relabel_rows_are_in_the_gold() -> None:
    """Every row of type_relabel.tsv (docs/annotation.md, "Open questions
    decided", relabel51 (a): warning shots) names one event once, in the set
    it names, with a reason and a real change, and the checked-in gold
    carries its new type, mode and modality."""
    rows = _rows("type_relabel.tsv")
    assert len(rows) == len({r[1] for r in rows}) >= 10
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    for name, event, trigger, old, new, why in rows:
        aid, idx = event.split("#")
        assert aid.startswith(name + "-") and why and old != new, event
        ev = records[aid]["events"][int(idx)]
        assert ev["trigger"]["text"] == trigger, event
        assert f"{ev['type']}/{ev['mode'] or '-'}/{ev['modality']}" == new, event


WARNING_SHOTS = re.compile(r"warning[- ]shots?|(?:fired|fire|shots?|rounds?)[^.]{0,40}"
                           r"(?:into|in) the (?:air|sky|water)")


def test_warning_shots_are_threats_the_guide_way() -> None:
    """relabel51 (a): a gold event on "fire(d)" or "warning shot" whose own
    words are a warning shot (the trigger and what follows it in its
    clause) is THREATEN ``violence``, modality ``threatened`` (or negated /
    denied by precedence); shots at a crowd with tear gas stay ASSAULT."""
    found = 0
    for f in FILES:
        for rec in read_jsonl(f):
            for ev in rec["events"]:
                trig = ev["trigger"]
                words = rec["text"][trig["start"]:trig["end"] + 45]
                if not trig["text"].lower().startswith(("fire", "warning shot")):
                    continue
                if not WARNING_SHOTS.match(words) and not WARNING_SHOTS.match(
                        words.split(" ", 1)[-1]) and "warning shot" not in words:
                    continue
                if "tear gas" in words:
                    continue
                found += 1
                assert ev["type"] == "THREATEN" and ev["mode"] == "violence", (rec["id"], trig)
                assert ev["modality"] in ("threatened", "negated", "denied"), (rec["id"], trig)
    assert found >= 15


def _act_record(typ: str = "ASSAULT", mode: str | None = "firearms",
                modality: str = "reported") -> dict:
    return {"id": "rec_zz-01", "text": "x",
            "events": [{"type": typ, "mode": mode, "modality": modality,
                        "trigger": {"text": "fired"}}]}


def test_apply_type_relabel_moves_type_mode_modality_and_refuses_a_moved_label(
        tmp_path: Path) -> None:
    """A row moves type, mode and modality together; a row whose trigger or
    old label no longer matches the builder's, or whose new mode is not one
    of the new type's, stops the build."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_type_relabel

    table = tmp_path / "type_relabel.tsv"
    head = "# test\nset\tevent\ttrigger\told\tnew\twhy\n"
    table.write_text(head + "rec_zz\trec_zz-01#0\tfired\tASSAULT/firearms/reported\t"
                     "THREATEN/violence/threatened\twarning shots\n", encoding="utf-8")
    records = [_act_record()]
    assert apply_type_relabel(records, "rec_zz", table) == 1
    ev = records[0]["events"][0]
    assert (ev["type"], ev["mode"], ev["modality"]) == ("THREATEN", "violence", "threatened")
    assert apply_type_relabel([_act_record()], "rec_yy", table) == 0
    with pytest.raises(AssertionError):   # the builder's label moved
        apply_type_relabel([_act_record(modality="asserted")], "rec_zz", table)
    table.write_text(head + "rec_zz\trec_zz-01#0\tfired\tASSAULT/firearms/reported\t"
                     "THREATEN/firearms/threatened\tbad mode\n", encoding="utf-8")
    with pytest.raises(AssertionError):   # firearms is no THREATEN mode
        apply_type_relabel([_act_record()], "rec_zz", table)


FORM_RELAY = re.compile(r"(?:a|an) (?:televised |video |press |social media )?"
                        r"(?:address|speech|message|video|statement|post|release)"
                        r"(?: on \w+)?", re.I)


def test_relay_relabel_rows_are_in_the_gold_and_no_relay_is_the_utterance() -> None:
    """Every row of relay_relabel.tsv (relabel51 (d)) names one event once,
    in the set it names, with a real change, and the checked-in gold no
    longer carries the old relay (the narrowed one is the platform inside
    it); no gold relay is a bare form of an utterance ("a video", "a
    televised address", "a statement on Telegram"). A record of the words
    by another body ("a Defence Ministry statement", "a transcript") may
    stay."""
    rows = _rows("relay_relabel.tsv")
    assert len(rows) == len({(r[1], r[3]) for r in rows}) >= 50
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    for name, event, trigger, old, new, why in rows:
        aid, idx = event.split("#")
        assert aid.startswith(name + "-") and why and old != new, event
        ev = records[aid]["events"][int(idx)]
        assert ev["trigger"]["text"] == trigger, event
        texts = [rel["text"] for rel in ev["relays"]]
        assert old not in texts and (new == "-" or new in texts), (event, texts)
    for rec in records.values():
        for ev in rec["events"]:
            for rel in ev["relays"]:
                assert not FORM_RELAY.fullmatch(rel["text"]), (rec["id"], rel["text"])
                assert rec["text"][rel["start"]:rel["end"]] == rel["text"]


def _relay_record(relays: list[dict]) -> dict:
    return {"id": "rec_zz-01", "text": "x", "events": [{"trigger": {"text": "said"},
                                                        "relays": relays}]}


def test_apply_relay_relabel_drops_or_narrows_and_refuses_a_moved_label(
        tmp_path: Path) -> None:
    """``-`` drops the named relay and keeps the others; a word keeps only
    that part of the old span, with its offsets; a row whose relay is not
    on the event stops the build."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_relay_relabel

    video = {"start": 10, "end": 17, "text": "a video"}
    fb = {"start": 28, "end": 36, "text": "Facebook"}
    table = tmp_path / "relay_relabel.tsv"
    head = "# test\nset\tevent\ttrigger\told\tnew\twhy\n"
    table.write_text(head + "rec_zz\trec_zz-01#0\tsaid\ta video\t-\tthe form\n",
                     encoding="utf-8")
    records = [_relay_record([video, fb])]
    assert apply_relay_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["relays"] == [fb]
    with pytest.raises(AssertionError):   # no such relay on the event any more
        apply_relay_relabel([_relay_record([fb])], "rec_zz", table)
    table.write_text(head + "rec_zz\trec_zz-01#0\tsaid\ta statement on Telegram\t"
                     "Telegram\tthe platform\n", encoding="utf-8")
    records = [_relay_record([{"start": 5, "end": 28, "text": "a statement on Telegram"}])]
    assert apply_relay_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][0]["relays"] == [{"start": 20, "end": 28, "text": "Telegram"}]


def test_rec_f_mixes_modalities_and_time_lines() -> None:
    """rec_f covers what the pipeline meets in the wild: every modality of
    the guide, conditions, relays, recollections (background) and week,
    month and year granularities besides days."""
    evs = [ev for r in read_jsonl(RECORDS / "rec_f.jsonl") for ev in r["events"]]
    assert {ev["modality"] for ev in evs} == set(MODALITIES)
    assert sum(ev["condition"] is not None for ev in evs) >= 5
    assert sum(bool(ev["relays"]) for ev in evs) >= 15
    assert sum(ev["time"]["background"] for ev in evs) >= 20
    assert {ev["time"]["granularity"] for ev in evs} >= {"day", "week", "month", "year", "unknown"}


def test_rec_f_reads_like_eval_records() -> None:
    """rec_f goes through the reading path of ``eval records`` (read, keep
    the blind half, check the dates), and its gold scored against itself is
    perfect in every field: the scorer reads every field as labelled. Only
    the scorer runs, never the pipeline."""
    from eventwire.eval.records import score
    from eventwire.eval.runner import read_data, readable_dates, select_split

    path = RECORDS / "rec_f.jsonl"
    gold, left_out = readable_dates(select_split(read_data(path), "blind"), path)
    assert not left_out and len(gold) == len(read_jsonl(path))
    system = score(gold, gold)["eventwire"]
    assert system["detection"]["f1"] == 1.0
    assert set(system["fields"].values()) == {1.0}
    assert system["full_record"]["end_to_end"] == 1.0


@pytest.mark.parametrize("name,lookalikes",
                         [("rec_j", 0), ("rec_k", 2), ("rec_l", 0), ("rec_m", 0), ("rec_n", 0)])
def test_real_blind_batch_is_blind_and_regenerates_byte_identical(
        name: str, lookalikes: int, tmp_path: Path) -> None:
    """rec_j, rec_k, rec_l, rec_m and rec_n (docs/annotation.md, "Batch j" /
    "Batch k" / "Batch l" / "Batch m" / "Batch n") are blind as a whole, mix
    real ECB+/MEANTIME/GeoVirus texts
    with own texts, tell stories through several outlets (shared clusters),
    keep look-alikes with no events (rec_k: at least two) and are exactly
    what their builders write.
    Only the builder runs (on a copy), never the pipeline."""
    records = read_jsonl(RECORDS / f"{name}.jsonl")
    evs = [ev for r in records for ev in r["events"]]
    assert len(records) >= 40 and len(evs) >= 250
    assert {r["split"] for r in records} == {"blind"}
    assert sum(r["source"] != "own" for r in records) >= 2 * len(records) // 3
    assert sum(not r["events"] for r in records) >= lookalikes
    assert all((ev["condition"] is not None) == (ev["modality"] == "conditional")
               for ev in evs)
    outlets_of: dict[str, set[str]] = {}
    for r in records:
        for ev in r["events"]:
            outlets_of.setdefault(ev["cluster"], set()).add(r["id"])
    assert sum(1 for ids in outlets_of.values() if len(ids) >= 2) >= 10
    _regenerates_byte_identical(name, tmp_path)


@pytest.mark.parametrize("name", ["rec_o", "rec_p", "rec_q", "rec_r", "rec_s", "rec_t",
                                  "rec_u", "rec_v", "rec_w", "rec_x", "rec_y", "rec_z", "rec_aa",
                                  "rec_ab", "rec_ac", "rec_ad", "rec_ae", "rec_af",
                                  "rec_ag", "rec_ah", "rec_ai", "rec_aj", "rec_ak", "rec_al",
                                  "rec_am"])
def test_half_real_blind_set_regenerates_byte_identical(name: str, tmp_path: Path) -> None:
    """rec_o … rec_am (about a quarter to a half real texts, the rest own; labelled blind,
    now used) are blind as a whole and exactly what their builders write."""
    records = read_jsonl(RECORDS / f"{name}.jsonl")
    assert len(records) >= 40 and {r["split"] for r in records} == {"blind"}
    assert sum(len(r["events"]) for r in records) >= 300
    _regenerates_byte_identical(name, tmp_path)


@pytest.mark.parametrize("name", ["rec_an", "rec_ao", "rec_ap"])
def test_own_blind_set_regenerates_byte_identical(name: str, tmp_path: Path) -> None:
    """rec_an, rec_ao and rec_ap (all own texts: the real-text pool held no unused political news
    when they were labelled; labelled blind, now used) are blind as a whole, tell stories through
    two outlets each (clusters shared across articles), give a condition span only for
    `conditional` events and are exactly what their builders write."""
    records = read_jsonl(RECORDS / f"{name}.jsonl")
    evs = [ev for r in records for ev in r["events"]]
    assert len(records) >= 40 and len(evs) >= 300
    assert {r["split"] for r in records} == {"blind"}
    assert {r["source"] for r in records} == {"own"}
    assert all(r["text"].startswith(r["title"]) for r in records)  # own texts: headline first
    assert all((ev["condition"] is not None) == (ev["modality"] == "conditional")
               for ev in evs)
    articles_of: dict[str, set[str]] = {}
    for r in records:
        for ev in r["events"]:
            articles_of.setdefault(ev["cluster"], set()).add(r["id"])
    assert sum(1 for ids in articles_of.values() if len(ids) >= 2) >= 3
    _regenerates_byte_identical(name, tmp_path)


@pytest.mark.parametrize("name", ["rec_l", "rec_m", "rec_o", "rec_p", "rec_q", "rec_r", "rec_s",
                                  "rec_t", "rec_u", "rec_v", "rec_w", "rec_x", "rec_y", "rec_z",
                                  "rec_aa", "rec_ab", "rec_ac", "rec_ad", "rec_ae", "rec_af",
                                  "rec_ag", "rec_ah", "rec_ai", "rec_aj", "rec_ak", "rec_al",
                                  "rec_am"])
def test_blind_set_uses_no_source_of_another_set(name: str) -> None:
    """No real text of rec_l or rec_m was used by any other record set
    (their "source" fields): rec_l none of rec_a..rec_k, rec_m none of
    rec_a..rec_l."""
    earlier = {r["source"] for f in FILES if f.name != f"{name}.jsonl"
               for r in read_jsonl(f)} - {"own"}
    mine = {r["source"] for r in read_jsonl(RECORDS / f"{name}.jsonl")} - {"own"}
    assert not mine & earlier


def test_rec_n_uses_no_source_of_an_earlier_set() -> None:
    """No real text of rec_n was used by another record set (their "source"
    fields; rec_m's, kept on branch blind_m until its run, are checked by
    make_rec_n.py against its REC_M_SOURCES list), and none twice."""
    others = {r["source"] for f in FILES if f.name != "rec_n.jsonl"
              for r in read_jsonl(f)} - {"own"}
    mine = [r["source"] for r in read_jsonl(RECORDS / "rec_n.jsonl") if r["source"] != "own"]
    assert len(mine) == len(set(mine))
    assert not set(mine) & others


def test_no_record_set_uses_a_document_read_while_developing() -> None:
    """``read_docs.txt`` lists real documents whose eventwire output was read
    while writing rules (events22): no record set, blind or used, may hold one."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import read_documents

    read = read_documents()
    assert len(read) >= 25
    used = {r["source"] for f in FILES for r in read_jsonl(f)}
    blind = Path(__file__).resolve().parents[1] / "blind"
    used |= {r["source"] for f in sorted(blind.glob("rec_*.jsonl")) for r in read_jsonl(f)}
    assert not read & used, sorted(read & used)


def _event_record(trigger: str, at: int) -> dict:
    return {"id": "rec_zz-01", "text": "x",
            "events": [{"type": "SANCTION", "trigger": {"text": "jailed", "start": 3}},
                       {"type": "COERCE", "trigger": {"text": trigger, "start": at}},
                       {"type": "ACCUSE", "trigger": {"text": "trial", "start": 40}}]}


def test_apply_event_relabel_removes_the_named_event_and_refuses_a_moved_one(
        tmp_path: Path) -> None:
    """A row removes the one event whose trigger text and offset it names
    (the others keep their order); a trigger that moved or changed stops the
    build, and a row of another set is left alone (relabel50)."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_event_relabel

    table = tmp_path / "event_relabel.tsv"
    table.write_text("# test\nset\tarticle\ttrigger\tat\treason\n"
                     "rec_zz\trec_zz-01\tcustody\t17\ta setting, not an act\n", encoding="utf-8")
    records = [_event_record("custody", 17)]
    assert apply_event_relabel(records, "rec_zz", table) == 1
    assert [e["trigger"]["text"] for e in records[0]["events"]] == ["jailed", "trial"]
    assert apply_event_relabel([_event_record("custody", 17)], "rec_yy", table) == 0
    with pytest.raises(AssertionError):   # the builder's trigger moved
        apply_event_relabel([_event_record("custody", 18)], "rec_zz", table)
    with pytest.raises(AssertionError):   # another word at that offset
        apply_event_relabel([_event_record("detention", 17)], "rec_zz", table)


def test_event_relabel_rows_name_no_gold_event() -> None:
    """No event a row of event_relabel.tsv removes is left in the checked-in
    gold (the builders were run after the table changed), and every row names
    its set, a reason and an offset inside its article's text."""
    lines = (RECORDS / "event_relabel.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines
            if ln and not ln.startswith("#") and not ln.startswith("set\t")]
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    for name, aid, trigger, at, why in rows:
        rec = records[aid]
        assert aid.startswith(name + "-") and why, aid
        assert rec["text"][int(at):int(at) + len(trigger)] == trigger, (aid, trigger, at)
        assert not any(e["trigger"]["text"] == trigger and e["trigger"]["start"] == int(at)
                       for e in rec["events"]), (aid, trigger, at)


def test_procedure_words_the_guide_labels_carry_a_gold_event() -> None:
    """docs/annotation.md, "Court and police procedure words" (relabel50):
    every sentence served and every hearing in the 38 sets' texts carries a
    gold event on its words (the two sub-classes with no exception in the
    decision; trials and custody have the exceptions the guide lists)."""
    from tools.procedure_census import census
    from tools.topic_folds import SETS, set_records

    rows = census(set_records(SETS), ("serving", "hearing"))
    real = [r for r in rows if r["origin"] == "real"]
    assert len(real) >= 30
    assert all(r["gold"] is not None for r in real), [(r["id"], r["at"]) for r in real
                                                       if r["gold"] is None]


def test_court_place_relabel_rows_are_in_the_gold() -> None:
    """Every row of court_place_relabel.tsv (docs/annotation.md, "Questions
    decided (relabel55, 2026-12-06)" (a)) names one event once, in its set,
    with a reason, and the checked-in gold places it at the named town, a
    word of the court's own phrase."""
    rows = _rows("court_place_relabel.tsv")
    assert len(rows) == len({r[1] for r in rows}) >= 5
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    for name, event, trigger, actor, old, needle, lat, lon, why in rows:
        aid, idx = event.split("#")
        ev = records[aid]["events"][int(idx)]
        town = needle.split("[", 1)[1].split("]", 1)[0]
        assert aid.startswith(name + "-") and why and old == "-", event
        assert ev["trigger"]["text"] == trigger and (ev["actor"] or {}).get("text", "-") == actor
        assert ev["place"]["text"] == town and (ev["place"]["lat"], ev["place"]["lon"]) == (
            float(lat), float(lon)), event


def test_apply_court_place_relabel_places_the_event_and_refuses_a_moved_label(
        tmp_path: Path) -> None:
    """A row places its event at the town in the court's own phrase (not at
    an earlier mention of the same town); a row whose trigger or actor no
    longer matches, or whose event already has a place, stops the build."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_court_place_relabel

    text = ("Verdict in Leeds fraud case\nThe Leeds fraud trial ended. A Leeds jury on Friday "
            "convicted the accountant.")
    table = tmp_path / "court_place_relabel.tsv"
    table.write_text("# test\nset\tevent\ttrigger\tactor\told\tnew\tlat\tlon\twhy\n"
                     "rec_zz\trec_zz-01#0\tconvicted\tA Leeds jury\t-\tA [Leeds] jury\t53.8\t-1.55"
                     "\tseat\n", encoding="utf-8")

    def record(trigger: str, actor: str, place: dict | None = None) -> list[dict]:
        at, who = text.index(trigger), text.index(actor)
        return [{"id": "rec_zz-01", "text": text, "events": [{
            "trigger": {"start": at, "end": at + len(trigger), "text": trigger},
            "actor": {"start": who, "end": who + len(actor), "text": actor}, "place": place}]}]

    records = record("convicted", "A Leeds jury")
    assert apply_court_place_relabel(records, "rec_zz", table) == 1
    where = text.index("A Leeds jury") + 2
    assert records[0]["events"][0]["place"] == {
        "start": where, "end": where + 5, "text": "Leeds", "lat": 53.8, "lon": -1.55}
    assert apply_court_place_relabel(record("convicted", "A Leeds jury"), "rec_yy", table) == 0
    with pytest.raises(AssertionError):   # the builder's trigger moved
        apply_court_place_relabel(record("ended", "A Leeds jury"), "rec_zz", table)
    with pytest.raises(AssertionError):   # another actor
        apply_court_place_relabel(record("convicted", "the accountant"), "rec_zz", table)
    with pytest.raises(AssertionError):   # already placed
        apply_court_place_relabel(record("convicted", "A Leeds jury", {"text": "Leeds"}),
                                  "rec_zz", table)


@pytest.mark.parametrize("name", ["rec_c", "rec_i", "rec_z"])
def test_court_placed_set_regenerates_byte_identical(name: str, tmp_path: Path) -> None:
    """Sets court_place_relabel.tsv changes are what their builders write
    with the table applied."""
    _regenerates_byte_identical(name, tmp_path)


def test_dateline_place_relabel_rows_are_in_the_gold() -> None:
    """Every row of dateline_place_relabel.tsv (docs/annotation.md,
    "Questions decided (relabel69, 2026-12-07)") names one dated body event
    once, in its set, with a reason, and the checked-in gold places it at
    the dateline town it names, inside the text's first body line."""
    rows = _rows("dateline_place_relabel.tsv")
    assert len(rows) == len({r[1] for r in rows})
    records = {r["id"]: r for f in FILES for r in read_jsonl(f)}
    for name, event, trigger, old, town, why in rows:
        aid, idx = event.split("#")
        rec = records[aid]
        ev = rec["events"][int(idx)]
        body = rec["text"].index("\n") + 1
        assert aid.startswith(name + "-") and why and old == "-", event
        assert ev["trigger"]["text"] == trigger and ev["time"]["value"], event
        line_end = rec["text"].find("\n", body)
        assert ev["place"]["text"] == town and ev["place"]["start"] < line_end, event


def test_apply_dateline_place_relabel_copies_the_dateline_and_refuses_a_moved_label(
        tmp_path: Path) -> None:
    """A row places its event at the article's dateline span (copied from
    the first event placed there, point included); a row whose trigger moved,
    whose event is already placed, or whose article has no event at the
    dateline stops the build; other sets' rows are not applied."""
    import sys

    sys.path.insert(0, str(RECORDS.parent))
    sys.path.insert(0, str(RECORDS))
    from needles import apply_dateline_place_relabel

    text = ("Police detain 14 in Asuncion\nASUNCION, May 2 - Protesters threw stones at Congress "
            "on Tuesday. Police detained 14 people.")
    table = tmp_path / "dateline_place_relabel.tsv"
    table.write_text("# test\nset\tevent\ttrigger\told\ttown\twhy\n"
                     "rec_zz\trec_zz-01#1\tdetained\t-\tASUNCION\tthe protest's scene\n",
                     encoding="utf-8")
    at = text.index("ASUNCION")
    dateline = {"start": at, "end": at + 8, "text": "ASUNCION", "lat": -25.3, "lon": -57.6}

    def record(trigger: str, first: dict | None, second: dict | None = None) -> list[dict]:
        def ev(word: str, place: dict | None) -> dict:
            i = text.index(word)
            return {"trigger": {"start": i, "end": i + len(word), "text": word}, "place": place}
        return [{"id": "rec_zz-01", "text": text,
                 "events": [ev("threw", first), ev(trigger, second)]}]

    records = record("detained", dict(dateline))
    assert apply_dateline_place_relabel(records, "rec_zz", table) == 1
    assert records[0]["events"][1]["place"] == dateline
    assert apply_dateline_place_relabel(record("detained", dict(dateline)), "rec_yy", table) == 0
    with pytest.raises(AssertionError):   # the builder's trigger moved
        apply_dateline_place_relabel(record("Protesters", dict(dateline)), "rec_zz", table)
    with pytest.raises(AssertionError):   # already placed
        apply_dateline_place_relabel(record("detained", dict(dateline), {"text": "Congress"}),
                                     "rec_zz", table)
    with pytest.raises(AssertionError):   # no event of the article at the dateline
        apply_dateline_place_relabel(record("detained", None), "rec_zz", table)
