"""The one place the interface names a contact channel (e-mail, SMS, phone, letter).

Every screen that shows a channel calls :func:`channel_label`. The texts keep the
translation contexts they were first written in ("Labels", "TemplateEditor"), where the
.ts files hold their English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bibliomobile.domain.enums import ContactChannel

from .i18n import QT_TRANSLATE_NOOP

_NAMES: dict[str, str] = {
    ContactChannel.EMAIL: QT_TRANSLATE_NOOP("Labels", "Courriel"),
    ContactChannel.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
    ContactChannel.PHONE: QT_TRANSLATE_NOOP("Labels", "Téléphone"),
    ContactChannel.LETTER: QT_TRANSLATE_NOOP("Labels", "Courrier"),
}

# How the template editor names the messages of a channel.
_MESSAGES: dict[str, str] = {
    ContactChannel.EMAIL: QT_TRANSLATE_NOOP("TemplateEditor", "e-mail"),
    ContactChannel.SMS: QT_TRANSLATE_NOOP("TemplateEditor", "SMS"),
    ContactChannel.PHONE: QT_TRANSLATE_NOOP("TemplateEditor", "liste d'appels"),
}


def channel_label(channel: str, *, messages: bool = False) -> str:
    """The word shown for a channel ("Courriel"); the stored value itself if unknown.

    Args:
        channel: a :class:`ContactChannel` or its stored value.
        messages: name the messages it carries instead ("e-mail", "liste d'appels"),
            as the template editor does.
    """
    if messages and channel in _MESSAGES:
        return QCoreApplication.translate("TemplateEditor", _MESSAGES[channel])
    text = _NAMES.get(channel)
    return QCoreApplication.translate("Labels", text) if text else channel
