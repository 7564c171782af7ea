"""Retention rules and erasure on request, for coordination devices."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ..retention.erasure import UnknownPerson, erase_in
from ..retention.rules import RULES, RetentionError, read_rules, set_rule
from .common import ERRORS, NO_NUL, ApiError, CoordinatorDep, ErrorOut, ServerDep

router = APIRouter(tags=["retention"])


class RuleOut(BaseModel):
    key: str
    months: int
    default: int
    label: str


class RuleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    months: int = Field(ge=0, le=120)


class EraseIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    card: str = Field(min_length=1, max_length=40, pattern=NO_NUL)
    reason: Literal["request", "deceased", "duplicate", "other"] = "request"


class EraseOut(BaseModel):
    record_id: int
    reason: str
    rows: dict[str, int]


def _rules(server: ServerDep) -> list[RuleOut]:
    with server.engine.connect() as conn:
        rules = read_rules(conn)
    return [
        RuleOut(key=key, months=getattr(rules, key), default=info.default, label=info.label)
        for key, info in RULES.items()
    ]


@router.get("/retention/rules", response_model=list[RuleOut], responses=ERRORS)
def rules(_device: CoordinatorDep, server: ServerDep) -> list[RuleOut]:
    return _rules(server)


@router.put(
    "/retention/rules/{key}",
    response_model=list[RuleOut],
    responses={404: {"model": ErrorOut}, **ERRORS},
)
def change_rule(key: str, body: RuleIn, device: CoordinatorDep, server: ServerDep) -> list[RuleOut]:
    if key not in RULES:
        raise ApiError(404, f"Règle inconnue : {key[:60]!r}.")
    try:
        with server.engine.begin() as conn:
            set_rule(conn, key, str(body.months), device.name)
    except RetentionError as error:
        raise ApiError(422, str(error)) from error
    return _rules(server)


@router.post(
    "/persons/erase",
    response_model=EraseOut,
    responses={404: {"model": ErrorOut}, 409: {"model": ErrorOut}, **ERRORS},
)
def erase(body: EraseIn, _device: CoordinatorDep, server: ServerDep) -> EraseOut:
    """Erase the person of a card everywhere (devices follow at their next sync)."""
    try:
        with server.engine.begin() as conn:
            report = erase_in(server, conn, body.card, body.reason)
    except RetentionError as error:
        status = 404 if isinstance(error, UnknownPerson) else 409
        raise ApiError(status, str(error)) from error
    return EraseOut(record_id=report.record_id, reason=report.reason, rows=report.rows)
