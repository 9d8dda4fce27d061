"""Build thought records straight through the services, for tests that are not about the pages."""

from __future__ import annotations

from nearer.thoughts import services


def finished_record(member, *, thought="They'll leave anyway.", feelings=(("scared", 80),), after=(40,), **texts):
    record = services.start_record(member=member, situation=texts.pop("situation", "After the call.")).record
    services.save_thought(record=record, thought=thought)
    services.save_feelings(record=record, feelings=list(feelings))
    services.save_traps(record=record, traps=texts.pop("traps", ["fortune_telling"]))
    for slug, field in services.TEXT_STEPS.items():
        if field in texts:
            services.save_text_step(record=record, slug=slug, text=texts[field])
    rated = list(record.feelings.all())
    services.rerate_feelings(record=record, after={f.pk: a for f, a in zip(rated, after, strict=False)})
    record.refresh_from_db()
    return record
