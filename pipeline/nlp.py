"""The tagging pipeline, built as spaCy builds its own: `spacy.blank("id")` with registered
components that write their results to `doc.spans`.

    kembar_ruler   spaCy's span ruler: place names (gazetteer) and agreement and sector
                   terms, each pattern's id its norm -> doc.spans["candidates"]
    kembar_dates   dates and law numbers (rules/dates.yaml) -> doc.spans["dates"]
    sentencizer    sentences, never across the article's paragraphs
    kembar_places  which candidate names are places -> doc.spans["places"]
    kembar_mentions  every label together, overlaps resolved once -> doc.spans["mentions"]

Every token also carries its Indonesian root as `token._.stem` (Sastrawi), for rules that
name a root and mean all its affixed forms.
"""

from __future__ import annotations

import gc
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import dates, places  # noqa: F401  (registers the kembar_dates and kembar_places factories)
from .gazetteer import gazetteer
from .lexicon import stem
from .rules import load_rules
from .tokens import blank_pipeline, forget_cached_words

CANDIDATES = "candidates"
MENTIONS = "mentions"
TERM_LABELS = ("AGREEMENT", "SECTOR")

if not Token.has_extension("stem"):
    Token.set_extension("stem", getter=lambda token: stem(token.text))


def ruler_patterns(rules_folder: str) -> list[dict]:
    """Place names with their most likely place's norm as id; terms with their code."""
    rules = load_rules(rules_folder)
    patterns = [
        {"label": "PLACE", "pattern": form, "id": candidates[0].norm}
        for form, candidates in gazetteer(rules.folder).items()
    ]
    for label, vocabulary in (("AGREEMENT", rules.agreements), ("SECTOR", rules.sectors)):
        patterns += [
            {"label": label, "pattern": word, "id": code}
            for code, words in vocabulary.items()
            for word in words
        ]
    return patterns


class MentionMerger:
    """All labels in one group, `doc.spans["mentions"]`: dates and laws first, then places,
    then terms; a span that overlaps one of an earlier kind is dropped."""

    def __call__(self, doc: Doc) -> Doc:
        terms = filter_spans([s for s in doc.spans[CANDIDATES] if s.label_ in TERM_LABELS])
        taken: set[int] = set()
        kept: list[Span] = []
        for group in (doc.spans[dates.SPANS_KEY], doc.spans[places.SPANS_KEY], terms):
            fresh = [s for s in group if taken.isdisjoint(range(s.start, s.end))]
            for span in fresh:
                taken.update(range(span.start, span.end))
            kept += fresh
        doc.spans[MENTIONS] = sorted(kept, key=lambda s: (s.start_char, -s.end_char))
        return doc


@Language.factory("kembar_mentions")
def make_mentions(nlp: Language, name: str) -> MentionMerger:
    return MentionMerger()


@lru_cache(maxsize=2)
def pipeline(rules_folder: str | None = None) -> Language:
    """The whole tagging pipeline for one rules folder, built once per process."""
    folder = load_rules(rules_folder).folder
    nlp = blank_pipeline()
    ruler = nlp.add_pipe(
        "span_ruler",
        name="kembar_ruler",
        first=True,
        config={
            "spans_key": CANDIDATES,
            "phrase_matcher_attr": "LOWER",
            "validate": False,
            "overwrite": True,
        },
    )
    ruler.add_patterns(ruler_patterns(folder))
    forget_cached_words(nlp)
    nlp.add_pipe("kembar_dates", config={"rules": folder}, after="kembar_ruler")
    nlp.add_pipe("kembar_places", config={"rules": folder, "candidates_key": CANDIDATES})
    nlp.add_pipe("kembar_mentions")
    # the gazetteer's half a million objects live as long as the process: keep the cyclic
    # garbage collector from walking them again on every collection while PDFs are parsed
    gc.freeze()
    return nlp
