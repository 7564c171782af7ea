"""Home-delivery figures: people served, visits made and missed, documents, volunteers'
hours, welfare concerns (counts only: never what was said).

Home delivery is organised for the whole network, not by tour: its figures do not
depend on the scope.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from bibliomobile.domain.enums import DeliveryOutcome, RoundStatus
from bibliomobile.services.home_delivery.stats import HEADER, home_delivery_stats
from bibliomobile.services.stats.common import Cell, Chart, Period, Section, Table
from bibliomobile.store.models import Delivery, Round
from bibliomobile.store.uow import Reader


def home_delivery_section(uow: Reader, period: Period) -> Section:
    """The monthly table of the home-delivery statistics and the visits' outcomes."""
    months = home_delivery_stats(uow, period.start, period.end)
    monthly = tuple(
        (
            m.month,
            m.visits,
            m.deliveries,
            m.beneficiaries_served,
            m.items_delivered,
            m.volunteer_hours,
            m.welfare_concerns,
        )
        for m in months
    )
    outcomes: Counter[str] = Counter()
    raised = handled = 0
    for outcome, concern, handled_at in uow.session.execute(
        select(Delivery.outcome, Delivery.welfare_concern, Delivery.welfare_handled_at)
        .join(Round, Round.id == Delivery.round_id)
        .where(Round.date.between(period.start, period.end))
        .where(Round.status != RoundStatus.CANCELLED.value)
    ):
        outcomes[outcome or "none"] += 1
        if concern:
            raised += 1
            handled += handled_at is not None
    total = months[-1]
    visits: tuple[tuple[Cell, ...], ...] = (
        ("Visites prévues", sum(outcomes.values())),
        ("Visites faites (documents remis)", outcomes[DeliveryOutcome.DELIVERED.value]),
        ("Visites manquées : absent", outcomes[DeliveryOutcome.ABSENT.value]),
        ("Visites manquées : refus", outcomes[DeliveryOutcome.REFUSED.value]),
        ("Visites manquées : reportée", outcomes[DeliveryOutcome.POSTPONED.value]),
        ("Visites sans résultat saisi", outcomes["none"]),
        ("Bénéficiaires servis", total.beneficiaries_served),
        ("Documents remis", total.items_delivered),
        ("Heures des bénévoles", total.volunteer_hours),
        ("Inquiétudes signalées", raised),
        ("Inquiétudes prises en charge", handled),
    )
    tables = (
        Table(
            "portage_visites",
            "Visites à domicile",
            ("Indicateur", "Nombre"),
            visits,
            "Visites des tournées de portage de la période (tournées annulées exclues). "
            "Bénéficiaires servis : personnes ayant reçu au moins une fois des documents, "
            "comptées une fois. Heures : de l'heure de départ à l'heure de retour des "
            "tournées ayant eu lieu. Inquiétudes : nombre seulement, jamais leur contenu.",
        ),
        Table(
            "portage_mois",
            "Portage par mois",
            HEADER,
            monthly[:-1],
            "Les mêmes chiffres par mois (date de la tournée) ; la ligne Total compte "
            "chaque bénéficiaire une fois sur la période.",
            monthly[-1],
        ),
    )
    chart = Chart(
        "portage_mois",
        "Documents remis à domicile par mois",
        tuple(str(r[0]) for r in monthly[:-1]),
        (("Documents remis", tuple(float(r[4]) for r in monthly[:-1])),),
    )
    return Section("home_delivery", "Portage à domicile", tables, (chart,))
