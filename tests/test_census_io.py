"""tools/census_io: the census tools' shared command line and readers."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tools.census_io import add_row_args, is_real_source, predictions, rows_of


def _args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    add_row_args(ap, Path("/nowhere"))
    return ap.parse_args(argv)


def test_row_args_default_pred() -> None:
    args = _args([])
    assert args.pred == Path("/nowhere") and args.rows is None and args.load is None


def test_rows_written_then_loaded(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    made = [{"set": "rec_a", "cls": "tp"}, {"set": "rec_b", "cls": "verb"}]
    assert rows_of(_args(["--pred", str(tmp_path), "--rows", str(out)]),
                   lambda pred: made if pred == tmp_path else []) == made
    assert out.read_text(encoding="utf-8").count("\n") == 2

    def never(_pred: Path) -> list[dict[str, str]]:
        raise AssertionError("--load must not collect")

    assert rows_of(_args(["--load", str(out)]), never) == made


def test_predictions_keyed_by_set_and_id(tmp_path: Path) -> None:
    for name, ident in (("rec_a", 1), ("rec_b", "x7")):
        (tmp_path / f"{name}.pred.json").write_text(
            json.dumps([{"id": ident, "events": [{"type": "ASSAULT"}]}]), encoding="utf-8")
    got = predictions(tmp_path, ["rec_a", "rec_b"])
    assert set(got) == {"rec_a/1", "rec_b/x7"}
    assert got["rec_b/x7"] == [{"type": "ASSAULT"}]


def test_real_source() -> None:
    assert is_real_source({"source": "geovirus:12"})
    assert is_real_source({"source": "ecbplus:3_1ecbplus"})
    assert not is_real_source({"source": "own:batch_c"})
    assert not is_real_source({})
