"""A pulled row that clashes with a local row on a unique value goes to review, both kept."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, select

from bibliomobile.domain.ids import new_id
from bibliomobile.server.models import conflicts
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import SERVER_URL, TOKEN, Counts, write_setting
from bibliomobile.services.sync.http_client import open_client
from bibliomobile.services.sync.pull import pull_pages
from bibliomobile.services.sync.pull_conflicts import PULL_CONFLICTS, pending_conflicts
from bibliomobile.services.sync.reviews import fetch_reviews
from bibliomobile.store.models import Patron, Request
from bibliomobile.store.uow import Store
from builders.sync_network import enrolled, running, seed_network


def test_a_pulled_card_held_by_a_local_patron_becomes_a_review_with_both_versions(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    nord = ids["nord"]
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        office = Store.open(tmp_path / "office.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{nord['tour']}")
        enrolled(office, sqlite_engine, server.url, "bureau", "coordinator", "all")
        sync.sync_once(van.transactions())
        sync.sync_once(office.transactions())
        # The office registers card C-777 for a person of the tour ...
        with office.unit_of_work() as uow:
            patron = Patron(
                card_barcode="C-777",
                first_name="Paul",
                last_name="Bureau",
                home_stop_id=nord["stop"],
            )
            uow.session.add(patron)
            uow.session.flush()
            # ... with a drive request at the tour's visit: the van holds that patron.
            uow.session.add(
                Request(
                    patron_id=patron.id, visit_id=nord["visit"], channel="phone", kind="surprise"
                )
            )
            uow.commit()
            office_id = patron.id
        sync.sync_once(office.transactions())
        # ... while the van, offline, registered the same card for someone else.
        with van.unit_of_work() as uow:
            patron = Patron(
                card_barcode="C-777",
                first_name="Rose",
                last_name="Locale",
                home_stop_id=nord["stop"],
            )
            uow.session.add(patron)
            uow.commit()
            local_id = patron.id
        # The van pulls while its registration is still waiting to be sent (made at the
        # desk while a sync was running): the pulled patron cannot take the card.
        server_url, token = van.setting(SERVER_URL), van.setting(TOKEN)
        assert server_url and token
        with open_client(server_url, token, None) as client:
            pull_pages(van.transactions(), client, Counts(), 100, lambda *_: None)
        with van.unit_of_work() as uow:
            waiting = pending_conflicts(uow)
            holder = uow.session.scalar(select(Patron.id).where(Patron.card_barcode == "C-777"))
        assert holder == local_id  # the local row is kept as it was
        assert [(c["kept_value"]["id"], c["losing_value"]["id"]) for c in waiting] == [
            (local_id, office_id)
        ]
        sync.sync_once(van.transactions())  # the next sync sends it for review
        with van.unit_of_work() as uow:
            assert pending_conflicts(uow) == []
        reviews = fetch_reviews(office.transactions())
        van.close()
        office.close()
    found = [r for r in reviews if r.kind == "pull_conflict"]
    assert len(found) == 1
    review = found[0]
    assert review.entity == "patrons" and review.entity_id == office_id
    assert review.label == "Fiche reçue en conflit avec une fiche locale (valeur unique)"
    assert "card_barcode" in review.detail
    with sqlite_engine.connect() as conn:  # both versions kept on the server
        kept, losing = conn.execute(
            select(conflicts.c.kept_value, conflicts.c.losing_value).where(
                conflicts.c.kind == "pull_conflict"
            )
        ).one()
    assert (kept["id"], kept["first_name"], kept["card_barcode"]) == (local_id, "Rose", "C-777")
    assert (losing["id"], losing["first_name"], losing["card_barcode"]) == (
        office_id,
        "Paul",
        "C-777",
    )


def test_more_clashes_than_one_report_takes_all_reach_the_review_list(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    """The server takes 500 clashes per report: a device that kept 650 (a long time
    offline) sends them in pieces, and its sync completes."""
    seed_network(sqlite_engine)
    with running(sqlite_engine) as server:
        office = Store.open(tmp_path / "office.sqlite3")
        try:
            enrolled(office, sqlite_engine, server.url, "bureau", "coordinator", "all")
            clashes = [
                {
                    "entity": "patrons",
                    "entity_id": new_id(),
                    "field": "card_barcode",
                    "kept_value": {"id": new_id(), "card_barcode": f"C-{n}"},
                    "losing_value": {"id": new_id(), "card_barcode": f"C-{n}"},
                    "detail": "Reçu du serveur mais non appliqué sur l'appareil.",
                }
                for n in range(650)
            ]
            with office.unit_of_work() as uow:
                write_setting(uow, PULL_CONFLICTS, json.dumps(clashes))
                uow.commit()

            sync.sync_once(office.transactions())

            with office.unit_of_work() as uow:
                assert pending_conflicts(uow) == []
        finally:
            office.close()
    with sqlite_engine.connect() as conn:
        kept = conn.scalars(
            select(conflicts.c.kept_value).where(conflicts.c.kind == "pull_conflict")
        ).all()
    assert sorted(k["card_barcode"] for k in kept) == sorted(f"C-{n}" for n in range(650))
