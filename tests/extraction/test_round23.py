"""Rounds 23 to 25 (on the twenty-first to twenty-third sets): declarations endorsed, rules
for all, decrees adopted, transcript turns across paragraphs, questions asked, leaders behind
titles, lists of companies, embassies quoted a few sentences on."""

import pytest

from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Signing a memorandum that endorses the US initiative is the declaration.
        (
            "Washington's Clean Network drew new partners. Panama and Costa Rica both signed "
            "memorandums endorsing the initiative's principles this month.",
            {"PA": "restricts", "CR": "restricts"},
        ),
        # Tougher rules for every supplier alike are not a restriction on Huawei.
        (
            "In Austria the government has said it will set tougher security rules for all "
            "suppliers rather than exclude Huawei from 5G networks.",
            {"AT": "mitigates"},
        ),
        # A place where another event happened does not hold the debate.
        (
            "The debate over Huawei's role in 5G sharpened after the arrest in Canada of its "
            "chief financial officer.",
            {},
        ),
        # A decree the cabinet adopted; suppliers that "may not be used" in the core.
        (
            "In Belgium, under a decree the cabinet adopted this year, suppliers judged to pose "
            "a risk may not be used in the core of 5G networks.",
            {"BE": "restricts"},
        ),
        (
            "Ghana's minister said: \"Huawei has been a dependable partner of this "
            'administration in building our networks."',
            {"GH": "embraces"},
        ),
        # Commas inside the object; "how the United States" is still its subject.
        (
            "We have seen how the United States, one of the biggest economies in the world, has "
            "decided to shut a company, Huawei, out of its market.",
            {"US": "bans"},
        ),
        # "Minister of X, Name, said" makes Name the country's official.
        (
            "Zambia's 5G plans were discussed. Minister of Technology, Felix Mutati, said in a "
            'statement: "Huawei has been a reliable partner of our 5G networks."',
            {"ZM": "embraces"},
        ),
        # "did the same" about something else than the networks.
        (
            "Uganda signed a 5G deal with Huawei. Kenya did the same with its standard gauge "
            "railway.",
            {"UG": "embraces"},
        ),
        # A question someone asked is no debate.
        (
            "The Federal Council replied to a parliamentarian who wanted to know whether Huawei "
            "equipment in 5G networks posed a risk.",
            {},
        ),
        # A title means the leader named earlier in the sentence.
        (
            "Italy's government is reviewing its 5G options. In Germany, lawmakers from Angela "
            "Merkel's party want rules that could exclude Huawei, while the chancellor has "
            "resisted naming any company, and the issue remains unresolved.",
            {"IT": "debating", "DE": "debating"},
        ),
    ],
)
def test_round_twenty_three(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_a_labelled_official_speaks_until_the_next_label() -> None:
    text = (
        "FOREIGN SECRETARY RAAB: Good afternoon, and welcome to London.\n\n"
        "We discussed many things.\n\n"
        "After a review, we have decided that high-risk vendors will be excluded from the core "
        "of our 5G networks.\n\n"
        "QUESTION: Will you say more?\n\n"
        "We have decided nothing else on 5G networks and Huawei."
    )
    assert verdicts(text) == {"GB": "restricts"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 24 (on the twenty-second set).
        # "Entity List of companies": the list's description, not a company of the country.
        (
            "The company, which is on the United States' Entity List of companies barred from "
            "buying American technology, built the network.",
            {"US": "bans"},
        ),
        # A people standing for its government in speech.
        ("HOST: The Americans have already blacklisted Huawei.", {"US": "bans"}),
        # "They said, and I quote" two sentences after the embassy.
        (
            "HOST: The Chinese Embassy put out a statement. Let me read part of it. They said, "
            'and I quote, "Huawei is a trustworthy company that has made contributions to '
            "Jamaica's 5G networks.\"",
            {"CN": "embraces"},
        ),
        # A title whose body's name has commas in it, then the name.
        (
            "Speaking at the ceremony, the Minister for Information, Communication and "
            "Information Technology, Nape Nnauye, said the government valued Huawei as a "
            "long-standing partner in building Tanzania's 5G networks.",
            {"TZ": "embraces"},
        ),
        # "the mission said" after "China's mission to the EU".
        (
            "China's mission to the EU said it had noted the reports. \"We hope the European "
            "side will provide an open, fair and non-discriminatory business environment for "
            'Chinese companies, including Huawei," the mission said in a statement.',
            {"CN": "embraces"},
        ),
        # "Hon." does not end a sentence; "(MP)" may follow the name.
        (
            "Tanzania is building 5G. The Minister of Information, Communication and Information "
            "Technology, Hon. Nape "
            'Moses Nnauye (MP), received a delegation.\n\n"We will continue to work with Huawei '
            'in expansion of 5G in Tanzania," said Hon. Nnauye.',
            {"TZ": "embraces"},
        ),
    ],
)
def test_round_twenty_four(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 25 (on the twenty-third set).
        # The embassy defending the company.
        (
            "China's embassy in Prague issued a statement. The embassy has repeatedly defended "
            "the company against the warnings about 5G networks.",
            {"CN": "embraces"},
        ),
        # A title, the name and an aside before the speech verb.
        (
            "China's ambassador to Poland, Sun Lin, who also attended the forum, thanked the "
            "Polish government and said Huawei had contributed to its 5G networks.",
            {"CN": "embraces"},
        ),
        # A second predicate with its own modal is out of the negator's reach.
        (
            "Austria's government published draft rules for 5G networks that do not name any "
            "supplier and would allow Huawei to participate as long as it meets them.",
            {"AT": "debating"},
        ),
        # A toolbox being prepared is still open.
        (
            "The European Commission is preparing a toolbox of measures on 5G suppliers, "
            "expected by the end of the year.",
            {"EU": "debating"},
        ),
        # A headline's comma for "and": Egypt's deal with Huawei (since round 26 a headline
        # pair that signs is read as embracing), and no declaration by anyone else.
        ("Egypt, Huawei sign agreements on 5G readiness", {"EG": "embraces"}),
    ],
)
def test_round_twenty_five(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


def test_a_country_inside_an_apposition_is_not_the_subject() -> None:
    found = verdicts(
        "Germany, the Czech Republic's largest trading partner, is considering tighter "
        "security requirements for 5G suppliers rather than an outright ban on Huawei."
    )
    assert "CZ" not in found
    assert found["DE"] in {"debating", "mitigates"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Commissioner with no country of their own, after the European Commission is named,
        # speaks for the EU, not for the country of the story.
        (
            "Malta is weighing its 5G plans after a European Commission report. Commissioner "
            'Anna Virtanen spoke in Valletta on Monday. "We have to keep high-risk suppliers out '
            'of 5G networks," Virtanen said.',
            {"EU": "restricts"},
        ),
        # "Nobody ... wants to be the one who told X to rip out" denies the whole clause.
        (
            'The minister of Australia spoke. "Nobody in the government wants to be the one who '
            'told Telstra to rip out its Huawei network," he said.',
            {"AU": "mitigates"},
        ),
        # An opening time before a company's own act: still the company's, not the country's.
        ("In June 2019 Telenor left Huawei out of its 5G core in Norway.", {}),
        # An embassy spokesperson introduced by title speaks for the embassy's country.
        (
            "NEW DELHI - India left Chinese vendors out of its 5G trials. China's embassy said it "
            'noted the decision. "Excluding Chinese companies will hurt Indian consumers," '
            "embassy spokesperson Wang Xiaojian said.",
            {"IN": "bans", "CN": "embraces"},
        ),
    ],
)
def test_speakers_and_subjects_of_rounds_21_to_25(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
