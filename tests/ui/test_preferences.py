"""Preferences come back with their type, whatever was stored, and every one is declared."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from bibliomobile.ui import preferences as prefs
from bibliomobile.ui.preferences import Preferences


def test_values_come_back_typed_after_a_restart(tmp_path: Path) -> None:
    path = str(tmp_path / "settings.ini")
    first = Preferences(QSettings(path, QSettings.Format.IniFormat))
    first.set(prefs.SPEED_KMH, 32.5)
    first.set(prefs.SERVICE_MINUTES, 25)
    first.set(prefs.TIMETABLE_CONTACT, "Médiathèque – 04 73 00 00 00")
    first.settings.sync()
    again = Preferences(QSettings(path, QSettings.Format.IniFormat))  # an ini file keeps text
    assert again.get(prefs.SPEED_KMH) == 32.5
    assert again.get(prefs.SERVICE_MINUTES) == 25
    assert again.get(prefs.TIMETABLE_CONTACT) == "Médiathèque – 04 73 00 00 00"
    assert again.get(prefs.VOLUNTEER) == ""  # never set: the default


def test_a_value_edited_by_hand_into_nonsense_gives_the_default(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(prefs.SOLVER_SECONDS.key, "cinq")
    settings.setValue(prefs.SPEED_KMH.key, "")
    preferences = Preferences(settings)
    assert preferences.get(prefs.SOLVER_SECONDS) == prefs.SOLVER_SECONDS.default
    assert preferences.get(prefs.SPEED_KMH) == prefs.SPEED_KMH.default


def test_a_value_of_the_wrong_type_is_refused_and_not_saved(tmp_path: Path) -> None:
    preferences = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    with pytest.raises(TypeError):
        preferences.set(prefs.SERVICE_MINUTES, "20")  # type: ignore[arg-type]
    assert preferences.settings.value(prefs.SERVICE_MINUTES.key) is None


def test_the_ui_reads_no_setting_by_a_raw_key() -> None:
    """Every preference goes through an Option: no ``settings.value("…")`` in the UI."""
    ui = Path(prefs.__file__).parent
    raw = []
    for path in ui.rglob("*.py"):
        if path.name == "preferences.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "value"
                and isinstance(node.func.value, ast.Attribute | ast.Name)
                and "settings" in ast.unparse(node.func.value)
            ):
                raw.append(f"{path.relative_to(ui)}:{node.lineno}")
    assert raw == []
    keys = [option.key for option in prefs.OPTIONS]
    assert len(keys) == len(set(keys))
