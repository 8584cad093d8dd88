"""Named regions and waters: seas, gulfs, straits, rivers, lakes, deserts,
mountain ranges and regions that no shipped package carries.

Class: a multiword or single name of a physical or political region that
international news uses as a place ("a tanker was attacked in the Gulf of
Oman", "fighting in Darfur", "drills in the South China Sea", "the Horn of
Africa"). Source: the project's own curated list
``eventwire/data/geo/regions.tsv`` (CC BY 4.0; each point is the GeoNames
feature's point to the compiler's knowledge, ~0.2 degree), compiled into
the gazetteer at build time (``add_regions``) with precision ``region`` or
``water`` and a stable negative id (no GeoNames id is claimed).

Which reading wins when a name is shared:

* a country or first-level division of the same name keeps it ("Punjab",
  "Balochistan", "Kashmir" = Jammu and Kashmir, "Crimea", "the West Bank"):
  the region's name is not added, unless the list marks the feature as the
  standard reading (``prefer``: "the Red Sea", not Sudan's Red Sea state);
* a town or county of the same name loses to it: a region carries a nominal
  population (``NOMINAL_POPULATION``) above most towns' ("the Middle East",
  not Middle East, Pennsylvania; "Sinai", not Sinaí, Ecuador).

Recognition (``region_spans``): the list's names are matched as whole
phrases, case-sensitive, with or without "the"; a generic head alone
("Gulf", "Sea", "Strait", "Valley") is never a name, and a match inside a
longer person/organisation name ("the Black Sea Fleet", "Middle East Eye")
is not a place.
"""

from __future__ import annotations

import csv
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.nlp.spans import entity_holding
from eventwire.paths import DATA_DIR

if TYPE_CHECKING:  # spaCy only for typing: the build process never loads it (RSS)
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from eventwire.stages.geo.build import Builder

REGIONS_PATH = DATA_DIR / "geo" / "regions.tsv"
NOMINAL_POPULATION = 1_000_000
# entity labels whose longer span owns a region name: not a place there
OWNERS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
FIELDS = ("name", "lat", "lon", "fclass", "fcode", "precision", "country", "names", "prefer")


@dataclass(frozen=True)
class Region:
    name: str
    lat: float
    lon: float
    fclass: str  # GeoNames feature class: H water, L area, T terrain
    fcode: str  # GeoNames feature code: SEA, GULF, STRT, STM, RGN, MTS...
    precision: str  # region or water
    country: str | None  # ISO3 when the feature lies in one country
    names: tuple[str, ...]  # every name, its own first
    prefer: bool  # the standard reading even where a division shares a name

    @property
    def ident(self) -> int:
        """A stable negative id below the airports' and user places' ids
        (``airports.py``, ``places.py``): no GeoNames id is claimed."""
        return -(2**33 + zlib.crc32(f"region|{self.name}".encode()))


def load_regions() -> list[Region]:
    """The curated list; a malformed row raises (the file is the project's)."""
    out = []
    with open(REGIONS_PATH, encoding="utf-8", newline="") as fh:
        rows = csv.reader((ln for ln in fh if ln.strip() and not ln.startswith("#")),
                          delimiter="\t")
        for cols in rows:
            row = dict(zip(FIELDS, cols + [""] * (len(FIELDS) - len(cols)), strict=True))
            if row["precision"] not in ("region", "water"):
                raise ValueError(f"regions.tsv: bad precision in {cols}")
            names = [row["name"], *(n for n in row["names"].split("|") if n)]
            out.append(Region(row["name"], float(row["lat"]), float(row["lon"]), row["fclass"],
                              row["fcode"], row["precision"], row["country"] or None,
                              tuple(_without_the(n) for n in names), row["prefer"] == "1"))
    return out


def _without_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def add_regions(b: Builder) -> dict[str, int]:
    """Add the list to the gazetteer being built (after countries and
    divisions, so that a shared name can be checked); returns counts."""
    from eventwire.stages.geo.build import key

    divisions = {k for (k, i) in b.names if b.places[i][9] in ("country", "admin1")}
    added = skipped = 0
    for r in load_regions():
        keys = {key(n) for n in r.names}
        if r.prefer:  # the division gives the name up
            for k, i in [ki for ki in b.names if ki[0] in keys]:
                if b.places[i][9] in ("country", "admin1"):
                    del b.names[(k, i)]
        own = [n for n in r.names if r.prefer or key(n) not in divisions]
        skipped += len(r.names) - len(own)
        if own:
            b.add((r.ident, r.name, r.lat, r.lon, r.country, None, None, None,
                   NOMINAL_POPULATION, r.precision, 0), own[0], own[1:])
            added += 1
    return {"regions": added, "region_names_left_to_divisions": skipped}


_MATCHERS: dict[int, PhraseMatcher] = {}


@lru_cache(maxsize=1)
def _names() -> tuple[str, ...]:
    return tuple(sorted({n for r in load_regions() for n in r.names}))


def region_matcher(vocab: Vocab) -> PhraseMatcher:
    """The list's names as phrases for one vocabulary (built once per vocab)."""
    import spacy
    from spacy.matcher import PhraseMatcher

    if id(vocab) not in _MATCHERS:
        nlp = spacy.blank("en", vocab=vocab)
        matcher = PhraseMatcher(vocab, attr="ORTH")
        matcher.add("REGION", [nlp.make_doc(n) for n in _names()])
        _MATCHERS[id(vocab)] = matcher
    return _MATCHERS[id(vocab)]


def region_spans(doc: Doc) -> Iterator[Span]:
    """The longest non-overlapping matches of the list's names, outside a
    longer name of a person, organisation or other non-place entity."""
    from spacy.util import filter_spans

    matcher = region_matcher(doc.vocab)
    spans = filter_spans(matcher(doc, as_spans=True))
    for span in spans:
        ent = entity_holding(span)
        if not (ent is not None and ent.label_ in OWNERS and len(ent) > len(span)):
            yield span
