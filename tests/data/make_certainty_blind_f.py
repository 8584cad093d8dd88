"""Build tests/data/certainty_blind_f.jsonl: a third BLIND certainty /
polarity set (issue #12, branch ``certainty2``), written to decide between
the factuality rules and the learned model on text neither was built on.

Short passages written for eventwire (MIT) on 2026-12-03, in the record
format of ``certainty_blind_e.jsonl`` (``eventwire eval factuality
--data``), in registers the earlier sets use little (sport, health, city
and transport news, courts, energy). Every label was written here, and this
file committed, **before** any eventwire system was run on it. It is run
once before the branch's change and once after, never used to debug or tune.

Labels follow MEANTIME's scale with the conventions of
``make_factuality_blind.py`` (MEANTIME's own practice where its guidelines
leave a case open): will / would / going to and "plans to" CERTAIN FUTURE;
intend / aim / expect / likely / probably / believe / apparently PROBABLE;
epistemic should / must have PROBABLE, deontic must CERTAIN;
may / might / could / can POSSIBLE, past "could not" / "would not" NEG
CERTAIN; the antecedent of a conditional UNDERSPECIFIED (polarity as
written), its main clause CERTAIN; yes/no and whether questions
UNDERSPECIFIED / UNDERSPECIFIED, the event of a wh-question CERTAIN;
generic and habitual statements CERTAIN; negation and negative implicatives
NEG CERTAIN; "not expected to" / "unlikely to" / "doubt that" NEG PROBABLE;
a committed speaker's content CERTAIN, "is said to" / "reports suggest" /
"allegedly" / "possibly" POSSIBLE, "declined to confirm" UNDERSPECIFIED /
UNDERSPECIFIED; want to UNDERSPECIFIED; purpose infinitives and demands
CERTAIN FUTURE.

Each item is (class, text, [(trigger, polarity, certainty, time), ...]);
triggers are located in order, as whole words.

Changelog (labels are never changed after a run; an error found later is
recorded here with the original label kept):
- 2026-12-03: written and committed before any run (93 events, 70 passages).
- 2026-12-03: run as allowed: before the branch's change (0f98a84: rules,
  learned, and each stage-2 variant of ``tools/certainty_variants.py`` once)
  and after it (b9f0027: rules and learned); figures in docs/BENCHMARKS.md,
  "certainty2". Errors never read; no label changed. Labels to note, kept as
  written: "hopes to open" UNDERSPECIFIED (like "wants to"; the rules read
  "hope" as POSSIBLE); "reportedly" is absent (the conventions put it under
  PROBABLE).

    python tests/data/make_certainty_blind_f.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from make_certainty_blind_e import build as build_records
from spans import write_jsonl

OUT = Path(__file__).with_name("certainty_blind_f.jsonl")
DCT = "2025-10-20"

P, N, U = "POS", "NEG", "UNDERSPECIFIED"
C, PR, PO = "CERTAIN", "PROBABLE", "POSSIBLE"
F, NF = "FUTURE", "NON_FUTURE"

FUT, PLAN, PROB, MODAL, COND, QUEST, GEN, NEG, REP, WISH, HEDGE, NOUN, NEGMOD, DEM = (
    "future", "plan", "probable", "modal", "conditional", "question", "generic",
    "negation", "reported", "wish", "hedge", "nominal", "negated_modal", "demand")

DOCS: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    (FUT, "The ministry will publish the new rules next month.", [("publish", P, C, F)]),
    (FUT, "The airline is going to retire its oldest jets by 2027.", [("retire", P, C, F)]),
    (FUT, "Officials said the bridge would reopen on Monday.",
     [("said", P, C, NF), ("reopen", P, C, F)]),
    (FUT, "The club will not renew the coach's contract.", [("renew", N, C, F)]),
    (PLAN, "The city plans to build two new schools in the northern district.",
     [("build", P, C, F)]),
    (PLAN, "The company intends to list its shares in London next year.",
     [("list", P, PR, F)]),
    (PLAN, "The coalition aims to cut emissions by half before 2035.", [("cut", P, PR, F)]),
    (PLAN, "The retailer is planning to close 40 stores.", [("close", P, C, F)]),
    (PROB, "Economists expect inflation to ease in the spring.",
     [("expect", P, C, NF), ("ease", P, PR, F)]),
    (PROB, "The minister is expected to resign before the end of the week.",
     [("resign", P, PR, F)]),
    (PROB, "The storm will likely reach the coast on Saturday.", [("reach", P, PR, F)]),
    (PROB, "Police believe the fire was started deliberately.",
     [("believe", P, C, NF), ("started", P, PR, NF)]),
    (PROB, "The deal probably collapsed over the price.", [("collapsed", P, PR, NF)]),
    (PROB, "Analysts predict the euro will weaken against the dollar.",
     [("weaken", P, PR, F)]),
    (MODAL, "Heavy rain may delay the harvest this year.", [("delay", P, PO, F)]),
    (MODAL, "The striker might miss Sunday's match with a knee injury.",
     [("miss", P, PO, F)]),
    (MODAL, "The merger could create the largest bank in the region.",
     [("create", P, PO, F)]),
    (MODAL, "Shares could fall further if the results disappoint.",
     [("fall", P, PO, F), ("disappoint", P, U, F)]),
    (MODAL, "The talks may not resume this year.", [("resume", N, PO, F)]),
    (MODAL, "The parcel should arrive by Friday, the courier said.",
     [("arrive", P, PR, F), ("said", P, C, NF)]),
    (MODAL, "The rebels must have crossed the border overnight.", [("crossed", P, PR, NF)]),
    (MODAL, "Under the new law, employers must offer two weeks of paid leave.",
     [("offer", P, C, F)]),
    (MODAL, "Voters can register online until Friday.", [("register", P, PO, F)]),
    (MODAL, "Rescuers could not reach the village because of the flooding.",
     [("reach", N, C, NF)]),
    (MODAL, "The club would not comment on the transfer.", [("comment", N, C, NF)]),
    (COND, "If the union rejects the offer, the strike will continue.",
     [("rejects", P, U, F), ("continue", P, C, F)]),
    (COND, "Unless lawmakers act, the programme will expire in June.",
     [("act", P, U, F), ("expire", P, C, F)]),
    (COND, "The bank would raise rates again if prices kept climbing.",
     [("raise", P, C, F)]),
    (COND, "Should the talks fail, the army would resume its offensive.",
     [("fail", P, U, F), ("resume", P, C, F)]),
    (QUEST, "Will the central bank raise rates again?", [("raise", U, U, F)]),
    (QUEST, "Investors are asking whether the company can repay its debt.",
     [("asking", P, C, NF), ("repay", U, U, F)]),
    (QUEST, "Did the minister approve the payments?", [("approve", U, U, NF)]),
    (QUEST, "Who ordered the evacuation of the hospital?", [("ordered", P, C, NF)]),
    (GEN, "Hospitals in the region treat thousands of flu patients each winter.",
     [("treat", P, C, NF)]),
    (GEN, "Ferries cross the strait every hour.", [("cross", P, C, NF)]),
    (GEN, "Farmers in the valley burn the stubble after every harvest.",
     [("burn", P, C, NF)]),
    (NEG, "The court did not rule on the appeal.", [("rule", N, C, NF)]),
    (NEG, "The company never paid the fine.", [("paid", N, C, NF)]),
    (NEG, "The minister refused to comment on the report.",
     [("refused", P, C, NF), ("comment", N, C, NF)]),
    (NEG, "The army failed to retake the town.", [("retake", N, C, NF)]),
    (NEG, "Nobody was injured in the blast.", [("injured", N, C, NF), ("blast", P, C, NF)]),
    (NEG, "The bank has yet to announce a successor.", [("announce", N, C, NF)]),
    (REP, "The spokesman said the army had withdrawn from the village.",
     [("said", P, C, NF), ("withdrawn", P, C, NF)]),
    (REP, "The company denied that it had misled investors.",
     [("denied", P, C, NF), ("misled", N, C, NF)]),
    (REP, "The senator is said to have accepted the bribe.", [("accepted", P, PO, NF)]),
    (REP, "According to the police, the suspect fled in a stolen car.",
     [("fled", P, C, NF)]),
    (REP, "The ministry declined to confirm that the ambassador had been recalled.",
     [("declined", P, C, NF), ("recalled", U, U, NF)]),
    (REP, "The chief executive claimed the plant would double its output by 2026.",
     [("claimed", P, C, NF), ("double", P, C, F)]),
    (REP, "Reports suggest the president has fallen ill.", [("fallen", P, PO, NF)]),
    (WISH, "The mayor wants to ban cars from the old town.", [("ban", P, U, F)]),
    (HEDGE, "The attack was possibly carried out by a splinter group.",
     [("carried", P, PO, NF)]),
    (HEDGE, "The ferry apparently sank within minutes.", [("sank", P, PR, NF)]),
    (HEDGE, "The singer allegedly assaulted a photographer outside the club.",
     [("assaulted", P, PO, NF)]),
    (NOUN, "Talk of a strike unsettled commuters on Monday.",
     [("strike", P, PO, F), ("unsettled", P, C, NF)]),
    (NOUN, "The expected merger of the two airlines has been postponed.",
     [("merger", P, PR, F)]),
    (NEGMOD, "The minister is not expected to attend the summit.", [("attend", N, PR, F)]),
    (NEGMOD, "The president is unlikely to sign the bill.", [("sign", N, PR, F)]),
    (NEGMOD, "Analysts doubt that the deal will close this year.",
     [("doubt", P, C, NF), ("close", N, PR, F)]),
    (DEM, "Protesters urged the government to lower fuel prices.",
     [("urged", P, C, NF), ("lower", P, C, F)]),
    (DEM, "The council hired extra staff to clear the backlog.",
     [("hired", P, C, NF), ("clear", P, C, F)]),
    (FUT, "The new stadium will host the final in May, organisers announced.",
     [("host", P, C, F), ("announced", P, C, NF)]),
    (PROB, "The regulator is likely to approve the takeover.", [("approve", P, PR, F)]),
    (MODAL, "Prices might rise again next quarter, the bank warned.",
     [("rise", P, PO, F), ("warned", P, C, NF)]),
    (COND, "If the ceasefire holds, aid convoys will enter the city on Tuesday.",
     [("holds", P, U, F), ("enter", P, C, F)]),
    (QUEST, "Can the government balance the budget without raising taxes?",
     [("balance", U, U, F)]),
    (PLAN, "The hospital hopes to open a new cancer ward next year.",
     [("open", P, U, F)]),
    (REP, "Witnesses said soldiers fired into the crowd.",
     [("said", P, C, NF), ("fired", P, C, NF)]),
    (PROB, "The outbreak was probably caused by contaminated water.",
     [("caused", P, PR, NF)]),
    (MODAL, "The court could rule as early as next week.", [("rule", P, PO, F)]),
    (NEG, "The train did not stop at the station.", [("stop", N, C, NF)]),
]


def build() -> list[dict[str, object]]:
    """One record per passage, the events located in order (set e's builder)."""
    return build_records(DOCS, "cf", DCT)


if __name__ == "__main__":
    records = build()
    write_jsonl(records, OUT)
    print(f"{len(records)} documents, {sum(len(r['events']) for r in records)} events -> {OUT}")
