"""Numbers, amounts, percentages and dates as values: the same fact in German and English formats."""

from __future__ import annotations

import pytest

from bot import facts, numbers
from bot.numbers import Quantity, amounts, has_date, has_number, quantities, supports, unsupported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.000", [Quantity(2000, "number")]),
        ("2,000", [Quantity(2000, "number")]),
        ("2000", [Quantity(2000, "number")]),
        ("über 2.000 Mitarbeiter", [Quantity(2000, "number")]),
        ("1.000.000", [Quantity(1_000_000, "number")]),
        ("2,5", [Quantity(2.5, "number")]),
        ("3.5", [Quantity(3.5, "number")]),
        ("1,5 Millionen", [Quantity(1_500_000, "number")]),
        ("1.5 million", [Quantity(1_500_000, "number")]),
        ("1,5 Mio.", [Quantity(1_500_000, "number")]),
        ("75 Millionen Euro", [Quantity(75_000_000, "number")]),
        ("30,8 Milliarden", [Quantity(30_800_000_000, "number")]),
        ("30.8 billion", [Quantity(30_800_000_000, "number")]),
        ("60 %", [Quantity(60, "percent")]),
        ("60%", [Quantity(60, "percent")]),
        ("60 Prozent", [Quantity(60, "percent")]),
        ("60 percent", [Quantity(60, "percent")]),
        ("0,5 %", [Quantity(0.5, "percent")]),
        ("zwölf Teams", [Quantity(12, "number")]),
        ("14.01.2020", [Quantity(20200114, "date"), Quantity(2020, "number")]),
        ("14 January 2020", [Quantity(20200114, "date"), Quantity(2020, "number")]),
        ("January 14, 2020", [Quantity(20200114, "date"), Quantity(2020, "number")]),
        ("14. Januar 2020", [Quantity(20200114, "date"), Quantity(2020, "number")]),
        ("am 11.11.", [Quantity(1111, "date")]),
        ("11. November", [Quantity(1111, "date")]),
        ("on November 11", [Quantity(1111, "date")]),
        # a month named as a period, then a count: „im August 30 Bilder“, "in May 12 teams"
        ("Die Jury wählt im August 30 Bilder aus.", [Quantity(30, "number")]),
        ("In May 12 teams joined.", [Quantity(12, "number")]),
        ("Keine Zahl hier.", []),
    ],
)
def test_quantities(text: str, expected: list[Quantity]) -> None:
    assert quantities(text) == expected


SAME = [
    ("2.000", "2,000"),
    ("2.000", "2000"),
    ("1,5 Millionen", "1.5 million"),
    ("14.01.2020", "14 January 2020"),
    ("14.01.2020", "January 14, 2020"),
    ("14. Januar 2020", "January 14, 2020"),
    ("30,8 Milliarden", "30.8 billion"),
    ("60 %", "60 percent"),
    ("60 Prozent", "60%"),
    ("am 11.11.", "on November 11"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_value_in_both_languages(a: str, b: str) -> None:
    assert unsupported(a, b) == []
    assert unsupported(b, a) == []


@pytest.mark.parametrize(
    ("statement", "source", "missing"),
    [
        ("Amazon hat über 20.000 Mitarbeiter.", "über 2.000 Mitarbeiter", [Quantity(20000, "number")]),
        ("Amazon employs over 2,000 people.", "über 2.000 Mitarbeiter", []),
        ("Weltweit sind es 1.5 Millionen.", "weltweit 1,5 Millionen Beschäftigten", []),
        ("Weltweit sind es 15 Millionen.", "weltweit 1,5 Millionen Beschäftigten", [Quantity(15_000_000, "number")]),
        ("Es sind 60 Prozent.", "mehr als 60 % des Produktumsatzes", []),
        ("Es sind 60 Stück.", "mehr als 60 % des Produktumsatzes", [Quantity(60, "number")]),
        ("Der Beitrag erschien am 15.01.2020.", "Christian Doll | 14.01.2020", [Quantity(20200115, "date")]),
        ("It was published on 14 January 2020.", "Christian Doll | 14.01.2020", []),
        ("Es gibt drei Gruppen.", "zwei weitere zentrale Gruppen", [Quantity(3, "number")]),
        ("Eine Aussage ohne Zahl.", "über 2.000 Mitarbeiter", []),
        ("Singles Day is on November 12.", "Am 11.11. ist Singles Day", [Quantity(1112, "date")]),
        ("Singles Day was on 11 November 2019.", "Am 11.11. ist Singles Day", [Quantity(2019, "number")]),
    ],
)
def test_unsupported(statement: str, source: str, missing: list[Quantity]) -> None:
    assert unsupported(statement, source) == missing


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        ("über 2.000 Mitarbeiter", True, False),
        ("zwei Gruppen", True, False),
        ("im Jahr 2018", True, True),
        ("am 14.01.2020", True, True),
        ("ohne Angaben", False, False),
    ],
)
def test_has_number_and_date(text: str, number: bool, date: bool) -> None:
    assert (has_number(text), has_date(text)) == (number, date)


