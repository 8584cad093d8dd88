"""Build tests/data/attribution_batch5.jsonl: attribution batch 5 (issue #12, branch relays).

Written on 2026-12-02 by the relays helper **before** the system ran on it
(a blind batch: run once as "before", never debugged on). Invented passages
(MIT, not copied from any outlet) in political-news styles the earlier
batches have little of: parliamentary and court reporting, press-release
rewrites, wire relays ("…, state television reported", "according to X",
"X told Reuters", "quoted X as saying", "in a statement carried by Y"),
article-level relays covering a run of statements, role nouns as speakers,
pronoun continuation across sentences, quotes split around the cue, nested
sources, sources in headlines, and passages without attribution.

Conventions (docs/annotation.md and the batch 4 notes in
docs/BENCHMARKS.md): the speaker is the whole noun phrase without relative
clauses; an outlet or medium the statement came through is a relay ("told
Reuters" in Example Wire's copy is a relay; "told reporters" is not); an
article-level relay covers the run of statements of the speaker it
introduces, until another source takes over; "X reported" / "according to
X" with no inner speaker makes X the speaker; "X reported, citing Y": Y
speaks, X relays. A needle ``"text@2"`` is the second whole-word
occurrence.

    python tests/data/make_attribution_batch5.py
"""

from __future__ import annotations

from pathlib import Path

from make_attribution_dev import build
from spans import write_jsonl

OUT = Path(__file__).with_name("attribution_batch5.jsonl")
Content = str | tuple[str, ...]
Attr = tuple[str, str | None, Content, str | None]

H = "\n\n"  # headline / body break

