"""The htmx protocol in one place: every HX-* header name the app reads lives in this file."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from app.templating import templates


def wants_fragment(request: Request) -> bool:
    """True for an htmx swap into part of a page; False for navigation, boosts and restores."""
    headers = request.headers
    return (
        headers.get("HX-Request") == "true"
        and headers.get("HX-Request-Type") != "full"
        and headers.get("HX-History-Restore-Request") != "true"
    )


def page_or_fragment(
    request: Request,
    *,
    page: str,
    fragment: str,
    context: dict[str, Any],
    status_code: int = 200,
) -> HTMLResponse:
    """The whole page, or only its fragment when htmx asks for a partial swap."""
    name = fragment if wants_fragment(request) else page
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    response.headers["Vary"] = "HX-Request"
    return response


def render_error(request: Request, *, status_code: int, message: str) -> HTMLResponse:
    """A friendly error page, or just its message box under htmx."""
    return page_or_fragment(
        request,
        page="error.html",
        fragment="_error.html",
        context={"status_code": status_code, "message": message},
        status_code=status_code,
    )
