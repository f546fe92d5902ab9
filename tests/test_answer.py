"""Answers over the real seed store: the prompt the generator is given, citations exact into the
articles, extractive answers, refusals before any generation, and the real test model end to end.

The questions are written for these tests; eval/questions.jsonl is held out for measurement.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot import generate, prompts
from bot.answer import Bot, Turn
from bot.messages import TEXT
from bot.records import Answer, Citation, Lang
from bot.settings import load_settings

CONTRACT = {
    "question", "language", "mode", "model", "prompt_version", "answer", "lead", "refused",
    "citations", "retrieved", "statements", "notes", "timings",
}  # fmt: skip
CITATION = {"n", "doc_id", "title", "text", "start", "end", "quote", "quote_start", "supported", "score"}
PASSAGE = {"doc_id", "title", "text", "start", "end", "score"}
TIMINGS = {"retrieve_ms", "first_token_ms", "total_ms"}
EMPLOYEES = "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?"


class FakeGenerator:
    """Replays queued replies in small pieces and records the messages it was given."""

    name = "fake"

    def __init__(self) -> None:
        self.replies: list[str] = []
        self.history: list[list[dict[str, str]]] = []

    def enqueue(self, reply: str) -> None:
        self.replies.append(reply)

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int) -> Iterator[str]:
        self.history.append(messages)
        reply = self.replies.pop(0)
        for i in range(0, len(reply), 3):
            yield reply[i : i + 3]


@pytest.fixture(scope="module")
def bot(seed_store) -> Bot:
    return Bot(seed_store.settings)


@pytest.fixture
def fake() -> FakeGenerator:
    return FakeGenerator()


@pytest.fixture
def fake_bot(seed_store, fake: FakeGenerator) -> Bot:
    return Bot(seed_store.settings, generator=fake)


def assert_exact(bot: Bot, citation: Citation) -> None:
    """The citation's passage and quote are verbatim at their offsets in the stored article."""
    article = bot.store.get_article(citation.passage.doc_id)
    assert article is not None
    p = citation.passage
    assert article.text[p.start : p.end] == p.text
    assert article.text[citation.quote_start : citation.quote_start + len(citation.quote)] == citation.quote
    assert p.start <= citation.quote_start and citation.quote_start + len(citation.quote) <= p.end


# --- the prompt the generator is given ---------------------------------------


@pytest.mark.parametrize(
    ("question", "language", "system", "instruction", "asked"),
    [
        (EMPLOYEES, "de", "Du beantwortest Fragen", "Antworte auf Deutsch, mit [n] nach jedem Satz.", "Frage: "),
        (
            "How many employees does Amazon have in the Berlin region?",
            "en",
            "You answer questions",
            "Answer in English, with [n] after each sentence.",
            "Question: ",
        ),
    ],
)
def test_prompt_numbers_passages_and_states_the_language(
    fake_bot: Bot, fake: FakeGenerator, question: str, language: str, system: str, instruction: str, asked: str
) -> None:
    fake.enqueue("Über 2.000 [1].")
    answer = fake_bot.answer(question, mode="llm")
    [messages] = fake.history
    assert [m["role"] for m in messages] == ["system", "user"]
    assert messages[0]["content"].startswith(system)
    user = messages[1]["content"]
    assert user.endswith(instruction)
    assert asked + question in user
    assert 1 < len(answer.retrieved) <= fake_bot.settings.top_k
    # each passage after its number and title, and after its context where it has one (an interview's question)
    where = [
        user.index(f"[{i}] ({p.title})\n" + (f"({p.context})\n" if p.context else "") + p.text)
        for i, p in enumerate(answer.retrieved, 1)
    ]
    assert where == sorted(where)
    assert f"[{len(answer.retrieved) + 1}] (" not in user
    assert (answer.language, answer.mode, answer.model, answer.prompt_version) == (
        language,
        "llm",
        "fake",
        f"answer.{language}/1",
    )


