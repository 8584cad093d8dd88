"""PLOVER modes (eventwire/stages/events/modes.py and mode_context.py): each
class of the assigner with several sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.events.modes import load_cues, normalise
from tests.conftest import event_at, event_covering


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The rule cascade alone (the learned ranker is tested in test_mode_model.py)."""
    return Pipeline(Settings(mode_model="rules"),
                    components=("eventwire_actors", "eventwire_events"))


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


def test_non_type_sections_are_not_types() -> None:
    assert not any(kind.startswith("_") for kind in load_cues())
    assert normalise("PROTEST", "strike-hun") == "hunger"


@pytest.mark.parametrize("text,word,mode", [
    # class *a state bombs from the air*
    ("The army bombed three villages in the north on Sunday.", "bombed", "aerial"),
    ("Thailand bombed two Cambodian military positions.", "bombed", "aerial"),
    ("Rebels accused the military of bombing a school near the border.", "bombing", "aerial"),
    ("The market was bombed by government forces on Monday.", "bombed", "aerial"),
    # bombs of militants or unknown attackers stay explosives
    ("Militants bombed a police station in the capital.", "bombed", "explosives"),
    ("Unknown attackers bombed a church in the city.", "bombed", "explosives"),
])
def test_state_bombing_is_aerial(pipe: Pipeline, text: str, word: str, mode: str) -> None:
    check(pipe, text, word, "ASSAULT", mode)


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


def _masked_read_in_full(trigger) -> bool:  # type: ignore[no-untyped-def]
    """``masked_trigger`` without its first-word shortcut."""
    from eventwire.stages.events.modes import mode_masks

    root = trigger.root
    toks = list(root.doc[root.i:min(root.i + 6, root.sent.end)])
    for mask in mode_masks():
        n = len(mask)
        if len(toks) >= n and all(mask[k] in (toks[k].lemma_.lower(), toks[k].lower_)
                                  for k in range(n)):
            return toks[n - 1].dep_ != "compound"
    return False


@pytest.mark.parametrize("text", [
    "The army seized power in a coup and took control of the state broadcaster.",
    "Riot police fired rubber bullets as the strike force moved into the square.",
    "The seizure of power stations left the capital dark after the junta took power.",
])
def test_mask_shortcut_answers_as_the_full_scan(spacy_nlp, text: str  # type: ignore[no-untyped-def]
                                                ) -> None:
    from eventwire.stages.events.modes import masked_trigger

    doc = spacy_nlp(text)
    spans = [doc[i:i + 1] for i in range(len(doc))]
    assert [masked_trigger(s) for s in spans] == [_masked_read_in_full(s) for s in spans]
    assert any(_masked_read_in_full(s) for s in spans)

@pytest.mark.parametrize("text,word,mode", [
    ("Switzerland hosted a round of negotiations between the government and the rebels.",
     "hosted", "third-party"),
    ("Norway hosted a meeting between government and rebel negotiators.", "hosted",
     "third-party"),
    ("Kenya hosted the two rival leaders for talks in Nairobi.", "hosted", "third-party"),
    ("China hosted the Brazilian president in Beijing on Monday.", "hosted", "visit"),
    ("The emir hosted the visiting French minister at his palace.", "hosted", "visit"),
])
def test_host_of_others_talks_is_third_party(pipe: Pipeline, text: str, word: str,
                                             mode: str) -> None:
    """Class *a host of others' talks is a third party* (CONSULT)."""
    check(pipe, text, word, "CONSULT", mode)


@pytest.mark.parametrize("text,word", [
    ("Russia launched a massive air attack on the capital overnight.", "attack"),
    ("An air attack on the airbase killed two guards, the army said.", "killed"),
    ("Residents fled as the air attacks on the port intensified.", "attacks"),
])
def test_air_attacks_are_aerial(pipe: Pipeline, text: str, word: str) -> None:
    """Class *an attack named as from the air* (ASSAULT aerial)."""
    check(pipe, text, word, "ASSAULT", "aerial")


@pytest.mark.parametrize("text,word", [
    # class *bringing down an aircraft* (branch modes9): the jet or drone is
    # what was hit, "shot" names no weapon: ASSAULT with no mode
    ("Air defences shot down two drones over the capital on Tuesday night.", "shot"),
    ("The rebels said they had shot down a military helicopter near the border.", "shot"),
    ("Two fighter jets were shot down over the disputed province, the ministry said.", "shot"),
    ("The navy says it shoots down any unmanned aircraft that crosses the line.", "shoots"),
])
def test_shooting_down_an_aircraft_has_no_mode(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "ASSAULT", None)


