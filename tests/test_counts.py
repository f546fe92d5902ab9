"""Questions over tables: a "how many" question counts a thing, and a table of something else (clinics) doesn't
count it, so the question is refused unless a sentence counts or names it; a part named by a letter („B-Jugend“)
that a table of other lettered parts leaves out is not answered by a row that names none („Minis“). Made-up
articles, real store, real answer path."""

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


TOURNAMENT = """---
title: "Ausschreibung Frühjahrsturnier des SV Lindau"
language: "de"
---
Ausschreibung Frühjahrsturnier des SV Lindau

Der SV Lindau lädt Jugendmannschaften am 14. März 2026 in die Sporthalle am Wall ein.

| Altersklasse | Jahrgänge | Startgeld | Plätze |
|---|---|---|---|
| Minis | 2018 und jünger | 10 Euro | 12 Mannschaften |
| E-Jugend | 2016 und 2017 | 20 Euro | 10 Mannschaften |
| D-Jugend | 2014 und 2015 | 25 Euro | 8 Mannschaften |

Die Anmeldung ist bis zum 28. Februar beim Jugendwart möglich.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("counts"), {"letter.md": LETTER, "turnier.md": TOURNAMENT})


def test_a_lettered_part_a_table_leaves_out_is_not_answered(bot: Bot) -> None:
    answer = bot.answer("Wie hoch ist das Startgeld für eine Mannschaft der B-Jugend?", "de", mode="extractive")
    assert answer.refused, answer.text
    answer = bot.answer("Wie hoch ist das Startgeld für eine Mannschaft der D-Jugend?", "de", mode="extractive")
    assert not answer.refused and answer.lead.startswith("25 Euro"), answer.text


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
