"""What a figure is of: a part named after the whole, a release's section, a bound the asked figure lies outside,
a day of the week, a thing named only in the question's own words. Made-up articles through a real store, the
real embedder and the real answer path; the rules beneath on made-up sentences."""

from __future__ import annotations

import pytest
from conftest import made_up_bot

from bot import evidence, numbers
from bot.answer import Bot
from bot.question import profile
from bot.records import Sentence

ARTICLES = {
    "kesselhof.md": """---
title: Norvik wächst im Norden
language: de
---
Norvik wächst im Norden

Der Pumpenhersteller Norvik hat sein Geschäft in Norddeutschland kräftig ausgebaut. Vor zehn Jahren lieferte die
Firma vor allem an Stadtwerke, heute kommen die meisten Aufträge aus der Landwirtschaft und von Kläranlagen. Die
Geschäftsführung spricht von einem Wandel, der ohne neue Fachkräfte nicht möglich gewesen wäre, und plant weitere
Ausbildungsplätze. Auch die Zusammenarbeit mit zwei Fachhochschulen der Region soll wachsen.

Die Nachfrage nach sparsamen Pumpen sei seit der Energiekrise deutlich gestiegen, heißt es aus dem Vertrieb.

Mittlerweile beschäftigt Norvik in Norddeutschland über 900 Mitarbeiter. Allein im Werk Saltholm arbeiten in
zwölf Schichtgruppen Menschen aus 30 Ländern.
""",
    "quillnote.md": """---
title: Quillnote release notes
language: en
---
Quillnote release notes

Quillnote is a note-taking tool for the command line. This page lists the changes of the 3.x series.

## Version 3.1.0 (4 May 2025)

Version 3.1.0 adds encrypted notebooks.

### Fixed

This release fixes 41 bugs, most of them in the search index.

## Version 3.0.0 (2 December 2024)

Version 3.0.0 replaced the storage format. It fixes 27 bugs.

## Thanks

This release contains 180 merged pull requests from 35 contributors.
""",
    "cover.md": """---
title: Harbourline travel cover at a glance
language: en
---
Harbourline travel cover at a glance

Harbourline sells single-trip and annual travel cover.

A single-trip policy for trips of up to 14 days costs £19.00.
""",
    "festival.md": """---
title: Das Programm des Lindenhain-Festivals
language: de
---
Das Programm des Lindenhain-Festivals

Das Lindenhain-Festival dauert drei Tage.

Tageskarten kosten für Freitag 35 Euro, für Samstag 45 Euro und für Sonntag 25 Euro.
""",
    "ferry.md": """---
title: Brora Sound ferry fares from March
language: en
---
Brora Sound ferry fares from March

From 1 March the Brora Sound ferry raises its fares for the first time in three years.

Islanders registered with the community council can buy a ten-journey card. The car card now costs £104 instead
of £98 and the foot passenger card £31 instead of £29.
""",
    "pets.md": """---
title: Harwood Vets price guide
language: en
---
Harwood Vets price guide

The Harwood Pet Care Club spreads routine care over the year. Members pay a monthly direct debit: £12.50 for cats
and £16.00 for dogs.
""",
    "hut.md": """---
title: Die Erlenhütte zieht Bilanz
language: de
---
Die Erlenhütte zieht Bilanz

Die Erlenhütte am Grauen Joch ist seit Dezember wieder bewirtschaftet. In der Wintersaison 2024/25 zählte die
Hütte 1.240 Übernachtungsgäste, so viele wie nie zuvor.
""",
    "bank.md": """---
title: Neue Preise bei der Sparkasse Helmsdorf
language: de
---
Neue Preise bei der Sparkasse Helmsdorf

Ab dem 1. April ändern sich einige Preise für Privatkunden der Sparkasse Helmsdorf.

Eine Ersatz-Girocard nach Verlust oder Diebstahl kostet künftig 12,00 €.
""",
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("scope"), ARTICLES)


