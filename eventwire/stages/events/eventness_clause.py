"""The kind of clause a candidate event sits in: features for the eventness
filter (``eventness.py``).

Why: a refit of the filter on rec_a..rec_l (events13, lead13) won
leave-one-set-out but dropped canonical events told in a subordinate
construction -- a relative clause ("two groups that hosted the delegation"),
a participle after its noun ("farmers protesting outside the ministry"), an
offer ("offered to send observers"), a light verb's object ("had a telephone
conversation with the emir"). The filter only saw the trigger's own
dependency label, so a relative-clause COERCE that was no event in one set
pulled every relative clause down. These features name the clause kind
itself (of the trigger, or of the verb a nominal trigger hangs from), the
noun a relative clause or participle modifies, and the two constructions
whose trigger is a light or a control verb, so a refit can weigh each kind
apart from the lemma and the type.
"""

from __future__ import annotations

from spacy.tokens import Token

# a noun trigger that is the object of one of these is the event the verb
# only carries ("held talks", "had a conversation", "paid a visit")
LIGHT_VERBS = frozenset({"have", "hold", "make", "take", "give", "pay", "conduct", "stage",
                         "launch", "carry", "do"})
VERBAL = frozenset({"VERB", "AUX"})
MAX_UP = 4  # heads walked from a nominal trigger to its verb


def clause_head(tok: Token) -> Token:
    """The verb whose clause holds ``tok``: itself when verbal, else the
    nearest verbal head within a few steps (the root's own token when none)."""
    cur = tok
    for _ in range(MAX_UP):
        if cur.pos_ in VERBAL or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def clause_kind(head: Token) -> str:
    """main / relcl / participle / advcl / ccomp / xcomp / acl / other, read
    off the clause head's dependency (a conjunct takes its first conjunct's)."""
    for _ in range(MAX_UP):
        if head.dep_ != "conj" or head.head.i == head.i:
            break
        head = head.head
    dep = head.dep_
    if dep == "ROOT":
        return "main"
    if dep == "acl":
        return "participle" if head.tag_ in ("VBG", "VBN") else "acl"
    if dep in ("relcl", "advcl", "ccomp", "xcomp", "pcomp"):
        return dep
    return "other"


def _antecedent(head: Token) -> str:
    """What a relative clause or participle modifies: part of speech and
    entity type of the noun it hangs from."""
    noun = head.head
    return f"{noun.pos_}:{noun.ent_type_ or '-'}"


def _takes_infinitive(tok: Token) -> bool:
    """``tok`` governs a to-infinitive ("offered to send", "agreed to talk")."""
    return any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to"
                                         for g in c.children) for c in tok.children)


def clause_features(tok: Token, event_type: str) -> list[str]:
    """Feature strings of the clause around trigger head ``tok`` (all start
    with ``clause``, so ``--drop clause`` ablates them)."""
    head = clause_head(tok)
    kind = clause_kind(head)
    feats = [f"clause={kind}", f"clause+type={kind}:{event_type}",
             f"clause_sub={kind != 'main'}", f"clause_nominal={head.i != tok.i}"]
    if kind in ("relcl", "participle", "acl"):
        feats.append(f"clause_antecedent={_antecedent(head)}")
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        feats.append("clause_light_object")
    if _takes_infinitive(tok):
        feats.append("clause_to_infinitive")
    return feats
