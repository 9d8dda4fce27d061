"""The writer's own risk: suicidal thoughts, feeling unsafe, passive wishes, plans, attempts, self-harm."""

from __future__ import annotations

from typing import Final

from nearer.nlu.crisis.vocabulary import Rule, rx

# Affairs put in order for an operation, a move or a birth: "before the bypass op", "ahead of the move".
READY_FOR_AN_OCCASION = rx(
    r"[^.!?]{0,40}?\b(?:before|for|ahead\s+of)\s+(?:the|my|our)\s+(?:\w+\s+)?(?:op|operation|surgery|procedure|"
    r"move|flight|trip|deployment|posting|baby|birth|emigration)\b"
)
MED = (
    r"(?:meds|medication|medications|medicine|pills|tablets|antidepressants?|anti-depressants?|ssris?|"
    r"sertraline|fluoxetine|citalopram|escitalopram|prozac|zoloft|lexapro|venlafaxine|effexor|mirtazapine|"
    r"lithium|quetiapine|seroquel|lamotrigine|diazepam|valium|xanax|alprazolam|lorazepam|benzos?|"
    r"sleeping\s+(?:pills|tablets)|painkillers|paracetamol|ibuprofen|codeine|tramadol|dose|dosage)"
)
PERSON = (
    r"(?:he|she|they|my\s+(?:partner|boyfriend|bf|girlfriend|gf|husband|wife|ex|fiance|fiancee|dad|father|"
    r"stepdad|step-dad|mum|mom|mother|stepmum|stepmom|parents?|brother|sister|uncle|aunt|flatmate|roommate|"
    r"housemate|boss|carer|coach|date|landlord))"
)

# The writer's own suicidal thoughts, or an active wish to die: urgent.
SUICIDAL: Final[list[Rule]] = [
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(r"\b(?:kill|killing|killed)\s+myself\b"),
        # "killing myself trying to make this work" is overwork, not risk
        not_after=rx(
            r"\s+(?:trying\s+to|to\s+(?:get|meet|finish|make|keep|please|pay|impress)|at\s+(?:the\s+gym|work)|"
            r"over\s+(?:this|that|the|a)\s+\w+|for\s+(?:this|that|the|a|my)\s+(?:job|deadline|promotion|exam|degree))"
        ),
    ),
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(r"\bkms\b"),
        not_after=rx(r"\s+(?:on|per|away|from|an\s+hour|driven|left)\b"),  # kilometres
        not_before=rx(r"(?:\d|\bfor|\bof|\bthe|\bmany|\bmore|\bfew)\s*$"),
    ),
    Rule("suicidal_thoughts", "urgent", rx(r"\bunaliv(?:e|ing|ed)\b(?!\s+(?:him|her|them)sel(?:f|ves))"), subject=True),
    Rule("suicidal_thoughts", "urgent", rx(r"\bsewer\s*slid(?:e|ing)\b"), subject=True),
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(r"\b(?:end|ending|ended|take|taking|took)\s+my\s+(?:own\s+)?life\b"),
        not_after=rx(r"\s*(?:back|savings|seriously|more\s+seriously|in\s+(?:my|both)\s+hands|as\s+i\s+know\s+it)"),
    ),
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(r"\bsuicid(?:e|al|ality)\b"),
        subject=True,
        # a negation after the word: "suicide has never been something i'd consider"
        not_after=rx(
            r"\s+(?:has|is|was|would\s+be)\s+(?:never|not)\b|\s+(?:isn't|wasn't|hasn't)\s+(?:something|an\s+option)\b"
        ),
    ),
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(r"\b(?:want|wanted|wanting|wants)\s+(?:to|2)\s+(?:just\s+)?(?:die|be\s+dead)\b"),
        subject=True,
        not_after=rx(
            r"\s+(?:(?:of|from)\s+(?:embarrassment|shame|cringe|laugh\w*|boredom|cuteness)|laughing|alone|"
            r"on\s+(?:that|this)\s+hill)"
        ),
        not_before=rx(r"\bhill\s+(?:that\s+|which\s+)?(?:i|we)\s+$"),
    ),
    Rule("suicidal_thoughts", "urgent", rx(r"\b(?:ready|planning|prepared|deserve)\s+to\s+die\b"), subject=True),
    Rule("suicidal_thoughts", "urgent", rx(r"\bend(?:ing)?\s+it\s+all\b"), subject=True),
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(r"\bno\s+reason\s+(?:to|for\s+me\s+to)\s+(?:live|go\s+on|keep\s+going|be\s+alive|stay\s+alive|stay)\b"),
    ),
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(
            r"\b(?:won't|will\s+not|not\s+going\s+to|might\s+not|may\s+not)\s+be\s+(?:alive|here|around)\s+"
            r"(?:tomorrow|anymore|any\s+more|(?:for\s+)?much\s+longer|by\s+(?:tomorrow|morning|the\s+weekend))\b"
        ),
        subject=True,  # "she texted me saying she's not going to be around much longer" is hers
    ),
    # "I'm going to end it tonight": concern, unless it is plainly a relationship ("end it with Sam")
    Rule(
        "suicidal_thoughts",
        "concern",
        rx(r"\b(?:end|ending)\s+(?:it|things|everything)\b(?!\s+all)"),
        subject=True,
        everyday=True,
        not_after=rx(
            r"\s+(?:with|between|off|for\s+(?:us|them|him|her)|(?:on|in)\s+good\s+terms|amicably|properly|nicely|"
            r"neatly|well|first|before\s+(?:he|she|they|it)\s+(?:can|could|does|do|did))\b"
        ),  # "...and then I end it first so at least I was in charge": the pattern of ending relationships
        not_before=rx(r"\b(?:always|usually|often|keep|kept|tend\s+to|sabotage|sabotaged|the)\s+$"),
    ),
]