def test_a_figure_before_a_part_alone_is_the_wholes(bot: Bot) -> None:
    # „Allein im Werk Saltholm …“ names a part: the 900 before it are the whole north's, not Saltholm's
    part = bot.answer("Wie viele Mitarbeiter arbeiten im Werk Saltholm von Norvik?", "de", mode="extractive")
    assert part.refused, part.text
    whole = bot.answer("Wie viele Mitarbeiter beschäftigt Norvik in Norddeutschland?", "de", mode="extractive")
    assert not whole.refused and "900" in whole.text.splitlines()[0], whole.text


def test_a_release_is_asked_in_its_own_section(bot: Bot) -> None:
    older = bot.answer("How many bugs does Quillnote 3.0.0 fix?", "en", mode="extractive")
    assert not older.refused and older.text.splitlines()[0].startswith("27"), older.text
    newer = bot.answer("How many bugs were fixed in Quillnote 3.1.0?", "en", mode="extractive")
    assert not newer.refused and newer.text.splitlines()[0].startswith("41"), newer.text
    # the thanks speak of "this release" under no version's heading: they don't say 3.0.0's pull requests
    thanks = bot.answer("How many pull requests went into Quillnote 3.0.0?", "en", mode="extractive")
    assert thanks.refused, thanks.text


def test_a_figure_asked_beyond_the_bound_the_text_gives_is_not_answered(bot: Bot) -> None:
    within = bot.answer(
        "How much does a Harbourline single-trip policy cost for a 10-day trip?", "en", mode="extractive"
    )
    assert not within.refused and "19" in within.text.splitlines()[0], within.text
    beyond = bot.answer(
        "How much does a Harbourline single-trip policy cost for a 21-day trip?", "en", mode="extractive"
    )
    assert beyond.refused, beyond.text


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        ("Members pay £12.50 for cats and £16.00 for dogs.", 1.0),
        ("Members pay £12.50 for cats and £14.00 for rabbits.", -1.0),
        ("Members pay £12.50 a month.", 0.0),
        ("It costs £12.50 for cats.", 0.0),  # one other group alone may be all the text prices
    ],
)
def test_a_figure_asked_for_a_noun(text: str, fits: float) -> None:
    asked = profile("How much is the club fee for a young dog?", set(), lambda word: True, "en")
    assert evidence._for_noun(evidence._noun_for(asked), text) == fits


@pytest.mark.parametrize(
    ("text", "season"),
    [("340 lockers have opened since spring.", "spring"), ("Die Saison beginnt im Frühjahr.", "spring"),
     ("The spring in the lock broke.", ""), ("Der Winterdienst räumt ab 5 Uhr.", "winter")],
)  # fmt: skip
def test_the_season_a_text_names(text: str, season: str) -> None:
    from bot.lexicon import kinds_in

    assert set(kinds_in(text, "season_words")) == ({season} if season else set())


