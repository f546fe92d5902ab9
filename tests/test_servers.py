"""Server backends, for real: llama.cpp's OpenAI-compatible server with the test GGUF, and
``chroma run``, each a process on a free loopback port, stopped by PID. Small in-process
HTTP stubs stand in only where a real server can't be made to misbehave on cue (a 5xx, a
hang, a missing API key)."""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot import generate
from bot.answer import Bot
from bot.errors import ModelError, StoreError
from bot.openai_server import OpenAIGenerator
from bot.records import Answer
from bot.settings import Settings, load_settings

DATA = Path(__file__).resolve().parent / "data"
EMPLOYEES = "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?"
STATIONS = "Wie holen Anwohner ihre Pakete an der Paketstation ab?"
ALIAS = "smollm2"
CONTRACT = {
    "question", "language", "mode", "model", "prompt_version", "answer", "lead", "refused", "citations", "retrieved",
    "statements", "notes", "timings",
}  # fmt: skip
DOWN = "start it or fix ARTIKELBOT_LLM_BASE_URL"

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(cmd: list[str], ready: str, log: Path, timeout: float = 120) -> subprocess.Popen[bytes]:
    """Start a server process and wait until ``ready`` answers 200."""
    with log.open("wb") as out:
        process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=_env())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{cmd[0]} exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            if httpx.get(ready, timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    stop(process)
    pytest.fail(f"{' '.join(cmd)} did not answer {ready} within {timeout} s: {log.read_text()[-2000:]}")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARTIKELBOT_")}
    return env | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def toml(path: Path, **values: Any) -> Path:
    path.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items()), encoding="utf-8")
    return path


# --- the OpenAI-compatible server ---------------------------------------------------


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """llama-cpp-python's server (through `bot.llama_server`) with the test GGUF; yields its API root (…/v1)."""
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python[server] is not installed (extra [llamacpp])")
    folder, gguf = generate.resolve(generate.TEST_MODEL, None)
    port = free_port()
    cmd = [sys.executable, "-m", "bot.llama_server", "--model", str(Path(folder) / str(gguf))]
    cmd += ["--model_alias", ALIAS, "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048"]
    url = f"http://127.0.0.1:{port}/v1"
    process = start(cmd, f"{url}/models", tmp_path_factory.mktemp("llm") / "server.log")
    yield url
    stop(process)


def openai_settings(base: Settings, url: str, **more: Any) -> Settings:
    update = {"llm_backend": "openai", "llm_base_url": url, "llm_model": ALIAS, "max_new_tokens": 48} | more
    return base.model_copy(update=update)


def test_openai_backend_streams_through_the_bot(seed_store, llm_server: str) -> None:
    bot = Bot(openai_settings(seed_store.settings, llm_server))
    assert bot.model_name("llm") == ALIAS
    *streamed, answer = bot.ask(EMPLOYEES, mode="llm")
    pieces = [p for p in streamed if isinstance(p, str)]
    assert isinstance(answer, Answer)
    assert (answer.mode, answer.model, answer.language, answer.refused) == ("llm", ALIAS, "de", False)
    assert len(pieces) > 1 and "".join(pieces).strip() == answer.text
    assert answer.retrieved and answer.timings["first_token_ms"] > 0


