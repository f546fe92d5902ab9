"""Markdown tables: a row is read with its header, the passage that starts inside a table carries the header, and the
first line takes the cell of the column a question asks for.

Made-up tables in German and English (a price list, a model comparison, a timetable, two years side by side).
"""

from __future__ import annotations

import pytest

from bot import lead, tables
from bot.question import profile
from bot.records import Article, Sentence
from ingest import chunk, pipeline, structure

PRICES = """# Neue Preise im Freibad Lindau

Ab der neuen Saison ändern sich die Eintrittspreise.

## Eintritt

| Karte | bisher | ab 1. Mai 2026 |
|---|---|---|
| Erwachsene | 4,50 € | 5,00 € |
| Kinder bis 14 Jahre | 2,00 € | 2,50 € |
| Saisonkarte Erwachsene | 90,00 € | 98,00 € |
"""

MODELS = """Three kettles compared.

Selected data of the three models:

| Model data | K-10 | K-20 | K-30 |
|---|---|---|---|
| Capacity | 1.0 litres | 1.5 litres | 1.7 litres |
| Boiling time for one litre | 150 seconds | 130 seconds | 110 seconds |
| Weight | 0.9 kg | 1.1 kg | 1.3 kg |
"""

YEARS = """Der Bericht vergleicht zwei Jahre.

| Kennzahl | 2024 | 2025 |
|---|---|---|
| Besucher | 41.200 | 45.900 |
| Veranstaltungen | 310 | 355 |
"""

NUTRITION = """Nährwerte pro Portion:

| Nährwert | mit Käse | vegane Variante ohne Käse |
|---|---|---|
| Energie | 512 kcal | 431 kcal |
| Eiweiß | 24 g | 19 g |
"""


def row(text: str, label: str) -> tuple[int, str]:
    start = text.index(f"| {label} |")
    return start, text[start : text.index("\n", start)]


def test_a_row_finds_its_header_and_caption() -> None:
    start, line = row(PRICES, "Kinder bis 14 Jahre")
    table = tables.of(PRICES, start)
    assert table is not None
    assert table.caption == "Eintritt"
    assert table.columns == ("Karte", "bisher", "ab 1. Mai 2026")
    assert tables.read(table, line) == "Eintritt. Karte: Kinder bis 14 Jahre; bisher: 2,00 €; ab 1. Mai 2026: 2,50 €"
    # the header row and a sentence of prose are no body rows
    assert tables.of(PRICES, PRICES.index("| Karte |")) is None
    assert tables.of(PRICES, PRICES.index("Ab der neuen")) is None
    model_start, _ = row(MODELS, "Weight")
    found = tables.of(MODELS, model_start)
    assert found is not None and found.caption == "Selected data of the three models:"


@pytest.mark.parametrize(
    ("text", "label", "question", "column"),
    [
        (MODELS, "Weight", "How heavy is the K-20?", 2),
        (MODELS, "Weight", "Wie schwer ist das Modell K-30?", 3),
        (MODELS, "Weight", "How heavy are the kettles?", -1),  # no column asked for
        (YEARS, "Besucher", "Wie viele Besucher kamen 2024?", 1),
        (YEARS, "Besucher", "How many visitors were there in 2025?", 2),
        (PRICES, "Erwachsene", "Was kostet der Eintritt für Erwachsene ab Mai?", 2),
        (PRICES, "Erwachsene", "Was hat der Eintritt für Erwachsene bisher gekostet?", 1),
        (PRICES, "Erwachsene", "What does an adult ticket cost now?", 2),  # of old and new, the new value
        (PRICES, "Erwachsene", "What did an adult ticket cost previously?", 1),
        # a year by its distance: from the question's year, else from the table's latest
        (YEARS, "Besucher", "Wie viele Besucher kamen im Vorjahr?", 1),
        (YEARS, "Veranstaltungen", "How many events were there in the previous year?", 1),
        # with or without: the column that says the same of the same thing
        (NUTRITION, "Energie", "Wie viele Kilokalorien hat eine Portion ohne Käse?", 2),
        (NUTRITION, "Energie", "Wie viele Kilokalorien hat eine Portion mit Käse?", 1),
        (NUTRITION, "Eiweiß", "How much protein is in a serving of the dish with Käse?", 1),
    ],
)
def test_the_column_a_question_asks_for(text: str, label: str, question: str, column: int) -> None:
    table = tables.of(text, row(text, label)[0])
    assert table is not None
    assert tables.column(table, question) == column


