"""Front matter read from the first page's lines: masthead, title, authors, degrees, years."""

from __future__ import annotations

from dataclasses import replace

from pipeline.front_matter import read_front_matter
from pipeline.model import Document, Line, Page, Word
from pipeline.structure import label_pattern, load_rules
from pipeline.year import printed_year

BODY = (
    "penelitian ini membahas kerja sama kota dengan mitra di luar negeri dan sistem informasi "
    "yang dibangun untuk pengelolaan data kegiatan serta metode yang dipakai dalam pengujian "
)


def line(text: str, top: float, size: float = 10.0, bold: bool = False, x: float = 72) -> Line:
    words, left = [], x
    for part in text.split():
        words.append(Word(part, left, left + 5 * len(part), top, top + size, size, bold))
        left += 5 * len(part) + 3
    return Line(words, 1)


def document(lines: list[Line]) -> Document:
    page = Page(1, 595.0, 842.0, lines)
    return Document("uji", "uji.pdf", "", [page], [], BODY * 20)


def labels():
    front = load_rules().sections["front_matter"]
    return {field: label_pattern(names) for field, names in front.items()}


def test_the_title_is_the_largest_type_below_the_masthead_and_authors_alternate():
    lines = [
        line("Jurnal Ilmiah Kota Kembar", 30, 16, True),
        line("Vol. 3, No. 2, Juni 2024, Hal 10-20", 48, 16, True),
        line("RANCANG BANGUN SISTEM INFORMASI KERJA SAMA", 90, 14, True),
        line("KOTA KEMBAR BERBASIS WEB", 106, 14, True),
        line("Wulan Andriani", 140, 12, True),
        line("Universitas Teluk Biru", 154, 12),
        line("Bagas Pratomo", 168, 12, True),
        line("Universitas Teluk Biru", 182, 12),
        line("Abstrak", 220, 10, True),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "RANCANG BANGUN SISTEM INFORMASI KERJA SAMA KOTA KEMBAR BERBASIS WEB"
    assert meta.authors == ["Wulan Andriani", "Bagas Pratomo"]
    assert meta.affiliations == ["Universitas Teluk Biru", "Universitas Teluk Biru"]


def test_a_wrapped_names_line_runs_on_and_degrees_and_markers_come_off():
    lines = [
        line("Analisis Sistem Informasi Kerja Sama", 90, 14, True),
        line("Rahmat Hidayat1, Dr. Sekar Ayu Lestari, M.Kom.2, Gilang Permana", 130, 11, True),
        line("Putra3, Yosef Manurung, MT, Dr.Eng4", 144, 11, True),
        line("1,2,3,4Program Studi Sistem Informasi", 160, 10),
        line("Abstrak", 200, 10, True),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "Analisis Sistem Informasi Kerja Sama"
    assert meta.authors == [
        "Rahmat Hidayat",
        "Sekar Ayu Lestari",
        "Gilang Permana Putra",
        "Yosef Manurung",
    ]


def test_an_authors_line_in_the_titles_own_type_ends_the_title():
    lines = [
        line("PENERAPAN METODE PADA SISTEM INFORMASI", 60, 12, True),
        line("WULAN ANDRIANI, BAGAS PRATOMO", 88, 12, True),
        line("Pascasarjana Universitas Teluk Biru", 102, 12),
        line("ABSTRAK", 140, 12, True),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "PENERAPAN METODE PADA SISTEM INFORMASI"
    assert meta.authors == ["WULAN ANDRIANI", "BAGAS PRATOMO"]


def test_a_regulation_title_runs_to_the_preamble_and_has_no_authors_but_a_year():
    lines = [
        line("PERATURAN DAERAH KABUPATEN TELUK BIRU", 110, 12, True),
        line("NOMOR 4 TAHUN 2019", 139, 12, True),
        line("TENTANG", 168, 12, True),
        line("KERJA SAMA DAERAH DENGAN PIHAK LUAR NEGERI", 197, 12, True),
        line("DENGAN RAHMAT TUHAN YANG MAHA ESA", 226, 12, True),
        line("BUPATI TELUK BIRU", 255, 12, True),
    ]
    doc = document(lines)
    meta = read_front_matter(doc, labels())
    assert meta.title == (
        "PERATURAN DAERAH KABUPATEN TELUK BIRU NOMOR 4 TAHUN 2019 TENTANG "
        "KERJA SAMA DAERAH DENGAN PIHAK LUAR NEGERI"
    )
    assert meta.authors == []
    assert printed_year(doc, meta.title) == "2019"


def test_a_thesis_cover_gives_its_author_after_the_label_and_its_year_alone():
    lines = [
        line("SISTEM INFORMASI GUDANG", 88, 14, True),
        line("SKRIPSI", 380, 14, True),
        line("OLEH :", 470, 12, True),
        line("WULAN ANDRIANI", 490, 12, True),
        line("J2A 101 007", 510, 12, True),
        line("FAKULTAS TEKNIK UNIVERSITAS TELUK BIRU", 600, 12, True),
        line("2015", 680, 12, True),
    ]
    doc = document(lines)
    meta = read_front_matter(doc, labels())
    assert meta.title == "SISTEM INFORMASI GUDANG"
    assert meta.authors == ["WULAN ANDRIANI"]
    assert printed_year(doc, meta.title) == "2015"


def test_on_a_scan_the_title_is_the_tallest_type_and_a_translation_is_the_second_title():
    def scanned(text: str, top: float, height: float) -> Line:
        return Line(
            [
                Word(w, 72 + 60 * i, 120 + 60 * i, top, top + height, 0.0, False)
                for i, w in enumerate(text.split())
            ],
            1,
        )

    lines = [
        scanned("Perbandingan Paradiplomasi Kota Kembar", 78, 18),
        scanned("di Jawa dan Sumatra", 98, 13),  # no descenders: shorter boxes
        scanned("Comparing Twin City Paradiplomacy in Java and Sumatra", 124, 11),
        scanned("Wulan Andriani", 138, 11),
        scanned("Universitas Teluk Biru", 152, 11),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "Perbandingan Paradiplomasi Kota Kembar di Jawa dan Sumatra"
    assert meta.title_second == "Comparing Twin City Paradiplomacy in Java and Sumatra"
    assert meta.authors == ["Wulan Andriani"]


def test_a_numbered_regulation_title_wins_over_a_larger_gazette_heading():
    lines = [
        line("LEMBARAN DAERAH KABUPATEN TELUK BIRU", 40, 14, True),
        line("PERATURAN DAERAH KABUPATEN TELUK BIRU", 274, 12),
        line("NOMOR 6 TAHUN 2020", 294, 12),
        line("TENTANG", 315, 12),
        line("PENGELOLAAN BARANG MILIK DAERAH", 335, 12),
        line("DENGAN RAHMAT TUHAN YANG MAHA ESA", 356, 12),
        line("Menimbang : a. bahwa dalam rangka tertib administrasi " * 8, 376, 12),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == (
        "PERATURAN DAERAH KABUPATEN TELUK BIRU NOMOR 6 TAHUN 2020 TENTANG "
        "PENGELOLAAN BARANG MILIK DAERAH"
    )


def test_a_title_citing_a_law_by_its_number_is_no_masthead():
    lines = [
        line("Jurnal Ilmu Pemerintahan Daerah", 30, 11, True),
        line("Vol.4, No.2 Juli 2023", 44, 11, True),
        line("Implementasi Undang-Undang Nomor 23 Tahun 2014", 90, 14, True),
        line("dalam Kerja Sama Kota Kembar", 106, 14, True),
        line("Wulan Andriani", 140, 11, True),
        line("Universitas Teluk Biru", 154, 10),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == (
        "Implementasi Undang-Undang Nomor 23 Tahun 2014 dalam Kerja Sama Kota Kembar"
    )
    assert meta.authors == ["Wulan Andriani"]


def test_an_article_whose_title_opens_like_a_regulation_keeps_its_authors():
    lines = [
        line("PERATURAN DAERAH DAN KERJA SAMA KOTA KEMBAR", 90, 14, True),
        line("Wulan Andriani, Bagas Pratomo", 130, 11, True),
        line("Universitas Teluk Biru", 144, 10),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "PERATURAN DAERAH DAN KERJA SAMA KOTA KEMBAR"
    assert meta.authors == ["Wulan Andriani", "Bagas Pratomo"]


def test_a_title_line_of_partner_cities_is_no_authors_line():
    lines = [
        line("KERJA SAMA SISTER CITY KOTA SURABAYA DENGAN", 90, 14, True),
        line("BUSAN, SEATTLE, KOCHI", 106, 14, True),
        line("Wulan Andriani", 140, 11, True),
        line("Universitas Teluk Biru", 154, 10),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "KERJA SAMA SISTER CITY KOTA SURABAYA DENGAN BUSAN, SEATTLE, KOCHI"
    assert meta.authors == ["Wulan Andriani"]


def test_a_cover_page_before_the_article_is_passed_over():
    cover = [
        line("BULETIN KOTA KEMBAR", 60, 20, True),
        line("Daftar Isi", 200, 12, True),
        line("1. Penataan Taman Kota Bersama Mitra", 230, 11),
        line("Sekar Lestari", 244, 11),
    ]
    article = [
        line("Rancang Bangun Arsip Kerja Sama Kota", 80, 14, True),
        line("Wulan Andriani", 120, 11),
        line("Universitas Teluk Biru", 134, 10),
        line("Abstrak", 170, 10, True),
        line("Tulisan ini membahas arsip kerja sama kota.", 184, 10),
    ]
    doc = document(cover)
    doc.pages.append(Page(2, 595.0, 842.0, [replace(ln, page=2) for ln in article]))
    meta = read_front_matter(doc, labels())
    assert meta.title == "Rancang Bangun Arsip Kerja Sama Kota"
    assert meta.authors == ["Wulan Andriani"]


def test_a_first_page_full_of_text_without_an_abstract_is_no_cover():
    first = [line("Sejarah Singkat Kerja Sama Kota", 60, 14, True)]
    first += [line(BODY[:90], 100 + 12 * i, 10) for i in range(20)]
    doc = document(first)
    doc.pages.append(Page(2, 595.0, 842.0, [line("Abstrak", 80, 10, True)]))
    assert read_front_matter(doc, labels()).title == "Sejarah Singkat Kerja Sama Kota"


def test_a_journals_name_stacked_above_its_volume_line_is_masthead_in_any_type():
    lines = [
        line("KOTA LESTARI: JURNAL TATA KELOLA DAERAH (JTKD)", 40, 18, True),
        line("Vol. 5, No. 1, Maret 2023, 1-12", 62, 9),
        line("Indonesian Journal of Twin Cities", 74, 9),
        line("Arsip Digital Kerja Sama Kota Kembar", 120, 14, True),
        line("Wulan Andriani", 150, 11),
        line("Universitas Teluk Biru", 164, 10),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "Arsip Digital Kerja Sama Kota Kembar"
    assert meta.authors == ["Wulan Andriani"]


def test_a_title_naming_an_accounting_journal_is_no_masthead():
    lines = [
        line("SISTEM INFORMASI JURNAL UMUM PADA", 90, 14, True),
        line("KOPERASI KOTA KEMBAR", 106, 14, True),
        line("Wulan Andriani", 140, 11),
        line("Universitas Teluk Biru", 154, 10),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "SISTEM INFORMASI JURNAL UMUM PADA KOPERASI KOTA KEMBAR"


def test_authors_set_bolder_than_the_title_are_no_title():
    lines = [
        line("Tata Kelola Arsip Kerja Sama Kota", 90, 12),
        line("Wulan Andriani1, Bagas Pratomo2", 110, 12, True),
        line("1,2Universitas Teluk Biru", 124, 10),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "Tata Kelola Arsip Kerja Sama Kota"
    assert meta.authors == ["Wulan Andriani", "Bagas Pratomo"]


def test_a_regulation_numbered_on_its_opening_line_runs_over_its_styles_to_the_preamble():
    lines = [
        line("UNDANG-UNDANG KABUPATEN TELUK BIRU NOMOR 3 TAHUN 2018", 110, 12, True),
        line("TENTANG", 139, 12),
        line("ARSIP KERJA SAMA DAERAH", 168, 12, True),
        line("DENGAN RAHMAT TUHAN YANG MAHA ESA", 197, 12, True),
    ]
    meta = read_front_matter(document(lines), labels())
    assert meta.title == (
        "UNDANG-UNDANG KABUPATEN TELUK BIRU NOMOR 3 TAHUN 2018 TENTANG ARSIP KERJA SAMA DAERAH"
    )
    assert meta.authors == []


def test_a_long_note_above_the_title_does_not_hide_it():
    lines = (
        [line("Catatan redaksi: " + BODY[:80], 40 + 10 * i, 9) for i in range(5)]
        + [
            line("Arsip Kerja Sama Kota Kembar", 120, 14, True),
            line("Wulan Andriani", 150, 11),
            line("Universitas Teluk Biru", 164, 10),
            line(BODY[:90], 200, 9),
        ]
        + [line(BODY[:90], 210 + 10 * i, 9) for i in range(5)]
    )
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "Arsip Kerja Sama Kota Kembar"


def test_a_translation_in_italics_under_the_title_is_the_second_title():
    lines = [
        line("Arsip Digital Kerja Sama Kota Kembar", 90, 14, True),
        line("Digital Archive of Twin City Cooperation", 108, 14, True),
        line("Wulan Andriani", 140, 11),
        line("Universitas Teluk Biru", 154, 10),
    ]
    lines[1] = Line([replace(w, italic=True) for w in lines[1].words], 1)
    meta = read_front_matter(document(lines), labels())
    assert meta.title == "Arsip Digital Kerja Sama Kota Kembar"
    assert meta.title_second == "Digital Archive of Twin City Cooperation"
