"""Numbers, amounts, percentages and dates in German and English text, as values.

"2.000" = "2,000" = "2000"; "1,5 Millionen" = "1.5 million"; "30,8 Milliarden"
= "30.8 billion"; "14.01.2020" = "14 January 2020" = "14. Januar 2020";
a day without a year ("am 11.11.", "November 11") matches that day in any year;
"60 %" = "60 percent". A separator followed by exactly three digits groups
thousands; otherwise it is a decimal mark. Number words up to twelve count.
Used by the verifier (every number of a statement must be in its source) and
by the answerability check ("wie viele" needs a number). Leaves out: ranges
and fractions in words ("zwei Drittel").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    **{
        m: i + 1
        for i, m in enumerate(
            [
                "januar",
                "februar",
                "märz",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "dezember",
            ]
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ]
        )
    },
    "jänner": 1,
    "maerz": 3,
}
SCALES = {
    "tausend": 1e3, "thousand": 1e3, "tsd": 1e3,
    "million": 1e6, "millionen": 1e6, "mio": 1e6, "millions": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "billion": 1e9, "billions": 1e9,
}  # fmt: skip
WORDS = {
    "null": 0, "zero": 0, "eins": 1, "one": 1, "zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4,
    "fünf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7, "seven": 7, "acht": 8, "eight": 8, "neun": 9,
    "nine": 9, "zehn": 10, "ten": 10, "elf": 11, "eleven": 11, "zwölf": 12, "twelve": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_NUMERIC = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
DATE_DMY = re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE)
DATE_MDY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
# a day without its year: "am 11.11.", "11. November", "November 11"
DAY_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?!\d)")
DAY_DM = re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH})\b(?!\s+\d)", re.IGNORECASE)
DAY_MD = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})\b(?![\d,.]*\s*\d{{4}})", re.IGNORECASE)
NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](\d+))?(?![\d])"
    r"(?:\s*(%|prozent|percent|per cent)|\s*(" + "|".join(SCALES) + r")\b\.?)?",
    re.IGNORECASE,
)
WORD_NUMBER = re.compile(r"\b(" + "|".join(WORDS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: str  # "number", "percent" or "date"

    def matches(self, other: Quantity) -> bool:
        if self.kind == "date" or other.kind == "date":
            if self.kind != other.kind:
                return False
            if self.value < 10000 or other.value < 10000:  # a day without its year matches any year
                return self.value % 10000 == other.value % 10000
            return self.value == other.value
        if self.kind != other.kind:
            return False
        # equal, or apart by float rounding only (a number too long for a float is inf, and inf - inf is nan)
        return self.value == other.value or abs(self.value - other.value) <= 1e-12 * max(1.0, abs(self.value))


def quantities(text: str, words: bool = True) -> list[Quantity]:
    """Every number, percentage and date in ``text`` as a comparable value."""
    return [q for q, _, _ in located(text, words)]


def located(text: str, words: bool = True) -> list[tuple[Quantity, int, int]]:
    """Every number, percentage and date in ``text`` with its span (a date's year is also a number)."""
    found: list[tuple[Quantity, int, int]] = []
    spans: list[tuple[int, int]] = []
    for rx, order in (
        (DATE_NUMERIC, "dmy"), (DATE_DMY, "dmy"), (DATE_MDY, "mdy"),
        (DAY_NUMERIC, "dmy"), (DAY_DM, "dmy"), (DAY_MD, "mdy"),
    ):  # fmt: skip
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            a, b, year = (*m.groups(), "0")[:3]
            day, month = (a, b) if order == "dmy" else (b, a)
            month_n = int(month) if month.isdigit() else MONTHS[month.lower()]
            day_n = int(day)
            if 1 <= month_n <= 12 and 1 <= day_n <= 31:
                found.append((Quantity(int(year) * 10000 + month_n * 100 + day_n, "date"), m.start(), m.end()))
                if year != "0":  # the year alone is also a number the date states
                    found.append((Quantity(float(year), "number"), m.start(), m.end()))
                spans.append((m.start(), m.end()))
    for m in NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        found.append((_number(m), m.start(), m.end()))
    if words:
        found.extend(
            (Quantity(float(WORDS[m.group(1).lower()]), "number"), m.start(), m.end())
            for m in WORD_NUMBER.finditer(text)
        )
    return found


def _number(m: re.Match[str]) -> Quantity:
    whole, fraction, percent, scale = m.groups()
    if fraction is None and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", whole):
        value = float(re.sub(r"[.,]", "", whole))
    elif fraction is not None and re.fullmatch(r"\d+", whole):
        value = float(f"{whole}.{fraction}")
    else:
        value = float(re.sub(r"[.,]", "", whole) + (f".{fraction}" if fraction else ""))
    if scale:
        value *= SCALES[scale.lower().rstrip(".")]
    return Quantity(value, "percent" if percent else "number")


def unsupported(statement: str, source: str) -> list[Quantity]:
    """Quantities of ``statement`` that ``source`` doesn't state."""
    have = quantities(source)
    # digits in the statement must be backed; number words only when the source has digits for them
    return [q for q in quantities(statement) if not any(q.matches(h) for h in have)]


def has_number(text: str) -> bool:
    return bool(quantities(text, words=True))


def has_date(text: str) -> bool:
    return any(q.kind == "date" for q in quantities(text)) or bool(re.search(r"\b(1[89]|20)\d{2}\b", text))
