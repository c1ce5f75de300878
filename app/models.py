"""Every table and enum of the tracker.

Documents hold the text exactly as stored; evidence points into it with character offsets;
positions are the country table, derived from evidence unless a person has set them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app import db  # noqa: F401 - sets the metadata naming convention before any table exists
from app.extraction.types import Stance

__all__ = [
    "Country",
    "Document",
    "Evidence",
    "LoginFailure",
    "Position",
    "PositionRevision",
    "PositionStatus",
    "ReviewDecision",
    "ReviewState",
    "Stance",
    "User",
    "UserSession",
]


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """A stored datetime as an aware UTC one (SQLite hands back naive datetimes, written in UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _enum(enum: type[StrEnum]) -> sa.Enum:
    # Stored as plain strings (no native PostgreSQL enum type), so adding a value is no migration.
    return sa.Enum(enum, native_enum=False, length=16, validate_strings=True)


class PositionStatus(StrEnum):
    """Who stands behind a position: the machine alone, or a person."""

    extracted = "extracted"
    reviewed = "reviewed"
    edited = "edited"


class ReviewState(StrEnum):
    """What a person has decided about a piece of machine evidence."""

    pending = "pending"
    accepted = "accepted"
    rejected = "rejected"


class Country(SQLModel, table=True):
    code: str = Field(primary_key=True, max_length=2)
    name: str = Field(max_length=100)


class Document(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=255)  # the file's base name
    content_hash: str = Field(max_length=64, unique=True)  # sha256 of the stored text
    text: str = Field(sa_type=sa.Text)
    format: str = Field(max_length=8)  # txt, md or html: what the text was converted from
    outlet: str | None = Field(default=None, max_length=255)
    title: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000)
    published: date | None = Field(default=None, index=True)
    # Where `published` came from: "sources.json", "form", "text" or None when unknown.
    published_basis: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime(timezone=True))


class Evidence(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    country_code: str = Field(foreign_key="country.code", max_length=2, index=True)
    stance: Stance = Field(sa_type=_enum(Stance))
    quote: str = Field(sa_type=sa.Text)
    start: int
    end: int
    speaker: str | None = Field(default=None, max_length=255)
    confidence: float
    rule: str = Field(default="", max_length=100)  # which extraction rule found it
    review: ReviewState = Field(default=ReviewState.pending, sa_type=_enum(ReviewState))
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime(timezone=True))


class Position(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    country_code: str = Field(foreign_key="country.code", max_length=2, unique=True)
    stance: Stance = Field(sa_type=_enum(Stance))
    as_of: date | None = None
    confidence: float
    source_count: int
    status: PositionStatus = Field(default=PositionStatus.extracted, sa_type=_enum(PositionStatus))
    summary: str | None = Field(default=None, sa_type=sa.Text)  # an editor's public note
    # Set when new machine evidence disagrees with a position a person has set.
    needs_review: bool = False
    # Bumped on every change, so that an editor's stale form cannot overwrite a newer version.
    version: int = 1
    updated_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime(timezone=True))


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    password_hash: str = Field(max_length=255)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime(timezone=True))


class PositionRevision(SQLModel, table=True):
    """One human change to a position: who, when, before, after and why."""

    __tablename__ = "position_revision"

    id: int | None = Field(default=None, primary_key=True)
    position_id: int = Field(foreign_key="position.id", index=True)
    editor_id: int = Field(foreign_key="user.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime(timezone=True))
    action: str = Field(max_length=32)  # edit, restore, accept, reject
    before_stance: Stance | None = Field(default=None, sa_type=_enum(Stance))
    after_stance: Stance = Field(sa_type=_enum(Stance))
    before_as_of: date | None = None
    after_as_of: date | None = None
    before_summary: str | None = Field(default=None, sa_type=sa.Text)
    after_summary: str | None = Field(default=None, sa_type=sa.Text)
    reason: str = Field(sa_type=sa.Text)


class UserSession(SQLModel, table=True):
    """A signed-in editor's session; the cookie holds only its signed random key."""

    __tablename__ = "user_session"

    id: int | None = Field(default=None, primary_key=True)
    key_hash: str = Field(max_length=64, unique=True)  # sha256 of the random key in the cookie
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime(timezone=True))
    last_seen_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime(timezone=True))


class LoginFailure(SQLModel, table=True):
    """One failed sign-in, kept for a while to slow down and then refuse password guessing."""

    __tablename__ = "login_failure"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, index=True)
    address: str = Field(max_length=64, index=True)
    created_at: datetime = Field(
        default_factory=utcnow, sa_type=sa.DateTime(timezone=True), index=True
    )


class ReviewDecision(SQLModel, table=True):
    """A person's decision on one piece of machine evidence: accept, reject or correct."""

    __tablename__ = "review_decision"

    id: int | None = Field(default=None, primary_key=True)
    evidence_id: int = Field(foreign_key="evidence.id", index=True, ondelete="CASCADE")
    editor_id: int = Field(foreign_key="user.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=sa.DateTime(timezone=True))
    action: str = Field(max_length=16)  # accept, reject, correct
    before_country: str = Field(max_length=2)
    after_country: str = Field(max_length=2)
    before_stance: Stance = Field(sa_type=_enum(Stance))
    after_stance: Stance = Field(sa_type=_enum(Stance))
    note: str = Field(default="", sa_type=sa.Text)
