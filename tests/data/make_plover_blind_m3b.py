"""Build tests/data/plover_blind_m3b.jsonl: a second blind PLOVER type + mode set
(branch modes3, second round).

Single news sentences written for eventwire by its developers (MIT) on
2026-12-03, labelled with the 2021 PLOVER manual's types and modes and
docs/annotation.md *before* the system was run on them and before the
second round of typing changes on this branch (the first set,
``plover_blind_m3.jsonl``, was used up by the first round). Weighted to the
classes still weak after round one: concessions (CONCEDE: pardons, dropped
charges, eased restrictions, apologies, declared ceasefires, announced
withdrawals, suspended protests) against their material form (RETREAT:
releases, withdrawals, hand-overs, resignations) and against promises
(AGREE); violence in protests (PROTEST riot) against violence by armed
groups (ASSAULT); territory taken in fighting (ASSAULT) against
confiscations and raids (COERCE); aid (AID) against offers of aid (AGREE);
threats (THREATEN) against pledges (AGREE). A mode where the manual's mode
table makes it clear, else ``None`` (not scored).

    python tests/data/make_plover_blind_m3b.py
    eventwire eval plover_gsr --data tests/data/plover_blind_m3b.jsonl
"""

from __future__ import annotations

from pathlib import Path

from spans import write_jsonl

OUT = Path(__file__).with_name("plover_blind_m3b.jsonl")

