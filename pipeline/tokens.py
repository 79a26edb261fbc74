"""The tokenizer every stage shares: spaCy's blank Indonesian pipeline with affix rules
written for Latin-script text.

spaCy's own rules cover every script and all currency and unit symbols; searched on every
word, they cost most of the tagging time. These keep what Indonesian articles need, and
split a dash between numbers (`2019–2021`, `14-16`) so date patterns see its parts. A final
period stays on mixed-case words in spaCy's rules (`MoU.`, `LoI.`); here it is split off.
"""

from __future__ import annotations

import re

import spacy
from spacy.attrs import IDS
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
    nlp.tokenizer.max_cache_size = CACHED_WORDS
    nlp.add_pipe("sentencizer")
    return nlp


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
