"""Structure stage: a `Document` into an `Article` (front matter, sections, references).

Headings are found by what they say (the standard Indonesian and English names in
`rules/sections.yaml`, numbering) and by how they look (bold, short, no final period), so scans
without font information still get their sections.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .front_matter import read_front_matter
from .model import Article, Block, Document, Metadata, Reference, Section
from .references import parse_reference
from .rules import alternation, load_rules
from .year import YEAR, printed_year

NUMBERED = re.compile(r"^((?:\d+\.)*\d+|[IVX]+|[A-H])\.?\s+(\S.*)$")
AUTHOR_OPENING = re.compile(r"[A-Z][\w'\u2019-]+(?:,\s*[A-Z]|\.\s)")
YEAR_OPENING = re.compile(r"\(\s*(?:19|20)\d{2}")
YEAR_IN_ENTRY = re.compile(r"\((?:\d{4}[a-z]?|n\.d\.|t\.t\.|tanpa tahun)[,)]")


def heading_table() -> dict[str, str]:
    """Standard heading name (upper case) to its role."""
    table = {}
    for entry in load_rules().sections["headings"]:
        for name in entry["names"]:
            table[name.upper()] = entry["role"]
    return table


def label_pattern(labels: list[str]) -> re.Pattern:
    """A front-matter label: alone, before a colon or dash, or in capitals before its text
    (`Sari Wulandari` is an author, not the label `Sari`)."""
    names = alternation(labels)
    upper = alternation(label.upper() for label in labels)
    return re.compile(rf"^\s*(?:(?i:{names})\s*(?:[:.\-–—]\s*|$)|(?:{upper})\b\s*)")


def strip_number(text: str) -> tuple[str, str]:
    match = NUMBERED.match(text.strip())
    if match and len(match.group(2)) > 2:
        return match.group(1), match.group(2).strip()
    return "", text.strip()


def is_heading(block: Block, standard: dict[str, str], body_size: float) -> bool:
    """Short, unpunctuated and set apart by type, a standard name or numbering."""
    text = block.text.strip()
    words = text.split()
    if not words or len(words) > 14 or text.endswith((".", ",", ";")) or "@" in text:
        return False
    number, title = strip_number(text)
    if title.upper() in standard:
        return True
    styled = block.bold or (body_size and block.size > body_size + 0.5)
    if styled:
        return True
    if number and title[:1].isupper() and len(words) <= 10 and not block.size:
        return True
    return not block.size and title.isupper() and len(words) <= 6 and len(title) > 3


def heading_level(title: str, number: str, standard: dict[str, str], upper_standard: bool) -> int:
    if number and "." in number:
        return number.count(".") + 1
    if title.upper() in standard and (title.isupper() or not upper_standard):
        return 1
    return 2


def body_font_size(blocks: list[Block]) -> float:
    sizes = sorted(b.size for b in blocks if len(b.text) > 200)
    return sizes[len(sizes) // 2] if sizes else 0.0


def broken_headings(blocks: list[Block], standard: dict[str, str]) -> list[Block]:
    """The blocks with a standard heading broken over two blocks (`Daftar` / `Pustaka`, its
    words set apart by a wide justified line) joined again into one."""
    joined: list[Block] = []
    skip = False
    for n, block in enumerate(blocks):
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        if skip:
            skip = False
            continue
        both = f"{block.text} {following.text}" if following else ""
        if following and len(both) < 40 and strip_number(both)[1].upper() in standard:
            joined.append(replace(block, text=both, end=following.end))
            skip = True
        else:
            joined.append(block)
    return joined


def find_sections(
    document: Document, blocks: list[Block], standard: dict[str, str]
) -> list[Section]:
    """The headings among the body's `blocks` (broken headings already joined)."""
    body_size = body_font_size(document.blocks)
    candidates = []
    for block in blocks:
        if not is_heading(block, standard, body_size):
            continue
        in_references = candidates and standard.get(strip_number(candidates[-1].text)[1].upper())
        if in_references == "references" and strip_number(block.text)[1].upper() not in standard:
            continue  # a title in capitals inside the list is no heading; a named one ends it
        candidates.append(block)
    upper_standard = any(strip_number(b.text)[1] in standard for b in candidates)
    sections: list[Section] = []
    for block in candidates:
        number, title = strip_number(block.text)
        level = heading_level(title, number, standard, upper_standard)
        sections.append(Section(len(sections) + 1, level, number, title, block.page, block.start))
    for section, following in zip(sections, sections[1:] + [None], strict=False):
        section.end = following.start if following else len(document.text)
    return sections


