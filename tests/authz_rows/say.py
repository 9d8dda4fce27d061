"""Say what you mean: the coach holds no stored draft to reach; Mira's phrases are hers alone."""

from tests.authz_rows import LOGIN, mine_only, row

ROWS = {
    "say:coach": row("/practice/say/", LOGIN, 200),
    "say:phrase_list": row("/practice/say/phrases/", LOGIN, 200),
    "say:phrase_delete": mine_only("/practice/say/phrases/{phrase}/delete/"),
}


def objects(member):
    """Mira's saved phrase for ``{phrase}``."""
    from nearer.say.services import save_phrase

    return {"phrase": save_phrase(member=member, text="I miss you and I'm scared to say it.").phrase}
