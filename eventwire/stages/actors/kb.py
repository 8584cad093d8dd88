"""The actor knowledge base: entries, dated roles, phrase index, user overlay.

The packaged KB (``eventwire/data/actors/kb.json.gz``, built by
``tools/build_actors.py``) is loaded once per process. Users add or
override entries with YAML or CSV files (``eventwire actors import FILE``);
imported entries are kept in a user overlay file (``settings.kb_paths`` lists
overlay files; the default overlay is ``~/.eventwire/actors.yaml``) and win
over packaged entries for the same alias. Reading the YAML or CSV rows (with
their lines, for errors) is ``eventwire.user_files``.

Codes are CAMEO actor codes: a 3-letter country (ISO 3166-1 alpha-3, which
CAMEO uses for states) or a non-state root (IGO, NGO, IMG, MNC, ...),
followed by 3-letter sector codes (GOV, MIL, REB, ...).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from sys import intern
from typing import Any

import yaml

from eventwire.errors import Errors, EventwireError
from eventwire.paths import DATA_DIR
from eventwire.user_files import name_and_aliases, user_rows

KB_PATH = DATA_DIR / "actors" / "kb.json.gz"
DEFAULT_OVERLAY = Path(os.environ.get("EVENTWIRE_HOME", Path.home() / ".eventwire")) / "actors.yaml"
_APOSTROPHES = re.compile(r"[’'`ʼ‘´]")
ROOTS = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "UAF", "INT"}
# the sectors of bodies of no one country (international and non-governmental
# organisations): who acts for one has no country either (actors27; one list
# for agent_owners and spokespeople, review44)
INTERNATIONAL = frozenset({"IGO", "NGO"})
KINDS = {"person", "organisation", "state", "armed_group", "agent", "media", "party"}


@lru_cache(maxsize=1 << 16)  # called for every token: words repeat
def normalise(text: str) -> str:
    """Lower case, no accents or apostrophes, one space: "Kata’ib" == "Kataib".
    An ASCII text has no accent to take off: NFKD leaves it as it is and none
    of its characters combines, so it skips both steps (speed40: each new
    word of an article is asked once, ~11k per 200 articles)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.lower())
    return " ".join(text.replace("-", " - ").split())


# Class *a state CAMEO codes outside ISO 3166* (actors14): the PETRARCH2
# dictionaries code Kosovo KSV and East Timor TMP, so "Kosovo police", "Albin
# Kurti" or "Timorese troops" had no country and a sector "KSV". Kosovo has
# no ISO 3166 alpha-3 code; news data (and the record guide) use the
# user-assigned XKX, which is therefore accepted as a country code too.
CAMEO_STATES = {"KSV": "XKX", "TMP": "TLS"}
EXTRA_STATES = frozenset({"XKX"})


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | EXTRA_STATES


def split_code(code: str) -> tuple[str | None, list[str]]:
    """'IRQGOV' -> ('IRQ', ['GOV']); 'IGOUNO' -> (None, ['IGO', 'UNO']);
    'KSVGOV' -> ('XKX', ['GOV']) (:data:`CAMEO_STATES`); 'FRANCL' -> ('NCL',
    []), 'USAPRIGOV' -> ('PRI', ['GOV']) (:func:`territory_code`)."""
    chunks = [CAMEO_STATES.get(code[i:i + 3], code[i:i + 3])
              for i in range(0, len(code), 3) if len(code[i:i + 3]) == 3]
    if territory_code(chunks):
        return chunks[1], chunks[2:]
    if chunks and chunks[0] in iso3_codes():
        return chunks[0], chunks[1:]
    if len(chunks) > 1 and chunks[0] in ROOTS and chunks[1] in iso3_codes():
        return chunks[1], [chunks[0], *chunks[2:]]  # MNCUSA: a US multinational
    return None, chunks


def territory_code(chunks: list[str]) -> bool:
    """Class *a dependent territory is its own country* (actors36): the
    CAMEO country file codes a territory after its sovereign -- New
    Caledonia FRANCL, Greenland DNKGRL, Gibraltar GBRGIB, Puerto Rico USAPRI,
    a Faroese premier DNKFROGOV -- so its people and bodies took the
    sovereign's country. The record guide codes them with the territory's
    own ISO code ("New Caledonian actors NCL, French state forces there
    FRA", docs/annotation.md); a second three-letter chunk that is a
    country's code is never a sector (no sector code is an ISO code in the
    bundled file), so it names the territory."""
    return len(chunks) > 1 and chunks[0] in iso3_codes() and chunks[1] in iso3_codes()


