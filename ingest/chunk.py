"""Split a cleaned article into passages with exact character offsets.

llama-index's ``SentenceSplitter`` does the sentence-aware splitting, sized in
the embedder's own tokens; this module only pins each chunk to its place in
the article (``article.text[start:end] == passage.text``) and gives it a stable
id: the article id and a hash of the passage text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from llama_index.core import Document
from llama_index.core.node_parser import SentenceSplitter

from bot.records import Article, Passage


def splitter(chunk_size: int, chunk_overlap: int, tokenizer: Callable[[str], Any]) -> SentenceSplitter:
    return SentenceSplitter(
        chunk_size=chunk_size,
        chunk_overlap=min(chunk_overlap, chunk_size // 2),
        tokenizer=tokenizer,
        paragraph_separator="\n\n",
    )


def passages(article: Article, split: SentenceSplitter) -> list[Passage]:
    """The article's passages in reading order."""
    nodes = split.get_nodes_from_documents([Document(text=article.text)])
    out: list[Passage] = []
    seen: dict[str, int] = {}
    cursor = 0
    for node in nodes:
        chunk = node.get_content()
        start = _locate(article.text, chunk, getattr(node, "start_char_idx", None), cursor)
        if start < 0:
            continue  # the splitter changed the text; never store an offset that is wrong
        end = start + len(chunk)
        cursor = start + 1
        digest = hashlib.sha1(chunk.encode("utf-8")).hexdigest()[:12]
        n = seen.get(digest, 0)
        seen[digest] = n + 1
        pid = f"{article.doc_id}:{digest}" + (f"-{n + 1}" if n else "")
        out.append(Passage(id=pid, doc_id=article.doc_id, title=article.title, text=chunk, start=start, end=end))
    return out


def _locate(text: str, chunk: str, hint: int | None, cursor: int) -> int:
    """Where ``chunk`` starts in ``text``: the splitter's own offset when it holds,
    else the first match at or after the previous passage's start."""
    if hint is not None and hint >= cursor and text.startswith(chunk, hint):
        return hint
    return text.find(chunk, cursor)
