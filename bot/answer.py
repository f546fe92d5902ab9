"""The answer: retrieve → check answerability → generate or quote → cite → verify.

The only module that knows the order of the answer steps. ``Bot.ask`` yields
display text as it is produced and finally the ``Answer`` record; CLI and UI
render what it yields. At most one generator call per question: follow-ups
are resolved for retrieval by prefixing the previous question, and the
refusal decision is made from the evidence, before any generator runs.
"""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from bot import cite, evidence, generate, lang, messages, prompts, verify
from bot.embed import embedder_dim, get_embedder
from bot.errors import InputError, ModelError
from bot.generate import Generator
from bot.records import Answer, Citation, Lang, Passage, Sentence, Statement
from bot.retrieve import Retriever
from bot.settings import Settings
from bot.store import Store

MAX_QUESTION = 1000
EXTRACTIVE_QUOTES = 2
EXTRACTIVE_MARGIN = 0.015
FOLLOW_UP_WORDS = 6
SERVER_RETRY_S = 30.0  # a model server that failed is tried again after this long


@dataclass(frozen=True)
class Turn:
    """An earlier question of the conversation and the language it was answered in."""

    question: str
    language: Lang


def clean_text(text: str, what: str = "question") -> str:
    """``text`` without control characters; one clear error for unusable input."""
    ask = "type a question about the articles" if what == "question" else f"type a {what} about the articles"
    if not isinstance(text, str):
        raise InputError(f"the {what} must be text", ask)
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    text = " ".join(text.split())
    if not text:
        raise InputError(f"the {what} is empty", ask)
    if len(text) > MAX_QUESTION:
        raise InputError(
            f"the {what} has {len(text):,} characters; the limit is {MAX_QUESTION:,}",
            "ask a shorter question" if what == "question" else f"shorten the {what}",
        )
    if not re.search(r"[^\W\d_]", text):
        raise InputError(f"the {what} has no words", ask)
    return text


def clean_question(text: str) -> str:
    """The question without control characters; one clear error for unusable input."""
    return clean_text(text, "question")


