"""The plain data objects that flow from one stage to the next.

Each stage is a function from one of these objects to the next, so any stage can be run and
tested alone: extract gives a `Document`, structure an `Article`, tag a `TaggedArticle`,
events a `Findings`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Word:
    """A word box from the PDF's text layer or from OCR, in PDF points (top-left origin)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    italic: bool = False


@dataclass
class Line:
    """One printed line of one column, in reading order."""

    words: list[Word]
    page: int

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    @property
    def italic(self) -> bool:
        return all(w.italic for w in self.words)


@dataclass
class Page:
    """A page's body lines in reading order, and what was dropped as page furniture."""

    number: int
    width: float
    height: float
    lines: list[Line]
    ocr: bool = False
    furniture: list[str] = field(default_factory=list)


@dataclass
class Block:
    """A paragraph or heading of the clean text, with its character span in `Document.text`."""

    text: str
    page: int
    start: int
    end: int
    size: float = 0.0
    bold: bool = False


@dataclass
class LineSpan:
    """Where a stretch of `Document.text` was printed: one line's box (PDF points, top-left
    origin) on its page, so a sentence can be shown where it stands on the page."""

    page: int
    start: int
    end: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Document:
    """The extract stage's result: reading-order text of one PDF, traceable to its pages."""

    doc_id: str
    path: str
    sha256: str
    pages: list[Page]
    blocks: list[Block]
    text: str
    line_spans: list[LineSpan] = field(default_factory=list)

    def page_at(self, offset: int) -> int:
        """The page number the character at `offset` was printed on."""
        return self.pages_at([offset])[0]

    def pages_at(self, offsets: list[int]) -> list[int]:
        """The page numbers the characters at `offsets` were printed on."""
        if not self.blocks:
            return [1 for _ in offsets]
        starts = [b.start for b in self.blocks]
        return [self.blocks[max(bisect.bisect_right(starts, o) - 1, 0)].page for o in offsets]

    @property
    def ocr_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.ocr]


@dataclass
class Section:
    n: int
    level: int
    number: str
    title: str
    page: int
    start: int
    end: int = 0


@dataclass
class Reference:
    n: int
    raw: str
    page: int
    start: int
    end: int
    authors: str = ""
    year: str = ""
    title: str = ""
    container: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    url: str = ""


@dataclass
class Metadata:
    title: str = ""
    title_second: str = ""
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    abstract_en: str = ""
    abstract_id: str = ""
    keywords_en: list[str] = field(default_factory=list)
    keywords_id: list[str] = field(default_factory=list)
    language: str = ""
    year: str = ""
    journal: str = ""
    volume: str = ""
    issue: str = ""
    doi: str = ""


@dataclass
class Article:
    """The structure stage's result: the document with its anatomy."""

    document: Document
    metadata: Metadata
    sections: list[Section]
    references: list[Reference]
    body_end: int

    def section_at(self, offset: int) -> Section | None:
        """The section a character offset falls in (the innermost heading before it)."""
        current = None
        for section in self.sections:
            if section.start <= offset:
                current = section
            else:
                break
        return current


@dataclass
class Sentence:
    n: int
    start: int
    end: int
    text: str
    page: int
    section: str
    in_references: bool = False


@dataclass(eq=False)
class Mention:
    """A tagged span; compared by identity, since two mentions of one name are two mentions."""

    label: str
    text: str
    start: int
    end: int
    norm: str
    country: str = ""
    sentence: int = -1
    modifier: str = ""
    inferred: bool = False


@dataclass
class Citation:
    text: str
    start: int
    end: int
    sentence: int
    page: int
    reference_n: int | None = None


@dataclass
class TaggedArticle:
    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    citations: list[Citation]


@dataclass
class Event:
    city_a: str
    city_b: str
    type: str
    date: str
    sectors: list[str]
    page: int
    evidence: str
    cites: list[str]
    start: int = 0
    end: int = 0
    section: str = ""


SUBJECT, MENTIONED = "subject", "mentioned"
ROLES = (SUBJECT, MENTIONED)
"""A partnership's role in its article: what the article is about, or one it names."""


@dataclass
class Partnership:
    city_a: str
    country_a: str
    city_b: str
    country_b: str
    kind: str
    role: str
    sectors: list[str] = field(default_factory=list)
    first_date: str = ""
    mentions: int = 0
    source: str = "text"

    @property
    def key(self) -> tuple[str, str]:
        return (self.city_a, self.city_b)


@dataclass
class Findings:
    """The events stage's result: what one article says about partnerships."""

    tagged: TaggedArticle
    partnerships: list[Partnership]
    events: list[Event]
