"""Shapes that are not tables: document facts, export files and API responses."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from app import countries
from app.models import PositionStatus, Stance


class SourceFacts(BaseModel):
    """Publication facts for one document, as in a folder's `sources.json`."""

    model_config = ConfigDict(extra="allow")

    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _iso_date_only(cls, value: object) -> object:
        # The contract says YYYY-MM-DD; refuse "Feb 19" or a timestamp rather than guess.
        if isinstance(value, str) and len(value) != 10:
            raise ValueError("must be a date written YYYY-MM-DD")
        return value


class EvidencePublic(BaseModel):
    document: str
    stance: Stance
    quote: str
    start: int
    end: int
    speaker: str | None


class PositionPublic(BaseModel):
    country_code: str
    country: str
    stance: Stance
    as_of: date | None
    confidence: float
    source_count: int
    status: PositionStatus
    evidence: list[EvidencePublic]


class ExportFile(BaseModel):
    generated_at: datetime
    positions: list[PositionPublic]


class DocumentPositionPublic(BaseModel):
    country_code: str
    stance: Stance
    evidence: list[EvidencePublic]


class DocumentExport(BaseModel):
    document: str
    published: date | None
    positions: list[DocumentPositionPublic]


class ByDocumentExport(BaseModel):
    documents: list[DocumentExport]


class SortKey(StrEnum):
    country = "country"
    stance = "stance"
    as_of = "as_of"
    sources = "sources"
    confidence = "confidence"
    status = "status"


class TableFilters(BaseModel):
    """The country table's query string: `?stance=bans&stance=restricts&q=uk&sort=-as_of`."""

    model_config = ConfigDict(extra="ignore")

    stance: list[Stance] = []
    q: str = Field(default="", max_length=100)
    bloc: str = Field(default="", max_length=20)
    sort: str = "country"

    @field_validator("bloc")
    @classmethod
    def _known_bloc(cls, value: str) -> str:
        value = value.strip().lower()
        if value and value not in countries.blocs():
            allowed = ", ".join(countries.blocs())
            raise ValueError(f"unknown bloc {value!r}; choose one of {allowed}")
        return value

    @field_validator("sort")
    @classmethod
    def _known_sort(cls, value: str) -> str:
        if value.removeprefix("-") not in SortKey.__members__:
            allowed = ", ".join(SortKey.__members__)
            raise ValueError(f"sort must be one of {allowed} (prefix '-' for descending)")
        return value

    @property
    def sort_key(self) -> SortKey:
        return SortKey(self.sort.removeprefix("-"))

    @property
    def descending(self) -> bool:
        return self.sort.startswith("-")

    def query(self, **changes: str | list[str]) -> str:
        """This filter's query string with some values changed (empty values left out)."""
        values: dict[str, str | list[str]] = {
            "q": self.q,
            "stance": [stance.value for stance in self.stance],
            "bloc": self.bloc,
            "sort": self.sort,
            **changes,
        }
        if values["sort"] == "country":
            values["sort"] = ""
        pairs = [
            (name, item)
            for name, value in values.items()
            for item in (value if isinstance(value, list) else [value])
            if item
        ]
        return "?" + urlencode(pairs) if pairs else "?"

    def sort_query(self, key: str) -> str:
        """The query that sorts by `key`, flipping the direction if it is the current key."""
        descending = self.sort_key.value == key and not self.descending
        return self.query(sort=f"-{key}" if descending else key)


class EvidenceDetail(BaseModel):
    """A quote as the API shows it, with where to read it in context."""

    id: int
    document_id: int
    document: str
    stance: Stance
    quote: str
    start: int
    end: int
    speaker: str | None
    confidence: float
    published: date | None
    url: str


class TimelineEntry(BaseModel):
    document_id: int
    document: str
    published: date | None
    stance: Stance
    confidence: float


class PositionSummary(BaseModel):
    stance: Stance
    as_of: date | None
    confidence: float
    source_count: int
    status: PositionStatus
    needs_review: bool
    summary: str | None


class CountryPublic(BaseModel):
    code: str
    name: str
    blocs: list[str]
    position: PositionSummary | None
    timeline: list[TimelineEntry]
    evidence: list[EvidenceDetail]


class DocumentVerdictPublic(BaseModel):
    country_code: str
    stance: Stance
    confidence: float
    evidence_ids: list[int]


class DocumentPublic(BaseModel):
    id: int
    name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None
    text: str
    positions: list[DocumentVerdictPublic]
    evidence: list[EvidenceDetail]


class PositionForm(BaseModel):
    """What an editor submits to set a country's position."""

    stance: Stance
    as_of: date | None = None
    summary: str = Field(default="", max_length=2000)
    reason: str = Field(min_length=3, max_length=1000)
    version: int = Field(ge=0)

    @field_validator("summary", "reason", mode="before")
    @classmethod
    def _strip(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value

    @field_validator("as_of")
    @classmethod
    def _not_in_future(cls, value: date | None) -> date | None:
        if value is not None and value > date.today():
            raise ValueError("The date cannot be in the future.")
        return value

    @field_validator("as_of", mode="before")
    @classmethod
    def _empty_date(cls, value: object) -> object:
        return None if value == "" else value


def form_errors(error: ValidationError) -> dict[str, str]:
    """Pydantic's errors as one plain message per field, for showing next to the inputs."""
    messages: dict[str, str] = {}
    for item in error.errors():
        field = str(item["loc"][0]) if item["loc"] else "form"
        message = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "missing" or (item["type"] == "string_too_short" and field == "reason"):
            message = "Required: say why, for the record." if field == "reason" else "Required."
        elif item["type"] == "enum":
            message = "Choose one of the five stances."
        elif item["type"].startswith("date"):
            message = "Give a date as YYYY-MM-DD."
        messages.setdefault(field, message)
    return messages