@pytest.mark.parametrize(
    ("earlier", "follow_up", "language", "label"),
    [
        ("Welche Lieferdienste bietet Amazon in Berlin an?", "Und in Potsdam?", "de", "Frühere Fragen: "),
        ("Which delivery services does Amazon offer in Berlin?", "And in Potsdam?", "en", "Earlier questions: "),
    ],
)
def test_follow_up_is_asked_with_the_question_before_it(
    fake_bot: Bot, fake: FakeGenerator, earlier: str, follow_up: str, language: str, label: str
) -> None:
    fake.enqueue("Amazon Fresh [1].")
    answer = fake_bot.answer(follow_up, history=[Turn(earlier, language)])  # type: ignore[arg-type]
    assert not answer.refused, answer.notes
    assert answer.language == language
    assert label + earlier in fake.history[0][1]["content"]
    assert any("Amazon Fresh" in p.text and "Potsdam" in p.text for p in answer.retrieved)


@pytest.mark.parametrize(
    ("reply", "display", "cited"),
    [
        ("Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter [1].", "… 2.000 Mitarbeiter [1].", [1]),
        ("Über 2.000 Mitarbeiter [2]. Mehr als 50 Nationalitäten [[1]].", "… [1]. … [2].", [2, 1]),
        ("Über 2.000 Mitarbeiter [Quelle 3, 1].", "… [1][2].", [3, 1]),
    ],
)
def test_citations_are_the_cited_passages_exact_in_the_articles(
    fake_bot: Bot, fake: FakeGenerator, reply: str, display: str, cited: list[int]
) -> None:
    fake.enqueue(reply)
    answer = fake_bot.answer(EMPLOYEES, mode="llm")
    assert [c.n for c in answer.citations] == list(range(1, len(cited) + 1))
    assert [c.passage for c in answer.citations] == [answer.retrieved[k - 1] for k in cited]
    for shown in display.split("…")[1:]:
        assert shown.strip() in answer.text
    for citation, public in zip(answer.citations, answer.public()["citations"], strict=True):
        passage = answer.retrieved[cited[citation.n - 1] - 1]
        assert (public["text"], public["start"], public["end"]) == (passage.text, passage.start, passage.end)
        assert_exact(fake_bot, citation)


def test_citation_to_a_missing_passage_is_dropped_and_reported(fake_bot: Bot, fake: FakeGenerator) -> None:
    fake.enqueue("Über 2.000 Mitarbeiter [9]. Mehr als 50 Nationalitäten [1].")
    answer = fake_bot.answer(EMPLOYEES, mode="llm")
    assert len(answer.retrieved) == fake_bot.settings.llm_passages == 3
    assert "[9]" not in answer.text
    assert [c.passage for c in answer.citations] == [answer.retrieved[0]]
    assert TEXT["dropped"]["de"].format(numbers="9") in answer.notes


def test_ask_streams_the_text_then_the_answer(fake_bot: Bot, fake: FakeGenerator) -> None:
    fake.enqueue("Über 2.000 Mitarbeiter [[2]]. Mehr als 50 Nationalitäten [1].")
    items = list(fake_bot.ask(EMPLOYEES, mode="llm"))
    *streamed, answer = items
    pieces = [p for p in streamed if isinstance(p, str)]
    assert isinstance(answer, Answer)
    assert len(pieces) == len(streamed) > 1
    assert "".join(pieces) == answer.text == "Über 2.000 Mitarbeiter [1]. Mehr als 50 Nationalitäten [2]."


# --- extractive answers -----------------------------------------------------

HEADER = TEXT["extractive"]


def wrong(reason: str) -> pytest.MarkDecorator:
    # the fake has no reply queued for a question that should be refused: calling it raises IndexError
    return pytest.mark.xfail(strict=True, reason=reason, raises=(AssertionError, IndexError))


