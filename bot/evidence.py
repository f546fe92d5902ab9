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
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_GERMAN

from bot import numbers
from bot.records import Sentence

STOP = set(STOPWORDS_GERMAN) | set(STOPWORDS_EN) | {"laut", "according", "welche", "welcher", "welches", "welchem"}
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
    ("money", re.compile(r"\b(wie viel geld|wie viel kostet|was kostet|kosten|kostete|umsatz|preis|gehalt|"
                         r"how much money|how much does|cost|costs|revenue|price|salary|share price)\b", re.I)),
    ("percent", re.compile(r"\b(wie viel prozent|welcher anteil|welchen anteil|what percentage|what share|"
                           r"what proportion)\b", re.I)),
    ("date", re.compile(r"\b(wann|seit wann|in welchem jahr|welches jahr|when|what year|which year|"
                        r"since when)\b", re.I)),
    ("number", re.compile(r"\b(wie viele?|wieviele?|wie hoch|wie groß|wie lange|anzahl|how many|how much|"
                          r"how large|how big|how long)\b", re.I)),
    ("name", re.compile(r"\b(wer|wem|wen|von wem|who|whom|whose|wo|woher|wohin|where|in welcher stadt|"
                        r"in which city|which company|welche firma|welches unternehmen|wie heißt|wie hieß|"
                        r"wie lautet|what is the name|what's the name|name of|welchen namen)\b", re.I)),
]  # fmt: skip
HEAD = 400
SENTENCE_END = re.compile(r"(?<![\s.][A-ZÄÖÜ]\.)(?<=[.!?:])\s+|\n+")  # not after an initial: "Ralf T. Kreutzer"
INFLECTED = ("e", "en", "em", "er", "es")  # endings of a German adjective before its noun
NOT_ADJECTIVE = {"über", "unter", "aber", "oder", "wieder", "immer", "hinter", "ohne", "gegen", "sowie", "jeder",
                 "weder", "sondern", "denn", "wenn", "ihre", "seine", "diese", "where", "there", "here", "were",
                 "whose", "these", "those", "since", "before", "after", "under", "over", "like", "ever",
                 "never"}  # fmt: skip
NOUN_SUFFIX = re.compile(
    r"(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|nis|nisse|tum|"
    r"ierung|chen|lein|ling|sion|enz|anz)$"
)
CURRENCY = re.compile(r"(euro|€|dollar|\$|usd|eur|franken|pfund|yuan|renminbi)", re.I)
YEAR = re.compile(r"\b(1[89]|20)\d{2}\b")
QUOTED = re.compile(r"[„“\"«»”].*?[“”\"«»]")
WORD = re.compile(r"[^\W\d_][\w\-’']*", re.UNICODE)


def corpus_names(texts: Sequence[str]) -> set[str]:
    """Proper names of a corpus: words always capitalised, rarely after an article or adjective.

    German capitalises every noun, so capitalisation alone says little; but
    nouns come with articles and adjectives ("die Kunden", "individuellen
    Bedarf") and often with a noun suffix ("-ung", "-heit"), and names mostly
    don't ("bei Amazon", "Ralf Herbrich"). A heuristic: it keeps some nouns.
    """
    capital: Counter[str] = Counter()
    noun: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        for sentence in SENTENCE_END.split(text):
            words = WORD.findall(sentence)
            for i, w in enumerate(words):
                if not w[0].isupper():
                    lower[w.lower()] += 1
                elif i > 0:
                    capital[w] += 1
                    before = words[i - 1]
                    if before.lower() in DETERMINERS or (
                        before.islower()
                        and len(before) >= 4
                        and before.endswith(INFLECTED)
                        and before not in NOT_ADJECTIVE
                    ):
                        noun[w] += 1
    return {
        w
        for w in capital
        if noun[w] <= 0.25 * capital[w]
        and not lower[w.lower()]
        and len(w) > 1
        and (w.isupper() or not NOUN_SUFFIX.search(w))
    }


@dataclass(frozen=True)
class Profile:
    """What a question asks for."""

    kind: str | None  # "number", "money", "percent", "date", "name" or None
    names: tuple[str, ...]  # corpus names the question mentions
    unknown: tuple[str, ...]  # names the articles never mention
    quantities: tuple[numbers.Quantity, ...] = ()  # numbers the question states itself


