"""Risk told sideways in members' long entries: an act named by what came after it, goodbyes in everyday words.

Found in the ninth session's blind batches J and K (long diary entries, thought records, check-in notes and
message drafts). People write "after what I did at the weekend" and "my roommate found me" rather than the act,
and a goodbye is a list of errands: the cat rehomed, the passwords in an envelope, "by the time you read this".
Each errand alone is everyday life, so most of these are weak signs (two together, or one beside risk talk,
are urgent; see ``reading.py``); an act named only by its aftermath counts only when the text says what came
after it.
"""

from __future__ import annotations

from typing import Final

from nearer.nlu.crisis.rules.risk import MED
from nearer.nlu.crisis.rules.veiled import PLACE_CUE
from nearer.nlu.crisis.vocabulary import Rule, rx

# What follows an attempt, said anywhere in the text: being found, waking in hospital, being let out.
AFTERMATH = rx(
    r"\b(?:he|she|they|my\s+\w+|\w+)\s+found\s+me(?=\s*(?:$|[,;:]|and\b|just\b|in\s+time\b|before\b))|"
    r"\bwoke\s+up\s+(?:in\s+(?:hospital|a&e|the\s+hospital|icu|resus|ed)|on\s+the\s+(?:floor|bathroom\s+floor))\b|"
    # ("...if it had worked out" is a relationship; "Ed" is a name)
    r"\b(?:if|that)\s+it\s+(?:had\s+)?worked\b(?!\s+out)|\b(?:glad|sorry|wish)\s+(?:that\s+)?it\s+didn't\s+work\b(?!\s+out)|"
    r"\b(?:scared|afraid|worried)\s+i'?ll\s+try\s+again\b|\bdischarged\s+me\b|"
    r"\b(?:from|in|at|out\s+of)\s+(?:the\s+)?(?:hospital|a&e|the\s+ward|psych\s+ward|icu)\b|\b(?:in|at)\s+ed\b(?!')|"
    r"\bsafety\s+plan\b"
)
PETS = r"(?:cat|cats|dog|dogs|pet|pets|rabbit|rabbits|bird|birds|hamster|guinea\s+pigs?|fish|tortoise|kitten|puppy)"
CLOSE = (
    r"(?:sister|brother|mum|mom|dad|mother|father|friend|best\s+friend|cousin|niece|nephew|daughter|son|neighbour|"
    r"neighbor|flatmate|roommate|aunt|auntie|uncle|gran|nan)"
)
THINGS = r"(?:jewellery|jewelry|rings?|watch|guitar|books|records|vinyl|clothes|necklace|phone|laptop|plants|bike|car)"

