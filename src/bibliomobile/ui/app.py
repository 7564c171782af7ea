"""Start the GUI: application, translations, store, worker, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bibliomobile import __version__
from bibliomobile.resources import resource_path

from .preferences import LANGUAGE, Preferences
from .startup import StoreOpening
from .translation import use_application_translators

if TYPE_CHECKING:  # loaded in the background at start (see ui/startup.py)
    from bibliomobile.store.uow import Store

    from .main_window import MainWindow
    from .worker import DbWorker

log = logging.getLogger(__name__)

ORGANISATION = "Bibliomobile"
APPLICATION = "Bibliomobile"
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def chosen_language(settings: QSettings, override: str | None) -> str:
    """``--lang`` if given, else the saved choice, else French."""
    if override in LANGUAGES:
        return str(override)
    saved = Preferences(settings).get(LANGUAGE)
    return saved if saved in LANGUAGES else DEFAULT_LANGUAGE


def install_translations(
    app: QCoreApplication, language: str, translations_dir: Path | None = None
) -> list[QTranslator]:
    """Load our catalogue and Qt's own for ``language``; return the installed translators.

    French is the source language, so French works even without a ``.qm``; Qt's
    ``qtbase_fr`` translates the standard buttons and dialogs ("Annuler", "Oui").
    """
    folder = translations_dir or resource_path("translations")
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(folder / f"bibliomobile_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    elif language != DEFAULT_LANGUAGE:
        log.warning("no translation file for %s in %s (run 'make translations')", language, folder)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    use_application_translators(language)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names, icon and style (or the existing one)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain("bibliomobile.fr")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Bibliomobile")
    from .icons import app_icon
    from .style import apply_style

    app.setWindowIcon(app_icon())
    apply_style(app)
    return app


def database_key(db_path: Path, parent: QWidget | None, error: str = "") -> tuple[bool, str | None]:
    """(go on, passphrase): from the environment or keyring, else asked in a dialog.

    A new database is encrypted: its passphrase is chosen here. ``go on`` is False when
    the person cancelled.
    """
    from bibliomobile.store.passphrase import key_need

    need = key_need(db_path)
    if not need.ask and not error:
        return True, need.key
    from .passphrase import ask_passphrase

    typed = ask_passphrase(db_path, create=need.create, error=error, parent=parent)
    return typed is not None, typed


def wrong_passphrase(error: BaseException | None) -> bool:
    """Whether opening failed because the passphrase does not open the file."""
    while error is not None and error.__cause__ is not None:
        error = error.__cause__
    return error is not None and "file is not a database" in str(error)


def warn_if_unencrypted(window: MainWindow, db_path: Path) -> None:
    """An unencrypted database is said, with how to encrypt it (it stays usable)."""
    from bibliomobile.store.plain import is_plain_sqlite

    if is_plain_sqlite(db_path):
        window.status.show_message(
            QCoreApplication.translate(
                "App",
                "Données NON chiffrées sur cet ordinateur : fermez l'appli et lancez "
                "« bibliomobile encrypt --db {path} ».",
            ).format(path=db_path),
            0,
        )


def open_store_or_explain(db_path: Path) -> Store | None:
    """Open the store; on a problem, explain it in French in a message box."""
    go_on, key = database_key(db_path, None)
    if not go_on:
        return None
    opening = StoreOpening(db_path, key=key)
    opening.run()
    if opening.store is None:
        explain_open_error(opening.error, db_path, None)
    return opening.store


def explain_open_error(error: BaseException | None, db_path: Path, parent: QWidget | None) -> None:
    """Tell the user, in French, why the database could not be opened (details logged)."""
    from bibliomobile.store.migrate import SchemaTooNew

    log.error("cannot open database %s", db_path, exc_info=error)
    if isinstance(error, SchemaTooNew):
        text = QCoreApplication.translate(
            "App",
            "La base de données {path} a été créée par une version plus récente de "
            "Bibliomobile. Installez la dernière version pour l'ouvrir ; la base n'a pas "
            "été modifiée.",
        ).format(path=db_path)
    else:
        cause = _explain_cause(error) if error is not None else ""
        text = QCoreApplication.translate(
            "App",
            "Impossible d'ouvrir la base de données {path}.\n\nCause : {error}\n\n"
            "Vérifiez que le fichier existe, qu'il n'est pas ouvert ailleurs et que la "
            "phrase de passe est la bonne.",
        ).format(path=db_path, error=cause)
    QMessageBox.critical(
        parent, QCoreApplication.translate("App", "Bibliomobile ne peut pas démarrer"), text
    )


def _explain_cause(error: BaseException) -> str:
    """The innermost cause of an opening failure, in French when it is a usual one."""
    while error.__cause__ is not None:
        error = error.__cause__
    text = str(error)
    known = {
        "file is not a database": QCoreApplication.translate(
            "App", "ce fichier n'est pas une base Bibliomobile, ou la phrase de passe est fausse"
        ),
        "database is locked": QCoreApplication.translate(
            "App", "la base est utilisée par un autre programme"
        ),
        "unable to open database file": QCoreApplication.translate(
            "App", "le fichier ne peut pas être ouvert (dossier absent ou droits insuffisants)"
        ),
    }
    for english, french in known.items():
        if english in text:
            return french
    return text or type(error).__name__


def run_app(db_path: Path, language: str | None = None) -> int:
    """Open the main window on ``db_path``; returns the process exit code.

    The window shows first, then the store opens on a background thread and is
    attached as soon as it is ready; if it cannot be opened, a French message says
    why. (Opening it while Qt starts would be slower: both threads would fight for
    the interpreter lock.)
    """
    app = create_application()
    settings = QSettings()
    lang = chosen_language(settings, language)
    install_translations(app, lang)

    from .main_window import MainWindow

    window = MainWindow(None, None, settings, lang, db_path=db_path)
    openings: list[StoreOpening] = []
    started: list[DbWorker] = []
    poll = QTimer()
    poll.setInterval(10)

    asked: list[str | None] = []

    def start_opening(error: str = "") -> None:
        if openings and not error:
            return
        go_on, key = database_key(db_path, window, error)
        if not go_on:
            app.exit(1)
            return
        asked.append(key)
        openings.insert(0, StoreOpening.start(db_path, key=key))
        poll.start()

    def attach_when_open() -> None:
        opening = openings[0]
        if not opening.done():
            return
        poll.stop()
        if opening.store is None:
            if wrong_passphrase(opening.error) and len(asked) < 5:
                start_opening(
                    QCoreApplication.translate(
                        "App", "Cette phrase de passe n'ouvre pas les données. Réessayez."
                    )
                )
                return
            explain_open_error(opening.error, db_path, window)
            app.exit(1)
            return
        from .worker import DbWorker

        worker = DbWorker(opening.store)
        started.append(worker)
        window.attach(opening.store, worker)
        warn_if_unencrypted(window, db_path)

    poll.timeout.connect(attach_when_open)
    window.first_painted.connect(start_opening)
    QTimer.singleShot(500, start_opening)  # in case the window is never painted (hidden)
    window.show_on_screen()
    try:
        return int(app.exec())
    finally:
        for worker in started:
            worker.stop()
        for opening in openings:
            opening.wait(60)
            if opening.store is not None:
                opening.store.close()


def main() -> int:
    """Entry point of the ``bibliomobile-gui`` script: same as ``bibliomobile gui``."""
    from bibliomobile.cli import main as cli_main

    return cli_main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
