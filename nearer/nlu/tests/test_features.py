"""The n-gram features: the same text always gives the same vector, and spelling variety folds together."""

from __future__ import annotations

import numpy as np

from nearer.nlu.features import build_vocabulary, terms, words


def test_stretched_words_and_curly_quotes_fold_together():
    assert words("Soooooo TIRED, I’m done") == words("sooo tired, i'm done")


def test_terms_cover_words_pairs_and_characters():
    found = terms("not fine")
    assert found["w:not"] == 1 and found["b:not fine"] == 1 and found["c: fi"] == 1


def test_vectors_are_unit_length_and_ignore_unknown_terms():
    vectoriser = build_vocabulary(["i am fine", "i am not fine", "fine fine"], min_df=1, max_features=1000)
    cols, vals = vectoriser.transform("I am fine, zebra")
    assert np.isclose(np.linalg.norm(vals), 1.0)
    assert len(set(cols.tolist())) == len(cols)
    empty_cols, _ = vectoriser.transform("zzzz")
    assert len(empty_cols) == 0 or all(c in vectoriser.index.values() for c in empty_cols)


def test_texting_spellings_are_written_out_and_offsets_map_back():
    from nearer.nlu.lexicon import canonical

    text = "ur so dramatic, im fiiine. ill call u. i'm ill"
    read = canonical(text)
    assert read.text == "you're so dramatic, i'm fine. i'll call you. i'm ill"
    start = read.text.index("i'm fine")
    begin, end = read.original(start, start + len("i'm fine"))
    assert text[begin:end] == "im fiiine"
