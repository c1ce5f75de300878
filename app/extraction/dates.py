"""The publication date a document states about itself, if any.

Only the head of the text is searched (bylines, datelines and timestamps sit there), and only
full dates count: "March 14 (Xinhua)" names no year, and a year alone is not a date.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    # 2019-03-14, 2019/03/14, 2019.05.27 (timestamps)
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    # Feb 19, 2019 / February 19 2019
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.IGNORECASE),
    # 26 March 2019 / 30 Oct, 2022
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    # 16 | 05 | 2024 (day | month | year, as some European sites print it)
    re.compile(
        r"(?<!\d)(?P<day>\d{1,2})\s*\|\s*(?P<mnum>\d{1,2})\s*\|\s*(?P<year>(?:19|20)\d\d)\b"
    ),
]
# Bylines, datelines and timestamps are near the top.
_HEAD = 700


def find_published(text: str) -> date | None:
    """The first full date in the head of ``text``, or None."""
    head = text[:_HEAD]
    best: tuple[int, date] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(head):
            found = _to_date(match)
            if found is not None and (best is None or match.start() < best[0]):
                best = (match.start(), found)
            break
    return best[1] if best else None


def _to_date(match: re.Match[str]) -> date | None:
    parts = match.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"].lower()]
    try:
        return date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None
