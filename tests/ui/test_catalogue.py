"""Catalogue and Lecteurs workspaces: search as you type, lazy browse, detail panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bibliomobile.store.uow import Store
from bibliomobile.ui.catalogue.workspace import CatalogueWorkspace
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.patrons.workspace import PatronsWorkspace
from bibliomobile.ui.tables import ROW_ROLE
from bibliomobile.ui.worker import DbWorker
from builders.catalogue import pulled_catalogue, small_catalogue


def _titles(page: CatalogueWorkspace) -> list[str]:
    model = page.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_typing_etranger_camus_finds_l_etranger_and_shows_its_detail(  # type: ignore[no-untyped-def]
    qtbot, store: Store, worker: DbWorker, make_window
) -> None:
    small_catalogue(store)
    window = make_window()
    page = window.open_workspace("catalogue")
    assert isinstance(page, CatalogueWorkspace)
    QTest.keyClicks(page.search_field, "etranger camus")
    qtbot.waitUntil(lambda: not page.showing_browse() and _titles(page) == ["L'Étranger"])
    assert page.count_label.text() == "1 résultat"
    qtbot.waitUntil(lambda: "L'Étranger" in page.detail_panel.texts())
    texts = page.detail_panel.texts()
    for expected in ("Camus, Albert · 1942", "Gallimard"):
        assert expected in texts
    # its copies, each told apart: barcode, call number, where it is
    assert any(
        line.startswith("31000000123 · R CAM · En prêt, retour prévu le") for line in texts
    ), texts


def test_clearing_the_search_goes_back_to_the_whole_catalogue_counted_again(  # type: ignore[no-untyped-def]
    qtbot, store: Store, worker: DbWorker, window: MainWindow
) -> None:
    # The catalogue grows while the page is open (a sync pull, say).
    small_catalogue(store)
    page = window.open_workspace("catalogue")
    page.search("peste")
    qtbot.waitUntil(lambda: _titles(page) == ["La Peste"])
    page.search_field.clear()
    qtbot.waitUntil(page.showing_browse)
    worker.wait_idle()
    assert page.table.model().rowCount() == 3
    assert page.count_label.text() == "3 fiches en tout"


def test_a_search_without_result_says_so(qtbot, store: Store, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    small_catalogue(store)
    page = window.open_workspace("catalogue")
    page.search("zola germinal")
    qtbot.waitUntil(lambda: not page.showing_browse())
    assert page.table.model().rowCount() == 0
    assert "Aucun résultat pour « zola germinal »." in page.detail_panel.texts()


def test_results_sort_by_clicking_a_column(qtbot, store: Store, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    small_catalogue(store)
    page = window.open_workspace("catalogue")
    page.search("camus")
    qtbot.waitUntil(lambda: len(_titles(page)) == 2)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _titles(page) == ["La Peste", "L'Étranger"]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _titles(page) == ["L'Étranger", "La Peste"]


@pytest.mark.slow
def test_browsing_20000_items_reads_only_the_pages_on_screen(  # type: ignore[no-untyped-def]
    qtbot, store: Store, worker: DbWorker, make_window
) -> None:
    pulled_catalogue(store, 20_000, records=20_000)
    window = make_window()
    page = window.open_workspace("catalogue")
    model = page.browse_model
    qtbot.waitUntil(lambda: model.rowCount() == 20_000)
    qtbot.waitUntil(lambda: model.loaded_pages() >= 1)
    worker.wait_idle()
    assert page.count_label.text() == "20\u202f000 fiches en tout"
    assert model.rows_fetched <= 2 * model.page_size
    assert page.table.model().index(0, 0).data() == "Titre numéro 0"

    # Jump to the end as a scroll bar drag does: placeholder first, then the rows.
    page.table.scrollToBottom()
    last = model.index(19_999, 0)
    qtbot.waitUntil(lambda: last.data() == "Titre numéro 19999")
    worker.wait_idle()
    assert model.rows_fetched <= 4 * model.page_size
    assert model.rows_fetched < 20_000 / 10


def test_the_lazy_model_shows_a_placeholder_until_its_page_arrives(  # type: ignore[no-untyped-def]
    qtbot, store: Store, worker: DbWorker, make_window
) -> None:
    pulled_catalogue(store, 1_000, records=1_000)
    window = make_window()
    page = window.open_workspace("catalogue")
    model = page.browse_model
    qtbot.waitUntil(lambda: model.rowCount() == 1_000)
    worker.wait_idle()
    far = model.index(900, 0)
    assert far.data() == "…"
    assert far.data(ROW_ROLE) is None
    qtbot.waitUntil(lambda: far.data() not in (None, "…"))
    assert far.data(ROW_ROLE).title == "Titre numéro 900"


def test_patrons_are_found_and_show_their_loans(  # type: ignore[no-untyped-def]
    qtbot, store: Store, window: MainWindow
) -> None:
    small_catalogue(store)
    page = window.open_workspace("patrons")
    assert isinstance(page, PatronsWorkspace)
    QTest.keyClicks(page.search_field, "helene egliseneuve")
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1 and not page.showing_browse())
    qtbot.waitUntil(lambda: "Hélène Dupré" in page.detail_panel.texts())
    texts = page.detail_panel.texts()
    assert "Prêts en cours (1)" in texts
    assert any("L'Étranger" in line and "31000000123" in line for line in texts), texts


def test_a_search_with_too_many_matches_says_these_are_the_first_ones(  # type: ignore[no-untyped-def]
    qtbot, store: Store, make_window
) -> None:
    pulled_catalogue(store, 300)
    window = make_window()
    page = window.open_workspace("catalogue")
    page.search("titre")
    qtbot.waitUntil(lambda: not page.showing_browse())
    assert page.table.model().rowCount() == 100
    assert page.count_label.text() == "100 premiers résultats"
    assert page.count_label.toolTip() == "Précisez la recherche pour voir les autres."


def test_down_arrow_goes_from_the_search_field_to_the_results(  # type: ignore[no-untyped-def]
    qtbot, store: Store, make_window
) -> None:
    small_catalogue(store)
    window = make_window()
    page = window.open_workspace("catalogue")
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 3)
    page.search_field.setFocus()
    QTest.keyClick(page.search_field, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    qtbot.waitUntil(lambda: page.detail_panel.texts()[:1] == ["L'Étranger"])


@pytest.mark.slow
def test_typing_a_title_letter_by_letter_never_empties_the_list(  # type: ignore[no-untyped-def]
    qtbot, store: Store, worker: DbWorker, make_window
) -> None:
    from bibliomobile.store.models import Item, Record
    from bibliomobile.ui.widgets.search_page import DEBOUNCE_MS

    small_catalogue(store)
    with store.unit_of_work() as uow:
        record = Record(title="Le dragon va à l'école", authors="Lenain, Thierry")
        uow.session.add(record)
        uow.session.flush()
        uow.session.add_all(
            [Item(barcode=f"3200000000{n}", record_id=record.id, location="van") for n in range(3)]
        )
        uow.commit()
    window = make_window()
    page = window.open_workspace("catalogue")
    title = "Le dragon va à l'école"
    for end, char in enumerate(title, 1):
        page.search_field.insert(char)  # as typed (keyClicks aborts on "à" offscreen)
        if end < 2:
            continue
        qtbot.wait(DEBOUNCE_MS + 20)
        worker.wait_idle()
        qtbot.waitUntil(lambda: not page.showing_browse())
        found = _titles(page)
        # one line for the title and its three copies, among the first lines
        assert title in found[:10], (title[:end], found)
        assert found.count(title) == 1
