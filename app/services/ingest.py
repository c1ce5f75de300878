"""Reading articles into the database: validate, store once, extract evidence, re-aggregate.

One document is one transaction: a rejected file leaves nothing behind and does not stop the
others. Documents are identified by the hash of their stored text, so ingesting the same
article twice (under any name) changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app import countries, extraction
from app.extraction.text import DocumentError, format_of, to_stored_text
from app.extraction.types import Claim
from app.models import Country, Document, Evidence, ReviewDecision, ReviewState
from app.schemas import SourceFacts
from app.services import positions

logger = logging.getLogger(__name__)

SOURCES_FILE = "sources.json"
# Files a folder may hold beside its articles; they are never articles themselves.
NOT_ARTICLES = {SOURCES_FILE, "expected.json"}
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


class Outcome(StrEnum):
    stored = "stored"
    present = "already present"
    rejected = "rejected"
    skipped = "skipped"


@dataclass(frozen=True)
class FileResult:
    """What happened to one input."""

    name: str
    outcome: Outcome
    reason: str | None = None
    document_id: int | None = None
    countries: tuple[str, ...] = ()


@dataclass
class IngestSummary:
    results: list[FileResult] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for result in self.results if result.outcome is outcome)

    @property
    def rejected(self) -> list[FileResult]:
        return [result for result in self.results if result.outcome is Outcome.rejected]


def has_documents(session: Session) -> bool:
    """True once any document is stored."""
    return session.exec(select(Document.id).limit(1)).first() is not None


def ingest_paths(session: Session, *, paths: Sequence[Path], max_bytes: int) -> IngestSummary:
    """Ingest files and folders (recursively), each document in its own transaction."""
    summary = IngestSummary()
    for path, explicit in _expand(paths):
        if not path.exists():
            summary.results.append(_rejected(path, "no such file or folder"))
            continue
        if not explicit and not _looks_like_article(path):
            summary.results.append(FileResult(str(path), Outcome.skipped, "not an article"))
            continue
        summary.results.append(ingest_file(session, path=path, max_bytes=max_bytes))
    return summary


def ingest_file(session: Session, *, path: Path, max_bytes: int) -> FileResult:
    """Ingest one file, with its facts from `sources.json` beside it when there is one."""
    try:
        facts = _facts_for(path)
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        raw = path.read_bytes()
    except DocumentError as error:
        return _rejected(path, str(error))
    except OSError as error:
        return _rejected(path, f"cannot be read ({error.strerror})")
    result = ingest_bytes(session, name=path.name, raw=raw, facts=facts, max_bytes=max_bytes)
    return FileResult(
        str(path), result.outcome, result.reason, result.document_id, result.countries
    )


def ingest_bytes(
    session: Session, *, name: str, raw: bytes, facts: SourceFacts, max_bytes: int
) -> FileResult:
    """Validate and store one document given as bytes (used by files and the upload form)."""
    try:
        if len(raw) > max_bytes:
            raise DocumentError(f"too large ({len(raw):,} bytes; the limit is {max_bytes:,})")
        stored = to_stored_text(raw, format_of(name))
    except DocumentError as error:
        return FileResult(name, Outcome.rejected, str(error))
    content_hash = hashlib.sha256(stored.text.encode("utf-8")).hexdigest()
    existing = _document_with_hash(session, content_hash)
    if existing is not None:
        return FileResult(name, Outcome.present, f"same text as {existing.name}", existing.id)
    document = Document(
        name=Path(name).name,
        content_hash=content_hash,
        text=stored.text,
        format=stored.format,
        outlet=facts.outlet,
        title=facts.title or stored.title,
        url=facts.url,
    )
    try:
        codes = _store(session, document=document, facts=facts)
    except IntegrityError:
        # Another process stored the same text between our check and our insert.
        session.rollback()
        existing = _document_with_hash(session, content_hash)
        existing_id = existing.id if existing is not None else None
        return FileResult(name, Outcome.present, "stored meanwhile", existing_id)
    except Exception:
        # A bug must not leave half a document behind or hide the other files' results.
        session.rollback()
        logger.exception("extraction or storage failed for %s", name)
        return FileResult(name, Outcome.rejected, "could not be processed (internal error, logged)")
    return FileResult(name, Outcome.stored, None, document.id, codes)


def _store(session: Session, *, document: Document, facts: SourceFacts) -> tuple[str, ...]:
    """Extract and write the document, its evidence and the affected positions: one commit."""
    findings = extraction.extract(document.text, published=facts.published, outlet=facts.outlet)
    document.published = findings.published
    if facts.published is not None:
        document.published_basis = "sources.json"
    elif findings.published is not None:
        document.published_basis = "text"
    session.add(document)
    session.flush()
    assert document.id is not None  # noqa: S101 - flushed above
    codes = sorted({claim.country_code for claim in findings.claims})
    _ensure_countries(session, codes)
    for claim in findings.claims:
        session.add(_evidence_row(document, claim))
    session.flush()
    positions.refresh(session, country_codes=codes)
    session.commit()
    return tuple(codes)


def _evidence_row(document: Document, claim: Claim) -> Evidence:
    assert document.id is not None  # noqa: S101 - a stored document
    return Evidence(
        document_id=document.id,
        country_code=claim.country_code,
        stance=claim.stance,
        quote=claim.quote,
        start=claim.start,
        end=claim.end,
        speaker=claim.speaker,
        confidence=claim.confidence,
        rule=claim.rule,
    )


def _ensure_countries(session: Session, codes: Iterable[str]) -> None:
    for code in codes:
        if session.get(Country, code) is None:
            session.add(Country(code=code, name=countries.name_of(code)))
    session.flush()


def _document_with_hash(session: Session, content_hash: str) -> Document | None:
    return session.exec(select(Document).where(Document.content_hash == content_hash)).first()


def _expand(paths: Sequence[Path]) -> Iterable[tuple[Path, bool]]:
    """Each input file, and each file under an input folder; True for files named directly."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.name not in NOT_ARTICLES:
                    yield child, False
        else:
            yield path, True


