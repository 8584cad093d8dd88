"""Builds ``events_blind_e.jsonl``: a blind class set for event detection and
PLOVER typing (issue #12, third events pass, branch ``events``).

Written and labelled before eventwire ran on any of these sentences; none is
copied from the issue, the records sets or the GSR. Each sentence carries its
linguistic class and the full list of events an annotator labels under
docs/annotation.md (empty = no event). A gold event gives its trigger word (or
acceptable alternatives, when the guide allows the verb or the noun) and its
type (or the types the manual allows, listed). ``actor`` (optional) is the
head word the actor must contain, or null when no actor may be given (victims
are never the actor). Scored by ``tools/eval_event_classes.py``. Run once
before and once after the change, never debugged on.
"""
import json
from pathlib import Path

E = dict  # one gold event


def ev(trigger: str | list[str], kind: str | list[str], **kw: object) -> dict[str, object]:
    return E(trigger=trigger, type=kind, **kw)


ROWS: list[tuple[str, str, list[dict[str, object]]]] = [
    # 1. words that are not events
    ("nonevent", "Two aid convoys waited at the border crossing for a third day.", []),
    ("nonevent", "The protest movement's founder was born in a small fishing village.", []),
    ("nonevent", "Residents said they heard gunfire near the presidential palace overnight.", []),
    ("nonevent", "A hospital crowded with wounded soldiers lay two miles from the front.", []),
    ("nonevent", "Thousands of families were sheltering in schools and mosques in the city.", []),
    ("nonevent", "The shelling of the market on Friday left 12 civilians dead "
     "and dozens wounded.",
     [ev("shelling", "ASSAULT")]),
    ("nonevent", "Gunmen opened fire on a bus near Kandahar, killing nine passengers.",
     [ev(["opened", "fire"], "ASSAULT", actor="Gunmen")]),
    ("nonevent", "Five soldiers died when their convoy was ambushed near the border.",
     [ev("ambushed", "ASSAULT", actor=None)]),
    ("nonevent", "Two journalists were killed in the port city of Hodeidah on Sunday.",
     [ev("killed", "ASSAULT", actor=None)]),
    ("nonevent", "The peace process in the region has stalled since the spring.", []),
    ("nonevent", "A refugee camp packed with displaced families sits on the edge of the desert.",
     []),
    ("nonevent", "Witnesses saw smoke rising from the ministry building.", []),
    ("nonevent", "The ceasefire monitoring mission moved its office to a new building.", []),
    ("nonevent", "Armed men stormed the village of Kuda, leaving dozens of houses burned.",
     [ev("stormed", "ASSAULT", actor="men")]),
    ("nonevent", "Rescue teams found the bodies of four miners who had died in the collapse.", []),
    # 2. no political actor, no political event
    ("natural", "A magnitude 6.8 earthquake struck the coast, killing at least 35 people.", []),
    ("natural", "Torrential rains forced 12,000 residents from their homes in the delta.", []),
    ("natural", "A cargo train derailed outside the city, injuring six crew members.", []),
    ("natural", "The cholera outbreak has killed 140 people in the camps since March.", []),
    ("natural", "A wildfire destroyed more than 200 homes in the hills above the town.", []),
    ("natural", "Landslides buried a mountain village after days of heavy rain.", []),
    ("natural", "A passenger ferry capsized in the river, and 30 people are missing.", []),
    ("natural", "Lightning struck a fuel depot, setting off a series of explosions.", []),
    ("natural", "The storm cut power to half a million homes along the coast.", []),
    ("natural", "Insurgents blew up a bridge on the main highway to the capital.",
     [ev("blew", "ASSAULT", actor="Insurgents")]),
    # 3. figures of speech in business, sports, everyday news
    ("figurative", "The striker's late goal killed off the visitors' hopes.", []),
    ("figurative", "The retailer slashed prices and attacked its rivals' market share.", []),
    ("figurative", "Investors fled emerging markets as the currency crashed.", []),
    ("figurative", "The coach blasted the referee after Saturday's defeat.", []),
    ("figurative", "The software company launched a new offensive in the cloud market.", []),
    ("figurative", "Our sales team crushed the quarterly targets, the chief executive "
     "told analysts.", []),
    ("figurative", "The two carmakers agreed to share battery technology.", []),
    ("figurative", "The champion defended her title against a Brazilian challenger.", []),
    ("figurative", "The competition authority fined the airline 40 million euros.",
     [ev("fined", ["SANCTION", "COERCE"], actor="authority")]),
    # 4. headlines
    ("headline", "Jets pound rebel-held town in the north",
     [ev("pound", "ASSAULT", actor="Jets")]),
    ("headline", "Police arrest opposition leader in dawn raid",
     [ev("arrest", "COERCE", actor="Police")]),
    ("headline", "Minister warns of reprisals after gunmen kill two policemen",
     [ev("warns", "THREATEN", actor="Minister"), ev("kill", "ASSAULT", actor="gunmen")]),
    ("headline", "UN chief urges restraint after militia shells refugee camp",
     [ev("urges", "REQUEST", actor="chief"), ev("shells", "ASSAULT", actor="militia")]),
    ("headline", "Protesters torch police station in southern city",
     [ev("torch", ["PROTEST", "ASSAULT"], actor="Protesters")]),
    ("headline", "Government expels Dutch ambassador over spying row",
     [ev("expels", ["SANCTION", "COERCE"], actor="Government")]),
    ("headline", "Kenya and Somalia sign border security pact",
     [ev(["sign", "pact"], "AGREE")]),
    ("headline", "Drone strike hits wedding party in eastern province",
     [ev(["strike", "hits"], "ASSAULT")]),
    # 5. de-escalation
    ("deescalation", "The militia said it would pause its offensive during the holiday.",
     [ev("pause", ["RETREAT", "AGREE"])]),
    ("deescalation", "Both sides agreed to pull their forces back from the river.",
     [ev(["agreed", "pull"], ["AGREE", "RETREAT"])]),
    ("deescalation", "The army began withdrawing armored units from the disputed valley "
     "on Tuesday.",
     [ev("withdrawing", "RETREAT", actor="army")]),
    ("deescalation", "Rebel commanders announced they would stop shelling the city.",
     [ev(["stop", "announced"], ["RETREAT", "AGREE"])]),
    ("deescalation", "The air force suspended its bombing raids over the province.",
     [ev("suspended", "RETREAT")]),
    ("deescalation", "Government troops will scale down operations in the east, "
     "the defence minister said.", [ev("scale", "RETREAT")]),
    ("deescalation", "Separatists vowed to end their attacks on the pipeline.",
     [ev(["vowed", "end"], ["RETREAT", "AGREE"])]),
    # 6. denials of allegations
    ("denial", "The interior ministry called the torture reports groundless.",
     [ev(["called", "groundless"], "REJECT", actor="ministry")]),
    ("denial", "The embassy flatly denied the accusations of espionage.",
     [ev("denied", "REJECT", actor="embassy")]),
    ("denial", "A spokesman for the rebels dismissed the report as propaganda.",
     [ev("dismissed", "REJECT")]),
    ("denial", "The general rejected the allegations as lies spread by his enemies.",
     [ev("rejected", "REJECT", actor="general")]),
    ("denial", "The party said the corruption charges were politically motivated and false.",
     [ev(["said", "false", "motivated"], "REJECT", actor="party")]),
    ("denial", "Police refuted accusations of excessive force.",
     [ev("refuted", "REJECT", actor="Police")]),
    # 7. the event inside a clause
    ("clause", "Parliament approved a motion calling for the withdrawal of foreign advisers.",
     [ev(["approved", "calling"], "REQUEST")]),
    ("clause", "The cabinet adopted a decree ordering the closure of opposition newspapers.",
     [ev(["adopted", "ordering"], "COERCE")]),
    ("clause", "The senate voted to impose sanctions on the shipping firms.",
     [ev(["voted", "impose"], "SANCTION")]),
    ("clause", "The council passed a resolution demanding the release of the detained activists.",
     [ev(["passed", "demanding"], "REQUEST")]),
    ("clause", "The mayor signed an order banning demonstrations in the old city.",
     [ev(["signed", "order", "banning"], "COERCE")]),
    # 8. the weak PLOVER classes
    ("weak", "The foreign ministers of Chile and Peru met in Lima to discuss fishing rights.",
     [ev("met", "CONSULT")]),
    ("weak", "The Turkish president hosted his Azerbaijani counterpart for talks on Thursday.",
     [ev(["hosted", "talks"], "CONSULT")]),
    ("weak", "The navy has set up a forward operating base on the island.",
     [ev("set", "MOBILIZE")]),
    ("weak", "Troops established a new outpost near the border crossing.",
     [ev("established", "MOBILIZE")]),
    ("weak", "The two governments reached an agreement on water sharing.",
     [ev(["reached", "agreement"], "AGREE")]),
    ("weak", "Union leaders and the ministry struck a deal to end the strike.",
     [ev(["struck", "deal"], "AGREE")]),
    ("weak", "Demonstrators hurled stones and petrol bombs at the parliament building.",
     [ev("hurled", "PROTEST", mode="riot")]),
    ("weak", "Angry crowds rioted in the port city after the election result.",
     [ev("rioted", "PROTEST", mode="riot")]),
    ("weak", "Militiamen raped at least eleven women in the village, a rights group said.",
     [ev("raped", "ASSAULT", mode="sexual")]),
    ("weak", "Guards sexually assaulted detainees at the prison, the report found.",
     [ev("assaulted", "ASSAULT", mode="sexual")]),
    ("weak", "The prime minister yielded to the unions' demands on pensions.",
     [ev("yielded", "CONCEDE")]),
    ("weak", "The regime permitted international monitors to enter the detention centres.",
     [ev("permitted", ["CONCEDE", "RETREAT"])]),
]


def main() -> None:
    out = Path(__file__).with_name("events_blind_e.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, (cls, text, events) in enumerate(ROWS, 1):
            for e in events:
                trig = e["trigger"]
                for t in ([trig] if isinstance(trig, str) else trig):
                    assert str(t) in text, (t, text)
            fh.write(json.dumps({"id": f"eb-{i:03d}", "class": cls, "text": text,
                                 "events": events}, ensure_ascii=False) + "\n")
    print(out, len(ROWS))


if __name__ == "__main__":
    main()
