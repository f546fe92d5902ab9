"""Check a claim against the articles: the best evidence, and whether it supports the claim.

``check_claim`` searches the passages (hybrid retrieval, or dense search
within one article with ``doc_id``), runs the verifier of ``bot.verify`` on
each retrieved passage and returns the verdict of the best one, with the
supporting sentence as the quote. The same verifier marks the statements of
generated answers, so the claim check and the answer badges agree.
Leaves out: an NLI model (none ships offline).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from bot import lang, verify
from bot.errors import InputError
from bot.records import Lang, Passage

if TYPE_CHECKING:
    from bot.answer import Bot

ClaimVerdict = Literal["supported", "not_supported"]
AROUND = 300  # characters before and after a passage where a claim's names may be stated


@dataclass(frozen=True)
class Evidence:
    passage: Passage
    score: float
    supported: bool
    quote: str
    quote_start: int
    reasons: tuple[str, ...]

    def public(self) -> dict[str, Any]:
        return {
            **self.passage.public(),
            "score": round(self.score, 4),
            "supported": self.supported,
            "quote": self.quote,
            "quote_start": self.quote_start,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class ClaimCheck:
    claim: str
    language: Lang
    verdict: ClaimVerdict
    score: float
    evidence: tuple[Evidence, ...]  # best first; the first one decides the verdict
    timings: dict[str, float]

    def public(self) -> dict[str, Any]:
        """The JSON object of ``python -m bot check --json`` and of the UI's ``check`` endpoint."""
        return {
            "claim": self.claim,
            "language": self.language,
            "verdict": self.verdict,
            "score": round(self.score, 4),
            "evidence": [e.public() for e in self.evidence],
            "reasons": list(self.evidence[0].reasons) if self.evidence else ["no passage found"],
            "timings": {k: round(v, 1) for k, v in self.timings.items()},
        }


def require_article(bot: Bot, doc_id: str) -> None:
    """One clear error when the store has no article ``doc_id``."""
    if bot.store.get_article(doc_id) is None:
        known = sorted(bot.store.article_index())
        raise InputError(
            f"no article {doc_id!r} in the store",
            "use one of: " + ", ".join(known[:8]) + (" …" if len(known) > 8 else "") if known else "ingest articles",
        )


def check_claim(bot: Bot, claim: str, doc_id: str | None = None, k: int | None = None) -> ClaimCheck:
    """Whether the articles (or the article ``doc_id``) support ``claim``."""
    from bot.answer import clean_text

    began = time.perf_counter()
    claim = clean_text(claim, "claim")
    detected = lang.detect(claim)
    if detected.other:
        raise InputError(
            f"the claim is in {detected.other}; claims are checked in German or English",
            "write the claim in German or English",
        )
    if doc_id is not None:
        require_article(bot, doc_id)
    k = k or bot.settings.top_k
    if doc_id is None:
        passages, vector, sentences = bot.retriever.search(claim, detected.language, k)
    else:
        vector = np.asarray(bot.embedder.get_query_embedding(claim), dtype=np.float32)
        passages = bot.store.dense(vector, k, doc_id)
        sentences = bot.store.sentences_of(passages)
    by_passage: dict[int, list[tuple[Any, list[float]]]] = {}
    for sentence, vec in sentences:
        for i, p in enumerate(passages):
            if p.holds(sentence):
                by_passage.setdefault(i, []).append((sentence, vec))
    found = []
    for i, passage in enumerate(passages):
        own = by_passage.get(i, [])
        article = bot.retriever.article_text(passage.doc_id)
        at = article.find(passage.text)
        around = article[max(0, at - AROUND) : at + len(passage.text) + AROUND] if at >= 0 else ""
        context = bot.head(passage.doc_id) + "\n" + around
        result = verify.check(claim, vector, own, bot.names, bot.settings.support_threshold, context)
        quote = result.quote
        found.append(
            Evidence(
                passage,
                result.score,
                result.supported,
                quote.text if quote else "",
                quote.start if quote else passage.start,
                result.reasons,
            )
        )
    found.sort(key=lambda e: (not e.supported, -e.score))
    best = found[0] if found else None
    return ClaimCheck(
        claim=claim,
        language=detected.language,
        verdict="supported" if best and best.supported else "not_supported",
        score=best.score if best else 0.0,
        evidence=tuple(found),
        timings={"total_ms": (time.perf_counter() - began) * 1000},
    )
