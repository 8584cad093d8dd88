"""Warning shots are a threat, not an attack (issue #12, branch relabel51);
asked by ``lexicon_candidates.verb_candidate`` before the verb's own entry.

docs/annotation.md ("Open questions decided", relabel51 (a)): shots fired
*as a warning* — "warning shots", shots "into the air / the sky / the
water", "over their heads", "across the bow", "ahead of the boat" — do not
harm; they tell the other side that harm will follow. They are THREATEN
`violence` (modality `threatened` like every THREATEN, dated like the
material act they are: ``time.undated.act_kind``). The verbs "fire" and
"shoot" keep their ASSAULT reading otherwise:

* **a warning shot** — the object or the passive subject is a shot noun
  with "warning" ("fired warning shots", "a warning shot was fired"), or
  the verb (with a shot noun or no object) goes "into / in" the air, the
  sky or the water, "over" heads, "across" a bow or "ahead of" something;
* **not a warning shot** — anything fired *at* or *on* someone ("fired on
  the boat", "shot at the crowd"), into a crowd or a person, munitions
  that hit people ("fired tear gas, rubber bullets and live rounds in the
  air": the tear gas is aimed at the crowd, ASSAULT ``crowd-control``), a
  person shot "in the head" (a passive subject that is no shot noun).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.stages.events.mention_lookup import children_at, children_of

RULE = "curated-verb+warning-shot"
THREATEN, VIOLENCE = "THREATEN", "violence"
VERBS = frozenset({"fire", "shoot"})
SHOTS = frozenset({"shot", "shots", "round", "rounds", "bullet", "bullets", "burst", "bursts",
                   "salvo", "salvoes", "salvos", "volley", "volleys", "gunshot", "gunshots"})
# where a warning goes: "into the air", "over their heads", "across the bow"
SKY = frozenset({"air", "sky", "water", "sea"})
OVER = frozenset({"head", "heads"})
BOW = frozenset({"bow", "bows"})
# munitions aimed at people even when fired "in the air"
AIMED = frozenset({"gas", "teargas", "rubber", "pellet", "pellets", "grenade", "grenades",
                   "cannon", "canister", "canisters", "shell", "shells", "rocket", "rockets",
                   "missile", "missiles", "mortar", "mortars", "artillery"})
AT_PREPS = frozenset({"at", "on", "upon", "toward", "towards"})
TIME_ENTS = frozenset({"DATE", "TIME"})
PREP_DEPS = frozenset({"prep"})
OBJ_DEPS = frozenset({"dobj", "nsubjpass"})


def warning_shot(tok: Token, lemma: str) -> bool:
    """True for "fire"/"shoot" telling shots fired as a warning (above)."""
    if lemma not in VERBS or tok.pos_ not in ("VERB", "AUX"):
        return False
    kids = children_of(tok)
    objects = [i for dep, i, _ in kids if dep in OBJ_DEPS]
    doc = tok.doc
    if any(_aimed(doc, i) for i in objects):
        return False  # "fired tear gas ... in the air", "the protester was shot"
    if any(_warning_noun(doc, i) for i in objects):
        return True  # "fired warning shots (at the men)", "a warning shot was fired"
    preps = [(lower, i) for dep, i, lower in kids if dep in PREP_DEPS]
    if any(lower in AT_PREPS and _at_someone(doc, i) for lower, i in preps):
        return False  # "fired on the boat", "shot at the crowd" (not "on Sunday")
    if any(lower == "ahead" for _, _, lower in kids):
        return True  # "fired ahead of it"
    return any(_warning_place(doc, lower, i) for lower, i in preps)


def _aimed(doc: Doc, i: int) -> bool:
    """The object is no shot noun: munitions aimed at people, or a person
    or craft shot (a passive subject "he was shot in the head")."""
    head = doc[i]
    words = {head.lower_} | {lower for _, _, lower in children_at(doc, i)}
    conj = [j for dep, j, _ in children_at(doc, i) if dep == "conj"]
    words |= {doc[j].lower_ for j in conj}
    if words & AIMED:
        return True
    return head.lower_ not in SHOTS


def _at_someone(doc: Doc, i: int) -> bool:
    """The "at/on" phrase names a target, not a time ("on Sunday")."""
    objs = [j for dep, j, _ in children_at(doc, i) if dep == "pobj"]
    return any(doc[j].ent_type_ not in TIME_ENTS for j in objs)


def _warning_noun(doc: Doc, i: int) -> bool:
    """"warning shots", "a warning shot", "warning fire"."""
    return any(lower == "warning" for _, _, lower in children_at(doc, i))


def _warning_place(doc: Doc, prep: str, i: int) -> bool:
    """"into/in the air", "over their heads", "across the bow", "ahead of"."""
    objs = [doc[j].lower_ for dep, j, _ in children_at(doc, i) if dep == "pobj"]
    if prep in ("into", "in"):
        return any(o in SKY for o in objs)
    if prep == "over":
        return any(o in OVER for o in objs)
    if prep == "across":
        return any(o in BOW for o in objs)
    return False
