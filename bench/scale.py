"""The scale benchmark: the five articles plus a growing distractor corpus.

Distractors are added to the same store step by step (the ingest is
incremental), and after each step the store is measured: ingest time, size
on disk, start-up of a ``Bot`` (it builds the keyword index over every
passage), retrieval latency and recall@5 of the evaluation questions, and
whole extractive answers. At the end the unchanged corpus is ingested again,
and the raw embedder is timed on a sample of the last step's texts to compare
with the ingest's throughput. ``plot`` draws latency and recall against
corpus size.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from bench import distractors, measure
from bot.embed import get_embedder
from bot.settings import Settings
from ingest import pipeline

RAW_SAMPLE = 20  # every 20th new document's texts go through the raw embedder


def disk_mb(folder: Path) -> float:
    """Space the folder takes on disk (like ``du``)."""
    return sum(p.stat().st_blocks * 512 for p in folder.rglob("*") if p.is_file()) / 2**20


def step(
    settings: Settings,
    make_bot: Callable[[Settings], Any],
    ev: ModuleType,
    answerable: list[dict[str, Any]],
    questions: list[dict[str, Any]],
) -> dict[str, Any]:
    """Measure the store as it is now."""
    began = time.perf_counter()
    bot = make_bot(settings)
    bot_load_s = time.perf_counter() - began
    r = measure.retrieval(bot, ev, answerable)
    e = measure.extractive(bot, questions)
    threaded = measure.in_worker_thread(lambda: measure.extractive(bot, questions))
    return {
        "passages": bot.store.count(),
        "store_mb": disk_mb(Path(settings.store)),
        "bot_load_s": bot_load_s,
        "retrieval_p50_ms": r["p50_ms"],
        "retrieval_p95_ms": r["p95_ms"],
        "recall@1": r["recall@1"],
        "recall@5": r["recall@5"],
        "mrr": r["mrr"],
        "extractive_p50_ms": e["p50_ms"],
        "extractive_p95_ms": e["p95_ms"],
        "extractive_thread_p50_ms": threaded["p50_ms"],
        "extractive_thread_p95_ms": threaded["p95_ms"],
        "missed@5": r["missed@5"],
        "refused": e["refused"],
        "load1": measure.load1(),
    }


def run(
    settings: Settings,
    articles: list[Path],
    base_docs: int,
    docs: list[distractors.Doc],
    sizes: list[int],
    folder: Path,
    measure_step: Callable[[], dict[str, Any]],
    log: Callable[[str], None],
) -> dict[str, Any]:
    """Add ``docs`` in steps of ``sizes`` distractors; measure after each."""
    steps: list[dict[str, Any]] = []
    written = 0
    stored = base_docs
    ingest_total = 0.0
    last_texts = 0
    last_seconds = 0.0
    sample_files: list[Path] = []
    for size in sizes:
        new = docs[written:size]
        distractors.write(new, folder)
        log(f"scale: ingesting {len(new)} more distractors ({size} in all)")
        report = pipeline.ingest([*articles, folder], settings)
        written = size
        stored += len(report.added)
        ingest_total += report.seconds
        passages, sents = measure.embedded_texts([folder / f"{d.name}.txt" for d in new], settings)
        last_texts, last_seconds = len(passages) + len(sents), report.seconds
        sample_files = [folder / f"{d.name}.txt" for d in new[::RAW_SAMPLE]]
        row = {
            "distractors": size,
            "documents": stored,
            "added": len(report.added),
            "skipped": len(report.skipped),
            "skipped_reasons": sorted({reason.split(": ", 1)[-1] for _, reason in report.skipped})[:5],
            "ingest_s": report.seconds,
            "ingest_passages": report.passages,
            "ingest_texts": last_texts,
            "ingest_passages_per_s": report.passages / report.seconds,
            "ingest_texts_per_s": last_texts / report.seconds,
        }
        log(f"scale: {report.summary()}; measuring")
        row.update(measure_step())
        steps.append(row)
    log("scale: re-ingesting the unchanged corpus")
    again = pipeline.ingest([*articles, folder], settings)
    raw = _raw_sample(settings, sample_files, last_texts, last_seconds)
    return {
        "steps": steps,
        "ingest_total_s": ingest_total,
        "reingest_s": again.seconds,
        "reingest_unchanged": len(again.unchanged),
        "reingest_ratio": again.seconds / ingest_total if ingest_total else None,
        "raw_sample": raw,
    }


def _raw_sample(settings: Settings, files: list[Path], texts: int, ingest_s: float) -> dict[str, Any]:
    """The raw embedder on a sample of the last step's texts, scaled by tokens to the whole step."""
    if not files:
        return {}
    model = get_embedder(settings.embedder)
    passages, sents = measure.embedded_texts(files, settings)
    sample = passages + sents
    seconds = measure.raw_embed_seconds(settings, sample)
    count = getattr(model, "token_count", None)
    return {
        "sample_texts": len(sample),
        "sample_s": seconds,
        "raw_texts_per_s": len(sample) / seconds,
        "ingest_texts_per_s": texts / ingest_s,
        "vs_raw": (texts / ingest_s) / (len(sample) / seconds),
        "sample_tokens": sum(count(t) for t in sample) if count else None,
    }


def plot(steps: list[dict[str, Any]], path: Path, note: str) -> None:
    """Query latency and recall@5 against corpus size."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    x = [s["documents"] for s in steps]
    fig, left = plt.subplots(figsize=(7, 4.2), dpi=120)
    left.plot(x, [s["retrieval_p50_ms"] for s in steps], "o-", color="tab:blue", label="retrieval p50")
    left.plot(x, [s["extractive_p50_ms"] for s in steps], "s-", color="tab:orange", label="extractive answer p50")
    left.plot(x, [s["extractive_p95_ms"] for s in steps], "s--", color="tab:orange", alpha=0.5, label="… p95")
    threaded = [s.get("extractive_thread_p50_ms") for s in steps]
    if all(t is not None for t in threaded):
        left.plot(x, threaded, "d-", color="tab:purple", label="extractive p50, worker thread (UI)")
    left.set_xscale("log")
    left.set_xlabel("documents in the store (log scale)")
    left.set_ylabel("latency, ms")
    left.set_ylim(bottom=0)
    right = left.twinx()
    right.plot(x, [s["recall@5"] for s in steps], "^-", color="tab:green", label="recall@5 (right axis)")
    right.set_ylabel("recall@5")
    right.set_ylim(0, 1.05)
    lines = left.get_legend_handles_labels()
    more = right.get_legend_handles_labels()
    left.legend(lines[0] + more[0], lines[1] + more[1], loc="center left", fontsize=7)
    left.set_title(f"artikelbot: latency and recall vs. corpus size\n{note}", fontsize=9)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
