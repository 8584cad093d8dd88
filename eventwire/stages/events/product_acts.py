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
  shop.

Word lists: ``eventwire/data/events/product_acts.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_lists
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "product_acts.yaml"


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    return word_lists(WORDS)


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


def is_product_act(tok: Token) -> bool:
    """A product released or goods taken off sale: no event."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in words()["release_words"]:
        return _product_released(tok)
    return lemma in words()["pull_words"] and _off_sale(tok)
