"""Build tests/data/records/rec_a.jsonl: gold whole-event records for
articles written by the annotator (source "own") in the style of news-agency
copy, Middle East / North Africa and Sub-Saharan Africa. Labelled by hand
following docs/annotation.md, never with eventwire's output in view.

Run: python3 tests/data/records/make_rec_a.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from needles import (  # noqa: E402
    MODALITIES,
    MODES,
    SECTORS,
    TYPES,
    apply_actor_relabel,
    apply_court_place_relabel,
    apply_date_relabel,  # noqa: E402
    apply_dateline_place_relabel,
    apply_event_relabel,
    apply_mode_relabel,
    apply_place_relabel,
    apply_recipient_relabel,
    apply_relay_relabel,
    apply_sector_relabel,
    apply_trigger_relabel,
    apply_type_relabel,
)
from spans import locate, write_jsonl  # noqa: E402

BATCH = "rec_a"
OUT = Path(__file__).resolve().parent / f"{BATCH}.jsonl"


def span(text: str, ref):
    """A span from a needle that occurs once in ``text``, or from
    ``(needle, anchor)``: the first ``needle`` inside ``anchor``, a context
    string that occurs once in ``text``."""
    if isinstance(ref, tuple):
        needle, anchor = ref
        assert text.count(anchor) == 1, f"anchor {anchor!r} occurs {text.count(anchor)} times"
        a = text.find(anchor)
        s = locate(text, needle, a)
        assert s["end"] <= a + len(anchor), f"{needle!r} not inside {anchor!r}"
    else:
        assert text.count(ref) == 1, f"needle {ref!r} occurs {text.count(ref)} times"
        s = locate(text, ref)
    assert text[s["start"]:s["end"]] == s["text"]
    return s


def T(value=None, gran=None, bg=False):
    """A time: T('2021-07-06'), T('2021-07', 'month', True), T() = unknown."""
    if value is None:
        return {"value": None, "granularity": "unknown", "background": bg}
    if gran is None:
        gran = {10: "day", 7: "month", 4: "year"}[len(value)]
    return {"value": value, "granularity": gran, "background": bg}


def ev(trig, typ, mode, actor, rec, time, place, spk, relays, mod, cond=None, cl=None):
    """One event, spans given as needles (see ``span``); actor/recipient as
    (ref, country, sector); place as (ref, lat, lon)."""
    return dict(trig=trig, typ=typ, mode=mode, actor=actor, rec=rec, time=time,
                place=place, spk=spk, relays=relays, mod=mod, cond=cond, cl=cl)


ARTICLES: list[dict] = []


def article(n, outlet, published, split, text, events):
    ARTICLES.append(dict(n=n, outlet=outlet, published=published, split=split,
                         text=text, events=events))


def build(a):
    text = a["text"]
    aid = f"{BATCH}-{a['n']:02d}"
    pub = dt.date.fromisoformat(a["published"])
    out = []
    for i, e in enumerate(a["events"], 1):
        try:
            out.append(build_event(text, aid, pub, i, e))
        except Exception as exc:
            raise SystemExit(f"{aid} event {i} ({e['trig']!r}): {exc!r}") from exc
    out.sort(key=lambda e: e["trigger"]["start"])
    title = text.split("\n", 1)[0]
    words = len(text.split())
    assert 100 <= words <= 420, (aid, words)
    return {"id": aid, "outlet": a["outlet"], "published": a["published"], "title": title,
            "text": text, "split": a["split"], "source": "own", "events": out}


def build_event(text, aid, pub, i, e):
    assert e["typ"] in TYPES, e
    assert e["mod"] in MODALITIES, e
    assert e["mode"] is None or e["mode"] in MODES.get(e["typ"], set()), e
    assert (e["cond"] is None) == (e["mod"] != "conditional"), e

    def actor(x):
        if x is None:
            return None
        ref, country, sector = x
        assert sector in SECTORS, x
        assert country is None or (len(country) == 3 and country.isupper()), x
        return {**span(text, ref), "country": country, "sector": sector}

    t = e["time"]
    if t["granularity"] == "day":
        d = dt.date.fromisoformat(t["value"])
        assert t["background"] == ((pub - d).days > 7), (aid, e)
    place = None
    if e["place"] is not None:
        ref, lat, lon = e["place"]
        place = {**span(text, ref), "lat": lat, "lon": lon}
    return {
        "trigger": span(text, e["trig"]),
        "type": e["typ"],
        "mode": e["mode"],
        "actor": actor(e["actor"]),
        "recipient": actor(e["rec"]),
        "time": t,
        "place": place,
        "speaker": span(text, e["spk"]) if e["spk"] is not None else None,
        "relays": [span(text, r) for r in e["relays"]],
        "modality": e["mod"],
        "condition": span(text, e["cond"]) if e["cond"] is not None else None,
        "cluster": e["cl"] or f"{aid}-e{i}",
    }


# Coordinates (GeoNames points)
ERBIL_AIRPORT = (36.24, 43.96)
BAGHDAD_AIRPORT = (33.26, 44.23)

# ---------------------------------------------------------------------------
# Story 1: drone attack on Erbil airport, July 2021 (Reuters, Xinhua, Press TV)
# ---------------------------------------------------------------------------
ERBIL = "rec_a-story-erbil-drone-2021-07-06"
SOLEIMANI = "rec_a-soleimani-killing-2020-01-03"

article(1, "Reuters", "2021-07-07", "dev", """\
Drone attack hits U.S.-led coalition base at Erbil airport
ERBIL, Iraq (Reuters) - A drone laden with explosives struck a base used by U.S.-led coalition forces at Erbil international airport in northern Iraq late on Tuesday, wounding two people including a U.S. contractor, Kurdish security officials said.
The Kurdistan region's counter-terrorism service said the drone was launched from an area south of the city and blamed Iran-aligned militias for the attack. No group immediately claimed responsibility.
Two U.S. officials, speaking on condition of anonymity, told Reuters the attack bore the hallmarks of Kataib Hezbollah, one of the most powerful Iran-backed factions. A spokesman for the group denied any role but warned in a Telegram post that "the occupation forces will face more painful strikes if they do not leave Iraq before the end of the year."
Iraqi Prime Minister Mustafa al-Kadhimi condemned the attack and ordered an investigation, his office said.
The coalition has faced dozens of rocket and drone attacks since the January 2020 U.S. drone strike at Baghdad airport that killed Iranian general Qassem Soleimani and Iraqi militia leader Abu Mahdi al-Muhandis. In February, a rocket barrage on Erbil killed a foreign civilian contractor.
Oil prices hit a two-year high on Tuesday as traders shrugged off the regional tensions, and Kurdish officials said flights at the airport resumed on Wednesday morning.
""", [
    ev("hits", "ASSAULT", "drone", None,
       (("U.S.-led coalition", "hits U.S.-led coalition base"), "USA", "MIL"), T("2021-07-06"),
       ("Erbil airport", *ERBIL_AIRPORT), None, [], "asserted", cl=ERBIL),
    ev("struck", "ASSAULT", "drone", None, ("U.S.-led coalition forces", "USA", "MIL"),
       T("2021-07-06"), ("Erbil international airport", *ERBIL_AIRPORT),
       "Kurdish security officials", [], "reported", cl=ERBIL),
    ev(("attack", "for the attack"), "ASSAULT", "drone", None, None, T("2021-07-06"),
       ("Erbil international airport", *ERBIL_AIRPORT), None, [], "asserted", cl=ERBIL),
    ev(("attack", "the attack bore"), "ASSAULT", "drone", None, None, T("2021-07-06"),
       ("Erbil international airport", *ERBIL_AIRPORT), "Two U.S. officials", [], "reported",
       cl=ERBIL),
    ev(("attack", "condemned the attack"), "ASSAULT", "drone", None, None, T("2021-07-06"),
       ("Erbil international airport", *ERBIL_AIRPORT), "his office", [], "reported", cl=ERBIL),
    ev("blamed", "ACCUSE", "allege",
       ("The Kurdistan region's counter-terrorism service", "IRQ", "COP"),
       ("Iran-aligned militias", "IRQ", "UAF"), T("2021-07-07"), ("ERBIL", 36.19, 44.01),
       None, [], "asserted"),
    ev("denied", "REJECT", None, ("A spokesman for the group", "IRQ", "UAF"), None,
       T("2021-07-07"), ("ERBIL", 36.19, 44.01), None, [], "asserted"),
    ev("warned", "THREATEN", "violence", ("A spokesman for the group", "IRQ", "UAF"),
       ("the occupation forces", "USA", "MIL"), T("2021-07-07"), ("ERBIL", 36.19, 44.01),
       None, [], "threatened"),
    ev("condemned", "ACCUSE", "disapprove",
       ("Iraqi Prime Minister Mustafa al-Kadhimi", "IRQ", "GOV"), None, T("2021-07-07"),
       ("ERBIL", 36.19, 44.01), "his office", [], "reported"),
    ev("investigation", "ACCUSE", "investigate",
       ("Iraqi Prime Minister Mustafa al-Kadhimi", "IRQ", "GOV"), None, T("2021-07-07"),
       ("ERBIL", 36.19, 44.01), "his office", [], "reported"),
    ev(("strike", "drone strike at Baghdad"), "ASSAULT", "drone",
       (("U.S.", "January 2020 U.S. drone"), "USA", "MIL"), ("Iranian general Qassem Soleimani", "IRN", "MIL"),
       T("2020-01", bg=True), ("Baghdad airport", *BAGHDAD_AIRPORT), None, [], "asserted",
       cl=SOLEIMANI),
    ev(("killed", "on Erbil killed"), "ASSAULT", "heavy-weapons", None,
       ("a foreign civilian contractor", None, "CVL"), T("2021-02", bg=True),
       (("Erbil", "barrage on Erbil"), 36.19, 44.01), None, [], "asserted"),
])

article(2, "Xinhua", "2021-07-07", "dev", """\
Drone attack targets Erbil airport in Iraq's Kurdistan region
BAGHDAD, July 7 (Xinhua) -- An explosives-laden drone attacked the Erbil International Airport in Iraq's semi-autonomous Kurdistan region late Tuesday, causing no casualties, the region's interior ministry said.
The drone hit an area near the airport's military section, which hosts advisers of the U.S.-led international coalition, and caused material damage to a building, the ministry said in a statement.
No group has claimed responsibility so far.
The Iraqi Foreign Ministry said in a statement that it rejects "any attack that targets the international coalition's advisers," describing the assault as "a terrorist act aimed at undermining the country's security and stability."
Meanwhile, Iraqi security forces on Wednesday arrested three suspects in connection with the attack near the town of Makhmour, some 60 km southwest of Erbil, a police source told Xinhua on condition of anonymity.
U.S. troops in Iraq have been the target of frequent attacks since the United States killed Iranian commander Qassem Soleimani in a drone strike near Baghdad airport in January 2020. Iraqi Shiite factions have repeatedly demanded the withdrawal of all foreign forces from the country.
In late July, Iraqi officials are scheduled to hold a new round of strategic dialogue with U.S. counterparts in Washington, which is expected to set a timetable for the pullout of U.S. combat troops.
""", [
    ev(("targets", "attack targets Erbil"), "ASSAULT", "drone", None, None, T("2021-07-06"),
       ("Erbil airport", *ERBIL_AIRPORT), None, [], "asserted", cl=ERBIL),
    ev("attacked", "ASSAULT", "drone", None, None, T("2021-07-06"),
       ("the Erbil International Airport", *ERBIL_AIRPORT),
       "the region's interior ministry", [], "reported", cl=ERBIL),
    ev(("hit", "The drone hit"), "ASSAULT", "drone", None, None, T("2021-07-06"),
       ("the Erbil International Airport", *ERBIL_AIRPORT),
       ("the ministry", "the ministry said in a statement"), [], "reported", cl=ERBIL),
    ev(("assault", "describing the assault"), "ASSAULT", "drone", None, None, T("2021-07-06"),
       ("the Erbil International Airport", *ERBIL_AIRPORT), "The Iraqi Foreign Ministry", [],
       "reported", cl=ERBIL),
    ev(("attack", "with the attack"), "ASSAULT", "drone", None, None, T("2021-07-06"),
       ("the Erbil International Airport", *ERBIL_AIRPORT), "a police source", [], "reported",
       cl=ERBIL),
    ev("rejects", "ACCUSE", "disapprove", ("The Iraqi Foreign Ministry", "IRQ", "GOV"), None,
       T("2021-07-07"), ("BAGHDAD", 33.34, 44.4), "The Iraqi Foreign Ministry", [], "reported"),
    ev("arrested", "COERCE", "arrest", ("Iraqi security forces", "IRQ", "COP"),
       ("three suspects", "IRQ", None), T("2021-07-07"),
       ("the town of Makhmour", 35.78, 43.58), "a police source", [], "reported"),
    ev(("killed", "United States killed"), "ASSAULT", "drone",
       ("the United States", "USA", "GOV"),
       ("Iranian commander Qassem Soleimani", "IRN", "MIL"), T("2020-01", bg=True),
       ("Baghdad airport", *BAGHDAD_AIRPORT), None, [], "asserted", cl=SOLEIMANI),
    ev("demanded", "REQUEST", "yield", ("Iraqi Shiite factions", "IRQ", "UAF"), None,
       T(), None, None, [], "demanded"),
    ev("dialogue", "AGREE", None, ("Iraqi officials", "IRQ", "GOV"),
       ("U.S. counterparts", "USA", "GOV"), T("2021-07", "month"), ("Washington", 38.9, -77.04),
       None, [], "future"),
    ev("pullout", "RETREAT", "withdraw", ("U.S. combat troops", "USA", "MIL"), None, T(),
       None, None, [], "hypothetical"),
])

article(3, "Press TV", "2021-07-07", "dev", """\
Drone hits US occupation base in Iraq's Erbil, resistance vows more
Press TV - A drone has struck a base housing US troops at the airport of Erbil, the capital of northern Iraq's Kurdistan region, with unconfirmed reports saying several American soldiers were injured.
Sabereen News, a Telegram channel close to Iraqi resistance groups, said the attack late on Tuesday caused "heavy damage" to the base, which it described as a hub for the US occupation forces and Israeli spies.
A spokesman for Kataib Hezbollah told Lebanon's Al Mayadeen television that his group had no role in the operation, but said the anger of Iraqis at the continued presence of foreign forces was growing.
"If the occupiers stay, we will turn their bases into graveyards," the spokesman told the Beirut-based channel.
The Iraqi parliament passed a resolution on January 5, 2020 calling for the expulsion of all US-led foreign troops from the country, two days after Washington assassinated anti-terror commanders General Qassem Soleimani and Abu Mahdi al-Muhandis near Baghdad airport.
Washington has so far refused to comply with the parliament's decision and has instead deployed more troops to the Ain al-Asad air base in western Iraq, according to Iraqi lawmakers.
""", [
    ev("hits", "ASSAULT", "drone", None, (("US", "hits US occupation"), "USA", "MIL"),
       T("2021-07-06"), (("Erbil", "Iraq's Erbil"), 36.19, 44.01), None, [], "asserted", cl=ERBIL),
    ev("vows", "THREATEN", "violence", (("resistance", "resistance vows"), "IRQ", "UAF"), None, T("2021-07-07"), None,
       None, [], "threatened", cl="rec_a-03-graveyards-threat"),
    ev("struck", "ASSAULT", "drone", None, ("US troops", "USA", "MIL"), T("2021-07-06"),
       ("the airport of Erbil", *ERBIL_AIRPORT), None, [], "asserted", cl=ERBIL),
    ev(("attack", "the attack late"), "ASSAULT", "drone", None, None, T("2021-07-06"),
       ("the airport of Erbil", *ERBIL_AIRPORT), "Sabereen News", [], "reported", cl=ERBIL),
    ev("operation", "ASSAULT", "drone", ("his group", "IRQ", "UAF"), None, T("2021-07-06"),
       None, "A spokesman for Kataib Hezbollah",
       ["Lebanon's Al Mayadeen television"], "denied", cl=ERBIL),
    ev("turn", "THREATEN", "violence", (("we", "we will turn"), "IRQ", "UAF"),
       ("the occupiers", "USA", "MIL"), T("2021-07-07"), None, "the spokesman",
       ["the Beirut-based channel"], "threatened", cl="rec_a-03-graveyards-threat"),
    ev("calling", "REQUEST", "yield", ("The Iraqi parliament", "IRQ", "LEG"), None,
       T("2020-01-05", bg=True), None, None, [], "demanded"),
    ev("assassinated", "ASSAULT", "targeted", (("Washington", "after Washington"), "USA", "GOV"),
       ("General Qassem Soleimani", "IRN", "MIL"), T("2020-01-03", bg=True),
       ("Baghdad airport", *BAGHDAD_AIRPORT), None, [], "asserted", cl=SOLEIMANI),
    ev("refused", "REJECT", "yield", (("Washington", "Washington has so far"), "USA", "GOV"),
       (("the parliament", "with the parliament"), "IRQ", "LEG"), T(), None, "Iraqi lawmakers", [], "reported"),
    ev("deployed", "MOBILIZE", "troops", (("Washington", "Washington has so far"), "USA", "GOV"), None, T(),
       ("the Ain al-Asad air base", 33.8, 42.44), "Iraqi lawmakers", [], "reported"),
])

# ---------------------------------------------------------------------------
# Story 2: hotel attack in Mogadishu, September 2016 (AFP, Al Jazeera)
# ---------------------------------------------------------------------------
MOG_ATTACK = "rec_a-story-mogadishu-hotel-attack-2016-09-06"
MOG_STORM = "rec_a-story-mogadishu-hotel-storming-2016-09-06"
MOGADISHU = (2.04, 45.34)
MOG_END = "rec_a-story-mogadishu-siege-ended-2016-09"

article(4, "AFP", "2016-09-07", "blind", """\
Shabaab attack on Mogadishu hotel kills 15
MOGADISHU (AFP) - A suicide car bomber struck the gate of a hotel popular with lawmakers in the Somali capital Mogadishu on Tuesday, killing at least 15 people, before gunmen stormed the building, police said.
"The attacker rammed a vehicle loaded with explosives into the gate of the Wehliye Hotel, and then three gunmen went inside shooting at guests," police officer Abdullahi Nur told AFP.
The Al-Qaeda-linked Shabaab group claimed responsibility in a statement broadcast on its Andalus radio, saying its fighters had targeted "apostate officials".
Security forces killed all three gunmen after a siege lasting nearly five hours, police said.
On Wednesday, President Hassan Sheikh Mohamud condemned the "cowardly" attack and vowed to intensify the military campaign against the Islamists.
A Shabaab military spokesman warned on Wednesday that the group would carry out "bigger attacks" unless African Union troops leave Somalia, the SITE Intelligence Group reported.
The 22,000-strong AU force, AMISOM, drove the Shabaab out of Mogadishu in August 2011, but the group still controls large parts of the countryside. In June, Shabaab fighters stormed the Ambassador Hotel in the capital, killing at least 15 people.
Heavy rains have meanwhile displaced thousands of people in the south of the country, the UN said.
""", [
    ev("kills", "ASSAULT", None, (("Shabaab", "Shabaab attack"), "SOM", "REB"), None, T("2016-09-06"),
       (("Mogadishu", "on Mogadishu hotel"), *MOGADISHU), None, [], "asserted", cl=MOG_ATTACK),
    ev("struck", "ASSAULT", "suicide-attack", ("A suicide car bomber", "SOM", "REB"), None,
       T("2016-09-06"), (("Mogadishu", "capital Mogadishu"), *MOGADISHU),
       ("police", "building, police said"), [], "reported", cl=MOG_ATTACK),
    ev(("stormed", "gunmen stormed"), "ASSAULT", "firearms", (("gunmen", "gunmen stormed"), "SOM", "REB"),
       None, T("2016-09-06"), (("Mogadishu", "capital Mogadishu"), *MOGADISHU),
       ("police", "building, police said"), [], "reported", cl=MOG_STORM),
    ev("rammed", "ASSAULT", "suicide-attack", ("The attacker", "SOM", "REB"), None, T("2016-09-06"),
       (("Mogadishu", "capital Mogadishu"), *MOGADISHU), "police officer Abdullahi Nur", [],
       "reported", cl=MOG_ATTACK),
    ev("shooting", "ASSAULT", "firearms", (("three gunmen", "three gunmen went"), "SOM", "REB"),
       ("guests", "SOM", "CVL"), T("2016-09-06"), (("Mogadishu", "capital Mogadishu"), *MOGADISHU),
       "police officer Abdullahi Nur", [], "reported", cl=MOG_STORM),
    ev("targeted", "ASSAULT", None, ("its fighters", "SOM", "REB"),
       ("apostate officials", "SOM", "GOV"), T("2016-09-06"), None,
       "The Al-Qaeda-linked Shabaab group", ["its Andalus radio"], "reported", cl=MOG_ATTACK),
    ev(("killed", "forces killed"), "ASSAULT", "firearms", ("Security forces", "SOM", "MIL"),
       ("all three gunmen", "SOM", "REB"), T("2016-09-06"), ("MOGADISHU", *MOGADISHU),
       ("police", "five hours, police said"), [], "reported", cl=MOG_END),
    ev(("siege", "a siege lasting"), "ASSAULT", None, None, None, T("2016-09-06"),
       ("MOGADISHU", *MOGADISHU), ("police", "five hours, police said"), [], "reported",
       cl=MOG_STORM),
    ev(("attack", '"cowardly" attack'), "ASSAULT", None, None, None, T("2016-09-06"),
       (("Mogadishu", "capital Mogadishu"), *MOGADISHU), None, [], "asserted", cl=MOG_ATTACK),
    ev("condemned", "ACCUSE", "disapprove", ("President Hassan Sheikh Mohamud", "SOM", "GOV"),
       None, T("2016-09-07"), ("MOGADISHU", *MOGADISHU), None, [], "asserted"),
    ev("vowed", "THREATEN", "violence", ("President Hassan Sheikh Mohamud", "SOM", "GOV"),
       ("the Islamists", "SOM", "REB"), T("2016-09-07"), ("MOGADISHU", *MOGADISHU),
       None, [], "threatened"),
    ev("warned", "THREATEN", "violence", ("A Shabaab military spokesman", "SOM", "REB"),
       ("African Union troops", None, "IGO"), T("2016-09-07"), ("MOGADISHU", *MOGADISHU),
       None, ["the SITE Intelligence Group"], "threatened"),
    ev("drove", "ASSAULT", None, ("AMISOM", None, "IGO"), (("the Shabaab", "drove the Shabaab"), "SOM", "REB"),
       T("2011-08", bg=True), (("Mogadishu", "out of Mogadishu"), *MOGADISHU), None, [], "asserted"),
    ev(("stormed", "fighters stormed"), "ASSAULT", "firearms", ("Shabaab fighters", "SOM", "REB"),
       None, T("2016-06", bg=True), (("the capital", "Hotel in the capital"), *MOGADISHU),
       None, [], "asserted"),
])

article(5, "Al Jazeera", "2016-09-07", "blind", """\
Somalia: Death toll from Mogadishu hotel siege rises to 22
Police in Somalia say at least 22 people, most of them civilians, were killed when fighters attacked a hotel near the presidential palace in Mogadishu.
Gunmen stormed the Wehliye Hotel on Tuesday afternoon shortly after a suicide car bomb blast at its gate, police spokesman Mohamed Hussein told Al Jazeera by phone on Wednesday.
Somalia's security minister blamed al-Shabab for the assault. The armed group, which has carried out similar attacks across the capital, had not claimed responsibility by Wednesday evening, contrary to earlier reports.
The government said its forces ended the siege early on Wednesday and arrested two suspected accomplices, including a hotel employee.
Hundreds of people marched in Mogadishu's Hodan district on Wednesday against the government's failure to protect civilians. Police fired tear gas to disperse the crowd, witnesses said.
Al Jazeera's correspondent, reporting from Mogadishu, said the government was under growing pressure. "Many here ask how a car full of explosives could pass so many checkpoints," she said.
In a statement, the United Nations Security Council condemned the attack and urged Somali authorities to bring the perpetrators to justice.
The attack came a week after Somali and AU troops recaptured the town of Marka from al-Shabab, about 100km southwest of the capital.
""", [
    ev(("siege", "hotel siege rises"), "ASSAULT", None, None, None, T("2016-09-06"),
       (("Mogadishu", "Mogadishu hotel siege"), *MOGADISHU), None, [], "asserted", cl=MOG_STORM),
    ev("attacked", "ASSAULT", None, ("fighters", "SOM", "REB"), None, T("2016-09-06"),
       (("Mogadishu", "palace in Mogadishu"), *MOGADISHU), "Police in Somalia", [], "reported",
       cl=MOG_ATTACK),
    ev("stormed", "ASSAULT", "firearms", ("Gunmen", "SOM", "REB"), None, T("2016-09-06"), None,
       "police spokesman Mohamed Hussein", [], "reported", cl=MOG_STORM),
    ev("blast", "ASSAULT", "suicide-attack", None, None, T("2016-09-06"), None,
       "police spokesman Mohamed Hussein", [], "reported", cl=MOG_ATTACK),
    ev(("assault", "for the assault"), "ASSAULT", None, None, None, T("2016-09-06"),
       (("Mogadishu", "palace in Mogadishu"), *MOGADISHU), None, [], "asserted", cl=MOG_ATTACK),
    ev("blamed", "ACCUSE", "allege", ("Somalia's security minister", "SOM", "GOV"),
       (("al-Shabab", "blamed al-Shabab"), "SOM", "REB"), T("2016-09-07"), None, None, [],
       "asserted"),
    ev("ended", "ASSAULT", None, ("its forces", "SOM", "MIL"), None, T("2016-09-07"), None,
       ("The government", "The government said"), [], "reported", cl=MOG_END),
    ev(("siege", "ended the siege"), "ASSAULT", None, None, None, T("2016-09-06"), None,
       ("The government", "The government said"), [], "reported", cl=MOG_STORM),
    ev("arrested", "COERCE", "arrest", ("its forces", "SOM", "MIL"),
       ("two suspected accomplices", "SOM", None), T("2016-09-07"), None,
       ("The government", "The government said"), [], "reported"),
    ev("marched", "PROTEST", "demo", ("Hundreds of people", "SOM", "CVL"),
       (("the government", "against the government"), "SOM", "GOV"), T("2016-09-07"),
       ("Mogadishu's Hodan district", 2.03, 45.31), None, [], "asserted"),
    ev("fired", "ASSAULT", "crowd-control", (("Police", "Police fired"), "SOM", "COP"), ("the crowd", "SOM", "CVL"),
       T("2016-09-07"), None, "witnesses", [], "reported"),
    ev("condemned", "ACCUSE", "disapprove",
       ("the United Nations Security Council", None, "IGO"), None, T("2016-09-07"), None,
       None, [], "asserted"),
    ev(("attack", "condemned the attack"), "ASSAULT", None, None, None, T("2016-09-06"),
       (("Mogadishu", "palace in Mogadishu"), *MOGADISHU), None, [], "asserted", cl=MOG_ATTACK),
    ev(("attack", "The attack came"), "ASSAULT", None, None, None, T("2016-09-06"),
       (("Mogadishu", "palace in Mogadishu"), *MOGADISHU), None, [], "asserted", cl=MOG_ATTACK),
    ev("urged", "REQUEST", None, ("the United Nations Security Council", None, "IGO"),
       ("Somali authorities", "SOM", "GOV"), T("2016-09-07"), None, None, [], "demanded"),
    ev("recaptured", "ASSAULT", None, ("Somali and AU troops", "SOM", "MIL"),
       (("al-Shabab", "from al-Shabab"), "SOM", "REB"), T("2016-08-30", bg=True),
       ("the town of Marka", 1.72, 44.77), None, [], "asserted"),
])

# ---------------------------------------------------------------------------
# Story 3: Jeddah ceasefire deal for Sudan, May 2023 (AP, Xinhua)
# ---------------------------------------------------------------------------
SUDAN_DEAL = "rec_a-story-sudan-jeddah-deal-2023-05-20"
SUDAN_TRUCE = "rec_a-story-sudan-ceasefire-start-2023-05-22"
SUDAN_WAR = "rec_a-sudan-war-outbreak-2023-04-15"
KHARTOUM = (15.55, 32.53)
JEDDAH = (21.49, 39.19)

article(6, "AP", "2023-05-21", "blind", """\
Sudan's warring sides agree to weeklong cease-fire, US and Saudis say
CAIRO (AP) — Sudan's army and a powerful paramilitary group signed an agreement in the Saudi city of Jeddah on Saturday for a weeklong cease-fire, the United States and Saudi Arabia said, raising hopes of a pause in five weeks of fighting that has killed hundreds of civilians.
Under the deal, both sides are to halt fighting from Monday evening for seven days, according to a joint statement. The deal also provides for the delivery of humanitarian aid.
Fighting raged in Khartoum and its twin city of Omdurman as the deal was signed, residents said. On Saturday, the Rapid Support Forces accused the military of bombing their positions in southern Khartoum with warplanes.
Several previous truces collapsed within hours since the conflict erupted on April 15.
"We will respond firmly if the rebels attack our positions again," an army spokesman said in a statement on Sunday.
The Sudan Doctors' Syndicate says at least 850 civilians have been killed since mid-April. Aid workers say hospitals in the capital are running out of supplies.
U.S. Secretary of State Antony Blinken warned on Saturday that Washington could impose sanctions on the warring parties. Egypt, which shares a long border with Sudan, welcomed the agreement on Sunday.
""", [
    ev(("agree", "sides agree to"), "AGREE", None, ("Sudan's warring sides", "SDN", None), None, T("2023-05-20"), None,
       "US and Saudis", [], "reported", cl=SUDAN_DEAL),
    ev(("signed", "group signed"), "AGREE", None, ("Sudan's army", "SDN", "MIL"),
       ("a powerful paramilitary group", "SDN", "REB"), T("2023-05-20"),
       ("the Saudi city of Jeddah", *JEDDAH), "the United States and Saudi Arabia", [],
       "reported", cl=SUDAN_DEAL),
    ev("halt", "RETREAT", "ceasefire", ("both sides", "SDN", None), None, T("2023-05-22"),
       None, "a joint statement", [], "future", cl=SUDAN_TRUCE),
    ev(("Fighting", "Fighting raged"), "ASSAULT", None, None, None, T("2023-05-20"),
       (("Khartoum", "raged in Khartoum"), *KHARTOUM), "residents", [], "reported"),
    ev(("signed", "deal was signed"), "AGREE", None, None, None, T("2023-05-20"),
       ("the Saudi city of Jeddah", *JEDDAH), None, [], "asserted", cl=SUDAN_DEAL),
    ev("accused", "ACCUSE", "allege", ("the Rapid Support Forces", "SDN", "REB"),
       ("the military", "SDN", "MIL"), T("2023-05-20"), None, None, [], "asserted"),
    ev("bombing", "ASSAULT", "aerial", ("the military", "SDN", "MIL"),
       (("their", "their positions"), "SDN", "REB"), T("2023-05-20"),
       ("southern Khartoum", *KHARTOUM), "the Rapid Support Forces", [], "reported"),
    ev("conflict", "ASSAULT", None, None, None, T("2023-04-15", bg=True), None, None, [],
       "asserted", cl=SUDAN_WAR),
    ev("respond", "THREATEN", "violence", (("We", "We will respond"), "SDN", "MIL"),
       (("the rebels", "if the rebels"), "SDN", "REB"), T("2023-05-21"), None, "an army spokesman", [],
       "threatened"),
    ev(("attack", "rebels attack"), "ASSAULT", None, (("the rebels", "if the rebels"), "SDN", "REB"),
       (("our", "our positions"), "SDN", "MIL"), T(), None, "an army spokesman", [],
       "hypothetical"),
    ev(("warned", "Blinken warned"), "THREATEN", "restrict",
       ("U.S. Secretary of State Antony Blinken", "USA", "GOV"), None, T("2023-05-20"),
       None, None, [], "threatened"),
    ev("welcomed", "SUPPORT", None, (("Egypt", "Egypt, which"), "EGY", "GOV"), None, T("2023-05-21"),
       ("CAIRO", 30.06, 31.25), None, [], "asserted"),
])

article(7, "Xinhua", "2023-05-21", "blind", """\
Sudan's army, RSF sign 7-day ceasefire deal in Jeddah
KHARTOUM, May 21 (Xinhua) -- The Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF) on Saturday signed a short-term ceasefire agreement in Jeddah, Saudi Arabia, the Saudi Foreign Ministry said.
The ceasefire will take effect at 9:45 p.m. local time on Monday and last for seven days, the ministry said in a statement carried by the Saudi Press Agency.
The agreement includes the delivery of humanitarian aid, the restoration of essential services and the withdrawal of forces from hospitals, it added.
UN Secretary-General Antonio Guterres on Saturday welcomed the agreement and urged the two parties to fully implement it.
Residents in Omdurman told Xinhua that warplanes carried out airstrikes on RSF positions on Sunday morning, while the RSF shelled army bases in north Khartoum.
The RSF said in a statement that it had shot down a military aircraft, a claim denied by the army.
Clashes broke out between the SAF and the RSF in Khartoum on April 15 and have killed at least 705 people and injured over 5,000 others, according to the World Health Organization.
Saudi Arabia on Sunday sent a ship carrying 100 tonnes of food aid for Sudanese civilians to Port Sudan, the Saudi Press Agency reported.
Meanwhile, the Sudanese pound fell to a record low against the U.S. dollar on the parallel market, traders said.
""", [
    ev(("sign", "RSF sign"), "AGREE", None, (("Sudan's army", "Sudan's army, RSF"), "SDN", "MIL"),
       (("RSF", "army, RSF sign"), "SDN", "REB"), T("2023-05-20"),
       (("Jeddah", "deal in Jeddah"), *JEDDAH), None, [], "asserted", cl=SUDAN_DEAL),
    ev("signed", "AGREE", None, ("The Sudanese Armed Forces (SAF)", "SDN", "MIL"),
       ("the paramilitary Rapid Support Forces (RSF)", "SDN", "REB"), T("2023-05-20"),
       (("Jeddah", "in Jeddah, Saudi"), *JEDDAH), "the Saudi Foreign Ministry", [], "reported", cl=SUDAN_DEAL),
    ev(("ceasefire", "The ceasefire will"), "RETREAT", "ceasefire", None, None, T("2023-05-22"),
       ("KHARTOUM", *KHARTOUM), ("the ministry", "the ministry said in a statement"),
       [("the Saudi Press Agency", "carried by the Saudi Press Agency")], "future", cl=SUDAN_TRUCE),
    ev("welcomed", "SUPPORT", None, ("UN Secretary-General Antonio Guterres", None, "IGO"), None,
       T("2023-05-20"), None, None, [], "asserted"),
    ev("urged", "REQUEST", "yield", ("UN Secretary-General Antonio Guterres", None, "IGO"),
       ("the two parties", "SDN", None), T("2023-05-20"), None, None, [],
       "demanded"),
    ev("airstrikes", "ASSAULT", "aerial", ("warplanes", "SDN", "MIL"),
       (("RSF", "on RSF positions"), "SDN", "REB"), T("2023-05-21"), ("Omdurman", 15.64, 32.48),
       "Residents in Omdurman", [], "reported"),
    ev("shelled", "ASSAULT", "heavy-weapons", (("the RSF", "while the RSF"), "SDN", "REB"),
       (("army", "army bases"), "SDN", "MIL"), T("2023-05-21"), ("north Khartoum", 15.63, 32.55),
       "Residents in Omdurman", [], "reported"),
    ev("shot down", "ASSAULT", None, (("it", "that it had shot"), "SDN", "REB"), None, T(), None,
       ("the army", "denied by the army"), [], "denied"),
    ev("denied", "REJECT", None, (("the army", "denied by the army"), "SDN", "MIL"),
       (("The RSF", "The RSF said"), "SDN", "REB"), T("2023-05-21"), ("KHARTOUM", *KHARTOUM), None, [],
       "asserted"),
    ev("Clashes", "ASSAULT", None, (("the SAF", "between the SAF"), "SDN", "MIL"),
       (("the RSF", "and the RSF in"), "SDN", "REB"), T("2023-04-15", bg=True),
       (("Khartoum", "RSF in Khartoum"), *KHARTOUM), None, [], "asserted", cl=SUDAN_WAR),
    ev(("sent", "Sunday sent"), "AID", None, (("Saudi Arabia", "Saudi Arabia on Sunday"), "SAU", "GOV"),
       ("Sudanese civilians", "SDN", "CVL"), T("2023-05-21"), ("Port Sudan", 19.62, 37.22),
       ("the Saudi Press Agency", "Sudan, the Saudi Press Agency"), [], "reported"),
])

# ---------------------------------------------------------------------------
# Single-outlet stories
# ---------------------------------------------------------------------------
ABHA_AIRPORT = (18.24, 42.66)
Y_ABHA = "rec_a-08-abha-missile"
Y_SANAA = "rec_a-08-sanaa-raids"

article(8, "Al Jazeera", "2019-06-13", "dev", """\
Houthi missile hits Saudi Arabia's Abha airport, wounding 26
Yemen's Houthi rebels fired a cruise missile at the arrivals hall of Abha airport in southwestern Saudi Arabia on Wednesday, wounding 26 civilians, the Saudi-led military coalition said.
A coalition spokesman on Wednesday vowed "urgent and timely deterrent measures" against the Houthis.
In a televised address on Thursday, a Houthi military spokesman said the group's forces had targeted the airport's control tower. He warned that they would hit the airports of Saudi Arabia and its allies "one by one" in the coming weeks.
Hours after the missile strike, coalition warplanes pounded Houthi positions in the capital, Sanaa, residents told Al Jazeera. The Houthi-run Al Masirah TV reported that the raids killed four civilians in a residential neighbourhood, a claim the coalition rejected.
The UN special envoy for Yemen on Thursday urged both sides to exercise restraint, saying the escalation could derail the peace deal reached in Sweden in December.
In May, Houthi drones struck two oil pumping stations of Saudi state oil giant Aramco west of Riyadh.
Saudi Arabia, the world's top oil exporter, has kept its crude output steady despite the attacks, energy analysts said.
""", [
    ev("hits", "ASSAULT", "heavy-weapons", (("Houthi", "Houthi missile hits"), "YEM", "REB"), None,
       T("2019-06-12"), (("Abha airport", "Arabia's Abha airport"), *ABHA_AIRPORT), None, [],
       "asserted", cl=Y_ABHA),
    ev("fired", "ASSAULT", "heavy-weapons", ("Yemen's Houthi rebels", "YEM", "REB"), None,
       T("2019-06-12"), (("Abha airport", "hall of Abha airport"), *ABHA_AIRPORT),
       "the Saudi-led military coalition", [], "reported", cl=Y_ABHA),
    ev("vowed", "THREATEN", "violence", ("A coalition spokesman", "SAU", "MIL"),
       (("the Houthis", "against the Houthis"), "YEM", "REB"), T("2019-06-12"), None, None, [],
       "threatened"),
    ev("targeted", "ASSAULT", None, ("the group's forces", "YEM", "REB"), None, T("2019-06-12"),
       None, "a Houthi military spokesman", [], "reported", cl=Y_ABHA),
    ev("warned", "THREATEN", "violence", (("He", "He warned"), "YEM", "REB"),
       (("Saudi Arabia", "airports of Saudi Arabia"), "SAU", "GOV"), T("2019-06-13"), None, None,
       [], "threatened"),
    ev(("strike", "missile strike"), "ASSAULT", "heavy-weapons", None, None, T("2019-06-12"),
       (("Abha airport", "hall of Abha airport"), *ABHA_AIRPORT), None, [], "asserted", cl=Y_ABHA),
    ev("pounded", "ASSAULT", "aerial", ("coalition warplanes", "SAU", "MIL"),
       (("Houthi", "pounded Houthi"), "YEM", "REB"), T("2019-06-12"), ("Sanaa", 15.35, 44.21),
       "residents", [], "reported", cl=Y_SANAA),
    ev(("killed", "raids killed"), "ASSAULT", "aerial", None, ("four civilians", "YEM", "CVL"),
       T("2019-06-12"), None, ("the coalition", "claim the coalition"), [], "denied", cl=Y_SANAA),
    ev("rejected", "REJECT", None, (("the coalition", "claim the coalition"), "SAU", "MIL"),
       ("The Houthi-run Al Masirah TV", "YEM", "MED"), T("2019-06-13"), None, None, [], "asserted"),
    ev("urged", "REQUEST", None, ("The UN special envoy for Yemen", None, "IGO"),
       ("both sides", "YEM", None), T("2019-06-13"), None, None, [], "demanded"),
    ev("deal", "AGREE", None, None, None, T("2018-12", bg=True), ("Sweden", 62.0, 15.0), None, [],
       "asserted"),
    ev("struck", "ASSAULT", "drone", (("Houthi", "Houthi drones"), "YEM", "REB"),
       ("Saudi state oil giant Aramco", "SAU", "BUS"), T("2019-05", bg=True), None, None, [],
       "asserted"),
])

L_TYRE = "rec_a-09-tyre-strike"

article(9, "AFP", "2024-02-15", "blind", """\
Israeli drone strike kills Hezbollah commander in Lebanon's Nabatieh
BEIRUT (AFP) - An Israeli drone strike on a car in the southern Lebanese town of Nabatieh killed a Hezbollah field commander and two other people on Wednesday, a security source told AFP.
Hezbollah said in a statement it had fired "dozens of Katyusha rockets" at an Israeli army base in Kiryat Shmona in response.
Lebanon's state-run National News Agency reported that a woman and her two children were killed when an Israeli strike hit their home near the coastal city of Tyre later on Wednesday. The Israeli army said on Wednesday it had struck "Hezbollah military infrastructure" in the area and denied targeting civilians.
Hezbollah's deputy leader warned on Thursday that the group would expand its strikes "deep into northern Israel" should Israel "cross the red lines".
In Tel Aviv, Israel's defence minister told reporters on Thursday the military was preparing for a possible ground operation in Lebanon if diplomatic efforts failed.
Tensions have run high along the border since October 8, the day after Hamas's attack on southern Israel.
Heavy snow closed several mountain roads in Lebanon on Thursday, the civil defence said.
""", [
    ev("kills", "ASSAULT", "drone", (("Israeli", "Israeli drone strike kills"), "ISR", "MIL"),
       ("Hezbollah commander", "LBN", "REB"), T("2024-02-14"),
       (("Nabatieh", "Lebanon's Nabatieh"), 33.38, 35.48), None, [], "asserted",
       cl="rec_a-09-nabatieh-strike"),
    ev(("killed", "Nabatieh killed"), "ASSAULT", "drone",
       (("Israeli", "An Israeli drone"), "ISR", "MIL"), ("a Hezbollah field commander", "LBN", "REB"),
       T("2024-02-14"), ("the southern Lebanese town of Nabatieh", 33.38, 35.48),
       "a security source", [], "reported", cl="rec_a-09-nabatieh-strike"),
    ev(("fired", "it had fired"), "ASSAULT", "heavy-weapons", (("it", "it had fired"), "LBN", "REB"),
       (("Israeli army", "an Israeli army base"), "ISR", "MIL"), T("2024-02-14"),
       ("Kiryat Shmona", 33.21, 35.57), ("Hezbollah", "Hezbollah said in a statement"), [],
       "reported"),
    ev(("killed", "children were killed"), "ASSAULT", None,
       (("Israeli", "an Israeli strike hit"), "ISR", "MIL"),
       ("a woman and her two children", "LBN", "CVL"), T("2024-02-14"),
       (("Tyre", "city of Tyre"), 33.27, 35.19), "Lebanon's state-run National News Agency", [],
       "reported", cl=L_TYRE),
    ev(("struck", "it had struck"), "ASSAULT", None, (("it", "it had struck"), "ISR", "MIL"),
       (("Hezbollah", '"Hezbollah military'), "LBN", "REB"), T("2024-02-14"), None,
       "The Israeli army", [], "reported", cl=L_TYRE),
    ev("targeting", "ASSAULT", None, ("The Israeli army", "ISR", "MIL"),
       (("civilians", "targeting civilians"), "LBN", "CVL"), T("2024-02-14"), None, "The Israeli army", [],
       "denied", cl=L_TYRE),
    ev("denied", "REJECT", None, ("The Israeli army", "ISR", "MIL"), None, T("2024-02-14"), None,
       None, [], "asserted"),
    ev("warned", "THREATEN", "violence", ("Hezbollah's deputy leader", "LBN", "REB"),
       (("Israel", "should Israel"), "ISR", "GOV"), T("2024-02-15"), ("BEIRUT", 33.89, 35.5),
       None, [], "threatened"),
    ev("preparing", "MOBILIZE", "troops", ("the military", "ISR", "MIL"), None, T("2024-02-15"),
       ("Tel Aviv", 32.08, 34.78), "Israel's defence minister", [], "reported"),
    ev(("operation", "ground operation"), "ASSAULT", None, ("the military", "ISR", "MIL"), None, T(),
       (("Lebanon", "operation in Lebanon"), 33.83, 35.83), "Israel's defence minister", [],
       "conditional", cond="if diplomatic efforts failed"),
    ev("attack", "ASSAULT", None, (("Hamas", "Hamas's attack"), "PSE", "REB"), (("southern Israel", "attack on southern Israel"), "ISR", None),
       T("2023-10-07", bg=True), None, None, [], "asserted"),
])

MITIGA = (32.89, 13.28)
LIB_AIRPORT = "rec_a-10-mitiga-airstrike"

article(10, "Reuters", "2019-04-08", "dev", """\
Haftar warplane hits Tripoli's Mitiga airport
TRIPOLI (Reuters) - A warplane belonging to eastern forces loyal to Khalifa Haftar attacked Tripoli's only functioning airport on Monday, forcing it to suspend flights, residents and officials said.
Haftar's Libyan National Army (LNA) said its air force had targeted a MiG-23 fighter jet parked at Mitiga airport, denying that it had hit civilian facilities.
The internationally recognised government of Prime Minister Fayez al-Serraj said on Monday it was mobilising all its forces and would launch a counter-offensive to push the LNA back. Armed groups from the western city of Misrata arrived in Tripoli on Sunday in dozens of pickup trucks mounted with machine guns.
The LNA launched its offensive on Thursday, but its advance has stalled at the disused former international airport south of the city.
An LNA spokesman warned on Monday that the force would storm the city centre "within days".
The United Nations called for a two-hour truce on Sunday to evacuate civilians and wounded.
Oil output was unaffected, state oil firm NOC said, as production at the country's main fields continued normally.
""", [
    ev("hits", "ASSAULT", "aerial", (("Haftar", "Haftar warplane"), "LBY", "MIL"), None,
       T("2019-04-08"), (("Mitiga airport", "Tripoli's Mitiga airport"), *MITIGA), None, [],
       "asserted", cl=LIB_AIRPORT),
    ev("attacked", "ASSAULT", "aerial", ("eastern forces loyal to Khalifa Haftar", "LBY", "MIL"),
       None, T("2019-04-08"), ("Tripoli's only functioning airport", *MITIGA),
       "residents and officials", [], "reported", cl=LIB_AIRPORT),
    ev("targeted", "ASSAULT", "aerial", ("its air force", "LBY", "MIL"), None, T("2019-04-08"),
       (("Mitiga airport", "parked at Mitiga airport"), *MITIGA),
       "Haftar's Libyan National Army (LNA)", [], "reported", cl=LIB_AIRPORT),
    ev(("hit", "had hit civilian"), "ASSAULT", "aerial", (("it", "that it had hit"), "LBY", "MIL"),
       None, T("2019-04-08"), None, "Haftar's Libyan National Army (LNA)", [], "denied"),
    ev("denying", "REJECT", None, ("Haftar's Libyan National Army (LNA)", "LBY", "MIL"), None,
       T("2019-04-08"), ("TRIPOLI", 32.89, 13.19), None, [], "asserted"),
    ev("mobilising", "MOBILIZE", "troops", (("it", "it was mobilising"), "LBY", "GOV"), None,
       T("2019-04-08"), ("TRIPOLI", 32.89, 13.19),
       "The internationally recognised government of Prime Minister Fayez al-Serraj", [],
       "reported"),
    ev("counter-offensive", "ASSAULT", None, (("it", "it was mobilising"), "LBY", "GOV"),
       (("the LNA", "push the LNA back"), "LBY", "MIL"), T(), None,
       "The internationally recognised government of Prime Minister Fayez al-Serraj", [],
       "future"),
    ev("arrived", "MOBILIZE", "militia", ("Armed groups from the western city of Misrata", "LBY", "UAF"),
       None, T("2019-04-07"), (("Tripoli", "arrived in Tripoli"), 32.89, 13.19), None, [],
       "asserted"),
    ev(("offensive", "its offensive"), "ASSAULT", None, (("The LNA", "The LNA launched"), "LBY", "MIL"),
       None, T("2019-04-04"), None, None, [], "asserted"),
    ev("warned", "THREATEN", "violence", ("An LNA spokesman", "LBY", "MIL"), None,
       T("2019-04-08"), ("TRIPOLI", 32.89, 13.19), None, [], "threatened"),
    ev("called", "REQUEST", "yield", ("The United Nations", None, "IGO"), None, T("2019-04-07"),
       None, None, [], "demanded"),
])

ADDIS = (9.02, 38.75)
TIGRAY = (14.0, 39.0)
TIG_ATTACK = "rec_a-11-mekele-base-attack"
TIG_ORDER = "rec_a-11-abiy-order"

article(11, "AP", "2020-11-05", "blind", """\
Ethiopia's Abiy orders army to confront Tigray rulers
ADDIS ABABA, Ethiopia (AP) — Ethiopia's prime minister on Wednesday ordered the military to confront the government of the country's northern Tigray region, accusing its ruling party of attacking a federal army base in the regional capital, Mekele, overnight.
In a televised address, Prime Minister Abiy Ahmed said the "last red line" had been crossed.
The Tigray People's Liberation Front late on Wednesday denied the allegations, calling them a pretext, and said its forces would "defend the people of Tigray" if federal troops entered the region.
Ethiopia's cabinet declared a six-month state of emergency in Tigray on Wednesday, and internet and phone services in the region were cut off, according to the internet monitoring group NetBlocks.
Abiy's office on Thursday ruled out talks with the TPLF, saying the crisis was a domestic law enforcement matter. Residents of Mekele said on Thursday that federal troops had not entered the city.
Tigray's leaders defied the federal government in September by holding their own regional election after national polls were postponed because of the COVID-19 pandemic.
Ethiopia's economy, until recently one of Africa's fastest-growing, has been hit hard by the pandemic and by a locust invasion that has destroyed crops in the east.
""", [
    ev("orders", "MOBILIZE", "troops", ("Ethiopia's Abiy", "ETH", "GOV"),
       ("Tigray rulers", "ETH", "GOV"), T("2020-11-04"), ("ADDIS ABABA", *ADDIS), None, [],
       "asserted", cl=TIG_ORDER),
    ev("ordered", "MOBILIZE", "troops", ("Ethiopia's prime minister", "ETH", "GOV"),
       ("the government of the country's northern Tigray region", "ETH", "GOV"), T("2020-11-04"),
       ("ADDIS ABABA", *ADDIS), None, [], "asserted", cl=TIG_ORDER),
    ev("accusing", "ACCUSE", "allege", ("Ethiopia's prime minister", "ETH", "GOV"),
       ("its ruling party", "ETH", "OPP"), T("2020-11-04"), ("ADDIS ABABA", *ADDIS), None, [],
       "asserted"),
    ev("attacking", "ASSAULT", None, ("its ruling party", "ETH", "OPP"),
       (("federal army", "a federal army base"), "ETH", "MIL"), T("2020-11-04"),
       (("Mekele", "capital, Mekele"), 13.5, 39.48), "Ethiopia's prime minister", [], "reported", cl=TIG_ATTACK),
    ev("denied", "REJECT", None, ("The Tigray People's Liberation Front", "ETH", "OPP"), None,
       T("2020-11-04"), ("ADDIS ABABA", *ADDIS), None, [], "asserted"),
    ev("defend", "THREATEN", "violence", ("its forces", "ETH", "OPP"),
       (("federal troops", "if federal troops"), "ETH", "MIL"),
       T("2020-11-04"), ("ADDIS ABABA", *ADDIS), "The Tigray People's Liberation Front", [],
       "threatened"),
    ev(("entered", "troops entered"), "MOBILIZE", "troops", (("federal troops", "if federal troops"), "ETH", "MIL"), None, T(),
       (("the region", "entered the region"), *TIGRAY), "The Tigray People's Liberation Front", [],
       "hypothetical"),
    ev("declared", "COERCE", "martial-law", ("Ethiopia's cabinet", "ETH", "GOV"), None,
       T("2020-11-04"), (("Tigray", "emergency in Tigray"), *TIGRAY), None, [], "asserted"),
    ev("cut off", "COERCE", "censor", None, None, T("2020-11-04"),
       (("the region", "services in the region"), *TIGRAY),
       "the internet monitoring group NetBlocks", [], "reported"),
    ev("ruled out", "REJECT", "meet", ("Abiy's office", "ETH", "GOV"),
       (("the TPLF", "talks with the TPLF"), "ETH", "OPP"), T("2020-11-05"), ("ADDIS ABABA", *ADDIS),
       None, [], "asserted"),
    ev(("entered", "had not entered"), "MOBILIZE", "troops",
       (("federal troops", "federal troops had not"), "ETH", "MIL"), None, T("2020-11-05"),
       (("the city", "entered the city"), 13.5, 39.48), "Residents of Mekele", [], "negated"),
    ev("defied", "REJECT", None, ("Tigray's leaders", "ETH", "GOV"),
       ("the federal government", "ETH", "GOV"), T("2020-09", bg=True), None, None, [], "asserted"),
])

DRC_ACC = "rec_a-12-drc-accuses-rwanda"
DRC_SEIZE = "rec_a-12-m23-seize-bunagana"
DRC_INV = "rec_a-12-rwanda-involvement"
BUNAGANA = (-1.28, 29.6)
KINSHASA = (-4.33, 15.31)

article(12, "Reuters", "2022-06-14", "dev", """\
Congo accuses Rwanda after rebels seize border town of Bunagana
KINSHASA, June 14 (Reuters) - Democratic Republic of Congo accused Rwanda on Tuesday of invading its territory, a day after M23 rebels seized the strategic border town of Bunagana.
"This is no longer a rebellion, this is an invasion," government spokesman Patrick Muyaya told reporters in Kinshasa.
Rwanda denied the accusation on Tuesday. "Rwanda has no involvement in the fighting in eastern Congo," a Rwandan government spokeswoman told Reuters.
The M23 said in a statement it was ready to withdraw from Bunagana if Kinshasa agreed to direct talks.
Congo's top security body on Monday announced the suspension of all agreements with Rwanda.
Hundreds of people protested in the eastern city of Goma on Tuesday, chanting anti-Rwanda slogans.
Congo is the world's biggest producer of cobalt, a key mineral in electric car batteries, and Chinese firms have invested billions of dollars in its mines.
""", [
    ev("accuses", "ACCUSE", "allege", (("Congo", "Congo accuses"), "COD", "GOV"),
       (("Rwanda", "accuses Rwanda"), "RWA", "GOV"), T("2022-06-14"), ("KINSHASA", *KINSHASA), None,
       [], "asserted", cl=DRC_ACC),
    ev(("seize", "rebels seize border"), "ASSAULT", None, (("rebels", "rebels seize border"), "COD", "REB"), None, T("2022-06-13"),
       (("Bunagana", "seize border town of Bunagana"), *BUNAGANA), None, [], "asserted",
       cl=DRC_SEIZE),
    ev("accused", "ACCUSE", "allege", ("Democratic Republic of Congo", "COD", "GOV"),
       (("Rwanda", "accused Rwanda"), "RWA", "GOV"), T("2022-06-14"), ("KINSHASA", *KINSHASA), None,
       [], "asserted", cl=DRC_ACC),
    ev("invading", "ASSAULT", None, (("Rwanda", "accused Rwanda"), "RWA", "GOV"),
       (("its", "invading its"), "COD", "GOV"), T(), None, "Democratic Republic of Congo", [],
       "reported", cl=DRC_INV),
    ev("invasion", "ASSAULT", None, None, None, T(), None, "government spokesman Patrick Muyaya", [],
       "reported", cl=DRC_INV),
    ev("seized", "ASSAULT", None, ("M23 rebels", "COD", "REB"), None, T("2022-06-13"),
       ("the strategic border town of Bunagana", *BUNAGANA), None, [], "asserted", cl=DRC_SEIZE),
    ev("denied", "REJECT", None, (("Rwanda", "Rwanda denied"), "RWA", "GOV"), None, T("2022-06-14"),
       None, None, [], "asserted"),
    ev("involvement", "ASSAULT", None, (("Rwanda", "Rwanda has no"), "RWA", "GOV"), None, T(), None,
       "a Rwandan government spokeswoman", [], "denied", cl=DRC_INV),
    ev("withdraw", "RETREAT", "withdraw", (("it", "it was ready"), "COD", "REB"), None, T(),
       (("Bunagana", "withdraw from Bunagana"), *BUNAGANA), "The M23", [], "conditional",
       cond="if Kinshasa agreed to direct talks"),
    ev(("agreed", "Kinshasa agreed"), "AGREE", None, (("Kinshasa", "if Kinshasa"), "COD", "GOV"), None,
       T(), None, "The M23", [], "hypothetical"),
    ev("suspension", "SANCTION", "discontinue", ("Congo's top security body", "COD", "GOV"),
       (("Rwanda", "agreements with Rwanda"), "RWA", "GOV"), T("2022-06-13"),
       ("KINSHASA", *KINSHASA), None, [], "asserted"),
    ev("protested", "PROTEST", "demo", ("Hundreds of people", "COD", "CVL"), None, T("2022-06-14"),
       ("the eastern city of Goma", -1.67, 29.23), None, [], "asserted"),
])

BAMAKO = (12.61, -7.98)
MALI_EXP = "rec_a-13-mali-expels-french-ambassador"

article(13, "AFP", "2022-02-01", "blind", """\
Mali expels French ambassador as row with Paris deepens
BAMAKO (AFP) - Mali's military-led government on Monday ordered France's ambassador to leave the country within 72 hours, after French officials on Thursday called the junta "illegitimate" and its decisions "irresponsible".
The decision was announced in a statement read on state television, which said the ambassador had been summoned to the foreign ministry earlier in the day.
France, which has some 4,300 troops in the Sahel, has said it could pull its soldiers out.
Last week, Denmark said it would withdraw its contingent of about 100 special forces soldiers after Bamako demanded their immediate departure.
Thousands of people rallied in Bamako on Friday in support of the junta and against sanctions imposed on January 9 by the West African bloc ECOWAS over the junta's plan to delay elections.
The bloc has threatened further sanctions unless Bamako presents an acceptable election timetable.
In a sign of deepening ties with Moscow, Russia delivered two combat helicopters to the Malian army on Friday, the defence ministry said.
Gold, Mali's main export, rose to a two-month high on world markets on Monday.
""", [
    ev("expels", "SANCTION", "expel", (("Mali", "Mali expels"), "MLI", "GOV"),
       ("French ambassador", "FRA", "GOV"), T("2022-01-31"), ("BAMAKO", *BAMAKO), None, [],
       "asserted", cl=MALI_EXP),
    ev("ordered", "SANCTION", "expel", ("Mali's military-led government", "MLI", "GOV"),
       ("France's ambassador", "FRA", "GOV"), T("2022-01-31"), ("BAMAKO", *BAMAKO), None, [],
       "asserted", cl=MALI_EXP),
    ev("called", "ACCUSE", "disapprove", ("French officials", "FRA", "GOV"),
       (("the junta", "called the junta"), "MLI", "GOV"), T("2022-01-27"), None, None, [],
       "asserted"),
    ev("summoned", "ACCUSE", "disapprove", None,
       (("the ambassador", "the ambassador had been"), "FRA", "GOV"), T("2022-01-31"),
       ("BAMAKO", *BAMAKO), "state television", [], "reported"),
    ev("pull", "RETREAT", "withdraw", (("it", "it could pull"), "FRA", "GOV"), None, T(), None,
       ("France", "France, which"), [], "hypothetical"),
    ev(("withdraw", "it would withdraw"), "RETREAT", "withdraw", (("it", "it would withdraw"), "DNK", "GOV"),
       None, T(), None, "Denmark", [], "future"),
    ev("demanded", "REQUEST", "yield", (("Bamako", "after Bamako"), "MLI", "GOV"),
       (("their", "their immediate"), "DNK", "MIL"), T("2022-W04", "week"), None, None, [],
       "demanded"),
    ev("rallied", "PROTEST", "demo", ("Thousands of people", "MLI", "CVL"),
       ("the West African bloc ECOWAS", None, "IGO"), T("2022-01-28"),
       (("Bamako", "rallied in Bamako"), *BAMAKO), None, [], "asserted"),
    ev("imposed", "SANCTION", "discontinue", ("the West African bloc ECOWAS", None, "IGO"),
       (("the junta", "over the junta"), "MLI", "GOV"), T("2022-01-09", bg=True), None, None, [],
       "asserted"),
    ev("threatened", "THREATEN", "restrict", ("The bloc", None, "IGO"),
       (("Bamako", "unless Bamako"), "MLI", "GOV"), T(), None, None, [], "threatened"),
    ev("delivered", "AID", None, ("Russia", "RUS", "GOV"), ("the Malian army", "MLI", "MIL"),
       T("2022-01-28"), ("BAMAKO", *BAMAKO), "the defence ministry", [], "reported"),
])

DOUMA = "rec_a-story-douma-chemical-attack-2018-04-07"
SY_DENY = "rec_a-14-syria-denial"
T4 = "rec_a-14-t4-strike"
DOUMA_LL = (33.57, 36.4)
T4_LL = (34.52, 37.63)

article(14, "Xinhua", "2018-04-09", "dev", """\
Syria denies using chemical weapons in Douma
DAMASCUS, April 9 (Xinhua) -- The Syrian government on Sunday denied using chemical weapons in the rebel-held town of Douma, calling the reports "a stale broken record," state news agency SANA reported.
A source at the Foreign Ministry told SANA that the Syrian army "does not need" such weapons.
Rescue workers and a medical relief organization said on Sunday that at least 40 people had died in a suspected poison gas attack on Douma late Saturday.
U.S. President Donald Trump warned on Sunday that there would be a "big price to pay" for the attack.
Early on Monday, missiles struck the T-4 air base in central Homs province, killing 14 people, SANA reported. The U.S. military denied carrying out the strike.
Meanwhile, the Jaish al-Islam rebel group agreed on Sunday to leave Douma, the last rebel enclave near Damascus, state media said.
Syria's economy has shrunk by more than half since 2011, according to the World Bank.
""", [
    ev("denies", "REJECT", None, (("Syria", "Syria denies"), "SYR", "GOV"), None, T("2018-04-08"),
       ("DAMASCUS", 33.51, 36.29), None, [], "asserted", cl=SY_DENY),
    ev(("using", "denies using"), "ASSAULT", "unconventional", (("Syria", "Syria denies"), "SYR", "GOV"),
       None, T("2018-04-07"), (("Douma", "weapons in Douma"), *DOUMA_LL),
       ("Syria", "Syria denies"), [], "denied", cl=DOUMA),
    ev(("denied", "Sunday denied"), "REJECT", None, ("The Syrian government", "SYR", "GOV"), None,
       T("2018-04-08"), ("DAMASCUS", 33.51, 36.29), None, ["state news agency SANA"], "asserted",
       cl=SY_DENY),
    ev(("using", "denied using"), "ASSAULT", "unconventional", ("The Syrian government", "SYR", "GOV"),
       None, T("2018-04-07"), ("the rebel-held town of Douma", *DOUMA_LL), "The Syrian government",
       ["state news agency SANA"], "denied", cl=DOUMA),
    ev(("attack", "gas attack"), "ASSAULT", "unconventional", None,
       (("Douma", "attack on Douma"), "SYR", "CVL"), T("2018-04-07"),
       (("Douma", "attack on Douma"), *DOUMA_LL), "Rescue workers and a medical relief organization",
       [], "reported", cl=DOUMA),
    ev("warned", "THREATEN", "violence", ("U.S. President Donald Trump", "USA", "GOV"), None,
       T("2018-04-08"), None, None, [], "threatened"),
    ev(("attack", "for the attack"), "ASSAULT", "unconventional", None, None, T("2018-04-07"),
       ("the rebel-held town of Douma", *DOUMA_LL), None, [], "asserted", cl=DOUMA),
    ev("struck", "ASSAULT", "heavy-weapons", None, None, T("2018-04-09"),
       ("the T-4 air base", *T4_LL), ("SANA", "SANA reported. The"), [], "reported", cl=T4),
    ev(("denied", "military denied"), "REJECT", None, ("The U.S. military", "USA", "MIL"), None, T("2018-04-09"),
       None, None, [], "asserted"),
    ev(("strike", "out the strike"), "ASSAULT", "heavy-weapons", ("The U.S. military", "USA", "MIL"),
       None, T("2018-04-09"), ("the T-4 air base", *T4_LL), "The U.S. military", [], "denied",
       cl=T4),
    ev("agreed", "AGREE", None, ("the Jaish al-Islam rebel group", "SYR", "REB"), None,
       T("2018-04-08"), ("DAMASCUS", 33.51, 36.29), "state media", [], "reported"),
])

LAGOS = (6.45, 3.39)
LEKKI_GATE = (6.43, 3.44)
LEKKI = "rec_a-15-lekki-shooting-2020-10-20"
NG_DENY = "rec_a-15-army-denial"

article(15, "Al Jazeera", "2020-10-21", "blind", """\
Nigeria: Army denies shooting #EndSARS protesters at Lagos toll gate
Nigeria's army has denied that its soldiers opened fire on protesters at the Lekki toll gate in Lagos on Tuesday night, calling reports of the shooting "fake news".
Amnesty International said on Wednesday it had received credible evidence that soldiers and police killed at least 12 peaceful protesters at two locations in Lagos on Tuesday.
Lagos State Governor Babajide Sanwo-Olu said on Wednesday that 25 people had been wounded and ordered an investigation into the shooting. Police said no arrests had been made.
The governor had imposed a 24-hour curfew on the city on Tuesday afternoon after demonstrators set fire to a police station that morning.
Protests against the police's Special Anti-Robbery Squad (SARS) erupted nearly two weeks ago, and the government disbanded the unit on October 11.
The African Union Commission chairman, Moussa Faki Mahamat, on Wednesday urged Nigerian authorities to respect the right to peaceful protest.
Shares on the Nigerian Stock Exchange fell 2 percent on Wednesday as investors weighed the unrest.
""", [
    ev("denies", "REJECT", None, (("Army", "Army denies"), "NGA", "MIL"), None, T("2020-10-21"), None,
       None, [], "asserted", cl=NG_DENY),
    ev(("shooting", "denies shooting"), "ASSAULT", "firearms", (("Army", "Army denies"), "NGA", "MIL"),
       ("#EndSARS protesters", "NGA", "CVL"), T("2020-10-20"),
       (("Lagos", "at Lagos toll gate"), *LAGOS), ("Army", "Army denies"), [], "denied", cl=LEKKI),
    ev(("denied", "has denied"), "REJECT", None, ("Nigeria's army", "NGA", "MIL"), None,
       T("2020-10-21"), None, None, [], "asserted", cl=NG_DENY),
    ev("opened fire", "ASSAULT", "firearms", ("its soldiers", "NGA", "MIL"),
       (("protesters", "fire on protesters"), "NGA", "CVL"), T("2020-10-20"),
       ("the Lekki toll gate", *LEKKI_GATE), "Nigeria's army", [], "denied", cl=LEKKI),
    ev("killed", "ASSAULT", "firearms", ("soldiers and police", "NGA", "MIL"),
       ("at least 12 peaceful protesters", "NGA", "CVL"), T("2020-10-20"),
       (("Lagos", "locations in Lagos"), *LAGOS), "Amnesty International", [], "reported",
       cl=LEKKI),
    ev("investigation", "ACCUSE", "investigate",
       ("Lagos State Governor Babajide Sanwo-Olu", "NGA", "GOV"), None, T("2020-10-21"), None,
       None, [], "asserted"),
    ev(("shooting", "into the shooting"), "ASSAULT", "firearms", None, None, T("2020-10-20"),
       ("the Lekki toll gate", *LEKKI_GATE), None, [], "asserted", cl=LEKKI),
    ev("arrests", "COERCE", "arrest", None, None, T(), None, ("Police", "Police said no"), [],
       "negated"),
    ev(("imposed", "had imposed"), "COERCE", "curfew", ("The governor", "NGA", "GOV"), None,
       T("2020-10-20"), (("the city", "curfew on the city"), *LAGOS), None, [], "asserted"),
    ev("set fire", "PROTEST", "riot", (("demonstrators", "after demonstrators"), "NGA", "CVL"),
       (("police", "a police station"), "NGA", "COP"), T("2020-10-20"),
       (("the city", "curfew on the city"), *LAGOS), None, [], "asserted"),
    ev(("Protests", "Protests against"), "PROTEST", "demo", None,
       ("Special Anti-Robbery Squad (SARS)", "NGA", "COP"), T("2020-W41", "week", bg=True), None,
       None, [], "asserted"),
    ev("disbanded", "CONCEDE", None, (("the government", "the government disbanded"), "NGA", "GOV"),
       None, T("2020-10-11", bg=True), None, None, [], "asserted"),
    ev("urged", "REQUEST", None, ("The African Union Commission chairman", None, "IGO"),
       ("Nigerian authorities", "NGA", "GOV"), T("2020-10-21"), None, None, [], "demanded"),
])

ABUJA = (9.06, 7.5)
NIAMEY = (13.51, 2.11)
NIG_DEM = "rec_a-16-ecowas-ultimatum"
NIG_THR = "rec_a-16-ecowas-force-threat"

article(16, "Reuters", "2023-07-31", "dev", """\
West African bloc gives Niger junta a week to restore Bazoum, threatens force
NIAMEY/ABUJA, July 31 (Reuters) - West African leaders on Sunday demanded that Niger's junta reinstate President Mohamed Bazoum within a week and imposed sanctions including a suspension of financial transactions with the country.
"If there is no change within one week, the community will take all measures necessary, including the use of force, to restore constitutional order in Niger," the ECOWAS bloc said in a statement after an emergency summit in Abuja.
In Niamey, thousands of supporters of the junta rallied outside the French embassy on Sunday, and some of them set fire to its door.
The junta on Monday accused France of seeking to intervene militarily to free Bazoum, an allegation the French foreign ministry rejected as "false".
Bazoum has been held by his presidential guard since Wednesday.
Niger is the world's seventh-biggest producer of uranium, which fuels nuclear power plants in France.
""", [
    ev("gives", "REQUEST", "change", ("West African bloc", None, "IGO"), ("Niger junta", "NER", "MIL"),
       T("2023-07-30"), (("Abuja", "summit in Abuja"), *ABUJA), None, [], "demanded", cl=NIG_DEM),
    ev("threatens", "THREATEN", "violence", ("West African bloc", None, "IGO"), None,
       T("2023-07-30"), (("Abuja", "summit in Abuja"), *ABUJA), None, [], "threatened",
       cl=NIG_THR),
    ev("demanded", "REQUEST", "change", ("West African leaders", None, "GOV"),
       ("Niger's junta", "NER", "MIL"), T("2023-07-30"), (("Abuja", "summit in Abuja"), *ABUJA),
       None, [], "demanded", cl=NIG_DEM),
    ev("imposed", "SANCTION", "discontinue", ("West African leaders", None, "GOV"),
       (("the country", "with the country"), "NER", "GOV"), T("2023-07-30"),
       (("Abuja", "summit in Abuja"), *ABUJA), None, [], "asserted"),
    ev(("take", "will take all"), "THREATEN", "violence", ("the community", None, "IGO"), None,
       T("2023-07-30"), (("Abuja", "summit in Abuja"), *ABUJA), "the ECOWAS bloc", [],
       "threatened", cl=NIG_THR),
    ev("summit", "CONSULT", "multilateral", ("the ECOWAS bloc", None, "IGO"), None,
       T("2023-07-30"), (("Abuja", "summit in Abuja"), *ABUJA), None, [], "asserted"),
    ev("rallied", "PROTEST", "demo", ("thousands of supporters of the junta", "NER", "CVL"),
       (("French", "the French embassy"), "FRA", "GOV"), T("2023-07-30"),
       (("Niamey", "In Niamey"), *NIAMEY), None, [], "asserted"),
    ev("set fire", "PROTEST", "riot", ("some of them", "NER", "CVL"), (("its", "to its door"), "FRA", "GOV"),
       T("2023-07-30"), (("Niamey", "In Niamey"), *NIAMEY), None, [], "asserted"),
    ev("accused", "ACCUSE", "allege", (("The junta", "The junta on Monday"), "NER", "MIL"),
       (("France", "accused France"), "FRA", "GOV"), T("2023-07-31"), ("NIAMEY", *NIAMEY), None, [],
       "asserted"),
    ev("intervene", "ASSAULT", None, (("France", "accused France"), "FRA", "GOV"), None, T(), None,
       "the French foreign ministry", [], "denied"),
    ev("rejected", "REJECT", None, ("the French foreign ministry", "FRA", "GOV"), None, T("2023-07-31"), None,
       None, [], "asserted"),
    ev("held", "COERCE", "arrest", ("his presidential guard", "NER", "MIL"),
       (("Bazoum", "Bazoum has been held"), "NER", "GOV"), T("2023-07-26"), ("NIAMEY", *NIAMEY),
       None, [], "asserted"),
])

BAGHDAD = (33.34, 44.4)
IQ_REJ = "rec_a-17-sunni-rejection"

article(17, "AP", "2005-08-29", "blind", """\
Sunni Arabs reject Iraq's draft constitution
BAGHDAD, Iraq (AP) — Sunni Arab negotiators on Monday rejected the draft of Iraq's new constitution, a day after Shiite and Kurdish leaders signed the charter without their approval and sent it to voters for an Oct. 15 referendum.
Sunni leaders on Monday urged their community to register and vote "no" in the referendum.
President Bush, speaking in Crawford, Texas, on Sunday, praised the draft as "a document of which Iraqis and Americans can be proud" and urged Sunnis to stay in the political process.
U.S. Ambassador Zalmay Khalilzad met Sunni leaders for several hours on Saturday in a last-ditch attempt to win their support. In a goodwill gesture, the government released about 1,000 detainees from Abu Ghraib prison last week, most of them Sunni Arabs.
Thousands of Sunnis marched in Tikrit on Sunday carrying portraits of Saddam Hussein and chanting slogans against the charter.
The Arab League chief said on Monday he would travel to Baghdad next month to help reconcile Iraq's factions.
Two Sunni members of the drafting committee were shot dead in Baghdad in July.
Crude oil prices hit a record above $70 a barrel on Monday as Hurricane Katrina struck the U.S. Gulf Coast, forcing the evacuation of oil rigs.
""", [
    ev(("reject", "Arabs reject"), "REJECT", None, (("Sunni Arabs", "Sunni Arabs reject"), "IRQ", "OPP"), None, T("2005-08-29"),
       ("BAGHDAD", *BAGHDAD), None, [], "asserted", cl=IQ_REJ),
    ev(("rejected", "Monday rejected"), "REJECT", None, ("Sunni Arab negotiators", "IRQ", "OPP"), None,
       T("2005-08-29"), ("BAGHDAD", *BAGHDAD), None, [], "asserted", cl=IQ_REJ),
    ev("signed", "AGREE", None, ("Shiite and Kurdish leaders", "IRQ", "GOV"), None, T("2005-08-28"),
       ("BAGHDAD", *BAGHDAD), None, [], "asserted"),
    ev(("urged", "Monday urged"), "REQUEST", None, (("Sunni leaders", "Sunni leaders on Monday"), "IRQ", "OPP"),
       ("their community", "IRQ", "CVL"), T("2005-08-29"), ("BAGHDAD", *BAGHDAD), None, [],
       "demanded"),
    ev("praised", "SUPPORT", None, ("President Bush", "USA", "GOV"), None, T("2005-08-28"),
       ("Crawford, Texas", 31.53, -97.44), None, [], "asserted"),
    ev(("urged", "and urged Sunnis"), "REQUEST", None, ("President Bush", "USA", "GOV"),
       (("Sunnis", "urged Sunnis"), "IRQ", None), T("2005-08-28"), ("Crawford, Texas", 31.53, -97.44),
       None, [], "demanded"),
    ev("met", "CONSULT", "third-party", ("U.S. Ambassador Zalmay Khalilzad", "USA", "GOV"),
       (("Sunni leaders", "met Sunni leaders"), "IRQ", "OPP"), T("2005-08-27"), ("BAGHDAD", *BAGHDAD),
       None, [], "asserted"),
    ev("released", "RETREAT", "release", (("the government", "the government released"), "IRQ", "GOV"),
       ("about 1,000 detainees", "IRQ", None), T("2005-W34", "week"),
       ("Abu Ghraib prison", 33.29, 44.07), None, [], "asserted"),
    ev("marched", "PROTEST", "demo", ("Thousands of Sunnis", "IRQ", "CVL"), None, T("2005-08-28"),
       ("Tikrit", 34.62, 43.68), None, [], "asserted"),
    ev("travel", "AGREE", None, (("he", "he would travel"), None, "IGO"), None, T("2005-09", "month"),
       (("Baghdad", "travel to Baghdad"), *BAGHDAD), "The Arab League chief", [], "future"),
    ev("shot dead", "ASSAULT", "firearms", None,
       ("Two Sunni members of the drafting committee", "IRQ", "GOV"), T("2005-07", bg=True),
       (("Baghdad", "dead in Baghdad"), *BAGHDAD), None, [], "asserted"),
])

G5_LAUNCH = "rec_a-18-g5-force-launch"
G5_PLEDGE = "rec_a-18-macron-pledge"

article(18, "Reuters", "2017-07-03", "dev", """\
Sahel leaders launch joint force against militants, France pledges support
BAMAKO (Reuters) - Leaders of five Sahel nations launched a joint counter-terrorism force at a summit in Bamako on Sunday, and French President Emmanuel Macron pledged military and financial support to help it tackle Islamist militants.
France will provide 70 tactical vehicles as well as communications equipment, Macron told a news conference, while the European Union has promised 50 million euros.
The G5 Sahel force, which brings together troops from Mali, Niger, Chad, Burkina Faso and Mauritania, is expected to deploy 5,000 soldiers by the autumn. Chadian President Idriss Deby said Chad would send 1,000 more troops to central Mali if the security situation worsened.
Mali's President Ibrahim Boubacar Keita on Sunday called on the U.N. Security Council to back the force with a binding mandate. The United States has resisted such a mandate, diplomats said.
In June, jihadists attacked a resort popular with foreigners near Bamako, killing five people.
Mali is Africa's third-largest gold producer, and mining companies have warned that insecurity is scaring off investors.
""", [
    ev(("launch", "leaders launch"), "COOPERATE", None, (("Sahel leaders", "Sahel leaders launch"), None, "GOV"), None, T("2017-07-02"),
       (("Bamako", "summit in Bamako"), *BAMAKO), None, [], "asserted", cl=G5_LAUNCH),
    ev("pledges", "AGREE", None, (("France", "France pledges"), "FRA", "GOV"), None, T("2017-07-02"),
       (("Bamako", "summit in Bamako"), *BAMAKO), None, [], "asserted", cl=G5_PLEDGE),
    ev("launched", "COOPERATE", None, ("Leaders of five Sahel nations", None, "GOV"), None,
       T("2017-07-02"), (("Bamako", "summit in Bamako"), *BAMAKO), None, [], "asserted",
       cl=G5_LAUNCH),
    ev("summit", "CONSULT", "multilateral", ("Leaders of five Sahel nations", None, "GOV"), None,
       T("2017-07-02"), (("Bamako", "summit in Bamako"), *BAMAKO), None, [], "asserted"),
    ev("pledged", "AGREE", None, ("French President Emmanuel Macron", "FRA", "GOV"),
       (("it", "help it tackle"), None, "MIL"), T("2017-07-02"), (("Bamako", "summit in Bamako"), *BAMAKO),
       None, [], "asserted", cl=G5_PLEDGE),
    ev("provide", "AGREE", None, (("France", "France will provide"), "FRA", "GOV"), None, T(), None,
       ("Macron", "Macron told"), [], "future"),
    ev("promised", "AGREE", None, ("the European Union", None, "IGO"), None, T(), None, None, [],
       "asserted"),
    ev(("deploy", "expected to deploy"), "MOBILIZE", "troops", ("The G5 Sahel force", None, "MIL"),
       None, T(), None, None, [], "future"),
    ev(("send", "would send"), "MOBILIZE", "troops", (("Chad", "said Chad"), "TCD", "GOV"), None, T(),
       None, "Chadian President Idriss Deby", [], "conditional",
       cond="if the security situation worsened"),
    ev("called on", "REQUEST", "assist", ("Mali's President Ibrahim Boubacar Keita", "MLI", "GOV"),
       ("the U.N. Security Council", None, "IGO"), T("2017-07-02"), ("BAMAKO", *BAMAKO), None, [],
       "demanded"),
    ev("resisted", "REJECT", "assist", ("The United States", "USA", "GOV"), None, T(), None,
       "diplomats", [], "reported"),
    ev("attacked", "ASSAULT", None, ("jihadists", "MLI", "REB"), None, T("2017-06", bg=True),
       (("Bamako", "near Bamako"), *BAMAKO), None, [], "asserted"),
])

CAIRO = (30.06, 31.25)
EG_EMERG = "rec_a-19-state-of-emergency"
EG_CRACK = "rec_a-19-camps-crackdown-2013-08-14"

article(19, "AP", "2013-08-15", "blind", """\
Egypt declares state of emergency after deadly crackdown on Morsi camps
CAIRO (AP) — Egyptian security forces stormed two protest camps of supporters of former President Mohammed Morsi in Cairo on Wednesday, using bulldozers, tear gas and live ammunition, officials and witnesses said.
The Health Ministry put the death toll at 278, while the Muslim Brotherhood said the toll exceeded 2,000.
The Interior Ministry on Thursday denied that its forces had fired live rounds at protesters.
The interim president declared a month-long state of emergency on Wednesday and imposed a night-time curfew in Cairo and 13 provinces.
Vice President Mohamed ElBaradei resigned on Wednesday in protest, saying he could not bear responsibility for "a single drop of blood."
Morsi supporters torched at least seven churches in the southern city of Minya on Wednesday night, state media reported.
U.S. Secretary of State John Kerry on Wednesday condemned the crackdown as "deplorable" and urged the Egyptian government to respect human rights.
Egypt's benchmark stock index fell 1.7 percent on Thursday before trading was halted.
""", [
    ev("declares", "COERCE", "martial-law", (("Egypt", "Egypt declares"), "EGY", "GOV"), None,
       T("2013-08-14"), ("CAIRO", *CAIRO), None, [], "asserted", cl=EG_EMERG),
    ev(("crackdown", "deadly crackdown"), "ASSAULT", None, None, ("Morsi camps", "EGY", "OPP"),
       T("2013-08-14"), ("CAIRO", *CAIRO), None, [], "asserted", cl=EG_CRACK),
    ev("stormed", "ASSAULT", None, ("Egyptian security forces", "EGY", "COP"),
       ("supporters of former President Mohammed Morsi", "EGY", "OPP"), T("2013-08-14"),
       (("Cairo", "Morsi in Cairo"), *CAIRO), "officials and witnesses", [], "reported",
       cl=EG_CRACK),
    ev(("denied", "Thursday denied"), "REJECT", None, ("The Interior Ministry", "EGY", "GOV"), None,
       T("2013-08-15"), ("CAIRO", *CAIRO), None, [], "asserted"),
    ev(("fired", "had fired"), "ASSAULT", "firearms", ("its forces", "EGY", "COP"),
       (("protesters", "rounds at protesters"), "EGY", "CVL"), T("2013-08-14"),
       (("Cairo", "Morsi in Cairo"), *CAIRO), "The Interior Ministry", [], "denied"),
    ev(("declared", "president declared"), "COERCE", "martial-law", ("The interim president", "EGY", "GOV"),
       None, T("2013-08-14"), ("CAIRO", *CAIRO), None, [], "asserted", cl=EG_EMERG),
    ev("imposed", "COERCE", "curfew", ("The interim president", "EGY", "GOV"), None,
       T("2013-08-14"), (("Cairo", "curfew in Cairo"), *CAIRO), None, [], "asserted"),
    ev("resigned", "RETREAT", "resign", ("Vice President Mohamed ElBaradei", "EGY", "GOV"), None,
       T("2013-08-14"), ("CAIRO", *CAIRO), None, [], "asserted"),
    ev("torched", "ASSAULT", "primitive", ("Morsi supporters", "EGY", "OPP"),
       ("at least seven churches", "EGY", "REL"), T("2013-08-14"),
       ("the southern city of Minya", 28.09, 30.76), "state media", [], "reported"),
    ev("condemned", "ACCUSE", "disapprove", ("U.S. Secretary of State John Kerry", "USA", "GOV"),
       None, T("2013-08-14"), None, None, [], "asserted"),
    ev(("crackdown", "condemned the crackdown"), "ASSAULT", None, None, None, T("2013-08-14"),
       (("Cairo", "Morsi in Cairo"), *CAIRO), None, [], "asserted", cl=EG_CRACK),
    ev("urged", "REQUEST", None, ("U.S. Secretary of State John Kerry", "USA", "GOV"),
       ("the Egyptian government", "EGY", "GOV"), T("2013-08-14"), None, None, [], "demanded"),
])

GAZA_CITY = (31.5, 34.47)
GAZA_STRIP = (31.42, 34.37)
G_RESUME = "rec_a-20-israel-resumes-airstrikes"
G_REJECT = "rec_a-20-hamas-rejects-egypt-plan"

article(20, "Xinhua", "2014-07-16", "dev", """\
Israel resumes Gaza airstrikes after Hamas rejects Egyptian truce plan
GAZA, July 16 (Xinhua) -- Israel resumed its airstrikes on the Gaza Strip on Tuesday afternoon, six hours after it had halted fire to give an Egyptian truce plan a chance, Palestinian witnesses and medics said.
Israeli warplanes struck more than 30 targets in Gaza on Tuesday night, killing at least 12 Palestinians, including four children, Ashraf al-Qedra, spokesman of the Gaza health ministry, told Xinhua.
The Israeli army said that Palestinian militants had fired more than 100 rockets at Israel since Tuesday morning.
Hamas's armed wing, the Ezz al-Din al-Qassam Brigades, on Tuesday rejected the Egyptian proposal, saying the group had not been consulted.
"If the occupation continues its aggression, our rockets will reach every city," the group's spokesman said in a televised speech on Tuesday evening.
The Israeli cabinet had approved the Egyptian proposal on Tuesday morning.
The Gaza Strip's only power plant has been working at half capacity because of fuel shortages, the energy authority said.
""", [
    ev(("airstrikes", "Gaza airstrikes"), "ASSAULT", "aerial", (("Israel", "Israel resumes"), "ISR", "MIL"),
       (("Gaza", "resumes Gaza"), "PSE", None), T("2014-07-15"), (("Gaza", "resumes Gaza"), *GAZA_STRIP),
       None, [], "asserted", cl=G_RESUME),
    ev(("rejects", "Hamas rejects"), "REJECT", None, (("Hamas", "after Hamas"), "PSE", "REB"), None,
       T("2014-07-15"), ("GAZA", *GAZA_CITY), None, [], "asserted", cl=G_REJECT),
    ev(("airstrikes", "its airstrikes"), "ASSAULT", "aerial", (("Israel", "Israel resumed"), "ISR", "MIL"),
       (("the Gaza Strip", "on the Gaza Strip"), "PSE", None), T("2014-07-15"),
       (("the Gaza Strip", "on the Gaza Strip"), *GAZA_STRIP), "Palestinian witnesses and medics", [],
       "reported", cl=G_RESUME),
    ev("halted fire", "RETREAT", "ceasefire", (("it", "it had halted"), "ISR", "MIL"), None,
       T("2014-07-15"), ("GAZA", *GAZA_CITY), "Palestinian witnesses and medics", [], "reported"),
    ev("struck", "ASSAULT", "aerial", ("Israeli warplanes", "ISR", "MIL"), None, T("2014-07-15"),
       (("Gaza", "targets in Gaza"), *GAZA_CITY), "Ashraf al-Qedra", [], "reported"),
    ev(("fired", "had fired"), "ASSAULT", "heavy-weapons", ("Palestinian militants", "PSE", "REB"),
       (("Israel", "rockets at Israel"), "ISR", None), T("2014-07-15"), ("GAZA", *GAZA_CITY),
       "The Israeli army", [], "reported"),
    ev(("rejected", "Tuesday rejected"), "REJECT", None, ("the Ezz al-Din al-Qassam Brigades", "PSE", "REB"),
       None, T("2014-07-15"), ("GAZA", *GAZA_CITY), None, [], "asserted", cl=G_REJECT),
    ev("consulted", "CONSULT", None, None, (("the group", "the group had not"), "PSE", "REB"), T(), None,
       "the Ezz al-Din al-Qassam Brigades", [], "negated"),
    ev("reach", "THREATEN", "violence", (("our", "our rockets"), "PSE", "REB"),
       (("the occupation", "If the occupation"), "ISR", "MIL"), T("2014-07-15"), ("GAZA", *GAZA_CITY),
       "the group's spokesman", [], "threatened"),
    ev("aggression", "ASSAULT", None, (("the occupation", "If the occupation"), "ISR", "MIL"), None, T(),
       None, "the group's spokesman", [], "hypothetical"),
    ev("approved", "AGREE", None, ("The Israeli cabinet", "ISR", "GOV"), None, T("2014-07-15"), None,
       None, [], "asserted"),
])

HORMUZ = (26.57, 56.25)
TEHRAN = (35.69, 51.42)
IR_THREAT = "rec_a-21-hormuz-threat"

article(21, "IRNA", "2011-12-28", "blind", """\
Iran threatens to shut Strait of Hormuz over oil sanctions
TEHRAN, Dec. 28 (IRNA) -- Iran's First Vice-President Mohammad-Reza Rahimi warned on Tuesday that "not even one drop of oil" would pass through the Strait of Hormuz if Western countries imposed sanctions on Iran's oil exports, according to the official website of the presidency.
Navy commander Rear Admiral Habibollah Sayyari told state television on Wednesday that closing the strategic waterway would be "easier than drinking a glass of water" for Iran's armed forces, but said Tehran had no plan to close it for now.
The Iranian navy began a 10-day exercise in international waters east of the Strait of Hormuz on Saturday, covering an area from the Gulf of Oman to the Gulf of Aden.
A spokeswoman for the U.S. Fifth Fleet, based in Bahrain, warned on Wednesday that any disruption of shipping "will not be tolerated".
Foreign Ministry spokesman Ramin Mehmanparast on Wednesday condemned the EU's plan to ban Iranian oil imports as "a hostile act", Fars news agency reported.
Last month, hardline students stormed the British embassy in Tehran, prompting London to expel Iranian diplomats.
Brent crude rose 1.1 percent in London trading as traders weighed the risk of supply disruptions.
""", [
    ev("threatens", "THREATEN", "restrict", (("Iran", "Iran threatens"), "IRN", "GOV"), None,
       T("2011-12-27"), ("TEHRAN", *TEHRAN), None, [], "threatened", cl=IR_THREAT),
    ev(("warned", "Rahimi warned"), "THREATEN", "restrict",
       ("Iran's First Vice-President Mohammad-Reza Rahimi", "IRN", "GOV"),
       ("Western countries", None, "GOV"), T("2011-12-27"), ("TEHRAN", *TEHRAN), None,
       ["the official website of the presidency"], "threatened", cl=IR_THREAT),
    ev(("imposed", "countries imposed"), "SANCTION", "discontinue", ("Western countries", None, "GOV"),
       (("Iran", "on Iran's oil"), "IRN", "GOV"), T(), None,
       "Iran's First Vice-President Mohammad-Reza Rahimi",
       ["the official website of the presidency"], "hypothetical"),
    ev("closing", "COERCE", "restrict", ("Iran's armed forces", "IRN", "MIL"), None, T(),
       ("the strategic waterway", *HORMUZ), "Navy commander Rear Admiral Habibollah Sayyari",
       ["state television"], "hypothetical"),
    ev(("close", "to close it"), "COERCE", "restrict", (("Tehran", "said Tehran"), "IRN", "GOV"), None,
       T(), ("the strategic waterway", *HORMUZ), "Navy commander Rear Admiral Habibollah Sayyari",
       ["state television"], "negated"),
    ev("exercise", "MOBILIZE", "troops", ("The Iranian navy", "IRN", "MIL"), None, T("2011-12-24"),
       (("the Strait of Hormuz", "east of the Strait of Hormuz"), *HORMUZ), None, [], "asserted"),
    ev(("warned", "Bahrain, warned"), "THREATEN", "violence",
       ("A spokeswoman for the U.S. Fifth Fleet", "USA", "MIL"), None, T("2011-12-28"), None, None,
       [], "threatened"),
    ev("condemned", "ACCUSE", "disapprove",
       ("Foreign Ministry spokesman Ramin Mehmanparast", "IRN", "GOV"),
       (("the EU", "the EU's plan"), None, "IGO"), T("2011-12-28"), ("TEHRAN", *TEHRAN), None,
       ["Fars news agency"], "asserted"),
    ev("ban", "SANCTION", "discontinue", (("the EU", "the EU's plan"), None, "IGO"),
       (("Iranian", "Iranian oil imports"), "IRN", "GOV"), T(), None, None, [], "future"),
    ev("stormed", "PROTEST", "riot", ("hardline students", "IRN", "EDU"),
       (("British", "the British embassy"), "GBR", "GOV"), T("2011-11", bg=True),
       (("Tehran", "embassy in Tehran"), *TEHRAN), None, [], "asserted"),
    ev("expel", "SANCTION", "expel", (("London", "prompting London"), "GBR", "GOV"),
       ("Iranian diplomats", "IRN", "GOV"), T("2011-11", bg=True), None, None, [], "asserted"),
])


def main() -> None:
    records = [build(a) for a in ARTICLES]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    # an event cluster shared across articles keeps all of them in one split
    split_of: dict[str, set[str]] = {}
    for r in records:
        for e in r["events"]:
            split_of.setdefault(e["cluster"], set()).add(r["split"])
    mixed = {c: s for c, s in split_of.items() if len(s) > 1}
    assert not mixed, mixed
    apply_date_relabel(records, BATCH)
    apply_trigger_relabel(records, BATCH)
    apply_place_relabel(records, BATCH)
    apply_mode_relabel(records, BATCH)
    apply_actor_relabel(records, BATCH)
    apply_recipient_relabel(records, BATCH)
    apply_type_relabel(records, BATCH)
    apply_relay_relabel(records, BATCH)
    apply_sector_relabel(records, BATCH)   # relabel54
    apply_court_place_relabel(records, BATCH)   # relabel55
    apply_dateline_place_relabel(records, BATCH)   # relabel69
    apply_event_relabel(records, BATCH)
    write_jsonl(records, OUT)
    n_ev = sum(len(r["events"]) for r in records)
    print(f"wrote {OUT.name}: {len(records)} articles, {n_ev} events")


if __name__ == "__main__":
    main()
