"""Risk built from parts: a wish or intent, then what is wished for (dying, not being here, being gone).

The phrase tables in ``risk.py`` and ``reworded.py`` each name one wording, so fresh sentences slipped past
them. Here a few small word lists are combined, so a new way of saying the same thing ("part of me wants to
just not be here anymore", "would anyone even notice if i was gone") is found without a rule of its own.
The same guards apply as everywhere: who the phrase is about, negation, idioms, time, relationship talk.
"""

from __future__ import annotations

from typing import Final

from nearer.nlu.crisis.rules.risk import MED, READY_FOR_AN_OCCASION
from nearer.nlu.crisis.vocabulary import Rule, rx

# Softeners that may sit anywhere in a phrase without changing what it means.
SOFT = (
    r"(?:(?:just|really|honestly|simply|kinda|kind\s+of|sort\s+of|actually|literally|even|sometimes|secretly|so|"
    r"still)\s+)*"
)

# Wanting or meaning to. Not "going to", "about to" or a bare "needs to": "i'm going to die if i sit through
# this", "i was about to die" (a game) and "this comment needs to die" are how people talk, not risk.
WANT = (
    r"(?:want(?:s|ed|ing)?\s+to|would\s+like\s+to|(?:feel|felt|feeling)\s+like\s+i\s+(?:want|need)\s+to|"
    r"i\s+(?:just\s+|really\s+)?need\s+to|(?:ready|tempted|planning|decided|deciding|meaning)\s+to)"
)
# Thinking about, being drawn to, picturing.
THINK = (
    r"(?:(?:think(?:s|ing)?|thought|fantasi[sz](?:e|es|ing|ed)|dream(?:s|ing|ed|t)?|obsess(?:ing|ed)?|"
    r"daydream(?:s|ing|ed)?)\s+(?:about|of)|(?:imagin|pictur|visuali[sz])(?:e|es|ing|ed)(?:\s+myself)?)"
)
# A way of dying, as the writer would do it ("jump off the multistorey", "drive into a wall").
HEIGHT = r"(?:bridge|building|roof|rooftop|cliff|balcony|multistorey|multi-storey|car\s+park|tower|window|overpass)"
VEHICLE = r"(?:train|bus|car|lorry|truck|tram|traffic)"
ACT = (
    r"(?:jump(?:ing)?\s+(?:off|from)\s+(?:a|the|my|that|this)\s+(?:\w+\s+)?" + HEIGHT + r"|"
    r"(?:jump(?:ing)?|step(?:ping)?|walk(?:ing)?|throw(?:ing)?\s+myself)\s+(?:out\s+)?in\s+front\s+of\s+(?:a|the)\s+"
    + VEHICLE
    + r"|"
    r"(?:driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?)\s+(?:my\s+car\s+|the\s+car\s+)?(?:into|off)\s+(?:a|the)\s+"
    r"(?:wall|tree|bridge|river|cliff|lorry|truck|barrier|motorway|oncoming\s+\w+)|"
    r"(?:hang(?:ing)?|drown(?:ing)?|throw(?:ing)?|gas(?:sing)?)\s+myself|overdos(?:e|ing)|slit(?:ting)?\s+my\s+wrists|"
    r"tak(?:e|ing)\s+(?:an\s+)?overdose|swallow(?:ing)?\s+(?:all|every)\s+(?:\w+\s+){0,2}?(?:pills|tablets|meds))"
)
# Dying on purpose, as an infinitive ("to ..."): the writer's own active wish.
DIE = (
    r"(?:die|be\s+dead|kill\s+myself|end\s+(?:my\s+(?:own\s+)?life|it\s+all|myself)|take\s+my\s+(?:own\s+)?life|"
    r"stop\s+(?:living|breathing|being\s+alive)|unalive\s+myself|commit\s+suicide)"
)
# Thinking of dying is a passive wish (below); thinking of killing oneself is active.
DYING = (
    r"(?:killing\s+myself|ending\s+(?:my\s+(?:own\s+)?life|it\s+all|myself)|"
    r"taking\s+my\s+(?:own\s+)?life|suicide|unaliving\s+myself)"
)
# Not existing, as an infinitive: a passive wish.
GONE = (
    r"(?:not\s+(?:be\s+(?:here|alive|around)|exist|wake\s+up|be\s+anything)|stop\s+(?:existing|waking\s+up)|"
    r"cease\s+to\s+exist|"
    r"be\s+gone(?:\s+forever|\s+for\s+good|(?=\s*$))|never\s+wake\s+up|sleep\s+forever|"
    r"(?:disappear|vanish)\s+(?:forever|for\s+good|permanently|and\s+never\s+come\s+back)|"
    r"go\s+to\s+sleep\s+(?:and|&)\s+(?:never|not)\s+wake\s+up|fall\s+asleep\s+(?:and|&)\s+(?:never|not)\s+wake\s+up)"
)
GOING = (
    r"(?:dying|being\s+dead|not\s+(?:being\s+(?:here|alive|around)|existing|waking\s+up)|never\s+waking\s+up|"
    r"(?:disappearing|vanishing)\s+(?:forever|for\s+good|permanently)|being\s+gone|my\s+own\s+death|death|"
    r"sleeping\s+forever)"
)
# What happens if the writer were gone ("if i was gone", "if i died").
IF_GONE = (
    r"if\s+i\s+(?:just\s+)?(?:died|was\s+(?:gone|dead|not\s+here)|were\s+(?:gone|dead|not\s+here)|disappeared|vanished|"
    r"(?:wasn't|weren't)\s+(?:here|around|alive)|didn't\s+wake\s+up|never\s+woke\s+up|killed\s+myself|"
    r"stopped\s+existing|didn't\s+exist|left\s+for\s+good|was\s+never\s+born)"
)
# Not being alive, said as a state the writer wishes for ("wish i wasn't here").
NOT_HERE = (
    r"(?:(?:wasn't|weren't|was\s+not|were\s+not)\s+(?:here|alive|around|born)|(?:was|were)\s+(?:dead|gone|never\s+born)|"
    r"(?:didn't|did\s+not)\s+exist|(?:could|would)\s+(?:just\s+)?(?:die|stop\s+existing|stop\s+waking\s+up|"
    r"disappear\s+forever|sleep\s+forever)|(?:(?:'d|had)\s+)?(?:just\s+)?never\s+(?:been\s+born|existed|woken\s+up)|"
    r"hadn't\s+woken\s+up|"
    r"(?:wouldn't|won't|don't|didn't|never|would\s+not)\s+wake\s+up|"
    r"(?:could\s+)?(?:just\s+)?(?:not\s+exist|stop\s+existing|cease\s+to\s+exist)|had\s+never\s+been\s+born)"
)
# Relationship, travel and everyday endings that follow "gone", "here", "around": not about dying.
ELSEWHERE = rx(
    r"\s+(?:from|for\s+(?:a|the|one|two|this|that|work|uni|christmas)|at|on|in|to|with|when|until|till|this\s+weekend|"
    r"tonight|next\s+week|on\s+holiday|anymore\s+(?:with|in|at))\b"
)
TOOLS = r"(?:lighter|razor|blade|razors|blades|compass|scissors|knife|cigarette|sharpener|glass|pencil\s+sharpener)"
BODY = r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|hands?|face|chest|ankles?|body)"
RECENTLY = (
    r"(?:(?:really\s+|too\s+|so\s+)?deep(?:er)?(?:\s+this\s+time)?|this\s+time|badly|again|last\s+night|tonight|"
    r"today|yesterday|this\s+(?:morning|evening|week)|earlier|on\s+purpose|"
    r"for\s+the\s+first\s+time\s+in\s+(?:months|weeks|years|ages|a\s+while|a\s+long\s+time|\w+\s+(?:months|weeks|years)))"
)

