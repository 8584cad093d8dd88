"""Cross-document event coreference: stories, conflicts, strong matches."""

from __future__ import annotations

from datetime import date

from eventwire.corpus.dedup import (
    Document,
    Mention,
    article_names,
    block_idf,
    conflict,
    content_words,
    corefer,
    day_gap,
    stories,
)


def doc(doc_id: str, text: str, day: int = 1, group: str = "") -> Document:
    return Document(doc_id, tuple(content_words(text)), date(2021, 3, day), group)


QUAKE_A = ("A magnitude 5.1 earthquake struck the town of Lorca in southern Spain on "
           "Wednesday, killing nine people and damaging the Murcia region's hospital.")
QUAKE_A2 = ("Nine people died in Lorca, southern Spain, when an earthquake damaged homes "
            "and the hospital; Murcia officials said rescuers were still searching.")
QUAKE_B = ("A strong earthquake shook Christchurch, New Zealand, toppling buildings in the "
           "city centre; the prime minister declared a national emergency.")


# unrelated news, so that the IDF weights look like those of a real corpus
OTHERS = [doc(f"o{i}", text) for i, text in enumerate([
    "Parliament passed the budget after a long debate over taxes and pensions.",
    "The central bank raised interest rates to fight inflation.",
    "Protesters marched in the capital demanding the minister's resignation.",
    "The football club signed a new striker for a record fee.",
    "Rebels attacked an army convoy near the border, officials said.",
    "The two countries agreed to reopen their embassies next month.",
])]


def test_content_words_drop_stop_words() -> None:
    assert content_words("The army attacked a base in Basra.") == ["army", "attacked", "base",
                                                                   "basra"]


def test_stories_group_similar_articles_and_keep_others_apart() -> None:
    story = stories([doc("a", QUAKE_A), doc("a2", QUAKE_A2), doc("b", QUAKE_B), *OTHERS])
    assert story["a"] == story["a2"]
    assert story["b"] != story["a"]


def test_stories_respect_groups_and_the_time_window() -> None:
    story = stories([doc("a", QUAKE_A, group="x"), doc("a2", QUAKE_A2, group="y"), *OTHERS])
    assert story["a"] != story["a2"]
    late = stories([doc("a", QUAKE_A, day=1), doc("a2", QUAKE_A2, day=28), *OTHERS],
                   window_days=7)
    assert late["a"] != late["a2"]


def m(mid: str, doc_id: str, key: str = "ASSAULT", **fields: object) -> Mention:
    return Mention(mid, doc_id, key, **fields)  # type: ignore[arg-type]


def test_conflicts_only_on_fields_both_know() -> None:
    assert not conflict(m("1", "a"), m("2", "b", place=98182))
    assert conflict(m("1", "a", place=1), m("2", "b", place=2))
    assert conflict(m("1", "a", date_range=("2021-03-01", "2021-03-01")),
                    m("2", "b", date_range=("2021-03-05", "2021-03-05")))
    assert not conflict(m("1", "a", date_range=("2021-03-01", "2021-03-31")),
                        m("2", "b", date_range=("2021-03-05", "2021-03-05")))
    assert conflict(m("1", "a", actor="IRQ"), m("2", "b", actor="USA"))


def _on(mid: str, doc_id: str, day: str, **fields: object) -> Mention:
    return m(mid, doc_id, date_range=(day, day), day=day, **fields)


def test_a_day_apart_does_not_conflict_when_the_caller_tolerates_it() -> None:
    # one act dated a day apart by two reports, each known to the day
    cases = [
        # an overnight raid: dated by the night it began / the morning it ended
        (_on("1", "wire", "2023-11-06"), _on("2", "paper", "2023-11-07")),
        # a launch late on New Year's Eve in one time zone, New Year's Day in another
        (_on("3", "tokyo", "2024-01-01", place=1850147),
         _on("4", "hawaii", "2023-12-31", place=1850147)),
        # "on Sunday" in one text, a next-day "yesterday" one day late in another
        (_on("5", "daily", "2022-05-29", actor="KEN"), _on("6", "radio", "2022-05-30",
                                                           actor="KEN")),
    ]
    for a, b in cases:
        assert conflict(a, b)  # the default: any two days that differ conflict
        assert not conflict(a, b, near_days=1)
        assert day_gap(a, b) == 1


