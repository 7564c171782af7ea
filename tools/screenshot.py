"""Take the README's screenshot of the main window: Catalogue with results, on a demo base.

Usage (under a real X server, as in docs):
    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/screenshot.py \\
        [--db .demo/bibliomobile-demo.sqlite3] [--query "simenon"] [--out docs/main-window.png]

The demo database is created with ``bibliomobile demo`` when it does not exist.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from bibliomobile.store.uow import Store
from bibliomobile.ui.app import create_application, install_translations
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.widgets.search_page import SearchPage
from bibliomobile.ui.worker import DbWorker

ROOT = Path(__file__).resolve().parents[1]


def settle(app: QApplication, worker: DbWorker, seconds: float = 0.4) -> None:
    worker.wait_idle(60)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    worker.wait_idle(60)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=ROOT / ".demo" / "bibliomobile-demo.sqlite3")
    parser.add_argument("--query", default="simenon")
    parser.add_argument("--language", default="fr", choices=["fr", "en"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "main-window.png")
    parser.add_argument("--size", default="1360x820")
    args = parser.parse_args()
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "bibliomobile", "demo", "--plain", "--db", str(args.db)],
            check=True,
        )

    app = create_application()
    install_translations(app, args.language)
    store = Store.open(args.db)
    worker = DbWorker(store)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, worker, settings, args.language)
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        page = window.open_workspace("catalogue")
        assert isinstance(page, SearchPage)
        settle(app, worker)
        page.search(args.query)
        settle(app, worker)
        if page.table.model().rowCount() > 2:
            page.table.selectRow(2)
        settle(app, worker, 0.8)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(args.out)):
            print(f"could not write {args.out}", file=sys.stderr)
            return 1
        print(args.out)
        window.close()
    worker.stop()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
