"""The words that betray health data, found however they are typed."""

from __future__ import annotations

from bibliomobile.domain.health import PAUSE_REASONS, health_words


def test_health_words_are_found_with_or_without_accents_and_capitals() -> None:
    assert health_words("diabétique, insuline au frigo") == ("diabétique", "insuline")
    assert health_words("HOSPITALISÉE depuis lundi", "sortie de l'hopital") == (
        "HOSPITALISÉE",
        "hopital",
    )
    assert health_words("Alzheimer débutant") == ("Alzheimer",)
    assert health_words("en fauteuil roulant") == ("fauteuil roulant",)


def test_ordinary_notes_pass() -> None:
    assert health_words("aime les policiers, pas d'horreur", "sonner deux fois") == ()
    assert health_words("") == ()


def test_no_pause_reason_names_an_illness() -> None:
    assert "indisponible" in PAUSE_REASONS
    assert health_words(*PAUSE_REASONS, *PAUSE_REASONS.values()) == ()
