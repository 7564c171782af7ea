"""A card the van does not hold, scanned at the desk: asked of the real server on
loopback while the laptop is online, and found in the van's offline card index once the
server cannot be reached; the desk says which one answered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.services.bookmobile.desk_state import CardSource, DeskOutcome, OutcomeKind
from bibliomobile.store.uow import Store
from bibliomobile.ui.status import SyncState
from bibliomobile.ui.stop.workspace import StopWorkspace
from builders.sync_network import enrolled, running, seed_network

pytestmark = pytest.mark.slow


@pytest.fixture
def server_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_server_engine(str(tmp_path / "server.sqlite3"))
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_an_unknown_card_is_asked_online_then_found_offline(  # type: ignore[no-untyped-def]
    qtbot, store: Store, make_window, server_engine: Engine
) -> None:
    ids = seed_network(server_engine)
    nord = ids["nord"]
    with running(server_engine) as server:
        enrolled(store, server_engine, server.url, "van-nord", "crew", f"tour:{nord['tour']}")
        window = make_window()
        # The window syncs at start: the van's scope and its card index arrive.
        qtbot.waitUntil(lambda: window.status.sync_state == SyncState.ONLINE, timeout=60_000)
        page = window.open_workspace("stop")
        assert isinstance(page, StopWorkspace)
        qtbot.waitUntil(lambda: page.visit_combo.findData(nord["visit"]) >= 0)
        page.visit_combo.setCurrentIndex(page.visit_combo.findData(nord["visit"]))
        page.open_button.click()
        qtbot.waitUntil(lambda: page.queue.state.visit_id == nord["visit"])
        shown: list[DeskOutcome] = []
        page.shown.connect(shown.append)

        page.scan("C-sud-0")  # a patron of the other tour: not on this van
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
        assert shown[0].kind == OutcomeKind.PATRON
        assert shown[0].card_source == CardSource.SERVER
        assert "Lecteur sud" in page.banner.text() and "en ligne" in page.banner.text()

        page.scan("C-nobody")  # the server knows no such card either
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
        assert shown[1].kind == OutcomeKind.ERROR
        assert "vérifié auprès du serveur" in page.banner.text()

    # The server is gone; the status bar still says online until the next sync.
    assert window.status.sync_state == SyncState.ONLINE
    page.next_patron()
    page.scan("C-sud-1")
    qtbot.waitUntil(lambda: len(shown) >= 4, timeout=15_000)  # next patron, then the card
    assert shown[-1].kind == OutcomeKind.PATRON
    assert shown[-1].card_source == CardSource.INDEX
    assert "index hors ligne" in page.banner.text()
    # Lent to at once, whoever answered.
    page.scan("I00003")
    qtbot.waitUntil(lambda: len(shown) >= 5, timeout=10_000)
    assert shown[-1].kind == OutcomeKind.CHECKOUT, shown[-1].message
