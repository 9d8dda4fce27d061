"""Everything else the screen names: abuse, eating, substances, age, medication, override attempts, and
someone else's risk (with the "so do I" and "it came back" phrases that make it the writer's own)."""

from __future__ import annotations

import re
from typing import Final

from nearer.nlu.crisis.rules.risk import MED, PERSON
from nearer.nlu.crisis.vocabulary import Flag, Rule, rx

# Someone harming, threatening or controlling the writer: concern now, a pointer when long past.
ABUSE_BENIGN = rx(
    r"\s+(?:up|away|(?:with\s+(?:the|a|an|that|this|some|his|her)\s+(?:news|question|text|message|line|truth|reality|"
    r"idea|fact))|"
    r"to\s+(?:apply|try|go\s+to|see\s+a|talk|open\s+up|do\s+better|be\s+honest|it)|into\s+(?:therapy|applying|trying)|"
    r"out\s+of\s+my\s+comfort|at\s+(?:chess|cards|pool|tennis|football|games?|the\s+game|scrabble|everything))\b"
)
ABUSE: Final[list[Rule]] = [
    Rule(
        "abuse",
        "concern",
        rx(
            r"\b" + PERSON + r"(?:\s+\w+){0,3}?\s+(?:hits|hit|beats|beat|slaps|slapped|punches|punched|kicks|kicked|"
            r"chokes|choked|strangles|strangled|shoves|shoved|bites|bit|burns|burned|spat\s+on|spits\s+on|raped|rapes|"
            r"assaulted|molested|abused|abuses|drugged|forced|forces|locks|locked|pinned|throws\s+things\s+at)\s+me\b"
        ),
        timing="harm",
        not_after=ABUSE_BENIGN,
        negation_inside=True,
    ),
    Rule(
        "abuse",
        "concern",
        rx(
            r"\b" + PERSON + r"(?:\s+\w+){0,3}?\s+(?:(?:grabbed|grabs|squeezed|squeezes)\s+(?:me\s+by\s+)?(?:my\s+)?"
            r"(?:throat|neck|hair)|(?:pushed|pushes)\s+me\s+(?:down|over|against|into|off|onto|out\s+of\s+the|"
            r"to\s+the\s+(?:floor|ground)))\b"
        ),
        timing="harm",
        negation_inside=True,
    ),
    Rule(
        "abuse",
        "concern",
        rx(
            r"\bthreaten(?:s|ed|ing)?\s+(?:me\b|to\s+(?:kill|hurt|hit|beat|stab|shoot)\s+me\b|"
            r"to\s+(?:share|post|send)\s+(?:my\s+)?(?:photos|pictures|nudes|videos))"
        ),
        timing="harm",
    ),
    # a threat of suicide to stop the writer leaving is coercion
    Rule(
        "abuse",
        "concern",
        rx(
            r"\b(?:says|said|threatens|threatened|keeps\s+saying)\s+(?:that\s+)?(?:he'll|she'll|they'll|he\s+will|"
            r"she\s+will|they\s+will|he'd|she'd|to)\s+(?:kill|hurt)\s+(?:himself|herself|themselves)\s+if\s+i\b"
        ),
        timing="harm",
        also=("sensitive_not_crisis",),
    ),
    Rule(
        "abuse",
        "concern",
        rx(
            r"\b(?:won't|doesn't|don't|never)\s+lets?\s+me\s+(?:see\s+(?:my\s+)?(?:friends|family|mum|mom|dad|sister|"
            r"brother)|leave\s+(?:the\s+house|the\s+flat|home)|have\s+(?:my\s+own\s+)?(?:money|phone|bank\s+card|"
            r"keys|friends)|talk\s+to\s+(?:anyone|my\s+friends|my\s+family|other\s+people)|"
            r"go\s+(?:anywhere|out)\s+(?:alone|without))"
        ),
        timing="harm",
    ),
    Rule(
        "abuse",
        "concern",
        rx(r"\b(?:takes|took|controls|keeps)\s+(?:all\s+)?my\s+(?:money|bank\s+card|wages|passport)\b"),
        timing="harm",
    ),
    Rule(
        "abuse",
        "concern",
        rx(
            r"\b(?:i'm|i\s+am|i\s+feel|i've\s+been|i\s+get|makes\s+me)\s+(?:so\s+|really\s+|very\s+|always\s+|"
            r"a\s+bit\s+|kind\s+of\s+)?(?:scared|afraid|terrified|frightened)\s+(?:to\s+go\s+(?:back\s+)?home|"
            r"of\s+what\s+(?:he|she|they)(?:'ll|\s+will|\s+might|\s+would|'d)\s+do|of\s+(?:him|her|my\s+(?:partner|"
            r"husband|wife|boyfriend|girlfriend|dad|father|stepdad|mum|mom|mother))\b(?!\s+(?:leaving|losing|finding|"
            r"seeing|knowing|thinking|getting|being|not|judging|noticing)))"
        ),
        timing="harm",
    ),
    Rule(
        "abuse",
        "concern",
        rx(
            r"\bi\s+(?:was|got|have\s+been|'ve\s+been)\s+(?:raped|sexually\s+assaulted|assaulted|molested|abused|"
            r"groomed)\b"
        ),
        timing="harm",
    ),
    Rule("abuse", "concern", rx(r"\b(?:gets|is|was|got)\s+(?:violent|physical|rough)\s+with\s+me\b"), timing="harm"),
    # violence shown rather than named, a threat about leaving, friends rationed
    Rule(
        "abuse",
        "concern",
        rx(
            r"\b(?:put|punched|smashed|slammed|drove)\s+(?:his|her|their)\s+fist\s+(?:through|into)\s+the\s+"
            r"(?:door|wall|window)\s+(?:beside|next\s+to|by|near|behind|above)\s+(?:my|me)\b|"
            r"\braised\s+(?:his|her|their)\s+(?:hand|fist)\s+(?:to|at|like|as\s+if|over)\b|"
            r"\bif\s+i\s+(?:ever\s+)?(?:leave|left|try\s+to\s+leave)\s+(?:him|her|them)\b,?\s+(?:he|she|they)"
            r"(?:'ll|\s+will|'d|\s+would|\s+is\s+going\s+to)\s+(?:make\s+sure\s+i\s+regret|make\s+me\s+(?:pay|regret)|"
            r"(?:kill|hurt|find)\s+me)\b|"
            r"\b(?:decides|decide|chooses|picks|tells\s+me)\s+(?:which|what|who)\s+(?:of\s+my\s+)?(?:friends|people)\s+"
            r"i(?:'m|\s+am)\s+allowed\s+to\s+(?:see|talk\s+to|text|meet)\b"
        ),
        timing="harm",
    ),
    Rule(
        "abuse",
        "concern",
        rx(
            r"\b(?:not|don't\s+feel|do\s+not\s+feel)\s+safe\s+(?:at\s+home|in\s+my\s+(?:own\s+)?(?:home|house|flat)|"
            r"(?:with|around)\s+(?:him|her|them|my\s+(?:partner|husband|wife|boyfriend|girlfriend|dad|father|stepdad|"
            r"mum|mom)))\b"
        ),
        timing="harm",
    ),
]

