"""Declarative base, the synced-entity mixin and the registry of synced tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bibliomobile.domain.enums import SyncKind
from bibliomobile.domain.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every table, synced or local."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[str]: JSON,
        list[dict[str, Any]]: JSON,
    }


class Synced:
    """Mixin of entities that travel between devices and the server.

    Each subclass states its :class:`SyncKind`. Writes to them go through the unit of
    work, which records them in the outbox (change capture).
    """

    __sync_kind__: ClassVar[SyncKind]
    if TYPE_CHECKING:
        __tablename__: str

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)


def synced_tables() -> dict[str, type[Synced]]:
    """Entity name (its table name) → model class, for every synced entity."""
    found: dict[str, type[Synced]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced):
            found[cls.__tablename__] = cls
    return found
