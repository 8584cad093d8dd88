"""Class *people named by their kinship* (issue #12, branch actors57).

A relative is a private person: "the victim's brother", "the boy's family",
"Son charged with killing mother", "his widow" are civilians (CVL) in the
record guide, whoever their relative is. When the actor stage found no
mention for such a phrase, the event stage builds its participant from the
parse with no sector, and the learned resolver, which fills an empty
sector from the mention's words and the event's type, guessed a state's
sector for words it had rarely seen: "the boy's family contests the police
account" GOV, "Son charged with killing mother" MIL, "the brother of the
accused gunman threatened a witness" GOV. Such a participant now gets CVL
before the resolver fills a sector, as ``lone_offenders`` does for a lone
crime's doer:

* a singular kin noun of ``data/actors/person_nouns.yaml`` (``kin``:
  mother, father, son, daughter, husband, wife, brother, sister) or its
  plural, as the phrase's last word ("the alleged shooter's brother",
  "Son", "her sisters");
* the words for a family as a group: family, families, relatives, parents,
  widow, widows, siblings.

Only a participant with no sector at all built from the parse (``parse``
rules): a kin word inside a body's name the actor stage coded ("the
Muslim Brotherhood", "Mothers of the Plaza de Mayo" as an NGO) keeps its
codes. A gang's man named by his kinship ("the gunman's brother threatened
the witness") is then CVL, and ``gang_doers`` joins UAF where the story
names the gang.

Measured (37 development sets, ``tools/records_diff.py``, after
``gang_doers``): actor +5 / -0, all on real texts (ECB+ topics 19, 32 and
33: "the boy's family", "Son" twice, "the brother of the accused gunman"
twice), first-sector reading +3 / -0, every other field unchanged; GSR
actors (``eval actors``) byte-identical.
"""

from __future__ import annotations

from eventwire.models import ActorMention, EventMention
from eventwire.stages.actors.person_nouns import kin_nouns
from eventwire.stages.actors.surnames import name_words

CIVILIAN = "CVL"
FAMILY_WORDS = frozenset({"family", "families", "relatives", "parents", "widow", "widows",
                          "siblings"})
PARSE_RULE = "parse"


def _last_word(text: str) -> str:
    return (name_words(text.lower()) or [""])[-1]


def is_kin(m: ActorMention) -> bool:
    """A parse-built participant with no sector whose last word names a
    relative (module docstring)."""
    if m.sectors or m.actor_id or m.rule.split("+")[0] != PARSE_RULE:
        return False
    word = _last_word(m.text)
    kin = kin_nouns()
    return word in kin or word in FAMILY_WORDS or (word.endswith("s") and word[:-1] in kin)


def kin_event_people(events: list[EventMention]) -> None:
    """CVL for each event's parse-built participant named by its kinship,
    before the resolver fills a sector (module docstring)."""
    for event in events:
        for m in (event.actor, event.recipient):
            if m is not None and is_kin(m):
                m.sectors = [CIVILIAN]
