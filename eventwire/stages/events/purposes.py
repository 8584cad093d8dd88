"""Classes whose PLOVER type lies in the act's purpose, content or object,
not in its verb (word lists in ``eventwire/data/events/curated.yaml``):

* **a hostile vow** — "vowed to intensify the campaign against the
  insurgents", "swore to crush the rebellion", "vowed the attack would not
  go unpunished", "vowed to put down the unrest": a threat of force
  (THREATEN violence), not the cooperative promise (AGREE) the verb alone
  gives;
* **a vow of justice** (types26) — "vowed to bring those responsible to
  justice", "promised that those responsible would be held accountable",
  "pledged the killers would face the consequences": a threat of
  punishment (THREATEN arrest), not a cooperative promise (AGREE);
* **a force stopping someone** (types26) — "the warship challenged the
  skiffs", "soldiers prevented deputies from entering", "were stopped by
  police at the border": a security force or its vessel physically
  stopping people coerces (COERCE), where "challenged the ruling" is a
  disapproval (ACCUSE);
* **a coercive order** — "a magistrate ordered him held in custody",
  "ordered the officer to remain in custody" (COERCE arrest), "ordered the
  journalists to leave" (COERCE): an authority's order whose content is
  detention or expulsion is the coercion, not a request; ordering diplomats
  to leave is their expulsion (SANCTION expel, the manual);
* **forces sent to help** — "soldiers arrived to help restore order", "sent
  special forces at the request of the president", "dispatched planes to
  assess the damage": AID (the manual: military and police assistance,
  forces mobilised for disaster relief), not MOBILIZE or a visit; armed
  units or relief teams *arriving* are never a visit (troops: MOBILIZE);
* **places taken** — "took control of the airport", "captured Kidal":
  territory taken by force is ASSAULT (annotation guide), not an arrest or
  a confiscation (COERCE);
* **vessels or people seized by pirates or gunmen** — "the tanker was
  seized by pirates", "a trawler that had been commandeered by pirates",
  "was seized by gunmen": a hijacking or abduction (ASSAULT abduct); a navy
  or coast guard seizing a ship stays COERCE seize, police seizing a
  suspect COERCE arrest;
* **a rescue** — "soldiers freed the abducted pupils": security forces
  freeing people others held are AID, not a release (RETREAT);
* **a court jails** — "a court jailed the blogger": a sentence (SANCTION
  convict), not an arrest.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.mode_words import person_nouns
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.typing_classes import patient

Retype = tuple[str, str | None]
PLACE_ENTS = {"GPE", "LOC", "FAC"}
LEFT_PLACES = {"country", "territory", "capital", "city", "nation", "kingdom", "island"}


def _contents(verb: Token) -> list[Token]:
    """The content clause, also when the parser hangs it on the object
    ("ordered [the suspect held in custody]")."""
    out = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl", "oprd")]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        out += [g for g in obj.children if g.dep_ == "acl" and g.tag_ == "VBN"]
    return out


def _phrasal(verb: Token) -> str:
    """"put down", "stamp out": the lemma with its particle ("" without one)."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{_lemma(verb)} {prt}" if prt else ""


def hostile_vow(verb: Token) -> bool:
    """A vow verb whose content verb, its object or its complement is force."""
    words = word_classes()
    if verb.pos_ != "VERB" or _lemma(verb) not in words["vow_verbs"]:
        return False
    if any(c.dep_ == "dobj" and _lemma(c) in words["hostile_nouns"] for c in verb.children):
        return True  # "vowed revenge"
    for content in _contents(verb):
        if _lemma(content) in words["hostile_verbs"] or _phrasal(content) in words["hostile_verbs"]:
            return True  # "vowed to crush", "vowed to put down the unrest"
        for c in content.children:
            if c.dep_ in ("dobj", "acomp", "oprd") and (_lemma(c) in words["hostile_nouns"]
                                                 or c.lower_ in words["hostile_nouns"]):
                return True
    return False


def justice_vow(verb: Token) -> bool:
    """A vow verb whose content clause names justice or accountability
    ("vowed to bring them to justice", "promised they would be held
    accountable"): the punishment word may sit deep in the clause, so the
    content's whole subtree is read, never the vow's other dependents."""
    words = word_classes()
    if verb.pos_ != "VERB" or _lemma(verb) not in words["vow_verbs"]:
        return False
    return any(t.lower_ in words["justice_words"] and t.dep_ not in NAMING_DEPS
               and (t.lower_ != "account" or _to_account(t))
               for content in _contents(verb) for t in content.subtree)


NAMING_DEPS = {"compound", "nmod", "poss"}  # "the justice ministry": a name, no justice


