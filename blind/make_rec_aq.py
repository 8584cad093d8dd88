# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build blind/rec_aq.jsonl: gold whole-record events (batch rec_aq).

DOCSTRING_PLACEHOLDER

    python3 blind/make_rec_aq.py
"""

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RECORDS = REPO / "tests" / "data" / "records"
sys.path.insert(0, str(RECORDS))
from needles import (  # noqa: E402
    Batch,
    E,
    P,
    check_unused,
    d,
    mo,
    yr,
)

PLACES = {
    # cities500 (GeoNames), approximate; districts and villages as noted
    'Kettering': (52.40, -0.73),
    'Northampton': (52.25, -0.88),
    'Barnsley': (53.55, -1.48),
    'Ennis': (52.84, -8.98),
    'Shannon': (52.70, -8.86),
}

BATCH = Batch("rec_aq", PLACES, out=Path(__file__).resolve().with_name("rec_aq.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TUE1 = d("2026-12-01")
WED2 = d("2026-12-02")
THU3 = d("2026-12-03")
FRI4 = d("2026-12-04")
SAT5 = d("2026-12-05")
SUN6 = d("2026-12-06")
MON7 = d("2026-12-07")
TUE8 = d("2026-12-08")
WED9 = d("2026-12-09")
THU10 = d("2026-12-10")

# ===== (a) local news in the styles of English-language outlets of several countries (01-14) =====

# Kettering (UK regional paper), Tuesday 8 December. The remand COERCE
# `arrest` (headline, body: "yesterday (Monday)"), the stabbing ASSAULT
# `primitive` (headline, body, the inspector's "attack": one cluster), the
# court appearance ACCUSE `allege` (relabel50 4), the charge ACCUSE
# `allege` (undated: the text gives no charge day), the arrest at the
# scene (Saturday's call: rule 2), the next appearance `future`, the
# appeal for witnesses REQUEST (decision 1).
KR = "rec_aq-kettering-remand"
KS = "rec_aq-kettering-stabbing"
A('01', 'Northamptonshire Telegraph', '2026-12-08', "Man remanded in custody after Kettering stabbing",
  "Man remanded in custody after Kettering stabbing\n"
  "A 34-year-old man has been remanded in custody after a woman was stabbed in a flat in Kettering town centre on Saturday evening.\n"
  "Daniel Hewitt, of Rockingham Road, appeared at Northampton Magistrates' Court yesterday (Monday) charged with attempted murder and possession of a bladed article.\n"
  "The victim, a 29-year-old woman, was taken to Kettering General Hospital, where she remains in a serious but stable condition.\n"
  "Northamptonshire Police said officers were called to the property in Montagu Street shortly after 7.40pm and arrested Hewitt at the scene.\n"
  "He did not enter a plea and will next appear at Northampton Crown Court on January 5.\n"
  "Detective Inspector Claire Pemberton said: \"This was a shocking attack, and I would urge anyone who heard a disturbance in Montagu Street on Saturday to contact us.\"", [
    E("Man remanded in custody", "remanded", "COERCE", "arrest", None, ("Man", "GBR", "CVL"), MON7, None, cl=KR),
    E("after Kettering stabbing", "stabbing", "ASSAULT", "primitive", None, None, SAT5, P("Kettering", "Kettering"), cl=KS),
    E("has been remanded in custody", "remanded", "COERCE", "arrest", None, ("A 34-year-old man", "GBR", "CVL"), MON7, None, cl=KR),
    E("a woman was stabbed", "stabbed", "ASSAULT", "primitive", None, ("a woman", "GBR", "CVL"), SAT5, P("Kettering", "Kettering"), cl=KS),
    E("appeared at Northampton Magistrates", "appeared", "ACCUSE", "allege", None, ("Daniel Hewitt, of Rockingham Road", "GBR", "CVL"), MON7,
      P("Northampton", "Northampton")),
    E("charged with attempted murder", "charged", "ACCUSE", "allege", None, ("Daniel Hewitt, of Rockingham Road", "GBR", "CVL"), None, None),
    E("arrested Hewitt at the scene", "arrested", "COERCE", "arrest", ("officers", "GBR", "COP"), ("Hewitt", "GBR", "CVL"), SAT5, None,
      speaker="Northamptonshire Police", mod="reported"),
    E("will next appear at Northampton Crown Court", "appear", "ACCUSE", "allege", None, ("He", "GBR", "CVL"), d("2027-01-05"),
      P("Northampton", "Northampton"), mod="future"),
    E("This was a shocking attack", "attack", "ASSAULT", "primitive", None, None, SAT5, None, speaker="Detective Inspector Claire Pemberton",
      mod="reported", cl=KS),
    E("I would urge anyone", "urge", "REQUEST", None, (("I", "I would urge"), "GBR", "COP"), ("anyone who heard a disturbance in Montagu Street on Saturday", "GBR", "CVL"),
      None, None, speaker="Detective Inspector Claire Pemberton", mod="demanded"),
])

# Barnsley (Yorkshire regional paper), Wednesday 9 December, all-caps
# headline. The arson on an occupied house ASSAULT `destroy` (a family
# inside: people endangered; headline "TORCHED", "a fire was started",
# "it was set alight"; "It is alleged" with no source: asserted,
# decision 2), the arrests COERCE `arrest` (headline, perfect, "detained
# on Monday morning": one cluster), the release on bail RETREAT `release`
# (undated perfect), the repeated pelting (an aggregate: not labelled),
# last month's arrest (background) and the caution SANCTION (decision 3).
BA = "rec_aq-barnsley-arrests"
BF = "rec_aq-barnsley-arson"
A('02', 'Barnsley Chronicle', '2026-12-09', "TEENAGERS ARRESTED AFTER FAMILY HOME TORCHED IN BARNSLEY",
  "TEENAGERS ARRESTED AFTER FAMILY HOME TORCHED IN BARNSLEY\n"
  "Two teenage boys have been arrested on suspicion of arson with intent to endanger life after a fire was started at the front door of a house in the Kendray area of Barnsley on Sunday night.\n"
  "A mother and her three children, who were asleep upstairs, escaped through a back window. South Yorkshire Fire and Rescue said crews were called at 11.15pm.\n"
  "The boys, aged 15 and 16, were detained on Monday morning and have since been released on bail while enquiries continue, South Yorkshire Police said in a statement.\n"
  "It is alleged that petrol was poured through the letterbox before it was set alight.\n"
  "Neighbours said the house had been pelted with eggs and stones several times in recent weeks. A 16-year-old girl was arrested last month in connection with that harassment and has been cautioned.", [
    E("TEENAGERS ARRESTED", "ARRESTED", "COERCE", "arrest", None, ("TEENAGERS", "GBR", "CVL"), MON7, None, cl=BA),
    E("FAMILY HOME TORCHED", "TORCHED", "ASSAULT", "destroy", None, ("FAMILY HOME", "GBR", "CVL"), SUN6, P("BARNSLEY", "Barnsley"), cl=BF),
    E("Two teenage boys have been arrested", "arrested", "COERCE", "arrest", None, ("Two teenage boys", "GBR", "CVL"), MON7, None, cl=BA),
    E("a fire was started", "started", "ASSAULT", "destroy", None, ("a house in the Kendray area of Barnsley", "GBR", "CVL"), SUN6,
      P("Barnsley", "Barnsley"), cl=BF),
    E("were detained on Monday morning", "detained", "COERCE", "arrest", None, ("The boys, aged 15 and 16", "GBR", "CVL"), MON7, None,
      speaker="South Yorkshire Police", mod="reported", cl=BA),
    E("have since been released on bail", "released", "RETREAT", "release", None, ("The boys, aged 15 and 16", "GBR", "CVL"), None, None,
      speaker="South Yorkshire Police", mod="reported"),
    E("before it was set alight", "set alight", "ASSAULT", "destroy", None, None, SUN6, None, cl=BF),
    E("A 16-year-old girl was arrested", "arrested", "COERCE", "arrest", None, ("A 16-year-old girl", "GBR", "CVL"), mo("2026-11", True), None),
    E("has been cautioned", "cautioned", "SANCTION", None, None, ("A 16-year-old girl", "GBR", "CVL"), None, None),
])

# Ennis (Irish regional paper), Thursday 10 December: "gardaí", "Objecting
# to bail", "the court heard". Bail refused and the remand COERCE
# `arrest` (headline, body, the judge's remand: one decision, one
# cluster; Wednesday's hearing), the charge ACCUSE `allege` (undated),
# the court appearance ACCUSE `allege`, the knife threat THREATEN
# `violence` (the guide's "drew a gun on"; the robbery itself harms no
# one and is no event), Saturday's arrest, search COERCE and seizure
# COERCE `seize` (Shannon), the objection REJECT (decision 4), the
# denial of the charge REJECT, the next appearance `future`.
EB = "rec_aq-ennis-bail"
EC = "rec_aq-ennis-charge"
A('03', 'The Clare Champion', '2026-12-10', "Bail refused to man charged over Ennis filling station robbery",
  "Bail refused to man charged over Ennis filling station robbery\n"
  "A 27-year-old man charged in connection with an armed robbery at a filling station on the Gort Road in Ennis last Friday night was refused bail when he appeared before Ennis District Court on Wednesday.\n"
  "Gardaí allege that the accused, who was wearing a balaclava, threatened a female staff member with a knife and made off with a sum of cash. The woman was not physically injured but was badly shaken, the court heard.\n"
  "Garda Sergeant Aoife Brennan told the court that the accused was arrested on Saturday after a search of a house in Shannon, where clothing and a knife were seized.\n"
  "Objecting to bail, she said gardaí feared the man would interfere with witnesses. Solicitor for the accused, Mr Colm Devane, said his client denies the charge and would be contesting it.\n"
  "Judge Mary Kilbride remanded the man in custody to appear again by video link on December 16.", [
    E("Bail refused to man", "refused", "COERCE", "arrest", None, ("man", "IRL", "CVL"), WED9, None, cl=EB),
    E("man charged over Ennis", "charged", "ACCUSE", "allege", None, ("man", "IRL", "CVL"), None, None, cl=EC),
    E("A 27-year-old man charged", "charged", "ACCUSE", "allege", None, ("A 27-year-old man", "IRL", "CVL"), None, None, cl=EC),
    E("was refused bail", "refused", "COERCE", "arrest", None, ("A 27-year-old man", "IRL", "CVL"), WED9, P(("Ennis", 3), "Ennis"), cl=EB),
    E("when he appeared before", "appeared", "ACCUSE", "allege", None, (("he", "he appeared before"), "IRL", "CVL"), WED9, P(("Ennis", 3), "Ennis")),
    E("threatened a female staff member", "threatened", "THREATEN", "violence", ("the accused", "IRL", "CVL"), ("a female staff member", "IRL", "CVL"),
      FRI4, None, speaker="Gardaí", mod="reported"),
    E("the accused was arrested on Saturday", "arrested", "COERCE", "arrest", None, ("the accused", "IRL", "CVL"), SAT5, P("Shannon", "Shannon"),
      speaker="Garda Sergeant Aoife Brennan", mod="reported"),
    E("a search of a house in Shannon", "search", "COERCE", None, None, ("a house in Shannon", "IRL", "CVL"), SAT5, P("Shannon", "Shannon"),
      speaker="Garda Sergeant Aoife Brennan", mod="reported"),
    E("a knife were seized", "seized", "COERCE", "seize", None, None, SAT5, P("Shannon", "Shannon"), speaker="Garda Sergeant Aoife Brennan",
      mod="reported"),
    E("Objecting to bail", "Objecting", "REJECT", None, ("she", "IRL", "COP"), None, WED9, None),
    E("his client denies the charge", "denies", "REJECT", None, ("his client", "IRL", "CVL"), None, None, None,
      speaker="Solicitor for the accused, Mr Colm Devane", mod="reported"),
    E("remanded the man in custody", "remanded", "COERCE", "arrest", ("Judge Mary Kilbride", "IRL", "JUD"), ("the man", "IRL", "CVL"), WED9, None, cl=EB),
    E("to appear again by video link", "appear", "ACCUSE", "allege", None, ("the man", "IRL", "CVL"), d("2026-12-16"), None, mod="future"),
])

# --- end of articles ---


def waiting_sources() -> set[str]:
    """The sets waiting in blind/ beside rec_aq: the sources of every other
    blind/rec_*.jsonl are passed to ``check_unused`` as ``extra``."""
    sources = set()
    for path in Path(__file__).resolve().parent.glob("rec_*.jsonl"):
        if path.name != "rec_aq.jsonl":
            sources |= {json.loads(line)["source"]
                        for line in path.read_text(encoding="utf-8").splitlines()}
    return sources


def main():
    check_unused(BATCH, extra=waiting_sources())  # the record sets, the waiting sets and read_docs.txt
    assert all(a["source"] == "own" for a in BATCH.articles)
    BATCH.write()


if __name__ == "__main__":
    main()
