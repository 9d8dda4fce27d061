"""Self-check: the questionnaires are open to anyone logged in; a result is Mira's alone."""

from tests.authz_rows import LOGIN, mine_only, row

ROWS = {
    "assessments:assessment_list": row("/assessments/", LOGIN, 200),
    "assessments:assessment_take": row("/assessments/closeness/", LOGIN, 200),
    "assessments:assessment_history": row("/assessments/closeness/history/", LOGIN, 200),
    # POST only; each person's reminder is their own (no id of anyone else's in the URL).
    "assessments:reminder_update": row("/assessments/closeness/reminder/", LOGIN, 405),
    "assessments:result_detail": mine_only("/assessments/results/{result}/"),
    "assessments:result_delete": mine_only("/assessments/results/{result}/delete/"),
    "assessments:result_compare": mine_only("/assessments/compare/?first={result}&second={later_result}"),
}


def objects(member):
    """Two of Mira's closeness results, for the result pages and the comparison."""
    from nearer.assessments.tests.factories import take_closeness

    return {
        "result": take_closeness(member, anxiety=5, avoidance=3).result,
        "later_result": take_closeness(member, anxiety=4, avoidance=3).result,
    }