def _to_account(tok: Token) -> bool:
    """"held *to* account", "called to account": the punishing sense only;
    "take into account", "a full account of the talks" are no justice."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to"


def force_stops(verb: Token) -> bool:
    """A stopping verb whose doer (subject, or "by" agent of a passive) is
    a security force or its vessel: the stop is physical, not a verbal
    challenge ("challenged the decision in court" keeps ACCUSE)."""
    words = word_classes()
    if verb.pos_ != "VERB" or _lemma(verb) not in words["stopping_verbs"]:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "conj":  # "altered course and challenged": a shared subject
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    forces = words["stopping_forces"]
    return any(d.lower_ in forces or _lemma(d) in forces or
               any(c.dep_ == "compound" and c.lower_ in forces for c in d.children)
               for d in doers)


def _diplomats_sent_away(verb: Token) -> bool:
    """"ordered the ambassador to leave", "ordering an Indian diplomat in
    Islamabad to leave the country": an expulsion of diplomats (SANCTION
    expel), not the deportation of individuals (COERCE)."""
    envoys = word_classes()["envoy_nouns"]
    return any(c.dep_ == "dobj" and _lemma(c) in envoys for c in verb.children)


def coercive_order(verb: Token) -> str | None:
    """The COERCE mode of an order whose content is detention ("arrest") or
    being sent away (no mode), else None."""
    words = word_classes()
    if verb.pos_ != "VERB" or _lemma(verb) not in words["order_verbs"]:
        return None
    for content in _contents(verb):
        if _lemma(content) in {"hold", "remain", "keep", "stay"} and any(
                _lemma(t) in {"custody", "detention", "jail", "prison"}
                for t in content.subtree):
            return "arrest"
        if _lemma(content) in {"detain", "arrest", "jail", "imprison"}:
            return "arrest"
        places = [_lemma(c) for c in content.children if c.dep_ == "dobj"]
        if _lemma(content) == "leave" and all(p in LEFT_PLACES for p in places):
            return ""  # "to leave", "to leave the country"
    return None


def _helping(verb: Token) -> bool:
    words = word_classes()
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and _lemma(c) in words["help_purposes"]:
            return True
        if c.dep_ == "prep" and c.lower_ == "at" and any(_lemma(g) == "request"
                                                         for g in c.children):
            return True  # "at the request of", "at Maputo's request"
    return False


def helping_forces(verb: Token, kind: str) -> Retype | None:
    """AID for forces or teams sent or arriving to help; MOBILIZE troops for
    armed units arriving with no such purpose."""
    words = word_classes()
    if verb.pos_ != "VERB" or _lemma(verb) not in words["dispatch_verbs"]:
        return None
    if kind in ("MOBILIZE", "CONSULT") and _helping(verb):
        return "AID", None
    if kind != "CONSULT" or _lemma(verb) != "arrive":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if _lemma(subj) in words["relief_units"] or any(
            c.dep_ in ("compound", "amod") and _lemma(c) in words["relief_units"]
            for c in subj.children):  # "rescue teams", "the military emergency unit"
        return "AID", None
    if _lemma(subj) in words["military_words"] | {"troop", "soldier", "force", "unit"}:
        return "MOBILIZE", "troops"
    return None


def _is_place(tok: Token) -> bool:
    return tok.ent_type_ in PLACE_ENTS or _lemma(tok) in word_classes()["taken_places"]


def place_taken(verb: Token) -> bool:
    """"took control of the airport", "had taken control of the district",
    "captured Kidal" (a name the tagger types as a place), by an armed group
    or force ("the government has taken control of the company" is no
    assault)."""
    words = word_classes()
    if verb.pos_ != "VERB" or _lemma(verb) not in words["capture_verbs"] | words["gaining_verbs"]:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    if _lemma(obj) == "control":
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(_is_place(g) for g in c.children)
                   for c in obj.children)
    return obj.pos_ == "PROPN" and obj.ent_type_ in PLACE_ENTS  # "captured Kidal"


def _armed(actor: ActorMention | None) -> bool:
    words = word_classes()
    return actor is not None and bool(set(actor.text.lower().split())
                                      & (words["armed_groups"] | words["hijackers"]))


RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}


def _seized(verb: Token) -> Token | None:
    """What was seized: the object or passive subject, the noun a relative
    clause hangs on ("a trawler *that* had been seized"), or what a quantity
    counts ("seizing *a number of* vessels")."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        obj = verb.head
    return patient(verb, obj) if obj is not None else None


# (types27) pirates boarding a ship attack it ("pirates tried to board an
# Ethiopian-flagged vessel", gold ASSAULT twice in rec_c/rec_j); commandos boarding
# stay COERCE (no hijacker). "armed men" seize people as gunmen do ("was seized by
# armed men on motorcycles", rec_k), where "the armed forces" are no hijackers; a
# ship "boarded by armed men" may be a state's guards boarding it, and is left alone.
HIJACK_VERBS = {"seize", "commandeer", "hijack", "capture", "board"}
ARMED_MEN = re.compile(r"\barmed (?:men|man|assailants|attackers|individuals|group)\b")


