"""The answer language of a question: German, English, a third language, too short to tell."""

from __future__ import annotations

import pytest

from bot.lang import Detected, detect, of_quote


@pytest.mark.parametrize(
    ("question", "previous", "expected"),
    [
        ("Wie viele Mitarbeiter hat Amazon in Berlin?", None, Detected("de")),
        ("Wer hat den Blogbeitrag geschrieben?", None, Detected("de")),
        ("How many people does Alibaba employ?", None, Detected("en")),
        ("Who wrote the blog post?", None, Detected("en")),
        # function words decide against the English term
        ("Was ist Customer Obsession?", None, Detected("de")),
        ("What is Kundenobsession?", None, Detected("en")),
        ("Wer ist Ralf Herbrich?", "en", Detected("de")),
        ("Who is Ralf Herbrich?", "de", Detected("en")),
        ("Combien de salariés Amazon emploie-t-il à Berlin?", None, Detected("en", other="French")),
        ("Où se trouve le centre logistique?", "de", Detected("en", other="French")),
        ("¿Cuántos empleados tiene Amazon en Berlín?", None, Detected("en", other="Spanish")),
        ("Quelle est la capitale de la France?", None, Detected("en", other="French")),
        ("Quién es Ralf Herbrich?", None, Detected("en", other="Spanish")),
        ("Qui est Ralf Herbrich?", "de", Detected("en", other="French")),
        ("Chi è Ralf Herbrich?", None, Detected("en", other="Italian")),
        ("Hoeveel werknemers heeft Amazon in Berlijn?", None, Detected("en", other="Dutch")),
        ("Kto to jest Ralf Herbrich?", None, Detected("en", other="Polish")),
        ("Ist Amazon in Berlin?", None, Detected("de")),
        # keywords only: lingua decides, German and English first, the neighbours where German isn't sure
        ("Amazon Mitarbeiter Großraum Berlin?", None, Detected("de")),
        ("Paketstationen Leipzig Anzahl", "en", Detected("de")),
        ("Werkgelegenheid Amazon Berlijn", None, Detected("en", other="Dutch")),
        ("Amazon çalışanlar Berlin?", None, Detected("en", other="Turkish")),
        ("Amazon medewerkers Groot-Berlijn?", None, Detected("en", other="Dutch")),
        ("Was ist Cainiao?", None, Detected("de")),
        ("Is Amazon in Berlin?", None, Detected("en")),
        # "Und" is German whatever the conversation was in
        ("Und in Potsdam?", None, Detected("de")),
        ("Und in Potsdam?", "en", Detected("de")),
        # a bare name can't be told: the conversation's language is kept
        ("Potsdam?", "en", Detected("en", sure=False)),
        ("Potsdam?", "de", Detected("de", sure=False)),
        ("😀🎉", None, Detected("de", sure=False)),
        ("😀🎉", "en", Detected("en", sure=False)),
        # a German statement with few small words: "an" is German too, and "laut" tells it
        ("Laut Roth bietet Nordlicht seinen Dienst nur in Kiel an.", None, Detected("de")),
        # the words of an English quotation or name don't make a German sentence English, nor the reverse
        ("„Love your customers. Profit will follow“, sagt Eva Roth.", None, Detected("de")),
        ("Eva Roth ist Professorin an der Kiel School of Trade and Law.", None, Detected("de")),
        ("Eva Roth is Head of Marketing at Nordlicht.", None, Detected("en")),
        ("Roth calls the motto „Kunden zuerst und immer“ her guide.", None, Detected("en")),
    ],
)
def test_detect(question: str, previous: str | None, expected: Detected) -> None:
    assert detect(question, previous=previous) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("quote", "article", "language"),
    [
        ("We will keep our prices low, and we will never stop listening to what our readers tell us.", "de", "en"),
        ("Die Genossenschaft hat im Frühjahr zwei weitere Standorte eröffnet.", "de", "de"),
        ("„Keep it simple“, schreibt die Gründerin in ihrem Brief an die Mitglieder.", "de", "de"),
        (
            "Wir sind mit dem Ergebnis des Versuchs sehr zufrieden und werden ihn auf alle Filialen ausweiten.",
            "en",
            "de",
        ),
        ("The mayor called the new depot „ein großer Schritt“ for the town.", "en", "en"),
    ],
)
def test_a_quote_s_language_is_its_own_where_its_small_words_clearly_say_so(
    quote: str, article: str, language: str
) -> None:
    assert of_quote(quote, article) == language


@pytest.mark.parametrize(
    ("text", "language", "other"),
    [
        ("PDF exports are roughly three times as fast as before.", "en", None),  # "as … as" is English
        ("Quantos funcionários tem a Amazon?", "en", "Portuguese"),
    ],
)
def test_a_word_twice_is_no_proof_of_a_third_language(text: str, language: str, other: str | None) -> None:
    found = detect(text)
    assert (found.language, found.other) == (language, other)
