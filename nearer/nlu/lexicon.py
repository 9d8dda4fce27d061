"""Phrase patterns for thinking traps and distancing language: where the highlighted spans come from.

Each label has a few patterns written for Nearer from the trap and distancing definitions in
docs/model-card.md. A match does not decide a label by itself: it becomes one feature of the
learned model (so "I must remember the milk" is not a should-statement just because of "must"),
and when the model does choose a label its matching phrases are the spans shown to the member.

Matching runs on the original text with only same-length folding (curly quotes to straight),
so every match offset points straight into what the member wrote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

_FOLD: Final = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})

# Words that often stand in for a person in a relationship.
_THEY = r"(?:he|she|they|everyone|everybody|people|my\s+(?:partner|friends?|boss|family|mum|mom|dad|sister|brother|ex))"
_WILL = (
    r"(?:'ll|\s+will|\s+won't|'s\s+going\s+to|\s+is\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|'m\s+going\s+to)"
)


def _compile(table: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[re.Pattern[str], ...]]:
    return {label: tuple(re.compile(p, re.IGNORECASE) for p in patterns) for label, patterns in table.items()}


TRAP_PATTERNS: Final = _compile(
    {
        "all_or_nothing": (
            r"n't\b[^.?!]{0,30}\bat\s+all\b|\bone\s+more\s+(?:thing|time|mistake)\b",
            r"\beither\b[^.?!]{2,60}\bor\b",
            r"\b(?:completely|totally|entirely|whole\s+\w+\s+is)\s+(?:ruined|failed|wasted|broken|over|worthless)\b",
            r"\b(?:complete|total|utter)\s+(?:failure|waste|disaster|mess)\b",
            r"\bperfect(?:ly)?\b|\bflawless\b|\banything\s+less\s+than\b",
            r"\b(?:nothing|not)\s+at\s+all\b|\ball\s+or\s+nothing\b|\bmight\s+as\s+well\b",
            r"\b(?:whole|entire)\s+(?:thing|week|day|evening|night|relationship)\s+(?:is|was)\s+(?:ruined|a\s+waste)\b",
            r"\b(?:won't|not|don't|can't|never)\b[^.?!]{0,30}\bat\s+all\b|\b(?:properly|perfectly|100%)\b[^.?!]{0,30}\bor\b",
        ),
        "overgeneralizing": (
            r"\b(?:i|it|this|they|people|men|women|friends|things|everyone|nobody)\s+(?:always|never|can\s+never)\b",
            r"\bevery\s+(?:time|single|relationship|person|one\s+of)\b|\bwhenever\b",
            r"\b(?:nobody|no\s+one)\s+ever\b|\balways\s+(?:happens|ends|leave|ruin|mess)\w*",
            r"\bevery(?:one|body)\s+i\s+(?:date|meet|love|trust)\w*",
            r"\bnothing\s+(?:i\s+do|i\s+say|ever)\b|\b(?:ever|never)\s+(?:good\s+)?enough\b|\bnot\s+once\b",
            r"\b(?:always|never)\s+end\s+up\b|\bevery\s+(?:weekend|day|night|week|date|friend)\b",
        ),
        "mental_filter": (
            r"\bcan't\s+(?:get\s+past|stop\s+thinking\s+about|let\s+go\s+of)\s+(?:that|the)\s+one\b|\bbut\s+all\s+i\b",
            r"\ball\s+i\s+(?:can\s+)?(?:think\s+about|heard|hear|remember|noticed|notice|see|keep\s+thinking\s+about)\b",
            r"\b(?:is|was)\s+all\s+i\s+(?:can\s+)?(?:think\s+about|heard|remember|see|noticed)\b",
            r"\bthe\s+one\s+(?:\w+\s+){0,2}(?:thing|comment|moment|criticism|pause|line|no|person|mistake|time)\b",
            r"\bonly\s+(?:ever\s+)?(?:noticed|notice|heard|remember|see)\b",
            r"\b(?:spoiled|spoilt|ruined)\s+(?:it|the\s+whole|everything|the\s+entire)\b",
            r"\b(?:spoiled|spoilt|ruined)\s+by\s+(?:one|a\s+single|that\s+one)\b",
            r"\bone\s+(?:rude|bad|small|little|stupid|awkward|mean|negative|critical)\s+(?:comment|thing|mistake|remark|moment)\b",
        ),
        "discounting_positive": (
            r"\b(?:they'd|they\s+would|he'd|she'd|he\s+would|she\s+would|people)\s+say\s+that\s+to\s+(?:anyone|everyone)\b",
            r"\b(?:just|only)\s+being\s+(?:polite|nice|kind)\b|\bfelt\s+sorry\s+for\s+me\b",
            r"\banyone\s+could\s+have\b|\b(?:has|had)\s+to\s+say\s+that\b",
            r"\b(?:doesn't|does\s+not|didn't)\s+(?:really\s+)?(?:count|mean\s+anything|prove\s+anything|matter)\b",
            r"\b(?:just|only|pure)\s+luck\b|\bonly\s+because\b|\bhardly\s+(?:counts|matters)\b",
            r"\b(?:praise|compliment|thank)s?\s+everyone\b",
        ),
        "mind_reading": (
            r"\bobviously\s+(?:still\s+)?(?:mad|angry|upset|annoyed|bored|sick|fed\s+up)\b",
            r"\bcould\s+tell\s+(?:he|she|they|the\s+\w+|my\s+\w+)\s+(?:thought|was|were|didn't|hated)\b",
            r"\bi'm\s+sure\s+(?:he|she|they|everyone|people)\s+(?:think|thinks|hate|hates|are|is)\b",
            _THEY + r"\s+(?:must|probably|secretly|obviously|clearly)\s+(?:think|thinks|hate|hates|be|is|wants?)\b",
            r"\b(?:i\s+can\s+tell|i\s+can\s+see\s+it|i\s+just\s+know)\b",
            r"\bi\s+know\s+" + _THEY + r"\s+(?:think|thinks|is|are|hates?|wants?)\b",
            _THEY + r"\s+(?:think|thinks)\s+i'm\b",
            r"\b(?:bet|sure)\s+(?:they|he|she)\s+(?:were|was|are|is|think)\b|\bprobably\s+about\s+me\b",
            r"\bjudging\s+me\b|\bsee\s+right\s+through\s+me\b",
            r"\b(?:\w+)\s+(?:definitely|surely|obviously|clearly|secretly)\s+(?:think|thinks|hates?|can't\s+stand)\b",
            r"\bcan't\s+stand\s+me\b|\b(?:thinks?|think)\s+i'm\s+(?:\w+\s+)?(?:incompetent|stupid|annoying|boring|weird|a\s+\w+)",
            r"\b(?:so|which\s+means)\s+(?:she|he|they)\s+(?:obviously|clearly|must)\b",
        ),
        "fortune_telling": (
            r"\b(?:he|she|they|it|this|things|nobody|no\s+one|everyone|people)" + _WILL + r"\b",
            r"\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:\w+\s+)?(?:fail|mess|ruin|panic|lose|screw|blow|"
            r"be\s+alone|end\s+up|never|get\s+hurt|embarrass|freeze|be\s+rejected|say\s+something\s+stupid)\w*",
            r"\b(?:i'll|i\s+will)\s+never\b|\bnever\s+going\s+to\b|\bforever\b",
            r"\bno\s+point\s+(?:in\s+)?(?:trying|asking|bothering)\b|\bwon't\s+(?:ever\s+)?work\s+out\b",
            r"\b(?:already|just)\s+(?:tell|know)\b|\bgoing\s+to\s+end\s+badly\b",
        ),
        "catastrophizing": (
            r"\b(?:career|life|future|reputation)\s+(?:is|will\s+be)\s+(?:basically\s+|completely\s+)?(?:finished|over|ruined|done)\b",
            r"\bfalling\s+apart\b|\bheart\s+attack\b|\bno\s+one\s+(?:will\s+)?find(?:s)?\s+me\b",
            r"\b(?:disaster|catastroph\w*|unbearable|humiliat\w*|devastat\w*\s+forever)\b",
            r"\b(?:fall|falling)\s+apart\b|\ball\s+collapse\b|\bcollapse\b|\bbreakdown\b",
            r"\b(?:never|not)\s+(?:recover|survive|live\s+it\s+down)\b|\bwon't\s+survive\b|\bcouldn't\s+cope\b",
            r"\b(?:worst\s+thing|end\s+of\s+everything|lose\s+everything|destroy\s+us|ruined\s+for\s+life)\b",
            r"\bsomething\s+terrible\b|\brest\s+of\s+my\s+life\b|\bthen\s+everything\b",
            r"\b(?:my\s+)?life\s+(?:will\s+be|is)\s+over\b|\bnothing\s+left\b|\bin\s+an\s+accident\b|\bprobably\s+dead\b",
            r"\bruin(?:ed)?\s+my\s+(?:whole\s+)?life\b|\bnever\s+get\s+over\b|\bworst\s+case\b|\bwhat\s+if\b",
        ),
        "emotional_reasoning": (
            r"\bi\s+feel\s+(?:so\s+|really\s+)?\w+,?\s+(?:so\s+)?(?:i|it|he|she|they)\s+must\b",
            r"\bi\s+(?:feel|felt)\s+(?:like\s+)?[^,.;!?]{1,40}?,?\s+(?:so|which\s+means|therefore|that\s+means|"
            r"it\s+means)\s+(?:i|it|he|she|they|something|nobody|everyone|getting|i'm)\b",
            r"\b(?:it|this)\s+feels\s+\w+,?\s+so\s+(?:it|this)\s+(?:is|must)\b",
            r"\bbecause\s+i\s+feel\b",
            r"\bi\s+(?:don't|do\s+not)\s+feel\s+\w+,?\s+so\b",
            r"\bfeels?\s+(?:true|real|like\s+proof)\b|\bmy\s+gut\s+(?:says|tells\s+me)\b",
        ),
        "should_statements": (
            r"\b(?:should(?:n't)?|ought\s+to|must(?:n't)?|must\s+not|must\s+never|have\s+to\s+be)\b",
            r"\bsupposed\s+to\b",
            r"\b(?:need|have)\s+to\s+(?:be|always|never)\b|\bno\s+excuse\b",
        ),
        "labeling": (
            r"\bi'?m\s+(?:such\s+|so\s+|just\s+)?(?:a|an)\s+(?:\w+\s+)?(?:loser|idiot|failure|burden|mess|fraud|coward|"
            r"disappointment|joke|freak|waste|terrible|horrible|awful|useless|worthless|bad)\w*\b",
            r"\bi'?m\s+(?:such\s+|so\s+|just\s+|too\s+)?(?:pathetic|unlovable|broken|worthless|useless|stupid|hopeless|"
            r"disgusting|needy|clingy|weak|boring|an\s+idiot|unworthy)\b",
            r"\b(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+(?:a|an|such\s+a)\s+(?:\w+\s+)?(?:jerk|liar|monster|idiot|"
            r"narcissist|loser|person|psycho|user)\b",
            r"\bi'?m\s+(?:just\s+|such\s+|so\s+)?(?:a|an)?\s*(?:selfish|horrible|terrible|awful|worthless|useless|boring|"
            r"disgusting|toxic|difficult|cold|weak|stupid|ugly|lazy|annoying|hopeless|pathetic|unlikeable|"
            r"unlovable)\s+(?:person|human|partner|friend|girlfriend|boyfriend|daughter|son|wife|husband|mess)\b",
            r"\b(?:a|such\s+a|total|complete)\s+(?:disappointment|failure|loser|idiot|mess|fraud)\b",
        ),
        "personalizing": (
            r"\bi\s+did\s+something\s+to\s+(?:cause|upset|annoy|deserve)\b|\bsure\s+i\s+did\s+something\b|\bi\s+caused\s+(?:it|this)\b",
            r"\b(?:all\s+)?my\s+fault\b|\bbecause\s+of\s+me\b|\bdown\s+to\s+me\b",
            r"\bi\s+must\s+have\s+(?:caused|done|upset|annoyed|said)\b|\bsomething\s+i\s+(?:did|said)\b",
            r"\bi\s+(?:caused|killed\s+the\s+mood)\b|\bif\s+i\s+(?:were|was|had\s+been)\s+(?:a\s+)?better\b",
            r"\b(?:it's|it\s+is|it\s+was)\s+because\s+of\s+me\b|\bi\s+should\s+have\s+(?:stopped|seen|known)\b",
            r"\bbecause\s+i'm\s+(?:so\s+|too\s+)?(?:difficult|too\s+much|annoying|a\s+burden|boring|me)\b",
            r"\bi\s+(?:probably|must\s+have|definitely)\s+(?:made|ruined|caused|said|did)\b|\bi\s+made\s+it\s+awkward\b",
        ),
        "blaming": (
            r"\bif\s+my\s+\w+\s+hadn't\b|\b(?:is|was)\s+the\s+reason\s+(?:my|i|we|our)\b",
            r"\b(?:his|her|their|your|[a-z]+'s)\s+fault\b",
            r"\b(?:made|make|makes)\s+me\s+(?:feel|lose|do|say|pull|this|so|act)\b",
            r"\bruined\s+(?:my|the|our|everything)\b|\b(?:is|are)\s+(?:the\s+reason|to\s+blame)\b",
            r"\bdrove\s+me\b|\bif\s+(?:he|she|they|you)\s+(?:had|hadn't)\b|\bbecause\s+of\s+(?:him|her|them)\b",
        ),
        "comparing": (
            r"\bmore\s+\w+\s+than\s+i\s+(?:ever\s+)?(?:was|am|will\s+be)\b|\bthan\s+i\s+ever\b|\bcompared\s+to\s+(?:them|her|him|everyone)\b",
            r"\b(?:\w+er|more\s+\w+|better|prettier|happier)\s+than\s+(?:me|i\s+am|i\s+(?:will|could)\s+ever)\b",
            r"\b(?:everyone|everybody)\s+else\b|\bother\s+(?:people|couples|people's|women|men|partners)\b",
            r"\ball\s+my\s+friends\b|\bcompared\s+to\b|\bthe\s+only\s+one\b|\bmeasure\s+up\b",
            r"\blike\s+(?:my\s+\w+|everyone|other\s+people|them|her|him)\s+(?:are|is|do|does|can)\b|\bnext\s+to\s+(?:him|her|them)\b",
            r"\b(?:twice|half)\s+(?:what|as\s+much\s+as)\s+i\b|\bwhy\s+can't\s+i\s+be\b|\beveryone\s+but\s+me\b",
        ),
        "painful_feeling": (
            r"\b(?:just|really|still)\s+hurts\b|\b(?:really\s+)?missing\s+(?:my\s+\w+|him|her|them|you)\b|\bache[sd]?\b|\bheartache\b",
            r"\bi\s+(?:feel|felt|am|'m|'ve\s+been|'ve\s+felt|have\s+felt|have\s+been)\s+(?:so\s+|really\s+|very\s+|just\s+)?"
            r"(?:sad|lonely|alone|hurt|"
            r"heartbroken|devastated|scared|anxious|ashamed|empty|exhausted|overwhelmed|grieving|miserable|low)\b",
            r"\b(?:i'm|i\s+am)\s+(?:so\s+|really\s+)?(?:sad|lonely|heartbroken|devastated|grieving|exhausted)\b",
            r"\bmiss\s+(?:her|him|them|you|the\s+way|how)\b|\b(?:it|my\s+heart)\s+hurts\b|\bcan't\s+stop\s+crying\b",
            r"\bpainful\b",
        ),
    }
)

DISTANCING_PATTERNS: Final = _compile(
    {
        "withdrawal": (
            r"\bkeep\s+my\s+head\s+down\b|\bdon't\s+worry\s+about\s+(?:replying|answering|texting)\b|\bskipping\b",
            r"\bdon't\s+try\s+to\s+change\s+my\s+mind\b|\bleave\s+me\s+be\b|\blet\s+me\s+be\b|\bstop\s+bothering\s+you\b|\bgo(?:ing)?\s+dark\b",
            r"\bneed\s+(?:some\s+)?space\b|\bleave\s+me\s+alone\b|\b(?:be|on)\s+my\s+own\b|\bby\s+myself\b",
            r"\b(?:don't|do\s+not)\s+(?:text|call|message|contact|come|wait\s+for)\s*(?:me|round|over)?\b",
            r"\b(?:go|going)\s+(?:quiet|off\s+grid|offline)\b|\boffline\b|\bmuted\b",
            r"\b(?:drop|forget)\s+it\b|\brather\s+not\b|\blet's\s+(?:not|just\s+not|skip)\b|\bskip\b",
            r"\bnot\s+(?:really\s+)?(?:up\s+for|in\s+the\s+mood)\b|\bi'll\s+pass\b|\bcan't\s+(?:make\s+it|talk)\b",
            r"\bcancel(?:l?ing)?\b|\bswitch\w*\s+(?:my\s+)?phone\s+off\b|\bstay(?:ing)?\s+(?:in|home)\b",
            r"\bwithout\s+me\b|\bstep\s+back\b|\btake\s+a\s+break\s+from\s+everything\b|\bkeep\s+to\s+myself\b",
            r"\b(?:don't|do\s+not)\s+want\s+to\s+talk\b|\bi'm\s+out\b|\bdon't\s+bother\b|\bstop\s+asking\b",
            r"\bwon't\s+be\s+around\b|\b(?:time|some\s+time)\s+away\b|\bi'll\s+reply\s+when\b|\bmaybe\s+another\s+time\b",
            r"\bsit\s+(?:this|it)\s+(?:one\s+)?out\b|\bdon't\s+wait\s+up\b|\bnot\s+(?:really\s+)?in\s+a\s+\w+\s+mood\b",
            r"\bunreachable\b|\bleave\s+it\b|\bcan't\s+do\s+this\s+(?:right\s+)?now\b|\bnot\s+now\b|\bwant\s+to\s+be\s+alone\b",
            r"\bneed\s+(?:some\s+)?(?:time|room)\s+(?:alone|to\s+myself|apart)\b|\bdisappear\w*\s+for\s+a\s+(?:bit|while)\b",
            r"\b(?:gonna|going\s+to)\s+(?:ghost|go\s+dark|log\s+off)\b|\bdon't\s+come\s+(?:over|round|looking)\b",
        ),
        "minimizing": (
            r"\bi'm\s+grand\b|\b(?:wasn't|isn't|not)\s+a\s+big\s+thing\b|\bi'll\s+get\s+over\s+it\b|\bdidn't\s+(?:really\s+)?care\b",
            r"\b(?:it's|its|it\s+is|that's)\s+(?:fine|nothing|whatever|not\s+a\s+(?:big\s+deal|thing)|no\s+biggie)\b",
            r"\bwhatever\b|\bnot\s+a\s+big\s+deal\b|\bno\s+biggie\b|\bnot\s+that\s+deep\b|\bno\s+worries\b",
            r"\b(?:doesn't|does\s+not|didn't)\s+(?:really\s+)?(?:matter|bother\s+me|hurt)\b",
            r"\bi'm\s+(?:fine|good|okay|ok|over\s+it|not\s+upset|used\s+to\s+it)\b|\b(?:totally|all)\s+(?:fine|good)\b",
            r"\bdon't\s+worry\s+about\s+(?:me|it)\b|\bnever\s+mind\b|\bignore\s+(?:me|my\s+last)\b",
            r"\bbeing\s+dramatic\b|\boverreacting\b|\bdon't\s+(?:care|mind)\b|\bnot\s+important\b|\bit's\s+silly\b",
            r"\bforget\s+i\s+said\b|\bused\s+to\s+it\b|\bdon't\s+make\s+a\s+fuss\b|\bnot\s+worth\s+talking\b",
            r"\bno\s+big\s+deal\b|\bdon't\s+stress\b|\bnot\s+a\s+problem\b|\bno\s+problem\b|\bbarely\s+noticed\b",
            r"\b(?:it's|its)\s+(?:all\s+)?(?:good|cool|fine)\b|\bi'll\s+(?:live|survive|be\s+fine)\b|\bdidn't\s+need\b",
        ),
        "ending": (
            r"\bstop\s+talking\b|\bbetter\s+for\s+both\s+of\s+us\b|\bdone\s+with\s+us\b|\bcan't\s+keep\s+doing\s+this\b",
            r"\bbreak\s+up\b|\bwe're\s+(?:done|finished|over)\b|\b(?:it's|this\s+is)\s+over\b|\bi'm\s+done\b",
            r"\bend\s+(?:it|this|things)\b|\bcall\s+it\s+quits\b|\bstop\s+seeing\s+each\s+other\b|\bseparate\s+ways\b",
            r"\bleaving\s+you\b|\bdivorce\b|\bgoodbye\b|\bcontact\s+me\s+again\b|\bblock\w*\s+you\b",
            r"\blose\s+my\s+number\b|\bdelet\w*\s+your\s+number\b|\bcan't\s+be\s+with\s+you\b|\bthe\s+end\s+for\s+us\b",
            r"\bbetter\s+off\s+apart\b|\brun\s+its\s+course\b|\bnot\s+coming\s+back\b|\bwon't\s+hear\s+from\s+me\b",
            r"\bwalking\s+away\b|\bcalling\s+off\b|\bdon't\s+see\s+a\s+future\b|\bdone\s+with\s+(?:you|this)\b",
            r"\b(?:text|message)\s+me\s+again\b|\bending\s+this\b|\bout\s+of\s+this\s+relationship\b",
            r"\bgo(?:ing)?\s+our\s+(?:own|separate)\s+ways\b|\b(?:not|no\s+longer)\s+doing\s+this\b|\bwe're\s+through\b",
            r"\bthrough\s+with\s+(?:you|this|us)\b|\bthis\s+is\s+goodbye\b|\bmoving\s+on\s+from\s+(?:you|us)\b",
            r"\bfinished\s+with\s+(?:you|us|this)\b|\bcut(?:ting)?\s+you\s+off\b|\bend\s+(?:this|our)\s+(?:relationship|friendship)\b",
            r"\bbye\.?\s*$|\bdone\s+between\s+us\b|\bdon't\s+(?:ever\s+)?(?:message|call|text)\s+me\s+again\b",
        ),
        "blaming": (
            r"\byou\s+(?:never|always|made\s+me|ruined|started|keep|broke|pushed|left\s+me|didn't\s+listen)\b",
            r"\byour\s+fault\b|\bbecause\s+of\s+you\b|\bthanks\s+to\s+you\b|\byou're\s+(?:always|the\s+(?:reason|one))\b",
            r"\bif\s+you\s+(?:cared|hadn't|had\s+(?:listened|been))\b|\bwhy\s+do\s+you\s+always\b|\byou\s+made\s+this\b",
        ),
        "testing": (
            r"\bsee\s+if\s+i\s+care\b|\bwonder\s+if\s+you'd\b|\bmore\s+fun\s+without\s+me\b|\bbetter\s+off\s+without\s+me\b|\bif\s+i\s+stopped\b",
            r"\bif\s+(?:you|i)\s+(?:really\s+|actually\s+)?(?:loved|cared|wanted|mattered)\b",
            r"\bi\s+guess\s+(?:you\s+don't|i'm)\b|\byou'd\s+(?:come|have|cancel)\b|\bprove\s+it\b",
            r"\blike\s+everyone\s+else\b|\bwon't\s+even\s+notice\b|\bbetter\s+(?:people|things)\b|\bnot\s+a\s+priority\b",
            r"\bhappier\s+(?:with\s+someone|if\s+i)\b|\bsee\s+(?:if|how\s+long|what\s+happens)\b|\bdo\s+you\s+even\b",
            r"\byou\s+should\s+know\b|\bfigure\s+out\s+what's\s+wrong\b|\bclearly\s+(?:they're|you)\b",
            r"\byou'll\s+(?:leave|get\s+tired)\b|\beveryone\s+does\b|\bwould\s+you\s+even\b|\bwhere\s+i\s+stand\b",
            r"\beasy\s+to\s+forget\b|\bbet\s+you\b|\bpretend\s+you\s+care\b|\badmit\s+you're\b|\bit's\s+what\s+you\s+want\b",
            r"\bused\s+to\s+people\s+losing\b|\bworth\s+the\s+effort\b|\byou\s+can\s+go\b",
            r"\bwon't\s+(?:even\s+)?miss\s+me\b|\bsure\s+you\s+(?:won't|don't|wouldn't)\b|\bif\s+i\s+(?:disappeared|left|was\s+gone)\b",
            r"\bsee\s+if\s+you\s+(?:ever|even)\b|\bstop\s+trying\s+and\s+see\b|\byou'd\s+(?:rather|prefer|be\s+happier)\b",
            r"\bwould\s+you\s+(?:even\s+)?(?:notice|care|look\s+for\s+me)\b|\bdo\s+you\s+(?:even\s+)?care\b",
        ),
        "contempt": (
            r"\byou're\s+(?:honestly\s+|literally\s+|such\s+)?a\s+joke\b|\blol\s+you're\b|\bgenius\s+move\b|\bas\s+usual\b",
            r"\bpathetic\b|\buseless\b|\bgenius\b|\breal\s+mature\b|\bgrow\s+up\b|\bsuch\s+a\s+child\b",
            r"\b(?:what|you're)\s+a\s+joke\b|\ba\s+joke\s+of\b|\bdon't\s+flatter\b|\bembarrass\w*\b|\bridiculous\b",
            r"\bdrama\s+queen\b|\bspare\s+me\b|\bsob\s+story\b|\bclueless\b|\bthanks\s+for\s+nothing\b|\btypical\b",
            r"\bunbelievable\b|\bwhat\s+is\s+wrong\s+with\s+you\b|\bnice\s+of\s+you\s+to\s+finally\b",
            r"\boh\s+(?:great|wow|please|lovely)\b|\bcongratulations\b|\bcould\s+you\s+be\s+any\s+more\b|\bas\s+if\s+you\b",
            r"\bbrain\b|\btantrum\w*\b|\byou're\s+(?:hopeless|a\s+mess|honestly\s+ridiculous|exhausting|so\s+dramatic)\b",
            r"\bugh\b|\bwow\b|\byou\s+remembered\s+i\s+exist\b",
            r"\bidiot\b|\bdumb\b|\bstupid\b|\bmoron\b|\bimmature\b|\bloser\b|\bclown\b|\bget\s+a\s+life\b",
            r"\boh\s+(?:brilliant|perfect|amazing|fantastic)\b|\boutdone\s+yourself\b|\bhow\s+(?:dumb|stupid|thick|dense)\b",
            r"\bseriously\?|\bwhat\s+is\s+your\s+problem\b|🙄|\bpffft?\b|\bsure\s+you\s+(?:did|are)\b",
        ),
    }
)

# A break that names a return ("I'll call you in the morning") or a feeling said plainly: what the
# coach wants to see. These are features too, so the model can learn that they soften a withdrawal.
CUE_PATTERNS: Final = _compile(
    {
        "cue_return": (
            r"\b(?:i'll|i\s+will|let's|can\s+we|we\s+can)\s+(?:call|talk|text|ring|see|be\s+back|come\s+back|pick\s+it\s+up|"
            r"catch\s+up|try\s+again|join)\b",
            r"\b(?:tomorrow|tonight\s+at|in\s+the\s+morning|after\s+(?:dinner|work|lunch|that)|until\s+\w+|next\s+time|"
            r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at\s+\d+|then\s+i'm\s+back)\b",
            r"\bi'm\s+not\s+going\s+anywhere\b|\bi'm\s+(?:back|ready\s+to\s+talk)\b",
        ),
        "cue_feeling": (
            r"\bi\s+(?:feel|felt|am|'m)\s+(?:so\s+|really\s+|a\s+bit\s+)?(?:hurt|sad|scared|afraid|anxious|lonely|angry|"
            r"overwhelmed|upset|frustrated|nervous|jealous|insecure|disappointed|tired|exhausted|low|shattered)\b",
            r"\bi\s+(?:need|want|would\s+love|'d\s+love|'d\s+like|would\s+like)\b|\bcould\s+you\b|\bcan\s+you\b",
            r"\bi\s+(?:miss|love|care\s+about|appreciate)\s+you\b|\bi'm\s+sorry\b|\bbecause\s+i'm\b",
        ),
    }
)


def fold(text: str) -> str:
    """The text with curly quotes straightened: same length, so offsets stay valid."""
    return text.translate(_FOLD)


def find(patterns: Mapping[str, tuple[re.Pattern[str], ...]], text: str) -> dict[str, list[tuple[int, int]]]:
    """Every label's matches in ``text`` as (start, end) offsets into the original string."""
    folded = fold(text)
    found: dict[str, list[tuple[int, int]]] = {}
    for label, compiled in patterns.items():
        hits = [(m.start(), m.end()) for p in compiled for m in p.finditer(folded) if m.end() > m.start()]
        if hits:
            found[label] = sorted(set(hits))
    return found
