"""Articles that several people write — a forum thread, a mail thread — and questions about what one of them did
or counted: the writer of a part is named by its sign-off or sender line, a "how many" question is not answered by a
figure of something else, and a place no article names is no place the articles answer for. Made-up articles,
German and English, through a real store, the real embedder and the real answer path; the rules beneath are
checked on their own as well."""

from __future__ import annotations

import pytest
from conftest import made_up_bot

from bot import posts, sentences
from bot.answer import Bot
from ingest import structure

FORUM = """---
title: "Gartenteich wird grün – Forum Teich & Garten"
publication: "Teichfreunde-Forum"
language: "de"
---
Gartenteich wird grün – Forum Teich & Garten

Unterforum: Teichpflege · 4 Beiträge · Status: gelöst

## Beitrag #1 – teichmolch_12 · 03.05.2025, 18:20

Hallo zusammen,

mein Teich hat etwa 9 m³ Wasser und ist seit zwei Wochen grasgrün. Die Pumpe läuft ca. 8 Stunden am Tag. Was kann
ich tun?

Viele Grüße
Jonas

## Beitrag #2 – Seerose_Maren · 03.05.2025, 20:02

Das sind Schwebealgen. Bei uns hat ein UV-Klärer mit 11 Watt geholfen, nach drei Wochen war das Wasser klar.

## Beitrag #3 – teichmolch_12 · 01.06.2025, 09:15

Kurze Rückmeldung: Ich habe den Filter mit einem Gartenschlauch gereinigt und die Pumpe auf 14 Stunden am Tag
gestellt. Seit zehn Tagen ist das Wasser klar, die Sichttiefe liegt jetzt bei 60 cm.

Danke und Gruß
Jonas
"""

THREAD = """---
title: "Re: Team offsite at Larkfield Barn – numbers"
publication: "Ostrava Labs – office mail archive"
language: "en"
---
Re: Team offsite at Larkfield Barn – numbers

Thread exported from the office mailbox. Two messages, oldest first.

## Message 1

From: Hana Lorimer <h.lorimer@ostrava-labs.example>
To: Dev Patel <bookings@larkfieldbarn.example>
Date: Monday, 7 April 2025, 10:02
Subject: Team offsite at Larkfield Barn

Dear Dev,

We would like to book the barn for our team offsite on 19 June for 45 people. Our budget for lunch is £22 per head.

Kind regards,
Hana

## Message 2

From: Dev Patel <bookings@larkfieldbarn.example>
To: Hana Lorimer
Date: Tuesday, 8 April 2025, 16:40
Subject: RE: Team offsite at Larkfield Barn

Hello Hana,

The barn is free on 19 June. The room hire is £640 for the day, and we can seat up to 60 guests.

Best wishes,
Dev
"""

OFFICE = """---
title: "Nordwerk eröffnet Büro in Leipzig"
publication: "Wirtschaftsbote"
language: "de"
---
Nordwerk eröffnet Büro in Leipzig

Der Softwarehersteller Nordwerk hat am Montag ein neues Büro in Leipzig eröffnet. Dort arbeiten jetzt 85
Entwicklerinnen und Entwickler an der Buchhaltungssoftware des Unternehmens. Das Büro liegt in der Nähe des
Hauptbahnhofs und hat eine Fläche von 1.200 Quadratmetern. Nordwerk will in Leipzig bis Ende 2026 weitere 40
Stellen besetzen. Der Hauptsitz des Unternehmens liegt in München.
"""


def test_a_part_is_written_by_whoever_signs_or_sends_it() -> None:
    forum = FORUM.split("---\n", 2)[2]
    assert posts.writer(forum, forum.index("Die Pumpe läuft")) == "Jonas"
    assert posts.writer(forum, forum.index("Ich habe den Filter")) == "Jonas"
    assert posts.writer(forum, forum.index("Das sind Schwebealgen")) == ""  # a post that nobody signs
    thread = THREAD.split("---\n", 2)[2]
    assert posts.writer(thread, thread.index("Our budget")) == "Hana Lorimer Hana"
    assert posts.writer(thread, thread.index("The room hire")) == "Dev Patel Dev"
    assert posts.writer(thread, thread.index("Thread exported")) == ""
    # a closing formula stands on a line of its own; a sentence of thanks is none
    assert posts.closing("Viele Grüße") and posts.closing("Kind regards,") and posts.closing("Cheers, Tom")
    assert not posts.closing("Danke an Maren für den Tipp!") and not posts.closing("Thanks to the team, we won.")


