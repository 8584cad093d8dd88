"""Class *headlines*: a headline event takes the date the body gives it.

Split from :mod:`eventwire.stages.time.anchoring` (the step before the
undated choice): the text's first line, when a body follows, names the
story's main events in the present tense with no date of their own
("Militants storm army post"); docs/annotation.md gives them the body's date.
A statement in the title line that no dated body event matches is unknown
(:func:`headline_statement`). A material act the title tells in the
historical present that is still undated once the body is dated takes the
story's day (:func:`date_headline_acts`, dates32).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from eventwire.models import PLOVER_TYPES, EventMention, TimeValue
from eventwire.nlp.extensions import text_of
from eventwire.stages.time.act_kinds import act_kind, happened
from eventwire.stages.time.governing import token_at
from eventwire.stages.time.story_day import habitual, story_day

PRESENT_TAGS = {"VBZ", "VBP"}


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


TEXT_ANCHORS = {"explicit", "narrative", "speech", "sentence"}
OWN_ANCHORS = {"explicit", "sentence"}  # a title dated by its own words


def headline_time(doc: Doc, event: EventMention, trigger: Token,
                  dated: list[EventMention]) -> TimeValue | None:
    """Class *headlines*: an undated event in the title line (the text's
    first line, when a body follows) takes the date the body gives the same
    event: the first body event dated from the text whose trigger has the
    same lemma, else the first of the same PLOVER type ("Militants storm
    army post" -> "Militants stormed the post on Sunday"; "Court jails
    activist" -> "A court sentenced ... on Monday"). The same word comes
    first (branch dates3): a story has several events of one type ("Jets
    bomb market after rebels shell airport": the bombing is not the
    shelling the body tells first). A title act in the historical present
    takes no recollection's date (:func:`recalled_for_news`)."""
    text = text_of(doc)
    first_break = text.find("\n")
    if first_break < 0 or trigger.idx > first_break:
        return None
    lemma = trigger.lemma_.lower()
    news = title_present(trigger)
    candidates = [o for o in dated if o.trigger.start > first_break
                  and o.time.anchor in TEXT_ANCHORS and o.time.value is not None
                  and not (news and recalled_for_news(o))]
    same_lemma = [o for o in candidates
                  if (tok := _token_at(doc, o.trigger.start)) is not None
                  and tok.lemma_.lower() == lemma]
    same_type = [o for o in candidates if event.type == o.type and event.type in PLOVER_TYPES]
    # the same word first: a type is shared by every attack of the story
    for other in (same_lemma or same_type)[:1]:
        return TimeValue(value=other.time.value, granularity=other.time.granularity,
                         text=other.time.text, start=other.time.start,
                         end=other.time.end, anchor="narrative",
                         background=other.time.background)
    return None


def recalled_for_news(body: EventMention) -> bool:
    """Class *a title act in the historical present takes no recollection's
    date* (dates39): the simple present of a title tells the day's news
    ("Gunmen seize two engineers near Arlit", "Court halts referendum",
    "Police remove activists from ministry"), so a body act of its word or
    type that the body dates to an earlier month or year, or more than a
    week back (a background date: "In June 2024 gunmen seized a geologist
    near the same mine", "activists occupied the ministry in February
    2023"), is an earlier episode the body recalls, not the title's act,
    and is skipped; a later body act of the word or type may date the
    title act, else the later steps do (a statement stays unknown, a
    material act takes the story's day). A title noun or participle
    ("Court jails four over 2022 barracks attack", "anniversary of the
    killings") may name the recollection itself and keeps it. Measured on
    rec_a..rec_ac against m54 (docs/BENCHMARKS.md, dates39): 9 matched title
    acts change, 5 dates become right (5 sets), 4 stay wrong, none was
    right before. A body act dated to a day or a week stays a candidate even
    when the background flag is set (a lede telling "seized three boats on
    May 20" a fortnight before publication tells the title's act late, not
    an earlier episode): only a month, season or year recalls."""
    return body.time.background and body.time.granularity not in ("day", "week", "time")


def headline_statement(doc: Doc, event: EventMention, trigger: Token) -> bool:
    """Class *headline statement with no dated body* (dates26): a statement,
    demand, accusation, threat or show of support in the title line
    ("Tbilisi vows response", "Belgrade warns of response", "Taipei
    condemns 'provocation'", "rights groups cry foul") that
    :func:`headline_time` found no dated body event for is a statement with
    no time of its own: rule 1 of docs/annotation.md leaves it unknown. The
    undated choice gave it the publication day (a title line reads as the
    day's news); that is right for the headline's material acts, whose
    episode is the day's, not for the reactions a headline adds after a
    comma or "as". Read on rec_a..rec_r before the rule (title verbal acts
    left with the publication day: gold unknown 16, the publication day 6);
    measured: own +15 -4 over eleven sets, real +1 -0 (docs/BENCHMARKS.md,
    dates26)."""
    first_break = text_of(doc).find("\n")
    return 0 <= trigger.idx < first_break \
        and act_kind(event) == "verbal"


def historical_present(trigger: Token) -> bool:
    """A lexical verb in the simple present with no auxiliary, the tense a
    title tells the news in ("Moldova expels Russian diplomat", "protesters
    torch city hall", "Navy arrests 32 fishermen"); not a noun, a participle
    ("opposition leader detained"), an infinitive ("migrants try to storm")
    or a present of "be"/"have"; nor a habitual present (review55:
    "Police beat journalists every week", "Rebels shell villages daily",
    "Guards routinely torture inmates": acts of any day,
    :func:`~eventwire.stages.time.story_day.habitual`)."""
    return trigger.tag_ in PRESENT_TAGS and trigger.pos_ == "VERB" \
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children) \
        and not habitual(trigger)