class Bot:
    """Answers questions over one store. Make one per process: it holds the indexes."""

    def __init__(self, settings: Settings, generator: Generator | None = None) -> None:
        self.settings = settings
        self.embedder = get_embedder(settings.embedder)
        self.store = Store.open(settings, self.embedder.model_name, embedder_dim(self.embedder))
        self.retriever = Retriever(self.store, self.embedder, settings)
        self.names = evidence.corpus_names([p.text for p in self.retriever.passages])
        self._generator = generator
        self._generator_error: str | None = None
        self._failed_at = 0.0
        self._loading = threading.Lock()

    def refresh(self) -> None:
        """Rebuild the keyword index and the corpus names after an ingest into this store."""
        retriever = Retriever(self.store, self.embedder, self.settings)
        names = evidence.corpus_names([p.text for p in retriever.passages])
        # Both are built before either is replaced: answers in flight never see a half-built index.
        self.retriever, self.names = retriever, names

    # --- generator ------------------------------------------------------

    def generator(self, required: bool) -> Generator | None:
        """The generator, loaded on first use; ``None`` (with a reason kept) when
        it isn't available and not ``required``."""
        with self._loading:  # one load at a time; the others wait for its result
            if self._generator is not None:
                return self._generator
            if not required:
                if not generate.on_disk(self.settings):
                    self._generator_error = generate.missing(self.settings)
                    return None
                # a local model that failed to load fails again; a model server may have come up since
                retry = self.settings.llm_backend == "openai" and time.monotonic() - self._failed_at > SERVER_RETRY_S
                if self._generator_error and not retry:
                    return None
            try:
                self._generator = generate.load(self.settings)
            except ModelError as e:
                self._generator_error, self._failed_at = e.message, time.monotonic()
                if required:
                    raise
                return None
            self._generator_error = None
            return self._generator

    def model_name(self, mode: str | None = None) -> str:
        """What will answer: the model's name, or ``extractive``."""
        mode = mode or self.settings.mode
        if mode == "extractive":
            return "extractive"
        if self._generator is not None:
            return self._generator.name
        return self.settings.llm_model if generate.on_disk(self.settings) else "extractive"

    # --- answering ------------------------------------------------------

    def answer(
        self,
        question: str,
        language: Lang | None = None,
        mode: str | None = None,
        history: Sequence[Turn] = (),
    ) -> Answer:
        """The whole answer at once (no streaming)."""
        result = None
        for item in self.ask(question, language, mode, history):
            if isinstance(item, Answer):
                result = item
        assert result is not None
        return result

    def ask(
        self,
        question: str,
        language: Lang | None = None,
        mode: str | None = None,
        history: Sequence[Turn] = (),
    ) -> Iterator[str | Answer]:
        """Yield display text as it comes, then the ``Answer``."""
        began = time.perf_counter()
        question = clean_question(question)
        forced = language or (None if self.settings.language == "auto" else self.settings.language)
        detected = lang.detect(question, previous=history[-1].language if history else None)
        language = forced or detected.language
        notes = []
        if detected.other and not forced:
            notes.append(messages.say("other_language", "en", other=detected.other))

        query = self._retrieval_query(question, history)
        passages, qvec, sentences = self.retriever.search(query, language)
        timings = {"retrieve_ms": (time.perf_counter() - began) * 1000}
        candidates = self._candidates(passages, sentences)
        asked = evidence.profile(query, self.names, self.retriever.known, language)
        ranked = evidence.rank(asked, qvec, candidates, self.names, self.retriever.article_text)
        ok, why = evidence.answerable(asked, ranked, self.settings.refuse_below)

        mode = mode or self.settings.mode
        if not ok:
            text = messages.say("refusal", language)
            timings["first_token_ms"] = (time.perf_counter() - began) * 1000
            yield text
            timings["total_ms"] = (time.perf_counter() - began) * 1000
            yield self._record(question, language, "refusal", "none", "-", text, True, (), passages, (),
                               (*notes, f"refused: {why}"), timings)  # fmt: skip
            return

        loading = time.perf_counter()
        generator = None if mode == "extractive" else self.generator(required=mode == "llm")
        loaded = time.perf_counter() - loading
        if loaded > 0.01:  # the first question loads the model: its time is reported apart
            timings["load_ms"] = loaded * 1000
            began += loaded
        if generator is None:
            if mode == "auto":
                notes.append(messages.say("fallback", language, reason=self._generator_error or "-"))
            yield from self._extractive(question, language, passages, ranked, notes, timings, began)
        else:
            shown = False
            try:
                read = passages[: self.settings.llm_passages]  # the prompt's length sets the first word's wait
                for item in self._generated(question, language, read, candidates, history, generator, notes,
                                            timings, began):  # fmt: skip
                    shown = shown or isinstance(item, str)
                    yield item
            except ModelError as e:
                # a model server that fails before the first word: auto mode still answers, with quotes
                if mode != "auto" or shown:
                    raise
                notes.append(messages.say("fallback", language, reason=e.message))
                yield from self._extractive(question, language, passages, ranked, notes, timings, began)

    def _retrieval_query(self, question: str, history: Sequence[Turn]) -> str:
        """A follow-up ("Und in Potsdam?") is searched together with the question before it."""
        if not history or self.settings.history_turns == 0:
            return question
        words = evidence.WORD.findall(question)
        named = any(evidence.name_of(w, self.names) for w in words)
        if len(words) <= FOLLOW_UP_WORDS or not named:
            previous = [t.question for t in history[-self.settings.history_turns :]]
            return " ".join([*previous[-1:], question])
        return question

    @staticmethod
    def _candidates(
        passages: Sequence[Passage], sentences: Sequence[tuple[Sentence, list[float]]]
    ) -> list[tuple[Sentence, int, list[float]]]:
        """Sentences of the retrieved passages, each with the first passage holding it."""
        out = []
        for sentence, vector in sentences:
            holder = next((i for i, p in enumerate(passages) if p.holds(sentence)), None)
            if holder is not None:
                out.append((sentence, holder, vector))
        return out

    # --- extractive -------------------------------------------------------

    def _extractive(
        self,
        question: str,
        language: Lang,
        passages: Sequence[Passage],
        ranked: Sequence[evidence.Scored],
        notes: list[str],
        timings: dict[str, float],
        began: float,
    ) -> Iterator[str | Answer]:
        best = ranked[0].score
        chosen: list[evidence.Scored] = []
        for s in ranked:
            if len(chosen) == EXTRACTIVE_QUOTES or s.score < best - EXTRACTIVE_MARGIN:
                break
            if s.fits and all(s.sentence.text not in c.sentence.text for c in chosen):
                chosen.append(s)
        chosen = chosen or [ranked[0]]
        quotes: dict[int, evidence.Scored] = {}  # the best quote of each cited passage
        for s in chosen:
            quotes.setdefault(s.passage, s)
        chosen.sort(key=lambda s: (s.passage, s.sentence.start))
        order: list[int] = []
        lines, statements = [messages.say("extractive", language)], []
        citations: list[Citation] = []
        for s in chosen:
            if s.passage not in order:
                order.append(s.passage)
                n = len(order)
                q = quotes[s.passage]
                citations.append(Citation(n, passages[s.passage], q.sentence.text, q.sentence.start, True, q.score))
            n = order.index(s.passage) + 1
            lines.append(f"„{s.sentence.text}“ [{n}]")
            statements.append(Statement(s.sentence.text, (n,), "supported"))
        text = "\n".join(lines)
        timings["first_token_ms"] = (time.perf_counter() - began) * 1000
        yield text
        timings["total_ms"] = (time.perf_counter() - began) * 1000
        yield self._record(question, language, "extractive", "extractive", "extractive/1", text, False,
                           citations, passages, statements, notes, timings)  # fmt: skip

    # --- generated --------------------------------------------------------

    def _generated(
        self,
        question: str,
        language: Lang,
        passages: Sequence[Passage],
        candidates: Sequence[tuple[Sentence, int, list[float]]],
        history: Sequence[Turn],
        generator: Generator,
        notes: list[str],
        timings: dict[str, float],
        began: float,
    ) -> Iterator[str | Answer]:
        prompt = prompts.load("answer", language)
        numbered = "\n\n".join(f"[{i}] ({p.title})\n{p.text}" for i, p in enumerate(passages, 1))
        earlier = [t.question for t in history[-self.settings.history_turns :]] if self.settings.history_turns else []
        label = {"de": "Frühere Fragen", "en": "Earlier questions"}[language]
        chat = prompt.render(
            passages=numbered,
            question=question,
            history=f"\n{label}: " + " | ".join(earlier) + "\n" if earlier else "",
        )
        stream = cite.CitationStream(len(passages))
        for piece in generator.stream(chat, self.settings.max_new_tokens):
            shown = stream.feed(piece)
            if shown:
                timings.setdefault("first_token_ms", (time.perf_counter() - began) * 1000)
                yield shown
        tail = stream.finish()
        if tail:
            yield tail
        timings.setdefault("first_token_ms", (time.perf_counter() - began) * 1000)
        if stream.dropped:
            notes.append("dropped citations to sources that don't exist: " + ", ".join(map(str, stream.dropped)))

        cited = [passages[k - 1] for k in stream.order]
        by_passage: dict[int, list[tuple[Sentence, list[float]]]] = {}
        for sentence, holder, vector in candidates:
            by_passage.setdefault(holder, []).append((sentence, vector))
        statements: list[Statement] = []
        verdicts: dict[int, list[verify.Check]] = {}
        language_name = "german" if language == "de" else "english"
        for text, cites in cite.statements(stream.text, language_name):
            if not cites:
                statements.append(Statement(text, (), "uncited"))
                continue
            svec = np.asarray(self.embedder.get_query_embedding(text), dtype=np.float32)
            support = [s for n in cites for s in by_passage.get(stream.order[n - 1] - 1, [])]
            heads = {n: self.head(passages[stream.order[n - 1] - 1].doc_id) for n in cites}
            threshold = self.settings.support_threshold
            result = verify.check(text, svec, support, self.names, threshold, " ".join(heads.values()))
            statements.append(Statement(text, cites, "supported" if result.supported else "not_supported"))
            for n in cites:
                own = by_passage.get(stream.order[n - 1] - 1, [])
                verdicts.setdefault(n, []).append(verify.check(text, svec, own, self.names, threshold, heads[n]))
        citations = []
        for n, passage in enumerate(cited, 1):
            checks = verdicts.get(n, [])
            best = max(checks, key=lambda c: c.score, default=None)
            quote = best.quote if best and best.quote else None
            citations.append(
                Citation(
                    n,
                    passage,
                    quote.text if quote else passage.text,
                    quote.start if quote else passage.start,
                    all(c.supported for c in checks) if checks else None,
                    best.score if best else 0.0,
                )
            )
        judged = [s for s in statements if s.verdict != "uncited"]
        notes.append(
            messages.say("summary", language, ok=sum(s.verdict == "supported" for s in judged), total=len(statements))
        )
        timings["total_ms"] = (time.perf_counter() - began) * 1000
        yield self._record(question, language, "llm", generator.name, prompt.version, stream.text.strip(), False,
                           citations, passages, statements, notes, timings)  # fmt: skip

    def head(self, doc_id: str) -> str:
        """The start of an article (title, byline, lead), where it introduces who speaks."""
        return self.retriever.article_text(doc_id)[: evidence.HEAD]

    @staticmethod
    def _record(
        question: str,
        language: Lang,
        mode: str,
        model: str,
        version: str,
        text: str,
        refused: bool,
        citations: Sequence[Citation],
        passages: Sequence[Passage],
        statements: Sequence[Statement],
        notes: Sequence[str],
        timings: dict[str, float],
    ) -> Answer:
        return Answer(
            question=question,
            language=language,
            mode=mode,
            model=model,
            prompt_version=version,
            text=text,
            refused=refused,
            citations=tuple(citations),
            retrieved=tuple(passages),
            statements=tuple(statements),
            notes=tuple(notes),
            timings=timings,
        )
