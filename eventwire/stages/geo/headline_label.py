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
rec_ao Batumi), 2 not (rec_aj's Antananarivo).

A second headline class, *a town's own body acting* ("Zanzibar police fire
tear gas", "Mombasa dockworkers strike"), is :func:`headline_local_body`.
Headlines with a town before a local body noun (40 sets and rec_ao), the
gold places the body's deeds at the town (Lima transport workers, Mombasa
dockworkers, Zanzibar police, Erdenet miners, Sulaimani teachers, Mahabad
shops) and not the one acted on (Kisela Voda mayor detained, Mogilev
residents jailed) nor its demands (Gyumri protesters demand); one deed
is left null (Mafeteng residents march). Courts are ``court_seat``'s.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import text_of, title_end
from eventwire.stages.geo.context import LOCAL_MODIFIED
from eventwire.stages.geo.place_scope import scene_modality, verbal_act

# the precisions a label may have: a town or a spot (as event_place.TOWN_PRECISIONS)
LABEL_PRECISIONS = ("city", "point")
# bodies and trades a town names as its own in a headline ("Ruse council",
# "Mombasa dockworkers", "Erdenet miners"): ``context.LOCAL_MODIFIED`` and
# the workforces a strike or a march is told of
LOCAL_BODIES = LOCAL_MODIFIED | {
    "worker", "dockworker", "miner", "teacher", "driver", "trader", "vendor", "farmer",
    "fisherman", "fishermen", "nurse", "doctor", "shopkeeper", "shop", "villager",
    "gendarme"}
# acts not done (yet): no scene to place
NOT_DONE = {"future", "hypothetical", "negated", "denied", "conditional", "demanded",
            "threatened"}


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
        if p.start != lead or p.geonameid is None or p.precision not in LABEL_PRECISIONS:
            continue
        colon = text.find(":", p.end, end)
        if colon < 0 or text[p.end:colon].strip() or event.trigger.start <= colon:
            return None
        return p
    return None


def headline_local_body(doc: Doc, event: EventMention,
                        places: list[PlaceMention]) -> PlaceMention | None:
    """Class *a town's own body acting in a headline* (place65): the
    headline's doer is a body or a trade the town names as its own ("Ruse
    council votes down land sale", "Mombasa dockworkers strike over port
    concession", "Zanzibar police fire tear gas at opposition march") and
    its act, a deed done, happens in that town. The body's headline has no
    dateline above it, so without this the act fell to the focus.

    The doer: the actor mention holds the body noun, or the body noun is the
    trigger's subject (the parse may leave the town alone as the actor).
    Not this class: the town names the one acted on ("Kisela Voda mayor
    detained": not the doer), a statement or a demand of the body (undated
    speech is placed by no seat, place40), an act not done (future,
    negated, demanded), a country or a region ("Peru police", "Sabah
    police": the country's or region's force), a court (its seat is
    ``place_scope.court_seat``'s, already a stated place)."""
    end = title_end(doc)
    if end < 0 or event.trigger.start >= end:
        return None
    if verbal_act(event.type, event.rules) or scene_modality(event) in NOT_DONE:
        return None
    trigger = char_span(doc, event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trigger is None:
        return None
    if trigger.root.tag_ == "VBN":
        return None  # a headline passive: the town's body is acted on ("mayor detained")
    actor, recipient = event.actor, event.recipient
    for p in places:
        if recipient is not None and recipient.start <= p.start < recipient.end:
            continue
        if p.start >= end or p.geonameid is None or p.precision not in LABEL_PRECISIONS:
            continue
        if actor is not None and actor.start <= p.start and p.end < actor.end and \
                _body_word(actor.text.split()[-1]):
            return p  # the actor is the town's body: "Zanzibar police"
        span = char_span(doc, p.start, p.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("compound", "nmod", "amod"):
            continue
        body = span.root.head  # the parse left the town alone as the actor
        if actor is not None and (actor.start <= p.start < actor.end or
                                  actor.start <= body.idx < actor.end) and \
                body.dep_ == "nsubj" and body.head in trigger and \
                _body_word(body.lower_, body.lemma_.lower()):
            return p
    return None


def _body_word(*forms: str) -> bool:
    """One of the word's forms (or it without a plural "s") is a local body."""
    return any(w.lower() in LOCAL_BODIES or w.lower().removesuffix("s") in LOCAL_BODIES
               for w in forms)
