"""The circulation service on a real store: due dates, blocks, returns, renewals, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bibliomobile.domain.loans import BlockKind
from bibliomobile.services.bookmobile.visits import (
    add_visitors,
    close_visit,
    open_visit,
    visit_summary,
)
from bibliomobile.services.circulation.errors import (
    CheckoutRefused,
    CirculationError,
    NothingToUndo,
    UnknownBarcode,
    UnknownCard,
)
from bibliomobile.services.circulation.loans import checkin, checkout, renew, undo_last
from bibliomobile.services.circulation.log import NO_LOAN_FLAG
from bibliomobile.services.circulation.lookup import identify_patron
from bibliomobile.services.circulation.open_loans import loan_of, open_loans, rebuild_loans
from bibliomobile.services.circulation.results import CheckoutResult
from bibliomobile.services.patrons import patron_detail
from bibliomobile.store.models import (
    Beneficiary,
    CirculationEvent,
    Delivery,
    Item,
    LoanState,
    OutboxEntry,
    Patron,
    Round,
    StopVisit,
    Volunteer,
)
from bibliomobile.store.uow import Store
from builders.circulation import World, build_world

TODAY = dt.date(2026, 3, 3)
DAY = dt.timedelta(days=1)


@pytest.fixture
def world(store: Store) -> World:
    return build_world(store, TODAY)


def _events(store: Store) -> list[CirculationEvent]:
    with store.reader() as s:
        return list(s.scalars(select(CirculationEvent).order_by(CirculationEvent.hlc)))


def _counts(store: Store) -> tuple[int, int]:
    with store.reader() as s:
        return (
            s.scalar(select(func.count()).select_from(CirculationEvent)) or 0,
            s.scalar(select(func.count()).select_from(OutboxEntry)) or 0,
        )


def _lend(store: Store, world: World, item: int, patron: int = 0, **kw: object) -> CheckoutResult:
    kw.setdefault("visit_id", world.visit_a_today)
    kw.setdefault("today", TODAY)
    with store.unit_of_work() as uow:
        result = checkout(
            uow, item_barcode=World.barcode(item), patron_id=world.patrons[patron], **kw
        )  # type: ignore[arg-type]
        uow.commit()
        return result


def _item(store: Store, item_id: str) -> Item:
    with store.reader() as s:
        found = s.get(Item, item_id)
        assert found is not None
        return found


def test_due_date_is_the_first_visit_of_the_stop_after_the_loan_period(
    store: Store, world: World
) -> None:
    # Loan period 21 days, the stop is served every 14 days: due at the visit of day 28.
    assert _lend(store, world, 1).due_date == TODAY + 28 * DAY
    # Stop B has no visit planned that late: today + loan period.
    result = _lend(store, world, 2, visit_id=world.visit_b_today)
    assert result.due_date == TODAY + 21 * DAY
    # A cancelled visit is not a due date: the next one is.
    with store.unit_of_work() as uow:
        visit = uow.session.get(StopVisit, world.visits_a[TODAY + 28 * DAY])
        assert visit is not None
        visit.status = "cancelled"
        uow.commit()
    assert _lend(store, world, 3).due_date == TODAY + 42 * DAY
    assert _item(store, world.items[1]).location == "on_loan"


def test_identify_patron_shows_loans_and_no_block(store: Store, world: World) -> None:
    _lend(store, world, 1)
    _lend(store, world, 2)
    with store.unit_of_work() as uow:
        panel = identify_patron(uow, " c0000 ", TODAY)  # scanners may send lower case
    assert panel.name == "Prénom0 Nom0"
    assert [loan.barcode for loan in panel.loans] == ["I00001", "I00002"]
    assert all(loan.due_date == TODAY + 28 * DAY for loan in panel.loans)
    assert panel.blocks == ()


def test_unknown_card_is_a_clear_message(store: Store, world: World) -> None:
    with store.unit_of_work() as uow, pytest.raises(UnknownCard, match="pas connue : X99"):
        identify_patron(uow, "x99", TODAY)


def test_expired_card_blocks_checkout_until_an_override_reason(store: Store, world: World) -> None:
    with store.unit_of_work() as uow:
        patron = uow.session.get(Patron, world.patrons[0])
        assert patron is not None
        patron.card_expiry = TODAY - 10 * DAY
        uow.commit()
    before = _counts(store)
    with pytest.raises(CheckoutRefused, match="Carte expirée depuis le 21/02/2026"):
        _lend(store, world, 1)
    assert _counts(store) == before  # refused: nothing written

    result = _lend(store, world, 1, override_reason="  renouvellement prévu au prochain passage ")
    assert result.override_reason == "renouvellement prévu au prochain passage"
    [event] = _events(store)
    assert event.override_reason == "renouvellement prévu au prochain passage"


def test_too_many_loans_and_overdue_are_blocks(store: Store, world: World) -> None:
    with store.unit_of_work() as uow:
        patron = uow.session.get(Patron, world.patrons[0])
        assert patron is not None
        patron.max_loans = 2
        uow.commit()
    # A loan made eight weeks ago at that stop is overdue today.
    old_visit = world.visits_a[TODAY - 56 * DAY]
    _lend(store, world, 1, visit_id=old_visit, today=TODAY - 56 * DAY)
    _lend(store, world, 2, override_reason="le lecteur rapporte le retard au prochain passage")
    with store.unit_of_work() as uow:
        panel = identify_patron(uow, World.card(0), TODAY)
    kinds = [b.kind for b in panel.blocks]
    assert kinds == [BlockKind.TOO_MANY_LOANS, BlockKind.OVERDUE]
    assert "2 en cours pour 2 autorisés" in str(panel.blocks[0].message)
    assert "1 document en retard" in str(panel.blocks[1].message)
    assert [loan.overdue for loan in panel.loans] == [True, False]
    with pytest.raises(CheckoutRefused, match="Trop de prêts"):
        _lend(store, world, 3)


def test_blocked_patron_message_names_the_reason(store: Store, world: World) -> None:
    with store.unit_of_work() as uow:
        patron = uow.session.get(Patron, world.patrons[1])
        assert patron is not None
        patron.blocked_reason = "document perdu non remplacé"
        uow.commit()
    with pytest.raises(CheckoutRefused, match="Carte bloquée : document perdu non remplacé"):
        _lend(store, world, 1, patron=1)


def test_checkin_at_another_stop_closes_the_loan(store: Store, world: World) -> None:
    _lend(store, world, 4)
    with store.unit_of_work() as uow:
        result = checkin(
            uow, item_barcode="i00004", visit_id=world.visit_b_today, today=TODAY + 30 * DAY
        )
        uow.commit()
    assert result.patron_id == world.patrons[0]
    assert result.days_late == 2 and not result.no_loan
    assert result.set_aside_until is None
    with store.unit_of_work() as uow:
        assert loan_of(uow, world.items[4]) is None
        assert open_loans(uow, world.patrons[0]) == []
    assert _item(store, world.items[4]).location == "van"
    assert [e.kind for e in _events(store)] == ["checkout", "checkin"]


def test_checkin_applies_the_set_aside_period_of_the_home_library(
    store: Store, world: World
) -> None:
    _lend(store, world, 9)  # item 9 belongs to the annex: 3 days set aside
    with store.unit_of_work() as uow:
        result = checkin(uow, item_barcode="I00009", visit_id=world.visit_a_today, today=TODAY)
        uow.commit()
    assert result.set_aside_until == TODAY + 3 * DAY
    assert "mettre de côté jusqu'au 06/03/2026" in result.message
    assert _item(store, world.items[9]).set_aside_until == TODAY + 3 * DAY
    with pytest.raises(CheckoutRefused, match="mis de côté jusqu'au 06/03/2026"):
        _lend(store, world, 9, patron=1)
    _lend(store, world, 9, patron=1, today=TODAY + 3 * DAY, visit_id=world.visit_b_today)


def test_a_return_without_loan_is_recorded_and_flagged(store: Store, world: World) -> None:
    with store.unit_of_work() as uow:
        result = checkin(uow, item_barcode="I00005", visit_id=world.visit_a_today)
        uow.commit()
    assert result.no_loan and result.patron_id is None
    assert "aucun prêt en cours" in result.message
    [event] = _events(store)
    assert event.kind == "checkin" and event.flag == NO_LOAN_FLAG


def test_renew_moves_the_due_date_to_a_later_visit(store: Store, world: World) -> None:
    two_weeks_ago = TODAY - 14 * DAY
    first = _lend(store, world, 6, visit_id=world.visits_a[two_weeks_ago], today=two_weeks_ago)
    assert first.due_date == TODAY + 14 * DAY
    with store.unit_of_work() as uow:
        renewed = renew(
            uow,
            item_barcode="I00006",
            patron_id=world.patrons[0],
            visit_id=world.visit_a_today,
            today=TODAY,
        )
        uow.commit()
    assert renewed.previous_due_date == TODAY + 14 * DAY
    assert renewed.due_date == TODAY + 28 * DAY
    with store.unit_of_work() as uow:
        loan = loan_of(uow, world.items[6])
        assert loan is not None and loan.due_date == TODAY + 28 * DAY
    before = _counts(store)
    with (
        store.unit_of_work() as uow,
        pytest.raises(CirculationError, match="rien à prolonger"),
    ):
        renew(
            uow,
            item_barcode="I00006",
            patron_id=world.patrons[0],
            visit_id=world.visit_a_today,
            today=TODAY,
        )
    with store.unit_of_work() as uow, pytest.raises(CirculationError, match="pas prêté"):
        renew(uow, item_barcode="I00006", patron_id=world.patrons[1], visit_id=world.visit_a_today)
    assert _counts(store) == before


def test_undo_appends_an_undo_event_and_restores_the_state(store: Store, world: World) -> None:
    _lend(store, world, 7)
    with store.unit_of_work() as uow:
        checkin(uow, item_barcode="I00007", visit_id=world.visit_a_today, today=TODAY)
        uow.commit()
    with store.unit_of_work() as uow:
        undone = undo_last(uow, visit_id=world.visit_a_today, device=store.device_id)
        uow.commit()
    assert undone.undone_kind == "checkin" and undone.message == "Annulé : retour de Livre 7"
    with store.unit_of_work() as uow:
        loan = loan_of(uow, world.items[7])
        assert loan is not None and loan.patron_id == world.patrons[0]
    assert _item(store, world.items[7]).location == "on_loan"
    with store.unit_of_work() as uow:
        second = undo_last(uow, visit_id=world.visit_a_today, device=store.device_id)
        uow.commit()
    assert second.undone_kind == "checkout"
    with store.unit_of_work() as uow:
        assert loan_of(uow, world.items[7]) is None
    assert _item(store, world.items[7]).location == "van"
    with store.unit_of_work() as uow, pytest.raises(NothingToUndo):
        undo_last(uow, visit_id=world.visit_a_today, device=store.device_id)
    events = _events(store)
    assert [e.kind for e in events] == ["checkout", "checkin", "undo", "undo"]
    assert events[2].undoes_id == events[1].id and events[3].undoes_id == events[0].id
    with store.unit_of_work() as uow:
        summary = visit_summary(uow, world.visit_a_today)
    assert (summary.checkouts, summary.checkins, summary.undone) == (0, 0, 2)


def test_unknown_barcode_changes_nothing(store: Store, world: World) -> None:
    before = _counts(store)
    with (
        store.unit_of_work() as uow,
        pytest.raises(UnknownBarcode, match="Ce code-barres n'est pas un exemplaire connu : ZZ404"),
    ):
        checkout(uow, item_barcode="zz404", patron_id=world.patrons[0], today=TODAY)
    with store.unit_of_work() as uow, pytest.raises(UnknownBarcode):
        checkin(uow, item_barcode="ZZ404", visit_id=world.visit_a_today)
    assert _counts(store) == before


def test_every_event_has_its_outbox_row_and_the_loan_index_matches_the_log(
    store: Store, world: World
) -> None:
    for n in range(10):
        _lend(store, world, n, patron=n % 3)
    for n in (1, 3, 5):
        with store.unit_of_work() as uow:
            checkin(uow, item_barcode=World.barcode(n), visit_id=world.visit_b_today)
            uow.commit()
    _lend(store, world, 3, patron=2)  # lent again
    _lend(store, world, 4, patron=0)  # still lent to patron 1: the earlier loan is closed
    with store.unit_of_work() as uow:
        undo_last(uow, visit_id=world.visit_a_today, device=store.device_id)
        uow.commit()
    events = _events(store)
    with store.reader() as s:
        captured = set(
            s.scalars(
                select(OutboxEntry.entity_id).where(
                    OutboxEntry.entity == "circulation_events", OutboxEntry.op == "insert"
                )
            )
        )
        before = sorted(s.execute(select(LoanState.item_id, LoanState.patron_id)).all())
    assert {e.id for e in events} == captured
    with store.unit_of_work() as uow:
        assert rebuild_loans(uow) == len(before)
        uow.commit()
    with store.reader() as s:
        after = sorted(s.execute(select(LoanState.item_id, LoanState.patron_id)).all())
    assert after == before
    held = {item for item, _ in before}
    assert held == {world.items[n] for n in (0, 2, 3, 4, 6, 7, 8, 9)}


def test_lent_to_another_patron_the_later_checkout_wins(store: Store, world: World) -> None:
    _lend(store, world, 8, patron=0)
    result = _lend(store, world, 8, patron=1)
    assert result.previous_patron_id == world.patrons[0]
    with store.unit_of_work() as uow:
        assert open_loans(uow, world.patrons[0]) == []
        assert [loan.barcode for loan in open_loans(uow, world.patrons[1])] == ["I00008"]
        with pytest.raises(CirculationError, match="Déjà prêté à ce lecteur"):
            checkout(uow, item_barcode="I00008", patron_id=world.patrons[1], today=TODAY)


def test_patron_detail_lists_the_loans_from_the_log(store: Store, world: World) -> None:
    _lend(store, world, 1)
    with store.unit_of_work() as uow:
        detail = patron_detail(uow, world.patrons[0])
    assert detail is not None
    assert [loan.barcode for loan in detail.loans] == ["I00001"]


def test_visit_counters_and_summary(store: Store, world: World) -> None:
    visit = world.visit_a_today
    with store.unit_of_work() as uow:
        assert open_visit(uow, visit).status == "open"
        uow.commit()
    with store.unit_of_work() as uow:
        add_visitors(uow, visit, adults=3, children=2)
        add_visitors(uow, visit, adults=-1, new_registrations=1)
        uow.commit()
    with store.unit_of_work() as uow, pytest.raises(CirculationError, match="négatif"):
        add_visitors(uow, visit, children=-5)
    _lend(store, world, 1, patron=0)
    _lend(store, world, 2, patron=1)
    with store.unit_of_work() as uow:
        checkin(uow, item_barcode="I00011", visit_id=visit)
        summary = close_visit(uow, visit)
        uow.commit()
    assert (summary.checkouts, summary.checkins, summary.renewals) == (2, 1, 0)
    assert (summary.adults, summary.children, summary.new_registrations) == (2, 2, 1)
    assert summary.patrons_served == 2 and summary.flagged_returns == 1
    assert summary.visit.status == "closed"
    with store.reader() as s:
        entities = set(s.scalars(select(OutboxEntry.entity)))
    assert "stop_visits" in entities  # counters sync too


def test_a_due_date_moved_by_the_timetable_is_not_undone_at_the_desk(
    store: Store, world: World
) -> None:
    _lend(store, world, 1)
    with store.unit_of_work() as uow:  # what cancelling a visit writes (services.visit_changes)
        uow.session.add(
            CirculationEvent(
                kind="renew",
                item_id=world.items[1],
                patron_id=world.patrons[0],
                visit_id=world.visit_a_today,
                due_date=TODAY + 42 * DAY,
                occurred_at=dt.datetime(2026, 3, 3, 12),
                hlc=str(uow.clock.now()),
                device_id=uow.device_id,
                flag="rescheduled",
            )
        )
        uow.commit()
    with store.unit_of_work() as uow:
        loan = loan_of(uow, world.items[1])
        assert loan is not None and loan.due_date == TODAY + 42 * DAY
        assert visit_summary(uow, world.visit_a_today).renewals == 0
        undone = undo_last(uow, visit_id=world.visit_a_today, device=store.device_id)
    assert undone.undone_kind == "checkout"


def test_several_checkouts_in_one_transaction_count_for_the_blocks(
    store: Store, world: World
) -> None:
    with store.unit_of_work() as uow:
        patron = uow.session.get(Patron, world.patrons[0])
        assert patron is not None
        patron.max_loans = 2
        uow.commit()
    with store.unit_of_work() as uow:  # e.g. a drive bag handed over: all or nothing
        for n in (1, 2):
            checkout(
                uow,
                item_barcode=World.barcode(n),
                patron_id=world.patrons[0],
                visit_id=world.visit_a_today,
                today=TODAY,
            )
        with pytest.raises(CheckoutRefused, match="Trop de prêts"):
            checkout(
                uow,
                item_barcode=World.barcode(3),
                patron_id=world.patrons[0],
                visit_id=world.visit_a_today,
                today=TODAY,
            )
        uow.commit()
    with store.unit_of_work() as uow:
        assert [x.barcode for x in open_loans(uow, world.patrons[0])] == ["I00001", "I00002"]


def test_home_delivery_loans_use_the_loan_period_only(store: Store, world: World) -> None:
    with store.unit_of_work() as uow:
        volunteer = Volunteer(first_name="Josette", last_name="Martin")
        beneficiary = Beneficiary(patron_id=world.patrons[4])
        uow.session.add_all([volunteer, beneficiary])
        uow.session.flush()
        round_ = Round(date=TODAY, volunteer_id=volunteer.id)
        uow.session.add(round_)
        uow.session.flush()
        delivery = Delivery(round_id=round_.id, beneficiary_id=beneficiary.id)
        uow.session.add(delivery)
        uow.commit()
        delivery_id = delivery.id
    with store.unit_of_work() as uow:
        lent = checkout(
            uow,
            item_barcode="I00020",
            patron_id=world.patrons[4],
            delivery_id=delivery_id,
            today=TODAY,
        )
        uow.commit()
    assert lent.due_date == TODAY + 28 * DAY  # no stop: the default loan period
    with store.unit_of_work() as uow:
        back = checkin(uow, item_barcode="I00020", delivery_id=delivery_id, today=TODAY)
        uow.commit()
    assert back.patron_id == world.patrons[4]
    assert _item(store, world.items[20]).location == "bag"  # back in the volunteer's bag
    [lent_event, back_event] = _events(store)
    assert lent_event.delivery_id == delivery_id and back_event.delivery_id == delivery_id


def test_events_pulled_without_the_orm_are_taken_into_the_loans(store: Store, world: World) -> None:
    _lend(store, world, 30)  # projected through the ORM, sets the watermark
    pulled = [  # what the sync client writes with its fast upserts: another device's day
        {
            "id": f"0190-remote-{n}",
            "kind": kind,
            "item_id": world.items[item],
            "patron_id": world.patrons[patron] if patron is not None else None,
            "due_date": TODAY + 30 * DAY if kind == "checkout" else None,
            "occurred_at": dt.datetime(2026, 3, 3, 9, n),
            "hlc": f"{1772528400000 + n:016d}-0000-dother",
            "device_id": "dother",
        }
        for n, (kind, item, patron) in enumerate(
            [("checkout", 31, 1), ("checkout", 32, 1), ("checkin", 32, None)]
        )
    ]
    with store.engine.begin() as conn:
        conn.execute(CirculationEvent.__table__.insert(), pulled)
    with store.unit_of_work() as uow:
        assert [x.barcode for x in open_loans(uow, world.patrons[1])] == ["I00031"]
        loan = loan_of(uow, world.items[31])
        assert loan is not None and loan.due_date == TODAY + 30 * DAY
        assert loan_of(uow, world.items[32]) is None
        # The desk sees it too: returning I00031 closes the other device's loan.
        back = checkin(uow, item_barcode="I00031", visit_id=world.visit_a_today)
    assert back.patron_id == world.patrons[1] and not back.no_loan


def test_a_rolled_back_scan_does_not_hide_a_later_pulled_event(store: Store, world: World) -> None:
    _lend(store, world, 40)
    with store.unit_of_work() as uow:  # flushed, then abandoned: rolled back
        checkout(
            uow,
            item_barcode="I00041",
            patron_id=world.patrons[0],
            visit_id=world.visit_a_today,
            today=TODAY,
        )
        uow.session.flush()
    with store.engine.begin() as conn:  # the sync client writes the next event (same rowid)
        conn.execute(
            CirculationEvent.__table__.insert(),
            [
                {
                    "id": "0190-remote-x",
                    "kind": "checkout",
                    "item_id": world.items[42],
                    "patron_id": world.patrons[2],
                    "due_date": TODAY + 30 * DAY,
                    "occurred_at": dt.datetime(2026, 3, 3, 9),
                    "hlc": "0001772528400000-0000-dother",
                    "device_id": "dother",
                }
            ],
        )
    with store.unit_of_work() as uow:
        assert [x.barcode for x in open_loans(uow, world.patrons[2])] == ["I00042"]
        assert [x.barcode for x in open_loans(uow, world.patrons[0])] == ["I00040"]
    reopened = Store.open(store.path)  # another process: starts from the stored watermark
    try:
        with reopened.unit_of_work() as uow:
            assert [x.barcode for x in open_loans(uow, world.patrons[2])] == ["I00042"]
    finally:
        reopened.close()
