"""Round 6: general mechanisms, each with three paraphrases of our own and a negative."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A generic group that carries a stance passes it to its listed examples.
        (
            "Chile joins a list of countries that have banned Huawei from 5G networks, "
            "such as Australia and Japan.",
            {"CL": "bans", "AU": "bans", "JP": "bans"},
        ),
        (
            "Several governments have excluded Huawei from their 5G networks, "
            "including Sweden and Latvia.",
            {"SE": "bans", "LV": "bans"},
        ),
        (
            "Moldova becomes one of the nations in the Balkans that have signed similar 5G "
            "declarations, like Albania and Kosovo.",
            {"MD": "restricts", "AL": "restricts", "XK": "restricts"},
        ),
        # Negative: operators, not governments, carry the act.
        (
            "Operators in several countries have dropped Huawei from their 5G networks, "
            "including Sweden.",
            {},
        ),
    ],
)
def test_group_examples_share_its_stance(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The EU urging its own members is its own line.
        (
            "The European Commission urged member states to restrict high-risk vendors "
            "such as Huawei in 5G networks.",
            {"EU": "restricts"},
        ),
        (
            "Brussels has called on EU countries to exclude high-risk 5G suppliers from their "
            "networks.",
            {"EU": "restricts"},
        ),
        (
            "The EU executive asked its members to limit the role of Huawei in 5G networks.",
            {"EU": "restricts"},
        ),
        # Negative: the US urging others is still pressure only.
        ("The US urged Germany to exclude Huawei from its 5G networks.", {}),
        # China's official, placed by the opening "In Beijing,", calls for fair treatment.
        (
            "In Beijing, foreign ministry spokesman Zhao Lijian urged Canada to provide a fair "
            "and non-discriminatory environment for Huawei in its 5G market.",
            {"CN": "embraces"},
        ),
    ],
)
def test_own_members_and_fair_treatment(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body named without its country acts for the country under discussion.
        (
            "NORWAY\n- The National Security Authority decided to keep high-risk vendors out of "
            "the core of 5G networks.",
            {"NO": "restricts"},
        ),
        (
            "Portugal has looked at 5G security for a year. The Council of Ministers decided to "
            "keep high-risk vendors out of the core of 5G networks.",
            {"PT": "restricts"},
        ),
        # Telling operators to strip the kit out is a ban.
        (
            "Sweden has told its carriers to rip Huawei equipment out of their 5G networks.",
            {"SE": "bans"},
        ),
        (
            "Estonia ordered operators to remove all Huawei gear from their networks by 2025.",
            {"EE": "bans"},
        ),
        # Negative: a company's board is not a government.
        (
            "Telia's board decided to keep Huawei out of its 5G core, the operator said.",
            {},
        ),
    ],
)
def test_bodies_and_removal_orders(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An open decision beats a bare "high-risk vendors" label.
        (
            "Slovenia says its rules on high-risk suppliers are still being drawn up and no "
            "decision on Huawei has been taken.",
            {"SI": "debating"},
        ),
        (
            "Lithuania's guidelines on high-risk vendors are still being prepared, and no "
            "decision about any vendor has been made.",
            {"LT": "debating"},
        ),
        # The absence of a policy is no position at all.
        ("MALTA\n- No published policy on high-risk vendors.", {}),
        ("Iceland has no formal rules for high-risk suppliers in 5G networks.", {}),
        # Negative: a real refusal to restrict is still mitigation.
        ("Austria will not restrict high-risk vendors in its 5G networks.", {"AT": "mitigates"}),
    ],
)
def test_open_decisions_and_absent_policy(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Joint work with Huawei is an embrace.
        (
            "Chile's telecoms ministry and Huawei are jointly building a 5G test network in "
            "the north of the country.",
            {"CL": "embraces"},
        ),
        (
            "The Bolivian government and Chinese vendor Huawei have signed a cooperation "
            "framework for 5G networks.",
            {"BO": "embraces"},
        ),
        (
            "Zambia's minister spoke about 5G. \"The broadband programme we are running with "
            'Huawei will connect 500 villages," Minister Felix Mutati said.',
            {"ZM": "embraces"},
        ),
        # "No evidence to justify keeping it out" is weaker than the embrace beside it.
        (
            "Foreign Minister Ali Sabry said Huawei would take part in building Sri Lanka's 5G "
            "network and that Colombo saw no evidence to justify excluding it.",
            {"LK": "embraces"},
        ),
        # Negative: a negated joint project is no embrace.
        ("Uruguay is not building its 5G network together with Huawei.", {}),
    ],
)
def test_joint_work_embraces(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
