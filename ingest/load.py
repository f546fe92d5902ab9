"""Load article files into Article records (raw text, not yet cleaned).

Reads ``.txt``/``.md`` with optional YAML front matter, ``.html`` (main text
and metadata by trafilatura) and ``.pdf`` (text by pypdf). A file that can't
be read raises ``InputError`` naming the file and the reason; deciding what to
do with it is the pipeline's job. Leaves out: OCR of scanned PDFs, office
formats, fetching URLs.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
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
    from trafilatura.settings import Document, set_date_params
    from trafilatura.utils import load_html

    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        # no guessing from the whole page: a "© 2021" footer would become 2021-01-01
        date_extraction_params=set_date_params(extensive=False),
    )
    doc: dict[str, Any] = found.as_dict() if isinstance(found, Document) else {}
    # trafilatura gives one line per block; a blank line between them makes them paragraphs
    text = "\n\n".join(line.strip() for line in str(doc.get("text") or "").splitlines() if line.strip())
    if not text:
        raise InputError(f"{path.name}: no article text found in the HTML", "save the article as .txt")
    tree = load_html(html)
    page = _page_meta(tree) if tree is not None else _PageMeta()
    # trafilatura's site name may be a part of the <title> (the one with a dot, even a headline's
    # "Amazon.de"); it is used only when it is the page's domain
    found_site = _squash(doc.get("sitename"))
    stated = _first_headline([page.h1, page.headline, page.og_title], avoid=page.site_name)
    site = page.site_name or _title_site(page.title, stated) or (found_site if _is_domain(found_site) else "")
    found_title = _squash(doc.get("title"))
    if found_title != page.title and found_title in _title_parts(page.title):
        found_title = ""  # trafilatura's cut of the <title>; "Berlin - Hamburg in 90 Minuten" is no "Berlin"
    candidates = [page.h1, page.headline, page.og_title, found_title, _title_head(page.title, site) or page.title]
    title = _first_headline(candidates, avoid=site)
    date = _squash(doc.get("date"))
    meta = {
        "title": title,
        "author": _squash(doc.get("author")) or page.author,
        "date": date if DATE.fullmatch(date) else "",
        "publication": site,
        "language": page.language,
    }
    return text, meta


DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")
HEADLINE_MAX = 300
# a title's parts: "Headline | Site", "Headline – Site", "Site » Headline" (a separator between spaces)
TITLE_SEPARATOR = re.compile(r"\s+[|–—•·«»~/:-]\s+")
SITE_MAX_WORDS = 6
AUTHOR_MAX = 80
BYLINE_PREFIX = re.compile(r"^(by|von)\s+", re.IGNORECASE)
LANGUAGE_TAG = re.compile(r"([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*")
_NOT_COMMENT = "not(ancestor-or-self::*[contains(@id, 'comment') or contains(@class, 'comment')])"
_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
AUTHOR_XPATH = (
    f"//*[@itemprop='author'][{_NOT_COMMENT}] | //*[@rel='author'][{_NOT_COMMENT}]"
    f" | //*[{_CLASS.format('vcard')}]//*[{_CLASS.format('fn')}][{_NOT_COMMENT}]"
)
SITE_NAME_XPATH = "//meta[@property='og:site_name' or @name='og:site_name']/@content"
OG_TITLE_XPATH = "//meta[@property='og:title' or @name='og:title' or @name='twitter:title']/@content"
LANGUAGE_XPATHS = (
    "/html/@lang",
    "/html/@xml:lang",
    "//meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')='content-language']/@content",
    "//meta[@property='og:locale']/@content",
)


@dataclass(frozen=True)
class _PageMeta:
    title: str = ""  # the <title>
    h1: str = ""  # the article's <h1>
    headline: str = ""  # JSON-LD headline of an article
    og_title: str = ""  # og:title or twitter:title
    site_name: str = ""  # og:site_name, or the JSON-LD article's publisher
    author: str = ""  # itemprop/rel author or hCard name, outside comments
    language: str = ""  # declared: <html lang>, content-language, og:locale


def _page_meta(tree: Any) -> _PageMeta:
    """What the page itself declares, for where trafilatura's metadata has nothing or less."""
    title = tree.find(".//title")
    article = _json_ld_article(tree)
    return _PageMeta(
        title=_squash(title.text_content()) if title is not None else "",
        h1=_article_h1(tree),
        headline=article.get("headline", ""),
        og_title=_squash(next(iter(tree.xpath(OG_TITLE_XPATH)), "")),
        site_name=_squash(next(iter(tree.xpath(SITE_NAME_XPATH)), "")) or article.get("publisher", ""),
        author=_page_author(tree),
        language=_declared_language(tree),
    )


