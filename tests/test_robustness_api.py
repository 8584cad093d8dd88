"""The Python API answers every input with events or a coded error (issue
#17), reuses one pipeline, and stays linear in the article's length."""

from __future__ import annotations

import gc
import threading
import time
from datetime import date

import pytest

import eventwire
from eventwire.errors import EventwireError, InputRejected, UsageError
from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline, default_pipeline
from eventwire.settings import Settings

from .conftest import SAMPLES

TEXT = ("Kata'ib Hezbollah threatened on Thursday to attack US forces in Iraq if they "
        "do not leave, a spokesman said.")
ARABIC = ("هددت كتائب حزب الله يوم الخميس بمهاجمة القوات الأمريكية في العراق إذا لم "
          "تغادر البلاد، بحسب ما قال متحدث باسم الجماعة.")


def long_text(chars: int) -> str:
    """A long article built from the bundled sample articles."""
    import json

    texts = [json.loads(line)["text"] for f in sorted(SAMPLES.glob("*.jsonl"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    base = "\n\n".join(texts)
    return (base * (chars // len(base) + 1))[:chars]


@pytest.mark.parametrize("value", [None, 123, b"Troops attacked the village.", ["a"]])
def test_extract_rejects_what_is_not_text(value: object) -> None:
    with pytest.raises(UsageError) as exc:
        eventwire.extract(value)  # type: ignore[arg-type]
    assert exc.value.code == "EW204" and isinstance(exc.value, ValueError)


@pytest.mark.parametrize("published", ["2020-13-45", "yesterday", 20201114])
def test_extract_bad_dates_are_ew109(published: object) -> None:
    with pytest.raises(UsageError) as exc:
        eventwire.extract(TEXT, published=published)  # type: ignore[arg-type]
    assert exc.value.code == "EW109"


def test_article_takes_iso_strings() -> None:
    assert Article(text="x" * 30, published="2020-01-05").published == date(2020, 1, 5)  # type: ignore[arg-type]
    assert Article(text="x" * 30, published="2020-01-05T10:00:00Z").published == \
        date(2020, 1, 5)  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        Article(text="x" * 30, published="05/01/2020")  # type: ignore[arg-type]


def test_extract_says_what_the_cli_says() -> None:
    with pytest.raises(InputRejected) as exc:
        eventwire.extract(ARABIC)
    assert exc.value.code == "EW107" and "'ar'" in exc.value.message
    with pytest.raises(InputRejected) as exc:
        eventwire.extract("   ")
    assert exc.value.code == "EW101"
    with pytest.raises(InputRejected) as exc:
        eventwire.extract(TEXT * 3, settings=Settings(max_chars=100))
    assert exc.value.code == "EW104"


def test_extract_reuses_one_pipeline_per_settings() -> None:
    events = eventwire.extract(TEXT, published="2020-11-14")
    assert any(e.to_dict()["type"] == "THREATEN" for e in events)
    pipe = default_pipeline()
    assert default_pipeline(Settings()) is pipe  # equal settings, same pipeline
    started = time.process_time()
    for _ in range(5):
        eventwire.extract(TEXT, published="2020-11-14")
    per_call = (time.process_time() - started) / 5
    assert per_call < 0.3, per_call  # was 0.44-0.75 s building a pipeline per call


def test_extract_is_thread_safe() -> None:
    texts = [TEXT, TEXT.replace("Thursday", "Monday"), TEXT.replace("US forces", "the army")]
    expected = [[e.to_dict() for e in eventwire.extract(t, published="2020-11-14")]
                for t in texts]
    results: dict[int, list[dict[str, object]]] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            results[i] = [e.to_dict() for e in eventwire.extract(texts[i % 3],
                                                                 published="2020-11-14")]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(9)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(results[i] == expected[i % 3] for i in range(9))


def test_time_budget_rejects_the_slow_article_and_goes_on(full_pipeline: Pipeline) -> None:
    pipe = full_pipeline
    saved = pipe.settings
    pipe.settings = Settings(progress=False, time_budget=1.0)
    try:
        short = [Article(text=TEXT.replace("Thursday", day)) for day in ("Monday", "Friday")]
        slow = Article(text=long_text(60_000))
        out = list(pipe.extract([short[0], slow, short[1]]))
    finally:
        pipe.settings = saved
    assert [a.text for a, _, _ in out] == [short[0].text, slow.text, short[1].text]
    (_, _, first), (_, _, middle), (_, _, last) = out
    assert isinstance(first, list) and isinstance(last, list)
    assert not isinstance(middle, list) and middle.code == "EW203"
    assert "time_budget" in middle.message


def test_long_texts_are_parsed_in_pieces_with_the_same_offsets(full_pipeline: Pipeline
                                                                ) -> None:
    text = long_text(45_000)
    (_, doc, events), = list(full_pipeline.extract([Article(text=text,
                                                            published=date(2020, 11, 14))]))
    assert doc is not None and doc.text == text and isinstance(events, list)
    for ev in events:
        start, end = ev.to_dict()["trigger"]["span"]
        assert text[start:end] == ev.to_dict()["trigger"]["text"]


def _seconds(pipe: Pipeline, text: str, rounds: int = 2) -> float:
    """Best-of CPU seconds: on a shared machine wall time measures the others.

    The garbage collector is off while timing: inside a whole test session the
    heap holds every earlier test's objects, and each full collection walks
    all of it, so the larger text (more allocations, more collections) paid
    for the test process's heap, not for the pipeline (ratio 2.78 in CI
    against 2.18 standalone, on the same code).
    """
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            started = time.process_time()
            list(pipe.extract([Article(text=text, published=date(2020, 11, 14))]))
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


def test_doubling_the_length_at_most_doubles_the_time(full_pipeline: Pipeline) -> None:
    """Linear time: 20k -> 40k characters must not take more than 2.5x
    (it took 4-5x when components scanned every mention per token)."""
    small, large = long_text(20_000), long_text(40_000)
    _seconds(full_pipeline, small, rounds=1)  # warm caches
    # best of 5 CPU timings each: one round on a loaded machine read 2.63 once,
    # and best of 3 read 2.74 once in a whole-suite CI run (forty-first session)
    # where the same code measured alone read 1.98 and 2.15
    ratio = _seconds(full_pipeline, large, rounds=5) / _seconds(full_pipeline, small, rounds=5)
    assert ratio < 2.5, ratio


def test_errors_are_eventwire_errors() -> None:
    assert issubclass(UsageError, EventwireError) and issubclass(InputRejected, EventwireError)
