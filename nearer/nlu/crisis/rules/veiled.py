"""Veiled risk, built from word classes: means, places, endings said to be final, passive wishes said sideways.

Members rarely name what they mean. They say where the tablets are, that they stood by the edge, that they
want to make it stop for good. Each rule here joins two small classes (a means noun and a gathering, hiding or
keeping verb; a high or fast place and a rehearsal; an ending verb about oneself and "for good"), so a new
wording of the same thing is found without a rule of its own. The same guards as everywhere apply: who it is
about, negation, relationship talk, time.
"""

from __future__ import annotations

from typing import Final

from nearer.nlu.crisis.rules.risk import MED
from nearer.nlu.crisis.vocabulary import Rule, rx

# What a member could use: a medicine (``MED``), a packet of one, or a tool or ligature.
PACKS = r"(?:blister\s+packs?|packets?\s+of\s+(?:\w+\s+)?(?:pills|tablets)|boxes\s+of\s+(?:\w+\s+)?(?:pills|tablets))"
TOOL = r"(?:knife|knives|blade|blades|razor|razors|razor\s+blades?|rope|noose|cord|ligature|belt|gun|shotgun|pistol)"
MEANS = r"(?:" + MED + r"|" + PACKS + r"|" + TOOL + r")"
MEANS_CUE = rx(r"\b" + MEANS + r"\b")
# Somewhere private to keep or hide a means: not the kitchen drawer or the bathroom cabinet.
HIDING_PLACE = (
    r"(?:under|in|inside|behind|beside|next\s+to|by)\s+(?:my|the)\s+(?:pillow|mattress|bed|bedside\s+(?:table|drawer)|"
    r"bedside|sock\s+drawer|wardrobe|pocket|coat\s+pocket|bag|handbag|backpack|rucksack|car|glovebox|glove\s+box|"
    r"locker|room|bedroom|desk\s+drawer|shoebox|shoe\s+box)"
)
# High, deep or fast places: where a method and a place meet.
PLACE = (
    r"(?:car\s+park|multi-?storey|multistory|roof|rooftop|top\s+floor|bridge|viaduct|overpass|cliffs?|cliff\s+(?:path|edge|top)|"
    r"ledge|edge|balcony|platform|tracks|railway|rail\s+line|level\s+crossing|reservoir|river|quarry|lake|pier|"
    r"motorway|dual\s+carriageway|tower\s+block|high\s+rise|high-rise|pier|harbou?r\s+wall|sea\s+wall|stairwell|"
    r"canal|freight|train\s+line|water)"
)
PLACE_CUE = rx(r"\b" + PLACE + r"\b")
# Finality: said of an ending, these make it about the writer's life.
FINAL = r"(?:for\s+good|permanently|forever|for\s+ever|once\s+and\s+for\s+all|for\s+the\s+last\s+time)"
# Verbs of gathering, keeping back, hiding and buying.
GATHER = (
    r"(?:put(?:ting)?|set(?:ting)?|kept|keep(?:ing)?|hold(?:ing)?|held|squirrel(?:l?ed|l?ing)?|tuck(?:ed|ing)?|"
    r"stash(?:ed|ing)?|stor(?:e|ed|ing)|hid(?:den|e|ing)?|sav(?:e|ed|ing))"
)
WHO_ELSE = r"(?:he|she|they|my\s+\w+|his|her|their)"

