"""Check a text against the articles: each statement, its best evidence, and whether it is supported.

``check_claim`` takes a claim or a whole text (a summary, a draft, a pasted
answer): it splits the text into statements (``bot.sentences``), keeps a
``[n]`` or ``(Quelle n)`` with the statement it ends, and reads a pasted
answer's source list (``[1] Title — Publication, date``) to know which
article each ``[n]`` names. A statement that refers to an article (by
``[n]``, a doc id or a title) is checked against that article first; the
others, and those their article doesn't support, against the best passages
of all articles (hybrid retrieval). The verifier (``bot.verify``) judges
each statement against the evidence it quotes; when a language model is
available, it is asked too (``prompts/judge.*``) and can only turn
"supported" into "not supported". The same verifier marks the statements
of generated answers, so the claim check and the answer badges agree.
Leaves out: an NLI model (none ships offline) and rewriting the text.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from bot import lang, prompts, sentences, verify
from bot.errors import InputError
from bot.lexicon import lexicon
from bot.records import Lang, Passage

if TYPE_CHECKING:
    from bot.answer import Bot
    from bot.generate import Generator

ClaimVerdict = Literal["supported", "partly_supported", "not_supported"]
StatementVerdict = Literal["supported", "not_supported"]
MAX_TEXT = 10_000  # characters of one text to check
MAX_STATEMENTS = 60
JUDGE_TOKENS = 4
ARTICLE_PASSAGES = 200  # a statement checked against one article reads (up to) all of its passages
UNFIT = frozenset({"heading", "fragment"})  # sentence roles that never bear out a claim
CITE = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
QUOTE_MARKS = re.compile(r"[„“”«»\"]")
SOURCE_LINE = re.compile(r"^\s*\[(\d{1,3})\]\s*(\S.*)$")


@dataclass(frozen=True)
class Evidence:
    passage: Passage
    score: float
    supported: bool
    quote: str
    quote_start: int
    reasons: tuple[str, ...]
    publication: str = ""
    date: str = ""
    failed: tuple[str, ...] = ()  # the verifier's checks that failed (``verify.CHECKS``)

    def public(self) -> dict[str, Any]:
        return {
            **self.passage.public(),
            "publication": self.publication,
            "date": self.date,
            "score": round(self.score, 4),
            "supported": self.supported,
            "quote": self.quote,
            "quote_start": self.quote_start,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class StatementCheck:
    """One statement of the text: where it is in the input, its verdict and its evidence."""

    text: str  # without its markers
    start: int  # offsets of the statement in the input text, markers included
    end: int
    verdict: StatementVerdict
    score: float
    evidence: tuple[Evidence, ...]  # best first; the first one decides the verdict
    reasons: tuple[str, ...]
    decided_by: tuple[str, ...]  # the checks that decided: verify.CHECKS, "judge", or "all checks"
    reference: str | None = None  # the article the statement refers to, checked first
    notes: tuple[str, ...] = ()

    def public(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "verdict": self.verdict,
            "score": round(self.score, 4),
            "evidence": [e.public() for e in self.evidence],
            "reasons": list(self.reasons),
            "decided_by": list(self.decided_by),
            "reference": self.reference,
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class ClaimCheck:
    """The check of a claim or a text: a verdict per statement and the verdict of the whole."""

    claim: str
    language: Lang
    verdict: ClaimVerdict
    score: float
    evidence: tuple[Evidence, ...]  # of the first statement that decides the overall verdict
    timings: dict[str, float]
    statements: tuple[StatementCheck, ...] = ()
    judge: str | None = None  # the model asked as judge, if any
    notes: tuple[str, ...] = field(default=())

    @property
    def supported_count(self) -> int:
        return sum(s.verdict == "supported" for s in self.statements)

    @property
    def summary(self) -> str:
        """ "k of n statements supported", in the text's language."""
        k, n = self.supported_count, len(self.statements)
        return f"{k} von {n} Aussagen belegt" if self.language == "de" else f"{k} of {n} statements supported"

    def public(self) -> dict[str, Any]:
        """The JSON object of ``python -m bot check --json`` and of the UI's ``check`` endpoint."""
        first = self.statements[0] if self.statements else None
        return {
            "claim": self.claim,
            "language": self.language,
            "verdict": self.verdict,
            "score": round(self.score, 4),
            "evidence": [e.public() for e in self.evidence],
            "reasons": list(_reasons(self)) if first else ["no passage found"],
            "statements": [s.public() for s in self.statements],
            "supported": self.supported_count,
            "summary": self.summary,
            "judge": self.judge,
            "notes": list(self.notes),
            "timings": {k: round(v, 1) for k, v in self.timings.items()},
        }


