"""The export files (contract: "Export, JSON" and CSV), one builder for the CLI and the API."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from app.extraction.verdict import decide
from app.models import Document, Evidence, ReviewState
from app.schemas import (
    ByDocumentExport,
    DocumentExport,
    DocumentPositionPublic,
    EvidencePublic,
    ExportFile,
    PositionPublic,
)
from app.services import positions

CSV_COLUMNS = ("country_code", "country", "stance", "as_of", "confidence", "source_count", "status")


def positions_export(session: Session) -> ExportFile:
    """Current positions with their evidence, newest evidence first."""
    evidence_by_country = _evidence_by_country(session)
    return ExportFile(
        generated_at=datetime.now(UTC).replace(microsecond=0),
        positions=[
            PositionPublic(
                country_code=position.country_code,
                country=country.name,
                stance=position.stance,
                as_of=position.as_of,
                confidence=position.confidence,
                source_count=position.source_count,
                status=position.status,
                evidence=evidence_by_country.get(position.country_code, []),
            )
            for position, country in positions.all_positions(session)
        ],
    )


def positions_csv(session: Session) -> str:
    """One CSV row per position, in the contract's columns."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for position, country in positions.all_positions(session):
        writer.writerow(
            [
                position.country_code,
                country.name,
                position.stance.value,
                position.as_of.isoformat() if position.as_of else "",
                position.confidence,
                position.source_count,
                position.status.value,
            ]
        )
    return buffer.getvalue()


def by_document_export(session: Session) -> ByDocumentExport:
    """For each document, the one stance per country that the document alone supports."""
    documents = session.exec(select(Document).order_by(col(Document.name), col(Document.id))).all()
    evidence_by_document: dict[int, list[Evidence]] = defaultdict(list)
    for evidence in _live_evidence(session):
        evidence_by_document[evidence.document_id].append(evidence)
    exports = []
    for document in documents:
        assert document.id is not None  # noqa: S101 - loaded from the database
        rows = {positions.claim_key(item): item for item in evidence_by_document[document.id]}
        verdicts = decide(positions.claim_of(item) for item in rows.values())
        exports.append(
            DocumentExport(
                document=document.name,
                published=document.published,
                positions=[
                    DocumentPositionPublic(
                        country_code=verdict.country_code,
                        stance=verdict.stance,
                        evidence=[
                            _public(rows[positions.claim_key(claim)], document)
                            for claim in verdict.evidence
                        ],
                    )
                    for verdict in verdicts
                ],
            )
        )
    return ByDocumentExport(documents=exports)


def _evidence_by_country(session: Session) -> dict[str, list[EvidencePublic]]:
    rows = session.exec(
        select(Evidence, Document)
        .join(Document, col(Evidence.document_id) == col(Document.id))
        .where(Evidence.review != ReviewState.rejected)
        .order_by(
            col(Document.published).desc().nulls_last(), col(Document.id), col(Evidence.start)
        )
    ).all()
    grouped: dict[str, list[EvidencePublic]] = defaultdict(list)
    for evidence, document in rows:
        grouped[evidence.country_code].append(_public(evidence, document))
    return grouped


def _live_evidence(session: Session) -> list[Evidence]:
    return list(session.exec(select(Evidence).where(Evidence.review != ReviewState.rejected)).all())


def _public(evidence: Evidence, document: Document) -> EvidencePublic:
    return EvidencePublic(
        document=document.name,
        stance=evidence.stance,
        quote=evidence.quote,
        start=evidence.start,
        end=evidence.end,
        speaker=evidence.speaker,
    )
