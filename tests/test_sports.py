"""A game reported in the language of war (eventwire/stages/events/sports.py).
Every text here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of

TENNIS_BASKETBALL = (
    "Celtics storm Garden fortress as Brown punishes Knicks\n"
    "BOSTON (Reuters) - The Celtics besieged the Knicks' basket all night and Jaylen Brown "
    "attacked the rim in the fourth quarter as Boston crushed New York 118-96 in the playoff "
    "opener.\n"
    "The Knicks' coach said his squad had surrendered too many rebounds.\n"
    "Brown, the league's champion last season, struck twice from deep in the final minute.\n"
    "The series resumes on Friday."
)
CRICKET = (
    "Root's century sinks Australia at Lord's\n"
    "LONDON (Reuters) - Joe Root smashed an unbeaten century as England crushed Australia by "
    "seven wickets.\n"
    "The Australian bowlers attacked from the first over but the batsmen defended stoutly.\n"
    "Stuart Broad struck twice in the evening session to rip through the tail.\n"
    "The tournament continues in Leeds."
)
CHESS = (
    "Grandmaster ambushes champion to seize the lead\n"
    "MADRID (Reuters) - The Indian grandmaster launched a ferocious attack on the champion's "
    "king and forced checkmate on move 41.\n"
    "He sacrificed a rook to storm the defences, and his rival surrendered the centre.\n"
    "The chess tournament ends on Sunday."
)
RIOT_AFTER_MATCH = (
    "Hosts stun holders as fans clash with police\n"
    "LIMA (Reuters) - Peru stunned the holders 2-1 with a late equaliser and a winner in "
    "stoppage time, and the goalkeeper saved a penalty.\n"
    "The visiting coach said the referee had robbed his squad.\n"
    "Outside the stadium, riot police fired tear gas at fans who threw stones after the match.\n"
    "The interior minister condemned the violence, and police arrested 14 people."
)
FOOTBALLER_FATHER = (
    "Rebels say they will free footballer's father\n"
    "BOGOTA (Reuters) - Rebels said on Thursday they would release the father of the striker "
    "who scored twice in the match on Sunday.\n"
    "The father was seized by gunmen at a petrol station last week.\n"
    "The government said the kidnapping violated a ceasefire.\n"
    "Negotiators are due to meet in Mexico City next week.\n"
    "The army said it had deployed troops to the border.\n"
    "The rebels warned that they could suspend the peace talks."
)


@pytest.mark.parametrize("text,words", [
    (TENNIS_BASKETBALL, {"besieged", "attacked", "crushed", "surrendered", "struck"}),
    (CRICKET, {"smashed", "crushed", "attacked", "struck"}),
    (CHESS, {"attack", "storm", "surrendered", "forced"}),
])
def test_a_game_told_as_a_battle_has_no_events(event_pipe: Pipeline, text: str,
                                               words: set[str]) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert not found & words, found


def test_fans_and_police_after_the_match_stay(event_pipe: Pipeline) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, RIOT_AFTER_MATCH)}
    assert {"fired", "arrested", "condemned"} <= found, found
    assert "robbed" not in found and "stunned" not in found


def test_a_political_story_naming_a_footballer_is_no_game(event_pipe: Pipeline) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, FOOTBALLER_FATHER)}
    assert {"seized", "warned"} <= found, found


# review18: "squad", "coach" and "climb" have senses outside a game; a story
# whose only game-like words are such is no report of a game
BUS_ATTACK = (
    "Masked men execute bus passengers in Sindh\n"
    "KARACHI (Reuters) - A death squad stopped a coach carrying pilgrims near Sukkur and "
    "shot eleven passengers.\n"
    "The masked men set fire to the coach before fleeing on motorbikes.\n"
    "The toll could climb further, a hospital doctor said.\n"
    "Police said they had arrested two suspects."
)


def test_words_shared_with_other_news_make_no_game(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.events.sports import sports_story

    assert not sports_story(spacy_nlp(BUS_ATTACK))
    assert sports_story(spacy_nlp(TENNIS_BASKETBALL))


# branch events33: one sentence giving a game's score inside other news; the
# article is no report of a game, the sentence is about the game only
SCORE_IN_NEWS = (
    "Minister opens new stadium in Tbilisi\n"
    "TBILISI (Reuters) - The sports minister opened a new stadium in Tbilisi on Saturday, "
    "and the government pledged funds for two more arenas.\n"
    "{score}\n"
    "Police said the evening passed without incident."
)
SCORE_SENTENCES = [
    ("Dinamo Batumi then stormed the visitors' fortress, thrashing them 4-1 to stay top "
     "of the league.", "stormed"),
    ("Torpedo laid siege to the Locomotive goal from kick-off and won 2-0 in front of "
     "a full house.", "siege"),
    ("The home side ambushed the champions 3-2 in the cup semifinal with a header in "
     "the last minute.", "ambushed"),
]


@pytest.mark.parametrize("score,word", SCORE_SENTENCES)
def test_a_sentence_giving_a_games_score_has_no_event(event_pipe: Pipeline, score: str,
                                                      word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, SCORE_IN_NEWS.format(score=score))}
    assert word not in found, found
    assert "pledged" in found, found


@pytest.mark.parametrize("text,word", [
    ("Lawmakers voted 61-39 on Tuesday, and the senate condemned the annexation.",
     "condemned"),
    ("Troops stormed the rebel camp on March 3-4 and seized weapons, the army said.",
     "stormed"),
    ("Riot police fired tear gas at fans after the hosts won 2-1, officials said.", "fired"),
])
def test_tallies_dates_and_parties_beside_a_score_stay(event_pipe: Pipeline, text: str,
                                                       word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


# review60: two numbers joined by a hyphen before a plural noun count it (a
# range), they give no game's score, even beside "half", "final" or "series"
@pytest.mark.parametrize("text,word", [
    ("Attackers killed 10-12 villagers near the border, half of them children.", "killed"),
    ("Militia fighters burned 20-30 homes during the final days of the siege.", "burned"),
    ("Insurgents fired 3-4 rockets at the base in the second half of the night.", "fired"),
])
def test_a_range_counting_a_noun_is_no_score(event_pipe: Pipeline, text: str,
                                             word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


# review60: every game word of sport_words (not shared) counts beside a score,
# and result_words repeats none of them
@pytest.mark.parametrize("score", [
    "The Kings ambushed the Ducks 3-2 in the playoff opener on Friday night.",
    "Rovers stormed back from 0-2 down at halftime to snatch a draw.",
    "The hosts besieged the visiting goalkeeper and won 2-0.",
])
def test_a_score_beside_any_game_word_is_a_game(event_pipe: Pipeline, score: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, SCORE_IN_NEWS.format(score=score))}
    assert not found & {"ambushed", "stormed", "besieged"}, found
    assert "pledged" in found, found


def test_result_words_repeat_no_game_word() -> None:
    from eventwire.stages.events.sports import words

    lists = words()
    assert not lists["result_words"] & (lists["sport_words"] - lists["shared_words"])


@pytest.mark.parametrize("text", [
    "The visitors won 3-1 in the rain.  Police said 12-15 fans were hurt.",
    "Rebels held the town for 2 - 3 weeks. The hosts crushed them 91-74 at home.",
    "No score was given.\n\nThe board met on Tuesday and voted 5-1 to stay.",
])
def test_the_score_is_searched_on_the_sentence_text_cut_from_the_doc(spacy_nlp, text: str
                                                                      ) -> None:  # type: ignore[no-untyped-def]
    """speed33: ``_has_score`` reads the sentence's text cut from the
    document's (no Token per word); it answers what ``Span.text`` answered."""
    from eventwire.stages.events.sports import SCORE, _count_range, _has_score

    doc = spacy_nlp(text)
    for sent in doc.sents:
        old = any(not _count_range(sent, m.end()) for m in SCORE.finditer(sent.text))
        assert _has_score(sent[0]) == old
        assert _has_score(sent[-1]) == old
