"""Class *a headline's bare "strike"*: the mode of a military strike that a
headline names without saying how (issue #12, headlines21).

Why: headlines drop the words a body spells out. The body's "air strikes
on the port" or "a drone struck the car" become "U.S. strikes on port",
"Army strikes rebel camp", "Strike kills five": the trigger no longer
carries the cue of ``modes.yaml`` and the cascade of
:mod:`eventwire.stages.events.modes` leaves the mode empty. The headline
retells the lead's event (docs/annotation.md), so the strike takes the one
mode the body gives its strikes and attacks from afar ("drone", "aerial",
"heavy-weapons"); when the body names none, or more than one, it is
``aerial``, what a state's bare "strike" means in a headline. Also the
verb whose subject is that strike ("strikes hit depot", "strike kills
five"): the same act. Run after the re-mention
rule (``mode_context.inherit_modes``), so that the headline's filled mode
does not compete with the body's own modes there. In the body a bare
"strike" stays open: there the text could have said how.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from eventwire.models import EventMention
from eventwire.nlp.extensions import title_end

# the verbs a strike is the subject of in a headline ("strike kills five")
STRIKE_RESULTS = {"hit", "kill", "destroy", "wound", "injure", "pound"}
LABOUR = {"hunger", "general", "labour", "labor", "rail", "teachers"}
# how a state strikes from afar: the body's mode a headline strike can take
STRIKE_MODES = {"aerial", "drone", "heavy-weapons"}


def _is_strike(tok: Token) -> bool:
    return tok.lemma_.lower() == "strike" or tok.lower_ in ("strikes", "strike")


def _military_strike(tok: Token, protests: frozenset[int]) -> bool:
    """"strike(s)" not told as a labour one: no labour word on it ("general
    strike", "hunger strike") and not itself a PROTEST trigger."""
    return _is_strike(tok) and tok.i not in protests and \
        not any(c.lower_ in LABOUR for c in tok.children)


def headline_strike(root: Token, protests: frozenset[int] = frozenset()) -> bool:
    """A military strike named bare: "strike(s)" itself, or a verb of harm
    whose subject is one ("U.S. strikes hit depot"); not a labour strike
    ("general strike", "hunger strike kills activist"), nor a strike word
    at a token index in ``protests`` (the doc's PROTEST triggers)."""
    if _is_strike(root):
        return _military_strike(root, protests)
    return root.lemma_.lower() in STRIKE_RESULTS and any(
        c.dep_ == "nsubj" and _military_strike(c, protests) for c in root.children)


def headline_strike_modes(doc: Doc, events: Iterable[EventMention]) -> None:
    """Fill the mode of a headline's bare strike (module docstring)."""
    first_break = title_end(doc)
    if first_break < 0:
        return
    events = list(events)
    protests = frozenset(
        t.i for e in events if e.type == "PROTEST" and e.trigger.start < first_break
        for t in doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand") or ())
    body = {e.mode for e in events if e.type == "ASSAULT" and e.mode in STRIKE_MODES
            and e.trigger.start > first_break}
    for event in events:
        if event.type != "ASSAULT" or event.mode is not None or \
                event.trigger.start > first_break:
            continue
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is not None and headline_strike(span.root, protests):
            event.mode = next(iter(body)) if len(body) == 1 else "aerial"
