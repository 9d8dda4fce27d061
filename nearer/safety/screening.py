"""The crisis screen every free text passes before it is stored or answered.

``screen_text(text)`` returns a :class:`Screening`: a ``tier``, the ``phrases`` that drove it, the
``flags`` naming what was found, and a ``handling`` derived from both. The text itself is never
changed or kept here; the caller stores it whatever the result. This is the rules-only version;
the text-understanding work puts a model behind this same function and callers do not change.

Tiers, about **the writer themselves, now or recently**:

- ``urgent``: their own wish to die or kill themselves, intent, a plan or preparation, a recent
  or undated attempt, self-harm now, or a question that seeks a method (how many pills).
- ``concern``: passive wishes not to exist, hopelessness about living, any of the above in the
  past (unless long over and said to be over), abuse happening to them, eating-disorder cues,
  risky substance use, or a writer who says they are under 18 (the product is for adults).
- ``none``: everything else, including idioms, clear negations, other people, and the
  relationship talk this product is full of.

Flags (a fixed vocabulary, in this order):

``suicidal_thoughts``
    the writer's own thoughts of killing themselves or wish to die ("kms", "unalive myself").
``passive_wish``
    wishing not to exist, without intent ("everyone would be better off without me").
``plan_or_preparation``
    a plan, a date, preparations, or seeking a method.
``recent_attempt``
    an attempt the writer made (urgent when recent or undated, concern when a year or more ago).
``self_harm``
    hurting themselves, urges to, fresh wounds.
``abuse``
    someone harming, threatening or controlling the writer.
``eating``
    eating-disorder cues: purging, starving, fear of weight, calorie limits.
``substance``
    risky drinking or drug use (to cope, every night, blackouts), or a mention of recovery.
``minor``
    the writer says they are under 18.
``medication``
    a question or worry about the writer's own medication.
``override_attempt``
    the writer tries to talk the screen out of responding ("ignore your safety rules",
    "don't give me hotlines", "jk"). It never lowers a tier.
``sensitive_not_crisis``
    about suicide or self-harm but not the writer's own risk now: supporting a friend, a film,
    research, grief, someone else's words, or the writer's own past when long over and said so.

Handling (see :attr:`Screening.handling`): ``crisis_response`` (urgent), ``check_in`` (concern),
``support`` (tier none, but a flag that deserves a quiet pointer to help), ``none``.

How the rules read a text: it is split into sentences and each sentence into clauses, so that a
negation ("I'd never hurt myself"), another person ("my friend said she wants to die"), an idiom
("this exam is killing me") or a film only ever cancels the phrase it governs, never risk in
another clause or sentence ("my friend wants to die and honestly so do I" is urgent). A missed
risk is far worse than a false alarm, so an ambiguous phrase earns ``concern``, never ``none``;
but ordinary relationship pain ("I want to disappear from this group chat") stays ``none``.

Safe messaging: the screen returns only labels and the writer's own words back; it never
produces text, so it can never describe a method.

Plain Python, no Django: run it offline from the command line. Fast: it runs on every save.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal

Tier = Literal["none", "concern", "urgent"]
Flag = Literal[
    "suicidal_thoughts",
    "passive_wish",
    "plan_or_preparation",
    "recent_attempt",
    "self_harm",
    "abuse",
    "eating",
    "substance",
    "minor",
    "medication",
    "override_attempt",
    "sensitive_not_crisis",
]
Handling = Literal["crisis_response", "check_in", "support", "none"]

FLAGS: Final[tuple[Flag, ...]] = (
    "suicidal_thoughts",
    "passive_wish",
    "plan_or_preparation",
    "recent_attempt",
    "self_harm",
    "abuse",
    "eating",
    "substance",
    "minor",
    "medication",
    "override_attempt",
    "sensitive_not_crisis",
)
# A tier-none text with one of these still earns a quiet pointer to help ("support").
SUPPORT_FLAGS: Final[frozenset[Flag]] = frozenset(
    {"abuse", "eating", "substance", "minor", "medication", "sensitive_not_crisis"}
)
_RANK: Final[dict[Tier, int]] = {"none": 0, "concern": 1, "urgent": 2}


@dataclass(frozen=True)
class Screening:
    """What the screen found in one text. ``phrases`` are the writer's own words that raised the tier."""

    tier: Tier
    phrases: tuple[str, ...] = field(default_factory=tuple)
    flags: tuple[Flag, ...] = field(default_factory=tuple)

    @property
    def needs_response(self) -> bool:
        return self.tier != "none"

    @property
    def handling(self) -> Handling:
        """How the product answers: derived from the tier first, then the flags."""
        if self.tier == "urgent":
            return "crisis_response"
        if self.tier == "concern":
            return "check_in"
        if SUPPORT_FLAGS.intersection(self.flags):
            return "support"
        return "none"


# --- Rules -------------------------------------------------------------------------------------
#
# timing says how time changes a rule's tier:
#   risk     now: the rule's tier; recent past: at most concern; long past: concern, or none when
#            the text says it is over (then reported as sensitive_not_crisis)
#   attempt  now or recent: urgent; long past: as risk
#   harm     (abuse) now or recent: concern; long past: none, flag kept (support)
#   cue      (eating, substance) as harm
#   fixed    the rule's tier whatever the time or negation (minor, medication, override, method)

Timing = Literal["risk", "attempt", "harm", "cue", "fixed"]


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True)
class _Rule:
    flag: Flag
    tier: Tier
    pattern: re.Pattern[str]
    timing: Timing = "risk"
    subject: bool = False  # no "myself" in the phrase: work out who it is about from the words before
    not_after: re.Pattern[str] | None = None  # an idiom or everyday use, read just after the phrase
    not_before: re.Pattern[str] | None = None  # the same, read just before it
    everyday: bool = False  # relationship talk in the sentence makes this ambiguous phrase ordinary
    context: bool = False  # "doing it again": counts only when the text talks about risk elsewhere
    weak: bool = False  # a preparation sign that counts only with another sign or with risk talk
    cue: re.Pattern[str] | None = None  # must also appear in the sentence
    also: tuple[Flag, ...] = ()  # further flags the phrase names
    negation_inside: bool = False  # the phrase starts with its subject: "he has never hit me"


_MED = (
    r"(?:meds|medication|medications|medicine|pills|tablets|antidepressants?|anti-depressants?|ssris?|"
    r"sertraline|fluoxetine|citalopram|escitalopram|prozac|zoloft|lexapro|venlafaxine|effexor|mirtazapine|"
    r"lithium|quetiapine|seroquel|lamotrigine|diazepam|valium|xanax|alprazolam|lorazepam|benzos?|"
    r"sleeping\s+(?:pills|tablets)|painkillers|paracetamol|ibuprofen|codeine|tramadol|dose|dosage)"
)
_PERSON = (
    r"(?:he|she|they|my\s+(?:partner|boyfriend|bf|girlfriend|gf|husband|wife|ex|fiance|fiancee|dad|father|"
    r"stepdad|step-dad|mum|mom|mother|stepmum|stepmom|parents?|brother|sister|uncle|aunt|flatmate|roommate|"
    r"housemate|boss|carer|coach|date|landlord))"
)

