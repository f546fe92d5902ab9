"""Collections in German and English: each article in its own language, from its front matter or detected;
each passage stemmed in its language; quotes marked with their language where it differs from the answer's.

Made-up articles in a real store (tmp_path), with the real embedder.
"""

from __future__ import annotations

import re

import pytest

from bot.answer import Bot
from bot.cli import render_sources
from bot.markdown import answer_markdown
from bot.messages import TEXT
from bot.records import Answer
from bot.settings import load_settings
from ingest import pipeline

ENGLISH = """---
title: "Lockers for every street"
language: "en"
---
Lockers for every street

The parcel companies of the region have opened 340 lockers since spring. Each locker holds parcels of up to
20 kilograms, and two thirds of all parcels are collected within a day.

The network cost £8.4 million, most of it paid by the companies themselves.
"""

GERMAN = """---
title: "Drohnen für Apotheken"
language: "de"
---
Drohnen für Apotheken

Vierzehn Apotheken im Allgäu testen die Lieferung von Medikamenten per Drohne. Eine Drohne trägt bis zu
4,5 Kilogramm.

Die Lieferungen sollen ab Mai täglich fliegen.
"""

UNLABELLED_ENGLISH = """The harbour ferry returns

The ferry to the island will sail again from October. The crossing takes forty minutes and the company
expects about 900 passengers a day in summer.
"""

FRENCH = """Le marché du samedi

Le marché de la place centrale ouvre chaque samedi à sept heures. Les producteurs de la région vendent
des légumes, du fromage et du pain.
"""


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Bot, pipeline.Report]:
    folder = tmp_path_factory.mktemp("mixed")
    articles = folder / "articles"
    articles.mkdir()
    (articles / "lockers.md").write_text(ENGLISH, encoding="utf-8")
    (articles / "drohnen.md").write_text(GERMAN, encoding="utf-8")
    (articles / "ferry.txt").write_text(UNLABELLED_ENGLISH, encoding="utf-8")
    (articles / "marche.txt").write_text(FRENCH, encoding="utf-8")
    # front matter wins over what the text looks like: a German label on an English text
    (articles / "labelled.md").write_text(
        "---\ntitle: Labelled\nlanguage: de\n---\nThis text is written in English but labelled German.\n",
        encoding="utf-8",
    )
    settings = load_settings(store=folder / "chroma")
    report = pipeline.ingest([articles], settings)
    return Bot(settings), report


@pytest.mark.parametrize(
    ("doc_id", "language"),
    [("lockers", "en"), ("drohnen", "de"), ("ferry", "en"), ("marche", "fr"), ("labelled", "de")],
)
def test_each_article_has_its_language(mixed: tuple[Bot, pipeline.Report], doc_id: str, language: str) -> None:
    bot, _ = mixed
    article = bot.store.get_article(doc_id)
    assert article is not None and article.language == language
    assert {p.language for p in bot.retriever.passages if p.doc_id == doc_id} == {language}


def test_another_language_is_reported_once_as_searched_not_analysed(mixed: tuple[Bot, pipeline.Report]) -> None:
    _, report = mixed
    notes = [n for n in report.notes if "marche.txt" in n]
    assert notes == ["marche.txt: language 'fr' is searched by meaning only, not analysed (German and English are)"]


@pytest.mark.parametrize(
    ("word", "doc_id"),
    [
        ("company", "lockers"),  # English stems "company" and "companies" alike; German doesn't
        ("Lieferung", "drohnen"),  # German stems "Lieferung" and "Lieferungen" alike; English doesn't
    ],
)
def test_each_passage_is_stemmed_in_its_article_s_language(
    mixed: tuple[Bot, pipeline.Report], word: str, doc_id: str
) -> None:
    bot, _ = mixed
    found = bot.retriever.keyword(word, 5)
    assert found and found[0].doc_id == doc_id


def test_bm25_ranks_each_language_apart(mixed: tuple[Bot, pipeline.Report]) -> None:
    # English and German words are both asked: each language's best match leads its own ranking, so the words of
    # one language can't push the other language's articles out of the fusion
    bot, _ = mixed
    rankings = bot.retriever.keyword_by_language("company lockers Lieferung Drohnen", 1)
    firsts = {r[0].language: r[0].doc_id for r in rankings}
    assert firsts.get("en") in ("lockers", "ferry") and firsts.get("de") == "drohnen"
    assert all(len(r) == 1 and len({p.language for p in r}) == 1 for r in rankings)


