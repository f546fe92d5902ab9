"""When: the times a statement gives must be the evidence's — a month, the part of a month ("Anfang
Dezember"), a time relative to the article's day ("vergangene Woche", "recently", "over the past decade") and
how often ("14-tägig", "monthly"). Either language, from the lexicons' word lists; ``bot.facts`` reads the
figures themselves.
"""

from __future__ import annotations

import re

from bot import numbers
from bot.lexicon import kinds_in, lexicons


def reasons(statement: str, span: str, frame: str = "") -> list[str]:
    """Why the span's times don't bear out the statement's, one reason each. ``frame`` is the article's head."""
    return (
        month_reasons(statement, span)
        + month_part_reasons(statement, span)
        + season_reasons(statement, span)
        + relative_time_reasons(statement, span, frame)
        + frequency_reasons(statement, span)
        + timing_reasons(statement, span)
    )


def timing_reasons(statement: str, span: str) -> list[str]:
    """Now or later: a statement that puts off what the span has done now ("lieber noch ein paar Jahre warten"
    against „jetzt … machen“), or the reverse, is not borne out. Either language."""
    said, stated = _timing(statement), _timing(span)
    if len(said) != 1 or len(stated) != 1 or set(said) == set(stated):
        return []
    return [f"evidence says {next(iter(stated.values()))}, claim says {next(iter(said.values()))}"]


def _timing(text: str) -> dict[str, str]:
    """Whether ``text`` has something done now or later, each with its first words for it."""
    return kinds_in(text, "timing", re.IGNORECASE)


