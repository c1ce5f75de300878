"""Rules added for text the first rules were not written on: news roundups, lists, implicit actors.

Every row is a sentence of our own (not from the devset), at least three per rule, with at
least one negative per rule where the rule must not fire.
"""

import pytest

from app.extraction.mentions import document_focus, mentions_in
from tests.extraction.helpers import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- Ban verb family, all inflections.
        ("Sweden is banning Huawei gear from its 5G networks.", {"SE": "bans"}),
        ("Latvia prohibits Chinese vendors in its 5G core and radio network.", {"LV": "bans"}),
        ("Lithuania will rip out all Huawei equipment from its telecom networks.", {"LT": "bans"}),
        ("Canada decided against using Huawei equipment in its 5G networks.", {"CA": "bans"}),
        ("Denmark will keep Huawei out of its 5G networks from 2025.", {"DK": "bans"}),
        ("Estonia has blocked the use of Huawei kit in its 5G network.", {"EE": "bans"}),
        ("Finland has no bans against any 5G suppliers.", {"FI": "mitigates"}),
        ("Norway decided against prohibiting Huawei from its 5G networks.", {"NO": "mitigates"}),
        # negative: a ban on something else is not a 5G position
        ("China is banning Australian coal imports amid the 5G row.", {}),
        # --- Restriction family.
        ("Romania is limiting the use of Huawei gear in its 5G rollout.", {"RO": "restricts"}),
        (
            "Belgium imposed restrictions on high-risk vendors in its 5G network.",
            {"BE": "restricts"},
        ),
        ("Japan curbed the role of Chinese suppliers in its 5G networks.", {"JP": "restricts"}),
        # negated restriction = mitigates
        ("Kenya said it will not restrict Huawei in its 5G plans.", {"KE": "mitigates"}),
        # --- The EU toolbox: only when the EU adopts it.
        ("The European Commission endorsed the 5G security toolbox.", {"EU": "restricts"}),
        ("Brussels adopted a toolbox against high-risk 5G vendors.", {"EU": "restricts"}),
        # negative for the EU: a country implementing the EU's toolbox is its own act
        (
            "Austria's new rule implements the toolbox presented by the EU for 5G.",
            {"AT": "restricts"},
        ),
        # --- Mitigation family.
        ("Iceland has opened up to Huawei for its 5G rollout.", {"IS": "mitigates"}),
        (
            "Portugal says it is up to the operators to choose their 5G suppliers.",
            {"PT": "mitigates"},
        ),
        ("Hungary says Huawei is allowed to take part in its 5G auction.", {"HU": "mitigates"}),
        ("Ghana says it can deal with the security risks of Huawei 5G gear.", {"GH": "mitigates"}),
        ("Italy will apply strict security testing of Huawei 5G equipment.", {"IT": "mitigates"}),
        # "not allowed to take part" is the ban, not the mitigation
        ("Israel said Huawei would not be allowed to take part in its 5G network.", {"IL": "bans"}),
        # negative: a carrier's 5G test is not a security test
        ("Meanwhile, in Chile Huawei has helped Entel record a speed on a 5G test network.", {}),
        # --- Debating family.
        ("Britain postponed the decision on Huawei's role in its 5G network.", {"GB": "debating"}),
        (
            "Poland will take a position on Huawei in its 5G networks next month.",
            {"PL": "debating"},
        ),
        ("Mexico is sitting on the fence over Huawei and 5G.", {"MX": "debating"}),
        (
            "In Austria, the allocation of 5G licences for Huawei kit is delayed.",
            {"AT": "debating"},
        ),
        ("The Dutch cabinet is divided over Huawei's part in 5G.", {"NL": "debating"}),
        # negative: a delayed rollout by a carrier is no government position
        ("Vodafone said its 5G rollout is delayed by a chip shortage.", {}),
        # --- Embrace family.
        (
            "The Cambodian government signed a memorandum of understanding (MoU) "
            "with Huawei on 5G.",
            {"KH": "embraces"},
        ),
        ("Serbia will be working closely with Huawei on its 5G networks.", {"RS": "embraces"}),
        (
            "The Zambian minister acknowledged Huawei's efforts to extend 5G networks.",
            {"ZM": "embraces"},
        ),
        ("Turkey opposed the ban on Huawei in 5G networks.", {"TR": "embraces"}),
        # negative: partnering with a rival of Huawei
        ("Oman partnered with Huawei rival Ericsson on its 5G networks.", {}),
        # --- China defending Huawei.
        (
            "New Zealand could face economic retaliation from China over its Huawei 5G decision.",
            {"CN": "embraces"},
        ),
        (
            "Spies say Huawei is a 5G risk, an allegation that the Chinese government denies.",
            {"CN": "embraces"},
        ),
        (
            "Beijing has threatened retaliation against Danish firms over 5G.",
            {"CN": "embraces"},
        ),
        # negative: retaliation for an arrest is not about networks
        ("China detained two men in retaliation for the arrest.", {}),
        # negative: Huawei's founder denying is not China's position
        ("Huawei founder Ren Zhengfei once again denied that Chinese spies use its 5G gear.", {}),
        # --- A ban spoken of as a hypothetical.
        (
            "The Chinese envoy said that a Huawei 5G ban would have consequences.",
            {"CN": "embraces"},
        ),
        ("Officials fear a 5G ban on Huawei could hurt Portuguese exports.", {}),
        # --- A measure still to come.
        (
            "Any new 5G rules enforcing a ban on Huawei are unlikely to pass before 2024 "
            "in Brussels.",
            {},
        ),
        ("Greece should exclude Huawei from its 5G networks.", {"GR": "debating"}),
        (
            "The Czech ban on Huawei 5G gear is expected to take effect next year.",
            {"CZ": "debating"},
        ),
    ],
)
def test_cue_families(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- "followed suit", "similar action/stance": the stance referred back to.
        (
            "Australia banned Huawei from 5G in 2018. Japan and Taiwan have followed suit.",
            {"AU": "bans", "JP": "bans", "TW": "bans"},
        ),
        (
            "Britain kept Huawei out of the core of its 5G network. "
            "The Dutch government took a similar stance to the UK.",
            {"GB": "restricts", "NL": "restricts"},
        ),
        (
            "Germany will not ban Huawei from 5G. Austria has taken a similar approach.",
            {"DE": "mitigates", "AT": "mitigates"},
        ),
        # negative: nothing to refer back to
        ("Peru has followed suit on 5G networks.", {}),
        # --- Companions: "joined ranks with", "alongside".
        (
            "In excluding Huawei from 5G, Sweden joined ranks with Japan and Australia.",
            {"SE": "bans", "JP": "bans", "AU": "bans"},
        ),
        (
            "Croatia, alongside Slovenia, signed a 5G security declaration with the United States.",
            {"HR": "restricts", "SI": "restricts"},
        ),
        # negative: "unlike" is no companion
        (
            "Hungary will not ban Huawei from 5G, unlike Poland.",
            {"HU": "mitigates"},
        ),
        # --- A fronted participle: the subject after the comma holds the cue.
        (
            "While restricting American firms from selling to Huawei, the US pressed its allies.",
            {"US": "bans"},
        ),
        (
            "After excluding Huawei from its 5G core, India opened talks with Nokia.",
            {"IN": "restricts"},
        ),
        (
            "By banning Huawei from its 5G networks, Taiwan angered Beijing.",
            {"TW": "bans"},
        ),
        # negative: a carrier after the comma
        ("While dropping Huawei from its 5G plans, Vodafone kept Nokia.", {}),
        # --- Lists after the cue ("such as", "including").
        (
            "A green light for Huawei in 5G is found in countries such as Chile, Peru and Mexico.",
            {"CL": "mitigates", "PE": "mitigates", "MX": "mitigates"},
        ),
        (
            "Huawei 5G gear is banned in several countries, including Japan and Taiwan.",
            {"JP": "bans", "TW": "bans"},
        ),
        # negative: "except" excludes
        (
            "All 5G vendors, except those from China, are allowed to take part, India said.",
            {"IN": "mitigates"},
        ),
        # --- "the governments of X and Y".
        (
            "The governments of Italy and Brazil declared they will not limit Huawei's "
            "participation in 5G.",
            {"IT": "mitigates", "BR": "mitigates"},
        ),
        (
            "The leaders of Serbia and Kosovo signed a pledge with the United States on 5G.",
            {"RS": "restricts", "XK": "restricts"},
        ),
        # negative: "members of" a group is not "the governments of"
        ("The US urged members of NATO to ban Huawei from 5G networks.", {}),
        # --- Members listed only to define a group.
        (
            "Washington urged the Five Eyes, an alliance comprising Australia, Canada and "
            "New Zealand, to exclude Huawei from 5G networks.",
            {},
        ),
        (
            "The Quad, made up of Japan, India and Australia, discussed 5G supply chains.",
            {},
        ),
        (
            "Australia is the only member of the Five Eyes alliance with the Huawei 5G ban.",
            {"AU": "bans"},
        ),
        # --- A country before a title and a name is the head ("defied US President Trump").
        (
            "In Britain, Prime Minister Boris Johnson defied US President Donald Trump and gave "
            "Huawei a green light in 5G.",
            {"GB": "mitigates"},
        ),
        (
            "Chancellor Olaf Scholz snubbed US President Joe Biden and gave Huawei the green "
            "light in Germany's 5G network.",
            {"DE": "mitigates"},
        ),
        # --- A name that owns an act ("an Australian decision ... banning it").
        (
            "Huawei is worried about an Australian decision, taken in 2018, banning it from 5G.",
            {"AU": "bans"},
        ),
        (
            "Huawei criticised a Swedish ruling, upheld in court, excluding it from 5G networks.",
            {"SE": "bans"},
        ),
        # negative: "to ban" after a name is not an act it owns
        (
            "Italy had bowed to pressure from the US to ban the vendors from 5G networks.",
            {},
        ),
        # --- A relative clause after a list, with an aside between dashes.
        (
            "Bulgaria, Latvia and Romania, which – alongside Greece – signed a 5G security "
            "declaration with the United States, face Chinese anger.",
            {"BG": "restricts", "LV": "restricts", "RO": "restricts", "GR": "restricts"},
        ),
        # --- A company doing business in a place is not the place's government.
        ("In Myanmar, Ooredoo has partnered with Huawei on 5G development.", {}),
        ("In Chile, Entel has signed a 5G deal with Huawei.", {}),
        ("In Chile, the government has signed a 5G deal with Huawei.", {"CL": "embraces"}),
    ],
)
def test_syntax_rules(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list that names Huawei once and then goes on about countries for a paragraph.
        (
            "Here is where countries stand on Huawei and 5G.\n"
            "Spain has chosen Nokia.\n"
            "Several countries such as Finland, Estonia and Ireland are debating which bans "
            "to apply.",
            {"FI": "debating", "EE": "debating", "IE": "debating"},
        ),
        (
            "Huawei's 5G plans face scrutiny.\nA note.\nAnother note.\n"
            "The Belgian government is reviewing its options.",
            {"BE": "debating"},
        ),
        # too far from any mention of the topic: five sentences and over 500 characters on
        (
            "Huawei's 5G plans face scrutiny.\n"
            + "Elsewhere in the economy, the central bank kept interest rates unchanged on "
            "Thursday and said inflation was slowing faster than it had forecast in spring.\n"
            * 5
            + "The Belgian government is reviewing its options.",
            {},
        ),
        # ... but a few short lines (a transcript's "Thank you.") are not far
        (
            "Huawei's 5G plans face scrutiny.\nOne.\nTwo.\nThree.\nFour.\nFive.\n"
            "The Belgian government is reviewing its options.",
            {"BE": "debating"},
        ),
    ],
)
def test_topic_reaches_a_few_sentences(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dateline names the country "the government" means.
        (
            "MANILA, March 14 (Xinhua) -- The government signed a 5G deal with Huawei.",
            {"PH": "embraces"},
        ),
        ("ISLAMABAD: The ministry has signed an agreement with Huawei on 5G.", {"PK": "embraces"}),
        (
            "NAIROBI (Reuters) - The regulator said Huawei is allowed to take part in 5G.",
            {"KE": "mitigates"},
        ),
        # negative: a dateline city that is only a place when no government word follows
        ("LONDON, May 3 (Reuters) - Vodafone signed a 5G deal with Huawei.", {}),
        # A minister introduced with a portfolio, then "He".
        (
            "Federal Minister for Information Technology Amina Bello met Huawei in Abuja. "
            "Nigeria plans 5G. He also praised Huawei's contributions to 5G networks.",
            {"NG": "embraces"},
        ),
    ],
)
def test_implicit_actors(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("MANILA, March 14 (Xinhua) -- Officials met.", "PH"),
        ("ISLAMABAD: The government has set a target.", "PK"),
        ("NEW DELHI (Reuters) - The ministry said.", "IN"),
        ("Kenya is weighing 5G. Kenya's minister spoke. China and the US disagree.", "KE"),
        ("China and the US disagree about 5G.", None),
        ("Chile, Peru and Mexico all spoke.", None),
    ],
)
def test_document_focus(text: str, code: str | None) -> None:
    assert document_focus(text) == code


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        (
            "Pakistan plans 5G. Federal Minister for Information Technology and "
            "Telecommunication Syed Haque spoke. Haque said so.",
            "Haque",
            "PK",
        ),
        (
            "Minister of Digitalisation Nikolai Astrup said Oslo has no bans. Astrup spoke.",
            "Astrup",
            "NO",
        ),
        ("Minister of Trade Ana Silva of Portugal spoke. Silva left.", "Silva", "PT"),
    ],
)
def test_officials_with_a_portfolio_are_remembered(text: str, surface: str, code: str) -> None:
    found = [(m.surface, m.code) for m in mentions_in(text) if m.kind == "person"]
    assert (surface, code) in found


