"""Round 9: general mechanisms, each with three paraphrases of our own and a negative."""

import pytest

from tests.extraction.helpers import verdicts

INTRO = "Here is where governments stand on Huawei and 5G.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A round-up item in capitals before a dash: its elided subject is the heading's.
        (
            INTRO + "FRANCE - Told carriers last year to stop buying Huawei 5G gear and to "
            "strip it out by 2028.",
            {"FR": "bans"},
        ),
        (
            INTRO + "ITALY – Has welcomed Huawei's investment in its 5G networks and said it "
            "treats all vendors alike.",
            {"IT": "embraces"},
        ),
        (
            INTRO + "PORTUGAL, GREECE - Both have said they see no reason to exclude Huawei "
            "from 5G.",
            {"PT": "mitigates", "GR": "mitigates"},
        ),
        # "Both" in the next sentence: the two countries named just before.
        (
            "Chile and Peru are holding out on Huawei. Both have said they see no reason to "
            "exclude Huawei from 5G.",
            {"CL": "mitigates", "PE": "mitigates"},
        ),
        # Negative: operators urged by the heading's country are pressure, not a position.
        (INTRO + "FRANCE - Urged operators to stop buying Huawei 5G gear.", {}),
    ],
)
def test_roundup_items_with_elided_subjects(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "did so / did the same / followed" take the stance of the clause before.
        (
            "Washington has pressed allies on Huawei and 5G. Latvia signed a similar "
            "declaration in May, and Lithuania did so in June.",
            {"LV": "restricts", "LT": "restricts"},
        ),
        (
            "Britain banned Huawei from its 5G networks in July, and France did the same a "
            "week later.",
            {"GB": "bans", "FR": "bans"},
        ),
        (
            "Sweden barred Huawei from its 5G auction in October. Denmark followed in November.",
            {"SE": "bans", "DK": "bans"},
        ),
        # Negative: "did so" with no position stated before is nothing.
        ("Huawei opened a 5G lab in Madrid, and Spain's king did so in person.", {}),
    ],
)
def test_did_so_inherits_the_coordinated_stance(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kept out of what the state buys; "whose ministries" belongs to the name before.
        (
            "Taiwan now stands alongside Japan, whose ministries agreed to keep Huawei and ZTE "
            "out of government procurement.",
            {"JP": "bans"},
        ),
        (
            "Vietnam, whose government decided to keep Huawei out of state networks, chose "
            "Viettel's own 5G gear.",
            {"VN": "bans"},
        ),
        (
            "Denmark's ministries were told to keep Huawei and ZTE out of public tenders for "
            "5G equipment.",
            {"DK": "bans"},
        ),
        # Negative: only asked for, by someone else, is nobody's ban.
        ("Washington urged Japan to keep Huawei out of government procurement.", {}),
    ],
)
def test_kept_out_of_government_procurement(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An open question: "has not said whether it will act", "has not formally barred".
        (
            "The 5G auction rules contain no vendor restriction, but Mexico's government has "
            "not said whether it will act separately on Huawei.",
            {"MX": "debating"},
        ),
        (INTRO + "INDIA - Has not formally barred Huawei from 5G.", {"IN": "debating"}),
        (
            "Thailand has not yet formally banned Huawei from its 5G networks.",
            {"TH": "debating"},
        ),
        # Negative: a plain "will not ban" is still a choice against a ban.
        ("Thailand will not ban Huawei from its 5G networks.", {"TH": "mitigates"}),
    ],
)
def test_open_questions(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Everyone let into trials, Huawei named among them: mitigates.
        (
            "The government of India will allow all vendors, including Huawei, to take part "
            "in 5G trials.",
            {"IN": "mitigates"},
        ),
        # Beijing's thanks for fair treatment of its companies: an embrace.
        (
            "Malaysia's 5G tender was in the news. The Chinese embassy welcomed it. "
            '"We appreciate the fair treatment of Chinese companies," an embassy spokesperson '
            "said.",
            {"CN": "embraces"},
        ),
        (
            "A Chinese foreign ministry spokesman praised Kenya's fair treatment of Chinese "
            "firms in its 5G tender.",
            {"CN": "embraces"},
        ),
        # Negative: a legislature not debating is no position.
        ("Parliament has not debated the Huawei 5G contracts in Zambia.", {}),
    ],
)
def test_open_trials_and_fair_treatment(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
