"""What the stop desk is doing and what one desk command did.

The types shared by the desk (:mod:`bibliomobile.services.bookmobile.desk`) and by the
features that handle their own codes at the desk (drive bags:
:mod:`bibliomobile.services.drive.desk`). This module imports neither of them: whoever
builds a :class:`~bibliomobile.services.bookmobile.desk.Desk` passes the
:class:`ScanHandler` s it wants.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bibliomobile.services.circulation.results import PatronPanel
from bibliomobile.store.uow import UnitOfWork


class OutcomeKind(StrEnum):
    PATRON = "patron"
    CHECKOUT = "checkout"
    CHECKIN = "checkin"
    RENEW = "renew"
    UNDO = "undo"
    REFUSED = "refused"  # a block; an override reason lifts it
    ERROR = "error"
    STATE = "state"  # the desk changed (patron left, override set), nothing written
    OTHER = "other"  # a feature's own scan (e.g. a drive bag)


class Tone(StrEnum):
    """How the crew should read the feedback: green, orange or red."""

    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class DeskState:
    """Who and where the desk is serving now."""

    visit_id: str | None = None
    patron_id: str | None = None
    override_reason: str | None = None  # holds for the current patron only


@dataclass(frozen=True, slots=True)
class DeskOutcome:
    """What one command did, and the desk state after it."""

    state: DeskState
    kind: OutcomeKind
    tone: Tone
    message: str
    code: str = ""
    panel: PatronPanel | None = None
    needs_override: bool = False
    event_id: str | None = None


class ScanHandler(Protocol):
    """A feature's own codes at the desk (e.g. drive bags), tried before cards and items.

    Returns None when the code is not its own, to let the desk handle it. A refused
    scan must leave nothing written: the desk's caller commits the command.
    """

    def __call__(self, uow: UnitOfWork, state: DeskState, code: str, /) -> DeskOutcome | None: ...
