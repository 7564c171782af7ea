"""Retention rules as data: how many months each kind of personal data is kept.

The defaults follow the CNIL's rules for library loans (norme simplifiée n° 9) and,
for home delivery, the shortest period that still serves the person (see
docs/retention.md for why); a coordinator edits them on the server.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select, update

from ..models import retention_rules


class RetentionError(Exception):
    """A request the retention rules or the job cannot honour (French, for people)."""


@dataclass(frozen=True)
class RuleInfo:
    key: str
    default: int
    label: str
    minimum: int


#: Every rule, its default in months and what it keeps (French, shown by the command).
RULES: dict[str, RuleInfo] = {
    info.key: info
    for info in (
        RuleInfo(
            "patron_identity_months",
            12,
            "identité du lecteur, après la fin de son dernier prêt (ou son inscription)",
            1,
        ),
        RuleInfo(
            "loan_details_months",
            4,
            "détail d'un prêt (lien au lecteur), jusqu'à la fin du n-ième mois après le retour",
            0,
        ),
        RuleInfo(
            "beneficiary_profile_months",
            6,
            "profil de portage (goûts, accès, contact), après la fin du service",
            0,
        ),
        RuleInfo(
            "welfare_note_months",
            1,
            "note d'inquiétude (portage), après sa prise en charge",
            0,
        ),
    )
}
#: Longest value accepted for any rule (ten years): a typo must not keep data forever.
MAXIMUM_MONTHS = 120


@dataclass(frozen=True)
class Rules:
    """The rules in force, in months."""

    patron_identity_months: int
    loan_details_months: int
    beneficiary_profile_months: int
    welfare_note_months: int


def read_rules(conn: Connection) -> Rules:
    """The rules of the database (a missing one: its default)."""
    found = dict(conn.execute(select(retention_rules.c.key, retention_rules.c.months)).all())
    return Rules(**{key: int(found.get(key, info.default)) for key, info in RULES.items()})


def set_rule(conn: Connection, key: str, value: str, by: str) -> int:
    """Change one rule (``value`` in months, as typed); returns the new value.

    Raises:
        RetentionError: unknown rule or a value out of bounds (nothing changes).
    """
    info = RULES.get(key)
    if info is None:
        raise RetentionError(f"Règle inconnue : {key!r}. Règles : {', '.join(RULES)}.")
    if not value.strip().isdigit():
        raise RetentionError(f"{key} : un nombre entier de mois est attendu, pas {value!r}.")
    months = int(value)
    if not info.minimum <= months <= MAXIMUM_MONTHS:
        raise RetentionError(
            f"{key} : entre {info.minimum} et {MAXIMUM_MONTHS} mois, pas {months}."
        )
    values = {"months": months, "changed_at": dt.datetime.now(dt.UTC).replace(tzinfo=None)}
    done = conn.execute(
        update(retention_rules).where(retention_rules.c.key == key).values(changed_by=by, **values)
    )
    if done.rowcount == 0:
        conn.execute(retention_rules.insert().values(key=key, changed_by=by, **values))
    return months


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    next_first = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (next_first - dt.timedelta(days=1)).day))


def loan_details_cutoff(today: dt.date, months: int) -> dt.date:
    """Loans returned before this day are past their term: a loan's details are kept
    to the end of the ``months``-th month after its return."""
    return months_before(today.replace(day=1), months)
