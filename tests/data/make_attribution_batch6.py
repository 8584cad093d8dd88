"""Build tests/data/attribution_batch6.jsonl: attribution batch 6 (issue #12, branch speakers2).

Written on 2026-12-02/03 by the speakers2 helper **before** the system ran on
it (a blind batch: run once as "before", once as "after", never debugged
on). Invented passages (MIT, not copied from any outlet), mostly several
sentences long, weighted to what annotated political-news corpora label
beyond speech verbs: nominal cues ("the claim by X that", "X's
announcement that", "a report by X that"), "according to", belief /
knowledge / expectation cues (believe, think, know, expect, fear, hope,
insist, acknowledge, concede, warn, argue, suggest), organisations,
documents, polls and anonymous sources, speakers after the quote, speakers
in an earlier sentence (continuation quotes, "he added"), nested sources,
questions and interviews, posts on social media, headlines with a colon
("Minister: we will not resign"), pronoun speakers, and sentences without
attribution.

Conventions as batches 4-5 (docs/annotation.md, docs/BENCHMARKS.md
"Speaker span convention"): the speaker is the whole noun phrase (titles,
of/for complements, an apposition) without relative clauses or participial
asides; a pronoun stays the pronoun; a possessive nominal cue's possessor
is the speaker; a document with a named author gives the author, else the
document; the medium ("wrote on X", "in an interview with the BBC") is a
relay; "X reported, citing Y": Y speaks, X relays; a continuation quote
without a cue repeats the earlier speaker's span with cue None; a headline
"Speaker: content" has cue None. A needle ``"text@2"`` is the second
whole-word occurrence.

    python tests/data/make_attribution_batch6.py
"""

from __future__ import annotations

from pathlib import Path

from make_attribution_dev import build
from spans import write_jsonl

OUT = Path(__file__).with_name("attribution_batch6.jsonl")
Content = str | tuple[str, ...]
Attr = tuple[str, str | None, Content, str | None]

H = "\n\n"  # headline / body break

