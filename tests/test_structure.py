"""Structure stage: front matter, sections and references of rendered articles."""

from __future__ import annotations

from conftest import CORPUS, spec

from pipeline.extract import extract
from pipeline.front_matter import split_names
from pipeline.model import Block, Document
from pipeline.structure import (
    find_sections,
    heading_table,
    plain_text_article,
    split_references,
    structure,
)
from tools.render import ArticleSpec


def test_front_matter_of_a_bilingual_two_column_article(render):
    article = structure(
        extract(render(ArticleSpec.from_yaml(CORPUS / "src/102_bandung_braunschweig.yaml")))
    )
    meta = article.metadata
    assert (
        meta.title == "Paradiplomasi Kota Bandung: Kemitraan dengan Braunschweig dan Petaling Jaya"
    )
    assert (
        meta.title_second
        == "Bandung's Paradiplomacy: Partnerships with Braunschweig and Petaling Jaya"
    )
    assert meta.authors == ["Dewi Kusuma"]
    assert meta.emails == ["dewi.kusuma@upr.ac.id"]
    assert meta.affiliations == [
        "Departemen Ilmu Hubungan Internasional, Universitas Parahyangan Raya"
    ]
    assert meta.keywords_en == ["Paradiplomacy", "Twin City", "Bandung", "Creative Economy"]
    assert meta.keywords_id == ["Paradiplomasi", "Kota Kembar", "Bandung", "Ekonomi Kreatif"]
    assert meta.abstract_en.startswith("Bandung keeps two of the oldest")
    assert meta.abstract_id.endswith("dengan Petaling Jaya di Malaysia.")
    assert (meta.journal, meta.volume, meta.issue, meta.year) == (
        "Jurnal Paradiplomasi Nusantara",
        "8",
        "2",
        "2023",
    )
    assert meta.language == "id"


def test_sections_form_a_tree_and_the_reference_list_is_split(render):
    article = structure(
        extract(render(ArticleSpec.from_yaml(CORPUS / "src/102_bandung_braunschweig.yaml")))
    )
    assert [(s.level, s.title) for s in article.sections] == [
        (1, "PENDAHULUAN"),
        (1, "PEMBAHASAN"),
        (2, "Bandung–Braunschweig"),
        (2, "Bandung–Petaling Jaya"),
        (1, "KESIMPULAN"),
        (1, "DAFTAR PUSTAKA"),
    ]
    assert [r.raw[:12] for r in article.references] == [
        "Hidayat, T. ",
        "Rahman, F. A",
        "Siregar, L. ",
    ]
    assert article.references[0].raw.endswith("Jurnal Hubungan Internasional, 12(1), 1–18.")


def test_authors_with_superscript_markers_and_a_name_that_starts_like_a_label(render):
    pdf = render(
        spec(
            authors=["Sari Wulandari¹", "Budi Hartono²"],
            abstract_id="Ringkasan singkat.",
            keywords_id=["Kota Kembar"],
        )
    )
    meta = structure(extract(pdf)).metadata
    assert meta.authors == ["Sari Wulandari", "Budi Hartono"]
    assert meta.abstract_id == "Ringkasan singkat."


def test_numbered_headings_take_their_level_from_the_number(render):
    sections = [
        {"heading": "PENDAHULUAN", "paragraphs": ["Teks pembuka."]},
        {"heading": "HASIL DAN PEMBAHASAN", "paragraphs": ["Teks hasil."]},
        {"heading": "3.1 Tahapan Kerja Sama", "level": 2, "paragraphs": ["Teks tahapan."]},
        {"heading": "3.1.1 Norma", "level": 2, "paragraphs": ["Teks norma."]},
    ]
    article = structure(extract(render(spec(sections=sections))))
    assert [(s.level, s.number, s.title) for s in article.sections] == [
        (1, "", "PENDAHULUAN"),
        (1, "", "HASIL DAN PEMBAHASAN"),
        (2, "3.1", "Tahapan Kerja Sama"),
        (3, "3.1.1", "Norma"),
    ]


def test_names_are_split_without_markers():
    assert split_names("¹⁾Michael Samudra Djaja, ²⁾Muhammad Indrawan Jatmika") == [
        "Michael Samudra Djaja",
        "Muhammad Indrawan Jatmika",
    ]
    assert split_names("^{1),2)}Ana Putri dan Bima Sakti") == ["Ana Putri", "Bima Sakti"]


def test_reference_entries_broken_across_blocks_are_rejoined():
    texts = [
        "Nur, G., & Sudirman, A. (2020). Diplomasi Kota Bandung di Eropa. Jurnal, 1(1).",
        "Paradiplomacy Nuralam, I. P. (2018). Peran Strategis Sister City. 2(1), 144–151.",
        "Rahayu, R. N. (2016). Kerja sama Surabaya. Diakses dari http://repos",
        "itory.ub.ac.id/eprint/1.pdf Daulay, Y. P. (2019). Pelaksanaan Paradiplomasi Kota Medan.",
    ]
    entries = split_references(plain_text_article("\n\n".join(texts)).document.blocks)
    assert [e.raw.split(",")[0] for e in entries] == ["Nur", "Nuralam", "Rahayu", "Daulay"]
    assert entries[0].raw.endswith("Jurnal, 1(1). Paradiplomacy")
    assert "http://repository.ub.ac.id/eprint/1.pdf" in entries[2].raw


