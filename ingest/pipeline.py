"""The ingest: files → load → clean → chunk → embed → store, incrementally.

The only module that knows the order of the ingest steps. An article is
written again only when its content hash changed (text, metadata, cleaning
and chunking settings); articles whose file is gone from an ingested folder are
removed unless ``keep_missing``; the same text under two names is stored once.
One ingest at a time per embedded store (a lock file); a second one stops with
a clear message.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from llama_index.core.base.embeddings.base import BaseEmbedding

from bot import lang, tables
from bot.embed import embedder_dim, get_embedder, query_embeddings, token_counter
from bot.errors import InputError, StoreError
from bot.records import Article, Lang, Passage, Sentence
from bot.settings import Settings
from bot.store import Store, Stored
from ingest import chunk, clean, load, structure

EMBED_BATCH = 32
ANALYSED = ("de", "en")  # languages whose sentences, names and numbers the rules read
Progress = Callable[[int, int], None]  # (done, total) passages embedded


@dataclass
class Report:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    notes: list[str] = field(default_factory=list)
    passages: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
            f"{len(self.removed)} removed, {len(self.skipped)} skipped; "
            f"{self.passages} passages written in {self.seconds:.1f} s"
        )


@dataclass
class _Pending:
    article: Article
    digest: str
    text_hash: str
    passages: list[Passage]
    sentences: list[Sentence]
    new: bool

    @property
    def size(self) -> int:
        return len(self.passages) + len(self.sentences)


def open_store(settings: Settings, create: bool = False, rebuild: bool = False) -> Store:
    """The store for the configured embedder."""
    model = get_embedder(settings.embedder)
    return Store.open(settings, model.model_name, embedder_dim(model), create=create, rebuild=rebuild)


def ingest(
    paths: list[Path],
    settings: Settings,
    rebuild: bool = False,
    keep_missing: bool = False,
    progress: Progress | None = None,
) -> Report:
    """Bring the store up to date with the articles under ``paths``."""
    began = time.perf_counter()
    files = load.discover(paths)  # raises before any store is touched
    report = Report()
    with _lock(settings):
        store = open_store(settings, create=True, rebuild=rebuild)
        model = get_embedder(settings.embedder)
        split = chunk.splitter(settings.chunk_size, settings.chunk_overlap, token_counter(model))
        stored = store.article_index()
        missing = [] if keep_missing else _missing(stored, paths)
        by_text = {m.get("text_hash"): doc_id for doc_id, m in stored.items() if doc_id not in missing}
        fingerprint = _fingerprint(settings, model.model_name)
        pending: list[_Pending] = []
        seen_ids: dict[str, str] = {}
        for path in files:
            try:
                raw, notes = load.load(path, int(settings.max_file_mb * 1e6))
            except InputError as e:
                report.skipped.append((str(path), e.message))
                continue
            report.notes.extend(notes)
            article = _cleaned(raw)
            if article.language and article.language not in ANALYSED:
                report.notes.append(
                    f"{path.name}: language {article.language!r} is searched by meaning only, not analysed "
                    "(German and English are)"
                )
            if not article.text.strip():
                report.skipped.append((str(path), f"{path.name}: nothing left after removing page furniture"))
                continue
            if article.doc_id in seen_ids:
                report.skipped.append(
                    (str(path), f"{path.name}: same article id {article.doc_id!r} as {seen_ids[article.doc_id]}")
                )
                continue
            seen_ids[article.doc_id] = path.name
            text_hash = _hash(article.text)
            twin = by_text.get(text_hash)
            if twin is not None and twin != article.doc_id:
                report.skipped.append((str(path), f"{path.name}: same text as article {twin!r}, stored once"))
                continue
            by_text[text_hash] = article.doc_id
            digest = _hash(json.dumps(article.meta(), sort_keys=True), article.text, fingerprint)
            if stored.get(article.doc_id, {}).get("hash") == digest:
                report.unchanged.append(article.doc_id)
                continue
            found = structure.analyse(article.text, article.title, rules_language(article.language), article.doc_id)
            pending.append(
                _Pending(
                    article,
                    digest,
                    text_hash,
                    _with_context(chunk.passages(article, split, found.units), found.sentences, article.text),
                    found.sentences,
                    article.doc_id not in stored,
                )
            )
        for doc_id in missing:
            if doc_id not in seen_ids:
                store.delete_article(doc_id)
                report.removed.append(doc_id)
        _write(store, model, pending, report, progress)
    report.seconds = time.perf_counter() - began
    return report


def remove(doc_ids: list[str], settings: Settings) -> list[str]:
    """Delete articles by id; returns the ids that were not in the store."""
    with _lock(settings):
        store = open_store(settings)
        stored = store.article_index()
        for doc_id in doc_ids:
            if doc_id in stored:
                store.delete_article(doc_id)
    return [d for d in doc_ids if d not in stored]


def _cleaned(raw: Article) -> Article:
    text = clean.clean(raw.text).text
    # a headline given only as metadata (front matter, an HTML page's <h1>) is the article's first line, so a
    # question for the headline can quote and cite it like any other line
    if raw.title and structure.words(raw.title) not in structure.words(text):
        text = f"{raw.title.strip()}\n\n{text}"
    title = raw.title or clean.title_from(text) or raw.doc_id
    language = lang.normalise(raw.language) or lang.of_article(text)
    return replace(raw, text=text, title=title, language=language)


def rules_language(language: str) -> Lang:
    """The language whose rules read an article: its own when German or English, else English."""
    return "de" if language == "de" else "en"


def _with_context(passages: list[Passage], found: list[Sentence], text: str) -> list[Passage]:
    """A passage that continues an interview answer without its question carries the question as context; one that
    starts inside a table without its header row carries the header (and the line that introduces the table)."""
    out = []
    for p in passages:
        inside = [s for s in found if p.holds(s)]
        first = next((s for s in inside if s.q_start >= 0), None)
        table = tables.of(text, inside[0].start) if inside else None
        if first is not None and first.q_start < p.start:
            p = replace(p, context=text[first.q_start : first.q_end])
        elif table is not None:
            p = replace(p, context=tables.context(table))
        out.append(p)
    return out


def _sentence_text(sentence: Sentence, text: str) -> str:
    """What the embedder sees of a sentence: the sentence, and a table's row as it reads with its header."""
    table = tables.of(text, sentence.start)
    return tables.read(table, sentence.text) if table is not None else sentence.text


