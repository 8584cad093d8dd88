"""Who does an act: classes of the actor slot that the plain subject or
possessor of a trigger gets wrong (``roles.py`` asks these first).

* *a speech act coordinated after a reported clause*: "the ministry said
  the vote was illegal and called on all sides to talk" -- the parser hangs
  "called" on the reported clause, whose subject ("the vote") is not the
  one who calls;
* *the evaluator of an event is not its agent*: "the president condemned
  the attack", "Biden called the riot an assault on democracy" -- whoever
  condemns or describes an act did not do it;
* *patients named by the possessive*: "Wine's arrest", "his detention",
  "the minister's kidnapping" -- the possessor of an act done *to* someone
  is who undergoes it, unless an of-object names that ("Hamas's release of
  the hostages").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import first_conjunct
from eventwire.stages.actors.home import (
    SPONSOR_RULE,
    memo_on_mentions,
    outsider_words,
    state_force_home,
    story_country,
)
from eventwire.stages.actors.place_home import places_country
from eventwire.stages.events.condemned_victims import CONDEMN_VERBS
from eventwire.stages.events.mention_lookup import child, covering_mention, pobj
from eventwire.stages.events.placed_story import placed_country

# verbs that report a clause ("said that ...", "denied that ...")
REPORT_VERBS = {"say", "deny", "add", "state", "announce", "insist", "claim", "confirm",
                "acknowledge", "allege", "argue", "tell", "note", "report", "stress",
                "maintain", "assert", "write", "declare", "explain"}
FINITE = {"VBD", "VBZ", "VBP"}
# acts a speaker goes on to do in the same sentence ("... and accused X")
SPEAKER_ACTS = {"accuse", "blame", "urge", "call", "warn", "threaten", "reject", "praise",
                "order", "demand", "condemn", "vow", "pledge", "promise", "appeal", "ask",
                "criticise", "criticize", "dismiss", "welcome", "refuse", "thank",
                "summon", "recall", "expel", "suspend", "ban", "denounce", "deplore",
                "charge", "offer", "invite", "reiterate", "request", "insist", "decline",
                "rule", "direct", "instruct", "announce", "describe", "hail", "defend"}


def reported_conjunct(verb: Token) -> Token | None:
    """Class *a speech act coordinated after a reported clause*: in "X said
    [that] S and accused Y", "X denied that S and called on Y", the parser
    often makes the second act a conjunct of the reported clause S; an act
    only a speaker does (accuse, urge, warn, reject, order, ...) with no
    subject of its own is X's, the subject of the reporting verb."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in SPEAKER_ACTS or \
            not _finite(verb) or child(verb, {"nsubj", "nsubjpass"}) is not None:
        return None
    clause = first_conjunct(verb.head)
    # a trailing attribution ("X condemned S and ordered Y, his office said")
    # reports both acts: the speaker goes first
    report = clause.head
    if clause.dep_ != "ccomp" or report.lemma_.lower() not in REPORT_VERBS or \
            report.i > clause.i or _tense(verb) != _tense(report):
        return None
    return child(clause.head, {"nsubj"})


def _finite(verb: Token) -> bool:
    """A finite act; a participle with a direct object is one the tagger
    misread ("said the strike was unlawful and accused truckers")."""
    return verb.tag_ in FINITE or (verb.tag_ == "VBN" and child(verb, {"dobj"}) is not None
                                   and child(verb, {"auxpass", "aux"}) is None)


def _tense(verb: Token) -> str:
    """Past or present: an act coordinated with the reporting verb shares
    its tense ("said ... and accused", "says ... and urges"); "said Ankara
    would close X and suspend Y" does not."""
    return "past" if verb.tag_ in ("VBD", "VBN") else "present"


# acts that judge, name or look into another's act (the condemning ones are
# ``condemned_victims.CONDEMN_VERBS``, one list: review75)
EVALUATIVE_VERBS = CONDEMN_VERBS | {"welcome", "praise", "hail", "applaud", "mourn", "regret",
                                    "investigate", "probe", "describe", "blame", "justify"}
# "called the riot an assault": naming verbs, only with a second complement
NAMING_VERBS = {"call", "term", "label", "brand", "dub"}


