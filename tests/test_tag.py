"""Tag stage: a table of sentences written for Kembar, each with the exact mentions expected."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from tag_cases import MORE_DATES, MORE_PLACES, MORE_TERMS

from pipeline.dates import find_dates
from pipeline.rules import rules_dir
from pipeline.structure import plain_text_article
from pipeline.tag import tag

RULES = rules_dir()

# (sentence, label, expected [(text, norm)]) -- only mentions of `label` are compared.
DATES = [
    (
        "Nota itu ditandatangani pada 11 Desember 2019 di Surabaya.",
        [("11 Desember 2019", "2019-12-11")],
    ),
    ("Perjanjian diteken tanggal 2 Pebruari 2011.", [("2 Pebruari 2011", "2011-02-02")]),
    ("Kunjungan berlangsung 20 Nopember 2015.", [("20 Nopember 2015", "2015-11-20")]),
    (
        "Rapat digelar 7 Agt 2018 dan 9 Okt 2018.",
        [("7 Agt 2018", "2018-08-07"), ("9 Okt 2018", "2018-10-09")],
    ),
    ("Surat dikirim 14 Des. 2020.", [("14 Des. 2020", "2020-12-14")]),
    ("Tanggal 23/04/1997 tercatat dalam arsip.", [("23/04/1997", "1997-04-23")]),
    ("Dokumen bertanggal 2021-04-27 itu disimpan.", [("2021-04-27", "2021-04-27")]),
    ("Delegasi datang pada Maret 2013.", [("Maret 2013", "2013-03")]),
    ("Program dimulai sejak tahun 2007.", [("sejak tahun 2007", "2007")]),
    ("Pada 2019 kedua kota bertemu.", [("Pada 2019", "2019")]),
    (
        "Festival berlangsung 3 sampai 8 November 2012.",
        [("3 sampai 8 November 2012", "2012-11-03/2012-11-08")],
    ),
    ("Pameran diadakan 14-16 Februari 2023.", [("14-16 Februari 2023", "2023-02-14/2023-02-16")]),
    (
        "Kontrak berlaku 1 Januari s.d. 31 Maret 2022.",
        [("1 Januari s.d. 31 Maret 2022", "2022-01-01/2022-03-31")],
    ),
    ("Survei dilakukan Maret–Mei 2020.", [("Maret–Mei 2020", "2020-03/2020-05")]),
    ("Data periode 2019–2021 dianalisis.", [("periode 2019–2021", "2019/2021")]),
    ("Program berjalan tahun 2012-2016.", [("tahun 2012-2016", "2012/2016")]),
    (
        "Kerja sama berlaku sejak 1 Mei 2021 hingga 30 April 2026.",
        [("1 Mei 2021 hingga 30 April 2026", "2021-05-01/2026-04-30")],
    ),
    ("Gagasan ini muncul pada era 1940-an.", [("era 1940-an", "194")]),
    ("Istilah itu populer tahun 90-an.", [("tahun 90-an", "199")]),
    ("Kota ini tumbuh pesat pada abad ke-19.", [("abad ke-19", "18")]),
    ("Guru dikirim setiap Juli.", [("setiap Juli", "XXXX-07")]),
    ("On December 1st 2010 the mayors signed a Memorandum.", [("December 1st 2010", "2010-12-01")]),
    ("The delegation arrived on May 5, 2018.", [("May 5, 2018", "2018-05-05")]),
    ("It was renewed on 24th November 2009.", [("24th November 2009", "2009-11-24")]),
    (
        "Pertemuan pada Senin (17/7) membahas agenda tahun 2023.",
        [("Senin (17/7)", "2023-07-17"), ("tahun 2023", "2023")],
    ),
    ("Menurut Wendt (1999) identitas dibentuk oleh interaksi.", []),
    ("Identitas bersifat sosial (Wendt, 1999; Hopf, 2002).", []),
    ("Kewenangan diatur UU Nomor 32 Tahun 2004 tentang Pemerintahan Daerah.", []),
    ("Jalan itu sepanjang 1,2 km dan ramai.", []),
    ("Peringatan HUT ke-3 digelar meriah.", []),
    ("Hubungi 0812-3456-7890 untuk informasi.", []),
    ("Anggaran Rp 2.500.000 disiapkan.", []),
]


def mentions(text: str, label: str) -> list[tuple[str, str]]:
    return [(m.text, m.norm) for m in tag(plain_text_article(text)).mentions if m.label == label]


@pytest.mark.parametrize(("sentence", "expected"), DATES + MORE_DATES)
def test_dates(sentence, expected):
    assert mentions(sentence, "DATE") == expected


def test_vague_parts_keep_the_stated_precision_and_their_modifier():
    spans = find_dates(
        "Program vakum sejak awal tahun 2020 dan pulih pertengahan 2021, "
        "hingga akhir Desember 2021."
    )
    assert [(s.value, s.modifier) for s in spans] == [
        ("2020", "START"),
        ("2021", "MID"),
        ("2021-12", "END"),
    ]


def test_english_and_news_forms_keep_their_modifier_and_mark_an_inferred_year():
    spans = find_dates(
        "The office opened in early March 2012 and closed at the end of 2015. "
        "Rabu (8/5) tim kembali.",
        year_hint="2019",
    )
    assert [(s.value, s.modifier, s.inferred) for s in spans] == [
        ("2012-03", "START", False),
        ("2015", "END", False),
        ("2019-05-08", "", True),
    ]


def test_a_date_pattern_added_to_the_rules_is_used_without_code_changes(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    sentence = "Arsip Jepang mencatat 2019 Desember 11 sebagai hari kunjungan."
    assert [s.value for s in find_dates(sentence)] == ["XXXX-12-11"]  # a day without its year
    dates = rules / "dates.yaml"
    text = dates.read_text().replace(
        "    - WEEKDAY? DAY OF? MONTH GLUE? YEAR\n",
        "    - WEEKDAY? DAY OF? MONTH GLUE? YEAR\n    - YEAR MONTH DAY\n",
    )
    dates.write_text(text)
    assert [(s.start, s.end, s.value) for s in find_dates(sentence, rules_folder=str(rules))] == [
        (22, 38, "2019-12-11")
    ]


def test_law_numbers_are_their_own_label():
    assert mentions("Diatur UU Nomor 23 Tahun 2014 dan Permendagri Nomor 3 Tahun 2008.", "LAW") == [
        ("UU Nomor 23 Tahun 2014", "UU Nomor 23 Tahun 2014"),
        ("Permendagri Nomor 3 Tahun 2008", "Permendagri Nomor 3 Tahun 2008"),
    ]


PLACES = [
    (
        "Kota Surabaya bekerja sama dengan Gaziantep di Turki.",
        [
            ("Surabaya", "CITY", "Surabaya", "ID"),
            ("Gaziantep", "CITY", "Gaziantep", "TR"),
            ("Turki", "COUNTRY", "Turkey", "TR"),
        ],
    ),
    (
        "Pemkot Medan menjalin hubungan dengan Gwangju, Korea Selatan.",
        [
            ("Medan", "CITY", "Medan", "ID"),
            ("Gwangju", "CITY", "Gwangju", "KR"),
            ("Korea Selatan", "COUNTRY", "South Korea", "KR"),
        ],
    ),
    (
        "Provinsi Jawa Tengah dan negara bagian Queensland menjadi provinsi kembar.",
        [
            ("Jawa Tengah", "PROVINCE", "Jawa Tengah", "ID"),
            ("Queensland", "PROVINCE", "Queensland", "AU"),
        ],
    ),
    (
        "Wali kota Bandung berkunjung ke Braunschweig, Jerman.",
        [
            ("Bandung", "CITY", "Bandung", "ID"),
            ("Braunschweig", "CITY", "Braunschweig", "DE"),
            ("Jerman", "COUNTRY", "Germany", "DE"),
        ],
    ),
    (
        "Delegasi dari Pusan tiba di Soerabaja.",
        [("Pusan", "CITY", "Busan", "KR"), ("Soerabaja", "CITY", "Surabaya", "ID")],
    ),
    ("Pelajar belajar di King Sejong Institute.", []),
    ("Pasukan bertempur di medan perang yang luas.", []),
    (
        "KERJASAMA KOTA BANDUNG DAN KOTA PETALING JAYA.",
        [("BANDUNG", "CITY", "Bandung", "ID"), ("PETALING JAYA", "CITY", "Petaling Jaya", "MY")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACES + MORE_PLACES)
def test_places(sentence, expected):
    found = [
        (m.text, m.label, m.norm, m.country)
        for m in tag(plain_text_article(sentence)).mentions
        if m.label in {"CITY", "PROVINCE", "COUNTRY"}
    ]
    assert found == expected


TERMS = [
    (
        "Kedua kota menandatangani Letter of Intent (LoI) dan kemudian MoU.",
        "AGREEMENT",
        [("Letter of Intent", "loi"), ("LoI", "loi"), ("MoU", "mou")],
    ),
    (
        "Naskah pernyataan keinginan bersama diikuti nota kesepakatan.",
        "AGREEMENT",
        [("Naskah pernyataan keinginan bersama", "loi"), ("nota kesepakatan", "mou")],
    ),
    (
        "Hubungan kota kembar berubah menjadi sister province.",
        "AGREEMENT",
        [("kota kembar", "sister_city"), ("sister province", "sister_province")],
    ),
    (
        "Kerja sama meliputi pertukaran pelajar, pariwisata, dan UMKM.",
        "SECTOR",
        [("pertukaran pelajar", "education"), ("pariwisata", "tourism"), ("UMKM", "economy")],
    ),
    (
        "Program ekonomi kreatif dan pengelolaan sampah berjalan.",
        "SECTOR",
        [("ekonomi kreatif", "creative_economy"), ("pengelolaan sampah", "environment")],
    ),
]


@pytest.mark.parametrize(("sentence", "label", "expected"), TERMS + MORE_TERMS)
def test_agreements_and_sectors(sentence, label, expected):
    assert mentions(sentence, label) == expected


def test_mou_with_its_final_period_does_not_swallow_the_sentence_end():
    tagged = tag(plain_text_article("Kedua kota menandatangani MoU. Setelah itu delegasi datang."))
    assert [s.text for s in tagged.sentences] == [
        "Kedua kota menandatangani MoU.",
        "Setelah itu delegasi datang.",
    ]


def test_kembar_tag_prints_one_json_object_per_mention_with_its_line():
    lines = (
        "Pada 23 April 1997 Medan dan Gwangju menandatangani LoI.\nTidak ada apa-apa.\nKota Busan\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "tag", "--lines"],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records == [
        {
            "label": "DATE",
            "text": "23 April 1997",
            "start": 5,
            "end": 18,
            "norm": "1997-04-23",
            "line": 1,
        },
        {
            "label": "CITY",
            "text": "Medan",
            "start": 19,
            "end": 24,
            "norm": "Medan",
            "country": "ID",
            "line": 1,
        },
        {
            "label": "CITY",
            "text": "Gwangju",
            "start": 29,
            "end": 36,
            "norm": "Gwangju",
            "country": "KR",
            "line": 1,
        },
        {"label": "AGREEMENT", "text": "LoI", "start": 52, "end": 55, "norm": "loi", "line": 1},
        {
            "label": "CITY",
            "text": "Busan",
            "start": 5,
            "end": 10,
            "norm": "Busan",
            "country": "KR",
            "line": 3,
        },
    ]


def test_two_months_of_one_year_are_one_span():
    spans = find_dates("Kedua kota sepakat pada akhir Januari dan Februari 2023 lalu.")
    assert [(s.value, s.modifier) for s in spans] == [("2023-01/2023-02", "END")]
