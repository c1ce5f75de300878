"""Quotations: exact spans and speakers, with pronouns and titles resolved."""

import pytest

from app.extraction.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We try to make use of their technology,” "
            "Malaysian Prime Minister Mahathir Mohamad said.",
            [("We try to make use of their technology,", "Mahathir Mohamad")],
        ),
        ('"No decision yet," said Goodale.', [("No decision yet,", "Goodale")]),
        (
            "Cabanlong said: “We cannot block Huawei.”",
            [("We cannot block Huawei.", "Cabanlong")],
        ),
        # Pronouns and bare titles stand for the last person named.
        (
            "“We are open,” Mahathir said. “We are too small,” the prime minister said. "
            "“Yes,” he added.",
            [("We are open,", "Mahathir"), ("We are too small,", "Mahathir"), ("Yes,", "Mahathir")],
        ),
        # A title introduced before the quote counts as named.
        (
            "Foreign Minister Peter Szijjarto spoke in Shanghai. "
            "“We reject discrimination,” he said.",
            [("We reject discrimination,", "Peter Szijjarto")],
        ),
        # Nobody named: no speaker.
        ("The so-called “Huawei law” passed.", [("Huawei law", None)]),
    ],
)
def test_find_quotes(text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = find_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == expected
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
