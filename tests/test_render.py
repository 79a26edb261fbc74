"""The sample corpus is what its sources render to, and the renderer hyphenates like a journal."""

from __future__ import annotations

from conftest import CORPUS

from tools.render import ArticleSpec, render_article, syllable_breaks


def test_committed_sample_pdfs_are_exactly_what_their_sources_render(tmp_path):
    sources = sorted((CORPUS / "src").glob("*.yaml"))
    assert len(sources) >= 3
    for source in sources:
        article = ArticleSpec.from_yaml(source)
        fresh = render_article(article, tmp_path / f"{article.doc_id}.pdf")
        assert fresh.read_bytes() == (CORPUS / f"{article.doc_id}.pdf").read_bytes(), source.name


def test_every_sample_has_a_gold_file():
    for source in (CORPUS / "src").glob("*.yaml"):
        assert (CORPUS / source.name).is_file(), f"corpus/{source.name} (gold) is missing"


def test_indonesian_syllable_breaks():
    assert syllable_breaks("menimbulkan") == [2, 5, 8]  # me-nim-bul-kan
    assert syllable_breaks("kerjasama") == [3, 5, 7]  # ker-ja-sa-ma
    assert syllable_breaks("pengembangan") == [6]  # never inside the digraph ng
    assert syllable_breaks("kota") == []
