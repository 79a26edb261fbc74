"""Quality on the shared corpus against its gold (skipped where ../shared is absent)."""

from __future__ import annotations

import pytest

from pipeline.evaluate import load_gold, metadata_checks, report, word_error_rates
from pipeline.runner import run


@pytest.fixture(scope="module")
def text_layer_run(shared, tmp_path_factory):
    out = tmp_path_factory.mktemp("shared-text")
    run(shared / "corpus", out, workers=2)
    return out


@pytest.fixture(scope="module")
def scanned_run(shared, tesseract, tmp_path_factory):
    out = tmp_path_factory.mktemp("shared-scanned")
    run(shared / "corpus-scanned", out, workers=2)
    return out


def test_text_layer_partnerships_and_events_reach_the_target(shared, text_layer_run):
    _, partnerships, events = report(shared / "gold", text_layer_run)
    assert partnerships.f1 >= 0.9, partnerships.missed + partnerships.extra
    assert events.f1 >= 0.9, events.missed + events.extra


def test_text_layer_word_error_rate_is_under_one_percent(shared, text_layer_run):
    rates = word_error_rates(text_layer_run, shared / "seeds")
    assert len(rates) == 2
    assert max(rates.values()) <= 0.01, rates


def test_text_layer_metadata_matches_gold(shared, text_layer_run):
    failures = [c for c in metadata_checks(load_gold(shared / "gold"), text_layer_run) if not c[2]]
    assert failures == []


def test_scanned_partnerships_events_and_word_error_rate(shared, scanned_run):
    _, partnerships, events = report(shared / "gold", scanned_run)
    assert partnerships.f1 >= 0.9, partnerships.missed + partnerships.extra
    assert events.f1 >= 0.9, events.missed + events.extra
    rates = word_error_rates(scanned_run, shared / "seeds")
    assert max(rates.values()) <= 0.04, rates


def test_scanned_metadata_matches_gold(shared, scanned_run):
    failures = [c for c in metadata_checks(load_gold(shared / "gold"), scanned_run) if not c[2]]
    assert failures == []
