"""What the crew sees (and hears) after each desk command: the banner and the journal.

Green (done), orange (done, but look) or red (refused), in large letters, each with its
own sound for a crew whose eyes are on the books (:mod:`bibliomobile.ui.sounds`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMessageBox, QWidget

from bibliomobile.services.bookmobile.desk_state import Tone

TONE_STYLE = {
    Tone.OK: "background: #2f7d32; color: white;",
    Tone.WARNING: "background: #b76e00; color: white;",
    Tone.ERROR: "background: #b3261e; color: white;",
}
IDLE_STYLE = "background: #eef1f4; color: #1f2933;"
TONE_COLOUR = {
    Tone.OK: QColor("#2f7d32"),
    Tone.WARNING: QColor("#8a5300"),
    Tone.ERROR: QColor("#b3261e"),
}
JOURNAL_LIMIT = 500


def make_banner(text: str) -> QLabel:
    """The large banner of the desk, idle."""
    banner = QLabel(text)
    banner.setObjectName("deskBanner")
    banner.setWordWrap(True)
    banner.setMinimumHeight(64)
    banner.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
    style_banner(banner, IDLE_STYLE)
    return banner


def make_journal() -> QListWidget:
    """The journal of the visit, newest first."""
    journal = QListWidget()
    journal.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    journal.setWordWrap(True)
    journal.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return journal


def style_banner(banner: QLabel, colours: str) -> None:
    banner.setStyleSheet(
        f"QLabel#deskBanner {{ {colours} font-size: 20px; font-weight: 600;"
        " padding: 10px 16px; border-radius: 8px; }"
    )


def show_on_banner(banner: QLabel, tone: Tone, text: str) -> None:
    style_banner(banner, TONE_STYLE[tone])
    banner.setText(text)


def add_to_journal(journal: QListWidget, tone: Tone, text: str) -> None:
    item = QListWidgetItem(f"{time.strftime('%H:%M:%S')}  {text}")
    item.setForeground(TONE_COLOUR[tone])
    journal.insertItem(0, item)
    while journal.count() > JOURNAL_LIMIT:
        journal.takeItem(journal.count() - 1)


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (No by default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setObjectName("confirmBox")
    return box.exec() == QMessageBox.StandardButton.Yes
