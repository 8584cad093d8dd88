"""Where the right country of a recipient coded with a wrong one comes from
(issue #12, recip37): the axis ``--country-source`` of
``tools/recipient_short_split.py``.

For a matched recipient with the right span and a wrong country, the gold
country is looked for in the text, nearest first:

* ``own phrase`` -- a demonym modifying the mention's own phrase ("Chilean
  lorry driver Pedro Araya", "a Greek fishing trawler": what
  ``events/own_nationality`` reads);
* ``in mention`` -- named inside the gold span some other way ("the Baku
  office of Russia's state agency");
* ``same sentence`` / ``earlier sentence`` / ``later only`` -- a demonym or
  the country's name elsewhere in the text;
* ``not named`` -- the text never names it (a capital, a town, a party);

joined with where the predicted country came from: ``the actor's`` (the
event actor's country copied), ``none``, ``other``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from eventwire.stages.events.own_nationality import phrase_country
from eventwire.stages.geo.gazetteer import gazetteer

Record = dict[str, Any]


def _named_at(doc: Doc, country: str) -> list[int]:
    """Token offsets where the text names the country (demonym or name)."""
    gz = gazetteer()
    out = [t.i for t in doc if t.text[:1].isupper() and gz.demonym(t.text) == country]
    place = gz.country(country)
    if place is not None:
        for m in re.finditer(rf"\b{re.escape(place.name)}\b", doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                out.append(span.start)
    return out


def gold_source(doc: Doc, gold: Record) -> str:
    """Where the gold recipient's country is named, nearest first."""
    span = doc.char_span(int(gold["start"]), int(gold["end"]), alignment_mode="expand")
    country = gold.get("country")
    if span is None or not country:
        return "unaligned"
    if phrase_country(doc, span) == country:
        return "own phrase"
    found = _named_at(doc, str(country))
    sent = span.root.sent
    if any(span.start <= i < span.end for i in found):
        return "in mention"
    if any(sent.start <= i < sent.end for i in found):
        return "same sentence"
    if any(i < sent.start for i in found):
        return "earlier sentence"
    return "later only" if found else "not named"


def country_source(doc: Doc, g: Record, p: Record) -> str:
    """The axis value: gold source / predicted provenance."""
    gr, pr = g["recipient"], p["recipient"]
    if not pr.get("country"):
        prov = "none"
    else:
        prov = "the actor's" if (p.get("actor") or {}).get("country") == pr["country"] else "other"
    return f"{gold_source(doc, gr)} / {prov}"
