"""Split a cleaned article into passages with exact character offsets.

llama-index's ``SentenceSplitter`` does the sentence-aware splitting, sized in
the embedder's own tokens, within each unit of the article's structure (a
section, or an interviewer's question with its answer: ``ingest.structure``),
so a passage never runs from one answer into the next. This module pins each
chunk to its place in the article (``article.text[start:end] == passage.text``)
and gives it a stable id: the article id and a hash of the passage text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from llama_index.core import Document
from llama_index.core.node_parser import SentenceSplitter

from bot import sentences
from bot.records import Article, Passage

# where a stretch longer than a passage is cut when it has no sentence end: after a table's row or a line, else at a
# comma or stop (llama-index's default cuts a table's row at the comma of „4,50 €“)
PIECES = r"\|[^\n]*\|\n?|[^,.;。？！\n]+[,.;。？！\n]?|\n"


@dataclass
class Splitter:
    """llama-index's ``SentenceSplitter`` for each language, cutting sentences where ``bot.sentences`` does: a line
    of a list is a sentence of its own, and „Ostersonntag, 20. April“ is not cut after „20.“ as a German ordinal."""

    chunk_size: int
    chunk_overlap: int
    tokenizer: Callable[[str], Any]
    _made: dict[str, SentenceSplitter] = field(default_factory=dict)

    def of(self, language: str) -> SentenceSplitter:
        if language not in self._made:
            self._made[language] = SentenceSplitter(
                chunk_size=self.chunk_size,
                chunk_overlap=min(self.chunk_overlap, self.chunk_size // 2),
                tokenizer=self.tokenizer,
                paragraph_separator="\n\n",
                chunking_tokenizer_fn=lambda text: _sentences(text, language),
                secondary_chunking_regex=PIECES,
            )
        return self._made[language]


def splitter(chunk_size: int, chunk_overlap: int, tokenizer: Callable[[str], Any]) -> Splitter:
    return Splitter(chunk_size, chunk_overlap, tokenizer)


def _sentences(text: str, language: str) -> list[str]:
    """``text`` cut into its sentences (``bot.sentences``), each with the white space after it, so that they join
    to the text again (as llama-index's own sentence tokenizer gives them)."""
    starts = [s for s, _ in sentences.spans(text, language or "de")]
    if not starts:
        return [text]
    starts[0] = 0
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def passages(article: Article, split: Splitter, units: Sequence[tuple[int, int]] | None = None) -> list[Passage]:
    """The article's passages in reading order, cut within ``units`` (the whole text when not given)."""
    out: list[Passage] = []
    seen: dict[str, int] = {}
    cutter = split.of(article.language or "de")
    for unit_start, unit_end in units or [(0, len(article.text))]:
        unit = article.text[unit_start:unit_end]
        if not unit.strip():
            continue
        cursor = unit_start
        for node in cutter.get_nodes_from_documents([Document(text=unit)]):
            chunk = node.get_content()
            hint = getattr(node, "start_char_idx", None)
            start = _locate(article.text, chunk, None if hint is None else unit_start + hint, cursor)
            if start < 0:
                continue  # the splitter changed the text; never store an offset that is wrong
            cursor = start + 1
            digest = hashlib.sha1(chunk.encode("utf-8")).hexdigest()[:12]
            n = seen.get(digest, 0)
            seen[digest] = n + 1
            pid = f"{article.doc_id}:{digest}" + (f"-{n + 1}" if n else "")
            out.append(
                Passage(
                    id=pid,
                    doc_id=article.doc_id,
                    title=article.title,
                    text=chunk,
                    start=start,
                    end=start + len(chunk),
                    language=article.language,
                )
            )
    return out


def _locate(text: str, chunk: str, hint: int | None, cursor: int) -> int:
    """Where ``chunk`` starts in ``text``: the splitter's own offset when it holds,
    else the first match at or after the previous passage's start."""
    if hint is not None and hint >= cursor and text.startswith(chunk, hint):
        return hint
    return text.find(chunk, cursor)