def profile(question: str, names: set[str], known: Callable[[str], bool], language: str) -> Profile:
    """What ``question`` asks for; ``known(word)`` tells whether the articles use a word."""
    kind = _kind(question)
    words = WORD.findall(question)
    asked = tuple(dict.fromkeys(name_of(w, names) for w in words if name_of(w, names)))
    # Only a run of capitalised words outside quotes is taken for a name ("Elon Musk"): English
    # capitalises adjectives of places, German every noun, titles in quotes anything.
    bare = WORD.findall(QUOTED.sub(" ", question))
    new = [_capital(w) and not name_of(w, names) and not known(w) for w in bare]
    unknown = [
        w for i, w in enumerate(bare) if new[i] and ((i > 0 and new[i - 1]) or (i + 1 < len(bare) and new[i + 1]))
    ]
    return Profile(kind, asked, tuple(unknown), tuple(numbers.quantities(question)))


def _kind(question: str) -> str | None:
    """The answer type of the question's first interrogative ("when" counts only up front)."""
    found = []
    for kind, rx in TYPES:
        for m in rx.finditer(question):
            if m.group(0).lower() in ("when", "wann", "wo", "where") and len(question[: m.start()].split()) > 2:
                continue
            found.append((m.start(), kind))
            break
    return min(found)[1] if found else None


def _capital(word: str) -> bool:
    return len(word) > 2 and word[0].isupper() and word.lower() not in STOP and not word.isupper()


def name_of(word: str, names: set[str]) -> str:
    """The corpus name ``word`` is (also in the genitive: "Alibabas"), or ""."""
    for form in (word[:-1] if word.endswith("s") else word, _base(word), word):
        if form in names:
            return form
    return ""


def _base(word: str) -> str:
    return re.sub(r"(’s|'s|s’|’|')$", "", word)


@dataclass(frozen=True)
class Scored:
    sentence: Sentence
    passage: int  # index of the retrieved passage it is in
    similarity: float
    score: float
    fits: bool  # holds something of the expected answer type (in it or a neighbour)
    covers: frozenset[str]  # question names in its neighbourhood or its article's head


def rank(
    question: Profile,
    query: np.ndarray,
    candidates: Sequence[tuple[Sentence, int, Sequence[float]]],
    names: set[str],
    article_text: Callable[[str], str],
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
        # A name counts where the evidence is, or in the article's head (title, byline, lead), which
        # introduces who is speaking: "laut Doll" is answered by a sentence that doesn't repeat "Doll".
        head = article_text(sentence.doc_id)[:HEAD]
        covers = frozenset(n for n in question.names if n in window or n in head)
        own_type = _has_type(question, sentence.text, names)
        own_names = sum(n in sentence.text for n in question.names) / max(1, len(question.names))
        score = float(sims[i]) + 0.02 * own_names + (0.05 if question.kind and own_type else 0.0)
        fits = own_type or _has_type(question, window, names)
        out.append(Scored(sentence, passage, float(sims[i]), score, fits, covers))
    out.sort(key=lambda s: -s.score)
    return out


def _has_type(question: Profile, text: str, names: set[str]) -> bool:
    """Whether ``text`` holds an answer of the asked type that the question doesn't already state."""
    kind = question.kind
    if kind is None:
        return True
    if kind in ("number", "money", "percent", "date"):
        found = [q for q in numbers.quantities(text) if not any(q.matches(k) for k in question.quantities)]
        if kind == "date":
            return any(q.kind == "date" for q in found) or any(
                YEAR.fullmatch(str(int(q.value))) for q in found if q.value.is_integer()
            )
        if kind == "percent":
            return any(q.kind == "percent" for q in found)
        counts = [q for q in found if q.kind == "number"]
        if kind == "money":
            return bool(counts) and bool(CURRENCY.search(text))
        return bool(counts)
    return any(name_of(w, names) and name_of(w, names) not in question.names for w in WORD.findall(text))


def answerable(question: Profile, ranked: Sequence[Scored], threshold: float) -> tuple[bool, str]:
    """Whether the ranked evidence answers the question, and why not."""
    if question.unknown:
        return False, f"the articles never mention {', '.join(question.unknown)}"
    close = [s for s in ranked if s.fits and s.similarity >= threshold]
    if not close:
        best = next((s for s in ranked if s.fits), None)
        if best is None:
            return False, "no retrieved sentence has what the question asks for"
        return False, f"best evidence too far from the question ({best.similarity:.3f} < {threshold})"
    covered = frozenset().union(*(s.covers for s in close))
    missing = [n for n in question.names if n not in covered]
    if missing:
        return False, f"no fitting evidence in an article that mentions {', '.join(missing)}"
    return True, ""
