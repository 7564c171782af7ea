"""Notifications through a real SMTP server and a real HTTP SMS gateway on loopback."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from aiosmtpd.controller import Controller

from bibliomobile.domain.enums import ContactChannel
from bibliomobile.services.notifications.common import NotificationError
from bibliomobile.services.notifications.mail import EmailSettings
from bibliomobile.services.notifications.phone_calls import mark_called, phone_list, phone_list_pdf
from bibliomobile.services.notifications.queue import (
    NotificationKind,
    list_queue,
    queue_notification,
    queue_reminders,
)
from bibliomobile.services.notifications.sending import send_pending
from bibliomobile.services.notifications.sms import SmsSettings
from bibliomobile.services.notifications.templates import save_template
from bibliomobile.store.uow import Store
from builders.drive import DAY, NOW, World, build, prepare


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.messages.append(
            (envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)  # type: ignore[attr-defined]
        )
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    with socket.socket() as probe:  # a free random port (the controller checks it connects)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def gateway() -> Iterator[tuple[list[dict[str, object]], str]]:
    received: list[dict[str, object]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            body = json.loads(self.rfile.read(length))
            body["auth"] = self.headers.get("Authorization")
            received.append(body)
            self.send_response(201)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield received, f"http://127.0.0.1:{server.server_address[1]}/sms"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def world(store: Store) -> World:
    return build(store)


def test_ready_email_is_sent_once_with_accents_intact(
    store: Store, world: World, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    with store.unit_of_work() as uow:
        save_template(
            uow, "bag_ready", ContactChannel.EMAIL, "Sac prêt à $arret",
            "Bonjour $prenom, votre sac $code_sac ($nb_documents doc.) est prêt. Créneau $creneau. Ça y est : « élan » !",
        )  # fmt: skip
        uow.commit()
    request_id, code = prepare(store, world, 0, ["30000000", "30000002"])
    senders = {ContactChannel.EMAIL: EmailSettings(host="127.0.0.1", port=port, starttls=False)}
    report = send_pending(store.transactions(), senders, now=NOW)
    again = send_pending(store.transactions(), senders, now=NOW)
    with store.unit_of_work() as uow:
        # Queuing the same message again is a no-op: still one row, not re-sent.
        queue_notification(uow, request_id, NotificationKind.BAG_READY)
        uow.commit()
    third = send_pending(store.transactions(), senders, now=NOW)
    with store.unit_of_work() as uow:
        queue = list_queue(uow)
    assert (report.sent, again.sent, third.sent) == (1, 0, 0)
    assert len(inbox.messages) == 1
    assert [(q.kind, q.status) for q in queue] == [("bag_ready", "sent")]
    mail_from, rcpt, raw = inbox.messages[0]
    assert mail_from == "mediatheque@example.org"
    assert rcpt == ["jeanne@example.org"]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert not message.defects
    assert message["Subject"] == "Sac prêt à Saint-Amant — place de l'Église"
    assert message.get_content_charset() == "utf-8"
    body = message.get_content()
    assert f"Bonjour Jeanne, votre sac {code} (2 doc.) est prêt." in body
    assert "Créneau 10:00–10:15. Ça y est : « élan » !" in body
    assert message["Message-ID"]


def test_unreachable_smtp_keeps_the_message_queued(store: Store, world: World) -> None:
    prepare(store, world, 0, ["30000000"])
    settings = EmailSettings(host="127.0.0.1", port=1, starttls=False, timeout=2)
    report = send_pending(store.transactions(), {ContactChannel.EMAIL: settings})
    with store.unit_of_work() as uow:
        (row,) = list_queue(uow)
    assert report.failed == 1 and row.status == "queued" and row.attempts == 1 and row.last_error


def test_sms_goes_through_the_http_gateway(
    store: Store, world: World, gateway: tuple[list[dict[str, object]], str]
) -> None:
    received, url = gateway
    prepare(store, world, 1, ["30000002"])
    senders = {ContactChannel.SMS: SmsSettings(url=url, token="s3cret")}
    assert send_pending(store.transactions(), senders).sent == 1
    assert send_pending(store.transactions(), senders).sent == 0
    assert len(received) == 1
    assert received[0]["to"] == "0612345678" and received[0]["auth"] == "Bearer s3cret"
    assert "votre sac drive (1 doc.) est prêt" in str(received[0]["text"])


def test_phone_patrons_and_reminders_go_on_the_call_list(
    store: Store, world: World, tmp_path: Path
) -> None:
    prepare(store, world, 2, ["30000002"])
    with store.unit_of_work() as uow:
        reminders = queue_reminders(uow, DAY - dt.timedelta(days=1))
        assert [r.kind for r in reminders] == ["reminder"]
        assert queue_reminders(uow, DAY - dt.timedelta(days=1))  # same rows
        calls = phone_list(uow)
        assert {c.kind for c in calls} == {"bag_ready", "reminder"}
        assert all(c.recipient == "0473000000" for c in calls)
        out = tmp_path / "appels.pdf"
        phone_list_pdf(calls, out)
        mark_called(uow, calls[0].notification_id)
        assert len(phone_list(uow)) == 1
        assert len(list_queue(uow)) == 2
    document = pdfium.PdfDocument(out)
    text = document[0].get_textpage().get_text_range()
    document.close()
    assert "Marcel Pagnol" in text and "0473000000" in text


def test_template_with_an_unknown_field_is_refused(store: Store) -> None:
    with store.unit_of_work() as uow, pytest.raises(NotificationError, match=r"\$adresse"):
        save_template(uow, "reminder", ContactChannel.EMAIL, "Rappel", "Bonjour $prenom, $adresse")
