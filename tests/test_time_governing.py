"""Which date expression governs a trigger (eventwire/stages/time/governing.py),
called directly on parsed sentences; the charge's crime is in
tests/test_time_charged_crime.py. Every sentence was written for these tests
(PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

import pytest

from eventwire.models import Timex
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.governing import (
    end_point,
    governing,
    hosts,
    in_content,
    is_dated,
    modifies_other_noun,
    near,
    timex_head,
    trailing_conjunct_date,
)
from tests.time_support import parsed_at


@pytest.mark.parametrize("text,word,value", [
    ("Police stressed on Thursday that the truce holds.", "stressed", "2021-05-27"),
    ("Washington's January 3 assassination shocked the region.", "assassination",
     "2021-01-03"),
    ("The army seized power in a 2014 coup.", "seized", "2014"),  # the coup is the occasion
    ("Aid reached the town on Monday.", "Aid", "2021-05-31"),  # through its clause
])
def test_governing_date(timex_pipe: Pipeline, text: str, word: str, value: str) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    found = governing(doc, tok, list(doc._.timexes))
    assert found is not None and found.value == value


@pytest.mark.parametrize("text,word", [
    ("The new law replaces the 2015 agreement.", "replaces"),  # another noun's date
    ("The general warned that forces would leave before the end of the year.", "warned"),
    ("On Monday, soldiers stormed the building and arrested ten men.", "arrested"),
])
def test_no_governing_date(timex_pipe: Pipeline, text: str, word: str) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    assert doc._.timexes
    assert governing(doc, tok, list(doc._.timexes)) is None


@pytest.mark.parametrize("text,word,expected", [
    ("Aid reached the town on Monday.", "Aid", ["Aid", "reached"]),
    ("Washington's January 3 assassination shocked the region.", "assassination",
     ["assassination", "shocked"]),
    ("Soldiers stormed the building on Monday.", "stormed", ["stormed"]),
])
def test_hosts(timex_pipe: Pipeline, text: str, word: str, expected: list[str]) -> None:
    assert [h.text for h in hosts(parsed_at(timex_pipe, text, word)[1])] == expected


@pytest.mark.parametrize("text,word,expected", [
    ("The new law replaces the 2015 agreement.", "replaces", True),
    ("The militia rejected the 2016 peace deal.", "rejected", True),
    ("The army seized power in a 2014 coup.", "seized", False),
])
def test_modifies_other_noun(timex_pipe: Pipeline, text: str, word: str,
                             expected: bool) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    head = timex_head(doc, doc._.timexes[0])
    assert head is not None and modifies_other_noun(head, tok) is expected


@pytest.mark.parametrize("text,word,expected", [
    ("The general warned that forces would leave before the end of the year.", "warned",
     True),
    ("The minister said talks would resume next month.", "said", True),
    ("Police stressed on Thursday that the truce holds.", "stressed", False),
])
def test_in_content(timex_pipe: Pipeline, text: str, word: str, expected: bool) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    head = timex_head(doc, doc._.timexes[0])
    assert head is not None and in_content(head, tok) is expected


@pytest.mark.parametrize("kind,value,rule,expected", [
    ("DATE", "2021-05-31", "weekday", True),
    ("TIME", "2021-05-31TEV", "weekday", True),
    ("DATE", "XXXX-01-03", "month-day", True),
    ("DURATION", "P3D", "duration", False),
    ("DATE", "PRESENT_REF", "ref", False),
    ("DATE", "2021-05-31", "dateline", False),  # when the story was filed
])
def test_is_dated(kind: str, value: str, rule: str, expected: bool) -> None:
    assert is_dated(Timex(0, 1, "x", kind, value, rule=rule)) is expected


@pytest.mark.parametrize("text,word", [
    ("The ministry has shut the border crossings until July 4.", "shut"),
    ("The governor banned all marches until the end of June.", "banned"),
    ("The rebels would halt their attacks till Friday.", "halt"),
    ("The union demanded that the wages be paid by Monday.", "demanded"),
    ("The army must disarm the militias by the end of the year.", "disarm"),
])
def test_an_end_date_or_deadline_governs_nothing(timex_pipe: Pipeline, text: str,
                                                 word: str) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    assert governing(doc, tok, list(doc._.timexes)) is None
    assert all(end_point(h) for h in (timex_head(doc, t) for t in doc._.timexes)
               if h is not None)


@pytest.mark.parametrize("text,word,value", [
    # a negated "until" is the act's own time
    ("It was not until 2019 that the court acquitted him.", "acquitted", "2019"),
    ("The envoy did not arrive until Sunday.", "arrive", "2021-05-30"),
    # "through" spans the act
    ("Gunmen shelled the market through Saturday night.", "shelled", "2021-05-29"),
])
def test_a_negated_until_or_a_span_still_dates(timex_pipe: Pipeline, text: str, word: str,
                                               value: str) -> None:
    doc, tok = parsed_at(timex_pipe, text, word)
    heads = [timex_head(doc, t) for t in doc._.timexes]
    assert not any(end_point(h) for h in heads if h is not None)
    assert any(t.value.startswith(value) for t in doc._.timexes)


def _trailing(pipe: Pipeline, text: str, word: str) -> tuple[bool, bool, str | None]:
    """(near, trailing_conjunct_date, governing value) for the sentence's last date."""
    doc, tok = parsed_at(pipe, text, word)
    timexes = list(doc._.timexes)
    head = timex_head(doc, timexes[-1])
    assert head is not None
    found = governing(doc, tok, timexes)
    return near(head, tok), trailing_conjunct_date(head, tok), (
        found.value if found is not None else None)


