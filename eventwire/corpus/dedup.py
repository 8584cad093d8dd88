"""The same event across articles: cross-document event coreference.

Two steps (a documented decision; both thresholds were chosen on the ECB+
*train* topics and checked on its dev topics, see docs/BENCHMARKS.md):

1. **Stories.** Articles are grouped by single-pass clustering, the classic
   topic-detection-and-tracking method: in publication order, an article joins
   the story whose centroid is most similar (TF-IDF cosine of its content
   words, at least ``story_threshold``) among the stories seen within
   ``window_days``; otherwise it starts a story. Words come from a plain
   tokeniser, not from a second parse: the article was parsed once already.
2. **Mentions.** Inside a story, mentions with the same *key* (the trigger
   lemma for ECB+, the PLOVER type for stored events) corefer unless a field
   both of them know conflicts (dates that do not overlap, different places,
   different actors or recipients). Across stories only a strong match links
   two mentions: same key, same day and a shared participant or place — that
   is how an old event recalled as background finds its first report.

Linking is transitive (union-find), so a cluster may hold two mentions that
were never compared directly — but never two that conflict: a merge is
checked against every member of both clusters.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

STORY_THRESHOLD = 0.15
WINDOW_DAYS = 7
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+|\d+")


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` without stop words."""
    words = (w.lower() for w in _WORD.findall(text))
    return [w for w in words if w not in STOP_WORDS and len(w) > 2]


_NAME_OR_NUMBER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+|\d{2,4})\b")


def story_words(text: str) -> list[str]:
    """Content words, with capitalised words (not sentence-initial) and
    numbers counted twice: two stories of one kind (two earthquakes, two
    arrests) differ by their names, places and years more than by their
    common words (ECB+ dev CoNLL F1 0.761 -> 0.774; train unchanged)."""
    return content_words(text) + [w.lower() for w in _NAME_OR_NUMBER.findall(text)]


_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split())
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,})\b")


def article_names(text: str, k: int) -> list[str]:
    """The ``k`` capitalised words (not sentence-initial, not stop words) an
    article repeats most — its story's names ("Soleimani", "Mumbai",
    "Hezbollah"): block keys that let two events of one story meet when
    they share no participant, place or trigger word. Day and month names
    are capitalised but name no story: left out. Ties break alphabetically,
    so the keys are the same on every run."""
    counts = Counter(w.lower() for w in _NAME.findall(text))
    names = [(-c, w) for w, c in counts.items() if w not in STOP_WORDS and w not in _CALENDAR]
    return [w for _c, w in sorted(names)[:k]]


@dataclass(frozen=True)
class Document:
    doc_id: str
    words: tuple[str, ...]
    published: date | None = None
    group: str = ""  # documents in different groups never share a story


@dataclass(frozen=True)
class Mention:
    """What coreference needs to know of one event mention."""

    mention_id: str
    doc_id: str
    key: str  # must match: trigger lemma or PLOVER type
    date_range: tuple[str, str] | None = None  # ISO start, end (inclusive)
    day: str | None = None  # the date when known to the day
    place: int | None = None  # GeoNames id
    actor: str | None = None
    recipient: str | None = None
    participants: frozenset[str] = field(default_factory=frozenset)
    lemma: str | None = None  # trigger lemma when the key is coarser (a type)


def idf_weights(docs: Sequence[Document]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set(d.words))
    n = len(docs)
    return {w: math.log(n / c) for w, c in df.items()}


def block_idf(word_lists: Sequence[Iterable[str]]) -> dict[str, float]:
    """IDF inside a small *block* of documents, smoothed: log((n + 1) / df).

    The block is a topic (ECB+ training) or the articles whose events are
    candidates for a new stored event (attach time): words the whole block
    uses weigh little, words only part of it uses weigh most. Smoothed so
    that a block of two still weighs a shared word (log 3/2) — the plain
    topic-local IDF gives it 0, and a store's blocks are often that small."""
    df: Counter[str] = Counter()
    n = 0
    for words in word_lists:
        df.update(set(words))
        n += 1
    return {w: math.log((n + 1) / c) for w, c in df.items()}


def _norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(x * x for x in vec.values())) or 1.0


def vector(words: Iterable[str], idf: dict[str, float]) -> dict[str, float]:
    counts = Counter(words)
    vec = {w: (1 + math.log(c)) * idf.get(w, 0.0) for w, c in counts.items()}
    norm = _norm(vec)
    return {w: x / norm for w, x in vec.items() if x}


class _Story:
    def __init__(self, number: int, vec: dict[str, float], published: date | None) -> None:
        self.number = number
        self.centroid = dict(vec)
        self.norm = _norm(self.centroid)
        self.last = published

    def similarity(self, vec: dict[str, float]) -> float:
        return sum(x * self.centroid.get(w, 0.0) for w, x in vec.items()) / self.norm

    def add(self, vec: dict[str, float], published: date | None) -> None:
        for w, x in vec.items():
            self.centroid[w] = self.centroid.get(w, 0.0) + x
        self.norm = _norm(self.centroid)  # once per article, not once per comparison
        if published and (self.last is None or published > self.last):
            self.last = published


