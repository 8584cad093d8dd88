"""``get_list`` (eventwire/nlp/extensions.py): the list of ``doc._.<name>``,
read straight from ``doc.user_data`` once it exists (speed11)."""

from __future__ import annotations

import pytest
import spacy

from eventwire.nlp.extensions import get_list


def test_get_list_is_the_extension_list_of_each_doc() -> None:
    nlp = spacy.blank("en")
    first, second = nlp("Troops left the town."), nlp("Police fired tear gas.")
    quotes = get_list(first, "quotes")
    assert quotes == [] and first._.quotes is quotes  # created on first access
    quotes.append("q1")
    assert get_list(first, "quotes") is quotes == ["q1"]
    assert get_list(second, "quotes") == []  # never another document's list
    assert get_list(second, "quotes") is not quotes
    first._.events = ["e1", "e2"]  # set through spaCy: read back the same object
    assert get_list(first, "events") is first._.events
    first._.events = ["e3"]
    assert get_list(first, "events") == ["e3"]


def test_get_list_keeps_spacy_errors() -> None:
    doc = spacy.blank("en")("A text.")
    with pytest.raises(AttributeError):
        get_list(doc, "no_such_extension")
    doc._.quotes = "not a list"
    with pytest.raises(AssertionError):
        get_list(doc, "quotes")
