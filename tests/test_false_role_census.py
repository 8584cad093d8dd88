"""tools/false_role_census.role: the first syntactic role that fits a row."""

from __future__ import annotations

from typing import Any

import pytest

from tools.false_role_census import role


def _row(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"kids": [], "sent": "The army shelled the town on Monday.",
                            "ent": False, "pos": "VERB", "dep": "ROOT", "tag": "VBD",
                            "head": "shell"}
    return base | kw


@pytest.mark.parametrize("row,expected", [
    (_row(sent="Did the army shell the town?"), "question"),
    (_row(sent="Army shells border town"), "headline"),
    (_row(ent=True), "inside a name"),
    (_row(pos="NOUN", dep="compound", tag="NN"), "noun modifying a noun"),
    (_row(tag="VBN", dep="amod"), "attributive participle"),
    (_row(tag="VBN", dep="acl"), "reduced relative"),
    (_row(head="hear", dep="ccomp"), "complement of perception/cognition"),
    (_row(tag="VBZ"), "plain present"),
    (_row(kids=["neg:not"]), "negated"),
    (_row(tag="VBN", kids=["auxpass:was", "agent:by"]), "passive, by-agent"),
    (_row(tag="VBN", kids=["auxpass:was"]), "passive, no agent"),
    (_row(tag="VB", dep="xcomp"), "infinitive"),
    (_row(pos="NOUN", tag="NN", dep="dobj"), "other noun"),
    (_row(), "other verb"),
])
def test_each_row_gets_the_first_role_that_fits(row: dict[str, Any], expected: str) -> None:
    assert role(row) == expected


def test_an_auxiliary_makes_a_present_or_participle_no_bare_form() -> None:
    assert role(_row(tag="VBZ", kids=["aux:does"])) != "plain present"
    assert role(_row(tag="VBN", dep="acl", kids=["aux:has"])) != "reduced relative"
