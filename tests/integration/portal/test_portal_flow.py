"""The portal over a real server database (SQLite and PostgreSQL), on loopback:
find, sign in with the e-mailed code, ask with a slot, follow, cancel; a van syncs it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select

from bibliomobile.server.models import change_log, entity_tables
from builders.portal import (
    Inbox,
    browser,
    csrf_of,
    portal_server,
    seed_portal,
    sign_in,
    smtp_server,
)

World = tuple[httpx.Client, Inbox, dict[str, Any]]


@pytest.fixture
def world(server_engine: Engine, tmp_path: Path) -> Iterator[World]:
    ids = seed_portal(server_engine)
    ids["engine"] = server_engine
    with (
        smtp_server() as (inbox, port),
        portal_server(server_engine, tmp_path / "catalogue", port) as server,
        browser(server.url) as client,
    ):
        yield client, inbox, ids


def test_search_ranks_like_the_app_and_the_title_page_says_where_the_copies_are(
    world: World,
) -> None:
    client, _inbox, ids = world
    page = client.get("/recherche", params={"q": "etranger"})
    assert page.status_code == 200
    assert page.text.count('href="/titre/') == 6
    # Accents and case folded; the title with a copy on a shelf is listed.
    assert "Livre 0 l&#39;Étranger" in page.text
    title = client.get(f"/titre/{ids['records'][0]}")
    assert "dans le bibliobus Tournée nord : 1" in title.text
    other = client.get(f"/titre/{ids['records'][1]}")
    assert "à la médiathèque (Médiathèque centrale) : 1" in other.text
    english = client.get(f"/en/title/{ids['records'][1]}")
    assert "at the library (Médiathèque centrale): 1" in english.text
    assert english.text.startswith('<!doctype html>\n<html lang="en">')
    assert client.get("/titre/inconnu").status_code == 404


def test_sign_in_ask_follow_and_cancel(world: World) -> None:
    client, inbox, ids = world
    nord = ids["nord"]
    sign_in(client, inbox, "C-nord-0", "lecteur0@example.org")
    mine = client.get("/mes-demandes")
    assert "Bonjour P0" in mine.text
    # The cancelled visit of the stop shows its reason in the timetable.
    assert "annulé : route barrée" in mine.text
    title = client.get(f"/titre/{ids['records'][0]}")
    assert "dans le bibliobus de votre commune (Tournée nord) : 1" in title.text
    added = client.post("/panier", data={"add": ids["records"][0], "csrf": csrf_of(title.text)})
    assert "Livre 0 l&#39;Étranger" in added.text
    slot = f"{nord['next_visit']}/{nord['slots'][0]}"
    assert f'value="{slot}"' in added.text
    done = client.post("/demander", data={"slot": slot, "csrf": csrf_of(added.text)})
    assert "Demande reçue" in done.text
    assert "reçue" in done.text and "Livre 0 l&#39;Étranger" in done.text

    requests = entity_tables()["requests"]
    engine: Engine = ids["engine"]
    with engine.connect() as conn:
        row = conn.execute(select(requests).where(requests.c.visit_id == nord["next_visit"])).one()
        logged = conn.scalars(
            select(change_log.c.entity).where(change_log.c.entity_id == row.id)
        ).all()
    assert (row.channel, row.status, row.slot_id) == ("portal", "new", nord["slots"][0])
    assert logged == ["requests"]

    # A second request at the same visit is refused with a sentence, nothing written.
    again = client.post("/panier", data={"add": ids["records"][1], "csrf": csrf_of(done.text)})
    refused = client.post("/demander", data={"slot": slot, "csrf": csrf_of(again.text)})
    assert refused.status_code == 409
    assert "déjà une demande en cours pour ce passage" in refused.text

    cancelled = client.post(f"/mes-demandes/{row.id}/annuler", data={"csrf": csrf_of(refused.text)})
    assert "Demande annulée." in cancelled.text
    assert "annulée" in cancelled.text
    with engine.connect() as conn:
        assert conn.scalar(select(requests.c.status).where(requests.c.id == row.id)) == "cancelled"


def test_the_same_in_english(world: World) -> None:
    client, inbox, ids = world
    nord = ids["nord"]
    sign_in(client, inbox, "C-nord-1", "lecteur1@example.org", prefix="/en")
    title = client.get(f"/en/title/{ids['records'][0]}")
    assert "in the bookmobile of your village (Tournée nord): 1" in title.text
    added = client.post("/en/basket", data={"add": ids["records"][0], "csrf": csrf_of(title.text)})
    assert added.url.path == "/en/request"
    slot = f"{nord['next_visit']}/{nord['slots'][1]}"
    done = client.post("/en/request", data={"slot": slot, "csrf": csrf_of(added.text)})
    assert "Request received." in done.text and "received" in done.text
    assert "cancelled: route barrée" in done.text


def test_a_van_of_the_tour_receives_the_request_and_its_bag_ready_shows_on_the_page(
    world: World, tmp_path: Path
) -> None:
    from bibliomobile.domain.bagcode import new_bag_code
    from bibliomobile.services.drive.bags import add_to_bag, create_bag, mark_bag_ready
    from bibliomobile.services.drive.requests import list_requests
    from bibliomobile.services.sync import client as sync
    from bibliomobile.store.uow import Store
    from builders.sync_network import enrolled

    client, inbox, ids = world
    nord = ids["nord"]
    sign_in(client, inbox, "C-nord-2", "lecteur2@example.org")
    title = client.get(f"/titre/{ids['records'][0]}")
    added = client.post("/panier", data={"add": ids["records"][0], "csrf": csrf_of(title.text)})
    slot = f"{nord['next_visit']}/{nord['slots'][0]}"
    client.post("/demander", data={"slot": slot, "csrf": csrf_of(added.text)})

    van = Store.open(tmp_path / "van.sqlite3")
    url = str(client.base_url).rstrip("/")
    enrolled(van, ids["engine"], url, "van-nord", "crew", f"tour:{nord['tour']}")
    sync.sync_once(van.transactions())
    with van.unit_of_work() as uow:
        found = [
            r for r in list_requests(uow, visit_id=nord["next_visit"]) if r.channel == "portal"
        ]
    assert [(r.patron_card, r.status, r.lines) for r in found] == [("C-nord-2", "new", 1)]
    code = new_bag_code()
    with van.unit_of_work() as uow:
        create_bag(uow, code, request_id=found[0].request_id, by="équipage")
        add_to_bag(uow, code, "I00000")
        mark_bag_ready(uow, code, by="équipage")
        uow.commit()
    sync.sync_once(van.transactions())
    mine = client.get("/mes-demandes")
    assert "sac prêt" in mine.text
    # Only the reader's other request (taken by phone, still received) can be cancelled.
    assert mine.text.count("Annuler cette demande") == 1
    english = client.get("/en/my-requests")
    assert "bag ready" in english.text


def test_a_surprise_selection_to_my_taste(world: World) -> None:
    client, inbox, ids = world
    nord = ids["nord"]
    sign_in(client, inbox, "C-nord-1", "lecteur1@example.org")
    page = client.get("/demander")
    assert "aucun titre" in page.text
    slot = f"{nord['next_visit']}/{nord['slots'][1]}"
    empty = client.post("/demander", data={"slot": slot, "csrf": csrf_of(page.text)})
    assert empty.status_code == 409 and "Choisissez au moins un titre." in empty.text
    done = client.post(
        "/demander",
        data={"slot": slot, "surprise": "polars,  pas d'horreur", "csrf": csrf_of(page.text)},
    )
    assert "Sélection surprise : polars, pas d&#39;horreur" in done.text
    requests = entity_tables()["requests"]
    with ids["engine"].connect() as conn:
        row = conn.execute(
            select(requests.c.kind, requests.c.free_text).where(
                requests.c.visit_id == nord["next_visit"]
            )
        ).one()
    assert tuple(row) == ("surprise", "polars, pas d'horreur")


def test_a_request_moved_off_a_cancelled_visit_says_where_the_bag_is(world: World) -> None:
    from sqlalchemy import update

    client, inbox, ids = world
    nord = ids["nord"]
    requests = entity_tables()["requests"]
    with ids["engine"].begin() as conn:
        conn.execute(
            update(requests)
            .where(requests.c.patron_id == nord["patrons"][0])
            .values(visit_id=nord["next_visit"], moved_from_visit_id=nord["cancelled_visit"])
        )
    sign_in(client, inbox, "C-nord-0", "lecteur0@example.org")
    page = client.get("/mes-demandes")
    assert "Votre sac a été déplacé ici : le passage du" in page.text
    assert "a été annulé (route barrée)" in page.text
    english = client.get("/en/my-requests")
    assert "Your bag was moved here: the visit of" in english.text
