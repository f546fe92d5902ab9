"""Sentence spans of a text, with exact offsets.

NLTK's Punkt models (German and English ship inside llama-index, so nothing is
downloaded) find sentence ends, in the text's language. A line break ends a
sentence too, because in articles it separates headings, list items and
interview questions — except a soft wrap: a line that stops without closing
punctuation and is continued in lower case on the next line ("Das zu\\nliefern
ist unser Anspruch.") is one sentence, and so is a long line of prose continued in
capitals (a hard-wrapped paragraph: "… mit Ole über\\nPersonal und Pläne …"). What Punkt leaves behind at an
abbreviation it doesn't know ("P.S.: Englische Fachausdrücke" cut after "P.S.")
joins its sentence: a piece that starts with a colon, semicolon, comma, closing
bracket or a lower-case letter continues the one before, and in German so does
one after an ordinal ("im 20. Stock") or a lone letter („z. B.“). Abbreviations that Punkt's models lack and that
stand before a figure ("ca. 180 m", "approx. 12 kg") are added to them; a unit symbol's full stop before a capital
("90 m. Er …") ends a sentence. A short quotation of a few sentences („Love your employees. Customers will follow“,
sagt …, up to ``QUOTED_MAX`` characters) is never split. Spans are trimmed of
surrounding whitespace and always satisfy ``text[start:end] == sentence``.
Leaves out: languages other than German and English (they are split with the
English model).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w", re.UNICODE)
CLOSING = ".!?…:;\"“”»«)'’"
CONTINUES = re.compile(r"[:;,)\]’”“»«]|[a-zäöüß]")
WRAPPED_MIN = 50  # characters of a line of prose that a hard wrap ends (a heading or byline is shorter)
LINE_MARK = re.compile(r"\s*(?:[-*•#|>]|\d+[.)]\s)")  # a list item, heading, table row or quotation
QUOTED_MAX = 300  # a quotation up to this long is never split into sentences
PUNKT = {"de": "german", "en": "english", "german": "german", "english": "english"}
# abbreviations that stand before a figure or a word and that Punkt's models lack: "Begrenzungsdraht ca. 180 m",
# "rd. 40 Euro", "max. 2800 W", "approx. 12 kg"
ABBREVIATIONS = {
    "german": {
        "ca",
        "rd",
        "ggf",
        "evtl",
        "inkl",
        "zzgl",
        "exkl",
        "max",
        "min",
        "mind",
        "gem",
        "lt",
        "tel",
        "str",
        "vs",
    },
    "english": {"approx", "incl", "excl", "est", "max", "min", "fig", "tel", "ca", "vs"},
}
# a word that stands before a number ("Briefing No. 17", „Nr. 5“, "Vol. 3", "p. 12") ends no sentence there
NUMBER_SIGN = re.compile(r"(?:^|\s)(?:No|Nos|Nr|Vol|Art|Abs|Fig|p|pp|S)\.$")
# a figure, a unit symbol, a full stop and a capital: the end of a sentence ("90 m. Er", "12 kg. The")
UNIT_END = re.compile(r"\d\s?(?:k?m|[cm]m|m[²³]|k?g|t|k?W|V|A|l|h)(\.)\s+(?=[A-ZÄÖÜ])")
# a lone lower-case letter and a full stop ("z." of „z. B.“, "u." of „u. a.“, "e." of "e. g."), or two such letters
# („z. B.“, „u. U.“), never end a sentence; a unit after a figure ("90 m.") may
LONE_LETTER = re.compile(r"(?:^|(?<!\d)\s)[a-zäöü]\.(?:\s?[A-ZÄÖÜa-zäöü]\.)?$")


@lru_cache(maxsize=2)
def _punkt(language: str) -> Any:
    import llama_index.core
    import nltk
    from nltk.tokenize.punkt import PunktTokenizer

    cache = Path(llama_index.core.__file__).parent / "_static" / "nltk_cache"
    if str(cache) not in nltk.data.path:
        nltk.data.path.append(str(cache))
    punkt = PunktTokenizer(language)
    punkt._params.abbrev_types.update(ABBREVIATIONS.get(language, set()))
    return punkt


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each logical line: a soft-wrapped line is joined with its continuation."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.end()
        if not text[start:end].strip():
            continue
        if out and _soft_wrapped(text, out[-1], start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _soft_wrapped(text: str, previous: tuple[int, int], start: int) -> bool:
    before = text[previous[0] : previous[1]].rstrip()
    after = text[start:].lstrip(" \t")
    single_break = "\n\n" not in text[previous[1] : start] and text[previous[1] : start].count("\n") == 1
    if not (single_break and before and before[-1] not in CLOSING):
        return False
    if after[:1].islower() or after[:1].isdigit() or after[:1] in "£$€":  # "rises from\n£2,010.00 to …"
        return True
    # a hard-wrapped paragraph goes on in capitals too (a German noun, a name: "… mit Geschäftsführer Ole über\n
    # Personal und Pläne gesprochen."): a long line of prose, not a heading, a table row or a
    # list item, continued by a line that opens no list item, heading or table row
    last = before.rsplit("\n", 1)[-1]
    return len(last) >= WRAPPED_MIN and not LINE_MARK.match(last) and not LINE_MARK.match(after) and after[:1].isalpha()


def spans(text: str, language: str = "de") -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, in order."""
    punkt = _punkt(PUNKT.get(language, "english"))
    out: list[tuple[int, int]] = []
    for line_start, line_end in lines(text):
        pieces: list[tuple[int, int]] = []
        line = text[line_start:line_end]
        quoted = [(line_start + a, line_start + b) for a, b in _quotations(line) if b - a <= QUOTED_MAX]
        for s, e in _unit_ends(line, punkt.span_tokenize(line)):
            start, end = line_start + s, line_start + e
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start >= end:
                continue
            if pieces and (
                CONTINUES.match(text, start)
                or (language in ("de", "german") and _ordinal(text, pieces[-1]))
                or LONE_LETTER.search(text, pieces[-1][0], pieces[-1][1])
                or (NUMBER_SIGN.search(text, pieces[-1][0], pieces[-1][1]) and text[start].isdigit())
                or any(qs < start < qe for qs, qe in quoted)
            ):
                pieces[-1] = (pieces[-1][0], end)
            else:
                pieces.append((start, end))
        out.extend((s, e) for s, e in pieces if _WORD.search(text, s, e))
    return out


