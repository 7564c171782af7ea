"""What a barcode scanner types, made into the code it meant.

Scanners are keyboard wedges: they "type" the code as if on a US keyboard. On a
French AZERTY layout the digit row without Shift gives ``&é"'(-è_çà``, so a card
``12345`` arrives as ``&é"'(``, and the letter keys A/Q, Z/W and M are swapped too.
A scan that holds no real digit but digit-row symbols came through an AZERTY
layout: it is translated back. A scan with real digits is left as typed (some
library barcodes legitimately start with ``-``).
"""

from __future__ import annotations

_AZERTY_DIGITS = "&é\"'(-è_çà"
_AZERTY_TO_US = str.maketrans(
    {
        **{symbol: str((index + 1) % 10) for index, symbol in enumerate(_AZERTY_DIGITS)},
        "a": "q",
        "q": "a",
        "z": "w",
        "w": "z",
        "A": "Q",
        "Q": "A",
        "Z": "W",
        "W": "Z",
        ",": "m",
        "?": "M",
    }
)
_AZERTY_ONLY = set(_AZERTY_DIGITS) - {"-"}


def typed_on_azerty(raw: str) -> bool:
    """True when a scan shows the AZERTY digit row instead of digits."""
    return not any(ch.isascii() and ch.isdigit() for ch in raw) and any(
        ch in _AZERTY_ONLY for ch in raw
    )


def normalize_scan(raw: str) -> str:
    """Return the code a scanner meant: trimmed, AZERTY repaired, upper-case.

    >>> normalize_scan('&é"\\'(-è_çà')
    '1234567890'
    >>> normalize_scan(" b1x2 ")
    'B1X2'
    >>> normalize_scan("-153888")
    '-153888'
    """
    text = raw.strip()
    if typed_on_azerty(text):
        text = text.translate(_AZERTY_TO_US)
    return text.upper()
