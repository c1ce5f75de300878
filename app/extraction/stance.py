"""From mentions in a clause to claims: which government takes which stance, how surely.

The rules, in the order they apply to each cue found in a clause (cues are in
``data/cues.toml``):

1. Clauses. A sentence is cut at ";", dashes, "while", "but", "whereas", "although" and
   relative "which": "The U.S. ... have banned Huawei while other countries ... are considering
   such moves" holds two positions for two sets of countries.
2. Conditions. A cue inside "if"/"even if"/"were to" is no position.
3. Negation. A negator just before a cue turns it over: "will not ban", "unlikely to impose a
   blanket ban" are a choice against a ban (mitigates); "would not relax the ban" is a ban.
4. Hedges. "considering", "may", "could", "whether to" make a ban or a restriction an open
   question (debating).
5. Actors. The nearest coordinated group of governments before the cue ("The U.S., Australia
   and New Zealand have banned") holds it; failing that the agent of a passive ("blacklisted by
   Washington") or the place of a passive ban ("barred ... in Australia"); failing that the
   official whose quote it is.
6. Pressure. A cue under "urged", "calls to", "lobbied" ... is what someone asks for, not what
   anyone did: no claim for the one asking nor for the one asked.
7. Who speaks. Cues in the words of a commentator, an analyst or a company are not a
   government's position.
8. Scope. The cue has to be about Huawei (or Chinese vendors) in networks; phones, chips,
   apps and unrelated trade do not count. A US measure of any kind against Huawei is the
   exception the devset conventions make (labelled a ban).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.extraction.lexicon import CueGroup, lexicon
from app.extraction.mentions import Context, mentions_in
from app.extraction.types import Claim, Mention, Quote, Sentence, Stance

# Where a sentence splits into clauses that can hold different positions.
_CLAUSE_BREAK = re.compile(
    r";|\s[–—]\s|\s--\s|,?\s+(?:while|whereas|but|although|though|whilst)\s+"
    r"|,\s+(?=(?:which|who)\s)|,?\s+(?=unlike\s)"
)
# The gap between two members of a coordinated group ("the U.S., Australia and New Zealand").
_COORDINATION = re.compile(
    r"^\s*(?:,\s*)?(?:(?:and|or|&|as well as|plus|along with|including|both|nor)\s+)?(?:the\s+)?$"
)
# Prepositions before a name that make it something other than the subject.
_NOT_SUBJECT = frozenset(
    "in-place from-vendor presser object of behalf to against on at over about than into "
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
    neighbor government officials in by from with of""".split()
)
_AFTER_PREPOSITIONS = frozenset({"in", "in-place", "from", "of", "across", "throughout", "by"})
_PREPOSITION = re.compile(r"(\w+)\W*(?:the\s+)?(?:\w+\s+)?$")
_PASSIVE_AGENT = re.compile(r"^[^,;]{0,30}?\bby\s+(?:the\s+)?$")
_HEARSAY = re.compile(
    r"\b(?:reportedly|according to|sources? (?:said|say|told)|is said to)\b", re.IGNORECASE
)
_WORD = re.compile(r"\w+(?:'\w+)?")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|my)\b", re.IGNORECASE)
_REPORTED = re.compile(
    r"^\W*(?:\w+\s+)?(?:says|said|announced|ruled|decided|ordered|told|stated)\b"
)
# A clause that starts with a verb has the subject of the clause before.
_ELLIPSIS = re.compile(
    r"(?:also\s+|then\s+|now\s+)?(?:plans?|has|have|had|is|are|was|were|will|would|decided|"
    r"wants?|expects?|intends?|said|says)\b"
)
# Words that keep a clause about networks even when it also names phones or chips.
_STRONG_TOPIC = re.compile(r"\b(?:5G|networks?|telecom\w*|infrastructure)\b", re.IGNORECASE)

