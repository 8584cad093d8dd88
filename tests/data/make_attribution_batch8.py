"""Build tests/data/attribution_batch8.jsonl: attribution batch 8 (issue #12, branch speakers6).

Written on 2026-12-03 by the speakers6 helper **before** the system ran on it
(a blind batch: run once on main's code as "before", once at the end as
"after", never debugged on). Invented passages (MIT, not copied from any
outlet) in the style of long US/UK political reporting: paraphrase without
quotation marks, "according to people familiar with", "X told reporters",
"in a statement", speakers introduced after the quote (with titles and
appositions), nested "X said Y had told him", pronoun speakers across
sentences, partial quotes inside paraphrase, headlines with a colon
("Chancellor: ..."), anonymous officials with relative clauses, another
outlet's report citing sources, documents and polls.

Conventions as batches 4-7 (docs/annotation.md, "Span convention"): the
speaker is the whole noun phrase (determiner, titles, of/for complements, a
short apposition) without relative clauses or participial asides; a pronoun
stays the pronoun; a nested source has no relay; the medium ("told the
BBC", "in an interview with", "wrote on X") is a relay; content is the whole
attributed proposition without the complementiser, quotation marks or final
punctuation; a headline "Source: content" has no cue; a quotation without a
cue takes the speaker of the sentence before (cue None).
A needle ``"text@2"`` is the second whole-word occurrence.

    python tests/data/make_attribution_batch8.py
"""

from __future__ import annotations

from pathlib import Path

from make_attribution_dev import build
from spans import write_jsonl

OUT = Path(__file__).with_name("attribution_batch8.jsonl")
Content = str | tuple[str, ...]
Attr = tuple[str, str | None, Content, str | None]

