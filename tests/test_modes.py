"""PLOVER modes (eventwire/stages/events/modes.py and mode_context.py): each
class of the assigner with several sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_at


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


def check(pipe: Pipeline, text: str, word: str, kind: str, mode: str | None) -> None:
    event = event_at(pipe, text, word)
    assert (event.type, event.mode) == (kind, mode), (event.trigger.text, event.rules)


@pytest.mark.parametrize("text,word,kind,mode", [
    # a weapon in another event's clause is not this event's weapon
    ("After a car bomb exploded near the ministry, police arrested three men.",
     "arrested", "COERCE", "arrest"),
    ("Protesters rallied in the square on Sunday after a night of clashes with police.",
     "rallied", "PROTEST", "demo"),
    ("The president condemned the shooting and ordered an inquiry into the police response.",
     "condemned", "ACCUSE", "disapprove"),
    # the weapon in the trigger's own clause
    ("Gunmen on motorbikes attacked the checkpoint with assault rifles.",
     "attacked", "ASSAULT", "firearms"),
    ("Rebels shelled the airport with mortars overnight.", "shelled", "ASSAULT",
     "heavy-weapons"),
    # a multi-word cue owns its words: "rubber bullets" is no firearms cue
    ("Police fired rubber bullets and tear gas at the marchers.", "fired", "ASSAULT",
     "crowd-control"),
    ("Officers used plastic bullets against the crowd outside the stadium.", "used", "ASSAULT",
     "crowd-control"),
    # coordinated verbs share their subject
    ("Warplanes circled over the valley and bombed two villages.", "bombed", "ASSAULT",
     "aerial"),
    # the platform over the munition: bombs dropped from aircraft or drones
    ("Government jets bombed a market in the rebel-held town.", "bombed", "ASSAULT", "aerial"),
    ("A small drone bombed the trenches at dawn.", "bombed", "ASSAULT", "drone"),
])
def test_own_clause(pipe: Pipeline, text: str, word: str, kind: str, mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # no instrument, no method: null rather than a guess
    ("Militants attacked a police station in the province on Friday.", "attacked", "ASSAULT",
     None),
    ("Separatists ambushed an army patrol, killing four soldiers.", "ambushed", "ASSAULT", None),
    ("The foreign ministry rejected the report as politically motivated.", "rejected",
     "REJECT", None),
])
def test_null_when_the_text_supports_none(pipe: Pipeline, text: str, word: str, kind: str,
                                          mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    ("Church leaders demanded the withdrawal of the army from the northern towns.",
     "demanded", "REQUEST", "yield"),
    ("The senators urged both militias to release their captives.", "urged", "REQUEST",
     "yield"),
    # restraint is no concession (the manual's yield): no mode
    ("The senators urged both militias to show restraint.", "urged", "REQUEST", None),
    ("Diplomats called on the rival camps to exercise maximum restraint.", "called",
     "REQUEST", None),
    ("Student unions demanded the resignation of the education minister.", "demanded",
     "REQUEST", "change"),
    ("The council called on the court to reinstate the dismissed judges.", "called",
     "REQUEST", "change"),
    ("The governor asked the federal government to extradite the suspects.", "asked",
     "REQUEST", "assist"),
    ("The army chief warned that his forces would hit the rebel bases.", "warned",
     "THREATEN", "violence"),
    # the subject and an adverbial clause are not the content
    ("The rebels rejected the offer of talks, saying prisoners must be freed first.",
     "rejected", "REJECT", "meet"),
])
def test_content_of_speech_acts(pipe: Pipeline, text: str, word: str, kind: str,
                                mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    ("Coast guards seized two fishermen off the island.", "seized", "COERCE", "arrest"),
    ("The navy captured nine smugglers near the port.", "captured", "COERCE", "arrest"),
    ("Customs officers seized a shipment of rifles at the border.", "seized", "COERCE",
     "seize"),
    ("Two masked men attacked him outside his home.", "attacked", "ASSAULT", "beat"),
    ("Unknown assailants attacked Ahmed Salim as he left the court.", "attacked", "ASSAULT",
     "beat"),
])
def test_people_as_objects(pipe: Pipeline, text: str, word: str, kind: str,
                           mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # class *a modifier of the thing taken is not a person* (modes37): the
    # owner, the flag, the crew named inside a compound participle, the
    # adjective "national" and a model number tell whose thing was taken
    ("Militiamen seized the national radio station before dawn on Friday.", "seized",
     "COERCE", "seize"),
    ("The escaped inmate grabbed the officers' keys and ran for the gate.", "grabbed",
     "COERCE", "seize"),
    ("Rebels seized the Russian-built helicopter after it landed.", "seized",
     "COERCE", "seize"),
    ("Police seized the protesters' banners outside the court.", "seized",
     "COERCE", "seize"),
    # near-misses: people taken are an arrest, whatever else the phrase holds
    ("Rebels seized three Canadian engineers at the mine.", "seized", "COERCE", "arrest"),
    ("Soldiers captured two Eritreans and their guide near the border.", "captured",
     "COERCE", "arrest"),
    ("Police seized the journalist and her camera outside the court.", "seized",
     "COERCE", "arrest"),
    ("Troops captured militia commander Ibrahim Gana on Tuesday.", "captured",
     "COERCE", "arrest"),
])
def test_modifier_of_thing_taken(pipe: Pipeline, text: str, word: str, kind: str,
                                 mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # "riot police" is police, not a riot
    ("Riot police dispersed thousands of people demonstrating against the law.",
     "demonstrating", "PROTEST", "demo"),
    ("Anti-riot units watched as students marched to the ministry.", "marched", "PROTEST",
     "demo"),
    ("The interior minister deployed riot police in the northern city.", "deployed", "MOBILIZE",
     "police"),
    # mobilising aircraft or missiles is mobilising weapons
    ("Taiwan scrambled jets and deployed missile systems.", "scrambled", "MOBILIZE",
     "weapons"),
    ("The army deployed air defence systems along the coast.", "deployed", "MOBILIZE",
     "weapons"),
    ("The army deployed two battalions along the coast.", "deployed", "MOBILIZE", "troops"),
    # readiness words say how far, not what: the unit named decides
    ("The country put its nuclear forces on high alert.", "alert", "MOBILIZE", "weapons"),
    ("Border guards and troops were placed on alert after the shooting.", "alert",
     "MOBILIZE", "troops"),
    # nominalised cues
    ("The government announced the suspension of all trade with its neighbour.",
     "suspension", "SANCTION", "discontinue"),
])
def test_cue_classes(pipe: Pipeline, text: str, word: str, kind: str,
                     mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    ("A drone struck a fuel depot on Monday. Officials said the attack caused a fire.",
     "attack caused", "ASSAULT", "drone"),
    ("Police fired tear gas at the crowd. Witnesses said the assault lasted an hour.",
     "assault", "ASSAULT", "crowd-control"),
    ("Artillery pounded the town for hours. The government denied carrying out the "
     "attack.", "attack.", "ASSAULT", "heavy-weapons"),
])
def test_re_mentions_take_the_mode(pipe: Pipeline, text: str, word: str, kind: str,
                                   mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # modes58: a campaign noun sums up many acts and re-tells no single one
    ("Police arrested forty students outside the university on Monday. Rights groups "
     "said the crackdown violated the constitution.", "crackdown", "COERCE", None),
    ("Jets bombed a fuel depot near the border on Tuesday. The army said the offensive "
     "would continue until the rebels surrendered.", "offensive", "ASSAULT", None),
    ("Police detained the opposition leader on Sunday. Diplomats condemned the "
     "crackdown.", "crackdown", "COERCE", None),
    # control: a re-mention of the act itself still takes its mode
    ("Jets bombed a fuel depot near the border on Tuesday. Residents said the attack "
     "lasted an hour.", "attack", "ASSAULT", "aerial"),
])
def test_campaign_nouns_take_no_mode(pipe: Pipeline, text: str, word: str, kind: str,
                                     mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # the act of rejecting or requesting is not its content
    ("The army dismissed the allegations as fabricated.", "dismissed", "REJECT", None),
    ("The rebels dismissed demands to release the hostages.", "dismissed", "REJECT",
     "yield"),
    ("The assembly rejected calls for the dismissal of the police chief.", "rejected",
     "REJECT", "change"),
])
def test_speech_act_is_not_content(pipe: Pipeline, text: str, word: str, kind: str,
                                   mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # a to-infinitive hung as an adverbial clause of the request is its content
    ("The envoy called on Belgrade and Pristina to resume the dialogue.", "called",
     "REQUEST", "meet"),
    ("The bishops called on both armies to pull back from the river.", "called", "REQUEST",
     "yield"),
    # noun forms of the content classes
    # a call for an investigation is no policy change: no mode (records d, g-j, m)
    ("Lawmakers called for an independent investigation into the killings.", "called",
     "REQUEST", None),
    ("Rights groups demanded a public inquiry into the prison deaths.", "demanded",
     "REQUEST", None),
    ("The bar association urged prosecutors to investigate the beating of the lawyer.",
     "urged", "REQUEST", None),
    # ... while a call for reform or a resignation is
    ("Students demanded the resignation of the education minister.", "demanded",
     "REQUEST", "change"),
    ("The bishop pleaded for the freedom of the jailed students.", "pleaded", "REQUEST",
     "yield"),
    ("The agency asked the militia to grant its convoys access to the camps.", "asked",
     "REQUEST", "yield"),
])
def test_request_content_classes(pipe: Pipeline, text: str, word: str, kind: str,
                                   mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # a coup phrase at the trigger is no "seize" cue (COERCE without a mode)
    ("Mutinous officers seized power in the capital overnight.", "seized", "COERCE", None),
    ("The general who grabbed power in 2019 promised elections.", "grabbed", "COERCE", None),
    ("Army officers seized control of the government on Wednesday.", "seized", "COERCE",
     None),
    # ... while seizing things stays "seize"
    ("Rebels seized three oil wells near the border.", "seized", "COERCE", "seize"),
    ("The junta ordered the seizure of power stations.", "seizure", "COERCE", "seize"),
])
def test_coup_phrases_are_masked(pipe: Pipeline, text: str, word: str, kind: str,
                                 mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # removal from office is no deportation (CAMEO 174 mixes both)
    ("Parliament removed the chief justice after a week of hearings.", "removed", "COERCE",
     None),
    ("The general was ousted as head of the army on Monday.", "ousted", "COERCE", None),
    ("Guards removed two opposition deputies from the chamber.", "removed", "COERCE", None),
    # sent out of a country: deportation
    ("The government ousted two foreign journalists from the country.", "ousted", "COERCE",
     "deport"),
])
def test_removal_is_not_deportation(pipe: Pipeline, text: str, word: str, kind: str,
                                    mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # firearms named by their ammunition or by returning fire
    ("Soldiers used live ammunition to disperse the farmers.", "used", "ASSAULT", "firearms"),
    ("The border guards returned fire and wounded two smugglers.", "returned", "ASSAULT",
     "firearms"),
    # cutting the internet or closing media is censorship
    ("The junta cut mobile internet in three provinces.", "cut", "COERCE", "censor"),
    ("Authorities blocked social media platforms ahead of the vote.", "blocked", "COERCE",
     "censor"),
    # recalling one's own ambassador is SANCTION withdraw (annotation guide)
    ("Peru recalled its ambassador from Mexico City for consultations.", "recalled",
     "SANCTION", "withdraw"),
    # an envoy's title is no charge: "charge d'affaires" is masked
    ("Iran summoned Pakistan's charge d'affaires on Wednesday over the incident.",
     "summoned", "ACCUSE", "disapprove"),
    ("Kenya summoned the Ugandan charge d’affaires to protest the arrests.", "summoned",
     "ACCUSE", "disapprove"),
    ("The ministry summoned the charges d'affaires of both countries.", "summoned",
     "ACCUSE", "disapprove"),
    ("Prosecutors charged the governor with fraud on Monday.", "charged", "ACCUSE",
     "allege"),
])
def test_weapon_media_and_envoy_cues(pipe: Pipeline, text: str, word: str, kind: str,
                                     mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # summoning an envoy is a diplomatic protest (ACCUSE disapprove)
    ("Peru summoned the Mexican ambassador on Friday.", "summoned", "ACCUSE", "disapprove"),
    ("Ghana's foreign ministry summoned the Togolese envoy over the border incident.",
     "summoned", "ACCUSE", "disapprove"),
    # a challenge in court is an allegation
    ("The party said it would challenge the ruling in court.", "challenge", "ACCUSE", "allege"),
    ("The opposition will challenge the election results in court.", "challenge", "ACCUSE",
     "allege"),
    # a threat of armed defence threatens violence
    ("The ministry warned that it would defend every inch of its territory if attacked.",
     "warned", "THREATEN", "violence"),
    ("The army warned that it would take necessary measures if the rebels broke the truce.",
     "warned", "THREATEN", "violence"),
    ("Officials warned that troops would advance on the capital within days.",
     "warned", "THREATEN", "violence"),
])
def test_protest_allegation_and_defence_cues(pipe: Pipeline, text: str, word: str, kind: str,
                                             mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,mode", [
    # looting damages property: vandalize (annotation guide)
    ("Crowds looted supermarkets in the capital overnight.", "looted", "vandalize"),
    ("Rioters looted the home of a senator.", "looted", "vandalize"),
    # class *burning a symbol*: a demonstration, not a riot
    ("Protesters burned Israeli flags outside the embassy on Friday.", "burned", "demo"),
    ("Angry fans burned posters of the coach after the defeat.", "burned", "demo"),
    ("Demonstrators set fire to an effigy of the president.", "set", "demo"),
    ("Protesters burned cars and shops in the city centre.", "burned", "riot"),
])
def test_looting_and_symbol_burning(pipe: Pipeline, text: str, word: str, mode: str) -> None:
    check(pipe, text, word, "PROTEST", mode)

@pytest.mark.parametrize("text,word,mode", [
    # the event sits on the meeting noun the host names (events42's hosted_things)
    ("Switzerland hosted a round of negotiations between the government and the rebels.",
     "negotiations", "third-party"),
    ("Norway hosted a meeting between government and rebel negotiators.", "meeting",
     "third-party"),
    ("Oman hosted a fresh round of talks between Iranian and American envoys.", "talks",
     "third-party"),
    ("Egypt hosted two days of talks between Hamas and Fatah in Cairo.", "talks",
     "third-party"),
    ("Kenya hosted the two rival leaders for talks in Nairobi.", "hosted", "third-party"),
    ("China hosted the Brazilian president in Beijing on Monday.", "hosted", "visit"),
    ("The emir hosted the visiting French minister at his palace.", "hosted", "visit"),
])
def test_host_of_others_talks_is_third_party(pipe: Pipeline, text: str, word: str,
                                             mode: str) -> None:
    """Class *a host of others' talks is a third party* (CONSULT)."""
    check(pipe, text, word, "CONSULT", mode)


