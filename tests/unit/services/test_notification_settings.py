"""Template editor and Réglages helpers of the notification service."""

from __future__ import annotations

import dataclasses

import pytest

from bibliomobile.services.notifications.common import NotificationError
from bibliomobile.services.notifications.mail import (
    TLS_NONE,
    EmailSettings,
    email_settings,
    send_test_email,
)
from bibliomobile.services.notifications.settings import (
    MessagingSettings,
    messaging_settings,
    save_messaging_settings,
)
from bibliomobile.services.notifications.sms import sms_settings
from bibliomobile.services.notifications.templates import (
    DEFAULT_TEMPLATES,
    list_templates,
    preview,
    reset_template,
    save_template,
    template_text,
)
from bibliomobile.store.uow import Store


def test_templates_are_listed_edited_and_restored(store: Store) -> None:
    with store.unit_of_work() as uow:
        rows = list_templates(uow)
        assert [(r.kind, r.channel) for r in rows][:3] == [
            ("bag_ready", "email"), ("bag_ready", "sms"), ("bag_ready", "phone"),
        ]  # fmt: skip
        assert len(rows) == 6 and not any(r.edited for r in rows)
        save_template(uow, "reminder", "sms", "", "Demain, $arret !")
        edited = {(r.kind, r.channel): r for r in list_templates(uow)}
        assert (
            edited["reminder", "sms"].edited
            and edited["reminder", "sms"].body == "Demain, $arret !"
        )
        assert edited["reminder", "sms"].default_body == DEFAULT_TEMPLATES["reminder.sms"][1]
        reset_template(uow, "reminder", "sms")
        assert template_text(uow, "reminder", "sms") == DEFAULT_TEMPLATES["reminder.sms"]
        with pytest.raises(NotificationError, match="inconnu"):
            reset_template(uow, "reminder", "fax")


def test_preview_fills_known_fields_and_leaves_the_others() -> None:
    subject, body = preview("Sac prêt, $prenom", "$nb_documents doc. à $arret ; $adresse")
    assert subject == "Sac prêt, Jeanne"
    assert body == "3 doc. à Saint-Amant — place de l'Église ; $adresse"


def test_messaging_settings_round_trip_and_bad_values_change_nothing(store: Store) -> None:
    values = MessagingSettings(
        smtp_host="smtp.example.org", smtp_port=25, smtp_tls=TLS_NONE,
        smtp_sender="bib@example.org", sms_url="https://sms.example.org/", sms_token="t",
    )  # fmt: skip
    with store.unit_of_work() as uow:
        assert messaging_settings(uow) == MessagingSettings()
        assert email_settings(uow) is None
        # Mail in clear to another computer is an explicit choice, asked at each save.
        with pytest.raises(NotificationError, match="passent en clair"):
            save_messaging_settings(uow, values)
        assert email_settings(uow) is None
        save_messaging_settings(uow, dataclasses.replace(values, plain_smtp_accepted=True))
        assert messaging_settings(uow) == values
        smtp = email_settings(uow)
        assert smtp is not None and (smtp.port, smtp.starttls, smtp.use_ssl) == (25, False, False)
        for bad, message in (
            (MessagingSettings(smtp_host="h", smtp_port=0), "Port SMTP invalide"),
            (MessagingSettings(smtp_host="h", sms_url="sms.example.org"), "https://"),
            (MessagingSettings(smtp_host="h", sms_url="http://sms.example.org"), "https://"),
            (MessagingSettings(smtp_host="h", smtp_tls="tls1.0"), "chiffrement inconnu"),
        ):
            with pytest.raises(NotificationError, match=message):
                save_messaging_settings(uow, bad)
        assert messaging_settings(uow) == values
        save_messaging_settings(uow, MessagingSettings())  # all emptied
        assert email_settings(uow) is None and sms_settings(uow) is None


def test_test_email_needs_a_valid_address() -> None:
    settings = EmailSettings(host="127.0.0.1", port=1, starttls=False, timeout=2)
    with pytest.raises(NotificationError, match="Adresse e-mail invalide"):
        send_test_email(settings, "jeanne at example.org")
