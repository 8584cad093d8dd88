"""Evaluation: the runner contract and pinned score floors (a change that
makes quality worse fails CI). Floors sit a little below the figures in
docs/BENCHMARKS.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.app.cli import main
from eventwire.errors import EventwireError
from eventwire.eval.runner import run_eval
from eventwire.settings import Settings

from .conftest import shared_data

DATA = Path(__file__).parent / "data"
NO_HEIDELTIME = Settings(heideltime=False)


@pytest.fixture(scope="module")
def plover():  # type: ignore[no-untyped-def]
    shared_data("plover_gsr/dev.jsonl")
    return run_eval("plover_gsr")


def test_plover_floors(plover) -> None:  # type: ignore[no-untyped-def]
    m = plover.metrics
    assert m["shipped"]["macro_f1"] >= 0.65
    assert m["cv"]["macro_f1"] >= 0.54
    assert m["shipped"]["mode_accuracy"] >= 0.62
    # 0.8 -> 0.78 (branch events3): the modes right stay 49 of 75; one more
    # sentence is typed right ("organized a general strike": PROTEST, mode
    # strike vs gold strike-gen), so 49/61 = 0.803 became 49/62 = 0.790;
    # 0.800 -> 0.790 on branch types2: a newly right-typed main event ("declared a
    # state of siege", COERCE) whose clause's other COERCE act ("suspending parts
    # of the constitution", restrict) is chosen as main event enters the
    # denominator with the wrong mode; the mode assigner is unchanged
    assert m["shipped"]["mode_accuracy_type_right"] >= 0.78
    assert m["shipped"]["macro_f1"] > m["majority"]["macro_f1"] + 0.4
    for kind in ("THREATEN", "REQUEST", "ASSAULT", "ACCUSE"):
        assert m["shipped"]["per_label"][kind]["f1"] >= 0.6, kind


def test_actor_floors() -> None:
    shared_data("plover_gsr/dev.jsonl")
    m = run_eval("actors").metrics
    # floors about 0.03 under the figures of 2026-12-07 (4974b092: coverage
    # 0.943, country 0.878, sector 0.660; main event source / target country
    # 0.785 / 0.775, target sector 0.540; 214 / 191 sentences, so one
    # sentence is ~0.005); 0.678 / 0.655 after branch recipients (0.640 / 0.571 before)
    assert m["mentions"]["coverage"] >= 0.91
    assert m["mentions"]["country_accuracy"] >= 0.85
    assert m["mentions"]["sector_accuracy"] >= 0.63
    assert m["roles"]["source"]["country_accuracy"] >= 0.755
    assert m["roles"]["target"]["country_accuracy"] >= 0.745


def test_factuality_floors() -> None:
    shared_data("meantime/dev.jsonl")
    m = run_eval("factuality").metrics
    assert m["polarity"]["accuracy"] >= 0.96
    assert m["time"]["accuracy"] >= 0.84
    assert m["time"]["macro_f1"] > m["time"]["majority"]["macro_f1"]
    assert m["certainty"]["macro_f1"] >= 0.75  # the goal (#6)
    assert m["polarity"]["macro_f1"] >= 0.8
    # issue #12, same run: the learned model in-sample and leave-one-topic-out
    # (0.850 / 0.649 measured), its stage 1 on UDS-IH2 test (0.821, rules 0.721)
    systems = m["systems"]
    assert systems["learned"]["certainty_macro_f1"] >= 0.82
    assert systems["learned_loto"]["certainty_macro_f1"] >= 0.62
    assert systems["learned_loto"]["polarity_accuracy"] >= 0.96
    assert systems["learned_loto"]["certainty_macro_f1"] > systems["majority"]["certainty_macro_f1"]
    assert systems["rules"]["certainty_macro_f1"] == m["certainty"]["macro_f1"]
    uds = systems["uds_test"]
    assert uds["learned"]["accuracy"] >= 0.8 and uds["learned"]["pearson"] >= 0.65
    assert uds["learned"]["accuracy"] > uds["rules"]["accuracy"] > uds["majority"]["accuracy"]


def test_factuality_own_set_floors() -> None:
    """The own set (tests/data/factuality_dev.jsonl) was blind at first run
    (certainty macro-F1 0.877, modality accuracy 0.846); since fixed on."""
    m = run_eval("factuality", data=str(DATA / "factuality_dev.jsonl")).metrics
    assert m["certainty"]["macro_f1"] >= 0.9
    assert m["polarity"]["accuracy"] >= 0.95
    assert m["modality"]["accuracy"] >= 0.9
    assert m["time"]["accuracy"] >= 0.9


def test_timex_floors_and_baseline() -> None:
    shared_data("meantime/dev.jsonl")
    m = run_eval("timex", settings=NO_HEIDELTIME).metrics  # HeidelTime: test_eval_heideltime
    assert m["eventwire"]["value"]["f1"] >= 0.78
    assert m["eventwire"]["relaxed"]["f1"] >= 0.9
    assert m["eventwire"]["value"]["f1"] > m["dateparser"]["value"]["f1"]


def test_predictions_without_labels(tmp_path: Path) -> None:
    src = shared_data("plover_gsr/dev.jsonl")
    unlabeled = tmp_path / "unlabeled.jsonl"
    with open(unlabeled, "w") as fh:
        for line in src.read_text().splitlines()[:5]:
            rec = json.loads(line)
            fh.write(json.dumps({"id": rec["id"], "text": rec["text"]}) + "\n")
    out = tmp_path / "pred.jsonl"
    result = run_eval("plover_gsr", data=unlabeled, predictions=out)
    assert result.metrics is None
    preds = [json.loads(x) for x in out.read_text().splitlines()]
    assert [p["id"] for p in preds] == [json.loads(x)["id"] for x in
                                        unlabeled.read_text().splitlines()]
    assert all("event_type" in p and "events" in p for p in preds)


def test_cli_json_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_HEIDELTIME", "false")
    src = shared_data("meantime/dev.jsonl")
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(src.read_text().splitlines()[:3]) + "\n")
    assert main(["eval", "timex", "--data", str(small), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["records"] == 3 and "eventwire" in payload["metrics"]
    assert payload["command"].startswith("eventwire eval timex --data")
    with pytest.raises(EventwireError) as exc:
        run_eval("timex", data=tmp_path / "missing.jsonl")
    assert exc.value.code == "EW502"


def test_attribution_floors_on_own_set() -> None:
    m = run_eval("attribution").metrics  # 96 passages, 32 of them first scored blind
    assert m["source"]["exact"]["f1"] >= 0.95
    assert m["cue"]["exact"]["f1"] >= 0.9
    assert m["content"]["overlap"]["f1"] >= 0.9
    assert m["relay_accuracy"] >= 0.9


@pytest.mark.parametrize("name", ["attribution_dev", "attribution_batch4", "attribution_batch5"])
def test_attribution_dev_set_spans_are_exact(name: str) -> None:
    path = Path(__file__).parent / "data" / f"{name}.jsonl"
    records = [json.loads(x) for x in path.read_text().splitlines()]
    assert len(records) >= 50
    for r in records:
        for a in r["attributions"]:
            for key in ("source", "cue", "content", "relay"):
                for span in a[key]:
                    assert r["text"][span["start"]:span["end"]] == span["text"]


def test_timex_floor_on_own_set() -> None:
    path = Path(__file__).parent / "data" / "timex_dev.jsonl"
    m = run_eval("timex", data=path, settings=NO_HEIDELTIME).metrics
    assert m["eventwire"]["value"]["f1"] >= 0.9
    assert m["eventwire"]["value"]["f1"] > m["dateparser"]["value"]["f1"] + 0.3


# the own event-date set and MEANTIME date the day's undated news by the
# publication date; the default decides per event (learned, #12)
PUBLICATION_CONVENTION = Settings(heideltime=False, undated_events="publication")


def test_event_dates_floor_on_own_set() -> None:
    assert run_eval("event_dates").metrics["dated_correctly"] >= 0.9
    m = run_eval("event_dates", settings=PUBLICATION_CONVENTION).metrics
    assert m["found"] / m["events"] >= 0.85
    assert m["dated_correctly"] >= 0.9
    assert m["wrongly_publication_date"] <= 0.1
    assert m["background_accuracy"] >= 0.9


def test_event_dates_on_meantime_floor() -> None:
    m = run_eval("event_dates", data=shared_data("meantime/dev.jsonl"),
                  settings=PUBLICATION_CONVENTION).metrics
    assert m["events"] >= 200
    assert m["dated_correctly"] >= 0.75
    assert m["wrongly_publication_date"] <= 0.12
    # the learned default (in-sample on MEANTIME dev: a regression floor,
    # not an estimate; k-fold figures in docs/BENCHMARKS.md)
    m = run_eval("event_dates", data=shared_data("meantime/dev.jsonl"),
                  settings=Settings(heideltime=False)).metrics
    assert m["dated_correctly"] >= 0.75
    assert m["wrongly_publication_date"] <= 0.05


def test_plover_own_set_and_no_cv_without_event_text() -> None:
    """tests/data/plover_dev.jsonl was blind at first run (macro-F1 0.924);
    its records have no event_text, so the re-typer CV is reported n/a, not
    a crash."""
    result = run_eval("plover_gsr", data=str(DATA / "plover_dev.jsonl"))
    m = result.metrics
    assert m["shipped"]["macro_f1"] >= 0.9 and m["shipped"]["accuracy"] >= 0.9
    assert m["cv"] is None


def test_ecbplus_floors_on_held_out_topics(tmp_path: Path) -> None:
    """Cross-document event coreference on the ECB+ dev topics only (held
    out: the model was trained on train topics, its threshold chosen on dev;
    only the dev documents are parsed, to keep the test short). Measured:
    CoNLL F1 0.788 with embeddings and the fine-tuned trigger vectors
    (0.785 before branch dedup3, 0.775 before issue 16's second pass),
    lemma baseline 0.712."""
    from eventwire.corpus import embed

    src = shared_data("ecbplus/dev.jsonl")
    dev = tmp_path / "ecbplus_dev_topics.jsonl"
    dev.write_text("".join(line for line in src.open(encoding="utf-8")
                           if '"official_split": "dev"' in line), encoding="utf-8")
    m = run_eval("ecbplus", data=dev).metrics["all"]
    ours, lemma = m["eventwire"]["conll"]["f1"], m["same_lemma_per_topic"]["conll"]["f1"]
    floor, margin = (0.765, 0.05) if embed.available() else (0.73, 0.02)
    assert ours >= floor and ours >= lemma + margin
    assert m["singletons"]["muc"]["f1"] == 0.0