@pytest.mark.parametrize(
    ("question", "language", "fact"),
    [
        # a price for others of the asked thing's kind: refused; the asked one: answered
        ("What does a ten-journey card for a campervan cost on the Brora Sound ferry?", "en", None),
        ("What does the ten-journey car card cost on the Brora Sound ferry?", "en", "£104"),
        ("Was kostet bei der Sparkasse Helmsdorf eine Ersatz-Kreditkarte?", "de", None),
        ("Was kostet bei der Sparkasse Helmsdorf eine Ersatz-Girocard?", "de", "12,00 €"),
        # a figure for other groups than the asked one ("for cats … for dogs" for a rabbit)
        ("What is the monthly Pet Care Club fee at Harwood for a rabbit?", "en", None),
        ("What is the monthly Pet Care Club fee at Harwood for a small dog?", "en", "£16.00"),
        # a figure of a season its article never names
        ("How many overnight guests did the Erlenhütte count last summer?", "en", None),
        ("How many overnight guests did the Erlenhütte count last winter?", "en", "1.240"),
    ],
)
def test_what_the_asked_figure_is_for_decides_the_answer(
    bot: Bot, question: str, language: str, fact: str | None
) -> None:
    answer = bot.answer(question, language, mode="extractive")  # type: ignore[arg-type]
    if fact is None:
        assert answer.refused, answer.text
    else:
        assert not answer.refused and fact in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "language", "text", "other"),
    [
        ("What do members pay for a day pass for a child?", "en",
         "The adult day pass costs £9 and the student day pass £6.", "child"),
        ("What do members pay for a student day pass?", "en",
         "The adult day pass costs £9 and the student day pass £6.", ""),
        # one other of its kind may be the asked one worded otherwise ("side effects" for "adverse effects")
        ("What share stopped because of adverse effects?", "en", "7 percent stopped because of side effects.", ""),
        # a period said otherwise is the same ("yearly": "annual")
        ("What is the price of a yearly season ticket?", "en",
         "A monthly season ticket costs £68 and an annual season ticket £690.", ""),
        ("Was kostet eine Ersatz-Kreditkarte?", "de", "Eine Ersatz-Girocard kostet 12 Euro.", "Kreditkarte"),
        # a name's compounds may be two names of one thing
        ("Was kostet der Excel-Einführungskurs?", "de", "| Excel-Grundlagen | 132 € |", ""),
    ],
)  # fmt: skip
def test_what_sets_the_asked_thing_apart(question: str, language: str, text: str, other: str) -> None:
    asked = profile(question, set(), lambda word: True, language)  # type: ignore[arg-type]
    assert evidence.other_kind(asked, text) == other


@pytest.mark.parametrize(
    ("text", "beyond"),
    [
        ("The plan costs £17.90 a month for dogs under 25 kg.", True),
        ("The plan costs £21.50 a month for dogs of 25 kg and over.", False),
        # a band below the asked weight and one that holds it: the text does give its figure
        ("Members pay £17.90 for dogs under 25 kg and £21.50 for dogs of 25 kg and over.", False),
        ("Der Tarif kostet 9 Euro für Hunde bis zu 25 kg und 12 Euro für Hunde ab 25 kg.", False),
        ("Der Tarif kostet 9 Euro für Hunde bis zu 25 kg.", True),
    ],
)
def test_a_band_that_holds_the_asked_figure_answers_it(text: str, beyond: bool) -> None:
    asked = profile("What does the plan cost for a 30 kg dog?", set(), lambda word: True, "en")
    language = "de" if "Euro" in text else "en"
    assert evidence._beyond(evidence._measures(asked), text, language) is beyond


def test_the_figure_of_the_asked_day_of_the_week(bot: Bot) -> None:
    english = bot.answer("How much is a day ticket for the Sunday of the Lindenhain festival?", "en", mode="extractive")
    assert english.text.splitlines()[0].startswith("25"), english.text
    german = bot.answer("Was kostet beim Lindenhain-Festival die Tageskarte für Samstag?", "de", mode="extractive")
    assert german.text.splitlines()[0].startswith("45"), german.text


def _pieces(text: str, names: frozenset[str] = frozenset()) -> list[evidence.Scored]:
    return [evidence.Scored(Sentence("a", 0, len(text), text), 0, 0.85, 0.9, True, names, True)]