# --- amounts: intervals with qualifiers, fractions and shares in words ---------------------------

INF = float("inf")


@pytest.mark.parametrize(
    ("text", "kind", "relation", "lo", "hi"),
    [
        ("über 2.000 Mitarbeiter", "number", "more", 2000, INF),
        ("more than 2,000 staff", "number", "more", 2000, INF),
        ("mindestens 50 Läden", "number", "at_least", 50, INF),
        ("at least 50 shops", "number", "at_least", 50, INF),
        ("weniger als 10 %", "percent", "less", 0, 10),
        ("under 10 percent", "percent", "less", 0, 10),
        ("rund 40 %", "percent", "about", 36, 44),
        ("about 40 percent", "percent", "about", 36, 44),
        ("knapp 2.000", "number", "almost", 1800, 2000),
        ("almost 2,000", "number", "almost", 1800, 2000),
        ("bis zu 75 Millionen", "number", "up_to", 0, 75e6),
        ("up to 75 million", "number", "up_to", 0, 75e6),
        ("die Hälfte", "percent", "about", 45, 55),
        ("half of them", "percent", "about", 45, 55),
        ("mehr als die Hälfte", "percent", "more", 50, 100),
        ("fewer than half", "percent", "less", 0, 50),
        ("über ein Viertel", "percent", "more", 25, 100),
        ("over a quarter", "percent", "more", 25, 100),
        ("well over a million", "number", "more", 1e6, INF),
        ("Tausende", "number", "range", 2e3, 1e4),
        ("hundreds of billions", "number", "range", 2e11, 1e12),
        ("knapp eine Milliarde", "number", "almost", 0.9e9, 1e9),
        ("zwei Drittel", "percent", "about", 60, 200 / 3 * 1.1),
        ("two thirds", "percent", "about", 60, 200 / 3 * 1.1),
        ("einer von zwölf", "percent", "about", 100 / 12 * 0.9, 100 / 12 * 1.1),
        ("one in twelve", "percent", "about", 100 / 12 * 0.9, 100 / 12 * 1.1),
        ("two in five", "percent", "about", 36.0, 44.0),
        ("zwei von fünf", "percent", "about", 36.0, 44.0),
        ("die Mehrheit", "percent", "more", 50, 100),
        ("the majority", "percent", "more", 50, 100),
        ("doppelt so viele", "factor", "exact", 2, 2),
        ("twice as many", "factor", "exact", 2, 2),
        ("ein Dutzend", "number", "exact", 12, 12),
        ("a dozen", "number", "exact", 12, 12),
        ("1,5 Mio.", "number", "exact", 1.5e6, 1.5e6),
        ("30,8 Mrd.", "number", "exact", 30.8e9, 30.8e9),
    ],
)
def test_amounts(text: str, kind: str, relation: str, lo: float, hi: float) -> None:
    [a] = amounts(text)
    assert (a.kind, a.relation) == (kind, relation)
    assert a.lo == pytest.approx(lo) and a.hi == pytest.approx(hi)


@pytest.mark.parametrize(
    ("text", "language", "relation"),
    [
        ("The awning must not project more than 2 metres over the path.", "en", "at_most"),
        ("Guests don't stay longer than 3 nights.", "en", "at_most"),
        ("The rope may not be less than 12 millimetres thick.", "en", "at_least"),
        ("Der Zaun darf an keiner Stelle nicht höher als 1,20 Meter sein.", "de", "at_most"),
        ("Teilnehmen dürfen Kinder nicht unter 8 Jahren.", "de", "at_least"),
        # a denial further off denies something else
        ("It was not a surprise to anyone that more than 300 people came.", "en", "more"),
        ("Nicht alle, aber mehr als 40 Gäste blieben bis zum Ende.", "de", "more"),
    ],
)
def test_a_denied_comparative_bounds_the_other_way(text: str, language: str, relation: str) -> None:
    [a] = [a for a in amounts(text, language) if a.kind == "number"]
    assert a.relation == relation


def test_a_billion_depends_on_the_language() -> None:
    assert amounts("2 Billionen Euro", "de")[0].value == 2e12
    assert amounts("2 billion euros", "en")[0].value == 2e9