VEILED: Final[list[Rule]] = [
    # gathering: "putting a few of my pills aside each week", "saving my tablets up"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b" + GATHER + r"\s+(?:a\s+few|some|one|two|a\s+couple|a\s+couple\s+of|the\s+odd\s+one|\w+)?\s*(?:of\s+)?"
            r"(?:my\s+|the\s+|them\s+)?(?:" + MED + r"\s+)?(?:aside|back|by|away|up)\b"
        ),
        subject=True,
        cue=rx(r"\b(?:" + MED + r"|" + PACKS + r")\b"),
        not_after=rx(
            r"\s+(?:for\s+(?:the\s+)?(?:trip|holiday|flight|journey|weekend|travel)|safely|in\s+the\s+(?:bathroom|"
            r"kitchen|cabinet|cupboard|medicine))\b|"
            # a pill organiser, a trip or a far pharmacy, named anywhere after: keeping up a treatment
            r"(?=[^.!?]*\b(?:organi[sz]er|dosette|pill\s*box|\w+day\s+to\s+\w+day\s+box|so\s+i\s+(?:don't|do\s+not)\s+"
            r"(?:forget|miss|run\s+out)|pharmacy\s+is|chemist\s+said|pharmacist\s+said|before\s+i\s+(?:head|fly|go|leave|travel)"
            r"|field\s+(?:station|trip)|for\s+the\s+(?:whole\s+)?(?:trip|fortnight|holiday)))"
        ),
    ),
    # counting and buying until there is enough: "ordered a second pack online so i'd have enough",
    # "counted what's left in the blister packs and it's enough"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:so\s+(?:that\s+)?(?:i'd|i\s+would|i'll|i\s+will|i)\s+(?:have|had|got)|"
            r"(?:and\s+)?(?:it's|its|there's|theres|that's|they're|there\s+are|there\s+is|it\s+is|i've\s+got|i\s+have)|"
            r"(?:now|finally)\s+(?:i\s+)?(?:have|got))\s+"
            r"(?:definitely\s+|more\s+than\s+|probably\s+|finally\s+|easily\s+|just\s+about\s+)?enough\b"
        ),
        subject=True,
        cue=rx(
            r"\b(?:" + MED + r"|" + PACKS + r")\b[^.]*\b(?:count\w*|order\w*|bought|buy\w*|saved|saving|collect\w*|"
            r"stock\w*|second|another|extra|more)\b|"
            r"\b(?:count\w*|order\w*|bought|buy\w*|saved|saving|collect\w*|stock\w*|second|another|extra|more)\b[^.]*\b(?:"
            + MED
            + r"|"
            + PACKS
            + r")\b"
        ),
        not_after=rx(
            r"\s+(?:to\s+(?:last|get\s+(?:me|us)\s+through|cover)|for\s+(?:the|a|my|us|everyone|both|two)|until|left\s+for)\b"
        ),
    ),
    # a means kept or hidden somewhere private: "i keep the knife under my pillow now"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b"
            + GATHER
            + r"\s+(?:a|the|my|some|all\s+(?:the|my))\s+(?:\w+\s+)?"
            + MEANS
            + r"\s+"
            + HIDING_PLACE
            + r"\b"
        ),
        subject=True,
        weak=True,
        alone=True,
    ),
    # fixing on a means: "the tablets are in the drawer and i keep opening it just to look at them"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:just\s+to\s+(?:look\s+at|hold|touch|check\s+on|count)\s+(?:them|it)|"
            r"(?:keep|kept|keeping|can't\s+stop)\s+(?:looking\s+at|checking|touching|holding|counting|getting\s+out|thinking\s+about|"
            r"staring\s+at)\s+(?:them|it|the\s+\w+|using\s+(?:it|them))|"
            r"(?:just\s+)?knowing\s+(?:it's|they're|its|theyre)\s+(?:there|in\s+(?:there|the\s+\w+)))\b"
        ),
        subject=True,
        cue=MEANS_CUE,
        weak=True,
        alone=True,
    ),
    # "just knowing it's there" in a text that names a hidden means in another sentence
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"^\s*(?:and\s+)?(?:just\s+)?knowing\s+(?:it's|they're|its|theyre)\s+(?:there|close|nearby|within\s+reach)\s*$"
        ),
        weak=True,
    ),
    # sitting with a means in hand: "sat there with the razor for an hour"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:sat|sitting|sit|lay|lying|stood|standing|been)\s+(?:there\s+|here\s+|in\s+the\s+\w+\s+|on\s+the\s+\w+\s+)?"
            r"(?:holding|with)\s+(?:a|the|my)\s+(?:\w+\s+)?(?:knife|blade|razor|razor\s+blade|rope|noose|cord|belt|gun|"
            r"(?:" + MED + r"))\b"
        ),
        subject=True,
        not_after=rx(
            r"\s+(?:to\s+|and\s+|so\s+i\s+could\s+)(?:cut|chop|slice|shave|open|trim|peel|cook|make|fix|carve|take\s+one)|"
            r"\s+(?:and\s+a\s+\w+|while)\b"
        ),
    ),
    # rope or a ligature acquired: "i bought rope today"; a cover story for it makes two signs
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:bought|ordered|got|picked\s+up|tied|hid|hidden)\s+(?:some\s+|a\s+length\s+of\s+)?(?:rope|cord|a\s+noose|the\s+noose|a\s+ligature)\b"
        ),
        subject=True,
        weak=True,
        alone=True,
        not_after=rx(
            r"\s+(?:for\s+(?:the|a|my|our)\s+(?:\w+\s+)?(?:tent|boat|swing|garden|camping|climbing|dog|washing|fence|"
            r"shed|trailer|van|move|craft\w*|project|class|gym)|swing|ladder|to\s+(?:tie|hang\s+(?:the|up)|climb|"
            r"secure|make\s+a\s+swing))\b|"
            # (unless someone else's guess: "the man asked if I was doing up a boat" is a cover story)
            r"(?=(?:(?!\b(?:asked|thinks?|thought|assumed?|guessed)\b)[^.!?])*\b(?:dinghy|boat|sail(?:ing|or)?|cleats?|bowline|knots?|climbing|camping|hammock|washing\s+line|"
            r"clothesline|macram\w*|tug\s+toy))"
        ),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:told|tell|said\s+to)\s+(?:\w+\s+){1,6}?(?:it\s+was|it's|they\s+were|they're)\s+for\s+(?:the|my|a)\s+\w+\b"
        ),
        cue=rx(r"\b(?:" + MEANS + r"|hose)\b"),
        weak=True,
    ),
    # car exhaust: a hose from it is preparation or an attempt whatever the tense
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\b(?:hose|hosepipe|tube|pipe)\b[^.]{0,40}?\bexhaust\b|\bexhaust\b(?!\s+(?:pipe|system))[^.]{0,40}?\b(?:hose|hosepipe|tube|pipe)\b"
        ),
        timing="attempt",
        subject=True,
        cue=rx(
            r"\b(?:car|ute|van|truck|suv|ran|run|running|put|taped|attached|into|window|garage|engine|fits|fit|shed)\b"
        ),
        not_after=rx(
            r"\s+(?:fixed|replaced|repaired|clamp|leak\w*|rattl\w*|fell\s+off|was\s+(?:loose|broken|cracked))\b"
        ),
    ),
    # a high or fast place and a rehearsal: "stood by the edge for ages", "let two trains go past"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:(?:just\s+)?(?:looking|staring|stared|looked|peering)\s+(?:down|over\s+the\s+(?:edge|side))|"
            r"working\s+(?:myself\s+)?up\s+to\s+it|(?:let|watched)\s+(?:\w+\s+){0,2}?trains?\s+(?:go\s+|pass\s+)?(?:past|by|through)|"
            r"(?:thinking|thought|think)\s+(?:about|of)\s+(?:just\s+)?(?:jumping|walking\s+in|walking\s+into\s+(?:it|the\s+\w+)|"
            r"stepping\s+(?:off|out|in|forward)|going\s+over|letting\s+go|driving\s+off|climbing\s+over)|"
            r"step(?:ping)?\s+(?:off|out|forward)\s+(?:the\s+(?:platform|edge|ledge|kerb)\s+)?(?:when|as|in\s+front)|"
            r"when\s+the\s+(?:fast|next|express|non-stopping|through)\s+(?:one|train)\s+(?:comes|came|goes|went)\s+(?:through|past)|"
            r"waiting\s+for\s+the\s+barriers\s+to\s+(?:come|go)\s+down)"
        ),
        subject=True,
        cue=PLACE_CUE,
        not_after=rx(
            r"\s+(?:at\s+the\s+(?:view|sea|waves|sunset|city|lights|stars|map|river|water|boats|beach|town|crowd|fireworks)|"
            r"to\s+(?:take|get)\s+a\s+(?:photo|picture))\b"
        ),
        not_before=rx(r"\bwe\s+(?:\w+\s+){0,2}$"),
    ),
    # lingering at an edge: "stood by the edge for ages" (not "stood at the edge of the platform waiting")
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:stood|standing|stand|sat|sitting|leaning|leant|leaned|hung|hanging)\s+(?:\w+\s+){0,3}?(?:by|at|on|near|"
            r"over|off)\s+the\s+(?:very\s+)?(?:edge|ledge|railings?|parapet|barrier)\b"
        ),
        subject=True,
        cue=PLACE_CUE,
        weak=True,
        alone=True,
        not_after=rx(
            r"(?:\s+\w+){0,4}\s+(?:waiting|for\s+the\s+(?:train|bus|tube)|to\s+(?:watch|take|see|get|wave)|and\s+(?:he|she|we|they)|"
            r"with\s+(?:my|our|the|a)\s+\w+)\b|"
            # the edge of a bed or a bath is furniture, not a height
            r"\s+of\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:bed|sofa|couch|bath|bathtub|seat|chair|mattress|desk|table|pool)\b"
        ),
        not_before=rx(r"\bwe\s+(?:\w+\s+){0,2}$"),
    ),
    # a secluded spot: "a spot on the cliff path nobody walks past after dark"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:spot|place|bit|stretch|part|corner)\s+(?:on|by|at|of|near|under|along)\s+(?:the\s+)?(?:\w+\s+)?"
            + PLACE
            + r"\s+(?:where\s+)?(?:nobody|no\s+one|no-one|nobody\s+ever|no\s+one\s+ever)\s+"
            r"(?:walks|goes|comes|would|will|ever|"
            r"can|checks|sees)\b"
        ),
        weak=True,
        alone=True,
    ),
    # not being found in time: "nobody will find me until monday"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:nobody|no\s+one|no-one)\s+(?:will|would|'d|'ll|is\s+going\s+to)\s+(?:find|check\s+on|come\s+looking\s+for)\s+me\s+"
            r"(?:until|for\s+(?:days|a\s+(?:few\s+)?days|hours|a\s+while|ages)|in\s+time|before)\b"
        ),
        weak=True,
        alone=True,
    ),
    # "if i go on the 3rd": going, with a chosen day
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:if|when|once)\s+i\s+(?:go|do\s+it)\s+(?:on|before|after)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|"
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|my\s+birthday)\b"
        ),
        weak=True,
    ),
    # "i know which bridge": a chosen method or place, said as known
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:i\s+know|i've\s+decided|i've\s+worked\s+out|already\s+know)\s+(?:which|what|the)\s+(?:bridge|building|roof|cliff|"
            r"train|tracks|car\s+park|platform|spot|pills|tablets|method|way|place)\s*$"
        ),
        weak=True,
        alone=True,
    ),
    # a date, and relief at knowing when: "i have a date now. it's weirdly calming to know when"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:calming|calm|a\s+relief|peaceful|comforting|reassuring|soothing)\s+to\s+(?:finally\s+)?(?:know|have\s+decided|"
            r"have\s+picked)\s+(?:when|how|the\s+date|the\s+day|that\s+it\s+(?:ends|will\s+end))\s*$"
        ),
        subject=True,
        weak=True,
        alone=True,
    ),
    Rule(
        "plan_or_preparation", "urgent", rx(r"^\s*i\s+(?:have|'ve\s+got|'ve\s+set|set)\s+a\s+date\s+now\s*$"), weak=True
    ),
    # rehearsing it, and what would be left behind: "what i'd leave on the seat"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bwhat\s+(?:i'd|i\s+would|i'll|i\s+will|to)\s+leave\s+(?:on\s+the\s+(?:seat|bed|table|side)|behind|for\s+(?:them|everyone|my\s+\w+))\b"
        ),
        weak=True,
        not_after=rx(r"\s+(?:at|in)\s+the\s+(?:office|party|wedding|hotel)\b"),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:rehears\w*|replay\w*|playing|run(?:ning)?\s+through)\s+it\s+(?:over\s+)?in\s+my\s+head\b"),
        weak=True,
        cue=rx(r"\bwhere\s+i'd\b|\bwhat\s+i'd\s+leave\b|\bhow\s+i'd\b"),
    ),
    # the note, named as the note: "i've written the note", "dear whoever reads this"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:written|wrote|finished|hidden|hid)\s+the\s+(?:note|letter|letters|notes)\s*$"),
        subject=True,
        weak=True,
        alone=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:dear|to)\s+whoever\s+(?:reads|finds|is\s+reading)\s+this\b|\bwhoever\s+finds\s+(?:this|me)\b"),
        weak=True,
        alone=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:none\s+of\s+(?:it|this)|it)\s+(?:was|is)\s+(?:ever\s+)?(?:never\s+|not\s+)?(?:ever\s+)?your\s+fault\b"
        ),
        weak=True,
    ),
    # letters to two or more of the family, without an occasion
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:wrote|written|writing|left)\s+(?:\w+\s+)?letters\s+(?:for|to)\s+(?:my\s+)?\w+\s+and\s+(?:my\s+)?\w+\b"
        ),
        weak=True,
        alone=True,
        not_after=rx(r"\s+(?:for\s+(?:their|his|her|the|christmas|birthday)|thanking|about\s+the|to\s+say\s+thank)\b"),
    ),
    # things sorted before a date: "feels right to have things sorted before the 14th"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:have|get|got|getting|having|want|need|wanted|needed)\s+(?:things|everything|it\s+all|my\s+affairs|my\s+stuff)\s+(?:sorted|in\s+order|"
            r"tied\s+up|tidied\s+up|ready)\s+(?:before|by)\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)?|(?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday)|the\s+weekend|tonight|my\s+birthday|the\s+end\s+of\s+the\s+(?:week|month))\s*$"
        ),
        weak=True,
    ),
    # passwords written down or left, and papers left with a will
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:wrote|written|writing|left|sent|gave)\s+(?:all\s+)?my\s+(?:passwords|pins?|logins|bank\s+details)\s+"
            r"(?:down\s+)?(?:for|to|with)\b|\b(?:left|put)\s+(?:them|it|everything)\s+(?:with|next\s+to)\s+(?:the|my)\s+will\b"
        ),
        weak=True,
    ),
    # giving belongings to named people: "gave my guitar to my cousin"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:gave|given|giving|give)\s+(?:away\s+)?(?:all\s+)?my\s+(?:favourite\s+|favorite\s+|good\s+)?(?:guitar|books|plants|"
            r"clothes|jewellery|jewelry|records|vinyl|games|console|ps5|xbox|bike|camera|laptop|paints|art\s+stuff|"
            r"watch|rings?|necklace|cat|dog|fish|hamster|collection)\s+(?:away\s+)?to\s+(?:my\s+)?\w+"
        ),
        weak=True,
        everyday=True,
        not_after=rx(
            r"(?:\s+\w+){0,3}?\s+(?:for\s+(?:the|a|their|his|her)\s+(?:weekend|week|day|holiday|birthday|trip)|to\s+(?:mind|look\s+after|"
            r"borrow|fix)|before\s+(?:i|we)\s+(?:move|go|leave|emigrate)|because\s+(?:i'm|we're)\s+(?:moving|downsizing)|"
            r"(?:since|as)\s+(?:i'm|we're)\s+moving)\b"
        ),
    ),
    # an ending verb about oneself, said to be final: "make it stop for good", "sort myself out permanently"
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(
            r"\b(?:make\s+(?:it|everything|this|it\s+all|the\s+(?:pain|noise|thoughts|voices|hurting))\s+(?:all\s+)?stop|"
            r"sort\s+myself\s+out|finish\s+myself(?:\s+off)?|end\s+myself|switch\s+(?:myself\s+)?off|"
            r"put\s+an\s+end\s+to\s+(?:myself|me|my\s+life)|go\s+to\s+sleep|fall\s+asleep)\s+" + FINAL + r"\b"
        ),
        subject=True,
        everyday=True,
        not_after=rx(r"\s+(?:with|from|at|in|on)\b|\s+(?:smoking|drinking|vaping)\b"),
    ),
    Rule(
        "suicidal_thoughts",
        "concern",
        rx(
            r"\b(?:finish\s+(?:it|things|everything|it\s+all)|end\s+(?:it|things|this|everything)|check\s+out|"
            r"get\s+it\s+over\s+with|be\s+done)\s+" + FINAL + r"\b"
        ),
        subject=True,
        everyday=True,
        not_after=rx(r"\s+(?:with|from|at|in|on|between)\b|\s+(?:smoking|drinking|vaping)\b"),
    ),
    # "going to finish it tonight, i mean it this time": an ending, a time and resolve
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(
            r"\b(?:going\s+to|will|i'll|i'm\s+going\s+to|gonna|ready\s+to)\s+(?:finish|end|do)\s+it\s+(?:tonight|today|tomorrow|"
            r"this\s+weekend|now)\b(?=.*\b(?:i\s+mean\s+it|for\s+real|this\s+time|no\s+going\s+back|i've\s+decided))"
        ),
        subject=True,
        everyday=True,
    ),
    # "i've got the means to do it"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:got|have|found|bought|get|getting|has)\s+(?:the|all\s+the)\s+means(?:\s+to\s+(?:do\s+it|end\s+it|die))?\b"
        ),
        subject=True,
        not_after=rx(r"\s+(?:to\s+(?:pay|buy|afford|move|travel|live|leave\s+(?:him|her|them))|of)\b"),
    ),
    # taking everything there is: "gonna take everything in the cupboard tonight"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:take|taking|swallow|swallowing|down|downing)\s+(?:everything|all\s+of\s+it|whatever(?:'s|\s+is)\s+(?:left\s+)?)\s+"
            r"(?:in|from|left\s+in)\s+(?:the|my)\s+(?:cupboard|cabinet|medicine\s+\w+|bathroom\s+\w+|first\s+aid\s+\w+|drawer|"
            r"blister\s+packs?|box|packet)\b(?!\s+(?:to|out|with|down|up|apart|back|for|round|over)\b)"
        ),
        subject=True,
    ),
    # took a large amount recently: "i took a load of paracetamol on sunday"
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\b(?:took|swallowed|taken|downed)\s+(?:a\s+load\s+of|a\s+lot\s+of|lots\s+of|a\s+heap\s+of|a\s+pile\s+of|"
            r"a\s+handful\s+of|(?:the|a)\s+(?:whole|full|entire)\s+(?:strip|box|packet|pack|bottle|blister\s+pack|tub)\s+of|"
            r"every\s+one\s+of\s+my|(?:\d{2,}|twenty|thirty|forty|fifty)\s+(?:of\s+(?:my|the)\s+)?)\s*"
            r"(?:(?:my|the)\s+(?:\w+'s\s+)?)?(?:\w+\s+)?" + MED + r"\b"
        ),
        timing="attempt",
        subject=True,
        not_after=rx(
            r"\s+(?:for|because\s+of|over\s+the\s+(?:week|month|year))\s*(?:my|a|the|this)?\s*(?:hangover|headache|migraine|"
            r"period|back|tooth\w*|cold|flu|fever|cramps|pain|week|month|year)?\b|\s+(?:over|across)\s+the\b"
        ),
    ),
    # a failed attempt told through the means: "tried to do it on friday but the cord snapped"
    Rule(
        "recent_attempt",
        "urgent",
        rx(r"\b(?:tried|attempted|went\s+to)\s+(?:to\s+)?(?:do\s+it|go\s+through\s+with\s+it)\b"),
        timing="attempt",
        subject=True,
        cue=rx(
            r"\b(?:cord|rope|belt|noose|ligature|knot|pills|tablets|meds)\b[^.]*\b(?:snapped|broke|gave\s+way|slipped|didn't\s+work|"
            r"came\s+up|threw\s+up)\b|\b(?:snapped|broke|gave\s+way)\b|\bwoke\s+up\s+in\b|\b(?:found|stopped)\s+me\b"
        ),
    ),
    # "they pumped my stomach": an overdose in all but name
    Rule(
        "recent_attempt",
        "urgent",
        rx(r"\b(?:pumped\s+my\s+stomach|(?:had|got)\s+my\s+stomach\s+pumped)\b"),
        timing="attempt",
    ),
    # "not sure how i feel about still being here", "gutted i'm still alive"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:not\s+sure|don't\s+know)\s+how\s+i\s+feel\s+about\s+(?:still\s+)?being\s+(?:here|alive|around)\b|"
            r"\b(?:disappointed|gutted|annoyed|angry|upset|sad|sorry|frustrated)\s+(?:that\s+)?(?:i'm|i\s+am|i\s+was|to\s+be)\s+"
            r"still\s+(?:here|alive|breathing)\b|\b(?:disappointed|gutted|annoyed|angry|upset)\s+(?:that\s+)?i\s+woke\s+up\b"
        ),
        not_after=rx(r"\s+(?:at(?!\s+all)|in|with|doing|working|on|after|for|waiting)\b"),
    ),
    # method research: "reading about what happens when you take too many", "how high ... so you don't survive"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:read(?:ing)?|look(?:ed|ing)?\s+up|googl\w*|search\w*|research\w*|found\s+out|find\s+out|finding\s+out|"
            r"work(?:ed|ing)?\s+out|check(?:ed|ing)?|watch(?:ed|ing)?\s+videos)\s+(?:about\s+|up\s+on\s+|into\s+)?"
            r"(?:\w+\s+){0,10}?(?:(?:take|taking|took)\s+too\s+(?:many|much)|overdos\w*|(?:are|is)\s+(?:dangerous|lethal|deadly|"
            r"fatal)\s+(?:together|if\s+you\s+mix|to\s+mix|in\s+combination)|(?:lethal|fatal|deadly)\s+(?:dose|amount|combination))\b"
        ),
        subject=True,
        not_after=rx(
            r"\s+(?:for\s+(?:my|a|the)\s+(?:essay|course|class|exam|job|shift|patients?)|in\s+(?:kids|children|dogs|cats))\b"
        ),
        cue=rx(r"\b(?:i'm\s+on|my|i\s+have|i've\s+got|i\s+take|mine)\b"),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bhow\s+(?:high|tall|far|deep|fast|many|much|long)\s+(?:\w+\s+){0,8}?(?:so|so\s+that|to\s+make\s+sure|for|before|until)\s+"
            r"(?:you|i|one|a\s+person|someone)\s+(?:don't|won't|wouldn't|do\s+not|can't|cannot)\s+(?:survive|wake\s+up|make\s+it)\b"
        ),
        timing="fixed",
    ),
    # future absence with acceptance: "i don't think i'll be around after this weekend and i'm at peace with that"
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(
            r"\b(?:won't|will\s+not|not\s+going\s+to|don't\s+think\s+i'll|don't\s+think\s+i\s+will|not\s+planning\s+(?:to|on)|"
            r"don't\s+plan\s+(?:to|on))\s+(?:be|being)\s+(?:around|here|alive)\s+(?:after|past|by|beyond|for|at)\s+"
            r"(?:this|next|the|tonight|tomorrow|christmas|new\s+year|my\s+birthday|\w+day)\b"
        ),
        subject=True,
        cue=rx(
            r"\b(?:at\s+peace|okay\s+with|ok\s+with|fine\s+with|ready|relieved|goodbye|sorry|for\s+good|can't\s+tell|"
            r"haven't\s+told|not\s+telling|nobody\s+knows)\b"
        ),
    ),
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(
            r"\b(?:can't|cannot|couldn't|won't|haven't|don't\s+want\s+to)\s+tell\s+(?:her|him|them|anyone|my\s+\w+)\s+(?:that\s+)?"
            r"i'm\s+(?:not\s+(?:planning|going)\s+(?:to|on)\s+(?:be|being)|not\s+going\s+to\s+be)\s+(?:here|around|alive)\b"
        ),
    ),
    # the bare verb of self-harm with the subject dropped, as texts do: "cut again last night", also
    # after a colon ("what I did: cut again", "don't flag this: cut again tonight"), but never a haircut
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"(?:^|[:;])\s*(?:and\s+)?(?:cut|burned|burnt|self-harmed|self\s+harmed|hurt\s+myself|relapsed)\s+(?:again|last\s+night|"
            r"tonight|today|this\s+(?:morning|evening)|earlier|deeper)\b"
        ),
        not_before=rx(r"\b(?:hair|haircut|fringe|bangs|beard|nails|lawn|grass|hedge)\b"),
    ),
    # hitting or scratching until the body shows it: "punching the wall till my knuckles split"
    # (concern, as the red team has it)
    Rule(
        "self_harm",
        "concern",
        rx(
            r"\b(?:scratch\w*|pick\w*|bit(?:e|ing|ten)?|hit\w*|punch\w*|pinch\w*|bang\w*|slam\w*|smash\w*|dig\w*|claw\w*|rubb\w*|"
            r"headbutt\w*|head-butt\w*)\s+"
            r"(?:my\s+\w+|myself|walls?|the\s+wall|the\s+door|my\s+head)\s+(?:\w+\s+){0,6}?until\s+(?:they|it|i|my\s+\w+)\s+"
            r"(?:bleed|bled|bruise|bruised|split|swelled|swell|swollen|cracked|went\s+numb|saw\s+stars|see\s+stars|"
            r"(?:was|were)\s+(?:raw|bleeding|bruised))\b|"
            r"\b(?:scratch\w*|pick\w*|rubb\w*|bit|bitten|clawed)\s+(?:my\s+\w+|myself)\s+raw\b"
        ),
        subject=True,
        not_after=rx(r"\s+(?:by\s+accident|playing|at\s+(?:training|football|rugby|the\s+gym|boxing))\b"),
    ),
    Rule(
        "self_harm",
        "concern",
        rx(
            r"\b(?:cut\w*|burn\w*|hit\w*|punch\w*|scratch\w*|hurt\w*|starv\w*)\b[^.]{0,60}?\bthe\s+only\s+thing\s+that\s+(?:helps|works|"
            r"calms\s+me|makes\s+it\s+stop|stops\s+it)\b"
        ),
        subject=True,
        cue=rx(r"\b(?:myself|my\s+(?:arms?|legs?|wrists?|skin|knuckles|hands?|head|thighs?)|the\s+wall|walls)\b"),
    ),
    # passive wishes said sideways
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\bif\s+(?:a|the|some)\s+(?:\w+\s+)?(?:bus|car|train|lorry|truck|van|tram)\s+(?:took\s+me\s+out|hit\s+me|knocked\s+me\s+down|"
            r"ran\s+me\s+over|killed\s+me|got\s+me)\b|\bif\s+something\s+(?:happened\s+to\s+me|killed\s+me|took\s+me)\b|"
            r"\bif\s+i\s+(?:got\s+(?:hit|run\s+over|killed)|died|didn't\s+wake\s+up|never\s+woke\s+up|just\s+stopped)\b"
        ),
        cue=rx(
            r"\b(?:wouldn't|would\s+not|don't\s+think\s+i'd|won't|honestly\s+wouldn't|not\s+sure\s+i'd)\s+(?:really\s+|even\s+|much\s+)?(?:mind|care)\b|"
            r"\b(?:would|it'd|it\s+would)\s+(?:honestly\s+|really\s+|probably\s+|just\s+)?be\s+(?:a\s+relief|fine|okay|ok|easier|"
            r"for\s+the\s+best)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:get|move|carry)\s+on\s+with\s+(?:their|his|her|our)\s+lives?\s+without\s+me\b(?!\s+(?:while|for|when|on|at|this))|"
            r"\bwithout\s+me\s+(?:in\s+the\s+way|dragging\s+(?:\w+\s+)?down|holding\s+(?:\w+\s+)?back|taking\s+up\s+space|"
            r"to\s+(?:worry\s+about|deal\s+with|look\s+after|drag\s+\w+\s+down))\b"
        ),
        not_before=rx(r"\b(?:he|she|they|my\s+\w+)\s+(?:said|says|thinks|feels)\s+(?:that\s+)?(?:\w+\s+){0,4}$"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:tired|sick|exhausted|weary|done)\s+(?:of|with)\s+(?:\w+\s+)?being\s+(?:a\s+)?(?:person|human|a\s+human\s+being|alive\s+at\s+all)\s*$"
        ),
        subject=True,
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:stopped|stop|struggling\s+to|can't\s+really|no\s+longer)\s+(?:seeing|see|find(?:ing)?)\s+(?:the|a|any)\s+"
            r"(?:point|reason)\s+(?:of|in|to|for)\s+(?:carrying\s+on|going\s+on|living|being\s+alive|life|existing|keeping\s+going|"
            r"staying|any\s+of\s+it)\b"
        ),
        everyday=True,
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:waiting|killing\s+time|passing\s+time|biding\s+my\s+time|counting\s+down|marking\s+time)\s+(?:\w+\s+){0,3}?"
            r"(?:until|for)\s+(?:i\s+die|i'm\s+dead|it's\s+over|the\s+end|my\s+time\s+(?:is\s+up|runs\s+out))\b"
        ),
        subject=True,
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:hope|hoping|wish|wishing|pray|praying)\s+(?:that\s+)?i\s+(?:get|got|would\s+get)\s+(?:really\s+|seriously\s+|"
            r"properly\s+)?(?:sick|ill|cancer|something\s+\w+)\s+and\s+(?:it's|it\s+is|it'll\s+be|that's|it's\s+all)\s+(?:all\s+)?over\b|"
            r"\b(?:hope|hoping|wish|wishing|pray|praying)\s+(?:that\s+)?i\s+(?:get|got)\s+(?:\w+\s+)?(?:sick|ill)\s+and\s+"
            r"(?:don't|never|not|won't)\s+(?:recover|get\s+better|wake\s+up)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:don't|do\s+not|can't|cannot)\s+(?:see|picture|imagine)\s+myself\s+(?:making\s+it|getting|living|lasting)\s+"
            r"(?:to|past|until|beyond)\s+(?:\d{2}|thirty|forty|twenty|my\s+(?:next\s+)?(?:\w+\s+)?birthday|next\s+year|"
            r"the\s+end\s+of\s+(?:the|this)\s+year|christmas|the\s+summer|old\s+age)\b"
        ),
        not_after=rx(r"\s+(?:at|in|with|as)\s+(?:this|the|that|my)\s+(?:job|company|place|course|flat|team|uni)\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:fine|okay|ok|better|easier|a\s+relief|peaceful|simpler|best)\s+if\s+i\s+(?:just\s+|simply\s+)?(?:stopped|ended|went|"
            r"wasn't|weren't)\s*$"
        ),
        subject=True,
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:being\s+alive|existing|staying\s+alive|living|life)\s+(?:feels|is|has\s+become|seems)\s+(?:like\s+)?(?:a|an)\s+"
            r"(?:\w+\s+)?(?:job|chore|sentence|punishment|prison|trap|burden|endurance\s+test|obligation)\s+(?:i\s+(?:never|didn't)|"
            r"i\s+can't|that\s+never\s+ends|i'm\s+stuck)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:a\s+)?burden\s+(?:to|on|for)\s+(?:literally\s+|just\s+|basically\s+|honestly\s+)?(?:everyone|everybody|all\s+of\s+them|"
            r"the\s+people\s+(?:i\s+love|around\s+me)|my\s+(?:whole\s+)?family)\b"
        ),
        subject=True,
        not_after=rx(r"\s+(?:when|if|by|with)\s+(?:i\s+)?(?:ask|asking|need|needing|borrow|getting\s+a\s+lift)\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:doing|do|did)\s+(?:everyone|everybody|my\s+(?:family|parents|kids|friends)|the\s+world|them\s+all|all\s+of\s+them)\s+"
            r"a\s+(?:favou?r|kindness|service)\s+(?:by|if\s+i)\s+(?:not\s+being\s+(?:here|around|in\s+the\s+picture|alive)|"
            r"disappear\w*|dying|died|not\s+existing|being\s+gone|going|wasn't\s+(?:here|around))\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:pray|praying|prayed|hope|hoping|wish|wishing)\s+(?:that\s+)?(?:god|the\s+universe|something|someone|death)\s+"
            r"(?:would\s+|will\s+|could\s+)?(?:just\s+)?(?:takes?|took)\s+me\b(?!\s+(?:to|with|through|back|by|out\s+(?:for|to)))"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:stopped|stop|don't\s+(?:really\s+)?|no\s+longer|barely)\s*car(?:ing|e)\s+(?:if|whether)\s+i\s+(?:wake\s+up|live|die|"
            r"make\s+it|survive|get\s+hit|am\s+alive|'m\s+alive)\b"
        ),
    ),
]

