"""Comparisons read off figures: "a language course needs more registrations than a health course" is borne out by
the span only where the figure of the clause that speaks of its own side is the greater („Ein Sprachkurs findet ab
acht Anmeldungen statt, ein Gesundheitskurs ab zehn“: it isn't). The sides are matched to the span's clauses by
meaning (the embedder), so across languages and without names; a comparison the span makes no word of is none
(``facts.uncompared_reasons``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from bot import facts, numbers, pairing

Embed = Callable[[list[str]], np.ndarray]


def reasons(statement: str, span: str, corpus: set[str], embed: Embed | None) -> list[str]:
    """A comparison the span doesn't bear out: one it makes no word of (``facts.uncompared_reasons``), or one
    its figures turn the other way, where the sides are told apart by meaning (``by_meaning``)."""
    read = by_meaning(statement, span, embed) if embed is not None else None
    if read is None:
        said = facts.uncompared_reasons(statement, span, corpus)
        # "needs more registrations to go ahead than a health course": a comparison of degree the comparative
        # pattern misses (more words between "more" and "than"), which a span without a word of comparison doesn't make
        degree = facts.degree(statement)
        if (
            not said
            and not facts.COMPARED.search(statement)
            and degree
            and degree[0] in ("more", "less")
            and len(degree[1].split()) > 2
            and _sides(statement, degree) is not None
            and not facts.COMPARISON.search(span)
            and not facts.kinds_in(span, "comparatives", re.IGNORECASE)
        ):
            return [f"the evidence makes no comparison: {degree[1]}"]
        return said
    up, own, other = read
    if (own.value > other.value) == up:
        return []
    return [f"the evidence's figures compare the other way: {own.text} against {other.text}"]


def _sides(statement: str, degree: tuple[str, str, str]) -> tuple[str, str] | None:
    """The two sides of a comparison of degree (``facts.degree``): the statement before its words and the clause
    after; None where it compares with a figure ("more than 90 days") or a side has no word."""
    at = statement.lower().find(degree[1].lower())
    after = re.split(r"[,;.]", degree[2], maxsplit=1)[0]
    lead = re.match(r"\s*(?:(?:ein\w*|a|an|the|der|die|das)\s+)?", after)
    if at < 0 or any(a.start <= (lead.end() if lead else 0) for a in numbers.amounts(after)):
        return None
    sides = (statement[:at], after)
    return sides if all(re.search(r"[^\W\d_]{3,}", side) for side in sides) else None


# the comparatives whose sides a figure measures ("higher", „länger“, "more … than"), not a judgement ("better")
MEASURED = frozenset({"often", "size", "height", "price", "speed", "length", "strength"})
SIDES_APART = 0.02  # how much better the sides fit their clauses than the other way round


def by_meaning(statement: str, span: str, embed: Embed) -> tuple[bool, numbers.Amount, numbers.Amount] | None:
    """Whether the statement's comparison goes up (``more``, „höher“), with the figure of the span's clause that
    says what its own side is and the figure of the clause that says what it compares against: "a language
    course needs more registrations than a health course" against „Ein Sprachkurs findet ab acht Anmeldungen
    statt, ein Gesundheitskurs ab zehn“ (8 against 10). The sides are found by meaning, so across languages and
    without names; None where the statement compares nothing measured, the span has no two clauses of one figure
    each, or the sides don't clearly fit one clause each."""
    kinds = {k[:-1]: k[-1] for k in facts.kinds_in(statement, "comparatives", re.IGNORECASE)}
    degree = facts.degree(statement)
    compared = facts.COMPARED.search(statement)
    if kinds and all(k in MEASURED for k in kinds) and len(set(kinds.values())) == 1 and compared:
        up = next(iter(kinds.values())) == "+"
        sides = facts.sides(statement)
    elif not kinds and degree and degree[0] in ("more", "less"):
        up = degree[0] == "more"
        sides = _sides(statement, degree)
    else:
        return None
    # a statement that gives its figures itself ("mehr als im Vorjahr, nämlich 18.400 statt 14.900") is read by them
    if sides is None or len([a for a in numbers.amounts(statement) if a.kind != "date"]) >= 2:
        return None
    # the clauses that hold one figure of a kind and measure, of the one that two clauses or more hold one of
    # ("Friends receive 10 per cent off up to four tickets; Patrons receive 15 per cent off": the percentages; "in
    # the twelve months to March" measures a time, not the parcels the next clauses count)
    held: dict[tuple[str, str], list[tuple[str, numbers.Amount]]] = {}
    for clause in pairing.clauses(span):
        figures = [a for a in numbers.amounts(clause) if not facts.YEAR_FIGURE.fullmatch(a.text)]
        for kind in ("number", "percent", "money"):
            of_kind = [a for a in figures if a.kind == kind]
            if len(of_kind) == 1:
                measure = numbers.dimension(clause, of_kind[0]) if kind == "number" else ""  # a share has none
                held.setdefault((kind, measure), []).append((clause, of_kind[0]))
    compared_kinds = [clauses for clauses in held.values() if len(clauses) >= 2]
    if len(compared_kinds) != 1:
        return None
    clauses = compared_kinds[0]
    vectors = embed([*sides, *(c for c, _ in clauses)])
    sims = vectors[:2] @ vectors[2:].T
    pairs = [(i, j) for i in range(len(clauses)) for j in range(len(clauses)) if i != j]
    best = max(pairs, key=lambda ij: sims[0, ij[0]] + sims[1, ij[1]])
    i, j = best
    if sims[0, i] + sims[1, j] - (sims[0, j] + sims[1, i]) < SIDES_APART:
        return None
    own, other = clauses[i][1], clauses[j][1]
    return None if own.value == other.value else (up, own, other)
