"""What every message-code module shares: the catalogue's Qt context and its marker."""

from __future__ import annotations

CONTEXT = "Message"

#: A code's French text, or its (singular, plural) forms chosen by the ``n`` parameter.
Entry = str | tuple[str, str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue (pyside6-lupdate looks for this name)."""
    return text