def _active(story: _Story, published: date | None, window_days: int) -> bool:
    if published is None or story.last is None:
        return True
    return abs((published - story.last).days) <= window_days


def stories(docs: Sequence[Document], threshold: float = STORY_THRESHOLD,
            window_days: int = WINDOW_DAYS) -> dict[str, str]:
    """doc_id -> story id, by single-pass clustering in publication order."""
    idf = idf_weights(docs)
    ordered = sorted(docs, key=lambda d: (d.group, d.published or date.min, d.doc_id))
    open_stories: dict[str, list[_Story]] = defaultdict(list)
    out: dict[str, str] = {}
    for doc in ordered:
        vec = vector(doc.words, idf)
        candidates = [s for s in open_stories[doc.group]
                      if _active(s, doc.published, window_days)]
        scored = [(s.similarity(vec), s.number) for s in candidates]
        best = max(scored, default=(0.0, -1))
        if best[0] >= threshold:
            story = next(s for s in candidates if s.number == best[1])
            story.add(vec, doc.published)
        else:
            story = _Story(len(open_stories[doc.group]), vec, doc.published)
            open_stories[doc.group].append(story)
        out[doc.doc_id] = f"{doc.group}/{story.number}"
    return out


def _differ(a: object, b: object) -> bool:
    return a is not None and b is not None and a != b


def day_gap(a: Mention, b: Mention) -> int | None:
    """Whole days between two mentions' days; None unless both texts date
    their event to the day."""
    if a.day is None or b.day is None:
        return None
    return abs((date.fromisoformat(a.day) - date.fromisoformat(b.day)).days)


def conflict(a: Mention, b: Mention, near_days: int = 0) -> bool:
    """Do two mentions disagree on something both of them know?

    With ``near_days``, two dates that are each known to the day and at
    most ``near_days`` apart do not conflict. The class: *one act dated a
    day apart by two reports* — an overnight act dated by the evening it
    began or the morning it was found, outlets in two time zones, "on
    Tuesday" in one text and "yesterday" resolved from a next-day
    publication in another, a one-day-late resolution of our own. Only
    dates known to the day (a month or a week says too little to tell a
    day's slip from another act), and only as far as the caller lets it:
    the stored-event model then weighs such a pair by its ``near``
    feature (:func:`eventwire.corpus.attach.pair_features`)."""
    if a.date_range and b.date_range:
        if a.date_range[1] < b.date_range[0] or b.date_range[1] < a.date_range[0]:
            gap = day_gap(a, b) if near_days else None
            if gap is None or gap > near_days:
                return True
    return _differ(a.place, b.place) or _differ(a.actor, b.actor) or \
        _differ(a.recipient, b.recipient)


def strong_match(a: Mention, b: Mention) -> bool:
    """Same day and a shared participant or place: enough across stories."""
    if a.day is None or a.day != b.day:
        return False
    shared = (a.participants & b.participants) or (a.place is not None and a.place == b.place)
    return bool(shared)


class _Clusters:
    """Union-find whose clusters remember every known value of the fields
    that may conflict, so a merge is refused when *any* two members would
    conflict — not only the pair being compared (no chaining of "EADS" and
    "Boeing" through a report that names neither)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.members: dict[str, list[Mention]] = {}

    def add(self, m: Mention) -> None:
        if m.mention_id not in self.parent:
            self.parent[m.mention_id] = m.mention_id
            self.members[m.mention_id] = [m]

    def find(self, x: str) -> str:
        root = x
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def try_union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if any(conflict(x, y) for x in self.members[ra] for y in self.members[rb]):
            return False
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.members[keep] += self.members.pop(drop)
        return True


def _same_article_match(a: Mention, b: Mention) -> bool:
    """Two mentions with a coarse key (a type) are one event only with the
    same trigger lemma or a shared participant: "attacked the base" and
    "shelled the town" are two events, in one report or in two."""
    if a.lemma is None or b.lemma is None or a.lemma == b.lemma:
        return True
    return bool(a.participants & b.participants)


def _link_pairs(group: Sequence[Mention], links: _Clusters, strong: bool) -> None:
    for i, a in enumerate(group):
        for b in group[i + 1:]:
            if strong and not strong_match(a, b):
                continue
            if _same_article_match(a, b) and not conflict(a, b):
                links.try_union(a.mention_id, b.mention_id)


def corefer(mentions: Sequence[Mention], story_of: dict[str, str]) -> dict[str, str]:
    """mention_id -> cluster id (the smallest mention id in the cluster).

    Pairs are only compared inside a (key, story) or a (key, day) bucket, so
    the cost grows with the size of a story, not of the corpus."""
    links = _Clusters()
    in_story: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    on_day: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        links.add(m)
        in_story[(m.key, story_of.get(m.doc_id, m.doc_id))].append(m)
        if m.day is not None:
            on_day[(m.key, m.day)].append(m)
    for group in in_story.values():
        _link_pairs(group, links, strong=False)
    for group in on_day.values():
        _link_pairs(group, links, strong=True)
    return {m.mention_id: links.find(m.mention_id) for m in mentions}
