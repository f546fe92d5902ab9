"""The store under faults, with real processes: two ingests at once; ``kill -9`` of an ingest in the
middle of a write, then a re-run that must give exactly the store of an uninterrupted run; missing,
empty, corrupted, damaged and read-only store folders (each one clear line, and the line's advice
works); a Chroma server that goes away while the web UI serves, and comes back."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import DATA, ROOT, free_port, launch_ui, run_cli
from gradio_client import Client
from gradio_client.exceptions import AppError

from bot import render
from bot.settings import load_settings
from ingest import pipeline

pytestmark = pytest.mark.slow

TOWNS = (
    "Aachen Bamberg Celle Dessau Erfurt Fulda Gera Hameln Ingolstadt Jena Kassel Landshut Marburg Neuss "
    "Oldenburg Passau Quedlinburg Rostock Siegen Trier Ulm Verden Weimar Xanten Zwickau Bautzen Coburg "
    "Detmold Emden Flensburg Goslar Husum Itzehoe Kempten Lindau Meißen Nordhorn Offenburg Plauen Rheine"
).split()
JENA = "Wie viele Leseplätze hat die neue Bibliothek in Jena?"
JENA_QUOTE = "In Jena eröffnet die Stadtbibliothek im Jahr 2009 eine Zweigstelle mit 163 Leseplätzen."
STATIONS = "Wie holen Anwohner ihre Pakete an der Paketstation ab?"
STATIONS_QUOTE = "Anwohner können ihre Pakete dort mit einem Code aus einer App abholen."
# As root every file is writable; without these capabilities root is held to the permission bits.
READ_ONLY = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARTIKELBOT_", "GRADIO_"))}
    return env | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT)}


def _start_ingest(articles: Path, store: Path, log: Path) -> subprocess.Popen[bytes]:
    """``python -m ingest ARTICLES --store STORE`` with its progress bar (stderr) going to ``log``."""
    with log.open("wb") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "ingest", str(articles), "--store", str(store)],
            cwd=log.parent,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=err,
        )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 short German articles: an ingest of them takes long enough to be interrupted."""
    folder = tmp_path_factory.mktemp("corpus")
    for i, town in enumerate(TOWNS):
        (folder / f"bib-{i:02d}.txt").write_text(
            f'---\ntitle: "Neue Bibliothek in {town}"\n---\n'
            f"In {town} eröffnet die Stadtbibliothek im Jahr {2000 + i} eine Zweigstelle mit {100 + 7 * i} "
            f"Leseplätzen.\n\nDer Umbau in {town} kostete {1 + i % 5},{i % 10} Millionen Euro und dauerte "
            f"{6 + i % 12} Monate.\n",
            encoding="utf-8",
        )
    return folder


@dataclass(frozen=True)
class Raced:
    store: Path
    results: list[tuple[int, int, str, str]]  # (pid, exit code, stdout, stderr) of each ingest


