"""What a question asks for, by its words: who holds a post, asked with the post's noun and no article („Wer ist
Geschäftsführerin der …?“) or after "which" ("Which architect …") is a person, not who a named person is — also where
the article names the organisation by its short form ("SGB-Geschäftsführerin"); a levy is money; a district of a named
place is a place („In welchem Berliner Ortsteil …“): made-up press releases, real store."""

# ruff: noqa: E501

from __future__ import annotations

import pytest
from conftest import first_line, made_up_bot

from bot.answer import Bot
from bot.question import profile

RELEASE_DE = """---
title: "Neue Fähre verbindet ab Mai Hollmar und Sandwig"
language: "de"
---
Neue Fähre verbindet ab Mai Hollmar und Sandwig

Pressemitteilung Nr. 12/2025

Ab Donnerstag, 1. Mai 2025, fährt eine neue Fähre über den Brennsee. Betrieben wird sie von der Schifffahrtsgesellschaft Brennsee (SGB) im Auftrag der beiden Gemeinden.

Die Fähre fährt im Sommer stündlich, im Winter alle zwei Stunden. Eine einfache Fahrt kostet 3,20 Euro, Fahrräder fahren kostenlos mit.

Datenschutz nimmt die SGB ernst: Die Daten der Fahrgäste werden nicht gespeichert. Die Gemeinden tragen die Kosten des Betriebs zu gleichen Teilen. Der Pilotbetrieb läuft bis Ende 2027.

„Wir freuen uns auf viele Fahrgäste und nehmen Hinweise zum Fahrplan gern entgegen“, sagt SGB-Geschäftsführerin Jana Reimers. Anregungen können bis zum 30. Juni per E-Mail geschickt werden.
"""

