"""How the crisis screen reads a text: sentences, clauses, who a phrase is about, negation and time."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from nearer.nlu.crisis.prefilter import RuleIndex
from nearer.nlu.crisis.rules import (
    AGAIN,
    ALL_RULES,
    ANSWERED_NO,
    ASKED_AFTER,
    ASKED_BEFORE,
    BACK_AGAIN,
    BOUNDARY,
    CHARS,
    CLOSED,
    DARK,
    ENDED_AFTER,
    ERA,
    EVERYDAY,
    FILLER,
    FIRST_PERSON,
    HABIT,
    HARM_HISTORY,
    ME_TOO,
    MEANT_OTHERWISE,
    MEDIA,
    NEGATED_TOGETHER,
    NEGATOR,
    NO_AFTER,
    NO_BEFORE,
    NO_GOVERNS,
    NOT_COME_UP,
    NOT_LIFE,
    NOT_LITERAL_AFTER,
    NOT_OVER,
    NOT_SINCE,
    NOT_SO_AFTER,
    NOW,
    ONGOING,
    OTHER_JUST_BEFORE,
    OTHERS,
    OVER,
    OVER_WORD,
    PAST,
    PAST_HABIT,
    PAST_NEXT,
    PAST_TENSE,
    PLAN,
    PRESENT_LIFE,
    QUALIFIED_HERE,
    RECENT,
    REPORTED_BY_OTHER,
    RETURNING,
    RISK_FLAGS,
    SAID_NO_AFTER,
    SHORT_GAP,
    SPELLINGS,
    SUBJECT,
    SUPPOSED_RETURN,
    TAKEN_BACK,
    THESE_DAYS,
    TOPIC_AFTER,
    UNSURE,
    YEARS_SINCE,
)
from nearer.nlu.crisis.vocabulary import FLAGS, RANK, Flag, Rule, Screening, Tier, When


@dataclass(frozen=True)
class _Finding:
    tier: Tier
    flags: tuple[Flag, ...]
    phrase: str
    about: Flag | None = None  # the writer's own risk it talks about, at any time ("did it again" refers back)


@dataclass
class _Reading:
    """What has been found so far in one text."""

    findings: list[_Finding] = field(default_factory=list)
    others: list[tuple[int, int, Flag, Tier]] = field(default_factory=list)  # someone else's risk: where, what
    weak: list[str] = field(default_factory=list)  # weak preparation signs
    weak_spans: list[tuple[int, int, int]] = field(default_factory=list)  # where each was found: one phrase is one sign
    alone: list[str] = field(default_factory=list)  # those of them that earn concern even on their own
    mentions: bool = False  # suicide or self-harm comes up somewhere (anyone's, any time)
    read_by_rules: set[int] = field(default_factory=set)  # sentences in which some rule found its words
    weak_signs: set[int] = field(default_factory=set)  # sentences with a weak sign that stood, not enough alone


def normalise(text: str) -> str:
    text = text.lower().translate(CHARS)
    for pattern, replacement in SPELLINGS:
        text = pattern.sub(replacement, text)
    return text


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"[.!?\n…]+", text) if s.strip()]


def _clause(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a phrase, up to the nearest clause boundary either side."""
    left = 0
    right = len(sentence)
    for b in BOUNDARY.finditer(sentence):
        if b.end() <= start:
            left = b.end()
        elif b.start() >= end:
            right = b.start()
            break
    return sentence[left:start], sentence[end:right]


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match in the text: the one nearest the phrase that follows it."""
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


# A quotation in double or single quotes; an apostrophe inside a word ("you'd") does not close it, and
# a quotation the sentence split cut off runs to the sentence's end ("text from jo: 'so tired. ...'").
_QUOTE = re.compile(r"\"[^\"]*(?:\"|$)|(?<![a-z])'(?:[^']|(?<=[a-z])'(?=[a-z]))*(?:'(?![a-z])|$)")


def _quoted_by_other(sentence: str, start: int) -> bool:
    """Whether the phrase at ``start`` is inside someone else's quoted words
    ("he said 'you'd all be better off without me'")."""
    return any(
        quote.start() < start < quote.end() and REPORTED_BY_OTHER.search(sentence[: quote.start()])
        for quote in _QUOTE.finditer(sentence)
    )


def _who(sentence: str, start: int, phrase: str, head: str, tail: str) -> Literal["writer", "other", "topic"]:
    """Whom a phrase without "myself" is about: the writer unless the clause says otherwise."""
    if _quoted_by_other(sentence, start):
        return "other"
    if phrase.startswith(("suicid", "self")) and TOPIC_AFTER.match(tail):
        return "topic"  # "suicide prevention", "a suicidal friend"
    if re.search(r"\bmy\s+$", head):
        return "writer"  # "my suicidal thoughts"
    last_subject = _last(SUBJECT, head)
    last_media = _last(MEDIA, head)
    if last_media and (last_subject is None or last_media.start() > last_subject.start()):
        return "topic"
    if last_subject and last_subject.group("other"):
        return "other"
    return "writer"


def _negation(head: str, tail: str) -> Literal["none", "negated", "over", "lapsed"]:
    """Whether a negation governs the phrase ("I'd never hurt myself"), says it is over ("haven't
    since"), or says it stopped only days or weeks ago ("haven't cut in a week": ``lapsed``)."""
    last = _last(NEGATOR, head)
    if last is None:
        return "none"
    gap = re.findall(r"[a-z']+", head[last.end() :])
    together = NEGATED_TOGETHER.match(head, last.end()) is not None  # "no thoughts of ending things or hurting myself"
    if not together and (len(gap) > 6 or any(word not in FILLER for word in gap)):
        return "none"  # "I've never told anyone that I cut myself": the negation is about telling
    if UNSURE.search(head[: last.start()]):
        return "none"  # "I can't promise I won't hurt myself"
    word = re.search(r"[a-z']+(?:\s+(?:up|longer))?$", head[: last.end()])
    if (word and OVER_WORD.match(word.group(0))) or NOT_SINCE.match(tail):
        return "lapsed" if SHORT_GAP.match(tail) else "over"
    return "negated"


def _said_otherwise(
    sentence: str, match: re.Match[str], head: str, tail: str, following: str
) -> Literal["none", "negated", "over"]:
    """A negation or an ending said around the phrase rather than before it, as people write
    them: "no self-harm urges", "Suicidal, no", "the old urges are a memory". ``following`` is
    the next sentence, where the answer to a question about it may be."""
    phrase, after = match.group(0), sentence[match.end() :]
    if NO_BEFORE.search(head) and NO_GOVERNS.match(phrase):
        return "negated"  # "no self-harm urges"
    if NOT_LITERAL_AFTER.match(after) or MEANT_OTHERWISE.match(following) or NOT_LIFE.search(f"{after} {following}"):
        return "negated"  # "i wanted to die earlier, it was that bad. ok not literally"
    if NO_AFTER.match(after) or NOT_SO_AFTER.match(after):
        return "negated"  # "Suicidal, no", "thoughts of harming myself: none", "...isn't on the table"
    if (
        (ASKED_BEFORE.search(sentence, 0, match.start()) or ASKED_AFTER.match(after))
        and (SAID_NO_AFTER.search(after) or (ANSWERED_NO.match(following) and not BACK_AGAIN.search(following)))
        and not TAKEN_BACK.match(following)
    ):
        return "negated"  # "she asked if I'd had thoughts of ending things and I said no", "...? I haven't"
    if (ENDED_AFTER.match(tail) or NOT_COME_UP.match(after)) and not BACK_AGAIN.search(after):
        return "over"  # "the old urges to cut are a memory", "...hasn't even crossed my mind"
    return "none"


def _when(clause: str, sentence: str, following: str = "") -> When:
    """When the phrase happened: the clause's own time words first, then the sentence's, then a next
    sentence that says when ("It was a long time ago."), then its tense."""
    if following and PAST_NEXT.match(following) and not (NOW.search(sentence) or RECENT.search(sentence)):
        return "past"
    for words in (clause, sentence):
        if NOW.search(words):
            return "now"
        if RECENT.search(words):
            return "recent"
        if PAST.search(words):
            return "past"
        if HABIT.search(words):
            return "now"
    return "recent" if PAST_TENSE.search(clause) else "now"


def _runs_on(words: str, dated: bool) -> bool:
    """Whether the words say the risk goes on into now; in a dated clause, "every night" is a habit of then."""
    for pattern in (NOW, RECENT, ONGOING):
        for match in pattern.finditer(words):
            if not (dated and PAST_HABIT.fullmatch(match.group(0))):
                return True
    return False


def _graded(rule: Rule, when: When, over: bool) -> tuple[Tier, tuple[Flag, ...]]:
    """The tier and flags a matched rule earns, given when it happened and whether it is said to be over."""
    flags: tuple[Flag, ...] = (rule.flag, *rule.also)
    if rule.timing == "fixed" or when == "now":
        return rule.tier, flags
    if rule.timing in ("harm", "cue"):
        return (rule.tier, flags) if when == "recent" else ("none", flags)
    if rule.timing == "attempt" and when == "recent":
        return "urgent", flags
    if when == "past" and over:
        return "none", ("sensitive_not_crisis",)  # long over and said to be over: a quiet pointer, not an alarm
    return ("concern" if rule.tier == "urgent" else rule.tier), flags


# Most rules cannot match most sentences; this finds the few that can without running the rest.
_RULE_INDEX = RuleIndex([rule.pattern for rule in ALL_RULES])


def screen_text(text: str) -> Screening:
    """Screen one free text with the rules alone. Never raises on odd input; empty text is ``none``."""
    return read(text).screening


@dataclass(frozen=True)
class Read:
    """The rules' screening, with what a second opinion needs: the sentences as the rules split
    them, and which of them some rule found its words in (and so judged, whatever it decided)."""

    screening: Screening
    sentences: tuple[str, ...]
    read_by_rules: frozenset[int]
    weak_signs: frozenset[int] = frozenset()


def read(text: str) -> Read:
    """The rules' reading of one text (``screen_text`` is its screening)."""
    normalised = normalise(text or "")
    sentences = _sentences(normalised)
    over = bool(OVER.search(normalised)) and not NOT_OVER.search(normalised)
    # Years gone by since, and nothing says it is near again: past-tense risk reads as long over (``YEARS_SINCE``).
    # A time of life named in words (``ERA``: "during the divorce") may be recent: it counts only with the
    # risk said to be over as well.
    life_now = any(PRESENT_LIFE.search(s) and not DARK.search(s) for s in sentences)
    supposed = SUPPOSED_RETURN.sub(" ", normalised)
    near_again = (
        RETURNING.search(supposed)
        or NOT_OVER.search(normalised)
        or any(THESE_DAYS.search(s) and DARK.search(s) for s in sentences)
    )
    years_on = not near_again and (
        (bool(YEARS_SINCE.search(normalised)) and life_now)
        or (bool(ERA.search(normalised)) and (life_now or over or bool(CLOSED.search(normalised))))
    )
    reading = _Reading()
    named = {
        r.text_cue: bool(r.text_cue.search(normalised)) for r in ALL_RULES if r.text_cue is not None
    }  # once per text
    for index, sentence in enumerate(sentences):
        for number in _RULE_INDEX.candidates(sentence):  # the rules that could match it at all
            rule = ALL_RULES[number]
            if (
                not rule.context
                and (rule.cue is None or rule.cue.search(sentence))
                and (rule.text_cue is None or named[rule.text_cue])
            ):
                for match in rule.pattern.finditer(sentence):
                    _read_match(reading, rule, index, sentences, match, over, years_on)
        _read_others(reading, index, sentence)
    _add_echoes(reading, sentences)
    harm_history = HARM_HISTORY.search(normalised) is not None
    if reading.mentions or reading.weak or harm_history:
        _add_again(reading, sentences, "self_harm" if harm_history else None)
    live_risk = any(f.about and f.tier != "none" for f in reading.findings)
    if len(reading.weak) >= 2 or (reading.weak and live_risk):
        reading.findings.extend(
            _Finding("urgent", ("plan_or_preparation",), phrase, "plan_or_preparation") for phrase in reading.weak
        )
    else:  # one sign alone is usually ordinary, but a few are too specific to let pass as nothing
        reading.findings.extend(
            _Finding("concern", ("plan_or_preparation",), phrase, "plan_or_preparation") for phrase in reading.alone
        )
    return Read(
        _result(reading.findings),
        tuple(sentences),
        frozenset(reading.read_by_rules | reading.weak_signs),
        frozenset(reading.weak_signs - reading.read_by_rules),
    )


def _read_match(
    reading: _Reading,
    rule: Rule,
    index: int,
    sentences: list[str],
    match: re.Match[str],
    over: bool,
    years_on: bool = False,
) -> None:
    """Decide what one matched phrase means: guards, who it is about, negation, then time."""
    sentence = sentences[index]
    phrase = match.group(0)
    head, tail = _clause(sentence, match.start(), match.end())
    following = sentences[index + 1] if index + 1 < len(sentences) else ""

    def when_and_over() -> tuple[When, bool]:
        clause = head + phrase + tail
        when = _when(clause, sentence, following)
        if not years_on:
            return when, over
        # "in the months after he died I hoped every night..." is a habit of then; and in "the summer after
        # my dad left I tried to overdose but I'm 23 now and okay", the "now" is outside the dated clause.
        dated_clause = bool(ERA.search(head) or PAST.search(head))  # dated before the phrase, so it dates the phrase
        runs_on = _runs_on(sentence, dated_clause)
        if runs_on and dated_clause and not _runs_on(clause, True):
            runs_on = bool(DARK.search(sentence.replace(clause, " ")))
        near = sentences[max(0, index - 2) : index + 3]  # the date is at most two sentences away
        dated = any(YEARS_SINCE.search(s) or PAST.search(s) or ERA.search(s) for s in near)
        named_here = YEARS_SINCE.search(sentence) or ERA.search(sentence)
        if dated and not runs_on and (when != "now" or named_here):
            return "past", True  # told in the past tense, or dated by the years since, with years gone by
        return when, over

    is_risk = rule.flag in RISK_FLAGS
    if not rule.weak:  # a rule has words here: whatever it decides, this sentence is its to judge
        reading.read_by_rules.add(index)
    guarded = (
        (rule.not_after is not None and rule.not_after.match(sentence, match.end()) is not None)
        or (rule.not_before is not None and rule.not_before.search(sentence[: match.start()]) is not None)
        or (rule.everyday and EVERYDAY.search(sentence) is not None)
        or (rule.flag == "passive_wish" and QUALIFIED_HERE.match(sentence, match.end()) is not None)
    )
    if guarded:
        reading.read_by_rules.add(index)  # the rule judged its words ordinary: the sentence is its to judge
        return
    # someone else just before a risk phrase with no "me" in it: "she don't want to live no more" (not
    # "he won't need me where I'm going", about the writer; nor "he threatened to kill me", abuse)
    said_by_other = is_risk and OTHER_JUST_BEFORE.search(head) is not None and not FIRST_PERSON.search(phrase)
    if rule.subject or said_by_other or _quoted_by_other(sentence, match.start()):
        who = "other" if said_by_other else _who(sentence, match.start(), phrase, head, tail)
        if who != "writer":
            reading.read_by_rules.add(index)
            if is_risk and not rule.everyday:  # "tell her to end it" is not about suicide at all
                reading.mentions = True
                reading.findings.append(_Finding("none", ("sensitive_not_crisis",), phrase))
                if who == "other":
                    reading.others.append((index, match.start(), rule.flag, rule.tier))
            return
    negation = "none" if rule.timing == "fixed" else _negation(head, tail)
    if rule.negation_inside and negation == "none" and NEGATOR.search(phrase):
        negation = "negated"  # "he has never hit me"
    if negation == "none":
        negation = _said_otherwise(sentence, match, head, tail, following)
    if negation in ("negated", "over") and TAKEN_BACK.match(following):
        negation = "none"  # "I told her I'd stopped hurting myself. That wasn't true."
    if negation == "negated":
        reading.read_by_rules.add(index)
        return
    if rule.weak:
        # A weak sign that stands is not enough alone, but it is not a judgement that the sentence is
        # ordinary either: the second opinion still reads it ("tonight's the night ... the rope is in the car").
        if when_and_over() == ("past", True):
            reading.read_by_rules.add(index)
            # "in my twenties I had a plan and a date ... I came through it": a quiet pointer, not a sign
            reading.mentions = True
            reading.findings.append(_Finding("none", ("sensitive_not_crisis",), phrase))
            return
        reading.weak_signs.add(index)
        span = (index, match.start(), match.end())
        if any(i == index and a < match.end() and match.start() < b for i, a, b in reading.weak_spans):
            if rule.alone:  # two rules over the same words are one sign, not two; the more specific decides
                reading.alone.append(phrase)
            return
        reading.weak_spans.append(span)
        reading.weak.append(phrase)
        if rule.alone:
            reading.alone.append(phrase)
        return
    about = rule.flag if is_risk else None
    reading.mentions = reading.mentions or is_risk
    if negation == "lapsed":  # "I haven't hurt myself in a couple of weeks": recent, not over
        reading.findings.append(
            _Finding("concern" if rule.tier == "urgent" else rule.tier, (rule.flag, *rule.also), phrase, about)
        )
        return
    if negation == "over":  # "I haven't self-harmed in two years"
        flags = ("sensitive_not_crisis",) if is_risk else (rule.flag, *rule.also)
        reading.findings.append(_Finding("none", flags, phrase, about))
        return
    tier, flags = _graded(rule, *when_and_over())
    reading.findings.append(_Finding(tier, flags, phrase, about))


def _read_others(reading: _Reading, index: int, sentence: str) -> None:
    """Someone else's suicide or self-harm ("she's been cutting herself"): sensitive, not the writer's."""
    for pattern, flag in OTHERS:
        for match in pattern.finditer(sentence):
            reading.mentions = True
            reading.read_by_rules.add(index)
            reading.findings.append(_Finding("none", ("sensitive_not_crisis",), match.group(0)))
            reading.others.append((index, match.start(), flag, "concern" if flag == "passive_wish" else "urgent"))


def _add_echoes(reading: _Reading, sentences: list[str]) -> None:
    """Someone else's risk followed by "so do I" or "me too" (same or next sentence) is the writer's own."""
    for index, position, flag, tier in reading.others:
        for later in range(index, min(index + 2, len(sentences))):
            echo = ME_TOO.search(sentences[later], position if later == index else 0)
            if echo:
                reading.findings.append(_Finding(tier, (flag,), echo.group(0), flag))
                return


def _add_again(reading: _Reading, sentences: list[str], history: Flag | None = None) -> None:
    """ "The thoughts came back", "I did it again": the writer's own risk, now, in a text that talks about it
    (or, ``history``, that names a past of it the rules do not read as risk: "since I last cut")."""
    earlier = [f.about for f in reading.findings if f.about] or ([history] if history else [])
    for sentence in sentences:
        for pattern, fallback in AGAIN:
            for match in pattern.finditer(sentence):
                if _negation(*_clause(sentence, match.start(), match.end())) != "negated":
                    flag = earlier[-1] if earlier else fallback
                    reading.findings.append(_Finding("urgent", (flag,), match.group(0), flag))
        for rule in PLAN:
            if rule.context:
                for match in rule.pattern.finditer(sentence):
                    reading.findings.append(_Finding("urgent", (rule.flag,), match.group(0), rule.flag))


def _result(findings: list[_Finding]) -> Screening:
    tier: Tier = "none"
    for finding in findings:
        if RANK[finding.tier] > RANK[tier]:
            tier = finding.tier
    found = {flag for finding in findings for flag in finding.flags}
    phrases: list[str] = []
    for finding in findings:
        if finding.tier != "none" and finding.phrase not in phrases:
            phrases.append(finding.phrase)
    return Screening(tier=tier, phrases=tuple(phrases), flags=tuple(f for f in FLAGS if f in found))
