"""The Qt catalogue (``bibliomobile_<lang>.qm``) as the translator of :mod:`bibliomobile.lang`.

Only QtCore: the CLI uses it too, without a QApplication (a QTranslator answers
``translate()`` on its own; installing one needs an application object).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from bibliomobile.lang import use_translator
from bibliomobile.resources import resource_path


def catalogue_file(language: str, folder: Path | None = None) -> Path:
    """Where the compiled catalogue of ``language`` is."""
    return (folder or resource_path("translations")) / f"bibliomobile_{language}.qm"


def use_application_translators(language: str) -> None:
    """Render messages through the translators installed in the running application."""
    use_translator(lambda context, text: QCoreApplication.translate(context, text), language)


def use_catalogue(language: str, folder: Path | None = None) -> bool:
    """Render messages through ``bibliomobile_<language>.qm`` alone (no application needed).

    French is the source language: it needs no file. Returns False when the file of
    another language cannot be loaded (messages then stay French).
    """
    if language == "fr":
        use_translator(None)
        return True
    translator = QTranslator()
    if not translator.load(str(catalogue_file(language, folder))):
        use_translator(None)
        return False
    use_translator(lambda context, text: translator.translate(context, text) or "", language)
    return True
