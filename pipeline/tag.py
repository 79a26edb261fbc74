"""Tag stage: sentences and mentions (CITY, PROVINCE, COUNTRY, DATE, LAW, AGREEMENT, SECTOR)
and in-text citations of an `Article`.

spaCy's blank Indonesian pipeline gives tokens and sentences; PhraseMatchers built from the
gazetteer and from `rules/agreements.yaml` and `rules/sectors.yaml` find candidates; places are
then resolved with the evidence of the whole document (government forms, countries named,
whether the word is also used as a common noun).
"""

from __future__ import annotations

import bisect
import gc
import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher

from .dates import DateRules, date_rules, find_in
from .gazetteer import Place, gazetteer
from .model import Article, Citation, Mention, Sentence, TaggedArticle
from .rules import alternation, load_yaml
from .tokens import blank_pipeline, forget_cached_words

CITATION = re.compile(
    r"\(([^()]*?(?:19|20)\d{2}[a-z]?(?:[;,:][^()]*?)?)\)"
    r"|\b([A-Z][\w'-]+(?:\s+(?:et al\.|dan|and|&)\s*(?:[A-Z][\w'-]+)?)?)"
    r"\s+\(((?:19|20)\d{2}[a-z]?)(?:[:,][^()]*)?\)"
)
CITATION_PART = re.compile(
    r"^\s*(?P<names>[^,;()]*?[A-Za-z][^,;()]*?),?\s+(?P<year>(?:19|20)\d{2}[a-z]?)"
)
SMALL_CITY = 100_000


@dataclass
class Tagger:
    nlp: spacy.language.Language
    places: PhraseMatcher
    spellings: set[tuple[str, ...]]
    terms: PhraseMatcher
    gazetteer: dict[tuple[str, ...], list[Place]]
    regency: re.Pattern
    not_before: set[str]
    not_after: set[str]
    forms: list[tuple[str, re.Pattern, tuple[str, ...]]]
    dates: DateRules


@lru_cache(maxsize=2)
def tagger(rules_folder: str | None = None) -> Tagger:
    nlp = blank_pipeline()
    table = gazetteer(rules_folder)
    places = PhraseMatcher(nlp.vocab, attr="LOWER")
    spellings: set[tuple[str, ...]] = set()
    by_key: dict[tuple[str, ...], list[Place]] = {}
    forms = list(table)
    for first in range(0, len(forms), 2000):  # in batches: 50,000 Docs at once cost 250 MB
        batch = forms[first : first + 2000]
        docs = list(nlp.tokenizer.pipe(batch))
        places.add("PLACE", docs)
        for form, doc in zip(batch, docs, strict=True):
            tokens = tuple(t.text for t in doc)
            spellings.add(tokens)
            by_key.setdefault(place_key(tokens), []).extend(table[form])
    forget_cached_words(nlp)
    for candidates in by_key.values():
        candidates.sort(key=lambda p: -p.population)
    terms = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, name in (("AGREEMENT", "agreements.yaml"), ("SECTOR", "sectors.yaml")):
        for code, words in load_yaml(name, rules_folder).items():
            terms.add(f"{label}:{code}", list(nlp.tokenizer.pipe(words)))
    # the gazetteer's half a million objects live as long as the process: keep the cyclic
    # garbage collector from walking them again on every collection while PDFs are parsed
    gc.freeze()
    place_rules = load_yaml("places.yaml", rules_folder)
    forms = place_rules["government_forms"]
    context = place_rules["not_place_context"]
    return Tagger(
        nlp=nlp,
        places=places,
        spellings=spellings,
        terms=terms,
        gazetteer=by_key,
        regency=regency_pattern(place_rules["regency_forms"]),
        not_before=set(context["before"]),
        not_after=set(context["after"]),
        forms=[
            (
                label,
                re.compile(rf"(?:^|\W)(?:{alternation(forms[label])})$"),
                (*forms[f"suffix_{label}"],),
            )
            for label in ("PROVINCE", "CITY")
        ],
        dates=date_rules(nlp, rules_folder),
    )


def place_key(tokens) -> tuple[str, ...]:
    """Spelling variants share a key: case (`KOTA BANDUNG`) and hyphens (`Saint-Louis`)."""
    return tuple(token.upper() for token in tokens if token not in {"-", "–"})


