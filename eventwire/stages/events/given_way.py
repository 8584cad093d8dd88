"""Asking a party to leave is REQUEST ``yield``; refusing to, REJECT
``yield`` (modes39).

The guide's REQUEST ``yield`` is a concession asked of the recipient, ground
among them ("demanded that the militia leave the airport", relabel49), and
it pairs the request with its refusal ("officers ordered the marchers to
turn back" REQUEST ``yield``, "refused to leave the courtroom after being
asked to" REJECT ``yield``). The yield cues name withdrawals ("withdraw",
"pull out") but not the plain verb "leave", which the cue table cannot take
as it is: leaving is also what an evacuation advises. So the class is read
here, with two tests:

* **a request** whose content's verb is "leave" is ``yield`` unless the
  leaving is for the leavers' own safety: an advice to residents, citizens
  or civilians ("residents were urged to leave the valley"), or a leaving
  "until" the danger passes or "for their safety";
* not when the leaving is negated ("an appeal to owners not to leave their
  farms": staying is asked, no ground given);
* **a refusal** to leave is ``yield`` only when the request it refuses is
  told with it ("refused to leave when asked", "refusing a police order to
  leave"); a refusal with no request ("the activist refused to leave the
  country", going into exile) is no concession withheld.

Word lists are data in ``modes.yaml`` (``_leaving_verbs``,
``_sheltered_parties``, ``_safety_words``, ``_asking_words``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.mode_context import content
from eventwire.stages.events.mode_words import mode_words


def asks_to_give_way(kind: str, trigger: Span) -> bool:
    """Is this REQUEST or REJECT about a party leaving, read as a
    concession (see the module docstring)?"""
    words = mode_words()
    region = [t for t in content(trigger) if t.i != trigger.root.i]
    if not any(t.pos_ == "VERB" and t.lemma_.lower() in words["_leaving_verbs"] and
               not any(c.dep_ == "neg" for c in t.children) for t in region):
        return False  # no leaving asked ("urged owners *not* to leave their farms")
    if kind == "REJECT":
        return _request_told(trigger, region)
    if kind == "REQUEST":
        return not _for_own_safety(trigger, region)
    return False


def _request_told(trigger: Span, region: list[Token]) -> bool:
    """The refused request named beside the refusal: an asking word in its
    content or in a clause hanging from it ("when asked", "after being
    asked to", "a police order to leave")."""
    asking = mode_words()["_asking_words"]
    root = trigger.root
    beside = [t for c in root.children if c.dep_ == "advcl" for t in c.subtree]
    return any(t.lemma_.lower() in asking for t in region + beside)


def _for_own_safety(trigger: Span, region: list[Token]) -> bool:
    """An evacuation advice: the asked party is residents, citizens or
    civilians, or the leaving lasts "until" a danger passes or is "for
    their safety"."""
    words = mode_words()
    root = trigger.root
    leaving = words["_leaving_verbs"]
    asked = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")] + \
        [t for t in region if t.dep_ == "nsubj" and t.head.lemma_.lower() in leaving]
    if any(t.lemma_.lower() in words["_sheltered_parties"] for t in asked):
        return True
    verbs = [t for t in region if t.lemma_.lower() in leaving]
    return any(t.lower_ in words["_safety_words"] for v in verbs for t in v.subtree)
