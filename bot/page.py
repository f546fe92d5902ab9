"""The chat page's logic that needs no gradio: a visitor's session, the admission gate, the names and
checks of uploaded files, and the conversation's download files. ``bot.ui`` wires these to the page.

Leaves out: gradio (only ``bot.ui`` imports it) and HTML (``bot.render``).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import threading
import time
import uuid
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot import lang, markdown, messages
from bot.errors import InputError
from bot.messages import say
from bot.records import Answer, Lang
from bot.sources import Meta

if TYPE_CHECKING:
    from bot.answer import Turn
    from bot.check import ClaimCheck

UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
FIRST_LANGUAGE: Lang = "en"  # the page's words before the browser's language is known (a moment)


@dataclass
class Session:
    """One browser session: the chat shown, the turns for follow-ups, the answers (for their sources,
    Markdown and JSON), and what the other tabs show, so that a change of page language redraws it."""

    messages: list[dict[str, str]] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    check: ClaimCheck | None = None
    article: tuple[str, int, int, int, int] | None = None
    report: tuple[Any, list[tuple[str, str]]] | None = None
    files: str = ""  # this conversation's download folder name, made on its first answer

    def new_chat(self) -> None:
        """Forget the chat; the other tabs keep what they show."""
        self.messages, self.turns, self.answers, self.files = [], [], [], ""


def answer_language(value: str | None) -> Lang | None:
    """The answer language chosen on the page or over the API; ``None`` for automatic."""
    if value in (None, "", "auto"):
        return None
    if value not in ("de", "en"):
        raise InputError(f"language {value!r} is not offered", "use auto, de or en")
    return value  # type: ignore[return-value]


def page_words(value: object) -> Lang:
    """The page language a handler was given (the first one until the browser's is known)."""
    return value if value in messages.LANGS else FIRST_LANGUAGE  # type: ignore[return-value]


class Gate:
    """Admission for answers and checks: ``slots`` at work at once and ``waiting`` more in line, first
    come first served; beyond that a request is told at once that the app is busy. (gradio's queue
    would turn it away with an English message from gradio's own page bundle.)"""

    def __init__(self, slots: int, waiting: int) -> None:
        self._slots = threading.Semaphore(slots)
        self._lock = threading.Lock()
        self._inside = 0
        self.limit = slots + waiting

    @contextlib.contextmanager
    def enter(self) -> Iterator[bool]:
        """``True`` once a slot is free (held until the block ends); ``False`` at once when the line is full."""
        with self._lock:
            admitted = self._inside < self.limit
            self._inside += admitted
        if not admitted:
            yield False
            return
        try:
            with self._slots:
                yield True
        finally:
            with self._lock:
                self._inside -= 1


def busy_line(text: str, language: str | None) -> str:
    """The busy message for the API, in the language the answer would have been in."""
    chosen: Lang = language if language in ("de", "en") else lang.detect(text or "").language  # type: ignore[assignment]
    return say("busy", chosen)


def safe_name(name: str) -> str:
    """A file name without folders, odd characters or a leading dot; the suffix in lower case."""
    path = Path(Path(name.replace("\\", "/")).name)
    stem = re.sub(r"[^\w.-]+", "-", path.stem, flags=re.UNICODE).strip("-.")[:80] or "artikel"
    return stem + path.suffix.lower()


def store_uploads(
    files: Sequence[Path], folder: Path, max_mb: float, taken: Collection[str], page: Lang
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Accepted files copied into ``folder`` under safe new names (never overwriting a file or an
    article id in ``taken``); the refused ones with their reason in the page language."""
    folder.mkdir(parents=True, exist_ok=True)
    limit = int(max_mb * 1e6)
    saved, refused = [], []
    for src in files:
        name = safe_name(src.name)
        if not name.endswith(UPLOAD_SUFFIXES):
            refused.append((name, say("not_article_file", page, name=name)))
            continue
        size = src.stat().st_size
        if size > limit:
            refused.append(
                (name, say("file_too_large", page, name=name, size=f"{size / 1e6:.1f}", limit=f"{max_mb:g}"))
            )
            continue
        stem, suffix = name[: -len(Path(name).suffix)], Path(name).suffix
        dest, k = folder / name, 1
        while dest.exists() or dest.stem in taken:
            k += 1
            dest = folder / f"{stem}-{k}{suffix}"
        shutil.copyfile(src, dest)
        saved.append(dest)
    return saved, refused


def duration(seconds: float) -> str:
    """A time left, rounded: "8 s", "40 s", "3 min"."""
    if seconds < 10:
        return f"{max(1, round(seconds))} s"
    if seconds < 90:
        return f"{round(seconds / 5) * 5} s"
    return f"{round(seconds / 60)} min"


def ingest_progress(done: int, total: int, elapsed: float, page: Lang) -> str:
    """The upload's progress line: texts embedded of all, and the time left at the pace so far."""
    if not 0 < done < total:
        return say("ingesting", page)
    left = elapsed * (total - done) / done
    return say("ingest_progress", page, done=done, total=total, left=duration(left))


def conversation_files(session: Session, root: Path, meta: Meta) -> tuple[Path, Path]:
    """The conversation so far as Markdown and as the CLI's JSON records, in the session's own folder."""
    session.files = session.files or uuid.uuid4().hex
    folder = root / session.files
    folder.mkdir(parents=True, exist_ok=True)
    md, js = folder / "artikelbot-chat.md", folder / "artikelbot-chat.json"
    md.write_text(markdown.conversation_markdown(session.answers, meta, time.strftime("%Y-%m-%d %H:%M")), "utf-8")
    js.write_text(markdown.conversation_json(session.answers), encoding="utf-8")
    return md, js
