"""Which of several figures a sentence gives is the asked one: the one for the asked group (children, members),
the new side of a change, the part named by a letter ("Band E"), the year named by its distance („im Jahr davor");
and what a question asks for by its words (a person's job title, how much time, which area, at what times).
Made-up articles through a real store, the real embedder and the real answer path; the rules beneath on made-up
sentences."""

from __future__ import annotations

import pytest
from conftest import first_line as _first
from conftest import made_up_bot

from bot import lead, numbers
from bot.answer import Bot
from bot.check import check_claim
from bot.facts import audiences
from bot.question import profile

ARTICLES = {
    "freibad.md": """---
title: Neue Preise im Freibad Hollerbach
language: de
---
Neue Preise im Freibad Hollerbach

Das Freibad Hollerbach öffnet am 1. Mai und hat bis Mitte September täglich von 7 bis 20 Uhr geöffnet. Die
Gemeinde hat im Winter das Becken neu gefliest und die Rutsche erneuert.

Die Tageskarte kostet ab dem 1. Mai 6,50 Euro statt bisher 5,80 Euro, für Kinder 3 Euro. Die Saisonkarte kostet
95 Euro für Erwachsene und 45 Euro für Schüler.

Die Sauna im Nebengebäude kostet 12 Euro für Mitglieder des Fördervereins und 16 Euro für Nichtmitglieder.
""",
    "bands.md": """---
title: Westbury council tax 2026 explained
language: en
---
Westbury council tax 2026 explained

Westbury's council has set its budget for the coming year. Bills are sent out in March.

For a Band C home the yearly bill rises from £1,530.10 to £1,601.40. For a Band E home the bill rises from
£2,010.00 to £2,104.50.
""",
    "wasserwacht.md": """---
title: Ein ruhiger Sommer am Seeburger See
language: de
---
Ein ruhiger Sommer am Seeburger See

Die Wasserwacht Seeburg zieht Bilanz. Ihr Leiter Jonas Eibl sagt, dass die Wasserwacht 2024 zu 31 Einsätzen
ausrückte, im Jahr davor zu 24, meist wegen erschöpfter Schwimmer.
""",
    "saugroboter.md": """---
title: Fünf Saugroboter im Test
language: de
---
Fünf Saugroboter im Test

Wir haben fünf Saugroboter zwischen 199 und 699 Euro in einer Altbauwohnung geprüft.

Testsieger: Arvo S9

Der Arvo S9 kostet 549 Euro und reinigt mit einer Akkuladung 180 Quadratmeter. Sein Staubbehälter fasst 0,4 Liter.

Preis-Leistungs-Sieger: Brisk 30

Der Brisk 30 kostet nur 229 Euro. Er reinigt mit einer Akkuladung 95 Quadratmeter, das Laden dauert 4 Stunden.
""",
    "tessaro.md": """---
title: Tessaro opens a lab in Leeds
language: en
---
Tessaro opens a lab in Leeds

The battery maker Tessaro has opened a research lab in Leeds with 60 staff. "We chose Leeds for its
universities," said Mara Lindqvist, Head of Research at Tessaro, at the opening on Friday.
""",
    "velora.md": """---
title: Velora baut aus
language: de
---
Velora baut aus

Der Fahrradhersteller Velora hat ein gutes Jahr hinter sich. Sein Onlineshop ist ein Paradies für Kund:innen, das
inzwischen mehr als 2 Millionen Menschen in ganz Europa überzeugt. Bei weltweit 1.200 Beschäftigten ist gute
Führung allerdings keine leichte Aufgabe.
""",
    "fair.md": """---
title: Brookfield Harvest Fair opens
language: en
---
Brookfield Harvest Fair opens

The Brookfield Harvest Fair sold 8,400 tickets on its opening day. The fair was first held in 1998 and now fills
the whole of Mill Meadow.
""",
    "merrow.md": """---
title: The wreck of the Merrow
language: en
---
The wreck of the Merrow

The harbour museum tells the story of the schooner Merrow, lost off Gull Point in 1902 with six of her eleven
crew. The survivors were rescued by fishermen from Carrick.
""",
    "depots.md": """---
title: Hollmann liefert schneller
language: de
---
Hollmann liefert schneller

Der Versandhändler Hollmann baut sein Netz im Norden aus. Mit einem Logistikzentrum in Elmshorn, einer
Abholstation im Stadtzentrum und einem Frische-Depot in Wedel können Waren schneller zum Kunden kommen.
""",
    "klinik.md": """---
title: Neue Station im Klinikum Hagenau
language: de
---
Neue Station im Klinikum Hagenau

Das Klinikum Hagenau hat eine Station für Altersmedizin mit 24 Betten eröffnet.

## Zahlen aus dem Vorjahr

Im Jahr 2024 hat das Klinikum 2.310 Patientinnen und Patienten über 80 Jahre behandelt, im Jahr 2023 waren es noch
2.050.
""",
    "mensa.md": """---
title: Neue Preise in der Schulmensa Lindau
language: de
---
Neue Preise in der Schulmensa Lindau

Der Förderverein der Grundschule Lindau teilt mit, dass der Caterer seine Preise erhöht. Ab dem 1. März steigt der
Preis für ein Mittagessen für Hortkinder von 3,10 Euro auf 3,60 Euro. Für Vorschulkinder steigt er von 2,40 Euro
auf 2,75 Euro.

Das Obstfrühstück am Freitag bleibt kostenlos.
""",
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("audiences"), ARTICLES)


