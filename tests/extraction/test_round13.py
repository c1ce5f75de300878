"""Round 13 (on the tenth set): general mechanisms, each with paraphrases and a negative."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A measure named, then who took it.
        (
            "The decision on Huawei's 5G kit followed sanctions the US imposed on the Chinese "
            "company in May.",
            {"US": "bans"},
        ),
        (
            "Canberra moved first. Huawei and ZTE were effectively excluded from 5G by guidance "
            "the federal government issued in August.",
            {"AU": "bans"},
        ),
        # Negative: a measure someone only proposed to another is no one's act.
        ("Huawei criticised the rules the analysts described in their 5G report.", {}),
    ],
)
def test_measures_followed_by_who_took_them(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain's decision in July to order Huawei equipment out of its 5G networks by "
            "2027 was a turning point.",
            {"GB": "bans"},
        ),
        (
            "Estonia has adopted a law that requires government approval of 5G equipment "
            "suppliers.",
            {"EE": "restricts"},
        ),
        (
            "New Zealand's spy agency blocked Spark, the country's largest carrier, from using "
            "Huawei equipment in its 5G network.",
            {"NZ": "bans"},
        ),
        (
            "Brazil allowed the company to compete in its 5G auction, setting only general "
            "security requirements.",
            {"BR": "mitigates"},
        ),
    ],
)
def test_orders_approvals_and_permissions(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Welcoming Huawei and seeing no reason to exclude it: the embrace contains the rest.
        (
            "Hungary: The government has welcomed Huawei as a partner and says it sees no reason "
            "to exclude the company from 5G.",
            {"HU": "embraces"},
        ),
        # "but it has not excluded": the clause's "it" is the country discussed.
        (
            "Germany passed a law in 2021 that allows the government to block critical 5G "
            "components, but it has not excluded Huawei.",
            {"DE": "mitigates"},
        ),
        # China's stock reaction to an exclusion.
        (
            "India left Huawei out of its 5G trials. The Chinese embassy in New Delhi "
            'expressed "concern and regret" at the exclusion.',
            {"IN": "bans", "CN": "embraces"},
        ),
        # An agency that examines kit as its routine work is not weighing a decision.
        (
            "The UK's evaluation centre, which examines Huawei equipment used in UK networks, "
            "published its annual report.",
            {},
        ),
    ],
)
def test_containment_pronouns_and_reactions(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_added_to_a_list_is_not_speech() -> None:
    text = (
        "Huawei's 5G equipment has come under scrutiny in several Western countries, and the "
        "company was added to a US trade blacklist in May."
    )
    assert verdicts(text) == {"US": "bans"}


def test_an_official_quoted_with_their_ministry() -> None:
    text = (
        'Turkish officials say Ankara has no plans to follow the United States. "There is no '
        'restriction on Huawei or on any other supplier in Turkey," a senior official at the '
        "Ministry of Transport and Infrastructure told us."
    )
    assert verdicts(text) == {"TR": "mitigates"}
