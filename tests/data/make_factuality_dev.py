"""Build tests/data/factuality_dev.jsonl: eventwire's own factuality set.

Political-news sentences written for eventwire by its developers (MIT), in the
MEANTIME record format that ``eventwire eval factuality`` reads. Labels were
written by hand *before* the system was run on them (a blind set: the rules
in ``eventwire/stages/factuality/component.py`` were tuned on MEANTIME, never on these), with
MEANTIME's conventions for polarity / certainty / time (certainty is the
source's commitment: "will" and the consequence of a conditional are CERTAIN,
may/might/could/can POSSIBLE, expect/believe/likely/reportedly PROBABLE,
allegedly POSSIBLE, an event inside an if/whether clause UNDERSPECIFIED) and
eventwire's own modality classes (``eventwire.models.MODALITIES``). ``None``
leaves an attribute unscored where the right label is not clear-cut.

Each item is (text, [(trigger, polarity, certainty, time, modality), ...]);
triggers are located in order.

    python tests/data/make_factuality_dev.py
"""

from __future__ import annotations

from pathlib import Path

from spans import locate_in_order, write_jsonl

OUT = Path(__file__).with_name("factuality_dev.jsonl")
DCT = "2021-03-02"
L = tuple[str, str | None, str | None, str | None, str | None]

P, N, U = "POS", "NEG", "UNDERSPECIFIED"
C, PR, PO = "CERTAIN", "PROBABLE", "POSSIBLE"
F, NF = "FUTURE", "NON_FUTURE"

DOCS: list[tuple[str, list[L]]] = [
    ("Rebels attacked an army post near Idlib on Tuesday.",
     [("attacked", P, C, NF, "asserted")]),
    ("The ministry said troops killed four militants in the raid.",
     [("killed", P, C, NF, "reported")]),
    ("Police did not arrest any protesters, the spokesman said.",
     [("arrest", N, C, NF, "negated")]),
    ("The government denied that its forces shelled the camp.",
     [("shelled", N, C, NF, "denied")]),
    ("The militia threatened to strike US bases across Iraq.",
     [("strike", P, PO, F, "threatened")]),
    ("The commander warned that his fighters would retaliate against any incursion.",
     [("retaliate", P, PO, F, "threatened")]),
    ("The UN urged both sides to release all detainees.",
     [("release", P, C, F, "demanded")]),
    ("Iran will hold talks with the European Union next week.",
     [("hold", P, C, F, "future")]),
    ("Officials expect the ceasefire to collapse within days.",
     [("collapse", P, PR, F, "future")]),
    ("The two leaders may meet in Geneva later this month.",
     [("meet", P, PO, F, "hypothetical")]),
    ("Protesters could storm the parliament if the vote goes ahead.",
     [("storm", P, PO, F, "conditional"), ("goes", P, U, F, "hypothetical")]),
    ("If the talks fail, the army will resume its offensive.",
     [("fail", P, U, F, "hypothetical"), ("resume", P, C, F, "conditional")]),
    ("Troops reportedly fired on the crowd.",
     [("fired", P, PR, NF, "reported")]),
    ("The group allegedly kidnapped two aid workers last year.",
     [("kidnapped", P, PO, NF, "reported")]),
    ("It is unclear whether the minister resigned or was dismissed.",
     [("resigned", U, U, NF, "hypothetical")]),
    ("The opposition wants to impeach the president.",
     [("impeach", P, U, F, None)]),
    ("Hamas has never recognised Israel.",
     [("recognised", N, C, NF, "negated")]),
    ("No soldiers were injured in the blast.",
     [("injured", N, C, NF, "negated")]),
    ("Washington is believed to have supplied the rebels with weapons.",
     [("supplied", P, PR, NF, None)]),
    ("The rebels are said to control most of the province.",
     [("control", P, PO, NF, None)]),
    ("According to the ministry, the strike killed twelve people.",
     [("killed", P, C, NF, "reported")]),
    ('"We will not negotiate with terrorists," the prime minister said.',
     [("negotiate", N, C, F, "negated")]),
    ("The prime minister said the army had withdrawn from the town.",
     [("withdrawn", P, C, NF, "reported")]),
    ("Talks between the two sides are scheduled to begin on Monday.",
     [("begin", P, PR, F, "future")]),
    ("The parliament is likely to approve the budget.",
     [("approve", P, PR, F, None)]),
    ("Lawmakers voted to reject the treaty.",
     [("voted", P, C, NF, "asserted")]),
    ("The army might have bombed the hospital by mistake, an official admitted.",
     [("bombed", P, PO, NF, "hypothetical")]),
    ("Unless sanctions are lifted, Tehran will expand enrichment.",
     [("lifted", P, U, F, "hypothetical"), ("expand", P, C, F, "conditional")]),
    ("The president can veto the bill.",
     [("veto", P, PO, None, "hypothetical")]),
    ("The ceasefire did not hold for long.",
     [("hold", N, C, NF, "negated")]),
    ("Syria rejected claims that it had used chemical weapons.",
     [("used", N, C, NF, "denied")]),
    ("The minister refused to comment.",
     [("comment", N, C, NF, "negated")]),
    ("Kurdish forces have captured the town, a monitoring group reported.",
     [("captured", P, C, NF, "reported")]),
    ("The envoy hopes to broker a deal before the election.",
     [("broker", P, PO, F, "future")]),
    ("The government plans to deploy more troops to the border.",
     [("deploy", P, C, F, "future")]),
    ("Should the talks collapse, the rebels would resume fighting.",
     [("collapse", P, U, F, "hypothetical"), ("resume", P, C, F, "conditional")]),
    ("The general was accused of ordering the massacre.",
     [("ordering", P, None, NF, None)]),
    ("Neither side has violated the truce, observers said.",
     [("violated", N, C, NF, "negated")]),
    ("The court will probably rule next week.",
     [("rule", P, PR, F, "future")]),
    ("Demonstrators marched through the capital on Friday, demanding the release of "
     "prisoners.",
     [("marched", P, C, NF, "asserted"), ("release", P, C, F, "demanded")]),
    ("The foreign minister called on Israel to halt settlement construction.",
     [("halt", P, C, F, "demanded")]),
    ('"If they refuse to leave, we will expel them," the spokesman said.',
     [("refuse", P, U, F, "hypothetical"), ("expel", P, C, F, "conditional")]),
    ("The talks failed because neither party would compromise.",
     [("failed", P, C, NF, "asserted")]),
    ("Opposition leaders say they may boycott the election.",
     [("boycott", P, PO, F, "hypothetical")]),
    ("The army has yet to confirm the deaths.",
     [("confirm", N, C, NF, "negated")]),
    ("The minister resigned on Monday.",
     [("resigned", P, C, NF, "asserted")]),
    ("The agreement would allow inspectors to visit the sites.",
     [("allow", P, PO, F, None)]),
    ("Turkey has not ruled out a ground operation.",
     [("operation", P, PO, F, None)]),
    ("Security forces arrested dozens of activists overnight, witnesses said.",
     [("arrested", P, C, NF, "reported")]),
    ("The president vowed to punish those responsible.",
     [("punish", P, C, F, "future")]),
    ("Investigators are trying to determine who planted the bomb.",
     [("determine", P, PO, F, None)]),
    ("The rebels say they will not lay down their arms until the troops leave.",
     [("lay", N, C, F, "negated")]),
    ("The bill, if passed, would ban foreign funding of NGOs.",
     [("passed", P, U, F, "hypothetical")]),
    ("Officials fear the virus could spread to neighbouring camps.",
     [("spread", P, PO, F, "hypothetical")]),
    ("Moscow has offered to mediate between the two governments.",
     [("mediate", P, PO, F, None)]),
]


