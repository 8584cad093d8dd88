"""Build tests/data/wiki15_own.jsonl: ten short epidemic and business news
passages written for branch wiki15 (issue #12) in the style of Wikinews
copy, labelled by hand following docs/annotation.md ("Outbreak
restrictions", "Health stories", "Not labelled") **before** eventwire ran on
any of them. Only trigger, type, mode, actor, recipient and modality are
labelled (time unknown, place null): the set measures event detection and
typing, not the other fields.

Look-alikes written in on purpose: a disease spreading, cases rising,
patients dying, a ministry confirming cases, culling, monitoring and a
company closing its own plant (docs/annotation.md: no event).

Run: python3 tests/data/make_wiki15_own.py
"""

from __future__ import annotations

from pathlib import Path

from spans import locate, write_jsonl

OUT = Path(__file__).resolve().parent / "wiki15_own.jsonl"
UNKNOWN = {"value": None, "granularity": "unknown", "background": False}


def _span(text: str, ref: str | tuple[str, str]) -> dict[str, object]:
    if isinstance(ref, tuple):
        needle, anchor = ref
        assert text.count(anchor) == 1, anchor
        return locate(text, needle, text.find(anchor))
    assert text.count(ref) == 1, ref
    return locate(text, ref)


def _party(text: str, x: tuple[str, str | None, str] | None) -> dict[str, object] | None:
    if x is None:
        return None
    ref, country, sector = x  # a party's first mention
    return {**locate(text, ref), "country": country, "sector": sector}


# (trigger ref, type, mode, actor, recipient, modality)
PASSAGES: list[tuple[str, str, list[tuple]]] = [
    ("2026-03-02",
     "Bird flu: Vietnamese village sealed off\n"
     "The village of Tan Lap in southern Vietnam has been quarantined after "
     "the H5N1 virus was found in ducks on two farms, the agriculture ministry said. "
     "The virus has spread to three neighbouring provinces and more than 40,000 birds died "
     "last week. Officials also banned the sale of poultry in the district.",
     [("quarantined", "COERCE", "restrict", None, None, "reported"),
      ("banned", "COERCE", "restrict", ("Officials", "VNM", "GOV"), None, "asserted")]),
    ("2026-03-05",
     "Cholera cases rise in Harare\n"
     "The number of cholera cases in Harare rose to 1,200 on Tuesday, the health ministry "
     "confirmed. Ten patients died overnight. The ministry closed all markets in the "
     "suburb of Budiriro and urged residents to boil their drinking water.",
     [("closed", "COERCE", "restrict", ("The ministry", "ZWE", "GOV"), None, "asserted"),
      ("urged", "REQUEST", None, ("The ministry", "ZWE", "GOV"), None, "asserted")]),
    ("2026-03-09",
     "Japan suspends pork imports from Taiwan\n"
     "Japan has suspended imports of pork from Taiwan after an outbreak of foot-and-mouth "
     "disease on the island. The ban on pork imports will stay in place until inspectors "
     "are satisfied, the farm ministry said in Tokyo.",
     [("suspended", "COERCE", "restrict", ("Japan", "JPN", "GOV"), None, "asserted"),
      ("ban", "COERCE", "restrict", None, None, "reported")]),
    ("2026-03-12",
     "WHO sends team to Angola\n"
     "The World Health Organization sent a team of twelve doctors to Angola on Friday to "
     "help contain an outbreak of Marburg fever. The agency appealed to donors for four "
     "million dollars. The disease has killed 90 people since October.",
     [("sent", "AID", None, ("The World Health Organization", None, "IGO"),
       ("Angola", "AGO", "GOV"), "asserted"),
      ("appealed", "REQUEST", None, ("The agency", None, "IGO"), None, "asserted")]),
    ("2026-03-16",
     "Schools closed in Hong Kong over flu fears\n"
     "All primary schools in Hong Kong were closed by the education bureau on Monday "
     "after a boy died of influenza. Health officials are monitoring 300 contacts of the "
     "child, and the number of infections is expected to rise.",
     [(("closed", "were closed by"), "COERCE", "restrict",
       ("the education bureau", "HKG", "GOV"), None, "asserted")]),
    ("2026-03-20",
     "Egypt culls pigs, farmers protest\n"
     "Egypt's government began culling all pigs in the country on Sunday as a precaution "
     "against swine flu. Hundreds of pig farmers protested in Cairo against the cull, "
     "throwing stones at police, who fired tear gas.",
     [("protested", "PROTEST", "demo", ("pig farmers", "EGY", "CVL"), ("Egypt's government",
                                                                      "EGY", "GOV"),
       "asserted"),
      ("throwing", "PROTEST", "riot", None, ("police", "EGY", "COP"), "asserted"),
      ("fired", "ASSAULT", "crowd-control", ("police", "EGY", "COP"), None, "asserted")]),
    ("2026-03-23",
     "Mongolia declares emergency over plague\n"
     "Mongolia declared a state of emergency in Bayan-Olgii province on Thursday after two "
     "people died of bubonic plague. Travel to the province has been restricted and a "
     "quarantine was imposed on four villages.",
     [("declared", "COERCE", None, ("Mongolia", "MNG", "GOV"), None, "asserted"),
      ("restricted", "COERCE", "restrict", None, None, "asserted"),
      ("quarantine", "COERCE", "restrict", None, None, "asserted")]),
    ("2026-03-26",
     "Carmaker shuts plant, regulator fines it\n"
     "The carmaker Velta closed its plant in Turin on Wednesday for lack of parts. Italy's "
     "competition authority fined the company 40 million euros for price fixing on the "
     "same day.",
     [("fined", "SANCTION", None, ("Italy's competition authority", "ITA", "GOV"),
       ("the company", "ITA", "BUS"), "asserted")]),
    ("2026-03-29",
     "Britain warns against travel to Guinea\n"
     "The Foreign Office warned Britons against all but essential travel to Guinea, where "
     "Ebola has infected 200 people. Britain will also provide five million pounds in aid "
     "to Guinea's health service, the minister said.",
     [("provide", "AID", None, ("Britain", "GBR", "GOV"), ("Guinea", "GIN", "GOV"),
       "future")]),
    ("2026-04-02",
     "Horse movements halted in Queensland\n"
     "Racing in Queensland was cancelled on Saturday after equine influenza was detected at "
     "a stable near Brisbane. Restrictions were placed on the movement of horses across "
     "the state, and owners were asked not to move their animals.",
     [("cancelled", "COERCE", "restrict", None, None, "asserted"),
      ("Restrictions", "COERCE", "restrict", None, None, "asserted"),
      ("asked", "REQUEST", None, None, ("owners", None, "CVL"), "asserted")]),
]


def build() -> list[dict[str, object]]:
    records = []
    for n, (published, text, events) in enumerate(PASSAGES, 1):
        out = []
        for trig, typ, mode, actor, rec, modality in events:
            out.append({"trigger": _span(text, trig), "type": typ, "mode": mode,
                        "actor": _party(text, actor), "recipient": _party(text, rec),
                        "time": UNKNOWN, "place": None, "speaker": None, "relays": [],
                        "modality": modality, "condition": None, "cluster": None})
        out.sort(key=lambda e: e["trigger"]["start"])  # type: ignore[index]
        records.append({"id": f"wiki15-{n:02d}", "outlet": "Wikinews-style (own)",
                        "published": published, "title": text.split("\n", 1)[0],
                        "text": text, "split": "dev", "source": "own", "events": out})
    return records


if __name__ == "__main__":
    write_jsonl(build(), OUT)
