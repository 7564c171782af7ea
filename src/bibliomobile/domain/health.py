"""No health data by construction: the words that betray it, and the pause reasons (no I/O).

Bibliomobile may not hold health data about the people it serves (GDPR art. 9). Free
text about a person (taste notes, a visit's note, a welfare concern) is checked for
these words before saving, and the person typing is warned; a pause gives a reason from
a short list that names no illness or hospital stay.
"""

from __future__ import annotations

import re
import unicodedata

#: Folded (lower case, no accents) stems; a word *starting* with one of them is flagged.
HEALTH_STEMS = (
    "maladi",
    "malade",
    "diabet",
    "insulin",
    "alzheimer",
    "parkinson",
    "cancer",
    "chimio",
    "tumeur",
    "hopital",
    "hospitalis",
    "clinique",
    "traitement",
    "medicament",
    "medicam",
    "ordonnance",
    "infirmier",
    "infirmiere",
    "dialyse",
    "avc",
    "cardiaque",
    "depression",
    "depressi",
    "demence",
    "handicap",
    "fauteuil roulant",
    "operation",
    "opere",
    "chirurg",
    "fracture",
    "psychiatr",
    "sclerose",
    "epilep",
    "aveugle",
    "sourd",
    "incontinen",
    "perfusion",
    "cecite",
    "glaucome",
    "dmla",
)

#: Why visits pause: a choice, never an illness. Stored value → French label.
PAUSE_REASONS = {
    "absence": "Absence (vacances, séjour chez un proche)",
    "indisponible": "Indisponible",
    "travaux": "Travaux dans le logement",
}

#: The short notice shown beside free-text fields about people.
NOTICE = "Pas d'information de santé"


def fold(text: str) -> str:
    """Lower case without accents, for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def health_words(*texts: str) -> tuple[str, ...]:
    """The words of ``texts`` that look like health data, as typed, in order, once each."""
    found: list[str] = []
    for text in texts:
        for match in re.finditer(r"\w+(?:\s+roulant)?", text or ""):
            word = match.group(0)
            folded = fold(word)
            if (
                any(
                    folded.startswith(stem) if " " not in stem else folded == stem
                    for stem in HEALTH_STEMS
                )
                and word not in found
            ):
                found.append(word)
    return tuple(found)


def pause_reason_label(value: str | None) -> str:
    """The French label of a stored pause reason (an older free text shows as ``indisponible``)."""
    if not value:
        return ""
    return PAUSE_REASONS.get(value, PAUSE_REASONS["indisponible"])
