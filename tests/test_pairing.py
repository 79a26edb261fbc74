"""Pairing: which places of a sentence can be partners (sentences written for Kembar)."""

from __future__ import annotations

from pipeline.model import Mention
from pipeline.pairing import dateline, without_locating_provinces


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


def test_a_province_beside_a_city_of_its_country_locates_it():
    city = mention("Ipoh", 40, country="MY")
    state = mention("Perak", 60, "PROVINCE", "MY")
    assert without_locating_provinces([city, state], [mention("Medan", 0, country="ID")]) == [city]


def test_a_province_stays_a_partner_of_an_indonesian_province():
    city = mention("Ipoh", 40, country="MY")
    state = mention("Perak", 60, "PROVINCE", "MY")
    domestic = [mention("Sumatera Utara", 0, "PROVINCE", "ID")]
    assert without_locating_provinces([city, state], domestic) == [city, state]


def test_a_province_of_another_country_than_the_city_stays():
    city = mention("Ipoh", 40, country="MY")
    state = mention("Queensland", 60, "PROVINCE", "AU")
    assert without_locating_provinces([city, state], []) == [city, state]
