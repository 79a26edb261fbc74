"""Render article specs (YAML) into journal-like PDFs, and PDFs into image-only scans.

The sample corpus and the tests' PDFs come from here, so the extract stage is always tested on
the page features real journals have: a full-width title block, one or two justified columns,
running headers, page numbers in the footer, and Indonesian end-of-line hyphenation.
"""

from __future__ import annotations

import argparse
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

VOWELS = set("aeiouAEIOU")
PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 72.0, 70.0, 64.0
GUTTER = 24.0
BODY_SIZE = 10.5


@dataclass
class Style:
    font: str = "Helvetica"
    size: float = BODY_SIZE
    align: str = "justify"
    first_indent: float = 0.0
    hanging: float = 0.0
    space_before: float = 0.0
    leading: float = 1.35


@dataclass
class Paragraph:
    text: str
    style: Style
    full_width: bool = False


@dataclass
class ArticleSpec:
    """What a sample article says and how its pages look."""

    doc_id: str
    title: str
    authors: list[str]
    sections: list[dict]
    layout: str = "one_column"
    title_second: str = ""
    affiliation: str = ""
    emails: list[str] = field(default_factory=list)
    abstract_en: str = ""
    keywords_en: list[str] = field(default_factory=list)
    abstract_id: str = ""
    keywords_id: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    journal: str = ""
    running_header: str = ""

    @classmethod
    def from_yaml(cls, path: Path) -> ArticleSpec:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls(**raw)


def syllable_breaks(word: str) -> list[int]:
    """Indices where an Indonesian word may be hyphenated (V-CV and VC-CV, digraphs kept)."""
    if not word.isalpha() or len(word) < 5:
        return []
    breaks = []
    for i in range(2, len(word) - 1):
        a, b, c = word[i - 1], word[i], word[i + 1]
        if a.lower() + b.lower() in ("ng", "ny", "kh", "sy"):
            continue
        if (
            a in VOWELS
            and b not in VOWELS
            and c in VOWELS
            or (
                a not in VOWELS
                and b not in VOWELS
                and c in VOWELS
                and word[i - 2] in VOWELS
                and (b.lower() + c.lower() not in ("ng", "ny"))
            )
        ):
            breaks.append(i)
    return [i for i in breaks if len(word) - i >= 2]


def split_to_fit(word: str, room: float, font: str, size: float) -> tuple[str, str] | None:
    """The longest head of `word` (with its hyphen) that fits in `room`, and the rest."""
    candidates: list[tuple[str, str]] = []
    if "://" in word or word.startswith("www."):
        # long addresses break after a slash or a dot, with no hyphen added
        cuts = [i + 1 for i, ch in enumerate(word[:-2]) if ch in "/."]
        candidates += [(word[:cut], word[cut:]) for cut in cuts]
    elif "-" in word.strip("-"):
        cut = word.index("-", 1) + 1
        candidates.append((word[:cut], word[cut:]))
    core = re.match(r"^(\W*)([A-Za-z]+)(.*)$", word)
    if core and not candidates:
        lead, letters, tail = core.groups()
        for i in syllable_breaks(letters):
            candidates.append((lead + letters[:i] + "-", letters[i:] + tail))
    fitting = [c for c in candidates if stringWidth(c[0], font, size) <= room]
    return max(fitting, key=lambda c: len(c[0])) if fitting else None


def break_lines(paragraph: Paragraph, width: float) -> list[tuple[list[str], float]]:
    """Greedy line breaking with hyphenation; each line with its left indent."""
    style = paragraph.style
    words = paragraph.text.split()
    lines: list[tuple[list[str], float]] = []
    current: list[str] = []
    indent = style.first_indent
    space = stringWidth(" ", style.font, style.size)
    used = 0.0
    while words:
        word = words.pop(0)
        w = stringWidth(word, style.font, style.size)
        room = width - indent - used - (space if current else 0)
        if w <= room:
            current.append(word)
            used += w + (space if len(current) > 1 else 0)
            continue
        split = split_to_fit(word, room, style.font, style.size) if current else None
        if split:
            current.append(split[0])
            words.insert(0, split[1])
        else:
            words.insert(0, word)
        if not current:  # a single word wider than the line: let it overflow
            current.append(words.pop(0))
        lines.append((current, indent))
        current, used, indent = [], 0.0, style.hanging
    if current:
        lines.append((current, indent))
    return lines


