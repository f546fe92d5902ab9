"""``make bench``: how fast artikelbot is, and whether it stays good with 2,000+ distractors.

Measures, on a fresh store in a temporary folder: retrieval and whole
extractive-answer latency (p50/p95, warm); the offline test model's first token
and tokens/s through the answer step next to ``Generator.stream`` alone and raw
``model.generate`` on the same prompt; ingest throughput next to the
embedder's raw throughput on the same texts, and a re-ingest of the unchanged
corpus; cold ``python -m bot ask`` and the UI's start in fresh processes with
their peak RSS; and the scale run — the German manual pages of Debian's
``manpages-de``/``manpages-de-dev`` as distractors (rendered at benchmark
time, see ``bench/distractors.py``) added in steps, with ingest time, store
size, latency and recall@5 after each step, plotted to ``scale.png``.

Prints one markdown table and writes ``bench.json`` and ``bench.md`` to
``--out`` (``bench/results``). ``--smoke`` is the seconds-long version CI runs:
one article, a few questions, made-up distractors, no model, no UI. A
benchmark, not a test: it reports misses, it does not fail on them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TQDM_DISABLE", "1")  # the GGUF loader's progress bar
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from bench import distractors, measure, procs, report, scale  # noqa: E402
from bot.answer import Bot  # noqa: E402
from bot.settings import Settings, load_settings  # noqa: E402

ARTICLES = ROOT / "data" / "articles"
SMOKE_ARTICLE = "004_076a3b19f75f80d4"
COLD_QUESTION = "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?"
# No German or English function words: the language is left to lingua, whose models load on first use.
LINGUA_QUESTION = "Amazon Mitarbeiter Großraum Berlin?"
STEP = 500


def parse(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--smoke", action="store_true", help="seconds-long version for CI (no model, no UI, no apt)")
    ap.add_argument("--no-model", action="store_true", help="skip the test model")
    ap.add_argument("--no-ui", action="store_true", help="skip the UI start")
    ap.add_argument("--no-scale", action="store_true", help="skip the distractor corpus")
    ap.add_argument("--docs", type=int, default=2000, help="distractor documents (default 2000)")
    ap.add_argument("--chars", type=int, default=500, help="characters per distractor document (default 500)")
    ap.add_argument("--new-tokens", type=int, default=64, help="tokens the test model generates per answer")
    ap.add_argument("--model-questions", type=int, default=3, help="questions answered by the test model")
    ap.add_argument("--cold-runs", type=int, default=3, help="fresh `bot ask` processes")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="folder for bench.json, scale.png")
    args = ap.parse_args(argv)
    if args.smoke:
        args.no_model = args.no_ui = True
        args.cold_runs = 1
    return args


def log(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def guarded(name: str, measure_it: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """One section's result; a section that fails is recorded with its error and the run goes on."""
    try:
        return measure_it()
    except Exception as e:  # a benchmark reports a broken section instead of losing the others
        log(f"{name} failed:\n{traceback.format_exc()}")
        return {"error": f"{e.__class__.__name__}: {e}"[:300]}


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    began = time.perf_counter()
    ev = measure.eval_module()
    questions: list[dict[str, Any]] = ev.read(ev.SPLITS["dev"].questions)
    articles = [ARTICLES]
    if args.smoke:
        articles = [ARTICLES / f"{SMOKE_ARTICLE}.txt"]
        own = [q for q in questions if q["answerable"] and {g["doc_id"] for g in q["gold"]} == {SMOKE_ARTICLE}]
        questions = own[:4] + [q for q in questions if not q["answerable"]][:2]
    answerable = [q for q in questions if q["answerable"]]
    result: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_start": [round(x, 2) for x in os.getloadavg()],
            "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
        },
        "config": {
            "smoke": args.smoke,
            "questions": len(questions),
            "answerable": len(answerable),
            "docs": None if args.no_scale else args.docs,
            "chars": args.chars,
            "new_tokens": args.new_tokens,
        },
        "notes": [
            "Ingest embeds every passage and every sentence (the sentences collection); "
            "passages/s counts passages, texts/s counts both."
        ],
    }
    with tempfile.TemporaryDirectory(prefix="artikelbot-bench-") as tmp_name:
        tmp = Path(tmp_name)
        settings = load_settings(store=tmp / "chroma")
        run_all(args, settings, articles, questions, answerable, ev, result, tmp)
    result["machine"]["load_end"] = [round(x, 2) for x in os.getloadavg()]
    result["seconds"] = time.perf_counter() - began
    if isinstance(result.get("scale"), dict) and result["scale"].get("note"):
        result["notes"].append(result["scale"]["note"])
    result["notes"].append(
        f"Load average (1, 5, 15 min) {result['machine']['load_start']} at start and "
        f"{result['machine']['load_end']} at end on {os.cpu_count()} cores: above the core count, "
        "other work shared the cores and every timing here is slower than on an idle machine."
    )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    text = report.table(result)
    (args.out / "bench.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    log(f"wrote {args.out / 'bench.json'} in {result['seconds']:.0f} s")
    return 0


def run_all(
    args: argparse.Namespace,
    settings: Settings,
    articles: list[Path],
    questions: list[dict[str, Any]],
    answerable: list[dict[str, Any]],
    ev: Any,
    result: dict[str, Any],
    tmp: Path,
) -> None:
    log(f"ingest: {', '.join(p.name for p in articles)} (first, raw embedder, again)")
    result["ingest"] = measure.ingest_vs_raw(settings, articles)
    log(f"ingest: {result['ingest']['passages']} passages in {result['ingest']['first_s']:.1f} s")
    t = time.perf_counter()
    bot = Bot(settings)
    bot_load_s = time.perf_counter() - t
    log(f"answers: {len(answerable)} retrievals, {len(questions)} extractive answers")
    result["retrieval"] = measure.retrieval(bot, ev, answerable)
    result["extractive"] = measure.extractive(bot, questions)
    if not args.smoke:
        log("answers: the same extractive answers in a worker thread (as the UI runs them)")
        result["extractive_thread"] = measure.in_worker_thread(lambda b=bot: measure.extractive(b, questions))
    first_step = {
        "distractors": 0,
        "documents": result["ingest"]["articles"],
        "ingest_s": result["ingest"]["first_s"],
        "ingest_passages_per_s": result["ingest"]["passages_per_s"],
        "passages": bot.store.count(),
        "store_mb": scale.disk_mb(Path(settings.store)),
        "bot_load_s": bot_load_s,
        "retrieval_p50_ms": result["retrieval"]["p50_ms"],
        "retrieval_p95_ms": result["retrieval"]["p95_ms"],
        "recall@1": result["retrieval"]["recall@1"],
        "recall@5": result["retrieval"]["recall@5"],
        "mrr": result["retrieval"]["mrr"],
        "extractive_p50_ms": result["extractive"]["p50_ms"],
        "extractive_p95_ms": result["extractive"]["p95_ms"],
        "extractive_thread_p50_ms": (result.get("extractive_thread") or {}).get("p50_ms"),
        "extractive_thread_p95_ms": (result.get("extractive_thread") or {}).get("p95_ms"),
        "missed@5": result["retrieval"]["missed@5"],
        "refused": result["extractive"]["refused"],
        "load1": result["extractive"]["load1"],
    }
    del bot
    cold_question = COLD_QUESTION
    if args.no_model:
        result["model"] = {"skipped": "--smoke" if args.smoke else "--no-model"}
    else:
        log(f"test model: {args.model_questions} answers of {args.new_tokens} tokens, raw and streamed")
        result["model"] = guarded(
            "test model",
            lambda: measure.model(
                settings, answerable, lambda s, g: Bot(s, generator=g), args.new_tokens, args.model_questions
            ),
        )
    log(f"cold start: {args.cold_runs} × python -m bot ask --mode extractive")
    result["cold"] = guarded("cold", lambda: procs.cold_ask(Path(settings.store), cold_question, args.cold_runs, tmp))
    if not args.smoke:
        log("cold start: python -m bot ask with a question whose language lingua decides")
        result["cold_lingua"] = guarded(
            "cold, lingua", lambda: procs.cold_ask(Path(settings.store), LINGUA_QUESTION, 1, tmp)
        )
    if not args.smoke:
        log("embedder: query latency and batch throughput under OpenMP settings")
        result["embed_probe"] = guarded("embedder probe", lambda: procs.embed_probe(tmp))
        log("answers: bot ask --batch per OpenMP setting")
        result["batch_probe"] = guarded(
            "batch probe",
            lambda: procs.batch_answers(Path(settings.store), [q["question"] for q in questions], tmp),
        )
    if args.no_ui:
        result["ui"] = {"skipped": "--smoke" if args.smoke else "--no-ui"}
    else:
        log("UI: python -m bot ui until it serves, one answer over /ask")
        result["ui"] = guarded("UI", lambda: procs.ui(Path(settings.store), cold_question, tmp))
    if args.no_scale:
        result["scale"] = {"skipped": "--no-scale"}
        return
    result["scale"] = guarded(
        "scale", lambda: run_scale(args, settings, articles, questions, answerable, ev, first_step, tmp)
    )


def run_scale(
    args: argparse.Namespace,
    settings: Settings,
    articles: list[Path],
    questions: list[dict[str, Any]],
    answerable: list[dict[str, Any]],
    ev: Any,
    first_step: dict[str, Any],
    tmp: Path,
) -> dict[str, Any]:
    if args.smoke:
        docs = distractors.generated(6)
        source = "6 made-up German paragraphs (smoke)"
        stats: dict[str, Any] = {}
    else:
        log(f"scale: rendering the German manual pages ({args.docs} documents of ≤ {args.chars} characters)")
        try:
            docs, stats = distractors.manpage_docs(args.docs, args.chars)
        except distractors.Missing as e:
            return {"skipped": str(e)}
        source = (
            f"{len(docs)} documents from {stats['pages']} German manual pages of manpages-de and "
            f"manpages-de-dev (symlinked aliases left out), each at most {args.chars} characters: every "
            f"page's first {args.chars} characters, then the next {args.chars} of the longer pages"
        )
    sizes = sorted({min(STEP, len(docs)), len(docs)}) if not args.smoke else [3, len(docs)]

    def measure_step() -> dict[str, Any]:
        return scale.step(settings, Bot, ev, answerable, questions)

    ran = scale.run(settings, articles, first_step["documents"], docs, sizes, tmp / "distractors", measure_step, log)
    steps = [first_step, *ran.pop("steps")]
    out: dict[str, Any] = {"source": source, "chars": args.chars, **stats, "steps": steps, **ran}
    out["ingest_total_s"] = ran["ingest_total_s"] + first_step["ingest_s"]
    out["reingest_ratio"] = ran["reingest_s"] / out["ingest_total_s"]
    out["recall_ratio"] = steps[-1]["recall@5"] / steps[0]["recall@5"] if steps[0]["recall@5"] else None
    if not args.smoke:
        log("scale: cold python -m bot ask on the full store")
        out["cold"] = guarded("cold, full store", lambda: procs.cold_ask(Path(settings.store), COLD_QUESTION, 1, tmp))
    chars = sum(len(d.text) for d in docs)
    if stats.get("rendered_chars"):
        hours = ran["ingest_total_s"] * stats["rendered_chars"] / chars / 3600
        out["whole_pages_estimate_h"] = hours
        note = (
            f"Distractors are cut to {args.chars} characters: the whole pages ({stats['rendered_chars'] / 1e6:.1f} M "
            f"characters) would take about {hours:.1f} h to ingest at this run's rate on these cores."
        )
        out["note"] = note
    path = args.out / "scale.png"
    try:
        scale.plot(steps, path, f"German manual pages ≤ {args.chars} characters as distractors; {os.cpu_count()} cores")
        out["plot"] = str(path)
    except Exception as e:  # the numbers matter more than the picture
        out["plot"] = f"failed: {e.__class__.__name__}: {e}"
    return out


if __name__ == "__main__":
    sys.exit(main())