RELEASE_EN = """---
title: "Harbour walkway reopens after repairs"
language: "en"
---
Harbour walkway reopens after repairs

The walkway along the north quay in Lowmere reopens on 3 March after six months of repairs, the Harbour Trust of Lowmere (HTL) announced on Monday.

The repairs cost about £1.2 million, of which the county paid two thirds. New railings and lighting were fitted along the whole length of the quay.

The walkway will be closed again for one week in October for a final inspection. The trust takes Data Protection seriously and stores no visitor data from the new cameras.

"People have waited a long time for this, and we thank them for their patience," said HTL chief executive Samuel Okafor. The trust plans a small opening event on the quay.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("short_forms"), {"faehre.md": RELEASE_DE, "walkway.md": RELEASE_EN})


@pytest.mark.parametrize(
    ("question", "language", "person"),
    [
        ("Wer ist Geschäftsführerin der Schifffahrtsgesellschaft Brennsee?", "de", "Jana Reimers"),
        ("Who is chief executive of the Harbour Trust of Lowmere?", "en", "Samuel Okafor"),
        ("Wer ist Geschäftsführerin der SGB?", "de", "Jana Reimers"),
    ],
)
def test_the_holder_of_a_post_of_an_organisation_named_by_its_short_form(
    bot: Bot, question: str, language: str, person: str
) -> None:
    assert person in first_line(bot, question, language)


@pytest.mark.parametrize(
    ("question", "language", "about_person"),
    [
        ("Wer ist Geschäftsführerin der Schifffahrtsgesellschaft Brennsee?", "de", False),
        ("Wer ist Ersthelferin der Schule?", "de", False),
        ("Wer ist Reimers?", "de", True),
        ("Wer ist Frau Reimers?", "de", True),
        ("Who is Samuel Okafor?", "en", True),
    ],
)
def test_who_is_asks_about_a_person_only_before_a_name(question: str, language: str, about_person: bool) -> None:
    asked = profile(question, {"Reimers", "Samuel", "Okafor"}, lambda word: True, language)  # type: ignore[arg-type]
    assert asked.about_person is about_person
    assert (asked.kind == "person") is not about_person


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        ("Which architect designed the new railings?", "en", "person"),
        ("Welche Ratsvertreterin hat gegen die Fähre gestimmt?", "de", "person"),
        ("Welcher Vorsitzende eröffnete die Sitzung?", "de", "person"),
        ("Welches Ziel verfolgen die Gemeinden?", "de", None),
        ("Which railings were fitted?", "en", None),
        # a levy or a tax is money, however high: „Wie hoch ist die Abgabe“ asks no height
        ("Wie hoch ist die geschätzte Hafenabgabe für die Fähre?", "de", "money"),
        ("Wie hoch ist die Hundesteuer in Hollmar?", "de", "money"),
        ("Wie hoch ist der Leuchtturm in Sandwig?", "de", "number"),
        ("How much is charged for a late cancellation of a boat?", "en", "money"),
        # a district of a named place, the place's adjective or name before the noun
        ("In welchem Hollmarer Ortsteil legt die Fähre an?", "de", "place"),
        ("In which Lowmere district is the north quay?", "en", "place"),
    ],
)
def test_which_post_asks_for_a_person_and_a_levy_for_money(question: str, language: str, kind: str | None) -> None:
    assert profile(question, set(), lambda word: True, language).kind == kind  # type: ignore[arg-type]


def test_a_post_no_person_holds_in_the_article_is_refused(bot: Bot) -> None:
    """The walkway release names the trust and its chief executive, no architect: "Which architect …" is refused."""
    answer = bot.answer(
        "Which architect designed the new railings on the north quay in Lowmere?", "en", mode="extractive"
    )
    assert answer.refused, answer.text


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie bewertet die Schifffahrtsgesellschaft Brennsee die DSGVO?", "de"),
        ("What does the Harbour Trust of Lowmere think of the GDPR?", "en"),
    ],
)
def test_a_short_form_no_article_writes_is_unknown(bot: Bot, question: str, language: str) -> None:
    """A short form of capitals is written alike in both languages: where no article writes it, none answers, however
    close a sentence about something else comes („Datenschutz“ for "DSGVO")."""
    answer = bot.answer(question, language, mode="extractive")  # type: ignore[arg-type]
    assert answer.refused, answer.text
    assert any(("DSGVO" in n) or ("GDPR" in n) for n in answer.notes), answer.notes


def test_which_post_cited_sets_no_role_any_person_answers() -> None:
    """A question "Which author is cited for …" asks whose words they are: a person named as saying them answers, so the noun sets
    no role the person must hold, as "Which architect designed …" does."""
    which = profile("Which author is cited for the idea that ferries calm people?", set(), lambda word: True, "en")
    designed = profile("Which architect designed the ferry's pier?", set(), lambda word: True, "en")
    assert (which.kind, which.role) == ("person", "")
    assert (designed.kind, designed.role) == ("person", "design")


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        ("Who must pay the boat levy?", "en", None),
        ("Who can apply for a berth in the marina?", "en", None),
        ("Wer darf den Steg nutzen?", "de", None),
        ("Wer muss die Gebühr zahlen?", "de", None),
        # … but a person, where the asker is the subject: "who can I ask"
        ("Who can I ask about a berth?", "en", "person"),
        ("Wer kann mir bei der Anmeldung helfen?", "de", "person"),
        ("Who runs the marina?", "en", "person"),
    ],
)
def test_who_with_a_modal_asks_whom_a_rule_is_for(question: str, language: str, kind: str | None) -> None:
    assert profile(question, set(), lambda word: True, language).kind == kind  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("The quay road was closed from 7.30 am until 1 pm on Saturday.", True),
        ("Die Uferstraße war von 8 bis 13.30 Uhr gesperrt.", True),
        ("Sperrung: 09:00–12:00", True),
        ("The quay road reopened at 1 pm.", False),
        ("Closures of the quay road are rare, the harbour master says.", False),
    ],
)
def test_how_long_is_answered_by_a_span_between_two_times(text: str, answers: bool) -> None:
    from bot.evidence import _has_type

    for question, language in (
        ("How long was the quay road closed?", "en"),
        ("Wie lange war die Straße gesperrt?", "de"),
    ):
        asked = profile(question, set(), lambda word: True, language)  # type: ignore[arg-type]
        assert _has_type(asked, text, set(), language) is answers


@pytest.mark.parametrize(
    ("after", "answers"),
    [
        (" Zentimeter Neuschnee erwartet.", True),
        (" Liter pro Quadratmeter.", True),
        (" km/h möglich.", False),  # a speed is no amount of snow
        (" Uhr erwartet.", False),  # nor is an hour
    ],
)
def test_how_much_of_a_thing_is_answered_by_an_amount_not_a_speed(after: str, answers: bool) -> None:
    from bot.evidence import of_asked_kind

    asked = profile("Wie viel Schnee fällt auf dem Feldberg?", set(), lambda word: True, "de")  # type: ignore[arg-type]
    assert asked.mass
    assert of_asked_kind(asked, after) is answers


@pytest.mark.parametrize(
    ("text", "figure", "clock"),
    [
        ("Der Höhepunkt wird zwischen 20 und 2 Uhr erwartet.", "20", True),
        ("The hall is open from 9 to 11 am.", "9", True),
        ("Es kamen zwischen 20 und 30 Gäste.", "20", False),
    ],
)
def test_the_first_hour_of_a_span_is_a_time_of_day(text: str, figure: str, clock: bool) -> None:
    from bot import numbers

    at = text.index(f" {figure} ") + 1
    assert numbers.ordinal_or_clock(text, at, at + len(figure)) is clock


@pytest.mark.parametrize(
    ("question", "language", "text", "answers"),
    [
        ("Um wie viel wird die Kursgebühr ermäßigt?", "de", "Die Gebühr ist auf Antrag um die Hälfte zu ermäßigen.", True),
        ("Um wie viel wird die Kursgebühr ermäßigt?", "de", "Die Gebühr beträgt 40 Euro im Monat.", False),
        ("By how much is the course fee reduced?", "en", "The fee is reduced by a third for students.", True),
        ("By how much is the course fee reduced?", "en", "The fee is £40 a month.", False),
    ],
)  # fmt: skip
def test_by_how_much_is_answered_by_the_figure_of_a_change(
    question: str, language: str, text: str, answers: bool
) -> None:
    from bot.evidence import _has_type

    asked = profile(question, set(), lambda word: True, language)  # type: ignore[arg-type]
    assert asked.change
    assert _has_type(asked, text, set(), language) is answers
