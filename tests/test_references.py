"""Reference parsing and citation linking on strings written for Kembar in the styles
Indonesian journals use."""

from __future__ import annotations

import pytest

from pipeline.model import Reference
from pipeline.references import parse_reference
from pipeline.structure import plain_text_article, split_references
from pipeline.tag import tag

FIELDS = ("authors", "year", "title", "container", "volume", "issue", "pages", "doi", "url")

REFERENCES = [
    (
        "Lestari, D. (2020). Peran DPRD dalam Kerja Sama Luar Negeri Daerah. Jurnal Pemerintahan Lokal, 4(2), 55–70.",
        (
            "Lestari, D",
            "2020",
            "Peran DPRD dalam Kerja Sama Luar Negeri Daerah",
            "Jurnal Pemerintahan Lokal",
            "4",
            "2",
            "55–70",
            "",
            "",
        ),
    ),
    (
        "Pratama, R., & Sari, M. (2022). Sister City dalam Perspektif Paradiplomasi. Global Insight, 7(1), 12–29. https://doi.org/10.1234/gi.v7i1.112",
        (
            "Pratama, R., & Sari, M",
            "2022",
            "Sister City dalam Perspektif Paradiplomasi",
            "Global Insight",
            "7",
            "1",
            "12–29",
            "10.1234/gi.v7i1.112",
            "",
        ),
    ),
    (
        "Hakim, L. (2021). Kota Kembar di Asia Tenggara. Intermestic, 5(2), 210–228. https://doi.org/https://doi.org/10.24198/intermestic.v5n2.3",
        (
            "Hakim, L",
            "2021",
            "Kota Kembar di Asia Tenggara",
            "Intermestic",
            "5",
            "2",
            "210–228",
            "10.24198/intermestic.v5n2.3",
            "",
        ),
    ),
    (
        "Harian Kota. (2020). Dewan Bentuk Pansus Kota Kembar. Www.Hariankota.Com. https://www.hariankota.com/2020/10/pansus-kota-kembar",
        (
            "Harian Kota",
            "2020",
            "Dewan Bentuk Pansus Kota Kembar",
            "Www.Hariankota.Com",
            "",
            "",
            "",
            "",
            "https://www.hariankota.com/2020/10/pansus-kota-kembar",
        ),
    ),
    (
        "Nugroho, A. (2020). Surabaya dan Gaziantep Menjajaki Kemitraan. Kabar Jatim. Diakses 3 Maret 2021, dari https://kabarjatim.id/surabaya-gaziantep",
        (
            "Nugroho, A",
            "2020",
            "Surabaya dan Gaziantep Menjajaki Kemitraan",
            "Kabar Jatim",
            "",
            "",
            "",
            "",
            "https://kabarjatim.id/surabaya-gaziantep",
        ),
    ),
    (
        "Dinas Kominfo Kota Medan. (2022, March 23). Pemko Medan Jaring Generasi Muda. Pemko Medan. Retrieved June 2, 2022, from https://pemkomedan.go.id/artikel-22123",
        (
            "Dinas Kominfo Kota Medan",
            "2022",
            "Pemko Medan Jaring Generasi Muda",
            "Pemko Medan",
            "",
            "",
            "",
            "",
            "https://pemkomedan.go.id/artikel-22123",
        ),
    ),
    (
        "Wendt, A. (1999). Social Theory of International Politics. Cambridge University Press.",
        (
            "Wendt, A",
            "1999",
            "Social Theory of International Politics",
            "Cambridge University Press",
            "",
            "",
            "",
            "",
            "",
        ),
    ),
    (
        "Kuznetsov, A. S. (2015). Theory and Practice of Paradiplomacy. Routledge. https://doi.org/10.4324/9781315817088",
        (
            "Kuznetsov, A. S",
            "2015",
            "Theory and Practice of Paradiplomacy",
            "Routledge",
            "",
            "",
            "",
            "10.4324/9781315817088",
            "",
        ),
    ),
    (
        "Clarke, N. (2009). In what sense spaces of neoliberalism? Political Geography, 496-507.",
        (
            "Clarke, N",
            "2009",
            "In what sense spaces of neoliberalism?",
            "Political Geography",
            "",
            "",
            "496-507",
            "",
            "",
        ),
    ),
    (
        "Siregar, L. (2019). Diplomasi Kota Medan [Online]. Tersedia di: http://repositori.usu.ac.id/handle/123/456",
        (
            "Siregar, L",
            "2019",
            "Diplomasi Kota Medan",
            "",
            "",
            "",
            "",
            "",
            "http://repositori.usu.ac.id/handle/123/456",
        ),
    ),
    (
        "Putri, D. A. (2018). Kawasan industri Rungkut tahun 1965-1980. Avatara, 6(2).",
        (
            "Putri, D. A",
            "2018",
            "Kawasan industri Rungkut tahun 1965-1980",
            "Avatara",
            "6",
            "2",
            "",
            "",
            "",
        ),
    ),
    (
        "Rahman, F. A. (2016). Industri Kreatif Bandung. Dinamika Global, Vol. 1, No. 2, pp. 40-58.",
        (
            "Rahman, F. A",
            "2016",
            "Industri Kreatif Bandung",
            "Dinamika Global",
            "1",
            "2",
            "40-58",
            "",
            "",
        ),
    ),
    (
        "Badan Kerja Sama. (n.d.). Pedoman Kerja Sama Daerah dengan Luar Negeri. Kementerian Dalam Negeri.",
        (
            "Badan Kerja Sama",
            "n.d.",
            "Pedoman Kerja Sama Daerah dengan Luar Negeri",
            "Kementerian Dalam Negeri",
            "",
            "",
            "",
            "",
            "",
        ),
    ),
    (
        "Tanaka, H. (2017). Local governments and sister cities. Journal of Urban Affairs, 39(4), 501–517. doi: 10.1080/07352166.2016.1255530",
        (
            "Tanaka, H",
            "2017",
            "Local governments and sister cities",
            "Journal of Urban Affairs",
            "39",
            "4",
            "501–517",
            "10.1080/07352166.2016.1255530",
            "",
        ),
    ),
]


