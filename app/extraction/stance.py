"""From mentions in a clause to claims: which government takes which stance, how surely.

The rules, in the order they apply to each cue found in a clause (cues are in
``data/cues.toml``):

1. Clauses. A sentence is cut at ";", dashes, "while", "but", "whereas", "although" and
   relative "which": "The U.S. ... have banned Huawei while other countries ... are considering
   such moves" holds two positions for two sets of countries.
2. Conditions. A cue inside "if"/"even if"/"were to" is no position.
3. Negation. One mechanism: a negator or rejecting verb ([negation] in cues.toml: "not",
   "declined to", "ruled out", "no need to", "instead of" ...) governs the next cue within a
   few words, unless a clause break, an embedded "whether"/"if" or another (uncoordinated)
   cue stands between: "will not ban", "declined to restrict" are a choice against a ban
   (mitigates); "would not relax the ban" is a ban; a negated embrace is no claim. A ban
   whose object is only the core or sensitive parts is a restriction.
4. Hedges. "considering", "may", "could", "whether to" make a ban or a restriction an open
   question (debating).
5. Actors. The nearest coordinated group of governments before the cue ("The U.S., Australia
   and New Zealand have banned") holds it; failing that the agent of a passive ("blacklisted by
   Washington") or the place of a passive ban ("barred ... in Australia"); failing that the
   official whose quote it is.
6. Pressure. A cue under "urged", "calls to", "lobbied" ... is what someone asks for, not what
   anyone did: no claim for the one asking nor for the one asked.
7. Who speaks. Cues in the words of a commentator, an analyst or a company ("Proximus said
   it was monitoring developments") are not a government's position; "government sources"
   speak for the government under discussion.
8. Scope. The cue has to be about Huawei (or Chinese vendors) in networks; phones, chips,
   apps and unrelated trade do not count. A US measure of any kind against Huawei is the
   exception the devset conventions make (labelled a ban), a formal proposal included ("voted
   to propose banning"). "About networks" reaches a few
   sentences on (a roundup names Huawei once, then lists countries); an off-topic object
   right after the cue ("banning coal imports") never counts.
9. Hypotheticals and things to come. "a Huawei ban would have consequences" is no ban; "a ban
   is expected to / unlikely to ..." and "should" make it an open question.
10. Referring back. "followed suit", "a similar stance to the UK" take the stance of the
   country named, or of the latest position stated before.
11. Lists and roles. Everyone in a list holds what its first member holds; "the governments
   of X and Y" are subjects; "an alliance comprising X, Y" and "except X" are not; a list
   after the cue ("in countries such as X and Y") and companions ("joined ranks with X",
   "alongside X") hold it too; "US President Trump" counts as the US wherever the US stands;
   a fronted participle ("While restricting ..., the US") belongs to the subject after it; a
   name that owns an act ("an Australian decision ... banning it") holds it; a relative
   clause ("X and Y, which signed ...") belongs to the whole list before it.
12. Companies. A company doing business ("In Myanmar, Ooredoo has partnered with ...") is
   not the place's government.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from app.extraction.lexicon import CueGroup, lexicon
from app.extraction.mentions import Context, mentions_in
from app.extraction.types import Claim, Mention, Quote, Sentence, Stance

# Where a sentence splits into clauses that can hold different positions.
_CLAUSE_BREAK = re.compile(
    r";|\s[–—]\s|\s--\s|,?\s+(?:while|whereas|but|although|though|whilst)\s+"
    r"|,\s+(?=(?:which|who|whose)\s)|,?\s+(?=unlike\s)"
)
# The gap between two members of a coordinated group ("the U.S., Australia and New Zealand").
_COORDINATION = re.compile(
    r"^\s*(?:,\s*)?(?:(?:and|or|&|as well as|plus|along with|including|both|nor)\s+)?(?:the\s+)?$"
)
# Prepositions before a name that make it something other than the subject.
_NOT_SUBJECT = frozenset(
    "in-place from-vendor presser object defining of behalf to against on at over about than into "
    "toward towards with for between among unlike versus vs behind beyond despite".split()
)
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
    other countries nations governments allies members states partners ally neighbour
    neighbor government officials in by from with of makes made make making""".split()
)
# Nouns whose "by X" / "from X" names who objects, not who acts ("brushed off concerns by the EU").
_OBJECTIONS = frozenset(
    "concern concerns worries fears objections criticism complaints warnings doubts".split()
)
_AFTER_PREPOSITIONS = frozenset({"in", "in-place", "from", "of", "across", "throughout", "by"})
_PREPOSITION = re.compile(r"(\w+)\W*(?:the\s+)?(?:\w+\s+)?$")
_PASSIVE_AGENT = re.compile(
    r"^(?:[^,;]{0,30}?|[^,;]{0,60}?\bunder\s+(?:new\s+)?(?:rules|regulations|an?\s+order|a\s+law)"
    r"\s+(?:proposed|issued|adopted|drafted|introduced|approved)\s+)\bby\s+(?:the\s+)?$"
)
_HEARSAY = re.compile(
    r"\b(?:reportedly|according to|sources? (?:said|say|told)|is said to)\b", re.IGNORECASE
)
# Second-hand: a report of what unnamed sources told someone else, or what a foreign body says.
_SECONDHAND = re.compile(
    r"\b(?:reportedly|cit\w+ (?:\w+ ){0,2}sources|quot\w+ (?:\w+ ){0,2}sources|is said to|"
    r"(?:media|press|newspaper) reports?|according to (?:media|press|reports?|a report|the "
    r"(?:newspaper|report|paper|daily))|people (?:familiar|briefed|close) (?:with|to)|"
    r"according to (?:the )?(?:US|U\.S\.|United States|American) (?:State Department|officials?|"
    r"government|administration|embassy))\b",
    re.IGNORECASE,
)
# Only what a leak or unnamed sources suggested: weaker than what the government says.
_LEAKED = re.compile(
    r"\b(?:leak(?:s|ed)?|leaked\s+(?:\w+\s+)?(?:memo|documents?|report|minutes)|"
    r"(?:unnamed|anonymous)\s+(?:sources?|officials?))\b[^;]{0,100}?\b(?:suggest(?:s|ed)?|"
    r"indicat(?:e|es|ed)|show(?:s|ed)?|claim(?:s|ed)?|hint(?:s|ed)?|said|says)\b",
    re.IGNORECASE,
)
# A negator that leaves a question open ("has not said whether", "not yet", "yet to").
_OPEN_NEGATION = re.compile(
    r"\b(?:not yet|yet to|(?:not|n[’']t|never) (?:\w+ )?(?:said|say|announced?|decided?|"
    r"indicated?|disclosed?|revealed?|specified|clarified|made clear|known|clear|determined|"
    r"confirmed))\b",
    re.IGNORECASE,
)
# "would" in reported speech is a stated intention ("Canada said it would ban Huawei").
_REPORT_VERB = (
    r"\b(?:said|says|announced|announces|confirmed|confirms|stated|declared|decided|agreed|"
    r"promised|pledged|insisted|added|vowed|made clear|told\s+(?:\w+\s+){0,3}?\w+)"
)
_REPORTED_WOULD = re.compile(
    rf"{_REPORT_VERB}(?:\s+(?:on|in|last)\s+\w+)?\s+(?:that\s+)?(?:[\w'’.-]+\s+){{1,4}}$"
)
_THAT_WOULD = re.compile(r"\b(?:and\s+)?that\s+(?:[\w'’.-]+\s+){1,4}$")
# A company as the subject of a business act ("In Myanmar, Ooredoo has partnered with ...").
_TITLES = (
    r"(?:Minister|Ministry|President|Prime|Premier|Chancellor|Government|Cabinet|Parliament|"
    r"Regulator|Commission|Authority|Agency|Department|Secretary|State|It|He|She|They|We)\b"
)
_COMPANY_ACT = (
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:partnered|signed|helped|won|secured|agreed|"
    r"launched|deployed|built|supplied|provided|teamed|joined|completed|tested|inked)\b"
)
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|my)\b", re.IGNORECASE)
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
    r"(?P<each>(?:[Tt]hey\s+)?(?:[Ee]ach|[Bb]oth|[Aa]ll)\s+)?(?:also\s+|then\s+|now\s+)?"
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
# Words that keep a clause about networks even when it also names phones or chips.
_STRONG_TOPIC = re.compile(r"\b(?:5G|networks?|telecom\w*)\b", re.IGNORECASE)
# A measure said to be still to come ("new rules enforcing a ban are unlikely to materialise").
_HEDGE_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(?:is|are|was|were|seems?|looks?)\s+(?:\w+\s+)?"
    r"(?:unlikely|likely|expected|set|due|poised)\s+to\b",
    re.IGNORECASE,
)

