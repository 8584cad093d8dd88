"""Binding principle B: an object pronoun is not its own clause's subject."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import antecedent_of


@pytest.fixture(scope="module")
def pipe(actors_pipe: Pipeline) -> Pipeline:
    return actors_pipe


@pytest.mark.parametrize("text,pronoun,not_subject", [
    # purpose clause: the subject of "fired" is the subject of "disperse"
    ("Hundreds of farmers blocked the highway outside Lagos. Police fired tear gas to "
     "disperse them.", "them", "Police"),
    # plain transitive verb
    ("Students marched on the ministry, and soldiers dispersed them with batons.", "them",
     "soldiers"),
    # relative clause: "who" is the noun the clause modifies
    ("Riot police guarded the palace from students who pelted them with stones.", "them",
     "students"),
    # singular person object
    ("Prime Minister Ana Lopez said General Tomas Ruiz had asked her to resign.", "her",
     "General Tomas Ruiz"),
])
def test_object_pronoun_skips_its_clause_subject(pipe: Pipeline, text: str, pronoun: str,
                                                 not_subject: str) -> None:
    assert antecedent_of(pipe, text, pronoun) != not_subject


def test_earlier_mention_with_the_subjects_head_word_is_skipped(pipe: Pipeline) -> None:
    text = ("Protesters threw bottles at police after the rally, and riot police used water "
            "cannon to push them back.")
    assert antecedent_of(pipe, text, "them") == "Protesters"


def test_subject_pronoun_still_takes_the_subject(pipe: Pipeline) -> None:
    text = "Soldiers stormed the village, and they burned the granary."
    assert antecedent_of(pipe, text, "they") == "Soldiers"


@pytest.mark.parametrize("text,not_antecedent", [
    # the subject's possessor: a body is not urged by its own ministry
    ("Ghana's foreign ministry met envoys of Togo and urged it to reopen the border.", "Ghana"),
    # the subject's conjunct acts with it
    ("Abkhazia declared independence; Georgia and Moldova do not recognise it.", "Moldova"),
    # possessor again, accusing
    ("Peru's defence ministry summoned envoys of Bolivia, accusing it of arming smugglers.",
     "Peru"),
])
def test_addressed_it_skips_its_clause_subject_phrase(pipe: Pipeline, text: str,
                                                      not_antecedent: str) -> None:
    found = antecedent_of(pipe, text, "it")
    assert found is not None and found != not_antecedent, found


@pytest.mark.parametrize("text,pronoun,not_object", [
    # the name the pronoun's own verb takes as object is someone else
    ("Officer Dana Reyes questioned the tenant when Marco Silva came out of the kitchen. "
     "He stabbed Reyes twice and ran.", "He", "Dana Reyes"),
    ("General Tomas Ruiz met Prime Minister Ana Lopez on Friday. She thanked Ruiz for his "
     "support.", "She", "Tomas Ruiz"),
    ("Riot police blocked the protesters outside the mill. They pelted the police with "
     "stones.", "They", "Riot police"),
])
def test_subject_pronoun_skips_its_verbs_object(pipe: Pipeline, text: str, pronoun: str,
                                                not_object: str) -> None:
    assert antecedent_of(pipe, text, pronoun) != not_object


@pytest.mark.parametrize("text,not_owner", [
    ("Chad says Sudanese militiamen attacked its soldiers at a border post.",
     "Sudanese militiamen"),
    ("The union said the Zenith company's guards had beaten its members outside the plant.",
     "guards"),
    ("Uganda accused the rebel group of holding its engineers, and said the rebels "
     "kidnapped its workers in March.", "rebels"),
])
def test_hostile_acts_on_its_people_are_done_to_another_owner(pipe: Pipeline, text: str,
                                                              not_owner: str) -> None:
    """Class *the owner of the people a hostile act is done to is not its
    doer* (recips29)."""
    found = antecedent_of(pipe, text, "its")
    assert found is not None and not_owner not in found, found


@pytest.mark.parametrize("text,owner", [
    ("The junta jailed its critics after the referendum.", "junta"),
    ("The ministry recalled its ambassador from Lima.", "ministry"),
    ("The army said it had shelled its own positions by mistake.", "army"),
])
def test_relations_own_and_neutral_acts_keep_the_subject(pipe: Pipeline, text: str,
                                                         owner: str) -> None:
    """Nouns of relation, "own" and acts that are not hostile keep the
    subject as the owner."""
    assert antecedent_of(pipe, text, "its") == owner


@pytest.mark.parametrize("text,pronoun,owner", [
    ("The rebel movement said government troops had attacked their positions near Goma.",
     "their", "rebel"),
    ("The newspaper said police raided its offices on Tuesday night.", "its", "newspaper"),
    ("The opposition party said soldiers had surrounded its headquarters in the capital.",
     "its", "party"),
])
def test_a_site_attacked_belongs_to_another_owner(pipe: Pipeline, text: str, pronoun: str,
                                                  owner: str) -> None:
    """recips29: an installation or vehicle a hostile act is done to is
    owned by someone other than the doer."""
    found = antecedent_of(pipe, text, pronoun)
    assert found is not None and owner in found, found


@pytest.mark.parametrize("text,owner", [
    ("The company fired its workers after the strike at the port.", "company"),
    ("Iran arrested its citizens for spying on Monday.", "Iran"),
    ("The army detained its officers after the failed mutiny.", "army"),
])
def test_with_no_other_owner_named_the_doer_owns_its_people(pipe: Pipeline, text: str,
                                                            owner: str) -> None:
    """review46: a hostile act on "its" people passes the doer over only
    for another party named before it; with none, the doer is the owner
    (the pronoun was left with no antecedent)."""
    assert antecedent_of(pipe, text, "its") == owner


BINDING_TEXTS = (
    "Villagers chased the tax collectors, and the collectors' guards beat them with sticks.",
    "The minister met the strikers on Friday. They accused him of lying, and he "
    "dismissed them.",
    "Smugglers fired at the patrol boat before marines boarded it and arrested them.",
)


@pytest.mark.parametrize("text", BINDING_TEXTS)
def test_binding_exclusions_answer_as_before(pipe: Pipeline, text: str) -> None:
    """speed30 returns at once when no subject (object) mention is found;
    the exclusions are the old form's for every pronoun of these texts."""
    from eventwire.models import Article
    from eventwire.stages.actors.binding import (
        clause_objects,
        clause_subjects,
        head_word,
        own_object_mentions,
        own_subject_mentions,
    )

    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    ms = doc._.actor_mentions
    for tok in (t for t in doc if t.pos_ == "PRON"):
        earlier = [j for j, m in enumerate(ms) if m.end <= tok.idx]
        later = [j for j, m in enumerate(ms) if m.start > tok.idx]
        subjects = clause_subjects(tok)
        found = {j for j in earlier for s in subjects if ms[j].start <= s.idx < ms[j].end}
        heads = {head_word(ms[j]) for j in found}
        old = frozenset(j for j in earlier if j in found or head_word(ms[j]) in heads)
        assert own_subject_mentions(tok, ms, earlier) == old
        objects = clause_objects(tok)
        oheads = {head_word(ms[j]) for j in later for o in objects
                  if ms[j].start <= o.idx < ms[j].end}
        oheads |= {o.lower_ for o in objects if o.pos_ == "PROPN"}
        old = frozenset(j for j in earlier if head_word(ms[j]) in oheads)
        assert own_object_mentions(tok, ms, earlier, later) == old