@pytest.mark.parametrize(
    ("evidence", "claim", "holds"),
    [
        ("über 2.000", "more than 1,500", True),
        ("über 2.000", "about 20,000", False),
        ("über 2.000", "2,000", True),  # a bare figure repeats the evidence's
        ("über 2.000", "mehr als 2.500", False),
        ("rund 40 %", "more than half", False),
        ("rund 40 %", "weniger als die Hälfte", True),
        ("zwei Drittel", "more than half", True),
        ("zwei Drittel", "less than half", False),
        ("three quarters", "die Mehrheit", True),
        ("one in twelve", "fewer than one in fifty", False),
        ("80 %", "mehr als drei Viertel", True),
        ("75 Millionen", "bis zu 80 Millionen", False),  # "bis zu" names the maximum, which must be stated
        ("bis zu 75 Millionen", "up to 75 million", True),
        ("75 Millionen", "mindestens 80 Millionen", False),
        ("1.950", "rund 2.000", True),
        ("14.01.2020", "14 January 2020", True),
        ("14.01.2020", "15 January 2020", False),
        ("verdoppelt", "twice", True),
        ("verdoppelt", "tripled", False),
        ("fast null", "null", False),  # zero is absolute
        ("close to zero", "almost zero", True),
        ("null", "fast null", True),
    ],
)
def test_an_evidence_amount_bears_out_a_claims(evidence: str, claim: str, holds: bool) -> None:
    e, c = amounts(evidence)[0], amounts(claim)[0]
    assert supports(e, c) is holds


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("mehr als 30 Millionen Menschen weltweit", "Menschen"),
        ("in 20 großen Städten", "Städten"),
        ("1.5 million employees", "employees"),
        ("200 Milliarden US-Dollar", ""),  # money counts nothing
        ("six years later", ""),  # nor does a time
    ],
)
def test_the_noun_a_count_counts(text: str, noun: str) -> None:
    from bot.numbers import amounts, counted

    assert counted(text, amounts(text)[0]) == noun


@pytest.mark.parametrize(
    ("text", "dimension"),
    [
        ("What the firm planned for 2018 was secret.", "year"),  # a short verb after it is no counted noun
        ("The firm hired 2000 employees.", ""),
        ("Das Lager soll 2021 öffnen.", "year"),
        ("Die Firma hat 2000 Mitarbeiter.", ""),
    ],
)
def test_a_bare_year_is_a_year(text: str, dimension: str) -> None:
    from bot.numbers import amounts
    from bot.numbers import dimension as measure

    assert measure(text, amounts(text)[0]) == dimension


@pytest.mark.parametrize(
    ("text", "value"),
    [("The firm is investing €12.5m.", 12.5e6), ("a £4.2bn deal", 4.2e9), ("$3m for the site", 3e6),
     ("the tower is 38m tall", 38.0)],  # a bare "38m" is metres
)  # fmt: skip
def test_a_scale_abbreviated_after_a_currency_sign(text: str, value: float) -> None:
    assert [a.value for a in amounts(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # number words built of several: one German word, a run of English ones
        ("etwa fünftausend Gespräche", 5000.0),
        ("Dreitausendfünfhundert Besucher kamen", 3500.0),
        ("two hundred and fifty people", 250.0),
        ("five thousand calls a day", 5000.0),
        ("one thousand two hundred members", 1200.0),
        # a hyphenated tens-and-units word, alone, before a scale or before its measure; the German "-und-" word
        ("the fence alone was fifty-eight thousand", 58000.0),
        ("twenty-three dams", 23.0),
        ("a forty-five-minute drive", 45.0),
        ("the project cost two hundred and sixty thousand pounds", 260000.0),
        ("seven million visitors", 7_000_000.0),
        ("achtundfünfzig Mitglieder", 58.0),
        ("dreiundzwanzigtausend Besucher", 23000.0),
        # a decimal said aloud, with or without a scale
        ("roughly one point eight kilometres", 1.8),
        ("two point five million", 2_500_000.0),
    ],
)
def test_compound_number_words_are_one_figure(text: str, value: float) -> None:
    assert quantities(text) == [Quantity(value, "number")]
    assert [a.value for a in amounts(text)] == [value]


@pytest.mark.parametrize(
    "text", ["vor einem Jahrhundert", "Tausende Menschen", "hundreds of shops", "1.5 million", "Grund und Boden"]
)
def test_words_of_hundreds_that_are_no_compound_figure(text: str) -> None:
    assert not [q for q in quantities(text) if q.value in (100.0, 1000.0)]


def test_a_figure_said_in_words_is_the_figure_in_digits() -> None:
    assert not unsupported("The fence cost 58,000 pounds.", "The fence alone was fifty-eight thousand pounds.")
    assert unsupported("The fence cost 50,000 pounds.", "The fence alone was fifty-eight thousand pounds.")
    assert not unsupported("Es kamen 58 Mitglieder.", "Es kamen achtundfünfzig Mitglieder.")


def test_a_claim_of_five_thousand_is_not_borne_out_by_fifty_thousand() -> None:
    assert unsupported("Alibaba führt täglich etwa fünftausend Gespräche.", "Alibaba führt täglich 50.000 Gespräche.")
    assert not unsupported("Alibaba führt täglich fünftausend Gespräche.", "Alibaba führt täglich 5.000 Gespräche.")


