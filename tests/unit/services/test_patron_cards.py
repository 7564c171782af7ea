"""Registering a patron (minimal fields, the duplicate check) and renewing a card."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import DeskState, OutcomeKind
from bibliomobile.services.patron_cards import (
    NewPatron,
    PossibleDuplicate,
    RegistrationError,
    register_patron,
    renew_card,
)
from bibliomobile.store.models import AuditEntry, OutboxEntry, Patron, StopVisit
from bibliomobile.store.uow import Store
from builders.circulation import World, build_world

TODAY = dt.date(2026, 3, 3)


@pytest.fixture
def world(store: Store) -> World:
    return build_world(store, TODAY)


def test_a_registration_at_the_desk_makes_a_card_the_desk_knows(store: Store, world: World) -> None:
    with store.unit_of_work() as uow:
        card = register_patron(
            uow, NewPatron("Lucie", "Vernet", 1988, commune="Saint-Amant"),
            visit_id=world.visit_a_today, today=TODAY,
        )  # fmt: skip
        uow.commit()
    assert card.card_expiry == dt.date(2027, 3, 3)
    assert card.message.startswith("Lecteur inscrit : Lucie Vernet, carte L")
    with store.reader() as s:
        patron = s.get(Patron, card.patron_id)
        assert patron is not None and patron.registered_on == TODAY
        assert patron.preferred_channel == "letter" and patron.address is None
        visit = s.get(StopVisit, world.visit_a_today)
        assert visit is not None and visit.new_registrations == 1
        assert patron.home_stop_id == visit.stop_id
        # Synced like the rest: the new patron is in the outbox.
        assert s.scalar(select(OutboxEntry.op).where(OutboxEntry.entity_id == patron.id))
    with store.unit_of_work() as uow:
        found = Desk().scan(uow, DeskState(visit_id=world.visit_a_today), card.card_barcode)
    assert found.kind == OutcomeKind.PATRON and found.message == "Lucie Vernet"


def test_same_name_and_birth_year_or_same_email_is_a_possible_duplicate(
    store: Store, world: World
) -> None:
    with store.unit_of_work() as uow:
        register_patron(uow, NewPatron("Lucie", "Vernet", 1988, email="lucie@example.fr"))
        uow.commit()
    for again in (
        NewPatron("lucie", "VERNET", 1988),
        NewPatron("Luce", "Martin", email="Lucie@Example.fr"),
    ):
        with store.unit_of_work() as uow, pytest.raises(PossibleDuplicate) as caught:
            register_patron(uow, again)
        [duplicate] = caught.value.duplicates
        assert duplicate.name == "Lucie Vernet"
        assert str(caught.value).startswith("Déjà inscrit ? Lucie Vernet (carte L")
    with store.unit_of_work() as uow:  # another Lucie Vernet, born later: no question
        register_patron(uow, NewPatron("Lucie", "Vernet", 2015))
        # on purpose, despite the same e-mail (a parent's address for a child)
        register_patron(uow, NewPatron("Léo", "Martin", email="lucie@example.fr"),
                        allow_duplicate=True)  # fmt: skip
        uow.commit()
    with store.unit_of_work() as uow:
        with pytest.raises(RegistrationError, match="prénom et le nom"):
            register_patron(uow, NewPatron(" ", "Vernet"))
        with pytest.raises(RegistrationError, match="électronique invalide"):
            register_patron(uow, NewPatron("Anne", "Roux", email="anne@"))
        with pytest.raises(RegistrationError, match="déjà celle"):
            register_patron(uow, NewPatron("Anne", "Roux", card_barcode="c0001"))


def test_renewal_from_today_when_expired_or_from_the_end_when_still_valid(
    store: Store, world: World
) -> None:
    with store.unit_of_work() as uow:
        expired = uow.session.get(Patron, world.patrons[1])
        assert expired is not None
        expired.card_expiry = TODAY - dt.timedelta(days=40)
        uow.commit()
    with store.unit_of_work() as uow:
        renewed = renew_card(uow, "c0001", today=TODAY)
        still = renew_card(uow, World.card(2), today=TODAY)
        uow.commit()
    assert renewed.card_expiry == dt.date(2027, 3, 3)
    assert renewed.message == "Carte de Prénom1 Nom1 renouvelée jusqu'au 03/03/2027."
    assert still.card_expiry == dt.date(2028, 3, 3)  # valid until 03/03/2027 before
    with store.unit_of_work() as uow, pytest.raises(RegistrationError, match="Aucun lecteur"):
        renew_card(uow, "NOPE")


def test_registering_and_renewing_are_audited_under_the_signed_in_name(
    store: Store, world: World
) -> None:
    store.person.name = "Marc Équipage"
    with store.unit_of_work() as uow:
        card = register_patron(uow, NewPatron("Lucie", "Vernet", 1988), today=TODAY)
        uow.commit()
    with store.unit_of_work() as uow:
        renew_card(uow, card.card_barcode, today=TODAY)
        uow.commit()
    with store.unit_of_work() as uow:  # a refused registration leaves no entry
        with pytest.raises(RegistrationError):
            register_patron(uow, NewPatron("", "Sans prénom", 1990), today=TODAY)
        uow.commit()
    with store.reader() as s:
        log = [
            (e.user_name, e.action, e.patron_id, e.detail)
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.occurred_at))
        ]
    assert log == [
        ("Marc Équipage", "changed", card.patron_id, "inscription"),
        ("Marc Équipage", "changed", card.patron_id, "carte renouvelée"),
    ]
