"""Translation helpers shared by the UI.

Source strings are French (the default interface); ``bibliomobile_en.ts`` holds the
English. Use ``self.tr("...")`` in QObjects; for text defined outside a QObject
(tables of labels, workspace titles) mark it with :func:`QT_TRANSLATE_NOOP` and
translate it where it is shown with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (read by pyside6-lupdate); returns it."""
    return text
