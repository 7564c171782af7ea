"""The language of the ``bibliomobile`` command: ``--lang``, else the locale, else French."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from bibliomobile.lang import use_translator

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")

#: Looked at in this order, as gettext does (LANGUAGE is a GNU list like "en_GB:fr").
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def option_language(arguments: Sequence[str]) -> str | None:
    """The value of ``--lang`` among the program's arguments, if any."""
    for index, argument in enumerate(arguments):
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1]
    return None


def locale_language(environ: Mapping[str, str]) -> str | None:
    """``"en"`` or ``"fr"`` from the first locale variable that names a language."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        for entry in value.split(":"):
            code = entry.split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                return None  # a language we do not ship: French, the default
    return None


def cli_language(arguments: Sequence[str], environ: Mapping[str, str]) -> str:
    """``--lang`` if valid, else the locale's language if we ship it, else French."""
    chosen = option_language(arguments)
    if chosen in LANGUAGES:
        return str(chosen)
    return locale_language(environ) or "fr"


def use_language(language: str) -> None:
    """Render messages and the command's own text in ``language`` from now on."""
    if language == "fr":
        use_translator(None)  # French is the source text: no catalogue to load
        return
    from bibliomobile.ui.translation import use_catalogue  # QtCore only, no window

    if not use_catalogue(language):
        log.warning("no %s catalogue (run 'make translations'): French it is", language)
