"""The actor's whereabouts: a participle on the doer that says where it is
(place32, docs/BENCHMARKS.md "place32").

The event-place rules take a sentence place only from a clause that
governs the event's (``event_place._governs``), so a place inside a
participle phrase set off around the subject never reaches the main verb.
Such a phrase tells where the doer is while it acts, and the act is done
there. ``place_scope.speech_venue`` had this for verbal acts after verbs
of speaking and visiting; this module is the class for any act and any
participle of being somewhere (flag ``place_scope.VARIANTS["actor_whereabouts"]``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.cues import default_cues
from eventwire.stages.geo.place_scope import SCENE_PREPS, VARIANTS

# past participles that put their noun somewhere now ("deployed in the Red
# Sea", "stationed near Goma", "holed up in the hills"); not an origin or a
# status ("based in", "born in", "registered in", "arrested in": another time)
PRESENT_VBN = {"deploy", "station", "post", "position", "gather", "assemble", "mass", "camp",
               "encamp", "hole", "trap", "strand", "hide", "shelter", "anchor", "dock",
               "moor", "stay", "park", "stick", "entrench", "dig", "besiege"}
# present participles of leaving: where the doer no longer is
LEAVING = {"leave", "flee", "depart", "escape", "quit", "exit", "abandon", "evacuate"}
# present participles whose object is the place the doer is at
AT_OBJECT = {"visit", "tour", "patrol"}
PATH_PREPS = SCENE_PREPS | {"on", "of"}  # prepositions a path may pass ("on patrol in")
PATH_HOPS = 6
_CUES = default_cues()
# participles of saying, judging or knowing: a place on their object (or on
# their "on" / "of" phrase) is their topic, not where the doer is
# ("condemning the bombing in Kabul", "commenting on the shelling in Donetsk")
TOPIC_VERBS = (_CUES.words("speech_verbs") | _CUES.words("speech_act_verbs")
               | _CUES.words("stance_verbs") | _CUES.words("finding_verbs"))


def _participle(place: Token) -> Token | None:
    """The participle whose locative (or whose object of presence) the place
    is, through nouns and locative prepositions only ("attending a summit in
    Samarkand", "deployed on patrols in the Gulf of Aden"); None when the
    path meets another preposition ("calling for protests in Tehran"), or
    when it passes a noun on its way to a participle of saying
    (``_of_topic``: "condemning the bombing in Kabul")."""
    if place.dep_ == "dobj":
        verb = place.head
        return verb if verb.tag_ == "VBG" and verb.lemma_.lower() in AT_OBJECT else None
    if place.dep_ != "pobj" or place.head.lower_ not in SCENE_PREPS:
        return None
    cur, via_noun = place.head.head, False
    for _ in range(PATH_HOPS):
        if cur.pos_ in ("VERB", "AUX"):
            return cur if _participle_tag(cur) and not (via_noun and _of_topic(cur)) else None
        via_noun = True
        if cur.dep_ == "pobj" and cur.head.lower_ in PATH_PREPS:
            cur = cur.head.head
        elif cur.dep_ in ("dobj", "prep") and cur.head != cur:
            cur = cur.head
        else:
            return None
    return None


def _of_topic(verb: Token) -> bool:
    """A participle of saying, judging or knowing, whose object is what it
    is about ("praising the protests in Tehran", "welcoming the truce in
    Gaza", "describing the attack in Mogadishu"), not a thing at hand."""
    return verb.tag_ == "VBG" and verb.lemma_.lower() in TOPIC_VERBS


def _participle_tag(verb: Token) -> bool:
    """A participle, or a reduced relative the tagger took for a past tense
    ("a frigate, deployed in ..." as VBD under ``acl``)."""
    return verb.tag_ in ("VBG", "VBN") or (verb.tag_ == "VBD" and verb.dep_ == "acl")


def _of_being_there(verb: Token) -> bool:
    word = verb.lemma_.lower()
    if verb.tag_ != "VBG":
        return word in PRESENT_VBN
    return word not in LEAVING


def _perfect(verb: Token) -> bool:
    """A perfect participle tells an earlier state or act, not where the
    doer is now ("having been stationed in Iraq", "having camped near
    Kassala for a month", "having met in Doha last week") (review58)."""
    return any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def acts_of(trigger: Token) -> set[Token]:
    """The trigger and, when it is the second of two verbs of one subject
    ("met the envoy and agreed"), the verb that holds that subject."""
    if trigger.dep_ == "conj" and not _own_subject(trigger):
        return {trigger, trigger.head}
    return {trigger}


def actor_whereabouts(place: Token, trigger: Token) -> bool:
    """Class *the actor's whereabouts*: a participle phrase on the doer of a
    verb trigger, or on the trigger's clause with no subject of its own,
    places the doer, and its act is done there ("The ministers, meeting in
    Nairobi, condemned the coup", "A frigate deployed on patrol in the Red
    Sea seized a boat", "Touring a camp near Goma, the envoy demanded
    aid", "Rebels holed up in the hills near Bukavu attacked a convoy").
    Not a participle of leaving ("fleeing Mosul"), a perfect participle
    ("having been stationed in Iraq": before the act), an origin or a status
    ("based in", "arrested in": another time), a relative clause ("who was
    in Florida"), nor the participle on the object ("pirates trying to board
    a ship in the Gulf": where the object was). ``place`` is the token whose
    relation says what the place does (``event_place.up_to_phrase``)."""
    if not VARIANTS["actor_whereabouts"] or trigger.pos_ != "VERB":
        return False
    verb = _participle(place)
    if verb is None or not _of_being_there(verb) or _own_subject(verb) or _perfect(verb):
        return False
    acts = acts_of(trigger)
    if verb.dep_ == "advcl":
        return verb.head in acts
    if verb.dep_ == "acl":
        host = verb.head
        return host.dep_ == "nsubj" and host.head in acts
    return False