def regency_pattern(forms: list[str]) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(forms)})\s+(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")


def government_form(text: str, start: int, end: int, t: Tagger) -> str:
    """CITY or PROVINCE when a government form stands right before or after the name."""
    before = text[max(0, start - 30) : start].rstrip()
    after = text[end : end + 30].lstrip()
    for label, prefixes, suffixes in t.forms:
        if prefixes.search(before) or after.startswith(suffixes):
            return label
    return ""


def spelled_as_a_place(span, t: Tagger) -> bool:
    """Case matters: `Medan` is the city, `medan` a field; a title in capitals keeps its places."""
    return tuple(tok.text for tok in span) in t.spellings or (
        span.text.isupper() and len(span.text) > 3
    )


def named_after_place(text: str, start: int, end: int, t: Tagger) -> bool:
    """King Sejong, Jalan Surabaya, Sejong Institute: a person or an institution, not a place."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    return bool(before and before[-1] in t.not_before) or bool(after and after[0] in t.not_after)


def resolve_place(
    candidates: list[Place], form: str, countries: set[str], has_evidence: bool
) -> Place | None:
    """The place a name stands for, or None when the evidence does not support any."""
    pool = [p for p in candidates if p.label == form] or candidates if form else candidates
    named = [p for p in pool if p.country in countries]
    best = (named or pool)[0]
    if best.label == "PROVINCE" and not form:
        # a province named like its capital (Chiang Mai, Fukuoka): without `Provinsi` or
        # `Prefecture` around it, a sister-city text means the city
        capital = [p for p in pool if p.label == "CITY" and p.country == best.country]
        best = capital[0] if capital else best
    if best.label == "CITY" and best.population < SMALL_CITY and not (form or named):
        return None
    if (
        not has_evidence
        and best.label != "COUNTRY"
        and not named
        and best.population < SMALL_CITY * 5
    ):
        return None
    return best


def common_words(text: str) -> set[str]:
    """Words this document also uses in lower case ("medan", "padang", "batu", "kota")."""
    return set(re.findall(r"(?<![\w.])[a-z][a-z-]+", text))


def tag_places(article: Article, t: Tagger, docs: list, offsets: list[int]) -> list[Mention]:
    text = article.document.text
    lowered = common_words(text)
    raw: list[tuple[int, int, str, list[Place], str, bool]] = []
    for doc, offset in zip(docs, offsets, strict=True):
        found = [doc[s:e] for _, s, e in t.places(doc)]
        found = [span for span in found if spelled_as_a_place(span, t)]
        for span in spacy.util.filter_spans(found):
            start, end = offset + span.start_char, offset + span.end_char
            if named_after_place(text, start, end, t):
                continue
            form = government_form(text, start, end, t)
            candidates = t.gazetteer[place_key(tok.text for tok in span)]
            raw.append((start, end, span.text, candidates, form, span[0].is_sent_start))
    countries = {r[3][0].country for r in raw if r[3][0].label == "COUNTRY"}
    evidenced = {r[2] for r in raw if r[4]}
    mentions = []
    for start, end, surface, candidates, form, sentence_start in raw:
        is_common = surface.lower() in lowered
        evidence = bool(form) or (surface in evidenced) or not (is_common or sentence_start)
        place = resolve_place(candidates, form, countries, evidence)
        if place is None or (is_common and not (form or surface in evidenced)):
            continue
        country = place.country
        mentions.append(Mention(place.label, surface, start, end, place.norm, country))
    return mentions + regencies(text, mentions, t)


def regencies(text: str, found: list[Mention], t: Tagger) -> list[Mention]:
    """`Kabupaten Badung`: a regency named by its form, when the gazetteer lacks it."""
    taken = [(m.start, m.end) for m in found]
    mentions = []
    for match in t.regency.finditer(text):
        start, end = match.span("name")
        if all(end <= a or start >= b for a, b in taken):
            mentions.append(
                Mention("CITY", match.group("name"), start, end, match.group("name"), "ID")
            )
    return mentions


def tag_terms(t: Tagger, docs: list, offsets: list[int]) -> list[Mention]:
    mentions = []
    for doc, offset in zip(docs, offsets, strict=True):
        matches = [doc[s:e] for _, s, e in t.terms(doc)]
        labels = {(s, e): t.nlp.vocab.strings[m] for m, s, e in t.terms(doc)}
        for span in spacy.util.filter_spans(matches):
            label, code = labels[(span.start, span.end)].split(":")
            start = offset + span.start_char
            mentions.append(Mention(label, span.text, start, start + len(span.text), code))
    return mentions


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
    for match in CITATION.finditer(text, 0, article.body_end):
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
                    article.document.page_at(match.start()),
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


def tag(article: Article, rules_folder: str | None = None) -> TaggedArticle:
    """Sentences, mentions and citations of the article's text, with offsets into it."""
    t = tagger(rules_folder)
    document = article.document
    blocks = document.blocks
    docs = list(t.nlp.pipe(b.text for b in blocks))
    offsets = [b.start for b in blocks]
    sentences: list[Sentence] = []
    for doc, offset in zip(docs, offsets, strict=True):
        for sent in doc.sents:
            start = offset + sent.start_char
            section = article.section_at(start)
            sentences.append(
                Sentence(
                    len(sentences),
                    start,
                    offset + sent.end_char,
                    sent.text,
                    document.page_at(start),
                    section.title if section else "",
                    start >= article.body_end,
                )
            )
    mentions = tag_places(article, t, docs, offsets) + tag_terms(t, docs, offsets)
    year = year_of_document(article)
    for block, doc in zip(blocks, docs, strict=True):
        for span in find_in(doc, block.text, t.dates, year):
            start = block.start + span.start
            mentions.append(
                Mention(
                    span.label,
                    block.text[span.start : span.end],
                    start,
                    block.start + span.end,
                    span.value,
                    "",
                    -1,
                    span.modifier,
                    span.inferred,
                )
            )
    mentions.sort(key=lambda m: (m.start, -m.end))
    starts = [s.start for s in sentences]
    for mention in mentions:
        sentence = sentence_at(sentences, starts, mention.start)
        mention.sentence = sentence.n if sentence else -1
    citations = tag_citations(document.text, sentences, article)
    return TaggedArticle(article, sentences, mentions, citations)
