"""What the rules already know about an event participant, as sparse
features for the learned resolver (:mod:`eventwire.stages.actors.resolver`).

Why a separate module: the training script (``tools/train_resolver.py``)
and the pipeline must compute exactly the same features from the same
parsed document, or the weights mean nothing at run time.

The features describe the mention (the rule that found it, its kind, KB
hit, head lemma, NER label, part of speech, pronoun / coreference, demonym),
the rules' answer (country present, equal to the story's or the dateline's,
first sector, number of sectors), the article (story country known,
dateline country known) and the event (type, role).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import get_list
from eventwire.stages.actors.datelines import DATELINE_RULE
from eventwire.stages.actors.home import home_country

Features = dict[str, float]


@dataclass(frozen=True)
class StoryContext:
    """Article-level countries: the story's (``home.home_country``) and the
    dateline's (the first dateline mention with a country)."""

    story: str | None
    dateline: str | None


def story_context(doc: Doc) -> StoryContext:
    mentions = get_list(doc, "actor_mentions")
    dateline = next((m.country for m in mentions
                     if m.rule.endswith(DATELINE_RULE) and m.country), None)
    return StoryContext(story=home_country(mentions), dateline=dateline)


def rule_parts(rule: str) -> list[str]:
    """"title+story" -> ["title", "+story"]: the base rule and each mark
    (a rule name is its base rule and the marks later steps add with "+").
    The one place a rule name is split: the features read every part, the
    resolver's sectorless class (``resolver.stays_without_sector``) the base."""
    base, *marks = rule.split("+")
    return [base] + ["+" + x for x in marks if x]


# the mark of a pronoun "it" standing for a thing acted on
# (``events/thing_pronouns.py``): its ``antecedent`` is the thing's mention
THING_IT_MARK = "+it"


def _read_as(doc: Doc, m: ActorMention) -> ActorMention:
    """Class *"it" is read as the thing it stands for* (recip42): the
    resolver was fitted on nouns, and the pronoun's own words ("it", PRON)
    recoded "a Chinese-flagged longliner ... escorted it" from the
    longliner's BUS; its words are the thing's mention's."""
    parts = rule_parts(m.rule)
    if THING_IT_MARK not in parts or m.antecedent is None:
        return m
    mentions = get_list(doc, "actor_mentions")
    if m.antecedent >= len(mentions):
        return m
    thing = mentions[m.antecedent]
    return replace(m, start=thing.start, end=thing.end, text=thing.text,
                   rule="".join(p for p in parts if p != THING_IT_MARK), antecedent=None)


def _mention_features(doc: Doc, m: ActorMention) -> Features:
    m = _read_as(doc, m)
    out: Features = {f"kind={m.kind or '-'}": 1.0, "kb": float(m.actor_id is not None),
                     "antecedent": float(m.antecedent is not None)}
    for part in rule_parts(m.rule or "-"):
        out[f"rule={part}"] = 1.0
    span = char_span(doc, m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return out
    root = span.root
    out[f"lemma={root.lemma_.lower()}"] = 1.0
    out[f"pos={root.pos_}"] = 1.0
    out[f"ner={root.ent_type_ or '-'}"] = 1.0
    out["plural"] = float(root.tag_ in ("NNS", "NNPS"))
    if any(t.ent_type_ == "NORP" for t in span):
        out["demonym"] = 1.0
    if any(t.ent_type_ == "GPE" for t in span if t.i != root.i):
        out["gpe_modifier"] = 1.0
    out[f"ntok={min(len(span), 4)}"] = 1.0
    return out


def _answer_features(m: ActorMention, ctx: StoryContext) -> Features:
    out: Features = {"has_country": float(m.country is not None),
                     "story_known": float(ctx.story is not None),
                     "dateline_known": float(ctx.dateline is not None),
                     f"nsectors={min(len(m.sectors), 3)}": 1.0,
                     f"sector0={m.sectors[0] if m.sectors else '-'}": 1.0}
    if m.country is not None:
        out["country=story"] = float(m.country == ctx.story)
        out["country=dateline"] = float(m.country == ctx.dateline)
    for s in m.sectors:
        out[f"sector={s}"] = 1.0
    return out


def participant_features(doc: Doc, m: ActorMention, role: str, event_type: str | None,
                         ctx: StoryContext) -> Features:
    """All features of one event participant (``role`` is ``actor`` or
    ``recipient``), each also crossed with the role: an actor's and a
    recipient's codes go wrong in different ways."""
    base = {"bias": 1.0, f"type={event_type or '-'}": 1.0}
    base.update(_mention_features(doc, m))
    base.update(_answer_features(m, ctx))
    out = dict(base)
    for k, v in base.items():
        out[f"{role}|{k}"] = v
    return out