def test_the_figure_for_the_asked_group(bot: Bot) -> None:
    assert _first(bot, "Was kostet die Tageskarte im Freibad Hollerbach für Kinder?", "de").startswith("3 Euro")
    assert _first(bot, "What does a season ticket for pupils cost at the Hollerbach pool?", "en").startswith("45")
    assert _first(bot, "Was zahlen Nichtmitglieder für die Sauna im Freibad Hollerbach?", "de").startswith("16")


def test_the_figure_for_a_group_named_by_a_compound(bot: Bot) -> None:
    # „Vorschulkind“ and „Hortkind“ are no audience the lexicon lists: the compound itself tells them apart
    assert _first(bot, "Was kostet ab März ein Mittagessen für ein Vorschulkind in Lindau?", "de").startswith("2,75")
    assert _first(bot, "Was kostet ab März ein Mittagessen für ein Hortkind in Lindau?", "de").startswith("3,60")


@pytest.mark.parametrize(
    ("question", "text", "found"),
    [
        ("Was zahlt man für ein Krippenkind?", "Für Krippenkinder steigt es auf 3,20 Euro.", 1.0),
        ("Was zahlt man für ein Krippenkind?", "Für Kindergartenkinder steigt es auf 3,85 Euro.", -1.0),
        ("Was zahlt man für ein Krippenkind?", "Der Ausflug kostet 8 Euro pro Kind.", 0.0),  # no other compound
        ("Was kostet die Steuer pro Zweitwagen?", "Für einen Erstwagen fallen 40 Euro an.", -1.0),
        ("Was kostet das Essen?", "Für Krippenkinder steigt es auf 3,20 Euro.", 0.0),  # no group asked
    ],
)
def test_a_group_named_by_a_compound(question: str, text: str, found: float) -> None:
    from bot import evidence

    assert evidence._for_compound(question, text) == found


def test_a_group_the_figures_are_not_given_for_is_not_answered(bot: Bot) -> None:
    answer = bot.answer("Was zahlen Senioren für die Sauna im Freibad Hollerbach?", "de", mode="extractive")
    assert answer.refused, answer.text


def test_a_part_named_by_a_letter_the_figures_are_not_given_for_is_not_answered(bot: Bot) -> None:
    answer = bot.answer("How much will a Band D home in Westbury pay a year?", "en", mode="extractive")
    assert answer.refused, answer.text


def test_the_new_side_of_a_change_unless_the_old_is_asked(bot: Bot) -> None:
    assert _first(bot, "Was kostet die Tageskarte im Freibad Hollerbach ab Mai?", "de").startswith("6,50")
    assert _first(bot, "Wie viel kostete die Tageskarte im Freibad Hollerbach bisher?", "de").startswith("5,80")
    assert _first(bot, "How much will a Band E home in Westbury pay a year?", "en").startswith("2,104.50")
    assert _first(bot, "What did a Band C home in Westbury pay before the rise?", "en").startswith("1,530.10")


def test_a_year_named_by_its_distance(bot: Bot) -> None:
    answer = bot.answer("Wie oft rückte die Wasserwacht Seeburg 2023 aus?", "de", mode="extractive")
    assert not answer.refused and "im Jahr davor zu 24" in answer.text, answer.text


def test_a_pronoun_stands_for_what_its_section_heading_names(bot: Bot) -> None:
    first = _first(bot, "Welche Fläche reinigt der Preis-Leistungs-Sieger mit einer Akkuladung?", "de")
    assert first.startswith("95 Quadratmeter"), first


