"""A request made on the readers' portal shows in the Drive inbox as « Portail »."""

from __future__ import annotations

import datetime as dt

from bibliomobile.services.drive import requests as drive_requests
from bibliomobile.services.drive import slots as drive_slots
from bibliomobile.store.models import StopVisit
from bibliomobile.store.uow import Store
from bibliomobile.ui.drive.workspace import DriveWorkspace
from bibliomobile.ui.main_window import MainWindow
from builders.drive import build


def test_a_portal_request_shows_with_its_channel_in_the_inbox(
    qtbot, store: Store, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    world = build(store)
    with store.unit_of_work() as uow:
        visit = uow.session.get(StopVisit, world.visit_id)
        assert visit is not None
        visit.date = dt.date.today() + dt.timedelta(days=7)
        uow.commit()
        slots = drive_slots.generate_slots(uow, world.visit_id)
        drive_requests.create_request(
            uow,
            patron_id=world.patrons[0],
            visit_id=world.visit_id,
            slot_id=slots[0].slot_id,
            channel="portal",
            kind="titles",
            record_ids=[world.records["Le Chien jaune"]],
            taken_by="portail",
        )
        uow.commit()
    page = window.open_workspace("drive")
    assert isinstance(page, DriveWorkspace)
    qtbot.waitUntil(lambda: page.visit_box.findData(world.visit_id) >= 0)
    page.visit_box.setCurrentIndex(page.visit_box.findData(world.visit_id))
    qtbot.waitUntil(lambda: page.inbox.table.rowCount() == 1)
    assert page.inbox.table.item(0, 5).text() == "Portail"