SIDEWAYS: Final[list[Rule]] = [
    # "whats the most painless way." asked as a whole question
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:most\s+painless|least\s+painful|painless)\s+(?:way|method)\s*$"),
        timing="fixed",
    ),
    # "after the results came out i tried. my roommate found me": the act unsaid, named by its aftermath
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\bi\s+(?:\w+\s+)?tried(?:\s+to\s+do\s+it)?"
            r"(?=\s*(?:$|[,;:]|(?:and|but|so|then|again|once|twice|last|because|yesterday|tonight)\b|"
            r"on\s+(?:\w+day|new\s+year's)\b|this\s+(?:morning|afternoon|week|weekend)\b))"
        ),
        timing="attempt",
        text_cue=AFTERMATH,
    ),
    # "back home from the hospital after what I did at the weekend", "three nights in ED after the thing I did"
    Rule(
        "recent_attempt",
        "urgent",
        rx(r"\b(?:after|since|because\s+of|about)\s+(?:what|the\s+thing)\s+i\s+did\b"),
        timing="attempt",
        text_cue=AFTERMATH,
    ),
    # "I didn't mean to wake up": waking was not the plan
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\b(?:didn't|did\s+not)\s+(?:mean|expect|plan)\s+to\s+wake\s+up\b(?!\s+(?:so|this|that|at|early|before|until))"
        ),
        timing="attempt",
        subject=True,
    ),
    # "stood there for an hour meaning to go through with it", with a high place named
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:meaning|meant|intending|planning)\s+to\s+go\s+through\s+with\s+it\b"),
        text_cue=PLACE_CUE,
        subject=True,
    ),
    # "I've got enough saved up now. The pills I mean", "been putting them aside since jan"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:got|have|saved)\s+enough\s+(?:saved\s+up|put\s+aside|stored|stockpiled|together)\b|"
            r"\b(?:putting|put|been\s+putting)\s+(?:them|some|a\s+few)\s+aside\b|"
            r"\b(?:stockpiling|stockpiled|saving\s+up|saved\s+up|hoarding)\s+(?:my\s+)?(?:prescriptions?|scripts?)\b"
        ),
        text_cue=rx(r"\b(?:" + MED + r"|prescriptions?)\b"),
        subject=True,
    ),
    # grief that wants to follow: "I'm ready to be with her", "I'd go tomorrow if I were given the choice"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\bready\s+to\s+(?:go\s+and\s+)?(?:be\s+with|join)\s+(?:her|him|them|mum|mom|dad|my\s+(?:wife|husband|"
            r"son|daughter|mum|mom|dad|mother|father|partner|brother|sister|boy|girl|baby))\b|"
            r"\b(?:i'd|i\s+would)\s+(?:happily\s+|gladly\s+)?go\s+tomorrow\s+if\b"
        ),
        subject=True,
        text_cue=rx(r"\b(?:died|passed\s+(?:away|on)?|death|funeral|grave|widow\w*|since\s+(?:i\s+)?lost)\b"),
        not_after=rx(r"\s+(?:on|at|for|in)\s+(?:the|a|her|his|their)\s+(?:wedding|party|holiday|trip|birthday|date)\b"),
    ),
    # wishes said about something else: "I pray that God takes me in my sleep", "disappointed to open my eyes",
    # "how easy it would be to just not arrive", "wouldn't mind not being here", "halfway out the door of my life"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\bpray\w*\s+(?:at\s+night\s+|every\s+night\s+)?(?:that\s+)?(?:god|the\s+lord|allah|jesus|he)\s+(?:will\s+)?"
            r"(?:takes?|calls?)\s+me\b|"
            r"\b(?:disappointed|gutted|sad|upset)\s+(?:to\s+(?:open\s+my\s+eyes|wake\s+up|still\s+be\s+here)|"
            r"(?:that\s+)?i\s+woke\s+up)\b|\bwak(?:e|ing)\s+up\s+wishing\s+i\s+(?:hadn't|didn't|had\s+not)\b|"
            r"\bhow\s+easy\s+it\s+would\s+be\s+to\s+(?:just\s+)?(?:not\s+(?:arrive|come\s+home|wake\s+up|be\s+here)|swerve|"
            r"step\s+off|let\s+go)\b|"
            r"\b(?:wouldn't|would\s+not)\s+(?:really\s+)?mind\s+not\s+(?:being\s+(?:here|around|alive)|existing|waking\s+up)\b|"
            r"\bout\s+the\s+door\s+of\s+(?:my\s+(?:own\s+)?)?life\b|"
            r"\bwish\s+i\s+could\s+(?:just\s+)?(?:fall\s+asleep|go\s+to\s+sleep)\s+and\s+not\s+(?:have\s+to\s+)?come\s+back\b|"
            r"\bnot\s+sure\s+i\s+want\s+to\s+(?:continue|go\s+on|keep\s+going|carry\s+on)\s+(?:with\s+)?(?:this|my)\s+life\b|"
            r"\bcan't\s+(?:picture|imagine|see)\s+(?:myself\s+)?(?:still\s+)?being\s+(?:around|here|alive)\s+(?:by|at|in|for)\b|"
            r"\b(?:won't|will\s+not)\s+be\s+around\s+(?:to\s+\w+(?:\s+\w+){0,4}\s+)?(?:much\s+)?longer\b|"
            r"\b(?:thoughts?|thinking)\s+(?:\w+\s+){0,3}?about\s+not\s+being\s+(?:around|here|alive)\b(?!\s+(?:for|at|when|to))|"
            r"\bi\s+mean\s+(?:life|living|being\s+alive),?\s+not\s+(?:just\s+)?(?:the|my)\s+\w+"
        ),
        subject=True,
    ),
    # "the pull to do the thing I used to do to myself", "wanted to cut so badly tonight",
    # "the urge to scratch at my arms"
    Rule(
        "self_harm",
        "concern",
        rx(
            r"\b(?:the\s+thing|what|the\s+stuff)\s+i\s+used\s+to\s+do\s+to\s+myself\b|"
            r"\burges?\s+to\s+(?:scratch|pick|claw)\s+(?:at\s+)?my\s+(?:arms|legs|skin|wrists|thighs)\b"
        ),
        subject=True,
    ),
    Rule(
        "self_harm",
        "concern",
        rx(r"\b(?:want|wanted|wanting|need|needed)\s+to\s+cut\b"),
        subject=True,
        # a guard, not a gap in the pattern: the rule judges "wanted to cut my hair" ordinary, so the
        # second opinion does not read it again
        not_after=rx(
            r"\s+(?:\w+\s+)?(?:hair|fringe|back|down|out|off|ties|corners|loose|losses|through|in|up|him|her|them|"
            r"it|the|a|my|this|that|some|costs|sugar|carbs|meat)\b"
        ),
    ),
    # self-harm in other words: "had a go at my legs again", "hitting myself... three times this week",
    # "banged my head against the wall until I saw stars", "yesterday's cuts", "the cuts from Friday"
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\bha(?:d|ve\s+had|ving)\s+a\s+go\s+at\s+my\s+(?:arms|legs|wrists|thighs|skin|stomach)\b|"
            r"\b(?:hitting|punching|slapping|hit|punched|slapped)\s+myself\b(?=[^.!?]*\b(?:when\s+i|until|till|every\s+time|"
            r"times\s+this|bruises?)\b)|"
            r"\bbang(?:ed|ing)\s+my\s+head\s+(?:against|on)\s+(?:the|a)\s+wall\b(?=[^.!?]*\buntil\b)|"
            r"\b(?:yesterday'?s|last\s+night'?s|\w+day's)\s+cuts\b|\bthe\s+cuts\s+(?:from|on)\s+(?:\w+day|last\s+night|"
            r"the\s+weekend)\b"
        ),
        timing="harm",
        subject=True,
    ),
    # "just cut.": the act as a whole sentence
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"(?:^|:\s*)(?:i\s+)?(?:just\s+|have\s+|i've\s+)?cut(?:\s+again|\s+tonight)?"
            r"(?:\s+(?:jk|lol|lmao|haha\w*|tbh|ngl))*$"
        ),
    ),
    # a goodbye's errands, each a weak sign: a pet that "won't need me where i'm going", a message
    # "sent on a timer", "don't come into my flat yourself", "by the time you read this", the cat
    # rehomed, the will sorted, the passwords written out, things handed to the people close
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:won't|will\s+not|wouldn't)\s+need\s+me\s+where\s+i'?m\s+going\b|"
            r"\bwhere\s+i'?m\s+going\s+(?:he|she|they|you)\s+can'?t\s+(?:follow|come)\b|"
            r"\b(?:sent|send|sending|go\s+out)\s+on\s+a\s+timer\b|"
            r"\bdon't\s+(?:come\s+(?:in(?:to)?|round|over|up)\s+(?:(?:my|the)\s+(?:flat|room|house|place|bathroom)\s+)?"
            r"yourself|let\s+(?:the\s+kids|mum|mom|dad|her|him|them|my\s+\w+)\s+(?:be\s+the\s+one\s+to\s+)?find\s+me)\b|"
            r"\bby\s+the\s+time\s+you\s+(?:read|see|get|find)\s+this\b|"
            r"\brehom(?:ed|ing)\s+(?:my\s+|the\s+)?" + PETS + r"\b|"
            r"\b(?:my\s+)?wills?\s+(?:is\s+|are\s+)?(?:sorted|done|written|signed|updated)\b|\bsorted\s+(?:out\s+)?my\s+will\b|"
            r"\bpasswords?\s+(?:in|into)\s+an?\s+envelope\b|\bwrote\s+(?:out|down)\s+(?:all\s+)?my\s+passwords\b|"
            r"\bwrote\s+down\s+where\s+everything\s+is\b|\b(?:settled|sorted)\s+everything\b|"
            r"\bgave\s+(?:my\s+)?" + CLOSE + r"\s+my\s+" + THINGS + r"\b|\bi\s+want\s+you\s+to\s+have\s+my\b|"
            r"\b(?:she|he|they|you)\s+can\s+have\s+(?:all\s+)?my\s+" + THINGS + r"\b|"
            r"\b(?:won't|will\s+not)\s+be\s+here\s+to\s+(?:water|feed|walk|look\s+after)\b|"
            r"\bthe\s+best\s+(?:friend|brother|sister|mum|mom|dad)\s+i\s+had\b|"
            r"\b(?:easy|easier)\s+for\s+(?:them|everyone|you)\s+after(?:wards)?\s*$|"
            r"\bdon't\s+blame\s+yourself\s+for\s+any\s+of\s+(?:it|this)\b|"
            r"\bgave\s+my\s+" + THINGS + r"\s+to\s+(?:my\s+)?" + CLOSE + r"\b|"
            r"\b(?:bank\s+details|passwords|pins?|account\s+details|the\s+will)\s+(?:is|are)\s+in\s+(?:the|my)\b|"
            r"\bwr(?:o|i)te\s+the\s+(?:notes|letters)\b(?!\s+(?:for|from|on|in|up|about|to\s+(?:the|my)\s+(?:boss|team|school)))|"
            r"\bplease\s+look\s+after\s+(?:\w+\s+){1,2}for\s+me\s*$|"
            r"\bcancel(?:led|ed|ling)\s+(?:netflix|spotify|the\s+gym|my\s+gym|the\s+phone\s+contract|"
            r"the\s+magazine\s+subscription)\b|\bthe\s+(?:flat|house|room|place)\s+will\s+be\s+empty\b"
        ),
        weak=True,
    ),
    # ...and a few too specific to pass as nothing even alone
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bdon't\s+blame\s+yourself\s+for\s+(?:any\s+of\s+)?what\s+(?:happens|comes|i\s+do|i'm\s+about\s+to\s+do|"
            r"i'm\s+going\s+to\s+do)(?:\s+next)?\b|"
            r"\b(?:whatever|what)\s+happens,?\s+(?:none\s+of\s+it\s+is|it's\s+not|it\s+isn't|it\s+is\s+not)\s+your\s+fault\b|"
            r"\bafter\s+(?:the\s+)?\d+(?:st|nd|rd|th)?,?\s+none\s+of\s+(?:this|it)\s+(?:will\s+)?matters?\b|"
            r"\b(?:decided|worked\s+out|chosen|picked)\s+(?:on\s+)?how\s+and\s+when\b|"
            r"\bi\s+know\s+(?:exactly\s+)?(?:how|when|where)\s+(?:i'm\s+going\s+to|i'll|i\s+will)\s+do\s+it\b|"
            r"\bby\s+the\s+time\s+you\s+read\s+this,?\s+i'?ll\s+(?:have\s+)?(?:done\s+it|done\s+what|gone|be\s+gone)\b|"
            r"\bwr(?:o|i)te\s+(?:everyone|them\s+all|each\s+of\s+them|all\s+of\s+them)\s+(?:a\s+)?(?:goodbye|farewell|"
            r"last)\s+(?:note|letter|message)s?\b"
        ),
        subject=True,
        weak=True,
        alone=True,
    ),
    # Blades bought in a text about cutting: "twenty years since i last cut. tonight i bought blades" (twelfth session)
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:bought|buy|buying|got|get|getting|picked\s+up|ordered)\s+(?:some\s+|new\s+|more\s+|a\s+(?:pack|packet|box)\s+of\s+)?"
            r"(?:razor\s+)?blades\b(?!\s+for\s+(?:my|the|his|a)\s+(?:razor|shaver|stanley|craft|knife|saw|mower|cutter|skates?|blender))"
        ),
        timing="harm",
        text_cue=rx(r"\b(?:cut|cutting|self[- ]?harm\w*|urges?|relaps\w*|hurt(?:ing)?\s+myself)\b"),
    ),
    # Sorry to have survived: "i wish they hadn't found me", "why did i even bother surviving" (twelfth session)
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:wish|wished|wishing)\s+(?:i\s+)?(?:hadn't|had\s+not|didn't|did\s+not|never)\s+(?:survived|made\s+it|"
            r"lived\s+through\s+it)\b|\b(?:sorry|sad|angry|upset)\s+(?:that\s+)?i\s+(?:survived|lived|made\s+it)\b(?!\s+(?:through\s+)?"
            r"(?:the|that|this|a|my|our|your|his|her|it|school|uni|work|exams?|covid))|"
            r"\bwhy\s+(?:did\s+)?i\s+(?:even\s+)?(?:bother(?:ed)?\s+)?surviv(?:e|ed|ing)\b(?!\s+(?:the|that|this|a|my|school|uni|work))|"
            r"\bwish\s+(?:they|he|she|you|someone|somebody|my\s+\w+)\s+(?:hadn't|had\s+not|didn't)\s+found\s+me\b|"
            r"\bwish\s+(?:no\s*one|nobody)\s+had\s+found\s+me\b|\bwish\s+i'?d\s+done\s+it\s+properly\b"
        ),
        subject=True,
    ),
    # ...and an attempt named beside it: "i took the pills years ago. i wish it had worked"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:wish|wishes|wished|wishing)\s+(?:that\s+)?it\s+(?:had|would\s+have|'d)\s+worked\b(?!\s+(?:out|between|for\s+us))"
        ),
        text_cue=rx(
            r"\b(?:attempt\w*|overdos\w*|swallowed|jumped|found\s+me|hospital|ward|"
            r"took\s+(?:\w+\s+){0,3}(?:pills|tablets))\b"
        ),
        subject=True,
    ),
]
