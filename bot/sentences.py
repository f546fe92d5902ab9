"""Sentence spans of a text, with exact offsets.

NLTK's Punkt models (German and English ship inside llama-index, so nothing is
downloaded) find sentence ends; line breaks end a sentence too, because in
articles they separate headings, list items and interview questions. Spans
are trimmed of surrounding whitespace and always satisfy
``text[start:end] == sentence``. Leaves out: language detection (German Punkt
handles German and English abbreviations well enough for quoting).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w", re.UNICODE)


@lru_cache(maxsize=2)
def _punkt(language: str) -> Any:
    import llama_index.core
    import nltk
    from nltk.tokenize.punkt import PunktTokenizer

    cache = Path(llama_index.core.__file__).parent / "_static" / "nltk_cache"
    if str(cache) not in nltk.data.path:
        nltk.data.path.append(str(cache))
    return PunktTokenizer(language)


def spans(text: str, language: str = "german") -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, in order."""
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        base = line.start()
        for s, e in _punkt(language).span_tokenize(line.group(0)):
            start, end = base + s, base + e
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if _WORD.search(text, start, end):
                out.append((start, end))
    return out


def split(text: str, language: str = "german") -> list[str]:
    return [text[s:e] for s, e in spans(text, language)]