def _unit_ends(line: str, found: Any) -> list[tuple[int, int]]:
    """Punkt's spans of ``line``, also cut after a figure's unit symbol and a full stop before a capital ("der Draht
    misst 90 m. Er kostet …"): Punkt's models read a lone "m." as an abbreviation; a unit symbol takes no full stop of
    its own, so there the sentence ends."""
    out = []
    for s, e in found:
        at = s
        for m in UNIT_END.finditer(line, s, e):
            out.append((at, m.end(1)))
            at = m.end()
        out.append((at, e))
    return out


def _quotations(line: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in ``line``: „…“, “…”, «…», "…" (and “…“ as some articles write it)."""
    closers = {"„": "“”", "“": "”“", "«": "»", "»": "«", '"': '"'}
    out, opened, at = [], "", 0
    for i, ch in enumerate(line):
        if opened and ch in closers[opened]:
            out.append((at, i + 1))
            opened = ""
        elif not opened and ch in closers:
            opened, at = ch, i
    return out


def _ordinal(text: str, piece: tuple[int, int]) -> bool:
    """Whether ``piece`` ends in a German ordinal ("im 20.", "am 3."), which doesn't end a sentence."""
    return bool(re.search(r"(?:^|\s)\d{1,2}\.$", text[piece[0] : piece[1]]))


def split(text: str, language: str = "de") -> list[str]:
    return [text[s:e] for s, e in spans(text, language)]
