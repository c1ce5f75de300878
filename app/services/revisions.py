"""Human changes to positions: edits, restores, and the history and audit views of them.

Every change writes the new position and its PositionRevision in one commit. An edit carries
the version the editor's form was opened on; if the position has changed since, the edit is
refused (EditConflict) instead of overwriting someone else's work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from app.models import (
    Country,
    Position,
    PositionRevision,
    PositionStatus,
    ReviewDecision,
    Stance,
    User,
    as_utc,
    utcnow,
)
from app.schemas import PositionForm
from app.services import positions


class EditConflict(Exception):
    """Someone saved the position after the editor opened the form."""

    def __init__(self, current: Position) -> None:
        super().__init__(
            f"the position changed since the form was opened (now version {current.version})"
        )
        self.current = current


def position_of(session: Session, *, country: Country) -> Position | None:
    return session.exec(select(Position).where(Position.country_code == country.code)).first()


def apply_edit(session: Session, *, country: Country, form: PositionForm, editor: User) -> Position:
    """Set a country's position by hand; records who, when, before, after and why."""
    position = position_of(session, country=country)
    current_version = position.version if position is not None else 0
    if form.version != current_version:
        assert position is not None  # noqa: S101 - version 0 only matches a missing position
        raise EditConflict(position)
    return _write(
        session,
        country=country,
        position=position,
        stance=form.stance,
        as_of=form.as_of,
        summary=form.summary or None,
        reason=form.reason,
        editor=editor,
        action="edit",
    )


def restore_revision(
    session: Session, *, revision_id: int, editor: User, reason: str
) -> Position | None:
    """Put a position back to what a revision set; the restore is itself a new revision."""
    revision = session.get(PositionRevision, revision_id)
    if revision is None:
        return None
    position = session.get(Position, revision.position_id)
    assert position is not None  # noqa: S101 - revisions keep their position
    country = session.get(Country, position.country_code)
    assert country is not None  # noqa: S101 - positions keep their country
    return _write(
        session,
        country=country,
        position=position,
        stance=revision.after_stance,
        as_of=revision.after_as_of,
        summary=revision.after_summary,
        reason=reason or f"Restored revision {revision.id}",
        editor=editor,
        action="restore",
    )


def _write(
    session: Session,
    *,
    country: Country,
    position: Position | None,
    stance: Stance,
    as_of: date | None,
    summary: str | None,
    reason: str,
    editor: User,
    action: str,
) -> Position:
    assert editor.id is not None  # noqa: S101 - a signed-in account
    if session.get(Country, country.code) is None:
        session.add(Country(code=country.code, name=country.name))
    before = (position.stance, position.as_of, position.summary) if position else (None, None, None)
    if position is None:
        position = Position(
            country_code=country.code, stance=stance, confidence=1.0, source_count=0
        )
        position.version = 0
    position.stance = stance
    position.as_of = as_of
    position.summary = summary
    position.status = PositionStatus.edited
    position.needs_review = False
    position.confidence = 1.0
    position.version += 1
    position.updated_at = utcnow()
    session.add(position)
    session.flush()
    positions.count_sources(session, position=position)
    assert position.id is not None  # noqa: S101 - flushed above
    session.add(
        PositionRevision(
            position_id=position.id,
            editor_id=editor.id,
            action=action,
            before_stance=before[0],
            after_stance=stance,
            before_as_of=before[1],
            after_as_of=as_of,
            before_summary=before[2],
            after_summary=summary,
            reason=reason,
        )
    )
    session.commit()
    session.refresh(position)
    return position


@dataclass(frozen=True)
class AuditEntry:
    """One human change, of a position (revision) or of a finding (review decision)."""

    at: datetime
    editor: str
    country_code: str
    action: str
    before: str
    after: str
    reason: str
    revision_id: int | None = None
    evidence_id: int | None = None


def country_history(session: Session, *, country: Country) -> list[AuditEntry]:
    """Every human change that touched this country, newest first."""
    return audit_log(session, country_code=country.code)


def audit_log(
    session: Session, *, editor_name: str = "", country_code: str = "", limit: int = 500
) -> list[AuditEntry]:
    """All human changes, newest first, optionally for one editor and/or one country."""
    revisions = (
        select(PositionRevision, Position, User)
        .join(Position, col(PositionRevision.position_id) == col(Position.id))
        .join(User, col(PositionRevision.editor_id) == col(User.id))
    )
    decisions = select(ReviewDecision, User).join(
        User, col(ReviewDecision.editor_id) == col(User.id)
    )
    if editor_name:
        revisions = revisions.where(User.name == editor_name)
        decisions = decisions.where(User.name == editor_name)
    if country_code:
        revisions = revisions.where(Position.country_code == country_code)
        decisions = decisions.where(
            (ReviewDecision.before_country == country_code)
            | (ReviewDecision.after_country == country_code)
        )
    entries = [
        AuditEntry(
            at=revision.created_at,
            editor=user.name,
            country_code=position.country_code,
            action=revision.action,
            before=_describe(revision.before_stance, revision.before_as_of),
            after=_describe(revision.after_stance, revision.after_as_of),
            reason=revision.reason,
            revision_id=revision.id,
        )
        for revision, position, user in session.exec(revisions).all()
    ]
    entries += [
        AuditEntry(
            at=decision.created_at,
            editor=user.name,
            country_code=decision.after_country,
            action=f"{decision.action} finding",
            before=f"{decision.before_country}: {decision.before_stance.value.capitalize()}",
            after=f"{decision.after_country}: {decision.after_stance.value.capitalize()}"
            if decision.action != "reject"
            else "rejected",
            reason=decision.note,
            evidence_id=decision.evidence_id,
        )
        for decision, user in session.exec(decisions).all()
    ]
    entries.sort(key=lambda entry: (as_utc(entry.at), entry.revision_id or 0), reverse=True)
    return entries[:limit]


def _describe(stance: Stance | None, as_of: date | None) -> str:
    if stance is None:
        return "no position"
    label = stance.value.capitalize()
    return f"{label}, as of {as_of.day} {as_of:%b %Y}" if as_of else label
