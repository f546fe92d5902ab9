#!/usr/bin/env python3
"""Validate the held-out mixed2 German/English eval data (standard library only).

Usage: python eval/mixed2/check_mixed2.py [SEED_ARTICLES_DIR]
SEED_ARTICLES_DIR defaults to <repo>/data/articles (the five German seed .txt files).
New articles are eval/mixed2/articles/*.md; a few questions also use eval/mixed/articles/*.md.
Spans must lie in the body after the YAML front matter. Prints counts per pair / kind / label;
exits 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[1] / "data" / "articles"
OLD_MIXED = HERE.parent / "mixed" / "articles"
FURNITURE = ["Lesedauer", "Via T3N", " date 2018-12", "Share this article", "Related:", "**"]
PAIRS_ANS = {"de-de", "de-en", "en-de", "en-en"}
PAIRS_NONE = {"de-none", "en-none"}
Q_FIELDS = {"id", "question", "lang", "answerable", "gold", "facts", "kind", "pair"}
C_FIELDS = {"id", "claim", "lang", "doc_id", "label", "kind", "evidence", "pair"}
SUPPORTED_KINDS = {"paraphrase", "true"}
UNSUPPORTED_KINDS = {
    "number_altered",
    "date_altered",
    "place_swapped",
    "role_swapped",
    "negation",
    "overclaim",
    "wrong_article",
}
C_KINDS = SUPPORTED_KINDS | UNSUPPORTED_KINDS | {"comparative"}
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
for p in sorted(OLD_MIXED.glob("*.md")):
    articles[p.stem] = split_front(p.read_text(encoding="utf-8"))
NEW: set[str] = set()
for p in sorted((HERE / "articles").glob("*.md")):
    meta, body = split_front(p.read_text(encoding="utf-8"))
    if p.stem in articles:
        errors.append(f"{p.name}: doc_id clashes with an existing article")
    articles[p.stem] = (meta, body)
    NEW.add(p.stem)
    for key in ("title", "publication", "author", "date", "language"):
        if not meta.get(key):
            errors.append(f"{p.name}: front matter lacks {key}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("date", "")):
        errors.append(f"{p.name}: date {meta.get('date')!r} not YYYY-MM-DD")
    if meta.get("language") != p.stem[:2]:
        errors.append(f"{p.name}: language {meta.get('language')} vs file name prefix")
    words = len(body.split())
    if not 400 <= words <= 800:
        errors.append(f"{p.name}: {words} body words (want 400-800)")
langs_new = Counter(articles[d][0].get("language") for d in NEW)
if langs_new != Counter({"en": 3, "de": 3}):
    errors.append(f"new articles: want 3 en + 3 de, got {dict(langs_new)}")


def lang_of(doc: str) -> str:
    return articles[doc][0].get("language", "?")


def check_span(where: str, doc: str, s: str, lo: int, hi: int) -> None:
    if doc not in articles:
        errors.append(f"{where}: unknown doc_id {doc}")
        return
    body = articles[doc][1]
    if "\n" in s or "\r" in s:
        errors.append(f"{where}: line break in span")
    if s not in body:
        errors.append(f"{where}: span not an exact substring of {doc} body: {s!r}")
    elif body.count(s) > 1:
        errors.append(f"{where}: span occurs {body.count(s)} times in {doc}")
    if not lo <= len(s) <= hi:
        errors.append(f"{where}: span length {len(s)} outside {lo}-{hi}")
    for f in FURNITURE:
        if f.lower() in s.lower():
            errors.append(f"{where}: span contains furniture {f!r}")


def load(name: str, fields: set[str]) -> list[dict]:
    rows = [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        if set(r) != fields:
            errors.append(f"{name} {r.get('id')}: fields {sorted(r)}")
    for i, n in Counter(r["id"] for r in rows).items():
        if n > 1:
            errors.append(f"{name}: duplicate id {i}")
    return rows


qs = load("questions.jsonl", Q_FIELDS)
per_doc: Counter[str] = Counter()
for r in qs:
    w = r["id"]
    if r["kind"] not in {"single", "multi", "unanswerable"}:
        errors.append(f"{w}: kind {r['kind']}")
    qlang, _, tgt = r["pair"].partition("-")
    if r["lang"] != qlang or qlang not in {"de", "en"}:
        errors.append(f"{w}: lang {r['lang']} vs pair {r['pair']}")
    if not r["question"].rstrip().endswith("?"):
        errors.append(f"{w}: question does not end with '?'")
    if r["kind"] == "unanswerable":
        if r["answerable"] or r["gold"] or r["facts"] or r["pair"] not in PAIRS_NONE:
            errors.append(f"{w}: unanswerable inconsistent")
        continue
    if r["answerable"] is not True or not r["gold"] or not r["facts"] or r["pair"] not in PAIRS_ANS:
        errors.append(f"{w}: answerable inconsistent")
    if r["kind"] == "single" and len(r["gold"]) != 1:
        errors.append(f"{w}: single with {len(r['gold'])} gold entries")
    for g in r["gold"]:
        check_span(w, g["doc_id"], g["quote"], 40, 250)
        per_doc[g["doc_id"]] += 1
        if g["doc_id"] in articles and lang_of(g["doc_id"]) != tgt:
            errors.append(f"{w}: pair {r['pair']} but {g['doc_id']} is {lang_of(g['doc_id'])}")
    for f in r["facts"]:
        if "|" in f:
            errors.append(f"{w}: fact {f!r} uses '|' (alternatives are not supported)")
        if not any(f.lower() in g["quote"].lower() for g in r["gold"]):
            errors.append(f"{w}: fact {f!r} not in gold quotes")

cs = load("claims.jsonl", C_FIELDS)
for r in cs:
    w = r["id"]
    if r["kind"] not in C_KINDS:
        errors.append(f"{w}: kind {r['kind']}")
    if r["label"] not in {"supported", "not_supported"}:
        errors.append(f"{w}: label {r['label']}")
    if r["kind"] in SUPPORTED_KINDS and r["label"] != "supported":
        errors.append(f"{w}: {r['kind']} must be supported")
    if r["kind"] in UNSUPPORTED_KINDS and r["label"] != "not_supported":
        errors.append(f"{w}: {r['kind']} must be not_supported")
    if r["doc_id"] not in NEW:
        errors.append(f"{w}: claim about {r['doc_id']}, not one of the new articles")
    check_span(w, r["doc_id"], r["evidence"], 30, 300)
    if r["doc_id"] in articles and r["pair"] != f"{r['lang']}-{lang_of(r['doc_id'])}":
        errors.append(f"{w}: pair {r['pair']} inconsistent")

pair_n = Counter(r["pair"] for r in qs)
for p in PAIRS_ANS:
    if pair_n[p] < 12:
        errors.append(f"questions: only {pair_n[p]} for pair {p}")
n_none = sum(pair_n[p] for p in PAIRS_NONE)
if n_none < 10 or abs(pair_n["de-none"] - pair_n["en-none"]) > 1:
    errors.append(f"questions: unanswerable {pair_n['de-none']} de / {pair_n['en-none']} en (want >= 10, half each)")
old = sum(n for d, n in per_doc.items() if d not in NEW)
if old > 8:
    errors.append(f"questions: {old} answerable questions on old articles (at most 8)")
for d in sorted(NEW):
    if per_doc[d] < 6:
        errors.append(f"questions: only {per_doc[d]} on {d}")
if len(qs) < 56:
    errors.append(f"questions: {len(qs)} < 56")
c_lang = Counter(r["lang"] for r in cs)
if len(cs) < 16 or c_lang["de"] != c_lang["en"]:
    errors.append(f"claims: {len(cs)} ({dict(c_lang)}), want >= 16, half de half en")
if sum(r["label"] == "supported" for r in cs) < 7:
    errors.append("claims: fewer than 7 supported")
for k in C_KINDS - {"true"}:
    if not any(r["kind"] == k for r in cs):
        errors.append(f"claims: no claim of kind {k}")
cross = sum(r["pair"] in {"de-en", "en-de"} for r in cs)
if cross < 6:
    errors.append(f"claims: only {cross} cross-language")

print(f"new articles: {sorted(NEW)}")
print(f"questions: {len(qs)}  per pair {dict(sorted(pair_n.items()))}  per kind {dict(Counter(r['kind'] for r in qs))}")
print(f"  per article {dict(sorted(per_doc.items()))}")
print(f"claims: {len(cs)}  per pair {dict(sorted(Counter(r['pair'] for r in cs).items()))}")
print(f"  per kind/label {dict(sorted(Counter((r['kind'], r['label']) for r in cs).items()))}")
print(f"  per label {dict(Counter(r['label'] for r in cs))}")
if errors:
    print("\n".join(["FAILED:", *errors]))
    sys.exit(1)
print("OK")
