"""Does a passage support a statement? A verdict, a score and the supporting span.

No NLI model ships offline, so the verdict combines signals that work across
German and English: the embedding similarity of the statement to each
sentence of the passage (the best one is the quote), and hard checks for what
small models get wrong — every number, amount, percentage and date of the
statement must be in the passage (in either language's format), every name
the articles use must be there, and a negation must not appear on one side
only. Leaves out: NLI cross-encoders (none ships offline).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot import numbers
from bot.evidence import WORD, name_of
from bot.records import Sentence

NUMBER_NUDGE = 0.05
NAME_NUDGE = 0.02

NEGATION = re.compile(
    r"\b(nicht(?!\s+nur\b|\s+zuletzt\b)|kein|keine|keinen|keinem|keiner|nie|niemals|nichts|weder|"
    r"not(?!\s+only\b)|no|never|none|neither|nor|"
    r"nobody|nothing|without|ohne|unable|cannot|fail|fails|failed|gescheitert\w*|scheiter\w*)\b|n[’']t\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Check:
    supported: bool
    score: float
    quote: Sentence | None
    reasons: tuple[str, ...] = ()


def check(
    statement: str,
    vector: np.ndarray,
    sentences: Sequence[tuple[Sentence, Sequence[float]]],
    names: set[str],
    threshold: float,
    context: str = "",
) -> Check:
    """Verdict for ``statement`` against the sentences of its cited passage(s).

    A name stated in ``context`` counts as stated: the start of the cited
    article (title, byline, lead — "Doll zufolge …" cites a passage of Doll's
    article that doesn't repeat his name) and, for claims, the text around
    the passage. Numbers must be in the passage itself.
    """
    if not sentences:
        return Check(False, 0.0, None, ("no source text",))
    said = numbers.quantities(statement)
    named = [n for n in dict.fromkeys(name_of(w, names) for w in WORD.findall(statement)) if n]
    sims = np.asarray([v for _, v in sentences], dtype=np.float32) @ vector
    # The quote is the closest sentence, nudged toward one that states the statement's numbers and names.
    nudged = [
        float(sims[i]) + NUMBER_NUDGE * _numbers_in(said, s.text) + NAME_NUDGE * _names_in(named, s.text)
        for i, (s, _) in enumerate(sentences)
    ]
    best = int(np.argmax(nudged))
    quote, score = sentences[best][0], float(sims[best])
    source = " ".join(s.text for s, _ in sentences)
    reasons = []
    missing = numbers.unsupported(statement, source)
    if missing:
        reasons.append("numbers not in the source: " + ", ".join(_show(q) for q in missing))
    absent = [n for n in named if n not in source and n not in context]
    if absent:
        reasons.append("names not in the source: " + ", ".join(absent))
    if bool(NEGATION.search(statement)) != bool(NEGATION.search(quote.text)):
        reasons.append("negated on one side only")
    if score < threshold:
        reasons.append(f"similarity {score:.3f} below {threshold}")
    return Check(not reasons, score, quote, tuple(reasons))


def _numbers_in(said: Sequence[numbers.Quantity], text: str) -> float:
    if not said:
        return 0.0
    have = numbers.quantities(text)
    return sum(any(q.matches(h) for h in have) for q in said) / len(said)


def _names_in(named: Sequence[str], text: str) -> float:
    return sum(n in text for n in named) / len(named) if named else 0.0


def _show(q: numbers.Quantity) -> str:
    if q.kind == "date":
        v = int(q.value)
        return f"{v % 100:02d}.{v // 100 % 100:02d}.{v // 10000}"
    return f"{q.value:g}{'%' if q.kind == 'percent' else ''}"
