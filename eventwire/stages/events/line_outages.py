"""A service outage told as the failure of a line nobody cut (issue #12,
branch false52).

docs/annotation.md labels no accident "without a deliberate human act", and
rec_u's guide decides "cable cuts with no cause and no actor ... are no
events". Real outlets' copy on broken undersea cables was a false-event
class in four development sets (ECB+ topic 30, both its 2008 and its 2011
stories): the lexicon reads "cut" as SANCTION or COERCE ``censor``,
"disrupt" and "block" as acts, and ``physical_cuts`` drops only an
agentless passive "cables were cut". In a story that tells a cable's break
(a line noun and a break word in one sentence) and no deliberate act on a
line anywhere, a trigger of the outage words is no event when it has no
doer of its own:

* a service or link disrupted, cut or blocked with no agent: "internet
  services have been disrupted due to damage of undersea cables", "80
  percent of Internet services have been cut after the cables were
  damaged", "Mideast internet services disrupted";
* the break or the line as the subject: "cable cuts partially block
  internet", "after cables cut", "an undersea cable cut on Tuesday";
* a line severed with no agent: "undersea internet cables severed near the
  coast";
* a service moved to another route ("trying to switch its Internet service
  to a backup route"): "switch" without "off" or "down" is no cut.

Kept: a doer (a person, a body, a place or a pronoun as the subject or the
by-agent: "the government cut mobile internet", "a freighter cut the
cable"), any story with a word of a deliberate act (sabotage, an anchor, a
ship detained or suspected: such cables are ASSAULT in rec_s's and rec_v's
guides), and an outage story with no broken line ("internet access was cut
across the country" on election day is COERCE ``censor``). Word lists:
``eventwire/data/events/line_outages.yaml``.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from eventwire.datafiles import word_list_loader
from eventwire.nlp.arrays import column, per_doc, where_lower
from eventwire.nlp.sentences import sentence_starts
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.detection_words import lemma_of_id

WORDS = DATA_DIR / "events" / "line_outages.yaml"
words = word_list_loader(WORDS)
ENTITY_DOERS = ("PERSON", "ORG", "GPE", "NORP")
STORY_KEY = "eventwire.line_outage_story"
PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})


def _tells_break(sent: Span) -> bool:
    """One sentence holds a line noun and a word of its break."""
    return _forms_tell_break(_forms(sent.doc, sent.start, sent.end))


def _forms_tell_break(forms: set[str]) -> bool:
    return bool(forms & words()["line_nouns"]) and bool(forms & words()["break_words"])


def _forms(doc: Doc, start: int, end: int) -> set[str]:
    """``{t.lower_ for t in doc[start:end]} | {_lemma(t) for t in ...}``,
    read on the LOWER and LEMMA columns (speed43: a Token per word of every
    sentence of an article with an outage word, ~12.6k per 200 articles)."""
    strings = doc.vocab.strings
    forms = {strings[v] for v in column(doc, LOWER)[start:end]}
    forms.update(lemma_of_id(strings, v) for v in column(doc, LEMMA)[start:end])
    return forms


def is_outage_story(doc: Doc) -> bool:
    """The article tells a line's break and no deliberate act on a line;
    read once per article (``arrays.per_doc``: "cut", "block" and "damage"
    are frequent words)."""
    return per_doc(doc, STORY_KEY, _outage_story)


def _outage_story(doc: Doc) -> bool:
    # the word column, not a Token per word of the article (speed42)
    if where_lower(doc, words()["deliberate_cues"]):
        return False
    starts = sentence_starts(doc)  # the sentences as doc.sents has them (speed43)
    if starts is None:  # no boundaries: spaCy raises, as it did
        return any(_tells_break(s) for s in doc.sents)
    ends = [*starts[1:], len(doc)]
    return any(_forms_tell_break(_forms(doc, a, b)) for a, b in zip(starts, ends, strict=True))


def _named_doer(tok: Token) -> bool:
    """A subject or a by-agent that can act: an entity, a pronoun, or a
    common noun that is neither a line, a service nor a break."""
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    doers += [c for c in tok.children if c.dep_ == "poss"]
    things = words()["line_nouns"] | words()["service_nouns"] | words()["break_nouns"]
    for doer in doers:
        if doer.ent_type_ in ENTITY_DOERS or doer.lower_ in PRONOUNS:
            return True
        if doer.lower_ not in things and _lemma(doer) not in things:
            return True
    return False


def _controlled(tok: Token) -> bool:
    """An open clause ("trying to switch") or a second conjunct ("declared
    an emergency and cut the internet") whose head's subject can act."""
    return tok.dep_ in ("xcomp", "conj") and _named_doer(tok.head)


def _rerouted(tok: Token) -> bool:
    """"switch" with no "off"/"down": a service moved, not cut."""
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    return _lemma(tok) == "switch" and not particles & words()["cut_particles"]


def is_line_outage(tok: Token) -> bool:
    """An outage word with no doer in a story of a broken line (module
    docstring)."""
    lemma = _lemma(tok)
    if lemma not in words()["outage_words"] and tok.lower_ not in words()["line_nouns"]:
        return False
    if not is_outage_story(tok.doc):
        return False
    if _rerouted(tok):
        return True
    return not _named_doer(tok) and not _controlled(tok)
