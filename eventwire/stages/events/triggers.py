"""Trigger detection and PLOVER typing from the lexicons.

A candidate trigger is a verb whose lemma (or lemma + particle) is in the
lexicon, or a noun in the nominal lexicon. The type comes from, in order:
the curated verb list, a CAMEO "verb + object" pattern, the CAMEO verb.
Speech and cognition verbs never trigger ("said" is attribution, not an
event); "warn" and "urge" do (a warning is a threat, an urging a request).
The lexicon lookups themselves live in ``lexicon_candidates.py``, the
verb-alone class rules (``ClassRule`` tables) in ``class_rules.py``, the
word-led classes asked before them in ``word_led_classes.py``.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.nlp.arrays import where_pos_or_dep
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.events.announced_measures import measures_end
from eventwire.stages.events.apology_nouns import RULE as APOLOGY_RULE
from eventwire.stages.events.apology_nouns import SORRY_RULE, said_sorry
from eventwire.stages.events.bodily_assaults import bodily_assault_candidate, misread_stun
from eventwire.stages.events.class_rules import (
    AFTER_LEXICON,
    BEFORE_LEXICON,
    act_candidate,
    class_rule_candidate,
    class_rule_lemmas,
)
from eventwire.stages.events.clauses import (
    denied_allegation,
    is_deescalation,
    is_denial,
    is_vote_content,
    names_a_vote,
    vote_content,
    voted_in,
)
from eventwire.stages.events.clearances import clearance
from eventwire.stages.events.comma_verbs import comma_verb_lemmas
from eventwire.stages.events.conditions import finite_verb
from eventwire.stages.events.consequences import consequence_end
from eventwire.stages.events.court_outcome_nouns import verdict_object_end
from eventwire.stages.events.detection import construction, verdict_end
from eventwire.stages.events.diplomatic_notes import RULE as NOTE_RULE
from eventwire.stages.events.diplomatic_notes import (
    names_a_note,
    note_end,
    note_type,
    silenced_by_note,
    summons_with_note,
)
from eventwire.stages.events.directives import private_directive
from eventwire.stages.events.forbidden_acts import COERCE, PERMIT_VERBS, RESTRICT, forbids
from eventwire.stages.events.forbidden_acts import RULE as FORBID_RULE
from eventwire.stages.events.headline_compounds import headline_compound_pattern
from eventwire.stages.events.headlines import (
    HEADLINE_PARTICIPLES,
    headline_verb,
    title_case_lemma,
)
from eventwire.stages.events.hyphen_force import RULE as HYPHEN_FORCE_RULE
from eventwire.stages.events.hyphen_force import hyphen_force, inside_hyphen_force
from eventwire.stages.events.inquiries import no_inquiry_act
from eventwire.stages.events.judicial import judicial_act
from eventwire.stages.events.label_triggers import pointed_labels
from eventwire.stages.events.lexicon import Lexicon
from eventwire.stages.events.lexicon import load_lexicon as load_lexicon  # re-exported
from eventwire.stages.events.lexicon_candidates import (
    Candidate,
    entry_candidate,
    noun_candidate,
    verb_candidate,
)
from eventwire.stages.events.line_outages import is_line_outage
from eventwire.stages.events.named_crimes import CHARGED_SUFFIX, charged_act, named_crime
from eventwire.stages.events.named_crimes import RULE as CRIME_RULE
from eventwire.stages.events.nonevents import not_an_event
from eventwire.stages.events.nonpolitical import no_political_side
from eventwire.stages.events.occurred_acts import tells_occurred_act
from eventwire.stages.events.police_stops import RULE as STOP_RULE
from eventwire.stages.events.police_stops import police_stop
from eventwire.stages.events.pursuits import pursuit_verb
from eventwire.stages.events.sports import game_only
from eventwire.stages.events.standing import standing_deployment
from eventwire.stages.events.state_protests import ACCUSE, DISAPPROVE, lodges_protest, state_protest
from eventwire.stages.events.state_protests import RULE as PROTEST_RULE
from eventwire.stages.events.typing_classes import prep_pattern
from eventwire.stages.events.word_led_classes import class_candidate, class_word

# "provided (that) the army withdraws": a condition, unless the word is a
# finite verb of its own ("the agency has provided tents": conditions.py)
CONDITION_WORDS = {"providing", "provided", "assuming", "supposing"}
# "according to" attributes a statement; it is no event (CAMEO lists ACCORD)
ATTRIBUTION_WORDS = {"according"}


TRIGGER_POS = {"VERB", "NOUN", "PROPN", "ADJ"}


def _inside_name(tok: Token, names: SpanIndex) -> bool:
    return bool(names.containing(tok.idx))


def trigger_positions(doc: Doc) -> list[int]:
    """The tokens of ``doc`` that can trigger (``_candidate`` answers None
    for any other POS except an ``acomp``), read once per document from the
    attribute arrays; ``find_candidates`` takes each sentence's share."""
    return where_pos_or_dep(doc, TRIGGER_POS, ("acomp",))


