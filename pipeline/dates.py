"""Dates in Indonesian and English text, normalized to TIMEX3-style values at the precision
the text gives: `2019-12-11`, `2019-12`, `2019`, `198` (1980s), `18` (19th century),
`XXXX-07` (every July), `start/end` for ranges. Nothing is invented: a month without a day
stays a month.

Candidates are found by spaCy Matcher patterns and the vocabulary in `rules/dates.yaml`
(month names and spellings, connectors, cues); each match is then read from its tokens.
Law and regulation numbers (`UU Nomor 32 Tahun 2004`) are their own label, LAW.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy
import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .rules import alternation, load_rules
from .tokens import blank_pipeline, keep_whole, text_of

# A date reaches this many tokens before the first number or month name it holds (`pada
# awal tahun 2020`), and at most this many after (a range of two full dates).
WINDOW_BEFORE, WINDOW_AFTER = 4, 18
YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)")
YEAR_LIST = re.compile(
    r"\(\s*(?:1[5-9]|20)\d{2}(?:\s*[,;]\s*(?:(?:dan|and|&)\s+)?(?:1[5-9]|20)\d{2})+\s*\)"
)
CITED_BEFORE = re.compile(r"(?:[A-Z][\w'-]+|et al\.?)\s*$")  # `Wendt (1999, 2003)`
CITATION = re.compile(r"\([^()]*?\b(?:19|20)\d{2}[a-z]?(?:[;,:][^()]*)?\)")


@dataclass
class DateSpan:
    start: int
    end: int
    value: str
    modifier: str = ""
    inferred: bool = False
    label: str = "DATE"


def token_classes(rules: dict, months: list[str]) -> dict[str, list[dict]]:
    """Each class of `rules/dates.yaml`'s patterns as Matcher token specs (`months`: every
    spelling of a month name, with and without its abbreviation period)."""
    connectors = [c.lower() for c in rules["range_connectors"]]
    return {
        "DAY": [{"LOWER": {"REGEX": r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"}}],
        "NUM": [{"TEXT": {"REGEX": r"^(?:0?[1-9]|1[0-2])$"}}],
        "MM": [{"SHAPE": "dd"}],
        "DD": [{"SHAPE": "dd"}],
        "YEAR": [{"SHAPE": "dddd"}],
        "MONTH": [
            {"LOWER": {"IN": months}},
            {"ORTH": ".", "OP": "?"},
        ],
        "CONN": [{"LOWER": {"IN": connectors}}, {"LOWER": "dengan", "OP": "?"}],
        "BOTH": [{"LOWER": {"IN": [j.lower() for j in rules.get("month_joiners", [])]}}],
        "CUE": [{"LOWER": {"IN": [c.lower() for c in rules["year_cues"]]}}],
        "TAHUN": [{"LOWER": "tahun"}],
        "BULAN": [{"LOWER": "bulan"}],
        "GLUE": [{"ORTH": ",", "OP": "?"}, {"LOWER": "pada", "OP": "?"}, {"LOWER": "tahun"}],
        "COMMA": [{"ORTH": ","}],
        "WEEKDAY": [
            {"LOWER": {"IN": [w for day in rules["weekdays"] for w in day]}},
            {"ORTH": ",", "OP": "?"},
        ],
        "SEP": [{"ORTH": {"IN": ["/", "-", "."]}}],
        "SLASH": [{"ORTH": "/"}],
        "DASH": [{"ORTH": {"IN": ["-", "–"]}}],
        "OPEN": [{"ORTH": "("}],
        "CLOSE": [{"ORTH": ")"}],
        "RECUR": [{"LOWER": {"IN": rules["recurring_cues"]}}],
        "CENTURY": [{"LOWER": {"IN": rules["century_words"]}}],
        "KE": [{"LOWER": "ke"}],
        "ROMAN_OR_NUM": [{"TEXT": {"REGEX": r"^(?:\d{1,2}|[IVXL]+)$"}}],
        "ORDINAL": [{"LOWER": {"REGEX": r"^\d{1,2}(?:st|nd|rd|th)$"}}],
        "DECADE_CUE": [{"LOWER": {"IN": rules["decade_cues"]}}],
        "DECADE": [{"TEXT": {"REGEX": r"^(?:1[5-9]|20)?\d0$"}}],
        "AN": [{"LOWER": {"IN": ["an", "s"]}}],
        "DECADE_WORD": [{"TEXT": {"REGEX": r"^(?:(?:1[5-9]|20)\d0|\d0)(?:-?an|'?s)$"}}],
        "NUMERIC_WORD": [{"TEXT": {"REGEX": r"^\d{1,2}\.\d{1,2}\.\d{4}$"}}],
        "CAPITALIZED": [{"IS_TITLE": True, "IS_ALPHA": True, "IS_SENT_START": False}],
        "OF": [{"LOWER": "of"}],
        "PART_OF": [{"LOWER": {"IN": ["beginning", "start", "middle", "end"]}}, {"LOWER": "of"}],
    }


def flagged(spec: dict, vocab: Vocab, flags: dict[str, int]) -> dict:
    """A set or regex test (`{"LOWER": {"IN": [...]}}`) as a flag on the vocabulary's words:
    computed once per word, where the Matcher would run it again on every token."""
    tests = {attr: test for attr, test in spec.items() if isinstance(test, dict)}
    if not tests:
        return dict(spec)
    ((attr, test),) = tests.items()
    key = f"{attr}:{sorted(test.items())}"
    if key not in flags:
        flags[key] = vocab.add_flag(word_test(attr, test))
    rest = {a: v for a, v in spec.items() if a != attr}
    return {flags[key]: True, **rest}


def word_test(attr: str, test: dict):
    words = {w.lower() if attr == "LOWER" else w for w in test.get("IN", [])}
    pattern = re.compile(test["REGEX"]) if "REGEX" in test else None

    def check(word: str) -> bool:
        form = word.lower() if attr == "LOWER" else word
        return bool(pattern.search(form)) if pattern else form in words

    return check


def matcher_pattern(
    sequence: str, classes: dict[str, list[dict]], vocab: Vocab, flags: dict[str, int]
) -> list[dict]:
    tokens = []
    for name in sequence.split():
        optional = name.endswith("?")
        for spec in classes[name.rstrip("?")]:
            token = flagged(spec, vocab, flags)
            tokens.append({**token, "OP": "?"} if optional else token)
    return tokens


class DateRules:
    """The Matcher built from `rules/dates.yaml`, and the vocabulary that reads its matches."""

    def __init__(self, rules: dict, nlp: spacy.language.Language):
        self.month_number = {
            name: int(number) for number, names in rules["months"].items() for name in names
        }
        self.weekday_of = {w: i for i, day in enumerate(rules["weekdays"]) for w in day}
        self.connectors = {c.lower() for c in rules["range_connectors"]}
        self.month_joiners = {j.lower() for j in rules.get("month_joiners", [])}
        # `s/d`, `s.d.` stay one token
        keep_whole(nlp.tokenizer, [c for c in self.connectors if not c.isalpha()])
        # `Des.` may be one token, so each name is also listed with its period
        months = [*self.month_number, *(f"{m}." for m in self.month_number)]
        classes = token_classes(rules, months)
        words = {*months, *rules["century_words"]}
        self.anchor = nlp.vocab.add_flag(
            lambda word: word.lower() in words or any(c.isdigit() for c in word)
        )
        self.rank = {kind: i for i, kind in enumerate(rules["patterns"])}
        self.matcher = Matcher(nlp.vocab, validate=False)  # flags are not in its schema
        flags: dict[str, int] = {}
        for kind, sequences in rules["patterns"].items():
            patterns = [matcher_pattern(s, classes, nlp.vocab, flags) for s in sequences]
            self.matcher.add(kind, patterns)
        mod_words = [w for ws in rules["modifiers"].values() for w in ws]
        self.modifier_of = {w: k for k, ws in rules["modifiers"].items() for w in ws}
        mod = rf"(?P<mod>{alternation(mod_words)})\s+(?:(?:tahun|bulan|of)\s+)?"
        self.modifier_start = re.compile(mod, re.I)
        self.modifier_prefix = re.compile(rf"\b{mod}$", re.I)
        law = alternation(rules["law_words"])
        self.law = re.compile(
            rf"\b(?:{law})\s+(?:(?:No\.?|Nomor|Number|Nomer)\s*)?\d+[A-Za-z]?\s*(?:[Tt]ahun|/|of)"
            r"\s*(?:1[5-9]|20)\d{2}\b"
        )

    def month(self, text: str) -> int:
        return self.month_number.get(text.lower().rstrip("."), 0)


@lru_cache(maxsize=4)
def date_rules(nlp: spacy.language.Language, rules_folder: str | None = None) -> DateRules:
    return DateRules(load_rules(rules_folder).dates, nlp)


@lru_cache(maxsize=1)
def standalone_pipeline() -> spacy.language.Language:
    return blank_pipeline()


def ymd(year: int, month: int = 0, day: int = 0) -> str:
    value = f"{year:04d}"
    if month:
        value += f"-{month:02d}"
    if day:
        value += f"-{day:02d}"
    return value


def roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=False):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


def number(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


@dataclass
class DateParts:
    """Year, month and day of one side of a date, any of them possibly missing."""

    year: int = 0
    month: int = 0
    day: int = 0

    def valid(self) -> bool:
        return (
            (not self.year or 1500 <= self.year <= 2099)
            and self.month <= 12
            and self.day <= 31
            and (self.year or self.month)
        )


def named_parts(tokens: list[str], rules: DateRules) -> DateParts:
    """Parts from month names and numbers: a 4-digit number is the year, a shorter one the day."""
    parts = DateParts()
    for token in tokens:
        if rules.month(token):
            parts.month = rules.month(token)
        elif re.fullmatch(r"\d{4}", token):
            parts.year = int(token)
        elif re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", token, re.I):
            parts.day = number(token)
    return parts


def split_range(tokens: list[str], rules: DateRules) -> tuple[list[str], list[str]]:
    """The two sides of a range at its connector (the first one after a date part)."""
    seen_part = False
    for i, token in enumerate(tokens):
        if seen_part and token.lower() in rules.connectors | rules.month_joiners:
            rest = tokens[i + 1 :]
            if rest and rest[0].lower() == "dengan":
                rest = rest[1:]
            return tokens[:i], rest
        seen_part = seen_part or bool(rules.month(token) or token[:1].isdigit())
    return [], tokens


def numeric_reading(first: int, second: int, year: int, weekday: int | None) -> DateParts:
    """Day first (10/09/2017 is 10 September), unless the weekday the text gives falls on the
    month-first reading only (`Monday (10/09/2017)`: October 9)."""
    day_first = DateParts(year, second, first)
    month_first = DateParts(year, first, second)
    if weekday is None:
        return day_first
    on_weekday = [p for p in (day_first, month_first) if weekday_on(p) == weekday]
    return on_weekday[0] if len(on_weekday) == 1 else day_first


def weekday_on(parts: DateParts) -> int | None:
    """Monday 0 to Sunday 6; None where the parts are no calendar day."""
    try:
        return date(parts.year, parts.month, parts.day).weekday()
    except ValueError:
        return None


def value_of(kind: str, tokens: list[str], rules: DateRules, year_hint: str) -> tuple[str, bool]:
    """The normalized value of one match (empty when it is not a date), and whether a part of
    it was inferred."""
    numbers = [t for t in tokens if t[:1].isdigit()]
    if kind == "numeric":
        written = "".join(t for t in tokens if t[:1].isdigit() or t in ("/", ".", "-"))
        day, month, year = (int(p) for p in re.split(r"[/.-]", written) if p)
        weekday = next(
            (rules.weekday_of[t.lower()] for t in tokens if t.lower() in rules.weekday_of), None
        )
        parts = [numeric_reading(day, month, year, weekday)]
    elif kind == "iso":
        year, month, day = (int(n) for n in numbers)
        parts = [DateParts(year, month, day)]
    elif kind == "news":
        day, month = (int(n) for n in numbers)
        if not DateParts(int(year_hint or 2000), month, day).valid():
            return "", False
        return f"{year_hint or 'XXXX'}-{month:02d}-{day:02d}", True
    elif kind == "century":
        word = tokens[0] if tokens[0][:1].isdigit() else tokens[-1]  # 19th century, abad XIX
        century = number(word) if word[:1].isdigit() else roman(word.upper())
        return (f"{century - 1:02d}", False) if 1 <= century <= 21 else ("", False)
    elif kind == "decade":
        digits = re.match(r"\d+", numbers[0]).group(0)
        if len(digits) == 2:
            digits = ("19" if int(digits) >= 30 else "20") + digits
        return digits[:3], False
    elif kind == "recurring":
        return f"XXXX-{max(rules.month(t) for t in tokens):02d}", False
    elif kind == "yearless":
        parts = named_parts(tokens, rules)
        valid = DateParts(2000, parts.month, parts.day).valid() and parts.day
        return (f"XXXX-{parts.month:02d}-{parts.day:02d}", False) if valid else ("", False)
    else:
        left, right = split_range(tokens, rules)
        end = named_parts(right, rules)
        start = named_parts(left, rules) if left else None
        if start:
            start.year = start.year or end.year
            start.month = start.month or (end.month if start.day else 0)
        parts = [start, end] if start else [end]
    if not all(p.valid() for p in parts):
        return "", False
    return "/".join(ymd(p.year, p.month, p.day) for p in parts), False


def attached(text: str, start: int, end: int) -> bool:
    """Glued to a neighbour (`No.5/2019`, `2012-2016` read from its middle): not a date here."""
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    return (
        before in "/.-"
        or before.isalnum()
        or after[:1] in ("/", "-")
        or (after[:1] == "." and after[1:2].isdigit())
    )


def windows(doc: Doc, rules: DateRules) -> list[Span]:
    """The stretches of a text a date can lie in: around each number, month name or century
    word. Most words are far from any, and the Matcher's set tests cost time on every word."""
    stretches: list[list[int]] = []
    for i in numpy.flatnonzero(doc.to_array(rules.anchor)):
        start, end = max(0, int(i) - WINDOW_BEFORE), min(len(doc), int(i) + WINDOW_AFTER)
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    return [doc[start:end] for start, end in stretches]


