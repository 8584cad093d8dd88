"""Build the actor knowledge base from the PETRARCH2 dictionaries (MIT) plus
eventwire's own curated entries (``eventwire/data/actors/curated.yaml``) and
the heads of state and government and ministers of 2015-2025 the
dictionaries lack (``eventwire/data/actors/leaders.yaml``, merged by alias
into the PETRARCH person they continue: :func:`merge_leaders`).

    python tools/build_actors.py ../shared/data/actors/petrarch2 \
        -o eventwire/data/actors/kb.json.gz

The result is shipped in the package; nothing is built at run time.

Entry format (one JSON object per actor)::

    {"id": "pet:IRAQ", "name": "Iraq", "kind": "state", "aliases": ["iraq", "baghdad", ...],
     "roles": [{"code": "IRQGOV", "start": "2006-05-20", "end": null}, ...]}

Agents (generic nouns) are ``{"phrase": "lawmaker", "sectors": ["LEG"]}``.
Phrases are stored normalised (:func:`eventwire.stages.actors.kb.normalise`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from eventwire.paths import DATA_DIR

try:  # run as a script from tools/, or imported as tools.build_actors by the tests
    from country_aliases import add_country_aliases
except ImportError:  # pragma: no cover - the package import path
    from tools.country_aliases import add_country_aliases
from eventwire.stages.actors.kb import normalise, split_code

FILES = {"Phoenix.Countries.actors.txt": "country_file",
         "Phoenix.International.actors.txt": "international",
         "Phoenix.MilNonState.actors.txt": "nonstate"}
_CODE = re.compile(r"\[([A-Z~]{3,})\s*([^\]]*)\]")


def _ymd(raw: str) -> str | None:
    """PETRARCH date: YYYYMMDD or YYMMDD (00-30 -> 20YY, else 19YY)."""
    raw = raw.strip()
    if len(raw) == 10:  # a few entries carry a stray century prefix: 1920030320
        raw = raw[2:]
    try:
        if len(raw) == 8:
            return date(int(raw[:4]), int(raw[4:6]), int(raw[6:])).isoformat()
        if len(raw) == 6:
            yy = int(raw[:2])
            return date((2000 if yy <= 30 else 1900) + yy, int(raw[2:4]), int(raw[4:])).isoformat()
    except ValueError:
        return None
    return None


def parse_restriction(code: str, rest: str) -> dict[str, Any]:
    rest = rest.strip()
    start = end = None
    if rest.startswith(">"):
        start = _ymd(rest[1:])
    elif rest.startswith("<"):
        end = _ymd(rest[1:])
    elif "-" in rest:
        a, b = rest.split("-", 1)
        start, end = _ymd(a), _ymd(b)
    return {"code": code, "start": start, "end": end}


def _phrase(raw: str) -> str:
    raw = raw.split("#", 1)[0].split("{", 1)[0]
    raw = _CODE.sub("", raw).strip().lstrip("+").strip()
    return normalise(raw.replace("_", " ").strip())


_SMALL = {"of", "the", "and", "for", "de", "al", "el", "in", "on"}


def _display(phrase_raw: str) -> str:
    words = _CODE.sub("", phrase_raw.split("#", 1)[0]).strip().strip("_").replace("_", " ")
    out = []
    for i, word in enumerate(words.split()):
        low = word.lower()
        keep_upper = len(word) <= 3 and low not in _SMALL and word.isupper()
        out.append(word if keep_upper else low if (i and low in _SMALL) else word.capitalize())
    return " ".join(out)


def parse_actor_file(path: Path, source: str) -> Iterator[dict[str, Any]]:
    current: dict[str, Any] | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith(("#", ";")):
            continue
        if line.startswith(("\t", " ")) and current is not None:
            for code, rest in _CODE.findall(line):
                current["roles"].append(parse_restriction(code, rest))
            continue
        if line.startswith("+") and current is not None:
            alias = _phrase(line)
            if alias:
                current["aliases"].append(alias)
            continue
        if current is not None:
            yield current
        phrase = _phrase(line)
        codes = _CODE.findall(line.split("#", 1)[0])
        current = {"id": f"pet:{phrase.replace(' ', '_')}", "name": _display(line),
                   "source": source, "aliases": [phrase] if phrase else [],
                   "roles": [parse_restriction(c, r) for c, r in codes]}
    if current is not None:
        yield current


def _kind(entry: dict[str, Any]) -> str:
    codes = [r["code"] for r in entry["roles"]]
    if entry["source"] == "nonstate":
        return "armed_group"
    if entry["source"] == "country_file" and any(len(c) == 3 for c in codes):
        return "state"
    if any(r["start"] or r["end"] for r in entry["roles"]):
        return "person"
    return "organisation" if entry["source"] == "international" else "person"


def parse_agents(path: Path) -> Iterator[dict[str, Any]]:
    subs: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if m := re.match(r"!(\w+)!\s*=\s*(.+)", line):
            subs[m[1]] = [w.strip() for w in m[2].split(",")]
            continue
        codes = _CODE.findall(line)
        if not codes:
            continue
        head = line.split("[", 1)[0]
        forms = [head]
        for name, values in subs.items():
            if f"!{name}!" in head:
                forms = [head.replace(f"!{name}!", v) for v in values]
        sectors = [s for code, _ in codes for s in split_code(code.lstrip("~"))[1]]
        for form in forms:
            phrase = _phrase(form)
            if phrase:
                yield {"phrase": phrase, "sectors": sectors}


def _slug(name: str) -> str:
    return "ew:" + "_".join(normalise(name).replace("-", " ").replace(".", " ").split())


def _older_roles(roles: list[dict[str, Any]], since: str) -> list[dict[str, Any]]:
    """A PETRARCH person's dated roles that ended before ``since`` (history
    the leaders file does not retell); open or later roles are dropped."""
    return [r for r in roles if r.get("end") and r["end"] < since]


def merge_leaders(actors: list[dict[str, Any]], leaders: list[dict[str, Any]]) -> int:
    """Each leader (``leaders.yaml``) replaces the current roles of every
    PETRARCH person that shares one of its aliases (their roles that ended
    before the leader's first one are kept after the leader's), or is added
    as a new person. Returns how many leaders were new."""
    by_alias: dict[str, list[dict[str, Any]]] = {}
    for entry in actors:
        if entry.get("kind") == "person":
            for alias in entry["aliases"]:
                by_alias.setdefault(alias, []).append(entry)
    added = 0
    for leader in leaders:
        aliases = [normalise(a) for a in leader["aliases"]]
        roles = [{"code": r["code"], "start": r.get("start"), "end": r.get("end")}
                 for r in leader["roles"]]
        since = min((r["start"] for r in roles if r["start"]), default="9999")
        known = {id(e): e for a in aliases for e in by_alias.get(a, [])}
        for entry in known.values():
            entry["aliases"] = list(dict.fromkeys([*entry["aliases"], *aliases]))
            entry["roles"] = roles + _older_roles(entry["roles"], since)
            entry["name"] = leader["name"]
        if not known:
            actors.append({"id": _slug(leader["name"]), "name": leader["name"],
                           "source": "leaders", "aliases": aliases, "roles": roles,
                           "kind": "person"})
            added += 1
    return added


def close_superseded_state_roles(actors: list[dict[str, Any]]) -> int:
    """Class *a state's older code left open*: a state holds one code at a
    time, so a dated role with no end that a later dated role of the same
    state starts after ends where that one starts. PETRARCH2 gives
    Turkmenistan USRTKM from 1991-10-16 with no end beside TKM from
    1991-12-21, which made every Turkmen actor countryless. Returns how many
    roles were closed."""
    closed = 0
    for entry in actors:
        if entry.get("kind") != "state":
            continue
        dated = sorted((r for r in entry["roles"] if r.get("start")), key=lambda r: r["start"])
        for i, older in enumerate(dated):
            later = [r["start"] for r in dated[i + 1:] if r["start"] > older["start"]]
            if older.get("end") is None and later:
                older["end"] = later[0]
                closed += 1
    return closed


def home_regional_groups(actors: list[dict[str, Any]], homes: dict[str, str]) -> int:
    """Class *armed groups the dictionaries file under a region*
    (``group_homes.yaml``, actors27): a group none of whose codes starts with
    a country or a root ("WAFREB", "MEAREB") and one of whose aliases the
    table names takes the table's country in place of the region
    ("Revolutionary United Front" WAFREB -> SLEREB). Returns how many groups
    were homed."""
    from eventwire.stages.actors.kb import ROOTS, iso3_codes

    table = {normalise(k): v for k, v in homes.items()}
    homed = 0
    for entry in actors:
        if entry.get("kind") == "person" or any(
                r["code"][:3] in iso3_codes() or r["code"][:3] in ROOTS for r in entry["roles"]):
            continue
        home = next((table[a] for a in entry["aliases"] if a in table), None)
        if home is not None:
            entry["roles"] = [{**r, "code": home + r["code"][3:]} for r in entry["roles"]]
            homed += 1
    return homed


def drop_replaced(actors: list[dict[str, Any]]) -> int:
    """Class *a body whose standing changed after the dictionaries* (actors42):
    a curated entry that says ``replaces: [<id>, ...]`` stands in for those
    PETRARCH entries, which are dropped (and the key with them), so that a
    phrase finds one actor with the dated roles, not two to choose between
    ("Taliban": AFGREB in PETRARCH for every date; the curated entry is GOV
    from their takeover of 2021-08-15). Returns how many entries were dropped; an id named but
    absent is an error (a stale curated file)."""
    replaced = {old for e in actors for old in e.pop("replaces", None) or ()}
    present = {e["id"] for e in actors}
    missing = replaced - present
    if missing:
        raise ValueError(f"curated entries replace unknown ids: {sorted(missing)}")
    kept = [e for e in actors if e["id"] not in replaced]
    dropped = len(actors) - len(kept)
    actors[:] = kept
    return dropped


def build(petrarch: Path, curated: Path, leaders: Path | None = None,
          homes: Path | None = None) -> dict[str, Any]:
    actors: list[dict[str, Any]] = []
    for name, source in FILES.items():
        for entry in parse_actor_file(petrarch / name, source):
            if entry["aliases"] and entry["roles"]:
                entry["kind"] = _kind(entry)
                actors.append(entry)
    agents = list(parse_agents(petrarch / "Phoenix.agents.txt"))
    extra = yaml.safe_load(curated.read_text(encoding="utf-8"))
    for entry in extra.get("actors", []):
        entry["aliases"] = [normalise(a) for a in entry["aliases"]]
        entry.setdefault("source", "curated")
        actors.append(entry)
    drop_replaced(actors)
    close_superseded_state_roles(actors)
    if homes is not None:
        home_regional_groups(actors, yaml.safe_load(homes.read_text(encoding="utf-8"))["homes"])
    add_country_aliases(actors)  # actors46: countryinfo's names, demonyms, capitals
    if leaders is not None:
        merge_leaders(actors, yaml.safe_load(leaders.read_text(encoding="utf-8"))["leaders"])
    # curated agent nouns come first: the knowledge base keeps the first entry
    # of a phrase, and eventwire's own sectors must win over PETRARCH's
    # ("militants" REB, not UAF; "protesters" CVL and OPP, not the OPP the
    # plural of PETRARCH's "protester" would give)
    agents = [{"phrase": normalise(agent["phrase"]), "sectors": agent["sectors"]}
              for agent in extra.get("agents", [])] + agents
    return {"version": 1, "actors": actors, "agents": agents,
            "attribution": "PETRARCH2 dictionaries (MIT, openeventdata/petrarch2) + "
                           "eventwire curated entries and leaders (2015-2025)"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("petrarch", type=Path)
    parser.add_argument("-o", "--output", type=Path,
                        default=DATA_DIR / "actors/kb.json.gz")
    parser.add_argument("--curated", type=Path,
                        default=DATA_DIR / "actors/curated.yaml")
    parser.add_argument("--leaders", type=Path,
                        default=DATA_DIR / "actors/leaders.yaml")
    parser.add_argument("--homes", type=Path,
                        default=DATA_DIR / "actors/group_homes.yaml")
    args = parser.parse_args()
    kb = build(args.petrarch, args.curated, args.leaders, args.homes)
    with gzip.open(args.output, "wt", encoding="utf-8") as fh:
        json.dump(kb, fh, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(kb['actors'])} actors, {len(kb['agents'])} agent phrases -> {args.output}")


if __name__ == "__main__":
    main()
