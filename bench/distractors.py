"""Distractor documents for the scale benchmark.

Real German text that ships in Debian: the manual pages of ``manpages-de`` and
``manpages-de-dev``, rendered to plain text by groff at benchmark time (nothing
of them is committed). A page becomes a ``.txt`` article with a YAML title;
its paragraphs are joined into single lines, because the sentence splitter ends
a sentence at every line break. Pages longer than ``chars`` are cut into parts
of at most ``chars`` characters at paragraph boundaries; the benchmark takes
every page's first part first, then second parts, until it has as many
documents as asked for. Symlinked pages (aliases) are the same text and are
left out, and so are parts the ingest would skip (emptied by cleaning, or the
same text as another part). ``generated`` makes a tiny made-up set for the
smoke run.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ingest import clean

PACKAGES = ("manpages-de", "manpages-de-dev")
GROFF = ["groff", "-k", "-Kutf-8", "-t", "-man", "-Tutf8", "-rHY=0", "-rLL=200n", "-P-cbou"]
NAME_SECTIONS = ("BEZEICHNUNG", "NAME")
# The translators' and the upstream project's boilerplate, the same on every page.
DROPPED_SECTIONS = ("ÜBERSETZUNG", "KOLOPHON", "COLOPHON")


@dataclass(frozen=True)
class Doc:
    name: str  # file name without .txt; becomes the article id
    title: str
    text: str


class Missing(RuntimeError):
    pass


def page_files() -> list[Path]:
    """The packages' manual pages, without symlinked aliases."""
    if shutil.which("groff") is None:
        raise Missing("groff is not installed (apt-get install groff-base)")
    try:
        listed = subprocess.run(["dpkg", "-L", *PACKAGES], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        raise Missing(f"{' and '.join(PACKAGES)} are not installed (make distractors installs them)") from None
    files = [Path(p) for p in listed.splitlines() if p.endswith(".gz") and "/man/" in p]
    return sorted(p for p in files if p.is_file() and not p.is_symlink())


def render(path: Path) -> str:
    """One manual page as text, as groff lays it out (wide lines, no hyphenation)."""
    source = gzip.decompress(path.read_bytes())
    done = subprocess.run(GROFF, input=source, capture_output=True, check=False)
    return done.stdout.decode("utf-8", errors="replace")


def paragraphs(rendered: str) -> list[str]:
    """Headings and paragraphs of a rendered page, each on one line; no header or footer line."""
    lines = rendered.splitlines()
    body = [ln.rstrip() for ln in lines[1:-1]] if len(lines) > 2 else lines
    out: list[str] = []
    current: list[str] = []
    indent = -1
    for line in [*body, ""]:
        stripped = line.strip()
        this = len(line) - len(line.lstrip())
        if not stripped or this != indent or this == 0:
            if current:
                out.append(" ".join(current))
            current = []
        if stripped:
            current.append(re.sub(r"\s{2,}", " ", stripped))
            indent = this
    return _without_boilerplate(out)


def _without_boilerplate(paras: list[str]) -> list[str]:
    kept: list[str] = []
    dropping = False
    for p in paras:
        if p.isupper() and len(p) < 60:  # a section heading
            dropping = p in DROPPED_SECTIONS
        if not dropping:
            kept.append(p)
    return kept


def _title(path: Path, paras: list[str]) -> str:
    page = path.name.removesuffix(".gz")
    name, _, section = page.rpartition(".")
    for i, p in enumerate(paras[:-1]):
        if p in NAME_SECTIONS:
            what = paras[i + 1].partition(" - ")[2] or paras[i + 1]
            return f"{name}({section}) – {what}"
    return f"{name}({section})"


def _parts(paras: list[str], chars: int) -> list[str]:
    """The page cut into parts of at most ``chars`` characters: at the last paragraph
    break in the second half of the budget, else at the last space."""
    text = "\n\n".join(paras)
    parts: list[str] = []
    while text:
        if len(text) <= chars:
            parts.append(text)
            break
        cut = text.rfind("\n\n", chars // 2, chars)
        if cut < 0:
            cut = text.rfind(" ", 0, chars)
        cut = cut if cut > 0 else chars
        parts.append(text[:cut].strip())
        text = text[cut:].strip()
    return parts


def manpage_docs(n: int, chars: int, workers: int = 2) -> tuple[list[Doc], dict[str, int]]:
    """``n`` documents from the German manual pages, each at most ``chars`` characters."""
    files = page_files()
    random.Random(0).shuffle(files)
    with ThreadPoolExecutor(workers) as pool:
        rendered = list(pool.map(render, files))
    pages: list[list[Doc]] = []
    for path, text in zip(files, rendered, strict=True):
        paras = paragraphs(text)
        if not paras:
            continue
        title = _title(path, paras)
        stem = re.sub(r"[^\w.-]+", "-", path.name.removesuffix(".gz"))
        parts = _parts(paras, chars)
        pages.append(
            [
                Doc(f"man-{stem}" + (f"-{k}" if k > 1 else ""), title + (f" (Teil {k})" if k > 1 else ""), part)
                for k, part in enumerate(parts, 1)
            ]
        )
    docs: list[Doc] = []
    seen: set[str] = set()
    dropped = 0
    depth = 0
    while len(docs) < n and any(len(p) > depth for p in pages):
        for doc in (p[depth] for p in pages if len(p) > depth):
            # the ingest would skip it: a text that cleaning empties, or the same text twice
            cleaned = clean.clean(doc.text).text
            if not cleaned.strip() or cleaned in seen:
                dropped += 1
                continue
            seen.add(cleaned)
            docs.append(doc)
        depth += 1
    stats = {
        "dropped_empty_or_duplicate": dropped,
        "page_files": len(files),
        "pages": len(pages),
        "rendered_chars": sum(len(t) for t in rendered),
        "parts_used_per_page_max": depth,
    }
    return docs[:n], stats


WORDS = (
    "Lager Versand Kunde Paket Zustellung Woche Stadt Rechnung Vertrag Anbieter Netz Strom Zug Fahrplan Schule "
    "Garten Wetter Regen Küche Rezept Brot Verein Turnier Museum Ausstellung Bibliothek Konzert Gemeinde Straße"
).split()


def generated(n: int, seed: int = 0) -> list[Doc]:
    """A tiny made-up German distractor set (smoke runs)."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        sentences = [
            f"Die {rng.choice(WORDS)} der {rng.choice(WORDS)} wurde im Jahr {rng.randint(1990, 2024)} "
            f"von {rng.randint(2, 90)} Personen besucht."
            for _ in range(rng.randint(3, 6))
        ]
        docs.append(Doc(f"distractor-{i:04d}", f"Bericht {i}: {rng.choice(WORDS)}", " ".join(sentences)))
    return docs


def write(docs: list[Doc], folder: Path) -> None:
    """Each document as a ``.txt`` article with a YAML title (JSON strings are valid YAML)."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in docs:
        front = f"---\ntitle: {json.dumps(d.title, ensure_ascii=False)}\nlanguage: de\n---\n"
        (folder / f"{d.name}.txt").write_text(front + d.text + "\n", encoding="utf-8")
