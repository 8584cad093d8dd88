"""A germ, a disease or the waters as the doer (issue #12, branch events24).

``nonevents.has_natural_cause`` drops "the earthquake killed 20" when the
subject is a hazard word. It misses three shapes, read on unlabelled real
news (events24 probes: a bird-flu strain that "has killed about 100
people", a parasite's "attacks", homes "destroyed by the waters", a fungus
that "has decimated frogs") and present in the development sets (rec_q
"Marburg kills more slowly", rec_g "the storm battered Mozambique, where it
destroyed thousands of homes"):

* a pathogen or the waters as the doer (``natural_doers.yaml``), also as a
  noun trigger's compound or possessor ("the parasite's attack");
* a disease named by a proper noun the article calls a virus or a disease
  elsewhere ("the Lassa virus ... Lassa has killed 30"), or a flu code
  ("H7N9");
* (events26) an illness as the doer ("the illness has killed 100"), a
  killing verb the parser hangs on its subject as a clause ("after an
  outbreak of cholera killed 60 people", rec_q-03), and a passive with no
  agent whose harm (kill, injure, destroy ...) came "after" / "from" an
  outbreak, on the verb or a verb conjoined to it ("nine people were
  killed and sixty remain in critical condition after an outbreak of
  cholera"; "schools were closed after the outbreak" stays);
  an outbreak of violence is no disease, and a harm with violence in
  another of its prepositions is violence's ("killed after an outbreak of
  fighting", "killed in clashes after the outbreak" stay, review35);
* "it"/"they" whose antecedent is such a doer: the main subject of the
  pronoun's own sentence when the pronoun opens a clause inside it or agrees
  with it in number ("the army said it destroyed the camps" is the army's
  act), else the main subject of the sentences before (through a chain of
  "it").

docs/annotation.md: natural events are not labelled ("the earthquake killed
20"); "the storm" or "the virus" never stands for a political actor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import natural_hazards, word_list_loader
from eventwire.nlp.arrays import column, head_indices
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection_words import words as detection_words
from eventwire.stages.events.health_measures import words as health_words
from eventwire.stages.events.mention_lookup import children_at, children_of
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.outbreak import words as outbreak_words

WORDS = DATA_DIR / "events" / "natural_doers.yaml"
FLU_CODE = re.compile(r"^h\d{1,2}n\d{1,2}$")
SCREEN_KEY = "eventwire_natural_doer_screen"
NAMES_KEY = "eventwire_natural_doer_disease_names"
SUBJECTS = ("nsubj", "nsubjpass")
_COMPOUND = get_string_id("compound")
LOOK_BACK = 3
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
TRIGGER_POS = frozenset({"VERB", "NOUN"})


words = word_list_loader(WORDS)


@lru_cache(maxsize=1)
def _violence() -> frozenset[str]:
    """Nouns of violence (outbreak.yaml, detection.yaml ``summary_nouns``,
    curated.yaml ``violence_objects`` and ``clash_words``)."""
    o, c = outbreak_words(), word_classes()
    return frozenset(o["disturbance_nouns"] | o["violent_subjects"]
                     | detection_words()["summary_nouns"] | c["violence_objects"]
                     | c["clash_words"])


def _violent(tok: Token) -> bool:
    return tok.lower_ in _violence() or tok.lemma_.lower() in _violence()


def _of_violence(tok: Token) -> bool:
    """"an outbreak of fighting": an outbreak word whose "of" object is violence."""
    return tok.lower_ in words()["of_heads"] and any(
        g.dep_ == "pobj" and _violent(g)
        for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)


@lru_cache(maxsize=1)
def natural_doer_words() -> frozenset[str]:
    """The hazards and the germs that harm with no deliberate doer."""
    return natural_hazards() | words()["pathogens"]


def _disease_names(doc: Doc) -> frozenset[str]:
    """Proper nouns the article puts before a disease word (health.yaml
    ``disease_words``): "the Lassa virus", "an Ebola outbreak", never a place
    before a storm or a quake ("the Haiti earthquake") (read once per
    article: kept in ``doc.user_data`` with the token count, strings only,
    so the doc holds no reference to itself; tidy64: no module-level
    "last article", which two threads running the pipeline would share)."""
    kept: tuple[int, frozenset[str]] | None = doc.user_data.get(NAMES_KEY)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    diseases = health_words()["disease_words"]  # not the weather: "the Haiti earthquake"
    # per-doc columns, no Token per word (speed25: a Token and four reads for every word)
    deps, tags, heads = column(doc, DEP), column(doc, POS), head_indices(doc)
    lowers, lemmas, strings = column(doc, LOWER), column(doc, LEMMA), doc.vocab.strings
    names = frozenset(strings[lowers[i]] for i, dep in enumerate(deps)
                      if dep == _COMPOUND and tags[i] == PROPN
                      and strings[lemmas[heads[i]]].lower() in diseases)
    doc.user_data[NAMES_KEY] = (len(doc), names)
    return names


def _is_natural_word(tok: Token) -> bool:
    natural = natural_doer_words()
    if _of_violence(tok):  # "after an outbreak of violence" (review35)
        return False
    if tok.lower_ in natural or tok.lemma_.lower() in natural or FLU_CODE.match(tok.lower_):
        return True
    if any(c.dep_ == "compound" and (c.lower_ in natural or FLU_CODE.match(c.lower_))
           for c in tok.children):
        return True
    return tok.pos_ == "PROPN" and tok.lower_ in _disease_names(tok.doc)


def _main_subject(sent: Span) -> Token | None:
    return next((c for c in sent.root.children if c.dep_ in SUBJECTS), None)


def _antecedent(pron: Token) -> Token | None:
    """The doer a pronoun stands for (see the module docstring)."""
    clause = pron.head
    own = _main_subject(pron.sent)
    if own is not None and own.i < pron.i and (
            clause.dep_ in words()["inner_clauses"]
            or (own.lower_ not in words()["pronouns"] and _agrees(pron, own) is not None)):
        return own  # "the army said it destroyed": the army, not the storm before
    sent = pron.sent
    for _ in range(LOOK_BACK):
        if sent.start == 0:
            return None
        sent = pron.doc[sent.start - 1].sent
        subj = _main_subject(sent)
        if subj is None:
            return None
        if subj.lower_ not in words()["pronouns"]:
            return subj
    return None


def _agrees(pron: Token, noun: Token | None) -> Token | None:
    """"they" needs a plural antecedent, "it" a singular one ("the
    contamination was found by the firm; they notified the agency")."""
    if noun is None or (noun.tag_ in PLURAL_TAGS) != (pron.lower_ == "they"):
        return None
    return noun


def _passive_causes(tok: Token) -> list[Token]:
    """A passive harm with no agent: the object of "after" / "from" on the
    verb or on a verb conjoined to it ("nine people were killed and sixty
    remain in critical condition after an outbreak of cholera"). Only harm:
    "schools were closed after the outbreak" is a restriction someone
    ordered (COERCE ``restrict``). None when another of its prepositions
    names violence ("killed in clashes after the outbreak", review35)."""
    verbs = [tok] + [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    objs = [(p.lower_, g) for v in verbs for p in v.children if p.dep_ == "prep"
            for g in p.children if g.dep_ == "pobj"]
    if any(_violent(g) for _, g in objs):  # "killed in clashes after the outbreak" (review35)
        return []
    return [g for prep, g in objs if prep in words()["cause_preps"]]


def _doers(tok: Token) -> list[Token]:
    """The subjects, by-agents, and a noun's compounds and possessors, in
    ``tok.children`` order, read from the children table (speed25: a Token
    per child walked, ~14k per 200 articles)."""
    doc, kids = tok.doc, children_of(tok)
    out = [doc[i] for dep, i, _ in kids if dep == "nsubj"]
    out += [doc[g] for dep, i, _ in kids if dep == "agent"
            for g_dep, g, _ in children_at(doc, i) if g_dep == "pobj"]
    if not out and tok.dep_ == "conj":
        head = tok.head
        if head.pos_ == "VERB":
            out = [doc[i] for dep, i, _ in children_of(head) if dep == "nsubj"]
    if not out and tok.dep_ == "acl" and any(dep == "dobj" for dep, _, _ in kids):
        out = [tok.head]  # "after an outbreak of cholera killed 60": a misparsed subject
    if not out and tok.lemma_.lower() in words()["harm_verbs"] and \
            any(dep == "nsubjpass" for dep, _, _ in kids):
        out = _passive_causes(tok)
    if tok.pos_ == "NOUN":
        out += [doc[i] for dep, i, _ in kids if dep in ("compound", "poss")]
    return out


def _natural_string(text: str, natural: frozenset[str], diseases: frozenset[str]) -> bool:
    low = text.lower()
    return low in natural or low in diseases or FLU_CODE.match(low) is not None


def may_name_natural(doc: Doc) -> bool:
    """False only if no token of ``doc`` can pass ``_is_natural_word``
    (speed60: an exact screen, read once per document, in front of the
    doer walk that ``has_natural_doer`` ran for every noun and verb
    candidate; ~2,200 candidates of 200 ECB+ articles, none a natural
    doer). Every doer ``_doers`` finds, every antecedent ``_antecedent``
    gives and every compound child is a token of ``doc``, so a natural
    word needs, somewhere in it, a word or a lemma whose lowered text is
    in ``natural_doer_words`` or is a flu code, or a disease name, which
    needs a lemma of ``disease_words`` (the head ``_disease_names``
    reads). The document's distinct word and lemma ids are read with
    local state only (tidy64: the module-level sets of ids already read,
    filled during a call, were shared by threads running the pipeline)."""
    kept: tuple[int, bool] | None = doc.user_data.get(SCREEN_KEY)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    ids = set(column(doc, LOWER))
    ids.update(column(doc, LEMMA))
    natural, diseases, strings = natural_doer_words(), health_words()["disease_words"], \
        doc.vocab.strings
    found = any(_natural_string(strings[x], natural, diseases) for x in ids)
    doc.user_data[SCREEN_KEY] = (len(doc), found)
    return found


def has_natural_doer(tok: Token) -> bool:
    """The trigger's doer is a pathogen, a named disease or the waters, or a
    pronoun that stands for one; answered False at once in a document
    ``may_name_natural`` clears (speed60)."""
    if tok.pos_ not in TRIGGER_POS or not may_name_natural(tok.doc):
        return False
    doers = _doers(tok)
    if not doers:
        return False
    resolved = [d if d.lower_ not in words()["pronouns"] else _agrees(d, _antecedent(d))
                for d in doers]
    return all(d is not None and _is_natural_word(d) for d in resolved)
