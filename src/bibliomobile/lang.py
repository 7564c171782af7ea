"""Messages as codes with parameters, and the one hook that turns them into text.

Services, the domain and the server never build a sentence for a person: they raise and
return :class:`Message` objects (a code from :mod:`bibliomobile.message_codes` and its
parameters). Whoever shows them (the GUI, the CLI) installs a translator with
:func:`use_translator`; without one, text is French, the source language of the Qt
catalogue (``resources/translations/bibliomobile_*.ts``). No Qt here: the GUI passes
``QCoreApplication.translate``, the CLI a ``QTranslator`` loaded from the same ``.qm``.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from functools import cache

from bibliomobile.message_codes import CATALOGUE, CONTEXT

#: (context, French source) -> translated text; "" or the source when none is known.
Translator = Callable[[str, str], str]

_state: dict[str, object] = {"translate": None, "language": "fr"}


def use_translator(translator: Translator | None, language: str = "fr") -> None:
    """Render every message and :func:`translate` call through ``translator`` from now on."""
    _state["translate"] = translator
    _state["language"] = language if translator is not None else "fr"


def language() -> str:
    """The language messages are rendered in: ``"fr"`` or ``"en"``."""
    return str(_state["language"])


def translate(context: str, text: str) -> str:
    """``text`` (French source) in the current language; pyside6-lupdate extracts the calls."""
    translator = _state["translate"]
    if translator is None:
        return text
    translated = translator(context, text)  # type: ignore[operator]
    return str(translated) if translated else text


def plural_is_one(count: int) -> bool:
    """Whether ``count`` takes the singular in the current language (French: 0 and 1)."""
    return count in (0, 1) if language() == "fr" else count == 1


@cache
def placeholders(template: str) -> frozenset[str]:
    """The ``{name}`` parameters of a template."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _templates(code: str) -> tuple[str, ...]:
    entry = CATALOGUE[code]
    return entry if isinstance(entry, tuple) else (entry,)


class Message:
    """A sentence for a person as a code and its parameters; ``str()`` renders it.

    A code with two forms (singular, plural) chooses by its ``n`` parameter.

    Raises:
        KeyError: an unknown code; ValueError: parameters that differ from the template's
            (both are programming errors, caught by the tests).
    """

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: object) -> None:
        expected = placeholders(_templates(code)[0])
        if set(params) != expected:
            raise ValueError(f"{code}: parameters {sorted(params)} != {sorted(expected)}")
        self.code = code
        self.params: Mapping[str, object] = params

    def template(self) -> str:
        """The French template this message is rendered from."""
        forms = _templates(self.code)
        if len(forms) == 1:
            return forms[0]
        count = self.params["n"]
        return forms[0] if isinstance(count, int) and plural_is_one(count) else forms[1]

    def text(self) -> str:
        """The message in the current language."""
        return translate(CONTEXT, self.template()).format_map(
            {name: str(value) for name, value in self.params.items()}
        )

    def french(self) -> str:
        """The message in French, whatever the language shown (logs, stored notes)."""
        return self.template().format_map({k: str(v) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Message)
            and other.code == self.code
            and dict(other.params) == dict(self.params)
        )

    def __hash__(self) -> int:
        return hash(self.code)


def message_of(error: BaseException) -> Message | None:
    """The message an error carries, if it was raised with one."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Message) else None
