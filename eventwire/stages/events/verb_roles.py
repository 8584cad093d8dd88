"""The actor and recipient candidates of a verb trigger, from its clause.

``roles.py`` asks these for verbs (and ``noun_roles`` asks ``subject_of``
for the verb a noun trigger is the object of): the subject, or the ``by``
agent of a passive, with relative pronouns resolved and controlled verbs
("agreed to cooperate", "urged X to preserve") given their controller; the
recipient candidates in order (indirect object, direct object, the objects
of against / on / with / to / at, an object of the direct object).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.extensions import doc_cache
from eventwire.stages.events.agents import displaced_agent, reported_conjunct
from eventwire.stages.events.clauses import vote_content
from eventwire.stages.events.comma_verbs import comma_verb_lemmas, comma_verb_subject
from eventwire.stages.events.consequences import consequence_object, warner
from eventwire.stages.events.custody_holds import headline_held
from eventwire.stages.events.free_adjuncts import (
    free_adjunct,
    main_clause_of_relative,
    passive_doer,
)
from eventwire.stages.events.headlines import headline_object, headline_subject
from eventwire.stages.events.hung_main_verbs import (
    comma_joined_subject,
    parenthesised_subject,
    participle_subject,
)
from eventwire.stages.events.intent_nouns import intent_noun_infinitive, intent_owner
from eventwire.stages.events.issued_orders import ordered_small_clause
from eventwire.stages.events.judicial import court_appearance, faced_charges, sentence_received
from eventwire.stages.events.mention_lookup import child, children_at, children_of, pobj
from eventwire.stages.events.nominals import agent_compound
from eventwire.stages.events.owned_things import owners_of_things
from eventwire.stages.events.passives import (
    RELATIVE,
    adverbial_passive,
    misparsed_passive,
    object_hosting,
    participle_subject_object,
    passive_controller,
    reduced_passive,
    resolve_relative,
    shared_agent,
    shared_passive,
)
from eventwire.stages.events.procedure_states import sentence_served
from eventwire.stages.events.small_clauses import small_clause_subject
from eventwire.stages.events.target_tokens import (
    SUMMON_LEMMAS,
    headline_compound_targets,
    shared_object,
)
from eventwire.stages.events.undergoer_gerunds import (
    charge_controller,
    predicate_controller,
    subordinated_controller,
    undergoer,
)
from eventwire.stages.events.when_agents import when_clause_agent

RECIPIENT_PREPS = {"against", "on", "with", "to", "at", "toward", "towards", "upon", "over"}
NOUN_RECIPIENT_PREPS = {"of", "against", "on", "with", "to", "upon", "over", "around"}
# Class *standing beside a party* (recips20): "stood by Lithuania", "will
# stand behind Kyiv", "stuck by its ally": the object of these verbs'
# by / behind phrase is whom the support is for ("stand with" is a
# RECIPIENT_PREPS object already); the "by" is no passive agent
STANDING_PREPS = {"stand": frozenset({"by", "behind"}), "stick": frozenset({"by"})}
# whose demand is met: "accepted demands [from the rebels]"
DEMAND_NOUNS = {"demand", "request", "condition", "call", "appeal", "plea"}


# "accused X of killing", "blamed X for starting", "stopped X from entering":
# the object of the governing verb does the act of the gerund
OBJECT_CONTROL_PREPS = {"of", "for", "from"}


def _gerund_controller(gerund: Token) -> Token | None:
    """Class *gerund complements*: a gerund after a preposition ("after
    rescuing the ship", "responded by expelling", "since agreeing a deal")
    is done by the subject of the verb the preposition attaches to, or by
    its object after of/for/from ("accused Israel of killing")."""
    prep = gerund.head
    if prep.dep_ == "conj" and prep.head.dep_ == "prep":
        prep = prep.head  # "accused X of violating ... and of bombing"
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN") and prep.lower_ in OBJECT_CONTROL_PREPS:
        return object_hosting(verb) or charge_controller(verb)
    if verb.pos_ == "ADJ":
        return predicate_controller(verb)  # "was found guilty of slaying"
    if verb.pos_ not in ("VERB", "AUX") or verb == prep:
        return None
    obj = child(verb, {"dobj"})
    if prep.lower_ in OBJECT_CONTROL_PREPS and obj is not None:
        return obj
    patient = passive_controller(verb, prep)
    if patient is None and prep.lower_ != "by" and verb.tag_ == "VBN":
        patient = undergoer(verb)  # "after being convicted of stabbing", "shot and killed after"
    return patient if patient is not None else subject_of(verb)


def subject_of(verb: Token) -> Token | None:
    """Who does the verb: its subject, or the controller of a gerund,
    participle, xcomp or conjunct, up to three clauses up; none for a
    passive adverbial participle ("if convicted, he faces")."""
    if adverbial_passive(verb):
        return None
    cur = verb
    for _ in range(3):
        subj = child(cur, {"nsubj"})
        if subj is not None:
            return None if misparsed_passive(cur) else resolve_relative(subj)
        hung = parenthesised_subject(cur) or comma_joined_subject(cur) or \
            participle_subject(cur)
        if hung is not None:  # "The AU, which ..., called on", "X says S, accuses Y"
            return resolve_relative(hung)
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG":
            return _gerund_controller(cur)
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN") \
                and vote_content(cur.head.head) != cur:
            return cur.head  # "people rallying outside parliament", "gunmen firing"
        if cur.dep_ == "conj" and (said := reported_conjunct(cur)) is not None:
            return resolve_relative(said)  # "said S and accused Y": the speaker
        if (noun := intent_noun_infinitive(cur)) is not None:
            poss, governing = intent_owner(noun)  # "his decision to suspend"; also
            # an advcl right after the object noun ("criticised the move on Monday to expel")
            if poss is not None:
                return poss
            if governing is None:
                break
            cur = governing  # "made the decision to ban": its subject
            continue
        if free_adjunct(cur):  # "was foiled by a warship, capturing": free_adjuncts.py
            doer = passive_doer(cur.head)
            if doer is not None:
                return doer
            main = main_clause_of_relative(cur.head)
            if main is not None and main.dep_ == "nsubj":
                return main
            if main is not None:
                cur = main
                continue
        if (patient := subordinated_controller(cur)) is not None:
            return patient  # "was wounded while guarding": undergoer_gerunds.py
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp") and cur.head != cur:
            # "urged the government to preserve": the object controls xcomp;
            # "is expected to sign", "was ordered to leave": the passive subject
            # (not "summoned the envoy to demand": the summoner demands)
            if cur.dep_ == "xcomp" and cur.head.lemma_.lower() not in SUMMON_LEMMAS:
                obj = child(cur.head, {"dobj"}) or child(cur.head, {"nsubjpass"})
                if obj is not None:
                    return resolve_relative(obj)
            cur = cur.head
            continue
        if cur.dep_ == "relcl":
            return cur.head
        vc = vote_content(cur.head.head) if cur.dep_ == "acl" else None
        if vc is not None and vc.i == cur.i:
            cur = cur.head.head  # "passed a resolution calling for X": the voters call
            continue
        break
    return None


def _objects_of_object(obj: Token | None) -> list[Token]:
    """"military aid [to Mozambique]", "a ban [on the party]"."""
    if obj is None:
        return []
    preps = NOUN_RECIPIENT_PREPS | ({"from"} if obj.lemma_.lower() in DEMAND_NOUNS else set())
    return _prep_objects(obj, ("prep",), preps)


def pobjs(tok: Token, preps: set[str]) -> list[Token]:
    """Class *a recipient after another prepositional phrase*: every object
    of the verb's to/on/against/... phrases in order, not only the first
    ("called on Sunday on the council", "turned on Friday to the court",
    "fired at dawn at the convoy"). Class *a preposition parsed as a
    particle* (recips20): the parser at times tags the "on" of "called on
    Kenyans to stay calm", "turned on the crowd" as a particle yet hangs
    the noun from it as its object; a particle with an object is read as
    the preposition it is."""
    return _prep_objects(tok, ("prep", "prt"), preps)


def _prep_objects(tok: Token, deps: tuple[str, ...], preps: set[str]) -> list[Token]:
    """Every ``pobj`` of ``tok``'s children labelled ``deps`` whose word is
    one of ``preps``, in order; read from the per-doc children table
    (``mention_lookup.children_of``): a Token only for each object (speed21)."""
    doc = tok.doc
    return [doc[j] for dep, i, lower in children_of(tok) if dep in deps and lower in preps
            for dep_g, j, _ in children_at(doc, i) if dep_g == "pobj"]


def _possessor_of_act(obj: Token | None) -> list[Token]:
    """Class *the party whose act is the object*: "demanded the minister's
    resignation", "condemned Britain's seizure of the tanker", "welcomed
    Hamas's release of the hostages": the possessor of the act is whom the
    demand or the condemnation is aimed at (after the object itself). The
    act's ``by`` agent is its possessor too ("demanded an admission by
    Moscow", "condemned the detention of activists by the police",
    "rejected a proposal by the opposition")."""
    if obj is None:
        return []
    owner = child(obj, {"poss"}) or pobj(obj, {"by"})
    return [owner] if owner is not None and owner.pos_ in ("NOUN", "PROPN") else []


# verbs whose helped party is the subject of the clause they take
HELP_VERBS = frozenset({"help", "assist", "enable"})


def helped_party(verb: Token) -> list[Token]:
    """Class *the one helped to act* (recips31): "help X do Y" parses X as
    the subject of the bare infinitive, so the verb has no object --
    "offered to help Bolivia fight the fires", "is ready to help the two
    neighbours settle the dispute", "helped Sri Lanka restructure its debt":
    X is whom the help is for. Only before a bare infinitive: in "to help
    refugees threatened by floods" the participle describes the refugees,
    who are helped but not the party the act is aimed at."""
    if verb.lemma_.lower() not in HELP_VERBS or child(verb, {"dobj"}) is not None:
        return []
    clause = child(verb, {"xcomp", "ccomp"})
    party = None if clause is None or clause.tag_ != "VB" else child(clause, {"nsubj"})
    return [party] if party is not None else []


def dative_object(verb: Token) -> Token | None:
    """Class *a to-phrase parsed as the dative* (recips31): the parser
    labels the preposition itself ``dative`` in "cut power to two border
    towns", "sent relief to the flooded villages", "handed the suspects to
    the police" -- the party is its object, not the word "to"; a true
    indirect object ("gave [Tanzania] a grant") is itself."""
    dative = child(verb, {"dative"})
    if dative is None or dative.pos_ != "ADP":
        return dative
    return child(dative, {"pobj"})


def verb_recipients(verb: Token) -> list[Token]:
    """Recipient candidates of a verb, most likely first: the indirect object
    ("give [Tanzania] a grant"), the direct object, a to/against/on/with
    object, an object of the direct object ("offered troops [to Lebanon]",
    "lifted a ban [on the front]"), and the objects of a content clause
    ("warned that a confrontation awaits [US forces]"). ``roles_for`` adds a
    locative "in" object last, except for meetings ("met in Baghdad")."""
    dobj = child(verb, {"dobj"})
    out = [t for t in (dative_object(verb), dobj, small_clause_subject(verb)) if t]
    out += pobjs(verb, RECIPIENT_PREPS)
    out += pobjs(verb, set(STANDING_PREPS.get(verb.lemma_.lower(), ())))
    out += _objects_of_object(dobj)
    out += _possessor_of_act(dobj)
    out += owners_of_things(verb)  # "took [their] weapons", "set fire to [its] door"
    content = child(verb, {"ccomp", "xcomp"})
    out += helped_party(verb)  # "helped [Bolivia] fight the fires"
    if content is not None:
        inner = child(content, {"dobj"})
        out += [t for t in (inner, pobj(content, RECIPIENT_PREPS)) if t]
        out += _objects_of_object(inner)  # "promised to continue aid [to Mozambique]"
        out += helped_party(content)  # "offered to help [Quito] fight the gangs"
    out = out or shared_object(verb)  # "beat and arrested [dozens]"
    if (doer := participle_subject_object(verb)) is not None:  # "ambushed [soldiers] searching"
        out.append(doer)
    return [resolve_relative(t) if t.lower_ in RELATIVE else t for t in out]


# doc.user_data key: verb index -> index of its :func:`verb_actor` (-1: none)
_ACTORS_KEY = doc_cache("eventwire.events.verb_actors")


def verb_actor(verb: Token) -> Token | None:
    """:func:`_verb_actor`, kept per document by the verb's index (speed48:
    ``roles_for`` asks it for every verb trigger and ``reciprocal`` asks
    again for the same verb, ~1,000 of ~2,500 calls per 200 articles). It
    reads the parse and the actor mentions, which no events rule changes;
    indices, not Tokens, are kept (no doc -> Token -> doc cycle)."""
    doc = verb.doc
    table: dict[int, int] | None = doc.user_data.get(_ACTORS_KEY)
    if table is None:
        table = doc.user_data[_ACTORS_KEY] = {}
    found = table.get(verb.i)
    if found is None:
        actor = _verb_actor(verb)
        found = table[verb.i] = -1 if actor is None else actor.i
    return None if found < 0 else doc[found]


def _verb_actor(verb: Token) -> Token | None:
    """The subject, or the ``by`` agent of a passive. Class *passive
    agents*: a ``by`` agent is the actor whatever the clause looks like —
    full passive ("was shelled by the army"), reduced relative ("the school
    bombed by X on Tuesday") or a participle after a noun ("convoys hit by
    drones")."""
    agent = pobj(verb, {"by"})
    if agent is not None and (child(verb, {"nsubjpass", "auxpass"}) is not None
                              or verb.tag_ == "VBN" and verb.lemma_.lower() not in STANDING_PREPS):
        return agent
    if (shared := shared_agent(verb)) is not None:
        return shared
    if child(verb, {"nsubjpass"}) is not None or reduced_passive(verb) or \
            misparsed_passive(verb) or shared_passive(verb) is not None:
        return displaced_agent(verb) or when_clause_agent(verb)
    subject = subject_of(verb)
    if subject is None and verb.dep_ in ("pobj", "dobj", "nsubj"):
        return agent_compound(verb)  # a gerund used as a noun: "after the police shooting"
    return subject


def _accused(verb: Token) -> list[Token]:
    """Class *the accused facing charges* (actors20): "Gomes faces two
    counts of murder", "he will face terrorism charges", "the woman will
    face trial on multiple counts" -- whoever faces the charges is the one
    accused; the records give the allegation no actor (the prosecutor is
    seldom named in the clause) and the subject as its recipient. The
    subject, not :func:`verb_actor`: a "by" phrase on "has faced charges
    by the junta" names the accuser, not a passive agent; only a participle
    on the charges ("the charges faced by the mayor") takes its "by"; a
    conjunct of a passive ("was arrested and now faces charges") shares its
    subject. So does whoever appears in court (events44, ``judicial.
    court_appearance``: "he will appear before the magistrates" -- the
    records give the appearance no actor and the defendant as recipient,
    not the court). The same holds for whoever will face or bear a sanction a
    speaker announces (recips27, ``consequences.py``: "they will bear the
    consequences", "organisers would face legal consequences", "anyone who
    loots will face the full force of the law"): the threatened party is
    the recipient, the speaker the actor (``consequences.warner``)."""
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "conj":
        subject = child(verb.head, {"nsubjpass"})
        subject = resolve_relative(subject) if subject is not None else None
    if subject is None and verb.dep_ == "acl":
        subject = pobj(verb, {"by"})
    return [subject] if subject is not None else []


def _sentenced(verb: Token) -> list[Token] | None:
    """Class *who receives a sentence* (roles32): "the killer gets death
    sentence", "she received a ten-year sentence", "he was given two life
    sentences" -- the one who gets, receives or is given the sentence
    (``judicial.sentence_received``) is its recipient, and the clause names
    no actor but a passive's "by" court; an active "the court gave him a
    life sentence" keeps its own roles (None: not this class)."""
    if sentence_received(verb) is None:
        return None
    given = _given_one(verb)
    if verb.lemma_.lower() == "give" and given is None:
        return None
    holder = given or subject_of(verb)
    return [resolve_relative(holder)] if holder is not None else []


def _given_one(verb: Token) -> Token | None:
    """Who a passive "given" is given to: its own subject ("he was given"),
    or, for a passive with none of its own (review57), the subject of the
    verb it is raised under, joined to or hangs on ("is reported to have
    been given", "was convicted and given", "escaped after being given")."""
    own = child(verb, {"nsubjpass"})
    if own is not None or verb.dep_ not in ("xcomp", "conj", "pcomp"):
        return own
    if child(verb, {"auxpass"}) is None and not (
            verb.dep_ == "conj" and verb.tag_ == "VBN" and child(verb.head, {"auxpass"})):
        return None
    host = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return child(host, {"nsubjpass", "nsubj"})


def _sentencing_court(verb: Token) -> Token | None:
    """The "by" court of a passive "was given a sentence" (:func:`_sentenced`),
    on the verb ("were given life sentences by a judge") or, as the parse
    often hangs it, on the sentence noun ("was given a ten-year sentence by
    the court in Ankara", review57); an active "gets / receives" has none."""
    if _given_one(verb) is None:
        return None
    noun = child(verb, {"dobj"})
    return pobj(verb, {"by"}) or (pobj(noun, {"by"}) if noun is not None else None)


def verb_role_candidates(verb: Token) -> tuple[Token | None, list[Token]]:
    if comma_verb_lemmas(verb):  # "seize port, [expel] governor" (comma_verbs.py)
        obj = headline_object(verb)
        return comma_verb_subject(verb), [obj] if obj is not None else []
    if verb.pos_ in ("NOUN", "PROPN"):  # a headline verb tagged as a noun ("Plane bombs camp")
        obj = headline_object(verb)  # "police fire tear gas at [crowds]": the object's at-phrase
        return headline_subject(verb), ([obj] if obj is not None else []) \
            + headline_compound_targets(verb)
    if faced_charges(verb) is not None or court_appearance(verb) or \
            sentence_served(verb) is not None:  # "is serving a life sentence" (events51)
        return None, _accused(verb)  # "he will appear in court": the accused (events44)
    if (sentenced := _sentenced(verb)) is not None:  # "was given ... by a court": the court
        return _sentencing_court(verb), sentenced
    if consequence_object(verb) is not None:  # "Serbia must face the consequences"
        return warner(verb), _accused(verb)
    if (ordered := ordered_small_clause(verb)) is not None:  # "ordered X held": issued_orders.py
        order, held = ordered
        return verb_actor(order) or pobj(verb, {"by"}), \
            [resolve_relative(held)] if held is not None else []
    if (held := headline_held(verb)) is not None:  # "Man held after ..." (custody_holds)
        return pobj(verb, {"by"}), [held]
    passive = child(verb, {"nsubjpass"})
    if passive is None and reduced_passive(verb):
        passive = verb.head
    if passive is None and misparsed_passive(verb):
        passive = child(verb, {"nsubj"})
    if passive is None:
        passive = shared_passive(verb)
    recipients = [resolve_relative(passive), *owners_of_things(verb)] if passive is not None \
        else verb_recipients(verb)  # "their catch was seized": the owner after the thing
    return verb_actor(verb), recipients