BLIND_5: list[tuple[str, list[Attr]]] = [
    # parliamentary reporting
    ("The defence secretary told MPs that no British troops would be sent to the region.",
     [("The defence secretary", "told", "no British troops would be sent to the region", None)]),
    ("Speaking in the Bundestag on Thursday, Chancellor Olaf Scholz said Germany would double "
     "its aid.",
     [("Chancellor Olaf Scholz", "said", "Germany would double its aid", None)]),
    ("In a written answer to parliament, the interior minister said 1,200 asylum claims were "
     "pending.",
     [("the interior minister", "said", "1,200 asylum claims were pending", None)]),
    ("Opposition leader Keir Starmer accused the government of losing control of the borders.",
     [("Opposition leader Keir Starmer", "accused",
       "the government of losing control of the borders", None)]),
    ("The committee's report concluded that the ministry had misled parliament.",
     [("The committee", "concluded", "the ministry had misled parliament", None)]),
    ("“This bill is an insult to every farmer,” the Labour MP for Stroud told the chamber.",
     [("the Labour MP for Stroud", "told", "This bill is an insult to every farmer", None)]),
    ("Lawmakers voted 312 to 290 to approve the budget on Wednesday night.", []),
    ("The speaker of the house, Ahmed Saleh, said the session would resume on Monday. He "
     "warned that members who disrupted it would be suspended.",
     [("The speaker of the house, Ahmed Saleh", "said", "the session would resume on Monday",
       None),
      ("He", "warned", "members who disrupted it would be suspended", None)]),
    # court reporting
    ("The judge ruled that the detention of the journalist had been unlawful.",
     [("The judge", "ruled", "the detention of the journalist had been unlawful", None)]),
    ("Prosecutors alleged that the former mayor had taken bribes worth $3 million.",
     [("Prosecutors", "alleged", "the former mayor had taken bribes worth $3 million", None)]),
    ("“I never gave that order,” the former general told the court on Tuesday.",
     [("the former general", "told", "I never gave that order", None)]),
    ("Defence lawyers argued that the confession was obtained under duress, but the panel "
     "rejected the motion.",
     [("Defence lawyers", "argued", "the confession was obtained under duress", None)]),
    ("In her ruling, Judge Maria Lopez wrote that the government had failed to justify the ban.",
     [("Judge Maria Lopez", "wrote", "the government had failed to justify the ban", None)]),
    ("A witness testified that she saw the defendant leave the building with a rifle.",
     [("A witness", "testified", "she saw the defendant leave the building with a rifle",
       None)]),
    ("The supreme court upheld the sentence on Friday.", []),
    ("The prosecutor's office said the suspect would be charged with treason, the official "
     "news agency Anadolu reported.",
     [("The prosecutor's office", "said", "the suspect would be charged with treason",
       "the official news agency Anadolu")]),
    # press-release rewrites
    ("The ministry said in a press release that the new visa rules would take effect on 1 July.",
     [("The ministry", "said", "the new visa rules would take effect on 1 July", None)]),
    ("“We are deeply concerned by the escalation,” the European Union's foreign policy chief "
     "said in a statement.",
     [("the European Union's foreign policy chief", "said",
       "We are deeply concerned by the escalation", None)]),
    ("The army announced on its website that the exercise would last ten days.",
     [("The army", "announced", "the exercise would last ten days", None)]),
    ("In a statement carried by the state news agency SANA, the foreign ministry said the air "
     "strikes violated international law.",
     [("the foreign ministry", "said", "the air strikes violated international law",
       "the state news agency SANA")]),
    ("The ruling party said on Sunday it had expelled three members for corruption.",
     [("The ruling party", "said", "it had expelled three members for corruption", None)]),
    ("The agency will publish its annual report in March, a statement said.",
     [("a statement", "said", "The agency will publish its annual report in March", None)]),
    ("The company's chief executive, Anna Berg, said in a statement that the plant would close "
     "by the end of the year. “This was a difficult decision,” she said.",
     [("The company's chief executive, Anna Berg", "said",
       "the plant would close by the end of the year", None),
      ("she", "said@2", "This was a difficult decision", None)]),
    # wire relays
    ("The president said the country would not bow to pressure, state television reported.",
     [("The president", "said", "the country would not bow to pressure", "state television")]),
    ("Troops have been placed on high alert, according to the Interfax news agency.",
     [("the Interfax news agency", "according to", "Troops have been placed on high alert",
       None)]),
    ("The deputy foreign minister told Reuters that Moscow was ready to resume talks.",
     [("The deputy foreign minister", "told", "Moscow was ready to resume talks", "Reuters")]),
    ("The official IRNA news agency quoted the oil minister as saying exports had reached "
     "2 million barrels a day.",
     [("the oil minister", "saying", "exports had reached 2 million barrels a day",
       "The official IRNA news agency")]),
    ("Xinhua quoted a spokesman for the commerce ministry as saying that Beijing would "
     "retaliate.",
     [("a spokesman for the commerce ministry", "saying", "Beijing would retaliate", "Xinhua")]),
    ("“The border will remain closed until further notice,” the governor said, according to "
     "the local broadcaster TVP.",
     [("the governor", "said", "The border will remain closed until further notice",
       "the local broadcaster TVP")]),
    ("Seven soldiers were killed in the attack, the military said in a statement carried by "
     "the official Saba news agency.",
     [("the military", "said", "Seven soldiers were killed in the attack",
       "the official Saba news agency")]),
    ("Police arrested 40 protesters in the capital overnight, the Kyodo news agency reported, "
     "citing police sources.",
     [("police sources", "reported", "Police arrested 40 protesters in the capital overnight",
       "the Kyodo news agency")]),
    ("The rebels have agreed to a 48-hour truce, Al Arabiya television said, quoting a "
     "mediator.",
     [("a mediator", "said", "The rebels have agreed to a 48-hour truce",
       "Al Arabiya television")]),
    ("Mohammed Salem, the ministry's spokesman, told Al Jazeera that the ceasefire was holding.",
     [("Mohammed Salem, the ministry's spokesman", "told", "the ceasefire was holding",
       "Al Jazeera")]),
    ("The foreign minister, speaking to the state-run Channel One, said sanctions would only "
     "harden Russia's resolve.",
     [("The foreign minister", "said", "sanctions would only harden Russia's resolve",
       "the state-run Channel One")]),
    ("A senior military official told the Associated Press that the drills would continue. The "
     "official, who asked not to be named because he was not authorised to speak to the media, "
     "said the navy had also been deployed.",
     [("A senior military official", "told", "the drills would continue",
       "the Associated Press"),
      ("The official", "said", "the navy had also been deployed", "the Associated Press")]),
    ("The interior ministry said 14 people had been detained, the semi-official Tasnim news "
     "agency reported. The ministry also said the detainees were linked to foreign "
     "intelligence services.",
     [("The interior ministry", "said", "14 people had been detained",
       "the semi-official Tasnim news agency"),
      ("The ministry", "said@2", "the detainees were linked to foreign intelligence services",
       "the semi-official Tasnim news agency")]),
    # article-level relays covering a run of statements
    ("Colonel Yahya Saree, the group's military spokesman, said the drones had hit an oil "
     "facility. He said the attack was a response to the blockade and warned that more strikes "
     "would follow, Al Masirah TV reported.",
     [("Colonel Yahya Saree, the group's military spokesman", "said",
       "the drones had hit an oil facility", "Al Masirah TV"),
      ("He", "said@2", "the attack was a response to the blockade", "Al Masirah TV"),
      ("He", "warned", "more strikes would follow", "Al Masirah TV")]),
    ("According to state media, the president told the cabinet that prices must be brought "
     "down. He also said an inquiry into fuel shortages would be opened. Separately, the "
     "central bank said it would raise interest rates.",
     [("the president", "told", "prices must be brought down", "state media"),
      ("He", "said", "an inquiry into fuel shortages would be opened", "state media"),
      ("the central bank", "said@2", "it would raise interest rates", None)]),
    ("The spokesman, Ali Hassan, explained that the talks had been postponed. “We need more "
     "time,” he said, Sky News Arabia reported. The Syrian Observatory for Human Rights said "
     "shelling continued overnight.",
     [("The spokesman, Ali Hassan", "explained", "the talks had been postponed",
       "Sky News Arabia"),
      ("he", "said", "We need more time", "Sky News Arabia"),
      ("The Syrian Observatory for Human Rights", "said@2", "shelling continued overnight",
       None)]),
    ("Russia's RIA news agency quoted Deputy Foreign Minister Sergei Ryabkov as saying Moscow "
     "had received the proposal. Ryabkov added that a reply would be sent within days.",
     [("Deputy Foreign Minister Sergei Ryabkov", "saying", "Moscow had received the proposal",
       "Russia's RIA news agency"),
      ("Ryabkov@2", "added", "a reply would be sent within days", "Russia's RIA news agency")]),
    ("In an interview with the BBC, the prime minister said she would not resign. She insisted "
     "the government had a clear majority.",
     [("the prime minister", "said", "she would not resign", "the BBC"),
      ("She", "insisted", "the government had a clear majority", "the BBC")]),
    ("Kenyan police said five suspects had been arrested, the Daily Nation newspaper reported "
     "on its website. Officials at the port, however, told Example Wire that no arrests had "
     "been made.",
     [("Kenyan police", "said", "five suspects had been arrested", "the Daily Nation newspaper"),
      ("Officials at the port", "told", "no arrests had been made", None)]),
    # role nouns as speakers
    ("The ministry's spokesman said the ambassador had been recalled for consultations.",
     [("The ministry's spokesman", "said", "the ambassador had been recalled for consultations",
       None)]),
    ("A senior official who asked not to be named said the cabinet would meet on Sunday.",
     [("A senior official", "said", "the cabinet would meet on Sunday", None)]),
    ("Foreign ministry spokeswoman Hua Chunying said China firmly opposed the visit. The "
     "spokeswoman urged Washington to stop interfering in China's internal affairs.",
     [("Foreign ministry spokeswoman Hua Chunying", "said", "China firmly opposed the visit",
       None),
      ("The spokeswoman", "urged",
       "Washington to stop interfering in China's internal affairs", None)]),
    ("A diplomat at the United Nations, speaking on condition of anonymity, said the "
     "resolution lacked the votes to pass.",
     [("A diplomat at the United Nations", "said", "the resolution lacked the votes to pass",
       None)]),
    ("The head of the electoral commission told a news conference that turnout had reached "
     "62 percent.",
     [("The head of the electoral commission", "told", "turnout had reached 62 percent",
       None)]),
    # pronoun continuation across sentences
    ("Interior Minister Gerald Darmanin said 300 officers would be deployed in Marseille. He "
     "added that the operation would last a month. “We will not let the gangs win,” he told "
     "reporters.",
     [("Interior Minister Gerald Darmanin", "said", "300 officers would be deployed in Marseille",
       None),
      ("He", "added", "the operation would last a month", None),
      ("he", "told", "We will not let the gangs win", None)]),
    ("The protesters' leaders said they would march on parliament. They demanded the release "
     "of detained activists.",
     [("The protesters' leaders", "said", "they would march on parliament", None),
      ("They", "demanded", "the release of detained activists", None)]),
    ("Angela Rayner said on Sunday the party was united. She denied that a leadership challenge "
     "was being planned.",
     [("Angela Rayner", "said", "the party was united", None),
      ("She", "denied", "a leadership challenge was being planned", None)]),
    # quotes split around the cue
    ("“We have made progress,” the mediator said, “but the hardest issues remain.”",
     [("the mediator", "said", ("We have made progress", "but the hardest issues remain"),
       None)]),
    ("“If the strikes continue,” warned the general, “we will have no choice but to respond.”",
     [("the general", "warned",
       ("If the strikes continue", "we will have no choice but to respond"), None)]),
    ("The new law, the minister argued, would protect journalists rather than silence them.",
     [("the minister", "argued",
       ("The new law", "would protect journalists rather than silence them"), None)]),
    # nested sources
    ("The opposition leader said a senior officer had told him that the vote count was altered.",
     [("The opposition leader", "said",
       "a senior officer had told him that the vote count was altered", None),
      ("a senior officer", "told", "the vote count was altered", None)]),
    ("According to the senator, the defence secretary admitted that the plan had no budget.",
     [("the senator", "According to",
       "the defence secretary admitted that the plan had no budget", None),
      ("the defence secretary", "admitted", "the plan had no budget", None)]),
    ("Reporters were told by a police spokesman that the gunman had acted alone.",
     [("a police spokesman", "told", "the gunman had acted alone", None)]),
    # sources in headlines
    ("Iran says it will not extend nuclear inspections" + H + "TEHRAN (Example Wire) - Iran "
     "will not extend an agreement on nuclear inspections, its foreign minister said on Monday.",
     [("Iran", "says", "it will not extend nuclear inspections", None),
      ("its foreign minister", "said",
       "Iran will not extend an agreement on nuclear inspections", None)]),
    ("Army says 12 militants killed in northern raid" + H + "ISLAMABAD (Example Wire) - Twelve "
     "militants were killed in a raid in North Waziristan, the army said.",
     [("Army", "says", "12 militants killed in northern raid", None),
      ("the army", "said", "Twelve militants were killed in a raid in North Waziristan", None)]),
    ("Hamas official says truce talks stalled" + H + "CAIRO (Example Wire) - A senior Hamas "
     "official said on Friday that talks on a truce had stalled.",
     [("Hamas official", "says", "truce talks stalled", None),
      ("A senior Hamas official", "said", "talks on a truce had stalled", None)]),
    # an outlet reporting a non-speech act is the speaker
    ("Gunmen attacked a police station in the city of Quetta, the Dawn newspaper reported.",
     [("the Dawn newspaper", "reported", "Gunmen attacked a police station in the city of Quetta",
       None)]),
    # no attribution: the outlet's own voice and look-alikes
    ("Floods have displaced more than 20,000 people in the south of the country since Monday.",
     []),
    ("The spokesman resigned on Tuesday after a row over leaked emails.", []),
    ("State television showed footage of tanks moving through the city centre.", []),
    ("The statement was read out at the start of the session.", []),
    ("Parliament will debate the bill next week, and a vote is expected before the recess.", []),
    ("The reporter was detained at the airport and later released.", []),
    ("According to plan, the convoy left the base at dawn.", []),
]


if __name__ == "__main__":
    records = build(BLIND_5, "at5", "2026-12-02")
    write_jsonl(records, OUT, ensure_ascii=False)  # locate() has checked every span
    n_attr = sum(len(r["attributions"]) for r in records)  # type: ignore[arg-type, misc]
    print(f"{len(records)} passages, {n_attr} attributions -> {OUT}")