def _sentence_tokens(sent: Any, positions: list[int] | None) -> list[Token]:
    if positions is None:
        return [t for t in sent if t.pos_ in TRIGGER_POS or t.dep_ == "acomp"]
    doc = sent.doc
    lo, hi = bisect_left(positions, sent.start), bisect_left(positions, sent.end)
    return [doc[i] for i in positions[lo:hi]]


def find_candidates(sent: Any, lex: Lexicon,
                    names: SpanIndex | list[tuple[int, int]] | None = None,
                    positions: list[int] | None = None) -> list[Candidate]:
    """Trigger candidates of a sentence; ``names`` are character ranges of
    actor names (a trigger word inside "Popular Mobilization Units" is no
    event). Pass a :class:`SpanIndex` built once per doc: a list is indexed
    on every call; ``positions``: :func:`trigger_positions` of the doc."""
    out = []
    if not isinstance(names, SpanIndex):
        names = SpanIndex(names or [])
    # only these can trigger (``_candidate``): the rest are skipped before the
    # name lookup; a vote verb is a VERB, so the vote test reads them alone
    tokens = _sentence_tokens(sent, positions)
    votes, notes = names_a_vote(tokens), names_a_note(sent.doc)
    for tok in tokens:
        if tok.lower_ in CONDITION_WORDS and not finite_verb(tok) or \
                (names.spans and _inside_name(tok, names) and hyphen_force(tok) is None):
            continue  # the tagger reads "pepper" in "police pepper-sprayed" into a name
        if tok.lower_ in ATTRIBUTION_WORDS and tok.i + 1 < len(tok.doc) and \
                tok.doc[tok.i + 1].lower_ == "to":
            continue
        cand = _candidate(tok, lex, votes, notes)
        if cand is not None:
            out.append(cand)
    return pointed_labels(tokens, out)  # "\"This is a violation,\" he said" (events48)


