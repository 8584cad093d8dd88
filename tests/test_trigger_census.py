"""tools/trigger_census.py: the shared loop and table of the small trigger
censuses. Every sentence written for this test."""

from __future__ import annotations

import pytest

from tools.trigger_census import Row, line_of, print_table


def test_line_of_reads_the_line_of_an_offset() -> None:
    text = "Headline here\nThe mayor hosted a fair.\nLast line"
    assert line_of(text, text.index("hosted")) == (14, "The mayor hosted a fair.")
    assert line_of(text, 0) == (0, "Headline here")
    assert line_of(text, text.index("Last")) == (39, "Last line")


def test_table_counts_false_and_matched_and_the_sets_of_the_false(
        capsys: pytest.CaptureFixture[str]) -> None:
    rows = [Row("party", "real", False, "ecb3"), Row("party", "real", False, "ecb3"),
            Row("party", "own", False, "rec_b"), Row("party", "own", True, "rec_c"),
            Row("event", "own", True, "rec_d")]
    print_table(rows, "doer")
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "| doer | false | matched | sets of the false |"
    assert "| party | 3 | 1 | 2 |" in out  # ecb3 counted once
    assert "| party / real | 2 | 0 | 1 |" in out
    assert "| event | 0 | 1 | 0 |" in out
