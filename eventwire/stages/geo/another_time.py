"""Class *an act named as another time's*, split from ``event_place.py``
along its seam: a noun trigger inside a phrase of sequence ("a day after an
attack on an army camp", "in the wake of the bombing") is an act before or
after its clause's own, which the clause's place does not place.
``event_place.place_basis`` asks ``act_of_another_time``;
``tools/place_sequence_split.py`` walks with ``sequence_phrase``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.nlp.cues import default_cues

_CUES = default_cues()
# act_of_another_time: "after", "following" ...; "ahead of", "in the wake of" ...
SEQUENCE_PREPS = _CUES.words("sequence_preps")
SEQUENCE_PREP_HEADS = _CUES.labels("sequence_prep_heads")


def act_of_another_time(place: Token, trigger: Token) -> bool:
    """Class *an act named as another time's*: a noun trigger that is the
    object of a sequence preposition is an act before or after the
    clause's own, which the clause's place does not place ("soldiers shot
    residents of a village near Ouahigouya a day after an attack on an
    army camp", "Belarus freed 52 prisoners in Minsk after the envoy's
    visit", "riots broke out in Tirana following the arrest of the mayor",
    "curfews remain in Jos since the clashes"); a place inside its own
    phrase still does ("after an attack in Kabul"). The noun twin of
    ``place_scope.condition_clause``'s "after / since" clauses. The act
    may be the "of" complement of the preposition's noun ("after the
    start of the protests", "following a series of raids", "since the
    collapse of talks": review70), and the preposition may be of two
    words ("police arrested six men in Quetta in the wake of the bombing",
    "protesters clashed with police in Nairobi ahead of the summit",
    "troops were sent to Kano prior to the elections": review70)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = sequence_phrase(trigger)
    return prep is not None and not prep.left_edge.i <= place.i <= prep.right_edge.i


def sequence_prep(prep: Token) -> bool:
    """A preposition of sequence, of one word ("after") or two ("ahead
    of", "prior to"; "in the wake of", "in the aftermath of": a noun head
    only after "in", not "a wake of oil")."""
    if prep.lower_ in SEQUENCE_PREPS:
        return True
    head = prep.head
    return SEQUENCE_PREP_HEADS.get(head.lower_) == prep.lower_ and \
        (head.pos_ != "NOUN" or head.head.lower_ == "in")


def sequence_phrase(trigger: Token,
                    is_prep: Callable[[Token], bool] = sequence_prep) -> Token | None:
    """The preposition (``is_prep``: of sequence) whose object phrase holds
    ``trigger``: up conjuncts, compounds, appositions and "of" complements
    of a noun (``tools/place_sequence_split.py`` walks the same way)."""
    cur = trigger
    while cur.head != cur:
        if cur.dep_ == "pobj" and is_prep(cur.head):
            return cur.head
        if cur.dep_ in ("conj", "compound", "appos"):
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN":
            cur = cur.head.head
        else:
            return None
    return None
