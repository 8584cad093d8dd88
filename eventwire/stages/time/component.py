"""The ``eventwire_timex`` component: TIMEX3 expressions on ``doc._.timexes``.

Tense comes from the parse (:func:`.clause_tense.tense_of`: the verb that
governs the expression, with its auxiliaries).
Narrative expressions ("two days later") are resolved against the previous
dated expression (:func:`resolve_narrative`); "two days after January 3"
against the date it names; "a day after police broke up a rally" is a
*relation* between two events, not a date: the TIMEX is the DURATION
"a day" (``P1D``, rule ``relation:N:unit``; "after" is a TimeML signal), and
the anchoring component dates the event in the complement from the main
clause. Expressions inside URL lines and slugs are dropped
(:func:`non_prose_spans`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from eventwire.models import Timex
from eventwire.nlp.arrays import token_bounds
from eventwire.nlp.component import StageComponent
from eventwire.nlp.extensions import get_list, text_of
from eventwire.stages.geo.datelines import dateline_in_text
from eventwire.stages.time import nights, sameunit
from eventwire.stages.time import normalize as nz
from eventwire.stages.time.clause_tense import tense_of
from eventwire.stages.time.copy_night import date_copy_nights
from eventwire.stages.time.detect import find_timexes
from eventwire.stages.time.stamp import text_stamp


def token_at_char(doc: Doc) -> Callable[[int], Token | None]:
    """The token covering a character offset (None in whitespace), by binary
    search over the token starts: the starts and ends are the document's
    char table (``arrays.token_bounds``, one ``to_array`` per attribute and
    document, shared with ``char_span``), each question logarithmic (a
    per-character table built in Python took 0.3 s on a 40k-character
    pieced article, issue #12)."""
    starts, ends = token_bounds(doc)  # the char table kept per doc (speed57)

    def at(offset: int) -> Token | None:
        i = bisect_right(starts, offset) - 1
        return doc[i] if i >= 0 and offset < ends[i] else None
    return at


# nouns a number labels rather than dates: "room 2011", "flight 2012"
LABEL_NOUNS = {"room", "rooms", "flight", "flights", "route", "number", "no", "no.", "nos",
               "bus", "highway", "article", "articles", "resolution", "chapter", "section",
               "page", "pages", "version", "model", "unit", "units", "platform", "gate",
               "code", "apartment", "suite", "cell", "ward", "lot", "item", "file"}


def _count_or_label(tok: Token | None) -> bool:
    """Class *numbers that are not dates*: a year-like number that counts a
    plural noun with no determiner ("including 2011 survivors", "1998
    votes were cast"; but "the 2019 elections" and "2019's protests" are
    dates) or follows a labelling noun ("room 2011", "flight 2012")."""
    if tok is None:
        return False
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.lower_ in LABEL_NOUNS:
        return True
    head = tok.head
    if tok.dep_ != "nummod" or head.tag_ != "NNS" or head.i < tok.i:
        return False
    return not any(c.dep_ in ("det", "poss") and c.i < tok.i for c in head.children)


def find_doc_timexes(doc: Doc) -> list[Timex]:
    token_at = token_at_char(doc)

    def tense_at(offset: int) -> str:
        tok = token_at(offset)
        return tense_of(tok) if tok is not None else "past"

    out = []
    masked = non_prose_spans(text_of(doc))
    for f in find_timexes(text_of(doc), doc._.published, tense_at):
        if any(a < f.end and f.start < b for a, b in masked) or (
                f.rule == "year" and _count_or_label(token_at(f.start))):
            continue
        timex = Timex(start=f.start, end=f.end, text=text_of(doc)[f.start:f.end], type=f.type,
                      value=f.value or "", granularity=nz.granularity_of(f.value), rule=f.rule)
        if f.shift is not None:
            timex.rule = f"narrative:{f.shift[0]}:{f.shift[1]}"
            timex.granularity = f.shift[1]
        out.append(timex)
    return out


class TimexTagger(StageComponent, factory="eventwire_timex", requires=["token.dep", "token.tag"],
                  assigns=["doc._.timexes"]):
    def process(self, doc: Doc) -> None:
        if doc._.published is None:  # class *the text's own date stamp*
            doc._.published = text_stamp(text_of(doc))
        timexes = get_list(doc, "timexes")
        timexes.extend(find_doc_timexes(doc))
        relative_years(timexes, text_of(doc))
        mark_datelines(timexes, text_of(doc))
        date_copy_nights(timexes, doc)  # class *overnight in datelined copy* (dates33)
        date_times(timexes, text_of(doc), doc._.published)
        resolve_narrative(timexes, text_of(doc), doc._.published)


RELATIVE_YEAR_GAP = re.compile(r"(?i),?\s*(?:of\s+)?")
MONTH_VALUE = re.compile(r"\d{4}(-\d{2}(?:-\d{2})?)")


def relative_years(timexes: list[Timex], text: str) -> None:
    """Class *month or day with a relative year*: "in April last year",
    "on March 3 last year", "in May of next year", "in June this year" —
    the month (or day) lies in the year the relative expression names, not
    in the publication year the month rule assumed. The two expressions stay
    two TIMEXes (their spans are unchanged); the month takes the year."""
    for t, nxt in zip(timexes, timexes[1:], strict=False):
        if t.rule not in ("month", "month-day", "day-month") or nxt.rule != "relative" \
                or not nxt.value.isdigit() or len(nxt.value) != 4:
            continue
        m = MONTH_VALUE.fullmatch(t.value)
        if m and RELATIVE_YEAR_GAP.fullmatch(text, t.end, nxt.start):
            t.value = nxt.value + m.group(1)


# "KINSHASA, June 14 (Reuters) - ", "NIAMEY/ABUJA, July 31 (Reuters) - ",
# "CULIACAN, Mexico, Oct 18 (EFE) - ", "GAZA, July 16 (Xinhua) -- "
DATELINE_BEFORE = re.compile(r"[A-Z][\w.'’/ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30}){0,2},\s*")
DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|[-–—:])\s")