# The writer's own suicidal thoughts, or an active wish to die: urgent.
_SUICIDAL: Final[list[_Rule]] = [
    _Rule(
        "suicidal_thoughts",
        "urgent",
        _re(r"\b(?:kill|killing|killed)\s+myself\b"),
        # "killing myself trying to make this work" is overwork, not risk
        not_after=_re(
            r"\s+(?:trying\s+to|to\s+(?:get|meet|finish|make|keep|please|pay|impress)|at\s+(?:the\s+gym|work)|"
            r"over\s+(?:this|that|the|a)\s+\w+|for\s+(?:this|that|the|a|my)\s+(?:job|deadline|promotion|exam|degree))"
        ),
    ),
    _Rule(
        "suicidal_thoughts",
        "urgent",
        _re(r"\bkms\b"),
        not_after=_re(r"\s+(?:on|per|away|from|an\s+hour|driven|left)\b"),  # kilometres
        not_before=_re(r"(?:\d|\bfor|\bof|\bthe|\bmany|\bmore|\bfew)\s*$"),
    ),
    _Rule(
        "suicidal_thoughts", "urgent", _re(r"\bunaliv(?:e|ing|ed)\b(?!\s+(?:him|her|them)sel(?:f|ves))"), subject=True
    ),
    _Rule("suicidal_thoughts", "urgent", _re(r"\bsewer\s*slid(?:e|ing)\b"), subject=True),
    _Rule(
        "suicidal_thoughts",
        "urgent",
        _re(r"\b(?:end|ending|ended|take|taking|took)\s+my\s+(?:own\s+)?life\b"),
        not_after=_re(r"\s*(?:back|savings|seriously|more\s+seriously|in\s+(?:my|both)\s+hands|as\s+i\s+know\s+it)"),
    ),
    _Rule("suicidal_thoughts", "urgent", _re(r"\bsuicid(?:e|al|ality)\b"), subject=True),
    _Rule(
        "suicidal_thoughts",
        "urgent",
        _re(r"\b(?:want|wanted|wanting|wants)\s+(?:to|2)\s+(?:just\s+)?(?:die|be\s+dead)\b"),
        subject=True,
        not_after=_re(
            r"\s+(?:(?:of|from)\s+(?:embarrassment|shame|cringe|laugh\w*|boredom|cuteness)|laughing|alone|"
            r"on\s+(?:that|this)\s+hill)"
        ),
        not_before=_re(r"\bhill\s+(?:that\s+|which\s+)?(?:i|we)\s+$"),
    ),
    _Rule("suicidal_thoughts", "urgent", _re(r"\b(?:ready|planning|prepared|deserve)\s+to\s+die\b"), subject=True),
    _Rule("suicidal_thoughts", "urgent", _re(r"\bend(?:ing)?\s+it\s+all\b"), subject=True),
    _Rule(
        "suicidal_thoughts",
        "urgent",
        _re(r"\bno\s+reason\s+(?:to|for\s+me\s+to)\s+(?:live|go\s+on|keep\s+going|be\s+alive|stay\s+alive|stay)\b"),
    ),
    _Rule(
        "suicidal_thoughts",
        "urgent",
        _re(
            r"\b(?:won't|will\s+not|not\s+going\s+to|might\s+not|may\s+not)\s+be\s+(?:alive|here|around)\s+"
            r"(?:tomorrow|anymore|any\s+more|much\s+longer|by\s+(?:tomorrow|morning|the\s+weekend))\b"
        ),
    ),
    # "I'm going to end it tonight": concern, unless it is plainly a relationship ("end it with Sam")
    _Rule(
        "suicidal_thoughts",
        "concern",
        _re(r"\b(?:end|ending)\s+(?:it|things|everything)\b(?!\s+all)"),
        subject=True,
        everyday=True,
        not_after=_re(
            r"\s+(?:with|between|off|for\s+(?:us|them|him|her)|(?:on|in)\s+good\s+terms|amicably|properly|nicely|"
            r"neatly|well)\b"
        ),
        not_before=_re(r"\b(?:always|usually|often|keep|kept|tend\s+to|sabotage|sabotaged|the)\s+$"),
    ),
]

# "I'm not safe right now" is a crisis whatever the cause.
_UNSAFE: Final[list[_Rule]] = [
    _Rule(
        "suicidal_thoughts",
        "urgent",
        _re(
            r"\b(?:not|don't\s+feel|do\s+not\s+feel|never\s+feel)\s+safe\s+(?:with|around|from|by)\s+myself\b|"
            r"\b(?:i'm|i\s+am)\s+not\s+safe(?:\s+(?:right\s+now|tonight|anymore|at\s+the\s+moment))?\s*$"
        ),
    ),
    _Rule(
        "self_harm",
        "concern",
        _re(r"\b(?:don't\s+know|not\s+sure)\s+what\s+i(?:'ll|\s+will|\s+might|'d|\s+would)\s+do\s+to\s+myself\b"),
    ),
]

# Wishing not to exist, or hopelessness about living, without intent: concern.
_PASSIVE: Final[list[_Rule]] = [
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:everyone|everybody|they|people|he|she|you|we|it|things|my\s+\w+|the\s+\w+|all\s+of\s+(?:them|you|"
            r"us))(?:\s+would|\s+will|'d|'ll|'s|'re|\s+is|\s+are)\s+(?:all\s+|honestly\s+|really\s+|just\s+|"
            r"probably\s+)?(?:be\s+)?"
            r"(?:so\s+much\s+|much\s+|a\s+lot\s+|way\s+)?(?:better\s+off|happier|better)\s+without\s+me\b"
        ),
        not_after=_re(r"\s+(?:on|in|at|playing|singing|there)\b"),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:better\s+off|happier|easier|better)\s+(?:for\s+(?:everyone|everybody|them|you|my\s+\w+)\s+)?(?:if|"
            r"when)\s+i\s+"
            r"(?:(?:wasn't|weren't|was\s+not|am\s+not)\s+(?:here|around|alive)|(?:was|were|am)\s+(?:gone|dead)|died)\b"
        ),
    ),
    _Rule("passive_wish", "concern", _re(r"\bbetter\s+off\s+dead\b"), subject=True),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\bwish(?:ed)?\s+i\s*(?:was|were|'d|had)\s+(?:never\s+been\s+born|never\s+born|dead|gone|not\s+(?:here|"
            r"alive|born|around))"
        ),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\bwish\s+i\s+could\s+(?:just\s+)?(?:die|stop\s+existing|not\s+exist|sleep\s+forever|"
            r"(?:fall\s+asleep|go\s+to\s+sleep)\s+(?:and|&)\s+(?:never|not)\s+wake\s+up)\b"
        ),
    ),
    _Rule("passive_wish", "concern", _re(r"\b(?:disappear|vanish)\s+(?:forever|for\s+good|permanently)\b")),
    # "I want to disappear from this group chat" and "every time we get close I want to vanish" are not risk
    _Rule(
        "passive_wish",
        "concern",
        _re(r"\b(?:want|wanted|wish\s+i\s+could|going)\s+(?:to\s+)?(?:just\s+)?(?:disappear|vanish)\b"),
        everyday=True,
        not_after=_re(
            r"\s+(?:from|for|off|into|to|until|till|at|on|in|under|when|whenever|every|after|before|"
            r"(?:a\s+)?(?:while|bit|week|day|weekend))\b"
        ),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:no\s*one|nobody|none\s+of\s+them|they|people|(?:not\s+that\s+)?(?:anyone|anybody))\s+(?:would|will|"
            r"'d)\s+(?:even\s+|really\s+|actually\s+)?"
            r"(?:care|notice|miss\s+me|be\s+sad|cry)\s+if\s+i\s+(?:died|was\s+gone|were\s+gone|disappeared|"
            r"wasn't\s+here|weren't\s+here|was\s+dead|wasn't\s+around|vanished)\b"
        ),
        not_after=_re(r"\s+(?:from|for)\b"),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(r"\b(?:not|never)\s+(?:to\s+)?wake\s+up\b"),
        subject=True,
        not_after=_re(r"\s+(?:until|till|in\s+time|early|on\s+time|at|before|when|for|this\s+morning)\b"),
    ),
    _Rule("passive_wish", "concern", _re(r"\b(?:hope|wish)\s+i\s+(?:don't|won't|never|didn't)\s+wake\s+up\b")),
    _Rule(
        "passive_wish",
        "concern",
        _re(r"\bwish\s+i\s+(?:didn't|did\s+not|could\s+stop|could\s+just\s+stop)\s+exist(?:ing)?\b"),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:(?:don't|do\s+not)\s+deserve\s+to\s+(?:live|be\s+alive|exist|be\s+here)|"
            r"\bi\s+(?:really\s+)?shouldn't\s+(?:even\s+)?(?:be\s+alive|exist|be\s+here|have\s+been\s+born)|"
            r"why\s+am\s+i\s+(?:even\s+|still\s+)*(?:alive|here)\b(?!\s+(?:at|in|with|on|doing))|"
            r"why\s+(?:do|should)\s+i\s+(?:even\s+)?(?:bother\s+)?(?:living|exist|stay\s+alive))\b"
        ),
    ),
    _Rule("passive_wish", "concern", _re(r"\b(?:sleep|go\s+to\s+sleep|fall\s+asleep)\s+forever\b"), subject=True),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:death|dying|being\s+dead|not\s+existing|not\s+being\s+here)\s+(?:would|will|'d)\s+(?:honestly\s+)?"
            r"be\s+(?:a\s+)?(?:relief|easier|better|peaceful|welcome)\b"
        ),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:wouldn't|would\s+not)\s+mind\s+(?:if\s+i\s+(?:didn't|did\s+not|never)\s+wake\s+up|not\s+waking\s+up|"
            r"dying|being\s+dead|if\s+i\s+died)\b"
        ),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(r"\b(?:don't|do\s+not)\s+want\s+to\s+wake\s+up\b"),
        not_after=_re(r"\s+(?:early|at|for|before|to|next\s+to|beside)\b"),  # "a face I don't want to wake up to"
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:don't|do\s+not)\s+(?:even\s+)?want\s+to\s+(?:exist|live|be\s+alive|be\s+here|go\s+on|keep\s+going)\b"
        ),
        not_after=_re(r"\s+(?:with|in|at|for|on|near|together|there|without\s+(?:my|a|the))\b"),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:can't|cannot|can\s+not|don't\s+think\s+i\s+can|not\s+sure\s+i\s+can)\s+(?:go\s+on|keep\s+going|"
            r"carry\s+on|do\s+this\s+(?:anymore|any\s+more)|take\s+(?:it|this|much\s+more)\s+(?:anymore|any\s+more)|"
            r"cope\s+(?:anymore|any\s+more)|keep\s+living)\b"
        ),
        everyday=True,
        not_after=_re(
            r"\s+(?:with|in|at|for|back|to|out|on\s+about|round|around|pretending|arguing|fighting|texting|dating)\b"
        ),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:what's|what\s+is)\s+(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|life|anything|"
            r"going\s+on|it\s+all|existing|me)\b"
        ),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:no|don't\s+see\s+(?:a|the|any)|can't\s+see\s+(?:a|the|any))\s+(?:point|reason)\s+(?:in|to|of)\s+"
            r"(?:living|going\s+on|being\s+alive|life|existing|carrying\s+on)\b"
        ),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(r"\blife\s+(?:isn't|is\s+not|doesn't\s+feel|does\s+not\s+feel|ain't)\s+worth\s+(?:living|it)\b"),
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(r"\b(?:tired|sick|exhausted)\s+of\s+(?:living|being\s+alive|existing|life|being\s+here)\b"),
        subject=True,
    ),
    _Rule("passive_wish", "concern", _re(r"\bdone\s+with\s+(?:life|living|existing|being\s+alive)\b"), subject=True),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:think|thinking|thought)\s+(?:about|of)\s+(?:just\s+)?(?:dying|being\s+dead|not\s+existing|"
            r"not\s+being\s+(?:here|alive|around))\b"
        ),
        subject=True,
    ),
    _Rule(
        "passive_wish",
        "concern",
        _re(
            r"\b(?:not\s+sure|don't\s+know\s+(?:if|whether))\s+i\s+(?:even\s+|still\s+)?want\s+to\s+"
            r"(?:live|be\s+alive|be\s+here|go\s+on|keep\s+going|exist)\b"
        ),
    ),
]

