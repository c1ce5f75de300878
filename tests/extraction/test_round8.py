"""Round 8: general mechanisms, each with three paraphrases of our own and a negative."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Beijing vouching for its companies in broad words, or rejecting claims named before.
        (
            "China's foreign ministry said it was concerned and urged Prague to handle the case "
            "fairly. A ministry spokeswoman said Chinese firms such as Huawei had always acted "
            'lawfully abroad and should not be made targets of "baseless accusations".',
            {"CN": "embraces"},
        ),
        (
            "A Chinese foreign ministry spokesman said Huawei and ZTE had done nothing wrong and "
            "asked Ottawa to treat them fairly.",
            {"CN": "embraces"},
        ),
        (
            "Reports said Huawei gear in a Dutch network had sent data abroad, allegations that "
            "the company and Beijing dismissed.",
            {"CN": "embraces"},
        ),
        (
            "Beijing's commerce ministry said Chinese firms like Huawei had always operated in "
            "accordance with the law in Sweden's 5G tender.",
            {"CN": "embraces"},
        ),
        # "urged X to stop ...": the complaint is Beijing's own, not a negated one.
        (
            "China's foreign ministry urged Washington to stop abusing the concept of national "
            "security against Huawei.",
            {"CN": "embraces"},
        ),
        # Negative: the company vouching for itself is no government's position.
        ("Huawei said it had always operated lawfully and had done nothing wrong in 5G.", {}),
    ],
)
def test_china_defends_its_companies(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Welcoming the company's investments or presence is an embrace, for every subject.
        (
            "Germany is still negotiating with its operators over Huawei components, while "
            "Greece and Cyprus continue to welcome the company's investments.",
            {"DE": "debating", "GR": "embraces", "CY": "embraces"},
        ),
        (
            "Huawei's 5G push: Poland welcomed Huawei's investment in a new research centre.",
            {"PL": "embraces"},
        ),
        (
            "The Serbian government welcomes the Chinese company's participation in its 5G "
            "network.",
            {"RS": "embraces"},
        ),
        # Negative: operators welcoming it are not the government.
        (
            "Huawei's 5G push: Hungary's operators continue to welcome the company's investments.",
            {},
        ),
    ],
)
def test_welcome_investments_embraces(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No restrictions on any vendor: a choice against restricting.
        (
            "Mexico's government said there would be no restriction on a particular vendor in "
            "its 5G tender.",
            {"MX": "mitigates"},
        ),
        (
            "Chile: Transport Minister Gloria Hutt repeated that there would be no restrictions "
            "on any supplier in the 5G auction.",
            {"CL": "mitigates"},
        ),
        (
            "India's communications minister said there will be no restrictions on any "
            "supplier in the spectrum sale.",
            {"IN": "mitigates"},
        ),
        # A government testing the vendor's equipment manages the risk.
        (
            "Huawei is under scrutiny. Britain's security agencies run a dedicated evaluation "
            "centre to test Huawei equipment.",
            {"GB": "mitigates"},
        ),
        (
            "Germany's cyber agency runs a lab that tests Huawei equipment before it goes into "
            "5G networks.",
            {"DE": "mitigates"},
        ),
        (
            "Huawei 5G: The Netherlands has set up a testing facility to examine equipment "
            "from Chinese vendors.",
            {"NL": "mitigates"},
        ),
        # Negatives: restrictions asserted are restrictions; a carrier's tests are no position.
        (
            "Brazil's minister said there would be restrictions on any vendor deemed high-risk "
            "in the 5G auction.",
            {"BR": "restricts"},
        ),
        ("Vodafone tested Huawei equipment in its 5G trial in Spain.", {}),
    ],
)
def test_plain_mitigation(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Government sources said" speaks for the government under discussion.
        (
            "Britain's ministers are finishing a supply chain study. Government sources said "
            "no decision had been taken on whether Huawei should be allowed to supply 5G kit.",
            {"GB": "debating"},
        ),
        (
            "Canada's cabinet met on Tuesday. Official sources said no final decision had been "
            "made on Huawei's role in 5G networks.",
            {"CA": "debating"},
        ),
        (
            "Germany's coalition is split over 5G. Government sources said yesterday that no "
            "decision had yet been taken on whether to exclude Huawei.",
            {"DE": "debating"},
        ),
        # Negative: unnamed sources in general are not the government.
        (
            "Italy's operators are preparing 5G tenders. Industry sources said no decision had "
            "been taken on whether Huawei should be allowed to supply kit.",
            {},
        ),
    ],
)
def test_open_decision_from_government_sources(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Power to block critical components is a restriction regime, not a ban.
        (
            "Germany: The IT Security Act, which took effect last month, lets the interior "
            'ministry block the use of "critical components" from a vendor.',
            {"DE": "restricts"},
        ),
        (
            "Poland's new law lets the government block the use of 'critical' parts from a "
            "high-risk supplier in 5G networks.",
            {"PL": "restricts"},
        ),
        # A formal US proposal to ban is a US measure (the devset convention).
        (
            "United States: The Federal Communications Commission voted 4-0 on June 17 to "
            "propose banning authorisations for new equipment from Huawei and ZTE.",
            {"US": "bans"},
        ),
        (
            "The U.S. Commerce Department proposed rules to bar Huawei equipment from American "
            "networks.",
            {"US": "bans"},
        ),
        # Negative: a US deliberation that is no measure is no position.
        ("The U.S. is considering whether to ban Huawei from its networks.", {}),
        # Negative: blocking all its equipment is a ban.
        (
            "Sweden's regulator will block the use of equipment from Huawei in 5G networks.",
            {"SE": "bans"},
        ),
    ],
)
def test_scope_of_measures(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A carrier's wait-and-see is no government position.
        (
            "Huawei supplies radio gear to Belgian networks. Proximus said it was monitoring "
            "developments and would follow any decision of the authorities.",
            {},
        ),
        (
            "Huawei supplies radio gear to Swiss networks. Swisscom said it was monitoring "
            "developments and would follow any decision of the government.",
            {},
        ),
        (
            "Huawei kit is in Polish networks. Telekom Polska said it was monitoring "
            "developments closely.",
            {},
        ),
        # Negative: the government saying so is its own open question.
        (
            "Huawei kit is in Belgian networks. Belgium said it was monitoring developments "
            "closely.",
            {"BE": "debating"},
        ),
    ],
)
def test_carrier_is_no_government(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