def names_territory(code: str) -> bool:
    """Whether ``code`` is a territory's own code with no sector ("FRANCL"):
    the territory itself, a state, whatever kind the country file gave it."""
    return len(code) == 6 and territory_code([code[:3], code[3:]])


@lru_cache(maxsize=1)
def territory_sovereigns() -> dict[str, str]:
    """Each dependent territory of the bundled country file and the state it
    depends on ("NCL" -> "FRA", "GRL" -> "DNK"), read once."""
    out: dict[str, str] = {}
    for actor in packaged_kb()[0]:
        for role in actor.roles:  # a dated role is history ("ETHERI" until 1991)
            if actor.source == "country_file" and not (role.start or role.end) \
                    and names_territory(role.code):
                out.setdefault(role.code[3:6], role.code[:3])
    return out


@dataclass(slots=True)  # ~36k of them live as long as the process (speed32)
class Role:
    code: str
    start: str | None = None
    end: str | None = None

    def active(self, when: date | None) -> bool:
        if when is None or (self.start is None and self.end is None):
            return True
        day = when.isoformat()
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)  # ~26k of them live as long as the process (speed32)
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str]
    roles: list[Role] = field(default_factory=list)
    source: str = "petrarch2"

    def dated_roles_at(self, when: date | None) -> list[Role]:
        """The roles with a start or end date that are in force at ``when``."""
        return [r for r in self.roles if (r.start or r.end) and r.active(when)]

    def code_at(self, when: date | None) -> tuple[str | None, bool]:
        """The code in force at ``when`` (dated roles first), and whether a
        dated role decided it."""
        dated = self.dated_roles_at(when)
        if when is not None and dated:
            return dated[0].code, True
        plain = [r for r in self.roles if not (r.start or r.end)]
        if plain:
            return plain[0].code, False
        if self.roles:  # only dated roles, none active (or no date): the current one
            latest = max(self.roles, key=lambda r: (r.end is None, r.end or r.start or ""))
            return latest.code, False
        return None, False


def _actor(raw: dict[str, Any]) -> Actor:
    """An actor of the bundled file. ``json`` makes a new string of every
    value, so the few kinds, sources, codes and dates were ~90k copies of a
    few thousand strings: each is kept once (``sys.intern``, speed32)."""
    return Actor(id=raw["id"], name=raw.get("name") or raw["id"],
                 kind=intern(raw.get("kind", "organisation")),
                 aliases=list(raw["aliases"]),
                 roles=[r if isinstance(r, Role) else _role(r) for r in raw.get("roles", [])],
                 source=intern(raw.get("source", "petrarch2")))


_ROLE_KEYS = frozenset({"code", "start", "end"})


def _kb_object(raw: dict[str, Any]) -> Any:
    """``json``'s ``object_hook`` for the bundled file: each actor (and each
    role, read first) is built as soon as it is parsed, so the file's ~65k
    mappings never live all at once (speed32: loading them all and then
    building the actors left ~38 MB of the process's memory to the
    parsed file, kept by the allocator after it was freed)."""
    if "aliases" in raw:
        return _actor(raw)
    if "code" in raw and raw.keys() <= _ROLE_KEYS:
        return _role(raw)
    return raw


def _role(raw: dict[str, Any]) -> Role:
    start, end = raw.get("start"), raw.get("end")
    return Role(intern(raw["code"]), None if start is None else intern(start),
                None if end is None else intern(end))

# Class *a rank police and armies share*: the agent dictionary's abbreviated
# ranks say MIL, but police forces use them too ("Capt. Tom Tennant of the
# Woodburn Police Department"); unreachable while spaCy split them ("Capt" +
# "."), they are one token since eventwire/nlp/abbreviations.py and are left
# out, as titles.yaml leaves out the ranks police and armies share.
SHARED_RANK_AGENTS = frozenset({"capt.", "cmdr.", "col.", "lt.", "maj."})


