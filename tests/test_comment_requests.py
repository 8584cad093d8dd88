"""The reporter's request for comment is no REQUEST
(``eventwire/stages/events/comment_requests.py``, events54; docs/annotation.md
relabel62 (c)); a request for anything else stays. The sentences are written
for these tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def events(pipe: Pipeline, text: str) -> list[EventMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2025, 9, 8))]))
    return list(doc._.events)


@pytest.mark.parametrize("text", [
    "The interior ministry did not respond to a request for comment on the raids.",
    "The embassy did not reply to repeated requests for comment.",
    "The army has not answered a request for an interview, the paper said.",
    "A request for comment sent to the governor's office went unanswered on Sunday.",
])
def test_a_request_for_comment_is_no_request(pipe: Pipeline, text: str) -> None:
    got = [e for e in events(pipe, text) if e.trigger.text.startswith("request")]
    assert not got, got


@pytest.mark.parametrize("text", [
    "Kyiv filed a request for the extradition of the former minister.",
    "The refugees lodged a request for asylum with the border police.",
    "Farmers sent the ministry a request for emergency aid after the floods.",
])
def test_a_request_for_something_else_stays(pipe: Pipeline, text: str) -> None:
    got = [e for e in events(pipe, text) if e.trigger.text.startswith("request")]
    assert got and got[0].type == "REQUEST", events(pipe, text)
