"""Events stage on texts written for Kembar: partnerships, event types and dates, context."""

from __future__ import annotations

import shutil

from pipeline.events import events
from pipeline.rules import rules_dir
from pipeline.structure import plain_text_article
from pipeline.tag import tag


def findings(text: str):
    return events(tag(plain_text_article(text)))


def event_rows(text: str) -> list[tuple]:
    return [(e.city_a, e.city_b, e.type, e.date) for e in findings(text).events]


def test_each_clause_gets_its_own_event_type_and_date():
    text = (
        "Kerja sama Kota Semarang dengan Brisbane dimulai dengan penjajakan pada tahun 2001, "
        "dilanjutkan persetujuan DPRD Kota Semarang pada 4 Maret 2003, dan diresmikan melalui "
        "penandatanganan MoU pada 12 Juni 2003 di Brisbane."
    )
    assert event_rows(text) == [
        ("Semarang", "Brisbane", "proposal", "2001"),
        ("Semarang", "Brisbane", "legislative", "2003-03-04"),
        ("Semarang", "Brisbane", "mou_signed", "2003-06-12"),
    ]


def test_sentences_without_city_names_belong_to_the_partnership_in_context():
    text = (
        "Kota Makassar menjalin kerja sama sister city dengan Kota Kaohsiung.\n\n"
        "Kedua kota menandatangani Letter of Intent pada 5 Agustus 2015. Nota kesepahaman "
        "kemudian ditandatangani pada 9 Mei 2016. Sejak tahun 2017 program pertukaran pelajar "
        "berjalan setiap tahun."
    )
    result = findings(text)
    assert [
        (p.city_a, p.country_a, p.city_b, p.country_b, p.kind) for p in result.partnerships
    ] == [("Makassar", "ID", "Kaohsiung", "TW", "sister_city")]
    assert [(e.type, e.date) for e in result.events] == [
        ("loi_signed", "2015-08-05"),
        ("mou_signed", "2016-05-09"),
        ("activity", "2017"),
    ]
    assert result.partnerships[0].first_date == "2015-08-05"


def test_a_comparison_of_two_partnerships_does_not_invent_cross_pairs():
    text = (
        "Artikel ini membandingkan kerja sama Bandung-Suwon dan Malang-Kyoto.\n\n"
        "Kerja sama kota kembar antara Bandung dengan Suwon dan Malang dengan Kyoto "
        "sama-sama berfokus pada pendidikan."
    )
    pairs = {(p.city_a, p.city_b) for p in findings(text).partnerships}
    assert pairs == {("Bandung", "Suwon"), ("Malang", "Kyoto")}


def test_history_citation_study_period_and_theory_dates_are_not_events():
    text = (
        "Kerja sama sister city Kota Surabaya dengan Kota Liverpool dikaji untuk periode "
        "2015–2020. Surabaya dikenal lewat pertempuran 10 November 1945. Konsep paradiplomasi "
        "muncul pada tahun 1980-an (Duchacek, 1984). Kedua kota menandatangani MoU pada "
        "18 April 2016."
    )
    assert event_rows(text) == [("Surabaya", "Liverpool", "mou_signed", "2016-04-18")]


def test_renewal_and_suspension():
    text = (
        "Kerja sama sister province Provinsi Jawa Timur dan Prefektur Osaka diperpanjang pada "
        "tahun 2012. Program pertukaran sempat vakum pada tahun 2020 akibat pandemi."
    )
    assert event_rows(text) == [
        ("Jawa Timur", "Osaka", "renewed", "2012"),
        ("Jawa Timur", "Osaka", "suspended", "2020"),
    ]


def test_an_english_news_item():
    text = (
        "The city of Bandung and the city of Hamamatsu have been sister cities since 2003. "
        "On December 1st 2010 the mayors of Bandung and Hamamatsu signed a Memorandum of "
        "Understanding on environmental cooperation."
    )
    result = findings(text)
    assert [(e.city_a, e.city_b, e.type, e.date) for e in result.events] == [
        ("Bandung", "Hamamatsu", "mou_signed", "2010-12-01")
    ]
    assert result.events[0].sectors == ["environment"]


