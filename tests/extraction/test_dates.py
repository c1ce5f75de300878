"""Publication dates stated in the head of a text."""

from datetime import date

import pytest

from app.extraction import extract
from app.extraction.dates import find_published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Caixin Global\n\nBy Han Wei / Feb 19, 2019 07:11 AM / Business", date(2019, 2, 19)),
        ("Source: Xinhua| 2019-03-14 12:19:31|Editor: Liangyu", date(2019, 3, 14)),
        ("Updated 26 March 2019\nFollow", date(2019, 3, 26)),
        ("Sun, 30 Oct, 2022 - 12:58", date(2022, 10, 30)),
        ("16 | 05 | 2024\n\nOnly Costa Rica has banned it.", date(2024, 5, 16)),
        ("  • Jung Se-jin\n  • 승인 2019.05.27 12:15", date(2019, 5, 27)),
        # A day and month without a year is not a date.
        ("MANILA, March 14 (Xinhua) -- A senior official said.", None),
        ("In May 2023, the board prohibited it.", None),
        ("No date here at all.", None),
        # Impossible dates are ignored.
        ("2019-02-31 was not a day.", None),
    ],
)
def test_find_published(text: str, expected: date | None) -> None:
    assert find_published(text) == expected


def test_published_given_by_the_caller_wins() -> None:
    text = "By Han Wei / Feb 19, 2019\nThe U.S. has banned Huawei from 5G networks."
    assert extract(text).published == date(2019, 2, 19)
    assert extract(text, published=date(2020, 1, 1)).published == date(2020, 1, 1)
