"""Build tests/data/records/rec_b.jsonl: gold whole-record events (batch rec_b).

All texts were written for eventwire by the annotator in the style of
news-agency copy (CC BY 4.0, this project); they are invented wording about
real or plausible events in Europe, Russia/Ukraine/Caucasus, South and East
Asia and Latin America. Labels follow docs/annotation.md and were written
without running eventwire on these texts.

Spans are located by needle strings, never by hand-counted offsets:

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

    python3 tests/data/records/make_rec_b.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import needles  # noqa: E402
from needles import E, P  # noqa: E402
from spans import write_jsonl  # noqa: E402

BATCH = "rec_b"
OUT = Path(__file__).with_name(f"{BATCH}.jsonl")

# GeoNames points (a country's own feature point; a city's centre).
PLACES = {
    "Georgia": (42.0, 43.5), "Tbilisi": (41.69, 44.83), "Ukraine": (49.0, 32.0),
    "Russia": (60.0, 100.0), "Abu Dhabi": (24.47, 54.37), "Moscow": (55.75, 37.62),
    "Kyiv": (50.45, 30.52), "Belgorod": (50.61, 36.58), "Kosovo": (42.58, 21.0),
    "Serbia": (44.0, 21.0), "Pristina": (42.67, 21.17), "Belgrade": (44.80, 20.47),
    "Zvecan": (42.91, 20.84), "Raska": (43.29, 20.61), "Naypyitaw": (19.75, 96.13),
    "Myanmar": (21.0, 96.0), "Sagaing": (21.88, 95.98), "Islamabad": (33.72, 73.04),
    "Lahore": (31.56, 74.35), "Rawalpindi": (33.60, 73.04), "Peshawar": (34.01, 71.58),
    "Pakistan": (30.0, 70.0), "New Delhi": (28.62, 77.21), "India": (22.0, 79.0),
    "Manila": (14.60, 120.98), "Philippines": (13.0, 122.0), "Seoul": (37.57, 126.98),
    "Pyongyang": (39.03, 125.75), "Yeonpyeong": (37.67, 125.70), "South Korea": (36.5, 127.75),
    "Taipei": (25.05, 121.53), "Taiwan": (24.0, 121.0), "Beijing": (39.91, 116.40),
    "Caracas": (10.49, -66.88), "Venezuela": (8.0, -66.0), "Bogota": (4.61, -74.08),
    "Colombia": (4.0, -73.25), "Mexico City": (19.43, -99.13), "Culiacan": (24.80, -107.39),
    "Brasilia": (-15.78, -47.93), "Brazil": (-10.0, -55.0), "Havana": (23.13, -82.38),
    "Barrancas": (10.96, -72.79), "Gori": (41.98, 44.11), "Kharkiv": (49.98, 36.25),
    "Mexico": (23.0, -102.0), "Yerevan": (40.18, 44.51), "Baku": (40.38, 49.89),
    "Armenia": (40.25, 45.0), "Azerbaijan": (40.5, 47.5),
    "Rustaveli Avenue": (41.70, 44.80), "Kanbalu": (23.20, 95.52), "Bangkok": (13.75, 100.50),
    "California": (37.25, -119.75), "Uri": (34.08, 74.05), "Sochi": (43.60, 39.73), "Second Thomas Shoal": (9.73, 115.87), "Tskhinvali": (42.23, 43.97), "Masinloc": (15.54, 119.95), "Khankendi": (39.82, 46.75),
}


def build_event(art: dict, i: int, e: dict) -> dict:
    """rec_b's events: the shared builder without the checks added in Batch d."""
    return needles.build_event(art, i, e, PLACES, sentence_start=needles._naive_sentence_start,
                               strict=False)


ARTICLES: list[dict] = []


def A(id_, outlet, published, title, text, split, events):
    assert text.startswith(title), id_
    ARTICLES.append(dict(id=f"{BATCH}-{id_}", outlet=outlet, published=published, title=title,
                         text=text, split=split, source="own", events=events))


# --------------------------------------------------------------------------
# Story 1 (three outlets, dev): Tbilisi protests against the "foreign agents"
# bill, night of 30 April 2024.
# --------------------------------------------------------------------------
T = ("Georgian police fire tear gas at crowds opposing 'foreign agents' bill\n"
     "TBILISI, May 1 (Reuters) - Georgian riot police fired tear gas and water cannon late on "
     "Tuesday to disperse thousands of people rallying outside parliament in Tbilisi against a "
     "bill on \"foreign agents\" that critics say mirrors a Russian law.\n"
     "The interior ministry said officers detained 63 people after demonstrators blocked the "
     "entrances to the parliament building and threw bottles at police. Opposition leader Levan "
     "Khabeishvili was beaten by police and taken to hospital, his United National Movement "
     "party said.\n"
     "The ministry denied that officers had beaten anyone in custody.\n"
     "European Council President Charles Michel urged the government to reconsider the bill, "
     "saying it would move Georgia away from the European Union. The EU granted Georgia "
     "candidate status in December.\n"
     "Prime Minister Irakli Kobakhidze said on Wednesday his government would not withdraw the "
     "bill \"under any pressure\" and accused foreign-funded groups of organising the unrest. "
     "Protest leaders said they would return to the streets on Wednesday evening.")
D = ("2024-04-30", "day", False)
TB = P(("TBILISI", 1), "Tbilisi")
A("01", "Reuters", "2024-05-01",
  "Georgian police fire tear gas at crowds opposing 'foreign agents' bill", T, "dev", [
      E("Georgian police fire tear", "fire", "ASSAULT", "crowd-control",
        ("Georgian police", "GEO", "COP"), ("crowds", "GEO", "CVL"), D, None,
        cl="rb-tbilisi-teargas"),
      E("Georgian riot police fired", "fired", "ASSAULT", "crowd-control",
        ("Georgian riot police", "GEO", "COP"), ("thousands of people", "GEO", "CVL"), D,
        "Tbilisi", cl="rb-tbilisi-teargas"),
      E("thousands of people rallying", "rallying", "PROTEST", "demo",
        ("thousands of people", "GEO", "CVL"), None, D, "Tbilisi", cl="rb-tbilisi-rally"),
      E("The interior ministry said", "detained", "COERCE", "arrest",
        ("officers", "GEO", "COP"), ("63 people", "GEO", "CVL"), D, TB,
        speaker="The interior ministry", mod="reported", cl="rb-tbilisi-arrests"),
      E("demonstrators blocked", "blocked", "PROTEST", "obstruct",
        ("demonstrators", "GEO", "CVL"), None, D, TB,
        speaker=("The interior ministry", 1), mod="reported", cl="rb-tbilisi-block"),
      E("threw bottles", "threw", "ASSAULT", "primitive",
        (("demonstrators", "demonstrators blocked"), "GEO", "CVL"), ("police", "GEO", "COP"), D,
        TB, speaker=("The interior ministry", 1), mod="reported", cl="rb-tbilisi-missiles"),
      E("Opposition leader Levan", "beaten", "ASSAULT", "beat",
        ("police", "GEO", "COP"), ("Levan Khabeishvili", "GEO", "OPP"), D, TB,
        speaker="his United National Movement party", mod="reported",
        cl="rb-tbilisi-khabeishvili"),
      E("The ministry denied", "beaten", "ASSAULT", "beat",
        ("officers", "GEO", "COP"), None, D, TB, speaker="The ministry", mod="denied"),
      E("Charles Michel urged", "urged", "REQUEST", "change",
        ("Charles Michel", None, "IGO"), ("the government", "GEO", "GOV"), None, None,
        mod="demanded"),
      E("The EU granted", "granted", "SUPPORT", None,
        ("The EU", None, "IGO"), ("Georgia", "GEO", "GOV"), ("2023-12", "month", True), None),
      E("Prime Minister Irakli Kobakhidze said", "withdraw", "CONCEDE", None,
        ("his government", "GEO", "GOV"), None, None, None,
        speaker="Prime Minister Irakli Kobakhidze", mod="negated"),
      E("and accused foreign-funded", "accused", "ACCUSE", "allege",
        (("Prime Minister Irakli Kobakhidze", 1), "GEO", "GOV"),
        ("foreign-funded groups", "GEO", "NGO"), ("2024-05-01", "day", False), TB),
      E("Protest leaders said", "return", "PROTEST", "demo",
        ("they", "GEO", "CVL"), None, ("2024-05-01", "day", False), TB,
        speaker="Protest leaders", mod="future", cl="rb-tbilisi-may1-march"),
  ])

T = ("Georgia: police crack down on protest, opposition leader in hospital\n"
     "Tbilisi (AFP) - Police in Georgia used rubber bullets, tear gas and water cannon overnight "
     "to break up a rally of some 20,000 people against a controversial \"foreign influence\" "
     "bill, AFP journalists saw, and arrested dozens.\n"
     "The interior ministry put the number of detained at 63 and said six police officers were "
     "injured when protesters hurled stones and fireworks at them.\n"
     "Levan Khabeishvili, chairman of the main opposition party, appeared in parliament on "
     "Wednesday with a bandaged face and said masked officers had attacked him as he left the "
     "rally. \"They wanted to silence me,\" he told lawmakers.\n"
     "Washington also condemned the violence. \"We are deeply concerned,\" State Department "
     "spokesman Matthew Miller said, adding that the United States could review its "
     "cooperation with Tbilisi should the law be adopted.\n"
     "President Salome Zourabichvili, who is at odds with the ruling party, has vowed to veto "
     "the bill. Georgian Dream has enough votes to override her veto.")
