"""Personal data on real SQLite and PostgreSQL servers with real synced laptops: every view
of a profile and every round sheet reaches the server's audit log, attributed to the
device of the token; a person's export holds every row about them (found here
independently, by scanning every table); its PDF reads; the register names every table
with personal columns; the log is kept 12 months."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pypdfium2 as pdfium
import pytest
from sqlalchemy import Engine, MetaData, func, insert, select

from bibliomobile.domain.ids import new_id
from bibliomobile.server.cli import main as server_main
from bibliomobile.server.models import applied_ops, audit_log, conflicts, entity_tables
from bibliomobile.server.privacy.audit import audit_lines, prune_audit
from bibliomobile.services.home_delivery.beneficiaries import beneficiary_with_feedback
from bibliomobile.services.home_delivery.round_sheet import round_sheet_pdf
from bibliomobile.services.home_delivery.visit_outcomes import record_outcome
from bibliomobile.services.home_delivery.welfare import flag_welfare_concern
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import TOKEN, read_setting
from bibliomobile.store.models import AuditEntry
from bibliomobile.store.uow import Store
from builders.sync_network import enrolled, running, seed_network

BIN = Path(sys.executable).parent
#: Bookkeeping that lists ids only, and the three kinds of history the export reports
#: apart (checked one by one below).
NOT_ROWS_ABOUT = {
    "alembic_version_server",
    "sync_change_log",
    "sync_row_versions",
    "sync_devices",
    "audit_log",
    "sync_applied_ops",
    "sync_conflicts",
}


def _db(engine: Engine, tmp_path: Path) -> str:
    if engine.dialect.name == "postgresql":
        return engine.url.render_as_string(hide_password=False)
    return str(tmp_path / "server.sqlite3")  # the sqlite_engine fixture's file


def _local_audit(store: Store) -> int:
    with store.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _two_laptops(engine: Engine, url: str, tmp_path: Path, volunteer: str) -> tuple[Store, Store]:
    office = Store.open(tmp_path / "office.sqlite3")
    enrolled(office, engine, url, "bureau", "coordinator", "all")
    laptop = Store.open(tmp_path / "vera.sqlite3")
    enrolled(laptop, engine, url, "portable-vera", "volunteer", f"volunteer:{volunteer}")
    sync.sync_once(office.transactions())
    sync.sync_once(laptop.transactions())
    return office, laptop


@pytest.mark.slow
def test_views_and_round_sheets_reach_the_server_attributed_to_the_token(
    server_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = seed_network(server_engine)
    vol = ids["volunteer"]
    first, second = vol["beneficiaries"]
    with running(server_engine) as server:
        office, laptop = _two_laptops(server_engine, server.url, tmp_path, vol["volunteer"])
        office.person.name = "Claire Coord"
        laptop.person.name = "Vera"
        with office.unit_of_work() as uow:  # the coordinator opens two profiles, offline
            beneficiary_with_feedback(uow, first["beneficiary"])
            uow.commit()
        with office.unit_of_work() as uow:
            beneficiary_with_feedback(uow, second["beneficiary"])
            uow.commit()
        with laptop.unit_of_work() as uow:  # the volunteer prints the round's sheet
            assert round_sheet_pdf(uow, vol["round"]).startswith(b"%PDF")
            uow.commit()
        assert (_local_audit(office), _local_audit(laptop)) == (2, 2)
        with server_engine.connect() as conn:
            assert audit_lines(conn) == []  # offline: nothing reached the server yet

        sync.sync_once(office.transactions())
        sync.sync_once(laptop.transactions())
        assert (_local_audit(office), _local_audit(laptop)) == (0, 0)  # handed over
        with server_engine.connect() as conn:
            got = sorted(
                (line.device_name, line.user_name, line.action, line.patron_id, line.round_id)
                for line in audit_lines(conn)
            )
        assert got == sorted(
            [
                ("bureau", "Claire Coord", "viewed", first["patron"], None),
                ("bureau", "Claire Coord", "viewed", second["patron"], None),
                ("portable-vera", "Vera", "round_sheet_printed", first["patron"], vol["round"]),
                ("portable-vera", "Vera", "round_sheet_printed", second["patron"], vol["round"]),
            ]
        )

        # The device is the token's: a payload naming another device is refused whole,
        # and a batch sent twice is kept once.
        with laptop.unit_of_work() as uow:
            token = read_setting(uow, TOKEN)
        entry = {
            "entry_id": new_id(),
            "occurred_at": dt.datetime.now(dt.UTC).isoformat(),
            "user_name": "Vera",
            "action": "viewed",
            "patron_id": first["patron"],
        }
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=server.url, headers=headers) as client:
            forged = client.post(
                "/sync/audit", json={"entries": [{**entry, "device_name": "bureau"}]}
            )
            assert forged.status_code == 422
            assert client.post("/sync/audit", json={"entries": [entry]}).json() == {"kept": 1}
            assert client.post("/sync/audit", json={"entries": [entry]}).json() == {"kept": 0}
            # Reading the log is for coordination devices only.
            assert client.get("/sync/audit").status_code == 403
        with server_engine.connect() as conn:
            mine = [line for line in audit_lines(conn) if line.device_name == "portable-vera"]
        assert len(mine) == 3
        office.close()
        laptop.close()

    # The coordinator reads it from the command line, about one person.
    db = _db(server_engine, tmp_path)
    assert server_main(["audit", "--db", db, "--person", "C-home-0"]) == 0
    out = capsys.readouterr().out
    assert "Claire Coord  (bureau)  fiche consultée" in out
    assert "Vera  (portable-vera)  feuille de tournée imprimée" in out
    assert "3 entrée(s)." in out  # viewed, printed, and the entry sent by hand above
    assert server_main(["audit", "--db", db, "--person", "C-inconnue"]) == 2
    assert "Aucun lecteur n'a la carte 'C-inconnue'" in capsys.readouterr().err


def _rows_about_independently(engine: Engine, patron_id: str) -> dict[str, set[str]]:
    """Every row, in every table of the database, holding the patron's id or the id of a
    row already found: reflected from the database itself, not from the models."""
    meta = MetaData()
    with engine.connect() as conn:
        meta.reflect(conn)
        everything = {
            t.name: [dict(r._mapping) for r in conn.execute(select(t))]
            for t in meta.sorted_tables
            if t.name not in NOT_ROWS_ABOUT
        }
    known, found = {patron_id}, {"patrons": {patron_id}}
    grew = True
    while grew:
        grew = False
        for name, rows in everything.items():
            for row in rows:
                key = str(row.get("id", row))  # a table without ids would fail the test
                if key in found.get(name, ()):
                    continue
                if any(isinstance(v, str) and v in known for v in row.values()):
                    found.setdefault(name, set()).add(key)
                    known.add(key)
                    grew = True
    return found


@pytest.mark.slow
def test_an_export_holds_every_row_about_the_person_and_its_pdf_reads(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    vol = ids["volunteer"]
    me = vol["beneficiaries"][0]
    t = entity_tables()
    now = dt.datetime.now().replace(microsecond=0)
    with running(server_engine) as server:
        office, laptop = _two_laptops(server_engine, server.url, tmp_path, vol["volunteer"])
        laptop.person.name = "Vera"
        with laptop.unit_of_work() as uow:  # at the door, then a worry: synced as usual
            record_outcome(uow, me["delivery"], "absent", note="volets fermés")
            uow.commit()
        with laptop.unit_of_work() as uow:
            flag_welfare_concern(uow, me["delivery"], "N'a pas répondu trois fois")
            uow.commit()
        with office.unit_of_work() as uow:
            beneficiary_with_feedback(uow, me["beneficiary"])
            uow.commit()
        sync.sync_once(laptop.transactions())
        sync.sync_once(office.transactions())
        office.close()
        laptop.close()
    held_item, returned_item = ids["items"][1], ids["items"][0]
    with server_engine.begin() as conn:
        # A loan returned last week, one still held; a drive request with its bag.
        for kind, item, at in (
            ("checkout", returned_item, now - dt.timedelta(days=30)),
            ("checkin", returned_item, now - dt.timedelta(days=7)),
            ("checkout", held_item, now - dt.timedelta(days=3)),
        ):
            conn.execute(
                insert(t["circulation_events"]).values(
                    id=new_id(),
                    kind=kind,
                    item_id=item,
                    patron_id=me["patron"] if kind == "checkout" else None,
                    delivery_id=me["delivery"] if item == held_item else None,
                    due_date=(at + dt.timedelta(days=28)).date() if kind == "checkout" else None,
                    occurred_at=at,
                    hlc=f"{int(at.timestamp() * 1000):013d}-0000-server",
                    device_id="server",
                )
            )
        request, bag = new_id(), new_id()
        conn.execute(
            insert(t["requests"]).values(
                id=request,
                patron_id=me["patron"],
                visit_id=ids["nord"]["visit"],
                channel="phone",
                kind="titles",
                free_text="gros caractères",
            )
        )
        conn.execute(
            insert(t["request_lines"]).values(
                id=new_id(), request_id=request, record_id=ids["records"][2]
            )
        )
        conn.execute(
            insert(t["request_status_changes"]).values(
                id=new_id(), request_id=request, status="new", at=now, hlc="0-0-server"
            )
        )
        conn.execute(insert(t["bags"]).values(id=bag, code="B0000000000", request_id=request))
        conn.execute(insert(t["bag_items"]).values(id=new_id(), bag_id=bag, item_id=held_item))
        conn.execute(
            insert(conflicts).values(
                kind="field",
                entity="beneficiaries",
                entity_id=me["beneficiary"],
                field="taste_notes",
                losing_value="romans du terroir",
                created_at=now,
            )
        )

    expected = _rows_about_independently(server_engine, me["patron"])
    assert set(expected) >= {
        "patrons", "beneficiaries", "deliveries", "circulation_events", "requests",
        "request_lines", "request_status_changes", "bags", "bag_items",
    }  # fmt: skip
    db = _db(server_engine, tmp_path)
    out = tmp_path / "dpo.json"
    done = subprocess.run(
        [str(BIN / "bibliomobile-server"), "person", "export", "--db", db,
         "--card", "c-home-0", "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "données personnelles" in done.stdout
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert {name: {r["id"] for r in rows} for name, rows in exported["tables"].items()} == expected
    everything = set().union(*expected.values())
    with server_engine.connect() as conn:
        audits = conn.scalar(
            select(func.count()).select_from(audit_log).where(audit_log.c.patron_id == me["patron"])
        )
        received = [r for r in conn.execute(select(applied_ops)) if r.entity_id in everything]
    assert received  # the laptop's outcome and welfare concern
    # The volunteer's concern and the office's view are in the file; the export itself is
    # logged after the file was written.
    assert sorted((a["user_name"], a["action"]) for a in exported["journal_des_acces"]) == [
        ("(personne connectée inconnue)", "viewed"),
        ("Vera", "changed"),
    ]
    assert audits == 3
    assert [c["losing_value"] for c in exported["conflits_de_synchronisation"]] == [
        "romans du terroir"
    ]
    history = exported["historique_des_modifications_recues"]
    assert sorted(h["op_id"] for h in history) == sorted(r.op_id for r in received)
    assert {(h["entity"], h["entity_id"]) for h in history} == {("deliveries", me["delivery"])}
    text = out.read_text(encoding="utf-8")
    assert "N'a pas répondu trois fois" in text  # welfare notes are the person's data too
    assert "code 1234" not in text  # a door code is never exported
    devices = {d["name"]: d["holds"] for d in exported["appareils_ayant_une_copie"]}
    assert "bureau" in devices and "beneficiaries (1)" in devices["portable-vera"]

    pdf = tmp_path / "personne.pdf"
    assert (
        server_main(["person", "export", "--db", db, "--card", "C-home-0", "--out", str(pdf)]) == 0
    )
    document = pdfium.PdfDocument(pdf.read_bytes())
    words = " ".join(
        " ".join(document[i].get_textpage().get_text_range().split()) for i in range(len(document))
    )
    held = words.split("Prêts en cours (1)")[1].split("Prêts rendus")[0]
    assert "Livre 1 l'Étranger" in held and "I00001" in held
    returned = words.split("Prêts rendus encore conservés (1)")[1].split("Demandes")[0]
    assert "Livre 0 l'Étranger" in returned
    assert "N'a pas répondu trois fois" in words and "volets fermés" in words
    assert "code 1234" not in words
    assert "portable-vera" in words
    assert server_main(["person", "export", "--db", db, "--card", "C-x", "--out", str(pdf)]) == 2
    assert server_main(["person", "export", "--db", db, "--card", "C-home-0",
                        "--out", str(tmp_path / "x.docx")]) == 2  # fmt: skip


def _personal_tables(engine: Engine) -> set[str]:
    """Tables with a column that names, reaches or points to a person (reflected)."""
    meta = MetaData()
    with engine.connect() as conn:
        meta.reflect(conn)
    people = {"patrons", "beneficiaries", "volunteers"}
    words = {"patron_id", "beneficiary_id", "volunteer_id", "first_name", "last_name",
             "phone", "email", "address", "user_name", "author", "name"}  # fmt: skip
    found = set()
    for table in meta.sorted_tables:
        if table.name in {"sync_devices", "libraries", "tours"}:
            continue  # a "name" there is a device's, a library's or a tour's
        if any(c.name in words for c in table.columns) or any(
            fk.column.table.name in people for fk in table.foreign_keys
        ):
            found.add(table.name)
    return found


def test_the_register_names_every_table_with_personal_columns(
    server_engine: Engine, tmp_path: Path
) -> None:
    seed_network(server_engine)
    laptop = Store.open(tmp_path / "device.sqlite3")
    personal = _personal_tables(server_engine) | _personal_tables(laptop.engine)
    laptop.close()
    assert {"patrons", "circulation_events", "audit_log", "local_users", "deliveries"} <= personal
    db = _db(server_engine, tmp_path)
    md, pdf = tmp_path / "registre.md", tmp_path / "registre.pdf"
    assert server_main(["register", "--db", db, "--out", str(md)]) == 0
    assert server_main(["register", "--db", db, "--out", str(pdf)]) == 0
    text = md.read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in text.splitlines() if line.startswith("| ")}
    assert personal <= set(rows)
    assert (
        "first_name" in rows["patrons"]
        and "bénévole (les lignes de son périmètre" in rows["patrons"]
    )
    assert "1 an après la fin du dernier prêt" in rows["patrons"]
    assert "12 mois" in rows["audit_log"]
    assert "| non renseignée (portage refusé) | 3 |" in text  # seeded without legal basis
    assert "libraries" in text.split("Tables sans donnée personnelle :")[1]
    document = pdfium.PdfDocument(pdf.read_bytes())
    words = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    assert all(name in words for name in personal)
    assert server_main(["register", "--db", db, "--out", str(tmp_path / "r.txt")]) == 2


def test_the_audit_log_is_kept_twelve_months(server_engine: Engine) -> None:
    today = dt.date(2027, 3, 31)

    def entry(day: dt.date) -> dict[str, Any]:
        at = dt.datetime.combine(day, dt.time(12))
        return {
            "entry_id": new_id(),
            "action": "viewed",
            "patron_id": "p",
            "occurred_at": at,
            "received_at": at,
        }

    with server_engine.begin() as conn:
        conn.execute(
            insert(audit_log),
            [entry(dt.date(2026, 3, 30)), entry(dt.date(2026, 3, 31)), entry(dt.date(2027, 1, 2))],
        )
    with server_engine.begin() as conn:
        assert prune_audit(conn, today) == 1
    with server_engine.connect() as conn:
        left = sorted(line.occurred_at.date() for line in audit_lines(conn))
    assert left == [dt.date(2026, 3, 31), dt.date(2027, 1, 2)]
