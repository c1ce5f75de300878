"""Find the places in a sentence that stand for a country's government (or the EU).

A country's name is not always its government. We keep names, capitals and institutions
used as actors ("Berlin's debate", "the Kremlin", "Britain's National Cyber Security Centre"),
demonyms only before a government word ("Malaysian Prime Minister", "German lawmakers"), and
people introduced with an official title. We drop names that are only a place ("said in
Tokyo", "told reporters in Germany") or only a company's home ("Sweden's Ericsson",
"Japanese carrier SoftBank").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from app import countries
from app.extraction.lexicon import lexicon, trie_pattern
from app.extraction.types import Mention, Sentence

# Words that follow "EU"/"European" when it means the member countries, not the Union.
_MEMBERS = re.compile(
    r"\s*(?:member states?|countries|nations|members|states|governments|capitals|partners)\b"
)
# A hyphen compound ("US-led", "US-China", "Beijing-backed") is a modifier, not an actor.
_COMPOUND = re.compile(r"-[A-Za-z]")
# "Country's" followed by a company name or company noun: a company's home, not an actor.
_POSSESSIVE = re.compile(r"\s*['’]s?\s+")
_COMPANY_NOUNS = re.compile(
    # (not "Entity List of companies": the noun of a list's description)
    r"(?:(?!of\s)[\w&.-]+\s+){0,3}?(?:carriers?|operators?|compan(?:y|ies)|firms?|giants?|makers?|"
    r"manufacturers?|vendors?|suppliers?|telcos?|conglomerates?|providers?|groups?|"
    r"subsidiar(?:y|ies)|units?)\b",
    re.IGNORECASE,
)
_COMPANY_AFTER_NAME = re.compile(
    r"\s+(?:(?![a-z]+ed\s|(?:told|tells|orders|asks|allows|lets|urges|forces|requires)\s)[a-z]+\s+)?"
    r"(?:carriers?|operators?|compan(?:y|ies)|firms?|giants?|makers?|"
    r"manufacturers?|vendors?|suppliers?|telcos?|conglomerates?|providers?|chipmakers?)\b"
)
# An apposition naming a company's owners: "Lao Telecom, a joint venture between the Lao state
# and Thailand's Thaicom, chose Huawei" (the company chose, not Thailand).
_OWNERS_BEFORE = re.compile(
    r",\s*(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:joint\s+venture|unit|subsidiary|"
    r"affiliate|arm|division)\s+(?:of|between|owned\s+by)|(?:(?:part|partly|majority|minority|"
    r"wholly|jointly|fully)[- ])?(?:owned|controlled|run)\s+by)\s+[^,;()]{0,60}$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"\s*[,(]?\s*(?:\(|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)
_NAME_TOKEN = r"[A-ZÀ-ÝĀ-Ž][\w'’.-]*"  # noqa: S105 (a regex, not a password)
_PARTICLE = r"(?:bin|bint|van|von|de|del|da|al|el|le|la|der)"
_PERSON_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,3}}"
# Title words that make a person an official ("Prime Minister Mahathir Mohamad").
_TITLE_WORDS = (
    r"(?:Secretary of State|Secretary of Commerce|Foreign Secretary|Prime Minister|"
    r"Vice[- ]President|President|Premier|Chancellor|Minister|Secretary|"
    r"Ambassador|Commissioner|Spokesperson|Spokesman|Spokeswoman|Adviser|Advisor|Senator|"
    r"Governor|minister|president|secretary|ambassador|commissioner|chancellor|premier|official|"
    r"prime minister|spokesperson|spokesman|spokeswoman)"
)
# "[Country/demonym ...] Title Name": the title may be preceded by capitalised words
# ("Communications Minister", "Cabinet Secretary in the Ministry of ...").
# A portfolio after the title ("Minister for Information Technology and Telecommunication").
_PORTFOLIO = (
    r"(?:\s+(?:for|of)\s+(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){0,5}"
    r"(?:Technology|Technologies|Telecommunications?|Communications?|Affairs|Trade|Industry|"
    r"Finance|Defen[cs]e|Economy|Digitali[sz]ation|Information|Innovation|Transport|Commerce|"
    r"Interior|Security|Development|Science|Infrastructure|Posts|Media|Energy|Justice|"
    r"Planning|ICT|IT))?"
)
TITLED_PERSON = re.compile(
    rf"(?P<title>(?:(?:[A-Z][\w-]*|of|for|and|the|in)\s+){{0,8}}?{_TITLE_WORDS}{_PORTFOLIO})\s+"
    rf"(?P<name>{_PERSON_NAME})"
)
# "Name, [the] ... title ..." (apposition): "Wu Ken, the Chinese ambassador to Germany".
_APPOSITION = re.compile(
    rf"(?P<name>{_PERSON_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?P<title>[^,;:]{{0,90}}?\b"
    rf"(?:minister|president|secretary|ambassador|spokesperson|spokesman|spokeswoman|official|"
    rf"commissioner|adviser|advisor|chancellor|premier|director general|head|professor|analyst|"
    rf"CEO|chief executive|chairman|founder|lawyer|expert|director|executive|leader)\b"
    rf"[^,;:]{{0,90}})"
)
# "Country's title, Name," (the title first): "Iran's minister of information and
# communications technology, Mohammad Javad Azari Jahromi, has ...".
TITLE_FIRST = re.compile(
    rf"(?P<title>{_NAME_TOKEN}['’]s\s+(?:[a-z-]+\s+){{0,3}}?(?:minister|president|secretary|"
    rf"ambassador|spokesperson|spokesman|spokeswoman|commissioner|chancellor|premier)"
    rf"(?:\s+(?:of|for)\s+[^,;:]{{1,70}})?),\s+(?P<name>{_PERSON_NAME})\s*,"
)
# "the title of the Body, Name," (a title and its body first): "the director-general of the
# Telecommunications Regulatory Authority, Hamad Obaid Al Mansoori, described ...".
_THE_TITLE_OF = re.compile(
    rf"(?:\b[Tt]he\s+|^\W*)(?P<title>(?:[a-z-]+\s+){{0,2}}?(?i:minister|director[- ]general|head|"
    rf"president|secretary|spokesperson|spokesman|spokeswoman|commissioner|governor|ambassador)\s+"
    rf"(?:of|at|for)\s+(?:the\s+)?[A-Z][^;:]{{2,80}}?),\s+(?P<name>{_PERSON_NAME})"
    r"(?:\s*\([^()]{1,10}\))?\s*,"  # "Hon. Nape Moses Nnauye (MP),"
)
# "Name has been [the] country's title" (a copula): "Ursula Owusu-Ekuful has been Ghana's
# Minister of Communications since 2017".
_COPULAR_TITLE = re.compile(
    rf"(?P<name>{_PERSON_NAME})\s+(?:has\s+been|is|was|became|serves\s+as|has\s+served\s+as)\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?P<title>[^,;:]{{0,60}}?\b(?i:minister|president|secretary|"
    rf"ambassador|spokesperson|spokesman|spokeswoman|commissioner|chancellor|premier|"
    rf"director general)\b[^,;:]{{0,60}})"
)
# "Huawei CEO Ren Zhengfei", "National leader Simon Bridges", "professor Carl Thayer".
_OUTSIDER_TITLED = re.compile(
    r"(?P<title>\b(?:CEO|chief executive|chairman|founder|professor|analyst|director|executive|"
    r"lawyer|expert|leader|host|spokesperson|spokesman|economist|researcher|fellow)\b)"
    rf"(?:\s+emeritus)?\s+(?P<name>{_PERSON_NAME})"
)
_FIRST_WORDS_NOT_NAMES = frozenset(
    "The A An In On At For And But If As Of By To From With This That It He She They We "
    "Mr Ms Mrs Dr Huawei Chinese However Meanwhile Also".split()
)


@dataclass
class Context:
    """What the mention stage remembers across the sentences of one document."""

    people: dict[str, str] = field(default_factory=dict)  # name or surname -> country code
    recent: list[Mention] = field(default_factory=list)  # mentions so far, in order
    last_person: str | None = None  # the country of the last official named
    outsiders: set[str] = field(default_factory=set)  # commentators, executives, opposition
    sentence_no: int = 0  # how many sentences have been read
    official_seen: dict[str, int] = field(default_factory=dict)  # code -> last sentence_no
    last_official: str | None = None  # the country of the last government word or official
    in_turn: bool = False  # a labelled official's turn in a transcript, until the next label
    focus: str | None = None  # the document's own country (dateline, or the one most named)
    envoy: str | None = None  # the country of the last embassy or ambassador named
    envoy_seen: int = -9  # the sentence_no where it was named
    heading: Mention | None = None  # the last section heading that names a country
    section: str | None = None  # the country of the section being read (a factbox's heading)
    answering: bool = False  # inside an interview's answer ("A: ..."), until the paragraph ends
    # Ambiguous names ("Georgia") that this document confirms as countries (its capital or
    # demonym appears): they are found like any other name.
    confirmed: frozenset[str] = frozenset()

    def topic(self, *, before: int | None = None) -> str | None:
        """The country under discussion: the latest one named, preferring neither US nor CN.

        The US and China are usually the outside parties of these stories ("US pressure",
        "China's Huawei"), so a bare "the government" more likely means the other country.
        """
        window = [m for m in self.recent[-30:] if before is None or m.start < before]
        for mention in reversed(window):
            if mention.code not in {"US", "CN", "EU"} and mention.kind != "anaphor":
                return mention.code
        if self.focus is not None:
            return self.focus
        return window[-1].code if window else None


_ANSWER = re.compile(r"^\W*(?:A|Answer)\s*[:.]\s")
_QUESTION = re.compile(r"^\W*(?:Q|Question)\s*[:.]\s")


def note_paragraph(context: Context, sentence: Sentence, *, new_paragraph: bool) -> None:
    """Follow an interview's answers: from "A:" to the end of its paragraph the interviewee
    speaks, so "we" and "our" there are the official's words."""
    label = _SPEAKER_LABEL.match(sentence.text) if new_paragraph else None
    known = _labelled_official(label.group("who"), context) if label else None
    if _ANSWER.match(sentence.text):
        context.answering = True
        context.in_turn = False
    elif known is not None:
        # A transcript's turn: "LIU: Well, I think it is a wrong decision." The official
        # speaks until the next speaker's label, across paragraphs.
        context.answering = True
        context.in_turn = True
        context.last_person = known
    elif label is not None or _QUESTION.match(sentence.text):
        context.answering = context.in_turn = False  # "QUESTION:", "MS ORTAGUS:"
    elif new_paragraph and not context.in_turn:
        context.answering = False