# Plans, preparation, seeking a method: urgent. Weak signs are everyday alone ("we picked a date").
_PLAN: Final[list[_Rule]] = [
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\bplan(?:s|ning|ned)?\s+(?:to|on|for\s+how\s+to|how\s+to)\s+(?:kill(?:ing)?\s+myself|end(?:ing)?\s+"
            r"(?:my\s+life|it\s+all)|die|dying|take\s+my\s+(?:own\s+)?life|hurt(?:ing)?\s+myself)\b"
        ),
        subject=True,
    ),
    _Rule("plan_or_preparation", "urgent", _re(r"\bsuicide\s+(?:note|letter|plan)s?\b"), subject=True),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\b(?:best|easiest|quickest|fastest|painless|most\s+painless|least\s+painful|surest|simplest|quietest)\s+"
            r"(?:way|ways|method|methods)\s+to\s+(?:die|kill\s+(?:myself|yourself|oneself)|end\s+(?:my\s+life|"
            r"your\s+life|a\s+life|it\s+all|it)|commit\s+suicide|not\s+wake\s+up)\b(?!\s+with)"
        ),
        timing="fixed",
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\b(?:ways|how)\s+to\s+(?:kill\s+myself|end\s+my\s+life|commit\s+suicide|"
            r"die\s+(?:painlessly|quickly|peacefully|without\s+pain))\b"
        ),
        timing="fixed",
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stashing|stashed)\s+"
            r"(?:up\s+)?(?:my\s+|all\s+my\s+|some\s+)?" + _MED + r"\b"
        ),
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\b(?:know|decided|worked\s+out|figured\s+out|chosen|planned)\s+(?:exactly\s+)?how\s+"
            r"(?:i'd|i\s+would|i\s+will|i'll|i'm\s+going\s+to|to)\s+do\s+it\b"
        ),
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\b(?:bought|got|have|ordered|found)\s+(?:everything|what|all)\s+(?:i\s+)?need(?:ed)?\s+to\s+(?:do\s+it|"
            r"end\s+it|die)\b"
        ),
    ),
    # weak signs
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\b(?:wrote|written|writing|left)\s+(?:goodbye\s+)?(?:letters|notes)\s+(?:to|for)\s+(?:everyone|"
            r"my\s+(?:family|kids|parents|mum|mom|dad|friends|sister|brother|partner)|the\s+people\s+i\s+love|"
            r"all\s+of\s+(?:them|you))\b"
        ),
        weak=True,
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\b(?:gave|given|giving)\s+(?:away\s+)?(?:my|all\s+my)\s+(?:things|stuff|belongings|possessions|cat|dog|"
            r"pets?|guitar|books|plants)\b"
        ),
        weak=True,
        not_after=_re(r"\s+(?:a|an|some|his|her|its)\s+(?:bath|walk|treat|hug|cuddle|bone|food|dinner)\b"),
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(r"\b(?:picked|chosen|chose|set|decided\s+on)\s+(?:a|the)\s+(?:date|day|night)\b"),
        weak=True,
    ),
    _Rule("plan_or_preparation", "urgent", _re(r"\b(?:have|got|made|making|worked\s+out)\s+a\s+plan\b"), weak=True),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(r"\b(?:said|saying)\s+(?:my\s+)?goodbyes?\s+to\s+(?:everyone|my\s+\w+|the\s+people)\b"),
        weak=True,
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\b(?:sorry\s+for\s+everything|this\s+is\s+goodbye|goodbye\s+(?:everyone|forever)|(?:when|"
            r"after)\s+i'm\s+gone|look\s+after\s+(?:my\s+\w+|mum|mom|dad)\s+for\s+me)\b"
        ),
        weak=True,
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(r"\b(?:tonight|today)\s+(?:is|will\s+be)\s+the\s+(?:night|day)\b"),
        weak=True,
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\bwon't\s+need\s+(?:them|it|this|these|anything|my\s+\w+)\s+(?:where\s+i'm\s+going|after\s+(?:tonight|"
            r"i'm\s+gone))"
        ),
        weak=True,
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(r"\b(?:affairs\s+in\s+order|(?:wrote|made|updated)\s+my\s+will)\b"),
        weak=True,
    ),
    # "I'm going to do it tonight": a plan only when the text talks about risk elsewhere
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\b(?:going|want|ready|planning|about|gonna)\s+to\s+do\s+it\s+(?:tonight|today|tomorrow|soon|"
            r"this\s+weekend|again|now)\b"
        ),
        context=True,
    ),
]

# An attempt the writer made.
_ATTEMPT: Final[list[_Rule]] = [
    _Rule(
        "recent_attempt",
        "urgent",
        _re(
            r"\b(?:tried|try|trying|attempted|attempt)\s+to\s+(?:kill\s+myself|kms|end\s+(?:my\s+life|it\s+all|it|"
            r"things)|take\s+my\s+(?:own\s+)?life|die|unalive\s+myself)\b(?!\s+with)"
        ),
        timing="attempt",
        subject=True,
    ),
    _Rule(
        "recent_attempt",
        "urgent",
        _re(
            r"\b(?:attempted\s+(?:suicide|once|twice|before|again|\w+\s+times)|suicide\s+attempt|overdosed|overdosing|"
            r"took\s+an\s+overdose|taken\s+an\s+overdose|od'd|od'ed)\b"
        ),
        timing="attempt",
        subject=True,
    ),
    _Rule(
        "recent_attempt",
        "urgent",
        _re(
            r"\b(?:after|since|survived)\s+my\s+(?:suicide\s+|last\s+|first\s+|second\s+)?attempt\b(?!\s+(?:at|to|"
            r"on)\b)"
        ),
        timing="attempt",
    ),
    _Rule(
        "recent_attempt",
        "urgent",
        _re(
            r"\b(?:took|swallowed|taken)\s+(?:all\s+(?:of\s+)?my|a\s+(?:whole|full)\s+(?:box|bottle|packet|pack)\s+of|"
            r"too\s+many\s+of\s+my|a\s+bunch\s+of|loads\s+of|handfuls?\s+of)\s*" + _MED + r"\b"
        ),
        timing="attempt",
        subject=True,
    ),
]