def best_matches(doc: Doc, text: str, rules: DateRules) -> list[tuple[str, Span]]:
    """Non-overlapping matches: the longest first, then the kind listed first."""
    found = [
        (doc.vocab.strings[m], doc[window.start + s : window.start + e])
        for window in windows(doc, rules)
        for m, s, e in rules.matcher(window)
    ]
    found.sort(key=lambda f: (-len(f[1]), rules.rank[f[0]], f[1].start))
    taken: set[int] = set()
    chosen = []
    for kind, span in found:
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append((kind, span))
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda f: f[1].start)


def find_dates(text: str, year_hint: str = "", rules_folder: str | None = None) -> list[DateSpan]:
    """Every date and law reference in `text`, tokenized on its own."""
    nlp = standalone_pipeline()
    rules = date_rules(nlp, rules_folder)
    return find_in(nlp(text), text, rules, year_hint)


def find_in(doc: Doc, text: str, rules: DateRules, year_hint: str) -> list[DateSpan]:
    """Every date and law reference in `text` (tokenized as `doc`), without overlaps.
    `year_hint` is the year news-style dates (`Senin (17/7)`) belong to."""
    spans = [
        DateSpan(m.start(), m.end(), m.group(0), label="LAW") for m in rules.law.finditer(text)
    ]
    spans += listed_years(text)
    laws = [(s.start, s.end) for s in spans]
    for kind, span in best_matches(doc, text, rules):
        if kind == "named_year":
            span = span[-1:]
        start, end = span.start_char, span.end_char
        if len(span) > 1 and span[-1].text == "." and span[-2].text.isalpha():
            end = span[-2].idx + len(span[-2].text)  # the sentence's period, not part of the date
        if any(a < end and start < b for a, b in laws) or attached(text, start, end):
            continue
        if in_citation(text, start, end):
            continue
        value, inferred = value_of(kind, [t.text for t in span], rules, year_hint)
        if not value:
            continue
        inside = rules.modifier_start.match(text, start, end)
        prefix = rules.modifier_prefix.search(text[max(0, start - 25) : start])
        found = inside or prefix
        modifier = rules.modifier_of[found.group("mod").lower()] if found else ""
        spans.append(DateSpan(start, end, value, modifier, inferred))
    return sorted(spans, key=lambda s: s.start)