_SENTENCE_SPEAKER_AFTER = re.compile(
    r",\s*(?:according to\s+)?(?P<who>[^,]{2,80}?)\s+(?:said|says|told|added|stated|noted)\b"
    r"[^,]{0,60}[.!?”\"]?$"
)
_SENTENCE_SPEAKER_BEFORE = re.compile(
    r"^(?P<who>[A-Z][^,]{1,60}?)\s+(?:said|says|told|stated|noted|argued|warned|"
    r"added(?=\s*(?:[,:“\"]|that\b)))\b"
)
# A ban talked about as a hypothetical subject ("a Huawei ban would have consequences").
_HYPOTHETICAL_AFTER = re.compile(r"^\s*\W?(?:on \w+\s+)?(?:would|could|might)\b")
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


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence that can hold its own position (document offsets)."""

    start: int
    end: int
    text: str
    relative: bool = False  # starts with "which"/"who": its subject is the clause before


@dataclass(frozen=True)
class CueMatch:
    group: CueGroup
    start: int  # offsets within the clause text
    end: int


@cache
def _company_acts() -> re.Pattern[str]:
    names = lexicon().companies.pattern
    # A capitalised word that is not a title nor the end of a body's name ("Ministry of
    # Communications have launched") is taken for a company ("In Chile, Entel has signed").
    other = rf"(?<!of )(?<!for )(?<!and )(?<!& )\b(?!{_TITLES})[A-Z][\w&-]+"
    return re.compile(rf"(?:{names}|{other}){_COMPANY_ACT}")


def split_clauses(sentence: Sentence) -> list[Clause]:
    """Clauses of a sentence, with document offsets."""
    clauses: list[Clause] = []
    start = 0
    text = sentence.text
    cuts = list(_CLAUSE_BREAK.finditer(text))
    aside: set[int] = set()
    for i, (first, second) in enumerate(zip(cuts, cuts[1:], strict=False)):
        if _is_dash(first) and _is_dash(second) and second.start() - first.end() <= 80:
            aside |= {i, i + 1}  # "Estonia, which – alongside Slovenia – signed ..."
    for i, cut in enumerate(cuts):
        if i in aside:
            continue
        clauses.append(_clause(sentence, start, cut.start()))
        start = cut.end()
    clauses.append(_clause(sentence, start, len(text)))
    return [c for c in clauses if c.text.strip()]


def _is_dash(cut: re.Match[str]) -> bool:
    return bool(re.search(r"[–—]|--", cut.group()))


def _clause(sentence: Sentence, start: int, end: int) -> Clause:
    text = sentence.text[start:end]
    stripped = text.lstrip(" ,")
    start += len(text) - len(stripped)
    text = stripped.rstrip(" ,")
    return Clause(
        start=sentence.start + start,
        end=sentence.start + start + len(text),
        text=text,
        relative=bool(re.match(r"(?:which|who|whose)\b", text)),
    )


def find_cues(clause_text: str) -> list[CueMatch]:
    """Cue matches in a clause, overlaps resolved in favour of the longer one."""
    found: list[CueMatch] = []
    for group in lexicon().cues:
        for match in group.pattern.finditer(clause_text):
            found.append(CueMatch(group, match.start(), match.end()))
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[CueMatch] = []
    for cue in found:
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    if any(c.group.sponsors and c.group.stance is Stance.restricts for c in kept):
        # "signed a declaration ..., committing to keep untrusted vendors out": the pledge is
        # the declaration's content, not a ban of its own.
        kept = [
            c for c in kept if c.group.stance is not Stance.bans or c.group.only or c.group.inherit
        ]
    return sorted(kept, key=lambda c: c.start)


def claims_for_sentence(
    sentence: Sentence,
    mentions: Sequence[Mention],
    *,
    quotes: Sequence[Quote] = (),
    context: Context | None = None,
    previous: Sentence | None = None,
    topical: bool | None = None,
    earlier: Sequence[Claim] = (),
) -> list[Claim]:
    """Claims a sentence supports, given its mentions (and, optionally, the document's quotes).

    ``topical`` says whether the passage around the sentence is about Huawei in networks
    (default: this sentence or ``previous`` names the topic); ``earlier`` are the claims of
    the sentences before, which "followed suit" and "a similar stance" refer back to.
    """
    context = context if context is not None else Context()
    lex = lexicon()
    if _spoken_by_non_official(sentence.text, context):
        return []  # a commentator's or a company's view is not a government position
    if topical is None:
        topical = bool(lex.topic.search(sentence.text)) or (
            previous is not None and bool(lex.topic.search(previous.text))
        )
    hearsay = _hearsay_factor(sentence.text)
    claims: list[Claim] = []
    previous_clause_mentions: list[Mention] = []
    previous_clause: Clause | None = None
    narrator = _sentence_speaker(sentence.text, context)
    if narrator is None and context.answering and _FIRST_PERSON.search(sentence.text):
        narrator = context.last_person  # an interview's answer: the interviewee's own words
    topic = context.topic(before=sentence.start)
    if topic in {"US", "CN", "EU"}:
        topic = None
    for clause in split_clauses(sentence):
        inside = [m for m in mentions if clause.start <= m.start and m.end <= clause.end]
        quote = _quote_around(clause, quotes)
        speaker_code = _speaker_code(quote, context) if quote else narrator
        if quote is not None and quote.speaker is None and speaker_code is None:
            speaker_code = narrator  # '"...," Kenya's ICT minister said.'
        if quote is not None and quote.speaker is not None and speaker_code is None:
            previous_clause_mentions = inside
            previous_clause = clause
            continue  # the words of someone who is not an official
        fallback = _last_group(previous_clause, previous_clause_mentions)
        if clause.relative and previous_clause is not None and fallback:
            tail = previous_clause.text[fallback[-1].end - previous_clause.start :]
            if re.search(r"\b[A-Z]", tail):
                fallback = []  # "In the UAE, Etisalat and du, which ...": the companies
        if not fallback and not inside and previous is not None and _BOTH.match(clause.text):
            fallback = _pair_before(previous, context)
        cues = find_cues(clause.text)
        for cue in cues:
            claims.extend(
                _claims_for_cue(
                    cue,
                    clause,
                    inside,
                    fallback=fallback,
                    speaker_code=speaker_code,
                    topical=topical,
                    hearsay=hearsay,
                    earlier=[*earlier, *claims],
                    sentence_text=sentence.text,
                    others=cues,
                    section=context.section,
                    topic=topic,
                )
            )
        if inside:
            previous_clause_mentions = inside
            previous_clause = clause
    return claims


def _claims_for_cue(
    cue: CueMatch,
    clause: Clause,
    mentions: list[Mention],
    *,
    fallback: list[Mention],
    speaker_code: str | None,
    topical: bool,
    hearsay: float,
    earlier: Sequence[Claim] = (),
    sentence_text: str = "",
    others: Sequence[CueMatch] = (),
    section: str | None = None,
    topic: str | None = None,
) -> list[Claim]:
    lex = lexicon()
    group = cue.group
    if group.requires is not None and not group.requires.search(sentence_text or clause.text):
        return []  # "has yet to announce how it will license 5G frequencies": not about vendors
    left = clause.text[: cue.start]
    right = clause.text[cue.end :]
    # Rule 2: a cue inside a condition is no position; nor a ban spoken of as a hypothetical
    # subject ("a Huawei ban would have consequences").
    conditions = list(lex.conditional.finditer(left))
    if conditions and "," not in left[conditions[-1].end() :]:
        return []
    if group.stance is Stance.bans and not group.inherit and _HYPOTHETICAL_AFTER.match(right):
        return []
    # Rule 3 and 4: negation and hedging, looked for in the few words before the cue.
    # Cues for one country only (China's reactions) neither take nor hold a negator.
    negated = _negated(left, right, [c for c in others if c.end <= cue.start and not c.group.only])
    if negated and group.only and not group.negated and _STOP_DEMAND.search(left[-60:]):
        negated = False  # "urged Washington to stop abusing ...": Beijing's own complaint
    hedged = _hedged(left) or bool(_HEDGE_AFTER.match(right))
    if group.stance is Stance.restricts and _BARE_LABEL.match(clause.text, cue.start):
        # "its approach to high-risk vendors is under review": a label for what is under
        # discussion, not a measure, when the clause says the decision is open.
        hedged = hedged or any(
            c.group.stance is Stance.debating and not c.group.sponsors for c in others
        )
    if negated and _BARE_LABEL.match(clause.text, cue.start) and _NO_POLICY.search(left):
        return []  # "No published policy on high-risk vendors": an absence, not a choice
    if negated and group.stance is Stance.restricts and _TRUSTED.match(clause.text, cue.start):
        negated = False  # "have not been designated as trusted sources": kept out
    if negated and group.stance is Stance.debating and _in_window(_OPEN_NEGATION, left, 6):
        negated = False  # "has not said whether", "not yet": the question is still open
    stance: Stance | None = group.stance
    confidence = group.weight
    if group.inherit:
        stance = _inherited(cue, clause, mentions, earlier)
    if stance is None:
        return []
    if stance is Stance.bans and not negated and _CORE_ONLY.match(clause.text, cue.start + 3):
        stance = Stance.restricts  # "block Huawei from Fastweb's 5G core": the scope wins
    if negated and group.stance is Stance.debating and _LEGISLATURE.search(left[-40:]):
        return []  # "Parliament has not debated the Huawei contracts": no position at all
    if negated and group.stance in {Stance.bans, Stance.restricts} and _NOT_FORMALLY.search(left):
        # "Has not formally barred Huawei": no ban yet, the question still open.
        negated, hedged = False, True
        confidence *= 0.8
    if negated:
        stance = group.negated
        confidence *= 0.9
        if _NO_JUSTIFICATION.search(left[-80:]):
            confidence *= 0.8  # "saw no evidence to justify keeping it out": a view, not a rule
    elif hedged:
        stance = group.hedged or group.stance
        confidence *= 0.85
    if stance is None:
        return []
    confidence *= hearsay
    if stance is not Stance.debating and _LEAKED.search(left):
        confidence *= 0.7  # "a leak ... suggested it would allow Huawei a limited role"
    if _operator_choice(right) and not _nearest_group(
        clause,
        [
            m
            for m in mentions
            if m.end <= clause.start + cue.start
            and not _DATELINE_AFTER.match(clause.text[m.end - clause.start :])
        ],
        cue.start,
    ):
        return []  # "left out of the core contracts ..., after Singtel picked Ericsson"
    # Rule 5 and 6: who holds it, unless it is only asked for.
    actors = _actors(cue, clause, mentions, fallback, speaker_code, section, topic)
    if actors is None:
        return []
    actors += _companions(clause, mentions)
    claims: list[Claim] = []
    for code in sorted(set(actors)):
        if group.only and code not in group.only:
            continue
        held = stance
        if (
            code in lex.measures_only
            and hedged
            and not negated
            and group.stance in {Stance.bans, Stance.restricts}
            and _PROPOSAL.search(left[-80:])
        ):
            held = group.stance  # "the FCC voted to propose banning ...": a US measure (rule 8)
        if code in lex.measures_only and held not in {Stance.bans, Stance.restricts}:
            continue  # what the US asks of others is not its own position
        if code in lex.champions and stance is not Stance.embraces:
            continue  # Huawei's home government defends it; "the ban" near Beijing is another's
        # Rule 8: scope. The US convention: any US measure against Huawei counts as a ban.
        if not (group.any_scope or code == "US"):
            if not topical:
                continue
            if lex.off_topic.search(clause.text) and not _STRONG_TOPIC.search(clause.text):
                continue
            if lex.off_topic.search(right[:40]):
                continue  # "banning Australian coal imports", "barred the sale of its phones"
        claims.append(
            Claim(
                country_code=code,
                stance=held,
                quote=clause.text,
                start=clause.start,
                end=clause.end,
                speaker=None,
                confidence=round(min(confidence, 0.99), 3),
                rule=group.name + (":negated" if negated else ":hedged" if hedged else ""),
            )
        )
    return claims


# The cause of an agentless exclusion given as a carrier's own choice of vendor.
_CHOICE_CAUSE = re.compile(
    r"\b(?:after|as|because|since|when|with)\s+(?P<who>[^,;]{1,60}?)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:picked|chose|chosen|selected|opted\s+for|went\s+with|gone\s+with|awarded|preferred|"
    r"tapped|turned\s+to|signed\s+with)\b"
)
# A dateline's place ("SINGAPORE - Huawei has been ..."): where, not who.
_DATELINE_AFTER = re.compile(r"\s*(?:\([\w ]+\)\s*)?(?:[-–—]{1,2}\s|,\s*[A-Z][a-z]{2,}\.?\s+\d)")
_GOVERNMENT_WORD = re.compile(
    r"\b(?:government|ministry|minister|regulator|authorit(?:y|ies)|cabinet|council|state|"
    r"officials?|parliament|president|agency)\b",
    re.IGNORECASE,
)


def _operator_choice(right: str) -> bool:
    """A cause after the cue that is a company's pick of another vendor, not a government's act
    ("after Singtel picked Ericsson", "as the operators chose Nokia")."""
    for match in _CHOICE_CAUSE.finditer(right):
        who = match.group("who")
        if not _GOVERNMENT_WORD.search(who) and not mentions_in(who):
            return True
    return False


def _inherited(
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
    own = {m.code for m in (_nearest_group(clause, before, cue.start) or before[-1:])}
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
            return claim.stance
    return None


def _companions(clause: Clause, mentions: list[Mention]) -> list[str]:
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
        subject = _nearest_group(clause, [m for m in mentions if m.end <= at], joins.start())
        codes = [m.code for m in subject] + codes
    return codes


def _last_group(clause: Clause | None, mentions: list[Mention]) -> list[Mention]:
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


def _hearsay_factor(text: str) -> float:
    """How much a sentence's attribution weakens its claims: second-hand less than sourced."""
    if _SECONDHAND.search(text):
        return 0.75
    return 0.9 if _HEARSAY.search(text) else 1.0


def _hedged(left: str) -> bool:
    """A hedge in the last few words, except "would" of reported speech ("said it would")."""
    lex = lexicon()
    words = list(_WORD.finditer(left))
    if not words:
        return False
    start = words[-lex.hedge_window].start() if len(words) >= lex.hedge_window else 0
    for match in lex.hedge.finditer(left, start):
        if match.group() == "May" and match.start() > 0:
            continue  # "Theresa May", "in May": a name or a month
        if match.group().lower() == "would":
            before = left[: match.start()]
            if _REPORTED_WOULD.search(before) or (
                _THAT_WOULD.search(before) and re.search(_REPORT_VERB, before)
            ):
                continue
        return True
    return False


def _negated(left: str, right: str, before: Sequence[CueMatch] = ()) -> bool:
    """Rule 3: a negator governs the cue when it stands a few words before it, in its scope.

    The scope is the words after the negator up to the cue: at most ``[negation].window``
    of them and no clause break (``[negation].breaks``) in between.
    """
    lex = lexicon()
    if lex.negation_after.match(right.lstrip(" ,")) or lex.negation_after.search(right[:80]):
        return True
    offset = max(0, len(left) - 200)
    for match in reversed(list(lex.negation_before.finditer(left, offset))):
        gap = left[match.end() :]
        if len(_WORD.findall(gap)) > lex.negation_window:
            return False
        if lex.negation_breaks.search(gap):
            continue
        if any(c.start < match.end() and c.end > match.start() for c in before):
            return False  # the negator is part of a cue ("stop buying ... and remove")
        between = [c for c in before if c.start >= match.end()]
        if between and not _COORDINATED_CUES.fullmatch(left[between[-1].end :]):
            return False  # "has yet to decide whether ...": the negator governs "decide"
        return True
    return False


_TRUSTED = re.compile(r"trusted\b", re.IGNORECASE)
# A formal proposal adopted by a body ("voted to propose banning", "proposed rules to bar").
_PROPOSAL = re.compile(
    r"\b(?:voted|votes|vote|moved|moves|decided|agreed)\s+(?:\d+-\d+\s+)?(?:[\w,]+\s+){0,4}?"
    r"to\s+propose\b|\b(?:proposed|proposes|issued|unveiled|published)\s+(?:a\s+|new\s+|draft\s+)*"
    r"(?:rules?|regulations?|order)\b",
    re.IGNORECASE,
)
# A legislature as the subject of a debate ("Parliament has not debated ...").
_LEGISLATURE = re.compile(
    r"\b(?:Parliament|parliament|legislators|lawmakers|MPs|Congress|Senate|Assembly|"
    r"Bundestag|Diet|Sejm|Knesset)\s+(?:\w+\s+){0,3}$"
)
# "has not formally barred", "has not yet banned": no measure so far, an open question.
_NOT_FORMALLY = re.compile(
    r"\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:formally|officially|yet)\s+$",
    re.IGNORECASE,
)
# A demand that someone else stop doing something ("urged Washington ... to stop abusing").
_STOP_DEMAND = re.compile(r"\bto\s+(?:stop|cease|refrain from|avoid)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NO_JUSTIFICATION = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:evidence|proof|grounds|justification)\b", re.IGNORECASE
)
# "no (published) policy on", "no rules for": the label only names what is missing.
_NO_POLICY = re.compile(
    r"\b(?:no|without(?: a| any)?|lacks?(?: a| any)?|"
    r"has not (?:published|adopted|issued) (?:a|any))\s+"
    r"(?:[\w-]+\s+){0,2}(?:policy|policies|rules|regulations?|framework|guidance|guidelines|"
    r"position|list|law|legislation|strategy)\s+(?:on|for|about|regarding|covering|towards?)\s+"
    r"(?:the\s+|any\s+)?$",
    re.IGNORECASE,
)
# Restriction cues that only name a category ("high-risk vendors", "trusted suppliers").
_BARE_LABEL = re.compile(r"(?:high[- ]risk|untrusted|trusted)\b", re.IGNORECASE)
# A ban whose object is only the core or the sensitive parts is a restriction.
_CORE_ONLY = re.compile(
    r"[^;.]{0,90}?\b(?:from|in|out of|of|for)\s+(?:the\s+|its\s+|their\s+)?[\"“‘']?"
    r"(?:[\w'’-]+\s+){0,3}?(?:cores?|sensitive|critical)\b"
    r"(?!\s+(?:and|or)\s+(?:radio|access|the rest|all|non))",
    re.IGNORECASE,
)
_COORDINATED_CUES = re.compile(r"[\s,]*(?:(?:or|nor|and|and/or|let alone|or even)\s+)?(?:\w+\s+)?")


def _in_window(pattern: re.Pattern[str], left: str, window: int) -> bool:
    words = list(_WORD.finditer(left))
    if not words:
        return False
    start = words[-window].start() if len(words) >= window else 0
    return bool(pattern.search(left[start:]))


def _actors(
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
    subject = _nearest_group(clause, before, cue.start)
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
        reported = _REPORTED.match(gap) is not None
        own_members = {m.code for m in subject} == {"EU"} and _OWN_MEMBERS.search(gap)
        if (
            lex.pressure.search(gap)
            and group.stance is not Stance.embraces
            and not group.only
            and not own_members
        ):
            return None  # rule 6: "Washington has lobbied countries not to work with Huawei"
        # (an embrace's own words may name Huawei acting with the government: not a company's act)
        joint = clause.text[cue.start : cue.end].lower().startswith("and ")
        upto_end = cue.start if group.stance is Stance.embraces and joint else cue.end
        upto = clause.text[subject[-1].end - clause.start if inside else 0 : upto_end]
        if (
            (lex.blockers.search(gap) or _company_acts().search(upto))
            and not reported
            and not own_members
        ):
            return None  # "countries that blockade the company" (but "X says operators ...")
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
        possessive = bool(re.match(r"['’]s?\b", clause.text[first[0].end - clause.start :]))
        listed = bool(_LIST_AFTER.search(clause.text[: first[0].start - clause.start]))
        if prep in {"defining", "presser"} or (
            "," in gap and not listed and not _PASSIVE_AGENT.match(gap)
        ):
            pass
        elif _PASSIVE_AGENT.match(gap) or prep in _AFTER_PREPOSITIONS or possessive or listed:
            if not lex.blockers.search(gap) and len(gap) < 120:
                return [m.code for m in first]
    if (
        section is None
        and topic is not None
        and not before
        and _OPENING_BODY.match(clause.text[: cue.start])
        and not lex.pressure.search(clause.text[: cue.start])
    ):
        return [topic]  # "The National Security Council decided ...": the country discussed
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
    if topic is not None and not before and group.stance in {Stance.bans, Stance.restricts}:
        # An agentless passive whose subject is the vendor ("the two Chinese companies have
        # not been designated as trusted sources"): the government under discussion.
        if _VENDOR_PASSIVE.match(clause.text[: cue.start]):
            return [topic]
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
    r"(?:Huawei(?:\s+and\s+ZTE)?|ZTE|they|it|the company|the firms?|companies|vendors|suppliers)"
    r"\s+(?:[\w-]+\s+){0,4}?(?:been|was|were|is|are|be)\s+(?:\w+ly\s+)?(?:also\s+)?(?:[\w-]+ed|"
    r"left|kept|shut|put)\b(?:\s+as)?[^,;]{0,15}$",
    re.IGNORECASE,
)
_PRONOUN_IT = re.compile(
    r"^(?:It|They)\s+(?:has|have|had|is|are|was|were|will|would|said|says|did|does|also|already|"
    r"still|plans?|decided|announced)\b"
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
    match = _NAME_SUBJECT.match(left)
    return match is not None and not _NOT_A_NAME.fullmatch(match.group("first"))


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


def _nearest_group(clause: Clause, before: list[Mention], cue_start: int) -> list[Mention]:
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
        )
    ]
    if not before:
        return []
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        gap = clause.text[mention.end - clause.start : group[0].start - clause.start]
        if not _COORDINATION.match(gap):
            break
        group.insert(0, mention)
    return group