@pytest.mark.parametrize("text,word,mode", [
    # a protest in a time adjunct of a violent clause is not that violence (modes17)
    ("Three bank workers were killed when the building was torched during protests in Athens.",
     "protests", "demo"),
    ("The clashes late on Saturday came after an evening candle-lit vigil for the teenager.",
     "vigil", "demo"),
    ("Two people died in clashes during a violent protest outside parliament.", "protest",
     "riot"),
])
def test_protest_in_an_adjunct_keeps_its_own_mode(pipe: Pipeline, text: str, word: str,
                                                  mode: str) -> None:
    check(pipe, text, word, "PROTEST", mode)


@pytest.mark.parametrize("text,word", [
    # closing a place to movement is restrict (modes31)
    ("Police sealed off the mayor's house after the fire.", "sealed"),
    ("The district has been locked down since Sunday.", "locked"),
    ("Soldiers cordoned off the streets around the palace.", "cordoned"),
])
def test_closing_a_place_is_restrict(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "COERCE", "restrict")


@pytest.mark.parametrize("text,word,kind,mode", [
    # undoing a policy or a leader leaving office is a change (modes31)
    ("The bar association urged the government to revoke the decree on public gatherings.",
     "urged", "REQUEST", "change"),
    ("Farmers' unions called on the ministry to scrap the new water tax.", "called",
     "REQUEST", "change"),
    ("The opposition called for the minister and his deputies to stand down.", "called",
     "REQUEST", "change"),
    ("The auditor requested a rerun of the tender for the bridge.", "requested", "REQUEST",
     "change"),
    ("The cabinet refused to reverse its decision on fuel prices.", "refused", "REJECT",
     "change"),
    # control: a release stays yield
    ("The UN urged the rebels to release the hostages.", "urged", "REQUEST", "yield"),
])
def test_undoing_a_policy_is_change(pipe: Pipeline, text: str, word: str, kind: str,
                                    mode: str) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word,kind,mode", [
    # asking others to step in or for materiel is assist (modes31)
    ("The governor called on the federal army to intervene in the northern districts.",
     "called", "REQUEST", "assist"),
    ("The enclave asked its neighbour for protection against the militias.", "asked",
     "REQUEST", "assist"),
    ("The mayor urged the capital to speed up deliveries of food and water.", "urged",
     "REQUEST", "assist"),
    ("The clinic requested twenty ventilators from the ministry.", "requested", "REQUEST",
     "assist"),
    # giving up arms or people is yield
    ("The envoy urged the militias to lay down their arms.", "urged", "REQUEST", "yield"),
    ("The group refused to disarm before the elections.", "refused", "REJECT", "yield"),
    ("Paris demanded that Madrid hand over the two suspects.", "demanded", "REQUEST",
     "yield"),
    # control: protecting people is no request for help
    ("The UN urged both sides to protect civilians.", "urged", "REQUEST", None),
])
def test_requests_for_help_and_for_concessions(pipe: Pipeline, text: str, word: str,
                                               kind: str, mode: str | None) -> None:
    check(pipe, text, word, kind, mode)


