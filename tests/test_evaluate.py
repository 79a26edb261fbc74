"""The scorer behind `make eval`: word error rate and gold matching."""

from __future__ import annotations

import csv

import pytest
import yaml

from pipeline.evaluate import report
from pipeline.wer import clean_reference, word_error_rate


def test_word_error_rate_counts_word_edits_over_reference_length():
    assert word_error_rate("a b c", "a x c d") == pytest.approx(2 / 4)
    assert word_error_rate("Kota kota, Medan!", "kota kota medan") == 0.0
    assert word_error_rate("kota medan", "kota besar medan") == pytest.approx(1 / 3)


def test_the_reference_loses_markdown_and_its_own_header_lines():
    markdown = (
        "# **Judul**\n*Roby Rakhmadi-Perbandingan*\n"
        "Teks [situs](http://x.id) *miring*.\nBusan dan Medan-Gwangju*\n"
    )
    cleaned = clean_reference(markdown, ("*Roby Rakhmadi-",), ("Busan dan Medan-Gwangju*",))
    assert cleaned.split() == ["Judul", "Teks", "situs", "miring."]


def write_csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_scores_list_missed_and_extra_and_ignore_optional_events(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d1.yaml").write_text(
        yaml.safe_dump(
            {
                "document": "d1",
                "partnerships": [
                    {"cities": ["Medan", "Gwangju"]},
                    {"cities": ["Medan", "Ichikawa"]},
                ],
                "events": [
                    {
                        "cities": ["Medan", "Gwangju"],
                        "type": "mou_signed",
                        "date": "1997-09-24",
                        "evidence": "MoU",
                    },
                    {
                        "cities": ["Medan", "Gwangju"],
                        "type": "activity",
                        "date": "1999",
                        "evidence": "pelajar",
                    },
                ],
                "optional_events": [
                    {"cities": ["Medan", "Gwangju"], "type": "activity", "date": "2022"}
                ],
            }
        )
    )
    out = tmp_path / "out"
    out.mkdir()
    write_csv(out / "partnerships.csv", [{"doc_id": "d1", "city_a": "Medan", "city_b": "Gwangju"}])
    for table in ("sections.csv", "references.csv"):
        write_csv(out / table, [{"doc_id": "d1"}])
    write_csv(out / "documents.csv", [{"doc_id": "d1"}, {"doc_id": "d2"}])
    mention = {"doc_id": "d1", "label": "CITY", "norm": "Gwangju", "country": "KR"}
    write_csv(
        out / "mentions.csv",
        [
            mention,
            mention,
            {**mention, "norm": "Medan", "country": "ID"},
            {**mention, "doc_id": "d2", "label": "COUNTRY", "norm": "Japan", "country": "JP"},
        ],
    )
    event = {
        "doc_id": "d1",
        "city_a": "Medan",
        "city_b": "Gwangju",
        "page": "3",
        "evidence": "teks",
    }
    write_csv(
        out / "events.csv",
        [
            {**event, "type": "mou_signed", "date": "1997-09-24"},
            {**event, "type": "activity", "date": "2022"},
            {**event, "type": "activity", "date": "1945"},
        ],
    )
    text, partnerships, events = report(gold, out)
    assert (
        partnerships.true_positive,
        partnerships.false_positive,
        partnerships.false_negative,
    ) == (1, 0, 1)
    assert (events.true_positive, events.false_positive, events.false_negative) == (1, 1, 1)
    assert events.f1 == pytest.approx(0.5)
    assert "missed events: d1: gwangju – medan activity 1999" in text
    assert "extra  events: d1: gwangju – medan activity 1945 p.3" in text
    assert "foreign places 2 mentions in 1 of 2 documents\n  d1: Gwangju (KR) x2" in text
