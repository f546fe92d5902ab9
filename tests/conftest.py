"""Shared fixtures: settings on a store in ``tmp_path``, the seed store (the real
corpus ingested once per session), fixture articles, a small PDF writer and the
command line as a real process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bot.settings import Settings, load_settings

if TYPE_CHECKING:
    from bot.answer import Bot
    from ingest.pipeline import Report

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED_ARTICLES = ROOT / "data" / "articles"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Default settings with the store in this test's ``tmp_path``."""
    return load_settings(store=tmp_path / "chroma")


@dataclass(frozen=True)
class SeedStore:
    settings: Settings
    report: Report


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> SeedStore:
    """The real corpus (data/articles) ingested once into a session store. Read it, don't write to it."""
    from ingest import pipeline

    settings = load_settings(store=tmp_path_factory.mktemp("seed") / "chroma")
    report = pipeline.ingest([SEED_ARTICLES], settings)
    return SeedStore(settings=settings, report=report)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A writable copy of the fixture articles in tests/data/articles."""
    folder = tmp_path / "articles"
    shutil.copytree(DATA / "articles", folder)
    return folder


def _pdf_string(text: str) -> bytes:
    return b"(" + text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(lines: list[str], title: str = "", author: str = "") -> bytes:
    """A one-page PDF with ``lines`` in Helvetica (no lines: a page without text)."""
    content = b""
    if lines:
        shown = b" ".join(_pdf_string(line) + b" Tj T*" for line in lines)
        content = b"BT /F1 12 Tf 72 720 Td 14 TL " + shown + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Title " + _pdf_string(title) + b" /Author " + _pdf_string(author) + b" >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def run_cli(
    module: str, *args: str | Path, cwd: Path, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m <module> ARGS`` as a real process, offline, with no ARTIKELBOT_* from outside but ``env``."""
    outside = {k: v for k, v in os.environ.items() if not k.startswith("ARTIKELBOT_")}
    env = outside | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT)} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", module, *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run a module's command line as a subprocess: ``cli("ingest", path, "--store", store, cwd=tmp_path)``."""
    return run_cli


# --- the web UI as a real server process (tests/test_ui.py, tests/test_browser.py) ---


@dataclass
class UiServer:
    """``python -m bot ui`` running on 127.0.0.1; stopped by its PID."""

    url: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path
    started: float
    ready_s: float = 0.0

    def wait_ready(self, timeout: float = 240) -> UiServer:
        """Until the UI prints its ready line (after the server answers); fails with the log if it exits."""
        import time

        while "artikelbot UI: http" not in self.log.read_text(encoding="utf-8", errors="replace"):
            if self.process.poll() is not None:
                raise AssertionError(f"the UI exited with {self.process.returncode}:\n{self.log.read_text()}")
            if time.monotonic() - self.started > timeout:
                self.stop()
                raise AssertionError(f"the UI was not ready after {timeout} s:\n{self.log.read_text()}")
            time.sleep(0.2)
        self.ready_s = time.monotonic() - self.started
        return self

    def stop(self) -> None:
        import signal

        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()


def made_up_bot(folder: Path, texts: dict[str, str]) -> Bot:
    """A bot over the made-up articles ``texts`` (file name → text), ingested into a real store in ``folder``."""
    from bot.answer import Bot
    from ingest import pipeline

    articles = folder / "articles"
    articles.mkdir()
    for name, text in texts.items():
        (articles / name).write_text(text, encoding="utf-8")
    settings = load_settings(store=folder / "chroma")
    pipeline.ingest([articles], settings)
    return Bot(settings)


def first_line(bot: Bot, question: str, language: str) -> str:
    """The first line of the extractive answer to ``question``, which must not be refused."""
    answer = bot.answer(question, language, mode="extractive")  # type: ignore[arg-type]
    assert not answer.refused, answer.text
    return answer.text.splitlines()[0]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def launch_ui(store: Path, workdir: Path, *args: str, env: dict[str, str] | None = None) -> UiServer:
    """Start ``python -m bot ui --store STORE --port <free> ARGS`` in ``workdir`` (uploads go to
    ``workdir/uploads``), offline and with no ARTIKELBOT_* from outside; call ``wait_ready`` next."""
    import time

    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("ARTIKELBOT_", "GRADIO_"))}
    environment |= {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "PYTHONPATH": str(ROOT),
        "ARTIKELBOT_UPLOADS": str(workdir / "uploads"),
        **(env or {}),
    }
    log = workdir / f"ui-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "ui", "--store", str(store), "--port", str(port), *args],
            cwd=workdir,
            env=environment,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return UiServer(f"http://127.0.0.1:{port}/", port, process, log, time.monotonic())
