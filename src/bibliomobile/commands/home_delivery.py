"""``bibliomobile portage``: home delivery from the command line (same services as the GUI).

- ``portage dues --from --to``: who is due in a period;
- ``portage plan --from --to [--budget S] [--save]``: plan the rounds, list them and
  the visits that cannot fit;
- ``portage sheet --round ID --out FILE.pdf``: the volunteer's round sheet;
- ``portage stats --from --to [--csv FILE]``: monthly figures (CSV for French Excel);
- ``portage alerts``: welfare concerns not yet handled.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bibliomobile.lang import translate
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.home_delivery.due_visits import due_visits
from bibliomobile.services.home_delivery.planning import save_plan, solve_planning
from bibliomobile.services.home_delivery.planning_problem import read_planning
from bibliomobile.services.home_delivery.plans import PlanningSettings, plan_summary
from bibliomobile.services.home_delivery.round_sheet import round_sheet_pdf
from bibliomobile.services.home_delivery.stats import home_delivery_stats, stats_csv
from bibliomobile.services.home_delivery.welfare import welfare_alerts

from .common import CommandError, add_db_argument, iso_date, open_store


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from", dest="start", type=iso_date, required=True, help=translate("Cli", "AAAA-MM-JJ")
    )
    parser.add_argument(
        "--to", dest="end", type=iso_date, required=True, help=translate("Cli", "AAAA-MM-JJ")
    )


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "portage",
        help=translate(
            "Cli", "portage à domicile : visites dues, tournées, feuilles de route, statistiques"
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    dues = actions.add_parser(
        "dues", help=translate("Cli", "les bénéficiaires à visiter sur une période")
    )
    add_db_argument(dues)
    _period(dues)
    dues.set_defaults(handler=run_dues)

    plan = actions.add_parser("plan", help=translate("Cli", "calculer les tournées d'une période"))
    add_db_argument(plan)
    _period(plan)
    plan.add_argument(
        "--budget", type=float, default=5.0, help=translate("Cli", "secondes de calcul (5)")
    )
    plan.add_argument(
        "--speed", type=float, default=25.0, help=translate("Cli", "vitesse moyenne, km/h (25)")
    )
    plan.add_argument(
        "--service", type=int, default=20, help=translate("Cli", "minutes par visite (20)")
    )
    plan.add_argument(
        "--save", action="store_true", help=translate("Cli", "enregistrer les tournées")
    )
    plan.set_defaults(handler=run_plan)

    sheet = actions.add_parser(
        "sheet", help=translate("Cli", "la feuille de route PDF d'une tournée")
    )
    add_db_argument(sheet)
    sheet.add_argument(
        "--round", dest="round_id", required=True, help=translate("Cli", "identifiant de tournée")
    )
    sheet.add_argument(
        "--out", type=Path, required=True, help=translate("Cli", "fichier PDF à écrire")
    )
    sheet.set_defaults(handler=run_sheet)

    stats = actions.add_parser("stats", help=translate("Cli", "statistiques mensuelles du portage"))
    add_db_argument(stats)
    _period(stats)
    stats.add_argument(
        "--csv",
        type=Path,
        default=None,
        help=translate("Cli", "écrire un CSV pour Excel (UTF-8 BOM, « ; »)"),
    )
    stats.set_defaults(handler=run_stats)

    alerts = actions.add_parser(
        "alerts", help=translate("Cli", "les inquiétudes signalées, non traitées")
    )
    add_db_argument(alerts)
    alerts.set_defaults(handler=run_alerts)


def _check_period(args: argparse.Namespace) -> None:
    if args.end < args.start:
        raise CommandError(translate("Cli", "La fin de la période doit suivre son début."))


def run_dues(args: argparse.Namespace) -> int:
    _check_period(args)
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            dues = due_visits(uow, args.start, args.end)
    finally:
        store.close()
    for d in dues:
        late = " (en retard)" if d.overdue else ""
        print(
            translate("Cli", "{next_due}{late}  {name} — {commune}").format(
                next_due=f"{d.next_due:%d/%m/%Y}", late=late, name=d.name, commune=d.commune
            )
        )
    print(translate("Cli", "{count} visite(s) due(s).").format(count=len(dues)))
    return 0


def run_plan(args: argparse.Namespace) -> int:
    _check_period(args)
    settings = PlanningSettings(
        speed_kmh=args.speed, service_minutes=args.service, time_budget_s=args.budget
    )
    store = open_store(args)
    try:
        # As in the GUI: read, solve with no transaction open, then save.
        with store.unit_of_work() as uow:
            try:
                planning = read_planning(uow, args.start, args.end, settings)
            except HomeDeliveryError as error:
                raise CommandError(str(error)) from error
        plan = solve_planning(planning)
        if args.save:
            with store.unit_of_work() as uow:
                save_plan(uow, plan)
                uow.commit()
    finally:
        store.close()
    for r in plan.rounds:
        print(
            translate(
                "Cli",
                "{date} {start_time}–{end_time}  {volunteer_name}  ({count} visite(s), {distance_km} km)",
            ).format(
                date=f"{r.date:%d/%m/%Y}",
                start_time=f"{r.start_time:%H:%M}",
                end_time=f"{r.end_time:%H:%M}",
                volunteer_name=r.volunteer_name,
                count=len(r.visits),
                distance_km=f"{r.distance_km:.1f}",
            )
        )
        for v in r.visits:
            print(
                translate("Cli", "    {planned_time}  {name} — {commune}").format(
                    planned_time=f"{v.planned_time:%H:%M}", name=v.name, commune=v.commune
                )
            )
    for warning in plan.warnings:
        print(translate("Cli", "Attention : {warning}").format(warning=warning))
    for d in plan.dropped:
        print(
            translate("Cli", "À revoir : {name} — {commune} : {reason}").format(
                name=d.name, commune=d.commune, reason=d.reason
            )
        )
    print(plan_summary(plan) + (" — enregistré." if args.save else " — non enregistré (--save)."))
    return 0


def run_sheet(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            try:
                pdf = round_sheet_pdf(uow, args.round_id)
            except HomeDeliveryError as error:
                raise CommandError(str(error)) from error
            uow.commit()  # the print is audited
    finally:
        store.close()
    args.out.write_bytes(pdf)
    print(translate("Cli", "Feuille de route écrite : {out}").format(out=args.out))
    print(
        translate(
            "Cli",
            "Elle contient des données personnelles (noms, adresses, téléphones) : à rendre ou détruire après la tournée.",
        )
    )
    return 0


def run_stats(args: argparse.Namespace) -> int:
    _check_period(args)
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            rows = home_delivery_stats(uow, args.start, args.end)
    finally:
        store.close()
    print(
        translate("Cli", "Mois      visites  livraisons  bénéficiaires  documents  heures  alertes")
    )
    for r in rows:
        print(
            translate(
                "Cli",
                "{month} {visits}  {deliveries}  {beneficiaries_served}  {items_delivered}  {volunteer_hours}  {welfare_concerns}",
            ).format(
                month=f"{r.month:<9}",
                visits=f"{r.visits:>7}",
                deliveries=f"{r.deliveries:>10}",
                beneficiaries_served=f"{r.beneficiaries_served:>13}",
                items_delivered=f"{r.items_delivered:>9}",
                volunteer_hours=f"{r.volunteer_hours:>6.1f}",
                welfare_concerns=f"{r.welfare_concerns:>7}",
            )
        )
    if args.csv is not None:
        args.csv.write_bytes(stats_csv(rows))
        print(
            translate("Cli", "CSV écrit (UTF-8 avec BOM, séparateur « ; ») : {csv}").format(
                csv=args.csv
            )
        )
    return 0


def run_alerts(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            alerts = welfare_alerts(uow)
    finally:
        store.close()
    for a in alerts:
        print(
            translate(
                "Cli",
                "{date}  {name} ({commune}) tél. {value} — signalé par {volunteer_name} : {note}",
            ).format(
                date=f"{a.date:%d/%m/%Y}",
                name=a.name,
                commune=a.commune,
                value=a.phone or "—",
                volunteer_name=a.volunteer_name,
                note=a.note,
            )
        )
    print(translate("Cli", "{count} alerte(s) bien-être à traiter.").format(count=len(alerts)))
    return 0