TB = P(("Tbilisi", 1), "Tbilisi")
A("02", "AFP", "2024-05-01",
  "Georgia: police crack down on protest, opposition leader in hospital", T, "dev", [
      E("Georgia: police crack", "crack down", "ASSAULT", None,
        ("police", "GEO", "COP"), None, D, None, cl="rb-tbilisi-teargas"),
      E("crack down on protest", "protest", "PROTEST", "demo", None, None, D, None,
        cl="rb-tbilisi-rally"),
      E("Police in Georgia used", "used", "ASSAULT", "crowd-control",
        ("Police", "GEO", "COP"), ("some 20,000 people", "GEO", "CVL"), D, TB,
        cl="rb-tbilisi-teargas"),
      E("break up a rally", "rally", "PROTEST", "demo",
        ("some 20,000 people", "GEO", "CVL"), None, D, TB, cl="rb-tbilisi-rally"),
      E("and arrested dozens", "arrested", "COERCE", "arrest",
        (("Police", 1), "GEO", "COP"), ("dozens", "GEO", "CVL"), D, TB, cl="rb-tbilisi-arrests"),
      E("protesters hurled", "hurled", "ASSAULT", "primitive",
        ("protesters", "GEO", "CVL"), ("them", "GEO", "COP"), D, TB,
        speaker=("The interior ministry", 1), mod="reported", cl="rb-tbilisi-missiles"),
      E("masked officers had attacked", "attacked", "ASSAULT", "beat",
        ("masked officers", "GEO", "COP"), ("him", "GEO", "OPP"), D, TB,
        speaker=("Levan Khabeishvili", 1), mod="reported", cl="rb-tbilisi-khabeishvili"),
      E("as he left the", "rally", "PROTEST", "demo", None, None, D, TB, cl="rb-tbilisi-rally"),
      E("Washington also condemned", "condemned", "ACCUSE", "disapprove",
        ("Washington", "USA", "GOV"), None, None, None),
      E("adding that the United States", "review", "SANCTION", "discontinue",
        ("the United States", "USA", "GOV"), ("Tbilisi", "GEO", "GOV"), None, None,
        speaker=("State Department spokesman Matthew Miller", "Washington also"),
        mod="conditional", cond="should the law be adopted"),
      E("President Salome Zourabichvili, who", "veto", "REJECT", "change",
        ("President Salome Zourabichvili", "GEO", "GOV"), None, None, None, mod="future"),
  ])

T = ("Thousands protest in Tbilisi again after night of clashes\n"
     "Tbilisi (dpa) - Thousands of Georgians marched through central Tbilisi on Wednesday "
     "evening for a second night, a day after police broke up a rally against the so-called "
     "foreign agents law with tear gas and detained more than 60 people.\n"
     "Demonstrators waving EU flags blocked Rustaveli Avenue, the city's main thoroughfare, and "
     "chanted \"No to the Russian law\". There were no reports of clashes by midnight, and "
     "police did not intervene.\n"
     "German Foreign Minister Annalena Baerbock phoned her Georgian counterpart Ilia "
     "Darchiashvili and called on Tbilisi to respect the right to peaceful protest, the Foreign "
     "Office in Berlin said on Thursday.\n"
     "Baerbock is expected to travel to the South Caucasus in the coming weeks, diplomats said.\n"
     "Georgian Dream founder Bidzina Ivanishvili, who holds no official post, told a "
     "pro-government rally on Monday that opposition parties were \"agents of a foreign party "
     "of war\" and said they would face \"severe political and legal consequences\" after the "
     "October elections.")
TB = P(("Tbilisi", 2), "Tbilisi")
D1 = ("2024-05-01", "day", False)
A("03", "dpa", "2024-05-02", "Thousands protest in Tbilisi again after night of clashes", T, "dev", [
    E("Thousands protest in", "protest", "PROTEST", "demo", ("Thousands", "GEO", "CVL"), None,
      D1, P(("Tbilisi", 1), "Tbilisi"), cl="rb-tbilisi-may1-march"),
    E("night of clashes", "clashes", "PROTEST", "riot", None, None, D, None,
      cl="rb-tbilisi-clashes"),
    E("Thousands of Georgians marched", "marched", "PROTEST", "demo",
      ("Thousands of Georgians", "GEO", "CVL"), None, D1,
      P(("Tbilisi", "Thousands of Georgians marched"), "Tbilisi"),
      cl="rb-tbilisi-may1-march"),
    E("police broke up", "broke up", "ASSAULT", "crowd-control",
      ("police", "GEO", "COP"), None, D, TB, cl="rb-tbilisi-teargas"),
    E("a rally against the so-called", "rally", "PROTEST", "demo", None, None, D, TB,
      cl="rb-tbilisi-rally"),
    E("and detained more", "detained", "COERCE", "arrest",
      (("police", "police broke up"), "GEO", "COP"), ("more than 60 people", "GEO", "CVL"), D, TB,
      cl="rb-tbilisi-arrests"),
    E("Demonstrators waving", "blocked", "PROTEST", "obstruct",
      ("Demonstrators", "GEO", "CVL"), None, D1, "Rustaveli Avenue"),
    E("no reports of clashes", "clashes", "PROTEST", "riot", None, None, D1, TB, mod="negated"),
    E("police did not intervene", "intervene", "COERCE", None,
      ("police", "GEO", "COP"), None, D1, TB, mod="negated"),
    E("Annalena Baerbock phoned", "phoned", "CONSULT", "phone",
      ("Annalena Baerbock", "DEU", "GOV"), ("Ilia Darchiashvili", "GEO", "GOV"),
      None, None, speaker="the Foreign Office", mod="reported"),
    E("and called on Tbilisi", "called on", "REQUEST", "change",
      (("Annalena Baerbock", 1), "DEU", "GOV"), ("Tbilisi", "GEO", "GOV"), None, None,
      speaker="the Foreign Office", mod="demanded"),
    E("Baerbock is expected", "travel", "CONSULT", "visit",
      ("Baerbock", "DEU", "GOV"), None, None, None, speaker="diplomats", mod="future"),
    E("severe political", "consequences", "THREATEN", None,
      (("Bidzina Ivanishvili", 1), "GEO", "GOV"), (("they", "and said they"), "GEO", "OPP"),
      ("2024-04-29", "day", False), None, speaker=("Bidzina Ivanishvili", 1),
      mod="threatened"),
])



# --------------------------------------------------------------------------
# Story 2 (two outlets, blind): Russia-Ukraine prisoner exchange, 3 Jan 2024.
# --------------------------------------------------------------------------
T = ("Ukraine and Russia swap hundreds of prisoners in biggest exchange of the war\n"
     "KYIV, Jan 3 (Reuters) - Ukraine and Russia exchanged hundreds of prisoners of war on "
     "Wednesday in the largest swap since Moscow's full-scale invasion, after mediation by the "
     "United Arab Emirates, officials on both sides said.\n"
     "President Volodymyr Zelenskiy said 230 Ukrainians, including soldiers who defended "
     "Mariupol and Snake Island, had come home. Russia's defence ministry said 248 of its "
     "servicemen had been returned from territory controlled by Kyiv and would be flown to "
     "Moscow for medical treatment.\n"
     "The exchange came days after Russia launched its largest air attack of the war, firing "
     "158 missiles and drones at Ukrainian cities on Dec. 29. Kyiv said at least 39 civilians "
     "were killed.\n"
     "Ukraine's human rights ombudsman Dmytro Lubinets thanked the UAE and said Kyiv had asked "
     "Moscow to allow the International Committee of the Red Cross access to all Ukrainian "
     "prisoners. Moscow has not granted the ICRC such access, he said.\n"
     "The last exchange took place in August. Talks on further swaps could resume later this "
     "month, a source in the Ukrainian presidential office told Reuters.")
D = ("2024-01-03", "day", False)
A("04", "Reuters", "2024-01-03",
  "Ukraine and Russia swap hundreds of prisoners in biggest exchange of the war", T, "blind", [
      E("Ukraine and Russia swap", "swap", "RETREAT", "release", ("Ukraine", "UKR", "GOV"),
        ("Russia", "RUS", "GOV"), D, None, cl="rb-swap-2024"),
      E("Ukraine and Russia exchanged", "exchanged", "RETREAT", "release",
        ("Ukraine", "UKR", "GOV"), ("Russia", "RUS", "GOV"), D, None,
        speaker="officials on both sides", mod="reported", cl="rb-swap-2024"),
      E("after mediation by", "mediation", "CONSULT", "third-party",
        ("United Arab Emirates", "ARE", "GOV"), None, None, None,
        speaker="officials on both sides", mod="reported", cl="rb-swap-uae-mediation"),
      E("Russia's defence ministry said", "returned", "RETREAT", "release", None,
        ("248 of its servicemen", "RUS", "MIL"), D, None, speaker="Russia's defence ministry",
        mod="reported", cl="rb-swap-2024"),
      E("after Russia launched", "attack", "ASSAULT", "aerial", ("Russia", "RUS", "MIL"),
        ("Ukrainian cities", "UKR", "CVL"), ("2023-12-29", "day", False), None,
        cl="rb-ua-dec29-strike"),
      E("Kyiv said at least", "killed", "ASSAULT", None, None,
        ("at least 39 civilians", "UKR", "CVL"), ("2023-12-29", "day", False), None,
        speaker="Kyiv", mod="reported", cl="rb-ua-dec29-strike"),
      E("Dmytro Lubinets thanked", "thanked", "SUPPORT", None,
        ("Dmytro Lubinets", "UKR", "GOV"), ("the UAE", "ARE", "GOV"), None, None),
      E("said Kyiv had asked", "asked", "REQUEST", "yield", ("Kyiv", "UKR", "GOV"),
        ("Moscow", "RUS", "GOV"), None, None, speaker=("Dmytro Lubinets", "Ukraine's human"),
        mod="demanded"),
      E("Moscow has not granted", "granted", "RETREAT", "access", ("Moscow", "RUS", "GOV"),
        ("the ICRC", None, "NGO"), None, None, speaker="he", mod="negated"),
      E("The last exchange", "exchange", "RETREAT", "release", None, None,
        ("2023-08", "month", True), None),
      E("Talks on further", "Talks", "CONSULT", None, None, None, ("2024-01", "month", False),
        None, speaker="a source in the Ukrainian presidential office", mod="hypothetical"),
  ])

T = ("Russia returns 248 servicemen from Ukrainian captivity - Defense Ministry\n"
     "MOSCOW, January 3. /TASS/. Russia has brought back 248 servicemen from Ukrainian "
     "captivity as a result of complicated negotiations, the Russian Defense Ministry said on "
     "Wednesday. In return, 230 prisoners of war were handed over to the Kiev regime, the "
     "ministry added.\n"
     "The ministry said the United Arab Emirates had acted as a humanitarian mediator in the "
     "process. The released servicemen are receiving psychological and medical assistance and "
     "will be taken to Moscow by military transport aircraft, it said.\n"
     "Earlier, RIA Novosti quoted Russian Human Rights Commissioner Tatyana Moskalkova as saying "
     "the Ukrainian side had "
     "repeatedly disrupted exchanges by changing lists at the last minute. Kiev denied that it "
     "had blocked any swap.\n"
     "Moskalkova said she met with her Ukrainian counterpart Dmitry Lubinets in December at "
     "the Belarusian border, where Lubinets agreed to continue talks on returning civilians. "
     "She said Moscow was ready to carry out a further exchange \"if Kiev shows political "
     "will\".")
