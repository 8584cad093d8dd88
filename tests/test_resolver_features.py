"""Features of an event participant for the learned resolver: they must
describe the mention, the rules' answer and the article the same way at
training and at run time."""

from __future__ import annotations

from eventwire.models import ActorMention
from eventwire.stages.actors.resolver_features import StoryContext, participant_features


def test_features_of_a_titled_person(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp("Kenyan police arrested the opposition leader in Nairobi on Monday.")
    m = ActorMention(start=0, end=13, text="Kenyan police", kind="agent", country="KEN",
                     sectors=["COP"], rule="agent+story")
    f = participant_features(doc, m, "actor", "ARREST", StoryContext("KEN", None))
    assert f["lemma=police"] == 1.0 and f["actor|lemma=police"] == 1.0
    assert f["rule=agent"] == 1.0 and f["rule=+story"] == 1.0
    assert f["country=story"] == 1.0 and f["country=dateline"] == 0.0
    assert f["sector0=COP"] == 1.0 and f["type=ARREST"] == 1.0
    assert f["demonym"] == 1.0 and f["kb"] == 0.0


def test_features_of_a_pronoun_and_a_role_noun(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp("They said the minister had resigned and the protesters left.")
    they = ActorMention(start=0, end=4, text="They", antecedent=3, rule="pronoun")
    f = participant_features(doc, they, "recipient", None, StoryContext(None, None))
    assert f["pos=PRON"] == 1.0 and f["antecedent"] == 1.0 and f["recipient|antecedent"] == 1.0
    assert f["has_country"] == 0.0 and "country=story" not in f and f["sector0=-"] == 1.0
    minister = ActorMention(start=9, end=21, text="the minister", country="FRA",
                            sectors=["GOV"], rule="title")
    g = participant_features(doc, minister, "actor", "RESIGN", StoryContext(None, "FRA"))
    assert g["lemma=minister"] == 1.0 and g["country=dateline"] == 1.0
    assert "demonym" not in g and g["story_known"] == 0.0
