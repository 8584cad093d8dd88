"""Every reader and every bad input of issue #3, with real files."""

from __future__ import annotations

import gzip
import io
from datetime import date
from pathlib import Path

import pytest

from eventwire.ingest import iter_inputs
from eventwire.models import Article, Reject
from eventwire.settings import Settings

DATA = Path(__file__).parent / "data" / "ingest"


def split(items: list[Article | Reject]) -> tuple[list[Article], list[Reject]]:
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, Reject)])


def test_plain_text_with_cli_defaults() -> None:
    arts, rejects = split(list(iter_inputs([DATA / "article.txt"], published=date(2021, 6, 4),
                                           outlet="Desk")))
    assert not rejects and len(arts) == 1
    assert arts[0].published == date(2021, 6, 4) and arts[0].outlet == "Desk"
    assert arts[0].text.startswith("Police arrested")


def test_jsonl_good_bad_and_per_record_values_win() -> None:
    arts, rejects = split(list(iter_inputs([DATA / "articles.jsonl"], outlet="Default",
                                           published=date(2000, 1, 1))))
    by_id = {a.id: a for a in arts}
    assert set(by_id) == {"j-1", "j-2", "j-7"}
    assert by_id["j-1"].outlet == "Wire A" and by_id["j-1"].published == date(2021, 5, 4)
    assert by_id["j-2"].published == date(2021, 5, 5)  # datetime string -> date
    assert by_id["j-7"].outlet == "Default" and by_id["j-7"].published == date(2000, 1, 1)
    assert by_id["j-1"].source.endswith("articles.jsonl:1")
    codes = sorted(r.code for r in rejects)
    assert codes == ["EW105", "EW106", "EW107", "EW109"]
    malformed = next(r for r in rejects if r.code == "EW105")
    assert malformed.source.endswith(":3") and "line 3" in malformed.message


def test_html_main_text_title_date_outlet() -> None:
    (art,) = [i for i in iter_inputs([DATA / "page.html"]) if isinstance(i, Article)]
    assert "seized the northern town of Kidal" in art.text
    assert "All rights reserved" not in art.text and "Home | World" not in art.text
    assert art.title and "Rebels seize" in art.title
    assert art.published == date(2021, 6, 2)
    assert art.outlet == "Example News"


def test_rss_and_atom_feeds() -> None:
    arts, rejects = split(list(iter_inputs([DATA / "feed.rss", DATA / "feed.atom"])))
    titles = {a.title for a in arts}
    assert titles == {"Protesters march in capital", "Ministers meet over border dispute",
                      "Government imposes curfew"}
    rss = next(a for a in arts if a.title == "Protesters march in capital")
    assert rss.outlet == "Example Wire" and rss.published == date(2021, 6, 7)
    assert "<p>" not in rss.text and rss.url == "http://example.org/a1"
    atom = next(a for a in arts if a.title == "Government imposes curfew")
    assert atom.outlet == "Atom Desk" and "curfew" in atom.text
    assert [r.code for r in rejects] == ["EW101"]  # the empty item


# ------------------------------------------- feed entry dates (issue #12)
BODY = "Police arrested five men in the port city on Monday, officials said."


def _rss(dates: list[str]) -> str:
    items = "".join(f"<item><title>Item {i}</title><link>http://example.org/r{i}</link>"
                    f"<description>{BODY}</description><pubDate>{d}</pubDate></item>"
                    for i, d in enumerate(dates))
    return f"<rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>"


def _atom(dates: list[str]) -> str:
    entries = "".join(f"<entry><id>urn:e{i}</id><title>Entry {i}</title>"
                      f"<summary>{BODY}</summary><updated>{d}</updated></entry>"
                      for i, d in enumerate(dates))
    return f"<feed xmlns='http://www.w3.org/2005/Atom'><title>Desk</title>{entries}</feed>"


@pytest.mark.parametrize("make,suffix", [(_rss, "rss"), (_atom, "atom")])
@pytest.mark.parametrize("raw,code", [
    ("Mon, 01 Jan 0999 10:00:00 GMT", "EW117"),  # year below 1000
    ("2024-03-05T10:00:00Z".replace("2024", "9500"), "EW117"),  # year above 8999
    ("0000-01-01T00:00:00Z", "EW117"),  # year 0: no date at all (was a ValueError)
    ("Sat, 01 Jan 0001 00:00:00 GMT", "EW117"),
    ("next Tuesday-ish", "EW113"),  # unreadable
    ("2024-13-45T10:00:00Z", "EW113"),  # no such day (feedparser rolls it into 2025)
])
def test_a_feed_entry_with_a_bad_date_is_a_kept_reject(tmp_path: Path, make: object,
                                                       suffix: str, raw: str, code: str) -> None:
    """Never a fallback date: the entry is rejected with its code and kept;
    the good entry beside it is read with its own date."""
    assert callable(make)
    path = tmp_path / f"f.{suffix}"
    path.write_text(make(["Tue, 05 Mar 2024 10:00:00 GMT", raw]), encoding="utf-8")
    arts, rejects = split(list(iter_inputs([path], settings=Settings(progress=False))))
    assert [a.published for a in arts] == [date(2024, 3, 5)]
    assert [r.code for r in rejects] == [code]
    assert str(path) in rejects[0].source and raw in rejects[0].message