class PageWriter:
    """Places lines on pages, column by column, with running header and footer."""

    def __init__(self, canvas: Canvas, spec: ArticleSpec):
        self.canvas = canvas
        self.spec = spec
        self.columns = 2 if spec.layout == "two_columns" else 1
        self.page = 1
        self.column = 0
        self.y = MARGIN_TOP
        self.column_top = MARGIN_TOP

    @property
    def column_width(self) -> float:
        body = PAGE_W - 2 * MARGIN_X
        return (body - GUTTER * (self.columns - 1)) / self.columns

    def column_x(self, full_width: bool) -> float:
        return MARGIN_X if full_width else MARGIN_X + self.column * (self.column_width + GUTTER)

    def decorate(self) -> None:
        c = self.canvas
        if self.page > 1 and self.spec.running_header:
            c.setFont("Helvetica-Oblique", 9)
            c.drawCentredString(PAGE_W / 2, PAGE_H - 36, self.spec.running_header)
        c.setFont("Helvetica", 8.5)
        if self.spec.journal:
            c.drawString(MARGIN_X, 34, self.spec.journal)
        c.setFont("Helvetica", 9.5)
        c.drawRightString(PAGE_W - MARGIN_X, 34, str(self.page))

    def next_column(self) -> None:
        if self.column + 1 < self.columns:
            self.column += 1
            self.y = self.column_top
            return
        self.decorate()
        self.canvas.showPage()
        self.page += 1
        self.column = 0
        self.y = self.column_top = MARGIN_TOP

    def finish_full_width(self) -> None:
        """Body columns start below a full-width block."""
        self.column_top = self.y

    def write(self, paragraph: Paragraph) -> None:
        style = paragraph.style
        width = PAGE_W - 2 * MARGIN_X if paragraph.full_width else self.column_width
        self.y += style.space_before
        lines = break_lines(paragraph, width)
        for i, (words, indent) in enumerate(lines):
            height = style.size * style.leading
            if self.y + height > PAGE_H - MARGIN_BOTTOM:
                self.next_column()
            last = i == len(lines) - 1
            self.draw_line(words, indent, width, style, paragraph.full_width, last)
            self.y += height

    def draw_line(self, words, indent, width, style, full_width, last) -> None:
        c = self.canvas
        c.setFont(style.font, style.size)
        x = self.column_x(full_width) + indent
        baseline = PAGE_H - self.y - style.size
        text_width = sum(stringWidth(w, style.font, style.size) for w in words)
        space = stringWidth(" ", style.font, style.size)
        if style.align == "center":
            line = " ".join(words)
            c.drawCentredString(self.column_x(full_width) + width / 2, baseline, line)
            return
        extra = 0.0
        if style.align == "justify" and not last and len(words) > 1:
            extra = (width - indent - text_width - space * (len(words) - 1)) / (len(words) - 1)
        text = c.beginText(x, baseline)
        text.setFont(style.font, style.size)
        text.setWordSpace(extra)
        text.textOut(" ".join(words))
        c.drawText(text)


TITLE = Style(font="Helvetica-Bold", size=14, align="center", leading=1.3)
CENTER = Style(align="center", leading=1.3)
HEADING = Style(font="Helvetica-Bold", align="left", space_before=8)
SUBHEADING = Style(font="Helvetica-BoldOblique", align="left", space_before=6)
BODY = Style(first_indent=18)
REFERENCE = Style(align="left", hanging=18)


def article_paragraphs(spec: ArticleSpec) -> list[Paragraph]:
    """The article as a flow of paragraphs: title block (full width), then the body."""
    head = [Paragraph(spec.title, TITLE, True)]
    if spec.title_second:
        head.append(
            Paragraph(spec.title_second, Style(font="Helvetica-Oblique", align="center"), True)
        )
    head.append(
        Paragraph(
            ", ".join(spec.authors),
            Style(font="Helvetica-Bold", align="center", space_before=6),
            True,
        )
    )
    if spec.affiliation:
        head.append(Paragraph(spec.affiliation, CENTER, True))
    if spec.emails:
        head.append(Paragraph("Email: " + ", ".join(spec.emails), CENTER, True))
    for name, abstract, label, keywords in (
        ("Abstract", spec.abstract_en, "Keywords:", spec.keywords_en),
        ("Abstrak", spec.abstract_id, "Kata Kunci:", spec.keywords_id),
    ):
        if abstract:
            head.append(
                Paragraph(name, Style(font="Helvetica-Bold", align="center", space_before=10), True)
            )
            head.append(Paragraph(abstract, Style(), True))
            head.append(
                Paragraph(
                    f"{label} " + ", ".join(keywords), Style(align="left", space_before=4), True
                )
            )
    body: list[Paragraph] = []
    for section in spec.sections:
        style = SUBHEADING if section.get("level", 1) > 1 else HEADING
        body.append(Paragraph(section["heading"], style))
        body.extend(Paragraph(p, BODY) for p in section.get("paragraphs", []))
    if spec.references:
        body.append(Paragraph("DAFTAR PUSTAKA", HEADING))
        body.extend(Paragraph(r, REFERENCE) for r in spec.references)
    return head + body


def render_article(spec: ArticleSpec, out: Path) -> Path:
    """Write `spec` as a PDF; byte-identical on every run, so the corpus can be checked."""
    canvas = Canvas(str(out), pagesize=A4, invariant=1)
    canvas.setTitle(spec.title)
    writer = PageWriter(canvas, spec)
    paragraphs = article_paragraphs(spec)
    in_head = True
    for paragraph in paragraphs:
        if in_head and not paragraph.full_width:
            in_head = False
            writer.y += 12
            writer.finish_full_width()
        writer.write(paragraph)
    writer.decorate()
    canvas.save()
    return out


def render_scan(pdf: Path, out: Path, dpi: int = 200) -> Path:
    """Rasterize every page of `pdf` into an image-only PDF, the way a scanner would."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    images = [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    document.close()
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    out.write_bytes(buffer.getvalue())
    return out


def render_folder(source: Path, target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for spec_path in sorted(source.glob("*.yaml")):
        spec = ArticleSpec.from_yaml(spec_path)
        written.append(render_article(spec, target / f"{spec.doc_id}.pdf"))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description="Render article specs (YAML) to PDF.")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    for path in render_folder(args.source, args.target):
        print(path)


if __name__ == "__main__":
    main()
