"""The passage store: Chroma, embedded (``PersistentClient``) or a server (``HttpClient``).

Three collections: ``<name>-passages`` holds each passage with its embedding,
its article id and its character offsets; ``<name>-sentences`` each sentence
with its embedding and offsets (to pick quotes and check citations without
embedding at question time); ``<name>-articles`` each cleaned article with its
metadata and content hash (one placeholder dimension: it is looked up by id,
never searched). The passages collection records the
embedder, its dimension and the schema version, and a store built otherwise
is refused with a way out. This is the only module that imports chromadb.

An article is written passages first and its article record last, so an
interrupted write leaves an article that the next ingest sees as changed and
writes again.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.errors import ChromaError

from bot.errors import StoreError
from bot.records import Article, Passage, Sentence
from bot.settings import Settings

SCHEMA = 2  # 2: sentence roles, question links, passage language and context
T = TypeVar("T")
REBUILD = "rebuild it with: python -m ingest --rebuild data/articles"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _client(settings: Settings, create: bool, rebuild: bool = False) -> Any:
    chroma_settings = chromadb.Settings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise StoreError(
                f"chroma_url {settings.chroma_url!r} is not an http(s) URL",
                "use a URL like http://127.0.0.1:8000",
            )
        token = settings.chroma_token.get_secret_value() if settings.chroma_token else None
        headers = {"x-chroma-token": token} if token else None
        try:
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 80),
                ssl=url.scheme == "https",
                headers=headers,
                settings=chroma_settings,
            )
        except Exception:  # the client pings the server on creation
            raise StoreError(
                f"Chroma server at {settings.chroma_url} did not answer",
                "start it (chroma run --path DIR) or fix ARTIKELBOT_CHROMA_URL",
            ) from None
    path = Path(settings.store)
    if not create and not path.is_dir():
        raise StoreError(f"no store at {str(path)!r}", "build it with: python -m ingest data/articles")
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as e:
        if path.is_dir() and not _writable(path):
            raise StoreError(
                f"store folder {str(path)!r} is read-only",
                "Chroma writes to its folder even to answer; make it writable (chmod -R u+w) or copy it",
            ) from None
        if not rebuild:
            raise StoreError(f"store at {str(path)!r} can't be opened ({e.__class__.__name__}: {e})", REBUILD) from None
        error = e
    # --rebuild empties the store anyway: one too damaged to open is emptied by removing Chroma's own files
    _remove_chroma_files(path)
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(path), None)  # chromadb keeps the failed start cached
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as e:
        raise StoreError(
            f"store at {str(path)!r} can't be opened ({error.__class__.__name__}: {error}) nor rebuilt "
            f"({e.__class__.__name__})",
            "move the folder away and run the ingest again",
        ) from None


def _writable(path: Path) -> bool:
    db = path / "chroma.sqlite3"
    return os.access(path, os.W_OK) and (not db.exists() or os.access(db, os.W_OK))


def _remove_chroma_files(path: Path) -> None:
    """Chroma's database file and its index folders (named by UUID); nothing else in the folder."""
    for item in path.iterdir():
        if item.name.startswith("chroma.sqlite3"):
            item.unlink()
        elif item.is_dir() and UUID.fullmatch(item.name):
            shutil.rmtree(item)


@dataclass(frozen=True)
class Stored:
    """One article to write, with its embedded passages and sentences."""

    article: Article
    passages: Sequence[Passage]
    embeddings: Sequence[Sequence[float]]
    sentences: Sequence[Sentence]
    sentence_embeddings: Sequence[Sequence[float]]
    extra: dict[str, str]