def test_a_persons_job_title_is_no_article_title(bot: Bot) -> None:
    answer = bot.answer("What is Mara Lindqvist's job title at Tessaro?", "en", mode="extractive")
    assert not answer.refused and "Head of Research" in answer.text, answer.text
    assert "Tessaro opens a lab in Leeds” [" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "language", "kind", "measure"),
    [
        ("Welche Rasenfläche schafft der Preis-Leistungs-Sieger?", "de", "number", "area"),
        ("Wie viel Zeit muss man für den Umweg einplanen?", "de", "number", "time"),
        ("How much extra time should walkers allow for the detour?", "en", "number", "time"),
        ("Wie hoch war der Netto-Haushalt der Stadt 2024?", "de", "money", ""),
        ("How much do non-members pay per night?", "en", "money", ""),
        # a word of money after the noun's phrase: "What's the monthly Silver Circle Club fee …?"
        ("What's the monthly Silver Circle Club fee for a family?", "en", "money", ""),
    ],
)
def test_what_a_question_asks_by_its_words(question: str, language: str, kind: str, measure: str) -> None:
    asked = profile(question, set(), lambda w: True, language)
    assert (asked.kind, asked.measure) == (kind, measure)


@pytest.mark.parametrize(
    ("question", "language", "meta"),
    [
        ("What is Ralf Meier's job title?", "en", None),
        ("What is her title at the firm?", "en", None),
        ("What is the title of the interview?", "en", "title"),
        ("Welchen Titel trägt der Beitrag?", "de", "title"),
    ],
)
def test_only_an_articles_title_is_asked_as_its_title(question: str, language: str, meta: str | None) -> None:
    assert profile(question, set(), lambda w: True, language).meta == meta


def test_at_what_times_asks_for_times_of_day() -> None:
    assert profile("At what times does the ferry leave?", set(), lambda w: True, "en").kind == "clock"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a Band B property", [("Band", "B")]),
        ("Gruppe A und Gruppe C", [("Gruppe", "A"), ("Gruppe", "C")]),
        ("Ralf T. Kreutzer sagt", []),  # an initial
        ("Can I come?", []),
        ("homes in Band D.", [("Band", "D")]),
    ],
)
def test_a_part_named_by_a_letter(text: str, found: list[tuple[str, str]]) -> None:
    assert numbers.letter_labels(text) == found


def test_a_letter_named_part_is_the_asked_one_or_another() -> None:
    assert numbers.letter_labelled("For a Band B home", [("Band", "B")]) is True
    assert numbers.letter_labelled("For a Band D home", [("Band", "B")]) is False
    assert numbers.letter_labelled("For every home", [("Band", "B")]) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("What does a child pay per night?", {"children"}),
        ("22 Euro für Mitglieder und 34 Euro für Nichtmitglieder", {"members", "non-members"}),
        ("für Jugendliche und Studierende", {"youths", "students"}),
        ("Kinderwagen sind im Kindergarten erlaubt", set()),
        ("Adult tickets cost £14.50", {"adults"}),
    ],
)
def test_for_whom_a_figure_is(text: str, found: set[str]) -> None:
    assert audiences(text) == found


@pytest.mark.parametrize(
    ("question", "language", "sentence", "value"),
    [
        # the figure after "für / for" is the group's; the figure after it takes the words after its comma
        ("What do children pay per night?", "en",
         "Eine Nacht kostet 22 Euro für Mitglieder und 34 Euro für Nichtmitglieder, für Kinder 12 Euro.", "12"),
        ("How much do non-members pay per night?", "en",
         "Eine Nacht kostet 22 Euro für Mitglieder und 34 Euro für Nichtmitglieder, für Kinder 12 Euro.", "34"),
        # a group before its figure; the old side of a change is no answer
        ("Wie viel zahlen Jugendliche ab 2027?", "de",
         "Ab 2027 zahlen Erwachsene 150 Euro statt bisher 120 Euro, Jugendliche 60 statt 50 Euro.", "60"),
        ("Wie viel zahlen Studierende künftig?", "de",
         "Die Beiträge steigen für Erwachsene von 120 auf 150 Euro, für Studierende von 40 auf 48 Euro.", "48"),
        ("How much did the ticket cost before the change?", "en", "The ticket price rises from £12 to £15 in May.",
         "12"),
        ("How much does the ticket cost?", "en", "The ticket price rises from £12 to £15 in May.", "15"),
        # the question's year takes the old side: "up from £139.2 million in 2024/25"
        ("What was the net budget in 2024/25?", "en",
         "The net budget for 2025/26 is £148.6 million, up from £139.2 million in 2024/25.", "139.2"),
    ],
)  # fmt: skip
def test_the_asked_one_of_several_figures(question: str, language: str, sentence: str, value: str) -> None:
    asked = profile(question, set(), lambda w: True, language)
    source = "en" if "£" in sentence or sentence.startswith("The") else "de"
    found = lead.lead(asked, sentence, source)
    assert found is not None and found.text.startswith(value), found