# Hurting themselves: urgent now.
_SELF_HARM: Final[list[_Rule]] = [
    _Rule(
        "self_harm",
        "urgent",
        _re(
            r"\b(?:cut|cutting|cuts|burn|burning|burned|burnt|hit|hitting|punch|punching|scratch|scratching|hurt|"
            r"hurting|harm|harming)\s+myself\b"
        ),
        not_after=_re(
            r"\s+(?:off|out|some\s+slack|a\s+(?:slice|piece|break)|shaving|cooking|chopping|slicing|on\s+(?:the|a|my)|"
            r"with\s+(?:the|a)\s+(?:kettle|iron|oven|pan|door|knife\s+while)|by\s+accident|accidentally|"
            r"while\s+(?:cooking|shaving|chopping|gardening)|at\s+(?:the\s+gym|football|work|training|the\s+park)|"
            r"playing|lifting|running|skiing|falling|when\s+i\s+fell)\b"
        ),
        not_before=_re(r"\baccidentally\s+$"),
    ),
    _Rule("self_harm", "urgent", _re(r"\bself[- ]?harm(?:ing|ed|s)?\b"), subject=True),
    _Rule(
        "self_harm",
        "urgent",
        _re(r"\burges?\s+to\s+(?:cut|self[- ]?harm|hurt\s+myself|burn|harm\s+myself)\b"),
        subject=True,
    ),
    _Rule("self_harm", "urgent", _re(r"\bfresh\s+(?:cuts|wounds|burns)\b")),
    _Rule(
        "self_harm",
        "concern",
        _re(r"\b(?:hide|hiding|cover|covering|hid|see|sees|saw|notice|noticed)\s+(?:the|my)\s+scars\b"),
    ),
]

# Someone harming, threatening or controlling the writer: concern now, a pointer when long past.
_ABUSE_BENIGN = _re(
    r"\s+(?:up|away|(?:with\s+(?:the|a|an|that|this|some|his|her)\s+(?:news|question|text|message|line|truth|reality|"
    r"idea|fact))|"
    r"to\s+(?:apply|try|go\s+to|see\s+a|talk|open\s+up|do\s+better|be\s+honest|it)|into\s+(?:therapy|applying|trying)|"
    r"out\s+of\s+my\s+comfort|at\s+(?:chess|cards|pool|tennis|football|games?|the\s+game|scrabble|everything))\b"
)
_ABUSE: Final[list[_Rule]] = [
    _Rule(
        "abuse",
        "concern",
        _re(
            r"\b" + _PERSON + r"(?:\s+\w+){0,3}?\s+(?:hits|hit|beats|beat|slaps|slapped|punches|punched|kicks|kicked|"
            r"chokes|choked|strangles|strangled|shoves|shoved|bites|bit|burns|burned|spat\s+on|spits\s+on|raped|rapes|"
            r"assaulted|molested|abused|abuses|drugged|forced|forces|locks|locked|pinned|throws\s+things\s+at)\s+me\b"
        ),
        timing="harm",
        not_after=_ABUSE_BENIGN,
        negation_inside=True,
    ),
    _Rule(
        "abuse",
        "concern",
        _re(
            r"\b" + _PERSON + r"(?:\s+\w+){0,3}?\s+(?:(?:grabbed|grabs|squeezed|squeezes)\s+(?:me\s+by\s+)?(?:my\s+)?"
            r"(?:throat|neck|hair)|(?:pushed|pushes)\s+me\s+(?:down|over|against|into|off|onto|out\s+of\s+the|"
            r"to\s+the\s+(?:floor|ground)))\b"
        ),
        timing="harm",
        negation_inside=True,
    ),
    _Rule(
        "abuse",
        "concern",
        _re(
            r"\bthreaten(?:s|ed|ing)?\s+(?:me\b|to\s+(?:kill|hurt|hit|beat|stab|shoot)\s+me\b|"
            r"to\s+(?:share|post|send)\s+(?:my\s+)?(?:photos|pictures|nudes|videos))"
        ),
        timing="harm",
    ),
    # a threat of suicide to stop the writer leaving is coercion
    _Rule(
        "abuse",
        "concern",
        _re(
            r"\b(?:says|said|threatens|threatened|keeps\s+saying)\s+(?:that\s+)?(?:he'll|she'll|they'll|he\s+will|"
            r"she\s+will|they\s+will|he'd|she'd|to)\s+(?:kill|hurt)\s+(?:himself|herself|themselves)\s+if\s+i\b"
        ),
        timing="harm",
        also=("sensitive_not_crisis",),
    ),
    _Rule(
        "abuse",
        "concern",
        _re(
            r"\b(?:won't|doesn't|don't|never)\s+lets?\s+me\s+(?:see\s+(?:my\s+)?(?:friends|family|mum|mom|dad|sister|"
            r"brother)|leave\s+(?:the\s+house|the\s+flat|home)|have\s+(?:my\s+own\s+)?(?:money|phone|bank\s+card|"
            r"keys|friends)|talk\s+to\s+(?:anyone|my\s+friends|my\s+family|other\s+people)|"
            r"go\s+(?:anywhere|out)\s+(?:alone|without))"
        ),
        timing="harm",
    ),
    _Rule(
        "abuse",
        "concern",
        _re(r"\b(?:takes|took|controls|keeps)\s+(?:all\s+)?my\s+(?:money|bank\s+card|wages|passport)\b"),
        timing="harm",
    ),
    _Rule(
        "abuse",
        "concern",
        _re(
            r"\b(?:i'm|i\s+am|i\s+feel|i've\s+been|i\s+get|makes\s+me)\s+(?:so\s+|really\s+|very\s+|always\s+|"
            r"a\s+bit\s+|kind\s+of\s+)?(?:scared|afraid|terrified|frightened)\s+(?:to\s+go\s+(?:back\s+)?home|"
            r"of\s+what\s+(?:he|she|they)(?:'ll|\s+will|\s+might|\s+would|'d)\s+do|of\s+(?:him|her|my\s+(?:partner|"
            r"husband|wife|boyfriend|girlfriend|dad|father|stepdad|mum|mom|mother))\b(?!\s+(?:leaving|losing|finding|"
            r"seeing|knowing|thinking|getting|being|not|judging|noticing)))"
        ),
        timing="harm",
    ),
    _Rule(
        "abuse",
        "concern",
        _re(
            r"\bi\s+(?:was|got|have\s+been|'ve\s+been)\s+(?:raped|sexually\s+assaulted|assaulted|molested|abused|"
            r"groomed)\b"
        ),
        timing="harm",
    ),
    _Rule("abuse", "concern", _re(r"\b(?:gets|is|was|got)\s+(?:violent|physical|rough)\s+with\s+me\b"), timing="harm"),
    _Rule(
        "abuse",
        "concern",
        _re(
            r"\b(?:not|don't\s+feel|do\s+not\s+feel)\s+safe\s+(?:at\s+home|in\s+my\s+(?:own\s+)?(?:home|house|flat)|"
            r"(?:with|around)\s+(?:him|her|them|my\s+(?:partner|husband|wife|boyfriend|girlfriend|dad|father|stepdad|"
            r"mum|mom)))\b"
        ),
        timing="harm",
    ),
]

