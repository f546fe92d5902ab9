"""The records that move between the steps: Article, Passage, Citation, Answer.

Frozen dataclasses, no behaviour beyond small derived values. An article's
``text`` is the cleaned text; every passage's ``start``/``end`` are offsets
into it, so ``article.text[p.start:p.end] == p.text`` always holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Lang = Literal["de", "en"]
Verdict = Literal["supported", "not_supported", "uncited"]
# what a sentence is in its article: text that can answer, or structure around it
ROLES = ("body", "question", "heading", "byline", "attribution", "fragment")


@dataclass(frozen=True)
class Article:
    doc_id: str
    title: str
    text: str
    source: str = ""
    publication: str = ""
    author: str = ""
    date: str = ""
    language: str = ""

    def meta(self) -> dict[str, str]:
        """Metadata without the text, as stored next to the passages."""
        d = asdict(self)
        d.pop("text")
        return d


@dataclass(frozen=True)
class Passage:
    id: str
    doc_id: str
    title: str
    text: str
    start: int
    end: int
    score: float = 0.0
    language: str = ""  # the article's language
    context: str = ""  # what the passage continues: the interviewer's question of a long answer

    def holds(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` lies inside this passage."""
        return self.doc_id == sentence.doc_id and self.start <= sentence.start and sentence.end <= self.end

    def public(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; offsets into the article text. ``role`` is its part in the article's
    structure (``bot.records.ROLES``), set at ingest."""

    doc_id: str
    start: int
    end: int
    text: str
    role: str = "body"
    para: int = -1  # the paragraph (logical line) of the article it is in
    q_start: int = -1  # for an interview answer: the span of the question it answers
    q_end: int = -1

    @property
    def section_heading(self) -> bool:
        """Whether it heads a section of its article: a heading, not the title (which heads the whole article and
        is read by the title rules)."""
        return self.role == "heading" and self.start > 0 and self.para != 0


@dataclass(frozen=True)
class Citation:
    n: int
    passage: Passage
    quote: str
    quote_start: int  # offset of the quote in the article text
    supported: bool | None = None
    score: float = 0.0

    def public(self) -> dict[str, Any]:
        p = self.passage
        return {
            "n": self.n,
            "doc_id": p.doc_id,
            "title": p.title,
            "text": p.text,
            "start": p.start,
            "end": p.end,
            "quote": self.quote,
            "quote_start": self.quote_start,
            "supported": self.supported,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Statement:
    """One sentence of an answer with the citations it carries and its verdict."""

    text: str
    cites: tuple[int, ...]
    verdict: Verdict


@dataclass(frozen=True)
class Answer:
    question: str
    language: Lang
    mode: str
    model: str
    prompt_version: str
    text: str
    refused: bool
    citations: tuple[Citation, ...] = ()
    retrieved: tuple[Passage, ...] = ()
    statements: tuple[Statement, ...] = ()
    notes: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    lead: str = ""  # the direct first line ("Über 2.000 [1]"), when the value could be read off safely

    def public(self) -> dict[str, Any]:
        """The JSON object of the CLI contract (``--json``) and the UI API."""
        return {
            "question": self.question,
            "language": self.language,
            "mode": self.mode,
            "model": self.model,
            "prompt_version": self.prompt_version,
            "answer": self.text,
            "lead": self.lead,
            "refused": self.refused,
            "citations": [c.public() for c in self.citations],
            "retrieved": [p.public() for p in self.retrieved],
            "statements": [asdict(s) for s in self.statements],
            "notes": list(self.notes),
            "timings": {k: round(v, 1) for k, v in self.timings.items()},
        }
