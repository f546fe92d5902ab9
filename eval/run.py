"""``make eval``: how good artikelbot is on the held-out set, next to a stock llama-index peer.

Builds a fresh store of data/articles in a temporary folder, then measures:
retrieval recall@1/3/5 and MRR (a passage that holds at least half of the
gold quote counts), answers (key facts present, refusal accuracy, language
match), citations (ALCE-style recall and precision by the project's verifier)
and claim-check accuracy, for each generator available offline. The peer is
llama-index's stock pipeline — VectorStoreIndex over ChromaVectorStore with
the same embedder and SentenceSplitter defaults — scored on the same
questions. Prints one table and writes eval/results/report.json.

``--sweep`` also measures retrieval for other passage sizes and BM25
weights, to choose the defaults. ``--smoke`` runs a handful of questions.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import lang, numbers  # noqa: E402
from bot.answer import Bot  # noqa: E402
from bot.settings import Settings, load_settings  # noqa: E402
from ingest import pipeline  # noqa: E402

QUESTIONS = ROOT / "eval" / "questions.jsonl"
CLAIMS = ROOT / "eval" / "claims.jsonl"
RESULTS = ROOT / "eval" / "results"


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_spans(bot: Bot, item: dict[str, Any]) -> list[tuple[str, int, int]]:
    spans = []
    for g in item["gold"]:
        article = bot.store.get_article(g["doc_id"])
        if article is None:
            continue
        start = article.text.find(g["quote"])
        if start >= 0:
            spans.append((g["doc_id"], start, start + len(g["quote"])))
    return spans


def hit(passage: Any, spans: list[tuple[str, int, int]]) -> bool:
    for doc_id, s, e in spans:
        overlap = min(e, passage.end) - max(s, passage.start)
        if passage.doc_id == doc_id and overlap >= 0.5 * (e - s):
            return True
    return False


def retrieval(bot: Bot, items: list[dict[str, Any]], search: Any) -> dict[str, float]:
    ranks, times, sizes = [], [], []
    for item in items:
        spans = gold_spans(bot, item)
        t = time.perf_counter()
        found = search(item["question"], item["lang"])
        times.append((time.perf_counter() - t) * 1000)
        rank = next((i + 1 for i, p in enumerate(found) if hit(p, spans)), None)
        ranks.append(rank)
        sizes.extend(len(p.text) for p in found[:5])
    n = len(ranks)
    return {
        "questions": n,
        "recall@1": sum(1 for r in ranks if r and r <= 1) / n,
        "recall@3": sum(1 for r in ranks if r and r <= 3) / n,
        "recall@5": sum(1 for r in ranks if r and r <= 5) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
        "p50_ms": statistics.median(times),
        "chars_per_passage": statistics.mean(sizes) if sizes else 0.0,
        "p95_ms": sorted(times)[int(0.95 * (n - 1))],
    }


def fact_present(fact: str, text: str) -> bool:
    if fact.lower() in text.lower():
        return True
    want = numbers.quantities(fact)
    have = numbers.quantities(text)
    return bool(want) and all(any(w.matches(h) for h in have) for w in want)


def answers(bot: Bot, items: list[dict[str, Any]], mode: str) -> dict[str, Any]:
    rows = []
    for item in items:
        a = bot.answer(item["question"], mode=mode)
        support_text = a.text + " " + " ".join(c.passage.text for c in a.citations)
        facts = item["facts"]
        rows.append(
            {
                "id": item["id"],
                "answerable": item["answerable"],
                "refused": a.refused,
                "facts": sum(fact_present(f, a.text) for f in facts) / len(facts) if facts else None,
                "facts_in_sources": sum(fact_present(f, support_text) for f in facts) / len(facts) if facts else None,
                "language_ok": a.language == item["lang"] and _answer_language_ok(a, item["lang"]),
                "statements": [s.verdict for s in a.statements],
                "citations": [c.supported for c in a.citations],
                "total_ms": a.timings.get("total_ms", 0.0),
                "note": [n for n in a.notes if n.startswith("refused")],
            }
        )
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    answered = [r for r in answerable if not r["refused"]]
    sentences = [v for r in rows if not r["refused"] for v in r["statements"]]
    cites = [c for r in rows if not r["refused"] for c in r["citations"] if c is not None]
    return {
        "mode": mode,
        "answerable_answered": len(answered) / max(1, len(answerable)),
        "unanswerable_refused": sum(r["refused"] for r in unanswerable) / max(1, len(unanswerable)),
        "refusal_accuracy": (sum(not r["refused"] for r in answerable) + sum(r["refused"] for r in unanswerable))
        / len(rows),
        "facts_in_answer": statistics.mean(r["facts"] for r in answered) if answered else 0.0,
        "facts_in_cited_sources": statistics.mean(r["facts_in_sources"] for r in answered) if answered else 0.0,
        "language_match": sum(r["language_ok"] for r in rows) / len(rows),
        "citation_recall": sum(v == "supported" for v in sentences) / max(1, len(sentences)),
        "citation_precision": sum(bool(c) for c in cites) / max(1, len(cites)),
        "answer_p50_ms": statistics.median(r["total_ms"] for r in rows),
        "wrong_refusals": [r["id"] for r in answerable if r["refused"]],
        "missed_refusals": [r["id"] for r in unanswerable if not r["refused"]],
        "rows": rows,
    }


def _answer_language_ok(answer: Any, expected: str) -> bool:
    if answer.mode in ("extractive", "refusal"):
        return answer.language == expected  # quotes stay German by design; the frame is in the question's language
    body = " ".join(s.text for s in answer.statements) or answer.text
    return lang.detect(body).language == expected


def peer(settings: Settings, items: list[dict[str, Any]], bot: Bot) -> dict[str, float]:
    """The stock llama-index pipeline with the same embedder, scored like this project."""
    import chromadb
    from llama_index.core import Document, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from bot.embed import get_embedder
    from bot.records import Passage

    client = chromadb.EphemeralClient(settings=chromadb.Settings(anonymized_telemetry=False))
    collection = client.get_or_create_collection("peer")
    store = ChromaVectorStore(chroma_collection=collection)
    docs = []
    for doc_id in sorted(bot.store.article_index()):
        article = bot.store.get_article(doc_id)
        assert article is not None
        docs.append(Document(text=article.text, doc_id=doc_id, metadata={"doc_id": doc_id, "title": article.title}))
    t = time.perf_counter()
    index = VectorStoreIndex.from_documents(
        docs,
        storage_context=StorageContext.from_defaults(vector_store=store),
        embed_model=get_embedder(settings.embedder),
        transformations=[SentenceSplitter()],
    )
    ingest_s = time.perf_counter() - t
    retriever = index.as_retriever(similarity_top_k=5)

    def search(question: str, language: str) -> list[Passage]:
        out = []
        for n in retriever.retrieve(question):
            node = n.node
            start = getattr(node, "start_char_idx", None) or 0
            end = getattr(node, "end_char_idx", None) or start
            out.append(Passage(node.node_id, node.metadata["doc_id"], "", node.get_content(), start, end, n.score or 0))
        return out

    result = retrieval(bot, items, search)
    result["ingest_s"] = ingest_s

    # What the peer cites: CitationQueryEngine re-splits the retrieved nodes into numbered 512-token sources.
    from llama_index.core.llms import MockLLM
    from llama_index.core.query_engine import CitationQueryEngine

    engine = CitationQueryEngine(retriever, llm=MockLLM())
    texts = {
        doc_id: (bot.store.get_article(doc_id) or Passage("", "", "", "", 0, 0)).text
        for doc_id in bot.store.article_index()
    }

    def cited(question: str, language: str) -> list[Passage]:
        out = []
        for n in engine._create_citation_nodes(retriever.retrieve(question)):
            text = n.node.get_content().split("\n", 1)[1].strip()
            doc_id = n.node.metadata["doc_id"]
            start = max(0, texts[doc_id].find(text))
            out.append(Passage(n.node.node_id, doc_id, "", text, start, start + len(text), n.score or 0))
        return out

    result["as_cited"] = retrieval(bot, items, cited)
    return result


def build(settings: Settings) -> Bot:
    pipeline.ingest([ROOT / "data" / "articles"], settings)
    return Bot(settings)


CLAIM_SPLITS = {
    "dev": CLAIMS,
    "test": ROOT / "eval" / "claims_test.jsonl",
    "mixed": ROOT / "eval" / "mixed" / "claims.jsonl",
}
MIXED_ARTICLES = ROOT / "eval" / "mixed" / "articles"
SUPPORTED_KINDS = ("true", "paraphrase")


def claims(bot: Bot, items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Claim-check accuracy overall and per kind, next to two naive baselines: "supported iff the
    closest sentence of the article is at least ``support_threshold`` similar" and "never supported"."""
    from bot.check import check_claim

    rows = []
    threshold = bot.settings.support_threshold
    for item in items:
        result = check_claim(bot, item["claim"], doc_id=item["doc_id"])
        vector = bot.embedder.get_query_embedding(item["claim"])
        nearest = bot.store.nearest_sentences(vector, 1, item["doc_id"])
        similar = "supported" if nearest and nearest[0][1] >= threshold else "not_supported"
        rows.append(
            {
                "id": item["id"],
                "kind": item["kind"],
                "label": item["label"],
                # a claim is supported when all its statements are ("partly" counts as not supported)
                "verdict": "supported" if result.verdict == "supported" else "not_supported",
                "similarity": similar,
                "reasons": [r for st in result.statements for r in st.reasons],
            }
        )

    def score(subset: list[dict[str, Any]], key: str) -> float:
        return sum(r[key] == r["label"] for r in subset) / len(subset) if subset else 0.0

    kinds = sorted({r["kind"] for r in rows})
    groups = {"all": rows, **{k: [r for r in rows if r["kind"] == k] for k in kinds}}
    groups["supported claims"] = [r for r in rows if r["label"] == "supported"]
    return {
        "claims": len(rows),
        "accuracy": score(rows, "verdict"),
        "by_kind": {k: score(v, "verdict") for k, v in groups.items() if k != "all"},
        "table": {
            k: {
                "n": len(v),
                "artikelbot": score(v, "verdict"),
                "similarity": score(v, "similarity"),
                "never": sum(r["label"] == "not_supported" for r in v) / len(v) if v else 0.0,
            }
            for k, v in groups.items()
        },
        "wrong": [r["id"] for r in rows if r["verdict"] != r["label"]],
        "rows": rows,
    }


