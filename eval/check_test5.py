#!/usr/bin/env python3
"""Check the test5 split (questions_test5.jsonl, claims_test5.jsonl) against the seed articles.

Usage:
    python eval/check_test5.py                  # articles in <repo>/data/articles
    python eval/check_test5.py path/to/articles

Standard library only. Prints one summary line per file; exits 1 with the reasons on any failure.
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
Q_FILE = HERE / "questions_test5.jsonl"
C_FILE = HERE / "claims_test5.jsonl"

Q_FIELDS = {"id", "question", "lang", "answerable", "gold", "facts", "kind", "asks"}
C_FIELDS = {"id", "claim", "lang", "doc_id", "label", "kind", "evidence"}
LANGS = {"de", "en"}
Q_KINDS = {"single", "multi", "unanswerable"}
ASKS = {"fact", "interviewee", "meta"}
LABELS = {"supported", "not_supported"}
C_KINDS = [
    "paraphrase",
    "number_altered",
    "comparative",
    "date_altered",
    "role_swapped",
    "place_swapped",
    "negation",
    "overclaim",
    "wrong_article",
]

# expected counts
Q_TOTAL = 48
Q_LANG = {"de": 24, "en": 24}
Q_KIND = {"single": 36, "multi": 2, "unanswerable": 10}
SINGLES_PER_DOC = (6, 8)  # inclusive range per article
ASKS_RANGE = {"interviewee": (10, 14), "meta": (3, 5)}
C_TOTAL = 36
C_PER_KIND = 4
C_PER_KIND_LANG = 2
C_SUPPORTED = {"paraphrase": 4, "comparative": 2, "negation": 2}  # all other kinds: 0
Q_PREFIX, C_PREFIX = "z", "u"  # the ids: z01 … and u01 …

# page furniture that must never be quoted
FURNITURE = [
    "Lesedauer",
    "Home / Blog",
    "Via T3N",
    "Kommentar",
    "Newsletter",
    "E-Mail-Adresse",
    "0 Antworten",
    "Feel free",
    "Lesetipp",
    "Customer Suite",
    "bsi.",
]
MIN_LEN, MAX_LEN = 40, 250


def six_per_kind(split: str, q_prefix: str, c_prefix: str) -> None:
    """Point the checks at a later split of test6's shape: ``questions_<split>.jsonl`` and ``claims_<split>.jsonl``,
    the same questions as test5, 54 claims (six of each kind, three per language)."""
    global Q_FILE, C_FILE, C_TOTAL, C_PER_KIND, C_PER_KIND_LANG, C_SUPPORTED, Q_PREFIX, C_PREFIX
    Q_FILE, C_FILE = HERE / f"questions_{split}.jsonl", HERE / f"claims_{split}.jsonl"
    C_TOTAL, C_PER_KIND, C_PER_KIND_LANG = 54, 6, 3
    C_SUPPORTED = {"paraphrase": 6, "comparative": 3, "negation": 3}
    Q_PREFIX, C_PREFIX = q_prefix, c_prefix


def load_articles(folder):
    arts = {}
    for p in sorted(Path(folder).glob("*.txt")):
        arts[p.stem] = p.read_text(encoding="utf-8")
    return arts


def load_jsonl(path, errors):
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        errors.append(f"{path.name}: cannot read ({e})")
        return rows
    for n, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"{path.name}:{n}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{path.name}:{n}: bad JSON ({e})")
            continue
        if not isinstance(obj, dict):
            errors.append(f"{path.name}:{n}: not an object")
            continue
        rows.append(obj)
    return rows


def check_span(where, doc_id, span, arts, errors, min_len=None):
    if not isinstance(span, str) or not span.strip():
        errors.append(f"{where}: empty span")
        return False
    if doc_id not in arts:
        errors.append(f"{where}: unknown doc_id {doc_id!r}")
        return False
    if "\n" in span or "\r" in span:
        errors.append(f"{where}: span contains a line break")
    if span != span.strip():
        errors.append(f"{where}: span has leading/trailing whitespace")
    if span not in arts[doc_id]:
        errors.append(f"{where}: span is not an exact substring of {doc_id}: {span[:60]!r}")
        return False
    for bad in FURNITURE:
        if bad in span:
            errors.append(f"{where}: span contains page furniture ({bad!r})")
    if min_len is not None and not (min_len <= len(span) <= MAX_LEN):
        errors.append(f"{where}: span length {len(span)} outside {min_len}-{MAX_LEN}")
    return True


def check_questions(arts, errors):
    rows = load_jsonl(Q_FILE, errors)
    ids = [r.get("id") for r in rows]
    for i, d in Counter(ids).items():
        if d > 1:
            errors.append(f"questions: duplicate id {i}")
    expected_ids = [f"{Q_PREFIX}{n:02d}" for n in range(1, Q_TOTAL + 1)]
    if ids != expected_ids:
        errors.append(f"questions: ids are not {expected_ids[0]}..{expected_ids[-1]} in order")
    singles_per_doc = Counter()
    for r in rows:
        qid = r.get("id", "?")
        keys = set(r)
        if keys != Q_FIELDS:
            errors.append(f"{qid}: fields {sorted(keys)} != {sorted(Q_FIELDS)}")
            continue
        if not isinstance(r["question"], str) or len(r["question"].strip()) < 10:
            errors.append(f"{qid}: question missing or too short")
        if r["lang"] not in LANGS:
            errors.append(f"{qid}: bad lang {r['lang']!r}")
        if r["kind"] not in Q_KINDS:
            errors.append(f"{qid}: bad kind {r['kind']!r}")
        if r["asks"] not in ASKS:
            errors.append(f"{qid}: bad asks {r['asks']!r}")
        if not isinstance(r["answerable"], bool):
            errors.append(f"{qid}: answerable is not a bool")
        if not isinstance(r["gold"], list) or not isinstance(r["facts"], list):
            errors.append(f"{qid}: gold/facts must be lists")
            continue
        if r["answerable"] != (r["kind"] != "unanswerable"):
            errors.append(f"{qid}: answerable={r['answerable']} inconsistent with kind={r['kind']}")
        if r["kind"] == "unanswerable":
            if r["gold"] or r["facts"]:
                errors.append(f"{qid}: unanswerable question must have empty gold and facts")
            continue
        want = 1 if r["kind"] == "single" else 2
        if len(r["gold"]) != want:
            errors.append(f"{qid}: {r['kind']} needs {want} gold entries, has {len(r['gold'])}")
        docs = []
        quotes = []
        for k, g in enumerate(r["gold"]):
            where = f"{qid} gold[{k}]"
            if not isinstance(g, dict) or set(g) != {"doc_id", "quote"}:
                errors.append(f"{where}: must be {{doc_id, quote}}")
                continue
            docs.append(g["doc_id"])
            min_len = None if r["asks"] == "meta" else MIN_LEN
            if check_span(where, g["doc_id"], g["quote"], arts, errors, min_len):
                quotes.append(g["quote"])
        if r["kind"] == "multi" and len(set(docs)) != 2:
            errors.append(f"{qid}: multi gold must come from two different articles")
        if r["kind"] == "single" and docs:
            singles_per_doc[docs[0]] += 1
        if not r["facts"]:
            errors.append(f"{qid}: answerable question without facts")
        for fct in r["facts"]:
            if not isinstance(fct, str) or not fct.strip():
                errors.append(f"{qid}: empty fact")
            elif not any(fct.lower() in q.lower() for q in quotes):
                errors.append(f"{qid}: fact {fct!r} not found in any gold quote")
    # counts
    if len(rows) != Q_TOTAL:
        errors.append(f"questions: {len(rows)} rows, expected {Q_TOTAL}")
    lang = Counter(r.get("lang") for r in rows)
    kind = Counter(r.get("kind") for r in rows)
    asks = Counter(r.get("asks") for r in rows)
    if dict(lang) != Q_LANG:
        errors.append(f"questions: lang counts {dict(lang)} != {Q_LANG}")
    if dict(kind) != Q_KIND:
        errors.append(f"questions: kind counts {dict(kind)} != {Q_KIND}")
    for a, (lo, hi) in ASKS_RANGE.items():
        if not lo <= asks.get(a, 0) <= hi:
            errors.append(f"questions: asks={a} count {asks.get(a, 0)} outside {lo}-{hi}")
    for doc in arts:
        n = singles_per_doc.get(doc, 0)
        if not SINGLES_PER_DOC[0] <= n <= SINGLES_PER_DOC[1]:
            errors.append(f"questions: {n} singles for {doc}, expected {SINGLES_PER_DOC[0]}-{SINGLES_PER_DOC[1]}")
    per_doc = ", ".join(f"{d[:3]}={singles_per_doc.get(d, 0)}" for d in sorted(arts))
    return (
        f"{Q_FILE.name}: {len(rows)} questions (de {lang.get('de', 0)}, en {lang.get('en', 0)}; "
        f"single {kind.get('single', 0)} [{per_doc}], multi {kind.get('multi', 0)}, "
        f"unanswerable {kind.get('unanswerable', 0)}; asks fact {asks.get('fact', 0)}, "
        f"interviewee {asks.get('interviewee', 0)}, meta {asks.get('meta', 0)})"
    )


def check_claims(arts, errors):
    rows = load_jsonl(C_FILE, errors)
    ids = [r.get("id") for r in rows]
    for i, d in Counter(ids).items():
        if d > 1:
            errors.append(f"claims: duplicate id {i}")
    expected_ids = [f"{C_PREFIX}{n:02d}" for n in range(1, C_TOTAL + 1)]
    if ids != expected_ids:
        errors.append(f"claims: ids are not {expected_ids[0]}..{expected_ids[-1]} in order")
    per_kind = Counter()
    per_kind_lang = Counter()
    per_kind_sup = Counter()
    for r in rows:
        cid = r.get("id", "?")
        if set(r) != C_FIELDS:
            errors.append(f"{cid}: fields {sorted(r)} != {sorted(C_FIELDS)}")
            continue
        if not isinstance(r["claim"], str) or len(r["claim"].strip()) < 10:
            errors.append(f"{cid}: claim missing or too short")
        if r["lang"] not in LANGS:
            errors.append(f"{cid}: bad lang {r['lang']!r}")
        if r["label"] not in LABELS:
            errors.append(f"{cid}: bad label {r['label']!r}")
        if r["kind"] not in C_KINDS:
            errors.append(f"{cid}: bad kind {r['kind']!r}")
        check_span(f"{cid} evidence", r["doc_id"], r["evidence"], arts, errors)
        per_kind[r["kind"]] += 1
        per_kind_lang[(r["kind"], r["lang"])] += 1
        if r["label"] == "supported":
            per_kind_sup[r["kind"]] += 1
    if len(rows) != C_TOTAL:
        errors.append(f"claims: {len(rows)} rows, expected {C_TOTAL}")
    for k in C_KINDS:
        if per_kind[k] != C_PER_KIND:
            errors.append(f"claims: kind {k} has {per_kind[k]}, expected {C_PER_KIND}")
        for lg in sorted(LANGS):
            if per_kind_lang[(k, lg)] != C_PER_KIND_LANG:
                errors.append(f"claims: kind {k} has {per_kind_lang[(k, lg)]} {lg}, expected {C_PER_KIND_LANG}")
        want = C_SUPPORTED.get(k, 0)
        if per_kind_sup[k] != want:
            errors.append(f"claims: kind {k} has {per_kind_sup[k]} supported, expected {want}")
    # supported comparative/negation claims are in both languages, as evenly as their count allows
    for k in ("comparative", "negation"):
        sup_langs = Counter(r.get("lang") for r in rows if r.get("kind") == k and r.get("label") == "supported")
        if set(sup_langs) != LANGS or max(sup_langs.values()) - min(sup_langs.values()) > 1:
            errors.append(f"claims: supported {k} languages {dict(sup_langs)} are not split over de and en")
    lang = Counter(r.get("lang") for r in rows)
    label = Counter(r.get("label") for r in rows)
    docs = Counter(r.get("doc_id", "")[:3] for r in rows)
    return (
        f"{C_FILE.name}: {len(rows)} claims (de {lang.get('de', 0)}, en {lang.get('en', 0)}; "
        f"supported {label.get('supported', 0)}, not_supported {label.get('not_supported', 0)}; "
        f"{C_PER_KIND} per kind x {len(C_KINDS)} kinds; docs " + ", ".join(f"{d}={docs[d]}" for d in sorted(docs)) + ")"
    )


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "data" / "articles"
    arts = load_articles(folder)
    if len(arts) != 5:
        print(f"expected 5 articles in {folder}, found {len(arts)}")
        return 1
    q_err, c_err = [], []
    q_sum = check_questions(arts, q_err)
    c_sum = check_claims(arts, c_err)
    print(("OK   " if not q_err else "FAIL ") + q_sum)
    print(("OK   " if not c_err else "FAIL ") + c_sum)
    for e in q_err + c_err:
        print("  - " + e)
    return 1 if (q_err or c_err) else 0


if __name__ == "__main__":
    sys.exit(main())
