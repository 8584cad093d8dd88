"""Build tests/data/timex_dev.jsonl: eventwire's own hand-checked TIMEX3 set.

Sentences written for eventwire by its developers (MIT). Values were worked
out by hand against each document's creation time (DCT) following
TimeML/TempEval-3 conventions (past tense "on Thursday" = the Thursday on or
before the DCT, future tense = on or after; spans exclude a leading
preposition; "last Friday" = the most recent Friday). Weekday arithmetic was
checked with Python's datetime, not with eventwire. Each item is
(dct, text, [(span text, type, value), ...]); spans are located in order.

    python tests/data/make_timex_dev.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("timex_dev.jsonl")
T = tuple[str, str, str]

DOCS: list[tuple[str | None, str, list[T]]] = [
    ("2021-03-02", "Troops withdrew on Sunday, officials said.",
     [("Sunday", "DATE", "2021-02-28")]),
    ("2021-03-02", "The talks will resume on Friday.", [("Friday", "DATE", "2021-03-05")]),
    ("2021-03-02", "The ceasefire collapsed last week.", [("last week", "DATE", "2021-W08")]),
    ("2021-03-02", "Elections will be held next month.", [("next month", "DATE", "2021-04")]),
    ("2021-03-02", "The agreement was signed on January 15.",
     [("January 15", "DATE", "2021-01-15")]),
    ("2021-03-02", "The summit will take place on April 20.",
     [("April 20", "DATE", "2021-04-20")]),
    ("2021-03-02", "Prices rose 3 percent last year.", [("last year", "DATE", "2020")]),
    ("2021-03-02", "Two days ago, rebels shelled the town.",
     [("Two days ago", "DATE", "2021-02-28")]),
    ("2021-03-02", "The minister arrived yesterday and will leave tomorrow.",
     [("yesterday", "DATE", "2021-03-01"), ("tomorrow", "DATE", "2021-03-03")]),
    ("2021-03-02", "The strike has lasted three weeks.", [("three weeks", "DURATION", "P3W")]),
    ("2019-07-18", "Protesters gathered on Monday outside parliament.",
     [("Monday", "DATE", "2019-07-15")]),
    ("2019-07-18", "The government plans to hold a referendum this autumn.",
     [("this autumn", "DATE", "2019-FA")]),
    ("2019-07-18", "Earlier this year, the army launched an offensive.",
     [("Earlier this year", "DATE", "2019")]),
    ("2019-07-18", "The war in the 1990s killed thousands.", [("the 1990s", "DATE", "199")]),
    ("2019-07-18", "Sales fell in the second quarter of 2018.",
     [("the second quarter of 2018", "DATE", "2018-Q2")]),
    ("2019-07-18", "The deal was announced on 3 June 2019.",
     [("3 June 2019", "DATE", "2019-06-03")]),
    ("2019-07-18", "Inspectors visit the site every month.", [("every month", "SET", "P1M")]),
    ("2019-07-18", "The talks lasted for 12 hours.", [("12 hours", "DURATION", "PT12H")]),
    ("2019-07-18", "Negotiators met at 10:30 a.m. on Wednesday.",
     [("10:30 a.m.", "TIME", "2019-07-17T10:30"), ("Wednesday", "DATE", "2019-07-17")]),
    ("2015-10-09", "The company said on Thursday that it would cut 500 jobs next year.",
     [("Thursday", "DATE", "2015-10-08"), ("next year", "DATE", "2016")]),
    ("2015-10-09", "The embargo was lifted in March.", [("March", "DATE", "2015-03")]),
    ("2015-10-09", "The embargo will be lifted in March.", [("March", "DATE", "2016-03")]),
    ("2015-10-09", "The general was killed on December 28. Just three days later, the "
                   "parliament voted to expel the troops.",
     [("December 28", "DATE", "2014-12-28"), ("three days later", "DATE", "2014-12-31")]),
    ("2015-10-09", "The company currently employs 2,000 people.",
     [("currently", "DATE", "PRESENT_REF")]),
    ("2015-10-09", "Fighting has intensified recently.", [("recently", "DATE", "PAST_REF")]),
    ("2015-10-09", "The results are expected in the coming weeks.",
     [("the coming weeks", "DATE", "FUTURE_REF")]),
    ("2022-01-31", "The blast occurred on Saturday near the market.",
     [("Saturday", "DATE", "2022-01-29")]),
    ("2022-01-31", "Voting will begin on Wednesday and end on Friday.",
     [("Wednesday", "DATE", "2022-02-02"), ("Friday", "DATE", "2022-02-04")]),
    ("2022-01-31", "In 2020, the country held a referendum.", [("2020", "DATE", "2020")]),
    ("2022-01-31", "The truce held for six months.", [("six months", "DURATION", "P6M")]),
    ("2022-01-31", "The talks were held in Geneva last month.",
     [("last month", "DATE", "2021-12")]),
    ("2022-01-31", "The minister will visit the region this week.",
     [("this week", "DATE", "2022-W05")]),
    ("2022-01-31", "Rebels took the city on January 3, 2022.",
     [("January 3, 2022", "DATE", "2022-01-03")]),
    ("2022-01-31", "Aid deliveries resumed this month.", [("this month", "DATE", "2022-01")]),
    ("2008-05-24", "Boeing delayed the delivery of the jet until the third quarter of 2009.",
     [("the third quarter of 2009", "DATE", "2009-Q3")]),
    ("2008-05-24", "The airline ordered 20 jets in 2007 and will receive them by 2010.",
     [("2007", "DATE", "2007"), ("2010", "DATE", "2010")]),
    ("2008-05-24", "The strike ended last Friday.", [("last Friday", "DATE", "2008-05-23")]),
    ("2008-05-24", "Shares fell 5 percent on Thursday.", [("Thursday", "DATE", "2008-05-22")]),
    ("2008-05-24", "The merger was completed two years ago.",
     [("two years ago", "DATE", "2006")]),
    ("2012-12-20", "The rebels will attack before Christmas, the group said on Tuesday.",
     [("Christmas", "DATE", "2012-12-25"), ("Tuesday", "DATE", "2012-12-18")]),
    ("2012-12-20", "The ceasefire took effect on Monday.", [("Monday", "DATE", "2012-12-17")]),
    ("2012-12-20", "The army said it will withdraw its troops within 30 days.",
     [("30 days", "DURATION", "P30D")]),
    ("2012-12-20", "The talks, which began in October, will continue next year.",
     [("October", "DATE", "2012-10"), ("next year", "DATE", "2013")]),
    ("2012-12-20", "Each year, thousands of migrants cross the border.",
     [("Each year", "SET", "P1Y")]),
    ("2017-04-03", "Government forces retook the town over the weekend.",
     [("the weekend", "DATE", "2017-W13-WE")]),
    ("2017-04-03", "The president signed the decree on March 31.",
     [("March 31", "DATE", "2017-03-31")]),
    ("2017-04-03", "The president will travel to Paris on April 10.",
     [("April 10", "DATE", "2017-04-10")]),
    ("2017-04-03", "Unemployment peaked in 2013 and has fallen since.",
     [("2013", "DATE", "2013")]),
    ("2017-04-03", "The conflict has killed 400,000 people over six years.",
     [("six years", "DURATION", "P6Y")]),
    ("2023-06-14", "The drone attack happened early on Tuesday.",
     [("Tuesday", "DATE", "2023-06-13")]),
    ("2023-06-14", "Officials met last Thursday.", [("last Thursday", "DATE", "2023-06-08")]),
    ("2023-06-14", "The summit is scheduled for next Thursday.",
     [("next Thursday", "DATE", "2023-06-22")]),
    ("2023-06-14", "Inflation reached 9 percent in the summer of 2022.",
     [("summer of 2022", "DATE", "2022-SU")]),
    ("2023-06-14", "The dam was built in the 1970s.", [("the 1970s", "DATE", "197")]),
    ("2010-09-26", "The floods began in late July.", [("late July", "DATE", "2010-07")]),
    ("2010-09-26", "The army said on Saturday that 12 soldiers died.",
     [("Saturday", "DATE", "2010-09-25")]),
    ("2010-09-26", "The relief operation will last until December.",
     [("December", "DATE", "2010-12")]),
    ("2010-09-26", "Talks collapsed three weeks ago.", [("three weeks ago", "DATE", "2010-W35")]),
    ("2024-02-29", "The vote took place on February 28.", [("February 28", "DATE", "2024-02-28")]),
    ("2024-02-29", "Parliament will debate the bill on March 5.",
     [("March 5", "DATE", "2024-03-05")]),
    ("2024-02-29", "A year ago, the rebels controlled the border.",
     [("A year ago", "DATE", "2023")]),
    (None, "The treaty was signed on January 3.", [("January 3", "DATE", "XXXX-01-03")]),
    (None, "The talks lasted two days.", [("two days", "DURATION", "P2D")]),
    (None, "The war ended in 1995.", [("1995", "DATE", "1995")]),
    ("2016-11-09", "The candidate conceded the election on Wednesday morning and said the "
                   "transition would start in January.",
     [("Wednesday morning", "TIME", "2016-11-09TMO"), ("January", "DATE", "2017-01")]),
    ("2016-11-09", "Turnout was lower than in 2012.", [("2012", "DATE", "2012")]),
    ("2016-11-09", "The new government will be sworn in within two weeks.",
     [("two weeks", "DURATION", "P2W")]),
    ("2018-03-15", "Syria's war entered its eighth year today.",
     [("eighth year", "DURATION", "P8Y"), ("today", "DATE", "2018-03-15")]),
    ("2018-03-15", "The siege began in February and aid reached the town on Monday.",
     [("February", "DATE", "2018-02"), ("Monday", "DATE", "2018-03-12")]),
]


def build() -> list[dict[str, object]]:
    records = []
    for n, (dct, text, items) in enumerate(DOCS, 1):
        cursor, timex = 0, []
        for span, kind, value in items:
            at = text.find(span, cursor)
            if at < 0:
                raise ValueError(f"{span!r} not in {text!r}")
            cursor = at + len(span)
            timex.append({"start": at, "end": cursor, "text": span, "type": kind,
                          "value": value})
        records.append({"doc_id": f"tx-{n:03d}", "dct": dct, "text": text, "timex": timex})
    return records


if __name__ == "__main__":
    records = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")
    print(f"{len(records)} documents, {sum(len(r['timex']) for r in records)} TIMEX -> {OUT}")