def front_matter_end(document: Document, standard: dict[str, str]) -> int:
    """Index of the first block of the body: the first standard heading."""
    for i, block in enumerate(document.blocks):
        _, title = strip_number(block.text)
        if title.upper() in standard and len(block.text) < 60:
            return i
    return min(len(document.blocks), 8)


def split_keywords(text: str) -> list[str]:
    text = re.split(r"\s{2,}|\n", text.strip())[0]
    return [k.strip(" .") for k in re.split(r"\s*[;,]\s*", text) if k.strip(" .")]


def read_abstracts(blocks: list[Block], labels: dict[str, re.Pattern], meta: Metadata) -> None:
    """Abstracts and keywords under their labels; a keywords label alone on its line takes
    the next block as its keywords."""
    current = ""
    collected: dict[str, list[str]] = {"abstract_en": [], "abstract_id": []}
    waiting = ""  # a keywords field whose label stood alone
    for block in blocks:
        text = block.text
        if waiting:
            setattr(meta, waiting, split_keywords(text))
            waiting = ""
            continue
        for field, pattern in labels.items():
            match = pattern.match(text)
            if not match:
                continue
            if field.startswith("keywords"):
                setattr(meta, field, split_keywords(text[match.end() :]))
                waiting = "" if text[match.end() :].strip() else field
                current, text = "", ""
            else:
                current, text = field, text[match.end() :]
            break
        if current and text:
            for kw_field in ("keywords_en", "keywords_id"):
                inline = re.search(labels[kw_field].pattern.lstrip("^"), text, re.I)
                if inline and inline.start() > 0:
                    setattr(meta, kw_field, split_keywords(text[inline.end() :]))
                    text, current = text[: inline.start()], current
            collected[current].append(text.strip())
    meta.abstract_en = " ".join(t for t in collected["abstract_en"] if t)
    meta.abstract_id = " ".join(t for t in collected["abstract_id"] if t)


def journal_details(document: Document, meta: Metadata) -> None:
    """Year, journal, volume, issue and DOI where the first page states them."""
    first = document.pages[0] if document.pages else None
    if first is None:
        return
    lines = first.furniture + [line.text for line in first.lines[:12]]
    for line in lines:
        vol = re.search(r"Vol(?:ume)?\.?\s*(\d+)", line, re.I)
        num = re.search(r"\b(?:No|Nomor|Issue)\.?\s*(\d+)", line, re.I)
        year = re.search(r"\((\d{4})\)|\b(19|20)\d{2}\b", line)
        if vol and not meta.volume:
            meta.volume = vol.group(1)
            meta.issue = num.group(1) if num else ""
            meta.journal = re.split(r"\s*[·,|]?\s*Vol", line, flags=re.I)[0].strip(" ·,|-")
            if year:
                meta.year = year.group(1) or year.group(0)
        doi = re.search(r"10\.\d{4,9}/\S+", line)
        if doi and not meta.doi:
            meta.doi = doi.group(0).rstrip(".,")


def guess_language(body: str) -> str:
    """Indonesian or English by function words, which every text of either has plenty of."""
    words = re.findall(r"\w+", body.lower())
    indonesian = sum(w in {"yang", "dan", "dengan", "dalam", "untuk", "ini", "dari"} for w in words)
    english = sum(w in {"the", "and", "of", "with", "in", "for", "this", "from"} for w in words)
    return "id" if indonesian >= english else "en"


ENTRY_START = re.compile(
    r"(?:(?<= )|^)(?!www\.|http)((?:(?:van|von|de|der|den|da|di|al|el|bin) )*"
    r"[A-Z][\w'\u2019-]+,"
    r"(?: ?[A-Z][\w-]*\.,?)+.{0,120}?\((?:19|20)\d{2}[a-z]?[,)])"
    # ... or a body as author (`StatCounter Global Stats. (2021).`) after an entry's last page
    r"|(?<=[\d)]\. )([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,5}\. \((?:19|20)\d{2}[a-z]?\))"
)


def entry_pieces(text: str) -> list[tuple[int, str]]:
    """A block cut where a new entry visibly begins (author, initials, year; or a body's
    name and year after the end of an entry) mid-block; each piece with its offset."""
    cuts = [m.start() for m in ENTRY_START.finditer(text) if m.start() > 0]
    bounds = [0, *cuts, len(text)]
    return [
        (a, text[a:b].strip())
        for a, b in zip(bounds, bounds[1:], strict=False)
        if text[a:b].strip()
    ]


