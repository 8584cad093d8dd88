"""Build ``time_blind_e.jsonl``: a blind event-date set for issue #12 (branch timeline).

Short articles written for this set (not from any corpus), labelled by hand
before eventwire ever ran on them, in the ``eventwire eval event_dates``
format. Each gold event: trigger span, TIMEX3 value at the granularity the
text supports (``null`` when the text does not date it) and the background
flag (the event ended more than 7 days before publication). Classes: narrative
chaining from the text's last date, direction of "a day after/before",
granularity (month, week, season, year, decade), junk numbers, recollections
in noun phrases, tense of weekdays. Run once before and once after the
branch's changes; never debugged on.
"""

from __future__ import annotations

import json
from pathlib import Path

# (dct, text, [(trigger, occurrence, value, background)])
Article = tuple[str, str, list[tuple[str, int, str | None, bool]]]  # dct, text, events

ARTICLES: list[Article] = [
    ("2023-03-15", "Rebels seized the town of Kiru on February 20. Three days later, government "
     "troops launched a counteroffensive. The army says it recaptured the town on Monday.",
     [("seized", 0, "2023-02-20", True), ("launched", 0, "2023-02-23", True),
      ("recaptured", 0, "2023-03-13", False)]),
    ("2022-06-09", "Protesters marched through the capital on Wednesday, a day after police "
     "arrested an opposition leader. Last month, the same party organised a strike that shut "
     "down the port.",
     [("marched", 0, "2022-06-08", False), ("arrested", 0, "2022-06-07", False),
      ("strike", 0, "2022-05", True)]),
    ("2021-10-21", "The foreign ministers met in Vienna last week. They will meet again next "
     "month to sign the accord.",
     [("met", 0, "2021-W41", False), ("meet", 0, "2021-11", False)]),
    ("2024-02-02", "Troops shelled border villages on January 10, officials said. The following "
     "week, rebels attacked a military base near the frontier. Hours later, the air force "
     "bombed rebel positions.",
     [("shelled", 0, "2024-01-10", True), ("attacked", 0, "2024-W03", True),
      ("bombed", 0, "2024-W03", True)]),
    ("2023-11-27", "Police raided the offices of an independent newspaper on Sunday. The raid "
     "came two days after journalists protested outside parliament. Its editor was arrested "
     "in 2019 and released a year later.",
     [("raided", 0, "2023-11-26", False), ("protested", 0, "2023-11-24", False),
      ("arrested", 0, "2019", True), ("released", 0, "2020", True)]),
    ("2022-01-19", "The president will visit Nairobi on Friday for talks with his Kenyan "
     "counterpart. On Tuesday, he met the prime minister of Ethiopia.",
     [("visit", 0, "2022-01-21", False), ("met", 0, "2022-01-18", False)]),
    ("2024-07-05", "Earlier this month, the coalition signed a ceasefire agreement. Late last "
     "year, the same factions fought for control of the airport.",
     [("signed", 0, "2024-07", False), ("fought", 0, "2023", True)]),
    ("2021-05-12", "In the spring of 2019, students occupied the university for a month. Ten "
     "months ago, the government banned the student union. This week, police dispersed a "
     "sit-in outside the ministry.",
     [("occupied", 0, "2019-SP", True), ("banned", 0, "2020-07", True),
      ("dispersed", 0, "2021-W19", False)]),
    ("2023-08-30", "Full statement: www.example.org/docs/2019 - 04 - 12/statement.pdf\n"
     "Soldiers opened fire on demonstrators in the northern city on Tuesday, killing three "
     "people. Police clashed with fans after the match ended 2-1 on Saturday.",
     [("killing", 0, "2023-08-29", False), ("clashed", 0, "2023-08-26", False)]),
    ("2022-09-08", "Militants vowed revenge on Wednesday for the June 12 killing of their "
     "commander.",
     [("vowed", 0, "2022-09-07", False), ("killing", 0, "2022-06-12", True)]),
    ("2024-04-17", "Farmers blocked highways across the country on Monday, ahead of a summit of "
     "agriculture ministers on Thursday. The protests began in March.",
     [("blocked", 0, "2024-04-15", False), ("summit", 0, "2024-04-18", False),
      ("protests", 0, "2024-03", True)]),
    ("2020-12-04", "The two leaders spoke by phone on November 30. A week later, they are due "
     "to meet in Geneva.",
     [("spoke", 0, "2020-11-30", False), ("meet", 0, "2020-12-07", False)]),
    ("2023-05-15", "Opposition supporters rallied in the capital on Saturday, the day before the "
     "vote. The electoral commission will announce results on Wednesday.",
     [("rallied", 0, "2023-05-13", False), ("announce", 0, "2023-05-17", False)]),
    ("2021-09-20", "Gunmen kidnapped two aid workers on September 2 in the north. The next day, "
     "the group demanded a ransom of $1 million. Negotiators met the kidnappers' envoys last "
     "week.",
     [("kidnapped", 0, "2021-09-02", True), ("demanded", 0, "2021-09-03", True),
      ("met", 0, "2021-W37", False)]),
    ("2018-06-20", "General Adeyemi resigned in March. A month after his resignation, the army "
     "seized power. The junta has promised elections in the autumn.",
     [("resigned", 0, "2018-03", True), ("seized", 0, "2018-04", True),
      ("elections", 0, "2018-FA", False)]),
    ("2019-03-22", "The rebels fought a civil war against the government in the 1990s. They "
     "signed a peace deal in 2002. On Thursday, their former leader was arrested at the "
     "airport.",
     [("fought", 0, "199", True), ("signed", 0, "2002", True),
      ("arrested", 0, "2019-03-21", False)]),
    ("2025-01-08", "The union will strike on Monday unless the government raises wages, its "
     "leader said. Last year, a similar strike paralysed the ports.",
     [("strike", 0, "2025-01-13", False), ("paralysed", 0, "2024", True)]),
    ("2022-11-03", "Version 2.1.2019 of the messaging app was banned by the regulator on Monday. "
     "Call 0800 2011 1110 for help.\nThe ministry also blocked access to two news websites on "
     "Tuesday evening.",
     [("banned", 0, "2022-10-31", False), ("blocked", 0, "2022-11-01", False)]),
    ("2020-02-26", "Police arrested a prominent activist today in the capital, his lawyer said. "
     "The activist had organised protests against the government in December.",
     [("arrested", 0, "2020-02-26", False), ("protests", 0, "2019-12", True)]),
    ("2023-10-11", "The army withdrew from Malo a day before rebels entered the town on Friday.",
     [("entered", 0, "2023-10-06", False), ("withdrew", 0, "2023-10-05", False)]),
    ("2024-10-01", "Jets struck targets in the south on Sunday. The strikes came one day after "
     "militants fired rockets across the border.",
     [("struck", 0, "2024-09-29", False), ("fired", 0, "2024-09-28", False)]),
    ("2021-12-16", "Earlier this month, the two countries recalled their ambassadors. The "
     "dispute began in the summer, when border guards clashed at a river crossing.",
     [("recalled", 0, "2021-12", False), ("clashed", 0, "2021-SU", True)]),
    ("2019-08-14", "Thousands of people protested in the port city this week against a new "
     "security law.",
     [("protested", 0, "2019-W33", False)]),
    ("2022-04-06", "On March 25, troops attacked a village near the border. Just two days later, "
     "the defence minister visited the area. On Monday, the parliament condemned the attack.",
     [("attacked", 0, "2022-03-25", True), ("visited", 0, "2022-03-27", True),
      ("condemned", 0, "2022-04-04", False), ("attack", 0, "2022-03-25", True)]),
    ("2020-07-17", "A week ago, soldiers fired on protesters in the mining town. Two weeks "
     "before that, miners had gone on strike over unpaid wages.",
     [("fired", 0, "2020-W28", False), ("strike", 0, "2020-W26", True)]),
]


def _find(text: str, word: str, occurrence: int) -> int:
    """Offset of the occurrence-th whole-word match of ``word`` (0-based)."""
    import re

    hits = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    return hits[occurrence]


def build(articles: list[Article] | None = None, prefix: str = "tbe") -> list[dict[str, object]]:
    """The set's rows; time set g builds its own articles with its own id prefix."""
    out = []
    for i, (dct, text, events) in enumerate(ARTICLES if articles is None else articles, 1):
        gold = []
        for word, occ, value, background in events:
            start = _find(text, word, occ)
            gold.append({"start": start, "end": start + len(word), "text": word,
                         "value": value, "background": background})
        out.append({"doc_id": f"{prefix}-{i:03d}", "dct": dct, "text": text, "events": gold})
    return out


if __name__ == "__main__":
    path = Path(__file__).with_name("time_blind_e.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for rec in build():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(path, len(ARTICLES))
