"""Class *a merchant ship is of the state whose flag it flies* (issue #12,
recips30).

Why: a story about a ship at sea names the ship's flag once ("a merchant
vessel flying the Panamanian flag", "the Liberian-flagged tanker", "an
Ethiopian vessel, the MV Selam") and then calls it "the vessel", "the
ship", "the merchant ship". The record guide codes a ship acted on as its
flag country, BUS (docs/annotation.md, "Ships detained at sea"); with no
country of its own such a mention took the story's country -- often the
navy's or the pirates' ("merchant vessel" IND where the flag is ETH).

Here a recipient that is an unnamed merchant vessel (a BUS vessel noun with
no KB identity and no country but the story's default) takes the flag country when the document
names exactly one: a state's demonym on a flag flown or sailed under, before
"-flagged" / "-registered", or on a vessel noun. Of several flags the
first sentence naming one decides (the story's ship is named before a ship
recalled as background, recip46); two flags in that sentence decide
nothing; warships (MIL) and boats (often the attackers' skiffs) are
left alone.

Not a flag (review48): a flag burned or waved ("protesters burned the
Israeli flag"), a state as the subject of "registered" / "flagged" ("Kenya
registered a protest", "Norway flagged the risk"), and a state's own vessel
("a Russian naval vessel", "an Italian military ship", "a US aircraft
carrier": a navy's or coast guard's, not a merchant flag).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.spans import head_token
from eventwire.stages.actors.home import STORY_MARKS, memo_on_mentions, story_country
from eventwire.stages.actors.states import MILITARY_MODIFIERS
from eventwire.stages.events.demonym_words import names_a_flag

VESSELS = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter",
                     "freighters", "trawler", "trawlers", "carrier", "supertanker"})
# what a ship does with the flag it has: "flying the X flag", "sailing under the X flag"
FLOWN = frozenset({"fly", "sail", "under"})
# a state as the subject of "registered" / "flagged" registers or flags
# something ("Kenya registered a protest", "Britain flagged concerns")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
FLAG_KEY = "eventwire_flag_country"
# a state's own vessels ("a US aircraft carrier", "a French frigate") fly no merchant flag
STATE_FLEET = frozenset({"MIL", "GOV", "COP"})
# a country the actor stage guessed from the story, not read in the text
GUESSED = STORY_MARKS
# the rule of an unnamed target, whose country is the story's (unnamed_targets)
UNNAMED = "unnamed"


def _flags(doc: Doc, tok: Token) -> bool:
    """The state mention names a ship's flag: a flag flown or sailed under
    ("flying the Panamanian flag", "under the Maltese flag"), the word
    before "-flagged" / "-registered" ("Liberian-flagged"), a demonym on a
    vessel noun ("an Ethiopian vessel"); not a flag burned or waved
    ("protesters burned the Israeli flag") nor a state that registers or
    flags something ("Kenya registered a protest") (review48)."""
    if tok.dep_ in SUBJECT_DEPS:
        return False
    head = tok.head
    if head.lemma_.lower() == "flag" and head.pos_ == "NOUN":  # not "-flagged"
        return head.head.lemma_.lower() in FLOWN
    if names_a_flag(doc, tok):
        return True
    return tok.dep_ == "amod" and head.lower_ in VESSELS and not state_vessel(head)


def state_vessel(vessel: Token) -> bool:
    """A vessel noun whose modifier makes it a state's ("a Russian naval
    vessel", "an Italian military ship", "a Chinese coast guard vessel"):
    its country is the navy's, not a merchant flag (review48)."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in MILITARY_MODIFIERS
               for c in vessel.lefts)


def flag_country(doc: Doc) -> str | None:
    """The one flag country the document names for a ship, else None
    (memoised on the mention list). When the story names several, the
    first sentence that names a flag decides if it names one (recip46):
    the story's own ship comes first, a ship recalled as background later
    ("... the capture of Saudi supertanker Sirius Star" closing a story
    about an "Ethiopian-flagged" freighter); two flags in that sentence
    decide nothing."""
    def compute(mentions: list[ActorMention]) -> str | None:
        found: dict[int, set[str]] = {}
        for m in mentions:
            # a vessel whose country is the story's guess flags nothing
            tok = head_token(doc, m) if m.country and not m.rule.endswith(GUESSED) else None
            if tok is None or STATE_FLEET & set(m.sectors) or state_vessel(tok):
                continue  # a navy's or coast guard's ship is its state's (review48)
            if m.kind == "state" and _flags(doc, tok) or tok.lower_ in VESSELS:
                # "a Greek tanker" flags a ship too
                found.setdefault(tok.sent.start, set()).add(str(m.country))
        first = found[min(found)] if found else set()
        return next(iter(first)) if len(first) == 1 else None
    return memo_on_mentions(doc, FLAG_KEY, compute)


def _story_guess(doc: Doc, m: ActorMention) -> bool:
    """The mention's country is the story's guess: marked so by the actor
    stage, or an unnamed target (rule ``unnamed``) whose country is the
    story's (``unnamed_targets.unnamed_target`` gives it; recip46:
    "hijacking the vessel" in a story told from India took IND beside an
    "Ethiopian vessel"). A held vessel's crew country
    (``held_vessels``) is read in the text and stays."""
    return m.rule.endswith(GUESSED) or m.rule == UNNAMED and m.country == story_country(doc)


def flagged_vessel(doc: Doc, recipient: ActorMention | None) -> ActorMention | None:
    """The recipient with the document's flag country when it is an unnamed
    merchant vessel with no country of its own (none, or only the story's
    guessed by the actor stage: rule ``+home`` / ``+story``, or given to an
    unnamed target: rule ``unnamed``)."""
    if recipient is None or recipient.actor_id or "MIL" in recipient.sectors or (
            recipient.country and not _story_guess(doc, recipient)):
        return recipient
    tok = head_token(doc, recipient)
    if tok is None or tok.lower_ not in VESSELS:
        return recipient
    country = flag_country(doc)
    return recipient if country is None else replace(recipient, country=country,
                                                          rule=recipient.rule + "+flag")