def mark_datelines(timexes: list[Timex], text: str) -> None:
    """Class *wire dateline*: the date in "KINSHASA, June 14 (Reuters) -" is
    when the story was filed, not when its events happened ("- Congo accused
    Rwanda on Tuesday of invading": Tuesday, not June 14). It stays a TIMEX
    (rule ``dateline``) but dates no event (:mod:`anchoring`).

    Class *an agency's own dateline form* (dates65): the date inside the
    dateline the place stage reads (``geo.datelines.dateline_in_text``: EFE's
    "QUITO, Dec 7 (EFE).- ", PTI's dashless "AGARTALA, Dec 2 (PTI) Police",
    "MOSCOW, December 6. /TASS/. ", "YEREVAN, DECEMBER 8, ARMENPRESS. ",
    "Tirana, December 9 /ATA/ - ", "SEOUL, Nov. 24 Kyodo - ", "Bawku, Oct. 6,
    GNA - ", "BELMOPAN, Tues. Dec. 1, 2026 - ") is the filing date too: one
    dateline for both stages. Only the expressions after the place name are
    marked (a bare "Sunday - " line names no place). Census (gold texts, the
    first lines' timexes): 36 dated datelines in 20 development sets (all
    own texts) and 4 of rec_ap's were read by the place stage but not here,
    where the date then dated the lead's acts ("Esquipulas (Guatemala), Nov
    23 (EFE).- ... on Sunday blocked": Nov 23, not Sunday). Measured
    dates65_r1 vs m120 (41 sets): date +8/-0 (own; real unchanged), no
    other field moved; rec_ap date .736 -> .763 (+9/-0), place .838 -> .841."""
    wire = dateline_in_text(text)
    after_place = wire.end("place") if wire is not None else -1
    for t in timexes:
        line = text.rfind("\n", 0, t.start) + 1
        if t.start - line <= 60 and DATELINE_BEFORE.fullmatch(text, line, t.start) \
                and DATELINE_AFTER.match(text, t.end):
            t.rule = "dateline"
        elif wire is not None and after_place <= t.start and t.end <= wire.end():
            t.rule = "dateline"


