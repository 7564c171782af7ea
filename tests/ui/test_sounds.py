"""The desk's three sounds: distinct, short, and never in the way of the next scan."""

from __future__ import annotations

import io
import time
import wave
from pathlib import Path

from PySide6.QtCore import QSettings

from bibliomobile.services.bookmobile.desk_state import Tone
from bibliomobile.ui.preferences import SOUNDS, Preferences
from bibliomobile.ui.sounds import RATE, Sounds, wav_bytes


def _frames(tone: Tone) -> tuple[int, bytes]:
    with wave.open(io.BytesIO(wav_bytes(tone))) as file:
        assert (file.getnchannels(), file.getsampwidth(), file.getframerate()) == (1, 2, RATE)
        return file.getnframes(), file.readframes(file.getnframes())


def test_three_distinct_short_sounds() -> None:
    sounds = {tone: _frames(tone) for tone in Tone}
    assert len({frames for _, frames in sounds.values()}) == 3
    for count, _ in sounds.values():
        assert 0.05 * RATE < count < 0.5 * RATE  # short: the next scan comes quickly


def test_playing_returns_at_once_and_can_be_turned_off(tmp_path: Path) -> None:
    sounds = Sounds(folder=tmp_path)
    start = time.perf_counter()
    for tone in (Tone.OK, Tone.WARNING, Tone.ERROR):
        sounds.play(tone)
    assert time.perf_counter() - start < 0.5
    assert list(sounds.played) == [Tone.OK, Tone.WARNING, Tone.ERROR]
    assert sounds.file_of(Tone.OK).read_bytes() == wav_bytes(Tone.OK)
    sounds.enabled = False
    sounds.play(Tone.ERROR)
    assert len(sounds.played) == 3


def test_sounds_are_on_by_default(tmp_path: Path) -> None:
    preferences = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert preferences.get(SOUNDS) is True
    preferences.set(SOUNDS, False)
    assert preferences.get(SOUNDS) is False
