"""The story-level revisions of event dates (split from
:mod:`eventwire.stages.time.anchoring` in review76): the passes that run
over all of a doc's events after each event has its rule or undated date
and the date ranker has had its say.

Each pass reads the dates the others gave, so their order is part of the
rules: a clause after the event dates it first (*dated by the clause
after*), then under the learned policy the story's day goes to its undated
acts (*undated act of the story's day*, *a denied act of the story*, *a
title act in the historical present*); then the classes that take a date
away run (*the crime a charge names*, *an act of anyone*, *a stated
readiness or offer*, *a past verdict told in the passive*, *a conduct
named in an accusation*, *an accusation as a label*, *a standing refusal
in the present*, *a court step after a dated incident*, *an appeal dated
by the day it names*); a crime named
with its victim then takes the day the text gives it (dates42), the
attacks a court story re-tells take its crime's date (dates43), and the
after-the-report check runs; last, under the learned policy, an arrest
still undated that the text ties to the scene takes the scene's date (*a
capture at the scene*, dates45: it never gives a date after the report).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc

from eventwire.models import EventMention, Timex
from eventwire.stages.time.accusation_label import undate_accusation_labels
from eventwire.stages.time.accused_conduct import undate_accused_conduct
from eventwire.stages.time.after_incident import undate_court_steps_after_incidents
from eventwire.stages.time.after_report import recheck_events
from eventwire.stages.time.appeal_day import undate_appeals_for_a_day
from eventwire.stages.time.caused_act import date_caused_acts
from eventwire.stages.time.charge_content import date_charged_crimes
from eventwire.stages.time.court_story import date_retold_crimes
from eventwire.stages.time.dated_after import date_by_later_clause
from eventwire.stages.time.denied_acts import date_denied_acts
from eventwire.stages.time.episode import UNREALISED
from eventwire.stages.time.generic_acts import undate_generic_acts
from eventwire.stages.time.headline import date_headline_acts, redate_title_acts
from eventwire.stages.time.lead_episode import date_lead_episodes
from eventwire.stages.time.named_crime import date_named_crimes
from eventwire.stages.time.readiness import undate_readiness
from eventwire.stages.time.scene_capture import date_scene_captures
from eventwire.stages.time.standing_negation import undate_standing_negations
from eventwire.stages.time.story_day import date_story_acts
from eventwire.stages.time.verdicts import undate_past_verdicts


def revise_dates(doc: Doc, events: list[EventMention], timexes: list[Timex],
                 undated: str, published: date | None,
                 background: Callable[[str | None], bool]) -> None:
    """Run the story-level passes in their order (module docstring);
    ``background`` tells whether a value is older than the news window."""
    date_by_later_clause(doc, events, timexes, published)  # class *dated by the clause after*
    if undated == "learned":  # class *undated act of the story's day*, before the two
        date_story_acts(doc, events, published)  # checks below have their say on it
        date_denied_acts(doc, events, published)  # class *a denied act of the story*
        date_headline_acts(doc, events, published)  # *a title act in the historical present*
        date_lead_episodes(doc, events, timexes)  # *the episode a lead's second day tells*
        redate_title_acts(doc, events)  # *a title act the body tells again by its word*
    date_caused_acts(doc, events, background)  # *the act a dated cause brought about* (dates36)
    date_charged_crimes(doc, events, UNREALISED)
    undate_generic_acts(doc, events, timexes)  # *an act of anyone* (dates31), after the ranker
    undate_readiness(doc, events)  # class *a stated readiness or offer* (dates33)
    undate_past_verdicts(doc, events)  # class *a past verdict told in the passive* (dates33)
    undate_accused_conduct(doc, events)  # class *a conduct named in an accusation* (dates34)
    undate_accusation_labels(doc, events)  # class *an accusation as a label* (dates39)
    undate_standing_negations(doc, events)  # class *a standing refusal in the present*
    undate_court_steps_after_incidents(doc, events)  # *a court step after a dated incident*
    undate_appeals_for_a_day(doc, events)  # *an appeal dated by the day it names* (dates62)
    date_named_crimes(doc, events, published, background)  # *a crime named with its victim*
    date_retold_crimes(doc, events)  # *the crime a court story re-tells* (dates43)
    recheck_events(doc, events, timexes, background)
    if undated == "learned":  # class *a capture at the scene* (dates45): after the
        # check, which leaves a capture the time line dated after the report undated
        date_scene_captures(doc, events, timexes, published, background)
