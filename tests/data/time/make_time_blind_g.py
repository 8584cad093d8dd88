"""Build ``time_blind_g.jsonl``: a second own blind event-date set (issue #12, branch dates2).

Short articles written for this set (not from any corpus), labelled by hand
before eventwire ever ran on them, in the ``eventwire eval event_dates``
format (as ``tests/data/time_blind_e.jsonl``). Each gold event: trigger span,
TIMEX3 value at the granularity the text supports (``null`` when the text
does not date it, following docs/annotation.md: statements and states with
no date of their own, future content with no date, undated recollections)
and the background flag (the event ended more than 7 days before
publication). Classes: which timex governs which event, narrative chaining,
"the day before"/"the next day", background recollections, "last
week/month/year", "earlier this year", weekdays relative to the publication
date and to a wire dateline, seasons, quarters, fiscal years, halves, date
ranges (the smallest calendar unit holding both ends), headlines dated by
the body, unknown when nothing says. Run once before and once after the
branch's changes; never debugged on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_time_blind_e import build  # noqa: E402

# (dct, text, [(trigger, occurrence, value, background)])
ARTICLES: list[tuple[str, str, list[tuple[str, int, str | None, bool]]]] = [
    ("2024-03-14", "Police arrested two opposition lawmakers on Tuesday. The arrests came a day "
     "after the lawmakers led a march on parliament. In January, the same lawmakers had "
     "boycotted the budget vote.",
     [("arrested", 0, "2024-03-12", False), ("arrests", 0, "2024-03-12", False),
      ("led", 0, "2024-03-11", False), ("boycotted", 0, "2024-01", True)]),
    ("2023-09-22", "Last week, the government expelled two foreign diplomats. On Wednesday, the "
     "foreign minister defended the decision in parliament. Unions will hold a general strike "
     "next month.",
     [("expelled", 0, "2023-W37", False), ("defended", 0, "2023-09-20", False),
      ("strike", 0, "2023-10", False)]),
    ("2022-05-03", "Earlier this year, rebels captured the mining town of Dara. Government forces "
     "retook it in March after weeks of fighting. The rebels have since attacked convoys on the "
     "main road, the army says.",
     [("captured", 0, "2022", True), ("retook", 0, "2022-03", True),
      ("attacked", 0, None, False)]),
    ("2021-11-08", "Protesters blocked the main highway on Saturday. The day before, police had "
     "fired tear gas at students outside the university. Three people were killed in the "
     "clashes on Saturday, hospital officials said.",
     [("blocked", 0, "2021-11-06", False), ("fired", 0, "2021-11-05", False),
      ("killed", 0, "2021-11-06", False), ("clashes", 0, "2021-11-06", False)]),
    ("2020-08-20", "The two leaders met in Geneva in the summer of 2018 and agreed to reopen the "
     "border. That deal collapsed the following spring. On Monday, their foreign ministers "
     "resumed talks.",
     [("met", 0, "2018-SU", True), ("agreed", 0, "2018-SU", True),
      ("collapsed", 0, "2019-SP", True), ("resumed", 0, "2020-08-17", False)]),
    ("2023-07-27", "The government suspended fuel subsidies in the first quarter, the finance "
     "ministry said on Thursday. Lawmakers will vote on a new budget in the fourth quarter.",
     [("suspended", 0, "2023-Q1", True), ("said", 0, "2023-07-27", False),
      ("vote", 0, "2023-Q4", False)]),
    ("2019-04-02", "Soldiers opened fire on demonstrators in the capital today, killing at least "
     "five people, witnesses said. The army has repeatedly denied using force against "
     "civilians. Rights groups had accused it of torturing detainees in the past.",
     [("opened", 0, "2019-04-02", False), ("killing", 0, "2019-04-02", False),
      ("denied", 0, None, False), ("accused", 0, None, True)]),
    ("2025-02-10", "The president will travel to Cairo on Wednesday for talks on the ceasefire. "
     "On Friday, his envoy met Hamas officials in Doha. Israel struck targets in Rafah over "
     "the weekend.",
     [("travel", 0, "2025-02-12", False), ("talks", 0, "2025-02-12", False),
      ("met", 0, "2025-02-07", False), ("struck", 0, "2025-W06", False)]),
    ("2022-10-19", "Last month, the regional parliament voted to hold an independence "
     "referendum. The supreme court blocked the vote last year, and the government said on "
     "Tuesday it would challenge the new law. Earlier this year, police arrested the region's "
     "former leader.",
     [("voted", 0, "2022-09", True), ("referendum", 0, None, False),
      ("blocked", 0, "2021", True), ("said", 0, "2022-10-18", False),
      ("challenge", 0, None, False), ("arrested", 0, "2022", True)]),
    ("2024-06-05", "On May 12, gunmen abducted 30 villagers in the north. Two days later, the "
     "army launched a rescue operation. A week after that, troops freed 12 of the hostages. "
     "The rest remain in captivity.",
     [("abducted", 0, "2024-05-12", True), ("launched", 0, "2024-05-14", True),
      ("freed", 0, "2024-05-21", True)]),
    ("2023-02-16", "Between 2015 and 2019, the militia attacked dozens of villages in the "
     "province. From January 12 to January 20, negotiators met in Nairobi. The government will "
     "hold elections in late March.",
     [("attacked", 0, "201", True), ("met", 0, "2023-01", True),
      ("elections", 0, "2023-03", False)]),
    ("2021-03-30", "Troops stormed the rebel-held town of Kamu on March 21. The day before, rebel "
     "commanders had rejected a government offer of amnesty. The next day, the president "
     "declared victory in a televised speech.",
     [("stormed", 0, "2021-03-21", True), ("rejected", 0, "2021-03-20", True),
      ("declared", 0, "2021-03-22", True)]),
    ("2020-12-03", "The ruling party lost its majority in elections last spring. This autumn, "
     "opposition lawmakers blocked three of its bills, and they vowed on Wednesday to block "
     "the budget as well.",
     [("lost", 0, "2020-SP", True), ("elections", 0, "2020-SP", True),
      ("blocked", 0, "2020-FA", False), ("vowed", 0, "2020-12-02", False),
      ("block", 0, None, False)]),
    ("2022-06-20", "KINSHASA, June 16 (Reuters) - Congo accused Rwanda on Thursday of backing the "
     "M23 rebels, who seized the border town of Bunagana on Monday.",
     [("accused", 0, "2022-06-16", False), ("seized", 0, "2022-06-13", False)]),
    ("2023-05-25", "Police detained a prominent journalist yesterday at his home in the capital. "
     "This morning, his colleagues protested outside the interior ministry. He was briefly "
     "jailed in 2017 for criticising the army.",
     [("detained", 0, "2023-05-24", False), ("protested", 0, "2023-05-25", False),
      ("jailed", 0, "2017", True)]),
    ("2024-11-21", "The defence minister said on Wednesday that the army would withdraw from the "
     "buffer zone. Rebels have repeatedly violated the truce, he said. The two sides signed the "
     "truce in 2023.",
     [("said", 0, "2024-11-20", False), ("withdraw", 0, None, False),
      ("violated", 0, None, False), ("signed", 0, "2023", True)]),
    ("2019-10-08", "The government slashed military spending in fiscal 2018, the audit office "
     "reported. In the first half of this year, it bought six fighter jets from France.",
     [("slashed", 0, "FY2018", True), ("reported", 0, None, False),
      ("bought", 0, "2019-H1", True)]),
    ("2021-07-09", "Gunmen attacked a police station in the border town on Tuesday. They killed "
     "four officers and set fire to the building. Police arrested three suspects the following "
     "day.",
     [("attacked", 0, "2021-07-06", False), ("killed", 0, "2021-07-06", False),
      ("set", 0, "2021-07-06", False), ("arrested", 0, "2021-07-07", False)]),
    ("2023-04-12", "Two weeks ago, the junta expelled the French ambassador. A year ago, it "
     "suspended the broadcasts of two French radio stations. In the 1990s, the country fought "
     "a civil war with Tuareg rebels.",
     [("expelled", 0, "2023-W13", True), ("suspended", 0, "2022", True),
      ("fought", 0, "199", True)]),
    ("2018-09-14", "In March 2016, the rebels signed a peace deal with the government. The "
     "previous month, the UN had sent monitors to the region. Later that year, the rebels "
     "handed over their weapons.",
     [("signed", 0, "2016-03", True), ("sent", 0, "2016-02", True),
      ("handed", 0, "2016", True)]),
    ("2024-01-26", "Rebels shoot down army helicopter\nRebels shot down an army helicopter over "
     "the northern province on Wednesday, killing its crew of four, the military said on "
     "Thursday.",
     [("shoot", 0, "2024-01-24", False), ("shot", 0, "2024-01-24", False),
      ("killing", 0, "2024-01-24", False), ("said", 0, "2024-01-25", False)]),
]


if __name__ == "__main__":
    path = Path(__file__).with_name("time_blind_g.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for rec in build(ARTICLES, "tbg"):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(path, len(ARTICLES), sum(len(a[2]) for a in ARTICLES))
