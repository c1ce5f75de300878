"""The JSON API and the CSV export."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from app.routes.deps import SessionDep
from app.schemas import ExportFile
from app.services import export

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
