"""Indonesian words and their roots, from Sastrawi (its root-word list and its stemmer).

Two questions the rules ask of a word: is it an ordinary Indonesian word (so `Kita`, `Anda`,
`Urusan` are not taken for Quito, Daqing, Ulsan without evidence), and what is its root (so
a rule that names `tanda tangan` also sees `menandatangani`, `ditandatanganinya`). Sastrawi
is a maintained stemmer of Indonesian morphology; writing affix rules by hand would redo it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

CACHED_WORDS = 200_000
MIN_ROOT = 4  # shorter "roots" are chance (`Busan` is not bus + -an, `Berlin` not ber- + lin)
# The affixes Sastrawi's confix-stripping stemmer removes, by their letters: every prefix
# it knows starts with one of these (di-, ke-, se-, ber-, ter-, meng-, peng-, ku-...), every
# suffix ends with one of these (-i, -kan, -an, -lah, -kah, -tah, -pun, -ku, -mu, -nya, and
# -is of loan words), its infixes (-el-, -em-, -er-, -in-) follow the first letter. A word with
# none is its own root, and asking the stemmer costs a foreign name dozens of dictionary
# probes. tests/test_lexicon.py checks the shortcut against Sastrawi.
PREFIX_STARTS = ("di", "ke", "se", "be", "te", "me", "pe", "ku")
SUFFIX_ENDS = ("i", "an", "lah", "kah", "tah", "pun", "ku", "mu", "nya", "is")
INFIXES = ("el", "em", "er", "in")


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's list of Indonesian root words (about 30,000)."""
    import Sastrawi

    path = Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def stemmer() -> Stemmer:
    return StemmerFactory().create_stemmer(isDev=False)


WARM_UP_WORDS = (
    "menandai dipertimbangkan keberhasilan pengembangan memperkuat bersekolah "
    "terjalin kunjungannya perdagangan diselenggarakan mempertahankan pelajaran "
    "penyelenggaraan kebudayaan menyepakati pemerintahan diresmikan tersebutlah bekerja "
    "mengunjungi pertukaran kesepakatan memberikan penelitian menyampaikan pertemuannya"
).split()
"""Affixed words that take Sastrawi's stemmer through its prefix and suffix rules, whose
regular expressions are compiled the first time a word needs them."""


def load_lexicon() -> None:
    """Read the root words, build the stemmer (its dictionary) and compile its rules now,
    with the pipeline, rather than on the first article's words."""
    root_words()
    for word in WARM_UP_WORDS:
        stemmer().stem(word)


def shaped_like_affixed(lowered: str) -> bool:
    """Whether Sastrawi could read an affix in the word: else it is its own root."""
    return (
        lowered.startswith(PREFIX_STARTS)
        or lowered.endswith(SUFFIX_ENDS)
        or lowered[1:3] in INFIXES
        or "-" in lowered
    )


@lru_cache(maxsize=CACHED_WORDS)
def stem(word: str) -> str:
    """The root of an Indonesian word (`kunjungan` -> `kunjung`); other words, and roots too
    short to be more than chance (`Busan` is not `bus`), unchanged, in lower case."""
    lowered = word.lower()
    if not lowered.isalpha() and "-" not in lowered:
        return lowered
    if not shaped_like_affixed(lowered):
        return lowered
    root = stemmer().stem(lowered)
    return root if len(root) >= MIN_ROOT else lowered


def is_indonesian_word(text: str) -> bool:
    """Every word of `text` is an Indonesian word, or a word formed on an Indonesian root."""
    roots = root_words()
    words = text.lower().split()
    return bool(words) and all(w in roots or stem(w) in roots for w in words)


def is_derived_word(word: str) -> bool:
    """An affixed form of an Indonesian root (`Termaju`, `Perbatasan`): a word, not a name."""
    root = stem(word)
    return root != word.lower() and root in root_words()


@lru_cache(maxsize=8)
def root_stemmer(roots: frozenset[str]) -> Stemmer:
    """A stemmer that knows only `roots` (the roots rules name): an affixed word is reduced to
    one of them or left alone, so a rule's root is never lost to a shorter dictionary word
    (`penjajakan` is `jajak`, where the full dictionary stops at `jaja`)."""
    return Stemmer(ArrayDictionary(sorted(roots)))


@lru_cache(maxsize=CACHED_WORDS)
def rule_root(word: str, roots: frozenset[str]) -> str:
    """The root of `roots` that `word` is an affixed form of, or "" (`diperpanjang` ->
    `panjang`; `panjang` itself is no affixed form)."""
    lowered = word.lower()
    if not shaped_like_affixed(lowered):
        return ""
    root = root_stemmer(roots).stem(lowered)
    if root not in roots or root == lowered or lowered == f"se{root}":
        return ""  # `se-` makes an adverb of the root (`sepanjang`, along), not its act
    return root


def compact_root(root: str) -> str:
    """A root as Sastrawi writes it: `tanda tangan` is `tandatangan`."""
    return root.replace(" ", "").lower()