@pytest.mark.parametrize(
    ("claim", "evidence", "borne"),
    [
        # "about" a figure written to its hundreds is that figure give or take a hundred, not a tenth of it
        ("Insgesamt wurden rund 46.100 Packungen geliefert.", "In total, around 41,600 packs were delivered.", False),
        ("In total, about 41,600 packs were delivered.", "Insgesamt wurden 41.650 Packungen geliefert.", True),
        ("About 46,000 packs were delivered.", "In total, 46,100 packs were delivered.", True),
        ("Rund 2.000 Menschen arbeiten dort.", "Dort arbeiten 1.850 Menschen.", True),
        # a span of time in another unit
        ("Das Geld kommt innerhalb von zwei Wochen.", "The money is refunded within 14 days.", True),
        ("Das Geld kommt innerhalb von drei Wochen.", "The money is refunded within 14 days.", False),
        ("The works took one and a half years.", "Die Arbeiten dauerten 18 Monate.", True),
        ("The works took two years.", "Die Arbeiten dauerten 18 Monate.", False),
    ],
)
def test_about_figures_are_as_precise_as_written_and_time_compares_across_units(
    claim: str, evidence: str, borne: bool
) -> None:
    from bot import facts

    reasons = facts.amount_reasons(claim, evidence, None, None, evidence)
    assert (not reasons) is borne, reasons


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Die Umstellung kostete damals 84.000 Mark, fast den gesamten Umsatz.", True),
        ("Ein Brot kostete 1950 noch 50 Pfennig, ein Kilo Kaffee 12 DM.", True),
        ("The licence cost 300 marks in 1920.", True),
        ("Auf dem Platz stehen 100 Marktstände.", False),
        ("Revenue rose from 3 million to 5 million euros.", True),
        # pence written onto the figure, not a time of day
        ("Fast chargers will cost 72p per kWh on top of parking.", True),
        ("A second-class stamp costs 85p.", True),
        ("The doors open at 7pm and close at 11 p.m.", False),
    ],
)
def test_currencies_of_other_times_are_money(text: str, money: bool) -> None:
    from bot import numbers

    assert any(numbers.money_at(text, a.start, a.start + len(a.text)) for a in amounts(text, None)) is money


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("It costs 1.5 times as much.", "factor", 1.5),
        ("It costs one and a half times what it used to.", "factor", 1.5),
        ("Die Karte ist 1,5-mal so teuer.", "factor", 1.5),
        ("Prices are three times higher.", "factor", 3.0),
        ("She swims three times a week.", "number", 3.0),  # a frequency, no multiple
    ],
)
def test_a_figure_before_times_and_a_comparison_is_a_multiple(text: str, kind: str, value: float) -> None:
    found = amounts(text, None)
    assert [(a.kind, a.value) for a in found] == [(kind, value)]


@pytest.mark.parametrize(
    ("claim", "borne"),
    [
        ("An hour's parking now costs more than one and a half times what it used to.", True),
        ("An hour's parking now costs more than twice what it used to.", False),
    ],
)
def test_one_figure_instead_of_another_is_a_multiple(claim: str, borne: bool) -> None:
    from bot import facts

    evidence = "Since 1 November, an hour in the car park has cost £1.60 instead of £1."
    assert (not facts.amount_reasons(claim, evidence, "en", "en", evidence)) is borne


@pytest.mark.parametrize(
    ("claim", "evidence", "borne"),
    [
        # spans of time compare in days, also where the figures are the same: "zwei Jahre" are no "zwei Monate"
        ("Die Einarbeitung dauert etwa zwei Monate.", "Die Einarbeitung dauert rund acht Wochen.", True),
        ("Die Einarbeitung dauert etwa zwei Monate.", "Die Einarbeitung dauert mindestens zwei Jahre.", False),
        # a year that runs across two holds either of its years
        (
            "In the financial year 2022/23 the club sold 900 tickets.",
            "In the year to 31 March 2023, 900 tickets were sold.",
            True,
        ),
        (
            "In the financial year 2020/21 the club sold 900 tickets.",
            "In the year to 31 March 2023, 900 tickets were sold.",
            False,
        ),
        # a bare figure set against another measures what that one does
        ("Members pay 60 euros instead of 50.", "Mitglieder zahlen 60 Euro statt bisher 50 Euro.", True),
        ("Members pay 60 euros instead of 55.", "Mitglieder zahlen 60 Euro statt bisher 50 Euro.", False),
        ("Kinder zahlen 30 statt 25 Euro.", "Children pay €30 instead of €25 a year.", True),
        # a dotted figure after a name numbers a release, it is no amount
        ("Quillmate 2.4 supports up to 12 boards.", "Boards: up to 12 per workspace.", True),
        ("Quillmate 2.4 supports up to 24 boards.", "Boards: up to 12 per workspace.", False),
    ],
)
def test_spans_of_time_years_across_two_figures_set_against_others_and_releases(
    claim: str, evidence: str, borne: bool
) -> None:
    from bot import facts

    assert (not facts.amount_reasons(claim, evidence, None, None, evidence, "Quillmate 2.4 release notes")) is borne


