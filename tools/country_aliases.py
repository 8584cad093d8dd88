"""Country names, demonyms and capitals the PETRARCH country file lacks or
gives the wrong state, from ``countryinfo`` (REST Countries data, MPL 2.0,
already a dependency of the gazetteer): a build step of
``tools/build_actors.py`` (actors46).

Why: the actor probe (``tests/data/actor_probe.jsonl``, one constructed
sentence per country and construction, ``tools/actor_coverage.py``) found
the states and territories the development sets rarely visit failing as a
class, not one by one: demonyms the 2016 country file never listed
("Faroese", "Caymanian", "Sahrawi", "Guinea-Bissauan"), names it lacks
("Curaçao", "Guinea-Bissau", "Réunion", "Macau"), capitals renamed or new
since ("Nur-Sultan", "Naypyidaw", "Ngerulmud") or never listed
("Port-au-Prince", "Funafuti"), and territories the file codes with their
sovereign ("Mayotte" FRA, "Isle of Man" GBRIMY) although the record guide
codes a dependent territory with its own ISO code (actors36).

Three classes, each read from the data, none hand-picked:

* **missing** -- a country's countryinfo name, first demonym or capital no
  KB entry has as an alias: added as a new state entry (``ci:ISO3``) whose
  code is the ISO code. A demonym two countryinfo entries share
  ("Congolese", "Dominican", "French" for the overseas departments) is
  left out, and so is a capital whose most populous gazetteer namesake
  lies in another country ("Hamilton", "Victoria", "San José", "Kingston").
* **own territory** -- a KB entry whose own name is a territory's
  countryinfo name, coded as its sovereign ("pet:mayotte" FRA): its code
  becomes the sovereign's followed by the territory's ISO code (FRAMYT,
  the country file's form for New Caledonia, FRANCL), so the territory's
  people are MYT and its bare police and soldiers France's.
* **demonym of another state** -- a demonym countryinfo gives to one state
  only, filed by the KB under another country's entry ("samoan" in
  American Samoa): a new entry for its own state wins the alias.
"""

from __future__ import annotations

import ast
import json
from collections import Counter
from importlib import resources
from typing import Any

from eventwire.stages.actors.kb import iso3_codes, normalise, split_code

# countryinfo entries that are no place of actors (uninhabited, historic)
NOT_ACTORS = frozenset("ATA BVT UMI HMD ATF SGS IOT SCG ANT".split())
DIRECTIONS = frozenset({"north", "south", "east", "west"})


def countryinfo_rows() -> list[dict[str, Any]]:
    """countryinfo's entries with an ISO code in the bundled ISO list."""
    rows = []
    folder = resources.files("countryinfo").joinpath("data")
    for f in sorted((p for p in folder.iterdir() if p.name.endswith(".json")),
                    key=lambda p: p.name):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha3")
        if iso in iso3_codes() and iso not in NOT_ACTORS:
            provinces = d.get("provinces") or []
            d["provinces"] = ast.literal_eval(provinces) if isinstance(provinces, str) \
                else provinces
            rows.append(d)
    return rows


def _capital(d: dict[str, Any]) -> str | None:
    cap = d.get("capital")
    cap = cap[0] if isinstance(cap, list) else cap
    if not cap or "/" in cap or cap.split()[0].lower() in DIRECTIONS:
        return None  # several capitals, or a direction word ("West Island")
    return str(cap)


def _demonym(d: dict[str, Any]) -> str | None:
    return (d.get("demonym") or "").split(",")[0].split("/")[0].strip() or None


def _name(d: dict[str, Any]) -> str | None:
    """The short name; a catalogue form ("Palestine, State of", "Saint
    Martin (French part)") is no name a text uses."""
    name = str(d["name"])
    if "," in name or "(" in name:
        return None
    return name[4:] if name.startswith("The ") else name


def _capital_is_its_own(capital: str, iso: str) -> bool:
    """Whether the most populous place of that name is in ``iso``."""
    from eventwire.stages.geo.gazetteer import gazetteer

    places = [p for p in gazetteer().candidates(capital) if p.feature in ("city", "admin1")]
    best = max(places, key=lambda p: p.population, default=None)
    return best is not None and best.country == iso


def _alias_countries(actors: list[dict[str, Any]]) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for entry in actors:
        for alias in entry["aliases"]:
            out.setdefault(alias, set()).update(split_code(r["code"])[0] for r in entry["roles"])
    return out


def _entry(iso: str, name: str, aliases: list[str]) -> dict[str, Any]:
    return {"id": f"ci:{iso}", "name": name, "kind": "state", "aliases": aliases,
            "roles": [{"code": iso, "start": None, "end": None}], "source": "countryinfo"}


def add_country_aliases(actors: list[dict[str, Any]]) -> dict[str, int]:
    """Apply the three classes to ``actors`` in place; counts per class."""
    rows = countryinfo_rows()
    shared = Counter(_demonym(d) for d in rows)
    names = {normalise(n): d["ISO"]["alpha3"] for d in rows if (n := _name(d))}
    counts = Counter[str]()
    for entry in actors:  # own territory coded as its sovereign
        iso = names.get(normalise(entry["name"]))
        codes = {split_code(r["code"])[0] for r in entry["roles"]}
        if iso and entry["kind"] in ("state", "person") and iso not in codes \
                and entry["id"].startswith("pet:") \
                and all(len(r["code"]) in (3, 6) for r in entry["roles"]):
            # the country file's own form for a territory (FRANCL): the
            # sovereign first, so ``kb.territory_sovereigns`` sends the
            # territory's bare police and soldiers to it (actors36)
            sovereign = entry["roles"][0]["code"][:3]
            entry["roles"] = [{"code": sovereign + iso, "start": None, "end": None}]
            entry["kind"] = "state"
            counts["own territory"] += 1
    known = _alias_countries(actors)
    added: dict[str, dict[str, Any]] = {}
    for d in rows:
        iso = d["ISO"]["alpha3"]
        dem = _demonym(d)
        wanted = [(_name(d), "missing"), (dem, "missing") if dem and shared[dem] == 1 else None,
                  (_capital(d), "capital")]
        for item in wanted:
            if item is None or not item[0]:
                continue
            alias = normalise(item[0])
            have = known.get(alias)
            if have and iso in have:
                continue
            if have and not (item[0] == dem and None not in have):
                continue  # another entity's alias: only a demonym of a state moves
            if item[1] == "capital" and not _capital_is_its_own(item[0], iso):
                continue
            if have:  # the KB filed a state's own demonym elsewhere
                for other in actors:
                    if alias in other["aliases"]:
                        other["aliases"].remove(alias)
            entry = added.setdefault(iso, _entry(iso, str(d["name"]), []))
            if alias not in entry["aliases"]:
                entry["aliases"].append(alias)
                counts["demonym of another state" if have else f"missing {item[1]}"] += 1
    actors.extend(added.values())
    return dict(counts)
