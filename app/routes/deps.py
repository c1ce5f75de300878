"""Dependencies, each named once as an Annotated alias."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from sqlmodel import Session

from app import countries, security
from app.db import get_session
from app.models import Country, Document, User
from app.services import users
from app.settings import Settings

SessionDep = Annotated[Session, Depends(get_session)]


def country_or_404(code: str, session: SessionDep) -> Country:
    country = session.get(Country, code.upper())
    if country is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"We have no position for the country code {code!r}."
        )
    return country


def document_or_404(document_id: int, session: SessionDep) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"There is no document number {document_id}."
        )
    return document


CountryDep = Annotated[Country, Depends(country_or_404)]
DocumentDep = Annotated[Document, Depends(document_or_404)]


# --- Signed-in editors ------------------------------------------------------------------------


class LoginRequired(Exception):
    """Raised for /admin requests without a valid session; main.py turns it into a response."""

    def __init__(self, next_url: str) -> None:
        super().__init__("sign in first")
        self.next_url = next_url


def optional_editor(request: Request, session: SessionDep) -> User | None:
    """The signed-in editor, or None (public pages show editing links only to editors)."""
    settings: Settings = request.app.state.settings
    key = security.unsign(settings.secret, request.cookies.get(security.SESSION_COOKIE))
    if key is None:
        return None
    idle = timedelta(minutes=settings.session_idle_minutes)
    user = users.user_for_session(session, key=key, idle_timeout=idle)
    request.state.editor = user
    return user


def require_admin(
    request: Request, editor: Annotated[User | None, Depends(optional_editor)]
) -> User:
    if editor is None:
        query = f"?{request.url.query}" if request.url.query else ""
        raise LoginRequired(request.url.path + query)
    return editor


CurrentAdmin = Annotated[User, Depends(require_admin)]
OptionalEditor = Annotated[User | None, Depends(optional_editor)]


async def require_csrf(request: Request) -> None:
    """Refuse a state-changing request that does not carry this browser's CSRF token."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    token = request.headers.get(security.CSRF_HEADER)
    if token is None:
        form = await request.form()
        field = form.get(security.CSRF_FIELD)
        token = field if isinstance(field, str) else None
    secret = request.app.state.settings.secret
    if not security.csrf_token_valid(secret, request.state.csrf_key, token):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "This form has expired or did not come from this site. Reload the page and try again.",
        )


def country_to_edit(code: str, session: SessionDep) -> Country:
    """Any country the contract knows, stored or not yet (an editor may add a position)."""
    code = code.upper()
    country = session.get(Country, code)
    if country is not None:
        return country
    if not countries.is_valid_code(code):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"{code!r} is not a country code we know.")
    return Country(code=code, name=countries.name_of(code))


EditableCountryDep = Annotated[Country, Depends(country_to_edit)]