def test_a_day_apart_is_tolerated_only_for_days_and_nothing_else_conflicting() -> None:
    near_misses = [
        # two days apart: another act (the second of two strikes)
        (_on("1", "wire", "2023-11-05"), _on("2", "paper", "2023-11-07")),
        # a month and the next month's first day: too coarse to call it a slip
        (m("3", "a", date_range=("2024-02-01", "2024-02-29")),
         _on("4", "b", "2024-03-01")),
        # a day apart, but two different cities
        (_on("5", "a", "2022-05-29", place=1), _on("6", "b", "2022-05-30", place=2)),
    ]
    for a, b in near_misses:
        assert conflict(a, b, near_days=1)
    assert day_gap(m("7", "a"), _on("8", "b", "2022-05-30")) is None


def test_same_story_same_key_corefer_other_keys_do_not() -> None:
    story = {"a": "s1", "b": "s1"}
    out = corefer([m("a1", "a"), m("b1", "b"), m("b2", "b", key="AGREE")], story)
    assert out["a1"] == out["b1"] != out["b2"]


def test_no_chaining_through_a_mention_that_knows_nothing() -> None:
    """EADS and Boeing never merge, even through a report naming neither."""
    story = {"a": "s", "b": "s", "c": "s"}
    out = corefer([m("a1", "a", actor="FRA"), m("b1", "b"), m("c1", "c", actor="USA")], story)
    assert out["a1"] != out["c1"]


def test_across_stories_only_a_strong_match_links() -> None:
    story = {"a": "s1", "b": "s2", "c": "s3"}
    ids = frozenset({"IRQ:kh"})
    out = corefer([m("a1", "a", day="2020-01-03", participants=ids),
                   m("b1", "b", day="2020-01-03", participants=ids),
                   m("c1", "c", day="2020-01-04", participants=ids)], story)
    assert out["a1"] == out["b1"] != out["c1"]


def test_one_article_needs_the_same_trigger_or_a_shared_participant() -> None:
    story = {"a": "s"}
    out = corefer([m("1", "a", lemma="attacked"), m("2", "a", lemma="shelled"),
                   m("3", "a", lemma="attacked")], story)
    assert out["1"] == out["3"] != out["2"]


def test_a_type_key_needs_the_same_trigger_or_a_participant_across_articles_too() -> None:
    story = {"a": "s", "b": "s"}
    out = corefer([m("1", "a", lemma="attacked"), m("2", "b", lemma="shelled"),
                   m("3", "b", lemma="attacked"),
                   m("4", "b", lemma="shelled", participants=frozenset({"x"})),
                   m("5", "a", lemma="stormed", participants=frozenset({"x"}))], story)
    assert out["1"] == out["3"] != out["2"]
    assert out["4"] == out["5"]


def test_block_idf_weighs_a_word_the_whole_block_uses_least() -> None:
    block = [content_words(QUAKE_A), content_words(QUAKE_A2), content_words(QUAKE_B)]
    idf = block_idf(block)
    assert idf["earthquake"] < idf["lorca"] < idf["christchurch"]
    assert min(idf.values()) > 0  # smoothed: a block of two still weighs a shared word
    pair = block_idf([["strike", "kabul"], ["strike", "herat"]])
    assert 0 < pair["strike"] < pair["kabul"] == pair["herat"]


def test_article_names_are_the_repeated_capitalised_words_not_sentence_starts() -> None:
    text = ("Rockets hit Baghdad on Tuesday. Officials in Baghdad blamed Kataib Hezbollah. "
            "The militia, Kataib Hezbollah, denied it; Baghdad said the US embassy was hit.")
    assert article_names(text, 2) == ["baghdad", "hezbollah"]
    quake = ("Rescuers in Lorca searched the rubble. In Lorca and Murcia, the earthquake "
             "damaged the hospital. Officials said Lorca lost power.")
    assert article_names(quake, 1) == ["lorca"]
    assert "rescuers" not in article_names(quake, 5)  # sentence-initial only
    assert article_names("the vote was held. it passed.", 3) == []
