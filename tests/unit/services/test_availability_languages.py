"""Availability days are typed in French or English and shown in the language of the screen."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bibliomobile.lang import use_translator
from bibliomobile.resources import resource_path
from bibliomobile.services.home_delivery.availability import (
    Window,
    format_windows,
    parse_windows,
)
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.ui.translation import use_catalogue


@pytest.fixture
def english(tmp_path: Path) -> Iterator[None]:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = resource_path("translations", "bibliomobile_en.ts")
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "bibliomobile_en.qm")],
        check=True,
    )
    assert use_catalogue("en", tmp_path)
    yield
    use_translator(None)


def test_english_and_french_day_names_give_the_same_windows() -> None:
    french = parse_windows("lun 09:00-12:00; jeudi 14h-16h30; dim 10-11")
    english = parse_windows("mon 09:00-12:00; Thursday 14h-16h30; Sun 10-11")
    assert english == french
    assert [w.weekday for w in english] == [0, 3, 6]
    assert parse_windows("tue 9-10; mar 9-10") == (
        parse_windows("mar 9-10")[0],
        parse_windows("tuesday 9-10")[0],
    )


def test_windows_show_in_french_by_default() -> None:
    windows = parse_windows("mon 09:00-12:00; sat 14:00-15:00")
    assert format_windows(windows) == "lun 09:00-12:00; sam 14:00-15:00"


def test_windows_show_in_english_in_the_english_ui(english: None) -> None:
    windows = parse_windows("lun 09:00-12:00; sam 14:00-15:00")
    shown = format_windows(windows)
    assert shown == "mon 09:00-12:00; sat 14:00-15:00"
    assert parse_windows(shown) == windows  # what the form shows can be saved again
    with pytest.raises(HomeDeliveryError) as caught:
        parse_windows("someday 9-10")
    assert str(caught.value) == (
        'Availability not understood: "someday 9-10" (example: mon 09:00-12:00).'
    )
    import datetime as dt

    wrong = Window(2, dt.time(12), dt.time(9))
    assert wrong.label() == "Wednesday 12:00–09:00"
