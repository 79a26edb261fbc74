"""The publication year, where the article prints it: a regulation's `TAHUN`, the masthead's
volume line, a publication date, a copyright line, a masthead or running foot, a cover's year.

Years in the body are never read here: they are what the article is about, not when it was
published.
"""

from __future__ import annotations

import re

from .front_matter import FrontRules, front_rules
from .model import Document

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
NOT_YEARS = re.compile(r"\S*(?:://|www\.|10\.\d{4,9}/)\S*|\b\d{4}-\d{3}[\dXx]\b")
"""Addresses, DOIs and ISSNs, whose digits are no year (`ISSN 2018-7743`)."""


def years_in(text: str) -> list[str]:
    return YEAR.findall(NOT_YEARS.sub(" ", text))


def first_page_texts(document: Document) -> list[str]:
    """The first page's furniture and lines, where an article prints its dates."""
    first = document.pages[0] if document.pages else None
    return (first.furniture + [ln.text for ln in first.lines]) if first else []


def furniture_texts(document: Document) -> list[str]:
    """Every page's running heads and feet, the first page's first, each once."""
    return list(dict.fromkeys(text for page in document.pages for text in page.furniture))


def labelled_year(texts: list[str], rules: FrontRules) -> str:
    """The first year after the most preferred publication label any line prints."""
    for label in rules.published:
        for text in texts:
            match = label.search(text)
            years = years_in(text[match.end() :]) if match else []
            if years:
                return years[0]
    return ""


def copyright_year(texts: list[str], rules: FrontRules) -> str:
    for text in texts:
        match = rules.copyright.search(text)
        years = years_in(text[match.end() : match.end() + 40]) if match else []
        if years:
            return years[0]
    return ""


def masthead_year(texts: list[str], rules: FrontRules) -> str:
    """A year on a masthead line: one with a volume, ISSN or address mark or a periodical's
    or meeting's name (`Seminar Nasional ... 2017 ISSN ...`)."""
    for text in texts:
        years = years_in(text)
        if years and (rules.masthead.search(text) or rules.journal.search(text)):
            return years[-1]
    return ""


def printed_year(document: Document, title: str) -> str:
    """The publication year printed where no volume line of the first page gives one: a
    regulation's `TAHUN 2001`; a publication date or citation line; a copyright year; a
    masthead line of the first page, then of any page's running heads and feet; a year alone
    on a cover's line; last a year in any running head or foot (`Andriani et al. 2022`)."""
    rules = front_rules()
    if rules.regulation_opener.match(title):
        match = re.search(r"\bTAHUN ((?:19|20)\d{2})\b", title)
        if match:
            return match.group(1)
    texts = first_page_texts(document)
    found = (
        labelled_year(texts, rules)
        or copyright_year(texts, rules)
        or masthead_year(texts, rules)
        or masthead_year(furniture_texts(document), rules)
    )
    if found:
        return found
    alone = [text.strip() for text in texts if YEAR.fullmatch(text.strip())]
    if alone:
        return alone[0]
    margins = [years_in(text) for text in furniture_texts(document)]
    return next((years[-1] for years in margins if years), "")