def claim_table(results: dict[str, dict[str, Any]]) -> str:
    """Per kind, each split side by side: artikelbot, the similarity baseline, "never supported"."""
    splits = list(results)
    kinds = list(dict.fromkeys(k for r in results.values() for k in r["table"]))
    kinds = ["all", "supported claims"] + [k for k in kinds if k not in ("all", "supported claims")]
    head = "| kind | " + " | ".join(f"{s} n | {s} artikelbot | {s} similarity | {s} never" for s in splits) + " |"
    lines = [head, "|---|" + "---|" * (4 * len(splits))]
    for kind in kinds:
        cells = []
        for s in splits:
            t = results[s]["table"].get(kind)
            if t:
                cells += [str(t["n"]), f"{t['artikelbot']:.2f}", f"{t['similarity']:.2f}", f"{t['never']:.2f}"]
            else:
                cells += ["–"] * 4
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def claims_only(args: argparse.Namespace) -> int:
    """``--claims-only``: the claim check on each split, in stores built (or refreshed) once."""
    splits = [s.strip() for s in args.splits.split(",") if s.strip()]
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = args.store or Path(tmp)
        bots: dict[str, Bot] = {}
        for split in splits:
            folders = [ROOT / "data" / "articles"] + ([MIXED_ARTICLES] if split == "mixed" else [])
            key = "mixed" if split == "mixed" else "seeds"
            if key not in bots:
                settings = load_settings(store=base / f"claims-{key}")
                pipeline.ingest(folders, settings)
                bots[key] = Bot(settings)
            items = read(CLAIM_SPLITS[split])
            result = claims(bots[key], items)
            assert result is not None
            results[split] = result
            print(f"{split}: accuracy {result['accuracy']:.2f} over {result['claims']} claims; wrong {result['wrong']}")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "claims.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(claim_table(results))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--smoke", action="store_true", help="a handful of questions, for CI")
    ap.add_argument("--sweep", action="store_true", help="also try other passage sizes and BM25 weights")
    ap.add_argument("--no-llm", action="store_true", help="skip the offline test model (the slow part)")
    ap.add_argument("--out", type=Path, default=RESULTS, help="folder for report.json")
    ap.add_argument("--claims-only", action="store_true", help="only the claim check, per split and kind")
    ap.add_argument("--splits", default="dev,test,mixed", help="claim splits for --claims-only: dev, test, mixed")
    ap.add_argument("--store", type=Path, help="folder for the --claims-only stores (kept, refreshed each run)")
    args = ap.parse_args()
    if args.claims_only:
        return claims_only(args)
    questions = read(QUESTIONS)
    claim_items = read(CLAIMS)
    if args.smoke:
        questions = questions[:4] + [q for q in questions if not q["answerable"]][:2]
        claim_items = claim_items[:4]
    report: dict[str, Any] = {"questions": len(questions), "claims": len(claim_items)}
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(store=Path(tmp) / "chroma")
        bot = build(settings)
        report["settings"] = {k: str(v) for k, v in settings.model_dump().items() if k not in ("llm_api_key",)}
        answerable = [q for q in questions if q["answerable"]]
        report["retrieval"] = retrieval(bot, answerable, lambda q, lg: bot.retriever.search(q, lg)[0])
        report["retrieval_dense_only"] = retrieval(
            bot, answerable, lambda q, lg: bot.retriever.dense(bot.embedder.get_query_embedding(q), 5)
        )
        report["peer"] = peer(settings, answerable, bot)
        report["answers"] = {"extractive": answers(bot, questions, "extractive")}
        if not args.no_llm:
            # the offline test model: poor answers, but the real generate → cite → verify path
            llm_settings = settings.model_copy(
                update={"llm_model": "smollm2-test", "mode": "llm", "max_new_tokens": 96}
            )
            llm_bot = Bot(llm_settings)
            asked = questions[:1] + [q for q in questions if not q["answerable"]][:1] if args.smoke else questions
            report["answers"]["smollm2-test"] = answers(llm_bot, asked, "llm")
        report["claims"] = claims(bot, claim_items)
        if args.sweep:
            report["sweep"] = sweep(tmp, answerable)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(table(report))
    return 0