CLOCK_RULES = {"clock", "clock24", "noon"}
NEWS_DAYS = 7


def date_times(timexes: list[Timex], text: str, published: date | None = None) -> None:
    """"10:30 a.m. on Wednesday": the clock time takes the day next to it
    (also a day named with a part of day: "about 6 a.m. on Sunday morning").
    Class *clock time on the time line*: a clock time with no day of its own
    takes the last day the text gave before it when that day is near
    (within a week of publication: "opened fire at an office Friday ...
    The gunman entered the party around 4 p.m." -> Friday; since branch
    dates3 also a day ahead, class *scheduled clock time*: "The summit
    opens on Monday. Leaders arrive at 9 a.m." -> Monday), else the
    publication day. Class *a day named with a part of day* (dates58): a
    TIME that names a calendar day and a part of it ("Wednesday night",
    "Saturday morning", "yesterday afternoon") puts that day on the time
    line like the bare day would ("A woman died Wednesday night ... She was
    struck just after 7 p.m." -> Wednesday, not the publication day).
    Measured in branch dates58 on the 37 development sets against m95: +8
    real-text event dates (one ECB+ story, told in four sets), -1 own (a
    statement the date ranker now dates by its report), nothing else moved."""
    last_day: str | None = None
    for i, t in enumerate(timexes):
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        nxt_day = _timeline_day(nxt) if nxt is not None else None
        if t.type == "TIME" and "T" in t.value and nxt is not None and nxt_day is not None \
                and text[t.end:nxt.start].strip().lower() in ("", "on", ","):
            t.value = nxt_day + t.value[t.value.index("T"):]
        elif t.rule in CLOCK_RULES and last_day is not None and published is not None \
                and t.value.startswith(published.isoformat()):
            t.value = last_day + t.value[10:]
        day = _timeline_day(t)
        if day is not None and t.rule != "dateline" and _recent(day, published):
            last_day = day


def _timeline_day(t: Timex) -> str | None:
    """The calendar day a DATE names ("2021-05-26"), or a TIME that is a
    day's part ("2021-05-26TNI", "2021-05-26TMO"); None for a clock time
    (it takes a day, it does not give one), a coarser unit or no calendar
    value."""
    if t.type == "DATE":
        day = t.value
    elif t.type == "TIME" and t.rule not in CLOCK_RULES and "T" in t.value:
        day = t.value[:t.value.index("T")]
    else:
        return None
    return day if len(day) == 10 and day[:4].isdigit() else None


def _recent(value: str, published: date | None) -> bool:
    if published is None:
        return False
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return False
    return published - timedelta(days=NEWS_DAYS) <= day <= published + timedelta(days=NEWS_DAYS)


# A line that is a web address, or a run of text with a scheme or "www." in
# it, even when an extractor spaced out its punctuation ("2011 - 11 - 10/")
URL_LINE = re.compile(r"(?im)^[ \t]*(?:https?\s*:\s*//|www\s*\.).*$")
URL_TOKEN = re.compile(r"(?i)(?:https?://|www\.)\S+")
# A phone number: three or more digit groups joined by spaces, dots or
# hyphens with nine digits or more, or a leading "+" or "0" group ("+1 202
# 555 2011", "0800-2010-11"); an ISO date (8 digits) is not one
PHONE = re.compile(r"(?<![\w.,])(?:\+\s?\d{1,3}|0\d{1,4}|\(\d{1,4}\)|\d{2,4})"
                   r"(?:[ .\-]\d{2,5}){2,}(?!\w|[.,]\d)")


def _phone_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in PHONE.finditer(text):
        digits = sum(c.isdigit() for c in m.group(0))
        if digits >= 9 or m.group(0)[0] in "+0(":
            out.append((m.start(), m.end()))
    return out


