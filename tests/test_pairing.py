"""Pairing: which places of a sentence can be partners (sentences written for Kembar)."""

from __future__ import annotations

import re

from pipeline.events import events
from pipeline.model import Mention
from pipeline.pairing import dateline, listing, without_locating_provinces
from pipeline.structure import plain_text_article
from pipeline.tag import tag

LISTING = listing(re.compile(r"\s*(?:dan|and|-)\s*", re.I))


def mention(text: str, start: int, label: str = "CITY", country: str = "") -> Mention:
    return Mention(label, text, start, start + len(text), text.title(), country)


def test_a_dateline_in_capitals_before_a_dash_is_no_partner():
    text = "KENDARI - The city government signed an agreement with Hachinohe."
    assert dateline(mention("KENDARI", 0, country="ID"), text)


def test_a_dateline_before_a_bracketed_source_is_no_partner():
    text = "BITUNG, (kabar.com) Pemkot Bitung menjajaki kerja sama."
    assert dateline(mention("BITUNG", 0, country="ID"), text)


def test_a_title_in_capitals_that_joins_two_places_keeps_both():
    text = "KERJA SAMA KOTA BITUNG - KOTA DAVAO DIPERPANJANG"
    assert not dateline(mention("BITUNG", 16, country="ID"), text)


def test_a_place_in_ordinary_case_is_no_dateline():
    text = "Kendari, kota di Sulawesi, menjalin kerja sama."
    assert not dateline(mention("Kendari", 0, country="ID"), text)


def test_a_province_after_a_city_of_its_country_locates_it():
    text = "Kota Medan menjalin kerja sama dengan Ipoh, ibu kota negeri Perak, Malaysia."
    city = mention("Ipoh", text.index("Ipoh"), country="MY")
    state = mention("Perak", text.index("Perak"), "PROVINCE", "MY")
    domestic = [mention("Medan", 5, country="ID")]
    text = text.replace("Ipoh,", "Ipoh ")
    assert without_locating_provinces([city, state], domestic, text, LISTING) == [city]


def test_a_province_listed_after_a_city_stays_a_partner():
    text = "Mitra Medan: Ipoh dan negara bagian Perak di Malaysia."
    city = mention("Ipoh", text.index("Ipoh"), country="MY")
    state = mention("Perak", text.index("Perak"), "PROVINCE", "MY")
    domestic = [mention("Medan", 6, country="ID")]
    assert without_locating_provinces([city, state], domestic, text, LISTING) == [city, state]


def test_a_province_stays_a_partner_of_an_indonesian_province():
    text = "Sumatera Utara bekerja sama dengan Ipoh yang terletak di Perak."
    city = mention("Ipoh", text.index("Ipoh"), country="MY")
    state = mention("Perak", text.index("Perak"), "PROVINCE", "MY")
    domestic = [mention("Sumatera Utara", 0, "PROVINCE", "ID")]
    assert without_locating_provinces([city, state], domestic, text, LISTING) == [city, state]


def test_a_province_of_another_country_than_the_city_stays():
    text = "Medan bekerja sama dengan Ipoh yang dekat dengan Queensland."
    city = mention("Ipoh", text.index("Ipoh"), country="MY")
    state = mention("Queensland", text.index("Queensland"), "PROVINCE", "AU")
    assert without_locating_provinces([city, state], [], text, LISTING) == [city, state]


def pairs_of(text: str) -> list[tuple[str, str]]:
    return [(p.city_a, p.city_b) for p in events(tag(plain_text_article(text))).partnerships]


def test_every_partner_of_a_list_after_a_colon_is_a_partnership():
    text = (
        "Kota Medan memiliki kota kembar sebagai berikut:\n"
        "Ichikawa, Jepang.\n"
        "Gwangju, Korea Selatan.\n"
        "Chengdu, Tiongkok."
    )
    assert pairs_of(text) == [("Medan", "Ichikawa"), ("Medan", "Gwangju"), ("Medan", "Chengdu")]


def test_a_place_told_of_after_a_sentence_without_colon_is_no_partner():
    text = "Kota Medan memiliki kota kembar. Tokyo adalah kota terbesar di Jepang."
    assert pairs_of(text) == []
