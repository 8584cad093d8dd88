"""Clause classes of event dating (eventwire/stages/time/clauses.py and the
hyphen rule of component.py, issue #12 branch dates2). Every sentence was
written for these tests, none taken from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from tests.test_time_undated import PUB, anchored


# --- class: a date inside a clause describing a noun is that clause's
@pytest.mark.parametrize("text,clause_verb,main_verb,value", [
    ("The rebels, who have held the valley since 2019, attacked a convoy.", "held",
     "attacked", "2019"),
    ("The general, who took power in a coup in 2014, refused to step down.", "took",
     "refused", "2014"),
    ("Soldiers, who were deployed to the region in 2020, withdrew from two bases.",
     "deployed", "withdrew", "2020"),
    ("Villagers who fled the fighting in March returned to their homes.", "fled",
     "returned", "2021-03"),
])
def test_noun_clause_date_stays_in_its_clause(timex_pipe: Pipeline, text: str,
                                              clause_verb: str, main_verb: str,
                                              value: str) -> None:
    got = anchored(timex_pipe, text, [clause_verb, main_verb])
    assert got[clause_verb][0] == value
    assert got[main_verb][0] is None


# --- class: a dated occasion ("in a 2014 coup") dates the trigger
@pytest.mark.parametrize("text,verb,value", [
    ("The colonel seized power in a 2014 coup.", "seized", "2014"),
    ("Her brother was wounded during the 2006 war.", "wounded", "2006"),
    ("Hundreds of students were arrested amid the 2019 protests.", "arrested", "2019"),
])
def test_dated_occasion_dates_the_trigger(timex_pipe: Pipeline, text: str, verb: str,
                                          value: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] == value


# --- class: a reported (backshifted) past perfect is dated like the report's news
@pytest.mark.parametrize("text,verb,value", [
    ("The ministry said on Monday that its forces had shelled rebel positions.", "shelled",
     "2021-05-31"),
    ("Police denied on Sunday that officers had beaten the detainees.", "beaten",
     "2021-05-30"),
    ("On Friday, the army announced that it had recaptured the town.", "recaptured",
     "2021-05-28"),
    ("The governor confirmed on Saturday that gunmen had abducted six pupils.", "abducted",
     "2021-05-29"),
])
def test_reported_past_perfect_takes_the_reports_date(timex_pipe: Pipeline, text: str,
                                                      verb: str, value: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] == value


@pytest.mark.parametrize("text,verb", [
    ("On Friday, the army recaptured the town, which rebels had seized.", "seized"),
    ("By Monday the rebels had abandoned most of their positions in the hills.", "abandoned"),
])
def test_unreported_past_perfect_is_not_backshifted(timex_pipe: Pipeline, text: str,
                                                    verb: str) -> None:
    """An undated pluperfect recollection stays unknown; one governed by its
    own date keeps it."""
    got = anchored(timex_pipe, text, [verb])[verb][0]
    assert got is None or "By Monday" in text


# --- class: a verb inside a hyphenated modifier carries no tense
@pytest.mark.parametrize("text,day", [
    ("Police charged crowds of would-be voters with batons on Sunday.", "2021-05-30"),
    ("Guards turned back hundreds of would-be migrants at the border on Saturday.",
     "2021-05-29"),
    ("Officers arrested two would-be attackers near the stadium on Friday.", "2021-05-28"),
])
def test_hyphenated_modal_is_not_future(timex_pipe: Pipeline, text: str, day: str) -> None:
    ((_, doc, _),) = list(timex_pipe.docs([Article(text=text, published=PUB)]))
    assert [t.value for t in doc._.timexes] == [day]


def test_pub_is_a_tuesday() -> None:
    assert PUB == date(2021, 6, 1) and PUB.weekday() == 1


# --- class: "after"/"before" parsed as the complement verb's preposition
@pytest.mark.parametrize("text,verb,value", [
    ("Jets struck targets early on Monday, the spokesman said, two days after a militant "
     "attack killed seven soldiers.", "killed", "2021-05-29"),
    ("The army shelled the town on Sunday, officials said, a day after a roadside bomb "
     "wounded four soldiers.", "wounded", "2021-05-29"),
    ("Police raided the offices on Friday, the union said, three days after its leaders "
     "called a strike.", "called", "2021-05-25"),
])
def test_relation_complement_misparsed(timex_pipe: Pipeline, text: str, verb: str,
                                       value: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] == value


# --- class: the relation's main clause is an event dated in an earlier sentence
@pytest.mark.parametrize("text,verb,value", [
    ("Rebels seized the town on Friday. The raid came two days after the army withdrew "
     "from the area.", "withdrew", "2021-05-26"),
    ("Police arrested the editor on Saturday. The arrest came a day after the paper "
     "published a report on corruption.", "published", "2021-05-28"),
    ("Gunmen attacked a checkpoint on Sunday. The attack came hours after the governor "
     "visited the district.", "visited", "2021-05-30"),
])
def test_relation_to_event_dated_before(timex_pipe: Pipeline, text: str, verb: str,
                                        value: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] == value


def test_relation_main_clause_in_the_present_takes_no_earlier_date(
        timex_pipe: Pipeline) -> None:
    got = anchored(timex_pipe, "Rebels seized the town on Friday. Such raids often come two "
                   "days after the army withdraws.", ["withdraws"])
    assert got["withdraws"][0] is None


# --- the undated choice (learned model, full pipeline: PLOVER types known)
@pytest.fixture(scope="module")
def learned_pipe() -> Pipeline:
    from eventwire.settings import Settings

    return Pipeline(Settings(progress=False, heideltime=False, undated_events="learned"))


def _dates(pipe: Pipeline, text: str) -> dict[str, tuple[str | None, str]]:
    ((_, _doc, events),) = list(pipe.extract([Article(text=text, id="t", published=PUB)]))
    return {e.mention.trigger.text: (e.mention.time.value, e.mention.time.anchor)
            for e in events}


@pytest.mark.parametrize("text,trigger", [
    # class *undated reaction*: a statement with no day of its own is not dated
    ("Gunmen attacked a police post on Monday. The governor condemned the attack.",
     "condemned"),
    ("Troops shelled the village on Sunday. The rebels accused the army of war crimes.",
     "accused"),
    ("Police detained the editor on Saturday. The interior ministry rejected the "
     "criticism.", "rejected"),
])
def test_undated_reaction_stays_unknown(learned_pipe: Pipeline, text: str,
                                        trigger: str) -> None:
    assert _dates(learned_pipe, text)[trigger] == (None, "unknown")


def test_source_weights_balance_meantime_and_records() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "train_undated.py"
    spec = importlib.util.spec_from_file_location("train_undated", path)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    examples = [{"topic": "corpus_airbus"}] * 10 + [{"topic": "rec_d"}] * 30
    weights = tool._source_weights(examples)
    assert weights["meantime"] * 10 == pytest.approx(weights["records"] * 30)
    assert tool._source_weights([{"topic": "rec_e"}] * 5)["records"] == 1.0


@pytest.mark.parametrize("text,verb,value", [
    # a clause after the trigger, or on the trigger itself, keeps the old reading
    ("The navy said it arrested 23 pirates who threatened a tanker off Yemen on Saturday.",
     "arrested", "2021-05-29"),
    ("Officials said a meeting planned for next month would not go ahead.", "meeting",
     "2021-07"),
])
def test_object_or_own_clause_date_still_dates(timex_pipe: Pipeline, text: str, verb: str,
                                               value: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] == value


@pytest.mark.parametrize("text,trigger", [
    # class *undated bulletin*: a text with no date at all is the day's news
    ("Troops fired on a crowd outside the presidential palace.", "fired"),
    ("Rebels seized two oil wells in the east of the country.", "seized"),
    ("Hundreds of students marched in the capital.", "marched"),
    ("Army seizes oil wells\nRebel fighters attacked an army convoy near the border.",
     "attacked"),
])
def test_undated_bulletin_lead_is_the_days_news(learned_pipe: Pipeline, text: str,
                                                trigger: str) -> None:
    """The day's news is the publication day or, for wire copy that reports
    yesterday's events in the past tense, the day before (the shipped date
    ranker's ``pub_prev`` candidate, chosen by nested leave-one-set-out);
    never an older date, never unknown."""
    value, source = _dates(learned_pipe, text)[trigger]
    assert value in ("2021-06-01", "2021-05-31") and source == "publication"


@pytest.mark.parametrize("text,trigger", [
    # not the lead, or a text that gives a date of its own
    ("Rebels seized two oil wells on Friday. Troops fired on a crowd in the capital.",
     "fired"),
    ("The talks failed. Later, troops fired on a crowd in the capital.", "fired"),
])
def test_bulletin_rule_needs_an_undated_text_and_its_lead(learned_pipe: Pipeline, text: str,
                                                          trigger: str) -> None:
    assert _dates(learned_pipe, text)[trigger][1] != "publication"


# --- class: an attempt or the purpose of a dated past act takes the act's date
# (branch dates3; PUB is Tuesday 2021-06-01)
@pytest.mark.parametrize("text,verb,value", [
    ("Protesters marched on the ministry on Friday and tried to storm the building.", "storm",
     "2021-05-28"),
    ("The minister went on national radio on Wednesday to condemn the bombing.", "condemn",
     "2021-05-26"),
    ("On Sunday, hundreds of migrants rushed to cross the river.", "cross", "2021-05-30"),
    ("Riot police fired tear gas late on Thursday to disperse the crowd.", "disperse",
     "2021-05-27"),
])
def test_attempt_or_purpose_takes_the_acts_date(timex_pipe: Pipeline, text: str, verb: str,
                                                value: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] == value


# --- a plan, a promise or a demand is no attempt: its infinitive stays undated
@pytest.mark.parametrize("text,verb", [
    ("The rebels vowed on Monday to retake the town.", "retake"),
    ("The envoy urged both sides on Saturday to release their prisoners.", "release"),
    ("On Friday the union threatened to shut the port.", "shut"),
])
def test_plans_and_demands_are_no_attempt(timex_pipe: Pipeline, text: str, verb: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] is None


# --- class: a modal future takes no date of the statement that reports it
@pytest.mark.parametrize("text,verb", [
    ("His lawyers said on Thursday they would appeal the verdict.", "appeal"),
    ("The government said Monday it will not release the detainees.", "release"),
    ("\"We will never surrender,\" the commander told reporters on Saturday.", "surrender"),
    ("On Wednesday the mayor announced that the city would close three schools.", "close"),
])
def test_modal_future_takes_no_statement_date(timex_pipe: Pipeline, text: str,
                                              verb: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] is None


# --- ... but a date after the modal, in its own clause, is its own
@pytest.mark.parametrize("text,verb,value", [
    ("The alliance will send 400 more troops next month, its chief said.", "send", "2021-07"),
    ("Officials said the talks would resume on Thursday.", "resume", "2021-06-03"),
    ("The court will rule on the appeal in September.", "rule", "2021-09"),
])
def test_modal_future_keeps_its_own_date(timex_pipe: Pipeline, text: str, verb: str,
                                         value: str) -> None:
    assert anchored(timex_pipe, text, [verb])[verb][0] == value


# --- class (dates5): naming in a free relative has no time of its own
@pytest.mark.parametrize("text,naming,act", [
    ("Armoured cars surrounded parliament on Monday in what the speaker called a putsch.",
     "called", "surrounded"),
    ("Police charged on Friday at what they described as looters.", "described", "charged"),
    ("The army moved in on Sunday to crush what it termed an insurrection.", "termed",
     "moved"),
])
def test_naming_in_free_relative_is_undated(timex_pipe: Pipeline, text: str, naming: str,
                                            act: str) -> None:
    got = anchored(timex_pipe, text, [naming, act])
    assert got[naming][0] is None and got[naming][2] == "unknown"
    assert got[act][0] is not None


def test_naming_verb_without_free_relative_keeps_its_date(timex_pipe: Pipeline) -> None:
    got = anchored(timex_pipe, "The president called the opposition leader on Monday.",
                   ["called"])
    assert got["called"][0] == "2021-05-31"


# --- class *"has since" + verb* (dates24): an act after an earlier one, at no stated time
@pytest.mark.parametrize("text,verb", [
    ("Rebels seized the town in March. Three of their commanders have since been "
     "arrested.", "arrested"),
    ("The army said on Monday that its jets have since bombed several rebel positions.",
     "bombed"),
    ("The mayor was detained on Friday. A judge has since ordered his release.", "ordered"),
    ("Protesters occupied the square in May. The government has since banned all "
     "gatherings.", "banned"),
])
def test_perfect_since_is_unknown(timex_pipe: Pipeline, text: str, verb: str) -> None:
    """The fallback gives the publication day: only the class says unknown."""
    got = anchored(timex_pipe, text, [verb], undated="publication")
    assert got[verb][:1] == (None,)
    assert got[verb][2] == "unknown"


@pytest.mark.parametrize("text,verb,value", [
    # the verb's own date comes first
    ("Police have since arrested two men on Monday.", "arrested", "2021-05-31"),
    # "since" with its object is a start date, not the adverb
    ("He has been held since Saturday.", "held", "2021-05-29"),
])
def test_perfect_since_keeps_a_date_of_its_own(timex_pipe: Pipeline, text: str, verb: str,
                                               value: str) -> None:
    assert anchored(timex_pipe, text, [verb], undated="publication")[verb][0] == value


def test_since_without_the_perfect_is_not_the_class(timex_pipe: Pipeline) -> None:
    """"since" as a conjunction of cause ("since talks failed") dates nothing;
    the fallback stands."""
    got = anchored(timex_pipe, "Troops bombed the town, since talks failed.", ["bombed"],
                   undated="publication")
    assert got["bombed"][0] == PUB.isoformat()


def test_one_to_infinitive_test_for_time_and_factuality() -> None:
    """review32: the time stage had its own copy of the to-infinitive test
    (``_to_infinitive``); it asks the factuality stage's one helper, with
    the base-form tag of its own."""
    from eventwire.stages.factuality.clauses import to_infinitive
    from eventwire.stages.time import clauses

    assert not hasattr(clauses, "_to_infinitive")
    assert clauses.to_infinitive is to_infinitive


@pytest.mark.parametrize("text,word,host", [
    ("Hundreds of migrants tried to storm the fence on Monday.", "storm", "tried"),
    ("The minister went on radio to condemn the attack.", "condemn", "went"),
])
def test_an_attempt_host_of_an_infinitive(spacy_nlp, text: str, word: str,  # type: ignore[no-untyped-def]
                                          host: str) -> None:
    from eventwire.stages.time.clauses import attempt_host

    doc = spacy_nlp(text)
    found = attempt_host(next(t for t in doc if t.text == word))
    assert found is not None and found.text == host


# --- class: a set-off description after the act (dates27): its date is its own
@pytest.mark.parametrize("text,main_verb,clause_verb,value", [
    ("Students held a vigil in the main square, where a classmate was beaten by police on "
     "Friday.", "held", "beaten", "2021-05-28"),
    ("Thousands marched through the mining town in memory of a young driller, killed in a "
     "shaft collapse on Sunday.", "marched", "killed", "2021-05-30"),
    ("Commandos freed the crew of the trawler, who had been seized off the coast on Monday.",
     "freed", "seized", "2021-05-31"),
])
def test_set_off_description_after_the_act_keeps_its_date(timex_pipe: Pipeline, text: str,
                                                           main_verb: str, clause_verb: str,
                                                           value: str) -> None:
    got = anchored(timex_pipe, text, [main_verb, clause_verb])
    assert got[clause_verb][0] == value
    assert got[main_verb][0] is None


def test_restrictive_clause_after_the_act_still_dates_it(timex_pipe: Pipeline) -> None:
    # no comma: the parser may hang the sentence's date on the object's clause
    got = anchored(timex_pipe, "Marines detained nine smugglers who boarded a ferry on Sunday.",
                   ["detained"])
    assert got["detained"][0] == "2021-05-30"


# --- class: an act its own word marks as earlier (dates27): unknown, not the sentence's date
@pytest.mark.parametrize("text,word", [
    ("On Monday the coast guard said smugglers recently seized a fishing boat.", "seized"),
    ("The mayor, who was previously jailed for fraud, resigned on Friday.", "jailed"),
    ("The driver was on parole for a previous assault, police said on Sunday.", "assault"),
    ("Officials said on Monday the junta had already banned rallies in the capital.",
     "banned"),
])
def test_act_marked_as_earlier_is_unknown(timex_pipe: Pipeline, text: str, word: str) -> None:
    assert anchored(timex_pipe, text, [word], undated="publication")[word][0] is None


@pytest.mark.parametrize("text,word,value", [
    # its own date is read first
    ("The border had previously been closed in 2015.", "closed", "2015"),
    # the adverb on another verb does not mark this one
    ("A recently hired guard opened fire on Monday.", "opened", "2021-05-31"),
    # a verb in the present is a state of now, not an earlier act
    ("The ferry company already operates four boats on the lake.", "operates", "2021-06-01"),
])
def test_act_marked_as_earlier_keeps_its_own_date(timex_pipe: Pipeline, text: str, word: str,
                                                  value: str) -> None:
    assert anchored(timex_pipe, text, [word], undated="publication")[word][0] == value


# --- past_simple_tag: read by the attempt rule and the undated bulletin lead
@pytest.mark.parametrize("text,word,expected", [
    ("Farmers blocked the ring road before dawn.", "blocked", True),
    ("The ferry has docked at the northern pier.", "docked", False),
    ("Two lorries were stopped at the border post.", "stopped", False),
    ("The council will vote on the budget.", "vote", False)])
def test_past_simple_tag(spacy_nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.time.clauses import past_simple_tag
    assert past_simple_tag(next(t for t in spacy_nlp(text) if t.text == word)) is expected
