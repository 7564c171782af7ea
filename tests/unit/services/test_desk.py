"""The desk state machine: card → patron, item → loan or return, override, renew, undo."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import func, select

from bibliomobile.domain.bagcode import new_bag_code
from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import DeskOutcome, DeskState, OutcomeKind, Tone
from bibliomobile.services.bookmobile.visits import close_visit
from bibliomobile.services.drive.desk import bag_scan
from bibliomobile.store.models import (
    Bag,
    BagItem,
    CirculationEvent,
    Item,
    LoanState,
    Patron,
    Request,
)
from bibliomobile.store.uow import Store
from builders.circulation import World, build_world

TODAY = dt.date(2026, 3, 3)
DESK = Desk()


@pytest.fixture
def world(store: Store) -> World:
    return build_world(store, TODAY)


def _run(store: Store, state: DeskState, code: str) -> DeskOutcome:
    """One scan, committed as the desk queue of the GUI does."""
    with store.unit_of_work() as uow:
        outcome = DESK.scan(uow, state, code, today=TODAY)
        uow.commit()
        return outcome


def _events(store: Store) -> int:
    with store.reader() as s:
        return s.scalar(select(func.count()).select_from(CirculationEvent)) or 0


def test_card_then_items_then_next_patron_returns(store: Store, world: World) -> None:
    state = DeskState(visit_id=world.visit_a_today)
    card = _run(store, state, "C0001")
    assert card.kind == OutcomeKind.PATRON and card.tone == Tone.OK
    assert card.panel is not None and card.panel.name == "Prénom1 Nom1"
    state = card.state
    lent = _run(store, state, "I00001")
    assert lent.kind == OutcomeKind.CHECKOUT
    assert lent.message == "Prêté : Livre 1 — à rendre le 31/03/2026"
    assert lent.panel is not None and [x.barcode for x in lent.panel.loans] == ["I00001"]
    state = lent.state
    with store.unit_of_work() as uow:
        state = DESK.end_patron(uow, state).state
    assert state.patron_id is None
    back = _run(store, state, "I00001")  # no patron at the desk: a return
    assert back.kind == OutcomeKind.CHECKIN
    nobody = _run(store, back.state, "I00002")
    assert nobody.kind == OutcomeKind.CHECKIN and nobody.tone == Tone.WARNING
    assert _events(store) == 3


def _at(seconds: float) -> dt.datetime:
    return dt.datetime.combine(TODAY, dt.time(10)) + dt.timedelta(seconds=seconds)


def _scan_at(store: Store, state: DeskState, code: str, seconds: float) -> DeskOutcome:
    with store.unit_of_work() as uow:
        outcome = DESK.scan(uow, state, code, today=TODAY, now=_at(seconds))
        uow.commit()
        return outcome


def test_a_double_read_after_a_loan_keeps_the_loan(store: Store, world: World) -> None:
    # Card, then the same item twice (a scanner's double read): the loan stays.
    state = _scan_at(store, DeskState(visit_id=world.visit_a_today), "C0001", 0).state
    lent = _scan_at(store, state, "I00001", 1)
    assert lent.kind == OutcomeKind.CHECKOUT
    again = _scan_at(store, lent.state, "i00001", 1.4)
    assert again.kind == OutcomeKind.IGNORED and again.tone == Tone.WARNING
    assert again.message == "Double lecture ignorée : i00001 vient d'être scanné."
    assert again.panel is not None and [x.barcode for x in again.panel.loans] == ["I00001"]
    # Later, the patron still at the desk: the item they hold is not taken back either.
    later = _scan_at(store, again.state, "I00001", 60)
    assert later.kind == OutcomeKind.IGNORED
    assert later.message.startswith("Déjà prêté à ce lecteur (à rendre le 31/03/2026)")
    assert "mode Retour" in later.message
    assert _events(store) == 1


def test_a_double_read_of_a_return_is_not_a_second_return(store: Store, world: World) -> None:
    state = _scan_at(store, DeskState(visit_id=world.visit_a_today), "C0001", 0).state
    state = _scan_at(store, state, "I00001", 1).state
    with store.unit_of_work() as uow:
        state = DESK.end_patron(uow, state).state
    back = _scan_at(store, state, "I00001", 30)
    assert back.kind == OutcomeKind.CHECKIN and back.tone == Tone.OK
    twice = _scan_at(store, back.state, "I00001", 32)
    assert twice.kind == OutcomeKind.IGNORED
    assert _events(store) == 2  # no "retour sans prêt" flagged by the second read


def test_return_mode_takes_items_back_with_a_patron_at_the_desk(store: Store, world: World) -> None:
    state = _scan_at(store, DeskState(visit_id=world.visit_a_today), "C0001", 0).state
    state = _scan_at(store, state, "I00001", 1).state
    with store.unit_of_work() as uow:
        mode = DESK.set_return_mode(uow, state, True)
    assert mode.state.return_mode and mode.message.startswith("Mode Retour")
    back = _scan_at(store, mode.state, "I00001", 60)
    assert back.kind == OutcomeKind.CHECKIN and back.message == "Retour : Livre 1"
    assert _events(store) == 2


def test_a_closed_visit_refuses_loans_and_still_takes_returns(store: Store, world: World) -> None:
    state = _scan_at(store, DeskState(visit_id=world.visit_a_today), "C0001", 0).state
    state = _scan_at(store, state, "I00001", 1).state
    with store.unit_of_work() as uow:
        close_visit(uow, world.visit_a_today)
        uow.commit()
    refused = _scan_at(store, state, "I00002", 60)
    assert refused.kind == OutcomeKind.ERROR and refused.tone == Tone.ERROR
    assert refused.message.startswith("Passage clôturé : prêt refusé.")
    assert "Rouvrir" in refused.message
    with store.unit_of_work() as uow:
        state = DESK.end_patron(uow, state).state
    assert _scan_at(store, state, "I00001", 90).kind == OutcomeKind.CHECKIN
    nowhere = _scan_at(store, DeskState(patron_id=world.patrons[1]), "I00003", 120)
    assert nowhere.message.startswith("Aucun passage ouvert : prêt refusé.")
    assert _events(store) == 2


def test_unknown_code_is_red_and_writes_nothing(store: Store, world: World) -> None:
    out = _run(store, DeskState(visit_id=world.visit_a_today), "ZZZ")
    assert out.tone == Tone.ERROR
    assert out.message == "Ce code-barres n'est ni un exemplaire ni une carte connus : ZZZ"
    assert _events(store) == 0


def test_blocked_patron_needs_a_reason_then_the_refused_item_is_lent(
    store: Store, world: World
) -> None:
    with store.unit_of_work() as uow:
        patron = uow.session.get(Patron, world.patrons[2])
        assert patron is not None
        patron.card_expiry = TODAY - dt.timedelta(days=1)
        uow.commit()
    state = _run(store, DeskState(visit_id=world.visit_a_today), "C0002").state
    refused = _run(store, state, "I00004")
    assert refused.kind == OutcomeKind.REFUSED and refused.needs_override
    assert "Carte expirée" in refused.message
    assert _events(store) == 0
    with store.unit_of_work() as uow:
        empty = DESK.set_override(uow, state, "   ", "I00004", today=TODAY)
    assert empty.tone == Tone.ERROR and _events(store) == 0
    with store.unit_of_work() as uow:
        lent = DESK.set_override(uow, state, "carte renouvelée ce jour", "I00004", today=TODAY)
        uow.commit()
    assert lent.kind == OutcomeKind.CHECKOUT
    assert lent.state.override_reason == "carte renouvelée ce jour"
    # The override holds for this patron's next items, not for the next patron.
    assert _run(store, lent.state, "I00005").kind == OutcomeKind.CHECKOUT
    assert _run(store, lent.state, "C0003").state.override_reason is None


def test_renew_all_and_undo(store: Store, world: World) -> None:
    earlier = TODAY - dt.timedelta(days=14)
    state = DeskState(visit_id=world.visits_a[earlier])
    state = _run(store, state, "C0000").state
    with store.unit_of_work() as uow:
        DESK.scan(uow, state, "I00001", today=earlier)
        DESK.scan(uow, state, "I00002", today=earlier)
        uow.commit()
    state = DeskState(visit_id=world.visit_a_today, patron_id=state.patron_id)
    with store.unit_of_work() as uow:
        renewed = DESK.renew(uow, state, (), today=TODAY)
        uow.commit()
    assert renewed.kind == OutcomeKind.RENEW
    assert renewed.message == "2 prêts prolongés jusqu'au 31/03/2026"
    with store.unit_of_work() as uow:
        undone = DESK.undo(uow, state, today=TODAY)
        uow.commit()
    assert undone.kind == OutcomeKind.UNDO and undone.message.startswith("Annulé : prolongation")
    assert undone.panel is not None
    assert sorted(loan.due_date for loan in undone.panel.loans) == [
        dt.date(2026, 3, 17),
        dt.date(2026, 3, 31),
    ]
    with store.unit_of_work() as uow:
        nothing = DESK.undo(uow, DeskState(visit_id=world.visit_b_today), today=TODAY)
    assert nothing.tone == Tone.ERROR and nothing.message == "Rien à annuler pour ce passage."


def _bag_of_two(store: Store, world: World) -> str:
    """A ready drive bag of two items for patron 0; the second was withdrawn since."""
    code = new_bag_code(random.Random(7))
    with store.unit_of_work() as uow:
        first, second = (uow.session.get(Item, world.items[n]) for n in (1, 2))
        assert first is not None and second is not None
        first.call_number, second.call_number = "A 1", "B 2"  # lent in this order
        second.withdrawn = True
        request = Request(
            patron_id=world.patrons[0],
            visit_id=world.visit_a_today,
            channel="phone",
            kind="titles",
            status="ready",
        )
        uow.session.add(request)
        uow.session.flush()
        bag = Bag(code=code, status="ready", patron_id=world.patrons[0], request_id=request.id)
        uow.session.add(bag)
        uow.session.flush()
        uow.session.add_all([BagItem(bag_id=bag.id, item_id=i.id) for i in (first, second)])
        uow.commit()
    return code


def test_a_bag_refused_after_its_first_loan_leaves_nothing_written(store: Store) -> None:
    # Built on the real today: the bag's loans are due from the day of the scan.
    world = build_world(store, dt.date.today())
    code = _bag_of_two(store, world)
    desk = Desk(scan_handlers=(bag_scan,))
    state = DeskState(visit_id=world.visit_a_today)
    with store.unit_of_work() as uow:  # the first item is lent, then the second refused
        outcome = desk.scan(uow, state, code)
    assert outcome.kind == OutcomeKind.ERROR and "retiré des collections" in outcome.message
    with store.unit_of_work() as uow:  # (the desk queue commits every command: still nothing)
        assert desk.scan(uow, state, code).kind == OutcomeKind.ERROR
        uow.commit()
    assert _events(store) == 0
    with store.reader() as s:
        assert s.scalars(select(LoanState)).all() == []
        assert s.scalar(select(Bag.status).where(Bag.code == code)) == "ready"
        assert set(s.scalars(select(Request.status))) == {"ready"}
        assert s.scalar(select(Item.location).where(Item.id == world.items[1])) == "van"
