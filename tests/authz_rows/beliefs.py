"""Core beliefs and their evidence are Mira's alone; staff get the same 404 as a stranger. The
one-click evidence buttons only take a POST; a GET is refused before anything is looked up."""

from tests.authz_rows import LOGIN, mine_only, row

ROWS = {
    "beliefs:belief_list": row("/practice/beliefs/", LOGIN, 200),
    "beliefs:belief_create": row("/practice/beliefs/new/", LOGIN, 200),
    "beliefs:belief_detail": mine_only("/practice/beliefs/{belief}/"),
    "beliefs:belief_edit": mine_only("/practice/beliefs/{belief}/edit/"),
    "beliefs:belief_delete": mine_only("/practice/beliefs/{belief}/delete/"),
    # A GET of a form's target leads back to the belief's page, where the form is.
    "beliefs:belief_rate": mine_only("/practice/beliefs/{belief}/rate/", member=302),
    "beliefs:evidence_create": mine_only("/practice/beliefs/{belief}/evidence/", member=302),
    "beliefs:evidence_edit": mine_only("/practice/beliefs/evidence/{belief_evidence}/"),
    "beliefs:evidence_delete": mine_only("/practice/beliefs/evidence/{belief_evidence}/delete/"),
    "beliefs:evidence_from_checkin": row("/practice/beliefs/from-checkin/{checkin}/", LOGIN, 405),
    "beliefs:evidence_from_thought": row("/practice/beliefs/from-thought-record/{belief_record}/", LOGIN, 405),
}


def objects(member):
    """One of Mira's beliefs, one piece of evidence against it, and a thought record to link."""
    from nearer.beliefs.services import add_evidence, name_belief
    from nearer.thoughts.services import start_record

    belief = name_belief(member=member, statement="I'm too much.", rating=80).row
    evidence = add_evidence(belief=belief, text="She asked me to stay longer.").row
    record = start_record(member=member, situation="A long call with my sister.").record
    return {"belief": belief, "belief_evidence": evidence, "belief_record": record}