def title_present(trigger: Token) -> bool:
    """:func:`historical_present`, or a bare verb (``VB``) with a subject of
    its own and no auxiliary: the tagger's reading of many a title's plural
    present ("Gunmen seize two engineers", "Police remove activists");
    "Police to remove activists" and "try to storm" have an auxiliary."""
    if historical_present(trigger):
        return True
    return trigger.tag_ == "VB" and trigger.pos_ == "VERB" \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children) \
        and not habitual(trigger)


def date_headline_acts(doc: Doc, events: list[EventMention], published: date | None) -> None:
    """Class *a title act in the historical present* (dates32): a material
    act of the title line told in the simple present that neither its own
    words nor a body event of its word or type dated
    (:func:`headline_time`) is the news of the story's day
    (:func:`~eventwire.stages.time.story_day.story_day`), and takes it:
    "Cameroon bans opposition coalition ahead of vote" over a body that
    dates its acts Monday; "Greece suspends asylum claims for three months";
    "Tens of thousands protest in the capital against new media law". A
    statement (:func:`headline_statement`), a noun ("Serbia puts army on
    alert"), a participle ("leader detained as crackdown widens") or an
    infinitive stays as it was, and so does a text with no story's day.
    Counted over rec_a..rec_w before the rule (title material acts left
    undated in a text with a story's day): in the simple present 9 of 12
    are on that day in gold (3 "sends" a day off: the sending follows the
    news), none undated; in the other forms 5 of 15, 7 undated
    (docs/BENCHMARKS.md, dates32). The present is read by
    :func:`title_present` (dates39: "Police remove activists", tagged ``VB``,
    is the same present as "Police removes")."""
    if published is None:
        return
    first_break = text_of(doc).find("\n")
    titled = [e for e in events if 0 <= e.trigger.start < first_break
              and e.time.value is None and e.time.anchor == "unknown"
              and happened(e)
              and act_kind(e) == "material"]
    day = story_day(events, published) if titled else None
    if day is None:
        return
    for event in titled:
        trigger = token_at(doc, event.trigger.start)
        if trigger is not None and title_present(trigger):
            event.time = TimeValue(value=day.value, granularity=day.granularity, text=day.text,
                                   start=day.start, end=day.end, anchor=day.anchor)


def redate_title_acts(doc: Doc, events: list[EventMention]) -> None:
    """Class *a title act the body tells again by its own word* (dates65):
    after the date ranker has reviewed every date, an event of the title
    line (a first line with no closing full stop, a body after it) takes the
    date of the first body event of its own word (same lemma or form) that
    the body dates from its text inside the news window (not background):
    "Police tear-gas memorial marchers in Bulawayo, 23 arrested" over "...
    were arrested on Saturday"; "Riot police disperse residents blocking
    highway" over "who had been blocking the road since Wednesday"; "UN
    peacekeeper killed in Abyei ambush" over "was killed on Tuesday". The
    ranker reads a title event among the body's candidates and often gave
    it the publication day, a background date or none, where
    :func:`headline_time` had the body's (docs/annotation.md: a headline
    takes its body's date). Only the same word: a type is shared by every
    act of the story. A title act in the present keeps no recollection's
    date (:func:`recalled_for_news`); a background body date is an earlier
    episode the body recalls and is skipped; a title act dated by its own
    words ("Police arrest 23 on Sunday") keeps its date. Counted on dates65_r1 (41
    sets): 24 matched title events would change, 17 to the gold date (2
    real), 3 from it (1 real). Measured dates65_r2 vs r1: date +17/-5 (real
    +2/-1: l-21 'Trial', n-04 'shot dead' gained, n-01 'vigil' lost), 13
    sets gained; background +4/-1; no other field moved; rec_ap +1/-1
    (ap-27 'clashes' right; ap-23 'protest' takes its body's wrong day)."""
    text = text_of(doc)
    first_break = text.find("\n")
    if first_break <= 0 or text[:first_break].rstrip().endswith("."):
        return
    body = sorted((o for o in events if o.trigger.start > first_break
                   and o.time.anchor in TEXT_ANCHORS and o.time.value is not None
                   and not o.time.background), key=lambda o: o.trigger.start)
    words: dict[str, EventMention] = {}
    for other in body:
        tok = token_at(doc, other.trigger.start)
        if tok is not None:
            for key in (tok.lemma_.lower(), tok.lower_):
                words.setdefault(key, other)
    for event in events:
        trigger = token_at(doc, event.trigger.start)
        if not 0 <= event.trigger.start < first_break or trigger is None \
                or event.time.anchor in OWN_ANCHORS:
            continue
        found = words.get(trigger.lemma_.lower()) or words.get(trigger.lower_)
        if found is None or (title_present(trigger) and recalled_for_news(found)) \
                or (found.time.value, found.time.granularity) == (event.time.value,
                                                                  event.time.granularity):
            continue
        event.time = TimeValue(value=found.time.value, granularity=found.time.granularity,
                               text=found.time.text, start=found.time.start,
                               end=found.time.end, anchor="narrative", background=False)