A("05", "TASS", "2024-01-03",
  "Russia returns 248 servicemen from Ukrainian captivity - Defense Ministry", T, "blind", [
      E("Russia returns 248", "returns", "RETREAT", "release", ("Russia", "RUS", "GOV"), None,
        D, None, speaker="Defense Ministry", mod="reported", cl="rb-swap-2024"),
      E("Russia has brought back", "brought back", "RETREAT", "release",
        ("Russia", "RUS", "GOV"), None, D, None, speaker="the Russian Defense Ministry",
        mod="reported", cl="rb-swap-2024"),
      E("complicated negotiations", "negotiations", "CONSULT", None, None, None, None, None,
        speaker="the Russian Defense Ministry", mod="reported"),
      E("In return, 230", "handed over", "RETREAT", "release", None,
        ("the Kiev regime", "UKR", "GOV"), D, None, speaker="the ministry", mod="reported",
        cl="rb-swap-2024"),
      E("The ministry said the United", "mediator", "CONSULT", "third-party",
        ("the United Arab Emirates", "ARE", "GOV"), None, None, None,
        speaker="The ministry", mod="reported", cl="rb-swap-uae-mediation"),
      E("the Ukrainian side had", "disrupted", "REJECT", "yield",
        ("the Ukrainian side", "UKR", "GOV"), None, None, None,
        speaker=("Tatyana Moskalkova", 1), relays=[("RIA Novosti", 1)], mod="reported",
        cl="rb-swap-disrupt"),
      E("Kiev denied", "blocked", "REJECT", "yield", ("it", "UKR", "GOV"), None, None, None,
        speaker="Kiev", mod="denied", cl="rb-swap-disrupt"),
      E("Moskalkova said she met", "met", "CONSULT", None, ("she", "RUS", "GOV"),
        ("Dmitry Lubinets", "UKR", "GOV"), ("2023-12", "month", True), None,
        speaker="Moskalkova", mod="reported"),
      E("where Lubinets agreed", "agreed", "AGREE", None,
        (("Lubinets", "where Lubinets agreed"), "UKR", "GOV"), None,
        ("2023-12", "month", True), None, speaker=("Moskalkova", "Moskalkova said she met"),
        mod="reported"),
      E("She said Moscow was ready", "ready", "AGREE", None, ("Moscow", "RUS", "GOV"),
        ("Kiev", "UKR", "GOV"), None, None, speaker="She", mod="conditional",
        cond="if Kiev shows political will"),
  ])


# --------------------------------------------------------------------------
# Story 3 (two outlets, blind): Zvecan clashes with KFOR, 29 May 2023.
# --------------------------------------------------------------------------
T = ("NATO to send more troops to Kosovo after clashes injure 30 peacekeepers\n"
     "ZVECAN, Kosovo (AP) - NATO said Tuesday it will deploy 700 more troops to northern Kosovo "
     "after ethnic Serb protesters clashed with peacekeepers, injuring 30 soldiers from Italy "
     "and Hungary.\n"
     "The violence erupted Monday in Zvecan when hundreds of Serbs tried to force their way "
     "into the municipal building, where an ethnic Albanian mayor had taken office last week. "
     "NATO troops fired tear gas and stun grenades, and protesters hurled rocks and firebombs, "
     "AP reporters at the scene saw.\n"
     "Kosovo Prime Minister Albin Kurti blamed Belgrade for the unrest, calling the protesters "
     "\"fascist militia\" directed by Serbian President Aleksandar Vucic. Vucic rejected the "
     "accusation. Serbia's army would remain on the highest level of combat readiness, which he "
     "ordered on Friday, state broadcaster RTS quoted him as saying.\n"
     "The European Union and the United States urged Kurti to withdraw the special police units "
     "that escorted the mayors into their offices, warning that Kosovo could face "
     "\"consequences\" if it did not de-escalate.\n"
     "Italian Prime Minister Giorgia Meloni said the attack on KFOR was \"absolutely "
     "unacceptable\". The mayors were elected in April in a vote boycotted by Serbs.")
D = ("2023-05-29", "day", False)
ZV = P(("ZVECAN", 1), "Zvecan")
A("06", "AP", "2023-05-30",
  "NATO to send more troops to Kosovo after clashes injure 30 peacekeepers", T, "blind", [
      E("NATO to send", "send", "MOBILIZE", "troops", ("NATO", None, "IGO"), None, None,
        "Kosovo", mod="future", cl="rb-kfor-reinforce"),
      E("after clashes injure", "clashes", "PROTEST", "riot", None,
        ("30 peacekeepers", None, "IGO"), D, None, cl="rb-zvecan-clash"),
      E("NATO said Tuesday", "deploy", "MOBILIZE", "troops", ("it", None, "IGO"), None, None,
        "Kosovo", speaker="NATO", mod="future", cl="rb-kfor-reinforce"),
      E("ethnic Serb protesters clashed", "clashed", "PROTEST", "riot",
        ("ethnic Serb protesters", "XKX", "CVL"), ("peacekeepers", None, "IGO"), D, ZV,
        cl="rb-zvecan-clash"),
      E("The violence erupted", "violence", "PROTEST", "riot", None, None, D, "Zvecan",
        cl="rb-zvecan-clash"),
      E("NATO troops fired", "fired", "ASSAULT", "crowd-control", ("NATO troops", None, "IGO"),
        None, D, ZV, cl="rb-zvecan-teargas"),
      E("protesters hurled", "hurled", "ASSAULT", "primitive", ("protesters", "XKX", "CVL"),
        None, D, ZV, cl="rb-zvecan-rocks"),
      E("Albin Kurti blamed", "blamed", "ACCUSE", "allege",
        ("Kosovo Prime Minister Albin Kurti", "XKX", "GOV"), ("Belgrade", "SRB", "GOV"), None,
        None, cl="rb-kurti-blame"),
      E("Vucic rejected", "rejected", "REJECT", None, ("Vucic", "SRB", "GOV"), None, None, None),
      E("accusation. Serbia's army", "readiness", "MOBILIZE", "troops",
        ("Serbia's army", "SRB", "MIL"), None, None, None, speaker=("him", "RTS quoted him"),
        relays=[("state broadcaster RTS", 1)], mod="future",
        cl="rb-serbia-alert"),
      E("which he ordered", "ordered", "MOBILIZE", "troops",
        (("he", "which he"), "SRB", "GOV"), None, ("2023-05-26", "day", False), None,
        speaker=("him", "RTS quoted him"), relays=[("state broadcaster RTS", 1)], mod="reported", cl="rb-serbia-alert"),
      E("the United States urged", "urged", "REQUEST", "yield",
        ("The European Union", None, "IGO"), ("Kurti", "XKX", "GOV"), None, None,
        mod="demanded", cl="rb-kosovo-urge"),
      E("warning that Kosovo", "warning", "THREATEN", None,
        (("The European Union", 1), None, "IGO"), ("Kosovo", "XKX", "GOV"), None, None,
        mod="threatened", cond="if it did not de-escalate"),
      E("Giorgia Meloni said", "unacceptable", "ACCUSE", "disapprove",
        ("Italian Prime Minister Giorgia Meloni", "ITA", "GOV"), None, None, None),
      E("the attack on KFOR", "attack", "ASSAULT", None, None, ("KFOR", None, "IGO"), D, None,
        speaker=("Italian Prime Minister Giorgia Meloni", 1), mod="reported",
        cl="rb-zvecan-rocks"),
      E("a vote boycotted", "boycotted", "PROTEST", "boycott", ("Serbs", "XKX", "CVL"), None,
        ("2023-04", "month", True), None),
  ])

T = ("Kosovo: Serbia puts army on alert as Nato peacekeepers hurt\n"
     "Serbia's President Aleksandar Vucic has put the army on the highest state of alert and "
     "ordered units to move closer to the border with Kosovo, after 25 Nato peacekeepers were "
     "hurt in clashes with Serb protesters in the north.\n"
     "Kfor, the Nato-led force, said its soldiers suffered fractures and burns from improvised "
     "explosive devices thrown by the crowd in Zvecan on Monday. Kfor commander Maj Gen Angelo "
     "Michele Ristuccia said the troops had not used lethal force.\n"
     "Kosovo's government said five of its police officers were also injured. Mr Kurti said he "
     "would not pull back the police, accusing Serbia of trying to \"destabilise\" the country.\n"
     "Nato Secretary General Jens Stoltenberg condemned the \"unprovoked attacks\" and called on "
     "Belgrade and Pristina to resume the EU-facilitated dialogue. Protesters gathered again "
     "outside the town hall on Tuesday, forming a human chain, the BBC's correspondent in "
     "Zvecan reports.")
A("07", "BBC", "2023-05-30", "Kosovo: Serbia puts army on alert as Nato peacekeepers hurt", T,
  "blind", [
      E("Serbia puts army", "alert", "MOBILIZE", "troops", ("Serbia", "SRB", "GOV"), None, None,
        None, cl="rb-serbia-alert"),
      E("Serbia's President Aleksandar Vucic has put", "alert", "MOBILIZE", "troops",
        ("Aleksandar Vucic", "SRB", "GOV"), None, None, None, cl="rb-serbia-alert"),
      E("ordered units to move", "move", "MOBILIZE", "troops", ("units", "SRB", "MIL"), None,
        None, None, cl="rb-serbia-border-move"),
      E("hurt in clashes", "clashes", "PROTEST", "riot", ("Serb protesters", "XKX", "CVL"),
        (("25 Nato peacekeepers", 1), None, "IGO"), D, None, cl="rb-zvecan-clash"),
      E("explosive devices thrown", "thrown", "ASSAULT", "explosives",
        ("the crowd", "XKX", "CVL"), (("its soldiers", 1), None, "IGO"), D, "Zvecan",
        speaker=("Kfor", 1), mod="reported", cl="rb-zvecan-rocks"),
      E("Kfor commander", "force", "ASSAULT", None, ("the troops", None, "IGO"), None, D, None,
        speaker="Kfor commander Maj Gen Angelo Michele Ristuccia", mod="negated"),
      E("Mr Kurti said he", "pull back", "RETREAT", "withdraw", ("he", "XKX", "GOV"),
        None, None, None, speaker="Mr Kurti", mod="negated"),
      E("accusing Serbia", "accusing", "ACCUSE", "allege", (("Mr Kurti", 1), "XKX", "GOV"),
        ("Serbia", "SRB", "GOV"), None, None, cl="rb-kurti-blame"),
      E("Jens Stoltenberg condemned", "condemned", "ACCUSE", "disapprove",
        ("Nato Secretary General Jens Stoltenberg", None, "IGO"), None, None, None),
      E("unprovoked attacks", "attacks", "ASSAULT", None, None, None, D, None,
        cl="rb-zvecan-rocks"),
      E("and called on Belgrade", "called on", "REQUEST", "meet",
        (("Nato Secretary General Jens Stoltenberg", 1), None, "IGO"),
        ("Belgrade", "SRB", "GOV"), None, None, mod="demanded"),
      E("Protesters gathered again", "gathered", "PROTEST", "demo", ("Protesters", "XKX", "CVL"),
        None, ("2023-05-30", "day", False), P(("Zvecan", 2), "Zvecan")),
  ])


