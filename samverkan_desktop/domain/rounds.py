"""The model of a round's own results and of the previous round it is compared with.

``RatingItem``: the sums of a survey item answered on a scale of 1-5 (this round).
``PreviousRound`` and ``PreviousItem``: what an earlier project (last year's report) said,
copied when the project is linked to it, with the matching to this round's mandates,
questions and tags and the follow-up of the earlier improvement areas.

Re-exported by ``domain.models`` (which imports this module at its end); kept apart to
keep each file small. Both build on ``domain.base``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samverkan_desktop.domain.base import Base, Stamped, _fk
from samverkan_desktop.domain.enums import FollowUpStatus, PreviousKind, Rating, TagKind


class RatingItem(Stamped, Base):
    """A survey item answered on a scale of 1-5 (påstående, skattning): this round's result.

    Only the sums are kept: ``counts`` holds the answers per step of the scale (five
    numbers, for 1 to 5), so n and the mean follow; ``groups`` the same per group
    (``[{"group": name, "counts": [...]}, ...]``). No single answer, no respondent.
    """

    __tablename__ = "rating_item"
    __table_args__ = (UniqueConstraint("project_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    #: the written answers the item came with; deleting them deletes the item
    session_id: Mapped[int | None] = mapped_column(_fk("session.id"), index=True)
    text: Mapped[str]
    #: the HME item it is (``hme.ITEMS`` key, e.g. "motivation_1"), or None
    hme: Mapped[str | None] = mapped_column(String(20))
    counts: Mapped[list[int]] = mapped_column(JSON)
    groups: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    sort_order: Mapped[int] = mapped_column(default=0)


class PreviousRound(Stamped, Base):
    """The previous round (föregående uppföljning) a project is compared with.

    Linking copies what the comparison needs from the earlier project into
    ``PreviousItem`` rows, so the comparison survives the earlier project being deleted
    (retention), travels in the project file and reads the same wherever it is opened.
    """

    __tablename__ = "previous_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), unique=True)
    #: the earlier project's id (its ``uid``), as it was when linked
    source_uid: Mapped[str] = mapped_column(String(64))
    title: Mapped[str]
    #: the earlier report's date
    date: Mapped[dt.date | None]


class PreviousItem(Stamped, Base):
    """One mandate, question, tag or rating item of the previous round, as it was then.

    A mandate keeps its rating and motivation, a tag its kind and proposal, a rating
    item its counts; ``entries`` is how many entries spoke to it then. The ``match_*``
    columns link it to this round's mandate, question or tag (by name when linked,
    editable); an improvement area has its follow-up ``status`` and ``comment``.
    """

    __tablename__ = "previous_item"
    __table_args__ = (UniqueConstraint("project_id", "kind", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    kind: Mapped[PreviousKind]
    #: the item's id in the earlier project
    uid: Mapped[str] = mapped_column(String(64))
    code: Mapped[str | None]
    #: a mandate's title, a question's text, a tag's name or a rating item's text
    title: Mapped[str]
    rating: Mapped[Rating | None]
    motivation: Mapped[str | None]
    tag_kind: Mapped[TagKind | None]
    proposal: Mapped[str | None]
    hme: Mapped[str | None] = mapped_column(String(20))
    counts: Mapped[list[int] | None] = mapped_column(JSON)
    entries: Mapped[int | None]
    match_mandate_id: Mapped[int | None] = mapped_column(_fk("mandate.id", "SET NULL"))
    match_question_id: Mapped[int | None] = mapped_column(_fk("question.id", "SET NULL"))
    match_tag_id: Mapped[int | None] = mapped_column(_fk("tag.id", "SET NULL"))
    status: Mapped[FollowUpStatus | None]
    comment: Mapped[str | None]
    sort_order: Mapped[int] = mapped_column(default=0)
