"""The structure of an article: what each sentence is, which interviewer question an answer answers, and the
units that passages are cut from.

Each sentence gets a role (``bot.records.ROLES``): ``body`` (text that can answer), ``question`` (an
interviewer's turn or a rhetorical question), ``heading`` (title, subtitle, section lines), ``byline``
(author, date, "Geschrieben von …"), ``attribution`` (a source line in brackets, "Quelle: …", a caption) or
``fragment`` (a scrap of fewer than three words). The rules read the text's shape — punctuation, position,
line length, what precedes and follows — and the part-of-speech tags of short lines (``bot.tagger``: a
finite verb makes a sentence, a line of names is a byline); word lists come from ``bot.lexicon``.

An article is an interview when its question paragraphs are, most of the time, followed by an answer
paragraph (at least three such pairs), or when it labels its speakers ("Frage:", "Q:"). Then every
interviewer paragraph is a ``question`` and each answer sentence knows the question it answers
(``q_start``/``q_end``). Units are the article's sections: a heading starts one, and in an interview each
question starts one, so a passage never mixes two answers and a question stays with its answer.

A Markdown table's rows after the first are body text, its first row a heading.

Leaves out: footnotes, and interviews that name the speakers in full before every turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import numbers, posts, sentences, tables, tagger
from bot.lexicon import lexicon
from bot.records import Lang, Sentence

HEAD_LINES = 6  # bylines are looked for among the first lines …
HEAD_CHARS = 500  # … and the first characters
HEADING_WORDS = 15  # a line without closing punctuation and at most this many words is a heading
ATTRIBUTION_WORDS = 12  # a bracketed sentence of at most this many words without a verb names a source
FRAGMENT_WORDS = 3  # fewer words than this is a fragment
SALUTATION_WORDS = 4  # a line of at most this many words that ends in a comma greets the reader
QUESTION_CHARS = 400  # an interviewer's turn is short
QUESTION_SENTENCES = 3
MIN_PAIRS = 3
TERMINAL = ".!?"
TRAILING = " \t\"“”„»«’')]*_"
ENUMERATED = tables.BULLET  # a list's item, bulleted or numbered
BULLET = re.compile(r"^\s*[•·▪◦*\-–]\s+")
# a label and its figure: "* Community grants: £12,000 (2024/25: £9,500).", „Eintritt: 8 Euro“ – a statement,
# however few its words
LABELLED_FIGURE = re.compile(r"^\s*(?:[•·▪◦*\-–]\s+)?[^\W\d_][^:]{0,40}:\s*[^\w\s]{0,2}\s?\d")
TABLE_ROW = tables.ROW
ALPHA = re.compile(r"[^\W\d_]{2,}|[^\W\d_]\.?(?=\s|$)", re.UNICODE)


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    role: str  # body, heading, byline or attribution
    label: int = 0  # characters of a speaker label at its start ("Frage: ", "**Q:** ")
    speaker: str = ""  # "interviewer" or "interviewee" when labelled


@dataclass(frozen=True)
class Structure:
    sentences: list[Sentence]
    units: list[tuple[int, int]]  # (start, end) of each section or question-with-answer
    interview: bool


def analyse(text: str, title: str, language: Lang, doc_id: str = "") -> Structure:
    """Roles, question links and units of the cleaned article ``text``."""
    lines = _lines(text, title, language)
    per_line = [_sentences(text, line, language) for line in lines]
    questions = [_is_question_turn(line, sents) for line, sents in zip(lines, per_line, strict=True)]
    answers = [line.role == "body" and line.speaker != "interviewer" and bool(s) and s[0][2] != "question"
               for line, s in zip(lines, per_line, strict=True)]  # fmt: skip
    labelled = sum(line.speaker == "interviewer" for line in lines) >= 2
    pairs = sum(1 for i in range(len(lines) - 1) if questions[i] and answers[i + 1])
    interview = labelled or (pairs >= MIN_PAIRS and pairs >= 0.5 * sum(questions))

    out: list[Sentence] = []
    asked: tuple[int, int] = (-1, -1)
    for i, (line, sents) in enumerate(zip(lines, per_line, strict=True)):
        turn = interview and questions[i]
        if turn:
            body = [(s, e) for s, e, _ in sents]
            asked = (body[0][0], body[-1][1]) if body else (-1, -1)
        elif line.role == "heading":
            asked = (-1, -1)
        for s, e, role in sents:
            if turn:
                role = "question"
            link = asked if interview and not turn and role == "body" else (-1, -1)
            out.append(Sentence(doc_id, s, e, text[s:e], role, i, link[0], link[1]))
    return Structure(out, _units(lines, questions if interview else [False] * len(lines), len(text)), interview)


def _lines(text: str, title: str, language: Lang) -> list[Line]:
    labels = _labels(language)
    out: list[Line] = []
    for i, (start, end) in enumerate(sentences.lines(text)):
        line = text[start:end]
        label, speaker = 0, ""
        m = labels.match(line)
        if m:
            label = m.end()
            speaker = "interviewer" if m.group("who").lower().strip("*_ ") in _ROLES[0] else "interviewee"
        head = i < HEAD_LINES or start < HEAD_CHARS
        role = _line_role(line[label:].strip(), title, language, head, bool(label), out)
        out.append(Line(start, end, line, role, label, speaker))
    return out


def _line_role(content: str, title: str, language: Lang, head: bool, labelled: bool, before: list[Line]) -> str:
    """body, heading, byline or attribution, from the line's shape."""
    words = ALPHA.findall(content)
    # a bracket at the end (a caption's credit, a source) is not how the line ends: "… Zentrum. (Foto: X)"
    last = re.sub(r"\s*\([^()]*\)\s*$", "", content).rstrip(TRAILING)[-1:] or content.rstrip(TRAILING)[-1:]
    if not words:
        return "attribution"
    # a Markdown table: its first row names the columns, each further row is a statement ("| Weight | 24.8 kg |")
    if TABLE_ROW.match(content):
        return "body" if before and TABLE_ROW.match(before[-1].text.strip()) else "heading"
    if re.match(lexicon(language).attribution, content, re.IGNORECASE) and len(words) <= 25:
        return "attribution"
    if _bracketed(content) and len(words) <= ATTRIBUTION_WORDS and not tagger.has_finite_verb(content, language):
        return "attribution"
    if MARKDOWN_HEADING.match(content):  # "## Freitag, 22. August" heads a section, though it dates it
        return "heading"
    if head and _byline(content, words, lexicon(language).byline, language, before):
        return "byline"
    # a sign-off: its closing formula and the writer's name under it ("Danke und Gruß" / "Stefan")
    if posts.closing(content) or (before and posts.closing(before[-1].text) and posts.signature(content)):
        return "byline"
    # a salutation ("Hallo zusammen,", "Dear Tom,") opens a message; it heads no section (a list's item that ends
    # in a comma is none: "* für den zweiten Hund 120 Euro,")
    if content.endswith(",") and len(words) <= SALUTATION_WORDS and not BULLET.match(content):
        return "fragment"
    if _is_title(content, title):
        return "heading"
    # "- vier Meter Breite," is a list's item; "2. Die Ausgangslage" a numbered heading, "2. Die Lage klärt sich." not
    if BULLET.match(content) and (len(words) >= FRAGMENT_WORDS or LABELLED_FIGURE.match(content)):
        return "body"  # … and so is "- Eintritt: 8 Euro", a label and its figure
    if ENUMERATED.match(content) and len(words) >= FRAGMENT_WORDS and last in TERMINAL + ",;":
        return "body"
    if _leads_in(content, last, language):
        return "body"
    short = len(words) <= HEADING_WORDS // 2
    if (last not in TERMINAL + ":…" and len(words) <= HEADING_WORDS and not labelled) or (last in ":…" and short):
        return "heading"
    return "body"


