"""Volunteers (and staff members who deliver): who they are, when and where they go."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.domain.enums import RoundStatus
from bibliomobile.lang import Message
from bibliomobile.services.home_delivery.availability import (
    Window,
    check_windows,
    windows_from_json,
    windows_to_json,
)
from bibliomobile.services.home_delivery.common import HomeDeliveryError, check_place, clean_list
from bibliomobile.store.models import Round, Volunteer
from bibliomobile.store.uow import UnitOfWork


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


def _check_volunteer(data: VolunteerData) -> None:
    if not data.first_name.strip() or not data.last_name.strip():
        raise HomeDeliveryError(Message("home_delivery.prenom_nom_benevole_obligatoires"))
    if not 1 <= data.max_visits <= 30:
        raise HomeDeliveryError(Message("home_delivery.nombre_maximal_visites_tournee"))
    check_windows(data.availability)
    check_place(data.start_latitude, data.start_longitude)


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
            raise HomeDeliveryError(Message("home_delivery.benevole_existe"))
        found = existing
    found.first_name = data.first_name.strip()
    found.last_name = data.last_name.strip()
    found.phone = (data.phone or "").strip() or None
    found.email = (data.email or "").strip() or None
    found.availability = windows_to_json(data.availability)
    found.communes = clean_list(data.communes)
    found.max_visits = data.max_visits
    found.start_address = (data.start_address or "").strip() or None
    found.start_latitude = data.start_latitude
    found.start_longitude = data.start_longitude
    found.is_staff = data.is_staff
    found.active = data.active
    uow.session.flush()
    return found.id


def set_volunteer_active(uow: UnitOfWork, volunteer_id: str, active: bool) -> None:
    """A volunteer who leaves is made inactive: their past rounds stay in the history."""
    found = uow.session.get(Volunteer, volunteer_id)
    if found is None:
        raise HomeDeliveryError(Message("home_delivery.benevole_existe"))
    found.active = active


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
