"""No column of the data model may hold health data (DESIGN.md: "no health data")."""

from __future__ import annotations

import unicodedata

from bibliomobile.store.models import Base

FORBIDDEN = (
    "sante",
    "health",
    "diagnos",
    "handicap",
    "disab",
    "maladie",
    "illness",
    "medical",
    "medic",
    "patholog",
    "treatment",
    "traitement",
    "allerg",
    "dependance",
    "gir",  # French dependency grid (AGGIR / GIR level)
)


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )


def _words(name: str) -> list[str]:
    return [w for w in _fold(name).replace("-", "_").replace(".", "_").split("_") if w]


def offending(names: list[str]) -> list[str]:
    found = []
    for name in names:
        folded = _fold(name)
        for word in FORBIDDEN:
            # Short markers must be whole words ("gir"), longer ones may be part of one.
            hit = word in _words(name) if len(word) <= 3 else word in folded
            if hit:
                found.append(name)
                break
    return found


def test_no_table_or_column_is_about_health() -> None:
    names = []
    for table in Base.metadata.tables.values():
        names.append(table.name)
        names.extend(f"{table.name}.{column.name}" for column in table.columns)
    assert len(names) > 100  # the whole model was seen
    assert offending(names) == []


def test_the_scan_would_catch_a_health_field() -> None:
    assert offending(
        [
            "beneficiaries.etat_de_santé",
            "beneficiaries.health_notes",
            "beneficiaries.diagnosis",
            "beneficiaries.handicap",
            "beneficiaries.maladie",
            "beneficiaries.medical_info",
            "beneficiaries.Médical",
            "beneficiaries.gir",
        ]
    ) == [
        "beneficiaries.etat_de_santé",
        "beneficiaries.health_notes",
        "beneficiaries.diagnosis",
        "beneficiaries.handicap",
        "beneficiaries.maladie",
        "beneficiaries.medical_info",
        "beneficiaries.Médical",
        "beneficiaries.gir",
    ]
    assert offending(["beneficiaries.access_notes", "volunteers.registered"]) == []