def sweep(tmp: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for size in (96, 128, 160, 256):
        settings = load_settings(store=Path(tmp) / f"sweep{size}", chunk_size=size, chunk_overlap=size // 5)
        bot = build(settings)
        for de in (0.0, 0.5, 1.0):
            for en in (0.0, 0.3, 0.6):
                s = settings.model_copy(update={"bm25_weight_de": de, "bm25_weight_en": en})
                bot.retriever.settings = s
                r = retrieval(bot, items, lambda q, lg, b=bot: b.retriever.search(q, lg)[0])
                out.append({"chunk_size": size, "bm25_de": de, "bm25_en": en, **r})
    return out


def table(report: dict[str, Any]) -> str:
    r, d, p = report["retrieval"], report["retrieval_dense_only"], report["peer"]
    lines = [
        f"artikelbot evaluation — {report['questions']} questions, {report['claims']} claims",
        "",
        "| retrieval | recall@1 | recall@3 | recall@5 | MRR | p50 ms | characters per passage |",
        "|---|---|---|---|---|---|---|",
    ]
    rows = (("artikelbot (hybrid)", r), ("dense only", d), ("peer: llama-index stock (nodes)", p))
    if p.get("as_cited"):
        rows += (("peer: as CitationQueryEngine cites", p["as_cited"]),)
    for name, x in rows:
        lines.append(
            f"| {name} | {x['recall@1']:.2f} | {x['recall@3']:.2f} | {x['recall@5']:.2f} | {x['mrr']:.2f} "
            f"| {x['p50_ms']:.0f} | {x.get('chars_per_passage', 0):.0f} |"
        )
    lines += [
        "",
        "| answers | answered (answerable) | refused (unanswerable) | refusal acc. | facts in answer "
        "| language | citation recall | citation precision | p50 ms |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, a in report["answers"].items():
        lines.append(
            f"| {name} | {a['answerable_answered']:.2f} | {a['unanswerable_refused']:.2f} | "
            f"{a['refusal_accuracy']:.2f} | {a['facts_in_answer']:.2f} | {a['language_match']:.2f} | "
            f"{a['citation_recall']:.2f} | {a['citation_precision']:.2f} | {a['answer_p50_ms']:.0f} |"
        )
    for name, a in report["answers"].items():
        lines.append(f"{name}: wrongly refused {a['wrong_refusals']}; wrongly answered {a['missed_refusals']}")
    if report.get("claims"):
        c = report["claims"]
        lines.append(f"claim check: accuracy {c['accuracy']:.2f} over {c['claims']} claims; by kind {c['by_kind']}")
    if report.get("sweep"):
        lines += ["", "| chunk | bm25 de | bm25 en | recall@1 | recall@5 | MRR |", "|---|---|---|---|---|---|"]
        for s in report["sweep"]:
            lines.append(
                f"| {s['chunk_size']} | {s['bm25_de']} | {s['bm25_en']} | {s['recall@1']:.2f} | "
                f"{s['recall@5']:.2f} | {s['mrr']:.2f} |"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