def test_a_feed_entry_with_no_date_is_read_undated(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text(_rss(["2024-03-05"]).replace("<pubDate>2024-03-05</pubDate>", ""),
                    encoding="utf-8")
    arts, rejects = split(list(iter_inputs([path], settings=Settings(progress=False))))
    assert not rejects and len(arts) == 1 and arts[0].published is None


def _warc(path: Path, records: list[tuple[str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, ctype in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                            http_headers=headers)
            writer.write_record(rec)


def test_warc_records_and_a_broken_one(tmp_path: Path) -> None:
    html = (DATA / "page.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("http://example.org/page", html, "text/html; charset=utf-8"),
                 ("http://example.org/img.png", b"\x89PNG...", "image/png"),
                 ("http://example.org/bin", b"\x00\x01\x02\x03" * 50, "text/plain")])
    arts, rejects = split(list(iter_inputs([path])))
    assert len(arts) == 1 and arts[0].url == "http://example.org/page"
    assert "Kidal" in arts[0].text and arts[0].published is not None
    assert [r.code for r in rejects] == ["EW102"]
    # a corrupt archive: the readable record comes through, the rest is an EW108 reject
    two = tmp_path / "two.warc.gz"
    _warc(two, [("http://example.org/p1", html, "text/html"),
                ("http://example.org/p2", html, "text/html")])
    broken = tmp_path / "broken.warc.gz"
    data = two.read_bytes()
    broken.write_bytes(data[: len(data) // 2 + 10] + b"garbage" * 3)
    items = list(iter_inputs([broken]))
    assert isinstance(items[0], Article) and items[0].url == "http://example.org/p1"
    assert isinstance(items[-1], Reject) and items[-1].code == "EW108"
    not_warc = tmp_path / "fake.warc"
    not_warc.write_bytes(gzip.compress(b"this is not a warc file at all"))
    assert [getattr(i, "code", None) for i in iter_inputs([not_warc])] == ["EW108"]


@pytest.mark.parametrize("content,code", [
    (b"", "EW101"),
    (b"   \n\n  ", "EW101"),
    (b"\x00\x01\x02 binary \x00", "EW102"),
    ("Le ministre a déclaré à Paris que la police a arrêté des manifestants".encode("latin-1"),
     "EW103"),
    ("Die Regierung hat am Dienstag neue Sanktionen gegen das Nachbarland angekündigt, "
     "teilte das Ministerium mit.".encode(), "EW107"),
    (b"Too short.", "EW101"),
])
def test_bad_text_inputs_are_coded_rejects(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (item,) = list(iter_inputs([path]))
    assert isinstance(item, Reject) and item.code == code, item
    assert item.message and item.source.endswith("bad.txt")


def test_huge_article_rejected_fast(tmp_path: Path) -> None:
    import time

    path = tmp_path / "huge.txt"
    path.write_text("Troops attacked the village on Monday, officials said. " * 370_000)
    assert path.stat().st_size > 20_000_000
    t0 = time.perf_counter()
    (item,) = list(iter_inputs([path], settings=Settings(max_chars=1_000_000)))
    assert isinstance(item, Reject) and item.code == "EW104"
    assert time.perf_counter() - t0 < 10
    assert len(item.excerpt) <= 100_000  # kept, bounded


def test_missing_date_is_not_a_reject(tmp_path: Path) -> None:
    path = tmp_path / "nodate.txt"
    path.write_text("Rebels attacked an army post near the border, the military said.")
    (item,) = list(iter_inputs([path]))
    assert isinstance(item, Article) and item.published is None


def test_directories_are_walked_sorted_and_hidden_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("The army shelled rebel positions on Sunday, "
                                            "officials said.")
    (tmp_path / "a.txt").write_text("Protesters gathered outside parliament on Monday, "
                                    "police said.")
    (tmp_path / ".hidden.txt").write_text("Hidden file that must be skipped entirely.")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    items = list(iter_inputs([tmp_path]))
    sources = [Path(i.source).name for i in items if isinstance(i, Article)]
    assert sources == ["a.txt", "two.txt"]
    assert [i.code for i in items if isinstance(i, Reject)] == ["EW112"]
    assert [i.code for i in iter_inputs([tmp_path / "missing.txt"])] == ["EW111"]  # type: ignore[union-attr]


def test_same_text_same_id() -> None:
    a = Article(text="Troops attacked the village.")
    b = Article(text="Troops attacked the village.", outlet="Other")
    assert a.id == b.id and a.content_hash == b.content_hash


def test_bundled_samples_all_ingest() -> None:
    from .conftest import SAMPLES

    arts, rejects = split(list(iter_inputs([SAMPLES])))
    assert len(arts) == 21 and not rejects
    assert all(a.published is not None and a.outlet for a in arts)


# ------------------------------- one publication-date check for every reader
# (issue #12): a bad date rejects its record with a code, the reject is kept,
# and no fallback date ever stands in for it. Feed entries: see above.
STORY = "Soldiers cleared a roadblock outside the mining town on Friday, a spokesman said."


@pytest.mark.parametrize("raw,code", [("0999-05-01", "EW117"), ("9500-01-01T08:00:00Z", "EW117"),
                                      ("the fifth of May", "EW109")])
def test_jsonl_record_with_a_bad_date_is_a_kept_reject(tmp_path: Path, raw: str,
                                                       code: str) -> None:
    import json

    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "good", "text": STORY, "published": "2023-04-07"}) + "\n"
                    + json.dumps({"id": "bad", "text": STORY, "published": raw}) + "\n")
    arts, rejects = split(list(iter_inputs([path], published=date(2020, 1, 1),
                                           settings=Settings(progress=False))))
    assert [a.published for a in arts] == [date(2023, 4, 7)]  # the default fills no bad date
    assert [r.code for r in rejects] == [code] and rejects[0].source.endswith(":2")


def test_parquet_row_with_a_bad_date_is_a_kept_reject(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"text": [STORY, STORY], "published": ["2023-04-07", "0500-01-01"]}),
                   path)
    arts, rejects = split(list(iter_inputs([path], settings=Settings(progress=False))))
    assert [a.published for a in arts] == [date(2023, 4, 7)]
    assert [r.code for r in rejects] == ["EW117"]


