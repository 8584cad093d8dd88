"""Build tests/data/certainty_blind_h.jsonl: a fourth BLIND certainty /
polarity set (issue #12, branch ``certainty3``), rich in the classes that
are rare in MEANTIME dev (PROBABLE, POSSIBLE, UNDERSPECIFIED certainty;
NEG and UNDERSPECIFIED polarity), written to check the minority-class
changes of the branch on text neither the rules nor their tests were built
on. (Named "h" so it is never confused with the record set rec_g.)

Short passages written for eventwire (MIT) on 2026-12-03 in agency style,
mostly in registers close to the unseen MEANTIME topics (markets, car
makers, technology, company news) plus politics, courts and weather. Every
label was written here, and this file committed, **before** any eventwire
system ran on it. It is run once before the branch's change and once after,
never used to debug or tune.

Labels follow MEANTIME's scale (NewsReader document-level guidelines:
certainty CERTAIN / PROBABLE / POSSIBLE / UNDERSPECIFIED, polarity POS /
NEG / UNDERSPECIFIED, time FUTURE / NON_FUTURE), and where the guidelines
leave a case open, MEANTIME dev's own practice, as already written down in
``make_certainty_blind_f.py``:
- will / would / going to / "plans to" / "is to": CERTAIN FUTURE (MEANTIME
  dev: "will" CERTAIN 34 of 36);
- expect / likely / probably / believed to / scheduled to / intend / aim /
  "reportedly": PROBABLE; epistemic "should" / "must have": PROBABLE;
- may / might / could / can / possibly / "is said to" / "suggest that" /
  "consider(ing)" / "attempt to": POSSIBLE (dev: "attempted to address",
  "are said to be", "can fly" POSSIBLE);
- the antecedent of a conditional (if / unless / "in case"): UNDERSPECIFIED
  certainty, polarity as written (dev: COND_IF_CLAUSE 6 of 6); the main
  clause of a conditional CERTAIN (dev: COND_MAIN_CLAUSE 7 of 7);
- yes/no questions and whether / if embedded questions ("did not say
  whether", "it is unclear if"): UNDERSPECIFIED / UNDERSPECIFIED (dev: 3 of
  3 whether events); the event of a wh-question CERTAIN;
- generic and habitual statements: CERTAIN (dev: GEN 62 of 64);
- want / hope / wish / "would like" is not used: want, hope UNDERSPECIFIED
  (dev: "want to know", "wants to bring" UNDERSPECIFIED); a past
  arrangement whose outcome is not told ("was due to", "was set to")
  UNDERSPECIFIED (dev);
- negation, negative implicatives (fail / refuse / decline to, "without"),
  denied content: NEG CERTAIN; "not expected to" / "unlikely to": NEG
  PROBABLE; "may not" / "might not": NEG POSSIBLE;
- veridical embedding verbs (know, realise, confirm, manage to, admit):
  content CERTAIN; a committed reporter's content ("said that") CERTAIN.

Each item is (class, text, [(trigger, polarity, certainty, time), ...]);
triggers are located in order, as whole words.

Changelog (labels are never changed after a run; an error found later is
recorded here with the original label kept):
- 2026-12-03: written and committed before any run (4e751fe).
- 2026-12-03: run as allowed, once before the branch's change (rules and
  learned, on main's code at the branch point) and once after it (a1262f4);
  figures in docs/BENCHMARKS.md, "certainty3". Per-event errors never read;
  no label changed.

    python tests/data/make_certainty_blind_h.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_certainty_blind_e import build as build_records
from spans import write_jsonl

OUT = Path(__file__).with_name("certainty_blind_h.jsonl")
DCT = "2026-11-30"

P, N, U = "POS", "NEG", "UNDERSPECIFIED"
C, PR, PO = "CERTAIN", "PROBABLE", "POSSIBLE"
F, NF = "FUTURE", "NON_FUTURE"

(FUT, PROB, MODAL, ADV, HEDGE, COND, QUEST, WHETHER, GEN, NEG, NEGMOD, WISH, VERID,
 ARR, REP) = ("future", "probable", "modal", "adverb", "hedge", "conditional", "question",
              "whether", "generic", "negation", "negated_modal", "wish", "veridicality",
              "arrangement", "reported")

DOCS: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    # future with will / going to / plans (committed)
    (FUT, "The carmaker will cut 2,000 jobs at its Detroit plant next year.",
     [("cut", P, C, F)]),
    (FUT, "Shares of the chipmaker are going to start trading in Frankfurt on Monday.",
     [("start", P, C, F), ("trading", P, C, F)]),
    (FUT, "The central bank plans to raise interest rates in March, the governor said.",
     [("raise", P, C, F), ("said", P, C, NF)]),
    (FUT, "The two automakers will not merge their European units, a spokesman said.",
     [("merge", N, C, F), ("said", P, C, NF)]),
    # probable: expect, likely, probably, believed, scheduled, intend
    (PROB, "Analysts expect the index to close higher on Friday.",
     [("expect", P, C, NF), ("close", P, PR, F)]),
    (PROB, "The merger is expected to be completed by the end of the quarter.",
     [("completed", P, PR, F)]),
    (PROB, "Oil prices will likely fall further as demand weakens.",
     [("fall", P, PR, F), ("weakens", P, C, NF)]),
    (PROB, "The recall is likely to cost the company about $300 million.",
     [("recall", P, C, NF), ("cost", P, PR, F)]),
    (PROB, "The fire was probably started by a faulty battery.",
     [("fire", P, C, NF), ("started", P, PR, NF)]),
    (PROB, "The stolen paintings are believed to have left the country by boat.",
     [("stolen", P, C, NF), ("left", P, PR, NF)]),
    (PROB, "Deliveries of the new sedan are scheduled to begin in April.",
     [("Deliveries", P, PR, F), ("begin", P, PR, F)]),
    (PROB, "The bank intends to sell its insurance arm to a rival.",
     [("sell", P, PR, F)]),
    (PROB, "Investors anticipate that the Fed will hold rates steady.",
     [("anticipate", P, C, NF), ("hold", P, PR, F)]),
    (PROB, "The opposition is set to win a majority in Sunday's vote, polls show.",
     [("win", P, PR, F), ("vote", P, C, F), ("show", P, C, NF)]),
    (PROB, "Traders predicted that the dollar would weaken against the yen.",
     [("predicted", P, C, NF), ("weaken", P, PR, F)]),
    (PROB, "The company reportedly paid $2 billion for the startup.",
     [("paid", P, PR, NF)]),
    (PROB, "The talks should conclude by Thursday, a diplomat said.",
     [("conclude", P, PR, F), ("said", P, C, NF)]),
    # possible: modal verbs
    (MODAL, "The strike may spread to other plants in the region.",
     [("strike", P, C, NF), ("spread", P, PO, F)]),
    (MODAL, "The ruling could force the retailer to close dozens of stores.",
     [("ruling", P, C, NF), ("force", P, PO, F), ("close", P, PO, F)]),
    (MODAL, "Heavy rain might delay the launch of the satellite.",
     [("rain", P, C, NF), ("delay", P, PO, F), ("launch", P, C, F)]),
    (MODAL, "Customers can return the phones to any store for a full refund.",
     [("return", P, PO, NF)]),
    (MODAL, "A weaker yen could lift exports, the minister said on Tuesday.",
     [("lift", P, PO, F), ("said", P, C, NF)]),
    (MODAL, "Regulators said the deal might harm competition in the search market.",
     [("said", P, C, NF), ("harm", P, PO, F), ("competition", P, C, NF)]),
    # possible: adverbs and adjectives
    (ADV, "The outage was possibly caused by a cyber attack.",
     [("outage", P, C, NF), ("caused", P, PO, NF), ("attack", P, PO, NF)]),
    (ADV, "Perhaps the board will reconsider the offer.",
     [("reconsider", P, PO, F), ("offer", P, C, NF)]),
    (ADV, "Prosecutors are examining a possible breach of sanctions by the shipper.",
     [("examining", P, C, NF), ("breach", P, PO, NF)]),
    (ADV, "Officials warned of a potential shortage of vaccines this winter.",
     [("warned", P, C, NF), ("shortage", P, PO, F)]),
    (ADV, "It is possible that the airline will file for bankruptcy.",
     [("file", P, PO, F), ("bankruptcy", P, PO, F)]),
    # hedge verbs and nouns
    (HEDGE, "The company is considering selling its truck division.",
     [("considering", P, C, NF), ("selling", P, PO, F)]),
    (HEDGE, "Early data suggest that the drug reduces the risk of stroke.",
     [("suggest", P, C, NF), ("reduces", P, PO, NF)]),
    (HEDGE, "The chief executive is said to be weighing a bid for the rival firm.",
     [("weighing", P, PO, NF), ("bid", P, PO, F)]),
    (HEDGE, "The police attempted to stop the convoy at the border.",
     [("attempted", P, C, NF), ("stop", P, PO, NF)]),
    (HEDGE, "There are fears that the crisis could spread to other banks.",
     [("fears", P, C, NF), ("crisis", P, C, NF), ("spread", P, PO, F)]),
    (HEDGE, "Rumours of a takeover sent the shares up 12 percent.",
     [("takeover", P, PO, F), ("sent", P, C, NF)]),
    # conditionals: antecedent UNDERSPECIFIED, main clause CERTAIN
    (COND, "If the union rejects the offer, workers will walk out on Monday.",
     [("rejects", P, U, F), ("offer", P, C, NF), ("walk", P, C, F)]),
    (COND, "The deal will collapse if regulators block the sale.",
     [("collapse", P, C, F), ("block", P, U, F), ("sale", P, C, F)]),
    (COND, "Unless the government steps in, the steelworks will close.",
     [("steps", P, U, F), ("close", P, C, F)]),
    (COND, "If prices do not fall, the airline would cancel more flights.",
     [("fall", N, U, F), ("cancel", P, C, F)]),
    (COND, "Should the talks fail, the company would sell the factory.",
     [("fail", P, U, F), ("sell", P, C, F)]),
    (COND, "Passengers will be compensated in case the flight is delayed.",
     [("compensated", P, C, F), ("delayed", P, U, F)]),
    # questions: yes/no UNDERSPECIFIED / UNDERSPECIFIED, wh-question event CERTAIN
    (QUEST, "Will the central bank cut rates again?",
     [("cut", U, U, F)]),
    (QUEST, "Did the driver see the warning signs?",
     [("see", U, U, NF)]),
    (QUEST, "Can the carmaker survive without a state loan?",
     [("survive", U, U, F)]),
    (QUEST, "Why did the shares fall so sharply on Tuesday?",
     [("fall", P, C, NF)]),
    (QUEST, "Is the housing market heading for a crash?",
     [("heading", U, U, NF), ("crash", U, U, F)]),
    # whether / if embedded questions: UNDERSPECIFIED / UNDERSPECIFIED
    (WHETHER, "The ministry did not say whether the plant would reopen.",
     [("say", N, C, NF), ("reopen", U, U, F)]),
    (WHETHER, "It is unclear whether the bank will repay the loan on time.",
     [("repay", U, U, F), ("loan", P, C, NF)]),
    (WHETHER, "Investors are asking if the chipmaker can meet its sales target.",
     [("asking", P, C, NF), ("meet", U, U, F)]),
    (WHETHER, "Police are investigating whether the fire was set deliberately.",
     [("investigating", P, C, NF), ("fire", P, C, NF), ("set", U, U, NF)]),
    (WHETHER, "The court will decide whether the merger can go ahead.",
     [("decide", P, C, F), ("go", U, U, F)]),
    (WHETHER, "Officials would not confirm whether any arrests had been made.",
     [("confirm", N, C, NF), ("arrests", U, U, NF)]),
    # generic / habitual: CERTAIN
    (GEN, "Car sales usually rise in the spring.",
     [("sales", P, C, NF), ("rise", P, C, NF)]),
    (GEN, "The exchange halts trading whenever the index drops more than 7 percent.",
     [("halts", P, C, NF), ("trading", P, C, NF), ("drops", P, U, NF)]),
    (GEN, "Investors often sell shares before a long holiday.",
     [("sell", P, C, NF)]),
    (GEN, "Floods hit the delta every monsoon season.",
     [("Floods", P, C, NF), ("hit", P, C, NF)]),
    # negation and negative implicatives
    (NEG, "The automaker did not recall the vehicles despite the complaints.",
     [("recall", N, C, NF), ("complaints", P, C, NF)]),
    (NEG, "The bank failed to meet its capital target.",
     [("failed", P, C, NF), ("meet", N, C, NF)]),
    (NEG, "The minister refused to comment on the resignation.",
     [("refused", P, C, NF), ("comment", N, C, NF), ("resignation", P, C, NF)]),
    (NEG, "No injuries were reported after the train derailed.",
     [("injuries", N, C, NF), ("reported", N, C, NF), ("derailed", P, C, NF)]),
    (NEG, "The company denied that it had misled investors.",
     [("denied", P, C, NF), ("misled", N, C, NF)]),
    (NEG, "The suspect left the country without paying the fine.",
     [("left", P, C, NF), ("paying", N, C, NF)]),
    (NEG, "Neither side has signed the agreement.",
     [("signed", N, C, NF), ("agreement", N, C, NF)]),
    (NEG, "The firm never disclosed the losses to its auditors.",
     [("disclosed", N, C, NF), ("losses", P, C, NF)]),
    (NEG, "The council no longer funds the night buses.",
     [("funds", N, C, NF)]),
    # negated modals and probability
    (NEGMOD, "The board is not expected to approve the dividend.",
     [("approve", N, PR, F)]),
    (NEGMOD, "A quick recovery is unlikely, economists warned.",
     [("recovery", N, PR, F), ("warned", P, C, NF)]),
    (NEGMOD, "The vaccine may not protect older patients.",
     [("protect", N, PO, NF)]),
    (NEGMOD, "The strike might not end before Christmas.",
     [("end", N, PO, F)]),
    (NEGMOD, "The airline could not pay its staff in October.",
     [("pay", N, C, NF)]),
    (NEGMOD, "The shares are unlikely to recover this year.",
     [("recover", N, PR, F)]),
    # wishes and hopes
    (WISH, "The mayor wants to ban diesel cars from the centre.",
     [("wants", P, C, NF), ("ban", P, U, F)]),
    (WISH, "The start-up hopes to raise $50 million from investors.",
     [("hopes", P, C, NF), ("raise", P, U, F)]),
    (WISH, "Fans wish to see the stadium rebuilt.",
     [("see", P, U, F), ("rebuilt", P, U, F)]),
    # past arrangement, outcome not told
    (ARR, "The jet was due to land in Madrid at noon.",
     [("land", P, U, NF)]),
    (ARR, "The minister was set to meet the striking doctors on Friday.",
     [("meet", P, U, NF)]),
    (ARR, "The ship was supposed to dock in Rotterdam last week.",
     [("dock", P, U, NF)]),
    # veridical embedding verbs
    (VERID, "The company confirmed that it had laid off 300 workers.",
     [("confirmed", P, C, NF), ("laid", P, C, NF)]),
    (VERID, "The driver managed to escape before the car caught fire.",
     [("managed", P, C, NF), ("escape", P, C, NF), ("caught", P, C, NF)]),
    (VERID, "Executives knew that the brakes were faulty.",
     [("knew", P, C, NF)]),
    (VERID, "The bank admitted that it had overcharged customers.",
     [("admitted", P, C, NF), ("overcharged", P, C, NF)]),
    (VERID, "Traders realised that the order had been entered twice.",
     [("realised", P, C, NF), ("entered", P, C, NF)]),
    # reported speech (committed source)
    (REP, "The police said the gunman had fled on foot.",
     [("said", P, C, NF), ("fled", P, C, NF)]),
    (REP, "Witnesses told reporters that the bridge collapsed without warning.",
     [("told", P, C, NF), ("collapsed", P, C, NF), ("warning", N, C, NF)]),
    (REP, "According to the company, profits rose 8 percent in the third quarter.",
     [("rose", P, C, NF)]),
    # mixed passages
    (PROB, "The regulator will probably fine the bank, but it may appeal the decision.",
     [("fine", P, PR, F), ("appeal", P, PO, F), ("decision", P, C, F)]),
    (COND, "If the merger goes ahead, the new group could become the largest carmaker "
           "in Europe.",
     [("merger", P, U, F), ("goes", P, U, F), ("become", P, PO, F)]),
    (WHETHER, "Analysts wonder whether the rally will last.",
     [("wonder", P, C, NF), ("rally", P, C, NF), ("last", U, U, F)]),
    (MODAL, "The storm could bring flooding to coastal towns, forecasters said.",
     [("storm", P, C, NF), ("bring", P, PO, F), ("flooding", P, PO, F),
      ("said", P, C, NF)]),
    (NEG, "The union has not ruled out further strikes.",
     [("ruled", N, C, NF), ("strikes", P, PO, F)]),
    (PROB, "The new model is expected to go on sale in June and will probably cost "
           "less than $30,000.",
     [("go", P, PR, F), ("sale", P, PR, F), ("cost", P, PR, F)]),
    (GEN, "Retailers typically discount winter clothing in January.",
     [("discount", P, C, NF)]),
    (QUEST, "Has the government lost control of the budget?",
     [("lost", U, U, NF), ("control", U, U, NF)]),
]


def build() -> list[dict[str, object]]:
    """One record per passage, the events located in order (set e's builder)."""
    return build_records(DOCS, "ch", DCT)


if __name__ == "__main__":
    records = build()
    write_jsonl(records, OUT)
    print(f"{len(records)} documents, {sum(len(r['events']) for r in records)} events -> {OUT}")
