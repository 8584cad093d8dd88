"""Build tests/data/factuality_blind.jsonl: a BLIND certainty/polarity set.

News sentences written for eventwire (MIT) on 2026-12-02 for issue #12, in
the record format of ``factuality_dev.jsonl`` (``eventwire eval factuality
--data``). Every label was written here, and this file committed, **before**
any eventwire system was run on the sentences. The file may be run at most
twice (once before the issue-#12 changes, once at the end) and is never used
to debug or tune; see docs/BENCHMARKS.md, "Factuality on unseen text".

Labels follow MEANTIME's scale (NewsReader document-level guidelines,
NWR-2014-2): certainty is the commitment of the event's source (the author,
or the speaker an event is attributed to) — CERTAIN / PROBABLE / POSSIBLE /
UNDERSPECIFIED; polarity POS / NEG / UNDERSPECIFIED; time FUTURE /
NON_FUTURE / UNDERSPECIFIED. Where the guidelines leave a case open, the
practice visible in MEANTIME's own annotation (``../shared/data/meantime``)
decides, as listed here:

- will / would / going to (a committed future, also in reported speech) and
  the main clause of a conditional: CERTAIN, FUTURE.
- may / might / could / can (possibility, ability): POSSIBLE; "can run" with
  no time: time UNDERSPECIFIED. Past "could not reach" / "would not comment"
  say the event did not happen: NEG, CERTAIN.
- epistemic must / should ("must have taken", "should arrive by Friday"):
  PROBABLE; deontic must / should, imperatives, orders and demands ("urged X
  to", "called on X to", "demanded that"): CERTAIN, FUTURE (MEANTIME: "called
  for a re-run", "should not purchase", "Stop me" are CERTAIN).
- likely / probably / apparently / reportedly / expect / believe / think /
  suspect / estimate / intend / aim, and scheduled plans ("is set to", "is
  scheduled to", "is due to"): PROBABLE; "unlikely", "probably not", "do not
  expect X to", "doubt that": NEG, PROBABLE.
- possibly / perhaps / allegedly / alleged / "is said to" / "is reported to"
  / "suggest" / "rumoured" / "fear that" / "a chance that" / "it is possible
  that" / "tried to" / purpose "so that … could/would": POSSIBLE.
- plan(s) to (verb), "is planning to": CERTAIN, FUTURE (MEANTIME's majority).
- want to: UNDERSPECIFIED (MEANTIME: "want to know").
- the antecedent of a conditional (if / unless / provided / should-inversion
  / "if elected"): UNDERSPECIFIED, polarity as written, time as meant.
- yes/no questions and indirect "whether" questions, and claims a source
  declines to confirm: UNDERSPECIFIED certainty and polarity; the event of a
  wh-question ("Who ordered the attack?") is presupposed: CERTAIN, POS.
- generic and habitual statements: CERTAIN, POS, NON_FUTURE.
- negation, negative implicatives and negative contexts ("failed to",
  "refused to", "declined to", "denied that", "dismissed reports that",
  "without", "never", "no", "nobody", "has yet to", "stopped short of",
  "prevented … from", "avoided"): NEG, CERTAIN.
- purpose infinitives ("to stop", "in order to support"): CERTAIN, FUTURE
  (MEANTIME: "fitted with winglets to boost" is CERTAIN).
- attribution: a speaker who says, claims, insists, admits, confirms or
  accuses is committed (CERTAIN); hedged attribution ("is said to", "is
  reported to", "reports suggest") is POSSIBLE; a source that does not commit
  ("declined to confirm", "would neither confirm nor deny", "did not say
  whether") leaves the event UNDERSPECIFIED / UNDERSPECIFIED.

``None`` leaves an attribute unscored (none used at the time of writing).
Modality (eventwire's own classes) is not labelled here.

Each item is (class, text, [(trigger, polarity, certainty, time), ...]);
triggers are located in order, as whole words.

Notes and changelog (labels are never changed after a run; an error found
later is recorded here with the original label kept):
- 2026-12-02: written and committed before any run.
- 2026-12-02: run twice, as allowed: before the issue-#12 context rules
  (commit a1225df's code) and after them (figures in docs/BENCHMARKS.md);
  no label changed, no error found to record.

    python tests/data/make_factuality_blind.py
"""

