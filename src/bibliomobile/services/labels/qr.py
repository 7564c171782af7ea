"""The QR matrix of a bag code, as dark rectangles (vectors, not a bitmap)."""

from __future__ import annotations

from functools import lru_cache

import qrcode
import qrcode.constants
import qrcode.util

QUIET_ZONE = 4  # modules, as ISO/IEC 18004 asks
LEVELS = {
    "Q": qrcode.constants.ERROR_CORRECT_Q,  # paper labels
    "H": qrcode.constants.ERROR_CORRECT_H,  # fabric bags: creases and wear
}


@lru_cache(maxsize=4096)
def qr_matrix(data: str, level: str = "Q") -> tuple[tuple[bool, ...], ...]:
    """The module matrix of ``data`` in alphanumeric mode, quiet zone included."""
    if level not in LEVELS:
        raise ValueError(f"Niveau de correction QR inconnu : {level} (Q ou H).")
    code = qrcode.QRCode(error_correction=LEVELS[level], border=QUIET_ZONE)
    # Bag codes are upper-case letters and digits: alphanumeric mode keeps them small.
    code.add_data(qrcode.util.QRData(data, mode=qrcode.util.MODE_ALPHA_NUM))
    code.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in code.get_matrix())


def dark_runs(matrix: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int, int, int]]:
    """Dark modules merged into rectangles ``(column, row, width, height)`` in modules.

    Horizontal runs first, then identical runs of consecutive rows are stacked: fewer,
    larger rectangles draw faster and leave no hairline gaps between modules.
    """
    runs_by_row: list[list[tuple[int, int]]] = []
    for row in matrix:
        runs: list[tuple[int, int]] = []
        start = -1
        for column, dark in enumerate((*row, False)):
            if dark and start < 0:
                start = column
            elif not dark and start >= 0:
                runs.append((start, column - start))
                start = -1
        runs_by_row.append(runs)
    rects: list[tuple[int, int, int, int]] = []
    open_rects: dict[tuple[int, int], list[int]] = {}  # (column, width) -> [row, height]
    for row_index, runs in enumerate(runs_by_row):
        current = set(runs)
        for key in list(open_rects):
            if key not in current:
                top, height = open_rects.pop(key)
                rects.append((key[0], top, key[1], height))
        for run in runs:
            if run in open_rects:
                open_rects[run][1] += 1
            else:
                open_rects[run] = [row_index, 1]
    for (column, width), (top, height) in open_rects.items():
        rects.append((column, top, width, height))
    return rects
