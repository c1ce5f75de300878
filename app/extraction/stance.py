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

This module cuts sentences into clauses, finds the cues and applies the rules to each cue in
order, deciding conditions (2) and scope (8) itself. The other families live beside it:
:mod:`app.extraction.modality` (negation, hedges, hypotheticals, hearsay: rules 3, 4 and 9),
:mod:`app.extraction.actors` (who holds the position: rules 5, 6, 10, 11 and 12) and
:mod:`app.extraction.speakers` (quotes and who speaks: rule 7).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.extraction.actors import (
    BY_BOTH,
    companions,
    find_actors,
    followed_group,
    inherited,
    last_group,
    nearest_group,
    opens_with_measure,
    operator_choice,
    pair_before,
    refusing_follower,
    sole_country_before,
)
from app.extraction.clauses import Clause, CueMatch
from app.extraction.lexicon import lexicon
from app.extraction.mentions import Context
from app.extraction.modality import (
    BARE_LABEL,
    HEDGE_AFTER,
    HYPOTHETICAL_AFTER,
    LEAKED,
    LEGISLATURE,
    NO_JUSTIFICATION,
    NO_POLICY,
    NOT_FORMALLY,
    OPEN_NEGATION,
    PROPOSAL,
    STOP_DEMAND,
    TRUSTED,
    hearsay_factor,
    in_window,
    is_hedged,
    is_negated,
)
from app.extraction.speakers import (
    FIRST_PERSON,
    quote_around,
    sentence_speaker,
    speaker_code_of,
    spoken_by_non_official,
)
from app.extraction.types import Claim, Mention, Quote, Sentence, Stance

# Where a sentence splits into clauses that can hold different positions.
_CLAUSE_BREAK = re.compile(
    r";|\s[–—]\s|\s--\s|,?\s+(?:while|whereas|but|although|though|whilst)\s+"
    r"|,\s+(?=(?:which|who|whose)\s)|,?\s+(?=unlike\s)"
    # the place just named: "the work under way in the European Union, where member states
    # agreed on a toolbox" (see _PLACE_BEFORE_WHERE)
    r"|(?<=[a-z]),\s+(?=where\s)"
    # headlines run together in page furniture: "Related: ... core | Ericsson wins ..."
    r"|\s\|\s"
    # A second act of the same subject: "The US has urged its allies to ..., and last year
    # barred federal agencies from buying ..." (what it asked of others and what it did).
    # (not a participle: "suppliers based outside the EU, and deemed high-risk")
    r"|,\s+and\s+(?=(?:(?:last|this|next)\s+(?:year|month|week)|then|later|in\s+\d{4})\s+"
    r"(?:has\s+|had\s+)?[a-z]+ed\s+(?!by\b)|(?:has|had)\s+[a-z]+ed\s+(?!by\b))"
)

# Words that keep a clause about networks even when it also names phones or chips.
_STRONG_TOPIC = re.compile(r"\b(?:5G|networks?|telecom\w*)\b", re.IGNORECASE)