_SENTENCE_SPEAKER_AFTER = re.compile(
    r",\s*(?:according to\s+)?(?P<who>[^,]{2,80}?)\s+(?:said|says|told|added|stated|noted)\b"
    r"[^,]{0,60}[.!?”\"]?$"
)
_SENTENCE_SPEAKER_BEFORE = re.compile(
    r"^(?P<who>[A-Z][^,]{1,60}?)\s+(?:said|says|told|added|stated|noted|argued|warned)\b"
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


def split_clauses(sentence: Sentence) -> list[Clause]:
    """Clauses of a sentence, with document offsets."""
    clauses: list[Clause] = []
    start = 0
    text = sentence.text
    for cut in _CLAUSE_BREAK.finditer(text):
        clauses.append(_clause(sentence, start, cut.start()))
        start = cut.end()
    clauses.append(_clause(sentence, start, len(text)))
    return [c for c in clauses if c.text.strip()]


def _clause(sentence: Sentence, start: int, end: int) -> Clause:
    text = sentence.text[start:end]
    stripped = text.lstrip(" ,")
    start += len(text) - len(stripped)
    text = stripped.rstrip(" ,")
    return Clause(
        start=sentence.start + start,
        end=sentence.start + start + len(text),
        text=text,
        relative=bool(re.match(r"(?:which|who)\b", text)),
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
    return sorted(kept, key=lambda c: c.start)


def claims_for_sentence(
    sentence: Sentence,
    mentions: Sequence[Mention],
    *,
    quotes: Sequence[Quote] = (),
    context: Context | None = None,
    previous: Sentence | None = None,
) -> list[Claim]:
    """Claims a sentence supports, given its mentions (and, optionally, the document's quotes)."""
    context = context if context is not None else Context()
    lex = lexicon()
    if _spoken_by_non_official(sentence.text, context):
        return []  # a commentator's or a company's view is not a government position
    topical = bool(lex.topic.search(sentence.text)) or (
        previous is not None and bool(lex.topic.search(previous.text))
    )
    hearsay = bool(_HEARSAY.search(sentence.text))
    claims: list[Claim] = []
    previous_clause_mentions: list[Mention] = []
    narrator = _sentence_speaker(sentence.text, context)
    for clause in split_clauses(sentence):
        inside = [m for m in mentions if clause.start <= m.start and m.end <= clause.end]
        quote = _quote_around(clause, quotes)
        speaker_code = _speaker_code(quote, context) if quote else narrator
        if quote is not None and quote.speaker is not None and speaker_code is None:
            previous_clause_mentions = inside
            continue  # the words of someone who is not an official
        for cue in find_cues(clause.text):
            claims.extend(
                _claims_for_cue(
                    cue,
                    clause,
                    inside,
                    fallback=previous_clause_mentions,
                    speaker_code=speaker_code,
                    topical=topical,
                    hearsay=hearsay,
                )
            )
        previous_clause_mentions = inside or previous_clause_mentions
    return claims


def _claims_for_cue(
    cue: CueMatch,
    clause: Clause,
    mentions: list[Mention],
    *,
    fallback: list[Mention],
    speaker_code: str | None,
    topical: bool,
    hearsay: bool,
) -> list[Claim]:
    lex = lexicon()
    group = cue.group
    left = clause.text[: cue.start]
    right = clause.text[cue.end :]
    # Rule 2: a cue inside a condition is no position.
    conditions = list(lex.conditional.finditer(left))
    if conditions and "," not in left[conditions[-1].end() :]:
        return []
    # Rule 3 and 4: negation and hedging, looked for in the few words before the cue.
    negated = _in_window(lex.negation_before, left, lex.negation_window) or bool(
        lex.negation_after.match(right.lstrip(" ,")) or lex.negation_after.search(right[:80])
    )
    hedged = _in_window(lex.hedge, left, lex.hedge_window)
    stance: Stance | None = group.stance
    confidence = group.weight
    if negated:
        stance = group.negated
        confidence *= 0.9
    elif hedged:
        stance = group.hedged or group.stance
        confidence *= 0.85
    if stance is None:
        return []
    if hearsay:
        confidence *= 0.9
    # Rule 5 and 6: who holds it, unless it is only asked for.
    actors = _actors(cue, clause, mentions, fallback, speaker_code)
    if actors is None:
        return []
    claims: list[Claim] = []
    for code in sorted(set(actors)):
        if group.only and code not in group.only:
            continue
        if code in lex.measures_only and stance not in {Stance.bans, Stance.restricts}:
            continue  # what the US asks of others is not its own position
        # Rule 8: scope. The US convention: any US measure against Huawei counts as a ban.
        if not (group.any_scope or code == "US"):
            if not topical:
                continue
            if lex.off_topic.search(clause.text) and not _STRONG_TOPIC.search(clause.text):
                continue
        claims.append(
            Claim(
                country_code=code,
                stance=stance,
                quote=clause.text,
                start=clause.start,
                end=clause.end,
                speaker=None,
                confidence=round(min(confidence, 0.99), 3),
                rule=group.name + (":negated" if negated else ":hedged" if hedged else ""),
            )
        )
    return claims


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
) -> list[str] | None:
    """Codes of the governments holding a cue's stance; None when nobody holds it."""
    lex = lexicon()
    group = cue.group
    cue_start = clause.start + cue.start
    cue_end = clause.start + cue.end
    before = [m for m in mentions if m.end <= cue_start]
    after = [m for m in mentions if m.start >= cue_end]
    sponsors = group.sponsors
    subject = _nearest_group(clause, before, cue.start)
    if subject:
        gap = clause.text[subject[-1].end - clause.start : cue.start]
        reported = _REPORTED.match(gap) is not None
        if lex.pressure.search(gap) and group.stance is not Stance.embraces and not group.only:
            return None  # rule 6: "Washington has lobbied countries not to work with Huawei"
        if lex.blockers.search(gap) and not reported:
            return None  # "countries that blockade the company" (but "X says operators ...")
        if sponsors:
            subject = [m for m in subject if m.code not in sponsors]
            if not subject:
                after = [m for m in after if m.code not in sponsors]
                return [m.code for m in _nearest_group_after(clause, after)] if after else None
        if subject:
            return [m.code for m in subject]
    elif not before and lex.pressure.search(clause.text[: cue.start]) and not sponsors:
        if group.stance is not Stance.embraces and not group.only:
            return None
    if sponsors:
        after = [m for m in after if m.code not in sponsors]
        return [m.code for m in _nearest_group_after(clause, after)] if after else None
    # A passive's agent ("blacklisted by Washington") or its place ("barred ... in Australia").
    if after:
        first = _nearest_group_after(clause, after)
        gap = clause.text[cue.end : first[0].start - clause.start]
        prep = _preposition(clause, first[0])
        possessive = bool(re.match(r"['’]s?\b", clause.text[first[0].end - clause.start :]))
        if _PASSIVE_AGENT.match(gap) or prep in _AFTER_PREPOSITIONS or possessive:
            if not lex.blockers.search(gap) and len(gap) < 120:
                return [m.code for m in first]
    if fallback and clause.relative:
        return [fallback[-1].code]
    if fallback and _ELLIPSIS.match(clause.text):
        # "... but plans to exclude companies ...": the subject of the clause before.
        return [fallback[0].code]
    if speaker_code is not None:
        return [speaker_code]
    return None


def _nearest_group(clause: Clause, before: list[Mention], cue_start: int) -> list[Mention]:
    """The coordinated group of mentions closest before a cue ("The U.S., Australia and NZ").

    Names in parentheses are an aside ("its Five Eyes allies (Australia, Canada ...)").
    """
    before = [
        m
        for m in before
        if not _in_parentheses(clause, m)
        and (_preposition(clause, m) not in _NOT_SUBJECT or _is_owner(clause, m, cue_start))
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


def _is_owner(clause: Clause, mention: Mention, cue_start: int) -> bool:
    """A name right before the cue owns it ("Berlin's debate", "U.S. sanctions")."""
    gap = clause.text[mention.end - clause.start : cue_start]
    return re.match(r"(?:['’]s?)?\s*$", gap) is not None


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
    if re.search(r"(?:^|[,:(]|\bthe)\s*$", left) and not re.search(r"\w\s+the\s*$", left):
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
    if word in {"from", "by"} and lex.pressure.fullmatch(previous):
        return "presser"  # "pressure from the US", "calls by Washington"
    if word == "from" and lex.company_heads.fullmatch(previous):
        return "from-vendor"  # "devices from China"
    if word in _NOT_SUBJECT or word in _AFTER_PREPOSITIONS:
        return word
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
    # "Malaysian Prime Minister Mahathir Mohamad": a country or a leader named in the phrase.
    named = mentions_in(who)
    for mention in named:
        if mention.kind == "person" or lex.official_titles.search(who):
            return mention.code
    return None


_PRONOUN_SUBJECT = re.compile(r"^(?:He|She)\b")


def _sentence_speaker(text: str, context: Context) -> str | None:
    """The country of the official a sentence reports ("He said that ...", "..., Plate said.")."""
    if _PRONOUN_SUBJECT.match(text):
        return context.last_person
    match = _SENTENCE_SPEAKER_AFTER.search(text) or _SENTENCE_SPEAKER_BEFORE.match(text)
    if match is None:
        return None
    who = match.group("who").strip(' ”"“')
    if who.lower() in {"he", "she"}:
        return context.last_person
    return _official_code(who, context)


def _spoken_by_non_official(text: str, context: Context) -> bool:
    """True when the whole sentence reports a named non-official ("..., Mr Bridges said.")."""
    lex = lexicon()
    match = _SENTENCE_SPEAKER_AFTER.search(text) or _SENTENCE_SPEAKER_BEFORE.match(text)
    if match is None:
        return False
    who = match.group("who").strip(' ”"“')
    if lex.not_official.search(who):
        return True
    if lex.official_titles.search(who):
        return False
    tokens = who.replace("Mr ", "").replace("Ms ", "").replace("Mrs ", "").split()
    # Someone introduced earlier as a commentator, executive or opposition figure.
    return bool(tokens) and (who in context.outsiders or tokens[-1] in context.outsiders)
