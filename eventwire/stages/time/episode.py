"""Class *episode continuation* (issue #12, branch dates4): an undated past
act that goes on telling the episode of a dated act takes that act's date.

News tells an episode as a run of past-simple sentences after the one that
dates it: "On Monday, gunmen stormed a school in Kankara. They seized 30
pupils. Police exchanged fire with the attackers." — the seizing and the
exchange of fire happen on Monday, though no expression in their sentences
says so (the guide: an event takes the most precise date the article gives
it). The text's last *expression* is not the right anchor (it may date a
statement or a plan), nor is the publication date: the anchor is the
nearest earlier act the text has dated, with its value and granularity
("In March, troops shelled the town. Residents fled." -> March).

The act continues the episode only when nothing says it does not:
* it is a past simple (no perfect, no modal, no progressive), asserted or
  reported, and a material act (assaults, coercion, protests, mobilisation,
  aid, retreat: not a statement — the guide leaves reactions and claims
  without a day of their own undated);
* its sentence has no shift cue ("earlier", "since", "ago", "last year",
  "previously", "already", "before", "in the past");
* the anchor is a dated material act of the text's own time line (not the
  publication date, not a headline), in one of the ``MAX_GAP`` sentences
  before, with no paragraph break between them unless the text sets one
  sentence per paragraph (wire copy), and no sentence in between that
  gives a calendar date (a new time, a topic shift).

Branch dates6 adds three classes seen in real reports (rec_c, rec_g):
* *dating clause*: a sentence that dates the episode without an act of its
  own ("The incident happened yesterday", "The ambush took place on
  Sunday", "The shooting occurred Monday night") anchors the acts told
  after it like a dated act, up to ``SEQUENCE_GAP`` sentences on: it says
  which day the whole episode is (:func:`dating_clauses`);
* *sequence adverb*: an act whose sentence opens with "Later", "Then",
  "Afterwards", "Soon after" (or whose main verb has "then") goes on with
  the episode by its own word, so it reaches ``SEQUENCE_GAP`` sentences
  back, across a flashback in the past perfect (:func:`opens_sequence`);
* *possession "had"*: only "had" as an auxiliary (a past perfect) is a
  look-back between anchor and act, not the main verb ("The three boats
  had 26 crew on board"); an attempt ("tried to attack") and an -ing
  adjunct ("walked in, firing a shot") continue the episode like their
  past-simple host verb.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventwire.models import EventMention, TimeValue, Timex
from eventwire.nlp.extensions import text_of
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import first_conjunct, heads_above
from eventwire.stages.time.act_kinds import act_kind, happened
from eventwire.stages.time.anaphora import (
    DEFINITE,
    HAPPEN_LEMMAS,
    happen_verb,
    names_material_act,
)
from eventwire.stages.time.clauses import attempt_host
from eventwire.stages.time.governing import SEQUENCE_WORDS, governing, token_at
from eventwire.stages.time.ranges import timex_range
from eventwire.stages.time.undated_features import calendar_value, sentence_index, sentences

MAX_GAP = 1
SEQUENCE_GAP = 3
TOLD_GAP = 8  # how far back "After the raid," looks for the raid told before
# sentence-opening adverbs that say the act follows the one told before:
# SEQUENCE_WORDS (governing.py, one list)
SEQUENCE_PAIRS = {("soon", "after"), ("shortly", "after"), ("soon", "afterwards"),
                  ("shortly", "afterwards"), ("after", "that"), ("after", "this")}
OPENERS = {"but", "and", "so", "yet", ","}
# "take place": the one phrase of happening read here (with its object)
TAKE_PLACE = frozenset({("take", "place")})
HAPPENED = ("asserted", "reported")
# not yet real: an event in one of these modalities takes only a date that
# governs it (``anchoring.rule_time``)
UNREALISED = {"future", "hypothetical", "conditional"}
# an anchor must have taken place: a threat or demand made is an act of the
# day; a planned, hypothetical, conditional, negated or denied one is not
NOT_HAPPENED = UNREALISED | {"negated", "denied"}
TEXT_ANCHORS = {"explicit", "narrative", "sentence"}
SHIFT_CUES = {"earlier", "since", "ago", "previously", "already", "before", "last", "past",
              "formerly", "former", "once", "originally", "history", "years", "decades",
              "then-"}
EVENT_KINDS = {"material", "meeting"}


def past_simple(trigger: Token) -> bool:
    """A verb in the past simple, active or passive ("seized", "were
    killed"); a noun inside such a clause ("clashes broke out")."""
    verb = trigger
    if trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "pcomp", "conj", "xcomp"):
        return _participle_host(trigger)
    if trigger.pos_ in ("NOUN", "PROPN"):
        host = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if host is None:
            return False
        verb = host
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers - {"was", "were"} or any(a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return not lowers
    return verb.tag_ == "VBN" and (bool(lowers) or verb.dep_ in ("ROOT", "conj"))


def _participle_host(trigger: Token) -> bool:
    """Class *participle of a past act* (branch dates6): "She walked in,
    firing a shot", "overturning cars and setting fire to banks", "police
    responded by firing tear gas" — the -ing adjunct happens with the past
    simple verb it hangs from."""
    for cur in heads_above(trigger, 4):
        if cur.pos_ in ("VERB", "AUX") and cur.tag_ != "VBG":
            return past_simple(cur)
    return False


def shifted(trigger: Token) -> bool:
    return any(t.lower_ in SHIFT_CUES for t in sent_of(trigger))


def _dated_between(doc: Doc, timexes: list[Timex], start: int, end: int) -> bool:
    """A calendar date between two offsets: the time line moved on."""
    return any(start <= t.start < end and calendar_value(t) is not None for t in timexes)


def episode_time(doc: Doc, event: EventMention, trigger: Token, timexes: list[Timex],
                 dated: list[EventMention], published: date) -> TimeValue | None:
    """The time of the dated act whose episode this undated act continues,
    None when it continues none."""
    if not happened(event) \
            or act_kind(event) not in EVENT_KINDS \
            or not past_simple(attempt_host(trigger) or trigger) or shifted(trigger):
        return None
    text = text_of(doc)
    first_break = text.find("\n")
    if trigger.idx <= first_break:  # a headline: dated by the body or not at all
        return None
    noun = told_event_noun(sent_of(trigger))
    told = told_event_time(doc, noun, dated, timexes, published) if noun is not None else None
    if told is not None:  # class *sequence phrase on a told event*
        return told
    sequence = noun is not None or opens_sequence(trigger)
    anchor = _anchor(doc, trigger, dated, first_break, published,
                     SEQUENCE_GAP if sequence else MAX_GAP, timexes)
    if anchor is None:
        return None
    t, tok = anchor
    if _dated_between(doc, timexes, sent_of(tok).end_char, sent_of(trigger).start_char) \
            or _shift_between(doc, tok, trigger, sequence):
        return None
    return TimeValue(value=t.value, granularity=t.granularity, text=t.text,
                     start=t.start, end=t.end, anchor="narrative", background=t.background)


def opens_sequence(trigger: Token) -> bool:
    """Class *sequence adverb*: the act's sentence opens (after "But", "And")
    with "Later", "Then", "Afterwards", "Soon after", "After that" — the
    writer says it follows the act told before. "Later that year" is a date
    of its own (:mod:`eventwire.stages.time.sameunit`), handled before. A
    sentence opening on a told event ("After the raid,") is a sequence too:
    the caller has that noun already (:func:`told_event_noun`)."""
    root = sent_of(trigger).root
    if any(c.lower_ == "then" and c.dep_ == "advmod"
           for c in (*root.children, *trigger.children)):
        return True  # "Hiller then shot the three victims"
    words = [t.lower_ for t in sent_of(trigger) if not t.is_space]
    while words and words[0] in OPENERS:
        words.pop(0)
    if not words:
        return False
    if words[0] in SEQUENCE_WORDS:
        return len(words) < 2 or words[1] not in ("that", "this", "in", "on")
    return len(words) > 1 and (words[0], words[1]) in SEQUENCE_PAIRS


def told_event_noun(sent: Span) -> Token | None:
    """Class *sequence phrase on a told event* (dates15): the sentence opens
    with "After the raid,", "Following the battle,", "In the wake of the
    clashes,", "During the operation," — a definite event noun the text has
    told, which this sentence's acts follow or fall within; the noun, None
    when the sentence has no such phrase. Not a bare or indefinite noun
    ("After years of talks", "After a meeting in Rome": no told event), not
    a clause ("After the plaza was sealed off": a clause may carry its own
    time)."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[0].lower_ in OPENERS:
        toks.pop(0)
    words = [t.lower_ for t in toks[:4]]
    if words[:1] in (["after"], ["following"], ["during"]):
        signal = 0
    elif words[:2] == ["in", "the"] and words[2:4] in (["wake", "of"], ["aftermath", "of"]):
        signal = 3
    else:
        return None
    noun = next((c for c in toks[signal].children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return None
    after = noun.right_edge.i + 1  # the phrase is set off: "After the raid, police ..."
    return noun if after < sent.end and sent.doc[after].lower_ == "," else None


def told_event_time(doc: Doc, noun: Token, dated: list[EventMention], timexes: list[Timex],
                    published: date) -> TimeValue | None:
    """The date the text gave the event that ``noun`` names again ("Following
    the battle," -> the battle told before): from the nearest earlier
    sentence (at most ``TOLD_GAP`` back) that names it with the same lemma
    ("the battle", "the raid" after "raided") and dates it — a date governing
    that word ("a gun battle ... on Saturday") or a dated act the noun hangs
    on ("were killed in the battle"). None
    when the text dated no such mention (then the plain sequence rule
    applies)."""
    sents = sentences(doc)
    here = sentence_index(doc, noun.i)
    first_break = text_of(doc).find("\n")
    lemma = noun.lemma_.lower()
    by_token = {ev.trigger.start: ev for ev in dated}
    for k in range(here - 1, max(-1, here - 1 - TOLD_GAP), -1):
        if sents[k].start_char <= first_break:
            break
        for tok in sents[k]:
            if tok.pos_ not in ("NOUN", "VERB") or tok.lemma_.lower() != lemma:
                continue
            found = _told_date(doc, tok, by_token, timexes, published)
            if found is not None:
                return found
    return None


def _told_date(doc: Doc, tok: Token, by_token: dict[int, EventMention],
               timexes: list[Timex], published: date) -> TimeValue | None:
    t = governing(doc, tok, timexes)
    cal = calendar_value(t) if t is not None else None
    if t is not None and cal is not None and not _ahead(cal[0], published):
        _start, end = timex_range(cal[0])
        old = end is not None and date.fromisoformat(end) < published - timedelta(days=7)
        return None if old else TimeValue(value=cal[0], granularity=cal[1], text=t.text,
                                          start=t.start, end=t.end, anchor="narrative")
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for host in (tok, verb):
        ev = by_token.get(host.idx) if host is not None else None
        if ev is not None and ev.time.value is not None and ev.time.anchor in TEXT_ANCHORS \
                and not ev.time.background and ev.factuality.modality not in NOT_HAPPENED:
            return TimeValue(value=ev.time.value, granularity=ev.time.granularity,
                             text=ev.time.text, start=ev.time.start, end=ev.time.end,
                             anchor="narrative")
    return None


def dating_clauses(doc: Doc, sent: Span, timexes: list[Timex],
                   published: date) -> list[tuple[TimeValue, Token]]:
    """Class *dating clause*: "the incident happened yesterday", "the
    ambush took place on Sunday" — a verb whose subject is an event
    ("happen", "occur", "take place") with a calendar date governing it: the
    date of the episode the text is telling, though the verb is no act."""
    found: list[tuple[TimeValue, Token]] = []
    for tok in sent:
        if not _happen_verb(tok) or not past_simple(tok):
            continue
        t = governing(doc, tok, timexes)
        cal = calendar_value(t) if t is not None else None
        if t is None or cal is None or _ahead(cal[0], published) \
                or t.start < sent.start_char or t.start >= sent.end_char:
            continue
        _start, end = timex_range(cal[0])
        old = end is not None and date.fromisoformat(end) < published - timedelta(days=7)
        found.append((TimeValue(value=cal[0], granularity=cal[1], text=t.text, start=t.start,
                                end=t.end, anchor="narrative", background=old), tok))
    return found


def _happen_verb(tok: Token) -> bool:
    """"happened", "occurred", "took place" with a subject (not "what had
    occurred": a free relative has no subject of its own) that names a
    material act (mends27b, the class review39 set for :mod:`dated_after`):
    "the ambush took place on Sunday", "the incident happened yesterday",
    "the looting occurred overnight" date the episode; "the talks took
    place on Monday", "the vote happened on Friday", "the funeral took
    place on Sunday" date another event, not the acts told before or after."""
    return happen_verb(tok, HAPPEN_LEMMAS, TAKE_PLACE, ("dobj",)) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                and names_material_act(c) for c in tok.children)


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _ahead(value: str, published: date) -> bool:
    """A date that begins after publication: a plan, not an act."""
    start, _end = timex_range(value)
    return start is not None and start > published.isoformat()


def _anchor(doc: Doc, trigger: Token, dated: list[EventMention], first_break: int,
            published: date, gap: int, timexes: list[Timex]) -> tuple[TimeValue, Token] | None:
    """The episode's date: in the nearest earlier sentence (at most ``gap``
    back) that holds dated material acts or a dating clause, the one highest
    in its sentence's tree (the main clause's act, not a relation's
    complement: "marched on Wednesday, a day after police broke up a rally")."""
    here = sentence_index(doc, trigger.i)
    found: list[tuple[int, TimeValue, Token]] = []
    sents = sentences(doc)
    for k in range(max(0, here - max(gap, SEQUENCE_GAP)), here):
        if sents[k].start_char > first_break:
            found.extend((k, tv, tok) for tv, tok in dating_clauses(doc, sents[k], timexes,
                                                                    published))
    for other in dated:
        if not first_break < other.trigger.start < sent_of(trigger).start_char:
            continue
        tok = token_at(doc, other.trigger.start)
        t = other.time
        if tok is None or here - sentence_index(doc, tok.i) > gap or t.value is None \
                or t.anchor not in TEXT_ANCHORS or t.background \
                or other.factuality.modality in NOT_HAPPENED or _ahead(t.value, published) \
                or flashback(tok):
            continue
        found.append((sentence_index(doc, tok.i), t, tok))
    if not found:
        return None
    last = max(f[0] for f in found)
    best = min((f for f in found if f[0] == last), key=lambda f: (_depth(f[2]), f[2].i))
    return best[1], best[2]


def flashback(tok: Token) -> bool:
    """Class *flashback anchor* (branch dates6): an act in the past perfect
    ("Noboa had imposed a state of emergency on Monday") lies before the
    story's time; the past simple after it may be back on the main line or
    still inside the flashback, so it opens no episode. A past perfect
    reported by a speech verb ("saying its fighters had targeted officials")
    is the backshifted past simple of the statement, no flashback: only a
    main clause's past perfect counts."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else next(
        (a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok)
    main = first_conjunct(verb)
    return main.dep_ == "ROOT" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had"
                                       for c in verb.children)


def _shift_between(doc: Doc, anchor: Token, trigger: Token, sequence: bool = False) -> bool:
    """A sentence between the anchor's and the event's that looks back or
    ahead ("since the start of the unrest", "had been detained"): the
    narrative left the episode. "had" counts as an auxiliary only; after a
    sequence adverb the narrative says it came back, so a past perfect
    between does not count."""
    span = doc[sent_of(anchor).end:sent_of(trigger).start]
    return any(t.lower_ in SHIFT_CUES or t.lower_ == "will"
               or (t.lower_ == "had" and t.dep_ in ("aux", "auxpass") and not sequence)
               for t in span)
