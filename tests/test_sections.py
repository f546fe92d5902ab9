"""Questions over made-up articles whose sentences lean on what frames them: the heading of their section (council
minutes by agenda item, a product test by product), the article's publication, a name given in quotation marks.
Each runs through a real store, the real embedder and the real answer path; the rules beneath are checked on
their own as well."""

from __future__ import annotations

import re

import pytest
from conftest import made_up_bot

from bot import evidence, lead, names
from bot.answer import Bot
from bot.lexicon import lexicons
from bot.question import profile

ARTICLES = {
    "minutes.md": """---
title: "Aus dem Gemeinderat: Talheim beschließt neues Baugebiet"
publication: "Talheimer Bote"
language: "de"
---
Aus dem Gemeinderat: Talheim beschließt neues Baugebiet

Der Gemeinderat Talheim tagte am Dienstag im Bürgersaal. Anwesend waren Bürgermeisterin Greta Faller und 14
Gemeinderätinnen und Gemeinderäte.

TOP 1: Sanierung der Grundschule

Das Dach der Grundschule ist undicht und soll im Sommer erneuert werden. Die Kosten liegen bei rund 410.000 Euro.

Beschluss: einstimmig angenommen.

TOP 2: Bebauungsplan „Am Mühlbach“

Im Neubaugebiet am östlichen Ortsrand sollen 28 Bauplätze für Einzelhäuser entstehen. Die Erschließung soll
im Frühjahr beginnen.

Beschluss: angenommen mit 10:5 Stimmen.

TOP 3: Verschiedenes

Der Seniorennachmittag findet am 14. März im Gemeindehaus statt.
""",
    "locks.md": """---
title: "Four chain locks tested"
publication: "Gearbox Weekly"
author: "Nell Ashdown"
language: "en"
---
Four chain locks tested

We bought four chain locks and attacked each with bolt cutters, a hacksaw and an angle grinder. Each lock was
also carried on a bike for a fortnight of commuting, in rain and frost, to see how its key and cylinder cope with
daily use. Our tester, a former locksmith, worked to a stopwatch and stopped each attack after ten minutes.

## Osprey Max

The heaviest lock resisted the bolt cutters. The grinder needed three minutes to cut it, the longest time in
the test. The bolt cutters gave up after two minutes on its chain.

## Kestrel Mini

The cheapest lock in the test weighs 1.2 kg. The bolt cutters got through its chain in 14 seconds, quicker than
it takes to unlock it with the key.

## What the results mean

A chain lock is only as good as its padlock. Choose one with a hardened shackle.
""",
    "bakery.md": """---
title: "Interview mit Ole Brandhorst von der Bäckerei Kornfeld"
language: "de"
---
Interview mit Ole Brandhorst von der Bäckerei Kornfeld

Die Bäckerei Kornfeld betreibt 41 Filialen im Emsland. Wir haben mit Geschäftsführer Ole Brandhorst über
Personal und Pläne gesprochen.

Herr Brandhorst, wie viele Filialen wollen Sie 2026 eröffnen?

Wie viele neue Filialen wir 2026 eröffnen, kann ich Ihnen leider noch nicht verraten. Wir prüfen gerade
mehrere Standorte.

Wie viele Menschen arbeiten bei Kornfeld?

Wir beschäftigen 520 Menschen, davon 60 in der Backstube.
""",
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("sections"), ARTICLES)


def test_a_place_the_section_heading_names_is_the_place_of_its_sentences(bot: Bot) -> None:
    # „Am Mühlbach“ stands only in the agenda item's heading, not in the sentence with the figure
    answer = bot.answer("Wie viele Bauplätze plant Talheim im Baugebiet Am Mühlbach?", "de", mode="extractive")
    assert not answer.refused, answer.notes
    assert "28 Bauplätze" in answer.text


