"""Which retrieved sentences answer the question, and whether any does.

Similarity alone can't tell an unanswerable question from an answerable one
here: unanswerable questions name things the articles mention and ask for a
fact they don't state. So a sentence counts as evidence only when, together
with its neighbours, it (1) is close to the question in embedding space,
(2) contains the names the question asks about, and (3) holds something of
the expected answer type — a number for "wie viele / how many", a date for
"wann / when", a name for "wer / who" and "wo / where". A question naming
something the articles never mention is not answerable at all. The same
ranking picks the quotes of the extractive answer. Leaves out: a model-based
answerability judgement (the LLM may confirm later, in ``answer``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from bot import numbers
from bot.records import Sentence

DETERMINERS = set(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "dieser",
        "diese",
        "dieses",
        "diesen",
        "jeder",
        "jede",
        "jedes",
        "jeden",
        "alle",
        "unser",
        "unsere",
        "ihr",
        "ihre",
        "sein",
        "seine",
        "zum",
        "zur",
        "vom",
        "im",
        "am",
        "beim",
        "ins",
        "the",
        "a",
        "an",
    ]
)
TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("number", re.compile(r"\b(wie viele?|wieviele?|wie hoch|wie groß|wie lange|anzahl|how many|how much|how large|"
                          r"how big|how long|what percentage|welcher anteil|wie viel prozent)\b", re.I)),
    ("date", re.compile(r"\b(wann|seit wann|in welchem jahr|welches jahr|when|what year|which year|"
                        r"since when)\b", re.I)),
    ("name", re.compile(r"\b(wer|wem|wen|von wem|who|whom|whose|wo|woher|wohin|where|in welcher stadt|"
                        r"in which city|which company|welche firma|welches unternehmen)\b", re.I)),
]  # fmt: skip
WORD = re.compile(r"[^\W\d_][\w\-’']*", re.UNICODE)


def corpus_names(texts: Sequence[str]) -> set[str]:
    """Proper names of a corpus: words always capitalised, never after an article.

    German capitalises every noun, so capitalisation alone says little; but
    nouns come with articles ("die Kunden") and names mostly don't ("bei
    Amazon", "Ralf Herbrich").
    """
    capital: Counter[str] = Counter()
    after_det: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        for sentence in re.split(r"(?<=[.!?:])\s+|\n+", text):
            words = WORD.findall(sentence)
            for i, w in enumerate(words):
                if w[0].isupper():
                    if i > 0:
                        capital[w] += 1
                    if i > 0 and words[i - 1].lower() in DETERMINERS:
                        after_det[w] += 1
                else:
                    lower[w.lower()] += 1
    return {w for w in capital if not after_det[w] and not lower[w.lower()] and len(w) > 1}


@dataclass(frozen=True)
class Profile:
    """What a question asks for."""

    kind: str | None  # "number", "date", "name" or None
    names: tuple[str, ...]  # corpus names the question mentions
    unknown: tuple[str, ...]  # names the articles never mention


def profile(question: str, names: set[str], known: Callable[[str], bool], language: str) -> Profile:
    """``known(word)`` tells whether the articles use a word (in any inflection)."""
    kind = next((k for k, rx in TYPES if rx.search(question)), None)
    words = WORD.findall(question)
    asked = tuple(dict.fromkeys(w for w in words if _base(w) in names))
    unknown = []
    for i, w in enumerate(words):
        if i == 0 or not w[0].isupper() or _base(w) in names or known(w):
            continue
        # English capitalises names only; German every noun, so only a run of capitals counts there
        neighbours = [words[j] for j in (i - 1, i + 1) if 0 < j < len(words)]
        if language == "en" or any(n[0].isupper() for n in neighbours):
            unknown.append(w)
    return Profile(kind, asked, tuple(unknown))


def _base(word: str) -> str:
    return re.sub(r"(’s|'s|s’|’|')$", "", word)


@dataclass(frozen=True)
class Scored:
    sentence: Sentence
    passage: int  # index of the retrieved passage it is in
    similarity: float
    score: float
    fits: bool  # names and answer type present in it or its neighbours


def rank(
    question: Profile,
    query: np.ndarray,
    candidates: Sequence[tuple[Sentence, int, Sequence[float]]],
    names: set[str],
) -> list[Scored]:
    """Candidate sentences (with passage index and embedding), best first."""
    if not candidates:
        return []
    vectors = np.asarray([c[2] for c in candidates], dtype=np.float32)
    sims = vectors @ query
    texts = [c[0].text for c in candidates]
    out = []
    for i, (sentence, passage, _) in enumerate(candidates):
        window = " ".join(
            texts[j]
            for j in (i - 1, i, i + 1)
            if 0 <= j < len(candidates) and candidates[j][0].doc_id == sentence.doc_id
        )
        has_names = all(n in window for n in question.names)
        has_type = _has_type(question.kind, sentence.text, names) or _has_type(question.kind, window, names)
        own_names = sum(n in sentence.text for n in question.names) / max(1, len(question.names))
        score = float(sims[i]) + 0.02 * own_names + (0.02 if _has_type(question.kind, sentence.text, names) else 0.0)
        out.append(Scored(sentence, passage, float(sims[i]), score, has_names and has_type))
    out.sort(key=lambda s: -s.score)
    return out


def _has_type(kind: str | None, text: str, names: set[str]) -> bool:
    if kind is None:
        return True
    if kind == "number":
        return numbers.has_number(text)
    if kind == "date":
        return numbers.has_date(text)
    return any(_base(w) in names for w in WORD.findall(text))


def answerable(question: Profile, ranked: Sequence[Scored], threshold: float) -> tuple[bool, str]:
    """Whether the ranked evidence answers the question, and why not."""
    if question.unknown:
        return False, f"the articles never mention {', '.join(question.unknown)}"
    best = next((s for s in ranked if s.fits), None)
    if best is None:
        return False, "no retrieved sentence has what the question asks for"
    if best.similarity < threshold:
        return False, f"best evidence too far from the question ({best.similarity:.3f} < {threshold})"
    return True, ""