def _write(
    store: Store, model: BaseEmbedding, pending: list[_Pending], report: Report, progress: Progress | None
) -> None:
    """Embed in batches across articles (the embedder is fastest that way) and
    write each batch's articles as soon as their passages and sentences are embedded."""
    total = sum(q.size for q in pending)
    done = 0
    for group in _groups(pending):
        # an interviewer's question is embedded as a question, like the user's it is compared with
        texts = [
            t
            for q in group
            for t in [_embed_text(p, q.sentences) for p in q.passages]
            + [_sentence_text(s, q.article.text) for s in q.sentences if s.role != "question"]
        ]
        asked = [s.text for q in group for s in q.sentences if s.role == "question"]
        passage_side = iter(model.get_text_embedding_batch(texts) if texts else [])
        question_side = iter(query_embeddings(model, asked))
        vectors = [
            v
            for q in group
            for v in [next(passage_side) for _ in q.passages]
            + [next(question_side if s.role == "question" else passage_side) for s in q.sentences]
        ]
        texts += asked
        offset, items = 0, []
        for q in group:
            n, m = len(q.passages), len(q.sentences)
            own = vectors[offset : offset + n + m]
            extra = {"hash": q.digest, "text_hash": q.text_hash}
            items.append(Stored(q.article, q.passages, own[:n], q.sentences, own[n:], extra))
            offset += n + m
        store.put_articles(items)
        for q in group:
            (report.added if q.new else report.updated).append(q.article.doc_id)
            report.passages += len(q.passages)
        done += len(texts)
        if progress:
            progress(done, total)


def _groups(pending: list[_Pending]) -> Iterator[list[_Pending]]:
    group: list[_Pending] = []
    for item in pending:
        group.append(item)
        if sum(q.size for q in group) >= EMBED_BATCH:
            yield group
            group = []
    if group:
        yield group


def _embed_text(p: Passage, found: list[Sentence]) -> str:
    """What the embedder sees: the title (and the question a continued answer answers) give the passage its
    context; the passage's own title and byline lines are left out, so the first passage doesn't resemble every
    question about its article by repeating the title."""
    text, cut = p.text, 0
    for s in found:
        if p.holds(s) and (s.role == "byline" or (s.role == "heading" and s.para == 0)):
            a, b = s.start - p.start - cut, s.end - p.start - cut
            text, cut = text[:a] + text[b:], cut + (b - a)
    return "\n".join(part for part in (p.title, p.context, text.strip()) if part)


def _missing(stored: dict[str, dict[str, object]], paths: list[Path]) -> list[str]:
    """Stored articles whose file was in one of these folders and is gone."""
    folders = [p.resolve() for p in paths if p.is_dir()]
    gone = []
    for doc_id, meta in stored.items():
        source = Path(str(meta.get("source", "")))
        if source.is_absolute() and any(source.is_relative_to(f) for f in folders) and not source.exists():
            gone.append(doc_id)
    return gone


def _fingerprint(settings: Settings, embedder: str) -> str:
    return f"{clean.VERSION}|{embedder}|{settings.chunk_size}|{settings.chunk_overlap}|{EMBED_VERSION}"


# what is stored for an article besides its text: a new value re-ingests every article (sentence boundaries,
# roles, contextual headers, the metadata of passages and sentences)
EMBED_VERSION = "context-13"


def _hash(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def _holder(handle: IO[str]) -> str:
    """The pid the lock's holder wrote; it writes it right after locking, so an empty file is read again for a
    moment before the pid is given as unknown."""
    for _ in range(20):
        handle.seek(0)
        holder = handle.read().strip()
        if holder:
            return holder
        time.sleep(0.05)
    return "?"


@contextmanager
def _lock(settings: Settings) -> Iterator[None]:
    """One writer per embedded store; a Chroma server serialises writes itself."""
    if settings.chroma_url:
        yield
        return
    store = Path(settings.store)
    try:
        store.mkdir(parents=True, exist_ok=True)
        handle = (store / ".ingest.lock").open("a+")
    except OSError as e:
        raise StoreError(
            f"store folder {str(store)!r} is not writable ({e.strerror})", "check its permissions"
        ) from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(handle)
            raise StoreError(
                f"another ingest (pid {holder}) is writing to {str(store)!r}",
                "wait for it to finish, then run this again",
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