def test_a_sentence_with_added_huawei_is_not_reported_speech() -> None:
    text = "The Trump administration's executive order added Huawei to a blacklist of companies."
    assert verdicts(text) == {"US": "bans"}


def test_passive_agent_through_proposed_rules() -> None:
    text = (
        "Huawei was barred from selling to carriers under rules adopted by the "
        "Federal Communications Commission."
    )
    assert verdicts(text) == {"US": "bans"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- China's stock reactions to a measure: wrong, political, discriminatory, urging it
        # reversed, warning of measures, vouching for Huawei. Only China holds them, and a
        # "ban" said near Beijing's name is someone else's, never China's.
        (
            "Beijing's foreign ministry said Lithuania's 5G decision was wrong and urged "
            "Vilnius to reverse it.",
            {"CN": "embraces"},
        ),
        (
            'A Chinese foreign ministry spokeswoman said Canada should "correct its mistaken '
            'decision" on Huawei 5G.',
            {"CN": "embraces"},
        ),
        (
            'China\'s embassy in London called the Huawei ban "a politically motivated decision".',
            {"CN": "embraces"},
        ),
        (
            "The Chinese ambassador to Germany said Berlin's 5G rules were discriminatory "
            "against Huawei.",
            {"CN": "embraces"},
        ),
        (
            "Chinese officials said they were deeply concerned about Romania's 5G law that "
            "targets Huawei.",
            {"CN": "embraces"},
        ),
        (
            "China urged Sweden to provide an open, fair and non-discriminatory environment for "
            "Huawei and its 5G business.",
            {"CN": "embraces"},
        ),
        (
            "Beijing dismissed the security concerns about Huawei's 5G gear as groundless.",
            {"CN": "embraces"},
        ),
        # "the embassy" is the mission named last
        (
            "China's ambassador to Norway spoke about 5G.\n"
            "The embassy said Huawei was a reliable partner for Norway's networks.",
            {"CN": "embraces"},
        ),
        # negative: someone else calling China's concerns groundless
        ("Sweden's regulator said China's concerns about the 5G ban were groundless.", {}),
        # negative: "deeply concerned" by a non-Chinese government is not China's
        ("Australia is deeply concerned about Huawei's role in 5G networks.", {}),
        # --- Open decisions: still studying, yet to decide, drafting a bill, a review under
        # way; "has not said whether" leaves it open instead of turning it over.
        ("Norway has yet to decide whether Huawei can supply its 5G networks.", {"NO": "debating"}),
        (
            "The Danish government has not yet decided if it will restrict Chinese vendors in 5G.",
            {"DK": "debating"},
        ),
        (
            "Colombia's ministry is still studying whether to impose conditions on 5G suppliers.",
            {"CO": "debating"},
        ),
        (
            "Austria's ministry is drafting a bill that would allow it to exclude high-risk "
            "5G vendors.",
            {"AT": "debating"},
        ),
        (
            "A government review of Huawei's role in the 5G networks is under way in New Zealand.",
            {"NZ": "debating"},
        ),
        (
            "Spain's government has not said whether Huawei would be affected by the new 5G rules.",
            {"ES": "debating"},
        ),
        # negative: an open decision about something other than vendors
        ("Peru has yet to announce the date of its 5G spectrum auction.", {}),
        # --- Laws and rules that exclude without naming Huawei, or order kit removed.
        (
            # (restricts, as the devset labels every exclusion of "high-risk" vendors)
            "Poland has passed a law that bars operators from using equipment made by high-risk "
            "5G vendors.",
            {"PL": "restricts"},
        ),
        (
            "Romania adopted rules that prohibit carriers from buying Huawei 5G gear.",
            {"RO": "bans"},
        ),
        (
            "Slovakia's new rules will effectively exclude equipment made by Chinese vendors "
            "from 5G networks.",
            {"SK": "bans"},
        ),
        (
            "The Irish government ordered all Huawei equipment removed from its 5G networks "
            "by 2026.",
            {"IE": "bans"},
        ),
        (
            "Under Bulgaria's new law, operators must obtain state approval before deploying 5G "
            "equipment from any vendor.",
            {"BG": "restricts"},
        ),
        (
            "The Dutch government said it would avoid buying Huawei equipment for its own "
            "ministries.",
            {"NL": "restricts"},
        ),
        # negative: a carrier stopping is its own choice
        ("Vodafone said it would stop using Huawei equipment in its 5G core.", {}),
        # --- Reported "would" is an intention, not a hedge.
        ("Canada said on Thursday it would ban Huawei from its 5G networks.", {"CA": "bans"}),
        (
            "The president said that South Korea would use Huawei's 5G technology.",
            {"KR": "embraces"},
        ),
        # but a bare "would" stays a hedge
        ("Greece would exclude Huawei from its 5G networks.", {"GR": "debating"}),
        # --- Officials welcoming Huawei's part or criticising the US campaign.
        (
            "Serbia's president said Huawei will help build the country's 5G network.",
            {"RS": "embraces"},
        ),
        (
            '"Huawei will participate in our 5G rollout," Kenya\'s ICT minister said.',
            {"KE": "embraces"},
        ),
        (
            "Brazil's vice-president criticised the U.S. campaign against Huawei.",
            {"BR": "embraces"},
        ),
        # negative: the same words from an analyst
        ('"Huawei will participate in our 5G rollout," said a telecoms analyst.', {}),
        # --- Leaving the vendor choice to operators, technology neutrality.
        (
            "Chile's government said its 5G auction was technologically neutral.",
            {"CL": "mitigates"},
        ),
        ("Mexico said operators are free to choose their 5G suppliers.", {"MX": "mitigates"}),
        (
            "Peru's ministry said it would not tell operators which vendor to use for 5G.",
            {"PE": "mitigates"},
        ),
        # negative: a carrier saying so
        ("Entel said operators are free to choose their 5G suppliers.", {}),
        # --- Precision: a declaration's pledge is the declaration, not a ban; a model followed
        # is not an actor; state-owned carriers' choices are theirs.
        (
            "Latvia signed a joint declaration with the US, pledging to keep untrusted vendors "
            "out of 5G.",
            {"LV": "restricts"},
        ),
        (
            "Croatia's regulator said its 5G rules followed the EU's toolbox.",
            {"HR": "restricts"},
        ),
        (
            "In Oman, Omantel and Ooredoo, which are state-controlled, use Huawei equipment in 5G.",
            {},
        ),
        (
            "The regulator said its assessment was based on the EU's 5G security toolbox.",
            {},
        ),
    ],
)
def test_written_set_categories(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A factbox's section headings name the country "the government" means.
        (
            "Where Europe stands on Huawei 5G.\nSWEDEN\n"
            "The regulator has not yet decided what security conditions it will set.\n"
            "FINLAND\nThe government has yet to decide whether to restrict 5G vendors.",
            {"SE": "debating", "FI": "debating"},
        ),
        (
            "Huawei in the Baltics.\nEstonia\nThe government banned Huawei from 5G networks.",
            {"EE": "bans"},
        ),
        (
            "Huawei 5G roundup.\nCzech Republic\n"
            "President Jan Novak backs closer ties with China.\n"
            "The government is considering a ban on Huawei.",
            {"CZ": "debating"},
        ),
        # negative: a country name inside a sentence is not a heading
        ("Huawei 5G roundup.\nSweden is a market.\nThe firm sells phones.", {}),
        # An official named in the sentence's own subject ("China ..., with spokesperson Zhao").
        (
            "Israel weighs 5G.\nIsrael is reviewing Huawei.\nChina has denied the allegations, "
            "with Foreign Ministry spokesperson Li Wei saying in a statement that it was wrong.",
            {"IL": "debating", "CN": "embraces"},
        ),
        # Who objects is not who acts ("brushed off concerns by the US and EU"), and a
        # lower-case title before a known official's name does not make them an object.
        (
            "Malaysia's minister brushed off concerns by the US and EU over Huawei's 5G role.",
            {"MY": "mitigates"},
        ),
        (
            "PUTRAJAYA: Digital minister Ali Hassan spoke.\n"
            "Digital minister Ali Hassan dismissed warnings from the EU about Huawei's 5G gear.",
            {"MY": "mitigates"},
        ),
        (
            "Thailand's minister shrugged off criticism from the European Union about "
            "Huawei's 5G bid.",
            {"TH": "mitigates"},
        ),
        # A pronoun speaker right after an unnamed official is that official.
        (
            "Hungary's foreign minister spoke about 5G.\n"
            '"Huawei will take part in building our 5G network," he said.',
            {"HU": "embraces"},
        ),
    ],
)
def test_sections_and_speakers(text: str, expected: dict[str, str]) -> None:
    assert verdicts(text) == expected
