"""Phrase patterns for thinking traps and distancing language: where the highlighted spans come from.

Each label has a few patterns written for Nearer from the trap and distancing definitions in
docs/model-card.md. A match does not decide a label by itself: it becomes one feature of the
learned model (so "I must remember the milk" is not a should-statement just because of "must"),
and when the model does choose a label its matching phrases are the spans shown to the member.

Matching runs on the text with curly quotes straightened and texting spellings written out
("dont", "im", "u", "fiiine"); each match is mapped back, so every offset points into what the
member wrote.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
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
            r"\bone\s+(?:\w+\s+)?(?:silence|mistake|slip|argument|fight|date|comment)\b[^.?!]{0,40}\b(?:ruined|over|off|wrecked|pointless)\b",
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
            r"\b(?:talking|laughing|gossiping)\s+about\s+me\b|\blaughing\s+at\s+me\b",
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
            r"\b(?:got\s+to|gtg|g2g)\s+go\b|\bi(?:'m|\s+am)\s+(?:off|busy|not\s+available|unavailable)\b|^\s*busy\b",
            r"\b(?:going|heading|off)\s+to\s+(?:bed|sleep)\b|\bgoing\s+to\s+sleep\b|\bi'm\s+(?:tired|going\s+to\s+bed)\b",
            r"\b(?:rather|prefer\s+to)\s+be\s+(?:left\s+)?alone\b|\bleft\s+alone\b|\bgo\s+away\b|\bjust\s+go\b",
            r"\b(?:don't|not)\s+(?:really\s+)?(?:want\s+to\s+)?(?:get(?:ting)?\s+into\s+(?:it|this|that)|talk(?:ing)?\s+about\s+(?:it|this|that))\b",
            r"\bstop\s+(?:calling|texting|messaging|asking|checking\s+on)\b|\b(?:not|won't\s+be)\s+(?:answering|replying|picking\s+up)\b",
            r"\b(?:need|want)\s+(?:a\s+break|distance|some\s+distance|to\s+disappear)\s+from\b|\bneed\s+(?:a\s+)?(?:break|distance)\b",
            r"\bi'm\s+not\s+(?:coming|going|up\s+to\s+it)\b|\bdon't\s+(?:reach\s+out|check\s+on\s+me|wait\s+for\s+me)\b|\bignore\s+my\b",
            r"\b(?:phone|notifications)\s+(?:off|on\s+silent)\b|\bdo\s+not\s+disturb\b|\blog(?:ging)?\s+off\b|\breply\s+whenever\b",
            r"\b(?:can't|cannot)\s+(?:deal|right\s+now|do\s+this)\b|\bnot\s+(?:today|tonight|this\s+week)\b|\bsome\s+other\s+time\b",
            r"\bbail(?:ing|ed)?\b|\bmia\b|\bawol\b|\bdon't\s+expect\s+(?:a\s+)?(?:replies|reply|answer|me)\b|\bcan\s+we\s+not\b",
            r"\b(?:don't|do\s+not)\s+have\s+the\s+(?:energy|headspace|bandwidth)\b|\btell\s+(?:them|everyone)\s+i\s+(?:can't|won't)\b",
            r"\bi'm\s+not\s+discussing\b|\bnot\s+discussing\s+(?:it|this)\b|\bno\s+calls\b|\bleave\s+it\s+there\b",
            r"\bwhen\s+i\s+feel\s+like\s+(?:it|talking)\b|\bdon't\s+come\s+find\s+me\b|\brain\s+check\b|\bdrop\s+the\s+subject\b",
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
            r"\bwho\s+cares\b|\bit\s+is\s+what\s+it\s+is\b|\bnot\s+bothered\b|\bdoesn't\s+bother\s+me\b|\bi\s+don't\s+care\b",
            r"\b(?:it\s+was|it's|that\s+was)\s+(?:nothing|just\s+a\s+joke|no\s+biggie)\b|\bjust\s+(?:joking|kidding)\b|\bforget\s+about\s+it\b",
            r"\b(?:all|it's)\s+(?:good|chill|cool)\b|\bnothing's\s+wrong\b|\bnothing\s+(?:is\s+)?wrong\b|\bnot\s+a\s+thing\b|\bmake\s+it\s+a\s+thing\b",
            r"^\s*(?:ok|fine|sure|cool|whatever|meh|eh|nothing|never\s+mind)\s*[.!]*\s*$|\bi'm\s+(?:fine|ok)\s*[.!]*\s*$",
            r"\bperfectly\s+(?:fine|ok)\b|\bdon't\s+need\s+(?:anything|you|your)\b|\bnot\s+like\s+i\s+(?:was|care|wanted)\b",
            r"^\s*(?:y|mhm|mm+|alright|right|ok\s+then|k\s+then|sure\s+thing|yep|fine\s+then|if\s+you\s+say\s+so)\s*[.!]*\s*$|\bused\s+to\s+being\b",
            r"\bshouldn't\s+have\s+(?:said|brought)\b|\bsorry\s+i\s+(?:even\s+)?(?:said|brought|asked|mentioned)\b|\bforget\s+i\b",
            r"\bwasn't\s+(?:even\s+)?(?:that\s+)?(?:upset|bothered|hurt)\b|\b(?:just|only)\s+tired\b|\bit's\s+stupid\b",
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
            r"\bbreak(?:ing)?\s+up\b|\bsplit(?:ting)?\s+up\b|\bnot\s+together\s+(?:anymore|any\s+more)\b|\bbe\s+together\s+anymore\b",
            r"\b(?:in|be\s+in)\s+this\s+relationship\s+(?:anymore|any\s+more)\b|\bdon't\s+want\s+(?:this|us|you)\s+anymore\b",
            r"\bi'm\s+(?:leaving|moving\s+out|not\s+coming\s+back)\b|\bkeep\s+the\s+(?:stuff|ring|things)\b|\bpack\s+your\b",
            r"\bnever\s+(?:want\s+to\s+)?(?:see|speak\s+to|talk\s+to|hear\s+from)\s+(?:you|me)\s+again\b|\bhave\s+a\s+nice\s+life\b",
            r"\b(?:blocked|unfollowed|unfriended|deleted)\s+(?:you|your)\b|\bdelet\w*\s+(?:your|our)\b|\bblock(?:ing|ed)?\b",
            r"\bwe're\s+(?:through|finished|done|over)\b|\bit's\s+over\b|\bover\s+between\s+us\b|\bthis\s+isn't\s+working\b",
            r"\bending\s+(?:things|it|us)\b|\bmoving\s+on\b|\bno\s+us\b|\bconsider\s+(?:this|it|us)\s+over\b|\blast\s+message\b",
            r"\bwant\s+a\s+divorce\b|\bi'm\s+done\b[^.?!]{0,40}\b(?:texting|calling|trying|waiting)\b",
            r"\btaking\s+my\s+(?:stuff|things)\b|\bit's\s+finished\b|\bthis\s+is\s+it\b|\bbye\s+forever\b|\bwhere\s+we\s+stop\b",
        ),
        "blaming": (
            r"\byou\s+(?:never|always|made\s+me|ruined|started|keep|broke|pushed|left\s+me|didn't\s+listen)\b",
            r"\byour\s+fault\b|\bbecause\s+of\s+you\b|\bthanks\s+to\s+you\b|\byou're\s+(?:always|the\s+(?:reason|one))\b",
            r"\bif\s+you\s+(?:cared|hadn't|had\s+(?:listened|been))\b|\bwhy\s+do\s+you\s+always\b|\byou\s+made\s+this\b",
            r"\b(?:this|that|it)(?:'s|\s+is|\s+was)\s+(?:all\s+)?(?:on\s+you|your\s+doing)\b|\byou\s+did\s+this\b|\bblame\s+you\b",
            r"\byou\s+(?:always|never|keep|constantly)\s+\w+|\byou\s+(?:ruined|wrecked|broke|caused|forgot|ignored)\b",
            r"\bif\s+you'd\s+(?:bothered|listened|been|just|actually|shown)\b|\byou(?:'re|\s+are)\s+the\s+(?:reason|problem|one\s+who)\b",
            r"\byou\s+(?:don't|didn't|can't)\s+even\b|\byou\s+started\s+it\b|\bthanks\s+to\s+you\b|\bbecause\s+you\b",
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
            r"\bwhy\s+do\s+i\s+(?:even\s+)?bother\b|\bnot\s+(?:important|good)\s+enough\b|\bnot\s+like\s+(?:my|i|you'd|you)\b",
            r"\b(?:no\s+one|nobody)\s+would\s+(?:even\s+)?(?:care|notice|miss)\b|\bi\s+see\s+how\s+it\s+is\b|\bmessage\s+received\b",
            r"\bgood\s+to\s+know\s+where\b|\bgo\s+on\s+then\b|\bdon't\s+let\s+me\s+stop\s+you\b|\bhave\s+fun\s+without\b",
            r"\bwould\s+it\s+kill\s+you\b|\bwas\s+that\s+so\s+hard\b|\byou'd\s+(?:drop|leave|replace|forget)\s+me\b|\bif\s+you\s+really\b",
            r"\bguess\s+(?:i'm|i\s+am|you're|you\s+don't|you\s+have|that's|it\s+doesn't)\b|\bmust\s+not\s+(?:matter|care)\b",
            r"\bif\s+(?:you|i)\s+(?:mattered|meant)\b|\bif\s+you\s+(?:cared|loved\s+me)\b|\bdo\s+you\s+even\s+(?:want|like|love)\b",
            r"\bhave\s+better\s+things\s+to\s+do\b|\bsomeone\s+better\b|\bhappier\s+with(?:out)?\b|\badmit\s+it\b",
            r"\bjust\s+an\s+option\b|\bprove\s+(?:it|you|that)\b|\bwhy\s+would\s+you\b|\bnot\s+even\s+going\s+to\s+ask\b",
            r"\bwould\s+(?:we|you)\s+ever\b|\bwhere\s+i\s+rank\b|\bmore\s+important\s+people\b|\bused\s+to\s+being\s+(?:last|forgotten|ignored)\b",
            r"\bhow\s+long\s+(?:before|until)\s+you\b|\bshould\s+i\s+(?:just\s+)?(?:stop|leave|go|disappear|give\s+up)\b",
        ),
        "contempt": (
            r"\byou're\s+(?:honestly\s+|literally\s+|such\s+)?a\s+joke\b|\blol\s+you're\b|\bgenius\s+move\b|\bas\s+usual\b",
            r"\bpathetic\b|\buseless\b|\bgenius\b|\breal\s+mature\b|\bgrow\s+up\b|\bsuch\s+a\s+child\b",
            r"\b(?:what|you're)\s+a\s+joke\b|\ba\s+joke\s+of\b|\bdon't\s+flatter\b|(?<!i'm\s)(?<!am\s)(?<!feel\s)(?<!felt\s)(?<!was\s)\bembarrass\w*\b|\bridiculous\b",
            r"\bdrama\s+queen\b|\bspare\s+me\b|\bsob\s+story\b|\bclueless\b|\bthanks\s+for\s+nothing\b|\btypical\b",
            r"\bunbelievable\b|\bwhat\s+is\s+wrong\s+with\s+you\b|\bnice\s+of\s+you\s+to\s+finally\b",
            r"\boh\s+(?:great|wow|please|lovely)\b|\bcongratulations\b|\bcould\s+you\s+be\s+any\s+more\b|\bas\s+if\s+you\b",
            r"\bbrain\b|\btantrum\w*\b|\byou're\s+(?:hopeless|a\s+mess|honestly\s+ridiculous|exhausting|so\s+dramatic)\b",
            r"\bugh\b|\bwow\b|\byou\s+remembered\s+i\s+exist\b",
            r"\bidiot\b|\bdumb\b|\bstupid\b|\bmoron\b|\bimmature\b|\bloser\b|\bclown\b|\bget\s+a\s+life\b",
            r"\boh\s+(?:brilliant|perfect|amazing|fantastic)\b|\boutdone\s+yourself\b|\bhow\s+(?:dumb|stupid|thick|dense)\b",
            r"\bseriously\?|\bwhat\s+is\s+your\s+problem\b|🙄|\bpffft?\b|\bsure\s+you\s+(?:did|are)\b",
            r"\bcool\s+story\b|\bmust\s+be\s+nice\b|\bmr\.?\s+perfect\b|\bmiss\s+perfect\b|\bcry\s+me\s+a\s+river\b|\bsure,?\s+jan\b",
            r"\bhilarious\b|\bcoming\s+from\s+you\b|\boh\s+wait\b|\bl(?:ol|mao|mfao)\s+ok\b|\bok\s+and\b|\bwho\s+asked\b|\bnobody\s+asked\b",
            r"\breal\s+(?:classy|nice|mature|smart|cute)\b|\bgood\s+for\s+you\b|\bwhatever\s+helps\s+you\s+sleep\b|\bthe\s+audacity\b",
            r"\bdo\s+you\s+(?:even\s+)?hear\s+yourself\b|\bwhat\s+a\s+(?:surprise|shock|shocker)\b|\bshocker\b|\bbig\s+surprise\b",
            r"\bso\s+helpful\b|\bthe\s+expert\b|\bknow-?it-?all\b|\bsooo?\s+busy\b|\bbecause\s+you're\s+so\b|\bannoying\b",
            r"\b(?:lovely|nice|kind|sweet)\s+of\s+you\s+to\b|\bremembering\s+i\s+exist\b|\bper\s+my\s+last\b|\bas\s+i\s+(?:already\s+)?said\b",
            r"\"\w+\"|\bthanks\s+for\s+(?:asking|nothing|the\s+help)\b.{0,20}\b(?:not|didn't|wait)\b|\bbrilliant\b|\bclassic\s+you\b",
            r"\btoddler\b|\bimagine\s+thinking\b|\bcan't\s+be\s+serious\b|\bthanks\s+so\s+much\b|\bfinally\s+remember\w*\b|\baww\b",
            r"\bnice\s+try\b|\bbravo\b|\bslow\s+clap\b|\bget\s+over\s+yourself\b|\bso\s+smart\b|\btell\s+me\s+more\b",
            r"\bdo\s+you\s+ever\s+think\b|\bfull\s+of\s+(?:it|yourself)\b|\bof\s+course\s+you\s+(?:did|do|would)\b|\byou\s+know\s+everything\b|\blook\s+who\b",
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
            r"\b(?:back|home|free)\s+(?:in|by|at|around)\s+(?:\d+|an?\s+|half|ten|twenty|five)\w*|\bgive\s+me\s+(?:an?\s+|a\s+few\s+|\d+\s+|until\s+)\w+",
            r"\b(?:later\s+(?:tonight|today|on)|this\s+(?:weekend|evening|afternoon)|next\s+week|tonight|in\s+the\s+morning|in\s+an\s+hour|tmrw|tomorrow)\b",
            r"\bwhen\s+(?:you(?:'re|\s+get)|i\s+get|i've\s+calmed|i'm\s+calmer)\s*(?:home|back|down|calmer)?\b|\b(?:talk|see\s+you|speak)\s+(?:soon|later|tomorrow|then|at)\b",
            r"\b(?:i'll|i\s+will)\s+(?:message|text|call|ring|reply|write|get\s+back\s+to)\s+(?:you|back)\b|\bpick\s+(?:it|this)\s+up\b|\bfinish\s+(?:it|this)\s+later\b",
            r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bstill\s+on\b|\b(?:dinner|lunch|coffee)\s+(?:on\s+)?(?:\w+day|tomorrow|this|next)\b|\bat\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|noon)\b",
        ),
        "cue_feeling": (
            r"\bi\s+(?:feel|felt|am|'m)\s+(?:so\s+|really\s+|a\s+bit\s+)?(?:hurt|sad|scared|afraid|anxious|lonely|angry|"
            r"overwhelmed|upset|frustrated|nervous|jealous|insecure|disappointed|tired|exhausted|low|shattered)\b",
            r"\bi\s+(?:need|want|would\s+love|'d\s+love|'d\s+like|would\s+like)\b(?!\s+(?:some\s+)?(?:space|to\s+be\s+(?:left\s+)?alone|you\s+to\s+(?:leave|go|stop)|nothing|a\s+break\s+from\s+(?:you|us|this)))"
            r"|\bcould\s+you\b|\bcan\s+you\b",
            r"\bi\s+(?:miss|love|care\s+about|appreciate)\s+you\b|\bi'm\s+sorry\b|\bbecause\s+i'm\b",
            r"\bi\s+(?:feel|felt|am|'m|was|got)\s+(?:so\s+|really\s+|a\s+bit\s+|kind\s+of\s+|pretty\s+|super\s+)?(?:mad|pissed|stressed|worried|gutted|ignored|left\s+out|drained|wound\s+up|embarrassed|confused|lonely|heartbroken|unsure|on\s+edge|not\s+ok|scared|fragile|raw|sad|hurt|angry|anxious|overwhelmed|insecure|jealous)\b",
            r"\b(?:it|that|this)\s+(?:really\s+)?(?:hurt|stung|upset\s+me|scared\s+me|made\s+me\s+(?:sad|anxious|feel))\b|\bi\s+feel\s+like\b|\bmy\s+feelings\b",
            r"\b(?:can|could|shall)\s+we\b|\bwould\s+you\b|\bi\s+want\s+us\s+to\b|\blet's\s+(?:talk|sort|figure|work|try)\b|\bplease\s+tell\s+me\b",
            r"\b(?:love|miss)\s+(?:you|your)\b|\bthank\s+you\b|\bthanks\s+for\s+(?:yesterday|today|listening|being|the)\b|\bi'm\s+here\b|\bi'd\s+rather\s+know\b",
        ),
    }
)

# A thought that holds a hard fact next to a second view or a next step ("I was late; I'll leave earlier
# next time") is balanced, even when it names a feeling. Features too, like the cues above.
BALANCE_PATTERNS: Final = _compile(
    {
        "cue_next_step": (
            r"\b(?:i'll|i\s+will|i\s+can|i\s+could|i'm\s+going\s+to)\s+(?:just\s+)?(?:ask|tell|call|text|try|talk|apologi[sz]e|"
            r"practi[sc]e|leave|wait|see|fix|own|say\s+sorry|check|learn|prepare|do\s+my\s+best|give\s+it)\b",
            r"\bnext\s+time\b|\b(?:learned|learnt)\b|\bwe\s+(?:fixed|sorted|can\s+talk|talked|made\s+up)\b",
            r"\bwe\s+can\b|\bi'm\s+going\s+to\s+(?:go|take|get|have|rest|sleep|try|write)\b|\bgoing\s+for\s+a\s+walk\b|\bi'll\s+set\b",
        ),
        "cue_second_view": (
            r"\b(?:might|may|could)\s+(?:just\s+)?(?:be|have\s+been)\s+(?:busy|tired|stressed|distracted|having)\b|\bmaybe\s+(?:he|she|they)\b",
            r"\b(?:it|that|mistakes)\s+happens?\b|\bthat's\s+(?:normal|ok|okay|understandable|allowed)\b|\bfeelings\s+aren't\s+facts\b",
            r"\bnot\s+about\s+me\b|\b(?:but|and)\s+(?:also|overall|a\s+few|some|others|i\s+(?:also|still|like|had|know|got|'m\s+proud))\b",
            r"\bletting\s+myself\b|\bproud\b|\b(?:was|felt|it's)\s+(?:nice|lovely|good|useful|helpful)\b|\bhad\s+(?:fun|a\s+good)\b",
            r"\bdoesn't\s+mean\b|\bnot\s+(?:a|the)\s+(?:bad\s+life|end|whole)\b|\bone\s+of\s+the\s+hard\s+ones\b|\bso\s+far\b",
        ),
    }
)


def fold(text: str) -> str:
    """The text with curly quotes straightened: same length, so offsets stay valid."""
    return text.translate(_FOLD)


# Texting spellings written out, so that one pattern ("don't", "i'm", "you're") covers "dont", "im",
# "ur" and the rest, and the n-gram models see one word where people write several.
_SPELLED: Final = {
    **{
        w.replace("'", ""): w
        for w in (
            "don't",
            "can't",
            "won't",
            "doesn't",
            "didn't",
            "isn't",
            "wasn't",
            "aren't",
            "weren't",
            "couldn't",
            "wouldn't",
            "shouldn't",
            "haven't",
            "hasn't",
            "hadn't",
            "ain't",
            "mustn't",
            "i'm",
            "i've",
            "i'd",
            "you're",
            "you'll",
            "you'd",
            "you've",
            "they're",
            "they'll",
            "they'd",
            "they've",
            "that's",
            "what's",
            "it's",
            "he's",
            "she's",
            "let's",
            "there's",
            "who's",
            "where's",
            "how's",
            "we've",
        )
    },
    "dnt": "don't",
    "u": "you",
    "ya": "you",
    "r": "are",
    "ppl": "people",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "bcuz": "because",
    "rn": "right now",
    "nvm": "never mind",
    "nm": "never mind",
    "idc": "i don't care",
    "idk": "i don't know",
    "tbh": "to be honest",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "kinda": "kind of",
    "thx": "thanks",
    "pls": "please",
    "plz": "please",
    "msg": "message",
    "txt": "text",
    "lmk": "let me know",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tomoz": "tomorrow",
    "2moro": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
    "l8r": "later",
    "ltr": "later",
    "dw": "don't worry",
    "np": "no problem",
    "nbd": "no big deal",
    "wtv": "whatever",
    "whatevs": "whatever",
    "abt": "about",
    "sry": "sorry",
    "soz": "sorry",
    "cya": "see you",
    "obvs": "obviously",
    "prolly": "probably",
    "srsly": "seriously",
    "k": "ok",
    "kk": "ok",
    "okk": "ok",
    "okay": "ok",
    "wat": "what",
    "wot": "what",
    "bf": "boyfriend",
    "gf": "girlfriend",
}
# Words whose double letter is real: "sooo" is "so", but "cooool" is "cool".
_DOUBLED: Final = frozenset(
    (
        "cool",
        "good",
        "too",
        "soon",
        "feel",
        "need",
        "see",
        "all",
        "well",
        "still",
        "off",
        "really",
        "sorry",
        "miss",
        "less",
        "tell",
        "call",
        "will",
        "kill",
        "happy",
        "free",
        "agree",
        "week",
        "sleep",
        "keep",
        "feeling",
        "stupid",
        "seen",
        "been",
        "moon",
        "hello",
        "bless",
        "stress",
        "mess",
        "guess",
        "pass",
        "boo",
        "zoo",
    )
)
_TOKEN: Final = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_RUN: Final = re.compile(r"([a-z])\1{2,}")
_ILL: Final = re.compile(
    r"\s+(?:call|text|ring|message|talk|see|be|get|come|go|try|just|send|let|tell|reply|explain|pick|make|do|never)\b"
)
_UR: Final = re.compile(r"\s+(?:so|such|a|an|the|always|never|being|not|just|literally|honestly|welcome|right|too)\b")


def _respelled(word: str, after: str) -> str | None:
    lower = word.lower()
    if _RUN.search(lower):
        doubled = _RUN.sub(r"\1\1", lower)
        lower = doubled if doubled in _DOUBLED else _RUN.sub(r"\1", lower)
    if lower == "ill" and _ILL.match(after):  # "ill call you" is "i'll", "i'm ill" stays ill
        return "i'll"
    if lower in ("ur", "youre", "yr"):
        lower = "you're" if lower != "yr" and _UR.match(after) else "your"
    lower = _SPELLED.get(lower, lower)
    return None if lower == word.lower() else lower


@dataclass(frozen=True)
class Canonical:
    """A text with texting spellings written out, and where each of its characters came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text behind ``text[start:end]``."""
        return self.starts[start], self.ends[end - 1]


@functools.lru_cache(maxsize=64)  # both task models and their spans read the same text
def canonical(text: str) -> Canonical:
    """``text`` folded and respelled ("dont" is "don't", "u" is "you", "fiiine" is "fine"), offsets kept."""
    folded = fold(text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for match in _TOKEN.finditer(folded):
        start, end = match.span()
        respelled = _respelled(match.group(), folded[end : end + 12])
        if respelled is None:
            continue
        pieces.append(folded[at:start])
        starts.extend(range(at, start))
        ends.extend(range(at + 1, start + 1))
        pieces.append(respelled)
        starts.extend([start] * len(respelled))
        ends.extend([end] * len(respelled))
        at = end
    if not pieces:
        return Canonical(folded, tuple(range(len(folded))), tuple(range(1, len(folded) + 1)))
    pieces.append(folded[at:])
    starts.extend(range(at, len(folded)))
    ends.extend(range(at + 1, len(folded) + 1))
    return Canonical("".join(pieces), tuple(starts), tuple(ends))


def find(
    patterns: Mapping[str, tuple[re.Pattern[str], ...]], text: str | Canonical
) -> dict[str, list[tuple[int, int]]]:
    """Every label's matches in ``text`` as (start, end) offsets into the original string."""
    read = text if isinstance(text, Canonical) else canonical(text)
    found: dict[str, list[tuple[int, int]]] = {}
    for label, compiled in patterns.items():
        hits = [
            read.original(m.start(), m.end()) for p in compiled for m in p.finditer(read.text) if m.end() > m.start()
        ]
        if hits:
            found[label] = sorted(set(hits))
    return found
