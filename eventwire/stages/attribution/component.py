"""Who says so: quotes, reported speech, relays, and each event's chain.

``eventwire_quotes`` finds, per sentence:
* direct quotes (straight, curly and guillemet marks, nested) with the
  speech verb outside them ("“…,” Mohi explained");
* indirect speech: a speech verb with a clausal complement ("warned that …",
  "urged X to …");
* "according to X": X is the speaker of the rest of the sentence;
* relays: a speech verb whose subject is a news outlet and that frames
  another statement ("…, Mohi explained, Press TV reported") relays every
  statement of its sentence; so does any proper-name reporter of a bare
  sentence-final tag ("…, Kyodo reported", ``tags.py``);
* a statement "by" a body ("a statement by the Commission, which warned …")
  has the body as its speaker.

Speakers are resolved through the actor stage: a pronoun ("he added")
points to its antecedent, a spokesperson to the organisation he speaks for.

``eventwire_event_attribution`` gives every event its chain: speaker (+ the
organisation the speaker speaks for), relays, then the publishing outlet.
An event stated by the outlet itself has only the outlet link; an event
the factuality stage read as ``reported`` whose chain names no speaker (a
speech act a reporter relays, a hedge of the outlet's own) is ``asserted``,
and one read as ``asserted`` whose chain names a speaker ("condemned the
shelling", "called the arrests a provocation") is ``reported``.

The stage's modules: ``quotes.py`` (what is said, per sentence and across
sentences), ``speakers.py`` (who says it, and who relays it — including the
outlet a statement was made to), ``clauses.py`` (where a reported clause
ends: the speaker's next act, the outlet's narration, the scope of
"according to X"), ``predicates.py`` (a reported verb the parser read as a
reduced relative), ``stances.py`` (belief, finding and nominal cues),
``marks.py`` (quotation marks, datelines, text spans), ``media.py`` (the
channel a statement went out on), ``tags.py`` (who relays by reporting), ``runs.py``, ``frames.py``,
``leadins.py`` and ``paragraphs.py`` (statements across sentences and
paragraphs), ``chains.py``, ``acts.py`` and ``measured.py`` (each event's
chain); this module holds the two components.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.models import Quote
from eventwire.nlp.component import StageComponent
from eventwire.nlp.extensions import get_list
from eventwire.nlp.sentences import sentences
from eventwire.stages.attribution.boundaries import headline_colon
from eventwire.stages.attribution.chains import (
    chain_for,
    spoken_of_is_reported,
    unsourced_report,
)
from eventwire.stages.attribution.cue_positions import cue_verb_positions
from eventwire.stages.attribution.frames import framed_quotations
from eventwire.stages.attribution.headlines import headline_tail
from eventwire.stages.attribution.leadins import lead_in_quotes
from eventwire.stages.attribution.marks import dateline_end
from eventwire.stages.attribution.media import add_broadcast_media
from eventwire.stages.attribution.paragraphs import open_paragraph_quotes
from eventwire.stages.attribution.quotes import quotes_in_sentence, verb_positions
from eventwire.stages.attribution.runs import (
    carry_relays,
    continuation,
    mark_only,
    whole_quotations,
)
from eventwire.stages.attribution.speakers import SPEECH_VERBS
from eventwire.stages.attribution.stances import stance_positions

__all__ = ["SPEECH_VERBS", "EventAttributor", "QuoteFinder", "carry_relays", "chain_for",
           "dateline_end", "quotes_in_sentence"]


class QuoteFinder(StageComponent, factory="eventwire_quotes",
                  requires=["token.dep", "token.lemma"], assigns=["doc._.quotes"]):
    def process(self, doc: Doc) -> None:
        quotes = get_list(doc, "quotes")
        previous: Quote | None = None
        headline = headline_colon(doc) or headline_tail(doc)
        if headline is not None:
            quotes.append(headline)
        # once per document, not per sentence; only the cue verbs (speed32)
        positions = cue_verb_positions(doc, verb_positions(doc))
        stances = stance_positions(doc)
        for sent in sentences(doc):  # the Spans sent_of hands out (speed59)
            found = quotes_in_sentence(doc, sent, positions, stances)
            if not found and previous is not None and mark_only(sent):
                continue  # a closing mark cut off: the run goes on
            if not found and previous is not None:
                found = [q for q in [continuation(doc, sent, previous)] if q is not None]
            add_broadcast_media(doc, found)
            quotes.extend(found)
            previous = found[-1] if found else None
        quotes[:] = whole_quotations(doc, quotes)
        framed_quotations(doc, quotes)
        lead_in_quotes(doc, quotes)
        open_paragraph_quotes(doc, quotes)
        carry_relays(doc, quotes)


class EventAttributor(StageComponent, factory="eventwire_event_attribution",
                      requires=["doc._.events", "doc._.quotes"], assigns=["doc._.events"]):
    def process(self, doc: Doc) -> None:
        quotes = get_list(doc, "quotes")
        for event in get_list(doc, "events"):
            event.attribution = chain_for(doc, event, quotes)
            unsourced_report(event)
            spoken_of_is_reported(event)
