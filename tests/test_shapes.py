"""Claims about made-up articles of list-like shapes (a festival programme by day, software release notes): the
day a section's heading gives, a release number, two figures from two sentences of one list item, a single
content word said otherwise. Each runs through a real store, the real embedder and the real claim check."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import made_up_bot

from bot.answer import Bot
from bot.check import check_claim

DATA = Path(__file__).parent / "data" / "shapes"


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.md"))}
    return made_up_bot(tmp_path_factory.mktemp("shapes"), texts)


@pytest.mark.parametrize(
    ("doc_id", "claim", "supported"),
    [
        # the day a programme's section heading gives is the day of its items
        ("fest", "Die Bürgermeisterin eröffnet das Fest am Freitag um 18 Uhr auf dem Marktplatz.", True),
        ("fest", "Die Bürgermeisterin eröffnet das Fest am Samstag um 18 Uhr auf dem Marktplatz.", False),
        ("fest", "The mayor opens the festival on Friday at 6 pm with the tapping of a barrel.", True),
        ("fest", "Zauberer Balduin tritt am Sonntagnachmittag für die Kinder auf.", True),
        ("fest", "Zauberer Balduin tritt am Freitagnachmittag für die Kinder auf.", False),
        # each day a claim gives must be the span's: one of two is not enough
        ("fest", "Die Hauptstraße ist von Freitagnachmittag bis Sonntagabend für Autos gesperrt.", True),
        ("fest", "Die Hauptstraße ist von Donnerstagnachmittag bis Sonntagabend für Autos gesperrt.", False),
        ("fest", "The main street is closed to cars from Saturday afternoon until Sunday night.", False),
        # a release number is the release's, as a name is: the span's own, or the title's where the span has none
        ("notes", "Version 3.2 fixes a bug where the search box ignored accented letters.", True),
        ("notes", "The v1 REST API is to be removed in version 4.0.", True),
        ("notes", "The v1 REST API has already been removed in version 3.2.", False),
        # two figures of a claim from the two sentences of one list item
        ("notes", "Geteilte Ordner können jetzt bis zu 50 Mitglieder haben, vorher waren es 20.", True),
        ("notes", "Shared folders can now have up to 100 members.", False),
        # a single content word said otherwise ("came out" / "was released"): the names and the date decide
        ("notes", "Larkspur 3.2 came out on 12 May 2025.", True),
        ("notes", "Larkspur 3.2 came out on 21 May 2025.", False),
        # "as fast as" is English
        ("notes", "PDF exports are roughly three times as fast as before.", True),
        # a dotted figure after a name numbers a release ("Larkspur 3.2"), it counts nothing
        ("notes", "Larkspur 3.2 raises the limit for shared folders from 20 to 50 members.", True),
        ("notes", "Larkspur 3.2 raises the limit for shared folders from 20 to 60 members.", False),
        # a section's heading labels its numbered part and names the places its sentences speak of
        ("walk", "The third stage, from Hatherley to Ousby, is a gentle day through woodland.", True),
        ("walk", "The second stage, from Hatherley to Ousby, is a gentle day through woodland.", False),
        # "the Trust" is the "Marlow Heritage Trust" of the title; a year that runs across two ("2023/24") holds the
        # date its twelve months end on
        (
            "letter",
            "Der Trust in Marlow zählte im Geschäftsjahr 2023/24 rund 41.200 Besucher nach 35.800 im Vorjahr.",
            True,
        ),
        (
            "letter",
            "Der Trust in Marlow zählte im Geschäftsjahr 2021/22 rund 41.200 Besucher nach 35.800 im Vorjahr.",
            False,
        ),
        # a bare figure set against another measures what that one does ("£48 a year instead of 40" is money)
        ("letter", "Adult members now pay 48 pounds a year instead of 40.", True),
        ("letter", "Adult members now pay 48 pounds a year instead of 45.", False),
        # spans of time compare in days: "about six weeks" are „etwa anderthalb Monate", no „zwei Jahre"
        (
            "letter",
            "Neue Ehrenamtliche werden etwa anderthalb Monate lang eingearbeitet.",
            True,
        ),
        ("letter", "Neue Ehrenamtliche werden etwa drei Monate lang eingearbeitet.", False),
        # a denied absolute says less ("nicht vollständig"); a thing denied is a word of lacking on the other side
        # („keine Gebühr“ / „gebührenfrei“, "not sharpened" / "unsharpened"), and „frei von“ denies what it names
        (
            "verein",
            "Mitglieder, die ihre Arbeitsstunden nicht vollständig leisten, zahlen 15 Euro für jede fehlende Stunde.",
            True,
        ),
        ("verein", "Für die Aufnahme in den Verein wird keine Gebühr verlangt.", True),
        ("verein", "Der Honig der Vereinsvölker im Imkerverein Lindholm enthält Zusätze.", False),
        ("repair", "Replacement blades for Corvane mowers are not sharpened when they are sold.", True),
        # "nicht X, sondern Y" denies X: a claim that denies X agrees, one that states X does not
        ("verein", "Der Imkerverein Lindholm fördert die Bienenhaltung nicht als Erwerbsquelle.", True),
        ("verein", "Der Imkerverein Lindholm fördert die Bienenhaltung als Erwerbsquelle.", False),
        ("repair", "Corvane designs its robot mowers for farms.", False),
        ("repair", "Corvane's robot mowers are not meant for farms or parks.", True),
        # "the toolmaker" refers back to the firm its own sentence names, not to the one of the title
        ("repair", "Corvane now cooperates with Vell Garden Centres.", False),
    ],
)
def test_claims_about_list_shaped_articles(bot: Bot, doc_id: str, claim: str, supported: bool) -> None:
    result = check_claim(bot, claim, doc_id=doc_id)
    assert (result.verdict == "supported") is supported, result.statements[0].reasons


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # a section heading that states data answers a question for a figure
        ("How long is the second stage of the Harrow Ridge Way?", "17 miles"),
        ("How much ascent is there on stage 1?", "420 m"),
        # "the first stage" is "Stage 1": the heading of the section the answer stands in
        ("Where should walkers stay at the end of the first stage?", "Pelham Arms"),
        # a compound headed by a unit asks for that unit: „Urlaubstage" is answered by „30 Tage Urlaub"
        ("Wie viele Urlaubstage bietet die Stelle bei den Stadtwerken Ellingen?", "30 Tage"),
        ("Wie viele Betten hat die Jugendherberge in Ousby?", "36 beds"),
        # what to do if something goes wrong is a rule that opens with "If"
        ("What should I do if Larkspur won't start after the upgrade?", "restore the backup"),
        ("Was soll ich tun, wenn Larkspur nach dem Upgrade nicht startet?", "restore the backup"),
        # "what temperature" asks a temperature ("15 °C"), not for a sentence with the word ("at room temperature");
        # "how long will … keep" asks a time
        ("What temperature should Corvane's spare batteries be stored at?", "15 °C"),
        ("How long will Corvane's spare batteries keep in storage?", "six months"),
        # a bound the question asks for ("mindestens") is the figure under that qualifier, one of a unit included
        ("Wie lange dauert die Probezeit im Imkerverein Lindholm mindestens?", "Mindestens 1 Jahr"),
        # "square metres" asks an area: „1.500 Quadratmeter", not „900 Sitzplätze"
        ("How many square metres does the festival tent in Talheim cover?", "1.500 Quadratmeter"),
    ],
)
def test_questions_about_list_shaped_articles(bot: Bot, question: str, fact: str) -> None:
    answer = bot.answer(question, mode="extractive")
    assert not answer.refused, answer.notes
    assert fact in answer.text, answer.text


def test_a_year_the_article_never_names_is_not_answered_by_its_figures(bot: Bot) -> None:
    answer = bot.answer("How many mowers did Corvane repair in Dunmore in 2019?", mode="extractive")
    assert answer.refused, answer.text
    assert any("2019" in note for note in answer.notes), answer.notes
    answer = bot.answer("How many mowers does Corvane's centre in Dunmore expect to repair in 2025?", mode="extractive")
    assert not answer.refused, answer.notes
    assert "3,000" in answer.text, answer.text


def test_a_telephone_number_is_no_figure() -> None:
    from bot import numbers

    assert numbers.amounts("Fragen beantwortet Teamleiter Jonas Brenk unter 07231 55 18.", "de") == []
    assert [a.text for a in numbers.amounts("Es kostet 0,5 Prozent mehr.", "de")] == ["0,5 Prozent"]


def test_a_quote_leaves_out_the_markdown_marks_before_its_text(bot: Bot) -> None:
    answer = bot.answer("How long is the second stage of the Harrow Ridge Way?", mode="extractive")
    quote = answer.citations[0].quote
    assert quote.startswith("Stage 2"), quote
    passage = answer.citations[0].passage
    at = answer.citations[0].quote_start - passage.start
    assert passage.text[at : at + len(quote)] == quote  # the citation still points at the article's own text
