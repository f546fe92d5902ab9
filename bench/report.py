"""The benchmark's markdown: one row per measure with its target, and the scale table.

A target row says ``pass`` or ``MISS``; a measure without a target says ``–``;
one that was not measured (skipped, failed) says ``n/a`` and why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Row = tuple[str, str, str, str]


def _get(report: dict[str, Any], path: str) -> Any:
    value: Any = report
    for key in path.split("."):
        if isinstance(value, list):
            value = value[int(key)] if value else None
        elif isinstance(value, dict):
            value = value.get(key)
        else:
            return None
    return value


def _why(report: dict[str, Any], path: str) -> str:
    section = report.get(path.split(".")[0])
    if isinstance(section, dict):
        for key in ("skipped", "error"):
            if section.get(key):
                return f"n/a ({section[key]})" if isinstance(section[key], str) else f"n/a ({section[key]!r})"
    return "n/a"


def rows(report: dict[str, Any]) -> list[Row]:
    last = "scale.steps.-1"
    if report.get("scale") and report["scale"].get("steps"):
        last = f"scale.steps.{len(report['scale']['steps']) - 1}"
    docs = _get(report, f"{last}.documents")
    n = _get(report, "ingest.articles") or "the"

    def ms(v: float) -> str:
        return f"{v:.0f} ms"

    def s(v: float) -> str:
        return f"{v:.2f} s"

    def mb(v: float) -> str:
        return f"{v:.0f} MiB"

    def x(v: float) -> str:
        return f"{v:.2f}×"

    def per_s(v: float) -> str:
        return f"{v:.1f}/s"

    def num(v: float) -> str:
        return f"{v:.3f}"

    def yes(v: Any) -> str:
        return "yes" if v else "no"

    spec: list[tuple[str, str, Callable[[Any], str], str, Callable[[Any], bool] | None]] = [
        (f"retrieval p50, {n} articles", "retrieval.p50_ms", ms, "", None),
        (f"retrieval p95, {n} articles", "retrieval.p95_ms", ms, "", None),
        (f"extractive answer p50, {n} articles (warm)", "extractive.p50_ms", ms, "≤ 100 ms", lambda v: v <= 100),
        (f"extractive answer p95, {n} articles (warm)", "extractive.p95_ms", ms, "", None),
        (f"extractive answer p50, {n} articles, worker thread (as in the UI)", "extractive_thread.p50_ms", ms,
         "≤ 100 ms", lambda v: v <= 100),
        (f"extractive answer p50, {docs} documents", f"{last}.extractive_p50_ms", ms, "≤ 250 ms", lambda v: v <= 250),
        (f"extractive answer p95, {docs} documents", f"{last}.extractive_p95_ms", ms, "", None),
        (f"extractive answer p50, {docs} documents, worker thread (as in the UI)", f"{last}.extractive_thread_p50_ms",
         ms, "≤ 250 ms", lambda v: v <= 250),
        (f"retrieval p50, {docs} documents", f"{last}.retrieval_p50_ms", ms, "", None),
        ("test model: load", "model.load_s", s, "", None),
        ("test model: first token after model loaded, p50", "model.first_token_p50_ms", ms, "≤ 1500 ms",
         lambda v: v <= 1500),
        ("test model: raw `model.generate` tokens/s", "model.raw_tokens_per_s", per_s, "", None),
        ("test model: `Generator.stream` tokens/s", "model.stream_tokens_per_s", per_s, "", None),
        ("test model: streamed in the answer step, tokens/s", "model.answer_tokens_per_s", per_s, "", None),
        ("test model: answer step ÷ raw generate", "model.answer_vs_raw", x, "≥ 0.90×", lambda v: v >= 0.9),
        ("test model: `Generator.stream` ÷ raw generate", "model.stream_vs_raw", x, "≥ 0.90×", lambda v: v >= 0.9),
        (f"ingest, {n} articles: first ingest", "ingest.first_s", s, "", None),
        (f"ingest, {n} articles: passages/s", "ingest.passages_per_s", per_s, "", None),
        (f"ingest, {n} articles: embedded texts/s (passages + sentences)", "ingest.texts_per_s", per_s, "", None),
        ("embedder raw on the same texts, texts/s", "ingest.raw_texts_per_s", per_s, "", None),
        (f"ingest ÷ raw embedder, {n} articles", "ingest.vs_raw", x, "≥ 0.90×", lambda v: v >= 0.9),
        (f"ingest ÷ raw embedder, last step to {docs} documents (sampled)", "scale.raw_sample.vs_raw", x,
         "≥ 0.90×", lambda v: v >= 0.9),
        (f"re-ingest unchanged ÷ first ingest, {n} articles", "ingest.reingest_ratio", num, "≤ 0.10",
         lambda v: v <= 0.1),
        (f"re-ingest unchanged ÷ first ingest, {docs} documents", "scale.reingest_ratio", num, "≤ 0.10",
         lambda v: v <= 0.1),
        (f"re-ingest unchanged, {docs} documents", "scale.reingest_s", s, "", None),
        ("`bot ask` extractive, cold process p50", "cold.p50_s", s, "≤ 4 s", lambda v: v <= 4),
        ("`bot ask` extractive imports torch", "cold.imported.torch", yes, "no", lambda v: not v),
        ("`bot ask` extractive peak RSS", "cold.peak_rss_mb", mb, "≤ 1024 MiB", lambda v: v <= 1024),
        ("`bot ask` extractive, cold, question left to lingua", "cold_lingua.p50_s", s, "≤ 4 s", lambda v: v <= 4),
        (f"`bot ask` extractive, cold, {docs} documents", "scale.cold.p50_s", s, "", None),
        (f"`bot ask` extractive peak RSS, {docs} documents", "scale.cold.peak_rss_mb", mb, "", None),
        ("UI: process start to HTTP 200", "ui.ready_s", s, "≤ 10 s", lambda v: v <= 10),
        ("UI extractive peak RSS (start + one answer)", "ui.peak_rss_mb", mb, "≤ 1536 MiB", lambda v: v <= 1536),
        (f"recall@5, {n} articles", "retrieval.recall@5", num, "", None),
        (f"recall@5, {docs} documents", f"{last}.recall@5", num, "", None),
        ("recall@5 with distractors ÷ without", "scale.recall_ratio", num, "≥ 0.97", lambda v: v >= 0.97),
        (f"store on disk, {docs} documents", f"{last}.store_mb", mb, "", None),
        (f"ingest time, {n} → {docs} documents", "scale.ingest_total_s", s, "", None),
    ]  # fmt: skip
    out: list[Row] = []
    for label, path, fmt, target, check in spec:
        value = _get(report, path)
        if value is None:
            out.append((label, _why(report, path), target or "", "n/a" if target else "–"))
            continue
        verdict = "–" if check is None else ("pass" if check(value) else "MISS")
        out.append((label, fmt(value), target or "", verdict))
    return out


def table(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        f"artikelbot benchmark — {m['cpus']} cores, load average {m['load_start']} at start, "
        f"{m.get('load_end', '?')} at end ({'smoke run' if report['config']['smoke'] else 'full run'}, "
        f"{report.get('seconds', 0):.0f} s)",
        "",
        "| measure | value | target | result |",
        "|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows(report)]
    scale = report.get("scale") or {}
    if scale.get("steps"):
        lines += [
            "",
            f"Scale: distractors are {scale.get('source', '?')}.",
            "",
            "| documents | passages | ingest s | passages/s | store MiB | Bot start s | retrieval p50/p95 ms "
            "| answer p50/p95 ms | answer in a worker thread p50/p95 ms | recall@5 | missed@5 | load |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for st in scale["steps"]:
            ingest = f"{st['ingest_s']:.1f}" if st.get("ingest_s") is not None else "–"
            rate = f"{st['ingest_passages_per_s']:.1f}" if st.get("ingest_passages_per_s") else "–"
            threaded = (
                f"{st['extractive_thread_p50_ms']:.0f} / {st['extractive_thread_p95_ms']:.0f}"
                if st.get("extractive_thread_p50_ms") is not None
                else "–"
            )
            lines.append(
                f"| {st['documents']} | {st['passages']} | {ingest} | {rate} | {st['store_mb']:.1f} "
                f"| {st['bot_load_s']:.2f} | {st['retrieval_p50_ms']:.0f} / {st['retrieval_p95_ms']:.0f} "
                f"| {st['extractive_p50_ms']:.0f} / {st['extractive_p95_ms']:.0f} | {threaded} "
                f"| {st['recall@5']:.3f} | {', '.join(st.get('missed@5') or []) or '–'} | {st['load1']} |"
            )
    probe = report.get("embed_probe") or {}
    if probe and not probe.get("error"):
        lines += [
            "",
            "Embedder in a fresh process, by OpenMP setting (same cores, back to back):",
            "",
            "| setting | query embedding p50 ms | batch of 32, texts/s |",
            "|---|---|---|",
        ]
        batch = report.get("batch_probe") or {}
        if batch.get("error"):
            batch = {}
        if batch:
            lines[-2] = lines[-2] + " `bot ask --batch` answer p50 / p95 ms |"
            lines[-1] = "|---|---|---|---|"
        for name, v in probe.items():
            row = "| error | error |" if "error" in v else f"| {v['query_p50_ms']:.1f} | {v['batch_texts_per_s']:.1f} |"
            if batch:
                b = batch.get(name) or {}
                row += f" {b['p50_ms']:.0f} / {b['p95_ms']:.0f} |" if "p50_ms" in b else " error |"
            lines.append(f"| {name} {row}")
    if report.get("notes"):
        lines.append("")
    for note in report.get("notes", []):
        lines.append(f"- {note}")
    return "\n".join(lines)