@pytest.mark.parametrize(
    ("question", "language", "sentence", "says_which"),
    [
        # the text speaks of the thing only in the question's own words: it doesn't say which
        ("An welchem dänischen Hafen hat Nordlast die Hallen gemietet?", "de",
         "Nordlast soll 40.000 Quadratmeter am dänischen Hafen gemietet haben.", False),
        ("At which Danish port did Nordlast rent the halls?", "en",
         "Nordlast soll 40.000 Quadratmeter am dänischen Hafen gemietet haben.", False),
        ("Which Danish port did Nordlast choose?", "en", "Nordlast chose the Danish port for its depth.", False),
        # a name after the noun, or a modifier the question lacks, says which
        ("An welchem dänischen Hafen hat Nordlast die Hallen gemietet?", "de",
         "Nordlast hat am Hafen Esbjerg 40.000 Quadratmeter gemietet.", True),
        ("An welchem dänischen Hafen hat Nordlast die Hallen gemietet?", "de",
         "Nordlast hat am Esbjerger Hafen 40.000 Quadratmeter gemietet.", True),
        ("Which Danish port did Nordlast choose?", "en", "Nordlast chose the port of Esbjerg for its depth.", True),
    ],
)  # fmt: skip
def test_a_thing_named_only_in_the_questions_words_is_not_said_which(
    question: str, language: str, sentence: str, says_which: bool
) -> None:
    asked = profile(question, {"Nordlast", "Esbjerg"}, lambda w: True, language)
    assert asked.category in ("Hafen", "port")
    ok, why = evidence.answerable(asked, _pieces(sentence, frozenset(asked.required)), 0.79)
    assert ok is says_which, why


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        ("Waren in welchem Wert sollen über den Hafen eingeführt werden?", "de", "money"),
        ("Wie viel ist die Sammlung heute wert?", "de", "money"),
        ("What value of goods will pass through the port?", "en", "money"),
        ("How much is the collection worth today?", "en", "money"),
        ("Welchen Wert legt die Firma auf Pünktlichkeit?", "de", ""),
        # what an insured pays of a claim himself
        ("Wie hoch ist die Selbstbeteiligung im Basistarif?", "de", "money"),
        ("What is the excess on the Plus tier?", "en", "money"),
    ],
)
def test_a_question_for_what_a_thing_is_worth_asks_an_amount(question: str, language: str, kind: str) -> None:
    assert profile(question, set(), lambda w: True, language).kind == (kind or None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Was änderte sich in 5.1.0?", ["5.1.0"]),
        ("the v2.4.1 release", ["v2.4.1"]),
        ("am 1.10.2024 erschienen", []),  # a date
        ("Version 3.2 ist da", []),  # two parts: a release, but no three-part version
    ],
)
def test_a_version_number_has_three_parts(text: str, found: list[str]) -> None:
    assert numbers.VERSION.findall(text) == found


def test_the_version_of_a_section_is_its_headings_or_its_parents() -> None:
    notes = "Notes\n\n## Version 2.0.0\n\nA.\n\n### Fixed\n\nB.\n\n## Thanks\n\nC."
    assert numbers.version_of(notes, notes.index("A.")) == "2.0.0"
    assert numbers.version_of(notes, notes.index("B.")) == "2.0.0"
    assert numbers.version_of(notes, notes.index("C.")) == ""


@pytest.mark.parametrize(
    ("statement", "supported", "reason"),
    [
        # a release's number is read whole: "22H2" is one version, not the figure 22
        ("Quillnote läuft unter Windows 10 in der Version 22H2 und unter macOS ab Version 13.", True, ""),
        ("Quillnote läuft unter Windows 10 in der Version 21H2.", False, "version not in the evidence: 21H2"),
        # a three-part version is a release, not the figure 5.1 against the evidence's 3.1
        ("Quillnote 3.1.0 verschlüsselt Notizbücher.", True, ""),
        ("Quillnote 5.1.0 verschlüsselt Notizbücher.", False, "version not in the evidence: 5.1.0"),
    ],
)
def test_a_release_number_in_a_claim_is_checked_whole(statement: str, supported: bool, reason: str) -> None:
    from test_verify import _check

    result = _check(
        statement,
        "Quillnote runs on macOS 13 or newer and on Windows 10 version 22H2. Quillnote 3.1.0 adds encrypted notebooks.",
    )
    assert result.supported is supported, result.reasons
    assert not reason or reason in result.reasons, result.reasons


@pytest.mark.parametrize(
    ("question", "language", "counted"),
    [
        ("How many bugs does Quillnote 3.0.0 fix?", "en", "bugs"),
        ("How many pull requests did Quillnote merge?", "en", "requests"),
        ("Wie viele Fehler behebt Quillnote?", "de", "Fehler"),
    ],
)
def test_the_counted_noun_stops_at_the_verb(question: str, language: str, counted: str) -> None:
    assert profile(question, {"Quillnote"}, lambda w: True, language).counted == counted