# A transcript's speaker label: "LIU:", "SECRETARY POMPEO:", "Mr Jagdeo:".
_SPEAKER_LABEL = re.compile(r"^\W*(?P<who>[A-Z][A-Za-z.'’ -]{1,40}?)\s*:\s")


def _labelled_official(label: str, context: Context) -> str | None:
    """The country of the official a transcript label names (by a name learnt earlier)."""
    forms = countries.surface_forms()
    for word in reversed(label.split()):
        code = context.people.get(word.title()) or context.people.get(word)
        if code is not None:
            return code
        known = forms.get(word.title())
        if known is not None and known[1] == "person":
            return known[0]  # "SECRETARY POMPEO:", a leader the data knows
    return None


@cache
def _ambiguous() -> re.Pattern[str]:
    names = "|".join(re.escape(name) for name in countries.ambiguous_names())
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w])")


@cache
def _gazetteer() -> re.Pattern[str]:
    forms = list(countries.surface_forms()) + countries.not_country_phrases()
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(forms)})(?![\w])")


# A dateline: "MANILA, March 14 (Xinhua) --", "ISLAMABAD:", "NEW DELHI (Reuters) -".
_DATELINE_START = re.compile(
    r"^\W*(?P<place>[A-Z][A-Za-z.' -]{2,30}?)\s*"
    r"(?:,\s*(?:[A-Z][a-z]{2,}\.?\s+\d|\d)|:|\(|[-–—]{1,2}\s)"
)


