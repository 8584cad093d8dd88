"""The fast YAML loader builds the same values as ``yaml.safe_load``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

from eventwire.datafiles import (
    load_yaml,
    preload_word_lists,
    word_list_loader,
    word_list_of,
    word_lists,
)
from eventwire.paths import DATA_DIR

BUNDLED = sorted(DATA_DIR.rglob("*.yaml"))


def test_bundled_files_found() -> None:
    assert len(BUNDLED) >= 5


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(DATA_DIR)))
def test_same_values_as_safe_load(path) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_stream_and_scalars() -> None:
    text = "a: [1, 2.5, yes, null, '007', 2020-01-02]\nb: {c: ’quoted’}\n"
    assert load_yaml(io.StringIO(text)) == yaml.safe_load(text)


def test_unsafe_tags_refused() -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']")


def test_word_lists_lower_cases_the_lists_it_is_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("verbs: [Ban, close]\nnouns: [curfew]\nmap: {break: out}\n", encoding="utf-8")
    assert word_lists(path, ("verbs", "absent")) == {"verbs": frozenset({"ban", "close"}),
                                                     "absent": frozenset()}
    assert word_lists(path) == {"verbs": frozenset({"ban", "close"}),
                                "nouns": frozenset({"curfew"})}


def test_word_list_loader_reads_the_file_once(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("verbs: [Halt, Stop]\nnouns: [Truce]\n", encoding="utf-8")
    words = word_list_loader(path)
    first = words()
    path.write_text("verbs: [other]\n", encoding="utf-8")
    assert words() is first
    assert first == {"verbs": frozenset({"halt", "stop"}), "nouns": frozenset({"truce"})}


def test_word_list_loader_keys_and_one_list(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("verbs: [Seize]\nnouns: [Raid, Siege]\n", encoding="utf-8")
    assert word_list_loader(path, iter(["nouns", "none"]))() == {
        "nouns": frozenset({"raid", "siege"}), "none": frozenset()}
    assert word_list_of(path, "verbs")() == frozenset({"seize"})


def test_preload_reads_every_bundled_list_and_no_other_file(tmp_path: Path) -> None:
    bundled = word_list_loader(DATA_DIR / "events" / "detection.yaml")
    path = tmp_path / "words.yaml"
    path.write_text("verbs: [Halt]\n", encoding="utf-8")
    own = word_list_loader(path)
    path.unlink()  # a caller's own file: the preload must not read it (it would raise)
    assert bundled.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert preload_word_lists() >= 1
    assert bundled.cache_info().currsize == 1  # type: ignore[attr-defined]
    assert own.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert "send" in bundled()["sending_verbs"]


def test_parsed_file_reads_a_file_once(tmp_path: Path) -> None:
    """Two readers of one file (the lexicon and the non-event word classes
    of ``curated.yaml``) share one parse; ``word_lists`` reads through it."""
    from eventwire.datafiles import parsed_file

    path = tmp_path / "shared.yaml"
    path.write_text("verbs: [Storm]\nmap: {raid: police}\n", encoding="utf-8")
    first = parsed_file(path)
    path.write_text("verbs: [changed]\n", encoding="utf-8")
    assert parsed_file(path) is first
    assert first == {"verbs": ["Storm"], "map": {"raid": "police"}}
    assert word_lists(path) == {"verbs": frozenset({"storm"})}


def test_setting_model_rules_learned_or_a_coded_error(tmp_path: Path) -> None:
    """The model a ``*_model`` setting asks for (the mode and type choosers)."""
    from eventwire.datafiles import setting_model
    from eventwire.errors import Errors, EventwireError

    path = tmp_path / "ranker.json"
    assert setting_model("rules", lambda: "weights", Errors.E208, path) is None
    assert setting_model("learned", lambda: "weights", Errors.E208, path) == "weights"
    with pytest.raises(EventwireError) as err:
        setting_model("learned", lambda: None, Errors.E210, path)
    assert "EW210" in str(err.value) and "ranker.json" in str(err.value)
    with pytest.raises(EventwireError, match="EW208"):
        setting_model("neural", lambda: "weights", Errors.E208, path)


def _booleans(value: object, where: str) -> list[str]:
    """Paths of the booleans inside a loaded YAML value (keys too)."""
    if isinstance(value, bool):
        return [where]
    if isinstance(value, dict):
        keys = [f"{where}/key {k}" for k in value if isinstance(k, bool)]
        return keys + [hit for k, v in value.items() for hit in _booleans(v, f"{where}/{k}")]
    if isinstance(value, list):
        return [hit for i, v in enumerate(value) for hit in _booleans(v, f"{where}/{i}")]
    return []


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(DATA_DIR)))
def test_no_word_turns_into_a_boolean(path) -> None:  # type: ignore[no-untyped-def]
    """YAML 1.1 reads bare on/off/yes/no as booleans: the preposition "on" in
    a list, or the particle of "kick: off", silently became True/False and
    never matched a word (review60). Word lists quote such words; no bundled
    data file holds a boolean at all."""
    assert _booleans(load_yaml(path.read_text(encoding="utf-8")), path.name) == []


def test_the_boolean_check_catches_bare_on_and_off() -> None:
    loaded = load_yaml("preps: [in, on]\nparticles: {kick: off}\n")
    assert _booleans(loaded, "x") == ["x/preps/1", "x/particles/kick"]
