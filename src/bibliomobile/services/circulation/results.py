"""What circulation operations return: frozen rows, each with its French message."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bibliomobile.domain.enums import CirculationKind
from bibliomobile.domain.loans import Block


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
        text = f"Prêté : {self.title} — à rendre le {self.due_date:%d/%m/%Y}"
        if self.previous_patron_id is not None:
            text += " (il était encore prêté à un autre lecteur : son prêt est clos)"
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
        text = f"Retour : {self.title}"
        if self.no_loan:
            text += " — aucun prêt en cours : retour enregistré et signalé"
        if self.days_late > 0:
            text += f" — {self.days_late} jour(s) de retard"
        if self.set_aside_until is not None:
            text += f" — à mettre de côté jusqu'au {self.set_aside_until:%d/%m/%Y}"
        return text


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
        return f"Prolongé : {self.title} — à rendre le {self.due_date:%d/%m/%Y}"


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
        what = {
            CirculationKind.CHECKOUT.value: "prêt",
            CirculationKind.CHECKIN.value: "retour",
            CirculationKind.RENEW.value: "prolongation",
        }.get(self.undone_kind, self.undone_kind)
        return f"Annulé : {what} de {self.title}"
