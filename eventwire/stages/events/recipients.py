"""Which of the recipient candidates fills the slot: the rules' choice, or
none when a small learned ranker says so.

``roles.roles_for`` gathers every option (the parse's candidates in order,
the place of the act, the target in the clause, a nested target) and the
rules' choice; :func:`choose_recipient` returns the rules' choice unless the
packaged ranker (``eventwire/data/events/recipient_ranker.json``, a linear
model over features the parse and the actor stage already computed: the
option's source and rank, its dependency, distance and side of the trigger,
NER label, KB hit, country, kind and sector, the event type, whether it is
the rules' choice, and its relation to the trigger,
``recipient_options.relation_features``) scores "none" above every option
-- the rules' and every other actor mention of the sentence -- and the
rules' choice is not the act's own argument; then none. Why only that: over
rec_a..rec_j (leave-one-set-out) all of a ranker's gain is answering
"none"; re-ranking named options loses. PLOVER's view, which codes a target
almost always, keeps the dropped choice (``recipient_options.store_plover``).
Trained and chosen by ``tools/train_recipient_ranker.py``.

Classes are rules before any choice (:func:`dropped`): *forces moved are
content*, *the court as venue*, and those of ``non_recipients.py`` (*the
place an act happens in*, *the source of a report*, *the victims of a
denied act*).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of
from eventwire.nlp.spans import head_token
from eventwire.paths import DATA_DIR
from eventwire.stages.events.bare_options import FILL_RULES
from eventwire.stages.events.headless_counts import (
    ROLE_DEPS,
    age_alone,
    headless_people,
    named_by_number,
    people_verb,
)
from eventwire.stages.events.held_vessels import held_vessel
from eventwire.stages.events.mention_lookup import NOT_RECIPIENTS, is_actor, look_through
from eventwire.stages.events.non_recipients import TAKE_LEMMAS
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.numeral_anaphors import counted_antecedent
from eventwire.stages.events.owned_things import owner_party
from eventwire.stages.events.pairs import named_pair
from eventwire.stages.events.participants import recipient_mention
from eventwire.stages.events.recipient_codes import recipient_codes
from eventwire.stages.events.recipient_options import (
    extra_options,
    own_argument,
    relation_features,
    store_plover,
)
from eventwire.stages.events.thing_pronouns import thing_it
from eventwire.stages.events.threatened_parties import restricted_by_finding
from eventwire.stages.events.unnamed_targets import unnamed_target

RANKER_PATH = DATA_DIR / "events" / "recipient_ranker.json"
Option = tuple[str, int, ActorMention]
# set by tools/train_recipient_ranker.py to record the options of every trigger
OBSERVER: list[Callable[..., None]] = []

def _bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else ">10"


def option_features(doc: Doc, trigger: Token, kind: str | None, nominal: bool,
                    actor: ActorMention | None, option: Option | None,
                    rule: ActorMention | None) -> list[str]:
    """Names of the binary features of one option (``None``: no recipient)."""
    base = [f"type={kind}", f"nominal={nominal}"]
    if option is None:
        return ["none", *[f"none&{f}" for f in base], f"none&rule_none={rule is None}"]
    src, rank, m = option
    tok = head_token(doc, m)
    same = actor is not None and actor.country is not None and actor.country == m.country
    feats = [f"src={src}", f"src_rank={src}{min(rank, 3)}", f"kind={m.kind}",
             f"rule={m.rule.split('+')[0].split('-')[0]}", f"id={m.actor_id is not None}",
             f"country={m.country is not None}", f"home={'+home' in m.rule}",
             f"sector={m.sectors[0] if m.sectors else None}",
             f"chosen={rule is not None and (rule.start, rule.end) == (m.start, m.end)}",
             f"same_country={same}"]
    if tok is not None:
        prep = tok.head.lower_ if tok.dep_ == "pobj" else ""
        feats += [f"dep={tok.dep_}{prep}", f"ent={tok.ent_type_}",
                  f"dist={_bucket(abs(tok.i - trigger.i))}", f"before={tok.i < trigger.i}"]
    feats += [f"{kind}&{f}" for f in feats[:1] + feats[8:9]]
    if m.rule == "bare_site":  # a site attacked vs a thing moved or searched (recips14)
        feats.append(f"site&type={kind}")
    return feats


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float] | None:
    """The shipped weights and fill margin, read once."""
    if not RANKER_PATH.exists():
        return None
    data = json.loads(RANKER_PATH.read_text(encoding="utf-8"))
    return dict(data["weights"]), float(data.get("fill_margin", 0.0))


def recipient_weights() -> dict[str, float] | None:
    model = _model()
    return None if model is None else model[0]


def fill_margin() -> float:
    """How far below "none" a bare option may score and still fill an empty
    slot (``fill_margin`` of the model file; 0 when it has none). ranker18:
    refit on rec_a..rec_o, -1.0 won topic-clean and leave-one-set-out, on
    real outlets too, where the fitted model alone left most bare sites
    and persons empty."""
    model = _model()
    return 0.0 if model is None else model[1]


def ranking() -> bool:
    """Whether every option must be gathered: a ranker is shipped, or a
    training run observes the choices. Otherwise the rules alone choose and
    later sources are looked at only when earlier ones give none."""
    return bool(OBSERVER) or recipient_weights() is not None


def score(weights: dict[str, float], feats: list[str]) -> float:
    return weights.get("__bias__", 0.0) + sum(weights.get(f, 0.0) for f in feats)


def option_scores(weights: dict[str, float], doc: Doc, trigger: Token, kind: str | None,
                  nominal: bool, actor: ActorMention | None, options: list[Option],
                  rule: ActorMention | None) -> list[tuple[float, ActorMention | None]]:
    """The ranker's score of "none" (first) and of every option: the rules'
    options and every other actor mention of the sentence
    (``recipient_options.extra_options``, flagged ``extra``)."""
    extra = extra_options(doc, trigger, actor, options)
    out: list[tuple[float, ActorMention | None]] = [(score(weights, full_features(
        doc, trigger, kind, nominal, actor, None, rule, False)), None)]
    out += [(score(weights, full_features(doc, trigger, kind, nominal, actor, o, rule,
                                          i >= len(options))), o[2])
            for i, o in enumerate([*options, *extra])]
    return out


def full_features(doc: Doc, trigger: Token, kind: str | None, nominal: bool,
                  actor: ActorMention | None, option: Option | None,
                  rule: ActorMention | None, extra: bool) -> list[str]:
    """The ranker's features of one option: the rules' view
    (:func:`option_features`) and its relation to the trigger."""
    feats = option_features(doc, trigger, kind, nominal, actor, option, rule)
    feats += relation_features(doc, trigger, kind, option)
    return [*feats, "extra"] if extra else feats


def choose_recipient(doc: Doc, trigger: Token, kind: str | None, nominal: bool,
                     actor: ActorMention | None, options: list[Option],
                     rule: ActorMention | None) -> ActorMention | None:
    """The rules' choice, or none when the packaged ranker scores "none"
    above every option (the record guide: a recipient is an actor or
    nothing) and the rules' choice is not the act's own argument
    (``recipient_options.own_argument``). The ranker only ever removes the
    rules' choice: re-ranking the named options lost leave-one-set-out.
    PLOVER's view, which codes a target almost always, keeps the rules'
    choice, and when the rules have none the ranker's best option
    (``recipient_options.store_plover``)."""
    for observe in OBSERVER:
        observe(doc, trigger, kind, nominal, actor, options, rule)
    weights = recipient_weights()
    if weights is None:
        return rule
    if rule is not None and own_argument(doc, trigger, rule):  # kept: nothing to score
        store_plover(doc, trigger, None, True)
        return rule
    if rule is None and any(o[0] == "bare" and o[2].rule in FILL_RULES for o in options):
        filled = fill(weights, doc, trigger, kind, nominal, actor, options)
        if filled is not None:
            return filled
    if rule is None:  # only PLOVER's view wants the best option: scored when it asks
        def best() -> ActorMention | None:
            scored = option_scores(weights, doc, trigger, kind, nominal, actor, options, None)
            named = max((x for x in scored[1:] if x[1] is not None and not
                         x[1].rule.startswith("bare_")), key=lambda x: x[0], default=None)
            return None if named is None else recipient_codes(doc, actor, named[1], kind)
        store_plover(doc, trigger, best, False)
        return None
    scored = option_scores(weights, doc, trigger, kind, nominal, actor, options, rule)
    drop = len(scored) > 1 and scored[0][0] > max(x[0] for x in scored[1:])
    store_plover(doc, trigger, recipient_codes(doc, actor, rule, kind) if drop else None, True)
    return None if drop else rule


def fill(weights: dict[str, float], doc: Doc, trigger: Token, kind: str | None, nominal: bool,
         actor: ActorMention | None, options: list[Option]) -> ActorMention | None:
    """Class *an unnamed person acted on* (``bare_options.bare_objects``:
    "arrested him", "stabbed his wife", "shot his colleagues"): when the
    rules found no recipient, the ranker may fill the slot with a bare
    person noun or pronoun the parse names as the act's object -- only when
    that option scores above "none" and above every other option. Chosen
    leave-one-set-out over rec_a..rec_k (recips11); filling from other
    mentions of the clause lost on the real-outlet subset."""
    scored = option_scores(weights, doc, trigger, kind, nominal, actor, options, None)
    best = max(range(1, len(scored)), key=lambda i: scored[i][0])
    m = scored[best][1]
    if m is None or best > len(options) or scored[best][0] <= scored[0][0] + fill_margin() \
            or options[best - 1][0] != "bare" or m.rule not in FILL_RULES:
        return None
    store_plover(doc, trigger, None, False)
    return m


def mobilised(kind: str | None, m: ActorMention) -> bool:
    """Class *mobilised forces are content*: the troops, jets or ships a
    side deploys, sends or puts on alert ("deployed 2,000 troops",
    "scrambled fighter jets", "ordered the security forces to open fire")
    are what it mobilises, not whom it acts on."""
    return kind == "MOBILIZE" and m.kind == "agent" and bool(
        {"MIL", "UAF", "COP"} & set(m.sectors))


# free-choice pronouns: whom a threat names ("anyone who breaks the curfew")
FREE_CHOICE = {"anyone", "anybody", "whoever", "everyone", "those"}


def no_one(tok: Token) -> bool:
    """Class *an unrestricted "anyone" names nobody*: "denied that officers
    had beaten anyone", "did not attack anybody" -- only a restricted one
    is a party ("warned that anyone who breaks the curfew", "vowed to
    punish those responsible", "anyone involved in the killings"; recip65:
    "anyone found with a weapon" with "found" misparsed as its verb)."""
    return tok.lower_ in FREE_CHOICE - {"those"} and not any(
        c.dep_ in ("relcl", "acl", "prep", "amod") for c in tok.children) \
        and not restricted_by_finding(tok)


def found_mentions(doc: Doc, candidates: list[Token], actor: ActorMention | None,
           kind: str | None = None) -> list[ActorMention]:
    """The recipient mentions of the candidate tokens, in order, without
    dates and numbers, mobilised forces, and the actor itself. Class
    *quantified recipients*: a number is seen through to what it counts
    ("fired at hundreds of protesters", "freed 13 of the hostages",
    "detained dozens of students") before dates and numbers are dropped."""
    found = [m for m in (counted_people(doc, t, kind) or recipient_mention(doc, t)
                         or conflict_parties(doc, t) or attacked_place(doc, t, kind)
                         or held_vessel(t, kind)  # "seized five trawlers" (recip45)
                         or thing_it(doc, t, kind, actor)  # "detained a trawler, escorted it"
                         or owner_party(doc, t)  # "took the officers' weapons" (recip48)
                         for t in candidates if _may_be_party(t, kind))
             if m is not None and not mobilised(kind, m)]
    if actor is not None:  # the actor is not its own recipient ("met with each other",
        # "offered its troops to Lebanon": its own troops are the content)
        found = [m for m in found if (m.start, m.end) != (actor.start, actor.end) and not (
            m.rule.endswith("+possessor") and m.country == actor.country)]
    return found


def _may_be_party(tok: Token, kind: str | None) -> bool:
    """No date, amount or number, but a bare count for the types acting on
    people (``COUNTED_TYPES``; mends24: "approved 12" passed), an age or an
    ordinal naming a person ("the 10-year-old was shot", "a third was
    shot": ``headless_counts.named_by_number``, recip56); no "anyone"."""
    return (look_through(tok).ent_type_ not in NOT_RECIPIENTS
            or ((kind in COUNTED_TYPES or people_verb(tok, kind)) and bare_count(tok))
            or named_by_number(tok, kind)) \
        and not no_one(tok)


# violence against a place: "shelled the town", "rioters set fire to buildings"
VIOLENT_TYPES = {"ASSAULT", "PROTEST"}
# acts whose bare count is people: the harmed and the detained
COUNTED_TYPES = {"ASSAULT", "COERCE"}
# a bare number after these is an hour of the clock: "at 11", "until 6", "by 9"
CLOCK_PREPS = {"at", "by", "until", "till", "around", "before", "after", "since"}
# modes whose object is property (modes.yaml): "destroyed 6", "seized 40" count things
THING_MODES = (("ASSAULT", "destroy"), ("COERCE", "seize"), ("COERCE", "censor"))


@lru_cache(maxsize=8)
def thing_verbs(kind: str) -> frozenset[str]:
    """The one-word cues of ``kind``'s property modes, read once from
    modes.yaml (a count "seized" in an abduction is people)."""
    from eventwire.stages.events.mode_cues import load_cues

    cues = load_cues()
    return frozenset(c[0] for k, mode in THING_MODES if k == kind for c in cues[k][mode]
                     if len(c) == 1)


# plural round-number nouns that count people alone: "arrested dozens"
CROWD_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores"})


def crowd_count(tok: Token) -> bool:
    """Class *a round plural count standing for people* (recips30): headlines
    and leads name the held or harmed by a plural count noun alone --
    "police arrest dozens as protests spread", "security forces detained
    hundreds overnight", "scores were wounded when troops opened fire";
    "dozens of students" is seen through to the students before this."""
    return tok.lower_ in CROWD_COUNTS and tok.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj")


def bare_count(tok: Token) -> bool:
    """A number standing alone for people: no noun it counts, no "of"
    after it ("15 of them": seen through) or before it ("a mother of 12"),
    no clock time ("at 4:31", "arrested him at 11": a bare number after a
    preposition of time), no "no one", no reciprocal "one another" (the
    actors themselves); or a round plural count (:func:`crowd_count`)."""
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    # the NER may tag a count noun by the time beside it ("hundreds overnight")
    return (tok.like_num and tok.ent_type_ in ("CARDINAL", "") or crowd_count(tok)) \
        and tok.dep_ != "nummod" \
        and tok.head.lower_ != "of" and not any(
            c.lower_ in ("of", "no") or c.dep_ == "neg" for c in tok.children) \
        and after != ":" and not (tok.lower_ == "one" and after == "another") \
        and not (tok.dep_ == "pobj" and tok.head.lower_ in CLOCK_PREPS)


def counted_people(doc: Doc, tok: Token, kind: str | None) -> ActorMention | None:
    """Class *a bare count of people harmed or held* (recips22): headlines
    and terse leads name the victims or the detained only by their number
    ("22 killed in fuel protests", "police arrest 17 at blockade", "a strike
    killing 31", "Three killed in bank fire"); the count is the recipient,
    civilians of the story's country, as ``unnamed_target`` codes people
    with no name."""
    counted = kind in COUNTED_TYPES
    number = bare_count(tok) and (counted or tok.dep_ in ROLE_DEPS and people_verb(tok, kind))
    if not (number or headless_people(tok, kind, counted)) \
            or counted and tok.head.lemma_.lower() in thing_verbs(kind):
        return None
    from eventwire.stages.actors.home import story_country

    # an age is named whole: "the 10-year-old" -> "10-year-old" (recip56)
    first = next(t for t in tok.subtree if t.dep_ != "det") if age_alone(tok) else tok
    told = counted_antecedent(doc, tok)  # "the three" -> "three opposition activists" (recip65)
    return ActorMention(start=first.idx, end=tok.idx + len(tok.text),
                        text=text_of(doc)[first.idx:tok.idx + len(tok.text)], kind="agent",
                        country=told.country if told and told.country else story_country(doc),
                        sectors=list(told.sectors) if told else ["CVL"], confidence=0.3,
                        rule="unnamed")


# a place taken is territory, not people: "seized the border town", "recaptured the city"
# (curated.yaml's one list of taking, with entering or ringing it; review32)
TAKE_VERBS = TAKE_LEMMAS | word_classes()["surrounding_verbs"]


def attacked_place(doc: Doc, tok: Token, kind: str | None) -> ActorMention | None:
    """Class *a place attacked stands for its people* (docs/annotation.md:
    "shelled Gaza"): an unnamed town, neighbourhood, camp or bus that is
    shelled, raided or set on fire ("insurgents attacked the town",
    "strikes hit residential areas", "gunmen fired on a bus") is its
    people (CVL, the story's country) -- a bus, tram, train or vessel its
    operator (BUS, recip66); only for acts of violence, never
    "visited the town", nor a place taken ("seized the town": territory;
    ``attacked_places`` in roles.yaml)."""
    if kind not in VIOLENT_TYPES or tok.head.lemma_.lower() in TAKE_VERBS:
        return None
    return unnamed_target(doc, tok, "attacked_places")


# "both sides", "all parties", "the two parties", "the warring sides"
PARTY_HEADS = {"side", "sides", "party", "parties"}
PARTY_MARKS = {"both", "all", "two", "warring", "rival", "opposing", "feuding"}


def conflict_parties(doc: Doc, tok: Token) -> ActorMention | None:
    """Class *the sides of a conflict addressed*: "urged both sides to
    exercise restraint", "called on all parties to return to talks",
    "ordered the two parties to withdraw", "appealed to the warring sides":
    the parties of the story's conflict, an actor of the story's country
    with no sector (``home_country``); "political parties", "opposition
    parties" are not the sides of a conflict (no other modifier allowed)."""
    if tok.lower_ not in PARTY_HEADS:
        return named_pair(doc, tok)  # "urged both to end it" (``pairs``)
    mods = [c for c in tok.children if c.dep_ in ("det", "amod", "nummod", "predet", "quantmod")]
    words = {c.lower_ for c in mods}
    if not words & PARTY_MARKS or words - PARTY_MARKS - {"the", "all"}:
        return None
    from eventwire.stages.actors.home import story_country

    span = doc[tok.left_edge.i:tok.i + 1]
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text, kind="agent",
                        country=story_country(doc), sectors=[],
                        confidence=0.3, rule="parties")


def first_choice(found: list[ActorMention]) -> ActorMention | None:
    """The rules' choice: the first resolved actor (an id or a country), then
    the first generic agent, then the first mention."""
    return next((m for m in found if m.actor_id or m.country), None) or next(
        (m for m in found if is_actor(m)), found[0] if found else None)
