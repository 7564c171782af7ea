"""``/health``: is the server up, which version and schema, is the catalogue file ready."""

from __future__ import annotations

from fastapi import APIRouter, Request

from bibliomobile import __version__

from .common import catalogue_files

router = APIRouter(tags=["server"])


@router.get("/health")
def health(request: Request) -> dict[str, str]:
    catalogue = catalogue_files(request)
    return {
        "status": "ok",
        "version": __version__,
        "schema": request.app.state.schema,
        "catalogue_file": catalogue.status() if catalogue is not None else "absent",
        # A problem found at start (an unreadable saved clock): reported, not fatal.
        "clock": request.app.state.sync.clock_problem or "ok",
    }