# A ban on vendors labelled untrusted or high-risk is the restriction regime of the EU toolbox
# and the US declarations ("prohibit the use of 5G equipment from 'untrusted vendors'"): the
# devset labels every such exclusion `restricts`.
_LABELLED_ONLY = re.compile(
    r"\b(?:from|by|of)\s+(?:so-called\s+|\d+G\s+)?[\"“‘']?(?:untrusted|high[- ]risk)\b",
    re.IGNORECASE,
)
# "... would be barred ... under rules proposed by the Federal Communications Commission".
_PROPOSED_BY = re.compile(
    r"[^;.]{0,80}?\b(?:rules?|regulations?|an order|measures?|a ban)\s+(?:\w+\s+)?proposed\s+by\b",
    re.IGNORECASE,
)
# A parliamentary written question asks; it asserts nothing (a question with "?" often does
# report facts: "The US has placed Huawei on its Entity List ... what will the Commission do?").
_QUESTION = re.compile(
    r"^\W*To ask\b"
    # A journalist's question in a transcript or interview: "Media: Can you be clear then: is
    # Huawei banned from New Zealand's 5G network?"
    r"|^\W*(?:[A-Z][\w .'’-]{0,25}:\s*)?(?:[^:?]{0,60}:\s*)?(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]as|"
    r"[Hh]ave|[Hh]ad|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Dd]o|[Dd]oes|[Dd]id|[Ss]hould|[Ww]hy|"
    r"[Ww]hat|[Hh]ow|[Ww]hen|[Ww]here|[Ww]hich|[Ww]ho)\b[^.!]*\?[\"”’']?\s*$"
)
# (or with China itself: "signed a security agreement with China")
_WITH_HUAWEI = re.compile(
    # ("Egypt, Huawei sign agreements on 5G": a headline's comma for "and")
    r"(?:\b(?:with|and)\s+|^[^,]{2,40},\s+)(?:Huawei|China|Beijing)\b(?!\s+(?:rivals?|competitors?)\b)"
)
_DEBATE_OVER = re.compile(
    r"\b(?:after|following|ending|ended|ends)\s+(?:\w+\s+){0,2}(?:years?|months?|weeks?|decades?)"
    r"\s+of\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A law that gives someone the power to ban ("allows the interior ministry to block critical
# components"): a restriction regime, as the devset labels such powers.
_POWER_TO = re.compile(
    r"\b(?:allows?|allowing|allowed|empowers?|empowered|enables?|enabled|authori[sz]es?|"
    r"authori[sz]ed|gives?|gave|grants?|granted)\s+(?:[\w'’.-]+\s+){0,5}?(?:the\s+)?"
    r"(?:power\s+|powers\s+|right\s+|authority\s+)?to\s+(?:[\w-]+\s+){0,1}$"
    r"|\bpowers?\s+(?:of|to)\s+(?:[\w-]+\s+)?$"  # "Denmark: a power of prohibition"
)
# A ruling that makes a ban possible, its "could" no hedge: "its cybersecurity council ruled
# that suppliers from outside the EU could be barred".
_RULED_POSSIBLE = re.compile(
    r"\b(?:ruled|decided|decreed|determined|resolved)\s+that\s+[^;]{0,80}?\s(?:could|may|can)\s+"
    r"(?:now\s+)?be\s+$"
)
# A draft before its relative clause: "a draft amendment ..., which would create a procedure for
# ... phasing out its equipment": what a draft would do is still open.
_DRAFT_BEFORE = re.compile(
    r"\b(?:draft|proposed)\s+(?:[\w-]+\s+){0,6}?(?:law|bill|act|amendment|regulation|decree|"
    r"rules?|legislation)\b[^,;]*$",
    re.IGNORECASE,
)
_DEBATE_NOUN = re.compile(r"(?:debates?|discussions?)\b")
# A ban whose object is only the core or the sensitive parts is a restriction.
_CORE_ONLY = re.compile(
    r"[^;.]{0,90}?\b(?:from|in|out of|of|for)\s+(?:the\s+|its\s+|their\s+)?[\"“‘']?"
    r"(?:[\w'’-]+\s+){0,3}?(?:cores?|sensitive|critical)\b"
    r"(?!\s+(?:and|or)\s+(?:radio|access|the rest|all|non))",
    re.IGNORECASE,
)

# A dateline's place ("SINGAPORE - Huawei has been ..."): where, not who.
_DATELINE_AFTER = re.compile(r"\s*(?:\([\w ]+\)\s*)?(?:[-–—]{1,2}\s|,\s*[A-Z][a-z]{2,}\.?\s+\d)")

# "Both have said ...": the two countries of the sentence (or item) before.
# (also after a fronted phrase: "Among a long list of commitments, both undertook to ...")
_BOTH = re.compile(
    r"^\W*(?:[A-Z][A-Z.'’&, ]*\s[-–—]{1,2}\s)?(?:Both|[A-Z][^,;]{2,80},\s+both)\s+[a-z]"
)


def split_clauses(sentence: Sentence) -> list[Clause]:
    """Clauses of a sentence, with document offsets."""
    clauses: list[Clause] = []
    start = 0
    text = sentence.text
    cuts = [
        cut
        for cut in _CLAUSE_BREAK.finditer(text)
        if not text.startswith("where", cut.end())
        or _PLACE_BEFORE_WHERE.search(text[: cut.start()])
    ]
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


# "where" opens a clause of its own after a place named with its preposition ("in the
# European Union, where ..."), not after a subject ("Finland, where ..., has said ...").
_PLACE_BEFORE_WHERE = re.compile(
    r"\b(?:in|at|across|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$"
)


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
        relative=bool(re.match(r"(?:which|who|whose|where)\b", text)),
    )


