"""The doc-level passes of the timex component (eventwire/stages/time/component.py)
called directly on hand-made expression lists: relative years, wire datelines
and clock times on the time line. Every text was written for these tests
(PUB: Tuesday 2021-06-01); non_prose_spans is tested in
tests/test_time_anchoring.py."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Timex
from eventwire.stages.time.component import date_times, mark_datelines, relative_years

PUB = date(2021, 6, 1)


def _tx(text: str, part: str, kind: str, value: str, rule: str, nth: int = 0) -> Timex:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Timex(start, start + len(part), part, kind, value, rule=rule)


@pytest.mark.parametrize("text,month,value,rel,year,expected", [
    ("Prices rose in April last year.", "April", "2021-04", "last year", "2020", "2020-04"),
    ("The vote fell on March 3 last year.", "March 3", "2021-03-03", "last year", "2020",
     "2020-03-03"),
    ("Talks resume in May of next year.", "May", "2021-05", "next year", "2022", "2022-05"),
    ("Troops left in June this year.", "June", "2021-06", "this year", "2021", "2021-06"),
])
def test_month_takes_the_relative_year(text: str, month: str, value: str, rel: str,
                                       year: str, expected: str) -> None:
    rule = "month-day" if " " in month else "month"
    timexes = [_tx(text, month, "DATE", value, rule), _tx(text, rel, "DATE", year, "relative")]
    relative_years(timexes, text)
    assert timexes[0].value == expected and timexes[1].value == year


@pytest.mark.parametrize("text,month,rel,year", [
    ("Prices rose in April, and last year they fell.", "April", "last year", "2020"),
    ("Prices rose in April last week.", "April", "last week", "2021-W21"),
])
def test_month_keeps_its_year(text: str, month: str, rel: str, year: str) -> None:
    timexes = [_tx(text, month, "DATE", "2021-04", "month"),
               _tx(text, rel, "DATE", year, "relative")]
    relative_years(timexes, text)
    assert timexes[0].value == "2021-04"


@pytest.mark.parametrize("text,part,expected", [
    ("KINSHASA, June 14 (Reuters) - Congo accused Rwanda on Tuesday.", "June 14", True),
    ("NIAMEY/ABUJA, July 31 (Wire) - Troops withdrew.", "July 31", True),
    ("CULIACAN, Mexico, Oct 18 (EFE) - Gunmen fired on a bus.", "Oct 18", True),
    ("GAZA, July 16 -- Shelling resumed.", "July 16", True),
    ("Congo accused Rwanda on June 14 of invading.", "June 14", False),
    ("Talks, June 14 (a Monday) were cancelled.", "June 14", False),
])
def test_wire_dateline(text: str, part: str, expected: bool) -> None:
    timexes = [_tx(text, part, "DATE", "2021-06-14", "month-day")]
    mark_datelines(timexes, text)
    assert (timexes[0].rule == "dateline") is expected


def test_clock_time_takes_the_day_next_to_it() -> None:
    text = "The blast came at 10:30 a.m. on Wednesday."
    timexes = [_tx(text, "10:30 a.m.", "TIME", "2021-06-01T10:30", "clock"),
               _tx(text, "Wednesday", "DATE", "2021-05-26", "weekday")]
    date_times(timexes, text, PUB)
    assert timexes[0].value == "2021-05-26T10:30"


@pytest.mark.parametrize("text,day,value,expected", [
    # a recent day before it: the clock time is on it
    ("Gunmen opened fire on Friday. The gunman entered around 4 p.m.", "Friday",
     "2021-05-28", "2021-05-28T16:00"),
    # a day ahead, within a week (class *scheduled clock time*)
    ("The summit opens on Monday. Leaders arrive at 9 a.m.", "Monday", "2021-06-07",
     "2021-06-07T09:00"),
    # an old day is not near: the publication day stays
    ("The war began on March 3, 2003. Shelling starts at 9 a.m.", "March 3, 2003",
     "2003-03-03", "2021-06-01T09:00"),
])
def test_clock_time_on_the_time_line(text: str, day: str, value: str, expected: str) -> None:
    clock = text[text.rindex("at ") + 3:].rstrip(".") if " at " in text else \
        text[text.rindex("around ") + 7:].rstrip(".")
    rule = "full-date" if "," in day else "weekday"
    timexes = [_tx(text, day, "DATE", value, rule),
               _tx(text, clock, "TIME", f"2021-06-01T{expected[11:]}", "clock")]
    date_times(timexes, text, PUB)
    assert timexes[1].value == expected


def test_a_dateline_day_is_not_on_the_time_line() -> None:
    text = "GAZA, May 28 (Wire) - Shelling began at 9 a.m."
    timexes = [_tx(text, "May 28", "DATE", "2021-05-28", "dateline"),
               _tx(text, "9 a.m.", "TIME", "2021-06-01T09:00", "clock")]
    date_times(timexes, text, PUB)
    assert timexes[1].value == "2021-06-01T09:00"


@pytest.mark.parametrize("text,day,value,rule,clock,expected", [
    # class *a day named with a part of day* (dates58): the part-of-day TIME
    # puts its day on the time line like the bare day
    ("A cyclist died on Sunday night near the bridge. She was struck just after 9 p.m.",
     "Sunday night", "2021-05-30TNI", "weekday", "9 p.m.", "2021-05-30T21:00"),
    ("Dockers blocked the port on Friday morning. By 11 a.m. the gates were shut.",
     "Friday morning", "2021-05-28TMO", "weekday", "11 a.m.", "2021-05-28T11:00"),
    ("The ferry ran aground yesterday afternoon. Divers reached it at 5:40 p.m.",
     "yesterday afternoon", "2021-05-31TAF", "deictic-part", "5:40 p.m.", "2021-05-31T17:40"),
    # an old night is not near: the publication day stays
    ("The siege began on the night of May 2, 2019. Shelling stopped at 4 a.m.",
     "the night of May 2, 2019", "2019-05-02TNI", "full-date", "4 a.m.", "2021-06-01T04:00"),
])
def test_part_of_day_puts_its_day_on_the_time_line(text: str, day: str, value: str, rule: str,
                                                   clock: str, expected: str) -> None:
    timexes = [_tx(text, day, "TIME", value, rule),
               _tx(text, clock, "TIME", f"2021-06-01T{expected[11:]}", "clock")]
    date_times(timexes, text, PUB)
    assert timexes[1].value == expected and timexes[0].value == value


@pytest.mark.parametrize("text,clock,cval,day,value", [
    ("The alarm was raised at about 6 a.m. on Sunday morning.", "6 a.m.", "T06:00",
     "Sunday morning", "2021-05-30TMO"),
    ("Shots rang out at 10:15 p.m., Friday night, witnesses said.", "10:15 p.m.", "T22:15",
     "Friday night", "2021-05-28TNI"),
    ("The quake struck at 3 a.m. Saturday morning.", "3 a.m.", "T03:00",
     "Saturday morning", "2021-05-29TMO"),
])
def test_clock_time_takes_the_part_of_day_next_to_it(text: str, clock: str, cval: str,
                                                     day: str, value: str) -> None:
    timexes = [_tx(text, clock, "TIME", "2021-06-01" + cval, "clock"),
               _tx(text, day, "TIME", value, "weekday")]
    date_times(timexes, text, PUB)
    assert timexes[0].value == value[:10] + cval


def test_a_clock_time_gives_no_day_to_the_time_line() -> None:
    text = "Police arrived on Friday. Talks went on past 10:30 p.m. Stones flew at 11 p.m."
    timexes = [_tx(text, "Friday", "DATE", "2021-05-28", "weekday"),
               _tx(text, "10:30 p.m.", "TIME", "2021-06-02T22:30", "clock"),
               _tx(text, "11 p.m.", "TIME", "2021-06-01T23:00", "clock")]
    date_times(timexes, text, PUB)
    assert timexes[2].value == "2021-05-28T23:00"


# Class *an agency's own dateline form* (dates65): the place stage's dateline
# (geo.datelines) marks its date too. Written for this test.
@pytest.mark.parametrize("text,part", [
    ("Fishermen block port\nPORTO-NOVO, Jun 1 (EFE).- Fishermen on Monday blocked the port.",
     "Jun 1"),
    ("Teachers rally in Ajmer\nAjmer, June 1 (PTI) Teachers on Monday rallied outside the "
     "collectorate.", "June 1"),
    ("SAMARA, June 1. /TASS/. Regional prosecutors on Monday opened a case.", "June 1"),
    ("Durres, June 1 /ATA/ - Customs officers on Monday seized a lorry.", "June 1"),
    ("KUTAISI, JUNE 1, GEOPRESS. Miners on Monday stopped work at the pit.", "JUNE 1"),
])
def test_agency_dateline_form(text: str, part: str) -> None:
    timexes = [_tx(text, part, "DATE", "2021-06-01", "month-day"),
               _tx(text, "Monday", "DATE", "2021-05-31", "weekday")]
    mark_datelines(timexes, text)
    assert timexes[0].rule == "dateline" and timexes[1].rule == "weekday"


# near misses: a bare town line names no date; a body date; a weekday opening
# the line below a title is not a place
@pytest.mark.parametrize("text,part", [
    ("Fishermen block port\nSunday - Fishermen blocked the port of Cotonou.", "Sunday"),
    ("Fishermen on June 1 (EFE) blocked the port.", "June 1"),
    ("Port blockade\nCotonou - Fishermen blocked the port on June 1 (a Tuesday).", "June 1"),
])
def test_agency_dateline_near_miss(text: str, part: str) -> None:
    timexes = [_tx(text, part, "DATE", "2021-06-01", "month-day")]
    mark_datelines(timexes, text)
    assert timexes[0].rule == "month-day"
