"""Build tests/data/attribution_batch9.jsonl: attribution batch 9 (issue #12, branch speakers7).

Written on 2026-12-03 by the speakers7 helper **before** the system ran on it
(a blind batch: run once on main's code as "before", once at the end as
"after", never debugged on). Invented passages (MIT, not copied from any
outlet) in the style of long real-outlet political reporting, on classes
batches 1-8 cover little: "according to" closing a long sentence, unnamed
sources ("officials said", "a person familiar with the matter",
"diplomats"), speakers named only by role and organisation ("the
ministry's spokeswoman"), institutions and capitals as speakers ("the
White House said in a statement", "Moscow said"), speech verbs beyond
"say" (acknowledged, insisted, conceded, warned, argued, noted, wrote,
tweeted, posted), a speaker carried across paragraphs ("the official
said", "He added", "She said"), free indirect speech after a framing
sentence with a colon, document sources ("a report by X found", "the
filing shows"), interviews ("told the BBC", "in an interview with"), and
passages with **no** attribution at all (precision).

Conventions as batches 4-8 (docs/annotation.md, "Span convention"): the
speaker is the whole noun phrase (determiner, titles, of/for complements,
a short apposition, a restrictive participle) without relative clauses or
participial asides; a pronoun stays the pronoun; the named author of a
document is the speaker ("A report by the Government Accountability
Office found" -> "the Government Accountability Office"), else the
document; the medium (an outlet told, an interview, an opinion article
for an outlet, a platform named with "on") is a relay; another outlet's
report citing sources has the sources as speaker and the outlet as relay;
content is the whole attributed proposition without the complementiser,
quotation marks or final punctuation. Free indirect speech: the guide
gives a quotation without a cue the speaker of the frame before it ("X
was blunt in his reply: “…”", cue none); batch 9 labels an unquoted
proposition after such a frame and a colon the same way (passage 13).
A sentence in the outlet's own voice (passages 17-19, and the second
sentence of passage 3) has no attribution.
A needle ``"text@2"`` is the second whole-word occurrence.

    python tests/data/make_attribution_batch9.py
"""

from __future__ import annotations

from pathlib import Path

from make_attribution_dev import build
from spans import write_jsonl

OUT = Path(__file__).with_name("attribution_batch9.jsonl")
Content = str | tuple[str, ...]
Attr = tuple[str, str | None, Content, str | None]

