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
from dataclasses import dataclass, replace

import numpy as np

from bot import cite, evidence, extractive, generate, lang, lead, messages, names, prompts, verify
from bot.embed import embedder_dim, get_embedder, query_embeddings
from bot.errors import InputError, ModelError
from bot.generate import Generator
from bot.question import Profile, profile, split_question
from bot.records import Answer, Citation, Lang, Passage, Sentence, Statement
from bot.retrieve import Found, Judge, Retriever
from bot.settings import Settings
from bot.store import Store, held

MAX_QUESTION = 1000
FOLLOW_UP_WORDS = 6
SERVER_RETRY_S = 30.0  # a model server that failed is tried again after this long
# the similarity of a name and its translation by the embedder ("Munich" / "München" 0.97, "Brussels" / „Brüssel“
# 0.93; two different cities 0.81–0.88)
ACRONYM = re.compile(r"[A-ZÄÖÜ]{4,}")  # a short form of four capitals or more ("DSGVO", "GDPR")
TRANSLATED = 0.92
CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\w-]+")  # the words of a sentence that may be names


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
        self.names = names.corpus_names([(p.text, p.language) for p in self.retriever.passages])
        self.corpus = self._corpus(self.retriever, self.names)
        self._generator = generator
        self._generator_error: tuple[str, dict[str, str]] | None = None  # a catalogue key and its values
        self._failed_at = 0.0
        self._loading = threading.Lock()

    def refresh(self) -> None:
        """Rebuild the keyword index and the corpus names after an ingest into this store."""
        retriever = Retriever(self.store, self.embedder, self.settings)
        corpus = names.corpus_names([(p.text, p.language) for p in retriever.passages])
        # All are built before any is replaced: answers in flight never see a half-built index.
        self.retriever, self.names, self.corpus = retriever, corpus, self._corpus(retriever, corpus)

    @staticmethod
    def _corpus(retriever: Retriever, found: set[str]) -> evidence.Corpus:
        return evidence.Corpus(
            found,
            retriever.article_text,
            retriever.language,
            retriever.weight,
            retriever.lift,
            retriever.year,
            retriever.about,
            retriever.article,
        )

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
                self._generator_error, self._failed_at = ("model_error", {"error": e.message}), time.monotonic()
                if required:
                    raise
                return None
            self._generator_error = None
            return self._generator

    def _why_no_model(self, language: Lang) -> str:
        key, values = self._generator_error or ("model_error", {"error": "-"})
        return messages.say(key, language, **values)

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
        question = names.recased(clean_question(question), self.names)
        forced = language or (None if self.settings.language == "auto" else self.settings.language)
        detected = lang.detect(question, previous=history[-1].language if history else None)
        language = forced or detected.language
        notes = []
        if detected.other and not forced:
            notes.append(messages.say("other_language", "en", other=detected.other))

        query = self._retrieval_query(question, history)
        parts, passages, candidates = self._evidence(query, language)
        timings = {"retrieve_ms": (time.perf_counter() - began) * 1000}
        verdicts = [
            evidence.answerable(
                p.asked, p.ranked, self.settings.refuse_below, evidence.about(p.asked, passages, p.ranked)
            )
            for p in parts
        ]
        answered = [p for p, (ok, _) in zip(parts, verdicts, strict=True) if ok and p.ranked]
        ok = bool(answered)
        reasons = [w for _, w in verdicts if w] or [evidence.Why("no_answer", {})]
        why = "; ".join(messages.say(w.key, language, **w.values) for w in reasons)
        sources = evidence.sources(parts[0].asked, candidates, self.names)

        mode = mode or self.settings.mode
        if not ok:
            text = messages.say("refusal", language)
            timings["first_token_ms"] = (time.perf_counter() - began) * 1000
            yield text
            timings["total_ms"] = (time.perf_counter() - began) * 1000
            yield self._record(question, language, "refusal", "none", "-", text, True, (), passages, (),
                               (*notes, messages.say("refused", language, why=why)), timings)  # fmt: skip
            return

        loading = time.perf_counter()
        generator = None if mode == "extractive" else self.generator(required=mode == "llm")
        loaded = time.perf_counter() - loading
        if loaded > 0.01:  # the first question loads the model: its time is reported apart
            timings["load_ms"] = loaded * 1000
            began += loaded
        if generator is None:
            if mode == "auto":
                notes.append(messages.say("fallback", language, reason=self._why_no_model(language)))
            yield from self._extractive(question, language, passages, answered, sources, notes, timings, began)
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
                notes.append(
                    messages.say("fallback", language, reason=messages.say("model_error", language, error=e.message))
                )
                yield from self._extractive(question, language, passages, answered, sources, notes, timings, began)

    def _retrieval_query(self, question: str, history: Sequence[Turn]) -> str:
        """A follow-up ("Und in Potsdam?") is searched together with the question before it."""
        if not history or self.settings.history_turns == 0:
            return question
        words = names.WORD.findall(question)
        named = any(names.name_of(w, self.names) for w in words)
        if len(words) <= FOLLOW_UP_WORDS or not named:
            previous = [t.question for t in history[-self.settings.history_turns :]]
            return " ".join([*previous[-1:], question])
        return question

    @staticmethod
    def _candidates(
        passages: Sequence[Passage], sentences: Sequence[tuple[Sentence, list[float]]]
    ) -> list[tuple[Sentence, int, list[float]]]:
        """Sentences of the retrieved passages, each with the first passage holding it (an interviewer's question
        in a passage of its own: with the passage of its answer)."""
        return held(passages, sentences)

    def _evidence(
        self, query: str, language: Lang
    ) -> tuple[list[extractive.Part], list[Passage], list[tuple[Sentence, int, list[float]]]]:
        """What the question asks (one part, or one per thing a compound question asks), the passages retrieved
        for it, and their sentences as candidates, ranked as evidence for each part."""
        texts = split_question(query, self.names, language)
        preferred = self.retriever.titled(query)
        found = [self.search(text, language) for text in texts]
        passages = _interleave([f.passages for f in found], self.settings.top_k + len(texts) - 1)
        sentences = [sv for f in found for sv in f.sentences]
        candidates = self._candidates(passages, _unique(sentences))
        parts = []
        for text, f in zip(texts, found, strict=True):
            asked = self._profile(text, language)
            if asked.strange:  # "in München": unknown, unless a retrieved sentence names it in its language
                # (a short form of capitals is written alike in every language: "DSGVO" no article writes is unknown)
                spelt = [w for w in asked.strange if ACRONYM.fullmatch(w)]
                absent = spelt + self._untranslated([w for w in asked.strange if w not in spelt], candidates)
                asked = replace(asked, unknown=(*asked.unknown, *absent))
            ranked = evidence.rank(asked, f.vector, candidates, self.corpus, preferred)
            if f.prior:  # how close the passage's article is, as in the rerank that ordered the passages
                ranked = sorted(
                    (replace(s, score=s.score + f.prior.get(passages[s.passage].id, 0.0)) for s in ranked),
                    key=lambda s: -s.score,
                )
            parts.append(extractive.Part(asked, ranked, f.vector))
        return parts, passages, candidates

    def _untranslated(self, words: Sequence[str], candidates: Sequence[tuple[Sentence, int, list[float]]]) -> list[str]:
        """Of the question's ``words`` (names no article uses as written), those that no capitalised word of the
        retrieved sentences is by meaning: "Munich" is „München“ (``TRANSLATED``), "Hamburg" is not."""
        seen = list(dict.fromkeys(w for s, _, _ in candidates for w in CAPITALISED.findall(s.text)))
        if not seen:
            return list(words)
        vectors = np.asarray(query_embeddings(self.embedder, [*words, *seen]), dtype=np.float32)
        asked, have = vectors[: len(words)], vectors[len(words) :]
        return [w for w, v in zip(words, asked, strict=True) if float(np.max(have @ v)) < TRANSLATED]

    def search(self, query: str, language: Lang, asked: Profile | None = None) -> Found:
        """The passages for a question, ranked by the evidence they hold for it; for a question about an article
        itself (author, date, title), the top article's first passage is added."""
        asked = asked or self._profile(query, language)
        passages, qvec, sentences, prior = self.retriever.search(
            query, language, judge=self._judge(asked), names=asked.required
        )
        if asked.meta and passages:  # the author, date or title of an article are in its head
            named = self.retriever.titled(query, loosely=True)
            for doc_id in dict.fromkeys((evidence.about(asked, passages), named or passages[0].doc_id)):
                passages, sentences = self._with_head(passages, sentences, doc_id)
        return Found(passages, qvec, sentences, prior)

    def _profile(self, query: str, language: Lang) -> Profile:
        return profile(query, self.names, self.retriever.known, language)

    def _judge(self, asked: Profile) -> Judge:
        """The evidence score of candidate sentences, for the retriever's rerank."""

        def judge(
            candidates: Sequence[tuple[Sentence, int, Sequence[float]]], vector: np.ndarray
        ) -> list[tuple[int, float]]:
            ranked = evidence.rank(asked, vector, candidates, self.corpus, self.retriever.titled(asked.text))
            return [(s.passage, s.score) for s in ranked]

        return judge

    def _with_head(
        self, passages: list[Passage], sentences: list[tuple[Sentence, list[float]]], doc_id: str
    ) -> tuple[list[Passage], list[tuple[Sentence, list[float]]]]:
        """The retrieved passages and sentences with the first passage of article ``doc_id`` first."""
        head = self.retriever.first_passage(doc_id)
        if head is None:
            return passages, sentences
        rest = [p for p in passages if p.id != head.id]
        extra = [] if len(rest) < len(passages) else self.store.sentences_of([head])
        return [head, *rest], [*extra, *sentences]

    # --- extractive -------------------------------------------------------

    def _extractive(
        self,
        question: str,
        language: Lang,
        passages: Sequence[Passage],
        parts: Sequence[extractive.Part],
        sources: Sequence[evidence.Scored],
        notes: list[str],
        timings: dict[str, float],
        began: float,
    ) -> Iterator[str | Answer]:
        quoted = extractive.compose(parts, sources, passages, language, self._similar, frozenset(self.names))
        timings["first_token_ms"] = (time.perf_counter() - began) * 1000
        yield quoted.text
        timings["total_ms"] = (time.perf_counter() - began) * 1000
        answer = self._record(question, language, "extractive", "extractive", "extractive/2", quoted.text, False,
                              quoted.citations, passages, quoted.statements, notes, timings)  # fmt: skip
        yield replace(answer, lead=quoted.lead)

    def _similar(self, vector: np.ndarray) -> lead.Similar:
        """How close short texts are to the question ``vector`` (to tell which number a sentence answers with)."""

        def similar(texts: Sequence[str]) -> list[float]:
            vectors = np.asarray(self.embedder.get_text_embedding_batch(list(texts)), dtype=np.float32)
            return [float(v) for v in vectors @ vector]

        return similar

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
        # a passage's context (the question an interview answer answers, the header of a table it starts inside)
        # stands before it, so the model reads a row with its columns
        numbered = "\n\n".join(
            f"[{i}] ({p.title})\n" + (f"({p.context})\n" if p.context else "") + p.text
            for i, p in enumerate(passages, 1)
        )
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
            notes.append(messages.say("dropped", language, numbers=", ".join(map(str, stream.dropped))))

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
        """The start of an article (title, byline, lead), where it introduces who speaks; an author its metadata
        names (front matter, a page's author) and its text doesn't is added as a byline under the title."""
        text = self.retriever.article_text(doc_id)[: evidence.HEAD]
        author = self.retriever.author(doc_id)
        if not author or author in text:
            return text
        title, _, rest = text.partition("\n")
        byline = messages.say("byline", "de" if self.retriever.language(doc_id) == "de" else "en", author=author)
        return f"{title}\n{byline}\n{rest}"

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


def _interleave(rankings: Sequence[Sequence[Passage]], k: int) -> list[Passage]:
    """The passages of several rankings taken in turns (each part's best first), each once, at most ``k``."""
    out: list[Passage] = []
    for rank in range(max((len(r) for r in rankings), default=0)):
        for ranking in rankings:
            if rank < len(ranking) and all(p.id != ranking[rank].id for p in out):
                out.append(ranking[rank])
    return out[: max(k, len(rankings))]


def _unique(sentences: Sequence[tuple[Sentence, list[float]]]) -> list[tuple[Sentence, list[float]]]:
    seen: set[tuple[str, int]] = set()
    out = []
    for s, v in sentences:
        if (s.doc_id, s.start) not in seen:
            seen.add((s.doc_id, s.start))
            out.append((s, v))
    return out