@pytest.mark.parametrize(
    ("text", "label", "question", "language", "value"),
    [
        (MODELS, "Weight", "How heavy is the K-20?", "en", "1.1 kilograms"),
        (MODELS, "Boiling time for one litre", "Wie viele Sekunden braucht der K-30 für einen Liter?", "de", "110"),
        (YEARS, "Besucher", "How many visitors came in 2024?", "en", "41,200"),
        (PRICES, "Kinder bis 14 Jahre", "Wie viel kostet der Eintritt für Kinder ab Mai 2026?", "de", "2,50 Euro"),
        (PRICES, "Kinder bis 14 Jahre", "How much did a child's ticket cost previously?", "en", "2 euros"),
        # the energy of food is a measure: „Wie viele Kilokalorien" is answered by „431 kcal"
        (NUTRITION, "Energie", "Wie viele Kilokalorien hat eine Portion ohne Käse?", "de", "431"),
    ],
)
def test_the_first_line_reads_the_asked_column(text: str, label: str, question: str, language: str, value: str) -> None:
    start, line = row(text, label)
    table = tables.of(text, start)
    asked = profile(question, set(), lambda word: True, language)  # type: ignore[arg-type]
    found = lead.lead(asked, line, "de" if text is not MODELS else "en", None, frozenset(), table)
    assert found is not None and value in found.text
    # without the header the row's figures are several, or the label's ("14 Jahre"): no safe value, or another
    plain = lead.lead(asked, line, "de" if text is not MODELS else "en", None, frozenset())
    assert plain is None or value not in plain.text


def test_a_passage_starting_inside_a_table_carries_its_header() -> None:
    body = "Ein Absatz vorweg, der lang genug ist, damit die Tabelle geteilt wird. " * 6
    text = f"# Preise\n\n{body}\n\n" + PRICES.split("## Eintritt\n\n", 1)[1] * 1
    rows = "".join(f"| Tarif {i} mit langem Namen | {i},00 € | {i + 1},00 € |\n" for i in range(1, 30))
    text += rows
    article = Article(doc_id="p", title="Preise", text=text, language="de")
    found = structure.analyse(text, "Preise", "de", "p")
    split = chunk.splitter(64, 0, lambda s: s.split())
    passages = pipeline._with_context(chunk.passages(article, split, found.units), found.sentences, text)
    inside = [p for p in passages if p.text.lstrip().startswith("| Tarif") and "| Karte |" not in p.text]
    assert inside, "the table is cut into several passages"
    # … between rows, never inside one („1,|00 €“)
    assert all(p.text.strip().startswith("|") and p.text.strip().endswith("|") for p in inside)
    assert all("| Karte | bisher | ab 1. Mai 2026 |" in p.context for p in inside)
    # the article as its passages tile it (what the bot reads at answer time) still gives a row its header
    from bot.retrieve import _tiled

    tiled = _tiled(passages)
    late = text.index("| Tarif 27 ")
    table = tables.of(text, late)
    assert table is not None and tables.of(tiled, late) == table
    # … and a row is embedded as it reads
    tarif = next(s for s in found.sentences if s.text.startswith("| Tarif 3 "))
    read = "Karte: Tarif 3 mit langem Namen; bisher: 3,00 €; ab 1. Mai 2026: 4,00 €"
    assert pipeline._sentence_text(tarif, text) == read
    prose = next(s for s in found.sentences if s.text.startswith("Ein Absatz"))
    assert pipeline._sentence_text(prose, text) == prose.text


def test_a_row_s_heading_in_the_evidence_is_its_table_header() -> None:
    from bot.evidence import _with_table

    start, line = row(MODELS, "Capacity")
    sentence = Sentence("m", start, start + len(line), line)
    heading = _with_table(None, sentence, tables.of(MODELS, start))
    assert heading is not None and "K-20" in heading.text and "Selected data" in heading.text
    prose = Sentence("m", 0, 22, "Three kettles compared.")
    assert _with_table(None, prose, None) is None


