"""Round 11: general mechanisms, each with paraphrases of our own and a negative."""

import pytest

from app.extraction import extract
from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Georgia" is the country where the text also names Tbilisi or a Georgian body.
        (
            "Georgia signed a memorandum of understanding on the security of 5G networks with "
            "the United States, officials in Tbilisi said.",
            {"GE": "restricts"},
        ),
        (
            "Georgian officials said Georgia will not exclude any vendor from its 5G auction.",
            {"GE": "mitigates"},
        ),
        # Negative: the US state.
        (
            "A carrier in Atlanta, Georgia, said it would not use Huawei equipment in 5G.",
            {},
        ),
    ],
)
def test_ambiguous_names_count_where_the_text_confirms_them(
    text: str, expected: dict[str, str]
) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An inverted subject: "Among those that have acted is Portugal, where ...".
        (
            "Several governments have acted on Huawei. Among those that have acted is Portugal, "
            "where a security council ruled that equipment from high-risk suppliers could not "
            "be used in 5G networks.",
            {"PT": "restricts"},
        ),
        (
            "Not every government has waited for Brussels. Among the first was Latvia, where "
            "the cabinet barred Huawei from its 5G networks in 2020.",
            {"LV": "bans"},
        ),
    ],
)
def test_a_subject_after_is_or_was(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A round-up item whose subject is two carriers: their choice, not the heading's.
        (
            "Where Nordic governments stand on Huawei and 5G:\n\nNorway: Telenor and Telia "
            "Norway have both chosen Ericsson for 5G and are phasing out Huawei radio "
            "equipment.",
            {},
        ),
        (
            "Where governments stand on Huawei and 5G:\n\nChile: Entel and Movistar have "
            "already picked Nokia and are removing Huawei equipment.",
            {},
        ),
    ],
)
def test_carriers_choosing_in_a_roundup_item(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Related: Britain orders Huawei kit stripped from 5G networks by 2027", {"GB": "bans"}),
        (
            "Sweden's regulator said all Huawei equipment must be removed from 5G networks by "
            "2025.",
            {"SE": "bans"},
        ),
        # Only the core: a restriction.
        (
            "Germany agreed with its operators that Huawei and ZTE components will be removed "
            "from 5G core networks by 2026.",
            {"DE": "restricts"},
        ),
        (
            "Lithuania's deputy minister said: \"In practice Huawei and ZTE are out of our 5G "
            'networks."',
            {"LT": "bans"},
        ),
        # Negative: a company's own kit out of a network is no position.
        ("The phone maker said its handsets are out of the market in Brazil.", {}),
    ],
)
def test_removal_in_the_passive_and_out_of_networks(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Romania passed a law in 2021 that makes the use of 5G equipment conditional on "
            "authorisation by the prime minister.",
            {"RO": "restricts"},
        ),
        (
            "Bulgaria's government said any 5G equipment purchase will be contingent on "
            "approval by the security services.",
            {"BG": "restricts"},
        ),
    ],
)
def test_equipment_conditional_on_authorisation(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiji's government says it will keep using its Huawei-built data network and will "
            "work with the Chinese company to fix the weaknesses.",
            {"FJ": "embraces"},
        ),
        (
            "Zambia's president opened a Huawei-built national data centre in Lusaka on "
            "Tuesday, part of the country's 5G and cloud plans.",
            {"ZM": "embraces"},
        ),
        (
            "Cuba's communications minister said: \"Our partners in telecommunications are "
            "Chinese companies, including Huawei, and they have stood with us despite the "
            'blockade."',
            {"CU": "embraces"},
        ),
        # Negative: a carrier keeping its Huawei kit is its own choice.
        ("Vodafone said it will keep using its Huawei radio equipment in Spain.", {}),
    ],
)
def test_governments_keeping_and_praising_huawei(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # China's stock phrases for defending its companies.
        (
            "In Beijing on Monday, foreign ministry spokesperson Wang Wenbin defended Huawei's "
            'role in 5G. "Normal co-operation between Chinese companies and Serbia is in line '
            'with international law and should not be interfered with," he said.',
            {"CN": "embraces"},
        ),
        (
            "China's foreign ministry said that the work of Chinese companies such as Huawei "
            "had brought real benefits to Africa's telecom networks.",
            {"CN": "embraces"},
        ),
    ],
)
def test_china_defending_its_companies(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Country's title, Name," then "he said": the country of the title, not of the last
        # official named with a capitalised title.
        (
            "Foreign Minister Wang Yi of China visited Tehran to discuss 5G. Iran's minister of "
            "communications technology, Mohammad Javad Azari Jahromi, spoke on Sunday. "
            '"Huawei is our strategic partner in 5G," he said.',
            {"IR": "embraces"},
        ),
    ],
)
def test_a_title_before_the_name(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_us_sanctions_on_another_country_are_not_a_huawei_measure() -> None:
    text = "Read more: US sanctions hit Iran's mobile operators as Huawei expands 5G in Tehran"
    assert "US" not in verdicts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "followed X's lead and banned": both have acted.
        (
            "Ottawa has followed Australia's lead and banned Huawei from its 5G networks.",
            {"AU": "bans", "CA": "bans"},
        ),
        (
            "Sweden joined Britain in excluding Huawei from its 5G networks.",
            {"GB": "bans", "SE": "bans"},
        ),
        # The follower refusing: only the ones followed have acted.
        (
            "Denmark has not followed Britain in banning Huawei from its 5G networks.",
            {"GB": "bans"},
        ),
    ],
)
def test_the_follower_acts_only_when_it_did(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "both parties": the two countries coordinated in the sentence before.
        (
            "The commitments signed by the leaders of Serbia and Kosovo at the White House "
            "serve the interests of the Trump administration. One is a commitment by both "
            "parties to prohibit the use of 5G equipment from untrusted vendors.",
            {"RS": "restricts", "XK": "restricts"},
        ),
        # A ban on labelled vendors is the restriction regime, the same-clause removal too.
        (
            "Estonia's law bars operators from using equipment from high-risk suppliers, or "
            "requires them to remove such equipment.",
            {"EE": "restricts"},
        ),
    ],
)
def test_both_parties_and_labelled_vendors(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_rules_proposed_by_a_us_agency_are_a_us_measure() -> None:
    text = (
        "Huawei and ZTE would be barred from selling to US carriers under rules proposed by the "
        "Federal Communications Commission."
    )
    assert verdicts(text) == {"US": "bans"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X have not": the act of the sentence before, denied.
        (
            "Australia has barred Huawei from its 5G networks. South Korea and the Philippines "
            "have not, despite past frictions with China.",
            {"AU": "bans", "KR": "mitigates", "PH": "mitigates"},
        ),
        (
            "Japan has restricted Huawei in its 5G networks. Thailand has not.",
            {"JP": "restricts", "TH": "mitigates"},
        ),
        # Negative: nothing banned before, nothing denied.
        ("Thailand is holding a 5G auction. Malaysia has not.", {}),
    ],
)
def test_an_elided_negation_denies_the_act_before(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_the_outlet_country_stands_in_for_an_unnamed_government() -> None:
    text = (
        "The Government has introduced legislation that will exclude Huawei from the core of "
        "5G networks, the minister said."
    )
    assert {v.country_code: v.stance.value for v in extract(text).verdicts} == {}
    found = extract(text, outlet="Irish Examiner")
    assert {v.country_code: v.stance.value for v in found.verdicts} == {"IE": "restricts"}
    # An outlet that names no country gives no hint.
    assert extract(text, outlet="Reuters").verdicts == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A judgement on the vendors, not a deliberation ("considers ... to carry").
        (
            "The European Commission considers Huawei and ZTE to carry materially higher "
            "risks than other 5G suppliers.",
            {"EU": "restricts"},
        ),
        # Time-limited authorisations.
        (
            "France's cyber agency said authorisations for Huawei 5G antennas will be granted "
            "for three to eight years only.",
            {"FR": "restricts"},
        ),
        # An open question about who will be allowed.
        (
            "Kyiv has still not said whether Chinese vendors will be allowed in 5G networks.",
            {"UA": "debating"},
        ),
        # Broken English, still an open evaluation.
        (
            "The ministry of Peru said it still evaluate if the suppliers of high risk must be "
            "limit in the 5G networks.",
            {"PE": "debating"},
        ),
        # Negative: a standard licence term is no restriction.
        ("Chile's 5G licences are valid for 30 years, the regulator said.", {}),
    ],
)
def test_judgements_terms_and_open_questions(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
