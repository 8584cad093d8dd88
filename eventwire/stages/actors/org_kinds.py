"""Class *an organisation the knowledge base does not know, named by its
kind* (issue #12, actors15).

An organisation spaCy names (rule ``ner-ORG``) that no knowledge-base entry
covers reaches the resolver with no sector, and the learned sector fill
guesses one from the sentence (GOV or CVL for "the Wasilla Bible Church",
"the Confederation of Labour"). The name's head noun says what the body is,
as the record guide codes it: a church or mosque is REL, a university or
school EDU, a hospital HLH, a trade union LAB, a foundation or charity NGO
(``eventwire/data/actors/org_kinds.yaml``). The head is the name's
syntactic root ("University" of "the University of Nairobi"), so a kind
word that only qualifies the name ("Church Street Partners") says nothing.
Like :mod:`companies`, it runs before the resolver, which fills only a
mention the rules gave no sector.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from eventwire.datafiles import load_yaml
from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.paths import DATA_DIR

ORG_KINDS_PATH = DATA_DIR / "actors" / "org_kinds.yaml"
UNKNOWN_ORG_RULE = "ner-ORG"
KIND_RULE = "+kind"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    with ORG_KINDS_PATH.open(encoding="utf-8") as f:
        data = load_yaml(f)
    heads = {str(k): str(v) for k, v in data["heads"].items()}
    return heads, frozenset(data["labour_heads"]), frozenset(data["labour_words"])


@lru_cache(maxsize=1)
def company_people() -> frozenset[str]:
    """Nouns of a company's people ("employee", "engineers"), singular."""
    with ORG_KINDS_PATH.open(encoding="utf-8") as f:
        return frozenset(str(w) for w in load_yaml(f)["company_people"])


def is_company_people(text: str) -> bool:
    """The phrase's last word names a company's people ("Airbus engineers")."""
    words = text.lower().split()
    last = words[-1] if words else ""
    return last in company_people() or last.rstrip("s") in company_people()


def kind_sector(span: Span) -> str | None:
    """The sector the name's head noun gives, or None."""
    heads, labour_heads, labour_words = _tables()
    head = span.root.lemma_.lower()
    if head in heads:
        return heads[head]
    if head in labour_heads and any(t.lower_ in labour_words for t in span):
        return "LAB"
    return None


def kind_sectors(doc: Doc, mentions: list[ActorMention]) -> None:
    """Give an unknown organisation with no sector its head noun's sector."""
    for m in mentions:
        if not m.rule.startswith(UNKNOWN_ORG_RULE) or m.sectors or m.actor_id is not None:
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        sector = None if span is None else kind_sector(span)
        if sector is not None:
            m.sectors = [sector]
            m.rule += KIND_RULE
