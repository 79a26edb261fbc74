"""Date attachment: which dates of a sentence can carry an event, and the stretch of text
(its clause, cut at coordinators between dates) whose triggers type it. Dates of documents
(a dateline, a publication stamp) and dates of steps still to come carry none."""

from __future__ import annotations

import re
from dataclasses import replace

from .event_rules import STAMP_AFTER, EventRules, roots_in
from .model import Mention, Sentence


def with_year(date: Mention, mentions: list[Mention]) -> Mention:
    """`In 1992 ... signed on September 29`: a day and month without a year take the year
    the sentence states, where it states one."""
    if not date.norm.startswith("XXXX-") or date.inferred:
        return date
    years = {m.norm[:4] for m in mentions if m.label == "DATE" and m.norm[:4].isdigit()}
    return replace(date, norm=years.pop() + date.norm[4:]) if len(years) == 1 else date


def eventish(date: Mention, sentence: Sentence, rules: EventRules) -> bool:
    """Dates that can carry an event: not decades, centuries, recurrences or study periods."""
    value = date.norm
    if date.label != "DATE" or value.startswith("XXXX") or len(value.split("/")[0]) < 4:
        return False
    digits = re.search(r"\d", date.text)
    before = (
        sentence.text[: date.start - sentence.start] + date.text[: digits.start() if digits else 0]
    )
    if rules.restated.search(before) or stamped(date, sentence, rules):
        return False
    return not ("/" in value and rules.study_period.search(before[-40:]))


def stamped(date: Mention, sentence: Sentence, rules: EventRules) -> bool:
    """`02 Agustus 2015 12:50 WIB`, `Kompas.com - 04/11/2016, 12:39 WIB`, `Posted 12 May
    2019`: a date stamped on the item (a clock time right after it, a publication word
    before it) dates the document, not a step of the partnership."""
    offset = date.start - sentence.start
    before = sentence.text[max(0, offset - 30) : offset]
    after = sentence.text[date.end - sentence.start :][:20]
    return bool(rules.stamp_before.search(before) or STAMP_AFTER.match(after))


def clause_around(
    sentence: Sentence, start: int, end: int, clause_break: re.Pattern
) -> tuple[int, int]:
    """Character span (in the article) of the clause holding [start, end)."""
    text, base = sentence.text, sentence.start
    cuts = [0, *(m.end() for m in clause_break.finditer(text)), len(text)]
    left = max(c for c in cuts if c <= start - base)
    right = min((c for c in cuts if c >= end - base), default=len(text))
    return base + left, base + right


def between_dates(
    text: str, clause: tuple[int, int], date: Mention, dates: list[Mention], rules: EventRules
) -> tuple[int, int]:
    """A clause that holds other dates is cut at the coordinator between them (`Sejak 2019
    ... menjalin kerja sama | dan berakhir pada November 2022`): each date its own predicate."""
    start, end = clause
    for other in dates:
        if start <= other.start and other.end <= date.start:
            cuts = list(rules.coordinator.finditer(text, other.end, date.start))
            start = max(start, cuts[-1].start()) if cuts else start
        elif date.end <= other.start and other.end <= end:
            cut = rules.coordinator.search(text, date.end, other.start)
            end = min(end, cut.start()) if cut else end
    return start, end


def announced(text: str, start: int, end: int, date: Mention, rules: EventRules) -> bool:
    """`17 Agustus kali ini ..., tujuh pejabat Gimje akan berkunjung`: nothing happened before
    the date in its clause, and the step told after it is still to come."""
    before = text[start : date.start]
    if any(t.found_in(before, roots_in(before, rules)) for t in rules.all_triggers):
        return False
    return planned(text[date.end : end], rules)


def planned(before: str, rules: EventRules) -> bool:
    """`akan ditandatangani pada ...`: the clause announces the dated step, it did not happen.
    Only the words after the last relative word count (`yang akan ditandatangani` is planned;
    `akan diperkuat, yang ditandatangani pada 1984` is not)."""
    relatives = list(rules.relative.finditer(before))
    if relatives:
        before = before[relatives[-1].end() :]
    return rules.planned.found_in(before, roots_in(before, rules)) or plan_named(before, rules)


def plan_named(before: str, rules: EventRules) -> bool:
    """`Rencana kunjungan balasan tahun 2016`, `Target penandatanganan MoU pada 2017`: a step
    named as a plan by a noun, with nothing done told before the noun (`menyepakati rencana
    kerja sama pada Oktober 2021` agreed on the plan: that agreeing happened)."""
    noun = rules.plan_nouns.search(before)
    if noun is None:
        return False
    head = before[: noun.start()]
    return not any(t.found_in(head, roots_in(head, rules)) for t in rules.all_triggers)
