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


def _with_mentions(doc, mentions):  # type: ignore[no-untyped-def]
    from eventwire.nlp.extensions import get_list

    get_list(doc, "actor_mentions")[:] = mentions
    return doc


def test_a_sectorless_pronoun_reads_its_antecedent(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """actors59, class *a pronoun doer is read as its antecedent*: an
    organisation the rules could not code, then "it"."""
    doc = spacy_nlp("Tarvos Alliance said it would accept the offer on Monday.")
    org = ActorMention(start=0, end=14, text="Tarvos Alliance", kind="organisation",
                       rule="ner-ORG")
    it = ActorMention(start=20, end=22, text="it", kind="organisation", antecedent=0,
                      rule="pronoun")
    _with_mentions(doc, [org, it])
    f = participant_features(doc, it, "actor", "AGREE", StoryContext(None, None))
    assert f["lemma=alliance"] == 1.0 and f["rule=ner-ORG"] == 1.0 and f["pos=PROPN"] == 1.0
    assert "rule=pronoun" not in f and "pos=PRON" not in f and f["antecedent"] == 0.0


def test_a_pronoun_chain_reads_the_named_end(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """"We ..., they said" after a named group: past both pronouns, to the name;
    the answer features stay the pronoun's own (its country)."""
    doc = spacy_nlp("The Harbour Workers Union struck. We will not stop, they said.")
    union = ActorMention(start=0, end=25, text="The Harbour Workers Union", kind="organisation",
                         rule="parse")
    they = ActorMention(start=52, end=56, text="they", kind="organisation", antecedent=0,
                        rule="pronoun", country="PRT")
    we = ActorMention(start=33, end=35, text="We", kind="organisation", antecedent=2,
                      rule="pronoun", country="PRT")
    _with_mentions(doc, [union, we, they])
    f = participant_features(doc, we, "actor", "PROTEST", StoryContext("PRT", None))
    assert f["lemma=union"] == 1.0 and f["rule=parse"] == 1.0 and "pos=PRON" not in f
    assert f["has_country"] == 1.0 and f["country=story"] == 1.0


def test_a_coded_pronoun_keeps_its_own_words(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    """A pronoun the rules gave a sector is not re-read (the resolver only
    fills a sectorless one), nor one whose chain ends at no mention."""
    doc = spacy_nlp("The navy said it had seized the boat near the reef.")
    navy = ActorMention(start=0, end=8, text="The navy", kind="agent", sectors=["MIL"],
                        country="PHL", rule="agent+story")
    it = ActorMention(start=14, end=16, text="it", kind="agent", antecedent=0,
                      sectors=["MIL"], country="PHL", rule="pronoun")
    _with_mentions(doc, [navy, it])
    f = participant_features(doc, it, "actor", "SEIZE", StoryContext("PHL", None))
    assert f["pos=PRON"] == 1.0 and f["rule=pronoun"] == 1.0
    lost = ActorMention(start=14, end=16, text="it", antecedent=7, rule="pronoun")
    g = participant_features(doc, lost, "actor", "SEIZE", StoryContext(None, None))
    assert g["pos=PRON"] == 1.0