def opens_entry(text: str, following: str = "") -> bool:
    """Whether a piece of the list starts an entry: its year in brackets near the start, an
    author (`Surname, Given` or `Name.`) with a bare year soon after (`Bima, Ifnu. Java.
    Bogor: 2011`), or an author's name alone whose year opens the next piece (`Dublin Core
    Metadata Initiative.` / `(2021). DCMI History.`)."""
    if re.match(r"(?i)(www\.|https?:|<https?:|doi)", text) or not text[:1].isupper():
        return False
    if YEAR_IN_ENTRY.search(text[:160]):
        return True
    if AUTHOR_OPENING.match(text) and YEAR.search(text[:200]):
        return True
    return len(text) <= 80 and not re.search(r"\d", text) and bool(YEAR_OPENING.match(following))


NUMBER_MARK = re.compile(
    r"(?<![\w.,])(?:\[(?P<bracket>\d{1,3})\]|(?P<dot>\d{1,3})\.(?=\s*(?:[A-Z\[“\"]|https?:|www\.)))"
)


def numbered_entries(blocks: list[Block]) -> list[Reference]:
    """`[1] ... [2] ...` or `1. ... 2. ...`: a list numbered from 1, cut at each number in
    sequence wherever it stands (a page's lines may be joined into one block). Empty where
    the list is not numbered."""
    marks: list[tuple[Block, int]] = []
    for block in blocks:
        for match in NUMBER_MARK.finditer(block.text):
            if int(match.group("bracket") or match.group("dot")) == len(marks) + 1:
                marks.append((block, match.start()))
    first = marks[0] if marks else None
    if len(marks) < 2 or first[0].text[: first[1]].strip() or blocks.index(first[0]) > 0:
        return []
    entries = []
    for n, (block, offset) in enumerate(marks, start=1):
        after = marks[n] if n < len(marks) else (blocks[-1], len(blocks[-1].text))
        last = blocks.index(after[0])
        pieces = [block.text[offset:]] if after[0] is not block else []
        pieces += [b.text for b in blocks[blocks.index(block) + 1 : last]]
        if after[0] is block:
            pieces = [block.text[offset : after[1]]]
        else:
            pieces.append(after[0].text[: after[1]])
        raw = re.sub(r"\s+", " ", " ".join(pieces)).strip()
        start = block.start + offset
        entries.append(Reference(n, raw, block.page, start, start + len(raw)))
    return entries


def split_references(blocks: list[Block]) -> list[Reference]:
    """Reference entries: a numbered list by its numbers; otherwise text that does not open
    like an entry continues the previous one."""
    numbered = numbered_entries(blocks)
    if numbered:
        return numbered
    entries: list[Reference] = []
    pieces = [
        (block, offset, piece) for block in blocks for offset, piece in entry_pieces(block.text)
    ]
    for n, (block, offset, piece) in enumerate(pieces):
        start = block.start + offset
        following = pieces[n + 1][2] if n + 1 < len(pieces) else ""
        if entries and not opens_entry(piece, following):
            last = entries[-1]
            url_cut = re.search(r"(https?://|www\.)\S*$", last.raw) and " " not in piece[:20]
            last.raw = last.raw + ("" if url_cut else " ") + piece
            last.end = start + len(piece)
            continue
        entries.append(Reference(len(entries) + 1, piece, block.page, start, start + len(piece)))
    return entries


def structure(document: Document) -> Article:
    """Find the article's anatomy in its blocks."""
    standard = heading_table()
    front = load_rules().sections["front_matter"]
    labels = {field: label_pattern(names) for field, names in front.items()}
    body_start = front_matter_end(document, standard)
    metadata = read_front_matter(document, labels)
    read_abstracts(document.blocks[:body_start], labels, metadata)
    journal_details(document, metadata)
    metadata.year = metadata.year or printed_year(document, metadata.title)
    body = broken_headings(document.blocks[body_start:], standard)
    sections = find_sections(document, body, standard)
    reference_section = next(
        (s for s in sections if standard.get(s.title.upper()) == "references"), None
    )
    body_end = reference_section.start if reference_section else len(document.text)
    ref_blocks = []
    if reference_section:
        ref_blocks = [b for b in body if reference_section.start < b.start < reference_section.end]
    references = [parse_reference(r) for r in split_references(ref_blocks)]
    metadata.language = guess_language(document.text[:body_end])
    return Article(document, metadata, sections, references, body_end)


def plain_text_article(text: str, doc_id: str = "stdin") -> Article:
    """An article made of plain text, one block per paragraph (blank-line separated), so the
    later stages can run on text without a PDF: `kembar tag`, and tests of rules."""
    blocks = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        if match.group(0).strip():
            blocks.append(Block(match.group(0), 1, match.start(), match.end()))
    document = Document(doc_id, "-", "", [], blocks, text)
    return Article(document, Metadata(), [], [], len(text))
