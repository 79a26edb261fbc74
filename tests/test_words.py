"""Words: ligatures and glyph runs, word gaps where a PDF has no spaces, line-end hyphens."""

from __future__ import annotations

from collections import Counter

import pdfplumber
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pipeline.words import (
    clean_word,
    continues_url,
    is_italic,
    join_hyphenated,
    text_layer_words,
)


@pytest.mark.parametrize(
    ("head", "tail", "vocabulary", "expected"),
    [
        ("menimbul-", "kan", {}, "menimbulkan"),
        ("kota-", "kota", {"kota": 3}, "kota-kota"),
        ("bidang-", "-bidang", {}, "bidang-bidang"),
        ("Surabaya-", "Busan", {}, "Surabaya-Busan"),
        ("COVID-", "19", {}, "COVID-19"),
        ("sub-", "nasional", {"sub-nasional": 2, "subnasional": 1}, "sub-nasional"),
        ("penelitian-peneliti-", "an", {}, "penelitian-penelitian"),
        ("kelompok-", "kelompoknya", {}, "kelompok-kelompoknya"),
        ("sela-", "lama", {}, "selalama"),
        ("selambat-", "lambatnya", {}, "selambat-lambatnya"),
        ("sebaik-", "baiknya", {"baik": 2}, "sebaik-baiknya"),
    ],
)
def test_line_end_hyphens_are_decided_by_the_documents_words(head, tail, vocabulary, expected):
    assert join_hyphenated(head, tail, Counter(vocabulary)) == expected


def test_ligatures_soft_hyphens_and_odd_spaces_are_normalized():
    assert clean_word("\ufb01nansial") == "finansial"
    assert clean_word("e\ufb00ektif") == "effektif"
    assert clean_word("kerja\u00adsama") == "kerjasama"
    assert clean_word("\u200bMedan\u00a0") == "Medan"
    assert clean_word("¹⁾Michael") == "¹⁾Michael"
    assert clean_word("(cid:14)(cid:10)(cid:23)") == ""
    assert clean_word("nilai(cid:3)(cid:4)") == "nilai\ufffd"


def test_a_list_number_after_a_cut_address_starts_the_next_entry():
    assert continues_url("https://kota.example.org/arsip/mitra", "tahunan.pdf")
    assert not continues_url("https://kota.example.org/arsip/mitra", "4.")
    assert not continues_url("https://kota.example.org/arsip/mitra", "11.Sari,")
    assert not continues_url("https://kota.example.org/arsip/mitra", "[12]")


def glyph_by_glyph(path, lines: list[str], word_gap: float) -> None:
    """A page set as pdfTeX sets justified text: every glyph placed on its own, no space
    characters, words `word_gap` points apart."""
    canvas = Canvas(str(path))
    for row, text in enumerate(lines):
        x = 72.0
        for word in text.split():
            for letter in word:
                canvas.setFont("Helvetica", 10)
                canvas.drawString(x, 700 - 14 * row, letter)
                x += stringWidth(letter, "Helvetica", 10)
            x += word_gap
    canvas.save()


def test_words_are_parted_by_the_pages_own_gaps_where_it_has_no_spaces(tmp_path):
    lines = ["kerja sama kota kembar antara dua pemerintah daerah"] * 12
    glyph_by_glyph(tmp_path / "tex.pdf", lines, word_gap=2.2)
    with pdfplumber.open(tmp_path / "tex.pdf") as pdf:
        page = pdf.pages[0]
        glued = "kerjasamakotakembarantaraduapemerintahdaerah"
        assert glued in [w["text"] for w in page.extract_words()]  # a fixed 3 points glue all
        words, _, _ = text_layer_words(page)
    assert [w.text for w in words[:8]] == lines[0].split()


def test_the_word_gap_is_the_middle_of_the_emptiest_stretch_of_gaps():
    from pipeline.words import word_gap_tolerance

    def char(x0: float, x1: float) -> dict:
        return {"text": "a", "x0": x0, "x1": x1, "top": 100.0, "size": 10.0}

    chars, x = [], 72.0
    for _ in range(40):
        for letter in range(5):
            chars.append(char(x, x + 5))
            x += 5 + (3.0 if letter == 4 else 0.0)  # 0.3 of the type size between words
    # no gap lies within 0.02 em of 0.06 ... 0.28 em: the middle of that stretch, 0.17 em
    assert word_gap_tolerance(chars) == pytest.approx(1.7)
    spaced = chars + [{**chars[0], "text": " "}] * 10
    assert word_gap_tolerance(spaced) is None


def test_a_slanted_font_is_italic_by_its_name_and_a_word_ending_in_it_is_not():
    assert is_italic("ABCDEF+TimesNewRomanPS-BoldItalicMT")
    assert is_italic("Helvetica-Oblique")
    assert is_italic("Cambria-BoldIt")
    assert not is_italic("TimesNewRomanPS-BoldMT")
    assert not is_italic("Lit")