BLIND_6: list[tuple[str, list[Attr]]] = [
    # headline with a colon, apposition, continuation quote, belief cues
    ("Finance minister: we will not resign over budget leak" + H + "LONDON (Example Wire) - "
     "The finance minister, Rachel Obi, said on Tuesday she would not step down over the leak "
     "of budget documents. “I have done nothing wrong,” Obi told reporters outside parliament. "
     "“The inquiry will show that.” Opposition lawmakers believe the leak came from her private "
     "office, and some insist she must go.",
     [("Finance minister", None, "we will not resign over budget leak", None),
      ("The finance minister, Rachel Obi", "said",
       "she would not step down over the leak of budget documents", None),
      ("Obi@2", "told", "I have done nothing wrong", None),
      ("Obi@2", None, "The inquiry will show that", None),
      ("Opposition lawmakers", "believe", "the leak came from her private office", None),
      ("some", "insist", "she must go", None)]),
    # nominal cues
    ("The ambassador's statement that the embassy would reopen next month caught officials in "
     "Washington by surprise. Her remarks followed a report by the UN monitoring mission that "
     "shelling near the capital had eased. The foreign ministry's announcement that visa rules "
     "would be eased was welcomed by business groups.",
     [("The ambassador", "statement", "the embassy would reopen next month", None),
      ("the UN monitoring mission", "report", "shelling near the capital had eased", None),
      ("The foreign ministry", "announcement", "visa rules would be eased", None)]),
    # anonymous sources, "according to"
    ("According to two senior officials who asked not to be named, the president has already "
     "chosen his running mate. A decision could be announced as early as Friday, one of them "
     "said. The White House declined to comment.",
     [("two senior officials", "According to", "the president has already chosen his running mate",
       None),
      ("one of them", "said", "A decision could be announced as early as Friday", None)]),
    # documents seen by the outlet, statements, e-mails ("Documents": the holder is no part
    # of the source, docs/annotation.md; relabelled by speakers6 from the whole phrase)
    ("Documents seen by Example Wire show that the ministry paid $4 million to a firm owned by "
     "the minister's cousin. The ministry said in a statement that all contracts had followed "
     "the law. In an email, a spokesman for the minister said the report was a smear.",
     [("Documents", "show",
       "the ministry paid $4 million to a firm owned by the minister's cousin", None),
      ("The ministry", "said", "all contracts had followed the law", None),
      ("a spokesman for the minister", "said@2", "the report was a smear", None)]),
    # belief, suspicion, fear, expectation
    ("Western diplomats think the talks will collapse without a new mediator. Moscow, they "
     "suspect, is waiting for the winter. The Kremlin insists it wants a settlement, but "
     "Ukrainian officials fear that any pause would let Russian forces regroup. Analysts expect "
     "that the fighting will intensify in the spring.",
     [("Western diplomats", "think", "the talks will collapse without a new mediator", None),
      ("they", "suspect", ("Moscow", "is waiting for the winter"), None),
      ("The Kremlin", "insists", "it wants a settlement", None),
      ("Ukrainian officials", "fear", "any pause would let Russian forces regroup", None),
      ("Analysts", "expect", "the fighting will intensify in the spring", None)]),
    # speaker after the quote, "she added", continuation
    ("“We will not negotiate with people who shell our cities,” said Deputy Prime Minister "
     "Irina Vereshchuk. “Our answer is the same as last year,” she added. “There will be no "
     "talks under fire.”",
     [("Deputy Prime Minister Irina Vereshchuk", "said",
       "We will not negotiate with people who shell our cities", None),
      ("she", "added", "Our answer is the same as last year", None),
      ("she", None, "There will be no talks under fire", None)]),
    # nested attribution
    ("The opposition candidate said a police commander had told him that ballot boxes were "
     "moved overnight. The electoral commission said it had received no such complaint. Its "
     "chairman told Example Wire the count would be completed by Thursday.",
     [("The opposition candidate", "said",
       "a police commander had told him that ballot boxes were moved overnight", None),
      ("a police commander", "told", "ballot boxes were moved overnight", None),
      ("The electoral commission", "said@2", "it had received no such complaint", None),
      ("Its chairman", "told@2", "the count would be completed by Thursday", None)]),
    # posts on social media
    ("Senator Maria Cantwell wrote on X that the pipeline deal was a betrayal of tribal nations. "
     "The company responded in a post on LinkedIn, saying the route had been approved by "
     "regulators. Hours later, the governor posted on Facebook that he would ask for a review.",
     [("Senator Maria Cantwell", "wrote", "the pipeline deal was a betrayal of tribal nations",
       "X"),
      ("The company", "saying", "the route had been approved by regulators", "LinkedIn"),
      ("the governor", "posted", "he would ask for a review", "Facebook")]),
    # organisations and their reports
    ("Amnesty International said security forces had used live ammunition against protesters "
     "in at least four cities. In a report released on Wednesday, the group said 31 people had "
     "been killed. The interior ministry rejected the findings and said officers had acted in "
     "self-defence.",
     [("Amnesty International", "said",
       "security forces had used live ammunition against protesters in at least four cities",
       None),
      ("the group", "said@2", "31 people had been killed", None),
      ("The interior ministry", "said@3", "officers had acted in self-defence", None)]),
    # polls and surveys, concede / argue
    ("Polls show the ruling party losing its majority in the upper house. A survey by the Pew "
     "Research Center found that 58 percent of voters disapprove of the government's handling "
     "of inflation. Party officials concede the numbers are bad but argue that voters will "
     "return once prices fall.",
     [("Polls", "show", "the ruling party losing its majority in the upper house", None),
      ("the Pew Research Center", "found",
       "58 percent of voters disapprove of the government's handling of inflation", None),
      ("Party officials", "concede", "the numbers are bad", None),
      ("Party officials", "argue", "voters will return once prices fall", None)]),
    # questions and answers
    ("Asked whether sanctions were working, the central bank governor said inflation had "
     "halved since March. Would she support a rate cut? “Not yet,” she replied. “We need two "
     "more months of data.”",
     [("the central bank governor", "said", "inflation had halved since March", None),
      ("she@2", "replied", "Not yet", None),
      ("she@2", None, "We need two more months of data", None)]),
    # interview with an outlet: the outlet relays the run of statements
    ("In an interview with the BBC, Kenya's president, William Ruto, said his government would "
     "not reverse the tax increases. He acknowledged that the protests had caught officials off "
     "guard.",
     [("Kenya's president, William Ruto", "said",
       "his government would not reverse the tax increases", "the BBC"),
      ("He", "acknowledged", "the protests had caught officials off guard", "the BBC")]),
    # headline colon, inverted title + apposition
    ("EU envoy: sanctions package ready within days" + H + "BRUSSELS (Example Wire) - A new "
     "package of sanctions against Moscow could be adopted within days, the EU's envoy for "
     "sanctions, David O'Sullivan, said on Monday. Hungary's foreign minister warned that "
     "Budapest would block any measure targeting energy.",
     [("EU envoy", None, "sanctions package ready within days", None),
      ("the EU's envoy for sanctions, David O'Sullivan", "said",
       "A new package of sanctions against Moscow could be adopted within days", None),
      ("Hungary's foreign minister", "warned",
       "Budapest would block any measure targeting energy", None)]),
    # wire relay
    ("Israeli forces killed three people in a raid on the Jenin camp, the Palestinian health "
     "ministry said, according to the official WAFA news agency. The Israeli military said its "
     "troops had come under fire and responded.",
     [("the Palestinian health ministry", "said",
       "Israeli forces killed three people in a raid on the Jenin camp",
       "the official WAFA news agency"),
      ("The Israeli military", "said@2", "its troops had come under fire and responded", None)]),
    # pronoun speakers, nested hope under the office's statement
    ("Mexico's foreign minister, Alicia Barcena, met her US counterpart on Tuesday. She said "
     "afterwards that both sides recognised the need for a joint plan on migration. She also "
     "hopes to visit the border region next month, her office said.",
     [("She", "said", "both sides recognised the need for a joint plan on migration", None),
      ("her office", "said@2", "She also hopes to visit the border region next month", None),
      ("She@2", "hopes", "to visit the border region next month", None)]),
    # anonymous and appositive sources
    ("A person familiar with the negotiations said the two sides were close to a prisoner "
     "exchange. Another source, a Western diplomat in Doha, cautioned that a deal had been "
     "announced prematurely before. Qatar's foreign ministry said only that talks were "
     "continuing.",
     [("A person familiar with the negotiations", "said",
       "the two sides were close to a prisoner exchange", None),
      ("Another source, a Western diplomat in Doha", "cautioned",
       "a deal had been announced prematurely before", None),
      ("Qatar's foreign ministry", "said@2", "talks were continuing", None)]),
    # warn, argue, suggest, counter
    ("The IMF warned that rising debt could push a dozen African economies into default. Its "
     "chief economist argued that debt relief should come before new loans, and suggested that "
     "China join the talks. Critics of the fund counter that its own programmes deepened the "
     "crisis.",
     [("The IMF", "warned", "rising debt could push a dozen African economies into default",
       None),
      ("Its chief economist", "argued", "debt relief should come before new loans", None),
      ("Its chief economist", "suggested", "China join the talks", None),
      ("Critics of the fund", "counter", "its own programmes deepened the crisis", None)]),
    # knowledge, denial
    ("Investigators know the fire started in the basement. Residents said they saw smoke more "
     "than an hour before firefighters arrived. The fire chief denied that crews had been slow "
     "to respond.",
     [("Investigators", "know", "the fire started in the basement", None),
      ("Residents", "said", "they saw smoke more than an hour before firefighters arrived",
       None),
      ("The fire chief", "denied", "crews had been slow to respond", None)]),
    # "in its report, X said"; an unauthored statement
    ("In its annual report, Human Rights Watch said journalists in the region faced growing "
     "threats. A government statement said the report was biased and relied on unverified "
     "sources.",
     [("Human Rights Watch", "said", "journalists in the region faced growing threats", None),
      ("A government statement", "said@2",
       "the report was biased and relied on unverified sources", None)]),
    # quote then title + apposition speaker with a post; "according to" relay
    ("“The border is closed until further notice,” a spokesman for the Afghan Taliban, "
     "Zabihullah Mujahid, said in a post on X. Pakistan's army said the closure followed an "
     "attack on a checkpoint, according to state broadcaster PTV.",
     [("a spokesman for the Afghan Taliban, Zabihullah Mujahid", "said",
       "The border is closed until further notice", "X"),
      ("Pakistan's army", "said@2", "the closure followed an attack on a checkpoint",
       "state broadcaster PTV")]),
    # colon quote after a nominal cue, pronoun speaker later
    ("The prime minister was blunt in his reply to the opposition: “Nobody in this chamber "
     "believes your numbers.” Later, speaking to journalists, he said the budget would pass by "
     "the end of the month.",
     [("The prime minister", "reply", "Nobody in this chamber believes your numbers", None),
      ("he", "said", "the budget would pass by the end of the month", None)]),
    # headline "says", "reported, citing"
    ("Turkey says it detained 12 suspects over Istanbul bombing" + H + "ANKARA (Example Wire) - "
     "Turkish police detained 12 people suspected of links to Sunday's bombing in Istanbul, "
     "Interior Minister Ali Yerlikaya said. The suspects included two Syrian nationals, the "
     "state-run Anadolu Agency reported, citing security sources.",
     [("Turkey", "says", "it detained 12 suspects over Istanbul bombing", None),
      ("Interior Minister Ali Yerlikaya", "said",
       "Turkish police detained 12 people suspected of links to Sunday's bombing in Istanbul",
       None),
      ("security sources", "reported", "The suspects included two Syrian nationals",
       "the state-run Anadolu Agency")]),
    # belief, expectation, hope
    ("Labour strategists believe the by-election can be won on turnout alone. The party's "
     "chair expects that at least 40 percent of voters will cast a ballot, and she hopes the "
     "weather holds.",
     [("Labour strategists", "believe", "the by-election can be won on turnout alone", None),
      ("The party's chair", "expects", "at least 40 percent of voters will cast a ballot", None),
      ("she", "hopes", "the weather holds", None)]),
    # court filings
    ("According to a filing in federal court, the campaign spent $1.2 million on legal fees in "
     "the last quarter. Prosecutors say the payments were disguised as consulting work. The "
     "campaign's lawyer, Jane Ruiz, maintains that every payment was disclosed.",
     [("a filing in federal court", "According to",
       "the campaign spent $1.2 million on legal fees in the last quarter", None),
      ("Prosecutors", "say", "the payments were disguised as consulting work", None),
      ("The campaign's lawyer, Jane Ruiz", "maintains", "every payment was disclosed", None)]),
    # headline vow, parenthetical "she claimed"
    ("Protest leaders vow to return to streets after talks fail" + H + "NAIROBI (Example Wire) - "
     "Organisers of last week's protests said on Saturday they would march again on Tuesday "
     "after talks with the government collapsed. “They have left us no choice,” one of the "
     "organisers, Amina Otieno, said. Police, she claimed, had arrested dozens of students "
     "since the talks began.",
     [("Protest leaders", "vow", "to return to streets after talks fail", None),
      ("Organisers of last week's protests", "said",
       "they would march again on Tuesday after talks with the government collapsed", None),
      ("one of the organisers, Amina Otieno", "said@2", "They have left us no choice", None),
      ("she", "claimed", ("Police", "had arrested dozens of students since the talks began"),
       None)]),
    # concede, acknowledge; a look-alike ("lists")
    ("The health minister conceded that the vaccine rollout had been too slow. Officials "
     "acknowledge privately that supplies will not arrive before March. The ministry's website "
     "lists 14 vaccination centres in the capital.",
     [("The health minister", "conceded", "the vaccine rollout had been too slow", None),
      ("Officials", "acknowledge", "supplies will not arrive before March", None)]),
    # told a newspaper (relay), titled speakers
    ("Brazil's former president Jair Bolsonaro told the newspaper Folha de S.Paulo that he had "
     "never planned a coup. His lawyers said the charges were politically motivated. The "
     "Supreme Court's chief justice said in a speech that nobody was above the law.",
     [("Brazil's former president Jair Bolsonaro", "told", "he had never planned a coup",
       "the newspaper Folha de S.Paulo"),
      ("His lawyers", "said", "the charges were politically motivated", None),
      ("The Supreme Court's chief justice", "said@2", "nobody was above the law", None)]),
    # interview transcript
    ("Q: Will the army withdraw from the border towns?\nA: Not while the shelling continues. We "
     "have said this many times.\n\nThe interview with General Okafor was conducted by phone on "
     "Sunday.",
     [("General Okafor", None, "Not while the shelling continues. We have said this many times",
       None)]),
    # "the claim by X that", "his warning that"
    ("The claim by the rebels that they had shot down a government jet could not be verified. "
     "Army chief Gen. Musa Bello said the claim was propaganda. His warning to the rebels that "
     "the offensive would continue was broadcast on state radio.",
     [("the rebels", "claim", "they had shot down a government jet", None),
      ("Army chief Gen. Musa Bello", "said", "the claim was propaganda", None),
      ("His", "warning", "the offensive would continue", None)]),
    # promise, "he told the crowd", "he added", continuation
    ("Speaking at a rally in Ohio, Senator J.D. Hale promised to cut federal spending by a "
     "third. “Washington has forgotten you,” he told the crowd. He added that he would vote "
     "against the budget. “Every line of it.”",
     [("Senator J.D. Hale", "promised", "to cut federal spending by a third", None),
      ("he", "told", "Washington has forgotten you", None),
      ("He", "added", "he would vote against the budget", None),
      ("He", None, "Every line of it", None)]),
    # data and polls
    ("Government data show unemployment rose to 7.1 percent in October. Economists at the "
     "central bank suggest the figure will peak early next year, though a poll of business "
     "owners indicates hiring freezes are spreading.",
     [("Government data", "show", "unemployment rose to 7.1 percent in October", None),
      ("Economists at the central bank", "suggest", "the figure will peak early next year",
       None),
      ("a poll of business owners", "indicates", "hiring freezes are spreading", None)]),
    # another outlet's report with a nested source
    ("The Wall Street Journal reported that Saudi officials had told their US counterparts they "
     "were ready to resume talks with Israel. A State Department spokesman said he would not "
     "comment on private diplomatic conversations.",
     [("The Wall Street Journal", "reported",
       "Saudi officials had told their US counterparts they were ready to resume talks with "
       "Israel", None),
      ("Saudi officials", "told", "they were ready to resume talks with Israel",
       "The Wall Street Journal"),
      ("A State Department spokesman", "said",
       "he would not comment on private diplomatic conversations", None)]),
    # no attribution: look-alikes
    ("The minister's statement ran to four pages. Voters who believe in the party's platform "
     "turned out in large numbers. The report, due next week, is expected to criticise the "
     "police.", []),
    # post on a platform; speaker in a relative clause
    ("President Donald Trump wrote on Truth Social that the agency should be shut down. The "
     "post drew a sharp response from the agency's director, who said staff had been "
     "threatened since it appeared.",
     [("President Donald Trump", "wrote", "the agency should be shut down", "Truth Social"),
      ("the agency's director", "said", "staff had been threatened since it appeared", None)]),
    # belief under a speech verb; denial with a noun content
    ("NATO believes Russia has moved short-range missiles closer to the Finnish border, the "
     "alliance's secretary general said on Thursday. Finland's defence ministry said it was "
     "monitoring the situation. Moscow denies any build-up.",
     [("the alliance's secretary general", "said",
       "NATO believes Russia has moved short-range missiles closer to the Finnish border", None),
      ("NATO", "believes", "Russia has moved short-range missiles closer to the Finnish border",
       None),
      ("Finland's defence ministry", "said@2", "it was monitoring the situation", None),
      ("Moscow", "denies", "any build-up", None)]),
    # a leaked draft; speakers after the statement
    ("A draft of the communique, seen by Example Wire, says leaders will commit to tripling "
     "renewable energy capacity by 2030. The Indian delegation is pushing for softer language, "
     "two negotiators said.",
     [("A draft of the communique", "says",
       "leaders will commit to tripling renewable energy capacity by 2030", None),
      ("two negotiators", "said", "The Indian delegation is pushing for softer language",
       None)]),
]


if __name__ == "__main__":
    records = build(BLIND_6, "at6", "2026-12-03")
    write_jsonl(records, OUT, ensure_ascii=False)  # locate() has checked every span
    n_attr = sum(len(r["attributions"]) for r in records)  # type: ignore[arg-type, misc]
    print(f"{len(records)} passages, {n_attr} attributions -> {OUT}")
