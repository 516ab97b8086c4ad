"""The declarative base every mapped class of a library derives from.

``Base`` (its metadata with the naming convention and the column types of the domain's
enums), ``Stamped`` (timestamps and the bag of unmodelled keys), ``utcnow`` and the small
helpers the model modules share. ``domain.models`` and ``domain.rounds`` both build on it,
so neither has to import the other to get the base.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import JSON, Date, DateTime, Enum, ForeignKey, MetaData, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from samverkan_desktop.domain.enums import (
    ActionStatus,
    AttendanceRole,
    EntryKind,
    FollowUpStatus,
    ItemType,
    Outcome,
    PartySide,
    PreviousKind,
    Priority,
    ProjectStatus,
    Rating,
    SessionKind,
    SessionStatus,
    TagKind,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _enum(cls: type[Any]) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy's declared mapping
        dict[str, Any]: JSON,
        dt.date: Date,
        dt.datetime: DateTime,
        str: Text,
        ProjectStatus: _enum(ProjectStatus),
        PartySide: _enum(PartySide),
        Rating: _enum(Rating),
        TagKind: _enum(TagKind),
        Priority: _enum(Priority),
        SessionKind: _enum(SessionKind),
        SessionStatus: _enum(SessionStatus),
        AttendanceRole: _enum(AttendanceRole),
        ItemType: _enum(ItemType),
        Outcome: _enum(Outcome),
        EntryKind: _enum(EntryKind),
        ActionStatus: _enum(ActionStatus),
        FollowUpStatus: _enum(FollowUpStatus),
        PreviousKind: _enum(PreviousKind),
    }


class Stamped:
    """Created/updated timestamps (UTC) and the bag of unmodelled file keys."""

    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)


def _fk(target: str, ondelete: str = "CASCADE") -> ForeignKey:
    return ForeignKey(target, ondelete=ondelete)


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class, typed (``__table__`` is a FromClause to mypy)."""
    return cast(Table, model.__table__)
