"""Reference entries into fields: authors, year, title, container, volume, issue, pages, DOI,
URL. Written for the author-year (APA-like) styles of Indonesian journals, with their local
habits: `Www.Site.Com.` as the container, `[Online]`, `Diakses ...`, `Retrieved ... from`, and
DOIs written twice (`https://doi.org/https://doi.org/10...`)."""

from __future__ import annotations

import re

from .model import Reference

YEAR = re.compile(r"\((?P<year>\d{4}[a-z]?|n\.d\.|t\.t\.)(?:,[^)]*)?\)\.?")
DOI = re.compile(
    r"<?(?:(?:https?://)?(?:dx\.)?doi\.org/)+(?:https?://(?:dx\.)?doi\.org/)?(?P<doi>10\.\d{4,9}/[^\s>]+)>?"
    r"|\bdoi:\s*(?P<bare>10\.\d{4,9}/[^\s>]+)",
    re.I,
)
URL = re.compile(r"<?(?P<url>(?:https?://|www\.)[^\s>]+)>?")  # `Www.Site.Com.` is a site name
ACCESS = re.compile(
    r"\[Online\]\.?|\b(?:Diakses|Accessed|Retrieved|Tersedia|Available)\b[^.]*?(?:\b(?:dari|from|at|pada|di)\b|:)\s*|"
    r"\b(?:Diakses|Accessed|Retrieved)\b[^.]*\.",
    re.I,
)
NUMBERS = re.compile(
    r"(?P<volume>\d+)\s*(?:\((?P<issue>[^)]+)\)\s*(?:,\s*(?:pp?\.\s*)?(?P<pages>\d+\s*[–-]\s*\d+|\d+))?"
    r"|,\s*(?:pp?\.\s*)?(?P<pages_only>\d+\s*[–-]\s*\d+))\s*\.?\s*$"
)
PAGES_ONLY = re.compile(r"(?:^|,\s*)(?:pp?\.\s*)?(?P<pages>\d+\s*[–-]\s*\d+)\s*\.?\s*$")
VOLUME_WORDS = re.compile(
    r"\b(?:Vol\.?|Volume)\s*(?P<volume>\d+)\s*,?\s*(?:(?:No\.?|Nomor|Issue)\s*(?P<issue>\w+))?"
    r"(?:\s*,\s*(?:pp?\.|hlm\.|hal\.)?\s*(?P<pages>\d+\s*[–-]\s*\d+))?",
    re.I,
)


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .,;:")


def split_title(rest: str) -> tuple[str, str]:
    """Title up to the first sentence end that is not inside an abbreviation or a subtitle."""
    for match in re.finditer(r"[.?!]\s+(?=[A-Z0-9\[])", rest):
        head = rest[: match.start() + 1]
        if re.search(r"\b(?:[A-Z]|Vol|No|Ed|Eds|ed|eds|et al|Dr|Prof)\.$", head):
            continue
        return clean(head) if not head.endswith(("?", "!")) else head.strip(), rest[match.end() :]
    return clean(rest), ""


def parse_reference(reference: Reference) -> Reference:
    """Fill the fields of one entry from its raw text; what is not found stays empty."""
    raw = reference.raw
    text = raw
    doi = DOI.search(text)
    if doi:
        reference.doi = (doi.group("doi") or doi.group("bare")).rstrip(".,)")
        text = text[: doi.start()] + " " + text[doi.end() :]
    url = URL.search(text)
    if url:
        reference.url = url.group("url").rstrip(".,)")
        text = text[: url.start()] + " " + text[url.end() :]
    text = ACCESS.sub(" ", text)
    year = YEAR.search(text)
    if not year:
        reference.title = clean(text)
        return reference
    reference.year = year.group("year")
    reference.authors = clean(text[: year.start()])
    title, rest = split_title(text[year.end() :].strip())
    reference.title = title
    numbers = VOLUME_WORDS.search(rest) or NUMBERS.search(rest)
    pages_only = None if numbers and numbers.group("volume") else PAGES_ONLY.search(rest)
    if numbers and numbers.group("volume"):
        reference.volume = numbers.group("volume")
        reference.issue = (numbers.group("issue") or "").strip()
        reference.pages = re.sub(r"\s+", "", numbers.group("pages") or "")
        rest = rest[: numbers.start()]
    elif pages_only:
        reference.pages = re.sub(r"\s+", "", pages_only.group("pages"))
        rest = rest[: pages_only.start()]
    reference.container = clean(rest)
    return reference