def test_an_event_keeps_its_sentence_page_and_citations():
    text = (
        "Kota Medan bekerja sama dengan Kota Ichikawa sejak lama. Kedua kota menandatangani "
        "perjanjian kerja sama pada 18 Februari 1989 (Daulay, 2019)."
    )
    event = findings(text).events[0]
    assert (event.type, event.date, event.page) == ("agreement_signed", "1989-02-18", 1)
    assert event.evidence == (
        "Kedua kota menandatangani perjanjian kerja sama pada 18 Februari 1989 (Daulay, 2019)."
    )
    assert event.cites == ["Daulay, 2019"]


def test_partnerships_and_events_of_short_news_style_paragraphs():
    text = (
        "Pemprov DKI Jakarta menjalin kerja sama sister province dengan Negara Bagian New South "
        "Wales yang ditandatangani pada 1994.\n\n"
        "Pemerintah Provinsi Jawa Barat dan Provinsi Chungcheongnam-do sepakat memperpanjang "
        "kerja sama pada 12 Oktober 2015.\n\n"
        "Kabupaten Banyuwangi menjajaki kerja sama dengan Kota Yokohama pada pertengahan 2019, "
        "namun rencana itu tertunda karena pandemi pada Maret 2020.\n\n"
        "The City of Yogyakarta and Kyoto City signed a friendship city agreement on 16 July 1985."
    )
    result = findings(text)
    assert {
        (p.city_a, p.country_a, p.city_b, p.country_b, p.kind) for p in result.partnerships
    } == {
        ("Jakarta", "ID", "New South Wales", "AU", "sister_province"),
        ("Jawa Barat", "ID", "Chungcheongnam-do", "KR", "cooperation"),
        ("Banyuwangi", "ID", "Yokohama", "JP", "cooperation"),
        ("Yogyakarta", "ID", "Kyoto", "JP", "friendship_city"),
    }
    assert {(e.city_b, e.type, e.date) for e in result.events} == {
        ("New South Wales", "mou_signed", "1994"),  # the tie signed: its memorandum
        ("Chungcheongnam-do", "renewed", "2015-10-12"),
        ("Yokohama", "proposal", "2019"),
        ("Yokohama", "suspended", "2020-03"),
        ("Kyoto", "agreement_signed", "1985-07-16"),
    }


def test_regencies_spelling_variants_and_a_clause_opened_by_setelah():
    text = (
        "Penandatanganan Memorandum of Understanding (MoU) antara Pemerintah Kabupaten Badung "
        "dan Kota Bordeaux dilakukan pada 28 Pebruari 2019, setelah DPRD Badung menyetujui "
        "rancangan kerja sama pada 11 Januari 2019.\n\n"
        "Hubungan Kota Bogor dengan Kota Saint-Louis di Amerika Serikat dibekukan sejak akhir 2021."
    )
    assert sorted(event_rows(text)) == [
        ("Badung", "Bordeaux", "legislative", "2019-01-11"),
        ("Badung", "Bordeaux", "mou_signed", "2019-02-28"),
        ("Bogor", "St. Louis", "suspended", "2021"),
    ]


def test_agreement_by_consent_a_meeting_and_an_english_establishment():
    text = (
        "The sister city relationship between Bandung and Braunschweig was established on "
        "24 October 1960.\n\n"
        "Pertemuan kedua wali kota di Tokyo pada 7 Desember 2012 membahas perluasan kerja sama "
        "Surabaya–Kitakyushu ke bidang pengelolaan sampah.\n\n"
        "Kota Padang dan Hildesheim bersepakat menjadi kota kembar pada 1988."
    )
    # a sister-city tie established or agreed is its founding memorandum
    assert sorted(event_rows(text)) == [
        ("Bandung", "Braunschweig", "mou_signed", "1960-10-24"),
        ("Padang", "Hildesheim", "mou_signed", "1988"),
        ("Surabaya", "Kitakyushu", "activity", "2012-12-07"),
    ]


def test_one_event_keeps_every_sentence_that_reports_it():
    text = (
        "Kota Surabaya dan Kota Gaziantep menandatangani MoU pada 2021 (Abidin, 2020).\n\n"
        "Penandatanganan MoU Surabaya–Gaziantep berlangsung pada 27 April 2021 secara daring "
        "(Zakawaly, 2023). Kedua kota menandatangani MoU pada 27 April 2021 di Surabaya."
    )
    events = findings(text).events
    assert [(e.type, e.date) for e in events] == [("mou_signed", "2021-04-27")]
    assert events[0].evidence.split(" | ") == [
        "Penandatanganan MoU Surabaya–Gaziantep berlangsung pada 27 April 2021 secara daring "
        "(Zakawaly, 2023).",
        "Kedua kota menandatangani MoU pada 27 April 2021 di Surabaya.",
        "Kota Surabaya dan Kota Gaziantep menandatangani MoU pada 2021 (Abidin, 2020).",
    ]
    assert events[0].cites == ["Zakawaly, 2023", "Abidin, 2020"]


