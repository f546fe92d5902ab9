"""A deadline set by a time before the event („spätestens zehn Tage vor der Feier“, "at least 30 days in advance")
answers "Bis wann …", „Wie früh …“ and "How far in advance …"; a day of the week answers "On which days …", and
"may" is no month: made-up offer and club rules, real store."""

# ruff: noqa: E501

from __future__ import annotations

import pytest
from conftest import made_up_bot

from bot.answer import Bot
from bot.question import profile

OFFER_DE = """---
title: "Angebot: Verpflegung für Ihr Vereinsfest"
language: "de"
---
Angebot: Verpflegung für Ihr Vereinsfest

Sehr geehrte Damen und Herren,

gerne bieten wir Ihnen für das Vereinsfest des TSV Mörlingen am Samstag, 6. September 2025, ein Grillbuffet für rund 80 Gäste an. Das Buffet kostet 19,50 Euro pro Person, Kinder bis zwölf Jahre zahlen die Hälfte.

Die endgültige Zahl der Gäste benötigen wir spätestens acht Tage vor der Feier. Geschirr und Besteck bringen wir mit, Tische stellt der Verein.

Dieses Angebot gilt bis zum 30. April 2025. Reklamationen zum Buffet sind innerhalb von drei Tagen nach dem Fest schriftlich zu melden.

Mit freundlichen Grüßen
Karin Lembeck, Partyküche Lembeck
"""

RULES_EN = """---
title: "Harlow Rowing Club: membership rules"
language: "en"
---
Harlow Rowing Club: membership rules

Membership runs from 1 April to 31 March. The adult fee is £240 a year and can be paid monthly.

Fees may change once a year. Members will be told about any change at least six weeks in advance by letter.

Boats may be taken out between 07:00 and 19:00 Monday to Saturday, and not at all on Sundays.

New members must hand in a swimming certificate within two weeks of joining.

Boats may be booked online. A booking can be cancelled free of charge up to 24 hours before the outing.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("deadlines"), {"angebot.md": OFFER_DE, "rules.md": RULES_EN})


@pytest.mark.parametrize(
    ("question", "language", "said"),
    [
        ("Bis wann muss der TSV Mörlingen die Zahl der Gäste mitteilen?", "de", "spätestens acht Tage vor der Feier"),
        ("Wie früh erfahren die Mitglieder des Harlow Rowing Club von einer Beitragsänderung?", "de", "six weeks in advance"),
        ("How far in advance are Harlow Rowing Club members told about a change of fees?", "en", "six weeks in advance"),
        # … or by a time after another event that it must follow within
        ("Bis wann muss der TSV Mörlingen eine Reklamation zum Buffet melden?", "de", "innerhalb von drei Tagen"),
        ("By when must a new member of the Harlow Rowing Club hand in a swimming certificate?", "en", "within two weeks"),
        ("Bis wann müssen neue Mitglieder im Harlow Rowing Club ein Schwimmzeugnis abgeben?", "de", "within two weeks"),
    ],
)  # fmt: skip
def test_a_time_before_the_event_answers_a_deadline(bot: Bot, question: str, language: str, said: str) -> None:
    answer = bot.answer(question, language, mode="extractive")  # type: ignore[arg-type]
    assert not answer.refused, answer.text
    assert said in answer.citations[0].quote, answer.text
    assert "06.09.2025" not in answer.lead  # the day of the party ends nothing


def test_a_date_that_ends_something_answers_a_deadline_with_a_first_line(bot: Bot) -> None:
    answer = bot.answer("Bis wann gilt das Angebot der Partyküche Lembeck?", "de", mode="extractive")
    assert answer.lead.startswith("30.04.2025"), answer.text


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        ("Wie früh müssen Mitglieder informiert werden?", "de", "date"),
        ("How far in advance must members be told?", "en", "date"),
        ("How far is the boathouse from the station?", "en", "number"),
        ("How many days in advance must members be told?", "en", "number"),
    ],
)
def test_how_far_in_advance_asks_for_a_deadline(question: str, language: str, kind: str) -> None:
    assert profile(question, set(), lambda word: True, language).kind == kind  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("On which days may boats of the Harlow Rowing Club not be taken out at all?", "en"),
        ("An welchen Tagen dürfen beim Harlow Rowing Club keine Boote ausfahren?", "de"),
    ],
)
def test_a_day_of_the_week_answers_which_days(bot: Bot, question: str, language: str) -> None:
    answer = bot.answer(question, language, mode="extractive")  # type: ignore[arg-type]
    assert not answer.refused, answer.text
    assert "Sundays" in answer.citations[0].quote
    assert "May" not in answer.lead and "Mai" not in answer.lead  # "Boats may be taken out" names no month


@pytest.mark.parametrize(
    "question", ["An welchem Wochentag wird die Biotonne geleert?", "On which days is the hall closed?"]
)
def test_which_day_asks_for_a_date(question: str) -> None:
    language = "en" if question.startswith("On") else "de"
    assert profile(question, set(), lambda word: True, language).kind == "date"  # type: ignore[arg-type]


def test_may_is_no_month() -> None:
    from bot.lead import lead

    asked = profile("On which days may boats go out?", set(), lambda word: True, "en")
    sentence = "Boats may be taken out between 07:00 and 19:00 Monday to Saturday, and not at all on Sundays."
    value = lead(asked, sentence, "en")
    assert value is None or "May" not in value.text
    assert lead(asked, "The regatta is held every May on the river.", "en").text == "May"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("From what date do the new marina rules apply?", "en"),
        ("Ab wann gilt die neue Hafenordnung?", "de"),
    ],
)
def test_the_date_rules_take_effect_is_the_one_next_to_the_words_of_it(question: str, language: str) -> None:
    """„beschlossen am 3. Mai 2025 und gilt ab dem 1. Juli 2025“: the day rules take effect, not the day they were
    passed, nor the day the old ones end („tritt … außer Kraft“)."""
    from bot import lead
    from bot.evidence import _has_type

    asked = profile(question, set(), lambda word: True, language)  # type: ignore[arg-type]
    assert asked.kind == "date" and asked.act == "force"
    passed = "Die Hafenordnung wurde am 3. Mai 2025 beschlossen und gilt ab dem 1. Juli 2025 für alle Liegeplätze."
    value = lead.lead(asked, passed, "de")
    assert value is not None and ("1 July 2025" in value.text or "01.07.2025" in value.text), value
    ended = "Gleichzeitig tritt die Hafenordnung vom 12. März 2019 außer Kraft."
    assert not _has_type(asked, ended, set(), "de")
    assert _has_type(asked, "Diese Hafenordnung tritt am 1. Juli 2025 in Kraft.", set(), "de")


def test_until_what_date_asks_for_a_deadline() -> None:
    from bot.question import deadline_asked

    assert deadline_asked("Until what date does the new rent index remain in force?")
    assert deadline_asked("Up to which date can members still register?")
