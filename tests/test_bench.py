from __future__ import annotations

from eventwire.app.bench import render_bench, run_bench
from eventwire.settings import Settings

from .conftest import SAMPLES


def test_bench_measures_both_in_one_run() -> None:
    result = run_bench([SAMPLES], Settings(progress=False), limit=3)
    assert result["articles"] == 3 and result["words"] > 100
    for key in ("bare", "full"):
        assert result[key]["articles_per_s"] > 0 and result[key]["peak_rss_mb"] > 50
    assert result["ratio_full_to_bare"] > 0.5
    assert "eventwire_actors" in result["stages_share_of_parse"]
    assert "ratio eventwire/bare spaCy" in render_bench(result)


def test_bench_rounds_keep_the_fastest_and_every_ratio() -> None:
    result = run_bench([SAMPLES], Settings(progress=False), limit=2, rounds=2)
    assert len(result["round_ratios"]) == 2
    assert result["ratio_full_to_bare"] > 0.5
    assert "ratio in each round" in render_bench(result)


def test_a_corpus_nothing_is_read_from_is_an_error_not_zero_articles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from eventwire.app.bench import load_corpus
    from eventwire.errors import UsageError

    with pytest.raises(UsageError) as missing:
        load_corpus([tmp_path / "gone.jsonl"], Settings())
    assert missing.value.code == "EW608" and "EW111" in missing.value.message
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(UsageError, match="EW608"):
        load_corpus([empty], Settings())
    some = tmp_path / "one.txt"
    some.write_text("Police arrested two protesters in Lagos on Monday.\n", encoding="utf-8")
    assert len(load_corpus([empty, some, tmp_path / "gone.jsonl"], Settings())) == 1
