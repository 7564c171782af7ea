"""Template editor and Réglages helpers of the notification service."""

from __future__ import annotations

import pytest

from bibliomobile.services.notifications import core as notif
from bibliomobile.store.uow import Store


def test_templates_are_listed_edited_and_restored(store: Store) -> None:
    with store.unit_of_work() as uow:
        rows = notif.list_templates(uow)
        assert [(r.kind, r.channel) for r in rows][:3] == [
            ("bag_ready", "email"), ("bag_ready", "sms"), ("bag_ready", "phone"),
        ]  # fmt: skip
        assert len(rows) == 6 and not any(r.edited for r in rows)
        notif.save_template(uow, "reminder", "sms", "", "Demain, $arret !")
        edited = {(r.kind, r.channel): r for r in notif.list_templates(uow)}
        assert (
            edited["reminder", "sms"].edited
            and edited["reminder", "sms"].body == "Demain, $arret !"
        )
        assert edited["reminder", "sms"].default_body == notif.DEFAULT_TEMPLATES["reminder.sms"][1]
        notif.reset_template(uow, "reminder", "sms")
        assert (
            notif.template_text(uow, "reminder", "sms") == notif.DEFAULT_TEMPLATES["reminder.sms"]
        )
        with pytest.raises(notif.NotificationError, match="inconnu"):
            notif.reset_template(uow, "reminder", "fax")


def test_preview_fills_known_fields_and_leaves_the_others() -> None:
    subject, body = notif.preview("Sac prêt, $prenom", "$nb_documents doc. à $arret ; $adresse")
    assert subject == "Sac prêt, Jeanne"
    assert body == "3 doc. à Saint-Amant — place de l'Église ; $adresse"


def test_messaging_settings_round_trip_and_bad_values_change_nothing(store: Store) -> None:
    values = notif.MessagingSettings(
        smtp_host="smtp.example.org", smtp_port=25, smtp_tls=notif.TLS_NONE,
        smtp_sender="bib@example.org", sms_url="https://sms.example.org/", sms_token="t",
    )  # fmt: skip
    with store.unit_of_work() as uow:
        assert notif.messaging_settings(uow) == notif.MessagingSettings()
        assert notif.email_settings(uow) is None
        notif.save_messaging_settings(uow, values)
        assert notif.messaging_settings(uow) == values
        smtp = notif.email_settings(uow)
        assert smtp is not None and (smtp.port, smtp.starttls, smtp.use_ssl) == (25, False, False)
        for bad, message in (
            (notif.MessagingSettings(smtp_host="h", smtp_port=0), "Port SMTP invalide"),
            (notif.MessagingSettings(smtp_host="h", sms_url="sms.example.org"), "https://"),
            (notif.MessagingSettings(smtp_host="h", smtp_tls="tls1.0"), "chiffrement inconnu"),
        ):
            with pytest.raises(notif.NotificationError, match=message):
                notif.save_messaging_settings(uow, bad)
        assert notif.messaging_settings(uow) == values
        notif.save_messaging_settings(uow, notif.MessagingSettings())  # all emptied
        assert notif.email_settings(uow) is None and notif.sms_settings(uow) is None


def test_test_email_needs_a_valid_address() -> None:
    settings = notif.EmailSettings(host="127.0.0.1", port=1, starttls=False, timeout=2)
    with pytest.raises(notif.NotificationError, match="Adresse e-mail invalide"):
        notif.send_test_email(settings, "jeanne at example.org")
