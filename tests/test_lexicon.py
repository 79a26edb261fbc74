"""The Indonesian lexicon: root words and stems from Sastrawi."""

from __future__ import annotations

import pytest

from pipeline.lexicon import WARM_UP_WORDS, is_derived_word, is_indonesian_word, stem


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("kunjungan", "kunjung"),
        ("kesepakatan", "sepakat"),
        ("diperpanjang", "panjang"),
        ("Busan", "busan"),
        ("Gaziantep", "gaziantep"),
        ("2019", "2019"),
    ],
)
def test_stem_gives_the_root_and_leaves_names_and_short_chance_roots(word, expected):
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kita", True),
        ("Anda", True),
        ("Urusan", True),
        ("pemerintahan daerah", True),
        ("Busan", False),
        ("Gaziantep", False),
        ("Braunschweig", False),
    ],
)
def test_indonesian_words_are_told_from_foreign_names(text, expected):
    assert is_indonesian_word(text) is expected


def test_a_derived_word_is_an_affixed_root_not_the_root_itself():
    assert is_derived_word("Perbatasan") is True
    assert is_derived_word("Badung") is False
    assert is_derived_word("Yeongdeok") is False


def test_the_shortcut_for_words_without_affixes_agrees_with_sastrawi():
    from pipeline.lexicon import MIN_ROOT, root_words, stemmer

    def sastrawi(word: str) -> str:
        root = stemmer().stem(word.lower())
        return root if len(root) >= MIN_ROOT else word.lower()

    # root words Sastrawi lists, words it does not know (a root and a foreign ending), names
    names = ["Braunschweig", "Queensland", "Gaziantep", "Gwangju", "Seattle", "Kitakyushu"]
    roots = sorted(root_words())[::5]
    words = roots + [f"{w}{end}" for w in roots for end in "osk"] + names
    assert [stem(w) for w in words] == [sastrawi(w) for w in words]


def test_a_rule_root_is_found_in_its_affixed_forms_only():
    from pipeline.lexicon import rule_root

    roots = frozenset({"jajak", "panjang", "tandatangan"})
    assert [rule_root(w, roots) for w in ["penjajakan", "dijajaki", "menandatanganinya"]] == [
        "jajak",
        "jajak",
        "tandatangan",
    ]
    assert [rule_root(w, roots) for w in ["panjang", "sepanjang", "Busan", "jaja"]] == [""] * 4


def test_the_warm_up_words_take_the_stemmer_through_prefixes_and_suffixes():
    roots = {word: stem(word) for word in WARM_UP_WORDS}
    assert all(root != word and is_derived_word(word) for word, root in roots.items())
    assert {word[:2] for word in WARM_UP_WORDS} >= {"me", "di", "ke", "pe", "be", "te"}
    assert sum(word.endswith(("kan", "an", "i", "nya", "lah")) for word in WARM_UP_WORDS) >= 15
