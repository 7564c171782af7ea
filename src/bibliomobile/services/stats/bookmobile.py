"""Bookmobile figures: visits, hours, visitors, circulation by document type and
audience, active borrowers by age group and commune, per stop, tour and month.

Circulation is read from the event log (desk actions, undone ones left out), and a
borrower's age group and commune from the event itself when it carries them: old
loans anonymised by the retention job still count.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TypeVarTuple

from sqlalchemy import Select, func, select

from bibliomobile.domain.age_groups import AGE_GROUPS, UNKNOWN, age_group
from bibliomobile.domain.enums import CirculationKind, VisitStatus
from bibliomobile.services.circulation.log import desk_action, not_undone
from bibliomobile.services.stats.common import (
    Cell,
    Chart,
    Period,
    Scope,
    Section,
    Table,
    hours_between,
    month_of,
    totals,
)
from bibliomobile.store.models import CirculationEvent, Item, Patron, Record, Stop, StopVisit, Tour
from bibliomobile.store.uow import Reader

FORMATS = {
    "book": "Livres",
    "large_print": "Livres en gros caractères",
    "comic": "Bandes dessinées",
    "magazine": "Revues",
    "audiobook": "Livres audio",
    "music_cd": "Musique (CD)",
    "dvd": "Vidéo (DVD)",
}
AUDIENCES = {"adult": "Adultes", "young_adult": "Adolescents", "child": "Enfants"}
AGE_LABELS = {
    "0-14": "0-14 ans",
    "15-64": "15-64 ans",
    "65+": "65 ans et plus",
    UNKNOWN: "Âge inconnu",
}
KINDS = (CirculationKind.CHECKOUT.value, CirculationKind.CHECKIN.value, CirculationKind.RENEW.value)
Ts = TypeVarTuple("Ts")
MADE = (VisitStatus.OPEN.value, VisitStatus.CLOSED.value)


@dataclass
class _Figures:
    """What adds up for a stop, a tour or a month."""

    planned: int = 0
    made: int = 0
    cancelled: int = 0
    hours: float = 0.0
    adults: int = 0
    children: int = 0
    registrations: int = 0
    circulation: Counter[str] = field(default_factory=Counter)

    def row(self, label: str, *extra: Cell) -> tuple[Cell, ...]:
        return (
            label,
            *extra,
            self.planned,
            self.made,
            self.cancelled,
            round(self.hours, 2),
            self.adults,
            self.children,
            self.circulation[CirculationKind.CHECKOUT.value],
            self.circulation[CirculationKind.CHECKIN.value],
            self.circulation[CirculationKind.RENEW.value],
            self.registrations,
        )


FIGURE_HEADERS = (
    "Passages prévus",
    "Passages effectués",
    "Passages annulés",
    "Heures d'ouverture",
    "Visiteurs adultes",
    "Visiteurs enfants",
    "Prêts",
    "Retours",
    "Prolongations",
    "Nouveaux inscrits",
)


def counted(query: Select[*Ts], period: Period, scope: Scope) -> Select[*Ts]:
    """``query`` (selecting from circulation events) limited to the bookmobile's counted
    events: desk actions at a visit of the scope in the period, not undone, checkouts,
    returns and renewals."""
    query = (
        query.join(StopVisit, StopVisit.id == CirculationEvent.visit_id)
        .where(StopVisit.date.between(period.start, period.end))
        .where(CirculationEvent.delivery_id.is_(None))
        .where(CirculationEvent.kind.in_(KINDS))
        .where(desk_action())
        .where(not_undone())
    )
    if scope.stop_ids is not None:
        query = query.where(StopVisit.stop_id.in_(sorted(scope.stop_ids)))
    return query


def bookmobile_section(uow: Reader, period: Period, scope: Scope) -> Section:
    """Every bookmobile table and chart of the period, within the scope."""
    return with_details(
        bookmobile_first_tables(uow, period, scope), bookmobile_details(uow, period, scope)
    )


def bookmobile_first_tables(uow: Reader, period: Period, scope: Scope) -> Section:
    """The tables of the visits (per stop, tour and month, cancellations, cost inputs)
    and the charts: one pass over the visits and one over their events, what the
    Statistiques workspace shows first. :func:`bookmobile_details` adds the rest."""
    session = uow.session
    stops = {
        s.id: s
        for s in session.scalars(select(Stop).order_by(Stop.tour_id, Stop.position))
        if scope.has(s.id)
    }
    tours = {t.id: t.name for t in session.scalars(select(Tour))}
    visits = [
        v
        for v in session.scalars(
            select(StopVisit)
            .where(StopVisit.date.between(period.start, period.end))
            .order_by(StopVisit.date, StopVisit.start_time)
        )
        if v.stop_id in stops
    ]
    per_visit: dict[str, Counter[str]] = defaultdict(Counter)
    for visit_id, kind, count in session.execute(
        counted(
            select(CirculationEvent.visit_id, CirculationEvent.kind, func.count()), period, scope
        ).group_by(CirculationEvent.visit_id, CirculationEvent.kind)
    ):
        per_visit[str(visit_id)][kind] = int(count)

    by_stop: dict[str, _Figures] = {stop_id: _Figures() for stop_id in stops}
    by_tour: dict[str, _Figures] = {}
    by_month: dict[str, _Figures] = {}
    reasons: Counter[str] = Counter()
    for visit in visits:
        stop = stops[visit.stop_id]
        month = month_of(visit.date)
        for figures in (
            by_stop[visit.stop_id],
            by_tour.setdefault(stop.tour_id, _Figures()),
            by_month.setdefault(month, _Figures()),
        ):
            figures.planned += 1
            if visit.status == VisitStatus.CANCELLED.value:
                figures.cancelled += 1
            elif visit.status in MADE:
                figures.made += 1
                figures.hours += hours_between(visit.start_time, visit.end_time)
                figures.adults += visit.adults
                figures.children += visit.children
                figures.registrations += visit.new_registrations
            figures.circulation.update(per_visit.get(visit.id, Counter()))
        if visit.status == VisitStatus.CANCELLED.value:
            reasons[(visit.cancel_reason or "").strip() or "Sans motif"] += 1

    stop_rows = [by_stop[s].row(f"{stops[s].commune} – {stops[s].place}") for s in stops]
    tour_rows = [
        f.row(tours.get(t, t))
        for t, f in sorted(by_tour.items(), key=lambda x: tours.get(x[0], ""))
    ]
    month_rows = [f.row(m) for m, f in sorted(by_month.items())]
    stop_total = totals(stop_rows)
    tables = [
        Table(
            "bibliobus_arrets",
            "Par arrêt",
            ("Arrêt", *FIGURE_HEADERS),
            tuple(stop_rows),
            "Un passage prévu est un passage daté dans la période ; effectué : ouvert ou "
            "clos par l'équipage ; annulé : annulé avec ou sans motif. Heures : de "
            "l'ouverture prévue à la fermeture prévue des passages effectués. Visiteurs : "
            "les compteurs tenus pendant le passage. Prêts, retours, prolongations : "
            "opérations faites au bureau pendant les passages (annulations déduites). "
            "Les arrêts sont rangés par tournée.",
            stop_total or None,
        ),
        Table(
            "bibliobus_tournees",
            "Par tournée",
            ("Tournée", *FIGURE_HEADERS),
            tuple(tour_rows),
            "Les mêmes chiffres, additionnés par tournée.",
            totals(tour_rows) or None,
        ),
        Table(
            "bibliobus_mois",
            "Par mois",
            ("Mois", *FIGURE_HEADERS),
            tuple(month_rows),
            "Les mêmes chiffres, additionnés par mois (date du passage).",
            totals(month_rows) or None,
        ),
        _reasons_table(reasons),
        _cost_table(by_stop, per_visit, visits),
    ]
    return Section(
        "bookmobile",
        "Bibliobus",
        tuple(tables),
        (
            _loans_per_month_chart(period, scope, visits, per_visit, stops, tours),
            Chart(
                "visiteurs_arret",
                "Visiteurs par arrêt",
                tuple(str(r[0]) for r in stop_rows),
                (
                    ("Adultes", tuple(float(by_stop[s].adults) for s in stops)),
                    ("Enfants", tuple(float(by_stop[s].children) for s in stops)),
                ),
            ),
        ),
    )


def bookmobile_details(uow: Reader, period: Period, scope: Scope) -> tuple[Table, ...]:
    """The tables that read every event's item or borrower (documents by type and
    audience, active borrowers): most of the bookmobile section's time."""
    return (_documents_table(uow, period, scope), *_borrower_tables(uow, period, scope))


