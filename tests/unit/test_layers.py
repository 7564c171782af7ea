"""Architecture rules of DESIGN.md that a test can hold."""

from __future__ import annotations

import ast
from pathlib import Path

import bibliomobile

PACKAGE = Path(bibliomobile.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_pyside6_is_imported_only_under_ui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(m.split(".")[0] == "PySide6" for m in _imported_modules(path))
    ]
    assert offenders == []


def test_lower_layers_do_not_import_upper_ones() -> None:
    forbidden = {
        "domain": ("bibliomobile.store", "bibliomobile.services", "bibliomobile.ui", "sqlalchemy"),
        "store": ("bibliomobile.services", "bibliomobile.ui", "bibliomobile.server"),
        "services": ("bibliomobile.ui", "bibliomobile.server"),
        "server": ("bibliomobile.ui",),
    }
    offenders = []
    for layer, banned in forbidden.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for module in _imported_modules(path):
                if module.startswith(banned):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_the_layer_check_sees_a_pyside_import(tmp_path: Path) -> None:
    sample = tmp_path / "leak.py"
    sample.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imported_modules(sample)
