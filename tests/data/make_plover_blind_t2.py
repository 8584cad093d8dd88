"""Build tests/data/plover_blind_t2.jsonl: a blind PLOVER typing set (branch types2).

Single news sentences written for eventwire by its developers (MIT) on
2026-12-02, one event each, labelled with the 2021 PLOVER manual's types
(and a mode where the manual's tables make it clear) *before* the system
was run on them. Weighted to the types that were weak on held-out data:
meetings and visits (CONSULT), deployments, bases and alerts (MOBILIZE),
agreements (AGREE), concessions (CONCEDE: pardons, easing sanctions,
lifting curfews, announced withdrawals and ceasefires), coercion (COERCE:
arrests, curfews, deportations, bans, raids), endorsements (SUPPORT),
riots (PROTEST riot) and sexual violence (ASSAULT sexual). Manual choices
followed: an actual release or withdrawal is RETREAT, an announced one
CONCEDE; future meetings are AGREE; deporting individuals is COERCE,
expelling diplomats SANCTION; signing an agreement is AGREE (as in
``plover_dev.jsonl``).

    python tests/data/make_plover_blind_t2.py
    eventwire eval plover_gsr --data tests/data/plover_blind_t2.jsonl
"""

from __future__ import annotations

from pathlib import Path

from spans import write_jsonl

OUT = Path(__file__).with_name("plover_blind_t2.jsonl")

