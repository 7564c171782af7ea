"""The portal against abuse: guessed codes, forged forms, other readers' requests,
card enumeration, two readers after the last place; its headers; its parts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, func, select

from bibliomobile.server.models import entity_tables
from builders.portal import (
    Inbox,
    browser,
    csrf_of,
    portal_server,
    seed_portal,
    sign_in,
    smtp_server,
)
from builders.sync_network import ServerThread, running

World = tuple[ServerThread, Inbox, dict[str, Any]]


@pytest.fixture
def world(server_engine: Engine, tmp_path: Path) -> Iterator[World]:
    ids = seed_portal(server_engine, capacity=1)
    ids["engine"] = server_engine
    with (
        smtp_server() as (inbox, port),
        portal_server(server_engine, tmp_path / "catalogue", port) as server,
    ):
        yield server, inbox, ids


def _ask_code(client: httpx.Client, card: str) -> httpx.Response:
    page = client.get("/connexion")
    return client.post("/connexion", data={"card": card, "csrf": csrf_of(page.text)})


def test_a_hundred_wrong_codes_are_slowed_then_blocked(world: World) -> None:
    server, inbox, _ids = world
    with browser(server.url) as client:
        form = _ask_code(client, "C-nord-0")
        right = inbox.code_for("lecteur0@example.org")
        wrong = f"{(int(right) + 1) % 1_000_000:06d}"
        statuses = []
        for _ in range(100):
            answer = client.post(
                "/connexion/code",
                data={"card": "C-nord-0", "code": wrong, "csrf": csrf_of(form.text)},
            )
            statuses.append(answer.status_code)
        assert statuses[0] == 400
        assert statuses.count(400) <= 5
        assert statuses[-1] == 429
        assert int(answer.headers["retry-after"]) >= 1
        assert "Trop de tentatives" in answer.text
        # The code itself is spent after five wrong tries: even the right one fails now.
        late = client.post(
            "/connexion/code",
            data={"card": "C-nord-0", "code": right, "csrf": csrf_of(form.text)},
            follow_redirects=False,
        )
        assert late.status_code in (400, 429)
        assert "bm_session" not in client.cookies


def test_a_spent_code_cannot_be_used_twice(world: World) -> None:
    server, inbox, _ids = world
    with browser(server.url) as first, browser(server.url) as second:
        form = _ask_code(first, "C-nord-1")
        code = inbox.code_for("lecteur1@example.org")
        data = {"card": "C-nord-1", "code": code, "csrf": csrf_of(form.text)}
        assert first.post("/connexion/code", data=data).url.path == "/mes-demandes"
        page = second.get("/connexion")
        data["csrf"] = csrf_of(page.text)
        again = second.post("/connexion/code", data=data)
        assert again.status_code == 400


def test_an_unknown_card_gets_the_same_answer_and_no_mail(world: World) -> None:
    server, inbox, _ids = world
    with browser(server.url) as client:
        known = _ask_code(client, "C-nord-0").text.replace("C-nord-0", "CARD")
        unknown = _ask_code(client, "X-999").text.replace("X-999", "CARD")
        no_mail = _ask_code(client, "C-nord-idle").text.replace("C-nord-idle", "CARD")
    assert known == unknown == no_mail
    inbox.code_for("lecteur0@example.org")
    assert [m["To"] for m in inbox.messages] == ["lecteur0@example.org"]


def test_a_form_without_its_csrf_token_is_refused_and_changes_nothing(world: World) -> None:
    server, inbox, _ids = world
    with browser(server.url) as client:
        client.get("/connexion")
        refused = client.post("/connexion", data={"card": "C-nord-0"})
        assert refused.status_code == 403
        assert "Ce formulaire a expiré" in refused.text
        forged = client.post("/connexion", data={"card": "C-nord-0", "csrf": "x" * 32})
        assert forged.status_code == 403
    assert inbox.messages == []


def test_another_readers_request_is_not_found(world: World) -> None:
    server, inbox, ids = world
    nord = ids["nord"]
    with browser(server.url) as alice, browser(server.url) as bob:
        sign_in(alice, inbox, "C-nord-0", "lecteur0@example.org")
        title = alice.get(f"/titre/{ids['records'][0]}")
        added = alice.post("/panier", data={"add": ids["records"][0], "csrf": csrf_of(title.text)})
        alice.post(
            "/demander",
            data={"slot": f"{nord['next_visit']}/{nord['slots'][0]}", "csrf": csrf_of(added.text)},
        )
        requests = entity_tables()["requests"]
        with ids["engine"].connect() as conn:
            theirs = conn.scalar(select(requests.c.id).where(requests.c.channel == "portal"))
        sign_in(bob, inbox, "C-nord-1", "lecteur1@example.org")
        page = bob.get("/mes-demandes")
        assert "Livre 0" not in page.text
        answer = bob.post(f"/mes-demandes/{theirs}/annuler", data={"csrf": csrf_of(page.text)})
        assert answer.status_code == 404
        with ids["engine"].connect() as conn:
            assert conn.scalar(select(requests.c.status).where(requests.c.id == theirs)) == "new"
        # Signed out everywhere: the other session of the reader ends too.
        other = browser(server.url)
        sign_in(other, inbox, "C-nord-1", "lecteur1@example.org")
        bob.post("/deconnexion", data={"csrf": csrf_of(page.text), "everywhere": "1"})
        assert other.get("/mes-demandes").url.path == "/connexion"
        other.close()


def test_two_readers_after_the_last_place_one_gets_it_the_other_a_clear_message(
    world: World,
) -> None:
    server, inbox, ids = world
    nord = ids["nord"]
    slot = f"{nord['next_visit']}/{nord['slots'][0]}"
    forms = []
    clients = [browser(server.url), browser(server.url)]
    for n, client in enumerate(clients):
        sign_in(client, inbox, f"C-nord-{n}", f"lecteur{n}@example.org")
        title = client.get(f"/titre/{ids['records'][n]}")
        added = client.post("/panier", data={"add": ids["records"][n], "csrf": csrf_of(title.text)})
        assert f'value="{slot}"' in added.text  # both see the place free
        forms.append(csrf_of(added.text))
    answers: list[httpx.Response] = []
    start = threading.Barrier(2)

    def submit(n: int) -> None:
        start.wait()
        answers.append(clients[n].post("/demander", data={"slot": slot, "csrf": forms[n]}))

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for client in clients:
        client.close()
    assert sorted(a.status_code for a in answers) == [200, 409]
    full = next(a for a in answers if a.status_code == 409)
    assert "Le créneau 10:00–10:30 vient d&#39;être complet" in full.text
    requests = entity_tables()["requests"]
    with ids["engine"].connect() as conn:
        booked = conn.scalar(select(func.count()).where(requests.c.slot_id == nord["slots"][0]))
    assert booked == 1


def test_pages_carry_strict_security_headers(world: World) -> None:
    server, _inbox, _ids = world
    with browser(server.url) as client:
        page = client.get("/")
        css = client.get("/portail.css")
    csp = page.headers["content-security-policy"]
    assert "script-src" not in csp and "default-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "strict-transport-security" not in page.headers  # plain HTTP on loopback
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert css.headers["content-type"].startswith("text/css")
    assert "<script" not in page.text


def test_the_portal_and_the_sync_api_run_apart(sqlite_engine: Engine, tmp_path: Path) -> None:
    with running(sqlite_engine, catalogue_folder=tmp_path / "a", sync=False) as server:
        assert httpx.get(server.url + "/connexion").status_code == 200
        assert httpx.get(server.url + "/health").status_code == 200
        assert httpx.post(server.url + "/sync/enroll", json={}).status_code == 404
    with running(sqlite_engine, catalogue_folder=tmp_path / "b", portal=False) as server:
        assert httpx.get(server.url + "/connexion").status_code == 404
        assert httpx.post(server.url + "/sync/enroll", json={}).status_code in (400, 401, 422)
