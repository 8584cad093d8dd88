"""Build tests/data/plover_blind_m3.jsonl: a blind PLOVER type + mode set (branch modes3).

Single news sentences written for eventwire by its developers (MIT) on
2026-12-03 in the styles of several outlets (agency copy with datelines and
relays, broadsheet, broadcaster, local paper), one main event each, labelled
with the 2021 PLOVER manual's types and modes (``PLOVER_MANUAL.tex`` in
``../shared/data/plover``) and ``docs/annotation.md`` *before* the system was
run on them. Weighted to the classes that were weak on held-out data --
meetings, talks, visits and summits (CONSULT); troops deployed, bases set up,
forces mobilised (MOBILIZE); deals and accords (AGREE; signing or ratifying
SUPPORT, as the manual's SUPPORT definition and annotation.md say); riots and
clashes of protesters with police (PROTEST riot); sexual violence (ASSAULT
sexual); concessions (CONCEDE; an actual release or withdrawal RETREAT);
coercion (COERCE); endorsement and praise (SUPPORT) -- and to their
look-alikes (a cancelled meeting REJECT, a future visit AGREE, a shelled base
ASSAULT, police firing tear gas ASSAULT crowd-control, an expelled ambassador
SANCTION). A mode is given where the manual's mode table makes it clear,
else ``None`` (not scored).

    python tests/data/make_plover_blind_m3.py
    eventwire eval plover_gsr --data tests/data/plover_blind_m3.jsonl
"""

from __future__ import annotations

from pathlib import Path

from spans import write_jsonl

OUT = Path(__file__).with_name("plover_blind_m3.jsonl")

