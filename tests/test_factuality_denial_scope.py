"""factuality/denial_scope.py: a speech act beside a denial is not denied
(modality33). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.factuality.component import factuality_for_token


def _modality(nlp: Any, text: str, word: str) -> str:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return factuality_for_token(doc, tok.i, [], "ACCUSE").modality


@pytest.mark.parametrize("text,word", [
    ("The militia denied that its fighters had looted the town and accused the army of "
     "burning the market.", "accused"),
    ("Ghana has long accused Togo of arming the rebels, a charge Lome denies.", "accused"),
    ("Chad accuses Sudan of shelling border villages; Khartoum denies", "accuses"),
    ("The union denied that its members had blocked the depot and blamed hired thugs.",
     "blamed"),
])
def test_speech_act_beside_a_denial_is_not_denied(spacy_nlp: Any, text: str,
                                                  word: str) -> None:
    assert _modality(spacy_nlp, text, word) != "denied"


# review62: any speech verb of the cue lists (speech_verbs, speech_act_verbs,
# demand_verbs), not a hand list; a second denial is no act beside the first
@pytest.mark.parametrize("text,word", [
    ("The army denied that soldiers had looted shops and confirmed that two officers "
     "were arrested.", "confirmed"),
    ("The army denied that soldiers had looted shops and confirmed that two officers "
     "were arrested.", "arrested"),
    ("The rebels denied that they had shot the pilot and announced that they would free "
     "him.", "announced"),
    ("The ministry denied that police had beaten students and admitted that ten were "
     "detained.", "detained"),
])
def test_any_cue_speech_verb_beside_a_denial(spacy_nlp: Any, text: str, word: str) -> None:
    assert _modality(spacy_nlp, text, word) != "denied"


def test_content_of_a_second_denial_stays_denied(spacy_nlp: Any) -> None:
    text = ("The army denied that soldiers had looted shops and denied that officers had "
            "beaten detainees.")
    assert _modality(spacy_nlp, text, "beaten") == "denied"


# review62: what the denier's coordinated speech act says is its own charge
@pytest.mark.parametrize("text,word", [
    ("The militia denied that its fighters looted the town and accused the army of "
     "burning the market.", "burning"),
    ("The union denied that its members had blocked the depot and blamed police for the "
     "clashes.", "clashes"),
    ("The cartel denied that its gunmen had ambushed the patrol and accused the navy of "
     "torturing fishermen.", "torturing"),
])
def test_content_of_the_deniers_own_act_is_not_denied(spacy_nlp: Any, text: str,
                                                      word: str) -> None:
    assert _modality(spacy_nlp, text, word) != "denied"


@pytest.mark.parametrize("text,word", [
    # the denial governs the speech act itself
    ("The mayor denied accusing the auditors of fraud.", "accusing"),
    # the act inside the denied clause
    ("The militia denied that its fighters had looted the town.", "looted"),
    # the denied clause itself, beside the denier's own act
    ("The militia denied that its fighters looted the town and accused the army of "
     "burning the market.", "looted"),
    # both coordinated that-clauses are denied
    ("The general denied that troops fired on the crowd and that anyone was arrested.",
     "arrested"),
])
def test_what_the_denial_governs_stays_denied(spacy_nlp: Any, text: str, word: str) -> None:
    assert _modality(spacy_nlp, text, word) == "denied"
