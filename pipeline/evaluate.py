"""Score a run's tables against gold YAML files (the format of `../shared/gold/`).

Partnerships match on their unordered city pair; events on pair, type and date. Gold
`optional_events` are neither required nor counted against a run that finds them.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .review import REJECTED
from .store import text_path
from .wer import clean_reference, word_error_rate

SEED_HEADER_PREFIXES = ("*Roby Rakhmadi-",)
SEED_HEADER_LINES = ("Busan dan Medan-Gwangju*",)


@dataclass
class Score:
    name: str
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (
            f"{self.name:13} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.true_positive} fp={self.false_positive} fn={self.false_negative})"
        )


def read_table(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def kept_rows(path: Path) -> list[dict]:
    """A reviewed table's rows without those a researcher rejected."""
    return [row for row in read_table(path) if row.get("review") != REJECTED]


def load_gold(folder: Path, key: str = "events") -> dict[str, dict]:
    """The gold files of `folder` that hold `key`: `events` for partnership gold,
    `body_probes` for the gold of real PDFs."""
    gold = {}
    for path in sorted(Path(folder).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and key in data:
            gold[data.get("document", path.stem)] = data
    return gold


def pair(cities) -> frozenset:
    return frozenset(c.strip().lower() for c in cities)


def score_partnerships(gold: dict, rows: list[dict]) -> Score:
    score = Score("partnerships")
    for doc_id, data in gold.items():
        wanted = {pair(p["cities"]) for p in data.get("partnerships", [])}
        found = {pair([r["city_a"], r["city_b"]]) for r in rows if r["doc_id"] == doc_id}
        score.true_positive += len(wanted & found)
        score.missed += [f"{doc_id}: {' – '.join(sorted(p))}" for p in wanted - found]
        score.extra += [f"{doc_id}: {' – '.join(sorted(p))}" for p in found - wanted]
    score.false_negative, score.false_positive = len(score.missed), len(score.extra)
    return score


def score_sectors(gold: dict, rows: list[dict]) -> Score:
    """Sectors of the partnerships gold lists sectors for, matched per partnership."""
    score = Score("sectors")
    for doc_id, data in gold.items():
        for partnership in data.get("partnerships", []):
            if "sectors" not in partnership:
                continue
            key = pair(partnership["cities"])
            wanted = set(partnership["sectors"])
            found = {
                s
                for r in rows
                if r["doc_id"] == doc_id and pair([r["city_a"], r["city_b"]]) == key
                for s in r["sectors"].split(";")
                if s
            }
            label = f"{doc_id}: {' – '.join(sorted(key))}"
            score.true_positive += len(wanted & found)
            score.missed += [f"{label} {s}" for s in sorted(wanted - found)]
            score.extra += [f"{label} {s}" for s in sorted(found - wanted)]
    score.false_negative, score.false_positive = len(score.missed), len(score.extra)
    return score


def event_key(cities, kind: str, date) -> tuple:
    return (pair(cities), kind, str(date) if date is not None else None)


def score_events(gold: dict, rows: list[dict]) -> Score:
    score = Score("events")
    for doc_id, data in gold.items():
        wanted = {event_key(e["cities"], e["type"], e["date"]): e for e in data.get("events", [])}
        optional = {
            event_key(e["cities"], e["type"], e.get("date"))
            for e in data.get("optional_events", [])
        }
        found = {
            event_key([r["city_a"], r["city_b"]], r["type"], r["date"]): r
            for r in rows
            if r["doc_id"] == doc_id
        }
        for key, event in wanted.items():
            if key in found:
                score.true_positive += 1
            else:
                score.missed.append(f"{doc_id}: {describe(key)} — {event.get('evidence', '')[:90]}")
        for key, row in found.items():
            undated_optional = (key[0], key[1], None) in optional
            if key not in wanted and key not in optional and not undated_optional:
                score.extra.append(
                    f"{doc_id}: {describe(key)} p.{row['page']} — {row['evidence'][:90]}"
                )
    score.false_negative, score.false_positive = len(score.missed), len(score.extra)
    return score


def describe(key: tuple) -> str:
    cities, kind, date = key
    return f"{' – '.join(sorted(cities))} {kind} {date}"


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def split_list(value: str) -> list[str]:
    return [normalize(v) for v in value.split(";") if v.strip()] if value else []


def metadata_checks(gold: dict, out: Path) -> list[tuple[str, str, bool, str]]:
    """Exact checks (after whitespace normalization) of the article anatomy."""
    if not (out / "documents.csv").exists():
        return []
    documents = {r["doc_id"]: r for r in read_table(out / "documents.csv")}
    sections = read_table(out / "sections.csv")
    references = read_table(out / "references.csv")
    checks = []
    for doc_id, data in gold.items():
        meta = data.get("metadata") or {}
        row = documents.get(doc_id)
        if row is None or not meta:
            continue
        found = {
            "title": normalize(row["title"]),
            "authors": split_list(row["authors"]),
            "emails": split_list(row["emails"]),
            "keywords_en": split_list(row["keywords_en"]),
            "keywords_id": split_list(row["keywords_id"]),
            "sections": [
                normalize(s["title"])
                for s in sections
                if s["doc_id"] == doc_id and s["level"] == "1"
            ],
            "references": sum(r["doc_id"] == doc_id for r in references),
        }
        if "title_id" in meta:
            found["title_id"] = normalize(row["title_second"])
        for name, value in found.items():
            if name not in meta:
                continue
            expected = meta[name]
            expected = (
                [normalize(v) for v in expected]
                if isinstance(expected, list)
                else (expected if isinstance(expected, int) else normalize(expected))
            )
            checks.append(
                (doc_id, name, value == expected, "" if value == expected else f"got {value!r}")
            )
    return checks


def word_error_rates(out: Path, seeds: Path) -> dict[str, float]:
    rates = {}
    for seed in sorted(Path(seeds).glob("*.txt")):
        text_file = text_path(out, seed.stem)
        if text_file.exists():
            reference = clean_reference(
                seed.read_text(encoding="utf-8"), SEED_HEADER_PREFIXES, SEED_HEADER_LINES
            )
            rates[seed.stem] = word_error_rate(text_file.read_text(encoding="utf-8"), reference)
    return rates


def foreign_places(out: Path) -> dict[str, Counter]:
    """Each document's foreign cities and provinces (`Seattle (US)`) with their counts: the
    list to read for a false place (an author, a company, a word taken for a city)."""
    found: dict[str, Counter] = {}
    for row in read_table(out / "mentions.csv"):
        if row["label"] in ("CITY", "PROVINCE") and row["country"] not in ("", "ID"):
            found.setdefault(row["doc_id"], Counter())[f"{row['norm']} ({row['country']})"] += 1
    return found


def foreign_place_lines(out: Path) -> list[str]:
    found = foreign_places(out)
    documents = len(read_table(out / "documents.csv"))
    total = sum(sum(c.values()) for c in found.values())
    lines = [f"foreign places {total} mentions in {len(found)} of {documents} documents"]
    for doc_id, places in sorted(found.items()):
        names = ", ".join(f"{name} x{n}" for name, n in places.most_common())
        lines.append(f"  {doc_id}: {names}")
    return lines


@dataclass
class PageChecks:
    """How a run reads real PDFs against their gold (`../shared/real-gold/`): front matter,
    furniture left in the text, and phrases that cross a line or column break."""

    title: list[bool] = field(default_factory=list)
    authors: list[bool] = field(default_factory=list)
    year: list[bool] = field(default_factory=list)
    references: list[bool] = field(default_factory=list)
    probes: list[bool] = field(default_factory=list)
    furniture_left: int = 0
    failures: list[str] = field(default_factory=list)

    def lines(self, documents: int) -> list[str]:
        def share(name: str, results: list[bool]) -> str:
            return f"{name} {sum(results)}/{len(results)}"

        parts = [
            share("titles", self.title),
            share("authors", self.authors),
            share("years", self.year),
            share("reference counts", self.references),
            share("body probes intact", self.probes),
        ]
        head = f"real PDFs      {documents} documents: " + ", ".join(parts)
        head += f"; furniture strings left {self.furniture_left}"
        return [head] + [f"  FAIL {f}" for f in self.failures]


def page_checks(gold: dict[str, dict], out: Path) -> PageChecks:
    """Titles exact, authors as sets, years where printed, reference counts exact; each
    probe found in the text as written (spaces normalized); each furniture string counted
    wherever it is left in the text."""
    documents = {r["doc_id"]: r for r in read_table(out / "documents.csv")}
    references = Counter(r["doc_id"] for r in read_table(out / "references.csv"))
    checks = PageChecks()
    for doc_id, data in sorted(gold.items()):
        row = documents.get(doc_id)
        text_file = text_path(out, doc_id)
        if row is None or not text_file.exists():
            continue
        meta = data.get("metadata") or {}

        def check(name: str, results: list[bool], expected, found, doc_id=doc_id) -> None:
            results.append(expected == found)
            if expected != found:
                checks.failures.append(f"{doc_id}: {name} {found!r}, gold {expected!r}")

        if meta.get("title"):
            check("title", checks.title, normalize(meta["title"]), normalize(row["title"]))
        if "authors" in meta:
            expected = {normalize(a) for a in meta["authors"]}
            check("authors", checks.authors, expected, set(split_list(row["authors"])))
        if meta.get("year"):
            check("year", checks.year, str(meta["year"]), row["year"])
        if "references" in meta:
            check("references", checks.references, meta["references"], references[doc_id])
        text = normalize(text_file.read_text(encoding="utf-8"))
        for probe in data.get("body_probes") or []:
            intact = normalize(probe) in text
            checks.probes.append(intact)
            if not intact:
                checks.failures.append(f"{doc_id}: probe broken: {probe!r}")
        for string in data.get("furniture") or []:
            left = text.count(normalize(string))
            checks.furniture_left += left
            if left:
                checks.failures.append(f"{doc_id}: furniture left x{left}: {string!r}")
    return checks


def report(gold_dir: Path, out: Path, seeds: Path | None = None) -> tuple[str, Score, Score]:
    """The evaluation report as text, and the two scores, over the gold documents this run
    read (a scanned subset is scored on its own documents). Gold without partnerships and
    events (front matter only) is scored by its metadata checks alone."""
    gold = load_gold(gold_dir)
    run = {row["doc_id"] for row in read_table(out / "documents.csv")}
    gold = {doc_id: data for doc_id, data in gold.items() if doc_id in run}
    found_partnerships = kept_rows(out / "partnerships.csv")
    partnerships = score_partnerships(gold, found_partnerships)
    events = score_events(gold, kept_rows(out / "events.csv"))
    sectors = score_sectors(gold, found_partnerships)
    lines = [f"Scored {len(gold)} documents of the run against partnership gold in {gold_dir}"]
    if gold:
        lines += [partnerships.line(), events.line(), sectors.line()]
    for score in (partnerships, events, sectors):
        lines += [f"  missed {score.name}: {m}" for m in score.missed]
        lines += [f"  extra  {score.name}: {m}" for m in score.extra]
    lines += foreign_place_lines(out)
    checks = metadata_checks(gold, out)
    if checks:
        passed = sum(ok for _, _, ok, _ in checks)
        lines.append(f"metadata      {passed}/{len(checks)} checks pass")
        lines += [f"  FAIL {doc}: {name} {detail}" for doc, name, ok, detail in checks if not ok]
    page_gold = {
        doc_id: data for doc_id, data in load_gold(gold_dir, "body_probes").items() if doc_id in run
    }
    if page_gold:
        lines += page_checks(page_gold, out).lines(len(page_gold))
    if seeds:
        for doc_id, rate in word_error_rates(out, seeds).items():
            lines.append(f"WER           {doc_id}: {rate * 100:.2f}%")
    return "\n".join(lines), partnerships, events
