"""The store and its unit of work: how services read and write."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Protocol, TypeVar

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from bibliomobile.domain.hlc import HybridLogicalClock, Timestamp

from . import capture, projections
from .capture import CAPTURE, ChangeCapture
from .engine import create_sqlite_engine
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

    def __init__(self, factory: sessionmaker[StoreSession], capture_: ChangeCapture) -> None:
        self._factory = factory
        self._capture = capture_
        self._session: StoreSession | None = None

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

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._factory = sessionmaker(engine, class_=StoreSession, expire_on_commit=False)
        self.device_id = self._load_or_create_device_id()
        self.clock = HybridLogicalClock(self.device_id, last=self._last_timestamp())
        self._capture = ChangeCapture(self.clock, self.device_id)

    @classmethod
    def open(cls, path: Path | str, key: str | None = None, *, migrate: bool = True) -> Store:
        """Open (creating and migrating if needed) the database at ``path``."""
        engine = create_sqlite_engine(path, key)
        if migrate:
            from .migrate import upgrade

            upgrade(engine)
        return cls(engine, Path(path))

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self._capture)

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
