"""The server keeps a catalogue file ready for new vans (see ``store.catalogue_file``).

The file is built in the background: when the server starts without a fresh one, and
when a device asks for it while it has grown stale (more than
:data:`STALE_CHANGES` catalogue changes since it was made; the device pulls those
changes after adopting it, so a stale file is still correct, only slower). Each build
goes to its own file name and the description (``catalogue.json``) is replaced last,
so a download in progress is never cut by a new build. A device asking before the
first build ends is answered "not ready" and takes the ordinary snapshot pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Engine, make_url

from bibliomobile.services.sync.wire import WireWriter, device_tables
from bibliomobile.store import catalogue_file
from bibliomobile.store.migrate import head_revision

from .db import is_url
from .sync.snapshot import changes_since, read_page
from .sync.state import SyncServer

log = logging.getLogger(__name__)

#: Catalogue changes after which a new file is prepared.
STALE_CHANGES = 20_000
PAGE = 20_000
DESCRIPTION = "catalogue.json"


@dataclass(frozen=True)
class CatalogueFile:
    """A finished file: what a device needs to check and adopt it."""

    name: str
    cursor: int
    schema: str
    sha256: str
    size: int
    rows: int
    built_at: str
    seconds: float


class CatalogueFiles:
    """The catalogue file of one server database, in ``folder``."""

    def __init__(self, server: SyncServer, folder: Path) -> None:
        self.server = server
        self.folder = folder
        self._lock = threading.Lock()
        self._building: threading.Thread | None = None
        self.last_error: str | None = None

    def current(self) -> CatalogueFile | None:
        """The newest finished file of this program's schema, if any."""
        try:
            found = CatalogueFile(**json.loads((self.folder / DESCRIPTION).read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            return None
        if found.schema != head_revision() or not (self.folder / found.name).is_file():
            return None
        return found

    def path(self, found: CatalogueFile) -> Path:
        return self.folder / found.name

    @property
    def building(self) -> bool:
        thread = self._building
        return thread is not None and thread.is_alive()

    def status(self) -> str:
        """``ready``, ``preparing`` or ``absent`` (for /health and the bench)."""
        if self.current() is not None:
            return "ready"
        return "preparing" if self.building else "absent"

    def stale(self, found: CatalogueFile | None) -> bool:
        if found is None:
            return True
        with self.server.engine.connect() as conn:
            changes = changes_since(conn, found.cursor, catalogue_file.CATALOGUE_ENTITIES)
        return changes > STALE_CHANGES

    def refresh_in_background(self) -> None:
        """Start a build unless one is running or the current file is fresh."""
        with self._lock:
            if self.building or not self.stale(self.current()):
                return
            self._building = threading.Thread(
                target=self._build_logged, name="catalogue-file", daemon=True
            )
            self._building.start()

    def wait(self, timeout: float | None = None) -> None:
        thread = self._building
        if thread is not None:
            thread.join(timeout)

    def _build_logged(self) -> None:
        try:
            with _exclusive(self.folder) as mine:
                if mine:  # another server process is building it otherwise
                    self.build()
            self.last_error = None
        except Exception as error:  # a failed build leaves the previous file in use
            self.last_error = str(error)
            log.exception("catalogue file not built")

    def build(self) -> CatalogueFile:
        """Build a new file from the database now and publish it."""
        started = time.monotonic()
        self.folder.mkdir(parents=True, exist_ok=True)
        with self.server.engine.connect() as db:
            cursor = self.server.current_seq(db)
        name = f"catalogue-{cursor}-{os.getpid()}-{threading.get_ident()}.sqlite3"
        target = self.folder / name
        partial = target.with_suffix(".part")
        try:
            conn, indexes = catalogue_file.prepare(partial)
            tables = device_tables()
            for entity in catalogue_file.CATALOGUE_ENTITIES:
                writer = WireWriter(tables[entity])
                after = ""
                while True:
                    with self.server.engine.connect() as db:
                        page = read_page(self.server, db, entity, after, PAGE)
                    columns = page["columns"]
                    writer.insert(conn, columns, writer.rows(columns, page["rows"]))
                    after = page["next_after_id"]
                    if not page["more"]:
                        break
            rows = catalogue_file.finish(conn, indexes)
            digest = hashlib.sha256()
            with partial.open("rb") as stream:
                while chunk := stream.read(1 << 20):
                    digest.update(chunk)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        found = CatalogueFile(
            name=name,
            cursor=cursor,
            schema=head_revision(),
            sha256=digest.hexdigest(),
            size=target.stat().st_size,
            rows=rows,
            built_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            seconds=round(time.monotonic() - started, 2),
        )
        previous = self.current()
        description = self.folder / f"{DESCRIPTION}.{os.getpid()}.part"
        description.write_text(json.dumps(asdict(found)), "utf-8")
        os.replace(description, self.folder / DESCRIPTION)
        self._remove_old(keep={name, previous.name if previous else name})
        log.info("catalogue file %s: %d rows in %.1f s", name, rows, found.seconds)
        return found

    def _remove_old(self, keep: set[str]) -> None:
        """Files older than the two newest go (a download of the previous one may still
        be running)."""
        for path in self.folder.glob("catalogue-*.sqlite3"):
            if path.name not in keep:
                path.unlink(missing_ok=True)


@contextmanager
def _exclusive(folder: Path) -> Iterator[bool]:
    """A lock file held for the build; yields False when another process holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "build.lock").open("a") as handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - the server runs on Linux
            yield True
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def default_folder(db: str | Engine) -> Path | None:
    """Next to an SQLite server database file, in the user cache folder for a
    PostgreSQL URL; None for an engine (the caller says where, if anywhere)."""
    if isinstance(db, Engine):
        return None
    if not is_url(db) or db.startswith("sqlite"):
        path = Path(db.split("///", 1)[1] if is_url(db) else db)
        return path.with_name(path.name + ".catalogue")
    from platformdirs import user_cache_dir

    url = make_url(db).render_as_string(hide_password=True)
    key = hashlib.sha256(url.encode()).hexdigest()[:12]
    return Path(user_cache_dir("bibliomobile-server")) / f"catalogue-{key}"
