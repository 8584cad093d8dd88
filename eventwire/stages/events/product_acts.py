"""A company's own product acts (issue #12, branch business23).

The lexicon reads "release" as RETREAT and "recall", "remove", "withdraw"
as SANCTION or COERCE. docs/annotation.md labels no company's commercial
acts; two forms of these words were read as events on the unlabelled
business and food-outbreak stories of ``tests/data/records/read_docs.txt``:

* **a product released** — the passive subject of "release", "launch",
  "unveil", "introduce" is a product ("the first home computer was
  released in 1984", "the new operating system was launched"); the active
  form with a named product is ``nonpolitical.is_product_or_job``;
* **goods taken off sale** — "recall", "remove", "withdraw", "pull" with a
  "from" object that is a place of sale ("recall the lettuce from all 300
  stores", "removing spinach from its shelves"). Troops withdrawn from a
  region, an envoy recalled from a capital stay: their "from" object is no
  shop;
* **goods traded** (events25) — "order", "buy", "deliver", "sell",
  "lease", "return", "recall" whose goods (object, passive subject, or the
  "of" object of a quantity: "all of their spinach") are aircraft, phones,
  food or other products ("144 planes have already been ordered", "the
  jets will be delivered to three airlines", "is voluntarily recalling
  its pistachios"), when no state is the buyer or seller in the clause
  (a subject or "by" agent that is a place name or a government noun, a
  "to" buyer that is a government noun: "delivered to the army") and
  the goods are no arms ("fighter jets"). A company buying from a company
  with both named is dropped later by ``nonpolitical.is_business_act``
  once the companies are BUS.

Word lists: ``eventwire/data/events/product_acts.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "product_acts.yaml"


words = word_list_loader(WORDS)


def _product_released(tok: Token) -> bool:
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.ent_type_ not in ("PERSON", "GPE", "NORP") and \
        subj.lower_ in words()["product_nouns"]


def _off_sale(tok: Token) -> bool:
    places = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
              for g in p.children if g.dep_ == "pobj"]
    places += [g for h in places for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]  # "from all 300 of its stores"
    return any(g.lower_ in words()["sale_places"] or g.lemma_.lower() in words()["sale_places"]
               for g in places)


def _is_goods(tok: Token) -> bool:
    w = words()
    if tok.lower_ not in w["goods_nouns"] and tok.lower_ not in w["product_nouns"]:
        return False
    return not any(c.lower_ in w["military_words"] for c in tok.children
                   if c.dep_ in ("compound", "amod"))


def _goods(tok: Token) -> list[Token]:
    """The goods of a trade verb: object, passive subject, "all of X"."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "will see Dreamliners delivered to six airlines": a bare participle's
    # subject; with an auxiliary ("Boeing has sold") the subject is the seller
    if tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        heads += [c for c in tok.children if c.dep_ == "nsubj"]
    heads += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return heads


def _state_party(tok: Token) -> bool:
    """A subject or "by" agent that is a place name or a government noun,
    or a "to" buyer that is a government noun ("delivered to the army"; a
    place name after "to" is the destination: "shipped onions to Canada")."""
    state = words()["state_subjects"]
    parties = [c for c in tok.children if c.dep_ == "nsubj" and not _is_goods(c)]
    parties += [g for a in tok.children if a.dep_ == "agent" for g in a.children
                if g.dep_ == "pobj"]
    buyers = [g for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
              for g in p.children if g.dep_ == "pobj"]
    return any(t.ent_type_ in ("GPE", "NORP") or t.lemma_.lower() in state for t in parties) \
        or any(t.lemma_.lower() in state for t in buyers)


def _goods_traded(tok: Token) -> bool:
    """Goods traded with no state party and no clause of what to do (the
    command sense of "order"); a voluntary recall is always the seller's
    own ("X, located in California, has recalled all of their spinach
    voluntarily": the parser makes the place the subject)."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False  # "ordered Boeing to halt deliveries": a command, no trade
    if not any(_is_goods(g) for g in _goods(tok)):
        return False
    return any(c.lower_ in words()["voluntary_words"] for c in tok.children
               if c.dep_ == "advmod") or not _state_party(tok)


def is_product_act(tok: Token) -> bool:
    """A product released, goods taken off sale or goods traded: no event."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in words()["release_words"]:
        return _product_released(tok)
    if lemma in words()["pull_words"] and _off_sale(tok):
        return True
    return lemma in words()["trade_words"] and _goods_traded(tok)