def test_sign_offs_and_salutations_are_no_headings() -> None:
    text = FORUM.split("---\n", 2)[2]
    found = {text[s.start : s.end]: s.role for s in structure.analyse(text, "Gartenteich wird grün", "de").sentences}
    assert found["Viele Grüße"] == "byline" and found["Jonas"] == "byline"
    assert found["Hallo zusammen,"] == "fragment"
    assert found["## Beitrag #2 – Seerose_Maren · 03.05.2025, 20:02"] == "heading"
    # "ca. 8 Stunden" doesn't end the sentence
    assert "Die Pumpe läuft ca. 8 Stunden am Tag." in sentences.split(text, "de")


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("posts"), {"forum.md": FORUM, "thread.md": THREAD, "office.md": OFFICE})


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # the writer, named only by the post's sign-off
        ("Womit hat Jonas den Filter gereinigt?", "Gartenschlauch"),
        ("How much water does the pond of Jonas hold?", "9 m³"),
        # … and by a message's sender line
        ("How much did Hana want to spend on lunch per person?", "£22"),
        ("Wie viel wollte Hana pro Person für das Mittagessen ausgeben?", "£22"),
        # how big a surface is: its area
        ("How big is the office that Nordwerk opened?", "1.200"),
    ],
)
def test_questions_about_a_writer_are_answered(bot: Bot, question: str, fact: str) -> None:
    answer = bot.answer(question, mode="extractive")
    assert not answer.refused, answer.notes
    assert fact in answer.text


@pytest.mark.parametrize(
    ("question", "why"),
    [
        # a count of something no sentence counts: not the guests, not the people booked
        ("How many parking spaces can the barn offer the guests of the offsite on 19 June?", "spaces"),
        ("Wie viele Parkplätze hat das neue Büro von Nordwerk?", "Parkplätze"),
        # a place no article names: not the office in Leipzig
        ("Wie viele Entwickler arbeiten bei Nordwerk in Dresden?", "Dresden"),
    ],
)
def test_questions_about_what_is_absent_are_refused(bot: Bot, question: str, why: str) -> None:
    answer = bot.answer(question, mode="extractive")
    assert answer.refused, answer.text
    assert any(why in note for note in answer.notes)


def test_a_place_named_in_the_other_language_is_no_absent_place(bot: Bot) -> None:
    # a name the articles spell in their own language is found by meaning ("Munich": „München“), another is not
    candidates = bot._evidence("Where is Nordwerk's head office?", "en")[2]
    assert bot._untranslated(["Munich", "Dresden"], candidates) == ["Dresden"]


def test_a_claim_about_what_the_writer_did_is_checked_against_their_post(bot: Bot) -> None:
    from bot.check import check_claim

    # "Ich habe den Filter … gereinigt" is Jonas's: his post is signed "Danke und Gruß / Jonas"
    assert check_claim(bot, "Jonas reinigte den Filter mit einem Gartenschlauch.").verdict == "supported"
    # … and not Maren's, whose post says something else
    assert check_claim(bot, "Maren reinigte den Filter mit einem Gartenschlauch.").verdict != "supported"


@pytest.mark.parametrize(
    ("question", "language", "strange"),
    [
        ("Wie viele Entwickler arbeiten bei Nordwerk in Dresden?", "de", ("Dresden",)),
        ("How many people does Nordwerk employ in Dresden?", "en", ("Dresden",)),
        # an initial, a month, a day of the week and a part of a name the articles use are no strange names
        ("At which university is Ralf T. Kreutzer a professor?", "en", ()),
        ("What did Nordwerk report for April and June?", "en", ()),
        ("Was eröffnete Nordwerk am Montag?", "de", ()),
        ("Wie viele Mitarbeiter hat Nordwerk Deutschland?", "de", ()),
    ],
)
def test_a_single_name_no_article_uses_is_strange(question: str, language: str, strange: tuple[str, ...]) -> None:
    from bot.question import profile

    corpus = {"Nordwerk", "Ralf", "Kreutzer", "Leipzig"}
    assert profile(question, corpus, lambda word: word in corpus, language).strange == strange  # type: ignore[arg-type]