ANSWERABLE = [
    (EMPLOYEES, "de", "2.000"),
    ("Wie viele Leute arbeiten bei Amazon im Raum Berlin?", "de", "2.000"),
    pytest.param(
        "Wo liegt das Entwicklungszentrum von Amazon in Berlin?",
        "de",
        "Krausenhöfen",
        marks=wrong("answered from the intro passage (Kundenservice-Zentrum), not the one naming the Krausenhöfe"),
    ),
    ("Unter welchem Namen betreibt Alibaba seine Logistiksparte?", "de", "Cainiao"),
    ("Wer sagt „Love your employees. Customers will follow“?", "de", "Simon Sinek"),
    ("Wer ist der Autor des Beitrags über Amazons Customer Obsession?", "de", "Christian Doll"),
    ("Wie viel Umsatz hat Alibaba am Singles Day gemacht?", "de", "30,8 Milliarden"),
    ("Welche Lieferdienste bietet Amazon in Berlin an?", "de", "Amazon Fresh"),
    ("How many employees does Amazon have in the Berlin region?", "en", "2.000"),
    pytest.param(
        "What is the Berlin development centre of Amazon called?",
        "en",
        "Krausenhöfen",
        marks=wrong("answered from the intro passage (Kundenservice-Zentrum), not the one naming the Krausenhöfe"),
    ),
    ("Under what name does Alibaba run its logistics business?", "en", "Cainiao"),
    ('Who said "Love your employees. Customers will follow"?', "en", "Simon Sinek"),
    ("Who is the author of the article on Amazon's customer obsession?", "en", "Christian Doll"),
]


@pytest.mark.parametrize(("question", "language", "fact"), ANSWERABLE)
def test_extractive_answer_quotes_the_articles(bot: Bot, question: str, language: Lang, fact: str) -> None:
    answer = bot.answer(question, mode="extractive")
    assert not answer.refused, answer.notes
    assert (answer.language, answer.mode, answer.model, answer.prompt_version) == (
        language,
        "extractive",
        "extractive",
        "extractive/2",
    )
    lines = answer.text.split("\n")
    if answer.lead:  # the direct first line comes before the quotes
        assert lines.pop(0) == answer.lead
    assert lines[0] == HEADER[language]
    assert answer.citations
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    opening, closing = ("„", "“") if language == "de" else ("“", "”")
    for citation in answer.citations:
        assert_exact(bot, citation)
        assert citation.supported is True  # by construction: the quote is the source
        shown = " ".join(citation.quote.split())
        assert f"{opening}{shown}{closing} [{citation.n}]" in " ".join(answer.text.split())
    assert any(fact in c.passage.text for c in answer.citations), [c.quote for c in answer.citations]


UNANSWERABLE = [
    ("Wie hoch ist das Gehalt von Ralf Herbrich?", "de"),
    ("What is Amazon's share price?", "en"),
    pytest.param(
        "Wann wurde Alibaba gegründet?",
        "de",
        marks=wrong("answered with the Electronic-World-Trade-Plattform sentence ('ins Leben gerufen', 2021 nearby)"),
    ),
    ("Wie viel kostet Amazon Fresh im Monat?", "de"),
    ("How many Prime Now stations are there in Potsdam?", "en"),
    ("Wie viele Mitarbeiter arbeiten bei BSI?", "de"),
    ("Wie alt ist Christian Doll?", "de"),
    ("Who is the CEO of BSI?", "en"),
    pytest.param(
        "What is Jeff Bezos' net worth?", "en", marks=wrong("answered with the Bezos Letters / shareowner lines")
    ),
    ("Wie viele Seiten hat das Buch „The Bezos Letters“?", "de"),
]


@pytest.mark.parametrize(("question", "language"), UNANSWERABLE)
def test_unanswerable_is_refused_before_generating(
    fake_bot: Bot, fake: FakeGenerator, question: str, language: Lang
) -> None:
    answer = fake_bot.answer(question, mode="llm")  # the fake has no reply queued: calling it would fail
    assert fake.history == []
    assert answer.refused
    assert (answer.language, answer.mode, answer.text, answer.citations) == (
        language,
        "refusal",
        TEXT["refusal"][language],
        (),
    )
    # why, in the answer's language
    assert [n for n in answer.notes if n.startswith(TEXT["refused"][language].split("{")[0])]


# --- the real test model ----------------------------------------------------