def pairs_of(text: str) -> list[tuple[str, str, str]]:
    return [(p.city_a, p.city_b, p.kind) for p in findings(text).partnerships]


def test_a_province_locating_its_city_is_not_a_second_partner():
    text = "Kota Surabaya menjalin sister city dengan Kitakyushu, Fukuoka sejak 1997."
    assert pairs_of(text) == [("Surabaya", "Kitakyushu", "sister_city")]


def test_a_venue_or_the_destination_of_a_visit_is_not_a_partner():
    assert pairs_of("Wali Kota Bandung menandatangani kerja sama dengan Kota Suwon di Seoul.") == [
        ("Bandung", "Suwon", "cooperation")
    ]
    text = "Delegasi Fukuoka mengunjungi Surabaya untuk menjajaki kerja sama dengan Kota Bandung."
    assert pairs_of(text) == [("Bandung", "Fukuoka", "cooperation")]


def test_partners_listed_in_a_sentence_of_their_own_belong_to_the_one_indonesian_side():
    text = (
        "Kota Medan aktif menjalin kerja sama sister city.\n\n"
        "Mitra kota itu antara lain Ichikawa (1989), Gwangju (1997) dan Chengdu (2008)."
    )
    assert pairs_of(text) == [
        ("Medan", "Ichikawa", "cooperation"),
        ("Medan", "Gwangju", "cooperation"),
        ("Medan", "Chengdu", "cooperation"),
    ]


def test_domestic_pairs_and_a_ministry_with_a_city_are_not_partnerships():
    assert pairs_of("Kerja sama sister city Kota Malang dengan Kota Surakarta dibahas.") == []
    assert pairs_of("Kementerian Luar Negeri Jepang mendukung kerja sama Kota Bogor.") == []


def test_english_possessive_and_prefecture_forms_pair_the_two_governments():
    assert pairs_of("Surabaya's sister city Seattle hosted the delegation in 1992.") == [
        ("Surabaya", "Seattle", "sister_city")
    ]
    assert pairs_of("The City of Malang and Shiga Prefecture signed a friendship agreement.") == [
        ("Malang", "Shiga", "cooperation")
    ]


PARTNERSHIP = "Kota Bogor menjalin kerja sama sister city dengan Kota Saint Louis.\n\n"


def test_trigger_roots_catch_every_affixed_form():
    for sentence, kind in [
        ("Nota kesepahaman diteken pada 5 Mei 2014.", "mou_signed"),
        ("Penandatanganan nota kesepahaman berlangsung pada 5 Mei 2014.", "mou_signed"),
        ("Perjanjian itu diperpanjang pada 2019.", "renewed"),
        ("Kedua kota sepakat memperbarui perjanjian pada 2019.", "renewed"),
        ("Program itu sempat tertunda pada 2020.", "suspended"),
        ("Kedua kota menjajaki kerja sama pada 2008.", "proposal"),
        ("Penjajakan dimulai pada 2008.", "proposal"),
    ]:
        assert event_rows(PARTNERSHIP + sentence)[0][2] == kind, sentence


def test_a_root_given_with_se_is_no_trigger():
    text = PARTNERSHIP + "Jalan sepanjang satu kilometer itu diresmikan pada 2009."
    assert [row[2] for row in event_rows(text)] == ["activity"]


def test_planned_steps_are_not_events():
    for sentence in [
        "Nota kesepahaman akan ditandatangani pada 5 Mei 2024.",
        "Rencananya MoU ditandatangani pada Juni 2024.",
        "Penandatanganan dijadwalkan pada Juni 2024.",
        "The two mayors will sign the agreement in June 2024.",
    ]:
        assert event_rows(PARTNERSHIP + sentence) == [], sentence