def find_cues(clause_text: str) -> list[CueMatch]:
    """Cue matches in a clause, overlaps resolved in favour of the longer one."""
    found: list[CueMatch] = []
    clause_text = clause_text.replace("\n", " ")  # a hard-wrapped line's break is a space
    for group in lexicon().cues:
        for match in group.pattern.finditer(clause_text):
            found.append(CueMatch(group, match.start(), match.end()))
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[CueMatch] = []
    for cue in found:
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    pledges = [c for c in kept if c.group.sponsors and c.group.stance is Stance.restricts]
    if pledges:
        # "signed a declaration ..., committing to keep untrusted vendors out": the pledge is
        # the declaration's content, not a ban of its own (a ban before it is not its content).
        kept = [
            c
            for c in kept
            if c.group.stance is not Stance.bans
            or c.group.only
            or c.group.inherit
            or c.end <= pledges[0].start
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
    if _QUESTION.search(sentence.text):
        return []  # "To ask the Secretary of State what discussions she has had ..."
    if spoken_by_non_official(sentence.text, context):
        return []  # a commentator's or a company's view is not a government position
    if topical is None:
        topical = bool(lex.topic.search(sentence.text)) or (
            previous is not None and bool(lex.topic.search(previous.text))
        )
    hearsay = hearsay_factor(sentence.text)
    claims: list[Claim] = []
    previous_clause_mentions: list[Mention] = []
    previous_clause: Clause | None = None
    narrator = sentence_speaker(sentence.text, context)
    if narrator is None and context.answering and FIRST_PERSON.search(sentence.text):
        narrator = context.last_person  # an interview's answer: the interviewee's own words
    topic = context.topic(before=sentence.start)
    if topic in {"US", "CN", "EU"}:
        topic = None
    for clause in split_clauses(sentence):
        inside = [m for m in mentions if clause.start <= m.start and m.end <= clause.end]
        quote = quote_around(clause, quotes)
        speaker_code = speaker_code_of(quote, context) if quote else narrator
        if quote is not None and quote.speaker is None and speaker_code is None:
            speaker_code = narrator  # '"...," Kenya's ICT minister said.'
        if quote is not None and quote.speaker is not None and speaker_code is None:
            previous_clause_mentions = inside
            previous_clause = clause
            continue  # the words of someone who is not an official
        fallback = last_group(previous_clause, previous_clause_mentions)
        if clause.relative and previous_clause is not None and fallback:
            tail = previous_clause.text[fallback[-1].end - previous_clause.start :]
            if _NAME_IN_TAIL.search(tail):
                fallback = []  # "In the UAE, Etisalat and du, which ...": the companies
        if (
            not fallback
            and not inside
            and previous is not None
            and (_BOTH.match(clause.text) or BY_BOTH.search(clause.text))
        ):
            fallback = pair_before(previous, context)
        if (
            not fallback
            and previous_clause is None
            and previous is not None
            and opens_with_measure(clause.text)
        ):
            fallback = sole_country_before(previous, context)
        drafted = bool(
            clause.relative
            and previous_clause is not None
            and _DRAFT_BEFORE.search(previous_clause.text)
        )
        cues = find_cues(clause.text)
        if not cues:
            claims.extend(_elided_negation(clause, inside, [*earlier, *claims], previous))
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
                    drafted=drafted,
                )
            )
        if inside:
            previous_clause_mentions = inside
            previous_clause = clause
    claims.extend(_followed_by(sentence, mentions, claims))
    if topical and not any(claim.country_code in lex.champions for claim in claims):
        if narrator is None and _IT_SPEAKS.match(sentence.text) and context.envoy is not None:
            # "The Chinese embassy in Rome has responded ... It accuses Washington of ...": the
            # embassy named a sentence or two before (find_mentions has counted this one).
            if context.sentence_no - context.envoy_seen <= 3:
                narrator = context.envoy
        claims.extend(_china_speaks(sentence, mentions, narrator))
    return claims


def _claim(
    span: Sentence | Clause, code: str, stance: Stance, confidence: float, rule: str
) -> Claim:
    """A claim quoting the whole of ``span`` (a clause or a sentence), with no named speaker."""
    return Claim(
        country_code=code,
        stance=stance,
        quote=span.text,
        start=span.start,
        end=span.end,
        speaker=None,
        confidence=round(min(confidence, 0.99), 3),
        rule=rule,
    )


# "Poland signed the first such declaration in 2019, followed by Romania, Estonia and Latvia":
# the countries after "followed by" did what the sentence's first country did.
_FOLLOWED_BY = re.compile(r"\b(?:followed|joined)\s+(?:soon\s+|later\s+)?by\s+")


