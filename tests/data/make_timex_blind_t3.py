"""Build ``timex_blind_t3.jsonl``: a blind TIMEX set for issue #12 (branch dates3).

Short news passages written for this set (not from any corpus) in the styles
of several outlets (wire datelines, AP "Wednesday" without "on", British
"yesterday"/"last night", business copy with calendar and fiscal quarters,
sports and local news). Labelled by hand, following TimeML / TempEval-3, and
committed before eventwire ever ran on them; run once before and once after
the branch's changes, never debugged on. Classes: weekdays in both
directions, "last week", "earlier this month", "the previous day", "the
following morning", "four days later" chains, decades, fiscal and calendar
quarters, "two years ago today", clock times "at 3 p.m. local time", "N
weeks/months ago", possessive weekdays, weekends, halves, seasons.
"""

from __future__ import annotations

from make_timex_blind_t2 import main as write_set

# {text|TYPE|value} marks one gold TIMEX.
PASSAGES: list[tuple[str, str]] = [
    ("2025-03-04", "LONDON, {March 4|DATE|2025-03-04} (Reuters) - British retail sales rose in "
     "{February|DATE|2025-02} as shoppers returned after a weak {January|DATE|2025-01}, the "
     "British Retail Consortium said on {Tuesday|DATE|2025-03-04}. Sales had fallen 2 percent in "
     "{December|DATE|2024-12}. The consortium will publish its next survey "
     "{early next month|DATE|2025-04}."),
    ("2024-09-12", "WASHINGTON (AP) — The Senate voted {Wednesday|DATE|2024-09-11} to extend the "
     "program, which lawmakers first proposed in {March|DATE|2024-03}. A final House vote could "
     "come {next week|DATE|2024-W38}, and the president is expected to sign it before "
     "{Oct. 1|DATE|2024-10-01}. Debate on a second bill ran late into "
     "{Thursday night|TIME|2024-09-12TNI}."),
    ("2024-02-24", "KYIV — {Two years ago today|DATE|2022-02-24}, Russian tanks rolled across the "
     "border. The war has {now|DATE|PRESENT_REF} lasted {more than 700 days|DURATION|P700D}, and "
     "officials said on {Friday|DATE|2024-02-23} that peace talks were unlikely "
     "{this year|DATE|2024}."),
    ("2023-06-15", "Floodwaters forced 2,000 people from their homes in the town on "
     "{June 9|DATE|2023-06-09}. Heavy rain had fallen for {three days|DURATION|P3D}, and the river "
     "burst its banks {the previous day|DATE|2023-06-08}. Rescue crews arrived "
     "{the following morning|TIME|2023-06-10TMO}, officials said {Thursday|DATE|2023-06-15}."),
    ("2021-08-30", "The steelworks, built in {the 1970s|DATE|197}, employed 8,000 people until it "
     "was partly shut in {the 1990s|DATE|199}. It reopened in {2008|DATE|2008} and has been idle "
     "since {the spring of 2020|DATE|2020-SP}. Its owners said {last Friday|DATE|2021-08-27} that "
     "a buyer could be found by {the end of the year|DATE|2021}."),
    ("2024-11-20", "Grainmark Foods said {Wednesday|DATE|2024-11-20} that net income for "
     "{the third quarter of fiscal 2025|DATE|FY2025-Q3}, which ended {Oct. 31|DATE|2024-10-31}, "
     "rose 8 percent. Rival Delmont Brands reported a loss for {the second quarter|DATE|2024-Q2} "
     "in {August|DATE|2024-08} and will report {fourth-quarter|DATE|2024-Q4} results in "
     "{February|DATE|2025-02}."),
    ("2022-05-05", "Rail workers began a strike {earlier this month|DATE|2022-05} that could last "
     "{several weeks|DURATION|PXW}. {Last week|DATE|2022-W17}, the union rejected a pay offer of 3 "
     "percent. Talks will resume on {Tuesday|DATE|2022-05-10}, a spokesperson said."),
    ("2023-10-07", "The blast happened at {3 p.m. local time|TIME|2023-10-07T15:00} on "
     "{Saturday|DATE|2023-10-07}, witnesses said. Fire crews took "
     "{about 40 minutes|DURATION|PT40M} "
     "to reach the site, and the road will stay closed until "
     "{Monday morning|TIME|2023-10-09TMO}."),
    ("2025-06-16", "NAIROBI, Kenya (AP) — The electoral commission said {Sunday|DATE|2025-06-15} "
     "that the rerun would be held on {Friday|DATE|2025-06-20}, {three weeks|DURATION|P3W} after "
     "the first vote was annulled. Opposition leaders, who boycotted the count "
     "{last month|DATE|2025-05}, said they would decide within {48 hours|DURATION|PT48H} whether "
     "to take part."),
    ("2020-11-18", "The hospital opened a second ward {three months ago|DATE|2020-08} and hired 40 "
     "nurses {six weeks ago|DATE|2020-W41}. Admissions have doubled since "
     "{October|DATE|2020-10}. {Next year|DATE|2021}, the ward will move to a new building."),
    ("2019-07-02", "{Last year|DATE|2018}, the city recorded 312 murders, its highest toll since "
     "{1996|DATE|1996}. Killings fell in {the first half of the year|DATE|2019-H1}, police said "
     "{Monday|DATE|2019-07-01}, but officials warned {earlier this year|DATE|2019} that gang "
     "violence could rise again in {the summer|DATE|2019-SU}."),
    ("2024-04-08", "Rovers climbed to third place with {Saturday|DATE|2024-04-06}'s 2-0 win, their "
     "first away victory since {November|DATE|2023-11}. They host the leaders "
     "{this weekend|DATE|2024-W15-WE} and play their last match of the season on "
     "{May 4|DATE|2024-05-04}."),
    ("2021-03-10", "Ministers {yesterday|DATE|2021-03-09} approved a plan to reopen schools, "
     "{nearly a year|DURATION|P1Y} after they closed. The health secretary said "
     "{last night|TIME|2021-03-09TNI} that pupils would return on {March 22|DATE|2021-03-22}, and "
     "that the rules would be reviewed {every three weeks|SET|P3W}."),
    ("2022-10-13", "Inflation averaged 2 percent from {2015|DATE|2015} to {2019|DATE|2019}, but "
     "prices have risen 9 percent over {the past 12 months|DURATION|P12M}. The central bank "
     "announces its decision at {2 p.m.|TIME|2022-10-13T14:00}, and its governor will speak on "
     "{Friday|DATE|2022-10-14}."),
    ("2023-03-20", "The ceasefire was signed on {March 2|DATE|2023-03-02}. "
     "{Four days later|DATE|2023-03-06}, shelling resumed near the border, and by "
     "{mid-March|DATE|2023-03} more than 10,000 people had fled. Aid agencies said over "
     "{the weekend|DATE|2023-W11-WE} that food stocks were running low."),
    ("2026-01-14", "The former president, who led the country from {1998|DATE|1998} to "
     "{2006|DATE|2006}, died on {Tuesday|DATE|2026-01-13} at age 81. He had been in hospital "
     "since {Dec. 28|DATE|2025-12-28}. A state funeral will be held "
     "{next Wednesday|DATE|2026-01-21}, and "
     "flags will fly at half-mast for {a week|DURATION|P1W}."),
    ("2025-01-30", "Koltra said {Thursday|DATE|2025-01-30} that {fourth-quarter|DATE|2024-Q4} "
     "sales rose 6 percent from {a year earlier|DATE|2023-Q4}. The company expects growth to slow "
     "in {the first quarter|DATE|2025-Q1} and to pick up in {the second half|DATE|2025-H2}."),
]

def main() -> None:
    write_set(PASSAGES, "t3")  # set t2's builder: the same marks, the same offsets


if __name__ == "__main__":
    main()