SENTENCES: list[tuple[str, str, str | None]] = [
    # CONSULT: meetings, talks, visits, calls, negotiations
    ("The Indonesian president held talks with his Malaysian counterpart in Jakarta on Monday.",
     "CONSULT", None),
    ("Chinese Foreign Minister Wang Yi visited Islamabad for two days this week.",
     "CONSULT", "visit"),
    ("Kenyan officials met opposition leaders behind closed doors on Thursday.", "CONSULT", None),
    ("The two leaders spoke by telephone about the crisis in the Red Sea.", "CONSULT", "phone"),
    ("Envoys from Sudan's warring parties sat down for a new round of negotiations in Jeddah.",
     "CONSULT", None),
    ("The Nigerian president received a delegation of northern governors at the State House.",
     "CONSULT", None),
    ("Germany's chancellor arrived in Warsaw on an official visit.", "CONSULT", "visit"),
    ("NATO defence ministers gathered in Brussels to discuss air defence.", "CONSULT",
     "multilateral"),
    ("Mediators from Qatar hosted indirect talks between Israeli and Hamas negotiators.",
     "CONSULT", "third-party"),
    ("The Ugandan army chief conferred with his Congolese counterpart on border security.",
     "CONSULT", None),
    ("Pakistan's prime minister paid a state visit to Riyadh.", "CONSULT", "visit"),
    ("The opposition leader had a meeting with the UN envoy in Caracas.", "CONSULT", None),
    ("Ministers from the Arab League convened an emergency session in Cairo.", "CONSULT",
     "multilateral"),
    ("Ethiopian and Somali officials discussed the port deal during a video call.", "CONSULT",
     "phone"),
    ("Iran and Saudi Arabia held a fresh round of consultations in Baghdad.", "CONSULT", None),
    ("The Serbian president hosted the Hungarian prime minister in Belgrade.", "CONSULT",
     "visit"),
    ("Rebel commanders and army officers negotiated for hours at a school near the front.",
     "CONSULT", None),
    ("The Secretary of State travelled to Seoul for consultations with South Korean officials.",
     "CONSULT", "visit"),
    # MOBILIZE: troops deployed, bases set up, alerts raised, exercises
    ("Russia deployed thousands of troops to its border with Finland.", "MOBILIZE", "troops"),
    ("The Turkish army set up a new military base in northern Iraq.", "MOBILIZE", None),
    ("India put its air force on high alert after the attack.", "MOBILIZE", None),
    ("Beijing sent two aircraft carriers into the waters near Taiwan.", "MOBILIZE", "weapons"),
    ("Venezuela massed troops along the border with Guyana.", "MOBILIZE", "troops"),
    ("The militia established a checkpoint outside the town of Zawiya.", "MOBILIZE", "militia"),
    ("Police reinforcements were dispatched to the capital ahead of the vote.", "MOBILIZE",
     "police"),
    ("North Korea moved missile launchers closer to the coast.", "MOBILIZE", "weapons"),
    ("The Israeli military called up 10,000 reservists on Sunday.", "MOBILIZE", "troops"),
    ("Armenia raised the combat readiness of its forces along the frontier.", "MOBILIZE", None),
    ("The Wagner group built a new camp near the gold mines of central Mali.", "MOBILIZE",
     "militia"),
    ("France stationed 500 additional soldiers in Estonia.", "MOBILIZE", "troops"),
    ("Iran's navy staged large-scale drills in the Strait of Hormuz.", "MOBILIZE", "weapons"),
    ("Armed gangs reinforced their positions around the port of Port-au-Prince.", "MOBILIZE",
     "militia"),
    ("The Pentagon dispatched a squadron of fighter jets to the Gulf.", "MOBILIZE", "weapons"),
    ("Egyptian troops were redeployed to the Sinai border.", "MOBILIZE", "troops"),
    ("The rebels opened a new outpost on the hills overlooking Goma.", "MOBILIZE", "militia"),
    ("Serbia placed its army on full combat alert.", "MOBILIZE", None),
    # AGREE: agreements, deals, offers, promises, future meetings
    ("Armenia and Azerbaijan signed a framework agreement on border demarcation.", "AGREE", None),
    ("The government and the union reached a deal to end the dispute.", "AGREE", None),
    ("The warring factions agreed on a prisoner exchange.", "AGREE", None),
    ("Colombia and the ELN rebels concluded an accord on humanitarian access.", "AGREE", None),
    ("Turkey offered to mediate between Russia and Ukraine.", "AGREE", None),
    ("The two countries pledged to expand military cooperation.", "AGREE", None),
    ("The presidents will meet in Geneva next month.", "AGREE", None),
    ("Both sides accepted a proposal for a Christmas truce.", "AGREE", None),
    ("Egypt and Ethiopia struck a deal on the filling of the dam.", "AGREE", None),
    ("Kosovo and Serbia initialled a memorandum of understanding in Brussels.", "AGREE", None),
    ("The parties to the conflict committed to a new round of talks.", "AGREE", None),
    ("Japan promised to build a new port in Sri Lanka.", "AGREE", None),
    ("The EU and Mercosur finalised a trade pact after twenty years of talks.", "AGREE", None),
    ("Hamas said it would agree to a phased release of hostages.", "AGREE", None),
    # CONCEDE: pardons, easing restrictions, announced withdrawals and truces, apologies
    ("The president pardoned 300 political prisoners on Independence Day.", "CONCEDE", None),
    ("Washington eased sanctions on Venezuela's oil sector.", "CONCEDE", None),
    ("The army lifted the curfew in Srinagar.", "CONCEDE", None),
    ("The government announced that it would withdraw its troops from the buffer zone.",
     "CONCEDE", None),
    ("The rebels declared a unilateral ceasefire for the holy month.", "CONCEDE", None),
    ("The junta granted an amnesty to exiled opposition figures.", "CONCEDE", None),
    ("The prime minister apologised for the killings of civilians in 1972.", "CONCEDE", None),
    ("The authorities relaxed restrictions on public gatherings.", "CONCEDE", None),
    ("The union called off its planned general strike.", "CONCEDE", None),
    ("The government backed down on the fuel tax increase after protests.", "CONCEDE", None),
    ("The court acquitted the journalist of all charges.", "CONCEDE", None),
    ("Ankara dropped its objection to Sweden's membership.", "CONCEDE", None),
    ("The government reinstated internet access in the region.", "CONCEDE", None),
    ("Moscow unfroze the assets of several Western companies.", "CONCEDE", None),
    ("Protest leaders suspended their sit-in after the minister resigned.", "CONCEDE", None),
    # RETREAT: actual releases, withdrawals, resignations, disarmament
    ("The kidnappers freed twelve schoolgirls in Zamfara state.", "RETREAT", "release"),
    ("Iranian authorities released a French national held since 2022.", "RETREAT", "release"),
    ("Israeli forces pulled out of the Jenin refugee camp on Friday.", "RETREAT", "withdraw"),
    ("The defence minister stepped down over the procurement scandal.", "RETREAT", "resign"),
    ("Hundreds of fighters handed over their weapons to the army.", "RETREAT", "disarm"),
    ("The two sides exchanged prisoners at the border crossing.", "RETREAT", "release"),
    ("The guerrillas observed the truce throughout the weekend.", "RETREAT", "ceasefire"),
    ("Government forces withdrew from the besieged town.", "RETREAT", "withdraw"),
    ("The junta allowed UN monitors into the region.", "RETREAT", "access"),
    # COERCE: arrests, curfews, deportations, bans, raids, shutdowns
    ("Police arrested 40 opposition activists in Dhaka.", "COERCE", "arrest"),
    ("Authorities imposed a curfew on the city of Imphal.", "COERCE", "curfew"),
    ("The government banned the main opposition party.", "COERCE", "restrict"),
    ("Security forces detained the journalist at the airport.", "COERCE", "arrest"),
    ("Greece deported dozens of migrants to Turkey.", "COERCE", "deport"),
    ("The interior ministry shut down two independent newspapers.", "COERCE", "censor"),
    ("The president declared a state of emergency in three provinces.", "COERCE",
     "martial-law"),
    ("Officers raided the headquarters of the human rights group.", "COERCE", "seize"),
    ("Authorities cut off internet access across the Tigray region.", "COERCE", "withhold"),
    ("The court sentenced the opposition leader to five years in prison.", "COERCE", "arrest"),
    ("Soldiers rounded up young men in the village for questioning.", "COERCE", "arrest"),
    ("The regime barred the former president from running in the election.", "COERCE",
     "restrict"),
    ("Police put the opposition candidate under house arrest.", "COERCE", "arrest"),
    ("The authorities confiscated the passports of the protest organisers.", "COERCE", "seize"),
    ("Thailand blocked access to several news websites.", "COERCE", "censor"),
    ("The army sealed off the district after the clashes.", "COERCE", "restrict"),
    ("Hackers linked to Moscow breached the ministry's email servers.", "COERCE", "cyber"),
    ("The government expelled a BBC correspondent from the country.", "COERCE", "deport"),
    ("The military government dissolved the parliament and suspended the constitution.",
     "COERCE", None),
    # SUPPORT: praise, endorsement, recognition, solidarity
    ("The African Union welcomed the peaceful transfer of power in Senegal.", "SUPPORT", None),
    ("Washington endorsed the Egyptian peace plan.", "SUPPORT", None),
    ("The Gulf states expressed solidarity with Morocco after the earthquake.", "SUPPORT", None),
    ("Spain formally recognised the State of Palestine.", "SUPPORT", None),
    ("The Prime Minister praised the Kenyan police for their role in Haiti.", "SUPPORT", None),
    ("Beijing voiced backing for Russia's position on the conflict.", "SUPPORT", None),
    ("The European Parliament approved the association agreement with Ukraine.", "SUPPORT",
     None),
    ("Several Latin American governments congratulated the newly elected president.",
     "SUPPORT", None),
    ("Brazil and Argentina restored full diplomatic relations.", "SUPPORT", None),
    ("The opposition party threw its support behind the reform bill.", "SUPPORT", None),
    ("The foreign minister commended Qatar's mediation efforts.", "SUPPORT", None),
    ("The UN Security Council unanimously endorsed the ceasefire plan.", "SUPPORT", None),
    # PROTEST: riots, demonstrations, strikes
    ("Rioters torched police stations and looted shops in Nairobi.", "PROTEST", "riot"),
    ("Angry protesters threw stones at police and set cars on fire in Dakar.", "PROTEST",
     "riot"),
    ("Violent demonstrations broke out in Tbilisi after the vote.", "PROTEST", "riot"),
    ("Demonstrators ransacked the parliament building in Skopje.", "PROTEST", "riot"),
    ("Rioting erupted in the suburbs of Paris for a third night.", "PROTEST", "riot"),
    ("Mobs attacked government offices during protests over fuel prices.", "PROTEST", "riot"),
    ("Students clashed with riot police during a march against tuition fees.", "PROTEST",
     "riot"),
    ("Thousands of people marched through Belgrade to demand the minister's resignation.",
     "PROTEST", "demo"),
    ("Doctors went on strike across the country over unpaid salaries.", "PROTEST", "strike"),
    ("Farmers blocked highways with tractors to protest the new tax.", "PROTEST", "obstruct"),
    ("Supporters of the jailed leader rallied outside the courthouse.", "PROTEST", "demo"),
    ("Detainees at the prison began a hunger strike.", "PROTEST", "hunger"),
    # ASSAULT: sexual violence, killings, attacks
    ("Soldiers raped dozens of women during the raid on the village.", "ASSAULT", "sexual"),
    ("Militiamen sexually assaulted displaced women near the camp.", "ASSAULT", "sexual"),
    ("The UN documented widespread sexual violence by the paramilitary forces.", "ASSAULT",
     "sexual"),
    ("Fighters abducted and sexually abused girls from the school.", "ASSAULT", "sexual"),
    ("Armed men gang-raped two aid workers in Darfur.", "ASSAULT", "sexual"),
    ("Guards subjected female detainees to sexual abuse.", "ASSAULT", "sexual"),
    ("Gunmen killed eleven worshippers at a mosque in Burkina Faso.", "ASSAULT", "firearms"),
    ("An air strike hit a market in Idlib.", "ASSAULT", "aerial"),
    ("Militants kidnapped three engineers in Balochistan.", "ASSAULT", "abduct"),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu.", "ASSAULT",
     "suicide-attack"),
    ("Police fired tear gas at the crowd.", "ASSAULT", "crowd-control"),
    ("Rebels shelled the outskirts of the city.", "ASSAULT", "heavy-weapons"),
    # SANCTION
    ("Lithuania expelled three Russian diplomats.", "SANCTION", "expel"),
    ("The EU imposed new sanctions on Belarusian officials.", "SANCTION", "discontinue"),
    ("Niger severed diplomatic ties with Ukraine.", "SANCTION", "discontinue"),
    ("The United States suspended military aid to Niger.", "SANCTION", None),
    ("Mali withdrew from the regional bloc.", "SANCTION", "withdraw"),
    ("Australia recalled its ambassador from Beijing.", "SANCTION", "withdraw"),
    ("Washington froze the assets of the militia leaders.", "SANCTION", "discontinue"),
    # REQUEST
    ("The UN chief called for an immediate ceasefire in Gaza.", "REQUEST", "yield"),
    ("Opposition parties demanded the release of the detained activists.", "REQUEST", "yield"),
    ("Ukraine asked its allies for more air defence systems.", "REQUEST", "assist"),
    ("The bishops urged the government to resume talks with the rebels.", "REQUEST", "meet"),
    ("Protesters demanded the resignation of the governor.", "REQUEST", "change"),
    # ACCUSE
    ("Rwanda accused Congo of backing the FDLR militia.", "ACCUSE", "allege"),
    ("The foreign ministry condemned the attack on the embassy.", "ACCUSE", "disapprove"),
    ("Prosecutors charged the former minister with corruption.", "ACCUSE", "allege"),
    ("The UN launched an investigation into the killings.", "ACCUSE", "investigate"),
    ("Human rights groups criticised the government's crackdown.", "ACCUSE", "disapprove"),
    # REJECT
    ("The junta rejected the ECOWAS proposal for a transition.", "REJECT", None),
    ("Israel refused to allow the UN inspectors into the site.", "REJECT", None),
    ("The opposition boycotted the national dialogue.", "REJECT", None),
    ("Moscow dismissed the allegations as baseless.", "REJECT", None),
    ("The president vetoed the amnesty bill.", "REJECT", None),
    # THREATEN
    ("North Korea threatened to strike American bases in Guam.", "THREATEN", "violence"),
    ("The EU warned it would impose tariffs on Chinese electric cars.", "THREATEN", None),
    ("The rebels vowed to attack any convoy entering the region.", "THREATEN", "violence"),
    ("The president threatened to expel the UN mission.", "THREATEN", "expel"),
    ("Turkey warned of a new ground offensive in Syria.", "THREATEN", "violence"),
    # AID
    ("Japan sent emergency relief supplies to the flood-hit areas of Pakistan.", "AID", None),
    ("The World Bank approved a $500 million loan to Kenya.", "AID", None),
    ("Germany granted asylum to the dissident.", "AID", None),
    ("Canada delivered armoured vehicles to the Ukrainian army.", "AID", None),
    ("Commandos rescued the hostages from a compound in the desert.", "AID", None),
    # COOPERATE
    ("The two navies conducted joint exercises in the South China Sea.", "COOPERATE", None),
    ("Spain extradited the suspect to Argentina.", "COOPERATE", None),
    ("The intelligence services of both countries shared information on the bombers.",
     "COOPERATE", None),
    ("India and Bangladesh launched a joint border patrol.", "COOPERATE", None),
    ("The two neighbours reopened their border crossing to trade.", "COOPERATE", None),
]


def main() -> None:
    rows = [{"id": f"t2-{n:03d}", "text": text, "event_type": kind, "mode": mode,
             "source": [], "target": []}
            for n, (text, kind, mode) in enumerate(SENTENCES, 1)]
    write_jsonl(rows, OUT)


if __name__ == "__main__":
    main()
