"""Front matter: title, authors, affiliations and emails, as a reader finds them on page 1.

The title is the largest type near the top that is not the journal's masthead, joined across
its lines; the authors are the names lines under it, with degrees and markers taken off; the
affiliations and emails follow. A regulation's title is its whole heading block, from
`PERATURAN ...` to the line before `DENGAN RAHMAT ...`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .gazetteer import gazetteer
from .model import Document, Line, Metadata, Page
from .names import (
    EMAIL,
    LEADING_MARKER,
    MARKERS,
    degree_key,
    looks_like_names,
    split_names,
)
from .rules import alternation, load_rules

TITLE_MAX_CHARS = 350
"""A run of lines longer than this is body text, not a title, however large its type."""
MARKER_LINE = re.compile(r"^[\d\s,*)(\u00b9\u00b2\u00b3\u2070-\u209f]+$")
WRAPPED_SHARE = 0.7
"""A names line at least this share of the text width was wrapped: a name may run on."""


@dataclass(frozen=True)
class FrontRules:
    """The front-matter vocabulary of `rules/sections.yaml`, compiled once."""

    masthead: re.Pattern
    affiliation: re.Pattern
    author_label: re.Pattern
    degrees: frozenset[str]
    particles: frozenset[str]
    regulation_opener: re.Pattern
    regulation_end: re.Pattern
    regulation_number: re.Pattern
    published: list[re.Pattern]
    copyright: re.Pattern
    journal: re.Pattern


@lru_cache(maxsize=1)
def front_rules() -> FrontRules:
    sections = load_rules().sections
    labels = sections["published_labels"]
    marks = [
        r"\s*".join(re.escape(part).replace("\\#", r"[\dx]") for part in mark.split(" "))
        for mark in sections["masthead_marks"]
    ]
    openers = alternation(sections["masthead_openers"])
    return FrontRules(
        masthead=re.compile(rf"(?i)(?:{'|'.join(marks)})|(?:^|[:(|])\s*(?:{openers})\b"),
        affiliation=re.compile(alternation(sections["affiliation_words"]), re.I),
        author_label=re.compile(rf"(?i)^\s*(?:{alternation(sections['author_labels'])})\s*:?\s*"),
        degrees=frozenset(degree_key(d) for d in sections["degrees"]),
        particles=frozenset(sections["name_particles"]),
        regulation_opener=re.compile(rf"^(?:{alternation(sections['regulation_openers'])})\b"),
        regulation_end=re.compile(rf"^(?:{alternation(sections['regulation_title_ends'])})"),
        regulation_number=re.compile(sections["regulation_number"], re.I),
        published=[re.compile(rf"(?i)(?<!\w){re.escape(w)}\b") for w in labels],
        copyright=re.compile(rf"(?:{alternation(sections['copyright_marks'])})"),
        journal=re.compile(rf"(?i)\b(?:{alternation(sections['journal_words'])})\b"),
    )


def overlap(a: str, b: str) -> float:
    """Share of `b`'s words whose first five letters appear among `a`'s words."""
    stems = {w[:5] for w in re.findall(r"\w+", a.lower())}
    words = re.findall(r"\w+", b.lower())
    return sum(w[:5] in stems for w in words) / max(len(words), 1)


COVER_MAX_CHARS = 1500
"""A first page with fewer characters than this and no abstract label is a cover (a journal
issue's, a thesis's, a `naskah publikasi`'s) that may stand before the article's first page."""
COVER_PAGES = 4
"""How many pages from the start the article's first page is looked for past a cover."""


def labelled(page: Page, labels: dict[str, re.Pattern]) -> int | None:
    """Index of the page's first abstract or keywords label line, if it has one."""
    return next(
        (i for i, ln in enumerate(page.lines) if any(p.match(ln.text) for p in labels.values())),
        None,
    )


def front_page(document: Document, labels: dict[str, re.Pattern]) -> Page | None:
    """The article's first page: the first page, unless it is a cover; then the first of the
    next pages with an abstract label and lines above it, or else the page before the one
    whose abstract stands at its top (a thesis's inner title page)."""
    pages = document.pages[:COVER_PAGES]
    if not pages:
        return None
    first = pages[0]
    cover = sum(len(ln.text) for ln in first.lines) < COVER_MAX_CHARS
    if labelled(first, labels) is not None or not cover:
        return first
    for n, page in enumerate(pages[1:], start=1):
        index = labelled(page, labels)
        if index is None:
            continue
        if any(re.search(r"[^\W\d_]{3}", ln.text) for ln in page.lines[:index]):
            return page
        return pages[n - 1]
    return first


def front_lines(document: Document, labels: dict[str, re.Pattern]) -> list[Line]:
    """The article's first page's lines above the first abstract or keywords label, a row
    cut by a column gutter joined again, lines of bare author markers (`1 2`) left out."""
    page = front_page(document, labels)
    lines: list[Line] = []
    for line in page.lines if page else []:
        if any(p.match(line.text) for p in labels.values()):
            break
        if MARKER_LINE.match(line.text):
            continue
        if lines and abs(lines[-1].top - line.top) < 1 and line.x0 > lines[-1].x1:
            lines[-1] = Line(lines[-1].words + line.words, line.page)
        else:
            lines.append(line)
    return scan_sizes(lines) if lines and not any(ln.size for ln in lines) else lines


def same_style(a: Line, b: Line) -> bool:
    """Same weight, slant and size (within half a point or 8%): a title's translation set in
    italics under it is another block."""
    same_size = abs(a.size - b.size) <= max(0.5, 0.08 * max(a.size, b.size))
    return a.bold == b.bold and a.italic == b.italic and same_size


def scan_sizes(lines: list[Line]) -> list[Line]:
    """A scan's lines with a type size each, which OCR does not give: the distance to the
    next or previous line's top, the nearer one that is a line spacing, else the line's height.
    Word heights alone would not do: a line without descenders looks a size smaller."""
    sized = []
    for i, line in enumerate(lines):
        height = line.bottom - line.top
        pitches = [
            abs(other.top - line.top)
            for other in (lines[i + 1 : i + 2] + lines[max(i - 1, 0) : i])
            if abs(other.top - line.top) <= 2.2 * height
        ]
        size = round(min(pitches) if pitches else 1.3 * height, 1)
        sized.append(Line([replace(word, size=size) for word in line.words], line.page))
    return sized


def style_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """Spans of consecutive lines in one style, set close together (a title over its lines)."""
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines):
            runs.append((start, i))
            break
        previous, line = lines[i - 1], lines[i]
        if not same_style(previous, line) or line.top - previous.bottom > 1.5 * line.size:
            runs.append((start, i))
            start = i
    return runs


