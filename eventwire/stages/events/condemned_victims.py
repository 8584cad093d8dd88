"""The victims of a condemned act are not whom the condemnation targets
(issue #12, branch recip34).

Class *the ones a condemned act was done to*: a condemnation, a
denunciation or a criticism is aimed at whoever did the act it names; the
people or things that act was done to are its content. The record sets
leave "condemned the attack" without a recipient and give the attacker
when it is named ("condemned what it called a cowardly Israeli attack":
Israel). So a mention in the patient phrase of a nominal act of harm or
coercion under the condemning verb -- the act's "on", "against", "of" or
"into" object, in the verb's object or in its "as" phrase -- is no
recipient:

* "condemned the attack on Filipino sailors off Somalia",
* "denounced an arson attack on a Kenyan cultural centre",
* "criticised the detention of three opposition activists",
* "condemned the raid as an attack on the Serb minority",
* "condemned the raids as a violation of Lebanon's borders".

Kept: the doer of the condemned act -- its possessor ("condemned Russia's
attack on the port"), its adjective ("a cowardly Israeli attack"), its
"by" agent ("condemned the killing of two farmers by the army") -- and the
object of the condemning verb itself ("condemned the junta").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.spans import path_up_to

# verbs whose object is a deed disapproved of
CONDEMN_VERBS = frozenset({
    "condemn", "denounce", "deplore", "criticise", "criticize", "decry", "slam"})
# nominal acts done to someone: their patient phrase names the victim
HARM_NOUNS = frozenset({
    "attack", "strike", "airstrike", "bombing", "shelling", "raid", "assault", "killing",
    "murder", "assassination", "shooting", "arrest", "detention", "abduction", "kidnapping",
    "violation", "crackdown", "invasion", "incursion", "persecution", "harassment",
    "expulsion", "deportation", "execution", "seizure", "imprisonment", "jailing"})
# the prepositions that carry a harm noun's patient
PATIENT_PREPS = frozenset({"on", "against", "of", "into"})
MAX_STEPS = 5  # heads from the option up to the trigger (the old loop of 6 reached 5)


def _path_to(tok: Token, top: Token) -> list[Token] | None:
    """The tokens from ``tok`` up to (not including) ``top``, or None when
    ``top`` is not within :data:`MAX_STEPS` heads above it."""
    return path_up_to(tok, top, MAX_STEPS)


def _in_patient_phrase(path: list[Token]) -> bool:
    """Some harm noun on the path holds the mention through its patient
    preposition (the path runs mention, ..., prep, harm noun, ...)."""
    for i in range(1, len(path) - 1):
        prep, noun = path[i], path[i + 1]
        if prep.dep_ == "prep" and prep.lower_ in PATIENT_PREPS and noun.pos_ == "NOUN" \
                and noun.lemma_.lower() in HARM_NOUNS:
            return True
    return False


def condemned_victim(tok: Token, trigger: Token | None, kind: str | None) -> bool:
    """Class *the ones a condemned act was done to* (module docstring)."""
    if kind != "ACCUSE" or trigger is None or trigger.lemma_.lower() not in CONDEMN_VERBS:
        return False
    path = _path_to(tok, trigger)
    return bool(path) and path is not None and _in_patient_phrase(path)