SENTENCES: list[tuple[str, str, str | None]] = [
    # CONCEDE
    ("Prosecutors dropped all charges against the detained opposition spokesman on Tuesday.",
     "CONCEDE", None),
    ("The king granted an amnesty to hundreds of prisoners convicted over the 2019 unrest.",
     "CONCEDE", None),
    ("The interior minister apologised to the families of the victims for the police "
     "response.", "CONCEDE", None),
    ("The government expressed regret over the deaths of the fishermen.", "CONCEDE", None),
    ("The rebel alliance declared a three-day truce to allow Eid celebrations.", "CONCEDE", None),
    ("The ministry said it would pull its troops out of the disputed valley by the end of the "
     "month.", "CONCEDE", None),
    ("The union suspended its protests after the government offered a new wage deal.",
     "CONCEDE", None),
    ("Authorities relaxed travel restrictions on residents of the northern districts.",
     "CONCEDE", None),
    ("The cabinet withdrew the controversial media bill after weeks of protests.", "CONCEDE",
     None),
    ("The junta backed down and agreed to the opposition's demand for a vote in March.",
     "CONCEDE", None),
    ("The Treasury unfroze the assets of two state banks.", "CONCEDE", None),
    ("A military court acquitted the three activists of sedition.", "CONCEDE", None),
    ("The governor reversed the order banning street vendors from the city centre.", "CONCEDE",
     None),
    # RETREAT
    ("The kidnappers freed the two aid workers on Sunday after 40 days in captivity.", "RETREAT",
     "release"),
    ("Russian forces pulled back from the outskirts of the capital, the ministry said.",
     "RETREAT", "withdraw"),
    ("The health minister resigned on Friday over the vaccine scandal.", "RETREAT", "resign"),
    ("Fighters handed over their weapons to the UN mission in Bangui.", "RETREAT", "disarm"),
    ("The authorities released 120 protesters detained during last week's marches.", "RETREAT",
     "release"),
    ("The government allowed UN inspectors into the nuclear site for the first time since "
     "2021.", "RETREAT", "access"),
    ("Israeli troops withdrew from the Jenin refugee camp after a two-day operation.",
     "RETREAT", "withdraw"),
    ("The guns fell silent as the ceasefire took effect at midnight.", "RETREAT", "ceasefire"),
    # AGREE (promises, offers)
    ("The government promised to hold fresh elections within a year.", "AGREE", None),
    ("Both parties agreed to resume negotiations in Geneva next week.", "AGREE", None),
    ("Qatar offered to mediate between the two sides.", "AGREE", None),
    ("The rebels pledged to respect the rights of civilians in the areas they control.",
     "AGREE", None),
    ("The World Bank agreed to lend Ghana $300 million to support its budget.", "AGREE", None),
    # AID
    ("The World Food Programme delivered 2,000 tonnes of food to displaced families in "
     "Darfur.", "AID", None),
    ("Germany granted political asylum to the former minister.", "AID", None),
    ("Navy divers rescued twelve fishermen held by pirates off the coast.", "AID", None),
    ("Japan provided $50 million in emergency assistance to the flood-hit provinces.", "AID",
     None),
    ("Washington sent 30 armoured vehicles to the Lebanese army.", "AID", None),
    # PROTEST riot vs ASSAULT
    ("Angry crowds set fire to the mayor's office after the election results were announced.",
     "PROTEST", "riot"),
    ("Protesters hurled petrol bombs at riot police outside the presidential palace.",
     "PROTEST", "riot"),
    ("Rioters looted shops and burned cars in the suburbs for a third night.", "PROTEST", "riot"),
    ("Demonstrators smashed the windows of the ruling party's headquarters.", "PROTEST", "riot"),
    ("Students fought with police at the university gates, throwing stones and bottles.",
     "PROTEST", "riot"),
    ("Protesters blocked the main road to the airport with burning tyres.", "PROTEST",
     "obstruct"),
    ("Gunmen opened fire on worshippers leaving a mosque, killing nine.", "ASSAULT",
     "firearms"),
    ("Militants set fire to a school in the village after warning teachers to leave.",
     "ASSAULT", "primitive"),
    ("A mob lynched a man accused of blasphemy in the market town.", "PROTEST", "riot"),
    # taking territory (ASSAULT) vs confiscation and raids (COERCE)
    ("Islamist fighters took control of the district capital after heavy fighting.", "ASSAULT",
     None),
    ("Government troops recaptured the town of Kidal from separatist rebels.", "ASSAULT", None),
    ("The rebels overran an army garrison near the border.", "ASSAULT", None),
    ("Customs officers seized two tonnes of cocaine at the port.", "COERCE", "seize"),
    ("Police raided the offices of an opposition newspaper.", "COERCE", "seize"),
    ("Authorities confiscated the passports of five journalists.", "COERCE", "seize"),
    # THREATEN vs AGREE
    ("The army chief vowed to crush the rebellion by force.", "THREATEN", "violence"),
    ("Tehran warned it would close the Strait of Hormuz if attacked.", "THREATEN", None),
    ("The president threatened to expel the French ambassador.", "THREATEN", "expel"),
    ("The opposition vowed to cooperate with the new transitional council.", "AGREE", None),
    ("The EU threatened new sanctions if the crackdown continued.", "THREATEN", "restrict"),
    # COERCE look-alikes
    ("Police dispersed the sit-in and detained its organisers.", "COERCE", None),
    ("The government placed the former president under house arrest.", "COERCE", "arrest"),
    ("The electoral commission barred the main opposition candidate from the race.", "COERCE",
     "restrict"),
    ("Authorities shut down mobile internet across the province ahead of the vote.", "COERCE",
     None),
    ("The country's top court sentenced the blogger to ten years in prison.", "SANCTION",
     "convict"),
    # SANCTION
    ("The EU suspended budget support to the government after the coup.", "SANCTION",
     "discontinue"),
    ("The United States imposed sanctions on three army generals.", "SANCTION", "discontinue"),
    ("Mali recalled its ambassador from Algiers.", "SANCTION", "withdraw"),
    ("The African Union suspended Niger from all its activities.", "SANCTION", None),
    # CONSULT / MOBILIZE extra look-alikes
    ("The two presidents held a video conference on the border dispute.", "CONSULT", "phone"),
    ("The army deployed tanks to the streets of the capital after the coup attempt.",
     "MOBILIZE", "weapons"),
    ("Thousands of police officers were deployed to guard polling stations.", "MOBILIZE",
     "police"),
    ("Hezbollah put its fighters on alert along the southern border.", "MOBILIZE", "militia"),
]


def main() -> None:
    rows = [{"id": f"m3b-{n:03d}", "text": text, "event_type": kind, "mode": mode,
             "source": [], "target": []}
            for n, (text, kind, mode) in enumerate(SENTENCES, 1)]
    write_jsonl(rows, OUT)


if __name__ == "__main__":
    main()
