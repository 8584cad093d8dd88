"""Build tests/data/plover_blind_m6.jsonl: an own blind PLOVER type + mode set
(branch modes6).

Single news sentences written for eventwire by its developers (MIT) on
2026-12-03, labelled with the 2021 PLOVER manual's types and modes and
docs/annotation.md *before* the system was run on them. Weighted to the
classes the held-out GSR and a conflict shared task showed weak: CONCEDE,
MOBILIZE, COERCE, SUPPORT, diplomatic meetings (CONSULT), agreements
(AGREE promises / SUPPORT signings), violent demonstrations (PROTEST riot)
and sexual violence (ASSAULT sexual). A mode where the manual's mode table
makes it clear, else ``None`` (not scored). **Used**: branch modes6's
classes (fighters, hosts of talks, "sexually" + verb) were written after its
errors were seen, so its figures are development figures now.

    python tests/data/make_plover_blind_m6.py
    eventwire eval plover_gsr --data tests/data/plover_blind_m6.jsonl
"""

from __future__ import annotations

from pathlib import Path

from spans import write_jsonl

OUT = Path(__file__).with_name("plover_blind_m6.jsonl")

SENTENCES: list[tuple[str, str, str | None]] = [
    # CONCEDE
    ("The junta agreed to hand power back to civilians after months of street pressure.",
     "CONCEDE", None),
    ("Authorities reopened the border crossing that had been closed since the clashes.",
     "CONCEDE", None),
    ("The ruling party conceded defeat in the northern provinces on Sunday.", "CONCEDE", None),
    ("The president pardoned two journalists jailed for insulting the army.", "CONCEDE", None),
    ("The transport ministry scrapped the fuel price increase that had sparked the unrest.",
     "CONCEDE", None),
    # MOBILIZE
    ("The army deployed armoured units along the disputed frontier overnight.",
     "MOBILIZE", "troops"),
    ("Thousands of reservists were called up as tensions rose with the neighbouring state.",
     "MOBILIZE", "troops"),
    ("The government put its air defence systems on high alert after the drone incursion.",
     "MOBILIZE", "weapons"),
    ("Police reinforcements were sent to the port city ahead of the planned march.",
     "MOBILIZE", "police"),
    ("The rebel commander massed hundreds of fighters on the outskirts of the town.",
     "MOBILIZE", "militia"),
    # COERCE
    ("Security forces rounded up dozens of opposition activists in dawn raids.",
     "COERCE", "arrest"),
    ("The government imposed a night curfew on the capital after the riots.",
     "COERCE", "curfew"),
    ("Authorities shut down mobile internet across the region during the vote count.",
     "COERCE", "censor"),
    ("The interior ministry expelled three foreign aid workers accused of spying.",
     "COERCE", "deport"),
    ("Soldiers confiscated the farmers' land to build a new military outpost.",
     "COERCE", "seize"),
    # SUPPORT
    ("The foreign minister praised Ghana's role in brokering the regional deal.",
     "SUPPORT", None),
    ("Washington voiced strong support for the new transitional government.", "SUPPORT", None),
    ("The party endorsed the former general as its presidential candidate.", "SUPPORT", None),
    ("Beijing recognised the breakaway region's new administration on Thursday.",
     "SUPPORT", None),
    ("The premier congratulated his Kenyan counterpart on his re-election.", "SUPPORT", None),
    # diplomatic meetings (CONSULT)
    ("The Turkish president met his Russian counterpart in Sochi on Friday.",
     "CONSULT", None),
    ("The envoy travelled to Kabul for talks with Taliban leaders.", "CONSULT", "visit"),
    ("Foreign ministers of the bloc gathered in Jakarta for a two-day summit.",
     "CONSULT", "multilateral"),
    ("The two leaders spoke by telephone about the refugee crisis.", "CONSULT", "phone"),
    ("Qatar hosted indirect talks between the warring factions in Doha.",
     "CONSULT", "third-party"),
    # agreements (SUPPORT signing / AGREE promise)
    ("The two governments signed a defence cooperation pact in Manila.", "SUPPORT", None),
    ("Rebel and army delegates initialled a peace accord after a week of talks.",
     "SUPPORT", None),
    ("The government agreed to hold early elections next spring.", "AGREE", None),
    ("Both sides pledged to respect the truce along the river.", "AGREE", None),
    ("The neighbours reached an agreement on sharing water from the dam.", "AGREE", None),
    # violent demonstrations (PROTEST riot)
    ("Protesters hurled petrol bombs at police and set cars alight in the city centre.",
     "PROTEST", "riot"),
    ("Angry crowds stormed the parliament building and smashed windows.", "PROTEST", "riot"),
    ("Demonstrators clashed with security forces outside the electoral commission.",
     "PROTEST", "riot"),
    ("Rioters torched a police station after the death of a young street vendor.",
     "PROTEST", "riot"),
    ("Stone-throwing youths fought running battles with police in the township.",
     "PROTEST", "riot"),
    # sexual violence (ASSAULT sexual)
    ("Militiamen raped dozens of women during the raid on the village.", "ASSAULT", "sexual"),
    ("Soldiers were accused of sexually assaulting detainees at the camp.", "ACCUSE", "allege"),
    ("Armed men abducted and sexually abused girls from the school.", "ASSAULT", "sexual"),
    ("Gunmen gang-raped two aid workers near the border town.", "ASSAULT", "sexual"),
    ("Peacekeepers sexually exploited displaced women in the camp, the report found.",
     "ASSAULT", "sexual"),
]


def main() -> None:
    """Write the set."""
    rows = [{"id": f"m6-{i:03d}", "text": text, "event_type": etype, "mode": mode,
             "source": [], "target": []}
            for i, (text, etype, mode) in enumerate(SENTENCES, 1)]
    write_jsonl(rows, OUT)


if __name__ == "__main__":
    main()
