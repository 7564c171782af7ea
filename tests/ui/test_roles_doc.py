"""docs/roles.md is the table of rights in words, regenerated with the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "make_roles_doc.py"


def test_docs_roles_matches_the_table_in_the_code() -> None:
    spec = importlib.util.spec_from_file_location("make_roles_doc", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.DOC.read_text(encoding="utf-8") == module.render(), (
        "docs/roles.md is stale: run .venv/bin/python tools/make_roles_doc.py"
    )
