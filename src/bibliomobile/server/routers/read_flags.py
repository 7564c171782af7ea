"""``/sync/read-flags``: the "already read" flags of a volunteer's bags."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from ..read_flags import ReadFlagsRefused, read_flags
from .common import ERRORS, ApiError, DeviceDep, ServerDep

router = APIRouter(tags=["sync"])


class ReadFlagsOut(BaseModel):
    #: [delivery id, record id]: a title of that visit's bag the person already read.
    flags: list[list[str]]


@router.get("/sync/read-flags", response_model=ReadFlagsOut, responses=ERRORS)
def flags(device: DeviceDep, server: ServerDep) -> ReadFlagsOut:
    """For a volunteer's laptop: which titles of its bags each person already read."""
    try:
        with server.engine.connect() as conn:
            found = read_flags(conn, device)
    except ReadFlagsRefused as error:
        raise ApiError(403, str(error)) from error
    return ReadFlagsOut(flags=[[d, r] for d, r in found])
