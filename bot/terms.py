"""Search terms of a text: lower-cased words without stop words, stemmed by the text's language.

The keyword index (``bot.retrieve``) and the evidence ranking's word overlap (``bot.evidence``) read texts
the same way: Snowball stemmers (PyStemmer) for German and English, bm25s's stop word lists of both
languages (a German article quotes English and the other way round). Lemmas (simplemma) join the forms a
stemmer keeps apart: „geschafft“ and „schaffte“, "bought" and "buy". Leaves out: compound splitting
("Logistikzentrum" does not match "Zentrum").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import simplemma
import Stemmer
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_GERMAN

from bot import numbers

TOKEN = r"(?u)\d+(?:[.,]\d+)*|\b\w\w+\b"
STOP = frozenset(STOPWORDS_GERMAN) | frozenset(STOPWORDS_EN)
STEMMERS = {"de": "german", "en": "english"}


@lru_cache(maxsize=4)
def stemmer(language: str) -> Any:
    """The Snowball stemmer of ``language`` (English for a language without one here)."""
    return Stemmer.Stemmer(STEMMERS.get(language, "english"))


def words(text: str) -> list[str]:
    """The lower-cased words and numbers of ``text`` that are not stop words."""
    return [t for t in re.findall(TOKEN, text.lower()) if t not in STOP]


def terms(text: str, language: str) -> list[str]:
    """The stemmed, stop-word-free terms of ``text`` in ``language``, and a term of either language for each of its
    dates and times of day (``numbers.neutral_terms``)."""
    return list(stemmer(language).stemWords(words(text))) + numbers.neutral_terms(text)


@lru_cache(maxsize=8192)
def term_set(text: str, language: str) -> frozenset[str]:
    return frozenset(terms(text, language))


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    """The lower-cased dictionary form of ``word`` (``language`` German or English; English for another)."""
    return str(simplemma.lemmatize(word, lang="de" if language == "de" else "en")).lower()


@lru_cache(maxsize=8192)
def listed(word: str, language: str) -> bool:
    """Whether simplemma's dictionary of ``language`` holds ``word`` (a common noun the tagger may not know:
    „Mäher“), unlike a made-up name ("Skyvia")."""
    return bool(simplemma.is_known(word, lang="de" if language == "de" else "en"))


@lru_cache(maxsize=8192)
def lemma_set(text: str, language: str) -> frozenset[str]:
    return frozenset(lemma(w, language) for w in words(text))


@lru_cache(maxsize=4096)
def forms(text: str, language: str) -> tuple[tuple[str, str], ...]:
    """Each search word of ``text`` as its stem and its lemma (read once per question, matched per sentence)."""
    found = words(text)
    return tuple(zip(stemmer(language).stemWords(found), (lemma(w, language) for w in found), strict=True))
