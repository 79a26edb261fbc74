"""Documents and references as CSL-JSON items: names never split at a guess, a document that
could not be read gives no item, an empty field is left out, a reference names its article."""

from __future__ import annotations

from pipeline.csl import article_item, person, reference_authors, reference_item
from pipeline.write import TABLES


def document(**fields) -> dict:
    row = dict.fromkeys(TABLES["documents"], "")
    row.update(doc_id="a", path="in/a.pdf", status="ok", pages="3")
    row.update(fields)
    return row


def test_only_a_name_written_family_comma_given_is_split():
    assert person("Sutrisno") == {"literal": "Sutrisno"}
    assert person("Siti Nurhaliza Rahmawati") == {"literal": "Siti Nurhaliza Rahmawati"}
    assert person("Lestari, Dewi") == {"family": "Lestari", "given": "Dewi"}
    assert person("Lestari, D., Putri") == {"literal": "Lestari, D., Putri"}
    assert person(", Dewi") == {"literal": ", Dewi"}


def test_reference_authors_are_separated_after_initials_and_at_ampersands_only():
    assert reference_authors("Pratama, R., Sari, M., & Wibowo, A. B.") == [
        "Pratama, R.",
        "Sari, M.",
        "Wibowo, A. B.",
    ]
    assert reference_authors("Kementerian Pendidikan dan Kebudayaan") == [
        "Kementerian Pendidikan dan Kebudayaan"
    ]
    assert reference_authors("") == []


def test_a_document_gives_every_field_it_has_and_leaves_out_the_empty_ones():
    item = article_item(
        document(
            title="Kota Kembar di Pesisir",
            title_second="Twin Cities on the Coast",
            authors="Sutrisno; Lestari, Dewi",
            year="2019",
            journal="Jurnal Contoh",
            volume="4",
            issue="2",
            doi="10.1/x.y",
            keywords="Paradiplomasi; Kota Kembar",
            abstract_en="In English.",
            abstract_id="Dalam bahasa Indonesia.",
            language="id",
        )
    )
    assert item == {
        "id": "a",
        "type": "article-journal",
        "title": "Kota Kembar di Pesisir",
        "author": [{"literal": "Sutrisno"}, {"family": "Lestari", "given": "Dewi"}],
        "issued": {"date-parts": [[2019]]},
        "container-title": "Jurnal Contoh",
        "volume": "4",
        "issue": "2",
        "DOI": "10.1/x.y",
        "keyword": "Paradiplomasi, Kota Kembar",
        "abstract": "Dalam bahasa Indonesia.",
        "language": "id",
        "note": "Second-language title: Twin Cities on the Coast",
        "custom": {"doc_id": "a", "file": "in/a.pdf"},
    }
    english = article_item(document(language="en", abstract_en="E.", abstract_id="I."))
    assert english["abstract"] == "E."


def test_an_error_row_gives_no_item_and_a_bare_document_a_valid_one():
    assert article_item(document(status="error", error="PDFSyntaxError")) is None
    bare = article_item(document())
    assert bare == {"id": "a", "type": "document", "custom": {"doc_id": "a", "file": "in/a.pdf"}}


def test_a_reference_is_linked_to_the_article_citing_it():
    row = dict.fromkeys(TABLES["references"], "")
    row.update(
        doc_id="a",
        n="2",
        raw="Wibowo, A. (2018). Judul. Jurnal, 3(1), 5–9.",
        authors="Wibowo, A",
        year="2018",
        title="Judul",
        container="Jurnal",
        volume="3",
        issue="1",
        pages="5–9",
    )
    assert reference_item(row) == {
        "id": "a-ref2",
        "type": "article-journal",
        "title": "Judul",
        "author": [{"family": "Wibowo", "given": "A"}],
        "issued": {"date-parts": [[2018]]},
        "container-title": "Jurnal",
        "volume": "3",
        "issue": "1",
        "page": "5–9",
        "note": "Cited by a (reference 2)",
        "custom": {"cited_by": "a", "reference_n": 2, "raw": row["raw"]},
    }
    web = {**row, "volume": "", "issue": "", "url": "https://contoh.id/x", "year": "t.t."}
    assert reference_item(web)["type"] == "webpage"
    assert reference_item(web)["issued"] == {"literal": "t.t."}