def test_a_year_named_by_its_distance() -> None:
    from bot.evidence import _names_shifted_year
    from bot.question import profile, year_shift

    assert year_shift("How much rain fell in October of the previous year?") == -1
    assert year_shift("Wie hoch war der Umsatz im Vorjahr?") == -1
    assert year_shift("Was kostet die Karte im kommenden Jahr?") == 1
    assert year_shift("Was kostet die Karte?") == 0
    assert year_shift("How much did the pass cost the year before?") == -1
    assert year_shift("What did the pass cost the year before last?") == 0  # two years back: no one-year shift
    assert year_shift("Wie hoch war der Umsatz im Jahr zuvor?") == -1
    assert year_shift("Was kostete die Karte im Jahr darauf?") == 1
    asked = profile("How much rain fell in October of the previous year?", set(), lambda w: True, "en")
    # from the article's year (2024): 2023
    assert _names_shifted_year(asked, "Rainfall in October 2023 was 164 mm.", 2024)
    assert not _names_shifted_year(asked, "Rainfall in October 2024 was 128 mm.", 2024)
    assert not _names_shifted_year(asked, "Rainfall in October 2023 was 164 mm.", 0)  # no year to count from
    # … or by the same distance: "a year ago"
    assert _names_shifted_year(asked, "Rain reached 128 mm, against 164 mm a year ago.", 0)


# --- end to end: a real store over a made-up price list -----------------------------------------------------


NAMES = (
    "Amsel Buche Dohle Eiche Fichte Gimpel Hasel Ilex Jasmin Kiefer Linde Meise Nelke Otter Pappel Quitte Rabe Salbei "
    "Tanne Ulme Veilchen Weide"
).split()
TARIFFS = "".join(f"| Tarif {name} | {i},00 € | {i + 1},50 € |\n" for i, name in enumerate(NAMES, start=3))
PRICE_LIST = f"""---
title: "Neue Tarife der Stadtwerke Lindau"
language: "de"
date: "2026-03-02"
---
# Neue Tarife der Stadtwerke Lindau

Die Stadtwerke Lindau ändern zum 1. Mai 2026 ihre Tarife für Strom aus Wasserkraft. Die Grundgebühr bleibt gleich,
der Preis je Monat steigt in allen Tarifen um einen Euro und fünfzig Cent.

## Monatliche Preise

| Tarif | bisher | ab 1. Mai 2026 |
|---|---|---|
{TARIFFS}
Fragen beantwortet der Kundendienst.
"""


class RecordingGenerator:
    """Records the messages it is given and answers with a fixed cited sentence."""

    name = "recording"

    def __init__(self) -> None:
        self.history: list[list[dict[str, str]]] = []

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int):  # type: ignore[no-untyped-def]
        self.history.append(messages)
        yield "Der Tarif kostet 22,50 € [1]."


@pytest.fixture(scope="module")
def price_bot(tmp_path_factory):  # type: ignore[no-untyped-def]
    from conftest import made_up_bot

    return made_up_bot(tmp_path_factory.mktemp("tables"), {"tarife.md": PRICE_LIST})


def test_a_row_late_in_a_long_table_is_answered_with_its_column(price_bot) -> None:  # type: ignore[no-untyped-def]
    answer = price_bot.answer("Was kostet der Tarif Tanne ab Mai 2026 im Monat?", mode="extractive")
    assert "| Tarif Tanne | 21,00 € | 22,50 € |" in answer.text
    assert "(Spalten: Tarif | bisher | ab 1. Mai 2026)" in answer.text
    assert answer.lead.startswith("22,50 Euro")  # the new column's cell, not the old price
    before = price_bot.answer("Was hat der Tarif Tanne bisher im Monat gekostet?", mode="extractive")
    assert before.lead.startswith("21")
    # the passages inside the table carry its header
    inside = [p for p in price_bot.retriever.passages if p.text.startswith("| Tarif ") and "| bisher |" not in p.text]
    assert inside and all("| Tarif | bisher | ab 1. Mai 2026 |" in p.context for p in inside)


