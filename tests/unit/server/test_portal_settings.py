"""The portal's settings from the environment (what ``serve`` reads)."""

from __future__ import annotations

from bibliomobile.server.portal.settings import PortalSettings


def test_smtp_and_titles_from_the_environment() -> None:
    settings = PortalSettings.from_env(
        {
            "BIBLIOMOBILE_PORTAL_SMTP_HOST": "smtp.example.org",
            "BIBLIOMOBILE_PORTAL_SMTP_PORT": "465",
            "BIBLIOMOBILE_PORTAL_SMTP_TLS": "ssl",
            "BIBLIOMOBILE_PORTAL_MAX_TITLES": "3",
        }
    )
    assert settings.email is not None
    assert (settings.email.host, settings.email.port) == ("smtp.example.org", 465)
    assert settings.email.use_ssl and not settings.email.starttls
    assert settings.max_titles == 3


def test_without_an_smtp_host_no_code_can_be_sent() -> None:
    settings = PortalSettings.from_env({"BIBLIOMOBILE_PORTAL_MAX_TITLES": "0"})
    assert settings.email is None
    assert settings.max_titles == 1  # at least one title per request