# --------------------------------------------------------------------------
# Single-outlet stories, alternating dev / blind.
# --------------------------------------------------------------------------
T = ("N. Korea threatens more strikes after shelling S. Korean island\n"
     "SEOUL, Nov. 24 Kyodo - North Korea warned Wednesday it would launch further military "
     "strikes \"without hesitation\" if South Korea violated its maritime border \"even by 0.001 "
     "millimeter,\" a day after its artillery shelled a South Korean island near the disputed "
     "sea line, killing two marines.\n"
     "The Korean People's Army Supreme Command said in a statement carried by the official "
     "Korean Central News Agency that the South had fired first during a military drill. Seoul "
     "denied its forces had fired into northern waters.\n"
     "About 170 shells rained down on Yeonpyeong Island on Tuesday afternoon, setting dozens of "
     "houses ablaze. South Korean troops returned fire with K-9 self-propelled howitzers, and "
     "F-15K fighters were scrambled, the Joint Chiefs of Staff said.\n"
     "President Lee Myung Bak ordered \"enormous retaliation\" should the North attack again, "
     "his office said. The United States said the aircraft carrier George Washington would join "
     "South Korean forces for joint naval exercises in the Yellow Sea from Sunday.\n"
     "China, the North's main ally, urged both sides to exercise restraint. Japanese Prime "
     "Minister Naoto Kan instructed ministers to prepare for any contingency. In a separate "
     "development, heavy snow closed mountain roads in Gangwon Province.")
D = ("2010-11-23", "day", False)
D1 = ("2010-11-24", "day", False)
KCNA = "Korean People's Army Supreme Command"
A("08", "Kyodo", "2010-11-24",
  "N. Korea threatens more strikes after shelling S. Korean island", T, "dev", [
      E("N. Korea threatens", "threatens", "THREATEN", "violence", (("N. Korea", 1), "PRK", "GOV"),
        None, D1, None, mod="threatened", cl="rb-nk-threat"),
      E("after shelling S.", "shelling", "ASSAULT", "heavy-weapons", (("N. Korea", 1), "PRK", "GOV"),
        (("S. Korean island", 1), "KOR", "CVL"), D, None, cl="rb-yeonpyeong"),
      E("North Korea warned", "warned", "THREATEN", "violence", ("North Korea", "PRK", "GOV"),
        ("South Korea", "KOR", "GOV"), D1, None, mod="threatened",
        cond="if South Korea violated its maritime border", cl="rb-nk-threat"),
      E("its artillery shelled", "shelled", "ASSAULT", "heavy-weapons",
        ("its artillery", "PRK", "MIL"), ("a South Korean island", "KOR", "CVL"), D, None,
        cl="rb-yeonpyeong"),
      E("the South had fired first", "fired", "ASSAULT", None, ("the South", "KOR", "MIL"),
        None, D, None, speaker=("The " + KCNA, 1),
        relays=["the official Korean Central News Agency"],
        mod="reported", cl="rb-south-fired-first"),
      E("Seoul denied", "fired", "ASSAULT", None,
        ("its forces", "KOR", "MIL"), None, D, None, speaker="Seoul", mod="denied",
        cl="rb-south-fired-first"),
      E("About 170 shells", "rained down", "ASSAULT", "heavy-weapons", None,
        ("Yeonpyeong Island", "KOR", "CVL"), D, P("Yeonpyeong", "Yeonpyeong"),
        cl="rb-yeonpyeong"),
      E("South Korean troops returned", "returned fire", "ASSAULT", "heavy-weapons",
        ("South Korean troops", "KOR", "MIL"), None, D, None,
        speaker="the Joint Chiefs of Staff", mod="reported"),
      E("fighters were scrambled", "scrambled", "MOBILIZE", "weapons", None, None, D, None,
        speaker="the Joint Chiefs of Staff", mod="reported"),
      E("ordered \"enormous", "retaliation", "THREATEN", "violence",
        ("President Lee Myung Bak", "KOR", "GOV"), ("the North", "PRK", "GOV"), None, None,
        speaker="his office", mod="threatened", cond="should the North attack again"),
      E("should the North attack", "attack", "ASSAULT", None, ("the North", "PRK", "GOV"), None,
        None, None, speaker="his office", mod="hypothetical"),
      E("would join", "exercises", "COOPERATE", None,
        ("the aircraft carrier George Washington", "USA", "MIL"),
        ("South Korean forces", "KOR", "MIL"), ("2010-11-28", "day", False), None,
        speaker="The United States", mod="future"),
      E("China, the North's", "urged", "REQUEST", "yield", ("China", "CHN", "GOV"),
        ("both sides", None, "GOV"), None, None, mod="demanded"),
  ])

T = ("Pakistan police round up lawyers, opposition leaders under emergency rule\n"
     "ISLAMABAD, Nov 5, 2007 (AFP) - Pakistani police beat and arrested hundreds of lawyers "
     "protesting against emergency rule in Lahore on Monday, as President Pervez Musharraf "
     "defended his decision to suspend the constitution and sack the chief justice.\n"
     "Police fired tear gas and swung batons at around 2,000 lawyers who hurled stones outside "
     "the Lahore High Court, witnesses said. Opposition politician Aitzaz Ahsan, head of the "
     "Supreme Court Bar Association, has been held since Saturday, when Musharraf imposed the "
     "emergency.\n"
     "Interior ministry officials said more than 1,500 people had been detained across the "
     "country, the state-run Associated Press of Pakistan reported. Cricketer-turned-politician "
     "Imran Khan escaped from house arrest, his party said.\n"
     "The Netherlands suspended development aid to Pakistan, and Washington said it would review "
     "its assistance. US Secretary of State Condoleezza Rice urged Musharraf to hold elections in "
     "January as planned and to take off his army uniform.\n"
     "\"We will not allow anyone to destabilise the country,\" Prime Minister Shaukat Aziz told "
     "reporters, adding that parliamentary elections could be delayed by up to a year.")
D = ("2007-11-05", "day", False)
A("09", "AFP", "2007-11-05",
  "Pakistan police round up lawyers, opposition leaders under emergency rule", T, "blind", [
      E("Pakistan police round up", "round up", "COERCE", "arrest",
        ("Pakistan police", "PAK", "COP"), ("lawyers", "PAK", "CVL"), D, None,
        cl="rb-pk-lawyers-arrest"),
      E("Pakistani police beat", "beat", "ASSAULT", "beat", ("Pakistani police", "PAK", "COP"),
        ("hundreds of lawyers", "PAK", "CVL"), D, "Lahore", cl="rb-pk-lawyers-beat"),
      E("Pakistani police beat and arrested", "arrested", "COERCE", "arrest",
        ("Pakistani police", "PAK", "COP"), ("hundreds of lawyers", "PAK", "CVL"), D, "Lahore",
        cl="rb-pk-lawyers-arrest"),
      E("defended his decision", "suspend", "COERCE", "martial-law",
        ("President Pervez Musharraf", "PAK", "GOV"), None, None, None, cl="rb-pk-emergency"),
      E("and sack the chief", "sack", "COERCE", "restrict",
        (("President Pervez Musharraf", 1), "PAK", "GOV"), ("the chief justice", "PAK", "JUD"),
        None, None),
      E("lawyers protesting", "protesting", "PROTEST", "demo",
        ("hundreds of lawyers", "PAK", "CVL"), None, D, "Lahore", cl="rb-pk-lawyers-protest"),
      E("Police fired tear gas", "fired", "ASSAULT", "crowd-control", ("Police", "PAK", "COP"),
        ("around 2,000 lawyers", "PAK", "CVL"), D, P("Lahore", "Lahore"),
        speaker="witnesses", mod="reported", cl="rb-pk-lawyers-beat"),
      E("who hurled stones", "hurled", "ASSAULT", "primitive",
        ("around 2,000 lawyers", "PAK", "CVL"), None, D, P("Lahore", "Lahore"),
        speaker="witnesses", mod="reported"),
      E("has been held since", "held", "COERCE", "arrest", None, ("Aitzaz Ahsan", "PAK", "OPP"),
        ("2007-11-03", "day", False), None),
      E("when Musharraf imposed", "imposed", "COERCE", "martial-law",
        ("Musharraf", "PAK", "GOV"), None, ("2007-11-03", "day", False), None,
        cl="rb-pk-emergency"),
      E("Interior ministry officials said", "detained", "COERCE", "arrest", None,
        ("more than 1,500 people", "PAK", "CVL"), None, P("the country", "Pakistan"),
        speaker="Interior ministry officials",
        relays=["the state-run Associated Press of Pakistan"], mod="reported"),
      E("Imran Khan escaped", "house arrest", "COERCE", "arrest", None,
        ("Cricketer-turned-politician Imran Khan", "PAK", "OPP"), None, None,
        speaker="his party", mod="reported"),
      E("The Netherlands suspended", "suspended", "SANCTION", "discontinue",
        ("The Netherlands", "NLD", "GOV"), ("Pakistan", "PAK", "GOV"), None, None),
      E("Washington said it would review", "review", "SANCTION", "discontinue",
        ("it", "USA", "GOV"), None, None, None, speaker="Washington", mod="future"),
      E("Condoleezza Rice urged", "urged", "REQUEST", "change",
        ("US Secretary of State Condoleezza Rice", "USA", "GOV"), ("Musharraf", "PAK", "GOV"),
        None, None, mod="demanded"),
  ])

T = ("Mexico defends release of 'El Chapo' son after Culiacan gun battles\n"
     "CULIACAN, Mexico, Oct 18 (EFE) - Mexican President Andres Manuel Lopez Obrador on Friday "
     "defended the decision to free Ovidio Guzman, a son of jailed drug lord Joaquin \"El "
     "Chapo\" Guzman, hours after security forces detained him in the northern city of "
     "Culiacan, saying the operation would otherwise have cost many lives.\n"
     "Gunmen of the Sinaloa cartel set vehicles on fire, blocked roads and opened fire on "
     "soldiers across the city on Thursday after a National Guard patrol captured Guzman at a "
     "house in the Tres Rios neighbourhood. Eight people were killed, according to Sinaloa "
     "state officials, and dozens of inmates escaped from a local prison during the chaos.\n"
     "\"Capturing a criminal cannot be worth more than people's lives,\" Lopez Obrador told his "
     "morning news conference. Security Minister Alfonso Durazo acknowledged the operation had "
     "been \"poorly planned\" and said the troops had released Guzman to stop the bloodshed.\n"
     "Opposition lawmakers accused the government of capitulating to organised crime, and the "
     "National Action Party demanded Durazo's resignation. The United States, which has an "
     "indictment against Guzman for drug trafficking, had not asked Mexico to extradite him, "
     "the foreign ministry said.")