def non_prose_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges that are not prose (class: *URL and slug lines*): a
    date in a web address is the address's, not a date of the text's
    events ("http://…/2011 - 11 - 10/army-clashes", "www.x.org/2019/05/");
    nor is a year-like group inside a phone number (class *numbers that
    are not dates*: "+1 202 555 2011", "0800 2010 1110"). Version numbers
    ("2.1.2019") and scores ("2-1") are kept out by the rules' own
    boundaries (:mod:`eventwire.stages.time.detect`)."""
    spans = [(m.start(), m.end()) for rx in (URL_LINE, URL_TOKEN) for m in rx.finditer(text)]
    return spans + _phone_spans(text)


RELATION_WORDS = ("after", "before")
# "a month after that, ...", "two days before then": the text's previous date
ANAPHORIC = re.compile(r"(?i)\s*(?:then\b|(?:that|this)(?=\s*(?:[,.;:]|$)))")


def _calendar(t: Timex) -> str | None:
    """A dated expression's calendar value ("2022-05-04TEV" -> the day)."""
    if t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
        return None
    return t.value[:10] if "T" in t.value else t.value


def _relation_target(timexes: list[Timex], i: int, text: str) -> Timex | str | None:
    """What "N units after/before" measures from: the date right after it
    ("two days after January 3"), ``"relation"`` when an event follows ("a
    day after police broke up a rally"), None for "later/earlier" or a bare
    "after," (the previous date of the text)."""
    t = timexes[i]
    if t.text.lower().split()[-1] not in RELATION_WORDS:
        return None
    rest = text[t.end:t.end + 40]
    if not rest.strip() or not rest.lstrip()[0].isalnum() or ANAPHORIC.match(rest):
        return None
    nxt = timexes[i + 1] if i + 1 < len(timexes) else None
    if nxt is not None and text[t.end:nxt.start].strip().lower() in ("", "the") \
            and _calendar(nxt):
        return nxt
    return "relation"


def resolve_narrative(timexes: list[Timex], text: str = "",
                      published: date | None = None) -> None:
    """"two days later" takes the previous dated expression plus the shift
    (class: *narrative time line* — the text's own last date, not the
    publication date; only before the text gives any date does the
    publication date stand in: "A day earlier, the ministers met" opening a
    report); "two days after January 3" takes January 3; "a month after
    that" the previous date; "a day after <event>" and "the day before
    <event>" become a relation: the DURATION "a day" (``relation:N:unit``).
    The shifted value has the coarser of the base's and the unit's
    granularity (:func:`normalize.shift_value`)."""
    last_value: str | None = published.isoformat() if published is not None else None
    last_index: int | None = None
    for i, t in enumerate(timexes):
        if t.rule.startswith("narrative:"):
            _, amount, unit = t.rule.split(":")
            target = _relation_target(timexes, i, text) if text else None
            if target == "relation":  # TimeML: the measure is a DURATION, "after" a signal
                t.rule, t.type, t.granularity = f"relation:{amount}:{unit}", "DURATION", "unknown"
                t.value = nz.duration(abs(int(amount)) or None, unit)  # "hours after": PTXH
                t.end = t.start + len(t.text.rsplit(None, 1)[0])
                t.text = t.text.rsplit(None, 1)[0]
                continue
            base, base_index = (_calendar(target), i + 1) if isinstance(target, Timex) else (
                last_value, last_index)
            named = t.text.lower().startswith("the ")  # "the following week": a calendar week
            shifted = nz.shift_value(base, int(amount), unit, named) if base else None
            if shifted:
                t.value = shifted
                t.granularity = nz.granularity_of(shifted)
                t.anchor_timex = base_index
                # the time line moves on: "A week earlier, ... Two days before, ..."
                last_value, last_index = shifted, i
            continue
        if t.rule in sameunit.RULE_NAMES:  # "later that year": the previous date's year
            sameunit.resolve(t, last_value)
            if _calendar(t):
                t.anchor_timex = last_index
            continue
        if t.rule == "overnight" and nights.in_story(t, last_value, published):
            t.value, t.anchor_timex = f"{last_value}TNI", last_index
        if _calendar(t):
            last_value, last_index = _calendar(t), i
