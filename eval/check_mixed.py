#!/usr/bin/env python3
"""Validate a held-out mixed German/English eval split (standard library only): the checks shared by
``mixed3/check_mixed3.py``, ``mixed4/check_mixed4.py`` and later splits of their shape.

A split's folder holds ``articles/*.md`` (three English ``en_Nx_*``, three German ``de_Nx_*``; only these are
allowed as doc_ids), ``questions.jsonl`` and ``claims.jsonl``. Spans (gold quotes, claim evidence) must lie in the
body after the YAML front matter. ``check`` prints counts per pair / kind / label and returns 1 on any problem.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

FRONT_KEYS = ("title", "publication", "author", "date", "language")
BODY_WORDS = (450, 650)
QUOTE_LEN = (30, 250)
EVIDENCE_LEN = (30, 300)
FURNITURE = ["Lesedauer", "Share this article", "Related:", "**"]
PAIRS_ANS = {"de-de", "de-en", "en-de", "en-en"}
PAIRS_NONE = {"de-none", "en-none"}
Q_FIELDS = {"id", "question", "lang", "answerable", "gold", "facts", "kind", "pair"}
C_FIELDS = {"id", "claim", "lang", "doc_id", "label", "kind", "evidence", "pair"}
N_QUESTIONS = 48
Q_PER_ANS_PAIR = 10
Q_PER_NONE_PAIR = 4
N_CLAIMS = 24
SUPPORTED_KINDS = {"paraphrase"}
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
MIN_PARAPHRASE = 6
CLAIMS_PER_ARTICLE = 4
CLAIMS_PER_PAIR = 6
Q_PER_ARTICLE = (6, 7)
COPY_NGRAM = 6  # a question may not share this many consecutive words with its article


def check(here: Path, series: str, q_prefix: str, c_prefix: str, strict: bool = True) -> int:
    """Check the split in ``here`` whose articles are numbered ``series`` (``"3"`` for en_31 … de_33); the ids are
    ``q_prefix``01 … and ``c_prefix``01 …. ``strict`` adds the per-article and per-pair claim counts."""
    name = here.name
    WANT_ARTICLES = {f"{lang}_{series}{k}" for lang in ("en", "de") for k in (1, 2, 3)}
    errors: list[str] = []

    def split_front(text: str) -> tuple[dict, str]:
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if not m:
            return {}, text
        meta = {}
        for line in m.group(1).splitlines():
            k, _, v = line.partition(":")
            v = v.strip()
            if len(v) >= 2 and v[0] == v[-1] == '"':
                v = v[1:-1].replace('\\"', '"')
            meta[k.strip()] = v
        return meta, text[m.end() :]

    # ---------------------------------------------------------------- articles
    articles: dict[str, tuple[dict, str]] = {}
    for p in sorted((here / "articles").glob("*.md")):
        meta, body = split_front(p.read_text(encoding="utf-8"))
        articles[p.stem] = (meta, body)
        if not meta:
            errors.append(f"{p.name}: no YAML front matter")
        if set(meta) != set(FRONT_KEYS):
            errors.append(f"{p.name}: front matter keys {sorted(meta)} (want {sorted(FRONT_KEYS)})")
        for key in FRONT_KEYS:
            if not meta.get(key):
                errors.append(f"{p.name}: front matter lacks {key}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("date", "")):
            errors.append(f"{p.name}: date {meta.get('date')!r} not YYYY-MM-DD")
        if meta.get("language") != p.stem[:2]:
            errors.append(f"{p.name}: language {meta.get('language')} vs file name prefix")
        lines = body.splitlines()
        if not lines or lines[0].strip() != meta.get("title", "").strip():
            errors.append(f"{p.name}: first body line does not repeat the title")
        words = len(body.split())
        if not BODY_WORDS[0] <= words <= BODY_WORDS[1]:
            errors.append(f"{p.name}: {words} body words (want {BODY_WORDS[0]}-{BODY_WORDS[1]})")
    NEW = set(articles)
    prefixes = Counter(d[:5] for d in NEW)
    if set(prefixes) != WANT_ARTICLES or any(n != 1 for n in prefixes.values()):
        errors.append(f"articles: want exactly one each of {sorted(WANT_ARTICLES)}, got {sorted(NEW)}")

    def lang_of(doc: str) -> str:
        return articles[doc][0].get("language", "?")

    def words_of(s: str) -> list[str]:
        return re.findall(r"[\w£€%.,'-]+", s.lower())

    def ngrams(ws: list[str], n: int) -> set[tuple[str, ...]]:
        ws = [w.strip(".,'-") for w in ws]
        return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}

    def check_span(where: str, doc: str, s: str, lo: int, hi: int, sentence: bool = False) -> None:
        if doc not in articles:
            errors.append(f"{where}: doc_id {doc!r} is not one of the {name} articles")
            return
        body = articles[doc][1]
        if not isinstance(s, str) or not s.strip():
            errors.append(f"{where}: empty span")
            return
        if "\n" in s or "\r" in s:
            errors.append(f"{where}: line break in span")
        if s != s.strip():
            errors.append(f"{where}: span has leading/trailing whitespace")
        n = body.count(s)
        if n == 0:
            errors.append(f"{where}: span not an exact substring of {doc} body: {s!r}")
        elif n > 1:
            errors.append(f"{where}: span occurs {n} times in {doc}")
        if not lo <= len(s) <= hi:
            errors.append(f"{where}: span length {len(s)} outside {lo}-{hi}")
        for f in FURNITURE:
            if f.lower() in s.lower():
                errors.append(f"{where}: span contains furniture {f!r}")
        if sentence and n == 1:
            i = body.index(s)
            before = body[max(0, i - 2) : i]
            starts = i == 0 or before.endswith("\n") or before in {". ", "? ", "! ", "“ ", '" ', "* "}
            ends = bool(re.search(r"[.!?][“\"]?$", s))
            if not (starts and ends):
                errors.append(f"{where}: evidence is not a whole sentence of {doc}")

    def load(file: str, fields: set[str], prefix: str, n_want: int) -> list[dict]:
        rows = []
        for k, line in enumerate((here / file).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{file}:{k}: invalid JSON ({e})")
        for r in rows:
            if set(r) != fields:
                errors.append(f"{file} {r.get('id')}: fields {sorted(r)} (want {sorted(fields)})")
        ids = [r.get("id") for r in rows]
        want = [f"{prefix}{i:02d}" for i in range(1, n_want + 1)]
        if sorted(map(str, ids)) != want:
            extra = sorted(set(map(str, ids)) - set(want))
            missing = sorted(set(want) - set(map(str, ids)))
            dup = sorted(i for i, n in Counter(ids).items() if n > 1)
            errors.append(
                f"{file}: ids not exactly {want[0]}..{want[-1]} (missing {missing}, extra {extra}, duplicate {dup})"
            )
        return rows

    # ---------------------------------------------------------------- questions
    qs = load("questions.jsonl", Q_FIELDS, q_prefix, N_QUESTIONS)
    per_doc: Counter[str] = Counter()
    doc_qlangs: dict[str, set[str]] = {d: set() for d in NEW}
    for r in qs:
        w = r.get("id")
        if set(r) != Q_FIELDS:
            continue
        if r["kind"] not in {"single", "unanswerable"}:
            errors.append(f"{w}: kind {r['kind']}")
        qlang, _, tgt = r["pair"].partition("-")
        if r["lang"] != qlang or qlang not in {"de", "en"}:
            errors.append(f"{w}: lang {r['lang']} vs pair {r['pair']}")
        if not isinstance(r["question"], str) or not r["question"].rstrip().endswith("?"):
            errors.append(f"{w}: question does not end with '?'")
        if not isinstance(r["gold"], list) or not isinstance(r["facts"], list):
            errors.append(f"{w}: gold and facts must be lists")
            continue
        if r["kind"] == "unanswerable":
            if r["answerable"] is not False or r["gold"] or r["facts"] or r["pair"] not in PAIRS_NONE:
                errors.append(f"{w}: unanswerable inconsistent")
            if r["pair"] != f"{r['lang']}-none":
                errors.append(f"{w}: unanswerable pair {r['pair']} vs lang {r['lang']}")
            continue
        if r["answerable"] is not True or not r["gold"] or not r["facts"] or r["pair"] not in PAIRS_ANS:
            errors.append(f"{w}: answerable inconsistent")
        if len(r["gold"]) != 1:
            errors.append(f"{w}: single with {len(r['gold'])} gold entries")
        for g in r["gold"]:
            if not isinstance(g, dict) or set(g) != {"doc_id", "quote"}:
                errors.append(f"{w}: gold entry {g!r} must have exactly doc_id, quote")
                continue
            check_span(w, g["doc_id"], g["quote"], *QUOTE_LEN)
            per_doc[g["doc_id"]] += 1
            if g["doc_id"] in articles:
                doc_qlangs[g["doc_id"]].add(r["lang"])
                if lang_of(g["doc_id"]) != tgt:
                    errors.append(f"{w}: pair {r['pair']} but {g['doc_id']} is {lang_of(g['doc_id'])}")
                shared = ngrams(words_of(r["question"]), COPY_NGRAM) & ngrams(
                    words_of(articles[g["doc_id"]][1]), COPY_NGRAM
                )
                if shared:
                    errors.append(f"{w}: question copies article wording {' '.join(sorted(shared)[0])!r}")
        for f in r["facts"]:
            if not isinstance(f, str) or not f.strip():
                errors.append(f"{w}: empty fact")
                continue
            if "|" in f:
                errors.append(f"{w}: fact {f!r} uses '|' (alternatives are not supported)")
            if not any(isinstance(g, dict) and f in g.get("quote", "") for g in r["gold"]):
                errors.append(f"{w}: fact {f!r} not an exact substring of its gold quote")
        if len(set(r["facts"])) != len(r["facts"]):
            errors.append(f"{w}: duplicate facts")

    quotes = Counter(
        (g["doc_id"], g["quote"])
        for r in qs
        if isinstance(r.get("gold"), list)
        for g in r["gold"]
        if isinstance(g, dict) and "quote" in g
    )
    for (d, qt), n in quotes.items():
        if n > 1:
            errors.append(f"questions: quote used {n} times in {d}: {qt[:60]!r}")
    texts = Counter(r.get("question") for r in qs)
    for t, n in texts.items():
        if n > 1:
            errors.append(f"questions: duplicate question {t!r}")

    # ---------------------------------------------------------------- claims
    cs = load("claims.jsonl", C_FIELDS, c_prefix, N_CLAIMS)
    for r in cs:
        w = r.get("id")
        if set(r) != C_FIELDS:
            continue
        if r["kind"] not in C_KINDS:
            errors.append(f"{w}: kind {r['kind']}")
        if r["label"] not in {"supported", "not_supported"}:
            errors.append(f"{w}: label {r['label']}")
        if r["kind"] in SUPPORTED_KINDS and r["label"] != "supported":
            errors.append(f"{w}: {r['kind']} must be supported")
        if r["kind"] in UNSUPPORTED_KINDS and r["label"] != "not_supported":
            errors.append(f"{w}: {r['kind']} must be not_supported")
        if r["lang"] not in {"de", "en"}:
            errors.append(f"{w}: lang {r['lang']}")
        if not isinstance(r["claim"], str) or not r["claim"].strip():
            errors.append(f"{w}: empty claim")
        if r["doc_id"] not in NEW:
            errors.append(f"{w}: claim about {r['doc_id']}, not one of the {name} articles")
            continue
        check_span(w, r["doc_id"], r["evidence"], *EVIDENCE_LEN, sentence=True)
        if r["pair"] != f"{r['lang']}-{lang_of(r['doc_id'])}":
            errors.append(f"{w}: pair {r['pair']} inconsistent with lang {r['lang']} / {r['doc_id']}")
        if isinstance(r["claim"], str) and r["claim"] in articles[r["doc_id"]][1]:
            errors.append(f"{w}: claim copied verbatim from the article")

    # ---------------------------------------------------------------- counts
    pair_n = Counter(r.get("pair") for r in qs)
    for p in sorted(PAIRS_ANS):
        if pair_n[p] != Q_PER_ANS_PAIR:
            errors.append(f"questions: {pair_n[p]} for pair {p} (want {Q_PER_ANS_PAIR})")
    for p in sorted(PAIRS_NONE):
        if pair_n[p] != Q_PER_NONE_PAIR:
            errors.append(f"questions: {pair_n[p]} for pair {p} (want {Q_PER_NONE_PAIR})")
    if len(qs) != N_QUESTIONS:
        errors.append(f"questions: {len(qs)} (want {N_QUESTIONS})")
    for d in sorted(NEW):
        if doc_qlangs[d] != {"de", "en"}:
            errors.append(f"questions: {d} asked about only in {sorted(doc_qlangs[d])} (want de and en)")
    kind_label = Counter((r.get("kind"), r.get("label")) for r in cs)
    kinds = Counter(r.get("kind") for r in cs)
    if kinds["paraphrase"] < MIN_PARAPHRASE:
        errors.append(f"claims: {kinds['paraphrase']} paraphrase (want >= {MIN_PARAPHRASE})")
    for k in sorted(UNSUPPORTED_KINDS):
        if kinds[k] != 2:
            errors.append(f"claims: {kinds[k]} of kind {k} (want 2)")
    if kind_label[("comparative", "supported")] != 1 or kind_label[("comparative", "not_supported")] != 1:
        errors.append("claims: want one supported and one not_supported comparative")
    if len(cs) != N_CLAIMS:
        errors.append(f"claims: {len(cs)} (want {N_CLAIMS})")
    c_lang = Counter(r.get("lang") for r in cs)
    if c_lang["de"] != c_lang["en"]:
        errors.append(f"claims: {dict(c_lang)}, want half de half en")
    cross = sum(r.get("pair") in {"de-en", "en-de"} for r in cs)
    if 2 * cross != len(cs):
        errors.append(f"claims: {cross} cross-language of {len(cs)} (want half)")
    c_doc = Counter(r.get("doc_id") for r in cs)
    for d in sorted(NEW):
        if not strict:
            if c_doc[d] == 0:
                errors.append(f"claims: none about {d}")
            continue
        if c_doc[d] != CLAIMS_PER_ARTICLE:
            errors.append(f"claims: {c_doc[d]} about {d} (want {CLAIMS_PER_ARTICLE})")
        if not Q_PER_ARTICLE[0] <= per_doc[d] <= Q_PER_ARTICLE[1]:
            errors.append(f"questions: {per_doc[d]} about {d} (want {Q_PER_ARTICLE[0]}-{Q_PER_ARTICLE[1]})")
    c_pair_n = Counter(r.get("pair") for r in cs)
    for p in sorted(PAIRS_ANS):
        if strict and c_pair_n[p] != CLAIMS_PER_PAIR:
            errors.append(f"claims: {c_pair_n[p]} for pair {p} (want {CLAIMS_PER_PAIR})")

    print(f"articles: {len(NEW)} {sorted(NEW)}")
    print("  body words " + ", ".join(f"{d[:5]} {len(articles[d][1].split())}" for d in sorted(NEW)))
    q_kinds = dict(Counter(r.get("kind") for r in qs))
    print(f"questions: {len(qs)}  per pair {dict(sorted(pair_n.items()))}  per kind {q_kinds}")
    print(f"  per article {dict(sorted(per_doc.items()))}")
    c_pairs = dict(sorted(Counter(r.get("pair") for r in cs).items()))
    print(f"claims: {len(cs)}  per pair {c_pairs}  per lang {dict(sorted(c_lang.items()))}  cross-language {cross}")
    print(f"  per article {dict(sorted(c_doc.items()))}")
    print(f"  per kind/label {dict(sorted(kind_label.items()))}")
    print(f"  per label {dict(Counter(r.get('label') for r in cs))}")
    if errors:
        print("\n".join(["FAILED:", *errors]))
        return 1
    print("OK")
    return 0
