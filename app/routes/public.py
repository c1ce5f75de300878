"""The reader's pages: the country table, a country, a document."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from app.routes.deps import CountryDep, DocumentDep, SessionDep, optional_editor
from app.routes.htmx import page_or_fragment, wants_fragment
from app.schemas import TableFilters
from app.security import CONTENT_SECURITY_POLICY
from app.services import documents, positions, worldmap
from app.templating import templates

# Public pages look up the editor too, so that a signed-in editor sees the editing links.
router = APIRouter(
    default_response_class=HTMLResponse,
    dependencies=[Depends(optional_editor)],
    include_in_schema=False,  # pages, not API: /docs describes /api only
)


@router.get("/", name="country_table")
def country_table(
    request: Request, session: SessionDep, filters: Annotated[TableFilters, Query()]
) -> HTMLResponse:
    table = positions.table_page(session, filters=filters)
    return page_or_fragment(
        request,
        page="index.html",
        fragment="_country_table.html",
        context={"table": table, "filters": filters, "oob": wants_fragment(request)},
    )


@router.get("/countries/{code}", name="country_detail")
def country_detail(request: Request, session: SessionDep, country: CountryDep) -> HTMLResponse:
    page = positions.country_page(session, country=country)
    return templates.TemplateResponse(request, "country.html", {"page": page})


@router.get("/documents/{document_id}", name="document_view")
def document_view(request: Request, session: SessionDep, document: DocumentDep) -> HTMLResponse:
    page = documents.document_page(session, document=document)
    return templates.TemplateResponse(request, "document.html", {"page": page})


@router.get("/map", name="world_map")
def world_map(request: Request, session: SessionDep) -> HTMLResponse:
    page = worldmap.map_page(session)
    status_code = 503 if page.atlas_error else 200
    return templates.TemplateResponse(request, "map.html", {"page": page}, status_code=status_code)


# Swagger UI sets inline styles on its elements; scripts stay limited to our own files.
DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'"
)


@router.get("/docs", name="api_docs", include_in_schema=False)
def api_docs(request: Request) -> HTMLResponse:
    response = templates.TemplateResponse(request, "docs.html", {})
    response.headers["Content-Security-Policy"] = DOCS_CONTENT_SECURITY_POLICY
    return response