_LISTED_ROLES = frozenset({"object", "defining", "presser"})


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
    if _FOLLOWS.search(clause.text[: mention.start - clause.start]):
        return False  # "its assessment followed the EU's toolbox": the EU is only the model
    return re.match(r"(?:['’]s?)?\s*$", gap) is not None


_FOLLOWS = re.compile(
    r"\b(?:follow(?:s|ed|ing)?|implement\w*|based on|in line with|under|in accordance with|"
    r"compl(?:y|ies|ied|ying) with|aligned with|transpos\w+|dr[ae]w(?:s|ing)? on|modell?ed on)"
    r"\s+(?:the\s+)?$"
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
    words: list[str] = _WORD.findall(left)
    if not words:
        return ""
    index = len(words) - 1
    while index >= 0 and words[index].lower() in {"the", "ally", "nato", "fellow", "state"}:
        index -= 1
    if index < 0:
        return ""
    word = words[index].lower()
    previous = words[index - 1].lower() if index > 0 else ""
    if word == "in":
        if index <= 1:
            return ""  # "In the UK, Huawei ... will not be allowed"
        if lex.government_heads.fullmatch(previous):
            return ""  # "the government in Australia", "the courts in Sweden"
        return "in-place"  # "Chinese companies in Germany"
    if word == "with" and re.search(r"(?:^|,)\s*with\s+(?:the\s+)?\S*$", left):
        return ""  # "..., with the UK, Germany and Sweden all giving Huawei the green light"
    if word in {"from", "by"} and (lex.pressure.fullmatch(previous) or previous in _OBJECTIONS):
        return "presser"  # "pressure from the US", "calls by Washington", "concerns by the EU"
    if word == "from" and lex.company_heads.fullmatch(previous):
        return "from-vendor"  # "devices from China"
    if word in _NOT_SUBJECT or word in _AFTER_PREPOSITIONS:
        return word
    if mention.kind == "person" and lex.official_titles.fullmatch(word):
        return ""  # "digital minister Fahmi Fadzil": a title, not a verb
    if words[index][:1].islower() and word not in _BEFORE_SUBJECT:
        return "object"  # "to satisfy the US", "pressured Germany"
    return ""


def _quote_around(clause: Clause, quotes: Sequence[Quote]) -> Quote | None:
    middle = (clause.start + clause.end) // 2
    for quote in quotes:
        if quote.start <= middle < quote.end:
            return quote
    return None


def _speaker_code(quote: Quote, context: Context) -> str | None:
    """The country of an official quoted; None for anyone else (or nobody named)."""
    if quote.speaker is None:
        if quote.pronoun and context.last_official is not None:
            # "Hungary's foreign minister ... 'Huawei will take part ...,' he said."
            recent = context.sentence_no - context.official_seen.get(context.last_official, -9)
            if recent <= 3:
                return context.last_official
        if quote.pronoun and _FIRST_PERSON.search(quote.text):
            # '"We have no plans to ...," she said' in a story about one government, with
            # nobody named: an official speaking for the government under discussion.
            return context.topic()
        return None
    return _official_code(quote.speaker, context)


def is_outsider(who: str, context: Context) -> bool:
    tokens = who.split()
    return bool(tokens) and (who in context.outsiders or tokens[-1] in context.outsiders)


def _official_code(who: str, context: Context) -> str | None:
    lex = lexicon()
    if lex.not_official.search(who):
        return None
    tokens = who.replace("Mr ", "").replace("Mrs ", "").replace("Ms ", "").split()
    for key in (who, " ".join(tokens), " ".join(tokens[-2:]), tokens[-1] if tokens else ""):
        if key in context.people:
            return str(context.people[key])
    tail = re.split(r"[”\"]", who)[-1]
    if context.envoy is not None and _ENVOY_WORD.search(tail) and not mentions_in(tail):
        return context.envoy  # "an embassy spokesperson" after "The Chinese embassy ..."
    # "Malaysian Prime Minister Mahathir Mohamad": a country or a leader named in the phrase.
    named = mentions_in(who)
    for mention in named:
        if mention.kind == "person" or lex.official_titles.search(who):
            return mention.code
    bare = re.sub(r"^the\s+", "", who.strip(), flags=re.IGNORECASE)
    if len(named) == 1 and named[0].surface == bare and named[0].kind != "demonym":
        return named[0].code  # "..., India said."
    if not named and _BODY_OR_TITLE.search(who.strip()):
        # "The Federal Council said ...", "a deputy minister told ...": an unnamed official
        # or body of the government under discussion; "a ministry spokeswoman" right after
        # "China's foreign ministry said ..." is that ministry's.
        last = context.last_official
        if (
            _SPOKESPERSON.search(who)
            and last is not None
            and context.sentence_no - context.official_seen.get(last, -9) <= 2
        ):
            return last
        return context.topic()
    return None


_ENVOY_WORD = re.compile(r"\b(?:embassy|ambassador|envoy|consulate)\b", re.IGNORECASE)
# A government body or an official described without a name or a country.
_BODY_OR_TITLE = re.compile(
    r"(?:^|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er)\s+)(?:[A-Za-z-]+\s+){0,3}?(?:[Gg]overnment|[Cc]ouncil|"
    r"[Cc]abinet|[Mm]inistry|[Mm]inister|[Ss]ecretary|[Rr]egulator|[Aa]uthority|[Aa]uthorities|"
    r"[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]pokes(?:man|woman|person)|[Oo]fficials?|"
    r"[Dd]epartment|[Aa]dministration|[Ee]xecutive|"
    r"(?:[Gg]overnment|[Oo]fficial|[Mm]inisterial|[Mm]inistry|[Cc]abinet) [Ss]ources?)$"
)


_SPOKESPERSON = re.compile(r"\b(?:ministry|spokes(?:man|woman|person))\b", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"^(?:He|She)\b")
# A company named by its brand and a country or a business word ("Orange Belgium", "Telekom
# Austria", "Swisscom AG").
_COMPANY_NAME = re.compile(
    r"(?:[A-Z][\w&-]*\s+){1,3}(?:AG|SA|SpA|plc|PLC|Ltd|Inc|Group|Telecom|Telekom|Mobile|Wireless)"
)


# "Both have said ...": the two countries of the sentence (or item) before.
_BOTH = re.compile(r"^\W*(?:[A-Z][A-Z.'’&, ]*\s[-–—]{1,2}\s)?Both\s+[a-z]")


def _pair_before(previous: Sentence, context: Context) -> list[Mention]:
    """The two countries named in the sentence before, when there are exactly two."""
    pair: dict[str, Mention] = {}
    for m in context.recent:
        if previous.start <= m.start and m.end <= previous.end and m.kind != "anaphor":
            pair.setdefault(m.code, m)
    return list(pair.values()) if len(pair) == 2 else []


def _speaker_match(text: str) -> re.Match[str] | None:
    """A sentence's reported speaker, unless the "who" is a predicate coordinated with "said"
    ("HUNGARY - Has welcomed Huawei's role ... and said it ...")."""
    match = _SENTENCE_SPEAKER_AFTER.search(text) or _SENTENCE_SPEAKER_BEFORE.match(text)
    if match is not None and re.search(r"\s(?:and|but|or)$|\s[-–—]{1,2}\s", match.group("who")):
        return None
    return match


def _sentence_speaker(text: str, context: Context) -> str | None:
    """The country of the official a sentence reports ("He said that ...", "..., Plate said.")."""
    if _PRONOUN_SUBJECT.match(text):
        return context.last_person
    match = _speaker_match(text)
    if match is None:
        return None
    who = match.group("who").strip(' ”"“')
    if who.lower() in {"he", "she"}:
        return context.last_person
    return _official_code(who, context)


def _spoken_by_non_official(text: str, context: Context) -> bool:
    """True when the whole sentence reports a named non-official ("..., Mr Bridges said.")."""
    lex = lexicon()
    match = _speaker_match(text)
    if match is None:
        return False
    who = match.group("who").strip(' ”"“')
    if lex.not_official.search(who):
        return True
    if lex.official_titles.search(who):
        return False
    if lex.companies.fullmatch(who) or _COMPANY_NAME.fullmatch(who):
        return True  # "Proximus said it was monitoring developments": a carrier's view
    tokens = who.replace("Mr ", "").replace("Ms ", "").replace("Mrs ", "").split()
    # Someone introduced earlier as a commentator, executive or opposition figure.
    return bool(tokens) and (who in context.outsiders or tokens[-1] in context.outsiders)
