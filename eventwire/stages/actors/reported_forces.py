"""Class *a state's unnamed force in its own report* (recip62): "Venezuela's
defence ministry said a navy patrol had intercepted a boat", "The Israeli
military said troops had been sent to the village and that soldiers fired",
"New Zealand said a navy ship carrying engineers would arrive" -- a state
body reporting what bare "troops", "soldiers", "a navy patrol", "police"
did speaks of its own force. The home step (``home.locate_bare_agents``)
gave such a force the story's country, which in a two-party story (a
border clash, a boat seized off the other's coast, aid sent to a
neighbour) is often the other side's (recip61 census: 75 force nouns with
the wrong country, most of them the other side's).

Here a bare police or army agent (first sector MIL or COP) with no
country yet, or one that came from the story (``+home`` mark; a story that
names foreign armed forces leaves bare armed agents without one and a later
step fills it), with no possessive of its own, in a
clause reported by a verb of saying (climbing nsubj / conj / ccomp links
up to the report) takes the country of the report's subject when that
subject is a state body with a country of its own (a state, or a
government, army or police body not itself placed by the story; not a
person, whose KB country may be a namesake's). Not
changed: a force whose phrase names its country ("Russian troops"), a
possessed force ("its troops": ``agent_owners.possessed_agents``), a
report by a medium, a person or a rights group ("Human Rights Watch said
soldiers beat detainees": the story's soldiers), armed groups (REB, UAF).
Measured on 39 sets (recip62_r3 vs m108, with the highway patrol entries):
actor +3/-0 (own: a navy patrol, soldiers, a carrier), place +1/-0; real
texts unchanged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.home import outsider_words
from eventwire.stages.actors.resolver_features import rule_parts
from eventwire.stages.actors.spokespeople import HOME_MARK

REPORTED_MARK = "+reporter"
FORCE_SECTORS = frozenset({"MIL", "COP"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
SAY_VERBS = frozenset({"say", "add", "state", "announce", "report", "confirm", "deny",
                       "insist", "claim"})
"""The verbs of a state body's own report of what its force did. A
deliberate subset of the attribution cue list ``speech_verbs``
(``eventwire/data/cues.yaml``: every verb that introduces someone's words,
the loaded ones too), kept apart on purpose (tidy64): a clause under "warned",
"accused", "threatened", "urged" or "demanded" is no report of a deed
done, and the class was measured with these nine only (recip62; "told",
"wrote", "noted" are unmeasured, not ruled out); deriving it from
``speech_verbs`` would widen it (92 more verbs), and from the factuality
cue list ``reporting_verbs`` (say, state, quote, tell, add, stress,
announce, report, write, translate, explain, note) would drop "confirm",
"deny", "insist", "claim" and add seven. Not
``first_person.SPEECH_VERBS`` either: that one is the verbs a quotation
hangs on. ``tests/test_reported_forces.py`` holds the subset relation."""
# the links a force climbs from its head to the reported clause's verb and
# on to the report ("soldiers" -nsubj-> "fired" -conj-> "sent" -ccomp-> "said")
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "conj", "ccomp", "aux", "auxpass"})
MAX_LINKS = 5


def _report_verb(tok: Token) -> Token | None:
    """The verb of saying whose clause holds ``tok`` as its subject."""
    cur = tok
    for _ in range(MAX_LINKS):
        if cur.head == cur or cur.dep_ not in CLAUSE_DEPS:
            return None
        if cur.dep_ == "ccomp":
            return cur.head if cur.head.lemma_.lower() in SAY_VERBS else None
        cur = cur.head
    return None


def _own_country(m: ActorMention) -> bool:
    return bool(m.country) and HOME_MARK not in rule_parts(m.rule)[1:] \
        and not m.rule.startswith("agent+home")


def _reporter(mentions: list[ActorMention], index: SpanIndex, verb: Token
              ) -> ActorMention | None:
    """The state body that is the report's subject, with a country of its own."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    found = index.containing(subj.idx)
    if not found:
        return None
    who = mentions[found[0]]
    while not _own_country(who) and who.antecedent is not None:
        who = mentions[who.antecedent]
    # a body, not a person: a minister's country may be a namesake's ("Defence
    # Minister Pedro Sanchez" of Colombia read as Spain's; recip62_r2)
    state = who.kind == "state" or \
        who.kind != "person" and bool(STATE_SECTORS & set(who.sectors[:1]))
    return who if state and _own_country(who) else None


def reported_forces(doc: Doc, mentions: list[ActorMention]) -> None:
    """Class *a state's unnamed force in its own report* (module docstring)."""
    index = SpanIndex([(m.start, m.end) for m in mentions])
    for m in mentions:
        if m.kind != "agent" or not m.sectors or m.sectors[0] not in FORCE_SECTORS \
                or m.country and not m.rule.startswith("agent+home"):
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        # "foreign troops", "international forces": outsiders named as such
        # are not the reporting state's (home.outsider_words)
        if span is None or any(c.dep_ == "poss" for c in span.root.children) \
                or outsider_words(span.text):
            continue
        verb = _report_verb(span.root)
        reporter = None if verb is None else _reporter(mentions, index, verb)
        if reporter is not None and reporter.country != m.country:
            m.country = reporter.country
            m.rule += REPORTED_MARK
