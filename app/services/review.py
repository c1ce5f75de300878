"""The review queue: what the machine found and no person has judged yet.

Decisions are recorded (ReviewDecision: who, when, before, after) and change the aggregation
at once: a rejected finding no longer counts, a corrected one counts as corrected, and an
accepted one makes its country's position `reviewed` when they agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import Session, col, select

from app import countries
from app.models import (
    Country,
    Document,
    Evidence,
    Position,
    PositionStatus,
    ReviewDecision,
    ReviewState,
    Stance,
    User,
)
from app.services import positions

CONTEXT_CHARS = 160


class Action(StrEnum):
    accept = "accept"
    reject = "reject"


@dataclass(frozen=True)
class ReviewItem:
    """A finding with the text around it, so the reviewer can judge it in context."""

    evidence: Evidence
    document: Document
    before: str
    after: str

    @property
    def country_name(self) -> str:
        return countries.name_of(self.evidence.country_code)


@dataclass(frozen=True)
class ReviewQueue:
    items: list[ReviewItem]
    flagged: list[tuple[Position, Country]]  # edited positions that new evidence disagrees with
    pending_total: int


def queue(session: Session, *, document_id: int | None = None, limit: int = 100) -> ReviewQueue:
    """Pending findings, newest documents first (optionally for one document)."""
    query = (
        select(Evidence, Document)
        .join(Document, col(Evidence.document_id) == col(Document.id))
        .where(Evidence.review == ReviewState.pending)
    )
    if document_id is not None:
        query = query.where(Evidence.document_id == document_id)
    rows = session.exec(
        query.order_by(
            col(Document.created_at).desc(), col(Document.id).desc(), col(Evidence.start)
        )
    ).all()
    flagged = session.exec(
        select(Position, Country)
        .join(Country, col(Position.country_code) == col(Country.code))
        .where(col(Position.needs_review).is_(True))
        .order_by(col(Country.name))
    ).all()
    return ReviewQueue(
        items=[_item(evidence, document) for evidence, document in rows[:limit]],
        flagged=list(flagged),
        pending_total=len(rows),
    )


def _item(evidence: Evidence, document: Document) -> ReviewItem:
    text = document.text
    return ReviewItem(
        evidence=evidence,
        document=document,
        before=text[max(0, evidence.start - CONTEXT_CHARS) : evidence.start],
        after=text[evidence.end : evidence.end + CONTEXT_CHARS],
    )


def decide(
    session: Session, *, evidence_ids: Sequence[int], action: Action, editor: User, note: str = ""
) -> int:
    """Accept or reject findings (one or many) in one commit; returns how many changed."""
    assert editor.id is not None  # noqa: S101 - a signed-in account
    rows = session.exec(select(Evidence).where(col(Evidence.id).in_(evidence_ids))).all()
    for evidence in rows:
        evidence.review = ReviewState.accepted if action is Action.accept else ReviewState.rejected
        session.add(evidence)
        session.add(_decision(evidence, editor, action.value, note))
    session.flush()
    codes = {evidence.country_code for evidence in rows}
    positions.refresh(session, country_codes=codes)
    if action is Action.accept:
        _mark_reviewed(session, rows)
    session.commit()
    return len(rows)


def correct(
    session: Session,
    *,
    evidence_id: int,
    stance: Stance,
    country_code: str,
    editor: User,
    note: str = "",
) -> Evidence | None:
    """Fix a finding's stance and/or country; the corrected finding counts as accepted."""
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        return None
    if session.get(Country, country_code) is None:
        session.add(Country(code=country_code, name=countries.name_of(country_code)))
    decision = _decision(evidence, editor, "correct", note)
    decision.after_country = country_code
    decision.after_stance = stance
    old_code = evidence.country_code
    evidence.country_code = country_code
    evidence.stance = stance
    evidence.review = ReviewState.accepted
    session.add_all([evidence, decision])
    session.flush()
    positions.refresh(session, country_codes={old_code, country_code})
    _mark_reviewed(session, [evidence])
    session.commit()
    session.refresh(evidence)
    return evidence


def _decision(evidence: Evidence, editor: User, action: str, note: str) -> ReviewDecision:
    assert evidence.id is not None and editor.id is not None  # noqa: S101 - stored rows
    return ReviewDecision(
        evidence_id=evidence.id,
        editor_id=editor.id,
        action=action,
        before_country=evidence.country_code,
        after_country=evidence.country_code,
        before_stance=evidence.stance,
        after_stance=evidence.stance,
        note=note,
    )


def _mark_reviewed(session: Session, accepted: Sequence[Evidence]) -> None:
    """A machine position that a person's accepted finding agrees with becomes `reviewed`."""
    for evidence in accepted:
        position = session.exec(
            select(Position).where(Position.country_code == evidence.country_code)
        ).first()
        if (
            position is not None
            and position.status is PositionStatus.extracted
            and position.stance == evidence.stance
        ):
            position.status = PositionStatus.reviewed
            session.add(position)
    session.flush()
