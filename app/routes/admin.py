"""The editors' area. Every route here requires a signed-in editor and a CSRF token."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, UploadFile, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from app import countries
from app.models import Stance
from app.routes.deps import (
    CurrentAdmin,
    EditableCountryDep,
    SessionDep,
    require_admin,
    require_csrf,
)
from app.routes.htmx import wants_fragment
from app.schemas import PositionForm, SourceFacts, form_errors
from app.services import ingest, positions, review, revisions
from app.templating import templates

router = APIRouter(
    prefix="/admin",
    default_response_class=HTMLResponse,
    dependencies=[Depends(require_admin), Depends(require_csrf)],
    include_in_schema=False,
)


@router.get("", name="admin_home")
def admin_home(request: Request, session: SessionDep, editor: CurrentAdmin) -> HTMLResponse:
    pending = review.queue(session, limit=0)
    return templates.TemplateResponse(
        request, "admin/home.html", {"editor": editor, "pending": pending}
    )


@router.get("/positions", name="admin_positions")
def admin_positions(request: Request, session: SessionDep) -> HTMLResponse:
    rows = positions.all_positions(session)
    return templates.TemplateResponse(request, "admin/positions.html", {"rows": rows})


# --- Editing a position ------------------------------------------------------------------------


@router.get("/countries/edit", name="position_form_for_code")
def position_form_for_code(request: Request, code: str = "") -> Response:
    """The plain-HTML way to reach the form of a country typed in by its code."""
    code = code.strip().upper()
    if not countries.is_valid_code(code):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"{code!r} is not a country code we know.")
    url = request.app.url_path_for("position_form", code=code)
    return RedirectResponse(url, status.HTTP_303_SEE_OTHER)


@router.get("/countries/{code}/edit", name="position_form")
def position_form(
    request: Request, session: SessionDep, country: EditableCountryDep
) -> HTMLResponse:
    position = revisions.position_of(session, country=country)
    values = {
        "stance": position.stance.value if position else "",
        "as_of": position.as_of.isoformat() if position and position.as_of else "",
        "summary": (position.summary or "") if position else "",
        "reason": "",
        "version": position.version if position else 0,
    }
    return _render_form(request, country=country, position=position, values=values, errors={})


@router.post("/countries/{code}/edit", name="position_save")
def position_save(
    request: Request,
    session: SessionDep,
    country: EditableCountryDep,
    editor: CurrentAdmin,
    stance: Annotated[str, Form()] = "",
    as_of: Annotated[str, Form()] = "",
    summary: Annotated[str, Form()] = "",
    reason: Annotated[str, Form()] = "",
    version: Annotated[str, Form()] = "",
) -> Response:
    values = {
        "stance": stance,
        "as_of": as_of,
        "summary": summary,
        "reason": reason,
        "version": version,
    }
    try:
        form = PositionForm.model_validate(values)
    except ValidationError as error:
        position = revisions.position_of(session, country=country)
        return _render_form(
            request, country=country, position=position, values=values,
            errors=form_errors(error), status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )  # fmt: skip
    try:
        position = revisions.apply_edit(session, country=country, form=form, editor=editor)
    except revisions.EditConflict as conflict:
        return _render_form(
            request, country=country, position=conflict.current, values=values,
            errors={}, conflict=conflict.current, status_code=status.HTTP_409_CONFLICT,
        )  # fmt: skip
    if wants_fragment(request):
        return templates.TemplateResponse(
            request, "admin/_position_saved.html", {"country": country, "position": position},
        )  # fmt: skip
    return RedirectResponse(
        request.app.url_path_for("country_detail", code=country.code), status.HTTP_303_SEE_OTHER
    )


def _render_form(
    request: Request,
    *,
    country: object,
    position: object,
    values: Mapping[str, object],
    errors: dict[str, str],
    conflict: object = None,
    status_code: int = 200,
) -> HTMLResponse:
    context = {
        "country": country, "position": position, "values": values, "errors": errors,
        "conflict": conflict, "stances": list(Stance), "today": date.today().isoformat(),
    }  # fmt: skip
    name = "admin/_position_form.html" if wants_fragment(request) else "admin/position_form.html"
    return templates.TemplateResponse(request, name, context, status_code=status_code)


# --- History, restore, audit -------------------------------------------------------------------


@router.get("/countries/{code}/history", name="position_history")
def position_history(
    request: Request, session: SessionDep, country: EditableCountryDep
) -> HTMLResponse:
    entries = revisions.country_history(session, country=country)
    return templates.TemplateResponse(
        request, "admin/history.html", {"country": country, "entries": entries}
    )


@router.post("/revisions/{revision_id}/restore", name="revision_restore")
def revision_restore(
    request: Request,
    session: SessionDep,
    editor: CurrentAdmin,
    revision_id: int,
    reason: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    position = revisions.restore_revision(
        session, revision_id=revision_id, editor=editor, reason=reason.strip()
    )
    if position is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"There is no revision {revision_id}.")
    url = request.app.url_path_for("position_history", code=position.country_code)
    return RedirectResponse(url, status.HTTP_303_SEE_OTHER)


@router.get("/audit", name="audit_log")
def audit_log(
    request: Request, session: SessionDep, editor: str = "", country: str = ""
) -> HTMLResponse:
    entries = revisions.audit_log(
        session, editor_name=editor.strip(), country_code=country.strip().upper()
    )
    return templates.TemplateResponse(
        request,
        "admin/audit.html",
        {"entries": entries, "editor_filter": editor, "country_filter": country},
    )


# --- Review queue ------------------------------------------------------------------------------


@router.get("/review", name="review_queue")
def review_queue(
    request: Request, session: SessionDep, document: int | None = None
) -> HTMLResponse:
    found = review.queue(session, document_id=document)
    return templates.TemplateResponse(
        request,
        "admin/review.html",
        {
            "queue": found,
            "document_id": document,
            "stances": list(Stance),
            "codes": countries.all_codes(),
        },
    )


@router.post("/review", name="review_decide")
def review_decide(
    request: Request,
    session: SessionDep,
    editor: CurrentAdmin,
    action: Annotated[review.Action, Form()],
    evidence_id: Annotated[list[int], Form()] = [],  # noqa: B006 - FastAPI copies defaults
    document: Annotated[int | None, Form()] = None,
) -> Response:
    if not evidence_id:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "Tick at least one finding first.")
    review.decide(session, evidence_ids=evidence_id, action=action, editor=editor)
    url = request.app.url_path_for("review_queue") + (f"?document={document}" if document else "")
    return RedirectResponse(url, status.HTTP_303_SEE_OTHER)


@router.post("/evidence/{evidence_id}/correct", name="evidence_correct")
def evidence_correct(
    request: Request,
    session: SessionDep,
    editor: CurrentAdmin,
    evidence_id: int,
    stance: Annotated[Stance, Form()],
    country_code: Annotated[str, Form(min_length=2, max_length=2)],
    note: Annotated[str, Form(max_length=1000)] = "",
    document: Annotated[int | None, Form()] = None,
) -> Response:
    code = country_code.upper()
    if not countries.is_valid_code(code):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"{country_code!r} is not a country code.")
    fixed = review.correct(
        session, evidence_id=evidence_id, stance=stance, country_code=code, editor=editor, note=note
    )
    if fixed is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"There is no finding {evidence_id}.")
    url = request.app.url_path_for("review_queue") + (f"?document={document}" if document else "")
    return RedirectResponse(url, status.HTTP_303_SEE_OTHER)


# --- Adding an article -------------------------------------------------------------------------


@router.get("/documents/new", name="document_new")
def document_new(request: Request) -> HTMLResponse:
    return _render_upload(request, values={}, error=None)


@router.post("/documents/new", name="document_create")
def document_create(
    request: Request,
    session: SessionDep,
    text: Annotated[str, Form()] = "",
    file: UploadFile | None = None,
    outlet: Annotated[str, Form(max_length=255)] = "",
    title: Annotated[str, Form(max_length=500)] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
    published: Annotated[str, Form()] = "",
) -> Response:
    values = {"text": text, "outlet": outlet, "title": title, "url": url, "published": published}
    max_bytes = request.app.state.settings.max_document_bytes
    try:
        facts = SourceFacts.model_validate(
            {"outlet": outlet.strip() or None, "title": title.strip() or None,
             "url": url.strip() or None, "published": published.strip() or None}
        )  # fmt: skip
    except ValidationError:
        return _render_upload(request, values=values, error="Give the date as YYYY-MM-DD.")
    if file is not None and file.filename:
        raw = file.file.read(max_bytes + 1)
        name = file.filename
    elif text.strip():
        raw, name = text.encode("utf-8"), "pasted.txt"
    else:
        return _render_upload(request, values=values, error="Paste the article or choose a file.")
    result = ingest.ingest_bytes(session, name=name, raw=raw, facts=facts, max_bytes=max_bytes)
    if result.outcome is ingest.Outcome.rejected:
        return _render_upload(
            request, values=values, error=f"This file cannot be added: it is {result.reason}."
        )
    if result.outcome is ingest.Outcome.present:
        return _render_upload(
            request,
            values=values,
            error="This article is already stored.",
            existing=result.document_id,
            status_code=status.HTTP_409_CONFLICT,
        )
    url_next = request.app.url_path_for("review_queue") + f"?document={result.document_id}"
    return RedirectResponse(url_next, status.HTTP_303_SEE_OTHER)


def _render_upload(
    request: Request,
    *,
    values: dict[str, str],
    error: str | None,
    existing: int | None = None,
    status_code: int = status.HTTP_422_UNPROCESSABLE_CONTENT,
) -> HTMLResponse:
    code = status.HTTP_200_OK if error is None else status_code
    context = {"values": values, "error": error, "existing": existing}
    return templates.TemplateResponse(request, "admin/document_new.html", context, status_code=code)
