"""The language of a question: German or English, and what to do with others.

Function words decide first — they are what tells "Was ist Customer
Obsession?" (German, with an English term) from English, where a character
model often errs. When they don't decide, lingua does: first with German and
English only, and where that isn't sure of German, with a few neighbours too,
so a French question is recognised as French (each language's models take
about 0.25 s to load on first use, which a cold ``bot ask`` pays); a question
too short to tell keeps the language of the conversation. A third language is
answered in English with a note. Leaves out: answering in a third language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.records import Lang

GERMAN = set(
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
        "und",
        "oder",
        "aber",
        "nicht",
        "ist",
        "sind",
        "war",
        "waren",
        "wird",
        "werden",
        "hat",
        "haben",
        "wie",
        "was",
        "wer",
        "wen",
        "wem",
        "wessen",
        "wo",
        "wann",
        "warum",
        "weshalb",
        "wieso",
        "welche",
        "welcher",
        "welches",
        "woher",
        "wohin",
        "wieviel",
        "viele",
        "vielen",
        "ich",
        "du",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "mit",
        "von",
        "für",
        "auf",
        "bei",
        "aus",
        "nach",
        "über",
        "unter",
        "zum",
        "zur",
        "im",
        "ins",
        "vom",
        "auch",
        "noch",
        "nur",
        "schon",
        "sehr",
        "gibt",
        "sagt",
        "sich",
        "kann",
        "können",
        "soll",
        "sollen",
        "dass",
        "ob",
        "denn",
        "doch",
        "in",
        "an",
        "laut",
        "zu",
        "als",
        "bis",
        "seine",
        "seinen",
        "seiner",
        "ihre",
        "ihren",
        "wurde",
        "wurden",
    ]
)
ENGLISH = set(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "not",
        "is",
        "are",
        "was",
        "were",
        "will",
        "be",
        "been",
        "has",
        "have",
        "had",
        "how",
        "what",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "why",
        "which",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "with",
        "from",
        "for",
        "on",
        "at",
        "by",
        "of",
        "to",
        "in",
        "into",
        "about",
        "does",
        "do",
        "did",
        "can",
        "could",
        "should",
        "would",
        "there",
        "their",
        "this",
        "that",
        "these",
        "those",
        "many",
        "much",
        "say",
        "says",
        "said",
        # comparisons: "as fast as before" is English, not Portuguese
        "as",
        "than",
        "more",
        "only",
        "after",
        "before",
    ]
)
OTHERS = ("FRENCH", "SPANISH", "ITALIAN", "DUTCH", "PORTUGUESE", "POLISH", "TURKISH")
# Question and function words of the third languages: names fool the statistical detector on short
# questions ("Quién es Ralf Herbrich?" looks German to it), these words don't.
THIRD = {
    "French": set(
        "qui que quoi quel quelle quels quelles où combien pourquoi comment est sont le la les des du un "
        "une et ou avec pour dans sur ce cette ces il elle ils elles qu est-ce".split()
    ),
    "Spanish": set(
        "quién quiénes qué cuál cuáles dónde cuánto cuántos cuántas cómo por es son el los las del un una "
        "y con para en este esta estos".split()
    ),
    "Italian": set(
        "chi che cosa quale quali dove quanto quanti quante come perché è sono il lo gli della del un "
        "una e con per questo questa".split()
    ),
    "Dutch": set(
        "wie wat welke waar hoeveel hoe waarom is zijn het een de van en met voor heeft hebben dit deze niet".split()
    ),
    "Portuguese": set(
        "quem que qual quais onde quanto quantos quantas como por é são o os as do da um uma e com para".split()
    ),
    "Polish": set("kto co który która gdzie ile jak dlaczego jest są to w z na i czy".split()),
    "Turkish": set("kim ne nedir hangi nerede kaç nasıl neden bir ve ile için bu mi mı mu mü".split()),
}
CONFIDENT = 0.5
# German beyond doubt between German and English needs no neighbour check: the keyword questions of the
# articles score 0.99-1.00 here, while Dutch and Turkish keywords that look German score 0.95-0.98
SURE_GERMAN = 0.99


@dataclass(frozen=True)
class Detected:
    language: Lang
    other: str | None = None  # name of a third language the question is in, if any
    sure: bool = True


def detect(text: str, previous: Lang | None = None) -> Detected:
    """The answer language for ``text``; ``previous`` decides when it can't be told."""
    words = _function_words(text)
    de = sum(w in GERMAN for w in words)
    en = sum(w in ENGLISH for w in words)
    third = {name: len({w for w in words if w in vocab}) for name, vocab in THIRD.items()}  # distinct words
    other = max(third, key=lambda k: third[k])
    if third[other] >= 2 and third[other] > max(de, en) and sum(v == third[other] for v in third.values()) == 1:
        return Detected("en", other=other)
    if de != en and max(de, en) >= 2:
        return Detected("de" if de > en else "en")
    if not words:
        return Detected(previous or "de", sure=False)
    pair = _detector(False).compute_language_confidence_values(text)[0]
    if pair.language.name == "GERMAN" and pair.value >= SURE_GERMAN:
        return Detected("de")
    values = {c.language.name: c.value for c in _detector(True).compute_language_confidence_values(text)}
    best = max(values, key=lambda k: values[k])
    if best not in ("GERMAN", "ENGLISH") and values[best] >= CONFIDENT:
        return Detected("en", other=best.capitalize())
    if de != en:
        return Detected("de" if de > en else "en")
    g, e = values.get("GERMAN", 0.0), values.get("ENGLISH", 0.0)
    if max(g, e) < CONFIDENT and previous:
        return Detected(previous, sure=False)
    return Detected("de" if g >= e else "en", sure=max(g, e) >= CONFIDENT)


