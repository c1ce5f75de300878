"""The JSON API and the CSV export."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from app.routes.deps import CountryDep, DocumentDep, SessionDep
from app.schemas import CountryPublic, DocumentPublic, ExportFile
from app.services import documents, export, positions

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/positions", response_model=ExportFile)
def positions_json(session: SessionDep) -> ExportFile:
    """Every current position with its evidence (the contract's export format)."""
    return export.positions_export(session)


@router.get("/positions.csv", response_class=Response)
def positions_csv(session: SessionDep) -> Response:
    """One CSV row per position."""
    return Response(
        export.positions_csv(session),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="positions.csv"'},
    )


@router.get("/countries/{code}", response_model=CountryPublic)
def country_json(session: SessionDep, country: CountryDep) -> CountryPublic:
    """A country: its position, its timeline of document verdicts and every quote."""
    return positions.country_api(session, country=country)


@router.get("/documents/{document_id}", response_model=DocumentPublic)
def document_json(session: SessionDep, document: DocumentDep) -> DocumentPublic:
    """A document: its stored text, the positions it supports and every quote with offsets."""
    return documents.document_api(session, document=document)
