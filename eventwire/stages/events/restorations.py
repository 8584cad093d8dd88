"""What the sentence's checks or the learned event filter took and the
component gives back once the filter has run (split from ``component.py``,
review78):

* a denial verb dropped for the act its complement holds, kept on standby
  and given back as a REJECT when no event of the complement was kept and
  the learned filter keeps it (``restore_denials``, events39: "denied that
  it had paid the hackers");
* a negated future act typed REJECT for the filter, given its own type back
  (``restore_negated``, types26: "will not negotiate" CONSULT ``negated``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.models import EventMention
from eventwire.stages.events.clauses import unanswered_denials
from eventwire.stages.events.intent import NEGATED_RULE

Standby = tuple[Token, EventMention]  # a denial verb and its event, kept back
Screen = Callable[[list[EventMention]], list[EventMention]]  # the events a filter keeps


def restore_denials(events: list[EventMention], standby: list[Standby],
                    screen: Screen | None = None) -> list[EventMention]:
    """``events`` with the standby denials whose complement kept no event
    (``clauses.unanswered_denials``), in text order. A denial given back is
    a REJECT on "deny" like "denied the allegations", which the learned
    filter was fitted on and judges: ``screen`` (the filter) judges it too
    (review78; the records' two restored denials pass it)."""
    if not standby:
        return events
    lost = {t.i for t in unanswered_denials((t for t, _ in standby),
                                            (e.trigger.start for e in events))}
    back = [e for t, e in standby if t.i in lost]
    if back and screen is not None:
        back = screen(back)
    return sorted(events + back, key=lambda e: e.trigger.start) if back else events


def restore_negated(events: list[EventMention]) -> None:
    """A negated future act ("will not negotiate") takes back its own type
    after the eventness filter, which was fitted on such acts typed REJECT
    (types26: the filter keeps the same events, the type follows the
    annotation guide's "will not negotiate" CONSULT `negated`)."""
    for event in events:
        parts = event.rules[0].split("+") if event.rules else []
        base = next((x[len(NEGATED_RULE):] for x in parts if x.startswith(NEGATED_RULE)), None)
        if base is not None and event.type == "REJECT":
            event.type, event.mode = base, None