def test_a_numbered_reference_list_is_cut_at_its_numbers():
    blocks = [
        Block("[1] A. Wibowo, Basis Data, Bandung, 2019. [2] R. Sari, Kota Kembar,", 5, 0, 70),
        Block("vol. 4, no. 2, 2021. [3] B. Hadi, Paradiplomasi, 2020.", 6, 80, 135),
    ]
    assert [(r.n, r.page, r.raw) for r in split_references(blocks)] == [
        (1, 5, "[1] A. Wibowo, Basis Data, Bandung, 2019."),
        (2, 5, "[2] R. Sari, Kota Kembar, vol. 4, no. 2, 2021."),
        (3, 6, "[3] B. Hadi, Paradiplomasi, 2020."),
    ]
    blocks = [Block("1. Wibowo, A. 2019. Basis Data. 2. Sari, R. 2021. Kota Kembar.", 7, 0, 62)]
    assert [r.raw for r in split_references(blocks)] == [
        "1. Wibowo, A. 2019. Basis Data.",
        "2. Sari, R. 2021. Kota Kembar.",
    ]


def test_entries_open_on_an_author_with_a_bare_year_or_a_name_whose_year_follows():
    texts = [
        "Wibowo, Sari. Basis Data Kota. Pustaka Teluk: Bandung : 2011",
        "Hartono. 2015. Sistem informasi kerja sama daerah.",
        "Jaringan Kota Kembar Nusantara.",
        "(2021). Daftar Mitra Kota. jkkn.example.org (diakses 3 Mei 2021)",
        "Lestari, A. (2019). Kota Mitra. Jurnal Kota 4, no. 2: 10–21. "
        "Badan Statistik Teluk. (2020). Angka Kota.",
    ]
    entries = split_references(plain_text_article("\n\n".join(texts)).document.blocks)
    assert [e.raw[:12] for e in entries] == [
        "Wibowo, Sari",
        "Hartono. 201",
        "Jaringan Kot",
        "Lestari, A. ",
        "Badan Statis",
    ]
    assert entries[2].raw.endswith("(diakses 3 Mei 2021)")


def test_a_numbered_list_without_spaces_after_its_numbers_is_still_cut():
    blocks = [
        Block("1.Wibowo, A. 2019. Basis Data. 2.https://kota.example.org/mitra", 7, 0, 64),
        Block("3.Sari, R. 2021. Kota Kembar.", 7, 66, 95),
    ]
    assert [r.raw for r in split_references(blocks)] == [
        "1.Wibowo, A. 2019. Basis Data.",
        "2.https://kota.example.org/mitra",
        "3.Sari, R. 2021. Kota Kembar.",
    ]


def test_a_title_in_capitals_inside_the_reference_list_does_not_end_it():
    texts = [
        "PENDAHULUAN",
        "Isi pendahuluan yang cukup panjang.",
        "KUTIPAN",
        "[1] A. Wibowo, “KERJA SAMA",
        "KOTA KEMBAR DI JAWA",
        "BAGIAN BARAT,” 2019.",
        "[2] R. Sari, 2021.",
        "LAMPIRAN",
    ]
    text = "\n\n".join(texts)
    blocks, offset = [], 0
    for piece in texts:
        blocks.append(Block(piece, 1, offset, offset + len(piece)))
        offset += len(piece) + 2
    document = Document("uji", "-", "", [], blocks, text)
    sections = find_sections(document, document.blocks, heading_table())
    assert [s.title for s in sections] == ["PENDAHULUAN", "KUTIPAN", "LAMPIRAN"]


def test_a_standard_heading_broken_over_two_blocks_is_one_heading():
    from pipeline.structure import broken_headings

    texts = ["Isi bab terakhir yang cukup panjang.", "Daftar", "Pustaka", "[1] A. Wibowo, 2019."]
    blocks, offset = [], 0
    for piece in texts:
        blocks.append(Block(piece, 9, offset, offset + len(piece)))
        offset += len(piece) + 2
    joined = broken_headings(blocks, heading_table())
    assert [b.text for b in joined] == [texts[0], "Daftar Pustaka", texts[3]]
    assert (joined[1].start, joined[1].end) == (blocks[1].start, blocks[2].end)
    assert broken_headings([], heading_table()) == []


def test_a_keywords_label_alone_on_its_line_takes_the_next_block():
    from pipeline.model import Metadata
    from pipeline.structure import label_pattern, load_rules, read_abstracts

    front = load_rules().sections["front_matter"]
    labels = {field: label_pattern(names) for field, names in front.items()}
    texts = ["Abstrak", "Kota kembar dibahas di sini.", "Kata Kunci", "Paradiplomasi; Kota Kembar"]
    blocks = [Block(t, 1, 0, len(t)) for t in texts]
    meta = Metadata()
    read_abstracts(blocks, labels, meta)
    assert meta.keywords_id == ["Paradiplomasi", "Kota Kembar"]
    assert meta.abstract_id == "Kota kembar dibahas di sini."


def test_older_spellings_of_the_abstract_and_keywords_labels_are_read():
    from pipeline.model import Metadata
    from pipeline.structure import label_pattern, load_rules, read_abstracts

    front = load_rules().sections["front_matter"]
    labels = {field: label_pattern(names) for field, names in front.items()}
    texts = ["Abstraksi", "Tulisan ini membahas kota kembar.", "Kata-kunci: Basis Data; Kota"]
    meta = Metadata()
    read_abstracts([Block(t, 1, 0, len(t)) for t in texts], labels, meta)
    assert meta.abstract_id == "Tulisan ini membahas kota kembar."
    assert meta.keywords_id == ["Basis Data", "Kota"]
