"""Extract stage on PDFs made by the repo's render script: reading order, furniture,
hyphenation, scans and bad files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import spec
from reportlab.pdfgen.canvas import Canvas

from pipeline import ocr
from pipeline.extract import DocumentError, extract, read_pages
from pipeline.furniture import strip_furniture
from pipeline.runner import process_document
from pipeline.wer import word_error_rate
from tools.render import render_scan

WORDS = (
    "pemerintah daerah menjalin kerja sama internasional dengan kota-kota mitra untuk "
    "meningkatkan pertukaran pelajar pengembangan ekonomi kreatif dan promosi pariwisata "
    "berkelanjutan melalui penandatanganan perjanjian persahabatan"
).split()


def paragraphs(count: int, size: int = 60) -> list[str]:
    """Deterministic paragraphs of long Indonesian words, so lines break inside words."""
    out = []
    for i in range(count):
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(size)]
        out.append(f"Bagian {i + 1} " + " ".join(words) + ".")
    return out


def long_article(layout: str, count: int = 20):
    return spec(
        doc_id="panjang",
        layout=layout,
        running_header="Astuti — Kota Kembar Semarang dan Brisbane",
        journal="Jurnal Uji Coba · Vol. 1 No. 1 (2024)",
        sections=[{"heading": "PENDAHULUAN", "paragraphs": paragraphs(count)}],
    )


@pytest.mark.parametrize("layout", ["one_column", "two_columns"])
def test_paragraphs_come_back_exactly_in_reading_order(render, layout):
    article = long_article(layout)
    document = extract(render(article))
    body = [b.text for b in document.blocks]
    start = body.index("PENDAHULUAN") + 1
    assert body[start : start + 20] == article.sections[0]["paragraphs"]


def test_two_column_pages_are_read_column_by_column(render):
    document = extract(render(long_article("two_columns")))
    order = [int(b.text.split()[1]) for b in document.blocks if b.text.startswith("Bagian ")]
    assert order == list(range(1, 21))
    assert len(document.pages) >= 3


def test_hyphenation_across_a_page_break_is_joined(render):
    pdf = render(long_article("two_columns"))
    pages = strip_furniture(read_pages(pdf))
    cut = [p.lines[-1].text for p in pages[:-1] if p.lines[-1].text.endswith("-")]
    assert cut, "the rendered article should break a word at the foot of a page"
    text = extract(pdf).text
    assert "-\n" not in text and " per- " not in text and " un- " not in text


def test_running_headers_footers_and_page_numbers_are_removed(render):
    document = extract(render(long_article("one_column", count=12)))
    assert "Astuti — Kota Kembar" not in document.text
    assert "Jurnal Uji Coba" not in document.text
    furniture = Counter(line for page in document.pages for line in page.furniture)
    assert furniture["Astuti — Kota Kembar Semarang dan Brisbane"] == len(document.pages) - 1
    assert {str(n) for n in range(1, len(document.pages) + 1)} <= {
        line.split()[-1] for line in furniture
    }


def test_reduplication_broken_at_line_end_keeps_its_hyphen(render):
    article = spec(
        layout="two_columns",
        sections=[
            {
                "heading": "PENDAHULUAN",
                "paragraphs": [
                    "Para pejabat kota mengunjungi kota-kota mitra dan negara-negara sahabat; "
                    "masing-masing kota membawa program-program unggulan. " * 6
                ],
            }
        ],
    )
    text = extract(render(article)).text
    assert text.count("kota-kota") == 6
    assert text.count("negara-negara") == 6
    assert text.count("masing-masing") == 6
    assert text.count("program-program") == 6


def test_a_scanned_page_is_read_by_ocr(render, tmp_path, tesseract):
    article = spec(sections=[{"heading": "PENDAHULUAN", "paragraphs": paragraphs(3, 40)}])
    born_digital = render(article)
    scan = render_scan(born_digital, tmp_path / "scan.pdf", dpi=200)
    document = extract(scan)
    assert document.ocr_pages == [1]
    assert word_error_rate(document.text, extract(born_digital).text) < 0.03


def test_scan_without_tesseract_gives_an_error_row_naming_what_to_install(
    render, tmp_path, monkeypatch
):
    scan = render_scan(render(spec()), tmp_path / "scan.pdf", dpi=100)
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    row = process_document(scan).rows["documents"][0]
    assert row["status"] == "error"
    assert "tesseract-ocr-ind" in row["error"]


def write_bad(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def encrypted_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "locked.pdf"
    canvas = Canvas(str(path), encrypt="rahasia")
    canvas.drawString(72, 720, "Dokumen terkunci")
    canvas.save()
    return path


NO_MEDIABOX = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/Resources<<>>>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
ZERO_PAGES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.mark.parametrize(
    ("maker", "reason"),
    [
        (lambda tmp, good: write_bad(tmp, "empty.pdf", b""), "empty file (0 bytes)"),
        (
            lambda tmp, good: write_bad(tmp, "half.pdf", good.read_bytes()[:700]),
            "the PDF could not be opened",
        ),
        (
            lambda tmp, good: write_bad(tmp, "notes.pdf", b"Catatan rapat, bukan PDF.\n"),
            "not a PDF saved as .pdf (no %PDF header)",
        ),
        (
            lambda tmp, good: write_bad(
                tmp, "page.pdf", b"<!DOCTYPE html><html><body>404</body></html>"
            ),
            "an HTML page saved as .pdf (no %PDF header)",
        ),
        (lambda tmp, good: encrypted_pdf(tmp), "the PDF is password-protected"),
        (lambda tmp, good: write_bad(tmp, "nopages.pdf", ZERO_PAGES), "the PDF has no pages"),
        (
            lambda tmp, good: write_bad(tmp, "nobox.pdf", NO_MEDIABOX),
            "the PDF's page tree is malformed",
        ),
    ],
)
def test_bad_files_give_a_readable_error(render, tmp_path, maker, reason):
    path = maker(tmp_path, render(spec()))
    with pytest.raises(DocumentError) as raised:
        extract(path)
    assert str(raised.value).startswith(reason)


@pytest.mark.parametrize("rotation", [90, 270])
def test_a_rotated_page_is_read_upright_line_by_line(tmp_path, rotation):
    path = tmp_path / f"rotated{rotation}.pdf"
    canvas = Canvas(str(path))
    canvas.setPageRotation(rotation)
    for n in range(1, 13):
        canvas.drawString(72, 780 - 16 * n, f"Baris {n}: delegasi Kota Medan tiba di Gwangju.")
    canvas.save()
    text = extract(path).text
    expected = " ".join(f"Baris {n}: delegasi Kota Medan tiba di Gwangju." for n in range(1, 13))
    assert text == expected + "\n"


def test_a_document_of_one_short_line_keeps_it_rather_than_calling_it_a_running_head(tmp_path):
    path = tmp_path / "undangan.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 790, "Undangan rapat koordinasi kota kembar")
    canvas.save()
    assert extract(path).text == "Undangan rapat koordinasi kota kembar\n"


def test_a_page_with_neither_text_nor_words_to_read_says_ocr_found_none(tmp_path, tesseract):
    path = tmp_path / "kosong.pdf"
    canvas = Canvas(str(path))
    canvas.rect(100, 100, 200, 300, fill=1)
    canvas.save()
    with pytest.raises(DocumentError) as raised:
        extract(path)
    assert (
        str(raised.value) == "no text found on any page (OCR read 1 of 1 pages and found no words)"
    )


def test_a_page_that_makes_the_parser_raise_names_the_page(render, monkeypatch):
    pdf = render(long_article("one_column", count=8))
    import pipeline.extract as stage

    original = stage.text_layer_words

    def broken(page, params):
        if page.page_number == 2:
            raise ValueError("bad content stream")
        return original(page, params)

    monkeypatch.setattr(stage, "text_layer_words", broken)
    with pytest.raises(DocumentError, match="page 2 could not be parsed: bad content stream"):
        extract(pdf)


def test_a_document_over_the_time_limit_gets_an_error_row(render):
    row = process_document(render(long_article("two_columns")), timeout=0.01).rows["documents"][0]
    assert row["status"] == "error"
    assert row["error"] == "took longer than the 0.01 s limit per document"


def test_urls_and_dois_cut_by_line_breaks_are_rejoined(render):
    url = "https://www.kabardaerah.id/2021/04/27/surabaya-dan-gaziantep-resmi-menandatangani-nota-kesepahaman"
    doi = "https://doi.org/10.31315/paradiplomasi.v12i2.2024.115-130"
    article = spec(
        layout="two_columns",
        sections=[{"heading": "PENDAHULUAN", "paragraphs": paragraphs(2, 30)}],
        references=[
            f"Kabar Daerah. (2021). Surabaya dan Gaziantep Resmi Bermitra. Diakses dari {url}",
            f"Lestari, D. (2024). Paradiplomasi Kota Pesisir. Jurnal Kawasan, 12(2), 115. {doi}",
        ],
    )
    from pipeline.structure import structure

    references = structure(extract(render(article))).references
    assert [r.raw.split()[-1] for r in references] == [url, doi]


def test_a_full_width_row_between_column_runs_is_read_in_place():
    from pipeline.layout import reading_order
    from pipeline.model import Word

    def row(top, *spans):
        return [Word(text, x0, x1, top, top + 10) for text, x0, x1 in spans]

    words = row(40, ("Judul", 200, 400))
    for i in range(5):
        words += row(80 + 14 * i, (f"kiri{i}", 72, 280), (f"kanan{i}", 320, 520))
    words += row(160, ("Tabel 1 melintang seluruh halaman", 72, 520))
    for i in range(5):
        words += row(190 + 14 * i, (f"bawahkiri{i}", 72, 280), (f"bawahkanan{i}", 320, 520))
    order = [line.text for line in reading_order(words, 595, 1)]
    assert order == (
        ["Judul"]
        + [f"kiri{i}" for i in range(5)]
        + [f"kanan{i}" for i in range(5)]
        + ["Tabel 1 melintang seluruh halaman"]
        + [f"bawahkiri{i}" for i in range(5)]
        + [f"bawahkanan{i}" for i in range(5)]
    )


def test_ocr_words_are_scaled_to_points_and_a_spaced_dash_stays_a_dash():
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "5\t1\t1\t1\t1\t1\t300\t600\t250\t40\t96.1\tSurabaya\n"
        "5\t1\t1\t1\t1\t2\t570\t600\t20\t40\t90.0\t-\n"
        "5\t1\t1\t1\t1\t3\t610\t600\t260\t40\t95.0\tGaziantep\n"
        "4\t1\t1\t1\t1\t0\t300\t600\t570\t40\t-1\t\n"
    )
    words = ocr.parse_tsv(tsv, 72 / 300)
    assert [w.text for w in words] == ["Surabaya", "–", "Gaziantep"]
    assert (words[0].x0, words[0].top, words[0].x1) == (72.0, 144.0, 132.0)


def test_a_giant_page_is_rendered_for_ocr_within_the_pixel_bound_or_refused():
    from pipeline.ocr import PageTooLarge, render_scale
    from pipeline.params import ExtractParams

    assert render_scale(595, 842) == pytest.approx(300 / 72)
    a0_poster = render_scale(2384, 3370)  # 33 × 47 in: 140 million pixels at 300 dpi
    assert 2384 * 3370 * a0_poster**2 == pytest.approx(60e6)
    assert 190 < a0_poster * 72 < 200
    with pytest.raises(PageTooLarge, match="200 × 200 in"):
        render_scale(14400, 14400)
    assert render_scale(14400, 14400, ExtractParams(ocr_min_dpi=10)) * 72 < 40


def test_every_line_of_the_text_knows_where_it_was_printed(render):
    document = extract(render(long_article("two_columns")))
    printed = {
        (page.number, round(line.x0, 1), round(line.top, 1)): line.text
        for page in document.pages
        for line in page.lines
    }
    spans = document.line_spans
    assert len(spans) == len(printed)
    for span in spans:
        line = printed[(span.page, round(span.x0, 1), round(span.top, 1))]
        stretch = document.text[span.start : span.end].strip()
        # a word broken at the line end is joined into the line where it starts
        assert stretch.split()[1:-1] == line.split()[1:-1], (stretch, line)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    right = [s for s in spans if s.page == 1 and s.x0 > document.pages[0].width / 2]
    assert right and all(s.start > spans[0].start for s in right)
