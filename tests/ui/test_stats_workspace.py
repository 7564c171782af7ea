"""The Statistiques workspace on the simulated network, in the real main window at
1366×705 (the coordinator's laptop): a tab per activity, tables that fit, a chart,
exports; a screenshot of each tab in docs/screens/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHeaderView

from bibliomobile.services.stats.common import Section
from bibliomobile.store.uow import Store
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.stats.workspace import StatsWorkspace
from bibliomobile.ui.worker import DbWorker

# Building the simulated year (once per version of the code, then kept in the pytest
# cache) takes minutes; so does a test run that has to build it.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]

SCREENS = Path(__file__).resolve().parents[2] / "docs" / "screens"


@pytest.fixture
def store(simulated_network: Path, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "network.sqlite3"
    shutil.copyfile(simulated_network, copy)
    opened = Store.open(copy)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, window: MainWindow, worker: DbWorker) -> StatsWorkspace:  # type: ignore[no-untyped-def]
    window.resize(1366, 705)
    workspace = window.open_workspace("stats")
    assert isinstance(workspace, StatsWorkspace)
    workspace.year.setValue(2026)
    workspace.refresh()
    qtbot.waitUntil(lambda: workspace.report is not None, timeout=60_000)
    worker.wait_idle()
    return workspace


def test_each_tab_fits_the_laptop_screen_and_is_pictured(
    qtbot, window: MainWindow, page: StatsWorkspace
) -> None:  # type: ignore[no-untyped-def]
    assert page.report is not None and page.report.period.label == "2026"
    names = {
        "bookmobile": "bibliobus",
        "drive": "drive",
        "home_delivery": "portage",
        "survey": "enquete",
    }
    for index, (key, tab) in enumerate(page.activity_tabs.items()):
        page.tabs.setCurrentIndex(index)
        tab.chooser.setCurrentIndex(0)
        qtbot.wait(50)
        assert window.grab().save(str(SCREENS / f"stats-{names[key]}.png"))
        table = tab.table
        assert table.model().rowCount() > 0, key
        # every column is on screen: no horizontal scroll bar, no header cut
        assert not table.horizontalScrollBar().isVisible(), key
        header = table.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
                assert (
                    header.sectionSize(column) >= header.sectionSizeFromContents(column).width() - 1
                )
    # a chart of the bookmobile tab: loans per month
    bookmobile = page.activity_tabs["bookmobile"]
    page.tabs.setCurrentIndex(0)
    bookmobile.chooser.setCurrentIndex(bookmobile.chooser.count() - 2)  # as a person picks it
    assert bookmobile.chooser.currentText() == "Graphique : Prêts par mois, par tournée"
    assert bookmobile.stack.currentWidget() is bookmobile.chart
    assert bookmobile.chart.chart is not None and bookmobile.chart.chart.title.startswith(
        "Prêts par mois"
    )
    qtbot.wait(50)
    assert window.grab().save(str(SCREENS / "stats-bibliobus-graphique.png"))


def test_the_first_table_shows_before_the_rest_is_computed(
    qtbot, page: StatsWorkspace, worker: DbWorker, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    tab = page.activity_tabs["bookmobile"]
    page.tabs.setCurrentIndex(0)
    tab.chooser.setCurrentIndex(0)
    shown: list[tuple[list[str], bool]] = []
    set_section = tab.set_section

    def recorded(section: Section) -> None:
        shown.append(([t.title for t in section.tables], page.report is not None))
        set_section(section)

    monkeypatch.setattr(tab, "set_section", recorded)
    page.report = None
    page.refresh()
    qtbot.waitUntil(lambda: page.report is not None, timeout=60_000)
    worker.wait_idle()
    (first, full_report_then), *_, (last, _) = shown
    # First the visit tables alone, while the rest of the report is being computed…
    assert not full_report_then
    assert first[0] == "Par arrêt"
    assert "Emprunteurs actifs par commune" not in first
    # …then every table, the one on show kept.
    assert "Emprunteurs actifs par commune" in last and len(last) > len(first)
    assert tab.chooser.currentText() == "Par arrêt"
    assert tab.table.model().rowCount() > 1


def test_a_tour_scope_and_the_exports(
    qtbot, page: StatsWorkspace, worker: DbWorker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tour = next(
        i for i in range(page.scope.count()) if str(page.scope.itemData(i)).startswith("tour:")
    )
    page.scope.setCurrentIndex(tour)
    page.report = None
    page.refresh()
    qtbot.waitUntil(lambda: page.report is not None, timeout=60_000)
    assert page.report is not None and page.report.scope.kind == "tour"
    assert page.report.scope.label in page.summary.text()
    out = tmp_path / "stats.xlsx"
    page.export("xlsx", out)
    worker.wait_idle()
    qtbot.waitUntil(out.exists, timeout=10_000)
    book = load_workbook(out, read_only=True)
    assert "Définitions" in book.sheetnames and "bibliobus_arrets" in book.sheetnames


def test_dates_in_the_wrong_order_say_so(qtbot, page: StatsWorkspace) -> None:  # type: ignore[no-untyped-def]
    page.period_kind.setCurrentIndex(2)
    page.start.setDate(QDate(2026, 6, 30))
    page.end.setDate(QDate(2026, 1, 1))
    page.refresh()
    assert page.error_label.isVisible()
    assert "La fin de la période doit suivre son début" in page.error_label.text()