def _reasons(result: ClaimCheck) -> tuple[str, ...]:
    if len(result.statements) == 1:
        return result.statements[0].reasons
    return tuple(f"{s.text}: {r}" for s in result.statements for r in s.reasons)


def require_article(bot: Bot, doc_id: str) -> None:
    """One clear error when the store has no article ``doc_id``."""
    if bot.store.get_article(doc_id) is None:
        known = sorted(bot.store.article_index())
        raise InputError(
            f"no article {doc_id!r} in the store",
            "use one of: " + ", ".join(known[:8]) + (" …" if len(known) > 8 else "") if known else "ingest articles",
        )


def clean_claim_text(text: str) -> str:
    """The text without control characters (line breaks kept); one clear error for unusable input."""
    ask = "type a claim about the articles"
    if not isinstance(text, str):
        raise InputError("the claim must be text", ask)
    text = "".join(ch if ch == "\n" or unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
    if not text:
        raise InputError("the claim is empty", ask)
    if len(text) > MAX_TEXT:
        raise InputError(
            f"the text has {len(text):,} characters; the limit is {MAX_TEXT:,}", "shorten it or check it in parts"
        )
    if not re.search(r"[^\W\d_]", text):
        raise InputError("the claim has no words", ask)
    return text


# --- the text: statements and the articles they refer to ---------------------------------


@dataclass(frozen=True)
class _Part:
    text: str  # markers removed
    start: int
    end: int
    cites: tuple[int, ...]


def split_text(text: str, language: Lang) -> tuple[list[_Part], dict[int, str]]:
    """The statements of ``text`` and its source list (``n`` → the line naming source ``n``)."""
    lx = lexicon(language)
    body_end, sources = len(text), {}
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        header = any(re.match(x.sources_header, line, re.I) for x in (lx, lexicon("en"), lexicon("de")))
        listed = SOURCE_LINE.match(line)
        if header or listed:
            body_end = min(body_end, m.start())
        if listed and m.start() >= body_end:
            sources[int(listed.group(1))] = listed.group(2)
    references = [re.compile(x.source_reference, re.I) for x in (lexicon("de"), lexicon("en"))]
    spans = sentences.spans(text[:body_end], "german" if language == "de" else "english")
    merged: list[list[int]] = []
    for s, e in spans:
        lead = re.match(r"(?:\s*(?:\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\]|\(\s*\w+\s+\d{1,3}\s*\)))+", text[s:e])
        if lead and merged and lead.end() == e - s:
            merged[-1][1] = e  # "… Berlin. [1]": the marker belongs to the statement before it
            continue
        if (
            merged
            and len(QUOTE_MARKS.findall(text[merged[-1][0] : merged[-1][1]])) % 2
            and "\n" not in text[merged[-1][1] : s]
        ):
            merged[-1][1] = e  # a quotation with sentences inside is one statement with the words around it
            continue
        merged.append([s, e])
    parts = []
    for s, e in merged:
        raw = text[s:e]
        cites = [int(n) for group in CITE.findall(raw) for n in re.findall(r"\d+", group)]
        for rx in references:
            cites += [int(m.group("n")) for m in rx.finditer(raw)]
        clean = CITE.sub("", raw)
        for rx in references:
            clean = rx.sub("", clean)
        clean = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(clean.split())).strip()
        if re.search(r"[^\W\d_]", clean) and not clean.endswith(":"):
            parts.append(_Part(clean, s, e, tuple(dict.fromkeys(cites))))
    return parts[:MAX_STATEMENTS], sources