def vessel_hijacked(verb: Token, actor: ActorMention | None) -> bool:
    """A ship or plane seized by pirates, hijackers or gunmen, also told in
    a relative clause ("a trawler that had been commandeered by pirates") or
    through a quantity ("seizing a number of vessels"); a person seized by
    them ("was seized by gunmen on motorcycles") is their captive too (the
    PLOVER ASSAULT abduct: hostage taking), where police seizing a suspect
    is an arrest and the coast guard seizing a boat a seizure (COERCE)."""
    words = word_classes()
    if verb.pos_ != "VERB" or _lemma(verb) not in HIJACK_VERBS:
        return False
    if actor is None or not (set(actor.text.lower().split()) & words["hijackers"]
                             or (_lemma(verb) != "board" and ARMED_MEN.search(actor.text.lower()))):
        return False  # "boarded by armed men" may be a state's guards (rec_m): not read
    obj = _seized(verb)
    if obj is None:
        return False
    return _lemma(obj) in words["vessels"] or obj.ent_type_ == "PERSON" or (
        _lemma(obj) in person_nouns() and not obj.like_num)


def purpose_type(kind: str, verb: Token, actor: ActorMention | None) -> Retype | None:
    """The new (type, mode) of a candidate of type ``kind`` when one of the
    classes above applies, else None."""
    if kind == "AGREE" and hostile_vow(verb):
        return "THREATEN", "violence"  # a vow of force threatens force (THREATEN violence)
    if kind in ("AGREE", "ACCUSE") and justice_vow(verb):  # "swore": ACCUSE in CAMEO
        return "THREATEN", "arrest"
    if kind == "ACCUSE" and force_stops(verb):
        return "COERCE", None
    if kind == "REQUEST" and (mode := coercive_order(verb)) is not None:
        if mode == "" and _diplomats_sent_away(verb):
            return "SANCTION", "expel"
        return "COERCE", mode or None
    if (helped := helping_forces(verb, kind)) is not None:
        return helped
    if kind == "COERCE" and vessel_hijacked(verb, actor):
        return "ASSAULT", "abduct"
    if kind == "COERCE" and place_taken(verb) and _armed(actor):
        return "ASSAULT", None
    if kind == "RETREAT" and forces_free_captives(verb):
        return "AID", None
    if kind == "COERCE" and court_jails(verb):
        return "SANCTION", "convict"
    return None


# (types27) offences a prison term is passed for, beside the charge crimes
# (curated.yaml charge_crimes): "jailed for terrorism", "imprisoned for treason"
SENTENCE_OFFENCES = {"terrorism", "treason", "sedition", "fraud", "corruption", "espionage",
                     "spying", "blasphemy", "insult", "insults", "defamation", "libel",
                     "subversion", "incitement", "embezzlement", "bribery", "desertion"}
TERM_NOUNS = {"sentence", "term", "conviction"}


def court_jails(verb: Token) -> bool:
    """Class *judicial punishment* with a court as the jailer: "a court
    jailed the blogger", "Court jails opposition leader", "the tribunal
    imprisoned three activists" pass a sentence (SANCTION convict), where
    "police jailed dozens" is an arrest (COERCE). Also (types27) a jailing
    *for an offence* or *on a sentence*: "a journalist imprisoned for
    insulting the president", "were later jailed for terrorism", "was
    imprisoned in 1979 on three ten-year sentences"; "jailed pending trial"
    stays an arrest, even by a court."""
    if verb.pos_ != "VERB" or _lemma(verb) not in {"jail", "imprison"}:
        return False
    kids = list(verb.children)
    if any(c.lower_ == "pending" or any(g.lower_ == "pending" for g in c.children)
           for c in kids):  # "jailed the journalists pending trial"
        return False
    if any(c.dep_ == "nsubj" and _lemma(c) in {"court", "judge", "tribunal", "magistrate"}
           for c in kids):
        return True
    return any(_punished_for(p) for p in kids if p.dep_ == "prep")


def _punished_for(prep: Token) -> bool:
    """"for insulting ...", "for terrorism", "on three sentences"."""
    crimes = word_classes()["charge_crimes"] | SENTENCE_OFFENCES
    for g in prep.children:
        if prep.lower_ == "for" and (
                (g.dep_ == "pcomp" and g.tag_ == "VBG") or
                (g.dep_ == "pobj" and (g.lower_ in crimes or _lemma(g) in crimes))):
            return True
        if prep.lower_ == "on" and g.dep_ == "pobj" and _lemma(g) in TERM_NOUNS:
            return True
    return False


def forces_free_captives(verb: Token) -> bool:
    """Class *a rescue*: soldiers, police or commandos freeing people
    ("soldiers freed 137 abducted pupils", "officers freed seven people
    trapped in the building", "the army frees kidnapped students") rescue
    people others held (AID: the manual treats rescues as AID); captors
    freeing their captives, or forces or a government freeing prisoners or
    detainees, stay RETREAT release."""
    if verb.pos_ != "VERB" or _lemma(verb) not in {"free", "liberate"}:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or _lemma(subj) not in word_classes()["rescuing_forces"]:
        return False
    # their own prisoners are released, not rescued ("the army freed 50 detainees")
    return not any(c.dep_ == "dobj" and _lemma(c) in {"prisoner", "detainee", "inmate"}
                   for c in verb.children)