MASTHEAD_ZONE = 0.25
"""Share of the page height, from the top, where a journal's masthead stands: there the lines
set close above a masthead line belong to it whatever their type (a journal's name in large
capitals over its volume line)."""


def masthead_lines(lines: list[Line], rules: FrontRules, height: float = 0.0) -> set[int]:
    """Indices of the journal's masthead: every line of a style run that has a masthead mark
    or names a periodical (the journal's name printed above its volume line in the same type
    goes with it), and near the top of the page the lines stacked right above one."""
    found: set[int] = set()
    for start, end in style_runs(lines):
        if rules.regulation_opener.match(lines[start].text):
            continue  # `NOMOR 26 TAHUN 2001` in a regulation's title is no issue number
        texts = [lines[i].text for i in range(start, end)]
        if any(rules.masthead.search(t) or rules.journal.search(t) for t in texts):
            found.update(range(start, end))
    for i in sorted(found, reverse=True):
        while (
            i > 0
            and i - 1 not in found
            and lines[i].top < MASTHEAD_ZONE * height
            and lines[i].top - lines[i - 1].bottom <= 1.5 * max(lines[i].size, lines[i - 1].size)
        ):
            found.add(i - 1)
            i -= 1
    return found


def title_span(
    lines: list[Line], common: set[str], rules: FrontRules, masthead: set[int]
) -> tuple[int, int]:
    """Start and end of the title's lines: a regulation's numbered title block; else the
    first run in the largest type above the body text that is no masthead, has no email and
    not lines of several names (authors set larger or bolder than the title; a title whose
    words all look like names is still one where no other run is), up to a line of several
    names in the same type or a translation of the lines before."""
    number = re.compile(rules.regulation_number.pattern.lstrip("^"), re.I)
    for i, line in enumerate(lines[:-1]):
        numbered = rules.regulation_number.match(lines[i + 1].text) or number.search(line.text)
        if rules.regulation_opener.match(line.text) and numbered:
            return i, regulation_end(lines, i, rules)
    runs: list[tuple[int, int]] = []
    names_runs: list[tuple[int, int]] = []  # the title only where no other run can be
    for start, end in style_runs(lines):
        if sum(len(ln.text) for ln in lines[start:end]) > TITLE_MAX_CHARS:
            if runs:
                break  # body text: the title stands above it
            continue  # a box of notes above the title (an editor's, a cover's)
        texts = [ln.text for ln in lines[start:end]]
        if (
            start in masthead
            or not re.search(r"[^\W\d_]{2}", texts[0])
            or any("@" in t for t in texts)
        ):
            continue
        names = all(several_names(t, common, rules) for t in texts)
        (names_runs if names else runs).append((start, end))
    runs = runs or names_runs
    if not runs:
        return 0, 0
    start, end = max(runs, key=lambda run: (lines[run[0]].size, lines[run[0]].bold, -run[0]))
    if rules.regulation_opener.match(lines[start].text):
        return start, regulation_end(lines, start, rules)
    for i in range(start + 1, end):
        title = " ".join(ln.text for ln in lines[start:i])
        translation = len(lines[i].words) >= 3 and overlap(title, lines[i].text) >= 0.5
        if several_names(lines[i].text, common, rules) or translation:
            return start, i  # the authors, or the title again in the second language
    return start, end


