"""The country table: positions aggregated from evidence, and the queries that show them.

Aggregation: each document gives one verdict per country (the extraction's `decide`, run on
the evidence no person has rejected); the verdict of the latest-dated document wins, and its
date is the position's `as_of`. A position a person has edited is never changed by the
machine; when new evidence disagrees with it, it is flagged for review instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from app import countries
from app.extraction.types import Claim, Verdict
from app.extraction.verdict import decide
from app.models import (
    Country,
    Document,
    Evidence,
    Position,
    PositionStatus,
    ReviewState,
    Stance,
    as_utc,
    utcnow,
)
from app.schemas import (
    CountryPublic,
    EvidenceDetail,
    PositionSummary,
    SortKey,
    TableFilters,
    TimelineEntry,
)


@dataclass(frozen=True)
class DocumentVerdict:
    """One document's verdict on one country."""

    document: Document
    verdict: Verdict

    @property
    def sort_key(self) -> tuple[date, float, int]:
        # Latest date first; an undated document counts as older than any dated one.
        return (self.document.published or date.min, self.verdict.confidence, self.document.id or 0)


def claim_key(claim: Claim | Evidence) -> tuple[str, int, int, str]:
    """What identifies a claim within its document (to find the stored row a verdict cites)."""
    return (claim.country_code, claim.start, claim.end, claim.stance.value)


def claim_of(evidence: Evidence) -> Claim:
    """A stored evidence row as the extraction's Claim, so that `decide` can run on it again."""
    return Claim(
        country_code=evidence.country_code,
        stance=evidence.stance,
        quote=evidence.quote,
        start=evidence.start,
        end=evidence.end,
        speaker=evidence.speaker,
        confidence=evidence.confidence,
        rule=evidence.rule,
    )


def document_verdicts(session: Session, *, country_code: str) -> list[DocumentVerdict]:
    """Every document's verdict on a country, newest first."""
    rows = session.exec(
        select(Evidence, Document)
        .join(Document, col(Evidence.document_id) == col(Document.id))
        .where(Evidence.country_code == country_code)
        .where(Evidence.review != ReviewState.rejected)
    ).all()
    by_document: dict[int, tuple[Document, list[Evidence]]] = {}
    for evidence, document in rows:
        assert document.id is not None  # noqa: S101 - loaded from the database
        by_document.setdefault(document.id, (document, []))[1].append(evidence)
    verdicts = [
        DocumentVerdict(document, verdict)
        for document, evidence in by_document.values()
        for verdict in decide(claim_of(item) for item in evidence)
        if verdict.country_code == country_code
    ]
    return sorted(verdicts, key=lambda item: item.sort_key, reverse=True)


def refresh(session: Session, *, country_codes: Iterable[str]) -> None:
    """Recompute the positions of these countries from their evidence (no commit)."""
    for code in country_codes:
        _refresh_one(session, code)
    session.flush()


def _refresh_one(session: Session, code: str) -> None:
    verdicts = document_verdicts(session, country_code=code)
    position = session.exec(select(Position).where(Position.country_code == code)).first()
    if not verdicts:
        if position is not None and position.status is not PositionStatus.edited:
            session.delete(position)
        return
    latest = verdicts[0]
    if position is None:
        position = Position(
            country_code=code, stance=latest.verdict.stance, confidence=0, source_count=0
        )
    if position.status is PositionStatus.edited:
        # A person decided; the machine may only ask them to look again, when a document
        # that arrived after their decision disagrees with it.
        edited_at = as_utc(position.updated_at)
        position.needs_review = position.needs_review or any(
            as_utc(item.document.created_at) > edited_at and item.verdict.stance != position.stance
            for item in verdicts
        )
    else:
        if position.id is not None and position.stance != latest.verdict.stance:
            position.status = PositionStatus.extracted  # a person accepted another stance
        position.stance = latest.verdict.stance
        position.as_of = latest.document.published
        position.confidence = round(latest.verdict.confidence, 3)
        position.updated_at = utcnow()
    position.source_count = sum(1 for item in verdicts if item.verdict.stance == position.stance)
    session.add(position)


def count_sources(session: Session, *, position: Position) -> None:
    """Set how many documents support the position's stance (after a person changed it)."""
    verdicts = document_verdicts(session, country_code=position.country_code)
    position.source_count = sum(1 for item in verdicts if item.verdict.stance == position.stance)
    session.add(position)


@dataclass(frozen=True)
class TableRow:
    """One row of the country table."""

    code: str
    name: str
    position: Position
    latest_quote: str | None

    @property
    def flag_path(self) -> str:
        return countries.flag_path(self.code)


@dataclass(frozen=True)
class TablePage:
    """The country table: matching rows, and counts over every position for the summary strip."""

    rows: list[TableRow]
    total: int
    stance_counts: dict[Stance, int]
    blocs: list[countries.Bloc]


def table_page(session: Session, *, filters: TableFilters) -> TablePage:
    """The countries with a position that match the filters, in the requested order."""
    rows = session.exec(
        select(Position, Country).join(Country, col(Position.country_code) == col(Country.code))
    ).all()
    latest_quotes = _latest_quotes(session, [position.country_code for position, _ in rows])
    table = [
        TableRow(country.code, country.name, position, latest_quotes.get(country.code))
        for position, country in rows
    ]
    counts = dict.fromkeys(Stance, 0)
    for row in table:
        counts[row.position.stance] += 1
    matching = [row for row in table if _matches(row, filters)]
    return TablePage(
        rows=_sorted(matching, filters),
        total=len(table),
        stance_counts=counts,
        blocs=list(countries.blocs().values()),
    )


