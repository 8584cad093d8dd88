"""Build ``timex_blind_t2.jsonl``: a blind TIMEX set for issue #12 (branch timex2).

Short news passages written for this set (not from any corpus), labelled by
hand before eventwire ever ran on them, in the ``eventwire eval timex`` format.
Values follow TimeML / TempEval-3: durations (P3Y, P1DE, PXW), vague refs
(PRESENT_REF, PAST_REF, FUTURE_REF), sets (P1Y, XXXX-WXX-1), fiscal quarters
and halves, the year-earlier period, decades (199), centuries (18), mid/late
year (the year), seasons (2022-SU), weekdays by tense, weeks and weekends,
parts of day (TMO, TEV, TAF, TNI) and clock times. Run once before and once
after the branch's changes; never debugged on.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

# {text|TYPE|value} marks one gold TIMEX.
PASSAGES: list[tuple[str, str]] = [
    ("2024-03-13", "Shares of Norvale Corp. fell {Tuesday morning|TIME|2024-03-12TMO} after the "
     "company said profit in {the fourth quarter|DATE|2023-Q4} dropped 12 percent from "
     "{the year-earlier period|DATE|2022-Q4}. The company has cut costs for "
     "{three years|DURATION|P3Y} and {now|DATE|PRESENT_REF} expects sales to grow in "
     "{the first half|DATE|2024-H1}. Its board meets on {Friday|DATE|2024-03-15}."),
    ("2023-11-02", "Voters in the province will go to the polls on {Sunday|DATE|2023-11-05}. "
     "The governor, who has held office since {the 1990s|DATE|199}, said on "
     "{Wednesday|DATE|2023-11-01} that turnout had fallen steadily over "
     "{the past decade|DURATION|P1DE}. Polling stations will open at "
     "{7 a.m.|TIME|2023-11-05T07:00} and close at {8 p.m.|TIME|2023-11-05T20:00}."),
    ("2025-07-18", "The central bank {currently|DATE|PRESENT_REF} holds rates at 4.5 percent, "
     "a level it set in {mid-2023|DATE|2023}. Economists expect a cut "
     "{later this year|DATE|2025}, although inflation rose {last month|DATE|2025-06}. The "
     "bank publishes its forecasts {quarterly|SET|P3M} and its board meets "
     "{every six weeks|SET|P6W}."),
    ("2022-01-10", "Flights resumed at the airport on {Sunday|DATE|2022-01-09} after a storm "
     "closed it for {48 hours|DURATION|PT48H}. Officials said {late last year|DATE|2021} "
     "that the runway needed repairs, and work will begin {next month|DATE|2022-02}. Snow is "
     "expected again {this week|DATE|2022-W02} and over {the weekend|DATE|2022-W02-WE}."),
    ("2024-10-29", "The festival, held {annually|SET|P1Y} since {1987|DATE|1987}, opened on "
     "{Saturday|DATE|2024-10-26} and will close on {Nov. 3|DATE|2024-11-03}. Organisers said "
     "attendance had {recently|DATE|PAST_REF} returned to levels last seen before "
     "{2020|DATE|2020}. A parade takes place {every Monday|SET|XXXX-WXX-1}."),
    ("2021-06-07", "Talks between the two unions collapsed {last Thursday|DATE|2021-06-03} "
     "after {a few weeks|DURATION|PXW} of negotiation. The dispute dates back to "
     "{March 2019|DATE|2019-03}, when the company froze wages for {two years|DURATION|P2Y}. A "
     "strike could begin as early as {the 15th|DATE|2021-06-15}, union leaders said "
     "{today|DATE|2021-06-07}."),
    ("2023-04-20", "Rescue teams reached the village {Wednesday evening|TIME|2023-04-19TEV}, "
     "{about 30 hours|DURATION|PT30H} after the earthquake struck. The area was last hit by "
     "a major quake in {the 1960s|DATE|196}. Officials said {tonight|TIME|2023-04-20TNI} "
     "that more aid would arrive {tomorrow|DATE|2023-04-21}."),
    ("2020-09-14", "Retail sales rose 3 percent in {August|DATE|2020-08} from "
     "{a year earlier|DATE|2019-08}, the statistics office said {Monday|DATE|2020-09-14}. "
     "The office revises its figures {every month|SET|P1M}. Sales fell sharply in "
     "{the spring|DATE|2020-SP}, when shops closed for {about two months|DURATION|P2M}."),
    ("2019-02-05", "The ruling party has governed the country for {decades|DURATION|PXDE}, "
     "but polls show its support at its lowest since {the early 1980s|DATE|198}. The "
     "election is scheduled for {May 12|DATE|2019-05-12}, and campaigning officially starts "
     "{next Monday|DATE|2019-02-11}."),
    ("2022-08-31", "Water levels on the river fell to a record low {this summer|DATE|2022-SU}, "
     "and barges have carried half loads for {the past month|DURATION|P1M}. Shipping firms "
     "said conditions were worse than in {2018|DATE|2018}, when the river stayed low until "
     "{December|DATE|2018-12}. Forecasters expect rain over {the weekend|DATE|2022-W35-WE} "
     "but warn that low water could return in {the future|DATE|FUTURE_REF}."),
    ("2018-12-03", "The council approved the budget on {Sunday|DATE|2018-12-02} after a "
     "debate that lasted {nine hours|DURATION|PT9H}. The plan covers "
     "{the next five years|DURATION|P5Y} and raises property taxes for the first time since "
     "{2009|DATE|2009}. Residents will receive bills {twice a year|SET|P1Y}."),
    ("2024-05-22", "The museum will reopen on {June 1|DATE|2024-06-01} after being closed for "
     "{18 months|DURATION|P18M}. Its director said {Tuesday|DATE|2024-05-21} that the "
     "collection had changed little in {the past|DATE|PAST_REF}. The building dates from "
     "{the 19th century|DATE|18}, and visitors will be admitted free "
     "{every Sunday|SET|XXXX-WXX-7}."),
    ("2023-01-27", "The company reported {fiscal 2022|DATE|2022} revenue of $4 billion and "
     "expects {the current quarter|DATE|2023-Q1} to be weaker. {Earlier this month|DATE|2023-01}"
     ", it cut 900 jobs. The finance chief said on a call {Thursday|DATE|2023-01-26} that "
     "hiring would stay frozen for {at least six months|DURATION|P6M}."),
    ("2021-11-15", "The trial, which began {two weeks ago|DATE|2021-W44}, is expected to last "
     "{at least another month|DURATION|P1M}. Witnesses testified "
     "{Friday afternoon|TIME|2021-11-12TAF}. The defendant has been in custody since "
     "{January|DATE|2021-01}, and a verdict is expected {early next year|DATE|2022}."),
    ("2025-03-03", "Ministers meet {this Thursday|DATE|2025-03-06} to discuss a plan drafted "
     "{last autumn|DATE|2024-FA}. The plan would double spending by {2030|DATE|2030} and has "
     "been debated for {more than a year|DURATION|P1Y}. The minister said the government "
     "{now|DATE|PRESENT_REF} wants a deal within {days|DURATION|PXD}."),
]

MARK = re.compile(r"\{([^|}]+)\|([A-Z]+)\|([^}]+)\}")


def build(dct: str, marked: str, n: int, prefix: str = "t2") -> dict[str, object]:
    """Strip the marks, keeping each TIMEX's character offsets."""
    text, timex, last = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[last:m.start()]
        start = len(text)
        text += m.group(1)
        timex.append({"start": start, "end": len(text), "text": m.group(1),
                      "type": m.group(2), "value": m.group(3)})
        last = m.end()
    text += marked[last:]
    return {"doc_id": f"{prefix}-{n:02d}", "dct": dct, "text": text, "timex": timex}


def main(passages: list[tuple[str, str]] = PASSAGES, prefix: str = "t2") -> None:
    """Write ``timex_blind_<prefix>.jsonl`` beside this file (set t3 writes with it too)."""
    out = Path(__file__).with_name(f"timex_blind_{prefix}.jsonl")
    rows = [build(dct, marked, i + 1, prefix) for i, (dct, marked) in enumerate(passages)]
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(len(rows), "passages,", sum(len(r["timex"]) for r in rows), "TIMEX")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
