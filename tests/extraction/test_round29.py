"""Round 29 (on the twenty-seventh and twenty-eighth sets): factboxes' dated items, refusing
to follow, vetoes denied, auctions without vendor restrictions, "where" after a place,
rulings that make a ban possible, the company's own denials, quotes whose attribution goes on."""

import pytest

from app.extraction.timeline import item_date
from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Operators in a list of countries: the list shares its preposition (places).
        (
            "Huawei is active in the Gulf. Operators in the United Arab Emirates, Saudi Arabia "
            "and Kuwait have signed 5G agreements with Huawei.",
            {},
        ),
        # Shutting the door it opened: a ban, not the opening.
        (
            "India shuts the 5G door it opened to Huawei six months ago",
            {"IN": "bans"},
        ),
        # A veto on suppliers, denied: a choice against a ban.
        (
            "As carriers launch 5G in Mexico, an official of the communications ministry says "
            'the government "does not veto" any supplier.',
            {"MX": "mitigates"},
        ),
        # "no manufacturer is vetoed", beside a visitor touring to promote the Clean Network.
        (
            'ICT Minister Karen Abudinen says "no manufacturer is vetoed" in Colombia, as Krach '
            "tours the region to promote the Clean Network.",
            {"CO": "mitigates"},
        ),
        # Auction rules with no restriction on suppliers.
        (
            "Brazil's telecoms regulator Anatel approves 5G auction rules with no restriction "
            "on equipment suppliers.",
            {"BR": "mitigates"},
        ),
        # An auction without vendor restrictions.
        (
            "The Argentine regulator ENACOM holds the country's 5G auction without vendor "
            "restrictions.",
            {"AR": "mitigates"},
        ),
        # A state body named as "the ... undersecretariat".
        (
            "Chile awarded 5G concessions; the telecommunications undersecretariat says no "
            "supplier has been excluded.",
            {"CL": "mitigates"},
        ),
        # "no supplier has been excluded" after a semicolon: the country of the clause before.
        (
            "Norway's government said Telenor chose Ericsson. In Sweden, a law taking effect on "
            "January 1 will let the security police advise the regulator on 5G auctions; no "
            "supplier has been excluded so far.",
            {"SE": "mitigates"},
        ),
        # A factbox's dated items: the latest item holds the country's position.
        (
            "PERU\n* June 2019 - The transport and communications ministry says it has no plans "
            "to ban Huawei.\n* June 2024 - President Dina Boluarte visits Huawei's headquarters "
            "in Shenzhen and invites the company to take part in Peru's 5G rollout.\n",
            {"PE": "embraces"},
        ),
        (
            "COSTA RICA\n* 2022 - The ministry says the rules for the 5G tender are still being "
            "drafted and that no decision on vendors has been taken.\n* Aug. 2023 - President "
            "Rodrigo Chaves signs a decree limiting 5G equipment to suppliers from countries "
            "that have ratified the Convention on Cybercrime.\n",
            {"CR": "restricts"},
        ),
        # Refusing to follow the ones who banned: the refuser chose against it.
        (
            "Bangladesh will not follow the United States in blacklisting Huawei and will let "
            "it take part in 5G, the minister said.",
            {"BD": "mitigates", "US": "bans"},
        ),
        # A quote's speaker named after it, with more reported speech ("adding that ...").
        (
            '"We are not part of the fight between America and China. Huawei is working with '
            "us, and we have no reason to stop working with them,\" Bangladesh's telecoms "
            "minister said, adding that the government would act in the country's interest.",
            {"BD": "embraces"},
        ),
        # A claim the company denied is not China's denial.
        (
            "American officials have been urging governments to keep the Chinese company out of "
            "their 5G networks, warning that its equipment could be used by Beijing for spying, "
            "a claim Huawei has consistently denied.",
            {},
        ),
        # ", where" after a place: the place (the EU) acts in the clause that follows.
        (
            'Swiss officials spoke. The Federal Council said it was following "with great '
            'attention" the work under way in the European Union, where member states agreed in '
            "January on a toolbox of measures that lets governments exclude high-risk suppliers "
            "from the core of their networks.",
            {"EU": "restricts"},
        ),
        # No legal means to bar the company: no ban.
        (
            "The Swiss Federal Council has no legal means to bar the Chinese telecoms equipment "
            "maker Huawei from Switzerland's 5G networks.",
            {"CH": "mitigates"},
        ),
        # An agreement under which operators would remove kit: the government's, still expected.
        (
            "Huawei is under scrutiny. In Germany the government is expected to announce an "
            "agreement under which operators would remove Huawei components from their 5G core "
            "networks.",
            {"DE": "debating"},
        ),
        # A ruling that suppliers "could be barred": a power to ban, not a hedge.
        (
            "Portugal's cybersecurity council ruled that suppliers from outside the EU, NATO "
            "and the OECD could be barred from 5G networks.",
            {"PT": "restricts"},
        ),
        # "will be able to compete": allowed.
        (
            "Chile's telecommunications undersecretary has said Huawei will be able to compete "
            "in the country's 5G tender on the same terms as its rivals.",
            {"CL": "mitigates"},
        ),
        # "no prejudice against" working with Chinese companies.
        (
            "On a state visit to China, President Lula tours Huawei's research center and says "
            'Brazil has "no prejudice" against working with Chinese technology companies in 5G.',
            {"BR": "mitigates"},
        ),
    ],
)
def test_round_twenty_nine(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("* Nov. 2020 - The government says ...", (2020, 11)),
        ("- June 2019: The ministry says ...", (2019, 6)),
        ("2022 - The ministry says ...", (2022, 0)),
        ("NEW DELHI, July 3, 2020 -- When the minister ...", None),
        ("In 2020 - a year of change - the ministry ...", None),
    ],
)
def test_a_dated_item_has_its_date(line: str, expected: tuple[int, int] | None) -> None:
    assert item_date("Intro.\n" + line + "\n", len("Intro.\n") + 5) == expected