def test_the_model_reads_a_passage_with_its_table_header(price_bot) -> None:  # type: ignore[no-untyped-def]
    from bot.answer import Bot

    generator = RecordingGenerator()
    bot = Bot(price_bot.settings, generator=generator)
    answer = bot.answer("Was kostet der Tarif Tanne ab Mai 2026 im Monat?", mode="llm")
    [messages] = generator.history
    user = messages[1]["content"]
    for i, p in enumerate(answer.retrieved, 1):
        assert f"[{i}] ({p.title})\n" + (f"({p.context})\n" if p.context else "") + p.text in user
    assert any(p.context for p in answer.retrieved)


@pytest.mark.parametrize(
    ("row", "other"),
    [
        ("| B | 36 months | 10,000 | £1,974 | £329 |", True),  # another mileage in the "Miles per year" column
        ("| D | 36 months | 15,000 | £2,106 | £359 |", False),  # the stated mileage
        ("| E | 24 months | 15,000 | £1,802 | £371 |", False),  # the term has no column named by "month"
    ],
)
def test_a_row_giving_another_figure_where_the_question_states_one(row: str, other: bool) -> None:
    table = tables.Table(
        "", "| Option | Term | Miles per year | Initial rental | Monthly rental |",
        ("Option", "Term", "Miles per year", "Initial rental", "Monthly rental"),
    )  # fmt: skip
    question = "What is the monthly rental on a 36-month lease with 15,000 miles a year?"
    assert tables.states_other(table, row, question) is other


def test_a_list_item_knows_the_line_that_leads_into_its_list() -> None:
    text = (
        "## § 3 Gebühren\n\nDie Gebühr beträgt monatlich:\n\n* für das erste Kind 90 Euro,\n* für jedes weitere Kind "
        "60 Euro.\n\n## § 4 Befreiungen\n\n* Kinder im letzten Kita-Jahr.\n\nDer Antrag ist formlos.\n\n"
        "* Ein Punkt ohne Einleitung."
    )
    assert tables.intro(text, text.index("* für jedes")) == "Die Gebühr beträgt monatlich:"
    assert tables.intro(text, text.index("für das erste")) == "Die Gebühr beträgt monatlich:"
    assert tables.intro(text, text.index("* Kinder im")) == ""  # under a heading
    assert tables.intro(text, text.index("* Ein Punkt")) == ""  # after a sentence of its own
    assert tables.intro(text, text.index("Der Antrag")) == ""  # no list's item


STATUTE = """---
title: "Satzung über die Gebühren der Musikschule Birkenau"
language: "de"
date: "2025-01-10"
---
# Satzung über die Gebühren der Musikschule Birkenau

## § 1 Geltungsbereich

Diese Satzung gilt für den Unterricht an der städtischen Musikschule Birkenau.

## § 2 Gebührensätze

Die Gebühr beträgt monatlich:

* für Einzelunterricht 68 Euro,
* für Gruppenunterricht 41 Euro,
* für das Ensemblespiel 15 Euro.

## § 3 Befreiungen

Auf Antrag ist Gebührenfreiheit zu gewähren für

* Kinder von Familien, die Wohngeld beziehen,
* Mitglieder des Jugendorchesters.

## § 4 Inkrafttreten

Diese Satzung tritt am 1. Februar 2025 in Kraft.
"""


@pytest.fixture(scope="module")
def statute_bot(tmp_path_factory):  # type: ignore[no-untyped-def]
    from conftest import made_up_bot

    return made_up_bot(tmp_path_factory.mktemp("statute"), {"satzung.md": STATUTE})


def test_a_quoted_list_item_is_shown_with_the_line_that_leads_into_it(statute_bot) -> None:  # type: ignore[no-untyped-def]
    answer = statute_bot.answer("Wie viel kostet der Gruppenunterricht im Monat?", mode="extractive")
    assert "für Gruppenunterricht 41 Euro," in answer.text
    assert "(in der Liste nach „Die Gebühr beträgt monatlich:“)" in answer.text
    assert answer.lead.startswith("41 Euro")
    english = statute_bot.answer("Who can be exempted from the music school fees?", mode="extractive")
    # the lead-in is quoted with the list's items that end its sentence, without their marks
    lead_in = "“Auf Antrag ist Gebührenfreiheit zu gewähren für Kinder von Familien, die Wohngeld beziehen,"
    assert lead_in in english.text
