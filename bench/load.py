"""``python bench/load.py``: the chat page under many users at once — latency and errors.

``measure_load(url, users, questions)`` opens one ``gradio_client`` session per
user, releases them together and has each ask ``rounds`` questions in a row
(``/ask`` by default, or the page's ``/chat`` event). It reports p50/p95/max
latency per request, throughput, errors (a full queue counts as ``busy``) and
answers that came back for another question (``misdelivered``, never expected).
Run as a script it starts ``python -m bot ui`` (quotes only, or ``--model``) on
a free port of 127.0.0.1 over ``--store`` (default: ``data/articles`` ingested
into a temporary folder), measures, prints one markdown row and stops the UI by
its PID. A benchmark, not a test: ``tests/test_hardening_load.py`` checks the
behaviour, this measures it. Target in extractive mode: p95 ≤ 2 s at 20 users.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET_P95_MS = 2000.0


def default_questions() -> list[str]:
    """The answerable questions of ``eval/questions.jsonl``."""
    lines = (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [item["question"] for item in map(json.loads, lines) if item["answerable"]]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)] if ordered else float("nan")


def _belongs(endpoint: str, question: str, result: Any) -> bool:
    """Whether the reply is the answer to ``question`` (the API echoes it; the chat shows it)."""
    if endpoint == "/ask":
        return bool(result["question"] == question)
    import html

    messages = result[1]
    return len(messages) == 2 and messages[0]["content"][0]["text"] == html.escape(question)


def measure_load(
    url: str,
    users: int = 20,
    questions: list[str] | None = None,
    rounds: int = 3,
    endpoint: str = "/ask",
    auth: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """``users`` sessions at once, each asking ``rounds`` questions in a row; latency in ms."""
    from gradio_client import Client
    from gradio_client.utils import QueueError

    questions = questions or default_questions()
    clients = [Client(url, auth=auth, verbose=False, analytics_enabled=False) for _ in range(users)]
    start = threading.Barrier(users)
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    busy = misdelivered = 0

    def user(i: int) -> None:
        nonlocal busy, misdelivered
        start.wait()
        for r in range(rounds):
            question = questions[(i + r * users) % len(questions)]
            began = time.perf_counter()
            try:
                if endpoint == "/chat":  # a new conversation each time, as the page's "new chat"
                    clients[i].reset_session()
                    result = clients[i].submit(question, "auto", api_name="/chat").result(timeout=600)
                else:
                    result = clients[i].predict(question, api_name=endpoint)
            except QueueError:
                with lock:
                    busy += 1
                continue
            except Exception as e:
                with lock:
                    errors.append(f"{e.__class__.__name__}: {e}")
                continue
            ms = (time.perf_counter() - began) * 1000
            with lock:
                latencies.append(ms)
                misdelivered += not _belongs(endpoint, question, result)

    began = time.perf_counter()
    with ThreadPoolExecutor(users) as pool:
        list(pool.map(user, range(users)))
    wall = time.perf_counter() - began
    return {
        "users": users,
        "rounds": rounds,
        "endpoint": endpoint,
        "requests": users * rounds,
        "answered": len(latencies),
        "busy": busy,
        "errors": len(errors),
        "misdelivered": misdelivered,
        "p50_ms": statistics.median(latencies) if latencies else float("nan"),
        "p95_ms": _pct(latencies, 0.95),
        "max_ms": max(latencies, default=float("nan")),
        "wall_s": wall,
        "answers_per_s": len(latencies) / wall if wall else 0.0,
        "error_samples": errors[:3],
    }


def row(label: str, result: dict[str, Any], target_ms: float | None = TARGET_P95_MS) -> str:
    """One markdown table row: | what | p50 | p95 | max | answers/s | busy | errors | target |."""
    verdict = "–" if target_ms is None else ("pass" if result["p95_ms"] <= target_ms else "MISS")
    bad = result["errors"] + result["misdelivered"]
    return (
        f"| {label} | {result['p50_ms']:.0f} ms | {result['p95_ms']:.0f} ms | {result['max_ms']:.0f} ms | "
        f"{result['answers_per_s']:.1f} | {result['busy']} | {bad} | "
        f"{'' if target_ms is None else f'p95 ≤ {target_ms:.0f} ms: '}{verdict} |"
    )


HEADER = (
    "| load | p50 | p95 | max | answers/s | busy | errors + misdelivered | target |\n|---|---|---|---|---|---|---|---|"
)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARTIKELBOT_", "GRADIO_"))}
    return env | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT), "TQDM_DISABLE": "1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(
    store: Path, workdir: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """``python -m bot ui`` on a free loopback port; returns the process and its URL once it is ready."""
    port = _free_port()
    log = workdir / f"ui-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "ui", "--store", str(store), "--port", str(port), *args],
            cwd=workdir,
            env=_env() | {"ARTIKELBOT_UPLOADS": str(workdir / "uploads")} | (env or {}),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 300
    while "artikelbot UI: http" not in log.read_text(errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            stop(proc)
            raise RuntimeError(f"the UI did not start:\n{log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.2)
    return proc, f"http://127.0.0.1:{port}/"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--store", type=Path, help="store folder (default: data/articles ingested into a temp folder)")
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3, help="questions each user asks in a row")
    ap.add_argument("--endpoint", choices=["/ask", "/chat"], default="/ask")
    ap.add_argument("--model", help="answer with this model in llm mode (e.g. smollm2-test); default: quotes only")
    ap.add_argument("--max-new-tokens", type=int, default=32, help="with --model")
    ap.add_argument("--concurrency", type=int, help="answers the UI works on at once (ui_concurrency)")
    ap.add_argument("--json", type=Path, help="also write the result here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = args.store
        if store is None:
            store = work / "chroma"
            done = subprocess.run(
                [sys.executable, "-m", "ingest", "-q", str(ROOT / "data" / "articles"), "--store", str(store)],
                env=_env(),
                capture_output=True,
                text=True,
            )
            if done.returncode not in (0, 3):
                print(done.stderr, file=sys.stderr)
                return 1
        mode = ["--model", args.model, "--mode", "llm"] if args.model else ["--mode", "extractive"]
        env = {"ARTIKELBOT_MAX_NEW_TOKENS": str(args.max_new_tokens)} if args.model else {}
        if args.concurrency:
            env["ARTIKELBOT_UI_CONCURRENCY"] = str(args.concurrency)
        proc, url = serve(store.resolve(), work, *mode, env=env)
        try:
            measure_load(url, users=1, rounds=6)  # warm: the first answers load what answers need (lingua, …)
            server, client = cpu_seconds(proc.pid), time.process_time()
            result = measure_load(url, users=args.users, rounds=args.rounds, endpoint=args.endpoint)
            # the users' clients run on the same cores as the UI: how the CPU time was shared
            result["server_cpu_s"] = cpu_seconds(proc.pid) - server
            result["client_cpu_s"] = time.process_time() - client
        finally:
            stop(proc)
    label = f"{args.users} users × {args.rounds} ({args.model or 'extractive'}, {args.endpoint})"
    print(HEADER)
    print(row(label, result, None if args.model else TARGET_P95_MS))
    print(
        f"\nCPU time during the run ({result['wall_s']:.1f} s on {os.cpu_count()} cores): "
        f"UI {result['server_cpu_s']:.1f} s, the {args.users} clients {result['client_cpu_s']:.1f} s; "
        f"load average {os.getloadavg()[0]:.2f} at the end."
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0 if result["errors"] == result["misdelivered"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