def test_a_product_the_section_heading_names_is_what_its_sentences_speak_of(bot: Bot) -> None:
    # "its chain" is the Kestrel Mini's: the section says so, the sentence doesn't
    answer = bot.answer("How long did the bolt cutters need for the Kestrel Mini?", "en", mode="extractive")
    assert not answer.refused, answer.notes
    assert "14 seconds" in answer.text


def test_the_publication_names_the_whole_article(bot: Bot) -> None:
    answer = bot.answer("How heavy is the cheapest lock in the Gearbox Weekly test?", "en", mode="extractive")
    assert not answer.refused, answer.notes
    assert "1.2 kg" in answer.text


def test_a_word_the_other_language_writes_in_lower_case_is_no_name() -> None:
    texts = [
        ("Die Time-to-Value sinkt. Für Value zählt der Kunde. Laut Value-Studie von Berta Knoll gilt das.", "de"),
        ("The value of a lock is its price. Buyers want good value from Knoll.", "en"),
    ]
    found = names.corpus_names(texts)
    assert "Value" not in found
    assert "Knoll" in found
    # a lower-case English question no longer turns "value" into a name every answer must repeat
    assert names.recased("from what bike value on should you carry two locks?", found).count("Value") == 0


def test_a_known_noun_that_keeps_following_capitalised_words_is_a_name() -> None:
    # the tagger's lexicon knows "Talheim" as a noun; the text uses it as a place's name, never after an article
    text = (
        "Zum 30. Mal feiert Talheim sein Sommerfest. Es spielt die Stadtkapelle Talheim. Der Gewerbeverein Talheim "
        "lädt ein. Die Feuerwehr Talheim sichert den Platz."
    )
    found = names.corpus_names([(text, "de")])
    assert "Talheim" in found
    assert "Stadtkapelle" not in found and "Feuerwehr" not in found


def test_a_street_with_its_house_number_is_a_name_after_any_article() -> None:
    """„im Ahornring 7“, „in der Gerbergasse 12“: an address names a place, whatever article comes before it; a
    street's word without a house number („am Waldweg entlang“) may be a plain noun."""
    text = (
        "Die Wohnung im Ahornring 7 hat 68 Quadratmeter. Das Büro in der Gerbergasse 12 öffnet um neun. "
        "Wir gingen am Waldweg entlang."
    )
    found = names.corpus_names([(text, "de")])
    assert {"Ahornring", "Gerbergasse"} <= found
    assert "Waldweg" not in found


@pytest.mark.parametrize(
    ("question", "language", "sentence", "fits"),
    [
        # a title is the same in either language
        ("What is the name of Talheim's mayor?", "en", "Anwesend war Bürgermeisterin Greta Faller.", True),
        ("Wie heißt der Bürgermeister von Talheim?", "de", "The meeting was chaired by Mayor Tom Reeve.", True),
        ("What is the name of Talheim's mayor?", "en", "Anwesend waren 14 Räte, darunter Greta Faller.", False),
        # a name in quotation marks in apposition, after a comma and an article
        ("What was the first climbing rope called?", "en",
         "1986 kam das erste Kletterseil, das „Alpin 11“, auf den Markt.", True),
        ("What was the first climbing rope called?", "en", "1986 kam das erste Kletterseil auf den Markt.", False),
        # a word that goes on with the question's name is part of it, no other place
        ("In welcher Stadt hat Corvane ein Lager gemietet?", "de",
         "Die Logistiksparte Corvane Freight hat ein großes Lager am Flughafen gemietet.", False),
        ("In welcher Stadt hat Corvane ein Lager gemietet?", "de",
         "Die Logistiksparte Corvane Freight hat ein großes Lager in Talheim gemietet.", True),
    ],
)  # fmt: skip
def test_names_and_titles_answer_what_is_asked(question: str, language: str, sentence: str, fits: bool) -> None:
    known = {"Talheim", "Greta", "Faller", "Tom", "Reeve", "Corvane", "Freight"}
    asked = profile(question, known, lambda word: True, language)  # type: ignore[arg-type]
    assert evidence._has_type(asked, sentence, known, "de") is fits