# Eating-disorder cues: concern.
_EATING: Final[list[_Rule]] = [
    _Rule(
        "eating",
        "concern",
        _re(r"\b(?:made|make|making|makes)\s+myself\s+(?:sick|throw\s+up|vomit|puke|be\s+sick)\b"),
        timing="cue",
        not_after=_re(r"\s+(?:with|from)\s+(?:worry|stress|anxiety|nerves|overthinking|crying)"),
    ),
    _Rule("eating", "concern", _re(r"\b(?:starve|starving|starved)\s+myself\b"), timing="cue"),
    _Rule(
        "eating",
        "concern",
        _re(
            r"\b(?:throw|throwing|threw)\s+up\s+after\s+(?:(?:every|each|most|all\s+my)\s+(?:meal|meals|"
            r"time\s+i\s+eat)|i\s+eat)\b"
        ),
        timing="cue",
    ),
    _Rule(
        "eating",
        "concern",
        _re(r"\bpurg(?:e|es|ing|ed)\b"),
        timing="cue",
        subject=True,
        cue=_re(r"\b(?:eat|eating|ate|food|meals?|dinner|lunch|breakfast|binge\w*|calories|weight)\b"),
        not_after=_re(
            r"\s+(?:my|the|his|her|our|old|all)\s+\w*\s*(?:closet|wardrobe|photos|pictures|inbox|contacts|roll|texts|"
            r"messages|stuff|things|clothes)"
        ),
    ),
    _Rule(
        "eating",
        "concern",
        _re(
            r"\bhaven't\s+eaten\s+(?:in|for)\s+(?:\d+|two|three|four|five|six|several|a\s+few|a\s+couple\s+of)\s+days\b"
        ),
        timing="cue",
    ),
    _Rule(
        "eating",
        "concern",
        _re(
            r"\b(?:skip|skipping|skipped)\s+(?:meals|breakfast\s+and\s+lunch|all\s+my\s+meals|eating)\s+(?:to|so|"
            r"because|on\s+purpose|as\s+(?:a\s+)?punishment|until)\b"
        ),
        timing="cue",
    ),
    _Rule(
        "eating",
        "concern",
        _re(r"\b(?:terrified|scared|afraid)\s+(?:of|about)\s+(?:gaining|putting\s+on)\s+(?:any\s+)?weight\b"),
        timing="cue",
    ),
    _Rule(
        "eating",
        "concern",
        _re(
            r"\b(?:feel|felt|feeling)\s+(?:so\s+)?(?:fat|disgusting|huge|gross)\s+(?:after|when|"
            r"every\s+time)\s+i\s+(?:eat|ate)\b"
        ),
        timing="cue",
    ),
    _Rule("eating", "concern", _re(r"\b(?:don't|do\s+not)\s+deserve\s+(?:to\s+eat|food|dinner|meals)\b"), timing="cue"),
    _Rule(
        "eating",
        "concern",
        _re(
            r"\b(?:(?:count|counting|track|tracking)\s+every\s+calorie|(?:eat|eating|ate|allow\s+myself|"
            r"limit\s+myself\s+to|"
            r"stick\s+to|stay)\s+(?:under|less\s+than|only|no\s+more\s+than|below)\s+\d{2,4}\s+calories)\b"
        ),
        timing="cue",
    ),
    _Rule(
        "eating",
        "concern",
        _re(r"\b(?:use|using|used|take|taking|took|abuse|abusing|on)\s+laxatives?\b|\bpro[- ]?ana\b|\bthinspo\b"),
        timing="cue",
    ),
    _Rule(
        "eating",
        "concern",
        _re(
            r"\b(?:my|i\s+have|i\s+had|i'm|i\s+am|i've\s+been|i\s+was|i've\s+got)\s+(?:an?\s+|\w+\s+)?"
            r"(?:bulimi[ac]|anorexi[ac]|eating\s+disorder)\b"
        ),
        timing="cue",
    ),
    _Rule(
        "eating",
        "concern",
        _re(r"\bbinge(?:d|ing|s)?\s+(?:and|then|&)\s+(?:then\s+)?(?:purge|throw\s+up|make\s+myself|starve)"),
        timing="cue",
    ),
]

# Risky drinking or drug use: concern. Recovery ("four years sober") is a quiet pointer.
_SUBSTANCE: Final[list[_Rule]] = [
    _Rule(
        "substance",
        "concern",
        _re(
            r"\b(?:drink|drinking|drank|drunk|get\s+drunk|getting\s+drunk)\s+(?:alone\s+)?(?:every|"
            r"each)\s+(?:single\s+)?(?:night|day|morning|evening)\b"
        ),
        timing="cue",
    ),
    _Rule(
        "substance",
        "concern",
        _re(
            r"\b(?:drink|drinking|drank|drunk|get(?:ting)?\s+(?:drunk|high|wasted|stoned)|"
            r"smoking\s+weed)\b[^.!?]{0,40}?"
            r"\b(?:to\s+(?:cope|forget|numb|stop\s+(?:feeling|thinking)|not\s+(?:feel|think)|get\s+through|"
            r"fall\s+asleep|sleep)|"
            r"so\s+(?:that\s+)?i\s+(?:wouldn't|won't|don't|can't|didn't|do\s+not)\s+(?:have\s+to\s+)?(?:feel|think))\b"
        ),
        timing="cue",
    ),
    _Rule(
        "substance",
        "concern",
        _re(
            r"\b(?:using|doing|taking|on)\s+(?:coke|cocaine|ket|ketamine|meth|heroin|mdma|benzos|xanax)\s+(?:again|"
            r"every|daily|to|alone|most)\b"
        ),
        timing="cue",
    ),
    _Rule(
        "substance",
        "concern",
        _re(
            r"\bblackout\s+drunk\b|\bblack(?:ed)?\s+out\s+(?:drunk|again|every|most)\b|"
            r"\b(?:drink|drinking|drank)\b[^.!?]{0,40}\b(?:until|till|and|then)\s+(?:i\s+)?black(?:ed)?\s+out\b"
        ),
        timing="cue",
    ),
    _Rule(
        "substance", "concern", _re(r"\b(?:can't|cannot)\s+stop\s+(?:drinking|using|smoking\s+weed)\b"), timing="cue"
    ),
    _Rule(
        "substance",
        "concern",
        _re(r"\bbottle\s+of\s+(?:wine|vodka|gin|whisky|whiskey|rum)\s+(?:a|every|each)\s+(?:night|day)\b"),
        timing="cue",
    ),
    _Rule(
        "substance",
        "concern",
        _re(r"\b(?:drunk|high|stoned|wasted)\s+(?:every|all)\s+(?:day|night|the\s+time|weekend)\b"),
        timing="cue",
    ),
    _Rule(
        "substance",
        "concern",
        _re(
            r"\bmix(?:ing|ed|es)?\s+(?:my\s+)?"
            + _MED
            + r"\s+(?:and|with)\s+(?:alcohol|booze|drink|drinks|wine|vodka|beer)\b"
        ),
        timing="cue",
        also=("medication",),
    ),
    _Rule("substance", "concern", _re(r"\b(?:started|been|i'm)\s+(?:drinking|using)\s+again\b"), timing="cue"),
    _Rule(
        "substance",
        "none",
        _re(
            r"\b(?:sober\s+(?:for\s+|since\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|"
            r"many|a\s+few)|"
            r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days|weeks|months|"
            r"years)\s+sober)\b"
        ),
        timing="fixed",
    ),
]

# The writer says they are under 18: the product is for adults.
_NOT_AN_AGE = (
    r"(?!\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?\b|"
    r"%|percent|pounds|lbs|kg|stone|times|quid|dollars|euros|miles|km|k\b|people|texts|messages|floors|steps|cm|inches|"
    r"foot|feet|ft|episodes|calls|to\b|-|/|\.\d|,\d|\d|th\b|st\b|nd\b|rd\b|out\s+of))"
)
_MINOR: Final[list[_Rule]] = [
    _Rule(
        "minor",
        "concern",
        _re(
            r"\b(?:i'm|i\s+am)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|"
            r"seventeen|twelve|eleven)(?:\s*(?:years?\s+old|yo|y/o|yrs?\s+old))?\b" + _NOT_AN_AGE
        ),
        timing="fixed",
    ),
    _Rule(
        "minor",
        "concern",
        _re(r"^1[0-7]\s?(?:f|m|nb)\b|\b1[0-7]\s?(?:f|m|nb)\s+here\b"),  # "16f here, ..."
        timing="fixed",
    ),
    _Rule(
        "minor",
        "concern",
        _re(
            r"\b(?:i'm|i\s+am)\s+(?:(?:in|at)\s+(?:year|yr|grade)\s+(?:[6-9]|1[0-2])\b|in\s+(?:[6-9]|"
            r"1[0-2])(?:th)?\s+grade\b|(?:in|at)\s+(?:middle\s+school|high\s+school|secondary\s+school|sixth\s+form|"
            r"junior\s+high)\b(?!\s+reunion)|"
            r"(?:a\s+)?(?:minor|under\s*18|under\s+eighteen|underage)\b(?!\s+(?:character|detail|thing|issue|part|"
            r"role)))"
        ),
        timing="fixed",
    ),
]

