"""Speech acts a reporter relays (eventwire/stages/attribution/reporters.py),
on the full pipeline. Every sentence was written for these tests (not taken
from any record set or shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_attribution_chains import chains


# --- class: a reporter that "reported" relays a speech act, whatever its name
@pytest.mark.parametrize("text,trigger,relay", [
    ("The militia condemned the agreement and threatened to attack foreign troops, "
     "the SITE Intelligence Group reported.", "threatened", "the SITE Intelligence Group"),
    ("The defence ministry condemned the raid and vowed to respond, SANA reported.",
     "condemned", "SANA"),
    ("The rebel command warned civilians to leave the port, the monitoring group Airwars "
     "reported.", "warned", "the monitoring group Airwars"),
])
def test_reported_speech_act_is_relayed(full_pipeline: Any, text: str, trigger: str,
                                        relay: str) -> None:
    links = chains(full_pipeline, text)[trigger]
    assert "speaker" not in links
    assert links["relay"] == [relay]


# --- class: a speech act told in a participle after the reported act
@pytest.mark.parametrize("text,relay", [
    ("The junta expelled the French ambassador on Monday, accusing him of meddling in "
     "domestic affairs, state radio reported.", "state radio"),
    ("Rebels shelled the airport overnight, accusing the army of hiding weapons there, "
     "the Amaq news agency reported.", "the Amaq news agency"),
    ("The interior ministry banned the rally, accusing organisers of planning violence, "
     "the official IRNA news agency reported.", "the official IRNA news agency"),
])
def test_participle_speech_act_is_relayed(full_pipeline: Any, text: str, relay: str) -> None:
    links = chains(full_pipeline, text)["accusing"]
    assert "speaker" not in links
    assert links["relay"] == [relay]


# --- class: a datelined lead (the parser may take the dateline for a subject)
@pytest.mark.parametrize("text,trigger,relay", [
    ("HARARE, June 2 (Reuters) - The ruling party expelled two senior members on Friday, "
     "accusing them of plotting against the leadership, state radio reported.", "accusing",
     "state radio"),
    ("LIMA, Jan 9 (EFE) - Peru's government recalled its envoy from Caracas, accusing "
     "Venezuela of harbouring fugitives, the official Andina agency reported.", "accusing",
     "the official Andina agency"),
    ("KABUL, May 3 (AFP) - The Taliban administration condemned the air strike in Khost "
     "province on Sunday, the Pajhwok news agency reported.", "condemned",
     "the Pajhwok news agency"),
])
def test_datelined_lead_is_relayed(full_pipeline: Any, text: str, trigger: str,
                                   relay: str) -> None:
    links = chains(full_pipeline, text)[trigger]
    assert "speaker" not in links
    assert links["relay"] == [relay]


# --- controls: a body's own statement keeps its speaker; a material act
# and a negated speech act keep the reporter as speaker
@pytest.mark.parametrize("text,trigger,speaker", [
    ("The envoy urged both sides to show restraint, his spokesman said.", "urged",
     "his spokesman"),
    ("The council suspended the broadcaster, accusing it of spreading lies, the foreign "
     "ministry said.", "accusing", "the foreign ministry"),
    ("Gunmen killed four villagers near the border, the Kenya News Agency reported.",
     "killed", "the Kenya News Agency"),
    ("The party did not condemn the raid, the Dawn newspaper reported.", "condemn",
     "the Dawn newspaper"),
])
def test_reporter_stays_speaker(full_pipeline: Any, text: str, trigger: str,
                                speaker: str) -> None:
    assert chains(full_pipeline, text)[trigger]["speaker"] == [speaker]


# --- review63: the act a datelined lead's speech act names is its subject's,
# never the dateline's the parser took for a subject
@pytest.mark.parametrize("text,trigger,speaker", [
    ("KABUL, May 3 (AFP) - The Taliban administration condemned the air strike in "
     "Khost province on Sunday, the Pajhwok news agency reported.", "air strike",
     "The Taliban administration"),
    ("DAKAR, March 4 - The army condemned the ambush near the border, the ministry "
     "reported.", "ambush", "The army"),
    ("TUNIS, Sept 9 - The labour union denounced the detention of two organisers, the "
     "TAP agency reported.", "detention", "The labour union"),
])
def test_datelined_lead_named_act_is_the_subjects(full_pipeline: Any, text: str,
                                                  trigger: str, speaker: str) -> None:
    assert chains(full_pipeline, text)[trigger]["speaker"] == [speaker]


# --- review63: "reported" before its clause or "reported to" someone is a
# body's own statement or a complaint, not a reporter carrying news
@pytest.mark.parametrize("text,trigger,speaker", [
    ("The woman reported to police that her husband had threatened her.", "threatened",
     "The woman"),
    ("Police reported that protesters had threatened officers outside the court.",
     "threatened", "Police"),
    ("Two shopkeepers reported to the mayor that militiamen had warned them to close.",
     "warned", "Two shopkeepers"),
])
def test_report_before_or_to_keeps_speaker(full_pipeline: Any, text: str, trigger: str,
                                           speaker: str) -> None:
    links = chains(full_pipeline, text)[trigger]
    assert links["speaker"] == [speaker]
    assert "relay" not in links



# --- review63: a reporter that is the act's own subject keeps its statement
@pytest.mark.parametrize("text,trigger", [
    ("The interior ministry expelled two aid workers, accusing them of spying, the "
     "ministry reported.", "accusing"),
    ("The rebels condemned the strike on the market, they reported on their website.",
     "condemned"),
    ("The transport union warned travellers of a week of strikes, the union reported "
     "on Sunday.", "warned"),
])
def test_reporter_that_is_the_actor_stays_speaker(full_pipeline: Any, text: str,
                                                  trigger: str) -> None:
    links = chains(full_pipeline, text)[trigger]
    assert "speaker" in links
    assert "relay" not in links
