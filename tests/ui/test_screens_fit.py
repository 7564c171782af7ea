"""Every workspace and every dialog at 1366×705 (a 1366×768 laptop under a title bar and a
task bar), in French and in English, on a small demo network: nothing cut, nothing
crushed. Each screen is saved as a PNG; ``make screenshots`` keeps them in
docs/screens/fr/ and docs/screens/en/ for a person to look at."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from sqlalchemy import select

from bibliomobile.services.home_delivery.planning import plan_rounds, save_plan
from bibliomobile.services.home_delivery.plans import PlanningSettings
from bibliomobile.store.models import Round
from bibliomobile.store.uow import Store
from bibliomobile.ui.app import install_translations, remove_translations
from bibliomobile.ui.main_window import DESIGN_SIZE, MainWindow
from bibliomobile.ui.worker import DbWorker
from builders.screen_fit import problems

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

#: The smallest window every workspace stays usable in.
SMALLEST = QSize(1280, 680)
#: Where ``make screenshots`` wants the pictures (docs/screens); a temporary folder otherwise.
SCREENS_ENV = "BIBLIOMOBILE_SCREENS"


@pytest.fixture
def store(demo_network: Path, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_network, copy)
    opened = Store.open(copy)
    yield opened
    opened.close()


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang: str = request.param
    if lang == "fr":
        yield lang
        return
    translators = install_translations(qapp, lang)
    assert translators, f"bibliomobile_{lang}.qm did not load"
    yield lang
    remove_translations(qapp, translators)
    install_translations(qapp, "fr")


def _folder(language: str, tmp_path: Path) -> Path:
    base = os.environ.get(SCREENS_ENV)
    folder = (Path(base) if base else tmp_path / "screens") / language
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _settle(qtbot, worker: DbWorker) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        worker.wait_idle(60)
        qtbot.wait(60)


def _each_tab(qtbot, worker: DbWorker, page: QWidget, key: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Show each tab of the page's first row of tabs in turn; yield a picture name for each
    ("home_delivery-volunteers"); the page itself when it has no tabs."""
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    if not tabs:
        yield key
        return
    outer = tabs[0]
    for index in range(outer.count()):
        outer.setCurrentIndex(index)
        _settle(qtbot, worker)
        widget = outer.widget(index)
        name = widget.objectName() or f"{index + 1}"
        yield key if index == 0 else f"{key}-{name}"
    outer.setCurrentIndex(0)


def _plan_next_monday(store: Store) -> tuple[str, dt.date]:
    """Plan the home-delivery rounds of next Monday on the demo; a volunteer of one."""
    today = dt.date.today()
    monday = today + dt.timedelta(days=7 - today.weekday())
    with store.unit_of_work() as uow:
        plan = plan_rounds(uow, monday, monday, PlanningSettings(time_budget_s=0.5))
        save_plan(uow, plan)
        uow.commit()
        volunteer_id = uow.session.scalar(select(Round.volunteer_id).where(Round.date == monday))
    assert volunteer_id is not None, "the demo should give next Monday a round"
    return volunteer_id, monday


def _volunteer_reports_a_worry(  # type: ignore[no-untyped-def]
    qtbot, worker: DbWorker, window: MainWindow, volunteer_id: str, day: dt.date
) -> None:
    page = window.open_workspace("home_delivery")
    mode = page.volunteer_mode  # type: ignore[attr-defined]
    page.tabs.setCurrentWidget(mode)  # type: ignore[attr-defined]
    mode.show_round(volunteer_id, day)
    _settle(qtbot, worker)
    assert mode.stops.count() > 0
    mode.stops.setCurrentRow(0)
    mode.outcome_buttons["delivered"].click()
    _settle(qtbot, worker)
    mode.welfare_text.setText("N'a pas répondu trois fois, volets fermés")
    mode.welfare_button.click()
    _settle(qtbot, worker)
    assert page.banner.isVisible()  # type: ignore[attr-defined]


