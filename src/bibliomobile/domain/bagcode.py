"""Bag codes: ``B`` + 8 Crockford base-32 characters + 1 ISO 7064 Mod 37,36 check character.

Only upper-case letters and digits, so a code stays in QR alphanumeric mode and
survives any keyboard layout. Scanners may send it lower-case or through an AZERTY
layout: :func:`validate_bag_code` repairs both (via :func:`normalize_scan`). The check
character (computed over the whole code, ``B`` included, with the 0-9A-Z alphabet of
python-stdnum) catches every single-character substitution and every adjacent
transposition, so a mistyped code is refused instead of finding the wrong bag.
"""

from __future__ import annotations

import random

from stdnum.iso7064 import mod_37_36

from bibliomobile.lang import Message

from .scan import normalize_scan

PREFIX = "B"
BODY_LENGTH = 8
LENGTH = len(PREFIX) + BODY_LENGTH + 1
#: Crockford's base-32 alphabet: no I, L, O, U (no confusion with 1, 0, V).
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: The check character's alphabet (stdnum's default for Mod 37,36).
CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class InvalidBagCode(ValueError):
    """A scanned or typed text is not a valid bag code; the message is for the user."""


def check_character(body: str) -> str:
    """The Mod 37,36 check character of ``B`` + body (body already upper-case)."""
    return str(mod_37_36.calc_check_digit(PREFIX + body, alphabet=CHECK_ALPHABET))


def new_bag_code(rng: random.Random | random.SystemRandom | None = None) -> str:
    """A new random bag code (``rng`` for reproducible demo data and tests)."""
    chooser = rng if rng is not None else random.SystemRandom()
    body = "".join(chooser.choice(CROCKFORD) for _ in range(BODY_LENGTH))
    return PREFIX + body + check_character(body)


def _clean(text: str) -> str:
    return normalize_scan(text).replace(" ", "").replace("-", "")


def looks_like_bag_code(text: str) -> bool:
    """True when a scan has the shape of a bag code (B + 9 characters), valid or not.

    Scan dispatchers call this first: a bag-shaped scan goes to the bag hand-over,
    which then gives the precise error if the code is mistyped.
    """
    cleaned = _clean(text)
    if len(cleaned) != LENGTH or not cleaned.startswith(PREFIX):
        return False
    if not (cleaned.isascii() and cleaned.isalnum()):
        return False
    # "B" + nine digits is more likely a library's item barcode, unless it checks out.
    return not cleaned[1:].isdigit() or is_valid_bag_code(cleaned)


def validate_bag_code(text: str) -> str:
    """Return the normalised bag code, or raise :class:`InvalidBagCode` (French message)."""
    code = _clean(text)
    if not code:
        raise InvalidBagCode(Message("bagcode.code_sac_vide"))
    if not code.startswith(PREFIX):
        raise InvalidBagCode(Message("bagcode.code_sac_doit_commencer", code=code))
    if len(code) != LENGTH:
        raise InvalidBagCode(
            Message("bagcode.code_sac_length_caracteres", length=LENGTH, count=len(code), code=code)
        )
    body, check = code[1:-1], code[-1]
    wrong = sorted({ch for ch in body if ch not in CROCKFORD})
    if wrong or check not in CHECK_ALPHABET:
        shown = ", ".join(wrong or [check])
        raise InvalidBagCode(
            Message("bagcode.caractere_impossible_code_sac", shown=shown, code=code)
        )
    if check_character(body) != check:
        raise InvalidBagCode(Message("bagcode.code_sac_mal_saisi", code=code))
    return code


def is_valid_bag_code(text: str) -> bool:
    """True when ``text`` is a valid bag code (after normalisation)."""
    try:
        validate_bag_code(text)
    except InvalidBagCode:
        return False
    return True