def test_shooting_a_person_stays_firearms(pipe: Pipeline) -> None:
    check(pipe, "Police shot a protester in the leg during the march.", "shot",
          "ASSAULT", "firearms")


@pytest.mark.parametrize("text,word", [
    # class *incendiary bombs* (branch modes9): thrown petrol bombs, firebombs
    # and Molotov cocktails are explosives in the records, not primitive arms
    ("Youths threw Molotov cocktails at a police station in the northern suburb.", "threw"),
    ("Masked men hurled petrol bombs at the offices of the ruling party.", "hurled"),
    ("Unknown attackers threw a firebomb at the mayor's car before dawn.", "threw"),
])
def test_incendiary_bombs_are_explosives(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "ASSAULT", "explosives")


def test_stones_stay_primitive(pipe: Pipeline) -> None:
    check(pipe, "Settlers attacked the farmers with stones and clubs near the village.",
          "attacked", "ASSAULT", "primitive")


@pytest.mark.parametrize("first", [("seize", "seized"), ("riot", "riot"), ("shoot", "shot"),
                                   ("take", "took"), ("meet", "met")])
def test_mask_starts_rule_out_what_the_phrase_loop_rules_out(first: tuple[str, str]) -> None:
    """``masked_trigger``'s early exit by one set test answers what the loop
    over every ``mode_masks`` phrase answered."""
    from eventwire.stages.events.modes import _mask_starts, mode_masks

    starts = _mask_starts()
    assert starts is not None and starts
    looped = all(mask and mask[0] not in first for mask in mode_masks())
    assert starts.isdisjoint(first) == looped


@pytest.mark.parametrize("words", [
    [("fire", "fired"), ("rubber", "rubber"), ("bullet", "bullets")],
    [("fire", "fired"), ("live", "live"), ("bullet", "bullets"), ("at", "at")],
    [("throw", "threw"), ("stone", "stones"), ("and", "and"), ("tear", "tear"),
     ("gas", "gas")],
])
def test_cued_modes_without_owned_words_read_every_word(words: list[tuple[str, str]]) -> None:
    """With no multi-word cue in the clause every word is free: the shortcut
    gives the modes the per-mode word scan gives."""
    from eventwire.stages.events.modes import _has, _owned, cue_index, cued_modes

    for kind, modes in cue_index().items():
        vocab = {w for pair in words for w in pair}
        owned = _owned(words, modes, vocab)
        scanned = [mode for mode, singles, multis in modes
                   if not singles.isdisjoint({w for i, pair in enumerate(words)
                                              if owned.get(i, mode) == mode for w in pair})
                   or any(cue[0] in vocab and _has(words, cue) for cue in multis)]
        assert list(cued_modes(kind, words)) == scanned


@pytest.mark.parametrize("text,word,mode", [
    # a device going off is a bombing; who carried it is not said (events15)
    ("Police said a parcel bomb sent by the rebels exploded outside the tax office.",
     "exploded", "explosives"),
    ("A device planted by militants exploded near the army post, the ministry said.",
     "exploded", "explosives"),
    ("Two grenades thrown by separatists exploded in the crowded market, police said.",
     "exploded", "explosives"),
])
def test_a_bomb_going_off_is_explosives(pipe: Pipeline, text: str, word: str,
                                        mode: str) -> None:
    check(pipe, text, word, "ASSAULT", mode)


@pytest.mark.parametrize("text,word,mode", [
    # things picked up and thrown are primitive weapons (modes17); a petrol bomb
    # beside them is still explosives
    ("Youths threw bottles at police officers outside the station on Saturday night.",
     "threw", "primitive"),
    ("A man was hit with a brick outside the town hall, police said.", "hit", "primitive"),
    ("Settlers attacked the farmers with bottles and sticks, witnesses said.", "attacked",
     "primitive"),
    ("Gunmen threw petrol bombs and bottles at the guards of the depot.", "threw",
     "explosives"),
])
def test_thrown_objects_are_primitive(pipe: Pipeline, text: str, word: str,
                                      mode: str) -> None:
    check(pipe, text, word, "ASSAULT", mode)


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