def _looks_like_article(path: Path) -> bool:
    """In a folder, articles are the readable files that are not the folder's own README."""
    return path.suffix.lower() in ARTICLE_SUFFIXES and path.stem.upper() != "README"


def _facts_for(path: Path) -> SourceFacts:
    """The file's entry in the `sources.json` beside it; empty facts when there is none."""
    sources_path = path.parent / SOURCES_FILE
    if not sources_path.is_file():
        return SourceFacts()
    try:
        sources = json.loads(sources_path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DocumentError(f"{sources_path} is not valid JSON ({error})") from None
    if not isinstance(sources, dict):
        raise DocumentError(f"{sources_path} must hold an object keyed by file name")
    entry = sources.get(path.name)
    if entry is None:
        return SourceFacts()
    try:
        return SourceFacts.model_validate(entry)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'entry'}: {e['msg']}" for e in error.errors()
        )
        raise DocumentError(f"its entry in {sources_path} is invalid ({problems})") from None


def _rejected(path: Path, reason: str) -> FileResult:
    return FileResult(str(path), Outcome.rejected, reason)


@dataclass
class ReextractSummary:
    documents: int = 0
    added: int = 0
    removed: int = 0
    kept: int = 0


def reextract(session: Session) -> ReextractSummary:
    """Run the current extraction again on every stored document, one transaction each.

    Machine findings nobody has judged are replaced by the new ones. A finding a person
    accepted, rejected or corrected is never touched, never duplicated and never brought
    back; positions a person edited stay as they are (see positions.refresh).
    """
    summary = ReextractSummary()
    document_ids = session.exec(select(Document.id).order_by(col(Document.id))).all()
    for document_id in document_ids:
        document = session.get(Document, document_id)
        assert document is not None  # noqa: S101 - listed just above
        _reextract_one(session, document, summary)
        summary.documents += 1
    return summary


def _reextract_one(session: Session, document: Document, summary: ReextractSummary) -> None:
    keep_date = document.published_basis in ("sources.json", "form")
    findings = extraction.extract(
        document.text,
        published=document.published if keep_date else None,
        outlet=document.outlet,
    )
    rows = session.exec(select(Evidence).where(Evidence.document_id == document.id)).all()
    pending = {positions.claim_key(row): row for row in rows if row.review is ReviewState.pending}
    decided = {positions.claim_key(row) for row in rows if row.review is not ReviewState.pending}
    decided |= _original_keys_of_corrections(session, [row for row in rows if row.id is not None])
    found = {positions.claim_key(claim): claim for claim in findings.claims}
    touched = {row.country_code for row in rows} | {claim.country_code for claim in findings.claims}
    for key, row in pending.items():
        if key not in found:
            session.delete(row)
            summary.removed += 1
    _ensure_countries(session, sorted(touched))
    for key, claim in found.items():
        if key in pending:
            row = pending[key]
            row.confidence, row.speaker, row.rule = claim.confidence, claim.speaker, claim.rule
            session.add(row)
            summary.kept += 1
        elif key not in decided:
            session.add(_evidence_row(document, claim))
            summary.added += 1
    if not keep_date:
        document.published = findings.published
        document.published_basis = "text" if findings.published else None
        session.add(document)
    session.flush()
    positions.refresh(session, country_codes=sorted(touched))
    session.commit()


def _original_keys_of_corrections(
    session: Session, rows: list[Evidence]
) -> set[tuple[str, int, int, str]]:
    """What corrected findings looked like before a person fixed them (the machine's version)."""
    by_id = {row.id: row for row in rows}
    decisions = session.exec(
        select(ReviewDecision)
        .where(col(ReviewDecision.evidence_id).in_(list(by_id)))
        .where(ReviewDecision.action == "correct")
    ).all()
    keys = set()
    for decision in decisions:
        row = by_id[decision.evidence_id]
        keys.add((decision.before_country, row.start, row.end, decision.before_stance.value))
    return keys