# Eating-disorder cues: concern.
EATING: Final[list[Rule]] = [
    Rule(
        "eating",
        "concern",
        rx(r"\b(?:made|make|making|makes)\s+myself\s+(?:sick|throw\s+up|vomit|puke|be\s+sick)\b"),
        timing="cue",
        not_after=rx(r"\s+(?:with|from)\s+(?:worry|stress|anxiety|nerves|overthinking|crying)"),
    ),
    Rule("eating", "concern", rx(r"\b(?:starve|starving|starved)\s+myself\b"), timing="cue"),
    # counted days without food ("day 4 of basically not eating"); fasting is left out, for Ramadan and Lent
    Rule(
        "eating",
        "concern",
        rx(
            r"\bday\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:basically\s+|barely\s+|hardly\s+|"
            r"almost\s+|pretty\s+much\s+)?(?:not\s+eating|no\s+food|eating\s+nothing|no\s+eating)\b"
        ),
        timing="cue",
    ),
    Rule(
        "eating",
        "concern",
        rx(
            r"\b(?:throw|throwing|threw)\s+up\s+after\s+(?:(?:every|each|most|all\s+my)\s+(?:meal|meals|"
            r"time\s+i\s+eat)|i\s+eat)\b"
        ),
        timing="cue",
    ),
    Rule(
        "eating",
        "concern",
        rx(r"\bpurg(?:e|es|ing|ed)\b"),
        timing="cue",
        subject=True,
        cue=rx(r"\b(?:eat|eating|ate|food|meals?|dinner|lunch|breakfast|binge\w*|calories|weight)\b"),
        not_after=rx(
            r"\s+(?:my|the|his|her|our|old|all)\s+\w*\s*(?:closet|wardrobe|photos|pictures|inbox|contacts|roll|texts|"
            r"messages|stuff|things|clothes)"
        ),
    ),
    Rule(
        "eating",
        "concern",
        rx(
            r"\bhaven't\s+eaten\s+(?:in|for)\s+(?:\d+|two|three|four|five|six|several|a\s+few|a\s+couple\s+of)\s+days\b"
        ),
        timing="cue",
    ),
    Rule(
        "eating",
        "concern",
        rx(
            r"\b(?:skip|skipping|skipped)\s+(?:meals|breakfast\s+and\s+lunch|all\s+my\s+meals|eating)\s+(?:to|so|"
            r"because|on\s+purpose|as\s+(?:a\s+)?punishment|until)\b"
        ),
        timing="cue",
    ),
    Rule(
        "eating",
        "concern",
        rx(r"\b(?:terrified|scared|afraid)\s+(?:of|about)\s+(?:gaining|putting\s+on)\s+(?:any\s+)?weight\b"),
        timing="cue",
    ),
    Rule(
        "eating",
        "concern",
        rx(
            r"\b(?:feel|felt|feeling)\s+(?:so\s+)?(?:fat|disgusting|huge|gross)\s+(?:after|when|"
            r"every\s+time)\s+i\s+(?:eat|ate)\b"
        ),
        timing="cue",
    ),
    Rule("eating", "concern", rx(r"\b(?:don't|do\s+not)\s+deserve\s+(?:to\s+eat|food|dinner|meals)\b"), timing="cue"),
    Rule(
        "eating",
        "concern",
        rx(
            r"\b(?:(?:count|counting|track|tracking)\s+every\s+calorie|(?:eat|eating|ate|allow\s+myself|"
            r"limit\s+myself\s+to|"
            r"stick\s+to|stay)\s+(?:under|less\s+than|only|no\s+more\s+than|below)\s+\d{2,4}\s+calories)\b"
        ),
        timing="cue",
    ),
    Rule(
        "eating",
        "concern",
        rx(r"\b(?:use|using|used|take|taking|took|abuse|abusing|on)\s+laxatives?\b|\bpro[- ]?ana\b|\bthinspo\b"),
        timing="cue",
    ),
    Rule(
        "eating",
        "concern",
        rx(
            r"\b(?:my|i\s+have|i\s+had|i'm|i\s+am|i've\s+been|i\s+was|i've\s+got)\s+(?:an?\s+|\w+\s+)?"
            r"(?:bulimi[ac]|anorexi[ac]|eating\s+disorder)\b"
        ),
        timing="cue",
    ),
    Rule(
        "eating",
        "concern",
        rx(r"\bbinge(?:d|ing|s)?\s+(?:and|then|&)\s+(?:then\s+)?(?:purge|throw\s+up|make\s+myself|starve)"),
        timing="cue",
    ),
]

