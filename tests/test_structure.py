"""The structure of an article: sentence roles, interviews and their question links, units, the splitter.

Made-up articles in German and English (an interview with "Frage:" labels, one with bold Q/A markers, one
with plain alternating paragraphs, a news item with a caption and a source line, an essay with rhetorical
questions), and the seed articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import sentences
from ingest import clean, load, structure

SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"

LABELLED_DE = """Drohnen über dem Allgäu

Von Petra Sommer | 12.03.2024

Die Apotheken im Oberallgäu testen Lieferungen per Drohne. Wir haben mit dem Projektleiter Jonas Wirth gesprochen.

Frage: Herr Wirth, wie viele Apotheken machen mit?

Antwort: Zurzeit sind es vierzehn Apotheken. Bis zum Sommer sollen es zwanzig sein.

Frage: Was war die größte Hürde?

Antwort: Die Genehmigung der Flugrouten hat fast ein Jahr gedauert. Danach ging alles schnell.

Frage: Wie schwer darf ein Paket sein?

Antwort: Bis zu 4,5 Kilogramm. Das reicht für fast jede Bestellung."""

BOLD_EN = """Returns are expensive

By Rachel Ng | November 20, 2023

**Q:** How big is the returns problem?

**A:** Our return rate online is 31 percent. Every parcel has to be opened and checked.

**Q:** What have you changed since then?

**A:** We moved all returns into one centre in Daventry. It opened in March.

**Q:** Do customers pay for returns?

**A:** Only for returns by post. Returns to our stores remain free."""

PLAIN_EN = """The bot should know when to give up

Nordvik Home put an AI assistant in front of its customers. We spoke to its customer chief, Sofia Lindqvist.

Ms Lindqvist, why did you build the assistant?

Because we were drowning in chats. Our volume doubled within twelve months after we expanded.

What does the assistant do today?

It answers questions about delivery dates, assembly and returns in seven languages.

Which questions does it not answer?

Anything involving money beyond the standard return policy. It hands those to a person.

Did you reduce your team?

No. Nobody lost their job because of the assistant."""

NEWS_DE = """Neues Paketzentrum in Hamm eröffnet

Ein Paketroboter sortiert Sendungen im neuen Zentrum. (Foto: Logistik AG)

Die Logistik AG hat am Montag ein Paketzentrum in Hamm eröffnet. Es soll täglich 80.000 Sendungen bearbeiten.

Quelle: Westfälische Rundschau

Das Zentrum beschäftigt rund 300 Menschen. Der Bau hat 45 Millionen Euro gekostet."""

ESSAY_EN = """Why ten-minute delivery is a bad idea

Who really needs groceries in ten minutes? The promise sounds modern. But the riders pay the price.

Is speed worth any cost? Most customers say no when asked. They would rather wait an hour and know the rider is safe.