# "I'm not safe right now" is a crisis whatever the cause.
UNSAFE: Final[list[Rule]] = [
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(
            r"\b(?:not|don't\s+feel|do\s+not\s+feel|never\s+feel)\s+safe\s+(?:with|around|from|by)\s+myself\b|"
            r"\b(?:i'm|i\s+am)\s+not\s+safe(?:\s+(?:right\s+now|tonight|anymore|at\s+the\s+moment))?\s*$"
        ),
    ),
    Rule(
        "self_harm",
        "concern",
        rx(r"\b(?:don't\s+know|not\s+sure)\s+what\s+i(?:'ll|\s+will|\s+might|'d|\s+would)\s+do\s+to\s+myself\b"),
    ),
]

# Wishing not to exist, or hopelessness about living, without intent: concern.
PASSIVE: Final[list[Rule]] = [
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:everyone|everybody|they|people|he|she|you|we|it|things|my\s+\w+|the\s+\w+|all\s+of\s+(?:them|you|"
            r"us))(?:\s+would|\s+will|'d|'ll|'s|'re|\s+is|\s+are)\s+(?:all\s+|honestly\s+|really\s+|just\s+|"
            r"probably\s+)?(?:be\s+)?"
            r"(?:so\s+much\s+|much\s+|a\s+lot\s+|way\s+)?(?:better\s+off|happier|better)\s+without\s+me\b"
        ),
        # "...without me on the team"; but "without me in the picture" is without me at all
        not_after=rx(
            r"\s+(?:on|in(?!\s+(?:the\s+picture|it|the\s+world|their\s+lives|the\s+way))|at|playing|singing|there|"
            r"as\s+(?:a|an|her|his|their|your)\s+\w+)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:better\s+off|happier|easier|better)\s+(?:for\s+(?:everyone|everybody|them|you|my\s+\w+)\s+)?(?:if|"
            r"when)\s+i\s+(?:just\s+|simply\s+)?"
            r"(?:(?:wasn't|weren't|was\s+not|am\s+not)\s+(?:here|around|alive)|(?:was|were|am)\s+(?:gone|dead)|died)\b"
        ),
        # away, not gone: "easier if i was gone for the weekend"
        not_after=rx(
            r"\s+(?:for\s+(?:a|the|one|two|this|that|work|uni|christmas|\w+\s+(?:days|weeks|hours))|from|at|to|with|"
            r"tonight|this\s+weekend|next\s+week|until|till|on\s+(?:holiday|a\s+trip))\b"
        ),
    ),
    Rule("passive_wish", "concern", rx(r"\bbetter\s+off\s+dead\b"), subject=True),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\bwish(?:ed)?\s+i\s*(?:was|were|'d|had)\s+(?:never\s+been\s+born|never\s+born|dead|gone|not\s+(?:here|"
            r"alive|born|around))"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\bwish\s+i\s+could\s+(?:just\s+)?(?:die|stop\s+existing|not\s+exist|sleep\s+forever|"
            r"(?:fall\s+asleep|go\s+to\s+sleep)\s+(?:and|&)\s+(?:never|not)\s+wake\s+up)\b"
        ),
    ),
    # subject: "the song is about a guy who wants to disappear forever" is not the writer
    Rule(
        "passive_wish",
        "concern",
        rx(r"\b(?:disappear|vanish)(?:ing)?\s+(?:forever|for\s+good|permanently)\b"),
        subject=True,
        not_after=rx(r"\s+(?:from|off)\s+(?:this|the|that|my|his|her|their|your)\b"),  # "from this app"
    ),
    # "I want to disappear from this group chat" and "every time we get close I want to vanish" are not risk
    Rule(
        "passive_wish",
        "concern",
        rx(r"\b(?:want|wanted|wish\s+i\s+could|going)\s+(?:to\s+)?(?:just\s+)?(?:disappear|vanish)\b"),
        everyday=True,
        not_after=rx(
            r"\s+(?:from|for|off|into|to|until|till|at|on|in|under|when|whenever|every|after|before|"
            r"(?:a\s+)?(?:while|bit|week|day|weekend))\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:no\s*one|nobody|none\s+of\s+them|they|people|(?:not\s+that\s+)?(?:anyone|anybody))\s+(?:would|will|"
            r"'d)\s+(?:even\s+|really\s+|actually\s+)?"
            r"(?:care|notice|miss\s+me|be\s+sad|cry)\s+if\s+i\s+(?:died|was\s+gone|were\s+gone|disappeared|"
            r"wasn't\s+here|weren't\s+here|was\s+dead|wasn't\s+around|vanished)\b"
        ),
        not_after=rx(r"\s+(?:from|for)\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(r"\b(?:not|never)\s+(?:to\s+)?wake\s+up\b"),
        subject=True,
        not_after=rx(r"\s+(?:until|till|in\s+time|early|on\s+time|at|before|when|for|this\s+morning)\b"),
    ),
    Rule("passive_wish", "concern", rx(r"\b(?:hope|wish)\s+i\s+(?:don't|won't|never|didn't)\s+wake\s+up\b")),
    Rule(
        "passive_wish",
        "concern",
        rx(r"\bwish\s+i\s+(?:didn't|did\s+not|could\s+stop|could\s+just\s+stop)\s+exist(?:ing)?\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:(?:don't|do\s+not)\s+deserve\s+to\s+(?:live|be\s+alive|exist|be\s+here)|"
            r"\bi\s+(?:really\s+)?shouldn't\s+(?:even\s+)?(?:be\s+alive|exist|be\s+here|have\s+been\s+born)|"
            r"why\s+am\s+i\s+(?:even\s+|still\s+)*(?:alive|here)\b(?!\s+(?:at|in|with|on|doing))|"
            r"why\s+(?:do|should)\s+i\s+(?:even\s+)?(?:bother\s+)?(?:living|exist|stay\s+alive))\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(r"\b(?:sleep|go\s+to\s+sleep|fall\s+asleep)\s+forever\b"),
        subject=True,
        # a lie-in: "i'm dying to sleep forever this weekend"
        not_before=rx(r"\bdying\s+to\s+$"),
        not_after=rx(
            r"\s+(?:this|that|on|at|over\s+the)\s+(?:weekend|morning|sunday|saturday|holiday|break)\b|"
            r"\s+(?:after|following|because|until|now|today|tonight)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:death|dying|being\s+dead|not\s+existing|not\s+being\s+here)\s+(?:would|will|'d)\s+(?:honestly\s+)?"
            r"be\s+(?:a\s+)?(?:relief|easier|better|peaceful|welcome)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:wouldn't|would\s+not)\s+mind\s+(?:if\s+i\s+(?:didn't|did\s+not|never)\s+wake\s+up|not\s+waking\s+up|"
            r"dying|being\s+dead|if\s+i\s+died)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(r"\b(?:don't|do\s+not)\s+want\s+to\s+wake\s+up\b"),
        not_after=rx(r"\s+(?:early|at|for|before|to|next\s+to|beside)\b"),  # "a face I don't want to wake up to"
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:don't|do\s+not)\s+(?:even\s+)?want\s+to\s+(?:exist|live|be\s+alive|be\s+here|go\s+on|keep\s+going)\b"
        ),
        # "...to be here for the meeting" is about a place; not existing "for a while" is still not
        # existing, and not being here "in a year" is about time
        not_after=rx(
            r"\s+(?:with|in(?!\s+(?:a|an|one|two|five|ten|\w+)\s+(?:years?|months?)\b)|at|on|near|together|there|"
            r"without\s+(?:my|a|the))\b|(?<!exist)\s+for\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:can't|cannot|can\s+not|don't\s+think\s+i\s+can|not\s+sure\s+i\s+can)\s+(?:go\s+on|keep\s+going|"
            r"carry\s+on|do\s+this\s+(?:anymore|any\s+more)|take\s+(?:it|this|much\s+more)\s+(?:anymore|any\s+more)|"
            r"cope\s+(?:anymore|any\s+more)|keep\s+living)\b"
        ),
        subject=True,  # "she messaged saying she can't go on" is hers
        everyday=True,
        not_after=rx(
            r"\s+(?:with|in|at|for|back|to|out|on\s+about|round|around|pretending|arguing|fighting|texting|dating|"
            r"dates?|holidays?|trips?|nights?\s+out)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:what's|what\s+is)\s+(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|life|anything|"
            r"going\s+on|it\s+all|existing|me)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:no|don't\s+see\s+(?:a|the|any)|can't\s+see\s+(?:a|the|any))\s+(?:point|reason)\s+(?:in|to|of)\s+"
            r"(?:living|going\s+on|being\s+alive|life|existing|carrying\s+on)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(r"\blife\s+(?:isn't|is\s+not|doesn't\s+feel|does\s+not\s+feel|ain't)\s+worth\s+(?:living|it)\b"),
        not_before=rx(r"\b(?:his|her|their|your)\s+$"),  # someone else's life, in their words
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:tired|sick|exhausted|weary|worn\s+out)\s+(?:of|from|with)\s+(?:living|being\s+alive|existing|life|"
            r"being\s+here|staying\s+alive)\b"
        ),
        subject=True,
        # a place, not being alive: "tired of existing in this flat with no heating"
        not_after=rx(r"\s+(?:in|at|on|near|around|with)\s+(?:the|this|that|my|a|an|his|her|their)\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(r"\bdone\s+with\s+(?:life|living|existing|being\s+alive)\b"),
        subject=True,
        not_after=rx(r"\s+(?:admin|insurance|coach\w*|lessons|goals?|hacks?|skills|with|in\s+(?:the|this|that))\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:think|thinking|thought)\s+(?:about|of)\s+(?:just\s+)?(?:dying|being\s+dead|not\s+existing|"
            r"not\s+being\s+(?:here|alive|around))\b"
        ),
        subject=True,
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:not\s+sure|don't\s+know\s+(?:if|whether))\s+i\s+(?:even\s+|still\s+)?want\s+to\s+"
            r"(?:live|be\s+alive|be\s+here|go\s+on|keep\s+going|exist)\b"
        ),
    ),
]

# Plans, preparation, seeking a method: urgent. Weak signs are everyday alone ("we picked a date").
PLAN: Final[list[Rule]] = [
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bplan(?:s|ning|ned)?\s+(?:to|on|for\s+how\s+to|how\s+to)\s+(?:kill(?:ing)?\s+myself|end(?:ing)?\s+"
            r"(?:my\s+life|it\s+all)|die|dying|take\s+my\s+(?:own\s+)?life|hurt(?:ing)?\s+myself)\b"
        ),
        subject=True,
    ),
    Rule("plan_or_preparation", "urgent", rx(r"\bsuicide\s+(?:note|letter|plan)s?\b"), subject=True),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:best|easiest|quickest|fastest|painless|most\s+painless|least\s+painful|surest|simplest|quietest)\s+"
            r"(?:way|ways|method|methods)\s+to\s+(?:die|kill\s+(?:myself|yourself|oneself)|end\s+(?:my\s+life|"
            r"your\s+life|a\s+life|it\s+all|it)|commit\s+suicide|not\s+wake\s+up)\b(?!\s+with)"
        ),
        timing="fixed",
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:ways|how)\s+to\s+(?:kill\s+myself|end\s+my\s+life|commit\s+suicide|"
            r"die\s+(?:painlessly|quickly|peacefully|without\s+pain))\b"
        ),
        timing="fixed",
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stashing|stashed)\s+"
            r"(?:up\s+)?(?:my\s+|all\s+my\s+|some\s+)?" + MED + r"\b"
        ),
        subject=True,  # "one of my clients told me he's been saving up pills"
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:know|decided|worked\s+out|figured\s+out|chosen|planned)\s+(?:exactly\s+)?how\s+"
            r"(?:i'd|i\s+would|i\s+will|i'll|i'm\s+going\s+to|to)\s+do\s+it\b"
        ),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:bought|got|have|ordered|found)\s+(?:everything|what|all)\s+(?:i\s+)?need(?:ed)?\s+to\s+(?:do\s+it|"
            r"end\s+it|die)\b"
        ),
    ),
    # weak signs
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:wrote|written|writing|left)\s+(?:goodbye\s+)?(?:letters|notes)\s+(?:to|for)\s+(?:everyone|"
            r"my\s+(?:family|kids|parents|mum|mom|dad|friends|sister|brother|partner)|the\s+people\s+i\s+love|"
            r"all\s+of\s+(?:them|you))\b"
        ),
        weak=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:gave|given|giving)\s+(?:away\s+)?(?:my|all\s+my)\s+(?:things|stuff|belongings|possessions|cat|dog|"
            r"pets?|guitar|books|plants)\b"
        ),
        weak=True,
        not_after=rx(r"\s+(?:a|an|some|his|her|its)\s+(?:bath|walk|treat|hug|cuddle|bone|food|dinner)\b"),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:picked|chosen|chose|set|decided\s+on)\s+(?:a|the)\s+(?:date|day|night)\b"),
        weak=True,
    ),
    Rule("plan_or_preparation", "urgent", rx(r"\b(?:have|got|made|making|worked\s+out)\s+a\s+plan\b"), weak=True),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:said|saying)\s+(?:my\s+)?goodbyes?\s+to\s+(?:everyone|my\s+\w+|the\s+people)\b"),
        weak=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:sorry\s+for\s+everything|this\s+is\s+goodbye|goodbye\s+(?:everyone|forever)|(?:when|"
            r"after)\s+i'm\s+gone|look\s+after\s+(?:my\s+\w+|mum|mom|dad)\s+for\s+me)\b"
        ),
        weak=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:tonight|today|tomorrow)(?:'s|\s+is|\s+will\s+be)\s+the\s+(?:night|day)\b"),
        weak=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bwon't\s+need\s+(?:them|it|this|these|anything|my\s+\w+)\s+(?:where\s+i'm\s+going|after\s+(?:tonight|"
            r"i'm\s+gone))"
        ),
        weak=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:affairs\s+in\s+order|(?:wrote|made|updated)\s+(?:my|the)\s+will)\b"),
        weak=True,
        not_after=READY_FOR_AN_OCCASION,
    ),
    # "I'm going to do it tonight": a plan only when the text talks about risk elsewhere
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:going|want|ready|planning|about|gonna)\s+to\s+do\s+it\s+(?:tonight|today|tomorrow|soon|"
            r"this\s+weekend|again|now)\b"
        ),
        context=True,
    ),
    # "tonight i think i'll make that happen", after a wish to die or not wake up
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:i'll|i\s+will|going\s+to|gonna|ready\s+to)\s+make\s+(?:that|it|this)\s+happen\b(?=[^.]*\b(?:tonight|today|"
            r"tomorrow|this\s+weekend|soon|now)\b)|\b(?:tonight|today|tomorrow|this\s+weekend)\b[^.]*\b(?:i'll|i\s+will|"
            r"going\s+to)\s+make\s+(?:that|it|this)\s+happen\b"
        ),
        context=True,
    ),
]

