"""Build tests/data/attribution_batch10.jsonl: attribution batch 10 (issue #12, branch speakers8).

Written on 2026-12-03 by the speakers8 helper **before** any change of the
branch and before the system ran on it (a blind batch: run once on main's
code as "before", once at the end as "after", never debugged on). Invented
passages (MIT, not copied from any outlet) in the style of agency copy and
Wikinews: quotations split across the cue and across sentences, "according
to" chains ("according to X quoted by Y", "X said, according to Y"),
two-outlet relays ("X told CNN ..., Reuters reported"), unnamed officials
and sources, spokespeople for bodies, speech verbs after long quotations
and long paraphrases, pronoun speakers carried from an earlier sentence,
headlines with a colon attribution or "X says", and passages with **no**
attribution (precision).

Conventions as batches 4-9 (docs/annotation.md, "Span convention"). A
statement that reaches the outlet through two media has both as relays
(``relay`` may be a tuple). A trailing "..., Y reported" after "X said/told
Z ..." is one attribution: speaker X, relays Z and Y (as batch 5's "...,
the official Saba news agency reported"). A needle ``"text@2"`` is the
second whole-word occurrence.

    python tests/data/make_attribution_batch10.py
"""

from __future__ import annotations

from pathlib import Path

from make_attribution_dev import locate
from spans import write_jsonl

OUT = Path(__file__).with_name("attribution_batch10.jsonl")
H = "\n\n"  # headline / body break
Parts = str | tuple[str, ...]
Attr = tuple[str, str | None, Parts, Parts | None]

