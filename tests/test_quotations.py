"""A quotation paragraph that ends in its source line: the line dates and names each of the quotation's sentences
(a quotation this long is split into sentences), so a question for the year of the words is answered by quoting them
on to the line (made-up essays, real store)."""

# ruff: noqa: E501

from __future__ import annotations

import pytest
from conftest import made_up_bot

from bot.answer import Bot

ESSAY_EN = """---
title: "What a baker learned from old letters"
author: "Mara Linde"
language: "en"
---
What a baker learned from old letters

Nordmill's founder wrote a letter to the staff every winter. Two of them shaped how the bakery works today.

“I tell our bakers to worry every single morning. Not about the shop next door, but about the people who queue at ours. They have made the bakery what it is, they are the ones we bake for before sunrise, and they owe us nothing. And they will stay with us right up until the day someone else bakes a better loaf for them.” (1987 Winter Letter to the Staff)

“Start from what the guest wants to eat and work back to the oven, however strange the first loaves taste.” (2004 Winter Letter to the Staff)

The letters are kept in a folder in the back office, and new staff read them in their first week.
"""

ESSAY_DE = """---
title: "Was eine Bäckerin aus alten Briefen lernte"
author: "Mara Linde"
language: "de"
---
Was eine Bäckerin aus alten Briefen lernte

Der Gründer von Nordmühle schrieb jeden Winter einen Brief an die Belegschaft. Zwei davon prägen die Bäckerei bis heute.

„Ich sage unseren Bäckern, sie sollen sich jeden Morgen Sorgen machen. Nicht wegen des Ladens nebenan, sondern wegen der Menschen, die bei uns anstehen. Sie haben die Bäckerei zu dem gemacht, was sie ist, für sie backen wir vor Sonnenaufgang. Und sie bleiben uns treu bis zu dem Tag, an dem jemand anderes ein besseres Brot für sie backt.“ (Winterbrief 1987 an die Belegschaft)

„Fangt bei dem an, was der Gast essen will, und arbeitet euch zum Ofen zurück, so seltsam die ersten Laibe auch schmecken.“ (Winterbrief 2004 an die Belegschaft)

Die Briefe liegen in einem Ordner im Büro, und neue Mitarbeiter lesen sie in ihrer ersten Woche.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("quotations"), {"essay_en.md": ESSAY_EN, "essay_de.md": ESSAY_DE})


@pytest.mark.parametrize(
    ("question", "language", "year", "said"),
    [
        ("In which year's letter did the founder say the people in the queue, not the shop next door, are the worry?",
         "en", "1987", "Not about the shop next door"),
        ("In welchem Jahr schrieb der Gründer, Sorgen mache man sich nicht wegen des Ladens nebenan, sondern wegen "
         "der Menschen in der Schlange?", "de", "1987", "Nicht wegen des Ladens nebenan"),
    ],
)  # fmt: skip
def test_a_quotation_is_quoted_on_to_the_source_line_that_dates_it(
    bot: Bot, question: str, language: str, year: str, said: str
) -> None:
    answer = bot.answer(question, language, mode="extractive")  # type: ignore[arg-type]
    assert not answer.refused, answer.text
    quote = next(c.quote for c in answer.citations if said in c.quote)
    assert quote.rstrip().endswith(f"{year} Winter Letter to the Staff)") or f"Winterbrief {year}" in quote
    assert "2004" not in quote


@pytest.mark.parametrize(
    ("question", "language", "act"),
    [
        ("In which year's letter did the founder say the queue is the worry?", "en", ""),
        ("In welchem Jahr schrieb die Gründerin den Brief?", "de", ""),
        ("When was the bakery founded?", "en", "founder"),
        ("Wann hat die Gründerin die Bäckerei gegründet?", "de", "founder"),
    ],
)
def test_the_founder_named_as_a_person_is_no_founding_a_date_asks_for(question: str, language: str, act: str) -> None:
    from bot.question import profile

    assert profile(question, set(), lambda word: True, language).act == act  # type: ignore[arg-type]
