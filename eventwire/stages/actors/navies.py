"""Classes *a warship named by its navy's prefix* and *a navy's ships and men
named bare* (issue #12, actors15).

A navy's ship carries its navy in its name: "INS Tabar" (Indian Naval
Ship), "HMS Duncan", "USS Carney". spaCy reads the name as a place, a
person or an organisation, and the knowledge base knows no ship, so the
mention had no country, or the story's: an Indian warship fighting pirates
off Aden became Yemeni. The prefix table is data
(``eventwire/data/actors/navies.yaml``).

Navies act far from home, so a bare naval agent ("the warship", "the
destroyer", "the navy", "marine commandos") takes the country of the navy
the article names (a prefixed ship or "the Indian Navy": the nearest one
before it, else the first after it), not the country of the waters, which
is what the story's country (``home.locate_bare_agents``) would give it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.datafiles import load_yaml
from eventwire.models import ActorMention
from eventwire.nlp.arrays import where_text
from eventwire.nlp.extensions import text_of
from eventwire.paths import DATA_DIR
from eventwire.stages.actors.titles import title_words

NAVIES_PATH = DATA_DIR / "actors" / "navies.yaml"
SHIP_RULE = "ship-prefix"
NAVAL_RULE = "+navy"
MAX_NAME_WORDS = 3


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    with NAVIES_PATH.open(encoding="utf-8") as f:
        data = load_yaml(f)
    prefixes = {str(k): tuple(str(c) for c in v) for k, v in data["prefixes"].items()}
    return prefixes, frozenset(str(n) for n in data["naval_nouns"])


def _name_end(doc: Doc, prefix: Token) -> int:
    """Index after the ship's name: up to three capitalised words after the
    prefix ("INS Tabar", "HMS Prince of Wales" stops at "of"). A title or
    office after the letters ("INS Commissioner Meissner": the former US
    immigration service) names no ship; a day after the name ("USS Mason
    Sunday fired") is no part of it."""
    end = prefix.i + 1
    if end < len(doc) and doc[end].lower_ in title_words():
        return end
    while end < len(doc) and end - prefix.i <= MAX_NAME_WORDS and doc[end].is_alpha \
            and doc[end].text[:1].isupper() and doc[end].text not in _tables()[0] \
            and doc[end].ent_type_ not in ("DATE", "TIME"):
        end += 1
    return end


def _country(codes: tuple[str, ...], named: set[str]) -> str:
    return next((c for c in codes if c in named), codes[0])


def _ship(doc: Doc, start: int, end: int, sector: str, country: str) -> ActorMention:
    span = doc[start:end]
    # an identity of its own, so that no later rule re-reads the name
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                        actor_id=f"cameo:{country}{sector}", kind="organisation",
                        country=country, sectors=[sector], confidence=0.8, rule=SHIP_RULE)


@lru_cache(maxsize=1)
def _prefix_pattern() -> re.Pattern[str]:
    """A prefix before a capitalised word: one scan of the text (in C) tells
    whether an article names a ship at all, before any token is visited."""
    alts = "|".join(sorted(_tables()[0], key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\s+[A-Z]")


def _prefixed(doc: Doc, named: set[str]) -> list[tuple[int, int, str, str]]:
    prefixes, _ = _tables()
    found: list[tuple[int, int, str, str]] = []
    # a ship needs a word that is a prefix: read from the kept ORTH column
    # first (speed26), the whole-text search only then (~150 µs per article)
    if not where_text(doc, prefixes) or _prefix_pattern().search(text_of(doc)) is None:
        return found
    for tok in doc:
        codes = prefixes.get(tok.text)
        end = _name_end(doc, tok) if codes else tok.i
        if codes and end > tok.i + 1:
            found.append((tok.i, end, codes[0], _country(codes[1:], named)))
    return found


def _repeated(doc: Doc, ships: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The ship named again without its prefix ("the Tabar" after "INS
    Tabar"), after it was first named."""
    names = {doc[s + 1:e].text: (s, e, sector, c) for s, e, sector, c in ships}
    taken = {i for s, e, _, _ in ships for i in range(s, e)}
    out = []
    for tok in doc:
        for name, (s, _, sector, country) in names.items():
            end = tok.i + len(name.split())
            if tok.i > s and tok.i not in taken and doc[tok.i:end].text == name:
                out.append((tok.i, end, sector, country))
    return out


def ship_mentions(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Replace whatever covered a prefixed ship's name ("INS" as a group,
    "Tabar" as a place, "Duncan" as a person), and the name repeated
    without its prefix, by one mention of the ship, with its navy's country
    and sector."""
    found = _prefixed(doc, {m.country for m in mentions if m.country})
    if not found:
        return mentions
    ships = [_ship(doc, *f) for f in found + _repeated(doc, found)]
    kept = [m for m in mentions if not any(m.start < s.end and s.start < m.end for s in ships)]
    return sorted(kept + ships, key=lambda m: m.start)


def _naval(m: ActorMention, nouns: frozenset[str]) -> bool:
    words = m.text.lower().split()
    return any(w.rstrip("s") in nouns or w in nouns for w in words)


def _named_navies(mentions: list[ActorMention], nouns: frozenset[str]) -> list[ActorMention]:
    """Navies the article names with a country: prefixed ships, and naval
    mentions with a country of their own ("Indian Navy", "the Indian navy's
    warship")."""
    return [m for m in mentions if m.country and "MIL" in m.sectors and (
        m.rule == SHIP_RULE or m.rule in ("compound", "agent+owner") and _naval(m, nouns))]


def locate_naval_agents(mentions: list[ActorMention]) -> None:
    """A bare naval agent with no country takes the nearest named navy's
    (before it, else after it); run before the story's country is given."""
    _, nouns = _tables()
    navies = _named_navies(mentions, nouns)
    if not navies:
        return
    for m in mentions:
        if m.rule != "agent" or m.country or "MIL" not in m.sectors or not _naval(m, nouns):
            continue
        before = [n for n in navies if n.end <= m.start]
        owner = before[-1] if before else navies[0]
        m.country = owner.country
        m.rule += NAVAL_RULE
