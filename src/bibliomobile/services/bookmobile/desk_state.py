"""What the stop desk is doing and what one desk command did.

The types shared by the desk (:mod:`bibliomobile.services.bookmobile.desk`) and by the
features that handle their own codes at the desk (drive bags:
:mod:`bibliomobile.services.drive.desk`). This module imports neither of them: whoever
builds a :class:`~bibliomobile.services.bookmobile.desk.Desk` passes the
:class:`ScanHandler` s it wants.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bibliomobile.domain.enums import VisitStatus
from bibliomobile.lang import Message
from bibliomobile.services.circulation.results import PatronPanel
from bibliomobile.store.models import StopVisit
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
    IGNORED = "ignored"  # a double read or an item the patron already holds: nothing written
    OTHER = "other"  # a feature's own scan (e.g. a drive bag)
    ASK_SERVER = "ask_server"  # a code unknown here: its caller asks the server (online)


class CardSource(StrEnum):
    """Who knew a card that this van does not hold: the server (online) or the van's
    offline card index."""

    SERVER = "server"
    INDEX = "index"


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
    return_mode: bool = False  # every item scanned is a return, even with a patron
    last_code: str | None = None  # the last item lent or returned, to catch double reads
    last_at: dt.datetime | None = None


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
    #: A card this van did not hold: who answered for it.
    card_source: CardSource | None = None


class ScanHandler(Protocol):
    """A feature's own codes at the desk (e.g. drive bags), tried before cards and items.

    Returns None when the code is not its own, to let the desk handle it. A refused
    scan must leave nothing written: the desk's caller commits the command.
    """

    def __call__(self, uow: UnitOfWork, state: DeskState, code: str, /) -> DeskOutcome | None: ...


def loan_refusal(uow: UnitOfWork, state: DeskState) -> str | None:
    """Why the desk may not lend now (None: it may): no open visit, or a closed one."""
    if state.visit_id is None:
        return str(Message("circulation.no_open_visit"))
    visit = uow.session.get(StopVisit, state.visit_id)
    if visit is not None and visit.status == VisitStatus.CLOSED.value:
        return str(Message("circulation.visit_closed"))
    if visit is not None and visit.status == VisitStatus.CANCELLED.value:
        return str(Message("circulation.visit_cancelled"))
    return None