@pytest.mark.slow
def test_cli_json_contract_with_the_real_model(seed_store, cli: Callable, tmp_path: Path) -> None:
    config = tmp_path / "artikelbot.toml"
    config.write_text("max_new_tokens = 64\n", encoding="utf-8")  # CPU generation stays short
    store = seed_store.settings.store
    args = ["ask", "--json", "--mode", "llm", "--model", "smollm2-test", "--store", store, "--config", config]
    done = cli("bot", *args, EMPLOYEES, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    [line] = done.stdout.splitlines()
    got = json.loads(line)
    assert set(got) == CONTRACT
    assert (got["question"], got["language"], got["mode"], got["prompt_version"], got["refused"]) == (
        EMPLOYEES,
        "de",
        "llm",
        "answer.de/1",
        False,
    )
    assert "SmolLM2" in got["model"]
    assert isinstance(got["answer"], str) and got["answer"]
    # a fresh process loads the model for its first question: that time is reported apart
    assert set(got["timings"]) == TIMINGS | {"load_ms"} and all(v >= 0 for v in got["timings"].values())
    assert got["retrieved"] and all(set(p) == PASSAGE for p in got["retrieved"])
    retrieved = [(p["doc_id"], p["start"], p["end"], p["text"]) for p in got["retrieved"]]
    assert [c["n"] for c in got["citations"]] == list(range(1, len(got["citations"]) + 1))
    for c in got["citations"]:
        assert set(c) == CITATION
        assert (c["doc_id"], c["start"], c["end"], c["text"]) in retrieved
        assert c["quote"] in c["text"]
    assert all(set(s) == {"text", "cites", "verdict"} for s in got["statements"])


@pytest.mark.slow
def test_real_model_streams_in_pieces(seed_store) -> None:
    settings = load_settings(store=seed_store.settings.store, llm_model="smollm2-test", max_new_tokens=24)
    model = Bot(settings, generator=generate.load(settings))
    *streamed, answer = model.ask(EMPLOYEES, mode="llm")
    pieces = [p for p in streamed if isinstance(p, str)]
    assert isinstance(answer, Answer)
    assert len(pieces) == len(streamed) > 1
    assert "".join(pieces).strip() == answer.text
    assert (answer.mode, answer.model) == ("llm", "SmolLM2-135M-Instruct.Q4_1")
    assert len(answer.retrieved) == settings.llm_passages == 3

    # The system prompt's cache is computed once and reused; greedy text is the same as without it.
    generator = model.generator(required=True)
    assert isinstance(generator, generate.TransformersGenerator) and len(generator._prefixes) == 1
    chat = prompts.load("answer", "de").render(
        passages="[1] (Amazon)\nAmazon hat 2.000 Leute.", question="Wie viele?", history=""
    )
    inputs = generator.prompt_ids(chat)
    assert generator._prefix_cache(chat, inputs["input_ids"]) is not None
    raw = generator.model.generate(**inputs, max_new_tokens=24, do_sample=False, repetition_penalty=1.1)
    plain = generator.tokenizer.decode(raw[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True)
    assert "".join(generator.stream(chat, 24)) == plain


class FailingGenerator:
    """A model server that went away after it was loaded."""

    name = "server"

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int) -> Iterator[str]:
        from bot.errors import ModelError

        raise ModelError("no model server at http://127.0.0.1:9 (connection refused)", "start it")
        yield ""


def test_a_failing_model_falls_back_to_quotes_in_auto_mode(seed_store) -> None:
    bot = Bot(seed_store.settings, generator=FailingGenerator())
    answer = bot.answer(EMPLOYEES, mode="auto")
    assert answer.mode == "extractive"
    assert "über 2.000 Mitarbeiter" in answer.text
    reason = TEXT["model_error"]["de"].format(error="no model server at http://127.0.0.1:9 (connection refused)")
    assert TEXT["fallback"]["de"].format(reason=reason) in answer.notes


def test_a_failing_model_is_one_error_in_llm_mode(seed_store) -> None:
    from bot.errors import ModelError

    bot = Bot(seed_store.settings, generator=FailingGenerator())
    with pytest.raises(ModelError, match="no model server"):
        bot.answer(EMPLOYEES, mode="llm")
