"""The typed findings the extraction hands to the rest of the app.

Every span is a pair of character offsets into the stored document text, so that
``text[start:end]`` is exactly the quoted string.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Stance(StrEnum):
    """A government's position on Huawei in its 5G networks, from hostile to friendly."""

    bans = "bans"
    restricts = "restricts"
    mitigates = "mitigates"
    debating = "debating"
    embraces = "embraces"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A place in the text that stands for a country's government (or the EU)."""

    code: str
    start: int
    end: int
    surface: str
    # How the country is named: "name", "demonym", "capital", "institution", "person",
    # "anaphor" (e.g. "the government", resolved to the country under discussion) or
    # "speaker" (a first-person pronoun inside an official's quote).
    kind: str = "name"


@dataclass(frozen=True)
class Quote:
    """A verbatim quotation and, where the text names one, who said it."""

    start: int
    end: int
    text: str
    speaker: str | None
    # Attributed to "he"/"she" with nobody named before: the speaker is the official last
    # introduced without a name ("Hungary's foreign minister ... 'We ...,' he said").
    pronoun: bool = False
    # Attributed to "it" ("..., it said in a statement"): a body, the government one named just
    # before ("China's embassy said it was puzzled. '...,' it said").
    institution: bool = False


@dataclass(frozen=True)
class Claim:
    """One piece of evidence: this text says this country takes this stance."""

    country_code: str
    stance: Stance
    quote: str
    start: int
    end: int
    speaker: str | None
    confidence: float
    rule: str = ""


@dataclass(frozen=True)
class Verdict:
    """The one stance per country that a single document supports, with its evidence."""

    country_code: str
    stance: Stance
    confidence: float
    evidence: tuple[Claim, ...]


@dataclass(frozen=True)
class DocumentFindings:
    """Everything the extraction finds in one document."""

    published: date | None
    claims: tuple[Claim, ...]
    verdicts: tuple[Verdict, ...]
