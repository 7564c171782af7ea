"""Beneficiaries: the people served at home and their profiles.

Profiles hold what the service needs to bring the right books at the right time:
tastes, formats, when the person is at home, how to get in, whom to call. Never
anything about the person's health (a test scans the models for it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.domain.enums import (
    AuditAction,
    BeneficiaryStatus,
    DeliveryOutcome,
    DocumentFormat,
    InformationWay,
    LegalBasis,
    Referral,
    VisitFrequency,
)
from bibliomobile.domain.health import PAUSE_REASONS
from bibliomobile.domain.ids import new_id
from bibliomobile.lang import Message
from bibliomobile.services.audit import record
from bibliomobile.services.circulation.lookup import find_card
from bibliomobile.services.home_delivery.access_notes import note_for_editing, seal_for
from bibliomobile.services.home_delivery.availability import (
    Window,
    check_windows,
    windows_from_json,
    windows_to_json,
)
from bibliomobile.services.home_delivery.common import HomeDeliveryError, check_place, clean_list
from bibliomobile.services.home_delivery.selection import FeedbackSummary, feedback_summary
from bibliomobile.store.models import Beneficiary, Delivery, Patron, Round
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class BeneficiaryProfile:
    """The editable profile of a beneficiary (what the form shows and saves)."""

    formats: tuple[str, ...] = ()
    genres_liked: tuple[str, ...] = ()
    genres_disliked: tuple[str, ...] = ()
    favourite_authors: tuple[str, ...] = ()
    taste_notes: str | None = None
    frequency: str = VisitFrequency.MONTHLY.value
    availability: tuple[Window, ...] = ()
    access_notes: str | None = None
    contact_person: str | None = None
    contact_phone: str | None = None
    referral: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    since: dt.date | None = None
    legal_basis: str | None = None  # LegalBasis
    informed_on: dt.date | None = None
    informed_how: str | None = None  # InformationWay


@dataclass(frozen=True, slots=True)
class BeneficiaryRow:
    """One line of the beneficiaries list."""

    beneficiary_id: str
    patron_id: str
    name: str
    commune: str
    frequency: str
    status: str
    paused_to: dt.date | None
    last_delivered: dt.date | None


@dataclass(frozen=True, slots=True)
class BeneficiaryDetail:
    """A beneficiary with their patron's contact details and profile."""

    beneficiary_id: str
    patron_id: str
    card_barcode: str
    first_name: str
    last_name: str
    address: str | None
    commune: str | None
    phone: str | None
    status: str
    paused_from: dt.date | None
    paused_to: dt.date | None
    pause_reason: str | None
    profile: BeneficiaryProfile
    last_delivered: dt.date | None


@dataclass(frozen=True, slots=True)
class BeneficiaryWithFeedback:
    """What the profile form shows: the beneficiary (None if unknown) and what visits taught."""

    detail: BeneficiaryDetail | None
    feedback: FeedbackSummary


def _check_profile(profile: BeneficiaryProfile) -> None:
    formats = {f.value for f in DocumentFormat}
    unknown = [f for f in profile.formats if f not in formats]
    if unknown:
        raise HomeDeliveryError(
            Message("home_delivery.format_inconnu_names", names=", ".join(unknown))
        )
    if profile.frequency not in {f.value for f in VisitFrequency}:
        raise HomeDeliveryError(
            Message(
                "home_delivery.frequence_visite_inconnue_frequency", frequency=profile.frequency
            )
        )
    if profile.referral is not None and profile.referral not in {r.value for r in Referral}:
        raise HomeDeliveryError(
            Message("home_delivery.orientation_inconnue_referral", referral=profile.referral)
        )
    both = {g.casefold() for g in profile.genres_liked} & {
        g.casefold() for g in profile.genres_disliked
    }
    if both:
        raise HomeDeliveryError(
            Message("home_delivery.genre_peut_etre_fois", names=", ".join(sorted(both)))
        )
    check_windows(profile.availability)
    check_place(profile.latitude, profile.longitude)
    check_legal_record(profile.legal_basis, profile.informed_on, profile.informed_how)


def check_legal_record(
    legal_basis: str | None, informed_on: dt.date | None, informed_how: str | None
) -> None:
    """The legal basis and the information given are valid choices (all may be empty
    while the file is being made: planning refuses a beneficiary without them)."""
    if legal_basis is not None and legal_basis not in {b.value for b in LegalBasis}:
        raise HomeDeliveryError(Message("home_delivery.unknown_legal_basis", value=legal_basis))
    if informed_how is not None and informed_how not in {w.value for w in InformationWay}:
        raise HomeDeliveryError(
            Message("home_delivery.unknown_information_way", value=informed_how)
        )
    if informed_on is not None and informed_on > dt.date.today():
        raise HomeDeliveryError(Message("home_delivery.information_date_in_future"))
    if (informed_on is None) != (informed_how is None):
        raise HomeDeliveryError(Message("home_delivery.information_date_and_way"))


