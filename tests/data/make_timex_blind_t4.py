"""Build ``timex_blind_t4.jsonl``: a blind TIMEX set for issue #12 (branch timex25).

Short news passages written for this set (not from any corpus), aimed at the
expression classes general news has and the development data has few of:
durations ("the past two weeks", "more than a decade", "nine hours"), sets
("every Saturday", "weekly", "twice a month", "annually", "every 20
minutes"), clock times and parts of days ("3 p.m.", "noon", "Monday night"),
vague references ("recently", "currently", "now", "formerly", "the
future", "the past"), quarters and halves ("the third quarter", "the first
half of 2026", "Q3", "the April-June quarter", "fiscal 2025"), decades and
centuries ("the 1960s", "the 13th century"), seasons, weekends, "the day
before yesterday", dates written "Dec. 5", "5/12", "the 12th of December",
"the 14th", and "this time last year". Labelled by hand following TimeML /
TIMEX3 (extent without the governing preposition; "more than", "nearly",
"the past" inside the extent; decades as durations written in years, as
MEANTIME writes them). Committed before eventwire ever ran on it; run once
before and once after the branch's changes, never debugged on.
"""

from __future__ import annotations

from make_timex_blind_t2 import main as write_set

# {text|TYPE|value} marks one gold TIMEX.
PASSAGES: list[tuple[str, str]] = [
    ("2025-03-04", "Negotiators met for {nine hours|DURATION|PT9H} on {Monday|DATE|2025-03-03} "
     "without reaching a deal, the union said {Tuesday|DATE|2025-03-04}. Dock workers have been on "
     "strike for {the past two weeks|DURATION|P2W}."),
    ("2024-10-17", "Drought has gripped the region for {more than a decade|DURATION|P10Y}, and "
     "rainfall {this year|DATE|2024} is the lowest since {1987|DATE|1987}, the weather agency said "
     "{Thursday|DATE|2024-10-17}."),
    ("2025-07-21", "The farmers' market opens {every Saturday|SET|XXXX-WXX-6}, and health "
     "inspectors visit {twice a month|SET|P1M}. The town council, which meets "
     "{weekly|SET|P1W}, will review the market's licence on {Aug. 4|DATE|2025-08-04}."),
    ("2023-11-09", "Food prices have {recently|DATE|PAST_REF} begun to fall, the central bank said "
     "{Thursday|DATE|2023-11-09}, and inflation is {currently|DATE|PRESENT_REF} 4.1 percent. "
     "Interest rates could be cut in {the future|DATE|FUTURE_REF}, the governor told reporters."),
    ("2026-02-12", "Norvel Bank said {Thursday|DATE|2026-02-12} that profit in "
     "{the fourth quarter|DATE|2025-Q4} rose 9 percent from {a year earlier|DATE|2024-Q4}. For "
     "{the first half of 2026|DATE|2026-H1}, it expects revenue to stay flat."),
    ("2025-05-30", "The chipmaker said its {Q1|DATE|2025-Q1} sales beat forecasts and that it "
     "expects a stronger {Q3|DATE|2025-Q3}. Its shares have risen 40 percent "
     "{this year|DATE|2025}."),
    ("2024-06-03", "The defence ministry's budget for {fiscal 2025|DATE|FY2025} will be cut by a "
     "fifth, officials said {Monday|DATE|2024-06-03}. New hiring in "
     "{the second half of the year|DATE|2024-H2} will be frozen."),
    ("2025-09-25", "The cathedral, built in {the 13th century|DATE|12}, was last restored in "
     "{the 1960s|DATE|196}. Visitor numbers have doubled over {the past 10 years|DURATION|P10Y}, "
     "the diocese said {Thursday|DATE|2025-09-25}."),
    ("2024-12-11", "It was the deadliest flood in the country in {the 21st century|DATE|20}, "
     "surpassing one in {2004|DATE|2004}, officials said {Wednesday|DATE|2024-12-11}. Rain had "
     "fallen for {36 hours|DURATION|PT36H} without a break."),
    ("2025-01-08", "Reservoirs fell to record lows {last summer|DATE|2024-SU}, and the water "
     "regulator warned {Wednesday|DATE|2025-01-08} that restrictions could return by "
     "{the spring|DATE|2025-SP}."),
    ("2023-04-27", "Two climbers went missing on the mountain {the day before yesterday|DATE|"
     "2023-04-25}, and rescuers hope to reach them before {the weekend|DATE|2023-W17-WE}, police "
     "said {today|DATE|2023-04-27}."),
    ("2026-04-06", "The tribunal adjourned on {Dec. 5|DATE|2025-12-05} and will hand down its "
     "verdict on {5/12|DATE|2026-05-12}, the court clerk said {Monday|DATE|2026-04-06}."),
    ("2025-03-04", "Parliament will be dissolved on {the 12th of December|DATE|2025-12-12}, the "
     "prime minister said {this morning|TIME|2025-03-04TMO}. The campaign would last "
     "{six weeks|DURATION|P6W}."),
    ("2024-10-17", "{This time last year|DATE|2023-10-17}, the harbour was full of fishing boats; "
     "{today|DATE|2024-10-17} fewer than a dozen remain. Catches have fallen for "
     "{five consecutive years|DURATION|P5Y}."),
    ("2025-07-21", "The explosion at the depot happened at {3 p.m.|TIME|2025-07-21T15:00}, police "
     "said. A smaller fire had broken out there at {noon|TIME|2025-07-21T12:00}, and the road "
     "stayed closed until {6:45 p.m.|TIME|2025-07-21T18:45}."),
    ("2023-11-09", "Police raided the compound {Monday night|TIME|2023-11-06TNI} and held the "
     "suspects until {Wednesday morning|TIME|2023-11-08TMO}, a spokesman said "
     "{Thursday|DATE|2023-11-09}."),
    ("2026-02-12", "Polls opened at {7 a.m.|TIME|2026-02-12T07:00} and turnout had reached 31 "
     "percent by {noon|TIME|2026-02-12T12:00}, the election commission said. Results are expected "
     "{early Friday|DATE|2026-02-13}."),
    ("2025-05-30", "Residents may water their gardens only on {Sundays|SET|XXXX-WXX-7}, and the "
     "utility will publish reservoir levels {daily|SET|P1D} until {September|DATE|2025-09}."),
    ("2024-06-03", "The folk festival, held {annually|SET|P1Y} since {1972|DATE|1972}, draws "
     "80,000 visitors {each summer|SET|XXXX-SU}."),
    ("2025-09-25", "The flight ban, in force for {18 months|DURATION|P18M}, was lifted "
     "{last week|DATE|2025-W38}. Airlines {now|DATE|PRESENT_REF} expect flights to resume in "
     "{October|DATE|2025-10}."),
    ("2024-12-11", "Exports grew 3 percent in {the third quarter|DATE|2024-Q3} and are forecast to "
     "rise again in {the first three months of 2025|DATE|2025-Q1}, the statistics office said "
     "{Wednesday|DATE|2024-12-11}."),
    ("2025-01-08", "Coal mining, which began in the valley in {the 18th century|DATE|17}, ended in "
     "{the 1980s|DATE|198}. A mining museum opened in {2012|DATE|2012}."),
    ("2023-04-27", "The airport, {formerly|DATE|PAST_REF} a military base, is {now|DATE|"
     "PRESENT_REF} the country's busiest. It handled 9 million passengers "
     "{last year|DATE|2022}."),
    ("2026-04-06", "Storms over {the weekend|DATE|2026-W14-WE} cut power to 40,000 homes, and "
     "crews expect to restore it by {Wednesday|DATE|2026-04-08}. Another storm is forecast for "
     "{later this week|DATE|2026-W15}."),
    ("2025-03-04", "Passengers waited {more than two hours|DURATION|PT2H} on the tarmac "
     "{Sunday night|TIME|2025-03-02TNI} after a delay of {five hours|DURATION|PT5H}. The airline "
     "said {Tuesday|DATE|2025-03-04} it would pay compensation within {30 days|DURATION|P30D}."),
    ("2024-10-17", "{The past two weeks|DURATION|P2W} have been the wettest on record, the weather "
     "service said {Thursday|DATE|2024-10-17}, and more rain is expected through "
     "{the weekend|DATE|2024-W42-WE}."),
    ("2025-07-21", "The minister, who had denied the claims {the day before yesterday|DATE|"
     "2025-07-19}, resigned {yesterday|DATE|2025-07-20}. Her successor will be named "
     "{tomorrow|DATE|2025-07-22}."),
    ("2023-11-09", "The vote, first set for {Nov. 3|DATE|2023-11-03}, was moved to "
     "{Nov. 17|DATE|2023-11-17} after the storm. Campaigning must end {48 hours|DURATION|PT48H} "
     "before polls open."),
    ("2026-02-12", "Bookings for {the summer|DATE|2026-SU} are up 12 percent on "
     "{this time last year|DATE|2025-02-12}, the travel association said "
     "{Thursday|DATE|2026-02-12}. {Last month|DATE|2026-01} alone, 2 million trips were booked."),
    ("2025-05-30", "Halden Group cut its profit forecast for {fiscal 2026|DATE|FY2026} on "
     "{Friday|DATE|2025-05-30}, saying demand had weakened over "
     "{the past three months|DURATION|P3M}."),
    ("2024-06-03", "Carmakers expect sales to recover in {the second half of 2024|DATE|2024-H2} "
     "after a weak {first quarter|DATE|2024-Q1}, the industry group said "
     "{Monday|DATE|2024-06-03}."),
    ("2025-09-25", "He served {three years|DURATION|P3Y} in prison and was released in "
     "{2019|DATE|2019}. He was arrested again on {Wednesday|DATE|2025-09-24}."),
    ("2024-12-11", "Inspectors visit the plant {once a year|SET|P1Y}. Under new rules that take "
     "effect in {January|DATE|2025-01}, they will come {every six months|SET|P6M}."),
    ("2025-01-08", "The town's population grew fast in {the 2000s|DATE|200} but has fallen since "
     "{the mid-2010s|DATE|201}, the census office said {Wednesday|DATE|2025-01-08}."),
    ("2023-04-27", "The earthquake struck at {4:17 a.m.|TIME|2023-04-27T04:17}, waking residents, "
     "and aftershocks went on for {several hours|DURATION|PTXH}. Schools will stay closed until "
     "{Monday|DATE|2023-05-01}."),
    ("2026-04-06", "The bridge, closed since {March 2|DATE|2026-03-02}, will reopen in "
     "{May|DATE|2026-05}, officials said {Monday|DATE|2026-04-06}. Repairs have cost more than "
     "expected {this year|DATE|2026}."),
    ("2025-03-04", "Thousands marched in the capital on {Saturday afternoon|TIME|2025-03-01TAF}, "
     "and organisers plan a larger protest {next weekend|DATE|2025-W11-WE}, the interior ministry "
     "said on {Tuesday|DATE|2025-03-04}."),
    ("2024-10-17", "The dam took {nearly a decade|DURATION|P10Y} to build and has supplied the "
     "city for {40 years|DURATION|P40Y}. Engineers last inspected it {last month|DATE|2024-09}."),
    ("2025-07-21", "The airline carried 14 million passengers in {the April-June quarter|DATE|"
     "2025-Q2} and expects {the third quarter|DATE|2025-Q3}, its busiest, to set a record. It will "
     "report results on {Aug. 7|DATE|2025-08-07}."),
    ("2023-11-09", "Construction began in {early 2021|DATE|2021} and should be finished by "
     "{late next year|DATE|2024}, the contractor said {Thursday|DATE|2023-11-09}."),
    ("2026-02-12", "Only two ferries {currently|DATE|PRESENT_REF} serve the island, down from five "
     "in {the 1990s|DATE|199}. A third will be added {next spring|DATE|2026-SP}."),
    ("2025-05-30", "Trading in the shares was halted at {10:30 a.m.|TIME|2025-05-30T10:30} and "
     "stayed shut for {two hours|DURATION|PT2H}, the exchange said {Friday|DATE|2025-05-30}."),
    ("2024-06-03", "The new tram line runs {every 20 minutes|SET|PT20M} on weekdays and "
     "{hourly|SET|PT1H} on {Sundays|SET|XXXX-WXX-7}, the city said {Monday|DATE|2024-06-03}."),
    ("2025-09-25", "The two countries fought three wars in {the past|DATE|PAST_REF}, but their "
     "leaders said {Thursday|DATE|2025-09-25} that they wanted to look to "
     "{the future|DATE|FUTURE_REF}."),
    ("2024-12-11", "Temperatures have dropped sharply over {the last few days|DURATION|PXD}, and "
     "forecasters expect snow by {Friday|DATE|2024-12-13}. {Last December|DATE|2023-12} was the "
     "mildest on record."),
    ("2025-01-08", "The hearing was moved from {the 14th|DATE|2025-01-14} to "
     "{January 28|DATE|2025-01-28}, a court official said on {Wednesday|DATE|2025-01-08}. The "
     "trial is expected to last {about three weeks|DURATION|P3W}."),
]


def main() -> None:
    write_set(PASSAGES, "t4")  # set t2's builder: the same marks, the same offsets


if __name__ == "__main__":
    main()
