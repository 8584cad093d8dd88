"""Build tests/data/modes_blind_f.jsonl: an own blind PLOVER type + mode set
(branch modes9, issue #12).

Single news sentences written for eventwire by its developers (MIT) on
2026-12-03, labelled with the 2021 PLOVER manual's types and modes and
docs/annotation.md **before** the system was run on them and before any
change of branch modes9. A light verb + event noun ("carried out a raid",
"staged a sit-in") has the whole phrase as trigger span, so the scorer
(``tools/eval_modes_blind.py``, which takes the predicted event overlapping
the span) accepts either word. ``None`` = the text supports no mode (scored).
Run once before the branch's first change and once after; never debugged on.

    python tests/data/make_modes_blind_f.py
    PYTHONPATH=. python tools/eval_modes_blind.py tests/data/modes_blind_f.jsonl --rules
"""

from __future__ import annotations

from pathlib import Path

from spans import locate, write_jsonl

OUT = Path(__file__).with_name("modes_blind_f.jsonl")

# (sentence, trigger span text (first occurrence), type, mode)
SENTENCES: list[tuple[str, str, str, str | None]] = [
    # ASSAULT: the weapon or act decides
    ("Gunmen on motorbikes opened fire on a wedding party in the village of Kasanga, "
     "killing six guests.", "opened fire", "ASSAULT", "firearms"),
    ("Militants hacked three farmers to death with machetes near the town of Beni.",
     "hacked", "ASSAULT", "primitive"),
    ("Police fired tear gas at hundreds of students outside the parliament.",
     "fired", "ASSAULT", "crowd-control"),
    ("A car bomb exploded in a crowded market in the capital on Friday.",
     "exploded", "ASSAULT", "explosives"),
    ("Warplanes carried out a series of strikes on rebel-held villages overnight.",
     "carried out a series of strikes", "ASSAULT", "aerial"),
    ("Soldiers beat the villagers with rifle butts during the search.",
     "beat", "ASSAULT", "beat"),
    ("The rebels shelled the government-held town throughout the night.",
     "shelled", "ASSAULT", "heavy-weapons"),
    ("A drone strike killed a senior commander of the group on Sunday.",
     "strike", "ASSAULT", "drone"),
    ("Insurgents ambushed an army patrol with machine guns on the highway to the airport.",
     "ambushed", "ASSAULT", "firearms"),
    ("Armed men kidnapped a local council member from his home in the north of the province.",
     "kidnapped", "ASSAULT", "abduct"),
    # COERCE
    ("Troops carried out a raid on the offices of an opposition newspaper.",
     "carried out a raid", "COERCE", "seize"),
    ("Security forces made dozens of arrests in the port city after the unrest.",
     "made dozens of arrests", "COERCE", "arrest"),
    ("Authorities imposed a night-time curfew on the city after two days of riots.",
     "imposed", "COERCE", "curfew"),
    ("The government shut down mobile internet in three provinces ahead of the vote.",
     "shut down", "COERCE", "censor"),
    ("Police detained the opposition leader at the airport on his return from exile.",
     "detained", "COERCE", "arrest"),
    ("The authorities deported 40 migrants to their home country on Saturday.",
     "deported", "COERCE", "deport"),
    # PROTEST
    ("Hundreds of workers staged a sit-in at the ministry of labour over unpaid wages.",
     "staged a sit-in", "PROTEST", "obstruct"),
    ("Taxi drivers went on strike across the country against new fuel taxes.",
     "went on strike", "PROTEST", "strike"),
    ("Angry residents blocked the main highway with burning tyres after the shooting.",
     "blocked", "PROTEST", "obstruct"),
    ("Protesters defaced a statue of the former dictator with red paint.",
     "defaced", "PROTEST", "vandalize"),
    ("Opposition supporters held a candlelight vigil outside the prison where their leader "
     "is held.", "held a candlelight vigil", "PROTEST", "demo"),
    ("Prisoners at the detention centre began a hunger strike to demand better conditions.",
     "began a hunger strike", "PROTEST", "hunger"),
    ("Consumers boycotted French goods across the region after the remarks.",
     "boycotted", "PROTEST", "boycott"),
    # REQUEST / REJECT
    ("The opposition demanded the release of all political prisoners before any talks.",
     "demanded", "REQUEST", "yield"),
    ("The rebels rejected calls to lay down their weapons.", "rejected", "REJECT", "yield"),
    ("The government refused to hold talks with the striking doctors.",
     "refused", "REJECT", "meet"),
    ("Lawmakers urged the government to open an independent investigation into the killings.",
     "urged", "REQUEST", "change"),
    ("The minister asked neighbouring countries for emergency food aid.",
     "asked", "REQUEST", "assist"),
    # THREATEN
    ("The militia threatened to kill the hostages if the ransom was not paid.",
     "threatened", "THREATEN", "violence"),
    ("The interior minister threatened to expel foreign journalists who covered the protests.",
     "threatened", "THREATEN", "expel"),
    ("The president threatened to cut diplomatic ties with the neighbouring country.",
     "threatened", "THREATEN", "relations"),
    # SANCTION
    ("The government expelled two diplomats accused of spying.",
     "expelled", "SANCTION", "expel"),
    ("The European Union froze the assets of three generals over the crackdown.",
     "froze", "SANCTION", None),
    ("The country recalled its ambassador from Paris in protest at the remarks.",
     "recalled", "SANCTION", "withdraw"),
    # RETREAT
    ("The kidnappers released the two aid workers after three weeks in captivity.",
     "released", "RETREAT", "release"),
    ("The interior minister resigned on Monday after the deadly stampede.",
     "resigned", "RETREAT", "resign"),
    ("The army declared a unilateral ceasefire in the eastern province.",
     "declared a unilateral ceasefire", "RETREAT", "ceasefire"),
    # CONSULT / MOBILIZE
    ("The foreign minister spoke by telephone with his Iranian counterpart on Tuesday.",
     "spoke", "CONSULT", "phone"),
    ("Qatar mediated talks between the government and the rebels in Doha.",
     "mediated", "CONSULT", "third-party"),
    ("The army sent reinforcements to the border region after the clashes.",
     "sent", "MOBILIZE", "troops"),
    ("Riot police were deployed around the stadium ahead of the opposition rally.",
     "deployed", "MOBILIZE", "police"),
    # ACCUSE
    ("The prosecutor charged the businessman with financing terrorism.",
     "charged", "ACCUSE", "allege"),
    ("The foreign ministry condemned the attack on the embassy.",
     "condemned", "ACCUSE", "disapprove"),
    ("Parliament launched an inquiry into the handling of the riots.",
     "launched an inquiry", "ACCUSE", "investigate"),
]


def main() -> None:
    rows = []
    for i, (text, trigger, type_, mode) in enumerate(SENTENCES, start=1):
        rows.append({"id": f"mf-{i:03d}", "text": text, "trigger": locate(text, trigger),
                     "type": type_, "mode": mode})
    write_jsonl(rows, OUT)


if __name__ == "__main__":
    main()