# An attempt the writer made.
ATTEMPT: Final[list[Rule]] = [
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\b(?:tried|try|trying|attempted|attempt)\s+to\s+(?:kill\s+myself|kms|end\s+(?:my\s+life|it\s+all|it|"
            r"things)|take\s+my\s+(?:own\s+)?life|die|unalive\s+myself)\b(?!\s+with)"
        ),
        timing="attempt",
        subject=True,
    ),
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\b(?:attempted\s+(?:suicide|once|twice|before|again|\w+\s+times)|suicide\s+attempt|overdosed|overdosing|"
            r"took\s+an\s+overdose|taken\s+an\s+overdose|od'd|od'ed)\b|"
            # undated, so recent: "the attempt i made in college", "I made an attempt on my life"
            r"\b(?:the|my|that)\s+(?:suicide\s+)?attempt\s+i\s+made\b|"
            r"\b(?:made|make|survived)\s+(?:an?\s+|one\s+|two\s+|my\s+first\s+)?attempts?\s+on\s+my\s+(?:own\s+)?life\b"
        ),
        timing="attempt",
        subject=True,
    ),
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\b(?:after|since|survived|on\s+from)\s+my\s+(?:suicide\s+|last\s+|first\s+|second\s+)?attempt\b(?!\s+(?:at|to|"
            r"on)\b)"
        ),
        timing="attempt",
    ),
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\b(?:took|swallowed|taken)\s+(?:all\s+(?:of\s+)?my|a\s+(?:whole|full)\s+(?:box|bottle|packet|pack)\s+of|"
            r"too\s+many\s+of\s+my|a\s+bunch\s+of|loads\s+of|handfuls?\s+of)\s*" + MED + r"\b"
        ),
        timing="attempt",
        subject=True,
    ),
]

