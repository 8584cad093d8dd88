"""Animals culled (issue #12, branch events22).

The lexicon reads "slaughter", "destroy", "kill", "burn" as ASSAULT and
"round up" as COERCE. In outbreak copy their patient is animals: a
government killing or rounding up birds, hogs or cattle to stop a disease.
docs/annotation.md labels no cull ("culls, a country's own medical work
... are not labelled"; troops rounding up poultry for a cull is the cull,
not labelled). Read on unlabelled GeoVirus bird-flu and swine stories
(tests/data/records/read_docs.txt) and present in rec_h and rec_l:

* a verb whose object or passive subject is animals ("started slaughtering
  6,500 hogs", "4,500 birds were destroyed", "thousands of birds have been
  killed", "rounding up chickens, ducks and geese");
* the same in a coordination that shares the object ("slaughtering,
  burning and burying the hogs");
* a cull noun whose "of" object or compound is animals ("the slaughter of
  the flock", "a poultry cull").

An order whose content is a cull is the cull's decision and is not labelled
either (events31): "the ministry ordered all 3,000 goats on the island to be
slaughtered", "the agency ordered the immediate slaughter of 900 ducks",
"officials directed the culling of 20,000 chickens" (an order for anything
else stays: "ordered the release of the journalists").

*An animal harmed* (actors61) is no event either: the guide's "the dog
'beaten to death' is no act toward people" (the Millom copy) -- a verb of
harm ("beat", "stab", "kick", "torture") whose every patient is an animal,
pets included ("the family's dog was found beaten to death", "a man
kicked a cat", "two puppies were tortured"); the patient of a participle
completing "found" or "seen" counts (``passives.participle_complement``).

Every patient must be an animal: "killed eleven people and 200 cattle"
stays, and so do restrictions on animals ("a travel ban on horses"),
which are COERCE ``restrict`` and no cull word.
Word lists: ``eventwire/data/events/culls.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import look_through, prep_objects
from eventwire.stages.events.passives import participle_complement

OF = frozenset({"of"})
WORDS = DATA_DIR / "events" / "culls.yaml"
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
NAMED = frozenset({"GPE", "ORG", "PERSON"})  # "Turkey" the country (the tagger calls geese NORP)


words = word_list_loader(WORDS)


def _counted(tok: Token) -> list[Token]:
    """A quantity or a number stands for what it counts, read as for actors
    (``look_through``: "thousands of birds", "300 of the birds"); a
    coordination counts each noun: "chickens, ducks and geese"."""
    head = look_through(tok)
    return [head, *head.conjuncts]


def _own_patients(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in PATIENT_DEPS]


def _patients(tok: Token) -> list[Token]:
    """The verb's own patients; a verb with none shares those of its
    coordination ("slaughtering, burning and burying the hogs"), but a verb
    with its own keeps them ("the village was quarantined and birds were
    killed": the birds alone)."""
    out = _own_patients(tok)
    if not out and tok.pos_ == "VERB":
        out = [c for v in tok.conjuncts for c in _own_patients(v)]
    if not out and tok.pos_ == "VERB" and tok.dep_ == "acl":
        out.append(tok.head)  # "birds destroyed in the cull"
    if not out and (found := participle_complement(tok)) is not None:
        out.append(found)  # "the dog was found beaten to death" (actors61)
    if not out and tok.dep_ in ("xcomp", "ccomp") and \
            tok.head.lemma_.lower() in words()["order_verbs"]:
        out = _own_patients(tok.head)  # "ordered the goats to be slaughtered" (events31)
    if tok.pos_ == "NOUN":
        out += prep_objects(tok, OF) + [c for c in tok.children if c.dep_ == "compound"]
    return [q for p in out for q in _counted(p)]


def _animal(tok: Token) -> bool:
    w = words()["animals"]
    return tok.ent_type_ not in NAMED and (tok.lower_ in w or tok.lemma_.lower() in w)


def is_cull(tok: Token) -> bool:
    """A cull word whose every patient is an animal."""
    if tok.lemma_.lower() not in words()["cull_words"] and \
            tok.lower_ not in words()["cull_words"]:
        return False
    patients = _patients(tok)
    return bool(patients) and all(_animal(p) for p in patients)


def is_cull_ordered(tok: Token) -> bool:
    """"ordered the slaughter of 900 ducks" (the object a cull noun),
    "ordered all 3,000 goats to be slaughtered" (animal objects and a cull
    verb as the to-clause)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words()["order_verbs"]:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if any(is_cull(o) for o in objs):
        return True
    clause = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
    animals = [q for o in objs for q in _counted(o)]
    return clause is not None and bool(animals) and all(_animal(a) for a in animals) and (
        clause.lemma_.lower() in words()["cull_words"])
