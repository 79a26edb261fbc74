"""Page furniture found by place and recurrence, with numbers masked."""

from __future__ import annotations

from pipeline.furniture import strip_furniture
from pipeline.model import Line, Page, Word
from pipeline.params import ExtractParams

HEIGHT = 842.0
LEADING = 13.0


def line(text: str, top: float, page: int, size: float = 10.0, bold: bool = False) -> Line:
    """A line of `text` starting at x=72, one box per word, 6 points a character."""
    words, x = [], 72.0
    for part in text.split():
        words.append(Word(part, x, x + 6 * len(part), top, top + size, size, bold))
        x += 6 * len(part) + 3
    return Line(words, page)


def body(page: int, start: float = 100.0, count: int = 40) -> list[Line]:
    return [
        line(
            f"kalimat isi halaman {page} baris {n} tentang kerja sama kota",
            start + n * LEADING,
            page,
        )
        for n in range(count)
    ]


def journal_page(number: int, extra: list[Line] = ()) -> Page:
    """A body page under a two-line running head, over a three-line foot whose numbers
    change from page to page."""
    head = [
        line("Jurnal Kajian Kota Kembar", 30, number, bold=True),
        line(f"Vol. 3 No. 2 (2024) Hal {40 + number}", 42, number),
    ]
    foot = [
        line(f"DOI : https://doi.org/10.1234/jkk.2024.V3.2.{40 + number}", 780, number, 9),
        line("Creative Commons Attribution 4.0 International License", 790, number, 9),
        line(str(40 + number), 802, number, 9),
    ]
    return Page(number, 595.0, HEIGHT, head + body(number) + list(extra) + foot)


def test_stacked_heads_and_feet_with_changing_numbers_go_and_the_body_stays():
    pages = strip_furniture([journal_page(n) for n in range(1, 6)])
    for page in pages:
        assert len(page.lines) == 40
        assert all("kalimat isi" in ln.text for ln in page.lines)
        assert page.furniture[0] == "Jurnal Kajian Kota Kembar"
        assert page.furniture[-1] == str(40 + page.number)
        assert len(page.furniture) == 5


def test_a_footer_cut_in_two_by_a_gutter_on_one_page_is_still_furniture():
    pages = [journal_page(n) for n in range(1, 5)]
    cut = [
        line("Creative Commons Attribution", 790, 5, 9),
        line("4.0 International License", 790, 5, 9),
    ]
    fifth = Page(5, 595.0, HEIGHT, body(5) + cut)
    stripped = strip_furniture([*pages, fifth])
    assert [ln.text for ln in stripped[-1].lines] == [ln.text for ln in body(5)]


def test_a_heading_or_body_line_near_the_foot_is_not_furniture():
    heading = line("3. HASIL DAN PEMBAHASAN", 760, 2, bold=True)
    pages = strip_furniture([journal_page(1), journal_page(2, [heading]), journal_page(3)])
    assert pages[1].lines[-1].text == "3. HASIL DAN PEMBAHASAN"
    last_body = line("lanjutan kalimat isi yang berhenti di kaki halaman", 100 + 40 * LEADING, 3)
    pages = strip_furniture([journal_page(1), journal_page(2), journal_page(3, [last_body])])
    assert pages[2].lines[-1].text == last_body.text


def test_a_line_recurring_on_too_few_pages_at_its_place_is_kept():
    def note(page: int) -> Line:
        return line("Catatan redaksi tentang edisi khusus", 85, page)

    pages = [journal_page(n, [note(n)] if n <= 2 else []) for n in range(1, 9)]
    kept = strip_furniture(pages, ExtractParams(furniture_page_share=0.3))
    assert note(1).text in [ln.text for ln in kept[0].lines]
    gone = strip_furniture(pages, ExtractParams(furniture_page_share=0.1))
    assert note(1).text in gone[0].furniture


def test_a_document_that_is_all_margin_keeps_its_lines():
    pages = [Page(1, 595.0, HEIGHT, [line("Sampul", 30, 1)])]
    assert strip_furniture(pages)[0].lines[0].text == "Sampul"


def test_numbered_furniture_printed_again_on_the_first_page_goes_too():
    def head(page: int) -> Line:
        return line("NO. 5 2008 SERI. E", 30, page)

    cover = line("NO. 5 2008 SERI. E", 240, 1, bold=True)
    pages = [Page(1, 595.0, HEIGHT, [head(1)] + body(1, start=100, count=10) + [cover])]
    pages += [Page(n, 595.0, HEIGHT, [head(n)] + body(n)) for n in range(2, 6)]
    stripped = strip_furniture(pages)
    assert stripped[0].furniture == ["NO. 5 2008 SERI. E", "NO. 5 2008 SERI. E"]
    assert all("SERI" not in ln.text for page in stripped for ln in page.lines)
