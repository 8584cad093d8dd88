"""Class *event told again* (issue #12, branch dates3): a definite event
noun that names an event the text has already dated takes that date.

"Gunmen stormed a hotel on Tuesday. On Wednesday the president condemned
the attack" — "the attack" is Tuesday's storming, not the condemnation's
Wednesday; "police arrested three suspects in connection with the
bombing", "ordered an investigation into the shooting", "denied the
airstrike" likewise. Nouns otherwise take the time of the clause that
carries them (:mod:`eventwire.stages.time.governing`), which is right for a
new event ("announced a ceasefire on Friday") but wrong for one the text
told before. Only a noun with a definite determiner or a possessive ("the
attack", "this week's raid", "Tuesday's shelling" has its own date and is
left alone), in the singular (a plural names a series that began before
its last episode: "the protests", "the riots"), and an earlier body event
in an earlier sentence with the same lemma or PLOVER type, dated from the
text, qualify. The earlier act told by the noun's own word is preferred to a
nearer one that only shares its type (real66: "the arrest" after "arrested"
and a later custody order; measured real66_r2 vs r1 on 40 sets: date +8/-3,
real +2/-0; background +3/-2, real +1/-1: "The trial will resume Monday"
took an earlier "trial"'s passing date, background, where the nearer
accusation gave the wrong day but no background).

Branch dates20 adds the class *a told event dated again*: the noun as the
subject of a verb of happening with a date of its own ("The attack took
place late on Wednesday", "The violence erupted on Monday", "The unrest
broke out on Monday", "The fighting began on Thursday") is dated by that
clause — the sentence says when the event was, which beats the date of an
earlier mention (often the report's or the headline's day). So does the
object of a verb of performing with a date in its own clause ("The army
launched its offensive on Thursday", "Troops carried out the raid before
dawn on Sunday", "Rebels staged the ambush in April").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import PLOVER_TYPES, EventMention, TimeValue, Timex
from eventwire.stages.events.lexicon import load_lexicon
from eventwire.stages.events.noun_doers import STAGE_FORMS
from eventwire.stages.time.act_kinds import ACT_KINDS
from eventwire.stages.time.governing import governing, token_at

DEFINITE = {"the", "this", "that", "these", "those"}
TEXT_ANCHORS = {"explicit", "narrative", "speech", "sentence"}
# verbs of happening whose subject is the event itself ("happened", "erupted"),
# the one list the episode and dated-after rules read; this module's told-event
# rule adds the verbs of onset ("began", "started"); with a particle or object
HAPPEN_LEMMAS = frozenset({"happen", "occur", "unfold", "erupt"})
ONSET_LEMMAS = frozenset({"begin", "start"})
HAPPEN_PHRASES = frozenset({("break", "out"), ("take", "place")})
TOLD_HAPPEN_LEMMAS = HAPPEN_LEMMAS | ONSET_LEMMAS
# verbs of performing whose object is the event itself
PERFORM_LEMMAS = {"launch", "stage", "mount", "conduct", "unleash"}
PERFORM_PHRASES = {("carry", "out")}
# the lemmatizer reads "staged" as "stag": the word forms, too
PERFORM_FORMS = STAGE_FORMS
# nouns for an episode of any material act, which the lexicon (keyed on the
# acts themselves) does not type: "the incident happened", "the violence erupted"
EPISODE_NOUNS = {"incident", "violence"}


def definite_noun(trigger: Token) -> bool:
    """A noun with a definite determiner or a possessive ("the attack",
    "this shooting", "Tuesday's raid")."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss"
               for c in trigger.children)


def _own_date(doc: Doc, trigger: Token, timexes: list[Timex]) -> bool:
    """A date inside the noun phrase ("the January 3 attack", "Tuesday's
    raid", "the attack on Tuesday")."""
    found = governing(doc, trigger, timexes)
    return found is not None and trigger.left_edge.idx <= found.start <= trigger.right_edge.idx


def happen_verb(verb: Token, lemmas: frozenset[str],
                phrases: frozenset[tuple[str, str]] = HAPPEN_PHRASES,
                deps: tuple[str, ...] = ("prt", "dobj")) -> bool:
    """A verb of ``lemmas`` ("happened", "erupted") or a verb with its
    particle or object in ``phrases`` ("broke out", "took place")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in lemmas or any(
        (lemma, c.lower_) in phrases for c in verb.children if c.dep_ in deps)


def _happen_verb(verb: Token) -> bool:
    """"happened", "erupted", "began"; "broke out", "took place"."""
    return happen_verb(verb, TOLD_HAPPEN_LEMMAS)


def _perform_verb(verb: Token) -> bool:
    """"launched", "staged", "carried out"."""
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and (
        lemma in PERFORM_LEMMAS or verb.lower_ in PERFORM_FORMS or any(
        (lemma, c.lower_) in PERFORM_PHRASES for c in verb.children if c.dep_ == "prt"))


def _dated_happening(doc: Doc, trigger: Token, timexes: list[Timex]) -> bool:
    """Class *a told event dated again*: the noun is the subject of a verb of
    happening or the object of a verb of performing that a date inside its
    own clause governs ("The attack took place late on Wednesday", "launched
    its offensive on Thursday"); not a date of a clause around it ("said on
    Friday that the attack took place near the border")."""
    verb = trigger.head
    happening = trigger.dep_ in ("nsubj", "nsubjpass") and _happen_verb(verb)
    performed = trigger.dep_ == "dobj" and _perform_verb(verb)
    if not (happening or performed):
        return False
    found = governing(doc, verb, timexes)
    return found is not None and verb.left_edge.idx <= found.start <= verb.right_edge.idx


def told_before(doc: Doc, event: EventMention, trigger: Token, timexes: list[Timex],
                dated: list[EventMention]) -> TimeValue | None:
    """The time of the nearest earlier event of the text (an earlier
    sentence) that this definite event noun names again, None otherwise."""
    if trigger.tag_ != "NN" or not definite_noun(trigger) or _own_date(doc, trigger, timexes) \
            or _dated_happening(doc, trigger, timexes):
        return None
    lemma = trigger.lemma_.lower()
    earlier = [o for o in reversed(dated) if o.trigger.start < trigger.sent.start_char
               and o.time.value is not None and o.time.anchor in TEXT_ANCHORS]
    # the act told by its own word first (real66): "the arrest" is the earlier
    # "arrested", not a nearer custody order of the same type ("was ordered held")
    same_word = [o for o in earlier if (tok := token_at(doc, o.trigger.start)) is not None
                 and tok.lemma_.lower() == lemma]
    same_type = [o for o in earlier if event.type == o.type and event.type in PLOVER_TYPES]
    for other in same_word[:1] or same_type[:1]:
        t = other.time
        return TimeValue(value=t.value, granularity=t.granularity, text=t.text,
                         start=t.start, end=t.end, anchor="narrative",
                         background=t.background)
    return None


def names_material_act(noun: Token) -> bool:
    """The noun names a material act: an episode word ("incident",
    "violence") or a noun the trigger lexicon types as one, by its form or
    its lemma ("the shootings", "the raid", "the murder"); not a meeting,
    vote or ceremony ("the talks", "the vote", "the wedding")."""
    lemma = noun.lemma_.lower()
    if lemma in EPISODE_NOUNS:
        return True
    lex = load_lexicon()
    if noun.lower_ in lex.not_events or lemma in lex.not_events:
        return False
    entry = lex.nominals.get(noun.lower_) or lex.nominals.get(lemma) or lex.verbs.get(lemma)
    return entry is not None and ACT_KINDS.get(entry["type"], "other") == "material"