# Risky drinking or drug use: concern. Recovery ("four years sober") is a quiet pointer.
SUBSTANCE: Final[list[Rule]] = [
    Rule(
        "substance",
        "concern",
        rx(
            r"\b(?:drink|drinking|drank|drunk|get\s+drunk|getting\s+drunk)\s+(?:alone\s+)?(?:every|"
            r"each)\s+(?:single\s+)?(?:night|day|morning|evening)\b"
        ),
        timing="cue",
    ),
    Rule(
        "substance",
        "concern",
        rx(
            r"\b(?:drink|drinking|drank|drunk|get(?:ting)?\s+(?:drunk|high|wasted|stoned)|"
            r"smoking\s+weed)\b[^.!?]{0,40}?"
            r"\b(?:to\s+(?:cope|forget|numb|stop\s+(?:feeling|thinking)|not\s+(?:feel|think)|get\s+through|"
            r"fall\s+asleep|sleep)|"
            r"so\s+(?:that\s+)?i\s+(?:wouldn't|won't|don't|can't|didn't|do\s+not)\s+(?:have\s+to\s+)?(?:feel|think))\b"
        ),
        timing="cue",
    ),
    Rule(
        "substance",
        "concern",
        rx(
            r"\b(?:using|doing|taking|on)\s+(?:coke|cocaine|ket|ketamine|meth|heroin|mdma|benzos|xanax)\s+(?:again|"
            r"every|daily|to|alone|most)\b"
        ),
        timing="cue",
    ),
    Rule(
        "substance",
        "concern",
        rx(
            r"\bblackout\s+drunk\b|\bblack(?:ed)?\s+out\s+(?:drunk|again|every|most)\b|"
            r"\b(?:drink|drinking|drank)\b[^.!?]{0,40}\b(?:until|till|and|then)\s+(?:i\s+)?black(?:ed)?\s+out\b"
        ),
        timing="cue",
    ),
    Rule("substance", "concern", rx(r"\b(?:can't|cannot)\s+stop\s+(?:drinking|using|smoking\s+weed)\b"), timing="cue"),
    Rule(
        "substance",
        "concern",
        rx(r"\bbottle\s+of\s+(?:wine|vodka|gin|whisky|whiskey|rum)\s+(?:a|every|each)\s+(?:night|day)\b"),
        timing="cue",
    ),
    Rule(
        "substance",
        "concern",
        rx(r"\b(?:drunk|high|stoned|wasted)\s+(?:every|all)\s+(?:day|night|the\s+time|weekend)\b"),
        timing="cue",
    ),
    Rule(
        "substance",
        "concern",
        rx(
            r"\bmix(?:ing|ed|es)?\s+(?:my\s+)?"
            + MED
            + r"\s+(?:and|with)\s+(?:alcohol|booze|drink|drinks|wine|vodka|beer)\b"
        ),
        timing="cue",
        also=("medication",),
    ),
    Rule("substance", "concern", rx(r"\b(?:started|been|i'm)\s+(?:drinking|using)\s+again\b"), timing="cue"),
    # cocaine by its slang, and a night that cannot be got through sober: "doing a line before every shift"
    Rule(
        "substance",
        "concern",
        rx(
            r"\b(?:doing|do|did)\s+(?:a\s+)?(?:line|lines|bump|bumps)(?:\s+(?:in|at)\s+the\s+\w+)?\s+(?:before|every|each|to|"
            r"most|again|alone|on\s+my\s+own)\b|"
            r"\b(?:can't|cannot|cannae|can\s+not)\s+get\s+through\s+(?:a|an|the|one)\s+(?:single\s+)?(?:night|day|evening|"
            r"shift|weekend)\s+without\s+(?:\w+\s+){0,5}?(?:bottle|drink|drinks|drinking|wine|vodka|gin|whisky|whiskey|"
            r"pills?|getting\s+(?:drunk|high|wasted|stoned))\b"
        ),
        timing="cue",
    ),
    Rule(
        "substance",
        "none",
        rx(
            r"\b(?:sober\s+(?:for\s+|since\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|"
            r"many|a\s+few)|"
            r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days|weeks|months|"
            r"years)\s+sober)\b"
        ),
        timing="fixed",
    ),
]

