"""The mode cue index and its masks (eventwire/stages/events/modes.py and
mode_context.py): the shortcuts of the scan (mask starts, owned words, the
clause's cue words) answer as the full scan does; hyphenated cues and masks
match whole. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.mode_cues import load_cues
from eventwire.stages.events.modes import normalise
from tests.test_modes import check


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


def test_non_type_sections_are_not_types() -> None:
    assert not any(kind.startswith("_") for kind in load_cues())
    assert normalise("PROTEST", "strike-hun") == "hunger"


def _masked_read_in_full(trigger) -> bool:  # type: ignore[no-untyped-def]
    """``masked_trigger`` without its first-word shortcut."""
    from eventwire.stages.events.mode_cues import mode_masks

    root = trigger.root
    toks = list(root.doc[root.i:min(root.i + 6, root.sent.end)])
    for mask in mode_masks():
        n = len(mask)
        if len(toks) >= n and all(mask[k] in (toks[k].lemma_.lower(), toks[k].lower_)
                                  for k in range(n)):
            return toks[n - 1].dep_ != "compound"
    return False


@pytest.mark.parametrize("text", [
    "The army seized power in a coup and took control of the state broadcaster.",
    "Riot police fired rubber bullets as the strike force moved into the square.",
    "The seizure of power stations left the capital dark after the junta took power.",
])
def test_mask_shortcut_answers_as_the_full_scan(spacy_nlp, text: str  # type: ignore[no-untyped-def]
                                                ) -> None:
    from eventwire.stages.events.modes import masked_trigger

    doc = spacy_nlp(text)
    spans = [doc[i:i + 1] for i in range(len(doc))]
    assert [masked_trigger(s) for s in spans] == [_masked_read_in_full(s) for s in spans]
    assert any(_masked_read_in_full(s) for s in spans)


@pytest.mark.parametrize("first", [("seize", "seized"), ("riot", "riot"), ("shoot", "shot"),
                                   ("take", "took"), ("meet", "met")])
def test_mask_starts_rule_out_what_the_phrase_loop_rules_out(first: tuple[str, str]) -> None:
    """``masked_trigger``'s early exit by one set test answers what the loop
    over every ``mode_masks`` phrase answered."""
    from eventwire.stages.events.mode_cues import mask_starts, mode_masks

    starts = mask_starts()
    assert starts is not None and starts
    looped = all(mask and mask[0] not in first for mask in mode_masks())
    assert starts.isdisjoint(first) == looped


@pytest.mark.parametrize("words", [
    [("fire", "fired"), ("rubber", "rubber"), ("bullet", "bullets")],
    [("fire", "fired"), ("live", "live"), ("bullet", "bullets"), ("at", "at")],
    [("throw", "threw"), ("stone", "stones"), ("and", "and"), ("tear", "tear"),
     ("gas", "gas")],
])
def test_cued_modes_without_owned_words_read_every_word(words: list[tuple[str, str]]) -> None:
    """With no multi-word cue in the clause every word is free: the shortcut
    gives the modes the per-mode word scan gives."""
    from eventwire.stages.events.mode_cues import _has, _owned, cue_index, cued_modes

    for kind, modes in cue_index().items():
        vocab = {w for pair in words for w in pair}
        owned = _owned(words, modes, vocab)
        scanned = [mode for mode, singles, multis in modes
                   if not singles.isdisjoint({w for i, pair in enumerate(words)
                                              if owned.get(i, mode) == mode for w in pair})
                   or any(cue[0] in vocab and _has(words, cue) for cue in multis)]
        assert list(cued_modes(kind, words)) == scanned


CLAUSE_TEXTS = (
    "Troops shelled the ridge with mortars after rebels ambushed a convoy, and jets "
    "bombed the depot.",
    "The union, which organised a sit-in, said police used batons to clear the square.",
    "Gunmen who had seized the ferry released the crew once the navy surrounded it.",
)


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_own_clause_words_are_the_clause_cue_words(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed30 keeps each trigger's clause words per doc: the same words as
    walking the clause again (the old form), on every call."""
    from eventwire.stages.events.mode_context import own_clause
    from eventwire.stages.events.mode_cues import cue_words, own_clause_words
    from eventwire.stages.events.modes import CONTENT_TYPES, SPEECH_ACTS

    assert SPEECH_ACTS <= CONTENT_TYPES  # own-clause regions are never speech acts
    doc = spacy_nlp(text)
    for tok in doc:
        trigger = doc[tok.i:tok.i + 1]
        old = cue_words(own_clause(trigger))
        first = own_clause_words(trigger)
        assert first == old
        first.append(("x", "x"))  # a caller's change does not reach the kept words
        assert own_clause_words(trigger) == old


def test_hyphenated_cues_match(pipe: Pipeline) -> None:
    check(pipe, "The envoy urged both sides to agree a cease-fire.", "urged", "REQUEST",
          "yield")
    check(pipe, "Police fired rubber-coated bullets at the crowd.", "fired", "ASSAULT",
          "crowd-control")