def _followed_by(
    sentence: Sentence, mentions: Sequence[Mention], claims: Sequence[Claim]
) -> list[Claim]:
    """Claims for the countries listed after "followed by", with the stance before it."""
    found = _FOLLOWED_BY.search(sentence.text)
    if found is None:
        return []
    at = sentence.start + found.end()
    model = [c for c in claims if c.start < at and c.country_code not in lexicon().measures_only]
    followers = sorted(
        {m.code for m in mentions if m.start >= at} - {c.country_code for c in claims}
    )
    if not model or not followers:
        return []
    return [
        _claim(sentence, code, model[-1].stance, model[-1].confidence * 0.85, "followed-by")
        for code in followers
    ]


# Beijing speaking about Huawei: by the devset convention its position is to defend it, so a
# Chinese official's or embassy's statement on Huawei is an embrace even when its words match
# no cue ("said the project was 'purely a commercial cooperation'").
_CHINESE_FIRMS = re.compile(
    r"\b(?:Huawei|ZTE|Chinese (?:companies|firms|enterprises|vendors|suppliers|tech\w*))\b"
)
# The Chinese body is the subject: its speech verb follows within a few words, with nothing but
# its own description between ("The Chinese embassy in Manila said", "Beijing has promoted",
# "Zhao Lijian, the foreign ministry spokesman, said"), not "... outside China, said".
_SPEAKS_AFTER = re.compile(
    r"^(?:['’]s)?(?:[^.;,\"“]{0,50}?|,\s+(?:the\s+|a\s+)?[^,;.]{0,50}?(?:spokes\w+|ambassador|envoy|"
    r"minister|official|embassy|ministry)[^,;.]{0,30},"
    # the official's title, then the name and an aside: "China's ambassador to Hungary, Duan
    # Jielong, who also spoke at the conference, thanked ..."
    r"|[^.;,\"“]{0,30}?(?:spokes\w+|ambassador|envoy|minister|embassy|ministry)[^.;,\"“]{0,30}"
    r"(?:,\s+[^,;.\"“]{1,50}){1,2},)\s*(?:has\s+|have\s+|had\s+|also\s+)?"
    r"(?:said|says|told|stated|added|noted|urged|accused|called|dismissed|rejected|described|"
    r"defended|praised|warned|promoted|supports?|welcomed|expressed|thanked)\b"
)
# A capitalised word (not a month) between a name and a relative clause: the relative clause
# is about that other name ("Etisalat and du, which"), not "the US measures of May, which".
_NAME_IN_TAIL = re.compile(
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)[A-Z]"
)
_ASKED_WHETHER = re.compile(
    r"\b(?:wanted|wants|want|wished|wishes|sought) to know\s+$|\b(?:asked|asking|asks|inquired|"
    r"enquired)\s+$"
)
# What "did the same" is about, when it is not the networks.
_SAME_WITH_OTHER = re.compile(
    r"\s+(?:with|for|on|over)\s+(?:its|their|his|her|the|a)\s+(?![^,;.]{0,30}\b(?:5G|networks?|"
    r"telecom\w*|Huawei|ZTE|vendors?|suppliers?|equipment)\b)"
)
# A pronoun for a body just named, speaking: "It accuses Washington of ... and says: ...".
_IT_SPEAKS = re.compile(
    r"^\W*(?:It|They|The embassy|The mission|The ministry)\s+(?:also\s+|then\s+)?(?:said|says|"
    r"accuses|accused|added|adds|stated|states|called|calls|urged|urges|rejected|rejects|"
    r"described|describes|warned|warns)\b"
)
_NO_COMMENT = re.compile(
    r"\b(?:declined to comment|did not (?:immediately )?(?:respond|reply|comment)|no comment|"
    r"could not be reached|not aware|no information|no knowledge)\b",
    re.IGNORECASE,
)
_CHINESE_BODY_KINDS = frozenset({"capital", "institution", "person", "demonym", "anaphor"})


def _china_speaks(
    sentence: Sentence, mentions: Sequence[Mention], narrator: str | None
) -> list[Claim]:
    """An embrace for China when one of its bodies speaks about Huawei in this sentence."""
    champions = lexicon().champions
    if not _CHINESE_FIRMS.search(sentence.text) or _NO_COMMENT.search(sentence.text):
        return []
    speaker = narrator if narrator in champions else None
    for mention in mentions:
        after = sentence.text[mention.end - sentence.start :]
        official = mention.kind in _CHINESE_BODY_KINDS or re.match(r"^['’]s\s", after)
        if mention.code in champions and official and _SPEAKS_AFTER.match(after):
            speaker = mention.code
    if speaker is None:
        return []
    return [_claim(sentence, speaker, Stance.embraces, 0.6, "china-speaks")]