def document_focus(text: str) -> str | None:
    """The country a document is about: its dateline's, or the one named most often.

    Only names, capitals, demonyms and institutions count; the US and China (the outside
    parties of most of these stories) only when no other country is named at least twice.
    """
    for line in [x for x in text.lstrip("\ufeff").splitlines() if x.strip()][:5]:
        match = _DATELINE_START.match(line)
        if match:
            place = match.group("place").strip()
            code = countries.lookup(place) or countries.lookup(place.title())
            if code is not None:
                return code
    counts: dict[str, int] = {}
    for match in _gazetteer().finditer(text):
        form = countries.surface_forms().get(match.group())
        if form is not None:
            counts[form[0]] = counts.get(form[0], 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    others = [(code, n) for code, n in ranked if code not in {"US", "CN"}]
    if others and others[0][1] >= 2 and (len(others) == 1 or others[0][1] > others[1][1]):
        return others[0][0]
    return None


def find_mentions(sentence: Sentence, context: Context | None = None) -> list[Mention]:
    """Mentions of governments in ``sentence``; offsets are document offsets.

    With a ``context`` (one per document, fed the sentences in order) it also resolves people
    named earlier with an official title and descriptions such as "the government".
    """
    context = context if context is not None else Context()
    text = sentence.text
    if is_caption(text):
        return []  # a photo caption is not part of the story ("Photo: Reuters")
    found: list[Mention] = []
    heading, alone = _heading(sentence)
    if heading is not None:
        # A section heading ("SWEDEN", "Estonia", "GERMANY: ...") sets the country the
        # section is about, until the next heading.
        context.recent.append(heading)
        context.heading = heading
        context.section = heading.code
        context.last_official = heading.code
        context.official_seen[heading.code] = context.sentence_no
        if alone:
            context.sentence_no += 1
            return [heading]
        found.append(heading)
    elif (several := _several_heading(sentence)) is not None:
        # "SPAIN, AUSTRIA - Both have said ...": a round-up item for several countries.
        context.section = None
        context.heading = several[0]
        found.extend(several)
    elif _OTHER_HEADING.fullmatch(text.strip()) or text.rstrip().endswith("[edit]"):
        context.section = None  # "Other countries", "ASIA": a heading that is no country
    for match in _gazetteer().finditer(text):
        surface = match.group()
        form = countries.surface_forms().get(surface)
        if form is None:  # a phrase that only contains a country's name ("China Mobile")
            continue
        if heading is not None and match.start() < heading.end - sentence.start:
            continue  # the heading itself
        code, kind = form
        if _keeps(text, match.start(), match.end(), code, kind):
            found.append(_mention(sentence, match.start(), match.end(), code, kind))
    if context.confirmed:
        for match in _ambiguous().finditer(text):
            code = countries.ambiguous_names()[match.group()]
            if code in context.confirmed and _keeps(text, match.start(), match.end(), code, "name"):
                found.append(_mention(sentence, match.start(), match.end(), code, "name"))
    found.extend(_anaphors(sentence, found, context))
    # Officials introduced in this very sentence count in it ("Guo Xuejun, deputy director
    # general ... at the foreign ministry, assured ...").
    _learn_people(sentence, found, context)
    found.extend(_people(sentence, found, context))
    found.sort(key=lambda m: m.start)
    context.recent.extend(m for m in found if m.kind != "anaphor")
    for mention in found:
        if mention.kind != "anaphor" and _ENVOY_AFTER.match(text[mention.end - sentence.start :]):
            context.envoy = mention.code  # "China's ambassador to Denmark", "the Chinese embassy"
            context.envoy_seen = context.sentence_no
    for mention in found:
        if mention.kind in {"demonym", "institution", "person"} or (
            mention.kind == "name" and _OFFICIAL_AFTER.match(text[mention.end - sentence.start :])
        ):
            context.last_official = mention.code
            context.official_seen[mention.code] = context.sentence_no
    context.sentence_no += 1
    return found


# A name or demonym followed by its diplomatic mission: "the embassy" later means that country.
_ENVOY_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:[a-z]+\s+)?(?:[Ee]mbassy|[Aa]mbassador|[Ee]nvoy|[Cc]onsulate|diplomats?|"
    r"[Mm]ission\s+to)\b"
)
# "Hungary's minister of foreign affairs", "Italy's prime minister": a name that is an official.
_OFFICIAL_AFTER = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:minister|president|premier|chancellor|secretary|"
    r"ambassador|spokes(?:man|woman|person)|government|ministry)\b"
)
_ENVOY_PHRASE = re.compile(r"the (?:embassy|ambassador|envoy|consulate)", re.IGNORECASE)