def missing_legal_record(found: Beneficiary) -> Message | None:
    """Why a beneficiary may not be planned yet, or None when the record is complete."""
    if found.legal_basis is None:
        return Message("home_delivery.legal_basis_missing")
    if found.informed_on is None or found.informed_how is None:
        return Message("home_delivery.information_missing")
    return None


def save_beneficiary(uow: UnitOfWork, patron_id: str, profile: BeneficiaryProfile) -> str:
    """Create or update the beneficiary profile of a patron; returns the beneficiary id.

    Raises:
        HomeDeliveryError: unknown patron or an invalid profile (nothing is written).
    """
    session = uow.session
    if session.get(Patron, patron_id) is None:
        raise HomeDeliveryError(Message("home_delivery.lecteur_existe"))
    _check_profile(profile)
    found = session.scalar(select(Beneficiary).where(Beneficiary.patron_id == patron_id))
    if found is None:
        found = Beneficiary(id=new_id(), patron_id=patron_id, status=BeneficiaryStatus.ACTIVE.value)
        found.since = profile.since or dt.date.today()
        session.add(found)
    elif profile.since is not None:
        found.since = profile.since
    found.formats = list(profile.formats)
    found.genres_liked = clean_list(profile.genres_liked)
    found.genres_disliked = clean_list(profile.genres_disliked)
    found.favourite_authors = clean_list(profile.favourite_authors)
    found.taste_notes = (profile.taste_notes or "").strip() or None
    found.frequency = profile.frequency
    found.availability = windows_to_json(profile.availability)
    found.access_notes = seal_for(uow, found.id, profile.access_notes)
    found.contact_person = (profile.contact_person or "").strip() or None
    found.contact_phone = (profile.contact_phone or "").strip() or None
    found.referral = profile.referral
    found.latitude = profile.latitude
    found.longitude = profile.longitude
    found.legal_basis = profile.legal_basis
    found.informed_on = profile.informed_on
    found.informed_how = profile.informed_how
    session.flush()
    record(uow, AuditAction.CHANGED, patron_id=patron_id, beneficiary_id=found.id, detail="profil")
    return found.id


def add_beneficiary_from_card(uow: UnitOfWork, card: str) -> str:
    """Serve at home the patron whose card was scanned; returns the beneficiary id.

    A patron already served keeps their profile; a new one starts with an empty one.

    Raises:
        HomeDeliveryError: no patron has this card.
    """
    patron_id = find_card(uow, card)
    if patron_id is None:
        raise HomeDeliveryError(Message("home_delivery.aucun_lecteur_carte_card", card=card))
    existing = beneficiary_for_patron(uow, patron_id)
    if existing is not None:
        return existing
    return save_beneficiary(uow, patron_id, BeneficiaryProfile())


def _beneficiary(uow: UnitOfWork, beneficiary_id: str) -> Beneficiary:
    found = uow.session.get(Beneficiary, beneficiary_id)
    if found is None:
        raise HomeDeliveryError(Message("home_delivery.beneficiaire_existe"))
    return found


def pause_beneficiary(
    uow: UnitOfWork,
    beneficiary_id: str,
    start: dt.date,
    end: dt.date | None,
    reason: str,
) -> None:
    """Pause visits from ``start`` to ``end`` included (None: until resumed)."""
    if end is not None and end < start:
        raise HomeDeliveryError(Message("home_delivery.fin_pause_doit_suivre"))
    if reason.strip() not in PAUSE_REASONS:
        # A choice, never free text: a pause must not say "hospitalisation".
        raise HomeDeliveryError(
            "Choisissez la raison de la pause : " + ", ".join(PAUSE_REASONS.values()) + "."
        )
    found = _beneficiary(uow, beneficiary_id)
    found.status = BeneficiaryStatus.PAUSED.value
    found.paused_from = start
    found.paused_to = end
    found.pause_reason = reason.strip()
    record(uow, AuditAction.CHANGED, beneficiary_id=found.id, detail="pause")


def resume_beneficiary(uow: UnitOfWork, beneficiary_id: str) -> None:
    """End a pause now."""
    found = _beneficiary(uow, beneficiary_id)
    found.status = BeneficiaryStatus.ACTIVE.value
    found.paused_from = None
    found.paused_to = None
    found.pause_reason = None
    record(uow, AuditAction.CHANGED, beneficiary_id=found.id, detail="reprise")