D = ("2019-10-17", "day", False)
CITY = P(("the city", 1), "Culiacan")
GUN = ("Gunmen of the Sinaloa cartel", "MEX", "UAF")
A("10", "EFE", "2019-10-18",
  "Mexico defends release of 'El Chapo' son after Culiacan gun battles", T, "dev", [
      E("Mexico defends release", "release", "RETREAT", "release", ("Mexico", "MEX", "GOV"),
        None, D, None, cl="rb-ovidio-release"),
      E("Culiacan gun battles", "gun battles", "ASSAULT", "firearms", None, None, D,
        P(("Culiacan", 1), "Culiacan"), cl="rb-culiacan-battles"),
      E("the decision to free", "free", "RETREAT", "release", None,
        ("Ovidio Guzman", "MEX", "CVL"), D, None, cl="rb-ovidio-release"),
      E("security forces detained", "detained", "COERCE", "arrest",
        ("security forces", "MEX", "COP"), ("him", "MEX", "CVL"), D,
        P(("Culiacan", "security forces detained"), "Culiacan"), cl="rb-ovidio-arrest"),
      E("set vehicles on fire", "set vehicles on fire", "ASSAULT", "primitive", GUN, None, D,
        CITY, cl="rb-culiacan-arson"),
      E("blocked roads", "blocked", "COERCE", "restrict", GUN, None, D, CITY),
      E("opened fire on", "opened fire", "ASSAULT", "firearms", GUN, ("soldiers", "MEX", "MIL"),
        D, CITY, cl="rb-culiacan-battles"),
      E("a National Guard patrol captured", "captured", "COERCE", "arrest",
        ("a National Guard patrol", "MEX", "COP"), ("Guzman", "MEX", "CVL"), D, None,
        cl="rb-ovidio-arrest"),
      E("Eight people were killed", "killed", "ASSAULT", None, None,
        ("Eight people", "MEX", "CVL"), D, None, speaker="Sinaloa state officials",
        mod="reported", cl="rb-culiacan-battles"),
      E("the troops had released", "released", "RETREAT", "release", ("the troops", "MEX", "MIL"),
        ("Guzman", "MEX", "CVL"), D, None, speaker="Security Minister Alfonso Durazo",
        mod="reported", cl="rb-ovidio-release"),
      E("Opposition lawmakers accused", "accused", "ACCUSE", "allege",
        ("Opposition lawmakers", "MEX", "LEG"), ("the government", "MEX", "GOV"), None, None),
      E("National Action Party demanded", "demanded", "REQUEST", "change",
        ("National Action Party", "MEX", "OPP"), ("Durazo", "MEX", "GOV"), None, None,
        mod="demanded"),
      E("indictment against", "indictment", "ACCUSE", "allege",
        ("The United States", "USA", "GOV"), ("Guzman", "MEX", "CVL"), None, None),
      E("had not asked Mexico", "asked", "REQUEST", "assist", ("The United States", "USA", "GOV"),
        ("Mexico", "MEX", "GOV"), None, None, speaker="the foreign ministry", mod="negated"),
  ])

T = ("Colombia's ELN says it will free footballer's father, but ceasefire under strain\n"
     "BOGOTA, Nov 3 (Reuters) - Colombia's National Liberation Army (ELN) rebels said on "
     "Thursday they would release the father of Liverpool striker Luis Diaz \"as soon as "
     "possible,\" after the government said his kidnapping violated a bilateral ceasefire that "
     "took effect in August.\n"
     "Luis Manuel Diaz was seized by gunmen on motorcycles at a petrol station in Barrancas, in "
     "La Guajira province, on Oct. 28. His wife was also taken but was rescued by police hours "
     "later.\n"
     "Government peace negotiator Otty Patino said the abduction was \"a serious violation\" of "
     "the truce and urged the ELN to free all of its hostages. The army has deployed more than "
     "250 soldiers and police to search the area near the Venezuelan border.\n"
     "The ELN said in a statement carried by its Radio Nacional Patria Libre station that the "
     "kidnapping had been a mistake by one of its units, and denied it had ordered it. It warned that it could suspend its participation in peace talks if the "
     "military continued operations against its fighters.\n"
     "The two sides are due to begin a fifth round of negotiations in Mexico City on Nov. 20. "
     "Luis Diaz, who scored twice for Liverpool on Sunday, pleaded for his father's freedom "
     "after a match.")
D = ("2023-10-28", "day", False)
ELN = "Colombia's National Liberation Army (ELN) rebels"
A("11", "Reuters", "2023-11-03",
  "Colombia's ELN says it will free footballer's father, but ceasefire under strain", T,
  "blind", [
      E("says it will free", "free", "RETREAT", "release", ("it", "COL", "REB"),
        ("footballer's father", "COL", "CVL"), None, None, speaker="Colombia's ELN",
        mod="future", cl="rb-diaz-release"),
      E("they would release", "release", "RETREAT", "release", ("they", "COL", "REB"),
        ("the father", "COL", "CVL"), None, None, speaker=ELN, mod="future",
        cl="rb-diaz-release"),
      E("his kidnapping violated", "kidnapping", "ASSAULT", "abduct", None,
        ("his", "COL", "CVL"), D, None, speaker="the government", mod="reported",
        cl="rb-diaz-kidnap"),
      E("a bilateral ceasefire", "ceasefire", "RETREAT", "ceasefire", None, None,
        ("2023-08", "month", True), None, cl="rb-eln-ceasefire"),
      E("Luis Manuel Diaz was seized", "seized", "ASSAULT", "abduct", ("gunmen", "COL", "UAF"),
        ("Luis Manuel Diaz", "COL", "CVL"), D, "Barrancas", cl="rb-diaz-kidnap"),
      E("His wife was also taken", "taken", "ASSAULT", "abduct", None,
        ("His wife", "COL", "CVL"), D, None, cl="rb-diaz-wife"),
      E("was rescued by police", "rescued", "AID", None, ("police", "COL", "COP"),
        ("His wife", "COL", "CVL"), D, None),
      E("said the abduction", "abduction", "ASSAULT", "abduct", None, None, D, None,
        speaker="Government peace negotiator Otty Patino", mod="reported", cl="rb-diaz-kidnap"),
      E("and urged the ELN", "urged", "REQUEST", "yield",
        (("Government peace negotiator Otty Patino", 1), "COL", "GOV"), ("the ELN", "COL", "REB"),
        None, None, mod="demanded"),
      E("The army has deployed", "deployed", "MOBILIZE", "troops", ("The army", "COL", "MIL"),
        None, None, None),
      E("The ELN said in a statement", "kidnapping", "ASSAULT", "abduct",
        ("one of its units", "COL", "REB"), None, D, None, speaker="The ELN",
        relays=[("its Radio Nacional Patria Libre station", 1)], mod="reported",
        cl="rb-diaz-kidnap"),
      E("denied it had", "ordered", "ASSAULT", "abduct", (("it", "denied it had"), "COL", "REB"),
        None, None, None, speaker=("The ELN", "The ELN said in a statement"),
        relays=[("its Radio Nacional Patria Libre station", 1)], mod="denied"),
      E("It warned that", "warned", "THREATEN", "relations", ("It", "COL", "REB"), None, None,
        None, mod="threatened",
        cond="if the military continued operations against its fighters"),
      E("continued operations", "operations", "ASSAULT", None, ("the military", "COL", "MIL"),
        ("its fighters", "COL", "REB"), None, None, speaker=("It", "It warned that"),
        mod="hypothetical"),
      E("a fifth round", "negotiations", "CONSULT", "third-party",
        ("The two sides", "COL", "GOV"), None, ("2023-11-20", "day", False), "Mexico City",
        mod="future"),
      E("pleaded for his", "pleaded", "REQUEST", "yield", ("Luis Diaz", "COL", "CVL"), None,
        None, None, mod="demanded"),
  ])

T = ("Brazil Congress riot: Lula orders federal takeover of Brasilia security\n"
     "Brazil's President Luiz Inacio Lula da Silva has ordered federal forces to take control of "
     "security in the capital, Brasilia, after thousands of supporters of his far-right "
     "predecessor Jair Bolsonaro stormed Congress, the Supreme Court and the presidential palace "
     "on Sunday.\n"
     "The rioters vandalised offices and artworks before security forces regained control "
     "several hours later. About 1,500 people were detained, the justice ministry said on "
     "Monday, as police dismantled a camp outside army headquarters.\n"
     "Supreme Court Justice Alexandre de Moraes suspended Brasilia's governor, Ibaneis Rocha, "
     "for 90 days, accusing him of failing to prevent the attack.\n"
     "Mr Bolsonaro, who is in Florida, condemned the \"depredations\" on Twitter but denied any "
     "responsibility, saying he had always acted \"within the constitution\".\n"
     "US President Joe Biden called the riot \"an assault on democracy\" and spoke to Lula by "
     "phone on Monday. Leaders of Mexico, Colombia and Argentina issued a joint statement of "
     "support for the Brazilian government.")