# Batch 2, written on 2026-11-26 after batch 1's fixes and *before* running
# the system on it: a second blind check.
BLIND_2: list[tuple[str, list[L]]] = [
    ("The opposition may boycott the vote unless the electoral law is changed.",
     [("boycott", P, PO, F, "conditional"), ("changed", P, U, F, "hypothetical")]),
    ("Officials denied that any civilians had been killed in the strike.",
     [("killed", N, C, NF, "denied")]),
    ("The army is expected to withdraw from the city by Friday.",
     [("withdraw", P, PR, F, "future")]),
    ("Witnesses said police beat several protesters.",
     [("beat", P, C, NF, "reported")]),
    ("The talks could collapse if either side walks out.",
     [("collapse", P, PO, F, "conditional"), ("walks", P, U, F, "hypothetical")]),
    ("Neither government has commented on the reports.",
     [("commented", N, C, NF, "negated")]),
    ("Rebels reportedly seized two villages overnight.",
     [("seized", P, PR, NF, "reported")]),
    ("The president will visit Moscow next month.",
     [("visit", P, C, F, "future")]),
    ("The militia warned it would attack any foreign troops that entered the city.",
     [("attack", P, PO, F, "threatened")]),
    ("Protesters demanded that the minister resign.",
     [("resign", P, C, F, "demanded")]),
    ("It remains unclear whether the hostages were released.",
     [("released", U, U, NF, "hypothetical")]),
    ("The ministry did not confirm the number of casualties.",
     [("confirm", N, C, NF, "negated")]),
    ("Security forces allegedly tortured detainees in the prison.",
     [("tortured", P, PO, NF, "reported")]),
    ("The two countries agreed to resume flights next week.",
     [("agreed", P, C, NF, "asserted")]),
    ("Investigators believe the fire was started deliberately.",
     [("started", P, PR, NF, None)]),
    ("The government failed to stop the protests.",
     [("stop", N, C, NF, "negated")]),
    ("Should the ceasefire hold, aid convoys will enter the town on Sunday.",
     [("hold", P, U, F, "hypothetical"), ("enter", P, C, F, "conditional")]),
    ("No agreement was reached at the summit.",
     [("reached", N, C, NF, "negated")]),
    ("The bank might raise interest rates again.",
     [("raise", P, PO, F, "hypothetical")]),
    ("Lawmakers refused to approve the budget.",
     [("approve", N, C, NF, "negated")]),
    ("The UN called on all parties to respect the truce.",
     [("respect", P, C, F, "demanded")]),
    ("The leaders are likely to sign the accord on Monday.",
     [("sign", P, PR, F, None)]),
    ("Kenya has never hosted such talks before.",
     [("hosted", N, C, NF, "negated")]),
    ("If the report is accurate, the minister will resign.",
     [("resign", P, C, F, "conditional")]),
    ("The strike is said to have killed dozens of people.",
     [("killed", P, PO, NF, None)]),
]


