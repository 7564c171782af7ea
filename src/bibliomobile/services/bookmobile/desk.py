"""The circulation desk of the van: one scan field drives everything.

The desk is a small state machine over :mod:`bibliomobile.services.circulation`:

- a patron card makes that patron the current one (their panel is shown);
- an item with a current patron is lent to them (an item they hold is taken back);
- an item without a current patron is taken back (from any stop);
- anything else is a clear French message, and nothing is written.

Each command takes the :class:`DeskState` left by the previous one and returns a
:class:`DeskOutcome` holding the new state, so a GUI can run commands one after the
other on its database worker and never lose or reorder a scan. Features that have
their own codes (drive bags) add a handler to :data:`SCAN_HANDLERS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from bibliomobile.services.circulation import errors, loans, lookup, open_loans, results
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
    panel: results.PatronPanel | None = None
    needs_override: bool = False
    event_id: str | None = None


ScanHandler = Callable[[UnitOfWork, DeskState, str], DeskOutcome | None]

#: Tried first for every scan; return None to let the desk handle the code.
SCAN_HANDLERS: list[ScanHandler] = []


def _panel(uow: UnitOfWork, state: DeskState, today: dt.date | None) -> results.PatronPanel | None:
    if state.patron_id is None:
        return None
    return lookup.patron_panel(uow, state.patron_id, today)


def _error(
    uow: UnitOfWork, state: DeskState, code: str, error: Exception, today: dt.date | None
) -> DeskOutcome:
    uow.rollback()
    refused = isinstance(error, errors.CheckoutRefused)
    return DeskOutcome(
        state=state,
        kind=OutcomeKind.REFUSED if refused else OutcomeKind.ERROR,
        tone=Tone.ERROR,
        message=str(error),
        code=code,
        panel=_panel(uow, state, today),
        needs_override=refused,
    )


def scan(
    uow: UnitOfWork,
    state: DeskState,
    code: str,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> DeskOutcome:
    """Handle one scanned code at the desk."""
    for handler in SCAN_HANDLERS:
        handled = handler(uow, state, code)
        if handled is not None:
            return handled
    patron_id = lookup.find_card(uow, code)
    if patron_id is not None:
        new_state = replace(state, patron_id=patron_id, override_reason=None)
        panel = lookup.patron_panel(uow, patron_id, today)
        return DeskOutcome(
            state=new_state,
            kind=OutcomeKind.PATRON,
            tone=Tone.WARNING if panel.blocked else Tone.OK,
            message=panel.name
            + (" — " + " ".join(b.message for b in panel.blocks) if panel.blocks else ""),
            code=code,
            panel=panel,
        )
    item_id = lookup.find_item(uow, code)
    if item_id is None:
        return DeskOutcome(
            state=state,
            kind=OutcomeKind.ERROR,
            tone=Tone.ERROR,
            message=f"Ce code-barres n'est ni un exemplaire ni une carte connus : {code}",
            code=code,
            panel=_panel(uow, state, today),
        )
    try:
        if state.patron_id is not None:
            loan = open_loans.loan_of(uow, item_id)
            if loan is None or loan.patron_id != state.patron_id:
                lent = loans.checkout(
                    uow,
                    item_barcode=code,
                    patron_id=state.patron_id,
                    visit_id=state.visit_id,
                    override_reason=state.override_reason,
                    today=today,
                    now=now,
                )
                return DeskOutcome(
                    state=state,
                    kind=OutcomeKind.CHECKOUT,
                    tone=Tone.WARNING if lent.previous_patron_id else Tone.OK,
                    message=lent.message,
                    code=code,
                    panel=_panel(uow, state, today),
                    event_id=lent.event_id,
                )
        back = loans.checkin(uow, item_barcode=code, visit_id=state.visit_id, today=today, now=now)
    except errors.CirculationError as error:
        return _error(uow, state, code, error, today)
    warn = back.no_loan or back.days_late > 0 or back.set_aside_until is not None
    return DeskOutcome(
        state=state,
        kind=OutcomeKind.CHECKIN,
        tone=Tone.WARNING if warn else Tone.OK,
        message=back.message,
        code=code,
        panel=_panel(uow, state, today),
        event_id=back.event_id,
    )


def renew(
    uow: UnitOfWork,
    state: DeskState,
    barcodes: tuple[str, ...],
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> DeskOutcome:
    """Renew these loans of the current patron (all of them when ``barcodes`` is empty)."""
    if state.patron_id is None:
        return DeskOutcome(
            state, OutcomeKind.ERROR, Tone.ERROR, "Scannez d'abord la carte du lecteur."
        )
    wanted = barcodes or tuple(
        loan.barcode for loan in open_loans.open_loans(uow, state.patron_id, today)
    )
    if not wanted:
        return DeskOutcome(
            state,
            OutcomeKind.ERROR,
            Tone.ERROR,
            "Ce lecteur n'a aucun prêt à prolonger.",
            panel=_panel(uow, state, today),
        )
    done: list[results.RenewResult] = []
    refused: list[str] = []
    for barcode in wanted:
        try:
            done.append(
                loans.renew(
                    uow,
                    item_barcode=barcode,
                    patron_id=state.patron_id,
                    visit_id=state.visit_id,
                    override_reason=state.override_reason,
                    today=today,
                    now=now,
                )
            )
        except errors.CirculationError as error:
            uow.rollback()
            refused.append(f"{barcode} : {error}")
    if len(done) == 1 and not refused:
        message = done[0].message
    else:
        message = f"{len(done)} prêt(s) prolongé(s)"
        if done:
            message += f" jusqu'au {max(r.due_date for r in done):%d/%m/%Y}"
    if refused:
        message += ". Non prolongé(s) : " + " ; ".join(refused)
    return DeskOutcome(
        state=state,
        kind=OutcomeKind.RENEW if done else OutcomeKind.ERROR,
        tone=Tone.OK if not refused else (Tone.WARNING if done else Tone.ERROR),
        message=message,
        panel=_panel(uow, state, today),
        event_id=done[-1].event_id if done else None,
    )


def undo(uow: UnitOfWork, state: DeskState, *, today: dt.date | None = None) -> DeskOutcome:
    """Cancel this device's last action at the current visit."""
    try:
        result = loans.undo_last(uow, visit_id=state.visit_id, device=uow.device_id)
    except errors.CirculationError as error:
        return _error(uow, state, "", error, today)
    return DeskOutcome(
        state=state,
        kind=OutcomeKind.UNDO,
        tone=Tone.WARNING,
        message=result.message,
        code=result.barcode,
        panel=_panel(uow, state, today),
        event_id=result.event_id,
    )


