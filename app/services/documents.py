"""A document's page: its text cut into plain and marked pieces by the evidence offsets.

The highlighting is built here from offsets, so the template escapes every piece of article
text and never needs `|safe`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from app.extraction.types import Claim, Verdict
from app.extraction.verdict import decide
from app.models import Document, Evidence, ReviewState
from app.schemas import DocumentPublic, DocumentVerdictPublic
from app.services import positions


@dataclass
class Piece:
    """Plain text (evidence is None) or a <mark> around the pieces it contains."""

    text: str = ""
    evidence: Evidence | None = None
    children: list[Piece] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentPage:
    document: Document
    pieces: list[Piece]
    verdicts: tuple[Verdict, ...]
    evidence: list[Evidence]

    def evidence_id(self, claim: Claim) -> int | None:
        """The stored evidence row behind one of the verdicts' claims (for its #evidence- link)."""
        key = positions.claim_key(claim)
        return next((item.id for item in self.evidence if positions.claim_key(item) == key), None)


def document_page(session: Session, *, document: Document) -> DocumentPage:
    """The document's text with every live evidence span marked, and the verdicts it supports."""
    evidence = list(
        session.exec(
            select(Evidence)
            .where(Evidence.document_id == document.id)
            .where(Evidence.review != ReviewState.rejected)
            .order_by(col(Evidence.start), col(Evidence.end).desc(), col(Evidence.id))
        ).all()
    )
    return DocumentPage(
        document=document,
        pieces=mark_spans(document.text, evidence),
        verdicts=decide(positions.claim_of(item) for item in evidence),
        evidence=evidence,
    )


def mark_spans(text: str, evidence: list[Evidence]) -> list[Piece]:
    """Nest the evidence spans into a tree of pieces that, read in order, spell out `text`.

    Spans that contain each other nest, and identical spans nest exactly. A span that only
    partly overlaps an earlier one is cut at that span's end (a rare case: two different
    sentences never overlap).
    """
    root = Piece()
    stack: list[tuple[Piece, int]] = [(root, len(text))]
    position = 0
    for item in sorted(evidence, key=lambda e: (e.start, -e.end, e.id or 0)):
        while stack[-1][1] <= item.start and len(stack) > 1:
            piece, end = stack.pop()
            _add_text(piece, text[position:end])
            position = end
        parent, parent_end = stack[-1]
        start = max(item.start, position)
        _add_text(parent, text[position:start])
        position = start
        mark = Piece(evidence=item)
        parent.children.append(mark)
        stack.append((mark, min(item.end, parent_end)))
    while stack:
        piece, end = stack.pop()
        _add_text(piece, text[position:end])
        position = max(position, end)
    return root.children


def _add_text(piece: Piece, text: str) -> None:
    if text:
        piece.children.append(Piece(text=text))


def document_api(session: Session, *, document: Document) -> DocumentPublic:
    """A document as JSON: its stored text, the verdicts it supports and every quote."""
    page = document_page(session, document=document)
    by_key = {positions.claim_key(item): item for item in page.evidence}
    assert document.id is not None  # noqa: S101 - a stored row
    return DocumentPublic(
        id=document.id,
        name=document.name,
        title=document.title,
        outlet=document.outlet,
        url=document.url,
        published=document.published,
        text=document.text,
        positions=[
            DocumentVerdictPublic(
                country_code=verdict.country_code,
                stance=verdict.stance,
                confidence=verdict.confidence,
                evidence_ids=[
                    by_key[positions.claim_key(claim)].id or 0 for claim in verdict.evidence
                ],
            )
            for verdict in page.verdicts
        ],
        evidence=[positions.evidence_detail(item, document) for item in page.evidence],
    )