def _article_of(line: str, articles: dict[str, dict[str, Any]]) -> str | None:
    """The article a source line or a statement names: by doc id, else by the longest title it holds."""
    low = " ".join(line.casefold().split())
    for doc_id in articles:
        # a doc id as a word of its own, and not a common word ("fair" from fair.md is no reference)
        if len(doc_id) >= 6 and re.search(rf"(?<![\w-]){re.escape(doc_id.casefold())}(?![\w-])", low):
            return doc_id
    titled = [
        (len(t), doc_id)
        for doc_id, meta in articles.items()
        if len(t := " ".join(str(meta.get("title", "")).casefold().split())) >= 12 and t in low
    ]
    return max(titled)[1] if titled else None


QUOTES = "„“”\"'‘’«»"


def _quotes_title(text: str, meta: dict[str, Any]) -> bool:
    """Whether ``text`` names the article by its title in quotation marks („Der Kunde ist König…“)."""
    title = " ".join(str(meta.get("title", "")).split())
    if len(title) < 12:
        return False
    at = text.find(title)
    return at > 0 and text[at - 1] in QUOTES


def _without_title(text: str, meta: dict[str, Any]) -> str:
    """``text`` without the quoted title it names its article by: „Der Beitrag „X“ zitiert …" → „Der Beitrag
    zitiert …"."""
    title = re.escape(" ".join(str(meta.get("title", "")).split()))
    quoted = rf"[{QUOTES}]{title}[{QUOTES}]?"
    # after a noun for the article it goes („Der Beitrag „X“ zitiert …"), else the noun stands for it („Laut „X“
    # generieren …" → „Laut dem Beitrag generieren …")
    text = re.sub(rf"(?i)\b({ARTICLE_NOUNS})\s+{quoted}", r"\1", text)
    english = lang.detect(text).language == "en"
    return " ".join(re.sub(quoted, " the article " if english else " dem Beitrag ", text).split())


ARTICLE_NOUNS = r"beitrag|artikel|text|interview|blogbeitrag|blogpost|post|article|piece|story|report|bericht|essay"


# --- checking ------------------------------------------------------------------------------


def check_claim(bot: Bot, claim: str, doc_id: str | None = None, k: int | None = None) -> ClaimCheck:
    """Whether the articles (or the article ``doc_id``) support ``claim``: one statement or many."""
    began = time.perf_counter()
    text = clean_claim_text(claim)
    detected = lang.detect(text)
    if detected.other:
        raise InputError(
            f"the claim is in {detected.other}; claims are checked in German or English",
            "write the claim in German or English",
        )
    if doc_id is not None:
        require_article(bot, doc_id)
    language = detected.language
    parts, sources = split_text(text, language)
    articles = bot.store.article_index()
    judge = _judge(bot)
    notes: list[str] = []
    checked = []
    judge_ms = 0.0
    for part in parts:
        reference, part_notes = doc_id, []
        if reference is None:
            for n in part.cites:
                if n in sources:
                    reference = _article_of(sources[n], articles)
                    if reference is None:
                        part_notes.append(f"source [{n}] names no article of the store; searched all articles")
                    break
            else:
                if part.cites:
                    part_notes.append(f"no source list for [{part.cites[0]}]; searched all articles")
                reference = _article_of(part.text, articles)
        # a statement about an article it names by its quoted title („Der Beitrag „X“ zitiert …") is about that
        # article, whichever was given: another article's sentence doesn't bear it out
        named = _article_of(part.text, articles)
        if named is not None and named != reference and _quotes_title(part.text, articles.get(named, {})):
            reference = named
        meta = articles.get(reference, {}) if reference is not None else {}
        about = _quotes_title(part.text, meta)
        only = doc_id is not None or about
        said = _without_title(part.text, meta) if about else part.text
        statement = _check_statement(bot, part, language, reference, only, k, articles, said)
        statement = _with_notes(statement, part_notes)
        if judge is not None and statement.verdict == "supported":
            t = time.perf_counter()
            statement = _ask_judge(judge, statement, language)
            judge_ms += (time.perf_counter() - t) * 1000
        checked.append(statement)
    if not parts:
        notes.append("no statement to check")
    ok = sum(s.verdict == "supported" for s in checked)
    verdict: ClaimVerdict = (
        "supported" if checked and ok == len(checked) else "not_supported" if ok == 0 else "partly_supported"
    )
    deciding = next((s for s in checked if s.verdict != "supported"), checked[0] if checked else None)
    timings = {"total_ms": (time.perf_counter() - began) * 1000}
    if judge is not None:
        timings["judge_ms"] = judge_ms
    return ClaimCheck(
        claim=text,
        language=language,
        verdict=verdict,
        score=min((s.score for s in checked), default=0.0),
        evidence=deciding.evidence if deciding else (),
        timings=timings,
        statements=tuple(checked),
        judge=judge.name if judge is not None else None,
        notes=tuple(notes),
    )


