"""Helpers of the portal tests: an SMTP server catching the codes, a network with
slots, a portal application over a server database."""

from __future__ import annotations

import datetime as dt
import email
import re
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import Message
from pathlib import Path
from typing import Any

import httpx
from aiosmtpd.controller import Controller
from sqlalchemy import Engine, insert, update

from bibliomobile.domain.ids import new_id
from bibliomobile.server.models import entity_tables
from bibliomobile.server.portal.settings import PortalLimits, PortalSettings
from bibliomobile.services.notifications.mail import EmailSettings
from builders.sync_network import ServerThread, running, seed_network


class Inbox:
    """What the test SMTP server received."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.original_content))
        return "250 OK"

    def code_for(self, address: str, timeout: float = 10.0, after: int = 0) -> str:
        """The code of the newest message to ``address`` (waits for it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in reversed(self.messages[after:]):
                if message["To"] == address:
                    body = message.get_payload(decode=True)
                    assert isinstance(body, bytes)
                    found = re.search(r"\b(\d{6})\b", body.decode("utf-8"))
                    assert found is not None
                    return found.group(1)
            time.sleep(0.05)
        raise AssertionError(f"no code sent to {address}")


@contextmanager
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def seed_portal(engine: Engine, capacity: int = 2) -> dict[str, Any]:
    """:func:`seed_network` plus, for the north tour: e-mail addresses, a visit in a
    week with two pickup slots of ``capacity``, a cancelled visit, the van's copies."""
    ids = seed_network(engine)
    t = entity_tables()
    nord = ids["nord"]
    today = dt.date.today()
    with engine.begin() as conn:
        for n, patron in enumerate(nord["patrons"]):
            conn.execute(
                update(t["patrons"])
                .where(t["patrons"].c.id == patron)
                .values(email=f"lecteur{n}@example.org")
            )
        visit = new_id()
        conn.execute(
            insert(t["stop_visits"]).values(
                id=visit,
                stop_id=nord["stop"],
                date=today + dt.timedelta(days=7),
                start_time=dt.time(10),
                end_time=dt.time(11, 30),
            )
        )
        slots = [new_id(), new_id()]
        for slot, start in zip(slots, (dt.time(10), dt.time(10, 30)), strict=True):
            conn.execute(
                insert(t["pickup_slots"]).values(
                    id=slot,
                    visit_id=visit,
                    start=start,
                    end=(dt.datetime.combine(today, start) + dt.timedelta(minutes=30)).time(),
                    capacity=capacity,
                )
            )
        cancelled = new_id()
        conn.execute(
            insert(t["stop_visits"]).values(
                id=cancelled,
                stop_id=nord["stop"],
                date=today + dt.timedelta(days=21),
                start_time=dt.time(10),
                end_time=dt.time(11, 30),
                status="cancelled",
                cancel_reason="route barrée",
            )
        )
        conn.execute(
            update(t["items"])
            .where(t["items"].c.id == ids["items"][0])
            .values(location="van", vehicle_tour_id=nord["tour"])
        )
    nord["next_visit"], nord["slots"], nord["cancelled_visit"] = visit, slots, cancelled
    return ids


@contextmanager
def portal_server(
    engine: Engine, folder: Path, smtp_port: int, limits: PortalLimits | None = None
) -> Iterator[ServerThread]:
    """The server with the portal on loopback, its catalogue file built."""
    settings = PortalSettings(
        email=EmailSettings(host="127.0.0.1", port=smtp_port, starttls=False),
        max_titles=3,
        limits=limits or PortalLimits(),
    )
    with running(engine, catalogue_folder=folder, portal_settings=settings) as server:
        server.app.state.catalogue.build()
        yield server


def browser(url: str) -> httpx.Client:
    """A client keeping its cookies, as a browser does."""
    return httpx.Client(base_url=url, follow_redirects=True, timeout=30)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found is not None, "no CSRF field in the page"
    return found.group(1)


def sign_in(client: httpx.Client, inbox: Inbox, card: str, address: str, prefix: str = "") -> None:
    """Sign ``client`` in with ``card`` and the code caught for ``address``."""
    page = client.get(f"{prefix}/connexion" if not prefix else f"{prefix}/sign-in")
    seen = len(inbox.messages)
    answer = client.post(page.url.path, data={"card": card, "csrf": csrf_of(page.text)})
    assert answer.status_code == 200, answer.text
    code = inbox.code_for(address, after=seen)
    done = client.post(
        f"{page.url.path}/code",
        data={"card": card, "code": code, "csrf": csrf_of(answer.text)},
        follow_redirects=False,
    )
    assert done.status_code == 303, done.text
