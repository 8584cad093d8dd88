"""Build tests/data/certainty_blind_e.jsonl: a second BLIND certainty /
polarity set, aimed at the rare classes (PROBABLE, POSSIBLE,
UNDERSPECIFIED) that fail on unseen MEANTIME topics (issue #12, branch
``certainty``).

Sentences written for eventwire (MIT) on 2026-12-02, in the record format of
``factuality_dev.jsonl`` (``eventwire eval factuality --data``), in the
register of the unseen MEANTIME topics' kind of news (car makers, markets,
companies) and of conflict / political agency copy. Every label was written
here, and this file committed, **before** any eventwire system was run on
the sentences. It is run once before the branch's changes and once after,
and is never used to debug or tune.

Labels follow MEANTIME's scale and the conventions listed in
``make_factuality_blind.py`` (MEANTIME's own practice where the guidelines
leave a case open): "will"/"would" (committed future), "plans to", demands
and purpose infinitives are CERTAIN; titles are labelled like body sentences
(MEANTIME's titles are mostly CERTAIN). Added here, for the classes this set
aims at:

- a modal adjective before an event noun sets its certainty: "a possible
  merger", "a potential sale", "the rumoured takeover" POSSIBLE; "the expected
  / anticipated / predicted / projected / likely rise" PROBABLE; "a planned /
  scheduled / promised closure" CERTAIN (like "plans to");
- an event noun that is the content of a hedge noun: "talk of a merger",
  "speculation about job cuts", "fears of a recession", "the risk of a
  strike", "hopes of a rebound", "the prospect of a deal" POSSIBLE;
  "expectations of a cut", "forecasts of growth" PROBABLE;
- raising verbs of prediction: "is forecast / predicted / projected /
  estimated / expected / poised / likely to" PROBABLE; "is thought / believed
  / understood to" PROBABLE;
- ability / permission modals, "can"/"could" and "be able to" with no
  negation: POSSIBLE;
- wishes: "want / wish / would like / is eager / is keen to": UNDERSPECIFIED;
- a generic condition ("when held", "whenever it rains", "every time prices
  rise"): UNDERSPECIFIED; a plain generic or habitual statement: CERTAIN
  (MEANTIME practice);
- questions and the antecedent of a conditional: UNDERSPECIFIED (questions
  also polarity UNDERSPECIFIED; if-clauses keep their polarity);
- negated modals: "may not" NEG POSSIBLE, "is not expected to" NEG PROBABLE,
  "unlikely to" NEG PROBABLE.

Some items also carry eventwire's ``modality`` (the fifth element) for the
scope class of issue #12: a threat, denial or demand scopes over its own
complement, not over an event in an adverbial, relative or participial
clause beside it ("warned of war after the army shelled the camp": the
shelling is asserted).

Each item is (class, text, [(trigger, polarity, certainty, time[, modality]),
...]); triggers are located in order, as whole words.

Changelog (labels are never changed after a run; an error found later is
recorded here with the original label kept):
- 2026-12-02: written and committed before any run (f29650b).
- 2026-12-02: run twice, as allowed (rules and learned each): before the
  branch's changes (f29650b) and after them (b3085e3 rules; learned
  retrained in fdcc9f8, weights later reverted to main's in ea47063);
  figures in docs/BENCHMARKS.md, "Issue 12 —
  certainty". No label changed. Known disagreement with MEANTIME practice,
  kept as written: "will be able to order" is POSSIBLE here, while MEANTIME
  dev marks ability adjectives CERTAIN.

    python tests/data/make_certainty_blind_e.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_factuality_blind import locate_words
from spans import write_jsonl

OUT = Path(__file__).with_name("certainty_blind_e.jsonl")
DCT = "2025-09-16"

P, N, U = "POS", "NEG", "UNDERSPECIFIED"
C, PR, PO = "CERTAIN", "PROBABLE", "POSSIBLE"
F, NF = "FUTURE", "NON_FUTURE"

PROB, POSS, UNDER, NEG, CERT, NOUN, SCOPE, TITLE = (
    "probable", "possible", "underspecified", "negation", "certain", "nominal", "scope", "title")

DOCS: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    # ---- PROBABLE: prediction verbs, raising, hedges -------------------------
    (PROB, "The carmaker is expected to report a quarterly loss on Thursday.",
     [("report", P, PR, F)]),
    (PROB, "Retail sales are forecast to rise by 2 percent in the fourth quarter.",
     [("rise", P, PR, F)]),
    (PROB, "Analysts predict that the central bank will cut rates in December.",
     [("predict", P, C, NF), ("cut", P, PR, F)]),
    (PROB, "The plant is thought to employ about 3,000 workers.",
     [("employ", P, PR, NF)]),
    (PROB, "Oil prices will probably stay above 80 dollars a barrel this winter.",
     [("stay", P, PR, F)]),
    (PROB, "The merger is likely to face scrutiny from regulators in Brussels.",
     [("face", P, PR, F)]),
    (PROB, "Investors anticipate that the company will sell its truck division.",
     [("sell", P, PR, F)]),
    (PROB, "The union expects the strike to last at least two weeks.",
     [("strike", P, C, NF), ("last", P, PR, F)]),
    (PROB, "The shares are projected to open lower after the profit warning.",
     [("open", P, PR, F), ("warning", P, C, NF)]),
    (PROB, "Economists estimate that the storm cost insurers four billion dollars.",
     [("storm", P, C, NF), ("cost", P, PR, NF)]),
    (PROB, "The fire was apparently started by a faulty cable in the paint shop.",
     [("started", P, PR, NF)]),
    (PROB, "The automaker reportedly held talks with two Chinese battery suppliers.",
     [("talks", P, PR, NF)]),
    (PROB, "Police believe the suspects fled across the border on Sunday.",
     [("fled", P, PR, NF)]),
    (PROB, "Dealers suspect that the recall will hurt sales of the new model.",
     [("recall", P, C, None), ("hurt", P, PR, F)]),
    (PROB, "The index is poised to post its biggest weekly gain since March.",
     [("post", P, PR, F)]),
    (PROB, "Most traders think the dollar will weaken against the yen.",
     [("weaken", P, PR, F)]),
    (PROB, "The board is widely believed to favour an outside candidate.",
     [("favour", P, PR, NF)]),
    (PROB, "The delivery should reach the port by Friday, the shipping line said.",
     [("reach", P, PR, F), ("said", P, C, NF)]),
    # ---- POSSIBLE: modals, ability, hedges, attempts -------------------------
    (POSS, "The recall may affect more than 400,000 vehicles in North America.",
     [("recall", P, C, NF), ("affect", P, PO, F)]),
    (POSS, "Higher tariffs could push the price of a family car up by 3,000 euros.",
     [("push", P, PO, F)]),
    (POSS, "The stock might rebound once the chip shortage eases.",
     [("rebound", P, PO, F), ("eases", P, C, F)]),
    (POSS, "The new battery can charge to 80 percent in under twenty minutes.",
     [("charge", P, PO, U)]),
    (POSS, "Customers will be able to order the electric van from next spring.",
     [("order", P, PO, F)]),
    (POSS, "The militia possibly used a drone to drop the explosives.",
     [("used", P, PO, NF)]),
    (POSS, "Perhaps the two sides will meet again after the holidays.",
     [("meet", P, PO, F)]),
    (POSS, "The former director allegedly transferred the funds to an offshore account.",
     [("transferred", P, PO, NF)]),
    (POSS, "The company is said to be weighing a sale of its Brazilian unit.",
     [("weighing", P, PO, NF), ("sale", P, PO, F)]),
    (POSS, "The airline tried to renegotiate its leases with the aircraft owners.",
     [("renegotiate", P, PO, NF)]),
    (POSS, "It is possible that the virus spread through the ventilation system.",
     [("spread", P, PO, NF)]),
    (POSS, "Regulators are considering a ban on short selling of bank shares.",
     [("considering", P, C, NF), ("ban", P, PO, F)]),
    (POSS, "Residents fear the river could flood the lower town again.",
     [("fear", P, C, NF), ("flood", P, PO, F)]),
    (POSS, "The ceasefire might collapse within days, diplomats warned.",
     [("collapse", P, PO, F), ("warned", P, C, NF)]),
    (POSS, "The strike could spread to other plants, the union said.",
     [("strike", P, C, NF), ("spread", P, PO, F)]),
    (POSS, "The data suggest that consumer spending slowed in August.",
     [("slowed", P, PO, NF)]),
    # ---- nominal events under modal adjectives and hedge nouns --------------
    (NOUN, "Talk of a possible merger with the French rival lifted the shares.",
     [("merger", P, PO, F), ("lifted", P, C, NF)]),
    (NOUN, "The bank hired advisers for a potential sale of its asset management arm.",
     [("hired", P, C, NF), ("sale", P, PO, F)]),
    (NOUN, "The expected rise in interest rates weighed on car loans.",
     [("rise", P, PR, F), ("weighed", P, C, NF)]),
    (NOUN, "Speculation about job cuts at the Detroit plant grew on Monday.",
     [("cuts", P, PO, F), ("grew", P, C, NF)]),
    (NOUN, "Fears of a recession sent European markets lower.",
     [("recession", P, PO, F), ("sent", P, C, NF)]),
    (NOUN, "The risk of a strike at the port has worried exporters.",
     [("strike", P, PO, F), ("worried", P, C, NF)]),
    (NOUN, "The anticipated slowdown in China hit mining stocks.",
     [("slowdown", P, PR, F), ("hit", P, C, NF)]),
    (NOUN, "The rumoured takeover of the chipmaker drew a warning from the government.",
     [("takeover", P, PO, F), ("warning", P, C, NF)]),
    (NOUN, "Hopes of a quick recovery faded after the second quarter.",
     [("recovery", P, PO, F), ("faded", P, C, NF)]),
    (NOUN, "The prospect of new sanctions unsettled investors in Moscow.",
     [("sanctions", P, PO, F), ("unsettled", P, C, NF)]),
    (NOUN, "The planned closure of the Ohio factory will cost 1,200 jobs.",
     [("closure", P, C, F), ("cost", P, C, F)]),
    (NOUN, "Expectations of a rate cut lifted bond prices.",
     [("cut", P, PR, F), ("lifted", P, C, NF)]),
    # ---- UNDERSPECIFIED: wishes, conditions, questions, generic conditions ---
    (UNDER, "The chief executive wants to double sales in Asia by 2030.",
     [("double", P, U, F)]),
    (UNDER, "Shareholders would like to see a higher dividend next year.",
     [("see", P, U, F)]),
    (UNDER, "If the talks fail, the workers will walk out on Monday.",
     [("fail", P, U, F), ("walk", P, C, F)]),
    (UNDER, "Unless the government steps in, the steel mill will close.",
     [("steps", P, U, F), ("close", P, C, F)]),
    (UNDER, "The company will repay the loan early if profits recover.",
     [("repay", P, C, F), ("recover", P, U, F)]),
    (UNDER, "Will the central bank raise rates again this year?",
     [("raise", U, U, F)]),
    (UNDER, "Did the regulator know about the faulty brakes?",
     [("know", U, U, NF)]),
    (UNDER, "Investors asked whether the company would keep its dividend.",
     [("asked", P, C, NF), ("keep", U, U, F)]),
    (UNDER, "It is unclear whether the factory will reopen after the flood.",
     [("reopen", U, U, F), ("flood", P, C, NF)]),
    (UNDER, "The brakes can lock when applied on wet roads.",
     [("lock", P, PO, U), ("applied", P, U, None)]),
    (UNDER, "Prices of used cars tend to rise whenever new models are scarce.",
     [("rise", P, C, U)]),
    (UNDER, "The minister is eager to sign the trade deal before the summit.",
     [("sign", P, U, F), ("summit", P, C, F)]),
    (UNDER, "The spokesman declined to confirm whether the plant had been sold.",
     [("confirm", N, C, NF), ("sold", U, U, NF)]),
    (UNDER, "Should the merger go ahead, the new group will be the third largest.",
     [("go", P, U, F)]),
    (UNDER, "Employees wish to keep the four-day week after the restructuring.",
     [("keep", P, U, F), ("restructuring", P, C, None)]),
    (UNDER, "The launch was set to take place in May before the strike.",
     [("take", P, U, NF), ("strike", P, C, NF)]),
    # ---- negation with the rare classes --------------------------------------
    (NEG, "The automaker is not expected to change its forecast.",
     [("change", N, PR, F)]),
    (NEG, "The deal is unlikely to close before the end of the year.",
     [("close", N, PR, F)]),
    (NEG, "The new rules may not apply to small dealers.",
     [("apply", N, PO, F)]),
    (NEG, "Analysts do not think the bank will raise its offer.",
     [("raise", N, PR, F)]),
    (NEG, "The company failed to meet its delivery target for the third month.",
     [("meet", N, C, NF)]),
    (NEG, "No workers were injured in the blast at the refinery.",
     [("injured", N, C, NF), ("blast", P, C, NF)]),
    (NEG, "The airline has never paid a dividend.",
     [("paid", N, C, NF)]),
    (NEG, "The union refused to accept the pay offer.",
     [("accept", N, C, NF), ("offer", P, C, NF)]),
    (NEG, "The minister denied that the army had shelled the village.",
     [("denied", P, C, NF), ("shelled", N, C, NF)]),
    (NEG, "Traders left the floor without placing a single order.",
     [("placing", N, C, NF)]),
    # ---- CERTAIN: assertions, will, plans, reports, purpose ------------------
    (CERT, "The carmaker recalled 120,000 pickups over a steering fault.",
     [("recalled", P, C, NF)]),
    (CERT, "The company will build a battery plant in Tennessee, its chairman said.",
     [("build", P, C, F), ("said", P, C, NF)]),
    (CERT, "Ford plans to cut 3,800 jobs in Europe over three years.",
     [("cut", P, C, F)]),
    (CERT, "Stocks fell sharply in Tokyo after the election result.",
     [("fell", P, C, NF), ("election", P, C, NF)]),
    (CERT, "The regulator fined the bank 40 million dollars for misleading clients.",
     [("fined", P, C, NF), ("misleading", P, C, NF)]),
    (CERT, "The government said it would raise the minimum wage in January.",
     [("raise", P, C, F)]),
    (CERT, "The mayor urged residents to leave the coastal districts.",
     [("urged", P, C, NF), ("leave", P, C, F)]),
    (CERT, "The plant produces about 400,000 engines a year.",
     [("produces", P, C, None)]),
    (CERT, "The firm borrowed money to finance the expansion.",
     [("borrowed", P, C, NF), ("finance", P, C, F)]),
    (CERT, "The Dow Jones index closed 1.2 percent higher on Tuesday.",
     [("closed", P, C, NF)]),
    # ---- titles --------------------------------------------------------------
    (TITLE, "GM to close two plants in Ontario\nGeneral Motors will close two plants, "
     "the company announced on Monday.",
     [("close", P, C, F), ("close", P, C, F), ("announced", P, C, NF)]),
    (TITLE, "Markets slide as oil prices surge\nStock markets fell across Asia on Friday.",
     [("slide", P, C, NF), ("surge", P, C, NF), ("fell", P, C, NF)]),
    (TITLE, "Automaker may cut dividend, analysts say\nThe automaker could reduce its "
     "payout, analysts said.",
     [("cut", P, PO, F), ("reduce", P, PO, F)]),
    (TITLE, "Will the euro recover?\nThe currency has lost ten percent since May.",
     [("recover", U, U, F), ("lost", P, C, NF)]),
    # ---- scope of threats, denials and demands (modality labelled) ---------
    (SCOPE, "The minister warned of retaliation after rebels shelled the border town.",
     [("warned", P, C, NF, "asserted"), ("retaliation", P, PO, F, "threatened"),
      ("shelled", P, C, NF, "asserted")]),
    (SCOPE, "The hospital, which was bombed on Tuesday, remained closed, although the "
     "army denied targeting civilians.",
     [("bombed", P, C, NF, "asserted"), ("targeting", N, C, NF, "denied")]),
    (SCOPE, "Protesters demanded the release of the journalists who were arrested "
     "last week.",
     [("release", P, C, F, "demanded"), ("arrested", P, C, NF, "asserted")]),
    (SCOPE, "The militia threatened to attack the convoy that crossed the river on "
     "Sunday.",
     [("attack", P, PO, F, "threatened"), ("crossed", P, C, NF, "asserted")]),
    (SCOPE, "The government rejected claims that it had tortured detainees seized "
     "during the protests.",
     [("tortured", N, C, NF, "denied"), ("protests", P, C, NF, "asserted")]),
    (SCOPE, "Union leaders threatened a strike after the company cut wages.",
     [("strike", P, PO, F, "threatened"), ("cut", P, C, NF, "asserted")]),
]


def build(docs: list[tuple[str, str, list[tuple[Any, ...]]]] | None = None, prefix: str = "ce",
          dct: str = DCT) -> list[dict[str, object]]:
    """One record per passage, the events located in order (an item's fifth
    field, when present, is its modality). Sets f and h build with it too."""
    records = []
    for n, (cls, text, items) in enumerate(DOCS if docs is None else docs, 1):
        spans = locate_words(text, [item[0] for item in items])
        events = []
        for k, (span, item) in enumerate(zip(spans, items, strict=True), 1):
            modality = item[4] if len(item) > 4 else None
            events.append({"id": f"e{k}", **span, "polarity": item[1], "certainty": item[2],
                           "time": item[3], "modality": modality})
        records.append({"doc_id": f"{prefix}-{n:03d}", "dct": dct, "class": cls, "text": text,
                        "events": events})
    return records


if __name__ == "__main__":
    records = build()
    write_jsonl(records, OUT)
    print(f"{len(records)} documents, {sum(len(r['events']) for r in records)} events -> {OUT}")