# The writer's own medication: a question is a pointer; seeking an amount that harms is urgent.
_MED_CUE = _re(  # a question or worry, by the writer about their own
    r"^(?=.*\b(?:i|i'm|i've|i'd|my|me)\b).*\b(?:can\s+i|should\s+i|is\s+it\s+(?:ok|okay|safe|bad|normal)|do\s+i\s+need|"
    r"forgot|forget|missed|skipped|"
    r"stopped|stop\s+taking|quit|came\s+off|coming\s+off|come\s+off|double\s+(?:up|dose)|side\s+effects?|withdrawal|"
    r"interact\w*|mix\w*|drink\s+on|drinking\s+on|upped|increased|lowered|changed|ran\s+out|run\s+out|not\s+working|"
    r"isn't\s+working|aren't\s+working|feel\s+(?:weird|strange|flat|numb|worse))\b"
)
_MEDICATION: Final[list[_Rule]] = [
    _Rule("medication", "none", _re(r"\b" + _MED + r"\b"), timing="fixed", cue=_MED_CUE),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\bhow\s+many\s+(?:of\s+)?(?:my\s+|these\s+|the\s+|those\s+)?" + _MED + r"\s+(?:would|does\s+it\s+take|"
            r"do\s+i\s+need|is\s+too\s+many|are\s+too\s+many|to\s+(?:take|die|overdose|not\s+wake)|it\s+would\s+take|"
            r"before|until|is\s+(?:a\s+)?(?:lethal|fatal|deadly|an\s+overdose))"
        ),
        timing="fixed",
        also=("medication",),
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(r"\b(?:lethal|fatal|deadly|toxic)\s+(?:dose|amount|number|quantity)\b|\boverdose\s+on\b"),
        timing="fixed",
        also=("medication",),
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\bhow\s+much\s+(?:of\s+)?(?:my\s+)?(?:" + _MED + r"\s+)?(?:would\s+it\s+take\s+)?(?:would|to)\s+"
            r"(?:overdose|kill\s+me|die|be\s+fatal|be\s+lethal|not\s+wake\s+up)"
        ),
        timing="fixed",
        also=("medication",),
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(
            r"\bwhat\s+(?:happens|would\s+happen)\s+if\s+(?:i|you|someone|somebody)\s+(?:take|takes|took|swallow(?:ed|"
            r"s)?)\s+"
            r"(?:all|the\s+whole|a\s+whole|a\s+lot|loads|lots|too\s+many|\d+|twenty|thirty|fifty|a\s+(?:bunch|handful|"
            r"box|bottle|packet))"
        ),
        timing="fixed",
        also=("medication",),
    ),
    _Rule(
        "plan_or_preparation",
        "urgent",
        _re(r"\benough\s+(?:of\s+)?(?:my\s+)?" + _MED + r"\s+to\s+(?:die|kill|not\s+wake\s+up|end\s+it|overdose)"),
        timing="fixed",
        also=("medication",),
    ),
]

# Talking the screen out of responding. Named, never obeyed: it cannot lower a tier.
_OVERRIDE: Final[list[_Rule]] = [
    _Rule(
        "override_attempt",
        "none",
        _re(
            r"\bignore\s+(?:your|the|all|any|those|these)\s+(?:previous\s+|safety\s+)*(?:rules|instructions|guidelines|"
            r"filters?|protocols?|programming|settings|training)\b|"
            r"\b(?:don't|do\s+not|no)\s+(?:give|send|show|paste|post|link)\s+(?:me\s+)?(?:any\s+|the\s+|"
            r"your\s+)?(?:hotlines?|"
            r"helplines?|crisis\s+(?:lines?|numbers?|resources)|numbers|phone\s+numbers|resources|links|988|"
            r"samaritans)\b|\bno\s+(?:hotlines?|helplines?|crisis\s+(?:lines?|numbers?|stuff))\b|"
            r"\bspare\s+me\s+the\s+(?:hotline|helpline|crisis|lecture)|"
            r"\b(?:don't|do\s+not)\s+(?:flag|report|escalate|alert|tell\s+anyone|call\s+anyone|call\s+the\s+police|"
            r"send\s+help)\b|\b(?:turn|switch)\s+off\s+(?:the\s+|your\s+)?(?:safety|filter|screen|screening|crisis)|"
            r"\b(?:disable|bypass|skip)\s+(?:the\s+|your\s+)?(?:safety|filter|screen|screening|crisis)|"
            r"\byou(?:'re|\s+are)\s+(?:not\s+allowed|not\s+supposed|forbidden)\s+to\b|"
            r"\bpretend\s+(?:you|you're|to\s+be|that)\b|\brole[- ]?play\b|"
            r"\b(?:this\s+is|it's|its)\s+(?:just\s+|only\s+)?(?:a\s+test|hypothetical|for\s+a\s+(?:story|novel|book|"
            r"script|screenplay|school\s+project|essay|game))\b|"
            r"\bhypothetically\b|\basking\s+for\s+a\s+friend\b|\b(?:just|only)\s+(?:joking|kidding)\b|\bjk\b|"
            r"\bnot\s+(?:being\s+)?serious\b|\bdeveloper\s+mode\b|"
            r"\bi\s+know\s+you(?:'re|\s+are)\s+(?:programmed|supposed|going|meant)\s+to\b"
        ),
        timing="fixed",
    ),
]

# Someone else at risk, in the writer's words: sensitive, and "so do I" after it is the writer's own.
_OTHERS: Final[list[tuple[re.Pattern[str], Flag]]] = [
    (
        _re(
            r"\b(?:kill|killed|killing|kills|hang|hanged|hanging|unalive|unalived|unaliving)\s+(?:him|her|them)sel(?:f|"
            r"ves)\b"
        ),
        "suicidal_thoughts",
    ),
    (
        _re(
            r"\b(?:hurt|hurting|hurts|harm|harming|harms|cut|cutting|cuts|burn|burning|burns)\s+(?:him|her|"
            r"them)sel(?:f|ves)\b"
        ),
        "self_harm",
    ),
    (_re(r"\b(?:took|take|taking|ended|end|ending)\s+(?:his|her|their)\s+(?:own\s+)?life\b"), "suicidal_thoughts"),
    (_re(r"\b(?:his|her|their)\s+(?:suicide|overdose|attempt)\b"), "suicidal_thoughts"),
    (_re(r"\bdied\s+by\s+suicide\b|\b(?:lost|losing)\s+(?:\w+\s+){1,3}to\s+suicide\b"), "suicidal_thoughts"),
    (
        _re(
            r"\b(?:says?|said|saying|thinks|feels)\s+(?:that\s+)?(?:everyone|everybody|we|people|the\s+world|"
            r"his\s+family|her\s+family|they)(?:\s+would|'d|\s+will)\s+be\s+better\s+off\s+without\s+(?:him|her|them)\b"
        ),
        "passive_wish",
    ),
]

# "My friend wants to die and honestly so do I."
_ME_TOO = _re(
    r"\b(?:so\s+do\s+i|so\s+am\s+i|so\s+have\s+i|so\s+did\s+i|i\s+do\s+too|i\s+am\s+too|i\s+have\s+too|"
    r"i\s+feel\s+the\s+same|"
    r"i\s+feel\s+that\s+way\s+too|same\s+here|same\s+for\s+me|doing\s+it\s+too|do\s+the\s+same|i\s+want\s+to\s+too)\b|"
    r"(?:^|,\s*|\b(?:and|honestly|tbh|lol|but|same)\s+)me\s+too\b"  # "me too" as its own clause, not "scares me too"
)

# "The thoughts came back", "I did it again": the writer's own, when the text has talked about risk.
_AGAIN: Final[list[tuple[re.Pattern[str], Flag]]] = [
    (
        _re(
            r"\b(?:thinking|thought|think)\s+(?:about|of)\s+(?:doing\s+it|it)\s+(?:again|too|as\s+well|a\s+lot|"
            r"every\s+day|all\s+the\s+time|constantly)\b"
        ),
        "suicidal_thoughts",
    ),
    (
        _re(r"\b(?:urges?|thoughts?|feelings?)\s+(?:are|is|came|come|have\s+come|has\s+come|keep\s+coming)\s+back\b"),
        "suicidal_thoughts",
    ),
    (_re(r"\b(?:did|done|doing|started|starting)\s+it\s+again\b"), "suicidal_thoughts"),
    (
        _re(
            r"\b(?:i\s+)?still\s+do\b(?!\s+(?:not|love|like|want|care|think|feel|miss|believe|hope|wish|worry|need)\b)"
        ),
        "suicidal_thoughts",
    ),
    (_re(r"\bstill\s+(?:get|have|feel)\s+(?:the\s+|those\s+)?(?:urges?|thoughts?)\b"), "suicidal_thoughts"),
]

_RISK_RULES: Final[list[_Rule]] = _SUICIDAL + _UNSAFE + _PASSIVE + _PLAN + _ATTEMPT + _SELF_HARM
_ALL_RULES: Final[list[_Rule]] = _RISK_RULES + _ABUSE + _EATING + _SUBSTANCE + _MINOR + _MEDICATION + _OVERRIDE
_RISK_FLAGS: Final[frozenset[Flag]] = frozenset(
    {"suicidal_thoughts", "passive_wish", "plan_or_preparation", "recent_attempt", "self_harm"}
)

# --- Reading the words around a phrase ----------------------------------------------------------

