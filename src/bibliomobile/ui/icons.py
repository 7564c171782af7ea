"""Icons from ``resources/icons/``: SVG line icons tinted to the palette, the app icon."""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from bibliomobile.resources import resource_path

#: The ink of navigation icons (the palette lives in ui/style.py).
ICON_COLOUR = "#3d4a5c"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@functools.cache
def icon(name: str, colour: str = ICON_COLOUR, size: int = 22) -> QIcon:
    """A line icon with ``currentColor`` replaced by ``colour``; empty if missing.

    Rendered at ``size`` for normal and high-density screens only (rendering every
    size of every icon would slow the start).
    """
    path = resource_path("icons", name)
    if not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for ratio in (1, 2):
        pixmap = QPixmap(size * ratio, size * ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        result.addPixmap(pixmap)
    return result


@functools.cache
def app_icon() -> QIcon:
    """The application icon: pre-rendered PNGs, falling back to the SVG."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        png = resource_path("icons", "app", f"bibliomobile-{size}.png")
        if png.is_file():
            result.addFile(str(png))
    if result.isNull():
        svg = resource_path("icons", "app", "bibliomobile.svg")
        if svg.is_file():
            result.addFile(str(svg))
    return result