def _function_words(text: str) -> list[str]:
    """The words of ``text`` that may tell its language, lower-cased: not those of a quotation in it
    („Love your employees“, sagt Bezos) nor the small words inside a name ("School of Economics and Law")."""
    tokens = re.findall(r"[^\W\d_]+", QUOTED.sub(" ", text))
    if len(tokens) < 3:  # a quotation with little around it: its own words tell
        tokens = re.findall(r"[^\W\d_]+", text)
    return [
        w.lower()
        for i, w in enumerate(tokens)
        if not (w in IN_NAMES and 0 < i < len(tokens) - 1 and tokens[i - 1][0].isupper() and tokens[i + 1][0].isupper())
    ]


IN_NAMES = {"of", "and", "for", "the", "at", "on"}  # "Berlin School of Economics and Law", "Head of Marketing at BSI"
QUOTED = re.compile(r"[„“”\"«»][^„“”\"«»]+[“”\"«»]")


@lru_cache(maxsize=2)
def _detector(neighbours: bool) -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [Language.GERMAN, Language.ENGLISH] + [getattr(Language, name) for name in OTHERS if neighbours]
    return LanguageDetectorBuilder.from_languages(*languages).build()


ARTICLE_SAMPLE = 3000  # characters of an article that decide its language
ISO = {"german": "de", "deutsch": "de", "ger": "de", "deu": "de", "english": "en", "englisch": "en", "eng": "en"}


def of_quote(text: str, article: str) -> str:
    """The language of a quote from an article in ``article``: the other of German and English only where the
    quote's own small words clearly say so (an English letter quoted in a German article), else the article's."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    de = sum(w in GERMAN for w in words)
    en = sum(w in ENGLISH for w in words)
    if article == "de" and en >= QUOTE_WORDS and en > 2 * de:
        return "en"
    if article == "en" and de >= QUOTE_WORDS and de > 2 * en:
        return "de"
    return article


QUOTE_WORDS = 3  # small words of the other language that make a quote that language's


def normalise(value: str) -> str:
    """A language as given in front matter or a page ("de-DE", "German", "en_US") as its ISO 639-1 code."""
    v = value.strip().lower().replace("_", "-")
    return ISO.get(v, v.split("-")[0] if v else "")


def of_article(text: str) -> str:
    """The language of an article's text as an ISO 639-1 code ("de", "en", "fr", …), "" if it can't be told."""
    sample = text[:ARTICLE_SAMPLE]
    if not re.search(r"[^\W\d_]{3}", sample):
        return ""
    found = _detector(True).detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else ""
