"""Mode cues: matching the cue phrases of ``data/events/modes.yaml`` against
the words of a trigger or of its own clause (split from ``modes.py``, which
decides the mode from what these functions find; see its docstring for the
cascade). A multi-word cue owns its words; phrases in ``mode_masks`` ("riot
police", "seized power") are no cues; a noun-only cue's adjective is blanked.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from eventwire.datafiles import parsed_file
from eventwire.stages.events.mode_context import own_clause
from eventwire.stages.events.mode_words import (
    MODES_DATA,
    common_plural_lemma,
    cue_phrase,
    mode_data,
    mode_words,
    reads_as_common_plural,
)

Cues = dict[str, dict[str, list[tuple[str, ...]]]]
# per type, per mode in order: (one-word cues, multi-word cues)
Index = dict[str, list[tuple[str, frozenset[str], list[tuple[str, ...]]]]]
Words = list[tuple[str, str]]


def _cue_table(modes: dict[str, list[str]]) -> dict[str, list[tuple[str, ...]]]:
    return {mode: [cue_phrase(cue) for cue in cues] for mode, cues in modes.items()}


@lru_cache(maxsize=1)
def load_cues(path: Path = MODES_DATA) -> Cues:
    """Per type, per mode, the cue phrases (sections starting with "_" are
    not types: masks and person nouns)."""
    raw: dict[str, Any] = parsed_file(path)
    return {kind: _cue_table(modes) for kind, modes in raw.items()
            if not kind.startswith("_")}


@lru_cache(maxsize=1)
def mode_masks() -> list[tuple[str, ...]]:
    return [cue_phrase(m) for m in mode_data()["_masks"]]


@lru_cache(maxsize=1)
def mask_starts() -> frozenset[str] | None:
    """The first words of the ``mode_masks`` phrases, for a set test per
    trigger (None if a phrase is empty: then no trigger is ruled out early,
    as the loop over the phrases answered)."""
    masks = mode_masks()
    return None if any(not m for m in masks) else frozenset(m[0] for m in masks)


def _indexed(cues: Cues) -> Index:
    """Cues split into one-word (a set lookup) and multi-word ones, so a
    span costs one set intersection per mode."""
    return {kind: [(mode, frozenset(c[0] for c in phrases if len(c) == 1),
                    [c for c in phrases if len(c) > 1]) for mode, phrases in modes.items()]
            for kind, modes in cues.items()}


@lru_cache(maxsize=1)
def cue_index() -> Index:
    return _indexed(load_cues())


def _has(words: Words, cue: tuple[str, ...]) -> bool:
    n = len(cue)
    return any(all(cue[k] in words[i + k] for k in range(n))
               for i in range(len(words) - n + 1))


def cue_words(tokens: Sequence[Token]) -> Words:
    """(lemma, form) pairs; the first word of a masked phrase ("*riot*
    police", "*seized* power", "*anti-riot*") is blanked, the rest stays a cue, and so is
    the adjective of a noun-only cue ("an *offensive* cartoon"; not on an act
    or a weapon, "*offensive* action": review52)."""
    nouns, acts = noun_only_cues()
    return masked_cue_words([("", "") if t.pos_ == "ADJ" and t.lower_ in nouns
                             and t.head.lemma_.lower() not in acts
                             else (_lemma(t), t.lower_) for t in tokens])


def _lemma(tok: Token) -> str:
    """The lower-cased lemma; a plural the parser read as a proper noun
    outside any name ("*Drones* struck the depot") by its common singular
    (``mode_words.common_plural_lemma``); an acronym ("AIDS", "NGOs") is
    no plural word and keeps its form."""
    if reads_as_common_plural(tok.pos_ == "PROPN", tok.ent_type_, tok.text):
        return common_plural_lemma(tok.lower_)
    return tok.lemma_.lower()


def noun_only_cues() -> tuple[frozenset[str], frozenset[str]]:
    """(cues that count only as nouns, the act nouns their adjective may
    still cue: "offensive action"); modes.yaml's ``_noun_cues`` and
    ``_noun_cue_acts`` (review52)."""
    lists = mode_words()
    return lists["_noun_cues"], lists["_noun_cue_acts"]


def masked_cue_words(words: Words) -> Words:
    """The masking step of :func:`cue_words` on (lemma, form) pairs already
    read (blanked in place; speed32 reads them from columns)."""
    vocab = {w for pair in words for w in pair}
    for mask in mode_masks():
        if mask[0] not in vocab:
            continue
        n = len(mask)
        for i in range(len(words) - n + 1):
            if all(mask[k] in words[i + k] for k in range(n)):
                for k in range(_first_word_length(mask)):
                    words[i + k] = ("", "")  # "riot" of "riot police": police stays a cue
    return words


def _first_word_length(mask: tuple[str, ...]) -> int:
    """How many parser words the mask's first word spans: a hyphenated
    compound is one word ("anti-riot" is "anti", "-", "riot", all masked;
    review52)."""
    k = 1
    while k + 1 < len(mask) and mask[k] == "-":
        k += 2
    return k


# doc.user_data key: (token count, {(trigger start, end): own clause's cue words})
_CLAUSE_WORDS_KEY = "eventwire.events.own_clause_words"


def own_clause_words(trigger: Span) -> Words:
    """``cue_words(own_clause(trigger))``, walked once per trigger and kept
    in ``doc.user_data`` (speed30: the rules' cascade and the learned mode
    chooser each walked the clause of every event again); strings only, so
    the doc holds no Token of its own; a table kept for another token count
    is read anew."""
    doc = trigger.doc
    kept: tuple[int, dict[tuple[int, int], Words]] | None = doc.user_data.get(_CLAUSE_WORDS_KEY)
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data[_CLAUSE_WORDS_KEY] = (len(doc), {})
    key = (trigger.start, trigger.end)
    words = kept[1].get(key)
    if words is None:
        words = kept[1][key] = cue_words(own_clause(trigger))
    return list(words)


def _owned(words: Words, modes: list[tuple[str, frozenset[str], list[tuple[str, ...]]]],
           vocab: set[str]) -> dict[int, str]:
    """Word positions inside a multi-word cue, with that cue's mode."""
    owned: dict[int, str] = {}
    for mode, _, multis in modes:
        for cue in multis:
            if cue[0] not in vocab:
                continue
            n = len(cue)
            for i in range(len(words) - n + 1):
                if all(cue[k] in words[i + k] for k in range(n)):
                    owned.update({i + k: mode for k in range(n)})
    return owned


def _starts_of(modes: list[tuple[str, frozenset[str], list[tuple[str, ...]]]]
               ) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The first words of the multi-word cues: of all modes, and per mode
    (speed33: a clause stepped through every multi-word cue of its type to
    find that none starts in it)."""
    per_mode = tuple(frozenset(cue[0] for cue in multis) for _, _, multis in modes)
    return frozenset().union(*per_mode), per_mode


@lru_cache(maxsize=32)
def _kind_starts(kind: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    return _starts_of(cue_index().get(kind, []))


_NONE: frozenset[str] = frozenset()


def _free_words(words: Words, owned: dict[int, str]
                ) -> tuple[set[str], dict[str, set[str]]]:
    """The words free for a mode are those at no cue's position plus those
    its own cues own; both parts read in one pass (speed41: the free set was
    rebuilt over the whole clause or sentence once per mode of the type)."""
    if not owned:
        return set(), {}
    unowned: set[str] = set()
    by_mode: dict[str, set[str]] = {}
    for i, pair in enumerate(words):
        mode = owned.get(i)
        if mode is None:
            unowned.update(pair)
        else:
            by_mode.setdefault(mode, set()).update(pair)
    return unowned, by_mode


def cued_modes(kind: str, words: Words, index: Index | None = None) -> Iterator[str]:
    """The modes (in YAML order) with a cue in ``words``. A multi-word cue
    owns its words: "rubber bullets" is crowd-control, so its "bullet" is no
    firearms cue."""
    modes = (index or cue_index()).get(kind, [])
    starts, per_mode = _kind_starts(kind) if not index else _starts_of(modes)
    vocab = {w for pair in words for w in pair}
    # no multi-word cue starts in the words (most clauses): none owns a word
    owned = {} if starts.isdisjoint(vocab) else _owned(words, modes, vocab)
    unowned, by_mode = _free_words(words, owned)
    for (mode, singles, multis), firsts in zip(modes, per_mode, strict=True):
        # no multi-word cue owns a word (most clauses): every word is free
        free = vocab if not owned else unowned | by_mode.get(mode, _NONE)
        # the vocabulary test is the generator's filter (speed26): it steps
        # only for cues whose first word is there (was ~56k per 200 articles);
        # a mode none of whose cues starts there is not stepped (speed33)
        if not singles.isdisjoint(free) or (not firsts.isdisjoint(vocab) and any(
                _has(words, cue) for cue in multis if cue[0] in vocab)):
            yield mode


def first_mode(kind: str, words: Words, index: Index | None = None) -> str | None:
    """The first mode (in YAML order) with a cue in ``words``."""
    return next(cued_modes(kind, words, index), None)
