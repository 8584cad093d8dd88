"""Class *a former office named by its title alone* (issue #12, recips26).

"Mali junta arrests ex-prime minister", "Police detained a former
president", "the court sentenced the former interior minister": the text
names the person only by an office he or she no longer holds. The agent
lexicon codes the bare title as the office (GOV) or, for "former
president", as an elite (ELI), so the recipient of the arrest or the
sentence came out as the government that did it. ``titles.former_office``
already codes "former President X" OPP (the record sets code ousted or
former heads of government OPP, docs/annotation.md); this is the same rule
for the title with no name after it. Only government titles count: "a
former employee" (CVL), "the army's former commander" (MIL) and "a former
official" (no title) keep their codes; "then-President" is not "former".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of
from eventwire.stages.actors.titles import (
    ELITE,
    FORMER_BEFORE,
    GOVERNMENT,
    OPPOSITION,
    title_before,
)

FORMER_RULE = "+former"


def _former_title(text: str, m: ActorMention) -> bool:
    """Whether the agent mention ``m`` is a government title that "former"
    or "ex-" marks as no longer held, in the mention or right before it."""
    # the title must end the mention; a space is put after it, since the
    # mention may end the text or stand before punctuation ("detained the
    # former president.", "an ex-minister, radio said")
    lo = max(0, m.end - 80)
    window = text[lo:m.end] + " "
    found = title_before(window, len(window))
    if found is None or found[1] != GOVERNMENT:
        return False
    start = lo + found[0]
    return FORMER_BEFORE.search(text[max(0, min(m.start, start) - 40):start]) is not None


def former_title_agents(doc: Doc, mentions: list[ActorMention]) -> None:
    """OPP replaces GOV and ELI on a bare government title marked former
    ("ex-prime minister", "a former president", "Ghana's former finance
    minister"); other sectors the mention has are kept."""
    text = text_of(doc)
    for m in mentions:
        if m.kind != "agent" or not ({GOVERNMENT, ELITE} & set(m.sectors)):
            continue
        if not _former_title(text, m):
            continue
        kept = [s for s in m.sectors if s not in (GOVERNMENT, ELITE, OPPOSITION)]
        m.sectors = [OPPOSITION, *kept]
        m.rule += FORMER_RULE


# acts only a government does: "his crackdown", "her purge of the army"
GOVERNING_ACTS = frozenset({"crackdown", "clampdown", "purge"})


def _as_former(actor: ActorMention, mentions: Sequence[ActorMention]) -> bool:
    """Whether ``actor`` is coded OPP as a former officeholder: by
    ``former_office`` or :func:`former_title_agents` (the rule says
    "+former"), or a pronoun whose antecedent was."""
    if FORMER_RULE in actor.rule:
        return True
    i = actor.antecedent
    return i is not None and 0 <= i < len(mentions) and FORMER_RULE in mentions[i].rule


def governing_act(lemma: str, actor: ActorMention | None,
                  mentions: Sequence[ActorMention] = ()) -> ActorMention | None:
    """Class *a former officeholder's act of governing*: the opposition does
    not crack down, so an actor coded OPP as a former officeholder
    (``former_office``, or a pronoun that copied it: "Former President X ...
    over his crackdown on drugs") of a crackdown or purge did it in office,
    GOV, as docs/annotation.md codes an actor by the role held in the
    event (``titles.removed_from_office`` is the same for the act that ended
    the office). An actor coded OPP for another reason ("the opposition's
    crackdown on dissent", "Opposition leader X ... her purge of rivals")
    keeps it. ``mentions`` are the doc's actor mentions a pronoun's
    ``antecedent`` points into. Returns a copy, or ``actor``."""
    if actor is None or lemma not in GOVERNING_ACTS or OPPOSITION not in actor.sectors \
            or not _as_former(actor, mentions):
        return actor
    sectors = [GOVERNMENT if s == OPPOSITION else s for s in actor.sectors]
    return replace(actor, sectors=sectors)
