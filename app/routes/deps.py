"""Dependencies, each named once as an Annotated alias."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, status
from sqlmodel import Session

from app.db import get_session
from app.models import Country, Document

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