_CAPTION = re.compile(
    r"(?:Photo|Image|Picture|Credit)s?\s*:\s*[\w /.&-]{0,40}$|REUTERS/|©|\bFILE PHOTO\b"
)


def is_caption(text: str) -> bool:
    """A photo caption or credit line."""
    return bool(_CAPTION.search(text))


# What may stand around a heading's name: markdown, bullets, flags, a code in brackets.
_HEADING_LEAD = re.compile(r"[\s#*•·>|_\-–—\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF]*")
# (a wiki's section heading ends in "[edit]": "Bahrain[edit]")
_HEADING_NAME = re.compile(
    r"[A-Z][A-Za-z.'’ -]{1,38}?(?=\s*(?:\([A-Z]{2,3}\))?(?:\[edit\])?[\s*_]*(?:[:–—-]|$))"
)
_HEADING_END = re.compile(r"\s*(?:\([A-Z]{2,3}\))?(?:\[edit\])?[\s*_]*(?P<mark>:|\s[–—-]{1,2}\s|$)")
# A short heading-like line that names no country ("Other countries", "ASIA", "Europe").
_OTHER_HEADING = re.compile(r"[#*\s]*(?:[A-Z][\w&'’-]*\s*){1,3}[*\s:]*")


# A round-up item's heading naming several countries in capitals ("SPAIN, AUSTRIA - ").
_SEVERAL_HEADING = re.compile(
    r"[\s*•·-]*(?P<names>[A-Z][A-Z.'’ ]+(?:(?:,\s*|\s+AND\s+|\s*[&/]\s*)[A-Z][A-Z.'’ ]+)+?)"
    r"\s*(?::|\s[–—-]{1,2}\s)"
)


def _several_heading(sentence: Sentence) -> list[Mention] | None:
    match = _SEVERAL_HEADING.match(sentence.text)
    if match is None:
        return None
    found: list[Mention] = []
    for part in re.finditer(r"[A-Z][A-Z.'’]*(?: [A-Z][A-Z.'’]*)*", match.group("names")):
        surface = part.group()
        if surface == "AND":
            continue
        code = countries.lookup(surface.title())
        if code is None:
            return None
        start = match.start("names") + part.start()
        found.append(_mention(sentence, start, start + len(surface), code, "name"))
    return found if len(found) >= 2 else None


def _heading(sentence: Sentence) -> tuple[Mention | None, bool]:
    """A factbox's section heading: a country's name alone on its line, or before a colon
    or a dash that opens the section's first sentence ("GERMANY: Still undecided.",
    "🇯🇵 Japan (JP) – Government guidelines ...", "## Italy").

    Returns the mention and whether it is the whole line.
    """
    text = sentence.text
    lead = _HEADING_LEAD.match(text)
    at = lead.end() if lead else 0
    name = _HEADING_NAME.match(text, at)
    if name is None:
        return None, False
    surface = name.group().strip()
    code = countries.lookup(surface) or countries.lookup(surface.title())
    if code is None or code != (countries.lookup(surface.title()) or code):
        return None, False
    kind = (
        countries.surface_forms().get(surface.title(), ("", ""))[1]
        or (countries.surface_forms().get(surface, ("", ""))[1])
    )
    if kind not in {"name"}:
        return None, False  # "LONDON -": a dateline, not a heading
    end = _HEADING_END.match(text, name.end())
    if end is None:
        return None, False
    rest = text[end.end() :].strip()
    mark = end.group("mark")
    if rest and not mark.strip():
        return None, False
    if rest and mark.strip() != ":":
        # A dash: only in capitals or when nothing else on the line looks like an aside
        # ("Germany – the EU's largest economy – has ..." is a sentence, not a heading).
        if not surface.isupper() and re.search(r"\s[–—-]{1,2}\s", rest):
            return None, False
        if not surface.isupper() and not rest[:1].isupper():
            return None, False
    start = name.start() + (len(name.group()) - len(name.group().lstrip()))
    return _mention(sentence, start, start + len(surface), code, "name"), not rest


