"""Reading order from word boxes: columns under a full-width block, the gutter among white
bands."""

from __future__ import annotations

from pipeline.layout import find_gutter, merge_touching, reading_order, rows_of
from pipeline.model import Word

WIDTH = 595.0


def words_at(text: str, x: float, top: float, size: float = 10.0) -> list[Word]:
    """Boxes for the words of `text` from `x`, 6 points a character and 4 between words."""
    out = []
    for part in text.split():
        out.append(Word(part, x, x + 6 * len(part), top, top + size, size, False))
        x += 6 * len(part) + 4
    return out


def full_width(count: int, start: float) -> list[Word]:
    """`count` lines of an abstract running across the whole text width (72 to 523)."""
    line = "abstrak " * 30
    return [w for n in range(count) for w in words_at(line.strip(), 72, start + 13 * n)]


def two_columns(count: int, start: float) -> list[Word]:
    """`count` rows of a left column (72 to ~280) and a right column (from 315)."""
    boxes = []
    for n in range(count):
        boxes += words_at(f"kiri{n:02d} kolom pertama teks isi", 72, start + 13 * n)
        boxes += words_at(f"kanan{n:02d} kolom kedua teks isi", 315, start + 13 * n)
    return boxes


def test_columns_below_a_long_full_width_abstract_are_read_column_by_column():
    words = full_width(40, 80) + two_columns(8, 640)
    lines = [line.text for line in reading_order(words, WIDTH, 1)]
    assert lines[:40] == [" ".join(["abstrak"] * 30)] * 40
    assert [text.split()[0] for text in lines[40:]] == [f"kiri{n:02d}" for n in range(8)] + [
        f"kanan{n:02d}" for n in range(8)
    ]


def test_the_gutter_is_the_band_most_rows_leave_white_not_a_gap_inside_a_table():
    table = [w for n in range(10) for w in words_at(f"{n} Kota", 90, 80 + 13 * n)]
    table += [w for n in range(10) for w in words_at(f"A{n}", 240, 80 + 13 * n)]
    table += [
        w for n in range(10) for w in words_at(f"teks kolom kanan baris {n}", 315, 80 + 13 * n)
    ]
    body = two_columns(30, 230)
    gutter = find_gutter(rows_of(table + body), WIDTH)
    assert 280 < gutter < 315


def test_a_one_column_page_has_no_gutter():
    assert find_gutter(rows_of(full_width(30, 80)), WIDTH) is None


def test_a_full_width_line_with_a_narrow_space_at_the_gutter_stays_whole():
    columns = two_columns(8, 200)
    gutter = find_gutter(rows_of(full_width(6, 80) + columns), WIDTH)
    across = [
        Word("baris", gutter - 32, gutter - 2, 158, 168, 10.0, False),
        Word("akhir", gutter + 2, gutter + 32, 158, 168, 10.0, False),
    ]
    lines = [line.text for line in reading_order(full_width(6, 80) + across + columns, WIDTH, 1)]
    assert lines[6] == "baris akhir"
    assert lines[7].startswith("kiri00")


def test_a_right_columns_hanging_reference_numbers_stay_in_their_column():
    words = full_width(2, 54)
    for n in range(30):
        top = 80 + 13 * n
        left = "teks kolom kiri yang panjang sekali itu" + (" lebar" if n in (1, 2) else "")
        words += words_at(left, 72, top)
        if n % 3 == 0 and n < 27:
            words += words_at(f"[{n // 3 + 1}]", 315, top)
        words += words_at("entri pustaka", 346, top)
    gutter = find_gutter(rows_of(words), WIDTH)
    assert 294 < gutter < 315
    lines = [line.text for line in reading_order(words, WIDTH, 1)]
    assert "[1] entri pustaka" in lines and "[4] entri pustaka" in lines
    assert not any(text.startswith("teks") and "[" in text for text in lines)


def test_a_line_printed_over_another_stays_a_line_of_its_own():
    title = words_at("PERATURAN DAERAH KOTA", 80, 40, size=14)
    header = words_at("NO. 5", 66, 47) + words_at("2008 SERI. E", 150, 47)
    lines = [line.text for line in reading_order(title + header, WIDTH, 1)]
    assert lines == ["PERATURAN DAERAH KOTA", "NO. 5 2008 SERI. E"]


def test_a_word_printed_twice_over_itself_is_read_once():
    words = words_at("kota kembar", 72, 80)
    ghost = [Word(w.text, w.x0 + 0.4, w.x1 + 0.4, w.top, w.bottom, w.size, w.bold) for w in words]
    assert [line.text for line in reading_order(words + ghost, WIDTH, 1)] == ["kota kembar"]


def test_a_footnote_mark_glued_to_a_bold_word_keeps_the_word_bold():
    word = Word("Kembar", 100, 140, 50, 64, 14.0, True)
    mark = Word("*", 140.2, 144, 48, 56, 9.0, False)
    merged = merge_touching([word, mark])
    assert [(w.text, w.bold, w.size) for w in merged] == [("Kembar*", True, 14.0)]
    comma = merge_touching(
        [Word(",", 96, 99, 50, 64, 10.0, True), Word("kota", 99.1, 120, 50, 64, 10.0)]
    )
    assert [(w.text, w.bold) for w in comma] == [(",kota", False)]
