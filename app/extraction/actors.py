"""Actors: which governments hold a cue's position (rules 5, 6, 10, 11 and 12 of
:mod:`app.extraction.stance`). The nearest coordinated group before the cue and what may
stand before a subject, titles and possessives ("US President Trump", "Britain's ban"),
passive agents and places, round-up headings and elided subjects, generic groups and their
examples, companions ("alongside X"), the pair before "Both", pressure (asking is not
acting), companies acting on their own, a carrier's own choice of vendor, and the stance
"followed suit" refers back to. They are one family because they all read where names stand
relative to the cue and to each other, and answer with country codes rather than a stance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from app import countries
from app.extraction.clauses import WORD, Clause, CueMatch
from app.extraction.lexicon import lexicon
from app.extraction.mentions import Context, mentions_in
from app.extraction.modality import is_hedged, is_negated
from app.extraction.types import Claim, Mention, Sentence, Stance
from app.extraction.verdict import decide

# The gap between two members of a coordinated group ("the U.S., Australia and New Zealand").
_COORDINATION = re.compile(
    r"^\s*(?:,\s*)?(?:(?:and|or|&|as well as|plus|along with|including|both|nor)\s+)?(?:the\s+)?$"
)
# Prepositions before a name that make it something other than the subject.
_NOT_SUBJECT = frozenset(
    "in-place from-vendor presser object defining of behalf to against on at over about than into "
    "toward towards with for between among unlike versus vs behind beyond despite during amid "
    "ahead".split()
)
# Times, not agents: "signed ... during Xi Jinping's state visit".
_TIME_PREPOSITIONS = frozenset({"during", "amid", "ahead"})
# Words that may stand before a subject: conjunctions, reporting verbs, adverbs, determiners.
# Any other lower-case word before a name makes it an object ("to satisfy the US").
_BEFORE_SUBJECT = frozenset(
    """and or but nor while as that whereas since because after before when if so then also now
    already including both even said says say told tells reported reports announced announces
    added adds noted believes believe thinks think claimed claims stated states argued argues
    warned warns revealed reveals confirmed confirms indicated indicates insisted insists
    explained explains wrote writes suggests suggested showed shows where whether though
    although until unless only just still yet finally recently earlier later today yesterday
    meanwhile moreover furthermore however instead thus hence other fellow neighbouring
    neighboring like such especially notably particularly namely many several some all most
    which whom how why other countries nations governments allies members states partners ally
    neighbour neighbor government officials in by from with of makes made make making time week
    weeks month months year years day days morning evening night is are was were""".split()
)
# Nouns whose "by X" / "from X" names who objects, not who acts ("brushed off concerns by the EU").
_OBJECTIONS = frozenset(
    "concern concerns worries fears objections criticism complaints warnings doubts".split()
)
_AFTER_PREPOSITIONS = frozenset({"in", "in-place", "from", "of", "across", "throughout", "by"})
_PASSIVE_AGENT = re.compile(
    r"^(?:[^,;]{0,30}?|[^,;]{0,60}?\bunder\s+(?:new\s+)?(?:rules|regulations|an?\s+order|a\s+law)"
    r"\s+(?:proposed|issued|adopted|drafted|introduced|approved)\s+)\bby\s+(?:the\s+)?$"
)

# A company as the subject of a business act ("In Myanmar, Ooredoo has partnered with ...").
_TITLES = (
    r"(?:Minister|Ministry|President|Prime|Premier|Chancellor|Government|Cabinet|Parliament|"
    r"Regulator|Commission|Authority|Agency|Department|Secretary|State|It|He|She|They|We)\b"
)
_COMPANY_ACT = (
    r"\s+(?:(?:said|says|announced)\s+(?:it|they)\s+)?(?:has\s+|have\s+|had\s+)?"
    r"(?:also\s+|both\s+|each\s+|already\s+)?(?:partnered|signed|"
    r"helped|won|secured|agreed|launched|deployed|built|supplied|provided|teamed|joined|completed|"
    r"tested|inked|chosen|chose|picked|selected|opted|replaced|swapped|dropped|ditched|switched|"
    r"extended|renewed|expanded)\b"
)

# A time adverbial between a subject and its verb ("Britain on Tuesday ordered ...").
_TIME_ADVERBIAL = (
    r"(?:(?:on|in|at|since|by|during|last|this|earlier|later|next|early|late)\s+"
    r"(?:(?:this|last|the|of|[A-Z]\w+|\d{1,4}(?:st|nd|rd|th)?|week|month|year|weekend|"
    r"morning|afternoon|evening|night|spring|summer|autumn|fall|winter),?\s+){1,3}?)"
)
_REPORTED = re.compile(
    rf"^\W*(?:[\w ]{{1,30}},\s*)?{_TIME_ADVERBIAL}?(?:\w+\s+)?{_TIME_ADVERBIAL}?"
    r"(?:says|said|announced|ruled|decided|ordered|told|stated|instructed|directed|required|"
    r"obliged|forced|barred|banned|prohibited|forbade)\b"
)
# A clause that starts with a verb has the subject of the clause before.
_ELLIPSIS = re.compile(
    r"(?P<each>(?:[Tt]hey\s+)?(?:[Ee]ach|[Bb]oth|[Aa]ll)\s+)?"
    r"(?:(?:last|this|next)\s+(?:year|month|week)\s+|in\s+\d{4}\s+)?(?:also\s+|then\s+|now\s+)?"
    r"(?:plans?|has|have|had|is|are|was|were|will|would|decided|wants?|expects?|intends?|said|"
    r"says|[Ss]igned|[Jj]oined|[Bb]anned|[Bb]arred|[Ee]xcluded|[Aa]dopted|[Pp]assed|[Ii]mposed|"
    r"[Aa]nnounced|[Rr]estricted|[Ll]imited|[Rr]uled|[Dd]eclined|[Rr]efused|[Aa]llowed|"
    r"[Hh]as|[Hh]ave|[Ii]s|[Aa]re|[Ww]ill|[Pp]lans?)\b"
)
# A round-up item opening with its verb, its subject elided ("Ordered operators to ...",
# "Has welcomed Huawei's role ...").
_VERB_FIRST = re.compile(
    r"^\W*(?:(?:Still|Also|Already|Now|Then|Recently|Formally)\s+)?(?:Has|Have|Had|Is|Was|Will|"
    r"(?!(?:Operators|Carriers|Analysts|Experts|Critics|Officials|Ministers|Regulators|"
    r"Companies|Firms|Telcos|Providers|Vendors|Suppliers|Executives|United|Reports)\b)"
    r"[A-Z][a-z]+(?:ed|s))\s+(?!of\b|and\b|to\b)[a-z]"
)
# A round-up item's heading in capitals before a dash on the same line ("UK – ", "SPAIN,
# AUSTRIA - ").
_ROUNDUP_ITEM = re.compile(
    r"^\W*[A-Z][A-Z.'’&]*(?:(?:\s+|,\s*|\s+AND\s+)[A-Z][A-Z.'’&]*)*\s[-–—]{1,2}\s"
)
# A capitalised verb opening a clause: the item of a list whose heading is the subject.
_LIST_ITEM = re.compile(r"[A-Z][a-z]+(?:ed|s)\b")

# Words before a name that make it a member listed to define a group, or an exception
# ("an alliance comprising Australia, Canada ...", "all vendors except those from China").
_DEFINING = re.compile(
    r"(?:compris\w*(?:\s+of)?|consist\w*\s+of|made\s+up\s+of|composed\s+of|members?\s+(?:are|is|include)|"
    r"except(?:\s+for)?(?:\s+those)?(?:\s+from)?|excluding|other\s+than|apart\s+from|besides)"
    r"[\s,]*(?:the\s+)?(?:[^\s,]+\s+)?$",
    re.IGNORECASE,
)
# "the governments of X and Y": the names after "of" are the subject.
_GOVERNMENTS_OF = re.compile(
    r"\b(?:governments?|leaders|authorities|administrations?|states|countries|nations|"
    r"ministers?|cabinets?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A list after the cue that holds it too ("... in countries such as Spain and Portugal").
_LIST_AFTER = re.compile(r"(?:such as|including|notably|namely|like|as in)\s+(?:the\s+)?$")
# Others named as sharing the act ("Sweden has joined ranks with the US, the UK and Japan").
_COMPANIONS = re.compile(
    r"\b(?:(?:joined|joins|join|joining)\s+(?:ranks|forces|hands)\s+with|alongside|together with|"
    r"(?:joined|joins|join|joining)(?=\s+(?:the\s+)?[A-Z]))\s+(?:the\s+)?",
)
# A fronted participle phrase whose subject follows the comma: "While restricting ..., the US".
_FRONTED = re.compile(
    r"^(?:While|When|After|Before|By|In|Despite|Since|Besides|On|Through)?\s*(?:\w+ly\s+)?"
    r"[a-z]+ing\b[^,;]{0,160},\s*(?:[a-z]+,\s*)?(?:the\s+)?"
)
# An act that a demonym or a possessive owns ("an Australian decision", "Britain's ban").
_ACT_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:(?!to\b)[\w-]+\s+)?(?:decision|ban|move|law|policy|rules|measures|restrictions|"
    r"order|ruling|legislation|regulations?|declaration|guidelines|guidance|framework|draft)\b"
)

# The cause of an agentless exclusion given as a carrier's own choice of vendor.
_CHOICE_CAUSE = re.compile(
    r"\b(?:after|as|because|since|when|with)\s+(?P<who>[^,;]{1,60}?)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:picked|chose|chosen|selected|opted\s+for|went\s+with|gone\s+with|awarded|preferred|"
    r"tapped|turned\s+to|signed\s+with)\b"
)

_GOVERNMENT_WORD = re.compile(
    r"\b(?:government|ministry|minister|regulator|authorit(?:y|ies)|cabinet|council|state|"
    r"officials?|parliament|president|agency)\b",
    re.IGNORECASE,
)


@cache
def _company_acts() -> re.Pattern[str]:
    names = lexicon().companies.pattern
    # A capitalised word that is not a title nor the end of a body's name ("Ministry of
    # Communications have launched") is taken for a company ("In Chile, Entel has signed").
    # (nor a country or a capital: "Dodoma renewed its contract with Huawei")
    places = "|".join(
        re.escape(surface)
        for surface, (_, kind) in countries.surface_forms().items()
        if kind in {"name", "capital"} and " " not in surface
    )
    other = rf"(?<!of )(?<!for )(?<!and )(?<!& )\b(?!{_TITLES})(?!(?:{places})\b)[A-Z][\w&-]+"
    # A country in the brand ("Entel Peru", "Telia Norway"); two of them ("Entel and Movistar
    # have already picked Nokia").
    other = rf"{other}(?:\s+(?:{places}))?(?:\s+and\s+(?!{_TITLES})[A-Z][\w&-]+)?"
    # (an apposition may stand between: "Telenor, in which the state holds a 54% stake, replaced")
    brand = rf"(?:{names})(?:\s+(?:{places}))?"
    # A known company's own denial: "a claim Huawei has consistently denied".
    denial = r"\s+(?:has\s+|have\s+)?(?:\w+ly\s+)?(?:denied|denies)\b"
    return re.compile(rf"(?:{brand}|{other})(?:,[^,;]{{1,60}},)?{_COMPANY_ACT}|(?:{names}){denial}")


@cache
def _operator_plan() -> re.Pattern[str]:
    """A known operator announcing its own plan: "BT said last week it would remove ..."."""
    names = lexicon().companies.pattern
    return re.compile(
        rf"\b(?:{names})\s+(?:said|says|announced|confirmed)\b[^;\"“]{{0,30}}?\b(?:it|they)\b"
    )


def operator_choice(right: str) -> bool:
    """A cause after the cue that is a company's pick of another vendor, not a government's act
    ("after Singtel picked Ericsson", "as the operators chose Nokia")."""
    for match in _CHOICE_CAUSE.finditer(right):
        who = match.group("who")
        if not _GOVERNMENT_WORD.search(who) and not mentions_in(who):
            return True
    return False


def inherited(
    cue: CueMatch, clause: Clause, mentions: list[Mention], earlier: Sequence[Claim]
) -> Stance | None:
    """The stance a "followed suit" / "a similar stance to the UK" refers back to.

    A country named after the cue is the model ("similar stance to the UK"); otherwise it is
    the latest position stated before, by someone other than the clause's own subject.
    """
    cue_end = clause.start + cue.end
    model = [m.code for m in mentions if m.start >= cue_end]
    before = [m for m in mentions if m.end <= clause.start + cue.start]
    # The cue's own subject; an earlier coordinated clause's name is the model ("Poland
    # signed ..., and Romania did so").
    own = {m.code for m in (nearest_group(clause, before, cue.start) or before[-1:])}
    for claim in reversed(earlier):
        if model and claim.country_code == model[0]:
            return claim.stance
    if model and any(m.code == model[0] for m in mentions):
        pass  # the model has no stated position here: fall back to the latest one
    for claim in reversed(earlier):
        if claim.country_code not in own and (
            claim.end <= clause.start + cue.start
            or (not model and claim.start < clause.start + cue.start)
        ):
            # What that country does on the whole so far, not its last stray claim
            # ("Critics say Slovenia has just banned Huawei" amid its declaration).
            so_far = decide(c for c in earlier if c.country_code == claim.country_code)
            return so_far[0].stance if so_far else claim.stance
    return None


def companions(clause: Clause, mentions: list[Mention]) -> list[str]:
    """Governments named as sharing the act ("... joined ranks with the US and Japan")."""
    codes: list[str] = []
    for match in _COMPANIONS.finditer(clause.text):
        at = clause.start + match.end()
        follow = [m for m in mentions if m.start >= at]
        if follow and follow[0].start == at:
            codes += [m.code for m in _nearest_group_after(clause, follow)]
    return codes


# A generic group of governments that holds the cue ("countries in the region that have
# signed ...", "several governments have excluded ..."), with no name between it and the cue.
_GENERIC_GROUP = re.compile(
    r"\b(?:countries|nations|governments|states|allies|members|economies|jurisdictions)"
    r"(?:\s+(?:in|of|across|around|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s*,?\s*(?:that|which|who)\b)?[^,;:]{0,60}$",
    re.IGNORECASE,
)
# The group's examples right after the cue's phrase: "..., including Poland and Romania".
_EXAMPLES_AFTER = re.compile(
    r"^[^;:()]{0,120}?(?:,\s*|\s+)(?:including|such as|like|among them|notably|namely|"
    r"for example|for instance|e\.g\.)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The subject joins the group: "Slovakia joins a group of countries that ...".
_JOINS_GROUP = re.compile(
    r"\b(?:join(?:s|ed|ing)?|becom(?:es|ing)|became|is|was|are|were)\s+(?:(?:a|the|an)\s+"
    r"(?:[\w-]+\s+){0,2}(?:group|list|number|ranks|club|league|bloc|handful|string|host|line)"
    r"\s+of|(?:the\s+latest\s+)?one\s+of|part\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _examples(cue: CueMatch, clause: Clause, mentions: list[Mention]) -> list[str]:
    """Rule 11: a stance carried by a generic group ("countries that have banned Huawei")
    holds for each government listed as its example ("..., such as Australia and Japan"),
    and for a subject that joins the group ("Chile joins a list of countries that ...")."""
    left = clause.text[: cue.start]
    group = _GENERIC_GROUP.search(left)
    if group is None or clause.relative:
        return []
    at = clause.start + group.start()
    if any(at <= m.start < clause.start + cue.start for m in mentions):
        return []  # "countries like Japan have banned": the name is the subject
    after = [m for m in mentions if m.start >= clause.start + cue.end]
    if not after:
        return []
    gap = clause.text[cue.end : after[0].start - clause.start]
    if not _EXAMPLES_AFTER.match(gap) or lexicon().pressure.search(left[group.start() :]):
        return []
    codes = [m.code for m in _nearest_group_after(clause, after)]
    joins = _JOINS_GROUP.search(left[: group.start()])
    if joins is not None:
        subject = nearest_group(clause, [m for m in mentions if m.end <= at], joins.start())
        codes = [m.code for m in subject] + codes
    return codes


def last_group(clause: Clause | None, mentions: list[Mention]) -> list[Mention]:
    """The last coordinated group of names in a clause ("Estonia, Poland, and Romania")."""
    if clause is None or not mentions:
        return []
    group = [mentions[-1]]
    for mention in reversed(mentions[:-1]):
        gap = clause.text[mention.end - clause.start : group[0].start - clause.start]
        if not _COORDINATION.match(gap):
            break
        group.insert(0, mention)
    return group


# "pressed Berlin to follow Britain and Sweden in excluding the Chinese firm": the countries
# followed have acted, whatever the follower is asked or expected to do.
_FOLLOW_IN = re.compile(
    r"\b(?P<verb>follow(?:s|ed|ing)?|join(?:s|ed|ing)?|emulat\w+)\s+"
    r"(?:the\s+(?:lead|example)\s+of\s+)?(?P<group>[^;:]{2,100}?)(?:['’]s?\s+(?:lead|example))?"
    r"\s+(?:in|by|and|to)\s+$",
    re.IGNORECASE,
)
_LIST_GLUE = re.compile(r"(?:[\s,&]|\band\b|\bthe\b)*", re.IGNORECASE)


# Pressure as the circumstance of an act, not its frame: "after intense lobbying by the Trump
# administration, left Huawei ... out", "under US pressure, banned" (the phrase closed by a
# comma; "after lawmakers urged a review" is still what was asked).
_CIRCUMSTANCE = re.compile(
    r"\b(?:after|following|despite|amid|amidst|under|in the face of|bowing to|yielding to|"
    r"in response to)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _asks(gap: str) -> bool:
    """Whether the words between a government and a cue make the cue something asked of it."""
    return any(
        not (_CIRCUMSTANCE.search(gap[: found.start()]) and "," in gap[found.end() :])
        for found in lexicon().pressure.finditer(gap)
    )


# A measure named, then who took it: "sanctions the US imposed", "by guidance the federal
# government issued in August".
_MEASURE_BEFORE = re.compile(
    r"\b(?:sanctions?|guidance|rules?|laws?|decrees?|orders?|measures?|restrictions?|"
    r"regulations?|guidelines|bans?|controls?|blacklist|list)\s+(?:that\s+|which\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_IMPOSED_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:\w+\s+)?(?:has\s+|had\s+|have\s+)?(?:imposed|introduced|announced|placed|"
    r"slapped|put|adopted|issued|passed|drew up|drafted|enacted)\b"
)


def _imposed_by(clause: Clause, gap: str, mention: Mention) -> bool:
    return bool(_MEASURE_BEFORE.search(gap)) and bool(
        _IMPOSED_AFTER.match(clause.text[mention.end - clause.start :])
    )


# "Canada is the only Five Eyes member that still hasn't made a call": the relative clause
# describes the subject, it does not bring in another actor.
_DESCRIBES_SUBJECT = re.compile(
    r"\b(?:is|was|remains|became|are|were)\s+(?:now\s+|still\s+)?(?:the|one of the|among the)\s+"
    r"(?:only|last|first|sole|latest|few|two|three|four)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:countries|country|nations?|governments?|states?|members?|allies|ally)\s+(?:that|which|who)\b"
)


# "agreed with the country's telecom operators to remove ...": the government's agreement.
_AGREED_WITH = re.compile(
    r"\b(?:agreed|agreement|deal|accord|pact)\b[^,;]{0,60}\bwith\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:operators|carriers|companies|telcos|providers)\s+to\b",
    re.IGNORECASE,
)


# A cue in a relative clause about a generic group: what those others did or did not do.
_GROUP_RELATIVE = re.compile(
    r"\b(?:states|countries|nations|governments|members|operators|carriers|allies)\s+"
    r"(?:that|which|who)\s+(?:[a-z]+\s+){0,6}$"
)


# Operators under an obligation: "Estonia's operators must remove ...", the country's rule.
_OPERATORS_OBLIGED = (
    r"(?:operators|carriers|telcos|providers)\s+(?:now\s+)?(?:may only|can only|must|"
    r"will have to|have to|are required to|are obliged to|cannot|may not|may no longer)"
)
_UNDER_RULE = re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+)?{_OPERATORS_OBLIGED}\s+$")
_RULE_ON_OPERATORS = re.compile(rf"\b{_OPERATORS_OBLIGED}\b")


def _blocked(gap: str) -> bool:
    """A generic subject between a government and its cue takes the cue for itself."""
    return bool(lexicon().blockers.search(gap)) and not (
        _DESCRIBES_SUBJECT.search(gap)
        or _AGREED_WITH.search(gap)
        or _UNDER_RULE.search(gap)
        or _UNDER_WHICH.search(gap)
    )


# The government's measure binding the operators: "an agreement under which operators would
# remove Huawei components".
_UNDER_WHICH = re.compile(
    r"\b(?:agreement|deal|law|decree|rules?|regulations?|plan|scheme|compromise)\s+under\s+"
    r"which\s+(?:the\s+)?(?:operators|carriers|telcos|providers)\s+(?:would|will|must|have\s+to|"
    r"are\s+to)\s+$"
)


def followed_group(cue: CueMatch, clause: Clause, mentions: list[Mention]) -> list[str]:
    """Codes of the countries someone follows "in" doing what the cue says ([] if none)."""
    follow = _FOLLOW_IN.search(clause.text[: cue.start])
    if follow is None:
        return []
    start, end = clause.start + follow.start("group"), clause.start + follow.end("group")
    group = [m for m in mentions if start <= m.start and m.end <= end]
    # Only a list of countries: "follow Australia's lead on submarines in ..." is not one.
    glue, at = [], start
    for mention in group:
        glue.append(clause.text[at - clause.start : mention.start - clause.start])
        at = mention.end
    glue.append(clause.text[at - clause.start : end - clause.start])
    if not group or not _LIST_GLUE.fullmatch("".join(glue)):
        return []
    return [m.code for m in group] + _follower(clause, follow, mentions)


def _follower(clause: Clause, follow: re.Match[str], mentions: list[Mention]) -> list[str]:
    """Who "followed" or "joined" them, when the text says plainly that it did ("Ottawa
    followed Australia's lead and banned ..."), not that it is asked, expected or refuses to."""
    if follow.group("verb").lower() not in {"followed", "joined", "follows", "joins"}:
        return []
    left = clause.text[: follow.start()]
    if lexicon().pressure.search(left) or is_negated(left, "") or is_hedged(left):
        return []
    before = [m for m in mentions if m.end <= clause.start + follow.start()]
    return [m.code for m in nearest_group(clause, before, follow.start())]


def refusing_follower(clause: Clause, mentions: list[Mention], cue_start: int) -> list[str]:
    """Who says plainly it will not follow the ones "followed" ("Bangladesh will not follow
    the United States in blacklisting Huawei"); [] when it is only asked or may still."""
    follow = _FOLLOW_IN.search(clause.text[:cue_start])
    if follow is None:
        return []
    left = clause.text[: follow.start()]
    if lexicon().pressure.search(left) or is_hedged(left) or not _REFUSES.search(left):
        return []  # ("has not followed Britain" is only not yet)
    before = [m for m in mentions if m.end <= clause.start + follow.start()]
    return [m.code for m in nearest_group(clause, before, follow.start())]


_REFUSES = re.compile(
    r"(?:\b(?:will|would|shall)\s+not|\bwon['’]t|\bno\s+(?:plans?|intention)\s+to|"
    r"\b(?:refused|refuses|declined|declines)\s+to|\bnot\s+(?:going|planning|intending)\s+to)\s*$"
)


def find_actors(
    cue: CueMatch,
    clause: Clause,
    mentions: list[Mention],
    fallback: list[Mention],
    speaker_code: str | None,
    section: str | None = None,
    topic: str | None = None,
) -> list[str] | None:
    """Codes of the governments holding a cue's stance; None when nobody holds it."""
    lex = lexicon()
    group = cue.group
    cue_start = clause.start + cue.start
    cue_end = clause.start + cue.end
    before = [m for m in mentions if m.end <= cue_start]
    after = [m for m in mentions if m.start >= cue_end]
    sponsors = group.sponsors
    examples = _examples(cue, clause, mentions)
    if examples:
        return examples
    if (
        not before
        and fallback
        and (BY_BOTH.search(clause.text[: cue.start]) or _FRONTED_BOTH.match(clause.text))
    ):
        # "a commitment by both parties to prohibit ...", "Among its commitments, both
        # undertook to prohibit ..."
        return [m.code for m in fallback]
    item = _ROUNDUP_ITEM.match(clause.text)
    if (
        item
        and item.end() <= cue.start
        and (
            _VERB_FIRST.match(clause.text[item.end() :])
            or re.match(r"(?:Both|Each|All)\s+[a-z]", clause.text[item.end() :])
        )
        and not lex.pressure.search(clause.text[item.end() : cue.start])
    ):
        # "INDIA - Has not formally barred ...", "UK – Ordered operators to ...": the item's
        # subject is elided; the capitals before the dash hold it.
        heads = [m.code for m in before if m.end <= clause.start + item.end()]
        if heads and len(heads) == len(before):
            return heads
    subject = nearest_group(clause, before, cue.start)
    fronted = _FRONTED.match(clause.text)
    if not subject and fronted and cue.start < fronted.end():
        # "While restricting American companies ..., the US has ...": the main subject.
        at = clause.start + fronted.end()
        follow = [m for m in after if m.start >= at]
        if follow and follow[0].start == at:
            subject = _nearest_group_after(clause, follow)
    if not subject and fallback and clause.relative:
        subject = list(fallback)  # "Estonia and Poland, which signed ...": the names before
    if group.only and subject and not any(m.code in group.only for m in subject):
        # "Beijing said Sweden should correct its wrong decision": the one it holds for.
        holders = [
            m
            for m in before
            if m.code in group.only and _preposition(clause, _list_start(clause, m, before)) == ""
        ]
        subject = holders[-1:]
    if subject:
        inside = clause.start <= subject[-1].start
        gap = clause.text[subject[-1].end - clause.start if inside else 0 : cue.start]
        if inside and _ASIDE_AFTER.match(gap):
            # "urged allies, the Philippines among them, to keep Huawei out": an aside inside
            # the object; what comes before it frames the cue.
            gap = clause.text[: cue.start]
        relative = _RELATIVE_ASIDE.match(gap) if inside else None
        if relative:
            # "Finland, where the operator Elisa switched on 5G on Huawei kit, has said it has
            # no plans to ban": the aside's company is not the subject of the cue.
            gap = gap[relative.end() :]
        reported = _REPORTED.match(gap) is not None
        own_members = {m.code for m in subject} == {"EU"} and _OWN_MEMBERS.search(gap)
        if (
            _asks(gap)
            and group.stance is not Stance.embraces
            and not group.only
            and not own_members
        ):
            return None  # rule 6: "Washington has lobbied countries not to work with Huawei"
        # (an embrace's own words may name Huawei acting with the government: not a company's act)
        joint = clause.text[cue.start : cue.end].lower().startswith("and ")
        upto_end = cue.start if group.stance is Stance.embraces and joint else cue.end
        upto = clause.text[subject[-1].end - clause.start if inside else 0 : upto_end]
        upto = upto[relative.end() :] if relative else upto
        if subject[-1].kind in {"anaphor", "institution"}:
            # "the Ministry of Transport, Communications and Information Technology signed":
            # the rest of the body's name, not a company called "Technology".
            tail = _BODY_TAIL.match(upto)
            upto = upto[tail.end() :] if tail else upto
        if (_blocked(gap) or _company_acts().search(upto)) and not reported and not own_members:
            return None  # "countries that blockade the company" (but "X says operators ...")
        if _operator_plan().search(gap):
            return None  # "In Britain, BT said it would remove ...": the operator's plan
        if _GROUP_RELATIVE.search(gap):
            return None  # "said member states that had not yet excluded them should": theirs
        if sponsors:
            subject = [m for m in subject if m.code not in sponsors]
            if not subject:
                after = [m for m in after if m.code not in sponsors]
                return [m.code for m in _nearest_group_after(clause, after)] if after else None
        if subject:
            return [m.code for m in subject]
    elif group.subject_only:
        return None
    elif not before and lex.pressure.search(clause.text[: cue.start]) and not sponsors:
        if group.stance is not Stance.embraces and not group.only:
            return None
    if not before and fallback and _MEASURE_SUBJECT.match(clause.text):
        return [m.code for m in fallback]  # "The US went furthest. A defence law ... bars ..."
    if sponsors:
        after = [m for m in after if m.code not in sponsors]
        if after:
            return [m.code for m in _nearest_group_after(clause, after)]
        if not (fallback and _ELLIPSIS.match(clause.text)) and not (
            section is not None and not before and _LIST_ITEM.match(clause.text)
        ):
            return None
    # A passive's agent ("blacklisted by Washington") or its place ("barred ... in Australia").
    if after and not (not before and _company_subject(clause.text[: cue.start])):
        # (not after a company's own act: "Telecom Italia leaves Huawei out ... in Italy")
        first = _nearest_group_after(clause, after)
        gap = clause.text[cue.end : first[0].start - clause.start]
        prep = _preposition(clause, first[0])
        possessive = bool(re.match(r"['’]s?\b", clause.text[first[0].end - clause.start :])) and (
            prep not in _TIME_PREPOSITIONS
        )
        listed = bool(_LIST_AFTER.search(clause.text[: first[0].start - clause.start]))
        if prep in {"defining", "presser"} or (
            "," in gap and not listed and not _PASSIVE_AGENT.match(gap)
        ):
            pass
        elif speaker_code is not None and not _PASSIVE_AGENT.match(gap):
            pass  # a quoted official's words: "Huawei ... made contributions to Nigeria's ..."
        elif (
            _PASSIVE_AGENT.match(gap)
            or prep in _AFTER_PREPOSITIONS
            or possessive
            or listed
            or _imposed_by(
                clause, clause.text[cue.start : first[0].start - clause.start], first[-1]
            )
        ):
            if not lex.blockers.search(gap) and len(gap) < 120 and not _ANOTHER_EVENT.search(gap):
                return [m.code for m in first]
    if (
        section is None
        and topic is not None
        and not before
        and _OPENING_BODY.match(clause.text[: cue.start])
        and not lex.pressure.search(clause.text[: cue.start])
    ):
        return [topic]  # "The National Security Council decided ...": the country discussed
    if not before and fallback and clause.text[:1].islower() and _PRONOUN_IT.match(clause.text):
        return [fallback[0].code]  # "Germany passed a law ..., but it has not excluded Huawei"
    if speaker_code is not None and not before and _PRONOUN_IT.match(clause.text):
        return [speaker_code]  # an official's own words: "It has made a great contribution"
    if topic is not None and not before and _PRONOUN_IT.match(clause.text):
        return [topic]  # "Finland has taken a different route. It has not excluded ..."
    ellipsis = _ELLIPSIS.match(clause.text) if fallback else None
    if ellipsis:
        # "... but plans to exclude companies ...": the subject of the clause before; a list
        # item "Bulgaria and North Macedonia - Each signed ...": every name of the heading.
        if ellipsis.group("each") or _LIST_ITEM.match(clause.text):
            return [m.code for m in fallback]
        return [fallback[0].code]
    if speaker_code is not None:
        return [speaker_code]
    if (
        fallback
        and not before
        and group.stance in {Stance.bans, Stance.restricts}
        and _VENDOR_PASSIVE.match(clause.text[: cue.end])
    ):
        return [fallback[0].code]  # "In Sweden, a law ...; no supplier has been excluded"
    if topic is not None and not before and group.stance in {Stance.bans, Stance.restricts}:
        # An agentless passive whose subject is the vendor ("the two Chinese companies have
        # not been designated as trusted sources"): the government under discussion.
        if _VENDOR_PASSIVE.match(clause.text[: cue.start]):
            return [topic]
    ruler = section or topic
    if not before and ruler is not None and _RULE_ON_OPERATORS.search(clause.text[: cue.start]):
        # "Since June 2021, operators may only install equipment from trusted sources": a rule
        # on the operators, the government's of the section or of the country discussed.
        return [ruler]
    if section is not None and not before and _VERB_FIRST.match(clause.text):
        # A round-up item whose subject is elided ("BRITAIN - Ordered operators to stop
        # buying ..."): the operators after the verb are its object; the heading acts.
        return [section]
    if section is not None and not before:
        # A factbox's section ("AUSTRALIA" on its own line, then "Effectively barred Huawei
        # ..."): a clause with no government of its own belongs to the heading's country,
        # unless a company or a generic group is its subject.
        left = clause.text[: cue.start]
        if not (
            lex.blockers.search(left)
            or _company_acts().search(clause.text[: cue.end])
            or lex.pressure.search(left)
            or _OTHER_SUBJECT.match(left)
            or _names_someone(left)
            or _BUSINESS_WORDS.search(left)
            or clause.relative
        ):
            return [section]
    return None


# The EU asking its own members is its own line, not pressure on others (rule 6's exception).
_OWN_MEMBERS = re.compile(
    r"\b(?:urg\w+|call\w* on|ask\w*|recommend\w*|advis\w+|press\w*)\s+(?:all\s+|its\s+|the\s+)?"
    r"(?:\d+\s+|27\s+|EU\s+)?(?:member\s+(?:states|countries|governments)|members|EU\s+countries|"
    r"national\s+governments|capitals)\b",
    re.IGNORECASE,
)
_VENDOR_PASSIVE = re.compile(
    r"^\W*(?:(?:But|And|So|Yet|Since then|Now)\W+)?(?:the\s+)?(?:(?:two|both|Chinese|companies|"
    r"firms|vendors|suppliers|telecom\w*|giants?|equipment|makers?)\s+){0,4}"
    r"(?:Huawei(?:\s+and\s+ZTE)?|ZTE|they|it|the company|the firms?|companies|vendors|suppliers|"
    r"no\s+(?:supplier|vendor|company|manufacturer))"
    r"\s+(?:[\w-]+\s+){0,4}?(?:been|was|were|is|are|be)\s+(?:\w+ly\s+)?(?:also\s+)?(?:[\w-]+ed|"
    r"left|kept|shut|put)\b(?:\s+as)?[^,;]{0,15}$",
    re.IGNORECASE,
)
_PRONOUN_IT = re.compile(
    r"^(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o)\s+)?"
    r"(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ll]ast|[Tt]his)\s+\w+(?:\s+\d{4})?,?\s+)?"  # "in July it ordered"
    r"(?:It|They|it|they)\s+(?:furthermore\s+|moreover\s+|now\s+|then\s+)?"
    r"(?:has|have|had|is|are|was|were|will|would|said|says|did|does|also|already|"
    r"still|plans?|decided|announced|ordered|banned|barred|excluded|required|told|signed|agreed|"
    r"adopted|passed|imposed|moved|became)\b"
)
# A clause whose subject is a company, an operator or a commentator, not a government.
_OTHER_SUBJECT = re.compile(
    r"^\W*(?:[A-Z][\w&.-]*\s+){0,3}(?:operators?|carriers?|compan(?:y|ies)|firms?|telcos?|"
    r"providers?|analysts?|experts?|critics?|executives?|Huawei|ZTE)\b",
    re.IGNORECASE,
)


_BUSINESS_WORDS = re.compile(
    r"\b(?:operators?|carriers?|compan(?:y|ies)|firms?|telcos?|providers?|vendors?|"
    r"suppliers?|analysts?|experts?)\b",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    rf"{_TITLES}|Huawei|ZTE|Chinese|China|The|A|An|This|That|These|Its|Their|In|On|But|And|"
    r"Under|After|Since|While|When|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z0-9]{1,4}|Government\w*|Federal|National"
)


_NAME_SUBJECT = re.compile(
    r"^(?:[A-Z][^-–—]{0,40}?\s[-–—]{1,2}\s)?\W*(?P<first>[A-Z][\w&.'’-]*)\s+"
    r"(?:[A-Z][\w&.'’-]*\s+){0,3}(?:\([A-Z]{2,6}\)\s+)?"
    r"(?:(?:has|have|had|is|was|will|would|also|now|then|separately)\s+){0,2}"
    r"(?:[a-z]+(?:s|ed)\b|(?:has|have|had)\s+[a-z]+ed\b|$)"
)


def _company_subject(left: str) -> bool:
    """A clause that opens with a proper name other than a government's, right before the
    cue: a company's own act ("Telecom Italia leaves Huawei out of ... in Italy")."""
    left = _OPENING_TIME.sub("", left)  # "In June 2019 MTS signed ..."
    match = _NAME_SUBJECT.match(left)
    return match is not None and not _NOT_A_NAME.fullmatch(match.group("first"))


_OPENING_TIME = re.compile(
    r"^\W*(?:In|On|By|Since|Last|This|Early|Late)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?(?:\d{4}|[A-Z][a-z]+|year|month|week)\s*,?\s+"
)


# A government body named without its country ("The National Security Council", "the
# Ministry of Digital Affairs"): the government under discussion, not a name of its own.
_BODY_NAME = re.compile(
    r"\b(?:[A-Z][\w&'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}(?:Council|Cabinet|Ministry|"
    r"Parliament|Agency|Authority|Commission|Office|Centre|Center|Government|Regulator|"
    r"Department|Assembly|Senate|Directorate|Inspectorate|Board)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s*){1,4})?"
)
_OPENING_BODY = re.compile(
    rf"^\W*(?:(?:The|the|Its|its)\s+)?(?:{_BODY_NAME.pattern})\s+(?:[a-z]+\s+){{0,4}}"
    r"(?:decided|agreed|approved|adopted|ordered|ruled|resolved|voted|passed|issued|"
    r"announced|published|imposed|told|instructed|directed|required|has|have|had|will)\b"
)


def _names_someone(left: str) -> bool:
    """A proper name before the cue (not a title, a month or an acronym): the clause has a
    subject of its own ("Telecom Italia has ...", "the Philippines' Globe Telecom ...")."""
    left = _BODY_NAME.sub(lambda m: "x" * len(m.group()), left)
    names = list(re.finditer(r"\b[A-Z][\w&'’.-]*", left))
    for i, match in enumerate(names):
        if _NOT_A_NAME.fullmatch(match.group().rstrip("'’s")):
            continue
        if match.start() == len(left) - len(left.lstrip(" \"“'(")) and not (
            i + 1 < len(names) and names[i + 1].start() == match.end() + 1
        ):
            continue  # the first word of the clause, alone: "Effectively barred ..."
        return True
    return False


def nearest_group(clause: Clause, before: list[Mention], cue_start: int) -> list[Mention]:
    """The coordinated group of mentions closest before a cue ("The U.S., Australia and NZ").

    Names in parentheses are an aside ("its Five Eyes allies (Australia, Canada ...)").
    """
    heads = {id(m): _head(clause, m, before) for m in before}
    before = [
        m
        for m in before
        if not _in_parentheses(clause, m)
        and (
            _preposition(clause, heads[id(m)]) not in _NOT_SUBJECT
            or _is_owner(clause, m, cue_start)
            or _owns_act(clause, m)
            # "Under a decree the cabinet adopted this year, suppliers ... may not be used"
            or _imposed_by(clause, clause.text[: m.start - clause.start], m)
        )
    ]
    before = [m for m in before if not _in_apposition(clause, m, before)]
    if not before:
        return []
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        gap = clause.text[mention.end - clause.start : group[0].start - clause.start]
        if not _COORDINATION.match(gap):
            break
        group.insert(0, mention)
    return group


_LISTED_ROLES = frozenset({"object", "defining", "presser", "in-place", "from-vendor"})


def _head(clause: Clause, mention: Mention, mentions: list[Mention]) -> Mention:
    """The first name of a title chain or a list ("US President Trump", "X and Y" -> X)."""
    earlier = [m for m in mentions if m.end <= mention.start]
    head = _title_head(clause, mention, earlier)
    # The first of a list decides for the list: "pressed Germany, France and Italy",
    # "an alliance comprising Australia, Canada and the UK".
    first = head
    for other in reversed([m for m in earlier if m.end <= head.start]):
        gap = clause.text[other.end - clause.start : first.start - clause.start]
        if not _COORDINATION.match(gap):
            break
        first = _title_head(clause, other, earlier)
    if first is not head and _preposition(clause, first) in _LISTED_ROLES:
        return first
    return head


def _list_start(clause: Clause, mention: Mention, mentions: list[Mention]) -> Mention:
    """The first name of the coordinated list a mention ends ("between Washington and Beijing")."""
    first = mention
    for other in reversed([m for m in mentions if m.end <= mention.start]):
        gap = clause.text[other.end - clause.start : first.start - clause.start]
        if not _COORDINATION.match(gap):
            break
        first = other
    return first


def _title_head(clause: Clause, mention: Mention, earlier: list[Mention]) -> Mention:
    """The country before a title and a name ("US President Trump" -> "US")."""
    head = mention
    for other in reversed([m for m in earlier if m.end <= mention.start]):
        gap = clause.text[other.end - clause.start : head.start - clause.start]
        if not re.fullmatch(r"\s+(?:[A-Z][\w.-]*\s+){1,3}|['’]s\s+(?:[A-Z][\w.-]*\s+){0,3}", gap):
            break
        head = other
    return head


def _owns_act(clause: Clause, mention: Mention) -> bool:
    """A name that owns a government act ("an Australian decision ... banning it")."""
    return mention.kind != "anaphor" and bool(
        _ACT_AFTER.match(clause.text[mention.end - clause.start :])
    )


def _is_owner(clause: Clause, mention: Mention, cue_start: int) -> bool:
    """A name right before the cue owns it ("Berlin's debate", "U.S. sanctions")."""
    gap = clause.text[mention.end - clause.start : cue_start]
    if _FOLLOWS.search(clause.text[: mention.start - clause.start]) and not _SANCTIONS.match(
        clause.text[mention.end - clause.start :]
    ):
        return False  # "its assessment followed the EU's toolbox": the EU is only the model
    return re.match(r"(?:['’]s?)?\s*$", gap) is not None


_FOLLOWS = re.compile(
    r"\b(?:follow(?:s|ed|ing)?|implement\w*|based on|in line with|under|in accordance with|"
    r"compliance with|compl(?:y|ies|ied|ying) with|aligned with|transpos\w+|dr[ae]w(?:s|ing)? on|"
    r"modell?ed on)"
    r"\s+(?:the\s+)?$"
)


# "under US sanctions": the one sanctioning, not a model followed.
_SANCTIONS = re.compile(r"(?:['’]s)?\s+(?:\w+\s+)?sanctions\b")


def _in_apposition(clause: Clause, mention: Mention, mentions: list[Mention]) -> bool:
    """A name inside an apposition that describes the name before it ("Germany, the Czech
    Republic's largest trading partner, is considering ..."): the description's, not the subject."""
    left = clause.text[: mention.start - clause.start]
    right = clause.text[mention.end - clause.start :]
    opened = re.search(r",\s+(?:the\s+|a\s+|an\s+)?$", left)
    if opened is None or not re.match(r"['’]s?\s+[^,;]{1,60},", right):
        # or deeper in a description with words of its own: "Albania, a NATO member like
        # North Macedonia, joined ..." (not a list: "Germany, the UK, France")
        opened = _DESCRIPTION_OPENED.search(left)
        if opened is None or not re.match(r"[^,;]{0,40},", right):
            return False
    head = left[: opened.start()]
    return any(clause.start + len(head) == m.end for m in mentions if m is not mention)


_DESCRIPTION_OPENED = re.compile(
    r",\s+(?:the|a|an)\s+(?:[^,;]*?\s)?(?!and\b|or\b)[a-z][\w-]*\s+(?:[^,;]*\s)?$"
)


def _in_parentheses(clause: Clause, mention: Mention) -> bool:
    left = clause.text[: mention.start - clause.start]
    return left.rfind("(") > left.rfind(")")


def _nearest_group_after(clause: Clause, after: list[Mention]) -> list[Mention]:
    group = [after[0]]
    for mention in after[1:]:
        gap = clause.text[group[-1].end - clause.start : mention.start - clause.start]
        if not _COORDINATION.match(gap):
            break
        group.append(mention)
    return group


def _preposition(clause: Clause, mention: Mention) -> str:
    """What stands just before a mention, as far as being a subject goes.

    "" means nothing that stops it being a subject; otherwise a preposition ("to", "of"), or
    "in-place" ("Chinese companies in Germany"), "from-vendor" ("devices from China"),
    "presser" ("pressure from the US") or "object" ("to satisfy the US").
    """
    lex = lexicon()
    left = clause.text[: mention.start - clause.start]
    if _DEFINING.search(left[-60:]):
        return "defining"  # "an alliance comprising Australia, Canada ...", "except China"
    if _GOVERNMENTS_OF.search(left):
        return ""  # "the governments of Italy and Brazil have declared ..."
    if re.search(r"(?:^|[,:(”\"]|\bthe)\s*$", left) and not re.search(r"\w\s+the\s*$", left):
        return ""  # clause start, after a comma, or "The UK ..."
    words: list[str] = WORD.findall(left)
    if not words:
        return ""
    index = len(words) - 1
    while index >= 0 and words[index].lower() in {"the", "ally", "nato", "fellow", "state"}:
        index -= 1
    if index < 0:
        return ""
    word = words[index].lower()
    previous = words[index - 1].lower() if index > 0 else ""
    if (
        word == "at"
        and index == 0
        and re.match(r"\s+level\b", clause.text[mention.end - clause.start :])
    ):
        return ""  # "At EU level, member states are drawing up ...": the union acts
    if word == "in":
        if index == 0 or (index == 1 and previous in _OPENING_WORDS):
            return ""  # "In the UK, Huawei ... will not be allowed" (not "Critics in Germany")
        if _CLAUSE_OPENING_IN.search(left):
            return ""  # "..., and in France the cybersecurity agency has granted ..."
        if lex.government_heads.fullmatch(previous):
            return ""  # "the government in Australia", "the courts in Sweden"
        return "in-place"  # "Chinese companies in Germany"
    if word == "with" and re.search(r"(?:^|,)\s*with\s+(?:the\s+)?\S*$", left):
        return ""  # "..., with the UK, Germany and Sweden all giving Huawei the green light"
    if word in {"from", "by"} and (lex.pressure.fullmatch(previous) or previous in _OBJECTIONS):
        return "presser"  # "pressure from the US", "calls by Washington", "concerns by the EU"
    if word == "from" and lex.company_heads.fullmatch(previous):
        return "from-vendor"  # "devices from China"
    if word == "of" and lex.official_titles.fullmatch(previous):
        return ""  # "the ambassador of the People's Republic of China, Lu Shaye, warned"
    if word in _NOT_SUBJECT or word in _AFTER_PREPOSITIONS:
        return word
    if word in {"which", "whom"} and (previous in _NOT_SUBJECT or previous in _AFTER_PREPOSITIONS):
        return "object"  # "countries with which Denmark has no cooperation", "in which the state"
    if mention.kind == "person" and lex.official_titles.fullmatch(word):
        return ""  # "digital minister Fahmi Fadzil": a title, not a verb
    if words[index][:1].islower() and word not in _BEFORE_SUBJECT:
        return "object"  # "to satisfy the US", "pressured Germany"
    return ""


# Another event between a cue and a place: "The debate sharpened after the arrest in Canada".
_ANOTHER_EVENT = re.compile(r"\b(?:after|before|following|since|when|amid|during)\b")
# Words that may stand before an opening "in X" that still names the actor: "But in the UK,
# ...", "Nobody in the government wants ..." (unlike "Critics in Germany asked ...").
_OPENING_WORDS = frozenset(
    "but and so yet now also meanwhile still even while nobody everyone someone anyone".split()
)
_CLAUSE_OPENING_IN = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+in\s+(?:the\s+)?$")
_RELATIVE_ASIDE = re.compile(r"^,\s+(?:where|whose|which|who|when)\b[^;:\"“]*?,\s+(?=[a-z])")
_ASIDE_AFTER = re.compile(r"\s+(?:among them|included|for example|for one|in particular),")
_BODY_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*,?\s+(?:and\s+|&\s+)?)+")


