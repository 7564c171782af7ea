"""A new patron registered at the desk or in Lecteurs, and a card renewed.

Minimal by default: first and last name; birth year, commune, e-mail and phone when the
person gives them (no address needed to borrow from the van). Before a card is made,
the check a library expects: someone with the same name and birth year, or the same
e-mail, is probably already registered — the caller shows them and registers anyway
only when told to. Patrons are synced like the rest (change capture of the unit of work).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.domain.enums import AuditAction, ContactChannel, VisitStatus
from bibliomobile.domain.ids import new_id
from bibliomobile.lang import Message
from bibliomobile.services.audit import record
from bibliomobile.store.models import Patron, StopVisit
from bibliomobile.store.uow import UnitOfWork

CARD_YEARS = 1  # a card is valid one year from registration or renewal


class RegistrationError(Exception):
    """A registration or renewal refused, with a French message; nothing written."""


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A patron who may be the same person."""

    patron_id: str
    card_barcode: str
    name: str
    birth_year: int | None
    commune: str | None
    reason: str  # "même nom et même année de naissance" / "même courriel"

    def describe(self) -> str:
        born = f", né(e) en {self.birth_year}" if self.birth_year else ""
        where = f", {self.commune}" if self.commune else ""
        return f"{self.name} (carte {self.card_barcode}{born}{where}) : {self.reason}"


class PossibleDuplicate(RegistrationError):
    """Someone already registered may be this person: register anyway only on purpose."""

    def __init__(self, duplicates: tuple[Duplicate, ...]) -> None:
        self.duplicates = duplicates
        super().__init__("Déjà inscrit ? " + " ; ".join(d.describe() for d in duplicates))


@dataclass(frozen=True, slots=True)
class NewPatron:
    first_name: str
    last_name: str
    birth_year: int | None = None
    commune: str | None = None
    email: str | None = None
    phone: str | None = None
    card_barcode: str | None = None  # a pre-printed card; None: the card number is made here


@dataclass(frozen=True, slots=True)
class PatronCard:
    """A patron's card after a registration or a renewal."""

    patron_id: str
    card_barcode: str
    name: str
    card_expiry: dt.date
    message: str


def _clean(text: str | None) -> str | None:
    value = " ".join((text or "").split())
    return value or None


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def possible_duplicates(uow: UnitOfWork, data: NewPatron) -> tuple[Duplicate, ...]:
    """Patrons with the same name and birth year, or the same e-mail."""
    found: dict[str, Duplicate] = {}
    email = _clean(data.email)
    if email:
        for patron in uow.session.scalars(
            select(Patron).where(func.lower(Patron.email) == email.casefold())
        ):
            found[patron.id] = _duplicate(patron, "même courriel")
    if data.birth_year is not None:
        for patron in uow.session.scalars(
            select(Patron).where(
                func.lower(Patron.last_name) == _fold(data.last_name),
                Patron.birth_year == data.birth_year,
            )
        ):
            if _fold(patron.first_name) == _fold(data.first_name):
                found.setdefault(
                    patron.id, _duplicate(patron, "même nom et même année de naissance")
                )
    return tuple(found.values())


def _duplicate(patron: Patron, reason: str) -> Duplicate:
    name = f"{patron.first_name} {patron.last_name}".strip()
    return Duplicate(
        patron.id, patron.card_barcode, name, patron.birth_year, patron.commune, reason
    )


def _validate(data: NewPatron, today: dt.date) -> None:
    if not _clean(data.first_name) or not _clean(data.last_name):
        raise RegistrationError(Message("patron_cards.prenom_nom_necessaires_inscrire"))
    if data.birth_year is not None and not 1900 <= data.birth_year <= today.year:
        raise RegistrationError(
            Message("patron_cards.annee_naissance_invalide_birth", birth_year=data.birth_year)
        )
    email = _clean(data.email)
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise RegistrationError(
            Message("patron_cards.adresse_electronique_invalide_email", email=email)
        )
    phone = _clean(data.phone)
    if phone and not re.fullmatch(r"[+\d][\d .-]{5,28}", phone):
        raise RegistrationError(
            Message("patron_cards.numero_telephone_invalide_phone", phone=phone)
        )
    for label, value, limit in (
        ("prénom", data.first_name, 100),
        ("nom", data.last_name, 100),
        ("commune", data.commune, 120),
        ("courriel", data.email, 200),
    ):
        if value and len(value.strip()) > limit:
            raise RegistrationError(
                Message("patron_cards.label_trop_long_limit", label=label, limit=limit)
            )