@pytest.mark.parametrize(("raw", "expected"), REFERENCES)
def test_reference_fields(raw, expected):
    parsed = parse_reference(Reference(1, raw, 1, 0, len(raw)))
    assert tuple(getattr(parsed, f) for f in FIELDS) == expected


CITATIONS = [
    ("Kerja sama dimulai (Cholifah, 2023).", ["Cholifah, 2023"]),
    (
        "Diresmikan (Abidin, 2020; Mubyarsah, 2020; Suara Indonesia, 2020).",
        ["Abidin, 2020", "Mubyarsah, 2020", "Suara Indonesia, 2020"],
    ),
    ("Menurut Wendt (1999) identitas terbentuk.", ["Wendt, 1999"]),
    ("Seperti dicatat (Nur & Sudirman, 2020).", ["Nur & Sudirman, 2020"]),
    ("Prinsip dasar (Delanova et al., 2018).", ["Delanova et al., 2018"]),
    ("Optimalisasi diplomasi kota (S. O. Putri, 2022).", ["S. O. Putri, 2022"]),
    ("Data sekunder (Dinas Kominfo Kota Medan, 2022).", ["Dinas Kominfo Kota Medan, 2022"]),
    ("Tahap awal (Lestari, 2020a; Lestari, 2020b).", ["Lestari, 2020a", "Lestari, 2020b"]),
    ("Menurut Pratama dan Sari (2022) kerja sama meningkat.", ["Pratama dan Sari, 2022"]),
    ("Periode 2019–2021 (bukan sitasi) dikaji.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CITATIONS)
def test_citation_forms(sentence, expected):
    assert [c.text for c in tag(plain_text_article(sentence)).citations] == expected


def test_citations_link_to_their_reference_entry():
    entries = [
        "Cholifah, F. N. (2023). Kerja sama sister city Surabaya dan Gaziantep.",
        "Nur, G., & Sudirman, A. (2020). Paradiplomacy Pemerintah Kota Bandung. Jurnal, 1(1), 1-9.",
        "Delanova, M. O., Vania, M., & Djemat, Y. O. (2018). Sister City Bandung. Dinamika Global, 3(1), 94–107.",
    ]
    blocks = plain_text_article("\n\n".join(entries)).document.blocks
    article = plain_text_article(
        "Awalnya (Cholifah, 2023). Lalu (Nur & Sudirman, 2020; Delanova et al., 2018). Juga (Zain, 2001)."
    )
    article.references = split_references(blocks)
    citations = tag(article).citations
    assert [(c.text, c.reference_n) for c in citations] == [
        ("Cholifah, 2023", 1),
        ("Nur & Sudirman, 2020", 2),
        ("Delanova et al., 2018", 3),
        ("Zain, 2001", None),
    ]
