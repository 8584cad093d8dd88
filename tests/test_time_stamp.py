"""The text's own date stamp (:mod:`eventwire.stages.time.stamp`).

Texts written for these tests (branch dates5).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.stamp import text_stamp


@pytest.mark.parametrize("text,expected", [
    ("Floods cut off northern towns\nMarch 4, 2019\nRivers burst their banks.", date(2019, 3, 4)),
    ("Strike shuts ports\nTuesday, Oct 8, 2013\nDockers walked out.", date(2013, 10, 8)),
    ("http://example.org/a/b\nCourt jails editor\nUpdated: 14 February 2016 09:10 GMT\n"
     "A court jailed an editor.", date(2016, 2, 14)),
    ("Ministry statement\nRabat, 3rd May 2022 — The ministry rejects the report.",
     date(2022, 5, 3)),
    ("QUITO, August 9, 2023 (EFE) - A candidate was shot dead.", date(2023, 8, 9)),
    ("Posted 2 June 2018\nRebels freed ten hostages.", date(2018, 6, 2)),
])
def test_stamp_lines_and_datelines(text: str, expected: date) -> None:
    assert text_stamp(text) == expected


@pytest.mark.parametrize("text", [
    "The war began on March 3, 2020 when troops crossed the border.",  # a date in prose
    "KINSHASA, June 14 (Reuters) - Congo accused Rwanda.",  # no year: not a full date
    "Title\nOne\nTwo\nThree\nMarch 4, 2019\nToo far down.",  # below the top lines
])
def test_no_stamp(text: str) -> None:
    assert text_stamp(text) is None


def test_stamp_stands_in_for_missing_publication_date() -> None:
    pipe = Pipeline(components=("eventwire_timex",))
    text = "Clashes in the capital\nJune 9, 2021\nPolice fired tear gas on Tuesday."
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert ("Tuesday", "2021-06-08") in [(t.text, t.value) for t in doc._.timexes]
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 6, 12))]))
    assert doc._.published == date(2021, 6, 12)  # the metadata wins
