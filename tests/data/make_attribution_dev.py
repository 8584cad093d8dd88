"""Build tests/data/attribution_dev.jsonl from the passages below.

The passages were written for eventwire by its developers (MIT): invented
news-style reported speech in varied styles, not copied from any outlet.
Each attribution is (source, cue, content, relay); spans are located with
str.find in order, and every span is checked against the text.

    python tests/data/make_attribution_dev.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("attribution_dev.jsonl")
Attr = tuple[str, str, str, str | None]

PASSAGES: list[tuple[str, list[Attr]]] = [
    ("The interior minister said the curfew would be lifted on Monday.",
     [("The interior minister", "said", "the curfew would be lifted on Monday", None)]),
    ("“We will not negotiate under fire,” the rebel commander told reporters.",
     [("the rebel commander", "told", "We will not negotiate under fire", None)]),
    ("Police said that at least twelve people were arrested overnight.",
     [("Police", "said", "at least twelve people were arrested overnight", None)]),
    ("According to local officials, the bridge was destroyed by shelling.",
     [("local officials", "According to", "the bridge was destroyed by shelling", None)]),
    ("The army warned that it would respond to any further attacks.",
     [("The army", "warned", "it would respond to any further attacks", None)]),
    ("Kenya's foreign ministry denied that troops had crossed the border.",
     [("Kenya's foreign ministry", "denied", "troops had crossed the border", None)]),
    ("The opposition leader urged supporters to stay off the streets.",
     [("The opposition leader", "urged", "supporters to stay off the streets", None)]),
    ("“The talks have collapsed,” a senior diplomat said on Tuesday.",
     [("a senior diplomat", "said", "The talks have collapsed", None)]),
    ("The mayor stressed that the evacuation was voluntary.",
     [("The mayor", "stressed", "the evacuation was voluntary", None)]),
    ("Rebels seized the airport, the state broadcaster reported.",
     [("the state broadcaster", "reported", "Rebels seized the airport", None)]),
    ("The militia's spokesman said the ceasefire was over, Al Jazeera reported.",
     [("The militia's spokesman", "said", "the ceasefire was over", "Al Jazeera")]),
    ("“We are ready to talk,” the president said, according to state media.",
     [("the president", "said", "We are ready to talk", "state media")]),
    ("The weather was mild across the region on Sunday.", []),
    ("Farmers harvested record crops this year.", []),
    ("The union said workers would strike next week. It added that talks had failed.",
     [("The union", "said", "workers would strike next week", None),
      ("It", "added", "talks had failed", None)]),
    ("The general claimed his forces had retaken the town.",
     [("The general", "claimed", "his forces had retaken the town", None)]),
    ("A UN spokeswoman said aid convoys were blocked at the checkpoint.",
     [("A UN spokeswoman", "said", "aid convoys were blocked at the checkpoint", None)]),
    ("The ministry said in a statement that the ambassador had been summoned.",
     [("The ministry", "said", "the ambassador had been summoned", None)]),
    ("Witnesses said soldiers fired into the crowd.",
     [("Witnesses", "said", "soldiers fired into the crowd", None)]),
    ("“Nobody will be spared,” the group warned in a video.",
     [("the group", "warned", "Nobody will be spared", None)]),
    ("The prime minister announced that elections would be held in June.",
     [("The prime minister", "announced", "elections would be held in June", None)]),
    ("Hospital officials told AFP that 30 people had been wounded.",
     [("Hospital officials", "told", "30 people had been wounded", None)]),
    ("The protesters demanded that the governor resign.",
     [("The protesters", "demanded", "the governor resign", None)]),
    ("According to the health ministry, the outbreak has killed 40 people.",
     [("the health ministry", "According to", "the outbreak has killed 40 people", None)]),
    ("Trade between the two countries grew by 8 percent.", []),
    ("The court ruled that the election was valid.",
     [("The court", "ruled", "the election was valid", None)]),
    ("She said the strikes had hit a school.",
     [("She", "said", "the strikes had hit a school", None)]),
    ("He added that more troops would be deployed.",
     [("He", "added", "more troops would be deployed", None)]),
    ("The embassy said it was monitoring the situation closely.",
     [("The embassy", "said", "it was monitoring the situation closely", None)]),
    ("“This is a declaration of war,” the defence minister said, Reuters reported.",
     [("the defence minister", "said", "This is a declaration of war", "Reuters")]),
    ("Officials confirmed that the hostages had been released.",
     [("Officials", "confirmed", "the hostages had been released", None)]),
    ("The spokesman for the coalition said the raid targeted a weapons depot.",
     [("The spokesman for the coalition", "said", "the raid targeted a weapons depot", None)]),
    ("Police fired tear gas at demonstrators in the capital.", []),
    ("The company said its pipeline had been sabotaged.",
     [("The company", "said", "its pipeline had been sabotaged", None)]),
    ("Residents told the BBC that the shelling lasted all night.",
     [("Residents", "told", "the shelling lasted all night", None)]),
    ("The senator argued that the sanctions had failed.",
     [("The senator", "argued", "the sanctions had failed", None)]),
    ("“Our patience is running out,” Mohammed Ali said.",
     [("Mohammed Ali", "said", "Our patience is running out", None)]),
    ("The rebels threatened to attack the capital if talks failed.",
     [("The rebels", "threatened", "to attack the capital if talks failed", None)]),
    ("The foreign minister insisted that the border would stay closed.",
     [("The foreign minister", "insisted", "the border would stay closed", None)]),
    ("Analysts expect the currency to fall further.", []),
    ("The agency reported that three journalists were detained.",
     [("The agency", "reported", "three journalists were detained", None)]),
    ("The governor vowed that the attackers would be punished.",
     [("The governor", "vowed", "the attackers would be punished", None)]),
    ("A statement by the council, which warned that fighting could resume, was read on radio.",
     [("the council", "warned", "fighting could resume", None)]),
    ("Human rights groups accused the police of torturing detainees.",
     [("Human rights groups", "accused", "the police of torturing detainees", None)]),
    ("The ministry of defence said two drones were shot down.",
     [("The ministry of defence", "said", "two drones were shot down", None)]),
    ("The army chief told parliament that the operation was over.",
     [("The army chief", "told", "the operation was over", None)]),
    ("“Everything is under control,” the governor said.",
     [("the governor", "said", "Everything is under control", None)]),
    ("The council said the vote would go ahead. The chairman added that observers were welcome.",
     [("The council", "said", "the vote would go ahead", None),
      ("The chairman", "added", "observers were welcome", None)]),
    ("Iran's foreign ministry spokesman said the talks were constructive.",
     [("Iran's foreign ministry spokesman", "said", "the talks were constructive", None)]),
    ("The rally ended peacefully in the evening.", []),
    ("The minister explained that the fuel subsidy would be phased out.",
     [("The minister", "explained", "the fuel subsidy would be phased out", None)]),
    ("According to witnesses, the gunmen fled on motorbikes.",
     [("witnesses", "According to", "the gunmen fled on motorbikes", None)]),
    ("Doctors said the wounded were in stable condition.",
     [("Doctors", "said", "the wounded were in stable condition", None)]),
    ("The president's office said he had accepted the resignation.",
     [("The president's office", "said", "he had accepted the resignation", None)]),
    ("“We did not fire first,” the commander insisted.",
     [("the commander", "insisted", "We did not fire first", None)]),
    ("The opposition said the results were rigged, the news agency reported.",
     [("The opposition", "said", "the results were rigged", "the news agency")]),
    ("The border reopened after two weeks.", []),
    ("The central bank said inflation had slowed to 5 percent.",
     [("The central bank", "said", "inflation had slowed to 5 percent", None)]),
    ("The minister acknowledged that mistakes had been made.",
     [("The minister", "acknowledged", "mistakes had been made", None)]),
    ("The police chief told a news conference that the suspect had confessed.",
     [("The police chief", "told", "the suspect had confessed", None)]),
    ("They said the camp had run out of water.",
     [("They", "said", "the camp had run out of water", None)]),
    ("The ambassador warned that the embassy could close.",
     [("The ambassador", "warned", "the embassy could close", None)]),
    ("Local media reported that the dam had burst.",
     [("Local media", "reported", "the dam had burst", None)]),
    ("The NGO said food prices had doubled.",
     [("The NGO", "said", "food prices had doubled", None)]),
]


def locate(text: str, needle: str, start: int = 0) -> dict[str, object]:
    at = text.find(needle, start)
    if at < 0:
        raise ValueError(f"{needle!r} not in {text!r}")
    return {"start": at, "end": at + len(needle), "text": needle}


def build() -> list[dict[str, object]]:
    records = []
    for n, (text, attrs) in enumerate(PASSAGES, 1):
        out = []
        for source, cue, content, relay in attrs:
            src = locate(text, source)
            out.append({"source": [src], "cue": [locate(text, cue)],
                        "content": [locate(text, content)],
                        "relay": [locate(text, relay)] if relay else []})
        records.append({"doc_id": f"at-{n:03d}", "publication_date": "2021-03-02",
                        "outlet": "Example Wire", "text": text, "attributions": out})
    return records


if __name__ == "__main__":
    records = build()
    for r in records:
        for a in r["attributions"]:  # type: ignore[attr-defined]
            for key in ("source", "cue", "content", "relay"):
                for span in a[key]:
                    assert r["text"][span["start"]:span["end"]] == span["text"]  # type: ignore[index]
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_attr = sum(len(r["attributions"]) for r in records)  # type: ignore[arg-type, misc]
    print(f"{len(records)} passages, {n_attr} attributions -> {OUT}")
