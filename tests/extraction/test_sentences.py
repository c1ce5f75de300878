"""Sentence splitting: offsets exact, robust to headlines, abbreviations and captions."""

import pytest

from app.extraction.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain banned Huawei. Germany did not.", ["Britain banned Huawei.", "Germany did not."]),
        # A headline without a full stop ends at the line break.
        (
            "Malaysia backs Huawei\nThe prime minister spoke on Friday.",
            ["Malaysia backs Huawei", "The prime minister spoke on Friday."],
        ),
        # "U.S." inside a sentence is not an end ...
        (
            "The U.S. Department of Commerce acted. It said so.",
            ["The U.S. Department of Commerce acted.", "It said so."],
        ),
        # ... but it is when a new sentence plainly starts after it.
        (
            "Huawei was blacklisted by the U.S. The company denied wrongdoing.",
            ["Huawei was blacklisted by the U.S.", "The company denied wrongdoing."],
        ),
        ("Mr. Little said no decision was due.", ["Mr. Little said no decision was due."]),
        ("K. Vijay Raghavan heads the panel.", ["K. Vijay Raghavan heads the panel."]),
        # A closing quotation mark stays with its sentence.
        ("“We are open.” He smiled.", ["“We are open.”", "He smiled."]),
        # Bullets and blank lines are not part of any sentence.
        (
            "  • Washington warned allies\n\n\nOttawa is reviewing.",
            ["Washington warned allies", "Ottawa is reviewing."],
        ),
        # A photo credit stays with its caption.
        (
            "Abe speaks in Brussels on Thursday. Photo: AFP",
            ["Abe speaks in Brussels on Thursday. Photo: AFP"],
        ),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
