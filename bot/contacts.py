"""Contact details and reference codes by their form: e-mail addresses, telephone numbers, web addresses, codes.

A question that asks for one ("What e-mail address …", „Unter welcher Telefonnummer …", "On which website …",
"What is the tenancy agreement number?") is answered only by a sentence that has one of that form, in either
language: a sentence with a telephone number does not give an e-mail address, the address of a practice is no
e-mail address, and a date is no reference code. The kinds of question are ``question_types`` of the lexicons
(``email``, ``phone``, ``web``, ``code``).
"""

from __future__ import annotations

import re

KINDS = ("email", "phone", "web", "code")
FORMS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # a number to dial starts with 0 or + ("04711 952210", "0800 555 0193", "+44 20 7946 0958") or is written the
    # North American way ("(555) 010-4477", "555-010-4477"); a year, a price or a count is none
    "phone": re.compile(
        r"(?<![\w.,/-])(?:\+\d{1,3}[\s/-]?(?:\(0\)\s?)?\d{1,5}|0\d{1,5}|\(0\d{1,5}\))(?:[\s/-]?\d{2,}){1,4}"
        r"(?:-\d{1,4})?(?![\w-]|[.,]\d)"  # … with an extension: "06742 9180-0"
        r"|\(\d{3}\)\s?\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b"
    ),
    "web": re.compile(
        r"(?<![@\w.-])(?:https?://\S+|www\.[\w.-]+\w(?:/\S*)?|"
        r"[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|eu|uk|at|ch|info|io|example)(?:/[^\s,;)]*)?)(?![\w@-])"
    ),
    # a code of letters and digits, of digit groups joined by hyphens or slashes, or of four digits or more:
    # "07-3L-4418", "CTS-4409-A", "KVB-2025-07", „4 C 123/24", "224019" (not a year)
    "code": re.compile(
        r"(?<![\w./-])(?:(?:\d{1,3} (?=[A-Z]{1,2} \d))?[A-Z]{1,5}[- ]?\d\w*(?:[-/.]\w+)*"
        r"|\d+[A-Za-z]*(?:[-/.][A-Za-z0-9]+)+|\d{4,})(?![\w/-])"
    ),
}
# what has the form of a code but is a date ("01.06.2022", "2024-10-31"), a figure ("1.035") or a number to dial
NOT_CODE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}(?:-\d{2})?|[\d.,]*[.,][\d.,]*|(?:19|20)\d{2}")


def found(kind: str, text: str) -> list[str]:
    """The contact details of ``kind`` in ``text``, as written, in order ("" stripped of a closing full stop)."""
    pattern = FORMS.get(kind)
    if pattern is None:
        return []
    matches = [m for m in pattern.finditer(text) if kind != "phone" or _digits(m.group(0)) >= 6]
    if kind == "code":  # no date, figure or year, and no part of a number to dial
        phones = [m.span() for m in FORMS["phone"].finditer(text) if _digits(m.group(0)) >= 6]
        matches = [
            m
            for m in matches
            if not NOT_CODE.fullmatch(m.group(0).rstrip("."))
            and not any(a < m.end() and m.start() < b for a, b in phones)
        ]
    return [m.group(0).rstrip(".") for m in matches]


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)
