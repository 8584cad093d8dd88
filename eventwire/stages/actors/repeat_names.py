"""Class *a surname repeats the full name* (split from ``coref.py``): a
one-word person name continues the last person whose name ends with it,
with the identity the text gave the full name."""

from __future__ import annotations

from eventwire.models import ActorMention
from eventwire.stages.actors.described import COURTESY as HONORIFICS  # one list (review46)


def bare_surname(text: str) -> str | None:
    """The surname a mention repeats: a one-word name ("Pinera"), or one
    after a courtesy title (recips29, class *"Mr"/"Ms" + surname repeats
    the full name*: "Mr Kurti" after "Prime Minister Albin Kurti", "Ms.
    Okafor" after "Senator Ada Okafor", "Dr Mensah" after "Health
    Minister Kwame Mensah"); None for a longer name."""
    words = text.split()
    if len(words) == 2 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return words[0] if len(words) == 1 else None


def repeat_names(mentions: list[ActorMention]) -> None:
    """A one-word person name (or a courtesy title and a surname) continues
    the last person whose name ends with it."""
    last_by_surname: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.kind != "person":
            continue
        surname = bare_surname(m.text)
        if not m.actor_id and surname is not None and surname in last_by_surname:
            m.antecedent = last_by_surname[surname]
            _take_identity(m, mentions[m.antecedent])
        words = m.text.split()
        if words:
            last_by_surname[words[-1]] = i


# rules whose country or sector is only a default guess for an unknown person
GUESSED = ("+private", "+home")


def _take_identity(short: ActorMention, full: ActorMention) -> None:
    """Class *a surname repeats the full name*: "Pinera" after "President
    Sebastian Pinera", "Mwangi" after "Kenya's president, Daniel Mwangi",
    "Sall" after "opposition candidate Khalifa Sall" is that person, with
    the country and office the text gave the full name, not the defaults
    (CVL, the story's country) an unknown one-word name gets."""
    if not any(g in short.rule for g in GUESSED) or not (full.country or full.actor_id):
        return
    if full.sectors == short.sectors and full.country == short.country:
        return
    short.country, short.sectors = full.country, list(full.sectors)
    short.actor_id, short.kind = full.actor_id, full.kind
    short.rule += "+repeat"