def test_the_size_of_a_workforce_is_a_count_of_its_staff_not_of_customers(bot: Bot) -> None:
    assert _first(bot, "Wie groß ist die Belegschaft von Velora weltweit?", "de").startswith("1.200")
    assert _first(bot, "How large is Velora's workforce?", "en").startswith("1,200")


def test_a_year_by_its_distance_must_date_the_answering_sentence(bot: Bot) -> None:
    # the year another sentence names („first held in 1998") says nothing of the opening day's tickets
    answer = bot.answer(
        "How many tickets did the Brookfield Harvest Fair sell on its opening day the previous year?",
        "en",
        mode="extractive",
    )
    assert answer.refused, answer.text


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("Wie groß ist Amazons weltweite Belegschaft?", "Belegschaft"),
        ("How big is the club's membership?", "membership"),
        ("Wie groß ist das Grundstück?", ""),
    ],
)
def test_the_size_of_a_body_of_people_counts_it(question: str, counted: str) -> None:
    language = "en" if question.startswith("How") else "de"
    assert profile(question, set(), lambda w: True, language).counted == counted


def test_a_part_of_a_whole_across_languages(bot: Bot) -> None:
    # „Mitglieder" in a German article of the corpus is no cognate of the English "crew": the count stands
    answer = bot.answer(
        "Wie viele Besatzungsmitglieder der Merrow kamen beim Untergang ums Leben?", "de", mode="extractive"
    )
    assert not answer.refused and answer.text.startswith("6 ["), answer.text
    assert _first(bot, "How many crew did the Merrow have in all?", "en").startswith("11")


@pytest.mark.parametrize(
    ("question", "sentence", "value"),
    [
        ("Wie viele stimmberechtigte Mitglieder kamen zur Versammlung?",
         "Der Vorsitzende begrüßte 87 der 412 stimmberechtigten Mitglieder.", "87"),
        ("Wie viele stimmberechtigte Mitglieder hat der Verein insgesamt?",
         "Der Vorsitzende begrüßte 87 der 412 stimmberechtigten Mitglieder.", "412"),
    ],
)  # fmt: skip
def test_the_part_unless_the_whole_is_asked(question: str, sentence: str, value: str) -> None:
    found = lead.lead(profile(question, set(), lambda w: True, "de"), sentence, "de")
    assert found is not None and found.text == value, found


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ("Hollmann's logistics centre serving northern customers is located in Wedel.", False),
        ("Das Logistikzentrum von Hollmann für die Kunden im Norden steht in Wedel.", False),
        ("Hollmann's logistics centre is in Elmshorn.", True),
    ],
)
def test_a_verb_of_being_somewhere_puts_its_subject_there(bot: Bot, claim: str, supported: bool) -> None:
    result = check_claim(bot, claim)
    assert (result.verdict == "supported") is supported, result.public()


@pytest.mark.parametrize(
    ("claim", "supported"),
    [
        ('The article "Brookfield Harvest Fair opens" says the fair sold 8,400 tickets on its opening day.', True),
        (
            'The article "The wreck of the Merrow" says the Brookfield fair sold 8,400 tickets on its opening day.',
            False,
        ),
        # a title with no name and a figure in it: the reference is no fact, and the other article's sentence no
        # support
        ("Der Beitrag „Fünf Saugroboter im Test“ berichtet, dass der Brisk 30 nur 229 Euro kostet.", True),
        ("Der Beitrag „Neue Preise im Freibad Hollerbach“ berichtet, dass der Brisk 30 nur 229 Euro kostet.", False),
    ],
)
def test_a_statement_about_an_article_named_by_its_title_is_checked_in_it(
    bot: Bot, claim: str, supported: bool
) -> None:
    result = check_claim(bot, claim)
    assert (result.verdict == "supported") is supported, result.public()


def test_the_figure_of_the_asked_year_where_the_noun_is_left_out(bot: Bot) -> None:
    asked = "Wie viele Patientinnen und Patienten über 80 Jahre hat das Klinikum Hagenau im Jahr 2023 behandelt?"
    assert _first(bot, asked, "de").startswith("2.050")


def test_a_heading_of_the_previous_year_shifts_no_year_of_its_sentences(bot: Bot) -> None:
    # „## Zahlen aus dem Vorjahr" over „Im Jahr 2024 … im Jahr 2023 …" says nothing of 2022
    asked = "Wie viele Patientinnen und Patienten über 80 Jahre hat das Klinikum Hagenau im Jahr 2022 behandelt?"
    answer = bot.answer(asked, "de", mode="extractive")
    assert answer.refused, answer.text
