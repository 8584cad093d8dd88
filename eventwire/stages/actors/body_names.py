"""Class *a body the knowledge base files as a person*: the country files
list some armies, agencies and parties among their people ("Free Syrian
Army", "Federal Security Service", "Israel Defence Forces"), so a mention
of one comes out with kind ``person``. Pronoun agreement must treat it as
the body it is: "The Free Syrian Army said it had captured the town" — the
"it" is the army, and a later "he" is not. The head noun of the name (the
word before "of", else the last word) tells: "General Secretary of the
Communist Party" stays a person.
"""

from __future__ import annotations

from eventwire.datafiles import word_list_of
from eventwire.models import ActorMention
from eventwire.paths import DATA_DIR

BODY_HEADS_PATH = DATA_DIR / "actors" / "body_heads.yaml"


# Head nouns of bodies (one list read by the body-name and scene-victim rules).
body_heads = word_list_of(BODY_HEADS_PATH, "heads")


def head_noun(name: str) -> str:
    words = name.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def is_body_person(m: ActorMention) -> bool:
    """A ``person`` mention whose name is headed by a body noun."""
    return m.kind == "person" and head_noun(m.text) in body_heads()