BLIND_10: list[tuple[str, list[Attr]]] = [
    # 1 quotation split around the cue
    ("“The border will stay closed,” the interior minister said, “until the smugglers are "
     "caught.”",
     [("the interior minister", "said",
       ("The border will stay closed", "until the smugglers are caught"), None)]),
    # 2 quotation continued in the next sentence; apposition with a body
    ("“We did not fire first,” said Colonel Mikhail Ostrov, a spokesman for the army's eastern "
     "command. “Our units returned fire only after two of our positions were hit.”",
     [("Colonel Mikhail Ostrov, a spokesman for the army's eastern command", "said",
       "We did not fire first", None),
      ("Colonel Mikhail Ostrov, a spokesman for the army's eastern command", None,
       "Our units returned fire only after two of our positions were hit", None)]),
    # 3 according to X quoted by Y
    ("Troops shelled three villages near the border overnight, according to local officials "
     "quoted by the state news agency Tass.",
     [("local officials", "according to", "Troops shelled three villages near the border overnight",
       "the state news agency Tass")]),
    # 4 according to X cited by Y
    ("The rebels have seized the airport, according to a military source cited by Agence "
     "France-Presse.",
     [("a military source", "according to", "The rebels have seized the airport",
       "Agence France-Presse")]),
    # 5 two-outlet relay: X told CNN ..., Reuters reported
    ("The vice president told CNN that Washington would not recognise the result, Reuters "
     "reported.",
     [("The vice president", "told", "Washington would not recognise the result",
       ("CNN", "Reuters"))]),
    # 6 two-outlet relay: in an interview with X, Y reported
    ("The opposition leader said in an interview with Al Jazeera that the vote had been rigged, "
     "the Turkish news agency Anadolu reported.",
     [("The opposition leader", "said", "the vote had been rigged",
       ("Al Jazeera", "the Turkish news agency Anadolu"))]),
    # 7 two-outlet relay after a quotation
    ("“There is no ceasefire,” a Hamas official told Reuters, the Times of Israel reported.",
     [("a Hamas official", "told", "There is no ceasefire", ("Reuters", "the Times of Israel"))]),
    # 8 unnamed officials, participial aside cut
    ("Two US officials, speaking on condition of anonymity, said the strikes had targeted "
     "weapons depots used by the militia.",
     [("Two US officials", "said", "the strikes had targeted weapons depots used by the militia",
       None)]),
    # 9 unnamed diplomat, relative clause cut, partial quote
    ("A senior European diplomat who asked not to be named said the talks were “close to "
     "collapse”.",
     [("A senior European diplomat", "said", "the talks were “close to collapse”", None)]),
    # 10 official at a body, non-restrictive relative cut, confirmed
    ("An official at the defence ministry, who was not authorised to speak publicly, confirmed "
     "that the two soldiers had been detained.",
     [("An official at the defence ministry", "confirmed", "the two soldiers had been detained",
       None)]),
    # 11 spokesman for a body with the body's abbreviation
    ("A spokesman for the UN refugee agency, UNHCR, said more than 40,000 people had crossed "
     "into Chad since Friday.",
     [("A spokesman for the UN refugee agency, UNHCR", "said",
       "more than 40,000 people had crossed into Chad since Friday", None)]),
    # 12 body's spokesman with a name, told reporters (no relay)
    ("The European Commission's chief spokesman, Paolo Renzi, told reporters in Brussels that "
     "the bloc would respond “firmly and proportionately”.",
     [("The European Commission's chief spokesman, Paolo Renzi", "told",
       "the bloc would respond “firmly and proportionately”", None)]),
    # 13 body + title + name before the verb
    ("Interior ministry spokeswoman Aylin Demir said the suspects had been planning attacks on "
     "police stations.",
     [("Interior ministry spokeswoman Aylin Demir", "said",
       "the suspects had been planning attacks on police stations", None)]),
    # 14 speech verb after a long quotation, inverted apposition
    ("“We have warned the government for months that the hospitals cannot cope with another "
     "wave, that the staff are exhausted and that the supplies will run out before the "
     "winter,” the head of the doctors' union, Amina Yusuf, said on Monday.",
     [("the head of the doctors' union, Amina Yusuf", "said",
       "We have warned the government for months that the hospitals cannot cope with another "
       "wave, that the staff are exhausted and that the supplies will run out before the "
       "winter", None)]),
    # 15 speech verb after a long paraphrase
    ("The government had failed to consult the regions, had ignored the advice of its own "
     "experts and would now have to answer to parliament for the delays, opposition leader "
     "Karel Novak argued in a speech on Wednesday.",
     [("opposition leader Karel Novak", "argued",
       "The government had failed to consult the regions, had ignored the advice of its own "
       "experts and would now have to answer to parliament for the delays", None)]),
    # 16 said + name after a long quotation, relative clause cut
    ("“This is not a negotiation, it is an ultimatum, and we will not accept ultimatums from a "
     "government that has already broken two agreements,” said Ruth Mwangi, who chairs the "
     "teachers' union.",
     [("Ruth Mwangi", "said",
       "This is not a negotiation, it is an ultimatum, and we will not accept ultimatums from a "
       "government that has already broken two agreements", None)]),
    # 17 pronoun speaker; the first sentence is the outlet's own
    ("The prime minister arrived in Kyiv on Tuesday. She said Britain would send another 50 "
     "armoured vehicles before the end of the year.",
     [("She", "said", "Britain would send another 50 armoured vehicles before the end of the year",
       None)]),
    # 18 plural pronoun speaker, coordinated complement
    ("Lawyers for the jailed journalist filed an appeal on Monday. They said the conviction "
     "rested on a single anonymous witness and that the trial had been held behind closed doors.",
     [("They", "said",
       "the conviction rested on a single anonymous witness and that the trial had been held "
       "behind closed doors", None)]),
    # 19 pronoun speaker told an outlet
    ("Peter Vos, the chief executive of Norland Mining, was in London on Thursday. He told the "
     "Financial Times that the company would not pay the fine.",
     [("He", "told", "the company would not pay the fine", "the Financial Times")]),
    # 20 headline with a colon; body with the speaker after the content
    ("Ukraine army: Russian drones hit power plant in Sumy" + H + "KYIV (Example Wire) - "
     "Russian drones struck a thermal power plant in the northern Sumy region overnight, "
     "Ukraine's armed forces said on Saturday.",
     [("Ukraine army", None, "Russian drones hit power plant in Sumy", None),
      ("Ukraine's armed forces", "said",
       "Russian drones struck a thermal power plant in the northern Sumy region overnight",
       None)]),
    # 21 headline with a colon; spokeswoman; pronoun with a quotation
    ("Pakistan foreign office: no talks with Kabul until attacks stop" + H + "ISLAMABAD "
     "(Example Wire) - Pakistan will not hold talks with the Taliban government until "
     "cross-border attacks end, a foreign office spokeswoman said. “The ball is in Kabul's "
     "court,” she told a weekly briefing.",
     [("Pakistan foreign office", None, "no talks with Kabul until attacks stop", None),
      ("a foreign office spokeswoman", "said",
       "Pakistan will not hold talks with the Taliban government until cross-border attacks end",
       None),
      ("she", "told", "The ball is in Kabul's court", None)]),
    # 22 headline with a colon and a quotation
    ("Flood-hit mayor: 'We were abandoned by the capital'" + H + "The mayor of Valdora, Lucia "
     "Ferri, said on Sunday that the central government had ignored repeated warnings about the "
     "river.",
     [("Flood-hit mayor", None, "We were abandoned by the capital", None),
      ("The mayor of Valdora, Lucia Ferri", "said",
       "the central government had ignored repeated warnings about the river", None)]),
    # 23 according to an outlet, a non-speech act: the outlet is the speaker
    ("According to the BBC, at least 30 people were injured when the stand collapsed.",
     [("the BBC", "According to", "at least 30 people were injured when the stand collapsed",
       None)]),
    # 24 police spokesperson with rank and name, told a newspaper
    ("The police spokesperson, Inspector John Kamau, told the Daily Nation that the suspects "
     "would appear in court on Monday.",
     [("The police spokesperson, Inspector John Kamau", "told",
       "the suspects would appear in court on Monday", "the Daily Nation")]),
    # 25 according to a document with a named author
    ("According to a statement from the ministry of health, 112 new cases were recorded in the "
     "past 24 hours.",
     [("the ministry of health", "According to", "112 new cases were recorded in the past 24 hours",
       None)]),
    # 26 broadcaster citing a source
    ("Iranian state television, citing the Revolutionary Guards, said a drone had been shot down "
     "over the Gulf.",
     [("the Revolutionary Guards", "said", "a drone had been shot down over the Gulf",
       "Iranian state television")]),
    # 27 X said, according to Y; restrictive participle in the speaker
    ("The militants would release the hostages only in exchange for prisoners, a tribal elder "
     "involved in the talks said, according to the Pajhwok news agency.",
     [("a tribal elder involved in the talks", "said",
       "The militants would release the hostages only in exchange for prisoners",
       "the Pajhwok news agency")]),
    # 28 Y quoted X as telling Z
    ("The Press Association quoted the health secretary as telling Sky News that nurses would "
     "receive a 5 percent pay rise.",
     [("the health secretary", "telling", "nurses would receive a 5 percent pay rise",
       ("Sky News", "The Press Association"))]),
    # 29 pronoun after a quotation, adding
    ("Foreign Minister Haruto Sato met his counterpart in Seoul on Friday. “We are ready to sign "
     "tomorrow,” he said, adding that the remaining disputes concerned only the timetable for "
     "the withdrawal.",
     [("he", "said", "We are ready to sign tomorrow", None),
      ("he", "adding", "the remaining disputes concerned only the timetable for the withdrawal",
       None)]),
    # 30 officials said on condition of anonymity
    ("Security officials said on condition of anonymity that the gunmen had crossed from "
     "Afghanistan.",
     [("Security officials", "said", "the gunmen had crossed from Afghanistan", None)]),
    # 31 a body's report
    ("Human Rights Watch said in a report published on Tuesday that security forces had used "
     "live ammunition against unarmed protesters in at least four cities.",
     [("Human Rights Watch", "said",
       "security forces had used live ammunition against unarmed protesters in at least four "
       "cities", None)]),
    # 32 a source close to X after a refusal to comment
    ("The company's spokesperson declined to comment, but a source close to the board said the "
     "chief executive was expected to step down.",
     [("a source close to the board", "said", "the chief executive was expected to step down",
       None)]),
    # 33 no attribution
    ("Thousands of people marched through the capital on Saturday to demand early elections, "
     "the third such protest this month.",
     []),
    # 34 no attribution
    ("The court adjourned the trial until January after the defendant's lawyers failed to "
     "appear.",
     []),
    # 35 Wikinews-style resident quotation over three sentences
    ("“It was like a war zone,” one resident, Maria Alves, told reporters. “The water came in "
     "through the windows.” Alves said her family had lost everything.",
     [("one resident, Maria Alves", "told", "It was like a war zone", None),
      ("one resident, Maria Alves", None, "The water came in through the windows", None),
      ("Alves@2", "said", "her family had lost everything", None)]),
    # 36 in a statement released on ..., the body said
    ("In a statement released on Sunday, the Presidency said the president had accepted the "
     "resignation of the defence minister.",
     [("the Presidency", "said",
       "the president had accepted the resignation of the defence minister", None)]),
    # 37 police said, a long subject with a relative clause
    ("Police said the driver, a 34-year-old man from the north of the city who had been released "
     "from prison in March, had been arrested at the scene.",
     [("Police", "said",
       "the driver, a 34-year-old man from the north of the city who had been released from "
       "prison in March, had been arrested at the scene", None)]),
    # 38 long quotation, told a state news agency
    ("“The sanctions are illegal and they will fail, just as every previous attempt to isolate "
     "our country has failed,” Foreign Minister Oleg Marin told the state news agency RIA "
     "Novosti.",
     [("Foreign Minister Oleg Marin", "told",
       "The sanctions are illegal and they will fail, just as every previous attempt to isolate "
       "our country has failed", "the state news agency RIA Novosti")]),
    # 39 a company in a press release
    ("The company said in a press release that all flights from the airport had been suspended "
     "until further notice.",
     [("The company", "said",
       "all flights from the airport had been suspended until further notice", None)]),
    # 40 headline "X says"; body with the speaker after the content and adding
    ("Army says 40 militants killed in northern offensive" + H + "Forty militants were killed "
     "in a two-day offensive in the north, the army said in a statement on Sunday, adding that "
     "four soldiers had also died.",
     [("Army", "says", "40 militants killed in northern offensive", None),
      ("the army", "said", "Forty militants were killed in a two-day offensive in the north",
       None),
      ("the army", "adding", "four soldiers had also died", None)]),
    # 41 quotation split around a pronoun cue; the speaker introduced before
    ("The rebel commander, known as Abu Khalil, spoke by phone from an undisclosed location. "
     "“If they want war,” he said, “they will get war.”",
     [("he", "said", ("If they want war", "they will get war"), None)]),
    # 42 according to a named person with an apposition, at the start
    ("According to Pierre Malet, the UN's head of peacekeeping, three peacekeepers were wounded "
     "in the ambush.",
     [("Pierre Malet, the UN's head of peacekeeping", "According to",
       "three peacekeepers were wounded in the ambush", None)]),
]


def _spans(text: str, parts: Parts | None) -> list[dict[str, object]]:
    if parts is None:
        return []
    return [locate(text, p) for p in ((parts,) if isinstance(parts, str) else parts)]


def build(passages: list[tuple[str, list[Attr]]], prefix: str,
          published: str) -> list[dict[str, object]]:
    """As ``make_attribution_dev.build``, with several relays per attribution."""
    records = []
    for n, (text, attrs) in enumerate(passages, 1):
        out = [{"source": _spans(text, source), "cue": _spans(text, cue),
                "content": _spans(text, content), "relay": _spans(text, relay)}
               for source, cue, content, relay in attrs]
        records.append({"doc_id": f"{prefix}-{n:03d}", "publication_date": published,
                        "outlet": "Example Wire", "text": text, "attributions": out})
    return records


if __name__ == "__main__":
    records = build(BLIND_10, "at10", "2026-12-03")
    write_jsonl(records, OUT, ensure_ascii=False)  # locate() has checked every span
    n_attr = sum(len(r["attributions"]) for r in records)  # type: ignore[arg-type, misc]
    print(f"{len(records)} passages, {n_attr} attributions -> {OUT}")