@pytest.mark.parametrize(
    ("text", "released"),
    [
        ("Brindle 5.0 raises the limit.", True),
        ("Larkspur 3.2.1 fixes a crash.", True),
        ("The 2.5 million visitors came.", False),
        ("Um 14.15 Uhr beginnt es.", False),
        ("It weighs Kevin 2.5 kg.", False),
    ],
)
def test_a_dotted_figure_after_a_name_is_a_release(text: str, released: bool) -> None:
    from bot import numbers

    assert any(numbers.release(text, a) for a in amounts(text, None)) is released


@pytest.mark.parametrize(
    "text",
    [
        "unter Angabe der Kennziffer TP-2025-07 an die Personalabteilung",
        "Fixed in BR-2214 and ISO-9001.",
        "Betroffen sind die Chargen LX-3105-A und LX-3105-C.",  # a batch code ends in letters
        "Units from lot QT-77-B2 are safe.",
        "Please quote reference KV-RT-0418 when you call.",  # groups of capitals before the digits
        "Ihre Kundennummer AB12-3456 bitte angeben.",
    ],
)
def test_a_reference_code_is_no_figure(text: str) -> None:
    from bot import numbers

    assert amounts(text, None) == []
    assert numbers.located(text) == []


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        ("Wie hoch ist die Aufnahmegebühr für neue Mitglieder?", "de", "money"),
        ("Wie hoch ist der Mitgliedsbeitrag im Verein?", "de", "money"),
        ("Wie hoch ist die Kaltmiete der Wohnung?", "de", "money"),
        # … and a compound of „Geld“, „Entgelt“, „Pfand“: „Startgeld“, „Erfrischungsgeld“ (not „wie hoch“ a height)
        ("Wie hoch ist das Startgeld für eine Mannschaft der B-Jugend?", "de", "money"),
        ("Wie viel Erfrischungsgeld bekommt ein Beisitzer?", "de", "money"),
        ("Wie hoch ist das Nutzungsentgelt für den Saal?", "de", "money"),
        ("Wie hoch ist der Turm am Markt?", "de", "number"),
        ("Wie hoch ist die Kaution für die Wohnung am Stadtpark?", "de", "money"),
        ("Wie hoch ist der Restbetrag für die Klassenfahrt?", "de", "money"),
        ("Wie hoch ist der Turm der Stadtkirche?", "de", "number"),
        # words of the noun phrase between the interrogative and the word of money
        ("Wie hoch ist der noch offene Betrag für die Reparatur?", "de", "money"),
        ("Wie viel ist die jährliche Aufnahmegebühr des Golfclubs?", "de", "money"),
        ("Welche Rolle spielt die Provision für den Makler?", "de", None),
        ("How much is the outstanding balance on the kitchen order?", "en", "money"),
        ("Welcher Beitrag erschien zuerst?", "de", None),
        ("How much is the joining fee for new members?", "en", "money"),
        ("How high is the deposit for the flat?", "en", "money"),
        # "when" before a modal asks a condition or an hour, which no date need answer
        ("When can walkers safely cross the estuary?", "en", None),
        ("Wann darf man die Brücke wieder befahren?", "de", None),
        ("When was the bridge opened?", "en", "date"),
        ("Wann soll das alte Lager schließen?", "de", "date"),
        # a ratio named by its noun is a share; what an hour costs is money
        ("Wie hoch ist die Abbrecherquote im ersten Semester?", "de", "percent"),
        ("How high was the dropout rate in the first term?", "en", "percent"),
        ("What is the error rate of the new scanner?", "en", "percent"),
        ("What is the hourly rate for the tutor?", "en", "money"),
        ("How much is the tax for a second cat in Lindby?", "en", "money"),
        ("How much is the tourist levy per night?", "en", "money"),
        ("What is the annual stipend of the fellowship?", "en", "money"),
        ("How much has been collected for the new bells?", "en", "money"),
        ("Wie viel wurde für die neuen Glocken gespendet?", "de", "money"),
        ("Wie viel hat die Kollekte am Sonntag gebracht?", "de", "money"),
        ("Wie viel Regen hat das Gewitter gebracht?", "de", "number"),
        ("How much rain was collected in the tank?", "en", "number"),
        # a date asked for with a word of money later on: „Bis zu welchem Datum entfällt die Gebühr?“
        ("Bis zu welchem Datum entfällt die Anmeldegebühr?", "de", "date"),
        ("By which date is the booking fee waived?", "en", "date"),
        # an amount or a sum asked for is money, an amount of a thing is not
        ("What amount does the council set aside for street lighting?", "en", "money"),
        ("What amount of rain fell in March?", "en", None),
        ("Welche Summe kam beim Spendenlauf zusammen?", "de", "money"),
    ],
)
def test_the_answer_type_of_questions_about_fees_and_conditions(question: str, language: str, kind: str | None) -> None:
    from bot import question as q

    assert q.kind(question, language) == kind