def test_a_trigger_root_added_to_copied_rules_works_in_all_its_forms(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(rules_dir(), rules)
    path = rules / "events.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    roots: [ratifikasi]", "    roots: [ratifikasi, sah]"))
    for sentence in [
        "Kerja sama itu disahkan pada 3 Maret 2010.",
        "DPR kota mengesahkannya pada 3 Maret 2010.",
        "Pengesahan kerja sama itu jatuh pada 3 Maret 2010.",
    ]:
        article = tag(plain_text_article(PARTNERSHIP + sentence))
        assert [(e.type, e.date) for e in events(article).events] == [], sentence
        found = events(article, rules_folder=str(rules)).events
        assert [(e.type, e.date) for e in found] == [("legislative", "2010-03-03")], sentence


def test_a_denied_trigger_gives_no_event_of_its_type():
    text = PARTNERSHIP + "Perjanjian itu berakhir pada 2015 tanpa ada usaha perpanjangan."
    assert event_rows(text) == [("Bogor", "St. Louis", "suspended", "2015")]
    text = PARTNERSHIP + "Pada 2015 kerja sama itu tanpa ada usaha perpanjangan."
    assert event_rows(text) == []
    text = PARTNERSHIP + "Perjanjian itu terhenti pada 2015 dan tidak diperpanjang."
    assert event_rows(text) == [("Bogor", "St. Louis", "suspended", "2015")]


def test_a_document_said_to_have_taken_place_was_signed():
    text = PARTNERSHIP + "Letter of Intent kedua kota sudah dilakukan pada September 2015."
    assert event_rows(text) == [("Bogor", "St. Louis", "loi_signed", "2015-09")]


def test_agreeing_to_explore_a_sister_city_tie_is_a_proposal():
    text = PARTNERSHIP + "Kedua kota sepakat menjajaki kerja sama sister city pada April 2011."
    assert event_rows(text) == [("Bogor", "St. Louis", "proposal", "2011-04")]


def test_an_english_agreement_that_started_in_a_year_was_signed_then():
    text = PARTNERSHIP + "Their cooperation agreement started in 1986, a city report says."
    assert event_rows(text) == [("Bogor", "St. Louis", "agreement_signed", "1986")]


def test_a_sentence_about_two_partners_gives_each_its_event():
    text = (
        "Pemkot Solo memperbarui kerja sama dengan dua kota kembar, Xian dan Zhuhai.\n\n"
        "Sebelumnya, Letter of Intent sudah dilakukan pada September 2015."
    )
    assert sorted(event_rows(text)) == [
        ("Surakarta", "Xi'an", "loi_signed", "2015-09"),
        ("Surakarta", "Zhuhai", "loi_signed", "2015-09"),
    ]


def test_dates_listed_with_partners_go_to_their_own_partner():
    text = (
        "Kota Bandung menandatangani MoU sister city dengan Kota Hamamatsu pada 2003 "
        "dan dengan Kota Braunschweig pada 1960."
    )
    assert sorted(event_rows(text)) == [
        ("Bandung", "Braunschweig", "mou_signed", "1960"),
        ("Bandung", "Hamamatsu", "mou_signed", "2003"),
    ]


def test_a_day_without_its_year_takes_the_year_of_its_sentence():
    text = (
        "In 1992, the city governments of Surabaya and Seattle signed a Memorandum of "
        "Understanding on September 29."
    )
    assert event_rows(text) == [("Surabaya", "Seattle", "mou_signed", "1992-09-29")]


def test_a_council_is_an_approval_only_with_its_act():
    text = PARTNERSHIP + "Wali kota dan anggota DPRD berkunjung ke Saint Louis pada 22 Juli 2023."
    assert event_rows(text) == [("Bogor", "St. Louis", "activity", "2023-07-22")]
    text = PARTNERSHIP + "DPRD Kota Bogor menyetujui kerja sama itu pada 5 Mei 2022."
    assert event_rows(text) == [("Bogor", "St. Louis", "legislative", "2022-05-05")]


def test_visits_before_anything_is_signed_explore_the_tie():
    text = (
        "Kota Batu menjajaki kerja sama dengan Kota Tula.\n\n"
        "Delegasi Kota Batu berkunjung ke Tula pada 3 Juni 2021."
    )
    assert event_rows(text) == [("Batu", "Tula", "proposal", "2021-06-03")]
    text = (
        "Delegasi Kota Bogor berkunjung ke Saint Louis pada Maret 2009. Kota Bogor dan Kota "
        "Saint Louis menandatangani Letter of Intent pada April 2010. Delegasi Saint Louis "
        "berkunjung ke Bogor pada Mei 2011."
    )
    assert event_rows(text) == [
        ("Bogor", "St. Louis", "proposal", "2009-03"),
        ("Bogor", "St. Louis", "loi_signed", "2010-04"),
        ("Bogor", "St. Louis", "activity", "2011-05"),
    ]