class _Page:
    """What trafilatura's bare_extraction gives, with a chosen page date."""

    def __init__(self, day: str) -> None:
        self.text, self.title, self.url, self.sitename, self.date = STORY, "T", None, "S", day


@pytest.mark.parametrize("raw,code", [("0999-12-31", "EW117"), ("9000-01-01", "EW117"),
                                      ("yesterday evening", "EW109")])
def test_html_page_with_a_bad_date_is_rejected_not_given_the_fallback(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, raw: str, code: str) -> None:
    """Was: the page date was dropped and the WARC-Date (or none) put in its
    place. trafilatura itself discards most odd dates; one it passes on is
    checked like any other reader's."""
    import trafilatura

    from eventwire.errors import InputRejected
    from eventwire.ingest.readers import html_to_article

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: _Page(raw))
    with pytest.raises(InputRejected) as info:
        html_to_article("<html></html>", "p.html", fallback_date=date(2023, 4, 7))
    assert info.value.code == code
    path = tmp_path / "p.html"
    path.write_text("<html><body><p>x</p></body></html>")
    (item,) = list(iter_inputs([path], settings=Settings(progress=False, lang_check=False)))
    assert isinstance(item, Reject) and item.code == code and raw in item.message
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: _Page("2023-04-07"))
    assert html_to_article("<html></html>", "p.html").published == date(2023, 4, 7)


def test_text_file_date_given_out_of_range_is_a_coded_error(tmp_path: Path) -> None:
    """A text file has no date of its own: the one given for it (``--published``,
    ``iter_inputs(published=...)``) goes through the same check when the
    article is built (EW117), never replaced."""
    from eventwire.errors import UsageError

    path = tmp_path / "story.txt"
    path.write_text(STORY)
    with pytest.raises(UsageError) as info:
        list(iter_inputs([path], published=date(999, 1, 1), settings=Settings(progress=False)))
    assert info.value.code == "EW117"


def test_check_published_quotes_the_raw_value_and_rejects_a_missing_day() -> None:
    from eventwire.errors import InputRejected
    from eventwire.models.articles import check_published

    assert check_published(date(2023, 4, 7), "s") == date(2023, 4, 7)
    with pytest.raises(InputRejected) as info:
        check_published(None, "s", InputRejected, value="0000-01-01T00:00:00Z")
    assert info.value.code == "EW117" and "0000-01-01T00:00:00Z" in info.value.message