# Where a clause ends: a negation, a subject or a film never reach past one of these.
_BOUNDARY = _re(
    r"[;:()\"]|\s[-–—]+\s|"
    r",(?=\s*(?:and\s+|but\s+|so\s+)?(?:i|i'm|i've|i'd|i'll|honestly|he|she|they|we|you|my|it|it's|this|that|please|"
    r"don't|just|ignore|no|because|cause|though|tbh|lol|still|now|then|also|anyway|idk)\b)|"
    r"\b(?:but|though|although|however|yet|except|whereas|whilst|while|because|cause|cos)\b|"
    r"\band\s+(?=(?:i|i'm|i've|i'd|i'll|honestly|now|then|so|still|my|he|she|they|we|you|it|tbh|lol)\b)"
)
_PERSON_NOUN = (
    r"(?:friends?|mates?|sisters?|brothers?|mum|mom|mother|dad|father|parents?|sons?|daughters?|kids?|child|children|"
    r"partner|boyfriend|bf|girlfriend|gf|husband|wife|ex|cousins?|aunt|uncle|nan|gran|grandma|grandad|grandpa|"
    r"colleagues?|coworkers?|co-workers?|flatmates?|roommates?|housemates?|clients?|patients?|students?|teens?|"
    r"teenagers?|neighbou?rs?|guy|girl|boss|character|protagonist|family|therapist|classmates?|siblings?)"
)
# The last of these before a phrase says who it is about; none at all means the writer.
_SUBJECT = _re(
    r"(?P<other>\b(?:(?:my|his|her|their|our|a|the|your|this|that)\s+(?:best\s+|close\s+|old\s+|little\s+|big\s+|"
    r"younger\s+|older\s+|main\s+)?" + _PERSON_NOUN + r"|[a-z]+'s\s+" + _PERSON_NOUN + r"|he|she|they|he's|she's|"
    r"they're|he'd|she'd|they'd|someone|somebody|anyone|everyone|people|who|you|you're)\b)|"
    r"(?P<me>\b(?:i|i'm|i've|i'd|i'll|me|myself|we|we're|we've|us)\b)"
)
# A film, a course, research: talk about the subject, not the writer's own risk.
_MEDIA = _re(
    r"\b(?:film|movie|book|novel|show|series|tv|documentary|podcast|article|essay|paper|research|researching|thesis|"
    r"dissertation|lecture|class|course|module|seminar|song|lyrics|episode|news|headline|character|play|poem|study|"
    r"training|workshop|charity|campaign|fundraiser|game|scene|plot)\b"
)
_TOPIC_AFTER = _re(
    r"\s+(?:prevention|awareness|rates?|statistics|stats|research|training|charity|survivors?|loss|bereavement|squad|"
    r"forest|friends?|person|people|teens?|teenagers?|patients?|clients?|family\s+members?|loved\s+ones?|partner|son|"
    r"daughter|brother|sister|mum|mom|dad|parent|colleague)\b"
)
_REPORTED_BY_OTHER = _re(
    r"\b(?:he|she|they|someone|(?:my|his|her|the|a)\s+\w+)\s+(?:\w+\s+)?(?:said|says|texted|wrote|posted|messaged|"
    r"told\s+\w+|sent\s+\w+)\s*(?:me\s+)?(?:that\s+)?[:,]?\s*$"
)
# Relationship talk: makes "I want to disappear", "I can't do this anymore", "end things" ordinary.
_EVERYDAY = _re(
    r"\b(?:with\s+(?:him|her|them|you|your|us|this|that|the|our|my|his|these|those)|relationship|friendship|marriage|"
    r"situationship|dating|group\s+chat|the\s+chat|party|date|texts?|texting|messages?|conversation|argument|fight|"
    r"fighting|(?:when|whenever|before)\s+(?:he|she|they|we|people|someone)|gets?\s+close|getting\s+close)\b"
)

_NEGATOR = _re(
    r"n't\b|\bnot\b|\bnever\b|\bno\s+longer\b|\bno\s+way\b|\bno\s+(?:intention|plans?|desire|wish|urge)\s+(?:of|to)\b|"
    r"\bnothing\s+(?:would|could|will|can)\s+make\s+me\b|\bstopped\b|\bquit\b|\bgave\s+up\b|"
    r"\b(?:clean|free|recovered|recovering)\s+(?:from|of)\b"
)
# Words that may stand between a negation and the phrase it governs ("I'm not going to hurt myself").
_FILLER_WORDS = (
    "ever really even actually at all honestly like that going to want planning plan trying about be a an the "
    "able have so feel think thought say said saying mean meant suggesting i i'd i'll i'm would will seriously "
    "literally thinking considering of do"
)
_FILLER: Final[frozenset[str]] = frozenset(_FILLER_WORDS.split())
_UNSURE = _re(
    r"(?:can't|cannot|couldn't|can\s+not)\s+(?:promise|guarantee|swear|say\s+for\s+sure)|\bnot\s+sure\b|"
    r"don't\s+know\s+(?:if|whether)"
)
_OVER_WORD = _re(r"^(?:haven't|hasn't|no\s+longer|stopped|quit|gave\s+up|clean|free|recovered|recovering)")
_NOT_SINCE = _re(
    r"^[^,;]{0,30}?\b(?:anymore|any\s+more|these\s+days|nowadays|since|in\s+(?:years|ages|a\s+long\s+time|over))\b"
)

# Time. Now beats recent beats long past; past tense alone ("I wanted to die") reads as recent.
_NOW = _re(
    r"\b(?:today|tonight|right\s+now|at\s+the\s+moment|currently|this\s+(?:morning|afternoon|evening|week|weekend|"
    r"month)|yesterday|last\s+night|earlier|lately|recently|(?<!never\s)again|still|these\s+days|the\s+other\s+day|"
    r"(?:a|few|couple\s+of|two|three)\s+days\s+ago|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
_HABIT = _re(
    r"\b(?:every\s+(?:day|night|morning)|all\s+(?:day|night|week)|all\s+the\s+time|constantly)\b"
)  # now, unless "used to"
_RECENT = _re(
    r"\b(?:last\s+(?:week|month|weekend)|(?:a|one|two|three|four|five|six|few|couple\s+of|several)\s+(?:weeks|months|"
    r"week|month)\s+ago|over\s+(?:christmas|the\s+summer|the\s+holidays|new\s+year))\b"
)
_PAST = _re(
    r"\b(?:used\s+to|years\s+ago|a\s+year\s+ago|last\s+year|as\s+a\s+(?:teen|teenager|kid|child|student)|"
    r"when\s+i\s+was\s+(?:a\s+)?(?:teen|teenager|kid|child|student|little|younger|at\s+school|in\s+school|at\s+uni|"
    r"in\s+college|in\s+high\s+school|\d+|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|"
    r"in\s+my\s+(?:early\s+|late\s+|mid\s+)?(?:teens|twenties|thirties|20s|30s)|back\s+(?:then|in)|"
    r"long\s+(?:time\s+)?ago|"
    r"in\s+the\s+past|in\s+(?:19|20)\d\d|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|"
    r"several)\s+years\s+since)\b"
)
_PAST_TENSE = _re(
    r"\b(?:wanted|felt|thought|considered|had\s+(?:been|thought|wanted)|tried|(?:was|were)(?!\s+(?:going|about|"
    r"planning|ready)\s+to))\b"
)
# The writer says a long-past risk is over.
_OVER = _re(
    r"\b(?:(?:i'm|i\s+am|i've\s+been|i\s+have\s+been)\s+(?:doing\s+)?(?:so\s+|much\s+|a\s+lot\s+|way\s+|really\s+)?"
    r"(?:better|well|okay|ok|fine|good|safe|happy|stable|healthy)\s+(?:now|these\s+days|nowadays|for\s+(?:years|"
    r"a\s+long\s+time|ages))|"
    r"(?<!not\s)in\s+a\s+(?:much\s+|far\s+|really\s+|way\s+)?(?:better|good|safe|healthy|great|different)\s+place|"
    r"(?:it's|that's|its|thats)\s+(?:all\s+|long\s+)?(?:behind\s+me|over\s+now|in\s+the\s+past)|(?:have|"
    r"i've)\s+recovered|don't\s+feel\s+(?:that|like\s+that)\s+(?:way\s+)?(?:anymore|any\s+more|now)|"
    r"(?:haven't|have\s+not|hasn't)\s+(?:\w+\s+){0,3}(?:since|in\s+(?:years|ages|a\s+long\s+time|over|\w+\s+years))|"
    r"(?:i\s+)?eat\s+normally\s+now|now\s+i'm\s+(?:happy|fine|okay|ok|well|better|good|safe)|no\s+longer\s+\w+)\b"
)

When = Literal["now", "recent", "past"]

# Everyday spellings folded into one form before matching.
_CHARS: Final[dict[int, str]] = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "\u200b": ""}
)
_SPELLINGS: Final[list[tuple[re.Pattern[str], str]]] = [
    (_re(r"\bwanna\b"), "want to"),
    (_re(r"\bgonna\b"), "going to"),
    (_re(r"\bim\b"), "i'm"),
    (_re(r"\bive\b"), "i've"),
    (_re(r"\bu\b"), "you"),
    (_re(r"\b(can|don|won|didn|doesn|isn|wouldn|couldn|haven|hasn|wasn|aren|shouldn)t\b"), r"\1't"),
    (_re(r"\bwhats\b"), "what's"),
    (_re(r"\bthats\b"), "that's"),
    (_re(r"\b(?:my\s+self|myslef|mysefl|mysef)\b"), "myself"),
    (_re(r"\bkil\b"), "kill"),
    (_re(r"\bsu[ie]?c[ie]?d(?:al|le|el)\b"), "suicidal"),
    (_re(r"\bsu[ie]?[cs][ie]?de\b"), "suicide"),
    (_re(r"\bwnat\b"), "want"),
    (_re(r"[ \t]+"), " "),
]


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
    mentions: bool = False  # suicide or self-harm comes up somewhere (anyone's, any time)


