"""Names lines parted into names: markers, degrees, particles."""

from __future__ import annotations

from pipeline.front_matter import front_rules
from pipeline.names import looks_like_names, split_names


def test_degrees_alone_are_no_names():
    degrees = front_rules().degrees
    assert split_names("Yuhendra, MT , Dr.Eng , Rendi Poerwanta", degrees) == [
        "Yuhendra",
        "Rendi Poerwanta",
    ]
    assert split_names("Ir. Sekar Lestari, S.Kom., M.Kom.", degrees) == ["Sekar Lestari"]


def test_names_in_capitals_are_parted_at_a_capital_dan():
    assert split_names("NURAINI AHMAD DAN ANIS MASRURI") == ["NURAINI AHMAD", "ANIS MASRURI"]
    assert split_names("Dan Kurniawan, Sari Putri") == ["Dan Kurniawan", "Sari Putri"]


def test_footnote_letters_and_symbols_come_off_names_but_initials_stay():
    assert split_names("Wulan Andriani1, a) and Bagas Pratomo2, b)") == [
        "Wulan Andriani",
        "Bagas Pratomo",
    ]
    assert split_names("Wulan Andriani#1, Bagas Pratomo\u20202, Sekar Lestari c") == [
        "Wulan Andriani",
        "Bagas Pratomo",
        "Sekar Lestari",
    ]
    assert split_names("I Gede Wirawan, A Sekar") == ["I Gede Wirawan", "A Sekar"]


def test_lower_case_particles_stay_inside_names_but_no_name_opens_with_one():
    rules = front_rules()
    assert looks_like_names("Ahmad bin Yusuf, Rudi van Berg", set(), rules.degrees, rules.particles)
    assert not looks_like_names("bin Yusuf", set(), rules.degrees, rules.particles)
    assert split_names("Wulan Andriani, S.Psi., M.Psi.", rules.degrees) == ["Wulan Andriani"]
