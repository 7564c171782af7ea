"""``/sync/notes-key``: the network's access-notes key, for the laptops that show notes."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from bibliomobile.domain.access_notes import key_to_text

from ..access_notes import NotesKeyRefused, notes_key_for
from .common import ERRORS, ApiError, DeviceDep, ServerDep

router = APIRouter(tags=["sync"])


class NotesKeyOut(BaseModel):
    key: str


@router.get("/sync/notes-key", response_model=NotesKeyOut, responses=ERRORS)
def notes_key(device: DeviceDep, server: ServerDep) -> NotesKeyOut:
    """The key that opens access notes (coordinator and volunteer laptops only)."""
    try:
        with server.engine.begin() as conn:
            key = notes_key_for(conn, device)
    except NotesKeyRefused as error:
        raise ApiError(403, str(error)) from error
    return NotesKeyOut(key=key_to_text(key))