# Means and places named in one sentence and acted on in the next: the text names one, the rule reads the other.
MEANS_OR_PLACE = rx(r"\b(?:" + MEANS + r"|" + PLACE + r"|engine|exhaust|hose)\b")
MORE: Final[list[Rule]] = [
    # an aborted or rehearsed attempt: "stayed till dark trying to make myself do it", "lost my nerve"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:(?:trying|tried|try|couldn't|can't|could\s+not|didn't)\s+(?:to\s+)?(?:make|get|bring)\s+myself\s+(?:to\s+)?"
            r"(?:do\s+it|go\s+through\s+with\s+it|jump|step\s+(?:off|out|forward))|working\s+(?:myself\s+)?up\s+to\s+it|"
            r"(?:lost|losing)\s+my\s+nerve|bottled\s+it|chickened\s+out|(?:so|really|this)\s+close\s+to\s+(?:doing\s+it|"
            r"going\s+through\s+with\s+it|jumping))\b"
        ),
        subject=True,
        text_cue=MEANS_OR_PLACE,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:so|really|this|very)\s+close\s+to\s+(?:doing\s+it|going\s+through\s+with\s+it)\b"),
        subject=True,
        weak=True,
        alone=True,
    ),
    # a means at hand: "the knife is right here"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:the|my)\s+(?:knife|blade|blades|razor|pills|tablets|meds|rope|belt|noose|cord|gun)\s+(?:is|are)\s+"
            r"(?:right\s+)?(?:here|next\s+to\s+me|beside\s+me|in\s+my\s+hand|in\s+front\s+of\s+me|on\s+my\s+lap|within\s+reach)\b"
        ),
        weak=True,
        alone=True,
    ),
    # hoarding the dose: "collecting the pills they give me instead of taking them"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:saving|saved|stockpiling|hoarding|collecting|collected|stashing|stashed|keeping|kept|hiding|hid)\s+(?:up\s+)?"
            r"(?:the|all\s+the|a\s+few\s+of\s+the|some\s+of\s+the)\s+(?:\w+\s+)?" + MED + r"\b|"
            r"\b(?:instead\s+of|rather\s+than)\s+(?:taking|swallowing)\s+(?:them|it|my\s+\w+)\b"
        ),
        subject=True,
        cue=rx(r"\b(?:" + MED + r"|" + PACKS + r")\b"),
        not_after=rx(
            r"\s+(?:for\s+(?:the|a|my)\s+(?:trip|holiday|flight|journey)|in\s+the\s+(?:cabinet|cupboard|kitchen|bathroom))\b"
        ),
    ),
    # buying past the limits: "bought two more boxes from different shops so they wouldn't stop me"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:from|at|in)\s+(?:different|separate|two|three|several|a\s+few)\s+(?:shops|pharmacies|chemists|places|supermarkets|"
            r"stores)\b|\bso\s+(?:they|nobody|no\s+one|the\s+\w+)\s+(?:wouldn't|won't|couldn't|didn't|would\s+not)\s+"
            r"(?:stop|ask|question|notice|refuse)\s+me\b"
        ),
        cue=rx(r"\b(?:" + MED + r"|" + PACKS + r"|boxes|packs|packets)\b"),
    ),
    # a quiet place and its timetable: "a quiet bit of the railway", "i know the times the freight goes through"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:quiet|secluded|hidden|empty|isolated|dark)\s+(?:bit|spot|stretch|part|place|corner|section)\s+(?:of|on|by|near|along|under)\s+"
            r"(?:the\s+)?(?:\w+\s+)?" + PLACE + r"\b"
        ),
        subject=True,
        weak=True,
        alone=True,
        not_after=rx(
            r"(?:\s+\w+){0,4}\s+(?:to\s+(?:read|fish|swim|picnic|sit|eat|study|walk\s+the\s+dog|paint)|for\s+(?:a|the|our)\s+"
            r"(?:picnic|swim|date|walk|run|photo\w*))\b"
        ),
        not_before=rx(r"\bwe\s+(?:\w+\s+){0,2}$"),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bknow\s+(?:exactly\s+)?(?:the\s+times?|when|what\s+time)\s+the\s+(?:\w+\s+)?(?:freight|express|fast\s+(?:one|train)|"
            r"non-stopping\s+\w+|last\s+train|trains?)\s+(?:goes|go|comes|come|passes|pass|runs|run)\s+(?:through|past|by)\b"
        ),
        weak=True,
    ),
    # going to a high place with everything packed: "going up to the quarry after work"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:going|heading|walking|driving|get(?:ting)?\s+the\s+(?:train|bus))\s+(?:up\s+|down\s+|out\s+|back\s+)?to\s+the\s+"
            r"(?:quarry|cliffs?|bridge|viaduct|multi-?storey|top\s+floor|roof|tracks|railway|reservoir|pier|cliff\s+path|level\s+crossing)\b"
        ),
        subject=True,
        weak=True,
        not_before=rx(r"\bwe\s+(?:\w+\s+){0,3}$"),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:packed|got|brought|have|bought)\s+(?:with\s+)?everything\s+i\s+need(?:ed)?\s*(?:$|and\b)"),
        weak=True,
    ),
    # "working out if it's high enough": a measure of a place or means
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:if|whether)\s+(?:it's|it\s+is|it\s+would\s+be|it'd\s+be|that's|they're|they\s+are|the\s+\w+\s+is)\s+"
            r"(?:high|tall|deep|strong|fast|long|enough)\s+(?:enough)?\b"
        ),
        subject=True,
        text_cue=MEANS_OR_PLACE,
        cue=rx(r"\b(?:looking|look|looked|working\s+out|worked\s+out|check\w*|test\w*|wonder\w*|measur\w*)\b"),
        not_after=rx(r"\s+(?:for|to\s+(?:fit|get|clear|hold|reach|take))\b"),
    ),
    # the tallest place near me: "googled the tallest buildings near me you can get onto the roof of"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:googl\w*|look(?:ed|ing)?\s+up|search\w*|research\w*|find(?:ing)?|found)\s+(?:\w+\s+){0,3}?(?:tallest|highest|"
            r"tall|high)\s+(?:\w+\s+)?(?:buildings?|bridges?|car\s+parks?|cliffs?|drops?|towers?|roofs?)\s+(?:near\s+me|nearby|"
            r"around\s+here|round\s+here|in\s+my\s+(?:town|area|city)|(?:that\s+)?you\s+can\s+(?:get|go|climb)\s+(?:onto|on|up))\b"
        ),
        subject=True,
    ),
    # which medicines are strongest together
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:which|what)\s+(?:of\s+(?:my|the)\s+)?(?:\w+\s+)?"
            + MED
            + r"\s+(?:\w+\s+){0,5}?(?:would\s+be|are|is|would\s+do)\s+"
            r"(?:the\s+)?(?:strongest|most\s+dangerous|deadliest|most\s+lethal|worst|most\s+toxic|most\s+damage)\s+"
            r"(?:together|combined|mixed|at\s+once|in\s+one\s+go)\b"
        ),
        subject=True,
    ),
    # car engine in a closed garage
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\bgarage\b[^.]{0,40}?\bengine\s+(?:running|on)\b|\bengine\s+running\b[^.]{0,30}?\b(?:in|inside)\s+the\s+garage\b"
        ),
        timing="attempt",
        subject=True,
    ),
    # a list of who gets what, a pet promised to someone
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:list|note|decided|sorted|worked\s+out|written\s+down|wrote\s+down)\s+(?:of\s+)?who\s+(?:gets|will\s+get|should\s+get|has)\s+what\b"
        ),
        weak=True,
        alone=True,
        not_before=rx(r"\b(?:we|us|our|ex|divorce|breakup|break-up|split|separation|solicitor)\b[^.]*$"),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"^\s*(?:and\s+)?(?:the|my)\s+(?:dog|cat|pets?|rabbit|hamster|fish|kids?)\s+(?:goes|go|will\s+go|should\s+go|can\s+go)\s+to\s+(?:my\s+)?\w+"
        ),
        weak=True,
        not_after=rx(r"(?:\s+\w+){0,3}\s+(?:while|when|for\s+the|at\s+the\s+weekend|on\s+(?:weekends|holiday))\b"),
    ),
    # pets and the door seen to: "made sure the cat has food for a week and left the back door open"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:made\s+sure|sorted|arranged|checked)\s+(?:that\s+)?(?:the|my)\s+(?:cat|dog|pets?|fish|rabbit)\s+(?:has|have|will\s+have|"
            r"gets?|is|are)\s+(?:\w+\s+){0,3}(?:food|fed|looked\s+after|someone)\b(?![^.]*\b(?:holiday|trip|away|flight|festival|"
            r"conference|visit\w*|wedding|hospital\s+appointment)\b)"
        ),
        weak=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bleft\s+the\s+(?:back\s+|front\s+)?door\s+(?:open|unlocked)\s+(?:for|so)\s+(?:my\s+)?\w+"
            r"(?![^.]*\b(?:holiday|trip|away|flight|parcel|delivery|plumber|cleaner|cat|dog|gets?\s+home)\b)"
        ),
        weak=True,
    ),
    # a cover story: "people think i'm decluttering", "told the guy it was for the garden" (above)
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:people|everyone|they|my\s+\w+)\s+(?:think|thinks|assume|assumes)\s+i'm\s+(?:just\s+)?(?:decluttering|clearing\s+out|"
            r"having\s+a\s+clear\s+out|moving|tidying|having\s+a\s+sort\s+out)\b"
        ),
        weak=True,
    ),
    # calm at a decision: "tonight's the night i think. i'm calm about it"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:i'm|i\s+am|i\s+feel|feeling)\s+(?:so\s+|weirdly\s+|strangely\s+|oddly\s+|really\s+|very\s+)?(?:calm|at\s+peace|peaceful|"
            r"relieved)\s+(?:about|with)\s+(?:it|this|the\s+decision|my\s+decision|that)\s*$"
        ),
        weak=True,
    ),
    # "i don't want to be saved this time"
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(
            r"\b(?:don't|do\s+not)\s+want\s+(?:to\s+be|anyone\s+to|you\s+to|them\s+to)\s+(?:saved|rescued|found|stopped|revived|"
            r"resuscitated|save\s+me|find\s+me|stop\s+me)\s+(?:this\s+time|again|anymore|any\s+more)\b|"
            r"\b(?:don't|do\s+not)\s+want\s+to\s+be\s+(?:saved|rescued|revived|resuscitated)\s*$"
        ),
        subject=True,
        not_after=rx(r"\s+(?:by|from|in|at)\b"),
    ),
    # self-harm with an object and a result, or on purpose
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:hit\w*|beat\w*|slap\w*|whack\w*|bash\w*|slam\w*|bang\w*|smash\w*|trap\w*|crush\w*|scald\w*|burn\w*)\s+"
            r"(?:myself|my\s+(?:own\s+)?\w+)\s+(?:\w+\s+){0,5}?(?:on\s+purpose|deliberately|intentionally|until\s+(?:it|they|i)\s+"
            r"(?:go|goes|went|turn|turns|turned|bleed|bled|bruise|bruised)|to\s+(?:feel|punish|cope|calm))\b|"
            r"\b(?:hit\w*|beat\w*|whack\w*|bash\w*|burn\w*)\s+(?:myself|my\s+(?:thighs?|arms?|legs?|stomach|wrists?|chest|head|face|"
            r"hands?))\s+with\s+(?:a|the|my)\s+\w+"
        ),
        subject=True,
        not_after=rx(r"(?:\s+\w+){0,4}\s+(?:by\s+accident|accidentally|while|when\s+i\s+(?:fell|tripped|slipped))\b"),
        not_before=rx(r"\baccidentally\s+$"),
    ),
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:carv\w*|cut\w*|scratch\w*|etch\w*|wrote|writing|burn\w*)\s+(?:\w+\s+){0,3}?into\s+my\s+(?:own\s+)?(?:arms?|wrists?|legs?|"
            r"thighs?|skin|stomach|hips?|hands?|chest|ankles?)\b"
        ),
        subject=True,
    ),
    Rule(
        "self_harm",
        "concern",
        rx(
            r"\bpunish\w*\s+(?:myself|my\s+body)\s+(?:with|by)\s+(?:\w+\s+)?(?:exercise|exercising|running|starving|not\s+eating|"
            r"food|cold|pain|hurting|cutting|burning|hitting)\b|"
            r"\buntil\s+i\s+(?:nearly\s+|almost\s+)?(?:faint|fainted|pass\s+out|passed\s+out|collapse|collapsed)\b"
        ),
        subject=True,
        cue=rx(r"\b(?:eat|eating|ate|food|starv\w*|exercis\w*|run|running|punish\w*|myself)\b"),
        also=("eating",),
    ),
    # passive wishes said sideways
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:everyone's|everybody's|my\s+family's|their|the\s+world's|people's)\s+lives?\s+(?:would|'d|will)\s+be\s+"
            r"(?:so\s+|much\s+|a\s+lot\s+|way\s+)?(?:simpler|easier|better|lighter|calmer|happier)\s+if\s+i\s+(?:wasn't|weren't|"
            r"was\s+not|were\s+not)\s+(?:in\s+(?:them|it)|around|here|alive)\b|"
            r"\b(?:everyone|everybody|people|they|my\s+\w+|the\s+world|it|things|life)\s+(?:would|'d|will)\s+(?:\w+\s+){0,2}?"
            r"(?:cope|manage|do|be|get\s+on|function|run)\s+(?:so\s+|much\s+|a\s+lot\s+|way\s+)?(?:better|easier|fine|happier|"
            r"calmer|simpler|smoother)\s+(?:\w+\s+){0,2}?if\s+i\s+(?:wasn't|weren't|was\s+not|were\s+not)\s+(?:around|here|alive|"
            r"in\s+the\s+picture)\b"
        ),
        not_after=rx(
            r"\s+(?:for\s+(?:a|the|this|one)|at|this\s+(?:weekend|week)|on\s+(?:holiday|a\s+trip)|tonight|next|tomorrow)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:don't|can't|cannot|do\s+not)\s+(?:really\s+)?see\s+(?:a|any)\s+future(?:\s+(?:for\s+me|anymore|any\s+more|at\s+all))?\s*$|"
            r"\bstopped\s+(?:making\s+plans|planning\s+anything|planning)\s+(?:past|beyond|after|for\s+after)\s+(?:next|this|the\s+end\s+of)\s+"
            r"(?:week|month|year|weekend)\b"
        ),
        subject=True,
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:wish\w*|hop\w*|pray\w*)\s+(?:that\s+)?my\s+(?:heart|breathing|body|lungs)\s+would\s+(?:just\s+)?(?:stop|give\s+out|"
            r"give\s+up|fail|stop\s+beating)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:think\w*|thought|fantasi[sz]\w*|dream\w*|daydream\w*|imagin\w*|want\w*\s+to|wish\w*\s+i\s+could)\s+(?:about\s+|of\s+)?"
            r"(?:just\s+)?(?:fading\s+(?:out|away)|fade\s+(?:out|away)|slipping\s+away|slip\s+away|drifting\s+off\s+for\s+good|"
            r"switching\s+off\s+for\s+good)\b"
        ),
        subject=True,
        not_after=rx(r"\s+(?:from|of|into|in|at|on|with)\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:nobody|no\s+one|no-one)\s+would\s+(?:have\s+to|need\s+to)\s+(?:deal\s+with|put\s+up\s+with|worry\s+about|look\s+after)\s+me"
            r"(?:\s+(?:anymore|any\s+more|again|ever\s+again))?\s*$"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:sleep|go\s+to\s+sleep|disappear|drift\s+off|fade\s+away|vanish)\s+(?:\w+\s+){0,5}?(?:and|&)\s+(?:not|never)\s+"
            r"(?:come|coming)\s+back\b"
        ),
        subject=True,
        everyday=True,
        # "...and not come back to work" is a holiday; "...and not come back to any of this" is not
        not_after=rx(
            r"\s+(?:to|from|until|till|for)\b(?!\s+(?:any\s+of\s+(?:this|it)|all\s+(?:of\s+)?this|this|it\s+all)\b)"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(r"\bnot\s+wanting\s+to\s+(?:be\s+(?:alive|here|around)|live|exist|wake\s+up|go\s+on|keep\s+going)\b"),
        subject=True,
        everyday=True,
        not_after=rx(r"\s+(?:with|in|at|around|near|there|for\s+(?:the|this|his|her))\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:think|thinking|thought|tempted)\s+(?:about|of)\s+(?:just\s+)?(?:not\s+(?:bothering\s+to\s+)?look(?:ing)?|"
            r"stepping\s+(?:out|into\s+the\s+road|in\s+front)|walking\s+(?:out\s+)?into\s+(?:the\s+)?(?:road|traffic)|"
            r"not\s+(?:braking|stopping))\b"
        ),
        subject=True,
        cue=rx(r"\b(?:road|traffic|crossing|car|cars|bus|lorry|truck|junction|motorway)\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:want|need|wish)\s+(?:it|this|it\s+all|everything|the\s+(?:pain|thoughts|noise|hurting))\s+to\s+(?:stop|end|be\s+over)\s+"
            r"(?:\w+\s+)?" + FINAL + r"\b"
        ),
        subject=True,
        everyday=True,
        not_after=rx(r"\s+(?:with|between|so\s+(?:we|i)\s+can)\b"),
    ),
]
VEILED.extend(MORE)

