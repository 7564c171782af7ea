"""The store and its unit of work: how services read and write."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Protocol, TypeVar

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from bibliomobile.domain.access_notes import wrapping_key
from bibliomobile.domain.hlc import HybridLogicalClock, Timestamp

from . import capture, projections
from .capture import CAPTURE, ChangeCapture
from .engine import create_sqlite_engine, is_plain_sqlite, upgrade_legacy_key
from .models import DeviceSetting, OutboxEntry


class StoreSession(Session):
    """Session class of the store: change capture and bulk guard attached."""


capture.install(StoreSession)
projections.install(StoreSession)

DEVICE_ID_SETTING = "device_id"

T = TypeVar("T")


class Transactions(Protocol):
    """Runs one step of a long job in a unit of work of its own, and commits it.

    Services never commit. A job made of many transactions (sync, import, simulation)
    takes a ``Transactions`` from its caller and hands it each step, so the caller
    decides where the step runs and when it is committed: on the calling thread
    (:meth:`Store.transactions`, for the CLI and the server) or on the GUI's database
    worker.
    """

    def __call__(self, step: Callable[[UnitOfWork], T], /) -> T: ...


class Reader(Protocol):
    """What read-only use cases need (statistics): a session. A :class:`UnitOfWork`
    is one; the server, which has no unit of work, wraps its session."""

    @property
    def session(self) -> Session: ...


class UnitOfWork:
    """One transaction. Services receive it and use ``uow.session``.

    Nothing is written unless :meth:`commit` is called; leaving the ``with`` block
    rolls back whatever was not committed.
    """

    def __init__(
        self,
        factory: sessionmaker[StoreSession],
        capture_: ChangeCapture,
        notes_wrapping_key: bytes = b"",
    ) -> None:
        self._factory = factory
        self._capture = capture_
        self._session: StoreSession | None = None
        #: Opens the access-notes key kept on this device (see domain/access_notes.py).
        self.notes_wrapping_key = notes_wrapping_key

    @property
    def session(self) -> StoreSession:
        if self._session is None:
            raise RuntimeError("The unit of work is not open (use it in a 'with' block).")
        return self._session

    @property
    def device_id(self) -> str:
        return self._capture.device_id

    @property
    def clock(self) -> HybridLogicalClock:
        return self._capture.clock

    @property
    def person_name(self) -> str | None:
        """Who is signed in on the laptop (None: nobody, or a laptop without users)."""
        return self._capture.person.name

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        self._session.info[CAPTURE] = self._capture
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


class Store:
    """An opened local database: engine, device identity, clock, units of work."""

    def __init__(
        self,
        engine: Engine,
        path: Path | None = None,
        *,
        read_only: bool = False,
        store_secret: str | None = None,
    ) -> None:
        """``store_secret``: the database's passphrase (None: a plain database); only a
        key derived from it is kept, to open the access-notes key."""
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self._factory = sessionmaker(
            engine,
            class_=StoreSession,
            expire_on_commit=False,
            info={projections.READ_ONLY: True} if read_only else None,
        )
        self.device_id = self._load_or_create_device_id()
        self.clock = HybridLogicalClock(self.device_id, last=self._last_timestamp())
        self._capture = ChangeCapture(self.clock, self.device_id)
        #: Who is signed in (the lock screen sets it); each captured change records it.
        self.person = self._capture.person
        self._notes_wrapping_key = wrapping_key(store_secret, self.device_id)

    @classmethod
    def open(
        cls,
        path: Path | str,
        key: str | None = None,
        *,
        migrate: bool = True,
        read_only: bool = False,
    ) -> Store:
        """Open (creating and migrating if needed) the database at ``path``.

        With ``key`` a new database is created encrypted; an existing unencrypted one
        still opens (``bibliomobile encrypt`` converts it), and one encrypted by an
        earlier version with the raw key is re-keyed with the derived key on the way.
        ``read_only``: open it for reading only (a read-only medium): not migrated, and
        any write is refused by SQLite.
        """
        if key and is_plain_sqlite(path):
            key = None
        engine = create_sqlite_engine(path, key, read_only=read_only)
        try:
            if migrate and not read_only:
                from .migrate import upgrade

                upgrade(engine)
            return cls(engine, Path(path), read_only=read_only, store_secret=key)
        except Exception as error:  # sqlcipher3's own DatabaseError is not SQLAlchemy's
            engine.dispose()
            wrong_key = isinstance(error, DatabaseError) or "not a database" in str(error)
            if not key or not wrong_key or not upgrade_legacy_key(Path(path), key):
                raise
        return cls.open(path, key, migrate=migrate, read_only=read_only)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._capture, self._notes_wrapping_key)

    def transactions(self) -> Transactions:
        """Steps run on the calling thread, each committed when it returns."""

        def run(step: Callable[[UnitOfWork], T], /) -> T:
            with self.unit_of_work() as uow:
                result = step(uow)
                uow.commit()
                return result

        return run

    def reader(self) -> Session:
        """A session for reads only (a write through it is refused by change capture)."""
        return self._factory()

    def close(self) -> None:
        self.engine.dispose()

    def setting(self, key: str) -> str | None:
        with self._factory() as session:
            found = session.get(DeviceSetting, key)
            return found.value if found else None

    def set_setting(self, key: str, value: str) -> None:
        with self._factory.begin() as session:
            session.merge(DeviceSetting(key=key, value=value))

    def _load_or_create_device_id(self) -> str:
        with self._factory.begin() as session:
            found = session.get(DeviceSetting, DEVICE_ID_SETTING)
            if found is not None:
                return found.value
            if self.read_only:
                return "d-lecture-seule"
            device_id = "d" + secrets.token_hex(6)
            session.add(DeviceSetting(key=DEVICE_ID_SETTING, value=device_id))
            return device_id

    def _last_timestamp(self) -> Timestamp | None:
        with self._factory() as session:
            saved = session.get(DeviceSetting, capture.HLC_SETTING)
            candidates = [saved.value] if saved else []
            newest = session.scalar(select(func.max(OutboxEntry.hlc)))
            if newest:
                candidates.append(newest)
        if not candidates:
            return None
        last = Timestamp.parse(max(candidates))
        return Timestamp(last.wall_ms, last.counter, self.device_id)