BLIND_9: list[tuple[str, list[Attr]]] = [
    # 1 according to, closing a long sentence; restrictive participle
    ("The Treasury has drawn up contingency plans to extend emergency loans to struggling "
     "regional lenders if deposit outflows accelerate over the coming weeks, according to two "
     "senior officials involved in the discussions.",
     [("two senior officials involved in the discussions", "according to",
       "The Treasury has drawn up contingency plans to extend emergency loans to struggling "
       "regional lenders if deposit outflows accelerate over the coming weeks", None)]),
    # 2 a person familiar with the matter, participial aside cut
    ("The company is preparing to cut about 1,200 jobs in its European division, a person "
     "familiar with the matter said, speaking on condition of anonymity because the plans have "
     "not been made public.",
     [("a person familiar with the matter", "said",
       "The company is preparing to cut about 1,200 jobs in its European division", None)]),
    # 3 diplomats; second sentence in the outlet's voice
    ("Diplomats in Brussels said the bloc was unlikely to agree on a new package of sanctions "
     "before the June summit. Hungary has blocked two earlier packages, demanding the release "
     "of frozen funds.",
     [("Diplomats in Brussels", "said",
       "the bloc was unlikely to agree on a new package of sanctions before the June summit",
       None)]),
    # 4 role + organisation only, partial quote
    ("The ministry's spokeswoman said on Thursday that Beijing had lodged a formal protest with "
     "the embassy and would take “all necessary measures” to protect its interests.",
     [("The ministry's spokeswoman", "said",
       "Beijing had lodged a formal protest with the embassy and would take “all necessary "
       "measures” to protect its interests", None)]),
    # 5 institution in a statement
    ("The White House said in a statement that the president had spoken with the Israeli prime "
     "minister by phone and stressed the need to protect civilians in Gaza.",
     [("The White House", "said",
       "the president had spoken with the Israeli prime minister by phone and stressed the need "
       "to protect civilians in Gaza", None)]),
    # 6 capitals as speakers, said + warned
    ("Moscow said the exercises near the border were purely defensive, while Kyiv warned that "
     "Russia was massing troops for a new offensive in the east.",
     [("Moscow", "said", "the exercises near the border were purely defensive", None),
      ("Kyiv", "warned", "Russia was massing troops for a new offensive in the east", None)]),
    # 7 acknowledged ... but insisted
    ("The finance minister acknowledged on Tuesday that the deficit would be larger than "
     "forecast, but insisted that the government's fiscal rules would still be met by the end "
     "of the parliament.",
     [("The finance minister", "acknowledged", "the deficit would be larger than forecast", None),
      ("The finance minister", "insisted",
       "the government's fiscal rules would still be met by the end of the parliament", None)]),
    # 8 argued / noted, bare plural sources
    ("Critics argued that the measure would disenfranchise thousands of rural voters. "
     "Supporters noted that similar laws had been upheld by the Supreme Court in 2008.",
     [("Critics", "argued", "the measure would disenfranchise thousands of rural voters", None),
      ("Supporters", "noted", "similar laws had been upheld by the Supreme Court in 2008",
       None)]),
    # 9 tweeted; posted on a platform (relay)
    ("The senator tweeted that she would vote against the nominee. Hours later, the state's "
     "governor posted on Facebook that the decision was a betrayal of the voters who had "
     "elected her.",
     [("The senator", "tweeted", "she would vote against the nominee", None),
      ("the state's governor", "posted",
       "the decision was a betrayal of the voters who had elected her", "Facebook")]),
    # 10 wrote in an opinion article for an outlet (relay)
    ("In an opinion article for the Financial Times, the former central bank governor wrote "
     "that the rate rises had come too late to contain inflation.",
     [("the former central bank governor", "wrote",
       "the rate rises had come too late to contain inflation", "the Financial Times")]),
    # 11 across paragraphs: told reporters, "the official said", "He added"
    ("A senior State Department official told reporters on Monday that the talks with Tehran "
     "had made “real progress” on the sequencing of sanctions relief.\n\n"
     "“We are not there yet,” the official said. He added that a further round could take "
     "place in Vienna before the end of the month.",
     [("A senior State Department official", "told",
       "the talks with Tehran had made “real progress” on the sequencing of sanctions relief",
       None),
      ("the official", "said", "We are not there yet", None),
      ("He", "added", "a further round could take place in Vienna before the end of the month",
       None)]),
    # 12 across paragraphs: apposition, then "She said ... and warned"
    ("Ms Okafor, the opposition's health spokeswoman, said the waiting-list figures were “a "
     "damning verdict” on the government's record.\n\n"
     "She said hospitals in the north-west had been forced to cancel routine operations for a "
     "third consecutive winter, and warned that staff shortages would worsen without a new pay "
     "settlement.",
     [("Ms Okafor, the opposition's health spokeswoman", "said",
       "the waiting-list figures were “a damning verdict” on the government's record", None),
      ("She", "said@2",
       "hospitals in the north-west had been forced to cancel routine operations for a third "
       "consecutive winter", None),
      ("She", "warned", "staff shortages would worsen without a new pay settlement", None)]),
    # 13 free indirect speech after a frame and a colon (cue none)
    ("The mayor was adamant: the budget would be balanced, the police would not be cut, and "
     "anyone who said otherwise was playing politics.",
     [("The mayor", None,
       "the budget would be balanced, the police would not be cut, and anyone who said "
       "otherwise was playing politics", None)]),
    # 14 a report by a named author found
    ("A report by the Government Accountability Office found that the Pentagon could not "
     "account for nearly half of the equipment it had shipped to the region.",
     [("the Government Accountability Office", "found",
       "the Pentagon could not account for nearly half of the equipment it had shipped to the "
       "region", None)]),
    # 15 the filing shows
    ("The filing shows that the campaign spent more than $2 million on legal fees in the first "
     "quarter, much of it on firms representing the former president.",
     [("The filing", "shows",
       "the campaign spent more than $2 million on legal fees in the first quarter, much of it "
       "on firms representing the former president", None)]),
    # 16 told the BBC after a quote; in an interview with
    ("“We will not be intimidated,” the foreign minister told the BBC on Sunday. In an "
     "interview with Al Jazeera a day later, Hamas's political leader said the group was ready "
     "for a long truce.",
     [("the foreign minister", "told", "We will not be intimidated", "the BBC"),
      ("Hamas's political leader", "said", "the group was ready for a long truce",
       "Al Jazeera")]),
    # 17 no attribution: a vote
    ("Parliament voted 312 to 287 on Tuesday to approve the budget, ending weeks of uncertainty "
     "that had rattled bond markets and threatened to bring down the coalition government.",
     []),
    # 18 no attribution: a meeting and an agreement
    ("The two leaders met for nearly three hours at a lakeside villa outside Geneva, their first "
     "face-to-face encounter since the invasion, and agreed to return their ambassadors to each "
     "other's capitals.",
     []),
    # 19 no attribution: an announcement named, not reported
    ("The announcement came a day after the central bank raised interest rates for the tenth "
     "consecutive time, a decision that sent the currency to its highest level in a year.",
     []),
    # 20 officials said, a long complement with a relative clause
    ("Officials said at least 14 people had been killed and dozens wounded in the strike, which "
     "hit a crowded market in the city centre shortly after noon.",
     [("Officials", "said",
       "at least 14 people had been killed and dozens wounded in the strike, which hit a crowded "
       "market in the city centre shortly after noon", None)]),
    # 21 according to another outlet's report citing sources
    ("The prime minister's chief of staff resigned after being warned that an internal inquiry "
     "would criticise his handling of the affair, according to The Times, which cited two "
     "government sources.",
     [("two government sources", "according to",
       "The prime minister's chief of staff resigned after being warned that an internal "
       "inquiry would criticise his handling of the affair", "The Times")]),
    # 22 conceded privately; speaker with apposition and of-complement, warned + addressee
    ("Republicans conceded privately that the bill had little chance of passing the Senate. Its "
     "sponsor, Representative Tom Hale of Ohio, warned colleagues that failure would hand "
     "Democrats a campaign issue.",
     [("Republicans", "conceded", "the bill had little chance of passing the Senate", None),
      ("Its sponsor, Representative Tom Hale of Ohio", "warned",
       "failure would hand Democrats a campaign issue", None)]),
    # 23 institution said in a statement, a complement with its own relative clause
    ("The Pentagon said in a statement that two service members had been lightly injured in the "
     "attack, which it blamed on Iranian-backed militias.",
     [("The Pentagon", "said",
       "two service members had been lightly injured in the attack, which it blamed on "
       "Iranian-backed militias", None)]),
]


if __name__ == "__main__":
    records = build(BLIND_9, "at9", "2026-12-03")
    write_jsonl(records, OUT, ensure_ascii=False)  # locate() has checked every span
    n_attr = sum(len(r["attributions"]) for r in records)  # type: ignore[arg-type, misc]
    print(f"{len(records)} passages, {n_attr} attributions -> {OUT}")
