"""Is an event mention the same event as an earlier, placed one? (retell12)

The largest class of event-place errors (docs/BENCHMARKS.md "place12") is
the event *told again*: gold gives a retelling the place of its first
telling, but most unplaced events after a placed one are *new* acts of the
story, which gold leaves unplaced. The place stage had no signal that two
mentions of one article are one event. This module gives it one, cheaply
(no parse beyond spaCy's, no vectors): for an event and each earlier
event of an earlier sentence the rules placed (nearest first, at most
``MAX_ANTECEDENTS``), binary features of the pair — same PLOVER type, same
trigger lemma or derivational stem ("the attack" after "attacked"), a
definite noun trigger, shared actor / recipient, dates that agree or
differ, a place or date of its own in the later sentence, the distance —
scored by a small logistic model of "same gold cluster"
(``tools/train_place_chooser.py``, fitted on the gold ``cluster`` field of
rec_a..rec_l). The best antecedent's place becomes the chooser's
``coref`` candidate, with its probability as a feature.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.corpus.lemma_pairs import same_stem
from eventwire.models import ActorMention, EventMention, PlaceMention

MAX_ANTECEDENTS = 6
DETERMINERS = {"the", "this", "that", "these", "those"}
PROB_EDGES = (0.1, 0.2, 0.35, 0.5, 0.7)


@dataclass
class Antecedent:
    """An earlier placed event ``index`` and the features of the pair."""

    index: int
    place: PlaceMention
    feats: list[str]


def _who(a: ActorMention | None) -> str | None:
    """An actor's identity for "the same participant": its id, else its
    lower-cased text (pronouns count: they mostly point back)."""
    if a is None:
        return None
    return a.actor_id or (a.name or a.text).lower()


def _definite(tok: Token) -> bool:
    return any(c.lower_ in DETERMINERS for c in tok.children)


def _own_date(event: EventMention) -> bool:
    """The later mention states a date of its own in its sentence."""
    t = event.time
    return (t.anchor == "explicit" and t.start is not None
            and event.sentence.start <= t.start < event.sentence.end)


def _date_rel(a: EventMention, b: EventMention) -> str:
    va, vb = a.time.value, b.time.value
    if va is None or vb is None:
        return "unknown"
    return "same" if va[:10] == vb[:10] else "differ"


def pair_feats(later: EventMention, earlier: EventMention, toks: tuple[Token, Token],
               rank: int, gap: int, places_here: int) -> list[str]:
    """What says the later mention retells the earlier one (``toks``: the
    two triggers' head tokens, later first)."""
    lt, et = toks
    la, le = lt.lemma_.lower(), et.lemma_.lower()
    noun = lt.pos_ in ("NOUN", "PROPN")
    definite = noun and _definite(lt)
    same_type = later.type == earlier.type
    stem = same_stem(la, le)
    actor = _who(later.actor)
    recip = _who(later.recipient)
    out = [f"same_type={same_type}", f"same_lemma={la == le}", f"same_stem={stem}",
           f"noun={noun}", f"definite={definite}", f"earlier_verb={et.pos_ == 'VERB'}",
           f"actor={'none' if actor is None else actor == _who(earlier.actor)}",
           f"recipient={'none' if recip is None else recip in (_who(earlier.recipient), _who(earlier.actor))}",
           f"date={_date_rel(later, earlier)}", f"own_date={_own_date(later)}",
           f"places_here={min(places_here, 2)}", f"rank={min(rank, 2)}",
           f"gap={min(gap, 5)}", f"mod={later.factuality.modality}"]
    out += [f"type_stem={same_type}&{stem}", f"type_def={same_type}&{definite}",
            f"stem_noun={stem}&{noun}", f"type_places={same_type}&{min(places_here, 1)}"]
    return out


def antecedents(events: list[EventMention], tokens: list[Token | None],
                rules: list[PlaceMention | None], i: int, places_here: int
                ) -> list[Antecedent]:
    """The earlier events of earlier sentences the rules gave a stated
    place, nearest first, each with the pair's features (``tokens``: each
    event's trigger head, ``event_place.trigger_token``)."""
    here = events[i].sentence.start
    later = tokens[i]
    if later is None:
        return []
    out: list[Antecedent] = []
    sentences: set[int] = set()
    for j in range(i - 1, -1, -1):
        ev = events[j]
        sentences.add(ev.sentence.start)
        p = rules[j]
        tok = tokens[j]
        if ev.sentence.start >= here or p is None or p.basis == "focus" or tok is None:
            continue
        gap = len(sentences - {here})
        out.append(Antecedent(j, p, pair_feats(events[i], ev, (later, tok), len(out), gap,
                                               places_here)))
        if len(out) >= MAX_ANTECEDENTS:
            break
    return out


def probability_bucket(p: float) -> str:
    """The coreference probability as a feature of the chooser."""
    for e in PROB_EDGES:
        if p < e:
            return f"p<{e}"
    return f"p>={PROB_EDGES[-1]}"
