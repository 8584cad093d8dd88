"""Class *a request for money or for forces sent* (REQUEST ``assist``,
modes36): a request whose content is a sum of money or armed men and craft
to be sent or added asks for material help, the manual's ``assist``:

* a sum of money: "appealed for $40 million", "asked the government for
  10 million kina to relocate residents", "will seek money for a further
  search";
* forces or craft sent, added or lent: "asked the ministry to send 5,000
  more soldiers", "would ask its allies to step up patrols", "would ask
  Washington for drones and helicopters", "requested the use of five
  planes".

The cascade reads the request's complements for the cue words of
``modes.yaml`` and finds none: the money is a number, the soldiers and
patrols no word of help. The records give these ``assist`` (own texts of
rec_l, rec_q, rec_w, rec_z, rec_aa, real ones of rec_q and rec_t).

Only a request left with no mode is asked (a concession cued first keeps
its mode: "demanded 1 billion naira for the release of the children" is
``yield`` by "release"; a sum demanded is a ransom or a claim, not help:
"the kidnappers demanded 50 million naira"; review90: so is a sum asked by
captors or named a ransom in the sentence, "the abductors sought 10 million
naira"), and the means must be what is asked for: the
request's own object ("requested reinforcements"; not the one asked:
"urged the soldiers to stand aside") or "for"-object, or the object of a verb of sending
or adding in its content ("to send troops", "to increase patrols"); soldiers
named otherwise ("called for the soldiers to be punished", "urged the
soldiers to stand aside") ask for no help.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.nlp.sentences import sent_of
from eventwire.stages.events.mention_lookup import prep_objects

# what is sent or added as help: armed men, their patrols and craft
MEANS_NOUNS = frozenset({"soldier", "troop", "troops", "patrol", "reinforcement",
                         "peacekeeper", "plane", "helicopter", "drone", "aircraft", "jet",
                         "warship"})
# the verbs of sending or adding a means ("to send troops", "step up patrols")
SUPPLY_VERBS = frozenset({"send", "deploy", "dispatch", "increase", "step", "boost", "lend",
                          "provide", "supply", "contribute", "use"})
FOR = frozenset({"for"})
OF = frozenset({"of"})


# the numbers of a sum the tagger leaves unnamed ("for 10 million kina")
LARGE_NUMBERS = frozenset({"million", "billion", "thousand"})
# the verbs whose object is the one asked, not what is asked for ("urged the
# soldiers to stand aside", "asked the ministry for money")
ADDRESSEE_VERBS = frozenset({"ask", "urge", "call", "press", "tell", "invite", "implore",
                             "beg", "appeal", "encourage"})


# money demanded is a ransom or a claim, not help ("the kidnappers demanded
# 50 million naira"): a sum counts only when asked for, not demanded
RANSOM_VERBS = frozenset({"demand"})
# review90: a sum asked by captors, or named a ransom in the request's
# sentence, is a ransom too ("the abductors sought 10 million naira",
# "asked for 2 million dollars in ransom")
CAPTORS = frozenset({"kidnapper", "abductor", "captor", "hostage-taker", "gang", "bandit",
                     "pirate", "gunman", "gunmen", "kidnappers", "abductors", "captors"})


def _ransom(request: Token) -> bool:
    """A sum demanded, asked by captors, or named a ransom beside the request."""
    return request.lemma_.lower() in RANSOM_VERBS or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in CAPTORS for c in request.children) or any(
        t.lemma_.lower() == "ransom" for t in sent_of(request))


def _money(tok: Token) -> bool:
    """A MONEY entity, the word "money", or a noun counted in millions."""
    return tok.ent_type_ == "MONEY" or tok.lemma_.lower() in ("money", "cash") or any(
        c.dep_ == "nummod" and c.lower_ in LARGE_NUMBERS for c in tok.children)


def _means(tok: Token, request: Token) -> bool:
    """Forces or craft, or money asked for (not a ransom)."""
    if tok.lemma_.lower() in MEANS_NOUNS or tok.lower_ in MEANS_NOUNS:
        return True
    return _money(tok) and not _ransom(request)


def _with_conjuncts(toks: list[Token]) -> list[Token]:
    """The objects and their conjuncts ("drones and helicopters")."""
    return toks + [c for t in toks for c in t.conjuncts]


def _asked_objects(verb: Token) -> list[Token]:
    """What a verb takes: its object, its "for"-object, and the "of"-object
    of a "use" it takes ("requested the use of five planes")."""
    objects = [] if verb.lemma_.lower() in ADDRESSEE_VERBS else \
        [c for c in verb.children if c.dep_ == "dobj"]
    found = objects + prep_objects(verb, FOR)
    found += [o for f in found if f.lemma_.lower() == "use" for o in prep_objects(f, OF)]
    return _with_conjuncts(found)


def _supply_clauses(root: Token) -> list[Token]:
    """The verbs of sending or adding among the request's complements ("asked
    the ministry *to send* troops", "ask allies *to step up* patrols")."""
    return [c for c in root.children if c.dep_ in ("xcomp", "ccomp", "advcl", "conj")
            and c.lemma_.lower() in SUPPLY_VERBS]


def asks_for_means(trigger: Span) -> bool:
    """Does the request ask for money or for forces or craft sent?"""
    root = trigger.root
    if any(_means(o, root) for o in _asked_objects(root)):
        return True
    return any(_means(o, root) for verb in _supply_clauses(root) for o in _asked_objects(verb))