def _mention(sentence: Sentence, start: int, end: int, code: str, kind: str) -> Mention:
    return Mention(
        code=code,
        start=sentence.start + start,
        end=sentence.start + end,
        surface=sentence.text[start:end],
        kind=kind,
    )


def _keeps(text: str, start: int, end: int, code: str, kind: str) -> bool:
    lex = lexicon()
    before, after = text[:start], text[end:]
    if _COMPOUND.match(after):
        return False  # "US-led", "US-China", "Beijing-backed"
    if before.endswith("Huawei ") or lex.company_before.search(before):
        return False  # "Huawei Malaysia", "VIVA Bahrain", "Nokia of Finland": a company's home
    if code == "EU" and _MEMBERS.match(after):
        return False  # "EU countries have banned": the members, not the Union
    if kind == "name" and _brand_before(before):
        return False  # "Tigo Colombia has selected Huawei", "Entel Peru": a company's name
    if _OWNERS_BEFORE.search(before[-100:]):
        return False  # "Unitel, part-owned by Vietnam's Viettel, said ...": a company's owners
    if lex.places.search(before[-80:]):
        return False  # "said in Tokyo", "told reporters in Germany", "ambassador to Denmark"
    if kind == "demonym":
        return _demonym_is_government(after)
    if kind == "capital":
        words = before.split()
        if words and (
            words[-1].lower() in lex.capital_prepositions
            or (words[-1][:1].isupper() and words[-1] not in _NOT_BRANDS)
        ):
            # "in Tokyo", "University of New South Wales Canberra" (but "When Washington added")
            return False
        if _DATELINE.match(after):
            return False  # "Zagreb, Aug 13 (efe-epa)": a dateline
        following = after.split(None, 1)
        if (
            following
            and following[0][:1].isupper()
            and not lex.government_heads.match(after.lstrip())
        ):
            return False  # "Washington Examiner"
    if kind == "name" and _COMPANY_AFTER_NAME.match(after):
        return False  # "a US company", "U.S. firms"
    possessive = _POSSESSIVE.match(after)
    if possessive and kind in {"name", "capital"}:
        rest = after[possessive.end() :]
        if lex.companies.match(rest):
            return False  # "Sweden's Ericsson", "China's Huawei"
        company = _COMPANY_NOUNS.match(rest)
        government = lex.government_heads.search(rest[:60])
        if (
            company
            and not (government and government.start() < company.end())
            and not _OBLIGED_AFTER.match(rest[company.end() :])
        ):
            return False  # "Vietnam's biggest telecoms company" (but "Portugal's operators must")
    return True


# Companies under a rule: "Portugal's operators cannot use ...", "must remove": the country's rule.
_OBLIGED_AFTER = re.compile(
    r"\s+(?:now\s+)?(?:cannot|can no longer|may not|may no longer|must|will have to|have to|"
    r"are required to|are obliged to|are (?:being )?(?:barred|banned|prohibited|forbidden)|"
    r"are not (?:allowed|permitted)|will not be (?:allowed|permitted)|will be required)\b"
)
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][\w&-]+) $")
# Capitalised words that can stand right before a country's name without being a brand.
_NOT_BRANDS = frozenset(
    """The A An In On At For And But If As Of By To From With This That It He She They We Mr Ms
    Mrs Dr However Meanwhile Also While Both Neither Nor Either Even Only Why How When Where What
    Which Who Today Now Then Since After Before Unlike Like Across Under Over Against Despite
    Although Though Because So Yet Or Whereas Unless Until Including Among Between Within Without
    Through During Not No Unlike Besides Beyond Inside Outside Near Via Per Whether Once Here
    There Last Next Earlier Later Each Every All Some Many Most Other Such Neighbouring
    Neighboring Fellow Ally Allies Member Members State States North South East West Northern
    Southern Eastern Western Central Upper Lower Greater New Old Republic Kingdom Democratic
    People People's Islamic Federal United Arab Independent Free Socialist Union Commonwealth
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday EU NATO G7 G20 ASEAN BRICS UN US
    UK President Premier Minister Chancellor Prime Ambassador Secretary Governor King Queen
    Prince Sheikh Emir Sultan Said Says Told Asked Read Related More See Photo Image Source
    Sources Tags Tag Topics Updated Published By Home News World Europe Asia Africa Americas
    Technology Business Politics Opinion Analysis Explainer Factbox Exclusive Breaking Watch
    Listen Share Soon Instead Still Already Again Thus Hence Indeed Perhaps Maybe Elsewhere
    Overall Together Otherwise Above Below Around Apart Plus Except Amid Towards Toward""".split()
)