class Store:
    """Articles and their passages in Chroma."""

    def __init__(self, client: Any, collections: list[Any], where: str) -> None:
        self._client = client
        self._passages, self._sentences, self._articles = collections
        self.where = where

    @classmethod
    def open(
        cls,
        settings: Settings,
        embedder_id: str,
        dim: int,
        create: bool = False,
        rebuild: bool = False,
    ) -> Store:
        """Open the store; ``create`` makes it if missing, ``rebuild`` empties it first."""
        client = _client(settings, create or rebuild, rebuild)
        where = settings.chroma_url or str(settings.store)
        names = [f"{settings.collection}-{kind}" for kind in ("passages", "sentences", "articles")]
        try:
            if rebuild:
                existing = {c.name if hasattr(c, "name") else c for c in client.list_collections()}
                for name in names:
                    if name in existing:
                        client.delete_collection(name)
            if create or rebuild:
                meta = {"embedder": embedder_id, "dim": dim, "schema": SCHEMA}
                cosine: Any = {"hnsw": {"space": "cosine"}}
                collections = [
                    client.get_or_create_collection(
                        name, metadata=meta, configuration=cosine if i < 2 else None, embedding_function=None
                    )
                    for i, name in enumerate(names)
                ]
            else:
                collections = [client.get_collection(name, embedding_function=None) for name in names]
        except ChromaError as e:
            if "does not exist" in str(e) or "not found" in str(e).lower():
                raise StoreError(
                    f"store at {where!r} has no articles yet",
                    "build it with: python -m ingest data/articles",
                ) from None
            raise StoreError(f"store at {where!r} failed: {e}", REBUILD) from None
        except Exception as e:  # connection errors of the HTTP client, sqlite errors
            raise StoreError(f"store at {where!r} failed ({e.__class__.__name__}: {e})", REBUILD) from None
        meta = collections[0].metadata or {}
        if meta.get("schema") != SCHEMA:
            raise StoreError(
                f"store at {where!r} has schema {meta.get('schema')!r}, this version needs {SCHEMA}",
                REBUILD,
            )
        if meta.get("embedder") != embedder_id or meta.get("dim") != dim:
            raise StoreError(
                f"store at {where!r} was built with embedder {meta.get('embedder')!r} "
                f"({meta.get('dim')} dimensions), not {embedder_id!r} ({dim})",
                REBUILD,
            )
        return cls(client, collections, where)

    # --- articles -------------------------------------------------------

    def article_index(self) -> dict[str, dict[str, Any]]:
        """doc_id → stored metadata (hash, source, title, …) of every article."""
        got = self._guard(lambda: self._articles.get(include=["metadatas"]))
        return {i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"], strict=True)}

    def get_article(self, doc_id: str) -> Article | None:
        got = self._guard(lambda: self._articles.get(ids=[doc_id], include=["metadatas", "documents"]))
        if not got["ids"]:
            return None
        meta = got["metadatas"][0]
        fields = {k: str(meta.get(k, "")) for k in Article.__dataclass_fields__ if k not in ("doc_id", "text")}
        return Article(doc_id=doc_id, text=got["documents"][0], **fields)

    def put_articles(self, items: Sequence[Stored]) -> None:
        """Replace everything stored for these articles with their passages and sentences; each
        ``Stored.extra`` (content hashes) is kept in the article record. One write per collection
        for all of them (a write costs about 25 ms however small), the article records last."""
        if not items:
            return
        self._delete_where(self._where_docs([it.article.doc_id for it in items]))
        sentences = [(s, v) for it in items for s, v in zip(it.sentences, it.sentence_embeddings, strict=True)]
        for batch in _batches(sentences, self._max_batch()):
            self._guard(
                lambda b=batch: self._sentences.add(
                    ids=[f"{s.doc_id}:s{s.start}" for s, _ in b],
                    embeddings=[list(v) for _, v in b],
                    documents=[s.text for s, _ in b],
                    metadatas=[
                        {
                            "doc_id": s.doc_id,
                            "start": s.start,
                            "end": s.end,
                            "role": s.role,
                            "para": s.para,
                            "q_start": s.q_start,
                            "q_end": s.q_end,
                        }
                        for s, _ in b
                    ],
                )
            )
        passages = [(p, v) for it in items for p, v in zip(it.passages, it.embeddings, strict=True)]
        for chunk in _batches(passages, self._max_batch()):
            self._guard(
                lambda b=chunk: self._passages.add(
                    ids=[p.id for p, _ in b],
                    embeddings=[list(v) for _, v in b],
                    documents=[p.text for p, _ in b],
                    metadatas=[
                        {
                            "doc_id": p.doc_id,
                            "title": p.title,
                            "start": p.start,
                            "end": p.end,
                            "language": p.language,
                            "context": p.context,
                        }
                        for p, _ in b
                    ],
                )
            )
        now = time.time()
        records = [{**it.article.meta(), **it.extra, "passages": len(it.passages), "ingested_at": now} for it in items]
        self._guard(
            lambda: self._articles.upsert(
                ids=[it.article.doc_id for it in items],
                embeddings=[[0.0]] * len(items),
                documents=[it.article.text for it in items],
                metadatas=records,
            )
        )

    def delete_article(self, doc_id: str) -> None:
        self._delete_where({"doc_id": doc_id})
        self._guard(lambda: self._articles.delete(ids=[doc_id]))

    def _delete_where(self, where: Any) -> None:
        """Passages and sentences matching ``where``; the article records stay."""
        self._guard(lambda: self._passages.delete(where=where))
        self._guard(lambda: self._sentences.delete(where=where))

    @staticmethod
    def _where_docs(doc_ids: Sequence[str]) -> Any:
        docs = sorted(set(doc_ids))
        return {"doc_id": docs[0]} if len(docs) == 1 else {"doc_id": {"$in": docs}}

    # --- passages -------------------------------------------------------

    def count(self) -> int:
        return int(self._guard(self._passages.count))

    def all_passages(self) -> Iterator[Passage]:
        """Every passage, in pages; for the keyword index."""
        total, page = self.count(), 5000
        for offset in range(0, total, page):
            got = self._guard(
                lambda o=offset: self._passages.get(include=["documents", "metadatas"], limit=page, offset=o)
            )
            for pid, text, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True):
                yield _passage(pid, text, meta, 0.0)

    def dense(
        self,
        embedding: Sequence[float] | np.ndarray,
        k: int,
        doc_id: str | None = None,
        language: str = "",
        doc_ids: Sequence[str] = (),
    ) -> list[Passage]:
        """The ``k`` nearest passages by cosine similarity (score = 1 − distance), of one article, of the
        articles ``doc_ids`` or of the articles in one ``language`` when given; fewer when the store holds fewer
        (Chroma returns what it has, so no count is asked first)."""
        if k <= 0:
            return []
        where = (
            {"doc_id": doc_id}
            if doc_id
            else self._where_docs(doc_ids)
            if doc_ids
            else {"language": language}
            if language
            else None
        )
        got = self._guard(
            lambda: self._passages.query(
                query_embeddings=np.asarray([embedding], dtype=np.float32),
                n_results=k,
                where=where,
                include=["documents", "metadatas", "distances"],
            )
        )
        return [
            _passage(pid, text, meta, 1.0 - dist)
            for pid, text, meta, dist in zip(
                got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0], strict=True
            )
        ]

    def sentences_of(self, passages: Sequence[Passage]) -> list[tuple[Sentence, list[float]]]:
        """The sentences inside these passages with their embeddings, in passage order."""
        if not passages:
            return []
        # by article only: Chroma answers a doc_id lookup from its metadata index, while range
        # conditions on start/end scan every sentence (300 ms at 12,000 sentences against 12 ms)
        where = self._where_docs([p.doc_id for p in passages])
        got = self._guard(lambda: self._sentences.get(where=where, include=["documents", "metadatas", "embeddings"]))
        spans: dict[str, list[tuple[int, int]]] = {}
        for p in passages:
            spans.setdefault(p.doc_id, []).append((p.start, p.end))
        every = [
            (_sentence(text, m), list(vec))
            for text, m, vec in zip(got["documents"], got["metadatas"], got["embeddings"], strict=True)
        ]
        found = [(s, v) for s, v in every if any(a <= s.start and s.end <= b for a, b in spans[s.doc_id])]
        # the interviewer's question an answer in these passages answers, though it stands in a passage of its own
        asked = {(s.doc_id, s.q_start, s.q_end) for s, _ in found if s.q_start >= 0}
        have = {(s.doc_id, s.start) for s, _ in found}
        found += [
            (s, v)
            for s, v in every
            if (s.doc_id, s.start) not in have and any(d == s.doc_id and a <= s.start < b for d, a, b in asked)
        ]
        return in_passage_order(found, passages)

    def all_sentences(self) -> list[tuple[Sentence, list[float]]]:
        """Every sentence with its embedding (for measuring a naive baseline; a scan of the collection)."""
        got = self._guard(lambda: self._sentences.get(include=["documents", "metadatas", "embeddings"]))
        return [
            (_sentence(text, m), list(vec))
            for text, m, vec in zip(got["documents"], got["metadatas"], got["embeddings"], strict=True)
        ]

    def sentence_sample(self, limit: int) -> tuple[list[str], np.ndarray]:
        """Up to ``limit`` stored sentences' article ids and embeddings, spread over the collection (the first
        of each of a few evenly spaced pages): enough to know where each language's sentences lie."""
        total = int(self._guard(self._sentences.count))
        if not total or limit <= 0:
            return [], np.zeros((0, 0), dtype=np.float32)
        pages = max(1, min(8, limit // 500))
        size = max(1, limit // pages)
        ids: list[str] = []
        vectors: list[Any] = []
        for offset in sorted({int(i * total / pages) for i in range(pages)}):
            got = self._guard(
                lambda o=offset: self._sentences.get(include=["metadatas", "embeddings"], limit=size, offset=o)
            )
            ids += [str(m["doc_id"]) for m in got["metadatas"]]
            vectors += list(got["embeddings"])
        return ids, np.asarray(vectors, dtype=np.float32)

    def nearest_sentences(
        self, embedding: Sequence[float], k: int, doc_id: str | None = None
    ) -> list[tuple[Sentence, float]]:
        """The ``k`` sentences nearest to ``embedding`` (for checking a claim)."""
        got = self._guard(
            lambda: self._sentences.query(
                query_embeddings=np.asarray([embedding], dtype=np.float32),
                n_results=k,
                where={"doc_id": doc_id} if doc_id else None,
                include=["documents", "metadatas", "distances"],
            )
        )
        return [
            (Sentence(str(m["doc_id"]), int(m["start"]), int(m["end"]), text), 1.0 - dist)
            for text, m, dist in zip(got["documents"][0], got["metadatas"][0], got["distances"][0], strict=True)
        ]

    def sentences_near(
        self, embedding: Sequence[float] | np.ndarray, k: int, doc_ids: Sequence[str] = ()
    ) -> list[tuple[Sentence, float]]:
        """The ``k`` stored sentences nearest to ``embedding`` (of the articles ``doc_ids`` when given), with
        their roles, and their similarities."""
        if k <= 0:
            return []
        got = self._guard(
            lambda: self._sentences.query(
                query_embeddings=np.asarray([embedding], dtype=np.float32),
                n_results=k,
                where=self._where_docs(doc_ids) if doc_ids else None,
                include=["documents", "metadatas", "distances"],
            )
        )
        return [
            (_sentence(text, m), 1.0 - dist)
            for text, m, dist in zip(got["documents"][0], got["metadatas"][0], got["distances"][0], strict=True)
        ]

    def _max_batch(self) -> int:
        try:
            return int(self._client.get_max_batch_size())
        except Exception:
            return 1000

    def _guard(self, call: Any) -> Any:
        try:
            return call()
        except ChromaError as e:
            raise StoreError(f"store at {self.where!r} failed: {e}", REBUILD) from None
        except (ConnectionError, OSError) as e:
            raise StoreError(
                f"store at {self.where!r} is unreachable ({e.__class__.__name__})",
                "check that the Chroma server runs, then try again",
            ) from None
        except Exception as e:
            if e.__class__.__module__.startswith(("httpx", "chromadb")):
                raise StoreError(
                    f"store at {self.where!r} is unreachable ({e.__class__.__name__})",
                    "check that the Chroma server runs, then try again",
                ) from None
            raise


def _passage(pid: str, text: str, meta: Any, score: float) -> Passage:
    return Passage(
        id=pid,
        doc_id=str(meta["doc_id"]),
        title=str(meta.get("title", "")),
        text=text,
        start=int(meta["start"]),
        end=int(meta["end"]),
        score=float(score),
        language=str(meta.get("language") or ""),
        context=str(meta.get("context") or ""),
    )


def _sentence(text: str, meta: Any) -> Sentence:
    return Sentence(
        str(meta["doc_id"]),
        int(meta["start"]),
        int(meta["end"]),
        text,
        str(meta.get("role") or "body"),
        int(meta.get("para", -1)),
        int(meta.get("q_start", -1)),
        int(meta.get("q_end", -1)),
    )


def held(
    passages: Sequence[Passage], sentences: Sequence[tuple[Sentence, T]], first: bool = True
) -> list[tuple[Sentence, int, T]]:
    """The sentences with the index of a passage holding them (the first one, or each one when not ``first``);
    an interviewer's question with the passage of an answer to it when no passage holds it."""
    answered: dict[tuple[str, int, int], list[int]] = {}
    for s, _ in sentences:
        if s.q_start >= 0:
            for i, p in enumerate(passages):
                if p.holds(s) and i not in answered.setdefault((s.doc_id, s.q_start, s.q_end), []):
                    answered[(s.doc_id, s.q_start, s.q_end)].append(i)
    out = []
    for s, v in sentences:
        holders = [i for i, p in enumerate(passages) if p.holds(s)]
        if not holders:
            linked = [found for (d, a, b), found in answered.items() if d == s.doc_id and a <= s.start <= s.end <= b]
            holders = sorted({i for found in linked for i in found})
        out += [(s, i, v) for i in holders[: 1 if first else None]]
    return out


def in_passage_order(
    sentences: Sequence[tuple[Sentence, list[float]]], passages: Sequence[Passage]
) -> list[tuple[Sentence, list[float]]]:
    """Sentences grouped by article in the order the passages name the articles, then by position."""
    order = {p.doc_id: i for i, p in reversed(list(enumerate(passages)))}
    return sorted(sentences, key=lambda sv: (order.get(sv[0].doc_id, 0), sv[0].doc_id, sv[0].start))


def _batches(items: list[T], size: int) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
