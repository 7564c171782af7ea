"""The circulation desk of the van: one scan field drives everything.

The desk is a small state machine over :mod:`bibliomobile.services.circulation`:

- a patron card makes that patron the current one (their panel is shown);
- an item with a current patron is lent to them (an item they already hold is left
  alone, with a note: a return needs no patron at the desk, or the "Retour" mode);
- an item without a current patron, or in "Retour" mode, is taken back (from any stop);
- the same item again within a few seconds is a scanner's double read: ignored;
- no loan without an open visit (a closed one refuses loans until it is reopened);
- anything else is a clear French message, and nothing is written.

Each command takes the :class:`DeskState` left by the previous one and returns a
:class:`DeskOutcome` holding the new state, so a GUI can run commands one after the
other on its database worker and never lose or reorder a scan. Commands never commit:
the caller commits each command (one use case). A refused write is undone at once (it
runs in a savepoint), so the outcome can be committed whatever it says.

Features that have their own codes (drive bags) are :class:`ScanHandler` s that the
caller passes when it builds the :class:`Desk`::

    desk = Desk(scan_handlers=(bag_scan,))
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from bibliomobile.lang import Message
from bibliomobile.services.bookmobile.desk_state import (
    CardSource,
    DeskOutcome,
    DeskState,
    OutcomeKind,
    ScanHandler,
    Tone,
    loan_refusal,
)
from bibliomobile.services.circulation.cards import FoundCard, take_in, take_in_card
from bibliomobile.services.circulation.errors import CheckoutRefused, CirculationError
from bibliomobile.services.circulation.loans import checkin, checkout, renew, undo_last
from bibliomobile.services.circulation.lookup import find_card, find_item, patron_panel
from bibliomobile.services.circulation.open_loans import loan_of, open_loans
from bibliomobile.services.circulation.results import PatronPanel, RenewResult
from bibliomobile.services.patron_cards import renew_card
from bibliomobile.services.sync.purge import stale_lock
from bibliomobile.store.uow import UnitOfWork


def _panel(uow: UnitOfWork, state: DeskState, today: dt.date | None) -> PatronPanel | None:
    if state.patron_id is None:
        return None
    return patron_panel(uow, state.patron_id, today)


DOUBLE_READ_WINDOW = dt.timedelta(seconds=5)


def _double_read(state: DeskState, code: str, moment: dt.datetime) -> bool:
    """The same item again within a few seconds: a scanner's double read."""
    return (
        state.last_code == code.casefold()
        and state.last_at is not None
        and dt.timedelta(0) <= moment - state.last_at <= DOUBLE_READ_WINDOW
    )


def _error(
    uow: UnitOfWork, state: DeskState, code: str, error: Exception, today: dt.date | None
) -> DeskOutcome:
    refused = isinstance(error, CheckoutRefused)
    return DeskOutcome(
        state=state,
        kind=OutcomeKind.REFUSED if refused else OutcomeKind.ERROR,
        tone=Tone.ERROR,
        message=str(error),
        code=code,
        panel=_panel(uow, state, today),
        needs_override=refused,
    )


#: How the desk says who knew a card this van does not hold.
CARD_SOURCE_TEXT = {
    CardSource.SERVER: "circulation.card_checked_online",
    CardSource.INDEX: "circulation.card_from_offline_index",
}


def _patron_outcome(
    uow: UnitOfWork,
    state: DeskState,
    code: str,
    patron_id: str,
    today: dt.date | None,
    source: CardSource | None,
) -> DeskOutcome:
    """The patron of a card becomes the desk's current one."""
    new_state = replace(state, patron_id=patron_id, override_reason=None, last_code=None)
    panel = patron_panel(uow, patron_id, today)
    message = panel.name + (
        " — " + " ".join(str(b.message) for b in panel.blocks) if panel.blocks else ""
    )
    if source is not None:
        message += f" ({Message(CARD_SOURCE_TEXT[source])})"
    return DeskOutcome(
        state=new_state,
        kind=OutcomeKind.PATRON,
        tone=Tone.WARNING if panel.blocked else Tone.OK,
        message=message,
        code=code,
        panel=panel,
        card_source=source,
    )


