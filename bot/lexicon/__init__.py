"""Language knowledge as data: one ``Lexicon`` per language (``de.py``, ``en.py``).

Rules read word lists and patterns from here by the text's language, so a
rule module reads as its idea and adding a language is adding a file. Each
field says what it is for; patterns are regular expressions matched
case-insensitively unless noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.records import Lang

# the functions a "head of …" heads inside an organisation ("head of logistics"), where "head of Nordlicht" heads
# the organisation itself; English titles, so German articles use them too ("Head of Marketing")
FUNCTIONS = (
    r"(?:logistics|marketing|sales|finance|operations|communications|hr|human resources|product|technology|it|"
    r"research|engineering|customer service|support|design|strategy|purchasing|procurement|development|data)\b"
)


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
    # --- the claim check (bot.verify, bot.numbers, bot.check) ---
    # names of weekdays (capitalised, but no names of anything a claim could swap)
    weekdays: tuple[str, ...] = ()
    # number words that are also articles or pronouns ("ein", "one"): not read as figures on their own
    not_numbers: tuple[str, ...] = ()
    # words for "more than half" ("die Mehrheit", "the majority"): the share (50 %, 100 %]
    shares: tuple[str, ...] = ()
    # "one in twelve" as patterns with the group ``n`` for the denominator (a number or number word)
    one_in: tuple[str, ...] = ()
    # negation words; exceptions are phrases with a negation word that negate nothing ("nicht nur")
    negation: str = ""
    negation_exceptions: str = ""
    # negations with an aspect: a state that ended ("nicht mehr") or hasn't begun ("noch nicht")
    no_longer: str = ""
    not_yet: str = ""
    # adjectives a negation turns into their opposite rather than denying the sentence (litotes:
    # "keine leichte Aufgabe" is a hard task, not the denial of a task)
    litotes: tuple[str, ...] = ()
    # absolute quantifiers by meaning (all, only, always, entirely) → pattern; a claim that has one
    # needs evidence with one of the same meaning; exceptions are phrases that only look absolute
    absolutes: dict[str, str] = field(default_factory=dict)
    absolute_exceptions: str = ""
    # who-did-what: role → pattern of the words that state it (author, founder, head, analyse, say,
    # present, cooperate); a claim with one needs evidence that ties the same person to the same role
    roles: dict[str, str] = field(default_factory=dict)
    # the word before the agent of a passive ("by", "von") and words that make a name the object of a
    # role rather than its holder ("CEO of Amazon", "Briefe von Bezos", "bei Amazon")
    passive_agent: str = ""
    object_markers: str = ""
    # the interrogatives: never a name of the question ("… – When was …")
    interrogatives: tuple[str, ...] = ()
    # words that open a subordinate clause (its own scope for a negation: "auch wenn … nicht …")
    subordinators: tuple[str, ...] = ()
    # nouns that refer back to an article's subject ("der Konzern", "the company"): a span that says
    # "der Konzern" may stand for the organisation the article's title names
    anaphors: tuple[str, ...] = ()
    # first-person words: a span in the first person is its speaker's own words
    first_person: str = ""
    first_singular: str = ""  # the one who writes or answers speaks of themself: an essay's author, an interviewee
    # words that report a question or a doubt: only a statement with one may quote a question
    doubt: str = ""
    # a pasted answer's list of sources: its header line, and a reference inside a sentence
    # ("(Quelle 2)"), with the group ``n``
    sources_header: str = ""
    source_reference: str = ""


def lexicon(language: Lang) -> Lexicon:
    """The lexicon of ``language`` (German for anything but English)."""
    from bot.lexicon import de, en

    return en.LEXICON if language == "en" else de.LEXICON


def lexicons() -> tuple[Lexicon, Lexicon]:
    """Both lexicons, German first: for words read in either language."""
    return lexicon("de"), lexicon("en")


def kinds_in(text: str, key: str, flags: int = 0) -> dict[str, str]:
    """For a list ``key`` of the lexicons' extras (pattern → kind, both languages): each kind ``text`` names, with
    its first words for it ("up": "stieg", "centre": "Stadtzentrum")."""
    out: dict[str, str] = {}
    for lx in lexicons():
        for pattern, kind in lx.extra.get(key, {}).items():
            m = re.search(pattern, text, flags)
            if m:
                out.setdefault(kind, m.group(0))
    return out