MARKDOWN_HEADING = re.compile(r"#{1,6}\s+\S")
# the tags of words no heading ends in, that leave a sentence open for the list after it: a preposition, an
# article, a conjunction („… zu gewähren für das Halten von“, "Exemptions apply to")
# (German STTS, English CLAWS5 tags)
OPEN_ENDS = frozenset({"APPR", "APPRART", "ART", "KON", "KOUS", "PTKZU", "PRP", "PRF", "AT0", "CJC", "CJS", "TO0"})


def _leads_in(content: str, last: str, language: Lang) -> bool:
    """Whether a line opens a sentence that a list after it ends: it ends in a word that leaves it open, or it is a
    clause with its finite verb before a colon („Die Steuer beträgt jährlich:“, "The fees are as follows:"), not a
    heading ("Kontakt:", "Opening hours")."""
    found = [t for t in tagger.tokens(content, language) if t.kind != "punct"]
    if len(found) < FRAGMENT_WORDS:
        return False
    if last not in TERMINAL + ":…" and found[-1].tag in OPEN_ENDS:
        return True
    return last == ":" and any(t.kind == "finite" for t in found)


_ROLES = (
    {w for lang in ("de", "en") for w in lexicon(lang).interviewer_labels},  # type: ignore[arg-type]
    {w for lang in ("de", "en") for w in lexicon(lang).interviewee_labels},  # type: ignore[arg-type]
)


