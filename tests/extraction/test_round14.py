"""Round 14 (on the eleventh set): general mechanisms, each with paraphrases and a negative."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a country asks of others, then what it did itself.
        (
            "The United States has urged its allies to keep Huawei out of their 5G networks, "
            "and last year barred federal agencies from buying the company's equipment.",
            {"US": "bans"},
        ),
        # Negative: a participle after "and" is no second act.
        (
            "Portugal ruled that equipment from suppliers based outside the EU, and deemed "
            "high-risk, could not be used in 5G networks.",
            {"PT": "restricts"},
        ),
    ],
)
def test_a_second_act_of_the_same_subject(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A mission named with capitals speaks for its country.
        (
            "In a statement, the Chinese Embassy in Kingston said the US accusations against "
            'Huawei were "groundless" and "politically motivated".',
            {"CN": "embraces"},
        ),
        ("Chinese embassies in the region have defended Huawei vigorously.", {"CN": "embraces"}),
    ],
)
def test_embassies_speak_for_china(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "insisted that" reports the government's own line; "insisted on" would be pressure.
        (
            "In Chile, which will award 5G spectrum soon, the government has insisted that the "
            "tender will be technologically neutral.",
            {"CL": "mitigates"},
        ),
        (
            "Colombia has yet to say whether it will include any rules on 5G suppliers; "
            "officials say the question is still being studied.",
            {"CO": "debating"},
        ),
        (
            '"Huawei has been in Chile for many years, and we want it to keep contributing to '
            "our development,\" Chile's president said of its 5G plans.",
            {"CL": "embraces"},
        ),
        # Resisting calls to exclude is a choice not to, not an embrace.
        (
            "Germany's chancellor has resisted calls to exclude Huawei from 5G, preferring "
            "tougher security requirements for all suppliers.",
            {"DE": "mitigates"},
        ),
        # "Nobody is banned": a negated ban.
        (
            'Papua New Guinea is reviewing its Huawei data centre. "Nobody is banned and nobody '
            'gets a free pass in 5G," the prime minister said.',
            {"PG": "mitigates"},
        ),
    ],
)
def test_lines_questions_and_denials(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