@pytest.fixture(scope="module")
def raced(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Raced:
    """Two ingests of the corpus into one new store, started at the same moment."""
    root = tmp_path_factory.mktemp("raced")
    store = root / "chroma"
    procs = [_start_ingest(corpus, store, root / f"ingest-{i}.log") for i in range(2)]
    results = []
    for i, proc in enumerate(procs):
        out, _ = proc.communicate(timeout=600)
        results.append((proc.pid, proc.returncode, out.decode(), (root / f"ingest-{i}.log").read_text()))
    return Raced(store, results)


def _snapshot(store: Path) -> dict[str, Any]:
    """Everything the store holds that answers depend on: passages, sentences, article records."""
    opened = pipeline.open_store(load_settings(store=store))
    passages = list(opened.all_passages())
    records = {
        doc_id: {k: v for k, v in meta.items() if k != "ingested_at"} for doc_id, meta in opened.article_index().items()
    }
    return {
        "count": opened.count(),
        "passages": sorted((p.id, p.doc_id, p.title, p.text, p.start, p.end) for p in passages),
        "sentences": sorted((s.doc_id, s.start, s.end, s.text) for s, _ in opened.sentences_of(passages)),
        "articles": records,
    }


def test_two_ingests_at_once_one_stops_with_a_clear_line(raced: Raced, corpus: Path) -> None:
    winner, loser = sorted(raced.results, key=lambda r: r[1])
    assert (winner[1], loser[1]) == (0, 1)
    assert winner[2].startswith("40 added, 0 updated, 0 unchanged, 0 removed, 0 skipped; 40 passages written")
    assert "Traceback" not in winner[3]
    assert (loser[2], loser[3]) == (
        "",
        f"artikelbot: another ingest (pid {winner[0]}) is writing to {str(raced.store)!r} – "
        "wait for it to finish, then run this again\n",
    )
    snap = _snapshot(raced.store)
    assert len(snap["articles"]) == snap["count"] == len(snap["passages"]) == 40
    assert len(snap["sentences"]) == 120  # each article: its headline (given as front matter) and two sentences


def _wait_for(what: str, done: Callable[[], bool], proc: subprocess.Popen[bytes], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        assert proc.poll() is None, f"the ingest ended (exit {proc.returncode}) before {what}"
        assert time.monotonic() < deadline, f"no {what} within {timeout} s"
        time.sleep(0.002)


def test_kill_9_in_the_middle_of_a_write_then_rerun_equals_an_uninterrupted_run(
    raced: Raced, corpus: Path, tmp_path: Path
) -> None:
    store, log = tmp_path / "chroma", tmp_path / "ingest.log"
    proc = _start_ingest(corpus, store, log)
    try:
        # the progress bar shows once some articles are written; then kill at the next write to the database
        _wait_for("progress", lambda: "%|" in log.read_text(errors="replace"), proc)
        db = store / "chroma.sqlite3"
        before = db.stat()
        _wait_for(
            "write",
            lambda: (
                (store / "chroma.sqlite3-journal").exists()
                or (lambda now: (now.st_mtime_ns, now.st_size) != (before.st_mtime_ns, before.st_size))(db.stat())
            ),
            proc,
        )
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    progress = log.read_text(errors="replace").replace("\r", "\n")
    assert "100%|" not in progress, progress

    # the interrupted store opens and answers from what it holds
    asked = run_cli("bot", "ask", "--json", "--mode", "extractive", "--store", store, JENA, cwd=tmp_path)
    assert (asked.returncode, asked.stderr) == (0, ""), asked.stderr
    assert json.loads(asked.stdout)["citations"][0]["quote"] == JENA_QUOTE  # Jena is in the first batch

    rerun = run_cli("ingest", "-q", corpus, "--store", store, cwd=tmp_path, timeout=600)
    assert (rerun.returncode, rerun.stderr) == (0, "")
    counts = rerun.stdout.split(";")[0]  # "N added, 0 updated, M unchanged, 0 removed, 0 skipped"
    added, unchanged = int(counts.split()[0]), int(counts.split(", ")[2].split()[0])
    assert added + unchanged == 40 and added > 0 and unchanged > 0, rerun.stdout
    assert _snapshot(store) == _snapshot(raced.store)

    again = run_cli("ingest", "-q", corpus, "--store", store, cwd=tmp_path)
    assert again.stdout.startswith("0 added, 0 updated, 40 unchanged, 0 removed, 0 skipped; 0 passages")


# --- broken store folders ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/data/articles ingested by the CLI (the process has ended: every file is on disk)."""
    root = tmp_path_factory.mktemp("good")
    done = run_cli("ingest", "-q", DATA / "articles", "--store", root / "chroma", cwd=root, timeout=600)
    assert done.returncode == 0, done.stderr
    return root / "chroma"


def _garbage(store: Path) -> None:
    (store / "chroma.sqlite3").write_bytes(os.urandom(100_000))


def _truncated(store: Path) -> None:
    db = store / "chroma.sqlite3"
    os.truncate(db, db.stat().st_size // 2)


def _index_garbage(store: Path) -> None:
    for index_file in store.glob("*/*.bin"):
        index_file.write_bytes(os.urandom(1000))


def _read_only(store: Path) -> None:
    for path in [store, *store.rglob("*")]:
        path.chmod(path.stat().st_mode & ~0o222)


REBUILD = "rebuild it with: python -m ingest --rebuild data/articles"
BUILD = "build it with: python -m ingest data/articles"
DB = "artikelbot: store at '{s}' can't be opened (InternalError: error returned from database: "
FAULTS = [  # (id, damage, the ask's stderr (None: it answers), whether `ingest --rebuild` then repairs it)
    ("missing", None, "artikelbot: no store at '{s}' – " + BUILD, False),
    ("empty-folder", "mkdir", "artikelbot: store at '{s}' has no articles yet – " + BUILD, False),
    ("garbage-db", _garbage, DB + "(code: 26) file is not a database) – " + REBUILD, True),
    ("truncated-db", _truncated, DB + "(code: 11) database disk image is malformed) – " + REBUILD, True),
    ("garbage-index", _index_garbage, None, False),  # Chroma rebuilds its vector index from the database
    (
        "read-only",
        _read_only,
        "artikelbot: store folder '{s}' is read-only – Chroma writes to its folder even to answer; "
        "make it writable (chmod -R u+w) or copy it",
        False,
    ),
]


def _damaged(good_store: Path, tmp_path: Path, damage: Any) -> Path:
    store = tmp_path / "chroma"
    if damage == "mkdir":
        store.mkdir()
    elif damage is not None:
        shutil.copytree(good_store, store)
        damage(store)
    return store


@pytest.mark.parametrize(("damage", "line", "rebuild"), [f[1:] for f in FAULTS], ids=[f[0] for f in FAULTS])
def test_a_broken_store_is_one_line_and_its_advice_works(
    good_store: Path, tmp_path: Path, damage: Any, line: str | None, rebuild: bool
) -> None:
    store = _damaged(good_store, tmp_path, damage)
    prefix = READ_ONLY if damage is _read_only else []
    cmd = [*prefix, sys.executable, "-m", "bot", "ask", "--json", "--mode", "extractive", "--store", str(store)]
    asked = subprocess.run([*cmd, STATIONS], cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=300)
    if line is None:
        assert (asked.returncode, asked.stderr) == (0, "")
        assert json.loads(asked.stdout)["citations"][0]["quote"] == STATIONS_QUOTE
        return
    assert (asked.returncode, asked.stdout, asked.stderr) == (1, "", line.format(s=store) + "\n")
    if damage is _read_only:
        ingest = [*prefix, sys.executable, "-m", "ingest", "-q", str(DATA / "articles"), "--store", str(store)]
        done = subprocess.run(ingest, cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=300)
        assert (done.returncode, done.stderr) == (
            1,
            f"artikelbot: store folder {str(store)!r} is not writable (Permission denied) – check its permissions\n",
        )
        return
    args = ["--rebuild"] if rebuild else []
    done = run_cli("ingest", "-q", DATA / "articles", "--store", store, *args, cwd=tmp_path, timeout=600)
    assert (done.returncode, done.stderr) == (0, "note: umlaute-latin1.txt: read as Windows-1252\n")
    assert done.stdout.startswith("5 added, ")
    asked = subprocess.run([*cmd, STATIONS], cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=300)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["citations"][0]["quote"] == STATIONS_QUOTE


@pytest.mark.parametrize(
    ("damage", "line"),
    [(f[1], f[2]) for f in FAULTS if f[0] in ("missing", "garbage-db")],
    ids=["missing", "garbage-db"],
)
def test_the_ui_does_not_start_on_a_broken_store_and_says_why(
    good_store: Path, tmp_path: Path, damage: Any, line: str
) -> None:
    store = _damaged(good_store, tmp_path, damage)
    ui = launch_ui(store, tmp_path, "--mode", "extractive")
    assert ui.process.wait(timeout=300) == 1
    log = ui.log.read_text()  # the start-up steps, the one that failed, and why in one line
    assert log.endswith(" … failed\n" + line.format(s=store) + "\n") and "Traceback" not in log


# --- a Chroma server that goes away while the UI serves ------------------------------------------


def _chroma(folder: Path, port: int) -> subprocess.Popen[bytes]:
    """``chroma run`` on 127.0.0.1:PORT over FOLDER/data, once its heartbeat answers."""
    url = f"http://127.0.0.1:{port}"
    with (folder / "chroma.log").open("ab") as log:
        cmd = [str(Path(sys.executable).with_name("chroma")), "run", "--host", "127.0.0.1", "--port", str(port)]
        process = subprocess.Popen([*cmd, "--path", str(folder / "data")], stdout=log, stderr=log, env=_env())
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, (folder / "chroma.log").read_text()
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise AssertionError(f"chroma run did not answer within 120 s: {(folder / 'chroma.log').read_text()}")


@pytest.fixture
def chroma_and_ui(tmp_path: Path) -> Iterator[tuple[str, Any, Callable[[], None], Callable[[], None]]]:
    """A Chroma server holding the fixture articles and a UI over it; yields (server url, UI, kill, restart)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = [_chroma(tmp_path, port)]
    ui = None
    try:
        done = run_cli("ingest", "-q", DATA / "articles", "--chroma-url", url, cwd=tmp_path, timeout=600)
        assert done.returncode == 0, done.stderr
        ui = launch_ui(tmp_path / "unused", tmp_path, "--chroma-url", url, "--mode", "extractive").wait_ready()

        def kill() -> None:
            os.kill(server[0].pid, signal.SIGKILL)
            server[0].wait()

        def restart() -> None:
            server[0] = _chroma(tmp_path, port)

        yield url, ui, kill, restart
    finally:
        if ui is not None:
            ui.stop()
        if server[0].poll() is None:
            server[0].terminate()
            server[0].wait(timeout=30)


def test_chroma_server_going_away_mid_chat(chroma_and_ui: Any) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, ui, kill, restart = chroma_and_ui
    line = f"store at {url!r} is unreachable (ConnectError) – check that the Chroma server runs, then try again"
    client = Client(ui.url, verbose=False, analytics_enabled=False)
    first = client.submit(STATIONS, "auto", api_name="/chat").result(timeout=120)
    assert f"„{STATIONS_QUOTE}“" in first[1][-1]["content"][0]["text"]

    kill()
    with pytest.raises(AppError) as failed:
        client.predict(STATIONS, api_name="/ask")
    assert str(failed.value) == line
    second = client.submit(STATIONS, "auto", api_name="/chat").result(timeout=120)
    assert [m["role"] for m in second[1]] == ["user", "assistant", "user", "assistant"]
    assert second[1][-1]["content"][0]["text"] == render.error_html(line)
    assert ui.process.poll() is None

    # a new visitor gets the page, and it says what is wrong (in the chat and on the corpus tab)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
        page = browser.new_page(locale="de-DE")
        page.set_default_timeout(60_000)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(ui.url)
        page.locator("#question textarea").fill(STATIONS)
        page.locator("#question textarea").press("Enter")
        expect(page.locator('#chatbot [data-testid="bot"]').last).to_have_text(f"⚠ {line}")
        page.get_by_role("tab", name="Korpus").click()
        expect(page.locator("#corpus .error")).to_have_text(f"⚠ {line}")
        browser.close()
    assert errors == []

    restart()  # the same port and folder: the UI's client connects again
    answer = client.predict(STATIONS, api_name="/ask")
    assert answer["citations"][0]["quote"] == STATIONS_QUOTE
    assert "Traceback" not in ui.log.read_text()
