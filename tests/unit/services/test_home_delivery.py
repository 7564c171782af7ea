"""Home delivery: profiles, volunteers, who is due, the selection helper, the volunteer's day."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bibliomobile.domain.bagcode import is_valid_bag_code
from bibliomobile.services.circulation.loans import checkin, checkout
from bibliomobile.services.circulation.open_loans import open_loans
from bibliomobile.services.home_delivery.access_notes import reveal_for_visit
from bibliomobile.services.home_delivery.availability import Window, format_windows, parse_windows
from bibliomobile.services.home_delivery.beneficiaries import (
    BeneficiaryProfile,
    beneficiary_detail,
    pause_beneficiary,
    resume_beneficiary,
    save_beneficiary,
)
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.home_delivery.due_visits import due_visits, next_visit_after
from bibliomobile.services.home_delivery.rounds import round_view, volunteer_rounds
from bibliomobile.services.home_delivery.selection import prepare_bag, suggest_for, suggest_items
from bibliomobile.services.home_delivery.visit_outcomes import (
    record_feedback,
    record_outcome,
    return_item,
)
from bibliomobile.services.home_delivery.volunteers import (
    VolunteerData,
    list_volunteers,
    save_volunteer,
    set_volunteer_active,
)
from bibliomobile.services.home_delivery.welfare import (
    flag_welfare_concern,
    handle_welfare_alert,
    welfare_alerts,
)
from bibliomobile.services.labels import labels_for_bags
from bibliomobile.store.models import (
    Bag,
    BagItem,
    Beneficiary,
    CirculationEvent,
    Delivery,
    Item,
    OutboxEntry,
    Round,
    Volunteer,
)
from bibliomobile.store.uow import Store
from builders.home_delivery import HomeWorld, build_home_world


@pytest.fixture
def world(store: Store) -> HomeWorld:
    return build_home_world(store)


def _visit(
    store: Store,
    world: HomeWorld,
    beneficiary: int,
    day: dt.date,
    outcome: str | None = "delivered",
    items: tuple[str, ...] = (),
) -> str:
    """A round of the first volunteer on ``day`` with one visit; returns the delivery id."""
    with store.unit_of_work() as uow:
        round_ = Round(date=day, volunteer_id=world.volunteers[0], status="planned")
        uow.session.add(round_)
        uow.session.flush()
        delivery = Delivery(
            round_id=round_.id,
            beneficiary_id=world.beneficiaries[beneficiary],
            planned_time=dt.time(10, 0),
            outcome=outcome,
        )
        uow.session.add(delivery)
        uow.session.flush()
        if items:
            bag = Bag(
                code=f"B{len(delivery.id) % 10}TEST{beneficiary}{day.day:02d}",
                delivery_id=delivery.id,
            )
            uow.session.add(bag)
            uow.session.flush()
            for title in items:
                uow.session.add(BagItem(bag_id=bag.id, item_id=world.items[title]))
        uow.commit()
        return delivery.id


# -- who is due -------------------------------------------------------------------------


def test_next_visit_follows_the_frequency() -> None:
    last = dt.date(2026, 1, 31)
    assert next_visit_after("weekly", last) == dt.date(2026, 2, 7)
    assert next_visit_after("fortnightly", last) == dt.date(2026, 2, 14)
    assert next_visit_after("monthly", last) == dt.date(2026, 2, 28)  # clamped, not 3 March


def test_due_by_frequency_from_the_last_delivered_visit(store: Store, world: HomeWorld) -> None:
    monday = world.monday
    _visit(store, world, 0, monday - dt.timedelta(days=14))  # fortnightly: due this Monday
    _visit(store, world, 1, monday - dt.timedelta(days=3))  # due in 11 days: not this week
    _visit(store, world, 2, monday - dt.timedelta(days=30))  # overdue
    _visit(store, world, 2, monday - dt.timedelta(days=20), outcome="absent")  # absence: still due
    with store.unit_of_work() as uow:
        due = {d.beneficiary_id: d for d in due_visits(uow, monday, monday + dt.timedelta(days=4))}
    assert world.beneficiaries[1] not in due
    assert due[world.beneficiaries[0]].next_due == monday
    assert not due[world.beneficiaries[0]].overdue
    assert due[world.beneficiaries[2]].overdue
    assert due[world.beneficiaries[2]].earliest == monday
    # Never visited: due from their start date (60 days ago), so overdue now.
    assert due[world.beneficiaries[3]].last_delivered is None
    assert due[world.beneficiaries[3]].overdue


def test_pauses_move_or_cancel_the_visit(store: Store, world: HomeWorld) -> None:
    monday = world.monday
    friday = monday + dt.timedelta(days=4)
    with store.unit_of_work() as uow:
        # Unavailable Monday to Wednesday: the visit moves to Thursday.
        pause_beneficiary(
            uow,
            world.beneficiaries[0],
            monday - dt.timedelta(days=5),
            monday + dt.timedelta(days=2),
            "indisponible",
        )
        uow.commit()
    with store.unit_of_work() as uow:
        # On holiday the whole week: not due at all.
        pause_beneficiary(
            uow, world.beneficiaries[1], monday, friday + dt.timedelta(days=10), "absence"
        )
        uow.commit()
    with store.unit_of_work() as uow:
        # Paused until further notice.
        pause_beneficiary(
            uow, world.beneficiaries[2], monday - dt.timedelta(days=30), None, "absence"
        )
        uow.commit()
    with store.unit_of_work() as uow:
        due = {d.beneficiary_id: d for d in due_visits(uow, monday, friday)}
    assert due[world.beneficiaries[0]].earliest == monday + dt.timedelta(days=3)
    assert world.beneficiaries[1] not in due
    assert world.beneficiaries[2] not in due
    assert world.beneficiaries[3] in due
    with store.unit_of_work() as uow:
        resume_beneficiary(uow, world.beneficiaries[2])
        uow.commit()
    with store.unit_of_work() as uow:
        assert world.beneficiaries[2] in {d.beneficiary_id for d in due_visits(uow, monday, friday)}


def test_availability_decides_the_possible_days(store: Store, world: HomeWorld) -> None:
    with store.unit_of_work() as uow:
        detail = beneficiary_detail(uow, world.beneficiaries[0])
        assert detail is not None
        save_beneficiary(
            uow,
            detail.patron_id,
            BeneficiaryProfile(
                frequency="weekly",
                availability=(Window(3, dt.time(14), dt.time(16)),),
            ),
        )
        uow.commit()
    with store.unit_of_work() as uow:
        due = {
            d.beneficiary_id: d
            for d in due_visits(uow, world.monday, world.monday + dt.timedelta(days=6))
        }
    assert due[world.beneficiaries[0]].possible_days == (world.monday + dt.timedelta(days=3),)


def test_a_planned_visit_is_not_due_again(store: Store, world: HomeWorld) -> None:
    _visit(store, world, 0, world.monday + dt.timedelta(days=1), outcome=None)
    with store.unit_of_work() as uow:
        due = {
            d.beneficiary_id
            for d in due_visits(uow, world.monday, world.monday + dt.timedelta(days=4))
        }
    assert world.beneficiaries[0] not in due


def test_bad_profile_is_refused_and_nothing_changes(store: Store, world: HomeWorld) -> None:
    with store.unit_of_work() as uow:
        before = uow.session.scalar(select(func.count()).select_from(OutboxEntry))
        with pytest.raises(HomeDeliveryError, match="à la fois aimé et à éviter"):
            save_beneficiary(
                uow,
                world.patrons[5],
                BeneficiaryProfile(genres_liked=("policier",), genres_disliked=("Policier",)),
            )
        with pytest.raises(HomeDeliveryError, match="Fréquence"):
            save_beneficiary(uow, world.patrons[5], BeneficiaryProfile(frequency="daily"))
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(OutboxEntry)) == before
        assert uow.session.scalar(select(func.count()).select_from(Beneficiary)) == 4


# -- volunteers -------------------------------------------------------------------------


def test_a_volunteer_who_leaves_keeps_their_rounds(store: Store, world: HomeWorld) -> None:
    _visit(store, world, 0, world.monday - dt.timedelta(days=7))
    with store.unit_of_work() as uow:
        set_volunteer_active(uow, world.volunteers[0], False)
        uow.commit()
    with store.unit_of_work() as uow:
        rows = list_volunteers(uow)
        assert [r.active for r in rows] == [False]
        assert uow.session.scalar(select(func.count()).select_from(Round)) == 1
        assert list_volunteers(uow, include_inactive=False) == []


def test_volunteer_validation(store: Store) -> None:
    with store.unit_of_work() as uow, pytest.raises(HomeDeliveryError, match="1 à 30"):
        save_volunteer(uow, VolunteerData("Anne", "Lebrun", max_visits=0))
    # Latitude and longitude typed the wrong way round: a clear message, no volunteer.
    with store.unit_of_work() as uow, pytest.raises(HomeDeliveryError, match="Latitude hors"):
        save_volunteer(
            uow, VolunteerData("Anne", "Lebrun", start_latitude=345.0, start_longitude=45.7)
        )
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Volunteer)) == 0


# -- the selection helper ---------------------------------------------------------------


def test_selection_prefers_tastes_and_excludes_what_to_avoid(
    store: Store, world: HomeWorld
) -> None:
    with store.unit_of_work() as uow:
        picks = suggest_items(uow, world.beneficiaries[0], count=20)
    titles = [p.title for p in picks]
    # Favourite author first, in the right format only, never a disliked genre.
    assert titles[:2] == ["Maigret tend un piège", "Maigret et le corps sans tête"]
    assert picks[0].reason == "auteur préféré"
    assert "Le chien jaune" not in titles  # a normal book, not large print
    assert "Ça" not in titles and "Shining" not in titles  # horror is disliked
    assert all(p.format == "large_print" for p in picks)


def test_selection_excludes_borrowed_on_loan_and_disliked_items(
    store: Store, world: HomeWorld
) -> None:
    patron = world.patrons[0]
    with store.unit_of_work() as uow:
        # Borrowed long ago and returned: never proposed again.
        checkout(uow, item_barcode=world.barcodes["Maigret tend un piège"], patron_id=patron)
        uow.commit()
    with store.unit_of_work() as uow:
        checkin(uow, item_barcode=world.barcodes["Maigret tend un piège"])
        uow.commit()
    with store.unit_of_work() as uow:
        # On loan to someone else: not available.
        checkout(uow, item_barcode=world.barcodes["L'Étranger"], patron_id=world.patrons[5])
        uow.commit()
    delivery = _visit(store, world, 0, world.monday - dt.timedelta(days=14), items=("Le Horla",))
    with store.unit_of_work() as uow:
        record_feedback(uow, delivery, world.items["Le Horla"], liked=False)
        uow.commit()
    with store.unit_of_work() as uow:
        titles = {p.title for p in suggest_items(uow, world.beneficiaries[0], count=20)}
    assert "Maigret et le corps sans tête" in titles
    assert "Maigret tend un piège" not in titles
    assert "L'Étranger" not in titles
    assert "Le Horla" not in titles


def test_one_item_is_proposed_to_one_person_only(store: Store, world: HomeWorld) -> None:
    with store.unit_of_work() as uow:
        picks = suggest_for(uow, world.beneficiaries[:2], count=3)
    first = {p.item_id for p in picks[world.beneficiaries[0]]}
    second = {p.item_id for p in picks[world.beneficiaries[1]]}
    assert len(first) == 3 and len(second) == 3
    assert not first & second


# -- the volunteer's day ----------------------------------------------------------------


def test_an_absent_person_s_bag_comes_back_and_its_items_are_free_again(
    store: Store, world: HomeWorld
) -> None:
    delivery = _visit(store, world, 0, world.monday, outcome=None, items=("Le Horla",))
    with store.unit_of_work() as uow:
        messages = record_outcome(uow, delivery, "absent")
        uow.commit()
    assert messages[0] == "Visite notée : absent."
    assert "retournent en rayon" in messages[1]
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(Bag.status)) == "returned"
        assert uow.session.get(Item, world.items["Le Horla"]).location == "stacks"  # type: ignore[union-attr]
        assert not open_loans(uow, world.patrons[0])
    # The next visit can take the same document.
    later = _visit(store, world, 0, world.monday + dt.timedelta(days=7), outcome=None)
    with store.unit_of_work() as uow:
        bag = prepare_bag(uow, later, [world.items["Le Horla"]])
        uow.commit()
    assert bag.item_count == 1


def test_outcomes_only_on_or_after_the_day_and_delivered_needs_the_bag(
    store: Store, world: HomeWorld
) -> None:
    later = world.monday + dt.timedelta(days=7)
    future = _visit(store, world, 0, later, outcome=None, items=("Le Horla",))
    before = dt.datetime.combine(world.monday, dt.time(10))
    for outcome in ("delivered", "absent"):
        with store.unit_of_work() as uow, pytest.raises(HomeDeliveryError, match="prévue le"):
            record_outcome(uow, future, outcome, now=before)
    no_bag = _visit(store, world, 1, world.monday, outcome=None)
    with store.unit_of_work() as uow, pytest.raises(HomeDeliveryError, match="demande un sac"):
        record_outcome(uow, no_bag, "delivered", now=before)
    with store.unit_of_work() as uow:  # "absent" needs no bag
        assert record_outcome(uow, no_bag, "absent", now=before)[0] == "Visite notée : absent."
        uow.commit()
    with store.unit_of_work() as uow:
        assert uow.session.get(Delivery, future).outcome is None  # type: ignore[union-attr]


def test_delivered_lends_the_bag_and_returns_are_scanned(store: Store, world: HomeWorld) -> None:
    delivery = _visit(
        store, world, 0, world.monday, outcome=None, items=("Maigret tend un piège", "Le Horla")
    )
    with store.unit_of_work() as uow:
        messages = record_outcome(
            uow, delivery, "delivered", now=dt.datetime.combine(world.monday, dt.time(10, 5))
        )
        uow.commit()
    assert messages[0] == "Visite notée : livré."
    with store.unit_of_work() as uow:
        loans = open_loans(uow, world.patrons[0])
        assert sorted(loan.title for loan in loans) == ["Le Horla", "Maigret tend un piège"]
        events = uow.session.scalars(select(CirculationEvent.delivery_id)).all()
        assert set(events) == {delivery}
        assert uow.session.scalar(select(Bag.status)) == "handed_over"
        assert round_view(uow, uow.session.get(Delivery, delivery).round_id).status == "done"  # type: ignore[union-attr]
    with store.unit_of_work() as uow, pytest.raises(HomeDeliveryError, match="déjà notée"):
        record_outcome(uow, delivery, "absent")
    with store.unit_of_work() as uow:
        message = return_item(uow, delivery, world.barcodes["Le Horla"].lower())
        uow.commit()
    assert message.startswith("Retour : Le Horla")
    with store.unit_of_work() as uow:
        assert [loan.title for loan in open_loans(uow, world.patrons[0])] == [
            "Maigret tend un piège"
        ]


def test_feedback_teaches_the_profile(store: Store, world: HomeWorld) -> None:
    first = _visit(
        store, world, 1, world.monday - dt.timedelta(days=28), items=("La Gloire de mon père",)
    )
    second = _visit(
        store, world, 1, world.monday - dt.timedelta(days=14), items=("Le Château de ma mère",)
    )
    with store.unit_of_work() as uow:
        assert record_feedback(uow, first, world.items["La Gloire de mon père"], liked=False) == ()
        uow.commit()
    with store.unit_of_work() as uow:
        learnt = record_feedback(uow, second, world.items["Le Château de ma mère"], liked=False)
        uow.commit()
    assert learnt == ("à éviter : terroir",)
    with store.unit_of_work() as uow:
        detail = beneficiary_detail(uow, world.beneficiaries[1])
        assert detail is not None
        assert "terroir" in detail.profile.genres_disliked
        titles = {p.title for p in suggest_items(uow, world.beneficiaries[1], count=20)}
    assert not titles & {"La Gloire de mon père", "Le Château de ma mère"}
    # Two liked thrillers: the genre is liked (it already was), nothing new to learn.
    third = _visit(store, world, 1, world.monday - dt.timedelta(days=7), items=("Le Horla",))
    with store.unit_of_work() as uow:
        record_feedback(uow, third, world.items["Le Horla"], liked=True)
        uow.commit()
    with store.unit_of_work() as uow:
        learnt = record_feedback(uow, second, world.items["L'Étranger"], liked=True)
        uow.commit()
    assert learnt == ()


def test_welfare_concern_reaches_the_alert_list_until_handled(
    store: Store, world: HomeWorld
) -> None:
    delivery = _visit(store, world, 2, world.monday, outcome=None)
    with store.unit_of_work() as uow:
        assert welfare_alerts(uow) == []
        with pytest.raises(HomeDeliveryError):
            flag_welfare_concern(uow, delivery, "   ")
    with store.unit_of_work() as uow:
        record_outcome(uow, delivery, "absent", note="Volets fermés")
        uow.commit()
    with store.unit_of_work() as uow:
        flag_welfare_concern(uow, delivery, "N'a pas répondu trois fois, voisine inquiète")
        uow.commit()
    with store.unit_of_work() as uow:
        alerts = welfare_alerts(uow)
        assert [(a.name, a.outcome, a.contact_phone) for a in alerts] == [
            ("Odette Bernard", "absent", "06 11 22 33 44")
        ]
        # The flag travels: it is in the outbox as a change of the synced visit.
        fields = [
            e.fields
            for e in uow.session.scalars(
                select(OutboxEntry).where(OutboxEntry.entity == "deliveries")
            )
        ]
        assert any(f.get("welfare_concern") is True for f in fields)
    with store.unit_of_work() as uow:
        handle_welfare_alert(uow, delivery, "Coordinatrice")
        uow.commit()
    with store.unit_of_work() as uow:
        assert welfare_alerts(uow) == []
        # Handled, the note expires: only who handled it stays (and goes to every device).
        visit = uow.session.get(Delivery, delivery)
        assert visit is not None and visit.welfare_note is None
        assert visit.welfare_handled_by == "Coordinatrice"


def test_a_pause_reason_is_a_choice_that_names_no_illness(store: Store, world: HomeWorld) -> None:
    with store.unit_of_work() as uow:
        for reason in ("hospitalisation", "diabète", ""):
            with pytest.raises(HomeDeliveryError, match="Choisissez la raison"):
                pause_beneficiary(uow, world.beneficiaries[0], world.monday, None, reason)
        pause_beneficiary(uow, world.beneficiaries[0], world.monday, None, "indisponible")
        found = uow.session.get(Beneficiary, world.beneficiaries[0])
        assert found is not None and found.pause_reason == "indisponible"


def test_volunteer_mode_shows_only_their_round(store: Store, world: HomeWorld) -> None:
    mine = _visit(store, world, 0, world.monday, outcome=None)
    with store.unit_of_work() as uow:
        other = save_volunteer(uow, VolunteerData("Yves", "Morel"))
        uow.commit()
    with store.unit_of_work() as uow:
        round_ = Round(date=world.monday, volunteer_id=other)
        uow.session.add(round_)
        uow.session.flush()
        uow.session.add(Delivery(round_id=round_.id, beneficiary_id=world.beneficiaries[1]))
        uow.commit()
    with store.unit_of_work() as uow:
        rounds = volunteer_rounds(uow, world.volunteers[0], world.monday)
    assert [[s.delivery_id for s in r.stops] for r in rounds] == [[mine]]
    stop = rounds[0].stops[0]
    assert stop.has_access_note
    with store.unit_of_work() as uow:  # opened on demand, on the day of the visit
        assert (
            reveal_for_visit(uow, stop.delivery_id, today=world.monday)
            == "Digicode 1234B, sonner deux fois"
        )
    assert stop.address == "3 rue des Boucheries 63160 Billom"


def test_confirmed_selection_goes_into_a_labelled_bag(store: Store, world: HomeWorld) -> None:
    delivery = _visit(store, world, 0, world.monday, outcome=None)
    with store.unit_of_work() as uow:
        picks = suggest_items(uow, world.beneficiaries[0], count=2)
        bag = prepare_bag(uow, delivery, [p.item_id for p in picks])
        uow.commit()
    assert is_valid_bag_code(bag.code) and bag.item_count == 2
    other = _visit(store, world, 1, world.monday, outcome=None)
    with store.unit_of_work() as uow:
        # The items are no longer proposed to anybody else.
        others = {p.item_id for p in suggest_items(uow, world.beneficiaries[1], count=20)}
        assert not others & {p.item_id for p in picks}
        with pytest.raises(HomeDeliveryError, match="déjà dans le sac B"):
            prepare_bag(uow, other, [picks[0].item_id])
        (label,) = labels_for_bags(uow, [bag.code.lower()])
    assert label.place == "Portage à domicile"
    assert label.initials == "J. M."
    assert label.item_count == 2
    with store.unit_of_work() as uow:
        view = round_view(uow, uow.session.get(Delivery, delivery).round_id)  # type: ignore[union-attr]
        assert uow.session.scalar(select(Bag.id).where(Bag.delivery_id == other)) is None
    assert view.stops[0].bag_code == bag.code
    assert sorted(line.title for line in view.stops[0].items) == sorted(p.title for p in picks)
    # One more document later: the same bag (the drive's), ready again.
    with store.unit_of_work() as uow:
        (extra,) = suggest_items(uow, world.beneficiaries[0], count=1)
        again = prepare_bag(uow, delivery, [extra.item_id])
        uow.commit()
    assert (again.code, again.item_count) == (bag.code, 3)
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(Bag.status).where(Bag.code == bag.code)) == "ready"


def test_a_bag_refused_midway_leaves_nothing_written(store: Store, world: HomeWorld) -> None:
    """Preparing a bag writes the bag and its first item before the second is refused:
    the caller commits nothing, and the next unit of work finds everything as before."""
    taken = _visit(store, world, 1, world.monday, outcome=None)
    with store.unit_of_work() as uow:
        prepare_bag(uow, taken, [world.items["Le Horla"]])
        uow.commit()
    delivery = _visit(store, world, 0, world.monday, outcome=None)
    with store.unit_of_work() as uow:
        bags = uow.session.scalar(select(func.count()).select_from(Bag))
        outbox = uow.session.scalar(select(func.count()).select_from(OutboxEntry))
    with store.unit_of_work() as uow:
        with pytest.raises(HomeDeliveryError, match="déjà dans le sac B"):
            prepare_bag(uow, delivery, [world.items["L'Étranger"], world.items["Le Horla"]])
        # The first writes did happen in this unit of work before the refusal.
        assert uow.session.scalar(select(Bag.id).where(Bag.delivery_id == delivery)) is not None
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(Bag.id).where(Bag.delivery_id == delivery)) is None
        assert uow.session.scalar(select(func.count()).select_from(Bag)) == bags
        assert uow.session.scalar(select(func.count()).select_from(OutboxEntry)) == outbox
        item = uow.session.get(Item, world.items["L'Étranger"])
        assert item is not None and item.location == "stacks"


def test_availability_as_people_type_it() -> None:
    windows = parse_windows("lun 9:00-12:00; Jeudi 14h-16h30\nmer. 10h - 11h")
    assert format_windows(windows) == "lun 09:00-12:00; mer 10:00-11:00; jeu 14:00-16:30"
    assert parse_windows(format_windows(windows)) == windows
    assert parse_windows("  ") == ()
    with pytest.raises(HomeDeliveryError, match="non comprise : « le matin »"):
        parse_windows("lun 9:00-12:00; le matin")
    with pytest.raises(HomeDeliveryError, match="l'heure de fin doit suivre"):
        parse_windows("mar 12:00-09:00")
    with pytest.raises(HomeDeliveryError, match="Heure non comprise"):
        parse_windows("ven 25:00-26:00")