# Hurting themselves: urgent now.
SELF_HARM: Final[list[Rule]] = [
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:cut|cutting|cuts|burn|burning|burned|burnt|hit|hitting|punch|punching|scratch|scratching|hurt|"
            r"hurting|harm|harming)\s+myself\b"
        ),
        not_after=rx(
            r"\s+(?:off|out|some\s+slack|a\s+(?:slice|piece|break)|shaving|cooking|chopping|slicing|on\s+(?:the|a|my)|"
            r"with\s+(?:the|a)\s+(?:kettle|iron|oven|pan|door|knife\s+while)|by\s+accident|accidentally|"
            r"while\s+(?:cooking|shaving|chopping|gardening)|at\s+(?:the\s+gym|football|work|training|the\s+park)|"
            r"playing|lifting|running|skiing|falling|when\s+i\s+fell)\b"
        ),
        not_before=rx(r"\baccidentally\s+$"),
    ),
    Rule("self_harm", "urgent", rx(r"\bself[- ]?harm(?:ing|ed|s)?\b"), subject=True),
    Rule(
        "self_harm",
        "urgent",
        rx(r"\burges?\s+to\s+(?:cut|self[- ]?harm|hurt\s+myself|burn|harm\s+myself)\b"),
        subject=True,
    ),
    Rule("self_harm", "urgent", rx(r"\bfresh\s+(?:cuts|wounds|burns)\b")),
    # "I still cut when things go wrong", "I cut for most of my late teens": the bare verb, said of a habit or a time
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\bi\s+(?:still\s+|sometimes\s+|often\s+|used\s+to\s+)?cut\s+(?:when|whenever|to\s+cope|to\s+feel|"
            r"every\s+(?:night|day|time|week)|for\s+(?:most|much|all|years|months)|from\s+(?:age\s+)?1\d)\b|"
            r"\bi\s+still\s+cut\b(?!\s+(?:my|his|her|their|the|a|an|it|them|him|corners|costs|back|down|out|up|off|in|into|"
            r"ties|people|class|classes|school|work|carbs|sugar|wood|hair|fabric|coupons|through|across|and\s+paste)\b)"
        ),
        not_after=rx(
            r"\s+(?:when|whenever)\s+(?:i'm\s+)?(?:cooking|baking|gardening|sewing|editing|it's|the|my\s+hair)\b"
        ),
    ),
    Rule(
        "self_harm",
        "concern",
        rx(r"\b(?:hide|hiding|cover|covering|hid|see|sees|saw|notice|noticed)\s+(?:the|my)\s+scars\b"),
    ),
]
