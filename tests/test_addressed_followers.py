"""Class *followers addressed by their own leader*
(eventwire/stages/events/addressed_followers.py). Every sentence here was
written for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger as event


@pytest.mark.parametrize("text,trigger", [
    ("Opposition leader Jane Doe called on her supporters to march on parliament in "
     "Nairobi.", "called"),
    ("The opposition party urged supporters to boycott the runoff in Harare.", "urged"),
    ("The opposition alliance appealed to its supporters to avoid violence during the "
     "count.", "appealed"),
])
def test_followers_an_opposition_figure_appeals_to_are_opp(
        event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.text.endswith(
        ("supporters", "followers")), ev.recipient
    assert "OPP" in ev.recipient.sectors and "CVL" in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Prime Minister Ana Lopes urged supporters to stay calm in Lisbon.", "urged"),
    ("Opposition militants attacked supporters in Lusaka on Sunday.", "attacked"),
    ("The opposition leader urged supporters of the ruling party to accept the result.",
     "urged"),
    ("The opposition leader urged pro-government supporters to join the protest in Harare.",
     "urged"),
    ("The opposition leader urged rival supporters to stay calm in Lusaka.", "urged"),
    ("Opposition leader Jane Doe called on pro-Kremlin supporters to leave the square.",
     "called"),
])
def test_other_followers_stay_civilians(event_pipe: Pipeline, text: str,
                                        trigger: str) -> None:
    """A governing figure's appeal, a hostile act, and another leader's
    followers named by an of-phrase or an adjective of another side
    (review51) add nothing."""
    ev = event(event_pipe, text, trigger)
    assert ev.recipient is not None and "OPP" not in ev.recipient.sectors, ev.recipient
