"""Coreference classes of ``stages/actors/coref.py`` (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import antecedent_of


@pytest.fixture(scope="module")
def pipe(actors_pipe: Pipeline) -> Pipeline:
    return actors_pipe


@pytest.mark.parametrize("text,pronoun,topic", [
    # a trailing reporter is not the topic
    ("Farmers blocked the main road into Nairobi on Monday, police said. "
     "They want lower fuel prices.", "They", "Farmers"),
    ("The Chilean navy said it had boarded the trawler, the Santiago Times reported. "
     "It denied firing on the crew.", "It", "Chilean navy"),
    # an embedded subject later in the sentence is not the topic either
    ("Dock workers walked off the job after managers said wages would be frozen. "
     "They plan a second strike next week.", "They", "workers"),
    ("Senator Maria Ortiz told reporters that Governor Luis Perez had misled voters. "
     "She demanded an inquiry.", "She", "Maria Ortiz"),
])
def test_main_clause_subject_pronoun_continues_the_topic(pipe: Pipeline, text: str,
                                                         pronoun: str, topic: str) -> None:
    assert antecedent_of(pipe, text, pronoun) == topic



@pytest.mark.parametrize("text,pronoun,owner", [
    # a fitting name stands closer ("Poland", "Peru", "the police")
    ("Russia's defence ministry said on Monday it had hit fuel depots. It told Poland that "
     "its drones had strayed because of jamming.", "its", "ministry"),
    ("Bolivia's embassy in Lima stayed closed on Monday. It informed Peru that its staff "
     "would return soon.", "its", "embassy"),
    ("Protest leaders met the mayor of Leipzig on Friday. They told the police that their "
     "members would march again.", "their", "Protest leaders"),
])
def test_pronoun_under_a_pronoun_subject_takes_its_referent(pipe: Pipeline, text: str,
                                                            pronoun: str, owner: str) -> None:
    assert antecedent_of(pipe, text, pronoun) == owner


@pytest.mark.parametrize("text,noun", [
    # class *a group noun with its own "of"* (actors27): an act or a new set,
    # no re-mention of the group named before
    ("The Karen National Union said on Monday it would lift its checkpoints to ease "
     "the movement of traders.", "the movement"),
    ("Hamas accused the electoral board of delaying the organisation of the vote.",
     "the organisation"),
    ("The Free Patriotic Front denied that the group of six men who robbed the bank were "
     "its members.", "the group"),
])
def test_a_group_noun_with_its_own_of_is_no_anaphor(pipe: Pipeline, text: str,
                                                    noun: str) -> None:
    from eventwire.models import Article

    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert not [m for m in doc._.actor_mentions if m.rule == "nominal" and m.text == noun]


@pytest.mark.parametrize("text", [
    "The army said it had shelled the village. Rebels denied that they were hit.",
    "Police in Lagos arrested two men, and the governor thanked them.",
    "A ship was seized by the navy of Iran; Britain protested.",
])
def test_subject_starts_read_on_the_idx_column(pipe: Pipeline, text: str) -> None:
    """speed57: ``_subject_starts`` reads each subject's offset on the IDX
    column; the same starts as asking each subject Token's ``idx``."""
    from eventwire.models import Article
    from eventwire.nlp.spans import SpanIndex
    from eventwire.stages.actors.coref import _subject_starts

    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    mentions = doc._.actor_mentions
    index = SpanIndex([(m.start, m.end) for m in mentions])
    by_tokens = {mentions[i].start for t in doc if t.dep_ in ("nsubj", "nsubjpass")
                 for i in index.containing(t.idx)}
    assert by_tokens  # each text has a subject inside a mention
    assert _subject_starts(doc, mentions) == by_tokens
