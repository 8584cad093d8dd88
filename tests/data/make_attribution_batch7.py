"""Build tests/data/attribution_batch7.jsonl: attribution batch 7 (issue #12, branch attrib3).

Written on 2026-12-03 by the attrib3 helper **before** the system ran on it
(a blind batch: run once as "before", once as "after", never debugged on).
Invented passages (MIT, not copied from any outlet) in the style of
political news as other annotators label it, deliberately unlike batches
1-6: mostly indirect speech without quotation marks ("The minister said the
talks had failed"), "according to" sources, anonymous and group sources,
non-speech cues (believe, think, argue, warn, insist, deny, acknowledge,
estimate, hope, fear, claim in a filing, write on X, predict, suggest,
conclude, find, show, accuse, admit, maintain, contend, doubt, worry),
quotations of several sentences, quotations whose source stands only in the
previous or the next sentence, nested attributions, documents and polls as
sources, and long content spans (the whole attributed proposition, with its
own subordinate clauses).

Conventions as batches 4-6 (docs/annotation.md, "Span convention"): the
speaker is the whole noun phrase (determiner, titles, of/for complements, a
short apposition) without relative clauses or participial asides; a pronoun
stays the pronoun; the possessor of a nominal cue is the speaker; the medium
("wrote on X", "told CNN") is a relay; content is the whole attributed
proposition without the complementiser "that", quotation marks or the final
punctuation; a quotation of several sentences is one content span; a
quotation without a cue in its own sentence names the speaker of the
sentence before or after (cue None); "according to X": cue "according to".
A needle ``"text@2"`` is the second whole-word occurrence.

    python tests/data/make_attribution_batch7.py
"""

from __future__ import annotations

from pathlib import Path

from make_attribution_dev import build
from spans import write_jsonl

OUT = Path(__file__).with_name("attribution_batch7.jsonl")
Content = str | tuple[str, ...]
Attr = tuple[str, str | None, Content, str | None]

