"""What a statement pairs with what: a date, figure, place or name of one of its clauses goes with the other
things of that clause, and the evidence must not pair them otherwise. "Der Grüngutcontainer wird am 17. Oktober am
Haupttor aufgestellt" is not borne out by „Der Grüngutcontainer steht am 17. Oktober am Nordtor, der Container für
Sperrmüll am 7. November am Haupttor“: the evidence has both, but gives the main gate another date. Either language;
across languages only the dates, figures and names are compared (a common noun is read in one language).
"""

from __future__ import annotations

import re

from bot import facts, numbers, terms
from bot.records import Lang

# where a clause ends: a comma, semicolon or colon before a space, a sentence's end (not an ordinal's point: „am
# 17. Oktober“), a dash, a contrasting conjunction (not an adverb: „Im Silicon Valley ist hingegen …“)
CLAUSE_END = re.compile(
    r"[,;:](?=\s)|(?<!\b\d)(?<!\b\d\d)[.!?](?=\s|$)|\s[–—]\s|\b(?:while|whereas|but|während|wohingegen)\b"
)
FULL_DATE = 10_000_000  # a date with its year reads as YYYYMMDD, one without as MMDD
WORD_MIN = 5  # letters of a common noun that can pair (shorter ones are too common to tell)

Anchor = tuple[str, str]  # (kind, key): ("date", "1017"), ("place", "valley"), ("word", "de:haupttor")


def reasons(statement: str, span: str, language: Lang, corpus: set[str]) -> list[str]:
    """Why the span pairs the statement's things otherwise: one reason, naming what the span gives instead."""
    parts = clauses(statement)
    mine = [_anchors(c, language, corpus) for c in parts]
    theirs = [_anchors(c, facts.guess(c), corpus) for c in clauses(span)]
    for part, clause in zip(parts, mine, strict=True):
        figures = numbers.amounts(part, language)  # … a bound or a share too: "rund 41.200" holds 41,200
        for a, said in clause.items():
            if a[0] == "word" or (a[0] == "name" and not _term(said, part)):
                # a common noun only partners a typed thing (``b`` below), it doesn't compete; nor does a person (the
                # clause that names another may speak of them: "In Shanghai he met Jack Ma"), only a term
                continue
            with_a = {i for i, held in enumerate(theirs) if a in held}
            for b, said_b in clause.items():
                if b[0] == a[0]:
                    continue
                with_b = {i for i, held in enumerate(theirs) if b in held}
                if not with_a or not with_b or with_a & with_b:
                    continue
                # every clause of the span that has ``b`` gives it another thing of ``a``'s kind, one this clause of
                # the statement doesn't name
                rivals = [
                    [theirs[i][x] for x in theirs[i] if x[0] == a[0] and x not in clause and not _within(x, figures)]
                    for i in sorted(with_b)
                ]
                if all(rivals):
                    return [f"the evidence gives {rivals[0][0]} for {said_b}, not {said}"]
    return []


def _within(anchor: Anchor, figures: list[numbers.Amount]) -> bool:
    """Whether a figure ``anchor`` lies within one of ``figures`` (a clause's amounts, bounds and shares included)."""
    if anchor[0] not in ("number", "percent", "money"):
        return False
    try:
        value = float(anchor[1])
    except ValueError:
        return False
    return any(a.lo <= value <= a.hi for a in figures)


def _term(name: str, clause: str) -> bool:
    """Whether ``name`` is a term of the clause, not a person's or a firm's name: in quotation marks there
    („«Time-to-Market»“, "“Day 1”"), or a hyphenated compound with a lower-case part ("time-to-value")."""
    quoted = re.search(rf"[«»„“”\"‚‘’']\s?{re.escape(name)}\s?[«»„“”\"‚‘’']", clause)
    return bool(quoted) or ("-" in name and any(p[:1].islower() for p in name.split("-")[1:]))


def clauses(text: str) -> list[str]:
    """The clauses of ``text`` (``CLAUSE_END``)."""
    return [c for c in CLAUSE_END.split(text) if c.strip()]


def _anchors(clause: str, language: Lang, corpus: set[str]) -> dict[Anchor, str]:
    """The dates, figures, places and names of a clause, and its longer common nouns (in its language), each with
    its words."""
    out: dict[Anchor, str] = {}
    for a in numbers.amounts(clause, language):
        if facts.YEAR_FIGURE.fullmatch(a.text):  # a year by its digits ("2022 to 7 million" is no range)
            out.setdefault(("date", a.text), a.text)
        elif a.lo == a.hi:  # a figure as stated, not a bound or a share in words ("more than half", "two thirds")
            out.setdefault(("date" if a.kind == "date" else a.kind, f"{a.lo:.12g}"), a.text)
            if a.kind == "date" and a.lo >= FULL_DATE:  # „20. September 2025“ is the „20. September“ of its clause
                out.setdefault(("date", f"{int(a.lo) % 10000}"), a.text)
    figures = [(a.start, a.start + len(a.text)) for a in numbers.amounts(clause, language)]
    named: set[str] = set()
    for n in facts.names_of(clause, language, corpus):
        key = facts.unpossessed(n.words[-1]).lower()
        out.setdefault(("place" if n.place else "name", key), n.text)
        named.update(w.lower() for w in n.words)
    for m in re.finditer(r"[^\W\d_][\w-]+", clause):
        word = m.group(0)
        if any(start <= m.start() < end for start, end in figures):
            continue  # a figure's own word („Oktober“ of „17. Oktober“, "million")
        if len(word) >= WORD_MIN and word.lower() not in named and (language != "de" or word[:1].isupper()):
            for stem in terms.term_set(word, language):
                out.setdefault(("word", f"{language}:{stem}"), word)
    return out
