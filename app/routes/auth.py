"""Signing in and out of the editors' area."""

from __future__ import annotations

import secrets
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app import security
from app.routes.deps import SessionDep, require_csrf
from app.services import users
from app.settings import Settings
from app.templating import templates

router = APIRouter(prefix="/admin", default_response_class=HTMLResponse, include_in_schema=False)

WRONG_CREDENTIALS = "Wrong name or password."


def safe_next(url: str | None) -> str:
    """Only paths on this site may be a post-login destination (no open redirects)."""
    if url and url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return url
    return "/admin"


@router.get("/login", name="login_form")
def login_form(request: Request, next: str = "/admin") -> HTMLResponse:  # noqa: A002 - the query name
    return templates.TemplateResponse(
        request, "admin/login.html", {"next": safe_next(next), "error": None, "name": ""}
    )


@router.post("/login", name="login", dependencies=[Depends(require_csrf)])
def login(
    request: Request,
    session: SessionDep,
    name: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    next: Annotated[str, Form()] = "/admin",  # noqa: A002 - the form field's name
) -> Response:
    settings: Settings = request.app.state.settings
    address = request.client.host if request.client else "unknown"
    context = {"next": safe_next(next), "name": name}
    try:
        result = users.sign_in(session, name=name.strip(), password=password, address=address)
    except users.TooManyFailures as refused:
        minutes = refused.retry_after // 60 + 1
        message = f"Too many failed sign-ins. Try again in {minutes} minutes."
        return templates.TemplateResponse(
            request,
            "admin/login.html",
            {**context, "error": message},
            status_code=status.HTTP_429_TOO_MANY_REQUESTS,
            headers={"Retry-After": str(refused.retry_after)},
        )
    if result.user is None:
        if settings.login_slowdown and result.delay:
            time.sleep(result.delay)  # each further guess costs more time
        return templates.TemplateResponse(
            request,
            "admin/login.html",
            {**context, "error": WRONG_CREDENTIALS},
            status_code=status.HTTP_401_UNAUTHORIZED,
        )
    key = users.start_session(session, user=result.user)
    response = RedirectResponse(safe_next(next), status_code=status.HTTP_303_SEE_OTHER)
    secure = settings.https_only or request.url.scheme == "https"
    max_age = settings.session_idle_minutes * 60 * 24  # the server-side idle timeout is shorter
    cookie = security.cookie_header(
        security.SESSION_COOKIE, security.sign(settings.secret, key), secure=secure, max_age=max_age
    )
    response.raw_headers.append((b"set-cookie", cookie))
    # A new CSRF key at sign-in, so that a token planted before it is worthless after it.
    request.state.csrf_key = secrets.token_urlsafe(32)
    return response


@router.post("/logout", name="logout", dependencies=[Depends(require_csrf)])
def logout(request: Request, session: SessionDep) -> Response:
    settings: Settings = request.app.state.settings
    key = security.unsign(settings.secret, request.cookies.get(security.SESSION_COOKIE))
    if key is not None:
        users.end_session(session, key=key)
    response = RedirectResponse("/", status_code=status.HTTP_303_SEE_OTHER)
    response.delete_cookie(security.SESSION_COOKIE, path="/")
    return response