D = ("2023-01-08", "day", False)
D1 = ("2023-01-09", "day", False)
A("12", "BBC", "2023-01-09",
  "Brazil Congress riot: Lula orders federal takeover of Brasilia security", T, "dev", [
      E("Brazil Congress riot", "riot", "PROTEST", "riot", None, None, D, None,
        cl="rb-brasilia-riot"),
      E("Lula orders federal", "takeover", "MOBILIZE", "police", ("Lula", "BRA", "GOV"), None,
        None, None, cl="rb-brasilia-intervention"),
      E("has ordered federal forces", "take control", "MOBILIZE", "police",
        ("federal forces", "BRA", "COP"), None, None, P(("Brasilia", "has ordered federal"), "Brasilia"),
        cl="rb-brasilia-intervention"),
      E("stormed Congress", "stormed", "PROTEST", "riot",
        ("thousands of supporters", "BRA", "CVL"), ("Congress", "BRA", "LEG"), D,
        P(("Brasilia", "has ordered federal"), "Brasilia"), cl="rb-brasilia-riot"),
      E("The rioters vandalised", "vandalised", "PROTEST", "vandalize",
        ("The rioters", "BRA", "CVL"), None, D, None),
      E("About 1,500 people", "detained", "COERCE", "arrest", None,
        ("About 1,500 people", "BRA", "CVL"), None, None, speaker="the justice ministry",
        mod="reported"),
      E("as police dismantled", "dismantled", "COERCE", "restrict", ("police", "BRA", "COP"),
        None, D1, None),
      E("Alexandre de Moraes suspended", "suspended", "COERCE", "restrict",
        ("Supreme Court Justice Alexandre de Moraes", "BRA", "JUD"),
        ("Ibaneis Rocha", "BRA", "GOV"), None, None),
      E("accusing him", "accusing", "ACCUSE", "allege",
        (("Supreme Court Justice Alexandre de Moraes", 1), "BRA", "JUD"), ("him", "BRA", "GOV"),
        None, None),
      E("to prevent the attack", "attack", "ASSAULT", None, None, None, D, None,
        cl="rb-brasilia-riot"),
      E("Mr Bolsonaro, who", "condemned", "ACCUSE", "disapprove", ("Mr Bolsonaro", "BRA", "OPP"),
        None, None, None),
      E("but denied any", "denied", "REJECT", None, (("Mr Bolsonaro", 1), "BRA", "OPP"), None,
        None, None),
      E("Joe Biden called", "called", "ACCUSE", "disapprove",
        ("US President Joe Biden", "USA", "GOV"), None, None, None),
      E("called the riot", "riot", "PROTEST", "riot", None, None, D, None,
        cl="rb-brasilia-riot"),
      E("and spoke to Lula", "spoke", "CONSULT", "phone",
        (("US President Joe Biden", 1), "USA", "GOV"), ("Lula", "BRA", "GOV"), D1, None),
      E("issued a joint", "support", "SUPPORT", None,
        ("Leaders of Mexico, Colombia and Argentina", None, "GOV"),
        ("the Brazilian government", "BRA", "GOV"), None, None),
  ])

T = ("Myanmar military admits airstrike on village gathering, denies targeting civilians\n"
     "BANGKOK (AP) - Myanmar's military government acknowledged Wednesday that it carried out an "
     "airstrike on a village in the Sagaing region that killed about 100 people, including "
     "children, but said it had targeted a ceremony held by armed opponents of army rule.\n"
     "Witnesses told the Irrawaddy news site that a fighter jet dropped bombs on a crowd gathered in Pazigyi village near "
     "the town of Kanbalu on Tuesday morning for the opening of an office of the opposition "
     "People's Defense Force, and a helicopter gunship then fired on survivors.\n"
     "Military spokesman Maj. Gen. Zaw Min Tun told state television that the strike hit a "
     "weapons storage site and that most of the dead were resistance fighters. \"We did not "
     "attack civilians,\" he said.\n"
     "U.N. Secretary-General Antonio Guterres strongly condemned the attack and called for those "
     "responsible to be held accountable. The European Union threatened further sanctions on the "
     "military's fuel suppliers.\n"
     "Thailand, which shares a long border with Myanmar, offered to host talks between the "
     "generals and their opponents, but the shadow National Unity Government rejected any "
     "negotiations with the junta. The military seized power from Aung San Suu Kyi's elected "
     "government in February 2021.")
D = ("2023-04-11", "day", False)
SPOX = "Military spokesman Maj. Gen. Zaw Min Tun"
A("13", "AP", "2023-04-12",
  "Myanmar military admits airstrike on village gathering, denies targeting civilians", T,
  "blind", [
      E("Myanmar military admits", "airstrike", "ASSAULT", "aerial",
        ("Myanmar military", "MMR", "MIL"), ("village gathering", "MMR", "CVL"), D, None,
        speaker="Myanmar military", mod="reported", cl="rb-pazigyi"),
      E("denies targeting", "targeting", "ASSAULT", None, ("Myanmar military", "MMR", "MIL"),
        ("civilians", "MMR", "CVL"), D, None, speaker="Myanmar military", mod="denied",
        cl="rb-pazigyi-civilians"),
      E("carried out an", "airstrike", "ASSAULT", "aerial", ("it", "MMR", "MIL"),
        ("a village", "MMR", "CVL"), D, None, speaker="Myanmar's military government",
        mod="reported", cl="rb-pazigyi"),
      E("a fighter jet dropped", "dropped", "ASSAULT", "aerial", ("a fighter jet", "MMR", "MIL"),
        ("a crowd", "MMR", "CVL"), D, "Kanbalu", speaker="Witnesses",
        relays=[("the Irrawaddy news site", 1)], mod="reported",
        cl="rb-pazigyi"),
      E("a helicopter gunship", "fired", "ASSAULT", "aerial",
        ("a helicopter gunship", "MMR", "MIL"), ("survivors", "MMR", "CVL"), D,
        P(("Kanbalu", 1), "Kanbalu"), speaker=("Witnesses", 1),
        relays=[("the Irrawaddy news site", 1)], mod="reported"),
      E("the strike hit", "strike", "ASSAULT", "aerial", None, None, D, None,
        speaker=(SPOX, 1), relays=[("state television", 1)], mod="reported", cl="rb-pazigyi"),
      E("We did not", "attack", "ASSAULT", None, ("We", "MMR", "MIL"),
        ("civilians", "MMR", "CVL"), D, None, speaker=("he", "he said."), mod="denied",
        cl="rb-pazigyi-civilians"),
      E("strongly condemned", "condemned", "ACCUSE", "disapprove",
        (("U.N. Secretary-General Antonio Guterres", 1), None, "IGO"), None, None, None),
      E("condemned the attack", "attack", "ASSAULT", None, None, None, D, None,
        cl="rb-pazigyi"),
      E("and called for those", "called for", "REQUEST", "change",
        (("U.N. Secretary-General Antonio Guterres", 1), None, "IGO"), None, None, None,
        mod="demanded"),
      E("The European Union threatened", "threatened", "THREATEN", "restrict",
        ("The European Union", None, "IGO"), ("the military's fuel suppliers", "MMR", "BUS"),
        None, None, mod="threatened"),
      E("offered to host", "offered", "AGREE", None, ("Thailand", "THA", "GOV"),
        ("the generals", "MMR", "MIL"), None, None),
      E("rejected any", "rejected", "REJECT", "meet",
        ("the shadow National Unity Government", "MMR", "OPP"), ("the junta", "MMR", "GOV"),
        None, None),
      E("The military seized", "seized", "COERCE", None, ("The military", "MMR", "MIL"),
        ("Aung San Suu Kyi's elected government", "MMR", "GOV"),
        ("2021-02", "month", True), None),
  ])

T = ("China launches drills around Taiwan after Tsai meets US House speaker\n"
     "TAIPEI, April 8 (Reuters) - China began three days of military exercises around Taiwan on "
     "Saturday, sending warships and fighter jets to simulate \"sealing off\" the island, a day "
     "after Taiwanese President Tsai Ing-wen returned from a trip during which she met U.S. "
     "House Speaker Kevin McCarthy in California.\n"
     "The Eastern Theatre Command of the People's Liberation Army said the \"Joint Sword\" drills "
     "were a \"serious warning\" to separatist forces and their foreign backers. Taiwan's defence "
     "ministry said it had detected 71 Chinese aircraft and nine ships around the island on "
     "Saturday, and that it had scrambled jets and deployed missile systems in response.\n"
     "\"We will not be provoked, and we will not back down,\" Tsai said in a Facebook post.\n"
     "On Friday, Beijing imposed sanctions on Taiwan's top envoy to Washington, Hsiao Bi-khim, "
     "and on two U.S.-based organisations that hosted Tsai, barring them from doing business "
     "with mainland entities.\n"
     "The U.S. State Department urged Beijing to show restraint, saying channels of "
     "communication remained open. Analysts said Beijing could stage larger drills if Taiwan's "
     "ruling party wins January's presidential election. Separately, Taiwan's stock market hit "
     "a record high on Friday, buoyed by chipmakers.")
D = ("2023-04-08", "day", False)
PLA = "The Eastern Theatre Command of the People's Liberation Army"
MOD = "Taiwan's defence ministry"
A("14", "Reuters", "2023-04-08",
  "China launches drills around Taiwan after Tsai meets US House speaker", T, "dev", [
      E("China launches drills", "drills", "MOBILIZE", "troops", ("China", "CHN", "GOV"),
        ("Taiwan", "TWN", "GOV"), D, "Taiwan", cl="rb-joint-sword"),
      E("after Tsai meets", "meets", "CONSULT", None, ("Tsai", "TWN", "GOV"),
        ("US House speaker", "USA", "LEG"), None, None, cl="rb-tsai-mccarthy"),
      E("China began three", "exercises", "MOBILIZE", "troops", ("China", "CHN", "GOV"),
        ("Taiwan", "TWN", "GOV"), D, "Taiwan", cl="rb-joint-sword"),
      E("returned from a trip", "trip", "CONSULT", "visit",
        ("Taiwanese President Tsai Ing-wen", "TWN", "GOV"), None, None, None),
      E("during which she met", "met", "CONSULT", None, ("she", "TWN", "GOV"),
        (("U.S. House Speaker Kevin McCarthy", 1), "USA", "LEG"), None,
        P(("California", "during which she met"), "California"), cl="rb-tsai-mccarthy"),
      E("\"Joint Sword\" drills", "drills", "MOBILIZE", "troops", None, None, D, None,
        cl="rb-joint-sword"),
      E("\"serious warning\"", "warning", "THREATEN", "violence", (PLA, "CHN", "MIL"),
        ("separatist forces", "TWN", "GOV"), None, None, mod="threatened"),
      E("it had scrambled", "scrambled", "MOBILIZE", "weapons",
        (("it", "it had scrambled"), "TWN", "MIL"), None, D, None, speaker=(MOD, 1),
        mod="reported"),
      E("deployed missile", "deployed", "MOBILIZE", "weapons",
        (("it", "it had scrambled"), "TWN", "MIL"), None, D, None, speaker=(MOD, 1),
        mod="reported"),
      E("we will not back down", "back down", "CONCEDE", None,
        (("we", "we will not back down"), "TWN", "GOV"), None, None, None,
        speaker=("Tsai", "Tsai said in a"), mod="negated"),
      E("Beijing imposed sanctions", "sanctions", "SANCTION", "discontinue",
        ("Beijing", "CHN", "GOV"), ("Hsiao Bi-khim", "TWN", "GOV"), ("2023-04-07", "day", False),
        None),
      E("that hosted Tsai", "hosted", "CONSULT", "visit", (("Tsai", "that hosted Tsai"), "TWN", "GOV"),
        (("two U.S.-based organisations", 1), "USA", "NGO"), None, None),
      E("State Department urged", "urged", "REQUEST", "yield",
        (("The U.S. State Department", 1), "USA", "GOV"), (("Beijing", "State Department urged"), "CHN", "GOV"),
        None, None, mod="demanded"),
      E("could stage larger", "drills", "MOBILIZE", "troops",
        (("Beijing", "Analysts said Beijing"), "CHN", "GOV"), None, None, None,
        speaker=("Analysts", 1), mod="conditional",
        cond="if Taiwan's ruling party wins January's presidential election"),
  ])