def several_names(text: str, common: set[str], rules: FrontRules) -> bool:
    """A names line for certain: two or more names, none of them ordinary words and not all
    of them places (an authors line printed in the title's own type, not a title's `Busan,
    Seattle dan Kochi`)."""
    names = split_names(text, rules.degrees)
    words = " ".join(names).lower().split()
    return (
        len(names) >= 2
        and looks_like_names(text, common, rules.degrees, rules.particles)
        and not any(w in common for w in words)
        and not all(name.lower() in place_names() for name in names)
    )


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every gazetteer name in lower case."""
    return frozenset(form.lower() for form in gazetteer(load_rules().folder))


REGULATION_MAX_LINES = 12
"""Most lines a regulation's title block runs over before `DENGAN RAHMAT ...`."""


def regulation_end(lines: list[Line], start: int, rules: FrontRules) -> int:
    """A regulation's title runs to the line before `DENGAN RAHMAT ...` when that stands
    within its first lines, whatever their type (`TENTANG` set apart from its subject); else
    in its style."""
    limit = min(len(lines), start + REGULATION_MAX_LINES)
    ends = [i for i in range(start + 1, limit) if rules.regulation_end.match(lines[i].text)]
    if ends:
        return ends[0]
    end = start + 1
    while end < len(lines) and same_style(lines[start], lines[end]):
        end += 1
    return end


def is_names_line(line: Line, title: str, common: set[str], rules: FrontRules) -> bool:
    text = rules.author_label.sub("", line.text)
    return (
        looks_like_names(text, common, rules.degrees, rules.particles)
        and overlap(title, text) < 0.4
    )


