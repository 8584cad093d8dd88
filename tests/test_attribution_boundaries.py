"""Source and content boundaries (eventwire/stages/attribution/boundaries.py,
issue #12, branch speakers2): each class with several sentences written for
these tests, none taken from an evaluation batch."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline

Row = tuple[str | None, str | None, str, list[str]]


def quotes(pipe: Pipeline, text: str) -> list[Row]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, outlet="Wire",
                                             published=date(2021, 3, 2))]))
    out: list[Any] = [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None,
                       " | ".join(p.text for p in q.content_parts or [q.content]),
                       [r.text for r in q.relays]) for q in doc._.quotes]
    return out


def cues(pipe: Pipeline, text: str) -> list[str | None]:
    return [q[1] for q in quotes(pipe, text)]


@pytest.mark.parametrize("text", [
    "A senior diplomat, who asked not to be identified, said the summit had been cancelled.",
    "An aide who asked not to be named said the minister would resign.",
    "Two officials, who requested anonymity, said the strike had been approved.",
])
def test_anonymity_formula_is_no_attribution(quote_pipe: Pipeline, text: str) -> None:
    assert cues(quote_pipe, text) == ["said"]


@pytest.mark.parametrize("text", [
    "According to plan, the convoy left the base at dawn.",
    "According to schedule, the vote will take place on Thursday.",
    "According to tradition, the king opens the new parliament.",
])
def test_according_to_a_norm_names_no_source(quote_pipe: Pipeline, text: str) -> None:
    assert quotes(quote_pipe, text) == []


@pytest.mark.parametrize(("text", "outer", "inner"), [
    ("According to his lawyer, the detained journalist told guards he was innocent.",
     "his lawyer", "the detained journalist"),
    ("According to the mayor, the police chief promised that the road would reopen.",
     "the mayor", "the police chief"),
    ("According to two witnesses, the officer announced that nobody could leave.",
     "two witnesses", "the officer"),
])
def test_according_to_a_person_is_an_outer_source(quote_pipe: Pipeline, text: str, outer: str,
                                                  inner: str) -> None:
    found = quotes(quote_pipe, text)
    assert (outer, "According to") in [(q[0], q[1]) for q in found]
    assert [q[3] for q in found if q[0] == inner] == [[]]


def test_according_to_media_stays_a_relay(quote_pipe: Pipeline) -> None:
    found = quotes(quote_pipe, "According to state television, the minister said the border "
                               "would reopen.")
    assert [q[0] for q in found] == ["the minister"] and found[0][3] == ["state television"]


@pytest.mark.parametrize(("text", "content"), [
    ("The minister's insistence that the economy was recovering irritated economists.",
     "the economy was recovering"),
    ("The general's threat that troops would enter the city alarmed residents.",
     "troops would enter the city"),
    ("The company's admission that it had misled regulators cost the chief executive his job.",
     "it had misled regulators"),
])
def test_root_nominal_cue_stops_before_the_predicate(quote_pipe: Pipeline, text: str,
                                                     content: str) -> None:
    assert content in [q[2] for q in quotes(quote_pipe, text)]


@pytest.mark.parametrize(("text", "content"), [
    ("The opposition said on Monday the results had been falsified.",
     "the results had been falsified"),
    ("The ruling party said on Sunday it had expelled two members.",
     "it had expelled two members"),
    ("The army said on Friday that its troops had retaken the bridge.",
     "its troops had retaken the bridge"),
    ("The commerce ministry said in a statement it would take countermeasures.",
     "it would take countermeasures"),
    ("The rebel leader said in a video message his men would not disarm.",
     "his men would not disarm"),
    ("The ministry said in a letter its staff had been threatened.",
     "its staff had been threatened"),
    ("The president said in a televised speech the country would not surrender.",
     "the country would not surrender"),
])
def test_time_or_medium_of_the_speech_act_is_not_content(quote_pipe: Pipeline, text: str,
                                                content: str) -> None:
    assert [q[2] for q in quotes(quote_pipe, text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("“We are ready to talk,” the envoy said, “but not under threats.”",
     "We are ready to talk | but not under threats"),
    ("“This was a massacre,” said a witness, “and the world watched.”",
     "This was a massacre | and the world watched"),
    ("“If the talks fail,” the president warned, “there will be consequences.”",
     "If the talks fail | there will be consequences"),
])
def test_quotation_interrupted_by_its_cue(quote_pipe: Pipeline, text: str, content: str) -> None:
    assert [q[2] for q in quotes(quote_pipe, text)] == [content]


def test_second_quotation_opening_a_new_sentence_is_not_a_part(quote_pipe: Pipeline) -> None:
    found = quotes(quote_pipe, "“We are ready,” the envoy said. “The rest is up to them.”")
    assert found[0][2] == "We are ready"


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Police say two killed in market blast\n\nTwo people were killed.", "Police",
     "two killed in market blast"),
    ("Surveys show support for the treaty falling below half.", "Surveys",
     "support for the treaty falling below half"),
    ("A new poll shows the governor trailing in every region.", "A new poll",
     "the governor trailing in every region"),
])
def test_participle_small_clause(quote_pipe: Pipeline, text: str, speaker: str,
                                 content: str) -> None:
    assert (speaker, content) in [(q[0], q[2]) for q in quotes(quote_pipe, text)]


def test_broadcast_footage_is_no_finding(quote_pipe: Pipeline) -> None:
    assert quotes(quote_pipe, "State media showed pictures of soldiers entering the town.") == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Opposition leader: election results were falsified\n\nThe vote was held on Sunday.",
     "Opposition leader", "election results were falsified"),
    ("Russia: we will respond to any attack\n\nThe warning came on Monday.", "Russia",
     "we will respond to any attack"),
    ("Minister of Finance: the budget is balanced\n\nThe budget was published on Friday.",
     "Minister of Finance", "the budget is balanced"),
    ("UN envoy: talks to resume in Geneva\n\nTalks will resume next week.", "UN envoy",
     "talks to resume in Geneva"),
])
def test_headline_colon(quote_pipe: Pipeline, text: str, speaker: str, content: str) -> None:
    assert (speaker, None, content, []) in quotes(quote_pipe, text)


@pytest.mark.parametrize("text", [
    "Exclusive: army planned coup months in advance\n\nThe plan was drawn up in March.",
    "Analysis: why the talks failed\n\nThe talks failed in March.",
    "The vote: what happens next.\n\nThe vote is on Monday.",
    "Georgia: police crack down on protest\n\nPolice fired tear gas.",
    "Capitol riot: senators demand inquiry\n\nThe inquiry opens on Monday.",
])
def test_headline_rubric_is_no_speaker(quote_pipe: Pipeline, text: str) -> None:
    assert all(q[1] is not None for q in quotes(quote_pipe, text))


@pytest.mark.parametrize(("text", "found"), [
    ("Economists expect that growth will slow sharply next year.", True),
    ("The ministry expects that the new rules will take effect in June.", True),
    ("Analysts expect the central bank to cut rates.", False),
    ("The team expects a tough game on Sunday.", False),
])
def test_expectation_needs_a_finite_clause(quote_pipe: Pipeline, text: str, found: bool) -> None:
    assert bool(quotes(quote_pipe, text)) is found


@pytest.mark.parametrize(("text", "cue"), [
    ("The governor hopes to finish the bridge by autumn.", "hopes"),
    ("The mayor hopes the rain stops.", "hopes"),
    ("The rebels counter that the army broke the truce first.", "counter"),
    ("Officials recognise that the plan has failed.", "recognise"),
])
def test_cue_verbs_and_lemma_slips(quote_pipe: Pipeline, text: str, cue: str) -> None:
    assert cues(quote_pipe, text) == [cue]


# --- class: a semicolon closes a statement (branch attrib3)
@pytest.mark.parametrize("text,content", [
    ("Farmers blocked the motorway for an hour; police said the blockade was lawful.",
     "the blockade was lawful"),
    ("The talks ended without a deal; both delegations said they would meet again.",
     "they would meet again"),
    ("Prices rose sharply in March; the central bank warned that inflation would stay high.",
     "inflation would stay high"),
])
def test_semicolon_closes_a_statement(quote_pipe: Pipeline, text: str, content: str) -> None:
    assert [q[2] for q in quotes(quote_pipe, text)] == [content]


@pytest.mark.parametrize("text", [
    "Fans clashed outside the stadium; stewards responded with pepper spray.",
    "Rebels stormed the base before dawn; the army replied with air strikes.",
    "Thousands queued for bread; officials answered with new ration cards.",
])
def test_cue_across_a_semicolon_reports_nothing(quote_pipe: Pipeline, text: str) -> None:
    assert quotes(quote_pipe, text) == []


# --- class: a closing cue parsed as a conjunct of the reported verb (branch attrib3)
@pytest.mark.parametrize("text,speaker,content", [
    ("The bank believes inflation has peaked, its chief economist said on Monday.",
     "its chief economist", "The bank believes inflation has peaked"),
    ("The ministry thinks the dam will hold, an engineer said.", "an engineer",
     "The ministry thinks the dam will hold"),
    ("Investors fear the currency will fall further, analysts said.", "analysts",
     "Investors fear the currency will fall further"),
])
def test_closing_cue_over_a_belief(quote_pipe: Pipeline, text: str, speaker: str,
                                   content: str) -> None:
    assert (speaker, "said", content) in [q[:3] for q in quotes(quote_pipe, text)]


# --- class: a closing cue parsed under the content's verb, after a long clause
# (branch speakers7): coordinated verbs, an adverbial aside, a relative clause,
# "told" with its addressee; content = everything before the cue's comma
@pytest.mark.parametrize("text,speaker,cue,content", [
    ("Rebels shelled the airport overnight and cut the road to the port, two residents said "
     "on Tuesday.", "two residents", "said",
     "Rebels shelled the airport overnight and cut the road to the port"),
    ("The governor signed the decree on Friday, a week after the floods began, her office "
     "said.", "her office", "said",
     "The governor signed the decree on Friday, a week after the floods began"),
    ("Troops opened fire on the crowd outside the stadium, which had been sealed off since "
     "dawn, a local journalist told reporters.", "a local journalist", "told",
     "Troops opened fire on the crowd outside the stadium, which had been sealed off since "
     "dawn"),
    ("Protesters blocked the main highway into the capital, hours after the vote was annulled, "
     "police said in a statement.", "police", "said",
     "Protesters blocked the main highway into the capital, hours after the vote was annulled"),
    ("The minister met the striking doctors on Monday, and the two sides agreed to resume "
     "talks next week, the health ministry wrote on its website.", "the health ministry",
     "wrote", "The minister met the striking doctors on Monday, and the two sides agreed to "
     "resume talks next week"),
])
def test_closing_cue_after_a_long_clause(quote_pipe: Pipeline, text: str, speaker: str,
                                         cue: str, content: str) -> None:
    assert (speaker, cue, content) in [q[:3] for q in quotes(quote_pipe, text)]


# --- class: a closing cue after two clauses joined by "and"/"but" (branch speakers7)
@pytest.mark.parametrize("text,speaker,cue,content", [
    ("The convoy was stopped at a checkpoint near the border, and the drivers were detained "
     "for several hours, an aid worker told the Associated Press.", "an aid worker", "told",
     "The convoy was stopped at a checkpoint near the border, and the drivers were detained "
     "for several hours"),
    ("Guards fired warning shots into the air, but the crowd did not leave the square, "
     "residents said.", "residents", "said",
     "Guards fired warning shots into the air, but the crowd did not leave the square"),
    ("The ferry left the harbour late, and two passengers were missing on arrival, the coast "
     "guard said.", "the coast guard", "said",
     "The ferry left the harbour late, and two passengers were missing on arrival"),
])
def test_closing_cue_after_coordinated_clauses(quote_pipe: Pipeline, text: str, speaker: str,
                                               cue: str, content: str) -> None:
    assert (speaker, cue, content) in [q[:3] for q in quotes(quote_pipe, text)]


def test_subordinated_cue_is_not_a_closing_cue(quote_pipe: Pipeline) -> None:
    text = "The army retook the town after a week of fighting, as officials said the toll rose."
    assert [q[:3] for q in quotes(quote_pipe, text)] == [
        ("officials", "said", "the toll rose")]


# --- class: a medium's report of a statement holds it (both are attributions)
@pytest.mark.parametrize("text,medium,inner", [
    ("The Financial Times reported that two bankers had told regulators the fund was "
     "insolvent.", "The Financial Times", "two bankers"),
    ("Local media reported that the governor had said the bridge was unsafe.", "Local media",
     "the governor"),
    ("State television reported that the minister had warned that prices would rise.",
     "State television", "the minister"),
])
def test_report_of_a_statement(quote_pipe: Pipeline, text: str, medium: str,
                               inner: str) -> None:
    rows = quotes(quote_pipe, text)
    assert any(r[0] == medium and r[1] == "reported" for r in rows)
    assert any(r[0] == inner and r[3] == [medium] for r in rows)


# --- class: a dateline with a country or region before the agency (marks.py)
@pytest.mark.parametrize("text,speaker", [
    ("NAIROBI, Kenya (AP) — Kenya's interior minister accused the gangs of burning a police "
     "post.", "Kenya's interior minister"),
    ("LIMA, Peru (AP) - Protest leaders warned that the roadblocks would stay.",
     "Protest leaders"),
    ("BUKAVU, Democratic Republic of Congo, March 3 (AFP) - Local officials said the market "
     "had reopened.", "Local officials"),
])
def test_dateline_with_region_is_no_speaker(quote_pipe: Pipeline, text: str,
                                            speaker: str) -> None:
    assert quotes(quote_pipe, text)[0][0] == speaker


# --- class: a denial of a claim or a role has the object as content
@pytest.mark.parametrize("text,content", [
    ("The airline denied the reports on Tuesday.", "the reports"),
    ("Both contractors deny any responsibility for the delays.",
     "any responsibility for the delays"),
    ("The militia denies involvement in the kidnapping.", "involvement in the kidnapping"),
])
def test_denial_of_a_claim(quote_pipe: Pipeline, text: str, content: str) -> None:
    assert [q[2] for q in quotes(quote_pipe, text)] == [content]


def test_denial_as_refusal_is_no_statement(quote_pipe: Pipeline) -> None:
    assert quotes(quote_pipe, "The guards denied them entry to the building.") == []


# --- class: a focus adverb before the complementiser modifies the saying
@pytest.mark.parametrize("text,content", [
    ("The palace said only that the king was resting.", "the king was resting"),
    ("The spokesman added merely that the review was under way.", "the review was under way"),
    ("The court said simply that the appeal had been filed too late.",
     "the appeal had been filed too late"),
])
def test_focus_adverb_is_not_content(quote_pipe: Pipeline, text: str, content: str) -> None:
    assert quotes(quote_pipe, text)[0][2] == content


# --- class: a that-clause read as a relative clause of the addressee (branch attrib3)
@pytest.mark.parametrize("text,content", [
    ("Jaishankar told his counterpart in a phone call on Wednesday that the clash had been "
     "planned by China.", "the clash had been planned by China"),
    ("The envoy told the council in a closed session that the ceasefire had been broken "
     "twice.", "the ceasefire had been broken twice"),
    ("The coach told his players before the match that the title was within reach.",
     "the title was within reach"),
])
def test_that_clause_read_as_relative(quote_pipe: Pipeline, text: str, content: str) -> None:
    assert content in [q[2] for q in quotes(quote_pipe, text)]


def test_true_relative_of_the_addressee_is_no_content(quote_pipe: Pipeline) -> None:
    text = "The minister told the committee that oversees the budget to wait."
    assert "oversees the budget" not in " ".join(q[2] for q in quotes(quote_pipe, text))


def _cue_lemmas_unmemoised(word: str, lemma: str) -> set[str]:
    """``cue_lemmas`` as it was before it was memoised."""
    found = {lemma.lower(), word}
    for suffix, repl in (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"),
                         ("ed", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            found.add(word[: -len(suffix)] + repl)
    return found


@pytest.mark.parametrize("text", [
    "She hopes the talks will resume, officials said on Tuesday.",
    "The minister denied the reports and insisted that the deal was signed.",
    "Witnesses, hoping for calm, told reporters they believed the army had withdrawn.",
])
def test_memoised_cue_forms_equal_the_computed_ones(spacy_nlp: Any, text: str) -> None:
    from eventwire.stages.attribution.boundaries import cue_lemmas

    for tok in spacy_nlp(text):
        assert cue_lemmas(tok) == _cue_lemmas_unmemoised(tok.lower_, tok.lemma_)


# --- class: spaced quotation marks of tokenised copy, "“ … ”" (speakers8)
@pytest.mark.parametrize("text,content", [
    ("“ She came back with a gun, ” says Detective Ray Miller, “ and she shot the two "
     "managers. ”", "She came back with a gun | and she shot the two managers"),
    ("“ We will not leave, ” the union leader said, “ until the factory reopens. ”",
     "We will not leave | until the factory reopens"),
    ("“ The water rose in minutes, ” one farmer told reporters, “ and the cattle drowned. ”",
     "The water rose in minutes | and the cattle drowned"),
])
def test_spaced_marks_split_quotation(quote_pipe: Pipeline, text: str, content: str) -> None:
    assert quotes(quote_pipe, text)[0][2] == content
