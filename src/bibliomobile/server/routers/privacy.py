"""Personal data: the devices' audit entries, the log for coordinators, a person's export."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal
from urllib.parse import unquote

from fastapi import APIRouter, Header, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from bibliomobile.domain.enums import AuditAction

from ..privacy.audit import audit_lines, patron_of_card, record_here, record_pushed
from ..privacy.person import PersonNotFound, as_json, person_data
from ..privacy.person_pdf import person_document
from .common import ERRORS, NO_NUL, ApiError, CoordinatorDep, DeviceDep, ErrorOut, ServerDep

router = APIRouter(tags=["privacy"])

_ID = Field(default=None, max_length=36, pattern=NO_NUL)


class AuditEntryIn(BaseModel):
    """One entry of a device's audit log (the device is the token's, never said here)."""

    model_config = ConfigDict(extra="forbid")
    entry_id: str = Field(min_length=1, max_length=36, pattern=NO_NUL)
    occurred_at: dt.datetime
    user_name: str | None = Field(default=None, max_length=100, pattern=NO_NUL)
    action: AuditAction
    patron_id: str | None = _ID
    beneficiary_id: str | None = _ID
    round_id: str | None = _ID
    detail: str | None = Field(default=None, max_length=200, pattern=NO_NUL)


class AuditBatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entries: list[AuditEntryIn] = Field(max_length=500)


class AuditBatchOut(BaseModel):
    kept: int


@router.post("/sync/audit", response_model=AuditBatchOut, responses=ERRORS)
def push_audit(body: AuditBatchIn, device: DeviceDep, server: ServerDep) -> AuditBatchOut:
    """A device hands over its audit entries; a repeated one is kept once."""
    entries = []
    for entry in body.entries:
        values = entry.model_dump()
        at = entry.occurred_at
        if at.tzinfo is not None:
            try:
                at = at.astimezone(dt.UTC).replace(tzinfo=None)
            except OverflowError as error:
                raise ApiError(422, "Date hors limites, rien n'a été enregistré.") from error
        values["occurred_at"] = at
        values["action"] = entry.action.value
        entries.append(values)
    with server.engine.begin() as conn:
        kept = record_pushed(conn, device, entries)
    return AuditBatchOut(kept=kept)


class AuditLineOut(BaseModel):
    occurred_at: dt.datetime
    device_name: str
    user_name: str
    action: str
    action_label: str
    patron_id: str | None
    beneficiary_id: str | None
    round_id: str | None
    detail: str | None


@router.get(
    "/sync/audit",
    response_model=list[AuditLineOut],
    responses={404: {"model": ErrorOut}, **ERRORS},
)
def read_audit(
    _device: CoordinatorDep,
    server: ServerDep,
    card: Annotated[str | None, Query(max_length=40, pattern=NO_NUL)] = None,
    since: dt.date | None = None,
) -> list[AuditLineOut]:
    """The audit log (coordination devices only), about one card if given."""
    with server.engine.connect() as conn:
        patron_id = None
        if card:
            patron_id = patron_of_card(conn, card)
            if patron_id is None:
                raise ApiError(404, f"Aucun lecteur n'a la carte {card}.")
        lines = audit_lines(conn, patron_id=patron_id, since=since)
    return [
        AuditLineOut(
            occurred_at=line.occurred_at.replace(tzinfo=dt.UTC),  # stored in UTC
            device_name=line.device_name,
            user_name=line.user_name,
            action=line.action,
            action_label=line.action_label,
            patron_id=line.patron_id,
            beneficiary_id=line.beneficiary_id,
            round_id=line.round_id,
            detail=line.detail,
        )
        for line in lines
    ]


@router.get(
    "/sync/persons/export",
    responses={
        200: {"content": {"application/pdf": {}, "application/json": {}}},
        404: {"model": ErrorOut},
        **ERRORS,
    },
    response_class=Response,
)
def export_person(
    device: CoordinatorDep,
    server: ServerDep,
    card: Annotated[str, Query(min_length=1, max_length=40, pattern=NO_NUL)],
    format: Literal["pdf", "json"] = "pdf",
    user: Annotated[str | None, Header(alias="X-Bibliomobile-User", max_length=400)] = None,
) -> Response:
    """Everything the server holds about one person (coordination devices only).

    The export is itself audited: the device from its token, the person signed in on
    it from the ``X-Bibliomobile-User`` header (percent-encoded UTF-8).
    """
    with server.engine.begin() as conn:
        try:
            data = person_data(conn, card)
        except PersonNotFound as error:
            raise ApiError(404, str(error)) from error
        record_here(
            conn,
            AuditAction.EXPORTED,
            unquote(user or "").replace("\x00", "")[:100] or "(personne connectée inconnue)",
            patron_id=data.patron_id,
            detail=f"droit d'accès ({format})",
            device=device,
        )
    if format == "json":
        return Response(as_json(data).encode(), media_type="application/json")
    return Response(person_document(data).pdf(), media_type="application/pdf")
