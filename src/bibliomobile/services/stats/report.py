"""The annual report: every activity's section and the survey's outreach section.

The survey section copies figures from the other sections (one count, one place),
under the headings of the ministry of culture's annual survey of public libraries;
docs/statistics.md gives their definitions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from bibliomobile.services.stats.bookmobile import (
    bookmobile_details,
    bookmobile_first_tables,
    bookmobile_section,
    with_details,
)
from bibliomobile.services.stats.common import (
    Cell,
    Period,
    Scope,
    Section,
    Table,
    localised,
    resolve_scope,
    stats_text,
)
from bibliomobile.services.stats.drive import drive_section
from bibliomobile.services.stats.home_delivery import home_delivery_section
from bibliomobile.store.models import Library
from bibliomobile.store.uow import Reader

ACTIVITIES = ("bookmobile", "drive", "home_delivery")


@dataclass(frozen=True, slots=True)
class Report:
    """Figures of a period and a scope, ready for the screen and the exports."""

    library: str  # who reports: the central library's name
    period: Period
    scope: Scope
    sections: tuple[Section, ...]
    made_at: dt.datetime

    @property
    def title(self) -> str:
        return stats_text("{library} — rapport d'activité {period}").format(
            library=self.library, period=self.period.label
        )

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def tables(self) -> list[Table]:
        return [t for s in self.sections for t in s.tables]


def library_name(uow: Reader) -> str:
    """The network's central library (else the first one), for report titles."""
    libraries = list(uow.session.scalars(select(Library).order_by(Library.code)))
    central = [lib for lib in libraries if lib.kind == "central"] or libraries
    return central[0].name if central else "Bibliothèque"


def build_section(uow: Reader, key: str, period: Period, scope: Scope) -> Section:
    """One activity's section ("bookmobile", "drive" or "home_delivery")."""
    if key == "bookmobile":
        return bookmobile_section(uow, period, scope)
    if key == "drive":
        return drive_section(uow, period, scope)
    return home_delivery_section(uow, period)


def assemble(uow: Reader, period: Period, scope: Scope, activities: Sequence[Section]) -> Report:
    """The report from the activities' sections, the survey's section added."""
    sections = tuple(localised(s) for s in (*activities, survey_section(list(activities))))
    return Report(library_name(uow), period, scope, sections, dt.datetime.now())


def first_section(uow: Reader, period: Period, scope: Scope) -> Section:
    """What comes first on screen: the bookmobile's visit tables (per stop, tour,
    month) and charts, without the tables that read every loan's item and borrower;
    :func:`report_after` computes the rest."""
    return localised(bookmobile_first_tables(uow, period, scope))


def report_after(uow: Reader, period: Period, scope: Scope, first: Section) -> Report:
    """The whole report, from what :func:`first_section` returned."""
    bookmobile = with_details(first, bookmobile_details(uow, period, scope))
    others = [build_section(uow, key, period, scope) for key in ACTIVITIES[1:]]
    return assemble(uow, period, scope, [bookmobile, *others])


def annual_report(uow: Reader, period: Period, scope: str | Scope | None = None) -> Report:
    """Every section of the report, the survey's last.

    Raises:
        StatsError: an unknown scope.
    """
    where = scope if isinstance(scope, Scope) else resolve_scope(uow, scope)
    return report_after(uow, period, where, first_section(uow, period, where))


def _value(section: Section, table: str, label: str, column: int = 1) -> Cell:
    found = next(t for t in section.tables if t.key == table)
    for row in found.rows:
        if row[0] == label:
            return row[column]
    return 0


def survey_section(sections: list[Section]) -> Section:
    """The annual survey's outreach figures, copied from the other sections."""
    bookmobile, drive, home = sections[0], sections[1], sections[2]
    stops = next(t for t in bookmobile.tables if t.key == "bibliobus_arrets")
    made_column = 2  # "Passages effectués" after "Arrêt", "Passages prévus"
    stops_served = sum(1 for r in stops.rows if int(r[made_column]) > 0)
    total = stops.total or ()
    ages = next(t for t in bookmobile.tables if t.key == "emprunteurs_age")
    age = {str(r[0]): r[1] for r in ages.rows}
    rows: tuple[tuple[str, str, Cell], ...] = (
        ("Bibliobus", "Points de desserte (arrêts desservis)", stops_served),
        ("Bibliobus", "Passages effectués", total[2] if total else 0),
        ("Bibliobus", "Heures d'ouverture au public", total[4] if total else 0),
        ("Bibliobus", "Prêts", total[7] if total else 0),
        ("Bibliobus", "Emprunteurs actifs", ages.total[1] if ages.total else 0),
        ("Bibliobus", "dont enfants (0-14 ans)", age.get("0-14 ans", 0)),
        ("Bibliobus", "dont adultes (15-64 ans)", age.get("15-64 ans", 0)),
        ("Bibliobus", "dont 65 ans et plus", age.get("65 ans et plus", 0)),
        ("Bibliobus", "Visiteurs comptés", (int(total[5]) + int(total[6])) if total else 0),
        (
            "Portage à domicile",
            "Personnes desservies à domicile",
            _value(home, "portage_visites", "Bénéficiaires servis"),
        ),
        (
            "Portage à domicile",
            "Visites à domicile",
            _value(home, "portage_visites", "Visites faites (documents remis)"),
        ),
        (
            "Portage à domicile",
            "Documents prêtés à domicile",
            _value(home, "portage_visites", "Documents remis"),
        ),
        (
            "Drive (retrait de réservations)",
            "Demandes reçues",
            _value(drive, "drive_activite", "Demandes reçues"),
        ),
        (
            "Drive (retrait de réservations)",
            "Sacs remis",
            _value(drive, "drive_activite", "Sacs remis"),
        ),
    )
    table = Table(
        "enquete_hors_les_murs",
        "Enquête annuelle — services hors les murs",
        ("Rubrique", "Question", "Valeur"),
        rows,
        "Chiffres à reporter dans l'enquête annuelle sur les bibliothèques publiques "
        "(services hors les murs : bibliobus, portage à domicile, retrait de "
        "réservations). Définitions : docs/statistics.md.",
    )
    return Section("survey", "Enquête annuelle", (table,))
