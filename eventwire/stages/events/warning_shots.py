"""Warning shots are a threat, not an attack (issue #12, branch relabel51);
asked by ``lexicon_candidates.verb_candidate`` before the verb's own entry.

docs/annotation.md ("Open questions decided", relabel51 (a)): shots fired
*as a warning* — "warning shots", shots "into the air / the sky / the
water", "over their heads", "across the bow", "ahead of the boat" — do not
harm; they tell the other side that harm will follow. They are THREATEN
`violence` (modality `threatened` like every THREATEN, dated like the
material act they are: ``time.act_kinds.act_kind``). The verbs "fire" and
"shoot" keep their ASSAULT reading otherwise:

* **a warning shot** — the object or the passive subject is a shot noun
  with "warning" ("fired warning shots", "a warning shot was fired"), or
  the verb (with a shot noun or no object) goes "into / in" the air, the
  sky or the water, "over" heads, "across" a bow or "ahead of" something;
  that phrase may hang on the shot noun ("fired a volley of shots in the
  air"), "opened fire" is the verb "fire" ("opened fire into the air")
  and a count of shots is no target ("fired two or three times in the
  air"; review93);
* **not a warning shot** — anything fired *at* or *on* someone ("fired on
  the boat", "shot at the crowd", "into the air and at the protesters"),
  into a crowd or a person, munitions that hit people ("fired tear gas,
  rubber bullets and live rounds in the air": the tear gas is aimed at the
  crowd, ASSAULT ``crowd-control``), a person shot "in the head" (a passive
  subject that is no shot noun).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.stages.events.mention_lookup import children_at, children_of

RULE = "curated-verb+warning-shot"
THREATEN, VIOLENCE = "THREATEN", "violence"
VERBS = frozenset({"fire", "shoot"})
# "fired two or three times in the air": a count of shots, no target
COUNTS = frozenset({"times", "time"})
# "fired (only/just) warning shots" misparsed with a verb "warning" whose
# object is the shots, hanging on "fire" as its object or its complement
WARNING_VERB_DEPS = frozenset({"dobj", "xcomp"})
# "opened fire into the air": the verb "open" with the noun "fire" as object
OPEN_VERBS, FIRE_NOUNS = frozenset({"open"}), frozenset({"fire"})
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
    if tok.pos_ not in ("VERB", "AUX") or lemma not in VERBS and not _opens_fire(tok, lemma):
        return False
    kids = children_of(tok)
    doc = tok.doc
    objects = [i for dep, i, lower in kids if dep in OBJ_DEPS and lower not in COUNTS
               and not (lemma in OPEN_VERBS and lower in FIRE_NOUNS)]
    if any(_aimed(doc, i) for i in objects):
        return False  # "fired tear gas ... in the air", "the protester was shot"
    if any(_warning_noun(doc, i) for i in objects) or any(
            dep in WARNING_VERB_DEPS and _warning_noun(doc, i) for dep, i, _ in kids):
        return True  # "fired warning shots (at the men)", "a warning shot was fired"
    preps = _with_conjuncts(doc, [(lower, i) for dep, i, lower in kids if dep in PREP_DEPS] +
                            [p for i in objects for p in _shot_preps(doc, i)])
    if any(lower in AT_PREPS and _at_someone(doc, i) for lower, i in preps):
        return False  # "fired on the boat", "shot at the crowd" (not "on Sunday")
    if any(lower == "ahead" for _, _, lower in kids):
        return True  # "fired ahead of it"
    return any(_warning_place(doc, lower, i) for lower, i in preps)


def misparsed_warning(tok: Token) -> bool:
    """The word "warning" of "fired only warning shots" parsed as a verb
    (its object the shots, itself the object or complement of "fire"): part
    of the warning-shot event, no warning of its own (review93)."""
    head = tok.head
    return tok.lower_ == "warning" and tok.dep_ in WARNING_VERB_DEPS and head.i != tok.i \
        and (head.lemma_.lower() in VERBS or _opens_fire(head, head.lemma_.lower())) \
        and _warning_noun(tok.doc, tok.i)


def _opens_fire(tok: Token, lemma: str) -> bool:
    """"opened fire": the verb "open" whose object is the noun "fire"."""
    return lemma in OPEN_VERBS and any(
        dep == "dobj" and lower in FIRE_NOUNS for dep, _, lower in children_of(tok))


def _shot_preps(doc: Doc, i: int) -> list[tuple[str, int]]:
    """The prepositions on a shot noun object or on the shots of its "of"
    ("a volley of shots *in the air*"), where the parser often hangs the
    warning's place; "at"/"on" phrases there are read as on the verb."""
    heads = [i] + [j for dep, k, lower in children_at(doc, i) if dep == "prep" and lower == "of"
                   for d, j, _ in children_at(doc, k) if d == "pobj"]
    return [(lower, k) for h in heads for dep, k, lower in children_at(doc, h)
            if dep in PREP_DEPS and lower != "of"]


def _with_conjuncts(doc: Doc, preps: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The prepositions and those coordinated with them ("into the air *and
    at* the protesters": the second aims at people; review93)."""
    return preps + [(lower, j) for _, i in preps for dep, j, lower in children_at(doc, i)
                    if dep == "conj" and doc[j].pos_ == "ADP"]


def _aimed(doc: Doc, i: int) -> bool:
    """The object is no shot noun: munitions aimed at people, or a person
    or craft shot (a passive subject "he was shot in the head")."""
    if _warning_noun(doc, i):
        return False  # "fired only warning shots" parsed as a verb "warning"
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
    """"warning shots", "a warning shot", "warning fire"; or "warning" parsed
    as a verb whose object is the shots ("had fired only warning shots":
    warning -dobj-> shots; review93)."""
    if doc[i].lower_ == "warning":
        return any(dep == "dobj" and lower in SHOTS for dep, _, lower in children_at(doc, i))
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