def _dialogs(worker: DbWorker, parent: QWidget) -> dict[str, Callable[[], QDialog]]:
    from bibliomobile.ui.drive.templates import TemplateEditor
    from bibliomobile.ui.lock import LockDialog
    from bibliomobile.ui.passphrase import PassphraseDialog
    from bibliomobile.ui.patrons.registration_dialog import RegistrationDialog
    from bibliomobile.ui.tours.dialogs import (
        CancelVisitDialog,
        StopDialog,
        TourDialog,
        VisitDateDialog,
    )
    from bibliomobile.ui.tours.rule_dialog import BreakDialog, RuleDialog

    day = dt.date(2027, 1, 6)
    return {
        "dialog-lock": lambda: LockDialog(parent),
        "dialog-passphrase-new": lambda: PassphraseDialog(
            Path("bibliomobile.sqlite3"), create=True, parent=parent
        ),
        "dialog-passphrase": lambda: PassphraseDialog(
            Path("bibliomobile.sqlite3"),
            create=False,
            error="Phrase de passe incorrecte.",
            parent=parent,
        ),
        "dialog-message-templates": lambda: TemplateEditor(worker, parent),
        "dialog-registration": lambda: RegistrationDialog(worker, None, parent),
        "dialog-tour": lambda: TourDialog(None, parent),
        "dialog-stop": lambda: StopDialog(None, parent),
        "dialog-rule": lambda: RuleDialog(None, parent),
        "dialog-break": lambda: BreakDialog("Tournée des Combrailles", parent),
        "dialog-cancel-visit": lambda: CancelVisitDialog(
            "Saint-Gervais-d'Auvergne — place de l'église, mercredi 6 janvier 2027", parent
        ),
        "dialog-visit-date": lambda: VisitDateDialog(
            "Déplacer le passage", day, dt.time(9, 30), dt.time(11, 0), parent
        ),
    }


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, dialogs shown
def test_every_screen_fits_the_laptop(  # type: ignore[no-untyped-def]
    qtbot, language: str, store: Store, worker: DbWorker, settings: QSettings, tmp_path: Path
) -> None:
    folder = _folder(language, tmp_path)
    volunteer_id, day = _plan_next_monday(store)
    window = MainWindow(store, worker, settings, language)
    qtbot.addWidget(window)
    window.resize(DESIGN_SIZE)
    window.show()
    qtbot.waitExposed(window)
    found: list[str] = []
    for key in window.workspace_keys():
        page = window.open_workspace(key)
        _settle(qtbot, worker)
        for name in _each_tab(qtbot, worker, page, key):
            assert window.size() == DESIGN_SIZE, f"{name}: the window grew to {window.size()}"
            assert window.grab().save(str(folder / f"{name}.png"))
            found.extend(f"{name}: {p}" for p in problems(window))
    # The volunteer at the door: delivered, then a worry reported (the red banner shows).
    name = "home_delivery-volunteer-worry"
    _volunteer_reports_a_worry(qtbot, worker, window, volunteer_id, day)
    assert window.grab().save(str(folder / f"{name}.png"))
    found.extend(f"{name}: {p}" for p in problems(window))
    # Usable down to 1280×680 too (a smaller laptop): the same checks, without pictures.
    window.resize(SMALLEST)
    for key in window.workspace_keys():
        window.open_workspace(key)
        _settle(qtbot, worker)
        assert window.size() == SMALLEST, f"{key}: the window grew to {window.size()}"
        found.extend(f"{key} at 1280×680: {p}" for p in problems(window))
    window.resize(DESIGN_SIZE)
    for name, make in _dialogs(worker, window).items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qtbot, worker)
        size = dialog.size()
        if size.width() > DESIGN_SIZE.width() or size.height() > DESIGN_SIZE.height():
            found.append(f"{name}: {size.width()}×{size.height()} is larger than the screen")
        assert dialog.grab().save(str(folder / f"{name}.png"))
        found.extend(f"{name}: {p}" for p in problems(dialog))
        dialog.reject()
    assert not found, "\n".join(found)