BLIND_7: list[tuple[str, list[Attr]]] = [
    # 1 indirect speech, two speakers
    ("The foreign minister said on Wednesday that the talks with the separatists had failed "
     "and that the government would now consider other options. Opposition leaders accused "
     "him of abandoning the process too early.",
     [("The foreign minister", "said",
       "the talks with the separatists had failed and that the government would now consider "
       "other options", None),
      ("Opposition leaders", "accused", "him of abandoning the process too early", None)]),
    # 2 according to, anonymous
    ("According to two officials familiar with the negotiations, the White House is prepared "
     "to drop its demand for a border wall in exchange for a longer funding bill.",
     [("two officials familiar with the negotiations", "According to",
       "the White House is prepared to drop its demand for a border wall in exchange for a "
       "longer funding bill", None)]),
    # 3 belief verbs
    ("Most Republicans in the Senate believe the tax cuts will pay for themselves. Many "
     "economists doubt the cuts will raise enough revenue, and some fear the deficit will "
     "balloon over the next decade.",
     [("Most Republicans in the Senate", "believe", "the tax cuts will pay for themselves",
       None),
      ("Many economists", "doubt", "the cuts will raise enough revenue", None),
      ("some", "fear", "the deficit will balloon over the next decade", None)]),
    # 4 multi-sentence quote, speaker after
    ("“This bill is dead. Nobody in this building wants it, and everybody knows it,” Senator "
     "Mark Halvorsen told reporters on Capitol Hill.",
     [("Senator Mark Halvorsen", "told",
       "This bill is dead. Nobody in this building wants it, and everybody knows it", None)]),
    # 5 source in the previous sentence
    ("Governor Linda Perez was blunt when she spoke to the legislature on Tuesday. “We cannot "
     "keep borrowing to pay last year's bills. The money is gone.”",
     [("Governor Linda Perez", None,
       "We cannot keep borrowing to pay last year's bills. The money is gone", None)]),
    # 6 report found
    ("The audit found that the agency had failed to track more than $3 "
     "billion in contracts and that senior managers ignored repeated warnings.",
     [("The audit", "found",
       "the agency had failed to track more than $3 billion in contracts and that senior "
       "managers ignored repeated warnings", None)]),
    # 7 poll
    ("A new Quinnipiac poll shows the president's approval rating falling to 38 percent, its "
     "lowest level since he took office. Voters also say the economy is getting worse, the "
     "poll found.",
     [("A new Quinnipiac poll", "shows",
       "the president's approval rating falling to 38 percent, its lowest level since he took "
       "office", None),
      ("Voters", "say", "the economy is getting worse", None),
      ("the poll", "found", "Voters also say the economy is getting worse", None)]),
    # 8 nested: aide said the president believes
    ("A senior aide said the president believes the investigation is politically motivated "
     "and will end without charges.",
     [("A senior aide", "said",
       "the president believes the investigation is politically motivated and will end "
       "without charges", None),
      ("the president", "believes",
       "the investigation is politically motivated and will end without charges", None)]),
    # 9 wrote on X
    ("The former president wrote on X late Sunday that the indictment was “a disgrace” and "
     "that he would fight it all the way to the Supreme Court.",
     [("The former president", "wrote",
       "the indictment was “a disgrace” and that he would fight it all the way to the Supreme "
       "Court", "X")]),
    # 10 claimed in a filing
    ("Lawyers for the campaign claimed in a court filing on Friday that thousands of ballots "
     "had been counted twice. Election officials in the county denied the allegation, saying "
     "every ballot had been checked against the voter roll.",
     [("Lawyers for the campaign", "claimed",
       "thousands of ballots had been counted twice", None),
      ("Election officials in the county", "denied", "the allegation", None),
      ("Election officials in the county", "saying",
       "every ballot had been checked against the voter roll", None)]),
    # 11 warned, acknowledged
    ("The central bank warned that inflation could stay above target well into next year. "
     "Its governor acknowledged that the bank had moved too slowly.",
     [("The central bank", "warned", "inflation could stay above target well into next year",
       None),
      ("Its governor", "acknowledged", "the bank had moved too slowly", None)]),
    # 12 estimated
    ("The Congressional Budget Office estimated that the plan would cost $1.9 trillion over "
     "ten years and leave 4 million more people without health insurance.",
     [("The Congressional Budget Office", "estimated",
       "the plan would cost $1.9 trillion over ten years and leave 4 million more people "
       "without health insurance", None)]),
    # 13 insisted, argued
    ("Speaker Dana Whitfield insisted the House would pass the bill before the recess. "
     "Democrats argued that the measure would gut protections for workers.",
     [("Speaker Dana Whitfield", "insisted", "the House would pass the bill before the recess",
       None),
      ("Democrats", "argued", "the measure would gut protections for workers", None)]),
    # 14 hopes, thinks
    ("The mayor hopes the new stadium will bring jobs to the east side. Two council members "
     "said the money would be better spent on schools.",
     [("The mayor", "hopes", "the new stadium will bring jobs to the east side", None),
      ("Two council members", "said", "the money would be better spent on schools", None)]),
    # 15 anonymous source, speaker after
    ("The administration is weighing new sanctions on Venezuelan oil exports, a State "
     "Department official said, speaking on condition of anonymity because the deliberations "
     "are private.",
     [("a State Department official", "said",
       "The administration is weighing new sanctions on Venezuelan oil exports", None)]),
    # 16 according to a document
    ("According to the indictment, the former aide lied to investigators about his contacts "
     "with a Russian lawyer on at least three occasions.",
     [("the indictment", "According to",
       "the former aide lied to investigators about his contacts with a Russian lawyer on at "
       "least three occasions", None)]),
    # 17 quote split, source in middle, second sentence
    ("“We are not going to negotiate with ourselves,” said Senate Majority Leader Tom Reyes. "
     "“If the Democrats want a deal, they know where to find me.”",
     [("Senate Majority Leader Tom Reyes", "said", "We are not going to negotiate with ourselves",
       None),
      ("Senate Majority Leader Tom Reyes", None,
       "If the Democrats want a deal, they know where to find me", None)]),
    # 18 source in next sentence
    ("“Our patience has run out.” That was the message from the Turkish president on "
     "Thursday, as his government threatened to close its airspace to allied aircraft.",
     [("the Turkish president", "message", "Our patience has run out", None)]),
    # 19 denied; said without that
    ("The campaign denied that it had coordinated with the super PAC. A spokeswoman said the "
     "two groups had never shared polling data.",
     [("The campaign", "denied", "it had coordinated with the super PAC", None),
      ("A spokeswoman", "said", "the two groups had never shared polling data", None)]),
    # 20 people familiar
    ("The prime minister is expected to reshuffle her cabinet as soon as next week, according "
     "to people familiar with her thinking.",
     [("people familiar with her thinking", "according to",
       "The prime minister is expected to reshuffle her cabinet as soon as next week", None)]),
    # 21 told outlet (relay), indirect
    ("The defence secretary told the BBC that British troops would remain in Estonia "
     "at least until 2030.",
     [("The defence secretary", "told",
       "British troops would remain in Estonia at least until 2030", "the BBC")]),
    # 22 analysts say; predicted
    ("Analysts say the ruling party is likely to lose its majority in the upper house. One "
     "pollster predicted that turnout among young voters would reach a record.",
     [("Analysts", "say", "the ruling party is likely to lose its majority in the upper house",
       None),
      ("One pollster", "predicted", "turnout among young voters would reach a record", None)]),
    # 23 multi-sentence quote with cue in the middle, long
    ("“The Chinese side has shown no willingness to compromise on any of the core issues,” "
     "the trade representative said in a statement. “Until that changes, the tariffs will "
     "stay in place.”",
     [("the trade representative", "said",
       "The Chinese side has shown no willingness to compromise on any of the core issues",
       None),
      ("the trade representative", None, "Until that changes, the tariffs will stay in place",
       None)]),
    # 24 the study concluded; researchers
    ("The study, published in the Lancet, concluded that air pollution was responsible for "
     "nearly 9 million early deaths a year. Its authors said governments had badly "
     "underestimated the problem.",
     [("The study", "concluded",
       "air pollution was responsible for nearly 9 million early deaths a year", None),
      ("Its authors", "said", "governments had badly underestimated the problem", None)]),
    # 25 questions; critics contend
    ("Critics contend that the voter ID law is designed to keep minority voters from the "
     "polls. Supporters maintain that it protects the integrity of elections.",
     [("Critics", "contend",
       "the voter ID law is designed to keep minority voters from the polls", None),
      ("Supporters", "maintain", "it protects the integrity of elections", None)]),
    # 26 admitted
    ("The health minister admitted on Monday that the ministry had lost track of some 40,000 "
     "test results during the summer.",
     [("The health minister", "admitted",
       "the ministry had lost track of some 40,000 test results during the summer", None)]),
    # 27 as X said
    ("As the chancellor put it in her speech to the Bundestag, Germany cannot defend Europe "
     "alone.",
     [("the chancellor", "put", "Germany cannot defend Europe alone", None)]),
    # 28 worries; suggested
    ("Some Democrats worry that the impeachment inquiry will distract from the party's "
     "message on health care. Others suggested the party had no choice.",
     [("Some Democrats", "worry",
       "the impeachment inquiry will distract from the party's message on health care", None),
      ("Others", "suggested", "the party had no choice", None)]),
    # 29 nested three levels: outlet reported that X said
    ("The Washington Post reported on Saturday that the attorney general had told associates "
     "he would resign if the president fired the special counsel.",
     [("The Washington Post", "reported",
       "the attorney general had told associates he would resign if the president fired the "
       "special counsel", None),
      ("the attorney general", "told",
       "he would resign if the president fired the special counsel", "The Washington Post")]),
    # 30 sources said + quote with source in prev sentence
    ("The senator has told colleagues she will not run again, two people close to her said. "
     "She has grown tired of the gridlock in Washington, one of them said.",
     [("two people close to her", "said",
       "The senator has told colleagues she will not run again", None),
      ("The senator", "told", "she will not run again", None),
      ("one of them", "said@2", "She has grown tired of the gridlock in Washington", None)]),
    # 31 no attribution + one
    ("Thousands marched through the capital on Sunday to demand new elections. Police "
     "estimated the crowd at 20,000; organisers said more than 100,000 people had taken part.",
     [("Police", "estimated", "the crowd at 20,000", None),
      ("organisers", "said", "more than 100,000 people had taken part", None)]),
    # 32 threatened / vowed
    ("The union vowed to strike again next month if the government did not raise wages. "
     "Ministers said there was no more money.",
     [("The union", "vowed",
       "to strike again next month if the government did not raise wages", None),
      ("Ministers", "said", "there was no more money", None)]),
    # 33 in a letter
    ("In a letter to the committee, the company's chief executive wrote that it had "
     "“no knowledge” of the data being shared with political consultants.",
     [("the company's chief executive", "wrote",
       "it had “no knowledge” of the data being shared with political consultants", None)]),
    # 34 survey found percentages
    ("A Pew Research Center survey found that 62 percent of Americans think the "
     "country is on the wrong track.",
     [("A Pew Research Center survey", "found",
       "62 percent of Americans think the country is on the wrong track", None),
      ("62 percent of Americans", "think", "the country is on the wrong track", None)]),
    # 35 long indirect content with because clause
    ("The White House press secretary said the president had cancelled the trip because he "
     "wanted to stay in Washington while Congress debated the spending bill.",
     [("The White House press secretary", "said",
       "the president had cancelled the trip because he wanted to stay in Washington while "
       "Congress debated the spending bill", None)]),
    # 36 quote then continuation with 'he added'
    ("The opposition leader called the budget “a betrayal of working families.” He added that "
     "his party would vote against it.",
     [("The opposition leader", "called", "a betrayal of working families", None),
      ("He", "added", "his party would vote against it", None)]),
    # 37 intelligence assessment
    ("US intelligence agencies have concluded that Moscow ordered the hacking campaign, "
     "according to a declassified report.",
     [("US intelligence agencies", "concluded", "Moscow ordered the hacking campaign", None),
      ("a declassified report", "according to",
       "US intelligence agencies have concluded that Moscow ordered the hacking campaign",
       None)]),
    # 38 the ministry said in a statement
    ("The interior ministry said in a statement that 14 people had been arrested after the "
     "clashes and that an investigation was under way.",
     [("The interior ministry", "said",
       "14 people had been arrested after the clashes and that an investigation was under way",
       None)]),
    # 39 X says (present), quote fragment
    ("Republicans say the new rules are a “power grab” by federal regulators.",
     [("Republicans", "say", "the new rules are a “power grab” by federal regulators", None)]),
    # 40 speaker description long
    ("A spokesman for the European Commission, Eric Mamer, said Brussels was ready to respond "
     "“firmly and proportionately” to any new US tariffs.",
     [("A spokesman for the European Commission, Eric Mamer", "said",
       "Brussels was ready to respond “firmly and proportionately” to any new US tariffs",
       None)]),
    # 41 knows / realised
    ("The candidate knows she cannot win without the suburbs, her advisers said.",
     [("her advisers", "said", "The candidate knows she cannot win without the suburbs", None),
      ("The candidate", "knows", "she cannot win without the suburbs", None)]),
    # 42 accused of, charged
    ("Prosecutors allege that the mayor accepted more than $200,000 in bribes from "
     "developers. His lawyer said he would plead not guilty.",
     [("Prosecutors", "allege",
       "the mayor accepted more than $200,000 in bribes from developers", None),
      ("His lawyer", "said", "he would plead not guilty", None)]),
    # 43 source two sentences before, long quote
    ("The ambassador did not mince words. Speaking at a think tank in Washington, he said his "
     "country had been “betrayed” by its allies. “We were promised support. We received "
     "speeches.”",
     [("he", "said", "his country had been “betrayed” by its allies", None),
      ("he", None, "We were promised support. We received speeches", None)]),
    # 44 noun cue: claim that, fears that
    ("The president's claim that millions of people voted illegally has been rejected by "
     "election officials in both parties.",
     [("The president", "claim", "millions of people voted illegally", None)]),
    # 45 officials said + believed
    ("Officials said they believed the gunman had acted alone.",
     [("Officials", "said", "they believed the gunman had acted alone", None),
      ("they", "believed", "the gunman had acted alone", None)]),
    # 46 data show
    ("New Labor Department figures show the economy added 150,000 jobs "
     "in October, fewer than economists had expected.",
     [("New Labor Department figures", "show",
       "the economy added 150,000 jobs in October, fewer than economists had expected", None)]),
    # 47 posted on Facebook
    ("In a post on Facebook, the party's former leader said he had been forced out by "
     "“a small group of plotters”.",
     [("the party's former leader", "said",
       "he had been forced out by “a small group of plotters”", "Facebook")]),
    # 48 told reporters: indirect, then quote with no cue
    ("The general told reporters the offensive would continue until the city was retaken. "
     "“There will be no pause,” he said. “None.”",
     [("The general", "told", "the offensive would continue until the city was retaken", None),
      ("he", "said", "There will be no pause", None),
      ("he", None, "None", None)]),
    # 49 announced, added
    ("The company announced on Tuesday that it would cut 12,000 jobs worldwide. The cuts will "
     "fall mostly in Europe, it said.",
     [("The company", "announced", "it would cut 12,000 jobs worldwide", None),
      ("it@2", "said", "The cuts will fall mostly in Europe", None)]),
    # 50 according to polls
    ("According to recent polls, the far-right candidate is running neck and neck with the "
     "incumbent.",
     [("recent polls", "According to",
       "the far-right candidate is running neck and neck with the incumbent", None)]),
    # 51 diplomats say, rejected
    ("Western diplomats say Iran has expanded enrichment at a second underground site. Tehran "
     "has rejected the accusation and insists its programme is peaceful.",
     [("Western diplomats", "say", "Iran has expanded enrichment at a second underground site",
       None),
      ("Tehran", "rejected", "the accusation", None),
      ("Tehran", "insists", "its programme is peaceful", None)]),
    # 52 the memo said
    ("A Justice Department memo obtained by the newspaper says investigators found no "
     "evidence that the ballots had been tampered with.",
     [("A Justice Department memo", "says",
       "investigators found no evidence that the ballots had been tampered with", None),
      ("investigators", "found", "no evidence that the ballots had been tampered with", None)]),
    # 53 testified
    ("The former national security adviser testified that he had raised concerns about the "
     "call with the White House lawyer.",
     [("The former national security adviser", "testified",
       "he had raised concerns about the call with the White House lawyer", None)]),
    # 54 reportedly, 'it is understood' style
    ("The minister is said to be furious about the leak, according to a person who has "
     "spoken to him.",
     [("a person", "according to",
       "The minister is said to be furious about the leak", None)]),
    # 55 urged (request), called for
    ("The UN secretary-general urged both sides to return to the negotiating table and "
     "said a military solution was impossible.",
     [("The UN secretary-general", "urged",
       "both sides to return to the negotiating table", None),
      ("The UN secretary-general", "said", "a military solution was impossible", None)]),
    # 56 interview quote multi-sentence, source before with colon
    ("Asked whether he would run for governor, the lieutenant governor was coy: “I love the "
     "job I have. We'll see what happens next year.”",
     [("the lieutenant governor", None,
       "I love the job I have. We'll see what happens next year", None)]),
    # 57 feared / expected
    ("Aid groups feared that the ceasefire would collapse within days, and by Friday fighting "
     "had resumed in the north.",
     [("Aid groups", "feared", "the ceasefire would collapse within days", None)]),
    # 58 the court ruled
    ("The Supreme Court ruled that the state's congressional map discriminated against Black "
     "voters and ordered lawmakers to draw a new one.",
     [("The Supreme Court", "ruled",
       "the state's congressional map discriminated against Black voters", None)]),
    # 59 'X says' headline-like in body with pronoun speakers
    ("Farmers in the region are angry. They say the new water rules will drive many of them "
     "out of business, and they blame the governor.",
     [("They", "say", "the new water rules will drive many of them out of business", None)]),
    # 60 reported by outlet citing sources
    ("The Pentagon is preparing to send 3,000 more troops to the region, CNN reported, citing "
     "two defence officials.",
     [("two defence officials", "reported",
       "The Pentagon is preparing to send 3,000 more troops to the region", "CNN")]),
    # 61 denied + said content quote
    ("The senator has denied any wrongdoing. “I have always followed the rules, and I will be "
     "cleared,” she said in a statement.",
     [("The senator", "denied", "any wrongdoing", None),
      ("she", "said", "I have always followed the rules, and I will be cleared", None)]),
    # 62 signalled / indicated
    ("The Federal Reserve signalled that it would keep interest rates on hold for the rest of "
     "the year. Markets had expected at least one more cut.",
     [("The Federal Reserve", "signalled",
       "it would keep interest rates on hold for the rest of the year", None)]),
    # 63 no attributions (look-alikes)
    ("The report on the flooding will be published next week. The minister's speech lasted "
     "forty minutes and was interrupted twice by applause.",
     []),
    # 64 it is believed / widely reported — passive
    ("The two leaders are expected to meet in Geneva next month, the Kremlin said. A "
     "spokesman said no agenda had been set.",
     [("the Kremlin", "said", "The two leaders are expected to meet in Geneva next month", None),
      ("A spokesman", "said@2", "no agenda had been set", None)]),
    # 65 explained, noted
    ("The governor explained that the emergency order would lapse at midnight. She noted "
     "that hospital admissions had fallen for three straight weeks.",
     [("The governor", "explained", "the emergency order would lapse at midnight", None),
      ("She", "noted", "hospital admissions had fallen for three straight weeks", None)]),
]


if __name__ == "__main__":
    records = build(BLIND_7, "at7", "2026-12-03")
    write_jsonl(records, OUT, ensure_ascii=False)  # locate() has checked every span
    n_attr = sum(len(r["attributions"]) for r in records)  # type: ignore[arg-type, misc]
    print(f"{len(records)} passages, {n_attr} attributions -> {OUT}")
