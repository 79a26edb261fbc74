"""The documents and their parsed references as CSL-JSON items: the bibliographic record every
reference manager and citation processor reads, and the one the BibTeX and RIS exports
(`bibliography.py`) are written from.

Names are never split at a guess: Indonesian authors often have a single name, or two names
neither of which is a family name. Only a name written "Family, Given" (with a comma) is
split; any other is one literal name, as it was printed.
"""

from __future__ import annotations

import re

from .write import split_cell

ARTICLE, DOCUMENT, WEBPAGE = "article-journal", "document", "webpage"
"""The CSL item types written: a journal article, anything else (a thesis, a report, a
book: not told apart), and a page on the web."""
SECOND_TITLE = "Second-language title: "
"""How a note gives the title printed in the article's other language."""
CITED_BY = "Cited by "
YEAR = re.compile(r"^\d{4}$")
INITIAL_COMMA = re.compile(r"(?<=\.),\s+")
AUTHOR_SEPARATORS = re.compile(r"\s*[&;]\s*")
"""Where a reference's authors are separated in the author-year styles: a comma after an
initial ("Pratama, R., Sari, M."), an ampersand or a semicolon. Not `dan` / `and`, which
also join the words of an institution's name."""


def person(name: str) -> dict[str, str]:
    """One author as a CSL name: `family` and `given` when written "Family, Given",
    otherwise one `literal` name."""
    family, comma, given = name.partition(",")
    if comma and family.strip() and given.strip() and "," not in given:
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": name.strip()}


def reference_authors(authors: str) -> list[str]:
    """The authors of a parsed reference, one by one (see `AUTHOR_SEPARATORS`)."""
    names = []
    for part in AUTHOR_SEPARATORS.split(INITIAL_COMMA.sub("; ", authors)):
        name = part.strip(" ,")
        if name:
            names.append(name)
    return names


def issued(year: str) -> dict:
    """A year as a CSL date: its parts when it is a plain year, else as printed."""
    return {"date-parts": [[int(year)]]} if YEAR.match(year) else {"literal": year}


def compact(item: dict) -> dict:
    """An item without its empty fields (a reference manager shows an empty field as
    one to fill)."""
    return {key: value for key, value in item.items() if value not in ("", [], {}, None)}


def abstract(document: dict) -> str:
    """The abstract in the article's own language (the language of its title), else the
    other one."""
    first, second = ("abstract_en", "abstract_id")
    if document.get("language") != "en":
        first, second = second, first
    return document.get(first) or document.get(second) or ""


def article_item(document: dict) -> dict | None:
    """A documents row as a CSL-JSON item; none for a document that could not be read."""
    if document.get("status") != "ok":
        return None
    year = document.get("year", "")
    second = document.get("title_second", "")
    return compact(
        {
            "id": document["doc_id"],
            "type": ARTICLE if document.get("journal") else DOCUMENT,
            "title": document.get("title", ""),
            "author": [person(name) for name in split_cell(document.get("authors", ""))],
            "issued": issued(year) if year else {},
            "container-title": document.get("journal", ""),
            "volume": document.get("volume", ""),
            "issue": document.get("issue", ""),
            "DOI": document.get("doi", ""),
            "keyword": ", ".join(split_cell(document.get("keywords", ""))),
            "abstract": abstract(document),
            "language": document.get("language", ""),
            "note": f"{SECOND_TITLE}{second}" if second else "",
            "custom": compact({"doc_id": document["doc_id"], "file": document.get("path", "")}),
        }
    )


def reference_type(reference: dict) -> str:
    if reference.get("volume") or reference.get("issue"):
        return ARTICLE
    return WEBPAGE if reference.get("url") else DOCUMENT


def reference_item(reference: dict) -> dict:
    """A references row as a CSL-JSON item, linked to the article citing it by that
    article's id (`custom.cited_by`, and a note for reference managers)."""
    doc_id, n, year = reference["doc_id"], str(reference["n"]), reference.get("year", "")
    return compact(
        {
            "id": f"{doc_id}-ref{n}",
            "type": reference_type(reference),
            "title": reference.get("title", ""),
            "author": [person(name) for name in reference_authors(reference.get("authors", ""))],
            "issued": issued(year) if year else {},
            "container-title": reference.get("container", ""),
            "volume": reference.get("volume", ""),
            "issue": reference.get("issue", ""),
            "page": reference.get("pages", ""),
            "DOI": reference.get("doi", ""),
            "URL": reference.get("url", ""),
            "note": f"{CITED_BY}{doc_id} (reference {n})",
            "custom": {"cited_by": doc_id, "reference_n": int(n), "raw": reference.get("raw", "")},
        }
    )
