"""report.html: charts and tables built from the run's tables, checked in headless Chromium."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import sample_folder

from pipeline.report import Period, period_of, sector_matrix
from pipeline.runner import run


@pytest.mark.parametrize(
    ("norm", "expected"),
    [
        ("1960", Period(1960, 1961)),
        ("2013-03", Period(2013 + 2 / 12, 2013 + 3 / 12)),
        ("2011-02-02", Period(2011 + 1 / 12 + 1 / (12 * 28), 2011 + 1 / 12 + 1 / (12 * 28))),
        ("2019/2021", Period(2019, 2022)),
        ("198", None),
        ("18", None),
        ("XXXX-07", None),
    ],
)
def test_a_date_is_placed_at_its_own_precision(norm, expected):
    assert period_of(norm) == expected


def test_the_sector_matrix_counts_documents_per_partnership_and_sector():
    rows = pd.DataFrame(
        [
            {"city_a": "Medan", "city_b": "Gwangju", "sectors": "culture;education"},
            {"city_a": "Medan", "city_b": "Gwangju", "sectors": "education"},
            {"city_a": "Bogor", "city_b": "St. Louis", "sectors": ""},
        ]
    )
    matrix = sector_matrix(rows)
    assert matrix.to_dict("records") == [
        {"partnership": "Medan – Gwangju", "culture": 1, "education": 2}
    ]


def test_the_report_shows_timelines_events_sectors_and_documents_in_chromium(tmp_path, browser):
    from selenium.webdriver.common.by import By

    folder = sample_folder(tmp_path)
    (folder / "broken.pdf").write_text("an HTML page saved under a PDF name")
    out = tmp_path / "out"
    run(folder, out, workers=1)
    events = pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False)
    per_document = pd.read_csv(out / "partnerships.csv", dtype=str, keep_default_na=False)

    browser.set_window_size(1280, 900)
    browser.get((out / "report.html").as_uri())
    assert browser.title == "Kembar report"
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0

    figures = browser.find_elements(By.CSS_SELECTOR, "figure.timeline")
    captions = [f.find_element(By.TAG_NAME, "figcaption").text for f in figures]
    assert [c.split(" (")[0] for c in captions] == [
        "Bandung – Braunschweig",
        "Bandung – Petaling Jaya",
        "Jawa Tengah – Queensland",
        "Surabaya – Gaziantep",
    ]
    for figure in figures:
        chart = figure.find_element(By.CSS_SELECTOR, "svg.timeline-chart")
        assert chart.size["width"] > 800 and chart.size["height"] > 50
    marks = browser.find_elements(By.CSS_SELECTOR, "svg.timeline-chart g.event")
    assert len(marks) == len(events) == 15
    assert {m.get_attribute("data-type") for m in marks} == set(events["type"])

    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    assert len(rows) == 15
    assert any("Braunschweig" in r.text and "1960-10-24" in r.text for r in rows)

    cells = browser.find_elements(By.CSS_SELECTOR, "table.matrix td.cell")
    named = sum(len([s for s in cell.split(";") if s]) for cell in per_document["sectors"])
    assert sum(int(c.get_attribute("data-count")) for c in cells) == named > 0

    documents = browser.find_elements(By.CSS_SELECTOR, "table.documents tbody tr")
    assert len(documents) == 4
    errors = browser.find_elements(By.CSS_SELECTOR, "table.documents tr.error")
    assert len(errors) == 1 and "broken" in errors[0].text

    height = browser.execute_script("return document.body.scrollHeight")
    browser.set_window_size(1280, height)
    screenshot = tmp_path / "report.png"
    assert browser.save_screenshot(str(screenshot))
    assert (
        screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 20_000
    )
