"""Mentions: what the in-article pipeline components write onto ``Doc._``
extensions, with character offsets into the article text (``start``
inclusive, ``end`` exclusive); ``Span`` is the evidence every text field
carries."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """Evidence: ``text == article_text[start:end]``."""

    text: str
    start: int
    end: int

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass
class ActorMention:
    """A political actor mentioned in text (``Doc._.actor_mentions``).

    ``actor_id`` is None when the mention is not in the knowledge base; the
    country/sector guess is still kept. ``antecedent`` is the index (into
    ``Doc._.actor_mentions``) of the mention this one continues
    (pronoun/nominal coreference), ``speaks_for`` the index of the
    organisation a spokesperson speaks for.
    """

    start: int
    end: int
    text: str
    actor_id: str | None = None
    name: str | None = None
    kind: str | None = None  # person, organisation, state, armed_group, agent, ...
    country: str | None = None  # ISO 3166-1 alpha-3
    sectors: list[str] = field(default_factory=list)
    confidence: float = 0.0
    antecedent: int | None = None
    speaks_for: int | None = None
    rule: str = ""


@dataclass
class Timex:
    """A TIMEX3 expression (``Doc._.timexes``)."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2020-11-12, 2020-W46, P2D, XXXX-01-03, PRESENT_REF
    granularity: str = "day"  # day, week, month, quarter, season, year, decade, time, unknown
    anchor_timex: int | None = None  # index of the timex it was resolved against
    rule: str = ""


@dataclass
class PlaceMention:
    """A resolved toponym (``Doc._.place_mentions``)."""

    start: int
    end: int
    text: str
    geonameid: int | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    precision: str = "none"  # point, city, admin2, admin1, country, continent, vicinity, none
    confidence: float = 0.0
    basis: str = ""  # an event's place: trigger, clause, sentence or focus (docs/formats.md)


@dataclass
class Quote:
    """Reported speech (``Doc._.quotes``): who said what, with which cue.

    ``relays`` are outlets/bodies that passed the statement on, innermost
    first ("Mohi explained, Press TV reported" -> relays=[Press TV]).
    ``speaker_actor`` indexes ``Doc._.actor_mentions`` when resolved.
    ``content`` is the whole reported text; when a parenthetical cue splits
    it ("The talks, the mediator said, had stalled"), ``content_parts`` holds
    the pieces without the cue. ``medium`` marks a relay that is the channel
    of this one statement ("told Al Arabiya", "said on Twitter", "in a video
    posted on Facebook") rather than the article's source ("..., Press TV
    reported"): later statements of the same speaker may share it, earlier
    ones do not.
    """

    content: Span
    speaker: Span | None = None
    cue: Span | None = None
    relays: list[Span] = field(default_factory=list)
    speaker_actor: int | None = None
    kind: str = "indirect"  # direct, indirect, according_to, continuation, parenthetical
    rule: str = ""
    content_parts: list[Span] = field(default_factory=list)
    medium: bool = False


@dataclass
class Framing:
    text: str
    start: int
    end: int
    kind: str = "evaluative"
    lexeme: str = ""


@dataclass
class Condition:
    text: str
    start: int
    end: int


@dataclass
class Factuality:
    polarity: str = "positive"  # positive, negative, underspecified ("whether he left")
    certainty: str = "certain"  # certain, probable, possible, underspecified
    modality: str = "asserted"  # one of MODALITIES
    condition: Condition | None = None
    cues: list[Span] = field(default_factory=list)


@dataclass
class TimeValue:
    value: str | None = None  # TIMEX3 value; None when unknown
    granularity: str = "unknown"
    text: str | None = None
    start: int | None = None
    end: int | None = None
    anchor: str = "unknown"  # explicit, narrative, speech, publication, unknown
    background: bool = False


@dataclass
class AttributionLink:
    role: str  # speaker, on_behalf_of, relay, outlet
    text: str  # the source text at start:end (the evidence), never a display name
    start: int | None = None
    end: int | None = None
    actor_id: str | None = None
    name: str | None = None  # what ``text`` resolves to ("he" -> "Muhammad Mohi")


@dataclass
class EventMention:
    """One event found in a Doc (``Doc._.events``); later components fill
    ``factuality``, ``time``, ``place``, ``attribution`` and ``framing``.
    ``actor``/``recipient`` index ``Doc._.actor_mentions`` or hold an
    unresolved ``ActorMention`` built from the parse."""

    trigger: Span
    type: str
    sentence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: ActorMention | None = None
    recipient: ActorMention | None = None
    confidence: float = 0.0
    factuality: Factuality = field(default_factory=Factuality)
    time: TimeValue = field(default_factory=TimeValue)
    place: PlaceMention | None = None
    attribution: list[AttributionLink] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    # the trigger of the event this one is the content of ("threatened to
    # [attack]", "refused to [meet]", "demanded a [meeting]"), if any
    content_of: Span | None = None
    depth: int = 0  # the trigger's depth in its sentence's dependency tree
    # compound actors ("Russia and China vetoed"): the others besides ``actor``;
    # ``reciprocal``: they act on each other ("Iran and Iraq met"); the recipient is
    # the second party (co_actors[0]), as the record guide codes it
    co_actors: list[ActorMention] = field(default_factory=list)
    reciprocal: bool = False
