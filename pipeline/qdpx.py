"""The findings as a REFI-QDA project (`kembar.qdpx`), the exchange format of NVivo, ATLAS.ti,
MAXQDA and QualCoder: the articles' clean texts as text sources, a codebook (event types,
sectors, partnerships), and each event's evidence as a coded selection of its source.

A selection's positions count Unicode code points from 0, as the standard says; the end is
the first code point after the evidence (Python's slice), so `text[start:end]` is the
evidence. The reviewed events are used: a rejected one is left out, a corrected one is
coded with its corrected values. Every GUID is derived from a stable id (uuid5), and the ZIP
entries carry a fixed date, so an unchanged dataset gives a byte-identical file.
"""

from __future__ import annotations

import io
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .review import kept
from .rules import load_rules
from .store import text_path
from .write import split_cell

NAMESPACE = "urn:QDA-XML:project:1.0"
PROJECT = "project.qde"
SOURCES = "Sources"
KEMBAR_GUIDS = uuid.UUID("6f0c5b8e-2d1a-5c7e-9b43-4a1e8d2f7c10")
"""The namespace every GUID of the project is derived in."""
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
"""The date of every ZIP entry (the earliest ZIP allows): the file depends on the data only."""
EVIDENCE_JOIN = " | "
"""How an event that several sentences tell joins their evidence (`events.absorb`)."""
PAIR_JOIN = " – "
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
UNREVIEWED = "not reviewed"


def guid(*parts: str) -> str:
    return str(uuid.uuid5(KEMBAR_GUIDS, "\x1f".join(parts)))


@dataclass(frozen=True)
class Code:
    name: str
    guid: str
    description: str = ""
    children: tuple[Code, ...] = ()
    codable: bool = True


@dataclass(frozen=True)
class Source:
    doc_id: str
    title: str
    text: str

    @property
    def guid(self) -> str:
        return guid("source", self.doc_id)


@dataclass(frozen=True)
class Selection:
    """One stretch of evidence of one event, with the codes it is coded with."""

    guid: str
    doc_id: str
    start: int
    end: int
    name: str
    description: str
    codes: tuple[str, ...] = field(default_factory=tuple)


def pair(city_a: str, city_b: str) -> str:
    return f"{city_a}{PAIR_JOIN}{city_b}"


def folder(name: str, children: list[Code]) -> Code:
    """A code that groups codes (not itself codable)."""
    return Code(name, guid("folder", name), children=tuple(children), codable=False)


def partnership_description(row: dict) -> str:
    """A partnership code's description: its kind and the two countries."""
    countries = pair(row["country_a"], row["country_b"])
    return f"{row['kind'].replace('_', ' ')} ({countries})"


def codebook(events: pd.DataFrame, partnerships: pd.DataFrame) -> list[Code]:
    """One code per event type and per sector (the rules' vocabularies, then any other value
    a review gave), and one per partnership (pair of cities) found or reviewed."""
    rules = load_rules()
    types = list(dict.fromkeys([*rules.event_types, *sorted(set(events["type"]) - {""})]))
    seen_sectors = {s for cell in events["sectors"] for s in split_cell(cell)}
    sectors = list(dict.fromkeys([*rules.sector_codes, *sorted(seen_sectors)]))
    pairs = {(a, b): "" for a, b in zip(events["city_a"], events["city_b"], strict=True)}
    for row in partnerships.to_dict("records"):
        pairs[(row["city_a"], row["city_b"])] = partnership_description(row)
    terms = rules.sectors
    return [
        folder("Event types", [Code(t, guid("type", t)) for t in types]),
        folder(
            "Sectors",
            [Code(s, guid("sector", s), ", ".join(terms.get(s, []))) for s in sectors],
        ),
        folder(
            "Partnerships",
            [
                Code(pair(a, b), guid("pair", a, b), described)
                for (a, b), described in sorted(pairs.items())
            ],
        ),
    ]


def comparable(text: str) -> str:
    return " ".join(text.split())


def evidence_spans(text: str, start: int, end: int, evidence: str) -> list[tuple[int, int]]:
    """Where each sentence of an event's evidence stands in its source: at the event's own
    offsets when they hold it, else where its words are found (spacing aside); a sentence
    the text no longer holds gives none."""
    spans = []
    for piece in evidence.split(EVIDENCE_JOIN):
        if not piece.strip():
            continue
        if 0 <= start < end <= len(text) and comparable(text[start:end]) == comparable(piece):
            spans.append((start, end))
            continue
        words = r"\s+".join(re.escape(word) for word in piece.split())
        found = re.search(words, text)
        if found:
            spans.append((found.start(), found.end()))
    return list(dict.fromkeys(spans))


