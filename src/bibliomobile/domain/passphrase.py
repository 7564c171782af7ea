"""How strong a passphrase is, told to the person choosing it (no I/O).

The passphrase protects the laptop's database if the laptop is lost or stolen. SQLCipher
stretches it with PBKDF2, which slows a guesser down but does not save a short or common
passphrase: the estimate below counts what a guesser would have to try.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

#: Shorter passphrases are refused whatever their characters.
MIN_LENGTH = 10

#: Fragments every guesser tries first (lower case, accents kept).
COMMON_FRAGMENTS = (
    "bibliomobile",
    "bibliobus",
    "bibliotheque",
    "bibliothèque",
    "motdepasse",
    "password",
    "azerty",
    "qwerty",
    "123456",
    "654321",
    "abcdef",
    "soleil",
    "bonjour",
    "coucou",
    "admin",
    "portage",
    "mediatheque",
    "médiathèque",
)

LABELS = ("très faible", "faible", "moyenne", "bonne", "excellente")


@dataclass(frozen=True)
class PassphraseStrength:
    """A score from 0 (very weak) to 4 (excellent), its French label and what to do."""

    score: int
    bits: float
    label: str
    acceptable: bool
    advice: str


def _alphabet_size(text: str) -> int:
    size = 0
    if re.search(r"[a-z]", text):
        size += 26
    if re.search(r"[A-Z]", text):
        size += 26
    if re.search(r"[0-9]", text):
        size += 10
    if re.search(r"[^a-zA-Z0-9\s]", text):
        size += 33
    if re.search(r"\s", text):
        size += 1
    return max(size, 1)


def _effective_length(text: str) -> int:
    """Length without the easy parts: runs of one character and common fragments."""
    lowered = text.lower()
    for fragment in COMMON_FRAGMENTS:
        lowered = lowered.replace(fragment, fragment[0])
    lowered = re.sub(r"(.)\1{2,}", r"\1", lowered)  # "aaaa" counts as one character
    return len(lowered)


def passphrase_strength(text: str) -> PassphraseStrength:
    """Estimate how hard ``text`` is to guess; several words make the best passphrases."""
    length = _effective_length(text)
    bits = length * math.log2(_alphabet_size(text))
    words = [word for word in re.split(r"[\s\-_.,;]+", text) if len(word) >= 3]
    if len(words) >= 4:
        bits = max(bits, 11.0 * len(words))  # four random words from a large list
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 60 else 3 if bits < 80 else 4
    if len(text) < MIN_LENGTH:
        score = min(score, 1)
        advice = f"Au moins {MIN_LENGTH} caractères ; quatre mots au hasard, c'est mieux."
    elif score < 2:
        advice = "Trop facile à deviner : ajoutez des mots sans rapport entre eux."
    elif score < 3:
        advice = "Acceptable ; un mot de plus la rendrait bien plus sûre."
    else:
        advice = "Notez-la sur papier, rangée hors de l'ordinateur."
    return PassphraseStrength(
        score=score,
        bits=round(bits, 1),
        label=LABELS[score],
        acceptable=len(text) >= MIN_LENGTH and score >= 2,
        advice=advice,
    )