from __future__ import annotations

import re
from pathlib import Path

from spans import write_jsonl

OUT = Path(__file__).with_name("factuality_blind.jsonl")
DCT = "2025-06-10"
L = tuple[str, str | None, str | None, str | None]

P, N, U = "POS", "NEG", "UNDERSPECIFIED"
C, PR, PO = "CERTAIN", "PROBABLE", "POSSIBLE"
F, NF = "FUTURE", "NON_FUTURE"

MODAL, HEDGE, BELIEF, COND, QUEST = "modal", "hedge", "belief", "conditional", "question"
GEN, NEG, PLAN, DEMAND, PURPOSE = "generic", "negation", "plan", "demand", "purpose"
ATTR, PLAIN = "attribution", "plain"

DOCS: list[tuple[str, str, list[L]]] = [
    # modal verbs
    (MODAL, "The central bank may raise interest rates again in July.",
     [("raise", P, PO, F)]),
    (MODAL, "Shares of the carmaker might fall further when markets open on Monday.",
     [("fall", P, PO, F)]),
    (MODAL, "The strike could disrupt rail services across the country for a week.",
     [("strike", P, C, F), ("disrupt", P, PO, F)]),
    (MODAL, "Investigators said the fire could have started in the kitchen.",
     [("said", P, C, NF), ("started", P, PO, NF)]),
    (MODAL, "Negotiators may not reach an agreement before the deadline.",
     [("reach", N, PO, F)]),
    (MODAL, "The minister said the new law would take effect in January.",
     [("take", P, C, F)]),
    (MODAL, "The company must repay the debt by the end of the year, the court ruled.",
     [("repay", P, C, F), ("ruled", P, C, NF)]),
    (MODAL, "Voters should decide the matter in a referendum, the opposition leader said.",
     [("decide", P, C, F)]),
    (MODAL, "The missing hikers must have taken a wrong turn, rescuers said.",
     [("taken", P, PR, NF)]),
    (MODAL, "The shipment should arrive in the port by Friday, the company said.",
     [("arrive", P, PR, F)]),
    (MODAL, "Rescue teams could not reach the village because of the floods.",
     [("reach", N, C, NF), ("floods", P, C, NF)]),
    (MODAL, "The new engine can run for 400 hours without maintenance.",
     [("run", P, PO, U)]),
    (MODAL, "Officials warned that the dam might burst if the rain continues.",
     [("warned", P, C, NF), ("burst", P, PO, F), ("continues", P, U, F)]),
    (MODAL, "The ruling party may have lost its majority in the upper house.",
     [("lost", P, PO, NF)]),
    (MODAL, "Opponents fear the bill could restrict press freedom.",
     [("restrict", P, PO, F)]),
    (MODAL, "The airline would not comment on the report.",
     [("comment", N, C, NF)]),
    (MODAL, "The company could face fines of up to 10 million euros.",
     [("face", P, PO, F)]),
    (MODAL, "The police may have used excessive force, an inquiry concluded.",
     [("used", P, PO, NF), ("concluded", P, C, NF)]),
    # hedging adverbs and adjectives
    (HEDGE, "The election will likely be postponed until autumn.",
     [("postponed", P, PR, F)]),
    (HEDGE, "The rebels probably crossed the border overnight.",
     [("crossed", P, PR, NF)]),
    (HEDGE, "The blast was possibly caused by a gas leak.",
     [("caused", P, PO, NF)]),
    (HEDGE, "The general reportedly fled to a neighbouring country.",
     [("fled", P, PR, NF)]),
    (HEDGE, "The mayor allegedly accepted bribes from a building firm.",
     [("accepted", P, PO, NF)]),
    (HEDGE, "The gunmen apparently entered the building through a side door.",
     [("entered", P, PR, NF)]),
    (HEDGE, "It is likely that the talks will resume next week.",
     [("resume", P, PR, F)]),
    (HEDGE, "A deal between the two unions is unlikely before the holidays.",
     [("deal", N, PR, F)]),
    (HEDGE, "The president will perhaps address the nation tonight.",
     [("address", P, PO, F)]),
    (HEDGE, "Prices are expected to rise sharply this winter.",
     [("rise", P, PR, F)]),
    (HEDGE, "The suspect is thought to have left the city.",
     [("left", P, PR, NF)]),
    (HEDGE, "The death toll is likely to rise as rescuers search the rubble.",
     [("rise", P, PR, F), ("search", P, C, NF)]),
    (HEDGE, "The plane was probably not shot down, experts said.",
     [("shot", N, PR, NF)]),
    (HEDGE, "The ship is possibly carrying weapons, an official said.",
     [("carrying", P, PO, NF)]),
    (HEDGE, "Protesters reportedly set fire to two police cars.",
     [("set", P, PR, NF)]),
    (HEDGE, "A possible merger of the two banks was discussed on Tuesday.",
     [("merger", P, PO, F), ("discussed", P, C, NF)]),
    (HEDGE, "Prosecutors charged the driver over the alleged assault.",
     [("charged", P, C, NF), ("assault", P, PO, NF)]),
    (HEDGE, "The treaty is unlikely to be ratified this year.",
     [("ratified", N, PR, F)]),
    (HEDGE, "It is possible that the virus spread from the market.",
     [("spread", P, PO, NF)]),
    (HEDGE, "There is a chance that the launch will be delayed.",
     [("delayed", P, PO, F)]),
    (HEDGE, "The company apparently misled investors about its debts.",
     [("misled", P, PR, NF)]),
    (HEDGE, "Police reportedly detained dozens of students.",
     [("detained", P, PR, NF)]),
    (HEDGE, "The former minister allegedly ordered the raid.",
     [("ordered", P, PO, NF)]),
    # reporting verbs of belief
    (BELIEF, "Analysts expect the central bank to cut rates in September.",
     [("cut", P, PR, F)]),
    (BELIEF, "Police believe the attackers escaped by boat.",
     [("escaped", P, PR, NF)]),
    (BELIEF, "Residents fear that the river will flood the lower town.",
     [("flood", P, PO, F)]),
    (BELIEF, "Investigators suspect that the fire was started deliberately.",
     [("started", P, PR, NF)]),
    (BELIEF, "The company expects to hire 2,000 workers next year.",
     [("hire", P, PR, F)]),
    (BELIEF, "Officials believe more than 300 people died in the earthquake.",
     [("died", P, PR, NF)]),
    (BELIEF, "Economists do not expect inflation to fall this year.",
     [("fall", N, PR, F)]),
    (BELIEF, "The minister thinks the coalition will survive the vote.",
     [("survive", P, PR, F)]),
    (BELIEF, "Doctors suspect the patient was poisoned.",
     [("poisoned", P, PR, NF)]),
    (BELIEF, "Farmers fear a drought could destroy the harvest.",
     [("destroy", P, PO, F)]),
    (BELIEF, "The coach said he expected his team to win the final.",
     [("said", P, C, NF), ("win", P, PR, F)]),
    (BELIEF, "The agency estimated that the economy would grow by two percent.",
     [("grow", P, PR, F)]),
    (BELIEF, "Doctors doubt that the patient will recover.",
     [("recover", N, PR, F)]),
    (BELIEF, "Aid workers fear that cholera may spread in the camps.",
     [("spread", P, PO, F)]),
    (BELIEF, "Police suspect a local gang of carrying out the robbery.",
     [("carrying out", P, PR, NF)]),
    (BELIEF, "The fund expects growth to slow next year.",
     [("slow", P, PR, F)]),
    (BELIEF, "The dead are believed to include two children.",
     [("include", P, PR, NF)]),
    (BELIEF, "Investors are worried that the currency may collapse.",
     [("collapse", P, PO, F)]),
    # conditionals
    (COND, "If the union rejects the offer, workers will strike on Monday.",
     [("rejects", P, U, F), ("strike", P, C, F)]),
    (COND, "The company will close the plant unless sales improve.",
     [("close", P, C, F), ("improve", P, U, F)]),
    (COND, "The loan will be released provided the government cuts spending.",
     [("released", P, C, F), ("cuts", P, U, F)]),
    (COND, "If prices keep rising, the bank may intervene.",
     [("rising", P, U, F), ("intervene", P, PO, F)]),
    (COND, "If the opposition does not join the talks, the president will call early elections.",
     [("join", N, U, F), ("call", P, C, F)]),
    (COND, "Should the talks fail, the army would resume operations.",
     [("fail", P, U, F), ("resume", P, C, F)]),
    (COND, "The treaty takes effect only if all member states ratify it.",
     [("ratify", P, U, F)]),
    (COND, "Residents will be evacuated if the water level rises above five metres.",
     [("evacuated", P, C, F), ("rises", P, U, F)]),
    (COND, "Unless a buyer is found, the newspaper will stop printing in March.",
     [("found", P, U, F), ("stop", P, C, F)]),
    (COND, "Shares in the bank could rebound if the merger is approved.",
     [("rebound", P, PO, F), ("approved", P, U, F)]),
    (COND, "Fighting might resume if the talks collapse.",
     [("resume", P, PO, F), ("collapse", P, U, F)]),
    (COND, "Unless the banks lend more, growth will stall.",
     [("lend", P, U, F), ("stall", P, C, F)]),
    (COND, "If elected, she would raise the minimum wage.",
     [("elected", P, U, F), ("raise", P, C, F)]),
    # questions
    (QUEST, "Will the government survive the confidence vote?",
     [("survive", U, U, F)]),
    (QUEST, "Did the army use chemical weapons?",
     [("use", U, U, NF)]),
    (QUEST, "Can the new coalition pass a budget?",
     [("pass", U, U, F)]),
    (QUEST, "Who ordered the attack on the embassy?",
     [("ordered", P, C, NF), ("attack", P, C, NF)]),
    (QUEST, "Why did the bank raise its fees?",
     [("raise", P, C, NF)]),
    (QUEST, "Is the president planning to resign?",
     [("resign", U, U, F)]),
    (QUEST, "Journalists asked whether the minister had known about the payments.",
     [("asked", P, C, NF), ("known", U, U, NF)]),
    (QUEST, "It remains unclear whether the ship sank or was towed away.",
     [("sank", U, U, NF), ("towed", U, U, NF)]),
    (QUEST, "Are more job cuts coming?",
     [("coming", U, U, F)]),
    (QUEST, "Is the central bank ready to act?",
     [("act", U, U, F)]),
    # generic and habitual statements
    (GEN, "Floods hit the region almost every spring.",
     [("hit", P, C, NF)]),
    (GEN, "Central banks raise interest rates when inflation climbs.",
     [("raise", P, C, NF), ("climbs", P, C, NF)]),
    (GEN, "The ferry sails to the island twice a day.",
     [("sails", P, C, NF)]),
    (GEN, "Soldiers in the unit usually patrol the border at night.",
     [("patrol", P, C, NF)]),
    (GEN, "Landmines kill or injure thousands of people each year.",
     [("kill", P, C, NF), ("injure", P, C, NF)]),
    (GEN, "The parliament meets on the first Monday of each month.",
     [("meets", P, C, NF)]),
    (GEN, "Tourists rarely visit the northern provinces.",
     [("visit", P, C, NF)]),
    (GEN, "Voters in the capital usually back the ruling party.",
     [("back", P, C, NF)]),
    (GEN, "The pipeline carries gas from the Caspian to Turkey.",
     [("carries", P, C, NF)]),
    # negation and negative-polarity contexts
    (NEG, "The rebels failed to capture the airport.",
     [("capture", N, C, NF)]),
    (NEG, "The president refused to sign the bill.",
     [("refused", P, C, NF), ("sign", N, C, NF)]),
    (NEG, "The ministry denied that its jets had bombed the market.",
     [("denied", P, C, NF), ("bombed", N, C, NF)]),
    (NEG, "The protesters marched through the capital without clashing with police.",
     [("marched", P, C, NF), ("clashing", N, C, NF)]),
    (NEG, "No charges have been filed against the officers.",
     [("filed", N, C, NF)]),
    (NEG, "The company has never paid a dividend.",
     [("paid", N, C, NF)]),
    (NEG, "Neither side has claimed responsibility for the attack.",
     [("claimed", N, C, NF), ("attack", P, C, NF)]),
    (NEG, "The government has yet to announce a date for the vote.",
     [("announce", N, C, NF)]),
    (NEG, "The suspect was released without charge.",
     [("released", P, C, NF), ("charge", N, C, NF)]),
    (NEG, "Officials did not confirm the number of casualties.",
     [("confirm", N, C, NF)]),
    (NEG, "Nobody was killed in the collision.",
     [("killed", N, C, NF), ("collision", P, C, NF)]),
    (NEG, "The talks ended without an agreement.",
     [("ended", P, C, NF), ("agreement", N, C, NF)]),
    (NEG, "The army stopped short of declaring martial law.",
     [("declaring", N, C, NF)]),
    (NEG, "The minister dismissed reports that he planned to resign.",
     [("planned", N, C, NF)]),
    (NEG, "The envoy left Damascus without meeting the president.",
     [("left", P, C, NF), ("meeting", N, C, NF)]),
    (NEG, "The court declined to hear the appeal.",
     [("hear", N, C, NF)]),
    (NEG, "The firm avoided paying taxes for years.",
     [("paying", N, C, NF)]),
    (NEG, "The police prevented the march from reaching the square.",
     [("reaching", N, C, NF)]),
    (NEG, "The government denied reports that it had cut funding to schools.",
     [("cut", N, C, NF)]),
    (NEG, "He failed to win a seat in parliament.",
     [("win", N, C, NF)]),
    (NEG, "The firm refused to pay the fine.",
     [("pay", N, C, NF)]),
    # future plans and intentions
    (PLAN, "The government plans to privatise the national airline.",
     [("privatise", P, C, F)]),
    (PLAN, "The airline intends to cut 500 jobs.",
     [("cut", P, PR, F)]),
    (PLAN, "The alliance aims to deploy a new force by 2027.",
     [("deploy", P, PR, F)]),
    (PLAN, "The summit is set to open in Brussels on Thursday.",
     [("open", P, PR, F)]),
    (PLAN, "The new bridge is scheduled to open in May.",
     [("open", P, PR, F)]),
    (PLAN, "The president is due to visit Kenya next month.",
     [("visit", P, PR, F)]),
    (PLAN, "The company is planning to list its shares in New York.",
     [("list", P, C, F)]),
    (PLAN, "The bank will open ten new branches next year.",
     [("open", P, C, F)]),
    (PLAN, "Workers are going to strike next week.",
     [("strike", P, C, F)]),
    (PLAN, "Ministers want to reduce the deficit.",
     [("reduce", P, U, F)]),
    (PLAN, "The club tried to sign the striker in January.",
     [("sign", P, PO, NF)]),
    (PLAN, "The council plans to ban cars from the old town.",
     [("ban", P, C, F)]),
    (PLAN, "The minister is set to announce new sanctions.",
     [("announce", P, PR, F)]),
    (PLAN, "The vote is expected to take place in June.",
     [("take place", P, PR, F)]),
    (PLAN, "The strike will end on Friday, union leaders said.",
     [("end", P, C, F)]),
    # imperatives and demands
    (DEMAND, '"Leave the city now," the army told residents.',
     [("Leave", P, C, F), ("told", P, C, NF)]),
    (DEMAND, "The UN called on both sides to stop the fighting.",
     [("stop", P, C, F)]),
    (DEMAND, "Protesters demanded that the governor resign.",
     [("demanded", P, C, NF), ("resign", P, C, F)]),
    (DEMAND, "The court ordered the company to pay compensation to the families.",
     [("pay", P, C, F)]),
    (DEMAND, '"Do not approach the area," police warned.',
     [("approach", N, C, F)]),
    (DEMAND, "The minister asked banks to lower their fees.",
     [("lower", P, C, F)]),
    (DEMAND, "Unions urged members to reject the deal.",
     [("reject", P, C, F)]),
    (DEMAND, '"Stay indoors and close all windows," the fire service said.',
     [("Stay", P, C, F), ("close", P, C, F)]),
    (DEMAND, "Report the incident to the police immediately, the mayor told residents.",
     [("Report", P, C, F)]),
    # purpose clauses
    (PURPOSE, "Troops were sent to the border to stop smugglers.",
     [("sent", P, C, NF), ("stop", P, C, F)]),
    (PURPOSE, "The bank cut rates in order to support growth.",
     [("support", P, C, F)]),
    (PURPOSE, "The government froze fuel prices so that families could heat their homes.",
     [("froze", P, C, NF), ("heat", P, PO, F)]),
    (PURPOSE, "The company borrowed money to build a new factory.",
     [("build", P, C, F)]),
    (PURPOSE, "Engineers closed the bridge so that it would not collapse.",
     [("closed", P, C, NF), ("collapse", N, PO, F)]),
    (PURPOSE, "Police set up roadblocks to prevent further attacks.",
     [("prevent", P, C, F)]),
    # attribution with and without the speaker's commitment
    (ATTR, "The ministry said that troops had withdrawn from the town.",
     [("withdrawn", P, C, NF)]),
    (ATTR, "According to witnesses, the police fired tear gas.",
     [("fired", P, C, NF)]),
    (ATTR, "The opposition claimed that the election was rigged.",
     [("claimed", P, C, NF), ("rigged", P, C, NF)]),
    (ATTR, "Rights groups accused the army of torturing prisoners.",
     [("torturing", P, C, NF)]),
    (ATTR, "The spokesman declined to confirm that the minister had resigned.",
     [("confirm", N, C, NF), ("resigned", U, U, NF)]),
    (ATTR, "The company would neither confirm nor deny that it was in talks with a buyer.",
     [("talks", U, U, NF)]),
    (ATTR, "It is rumoured that the coach will be sacked.",
     [("sacked", P, PO, F)]),
    (ATTR, "The army admitted that its soldiers had shot the farmer.",
     [("admitted", P, C, NF), ("shot", P, C, NF)]),
    (ATTR, "Officials confirmed that two ships collided off the coast.",
     [("collided", P, C, NF)]),
    (ATTR, "The rebels are said to have seized a second town.",
     [("seized", P, PO, NF)]),
    (ATTR, "Unverified reports suggest that the general was killed.",
     [("killed", P, PO, NF)]),
    (ATTR, "Witnesses said they saw soldiers burning houses.",
     [("saw", P, C, NF), ("burning", P, C, NF)]),
    (ATTR, "The minister insisted that no laws had been broken.",
     [("broken", N, C, NF)]),
    (ATTR, "Local media reported that the governor had been arrested.",
     [("reported", P, C, NF), ("arrested", P, C, NF)]),
    (ATTR, "The company is reported to be considering a sale.",
     [("considering", P, PO, NF)]),
    (ATTR, "The president did not say whether he would run again.",
     [("say", N, C, NF), ("run", U, U, F)]),
    # plain assertions (the common case in news)
    (PLAIN, "Stocks fell sharply on Wall Street on Tuesday.",
     [("fell", P, C, NF)]),
    (PLAIN, "The carmaker recalled 40,000 vehicles over faulty brakes.",
     [("recalled", P, C, NF)]),
    (PLAIN, "Storms have cut power to thousands of homes.",
     [("cut", P, C, NF)]),
    (PLAIN, "The two companies signed a merger agreement in Paris.",
     [("signed", P, C, NF)]),
    (PLAIN, "Government troops retook the town after a week of fighting.",
     [("retook", P, C, NF), ("fighting", P, C, NF)]),
    (PLAIN, "The central bank kept interest rates unchanged on Thursday.",
     [("kept", P, C, NF)]),
]


def locate_words(text: str, needles: list[str]) -> list[dict[str, object]]:
    """Spans of ``needles`` as whole words, each found after the one before."""
    spans, cursor = [], 0
    for needle in needles:
        match = re.compile(rf"\b{re.escape(needle)}\b").search(text, cursor)
        if match is None:
            raise ValueError(f"{needle!r} not in {text!r} after {cursor}")
        spans.append({"start": match.start(), "end": match.end(), "text": needle})
        cursor = match.end()
    return spans


def build() -> list[dict[str, object]]:
    records = []
    for n, (cls, text, items) in enumerate(DOCS, 1):
        spans = locate_words(text, [item[0] for item in items])
        events = [{"id": f"e{k}", **span, "polarity": polarity, "certainty": certainty,
                   "time": time, "modality": None}
                  for k, (span, (_, polarity, certainty, time))
                  in enumerate(zip(spans, items, strict=True), 1)]
        records.append({"doc_id": f"fb-{n:03d}", "dct": DCT, "class": cls, "text": text,
                        "events": events})
    return records


if __name__ == "__main__":
    records = build()
    write_jsonl(records, OUT)
    print(f"{len(records)} documents, {sum(len(r['events']) for r in records)} events -> {OUT}")
