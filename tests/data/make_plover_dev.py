"""Build tests/data/plover_dev.jsonl: eventwire's own PLOVER typing set.

Political-news sentences written for eventwire by its developers (MIT), one
event each, labelled with the 2021 PLOVER manual's types (and a mode where
the manual's tables make it clear). Written on 2026-11-26 *before* the
system was run on them: the first run is a blind check of rules that were
developed on ``../shared/data/plover_gsr/dev.jsonl``.

    python tests/data/make_plover_dev.py
    eventwire eval plover_gsr --data tests/data/plover_dev.jsonl
"""

from __future__ import annotations

from pathlib import Path

from spans import write_jsonl

OUT = Path(__file__).with_name("plover_dev.jsonl")

SENTENCES: list[tuple[str, str, str | None]] = [
    ("Ethiopia and Eritrea signed a peace agreement in Riyadh on Sunday.", "AGREE", None),
    ("The rebels agreed to a 30-day truce proposed by the African Union.", "AGREE", None),
    ("Japan offered to host the next round of talks.", "AGREE", None),
    ("The Turkish foreign minister met his Greek counterpart in Athens on Tuesday.",
     "CONSULT", "visit"),
    ("Putin and Erdogan discussed the Syrian conflict in a phone call.", "CONSULT", "phone"),
    ("Delegations from both parties held talks in Doha.", "CONSULT", None),
    ("The European Union praised Ghana's peaceful elections.", "SUPPORT", None),
    ("Washington voiced support for the new government in Kabul.", "SUPPORT", None),
    ("The government lifted the curfew in the capital after a week of calm.", "CONCEDE", None),
    ("The junta conceded defeat in the regional elections.", "CONCEDE", None),
    ("Police in France and Spain cooperated to dismantle a smuggling network.", "COOPERATE",
     None),
    ("Kenya and Somalia conducted joint patrols along their border.", "COOPERATE", None),
    ("Germany sent 50 tonnes of medical supplies to Gaza.", "AID", None),
    ("Saudi Arabia donated $100 million to flood victims in Pakistan.", "AID", None),
    ("Russian troops withdrew from the town of Kherson.", "RETREAT", "withdraw"),
    ("The militants released three hostages on Monday.", "RETREAT", "release"),
    ("The prime minister resigned after the scandal.", "RETREAT", "resign"),
    ("The UN Secretary-General urged both sides to return to the negotiating table.",
     "REQUEST", None),
    ("Protest leaders demanded the release of detained journalists.", "REQUEST", None),
    ("Kenya asked the United States for military assistance.", "REQUEST", None),
    ("Iran accused Israel of sabotaging its nuclear facility.", "ACCUSE", None),
    ("Human rights groups condemned the execution of the activists.", "ACCUSE", None),
    ("Prosecutors charged the former minister with corruption.", "ACCUSE", None),
    ("The opposition rejected the proposed constitution.", "REJECT", None),
    ("Hamas refused to disarm.", "REJECT", None),
    ("The president vetoed the bill passed by parliament.", "REJECT", None),
    ("North Korea threatened to launch a nuclear strike against the United States.",
     "THREATEN", "violence"),
    ("The union warned it would strike if wages were not raised.", "THREATEN", None),
    ("Turkey vowed to retaliate against any attack on its troops.", "THREATEN", "violence"),
    ("Thousands of people marched in Santiago against pension reform.", "PROTEST", "demo"),
    ("Doctors went on strike over unpaid salaries.", "PROTEST", "strike"),
    ("Farmers blocked highways with tractors near Paris.", "PROTEST", "obstruct"),
    ("The United States imposed sanctions on Venezuelan oil officials.", "SANCTION", None),
    ("Morocco recalled its ambassador from Algeria.", "SANCTION", None),
    ("The EU suspended development aid to Niger after the coup.", "SANCTION", None),
    ("India deployed additional troops to the border with China.", "MOBILIZE", "troops"),
    ("Police were put on high alert ahead of the verdict.", "MOBILIZE", "police"),
    ("Police arrested dozens of opposition supporters in Minsk.", "COERCE", "arrest"),
    ("The government shut down the internet across the region.", "COERCE", None),
    ("Authorities deported 300 migrants to Afghanistan.", "COERCE", "deport"),
    ("A suicide bomber killed 12 people at a market in Kabul.", "ASSAULT", "suicide-attack"),
    ("Israeli warplanes struck targets in southern Lebanon.", "ASSAULT", "aerial"),
    ("Gunmen kidnapped 20 students from a school in Kaduna.", "ASSAULT", "abduct"),
]


def build() -> list[dict[str, object]]:
    return [{"id": f"pl-{n:03d}", "text": text, "event_type": kind, "mode": mode,
             "source": [], "target": []}
            for n, (text, kind, mode) in enumerate(SENTENCES, 1)]


if __name__ == "__main__":
    records = build()
    write_jsonl(records, OUT)
    print(f"{len(records)} sentences -> {OUT}")
