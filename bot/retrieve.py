"""Hybrid retrieval: dense search in Chroma over passages and over single sentences, plus BM25, fused by
weighted reciprocal rank, then reranked by the evidence the passages hold. The search over sentences
(``sentence_weight``) finds a passage by the one sentence that says what is asked, however much else it
holds; it is what lifts English questions over German articles most (``make eval``).

The keyword index is built once, when the retriever is made (at start-up and after an ingest), never per
question. Each passage is stemmed in its article's language (German or English Snowball, ``bot.terms``); a
question is stemmed in every language the corpus holds, so a German question finds an English passage by the
names and terms they share. BM25 ranks each language's passages apart and each ranking joins the fusion: in
one ranking a question's words would give its own language every place (on the mixed splits, English
questions over German articles: recall@1 0.35 → 0.47 and 0.40 → 0.50). The BM25 weight per question language
is a setting (``bm25_weight_de``/``bm25_weight_en``, chosen by ``make eval``). llama-index's
``QueryFusionRetriever`` has no per-query weights for RRF, which is why the fusion is the few lines of ``fuse``
below. The rerank (``rerank = "sentences"``,
the default) orders the fused candidates by the best evidence score of their sentences (``bot.evidence``,
through the caller's ``judge``), or without a judge by their closest body sentence; the sentence embeddings
are stored at ingest, so it costs one store read. The rerank also adds, for each passage, how much closer than the
least close candidate its article's nearest passage (text under the article's title) is to the question
(``PASSAGE_PRIOR``): single sentences don't say what their article is about, and among many articles of one
kind (several price lists, reviews, studies) that is what tells the one asked about (``make eval``, weight 2 of
0/0.5/1/2/3/5: recall@1 on mixed15, mixed16, mixed18 0.45 → 0.53, 0.53 → 0.63, 0.57 → 0.65; on the seeds' splits
test26 0.74 → 0.82, test25 0.84 → 0.87, test 0.78 → 0.77). The rerank judges the dense ranking's first passages
(``DENSE_JUDGED``) whatever the fusion ranks them: a passage in the other language than the question's has no BM25
votes for the question's words, and the fusion alone drops it (the 918 answerable questions of all mixed splits, on
the store of mixed22: recall@5 0.899 → 0.923, de → en 0.871 → 0.918, en → de 0.773 → 0.821, recall@1 0.639 → 0.648,
same-language pairs unchanged, and on the seeds' 1,309 recall@1 0.772 and @5 0.960 both times; 5 of 0/5/10 gave
0.917). Lifting the other language's similarities by more than the measured gap (1.5 or 2 times ``lift``) gains
across languages what it loses within them (de → de recall@5 0.973 → 0.934 at 1.5), so it stays 1. Leaves out:
reranking with a cross-encoder (none ships offline)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

import bm25s
import numpy as np

from bot import terms
from bot.records import Lang, Passage, Sentence
from bot.settings import Settings
from bot.store import Store, held, in_passage_order

RRF_K = 60.0
COMPOUND_TERM = 5  # a query term this long that the index lacks may be the part of a German compound …
COMPOUNDS = 3  # … of so many indexed compounds at most
# sentences whose similarity ranks a passage without a judge: body text and interviewer questions (which stand
# for their answers), not the headings and bylines that resemble every question about their article
RANKED = frozenset({"body", "question"})
RANK_NUDGE = 0.02  # weight of the fused rank in the rerank (recall@1 of dev and ten mixed splits: 0.02 of 0/0.02/0.05)
PASSAGE_PRIOR = 2.0  # weight of the closeness of a passage's article to the question in the rerank
SENTENCE_FACTOR = 3  # sentences read per passage wanted: neighbouring sentences often share a passage
DENSE_JUDGED = 10  # of the dense ranking, the passages the rerank judges whatever the fusion ranks them
SENTENCE_JUDGED = 10  # … and of the ranking by nearest sentence
CENTROID_SAMPLE = 4000  # sentences read at start-up to place each language in embedding space
CENTROID_MIN = 30  # a language with fewer sentences is not placed: its mean would be one article's topic
CODE = re.compile(r"[A-ZÄÖÜ]{1,3}")  # a code of capitals: "Klasse BE", "Zone C"


# scores (passage index, evidence score) for the candidate sentences (sentence, passage index, embedding)
Judge = Callable[[Sequence[tuple[Sentence, int, Sequence[float]]], np.ndarray], Iterable[tuple[int, float]]]


class Found(NamedTuple):
    """What a search found: passages best first, the query's embedding, and the sentences inside
    those passages with their embeddings (in the order ``Store.sentences_of`` gives)."""

    passages: list[Passage]
    vector: np.ndarray
    sentences: list[tuple[Sentence, list[float]]]
    prior: dict[str, float] | None = None  # by passage id: what the rerank added for its article's closeness


def _analysed(language: str) -> str:
    """The language a text is stemmed in: its own when there is a stemmer for it, German (the default corpus's)
    when it is unknown, "" for another language (searched by meaning only)."""
    return language if language in terms.STEMMERS else "de" if not language else ""


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def fuse(rankings: Sequence[Sequence[Passage]], weights: Sequence[float], k: int) -> list[Passage]:
    """Weighted reciprocal rank fusion; the fused score replaces the passage score."""
    scores: dict[str, float] = {}
    first: dict[str, Passage] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, p in enumerate(ranking):
            scores[p.id] = scores.get(p.id, 0.0) + weight / (RRF_K + rank + 1)
            first.setdefault(p.id, p)
    best = sorted(scores, key=lambda pid: -scores[pid])[:k]
    return [replace(first[pid], score=scores[pid]) for pid in best]


class Retriever:
    """Dense + BM25 over one store. Make one per process; it holds the keyword index."""

    def __init__(self, store: Store, embedder: Any, settings: Settings) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self.passages = list(store.all_passages())
        # each passage is read in its article's language (German stems for German text, English for English);
        # a question is read in every language the corpus holds
        self.languages = sorted({_analysed(p.language) for p in self.passages} - {""}) or ["de"]
        self._vocab: dict[str, int] = {}
        indexed = [  # a passage in a language without a stemmer here is found by meaning only
            [
                self._vocab.setdefault(t, len(self._vocab))
                for t in terms.terms(f"{p.title}\n{p.context}\n{p.text}", _analysed(p.language))
            ]
            if _analysed(p.language)
            else []
            for p in self.passages
        ]
        self._bm25 = bm25s.BM25()
        if self.passages:
            self._bm25.index(bm25s.tokenization.Tokenized(ids=indexed, vocab=self._vocab), show_progress=False)
        self.vocabulary = set(self._vocab)
        self._by_length: list[str] | None = None
        self._articles: dict[str, str] = {}
        self._languages = {p.doc_id: p.language for p in self.passages}
        self._of_language: dict[str, list[str]] = {}  # the articles of each language (German when unknown)
        for doc_id in self._languages:
            self._of_language.setdefault(self.language(doc_id), []).append(doc_id)
        self._titles = {p.doc_id: p.title for p in self.passages}
        index = self.store.article_index()
        self._authors = {doc: str(m.get("author") or "") for doc, m in index.items()}
        self._about = {
            doc: " ".join(str(m.get(k) or "") for k in ("publication", "author")) for doc, m in index.items()
        }
        self._years = {doc: _year(str(m.get("date") or "")) for doc, m in index.items()}
        self._holding: dict[str, list[Passage]] = {}
        self._tiled: dict[str, str] = {}
        for p in self.passages:
            self._holding.setdefault(p.doc_id, []).append(p)
        self._df: dict[str, Counter[str]] = {}
        for p in self.passages:
            self._articles[p.doc_id] = self._articles.get(p.doc_id, p.title) + "\n" + p.text
        self.centroids = self._centroids()

    def _centroids(self) -> dict[str, np.ndarray]:
        """The mean sentence embedding of each language of the corpus (from a sample of the stored sentences)."""
        if len({self.language(doc_id) for doc_id in self._languages}) < 2:
            return {}  # one language: nothing to lift, nothing to read
        ids, vectors = self.store.sentence_sample(CENTROID_SAMPLE)
        if not ids:
            return {}
        languages = np.asarray([self.language(doc_id) for doc_id in ids])
        return {
            str(language): vectors[languages == language].mean(axis=0)
            for language in set(languages)
            if (languages == language).sum() >= CENTROID_MIN
        }

    def lift(self, vector: np.ndarray) -> dict[str, float]:
        """How much to add to a similarity of ``vector`` to a sentence or passage, by the text's language.

        A multilingual embedder places a question closer to every text of its own language than to any text
        of another: a German question's best English sentence scores below mediocre German ones. The gap is
        measured per question, as its similarity to each language's mean sentence, and each language is
        lifted to the closest one's level, so that texts of both languages compete on what they say.
        Nothing is lifted in a corpus of one language."""
        if len(self.centroids) < 2:
            return {}
        near = {language: float(centre @ vector) for language, centre in self.centroids.items()}
        top = max(near.values())
        return {language: top - value for language, value in near.items()}

    def weight(self, term: str, language: str) -> float:
        """How telling a stemmed term is: its inverse document frequency over the passages."""
        counts = self._df.get(language)
        if counts is None:
            counts = self._df[language] = Counter(t for p in self.passages for t in terms.term_set(p.text, language))
        return math.log(1 + len(self.passages) / (1 + counts.get(term, 0)))

    def titled(self, question: str, loosely: bool = False) -> str:
        """The article a question names by its title: in quotes ("… the opinion piece „Der Kunde ist König…“"),
        or by using every word of a title of two words or more ("… über Amazons Customer Obsession"); "" when
        it names none. ``loosely`` (for a question about an article itself: "Who wrote the customer obsession
        post?"): all words of a title but one, at least two, when no other title has as many."""
        for quoted in re.findall(r"[„“\"«»”]([^„“\"«»”]{6,})[“”\"«»]", question):
            wanted = _plain(quoted)
            for doc_id, title in self._titles.items():
                have = _plain(title)
                if wanted and have and (wanted == have or (len(wanted) >= 0.6 * len(have) and wanted in have)):
                    return doc_id
        best, size = "", 1
        near: dict[str, int] = {}
        for doc_id, title in self._titles.items():
            language = self.language(doc_id)
            needed = terms.term_set(title, language)
            used = len(needed & terms.term_set(question, language))
            if len(needed) > size and used == len(needed):
                best, size = doc_id, len(needed)
            elif used >= max(2, len(needed) - 1):
                near[doc_id] = used
        if best or not loosely or not near:
            return best
        most = max(near.values())
        closest = [d for d, n in near.items() if n == most]
        return closest[0] if len(closest) == 1 else ""

    def first_passage(self, doc_id: str) -> Passage | None:
        """The passage that opens an article (its title, byline and lead)."""
        return min((p for p in self.passages if p.doc_id == doc_id), key=lambda p: p.start, default=None)

    def author(self, doc_id: str) -> str:
        """An article's author from its metadata (front matter, a page's author), "" when unknown."""
        return self._authors.get(doc_id, "")

    def about(self, doc_id: str) -> str:
        """An article's publication and author from its metadata ("Spoke & Chain Oliver Brenchley"), "" when
        unknown: the names a question may give the whole article by ("in the Spoke & Chain test")."""
        return self._about.get(doc_id, "").strip()

    def year(self, doc_id: str) -> int:
        """The year an article appeared, from its metadata; 0 when unknown."""
        return self._years.get(doc_id, 0)

    def language(self, doc_id: str) -> str:
        """An article's language ("de", "en", …; German when unknown)."""
        return self._languages.get(doc_id) or "de"

    def article_text(self, doc_id: str) -> str:
        """An article's title and passages (overlaps included): enough to ask what it mentions."""
        return self._articles.get(doc_id, "")

    def article(self, doc_id: str) -> str:
        """An article's stored text, at the offsets of its sentences (a transcript's speaker label before a
        sentence, the sentences before a quote, a post's sign-off after them); as its passages tile it where the
        store lacks it; its title after it where the text does not open with it."""
        if doc_id not in self._tiled:
            held_by = self._holding.get(doc_id)
            stored = self.store.get_article(doc_id) if held_by else None
            text = stored.text if stored is not None else _tiled(held_by) if held_by else ""
            title = held_by[0].title.strip() if held_by else ""
            self._tiled[doc_id] = text if not title or title in text[:TITLED] else f"{text}\n{title}"
        return self._tiled[doc_id]

    def terms(self, text: str) -> list[str]:
        """The stemmed, stopword-free terms of ``text`` in each language of the corpus, as the keyword index
        sees them."""
        return list(dict.fromkeys(t for language in self.languages for t in terms.terms(text, language)))

    def known(self, word: str) -> bool:
        """Whether the articles use ``word`` (compared by stem; a web address as written), or name it as an
        article's publication or author."""
        if "." in word.strip("."):
            return any(word.lower() in p.text.lower() for p in self.passages)
        if CODE.fullmatch(word):  # a code of capitals as written, a word of its own ("BE" is not "be", nor "B")
            pattern = re.compile(rf"(?<![\w]){word}(?![\w])")
            return any(pattern.search(p.text) for p in self.passages)
        if any(word in about.split() for about in self._about.values()):
            return True
        return any(t in self.vocabulary for t in self.terms(word))

    def keyword(self, query: str, k: int) -> list[Passage]:
        ids = [self._vocab[t] for t in self.terms(query) if t in self._vocab]
        ids += [self._vocab[t] for t in self.compounds(query)]
        if not ids or not self.passages:
            return []
        k = min(k, len(self.passages))
        docs, scores = self._bm25.retrieve([ids], k=k, show_progress=False, n_threads=1)
        return [
            replace(self.passages[int(i)], score=float(s)) for i, s in zip(docs[0], scores[0], strict=True) if s > 0
        ]

    def compounds(self, query: str) -> list[str]:
        """The indexed German compounds that start or end with a term of ``query`` the index lacks: "thuja" finds
        „Thujahecke“, „Schimmel“ „Schimmelbefall“ (at most ``COMPOUNDS`` per term, the shortest first); and the
        longest indexed words that start and end such a term, its parts."""
        if self._by_length is None:
            self._by_length = sorted(self._vocab, key=len)
        out: list[str] = []
        for term in self.terms(query):
            if term in self._vocab or len(term) < COMPOUND_TERM:
                continue
            found = [w for w in self._by_length if len(w) >= len(term) + 3 and (w.startswith(term) or w.endswith(term))]
            out += found[:COMPOUNDS]
            # … or a compound of indexed parts: „Gewerbesteuereinnahmen" finds „Gewerbesteuer" and „Einnahmen"
            parts = [w for w in self._by_length if len(w) >= COMPOUND_TERM and len(term) >= len(w) + 3]
            first = [w for w in parts if term.startswith(w)]
            last = [w for w in parts if term.endswith(w)]
            out += first[-1:] + last[-1:]  # the longest of each
        return list(dict.fromkeys(out))

    def keyword_by_language(self, query: str, k: int) -> list[list[Passage]]:
        """The BM25 ranking split by the passages' language, ``k`` of each: the words of a question match
        articles of its own language, so in one ranking those would take every place; ranked apart, an article
        in the other language keeps the votes its names, figures and shared words earn."""
        by: dict[str, list[Passage]] = {}
        for p in self.keyword(query, len(self.passages)):
            ranking = by.setdefault(p.language, [])
            if len(ranking) < k:
                ranking.append(p)
        return list(by.values())

    def dense(self, query_vector: Sequence[float] | np.ndarray, k: int, scope: Sequence[str] = ()) -> list[Passage]:
        """The ``k`` passages nearest to the query (of the articles ``scope`` when given), each language's
        similarities lifted (``lift``); the passages of a lifted language are searched on their own, so that they
        are among the candidates."""
        vector = np.asarray(query_vector, dtype=np.float32)
        lift = self.lift(vector)
        found = self.store.dense(vector, k, doc_ids=scope)
        if scope or not any(up > 0 for up in lift.values()):
            return [replace(p, score=p.score + lift.get(self.language(p.doc_id), 0.0)) for p in found]
        for language, up in lift.items():
            if up > 0:
                found += self.store.dense(vector, k, language=language)
        best: dict[str, Passage] = {}
        for p in found:
            best.setdefault(p.id, replace(p, score=p.score + lift.get(self.language(p.doc_id), 0.0)))
        return sorted(best.values(), key=lambda p: -p.score)[:k]

    def by_sentences(self, query_vector: np.ndarray, k: int, scope: Sequence[str] = ()) -> list[Passage]:
        """The passages holding the sentences nearest to the query (of the articles ``scope`` when given), in the
        order of their nearest sentence: a passage is found by its one sentence that says what is asked, however
        much else it holds. Each language's similarities are lifted (``lift``), as in ``dense``."""
        lift = self.lift(query_vector)
        found = self.store.sentences_near(query_vector, SENTENCE_FACTOR * k, scope)
        if not scope:  # a lifted language's sentences are searched on their own, as in ``dense``
            for lifted in [language for language, up in lift.items() if up > 0]:
                found += self.store.sentences_near(query_vector, SENTENCE_FACTOR * k, self._of_language[lifted])
        unique = {(s.doc_id, s.start): (s, sim) for s, sim in found}
        near = [(s, sim + lift.get(self.language(s.doc_id), 0.0)) for s, sim in unique.values() if s.role in RANKED]
        out: dict[str, Passage] = {}
        for sentence, sim in sorted(near, key=lambda x: -x[1]):
            for p in self._holding.get(sentence.doc_id, ()):
                if p.holds(sentence) and p.id not in out:
                    out[p.id] = replace(p, score=sim)
            if len(out) >= k:
                break
        return list(out.values())[:k]

    def naming(self, names: Sequence[str]) -> list[str]:
        """The articles that mention every one of ``names`` (each at least twice); none when no name is given, or
        when every article (or none) mentions them: then the names narrow nothing."""
        if not names:
            return []
        # as a word, or with a genitive's ending ("Kreutzers", "Doll's"; "Doll" is not in "Dollar"), in its own case
        # ("BSI" is not in "Absicht"), and more than once: an article is about whom it names again, not about a firm
        # its author's byline names in passing; … or as its author (who may name themselves once, in the byline)
        patterns = [re.compile(rf"(?<!\w){re.escape(n)}(?:s|es|['’]s|['’])?(?!\w)") for n in names]

        def mentions(doc_id: str, pattern: re.Pattern[str]) -> int:  # where passages overlap, a place counts once
            return len({p.start + m.start() for p in self._holding[doc_id] for m in pattern.finditer(p.text)})

        def named(doc_id: str, pattern: re.Pattern[str]) -> bool:
            return mentions(doc_id, pattern) >= 2 or bool(pattern.search(self.author(doc_id)))

        scope = [d for d in self._holding if all(named(d, p) for p in patterns)]
        return scope if len(scope) < len(self._holding) else []

    def search(
        self,
        query: str,
        language: Lang,
        k: int | None = None,
        judge: Judge | None = None,
        names: Sequence[str] = (),
    ) -> Found:
        """The top-k passages for ``query``, the query's embedding and the passages' sentences
        (both reused downstream, so an answer embeds its question and reads the sentences once).
        ``judge`` scores sentences as evidence for the question; the rerank then orders passages by the best
        evidence they hold, instead of by their closest sentence. ``names`` are names the question asks about:
        the articles that mention them all are also searched by meaning on their own, so that their passages
        are candidates even where the names are not in them (an interviewee's answers, in any language) and
        other articles' passages resemble the question more (its language, its wording)."""
        k = k or self.settings.top_k
        vector = np.asarray(self.embedder.get_query_embedding(query), dtype=np.float32)
        n = self.settings.candidates
        weight = self.settings.bm25_weight_de if language == "de" else self.settings.bm25_weight_en
        nearest = self.dense(vector, n)
        rankings, weights = [nearest], [1.0]
        if weight > 0:
            for ranking in self.keyword_by_language(query, n):
                rankings.append(ranking)
                weights.append(weight)
        by_sentence = self.by_sentences(vector, n) if self.settings.sentence_weight > 0 else []
        if by_sentence:
            rankings.append(by_sentence)
            weights.append(self.settings.sentence_weight)
        scope = self.naming(names)
        if scope:
            rankings.append(self.dense(vector, n, scope))
            weights.append(1.0)
            if self.settings.sentence_weight > 0:
                rankings.append(self.by_sentences(vector, n, scope))
                weights.append(self.settings.sentence_weight)
        if self.settings.rerank == "none":
            top = fuse(rankings, weights, k)
            return Found(top, vector, self.store.sentences_of(top))
        pool = fuse(rankings, weights, max(k, self.settings.rerank_pool))
        # the passages closest by meaning are judged too, whatever their votes: a passage in the other language
        # than the question's has no BM25 votes of its own language's words, and the fusion alone would drop it
        fused = {p.id for p in pool}
        for p in [*nearest[:DENSE_JUDGED], *by_sentence[:SENTENCE_JUDGED]]:
            if p.id not in fused:
                pool.append(p)
                fused.add(p.id)
        sentences = self.store.sentences_of(pool)
        prior = None
        if judge is None:
            top = self.rerank(pool, vector, sentences, RANKED)[:k]
        else:
            prior = _article_prior(nearest, pool)
            top = self.rerank_by(pool, sentences, vector, judge, prior)[:k]
        kept = {(s.doc_id, s.start) for s, _, _ in held(top, sentences)}
        kept_sentences = in_passage_order([(s, v) for s, v in sentences if (s.doc_id, s.start) in kept], top)
        return Found(top, vector, kept_sentences, prior)

    @staticmethod
    def rerank_by(
        passages: Sequence[Passage],
        sentences: Sequence[tuple[Sentence, Sequence[float]]],
        vector: np.ndarray,
        judge: Judge,
        prior: dict[str, float] | None = None,
    ) -> list[Passage]:
        """Passages by the best evidence score of their sentences (``judge``), nudged by their fused rank and by
        ``prior`` (by passage id); a passage with no sentence that can answer goes last."""
        candidates = held(passages, sentences, first=False)
        best: dict[int, float] = {}
        for passage, score in judge(candidates, vector):
            best[passage] = max(best.get(passage, -1.0), score)
        prior = prior or {}
        scored = [
            replace(p, score=best.get(rank, -1.0) + RANK_NUDGE / (rank + 1) + prior.get(p.id, 0.0))
            for rank, p in enumerate(passages)
        ]
        return sorted(scored, key=lambda p: -p.score)

    @staticmethod
    def rerank(
        passages: Sequence[Passage],
        vector: np.ndarray,
        sentences: Sequence[tuple[Sentence, Sequence[float]]],
        roles: frozenset[str] = frozenset(),
    ) -> list[Passage]:
        """Passages by their best sentence's similarity to the query, nudged by their fused rank. Only
        sentences of ``roles`` count (all when empty): a title resembles every question about its article."""
        best: dict[str, float] = {}
        for sentence, vec in sentences:
            if roles and sentence.role not in roles:
                continue
            sim = float(np.asarray(vec, dtype=np.float32) @ vector)
            for p in passages:
                if p.holds(sentence):
                    best[p.id] = max(best.get(p.id, -1.0), sim)
        scored = [replace(p, score=best.get(p.id, 0.0) + RANK_NUDGE / (rank + 1)) for rank, p in enumerate(passages)]
        return sorted(scored, key=lambda p: -p.score)


def _article_prior(nearest: Sequence[Passage], pool: Sequence[Passage]) -> dict[str, float]:
    """For each passage of ``pool`` (by id), ``PASSAGE_PRIOR`` times how much closer to the question than the least
    close of ``nearest`` (the dense ranking) its article's nearest passage is. That passage's text under its article's
    title says what the article is about, which single sentences don't: among articles of one kind it tells the one
    asked about; every passage of an article gets the same prior, so that within an article the evidence alone
    orders them."""
    floor = min((p.score for p in nearest), default=0.0)
    near: dict[str, float] = {}
    for p in nearest:
        near[p.doc_id] = max(near.get(p.doc_id, floor), p.score)
    return {p.id: PASSAGE_PRIOR * (near.get(p.doc_id, floor) - floor) for p in pool}


TITLED = 400  # characters at the start of an article's text where its title line stands
LINE_START = re.compile(r"\||#{1,6}\s|[*•-]\s|\d{1,2}[.)]\s")


def _tiled(passages: Sequence[Passage]) -> str:
    """The text of one article from its passages (which tile it, overlapping), at their offsets."""
    size = max(p.end for p in passages)
    chars = [" "] * size
    covered = [False] * size
    for p in passages:
        chars[p.start : p.end] = p.text
        covered[p.start : p.end] = [True] * (p.end - p.start)
    # the white space between two passages is a line break where the next one starts a line of Markdown structure
    # (a table's row, a heading, a list item): a row is read with the rows above it (``bot.tables``)
    for p in passages:
        if p.start > 0 and not covered[p.start - 1] and LINE_START.match(p.text):
            chars[p.start - 1] = "\n"
    return "".join(chars)


def _year(date: str) -> int:
    """The year of a stored date ("2025-02-11", "2018-12", "11.02.2025"), 0 when it has none."""
    m = re.search(r"\b(19|20)\d{2}\b", date)
    return int(m.group(0)) if m else 0