SENTENCES: list[tuple[str, str, str | None]] = [
    # CONSULT: meetings, talks, visits, summits, calls
    ("KAMPALA, March 4 (Reuters) - Uganda's foreign minister met his Rwandan counterpart on "
     "Tuesday to discuss tensions along their shared border, officials said.", "CONSULT", None),
    ("The prime minister flew to Nairobi on Friday for a two-day visit, his office said.",
     "CONSULT", "visit"),
    ("President Ramaphosa hosted his Zimbabwean counterpart at the Union Buildings on "
     "Wednesday.", "CONSULT", "visit"),
    ("Leaders of the Southern African Development Community gathered in Lusaka for an "
     "extraordinary summit on the crisis.", "CONSULT", "multilateral"),
    ("Talks between the government and the National Liberation Army resumed in Havana under "
     "Norwegian and Cuban mediation.", "CONSULT", "third-party"),
    ("The two defence chiefs discussed the drone incident in a phone call late on Sunday, "
     "according to a Pentagon readout.", "CONSULT", "phone"),
    ("Opposition figures held closed-door consultations with the army leadership in Bamako on "
     "Saturday, state television reported.", "CONSULT", None),
    ("Iran's foreign minister arrived in Damascus on an unannounced trip, the official IRNA "
     "news agency said.", "CONSULT", "visit"),
    ("The British foreign secretary sat down with Palestinian Authority officials in Ramallah "
     "to press for reforms.", "CONSULT", None),
    ("Envoys of the two Koreas met at the truce village of Panmunjom for the first time in "
     "three years.", "CONSULT", None),
    ("The Chinese premier received the visiting Pakistani army chief in Beijing, Xinhua "
     "reported.", "CONSULT", "visit"),
    ("Ethiopian and Egyptian negotiators wrapped up a third round of talks on the dam in Addis "
     "Ababa without a breakthrough.", "CONSULT", None),
    ("The foreign ministers of the G7 convened on the sidelines of the UN General Assembly in "
     "New York.", "CONSULT", "multilateral"),
    ("Sudan's army chief and the RSF commander held face-to-face talks in Jeddah hosted by "
     "Saudi Arabia and the United States.", "CONSULT", "third-party"),
    ("NEW DELHI - Prime Minister Modi and the visiting Australian prime minister discussed "
     "trade and security on Friday.", "CONSULT", "visit"),
    # look-alikes of CONSULT
    ("The minister's meeting with the rebel leaders was called off at the last minute, "
     "officials said.", "REJECT", "meet"),
    ("The president will travel to Beijing next month for talks with Xi Jinping, the foreign "
     "ministry announced.", "AGREE", None),
    ("The foreign ministry summoned the Dutch ambassador to protest against the cartoons.",
     "ACCUSE", "disapprove"),
    # MOBILIZE: troops deployed, bases set up, forces mobilised, alerts
    ("Russia has moved additional S-400 air defence batteries to Kaliningrad, the Lithuanian "
     "defence ministry said.", "MOBILIZE", "weapons"),
    ("The Turkish army set up a new military base in northern Iraq's Duhok province, local "
     "officials said.", "MOBILIZE", "troops"),
    ("Al-Shabaab fighters established a base in the forests near Jilib, residents said.",
     "MOBILIZE", "militia"),
    ("Thousands of reservists were called up on Monday as tensions rose along the border.",
     "MOBILIZE", "troops"),
    ("Armenia placed its armed forces on high alert after the shooting incident.", "MOBILIZE",
     "troops"),
    ("India deployed an additional 5,000 soldiers to Manipur to restore calm.", "MOBILIZE",
     "troops"),
    ("Riot police were deployed across central Tbilisi ahead of the planned opposition rally.",
     "MOBILIZE", "police"),
    ("The militia massed fighters on the outskirts of Tripoli, witnesses said.", "MOBILIZE",
     "militia"),
    ("Houthi forces established new positions along the Red Sea coast south of Hodeidah.",
     "MOBILIZE", "militia"),
    ("The US Navy sent a second aircraft carrier strike group to the eastern Mediterranean.",
     "MOBILIZE", "weapons"),
    ("Beijing staged large-scale military drills around Taiwan on Saturday.", "MOBILIZE", None),
    ("Venezuela mobilised 25,000 troops to its border with Guyana, the defence minister said "
     "on state television.", "MOBILIZE", "troops"),
    ("Police reinforcements were rushed to the town after overnight communal tension.",
     "MOBILIZE", "police"),
    ("The Israeli army called up two reserve brigades and deployed them to the northern "
     "border.", "MOBILIZE", "troops"),
    ("Jihadists set up a camp in the hills outside Menaka, residents told AFP.", "MOBILIZE",
     "militia"),
    ("North Korea moved mobile missile launchers toward its east coast, South Korean "
     "intelligence said.", "MOBILIZE", "weapons"),
    # look-alikes of MOBILIZE
    ("Rebels shelled an army base outside Goma overnight, killing three soldiers.", "ASSAULT",
     "heavy-weapons"),
    ("The last French troops left their base in Niamey on Friday.", "RETREAT", "withdraw"),
    ("Joint naval exercises between Russia and China began in the Sea of Japan.", "COOPERATE",
     None),
    # AGREE and signing (SUPPORT)
    ("The two governments reached an agreement on the return of refugees after three days of "
     "talks.", "AGREE", None),
    ("Kenya and Ethiopia signed a memorandum of understanding on cross-border trade in Nairobi "
     "on Tuesday.", "SUPPORT", None),
    ("The warring factions signed a peace accord in Juba on Sunday, ending five years of war.",
     "SUPPORT", None),
    ("Parliament ratified the defence cooperation treaty with France by 201 votes to 40.",
     "SUPPORT", None),
    ("Colombia and the ELN rebels agreed to hold a new round of talks in Mexico next month.",
     "AGREE", None),
    ("The union and the government struck a deal late on Thursday to end the pay dispute.",
     "AGREE", None),
    ("Japan pledged to cooperate with the Philippines on maritime security, the foreign "
     "ministry said.", "AGREE", None),
    ("The two sides clinched a deal on grain exports brokered by Turkey.", "AGREE", None),
    ("Egypt offered to host the next round of negotiations between Israel and Hamas.", "AGREE",
     None),
    ("Uzbekistan and Kazakhstan inked a border demarcation treaty in Tashkent.", "SUPPORT",
     None),
    ("Opposition parties promised to accept the results of the election.", "AGREE", None),
    # SUPPORT: endorse, praise, back, recognise, ties
    ("The African Union endorsed the transition timetable announced by the junta.", "SUPPORT",
     None),
    ("The European Union welcomed the release of the journalists and praised Qatar's "
     "mediation.", "SUPPORT", None),
    ("Washington voiced strong support for the Philippine position in the South China Sea.",
     "SUPPORT", None),
    ("The party's leader backed the prime minister's decision to call early elections.",
     "SUPPORT", None),
    ("Morocco recognised the new government in Niamey, the foreign ministry said.", "SUPPORT",
     None),
    ("The governor commended the police for their handling of the protests.", "SUPPORT", None),
    ("Ghana and Burkina Faso restored diplomatic ties after a two-year rift.", "SUPPORT", None),
    # look-alikes of SUPPORT
    ("The opposition leader criticised the government's handling of the crisis.", "ACCUSE",
     "disapprove"),
    ("Rights groups condemned the verdict as politically motivated.", "ACCUSE", "disapprove"),
    # PROTEST: riots and clashes, and other protest modes
    ("Protesters clashed with police in central Dhaka on Sunday, hurling stones and setting "
     "vehicles on fire.", "PROTEST", "riot"),
    ("Rioters torched a police station and looted shops in the northern town overnight.",
     "PROTEST", "riot"),
    ("Hundreds of youths fought running battles with security forces in the suburbs of Dakar "
     "after the opposition leader's arrest.", "PROTEST", "riot"),
    ("Demonstrators stormed the parliament building and ransacked offices, television footage "
     "showed.", "PROTEST", "riot"),
    ("Angry residents burned tyres and threw rocks at police during a protest over water "
     "shortages.", "PROTEST", "riot"),
    ("Violent protests erupted in several cities after the election results were announced.",
     "PROTEST", "riot"),
    ("Thousands marched peacefully through Santiago to demand pension reform.", "PROTEST",
     "demo"),
    ("Farmers blocked major highways with tractors to protest against fuel taxes.", "PROTEST",
     "obstruct"),
    ("Doctors at public hospitals walked off the job on Monday over unpaid salaries.",
     "PROTEST", "strike"),
    # look-alike: police force against protesters
    ("Police fired tear gas and rubber bullets to disperse stone-throwing protesters in "
     "Nairobi.", "ASSAULT", "crowd-control"),
    # ASSAULT sexual
    ("Soldiers raped at least 20 women during a raid on the village, a UN report said.",
     "ASSAULT", "sexual"),
    ("Gunmen sexually assaulted two girls after storming the school, police said.", "ASSAULT",
     "sexual"),
    ("Fighters from the armed group abducted and raped dozens of women in North Kivu, Human "
     "Rights Watch said.", "ASSAULT", None),
    ("Security forces used rape as a weapon of war against the Rohingya, the investigators "
     "concluded.", "ASSAULT", "sexual"),
    ("Two teenagers were raped by armed men on the road to the market in Borno.", "ASSAULT",
     "sexual"),
    ("Survivors described being sexually abused by prison guards during interrogations.",
     "ASSAULT", "sexual"),
    # look-alike: the accusation is the event
    ("Militiamen were accused of gang-raping displaced women near the camp.", "ACCUSE",
     "allege"),
    # concessions (CONCEDE) and their material form (RETREAT)
    ("The junta released 300 political prisoners on Saturday under an amnesty.", "RETREAT",
     "release"),
    ("The president pardoned 14 opposition activists jailed over last year's protests.",
     "CONCEDE", None),
    ("Washington eased sanctions on Venezuela's oil sector after the deal on elections.",
     "CONCEDE", None),
    ("The government lifted the curfew in the capital on Thursday.", "CONCEDE", None),
    ("Moscow announced it would withdraw its troops from the Kherson region.", "CONCEDE", None),
    ("The last Ethiopian troops withdrew from the Tigray town on Monday, residents said.",
     "RETREAT", "withdraw"),
    ("The rebels accepted a ceasefire proposed by the African Union mediators.", "CONCEDE",
     None),
    ("The government declared a unilateral ceasefire for the holy month.", "CONCEDE", None),
    ("The prime minister apologised for the police killings of protesters.", "CONCEDE", None),
    ("Authorities lifted the ban on the main opposition party ahead of the vote.", "CONCEDE",
     None),
    ("The court acquitted the journalist of all charges.", "CONCEDE", None),
    ("Hamas freed four Israeli hostages in exchange for Palestinian prisoners.", "RETREAT",
     "release"),
    ("The army allowed aid convoys into the besieged city for the first time in months.",
     "RETREAT", "access"),
    # COERCE: arrests, curfews, bans, expulsions, censorship
    ("Police arrested dozens of opposition supporters in overnight raids in Harare.", "COERCE",
     "arrest"),
    ("Authorities imposed a dusk-to-dawn curfew in the city after the unrest.", "COERCE",
     "curfew"),
    ("The interior ministry banned all public gatherings for 30 days.", "COERCE", "restrict"),
    ("Rwanda expelled two foreign journalists accused of spying.", "COERCE", "deport"),
    ("The government cut internet access across the Amhara region.", "COERCE", "withhold"),
    ("Security forces detained a prominent human rights lawyer at Lagos airport.", "COERCE",
     "arrest"),
    ("Troops sealed off the district and searched homes for weapons.", "COERCE", None),
    ("The military declared martial law in the southern provinces.", "COERCE", "martial-law"),
    ("The regulator shut down two independent television channels.", "COERCE", "censor"),
    ("Tunisia deported dozens of sub-Saharan migrants to the Libyan border.", "COERCE",
     "deport"),
    # look-alike: diplomats expelled
    ("Ghana expelled the Nigerian ambassador over the border dispute.", "SANCTION", "expel"),
]


def main() -> None:
    rows = [{"id": f"m3-{n:03d}", "text": text, "event_type": kind, "mode": mode,
             "source": [], "target": []}
            for n, (text, kind, mode) in enumerate(SENTENCES, 1)]
    write_jsonl(rows, OUT)


if __name__ == "__main__":
    main()