@pytest.mark.parametrize("text,word,mode", [
    # review52: a hyphenated mask ("anti-riot") is one word, masked whole; its
    # "riot" is no riot cue ("anti-riot officers" watch a peaceful march)
    ("Students marched past lines of anti-riot officers on Monday.", "marched", "demo"),
    ("Thousands protested outside parliament as anti-riot units watched.", "protested", "demo"),
    ("Pensioners rallied in the square, ringed by anti-riot squads.", "rallied", "demo"),
    # control: a riot is still a riot
    ("Youths rioted in the suburb after the verdict, torching cars.", "rioted", "riot"),
])
def test_a_hyphenated_mask_is_masked_whole(pipe: Pipeline, text: str, word: str,
                                           mode: str | None) -> None:
    check(pipe, text, word, "PROTEST", mode)


def _cued_modes_stepping_every_cue(kind: str, words: list[tuple[str, str]]) -> list[str]:
    """``cued_modes`` as it was before speed33: every multi-word cue of the
    type stepped for the owned words and again per mode."""
    from eventwire.stages.events.mode_cues import _has, _owned, cue_index

    modes = cue_index().get(kind, [])
    vocab = {w for pair in words for w in pair}
    owned = _owned(words, modes, vocab)
    found = []
    for mode, singles, multis in modes:
        free = vocab if not owned else {
            w for i, pair in enumerate(words) if owned.get(i, mode) == mode for w in pair}
        if not singles.isdisjoint(free) or \
                any(_has(words, cue) for cue in multis if cue[0] in vocab):
            found.append(mode)
    return found


@pytest.mark.parametrize("clause", [
    "Riot officers fired rubber bullets and tear gas at the marchers near the depot.",
    "The rubber plant was shut after workers set fire to two warehouses.",
    "Militiamen shelled the hamlet with mortars while a drone circled overhead.",
    "The envoy said both sides would hold talks in the capital next week.",
    "Guards beat the detainees with batons, then locked them in a shipping container.",
])
def test_cued_modes_with_the_first_word_screen_find_what_every_cue_found(
        spacy_nlp, clause: str) -> None:  # type: ignore[no-untyped-def]
    """speed33: a mode whose multi-word cues all start outside the words is
    not stepped, nor is any cue when none starts there; the modes found are
    the ones the full stepping finds, for every type and for a custom index."""
    from eventwire.stages.events.mode_cues import cue_index, cue_words, cued_modes

    words = cue_words(list(spacy_nlp(clause)))
    for kind in cue_index():
        expected = _cued_modes_stepping_every_cue(kind, list(words))
        assert list(cued_modes(kind, list(words))) == expected
        assert list(cued_modes(kind, list(words), dict(cue_index()))) == expected


@pytest.mark.parametrize("words,owned", [
    # "bullet" owned by crowd-control at 2 and free at 5: free for every mode
    ([("fire", "fired"), ("rubber", "rubber"), ("bullet", "bullets"), ("and", "and"),
      ("live", "live"), ("bullet", "bullets")], {1: "crowd-control", 2: "crowd-control"}),
    # two modes each owning words, one word owned by both in turn
    ([("tear", "tear"), ("gas", "gas"), ("car", "car"), ("bomb", "bomb"), ("gas", "gas")],
     {0: "crowd-control", 1: "crowd-control", 2: "explosives", 3: "explosives"}),
    # every word owned, and no word owned
    ([("air", "air"), ("strike", "strikes")], {0: "aerial", 1: "aerial"}),
    ([("shell", "shelled"), ("the", "the"), ("town", "town")], {}),
])
def test_free_words_in_one_pass_are_the_per_mode_free_words(
        words: list[tuple[str, str]], owned: dict[int, str]) -> None:
    """speed41: the words free for a mode (at no cue's position, or owned by
    its own cue) read in one pass equal the per-mode rebuild they replace,
    for modes owning words and modes owning none."""
    from eventwire.stages.events.mode_cues import _NONE, _free_words

    unowned, by_mode = _free_words(words, owned)
    for mode in {*owned.values(), "firearms", "destroy"}:
        rebuilt = {w for i, pair in enumerate(words) if owned.get(i, mode) == mode for w in pair}
        if owned:
            assert unowned | by_mode.get(mode, _NONE) == rebuilt
        else:
            assert (unowned, by_mode) == (set(), {})  # cued_modes takes the vocabulary


@pytest.mark.parametrize("text,mode", [
    # a vow of justice threatens prosecution (modes43): THREATEN arrest
    ("The governor warned that anyone caught looting shops would face the full force of "
     "the law.", "arrest"),
    ("Police warned that drivers who block the motorway will face criminal charges.", "arrest"),
    ("The president warned that anyone who burns ballot boxes will answer before the courts.",
     "arrest"),
    ("The fisheries minister warned that foreign poachers would face the full rigours of the "
     "law.", "arrest"),
    ("The general warned that deserters would face justice.", "arrest"),
    # near misses: force with no law, a court as a target or a lawsuit, the
    # law as a frame, justice fought for
    ("The army warned that any attack on its bases would be met with full force.", "violence"),
    ("The rebels threatened to attack the courthouse in the provincial capital.", "violence"),
    ("The union warned that it would take the ministry to court over the pay freeze.", None),
    ("The minister warned that Yerevan would respond within the framework of international "
     "law.", None),
    ("The separatists vowed to fight for justice for their people.", "violence"),
])
def test_vows_of_justice(pipe: Pipeline, text: str, mode: str | None) -> None:
    word = "vowed" if "vowed" in text else ("threatened" if "threatened" in text else "warned")
    check(pipe, text, word, "THREATEN", mode)
