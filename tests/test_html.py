"""Saved web pages (tests/data/html): headline, author, date, language and site name as the page gives
them, and none of the page's furniture in the article that the store keeps.

The pages are news sites and blogs of different shapes, German and English; ``expected.json`` says per
page what the reader sees as its metadata, sentences of the article, and furniture text (cookie banners,
share buttons, "read more" links, paywall and newsletter teasers, related-article lists, footers). The
furniture check ingests all pages into a real Chroma store with the real embedder and reads the
articles back.
"""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import DATA

from bot.settings import load_settings
from ingest import load, pipeline

PAGES = DATA / "html"
EXPECTED: dict[str, dict] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
NAMES = sorted(EXPECTED)
MAX_BYTES = 20_000_000


def test_every_saved_page_has_its_expectations():
    assert sorted(p.name for p in PAGES.glob("*.html")) == NAMES
    assert len(NAMES) >= 10
    assert {EXPECTED[name]["language"] for name in NAMES} == {"de", "en"}


@pytest.mark.parametrize("name", NAMES)
def test_page_gives_its_headline_author_date_and_language(name):
    article, notes = load.load(PAGES / name, MAX_BYTES)
    want = EXPECTED[name]
    assert (article.title, article.author, article.date, article.language) == (
        want["title"],
        want["author"],
        want["date"],
        want["language"],
    )
    if "publication" in want:
        assert article.publication == want["publication"]
    assert notes == []


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """All saved pages ingested into one real store; doc_id → the article read back from it."""
    root = tmp_path_factory.mktemp("html")
    shutil.copytree(PAGES, root / "pages", ignore=shutil.ignore_patterns("*.json"))
    settings = load_settings(store=root / "chroma")
    report = pipeline.ingest([root / "pages"], settings)
    assert report.skipped == []
    store = pipeline.open_store(settings)
    return {doc_id: store.get_article(doc_id) for doc_id in store.article_index()}


@pytest.mark.parametrize("name", NAMES)
def test_stored_article_keeps_the_text_and_none_of_the_furniture(stored, name):
    article = stored[load.doc_id_for(PAGES / name)]
    want = EXPECTED[name]
    for sentence in want["body_contains"]:
        assert sentence in article.text
    left = [line for line in want["furniture"] if line in article.text]
    assert left == [], f"furniture left in {name}"
    assert (article.title, article.author, article.date, article.language) == (
        want["title"],
        want["author"],
        want["date"],
        want["language"],
    )


@pytest.mark.parametrize("name", NAMES)
def test_stored_article_is_paragraphs_and_starts_with_text(stored, name):
    text = stored[load.doc_id_for(PAGES / name)].text
    paragraphs = text.split("\n\n")
    assert len(paragraphs) >= 4
    assert all(p.strip() == p and p for p in paragraphs)
    assert "\n\n\n" not in text