def test_the_direct_line_gives_the_quoted_name() -> None:
    asked = profile("What was the first climbing rope called?", set(), lambda word: True, "en")
    value = lead.lead(asked, "1986 kam das erste Kletterseil, das „Alpin 11“, auf den Markt.", "de")
    assert value is not None and value.text == "Alpin 11"


def test_some_one_of_a_kind_in_another_article_does_not_refuse_a_question_about_a_named_thing() -> None:
    from bot.records import Sentence

    asked = profile(
        "Welche Charge des Nusskrokant-Müslis wurde nachträglich zurückgerufen?", {"Nusskrokant"}, lambda w: True, "de"
    )
    assert asked.category == "Charge" and asked.required == ("Nusskrokant",)
    elsewhere = (
        "Die Brauerei wirft dem Glaswerk vor, die Flaschen einer Charge aus dem Mai zu schnell gekühlt zu haben."
    )
    listed = "* Nusskrokant, 500 g: batch NK2480 and batch NK2489 (added on 13 October)."
    pieces = [
        evidence.Scored(Sentence("glas", 0, len(elsewhere), elsewhere), 0, 0.83, 0.87, True, frozenset(), True),
        evidence.Scored(Sentence("recall", 0, len(listed), listed), 1, 0.83, 0.86, True, frozenset({"Nusskrokant"}),
                        True, crossed=True),
    ]  # fmt: skip
    ok, why = evidence.answerable(asked, pieces, 0.79)
    assert ok, why
    # where the only mention of the named thing's batch is „eine Charge“, the articles don't say which
    vague = "Beim Nusskrokant-Müsli wurde eine Charge zurückgerufen."
    unnamed = [
        evidence.Scored(Sentence("r", 0, len(vague), vague), 0, 0.85, 0.9, True, frozenset({"Nusskrokant"}), True)
    ]
    assert evidence.answerable(asked, unnamed, 0.79)[0] is False
    # … but one the sentence names beside it, set off by a comma, says which
    doctor = profile("Welche Ärztin hat im Januar in der Praxis angefangen?", set(), lambda w: True, "de")
    assert doctor.category == "Ärztin"
    apposed = "Seit Januar haben wir eine Ärztin in Weiterbildung, Frau Lena Brodt, im Team."
    named = [evidence.Scored(Sentence("p", 0, len(apposed), apposed), 0, 0.85, 0.9, True, frozenset(), True)]
    assert evidence.answerable(doctor, named, 0.79)[0] is True
    bare = "Seit Januar haben wir eine Ärztin in Weiterbildung im Team."
    some = [evidence.Scored(Sentence("p", 0, len(bare), bare), 0, 0.85, 0.9, True, frozenset(), True)]
    assert evidence.answerable(doctor, some, 0.79)[0] is False


@pytest.mark.parametrize(
    ("question", "about"),
    [
        # "an erster Stelle" ranks what someone says; "welche Stelle" asks for a person's post
        ("Was steht für Kallisto laut Mira Udall an allererster Stelle?", False),
        ("Was kommt bei Udall an erster Stelle?", False),
        ("Welche Stelle hat Mira Udall bei Kallisto?", True),
        ("Was macht Mira Udall bei Kallisto?", True),
    ],
)
def test_first_place_asks_what_someone_ranks_first_not_their_post(question: str, about: bool) -> None:
    assert profile(question, {"Kallisto", "Mira", "Udall"}, lambda w: True, "de").about_person is about