def _unknown(
    uow: UnitOfWork,
    state: DeskState,
    code: str,
    today: dt.date | None,
    *,
    checked_online: bool = False,
) -> DeskOutcome:
    return DeskOutcome(
        state=state,
        kind=OutcomeKind.ERROR,
        tone=Tone.ERROR,
        message=str(
            Message(
                "circulation.neither_item_nor_card_online"
                if checked_online
                else "circulation.neither_item_nor_card",
                code=code,
            )
        ),
        code=code,
        panel=_panel(uow, state, today),
        card_source=CardSource.SERVER if checked_online else None,
    )


@dataclass(frozen=True, slots=True)
class Desk:
    """The commands of the desk, with the scan handlers of the features its caller wants.

    Attributes:
        scan_handlers: tried first, in order, for every scan (e.g. drive bags).
    """

    scan_handlers: tuple[ScanHandler, ...] = ()

    def scan(
        self,
        uow: UnitOfWork,
        state: DeskState,
        code: str,
        *,
        today: dt.date | None = None,
        now: dt.datetime | None = None,
        ask_server: bool = False,
    ) -> DeskOutcome:
        """Handle one scanned code at the desk.

        ``ask_server``: the laptop is online, so a code that is neither a card nor an item
        held here comes back as :attr:`OutcomeKind.ASK_SERVER` (nothing done): the caller
        looks the card up online, then calls :meth:`card_answer`. Offline, the van's card
        index answers at once.
        """
        locked = stale_lock(uow)
        if locked is not None:  # not synced for too long: nobody's data is shown
            return DeskOutcome(
                state=state, kind=OutcomeKind.ERROR, tone=Tone.ERROR, message=locked, code=code
            )
        moment = now or dt.datetime.now()
        if _double_read(state, code, moment):
            return DeskOutcome(
                state=replace(state, last_at=moment),
                kind=OutcomeKind.IGNORED,
                tone=Tone.WARNING,
                message=str(Message("circulation.double_read", code=code)),
                code=code,
                panel=_panel(uow, state, today),
            )
        for handler in self.scan_handlers:
            handled = handler(uow, state, code)
            if handled is not None:
                if handled.kind == OutcomeKind.OTHER:  # a bag handed over or brought back
                    after = replace(handled.state, last_code=code.casefold(), last_at=moment)
                    return replace(handled, state=after)
                return handled
        patron_id = find_card(uow, code)
        item_id = find_item(uow, code) if patron_id is None else None
        source = None
        if patron_id is None and item_id is None:
            if ask_server:
                return DeskOutcome(
                    state=state,
                    kind=OutcomeKind.ASK_SERVER,
                    tone=Tone.OK,
                    message=f"Carte inconnue de ce poste : recherche en ligne… {code}",
                    code=code,
                    panel=_panel(uow, state, today),
                )
            # A card of the network not held by this van: its offline index knows it.
            patron_id = take_in_card(uow, code)
            source = CardSource.INDEX
        if patron_id is not None:
            return _patron_outcome(uow, state, code, patron_id, today, source)
        if item_id is None:
            return _unknown(uow, state, code, today)
        remembered = replace(state, last_code=code.casefold(), last_at=moment)
        try:
            if state.patron_id is not None and not state.return_mode:
                loan = loan_of(uow, item_id)
                if loan is not None and loan.patron_id == state.patron_id:
                    # Never a return behind the crew's back: a scanner reads twice.
                    due = (
                        str(Message("circulation.due_on", date=f"{loan.due_date:%d/%m/%Y}"))
                        if loan.due_date
                        else ""
                    )
                    return DeskOutcome(
                        state=state,
                        kind=OutcomeKind.IGNORED,
                        tone=Tone.WARNING,
                        message=str(Message("circulation.already_lent_here", due=due)),
                        code=code,
                        panel=_panel(uow, state, today),
                    )
                refusal = loan_refusal(uow, state)
                if refusal is not None:
                    return DeskOutcome(
                        state=state,
                        kind=OutcomeKind.ERROR,
                        tone=Tone.ERROR,
                        message=refusal,
                        code=code,
                        panel=_panel(uow, state, today),
                    )
                with uow.session.begin_nested():
                    lent = checkout(
                        uow,
                        item_barcode=code,
                        patron_id=state.patron_id,
                        visit_id=state.visit_id,
                        override_reason=state.override_reason,
                        today=today,
                        now=now,
                    )
                return DeskOutcome(
                    state=remembered,
                    kind=OutcomeKind.CHECKOUT,
                    tone=Tone.WARNING if lent.previous_patron_id else Tone.OK,
                    message=lent.message,
                    code=code,
                    panel=_panel(uow, state, today),
                    event_id=lent.event_id,
                )
            with uow.session.begin_nested():
                back = checkin(
                    uow, item_barcode=code, visit_id=state.visit_id, today=today, now=now
                )
        except CirculationError as error:
            return _error(uow, state, code, error, today)
        warn = back.no_loan or back.days_late > 0 or back.set_aside_until is not None
        return DeskOutcome(
            state=remembered,
            kind=OutcomeKind.CHECKIN,
            tone=Tone.WARNING if warn else Tone.OK,
            message=back.message,
            code=code,
            panel=_panel(uow, state, today),
            event_id=back.event_id,
        )

    def card_answer(
        self,
        uow: UnitOfWork,
        state: DeskState,
        code: str,
        found: FoundCard | None,
        *,
        server_answered: bool,
        today: dt.date | None = None,
    ) -> DeskOutcome:
        """The server's answer about a card :meth:`scan` did not know (``ASK_SERVER``).

        ``found``: the card's patron according to the server; ``server_answered``: False
        when the server could not be asked (no network, too slow, refused): the van's
        offline card index answers instead. The outcome says which one did.
        """
        locked = stale_lock(uow)
        if locked is not None:
            return DeskOutcome(
                state=state, kind=OutcomeKind.ERROR, tone=Tone.ERROR, message=locked, code=code
            )
        patron_id = find_card(uow, code)  # a sync may have brought them meanwhile
        if patron_id is not None:
            return _patron_outcome(uow, state, code, patron_id, today, None)
        if found is not None:
            return _patron_outcome(uow, state, code, take_in(uow, found), today, CardSource.SERVER)
        if server_answered:
            return _unknown(uow, state, code, today, checked_online=True)
        patron_id = take_in_card(uow, code)
        if patron_id is not None:
            return _patron_outcome(uow, state, code, patron_id, today, CardSource.INDEX)
        return _unknown(uow, state, code, today)

    def set_return_mode(self, uow: UnitOfWork, state: DeskState, on: bool) -> DeskOutcome:
        """Turn the deliberate "Retour" mode on or off: every item scanned is a return."""
        message = str(
            Message("circulation.return_mode_on" if on else "circulation.return_mode_off")
        )
        return DeskOutcome(
            replace(state, return_mode=on),
            OutcomeKind.STATE,
            Tone.WARNING if on else Tone.OK,
            message,
            panel=_panel(uow, state, None),
        )

    def renew(
        self,
        uow: UnitOfWork,
        state: DeskState,
        barcodes: tuple[str, ...],
        *,
        today: dt.date | None = None,
        now: dt.datetime | None = None,
    ) -> DeskOutcome:
        """Renew these loans of the current patron (all of them when ``barcodes`` is empty).

        Each renewal stands alone: one refused leaves the others renewed.
        """
        if state.patron_id is None:
            return DeskOutcome(
                state, OutcomeKind.ERROR, Tone.ERROR, str(Message("circulation.scan_card_first"))
            )
        wanted = barcodes or tuple(loan.barcode for loan in open_loans(uow, state.patron_id, today))
        if not wanted:
            return DeskOutcome(
                state,
                OutcomeKind.ERROR,
                Tone.ERROR,
                str(Message("circulation.nothing_to_renew")),
                panel=_panel(uow, state, today),
            )
        done: list[RenewResult] = []
        refused: list[str] = []
        for barcode in wanted:
            try:
                with uow.session.begin_nested():
                    done.append(
                        renew(
                            uow,
                            item_barcode=barcode,
                            patron_id=state.patron_id,
                            visit_id=state.visit_id,
                            override_reason=state.override_reason,
                            today=today,
                            now=now,
                        )
                    )
            except CirculationError as error:
                refused.append(f"{barcode} : {error}")
        if len(done) == 1 and not refused:
            message = done[0].message
        else:
            message = (
                str(
                    Message(
                        "circulation.renewed_many",
                        n=len(done),
                        date=f"{max(r.due_date for r in done):%d/%m/%Y}",
                    )
                )
                if done
                else str(Message("circulation.renewed_none"))
            )
        if refused:
            message += " " + str(Message("circulation.not_renewed", refused=" ; ".join(refused)))
        return DeskOutcome(
            state=state,
            kind=OutcomeKind.RENEW if done else OutcomeKind.ERROR,
            tone=Tone.OK if not refused else (Tone.WARNING if done else Tone.ERROR),
            message=message,
            panel=_panel(uow, state, today),
            event_id=done[-1].event_id if done else None,
        )

    def undo(
        self, uow: UnitOfWork, state: DeskState, *, today: dt.date | None = None
    ) -> DeskOutcome:
        """Cancel this device's last action at the current visit."""
        try:
            with uow.session.begin_nested():
                result = undo_last(uow, visit_id=state.visit_id, device=uow.device_id)
        except CirculationError as error:
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
        self,
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
                state, OutcomeKind.ERROR, Tone.ERROR, str(Message("circulation.scan_card_first"))
            )
        if not text:
            return DeskOutcome(
                state,
                OutcomeKind.ERROR,
                Tone.ERROR,
                str(Message("circulation.override_needs_reason")),
                panel=_panel(uow, state, today),
            )
        new_state = replace(state, override_reason=text)
        if retry_code:
            return self.scan(uow, new_state, retry_code, today=today, now=now)
        return DeskOutcome(
            new_state,
            OutcomeKind.STATE,
            Tone.WARNING,
            str(Message("circulation.override_given", reason=text)),
            panel=_panel(uow, new_state, today),
        )

    def renew_card(
        self, uow: UnitOfWork, state: DeskState, *, today: dt.date | None = None
    ) -> DeskOutcome:
        """Renew the current patron's card (one year); their panel shows it at once."""
        if state.patron_id is None:
            return DeskOutcome(
                state, OutcomeKind.ERROR, Tone.ERROR, str(Message("circulation.scan_card_first"))
            )
        card = renew_card(uow, state.patron_id, today=today)
        return DeskOutcome(
            state,
            OutcomeKind.STATE,
            Tone.OK,
            card.message,
            panel=_panel(uow, state, today),
        )

    def end_patron(self, uow: UnitOfWork, state: DeskState) -> DeskOutcome:
        """The patron leaves: the next items scanned are returns."""
        return DeskOutcome(
            replace(state, patron_id=None, override_reason=None, last_code=None),
            OutcomeKind.STATE,
            Tone.OK,
            str(Message("circulation.next_patron")),
        )

    def set_visit(self, uow: UnitOfWork, state: DeskState, visit_id: str | None) -> DeskOutcome:
        """Serve another visit (the patron stays until they leave)."""
        return DeskOutcome(replace(state, visit_id=visit_id), OutcomeKind.STATE, Tone.OK, "")
