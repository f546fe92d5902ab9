"""Markdown tables and lists: a row is read with the header that names its columns, a list's item with the line
that leads into the list.

A table's row ("| Minimum system water volume | 40 litres | 60 litres | 80 litres |") says little on its own: what
each figure is for stands in the table's first row ("| Parameter | HX-6 | HX-9 | HX-12 |") and in the line that
introduces the table ("## Performance and electrical data", "Fares from 3 March:"). This module finds both from
the article's text and a row's offset, so that ingest embeds a row as it reads ("Parameter: Minimum system water
volume; HX-6: 40 litres; HX-9: 60 litres; …"), a passage that starts inside a table carries its header, the
evidence ranking counts the names the header gives, and the first line takes the cell of the column a question
names ("HX-9", "ab 2026", "the old fare").

A list's item ("* für den zweiten Hund 120 Euro,") ends a sentence that the line before the list opens („Die Steuer
beträgt jährlich:“): ``intro`` finds that line, which the evidence ranking reads with the item and the answer shows
after its quote.

Leaves out: HTML tables (the loader turns a page's table into text), tables without a header row, merged cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import numbers, terms
from bot.lexicon import lexicons
from bot.question import year_shift

ROW = re.compile(r"^\|.*\|$")
RULE = re.compile(r"^\|[\s:|-]+\|$")  # the line under the header: "|---|:---:|"
CAPTION_WORDS = 20  # the line before a table introduces it when it is this short
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Table:
    caption: str  # the line that introduces the table, its Markdown marks removed; "" when none
    header: str  # the table's first row, as written
    columns: tuple[str, ...]  # the header's cells


def cells(row: str) -> list[str]:
    """The cells of a row, stripped: "| a | b |" → ["a", "b"]."""
    return [c.strip() for c in row.strip().strip("|").split("|")]


def spans(row: str) -> list[tuple[int, int]]:
    """Where each cell's text stands in ``row`` (start, end), in order."""
    out, at = [], row.find("|") + 1
    while 0 < at < len(row):
        nxt = row.find("|", at)
        if nxt < 0:
            break
        raw = row[at:nxt]
        lead = len(raw) - len(raw.lstrip())
        out.append((at + lead, at + lead + len(raw.strip())))
        at = nxt + 1
    return out


def is_row(text: str) -> bool:
    return bool(ROW.match(text.strip())) and not RULE.match(text.strip())


def of(text: str, start: int) -> Table | None:
    """The table whose body row starts at ``start`` in the article ``text``; None when that is no table row, or
    it is the table's header."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not is_row(line):
        return None
    lines = text[:line_start].split("\n")[:-1]
    block = []  # the table's rows above this one, nearest first
    while lines and ROW.match(lines[-1].strip()):
        block.append(lines.pop().strip())
    rows = [r for r in reversed(block) if not RULE.match(r)]
    if not rows:
        return None  # the row is the header
    while lines and not lines[-1].strip():
        lines.pop()
    caption = ""
    if lines:
        before = re.sub(r"^\s*#+\s*|[*_]+", "", lines[-1]).strip()
        if before and len(before.split()) <= CAPTION_WORDS:
            caption = before
    return Table(caption, rows[0], tuple(cells(rows[0])))


BULLET = re.compile(r"\s*(?:[•·▪◦*\-–]|\d{1,2}[.)])\s+")  # a list's item, bulleted or numbered
CLOSED = ".!?"  # a line that ends so is a sentence of its own, no list's lead-in


def intro(text: str, start: int) -> str:
    """The line that leads into the list whose item starts at ``start`` in the article ``text`` („Auf Antrag ist
    Steuerbefreiung zu gewähren für das Halten von“, "The fees are as follows:"), its Markdown marks removed; "" when
    that is no list's item, or the line before the list is a heading or a sentence of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    if not BULLET.match(text, line_start):
        return ""
    before = ""
    while line_start > 0 and not before:  # back over the list's items and blank lines, line by line
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        before = "" if BULLET.match(line) else line.strip()
    if not before:
        return ""
    if before.startswith(("#", "|")) or before.rstrip("*_ ")[-1:] in CLOSED:
        return ""
    return re.sub(r"[*_]{2,}", "", before).strip()


def read(table: Table, row: str) -> str:
    """A row as it reads with its table's header: "Fares from 3 March. Ticket: Adult single; Old price: £2.40; New
    price: £2.60". Where the row has another number of cells than the header, the row as written."""
    values = cells(row)
    if len(values) != len(table.columns):
        body = row.strip()
    else:
        body = "; ".join(f"{h}: {v}" if h else v for h, v in zip(table.columns, values, strict=True) if v)
    return f"{table.caption}. {body}" if table.caption else body