@pytest.mark.parametrize(
    ("question", "language", "names", "required"),
    [
        # the article itself is no name its evidence must repeat
        ("Welches Produkt nennt der Blog als Beispiel für Kallisto?", "de", {"Blog", "Kallisto"}, ("Kallisto",)),
        ("Which product does the Report give as an example for Kallisto?", "en", {"Report", "Kallisto"},
         ("Kallisto",)),
    ],
)  # fmt: skip
def test_the_article_itself_is_no_required_name(question: str, language: str, names: set[str], required: tuple) -> None:
    assert profile(question, names, lambda w: True, language).required == required  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        ("In welcher belgischen Stadt liegt der Flughafen?", "de", "place"),
        ("Welches europäische Land plant das?", "de", "place"),
        ("In which Belgian city is the airport?", "en", "place"),
        ("Which European country plans this?", "en", "place"),
        ("In welcher neuen Halle arbeiten sie?", "de", None),
    ],
)
def test_a_place_asked_with_an_adjective_is_a_place(question: str, language: str, kind: str | None) -> None:
    assert profile(question, set(), lambda w: True, language).kind == kind  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "context", "covered"),
    [
        # a month or a day of the week in either language, also in the genitive
        ("June", "An knapp der Hälfte der Messstellen lag der Spiegel Anfang Juni so tief wie nie.", True),
        ("November's", "Last November we had two days of heavy rain.", True),
        ("June", "Im Juli lag der Spiegel so tief wie nie.", False),
        ("Sunday", "Die Bibliothek rechnet mit 700 Besuchern an jedem Sonntag.", True),
        ("Sonntag", "The library expects 700 visitors every Saturday.", False),
    ],
)
def test_months_and_days_are_covered_in_either_language(name: str, context: str, covered: bool) -> None:
    assert evidence._covered(name, context, "en", crossed=True) is covered


@pytest.mark.parametrize(
    ("text", "language", "back"),
    [
        ("During that storm the peak flow was a third lower.", "en", True),
        ("In diesem Jahr wuchs der Umsatz um zwölf Prozent.", "de", True),
        ("He said that prices rose.", "en", False),
        ("Dies führt zu Problemen.", "de", False),  # a demonstrative that stands for a clause names nothing again
    ],
)
def test_a_demonstrative_before_a_noun_names_again_what_came_before(text: str, language: str, back: bool) -> None:
    from bot import tagger

    assert tagger.names_back(text, language) is back  # type: ignore[arg-type]


def test_a_hard_wrapped_lead_is_read_as_its_sentences(bot: Bot) -> None:
    # the lead's second sentence wraps before a capitalised noun; it was cut in two and made the first a heading
    told = bot.answer("Wie viele Filialen betreibt die Bäckerei Kornfeld?", "de", mode="extractive")
    assert not told.refused, told.notes
    assert "41 Filialen" in told.text


@pytest.mark.parametrize(
    ("question", "language", "about"),
    [
        # who wrote a work the question names is no question about the article's author
        ("Auf welche Studie stützt sich die Kolumne, und wer hat sie verfasst?", "de", None),
        ("Which book is the blog post based on, and who wrote it?", "en", None),
        ("Wer hat die Kolumne über die Studie geschrieben?", "de", "author"),
        ("Who wrote the blog post?", "en", "author"),
        # the author noun governs the work: the book's author, though the question names the column too
        ("Who is the author of the study on rural bus lines that inspired the column?", "en", None),
        ("Wer ist die Autorin des Buches über Landbusse, auf dem die Kolumne beruht?", "de", None),
        ("Who is the author of the column about the study?", "en", "author"),
    ],
)
def test_who_wrote_a_work_the_article_discusses_is_not_its_author(question: str, language: str, about: str) -> None:
    from bot import question as q

    assert q.meta(question, language) == about


@pytest.mark.parametrize(
    ("text", "language", "goes_on"),
    [
        ("Hierzu kann man mit kleinen Pilotprojekten experimentieren.", "de", True),
        ("Dafür braucht der Verein neue Helfer.", "de", True),
        ("Hier steht der Lehrbienenstand.", "de", False),
        ("To do this, hold the power button for ten seconds.", "en", True),
        ("The button is on the left.", "en", False),
    ],
)
def test_a_sentence_that_goes_on_with_the_one_before(text: str, language: str, goes_on: bool) -> None:
    from bot import tagger

    assert tagger.continues(text, language) is goes_on