check_text = check_claim


def _with_notes(s: StatementCheck, notes: list[str]) -> StatementCheck:
    if not notes:
        return s
    from dataclasses import replace

    return replace(s, notes=(*notes, *s.notes))


def _check_statement(
    bot: Bot,
    part: _Part,
    language: Lang,
    reference: str | None,
    only: bool,
    k: int | None,
    articles: dict[str, dict[str, Any]],
    said: str = "",
) -> StatementCheck:
    """One statement against its article (``reference``), then, if that fails and ``only`` is not
    set, against the best passages of all articles. ``said`` is what the statement says of it, where that is not
    its whole text (a title it names the article by is no fact to find)."""
    k = k or bot.settings.top_k
    said = said or part.text
    notes: list[str] = []
    found = _evidence(bot, said, language, reference, k, articles) if reference else []
    if not only and not (found and found[0].supported):
        anywhere = _evidence(bot, said, language, None, k, articles)
        if reference and anywhere and anywhere[0].supported:
            title = articles.get(reference, {}).get("title", reference)
            notes.append(f"not supported by the article it cites ({title}); supported by another")
            found = anywhere
        elif not found:
            found = anywhere
    best = found[0] if found else None
    supported = bool(best and best.supported)
    failed = best.failed if best else ()
    return StatementCheck(
        text=part.text,
        start=part.start,
        end=part.end,
        verdict="supported" if supported else "not_supported",
        score=best.score if best else 0.0,
        evidence=tuple(found),
        reasons=best.reasons if best else ("no passage found",),
        decided_by=("all checks",) if supported else tuple(failed) or ("similarity",),
        reference=reference,
        notes=tuple(notes),
    )


def _evidence(
    bot: Bot, statement: str, language: Lang, doc_id: str | None, k: int, articles: dict[str, dict[str, Any]]
) -> list[Evidence]:
    """The verifier's verdict on each retrieved passage, best first; with ``doc_id``, one verdict on the
    whole article (its sentences in order), reported with the passage that holds the quote."""
    if doc_id is None:
        passages, vector, sents, _ = bot.retriever.search(statement, language, k)
        groups = [(p, [(s, v) for s, v in sents if p.holds(s)]) for p in passages]
    else:
        vector = np.asarray(bot.embedder.get_query_embedding(statement), dtype=np.float32)
        passages = bot.store.dense(vector, ARTICLE_PASSAGES, doc_id)
        whole: dict[int, tuple[Any, list[float]]] = {}
        for s, v in bot.store.sentences_of(passages):
            whole.setdefault(s.start, (s, v))
        groups = [(passages[0], [whole[i] for i in sorted(whole)])] if passages else []
    # a title or heading states a gist without its conditions, a fragment nothing: neither bears out a claim; a
    # heading still names what its section's sentences speak of
    headings = [s for _, own in groups for s, _ in own if s.role == "heading"]
    groups = [(p, [(s, v) for s, v in own if s.role not in UNFIT]) for p, own in groups]
    groups = [(p, own) for p, own in groups if own]
    found: list[Evidence] = []
    lift = bot.retriever.lift(vector)  # a passage in another language is less similar by that alone
    for passage, own in groups:
        result = verify.check(
            statement,
            vector,
            own,
            bot.names,
            bot.settings.support_threshold - lift.get(bot.retriever.language(passage.doc_id), 0.0),
            bot.head(passage.doc_id),
            language,
            bot.retriever.article(passage.doc_id),
            _embedder(bot),
            headings,
        )
        quote = result.quote
        if doc_id is not None and quote is not None:
            passage = next((p for p in passages if p.holds(quote)), passage)
        meta = articles.get(passage.doc_id, {})
        found.append(
            Evidence(
                passage,
                result.score,
                result.supported,
                quote.text if quote else "",
                quote.start if quote else passage.start,
                result.reasons,
                str(meta.get("publication", "")),
                str(meta.get("date", "")),
                result.failed,
            )
        )
    return ranked(found)