def _candidate(tok: Token, lex: Lexicon, votes: bool = True, notes: bool = True
               ) -> Candidate | None:
    """The trigger candidate at ``tok``, after the classes of
    ``nonevents.py`` (dropped) and ``clauses.py`` (re-typed). ``votes``:
    the sentence has a vote verb (``clauses.names_a_vote``); without one
    the vote classes cannot apply and are not tried; ``notes``: the
    document has a note's word (``diplomatic_notes.names_a_note``), else
    the sent-note classes are not tried."""
    if is_denial(tok):
        return Candidate(tok, tok.i + 1, "REJECT", None, [], "curated-verb+denial",
                         tok.pos_ != "VERB")
    if said_sorry(tok):  # "I am sorry", "she was sorry" (apology_nouns.py, real66)
        return Candidate(tok, tok.i + 1, "CONCEDE", None, [], SORRY_RULE, False)
    if (force_end := hyphen_force(tok)) is not None:  # "tear-gassed" (hyphen_force.py)
        return Candidate(tok, force_end, "ASSAULT", "crowd-control", [], HYPHEN_FORCE_RULE,
                         False)
    if inside_hyphen_force(tok):  # "charged" in "baton-charged" is no accusation
        return None
    if tok.dep_ == "compound" and \
            (pattern := headline_compound_pattern(tok, lex.patterns)) is not None:
        return entry_candidate(pattern, tok, "headline-compound-pattern", False, tok.i + 1)
    lemma, pos = tok.lemma_.lower(), tok.pos_
    if no_inquiry_act(tok):  # "went to investigate the crater" (inquiries.py)
        return None
    if lemma in PERMIT_VERBS and forbids(tok):  # "no one will be allowed to block roads"
        return Candidate(tok, tok.i + 1, COERCE, RESTRICT, [], FORBID_RULE, False)
    if notes and (note := note_type(tok)) is not None:  # "sent a diplomatic note" (types44)
        return Candidate(tok, note_end(tok), note[0], note[1], [], NOTE_RULE, True)
    if notes and silenced_by_note(tok):  # its light verb, its participle, a summons's note
        return None
    if summons_with_note(tok):  # "invited the envoy … to hand him a note of protest"
        return Candidate(tok, tok.i + 1, ACCUSE, DISAPPROVE, [], NOTE_RULE, False)
    if lemma == "protest" and state_protest(tok):  # "Tokyo protested to Seoul"
        return Candidate(tok, tok.i + 1, ACCUSE, DISAPPROVE, [], PROTEST_RULE, pos != "VERB")
    if (cleared := clearance(tok)) is not None:  # "police cleared the roadblocks"
        return cleared
    if lodges_protest(tok):  # "lodged a protest": the ACCUSE is on the noun (types43)
        return None
    if class_word(tok, lemma, pos):  # health, contracts, outbreaks, evacuations
        found = class_candidate(tok, lemma, pos)
        if found is not None:
            return found if isinstance(found, Candidate) else None
    cand: Candidate | None
    if (comma := _comma_verb(tok, lex)) is not None:  # "seize port, expel governor"
        return None if game_only(tok) else entry_candidate(
            lex.verbs[comma], tok, "headline-verb+comma", False, tok.i + 1)
    if (crime := named_crime(tok)) is not None:  # "the Kraft shooting" (named_crimes.py)
        cand = Candidate(tok, tok.i + 1, crime[0], crime[1], [], CRIME_RULE, True)
    elif tok.pos_ == "VERB" or misread_stun(tok):  # "had to Taser him" (events52)
        if standing_deployment(tok):  # "a frigate deployed on patrol" (standing.py)
            return None
        if tells_occurred_act(tok):  # "shots rang out": on the noun (occurred_acts.py)
            return None
        if votes and (voted_in(tok) is not None or (
                is_vote_content(tok) and tok.lemma_.lower() not in REQUEST_VERBS)):
            return None  # what the voted text orders is the vote's content
        if votes and (vote := vote_candidate(tok, lex)) is not None:
            return vote
        if is_deescalation(tok):
            return Candidate(tok, tok.i + 1, "RETREAT", "ceasefire", [],
                             "curated-verb+deescalation", False)
        if private_directive(tok):  # "a friend advised her to rest" (directives.py)
            return None
        ruled = lemma in class_rule_lemmas()  # else no class rule holds (speed40)
        cand = (construction_candidate(tok) or judicial_candidate(tok) or act_candidate(tok)
                or pursuit_candidate(tok) or bodily_assault_candidate(tok)
                or (class_rule_candidate(tok, BEFORE_LEXICON) if ruled else None)
                or verb_candidate(tok, lex)
                or (class_rule_candidate(tok, AFTER_LEXICON) if ruled else None))
        if cand is not None and charged_act(tok):  # "accused of killing his mother"
            cand.rule += CHARGED_SUFFIX
    elif tok.pos_ in ("NOUN", "PROPN") and \
            (title := title_case_lemma(tok, lex.verbs, lex.not_events)) is not None:
        # before the name filter: the tagger reads a Title Case headline as names
        rule = "headline-verb+participle" if tok.lower_ in HEADLINE_PARTICIPLES \
            else "headline-verb"  # "Teen Shot 11 Times" (headlines.py, missed59)
        return None if game_only(tok) else entry_candidate(  # a game's headline: sports.py
            lex.verbs[title], tok, rule, False, tok.i + 1)
    elif tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("PERSON", "GPE", "ORG"):
        # the lexicon first: few nouns are verbs of it, and ``headline_verb`` builds the
        # words around each one it is asked about (speed30; all four tests are pure)
        if lemma in lex.verbs and lemma not in lex.not_events and headline_verb(tok) and \
                not game_only(tok):
            # a headline's outage from a broken cable (line_outages.py, false52)
            return None if is_line_outage(tok) else entry_candidate(
                lex.verbs[lemma], tok, "headline-verb", False, tok.i + 1)
        if denied_allegation(tok) or (votes and voted_in(tok) is not None) or \
                _stopped_violence(tok):
            return None
        cand = noun_candidate(tok, lex)
    else:
        return None
    # "stood with its ally" (physical.py), "remained on the streets" (a prep
    # pattern, typing.yaml) are no state verbs: the class reads the phrase
    if cand is None or (cand.end == tok.i + 1 and not _read_with_phrase(cand, tok)
                        and cand.rule != APOLOGY_RULE  # "an apology letter" (real66)
                        and not_an_event(tok)) or no_political_side(tok):
        return None
    return cand


