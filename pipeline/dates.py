"""Dates in Indonesian and English text, normalized to TIMEX3-style values at the precision
the text gives: `2019-12-11`, `2019-12`, `2019`, `198` (1980s), `18` (19th century),
`XXXX-07` (every July), `start/end` for ranges. Nothing is invented: a month without a day
stays a month.

The vocabulary (months, old spellings, modifiers, cues, law words) is `rules/dates.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .rules import alternation, load_yaml

YEAR = r"(?:1[5-9]|20)\d{2}"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


@dataclass
class DateSpan:
    start: int
    end: int
    value: str
    modifier: str = ""
    inferred: bool = False
    label: str = "DATE"


class DateGrammar:
    """Regular expressions compiled from the date vocabulary, most specific first."""

    def __init__(self, rules: dict):
        self.month_number = {
            name: int(number) for number, names in rules["months"].items() for name in names
        }
        m = rf"(?:{alternation(list(self.month_number))})\.?"
        conn = rf"\s*(?:{alternation(rules['range_connectors'])})\s*"
        mod_words = [w for ws in rules["modifiers"].values() for w in ws]
        self.modifier_of = {w: k for k, ws in rules["modifiers"].items() for w in ws}
        mod = rf"(?P<mod>{alternation(mod_words)})\s+(?:(?:tahun|bulan|of)\s+)?"
        cue = alternation(rules["year_cues"])
        weekday = alternation(rules["weekdays"])
        law = alternation(rules["law_words"])
        glue = r"(?:\s+(?:pada\s+)?(?:tahun\s+)?|,\s*)"
        b = r"(?<![\w/.-])"
        e = r"(?![\w/-]|\.\d)"
        self.law = re.compile(
            rf"\b(?:{law})\s+(?:(?:No\.?|Nomor|Number|Nomer)\s*)?\d+[A-Za-z]?\s*(?:[Tt]ahun|/|of)\s*{YEAR}\b"
        )
        patterns = [
            (
                "range_full",
                rf"{b}(?P<d1>{DAY})\s+(?P<m1>{m})\s+(?P<y1>{YEAR}){conn}(?P<d2>{DAY})\s+(?P<m2>{m}){glue}(?P<y2>{YEAR}){e}",
            ),
            (
                "range_days",
                rf"{b}(?P<d1>{DAY}){conn}(?P<d2>{DAY})\s+(?P<m>{m}){glue}(?P<y>{YEAR}){e}",
            ),
            (
                "range_day_month",
                rf"{b}(?P<d1>{DAY})\s+(?P<m1>{m}){conn}(?P<d2>{DAY})\s+(?P<m2>{m}){glue}(?P<y>{YEAR}){e}",
            ),
            ("range_months", rf"{b}(?P<m1>{m}){conn}(?P<m2>{m}){glue}(?P<y>{YEAR}){e}"),
            (
                "day_month_year",
                rf"{b}(?:(?:{weekday}),?\s+)?(?P<d>{DAY})\s+(?P<m>{m}){glue}(?P<y>{YEAR}){e}",
            ),
            ("month_day_year", rf"{b}(?P<m>{m})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR}){e}"),
            ("numeric", rf"{b}(?P<d>{DAY})[/.-](?P<m>0?[1-9]|1[0-2])[/.-](?P<y>{YEAR}){e}"),
            ("iso", rf"{b}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]){e}"),
            ("news", rf"\b(?:{weekday})\s*\((?P<d>{DAY})/(?P<m>0?[1-9]|1[0-2])\)"),
            (
                "century",
                rf"\b(?:{alternation(rules['century_words'])})\s+(?:ke-?\s*)?(?P<c>\d{{1,2}}|[IVXL]+)\b",
            ),
            (
                "decade",
                rf"(?:\b(?:{alternation(rules['decade_cues'])})\s+)?{b}(?P<dec>(?:1[5-9]|20)?\d0)(?:-an|an|'?s)\b",
            ),
            ("year_range", rf"\b(?:{cue})\s+(?P<y1>{YEAR}){conn}(?P<y2>{YEAR}){e}"),
            (
                "recurring",
                rf"\b(?:{alternation(rules['recurring_cues'])})\s+(?:bulan\s+)?(?P<m>{m}){e}",
            ),
            ("month_year", rf"{b}(?P<m>{m}){glue}(?P<y>{YEAR}){e}"),
            ("cued_year", rf"\b(?:{cue})\s+(?P<y>{YEAR}){e}"),
            ("named_year", rf"\b[A-Z][a-z]+\s(?P<y>{YEAR}){e}"),
        ]
        self.modifier_start = re.compile(mod, re.I)
        self.modifier_prefix = re.compile(rf"\b{mod}$", re.I)
        self.patterns = [
            (name, re.compile(p, re.I if name != "named_year" else 0)) for name, p in patterns
        ]

    def month(self, text: str) -> int:
        return self.month_number[text.lower().rstrip(".")]


@lru_cache(maxsize=4)
def grammar(rules_folder: str | None = None) -> DateGrammar:
    return DateGrammar(load_yaml("dates.yaml", rules_folder))


def day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def ymd(y: str, m: int | None = None, d: int | None = None) -> str:
    value = y
    if m:
        value += f"-{m:02d}"
    if d:
        value += f"-{d:02d}"
    return value


def roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=False):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


def value_of(kind: str, g: dict, grammar: DateGrammar, year_hint: str) -> tuple[str, bool]:
    """The normalized value of one match, and whether a part of it was inferred."""
    month = grammar.month
    if kind == "range_full":
        a = ymd(g["y1"], month(g["m1"]), day(g["d1"]))
        return f"{a}/{ymd(g['y2'], month(g['m2']), day(g['d2']))}", False
    if kind == "range_days":
        m = month(g["m"])
        return f"{ymd(g['y'], m, day(g['d1']))}/{ymd(g['y'], m, day(g['d2']))}", False
    if kind == "range_day_month":
        a = ymd(g["y"], month(g["m1"]), day(g["d1"]))
        return f"{a}/{ymd(g['y'], month(g['m2']), day(g['d2']))}", False
    if kind == "range_months":
        return f"{ymd(g['y'], month(g['m1']))}/{ymd(g['y'], month(g['m2']))}", False
    if kind in ("day_month_year", "month_day_year"):
        return ymd(g["y"], month(g["m"]), day(g["d"])), False
    if kind in ("numeric", "iso"):
        return ymd(g["y"], int(g["m"]), day(g["d"])), False
    if kind == "news":
        return ymd(year_hint or "XXXX", int(g["m"]), day(g["d"])), True
    if kind == "century":
        number = int(g["c"]) if g["c"].isdigit() else roman(g["c"].upper())
        return f"{number - 1:02d}", False
    if kind == "decade":
        digits = g["dec"]
        if len(digits) == 2:
            digits = ("19" if int(digits) >= 30 else "20") + digits
        return digits[:3], False
    if kind == "year_range":
        return f"{g['y1']}/{g['y2']}", False
    if kind == "recurring":
        return f"XXXX-{month(g['m']):02d}", False
    if kind == "month_year":
        return ymd(g["y"], month(g["m"])), False
    return g["y"], False


def find_dates(text: str, year_hint: str = "", rules_folder: str | None = None) -> list[DateSpan]:
    """Every date and law reference in `text`, without overlaps, longest and most specific first."""
    g = grammar(rules_folder)
    taken: list[tuple[int, int]] = []
    spans: list[DateSpan] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in g.law.finditer(text):
        taken.append(match.span())
        spans.append(DateSpan(match.start(), match.end(), match.group(0), label="LAW"))
    for kind, pattern in g.patterns:
        for match in pattern.finditer(text):
            start, end = match.span("y") if kind == "named_year" else match.span()
            if not free(start, end) or in_citation(text, start, end):
                continue
            value, inferred = value_of(kind, match.groupdict(), g, year_hint)
            if re.search(r"[A-Za-z]\.$", text[start:end]):
                end -= 1  # the sentence's period, not part of the date
            inside = g.modifier_start.match(text, start, end)
            prefix = g.modifier_prefix.search(text[max(0, start - 25) : start])
            modifier = (
                g.modifier_of[(inside or prefix).group("mod").lower()] if inside or prefix else ""
            )
            taken.append((start, end))
            spans.append(DateSpan(start, end, value, modifier, inferred))
    return sorted(spans, key=lambda s: s.start)


CITATION = re.compile(r"\([^()]*?\b(?:19|20)\d{2}[a-z]?(?:[;,:][^()]*)?\)")


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
