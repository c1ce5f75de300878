"""Timelines and factboxes: dated items, of which a country's latest one holds its position.

"BRAZIL / * Nov. 2020 - ... supports the Clean Network / * April 2023 - ... no prejudice":
the document reports Brazil's position as the latest item, so earlier items' claims for the
same country give way (claims outside dated items are left alone).
"""

from __future__ import annotations

import re

from app.extraction.types import Claim

_MONTHS = (
    "jan feb mar apr may jun jul aug sep oct nov dec".split()  # first three letters suffice
)
# An item opening with its date: "* Nov. 2020 - ", "- June 2019: ", "2022 - ", "March 2021 –".
_DATED_ITEM = re.compile(
    r"^[ \t]*(?:[*•·\-–—][ \t]+)?(?:(?P<month>[A-Z][a-z]{2,8})\.?[ \t]+)?(?:\d{1,2},?[ \t]+)?"
    r"(?P<year>(?:19|20)\d\d)[ \t]*(?:[-–—:][ \t]|,[ \t])",
    re.MULTILINE,
)


def item_date(text: str, at: int) -> tuple[int, int] | None:
    """(year, month) of the dated item whose line holds offset ``at``; None outside items."""
    line_start = text.rfind("\n", 0, at) + 1
    match = _DATED_ITEM.match(text, line_start)
    if match is None:
        return None
    month_name = (match.group("month") or "").lower()[:3]
    month = _MONTHS.index(month_name) + 1 if month_name in _MONTHS else 0
    if match.group("month") and not month:
        return None  # "Section 2019 - ..." is no date
    return int(match.group("year")), month


def latest_items_only(text: str, claims: list[Claim]) -> list[Claim]:
    """Drop a country's claims from dated items older than its latest dated item."""
    dates = {id(claim): item_date(text, claim.start) for claim in claims}
    latest: dict[str, tuple[int, int]] = {}
    for claim in claims:
        when = dates[id(claim)]
        if when is not None and when > latest.get(claim.country_code, (0, 0)):
            latest[claim.country_code] = when
    return [
        claim
        for claim in claims
        if (when := dates[id(claim)]) is None or when >= latest[claim.country_code]
    ]
