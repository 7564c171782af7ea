"""Bookmobile tours and their stops (coordinators).

A tour is a named route and its vehicle; its stops are the places the van halts, in
route order. The schedule rules of a stop are in
:mod:`bibliomobile.services.bookmobile.rule_changes`, the dated visits they give in
:mod:`bibliomobile.services.bookmobile.visit_generation` and
:mod:`bibliomobile.services.bookmobile.visit_calendar`.

Every write goes through the unit of work (change capture); the caller commits.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from bibliomobile.lang import Message
from bibliomobile.store.models import ScheduleRule, Stop, Tour
from bibliomobile.store.uow import UnitOfWork


class TimetableError(ValueError):
    """A change the coordinator asked for cannot be made; the message is in French."""


@dataclass(frozen=True, slots=True)
class TourRow:
    """A bookmobile tour in a list."""

    tour_id: str
    name: str
    vehicle: str | None
    loan_days: int
    active: bool
    stop_count: int


@dataclass(frozen=True, slots=True)
class StopData:
    """What a coordinator enters for a stop (create or edit)."""

    commune: str
    place: str
    postcode: str | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    position: int | None = None  # None: after the other stops of the tour
    active: bool = True


@dataclass(frozen=True, slots=True)
class StopRow:
    """A stop of a tour."""

    stop_id: str
    tour_id: str
    commune: str
    postcode: str | None
    place: str
    address: str | None
    latitude: float | None
    longitude: float | None
    position: int
    active: bool
    rule_count: int

    @property
    def label(self) -> str:
        return f"{self.commune}, {self.place}"


# -- tours -----------------------------------------------------------------------------


def _tour_row(tour: Tour, stop_count: int) -> TourRow:
    return TourRow(tour.id, tour.name, tour.vehicle, tour.loan_days, tour.active, stop_count)


def list_tours(uow: UnitOfWork, *, include_inactive: bool = True) -> list[TourRow]:
    """All bookmobile tours, by name, with their number of stops."""
    counts = select(Stop.tour_id, func.count().label("n")).group_by(Stop.tour_id).subquery()
    stmt = select(Tour, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.tour_id == Tour.id)
    if not include_inactive:
        stmt = stmt.where(Tour.active.is_(True))
    rows = uow.session.execute(stmt.order_by(Tour.name)).all()
    return [_tour_row(tour, int(n)) for tour, n in rows]


def find_tour(uow: UnitOfWork, name: str) -> TourRow:
    """The tour called ``name`` (case and surrounding spaces ignored).

    Raises:
        TimetableError: no such tour (the message lists the existing ones).
    """
    wanted = name.strip().casefold()
    tours = list_tours(uow)
    for tour in tours:
        if tour.name.casefold() == wanted:
            return tour
    known = ", ".join(t.name for t in tours) or "aucune"
    raise TimetableError(
        Message("bookmobile.tournee_inconnue_name_tournees", name=name, known=known)
    )


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise TimetableError(Message("bookmobile.donnez_nom_tournee"))
    return cleaned


def _check_loan_days(loan_days: int) -> None:
    if not 1 <= loan_days <= 365:
        raise TimetableError(Message("bookmobile.duree_pret_invalide_loan", loan_days=loan_days))


def create_tour(
    uow: UnitOfWork, name: str, vehicle: str | None = None, loan_days: int = 28
) -> TourRow:
    """Add a bookmobile tour.

    Raises:
        TimetableError: empty or already used name, invalid loan period.
    """
    cleaned = _clean_name(name)
    _check_loan_days(loan_days)
    _refuse_duplicate_tour(uow, cleaned, None)
    tour = Tour(name=cleaned, vehicle=(vehicle or "").strip() or None, loan_days=loan_days)
    uow.session.add(tour)
    uow.session.flush()
    return _tour_row(tour, 0)


def update_tour(
    uow: UnitOfWork,
    tour_id: str,
    *,
    name: str,
    vehicle: str | None,
    loan_days: int,
    active: bool = True,
) -> TourRow:
    """Change a tour's name, vehicle, loan period or active flag.

    Raises:
        TimetableError: unknown tour, empty or already used name, invalid loan period.
    """
    tour = get_tour(uow, tour_id)
    cleaned = _clean_name(name)
    _check_loan_days(loan_days)
    _refuse_duplicate_tour(uow, cleaned, tour_id)
    tour.name = cleaned
    tour.vehicle = (vehicle or "").strip() or None
    tour.loan_days = loan_days
    tour.active = active
    uow.session.flush()
    count = uow.session.scalar(select(func.count()).where(Stop.tour_id == tour_id)) or 0
    return _tour_row(tour, int(count))


def _refuse_duplicate_tour(uow: UnitOfWork, name: str, tour_id: str | None) -> None:
    # Compared in Python: SQLite's lower() leaves accented capitals ("TOURNÉE") alone.
    wanted = name.casefold()
    others = uow.session.execute(select(Tour.id, Tour.name).where(Tour.id != (tour_id or "")))
    if any(other.casefold() == wanted for _id, other in others):
        raise TimetableError(Message("bookmobile.tournee_appelle_deja_name", name=name))


def tour_row(uow: UnitOfWork, tour_id: str) -> TourRow:
    """One tour.

    Raises:
        TimetableError: unknown tour.
    """
    tour = get_tour(uow, tour_id)
    count = uow.session.scalar(select(func.count()).where(Stop.tour_id == tour_id)) or 0
    return _tour_row(tour, int(count))


def get_tour(uow: UnitOfWork, tour_id: str) -> Tour:
    """The stored tour, for the services of this package.

    Raises:
        TimetableError: unknown tour.
    """
    tour = uow.session.get(Tour, tour_id)
    if tour is None:
        raise TimetableError(Message("bookmobile.tournee_existe"))
    return tour


# -- stops -----------------------------------------------------------------------------


def _stop_row(stop: Stop, rule_count: int) -> StopRow:
    return StopRow(
        stop.id,
        stop.tour_id,
        stop.commune,
        stop.postcode,
        stop.place,
        stop.address,
        stop.latitude,
        stop.longitude,
        stop.position,
        stop.active,
        rule_count,
    )


def list_stops(uow: UnitOfWork, tour_id: str) -> list[StopRow]:
    """The stops of a tour in route order, with their number of schedule rules."""
    counts = (
        select(ScheduleRule.stop_id, func.count().label("n"))
        .group_by(ScheduleRule.stop_id)
        .subquery()
    )
    rows = uow.session.execute(
        select(Stop, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.stop_id == Stop.id)
        .where(Stop.tour_id == tour_id)
        .order_by(Stop.position, Stop.commune, Stop.place)
    ).all()
    return [_stop_row(stop, int(n)) for stop, n in rows]


def _clean_stop(data: StopData) -> StopData:
    commune = " ".join(data.commune.split())
    place = " ".join(data.place.split())
    if not commune:
        raise TimetableError(Message("bookmobile.indiquez_commune_arret"))
    if not place:
        raise TimetableError(Message("bookmobile.indiquez_lieu_arret_exemple"))
    if (data.latitude is None) != (data.longitude is None):
        raise TimetableError(Message("bookmobile.donnez_latitude_longitude_aucune"))
    if data.latitude is not None and not -90 <= data.latitude <= 90:
        raise TimetableError(
            Message("bookmobile.latitude_invalide_latitude_entre", latitude=data.latitude)
        )
    if data.longitude is not None and not -180 <= data.longitude <= 180:
        raise TimetableError(
            Message("bookmobile.longitude_invalide_longitude_entre", longitude=data.longitude)
        )
    return StopData(
        commune=commune,
        place=place,
        postcode=(data.postcode or "").strip() or None,
        address=" ".join((data.address or "").split()) or None,
        latitude=data.latitude,
        longitude=data.longitude,
        position=data.position,
        active=data.active,
    )


def create_stop(uow: UnitOfWork, tour_id: str, data: StopData) -> StopRow:
    """Add a stop to a tour.

    Raises:
        TimetableError: unknown tour, missing commune or place, invalid coordinates.
    """
    get_tour(uow, tour_id)
    clean = _clean_stop(data)
    position = clean.position
    if position is None:
        last = uow.session.scalar(select(func.max(Stop.position)).where(Stop.tour_id == tour_id))
        position = 0 if last is None else int(last) + 1
    stop = Stop(
        tour_id=tour_id,
        commune=clean.commune,
        postcode=clean.postcode,
        place=clean.place,
        address=clean.address,
        latitude=clean.latitude,
        longitude=clean.longitude,
        position=position,
        active=clean.active,
    )
    uow.session.add(stop)
    uow.session.flush()
    return _stop_row(stop, 0)


def update_stop(uow: UnitOfWork, stop_id: str, data: StopData) -> StopRow:
    """Change a stop's commune, place, address, coordinates, position or active flag.

    Raises:
        TimetableError: unknown stop, missing commune or place, invalid coordinates.
    """
    stop = get_stop(uow, stop_id)
    clean = _clean_stop(data)
    stop.commune = clean.commune
    stop.postcode = clean.postcode
    stop.place = clean.place
    stop.address = clean.address
    stop.latitude = clean.latitude
    stop.longitude = clean.longitude
    if clean.position is not None:
        stop.position = clean.position
    stop.active = clean.active
    uow.session.flush()
    count = uow.session.scalar(select(func.count()).where(ScheduleRule.stop_id == stop_id)) or 0
    return _stop_row(stop, int(count))


def get_stop(uow: UnitOfWork, stop_id: str) -> Stop:
    """The stored stop, for the services of this package.

    Raises:
        TimetableError: unknown stop.
    """
    stop = uow.session.get(Stop, stop_id)
    if stop is None:
        raise TimetableError(Message("bookmobile.cet_arret_existe"))
    return stop


def communes_of_tour(uow: UnitOfWork, tour_id: str) -> list[str]:
    """The communes a tour serves, in route order (each once)."""
    seen: dict[str, None] = {}
    for stop in list_stops(uow, tour_id):
        seen.setdefault(stop.commune, None)
    return list(seen)