BLIND_8: list[tuple[str, list[Attr]]] = [
    # 1 long paraphrase, told + addressee
    ("The prime minister told MPs on Wednesday that the government would not reopen the "
     "withdrawal agreement, but that ministers were willing to discuss changes to the political "
     "declaration with the opposition.",
     [("The prime minister", "told",
       "the government would not reopen the withdrawal agreement, but that ministers were "
       "willing to discuss changes to the political declaration with the opposition", None)]),
    # 2 according to people familiar, closing
    ("The administration is weighing new tariffs on European cars, according to people "
     "familiar with the deliberations, a move that would escalate a trade dispute that has "
     "simmered for months.",
     [("people familiar with the deliberations", "according to",
       "The administration is weighing new tariffs on European cars", None)]),
    # 3 speaking to reporters, partial quote in paraphrase
    ("Speaking to reporters aboard Air Force One, the president said he had “no intention” of "
     "firing the special counsel.",
     [("the president", "said", "he had “no intention” of firing the special counsel", None)]),
    # 4 in a statement, partial quote
    ("In a statement released on Thursday evening, the Department of Justice said it had opened "
     "an inquiry into the leak and would “pursue every avenue” to identify those responsible.",
     [("the Department of Justice", "said",
       "it had opened an inquiry into the leak and would “pursue every avenue” to identify "
       "those responsible", None)]),
    # 5 speaker after the quote with an apposition
    ("“We are not going to be lectured by people who crashed the economy,” said Rachel Hughes, "
     "the shadow chancellor, in a speech to party members in Manchester.",
     [("Rachel Hughes, the shadow chancellor", "said",
       "We are not going to be lectured by people who crashed the economy", None)]),
    # 6 nested said / had told him
    ("Senator Dan Whitfield said the defence secretary had told him privately that the troops "
     "would be home by Christmas.",
     [("Senator Dan Whitfield", "said",
       "the defence secretary had told him privately that the troops would be home by "
       "Christmas", None),
      ("the defence secretary", "told", "the troops would be home by Christmas", None)]),
    # 7 frame sentence, pronoun speakers across sentences
    ("Ms Okafor, who chairs the home affairs committee, was scathing about the department's "
     "record. She said the backlog of asylum claims had doubled in two years. She also accused "
     "ministers of hiding the true cost of the hotels programme.",
     [("She", "said", "the backlog of asylum claims had doubled in two years", None),
      ("She@2", "accused", "ministers of hiding the true cost of the hotels programme", None)]),
    # 8 headline with a colon, then a closing cue
    ("Chancellor: no new taxes on working people. The chancellor will use next week's budget to "
     "rule out rises in income tax, national insurance and VAT, the Treasury said on Sunday.",
     [("Chancellor", None, "no new taxes on working people", None),
      ("the Treasury", "said",
       "The chancellor will use next week's budget to rule out rises in income tax, national "
       "insurance and VAT", None)]),
    # 9 told supporters, partial quote, two that-clauses
    ("The former president told supporters at a rally in Iowa that the charges were “election "
     "interference” and that he would never drop out of the race.",
     [("The former president", "told",
       "the charges were “election interference” and that he would never drop out of the race",
       None)]),
    # 10 anonymous official with a relative clause
    ("A senior official, who spoke on condition of anonymity because he was not authorised to "
     "discuss the talks, said the two sides remained far apart on the question of sanctions "
     "relief.",
     [("A senior official", "said",
       "the two sides remained far apart on the question of sanctions relief", None)]),
    # 11 another outlet's report citing officials
    ("The Washington Post reported on Friday, citing three current and former officials, that "
     "the White House had blocked the release of the intelligence assessment for weeks.",
     [("three current and former officials", "reported",
       "the White House had blocked the release of the intelligence assessment for weeks",
       "The Washington Post")]),
    # 12 told a programme (relay), pronoun + added
    ("“The public deserves answers, and they deserve them now,” Ms Patel told the BBC's Today "
     "programme. She added that the inquiry should report before the summer recess.",
     [("Ms Patel", "told", "The public deserves answers, and they deserve them now",
       "the BBC's Today programme"),
      ("She", "added", "the inquiry should report before the summer recess", None)]),
    # 13 spokesman for X, said ... but warned
    ("A spokesman for the European Commission said Brussels was studying the proposals "
     "carefully but warned that any deal would have to respect the integrity of the single "
     "market.",
     [("A spokesman for the European Commission", "said",
       "Brussels was studying the proposals carefully", None),
      ("A spokesman for the European Commission", "warned",
       "any deal would have to respect the integrity of the single market", None)]),
    # 14 aides say, privately concede
    ("Aides to the governor say she is increasingly frustrated with the pace of the talks, and "
     "some Democrats in the state legislature privately concede that a deal may not come before "
     "the budget deadline.",
     [("Aides to the governor", "say",
       "she is increasingly frustrated with the pace of the talks", None),
      ("some Democrats in the state legislature", "concede",
       "a deal may not come before the budget deadline", None)]),
    # 15 told reporters after the quote, continuation quote
    ("“I think the prime minister has lost the confidence of the party,” the former minister "
     "told reporters outside Parliament. “It is only a matter of time.”",
     [("the former minister", "told",
       "I think the prime minister has lost the confidence of the party", None),
      ("the former minister", None, "It is only a matter of time", None)]),
    # 16 leaked document seen by an outlet
    ("A leaked Cabinet Office memo, seen by The Guardian, warns that the new border checks could "
     "cause queues of up to 7,000 lorries in Kent.",
     [("A leaked Cabinet Office memo", "warns",
       "the new border checks could cause queues of up to 7,000 lorries in Kent", None)]),
    # 17 poll with a nested belief
    ("A YouGov poll found that 58 per cent of voters believe the country was wrong to leave "
     "the EU.",
     [("A YouGov poll", "found",
       "58 per cent of voters believe the country was wrong to leave the EU", None),
      ("58 per cent of voters", "believe", "the country was wrong to leave the EU", None)]),
    # 18 denied ..., insisting
    ("Downing Street denied that the prime minister had been warned about the party in advance, "
     "insisting that he had been told it was a work event.",
     [("Downing Street", "denied",
       "the prime minister had been warned about the party in advance", None),
      ("Downing Street", "insisting", "he had been told it was a work event", None)]),
    # 19 inverted said, title + short apposition
    ("The bill would “gut” protections for renters, said Councilwoman Maria Delgado, a Bronx "
     "Democrat.",
     [("Councilwoman Maria Delgado, a Bronx Democrat", "said",
       "The bill would “gut” protections for renters", None)]),
    # 20 interview relay, later wrote on X
    ("In an interview with The New York Times, the Senate majority leader said he did not have "
     "the votes to pass the bill. Later, he wrote on X that negotiations would continue through "
     "the weekend.",
     [("the Senate majority leader", "said", "he did not have the votes to pass the bill",
       "The New York Times"),
      ("he@2", "wrote", "negotiations would continue through the weekend", "X")]),
]


if __name__ == "__main__":
    records = build(BLIND_8, "at8", "2026-12-03")
    write_jsonl(records, OUT, ensure_ascii=False)  # locate() has checked every span
    n_attr = sum(len(r["attributions"]) for r in records)  # type: ignore[arg-type, misc]
    print(f"{len(records)} passages, {n_attr} attributions -> {OUT}")
