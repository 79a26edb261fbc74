"""Tag stage: sentences and mentions (CITY, PROVINCE, COUNTRY, DATE, LAW, AGREEMENT, SECTOR)
and in-text citations of an `Article`.

The article's text is one spaCy `Doc` run through the pipeline of `nlp.py`; its
`doc.spans["mentions"]` become the `Mention` rows. Citations are read here.
"""

from __future__ import annotations

import bisect
import re

import numpy
from spacy.tokens import Doc

from .dates import YEAR_HINT
from .model import Article, Citation, Mention, Sentence, TaggedArticle
from .nlp import MENTIONS, pipeline
from .places import BODY_END
from .rules import PLACE_LABELS
from .tokens import TEXT

CITATION = re.compile(
    r"\(([^()]*?(?:19|20)\d{2}[a-z]?(?:[;,:][^()]*?)?)\)"
    r"|\b([A-Z][\w'-]+(?:\s+(?:et al\.|dan|and|&)\s*(?:[A-Z][\w'-]+)?)?)"
    r"\s+\(((?:19|20)\d{2}[a-z]?)(?:[:,][^()]*)?\)"
)
CITATION_PART = re.compile(
    r"^\s*(?P<names>[^,;()]*?[A-Za-z][^,;()]*?),?\s+(?P<year>(?:19|20)\d{2}[a-z]?)"
)


def year_of_document(article: Article) -> str:
    """The year news-style dates (`Senin (17/7)`) belong to: the article's own year, else the
    latest year its text names."""
    if article.metadata.year:
        return article.metadata.year
    years = re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", article.document.text)
    return max(years, default="")


def tag_citations(text: str, sentences: list[Sentence], article: Article) -> list[Citation]:
    citations = []
    starts = [s.start for s in sentences]
    matches = list(CITATION.finditer(text, 0, article.body_end))
    pages = article.document.pages_at([m.start() for m in matches])
    for match, page in zip(matches, pages, strict=True):
        if match.group(1):
            parts = [p.strip() for p in match.group(1).split(";")]
            parts = [p for p in parts if CITATION_PART.match(p)]
        else:
            parts = [f"{match.group(2)}, {match.group(3)}"]
        sentence = sentence_at(sentences, starts, match.start())
        for part in parts:
            citations.append(
                Citation(
                    normalize_citation(part),
                    match.start(),
                    match.end(),
                    sentence.n if sentence else -1,
                    page,
                    link_reference(part, article),
                )
            )
    return citations


def normalize_citation(part: str) -> str:
    """`Name, year`, without a leading `lihat`/`see` or a page locator."""
    match = CITATION_PART.match(re.sub(r"^\s*(?:lihat|see|cf\.|bdk\.|juga|also)\s+", "", part))
    return f"{match.group('names').strip()}, {match.group('year')}" if match else part.strip()


def link_reference(part: str, article: Article) -> int | None:
    match = CITATION_PART.match(part)
    if not match:
        return None
    surname = re.split(r"\s+(?:et al|dan|and|&)\b|,", match.group("names"))[0].strip().split()[-1]
    year = match.group("year")
    for reference in article.references:
        head = reference.raw[:200]
        if surname.lower() in head.lower() and year in head:
            return reference.n
    return None


def sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    """The sentence holding `offset`; `starts` are the sentences' start offsets, in order."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None


def article_doc(article: Article, rules_folder: str | None = None) -> Doc:
    """The article's text as one tagged `Doc`; sentences never cross its paragraphs."""
    nlp = pipeline(rules_folder)
    doc = nlp.make_doc(article.document.text)
    doc.user_data[TEXT] = article.document.text
    doc.user_data[YEAR_HINT] = year_of_document(article)
    doc.user_data[BODY_END] = article.body_end
    for block in article.document.blocks:
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is not None and len(span):
            doc[span.start].is_sent_start = True
    return nlp(doc)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Each sentence's character span, read from the token arrays (`doc.sents` makes a
    `Span` per sentence, walking its tokens)."""
    if not len(doc):
        return []
    firsts = [int(i) for i in numpy.flatnonzero(doc.to_array("SENT_START") == 1)]
    if not firsts or firsts[0] != 0:
        firsts.insert(0, 0)
    idx, length = doc.to_array("IDX"), doc.to_array("LENGTH")
    lasts = [i - 1 for i in firsts[1:]] + [len(doc) - 1]
    return [
        (int(idx[first]), int(idx[last] + length[last]))
        for first, last in zip(firsts, lasts, strict=True)
    ]


def sentences_of(doc: Doc, article: Article) -> list[Sentence]:
    document = article.document
    text = document.text
    found: list[tuple[int, int, str]] = []
    for sent_start, sent_end in sentence_bounds(doc):
        raw = text[sent_start:sent_end]
        words = raw.strip()
        if words:
            start = sent_start + len(raw) - len(raw.lstrip())
            found.append((start, start + len(words), words))
    pages = document.pages_at([start for start, _, _ in found])
    sentences: list[Sentence] = []
    for (start, end, words), page in zip(found, pages, strict=True):
        section = article.section_at(start)
        sentences.append(
            Sentence(
                len(sentences),
                start,
                end,
                words,
                page,
                section.title if section else "",
                start >= article.body_end,
            )
        )
    return sentences


def tag(article: Article, rules_folder: str | None = None) -> TaggedArticle:
    """Sentences, mentions and citations of the article's text, with offsets into it."""
    doc = article_doc(article, rules_folder)
    sentences = sentences_of(doc, article)
    starts = [s.start for s in sentences]
    text = article.document.text
    mentions = []
    for span in doc.spans[MENTIONS]:
        sentence = sentence_at(sentences, starts, span.start_char)
        label = span.label_
        extra = span._  # extension lookups are slow: only the attributes the label has
        dated = label == "DATE"
        mentions.append(
            Mention(
                label,
                text[span.start_char : span.end_char],
                span.start_char,
                span.end_char,
                span.id_,
                extra.country if label in PLACE_LABELS else "",
                sentence.n if sentence else -1,
                extra.modifier if dated else "",
                extra.inferred if dated else False,
            )
        )
    citations = tag_citations(article.document.text, sentences, article)
    return TaggedArticle(article, sentences, mentions, citations)
