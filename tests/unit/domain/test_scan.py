from __future__ import annotations

import pytest

from bibliomobile.domain.scan import normalize_scan


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("&é\"'(-è_çà", "1234567890"),  # digit row of an AZERTY keyboard
        ("àààé&&(", "0002115"),
        ("b1x2y3", "B1X2Y3"),  # scanners may send lower case
        ("  31234000123  ", "31234000123"),
        ("-153888", "-153888"),  # a real barcode starting with a dash stays as it is
        ("bàé&q", "B021A"),  # letters swapped by AZERTY come back too
    ],
)
def test_scans_become_the_code_meant(typed: str, meant: str) -> None:
    assert normalize_scan(typed) == meant
