"""Language knowledge as data: one ``Lexicon`` per language (``de.py``, ``en.py``).

Rules read word lists and patterns from here by the text's language, so a
rule module reads as its idea and adding a language is adding a file. Each
field says what it is for; patterns are regular expressions matched
case-insensitively unless noted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.records import Lang


@dataclass(frozen=True)
class Lexicon:
    language: Lang
    # answer types of questions: (type, pattern) in order of precedence — money, percent, date, number, person,
    # place, organisation, name
    question_types: tuple[tuple[str, str], ...]
    # questions that ask for the article itself: its author, title or publication date
    meta_questions: dict[str, str]
    # a line that names the author (and maybe the date) of the article: its start
    byline: str
    # a line that names a source, a photo credit or a caption: its start
    attribution: str
    # speaker labels of interviews ("Frage:", "Q:") for the interviewer and the interviewee
    interviewer_labels: tuple[str, ...]
    interviewee_labels: tuple[str, ...]
    # qualifiers of quantities → relation: more, at_least, less, at_most, about, almost, up_to
    qualifiers: dict[str, str]
    # how the bot words a relation in its own first line ("über" / "over")
    relation_words: dict[str, str]
    # number words → value
    number_words: dict[str, float]
    # fractions and multiples as words → value ("die Hälfte" 0.5, "doppelt" 2)
    fractions: dict[str, float]
    # scale words → factor ("Millionen" 1e6)
    scales: dict[str, float]
    # month names → number
    months: dict[str, int]
    # units the first line may name, as (pattern, how the bot writes it)
    units: tuple[tuple[str, str], ...]
    # the decimal mark and the thousands separator of the language
    decimal: str
    thousands: str
    extra: dict[str, Any] = field(default_factory=dict)  # further word lists, by name


def lexicon(language: Lang) -> Lexicon:
    """The lexicon of ``language`` (German for anything but English)."""
    from bot.lexicon import de, en

    return en.LEXICON if language == "en" else de.LEXICON