def _labels(language: Lang) -> re.Pattern[str]:
    names = sorted(_ROLES[0] | _ROLES[1], key=len, reverse=True)
    return re.compile(
        r"^\s*[*_]{0,2}(?P<who>" + "|".join(re.escape(n) for n in names) + r")\s*[:.][*_]{0,2}\s+",
        re.IGNORECASE,
    )


def _bracketed(text: str) -> bool:
    return text.startswith(("(", "[")) and text.rstrip(". ").endswith((")", "]"))


def _is_title(line: str, title: str) -> bool:
    a, b = words(line), words(title)
    if not (a and b):
        return False
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and len(shorter) >= 0.75 * len(longer)


def words(text: str) -> str:
    """``text``'s words in lower case, one space between: how two lines are compared."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _byline(content: str, words: list[str], pattern: str, language: Lang, before: list[Line]) -> bool:
    """An author or date line: "Geschrieben von …", "By …", a date alone, a line of names, and the job title
    on the line after a line of names."""
    if re.match(pattern, content, re.IGNORECASE):
        return True
    if len(words) <= 3 and numbers.has_date(content) and len(content) <= 40:
        return True
    if content.rstrip(TRAILING)[-1:] in TERMINAL or len(words) > 8:
        return False
    tokens = [t for t in tagger.tokens(content, language) if t.kind != "punct"]
    if any(t.kind == "finite" for t in tokens):
        return False
    names = sum(t.kind == "name" or t.kind == "foreign" for t in tokens)
    if 2 <= len(tokens) <= 4 and names == len(tokens) and all(t.text[:1].isupper() for t in tokens):
        return True
    return bool(before) and before[-1].role == "byline" and len(words) <= 6


def _sentences(text: str, line: Line, language: Lang) -> list[tuple[int, int, str]]:
    """The sentences of one line with their roles (the line's role for headings, bylines, attributions)."""
    found = [(s, e) for s, e in sentences.spans(text[line.start : line.end], language)]
    out = []
    for s, e in found:
        s, e = line.start + s, line.start + e
        if s < line.start + line.label:  # the speaker label is not part of the first sentence
            s = line.start + line.label
            while s < e and text[s].isspace():
                s += 1
        if s >= e:
            continue
        row = TABLE_ROW.match(line.text.strip())  # a table's row is a statement however few its words
        out.append((s, e, line.role if line.role != "body" or row else _sentence_role(text[s:e], language)))
    return out


def _sentence_role(sentence: str, language: Lang) -> str:
    words = ALPHA.findall(sentence)
    if len(words) < FRAGMENT_WORDS:
        return "body" if LABELLED_FIGURE.match(sentence) else "fragment"
    bare = sentence.rstrip(TRAILING)
    if _bracketed(sentence) and len(words) <= ATTRIBUTION_WORDS and not tagger.has_finite_verb(sentence, language):
        return "attribution"
    if bare.endswith("?"):
        return "question"
    return "body"


def _is_question_turn(line: Line, sents: list[tuple[int, int, str]]) -> bool:
    """A paragraph that could be an interviewer's turn: labelled so, or short and ending in a question."""
    if line.speaker:
        return line.speaker == "interviewer"
    if line.role not in ("body", "heading") or not sents or ENUMERATED.match(line.text):
        return False
    return sents[-1][2] == "question" and len(sents) <= QUESTION_SENTENCES and line.end - line.start <= QUESTION_CHARS


def _units(lines: list[Line], turns: list[bool], size: int) -> list[tuple[int, int]]:
    """Sections: a heading (after body text) or an interviewer's turn starts a new one."""
    units: list[tuple[int, int]] = []
    start, has_body = 0, False
    for line, turn in zip(lines, turns, strict=True):
        if (turn or line.role == "heading") and has_body:
            units.append((start, line.start))
            start, has_body = line.start, False
        if line.role == "body" and not turn:
            has_body = True
    if lines:
        units.append((start, size))
    # a unit without body text (a heading at the very end) joins the one before
    merged: list[tuple[int, int]] = []
    for unit in units:
        if merged and not any(ln.role == "body" and unit[0] <= ln.start < unit[1] for ln in lines):
            merged[-1] = (merged[-1][0], unit[1])
        else:
            merged.append(unit)
    return merged
