"""Keeping people or craft from moving is COERCE ``restrict`` (modes39).

The guide's decision (docs/annotation.md, "Mode decisions across the
record sets", relabel49): blocking, stopping or barring people, vehicles or
vessels from entering, leaving, crossing or reaching a place, or from an
activity, is ``restrict`` — the table's closing of a place or a movement.
The cue list of ``restrict`` names the measure ("ban", "blockade",
"cordon"), not the act of standing in someone's way, so the cascade left
these without a mode:

* "a coast guard ship *blocked* a supply vessel near the shoal";
* "troops *blocked* a caravan of migrants leaving the city";
* "soldiers *prevented* deputies from entering the chamber";
* "riot police *kept* the marchers away from the gates";
* "the marchers were *stopped* at the roundabout".

Not this class (no mode, as the guide says): the act stops a deed rather
than a movement ("prevented the hijackers from boarding", "did nothing to
stop the killings": ``_foiled_deeds``), or it is a single stop of a craft
to check or catch it ("tried to stop the smuggling speedboat": ``stop`` and
``halt`` need a party on the move, never a lone craft; "stopped and
searched several people": a stop and search). Word lists are data in
``modes.yaml`` (``_keeping_verbs``, ``_stopping_verbs``, ``_moving_groups``,
``_routes``, ``_foiled_deeds``, ``_check_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.mode_context import is_person, object_parties, objects_of
from eventwire.stages.events.mode_words import crewed_craft, held_craft, mode_words, person_nouns

# a gerund or participle hanging from the kept party: "prevented deputies
# *from entering*", "failed to stop traffickers *crossing* the border"
GERUND_DEPS = {"pcomp", "pobj", "acl", "advcl"}


def keeps_from_moving(trigger: Span) -> bool:
    """Is this COERCE trigger a keeping verb whose party is kept from a
    movement or an activity (see the module docstring)?"""
    root = trigger.root
    words = mode_words()
    lemma = root.lemma_.lower()
    if root.pos_ != "VERB" or lemma not in words["_keeping_verbs"]:
        return False
    stopping = lemma in words["_stopping_verbs"]
    if stopping and any(c.lemma_.lower() in words["_check_verbs"] for c in root.conjuncts):
        return False  # a stop and search
    gerund = _kept_from(root)
    if gerund is not None:
        return gerund.lemma_.lower() not in words["_foiled_deeds"]
    parties = [t for o in _undergoers(root) for t in object_parties(o)]
    if not parties:
        return False
    if stopping:
        return any(_on_the_move(t) for t in parties)
    return any(_on_the_move(t) or _craft_or_route(t) for t in parties)


def _undergoers(root: Token) -> list[Token]:
    """The kept party: the verb's object or passive subject, or the object
    a coordinated verb shares with it ("*blocked* and shadowed two
    vessels": the object hangs from the last verb)."""
    found = objects_of(root.doc[root.i:root.i + 1])
    if found:
        return found
    return [c for conj in root.conjuncts if conj.i > root.i and conj.pos_ == "VERB"
            for c in conj.children if c.dep_ == "dobj"]


def _kept_from(root: Token) -> Token | None:
    """The verb of a "from <gerund>" complement of the keeping verb or of its
    object ("blocked the Speaker, head of the party, from entering"), or a
    participle on the object ("stop traffickers crossing"); None if none."""
    heads = [root] + [t for o in objects_of(root.doc[root.i:root.i + 1])
                      for t in o.subtree if t.dep_ not in ("relcl",)]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                verbs = [g for g in child.children if g.dep_ in GERUND_DEPS and g.tag_ == "VBG"]
                if verbs:
                    return verbs[0]
            if head is not root and child.dep_ == "acl" and child.tag_ == "VBG":
                return child
    return None


def _on_the_move(tok: Token) -> bool:
    """People, or a group or convoy that moves ("a caravan", "the march")."""
    if tok.lemma_.lower() in mode_words()["_foiled_doers"]:
        return False
    return is_person(tok, person_nouns()) or tok.lemma_.lower() in mode_words()["_moving_groups"]


def _craft_or_route(tok: Token) -> bool:
    """A vessel or vehicle, or a way in or out ("the road", "the crossing")."""
    lemma = tok.lemma_.lower()
    words = mode_words()
    return lemma in held_craft() or lemma in crewed_craft() or lemma in words["_vehicles"] \
        or lemma in words["_routes"]
