"""Bad input never crashes eventwire (robust35, issue #12): a seeded fuzzer
of odd articles (tests/fuzz_cases.py) through the whole pipeline and
through `eventwire run` on a JSONL file with the SQLite default. Every input
ends as stored events or as a reject with a code, kept; never a component
failure (EW202) and never a traceback. The crashes it found each have a
test here that failed before the fix."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from eventwire.app.cli import main
from eventwire.errors import EventwireError, UsageError
from eventwire.ingest import check_article, iter_inputs
from eventwire.models import Article, Reject
from eventwire.settings import Settings

from .fuzz_cases import fuzz_cases


def test_fuzz_cases_are_deterministic() -> None:
    assert fuzz_cases(35, 300) == fuzz_cases(35, 300)
    assert len(fuzz_cases(35, 300)) == 300


def test_fuzzed_articles_through_the_pipeline() -> None:
    """300 odd articles, the language and length checks off so that every
    text reaches every stage: each is refused with a code when it is built or
    checked, or goes through; no component fails on one (EW202)."""
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(Settings(progress=False, lang_check=False, min_chars=0))
    articles, codes = [], []
    for i, (text, published) in enumerate(fuzz_cases(35, 300)):
        try:
            article = Article(text=text, published=published, id=f"f{i}")
        except EventwireError as exc:
            codes.append(exc.code)
            continue
        problem = check_article(article, pipe.settings)
        if problem is not None:
            codes.append(problem.code)
            continue
        articles.append(article)
    failed = [(a.id, r.message) for a, _, r in pipe.extract(articles) if isinstance(r, Reject)]
    assert failed == []
    assert set(codes) <= {"EW104", "EW117"}
    assert len(articles) > 150


# --------------------------------------------------- crash 1: lone surrogates


def test_lone_surrogate_is_replaced_not_a_unicode_error() -> None:
    """Was UnicodeEncodeError from the content hash (and the language
    detector, and the store): a JSON "\\udfff" escape gives such a str."""
    article = Article(text="Police arrested \udfff five men\ud800.", title="T\udc80")
    assert article.text == "Police arrested \ufffd five men\ufffd."
    assert article.title == "T\ufffd"
    assert article.id.startswith("a-")


def test_lone_surrogate_in_jsonl_is_ingested(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "Police arrested five men\\udfff in Kabul on Monday, '
                    'officials said."}\n', encoding="utf-8")
    items = list(iter_inputs([path], settings=Settings(progress=False)))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert "\ufffd" in items[0].text


# ----------------------------------- crash 2: a publication date out of range


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31), "0001-01-01",
                                       "9999-12-31T23:59:59Z"])
def test_published_out_of_range_is_coded(published: object) -> None:
    """Was OverflowError in the time stage ('Monday' anchored on 0001-01-01),
    an EW202 'report this' reject; now EW117 when the article is built."""
    with pytest.raises(UsageError) as info:
        Article(text="Police arrested five men in Kabul on Monday.", published=published)
    assert info.value.code == "EW117"


def test_extract_refuses_a_published_date_out_of_range() -> None:
    from eventwire.nlp.pipeline import extract

    with pytest.raises(UsageError) as info:
        extract("Gunmen killed three police officers on Monday in Kunduz province, "
                "officials said.", published="0001-01-01")
    assert info.value.code == "EW117"


def test_jsonl_published_out_of_range_is_a_kept_reject(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"text": "Police arrested five men in Kabul on Monday, officials "
                                        "said.", "published": "9999-12-31"}) + "\n")
    items = list(iter_inputs([path], settings=Settings(progress=False)))
    assert len(items) == 1 and isinstance(items[0], Reject) and items[0].code == "EW117"


def test_cli_published_flag_out_of_range(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--store", f"sqlite:///{tmp_path / 'x.db'}", "run", str(tmp_path),
              "--published", "0001-01-01"])
    assert info.value.code == 2
    assert "out of range" in capsys.readouterr().err


# ------------------------------------------------------------- the real CLI


ODD_RECORDS = [
    {"text": "Police arrested \udfff five men in Kabul on Monday, officials said.",
     "title": "T\ud800"},
    {"text": "Police arrested five men in Kabul on Monday, officials said.",
     "published": "0001-01-01"},
    {"text": "Police detained five men in Kabul on Monday, officials said.",
     "published": "2020-02-31"},
    {"text": "Police held five men in Kabul on Monday, officials said.", "published": 1e309},
    {"text": "Police seized five men in Kabul on Monday, officials said.",
     "published": "٢٠١٩-٠٨-٠٥"},
    {"title": "Title only"},
    {"text": "KABUL, Afghanistan (AP) —", "published": "2020-01-01"},
    {"text": "   \n\t "},
    {"text": "NUL \x00 Police arrested five men in Kabul on Monday, officials said."},
]


def test_run_on_odd_jsonl_keeps_everything(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    """`eventwire run` on odd records and 30 fuzzed texts: no traceback, and
    every line is an article or a coded reject in the store."""
    rows = list(ODD_RECORDS)
    for i, (text, published) in enumerate(fuzz_cases(36, 60)[15:45]):
        rows.append({"id": f"z{i}", "text": text[:20_000],
                     "published": published.isoformat() if published else None})
    path = tmp_path / "odd.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "odd.db"
    code = main(["--store", f"sqlite:///{db}", "--no-progress", "run", str(path)])
    err = capsys.readouterr().err
    assert code in (0, 1), err
    assert "Traceback" not in err
    con = sqlite3.connect(db)
    try:
        articles = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        rejects = dict(con.execute("SELECT source, code FROM rejects").fetchall())
    finally:
        con.close()
    assert "EW202" not in rejects.values()
    assert rejects[f"{path}:2"] == "EW117"
    assert rejects[f"{path}:3"] == "EW109"
    assert rejects[f"{path}:6"] == "EW106"
    distinct = len({r["text"] for n, r in enumerate(rows, 1) if f"{path}:{n}" not in rejects})
    assert articles == distinct  # the same text twice is stored once


# ------------------------------------- dates in other scripts' digits (issue #12)


@pytest.mark.parametrize("text, value", [
    ("Police arrested five protesters in Cairo on ٢٠٢٤-٠٣-٠٥, officials said.", "2024-03-05"),
    ("Troops shelled the village on १५ March 2024, residents said.", "2024-03-15"),
    ("Police detained 20 students in Dhaka in ১৯৯৮, the paper said.", "1998"),
    ("Rebels attacked a convoy in ２０２４年 near the border, the army said.", "2024-03-20"),
])
def test_dates_in_other_digits_through_the_pipeline(text: str, value: str) -> None:
    """Folded to ASCII where a timex is matched (time stage): read as the
    same date, or left to the report's day when no rule reads it (the CJK
    year); never a component failure."""
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(Settings(progress=False))
    (_a, doc, reject), = pipe.docs([Article(text=text, id="d", published=date(2024, 3, 20))])
    assert reject is None and doc is not None
    assert [e.time.value for e in doc._.events] == [value]
