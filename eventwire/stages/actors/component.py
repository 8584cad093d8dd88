"""The ``eventwire_actors`` component: matches -> resolved ``ActorMention``s,
compounds, NER fallback and in-article coreference.

Resolution (see ``docs/actors.md``):
* the KB entry's code in force on the publication date (dated roles) gives
  country and sectors;
* several entries for one alias: the one whose country is mentioned elsewhere
  in the article (or is the publishing outlet's country, when the KB knows
  the outlet) wins, else the first (user entries come first);
* compounds: a country/organisation directly before an agent noun ("Iraqi
  lawmakers", "US forces") give one mention with the country of the first and
  the sector of the second, ``actor_id`` = ``cameo:<CODE>`` (e.g.
  ``cameo:USAMIL``); a bare agent noun keeps its sector with no country;
* names the KB does not know (spaCy NER PERSON/ORG/NORP/GPE) are kept with
  ``actor_id`` None, never dropped.

Agent nouns take their owner's country in ``agent_owners.py``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.models import ActorMention
from eventwire.nlp.component import StageComponent
from eventwire.nlp.extensions import ents_of, get_list, text_of
from eventwire.nlp.spans import SpanIndex, doc_index
from eventwire.stages.actors.agent_owners import (
    attach_owners,
    members_of_bodies,
    possessed_agents,
)
from eventwire.stages.actors.appositions import apposed_roles
from eventwire.stages.actors.armed_people import armed_people
from eventwire.stages.actors.companies import company_sectors
from eventwire.stages.actors.coref import link_coreference
from eventwire.stages.actors.datelines import dateline_country, mark_datelines
from eventwire.stages.actors.described import described_people
from eventwire.stages.actors.division_demonyms import division_demonyms
from eventwire.stages.actors.ethnic_homes import ethnic_homes
from eventwire.stages.actors.followers import opposition_followers
from eventwire.stages.actors.former_titles import former_title_agents
from eventwire.stages.actors.headline_names import name_without_verb
from eventwire.stages.actors.home import (
    SPONSOR_RULE,
    SPONSOR_SUFFIXES,
    locate_bare_agents,
    repeat_short_states,
)
from eventwire.stages.actors.kb import (
    Actor,
    KnowledgeBase,
    iso3_codes,
    load_kb,
    names_territory,
    normalise,
    split_code,
    territory_sovereigns,
)
from eventwire.stages.actors.kb_surnames import known_surnames, surname_index
from eventwire.stages.actors.leader_governments import leader_governments
from eventwire.stages.actors.local_groups import apply_local_groups
from eventwire.stages.actors.lone_offenders import lone_offenders
from eventwire.stages.actors.matcher import Match, find_matches
from eventwire.stages.actors.namesakes import namesake_capitals
from eventwire.stages.actors.national_companies import national_companies
from eventwire.stages.actors.navies import locate_naval_agents, ship_mentions
from eventwire.stages.actors.org_kinds import is_company_people, kind_sectors
from eventwire.stages.actors.owned_bodies import own_bodies
from eventwire.stages.actors.party_offices import party_officers
from eventwire.stages.actors.place_home import places_country
from eventwire.stages.actors.preload import preload
from eventwire.stages.actors.regional_leaders import regional_leaders
from eventwire.stages.actors.reported_forces import reported_forces
from eventwire.stages.actors.security_services import security_services
from eventwire.stages.actors.spokespeople import speak_as_bodies
from eventwire.stages.actors.state_groups import stateless_groups
from eventwire.stages.actors.states import congo_by_context, state_sectors
from eventwire.stages.actors.surnames import drop_name_prefixes, refresh_copies, repeated_surnames
from eventwire.stages.actors.thing_names import drop_weapon_names
from eventwire.stages.actors.titled_names import name_after_title
from eventwire.stages.actors.titles import (
    former_office,
    opposition_titled,
    private_people,
    sitting_office,
    stated_states,
    title_words,
    titled_elites,
    titled_people,
)
from eventwire.stages.actors.town_agents import locate_town_agents
from eventwire.stages.actors.water_bodies import drop_water_bodies

NER_KINDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "state"}


def _code(actor: Actor, when: date | None) -> tuple[str | None, bool]:
    return actor.code_at(when)


def _choose(match: Match, when: date | None, context: Counter[str]) -> tuple[Actor, float]:
    if len(match.actors) == 1:
        return match.actors[0], 0.9
    scored = []
    for rank, actor in enumerate(match.actors):
        country, _ = split_code(_code(actor, when)[0] or "")
        scored.append((-context.get(country or "", 0), rank, actor))
    scored.sort(key=lambda s: (s[0], s[1]))
    return scored[0][2], 0.7 if scored[0][0] < 0 else 0.5


def _kb_mention(doc: Doc, match: Match, when: date | None,
                context: Counter[str]) -> ActorMention:
    span = doc[match.first:match.last + 1]
    actor, conf = _choose(match, when, context)
    code, dated = _code(actor, when)
    country, sectors = split_code(code or "")
    kind = "state" if names_territory(code or "") else actor.kind  # "New Caledonia"
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                        actor_id=actor.id, name=actor.name, kind=kind, country=country,
                        sectors=sectors, confidence=min(1.0, conf + (0.05 if dated else 0)),
                        rule="kb-dated" if dated else "kb")


def _agent_mention(doc: Doc, match: Match) -> ActorMention:
    span = doc[match.first:match.last + 1]
    prev = doc[match.first - 1] if match.first > 0 else None
    start = span.start_char
    if prev is not None and prev.lower_ in ("foreign", "international", "western"):
        start = prev.idx
    return ActorMention(start=start, end=span.end_char, text=text_of(doc)[start:span.end_char],
                        kind="agent", sectors=list(match.sectors), confidence=0.6, rule="agent")


# sectors of a company (CAMEO MNC: a multinational)
COMPANY_SECTORS = {"BUS", "MNC"}


def _compound(owner: ActorMention, agent: ActorMention, doc: Doc) -> ActorMention:
    """Class *people of a company* (actors15): "Kraft Foods employee", "Airbus
    engineers" are people with the company's country, not the company: the
    agent noun's sectors alone (a business act is the company's)."""
    sectors = [s for s in agent.sectors if s not in owner.sectors] or agent.sectors
    company = bool(COMPANY_SECTORS & set(owner.sectors)) and bool(agent.sectors) and \
        is_company_people(agent.text)
    if owner.kind != "state" and not company:
        sectors = owner.sectors + [s for s in agent.sectors if s not in owner.sectors]
    elif company:
        sectors = list(agent.sectors)
    code = (owner.country or "") + "".join(sectors)
    people = owner.kind == "state" or company
    ident = f"cameo:{code}" if people else owner.actor_id
    return ActorMention(start=owner.start, end=agent.end, text=text_of(doc)[owner.start:agent.end],
                        actor_id=ident, name=f"{owner.name} {'/'.join(sectors)}".strip(),
                        kind="agent" if people else owner.kind,
                        country=owner.country, sectors=sectors,
                        confidence=min(owner.confidence, 0.85), rule="compound")


def _joined(doc: Doc, prev: ActorMention, m: ActorMention) -> bool:
    """The owner and the agent noun form one name: adjacent ("Iraqi
    lawmakers"), or, class *organisation names with a country*, linked by up
    to three capitalised words when the agent noun is capitalised too
    ("Libyan National Army", "Kenya Defence Forces", "Nigerian Air Force",
    "Israel Defense Forces")."""
    gap = text_of(doc)[prev.end:m.start].split()
    if not gap:
        return True
    return len(gap) <= 3 and m.text[:1].isupper() and \
        all(w[:1].isupper() and w.isalpha() for w in gap)


def _merge_compounds(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        adjacent = prev is not None and _joined(doc, prev, m)
        # a compound takes a further agent noun: "Kenya Defence Forces troops"
        if (adjacent and prev is not None and m.rule == "agent"
                and (prev.rule.startswith("kb") or prev.rule == "compound" and prev.country)
                and prev.kind in ("state", "armed_group", "organisation", "agent")
                and "spokesman" not in m.text.lower()):
            out[-1] = _compound(prev, m, doc)
        else:
            out.append(m)
    return out


def _ner_mentions(doc: Doc, taken: list[tuple[int, int]]) -> list[ActorMention]:
    out = []
    index = SpanIndex(taken)
    for ent in ents_of(doc):
        if ent.label_ not in NER_KINDS:
            continue
        ent = name_without_verb(ent)  # "Yvonne Hiller [Charged]": a headline's verb
        if index.overlapping(ent.start_char, ent.end_char):
            # "Councillor Okafor" as one entity: the title is an agent mention
            name = name_after_title(ent, taken, index)
            if name is not None:
                out.append(ActorMention(start=name, end=ent.end_char,
                                        text=doc.text[name:ent.end_char], kind="person",
                                        confidence=0.3, rule=f"ner-{ent.label_}+after-title"))
            continue
        out.append(ActorMention(start=ent.start_char, end=ent.end_char, text=ent.text,
                                kind=NER_KINDS[ent.label_], confidence=0.3,
                                rule=f"ner-{ent.label_}"))
    return out


# CAMEO codes that name a kind of a broader sector the record guide uses
BROADER_SECTORS = {"MNC": "BUS", "CRM": "UAF"}


def _broad_sectors(mentions: list[ActorMention]) -> None:
    """Class *narrow codes of a broad sector*: a multinational (CAMEO MNC:
    "Microsoft", "Shell") is a business (BUS), and criminal groups (CRM:
    "gangs", "cartels", "criminals") are unidentified armed forces (UAF) as
    docs/annotation.md codes cartel gunmen; the broad sector is added
    beside the narrow one."""
    for m in mentions:
        for narrow, broad in BROADER_SECTORS.items():
            if narrow in m.sectors and broad not in m.sectors:
                m.sectors = [*m.sectors, broad]


def _mark_sponsors(doc: Doc, mentions: list[ActorMention]) -> None:
    """Class *sponsors*: the actor named in "Iran-backed militias",
    "Russia-aligned separatists" backs the group; it is marked so that it
    counts neither as the group's owner nor as the story's country."""
    text = text_of(doc)
    for m in mentions:
        if text[m.end:m.end + 12].lower().replace(" - ", "-").startswith(SPONSOR_SUFFIXES):
            m.rule += SPONSOR_RULE


def _opposition_agents(doc: Doc, mentions: list[ActorMention]) -> None:
    """Class *the opposition's agents*: an agent noun right after
    "opposition" ("opposition lawmakers", "opposition supporters", "the
    opposition leader") belongs to the opposition: OPP joins its sector."""
    text = text_of(doc)
    for m in mentions:
        words = text[max(0, m.start - 14):m.start].lower().split()
        if m.kind == "agent" and words[-1:] == ["opposition"] and "OPP" not in m.sectors:
            m.sectors = [*m.sectors, "OPP"]


def _outlet_country(doc: Doc, kb: KnowledgeBase) -> str | None:
    """The publishing outlet's country, when the KB knows the outlet: an
    Iranian outlet's ambiguous names lean Iranian."""
    outlet = doc._.outlet
    if not outlet:
        return None
    for actor in kb.lookup(normalise(str(outlet))):
        country, _ = split_code(actor.code_at(doc._.published)[0] or "")
        if country:
            return country
    return None


def find_actor_mentions(doc: Doc, kb: KnowledgeBase) -> list[ActorMention]:
    when = doc._.published
    matches = find_matches(doc, kb)
    context: Counter[str] = Counter()
    if (home := _outlet_country(doc, kb)) is not None:
        context[home] += 1
    for m in matches:
        if m.actors:
            country, _ = split_code(_code(m.actors[0], when)[0] or "")
            if country and len(m.actors) == 1:
                context[country] += 1
    mentions = [(_kb_mention(doc, m, when, context) if m.actors else _agent_mention(doc, m))
                for m in matches]
    mentions = drop_name_prefixes(doc, _merge_compounds(doc, mentions))
    state_sectors(doc, mentions, kb)
    mentions += _ner_mentions(doc, [(m.start, m.end) for m in mentions])
    mentions.sort(key=lambda m: m.start)
    national_companies(doc, mentions)  # "Air Canada" is the airline, not Canada
    mentions = ship_mentions(doc, drop_water_bodies(doc, drop_weapon_names(doc, mentions)))
    namesake_capitals(doc, mentions)  # "Wellington, Somerset" is no NZL
    _broad_sectors(mentions)
    company_sectors(doc, mentions)
    kind_sectors(doc, mentions)
    _opposition_agents(doc, mentions)
    _mark_sponsors(doc, mentions)
    attach_owners(doc, mentions)
    members_of_bodies(doc, mentions)
    apposed_roles(doc, mentions)
    titled_people(doc, mentions)
    party_officers(doc, mentions)  # after: a party office outranks a title
    known_surnames(doc, mentions, kb)  # before titled_elites: "President Mugabe" is GOV
    titled_elites(doc, mentions)
    stated_states(doc, mentions)
    sitting_office(doc, mentions)  # before former_office: it reads FORMER_BEFORE too
    former_office(doc, mentions)
    opposition_titled(doc, mentions)
    opposition_followers(doc, mentions)
    congo_by_context(text_of(doc), mentions, when)
    own_bodies(text_of(doc), mentions)
    repeat_short_states(mentions)
    apply_local_groups(doc, mentions, kb)
    locate_naval_agents(mentions)
    locate_town_agents(doc, mentions)
    locate_bare_agents(mentions, lambda: places_country(doc, mentions),
                       dateline_country(doc, mentions))
    ethnic_homes(doc, mentions)  # after: the story's country is known
    stateless_groups(doc, mentions)  # after: the story gave the group its country
    former_title_agents(doc, mentions)  # after: the home step reads the bare rule
    described_people(doc, mentions)  # before the civilian default
    regional_leaders(doc, mentions)  # before the civilian default
    private_people(mentions)
    armed_people(doc, mentions)  # after: UAF joins the civilian reading
    lone_offenders(doc, mentions)  # after: CVL goes before the KB's criminal codes
    security_services(doc, mentions)  # last: the service's name outranks the KB's code
    mentions += repeated_surnames(doc, mentions)
    mentions.sort(key=lambda m: m.start)
    mark_datelines(doc, mentions)
    return mentions


class ActorRecognizer(StageComponent, factory="eventwire_actors",
                      requires=["token.dep", "doc.ents"], assigns=["doc._.actor_mentions"],
                      default_config={"kb_paths": []}):
    """``kb_paths``: the user's KB overlays on top of the bundled KB."""

    def __init__(self, nlp: Language | None = None, name: str = "eventwire_actors",
                 kb_paths: list[str] | None = None) -> None:
        super().__init__(nlp, name)
        self.kb = load_kb(list(kb_paths or []))
        title_words()  # with the KB at load time, not on the first article
        iso3_codes()
        surname_index(self.kb)  # the KB persons' surnames (kb_surnames), built once
        territory_sovereigns()
        division_demonyms()  # derived from the gazetteer's divisions (actors47), once
        preload()  # the stage's small static tables (speed45), not on an article

    def process(self, doc: Doc) -> None:
        mentions = get_list(doc, "actor_mentions")
        mentions.extend(find_actor_mentions(doc, self.kb))
        link_coreference(doc, mentions)
        speak_as_bodies(doc, mentions)
        possessed_agents(doc, mentions)
        reported_forces(doc, mentions)  # after: a possessed force is its owner's
        refresh_copies(mentions)
        leader_governments(doc, mentions)  # after: a surname's country is its name's


# ------------------------------------------------------------ helpers for others


def actor_at(doc: Doc, target: Token | Span) -> int | None:
    """Index of the actor mention that covers ``target`` (a token, e.g. the
    head of a subject, or a span); None if there is none."""
    start = target.idx if isinstance(target, Token) else target.start_char
    end = start + len(target.text) if isinstance(target, Token) else target.end_char
    mentions = get_list(doc, "actor_mentions")
    for i in doc_index(doc, "actor_mentions").overlapping(start, max(end, start + 1)):
        m = mentions[i]
        if m.start <= start and end <= m.end:
            return i
        if m.start < end and start < m.end and isinstance(target, Token):
            return i
    return None


def resolve_mention(doc: Doc, index: int) -> ActorMention:
    """Follow the antecedent chain to the first mention that says who it is;
    return a copy carrying that identity and the original text and span."""
    from dataclasses import replace

    mentions = get_list(doc, "actor_mentions")
    here = mentions[index]
    seen = {index}
    cur = here
    while cur.actor_id is None and cur.country is None and cur.antecedent is not None \
            and cur.antecedent not in seen:
        seen.add(cur.antecedent)
        cur = mentions[cur.antecedent]
    if cur is here:
        return replace(here)
    return replace(here, actor_id=cur.actor_id, name=cur.name or cur.text, kind=cur.kind,
                   country=cur.country, sectors=list(cur.sectors),
                   confidence=min(here.confidence or 0.6, cur.confidence) * 0.9)