@pytest.mark.parametrize(
    ("after", "counts"),
    [
        (" Schichtgruppen Menschen aus 30 Ländern", 0.0),  # the groups are counted, not the people
        (" neue Mitarbeiter", 1.0),
        (" Millionen Mitarbeiter", 1.0),  # a scale word is no noun counted
    ],
)
def test_the_first_noun_after_a_german_figure_is_what_it_counts(after: str, counts: float) -> None:
    assert evidence.counts("Mitarbeiter", after, "de") == counts


def test_a_count_across_languages_of_a_word_both_write_alike() -> None:
    # the German question counts "Tickets"; the English article writes the word alike: where it speaks of tickets
    # only in a sentence without a count, a count of visitors doesn't answer
    asked = profile("Wie viele Tickets hat das Lindenfest verkauft?", {"Lindenfest"}, lambda w: True, "de")
    assert asked.counted == "Tickets"

    def piece(text: str, typed: bool) -> evidence.Scored:
        return evidence.Scored(Sentence("e", 0, len(text), text), 0, 0.85, 0.9, True, frozenset(), typed, crossed=True)

    visitors = piece("This year 4,000 visitors came to the Lindenfest.", True)
    gate = piece("Tickets for the Lindenfest were sold only at the gate.", False)
    sold = piece("The Lindenfest sold 3,500 tickets this year.", True)
    assert evidence.answerable(asked, [visitors, gate], 0.79)[0] is False
    assert evidence.answerable(asked, [visitors, sold], 0.79)[0] is True
    assert evidence.answerable(asked, [visitors], 0.79)[0] is True  # nothing says the word: the check is blind


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        # an institution by its place's name is an organisation, however the place's name reads as a noun
        ("Die größte Spende kam von der Bürgerstiftung Lindenfurt und finanzierte einen Transporter.", True),
        ("Die größte Spende kam vom Museum Lindenfurt.", True),
        ("Die größte Spende kam aus Lindenfurt.", False),  # a place, no one who gave
        ("Die Fähre verbindet Halvern mit der Gemeinde Lindenfurt.", False),  # a municipality is a place here
    ],
)
def test_an_institution_named_by_its_place_answers_who(sentence: str, answers: bool) -> None:
    asked = profile("Von wem kam die größte Spende?", {"Lindenfurt"}, lambda w: True, "de")
    assert asked.kind == "person"
    assert evidence._has_type(asked, sentence, {"Lindenfurt"}, "de", 2025) is answers


@pytest.mark.parametrize(
    ("sentence", "says_which"),
    [
        ("Nordlast hat im Hafen viele neue Apps getestet.", False),  # some of a kind, adjectives between
        ("Nordlast hat im Hafen einige Apps getestet.", False),
        ("Nordlast hat im Hafen die Apps Tidewise und Kailog getestet.", True),
    ],
)
def test_some_of_a_kind_does_not_say_which(sentence: str, says_which: bool) -> None:
    asked = profile("Welche Apps hat Nordlast im Hafen getestet?", {"Nordlast"}, lambda w: True, "de")
    assert asked.category == "Apps"
    ok, why = evidence.answerable(asked, _pieces(sentence, frozenset(asked.required)), 0.79)
    assert ok is says_which, why


@pytest.mark.parametrize(
    ("title", "supported"),
    [
        # a title that opens with the product's name: the summary speaks of that product throughout
        ("Harbourline Travel Cover: Policy Summary 2025", True),
        # … or whose only name it is
        ("Policy summary 2025 for the Harbourline travel cover", True),
        # a title that mentions it among others: the name must be named more often to be the article's subject
        ("Policy summary 2025: the Harbourline and Seacrest travel covers", False),
    ],
)
def test_a_name_that_opens_the_title_is_what_the_summary_speaks_of(title: str, supported: bool) -> None:
    from test_verify import _check

    sentence = "Children under 16 travelling with an insured adult are covered free of charge on both tiers."
    article = f"{title}\n\nThis summary explains the main features of Harbourline's cover.\n\n{sentence}"
    claim = (
        "On both Harbourline tiers, children below 16 who travel with an insured adult are covered at no extra cost."
    )
    result = _check(claim, sentence, article=article, names={"Harbourline"})
    assert result.supported is supported, result.reasons


