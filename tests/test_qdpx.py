"""The REFI-QDA project of a run: valid against the standard's schema, each coded selection
cutting its evidence out of its source, and the researcher's decisions applied."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from conftest import SHARED

from pipeline.exports import export_all
from pipeline.qdpx import NAMESPACE, evidence_spans, write_qdpx
from pipeline.review import Decision
from pipeline.store import Store
from pipeline.write import TABLES

SCHEMA = SHARED / "refi-qda" / "Project-mrt2019.xsd"
Q = {"q": NAMESPACE}


@pytest.fixture(scope="module")
def schema():
    if not SCHEMA.is_file():
        pytest.skip("../shared/refi-qda/Project-mrt2019.xsd is absent (the REFI-QDA schema)")
    import xmlschema

    return xmlschema.XMLSchema(str(SCHEMA))


def project(out: Path) -> tuple[ET.Element, dict[str, str], bytes]:
    """The project's XML, its sources' texts by file name, and `project.qde` as written."""
    with zipfile.ZipFile(out / "kembar.qdpx") as archive:
        qde = archive.read("project.qde")
        texts = {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name != "project.qde"
        }
    return ET.fromstring(qde), texts, qde


def selections(root: ET.Element, texts: dict[str, str]) -> list[dict]:
    """Every coded selection: its source, the text its offsets cut, its description and the
    names of its codes."""
    names = {code.get("guid"): code.get("name") for code in root.iterfind(".//q:Code", Q)}
    result = []
    for source in root.iterfind(".//q:TextSource", Q):
        text = texts["Sources/" + source.get("plainTextPath").removeprefix("internal://")]
        for selection in source.iterfind("q:PlainTextSelection", Q):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            described = selection.findtext("q:Description", namespaces=Q)
            fields = dict(line.split(": ", 1) for line in described.splitlines())
            result.append(
                {
                    "source": source.get("name"),
                    "cut": text[start:end],
                    "id": fields["Kembar event id"],
                    "fields": fields,
                    "codes": [
                        names[ref.get("targetGUID")]
                        for ref in selection.iterfind("q:Coding/q:CodeRef", Q)
                    ],
                }
            )
    return result


def events_of(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False)


def test_the_project_of_a_run_is_valid_and_each_selection_cuts_its_evidence(sample_run, schema):
    _, out = sample_run
    root, texts, qde = project(out)
    schema.validate(qde.decode("utf-8"))
    events = events_of(out).set_index("id")
    chosen = selections(root, texts)
    assert len(chosen) == len(events) == 15
    for selection in chosen:
        event = events.loc[selection["id"]]
        assert selection["source"] == event["doc_id"]
        assert selection["cut"] == event["evidence"]
    first = chosen[0]
    assert first["fields"] == {
        "Event": "loi_signed",
        "Date": "2019-12-11",
        "Partnership": "Surabaya – Gaziantep",
        "Sectors": "none",
        "Page": "1",
        "Review": "not reviewed",
        "Kembar event id": first["id"],
    }
    assert first["codes"] == ["loi_signed", "Surabaya – Gaziantep"]
    activity = [s for s in chosen if s["fields"]["Date"] == "2015-06-03/2015-06-08"]
    assert activity[0]["codes"] == ["activity", "culture", "Bandung – Braunschweig"]
    for source in root.iterfind(".//q:TextSource", Q):
        own = texts["Sources/" + source.get("plainTextPath").removeprefix("internal://")]
        assert own == (out / "text" / f"{source.get('name')}.txt").read_text(encoding="utf-8")
    folders = [code.get("name") for code in root.findall("q:CodeBook/q:Codes/q:Code", Q)]
    assert folders == ["Event types", "Sectors", "Partnerships"]
    pairs = root.findall("q:CodeBook/q:Codes/q:Code[@name='Partnerships']/q:Code", Q)
    assert [(p.get("name"), p.findtext("q:Description", namespaces=Q)) for p in pairs[:2]] == [
        ("Bandung – Braunschweig", "sister city (ID – DE)"),
        ("Bandung – Petaling Jaya", "sister city (ID – MY)"),
    ]
    assert len(pairs) == 6


def test_a_rejected_event_is_left_out_and_a_corrected_one_carries_its_values(reviewed_run):
    _, out = reviewed_run
    events = events_of(out)
    rejected, corrected = events.iloc[0], events.iloc[1]
    store = Store(out)
    try:
        for row, status, fields in [
            (rejected, "rejected", {}),
            (corrected, "corrected", {"type": "mou_signed", "date": "2020-11", "sectors": "trade"}),
        ]:
            original = store.row("events", row["id"])
            store.decide(Decision(row["id"], row["doc_id"], "events", status, fields, original))
    finally:
        store.close()
    export_all(out)
    before = (out / "kembar.qdpx").read_bytes()
    root, texts, _ = project(out)
    chosen = {s["id"]: s for s in selections(root, texts)}
    assert len(chosen) == 14 and rejected["id"] not in chosen
    changed = chosen[corrected["id"]]
    assert changed["fields"]["Event"] == "mou_signed"
    assert changed["fields"]["Date"] == "2020-11"
    assert changed["fields"]["Review"] == "corrected"
    assert changed["codes"] == ["mou_signed", "trade", "Surabaya – Gaziantep"]
    assert changed["cut"] == corrected["evidence"]
    export_all(out)
    assert (out / "kembar.qdpx").read_bytes() == before


def test_evidence_is_found_again_when_its_offsets_no_longer_hold_it():
    text = "Kalimat pertama.\nKedua kota\nmenandatangani MoU pada 2019. Kalimat akhir."
    evidence = "Kedua kota menandatangani MoU pada 2019."
    start = text.index("Kedua")
    end = text.index(" Kalimat akhir")
    assert evidence_spans(text, start, end, evidence) == [(start, end)]
    assert evidence_spans(text, 0, 5, evidence) == [(start, end)]
    merged = f"{evidence} | Kalimat akhir."
    assert evidence_spans(text, start, end, merged) == [(start, end), (end + 1, len(text))]
    assert evidence_spans(text, start, end, "Kalimat yang sudah hilang.") == []


def test_error_rows_documents_without_text_and_odd_characters_give_a_valid_project(
    tmp_path, schema
):
    bare = dict.fromkeys(TABLES["documents"], "")
    bare.update(doc_id="bare", path="in/bare.pdf", status="ok", pages="1", title="Judul\x0c")
    rows = [
        bare,
        {**bare, "doc_id": "gone"},
        {**bare, "doc_id": "untitled", "title": ""},
        {**bare, "doc_id": "broken", "status": "error"},
    ]
    event = dict.fromkeys(TABLES["events"], "")
    event.update(
        doc_id="bare",
        city_a="Medan",
        city_b="Gwangju",
        type="activity",
        evidence="Kunjungan itu terjadi.",
        start="6",
        end="28",
        id="e1",
        extracted="yes",
    )
    lost = {**event, "doc_id": "gone", "id": "e2"}
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "bare.txt").write_text("Awal. Kunjungan itu terjadi.", encoding="utf-8")
    (tmp_path / "text" / "untitled.txt").write_text("Tanpa judul.", encoding="utf-8")
    tables = {
        "documents": pd.DataFrame(rows, columns=TABLES["documents"], dtype=str),
        "events": pd.DataFrame([event, lost], columns=TABLES["events"], dtype=str),
        "partnerships": pd.DataFrame(columns=TABLES["partnerships"], dtype=str),
    }
    write_qdpx(tmp_path, tables)
    root, texts, qde = project(tmp_path)
    schema.validate(qde.decode("utf-8"))
    assert [
        (s.get("name"), s.findtext("q:Description", namespaces=Q))
        for s in root.iterfind(".//q:TextSource", Q)
    ] == [("bare", "Judul"), ("untitled", None)]
    partnerships = root.find("q:CodeBook/q:Codes/q:Code[@name='Partnerships']", Q)
    assert [(c.get("name"), c.get("isCodable")) for c in partnerships] == [
        ("Medan – Gwangju", "true")
    ]
    chosen = selections(root, texts)
    assert [(s["id"], s["cut"]) for s in chosen] == [("e1", "Kunjungan itu terjadi.")]
    assert chosen[0]["fields"]["Date"] == "undated"