# An everyday annoyance that "makes me want to" do something drastic is hyperbole:
# "this spreadsheet makes me want to ..."
ANNOYANCE = rx(
    r"\b(?:this|that|the|these|those|my|his|her|their)\s+(?:\w+\s+)?(?:spreadsheet|meeting|meetings|exam|essay|printer|traffic|queue|song|"
    r"film|show|weather|heat|commute|emails?|homework|assignment|job|shift|lecture|class|paperwork|admin|game|match|referee|ref|wifi|"
    r"laptop|phone|app|website|tax\s+return|form|deadline|presentation|team|group\s+project|playlist|music|noise|neighbours?)\s+"
    r"(?:\w+\s+)?(?:makes?|is\s+making|made)\s+me\s+(?:want\s+to\s+)?$"
)

COMPOSED: Final[list[Rule]] = [
    # "im going to drive into a wall tonight", "i keep imagining myself jumping off the multistorey"
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(
            r"\b(?:"
            + WANT
            + r"|"
            + THINK
            + r"|going\s+to|about\s+to|will|i'll|might|could\s+just|keep)\s+"
            + SOFT
            + ACT
            + r"\b"
        ),
        subject=True,
        not_after=rx(
            r"\s+(?:into\s+the\s+(?:water|lake|sea|river|pool)|for\s+(?:fun|a\s+dare|charity)|with\s+(?:my|our)\s+\w+)|"
            r"\s+if\s+(?:this|that|the|my|one\s+more|i\s+have\s+to|i\s+hear|anyone|someone|he|she|they)\b[^.]*\b(?:lol|lmao|haha\w*|omg)\b"
        ),
        not_before=ANNOYANCE,
    ),
    # "i don't really want to live anymore", and said of the past: "when he left i didn't want to be alive"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:don't|do\s+not|no\s+longer|didn't|did\s+not)\s+"
            + SOFT
            + r"want\s+to\s+"
            + SOFT
            + r"(?:live|exist|be\s+alive|"
            r"be\s+here|go\s+on|keep\s+going|wake\s+up|keep\s+living)\s+(?:anymore|any\s+more|no\s+more|"
            r"much\s+longer)\b|"
            # said of the past, it needs no "anymore": "i didnt want to be alive when he left"
            r"\b(?:didn't|did\s+not)\s+" + SOFT + r"want\s+to\s+(?:be\s+alive|exist|keep\s+living|stay\s+alive)\b"
        ),
        subject=True,  # "my brother said he didn't want to be alive anymore" is his
        not_after=rx(r"\s+(?:with|in|at|for|on|near|together|there)\b"),
    ),
    # "i keep wishing a bus would hit me", "hope something kills me"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:wish\w*|hop(?:e|es|ing|ed)|pray\w*)\s+(?:that\s+)?(?:a|the|some|something|someone)\s*(?:"
            + VEHICLE
            + r")?\s+(?:would|will|'d|could|might)\s+(?:just\s+)?(?:hit|kill|run\s+me\s+over|crash\s+into)\s*(?:me)?\b"
        ),
        not_after=rx(r"\s+(?:up|with\s+(?:a|the)\s+(?:pillow|ball))\b"),
    ),
    # "if i wasn't here my family wouldn't have to deal with me", "everyone would move on quick if i died"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b"
            + r"(?:"
            + IF_GONE
            + r")(?!\s+(?:at|in|on|for|to|with|tonight|tomorrow|today|this|next))[^;:]{0,40}?\b"
            r"(?:would(?:n't)?|wouldn't|won't|will|could|'d)\s+(?:\w+\s+){0,2}?(?:have\s+to\s+(?:deal|put\s+up|worry)|"
            r"be\s+(?:free|happier|better|fine|okay|ok|relieved|glad|lighter)|move\s+on|get\s+over\s+it|cope|care|notice|"
            r"miss\s+me|matter|finally)\b|"
            r"\b(?:everyone|everybody|people|they|my\s+\w+|no\s*one|nobody|it)\s+(?:would|will|'d|'ll)\s+(?:\w+\s+){0,2}?"
            r"(?:move\s+on|get\s+over\s+it|forget\s+(?:about\s+)?me|be\s+(?:fine|okay|ok|relieved)|matter)\s+"
            r"(?:(?:so\s+|pretty\s+|really\s+)?(?:quick|quickly|fast|soon)\s+)?(?:" + IF_GONE + r")\b|"
            r"\b(?:would|will|does)\s+(?:it|anything)\s+(?:even\s+|really\s+|actually\s+)?matter\s+(?:"
            + IF_GONE
            + r")\b"
        ),
    ),
    # "i wonder if anyone would come to my funeral"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:come|go|turn\s+up|show\s+up|be|cry|speak)\s+(?:to|at)\s+my\s+(?:own\s+)?funeral\b|"
            r"\bwonder(?:ing)?\s+(?:if|whether)\s+(?:anyone|anybody|people|they)\s+would\s+(?:even\s+)?"
            r"(?:miss\s+me|notice|care)\s*$"
        ),
        not_before=rx(r"\b(?:your|his|her|their)\s+$"),
    ),
    # "i don't see a way out other than not being here"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:way\s+out|escape|solution|answer|option|way\s+to\s+make\s+it\s+stop)\s+(?:\w+\s+){0,4}?"
            r"(?:other\s+than|except|but|apart\s+from|besides|is|is\s+to)\s+(?:"
            + GOING
            + r"|"
            + DYING
            + r"|to\s+(?:die|end\s+it|"
            r"not\s+be\s+here|disappear\s+forever))\b"
        ),
        subject=True,
    ),
    # "i'm done. with everything. with being alive": the fragment only continues "done" or "tired"
    Rule(
        "passive_wish",
        "concern",
        rx(r"^\s*(?:and\s+)?(?:with|of)\s+(?:being\s+alive|living|existing|being\s+here|life\s+itself)\s*$"),
    ),
    # "would be nice to just not wake up", "it'd be a relief to stop existing"
    Rule(
        "passive_wish",
        "concern",
        rx(r"\b(?:nice|good|easier|better|a\s+relief|peaceful|a\s+mercy)\s+to\s+" + SOFT + GONE + r"\b"),
        not_after=ELSEWHERE,
    ),
    # "it's exhausting being alive", "sometimes i hope i fall asleep and just don't wake up"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:exhausting|tiring|unbearable|too\s+much|so\s+hard|agony)\s+(?:just\s+)?(?:being\s+alive|existing|"
            r"to\s+(?:be\s+alive|exist|keep\s+living|stay\s+alive))\b|"
            r"\b(?:fall\s+asleep|go\s+to\s+sleep|sleep)\s+(?:and|&)\s+"
            + SOFT
            + r"(?:never|not|don't|won't|wouldn't|didn't)\s+"
            r"wake\s+up\b"
        ),
        # "exhausting being alive in this heat", "sleep and not wake up until noon"
        not_after=rx(r"\s+(?:until|in|early|on\s+time|at|for|before|when|till|during|with)\b"),
    ),
    # "what am i even living for", "running out of reasons to stay", "i hate being alive"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\bwhat\s+(?:am\s+i|do\s+i\s+keep|is\s+there|have\s+i\s+got)\s+" + SOFT + r"(?:living|staying\s+alive|"
            r"going\s+on|left\s+to\s+live)\s+for\b|"
            r"\b(?:running\s+out\s+of|no\s+more|out\s+of|not\s+many|can't\s+find\s+any)\s+reasons?\s+to\s+"
            r"(?:stay|live|keep\s+going|go\s+on|be\s+here|stay\s+alive|keep\s+living)\b|"
            r"\b(?:hate|can't\s+stand|loathe)\s+"
            + SOFT
            + r"(?:being\s+alive|existing|living|waking\s+up\s+(?:at\s+all|"
            r"every\s+(?:day|morning)))\b"
        ),
        subject=True,
        not_after=rx(r"\s+(?:in|at|with|here|there|near|alone|on\s+my\s+own|so\s+far)\b"),
    ),
    # "everyone would breathe easier without me", "they'd all be fine without me"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:everyone|everybody|people|they|the\s+world|my\s+\w+)\s*(?:would|will|'d|could)\s+(?:all\s+)?"
            r"(?:\w+\s+){1,2}?(?:easier|better|happier|lighter|freer|relieved|fine|okay|ok)\s+without\s+me\b"
        ),
        # "without me in the group" is a place; "without me in it" is the world
        not_after=rx(
            r"\s+(?:on|in(?!\s+it\b)|at|there|tonight|as\s+(?:a|an|her|his|their)\s+\w+|for\s+(?:a|the|one))\b"
        ),
    ),
    # "sometimes i hope i get into an accident", "i want out" when life is the subject
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:hope|hoping|wish|wishing|pray|praying)\s+(?:that\s+)?i\s+(?:get|got|would\s+get)\s+(?:into\s+)?"
            r"(?:an\s+accident|in\s+an\s+accident|hit|run\s+over|killed|(?:really\s+)?sick\s+and\s+die)\b|"
            r"\b(?:hope|hoping|wish|wishing|pray|praying)\s+something\s+(?:bad\s+)?(?:happens|would\s+happen)\s+to\s+me\b"
            r"(?!\s+so\s+(?:that\s+)?i\s+(?:could|can|would)\s+(?:skip|miss|get\s+out\s+of|avoid))|"
            r"\blife\b[^;:]{0,40}?\band\s+i\s+(?:just\s+)?want\s+out\s*$"
        ),
    ),
    # "there's no point in me being alive", "living feels pointless", "i can't do life anymore"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\bno\s+(?:point|reason|use)\s+(?:in|to|of)\s+me\s+(?:being\s+(?:alive|here|around)|living|existing|"
            r"staying)\b|"
            r"\b(?:living|life|existing|being\s+alive|my\s+life)\s+(?:feels|is|seems|has\s+become|has\s+felt|just\s+feels)\s+"
            r"(?:so\s+|completely\s+|totally\s+|kind\s+of\s+|pretty\s+)?(?:pointless|meaningless|unbearable|hopeless)\b|"
            r"\bcan't\s+(?:do|handle|manage|cope\s+with|face)\s+(?:life|living|being\s+alive|existing)\s+"
            r"(?:anymore|any\s+more|now)\b|"
            r"\b(?:don't\s+know|no\s+idea|not\s+sure)\s+why\s+i'm\s+(?:still\s+)?(?:here|alive|around|living|bothering)\b|"
            r"\bwaiting\s+for\s+(?:it\s+all|everything|my\s+life|life)\s+to\s+(?:end|be\s+over|stop)\b"
        ),
        everyday=True,
        not_after=rx(
            r"\s+(?:in|at|with|on|without\s+(?:coffee|tea|wifi|music|sleep|chocolate)|so\s+late|for\s+(?:the|this|a))\b"
        ),
    ),
    # preparation: what was gathered and made ready
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:enough|all\s+the|all\s+my|a\s+stash\s+of|a\s+box\s+of|a\s+pile\s+of)\s+(?:of\s+(?:my|the)\s+)?"
            + MED
            + r"\s+(?:saved|stored|hidden|stashed|put\s+away|ready|lined\s+up|counted\s+out|laid\s+out|to\s+(?:do\s+it|"
            r"die|end\s+it|not\s+wake\s+up|make\s+sure))\b|"
            r"\b(?:the|my|all\s+my)\s+"
            + MED
            + r"\s+(?:are\s+|is\s+)?(?:all\s+)?(?:lined\s+up|counted\s+out|laid\s+out|"
            r"all\s+ready|ready\s+(?:to\s+go|for\s+tonight))\b|"
            r"\b(?:another|a\s+second|a\s+third|extra|more)\s+(?:pack|packet|box|bottle)s?\s+of\s+"
            + MED
            + r"\s+so\s+(?:i\s+have|i've\s+got|there's)\s+enough\s*$|"
            r"\b(?:count(?:ing|ed)?|check(?:ing|ed)?)\s+(?:out\s+)?(?:my|the|all\s+my)\s+"
            + MED
            + r"\s+(?:\w+\s+){0,4}?"
            r"(?:to\s+see\s+(?:if|whether)|in\s+case)\s+(?:there's|there\s+are|i\s+have|it's|they're)\s+enough\b|"
            r"\b(?:started|been|keep|kept)\s+(?:collecting|saving|stockpiling|hoarding|stashing)\s+(?:up\s+)?(?:my\s+)?"
            + MED
            + r"\b"
        ),
        subject=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:what|which|how\s+(?:much|high|tall|far|long))\s+(?:\w+\s+){0,2}?(?:height|dose|drop|fall|amount|"
            r"floor|storey|story|depth)?\s*(?:would\s+be|is|it\s+would\s+take|it\s+takes)\s+(?:enough|fatal|lethal|"
            r"high\s+enough|to\s+(?:die|be\s+sure|make\s+sure))\b|"
            r"\b(?:dose|amount|height|drop|fall|many|much)\s+(?:\w+\s+){0,3}?(?:would|will|could)\s+(?:definitely\s+)?"
            r"(?:kill\s+me|be\s+(?:fatal|lethal))\b"
        ),
        subject=True,
        not_after=rx(r"\s+(?:for|to\s+(?:fill|cover|feed|pay|reach|get|buy|see|pass|fit))\b"),
        cue=rx(r"height|dose|drop|fall|floor|storey|story|depth|fatal|lethal|die|sure"),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\bmake\s+it\s+look\s+like\s+an\s+accident\b"),
        subject=True,
        weak=True,
        alone=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:planning|plan|working\s+out|figuring\s+out|thinking\s+about|imagining|picturing|rehearsing)\s+"
            r"(?:exactly\s+)?(?:how|when|where)\s+(?:i'd|i\s+would|i'll|i\s+will|i'm\s+going\s+to|to)\s+do\s+it\b"
        ),
        subject=True,
        weak=True,
        alone=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:wrote|written|writing|left|leaving|recorded|recording)\s+(?:a\s+|my\s+)?(?:goodbye|farewell|final|"
            r"suicide|last)\s+(?:note|notes|letter|letters|message|messages|video)\b"
        ),
        subject=True,
        weak=True,
        alone=True,
        # a goodbye to an ex or a job is relationship talk
        not_after=rx(
            r"\s+(?:for|to)\s+(?:the\s+team|my\s+(?:ex|team|colleagues?|boss|class|students|patients|clients|pupils|"
            r"customers|readers)|work|the\s+office|him|her)\b|"
            # ...and so is one set as therapy homework, or a retirement's
            r"(?=[^.!?]*\b(?:therapy\s+(?:homework|exercise|task|assignment)|(?:my|the)\s+therapist\s+(?:suggested|asked)|"
            r"as\s+i\s+retire|retir(?:e|ing|ement)\b))|"
            # ...or to someone named as an ex: "to Nadia, my ex"
            r"\s+to\s+\w+,?\s+my\s+ex\b|"
            # ...or to a self the writer is leaving behind: "a goodbye letter, but to the version of me who..."
            r"(?:\s+\w+)?,?\s+(?:but\s+)?to\s+(?:the\s+(?:old|younger|former|past)\s+(?:me|self)|the\s+(?:version|part)\s+of\s+me|"
            r"my\s+(?:old|younger|former|past|inner|teenage)\s+(?:self|me|child))\b"
        ),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:cancelled|canceled|cancelling|canceling|closed|closing|ended)\s+(?:all\s+)?my\s+(?:phone\s+contract|"
            r"contracts|subscriptions|accounts|bank\s+accounts?|gym\s+membership|lease)\b|"
            r"\b(?:got|have|get|getting)\s+(?:it\s+all|everything)\s+(?:ready|sorted|in\s+order|in\s+place)\b|"
            r"\b(?:put|putting|got|getting)\s+(?:the\s+house|my\s+things)\s+in\s+order\b|"
            r"\b(?:i'm|i\s+am|i'll\s+be)\s+done\s+for\s+good\b"
        ),
        weak=True,
        not_after=READY_FOR_AN_OCCASION,
    ),
    # passwords and letters left out, a spot chosen
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:left|wrote\s+down|written\s+down|sent|gave)\s+(?:all\s+)?my\s+(?:passwords|pins?|bank\s+details|logins)\b|"
            r"\b(?:left|wrote|written|writing|and)\s+(?:a\s+)?(?:letter|note)s?\s+(?:for|to)\s+(?:my\s+)?(?:mum|mom|dad|brother|"
            r"sister|kids|son|daughter|parents|family|partner|husband|wife|best\s+friend)\b"
        ),
        weak=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:picked|chose|chosen|found)\s+(?:out\s+)?(?:the|a)\s+(?:spot|place|location)\b"),
        subject=True,
        weak=True,
        alone=True,
        not_after=rx(
            r"\s+(?:for|to\s+(?:eat|meet|sit|park|fish|camp|swim|watch|stay|live|rent|have|hold)|where\s+we|"
            r"on\s+the\s+map|in\s+the\s+(?:car\s+park|cinema|restaurant))\b"
        ),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:sorted|decided|worked\s+out|written\s+down|wrote\s+down|planned)\s+(?:out\s+)?who\s+(?:gets|will\s+get|"
            r"should\s+get|should\s+have|takes|will\s+take|has|gets\s+to\s+have|will\s+look\s+after)\s+(?:all\s+)?(?:my|the)\s+"
            r"(?:things|stuff|cat|dog|pets?|belongings|money|books|kids)\b"
        ),
        weak=True,
        alone=True,
    ),
    # a pet given a new home with no holiday to explain it, and the calm that can follow a decision;
    # weak signs, everyday alone ("the dog goes to my mum's while we're away")
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:the|my)\s+(?:cat|cats|dog|dogs|pets?|rabbits?|bird)\s+(?:goes|is\s+going|will\s+go|can\s+go)\s+to\s+"
            r"(?:my|a|the)\s+\w+(?:'s)?(?:\s+(?:on|next|this)\s+\w+)?"
        ),
        weak=True,
        not_after=rx(r"(?:'s)?\s*(?:while|for\s+(?:the|a|two|three|\d)|when\s+(?:i|we)|during|until|every|whenever)\b"),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:feel|feels|feeling|felt)\s+(?:weirdly|strangely|oddly|eerily|so\s+weirdly)\s+(?:calm|peaceful|at\s+peace)\b"
        ),
        weak=True,
        not_after=rx(r"\s+(?:after|about|now\s+that|since|because|for|with|during|at)\b"),
    ),
    # someone arranged to look after a pet or child "after": a goodbye in all but name
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:has|have|will\s+have|got)\s+(?:somewhere|someone|a\s+(?:new\s+|good\s+)?home)\s+(?:to\s+go\s+|"
            r"to\s+look\s+after\s+(?:them|it|him|her)\s+)?(?:after|afterwards|when\s+i'm\s+gone|once\s+i'm\s+gone)\s*$"
        ),
        weak=True,
        alone=True,
    ),
    # attempts: "tried to hang myself", "swallowed everything in the medicine cabinet"
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\b(?:tried|attempted|trying)\s+to\s+(?:hang|drown|gas|poison|strangle|suffocate|electrocute|shoot|stab)\s+"
            r"myself\b|\b(?:tried|attempted)\s+to\s+(?:overdose|od)\b|"
            r"\b(?:tried|attempted)\s+to\s+jump\s+(?:(?:off|from)\s+(?:a|the|my)\s+(?:\w+\s+)?"
            + HEIGHT
            + r"|in\s+front\s+of\s+"
            r"(?:a|the)\s+" + VEHICLE + r")\b|"
            r"\b(?:took|swallowed|taken|downed)\s+(?:everything|all\s+(?:the\s+)?(?:pills|tablets|meds))\s+(?:in|from)\s+"
            r"(?:the|my)\s+(?:medicine|bathroom|first\s+aid)\s+(?:cabinet|cupboard|box|drawer|kit)\b|"
            r"\b(?:woke\s+up|ended\s+up)\s+in\s+(?:a&e|hospital|the\s+er|icu|the\s+icu)\s+after\s+(?:i\s+)?"
            r"(?:took|trying|tried|swallowed)\b"
        ),
        timing="attempt",
        subject=True,
    ),
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\bi\s+(?:\w+\s+)?attempted\s+(?=(?:last|this|on|in\s+(?:january|february|march|april|may|june|july|august|"
            r"september|october|november|december)|yesterday|recently|earlier|again|(?:a|one|two|three|few|couple\s+of)\s+"
            r"(?:days|weeks|months)\s+ago)\b)"
        ),
        timing="attempt",
    ),
    Rule(
        "recent_attempt",
        "urgent",
        rx(
            r"\bmy\s+(?:last|latest|most\s+recent|first|second|third|previous)\s+(?:suicide\s+)?attempt\s+(?:was|happened)\b"
        ),
        timing="attempt",
    ),
    # self-harm signs with no verb of hurting
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:using|used|use|picked\s+up|got\s+out)\s+(?:a|the|my)\s+(?:blade|blades|razor\s+blade|razor\s+blades)\s+"
            r"(?:again|on\s+(?:myself|my\s+" + BODY + r"))\b"
        ),
        subject=True,
    ),
    Rule(
        "self_harm",
        "urgent",
        rx(r"\b(?:reopen\w*|re-open\w*|pick\w*\s+at|picking)\s+(?:the|my)\s+(?:cuts|scabs|wounds|scars)\b"),
        subject=True,
    ),
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:my\s+|the\s+|new\s+)?(?:cuts|wounds|burns)\s+(?:\w+\s+){0,4}?(?:won't|will\s+not|don't|aren't|keep|kept|"
            r"started)\s+(?:stop\s+)?(?:bleeding|healing|getting\s+infected)\b|"
            r"\b(?:my\s+)?(?:cuts|wounds)\s+(?:are|were|look|looked)\s+(?:really\s+|so\s+|too\s+)?(?:deep|infected)\b"
        ),
        subject=True,
    ),
    Rule(
        "self_harm",
        "concern",
        rx(
            r"\b(?:bang\w*|hit\w*|smash\w*|slam\w*)\s+my\s+head\s+(?:against|on|into)\s+(?:the|a)\s+(?:wall|floor|"
            r"door|desk|mirror)\s+(?:until|so\s+hard|on\s+purpose|again)\b|"
            r"\b(?:scratch\w*|pick\w*|bit(?:e|ing)|hit\w*|punch\w*|pinch\w*)\s+(?:my\s+\w+|myself)\s+until\s+"
            r"(?:it|they|i)\s+(?:bleed|bled|bruise|bruised|saw\s+stars|couldn't|can't)\b"
        ),
        subject=True,
    ),
    Rule(
        "self_harm",
        "concern",
        rx(r"\b(?:relapsed|relapsing)\b(?:\s+\w+){0,2}\s+(?:after|since)\s+(?:\w+\s+){1,3}?(?:clean|free)\b"),
        subject=True,
        also=("substance",),
    ),
    # "i want to die", "i'm ready to stop living", "been meaning to end it all"
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(r"\b" + WANT + r"\s+" + SOFT + DIE + r"\b"),
        subject=True,
        not_after=rx(
            r"\s+(?:(?:of|from)\s+(?:embarrassment|shame|cringe|laugh\w*|boredom|cuteness)|laughing|alone|of\s+old\s+age|"
            r"on\s+(?:that|this)\s+hill|in\s+(?:the|a|this)\s+(?:game|film|show)|to\s+(?:a|an|the)\s+\w+)"
        ),
        not_before=rx(r"\bhill\s+(?:that\s+|which\s+)?(?:i|we)\s+$"),
    ),
    # "i keep thinking about killing myself", "i fantasise about dying"
    Rule(
        "suicidal_thoughts",
        "urgent",
        rx(r"\b" + THINK + r"\s+" + SOFT + DYING + r"\b"),
        subject=True,
        not_after=rx(r"\s+(?:prevention|awareness|rates?|research|(?:of|from)\s+(?:embarrassment|laughter|boredom))\b"),
    ),
    # "part of me wants to just not be here anymore", "i need to stop existing"
    Rule(
        "passive_wish",
        "concern",
        rx(r"\b" + WANT + r"\s+" + SOFT + GONE + r"\b"),
        subject=True,
        everyday=True,
        not_after=ELSEWHERE,
    ),
    Rule(
        "passive_wish",
        "concern",
        rx(r"\b" + THINK + r"\s+" + SOFT + GOING + r"\b"),
        subject=True,
        # "dying of embarrassment", "dying my hair" (dyeing), "death metal"
        not_after=rx(
            r"\s+(?:of|in|at|from|for|to)\s+(?!me\b)\w+|\s+(?:metal|row|penalty|threats?|stare|my|her|his|their|the|it)\b"
        ),
    ),
    # "i wish i just wasn't here", "some nights i wish i wouldn't wake up"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:wish(?:ed|ing)?|hope|hoping|hoped|pray|praying|prayed)\s+(?:(?:every|each|most|some)\s+(?:night|day|"
            r"morning)\s+)?(?:that\s+)?(?:i|i'd)\s+" + SOFT + NOT_HERE + r"\b"
        ),
        not_after=ELSEWHERE,
    ),
    # "would anyone even notice if i was gone", "nobody would care if i died"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:(?:would|will)\s+(?:anyone|anybody|people|they|nobody|no\s+one|my\s+\w+)|"
            r"(?:nobody|no\s*one|anyone|anybody|people|they|no-one)\s+(?:would|will|'d|'ll))\s+"
            + SOFT
            + r"(?:care|notice|miss\s+me|be\s+sad|cry|realise|realize|come\s+to\s+my\s+funeral)\s+(?:\w+\s+){0,2}?"
            + IF_GONE
            + r"\b"
        ),
    ),
    # "nobody would miss me", "no one would even notice i'm gone"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:nobody|no\s*one|no-one)\s+(?:would|will|'d)\s+"
            + SOFT
            + r"(?:miss\s+me|notice\s+(?:i'm|i\s+was|if\s+i'm)\s+"
            r"gone)\b"
        ),
        not_after=rx(
            r"\s+(?:at|from|in|on|there|tonight|if\s+i\s+(?:left|skipped|missed|didn't\s+(?:come|go|show)|stayed))\b"
        ),
    ),
    # "everyone would be better off if i was gone", "i'd be doing everyone a favour if i was gone"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:better\s+off|happier|easier|better|a\s+favou?r|relief|lighter)\s+(?:for\s+\w+\s+)?(?:\w+\s+){0,2}?"
            + IF_GONE
            + r"\b"
        ),
        not_after=ELSEWHERE,
    ),
    # "if i died tomorrow i wouldn't mind", "i wouldn't care if a car hit me"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:wouldn't|would\s+not|won't|don't|do\s+not|honestly\s+wouldn't)\s+(?:even\s+)?(?:mind|care)\s+if\s+"
            r"(?:i\s+(?:died|got\s+hit|didn't\s+wake\s+up|never\s+woke\s+up|stopped\s+existing|was\s+gone|just\s+died)|"
            r"(?:a|the)\s+(?:car|bus|train|truck|lorry)\s+(?:hit|ran\s+over|killed)\s+me|something\s+killed\s+me)\b|"
            r"\bif\s+i\s+(?:died|didn't\s+wake\s+up|got\s+hit\s+by\s+a\s+\w+)\s+(?:\w+\s+){0,3}?i\s+(?:wouldn't|would\s+not)\s+"
            r"(?:mind|care)\b"
        ),
    ),
    # "dying seems easier than this", "not waking up sounds peaceful"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:dying|death|being\s+dead|not\s+existing|not\s+being\s+(?:here|alive)|not\s+waking\s+up|ending\s+it)\s+"
            r"(?:would|will|'d|seems?|sounds?|feels?|looks?|is\s+starting\s+to\s+(?:look|sound|feel))\s+"
            r"(?:\w+\s+)?(?:be\s+)?(?:like\s+)?(?:a\s+)?(?:relief|easier|better|peaceful|welcome|nice|the\s+only\s+way\s+out|"
            r"the\s+answer|the\s+only\s+option)\b"
        ),
        not_after=rx(
            r"\s+than\s+(?:this|that|the|another|one\s+more|sitting|going|doing|listening|watching)\s+"
            r"(?:exam|meeting|lecture|class|shift|film|movie|party|queue|talk|speech|presentation)"
        ),
    ),
    # "i don't see myself being here by summer", "i don't think i'll make it to my birthday"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:(?:don't|do\s+not|can't|cannot)\s+(?:see|picture|imagine)\s+myself\s+(?:still\s+)?(?:being\s+)?"
            r"(?:here|alive|around|living)|(?:don't|do\s+not)\s+think\s+i(?:'ll|\s+will|'m\s+going\s+to)\s+"
            r"(?:still\s+)?(?:be\s+(?:alive|here|around)|make\s+it\s+(?:to|through|past)\s+(?:my\s+(?:next\s+)?birthday|"
            r"(?:this|the|next)\s+(?:year|winter|summer|spring|autumn|christmas|month|week)|christmas|\d+)|"
            r"survive\s+(?:this|the)\s+(?:year|winter|week|month)))\b"
        ),
        not_after=rx(r"\s+(?:in|at|with|for\s+(?:the|this|that|a)|on\s+(?:the|this)|after\s+(?:the|this)|as)\b"),
    ),
    # "i don't see a future where i'm still around"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:don't|do\s+not|can't|cannot)\s+see\s+(?:a|any)\s+future\s+(?:where\s+i'm\s+(?:still\s+)?(?:here|around|"
            r"alive)|with\s+me\s+in\s+it|for\s+myself|for\s+me)\b"
        ),
        not_after=rx(r"\s+(?:and|with|here|at|in)\b"),
    ),
    # "what's the point of any of this anymore", "what's the point in waking up"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:what's|what\s+is)\s+(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:any\s+of\s+(?:this|it)|all\s+of\s+(?:this|it)|"
            r"anything|trying|waking\s+up|getting\s+up|being\s+here|me\s+being\s+here|carrying\s+on|"
            r"(?:this|it)\s+(?:anymore|any\s+more))\b"
        ),
        everyday=True,
        not_after=rx(r"\s+(?:with|if|when|for|at|in\s+(?:the|this)|meeting|arguing|texting)\b"),
    ),
    # "i just want everything to stop", "i want it all to end"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:want|need|wish)\s+"
            + SOFT
            + r"(?:everything|it\s+all|all\s+of\s+it|life)\s+to\s+(?:stop|end|be\s+over)\b"
        ),
        subject=True,
        everyday=True,
        not_after=rx(r"\s+(?:with|between|for\s+a\s+(?:bit|while|second|minute|day)|so\s+(?:we|i)\s+can)\b"),
    ),
    # "i'm so tired of being alive", "so done with existing"
    Rule(
        "passive_wish",
        "concern",
        rx(
            r"\b(?:tired|sick|exhausted|weary|done|over)\s+(?:of|with)\s+"
            + SOFT
            + r"(?:living|being\s+alive|existing|life|"
            r"being\s+here|staying\s+alive|waking\s+up|being\s+me|trying\s+to\s+stay\s+alive)\b"
        ),
        subject=True,
        not_after=rx(
            r"\s+(?:in|at|with|on|like\s+(?:this|that)\s+(?:with|in))\s+(?:the|this|that|my|a|him|her|them)\b|"
            r"\s+(?:admin|insurance|coach\w*|lessons|goals?|hacks?|skills)\b"  # "done with life admin"
        ),
    ),
    # preparation: research into method or dose, or into "the quickest ways" with the method unsaid
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:googl\w*|look(?:ed|ing)?\s+up|search(?:ed|ing)?|research(?:ed|ing)?|read(?:ing)?\s+up\s+on|"
            r"look(?:ed|ing)?\s+into|check(?:ed|ing)?)\s+(?:\w+\s+){0,3}?(?:ways|methods|how)\s+to\s+(?:go|die|end\s+it|"
            r"do\s+it|kill\s+myself|overdose|od|not\s+wake\s+up|end\s+my\s+life)\b|"
            r"\b(?:research(?:ed|ing)?|look(?:ed|ing)\s+up|googl(?:ed|ing)|search(?:ed|ing)\s+(?:for\s+)?|"
            r"read(?:ing)?\s+(?:up\s+)?(?:about|on))\s+(?:the\s+)?(?:(?:quickest|fastest|easiest|surest|least\s+painful|"
            r"most\s+painless|painless)\s+)?(?:ways?|methods?)\b(?!\s+(?:to|of|for|around|into|home|there|in|on)\b)"
        ),
        subject=True,
        not_after=rx(r"\s+(?:to\s+(?:the|a|work|school|uni|bed)|home|out|back|on\s+(?:a|the)|about\s+(?:it|this))\b"),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\bhow\s+(?:many|much)\s+(?:of\s+(?:my|these|the|those)\s+)?(?:\w+\s+)?" + MED + r"\s+(?:\w+\s+){0,4}?"
            r"(?:(?:it\s+)?would\s+(?:take|be\s+enough|kill|do\s+it)|(?:it\s+)?takes?\s+to\s+(?:die|kill|not\s+wake)|"
            r"is\s+(?:enough|lethal|fatal|too\s+many)|are\s+(?:enough|lethal|fatal)|to\s+(?:die|overdose|od|not\s+wake\s+up))\b|"
            r"\b(?:lethal|fatal)\s+(?:dose|amount)\b"
        ),
        timing="fixed",
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:which|what|the)\s+(?:bridge|building|roof|cliff|train|tracks|rope|method|spot|place|pills)\s+"
            r"(?:i'd|i\s+would|i'll|i\s+will|i'm\s+going\s+to|i\s+want\s+to)\s+(?:use|take|jump\s+from|do\s+it)\b"
        ),
        subject=True,
    ),
    # "painless ways to go", as a search or a wish
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:painless|easy|quick|peaceful|quiet)\s+(?:ways?|methods?)\s+to\s+(?:go|die|do\s+it|end\s+it)\b"),
        timing="fixed",
        not_after=rx(r"\s+(?:to\s+(?:the|a|work|school|uni|bed)|home|out|back|about)\b"),
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:a|the)\s+(?:plan|method)\s+and\s+a\s+(?:date|time|day|place)\b"),
        subject=True,
        weak=True,
        alone=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\b(?:i've|i\s+have|i)\s+(?:picked|chosen|set|decided\s+on)\s+(?:the|a)\s+(?:date|day|night)\b"),
        weak=True,
        alone=True,
        not_after=rx(r"\s+(?:for|of|to|with|and|we)\b"),
    ),
    # "wrote everyone a note"
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:wrote|written|writing|left)\s+(?:everyone|everybody|each\s+of\s+them|my\s+(?:family|kids|parents|mum|mom|"
            r"dad|friends|partner|sister|brother))\s+(?:a\s+)?(?:goodbye\s+|last\s+)?(?:letters?|notes?|messages?)\b"
        ),
        weak=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(
            r"\b(?:sorted|sorting|finished|redid|redone|done)\s+(?:out\s+)?my\s+will\b|\bdeleted\s+(?:all\s+)?my\s+"
            r"(?:accounts|socials|social\s+media)\s+and\s+(?:said|wrote|gave|sorted)\b|"
            r"\b(?:i'm|i\s+am)\s+ready\s+to\s+go\s*$"
        ),
        weak=True,
    ),
    Rule(
        "plan_or_preparation",
        "urgent",
        rx(r"\bdeleted\s+(?:all\s+)?my\s+(?:accounts|socials|social\s+media)\b"),
        weak=True,
        not_after=rx(r"\s+(?:to|for|so|because|cause|after)\b"),
    ),
    # self-harm with no "myself": the verb alone, first person, with recency or intent
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\bi\s+(?:\w+\s+)?(?:cut|burned|burnt|harmed|self-harmed|hurt\s+myself|relapsed\s+and\s+cut)\s+"
            + RECENTLY
            + r"\b"
        ),
        not_after=rx(r"\s+(?:my\s+(?:hair|fringe|nails|losses)|class|the\s+(?:cake|grass|hedge))\b"),
    ),
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:relapsed|relapse|relapsing)\b[^;:]{0,30}?\b(?:cut|cutting|burned|burning|self-harm\w*|hurt\s+myself)\b"
        ),
        subject=True,
    ),
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:cut|cutting|burn|burning|burned|burnt|hit|hitting|hurt|hurting|scratch\w*|bruis\w*|punch\w*|carv\w*)\s+"
            r"(?:my\s+(?:own\s+)?" + BODY + r"|myself)\s+(?:\w+\s+){0,5}?(?:on\s+purpose|deliberately|intentionally|"
            r"to\s+(?:feel\s+(?:something|better|real|numb)|cope|punish\s+myself|calm\s+down|make\s+it\s+stop)|with\s+(?:a\s+|my\s+|the\s+)?"
            + TOOLS
            + r")\b"
        ),
        not_after=rx(r"\s*(?:while|when|by\s+accident|shaving|cooking|chopping)\b"),
        not_before=rx(r"\baccidentally\s+$"),
    ),
    Rule(
        "self_harm",
        "urgent",
        rx(
            r"\b(?:urges?|need|craving|want(?:ing)?)\s+to\s+(?:cut|burn\s+myself|self-harm|hurt\s+myself)\s+(?:is|are|was|"
            r"so|again|tonight|right\s+now|really)\b|\b(?:urges?|craving)\s+to\s+(?:cut|self-harm|hurt\s+myself)\b"
        ),
        subject=True,
    ),
]
