"""Class *a medium banned, blocked or restricted*: COERCE ``censor`` (modes43).

"Banned TikTok", "will block TikTok for a year", "the channel would be
banned", "banned Russian television channels", "access to X, YouTube and
Instagram was restricted", "an internet ban": the trigger's own word is a
``restrict`` cue (ban, bar, restrict) or none, but what is closed is a
medium, and the manual's ``censor`` is closing or blocking the media and
the means of communication. The records label every such act ``censor``
(modes.yaml already lists "internet", "broadcaster", "radio station" as
clause cues; the trigger's ``restrict`` word won before the clause was
read). A road, a strait, a vessel or people banned or blocked keep
``restrict``; "the English Channel" and a shipping channel are waterways.

Read on the act's objects: the direct object or passive subject, the
"of" / "on" / "to" object ("a ban on TikTok", "access to X"), a noun
trigger's compound ("an *internet* ban"), a participle's noun ("channels
*banned* last year"), and their conjuncts. Words are data (``_media_nouns``,
``_media_modifiers``, ``_waterway_modifiers`` in ``modes.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.mention_lookup import prep_objects
from eventwire.stages.events.mode_context import objects_of
from eventwire.stages.events.mode_words import mode_words

OBJECT_PREPS = frozenset({"on", "to", "of"})
# an object that names the way in to what is closed: "restricted *access* to
# X", "a *ban* on TikTok" (not "blocked the road to the radio station")
WAY_IN_NOUNS = {"access", "ban", "restriction", "broadcast", "transmission"}
# "X" is a medium only as the platform's name (upper case, a name)
SINGLE_LETTER_NAMES = {"x"}


def _acted_on(trigger: Span) -> list[Token]:
    """The act's objects (see the module docstring), with their conjuncts
    and the "on" / "to" / "of" objects of a ``WAY_IN_NOUNS`` object."""
    root = trigger.root
    found = objects_of(trigger) + prep_objects(root, OBJECT_PREPS)
    if root.dep_ == "acl" and root.tag_ == "VBN":
        found.append(root.head)
    if root.pos_ == "NOUN":
        found += [c for c in root.children if c.dep_ == "compound"]
    found += [g for t in list(found) if t.lemma_.lower() in WAY_IN_NOUNS
              for g in prep_objects(t, OBJECT_PREPS)]
    return found + [c for tok in found for c in tok.conjuncts]


def _is_medium(tok: Token) -> bool:
    """A platform, channel, station, newspaper or the internet; not a
    waterway ("the English Channel", "a shipping channel")."""
    words = mode_words()
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    if not mods.isdisjoint(words["_waterway_modifiers"]):
        return False
    if tok.lower_ in SINGLE_LETTER_NAMES:
        return tok.text.isupper() and tok.pos_ == "PROPN"
    if tok.lower_ in words["_media_nouns"] or tok.lemma_.lower() in words["_media_nouns"]:
        return True
    return tok.lemma_.lower() in ("station", "outlet") and \
        not mods.isdisjoint(words["_media_modifiers"])


def bans_a_medium(trigger: Span) -> bool:
    """Is a medium among what the COERCE act closes, bans or restricts?"""
    return any(_is_medium(t) for t in _acted_on(trigger))