def end_beneficiary(uow: UnitOfWork, beneficiary_id: str) -> None:
    """Stop home delivery for good (the history stays)."""
    found = _beneficiary(uow, beneficiary_id)
    found.status = BeneficiaryStatus.ENDED.value


def last_delivered_dates(
    uow: UnitOfWork, beneficiary_ids: Iterable[str] | None = None
) -> dict[str, dt.date]:
    """The date of each beneficiary's last delivered visit (all of them, or those given)."""
    stmt = (
        select(Delivery.beneficiary_id, func.max(Round.date))
        .join(Round, Round.id == Delivery.round_id)
        .where(Delivery.outcome == DeliveryOutcome.DELIVERED.value)
        .group_by(Delivery.beneficiary_id)
    )
    if beneficiary_ids is not None:
        stmt = stmt.where(Delivery.beneficiary_id.in_(list(beneficiary_ids)))
    return {str(b): d for b, d in uow.session.execute(stmt).all() if d is not None}


def list_beneficiaries(uow: UnitOfWork, *, include_ended: bool = False) -> list[BeneficiaryRow]:
    """Every beneficiary, by name."""
    stmt = select(Beneficiary, Patron).join(Patron, Patron.id == Beneficiary.patron_id)
    if not include_ended:
        stmt = stmt.where(Beneficiary.status != BeneficiaryStatus.ENDED.value)
    last = last_delivered_dates(uow)
    rows = [
        BeneficiaryRow(
            beneficiary_id=b.id,
            patron_id=p.id,
            name=f"{p.last_name.upper()} {p.first_name}",
            commune=p.commune or "",
            frequency=b.frequency,
            status=b.status,
            paused_to=b.paused_to,
            last_delivered=last.get(b.id),
        )
        for b, p in uow.session.execute(stmt)
    ]
    return sorted(rows, key=lambda r: r.name.casefold())


def profile_of(uow: UnitOfWork, found: Beneficiary) -> BeneficiaryProfile:
    """The profile as the coordinator's form shows it (the access note opened)."""
    return BeneficiaryProfile(
        formats=tuple(found.formats or ()),
        genres_liked=tuple(found.genres_liked or ()),
        genres_disliked=tuple(found.genres_disliked or ()),
        favourite_authors=tuple(found.favourite_authors or ()),
        taste_notes=found.taste_notes,
        frequency=found.frequency,
        availability=windows_from_json(found.availability or ()),
        access_notes=note_for_editing(uow, found),
        contact_person=found.contact_person,
        contact_phone=found.contact_phone,
        referral=found.referral,
        latitude=found.latitude,
        longitude=found.longitude,
        since=found.since,
        legal_basis=found.legal_basis,
        informed_on=found.informed_on,
        informed_how=found.informed_how,
    )


def beneficiary_detail(uow: UnitOfWork, beneficiary_id: str) -> BeneficiaryDetail | None:
    """One beneficiary with their contact details and profile, or None."""
    found = uow.session.get(Beneficiary, beneficiary_id)
    if found is None:
        return None
    patron = uow.session.get(Patron, found.patron_id)
    assert patron is not None
    return BeneficiaryDetail(
        beneficiary_id=found.id,
        patron_id=patron.id,
        card_barcode=patron.card_barcode,
        first_name=patron.first_name,
        last_name=patron.last_name,
        address=patron.address,
        commune=patron.commune,
        phone=patron.phone,
        status=found.status,
        paused_from=found.paused_from,
        paused_to=found.paused_to,
        pause_reason=found.pause_reason,
        profile=profile_of(uow, found),
        last_delivered=last_delivered_dates(uow, [found.id]).get(found.id),
    )


def beneficiary_with_feedback(uow: UnitOfWork, beneficiary_id: str) -> BeneficiaryWithFeedback:
    """A beneficiary's detail and what their visits taught about their tastes.

    This is the profile a person opens: the view is audited (the caller commits).
    """
    detail = beneficiary_detail(uow, beneficiary_id)
    if detail is not None:
        record(
            uow,
            AuditAction.VIEWED,
            patron_id=detail.patron_id,
            beneficiary_id=beneficiary_id,
            detail="fiche du bénéficiaire",
        )
    return BeneficiaryWithFeedback(detail, feedback_summary(uow, beneficiary_id))


def beneficiary_for_patron(uow: UnitOfWork, patron_id: str) -> str | None:
    """The beneficiary id of a patron, if they are served at home."""
    found = uow.session.scalar(select(Beneficiary.id).where(Beneficiary.patron_id == patron_id))
    return str(found) if found else None
