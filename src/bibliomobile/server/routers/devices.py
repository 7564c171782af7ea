"""Devices: enrolment with a one-time code, and who a token belongs to."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from .. import devices as device_admin
from ..devices import DeviceError
from .common import ERRORS, NO_NUL, ApiError, DeviceDep, ServerDep

router = APIRouter(tags=["devices"])


class EnrollIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(min_length=4, max_length=40, pattern=NO_NUL)
    node: str | None = Field(default=None, max_length=64, pattern=NO_NUL)


class EnrollOut(BaseModel):
    token: str
    device_id: str
    name: str
    role: str
    scope: str


class DeviceOut(BaseModel):
    device_id: str
    name: str
    role: str
    scope: str


@router.post("/sync/enroll", response_model=EnrollOut, responses=ERRORS)
def enroll(body: EnrollIn, server: ServerDep) -> EnrollOut:
    try:
        device, token = device_admin.enroll(server.engine, body.code, body.node)
    except DeviceError as error:
        raise ApiError(401, str(error)) from None
    return EnrollOut(
        token=token, device_id=device.id, name=device.name, role=device.role, scope=device.scope
    )


class TokenOut(BaseModel):
    token: str


@router.post("/sync/token", response_model=TokenOut, responses=ERRORS)
def rotate_token(device: DeviceDep, server: ServerDep) -> TokenOut:
    """A new token for the device of the request; the one it used stops working."""
    try:
        return TokenOut(token=device_admin.rotate_token(server.engine, device.id))
    except DeviceError as error:
        raise ApiError(401, str(error)) from None


@router.get("/sync/me", response_model=DeviceOut, responses=ERRORS)
def me(device: DeviceDep) -> DeviceOut:
    return DeviceOut(device_id=device.id, name=device.name, role=device.role, scope=device.scope)