def _comma_verb(tok: Token, lex: Lexicon) -> str | None:
    """The lexicon's lemma of a headline's second verb after a comma
    (``comma_verbs.py``, headlines61)."""
    for lemma in comma_verb_lemmas(tok):
        if lemma in lex.verbs and lemma not in lex.not_events:
            return lemma
    return None


def _read_with_phrase(cand: Candidate, tok: Token) -> bool:
    # "will face trial": the trial class reads its governor itself (judicial.court_trial)
    return cand.rule.endswith(("+solidarity", "+trial", "+crime-named")) or (
        tok.pos_ == "VERB" and prep_pattern(tok, tok.lemma_.lower()) is not None)


def construction_candidate(tok: Token) -> Candidate | None:
    """A verb whose act the lexicon misses (``detection.py``)."""
    found = construction(tok)
    if found is None:
        return None
    kind, mode, rule = found
    end = tok.i + 1
    if rule == "verdict":  # "found guilty"; "handed down a guilty verdict" (missed59)
        end = verdict_object_end(tok) or verdict_end(tok)
    if rule == "consequence":  # "will face ... consequences": the verb and its noun
        end = consequence_end(tok)
    if rule in ("measures", "weighed-measures"):  # "take ... measures" (announced_measures.py)
        end = measures_end(tok)
    return Candidate(tok, end, kind, mode, [], f"curated-verb+{rule}", False)


def judicial_candidate(tok: Token) -> Candidate | None:
    """A court or custody act named by a general verb (``judicial.py``)."""
    found = judicial_act(tok)
    if found is None:
        return None
    kind, mode, rule, end = found
    return Candidate(tok, end, kind, mode, [], f"curated-verb+{rule}", False)


def pursuit_candidate(tok: Token) -> Candidate | None:
    """"police chased the car" (``pursuits.py``), "police stopped the
    driver" (``police_stops.py``, missed58): COERCE, no mode."""
    if pursuit_verb(tok):
        return Candidate(tok, tok.i + 1, "COERCE", None, [], "curated-verb+pursuit", False)
    if police_stop(tok):
        return Candidate(tok, tok.i + 1, "COERCE", None, [], STOP_RULE, False)
    return None


def _stopped_violence(tok: Token) -> bool:
    """"halted the shelling": the violence stopped is the RETREAT's content."""
    return tok.dep_ in ("dobj", "nsubjpass") and is_deescalation(tok.head)


# a voted text that "calls for" or "urges" something is the legislature's request
REQUEST_VERBS = {"call", "urge", "demand", "ask", "appeal", "request"}


def vote_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    """"lawmakers passed a bill mandating the expulsion of foreign troops":
    one event on the vote, typed by what the bill orders (SANCTION expel),
    else by the bill's own verb ("a resolution condemning the coup": ACCUSE);
    a bill "calling for" something leaves the request as the event."""
    content = vote_content(tok)
    if content is None:
        return None
    inner = verb_candidate(content, lex) if content.pos_ == "VERB" else None
    if inner is not None and inner.type == "REQUEST" and content.lemma_.lower() in REQUEST_VERBS:
        return None
    if inner is not None and inner.rule.startswith("curated") and inner.type != "REQUEST":
        # the bill's own act word ("condemning the massacre"): its object is its content;
        # an order's ("ordering the suspension") is what it orders
        return Candidate(tok, tok.i + 1, inner.type, inner.mode, inner.context,
                         "curated-verb+vote", False)
    for t in content.subtree:
        if t.i == content.i:
            continue
        found = noun_candidate(t, lex) if t.pos_ == "NOUN" else (
            verb_candidate(t, lex) if t.pos_ == "VERB" else None)
        if found is not None:
            return Candidate(tok, tok.i + 1, found.type, found.mode, found.context,
                             "curated-verb+vote", False)
    if inner is not None:  # "adopted a resolution condemning the coup", "voted to expel"
        return Candidate(tok, tok.i + 1, inner.type, inner.mode, inner.context,
                         "curated-verb+vote", False)
    return None
