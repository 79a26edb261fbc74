"""The publication year from what the first page and the running heads print."""

from __future__ import annotations

from pipeline.model import Document, Line, Page, Word
from pipeline.year import printed_year


def line(text: str, top: float) -> Line:
    return Line(
        [
            Word(w, 72 + 40 * i, 110 + 40 * i, top, top + 10, 10.0)
            for i, w in enumerate(text.split())
        ],
        1,
    )


def document(texts: list[str], furniture: list[str] = (), later: list[str] = ()) -> Document:
    first = Page(
        1, 595.0, 842.0, [line(t, 80 + 14 * i) for i, t in enumerate(texts)], False, list(furniture)
    )
    second = Page(
        2, 595.0, 842.0, [line("Isi halaman berikutnya tanpa tahun", 80)], False, list(later)
    )
    return Document("uji", "uji.pdf", "", [first, second], [], "")


TITLE = "Kerja Sama Kota Kembar di Jawa Timur"


def test_a_meeting_masthead_in_the_running_head_gives_the_year_not_its_issn():
    doc = document(
        [TITLE, "Penelitian tahun 1998 tentang kota"],
        ["Seminar Nasional Kota Lestari 2019 ISSN : 2015-3805"],
    )
    assert printed_year(doc, TITLE) == "2019"


def test_the_acceptance_date_wins_over_the_submission_date():
    doc = document([TITLE, "Received 2 November 2021; Accepted 9 January 2022"])
    assert printed_year(doc, TITLE) == "2022"


def test_a_submission_date_alone_and_a_year_in_the_body_give_no_year():
    doc = document([TITLE, "Received 2 November 2021", "Sejak 2005 kota ini bermitra"])
    assert printed_year(doc, TITLE) == ""


def test_a_copyright_line_gives_the_year():
    doc = document([TITLE, "© 2023 Para Penulis. Diterbitkan oleh Universitas Teluk Biru"])
    assert printed_year(doc, TITLE) == "2023"


def test_a_later_pages_running_head_gives_the_year_when_the_first_page_has_none():
    doc = document([TITLE, "Wulan Andriani"], later=["Jurnal Kota Kembar, Vol. 6 No. 2, 2011"])
    assert printed_year(doc, TITLE) == "2011"


def test_a_citation_line_gives_the_year_and_a_running_foot_does_last():
    cited = document([TITLE, "How to cite: Andriani, W. (2020). Arsip kota. Kota Lestari, 4(1)."])
    assert printed_year(cited, TITLE) == "2020"
    footed = document([TITLE, "Wulan Andriani"], later=["Andriani dan Pratomo 2018 | 7"])
    assert printed_year(footed, TITLE) == "2018"