@pytest.mark.parametrize("text,word", [
    # force named by its operation is a threat of violence (modes31)
    ("The junta warned that any unauthorised rally would be dispersed.", "warned"),
    ("The minister warned that the army would intensify its operations if the attacks "
     "continued.", "warned"),
    ("The rebels said they would execute the hostages if troops advanced.", "execute"),
    # a hyphenated cue is matched like the parser splits it
    ("The army warned it would act in self-defence if the border was crossed.", "warned"),
])
def test_threats_of_force_by_the_operation(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "THREATEN", "violence")


@pytest.mark.parametrize("text,word,mode", [
    # modes57: a threat of death is a threat of violence
    ("The clerk said she had been threatened with death by a neighbour over the land "
     "dispute.", "threatened", "violence"),
    ("Two reporters were threatened with death after publishing the report on the mayor.",
     "threatened", "violence"),
    ("The gang leader threatened the shopkeepers with death unless they paid.", "threatened",
     "violence"),
    # the judicial death is a sentence: a threat of prosecution
    ("Prosecutors threatened the suspects with the death penalty.", "threatened", "arrest"),
])
def test_a_threat_of_death(pipe: Pipeline, text: str, word: str, mode: str | None) -> None:
    check(pipe, text, word, "THREATEN", mode)


@pytest.mark.parametrize("text,word,mode", [
    # review52: "offensive" names an operation as a noun; the adjective
    # ("an offensive cartoon", "remarks it called offensive") is no cue
    ("The minister threatened to sue the paper over an offensive cartoon.", "threatened",
     None),
    ("The singer threatened legal action over offensive posts about her family.", "threatened",
     None),
    ("The embassy threatened to sue the broadcaster, calling the sketch offensive.",
     "threatened", None),
    # controls: the noun stays a violence cue
    ("The army threatened a new offensive against the rebels.", "threatened", "violence"),
    ("Rebels vowed to resume their offensive on the capital within days.", "vowed", "violence"),
    # and so does the attacking sense of the adjective, on an act or a weapon
    ("The general warned the rebels of offensive action if they crossed the river.",
     "warned", "violence"),
])
def test_offensive_is_a_cue_only_as_a_noun(pipe: Pipeline, text: str, word: str,
                                           mode: str | None) -> None:
    check(pipe, text, word, "THREATEN", mode)