def _brand_before(before: str) -> bool:
    """A capitalised word glued before a country's name makes them a company's name."""
    word = _WORD_BEFORE.search(before)
    if word is None or word.group("word") in _NOT_BRANDS or word.group("word").endswith("ly"):
        return False  # ("Recently Germany ...": an adverb)
    return countries.lookup(word.group("word")) is None  # not "Korea" in a longer name


def _demonym_is_government(after: str) -> bool:
    """A demonym names a government only when a government word follows it closely."""
    lex = lexicon()
    window = re.split(r"[,;:()\"“”]", after, maxsplit=1)[0]
    window = " ".join(window.split()[:5])
    if lex.companies.match(window.lstrip()):
        return False  # "Swedish Ericsson"
    government = lex.government_heads.search(window)
    if government is None:
        return False
    company = lex.company_heads.search(window)
    return company is None or government.start() < company.start()


def _people(sentence: Sentence, found: list[Mention], context: Context) -> list[Mention]:
    """Officials named with a title earlier ("Mahathir" after "Prime Minister Mahathir")."""
    text = sentence.text
    taken = [(m.start - sentence.start, m.end - sentence.start) for m in found]
    extra: list[Mention] = []
    for name in sorted(context.people, key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if all(match.end() <= s or match.start() >= e for s, e in taken):
                code = context.people[name]
                extra.append(_mention(sentence, match.start(), match.end(), code, "person"))
                taken.append((match.start(), match.end()))
    return extra


def _anaphors(sentence: Sentence, found: list[Mention], context: Context) -> list[Mention]:
    """ "the government", "the prime minister": resolved to the country under discussion."""
    text = sentence.text
    taken = [(m.start - sentence.start, m.end - sentence.start) for m in found]
    extra: list[Mention] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in lexicon().anaphors.finditer(text):
        if not free(match.start(), match.end()):
            continue
        if any(
            re.fullmatch(r"(?:['’]s?)?\s+", text[m.end - sentence.start : match.start()])
            for m in found
            if m.end - sentence.start <= match.start()
        ):
            continue  # "German lawmakers": the demonym already stands for them
        named = re.match(r"\s+(?:in|of)\s+(?:the\s+)?", text[match.end() :])
        if named and any(m.start == sentence.start + match.end() + named.end() for m in found):
            continue  # "the government in Australia": the name that follows is the mention
        phrase = match.group().lower()
        if phrase.endswith(_STATE_ACTS) and not re.search(
            r"(?:^|[,;:(]|\b(?:and|but|then|that)\s+)\W*(?:the\s+)?$", text[: match.start()]
        ):
            continue  # a body of the state only as the subject ("Lawmakers passed ...")
        # A title or "his government" points at the last official named; the rest at the
        # country under discussion.
        person = phrase.split()[0] in {"his", "her"} or not phrase.endswith(
            (
                "government",
                "council",
                "ministers",
                "executive",
                "administration",
                "ministry",
                "regulator",
                "department",
                "agency",
                "authority",
                "commission",
                "cabinet",
                "authorities",
                "lawmakers",
                "legislators",
                "parliament",
                *_STATE_ACTS,
            )
        )
        code = context.last_person if person else None
        if person:
            # "lawmakers from Angela Merkel's party ..., while the chancellor has ...": a leader
            # named earlier in the sentence is the one the title means.
            at = sentence.start + match.start()
            leaders = [m for m in found if m.kind == "person" and m.end <= at]
            code = leaders[-1].code if leaders else code
        if _ENVOY_PHRASE.fullmatch(phrase):
            code = context.envoy  # "the embassy": the mission named last, or nobody
            if code is None:
                continue
        earlier = [m for m in found if m.start < sentence.start + match.start()]
        state = _MONARCHY.fullmatch(phrase)
        if state is not None:
            code = _last_of(context, earlier, countries.monarchies(state.group(1)))
            if code is None:
                continue  # "the kingdom" with no kingdom named: nobody we can tell
        if code is None and phrase.endswith("commission"):
            # "The Commission has not proposed ..." after "the European Commission": the body
            # last named as a commission, before the country under discussion.
            code = _last_commission(context, earlier)
            if code is None:
                continue  # "the commission" of an inquiry: nobody we can tell
        if code is None and phrase.startswith("our "):
            # "Our government" in a member's speech or an official's answer: the speaker's own
            # country (the document's), not the last place named ("Canadians in Hong Kong").
            code = (context.last_person if context.answering else None) or context.focus
        code = code or _topic_with(context, earlier, sentence)
        # A modifier that names a country ("the Chinese government") was already found.
        if code is not None:
            extra.append(_mention(sentence, match.start(), match.end(), code, "anaphor"))
    return extra


# Bodies and acts of the state that stand for it only as a subject ("Lawmakers passed ...",
# "A defence bill signed this month bars ...").
_STATE_ACTS = (
    "lawmakers",
    "legislators",
    "parliament",
    "law",
    "legislation",
    "decree",
    "ordinance",
    "bill",
    "act",
    "regulation",
    "regulations",
    "directive",
    "guidelines",
    "executive order",
)


_MONARCHY = re.compile(r"the (kingdom|emirate|sultanate)")


def _last_commission(context: Context, earlier: list[Mention]) -> str | None:
    """The country of the commission named last in the recent sentences, if any."""
    for mention in [*reversed(earlier), *reversed(context.recent[-30:])]:
        if "Commission" in mention.surface:
            return mention.code
    return None


def _last_of(context: Context, earlier: list[Mention], codes: frozenset[str]) -> str | None:
    """The latest country named (this sentence first, then the document) among ``codes``."""
    for mention in [*reversed(earlier), *reversed(context.recent)]:
        if mention.code in codes:
            return mention.code
    return context.focus if context.focus in codes else None


_COMPARED = re.compile(r"\b(?:from|than|unlike|like|as)\s+(?:the\s+)?$")


def _topic_with(context: Context, earlier: list[Mention], sentence: Sentence) -> str | None:
    """The country under discussion, counting names earlier in the same sentence first (not
    one named only for comparison: "Germany has chosen a different route from Britain: ... the
    government" is Germany's)."""
    for mention in reversed(earlier):
        left = sentence.text[: mention.start - sentence.start]
        if mention.code not in {"US", "CN"} and not _COMPARED.search(left):
            return mention.code
    # A government word in the last two sentences ("the Chinese government delegate ...
    # at the foreign ministry") beats the general topic.
    last = context.last_official
    if last is not None and context.sentence_no - context.official_seen.get(last, -9) <= 2:
        return last
    return context.topic()


def _learn_people(sentence: Sentence, found: list[Mention], context: Context) -> None:
    """Remember officials introduced with a title, so that later "Mahathir said" counts."""
    text = sentence.text
    lex = lexicon()
    for match in _OUTSIDER_TITLED.finditer(text):
        head = text[max(0, match.start() - 40) : match.end("title")]
        if lex.not_official.search(head) or "leader" in match.group("title"):
            _remember_outsider(context, match.group("name"))
    for match in _APPOSITION.finditer(text):
        if lex.not_official.search(match.group("title")):
            _remember_outsider(context, match.group("name"))
    for match in TITLED_PERSON.finditer(text):
        name = match.group("name")
        title_start = match.start("title")
        # "Minister Johnny G Plate of Indonesia" (the country named after the person wins:
        # "President Vučić of Serbia and Prime Minister Hoti of Kosovo")
        after = re.match(r"\s+of\s+(?:the\s+)?", text[match.end() :])
        at = sentence.start + match.end() + after.end() if after else -1
        code = next((m.code for m in found if m.start == at), None)
        if code is None:
            code = _country_near(
                sentence, found, sentence.start + title_start, sentence.start + match.end()
            )
        if code is None:
            # "In Beijing, foreign ministry spokesman Lu Kang ...": the opening place is
            # where the official speaks for.
            opening = _OPENING_PLACE.match(text[:title_start])
            if opening is not None:
                form = countries.surface_forms().get(opening.group("place"))
                code = form[0] if form is not None else None
        title_text = text[max(0, title_start - 20) : match.end("title")]
        if code is None and context.envoy is not None and _ENVOY_TITLE.search(title_text):
            if context.sentence_no - context.envoy_seen <= 3:
                code = context.envoy  # "embassy spokesperson Wang" after "China's embassy said"
        if code is None and _EU_COMMISSIONER.search(match.group("title")):
            if any(m.code == "EU" for m in context.recent[-30:]):
                code = "EU"  # "Commissioner Thierry Breton" after "the European Commission"
        if code is None:
            code = (
                countries.lookup(name)
                or _sentence_country(sentence, found)
                or _sentence_subject(sentence, found)
                or _last_government(context)
            )
        _remember(context, name, code)
    for match in _ENVOY_TO.finditer(text):
        # "Chinese Ambassador to Ethiopia Zhao Zhiyuan": the host country, then the name;
        # the envoy speaks for the country named before the title.
        name = _after_host(match.group("rest"))
        if name is not None:
            at = sentence.start + match.start()
            _remember(context, name, _country_near(sentence, found, at, at + 1))
    appositions = [*_APPOSITION.finditer(text), *_COPULAR_TITLE.finditer(text)]
    for match in [*appositions, *TITLE_FIRST.finditer(text), *_THE_TITLE_OF.finditer(text)]:
        title = match.group("title")
        if lex.not_official.search(title):
            continue
        inside = [
            m
            for m in found
            if sentence.start + match.start("title") <= m.start < sentence.start + match.end()
        ]
        code = inside[0].code if inside else _last_government(context)
        _remember(context, match.group("name"), code)


_ENVOY_TO = re.compile(
    rf"\b(?:Ambassador|ambassador|Envoy|envoy)\s+to\s+(?:the\s+)?(?P<rest>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,5}})"
)


def _after_host(words_text: str) -> str | None:
    """The person's name after the host country ("Ethiopia Zhao Zhiyuan" -> "Zhao Zhiyuan")."""
    words = words_text.split()
    size = leading_country_words(words, rest=1)
    return " ".join(words[size : size + 4]) if size else None


def leading_country_words(words: list[str], rest: int) -> int:
    """How many of the first words name a country, leaving at least ``rest`` words (0 if none)."""
    for size in (3, 2, 1):
        if len(words) >= size + rest and countries.lookup(" ".join(words[:size])):
            return size
    return 0


_ENVOY_TITLE = re.compile(r"\b(?:[Ee]mbassy|[Cc]onsulate|[Mm]ission)\b")
_EU_COMMISSIONER = re.compile(r"\bCommissioner\b")
_OPENING_PLACE = re.compile(
    r"^\W*(?:In|From)\s+(?P<place>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)"
    r"(?:\s+(?:on|last|this|late|early)\s+[A-Z]?[a-z]+)?,\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}$"
)


def _sentence_country(sentence: Sentence, found: list[Mention]) -> str | None:
    """A country other than the US or China named in the sentence ("... as Oslo has ..."),
    not as an object ("brushed off concerns by the US and EU")."""
    for mention in found:
        if mention.code not in {"US", "CN"} and mention.kind in {"name", "capital", "demonym"}:
            left = sentence.text[: mention.start - sentence.start]
            if _OBJECT_BEFORE.search(left):
                continue
            return mention.code
    return None


_OBJECT_BEFORE = re.compile(
    r"\b(?:by|from|to|with|against|over|about|on|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.]*\s+(?:and|or)\s+(?:the\s+)?)?$"
)


def _sentence_subject(sentence: Sentence, found: list[Mention]) -> str | None:
    """The country that opens a sentence ("China has expressed outrage ..., with its
    spokesperson Zhao saying"): even the US or China beats a guess from earlier sentences."""
    for mention in found:
        if mention.kind in {"name", "capital", "demonym"}:
            lead = sentence.text[: mention.start - sentence.start]
            return mention.code if re.fullmatch(r"\W*(?:The\s+)?", lead) else None
    return None


def _remember_outsider(context: Context, name: str) -> None:
    tokens = name.split()
    if tokens and tokens[0] not in _FIRST_WORDS_NOT_NAMES and name not in context.people:
        context.outsiders.add(name)
        context.outsiders.add(tokens[-1])


def _country_near(sentence: Sentence, found: list[Mention], start: int, end: int) -> str | None:
    """The country named in or just before a title ("Malaysian Prime Minister ...")."""
    for mention in found:
        if start - 3 <= mention.start <= end and mention.kind != "person":
            return mention.code
    # "Chinese foreign ministry spokesman Zhao": a few lower-case words between.
    for mention in reversed(found):
        if mention.kind in {"person", "anaphor"} or mention.end > start:
            continue
        gap = sentence.text[mention.end - sentence.start : start - sentence.start]
        return mention.code if _GAP_TO_TITLE.fullmatch(gap) else None
    return None


_GAP_TO_TITLE = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,3}")


