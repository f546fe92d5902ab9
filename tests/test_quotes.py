"""What every extractive answer to every eval question quotes: only text that can answer, never shorter than
four words, and a first line whose value its cited quote states.

These are rules, not scores: the questions of eval/ are asked only to have many real questions, and nothing
is tuned on this test. A quoted sentence may be a heading or byline only when the question asks about the
article itself or about the person its byline names; a source line only together with the quote it belongs
to.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot import evidence, numbers
from bot.answer import Bot
from bot.lexicon import lexicon
from bot.records import Answer, Sentence

EVAL = Path(__file__).resolve().parent.parent / "eval"
QUESTIONS = [
    json.loads(line)["question"]
    for name in ("questions.jsonl", "questions_test.jsonl", "questions_test2.jsonl")
    for line in (EVAL / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@pytest.fixture(scope="module")
def answered(seed_store) -> list[tuple[Answer, list[list[Sentence]]]]:
    bot = Bot(seed_store.settings)
    out = []
    for question in QUESTIONS:
        answer = bot.answer(question, mode="extractive")
        quoted = []
        for c in answer.citations:
            inside = [
                s
                for s, _ in bot.store.sentences_of([c.passage])
                if c.quote_start <= s.start and s.end <= c.quote_start + len(c.quote)
            ]
            quoted.append(inside)
        out.append((answer, quoted))
    return out


@pytest.mark.slow
def test_quotes_are_text_that_can_answer(answered: list[tuple[Answer, list[list[Sentence]]]]) -> None:
    wrong = []
    for answer, quoted in answered:
        for sentences in quoted:
            body = [s for s in sentences if s.role == "body"]
            for s in sentences:
                if s.role == "body":
                    continue
                if s.role == "attribution" and body:  # a source line quoted with its quote
                    continue
                if all(x.role in ("byline", "heading") for x in sentences):
                    continue  # the article's own byline or title, for a question about it (checked below)
                wrong.append((answer.question, s.role, s.text))
    assert not wrong, wrong


@pytest.mark.slow
def test_a_byline_or_heading_answers_only_a_question_about_the_article_or_its_author(
    answered: list[tuple[Answer, list[list[Sentence]]]],
) -> None:
    about = re.compile(
        r"geschrieben|schrieb|verfasst|autor|erschienen|veröffentlicht|titel|überschrift|stammt|wrote|written|"
        r"author|published|appeared|title|headline|position|rolle|role|job",
        re.IGNORECASE,
    )
    wrong = [
        (answer.question, s.text)
        for answer, quoted in answered
        for sentences in quoted
        for s in sentences
        if s.role in ("byline", "heading") and not about.search(answer.question)
    ]
    assert not wrong, wrong


@pytest.mark.slow
def test_no_quote_is_shorter_than_four_words(answered: list[tuple[Answer, list[list[Sentence]]]]) -> None:
    short = [
        (answer.question, c.quote)
        for answer, quoted in answered
        for c, sentences in zip(answer.citations, quoted, strict=True)
        if evidence.words(c.quote) < 4 and not all(s.role in ("byline", "heading") for s in sentences)
    ]
    assert not short, short


@pytest.mark.slow
def test_every_first_line_value_is_stated_by_its_cited_quote(
    answered: list[tuple[Answer, list[list[Sentence]]]],
) -> None:
    leads = [answer for answer, _ in answered if answer.lead]
    assert len(leads) >= 20  # many typed questions get a first line
    for answer in leads:
        assert answer.text.split("\n")[0] == answer.lead
        quotes = {c.n: c.quote for c in answer.citations}
        for value, n in re.findall(r"\s*([^;]+?)\s*\[(\d+)\]", answer.lead):
            quote = quotes[int(n)]
            wanted = numbers.quantities(value)
            if wanted:
                have = numbers.quantities(quote)
                assert all(any(w.matches(h) for h in have) for w in wanted), (answer.question, value, quote)
            else:
                assert value in quote or _date_words(value, quote), (answer.question, value, quote)


def _date_words(value: str, quote: str) -> bool:
    """A month (and year) written in the other language: "December 2018" for "date 2018-12", "January" for
    "seit Januar"."""
    year = re.search(r"\d{4}", value)
    if year:
        return year.group(0) in quote
    months = {**lexicon("de").months, **lexicon("en").months}
    asked = {months[w.lower()] for w in re.findall(r"\w+", value) if w.lower() in months}
    stated = {months[w.lower()] for w in re.findall(r"\w+", quote) if w.lower() in months}
    return bool(asked) and asked <= stated
