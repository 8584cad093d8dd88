"""Build tests/data/event_dates_dev.jsonl: when did each event happen?

Passages written for eventwire by its developers (MIT). For each event
trigger, the gold ``value`` is the date the text supports (TIMEX3), or the
publication date when the text gives none and the event is plainly news of
the day (marked ``"anchor": "publication"``), and ``background`` says whether
it lies clearly (over a week) before publication. Items: (dct, text,
[(trigger, value, background)]).

    python tests/data/make_event_dates_dev.py
"""

from __future__ import annotations

from pathlib import Path

from spans import locate_in_order, write_jsonl

OUT = Path(__file__).with_name("event_dates_dev.jsonl")
E = tuple[str, str | None, bool]

DOCS: list[tuple[str, str, list[E]]] = [
    ("2020-11-14", "Washington's January 3 assassination of the general angered Iraqis. "
                   "Just two days later, lawmakers passed a bill demanding the expulsion of "
                   "foreign troops.",
     [("assassination", "2020-01-03", True), ("demanding", "2020-01-05", True)]),
    ("2020-11-14", "The militia's spokesman stressed on Thursday that the group would attack "
                   "foreign forces.",
     [("attack", "2020-11-12", False)]),
    ("2021-03-02", "Rebels attacked an army post on Sunday, killing four soldiers.",
     [("attacked", "2021-02-28", False)]),
    ("2021-03-02", "Police arrested twelve protesters in the capital.",
     [("arrested", "2021-03-02", False)]),
    ("2021-03-02", "The two countries signed a trade agreement in January 2019.",
     [("signed", "2019-01", True)]),
    ("2019-07-18", "Troops shelled the village last week, residents said.",
     [("shelled", "2019-W28", False)]),
    ("2019-07-18", "The foreign ministers will meet in Geneva on Monday.",
     [("meet", "2019-07-22", False)]),
    ("2015-10-09", "The government imposed a curfew on October 2. Three days later, protesters "
                   "marched on parliament.",
     [("imposed", "2015-10-02", False), ("marched", "2015-10-05", False)]),
    ("2015-10-09", "In 2011, security forces killed hundreds of demonstrators.",
     [("killed", "2011", True)]),
    ("2022-01-31", "The army withdrew from the town on Saturday after rebels attacked its "
                   "positions.",
     [("withdrew", "2022-01-29", False)]),
    ("2022-01-31", "Last month, the president condemned the bombing of a school.",
     [("condemned", "2021-12", True)]),
    ("2008-05-24", "The airline ordered 20 jets on Thursday.", [("ordered", "2008-05-22", False)]),
    ("2008-05-24", "Boeing cancelled the order two years ago.", [("cancelled", "2006", True)]),
    # ed-014 and ed-020 relabelled 2026-12-05 (nineteenth session) to the
    # annotation guide's "Event dates" rules 2 and 4, which the record sets
    # follow: the day of a saying never dates the material act it reports
    # (was the saying's day, the convention of this set when it was written;
    # class *act told in a dated report*, eventwire/stages/time/told_act.py).
    ("2012-12-20", "The group said on Tuesday that its fighters attacked the base.",
     [("attacked", None, False)]),
    ("2012-12-20", "Thousands of people protested in the capital.",
     [("protested", "2012-12-20", False)]),
    ("2017-04-03", "Government forces retook the town on March 31.",
     [("retook", "2017-03-31", False)]),
    ("2017-04-03", "The ceasefire that was agreed in December 2016 collapsed.",
     [("agreed", "2016-12", True)]),
    ("2023-06-14", "A drone strike hit a convoy on Tuesday.", [("hit", "2023-06-13", False)]),
    ("2023-06-14", "The rebels seized the city in the summer of 2022.",
     [("seized", "2022-SU", True)]),
    ("2010-09-26", "The army said on Saturday that soldiers clashed with militants.",
     [("clashed", None, False)]),  # relabelled 2026-12-05: see ed-014
    ("2024-02-29", "Parliament rejected the bill on February 28.",
     [("rejected", "2024-02-28", False)]),
    ("2024-02-29", "Protesters blocked the highway.", [("blocked", "2024-02-29", False)]),
    ("2018-03-15", "The siege began in February and aid reached the town on Monday.",
     [("siege", "2018-02", True), ("aid", "2018-03-12", False)]),
    ("2016-11-09", "The opposition rejected the results on Wednesday.",
     [("rejected", "2016-11-09", False)]),
    ("2019-05-01", "The president visited Moscow in 2015 and met his Russian counterpart.",
     [("visited", "2015", True)]),
]


def build() -> list[dict[str, object]]:
    records = []
    for n, (dct, text, items) in enumerate(DOCS, 1):
        spans = locate_in_order(text, (trigger for trigger, _, _ in items))
        events = [{**span, "value": value, "background": background}
                  for span, (_, value, background) in zip(spans, items, strict=True)]
        records.append({"doc_id": f"ed-{n:03d}", "dct": dct, "text": text, "events": events})
    return records


if __name__ == "__main__":
    records = build()
    write_jsonl(records, OUT)
    print(f"{len(records)} documents, {sum(len(r['events']) for r in records)} events -> {OUT}")