def test_openai_backend_cli_json_contract(seed_store, llm_server: str, cli: Callable, tmp_path: Path) -> None:
    config = toml(tmp_path / "a.toml", llm_backend="openai", llm_base_url=llm_server, llm_model=ALIAS,
                  max_new_tokens=48)  # fmt: skip
    store = seed_store.settings.store
    done = cli("bot", "ask", "--json", "--mode", "llm", "--store", store, "--config", config, EMPLOYEES, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert set(got) == CONTRACT
    assert (got["mode"], got["model"], got["prompt_version"]) == ("llm", ALIAS, "answer.de/1")
    retrieved = [(p["doc_id"], p["start"], p["end"]) for p in got["retrieved"]]
    assert all((c["doc_id"], c["start"], c["end"]) in retrieved for c in got["citations"])


class Silent:
    """A TCP server that accepts connections and never answers."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.held.append(self.sock.accept()[0])
            except OSError:
                return

    def close(self) -> None:
        for conn in self.held:
            conn.close()
        self.sock.close()


@pytest.fixture(scope="module")
def silent() -> Iterator[Silent]:
    server = Silent()
    yield server
    server.close()


@pytest.mark.parametrize(
    ("case", "line"),
    [
        ("down", "no model server at {down}/v1 (connection refused) – " + DOWN),
        (
            "wrong url",
            "{root}/models does not exist (404 Not Found) – set ARTIKELBOT_LLM_BASE_URL to the server's API root,"
            " e.g. http://127.0.0.1:8000/v1",
        ),
        ("wrong model", "model 'gpt-9' is not served by {root}/v1 (it serves: smollm2) – fix ARTIKELBOT_LLM_MODEL"),
        (
            "timeout",
            "model server at {silent}/v1 did not answer within 0.5 s"
            " – it may be busy or stuck: try again, or raise ARTIKELBOT_LLM_TIMEOUT",
        ),
    ],
)
def test_server_errors_are_one_line(llm_server: str, silent: Silent, case: str, line: str) -> None:
    urls = {
        "root": llm_server.removesuffix("/v1"),
        "down": f"http://127.0.0.1:{free_port()}",
        "silent": f"http://127.0.0.1:{silent.port}",
    }
    base, model = {
        "down": (f"{urls['down']}/v1", ALIAS),
        "wrong url": (urls["root"], ALIAS),
        "wrong model": (llm_server, "gpt-9"),
        "timeout": (f"{urls['silent']}/v1", ALIAS),
    }[case]
    settings = load_settings(llm_backend="openai", llm_base_url=base, llm_model=model, llm_timeout=0.5)
    began = time.monotonic()
    with pytest.raises(ModelError) as caught:
        generate.load(settings)
    assert caught.value.line() == line.format(**urls)
    assert time.monotonic() - began < 10  # bounded: two retries at most, and only for "down"


def test_down_server_falls_back_in_auto_mode_and_fails_in_llm_mode(seed_store, cli: Callable, tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    bot = Bot(openai_settings(seed_store.settings, url, llm_retries=0))
    answer = bot.answer(EMPLOYEES, mode="auto")
    assert answer.mode == "extractive"
    assert any(f"no model server at {url} (connection refused)" in note for note in answer.notes)

    config = toml(tmp_path / "a.toml", llm_backend="openai", llm_base_url=url, llm_model=ALIAS)
    done = cli("bot", "ask", "--mode", "llm", "--store", seed_store.settings.store, "--config", config, EMPLOYEES,
               cwd=tmp_path)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == f"artikelbot: no model server at {url} (connection refused) – {DOWN}\n"


class Stub(BaseHTTPRequestHandler):
    """Serves /v1/models; answers chat requests by ``behaviour``; records every request."""

    behaviour = "ok"
    seen: list[tuple[str, str, str | None]] = []  # noqa: RUF012 (one stub server per test)

    def log_message(self, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def do_GET(self) -> None:
        self.seen.append(("GET", self.path, self.headers.get("Authorization")))
        if self.behaviour == "key" and self.headers.get("Authorization") != "Bearer sk-test":
            self._reply(401, {"error": {"message": "Invalid API Key", "type": "invalid_request_error"}})
        elif self.behaviour in ("503", "400"):
            status = int(self.behaviour)
            self._reply(status, {"error": {"message": f"said {status}", "code": status}})
        else:
            self._reply(200, {"object": "list", "data": [{"id": ALIAS, "object": "model"}]})

    def do_POST(self) -> None:
        self.seen.append(("POST", self.path, self.headers.get("Authorization")))
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.behaviour == "hang":
            time.sleep(3)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for text in ("Vierzig", " Stationen", " [1]."):
            chunk = {"choices": [{"index": 0, "delta": {"content": text}}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        if self.behaviour == "midstream":
            self.wfile.write(b'data: {"error": {"message": "out of memory"}}\n\n')
        self.wfile.write(b"data: [DONE]\n\n")


@pytest.fixture
def stub() -> Iterator[tuple[str, type[Stub]]]:
    handler = type("Handler", (Stub,), {"seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/v1", handler
    server.shutdown()
    server.server_close()


MESSAGES = [{"role": "user", "content": "Wie viele?"}]


@pytest.mark.parametrize(
    ("behaviour", "requests", "line"),
    [
        ("503", 3, "model server at {url} failed (503 Service Unavailable: said 503) – see its log, then try again"),
        ("400", 1, "model server at {url} refused the request (400 Bad Request: said 400) – check the llm_* settings"),
        ("key", 1, "model server at {url} refused access (401 Unauthorized: Invalid API Key) – set "
         "ARTIKELBOT_LLM_API_KEY"),
    ],
)  # fmt: skip
def test_retry_is_bounded_and_never_on_4xx(
    stub: tuple[str, type[Stub]], behaviour: str, requests: int, line: str
) -> None:
    url, handler = stub
    handler.behaviour = behaviour
    with pytest.raises(ModelError) as caught:
        OpenAIGenerator(url, ALIAS, None, timeout=5, retries=2)
    assert caught.value.line() == line.format(url=url)
    assert len(handler.seen) == requests


def test_api_key_is_sent_as_bearer_token(stub: tuple[str, type[Stub]], monkeypatch: pytest.MonkeyPatch) -> None:
    url, handler = stub
    handler.behaviour = "key"
    monkeypatch.setenv("ARTIKELBOT_LLM_API_KEY", "sk-test")
    generator = generate.load(load_settings(llm_backend="openai", llm_base_url=url, llm_model=ALIAS))
    assert "".join(generator.stream(MESSAGES, 16)) == "Vierzig Stationen [1]."
    assert [auth for *_, auth in handler.seen] == ["Bearer sk-test", "Bearer sk-test"]


@pytest.mark.parametrize(
    ("behaviour", "line"),
    [
        ("hang", "model server at {url} did not answer within 1 s – it may be busy or stuck: try again, or raise "
         "ARTIKELBOT_LLM_TIMEOUT"),
        ("midstream", "model server at {url} failed: out of memory – try again"),
    ],
)  # fmt: skip
def test_errors_while_answering_are_one_line(stub: tuple[str, type[Stub]], behaviour: str, line: str) -> None:
    url, handler = stub
    handler.behaviour = behaviour
    generator = OpenAIGenerator(url, ALIAS, None, timeout=1, retries=2)
    with pytest.raises(ModelError) as caught:
        list(generator.stream(MESSAGES, 16))
    assert caught.value.line() == line.format(url=url)
    assert [method for method, *_ in handler.seen] == ["GET", "POST"]  # a timeout is not retried


# --- the Chroma server ----------------------------------------------------------------


def chroma_run(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    cmd = [str(chroma), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(folder / "data")]
    url = f"http://127.0.0.1:{port}"
    return start(cmd, f"{url}/api/v2/heartbeat", folder / "chroma.log", timeout=60), url


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    process, url = chroma_run(tmp_path_factory.mktemp("chroma"))
    yield url
    stop(process)


def test_ingest_and_ask_through_a_chroma_server(chroma_server: str, cli: Callable, tmp_path: Path) -> None:
    done = cli("ingest", "-q", DATA / "articles", "--chroma-url", chroma_server, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "5 added" in done.stdout

    done = cli("bot", "ask", "--json", "--mode", "extractive", "--chroma-url", chroma_server, STATIONS, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert (got["mode"], got["refused"]) == ("extractive", False)
    assert got["citations"] and got["citations"][0]["doc_id"] == "paketstation"
    assert "mit einem Code aus einer App" in got["citations"][0]["quote"]
    assert not (tmp_path / "data").exists()  # nothing went to the embedded store

    again = cli("ingest", "-q", DATA / "articles", "--chroma-url", chroma_server, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "0 added, 0 updated, 5 unchanged" in again.stdout


def test_chroma_server_going_down_is_one_line(tmp_path: Path, cli: Callable) -> None:
    from ingest import pipeline

    process, url = chroma_run(tmp_path)
    try:
        # `chroma run` (1.x) checks no token; one is sent as X-Chroma-Token for a proxy in front of it
        settings = load_settings(chroma_url=url, chroma_token="t0ken")
        pipeline.ingest([DATA / "articles" / "paketstation.txt"], settings)
        bot = Bot(settings)
        assert bot.answer(STATIONS, mode="extractive").citations
    finally:
        stop(process)

    with pytest.raises(StoreError) as caught:
        bot.answer(STATIONS, mode="extractive")
    assert caught.value.line() == (
        f"store at {url!r} is unreachable (ConnectError) – check that the Chroma server runs, then try again"
    )
    line = f"artikelbot: Chroma server at {url} did not answer – start it (chroma run --path DIR) or fix "
    line += "ARTIKELBOT_CHROMA_URL\n"
    for module, *args in (("bot", "ask", STATIONS), ("ingest", DATA / "articles")):
        done = cli(module, *args, "--chroma-url", url, cwd=tmp_path)
        assert done.returncode == 1
        assert done.stderr == line
