"""A volunteer's laptop may record how its visits went, nothing of anyone's profile:
its push of a patron's e-mail is refused (403) by the server, kept on the laptop for
review, and the rest of its work goes through."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from bibliomobile.services.home_delivery.visit_outcomes import record_outcome
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.device import export_pending, refused_ops
from bibliomobile.store.models import OutboxEntry, Patron
from bibliomobile.store.uow import Store
from builders.sync_network import (
    device_state,
    edit,
    enrolled,
    pending,
    running,
    seed_network,
    server_value,
)

pytestmark = pytest.mark.slow


def test_a_volunteer_laptop_cannot_change_a_patrons_email_and_keeps_it_for_review(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    vol = ids["volunteer"]
    first = vol["beneficiaries"][0]
    with running(server_engine) as server:
        laptop = Store.open(tmp_path / "vol.sqlite3")
        enrolled(
            laptop, server_engine, server.url, "vera", "volunteer", f"volunteer:{vol['volunteer']}"
        )
        sync.sync_once(laptop.transactions())

        edit(laptop, Patron, first["patron"], email="pirate@example.org")
        with laptop.unit_of_work() as uow:
            record_outcome(uow, first["delivery"], "absent")
            uow.commit()
        with laptop.unit_of_work() as uow:
            email_op = uow.session.scalar(
                select(OutboxEntry.op_id).where(OutboxEntry.entity == "patrons")
            )
        assert email_op is not None

        report = sync.sync_once(laptop.transactions())

        # Refused: the server keeps its value; the visit's outcome went through.
        assert server_value(server_engine, "patrons", first["patron"], "email") is None
        assert server_value(server_engine, "deliveries", first["delivery"], "outcome") == "absent"
        # Kept on the laptop, set aside as refused, shown and exportable for review.
        assert report.refused == 1
        assert device_state(laptop).refused == 1
        assert pending(laptop) == 1
        with laptop.unit_of_work() as uow:
            assert refused_ops(uow) == {email_op}
            out = tmp_path / "pending.json"
            assert export_pending(uow, out) == 1
        assert "pirate@example.org" in out.read_text(encoding="utf-8")
        laptop.close()
