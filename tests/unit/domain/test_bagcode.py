"""Bag codes: format, check character, scanner input, error detection."""

from __future__ import annotations

import random

import pytest

from bibliomobile.domain.bagcode import (
    CHECK_ALPHABET,
    CROCKFORD,
    InvalidBagCode,
    check_character,
    is_valid_bag_code,
    looks_like_bag_code,
    new_bag_code,
    validate_bag_code,
)


def codes(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [new_bag_code(rng) for _ in range(n)]


def test_new_codes_have_the_documented_shape() -> None:
    for code in codes(200):
        assert len(code) == 10
        assert code[0] == "B"
        assert all(ch in CROCKFORD for ch in code[1:9])
        assert code[9] in CHECK_ALPHABET
        assert validate_bag_code(code) == code


def test_same_seed_same_codes_and_no_rng_gives_fresh_codes() -> None:
    assert codes(5, seed=3) == codes(5, seed=3)
    assert new_bag_code() != new_bag_code()


def test_scanner_variants_are_normalised() -> None:
    code = codes(1)[0]
    assert validate_bag_code(code.lower()) == code
    assert validate_bag_code(f"  {code}\n") == code


def test_azerty_keyboard_wedge_is_repaired() -> None:
    code = "B1234AQZW" + check_character("1234AQZW")
    us_to_azerty = str.maketrans("1234567890AQZW", "&é\"'(-è_çàQAWZ")
    typed = code.translate(us_to_azerty)
    assert typed.startswith("B&é\"'QAWZ")
    assert validate_bag_code(typed) == code


@pytest.mark.parametrize("code", codes(25, seed=11))
def test_every_single_substitution_is_refused(code: str) -> None:
    for position in range(len(code)):
        for replacement in CHECK_ALPHABET:
            if replacement == code[position]:
                continue
            wrong = code[:position] + replacement + code[position + 1 :]
            with pytest.raises(InvalidBagCode):
                validate_bag_code(wrong)


@pytest.mark.parametrize("code", codes(25, seed=13))
def test_every_adjacent_transposition_is_refused(code: str) -> None:
    for position in range(len(code) - 1):
        a, b = code[position], code[position + 1]
        if a == b:
            continue
        wrong = code[:position] + b + a + code[position + 2 :]
        with pytest.raises(InvalidBagCode):
            validate_bag_code(wrong)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "vide"),
        ("X123456789", "commencer par B"),
        ("B1234", "10 caractères"),
        ("B1234567O9", "Caractère impossible"),
        ("B12345678É", "Caractère impossible"),
    ],
)
def test_bad_input_gets_a_french_reason(text: str, fragment: str) -> None:
    with pytest.raises(InvalidBagCode, match=fragment):
        validate_bag_code(text)


def test_wrong_check_character_message_asks_to_rescan() -> None:
    code = codes(1)[0]
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    with pytest.raises(InvalidBagCode, match="Scannez de nouveau"):
        validate_bag_code(wrong)
    assert not is_valid_bag_code(wrong)


def test_looks_like_bag_code_routes_bag_shaped_scans_only() -> None:
    code = codes(1)[0]
    assert looks_like_bag_code(code)
    assert looks_like_bag_code(code.lower())
    assert looks_like_bag_code(code[:-1] + ("0" if code[-1] != "0" else "1"))  # mistyped bag
    assert not looks_like_bag_code("3000012345678")  # an item barcode
    assert not looks_like_bag_code("B123456789")  # B + digits: an item barcode, not a bag
    assert not looks_like_bag_code("")