def with_details(first: Section, details: tuple[Table, ...]) -> Section:
    """The whole bookmobile section: :func:`bookmobile_first_tables`' with the details
    before the cost inputs (the last table)."""
    tables = first.tables
    return Section(first.key, first.title, (*tables[:-1], *details, tables[-1]), first.charts)


def _reasons_table(reasons: Counter[str]) -> Table:
    rows = tuple((reason, n) for reason, n in sorted(reasons.items(), key=lambda x: (-x[1], x[0])))
    return Table(
        "bibliobus_annulations",
        "Passages annulés, par motif",
        ("Motif", "Passages annulés"),
        rows,
        "Le motif saisi à l'annulation du passage (« Sans motif » quand il manque).",
        totals(rows) or None,
    )


def _documents_table(uow: Reader, period: Period, scope: Scope) -> Table:
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    # Events grouped by item first, then items joined: joining a year's events to the
    # catalogue row by row makes SQLite walk the 500,000 items instead.
    per_item = (
        counted(
            select(
                CirculationEvent.item_id.label("item_id"),
                CirculationEvent.kind.label("kind"),
                func.count().label("n"),
            ),
            period,
            scope,
        )
        .group_by(CirculationEvent.item_id, CirculationEvent.kind)
        .subquery()
    )
    for fmt, audience, kind, n in uow.session.execute(
        select(Record.format, Record.audience, per_item.c.kind, func.sum(per_item.c.n))
        .select_from(per_item)
        .join(Item, Item.id == per_item.c.item_id)
        .join(Record, Record.id == Item.record_id)
        .group_by(Record.format, Record.audience, per_item.c.kind)
    ):
        counts[(fmt, audience)][kind] = int(n)
    order = {f: i for i, f in enumerate(FORMATS)}
    audience_order = {a: i for i, a in enumerate(AUDIENCES)}
    rows = tuple(
        (
            FORMATS.get(fmt, fmt),
            AUDIENCES.get(audience, audience),
            c[CirculationKind.CHECKOUT.value],
            c[CirculationKind.CHECKIN.value],
            c[CirculationKind.RENEW.value],
        )
        for (fmt, audience), c in sorted(
            counts.items(),
            key=lambda x: (order.get(x[0][0], 99), audience_order.get(x[0][1], 99), x[0]),
        )
    )
    total = totals(rows)
    return Table(
        "bibliobus_documents",
        "Prêts, retours et prolongations par type de document et public",
        ("Type de document", "Public", "Prêts", "Retours", "Prolongations"),
        rows,
        "Type et public de la notice de l'exemplaire prêté (adultes, adolescents, enfants).",
        (total[0], "", *total[2:]) if total else None,
    )


