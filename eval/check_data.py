#!/usr/bin/env python3
"""Validate the hand-written evaluation data (questions.jsonl, claims.jsonl).

Usage:
    python eval/check_data.py [ARTICLES_DIR]

ARTICLES_DIR defaults to <repo>/../shared/articles, i.e.
Path(__file__).resolve().parents[2] / "shared" / "articles".
Standard library only. Prints one summary line per file; exits 1 on any problem.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "articles"

LANGS = {"de", "en"}
Q_KINDS = {"single", "multi", "unanswerable"}
C_KINDS = {"true", "paraphrase", "number_altered", "name_swapped", "negation", "wrong_article", "date_altered"}
SUPPORTED_KINDS = {"true", "paraphrase"}
LABELS = {"supported", "not_supported"}

MIN_QUESTIONS, MIN_MULTI, MIN_UNANSWERABLE = 48, 6, 8
MIN_CLAIMS, MIN_PER_CLAIM_KIND = 40, 4
MIN_SINGLE_PER_DOC = 3  # "several questions per article"
LANG_SHARE = (0.40, 0.60)  # "about half German, half English"
SUPPORTED_SHARE = (0.35, 0.55)  # "roughly 45% supported"
QUOTE_LEN = (40, 250)
EVIDENCE_LEN = (30, 300)
MAX_FACT_LEN = 40

# Page furniture that gold quotes / evidence must never come from.
FURNITURE = [
    "Lesedauer",
    "Home / Blog",
    "Antworten\n",
    "Hinterlassen Sie einen Kommentar",
    "Wollen Sie an der Diskussion",
    "Feel free to contribute",
    "Schreibe einen Kommentar",
    "E-Mail-Adresse",
    "Erforderliche Felder",
    "Newsletter",
    "Tiefer eintauchen",
    "BSI Customer Suite",
    "sieben Produkten aus einem Guss",
    "bsi.",
    "Head of Marketing",
    "#news",
    "Via T3N",
    " date 2018-12",
]

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def load_jsonl(path: Path) -> list[dict]:
    rows = []
    if not path.is_file():
        err(f"{path.name}: file not found at {path}")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{path.name}:{n}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{path.name}:{n}: invalid JSON ({e})")
                continue
            if not isinstance(obj, dict):
                err(f"{path.name}:{n}: not a JSON object")
                continue
            rows.append(obj)
    return rows


def check_span(where: str, text: object, doc_id: object, articles: dict[str, str], lo: int, hi: int) -> None:
    """text must be an exact, single-line substring of the article doc_id, not page furniture."""
    if doc_id not in articles:
        err(f"{where}: unknown doc_id {doc_id!r}")
        return
    if not isinstance(text, str) or not text.strip():
        err(f"{where}: empty or non-string span")
        return
    if text not in articles[doc_id]:
        err(f"{where}: not an exact substring of {doc_id}.txt: {text!r}")
    if "\n" in text:
        err(f"{where}: span crosses a line break")
    if text != text.strip():
        err(f"{where}: span has leading/trailing whitespace")
    if not lo <= len(text) <= hi:
        err(f"{where}: span length {len(text)} outside {lo}-{hi}")
    for marker in FURNITURE:
        if marker in text:
            err(f"{where}: span contains page furniture ({marker!r})")


def share_ok(where: str, what: str, n: int, total: int, bounds: tuple[float, float]) -> None:
    share = n / total if total else 0.0
    if not bounds[0] <= share <= bounds[1]:
        err(f"{where}: {what} share {share:.0%} outside {bounds[0]:.0%}-{bounds[1]:.0%}")


def check_ids(name: str, rows: list[dict], prefix: str) -> None:
    ids = [r.get("id") for r in rows]
    for i in ids:
        if not isinstance(i, str) or not i.startswith(prefix):
            err(f"{name}: bad id {i!r} (expected '{prefix}NN')")
    for i, n in Counter(ids).items():
        if n > 1:
            err(f"{name}: duplicate id {i!r} ({n}x)")


def check_questions(rows: list[dict], articles: dict[str, str]) -> str:
    name = "questions.jsonl"
    check_ids(name, rows, "q")
    fields = {"id", "question", "lang", "answerable", "gold", "facts", "kind"}
    kinds, langs = Counter(), Counter()
    single_docs = Counter()
    texts = Counter()
    for r in rows:
        qid = r.get("id", "?")
        where = f"{name} {qid}"
        if set(r) != fields:
            err(f"{where}: fields {sorted(r)} != {sorted(fields)}")
            continue
        q, lang, kind, gold, facts = r["question"], r["lang"], r["kind"], r["gold"], r["facts"]
        if not isinstance(q, str) or len(q.strip()) < 10:
            err(f"{where}: question missing or too short")
        texts[q] += 1
        if lang not in LANGS:
            err(f"{where}: lang {lang!r} not in {sorted(LANGS)}")
        if kind not in Q_KINDS:
            err(f"{where}: kind {kind!r} not in {sorted(Q_KINDS)}")
            continue
        if not isinstance(gold, list) or not isinstance(facts, list):
            err(f"{where}: gold and facts must be lists")
            continue
        kinds[kind] += 1
        langs[lang] += 1
        if kind == "unanswerable":
            if r["answerable"] is not False:
                err(f"{where}: unanswerable question must have answerable=false")
            if gold or facts:
                err(f"{where}: unanswerable question must have empty gold and facts")
            continue
        if r["answerable"] is not True:
            err(f"{where}: {kind} question must have answerable=true")
        want = 1 if kind == "single" else 2
        if len(gold) != want:
            err(
                f"{where}: {kind} question needs exactly {want} gold entr{'y' if want == 1 else 'ies'}, has {len(gold)}"
            )
        docs = []
        for j, g in enumerate(gold):
            if not isinstance(g, dict) or set(g) != {"doc_id", "quote"}:
                err(f"{where} gold[{j}]: must be an object with doc_id and quote")
                continue
            docs.append(g["doc_id"])
            check_span(f"{where} gold[{j}]", g["quote"], g["doc_id"], articles, *QUOTE_LEN)
        if kind == "multi" and len(set(docs)) != 2:
            err(f"{where}: multi question must cite two different articles, got {docs}")
        if kind == "single" and docs:
            single_docs[docs[0]] += 1
        if not facts:
            err(f"{where}: answerable question needs at least one fact")
        quotes = [g["quote"].casefold() for g in gold if isinstance(g, dict) and isinstance(g.get("quote"), str)]
        for fact in facts:
            if not isinstance(fact, str) or not fact.strip() or len(fact) > MAX_FACT_LEN:
                err(f"{where}: fact {fact!r} empty, not a string or longer than {MAX_FACT_LEN} chars")
                continue
            # facts use the article's own spelling, so each must occur in a gold quote
            if not any(fact.casefold() in qt for qt in quotes):
                err(f"{where}: fact {fact!r} does not occur in any gold quote")
        if kind == "multi":
            for j, qt in enumerate(quotes):
                if not any(isinstance(f, str) and f.casefold() in qt for f in facts):
                    err(f"{where}: gold[{j}] of a multi question contains none of the facts")
    for t, n in texts.items():
        if n > 1:
            err(f"{name}: question text repeated {n}x: {t!r}")
    total = len(rows)
    if total < MIN_QUESTIONS:
        err(f"{name}: {total} questions, need at least {MIN_QUESTIONS}")
    if kinds["multi"] < MIN_MULTI:
        err(f"{name}: {kinds['multi']} multi questions, need at least {MIN_MULTI}")
    if kinds["unanswerable"] < MIN_UNANSWERABLE:
        err(f"{name}: {kinds['unanswerable']} unanswerable questions, need at least {MIN_UNANSWERABLE}")
    for doc in sorted(articles):
        if single_docs[doc] < MIN_SINGLE_PER_DOC:
            err(f"{name}: article {doc} has {single_docs[doc]} single questions, need at least {MIN_SINGLE_PER_DOC}")
    share_ok(name, "German", langs["de"], total, LANG_SHARE)
    return (
        f"{name}: OK {total} questions | de={langs['de']} en={langs['en']} | "
        f"single={kinds['single']} multi={kinds['multi']} unanswerable={kinds['unanswerable']} | "
        f"singles per article: " + " ".join(f"{d[:3]}={single_docs[d]}" for d in sorted(articles))
    )


def check_claims(rows: list[dict], articles: dict[str, str]) -> str:
    name = "claims.jsonl"
    check_ids(name, rows, "c")
    fields = {"id", "claim", "lang", "doc_id", "label", "kind", "evidence"}
    kinds, langs, labels, docs = Counter(), Counter(), Counter(), Counter()
    texts = Counter()
    for r in rows:
        where = f"{name} {r.get('id', '?')}"
        if set(r) != fields:
            err(f"{where}: fields {sorted(r)} != {sorted(fields)}")
            continue
        claim, lang, label, kind = r["claim"], r["lang"], r["label"], r["kind"]
        if not isinstance(claim, str) or len(claim.strip()) < 10:
            err(f"{where}: claim missing or too short")
        texts[(claim, r["doc_id"])] += 1
        if lang not in LANGS:
            err(f"{where}: lang {lang!r} not in {sorted(LANGS)}")
        if label not in LABELS:
            err(f"{where}: label {label!r} not in {sorted(LABELS)}")
        if kind not in C_KINDS:
            err(f"{where}: kind {kind!r} not in {sorted(C_KINDS)}")
        elif label in LABELS:
            expected = "supported" if kind in SUPPORTED_KINDS else "not_supported"
            if label != expected:
                err(f"{where}: kind {kind!r} must have label {expected!r}, has {label!r}")
        kinds[kind] += 1
        langs[lang] += 1
        labels[label] += 1
        docs[r["doc_id"]] += 1
        check_span(f"{where} evidence", r["evidence"], r["doc_id"], articles, *EVIDENCE_LEN)
    for (t, d), n in texts.items():
        if n > 1:
            err(f"{name}: claim repeated {n}x for {d}: {t!r}")
    total = len(rows)
    if total < MIN_CLAIMS:
        err(f"{name}: {total} claims, need at least {MIN_CLAIMS}")
    for k in sorted(C_KINDS):
        if kinds[k] < MIN_PER_CLAIM_KIND:
            err(f"{name}: kind {k!r} has {kinds[k]} claims, need at least {MIN_PER_CLAIM_KIND}")
    for doc in sorted(articles):
        if docs[doc] == 0:
            err(f"{name}: no claim about article {doc}")
    share_ok(name, "German", langs["de"], total, LANG_SHARE)
    share_ok(name, "supported", labels["supported"], total, SUPPORTED_SHARE)
    return (
        f"{name}: OK {total} claims | de={langs['de']} en={langs['en']} | "
        f"supported={labels['supported']} not_supported={labels['not_supported']} | "
        + " ".join(f"{k}={kinds[k]}" for k in sorted(C_KINDS))
    )


def main(argv: list[str]) -> int:
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in {"-h", "--help"}):
        print(__doc__.strip())
        return 0 if len(argv) == 2 else 2
    articles_dir = Path(argv[1]) if len(argv) == 2 else DEFAULT_ARTICLES
    if not articles_dir.is_dir():
        print(f"FAIL: articles directory not found: {articles_dir}", file=sys.stderr)
        return 1
    articles = {p.stem: p.read_text(encoding="utf-8") for p in sorted(articles_dir.glob("*.txt"))}
    if not articles:
        print(f"FAIL: no *.txt articles in {articles_dir}", file=sys.stderr)
        return 1
    summaries = [
        check_questions(load_jsonl(HERE / "questions.jsonl"), articles),
        check_claims(load_jsonl(HERE / "claims.jsonl"), articles),
    ]
    if errors:
        for e in errors:
            print(f"FAIL: {e}", file=sys.stderr)
        print(f"FAIL: {len(errors)} problem(s) in the evaluation data", file=sys.stderr)
        return 1
    for line in summaries:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
