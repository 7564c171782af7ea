"""A catalogue and patrons imported on the server reach the devices by sync."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, func, select

from bibliomobile.server.importing import server_batches
from bibliomobile.server.models import change_log
from bibliomobile.services.catalogue import search_items
from bibliomobile.services.interop.marc_import import import_marc_into
from bibliomobile.services.interop.patron_import import import_patrons_into
from bibliomobile.services.sync import client as sync
from bibliomobile.store.models import Item, Record
from bibliomobile.store.uow import Store
from builders.marc_files import marc_data
from builders.sync_network import enrolled, running

DATA = marc_data()


def _feed(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(change_log)) or 0)


def test_server_import_reaches_a_device_and_a_reimport_adds_nothing_to_the_feed(
    server_engine: Engine, tmp_path: Path
) -> None:
    # The Koha MARC21 file: long values that PostgreSQL's VARCHAR limits would refuse
    # if the import did not fit them, and its two bad records.
    report = import_marc_into(
        server_batches(server_engine), DATA / "koha-marc21" / "exported_records"
    )
    unimarc = import_marc_into(
        server_batches(server_engine), DATA / "koha-unimarc" / "exported_records"
    )
    assert (report.records_created, report.items_created, len(report.rejected)) == (177, 126, 2)
    assert (unimarc.records_created, unimarc.items_created) == (8, 15)
    csv = tmp_path / "lecteurs.csv"
    csv.write_bytes("N° de carte;Nom;Prénom\r\nS1;Lefèvre;Hélène\r\n".encode("cp1252"))
    assert import_patrons_into(server_batches(server_engine), csv).created == 1
    feed = _feed(server_engine)
    assert feed == 177 + 126 + 8 + 15 + report.libraries_created + unimarc.libraries_created + 1

    again = import_marc_into(
        server_batches(server_engine), DATA / "koha-unimarc" / "exported_records"
    )
    assert again.records_unchanged == 8 and _feed(server_engine) == feed

    with running(server_engine) as server:
        device = Store.open(tmp_path / "office.sqlite3")
        try:
            enrolled(device, server_engine, server.url, "bureau", "coordinator", "all")
            sync.sync_once(device.transactions())
            with device.reader() as session:
                assert session.scalar(select(func.count()).select_from(Record)) == 185
                assert session.scalar(select(func.count()).select_from(Item)) == 141
            with device.unit_of_work() as uow:
                hits = search_items(uow, "jarnvagarnas")
            assert hits and hits[0].title.startswith("Järnvägarnas")
        finally:
            device.close()