def test_a_name_in_quotation_marks_after_the_noun_says_which() -> None:
    asked = profile("Welche erste große Hürde hat Nordlast genommen?", {"Nordlast"}, lambda w: True, "de")
    assert asked.category == "Hürde"
    quoted = "Damit hat Nordlast die erste große Hürde „Marktreife“ genommen."
    assert evidence.answerable(asked, _pieces(quoted, frozenset(asked.required)), 0.79)[0] is True
    bare = "Damit hat Nordlast die erste große Hürde genommen."
    assert evidence.answerable(asked, _pieces(bare, frozenset(asked.required)), 0.79)[0] is False


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # one described by its adjectives says which: "a central role" answers "what role"
        (
            "Welche Rolle spielt die Digitalisierung bei Nordlast?",
            "Bei Nordlast spielt die Digitalisierung eine zentrale Rolle.",
        ),
        # „An welchen Innovationen …“ asks back; the German preposition is no English article
        ("Welche Innovationen plant Nordlast?", "An welchen Innovationen Nordlast arbeitet, verrät die Firma nicht."),
    ],
)
def test_a_described_one_is_not_some_one_of_a_kind(question: str, sentence: str) -> None:
    asked = profile(question, {"Nordlast"}, lambda w: True, "de")
    assert asked.category in ("Rolle", "Innovationen")
    ok, why = evidence.answerable(asked, _pieces(sentence, frozenset(asked.required)), 0.79)
    assert ok, why


SCHOOL = {
    "school.md": """---
title: Preise der Fahrschule Lindqvist
language: de
---
Preise der Fahrschule Lindqvist

Die Grundgebühr für die Klasse B beträgt 390 Euro. Eine Übungsfahrstunde der Klasse B kostet 61 Euro, eine
Sonderfahrt 76 Euro. Für die Klasse A verlangen wir 66 Euro je Fahrstunde.
""",
    "tariff.md": """---
title: Your new Brightwell Energy prices
language: en
---
Your new Brightwell Energy prices

Dear Mr Ashdown,

from 1 June your electricity prices change. Your estimated annual cost is £912 at the new prices. The unit rate is
24.5p per kWh and the standing charge 52p per day.
""",
    "cup.md": """---
title: Der Wettbewerb um den Grauwald-Pokal
language: de
---
Der Wettbewerb um den Grauwald-Pokal

Für den Grauwald-Pokal haben 24 Vereine gemeldet. Die erste Runde wird am Mittwoch, 5. August, um 18.30 Uhr
ausgetragen. Das Finale findet am 14. Mai in Tannbach statt.
""",
    "heat.md": """---
title: Calder Heat prices for 2026
language: en
---
Calder Heat prices for 2026

Calder Heat supplies district heating to 400 homes. A typical home pays £1,140 a year, £60 more than in 2025.
""",
    "water.md": """---
title: Neue Wasserpreise in Calder
language: de
---
Neue Wasserpreise in Calder

Die Stadtwerke Calder erhöhen die Preise. Der Kubikmeterpreis steigt zum 1. Januar 2026 von 1,92 Euro auf 2,24 Euro.
""",
}


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("school"), SCHOOL)


def test_a_code_the_articles_never_give_the_labelled_thing_is_not_answered(school: Bot) -> None:
    given = school.answer("Was kostet eine Übungsfahrstunde der Klasse B?", "de", mode="extractive")
    assert not given.refused and "61" in given.text, given.text
    other = school.answer("Was kostet eine Übungsfahrstunde der Klasse BE?", "de", mode="extractive")
    assert other.refused, other.text