def description(event: dict) -> str:
    """What a selection's description tells: the event, its date, its page and the
    researcher's decision."""
    return "\n".join(
        [
            f"Event: {event['type']}",
            f"Date: {event['date'] or 'undated'}",
            f"Partnership: {pair(event['city_a'], event['city_b'])}",
            f"Sectors: {', '.join(split_cell(event['sectors'])) or 'none'}",
            f"Page: {event['page'] or 'unknown'}",
            f"Review: {event['review'] or UNREVIEWED}",
            f"Kembar event id: {event['id']}",
        ]
    )


def selections(events: pd.DataFrame, sources: dict[str, Source]) -> list[Selection]:
    """A coded selection per evidence sentence of every event not rejected, in its source."""
    result = []
    for event in kept(events).to_dict("records"):
        source = sources.get(event["doc_id"])
        if source is None:
            continue
        start = int(event["start"]) if str(event["start"]).isdigit() else -1
        end = int(event["end"]) if str(event["end"]).isdigit() else -1
        codes = (
            guid("type", event["type"]),
            *(guid("sector", s) for s in split_cell(event["sectors"])),
            guid("pair", event["city_a"], event["city_b"]),
        )
        name = f"{event['type']} {event['date']}".strip()
        for n, (first, last) in enumerate(
            evidence_spans(source.text, start, end, event["evidence"])
        ):
            result.append(
                Selection(
                    guid("selection", event["id"], str(n)),
                    event["doc_id"],
                    first,
                    last,
                    name,
                    description(event),
                    codes,
                )
            )
    return result


def xml_text(value: str) -> str:
    """A value without the characters XML 1.0 cannot hold (control characters a PDF's
    text layer may carry)."""
    return NOT_XML.sub("", value)


def element(parent: ET.Element, tag: str, text: str = "", **attributes: str) -> ET.Element:
    values = {name: xml_text(value) for name, value in attributes.items()}
    child = ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}", values)
    if text:
        child.text = xml_text(text)
    return child


def code_element(parent: ET.Element, code: Code) -> None:
    codable = "true" if code.codable else "false"
    node = element(parent, "Code", guid=code.guid, name=code.name, isCodable=codable)
    if code.description:
        element(node, "Description", code.description)
    for child in code.children:
        code_element(node, child)


def project_xml(codes: list[Code], sources: list[Source], chosen: list[Selection]) -> bytes:
    """`project.qde`: the codebook, then each source with its coded selections."""
    ET.register_namespace("", NAMESPACE)
    project = ET.Element(f"{{{NAMESPACE}}}Project", {"name": "Kembar", "origin": "Kembar"})
    book = element(element(project, "CodeBook"), "Codes")
    by_source: dict[str, list[Selection]] = {}
    for selection in chosen:
        by_source.setdefault(selection.doc_id, []).append(selection)
    for code in codes:
        code_element(book, code)
    if sources:
        listed = element(project, "Sources")
        for source in sources:
            node = element(
                listed,
                "TextSource",
                guid=source.guid,
                name=source.doc_id,
                plainTextPath=f"internal://{source.guid}.txt",
            )
            if source.title:
                element(node, "Description", source.title)
            for selection in by_source.get(source.doc_id, []):
                marked = element(
                    node,
                    "PlainTextSelection",
                    guid=selection.guid,
                    name=selection.name,
                    startPosition=str(selection.start),
                    endPosition=str(selection.end),
                )
                element(marked, "Description", selection.description)
                for code in selection.codes:
                    coding = element(marked, "Coding", guid=guid(selection.guid, code))
                    element(coding, "CodeRef", targetGUID=code)
    element(project, "Description", "Findings of Kembar: events of sister-city partnerships.")
    ET.indent(project)
    return ET.tostring(project, encoding="utf-8", xml_declaration=True) + b"\n"


def zipped(files: dict[str, bytes]) -> bytes:
    """A ZIP of `files` in the order given, every entry with the same fixed date and mode."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            entry = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    return buffer.getvalue()


def text_sources(out: Path, documents: pd.DataFrame) -> list[Source]:
    """Every document read whose clean text is in `out/text`."""
    result = []
    for row in documents.to_dict("records"):
        path = text_path(out, row["doc_id"])
        if row["status"] == "ok" and path.is_file():
            result.append(Source(row["doc_id"], row["title"], path.read_bytes().decode("utf-8")))
    return result


def write_qdpx(out: Path, tables: dict[str, pd.DataFrame]) -> None:
    """`kembar.qdpx` in `out`, from the reviewed tables and the clean texts."""
    out = Path(out)
    events, partnerships = tables["events"], tables["partnerships"]
    sources = text_sources(out, tables["documents"])
    chosen = selections(events, {s.doc_id: s for s in sources})
    codes = codebook(kept(events), kept(partnerships))
    files = {PROJECT: project_xml(codes, sources, chosen)}
    for source in sources:
        files[f"{SOURCES}/{source.guid}.txt"] = source.text.encode("utf-8")
    (out / "kembar.qdpx").write_bytes(zipped(files))
