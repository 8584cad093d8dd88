from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.settings import Settings, load_settings


def test_defaults() -> None:
    s = load_settings(env={})
    assert s == Settings()
    assert s.store_url == "sqlite:///eventwire.db"


def test_precedence_file_env_flags(tmp_path: Path) -> None:
    cfg = tmp_path / "ew.toml"
    cfg.write_text('[eventwire]\nbatch_size = 8\nstore_url = "sqlite:///a.db"\n')
    s = load_settings(cfg, env={"EVENTWIRE_BATCH_SIZE": "16"})
    assert s.batch_size == 16 and s.store_url == "sqlite:///a.db"
    s = load_settings(cfg, env={"EVENTWIRE_BATCH_SIZE": "16"}, batch_size=4)
    assert s.batch_size == 4


def test_bool_and_none_flags() -> None:
    s = load_settings(env={"EVENTWIRE_PROGRESS": "false"}, progress=None)
    assert s.progress is False


def test_bad_values_are_coded(tmp_path: Path) -> None:
    with pytest.raises(EventwireError) as exc:
        load_settings(env={"EVENTWIRE_BATCH_SIZE": "lots"})
    assert exc.value.code == "EW601"
    cfg = tmp_path / "ew.toml"
    cfg.write_text("[eventwire]\nnot_a_setting = 1\n")
    with pytest.raises(EventwireError) as exc:
        load_settings(cfg, env={})
    assert "unknown setting" in exc.value.message
