"""Numbers, amounts, percentages and dates as values: the same fact in German and English formats."""

from __future__ import annotations

import pytest

from bot.numbers import Quantity, has_date, has_number, quantities, unsupported


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
