"""A new van adopts the server's catalogue file (SQLite and PostgreSQL servers).

The file is a ready device database of the catalogue with its search index; the van
copies it in one transaction and takes the rest of its scope by pages. Whatever goes
wrong with the file (not ready, damaged on the way, another schema, a van that already
has books), the van still ends up with the whole catalogue, by pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, text

from bibliomobile.server.catalogue import DESCRIPTION, CatalogueFiles
from bibliomobile.server.sync.state import SyncServer
from bibliomobile.services.catalogue import search_items
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import SNAPSHOT_DONE, TOKEN, SyncError
from bibliomobile.services.titles import search_titles
from bibliomobile.store import catalogue_file
from bibliomobile.store.models import Item, Patron, Record
from bibliomobile.store.uow import Store
from builders.sync_network import edit, enrolled, local_ids, running, seed_network


def _titles(store: Store, query: str) -> list[str]:
    with store.unit_of_work() as uow:
        return sorted(hit.title for hit in search_items(uow, query))


def _sync(store: Store) -> tuple[sync.SyncReport, list[str]]:
    """One sync; also which stages reported progress (``catalogue`` = the file)."""
    stages: list[str] = []
    report = sync.sync_once(
        store.transactions(), progress=lambda stage, _done, _total: stages.append(stage)
    )
    return report, stages


def _built(engine: Engine, folder: Path) -> CatalogueFiles:
    files = CatalogueFiles(SyncServer(engine), folder)
    files.build()
    return files


def test_a_new_van_adopts_the_file_finds_books_and_gets_later_changes(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    folder = tmp_path / "catalogue"
    _built(server_engine, folder)
    with running(server_engine, catalogue_folder=folder) as server:
        # A coordinator renames a book after the file was made: the van must get it.
        desk = Store.open(tmp_path / "desk.sqlite3")
        enrolled(desk, server_engine, server.url, "desk", "coordinator", "all")
        sync.sync_once(desk.transactions())
        edit(desk, Record, ids["records"][0], title="Le Château des Pyrénées")
        sync.sync_once(desk.transactions())

        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van-nord", "crew", f"tour:{ids['nord']['tour']}")
        report, stages = _sync(van)
    assert "catalogue" in stages  # the file was downloaded
    assert report.snapshot_rows >= len(ids["items"]) + len(ids["records"])
    assert local_ids(van, Item) == set(ids["items"])
    assert local_ids(van, Record) == set(ids["records"])
    assert local_ids(van, Patron) == set(ids["nord"]["patrons"])
    # The search index came with the file, and the rename pulled after it updated it.
    assert len(_titles(van, "etranger")) == 5
    assert _titles(van, "chateau pyrenees") == ["Le Château des Pyrénées"]
    assert van.setting(catalogue_file.CATALOGUE_CURSOR) == ""
    # Later local edits keep the index in step (its triggers came back).
    edit(van, Record, ids["records"][1], title="Les Misérables")
    assert _titles(van, "miserables") == ["Les Misérables"]
    # The search index has exactly one entry per item.
    with van.reader() as session:
        assert session.execute(text("SELECT count(*) FROM item_fts")).scalar() == 6
    # Its titles came too (one line per title, the exact title first) and follow renames.
    with van.unit_of_work() as uow:
        assert [r.title for r in search_titles(uow, "Les Misérables")][:1] == ["Les Misérables"]
        assert [r.title for r in search_titles(uow, "le chateau d")] == ["Le Château des Pyrénées"]


def test_a_file_damaged_on_the_way_is_refused_and_the_van_takes_pages(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    folder = tmp_path / "catalogue"
    files = _built(sqlite_engine, folder)
    found = files.current()
    assert found is not None
    damaged = bytearray(files.path(found).read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    files.path(found).write_bytes(bytes(damaged))
    with running(sqlite_engine, catalogue_folder=folder) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['sud']['tour']}")
        _, stages = _sync(van)
    assert "catalogue" in stages  # downloaded, then refused
    assert local_ids(van, Item) == set(ids["items"])
    assert len(_titles(van, "etranger")) == 6
    assert not list(tmp_path.glob("van.sqlite3.catalogue*"))  # no leftover download


def test_before_the_file_is_ready_the_van_takes_pages_and_the_server_prepares_it(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    folder = tmp_path / "catalogue"
    with running(sqlite_engine, catalogue_folder=folder) as server:
        assert httpx.get(f"{server.url}/health").json()["catalogue_file"] == "absent"
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        _, stages = _sync(van)
        assert "catalogue" not in stages
        assert local_ids(van, Item) == set(ids["items"])
        assert len(_titles(van, "etranger")) == 6
        # The request started the build; the next van gets the file.
        server.app.state.catalogue.wait(60)
        assert httpx.get(f"{server.url}/health").json()["catalogue_file"] == "ready"
        description = json.loads((folder / DESCRIPTION).read_text())
        assert description["rows"] == 1 + 2 + 6 + 6  # library, tours, records, items
        second = Store.open(tmp_path / "van2.sqlite3")
        enrolled(second, sqlite_engine, server.url, "van2", "crew", f"tour:{ids['sud']['tour']}")
        _, stages = _sync(second)
        assert "catalogue" in stages
        assert local_ids(second, Item) == set(ids["items"])


def test_a_van_that_already_holds_books_keeps_them_and_takes_pages(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    folder = tmp_path / "catalogue"
    _built(sqlite_engine, folder)
    van = Store.open(tmp_path / "van.sqlite3")
    with van.unit_of_work() as uow:  # catalogued on the laptop before it was enrolled
        record = Record(title="Carnet de route")
        uow.session.add(record)
        uow.session.flush()
        uow.session.add(Item(barcode="LOCAL-1", record_id=record.id))
        uow.commit()
    with running(sqlite_engine, catalogue_folder=folder) as server:
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        _, stages = _sync(van)
    assert "catalogue" not in stages
    assert local_ids(van, Item) >= set(ids["items"])
    assert _titles(van, "carnet") == ["Carnet de route"]
    assert len(_titles(van, "etranger")) == 6


def test_the_file_is_refused_to_a_volunteer_and_to_another_schema(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    folder = tmp_path / "catalogue"
    _built(sqlite_engine, folder)
    with running(sqlite_engine, catalogue_folder=folder) as server:
        volunteer = Store.open(tmp_path / "vol.sqlite3")
        scope = f"volunteer:{ids['volunteer']['volunteer']}"
        enrolled(volunteer, sqlite_engine, server.url, "vol", "volunteer", scope)
        token = volunteer.setting(TOKEN)
        refused = httpx.get(
            f"{server.url}/sync/snapshot-catalogue",
            params={"schema": "x"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert refused.status_code == 403
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        other = httpx.get(
            f"{server.url}/sync/snapshot-catalogue",
            params={"schema": "an-older-one"},
            headers={"Authorization": f"Bearer {van.setting(TOKEN)}"},
        )
        assert other.status_code == 409
        assert "version du schéma" in other.json()["detail"]
        # A volunteer's sync does not ask for it and gets only its round's books.
        _, stages = _sync(volunteer)
        assert "catalogue" not in stages
        assert local_ids(volunteer, Item) == set()


def test_adopting_a_file_of_another_schema_changes_nothing(tmp_path: Path) -> None:
    conn, indexes = catalogue_file.prepare(tmp_path / "cat.sqlite3")
    catalogue_file.finish(conn, indexes)
    import sqlite3

    with sqlite3.connect(tmp_path / "cat.sqlite3") as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'future'")
    van = Store.open(tmp_path / "van.sqlite3")
    with pytest.raises(catalogue_file.CatalogueFileError, match="autre version"):
        catalogue_file.adopt(van, tmp_path / "cat.sqlite3", 7)
    assert van.setting(catalogue_file.CATALOGUE_CURSOR) is None
    with van.reader() as session:  # triggers still there: the index follows new books
        triggers = session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        ).scalar()
    assert triggers and triggers >= 7


def test_the_openapi_document_describes_the_catalogue_file(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    folder = tmp_path / "catalogue"
    with running(sqlite_engine, catalogue_folder=folder) as server:
        spec = httpx.get(f"{server.url}/openapi.json").json()
        described = spec["paths"]["/sync/snapshot-catalogue"]["get"]["responses"]
        assert "application/vnd.sqlite3" in described["200"]["content"]
        assert set(described["200"]["headers"]) == {
            "X-Bibliomobile-Cursor",
            "X-Bibliomobile-Sha256",
        }
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        headers = {"Authorization": f"Bearer {van.setting(TOKEN)}"}
        from bibliomobile.store.migrate import head_revision

        params = {"schema": head_revision()}
        url = f"{server.url}/sync/snapshot-catalogue"
        waiting = httpx.get(url, params=params, headers=headers)
        assert waiting.status_code == 503 and "503" in described
        assert "en préparation" in waiting.json()["detail"]
        server.app.state.catalogue.wait(60)
        ready = httpx.get(url, params=params, headers=headers)
        assert ready.status_code == 200
        assert ready.headers["content-type"] == "application/vnd.sqlite3"
        assert ready.content.startswith(b"SQLite format 3\x00")
        assert int(ready.headers["X-Bibliomobile-Cursor"]) >= 0
        missing = httpx.get(url, headers=headers)  # no schema given
        assert missing.status_code == 422


class _FailOnce(httpx.HTTPTransport):
    """Loses the connection on the first request for one path (the van drives off)."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path, self.failed = path, False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.failed and request.url.path == self.path:
            self.failed = True
            raise httpx.ConnectError("connexion perdue", request=request)
        return super().handle_request(request)


