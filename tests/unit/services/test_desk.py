"""The desk state machine: card → patron, item → loan or return, override, renew, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bibliomobile.services.bookmobile import desk
from bibliomobile.store.models import CirculationEvent, Patron
from bibliomobile.store.uow import Store
from circulation_world import World, build_world

TODAY = dt.date(2026, 3, 3)


@pytest.fixture
def world(store: Store) -> World:
    return build_world(store, TODAY)


def _run(store: Store, state: desk.DeskState, code: str) -> desk.DeskOutcome:
    with store.unit_of_work() as uow:
        return desk.scan(uow, state, code, today=TODAY)


def _events(store: Store) -> int:
    with store.reader() as s:
        return s.scalar(select(func.count()).select_from(CirculationEvent)) or 0


def test_card_then_items_then_next_patron_returns(store: Store, world: World) -> None:
    state = desk.DeskState(visit_id=world.visit_a_today)
    card = _run(store, state, "C0001")
    assert card.kind == desk.OutcomeKind.PATRON and card.tone == desk.Tone.OK
    assert card.panel is not None and card.panel.name == "Prénom1 Nom1"
    state = card.state
    lent = _run(store, state, "I00001")
    assert lent.kind == desk.OutcomeKind.CHECKOUT
    assert lent.message == "Prêté : Livre 1 — à rendre le 31/03/2026"
    assert lent.panel is not None and [x.barcode for x in lent.panel.loans] == ["I00001"]
    # The patron hands back an item they hold: a return, not an error.
    back = _run(store, state, "I00001")
    assert back.kind == desk.OutcomeKind.CHECKIN
    with store.unit_of_work() as uow:
        state = desk.end_patron(uow, state).state
    assert state.patron_id is None
    nobody = _run(store, state, "I00002")
    assert nobody.kind == desk.OutcomeKind.CHECKIN and nobody.tone == desk.Tone.WARNING
    assert _events(store) == 3


def test_unknown_code_is_red_and_writes_nothing(store: Store, world: World) -> None:
    out = _run(store, desk.DeskState(visit_id=world.visit_a_today), "ZZZ")
    assert out.tone == desk.Tone.ERROR
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
    state = _run(store, desk.DeskState(visit_id=world.visit_a_today), "C0002").state
    refused = _run(store, state, "I00004")
    assert refused.kind == desk.OutcomeKind.REFUSED and refused.needs_override
    assert "Carte expirée" in refused.message
    assert _events(store) == 0
    with store.unit_of_work() as uow:
        empty = desk.set_override(uow, state, "   ", "I00004", today=TODAY)
    assert empty.tone == desk.Tone.ERROR and _events(store) == 0
    with store.unit_of_work() as uow:
        lent = desk.set_override(uow, state, "carte renouvelée ce jour", "I00004", today=TODAY)
    assert lent.kind == desk.OutcomeKind.CHECKOUT
    assert lent.state.override_reason == "carte renouvelée ce jour"
    # The override holds for this patron's next items, not for the next patron.
    assert _run(store, lent.state, "I00005").kind == desk.OutcomeKind.CHECKOUT
    assert _run(store, lent.state, "C0003").state.override_reason is None


def test_renew_all_and_undo(store: Store, world: World) -> None:
    earlier = TODAY - dt.timedelta(days=14)
    state = desk.DeskState(visit_id=world.visits_a[earlier])
    state = _run(store, state, "C0000").state
    with store.unit_of_work() as uow:
        desk.scan(uow, state, "I00001", today=earlier)
        desk.scan(uow, state, "I00002", today=earlier)
    state = desk.DeskState(visit_id=world.visit_a_today, patron_id=state.patron_id)
    with store.unit_of_work() as uow:
        renewed = desk.renew(uow, state, (), today=TODAY)
    assert renewed.kind == desk.OutcomeKind.RENEW
    assert renewed.message == "2 prêt(s) prolongé(s) jusqu'au 31/03/2026"
    with store.unit_of_work() as uow:
        undone = desk.undo(uow, state, today=TODAY)
    assert undone.kind == desk.OutcomeKind.UNDO and undone.message.startswith(
        "Annulé : prolongation"
    )
    assert undone.panel is not None
    assert sorted(loan.due_date for loan in undone.panel.loans) == [
        dt.date(2026, 3, 17),
        dt.date(2026, 3, 31),
    ]
    with store.unit_of_work() as uow:
        nothing = desk.undo(uow, desk.DeskState(visit_id=world.visit_b_today), today=TODAY)
    assert nothing.tone == desk.Tone.ERROR and nothing.message == "Rien à annuler pour ce passage."
