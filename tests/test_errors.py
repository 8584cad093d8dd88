import re

from eventwire.errors import ErrorCode, Errors, EventwireError


def all_codes() -> list[ErrorCode]:
    return [v for v in vars(Errors).values() if isinstance(v, ErrorCode)]


def test_codes_are_unique_and_well_formed() -> None:
    codes = [e.code for e in all_codes()]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"EW\d{3}", c) for c in codes)


def test_every_message_says_what_to_do() -> None:
    # A message is more than a name: it has at least two sentences or a remedy.
    for e in all_codes():
        assert len(e.template) > 30, e.code


def test_message_formatting() -> None:
    exc = EventwireError(Errors.E105, source="x.jsonl", line=3, detail="Expecting value")
    assert exc.code == "EW105"
    assert "x.jsonl line 3" in str(exc)
    assert str(exc).startswith("EW105 ")


def test_missing_field_is_reported_not_raised() -> None:
    exc = EventwireError(Errors.E105, source="x")
    assert "missing field" in exc.message
