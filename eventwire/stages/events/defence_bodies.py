"""Class *a defence ministry using force* (actors26): "Taiwan's defence
ministry said it had scrambled jets and deployed missile systems", "the
Pentagon deployed two carriers": the body that commands the armed forces
acts through them when it mobilises or attacks, as ``roles.armed_state``
has a state do; MIL joins its sectors (its GOV stays: the record guide
codes the ministry itself GOV, its forces' acts MIL). Read from the
mention's own text or its antecedent's (an "it" whose antecedent is the
ministry); words in ``defence_bodies.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from eventwire.datafiles import word_lists
from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list, text_of
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "defence_bodies.yaml"
LEFT_WINDOW = 12  # "defence " / "Defense " before a mention of "ministry"
MAX_CHAIN = 4


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = word_lists(WORDS, ("defence_bodies",))["defence_bodies"]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def is_defence_body(doc: Doc, actor: ActorMention) -> bool:
    """Whether the mention, or the mention it stands for (an "it" whose
    antecedent is "the defence ministry"), is a defence ministry: its text
    with the modifier words just before it (the parse's mention is often
    the head "ministry" alone). A match must run into the mention: "Outside
    the Pentagon, American protesters" makes no defence body of them."""
    text = text_of(doc)
    mentions = get_list(doc, "actor_mentions")
    cur: ActorMention | None = actor
    for _ in range(MAX_CHAIN):
        if cur is None:
            return False
        lo = max(0, cur.start - LEFT_WINDOW)
        if any(found.end() > cur.start - lo
               for found in _pattern().finditer(text[lo:cur.end])):
            return True
        index = cur.antecedent
        cur = mentions[index] if index is not None and 0 <= index < len(mentions) else None
    return False
