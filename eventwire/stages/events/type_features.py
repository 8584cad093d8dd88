"""What the learned type chooser (``type_model.py``) reads of an event, and
the features of each *candidate* type (for it and for its leave-one-set-out
evaluation, ``tools/kfold_types.py``).

The rules type an event first (the trigger lexicon, then the construction
classes: intent, riot, missile test, raid, purpose); :func:`type_info`
records, where the type is decided, the rules' type and the rule string
that set it, the trigger's lemma, and the types the lexicon offers for the
trigger's own word (verb and noun entries, the "verb object" pattern), for
its object's head and for its governor. The candidates
(:func:`candidates`) are the rules' type, those lexicon types, and the
types the gold most often gave when the rules said this type (a small
table trained with the weights). Each candidate is described by where its
evidence comes from, so a weight learned on one verb ("the object's noun
entry beats a CAMEO verb entry") also serves others; a few lexical
features (the lemma, the object's and the governor's heads conjoined with
the candidate) let the data correct the lexicon where it is thin.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.lexicon import Lexicon

TypeInfo = dict[str, str]
Candidates = dict[str, list[str]]
OBJECT_DEPS = ("dobj", "nsubjpass")
NOUN_PREPS = ("of", "against", "on")
LEX_KEYS = ("lex_verb", "lex_noun", "lex_pattern", "lex_obj", "lex_gov")


def _object(tok: Token) -> Token | None:
    """The verb's direct object or passive subject; the noun's "of",
    "against" or "on" object ("the release *of* hostages")."""
    for child in tok.children:
        if child.dep_ in OBJECT_DEPS:
            return child
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in NOUN_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _entry_type(table: dict[str, dict[str, object]], key: str) -> str:
    entry = table.get(key)
    return str(entry.get("type") or "") if entry else ""


def type_info(tok: Token, rule_type: str, rule: str, lex: Lexicon) -> TypeInfo:
    """The run-time record of one event: a few look-ups, no parse walk
    beyond the trigger's children and head."""
    lemma = tok.lemma_.lower()
    obj = _object(tok)
    obj_lemma = obj.lemma_.lower() if obj is not None else "-"
    gov = tok.head if tok.head.i != tok.i else None
    if gov is not None and tok.dep_ == "pobj":  # "apologised for the raid": the verb
        gov = gov.head
    gov_lemma = gov.lemma_.lower() if gov is not None else "-"
    base, _, steps = rule.partition("+")
    return {"type": rule_type, "base": base, "step": steps.split("+")[0].split(":")[0] or "-",
            "lemma": lemma, "pos": tok.pos_, "dep": tok.dep_, "obj": obj_lemma,
            "gov": gov_lemma,
            "lex_verb": _entry_type(lex.verbs, lemma),
            "lex_noun": _entry_type(lex.nominals, lemma),
            "lex_pattern": _entry_type(lex.patterns, f"{lemma} {obj_lemma}"),
            "lex_obj": _entry_type(lex.nominals, obj_lemma),
            "lex_gov": (_entry_type(lex.verbs, gov_lemma) if gov is not None and
                        gov.pos_ == "VERB" else _entry_type(lex.nominals, gov_lemma))}


def candidate_types(info: TypeInfo, confusions: dict[str, list[str]]) -> list[str]:
    """The rules' type first, then the lexicon's types, then the types the
    gold gave most often when the rules said this type."""
    out = [info["type"]]
    for kind in [info.get(k, "") for k in LEX_KEYS] + confusions.get(info["type"], []):
        if kind and kind not in out:
            out.append(kind)
    return out


def candidate_features(info: TypeInfo, kind: str) -> list[str]:
    rule_type = info["type"]
    feats = [f"prior={kind}", f"pair={rule_type}>{kind}", f"lem={kind}:{info['lemma']}",
             f"obj={kind}:{info['obj']}", f"gov={kind}:{info['gov']}",
             f"dep={kind}:{info['pos']}:{info['dep']}"]
    if kind == rule_type:
        feats += ["rule", f"rule|{info['base']}", f"rule|{info['step']}", f"rule|{rule_type}",
                  f"rule|{rule_type}|{info['step']}"]
    for key in LEX_KEYS:
        if info.get(key) == kind:
            feats += [key, f"{key}|{info['base']}"]
    return feats


def candidates(info: TypeInfo, confusions: dict[str, list[str]]) -> Candidates:
    """``{candidate type: features}`` for one event."""
    return {kind: candidate_features(info, kind) for kind in candidate_types(info, confusions)}
