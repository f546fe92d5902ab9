"""A "how many" question counts a thing: a letter with a table of something else (clinics) doesn't count it, so the
question is refused unless a sentence counts or names it (a made-up letter, real store, real answer path)."""

from __future__ import annotations

import pytest
from conftest import made_up_bot

from bot.answer import Bot

LETTER = """---
title: "Autumn flu clinics at Brookvale Surgery"
author: "Brookvale Surgery"
language: "en"
---
Autumn flu clinics at Brookvale Surgery

Dear patient, our autumn vaccination campaign starts this month. Last autumn we gave 3,870 flu vaccinations, and we
hope to reach even more of you this year.

| Clinic | Day | Time | Places |
|---|---|---|---|
| Main surgery | Saturday 4 October | 9 am to 1 pm | 400 |
| Village hall | Tuesday 7 October | 2 pm to 6 pm | 150 |

Questions that are not urgent can be sent by e-mail, and we aim to reply within two working days.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("counts"), {"letter.md": LETTER})


def test_a_table_of_something_else_does_not_count_the_asked_thing(bot: Bot) -> None:
    answer = bot.answer(
        "How many doses of flu vaccine has Brookvale Surgery ordered this autumn?", "en", mode="extractive"
    )
    assert answer.refused, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How many flu vaccinations did Brookvale Surgery give last autumn?", "3,870"),
        ("How many places does the village hall clinic of Brookvale Surgery have?", "150"),
    ],
)
def test_a_count_of_the_asked_thing_or_a_table_of_it_answers(bot: Bot, question: str, value: str) -> None:
    answer = bot.answer(question, "en", mode="extractive")
    assert not answer.refused, answer.text
    assert value in answer.text
