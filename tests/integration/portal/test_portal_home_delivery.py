"""Home delivery on the portal (SQLite and PostgreSQL, real uvicorn on loopback): an
active beneficiary sees when the volunteer comes next; anyone else never sees it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, update

from bibliomobile.server.models import entity_tables
from bibliomobile.server.portal.texts import long_date
from builders.portal import Inbox, browser, portal_server, seed_portal, sign_in, smtp_server

World = tuple[str, Inbox, dict[str, Any]]


@pytest.fixture
def world(server_engine: Engine, tmp_path: Path) -> Iterator[World]:
    ids = seed_portal(server_engine)
    ids["engine"] = server_engine
    t = entity_tables()
    home = ids["volunteer"]["beneficiaries"]
    with server_engine.begin() as conn:
        for n, ben in enumerate(home):
            conn.execute(
                update(t["patrons"])
                .where(t["patrons"].c.id == ben["patron"])
                .values(email=f"domicile{n}@example.org")
            )
        conn.execute(
            update(t["patrons"])
            .where(t["patrons"].c.id == ids["other_beneficiary"]["patron"])
            .values(email="ailleurs@example.org")
        )
    with (
        smtp_server() as (inbox, port),
        portal_server(server_engine, tmp_path / "catalogue", port) as server,
    ):
        yield server.url, inbox, ids


def _requests_page(url: str, inbox: Inbox, card: str, address: str, prefix: str = "") -> str:
    with browser(url) as client:
        sign_in(client, inbox, card, address, prefix=prefix)
        return client.get(f"{prefix}/mes-demandes" if not prefix else f"{prefix}/my-requests").text


def test_a_beneficiary_sees_the_next_planned_visit_of_the_volunteer(world: World) -> None:
    url, inbox, ids = world
    t = entity_tables()
    engine: Engine = ids["engine"]
    later = ids["today"] + dt.timedelta(days=9)
    # The round of today is over for this person: the next one is in nine days.
    with engine.begin() as conn:
        conn.execute(
            update(t["rounds"])
            .where(t["rounds"].c.id == ids["volunteer"]["round"])
            .values(date=later)
        )
    page = _requests_page(url, inbox, "C-home-0", "domicile0@example.org")
    assert "Portage à domicile" in page
    assert f"Prochaine visite du bénévole : le {long_date('fr', later)}." in page
    english = _requests_page(url, inbox, "C-home-1", "domicile1@example.org", prefix="/en")
    assert f"Next visit of the volunteer: {long_date('en', later)}." in english


def test_a_beneficiary_without_a_planned_round_is_told_the_volunteer_will_come(
    world: World,
) -> None:
    url, inbox, _ids = world
    page = _requests_page(url, inbox, "C-home-x", "ailleurs@example.org")
    assert "Portage à domicile" in page
    assert "à la prochaine visite du bénévole" in page


def test_a_delivered_visit_is_not_the_next_one(world: World) -> None:
    url, inbox, ids = world
    t = entity_tables()
    ben = ids["volunteer"]["beneficiaries"][0]
    with ids["engine"].begin() as conn:
        conn.execute(
            update(t["deliveries"])
            .where(t["deliveries"].c.id == ben["delivery"])
            .values(outcome="delivered")
        )
    page = _requests_page(url, inbox, "C-home-0", "domicile0@example.org")
    assert "à la prochaine visite du bénévole" in page
    assert "Prochaine visite du bénévole : le" not in page


def test_a_paused_or_ended_beneficiary_and_other_readers_never_see_home_delivery(
    world: World,
) -> None:
    url, inbox, ids = world
    t = entity_tables()
    today: dt.date = ids["today"]
    home = ids["volunteer"]["beneficiaries"]
    with ids["engine"].begin() as conn:
        conn.execute(
            update(t["beneficiaries"])
            .where(t["beneficiaries"].c.id == home[0]["beneficiary"])
            .values(
                paused_from=today - dt.timedelta(days=1), paused_to=today + dt.timedelta(days=30)
            )
        )
        conn.execute(
            update(t["beneficiaries"])
            .where(t["beneficiaries"].c.id == home[1]["beneficiary"])
            .values(status="ended")
        )
    for card, address in (
        ("C-home-0", "domicile0@example.org"),
        ("C-home-1", "domicile1@example.org"),
        ("C-nord-0", "lecteur0@example.org"),
    ):
        page = _requests_page(url, inbox, card, address)
        assert "Mes prêts" in page  # the page itself is there
        assert "Portage à domicile" not in page
        assert "bénévole" not in page
