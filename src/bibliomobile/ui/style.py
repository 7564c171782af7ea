"""The look: Fusion style, a sober palette, readable sizes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

INK = "#1f2933"
MUTED = "#5b6573"
ACCENT = "#1d5c87"
ACCENT_SOFT = "#e3edf5"
SIDEBAR = "#f1f3f6"
LINE = "#d9dee5"
WINDOW = "#ffffff"

STYLESHEET = f"""
QMainWindow, QWidget#pages {{ background: {WINDOW}; }}
QFrame#sidebar {{ background: {SIDEBAR}; border-right: 1px solid {LINE}; }}
QLabel#brandName {{ font-size: 17px; font-weight: 700; color: {ACCENT}; }}
QListWidget#navigation {{
    background: transparent;
    border: none;
    padding: 10px 8px;
    outline: 0;
}}
QListWidget#navigation::item {{
    color: {INK};
    padding: 8px 10px;
    margin: 1px 0;
    border-radius: 6px;
}}
QListWidget#navigation::item:hover {{ background: #e6eaef; }}
QListWidget#navigation::item:selected {{
    background: {ACCENT_SOFT};
    color: {ACCENT};
    font-weight: 600;
}}
QLabel#pageTitle {{ font-size: 20px; font-weight: 600; color: {INK}; }}
QLabel#pageSubtitle, QLabel#resultCount {{ color: {MUTED}; }}
QLabel#placeholderTitle {{ font-size: 20px; font-weight: 600; color: {INK}; }}
QLabel#placeholderSoon {{ font-size: 14px; color: {ACCENT}; margin-top: 4px; }}
QLabel#placeholderText {{ color: {MUTED}; margin: 4px 80px; }}
QLineEdit {{
    border: 1px solid {LINE};
    border-radius: 6px;
    padding: 6px 10px;
    background: {WINDOW};
    selection-background-color: {ACCENT};
}}
QLineEdit:focus {{ border: 1px solid {ACCENT}; }}
QTableView {{
    border: 1px solid {LINE};
    border-radius: 6px;
    gridline-color: {LINE};
    selection-background-color: {ACCENT_SOFT};
    selection-color: {INK};
    alternate-background-color: #f8f9fb;
}}
QTableView::item {{ padding: 0 6px; }}
QHeaderView::section {{
    background: {SIDEBAR};
    color: {MUTED};
    border: none;
    border-bottom: 1px solid {LINE};
    padding: 6px 8px;
    font-weight: 600;
}}
QFrame#detailPanel {{
    background: #fafbfc;
    border: 1px solid {LINE};
    border-radius: 6px;
}}
QLabel#detailTitle {{ font-size: 17px; font-weight: 600; color: {INK}; }}
QLabel#detailSubtitle {{ color: {MUTED}; font-size: 13px; }}
QLabel#detailSection {{
    color: {MUTED}; font-weight: 600; text-transform: uppercase;
    font-size: 11px; margin-top: 10px;
}}
QLabel#detailEmpty {{ color: {MUTED}; }}
QStatusBar {{ background: {SIDEBAR}; border-top: 1px solid {LINE}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; }}
QGroupBox {{
    border: 1px solid {LINE}; border-radius: 6px; margin-top: 14px; padding: 12px;
    font-weight: 600; color: {INK};
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
"""


def apply_style(app: QApplication) -> None:
    """Fusion with our palette and stylesheet; a slightly larger default font."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.Base, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f8f9fb"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor(SIDEBAR))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a94a3"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