def test_a_compound_the_articles_lack_is_found_by_its_parts(mixed: tuple[Bot, pipeline.Report]) -> None:
    # „Medikamentenlieferung" is in no article, „Medikamenten" and „Lieferung" are
    bot, _ = mixed
    found = bot.retriever.keyword("Medikamentenlieferung", 5)
    assert found and found[0].doc_id == "drohnen"


@pytest.mark.parametrize(
    ("query", "doc_id"), [("Was passiert im Oktober?", "ferry"), ("What happens in May?", "drohnen")]
)
def test_a_month_is_found_in_either_language(mixed: tuple[Bot, pipeline.Report], query: str, doc_id: str) -> None:
    # „Oktober" is no stem of "October", nor "May" of „Mai": a month's term is the same in both languages
    bot, _ = mixed
    found = bot.retriever.keyword(query, 5)
    assert found and found[0].doc_id == doc_id


def test_an_article_in_another_language_is_found_by_meaning_only(mixed: tuple[Bot, pipeline.Report]) -> None:
    bot, _ = mixed
    assert not [p for p in bot.retriever.keyword("marché samedi producteurs", 5) if p.doc_id == "marche"]


@pytest.mark.parametrize(
    ("question", "language", "note", "fact"),
    [
        ("Wie viele Schließfächer wurden seit dem Frühjahr aufgestellt?", "de", "(auf Englisch)", "340"),
        ("How many pharmacies are testing drone deliveries?", "en", "(in German)", "Vierzehn"),
        ("How heavy may a parcel in a locker be?", "en", None, "20 kilograms"),
        ("Wie schwer darf eine Drohne tragen?", "de", None, "4,5 Kilogramm"),
    ],
)
def test_quotes_say_their_language_where_it_is_not_the_answer_s(
    mixed: tuple[Bot, pipeline.Report], question: str, language: str, note: str | None, fact: str
) -> None:
    bot, _ = mixed
    answer = bot.answer(question, mode="extractive")
    assert answer.language == language and not answer.refused, answer.notes
    assert any(fact in c.quote for c in answer.citations), answer.text
    quoted = [line for line in answer.text.split("\n") if line[:1] in "„“"]  # the quotes, not the first line
    if note:  # the quote that holds the fact says its language (a second, nearly as close quote may follow)
        assert all(line.endswith(note) for line in quoted if fact in line), answer.text
    else:
        assert not any(line.endswith(("(in German)", "(auf Englisch)")) for line in quoted), answer.text


PLACEHOLDER = re.compile(r"\{\w+\}")


def catalogue_words(language: str) -> list[str]:
    """Every fixed part of every catalogue text in ``language`` that the other language says differently."""
    other = "en" if language == "de" else "de"
    found = set()
    for texts in TEXT.values():
        if texts[language] == texts[other]:
            continue
        for part in PLACEHOLDER.split(texts[language]):
            part = part.strip(" .,:;·–—()„“”\"'!?")
            if sum(ch.isalpha() for ch in part) >= 4 and part not in texts[other]:
                found.add(part)
    return sorted(found, key=len, reverse=True)


def own_words(text: str, answer: Answer, bot: Bot) -> str:
    """``text`` without what the articles say: quotes and article titles."""
    for c in answer.citations:
        text = text.replace(c.quote, " ").replace(" ".join(c.quote.split()), " ")
        text = text.replace(c.passage.title, " ")
    for meta in bot.store.article_index().values():
        text = text.replace(str(meta.get("title") or ""), " ")
    return re.sub(r"[„“”][^„“”]*[“”]", " ", text)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie viele Schließfächer wurden seit dem Frühjahr aufgestellt?", "de"),
        ("How heavy may a parcel carried by a drone be?", "en"),
        ("Wie viele Apotheken testen Drohnen?", "de"),
        ("Wie viel kostet ein Einhorn in Paris?", "de"),  # refused: the reason is said in German
        ("How much does a unicorn cost in Paris?", "en"),
    ],
)
def test_the_bot_s_own_words_are_in_the_answer_s_language_only(
    mixed: tuple[Bot, pipeline.Report], question: str, language: str
) -> None:
    bot, _ = mixed
    answer = bot.answer(question, mode="extractive")
    assert answer.language == language
    meta = bot.store.article_index()
    texts = [answer.text, *answer.notes, render_sources(answer, meta), answer_markdown(answer, meta)]
    own = " ".join(own_words(t, answer, bot) for t in texts)
    other = "en" if language == "de" else "de"
    found = [w for w in catalogue_words(other) if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", own)]
    assert not found, (found, own)
    assert [w for w in catalogue_words(language) if w in own]  # and it did say something of its own