def _matches(row: TableRow, filters: TableFilters) -> bool:
    if filters.stance and row.position.stance not in filters.stance:
        return False
    if filters.bloc and row.code not in countries.blocs()[filters.bloc].members:
        return False
    needle = filters.q.strip().casefold()
    if not needle:
        return True
    haystack = [row.name, row.code, row.latest_quote or ""]
    return any(needle in text.casefold() for text in haystack)


def _sorted(rows: list[TableRow], filters: TableFilters) -> list[TableRow]:
    # Always by name first, so that equal keys keep a stable, readable order.
    rows = sorted(rows, key=lambda row: row.name)
    keys: dict[SortKey, Callable[[TableRow], Any]] = {
        SortKey.country: lambda row: row.name,
        SortKey.stance: lambda row: list(Stance).index(row.position.stance),
        SortKey.as_of: lambda row: row.position.as_of or date.min,
        SortKey.sources: lambda row: row.position.source_count,
        SortKey.confidence: lambda row: row.position.confidence,
        SortKey.status: lambda row: (row.position.status.value, row.position.needs_review),
    }
    return sorted(rows, key=keys[filters.sort_key], reverse=filters.descending)


def _latest_quotes(session: Session, codes: Sequence[str]) -> dict[str, str]:
    """The quote of each country's newest evidence that agrees with its position."""
    rows = session.exec(
        select(Evidence.country_code, Evidence.quote, Evidence.stance, Position.stance)
        .join(Document, col(Evidence.document_id) == col(Document.id))
        .join(Position, col(Position.country_code) == col(Evidence.country_code))
        .where(col(Evidence.country_code).in_(codes))
        .where(Evidence.review != ReviewState.rejected)
        .order_by(col(Document.published).desc().nulls_last(), col(Evidence.confidence).desc())
    ).all()
    quotes: dict[str, str] = {}
    for code, quote, stance, position_stance in rows:
        if stance == position_stance:
            quotes.setdefault(code, quote)
    return quotes


@dataclass(frozen=True)
class EvidenceItem:
    """A quote with what a reader needs to judge it."""

    evidence: Evidence
    document: Document


@dataclass(frozen=True)
class TimelineItem:
    """A document's verdict in the timeline; `changed` when it differs from the one before it."""

    entry: DocumentVerdict
    changed: bool


@dataclass(frozen=True)
class CountryPage:
    country: Country
    position: Position | None
    verdicts: list[DocumentVerdict]
    evidence: list[EvidenceItem]

    @property
    def timeline(self) -> list[TimelineItem]:
        """The verdicts newest first, each flagged when the stance changed at that point."""
        items = []
        for index, entry in enumerate(self.verdicts):
            older = self.verdicts[index + 1] if index + 1 < len(self.verdicts) else None
            changed = older is not None and older.verdict.stance != entry.verdict.stance
            items.append(TimelineItem(entry, changed))
        return items

    @property
    def blocs(self) -> list[countries.Bloc]:
        return countries.blocs_of(self.country.code)


def country_page(session: Session, *, country: Country) -> CountryPage:
    """A country's position, its per-document verdicts (newest first) and every quote."""
    position = session.exec(select(Position).where(Position.country_code == country.code)).first()
    rows = session.exec(
        select(Evidence, Document)
        .join(Document, col(Evidence.document_id) == col(Document.id))
        .where(Evidence.country_code == country.code)
        .where(Evidence.review != ReviewState.rejected)
        .order_by(col(Document.published).desc().nulls_last(), col(Evidence.start))
    ).all()
    return CountryPage(
        country=country,
        position=position,
        verdicts=document_verdicts(session, country_code=country.code),
        evidence=[EvidenceItem(evidence, document) for evidence, document in rows],
    )


def all_positions(session: Session) -> list[tuple[Position, Country]]:
    """Every position with its country, by country code."""
    return list(
        session.exec(
            select(Position, Country)
            .join(Country, col(Position.country_code) == col(Country.code))
            .order_by(col(Position.country_code))
        ).all()
    )


def evidence_detail(evidence: Evidence, document: Document) -> EvidenceDetail:
    """One quote for the API, with the link to its mark on the document page."""
    assert evidence.id is not None and document.id is not None  # noqa: S101 - stored rows
    return EvidenceDetail(
        id=evidence.id,
        document_id=document.id,
        document=document.name,
        stance=evidence.stance,
        quote=evidence.quote,
        start=evidence.start,
        end=evidence.end,
        speaker=evidence.speaker,
        confidence=evidence.confidence,
        published=document.published,
        url=f"/documents/{document.id}#evidence-{evidence.id}",
    )


def country_api(session: Session, *, country: Country) -> CountryPublic:
    """A country's page as JSON: position, timeline (newest first) and every quote."""
    page = country_page(session, country=country)
    position = page.position
    return CountryPublic(
        code=country.code,
        name=country.name,
        blocs=[bloc.slug for bloc in countries.blocs_of(country.code)],
        position=None
        if position is None
        else PositionSummary(
            stance=position.stance,
            as_of=position.as_of,
            confidence=position.confidence,
            source_count=position.source_count,
            status=position.status,
            needs_review=position.needs_review,
            summary=position.summary,
        ),
        timeline=[
            TimelineEntry(
                document_id=item.document.id or 0,
                document=item.document.name,
                published=item.document.published,
                stance=item.verdict.stance,
                confidence=item.verdict.confidence,
            )
            for item in page.verdicts
        ],
        evidence=[evidence_detail(item.evidence, item.document) for item in page.evidence],
    )