def ranked(found: list[Evidence]) -> list[Evidence]:
    """The verdicts on passages, the deciding one first: a supporting one, the closest first — unless another
    passage's sentence is much closer to the statement and states something else of the same thing (another figure,
    place, post or group): then that closer sentence decides."""
    found = sorted(found, key=lambda e: (not e.supported, -e.score))
    against = max((e for e in found if not e.supported and verify.contradicts(e)), key=lambda e: e.score, default=None)
    if against is not None and found and found[0].supported and against.score - found[0].score >= verify.RIVAL:
        found.remove(against)
        found.insert(0, against)
    return found


_EMBEDDED: dict[tuple[str, str], list[float]] = {}


def _embedder(bot: Bot) -> Any:
    """Query embeddings of short texts (clauses, names), remembered: the same words recur."""
    model = str(getattr(bot.embedder, "model_name", ""))

    def embed(texts: list[str]) -> np.ndarray:
        for t in texts:
            if (model, t) not in _EMBEDDED:
                if len(_EMBEDDED) > 20_000:
                    _EMBEDDED.clear()
                _EMBEDDED[model, t] = bot.embedder.get_query_embedding(t)
        return np.asarray([_EMBEDDED[model, t] for t in texts], dtype=np.float32)

    return embed


# --- the language model as judge ---------------------------------------------------------------


def _judge(bot: Bot) -> Generator | None:
    """The generator, when one is available and the mode allows it (never loaded in extractive mode)."""
    if bot.settings.mode == "extractive":
        return None
    return bot.generator(required=False)


def _ask_judge(judge: Generator, statement: StatementCheck, language: Lang) -> StatementCheck:
    """The judge's yes or no on a supported statement: "no" makes it not supported; it never
    makes a statement supported."""
    from dataclasses import replace

    best = statement.evidence[0]
    prompt = prompts.load("judge", language)
    chat = prompt.render(passage=best.quote, statement=statement.text)
    reply = "".join(judge.stream(chat, JUDGE_TOKENS)).strip()
    answer = judge_answer(reply)
    note = f"judge {judge.name} ({prompt.version}): {answer}"
    if answer == "no":
        reason = f"the language model ({judge.name}) judges the evidence does not support it"
        evidence = (replace(best, supported=False, reasons=(*best.reasons, reason)), *statement.evidence[1:])
        return replace(
            statement,
            verdict="not_supported",
            reasons=(*statement.reasons, reason),
            decided_by=("judge",),
            evidence=evidence,
            notes=(*statement.notes, note),
        )
    return replace(statement, decided_by=(*statement.decided_by, "judge"), notes=(*statement.notes, note))


def judge_answer(reply: str) -> str:
    """``yes``, ``no`` or ``unclear``: the first word of the judge's reply."""
    word = re.match(r"\W*([^\W\d_]+)", reply)
    first = word.group(1).lower() if word else ""
    if first in ("ja", "yes", "j", "y"):
        return "yes"
    if first in ("nein", "no", "n"):
        return "no"
    return "unclear"
