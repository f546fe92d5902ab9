"""A thing named by its size („Vierpersonenhaushalt", "a two-bedroom flat", „ein Haushalt mit drei Personen"): the
figure for the asked size is the answer, and where an article gives figures only for other sizes, the question is
not answered; so with a figure for a place within the asked one („im Raum Bamberg" for „in ganz Bayern"). Made-up
articles through a real store, the real embedder and the real answer path; the rules beneath on made-up
sentences."""

from __future__ import annotations

import pytest
from conftest import first_line as _first
from conftest import made_up_bot

from bot import numbers
from bot.answer import Bot

ARTICLES = {
    "abwasser.md": """---
title: Neue Wassergebühren in Lindenthal
language: de
---
Neue Wassergebühren in Lindenthal

Der Gemeinderat von Lindenthal hat am Dienstag neue Gebühren für Wasser und Abwasser beschlossen. Sie gelten ab
dem 1. Januar.

Der Kubikmeter Wasser kostet dann 2,31 Euro statt bisher 2,05 Euro. Für einen Zweipersonenhaushalt mit 80
Kubikmetern im Jahr ergibt sich eine Mehrbelastung von rund 21 Euro im Jahr. Ein Einpersonenhaushalt mit 40
Kubikmetern zahlt etwa 11 Euro mehr.

Die Gemeinde begründet die Erhöhung mit dem Bau eines neuen Pumpwerks am Mühlbach.
""",
    "rents.md": """---
title: Rents at the Harlow Quay flats
language: en
---
Rents at the Harlow Quay flats

The housing association has let the first homes at Harlow Quay, a block of 64 flats by the canal.

A one-bedroom flat at Harlow Quay costs £780 a month, and a two-bedroom flat costs £945 a month, heating included.
Tenants can rent a parking space for £40 a month.
""",
    "bakery.md": """---
title: Crumbwell opens a new bakery school
language: en
---
Crumbwell opens a new bakery school

Crumbwell, one of England's oldest bakery chains, has opened a school for bakers at its headquarters.

The firm now employs over 400 people in Greater Leeds. Its managing director, Ruth Ambler, said the school would
train 30 apprentices a year.
""",
    "brauerei.md": """---
title: Brauerei Holzmann feiert Jubiläum
language: de
---
Brauerei Holzmann feiert Jubiläum

Die Brauerei Holzmann, eine der ältesten Brauereien Bayerns und ganz Bayern als Marke bekannt, wird 150 Jahre alt.

Das Unternehmen beschäftigt im Raum Bamberg 120 Menschen. Geschäftsführerin Anna Holzmann plant ein neues
Sudhaus.
""",
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("sizes"), ARTICLES)


def test_the_figure_for_the_asked_size(bot: Bot) -> None:
    assert _first(bot, "Wie viel mehr zahlt ein Zweipersonenhaushalt in Lindenthal?", "de").startswith("Rund 21")
    assert _first(bot, "Wie viel mehr zahlt ein Einpersonenhaushalt in Lindenthal?", "de").startswith("Rund 11")
    assert _first(bot, "What is the monthly rent of a two-bedroom flat at Harlow Quay?", "en").startswith("945")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie viel mehr zahlt ein Vierpersonenhaushalt in Lindenthal im Jahr?", "de"),
        ("Wie viel mehr zahlt ein Haushalt mit fünf Personen in Lindenthal?", "de"),
        ("What is the monthly rent of a three-bedroom flat at Harlow Quay?", "en"),
    ],
)
def test_a_size_the_figures_are_not_given_for_is_not_answered(bot: Bot, question: str, language: str) -> None:
    answer = bot.answer(question, language, mode="extractive")
    assert answer.refused, answer.text
    # the note says which size the figures are not given for, as the question words it
    assert any(w in " ".join(answer.notes) for w in numbers.sized_words(question)), answer.notes


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("How many people does Crumbwell employ across England?", "en"),
        ("Wie viele Menschen beschäftigt die Brauerei Holzmann in ganz Bayern?", "de"),
    ],
)
def test_a_figure_for_a_place_within_the_asked_one_is_no_answer(bot: Bot, question: str, language: str) -> None:
    answer = bot.answer(question, language, mode="extractive")
    assert answer.refused, answer.text


def test_the_figure_for_the_named_place(bot: Bot) -> None:
    assert _first(bot, "How many people does Crumbwell employ in Leeds?", "en").startswith("Over 400")
    assert _first(bot, "Wie viele Menschen beschäftigt die Brauerei Holzmann in Bamberg?", "de").startswith("120")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ein Vierpersonenhaushalt zahlt mehr.", {(4, "personenhaushalt")}),
        ("Die 3-Zimmer-Wohnung kostet 900 Euro.", {(3, "zimmerwohnung")}),
        ("A four-person household pays £12 more.", {(4, "person household")}),
        ("Ein Haushalt mit drei Personen und 110 Kubikmetern", {(3, "personen")}),
        ("flats with two bedrooms", {(2, "bedrooms")}),
        # a length of time, a sum or a measure is no size of a thing; nor a word that merely starts like a number
        ("a two-year contract, a 10-minute walk, ein 14-tägiger Rhythmus", set()),
        ("a fee of 25 euros for 12 months", set()),
        ("Achtung: das Dreieck, Zehntausend Zweifel am Elfmeter", set()),
    ],
)
def test_a_thing_named_by_its_size(text: str, found: set[tuple[int, str]]) -> None:
    assert numbers.sized(text) == found


def test_the_asked_size_or_another() -> None:
    asked = "Wie viel zahlt ein Vierpersonenhaushalt?"
    assert numbers.other_size(asked, "Ein Haushalt mit drei Personen zahlt 19 Euro.")
    assert numbers.other_size(asked, "Ein Einpersonenhaushalt zahlt 14 Euro.")
    assert not numbers.other_size(asked, "Ein Vierpersonenhaushalt zahlt 25 Euro, ein Einpersonenhaushalt 14 Euro.")
    assert numbers.same_size(asked, "Ein Vierpersonenhaushalt zahlt 25 Euro, ein Einpersonenhaushalt 14 Euro.")
    assert not numbers.other_size(asked, "Die Zweizimmerwohnung kostet 700 Euro.")  # another kind of thing
    assert numbers.other_size("What does a three-bedroom flat cost?", "A two-bedroom flat costs £945 a month.")