@pytest.mark.parametrize(
    ("text", "figure", "counts"),
    [
        # a paragraph's number in brackets at the start of its line labels it
        ("(1) Der Verein führt den Namen „Imkerverein Lindholm e. V.“", "1", False),
        ("Satzung\n(2) Er ist im Vereinsregister eingetragen.", "2", False),
        ("Der Beitrag (rund 3 Euro) ist fällig.", "3", True),
        # a figure after "firmware" or "version" numbers a release
        ("The centre repairs the R4 mower from firmware 2.6 onwards.", "2.6", False),
        ("Die App ab Version 5.1 zeigt den Verbrauch.", "5.1", False),
        ("The mower weighs 2.6 kilograms.", "2.6", True),
        # a figure after the noun it numbers labels it: a route, a line, a room, a platform
        ("Route 14 (Market Square – Dene Park): buses no longer call at Elm Row.", "14", False),
        ("Die Buslinie 7 hält nicht mehr am Rathaus.", "7", False),
        ("The plans can be seen in Room 212 of the town hall.", "212", False),
        ("Der Zug fährt von Gleis 4 ab.", "4", False),
        ("The line carries 14 buses an hour.", "14", True),
        ("Die Wohnung hat 3 Zimmer.", "3", True),
        # a section, clause or step of a text is numbered too
        ("You may use the break clause in section 7 after the first year.", "7", False),
        ("Die Frist nach Absatz 2 beginnt mit dem Zugang.", "2", False),
        ("In step 4, press the start button.", "4", False),
        ("The guide has 4 steps.", "4", True),
        # a part of a series is numbered, also as "of how many": „Teil 2/2", "Part 1 of 3", "episode 12"
        ("In Teil 2/2 des Gesprächs spricht die Gründerin über Geld.", "2/", False),
        ("In Teil 2/2 des Gesprächs spricht die Gründerin über Geld.", "/2", False),
        ("Part 1 of 3: how the depot was planned", "3", False),
        ("In episode 12 the hosts visit a beaver dam.", "12", False),
        ("Die Serie hat 3 Teile.", "3", True),
        # hours and minutes on the 24-hour clock are a time of day, not two counts (a score "2:1" stays figures)
        ("The evening walk starts at 19:00 and takes 75 minutes.", "19", False),
        ("The evening walk starts at 19:00 and takes 75 minutes.", "00", False),
        ("Der Abendkurs beginnt um 18:30 und hat 12 Plätze.", "12", True),
        ("Das Heimspiel endete 2:1 vor 800 Zuschauern.", "2", True),
        # a figure after a code of capitals names a module, a train, a week: "OCE 347", "ICE 578", „KW 12" — not after
        # a currency's, an index's or a place's code
        ("Module OCE 347 admits 36 students.", "347", False),
        ("Der ICE 578 fährt um 9 Uhr ab.", "578", False),
        ("Die Sanierung beginnt in KW 12.", "12", False),
        ("Die Gebühr beträgt EUR 300 im Jahr.", "300", True),
        ("US 500 companies took part.", "500", True),
        # … nor a figure with a unit, a share or separators after a code: a party's result, a count in a region
        ("Die SPD 25 Prozent, die CDU 31 Prozent.", "25", True),
        ("In NRW 2.000 neue Stellen.", "2.000", True),
        ("The GX 40 kg load is the limit.", "40", True),
        # "partly" is no part: „zum Teil 40 Prozent", "in part 25 percent"
        ("Die Mieten stiegen zum Teil 40 Prozent.", "40", True),
        ("Costs rose in part 25 percent because of energy.", "25", True),
    ],
)
def test_labels_and_releases_count_nothing(text: str, figure: str, counts: bool) -> None:
    from bot import numbers

    at = text.index(figure)
    if figure.startswith("/"):  # the second figure of "2/2"
        at, figure = at + 1, figure[1:]
    figure = figure.rstrip("/")
    assert numbers.ordinal_or_clock(text, at, at + len(figure)) is not counts


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Wie viel Umsatz erzielte die Firma am Aktionstag 2017?", (2017,)),
        ("How many people did the firm employ back in 2012, and in 2019?", (2012, 2019)),
        ("How many of the 2000 employees work in Leeds?", ()),
        ("Wie viele Mitarbeiter hat die Firma heute?", ()),
    ],
)
def test_the_years_a_question_names(text: str, years: tuple[int, ...]) -> None:
    from bot import numbers

    assert numbers.years(text) == years


@pytest.mark.parametrize(
    ("text", "year", "named"),
    [
        ("Im Jahr 2017 wuchs der Umsatz.", 2017, True),
        ("In der Saison 2016/17 stieg der Verein auf.", 2017, True),
        ("In der Saison 2016/17 stieg der Verein auf.", 2018, False),
        ("Der Umsatz lag bei 2.017 Euro.", 2017, False),
    ],
)
def test_whether_a_text_names_a_year(text: str, year: int, named: bool) -> None:
    from bot import numbers

    assert numbers.names_year(text, year) is named