@pytest.mark.parametrize("text,mode", [
    # who fires with no weapon named: a named person, the antecedent of "who"
    ("The two deputies, who fired at the car, were placed on leave.", "firearms"),
    ("The gang members, who fired from a passing car, fled the scene.", "firearms"),
    ("Witnesses said Martinez fired twice into the crowd.", "firearms"),
    ("Police said Daniel Ortega fired at the guards before fleeing.", "firearms"),
    # a ship firing keeps no mode, also through a relative clause
    ("The destroyer, which fired at the skiff, returned to port.", None),
])
def test_people_fire_named_and_relative(pipe: Pipeline, text: str, mode: str | None) -> None:
    check(pipe, text, "fired", "ASSAULT", mode)


@pytest.mark.parametrize("text", [
    "The president fired the finance minister on Monday.",
    "Witnesses said Martinez fired two employees last week.",
    "He criticised the general, whom Mugabe fired in November.",
])
def test_firing_a_person_is_no_shooting(pipe: Pipeline, text: str) -> None:
    """A dismissal: "fired" with a person as its object has no firearms."""
    event = event_covering(pipe, text, "fired")
    assert event is None or event.mode != "firearms", (event.type, event.mode)


CLAUSE_TEXTS = (
    "Troops shelled the ridge with mortars after rebels ambushed a convoy, and jets "
    "bombed the depot.",
    "The union, which organised a sit-in, said police used batons to clear the square.",
    "Gunmen who had seized the ferry released the crew once the navy surrounded it.",
)


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_own_clause_words_are_the_clause_cue_words(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """speed30 keeps each trigger's clause words per doc: the same words as
    walking the clause again (the old form), on every call."""
    from eventwire.stages.events.mode_context import own_clause
    from eventwire.stages.events.modes import (
        CONTENT_TYPES,
        SPEECH_ACTS,
        cue_words,
        own_clause_words,
    )

    assert SPEECH_ACTS <= CONTENT_TYPES  # own-clause regions are never speech acts
    doc = spacy_nlp(text)
    for tok in doc:
        trigger = doc[tok.i:tok.i + 1]
        old = cue_words(own_clause(trigger))
        first = own_clause_words(trigger)
        assert first == old
        first.append(("x", "x"))  # a caller's change does not reach the kept words
        assert own_clause_words(trigger) == old


@pytest.mark.parametrize("text,word", [
    # an unconventional agent named by itself (modes31)
    ("Investigators linked the anthrax attacks on two newspapers to a lone scientist.",
     "attacks"),
    ("A former aide attacked the senator's office with ricin last spring.", "attacked"),
    ("Britain blamed Moscow for the Novichok attack on the defector in Salisbury.", "attack"),
])
def test_an_agent_named_by_itself_is_unconventional(pipe: Pipeline, text: str,
                                                    word: str) -> None:
    check(pipe, text, word, "ASSAULT", "unconventional")


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


@pytest.mark.parametrize("text,word,mode", [
    # a warship's class names no weapon used (modes31)
    ("Last week the Tarkash, a missile-frigate, sank a pirate skiff off the coast.", "sank",
     None),
    ("A guided-missile destroyer attacked the smugglers' boat near the strait.", "attacked",
     None),
    ("The missile boat sank a fishing vessel in the gulf.", "sank", None),
    # control: missiles fired are heavy weapons
    ("The frigate struck the pirate skiff with two missiles.", "struck", "heavy-weapons"),
])
def test_a_warship_class_is_no_weapon(pipe: Pipeline, text: str, word: str,
                                      mode: str | None) -> None:
    check(pipe, text, word, "ASSAULT", mode)


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


def test_hyphenated_cues_match(pipe: Pipeline) -> None:
    check(pipe, "The envoy urged both sides to agree a cease-fire.", "urged", "REQUEST",
          "yield")
    check(pipe, "Police fired rubber-coated bullets at the crowd.", "fired", "ASSAULT",
          "crowd-control")


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
    # review52: a hyphenated mask ("anti-riot") is one word, masked whole; its
    # "riot" is no riot cue ("anti-riot officers" watch a peaceful march)
    ("Students marched past lines of anti-riot officers on Monday.", "marched", "demo"),
    ("Thousands protested outside parliament as anti-riot units watched.", "protested", "demo"),
    ("Pensioners rallied in the square, ringed by anti-riot squads.", "rallied", "demo"),
    # control: a riot is still a riot
    ("Youths rioted in the suburb after the verdict, torching cars.", "rioted", "riot"),
])
def test_a_hyphenated_mask_is_masked_whole(pipe: Pipeline, text: str, word: str,
                                           mode: str | None) -> None:
    check(pipe, text, word, "PROTEST", mode)