MEANS_HELD = r"(?:knife|blade|razor|razor\s+blade|scissors|rope|noose|cord|belt|lighter|" + MED + r")"
LAST: Final[list[Rule]] = [
    # a means in hand: "with the pills in my hand", "holding the blade against my skin"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:holding|held|hold|with|gripping|clutching)\s+(?:the|my|a|all\s+the|a\s+handful\s+of)\s+(?:\w+\s+)?"
            + MEANS_HELD
            + r"\s+(?:in\s+my\s+(?:hand|hands|palm|fist|lap)|"
            r"against\s+my\s+(?:wrist|wrists|skin|throat|neck|arm|arms|thigh|leg))\b"
        ),
        subject=True,
        not_after=rx(
            r"(?:\s+\w+){0,3}\s+(?:while|to\s+(?:cut|chop|slice|open|take\s+(?:one|two|my\s+dose))|and\s+(?:chopped|cut\s+the))\b"
        ),
    ),
    # a tool taken to the body: "took a razor to my thighs"
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:took|take|taking|taken|put|putting)\s+(?:a|the|my)\s+(?:razor|blade|knife|lighter|scissors|compass|sharpener|"
            r"cigarette|iron|straighteners)\s+to\s+(?:my\s+(?:own\s+)?(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|chest|ankles?|"
            r"body|face)|myself)\b"
        ),
        subject=True,
        not_after=rx(r"\s+(?:to\s+shave|for\s+(?:shaving|a\s+shave))\b"),
    ),
    # every pill out of its packet: "emptied every blister pack into a mug"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:emptied|emptying|empty|popped|popping|pressed|pushed|tipped|tipping)\s+(?:out\s+)?(?:every|all\s+(?:the|my|of\s+the|of\s+my)|each)\s+"
            r"(?:\w+\s+)?(?:blister\s+packs?|packets?|pills|tablets|" + MED + r")\b"
        ),
        subject=True,
    ),
    # a purpose with a means: "enough codeine off a mate to do it properly"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\bto\s+do\s+it\s+(?:properly|right|for\s+real|this\s+time)\b|\benough\b[^.]{0,50}?\bto\s+do\s+it\b"),
        subject=True,
        cue=MEANS_CUE,
    ),
    # a second try done properly, after a first told in the same text: "tried this once at nineteen and made a
    # mess of it, but i've read up properly this time" (fourteenth session, batch N)
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:(?:do|did|get|got)\s+it\s+(?:properly|right)\s+this\s+time|this\s+time\s+i'll\s+(?:do|get)\s+it\s+(?:properly|"
            r"right)|(?:read\s+up|researched|looked\s+(?:it\s+)?up|done\s+my\s+research)\s+(?:\w+\s+)?(?:properly\s+)?this\s+time)\b"
        ),
        text_cue=rx(
            r"\b(?:tried\s+(?:this|it)\s+(?:once|before)|made\s+a\s+mess\s+of\s+it|woke\s+up\s+in\s+(?:hospital|a&e|the\s+icu)|"
            r"(?:my|the)\s+(?:last\s+|first\s+)?attempt\b(?!\s+(?:at|to))|overdos\w*|survived\s+it)\b"
        ),
    ),
    # going somewhere with a means: "going to the woods with the rope on sunday"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:go|going|head\w*|walk\w*|driv\w*|take|taking)\s+(?:up\s+|out\s+|down\s+)?(?:to\s+(?:the\s+)?\w+\s+)?with\s+(?:the|my)\s+"
            r"(?:rope|noose|pills|tablets|knife|blade|razor|belt|cord|hose)\b"
        ),
        subject=True,
        weak=True,
        alone=True,
    ),
    # a new blade, not for shaving or a craft: "got myself a new blade today"
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:got|bought|ordered|found|picked\s+up)\s+(?:myself\s+)?(?:a\s+)?(?:new|fresh|sharper|another)\s+(?:blade|blades|razor\s+blades?)\b"
        ),
        subject=True,
        weak=True,
        alone=True,
        not_after=rx(
            r"(?:\s+\w+){0,3}\s+(?:for\s+(?:my|the|a)\s+(?:razor|shaver|stanley|craft|knife|\w*saw|planer|lawnmower|mower|skates?|"
            r"cutter|scalpel|art|lino)|to\s+shave)\b"
        ),
    ),
    # breath held until blacking out
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:hold\w*|held|chok\w*|strangl\w*|squeez\w*)\s+(?:my\s+(?:breath|throat|neck)|myself)\b[^.]{0,60}?\b(?:black(?:ed)?\s+out|"
            r"pass(?:ed)?\s+out|go\s+dark|went\s+dark)\b"
        ),
        subject=True,
    ),
    # research into how a method feels or works: "googling whether you feel anything when you hang"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:googl\w*|search\w*|look(?:ed|ing)?\s+up|research\w*|read(?:ing)?\s+(?:about|up\s+on)|wonder\w*|asking)\s+"
            r"(?:\w+\s+){0,8}?(?:when|if|after|before)\s+you\s+(?:hang|drown|jump|overdose|od|bleed\s+out|suffocate|slit|gas)\b|"
            r"\b(?:does|would)\s+it\s+hurt\s+to\s+(?:hang|drown|jump|overdose|od|bleed\s+out|suffocate)\b"
        ),
        timing="fixed",
        not_after=rx(
            r"\s+(?:out|up|around|about|off\s+(?:a|the)\s+(?:diving|high)|into\s+(?:the\s+)?(?:pool|sea|lake))\b"
        ),
    ),
    # the last entry, a thank-you goodbye
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:this\s+is|this'll\s+be|this\s+will\s+be)\s+my\s+(?:last|final)\s+(?:entry|post|message|note|text|check-in)\s*$"
        ),
        weak=True,
        alone=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"^\s*(?:and\s+)?(?:thank\s+you|thanks)\s+for\s+(?:trying|everything|all\s+of\s+it|putting\s+up\s+with\s+me)\s*$"
        ),
        weak=True,
    ),
    # a note written, said as ready: "i have the letter for mum written"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:have|got|'ve\s+got)\s+the\s+(?:letter|letters|note|notes)\s+(?:for\s+(?:my\s+)?\w+\s+)?(?:written|done|finished|ready)\b"
        ),
        weak=True,
        alone=True,
    ),
    # hiding to not be found: "booked a hotel room so no one finds me"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bso\s+(?:that\s+)?(?:no\s+one|nobody|no-one)\s+(?:finds|can\s+find|will\s+find|would\s+find|could\s+find|stops|can\s+stop|"
            r"interrupts|walks\s+in\s+on)\s+me\b(?!\s+(?:at|in|until\s+(?:the|my)\s+(?:break|shift)))"
        ),
        subject=True,
        everyday=True,
        weak=True,
        alone=True,
    ),
    # the funeral arranged
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:left|wrote|written|made|planned|sorted)\s+(?:\w+\s+)?(?:instructions|plans|wishes|arrangements)\s+for\s+(?:the|my)\s+funeral\b|"
            r"\bsorted\s+(?:out\s+)?my\s+will\b"
        ),
        weak=True,
    ),
    # on a high place now: "standing on the bridge now"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:standing|sat|sitting|stood|i'm)\s+(?:on|at)\s+(?:the|a)\s+(?:bridge|roof|rooftop|ledge|cliff|cliff\s+edge|edge|parapet|viaduct|"
            r"top\s+of\s+the\s+\w+)\s+(?:right\s+)?now\b"
        ),
        subject=True,
        weak=True,
        alone=True,
        not_before=rx(r"\bwe\s+(?:\w+\s+){0,2}$"),
    ),
    # passive wishes said sideways
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:i'd|i\s+would)\s+(?:happily|gladly|quite\s+happily|honestly|rather|love\s+to|like\s+to)\s+(?:just\s+)?(?:not\s+exist|"
            r"stop\s+existing|not\s+be\s+here|not\s+wake\s+up|be\s+dead|disappear\s+forever|not\s+be\s+alive)\b"
        ),
        not_after=rx(r"\s+(?:at|in|for|on|with|when|than)\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:can't|cannot|don't)\s+remember\s+(?:the\s+last\s+time|when)\s+i\s+(?:actually\s+|really\s+)?(?:wanted|was\s+glad|"
            r"was\s+happy)\s+to\s+be\s+(?:alive|here)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:don't|do\s+not|not\s+sure\s+i|don't\s+know\s+if\s+i|no\s+longer)\s+(?:really\s+|even\s+)?want\s+to\s+(?:stick|stay|hang)\s+"
            r"around\b"
        ),
        subject=True,
        everyday=True,
        not_after=rx(r"\s+(?:at|in|for\s+(?:the|this|that|a)|with|here\s+in|after|until|till|and\s+(?:wait|watch))\b"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:any|no|what's\s+the|the)\s+point\s+(?:in\s+|of\s+)?me\s+(?:being\s+(?:alive|here|around)|living|existing|staying\s+alive)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:death|dying|being\s+dead|not\s+being\s+here)\s+(?:feels|seems|looks|is)\s+(?:like\s+)?(?:the|my)\s+only\s+"
            r"(?:door|way\s+out|exit|option|escape|answer|choice|way)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:wouldn't|won't|would\s+not)\s+(?:even\s+)?notice\s+(?:a\s+gap\s+where\s+i|my\s+absence|the\s+gap\s+where\s+i|i'm\s+gone\b)"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:hope|hopes|hoping|wish|wishes|wishing|pray|praying)\s+(?:that\s+)?(?:the|my)\s+(?:plane|flight|train|bus|car|coach|ferry)\s+"
            r"(?:goes\s+down|crashes|crash|comes\s+off|derails|sinks)\b"
        ),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(r"\b(?:running\s+out\s+of|no\s+more|can't\s+find\s+any|out\s+of|fewer|not\s+many)\s+reasons\s+not\s+to\s*$"),
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:don't|do\s+not)\s+(?:even\s+)?want\s+to\s+do\s+(?:life|this\s+life|living)\s+(?:anymore|any\s+more|now)\b"
        ),
    ),
]
VEILED.extend(LAST)