(The author runs a grocery co-op in Hackney.)"""


def roles(text: str, title: str, language: str) -> dict[str, str]:
    found = structure.analyse(text, title, language, "doc")  # type: ignore[arg-type]
    return {s.text: s.role for s in found.sentences}


@pytest.mark.parametrize(
    ("text", "title", "language", "interview"),
    [
        (LABELLED_DE, "Drohnen über dem Allgäu", "de", True),
        (BOLD_EN, "Returns are expensive", "en", True),
        (PLAIN_EN, "The bot should know when to give up", "en", True),
        (NEWS_DE, "Neues Paketzentrum in Hamm eröffnet", "de", False),
        (ESSAY_EN, "Why ten-minute delivery is a bad idea", "en", False),
    ],
    ids=["labelled-de", "bold-en", "plain-en", "news-de", "essay-en"],
)
def test_interviews_are_told_from_other_articles(text: str, title: str, language: str, interview: bool) -> None:
    assert structure.analyse(text, title, language, "doc").interview is interview  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "title", "language", "expected"),
    [
        (
            LABELLED_DE,
            "Drohnen über dem Allgäu",
            "de",
            {
                "Drohnen über dem Allgäu": "heading",
                "Von Petra Sommer | 12.03.2024": "byline",
                "Herr Wirth, wie viele Apotheken machen mit?": "question",
                "Zurzeit sind es vierzehn Apotheken.": "body",
                "Bis zu 4,5 Kilogramm.": "body",
            },
        ),
        (
            BOLD_EN,
            "Returns are expensive",
            "en",
            {
                "By Rachel Ng | November 20, 2023": "byline",
                "How big is the returns problem?": "question",
                "Our return rate online is 31 percent.": "body",
            },
        ),
        (
            NEWS_DE,
            "Neues Paketzentrum in Hamm eröffnet",
            "de",
            {
                "Neues Paketzentrum in Hamm eröffnet": "heading",
                "(Foto: Logistik AG)": "attribution",
                "Quelle: Westfälische Rundschau": "attribution",
                "Es soll täglich 80.000 Sendungen bearbeiten.": "body",
            },
        ),
        (
            ESSAY_EN,
            "Why ten-minute delivery is a bad idea",
            "en",
            {
                "Who really needs groceries in ten minutes?": "question",
                "Is speed worth any cost?": "question",
                "The promise sounds modern.": "body",
                "(The author runs a grocery co-op in Hackney.)": "body",
            },
        ),
    ],
    ids=["labelled-de", "bold-en", "news-de", "essay-en"],
)
def test_sentence_roles_come_from_the_shape_of_the_text(
    text: str, title: str, language: str, expected: dict[str, str]
) -> None:
    found = roles(text, title, language)
    for sentence, role in expected.items():
        assert found.get(sentence) == role, (sentence, found)


def test_the_speaker_label_is_not_part_of_the_quote() -> None:
    found = structure.analyse(BOLD_EN, "Returns are expensive", "en", "doc")
    texts = [s.text for s in found.sentences]
    assert "Our return rate online is 31 percent." in texts
    assert not any(t.startswith(("**A:**", "A:", "**Q:**")) for t in texts)
    for s in found.sentences:
        assert BOLD_EN[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("text", "title", "language", "answer", "question"),
    [
        (LABELLED_DE, "Drohnen", "de", "Bis zu 4,5 Kilogramm.", "Wie schwer darf ein Paket sein?"),
        (BOLD_EN, "Returns", "en", "It opened in March.", "What have you changed since then?"),
        (PLAIN_EN, "Bot", "en", "It hands those to a person.", "Which questions does it not answer?"),
    ],
    ids=["labelled-de", "bold-en", "plain-en"],
)
def test_each_answer_sentence_knows_the_question_it_answers(
    text: str, title: str, language: str, answer: str, question: str
) -> None:
    found = structure.analyse(text, title, language, "doc")  # type: ignore[arg-type]
    sentence = next(s for s in found.sentences if s.text == answer)
    assert question in text[sentence.q_start : sentence.q_end]


def test_an_interview_is_cut_into_question_with_answer_units() -> None:
    found = structure.analyse(PLAIN_EN, "Bot", "en", "doc")
    units = [PLAIN_EN[a:b].strip() for a, b in found.units]
    assert any(u.startswith("Which questions does it not answer?") and u.endswith("to a person.") for u in units)
    # no unit holds two interviewer questions
    asked = [s for s in found.sentences if s.role == "question"]
    for a, b in found.units:
        assert sum(a <= s.start < b for s in asked) <= 1


def test_rhetorical_questions_in_an_essay_are_not_linked_as_interview_questions() -> None:
    found = structure.analyse(ESSAY_EN, "Why ten-minute delivery is a bad idea", "en", "doc")
    assert all(s.q_start == -1 for s in found.sentences)


def _seed(name: str) -> tuple[str, str]:
    article, _ = load.load(SEEDS / name, 20_000_000)
    return clean.clean(article.text).text, article.title


@pytest.mark.parametrize(
    ("name", "sentence", "role"),
    [
        ("000_df76fc5b86ac5428.txt", "Berlin macht Online stark – Hochstimmung bei Amazon", "heading"),
        ("000_df76fc5b86ac5428.txt", "Was ist Ihr Erfolgsrezept?", "question"),
        ("000_df76fc5b86ac5428.txt", "Der eben beschriebene Kundenfokus gehört entscheidend dazu.", "body"),
        ("002_25c4cc863f9afe71.txt", "Geschrieben von Christian Doll | 14.01.2020", "byline"),
        ("002_25c4cc863f9afe71.txt", "(1998 Bezos’ Letter to Shareowners)", "attribution"),
        ("002_25c4cc863f9afe71.txt", "Amazon entwickelt vom Kunden her", "heading"),
        ("002_25c4cc863f9afe71.txt", "P.S.: Englische Fachausdrücke", "heading"),
        ("003_d73d4938a5856545.txt", "Interview mit Ralf T. Kreutzer - Teil 2/2", "heading"),
        ("003_d73d4938a5856545.txt", "Charlotte Malz", "byline"),
        ("003_d73d4938a5856545.txt", "Head of Marketing, BSI", "byline"),
        ("003_d73d4938a5856545.txt", "Aus Unternehmensperspektive bin ich voll bei Ihnen.", "question"),
        ("004_076a3b19f75f80d4.txt", "date 2018-12", "byline"),
    ],
)
def test_seed_sentences_get_their_roles(name: str, sentence: str, role: str) -> None:
    text, title = _seed(name)
    assert roles(text, title, "de").get(sentence) == role


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an abbreviation Punkt doesn't know leaves a fragment that joins its sentence
        ("P.S.: Englische Fachausdrücke", "de", ["P.S.: Englische Fachausdrücke"]),
        # a German ordinal doesn't end a sentence
        (
            "Der Raum liegt im 20. Stock des Hauses. Er ist groß.",
            "de",
            ["Der Raum liegt im 20. Stock des Hauses.", "Er ist groß."],
        ),
        # a soft-wrapped line continues its sentence
        (
            "Das zu\nliefern ist unser Anspruch. Danach kommt mehr.",
            "de",
            ["Das zu\nliefern ist unser Anspruch.", "Danach kommt mehr."],
        ),
        # … also where the next line opens with a currency sign
        (
            "The bill rises from\n£2,010.00 to £2,104.50. That is new.",
            "en",
            ["The bill rises from\n£2,010.00 to £2,104.50.", "That is new."],
        ),
        # a heading line stays apart from the paragraph under it
        (
            "Amazon entwickelt vom Kunden her\n\nAmazon kümmert sich.",
            "de",
            ["Amazon entwickelt vom Kunden her", "Amazon kümmert sich."],
        ),
        ("It costs $12 million. That is a lot.", "en", ["It costs $12 million.", "That is a lot."]),
        # an abbreviation before a figure doesn't end a sentence, nor do the letters of „z. B.“ or "e. g."
        (
            "Der Garten hat rund 400 m², der Draht ca. 90 m. Er kostet rd. 40 Euro bzw. ggf. 45 Euro. "
            "Neu ist z. B. 1 Modus.",
            "de",
            [
                "Der Garten hat rund 400 m², der Draht ca. 90 m.",
                "Er kostet rd. 40 Euro bzw. ggf. 45 Euro.",
                "Neu ist z. B. 1 Modus.",
            ],
        ),
        # a unit symbol takes no full stop: after a figure it ends the sentence ("90 m."), a scale word doesn't
        (
            "Das Netz kostet 2 Mio. Euro und misst 12 km. Es ist neu.",
            "de",
            ["Das Netz kostet 2 Mio. Euro und misst 12 km.", "Es ist neu."],
        ),
        (
            "The tank holds approx. 14 litres, e. g. 3 jugs. It is full.",
            "en",
            ["The tank holds approx. 14 litres, e. g. 3 jugs.", "It is full."],
        ),
        (
            "Briefing No. 17 covers the trial. See p. 4 for more.",
            "en",
            ["Briefing No. 17 covers the trial.", "See p. 4 for more."],
        ),
        # a short quotation of a few sentences is one sentence with what attributes it
        (
            "„Sei mutig. Teste viel“, rät Eva Roth seit Jahren. Danach kommt mehr.",
            "de",
            ["„Sei mutig. Teste viel“, rät Eva Roth seit Jahren.", "Danach kommt mehr."],
        ),
        (
            "She said: “We grow. We hire.” Then she left.",
            "en",
            ["She said: “We grow. We hire.”", "Then she left."],
        ),
        # a long one is split as any text: each of its sentences can be quoted on its own
        (
            "„" + "Wir wachsen in jedem Quartal weiter und stellen viele neue Leute ein. " * 5 + "Gut so.“ Ende.",
            "de",
            ["„Wir wachsen in jedem Quartal weiter und stellen viele neue Leute ein."]
            + ["Wir wachsen in jedem Quartal weiter und stellen viele neue Leute ein."] * 4
            + ["Gut so.“", "Ende."],
        ),
    ],
)
def test_the_sentence_splitter_keeps_sentences_whole(text: str, language: str, expected: list[str]) -> None:
    assert sentences.split(text, language) == expected
    for start, end in sentences.spans(text, language):
        assert text[start:end].strip() == text[start:end]


@pytest.mark.parametrize(
    ("title", "body", "first_line"),
    [
        # a headline given only as metadata becomes the article's first line, a heading
        (
            "Nordlicht mietet Lager in Dortmund",
            "Der Händler Nordlicht hat ein Lager gemietet.",
            "Nordlicht mietet Lager in Dortmund",
        ),
        ("Shop opens a depot", "The shop opened a depot last week.", "Shop opens a depot"),
        # a headline the text already starts with is not repeated
        ("Shop opens a depot", "Shop opens a depot\n\nThe shop opened a depot last week.", "Shop opens a depot"),
    ],
)
def test_a_headline_given_only_as_metadata_is_the_first_line(title: str, body: str, first_line: str) -> None:
    from bot.records import Article
    from ingest import pipeline

    article = pipeline._cleaned(Article(doc_id="a", title=title, text=body, language="de"))
    assert article.text.split("\n")[0] == first_line
    assert article.text.count(title) == 1
    assert roles(article.text, title, "de").get(first_line) == "heading"


def test_the_items_of_a_list_are_body_text_of_one_section() -> None:
    text = (
        "Was einen Radweg von einem Schnellweg unterscheidet, legt ein Katalog fest:\n\n"
        "- mindestens vier Meter Breite bei Verkehr in beide Richtungen,\n"
        "- Beleuchtung auf der ganzen Strecke,\n"
        "- Vorfahrt an den meisten Kreuzungen.\n\n"
        "2. Die Ausgangslage\n\n"
        "Im Frühjahr begannen die Bauarbeiten für den zweiten Abschnitt."
    )
    found = structure.analyse(text, "Radwege", "de")
    roles = {s.text: s.role for s in found.sentences}
    assert roles["- mindestens vier Meter Breite bei Verkehr in beide Richtungen,"] == "body"
    assert roles["- Beleuchtung auf der ganzen Strecke,"] == "body"
    assert roles["2. Die Ausgangslage"] == "heading"
    assert found.units[0][1] > text.index("Vorfahrt")  # the list stays in the section of the line that opens it


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_table_s_rows_are_statements_under_the_row_that_names_its_columns(language: str) -> None:
    text = (
        "Ein Ofen im Test\n\nDer Ofen backt gut, ist aber schwer.\n\n"
        "| Merkmal | Ofen 16 |\n|---|---|\n| Gewicht | 24,8 kg |\n"
        "| Garantie | drei Jahre, fünf Jahre auf den Brenner |\n\n"
        "Danach folgt das Fazit des Tests."
    )
    found = structure.analyse(text, "Ein Ofen im Test", language)  # type: ignore[arg-type]
    roles = {s.text: s.role for s in found.sentences}
    assert roles["| Merkmal | Ofen 16 |"] == "heading"
    assert roles["| Gewicht | 24,8 kg |"] == "body"  # two words, yet no fragment
    assert roles["| Garantie | drei Jahre, fünf Jahre auf den Brenner |"] == "body"
    assert roles["Danach folgt das Fazit des Tests."] == "body"
    assert "|---|---|" not in roles or roles["|---|---|"] != "body"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hard-wrapped paragraph goes on in capitals: a German noun, a name
        ("Die Bäckerei betreibt 41 Filialen. Wir haben mit Geschäftsführer Ole Brandhorst über\nPersonal und Pläne "
         "gesprochen.",
         ["Die Bäckerei betreibt 41 Filialen.",
          "Wir haben mit Geschäftsführer Ole Brandhorst über\nPersonal und Pläne gesprochen."]),
        ("The council voted on the plan after a long debate that was chaired by\nMayor Tom Reeve.",
         ["The council voted on the plan after a long debate that was chaired by\nMayor Tom Reeve."]),
        # a heading, a list item or a short line is no wrapped prose
        ("## Kestrel Mini\nThe cheapest lock.", ["## Kestrel Mini", "The cheapest lock."]),
        ("- a list item that is long enough to be a wrapped line of prose\n- Another item",
         ["- a list item that is long enough to be a wrapped line of prose", "- Another item"]),
        ("Geschrieben von Christian Doll | 14.01.2020\nAmazon gilt als", ["Geschrieben von Christian Doll | 14.01.2020",
                                                                      "Amazon gilt als"]),
    ],
)  # fmt: skip
def test_a_hard_wrapped_paragraph_is_read_as_its_sentences(text: str, expected: list[str]) -> None:
    from bot import sentences

    assert [text[s:e] for s, e in sentences.spans(text, "de")] == expected


def test_a_markdown_heading_that_dates_its_section_is_a_heading_not_a_byline() -> None:
    text = (
        "Sommerfest 2025: Das Programm\n\nAm Wochenende feiert Talheim.\n\n## Freitag, 22. August\n\n"
        "* 18.00 Uhr: Eröffnung."
    )
    found = roles(text, "Sommerfest 2025: Das Programm", "de")
    assert found.get("## Freitag, 22. August") == "heading", found


@pytest.mark.parametrize(
    ("language", "text", "item"),
    [
        ("en", "Budget lines\n\nThe lines for next year are:\n\n* Street repairs: £41,000 (this year: £38,500).\n"
               "* Bus grants: £9,000.\n\nThe committee agreed.", "* Bus grants: £9,000."),
        ("de", "Preise\n\nDie Preise im Überblick:\n\n- Eintritt: 8 Euro\n- Führung: 3 Euro pro Person\n\n"
               "Kinder zahlen nichts.", "- Eintritt: 8 Euro"),
    ],
)  # fmt: skip
def test_a_short_item_that_gives_a_label_its_figure_is_a_statement(language: str, text: str, item: str) -> None:
    found = structure.analyse(text, text.split("\n")[0], language)  # type: ignore[arg-type]
    roles = {s.text: s.role for s in found.sentences}
    assert roles[item] == "body"


def test_a_short_piece_without_a_figure_stays_a_fragment() -> None:
    text = "Notizen\n\nWir sprechen Englisch. P.S.: Englische Fachausdrücke bleiben. Weiter geht es im Text hier."
    found = structure.analyse(text, "Notizen", "de")
    assert all(s.role != "body" or len(s.text.split()) >= 3 for s in found.sentences)


@pytest.mark.parametrize(
    ("language", "text", "line"),
    [
        ("de", "## § 2 Befreiungen\n\nAuf Antrag wird die Gebühr erlassen für\n\n* Schulklassen,\n* Vereine.",
         "Auf Antrag wird die Gebühr erlassen für"),
        ("de", "## Preise\n\nDer Eintritt kostet:\n\n* für Erwachsene 6 Euro,\n* für Kinder 3 Euro.",
         "Der Eintritt kostet:"),
        ("en", "## Exemptions\n\nNo fee is charged for the use of the hall by\n\n* schools,\n* charities.",
         "No fee is charged for the use of the hall by"),
        ("en", "## Prices\n\nThe fees are as follows:\n\n* adults £6,\n* children £3.", "The fees are as follows:"),
    ],
)  # fmt: skip
def test_a_line_that_leads_into_a_list_is_a_sentence_not_a_heading(language: str, text: str, line: str) -> None:
    """A line that ends in a preposition, an article or a conjunction, or a clause with its verb before a colon,
    opens the sentence the list's items end: no heading, though it has no full stop."""
    roles = {s.text: s.role for s in structure.analyse(text, "Satzung", language).sentences}
    assert roles[line] == "body"
    assert roles[text.split("\n")[0]] == "heading"


@pytest.mark.parametrize("line", ["Kontakt und Anfahrt", "Opening hours:", "Das Wichtigste in Kürze"])
def test_a_heading_stays_a_heading(line: str) -> None:
    text = f"{line}\n\nDas Büro ist werktags von 9 bis 12 Uhr geöffnet. Anfragen beantworten wir schnell."
    roles = {s.text: s.role for s in structure.analyse(text, "Infos", "de").sentences}
    assert roles[line] == "heading"
