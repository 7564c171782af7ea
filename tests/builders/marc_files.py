"""Where the real sample files of ``shared/data`` are: beside the clone (as in CI), or
named by $BIBLIOMOBILE_MARC_DATA."""

from __future__ import annotations

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parents[1]


def marc_data() -> Path:
    """The folder of real MARC files (``shared/data/marc``)."""
    override = os.environ.get("BIBLIOMOBILE_MARC_DATA")
    if override:
        return Path(override)
    for candidate in (_REPO.parent / "shared" / "data" / "marc", Path("/work/shared/data/marc")):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "shared/data/marc not found beside the repository; set BIBLIOMOBILE_MARC_DATA"
    )
