"""The spaCy pipeline: its components in order and what each writes to `doc.spans`."""

from __future__ import annotations

from pipeline.nlp import pipeline


def test_the_pipeline_is_spacy_components_writing_span_groups():
    nlp = pipeline()
    assert nlp.pipe_names == [
        "kembar_ruler",
        "kembar_dates",
        "sentencizer",
        "kembar_places",
        "kembar_mentions",
    ]
    doc = nlp("Kota Surabaya menandatangani MoU dengan Kota Busan pada 12 Mei 2019.")
    assert [(s.text, s.label_, s.id_) for s in doc.spans["places"]] == [
        ("Surabaya", "CITY", "Surabaya"),
        ("Busan", "CITY", "Busan"),
    ]
    assert [(s.text, s.label_, s.id_) for s in doc.spans["mentions"]] == [
        ("Surabaya", "CITY", "Surabaya"),
        ("MoU", "AGREEMENT", "mou"),
        ("Busan", "CITY", "Busan"),
        ("12 Mei 2019", "DATE", "2019-05-12"),
    ]
    assert [s._.country for s in doc.spans["places"]] == ["ID", "KR"]


def test_every_token_carries_its_root():
    doc = pipeline()("Kunjungan itu menghasilkan kesepakatan.")
    assert [t._.stem for t in doc] == ["kunjung", "itu", "hasil", "sepakat", "."]


def test_overlapping_candidates_are_resolved_once_into_the_mentions():
    doc = pipeline()("Piagam Kerja Sama Kota Bandung ditandatangani 24 Oktober 1960.")
    assert [(s.text, s.label_) for s in doc.spans["candidates"]] == [
        ("Piagam", "AGREEMENT"),
        ("Piagam Kerja Sama", "AGREEMENT"),
        ("Sama", "PLACE"),
        ("Bandung", "PLACE"),
    ]
    assert [(s.text, s.label_) for s in doc.spans["mentions"]] == [
        ("Piagam Kerja Sama", "AGREEMENT"),
        ("Bandung", "CITY"),
        ("24 Oktober 1960", "DATE"),
    ]


def test_words_keep_every_attribute_the_date_patterns_read():
    from spacy.attrs import IDS

    from pipeline.dates import token_classes
    from pipeline.rules import load_rules
    from pipeline.tokens import LEXICAL_ATTRIBUTES

    token_level = {"ORTH", "TEXT", "OP", "IS_SENT_START"}
    classes = token_classes(load_rules().dates, ["mei"])
    read = {attribute for specs in classes.values() for spec in specs for attribute in spec}
    assert read - token_level <= set(LEXICAL_ATTRIBUTES)
    getters = pipeline().vocab.lex_attr_getters
    assert {IDS[name] for name in LEXICAL_ATTRIBUTES} <= set(getters)


def test_a_closing_quote_after_the_period_stays_in_its_sentence():
    doc = pipeline()("Walikota berkata, “Kerja sama berlanjut.” Delegasi pulang esoknya.")
    assert [s.text for s in doc.sents] == [
        "Walikota berkata, “Kerja sama berlanjut.”",
        "Delegasi pulang esoknya.",
    ]


def test_reduplications_and_dashes_are_whole_tokens_not_special_cases():
    tokenizer = pipeline().tokenizer
    text = "Kota-kota (dll.) bekerja sama: Surabaya–Gaziantep, masing-masing 1940-an."
    assert [t.text for t in tokenizer(text)] == [
        "Kota-kota",
        "(",
        "dll.",
        ")",
        "bekerja",
        "sama",
        ":",
        "Surabaya",
        "–",
        "Gaziantep",
        ",",
        "masing-masing",
        "1940",
        "-",
        "an",
        ".",
    ]
    # a special case used anywhere in a text stops spaCy caching that text's words
    for whole in ("kota-kota", "Kota-kota", "masing-masing", "-", "–"):
        assert whole not in tokenizer.rules and tokenizer.token_match(whole)
    assert "dll." in tokenizer.rules and not tokenizer.token_match("kerja-sama")