def test_an_interrogative_is_never_a_name_of_the_question() -> None:
    # the second part of "When was it built, and when was it renovated?" carries the first as its context
    asked = profile(
        "when was it renovated – When was the apartment building on Gerberstraße built?",
        {"Gerberstraße", "When"},
        lambda word: word in {"Gerberstraße", "When"},
        "en",
    )
    assert asked.names == ("Gerberstraße",)


@pytest.mark.parametrize(
    ("question", "sentence", "way"),
    [
        ("How low did the water level drop in August?", "In August the level fell to 1.2 metres.", 1),
        ("How low did the water level drop in August?", "In August the level rose to 3.4 metres, the highest.", -1),
        ("How low did the water level drop in August?", "The gauge stands at the old mill.", 0),
        ("Wie stark war die heftigste Böe?", "Die stärkste Böe erreichte 78 km/h.", 1),
        ("Wie stark war die heftigste Böe?", "Die schwächste Böe lag bei 20 km/h.", -1),
        ("Wie hoch ist die Miete?", "Die Miete stieg auf 700 Euro.", 0),  # „wie hoch" asks for an amount, no way
        ("Where can parcels be dropped off?", "The price dropped to 5 euros.", 0),  # dropping off moves nothing
    ],
)
def test_a_figure_the_asked_way(question: str, sentence: str, way: int) -> None:
    """A question that asks how low something dropped is answered by a figure that fell, not one that rose."""
    assert evidence._same_way(evidence._way(question), sentence) == way


@pytest.mark.parametrize(
    ("question", "sentence", "sets"),
    [
        ("Bis zu welchem Datum muss der Antrag eingehen?", "Bitte senden Sie den Antrag bis zum 15. April 2026.", True),
        ("Bis zu welchem Datum muss der Antrag eingehen?", "Der Antrag vom 2. März 2026 liegt uns vor.", False),
        ("By what date must members reply?", "Please reply by 3 March, using the form.", True),
        ("By what date must members reply?", "The meeting of 3 March was well attended.", False),
    ],
)
def test_a_question_for_a_deadline_prefers_a_date_set_as_one(question: str, sentence: str, sets: bool) -> None:
    assert any(re.search(lx.extra["deadline_asked"], question, re.IGNORECASE) for lx in lexicons())
    assert evidence._sets_deadline(sentence) is sets


@pytest.mark.parametrize(
    ("question", "language", "sentence", "states"),
    [
        ("How many hours of service are members aged 16 to 70 asked to give?", "en",
         "Jedes Mitglied zwischen 16 und 70 Jahren leistet pro Jahr 10 Arbeitsstunden.", True),
        ("How many hours of service are members aged 16 to 70 asked to give?", "en",
         "Members aged 16 to 25 pay half the fee.", False),
        # one figure, or a year, is no such sign: the question's year frames many sentences
        ("Wie viele Besucher kamen 2024 zum Fest?", "de", "2024 kamen 5.000 Besucher zum Fest.", False),
    ],
)  # fmt: skip
def test_a_sentence_stating_every_figure_a_question_gives(
    question: str, language: str, sentence: str, states: bool
) -> None:
    asked = profile(question, set(), lambda w: True, language)  # type: ignore[arg-type]
    assert evidence._states_given_figures(asked, sentence) is states


@pytest.mark.parametrize(
    ("counted", "sentence", "language", "counts"),
    [
        ("Tagen", "Rain fell on 19 days, against an average of 16.", "en", True),
        ("Tagen", "The wettest spell brought 31 mm in 24 hours.", "en", False),  # hours are no days
        ("hours", "Jedes Mitglied leistet pro Jahr 8 Stunden für den Verein.", "de", True),
    ],
)
def test_a_unit_of_time_is_counted_in_either_language(counted: str, sentence: str, language: str, counts: bool) -> None:
    assert bool(evidence._counts(counted, sentence, language)) is counts
