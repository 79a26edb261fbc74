"""Shared fixtures: PDFs rendered by the repo's own script, and the shared corpus when present."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.runner import run
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


def sample_folder(tmp_path: Path, copies: int = 1) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(copies):
        for pdf in sorted(CORPUS.glob("*.pdf")):
            shutil.copy(
                pdf, folder / f"{pdf.stem}_{i:02d}.pdf" if copies > 1 else folder / pdf.name
            )
    return folder


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory) -> tuple[Path, Path]:
    """The sample corpus read once for the module."""
    base = tmp_path_factory.mktemp("sample")
    folder = sample_folder(base)
    run(folder, base / "out", workers=1)
    return folder, base / "out"


@pytest.fixture
def reviewed_run(sample_run, tmp_path) -> tuple[Path, Path]:
    """A copy of the sample run for one test's decisions."""
    folder, out = sample_run
    shutil.copytree(folder, tmp_path / "in")
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "in", tmp_path / "out"


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
