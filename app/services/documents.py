"""A document's page: its text cut into plain and marked pieces by the evidence offsets.

The highlighting is built here from offsets, so the template escapes every piece of article
text and never needs `|safe`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from app.extraction.types import Verdict
from app.extraction.verdict import decide
from app.models import Document, Evidence, ReviewState
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