class KnowledgeBase:
    """Actors and agent nouns indexed by normalised phrase."""

    def __init__(self, actors: Iterable[Actor], agents: Iterable[dict[str, Any]]) -> None:
        self.actors: dict[str, Actor] = {}
        self.first_words: dict[str, int] = {}  # first word -> longest phrase (words)
        self.phrases: dict[str, list[str]] = {}  # phrase -> actor ids, priority first
        self.agents: dict[str, list[str]] = {}  # phrase -> sectors
        # every phrase's word prefixes (and its plural "+s"): the matcher
        # stops growing a phrase that no alias or agent noun starts with
        self.prefixes: set[str] = set()
        # surname -> ids of the persons whose alias ends (or starts) with it,
        # built on first use by ``surname_index`` and dropped by ``add``; one
        # index per key function (a caller with other keys must not get the
        # first caller's index)
        self._surnames: dict[Callable[[str], set[str]], dict[str, frozenset[str]]] = {}
        for actor in actors:
            self.add(actor)
        for agent in agents:
            if agent["phrase"] in SHARED_RANK_AGENTS:
                continue
            self.agents.setdefault(agent["phrase"], list(agent["sectors"]))
            self.agents.setdefault(agent["phrase"] + "s", list(agent["sectors"]))
        self.max_len = max((len(p.split()) for p in [*self.phrases, *self.agents]), default=1)
        for phrase in self.agents:
            self._index_first(phrase)

    def _index_first(self, phrase: str) -> None:
        words = phrase.split()
        if words:
            first = words[0]
            self.first_words[first] = max(self.first_words.get(first, 0), len(words))
        parts = phrase.split(" ")
        self.prefixes.update(" ".join(parts[:k]) for k in range(1, len(parts) + 1))
        self.prefixes.add(phrase + "s")  # "iraqis": a plural looks up its singular

    def longest_from(self, first: str) -> int:
        """The most words a phrase starting with ``first`` has (0: none); a
        plural first word also counts as its singular ("iraqis" -> "iraqi")."""
        n = self.first_words.get(first, 0)
        if first.endswith("s"):
            n = max(n, self.first_words.get(first[:-1], 0))
        return n

    def add(self, actor: Actor, priority: bool = False) -> None:
        self.actors[actor.id] = actor
        self._surnames = {}
        for alias in actor.aliases:
            self._index_first(alias)
            ids = self.phrases.setdefault(alias, [])
            if actor.id in ids:
                ids.remove(actor.id)
            ids.insert(0, actor.id) if priority else ids.append(actor.id)
        self.max_len = max([self.max_len if hasattr(self, "max_len") else 1,
                            *(len(a.split()) for a in actor.aliases)])

    def surname_index(self, keys: Callable[[str], set[str]]) -> dict[str, frozenset[str]]:
        """Surname -> the ids of the persons with an alias ``keys`` takes it
        from (:mod:`kb_surnames`: the last word, or the first of a
        surname-first name); built once, again after :meth:`add`."""
        cached = self._surnames.get(keys)
        if cached is None:
            index: dict[str, set[str]] = {}
            for actor in self.actors.values():
                if actor.kind == "person":
                    for alias in actor.aliases:
                        for key in keys(alias):
                            index.setdefault(key, set()).add(actor.id)
            cached = self._surnames[keys] = {k: frozenset(v) for k, v in index.items()}
        return cached

    def lookup(self, phrase: str) -> list[Actor]:
        return [self.actors[i] for i in self.phrases.get(phrase, [])]

    def search(self, name: str, limit: int = 20) -> list[dict[str, Any]]:
        """Actors whose alias contains ``name`` (normalised), exact matches first."""
        key = normalise(name)
        exact = self.lookup(key)
        found = {a.id: a for a in exact}
        for phrase, ids in self.phrases.items():
            if len(found) >= limit:
                break
            if key in phrase:
                for i in ids:
                    found.setdefault(i, self.actors[i])
        return [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases[:8],
                 "roles": [_role_dict(r) for r in a.roles], "source": a.source}
                for a in list(found.values())[:limit]]


def _role_dict(role: Role) -> dict[str, Any]:
    """What ``role.__dict__`` was before ``slots`` (the fields in order)."""
    return {"code": role.code, "start": role.start, "end": role.end}