def month_reasons(statement: str, span: str) -> list[str]:
    """A month the statement names ("im März", "Anfang November", "in March") must be the span's."""
    said, stated = _months_in(statement), set(_months_in(span))
    stated |= {int(q.value) // 100 % 100 for q in numbers.quantities(span) if q.kind == "date"}
    reasons = []
    for month, word in said.items():
        if month not in stated:
            other = next(iter(_months_in(span).values()), "")
            said_other = f"evidence says {other}, claim says {word}"
            reasons.append(said_other if other else f"date not in the evidence: {word}")
    return reasons


MONTH_YEAR = re.compile(
    r"\b(" + "|".join(sorted(numbers.MONTHS, key=len, reverse=True)) + r")\s+((?:19|20)\d\d)\b", re.IGNORECASE
)


def year_month_reasons(statement: str, span: str) -> list[str]:
    """A month of a year the statement gives ("September 2022") against another month of that year in the span
    („März 2022"), none of the same month. Either language."""

    def months(text: str) -> dict[int, dict[int, str]]:
        out: dict[int, dict[int, str]] = {}
        for m in MONTH_YEAR.finditer(text):
            out.setdefault(int(m.group(2)), {})[numbers.MONTHS[m.group(1).lower()]] = m.group(0)
        return out

    said, stated = months(statement), months(span)
    for year, named in said.items():
        for month, words in named.items():
            other = stated.get(year, {})
            if other and month not in other:
                return [f"evidence says {next(iter(other.values()))}, claim says {words}"]
    return []


def season_reasons(statement: str, span: str) -> list[str]:
    """A season or part of a year the statement names ("in the spring of 2020", "Ende 2019") must hold the span's
    month ("14.01.2020" is winter) or overlap the span's own season; a span that names neither doesn't bear it
    out."""
    stated_months = dict(_months_in(span))
    for a in numbers.amounts(span):
        if a.kind == "date":
            stated_months.setdefault(int(a.value) // 100 % 100, a.text)
    stated = _seasons(span)
    reasons = []
    for months, words in _seasons(statement):
        if stated_months and not set(months) & set(stated_months):
            reasons.append(f"evidence says {next(iter(stated_months.values()))}, claim says {words}")
        elif not stated_months and stated and not any(set(months) & set(m) for m, _ in stated):
            reasons.append(f"evidence says {stated[0][1]}, claim says {words}")
        elif not stated_months and not stated:
            reasons.append(f"time not in the evidence: {words}")
    return reasons


def _seasons(text: str) -> list[tuple[tuple[int, ...], str]]:
    """The months of each season or part of a year ``text`` names, with its words."""
    return [
        (months, m.group(0))
        for lx in lexicons()
        for pattern, months in lx.extra.get("seasons", {}).items()
        for m in re.finditer(pattern, text, re.IGNORECASE if lx.language == "en" else 0)
    ]


def month_part_reasons(statement: str, span: str) -> list[str]:
    """The part of a month both name must be the same: "Anfang Dezember" is not "the end of December"."""
    said, stated = _month_parts(statement), _month_parts(span)
    # … and the days of that month the span dates give its parts: „bis zum 30. September" is the end of September
    dated: dict[int, dict[str, str]] = {}
    for q, start, end in numbers.located(span):
        month, day = int(q.value) // 100 % 100, int(q.value) % 100
        if q.kind == "date" and 1 <= day <= 31:
            dated.setdefault(month, {}).setdefault(DAY_PARTS[min(2, (day - 1) // 10)], span[start:end])
    reasons = []
    for month, (part, words) in said.items():
        if month in stated and stated[month][0] != part:
            reasons.append(f"evidence says {stated[month][1]}, claim says {words}")
        elif month not in stated and month in dated and part not in dated[month]:
            reasons.append(f"evidence says {next(iter(dated[month].values()))}, claim says {words}")
    return reasons


DAY_PARTS = ("early", "mid", "late")  # days 1–10, 11–20, 21–31 of a month


def month_year_of(text: str, start: int) -> tuple[int, int] | None:
    """(year, month) where the figure at ``start`` is the year of a month's name ("Ende September 2026")."""
    for m in MONTH_YEAR.finditer(text):
        if m.start(2) <= start < m.end(2):
            return int(m.group(2)), numbers.MONTHS[m.group(1).lower()]
    return None


def month_year_stated(year: int, month: int, span: str) -> bool:
    """Whether ``span`` dates a day of that month of that year, or names the month with the year."""
    dated = any(q.kind == "date" and int(q.value) // 100 == year * 100 + month for q in numbers.quantities(span))
    named = ((int(m.group(2)), numbers.MONTHS[m.group(1).lower()]) for m in MONTH_YEAR.finditer(span))
    return dated or (year, month) in named


def _month_parts(text: str) -> dict[int, tuple[str, str]]:
    """Month number → (early, mid or late; the words) for each month ``text`` names with its part."""
    out: dict[int, tuple[str, str]] = {}
    for lx in lexicons():
        for phrase, part in lx.extra.get("month_parts", {}).items():
            for name, number in lx.months.items():
                # the part in any case ("Ende", "end of"), the month capitalised ("may" is no month)
                for m in re.finditer(rf"\b(?i:{re.escape(phrase)})[\s-]+{re.escape(name.capitalize())}\b", text):
                    out.setdefault(number, (part, m.group(0)))
    return out


def relative_time_reasons(statement: str, span: str, frame: str = "") -> list[str]:
    """A time the statement gives relative to the article's day ("the month before") must be one the span
    gives ("Vergangene Woche": a week is no month); a span without one doesn't bear it out, unless it is the next
    or the last year, and the year it is, counted from the date in the article's head (``frame``), is the span's
    or the head's („im kommenden Jahr" in a speech of November 2025 on the budget for 2026). Either language."""
    said, stated = _relative_times(statement), _relative_times(span)
    if "recent" in said:  # "recently" is borne out by last week or last month, not the other way round
        stated.update([("recent", words) for unit, words in stated.items() if unit in RECENT][:1])
    if not said or set(said) & set(stated):
        return []
    if not stated and set(said) == {"year"} and _year_is_stated(said["year"], span, frame):
        return []
    if not stated:  # "im kommenden Jahr" for a span that says "2021", or no time at all
        return [f"time not in the evidence: {next(iter(said.values()))}"]
    return [f"evidence says {next(iter(stated.values()))}, claim says {next(iter(said.values()))}"]


RECENT = ("day", "week", "month")
NEXT = re.compile(r"\b(?:nächste|kommende|next|coming)", re.IGNORECASE)
LAST = re.compile(r"\b(?:vergangene|letzte|vorige|last|past|previous)|\bVorjahr", re.IGNORECASE)


def _year_is_stated(words: str, span: str, frame: str) -> bool:
    """Whether the next or last year of ``words`` ("im kommenden Jahr", "last year"), counted from the first full
    date of ``frame``, is a year ``span`` or ``frame`` names."""
    step = 1 if NEXT.search(words) else -1 if LAST.search(words) else 0
    dated = next((a for a in numbers.amounts(frame) if a.kind == "date" and a.value >= 10000), None)
    if not step or dated is None:
        return False
    year = str(int(dated.value) // 10000 + step)  # as written anywhere: „des Haushaltsentwurfs 2026"
    return any(m.group() == year for m in numbers.BARE_YEAR.finditer(f"{span}\n{frame}"))


def frequency_reasons(statement: str, span: str) -> list[str]:
    """How often: a statement's "monthly" is not borne out by the span's "14-tägig" (either language); a span
    that gives no frequency leaves it to the other checks."""
    said, stated = _frequencies(statement), _frequencies(span)
    if not said or not stated or set(said) & set(stated):
        return []
    return [f"evidence says {next(iter(stated.values()))}, claim says {next(iter(said.values()))}"]


def _frequencies(text: str) -> dict[str, str]:
    """The periods (day, week, fortnight, month, quarter, year) of the frequencies in ``text``, with the words."""
    return kinds_in(text, "frequencies", re.IGNORECASE)


def _relative_times(text: str) -> dict[str, str]:
    """The units (day, week, month, year) of the relative times in ``text``, each with its words."""
    out: dict[str, str] = {}
    for lx in lexicons():
        pattern, units = lx.extra.get("relative_time"), lx.extra.get("time_units", {})
        for m in re.finditer(pattern, text, re.IGNORECASE) if pattern else ():
            unit = next((v for v in m.groupdict().values() if v), "").lower()
            if unit in units:
                out.setdefault(units[unit], m.group(0))
                # "the last twelve months" is the last year, „die vergangenen sieben Tage" the last week
                counts = [q.value for q in numbers.quantities(m.group(0)) if q.kind == "number"]
                whole = WHOLE.get((units[unit], counts[0])) if len(counts) == 1 else None
                if whole:
                    out.setdefault(whole, m.group(0))
    return out


WHOLE: dict[tuple[str, float], str] = {
    ("month", 12): "year",
    ("day", 7): "week",
    ("week", 52): "year",
    ("year", 10): "decade",
}


def _months_in(text: str) -> dict[int, str]:
    """Month numbers of the month names in ``text`` (capitalised: "may" is no month), with the word."""
    out: dict[int, str] = {}
    for lx in lexicons():
        for name, number in lx.months.items():
            m = re.search(rf"\b{re.escape(name.capitalize())}\b", text)
            if m:
                out.setdefault(number, m.group(0))
    return out
