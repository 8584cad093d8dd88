"""Place names inside names of other things (issue 13, branch geo6): two
classes where a true place name does not refer to a place, seen as
spurious toponyms on several development sets.

* **a publication's name** (``in_publication``): "the New York Times
  reported", "The Washington Times", "the Kenya Times", "the Jerusalem
  Post": a name inside an organisation the model tags whole, ending in a
  newspaper word, names the paper; the article is not about New York. (A
  body named after its place, "the Texas Department of Health", still
  locates it: ``recognize._leading_place``.)
* **a disease named after a place** (``names_disease``): "the West Nile
  virus", "Marburg haemorrhagic fever", "the Reston ebolavirus", "Lassa
  fever", "Minamata disease": the name before a disease noun names the
  disease (a place stays a place before "outbreak": "the Texas outbreak").
* **an acronym matched through a town's code** (``code_only``, geo13):
  "samples flown to the CDC laboratory" read as Cedar City (its airport
  code), "according to FAO" as Al Faw, "exposed to BSE" as a Malaysian
  town: an all-capital word of two to five letters whose every candidate
  is a town or county of under a million people with another name ("SOS"
  for Southend-on-Sea) is an organisation's or a code's acronym, not a
  place. A town of 5,000+ whose own name it is ("LIMA, Peru —" in a
  dateline) stays, and so do big cities' short forms ("NYC") and
  countries' and divisions' ("UAE", "KZN", "DRC").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from eventwire.nlp.spans import entity_at
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.joined import fold

CODE_TOWN_MAX = 1_000_000  # a big city's short form ("NYC") is a real name
OWN_NAME_MIN = 5_000  # a town named like the acronym keeps it ("LIMA"), not a hamlet ("Sos")

PUBLICATION_WORDS = {"times", "post", "herald", "tribune", "journal", "gazette", "telegraph",
                     "chronicle", "globe", "observer", "examiner", "inquirer", "courier",
                     "dispatch", "guardian", "independent", "mail", "express", "star", "sun",
                     "standard", "news", "newspaper", "daily", "bulletin", "register",
                     "recorder", "monitor", "argus", "mirror", "record", "leader", "age",
                     "nation"}
PUBLICATION_LABELS = {"ORG", "WORK_OF_ART"}
DISEASE_WORDS = {"virus", "ebolavirus", "fever", "disease", "flu", "influenza",
                 "encephalitis", "syndrome"}
DISEASE_MODIFIERS = {"haemorrhagic", "hemorrhagic", "respiratory", "virus"}


def in_publication(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` lie inside an organisation or title entity that
    ends in a newspaper word after them ("the New York Times")."""
    ent = entity_at(doc, start)
    return (ent is not None and ent.label_ in PUBLICATION_LABELS and end < ent.end
            and ent[-1].lower_ in PUBLICATION_WORDS and ent[-1].text[:1].isupper())


def names_disease(doc: Doc, end: int) -> bool:
    """The name ending before token ``end`` is followed by a disease noun,
    maybe after one modifier ("Marburg haemorrhagic fever")."""
    for k in range(end, min(end + 2, len(doc))):
        word = doc[k].lower_
        if word in DISEASE_WORDS and not doc[k].text[:1].isupper():
            return True
        if word not in DISEASE_MODIFIERS:
            return False
    return False


def code_only(text: str, candidates: Sequence[Place]) -> bool:
    """An acronym whose every candidate is a smaller town or county with
    another own name (module docstring): not a place."""
    word = text.strip()
    if not (2 <= len(word) <= 5 and word.isalpha() and word.isupper()) or not candidates:
        return False
    return all(c.feature in ("city", "admin2") and c.population < CODE_TOWN_MAX
               and (fold(c.name) != fold(word) or c.population < OWN_NAME_MIN)
               for c in candidates)