@pytest.mark.parametrize("text,word,value", [
    ("Masked men fired into the air, forced the passengers off the coach and burned the "
     "bus near the northern border crossing before dawn on Sunday, police said.",
     "fired", "2021-05-30"),
    ("Customs officers arrested nine street traders and destroyed their wooden stalls and "
     "carts at the crowded central market of the old town on Friday evening.",
     "arrested", "2021-05-28"),
    ("The authorities shut down the mobile network across the region and deployed several "
     "thousand soldiers in the two restive northern provinces on Saturday.",
     "shut", "2021-05-29"),
])
def test_a_trailing_date_dates_every_coordinated_past_act(
        timex_pipe: Pipeline, text: str, word: str, value: str) -> None:
    """Class *a date shared by coordinated past acts* (dates35): beyond the
    twelve tokens of :func:`near`, the date closing the run still dates its
    first act."""
    is_near, trailing, found = _trailing(timex_pipe, text, word)
    assert not is_near and trailing
    assert found is not None and found.startswith(value)


@pytest.mark.parametrize("text,word", [
    # the later conjunct has its own subject: another actor's act
    ("Gunmen killed two guards at the gate of the old provincial customs depot, and police "
     "detained three suspects in a nearby village on Sunday.", "killed"),
    # the later conjunct is a modal: a plan, not the same episode
    ("The activists were detained at the harbour of the island's main fishing town and "
     "would be flown back to the capital on Friday.", "detained"),
    # a statement as the trigger (the guide's rule 1)
    ("The minister called the raid an outrage against the entire nation and spoke to the "
     "families of the two victims by phone on Sunday.", "called"),
    # a day set ahead
    ("The dockers staged a brief walkout at the container port of the northern city and "
     "set a general strike for Friday.", "staged"),
])
def test_no_shared_date_for_other_runs(timex_pipe: Pipeline, text: str, word: str) -> None:
    _, trailing, _ = _trailing(timex_pipe, text, word)
    assert not trailing


@pytest.mark.parametrize("text,word", [
    ("Police detained the two journalists at the crowded international airport in the "
     "capital and then released them without any charge on Sunday.", "detained"),
    ("The rebels looted the warehouses of the aid agency in the eastern town for several "
     "days and later set fire to the main depot on Thursday.", "looted"),
    ("Border guards stopped the fishing boat far off the southern coast of the island and "
     "subsequently seized its entire catch on Monday.", "stopped"),
])
def test_a_later_step_keeps_its_date(timex_pipe: Pipeline, text: str, word: str) -> None:
    """review82: "and then / later / subsequently" marks the dated conjunct
    as a later step of the sequence, so its date is not the first act's."""
    _, trailing, _ = _trailing(timex_pipe, text, word)
    assert not trailing