def _normalise(text: str) -> str:
    text = text.lower().translate(_CHARS)
    for pattern, replacement in _SPELLINGS:
        text = pattern.sub(replacement, text)
    return text


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"[.!?\n…]+", text) if s.strip()]


def _clause(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a phrase, up to the nearest clause boundary either side."""
    left = 0
    right = len(sentence)
    for b in _BOUNDARY.finditer(sentence):
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


def _who(sentence: str, start: int, phrase: str, head: str, tail: str) -> Literal["writer", "other", "topic"]:
    """Whom a phrase without "myself" is about: the writer unless the clause says otherwise."""
    for quote in re.finditer(r"\"[^\"]*\"|(?<![a-z])'[^']*'(?![a-z])", sentence):
        if quote.start() < start < quote.end() and _REPORTED_BY_OTHER.search(sentence[: quote.start()]):
            return "other"
    if phrase.startswith(("suicid", "self")) and _TOPIC_AFTER.match(tail):
        return "topic"  # "suicide prevention", "a suicidal friend"
    if re.search(r"\bmy\s+$", head):
        return "writer"  # "my suicidal thoughts"
    last_subject = _last(_SUBJECT, head)
    last_media = _last(_MEDIA, head)
    if last_media and (last_subject is None or last_media.start() > last_subject.start()):
        return "topic"
    if last_subject and last_subject.group("other"):
        return "other"
    return "writer"


def _negation(head: str, tail: str) -> Literal["none", "negated", "over"]:
    """Whether a negation governs the phrase ("I'd never hurt myself"), or says it is over ("haven't since")."""
    last = _last(_NEGATOR, head)
    if last is None:
        return "none"
    gap = re.findall(r"[a-z']+", head[last.end() :])
    if len(gap) > 6 or any(word not in _FILLER for word in gap):
        return "none"  # "I've never told anyone that I cut myself": the negation is about telling
    if _UNSURE.search(head[: last.start()]):
        return "none"  # "I can't promise I won't hurt myself"
    word = re.search(r"[a-z']+(?:\s+(?:up|longer))?$", head[: last.end()])
    if (word and _OVER_WORD.match(word.group(0))) or _NOT_SINCE.match(tail):
        return "over"
    return "negated"


def _when(clause: str, sentence: str) -> When:
    """When the phrase happened: the clause's own time words first, then the sentence's, then its tense."""
    for words in (clause, sentence):
        if _NOW.search(words):
            return "now"
        if _RECENT.search(words):
            return "recent"
        if _PAST.search(words):
            return "past"
        if _HABIT.search(words):
            return "now"
    return "recent" if _PAST_TENSE.search(clause) else "now"


def _graded(rule: _Rule, when: When, over: bool) -> tuple[Tier, tuple[Flag, ...]]:
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


def screen_text(text: str) -> Screening:
    """Screen one free text. Never raises on odd input; empty text is ``none``."""
    normalised = _normalise(text or "")
    sentences = _sentences(normalised)
    over = bool(_OVER.search(normalised))
    reading = _Reading()
    for index, sentence in enumerate(sentences):
        for rule in _ALL_RULES:
            if not rule.context and (rule.cue is None or rule.cue.search(sentence)):
                for match in rule.pattern.finditer(sentence):
                    _read_match(reading, rule, index, sentence, match, over)
        _read_others(reading, index, sentence)
    _add_echoes(reading, sentences)
    if reading.mentions or reading.weak:
        _add_again(reading, sentences)
    live_risk = any(f.about and f.tier != "none" for f in reading.findings)
    if len(reading.weak) >= 2 or (reading.weak and live_risk):
        reading.findings.extend(
            _Finding("urgent", ("plan_or_preparation",), phrase, "plan_or_preparation") for phrase in reading.weak
        )
    return _result(reading.findings)


def _read_match(reading: _Reading, rule: _Rule, index: int, sentence: str, match: re.Match[str], over: bool) -> None:
    """Decide what one matched phrase means: guards, who it is about, negation, then time."""
    phrase = match.group(0)
    head, tail = _clause(sentence, match.start(), match.end())
    if rule.not_after and rule.not_after.match(sentence, match.end()):
        return
    if rule.not_before and rule.not_before.search(sentence[: match.start()]):
        return
    if rule.everyday and _EVERYDAY.search(sentence):
        return
    is_risk = rule.flag in _RISK_FLAGS
    if rule.subject:
        who = _who(sentence, match.start(), phrase, head, tail)
        if who != "writer":
            if is_risk and not rule.everyday:  # "tell her to end it" is not about suicide at all
                reading.mentions = True
                reading.findings.append(_Finding("none", ("sensitive_not_crisis",), phrase))
                if who == "other":
                    reading.others.append((index, match.start(), rule.flag, rule.tier))
            return
    negation = "none" if rule.timing == "fixed" else _negation(head, tail)
    if rule.negation_inside and negation == "none" and _NEGATOR.search(phrase):
        negation = "negated"  # "he has never hit me"
    if negation == "negated":
        return
    if rule.weak:
        reading.weak.append(phrase)
        return
    about = rule.flag if is_risk else None
    reading.mentions = reading.mentions or is_risk
    if negation == "over":  # "I haven't self-harmed in two years"
        flags = ("sensitive_not_crisis",) if is_risk else (rule.flag, *rule.also)
        reading.findings.append(_Finding("none", flags, phrase, about))
        return
    tier, flags = _graded(rule, _when(head + phrase + tail, sentence), over)
    reading.findings.append(_Finding(tier, flags, phrase, about))


def _read_others(reading: _Reading, index: int, sentence: str) -> None:
    """Someone else's suicide or self-harm ("she's been cutting herself"): sensitive, not the writer's."""
    for pattern, flag in _OTHERS:
        for match in pattern.finditer(sentence):
            reading.mentions = True
            reading.findings.append(_Finding("none", ("sensitive_not_crisis",), match.group(0)))
            reading.others.append((index, match.start(), flag, "concern" if flag == "passive_wish" else "urgent"))


def _add_echoes(reading: _Reading, sentences: list[str]) -> None:
    """Someone else's risk followed by "so do I" or "me too" (same or next sentence) is the writer's own."""
    for index, position, flag, tier in reading.others:
        for later in range(index, min(index + 2, len(sentences))):
            echo = _ME_TOO.search(sentences[later], position if later == index else 0)
            if echo:
                reading.findings.append(_Finding(tier, (flag,), echo.group(0), flag))
                return


def _add_again(reading: _Reading, sentences: list[str]) -> None:
    """ "The thoughts came back", "I did it again": the writer's own risk, now, in a text that talks about it."""
    earlier = [f.about for f in reading.findings if f.about]
    for sentence in sentences:
        for pattern, fallback in _AGAIN:
            for match in pattern.finditer(sentence):
                if _negation(*_clause(sentence, match.start(), match.end())) != "negated":
                    flag = earlier[-1] if earlier else fallback
                    reading.findings.append(_Finding("urgent", (flag,), match.group(0), flag))
        for rule in _PLAN:
            if rule.context:
                for match in rule.pattern.finditer(sentence):
                    reading.findings.append(_Finding("urgent", (rule.flag,), match.group(0), rule.flag))


def _result(findings: list[_Finding]) -> Screening:
    tier: Tier = "none"
    for finding in findings:
        if _RANK[finding.tier] > _RANK[tier]:
            tier = finding.tier
    found = {flag for finding in findings for flag in finding.flags}
    phrases: list[str] = []
    for finding in findings:
        if finding.tier != "none" and finding.phrase not in phrases:
            phrases.append(finding.phrase)
    return Screening(tier=tier, phrases=tuple(phrases), flags=tuple(f for f in FLAGS if f in found))
