"""The QR matrix of a bag code, as dark rectangles (vectors, not a bitmap).

qrcode builds the symbol. Its mask choice re-places the data eight times and scores
each try in pure Python (about 4 ms a code, most of a 1,000-label sheet run); here the
data is placed once, the seven other masks are derived by flipping only the modules
whose mask bit differs, and the ISO/IEC 18004 penalty rules (N1-N4) are scored on row
and column strings. Same result, a fraction of the time.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

import qrcode
import qrcode.constants
import qrcode.main
import qrcode.util

from bibliomobile.lang import Message

QUIET_ZONE = 4  # modules, as ISO/IEC 18004 asks
LEVELS = {
    "Q": qrcode.constants.ERROR_CORRECT_Q,  # paper labels
    "H": qrcode.constants.ERROR_CORRECT_H,  # fabric bags: creases and wear
}
Matrix = tuple[tuple[bool, ...], ...]

_FINDER_A, _FINDER_B = "10111010000", "00001011101"  # finder-like patterns (N3)
_RUN = re.compile(r"0{5,}|1{5,}")
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")  # a row of 0/1 bytes as a "0101" string


def _penalty(rows: list[str]) -> int:
    """ISO/IEC 18004 mask penalty: runs (N1), 2×2 blocks (N2), finder-like (N3), balance (N4)."""
    columns = ["".join(col) for col in zip(*rows, strict=True)]
    score = 0
    for line in itertools.chain(rows, columns):
        for run in _RUN.findall(line):
            score += len(run) - 2
        score += 40 * (line.count(_FINDER_A) + line.count(_FINDER_B))
    n = len(rows)
    # N2 on bit rows: columns c and c+1 of two rows all of one colour.
    within = (1 << (n - 1)) - 1
    bits = [int(row, 2) for row in rows]
    for a, b in itertools.pairwise(bits):
        same = ~(a ^ b) & ~(a ^ (a >> 1)) & ~(b ^ (b >> 1)) & within
        score += 3 * same.bit_count()
    dark = sum(row.count("1") for row in rows)
    score += 10 * (abs(dark * 100 // (n * n) - 50) // 5)
    return score


@lru_cache(maxsize=64)
def _geometry(version: int) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Per mask k (1-7): the data modules whose mask bit differs from mask 0's."""
    code = qrcode.QRCode(version=version, border=0)
    code.modules_count = version * 4 + 17
    blank = qrcode.main.precomputed_qr_blanks.get(version)
    if blank is None:
        code.makeImpl(False, 0)  # fills qrcode's blank cache for this version
        blank = qrcode.main.precomputed_qr_blanks[version]
    code.modules = qrcode.main.copy_2d_array(blank)
    code.setup_type_info(False, 0)
    if version >= 7:
        code.setup_type_number(False)
    data = [
        (r, c)
        for r in range(code.modules_count)
        for c in range(code.modules_count)
        if code.modules[r][c] is None
    ]
    base = qrcode.util.mask_func(0)
    flips: list[tuple[tuple[int, int], ...]] = [()]
    for k in range(1, 8):
        other = qrcode.util.mask_func(k)
        flips.append(tuple((r, c) for r, c in data if bool(base(r, c)) != bool(other(r, c))))
    return tuple(flips)


@lru_cache(maxsize=4096)
def qr_matrix(data: str, level: str = "Q") -> Matrix:
    """The module matrix of ``data`` in alphanumeric mode, quiet zone included."""
    if level not in LEVELS:
        raise ValueError(Message("labels.niveau_correction_qr_inconnu", level=level))
    code = qrcode.QRCode(error_correction=LEVELS[level], border=0, mask_pattern=0)
    # Bag codes are upper-case letters and digits: alphanumeric mode keeps them small.
    code.add_data(qrcode.util.QRData(data, mode=qrcode.util.MODE_ALPHA_NUM))
    code.make(fit=True)
    placed = code.modules
    best: list[list[bool]] | None = None
    best_score = -1
    for k, flips in enumerate(_geometry(code.version)):
        candidate = [list(map(bool, row)) for row in placed]
        for r, c in flips:
            candidate[r][c] = not candidate[r][c]
        code.modules = candidate
        code.setup_type_info(False, k)  # the format bits name the mask used
        score = _penalty([bytes(row).translate(_DIGITS).decode() for row in candidate])
        if best is None or score < best_score:
            best, best_score = candidate, score
    assert best is not None
    n = len(best) + 2 * QUIET_ZONE
    blank_row = (False,) * n
    margin = (False,) * QUIET_ZONE
    body = tuple((*margin, *row, *margin) for row in best)
    return (blank_row,) * QUIET_ZONE + body + (blank_row,) * QUIET_ZONE


def dark_runs(matrix: Matrix) -> list[tuple[int, int, int, int]]:
    """Dark modules merged into rectangles ``(column, row, width, height)`` in modules.

    Horizontal runs first, then identical runs of consecutive rows are stacked: fewer,
    larger rectangles draw faster and leave no hairline gaps between modules.
    """
    rects: list[tuple[int, int, int, int]] = []
    open_rects: dict[tuple[int, int], list[int]] = {}  # (column, width) -> [row, height]
    for row_index, row in enumerate(matrix):
        runs: set[tuple[int, int]] = set()
        column = 0
        for dark, group in itertools.groupby(row):
            width = sum(1 for _ in group)
            if dark:
                runs.add((column, width))
            column += width
        for key in [k for k in open_rects if k not in runs]:
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