# A measure as the subject of its own act, its government left to the sentence before: "The
# United States has gone furthest. A defence law signed in August bars federal agencies ...".
_MEASURE_SUBJECT = re.compile(
    r"^\W*(?:(?:But|And|Now)\s+)?(?:A|An|The|Its|Their|That|This|Such an?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:law|act|bill|decree|order|rule|regulation|directive|statute|ordinance|amendment|"
    r"provision)s?\b(?:\s+(?:signed|passed|adopted|enacted|approved|issued|introduced)\b[^,;]{0,40}?)?"
    r"\s+(?:now\s+|also\s+|effectively\s+)?(?:bars|bans|prohibits|forbids|excludes|requires|"
    r"restricts|blocks|limits|obliges|orders)\b"
)


def sole_country_before(previous: Sentence, context: Context) -> list[Mention]:
    """The one country named in the sentence before (none when it names several)."""
    named = [
        m
        for m in context.recent
        if previous.start <= m.start and m.end <= previous.end and m.kind != "anaphor"
    ]
    return named[:1] if len({m.code for m in named}) == 1 else []


def opens_with_measure(text: str) -> bool:
    return _MEASURE_SUBJECT.match(text) is not None


# The two parties of the sentence before: "a commitment by both parties", "Both have said".
_FRONTED_BOTH = re.compile(r"^\W*[A-Z][^,;]{2,80},\s+both\s+[a-z]")
BY_BOTH = re.compile(
    r"\b(?:by|from|of|for)\s+both\s+(?:parties|sides|countries|governments|nations|states)\b"
)


def pair_before(previous: Sentence, context: Context) -> list[Mention]:
    """The two countries named in the sentence before, when there are exactly two."""
    pair: dict[str, Mention] = {}
    for m in context.recent:
        if previous.start <= m.start and m.end <= previous.end and m.kind != "anaphor":
            pair.setdefault(m.code, m)
    if len(pair) == 2:
        return list(pair.values())
    # More names, but two joined by "and": "signed by the leaders of Serbia and Kosovo at the
    # White House ... of the Trump administration".
    named = [m for m in context.recent if previous.start <= m.start and m.end <= previous.end]
    for first, second in zip(named, named[1:], strict=False):
        if (
            first.code != second.code
            and re.fullmatch(
                r"\s+and\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}",  # (or "and Prime Minister Hoti")
                previous.text[first.end - previous.start : second.start - previous.start],
            )
        ):
            return [first, second]
    return []
