"""Contact details by their form: a question for an e-mail address, a telephone number or a web address is answered
only by a sentence that gives one of that form, and its first line is that detail.

Made-up sentences in German and English.
"""

from __future__ import annotations

import pytest

from bot import contacts, lead
from bot.evidence import _has_type
from bot.question import kind, profile

CONTACT = "Fragen beantwortet Kassenwart Jonas Brehm unter 05121 448190 oder kasse@tv-lindau.example."
OFFICE = "The office at 14 Mill Street is open on Tuesdays; call 0161 496 0213 or see www.millbrook-hall.example."
ADDRESS = "Die Vertretung übernimmt die Praxis Dr. Anna Vogt, Lindenweg 4 in Bramstedt."


@pytest.mark.parametrize(
    ("question", "language", "asked"),
    [
        ("What e-mail address does the club's treasurer use?", "en", "email"),
        ("Wie lautet die E-Mail-Adresse des Kassenwarts?", "de", "email"),
        ("On which phone number can the office be reached?", "en", "phone"),
        ("Unter welcher Telefonnummer ist die Vertretung erreichbar?", "de", "phone"),
        ("What number should tenants call in an emergency?", "en", "phone"),
        ("Which website lists the new opening hours?", "en", "web"),
        ("Auf welcher Internetseite stehen die Öffnungszeiten?", "de", "web"),
        # a number a thing carries is no reference code: "which number does the principle carry", "number one"
        ("Which number does the leadership principle about staff carry?", "en", None),
        ("What is the firm's number-one priority?", "en", None),
        ("Welche Nummer hat das Führungsprinzip?", "de", None),
        ("What quick-dial code do callers enter for the upper river?", "en", "code"),
        # a count of calls asks for a number, not for one to dial
        ("How many phone calls did the office answer?", "en", "number"),
        ("Wie viele Telefonate führte die Praxis?", "de", "number"),
    ],
)
def test_the_question_asks_for_a_contact_detail(question: str, language: str, asked: str | None) -> None:
    assert kind(question, language) == asked  # type: ignore[arg-type]


def test_details_are_read_by_their_form() -> None:
    assert contacts.found("phone", CONTACT) == ["05121 448190"]
    assert contacts.found("email", CONTACT) == ["kasse@tv-lindau.example"]
    assert contacts.found("web", CONTACT) == []  # an e-mail's domain is no web address
    assert contacts.found("phone", OFFICE) == ["0161 496 0213"]
    assert contacts.found("web", OFFICE) == ["www.millbrook-hall.example"]
    # a year, a date, a price and a house number are no telephone numbers
    assert contacts.found("phone", "Am 01.06.2022 stieg die Miete von 612,00 € auf 687,80 €, Hausnummer 12.") == []
    assert contacts.found("phone", ADDRESS) == []
    # a number to dial with an extension, and a code of digits only (no year)
    assert contacts.found("phone", "Hinweise unter 06742 9180-0 rund um die Uhr.") == ["06742 9180-0"]
    assert contacts.found("code", "Hinweise unter 06742 9180-0 rund um die Uhr.") == []
    assert contacts.found("code", "Enter quick-dial code 224019 in 2025.") == ["224019"]


@pytest.mark.parametrize(
    ("question", "language", "sentence", "value"),
    [
        ("What e-mail address does the treasurer use?", "en", CONTACT, "kasse@tv-lindau.example"),
        ("Unter welcher Telefonnummer erreicht man den Kassenwart?", "de", CONTACT, "05121 448190"),
        ("Which website does the hall use?", "en", OFFICE, "www.millbrook-hall.example"),
        ("Unter welcher Telefonnummer ist das Büro erreichbar?", "de", OFFICE, "0161 496 0213"),
        ("What e-mail address does the office use?", "en", OFFICE, None),  # none given
        ("What phone number does the covering practice have?", "en", ADDRESS, None),  # an address is no number
    ],
)
def test_the_first_line_is_the_detail_asked_for(question: str, language: str, sentence: str, value: str | None) -> None:
    asked = profile(question, {"Brehm", "Vogt", "Bramstedt"}, lambda word: True, language)  # type: ignore[arg-type]
    found = lead.lead(asked, sentence, "de" if sentence is not OFFICE else "en")
    assert (found.text if found else None) == value
    # … and only a sentence with a detail of that form answers the question
    assert _has_type(asked, sentence, set()) is (value is not None)


@pytest.mark.parametrize(
    ("question", "language", "sentence", "value"),
    [
        ("What is the booking reference on the invoice?", "en", "Booking reference: 4K-88-TRX, issued 3 May 2025.",
         "4K-88-TRX"),
        ("Wie lautet das Aktenzeichen des Verfahrens?", "de", "Das Verfahren läuft unter dem Aktenzeichen 7 C 412/24.",
         "7 C 412/24"),
        # a date, a price and a number to dial are no codes; nor is the model the question names
        ("What is the booking reference on the invoice?", "en", "The invoice of 01.06.2025 is for £1,035.80.", None),
        ("Which order code does the K-20 have?", "en", "The K-20 is sold in white and black.", None),
        ("Which order code does the K-20 have?", "en", "The K-20 has the order code KT-2020-W.", "KT-2020-W"),
    ],
)  # fmt: skip
def test_a_question_for_a_code_is_answered_by_one(
    question: str, language: str, sentence: str, value: str | None
) -> None:
    assert kind(question, language) == "code"  # type: ignore[arg-type]
    asked = profile(question, set(), lambda word: True, language)  # type: ignore[arg-type]
    found = lead.lead(asked, sentence, "de" if language == "de" else "en")
    assert (found.text if found else None) == value
    assert _has_type(asked, sentence, set()) is (value is not None)
