"""Class *stopping and taking in a party on the move*: COERCE ``arrest``.

Intercepting a boat with its crew ("the frigate intercepted three skiffs",
"the other boats were intercepted") or recapturing an escaped prisoner
("police recaptured two inmates", "a fugitive recaptured last month") takes
people into custody: the PLOVER COERCE table's "arrest, detain". The verbs
carry no mode of their own (intercepting a missile or a phone call is no
arrest), so the object decides: people, or a craft that carries its crew
(``_crewed_craft`` in ``modes.yaml``). A cargo ("intercepted a shipment of
cocaine") stays without a mode. The verbs (``_halting_verbs``) and the craft
are data; the person nouns are the ``_person_nouns`` of the seizing class.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.mode_context import is_person, noun_phrase, objects_of
from eventwire.stages.events.mode_words import crewed_craft, mode_words


def _lists() -> tuple[frozenset[str], frozenset[str]]:
    words = mode_words()
    return words["_halting_verbs"], crewed_craft()


def _taken(trigger: Span) -> list[Token]:
    """The object, the passive subject, or the noun a passive participle
    modifies ("a convicted rapist *recaptured* last month")."""
    root = trigger.root
    found = objects_of(trigger)
    if root.dep_ == "acl" and root.tag_ == "VBN":
        found.append(root.head)
    return found


def takes_in_party(trigger: Span, person_nouns: frozenset[str]) -> bool:
    """Does the trigger intercept or recapture people or a crewed craft?"""
    verbs, craft = _lists()
    if trigger.root.lemma_.lower() not in verbs:
        return False
    return any(is_person(t, person_nouns) or t.lemma_.lower() in craft
               for o in _taken(trigger) for t in noun_phrase(o))
