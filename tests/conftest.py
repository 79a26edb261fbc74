"""Shared fixtures: PDFs rendered by the repo's own script, and the shared corpus when present."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools.render import ArticleSpec, render_article

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = REPO / "corpus"
CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


def spec(**fields) -> ArticleSpec:
    """A small article; tests override what they are about."""
    base = {
        "doc_id": "sample",
        "title": "Kerja Sama Kota Kembar Semarang dan Brisbane",
        "authors": ["Rina Astuti"],
        "affiliation": "Universitas Contoh",
        "emails": ["rina@contoh.ac.id"],
        "sections": [{"heading": "PENDAHULUAN", "paragraphs": ["Paragraf pembuka yang pendek."]}],
    }
    base.update(fields)
    return ArticleSpec(**base)


@pytest.fixture
def render(tmp_path):
    """Render an ArticleSpec to a PDF in the test's folder."""

    def make(article: ArticleSpec, name: str | None = None) -> Path:
        return render_article(article, tmp_path / f"{name or article.doc_id}.pdf")

    return make


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip("../shared is not beside this checkout (the shared corpus and gold are absent)")
    return SHARED


@pytest.fixture(scope="session")
def tesseract() -> str:
    binary = shutil.which("tesseract")
    if binary is None:
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-ind)")
    return binary


@pytest.fixture
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip(
            "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(flag)
    options.add_argument("--disable-background-networking")
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(CHROMEDRIVER))
    yield driver
    driver.quit()
