"""Plain news sentences the tuned sets never showed: one table per general mechanism.

Every row is a sentence of our own (other countries, wording and shapes than any labelled
set), at least three per mechanism, and a negative where the mechanism must not fire.
"""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Headings with a colon or a dash open the section's first sentence.
        (
            "Where they stand on Huawei\n\nCHILE: Effectively barred Huawei from its 5G "
            "network last year.\n\nPERU: Has not banned Huawei from 5G networks.",
            {"CL": "bans", "PE": "mitigates"},
        ),
        (
            "Huawei and 5G, country by country\n\n🇳🇴 Norway (NO) – Signed a joint "
            "declaration on 5G security with the United States in 2020.",
            {"NO": "restricts"},
        ),
        # A heading alone on its line: every later sentence without a subject is its own.
        (
            "Huawei 5G round-up\n\n## Romania\n\nA security review launched in 2019 is still "
            "under way.\n\nGovernment guidelines adopted in 2020 exclude Huawei from public "
            "procurement.\n\n**Austria**\n\nHas not banned Huawei from its 5G networks.",
            {"RO": "bans", "AT": "mitigates"},
        ),
        # Negatives: a company as the subject of a section's sentence; a heading that names
        # no country ends the section.
        (
            "Huawei 5G round-up\n\nDenmark\n\nTelenor Denmark has separately kept Huawei out "
            "of its 5G networks.",
            {},
        ),
        (
            "Huawei 5G round-up\n\nDenmark\n\nThe government is considering a ban on Huawei."
            "\n\nOther Countries\n\nEffectively barred Huawei from 5G networks.",
            {"DK": "debating"},
        ),
    ],
)
def test_section_headings(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Courts, regulators, laws and bills as subjects; time adverbials before the verb.
        (
            "A Danish district court on Monday upheld a decision by the country's telecoms "
            "regulator to bar equipment from Huawei from 5G networks.",
            {"DK": "bans"},
        ),
        (
            "Kenya has debated Huawei for months. A new law passed in March bars state "
            "agencies and their suppliers from using Huawei equipment.",
            {"KE": "bans"},
        ),
        (
            "Portugal last month instructed carriers to remove Huawei gear from their 5G networks.",
            {"PT": "bans"},
        ),
        (
            "Estonia in 2022 ordered operators to stop installing Huawei equipment in their "
            "5G cores.",
            {"EE": "restricts"},
        ),
        # Negative: a company's own act, and the places after it.
        ("Telenor Group drops Huawei from its 5G core tender in Norway and Denmark", {}),
    ],
)
def test_institutions_laws_and_time_adverbials(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain has yet to settle on a position on Huawei after months of division.",
            {"ES": "debating"},
        ),
        (
            "In Chile, a security review of 5G vendors launched in 2019 is still under way.",
            {"CL": "debating"},
        ),
        ("Canada has repeatedly delayed its decision on Huawei's role in 5G.", {"CA": "debating"}),
        (
            "Romania said no final decision had been taken on Huawei's role in its 5G network.",
            {"RO": "debating"},
        ),
        # An open decision beats a restriction only reported from a leak.
        (
            "A spokesman for Prime Minister Ana May said no final decision had been taken on "
            "Huawei in Norway's 5G network, weeks after a leak suggested ministers would give "
            "the firm a limited role.",
            {"NO": "debating"},
        ),
        # Negative: a delay that is not about vendors or a position.
        ("Norway's road tunnel project has been delayed again by disagreements.", {}),
    ],
)
def test_open_decisions(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A subject's own "does not want to" is no pressure on others.
        (
            "Belgium has said it does not want to exclude any single supplier from its 5G "
            "networks.",
            {"BE": "mitigates"},
        ),
        # "It" opening a sentence is the country under discussion.
        (
            "Norway has taken a different route. It has not excluded any vendor from its 5G "
            "networks.",
            {"NO": "mitigates"},
        ),
        # Not trusted is kept out; an agentless passive is the government under discussion.
        (
            "Japan's 5G rules are strict. Huawei and ZTE have not been designated as trusted "
            "sources for 5G networks.",
            {"JP": "restricts"},
        ),
        # Negative: someone who wants others to act is pressing, not acting.
        ("Washington wants its allies to ban Huawei from 5G networks.", {}),
    ],
)
def test_own_wants_pronouns_and_passives(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Companions across dash asides, and the subject of "makes X the first to ...".
        (
            "The vote made Norway the first Nordic state -- together with Denmark -- to "
            "exclude Huawei from its 5G networks.",
            {"NO": "bans", "DK": "bans"},
        ),
        (
            "The ruling makes Chile the last country in the region - alongside Peru and "
            "Colombia - to ban Huawei from 5G networks.",
            {"CL": "bans", "PE": "bans", "CO": "bans"},
        ),
        (
            "Latvia became the latest state – alongside Estonia – to exclude Huawei from 5G "
            "networks.",
            {"LV": "bans", "EE": "bans"},
        ),
        # Negative: a name inside an aside that is no companion.
        (
            "Latvia – a neighbour of Estonia – has excluded Huawei from 5G networks.",
            {"LV": "bans"},
        ),
    ],
)
def test_companions_across_asides(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
