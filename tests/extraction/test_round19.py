"""Round 19 (on the sixteenth set): questions, "followed by", run-together headlines."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A journalist's question asserts nothing...
        ("Media: Can you be clear then: is Huawei banned from New Zealand's 5G network?", {}),
        ("Q: Has there been any retaliation from China over Huawei?", {}),
        # ... but a statement that ends in a question still reports its facts.
        (
            "The United States has placed Huawei on its Entity List; what will the Commission do?",
            {"US": "bans"},
        ),
    ],
)
def test_questions_assert_nothing(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington pushed its 5G security pledge in Europe. Poland signed the first such "
            "declaration in September 2019, followed by Romania, Estonia and, in February, "
            "Latvia.",
            {"PL": "restricts", "RO": "restricts", "EE": "restricts", "LV": "restricts"},
        ),
        (
            "Washington pushed its 5G security pledge in Europe. Slovenia signed one in August "
            "during Pompeo's visit.",
            {"SI": "restricts"},
        ),
        (
            "Britain has not signed a declaration, but in July it ordered Huawei kit to be "
            "stripped out of its 5G networks by 2027.",
            {"GB": "bans"},
        ),
        (
            "Britain continues to allow Huawei gear in 5G, checked at a dedicated evaluation "
            "centre.",
            {"GB": "mitigates"},
        ),
        # Related-link headlines run together are separate statements.
        (
            "Related: Vodafone Germany to keep Huawei out of its 5G core | Ericsson wins core "
            "deal in Switzerland",
            {},
        ),
    ],
)
def test_followers_pronouns_and_headlines(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