# "Australia has barred it ... South Korea and the Philippines have not": the act of the
# sentence before, denied (an auxiliary with its verb left out).
_ELIDED_NOT = re.compile(
    r"^[^,;]*?\s(?:have|has|had|did|do|does)\s+not(?:\s+(?:done so|followed suit))?\s*(?:[,.;]|$)"
)


def _elided_negation(
    clause: Clause, mentions: list[Mention], earlier: Sequence[Claim], previous: Sentence | None
) -> list[Claim]:
    """Claims for "X and Y have not" after a sentence that says someone banned or restricted."""
    found = _ELIDED_NOT.match(clause.text)
    if found is None or previous is None or not mentions:
        return []
    referent = [
        c
        for c in earlier
        if previous.start <= c.start and c.stance in {Stance.bans, Stance.restricts}
    ]
    before = [m for m in mentions if m.end <= clause.start + found.end()]
    subject = nearest_group(clause, before, found.end())
    codes = {m.code for m in subject} - {c.country_code for c in referent}
    if not referent or not codes:
        return []
    return [
        _claim(clause, code, Stance.mitigates, 0.6, "elided-negation")
        for code in sorted(codes)
        if code not in lexicon().measures_only and code not in lexicon().champions
    ]


def _objects_of(cue: CueMatch, clause: Clause, mentions: list[Mention]) -> set[str]:
    """Countries the cue acts on ("No one will forbid Brazil from improving its relationship
    with China"): what is done to them is not their position."""
    at = clause.start + cue.end
    return {
        m.code
        for m in mentions
        if re.fullmatch(r"\s*(?:the\s+)?", clause.text[cue.end : m.start - clause.start] or " ")
        and m.start >= at
        and re.match(r"\s+(?:from|to)\b", clause.text[m.end - clause.start :])
    }


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
    drafted: bool = False,
) -> list[Claim]:
    lex = lexicon()
    group = cue.group
    if group.requires is not None and not group.requires.search(sentence_text or clause.text):
        return []  # "has yet to announce how it will license 5G frequencies": not about vendors
    if group.sponsors and _WITH_HUAWEI.search(clause.text):
        return []  # "Malta and Huawei sign memorandum on 5G": a deal, not a US declaration
    if group.stance is Stance.debating and _ASKED_WHETHER.search(clause.text[: cue.start]):
        return []  # "a parliamentarian who wanted to know whether Huawei ...": a question asked
    if group.stance is Stance.debating and _DEBATE_OVER.search(clause.text[: cue.start]):
        return []  # "after years of debate, agreed ...": the debate is what came before
    left = clause.text[: cue.start]
    right = clause.text[cue.end :]
    # Rule 2: a cue inside a condition is no position; nor a ban spoken of as a hypothetical
    # subject ("a Huawei ban would have consequences").
    conditions = list(lex.conditional.finditer(left))
    if conditions and "," not in left[conditions[-1].end() :]:
        return []
    if group.stance is Stance.bans and not group.inherit and HYPOTHETICAL_AFTER.match(right):
        return []
    # Rule 3 and 4: negation and hedging, looked for in the few words before the cue.
    # Cues for one country only (China's reactions) neither take nor hold a negator.
    negated = is_negated(
        left, right, [c for c in others if c.end <= cue.start and not c.group.only]
    )
    followed = followed_group(cue, clause, mentions) if not group.inherit else []
    if negated and group.only and not group.negated and STOP_DEMAND.search(left[-60:]):
        negated = False  # "urged Washington to stop abusing ...": Beijing's own complaint
    hedged = is_hedged(left) or bool(HEDGE_AFTER.match(right)) or drafted
    if followed:
        negated = hedged = False  # the modality is the follower's; the ones followed acted
    if group.stance is Stance.restricts and BARE_LABEL.match(clause.text, cue.start):
        # "its approach to high-risk vendors is under review": a label for what is under
        # discussion, not a measure, when the clause says the decision is open.
        hedged = hedged or any(
            c.group.stance is Stance.debating and not c.group.sponsors for c in others
        )
    if negated and BARE_LABEL.match(clause.text, cue.start) and NO_POLICY.search(left):
        return []  # "No published policy on high-risk vendors": an absence, not a choice
    if negated and group.stance is Stance.restricts and TRUSTED.match(clause.text, cue.start):
        negated = False  # "have not been designated as trusted sources": kept out
    if negated and group.stance is Stance.debating and in_window(OPEN_NEGATION, left, 6):
        negated = False  # "has not said whether", "not yet": the question is still open
    stance: Stance | None = group.stance
    confidence = group.weight
    if group.inherit and _SAME_WITH_OTHER.match(right):
        return []  # "Kenya did the same with its standard gauge railway": another matter
    if group.inherit:
        stance = inherited(cue, clause, mentions, earlier)
        topical = True  # "Poland and Romania did so": the act referred to was on topic
    if stance is None:
        return []
    if stance is Stance.bans and not negated and _CORE_ONLY.match(clause.text, cue.start + 3):
        stance = Stance.restricts  # "block Huawei from Fastweb's 5G core": the scope wins
    if stance is Stance.bans and not negated and _POWER_TO.search(left):
        stance = Stance.restricts  # "allows the interior ministry to block ...": a power to ban
    if stance is Stance.bans and not negated and _RULED_POSSIBLE.search(left):
        stance, hedged = Stance.restricts, False
    if stance is Stance.bans and not negated and _LABELLED_ONLY.search(clause.text):
        # "prohibit ... equipment from untrusted vendors, or remove such equipment"
        stance = Stance.restricts
    if negated and group.stance is Stance.debating and LEGISLATURE.search(left[-40:]):
        return []  # "Parliament has not debated the Huawei contracts": no position at all
    if negated and group.stance is Stance.debating and _DEBATE_NOUN.match(clause.text, cue.start):
        return []  # "Chile has not held a debate on Huawei": no debate is no position either
    if negated and group.stance in {Stance.bans, Stance.restricts} and NOT_FORMALLY.search(left):
        # "Has not formally barred Huawei": no ban yet, the question still open.
        negated, hedged = False, True
        confidence *= 0.8
    if negated:
        stance = group.negated
        confidence *= 0.9
        if NO_JUSTIFICATION.search(left[-80:]):
            confidence *= 0.8  # "saw no evidence to justify keeping it out": a view, not a rule
    elif hedged:
        stance = group.hedged or group.stance
        confidence *= 0.85
    if stance is None:
        return []
    confidence *= hearsay
    if stance is not Stance.debating and LEAKED.search(left):
        confidence *= 0.7  # "a leak ... suggested it would allow Huawei a limited role"
    if operator_choice(right) and not nearest_group(
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
    actors = followed or find_actors(cue, clause, mentions, fallback, speaker_code, section, topic)
    if actors is None:
        return []
    actors += companions(clause, mentions)
    actors = [code for code in actors if code not in _objects_of(cue, clause, mentions)]
    claims: list[Claim] = []
    for code in sorted(set(actors)):
        if (group.only and code not in group.only) or code in group.not_for:
            continue
        held = stance
        if (
            code in lex.measures_only
            and hedged
            and not negated
            and group.stance in {Stance.bans, Stance.restricts}
            and (PROPOSAL.search(left[-80:]) or _PROPOSED_BY.match(right))
        ):
            held = group.stance  # "the FCC voted to propose banning ...": a US measure (rule 8)
        if code in lex.measures_only and held not in {Stance.bans, Stance.restricts}:
            continue  # what the US asks of others is not its own position
        if code in lex.champions and held is Stance.mitigates and speaker_code == code:
            held = Stance.embraces  # Beijing's own "no evidence Huawei is a threat": a defence
        if code in lex.champions and held is not Stance.embraces:
            continue  # Huawei's home government defends it; "the ban" near Beijing is another's
        # Rule 8: scope. The US convention: any US measure against Huawei counts as a ban.
        if not (group.any_scope or code == "US"):
            if not topical:
                continue
            if lex.off_topic.search(clause.text) and not _STRONG_TOPIC.search(clause.text):
                continue
            if lex.off_topic.search(right[:40]):
                continue  # "banning Australian coal imports", "barred the sale of its phones"
        rule = group.name + (":negated" if negated else ":hedged" if hedged else "")
        claims.append(_claim(clause, code, held, confidence, rule))
    if followed and group.stance in {Stance.bans, Stance.restricts} and topical:
        # "Bangladesh will not follow the United States in blacklisting Huawei": the ones
        # followed acted; the one that refuses to follow them chose against it.
        for code in refusing_follower(clause, mentions, cue.start):
            if code not in actors and code not in lex.champions:
                refused = confidence * 0.9
                claims.append(
                    _claim(clause, code, Stance.mitigates, refused, group.name + ":not-followed")
                )
    return claims
