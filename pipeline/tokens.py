"""The tokenizer every stage shares: spaCy's blank Indonesian pipeline with affix rules
written for Latin-script text.

spaCy's own rules cover every script and all currency and unit symbols; searched on every
word, they cost most of the tagging time. These keep what Indonesian articles need, and
split a dash between numbers (`2019–2021`, `14-16`) so date patterns see its parts. A final
period stays on mixed-case words in spaCy's rules (`MoU.`, `LoI.`); here it is split off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import spacy
from spacy.attrs import IDS, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

LETTER = r"[^\W\d_]"
LOWER = "a-zß-öø-ÿ"
UPPER = "A-ZÀ-ÖØ-Þ"
PREFIX = re.compile(
    r"""^(?:[(\[{<«‹„“‘"'¿¡§%=*+#&_,:;!?·]|\.\.+|…|[–—](?!\d)"""
    r"""|(?:Rp|IDR|USD|US\$|S\$|[$€£¥₩])(?=\d))"""
)
SUFFIX = re.compile(
    r"""(?:[)\]}>»›”’"'…%,:;!?_*&·]|\.\.+|['’][sS]|-[Nn]ya|-[KkMm]u|[-–—]"""
    r"""|(?<=\d)(?:km|cm|mm|kg|ha|m|jt|rb)"""
    rf"""|(?<=[\d%²\-+{LOWER})\]"'”’])\.|(?<=[{UPPER}][{UPPER}])\.|(?<=[{LOWER}][{UPPER}])\."""
    rf"""|(?<=[{UPPER}][{LOWER}][{UPPER}])\.)$"""
)
INFIX = re.compile(
    r"""…|\.\.\.+|(?<=\d)[+\-*^–—/\\](?=[\d-])"""
    rf"""|(?<=[{LOWER}"'”’])\.(?=[{UPPER}"'“‘])|(?<={LETTER}),(?={LETTER})"""
    rf"""|(?<={LETTER})(?:--+|—|–|~)(?={LETTER})|(?<=[^\W_])[:<>=/](?={LETTER})"""
    rf"""|(?<=\d)%(?=[^\W_])|(?<={LETTER})-(?=\d)|(?<=\d)-(?={LETTER})|(?<={LETTER})[/-](?={LETTER})"""
)
HYPHENATED = re.compile(rf"{LETTER}*(?:[-–—]{LETTER}*)+")
# the word attributes the rules, the code and spaCy's own components read (the date patterns'
# LOWER and SHAPE, the places' IS_ALPHA, IS_UPPER and IS_TITLE, the sentencizer's IS_PUNCT,
# spans' IS_SPACE); spaCy computes some fifteen more for every word it meets for the first
# time, a good part of the cost of a first reading
LEXICAL_ATTRIBUTES = (
    "LOWER",
    "NORM",
    "SHAPE",
    "IS_ALPHA",
    "IS_UPPER",
    "IS_TITLE",
    "IS_PUNCT",
    "IS_SPACE",
)
CACHED_WORDS = 200_000
TEXT = "kembar.text"  # doc.user_data: the Doc's text, which `doc.text` joins anew on each call


def blank_pipeline() -> spacy.language.Language:
    """Tokenizer and sentencizer; nothing statistical, nothing downloaded."""
    nlp = spacy.blank("id")
    kept = {IDS[name] for name in LEXICAL_ATTRIBUTES}
    getters = nlp.vocab.lex_attr_getters
    for attribute in [a for a in getters if a not in kept]:
        del getters[attribute]
    nlp.tokenizer.prefix_search = PREFIX.search
    nlp.tokenizer.suffix_search = SUFFIX.search
    nlp.tokenizer.infix_finditer = INFIX.finditer
    keep_whole(nlp.tokenizer, kept_whole(nlp.tokenizer.rules))
    nlp.tokenizer.max_cache_size = CACHED_WORDS
    nlp.add_pipe("sentencizer")
    return nlp


def kept_whole(rules: dict[str, list[dict]]) -> frozenset[str]:
    """The special cases that only keep a word of letters and hyphens whole (`kota-kota`,
    `masing-masing`) or a dash as it is (`-`, `–`).

    spaCy stops caching a text's words once a special case was used in it (any hyphen was
    one), so after an article's first hyphen every word was split into affixes again on
    every later article. Matched as whole tokens instead, these give the same tokens
    without that. Abbreviations and emoticons (`dll.`, `8)`) stay special cases: spaCy also
    joins them back after splitting a word, which a whole-token match does not do.
    """
    return frozenset(
        orth
        for orth, tokens in rules.items()
        if len(tokens) == 1
        and tokens[0] in ({ORTH: orth}, {"ORTH": orth})
        and HYPHENATED.fullmatch(orth)
    )


class WholeTokens:
    """The tokenizer's `token_match`: strings kept as one token wherever they stand."""

    def __init__(self, strings: frozenset[str]):
        self.strings = strings

    def __call__(self, string: str) -> bool:
        return string in self.strings


def keep_whole(tokenizer: Tokenizer, strings: Iterable[str]) -> None:
    """Keep `strings` as one token each, by `token_match` rather than as special cases
    (see `kept_whole`)."""
    strings = frozenset(strings)
    known = tokenizer.token_match
    tokenizer.rules = {o: t for o, t in tokenizer.rules.items() if o not in strings}
    tokenizer.token_match = WholeTokens(
        strings | (known.strings if isinstance(known, WholeTokens) else frozenset())
    )


def forget_cached_words(nlp: spacy.language.Language) -> None:
    """Empty the tokenizer's word cache, after tokenizing word lists (the gazetteer's 50,000
    place names) that would otherwise fill it and leave no room for the articles' words."""
    nlp.tokenizer.infix_finditer = nlp.tokenizer.infix_finditer


def text_of(doc: Doc) -> str:
    """The Doc's text, joined from its tokens once and kept in `doc.user_data`."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text
