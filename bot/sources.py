"""How a source is named for people: its article's title, publication and date.

The article id names nothing a person reads; it stays in the JSON and in a small secondary line.
An article without a title of its own (ingest then uses its id) is called "untitled" in the
reader's language. Leaves out: markup (``bot.render``) and Markdown (``bot.markdown``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.messages import say
from bot.records import Lang

Meta = Mapping[str, Mapping[str, Any]]  # doc_id → stored article metadata (Store.article_index)


@dataclass(frozen=True)
class Named:
    """A source as a person reads it: ``name`` (the title), ``publication``, ``date``; ``doc_id`` aside."""

    name: str
    publication: str
    date: str
    doc_id: str

    def byline(self, sep: str = " · ") -> str:
        return sep.join(part for part in (self.publication, self.date) if part)

    def line(self) -> str:
        """``Title — Publication, date`` (what a pasted list of sources names)."""
        byline = self.byline(", ")
        return f"{self.name} — {byline}" if byline else self.name


def named(doc_id: str, meta: Meta, language: Lang, title: str = "") -> Named:
    """The article ``doc_id`` as named by its stored metadata (``title`` when the store has none)."""
    m = meta.get(doc_id, {})
    name = " ".join(str(m.get("title") or title or "").split())
    if not name or name == doc_id:
        name = say("untitled", language)
    return Named(name, str(m.get("publication") or "").strip(), str(m.get("date") or "").strip(), doc_id)


def language_name(code: object, language: Lang) -> str:
    """An article's language as shown in the corpus list: Deutsch, English, else its code."""
    code = str(code or "").strip()
    return say(f"lang_{code}", language) if code in ("de", "en") else code