def test_a_snapshot_cut_after_the_file_resumes_without_downloading_it_again(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    folder = tmp_path / "catalogue"
    _built(sqlite_engine, folder)
    with running(sqlite_engine, catalogue_folder=folder) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        cut = _FailOnce("/sync/snapshot/patrons")
        stages: list[str] = []
        with pytest.raises(SyncError, match="injoignable"):
            sync.sync_once(
                van.transactions(), transport=cut, progress=lambda s, _d, _t: stages.append(s)
            )
        assert "catalogue" in stages and cut.failed
        # The catalogue stayed (its own transaction); the rest of the scope did not.
        assert local_ids(van, Item) == set(ids["items"])
        assert local_ids(van, Patron) == set()
        assert van.setting(SNAPSHOT_DONE) == "0"
        report, stages = _sync(van)
    assert "catalogue" not in stages  # not downloaded twice
    assert report.snapshot_rows > 0
    assert local_ids(van, Item) == set(ids["items"])
    assert local_ids(van, Patron) == set(ids["nord"]["patrons"])
    assert len(_titles(van, "etranger")) == 6
    assert van.setting(SNAPSHOT_DONE) == "1"


def test_an_encrypted_van_adopts_the_file_and_stays_encrypted(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    seed_network(sqlite_engine)
    files = _built(sqlite_engine, tmp_path / "catalogue")
    found = files.current()
    assert found is not None
    path = tmp_path / "van.sqlite3"
    van = Store.open(path, key="correct horse")
    # The SQLCipher driver cannot open bytes in memory: it goes through a temporary file.
    assert catalogue_file.adopt(van, files.path(found).read_bytes(), found.cursor) == found.rows
    assert len(_titles(van, "etranger")) == 6
    van.close()
    assert b"Livre" not in path.read_bytes()  # the copied catalogue is encrypted too
    assert len(_titles(Store.open(path, key="correct horse"), "etranger")) == 6