def _borrower_tables(uow: Reader, period: Period, scope: Scope) -> list[Table]:
    """Active borrowers: people with at least one loan at the bookmobile in the period.

    A borrower is counted once per calendar year: by the borrower token of their loans
    (the retention job writes the same token on a patron's loans of a year before it
    removes the patron link), else by the patron and the year. So the totals are the
    same before and after old loans are anonymised. The age group and commune are
    those written on their first loan of the period (the patron's record fills in for
    events written before they were kept there).
    """
    first: dict[tuple[str, int], tuple[dt.datetime, str, str]] = {}
    loans: Counter[str] = Counter()
    year = func.extract("year", CirculationEvent.occurred_at)
    # Grouped in SQL: one row per borrower (and age group, commune, year), not per loan.
    columns = (
        CirculationEvent.patron_id,
        CirculationEvent.borrower_token,
        CirculationEvent.age_group,
        CirculationEvent.commune,
        Patron.birth_year,
        Patron.commune,
        year,
    )
    query = (
        select(*columns, func.min(CirculationEvent.occurred_at), func.count())
        .select_from(CirculationEvent)
        .outerjoin(Patron, Patron.id == CirculationEvent.patron_id)
    )
    for (
        patron_id,
        token,
        group,
        commune,
        birth_year,
        patron_commune,
        when_year,
        when,
        n,
    ) in uow.session.execute(
        counted(query, period, scope)
        .where(CirculationEvent.kind == CirculationKind.CHECKOUT.value)
        .group_by(*columns)
    ):
        group = group or age_group(birth_year, int(when_year)) or UNKNOWN
        loans[group] += int(n)
        borrower = token or patron_id
        if borrower is None:
            continue  # anonymised before tokens existed: counted above, not the borrower
        key = (borrower, int(when_year))
        known = first.get(key)
        if known is None or when < known[0]:
            first[key] = (
                when,
                group,
                (commune or patron_commune or "").strip() or "Commune inconnue",
            )
    groups = Counter(g for _, g, _ in first.values())
    communes = Counter(c for _, _, c in first.values())
    age_rows = tuple(
        (AGE_LABELS[g], groups[g], loans[g]) for g in AGE_GROUPS if loans[g] or g != UNKNOWN
    )
    commune_rows = tuple((c, n) for c, n in sorted(communes.items(), key=lambda x: (-x[1], x[0])))
    definition = (
        "Emprunteur actif : lecteur ayant emprunté au moins un document au bibliobus "
        "pendant la période, compté une fois par année civile. Âge atteint dans l'année du premier prêt "
        "de la période ; commune de résidence du lecteur à ce prêt."
    )
    return [
        Table(
            "emprunteurs_age",
            "Emprunteurs actifs et prêts par tranche d'âge",
            ("Tranche d'âge", "Emprunteurs actifs", "Prêts"),
            age_rows,
            definition + " Prêts : tous les prêts de la période, selon l'âge de "
            "l'emprunteur noté au prêt (ils restent comptés une fois le prêt anonymisé).",
            totals(age_rows) or None,
        ),
        Table(
            "emprunteurs_commune",
            "Emprunteurs actifs par commune",
            ("Commune", "Emprunteurs actifs"),
            commune_rows,
            definition,
            totals(commune_rows) or None,
        ),
    ]


