"""Round 10: general mechanisms, each with paraphrases of our own and a negative."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "follow X in banning": the countries followed have acted; the pressing side has not.
        (
            "Washington has urged Ottawa to follow Australia and New Zealand in barring Huawei "
            "from 5G networks.",
            {"AU": "bans", "NZ": "bans"},
        ),
        (
            "The US has long pushed Berlin to follow Britain and Sweden in excluding the "
            "Chinese firm from its 5G networks.",
            {"GB": "bans", "SE": "bans"},
        ),
        # Negative: following someone's lead on something other than Huawei is nothing.
        ("Ottawa should follow Australia in buying more submarines, the minister said.", {}),
    ],
)
def test_the_countries_followed_have_acted(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An embassy's statement attributed with "it said": the embassy's country speaks.
        (
            "China's embassy in Copenhagen said it was surprised by the reports on 5G "
            'suppliers. "We hope Denmark will keep providing a fair and non-discriminatory '
            'environment for Chinese companies," it said in a statement.',
            {"CN": "embraces"},
        ),
        (
            'The Chinese embassy in Ottawa criticised the 5G review. "Canada should provide '
            'an open, fair and non-discriminatory business environment for Chinese firms," '
            "it said.",
            {"CN": "embraces"},
        ),
        # Negative: a company's "it said" is not a government's.
        (
            'Huawei said it was surprised by the reports on 5G suppliers. "We hope Denmark '
            'will keep a fair and non-discriminatory environment," it said in a statement.',
            {},
        ),
    ],
)
def test_an_institution_quoted_as_it_speaks_for_its_country(
    text: str, expected: dict[str, str]
) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # China welcoming a decision in Huawei's favour, with a longer gap before "decision".
        (
            "Brussels stopped short of a Huawei ban. China's mission to the EU welcomed what "
            'it called an "objective and fair" decision.',
            {"EU": "mitigates", "CN": "embraces"},
        ),
        (
            "Seoul decided not to restrict Huawei in its 5G networks. Beijing's foreign "
            "ministry welcomed the South Korean government's balanced decision.",
            {"KR": "mitigates", "CN": "embraces"},
        ),
    ],
)
def test_china_welcoming_a_decision(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_removing_all_of_the_company_kit_is_a_ban() -> None:
    # Ordering all of the vendor's kit out is a ban, even beside a stop-buying order.
    text = (
        "Britain has changed course on Huawei. The government ordered operators to stop buying "
        "new Huawei 5G equipment from January and to remove all of the company's kit from 5G "
        "networks by 2027."
    )
    assert verdicts(text) == {"GB": "bans"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Networks built without Chinese kit: the owner of the networks excludes it.
        (
            "Israel's new 5G networks will not include equipment from Chinese vendors, the "
            "communications minister said on Sunday.",
            {"IL": "bans"},
        ),
        (
            "Estonia's 5G network will be built without Chinese equipment, the government said.",
            {"EE": "bans"},
        ),
        (
            '"Our 5G will be built with Western technology. Chinese suppliers will not be part '
            "of it,\" said Lithuania's communications minister.",
            {"LT": "bans"},
        ),
        # Negative: a carrier's network without Chinese kit is the carrier's choice.
        (
            "Partner's new 5G network will not include equipment from Chinese vendors, the "
            "company said.",
            {},
        ),
    ],
)
def test_networks_built_without_chinese_equipment(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "did so" after a clause with no cue of its own: the stance the subject already has.
        (
            "Slovenia signed a 5G security declaration with the United States on Friday. "
            "Slovenia is the latest central European country to sign such a text; Poland and "
            "Romania did so last year.",
            {"SI": "restricts", "PL": "restricts", "RO": "restricts"},
        ),
        (
            "Sweden banned Huawei from its 5G networks in October. It is the latest EU member "
            "to take that road, and Denmark did so too.",
            {"SE": "bans", "DK": "bans"},
        ),
        # ... even paragraphs after the topic was last named, and from what the model does on
        # the whole, not from its last stray claim.
        (
            "Slovenia signed a joint declaration on 5G security with the United States. Its "
            "foreign minister said Slovenia signed the 5G declaration on Friday. Some say "
            "Slovenia has "
            "banned Huawei.\n\nThe auction is planned for next year. Officials will draft "
            "amendments. Parliament returns in October. The opposition is split.\n\n"
            "Slovenia is the latest central European country to sign such a text; Poland and "
            "Romania did so last year.",
            {"SI": "restricts", "PL": "restricts", "RO": "restricts"},
        ),
    ],
)
def test_did_so_takes_the_subject_stance(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country in an apposition about a company's owners is not the one choosing.
        (
            "Lao Telecom began selling 5G plans this week. Lao Telecom, a joint venture "
            "between the Lao state and Thailand's Thaicom, chose Huawei for the radio network "
            "and the core.",
            {},
        ),
        (
            "Its rival Unitel, part-owned by Vietnam's military-run Viettel, said it had not yet "
            "picked a 5G supplier and was testing Huawei equipment.",
            {},
        ),
        (
            "Ncell, a unit owned by Malaysia's Axiata until 2023, signed a 5G deal with Huawei.",
            {},
        ),
    ],
)
def test_owners_in_an_apposition_are_not_actors(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the department" after a named US department: the Entity List is a US measure.
        (
            "The US Commerce Department on Monday extended a licence for rural carriers using "
            "Huawei gear. At the same time the department added 46 more Huawei affiliates to "
            "its Entity List.",
            {"US": "bans"},
        ),
        (
            "The Commerce Department has added dozens of Huawei units to the Entity List, "
            "officials said.",
            {"US": "bans"},
        ),
    ],
)
def test_the_entity_list_is_a_us_measure(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
