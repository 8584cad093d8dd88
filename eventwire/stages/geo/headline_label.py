"""Class *a headline's town label* (place65): a headline that opens with a
town's name and a colon ("Batumi: police detain 17 as protesters block
port road", "Zinder: students tear-gassed after union leaders arrested",
"Abéché: two dead as gendarmes open fire") says where its news happened,
as the wire's dateline does for the body; the headline's events that name
no place of their own take that town. The body's dateline does not reach
a headline (``datelines.under_dateline``), so without this they fell to
the article's focus (scored as no place).

Not a label (left alone):

* a country or a region ("Georgia: police crack down on protest",
  "Kyrgyzstan: police detain ... in Jalal-Abad", "Cumbria double murder:
  ..."): the headline names a topic or a spread, not a scene (the place64
  finding for a headline's event noun; the gold gives a country label to
  no event) — only a town or a spot (``TOWN_PRECISIONS``) counts;
* a name that is not a place or is followed by more words before the colon
  ("Zakharova: ...", "Analysis: ...", "Galvarino truck attack: ...": the
  last is the event noun's own town, ``event_place.names_event_noun``);
* an event of the body, and an event whose headline words name a place of
  their own (those come first in ``event_place.place_for``).

Development headlines with a town label (40 sets and rec_ao): 12 events,
10 placed at the label by the gold (rec_an Uvira, Buea, Zinder, Abéché;
rec_ao Batumi), 2 not (rec_aj's Antananarivo). Measured (place65, 40
sets against m116): place +4/-0 (rec_an; real 0/0), no other field;
rec_ao (not in the 40 sets) place 0.754 -> 0.762 (Batumi x2).

Tried and not kept: *a town's own body acting in a headline* ("Zanzibar
police fire tear gas", "Mombasa dockworkers strike": the town modifying
the actor's body noun, deeds only, not the one acted on, not speech):
+3/-8 on top of this class (2 real losses: a real text's first line is a
sentence, "a New Bedford man stabbed", not a headline; "Kosovo police" and
"Kazakh police" resolved as towns; "Hong Kong police" with a finer gold
place; a misparsed passive "Diyarbakir mayor removed").
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.extensions import text_of, title_end

# a town or a spot: the precisions a label may have, and those a headline's event
# noun is named by (event_place, place64, reads this tuple; it is defined here
# because event_place imports this module)
TOWN_PRECISIONS = ("city", "point")


def headline_label(doc: Doc, event: EventMention,
                   places: list[PlaceMention]) -> PlaceMention | None:
    """The town that labels the headline ("Batumi: ...") when ``event`` is
    told in the headline after the colon; None otherwise."""
    end = title_end(doc)
    if end < 0 or event.trigger.start >= end:
        return None
    text = text_of(doc)
    lead = len(text) - len(text.lstrip())
    for p in places:
        if p.start != lead or p.geonameid is None or p.precision not in TOWN_PRECISIONS:
            continue
        colon = text.find(":", p.end, end)
        if colon < 0 or text[p.end:colon].strip() or event.trigger.start <= colon:
            return None
        return p
    return None