def context(table: Table) -> str:
    """What a passage that starts inside the table carries as its context: the caption and the header row."""
    return "\n".join(part for part in (table.caption, table.header) if part)


def _keys(text: str) -> set[str]:
    return set(terms.terms(text, "de")) | set(terms.terms(text, "en"))


def marked(text: str, kind: str) -> bool:
    """Whether ``text`` has a word of the lexicons' ``kind`` ("superseded": bisher, old, previous; "current": neu,
    ab, new, from)."""
    return any(re.search(lx.extra[kind], text, re.IGNORECASE) for lx in lexicons())


def column(table: Table, question: str) -> int:
    """The column a question asks for, by its header: the one whose words and names the question uses most
    ("HX-9", "2026", "April"); among the columns of an old-and-new table, the new ones unless the question asks
    for the old value ("bisher", "previously"). -1 when no column is clearly asked for, and never the first (it
    names the rows)."""
    asked = _keys(question)
    scores = [2.0 * len(_keys(h) & asked) for h in table.columns]
    # a year by its distance ("the previous year"): from the question's year, else from the table's latest (or for
    # "the following year", its earliest)
    shift = year_shift(question)
    years = {i: int(m.group(0)) for i, h in enumerate(table.columns) if i and (m := YEAR.search(h))}
    if shift and len(set(years.values())) >= 2:
        named = numbers.years(question)
        base = named[0] if named else max(years.values()) if shift < 0 else min(years.values())
        for i, year in years.items():
            scores[i] += 3.0 if year == base + shift else 0.0
    old = [i for i, h in enumerate(table.columns) if i and marked(h, "superseded")]
    new = [i for i, h in enumerate(table.columns) if i and not marked(h, "superseded") and marked(h, "current")]
    if old and new:
        for i in old if marked(question, "superseded") else new:
            scores[i] += 1.0
    # "ohne Feta" asks the column „ohne Feta", not „mit Feta"; "with a card" the one "with card"
    withs = _withs(question)
    for i, h in enumerate(table.columns):
        scores[i] += sum(
            1.0 if (a in WITH_WORDS) == (b in WITH_WORDS) else -1.0 for a, w in withs for b, v in _withs(h) if w == v
        )
    scores[0] = 0.0
    best = max(scores)
    if best <= 0 or scores.count(best) > 1:
        return -1
    return scores.index(best)


WITH_WORDS = ("mit", "with")  # … of WITH's first group; the others say "without"
WITH = re.compile(r"\b(mit|ohne|with|without)\s+(?:(?:der|dem|den|die|das|a|an|the)\s+)?([\w-]+)", re.IGNORECASE)


def _withs(text: str) -> list[tuple[str, str]]:
    """The things ``text`` says something is with or without: [("ohne", "feta")]."""
    return [(m.group(1).lower(), m.group(2).lower()) for m in WITH.finditer(text)]


def states_other(table: Table, row: str, question: str) -> bool:
    """Whether ``row`` gives another figure in the column of a figure the question states: "with 15,000 miles a
    year" is not the row whose "Miles per year" is 10,000. The column is the one whose header names the word after
    the stated figure ("miles"); a row holding the stated figure anywhere is none other."""
    values = cells(row)
    for m in STATED.finditer(question):
        unit = terms.term_set(m.group("unit"), "en") | terms.term_set(m.group("unit"), "de")
        stated = [a for a in numbers.amounts(m.group("figure")) if a.kind == "number"]
        if not stated or not unit:
            continue
        value = stated[0].value
        held = [a.value for c in values for a in numbers.amounts(c) if a.kind == "number"]
        if value in held:
            continue
        for i, header in enumerate(table.columns):
            if i < len(values) and unit & _keys(header):
                cell = values[i]
                given = [  # a sum of money is no count ("Monthly rental" is no column of "36-month")
                    a.value
                    for a in numbers.amounts(cell)
                    if a.kind == "number" and not numbers.money_at(cell, a.start, a.start + len(a.text))
                ]
                if given and value not in given:
                    return True
    return False


# a figure a question states with the word of what it measures: "15,000 miles", "36-month", „20 Teilnehmern“
STATED = re.compile(r"(?P<figure>\d[\d.,]*)[\s-]+(?P<unit>[^\W\d_]{3,})")