def set_override(
    uow: UnitOfWork,
    state: DeskState,
    reason: str,
    retry_code: str | None = None,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> DeskOutcome:
    """Lift the current patron's blocks with a reason, then retry the refused scan."""
    text = reason.strip()
    if state.patron_id is None:
        return DeskOutcome(
            state, OutcomeKind.ERROR, Tone.ERROR, "Scannez d'abord la carte du lecteur."
        )
    if not text:
        return DeskOutcome(
            state,
            OutcomeKind.ERROR,
            Tone.ERROR,
            "Un motif est nécessaire pour prêter malgré un blocage.",
            panel=_panel(uow, state, today),
        )
    new_state = replace(state, override_reason=text)
    if retry_code:
        return scan(uow, new_state, retry_code, today=today, now=now)
    return DeskOutcome(
        new_state,
        OutcomeKind.STATE,
        Tone.WARNING,
        f"Prêts autorisés pour ce lecteur : {text}",
        panel=_panel(uow, new_state, today),
    )


def end_patron(uow: UnitOfWork, state: DeskState) -> DeskOutcome:
    """The patron leaves: the next items scanned are returns."""
    return DeskOutcome(
        replace(state, patron_id=None, override_reason=None),
        OutcomeKind.STATE,
        Tone.OK,
        "Lecteur suivant : scannez une carte, ou des documents pour les retours.",
    )


def set_visit(uow: UnitOfWork, state: DeskState, visit_id: str | None) -> DeskOutcome:
    """Serve another visit (the patron stays until they leave)."""
    return DeskOutcome(replace(state, visit_id=visit_id), OutcomeKind.STATE, Tone.OK, "")


def _register_feature_scans() -> None:
    """Features with their own codes: drive bags (B + 9 characters) are tried first."""
    from bibliomobile.services.drive.desk import bag_scan

    if bag_scan not in SCAN_HANDLERS:
        SCAN_HANDLERS.append(bag_scan)


_register_feature_scans()
