"""Helpers shared by the time stage's tests (one copy, was three)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from tests.test_time_undated import PUB


def parsed_at(pipe: Pipeline, text: str, word: str) -> tuple[Doc, Token]:
    """The doc of ``text`` published on PUB, and its first token ``word``."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return doc, next(t for t in doc if t.text == word)
