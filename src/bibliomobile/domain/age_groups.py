"""Age groups of the annual survey of public libraries (active borrowers by age).

The survey counts children (0–14), adults (15–64) and seniors (65 and over); a
borrower's group is fixed on the day of the loan and kept on the circulation event,
so the figure survives the anonymisation of old loans (no birth year kept there).
"""

from __future__ import annotations

CHILDREN = "0-14"
ADULTS = "15-64"
SENIORS = "65+"
UNKNOWN = "?"

#: In the order of the survey's table.
AGE_GROUPS: tuple[str, ...] = (CHILDREN, ADULTS, SENIORS, UNKNOWN)


def age_group(birth_year: int | None, year: int) -> str | None:
    """The survey's age group of someone born in ``birth_year``, during ``year``.

    Age is the difference of the years (the survey's own rule: age reached in the
    year). ``None`` when the birth year is not known.
    """
    if birth_year is None:
        return None
    age = year - birth_year
    if age < 15:
        return CHILDREN
    if age < 65:
        return ADULTS
    return SENIORS