def evaluated_event(noun: Token) -> bool:
    """Class *the evaluator of an event is not its agent*: an event noun that
    is the object of a verb of judging or naming ("condemned the attack",
    "welcomed the deployment", "called the killings genocide", "blamed the
    rebels for the assault", "ordered an inquiry into the shooting" is not
    one) names someone else's act: the judge's subject is not its actor."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in NAMING_VERBS:
        return child(verb, {"oprd", "xcomp", "ccomp", "attr"}) is not None \
            or (noun.dep_ == "dobj" and _quoted_name_follows(noun))
    return lemma in EVALUATIVE_VERBS


QUOTES = {'"', "\u201c", "\u201d", "``", "''"}


def _quoted_name_follows(noun: Token) -> bool:
    """Class *a quoted name given to an act* (actors62): "called the attack
    \"an act of terror\"", "called the rally \"a provocation\"", "called the
    slaying of the deputy \"a vicious murder\"" -- the parser hangs the
    quoted second complement as an apposition, a second object or inside
    the noun's phrase; the first quotation mark after the noun opens (an
    even number stand before it in the sentence), no verb or other
    punctuation stands between and a noun phrase follows it: the act is
    named, not convened ("called a \"general strike\" for Monday" closes a
    quote; "called a rally \"to defend schools\"", "called a strike at the
    depot, \"the first in years\"" give a purpose or an aside)."""
    sent = noun.sent
    before = sum(1 for t in sent if t.i < noun.i and t.text in QUOTES)
    for tok in sent[noun.i - sent.start + 1:]:
        if tok.text in QUOTES:
            after = tok.nbor() if tok.i + 1 < sent.end else None
            return before % 2 == 0 and after is not None and \
                after.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
        if tok.pos_ in ("VERB", "AUX", "PUNCT"):
            return False
    return False


# acts done to a person: the possessor is who undergoes them
PATIENT_NOUNS = {"arrest", "detention", "capture", "abduction", "kidnapping", "killing",
                 "murder", "assassination", "execution", "release", "death", "trial",
                 "conviction", "imprisonment", "jailing", "ouster", "removal", "dismissal",
                 "sacking", "expulsion", "deportation", "extradition", "torture",
                 "beating", "disappearance", "impeachment", "sentencing", "prosecution",
                 # recip35: a court's act names its defendant ("the clerk's arraignment")
                 "arraignment", "indictment", "slaying"}
# acts of wounding by a weapon (actors61): "the teenager's shooting" names the
# victim, "the NYPD's shooting" the shooter -- the possessor undergoes them
# unless it is a body or one who shoots (:func:`_shot_possessor`)
WEAPON_HARM_NOUNS = {"shooting", "stabbing"}
# who shoots or stabs, whatever sector the actor stage gives them
SHOOTER_NOUNS = {"gunman", "gunmen", "shooter", "sniper", "attacker", "assailant", "suspect",
                 "killer", "police", "officer", "cop", "trooper", "soldier"}


def possessor_undergoes(noun: Token) -> Token | None:
    """Class *patients named by the possessive*: "Wine's arrest", "his
    detention", "the journalist's killing", "Navalny's death" -- the
    possessor of an act done to someone undergoes it (returned), it does
    not do it; with an of-object the possessor is the agent again
    ("Russia's expulsion of diplomats", "Hamas's release of hostages")."""
    lemma = noun.lemma_.lower()
    if lemma not in PATIENT_NOUNS | WEAPON_HARM_NOUNS or pobj(noun, {"of"}) is not None:
        return None
    poss = child(noun, {"poss"})
    return poss if lemma in PATIENT_NOUNS or poss is None or _shot_possessor(poss) else None


def _shot_possessor(poss: Token) -> bool:
    """Class *the victim named by the possessive of a shooting* (actors61):
    "Brooklyn mother's fatal shooting", "the teenager's shooting", "a
    cashier's stabbing" -- a private person's possessive on a shooting or
    stabbing names who was hit; not a body, a force or a state (an actor
    mention with a sector other than civilian: "the NYPD's shooting",
    "Israel's shooting") nor one who shoots ("the gunman's shooting")."""
    if poss.pos_ == "PRON" or poss.lemma_.lower() in SHOOTER_NOUNS or poss.lower_ in SHOOTER_NOUNS:
        return False
    index = covering_mention(poss.doc, poss)
    mention = None if index is None else get_list(poss.doc, "actor_mentions")[index]
    return mention is None or (mention.kind in ("agent", "person") and not mention.actor_id
                               and set(mention.sectors) <= {"CVL"})


# who is never the story's own: international bodies, outsiders named as such
NO_HOME_SECTORS = {"IGO", "NGO", "UNO", "EUR", "MNC"}
# visitors named as such: "a Western delegation to visit Bucharest"
VISITORS = {"western", "visiting", "delegation", "delegations", "foreigners", "envoys"}


def in_story_country(doc: Doc, actor: ActorMention | None) -> ActorMention | None:
    """Class *actors the text leaves without a country act where the story
    is*: an agent the KB cannot place ("the attackers", "the task force",
    "the junta", "the formations", "Sunni leaders"), or a pronoun whose
    antecedent has none, does what it does in the country the article is
    about (``home.home_country``: its most-named state, or the only one it
    names); international bodies, outsiders and visitors named as such
    ("foreign troops", "Iran-backed militias", "a Western delegation") are
    left alone. When no actor mention names the story's country, its places
    do (:func:`local_country`)."""
    if actor is None or actor.country or actor.actor_id or set(actor.sectors) & NO_HOME_SECTORS:
        return actor
    words = set(actor.text.lower().split())
    if words & VISITORS or outsider_words(actor.text) or SPONSOR_RULE in actor.rule \
            or actor.rule == "pair":  # two states named by "the two" (pairs.py)
        return actor
    home = story_country(doc) or local_country(doc)
    if home is None:
        return actor
    return replace(actor, country=state_force_home(actor.sectors, home, actor.text),
                   rule=actor.rule + "+story")


# doc.user_data key of the country of the text's places, computed once per text
LOCAL_KEY = "eventwire_local_country"


def local_country(doc: Doc) -> str | None:
    """Class *a local story names its town, not its country*: a court or
    police story ("a Tucson woman was charged", "deputies detained a man
    after a shooting at a Tulsa gas station", "police in Brighton arrested
    a man") names a town or county, often once, and never its state; its
    unnamed people and bodies are of that place's country
    (``place_home.places_country`` with one vote enough and no tie; the
    actor stage's bare agents keep their two-vote threshold). Memoised on
    the doc, keyed as ``home.story_country`` is (the mention list's
    identity and length): every participant of a text may ask. When the
    NER tags none of its towns, the place stage's resolved places decide
    (``placed_story.placed_country``, recip55: "Hawaiian Gardens",
    "Millom Pier")."""
    return memo_on_mentions(doc, LOCAL_KEY, lambda mentions: places_country(
        doc, mentions, min_votes=1, forces=True) or placed_country(doc))


# passives of doing: "carried out by", "led by", "planned by"
PERPETRATE_VERBS = {"carry", "conduct", "lead", "plan", "stage", "launch", "organise",
                    "organize", "perpetrate", "commit", "mount", "orchestrate", "execute",
                    "spearhead", "claim"}


def _by_agent(verb: Token) -> Token | None:
    return next((g for c in verb.children if c.dep_ == "agent" or
                 (c.dep_ == "prep" and c.lower_ == "by")
                 for g in c.children if g.dep_ == "pobj"), None)


def perpetrator_of_event(noun: Token) -> Token | None:
    """Class *an event noun whose doer a passive of doing names*: "the attack
    was carried out by the PKK", "the clash had been planned by China", "the
    protests, led by students, began ..." -- the ``by`` agent of the
    passive verb the event noun is the subject (or the head) of."""
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in PERPETRATE_VERBS:
        return _by_agent(noun.head)
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in PERPETRATE_VERBS:
            return _by_agent(c)
    return None


# the chain an agent phrase may hang on below a passive verb
NP_CHAIN = {"prep", "pobj", "conj", "cc", "appos", "npadvmod", "advmod", "agent"}


def displaced_agent(verb: Token) -> Token | None:
    """Class *a passive's agent the parser hung on another phrase*: "were
    attacked with stones, clubs and iron rods by Chinese troops", "was
    rescued hours later by police" -- the first ``by`` phrase below the
    passive verb reached through noun phrases and prepositions only (not
    through a clause of its own)."""
    for tok in verb.subtree:
        if tok.lower_ != "by" or tok.head == verb or tok.i < verb.i:
            continue
        cur, ok = tok, True
        while cur.head != verb and ok:
            ok = cur.dep_ in NP_CHAIN and (cur == tok or cur.pos_ not in ("VERB", "AUX"))
            cur = cur.head
        obj = next((g for g in tok.children if g.dep_ == "pobj"), None)
        if ok and cur.dep_ in NP_CHAIN and cur.pos_ not in ("VERB", "AUX") and obj is not None:
            return obj
    return None