def test_a_price_per_unit_of_a_measure_is_answered_by_one(school: Bot) -> None:
    for question, language, lead in (
        ("What is Brightwell Energy's unit rate per kWh?", "en", "24.5 pence [1]"),
        ("How much does Brightwell Energy charge for each kWh?", "en", "24.5 pence [1]"),
        ("Wie hoch ist bei Brightwell Energy der Preis je Kilowattstunde?", "de", "24,5 Pence [1]"),
    ):
        answer = school.answer(question, language, mode="extractive")
        assert not answer.refused and answer.text.splitlines()[0] == lead, answer.text
    # a cubic metre's price may be given by a compound („der Kubikmeterpreis“): no unit a price must be per
    water = school.answer("What will a cubic metre of Calder water cost from January 2026?", "en", mode="extractive")
    assert not water.refused and "2,24 Euro" in water.text, water.text
    # … and not by what a year costs
    other = school.answer("How much does Calder Heat charge per kWh?", "en", mode="extractive")
    assert other.refused or "1,140" not in other.text.splitlines()[0], other.text


def test_a_numbered_part_is_not_answered_by_another_of_its_kind(school: Bot) -> None:
    first = school.answer("Wann wird die erste Runde des Grauwald-Pokals ausgetragen?", "de", mode="extractive")
    assert not first.refused and "August" in first.text.splitlines()[0], first.text
    for question, language in (
        ("Wann wird die zweite Runde des Grauwald-Pokals ausgetragen?", "de"),
        ("When is the third round of the Grauwald cup played?", "en"),
    ):
        other = school.answer(question, language, mode="extractive")
        assert other.refused, other.text


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Die erste Runde wird am 5. August ausgetragen.", True),
        ("Stage 3 runs from Foxholt to Lanyard Cross.", True),
        ("Die zweite Runde wird am 9. September ausgetragen.", False),
        ("Round 2 is played on 9 September.", False),
        ("Das Finale findet am 14. Mai statt.", False),
    ],
)
def test_another_numbered_part_of_the_kind(text: str, other: bool) -> None:
    assert numbers.other_part(text, [("Runde", 2), ("stage", 2)]) is other


@pytest.mark.parametrize(
    ("question", "after", "fits"),
    [
        # a compound headed by a unit is answered by that compound too, or by its unit
        ("Wie viele Übungsstunden brauchten die Fahrschüler im Schnitt?", " Übungsstunden, im Jahr davor 28.", True),
        ("Wie viele Übungsstunden brauchten die Fahrschüler im Schnitt?", " Stunden.", True),
        ("Wie viele Übungsstunden brauchten die Fahrschüler im Schnitt?", " Fahrschüler.", False),
    ],
)
def test_a_count_of_a_compound_headed_by_a_unit(question: str, after: str, fits: bool) -> None:
    asked = profile(question, set(), lambda w: True, "de")
    assert evidence.of_asked_kind(asked, after) is fits


@pytest.mark.parametrize(
    ("question", "sentence", "titled"),
    [
        ("Wer ist als Bauleiter für die Arbeiten zuständig?",
         "„Das Gerüst steht bis Mitte August“, sagt Bauleiter Jens Ortloff von der Firma Kramer.", True),
        ("Who is the site manager?", "Site manager Owen Ridley will answer questions.", True),
        ("Wer ist als Bauleiter für die Arbeiten zuständig?",
         "Für Rückfragen steht Ihnen die Sachbearbeiterin Ingrid Sommer zur Verfügung.", False),
        # two nouns after a verb are no person with a title
        ("Von wem stammt laut dem Text die Idee?", "„Sei der beste Arbeitgeber“, lautet Führungsprinzip Nummer 15.",
         False),
    ],
)  # fmt: skip
def test_a_person_given_the_asked_title(question: str, sentence: str, titled: bool) -> None:
    asked = profile(question, set(), lambda w: True, "en" if question.startswith("Who") else "de")
    assert evidence._holder_titled(asked, sentence, asked.language) is titled
