"""Drive › Modèles de messages and Réglages › Messages aux lecteurs."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller

from bibliomobile.services.notifications.mail import email_settings
from bibliomobile.services.notifications.queue import list_queue
from bibliomobile.services.notifications.settings import messaging_settings
from bibliomobile.services.notifications.sms import sms_settings
from bibliomobile.services.notifications.templates import DEFAULT_TEMPLATES
from bibliomobile.store.models import MessageTemplate
from bibliomobile.store.uow import Store
from bibliomobile.ui.drive.templates import TemplateEditor
from bibliomobile.ui.drive.workspace import DriveWorkspace
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.settings.messages import MessagesBox
from bibliomobile.ui.settings.workspace import SettingsWorkspace
from bibliomobile.ui.worker import DbWorker
from builders.drive import build, prepare


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
    with socket.socket() as probe:  # a free random port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def open_editor(qtbot, window: MainWindow) -> TemplateEditor:  # type: ignore[no-untyped-def]
    page = window.open_workspace("drive")
    assert isinstance(page, DriveWorkspace)
    page.tabs.setCurrentIndex(4)
    editor = page.notifications.edit_templates()
    assert isinstance(editor, TemplateEditor)
    qtbot.waitUntil(lambda: editor.template_list.count() == 6)
    return editor


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, dialog shown
def test_an_edited_template_is_used_by_the_next_message(  # type: ignore[no-untyped-def]
    qtbot, store: Store, window: MainWindow
) -> None:
    world = build(store)
    editor = open_editor(qtbot, window)
    labels = [editor.template_list.item(i).text() for i in range(6)]
    assert labels[0] == "Sac prêt — e-mail" and "Veille du passage — liste d'appels" in labels
    editor.select("bag_ready", "email")
    editor.subject.setText("Votre sac vous attend, ")
    editor.subject.setFocus()
    editor.subject.setCursorPosition(len(editor.subject.text()))
    qtbot.waitUntil(editor.subject.hasFocus)
    editor.placeholder_buttons["prenom"].click()
    assert editor.subject.text() == "Votre sac vous attend, $prenom"
    editor.body.setPlainText("Bonjour $prenom, rendez-vous à $arret : « à bientôt » !")
    # The preview fills the fields with the sample patron and visit.
    assert editor.preview_subject.text() == "Objet : Votre sac vous attend, Jeanne"
    assert "rendez-vous à Saint-Amant — place de l'Église" in editor.preview_body.toPlainText()

    editor.save_button.click()
    qtbot.waitUntil(lambda: "Modèle enregistré" in editor.message.text())
    qtbot.waitUntil(lambda: editor.template_list.item(0).text().endswith("(modifié)"))

    prepare(store, world, 0, ["30000000"])  # Jeanne (e-mail): her bag is ready
    with store.unit_of_work() as uow:
        (row,) = list_queue(uow)
    assert row.channel == "email"
    assert row.subject == "Votre sac vous attend, Jeanne"
    assert (
        row.body
        == "Bonjour Jeanne, rendez-vous à Saint-Amant — place de l'Église : « à bientôt » !"
    )

    editor.reset_button.click()
    qtbot.waitUntil(lambda: editor.message.text() == "Texte d'origine rétabli.")
    qtbot.waitUntil(lambda: editor.subject.text() == DEFAULT_TEMPLATES["bag_ready.email"][0])
    assert editor.template_list.item(0).text() == "Sac prêt — e-mail"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, dialog shown
def test_an_unknown_placeholder_is_refused_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, store: Store, window: MainWindow
) -> None:
    editor = open_editor(qtbot, window)
    editor.select("reminder", "sms")
    assert not editor.subject.isEnabled()  # an SMS has no subject
    editor.body.setPlainText("Rappel : bibliobus demain à $arret, $adresse")
    assert "$adresse" in editor.preview_body.toPlainText()  # shown as typed
    editor.save_button.click()
    qtbot.waitUntil(lambda: "$adresse" in editor.message.text())
    assert editor.message.text().startswith("Champ inconnu dans le modèle")
    assert "$prenom" in editor.message.text()  # the allowed fields are listed
    with store.unit_of_work() as uow:
        assert uow.session.get(MessageTemplate, "reminder.sms") is None
    # The unsaved text survives a look at another template.
    editor.select("bag_ready", "sms")
    editor.select("reminder", "sms")
    assert editor.body.toPlainText().endswith("$adresse")


def settings_box(qtbot, window: MainWindow, worker: DbWorker) -> MessagesBox:  # type: ignore[no-untyped-def]
    page = window.open_workspace("settings")
    assert isinstance(page, SettingsWorkspace)
    qtbot.waitUntil(worker.is_idle)  # the saved settings are in the form
    return page.messages


def test_the_smtp_settings_are_saved_and_reloaded(  # type: ignore[no-untyped-def]
    qtbot, store: Store, worker: DbWorker, window: MainWindow
) -> None:
    box = settings_box(qtbot, window, worker)
    assert box.smtp_password.echoMode() == box.smtp_password.EchoMode.Password
    box.smtp_host.setText("smtp.mairie-exemple.fr")
    box.smtp_tls.setCurrentIndex(box.smtp_tls.findData("ssl"))
    box.smtp_port.setValue(465)
    box.smtp_username.setText("bibliobus")
    box.smtp_password.setText("sécret")
    box.smtp_sender.setText("mediatheque@mairie-exemple.fr")
    box.sms_url.setText("https://sms.example.org/send")
    box.sms_token.setText("t0k3n")
    box.save_button.click()
    qtbot.waitUntil(lambda: box.message.text() == "Réglages des messages enregistrés.")

    again = MessagesBox(worker)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.smtp_host.text() == "smtp.mairie-exemple.fr")
    assert again.values() == box.values()
    with store.unit_of_work() as uow:
        smtp = email_settings(uow)
        sms = sms_settings(uow)
    assert smtp is not None and sms is not None
    assert (smtp.port, smtp.use_ssl, smtp.starttls, smtp.password) == (465, True, False, "sécret")
    assert (sms.url, sms.token) == ("https://sms.example.org/send", "t0k3n")

    # A bad sender address is refused and the saved settings stay as they were.
    again.smtp_sender.setText("pas une adresse")
    again.save_button.click()
    qtbot.waitUntil(lambda: "Adresse d'expéditeur invalide" in again.message.text())
    with store.unit_of_work() as uow:
        assert messaging_settings(uow).smtp_sender == "mediatheque@mairie-exemple.fr"


def test_the_test_e_mail_arrives_with_its_accents(  # type: ignore[no-untyped-def]
    qtbot, worker: DbWorker, window: MainWindow, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    box = settings_box(qtbot, window, worker)
    box.smtp_host.setText("127.0.0.1")
    box.smtp_tls.setCurrentIndex(box.smtp_tls.findData("none"))
    box.smtp_port.setValue(port)
    box.smtp_sender.setText("bibliobus@example.org")
    box.test_address.setText("  elodie@example.org ")
    box.test_button.click()
    qtbot.waitUntil(lambda: "envoyé" in box.message.text())
    assert box.message.text() == (
        "Message d'essai envoyé à elodie@example.org : vérifiez sa réception."
    )
    ((mail_from, rcpt, raw),) = inbox.messages
    assert (mail_from, rcpt) == ("bibliobus@example.org", ["elodie@example.org"])
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert not message.defects
    assert message["Subject"] == "Essai d'envoi — Bibliomobile"
    assert "« é è à ç ô »" in message.get_content()
    assert box.test_button.isEnabled()

    # A server that does not answer: a French sentence, never a traceback.
    box.smtp_port.setValue(1)
    box.test_button.click()
    qtbot.waitUntil(lambda: "Impossible de joindre" in box.message.text())
    assert box.message.text().startswith("Impossible de joindre le serveur 127.0.0.1:1")
    assert "Traceback" not in box.message.text() and len(inbox.messages) == 1

    # Encryption the server does not offer: said in French, with what to choose instead.
    box.smtp_port.setValue(port)
    box.smtp_tls.setCurrentIndex(box.smtp_tls.findData("starttls"))
    box.test_button.click()
    qtbot.waitUntil(lambda: "STARTTLS" in box.message.text())
    assert "ne propose pas STARTTLS" in box.message.text()
    box.smtp_tls.setCurrentIndex(box.smtp_tls.findData("ssl"))
    box.test_button.click()
    qtbot.waitUntil(lambda: "connexion chiffrée" in box.message.text())
    assert "465 pour SSL" in box.message.text() and len(inbox.messages) == 1


def test_send_says_why_nothing_left_and_a_call_is_ticked_done(  # type: ignore[no-untyped-def]
    qtbot, store: Store, window: MainWindow
) -> None:
    world = build(store)
    prepare(store, world, 0, ["30000000"])  # Jeanne: by e-mail, no SMTP set on this laptop
    prepare(store, world, 2, ["30000002"])  # Marcel: by phone, on the call list
    page = window.open_workspace("drive")
    assert isinstance(page, DriveWorkspace)
    page.tabs.setCurrentIndex(4)
    notes = page.notifications
    notes.send_now()
    qtbot.waitUntil(lambda: "envoyé(s)" in page.message.text())
    assert "0 envoyé(s), 0 en échec, 1 appel(s) à passer." in page.message.text()
    assert "1 message non envoyé : aucun serveur d'envoi de courriels" in page.message.text()
    qtbot.waitUntil(lambda: notes.queue_table.rowCount() == 2)
    notes.call_done()  # nothing chosen
    qtbot.waitUntil(lambda: "Choisissez un appel" in page.message.text())
    row = next(r for r in range(2) if notes.queue_table.item(r, 1).text() == "Marcel Pagnol")
    notes.queue_table.selectRow(row)
    notes.called_button.click()
    qtbot.waitUntil(lambda: "Appel à Marcel Pagnol noté comme passé." in page.message.text())
    with store.unit_of_work() as uow:
        statuses = {r.patron_name: r.status for r in list_queue(uow)}
    assert statuses.get("Marcel Pagnol", "called") == "called"
    assert statuses["Jeanne Dupont-Moreau"] == "queued"