def _last_government(context: Context) -> str | None:
    """The country of the last government word seen ("Chinese authorities", an official)."""
    for mention in reversed(context.recent[-30:]):
        if mention is context.heading:
            return mention.code  # "CZECH REPUBLIC ... President Milos Zeman"
        if mention.kind in {"demonym", "institution", "person"}:
            if mention.code in {"US", "CN", "EU"} and context.focus not in {None, mention.code}:
                return context.focus  # "Chinese" vendors are everywhere; the focus is not
            return mention.code
    # No government word yet: an official with no country of their own speaks for the
    # document's own country (its dateline), not for a company's home named in passing.
    return context.focus or context.topic()


_UP_TO_TITLE = re.compile(rf"^.*\b{_TITLE_WORDS}\s+")


def _remember(context: Context, name: str, code: str | None) -> None:
    name = re.sub(r"['’]s?$", "", name)
    # "Communications Minister Mitch Fifield" (caught whole by an apposition) is Mitch Fifield.
    name = _UP_TO_TITLE.sub("", name)
    tokens = name.split()
    if code is None or not tokens or tokens[0] in _FIRST_WORDS_NOT_NAMES:
        return
    forms = countries.surface_forms()
    if any(forms.get(t, ("", "person"))[1] != "person" for t in (name, tokens[-1])):
        return  # "Prime Minister Britain" is not a person
    # The first introduction wins: it is usually the fullest ("US official Robert Strayer").
    context.people.setdefault(name, code)
    if len(tokens) > 1 and len(tokens[-1]) > 2:
        context.people.setdefault(tokens[-1], code)
    if len(tokens) > 1 and (len(tokens[0]) > 2 or re.fullmatch(r"[A-Z][a-z]", tokens[0])):
        # Asian names often put the family name first ("Wu Ken" -> "Wu", "Li Jiming" -> "Li").
        context.people.setdefault(tokens[0], code)
    context.last_person = code


def mentions_in(text: str) -> list[Mention]:
    """Mentions in a whole text (sentence by sentence, one shared context): for tests and tools."""
    from app.extraction.sentences import split_sentences

    context = Context()
    return [m for s in split_sentences(text) for m in find_mentions(s, context)]