def _years_after(day: dt.date) -> dt.date:
    """:data:`CARD_YEARS` later (29 February becomes 28 February)."""
    return dt.date(
        day.year + CARD_YEARS, day.month, min(day.day, 28) if day.month == 2 else day.day
    )


def _new_card(uow: UnitOfWork) -> str:
    while True:  # "L" + 8 characters of a fresh random id: unique across devices
        card = "L" + new_id().replace("-", "")[-8:].upper()
        if uow.session.scalar(select(Patron.id).where(Patron.card_barcode == card)) is None:
            return card


def register_patron(
    uow: UnitOfWork,
    data: NewPatron,
    *,
    allow_duplicate: bool = False,
    visit_id: str | None = None,
    today: dt.date | None = None,
) -> PatronCard:
    """Register a new patron and make their card (valid :data:`CARD_YEARS` year).

    At the desk (``visit_id``), the patron's usual stop is the visit's and the visit
    counts one more registration.

    Raises:
        PossibleDuplicate: same name and birth year, or same e-mail, and not
            ``allow_duplicate``.
        RegistrationError: missing name, invalid e-mail, card number already used…
    """
    day = today or dt.date.today()
    _validate(data, day)
    if not allow_duplicate:
        duplicates = possible_duplicates(uow, data)
        if duplicates:
            raise PossibleDuplicate(duplicates)
    card = (data.card_barcode or "").strip().upper() or _new_card(uow)
    if uow.session.scalar(select(Patron.id).where(Patron.card_barcode == card)) is not None:
        raise RegistrationError(Message("patron_cards.carte_card_deja_celle", card=card))
    visit = uow.session.get(StopVisit, visit_id) if visit_id else None
    email, phone = _clean(data.email), _clean(data.phone)
    channel = (
        ContactChannel.EMAIL if email else ContactChannel.PHONE if phone else ContactChannel.LETTER
    )
    expiry = _years_after(day)
    patron = Patron(
        card_barcode=card,
        first_name=str(_clean(data.first_name)),
        last_name=str(_clean(data.last_name)),
        birth_year=data.birth_year,
        commune=_clean(data.commune),
        email=email,
        phone=phone,
        preferred_channel=str(channel),
        card_expiry=expiry,
        registered_on=day,
        home_stop_id=visit.stop_id if visit is not None else None,
    )
    uow.session.add(patron)
    if visit is not None and visit.status != VisitStatus.CANCELLED.value:
        visit.new_registrations += 1
    uow.session.flush()
    record(uow, AuditAction.CHANGED, patron_id=patron.id, detail="inscription")
    name = f"{patron.first_name} {patron.last_name}"
    return PatronCard(
        patron.id, card, name, expiry,
        str(Message("patron_cards.registered", name=name, card=card, expiry=f"{expiry:%d/%m/%Y}")),
    )  # fmt: skip


def renew_card(uow: UnitOfWork, card_or_id: str, *, today: dt.date | None = None) -> PatronCard:
    """Renew a patron's card for :data:`CARD_YEARS` year, from today or from its end
    if it is still valid.

    Raises:
        RegistrationError: no patron with this card.
    """
    day = today or dt.date.today()
    key = card_or_id.strip()
    patron = uow.session.get(Patron, key) or uow.session.scalar(
        select(Patron).where(Patron.card_barcode == key.upper())
    )
    if patron is None:
        raise RegistrationError(Message("patron_cards.aucun_lecteur_carte_key", key=key))
    start = max(day, patron.card_expiry or day)
    expiry = _years_after(start)
    patron.card_expiry = expiry
    uow.session.flush()
    record(uow, AuditAction.CHANGED, patron_id=patron.id, detail="carte renouvelée")
    name = f"{patron.first_name} {patron.last_name}".strip()
    return PatronCard(
        patron.id, patron.card_barcode, name, expiry,
        str(Message("patron_cards.renewed", name=name, expiry=f"{expiry:%d/%m/%Y}")),
    )  # fmt: skip