def _article_h1(tree: Any) -> str:
    """The <h1> inside the article (or <main>, or marked as headline); else the page's only <h1>."""
    inside = tree.xpath("//article//h1 | //main//h1 | //*[@itemprop='headline']")
    anywhere = tree.xpath("//body//h1")
    for element in inside or (anywhere if len(anywhere) == 1 else []):
        text = _squash(element.text_content())
        if text:
            return text
    return ""


def _json_ld_article(tree: Any) -> dict[str, str]:
    """Headline and publisher of the first JSON-LD object that is an article."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            items = _json_items(json.loads(script.text_content() or "null"))
        except (ValueError, RecursionError):  # broken or absurdly nested JSON: the page has no headline there
            continue
        for item in items:
            types = item.get("@type")
            types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            if any(str(t).endswith(("Article", "Posting")) for t in types):
                publisher = item.get("publisher")
                return {
                    "headline": _squash(item.get("headline")) if isinstance(item.get("headline"), str) else "",
                    "publisher": _squash(publisher.get("name")) if isinstance(publisher, dict) else "",
                }
    return {}


def _json_items(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block: a list, an @graph, or one object."""
    if isinstance(data, list):
        return [x for item in data for x in _json_items(item)]
    if isinstance(data, dict):
        return [data, *_json_items(data.get("@graph"))]
    return []


def _page_author(tree: Any) -> str:
    for element in tree.xpath(AUTHOR_XPATH):
        name = BYLINE_PREFIX.sub("", _squash(element.text_content()))
        if 2 < len(name) <= AUTHOR_MAX:
            return name
    return ""


def _declared_language(tree: Any) -> str:
    """The page's declared language as a lower-case code ("de-DE" and "de_DE" give "de")."""
    for xpath in LANGUAGE_XPATHS:
        for value in tree.xpath(xpath):
            match = LANGUAGE_TAG.fullmatch(str(value).split(",")[0].strip())
            if match:
                return match.group(1).lower()
    return ""


def _first_headline(candidates: list[str], avoid: str) -> str:
    for text in candidates:
        if text and len(text) <= HEADLINE_MAX and text.casefold() != avoid.casefold():
            return text
    return ""


def _title_parts(title: str) -> list[str]:
    return [part.strip() for part in TITLE_SEPARATOR.split(title)]


def _title_head(title: str, site: str) -> str:
    """The <title> without the site's name at its end or start."""
    parts = TITLE_SEPARATOR.split(title)
    if not site or len(parts) < 2:
        return ""
    if parts[-1].strip() == site:
        return title[: title.rindex(parts[-1])].rstrip(" |–—•·«»~/:-")
    if parts[0].strip() == site:
        return title[len(parts[0]) :].lstrip(" |–—•·«»~/:-")
    return ""


def _title_site(title: str, headline: str) -> str:
    """The site's name from a <title> that adds it to the headline ("Headline – Site", "Site | Headline");
    without a headline the page states elsewhere, the last part ("Headline – Site" is the common order)
    when it is the shorter one."""
    parts = _title_parts(title)
    if len(parts) < 2:
        return ""
    if headline and title.startswith(headline):
        after = TITLE_SEPARATOR.split(title[len(headline) :])
        site = after[1] if len(after) > 1 and not after[0].strip() else ""
    elif headline and title.endswith(headline):
        before = TITLE_SEPARATOR.split(title[: -len(headline)])
        site = before[-2] if len(before) > 1 and not before[-1].strip() else ""
    elif len(parts[-1]) < len(title) - len(parts[-1]):
        site = parts[-1]
    else:
        site = ""
    site = site.strip()
    looks_like_name = 0 < len(site.split()) <= SITE_MAX_WORDS and not site.endswith(("?", "!", "."))
    return site if looks_like_name and not BYLINE_PREFIX.match(site) else ""


def _is_domain(name: str) -> bool:
    return "." in name and " " not in name


def _squash(value: Any) -> str:
    return " ".join(str(value or "").split())


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
