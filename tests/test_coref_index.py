"""The mention index and antecedent fit that coreference searches with
(:mod:`eventwire.stages.actors.coref_index`; split from ``coref`` in the
thirty-third session). Mentions built by hand: offsets, not parses."""

from __future__ import annotations

from eventwire.models import ActorMention
from eventwire.stages.actors.coref_index import MentionIndex, fits, is_person, pronoun_mention


def _index(mentions: list[ActorMention]) -> MentionIndex:
    # one sentence per 100 characters, three sentences
    sent_of = [min(2, c // 100) for c in range(301)]
    return MentionIndex(mentions, sent_of, [0, 100, 200])


def test_starting_lists_the_mentions_in_a_range_last_first_and_follows_additions() -> None:
    mentions = [ActorMention(10, 20, "the army", kind="agent"),
                ActorMention(120, 130, "Ali Hassan", kind="person"),
                ActorMention(40, 45, "police", kind="agent")]
    index = _index(mentions)
    assert index.starting(0, 100) == [2, 0]
    assert index.starting(100, 300) == [1]
    index.add(ActorMention(150, 170, "the rebel group", kind="armed_group"))
    assert index.starting(100, 300) == [3, 1]
    assert index.covers(160) and index.covers(12) and not index.covers(60)


def test_a_person_fits_he_and_a_group_fits_they() -> None:
    person = ActorMention(0, 10, "Ali Hassan", kind="person")
    spokesman = ActorMention(0, 14, "a spokesman", kind="agent")
    group = ActorMention(0, 15, "the rebel group", kind="armed_group")
    dateline = ActorMention(0, 6, "KABUL", kind="state", rule="kb+dateline")
    assert is_person(person) and is_person(spokesman) and not is_person(group)
    assert fits(person, want_person=True) and not fits(group, want_person=True)
    assert fits(group, want_person=False) and not fits(person, want_person=False)
    assert not fits(dateline, want_person=False)  # the place a story was filed from


def test_the_last_fitting_mention_of_the_same_sentence_wins() -> None:
    mentions = [ActorMention(10, 20, "Ali Hassan", kind="person"),
                ActorMention(120, 130, "Omar Said", kind="person"),
                ActorMention(140, 150, "Rami Nasr", kind="person")]
    index = _index(mentions)
    assert index.last(160, want_person=True) == 2
    assert index.last(50, want_person=True) == 0
    assert index.last(5, want_person=True) is None


def test_pronoun_mention_stands_for_its_antecedent() -> None:
    """tidy64: the one builder of a pronoun mention (coref's "they",
    partitives' "some", first_person's quoted "we"): the token's own
    characters, the antecedent's kind and index, the pronoun rule."""
    from spacy.lang.en import English

    doc = English()("The army shelled the town. Some fled, and they said: we will return.")
    mentions = [ActorMention(0, 8, "The army", kind="agent"),
                ActorMention(16, 24, "the town", kind="state")]
    for word, ante in (("Some", 1), ("they", 0), ("we", 0)):
        tok = next(t for t in doc if t.text == word)
        m = pronoun_mention(tok, mentions, ante)
        assert (m.start, m.end, m.text) == (tok.idx, tok.idx + len(word), word)
        assert (m.kind, m.antecedent, m.rule, m.confidence) == \
            (mentions[ante].kind, ante, "pronoun", 0.6)