def _cost_table(
    by_stop: dict[str, _Figures], per_visit: dict[str, Counter[str]], visits: list[StopVisit]
) -> Table:
    hours = round(sum(f.hours for f in by_stop.values()), 2)
    made = sum(f.made for f in by_stop.values())
    loans = sum(f.circulation[CirculationKind.CHECKOUT.value] for f in by_stop.values())
    rows: tuple[tuple[Cell, ...], ...] = (
        ("Passages effectués", made),
        ("Heures d'ouverture", hours),
        ("Kilomètres parcourus", "non renseigné"),
        ("Prêts", loans),
        ("Prêts par heure d'ouverture", round(loans / hours, 2) if hours else 0),
    )
    return Table(
        "bibliobus_cout",
        "Éléments du coût par prêt",
        ("Élément", "Valeur"),
        rows,
        "Ce qu'il faut pour calculer un coût par prêt : le coût de l'heure (personnel, "
        "véhicule) et du kilomètre vient de la comptabilité. Les kilomètres ne sont pas "
        "encore relevés par l'application.",
    )


def _loans_per_month_chart(
    period: Period,
    scope: Scope,
    visits: list[StopVisit],
    per_visit: dict[str, Counter[str]],
    stops: dict[str, Stop],
    tours: dict[str, str],
) -> Chart:
    """Loans per month, one series per stop within a tour or a stop, per tour else."""
    per_stop = scope.kind in ("tour", "stop")
    months: list[str] = []
    day = period.start.replace(day=1)
    while day <= period.end:
        months.append(month_of(day))
        day = (day + dt.timedelta(days=32)).replace(day=1)
    series: dict[str, Counter[str]] = defaultdict(Counter)
    for visit in visits:
        loans = per_visit.get(visit.id, Counter())[CirculationKind.CHECKOUT.value]
        if loans:
            what = visit.stop_id if per_stop else stops[visit.stop_id].tour_id
            series[what][month_of(visit.date)] += loans

    def name(what: str) -> str:
        if per_stop:
            return stops[what].place if what in stops else what
        return tours.get(what, what)

    return Chart(
        "prets_mois",
        "Prêts par mois, par arrêt" if per_stop else "Prêts par mois, par tournée",
        tuple(months),
        tuple(
            (name(what), tuple(float(counts[m]) for m in months))
            for what, counts in sorted(series.items(), key=lambda x: name(x[0]))
        ),
    )
