"""Evidence that a name is no place: abbreviations of the words before it."""

from __future__ import annotations

from pipeline.place_evidence import abbreviation, built_from


def test_an_abbreviated_title_in_brackets_is_no_place():
    assert abbreviation("lalu Wali Kota (", "Wako", ") Pekanbaru")
    assert abbreviation("oleh Pemerintah Provinsi (", "Pemprov", ") Jambi")


def test_a_place_in_brackets_after_a_city_is_no_abbreviation():
    assert not abbreviation("bersama Kota Seattle (", "Washington", ") dan")
    assert not abbreviation("Kota Kochi (", "Kochi", ")")


def test_a_name_outside_brackets_is_no_abbreviation():
    assert not abbreviation("Wali Kota ", "Wako", " datang")


def test_built_from_takes_a_beginning_of_every_word_in_order():
    assert built_from("sekda", ["sekretaris", "daerah"])
    assert not built_from("dasek", ["sekretaris", "daerah"])
    assert not built_from("sek", ["sekretaris", "daerah"])