def test_the_study_s_own_period_is_no_event():
    text = PARTNERSHIP + (
        "Penelitian ini membahas program pertukaran yang dilakukan Kota Bogor dengan Saint "
        "Louis pada tahun 2010-2014."
    )
    assert event_rows(text) == []


def test_a_found_thing_is_no_meeting():
    text = PARTNERSHIP + "Pada tahun 2012 ditemukan arsip kerja sama Kota Bogor."
    assert event_rows(text) == []


def test_years_listed_in_parentheses_are_each_an_event():
    text = PARTNERSHIP + (
        "Saint Louis mengirim delegasi tiga kali (2004, 2006, 2009), dan Bogor sekali pada 2005."
    )
    assert event_rows(text) == [
        ("Bogor", "St. Louis", "activity", "2004"),
        ("Bogor", "St. Louis", "activity", "2005"),
        ("Bogor", "St. Louis", "activity", "2006"),
        ("Bogor", "St. Louis", "activity", "2009"),
    ]


def test_a_signing_told_right_after_the_day_it_was_spoken_of():
    text = PARTNERSHIP + (
        "Kedua kota punya sejarah panjang, kata Wali Kota Bogor, Senin 7 Januari 2019. "
        "Program itu ditandai dengan penandatanganan nota kesepahaman kedua wali kota."
    )
    assert event_rows(text) == [("Bogor", "St. Louis", "mou_signed", "2019-01-07")]


def test_each_of_two_dates_takes_its_own_predicate():
    text = PARTNERSHIP + "Sejak 2012 kedua kota bekerja sama dan berakhir pada November 2020."
    assert event_rows(text) == [("Bogor", "St. Louis", "suspended", "2020-11")]
    text = PARTNERSHIP + "Kedua kota menandatangani LoI pada 3 Mei 2012 dan MoU pada 5 Juni 2014."
    assert event_rows(text) == [
        ("Bogor", "St. Louis", "loi_signed", "2012-05-03"),
        ("Bogor", "St. Louis", "mou_signed", "2014-06-05"),
    ]


def test_a_step_to_come_is_no_event_wherever_its_date_stands():
    text = PARTNERSHIP + "Pada 17 Agustus nanti, tujuh pejabat Saint Louis akan berkunjung."
    assert event_rows(text) == []
    text = PARTNERSHIP + (
        "Pertukaran itu akan memperkuat hubungan sister city, yang ditandatangani pada 1998."
    )
    assert event_rows(text) == [("Bogor", "St. Louis", "mou_signed", "1998")]


def test_a_document_signed_before_and_handed_over_now_is_the_handing_over():
    text = PARTNERSHIP + (
        "Konsul menyerahkan MoU yang sudah ditandatangani Wali Kota Bogor pada pertemuan "
        "dengan Wali Kota Saint Louis pada Rabu (15/11/2023)."
    )
    assert event_rows(text) == [("Bogor", "St. Louis", "activity", "2023-11-15")]
    text = PARTNERSHIP + "Nota kesepahaman yang telah ditandatangani pada 5 Mei 2014 berlaku."
    assert event_rows(text) == [("Bogor", "St. Louis", "mou_signed", "2014-05-05")]


def test_english_foundings_told_with_other_verbs_are_signings():
    assert event_rows("Bandung became a sister city of Braunschweig in 1960.") == [
        ("Bandung", "Braunschweig", "mou_signed", "1960")
    ]
    assert event_rows(
        "In 1994, Bandung and Braunschweig entered into a sister city agreement."
    ) == [("Bandung", "Braunschweig", "agreement_signed", "1994")]


def test_becoming_something_else_is_no_founding():
    assert event_rows("Bandung became the largest trade partner of Braunschweig in 2010.") == []


def test_a_joint_declaration_signed_is_an_agreement_not_a_memorandum():
    text = (
        "Gubernur Jawa Barat dan Gubernur South Australia menandatangani Joint Declaration "
        "sister province pada 1997."
    )
    assert event_rows(text) == [("Jawa Barat", "South Australia", "agreement_signed", "1997")]
