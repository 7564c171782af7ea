"""Home delivery (portage à domicile): beneficiary profiles, volunteers, who is due.

Profiles hold what the service needs to bring the right books at the right time:
tastes, formats, when the person is at home, how to get in, whom to call. Never
anything about the person's health (a test scans the models for it).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from bibliomobile.domain.enums import (
    BeneficiaryStatus,
    DeliveryOutcome,
    DocumentFormat,
    Referral,
    RoundStatus,
    VisitFrequency,
)
from bibliomobile.services.text import WEEKDAYS_FR
from bibliomobile.store.models import Beneficiary, Delivery, Patron, Round, Volunteer
from bibliomobile.store.uow import UnitOfWork

#: When a beneficiary gave no availability: weekdays, office hours.
DEFAULT_AVAILABILITY_HOURS = (dt.time(9, 0), dt.time(17, 0))


class HomeDeliveryError(ValueError):
    """Bad input for a home-delivery operation; the message is French, for the user."""


@dataclass(frozen=True, slots=True)
class Window:
    """A weekly availability window: ``weekday`` 0 = Monday, from ``start`` to ``end``."""

    weekday: int
    start: dt.time
    end: dt.time

    def label(self) -> str:
        return f"{WEEKDAYS_FR[self.weekday]} {self.start:%H:%M}–{self.end:%H:%M}"


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
class VolunteerData:
    """The editable record of a volunteer (or a staff member who delivers)."""

    first_name: str
    last_name: str
    phone: str | None = None
    email: str | None = None
    availability: tuple[Window, ...] = ()
    communes: tuple[str, ...] = ()
    max_visits: int = 6
    start_address: str | None = None
    start_latitude: float | None = None
    start_longitude: float | None = None
    is_staff: bool = False
    active: bool = True


@dataclass(frozen=True, slots=True)
class VolunteerRow:
    """One line of the volunteers list."""

    volunteer_id: str
    name: str
    phone: str | None
    communes: tuple[str, ...]
    max_visits: int
    active: bool
    rounds_done: int


@dataclass(frozen=True, slots=True)
class DueVisit:
    """A beneficiary whose next visit falls in the planning period.

    Attributes:
        next_due: the date the frequency asks for (before the period: ``overdue``).
        earliest: the first day of the period on which the visit can happen
            (not paused, at home that weekday).
        possible_days: every such day of the period.
    """

    beneficiary_id: str
    patron_id: str
    name: str
    commune: str
    frequency: str
    last_delivered: dt.date | None
    next_due: dt.date
    earliest: dt.date
    overdue: bool
    possible_days: tuple[dt.date, ...] = field(default=())


# -- availability windows ---------------------------------------------------------


_TIME = re.compile(r"^(\d{1,2})[:hH](\d{2})$")


def parse_time(text: str) -> dt.time:
    """ "9:30", "09h30" → time; a clear French error otherwise."""
    match = _TIME.match(text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise HomeDeliveryError(f"Heure non comprise : « {text} » (exemple : 09:30).")
    return dt.time(int(match.group(1)), int(match.group(2)))


def windows_to_json(windows: Iterable[Window]) -> list[dict[str, Any]]:
    return [
        {"weekday": w.weekday, "start": w.start.strftime("%H:%M"), "end": w.end.strftime("%H:%M")}
        for w in windows
    ]


def windows_from_json(raw: Iterable[dict[str, Any]]) -> tuple[Window, ...]:
    found = []
    for entry in raw:
        try:
            found.append(
                Window(
                    int(entry["weekday"]),
                    dt.time.fromisoformat(str(entry["start"])),
                    dt.time.fromisoformat(str(entry["end"])),
                )
            )
        except (KeyError, ValueError, TypeError):
            continue  # a malformed entry from an old device: ignored, not fatal
    return tuple(sorted(found, key=lambda w: (w.weekday, w.start)))


def _check_windows(windows: Iterable[Window]) -> None:
    for w in windows:
        if not 0 <= w.weekday <= 6:
            raise HomeDeliveryError("Jour de la semaine inconnu dans les disponibilités.")
        if w.end <= w.start:
            raise HomeDeliveryError(
                f"Disponibilité {w.label()} : l'heure de fin doit suivre l'heure de début."
            )


def windows_on(windows: Sequence[Window], day: dt.date) -> list[Window]:
    """The windows of ``windows`` that apply on ``day`` (default hours if none at all)."""
    if not windows:
        if day.weekday() >= 5:
            return []
        start, end = DEFAULT_AVAILABILITY_HOURS
        return [Window(day.weekday(), start, end)]
    return [w for w in windows if w.weekday == day.weekday()]


_DAY_PREFIXES = {name[:3]: index for index, name in enumerate(WEEKDAYS_FR)}
_WINDOW = re.compile(
    r"^\s*(\w+)\.?\s+(\d{1,2}(?:[:hH]\d{0,2})?)\s*[-–à]+\s*(\d{1,2}(?:[:hH]\d{0,2})?)\s*$"
)


def _loose_time(text: str) -> dt.time:
    text = text.strip().lower()
    if text.endswith("h"):
        text += "00"
    if text.isdigit():
        text += ":00"
    return parse_time(text)


def parse_windows(text: str) -> tuple[Window, ...]:
    """Parse windows as people type them in the form: "lun 9:00-12:00; jeu 14h-16h30".

    Raises:
        HomeDeliveryError: a part that is not "day start-end" (French message).
    """
    found = []
    for part in re.split(r"[;\n]", text):
        if not part.strip():
            continue
        match = _WINDOW.match(part)
        day = _DAY_PREFIXES.get(match.group(1).lower()[:3]) if match else None
        if match is None or day is None:
            raise HomeDeliveryError(
                f"Disponibilité non comprise : « {part.strip()} » (exemple : lun 09:00-12:00)."
            )
        window = Window(day, _loose_time(match.group(2)), _loose_time(match.group(3)))
        _check_windows([window])
        found.append(window)
    return tuple(sorted(found, key=lambda w: (w.weekday, w.start)))


def format_windows(windows: Iterable[Window]) -> str:
    """Windows as the form shows them: "lun 09:00-12:00; jeu 14:00-16:30"."""
    return "; ".join(f"{WEEKDAYS_FR[w.weekday][:3]} {w.start:%H:%M}-{w.end:%H:%M}" for w in windows)


# -- beneficiaries ------------------------------------------------------------------


def _clean_list(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        text = value.strip()
        if text and text.casefold() not in {s.casefold() for s in seen}:
            seen[text] = None
    return list(seen)


def _check_profile(profile: BeneficiaryProfile) -> None:
    formats = {f.value for f in DocumentFormat}
    unknown = [f for f in profile.formats if f not in formats]
    if unknown:
        raise HomeDeliveryError(f"Format inconnu : {', '.join(unknown)}.")
    if profile.frequency not in {f.value for f in VisitFrequency}:
        raise HomeDeliveryError(f"Fréquence de visite inconnue : {profile.frequency}.")
    if profile.referral is not None and profile.referral not in {r.value for r in Referral}:
        raise HomeDeliveryError(f"Orientation inconnue : {profile.referral}.")
    both = {g.casefold() for g in profile.genres_liked} & {
        g.casefold() for g in profile.genres_disliked
    }
    if both:
        raise HomeDeliveryError(
            f"Un genre ne peut pas être à la fois aimé et à éviter : {', '.join(sorted(both))}."
        )
    _check_windows(profile.availability)
    _check_place(profile.latitude, profile.longitude)


def _check_place(latitude: float | None, longitude: float | None) -> None:
    if (latitude is None) != (longitude is None):
        raise HomeDeliveryError("Indiquez la latitude et la longitude, ou aucune des deux.")
    if latitude is not None and not -90 <= latitude <= 90:
        raise HomeDeliveryError("Latitude hors limites (entre -90 et 90).")
    if longitude is not None and not -180 <= longitude <= 180:
        raise HomeDeliveryError("Longitude hors limites (entre -180 et 180).")


def save_beneficiary(
    uow: UnitOfWork, patron_id: str, profile: BeneficiaryProfile, *, commit: bool = True
) -> str:
    """Create or update the beneficiary profile of a patron; returns the beneficiary id.

    Raises:
        HomeDeliveryError: unknown patron or an invalid profile (nothing is written).
    """
    session = uow.session
    if session.get(Patron, patron_id) is None:
        raise HomeDeliveryError("Ce lecteur n'existe pas.")
    _check_profile(profile)
    found = session.scalar(select(Beneficiary).where(Beneficiary.patron_id == patron_id))
    if found is None:
        found = Beneficiary(patron_id=patron_id, status=BeneficiaryStatus.ACTIVE.value)
        found.since = profile.since or dt.date.today()
        session.add(found)
    elif profile.since is not None:
        found.since = profile.since
    found.formats = list(profile.formats)
    found.genres_liked = _clean_list(profile.genres_liked)
    found.genres_disliked = _clean_list(profile.genres_disliked)
    found.favourite_authors = _clean_list(profile.favourite_authors)
    found.taste_notes = (profile.taste_notes or "").strip() or None
    found.frequency = profile.frequency
    found.availability = windows_to_json(profile.availability)
    found.access_notes = (profile.access_notes or "").strip() or None
    found.contact_person = (profile.contact_person or "").strip() or None
    found.contact_phone = (profile.contact_phone or "").strip() or None
    found.referral = profile.referral
    found.latitude = profile.latitude
    found.longitude = profile.longitude
    session.flush()
    if commit:
        uow.commit()
    return found.id


def _beneficiary(uow: UnitOfWork, beneficiary_id: str) -> Beneficiary:
    found = uow.session.get(Beneficiary, beneficiary_id)
    if found is None:
        raise HomeDeliveryError("Ce bénéficiaire n'existe pas.")
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
        raise HomeDeliveryError("La fin de la pause doit suivre son début.")
    if not reason.strip():
        raise HomeDeliveryError("Indiquez la raison de la pause (hospitalisation, vacances…).")
    found = _beneficiary(uow, beneficiary_id)
    found.status = BeneficiaryStatus.PAUSED.value
    found.paused_from = start
    found.paused_to = end
    found.pause_reason = reason.strip()
    uow.commit()


def resume_beneficiary(uow: UnitOfWork, beneficiary_id: str) -> None:
    """End a pause now."""
    found = _beneficiary(uow, beneficiary_id)
    found.status = BeneficiaryStatus.ACTIVE.value
    found.paused_from = None
    found.paused_to = None
    found.pause_reason = None
    uow.commit()


def end_beneficiary(uow: UnitOfWork, beneficiary_id: str) -> None:
    """Stop home delivery for good (the history stays)."""
    found = _beneficiary(uow, beneficiary_id)
    found.status = BeneficiaryStatus.ENDED.value
    uow.commit()


def _last_delivered(
    uow: UnitOfWork, beneficiary_ids: Iterable[str] | None = None
) -> dict[str, dt.date]:
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
    last = _last_delivered(uow)
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


def profile_of(found: Beneficiary) -> BeneficiaryProfile:
    return BeneficiaryProfile(
        formats=tuple(found.formats or ()),
        genres_liked=tuple(found.genres_liked or ()),
        genres_disliked=tuple(found.genres_disliked or ()),
        favourite_authors=tuple(found.favourite_authors or ()),
        taste_notes=found.taste_notes,
        frequency=found.frequency,
        availability=windows_from_json(found.availability or ()),
        access_notes=found.access_notes,
        contact_person=found.contact_person,
        contact_phone=found.contact_phone,
        referral=found.referral,
        latitude=found.latitude,
        longitude=found.longitude,
        since=found.since,
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
        profile=profile_of(found),
        last_delivered=_last_delivered(uow, [found.id]).get(found.id),
    )


def beneficiary_for_patron(uow: UnitOfWork, patron_id: str) -> str | None:
    """The beneficiary id of a patron, if they are served at home."""
    found = uow.session.scalar(select(Beneficiary.id).where(Beneficiary.patron_id == patron_id))
    return str(found) if found else None


# -- volunteers -----------------------------------------------------------------------


def _check_volunteer(data: VolunteerData) -> None:
    if not data.first_name.strip() or not data.last_name.strip():
        raise HomeDeliveryError("Le prénom et le nom du bénévole sont obligatoires.")
    if not 1 <= data.max_visits <= 30:
        raise HomeDeliveryError("Le nombre maximal de visites par tournée va de 1 à 30.")
    _check_windows(data.availability)
    _check_place(data.start_latitude, data.start_longitude)


def save_volunteer(uow: UnitOfWork, data: VolunteerData, volunteer_id: str | None = None) -> str:
    """Create (``volunteer_id`` None) or update a volunteer; returns their id.

    Raises:
        HomeDeliveryError: invalid data or unknown volunteer (nothing is written).
    """
    _check_volunteer(data)
    if volunteer_id is None:
        found = Volunteer(first_name="", last_name="")
        uow.session.add(found)
    else:
        existing = uow.session.get(Volunteer, volunteer_id)
        if existing is None:
            raise HomeDeliveryError("Ce bénévole n'existe pas.")
        found = existing
    found.first_name = data.first_name.strip()
    found.last_name = data.last_name.strip()
    found.phone = (data.phone or "").strip() or None
    found.email = (data.email or "").strip() or None
    found.availability = windows_to_json(data.availability)
    found.communes = _clean_list(data.communes)
    found.max_visits = data.max_visits
    found.start_address = (data.start_address or "").strip() or None
    found.start_latitude = data.start_latitude
    found.start_longitude = data.start_longitude
    found.is_staff = data.is_staff
    found.active = data.active
    uow.session.flush()
    uow.commit()
    return found.id


def set_volunteer_active(uow: UnitOfWork, volunteer_id: str, active: bool) -> None:
    """A volunteer who leaves is made inactive: their past rounds stay in the history."""
    found = uow.session.get(Volunteer, volunteer_id)
    if found is None:
        raise HomeDeliveryError("Ce bénévole n'existe pas.")
    found.active = active
    uow.commit()


def volunteer_data(uow: UnitOfWork, volunteer_id: str) -> VolunteerData | None:
    found = uow.session.get(Volunteer, volunteer_id)
    if found is None:
        return None
    return VolunteerData(
        first_name=found.first_name,
        last_name=found.last_name,
        phone=found.phone,
        email=found.email,
        availability=windows_from_json(found.availability or ()),
        communes=tuple(found.communes or ()),
        max_visits=found.max_visits,
        start_address=found.start_address,
        start_latitude=found.start_latitude,
        start_longitude=found.start_longitude,
        is_staff=found.is_staff,
        active=found.active,
    )


def list_volunteers(uow: UnitOfWork, *, include_inactive: bool = True) -> list[VolunteerRow]:
    """Volunteers by name, with the number of rounds they completed."""
    done = {
        str(volunteer_id): int(count)
        for volunteer_id, count in uow.session.execute(
            select(Round.volunteer_id, func.count())
            .where(Round.status == RoundStatus.DONE.value)
            .group_by(Round.volunteer_id)
        )
    }
    stmt = select(Volunteer)
    if not include_inactive:
        stmt = stmt.where(Volunteer.active.is_(True))
    rows = [
        VolunteerRow(
            volunteer_id=v.id,
            name=f"{v.last_name.upper()} {v.first_name}",
            phone=v.phone,
            communes=tuple(v.communes or ()),
            max_visits=v.max_visits,
            active=v.active,
            rounds_done=int(done.get(v.id, 0)),
        )
        for v in uow.session.scalars(stmt)
    ]
    return sorted(rows, key=lambda r: (not r.active, r.name.casefold()))


# -- who is due -----------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus calendar months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_visit_after(frequency: str, last: dt.date) -> dt.date:
    """The date the next visit is due after a delivered visit on ``last``."""
    if frequency == VisitFrequency.WEEKLY.value:
        return last + dt.timedelta(days=7)
    if frequency == VisitFrequency.FORTNIGHTLY.value:
        return last + dt.timedelta(days=14)
    return add_months(last, 1)


def is_paused_on(found: Beneficiary, day: dt.date) -> bool:
    """True if the beneficiary receives no visit on ``day``."""
    if found.status == BeneficiaryStatus.ENDED.value:
        return True
    if found.paused_from is not None:
        return found.paused_from <= day and (found.paused_to is None or day <= found.paused_to)
    return found.status == BeneficiaryStatus.PAUSED.value


def _pending_beneficiaries(uow: UnitOfWork) -> set[str]:
    """Beneficiaries who already have a visit planned and not yet made."""
    stmt = (
        select(Delivery.beneficiary_id)
        .join(Round, Round.id == Delivery.round_id)
        .where(Delivery.outcome.is_(None))
        .where(Round.status.in_([RoundStatus.PLANNED.value, RoundStatus.IN_PROGRESS.value]))
    )
    return {str(b) for b in uow.session.scalars(stmt)}


def due_visits(
    uow: UnitOfWork,
    period_start: dt.date,
    period_end: dt.date,
    *,
    include_planned: bool = False,
) -> list[DueVisit]:
    """Beneficiaries whose next visit falls in [period_start, period_end].

    The next visit is due one period (week, fortnight, month) after the last
    *delivered* visit, so an absence or a postponement keeps the person due. A
    beneficiary never visited is due from their start date. Days of pause and days
    they are not at home are skipped; someone whose whole period is paused is not
    due. Beneficiaries who already have a planned visit are left out unless
    ``include_planned``.

    Raises:
        HomeDeliveryError: if the period ends before it starts.
    """
    if period_end < period_start:
        raise HomeDeliveryError("La fin de la période doit suivre son début.")
    pending = set() if include_planned else _pending_beneficiaries(uow)
    last = _last_delivered(uow)
    found: list[DueVisit] = []
    stmt = (
        select(Beneficiary, Patron)
        .join(Patron, Patron.id == Beneficiary.patron_id)
        .where(Beneficiary.status != BeneficiaryStatus.ENDED.value)
    )
    for beneficiary, patron in uow.session.execute(stmt):
        if beneficiary.id in pending:
            continue
        last_day = last.get(beneficiary.id)
        if last_day is not None:
            next_due = next_visit_after(beneficiary.frequency, last_day)
        else:
            next_due = beneficiary.since or period_start
        if next_due > period_end:
            continue
        windows = windows_from_json(beneficiary.availability or ())
        days = []
        day = max(next_due, period_start)
        while day <= period_end:
            if not is_paused_on(beneficiary, day) and windows_on(windows, day):
                days.append(day)
            day += dt.timedelta(days=1)
        if not days:
            continue
        found.append(
            DueVisit(
                beneficiary_id=beneficiary.id,
                patron_id=patron.id,
                name=f"{patron.last_name.upper()} {patron.first_name}",
                commune=patron.commune or "",
                frequency=beneficiary.frequency,
                last_delivered=last_day,
                next_due=next_due,
                earliest=days[0],
                overdue=next_due < period_start,
                possible_days=tuple(days),
            )
        )
    return sorted(found, key=lambda d: (d.next_due, d.name.casefold()))
