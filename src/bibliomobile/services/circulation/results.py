"""What circulation operations return: frozen rows, each with its message in the UI language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bibliomobile.domain.enums import CirculationKind
from bibliomobile.domain.loans import Block
from bibliomobile.lang import Message


@dataclass(frozen=True, slots=True)
class OpenLoan:
    """An item a patron holds now."""

    item_id: str
    barcode: str
    title: str
    due_date: dt.date | None
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class LoanInfo:
    """Who holds an item, derived from the log."""

    item_id: str
    event_id: str
    patron_id: str | None
    due_date: dt.date | None


@dataclass(frozen=True, slots=True)
class PatronPanel:
    """What the desk shows once a card is scanned."""

    patron_id: str
    card_barcode: str
    first_name: str
    last_name: str
    card_expiry: dt.date | None
    max_loans: int
    loans: tuple[OpenLoan, ...]
    blocks: tuple[Block, ...]

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def blocked(self) -> bool:
        return bool(self.blocks)


@dataclass(frozen=True, slots=True)
class CheckoutResult:
    """A checkout that was recorded."""

    event_id: str
    item_id: str
    barcode: str
    title: str
    patron_id: str
    due_date: dt.date
    override_reason: str | None = None
    previous_patron_id: str | None = None  # the item was still lent to someone else

    @property
    def message(self) -> str:
        text = str(Message("circulation.lent", title=self.title, due=f"{self.due_date:%d/%m/%Y}"))
        if self.previous_patron_id is not None:
            text += " " + str(Message("circulation.lent_still_on_loan"))
        return text


@dataclass(frozen=True, slots=True)
class CheckinResult:
    """A return that was recorded (flagged when nobody held the item)."""

    event_id: str
    item_id: str
    barcode: str
    title: str
    patron_id: str | None
    days_late: int
    set_aside_until: dt.date | None
    no_loan: bool = False

    @property
    def message(self) -> str:
        parts = [Message("circulation.returned", title=self.title)]
        if self.no_loan:
            parts.append(Message("circulation.returned_no_loan"))
        if self.days_late > 0:
            parts.append(Message("circulation.days_late", n=self.days_late))
        if self.set_aside_until is not None:
            parts.append(
                Message("circulation.set_aside_until", date=f"{self.set_aside_until:%d/%m/%Y}")
            )
        return " — ".join(str(part) for part in parts)


@dataclass(frozen=True, slots=True)
class RenewResult:
    """A renewal that was recorded."""

    event_id: str
    item_id: str
    barcode: str
    title: str
    patron_id: str
    due_date: dt.date
    previous_due_date: dt.date | None

    @property
    def message(self) -> str:
        return str(
            Message("circulation.renewed", title=self.title, due=f"{self.due_date:%d/%m/%Y}")
        )


@dataclass(frozen=True, slots=True)
class UndoResult:
    """The UNDO event written and what it cancelled."""

    event_id: str
    undone_event_id: str
    undone_kind: str
    item_id: str
    barcode: str
    title: str
    patron_id: str | None

    @property
    def message(self) -> str:
        code = {
            CirculationKind.CHECKOUT.value: "circulation.undone_checkout",
            CirculationKind.CHECKIN.value: "circulation.undone_checkin",
            CirculationKind.RENEW.value: "circulation.undone_renew",
        }.get(self.undone_kind, "circulation.undone_checkout")
        return str(Message(code, title=self.title))