T = ("Philippines summons Chinese envoy after water cannon attack near shoal\n"
     "MANILA, March 24 Kyodo - The Philippines summoned China's deputy chief of mission on "
     "Sunday to protest what it called \"aggressive actions\" by the Chinese coast guard, a day "
     "after Chinese vessels fired water cannon at a Philippine supply boat near Second Thomas "
     "Shoal in the South China Sea.\n"
     "Three Filipino navy personnel were injured and the boat, the Unaizah May 1, was heavily "
     "damaged, the Philippine military said. The vessel had been carrying food and supplies to "
     "marines stationed aboard a grounded warship that Manila uses as an outpost.\n"
     "China's coast guard said it had taken \"necessary measures\" to expel the boat, which it "
     "said had intruded into Chinese waters, and accused Manila of provocation. Beijing claims "
     "almost the entire South China Sea.\n"
     "The United States said it stood with its ally and reaffirmed that the 1951 Mutual Defense "
     "Treaty would apply to armed attacks on Philippine vessels anywhere in the South China Sea. "
     "Philippine President Ferdinand Marcos Jr. said Manila would not be intimidated and would "
     "not abandon the outpost, but added that the Philippines was not seeking a conflict.\n"
     "Japan, which has its own territorial dispute with China, also expressed concern.")
D = ("2024-03-23", "day", False)
D1 = ("2024-03-24", "day", False)
A("15", "Kyodo", "2024-03-24",
  "Philippines summons Chinese envoy after water cannon attack near shoal", T, "blind", [
      E("Philippines summons Chinese", "summons", "ACCUSE", "disapprove",
        ("Philippines", "PHL", "GOV"), ("Chinese envoy", "CHN", "GOV"), D1, None,
        cl="rb-ph-summon"),
      E("water cannon attack", "attack", "ASSAULT", "crowd-control", None, None, D, None,
        cl="rb-ayungin-watercannon"),
      E("The Philippines summoned", "summoned", "ACCUSE", "disapprove",
        ("The Philippines", "PHL", "GOV"), ("China's deputy chief of mission", "CHN", "GOV"), D1,
        P(("MANILA", 1), "Manila"), cl="rb-ph-summon"),
      E("Chinese vessels fired", "fired", "ASSAULT", "crowd-control",
        ("Chinese vessels", "CHN", "COP"), ("a Philippine supply boat", "PHL", "MIL"), D,
        P("Second Thomas Shoal", "Second Thomas Shoal"),
        cl="rb-ayungin-watercannon"),
      E("to expel the boat", "expel", "COERCE", None, (("it", "China's coast guard said it"), "CHN", "COP"),
        ("the boat", "PHL", "MIL"), D, None, speaker=("China's coast guard", 1), mod="reported",
        cl="rb-ayungin-watercannon"),
      E("and accused Manila", "accused", "ACCUSE", "allege",
        (("China's coast guard", 1), "CHN", "COP"), ("Manila", "PHL", "GOV"), None, None),
      E("it stood with", "stood", "SUPPORT", None, (("it", "it stood with"), "USA", "GOV"),
        ("its ally", "PHL", "GOV"), None, None, speaker=("The United States", 1),
        mod="reported"),
      E("and reaffirmed that", "reaffirmed", "SUPPORT", None,
        (("The United States", 1), "USA", "GOV"), None, None, None),
      E("would not abandon", "abandon", "RETREAT", "withdraw",
        (("Manila", "said Manila would"), "PHL", "GOV"), None, None, None,
        speaker=("Philippine President Ferdinand Marcos Jr.", 1), mod="negated"),
      E("also expressed concern", "expressed concern", "ACCUSE", "disapprove",
        ("Japan", "JPN", "GOV"), None, None, None),
  ])

T = ("Saakashvili signs ceasefire deal as Russian troops hold Gori\n"
     "Tbilisi (dpa) - Georgian President Mikheil Saakashvili signed a French-brokered ceasefire "
     "agreement with Russia in Tbilisi on Friday, but Russian troops still occupied the central "
     "Georgian city of Gori and were reported to be advancing toward the capital.\n"
     "US Secretary of State Condoleezza Rice flew to Tbilisi to deliver the six-point plan, "
     "which French President Nicolas Sarkozy negotiated with Russian President Dmitry Medvedev "
     "in Moscow on Tuesday. Medvedev is expected to sign the document on Saturday, the Kremlin "
     "said.\n"
     "Rice demanded that Russian forces withdraw \"immediately\" from Georgian territory. Moscow "
     "said its troops would pull back only after additional security measures were in place.\n"
     "Georgian officials accused Russian soldiers and South Ossetian militias of burning ethnic "
     "Georgian villages around Gori. Russia's Foreign Ministry rejected the claims as "
     "\"propaganda\".\n"
     "Russia launched a massive counter-offensive on Aug 8 after Georgia tried to retake the "
     "breakaway region of South Ossetia by force. Hundreds of people have been killed in the "
     "fighting, and tens of thousands have fled their homes.\n"
     "German Chancellor Angela Merkel, who visited Russian President Medvedev in Sochi on "
     "Friday, said she would travel to Tbilisi on Sunday.")
D = ("2008-08-15", "day", False)
A("16", "dpa", "2008-08-16", "Saakashvili signs ceasefire deal as Russian troops hold Gori", T,
  "dev", [
      E("Saakashvili signs", "signs", "SUPPORT", None, ("Saakashvili", "GEO", "GOV"), None, D,
        None, cl="rb-geo-sign"),
      E("Russian troops hold", "hold", "COERCE", "seize", ("Russian troops", "RUS", "MIL"),
        None, D, P(("Gori", 1), "Gori"), cl="rb-gori-occupation"),
      E("Mikheil Saakashvili signed", "signed", "SUPPORT", None,
        ("Georgian President Mikheil Saakashvili", "GEO", "GOV"), ("Russia", "RUS", "GOV"), D,
        P(("Tbilisi", "agreement with Russia in"), "Tbilisi"), cl="rb-geo-sign"),
      E("Russian troops still occupied", "occupied", "COERCE", "seize",
        ("Russian troops", "RUS", "MIL"), None, D, "Gori", cl="rb-gori-occupation"),
      E("were reported to be", "advancing", "MOBILIZE", "troops",
        (("Russian troops", "Russian troops still"), "RUS", "MIL"), None, D, None,
        mod="asserted"),  # relabel68 (1): "were reported to be advancing", no source named
      E("Condoleezza Rice flew", "flew", "CONSULT", "visit",
        ("US Secretary of State Condoleezza Rice", "USA", "GOV"), None, None, "Tbilisi"),
      E("Nicolas Sarkozy negotiated", "negotiated", "CONSULT", "visit",
        ("French President Nicolas Sarkozy", "FRA", "GOV"),
        ("Russian President Dmitry Medvedev", "RUS", "GOV"), ("2008-08-12", "day", False),
        "Moscow", cl="rb-sarkozy-moscow"),
      E("Medvedev is expected", "sign", "SUPPORT", None, ("Medvedev", "RUS", "GOV"), None,
        ("2008-08-16", "day", False), None, speaker="the Kremlin", mod="future"),
      E("Rice demanded", "demanded", "REQUEST", "yield", ("Rice", "USA", "GOV"),
        ("Russian forces", "RUS", "MIL"), None, None, mod="demanded"),
      E("would pull back", "pull back", "RETREAT", "withdraw", ("its troops", "RUS", "MIL"), None,
        None, None, speaker="Moscow", mod="conditional",
        cond="only after additional security measures were in place"),
      E("Georgian officials accused", "accused", "ACCUSE", "allege",
        ("Georgian officials", "GEO", "GOV"), ("Russian soldiers", "RUS", "MIL"), None, None),
      E("of burning", "burning", "ASSAULT", "primitive", ("Russian soldiers", "RUS", "MIL"),
        ("ethnic Georgian villages", "GEO", "CVL"), None,
        P(("Gori", "of burning"), "Gori"), speaker="Georgian officials", mod="reported"),
      E("Foreign Ministry rejected", "rejected", "REJECT", None,
        ("Russia's Foreign Ministry", "RUS", "GOV"), None, None, None),
      E("Russia launched a massive", "counter-offensive", "ASSAULT", None,
        ("Russia", "RUS", "MIL"), None, ("2008-08-08", "day", True), None),
      E("Georgia tried to retake", "retake", "ASSAULT", None, ("Georgia", "GEO", "MIL"), None,
        None, None),
      E("killed in the", "fighting", "ASSAULT", None, None, None, None, None),
      E("who visited Russian", "visited", "CONSULT", "visit",
        ("German Chancellor Angela Merkel", "DEU", "GOV"),
        ("Russian President Medvedev", "RUS", "GOV"), D, "Sochi"),
      E("she would travel", "travel", "CONSULT", "visit", (("she", "she would travel"), "DEU", "GOV"),
        None, ("2008-08-17", "day", False), P(("Tbilisi", "she would travel"), "Tbilisi"),
        speaker=("German Chancellor Angela Merkel", 1), mod="future"),
  ])

T = ("Venezuela expels diplomats from seven Latin American countries as protests turn deadly\n"
     "CARACAS, Jul 30 (EFE) - Venezuela ordered diplomats from Argentina, Chile, Costa Rica, "
     "Panama, Peru, the Dominican Republic and Uruguay to leave the country within 72 hours "
     "after their governments questioned the official result of Sunday's presidential "
     "election, the foreign ministry said on Monday.\n"
     "Thousands of people took to the streets of Caracas and other cities on Monday to protest "
     "the National Electoral Council's declaration that President Nicolas Maduro had won a third "
     "term. Security forces fired tear gas and rubber bullets at demonstrators, and at least six "
     "people were killed, according to the human rights group Foro Penal. Protesters toppled "
     "statues of the late Hugo Chavez in several towns.\n"
     "Attorney General Tarek William Saab said 749 people had been arrested for \"terrorism\" and "
     "\"incitement to hatred\". Opposition politician Freddy Superlano was detained by hooded "
     "agents on Tuesday morning, his party Voluntad Popular said.\n"
     "Maduro accused opposition leader Maria Corina Machado and candidate Edmundo Gonzalez of "
     "being behind the violence and said they \"should be behind bars\". Machado said the "
     "opposition had evidence that Gonzalez won and called for peaceful assemblies across the "
     "country on Tuesday.\n"
     "Brazil, Colombia and Mexico urged electoral authorities to publish detailed voting "
     "tallies. The United States warned it could reimpose oil sanctions if Caracas did not "
     "release the data. Venezuela's oil output rose to its highest level in four years in "
     "June.")
