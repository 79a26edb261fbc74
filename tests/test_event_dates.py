"""Date attachment on sentences written for Kembar: which dates can carry an event."""

from __future__ import annotations

from pipeline.events import events
from pipeline.structure import plain_text_article
from pipeline.tag import tag


def event_rows(text: str) -> list[tuple]:
    found = events(tag(plain_text_article(text))).events
    return [(e.city_a, e.city_b, e.type, e.date) for e in found]


def test_a_date_stamped_with_a_clock_time_dates_the_item_not_a_step():
    text = (
        "Redaksi Warta 14 Maret 2018 09:15 WIB Wali Kota Medan dan Wali Kota Gwangju "
        "bertukar cendera mata dalam kerja sama sister city."
    )
    assert event_rows(text) == []


def test_a_date_with_a_time_given_by_pukul_is_the_steps_own():
    text = (
        "Wali Kota Medan dan Wali Kota Gwangju menandatangani MoU sister city pada "
        "14 Maret 2018 pukul 09.15 WIB."
    )
    assert event_rows(text) == [("Medan", "Gwangju", "mou_signed", "2018-03-14")]


def test_a_date_after_a_publication_word_is_no_event():
    text = (
        "Diperbarui: Rabu, 14 Maret 2018. Delegasi Kota Medan berkunjung ke Gwangju dalam "
        "rangka kerja sama sister city kedua kota."
    )
    assert event_rows(text) == []


def test_a_step_named_as_a_plan_by_a_noun_is_no_event():
    text = (
        "Kerja sama sister city Kota Medan dengan Kota Gwangju terus berjalan. Rencana "
        "kunjungan balasan delegasi Gwangju ke Medan tahun 2019 dibahas kedua pihak."
    )
    assert event_rows(text) == []


def test_agreeing_on_a_plan_is_a_step_that_happened():
    text = (
        "Wali Kota Medan menyepakati rencana kerja sama sister city dengan Kota Gwangju "
        "pada Oktober 2021."
    )
    assert event_rows(text) == [("Medan", "Gwangju", "proposal", "2021-10")]


def test_an_english_expectation_is_no_event():
    text = "Medan and Gwangju are expected to sign a sister city agreement in 2017."
    assert event_rows(text) == []