def author_indices(
    lines: list[Line], span: tuple[int, int], common: set[str], rules: FrontRules, title: str
) -> list[int]:
    """The names lines between `span` (after the title, up to the first affiliation or email
    line): the first one (after an `Oleh :` label if there is one) and those right under it,
    up to a line opening with an affiliation marker (`1,2Fakultas`); past them, further lines
    set like the first names line and unlike the line after it (author, affiliation, next
    author, ...)."""
    after, limit = span
    labelled = [i for i in range(after, limit) if not rules.author_label.sub("", lines[i].text)]
    after = labelled[0] + 1 if labelled else after
    first = next(
        (i for i in range(after, limit) if is_names_line(lines[i], title, common, rules)), None
    )
    if first is None:
        return []
    found = [first]
    while (
        found[-1] + 1 < limit
        and not LEADING_MARKER.match(lines[found[-1] + 1].text)
        and is_names_line(lines[found[-1] + 1], title, common, rules)
    ):
        found.append(found[-1] + 1)
    below = found[-1] + 1
    if below < len(lines) and not same_style(lines[first], lines[below]):
        found += [
            i
            for i in range(below + 1, len(lines))
            if same_style(lines[i], lines[first]) and is_names_line(lines[i], title, common, rules)
        ]
    return found


def names_text(lines: list[Line], indices: list[int], rules: FrontRules) -> list[str]:
    """The authors of the names lines; a line that fills the text width and ends without a
    separator or marker runs on into the next (`Gilang Syahananta` / `Putra4, ...`)."""
    if not indices:
        return []
    width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    chunks: list[str] = []
    for n, i in enumerate(indices):
        text = rules.author_label.sub("", lines[i].text).strip()
        previous = lines[indices[n - 1]] if n else None
        runs_on = (
            previous is not None
            and indices[n - 1] == i - 1
            and same_style(previous, lines[i])
            and previous.x1 - previous.x0 >= WRAPPED_SHARE * width
            and not re.search(r"[,;\d)*\u00b9\u00b2\u00b3\u2070-\u209f]$", previous.text)
        )
        if runs_on:
            chunks[-1] += " " + text
        else:
            chunks.append(text)
    names: list[str] = []
    for chunk in chunks:
        names += split_names(chunk, rules.degrees)
    return list(dict.fromkeys(names))


def read_front_matter(document: Document, labels: dict[str, re.Pattern]) -> Metadata:
    """Title, second-language title, authors, affiliations and emails from the first page's
    lines above the abstract."""
    rules = front_rules()
    meta = Metadata()
    lines = front_lines(document, labels)
    prose = re.sub(r"\S*(?: ?@ ?|://|www\.)\S*", " ", document.text)
    common = set(re.findall(r"(?<![\w.])[a-z]+", prose))
    height = next((p.height for p in document.pages if lines and p.number == lines[0].page), 0.0)
    masthead = masthead_lines(lines, rules, height)
    start, end = title_span(lines, common, rules, masthead)
    meta.title = " ".join(ln.text for ln in lines[start:end])
    limit = next(
        (
            i
            for i in range(end, len(lines))
            if i not in masthead
            and (EMAIL.search(lines[i].text) or rules.affiliation.search(lines[i].text))
        ),
        len(lines),
    )
    numbered = re.search(rules.regulation_number.pattern.lstrip("^"), meta.title, re.I)
    regulation = bool(rules.regulation_opener.match(meta.title) and numbered)
    authors = [] if regulation else author_indices(lines, (end, limit), common, rules, meta.title)
    first_author = authors[0] if authors else limit
    second = [ln.text for i, ln in enumerate(lines[end:first_author], end) if i not in masthead]
    meta.title_second = " ".join(t for t in second if rules.author_label.sub("", t))
    meta.authors = names_text(lines, authors, rules)
    for i in range(first_author if authors else limit, len(lines)):
        if i in authors or i in masthead:
            continue
        meta.emails += [e.replace(" ", "") for e in EMAIL.findall(lines[i].text)]
        text = EMAIL.sub("", re.sub(r"(?i)e-?mail\s*:?", "", lines[i].text))
        text = MARKERS.sub("", text).strip(" ,;")
        if text:
            meta.affiliations.append(text)
    meta.emails = list(dict.fromkeys(meta.emails))
    return meta
