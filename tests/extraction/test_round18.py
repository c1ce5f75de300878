"""Round 18 (on the fifteenth set): Beijing speaking about Huawei, orders out, FCC designations."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Chinese body speaking about Huawei defends it, whatever its words.
        (
            "The Chinese embassy in Lusaka said the Huawei project was a purely commercial "
            "cooperation that would benefit the people.",
            {"CN": "embraces"},
        ),
        (
            "China's foreign ministry spokesman Zhao Lijian said Chinese companies including "
            "Huawei operate in line with local rules.",
            {"CN": "embraces"},
        ),
        # ... but not when it says nothing, nor when China is only a place in the sentence.
        (
            "Asked about the Huawei talks, a spokesman for China's embassy in Kabul said he had "
            "no information.",
            {},
        ),
        (
            "Huawei, which will build its first factory outside China in Alsace, said it hoped "
            "to keep working with French operators.",
            {},
        ),
    ],
)
def test_beijing_speaking_about_huawei(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unlike Britain and Sweden, which ordered Huawei out of their 5G networks in 2020, "
            "Spain has set no restrictions.",
            {"GB": "bans", "SE": "bans"},
        ),
        (
            "In 2020 the Federal Communications Commission designated Huawei and ZTE as national "
            "security threats.",
            {"US": "bans"},
        ),
        (
            "Costa Rica's new rules will, in practice, keep Chinese telecoms giant Huawei out of "
            "the country's next-generation mobile infrastructure.",
            {"CR": "bans"},
        ),
        # An agreement signed with China is no US declaration.
        (
            "Solomon Islands signed a security agreement with China in April.",
            {},
        ),
    ],
)
def test_orders_designations_and_agreements(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
