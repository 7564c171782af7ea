"""The workspaces of the main window, in navigation order.

How to add a workspace (one small additive edit of this file):

1. Write ``src/bibliomobile/ui/<topic>/workspace.py`` with a QWidget subclass whose
   ``__init__(self, context: WorkspaceContext, parent: QWidget | None = None)`` builds
   the page. Do database work through ``context.worker.submit(...)`` (see
   ``ui/worker.py``), never on the GUI thread.
2. In :data:`WORKSPACES` below, replace ``factory=None`` of your entry by
   ``factory=lazy("bibliomobile.ui.<topic>.workspace", "<ClassName>")``.
   ``lazy`` imports your module the first time the workspace is opened, so the
   application still starts fast.

A spec with ``factory=None`` shows a clean placeholder page with its ``description``.
Titles and descriptions are marked with ``QT_TRANSLATE_NOOP("Workspaces", ...)``
(French source text) and translated when shown. Ctrl+1 … Ctrl+0 open the first ten
workspaces in this order.

What a workspace may rely on is :class:`WorkspaceContext`: narrow dependencies, no
global application object.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from .i18n import QT_TRANSLATE_NOOP
from .preferences import Preferences

if TYPE_CHECKING:
    from bibliomobile.store.uow import Store

    from .status import StatusBar
    from .worker import DbWorker


@dataclass(frozen=True)
class WorkspaceContext:
    """What a workspace receives when it is built.

    Attributes:
        store: the opened store. Only for plain values (``store.device_id``,
            ``store.path``); all database work goes through ``worker``.
        worker: the one database worker thread.
        status: show messages, progress and the sync state in the status bar.
        preferences: the user's preferences on this computer (typed, see preferences.py).
        language: the interface language in use ("fr" or "en").
    """

    store: Store
    worker: DbWorker
    status: StatusBar
    preferences: Preferences
    language: str

    @property
    def device_id(self) -> str:
        return self.store.device_id

    @property
    def db_path(self) -> Path | None:
        return self.store.path


class WorkspaceFactory(Protocol):
    def __call__(self, context: WorkspaceContext) -> QWidget: ...


@dataclass(frozen=True)
class WorkspaceSpec:
    """One entry of the left navigation.

    Attributes:
        key: a stable identifier (settings, tests): "catalogue", "patrons", ...
        title: French source text, marked with QT_TRANSLATE_NOOP("Workspaces", ...).
        icon: file name in ``resources/icons/``.
        description: one line shown on the placeholder page until the workspace exists.
        factory: builds the page, or None for the placeholder.
    """

    key: str
    title: str
    icon: str
    description: str
    factory: WorkspaceFactory | None = None


def lazy(module: str, name: str) -> WorkspaceFactory:
    """A factory that imports ``module`` and builds ``name(context)`` on first use."""

    def build(context: WorkspaceContext) -> QWidget:
        cls: Callable[[WorkspaceContext], QWidget] = getattr(importlib.import_module(module), name)
        return cls(context)

    build.__qualname__ = f"lazy({module}.{name})"
    return build


WORKSPACES: tuple[WorkspaceSpec, ...] = (
    WorkspaceSpec(
        key="today",
        title=QT_TRANSLATE_NOOP("Workspaces", "Aujourd'hui"),
        icon="today.svg",
        description=QT_TRANSLATE_NOOP(
            "Workspaces",
            "Les passages, retraits drive et tournées de portage du jour, en un coup d'œil.",
        ),
        factory=lazy("bibliomobile.ui.today.workspace", "TodayWorkspace"),
    ),
    WorkspaceSpec(
        key="stop",
        title=QT_TRANSLATE_NOOP("Workspaces", "Arrêt"),
        icon="stop.svg",
        description=QT_TRANSLATE_NOOP(
            "Workspaces",
            "Le poste de prêt du bibliobus : ouvrir le passage, scanner cartes et documents.",
        ),
        factory=lazy("bibliomobile.ui.stop.workspace", "StopWorkspace"),
    ),
    WorkspaceSpec(
        key="drive",
        title=QT_TRANSLATE_NOOP("Workspaces", "Drive"),
        icon="drive.svg",
        description=QT_TRANSLATE_NOOP(
            "Workspaces",
            "Les demandes des lecteurs, la préparation des sacs et leurs étiquettes.",
        ),
        factory=lazy("bibliomobile.ui.drive.workspace", "DriveWorkspace"),
    ),
    WorkspaceSpec(
        key="home_delivery",
        title=QT_TRANSLATE_NOOP("Workspaces", "Portage"),
        icon="home_delivery.svg",
        description=QT_TRANSLATE_NOOP(
            "Workspaces",
            "Les bénéficiaires du portage à domicile, leurs profils et les visites.",
        ),
        factory=lazy("bibliomobile.ui.home_delivery.workspace", "HomeDeliveryWorkspace"),
    ),
    WorkspaceSpec(
        key="tours",
        title=QT_TRANSLATE_NOOP("Workspaces", "Tournées"),
        icon="tours.svg",
        description=QT_TRANSLATE_NOOP(
            "Workspaces",
            "Les tournées du bibliobus, les arrêts, les horaires et les tournées de portage.",
        ),
        factory=lazy("bibliomobile.ui.tours.workspace", "ToursWorkspace"),
    ),
    WorkspaceSpec(
        key="catalogue",
        title=QT_TRANSLATE_NOOP("Workspaces", "Catalogue"),
        icon="catalogue.svg",
        description=QT_TRANSLATE_NOOP(
            "Workspaces", "Rechercher un document et voir ses exemplaires."
        ),
        factory=lazy("bibliomobile.ui.catalogue.workspace", "CatalogueWorkspace"),
    ),
    WorkspaceSpec(
        key="patrons",
        title=QT_TRANSLATE_NOOP("Workspaces", "Lecteurs"),
        icon="patrons.svg",
        description=QT_TRANSLATE_NOOP(
            "Workspaces", "Rechercher un lecteur et voir ses prêts en cours."
        ),
        factory=lazy("bibliomobile.ui.patrons.workspace", "PatronsWorkspace"),
    ),
    WorkspaceSpec(
        key="sync",
        title=QT_TRANSLATE_NOOP("Workspaces", "Synchronisation"),
        icon="sync.svg",
        description=QT_TRANSLATE_NOOP(
            "Workspaces",
            "Échanger les données avec le serveur de la médiathèque dès qu'une connexion est là.",
        ),
        factory=lazy("bibliomobile.ui.sync.workspace", "SyncWorkspace"),
    ),
    WorkspaceSpec(
        key="stats",
        title=QT_TRANSLATE_NOOP("Workspaces", "Statistiques"),
        icon="stats.svg",
        description=QT_TRANSLATE_NOOP(
            "Workspaces",
            "Prêts, passages et visiteurs, par arrêt et par mois, pour le rapport annuel.",
        ),
        factory=lazy("bibliomobile.ui.stats.workspace", "StatsWorkspace"),
    ),
    WorkspaceSpec(
        key="settings",
        title=QT_TRANSLATE_NOOP("Workspaces", "Réglages"),
        icon="settings.svg",
        description=QT_TRANSLATE_NOOP(
            "Workspaces", "La langue, la base de données et cet appareil."
        ),
        factory=lazy("bibliomobile.ui.settings.workspace", "SettingsWorkspace"),
    ),
)