@pytest.mark.parametrize(
    ("question", "language", "measure"),
    [
        ("I have a fan oven – what temperature should I set for the bread?", "en", "temperature"),
        ("Auf welche Temperatur muss der Ofen vorgeheizt werden?", "de", "temperature"),
        ("How long will the bread keep in a tin?", "en", "time"),
        ("How long is the second stage?", "en", "extent"),  # a length or a time
    ],
)
def test_the_dimension_a_question_measures(question: str, language: str, measure: str) -> None:
    from bot import question as q

    assert q._measure(question, language) == measure


@pytest.mark.parametrize(
    ("after", "temperature"),
    [("C (160C fan, gas 4).", True), (" °C", True), (" Grad Celsius", True), ("-Klasse", False), (" Kilogramm", False)],
)
def test_a_temperature_unit_after_a_figure(after: str, temperature: bool) -> None:
    from bot import numbers

    assert numbers.answers_measure(after, "temperature") is temperature


@pytest.mark.parametrize(
    ("question", "language", "category"),
    [
        ("What was the turnout in the council election?", "en", "turnout"),
        ("Was ist der Zweck des Vereins?", "de", "Zweck"),
        ("What is the reason for the delay?", "en", ""),
        ("Was macht der Verein?", "de", ""),
        ("Which goal does the firm pursue?", "en", "goal"),
    ],
)
def test_the_thing_a_what_is_the_question_asks_about(question: str, language: str, category: str) -> None:
    from bot import question as q

    assert q._category(question, language) == category


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Die Behandlung sollte mindestens eine Woche dauern.", "at_least"),
        ("It keeps for up to a month in the fridge.", "up_to"),
    ],
)
def test_one_of_a_unit_after_a_qualifier_is_a_figure(text: str, relation: str) -> None:
    found = amounts(text, None)
    assert [(a.value, a.relation) for a in found] == [(1.0, relation)]


def test_an_article_before_a_unit_without_a_qualifier_is_no_figure() -> None:
    assert amounts("Ein Jahr später kam er zurück.", None) == []


@pytest.mark.parametrize(
    ("question", "language", "bound"),
    [
        ("Wie lange sollte die Behandlung mindestens dauern?", "de", "at_least"),
        ("How many guests may the hall hold at most?", "en", "at_most"),
        ("Kamen mindestens 500 Besucher?", "de", ""),
        ("How long is the walk?", "en", ""),
    ],
)
def test_the_bound_a_question_asks_for(question: str, language: str, bound: str) -> None:
    from bot import question as q

    assert q._bound(question, language) == bound


@pytest.mark.parametrize("after", [" Jahr lang", " Monat", " Tag", " Jahres", " Jahre"])
def test_a_german_unit_of_time_in_the_singular_measures_time(after: str) -> None:
    from bot import numbers

    assert numbers.answers_measure(after, "time")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elternsprechtag | 13.11.2025 | 15:00–19:00 Uhr", ["d13m11", "t1500", "t1900"]),
        ("the parents' evening on 13 November starts at 3pm", ["d13m11", "m11", "t1500"]),
        ("Doors open at 6.30pm on November 13.", ["d13m11", "m11", "t1830"]),
        ("Die Infoveranstaltung am 4. Februar beginnt um 18.30 Uhr.", ["d4m2", "m2", "t1830"]),
        ("We may open in May.", ["m5"]),  # the modal verb names no month
        ("Im Jahr 2.000 waren es 12,5 Prozent.", []),
        # days of the week, also as „dienstags" and "Tuesdays"; „Montage" is no Monday
        ("Die Bücherei ist dienstags und am Sonnabend geöffnet.", ["w1", "w5"]),
        ("The library opens on Tuesdays and Saturdays.", ["w1", "w5"]),
        ("Die Montage dauert zwei Stunden.", []),
    ],
)
def test_dates_months_and_times_have_terms_of_either_language(text: str, expected: list[str]) -> None:
    assert numbers.neutral_terms(text) == expected


@pytest.mark.parametrize(
    ("question", "text", "same", "other"),
    [
        ("Wie lange braucht die Linie 12 bis zum Bahnhof?", "Route 12 now takes 25 minutes.", True, False),
        ("Wie lange braucht die Linie 12 bis zum Bahnhof?", "Die Linie 1 braucht 9 Minuten.", False, True),
        ("What does clause 4 say about pets?", "Absatz 4 erlaubt keine Haustiere.", True, False),
        ("What does clause 4 say about pets?", "Clause 5 covers parking.", False, True),
        # "the last 10 minutes" numbers no part
        ("Wie viele Tore fielen in den letzten 10 Minuten?", "In den letzten 5 Minuten fiel ein Tor.", False, False),
    ],
)  # fmt: skip
def test_a_numbered_part_in_either_language(question: str, text: str, same: bool, other: bool) -> None:
    parts = numbers.labels(question)
    assert numbers.labelled(text, parts) is same
    assert numbers.other_label(text, parts) is other


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the first figure of a change or a range shares the second's scale or percent sign
        ("Der Gewinn sank von 12,5 auf 9,8 Millionen Euro.", [("number", 12.5e6), ("number", 9.8e6)]),
        ("Sales rose from 3.1 to 4.4 billion dollars.", [("number", 3.1e9), ("number", 4.4e9)]),
        ("Die Quote stieg von 12 auf 15 %.", [("percent", 12.0), ("percent", 15.0)]),
        ("Erwartet werden zwischen 80 und 95 Millionen Euro.", [("number", 80e6), ("number", 95e6)]),
        # … "und / and" only after "zwischen / between": two separate figures otherwise
        ("Aged 60 and 70 % of them agreed.", [("number", 60.0), ("percent", 70.0)]),
        ("Es kamen 3 Gäste und 4 Millionen Zuschauer.", [("number", 3.0), ("number", 4e6)]),
    ],
)
def test_a_pair_of_figures_shares_its_scale(text: str, values: list[tuple[str, float]]) -> None:
    assert [(q.kind, q.value) for q in numbers.quantities(text)] == values