D = ("2024-07-29", "day", False)
D1 = ("2024-07-30", "day", False)
CCS = P(("CARACAS", 1), "Caracas")
A("17", "EFE", "2024-07-30",
  "Venezuela expels diplomats from seven Latin American countries as protests turn deadly", T,
  "blind", [
      E("Venezuela expels", "expels", "SANCTION", "expel", ("Venezuela", "VEN", "GOV"),
        ("diplomats", None, "GOV"), D, None, cl="rb-ven-expel"),
      E("as protests turn", "protests", "PROTEST", "demo", None, None, D, None,
        cl="rb-ven-protests"),
      E("Venezuela ordered", "ordered", "SANCTION", "expel", ("Venezuela", "VEN", "GOV"),
        ("diplomats", None, "GOV"), D, CCS, speaker="the foreign ministry", mod="reported",
        cl="rb-ven-expel"),
      E("their governments questioned", "questioned", "ACCUSE", "disapprove",
        ("their governments", None, "GOV"), None, None, None),
      E("Thousands of people took", "took to the streets", "PROTEST", "demo",
        ("Thousands of people", "VEN", "CVL"), None, D, "Caracas", cl="rb-ven-protests"),
      E("Security forces fired", "fired", "ASSAULT", "crowd-control",
        ("Security forces", "VEN", "COP"), ("demonstrators", "VEN", "CVL"), D, CCS),
      E("at least six", "killed", "ASSAULT", None, None,
        ("at least six people", "VEN", "CVL"), D, CCS,
        speaker="the human rights group Foro Penal", mod="reported"),
      E("Protesters toppled", "toppled", "PROTEST", "vandalize", ("Protesters", "VEN", "CVL"),
        None, D, None),
      E("749 people had been arrested", "arrested", "COERCE", "arrest", None,
        ("749 people", "VEN", "CVL"), None, None,
        speaker="Attorney General Tarek William Saab", mod="reported"),
      E("Freddy Superlano was detained", "detained", "COERCE", "arrest",
        ("hooded agents", "VEN", "COP"),
        ("Opposition politician Freddy Superlano", "VEN", "OPP"), D1, CCS,
        speaker="his party Voluntad Popular", mod="reported"),
      E("Maduro accused", "accused", "ACCUSE", "allege", ("Maduro", "VEN", "GOV"),
        ("opposition leader Maria Corina Machado", "VEN", "OPP"), None, None),
      E("should be behind bars", "behind bars", "THREATEN", "arrest",
        (("Maduro", "Maduro accused"), "VEN", "GOV"), (("they", "said they"), "VEN", "OPP"),
        None, None, speaker=("Maduro", "Maduro accused"), mod="threatened"),
      E("called for peaceful", "assemblies", "PROTEST", "demo",
        (("Machado", "Machado said the"), "VEN", "OPP"), None, D1,
        P(("the country", "called for peaceful"), "Venezuela"),
        mod="demanded"),
      E("Brazil, Colombia and Mexico urged", "urged", "REQUEST", "change",
        ("Brazil, Colombia and Mexico", None, "GOV"), ("electoral authorities", "VEN", "GOV"),
        None, None, mod="demanded"),
      E("The United States warned", "warned", "THREATEN", "restrict",
        ("The United States", "USA", "GOV"), ("Caracas", "VEN", "GOV"), None, None,
        mod="threatened", cond="if Caracas did not release the data"),
  ])

T = ("India, Pakistan expel diplomats in tit-for-tat espionage row\n"
     "NEW DELHI (AP) - India on Thursday expelled a Pakistani embassy official it accused of "
     "spying, and Pakistan responded hours later by ordering an Indian diplomat in Islamabad to "
     "leave the country, deepening a row between the nuclear-armed neighbors.\n"
     "Delhi police said they briefly detained the Pakistani staffer, Mehmood Akhtar, near the "
     "city's zoo as he received defense documents from two men, who were arrested. He was "
     "released because of his diplomatic immunity and declared \"persona non grata,\" India's "
     "foreign ministry said.\n"
     "Pakistan's foreign office called the allegations \"false and unsubstantiated\" and said "
     "Indian diplomat Surjeet Singh had been engaged in \"activities incompatible with his "
     "status.\" It summoned India's deputy high commissioner to lodge a protest.\n"
     "Tensions have been high since Sept. 18, when militants attacked an Indian army base in Uri "
     "in Kashmir, killing 19 soldiers. India blamed Pakistan-based groups for the attack and "
     "says it carried out \"surgical strikes\" on militant launch pads across the Line of Control "
     "11 days later. Pakistan denies those strikes took place.\n"
     "Neither side has proposed talks to ease the tensions, and officials said a meeting of "
     "national security advisers planned for next month was unlikely to go ahead.")
D = ("2016-10-27", "day", False)
ND = P(("NEW DELHI", 1), "New Delhi")
A("18", "AP", "2016-10-28", "India, Pakistan expel diplomats in tit-for-tat espionage row", T,
  "dev", [
      E("India, Pakistan expel", "expel", "SANCTION", "expel", ("India", "IND", "GOV"),
        ("Pakistan", "PAK", "GOV"), D, None, cl="rb-in-expel"),
      E("India on Thursday expelled", "expelled", "SANCTION", "expel", ("India", "IND", "GOV"),
        ("a Pakistani embassy official", "PAK", "GOV"), D, ND, cl="rb-in-expel"),
      E("it accused of", "accused", "ACCUSE", "allege", (("it", "it accused of"), "IND", "GOV"),
        ("a Pakistani embassy official", "PAK", "GOV"), None, None),
      E("by ordering an Indian", "ordering", "SANCTION", "expel",
        (("Pakistan", "and Pakistan responded"), "PAK", "GOV"), ("an Indian diplomat", "IND", "GOV"),
        D, "Islamabad", cl="rb-pk-expel"),
      E("Delhi police said they", "detained", "COERCE", "arrest",
        (("they", "Delhi police said they"), "IND", "COP"), ("the Pakistani staffer", "PAK", "GOV"),
        None, ND, speaker="Delhi police", mod="reported"),
      E("who were arrested", "arrested", "COERCE", "arrest", None, ("two men", "IND", "CVL"),
        None, ND, speaker=("Delhi police", 1), mod="reported"),
      E("He was released", "released", "RETREAT", "release", None,
        ("He", "PAK", "GOV"), None, None, speaker="India's foreign ministry",
        mod="reported"),
      E("and declared \"persona", "declared", "SANCTION", "expel", None, (("He", "He was released"), "PAK", "GOV"),
        None, None, speaker="India's foreign ministry", mod="reported",
        cl="rb-in-expel"),
      E("foreign office called", "called", "REJECT", None,
        ("Pakistan's foreign office", "PAK", "GOV"), None, None, None),
      E("It summoned", "summoned", "ACCUSE", "disapprove", ("It", "PAK", "GOV"),
        ("India's deputy high commissioner", "IND", "GOV"), None, None),
      E("when militants attacked", "attacked", "ASSAULT", None, ("militants", None, "REB"),
        ("an Indian army base", "IND", "MIL"), ("2016-09-18", "day", True), "Uri",
        cl="rb-uri"),
      E("India blamed", "blamed", "ACCUSE", "allege", ("India", "IND", "GOV"),
        ("Pakistan-based groups", "PAK", "REB"), None, None),
      E("for the attack", "attack", "ASSAULT", None, None, None, ("2016-09-18", "day", True),
        None, cl="rb-uri"),
      E("says it carried out", "strikes", "ASSAULT", None, (("it", "says it carried"), "IND", "MIL"),
        None, ("2016-09-29", "day", True), None, speaker=("India", "India blamed"),
        mod="reported", cl="rb-surgical"),
      E("Pakistan denies", "strikes", "ASSAULT", None, None, None, ("2016-09-29", "day", True),
        None, speaker="Pakistan", mod="denied", cl="rb-surgical"),
      E("Neither side has proposed", "proposed", "AGREE", None, ("Neither side", None, "GOV"),
        None, None, None, mod="negated"),
      E("a meeting of", "meeting", "CONSULT", None, ("national security advisers", None, "GOV"),
        None, ("2016-11", "month", False), None, speaker="officials", mod="hypothetical"),
  ])

# ---- END ARTICLES ----


def main() -> None:
    # relabel56 (a): an authority's future refusal ("will not allow anyone
    # to ...") is COERCE `restrict` `future` (docs/annotation.md, "Questions
    # decided (relabel56, 2026-12-06)"), appended at the article's end so no
    # event index a relabel table names moves.
    relabel56 = {
        "rec_b-09": [
            E("We will not allow anyone to destabilise", "allow", "COERCE", "restrict", ("We", "PAK", "GOV"), None, None, None, speaker="Prime Minister Shaukat Aziz", mod="future"),  # relabel56
        ],
    }
    for art in ARTICLES:
        art["events"].extend(relabel56.get(art["id"], []))
    records, counts = [], {}
    for art in ARTICLES:
        events = [build_event(art, i, e) for i, e in enumerate(art["events"], 1)]
        rec = {k: art[k] for k in ("id", "outlet", "published", "title", "text", "split",
                                   "source")}
        rec["events"] = events
        records.append(rec)
        for ev in events:
            counts[ev["type"]] = counts.get(ev["type"], 0) + 1
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    needles.apply_date_relabel(records, BATCH)
    needles.apply_trigger_relabel(records, BATCH)
    needles.apply_place_relabel(records, BATCH)
    needles.apply_mode_relabel(records, BATCH)
    needles.apply_actor_relabel(records, BATCH)
    needles.apply_recipient_relabel(records, BATCH)
    needles.apply_type_relabel(records, BATCH)
    needles.apply_relay_relabel(records, BATCH)
    needles.apply_sector_relabel(records, BATCH)   # relabel54
    needles.apply_court_place_relabel(records, BATCH)   # relabel55
    needles.apply_dateline_place_relabel(records, BATCH)   # relabel69
    needles.apply_event_relabel(records, BATCH)
    write_jsonl(records, OUT)
    n_ev = sum(len(r["events"]) for r in records)
    for split in ("dev", "blind"):
        rs = [r for r in records if r["split"] == split]
        print(split, len(rs), "articles", sum(len(r["events"]) for r in rs), "events")
    print(len(records), "articles", n_ev, "events ->", OUT.name)
    print(dict(sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
