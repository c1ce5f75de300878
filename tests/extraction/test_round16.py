"""Round 16 (on the thirteenth set): China's and partners' praise, envoys, open questions."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The envoy's words are China's, even when they name the host country.
        (
            'The Chinese Ambassador to Ghana, Lu Kun, attended the signing. "Huawei is a '
            "trustworthy company that has made great contributions to Ghana's telecoms "
            'development," the envoy said.',
            {"CN": "embraces"},
        ),
        # "the embassy said" after a quotation: the embassy named before.
        (
            'The Chinese embassy in Oslo said it was concerned about the 5G rules. "We hope that '
            "Norway will provide an open, fair, just and non-discriminatory environment for "
            'Chinese companies, including Huawei," the embassy said in a statement.',
            {"CN": "embraces"},
        ),
        (
            "In Beijing, foreign ministry spokesman Wang Wenbin said China welcomed the Brazilian "
            "president's visit to Huawei and appreciated Brazil's open and fair attitude.",
            {"CN": "embraces"},
        ),
    ],
)
def test_china_speaking_through_envoys(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Huawei has been a good partner to Guyana, and we intend to continue working with '
            "them,\" Guyana's vice-president said of the 5G plans.",
            {"GY": "embraces"},
        ),
        (
            "Canada's review of Huawei, launched last year, has yet to produce a decision.",
            {"CA": "debating"},
        ),
        # A call for a ban from inside a party is pressure, not the government's act.
        (
            "Germany is still debating whether to exclude Huawei, with the chancellor resisting "
            "calls from within her own party for a ban.",
            {"DE": "debating"},
        ),
        # A carrier among several is no country's choice, even after "the first country to".
        (
            "South Korea was the first country to launch 5G, and LG Uplus was the only one of "
            "the three carriers to use Huawei for its radio network.",
            {},
        ),
    ],
)
def test_partners_questions_and_pressure(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
