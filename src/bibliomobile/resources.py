"""Where the ``resources/`` folder is: source tree, installed package or PyInstaller bundle.

No Qt here, so installers, label rendering and the CLI can use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Overrides the search (useful for packagers and tests).
RESOURCES_ENV = "BIBLIOMOBILE_RESOURCES"


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get(RESOURCES_ENV)
    if override:
        found.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        # PyInstaller: the spec copies resources/ next to the bundled code.
        found.append(Path(bundle) / "resources")
    here = Path(__file__).resolve()
    # Source tree / editable install: <repo>/src/bibliomobile/resources.py.
    found.append(here.parents[2] / "resources")
    # A wheel that ships resources inside the package.
    found.append(here.parent / "resources")
    return found


def resources_dir() -> Path:
    """The folder holding ``icons/``, ``translations/`` and the other resources.

    Raises:
        FileNotFoundError: when no candidate folder exists (a broken installation).
    """
    candidates = _candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Dossier des ressources introuvable (cherché : {tried})")


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)
