"""Wire datelines and the events they place (the ``dateline`` basis of
``event_place``).

A dateline opens one of the story's first lines ("ERBIL, Iraq (Reuters) - ",
"BAGHDAD, July 7 (Xinhua) -- ", "MUMBAI: "); its place (:func:`dateline_place`)
is where the story was filed, and it places only the news acts done there
(:func:`dateline_fits`) in the body it heads (:func:`under_dateline`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.extensions import text_of
from eventwire.stages.geo.capital_names import dateline_city
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.place_scope import scene_modality, scene_type, undated_speech_act

DATELINE_LINES = 3  # a dateline opens one of the text's first lines (after a title)
# movement events whose destination is where they happen ("deployed troops
# to X" masses forces there), unlike a transfer ("flew them to Washington")
DESTINATION_TYPES = {"MOBILIZE"}
NEWS_MODALITIES = {"asserted", "reported"}

# "ERBIL, Iraq (Reuters) - ", "BAGHDAD, July 7 (Xinhua) -- ", "NIAMEY/ABUJA, July 31
# (Reuters) - ", "MUMBAI: ", "Tbilisi (AFP) - ": the place opens the line.
# Class *an agency's dateline* (place57): the outlets' own forms too — up to
# three comma groups (a country or region of up to five words, a date either
# way round, a year: "KISUMU, Kenya, May 3 (Reuters) - ", "LIMA, Oct 2, 2024
# (AFP) - ", "BEIRA, 12 Mar (Lusa) - ", "SUCRE, Wed. Jan. 8, 2025 - "), a
# bracketed country after the name ("Cusco (Peru), Jan 9 (EFE).- "), a
# slashed or bracketed agency closed by a full stop ("KAZAN, May 2. /TASS/. ",
# "TERMEZ, 5 May (Kun.uz). ", "ASTANA, MAY 4, KAZINFORM. "), an agency after a
# date with no dash ("PATNA, Jan 5 (PTI) Police ..."), EFE's ".-", accented
# capitals ("CÚCUTA", "SÃO TOMÉ") and a name in mixed case before a date
# ("Kigoma, March 8 - ", "Shillong, Jan. 4: ").
_CAPS = "A-ZÀ-ÖØ-Þ"
_MIXED = r"[A-Z][a-zà-ÿ]+(?:[ -](?:[A-Z][a-zà-ÿ]+|au|de|del|da|do|dos|es|el|la))*"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_GROUP = (r"(?:,\s*(?:\d{1,2}\s+[A-Za-z]+\.?(?:\s+\d{4})?|[" + _CAPS + r"][\w.]*"
          r"(?:\s+[\w.]+){0,4}|\d{4}))")
DATELINE = re.compile(
    r"(?P<place>[" + _CAPS + r"][" + _CAPS + r".'’ -]{1,30}?|" + _MIXED +
    r"(?=(?:\s*\([^)\n]{1,30}\))?,? [^\n]{0,20}\(|, (?:\d{1,2} )?" + _MONTH + r"))"
    r"(?:/[" + _CAPS + r"][" + _CAPS + r".'’ -]{1,30}?)*"
    r"(?:\s*\([A-Z][a-z]+(?: [A-Z][a-z]+)?\))?" + _GROUP + r"{0,3}"
    r"(?:(?<=\d)\s*\([^)\n]{1,40}\)\s(?=[A-Z])|\s*(?:\([^)\n]{1,40}\)|/[A-Z]+/)?"
    r"(?:\s*\.?(?:--|[-–—:])\s|(?<=[)/])\.\s|(?<=[A-Z]{4})\.\s(?=[A-Z])))")
# Class *a bare town name before a dash* (place57), read below the title only:
# "Santa Cruz - Farmers blocked a road ...", "Mwanza: Police arrested ..." (on
# the first line "Kenya: Police fire tear gas" is a title; a name closed by a
# full stop is left unread: "Const. ", "Gov. ").
# Not a page's stamp or byline label ("Published: ", "Posted: ", "Updated: ").
_LABELS = r"(?!(?:First |Last )?(?:Published|Posted|Updated|Source|Photo|Video|Editor|Note|By)\b)"
BARE_DATELINE = re.compile(r"(?P<place>" + _LABELS + _MIXED + r")(?:\s[-–—]|:)\s(?=[A-Z])")


def dateline_match(doc: Doc) -> re.Match[str] | None:
    """The dateline opening one of the first ``DATELINE_LINES`` lines."""
    return dateline_in_text(text_of(doc))


def dateline_in_text(text: str) -> re.Match[str] | None:
    """``dateline_match`` on a plain string (the census tools read gold
    texts without a parse)."""
    start = 0
    for line in range(DATELINE_LINES):
        end = min(len(text), start + 90)
        m = DATELINE.match(text, start, end) or (
            BARE_DATELINE.match(text, start, end) if line else None)
        if m is not None:
            return m
        nxt = text.find("\n", start)
        if nxt < 0:
            return None
        start = nxt + 1
    return None


def dateline_place(doc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """The dateline's place: the city its name names (class *a capital
    named like a division*, ``capital_names``): its resolved mention when
    that is a city read from the whole name, else the city of that name —
    in the mention's country when the mention read the whole name as a
    division or country ("WASHINGTON", "BUENOS AIRES"), of the whole name
    when the mention holds only part of it ("PORT OF SPAIN", not "SPAIN")
    — else the mention as resolved."""
    m = dateline_match(doc)
    if m is None:
        return None
    a, b = m.span("place")
    name = text_of(doc)[a:b].strip()
    found = next((p for p in places if a <= p.start < b and p.geonameid is not None), None)
    if found is None:
        city = dateline_city(name, None)
        return None if city is None else _city_mention(city, a, name, 1.0)
    whole = found.start <= a and found.end >= a + len(name)
    if whole and found.precision == "city":
        return found
    city = dateline_city(name, found.country if whole else None)
    return found if city is None else _city_mention(city, a, name, found.confidence)


def _city_mention(c: Place, start: int, name: str, confidence: float) -> PlaceMention:
    return PlaceMention(start, start + len(name), name, c.geonameid, c.name, c.lat, c.lon,
                        c.country, c.admin1, "city", confidence)


def _news_event(event: EventMention) -> bool:
    """An event of the article's news: it happened (asserted or reported, not
    demanded, threatened, planned or denied) and is not recalled background
    (the time stage runs first)."""
    return (scene_modality(event) in NEWS_MODALITIES and not event.time.background
            and not _undated_claim(event) and not undated_speech_act(event))


def _undated_claim(event: EventMention) -> bool:
    """Class *undated reported claim*: an act the text only relays from a
    source and gives no time of its own ("26 'armed criminals' had been
    killed, the ministry said", "its units had targeted only military
    objects", "the military had been deployed, he said") is a claim, not a
    dated act of the day, so the dateline does not say where it happened;
    the same report with a day ("killed on Tuesday, police said") keeps it."""
    return scene_modality(event) == "reported" and event.time.value is None


def dateline_fits(event: EventMention, dateline: PlaceMention) -> bool:
    """Class *foreign actor under a dateline*: the dateline places the news
    acts done where it was filed; an actor of another country ("Washington
    also condemned" under TBILISI, "Rwanda denied" under KINSHASA, "the U.S.
    military denied" under DAMASCUS) acts at home or elsewhere, so its event
    is not placed there."""
    if not _news_event(event) or _international_body(event) or _deployment(event):
        return False
    country = event.actor.country if event.actor is not None else None
    return country is None or dateline.country is None or country == dateline.country


def under_dateline(event: EventMention, header: tuple[int, int]) -> bool:
    """Class *headline above the dateline*: the dateline ("NAIROBI, June 25
    (Reuters) -") heads the body it opens, so an event told only in the
    headline ("Serbian prime minister quits as students keep up protests",
    "Saudi Arabia expels Canadian envoy") is placed by its own words or not
    at all; the same act retold in the body still takes the dateline there.
    Without a dateline header (``(0, 0)``) nothing is above it."""
    return event.trigger.start >= header[0]


def _international_body(event: EventMention) -> bool:
    """Class *international body under a dateline*: a body of no one country
    (IGO or NGO: "the European Union suspended budget support", "ECOWAS
    condemned the plot", "Amnesty International accused the authorities")
    acts from its own seat, not where the story was filed, so the
    dateline does not place its act; its sentence's own venue still does."""
    actor = event.actor
    return (actor is not None and actor.country is None
            and bool({"IGO", "NGO"} & set(actor.sectors)))


def _deployment(event: EventMention) -> bool:
    """Class *deployment without a stated destination*: massing or sending
    forces (MOBILIZE: "the military had been deployed to support police",
    "the government sent thousands of reinforcements", "1,000 soldiers were
    on standby") happens where the forces go, which only the text's own
    destination says; the dateline is at most where the order was given."""
    return scene_type(event) in DESTINATION_TYPES
