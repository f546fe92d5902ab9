#!/usr/bin/env python3
"""Validate the mixed German/English eval data (standard library only).

Usage: python eval/mixed/check_mixed.py [SEED_ARTICLES_DIR]
SEED_ARTICLES_DIR defaults to <repo>/data/articles (the five German seed .txt files).
New articles are eval/mixed/articles/*.md; spans must lie in the body after the YAML front matter.
Prints counts per pair / kind / label; exits 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[1] / "data" / "articles"
FURNITURE = [
    "Lesedauer",
    "Home / Blog",
    "Hinterlassen Sie einen Kommentar",
    "Wollen Sie an der Diskussion",
    "Feel free to contribute",
    "Schreibe einen Kommentar",
    "E-Mail-Adresse",
    "Erforderliche Felder",
    "Newsletter",
    "Tiefer eintauchen",
    "BSI Customer Suite",
    "bsi.",
    "Head of Marketing",
    "#news",
    "Via T3N",
    " date 2018-12",
    "Share this article",
    "Related:",
    "Sign up",
    "**Q:**",
    "**A:**",
    "By Maya Castellanos |",
    "Opinion |",
]
PAIRS_ANS = {"de-de", "de-en", "en-de", "en-en"}
PAIRS_NONE = {"de-none", "en-none"}
Q_KINDS = {"single", "multi", "unanswerable"}
C_KINDS = {"paraphrase", "true", "number_altered", "comparative", "negation", "place_swapped", "role_swapped"}
errors: list[str] = []


def split_front(text: str) -> tuple[dict, str]:
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip().strip('"')
    return meta, text[m.end() :]


articles: dict[str, tuple[dict, str]] = {}
for p in sorted(SEEDS.glob("*.txt")):
    articles[p.stem] = split_front(p.read_text(encoding="utf-8"))
for p in sorted((HERE / "articles").glob("*.md")):
    meta, body = split_front(p.read_text(encoding="utf-8"))
    articles[p.stem] = (meta, body)
    for key in ("title", "date", "language"):
        if key not in meta:
            errors.append(f"{p.name}: front matter lacks {key}")
    words = len(body.split())
    if not 350 <= words <= 900:
        errors.append(f"{p.name}: {words} words (want 350-900)")


def lang_of(doc: str) -> str:
    return articles[doc][0].get("language", "?")


def check_span(where: str, doc: str, s: str, lo: int, hi: int) -> None:
    if doc not in articles:
        errors.append(f"{where}: unknown doc_id {doc}")
        return
    if "\n" in s or "\r" in s:
        errors.append(f"{where}: line break in span")
    if s not in articles[doc][1]:
        errors.append(f"{where}: span not an exact substring of {doc} body: {s!r}")
    if not lo <= len(s) <= hi:
        errors.append(f"{where}: span length {len(s)} outside {lo}-{hi}")
    for f in FURNITURE:
        if f.lower() in s.lower():
            errors.append(f"{where}: span contains furniture {f!r}")


def load(name: str) -> list[dict]:
    rows = [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = Counter(r["id"] for r in rows)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"{name}: duplicate id {i}")
    return rows


qs = load("questions.jsonl")
for r in qs:
    w = r["id"]
    if set(r) != {"id", "question", "lang", "answerable", "gold", "facts", "kind", "pair"}:
        errors.append(f"{w}: fields {sorted(r)}")
    if r["kind"] not in Q_KINDS:
        errors.append(f"{w}: kind {r['kind']}")
    qlang, _, tgt = r["pair"].partition("-")
    if r["lang"] != qlang:
        errors.append(f"{w}: lang {r['lang']} vs pair {r['pair']}")
    if r["kind"] == "unanswerable":
        if r["answerable"] or r["gold"] or r["facts"] or r["pair"] not in PAIRS_NONE:
            errors.append(f"{w}: unanswerable inconsistent")
        continue
    if not r["answerable"] or not r["gold"] or not r["facts"] or r["pair"] not in PAIRS_ANS:
        errors.append(f"{w}: answerable inconsistent")
    for g in r["gold"]:
        check_span(w, g["doc_id"], g["quote"], 40, 250)
        if g["doc_id"] in articles and lang_of(g["doc_id"]) != tgt:
            errors.append(f"{w}: pair {r['pair']} but {g['doc_id']} is {lang_of(g['doc_id'])}")
    for f in r["facts"]:
        if not any(f.lower() in g["quote"].lower() for g in r["gold"]):
            errors.append(f"{w}: fact {f!r} not in gold quotes")

cs = load("claims.jsonl")
for r in cs:
    w = r["id"]
    if r["kind"] not in C_KINDS:
        errors.append(f"{w}: kind {r['kind']}")
    if r["label"] not in {"supported", "not_supported"}:
        errors.append(f"{w}: label {r['label']}")
    if r["kind"] in {"paraphrase", "true"} and r["label"] != "supported":
        errors.append(f"{w}: {r['kind']} must be supported")
    if r["kind"] in {"number_altered", "negation", "place_swapped", "role_swapped"} and r["label"] != "not_supported":
        errors.append(f"{w}: {r['kind']} must be not_supported")
    check_span(w, r["doc_id"], r["evidence"], 30, 300)
    if r.get("pair") and r["doc_id"] in articles and r["pair"] != f"{r['lang']}-{lang_of(r['doc_id'])}":
        errors.append(f"{w}: pair {r['pair']} inconsistent")

pair_n = Counter(r["pair"] for r in qs)
for p in PAIRS_ANS:
    if pair_n[p] < 10:
        errors.append(f"questions: only {pair_n[p]} for pair {p}")
if sum(pair_n[p] for p in PAIRS_NONE) < 8:
    errors.append("questions: fewer than 8 unanswerable")
if len(qs) < 48 or len(cs) < 16 or sum(r["label"] == "supported" for r in cs) < 7:
    errors.append("too few questions / claims / supported claims")

print(f"articles: {sorted(k for k in articles)}")
print(f"questions: {len(qs)}  per pair {dict(sorted(pair_n.items()))}  per kind {dict(Counter(r['kind'] for r in qs))}")
print(f"claims: {len(cs)}  per pair {dict(sorted(Counter(r['pair'] for r in cs).items()))}")
print(f"  per kind {dict(Counter(r['kind'] for r in cs))}")
print(f"  per label {dict(Counter(r['label'] for r in cs))}")
print(f"  per kind/label {dict(Counter((r['kind'], r['label']) for r in cs))}")
if errors:
    print("\n".join(["FAILED:", *errors]))
    sys.exit(1)
print("OK")
