"""Builds ``events_blind_f.jsonl``: a blind *article* set for event detection
(issue #12, branch ``events3``).

25 short articles written for this set (none copied from the issue, the
records sets, the GSR or any other corpus), in varied genres: conflict wire
copy, local and national politics, courts, diplomacy, trade, business, sport,
disasters, science and opinion. Every event an annotator labels under
docs/annotation.md is listed (an article with no event lists none); the
look-alikes (event words inside names and noun phrases, perception and state
verbs, results, figures of speech, natural causes, business acts, elections,
aggregates) are deliberately frequent. Labelled and committed **before**
eventwire ran on any of these texts; run once before and once after the
change (``tools/eval_event_classes.py``), never debugged on.

A gold trigger is a word or a list of acceptable words (the verb or its event
noun, when the guide allows either); ``word@n`` is the n-th whole-word
occurrence of ``word`` in the text (default the first). The builder turns
each into character spans, so a prediction matches only the labelled
occurrence. ``type`` is the PLOVER type or the list of types the manual
allows.
"""
import json
import re
from pathlib import Path

E = dict  # one gold event


def ev(trigger: str | list[str], kind: str | list[str], **kw: object) -> dict[str, object]:
    return E(trigger=trigger, type=kind, **kw)


ROWS: list[tuple[str, str, list[dict[str, object]]]] = [
    ("conflict",
     "EL FASHER, Sudan (Reuters) - Paramilitary fighters shelled a displacement camp on the "
     "outskirts of El Fasher on Monday, killing at least 14 people, medical workers said. "
     "The army accused the Rapid Support Forces of targeting civilians and vowed to retaliate. "
     "Residents said they heard artillery fire through the night and saw smoke rising over "
     "the camp, which is crowded with families from nearby villages. The RSF denied "
     "responsibility for the attack and said its units had come under fire from army "
     "positions near the camp. The United Nations called for an immediate ceasefire and "
     "urged both sides to let aid convoys through. Aid trucks loaded with food have waited "
     "at the Chad border for a week.",
     [ev("shelled", "ASSAULT", actor="fighters"), ev("accused", "ACCUSE", actor="army"),
      ev("targeting", "ASSAULT"), ev("vowed", "THREATEN", actor="army"),
      ev("denied", "REJECT", actor="RSF"), ev("attack", "ASSAULT"),
      ev("fire@2", "ASSAULT"), ev("called", "REQUEST", actor="United Nations"),
      ev("urged", "REQUEST")]),
    ("conflict",
     "YANGON (AP) - Myanmar's military launched air strikes on three villages in Sagaing "
     "region on Thursday after resistance fighters ambushed an army convoy, local media "
     "reported. At least 22 people died in the strikes, including children sheltering in a "
     "monastery, according to a resistance spokesman. The junta said its troops had been "
     "attacked by \"terrorists\" and that it had struck back in self-defence. A resistance "
     "group, the People's Defence Force, said it would keep up its attacks on military posts. "
     "Thousands of villagers fled into the forest, leaving their homes empty. The "
     "Association of Southeast Asian Nations condemned the air strikes and repeated its call "
     "for dialogue.",
     [ev(["launched", "strikes@1"], "ASSAULT", actor="military"),
      ev("ambushed", "ASSAULT", actor="fighters"), ev("strikes@2", "ASSAULT"),
      ev("attacked", "ASSAULT"), ev("struck", "ASSAULT", actor="it"),
      ev("attacks", "ASSAULT"), ev("condemned", "ACCUSE"), ev("strikes@3", "ASSAULT"),
      ev("call", "REQUEST")]),
    ("conflict",
     "KYIV, Ukraine - Russian drones hit an energy facility in the Odesa region overnight, "
     "cutting power to some 80,000 homes, the regional governor said on Saturday. Air defence "
     "units shot down 31 of the 40 drones, the Ukrainian air force said. Foreign Minister "
     "Andriy Sybiha condemned the strike as a war crime and called on Western partners to "
     "deliver more air defence systems. Moscow said its forces had targeted military "
     "infrastructure and denied hitting civilian sites. The attack came a day after Ukraine "
     "and Russia exchanged 150 prisoners of war. Repair crews were working to restore "
     "electricity, the energy ministry said.",
     [ev("hit", "ASSAULT"), ev("shot", "ASSAULT", actor="units"),
      ev("condemned", "ACCUSE", actor="Sybiha"), ev("strike", "ASSAULT"),
      ev("called", "REQUEST"), ev("targeted", "ASSAULT"), ev("denied", "REJECT"),
      ev("hitting", "ASSAULT"), ev("attack", "ASSAULT"),
      ev("exchanged", ["CONCEDE", "COOPERATE", "AGREE"])]),
    ("local_politics",
     "The Springfield city council voted 7-2 on Tuesday to ban overnight parking on Main "
     "Street, overruling objections from local shop owners. Mayor Linda Park praised the "
     "decision, saying it would ease congestion. Opponents accused the council of ignoring "
     "residents and said they would challenge the ordinance in court. About 60 residents "
     "protested outside city hall before the vote, holding signs that read \"Our street, our "
     "say.\" The council also approved a $2 million grant for the public library and rejected "
     "a proposal to raise property taxes. Council member Tom Reyes, who voted against the "
     "parking ban, called the process rushed.",
     [ev("praised", "SUPPORT", actor="Park"), ev("accused", "ACCUSE", actor="Opponents"),
      ev("challenge", "ACCUSE"), ev("protested", "PROTEST", actor="residents"),
      ev("called", "ACCUSE", actor="Reyes")]),
    ("national_politics",
     "LONDON - Britain's opposition Labour Party demanded the resignation of the housing "
     "minister on Wednesday after a report found that the government had missed its target "
     "for new homes by 40,000. Prime Minister David Moore defended the minister and rejected "
     "calls for an inquiry, telling parliament that the figures reflected global building "
     "costs. The Liberal Democrats threatened to table a motion of no confidence if the "
     "minister did not appear before a committee. Tenant groups plan to march on Westminster "
     "next month to press for rent controls. The minister met housing charities on Thursday "
     "and said a new plan would follow within weeks.",
     [ev("demanded", "REQUEST", actor="Party"), ev("defended", "SUPPORT", actor="Moore"),
      ev("rejected", "REJECT", actor="Moore"), ev("threatened", "THREATEN"),
      ev("march", "PROTEST"), ev("met", "CONSULT", actor="minister")]),
    ("business",
     "SEOUL - Samsung Electronics reported a 12% rise in quarterly profit on Thursday, "
     "beating forecasts as demand for memory chips used in artificial intelligence servers "
     "surged. The company said it would invest $20 billion in a new plant in Texas and hire "
     "2,000 workers. Its shares jumped 4% in Seoul, while rival SK Hynix fell 1.5%. Analysts "
     "said the chipmaker had won a fierce battle for orders from Nvidia. South Korea's "
     "finance ministry said the government would extend tax credits for chip investment. The "
     "U.S. Commerce Department granted the company a one-year waiver from export controls on "
     "equipment shipped to its factories in China.",
     [ev("granted", "CONCEDE", actor="Department")]),
    ("business",
     "Shareholders of the British retailer Hartwell's rejected a 1.2 billion pound takeover "
     "bid from a U.S. private equity firm on Monday, dealing a blow to its chief executive. "
     "The board had backed the offer and warned that without new investment the chain would "
     "be forced to close 60 stores. The GMB union said workers still faced job cuts. "
     "Britain's Competition and Markets Authority said last week it had opened an "
     "investigation into the deal. The private equity firm, Crestline Partners, said it would "
     "not raise its offer and was considering its options. Hartwell's shares slumped 18%.",
     [ev(["opened", "investigation"], "ACCUSE", actor="Authority")]),
    ("sport",
     "Brazil crushed Argentina 3-0 in Rio de Janeiro on Tuesday to seal their place at next "
     "year's World Cup. Vinicius Junior fired the hosts ahead after 12 minutes and struck "
     "again before half-time, and Argentina's defence collapsed after the break. Argentina "
     "coach Lionel Scaloni blasted the referee for a penalty decision that he said had killed "
     "the game. Fans of the two teams clashed outside the stadium after the match, and police "
     "fired tear gas to disperse them and arrested 23 people, a police spokesman said. "
     "Brazil's sports minister condemned the fans' behaviour and called for tougher stadium "
     "bans.",
     [ev("clashed", ["PROTEST", "ASSAULT"], actor="Fans"),
      ev("fired@2", ["COERCE", "ASSAULT"], actor="police"),
      ev("arrested", "COERCE", actor="police"), ev("condemned", "ACCUSE", actor="minister"),
      ev("called", "REQUEST", actor="minister")]),
    ("sport",
     "Carlos Alcaraz defended his Wimbledon title on Sunday, beating Jannik Sinner in four "
     "sets in a final that lasted nearly four hours. The Spaniard attacked from the baseline "
     "and broke Sinner's serve five times. \"He destroyed me in the third set,\" Sinner told "
     "reporters. Spain's King Felipe congratulated Alcaraz by telephone, the royal palace "
     "said. Italian fans had travelled in their thousands to London, where police said the "
     "crowds were peaceful. The All England Club announced it would raise prize money by 10% "
     "next year.",
     [ev("congratulated", ["SUPPORT", "CONSULT"], actor="Felipe")]),
    ("disaster",
     "ANKARA - A magnitude 6.1 earthquake struck eastern Turkey early on Sunday, killing at "
     "least 17 people and destroying hundreds of buildings, the disaster agency AFAD said. "
     "Rescue teams pulled survivors from the rubble of a collapsed apartment block in Malatya "
     "as aftershocks shook the region. President Erdogan visited the area and promised that "
     "the state would rebuild every home within a year. Greece and Azerbaijan sent search and "
     "rescue teams, and the European Union offered emergency funds. Turkey accepted the offer "
     "and thanked its neighbours for their solidarity. Opposition leaders accused the "
     "government of failing to enforce building codes.",
     [ev("sent", "AID"), ev("offered", ["AGREE", "AID"], actor="Union"),
      ev("accepted", "AGREE", actor="Turkey"), ev("thanked", "SUPPORT"),
      ev("accused", "ACCUSE", actor="leaders")]),
    ("disaster",
     "Floods swept through northern Nigeria this week after a dam burst near Maiduguri, "
     "displacing more than 400,000 people and submerging the city's main market. The cholera "
     "outbreak that followed has killed 58 people, health officials said. Soldiers and "
     "volunteers evacuated residents by boat, and the army set up relief camps on higher "
     "ground. The United Nations appealed for $30 million in emergency aid, and Britain "
     "pledged 5 million pounds. Local leaders blamed the state government for neglecting the "
     "dam and said they had warned officials of the danger two years ago. In a separate "
     "incident, gunmen attacked a relief convoy on the road to Maiduguri, stealing food "
     "supplies, police said.",
     [ev("appealed", "REQUEST", actor="United Nations"),
      ev("pledged", ["AGREE", "AID"], actor="Britain"), ev("blamed", "ACCUSE", actor="leaders"),
      ev("attacked", "ASSAULT", actor="gunmen")]),
    ("science",
     "Researchers at the University of Oxford have discovered a protein that helps malaria "
     "parasites invade red blood cells, a finding that could speed the development of "
     "vaccines, according to a study published in Nature on Wednesday. The team attacked the "
     "parasite with antibodies in laboratory tests and blocked infection in 80% of cases. "
     "\"We have found the parasite's weak spot,\" said lead author Dr Sarah Okafor. The Gates "
     "Foundation, which funded the work, plans clinical trials in Kenya and Burkina Faso. "
     "Kenya's health ministry agreed to host the first trials next year.",
     [ev("agreed", "AGREE", actor="ministry")]),
    ("opinion",
     "The government's war on inflation has become a war on the poor. By raising interest "
     "rates again last month, the central bank has crushed small businesses and punished "
     "families who were already struggling. Ministers defend the policy as painful but "
     "necessary; they should instead listen to the unions, which have threatened a general "
     "strike if wages keep falling behind prices. Last year the teachers walked out for three "
     "weeks, and the government caved within a week. It would be wise to act now rather than "
     "wait for the next confrontation.",
     [ev("threatened", "THREATEN", actor="which"),
      ev(["walked", "out"], "PROTEST", actor="teachers"),
      ev("caved", "CONCEDE", actor="government")]),
    ("opinion",
     "Europe cannot keep outsourcing its security. When Russian troops massed on Ukraine's "
     "border in 2021, European capitals issued statements while Washington shared "
     "intelligence and sent weapons. Today the continent's armies are still short of "
     "ammunition, and its leaders still argue over who should pay. Poland has shown what "
     "resolve looks like: it doubled its defence budget and bought hundreds of tanks from "
     "South Korea. Berlin should follow, and the European Union should borrow jointly to arm "
     "Ukraine, as Estonia's prime minister urged last week. Otherwise Moscow will test "
     "Europe's resolve again, perhaps in the Baltic states.",
     [ev("massed", "MOBILIZE", actor="troops"),
      ev("shared", ["COOPERATE", "AID"], actor="Washington"),
      ev("sent", "AID", actor="Washington"), ev("urged", "REQUEST", actor="minister")]),
    ("diplomacy",
     "BEIJING, Aug 14 (Reuters) - China summoned the Philippine ambassador on Monday over a "
     "Philippine coast guard patrol near the Scarborough Shoal. Manila rejected the complaint "
     "and said its vessel had been harassed by Chinese ships using water cannon. The U.S. "
     "State Department expressed support for the Philippines. Chinese and Philippine "
     "officials agreed to hold talks on a code of conduct in September, the Philippine "
     "foreign ministry said. Fishermen from Zambales province said they had stopped sailing "
     "to the shoal after repeated confrontations with the Chinese coast guard.",
     [ev("summoned", "ACCUSE", actor="China"), ev("rejected", "REJECT", actor="Manila"),
      ev("harassed", ["COERCE", "ASSAULT", "THREATEN"]),
      ev(["expressed", "support"], "SUPPORT", actor="Department"),
      ev("agreed", "AGREE", actor="officials")]),
    ("courts",
     "A court in Dhaka sentenced an opposition leader to seven years in prison on Wednesday "
     "for inciting violence after last year's election, his lawyer said. Police fired rubber "
     "bullets at hundreds of supporters who were protesting outside the court and detained at "
     "least 40 of them. The Bangladesh Nationalist Party called the verdict politically "
     "motivated and announced a nationwide strike for Sunday. Human Rights Watch urged the "
     "government to release all political prisoners. The interior minister said officers had "
     "acted with restraint and denied that anyone had been seriously hurt. The leader's "
     "family said he would appeal.",
     [ev("sentenced", "COERCE", actor="court"), ev("fired", ["ASSAULT", "COERCE"],
                                                  actor="Police"),
      ev("protesting", "PROTEST", actor="who"), ev("detained", "COERCE", actor="Police"),
      ev("called", "ACCUSE", actor="Party"), ev(["strike", "announced"], "PROTEST"),
      ev("urged", "REQUEST", actor="Watch"), ev("denied", "REJECT", actor="minister"),
      ev("appeal", "ACCUSE", actor="he")]),
    ("conflict",
     "BAMAKO (AFP) - Jihadist fighters attacked a military base in central Mali on Friday, "
     "and the army said it had repelled the assault and killed 30 assailants. The "
     "al-Qaeda-linked JNIM group claimed the attack in a statement and said it had captured "
     "weapons and vehicles. Mali's junta, which expelled French troops in 2022, has relied on "
     "Russian mercenaries of the Africa Corps to fight the insurgency. Residents of the "
     "nearby town of Djenne said soldiers and their Russian allies had rounded up dozens of "
     "men after the attack and executed several of them. The army denied the accusation. The "
     "United Nations human rights office called for an independent investigation.",
     [ev("attacked", "ASSAULT", actor="fighters"), ev("repelled", "ASSAULT"),
      ev("killed", "ASSAULT"), ev("attack@1", "ASSAULT"),
      ev("captured", ["COERCE", "ASSAULT"]), ev("expelled", ["SANCTION", "COERCE"],
                                                actor="which"),
      ev("rounded", "COERCE", actor="soldiers"), ev("attack@2", "ASSAULT"),
      ev("executed", "ASSAULT", actor="soldiers"), ev("denied", "REJECT", actor="army"),
      ev("called", "REQUEST")]),
    ("conflict",
     "BEIRUT - Israeli warplanes struck targets in southern Lebanon on Wednesday, hours after "
     "Hezbollah fired a barrage of rockets at northern Israel, the Lebanese army said. The "
     "Israeli military said it had hit weapons depots and a command post used by the group. "
     "Hezbollah said its rockets were a response to the killing of two of its fighters in a "
     "drone strike on Monday. Lebanon's caretaker prime minister condemned the raids and urged "
     "the international community to restrain Israel. France offered to mediate and its "
     "foreign minister spoke by telephone with his Israeli and Lebanese counterparts. Schools "
     "in the border villages remained closed and many families had moved north.",
     [ev("struck", "ASSAULT", actor="warplanes"), ev("fired", "ASSAULT", actor="Hezbollah"),
      ev("hit", "ASSAULT", actor="it"), ev(["killing", "strike"], "ASSAULT"),
      ev("condemned", "ACCUSE", actor="minister"), ev("raids", "ASSAULT"),
      ev("urged", "REQUEST", actor="minister"), ev("offered", "AGREE", actor="France"),
      ev("spoke", "CONSULT", actor="minister")]),
    ("protest",
     "LIMA - Thousands of farmers blocked highways across southern Peru on Monday to protest "
     "against a new mining law, and police used tear gas to clear a road near Arequipa. The "
     "government declared a state of emergency in three regions and deployed the army to "
     "keep roads open. Protest leaders said they would not negotiate until Congress repealed "
     "the law. Congress president Eduardo Salas invited the farmers' federation to talks on "
     "Thursday, but the federation declined. The Catholic bishops' conference appealed for "
     "calm and offered to act as a mediator. Copper prices rose on fears of supply "
     "disruptions.",
     [ev(["blocked", "protest@1"], "PROTEST", actor="farmers"),
      ev(["used", "gas"], ["COERCE", "ASSAULT"], actor="police"),
      ev(["declared", "emergency"], "COERCE", actor="government"),
      ev("deployed", "MOBILIZE", actor="government"), ev("negotiate", "CONSULT"),
      ev("repealed", "CONCEDE", actor="Congress"),
      ev("invited", ["CONSULT", "REQUEST"], actor="Salas"),
      ev("declined", "REJECT", actor="federation"),
      ev("appealed", "REQUEST", actor="conference"), ev("offered", "AGREE")]),
    ("politics_africa",
     "NIAMEY, Niger - Niger's military government suspended the French broadcaster RFI on "
     "Thursday, accusing it of spreading false information about the army. The junta also "
     "expelled two foreign journalists and ordered the closure of the European Union's "
     "mission in Niamey. The European Union condemned the decision and recalled its "
     "ambassador for consultations. The African Union, which suspended Niger after the 2023 "
     "coup, urged the junta to release the deposed president, Mohamed Bazoum. A government "
     "spokesman said Niger would not bow to foreign pressure.",
     [ev("suspended@1", "COERCE", actor="government"), ev("accusing", "ACCUSE"),
      ev("expelled", ["SANCTION", "COERCE"], actor="junta"),
      ev(["ordered", "closure"], ["SANCTION", "COERCE"], actor="junta"),
      ev("condemned", "ACCUSE", actor="Union"), ev("recalled", "SANCTION", actor="Union"),
      ev("suspended@2", "SANCTION", actor="which"), ev("coup", "COERCE"),
      ev("urged", "REQUEST", actor="which"), ev("bow", "CONCEDE", actor="Niger")]),
    ("trade",
     "WASHINGTON - The United States imposed tariffs of 25% on steel imports from Vietnam on "
     "Friday, accusing Hanoi of allowing Chinese steel to be shipped through its ports to "
     "evade existing duties. Vietnam's trade ministry said it would file a complaint with the "
     "World Trade Organization. Steelmakers in Pennsylvania said the move was overdue, while "
     "U.S. carmakers warned that prices would rise. The two countries' trade negotiators had "
     "met in Hanoi last month to discuss the dispute. Vietnam's largest steel company said "
     "its exports to the United States had already fallen by a third.",
     [ev("imposed", "SANCTION", actor="United States"), ev("accusing", "ACCUSE"),
      ev(["file", "complaint"], "ACCUSE", actor="it"), ev("met", "CONSULT",
                                                        actor="negotiators")]),
    ("conflict",
     "BOGOTA - Colombian troops killed a senior commander of the ELN guerrilla group in a "
     "bombing raid in Arauca province on Saturday, the defence ministry said. The ELN "
     "responded by kidnapping three soldiers and blowing up an oil pipeline, according to "
     "the state oil company Ecopetrol. President Gustavo Petro suspended peace talks with the "
     "group and ordered the army to step up operations along the Venezuelan border. The ELN's "
     "negotiators in Caracas threatened to abandon the talks for good. Venezuela, which hosts "
     "the negotiations, called on both sides to show restraint.",
     [ev(["killed", "raid"], "ASSAULT", actor="troops"), ev("kidnapping", "ASSAULT"),
      ev("blowing", "ASSAULT"), ev("suspended", ["REJECT", "SANCTION"], actor="Petro"),
      ev(["ordered", "step", "operations"], ["MOBILIZE", "ASSAULT"], actor="Petro"),
      ev("threatened", "THREATEN", actor="negotiators"),
      ev("called", "REQUEST", actor="Venezuela")]),
    ("headline",
     "Rebels seize border town as government vows counterattack\n\n"
     "GOMA, Congo - M23 rebels captured the town of Bunagana on the Ugandan border on Sunday "
     "after two days of fighting, forcing thousands of residents to flee into Uganda. Congo's "
     "government accused Rwanda of backing the rebels and vowed to retake the town. Rwanda "
     "denied the charge. Uganda opened its border to the refugees and the UN refugee agency "
     "said it was sending tents and food. Kenya's president, who chairs the regional bloc, "
     "invited the leaders of Congo and Rwanda to a summit in Nairobi next week.",
     [ev("seize", ["ASSAULT", "COERCE"], actor="Rebels"),
      ev("vows", "THREATEN", actor="government"),
      ev("captured", ["ASSAULT", "COERCE"], actor="rebels"),
      ev("accused", "ACCUSE", actor="government"), ev("vowed", "THREATEN"),
      ev("denied", "REJECT", actor="Rwanda"),
      ev("opened", ["AID", "CONCEDE", "COOPERATE"], actor="Uganda"),
      ev("sending", "AID"), ev("invited", ["CONSULT", "REQUEST"], actor="president")]),
    ("local_politics",
     "KATHMANDU - Nepal's Supreme Court on Tuesday ordered the release of a former minister "
     "detained without charge for three weeks, ruling that his arrest had violated the "
     "constitution. The minister's party staged a sit-in outside the court on Monday. The "
     "home ministry said it respected the ruling and would free him within 24 hours. "
     "Separately, parliament elected a new speaker. Students at Tribhuvan University "
     "boycotted classes for a second day, demanding lower fees.",
     [ev(["ordered", "release"], "CONCEDE", actor="Court"),
      ev(["detained", "arrest"], "COERCE"), ev(["staged", "sit-in"], "PROTEST", actor="party"),
      ev("free", "CONCEDE", actor="it"), ev("boycotted", "PROTEST", actor="Students")]),
    ("conflict",
     "MOGADISHU - Al Shabaab militants stormed a hotel near the presidential palace in "
     "Mogadishu late on Friday, taking dozens of guests hostage, police said. Special forces "
     "ended the siege on Saturday morning, killing all six attackers. Somalia's president "
     "vowed to hunt down the organisers, and Turkey, Kenya and the United States condemned "
     "the assault. Witnesses said they heard explosions and saw bodies in the lobby. The "
     "group, which is linked to al Qaeda, said in a radio broadcast that it had targeted "
     "government officials staying at the hotel.",
     [ev("stormed", "ASSAULT", actor="militants"),
      ev(["ended", "siege"], ["COERCE", "ASSAULT"], actor="forces"),
      ev("vowed", "THREATEN", actor="president"), ev("condemned", "ACCUSE"),
      ev("assault", "ASSAULT"), ev("targeted", "ASSAULT", actor="it")]),
]


def _span(text: str, word: str) -> list[int]:
    """Character span of ``word`` or ``word@n`` (n-th whole-word occurrence)."""
    word, _, nth = word.partition("@")
    found = list(re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE))
    n = int(nth or 1)
    assert len(found) >= n, (word, nth, text[:60])
    return [found[n - 1].start(), found[n - 1].end()]


def _gold(text: str, event: dict[str, object]) -> dict[str, object]:
    trig = event["trigger"]
    words = [trig] if isinstance(trig, str) else list(trig)  # type: ignore[arg-type]
    return {**event, "trigger": [str(w).partition("@")[0] for w in words],
            "spans": [_span(text, str(w)) for w in words]}


def main() -> None:
    out = Path(__file__).with_name("events_blind_f.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, (cls, text, events) in enumerate(ROWS, 1):
            fh.write(json.dumps({"id": f"ef-{i:03d}", "class": cls, "text": text,
                                 "events": [_gold(text, e) for e in events]},
                                ensure_ascii=False) + "\n")
    print(out, len(ROWS), sum(len(e) for _c, _t, e in ROWS))


if __name__ == "__main__":
    main()