def test_the_first_figure_of_a_change_measures_what_the_second_does() -> None:
    text = "Der Gewinn sank von 12,5 auf 9,8 Millionen Euro."
    first, second = numbers.amounts(text)
    assert numbers.dimension(text, first) == numbers.dimension(text, second) == "money"
    # a count beside a sum is no sum: "and" joins no change
    text = "Es kamen 300 Gäste und 4 Millionen Euro Spenden."
    assert numbers.dimension(text, numbers.amounts(text)[0]) == ""


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        ("Es wurden weniger Häuser verkauft als ein Jahr zuvor.", "de", []),
        ("Sales were lower than a year earlier.", "en", []),
        ("Die Anmeldung ist mindestens eine Woche vorher nötig.", "de", [(1.0, float("inf"))]),
        ("Book at least a month before the trip.", "en", [(1.0, float("inf"))]),
    ],
)
def test_a_year_before_is_a_point_in_time_not_one_of_a_unit(
    text: str, language: str, figures: list[tuple[float, float]]
) -> None:
    """„als ein Jahr zuvor“ compares with then; „mindestens eine Woche“ is one week, qualified."""
    assert [(a.lo, a.hi) for a in numbers.amounts(text, language)] == figures


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("höchstens ein halbes Jahr vorher", 365.25 / 2),
        ("frühestens sechs Monate vorher", 365.25 / 2),
        ("half a year before the wedding", 365.25 / 2),
        ("einen halben Tag lang", 0.5),
        ("half an hour later", 1 / 48),
    ],
)
def test_half_of_a_unit_of_time_is_a_span_of_it(text: str, days: float) -> None:
    from bot import numbers

    (amount,) = amounts(text, None)
    spanned = numbers.in_days(text, amount)
    assert spanned is not None and spanned.value == pytest.approx(days)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Die Straße ist vom 3. bis zum 21. März gesperrt.", 303),
        ("The road is closed from 3 to 21 March 2026.", 20260303),
        ("Tickets are valid 3–21 March.", 303),
    ],
)
def test_the_first_day_of_a_range_has_the_month_of_the_last(text: str, first: int) -> None:
    dates = [a.value for a in amounts(text, None) if a.kind == "date"]
    assert first in dates and len(dates) == 2


def test_a_range_of_ages_stays_figures() -> None:
    assert [a.kind for a in amounts("Kinder von 6 bis 12 Jahren", None)] == ["number", "number"]


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("Die Halle soll 12 Millionen Euro kosten.", "de", "EUR"),
        ("The hall will cost €12 million.", "en", "EUR"),
        ("Umsatz von 4,2 Milliarden US-Dollar", "de", "USD"),
        ("a grant of $250,000", "en", "USD"),
        ("A day ticket costs £6.50.", "en", "GBP"),
        ("fees of 300 pounds", "en", "GBP"),
        ("Der Eintritt kostet 8 Franken.", "de", "CHF"),
        ("a stamp costs 85p", "en", ""),
    ],
)
def test_an_amount_of_money_knows_its_currency(text: str, language: str, code: str) -> None:
    [a] = amounts(text, language)
    assert numbers.currency(text, a) == code


@pytest.mark.parametrize(
    ("claim", "borne"),
    [
        ("The new depot will cost more than 10 million euros.", True),
        ("Das neue Depot kostet über 10 Millionen Euro.", True),
        # the span's larger figure is in another currency: it bears out no amount in euros
        ("The new depot will cost more than 30 million euros.", False),
        ("Das neue Depot kostet mehr als 30 Millionen Euro.", False),
        ("The operator expects revenue of more than 30 million US dollars.", True),
    ],
)
def test_money_bears_out_money_of_its_own_currency(claim: str, borne: bool) -> None:
    evidence = "Das Depot soll 14 Millionen Euro kosten; der Betreiber rechnet mit 40 Millionen US-Dollar Umsatz."
    assert (not facts.amount_reasons(claim, evidence, None, None, evidence)) is borne
