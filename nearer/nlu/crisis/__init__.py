"""The rules-first crisis screen: the guarantee layer of the ``crisis`` task.

The crisis screen every free text passes before it is stored or answered.

``screen_text(text)`` returns a :class:`Screening`: a ``tier``, the ``phrases`` that drove it, the
``flags`` naming what was found, and a ``handling`` derived from both. The text itself is never
changed or kept here; the caller stores it whatever the result. The rules decide first; a text
they leave at ``none`` gets a learned second opinion (``second_opinion.py``: a sentence encoder
comparing each sentence with the crisis examples) that may raise it to ``concern``, never higher
(docs/model-card.md). ``analyse(text).crisis`` is this same screen, so safety and text
understanding never disagree about a text.

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
``reads_like_risk``
    no rule matched, but a sentence reads like the risk examples (the learned second opinion).

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

from nearer.nlu.crisis.reading import normalise
from nearer.nlu.crisis.screen import screen_text
from nearer.nlu.crisis.vocabulary import FLAGS, SUPPORT_FLAGS, Flag, Handling, Screening, Tier

__all__ = ["FLAGS", "SUPPORT_FLAGS", "Flag", "Handling", "Screening", "Tier", "normalise", "screen_text"]