# Third batch, written and labelled 2026-11-26 after the permission / offer /
# "have options to" rules and before the system was run on it: a third blind
# check, aimed at those constructions and their look-alikes.
BLIND_3: list[tuple[str, list[L]]] = [
    ("Opposition parties allowed to register for the election",
     [("register", P, PO, F, None)]),
    ("The court allowed the journalist to leave the country.",
     [("leave", P, C, None, None)]),
    ("Refugees were permitted to return to their homes.",
     [("return", P, PO, None, None)]),
    ("Qatar offered to mediate between the two sides.",
     [("mediate", P, PO, F, None)]),
    ("The EU offered funds to rebuild the damaged schools.",
     [("rebuild", P, C, F, None)]),
    ("The government has options to extend the curfew.",
     [("extend", P, PO, F, None)]),
    ("The army has yet to withdraw its troops.",
     [("withdraw", N, C, NF, "negated")]),
    ("Ministers tried to reach a deal on Sunday.",
     [("reach", P, PO, None, None)]),
    ("The protesters want to topple the government.",
     [("topple", P, U, F, None)]),
    ("The minister is believed to have fled abroad.",
     [("fled", P, PR, NF, None)]),
    ("Police arrested three suspects after the bombing.",
     [("arrested", P, C, NF, "asserted"), ("bombing", P, C, NF, "asserted")]),
    ("The rebels did not attack the convoy, a spokesman said.",
     [("attack", N, C, NF, "negated")]),
    ("Parliament will probably approve the bill.",
     [("approve", P, PR, F, None)]),
    ("The two sides might sign a truce if mediators press them.",
     [("sign", P, PO, F, "conditional"), ("press", P, U, F, "hypothetical")]),
    ("Unless the blockade is lifted, the aid agency will suspend operations.",
     [("lifted", P, U, F, "hypothetical"), ("suspend", P, C, F, "conditional")]),
    ("The spokesman rejected claims that troops had burned homes.",
     [("burned", N, C, NF, "denied")]),
    ("Inspectors were not allowed to visit the site.",
     [("visit", N, None, None, None)]),
    ("The ministry is considering sanctions against the firm.",
     [("sanctions", P, PO, None, None)]),
    ("The commander vowed that his forces would never surrender.",
     [("surrender", N, None, F, None)]),
    ("Analysts predict that the currency will fall further.",
     [("fall", P, PR, F, None)]),
    ("Government forces shelled the town, killing at least ten civilians.",
     [("shelled", P, C, NF, "asserted"), ("killing", P, C, NF, "asserted")]),
    ("The president could face impeachment over the scandal.",
     [("face", P, PO, F, "hypothetical")]),
    ("Diplomats hope to restart the negotiations next year.",
     [("restart", P, PO, F, None)]),
    ("Iran was reported to have seized a tanker.",
     [("seized", P, PO, NF, None)]),
    ("The opposition called off the strike after the government agreed to its demands.",
     [("called off", P, C, NF, "asserted")]),
    ("No one was hurt in the blast.",
     [("hurt", N, C, NF, "negated")]),
    ("The ceasefire is due to take effect at midnight.",
     [("take", P, U, F, None)]),
]


def build() -> list[dict[str, object]]:
    records = []
    for n, (text, items) in enumerate([*DOCS, *BLIND_2, *BLIND_3], 1):
        spans = locate_in_order(text, (item[0] for item in items))
        events = [{"id": f"e{k}", **span, "polarity": polarity, "certainty": certainty,
                   "time": time, "modality": modality}
                  for k, (span, (_, polarity, certainty, time, modality))
                  in enumerate(zip(spans, items, strict=True), 1)]
        records.append({"doc_id": f"fa-{n:03d}", "dct": DCT, "text": text, "events": events})
    return records


if __name__ == "__main__":
    records = build()
    write_jsonl(records, OUT)
    print(f"{len(records)} documents, {sum(len(r['events']) for r in records)} events -> {OUT}")
