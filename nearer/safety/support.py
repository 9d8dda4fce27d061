"""A gentle pointer to help for texts that are not a crisis but touch something that deserves one
(someone hurting the writer, food, drinking or drugs, being under 18, medicines, or worry about
someone else). Written for Nearer; plain Python, no Django."""

from __future__ import annotations

from nearer.safety.screening import Screening

NOTES: dict[str, str] = {
    "abuse": (
        "If someone is hurting you, that is not your fault, and you deserve to be safe. "
        "The lines on the help page can talk it through with you and help you find support nearby."
    ),
    "eating": (
        "Food and body can get tangled up with hard feelings. A doctor, or a line from the help page, "
        "can help you find support that fits you."
    ),
    "substance": (
        "If drinking or using is part of how you get through, you're not the only one. "
        "Telling someone you trust, or a doctor, can take some of the weight off."
    ),
    "minor": (
        "Nearer is made for adults. If you're under 18, please talk to an adult you trust, "
        "or call a line from the help page: they talk with young people too."
    ),
    "medication": (
        "For questions about your medicines, a pharmacist or doctor is the right person to ask. "
        "Nearer can't advise on them."
    ),
    "sensitive_not_crisis": (
        "If someone you care about is talking about ending their life, crisis lines support worried "
        "friends and family too. You don't have to carry it alone."
    ),
}


def support_notes(screening: Screening) -> list[str]:
    """The notes that fit this text, in a stable order; empty for most texts."""
    flags = set(getattr(screening, "flags", ()))
    return [note for flag, note in NOTES.items() if flag in flags]
