"""Cards a van does not hold: ``/sync/card`` (online lookup), ``/sync/card-index``
(the hashed index for offline days)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from ..cards import CardRefused, card_index, lookup_card
from ..sync.wire import dumps
from .common import ERRORS, NO_NUL, ApiError, DeviceDep, ServerDep

router = APIRouter(tags=["sync"])


class CardOut(BaseModel):
    patron_id: str
    first_name: str
    last_name: str
    blocked: bool
    card_expiry: str | None


class CardIndexOut(BaseModel):
    unchanged: bool
    version: str
    salt: str | None = None
    made_at: str | None = None
    entries: list[list[str]] | None = None


@router.get("/sync/card", response_model=CardOut, responses={404: {}, **ERRORS})
def card(
    device: DeviceDep,
    server: ServerDep,
    code: Annotated[str, Query(min_length=1, max_length=40, pattern=NO_NUL)],
) -> CardOut:
    """Card → name and blocks, for a van's desk (a card it does not hold)."""
    try:
        with server.engine.connect() as conn:
            found = lookup_card(conn, device, code)
    except CardRefused as error:
        raise ApiError(403, str(error)) from error
    if found is None:
        raise ApiError(404, f"Aucun lecteur n'a cette carte : {code}")
    return CardOut(**found)


@router.get("/sync/card-index", responses={200: {"model": CardIndexOut}, **ERRORS})
def index(
    device: DeviceDep,
    server: ServerDep,
    known: Annotated[str, Query(max_length=64, pattern=NO_NUL)] = "",
) -> Response:
    """Every card, hashed and sealed, for the van's offline days (``known``: the
    version it holds; unchanged, nothing is sent again)."""
    try:
        with server.engine.connect() as conn:
            body = card_index(conn, device, known)
    except CardRefused as error:
        raise ApiError(403, str(error)) from error
    return Response(dumps(body), media_type="application/json")