# The writer says they are under 18: the product is for adults.
NOT_AN_AGE = (
    r"(?!\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?\b|"
    r"%|percent|pounds|lbs|kg|stone|times|quid|dollars|euros|miles|km|k\b|people|texts|messages|floors|steps|cm|inches|"
    r"foot|feet|ft|episodes|calls|to\b|-|/|\.\d|,\d|\d|th\b|st\b|nd\b|rd\b|out\s+of))"
)
MINOR: Final[list[Rule]] = [
    Rule(
        "minor",
        "concern",
        rx(
            r"\b(?:i'm|i\s+am)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|"
            r"seventeen|twelve|eleven)(?:\s*(?:years?\s+old|yo|y/o|yrs?\s+old))?\b" + NOT_AN_AGE
        ),
        timing="fixed",
    ),
    Rule(
        "minor",
        "concern",
        rx(r"^1[0-7]\s?(?:f|m|nb)\b|\b1[0-7]\s?(?:f|m|nb)\s+here\b"),  # "16f here, ..."
        timing="fixed",
    ),
    Rule(
        "minor",
        "concern",
        rx(
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
MED_CUE = rx(  # a question or worry, by the writer about their own
    r"^(?=.*\b(?:i|i'm|i've|i'd|my|me)\b).*\b(?:can\s+i|should\s+i|is\s+it\s+(?:ok|okay|safe|bad|normal)|do\s+i\s+need|"
    r"forgot|forget|missed|skipped|"
    r"stopped|stop\s+taking|quit|came\s+off|coming\s+off|come\s+off|double\s+(?:up|dose)|side\s+effects?|withdrawal|"
    r"interact\w*|mix\w*|drink\s+on|drinking\s+on|upped|increased|lowered|changed|ran\s+out|run\s+out|not\s+working|"
    r"isn't\s+working|aren't\s+working|feel\s+(?:weird|strange|flat|numb|worse))\b"
)
MEDICATION: Final[list[Rule]] = [
    Rule("medication", "none", rx(r"\b" + MED + r"\b"), timing="fixed", cue=MED_CUE),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bhow\s+many\s+(?:of\s+)?(?:my\s+|these\s+|the\s+|those\s+)?" + MED + r"\s+(?:would|does\s+it\s+take|"
            r"do\s+i\s+need|is\s+too\s+many|are\s+too\s+many|to\s+(?:take|die|overdose|not\s+wake)|it\s+would\s+take|"
            r"before|until|is\s+(?:a\s+)?(?:lethal|fatal|deadly|an\s+overdose))"
        ),
        timing="fixed",
        also=("medication",),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:lethal|fatal|deadly|toxic)\s+(?:dose|amount|number|quantity)\b|\boverdose\s+on\b"),
        timing="fixed",
        subject=True,  # "my best mate tried to overdose on saturday"
        not_after=rx(r"\s+purpose\b"),  # "an overdose on purpose" names no drug
        also=("medication",),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bhow\s+much\s+(?:of\s+)?(?:my\s+)?(?:" + MED + r"\s+)?(?:would\s+it\s+take\s+)?(?:would|to)\s+"
            r"(?:overdose|kill\s+me|die|be\s+fatal|be\s+lethal|not\s+wake\s+up)"
        ),
        timing="fixed",
        also=("medication",),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bwhat\s+(?:happens|would\s+happen)\s+if\s+(?:i|you|someone|somebody)\s+(?:take|takes|took|swallow(?:ed|"
            r"s)?)\s+"
            r"(?:all|the\s+whole|a\s+whole|a\s+lot|loads|lots|too\s+many|\d+|twenty|thirty|fifty|a\s+(?:bunch|handful|"
            r"box|bottle|packet))"
        ),
        timing="fixed",
        also=("medication",),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\benough\s+(?:of\s+)?(?:my\s+)?" + MED + r"\s+to\s+(?:die|kill|not\s+wake\s+up|end\s+it|overdose)"),
        timing="fixed",
        also=("medication",),
    ),
]

# Talking the screen out of responding. Named, never obeyed: it cannot lower a tier.
OVERRIDE: Final[list[Rule]] = [
    Rule(
        "override_attempt",
        "none",
        rx(
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
OTHERS: Final[list[tuple[re.Pattern[str], Flag]]] = [
    (
        rx(
            r"\b(?:kill|killed|killing|kills|hang|hanged|hanging|unalive|unalived|unaliving)\s+(?:him|her|them)sel(?:f|"
            r"ves)\b"
        ),
        "suicidal_thoughts",
    ),
    (
        rx(
            r"\b(?:hurt|hurting|hurts|harm|harming|harms|cut|cutting|cuts|burn|burning|burns)\s+(?:him|her|"
            r"them)sel(?:f|ves)\b"
        ),
        "self_harm",
    ),
    (rx(r"\b(?:took|take|taking|ended|end|ending)\s+(?:his|her|their)\s+(?:own\s+)?life\b"), "suicidal_thoughts"),
    (rx(r"\b(?:his|her|their)\s+(?:suicide|overdose|attempt)\b"), "suicidal_thoughts"),
    (rx(r"\bdied\s+by\s+suicide\b|\b(?:lost|losing)\s+(?:\w+\s+){1,3}to\s+suicide\b"), "suicidal_thoughts"),
    (
        rx(
            r"\b(?:says?|said|saying|thinks|feels)\s+(?:that\s+)?(?:everyone|everybody|we|people|the\s+world|"
            r"his\s+family|her\s+family|they)(?:\s+would|'d|\s+will)\s+be\s+better\s+off\s+without\s+(?:him|her|them)\b"
        ),
        "passive_wish",
    ),
    # a helpline volunteer's caller: "a caller said she had everything ready" is the caller's risk
    (
        rx(r"\b(?:a|the|one|another|my\s+(?:first|last))\s+caller\s+(?:said|told|had|was|who|kept|asked|rang)\b"),
        "suicidal_thoughts",
    ),
]

# "My friend wants to die and honestly so do I."
ME_TOO = rx(
    r"\b(?:so\s+do\s+i|so\s+am\s+i|so\s+have\s+i|so\s+did\s+i|i\s+do\s+too|i\s+am\s+too|i\s+have\s+too|"
    r"i\s+feel\s+the\s+same|"
    r"i\s+feel\s+that\s+way\s+too|same\s+here|same\s+for\s+me|doing\s+it\s+too|do\s+the\s+same|i\s+want\s+to\s+too)\b|"
    r"(?:^|,\s*|\b(?:and|honestly|tbh|lol|but|same)\s+)me\s+too\b"  # "me too" as its own clause, not "scares me too"
)

# "The thoughts came back", "I did it again": the writer's own, when the text has talked about risk.
AGAIN: Final[list[tuple[re.Pattern[str], Flag]]] = [
    (
        rx(
            r"\b(?:thinking|thought|think)\s+(?:about|of)\s+(?:doing\s+it|it)\s+(?:again|too|as\s+well|a\s+lot|"
            r"every\s+day|all\s+the\s+time|constantly)\b"
        ),
        "suicidal_thoughts",
    ),
    (
        rx(
            r"\b(?:urges?|thoughts?|feelings?)\s+(?:are|is|came|come|have\s+come|has\s+come|keep\s+coming|"
            r"(?:has|have)\s+been\s+coming)\s+back\b"
        ),
        "suicidal_thoughts",
    ),
    (
        rx(r"\b(?:did|done|doing|started|starting)\s+it\s+again\b|\b(?:it's|it\s+is)\s+starting\s+again\b"),
        "suicidal_thoughts",
    ),
    (
        rx(
            r"\b(?:i\s+)?still\s+do\b(?!\s+(?:not|love|like|want|care|think|feel|miss|believe|hope|wish|worry|need|is)\b)"
        ),
        "suicidal_thoughts",
    ),
    (rx(r"\bstill\s+(?:get|have|feel)\s+(?:the\s+|those\s+)?(?:urges?|thoughts?)\b"), "suicidal_thoughts"),
]