# ----------------------------------------------------------------- user files


def parse_user_actor(row: dict[str, Any], path: Path, line: int) -> Actor:
    """Validate one user row: id, name, aliases (list or ';'-separated),
    kind, and either code (or country + sectors) with optional start/end,
    or ``roles``: a list of such dated codes."""
    def bad(field_name: str, detail: str) -> EventwireError:
        return EventwireError(Errors.E401, source=path, line=line, field=field_name, detail=detail)

    name, aliases = name_and_aliases(row, bad, "actor")
    kind = str(row.get("kind") or "organisation")
    if kind not in KINDS:
        raise bad("kind", f"one of {', '.join(sorted(KINDS))}")
    if row.get("roles") is not None:
        if not isinstance(row["roles"], list) or not row["roles"]:
            raise bad("roles", "a list of {code, start, end} mappings")
        roles = [_user_role(r, bad) for r in row["roles"]]
    else:
        roles = [_user_role(row, bad)]
    ident = str(row.get("id") or "user:" + normalise(name).replace(" ", "_"))
    return Actor(id=ident, name=name, kind=kind, source=str(path),
                 aliases=sorted({normalise(a) for a in [name, *aliases]}), roles=roles)


def _user_role(row: Any, bad: Any) -> Role:
    """One dated role: code (or country + sectors), optional start/end."""
    if not isinstance(row, dict):
        raise bad("roles", "each role must be a mapping with a code")
    code = str(row.get("code") or "").upper() or (
        str(row.get("country") or "").upper() + "".join(
            s.strip().upper() for s in str(row.get("sectors") or "").replace(";", ",").split(",")))
    if not code or not re.fullmatch(r"([A-Z]{3})+", code):
        raise bad("code", f"'{code}' is not a CAMEO code like IRQMIL or IGO")
    start, end = (str(row[k]) if row.get(k) else None for k in ("start", "end"))
    for key, value in (("start", start), ("end", end)):
        if value is not None:
            try:
                date.fromisoformat(value)
            except ValueError as exc:
                raise bad(key, f"'{value}' is not YYYY-MM-DD") from exc
    return Role(code=code, start=start, end=end)


def read_user_file(path: Path) -> list[Actor]:
    """All actors of a user file, or EW401 naming the file, line and field."""
    if not path.is_file():
        raise EventwireError(Errors.E401, source=path, line=0, field="(file)", detail="not found")
    return [parse_user_actor(row, path, line) for line, row in user_rows(path)]


def import_file(path: Path, overlay: Path = DEFAULT_OVERLAY) -> int:
    """Validate ``path`` completely, then append its actors to the overlay.
    All or nothing: a bad row leaves the overlay untouched."""
    actors = read_user_file(Path(path))
    existing = read_user_file(overlay) if overlay.is_file() else []
    merged = {a.id: a for a in existing}
    merged.update({a.id: a for a in actors})
    overlay.parent.mkdir(parents=True, exist_ok=True)
    tmp = overlay.with_suffix(".tmp")
    rows = [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases,
             "roles": [{"code": r.code, "start": r.start, "end": r.end} for r in a.roles]}
            for a in merged.values()]
    tmp.write_text(yaml.safe_dump({"actors": rows}, allow_unicode=True, sort_keys=False),
                   encoding="utf-8")
    tmp.replace(overlay)  # atomic: the old overlay stays whole until the new one is complete
    return len(actors)


@lru_cache(maxsize=4)
def packaged_kb() -> tuple[list[Actor], list[dict[str, Any]]]:
    with gzip.open(KB_PATH, "rt", encoding="utf-8") as fh:
        raw = json.load(fh, object_hook=_kb_object)
    return raw["actors"], raw["agents"]


def load_kb(overlays: Iterable[str | Path] = ()) -> KnowledgeBase:
    actors, agents = packaged_kb()
    kb = KnowledgeBase(actors, agents)
    paths = [Path(p) for p in overlays] or ([DEFAULT_OVERLAY] if DEFAULT_OVERLAY.is_file()
                                            else [])
    for path in reversed(paths):  # the first file, and its first entry, win ties
        for actor in reversed(read_user_file(path)):
            kb.add(actor, priority=True)
    return kb