@pytest.mark.parametrize("text,word,mode", [
    # modes58: a legal challenge (challenging or contesting a decision, an
    # award, a law) claims the act is unlawful: ACCUSE allege, with or
    # without the court named in the clause
    ("The teachers' union said it would contest the dismissals before the labour court.",
     "contest", "allege"),
    ("The province is challenging the mining moratorium at the Supreme Court.",
     "challenging", "allege"),
    ("The mayor said he would challenge the council's decision.", "challenge", "allege"),
    ("The losing candidate challenged the results of the vote before the electoral "
     "commission.", "challenged", "allege"),
    ("Lawyers for the journalist said they would contest the ruling.", "contest", "allege"),
    # control: a condemnation keeps the residual disapprove
    ("The union condemned the dismissals on Monday.", "condemned", "disapprove"),
])
def test_a_legal_challenge_is_an_allegation(pipe: Pipeline, text: str, word: str,
                                            mode: str | None) -> None:
    check(pipe, text, word, "ACCUSE", mode)


@pytest.mark.parametrize("text,word,mode", [
    # modes58: leaving a pact or curbing visas threatens relations
    ("The rebels threatened to pull out of the peace accord if the raids continued.",
     "threatened", "relations"),
    ("The farmers' union threatened to pull out of the grain pact unless prices rose.",
     "threatened", "relations"),
    ("Ottawa warned of visa restrictions on officials who obstruct the repatriation flights.",
     "warned", "relations"),
    ("The embassy warned that visas for the country's diplomats could be curtailed.",
     "warned", "relations"),
    # control: a bare "quit" is resigning, no cue
    ("The minister threatened to quit if the budget was cut.", "threatened", None),
])
def test_leaving_a_pact_threatens_relations(pipe: Pipeline, text: str, word: str,
                                            mode: str | None) -> None:
    check(pipe, text, word, "THREATEN", mode)
