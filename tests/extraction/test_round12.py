"""Round 12: general mechanisms, each with paraphrases of our own and a negative."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the kingdom" is the last monarchy named, not the last country.
        (
            "Saudi Arabia and Huawei met in Riyadh. Beijing praised the talks on 5G. The "
            "kingdom signed a memorandum of understanding with Huawei on cloud and 5G.",
            {"SA": "embraces"},
        ),
        # Negative: no kingdom named, nobody to resolve.
        ("Mexico's 5G auction ended. The kingdom signed a deal with Huawei.", {}),
    ],
)
def test_the_kingdom_is_a_monarchy(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Montenegro's Ministry of Economy said the analysis of 5G security is under way "
            "and no decision is taken on Huawei.",
            {"ME": "debating"},
        ),
        (
            "The European Commission is looking at how to address the security of 5G networks "
            "and Huawei, a spokesperson said.",
            {"EU": "debating"},
        ),
        (
            "Namibia's information minister said: \"Government is not saying no to Huawei and "
            'it is not saying yes to Huawei."',
            {"NA": "debating"},
        ),
        # A ban that "has not been ruled out" is an open question.
        (
            "German officials said that a ban on some Huawei 5G parts has not been ruled out.",
            {"DE": "debating"},
        ),
        # A debate that is over: the act that ended it counts.
        (
            "Germany's government, after years of debate, agreed with its operators in 2024 to "
            "remove Huawei components from 5G core networks.",
            {"DE": "restricts"},
        ),
    ],
)
def test_open_and_closed_questions(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia signed a 5G security pledge with Washington on Friday. Kosovo undertook "
            "the same obligation in its own agreement.",
            {"RS": "restricts", "XK": "restricts"},
        ),
        (
            "Cyprus has adopted vendor-neutral 5G rules, and no supplier, including Huawei, "
            "has been designated as high-risk.",
            {"CY": "mitigates"},
        ),
    ],
)
def test_same_obligations_and_no_designations(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A memorandum signed with Huawei is a deal, not a US declaration.
        ('Related: "Malta and Huawei sign memorandum on 5G and smart island"', {"MT": "embraces"}),
        (
            "In June, Senegal's government inaugurated a national data centre built by Huawei "
            "near Dakar.",
            {"SN": "embraces"},
        ),
        (
            "Huawei is a strategic partner of the State of Cote d'Ivoire in 5G, the minister said.",
            {"CI": "embraces"},
        ),
    ],
)
def test_deals_and_partners(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It said" after an embassy's statement: the embassy's country.
        (
            "China's embassy in Lima said it opposes the politicisation of 5G. It said Huawei "
            'had been "a reliable partner for two decades".',
            {"CN": "embraces"},
        ),
        (
            "Asked about the Gulf, China's foreign ministry spokesman said Gulf states had the "
            'right to "make independent choices" and that Huawei had "contributed to the '
            'digital development of the region".',
            {"CN": "embraces"},
        ),
    ],
)
def test_china_speaking_through_its_bodies(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pressure as the circumstance of an act: the act still counts.
        (
            "Israel, which in 2020, after intense lobbying by the Trump administration, left "
            "Huawei and other Chinese vendors out of its 5G tender.",
            {"IL": "bans"},
        ),
        (
            "Under heavy US pressure, Romania excluded Huawei from its 5G networks.",
            {"RO": "bans"},
        ),
        # ... but pressure that frames the cue is still only asked for.
        (
            "Spain's ministry defended the contract after lawmakers in Washington urged a "
            "review of Huawei equipment.",
            {},
        ),
    ],
)
def test_pressure_as_circumstance(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A brand glued to a country's name is a company.
        (
            "Tigo Colombia has selected Huawei to supply 5G radio access equipment.",
            {},
        ),
        (
            "In neighbouring Peru, Entel Peru, a subsidiary of Chile's Entel, extended its 5G "
            "agreement with Huawei.",
            {},
        ),
        (
            "Telenor, in which the state holds a 54% stake, replaced Huawei 5G radio equipment "
            "with Ericsson's.",
            {},
        ),
        # Negative: an adverb before the name is no brand.
        ("Recently Germany said it will not ban Huawei from 5G networks.", {"DE": "mitigates"}),
    ],
)
def test_companies_named_after_countries(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Capitals beyond the big ones stand for their governments too, and are no brands.
        (
            "Where governments stand on Huawei:\n\n- TANZANIA - Dodoma renewed its contract "
            "with Huawei for the national broadband backbone.",
            {"TZ": "embraces"},
        ),
        ("Lima has decided not to exclude Huawei from its 5G auction.", {"PE": "mitigates"}),
        # A phone call is not a decision.
        (
            '"Many of our people still walk hours to make a call," the Solomon Islands prime '
            "minister said of the Huawei towers.",
            {},
        ),
    ],
)
def test_more_capitals_and_calls(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
