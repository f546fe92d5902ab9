"""Load article files into Article records (raw text, not yet cleaned).

Reads ``.txt``/``.md`` with optional YAML front matter, ``.html`` (main text
and metadata by trafilatura) and ``.pdf`` (text by pypdf). A file that can't
be read raises ``InputError`` naming the file and the reason; deciding what to
do with it is the pipeline's job. Leaves out: OCR of scanned PDFs, office
formats, fetching URLs.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from bot.errors import InputError
from bot.records import Article

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
META_FIELDS = ("title", "publication", "author", "date", "language")


def discover(paths: list[Path]) -> list[Path]:
    """The article files under ``paths`` (files or folders), sorted, each once."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{str(path)!r} does not exist", "give a folder or file of articles")
        if path.is_dir():
            files = [p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in SUFFIXES]
            files = [p for p in files if not any(part.startswith(".") for part in p.relative_to(path).parts)]
            if not files:
                raise InputError(
                    f"folder {str(path)!r} has no articles",
                    "put .txt, .md, .html or .pdf files in it",
                )
            found.extend(files)
        elif path.suffix.lower() in SUFFIXES:
            found.append(path)
        else:
            raise InputError(
                f"{str(path)!r} is not a supported article file",
                "use .txt, .md, .html or .pdf",
            )
    unique = dict.fromkeys(p.resolve() for p in found)
    return list(unique)


def doc_id_for(path: Path) -> str:
    """A stable article id from the file name (letters, digits, ``._-``)."""
    return re.sub(r"[^\w.-]+", "-", path.stem, flags=re.UNICODE).strip("-") or "article"


def load(path: Path, max_bytes: int) -> tuple[Article, list[str]]:
    """Read one file; returns the article and notes (e.g. the encoding used)."""
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path.name}: empty file", "skipped")
    if size > max_bytes:
        raise InputError(
            f"{path.name}: {size / 1e6:.1f} MB is over the limit of {max_bytes / 1e6:.0f} MB",
            "split it, or raise max_file_mb",
        )
    suffix = path.suffix.lower()
    notes: list[str] = []
    if suffix in PDF_SUFFIXES:
        text, meta = _read_pdf(path)
    else:
        raw = path.read_bytes()
        decoded, encoding = _decode(raw, path)
        if encoding != "utf-8":
            notes.append(f"{path.name}: read as {encoding}")
        if suffix in HTML_SUFFIXES:
            text, meta = _read_html(decoded, path)
        else:
            text, meta = _read_front_matter(decoded, path)
    if not text.strip():
        raise InputError(f"{path.name}: no text in it", "skipped")
    title = str(meta.get("title") or "").strip()
    fields = {k: str(meta.get(k) or "").strip() for k in META_FIELDS if k != "title"}
    return Article(doc_id=doc_id_for(path), title=title, text=text, source=str(path), **fields), notes


def _decode(raw: bytes, path: Path) -> tuple[str, str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark ("Unicode" in Notepad)
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{path.name}: broken UTF-16", "save it as UTF-8") from None
        if "\x00" not in text:
            return text, "UTF-16"
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path.name}: binary file, not text", "convert it to .txt, .html or .pdf")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
        if controls > len(text) / 100:
            break
        return text, "Windows-1252" if encoding == "cp1252" else "Latin-1"
    raise InputError(f"{path.name}: not readable as text in any known encoding", "save it as UTF-8")


def _read_front_matter(text: str, path: Path) -> tuple[str, dict[str, Any]]:
    if not text.startswith("---"):
        return text, {}
    import frontmatter
    import yaml

    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise InputError(
            f"{path.name}: front matter is not valid YAML{where}",
            "fix the block between the --- lines",
        ) from None
    except (TypeError, ValueError):  # keys that are not text, e.g. "? " or "1: x" (python-frontmatter)
        raise InputError(f"{path.name}: front matter is not a mapping", "write it as key: value lines") from None
    if not isinstance(post.metadata, dict):
        raise InputError(f"{path.name}: front matter is not a mapping", "write it as key: value lines")
    return post.content, dict(post.metadata)


def _read_html(html: str, path: Path) -> tuple[str, dict[str, Any]]:
    import trafilatura

    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, as_dict=True
    )
    doc: dict[str, Any] = found if isinstance(found, dict) else {}
    text = str(doc.get("text") or "")
    if not text.strip():
        raise InputError(f"{path.name}: no article text found in the HTML", "save the article as .txt")
    meta = {
        "title": doc.get("title"),
        "author": doc.get("author"),
        "date": doc.get("date"),
        "publication": doc.get("sitename"),
    }
    return text, meta


def _read_pdf(path: Path) -> tuple[str, dict[str, Any]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs each flaw of a damaged file ("EOF marker not found") to stderr; the one reason below says it
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise InputError(f"{path.name}: encrypted PDF", "remove the password and try again")
        text = "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)
        info: Any = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, OSError) as e:
        raise InputError(f"{path.name}: not a readable PDF ({e.__class__.__name__})", "skipped") from None
    if not text.strip():
        raise InputError(f"{path.name}: PDF has no text layer (scanned?)", "run OCR on it first")
    meta = {"title": info.get("/Title"), "author": info.get("/Author")}
    return text, meta
