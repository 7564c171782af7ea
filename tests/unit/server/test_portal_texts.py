"""Every sentence of the portal exists in French and in English, and every key the
templates use exists."""

from __future__ import annotations

import re

from bibliomobile.server.portal import web
from bibliomobile.server.portal.texts import LANGS, TEXTS


def test_every_sentence_is_in_both_languages_with_the_same_placeholders() -> None:
    for key, sentences in TEXTS.items():
        assert set(sentences) == set(LANGS), key
        fields = [set(re.findall(r"{(\w+)}", sentences[lang])) for lang in LANGS]
        assert fields[0] == fields[1], key


def test_the_templates_use_only_known_sentences() -> None:
    used: set[str] = set()
    for template in (web.HERE / "templates").glob("*.html"):
        used |= set(re.findall(r"""t\(["'](\w+)["']\s*[,)]""", template.read_text("utf-8")))
    assert used, "no sentence found in the templates"
    assert used <= set(TEXTS), used - set(TEXTS)
    statuses = {"new", "preparing", "ready", "collected", "no_show", "cancelled"}
    assert {f"status_{s}" for s in statuses} <= set(TEXTS)


def test_every_page_has_a_french_and_an_english_address() -> None:
    for name, (french, english) in web.PATHS.items():
        assert english.startswith("/en/"), name
        assert not french.startswith("/en"), name
