"""Three short sounds for the desk: done, look, refused.

A crew scanning with their eyes on the books hears the outcome of each scan. QtMultimedia
is not among our dependencies, so the sounds are small WAV files written once to the
cache folder and played by the system's own player, started and never waited for:
the next scan is never delayed. Where no player exists, the desk stays silent (the
banner still says everything). A preference turns the sounds off (:data:`SOUNDS`).
"""

from __future__ import annotations

import collections
import io
import logging
import math
import shutil
import struct
import sys
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QProcess

from bibliomobile.services.bookmobile.desk_state import Tone

log = logging.getLogger(__name__)

RATE = 22050
#: (frequency in Hz, duration in s) for each note; 0 Hz is a silence.
NOTES: dict[Tone, tuple[tuple[float, float], ...]] = {
    Tone.OK: ((1320.0, 0.07),),
    Tone.WARNING: ((660.0, 0.09), (0.0, 0.05), (660.0, 0.09)),
    Tone.ERROR: ((196.0, 0.35),),
}


def wav_bytes(tone: Tone) -> bytes:
    """The sound of ``tone`` as a mono 16-bit WAV file (soft edges, no click)."""
    frames = bytearray()
    for frequency, seconds in NOTES[tone]:
        count = int(RATE * seconds)
        fade = max(1, int(RATE * 0.005))
        for n in range(count):
            envelope = min(1.0, n / fade, (count - n) / fade)
            value = 0.0
            if frequency:
                phase = math.sin(2 * math.pi * frequency * n / RATE)
                # A buzz (square-ish) for a refusal, a clean beep otherwise.
                value = (
                    math.copysign(min(1.0, abs(phase) * 3), phase) if tone is Tone.ERROR else phase
                )
            frames += struct.pack("<h", int(12000 * envelope * value))
    out = io.BytesIO()
    with wave.open(out, "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes(bytes(frames))
    return out.getvalue()


def _player() -> list[str] | None:
    """The command that plays a WAV file on this system (None: none found)."""
    if sys.platform == "darwin":
        return ["afplay"]
    for program, options in (("paplay", []), ("aplay", ["-q"]), ("pw-play", [])):
        if shutil.which(program):
            return [program, *options]
    return None


class Sounds:
    """Plays the sound of an outcome without waiting for it to end.

    Attributes:
        enabled: the user's preference (on by default).
        played: the last tones played, oldest first (what the crew heard).
    """

    def __init__(self, enabled: bool = True, folder: Path | None = None) -> None:
        self.enabled = enabled
        self.played: collections.deque[Tone] = collections.deque(maxlen=100)
        self._folder = folder or Path(tempfile.gettempdir()) / "bibliomobile-sounds"
        self._files: dict[Tone, Path] = {}
        self._command: list[str] | None = None
        self._looked = False

    def file_of(self, tone: Tone) -> Path:
        """The WAV file of ``tone``, written on first use."""
        path = self._files.get(tone)
        if path is None:
            self._folder.mkdir(parents=True, exist_ok=True)
            path = self._folder / f"{tone.value}.wav"
            data = wav_bytes(tone)
            if not path.exists() or path.read_bytes() != data:
                path.write_bytes(data)
            self._files[tone] = path
        return path

    def play(self, tone: Tone) -> None:
        """Play the sound of ``tone`` (returns at once)."""
        if not self.enabled:
            return
        self.played.append(tone)
        try:
            path = self.file_of(tone)
            if sys.platform == "win32":
                import winsound

                flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
                winsound.PlaySound(str(path), flags)
                return
            if not self._looked:
                self._command, self._looked = _player(), True
                if self._command is None:
                    log.info("no sound player found: the desk stays silent")
            if self._command is not None:
                QProcess.startDetached(self._command[0], [*self._command[1:], str(path)])
        except OSError:
            log.warning("sound not played", exc_info=True)
