"""Parse features of an event trigger for a learned PLOVER typer
(``tools/kfold_parse_typer.py`` compares it with the lexicon in k-fold).

A trigger is described by what the lexicon knows and by its dependency
context, never by the sentence's topic words: its lemma and CAMEO root code
(a synset-like class: "shell", "bomb" and "strike" share 19), the lexicon's
type and evidence, its object's lemma and *noun class* (an event noun of the
lexicon, a person or agent noun, a named entity type, a thing), its
prepositions, negation and modal auxiliaries, the verb that governs it, and
its subject's class.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.participants import is_person_noun
from eventwire.stages.events.triggers import Lexicon

ROLE_DEPS = {"dobj", "attr", "nsubjpass", "dative", "oprd"}


def _cameo(lemma: str, lex: Lexicon) -> str | None:
    entry = lex.verbs.get(lemma)
    code = entry.get("cameo") if entry else None
    return str(code) if code else None


def noun_class(tok: Token, lex: Lexicon) -> str:
    """A coarse class of a noun: the PLOVER type of an event noun, a person
    noun, the entity type of a name, or a thing."""
    entry = lex.nominals.get(tok.lower_) or lex.nominals.get(tok.lemma_.lower())
    if entry is not None:
        return f"event:{entry['type']}"
    if tok.ent_type_:
        return f"ent:{tok.ent_type_}"
    if tok.pos_ == "PRON":
        return "pron"
    if is_person_noun(tok):
        return "person"
    return "thing"


def _word_feats(prefix: str, tok: Token, lex: Lexicon) -> list[str]:
    lemma = tok.lemma_.lower()
    out = [f"{prefix}={lemma}", f"{prefix}_class={noun_class(tok, lex)}"]
    code = _cameo(lemma, lex)
    if code:
        out.append(f"{prefix}_cameo2={code[:2]}")
    return out


def trigger_features(tok: Token, lex: Lexicon, lex_type: str | None = None,
                     lex_rule: str | None = None) -> list[str]:
    """Features of the trigger token ``tok``; ``lex_type`` / ``lex_rule`` are
    the lexicon's reading (None when the lexicon has no event there)."""
    lemma = tok.lemma_.lower()
    feats = [f"lemma={lemma}", f"pos={tok.pos_}", f"dep={tok.dep_}", f"tag={tok.tag_}",
             f"lex={lex_type or 'NONE'}", f"rule={(lex_rule or 'none').split('+')[0]}"]
    feats += [f"rule+={part}" for part in (lex_rule or "").split("+")[1:]]
    code = _cameo(lemma, lex)
    if code:
        feats += [f"cameo2={code[:2]}", f"cameo3={code[:3]}"]
    nominal = lex.nominals.get(tok.lower_) or lex.nominals.get(lemma)
    if nominal is not None:
        feats.append(f"nominal={nominal['type']}")
    for c in tok.children:
        if c.dep_ in ROLE_DEPS:
            feats += _word_feats(f"obj:{c.dep_}", c, lex)
            feats.append(f"lemma+obj={lemma}:{c.lemma_.lower()}")
        elif c.dep_ in ("prep", "agent"):
            feats.append(f"prep={c.lower_}")
            for g in (g for g in c.children if g.dep_ == "pobj"):
                feats.append(f"prep_class={c.lower_}:{noun_class(g, lex)}")
                feats.append(f"prep_obj={c.lower_}:{g.lemma_.lower()}")
        elif c.dep_ == "neg":
            feats.append("neg")
        elif c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
            feats.append(f"modal={c.lower_}")
        elif c.dep_ in ("nsubj", "poss"):
            feats.append(f"subj_class={noun_class(c, lex)}")
        elif c.dep_ in ("xcomp", "ccomp"):
            feats += _word_feats("comp", c, lex)
        elif c.dep_ == "prt":
            feats.append(f"lemma+prt={lemma}:{c.lower_}")
    if tok.head is not tok:
        feats += _word_feats(f"head:{tok.dep_}", tok.head, lex)
    return feats