def listed_years(text: str) -> list[DateSpan]:
    """`delegation visits (1996, 1997, 2000)`: years listed in parentheses, each a date. A
    single year in parentheses, or years after a name, stay a citation's (`Wendt (1999)`)."""
    return [
        DateSpan(start, start + 4, text[start : start + 4])
        for match in YEAR_LIST.finditer(text)
        if not CITED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        for start in (match.start() + m.start() for m in YEAR.finditer(match.group(0)))
    ]


def in_citation(text: str, start: int, end: int) -> bool:
    """Inside an author-year citation such as (Wendt, 1999) or (Abidin, 2020; Mubyarsah, 2020)."""
    for match in CITATION.finditer(text, max(0, start - 200), min(len(text), end + 200)):
        if match.start() <= start and end <= match.end():
            inner = match.group(0)
            if re.search(r"[A-Z][\w.'-]+(?: et al\.?)?,?\s+(?:19|20)\d{2}", inner) or re.fullmatch(
                r"\((?:19|20)\d{2}[a-z]?\)", inner
            ):
                return True
    return False


YEAR_HINT = "kembar.year"  # doc.user_data: the year news-style dates belong to
SPANS_KEY = "dates"
for _name, _default in (("modifier", ""), ("inferred", False)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


class DateFinder:
    """Writes `doc.spans["dates"]`: DATE and LAW spans, the value in `span.id_`, the vague
    part in `span._.modifier`, and `span._.inferred` where the year came from the document."""

    def __init__(self, rules: DateRules):
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for found in find_in(doc, text_of(doc), self.rules, doc.user_data.get(YEAR_HINT, "")):
            span = doc.char_span(found.start, found.end, label=found.label, alignment_mode="expand")
            if span is None:
                continue
            span.id_ = found.value
            span._.modifier = found.modifier
            span._.inferred = found.inferred
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory("kembar_dates", default_config={"rules": None})
def make_dates(nlp: Language, name: str, rules: str | None) -> DateFinder:
    return DateFinder(date_rules(nlp, rules))
