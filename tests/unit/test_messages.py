"""Every message code has French and English text with the same parameters; services use them right."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import bibliomobile
from bibliomobile.lang import Message, message_of, placeholders, use_translator
from bibliomobile.message_codes import CATALOGUE
from bibliomobile.message_codes.stats_labels import CONTEXT as STATS_CONTEXT
from bibliomobile.message_codes.stats_labels import LABELS as STATS_LABELS
from bibliomobile.resources import resource_path
from bibliomobile.services.stats.report import Report
from bibliomobile.store.uow import Store
from bibliomobile.ui.translation import use_catalogue

PACKAGE = Path(bibliomobile.__file__).parent


@pytest.fixture(scope="module")
def english_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English catalogue compiled from the .ts in the tree, as ``make translations`` does."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = resource_path("translations", "bibliomobile_en.ts")
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(folder / "bibliomobile_en.qm")],
        check=True,
    )
    return folder


@pytest.fixture
def english(english_qm: Path) -> Iterator[None]:
    assert use_catalogue("en", english_qm)
    yield
    use_translator(None)


def _forms(code: str) -> tuple[str, ...]:
    entry = CATALOGUE[code]
    return entry if isinstance(entry, tuple) else (entry,)


def test_every_code_has_english_text_with_the_same_parameters(english_qm: Path) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(english_qm / "bibliomobile_en.qm"))
    missing, different = [], []
    for code in CATALOGUE:
        for french in _forms(code):
            english_text = translator.translate("Message", french)
            if not english_text:
                missing.append(code)
            elif placeholders(english_text) != placeholders(french):
                different.append(f"{code}: {french!r} -> {english_text!r}")
    assert len(CATALOGUE) > 250
    assert missing == []
    assert different == []


def test_plural_codes_have_the_n_parameter_in_both_forms() -> None:
    plural = {code: entry for code, entry in CATALOGUE.items() if isinstance(entry, tuple)}
    assert plural
    for code, (one, other) in plural.items():
        assert "n" in placeholders(one) and placeholders(one) == placeholders(other), code


def _message_calls() -> Iterator[tuple[str, ast.Call]]:
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Message"
            ):
                yield f"{path.relative_to(PACKAGE)}:{node.lineno}", node


def test_every_message_in_the_code_names_a_known_code_with_its_parameters() -> None:
    wrong = []
    seen = 0
    for where, call in _message_calls():
        first = call.args[0] if call.args else None
        if not isinstance(first, ast.Constant):
            continue  # a code chosen at run time: checked by the tests of that service
        seen += 1
        code = first.value
        if code not in CATALOGUE:
            wrong.append(f"{where}: unknown code {code}")
            continue
        given = {keyword.arg for keyword in call.keywords}
        if given != placeholders(_forms(code)[0]):
            wrong.append(f"{where}: {code} given {sorted(given)}")  # type: ignore[type-var]
    assert seen > 250
    assert wrong == []


def test_a_message_is_french_without_a_translator_and_english_with_the_catalogue(
    english_qm: Path,
) -> None:
    message = Message("circulation.card_expired", date="03/12/2026")
    assert str(message) == "Carte expirée depuis le 03/12/2026 : à renouveler."
    assert use_catalogue("en", english_qm)
    try:
        assert str(message) == "Card expired on 03/12/2026: to be renewed."
        assert message.french() == "Carte expirée depuis le 03/12/2026 : à renouveler."
        assert str(Message("circulation.days_late", n=1)) == "1 day late"
        assert str(Message("circulation.days_late", n=3)) == "3 days late"
    finally:
        use_translator(None)
    assert str(Message("circulation.days_late", n=1)) == "1 jour de retard"
    assert str(Message("circulation.days_late", n=0)) == "0 jour de retard"


def test_an_error_carries_its_message_and_prints_it() -> None:
    from bibliomobile.services.users import UserError, check_pin_format

    with pytest.raises(UserError) as caught:
        check_pin_format("12")
    assert message_of(caught.value) == Message("users.code_pin_doit_compter")
    assert str(caught.value) == "Le code PIN doit compter 4 à 8 chiffres."


def test_a_message_with_wrong_parameters_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match=r"circulation\.card_expired"):
        Message("circulation.card_expired", when="03/12/2026")
    with pytest.raises(KeyError):
        Message("no.such_code")


def test_every_line_of_the_command_has_english_text_with_the_same_parameters(
    english_qm: Path,
) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(english_qm / "bibliomobile_en.qm"))
    seen, wrong = 0, []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translate"
                and len(node.args) == 2
                and isinstance(node.args[1], ast.Constant)
            ):
                continue
            seen += 1
            french = node.args[1].value
            english_text = translator.translate("Cli", french)
            if not english_text or placeholders(english_text) != placeholders(french):
                wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {french!r}")
    assert seen > 150
    assert wrong == []


def test_every_statistics_text_has_english_text_with_the_same_parameters(
    english_qm: Path,
) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(english_qm / "bibliomobile_en.qm"))
    missing = [t for t in STATS_LABELS if not translator.translate(STATS_CONTEXT, t)]
    different = [
        t
        for t in STATS_LABELS
        if placeholders(translator.translate(STATS_CONTEXT, t) or t) != placeholders(t)
    ]
    assert len(STATS_LABELS) > 100
    assert missing == [] and different == []


def test_every_text_of_a_french_statistics_report_is_in_the_catalogue(store: Store) -> None:
    """What the services build in French is what ``stats_labels`` lists for translation."""
    from bibliomobile.services.stats.common import parse_period
    from bibliomobile.services.stats.report import annual_report
    from builders.drive import DAY, build

    build(store)
    with store.unit_of_work() as uow:
        report = annual_report(uow, parse_period(str(DAY.year)))
    texts = {s.title for s in report.sections}
    for table in report.tables():
        texts |= {table.title, table.definition, *table.headers}
    for section in report.sections:
        texts |= {c.title for c in section.charts}
        texts |= {name for c in section.charts for name, _ in c.series if c.key != "prets_mois"}
    texts |= {str(r[0]) for t in report.tables() for r in t.rows if t.key != "bibliobus_arrets"}
    data = {"2026-11", "Tournée Nord", "Sans motif"} | {str(r[0]) for r in _named_rows(report)}
    assert sorted(texts - set(STATS_LABELS) - data) == []
    assert "Passages prévus" in texts and "Par arrêt" in texts


def _named_rows(report: Report) -> list[tuple[object, ...]]:
    """Rows whose label is a name from the data (a tour, a month, a commune, a reason)."""
    keys = {
        "bibliobus_tournees",
        "bibliobus_mois",
        "portage_mois",
        "emprunteurs_commune",
        "bibliobus_annulations",
    }
    return [r for t in report.tables() if t.key in keys for r in t.rows if r[0] != "Total"]


def test_a_period_of_days_reads_in_the_language_shown(english_qm: Path) -> None:
    from bibliomobile.services.stats.common import parse_period

    assert parse_period("2026-01-01:2026-06-30").label == "du 01/01/2026 au 30/06/2026"
    assert use_catalogue("en", english_qm)
    try:
        assert parse_period("2026-01-01:2026-06-30").label == "from 01/01/2026 to 30/06/2026"
    finally:
        use_translator(None)


def test_the_errors_added_today_read_in_english(english_qm: Path) -> None:
    """A refused legal record and a sync error, as a French and an English UI show them."""
    import datetime as dt

    from bibliomobile.services.home_delivery.beneficiaries import check_legal_record
    from bibliomobile.services.home_delivery.common import HomeDeliveryError
    from bibliomobile.services.sync.common import SyncError
    from bibliomobile.services.sync.person_export import ServerAccess, fetch_person_export

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    access = ServerAccess("http://127.0.0.1:9", "token", None)
    for language, expected in (
        ("fr", ("Base légale inconnue : x.", "ne peut être à venir", "Format inconnu : odt")),
        ("en", ("Unknown legal basis: x.", "cannot be in the future", "Unknown format: odt")),
    ):
        if language == "en":
            assert use_catalogue("en", english_qm)
        try:
            with pytest.raises(HomeDeliveryError) as unknown:
                check_legal_record("x", None, None)
            with pytest.raises(HomeDeliveryError) as future:
                check_legal_record(None, tomorrow, "letter")
            with pytest.raises(SyncError) as bad_format:
                fetch_person_export(access, "C1", "odt")
            # rendered when shown: in the language of the moment
            assert str(unknown.value) == expected[0]
            assert expected[1] in str(future.value)
            assert str(bad_format.value).startswith(expected[2])
        finally:
            use_translator(None)
