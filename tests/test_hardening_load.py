"""Many users at once against one running UI (``python -m bot ui`` over the seed store), each a
``gradio_client`` session of its own: every user gets the answer to their own question, as if alone;
a full line answers busy, in the question's language, and the app goes on. With the test model: fewer
users, the same checks, and the busy message as a visitor sees it in Chromium. Timings are measured
by ``bench/load.py``."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from conftest import UiServer, launch_ui
from gradio_client import Client
from gradio_client.exceptions import AppError

from bot import render
from bot.lang import detect
from bot.messages import TEXT

USERS = 20
# Twenty questions whose extractive answers all differ, so an answer delivered to the wrong user shows.
QUESTIONS = [
    "How many people does Amazon employ in the greater Berlin area?",
    "Wie heißt das Berliner Entwicklungszentrum von Amazon?",
    "Welche Positionen hat Ralf Herbrich bei Amazon inne?",
    "Where is the Amazon logistics centre that serves Berlin?",
    "Was hat für Amazon laut dem BERLINboxx-Interview die höchste Priorität?",
    "An welchem Datum findet der Singles Day statt?",
    "What is Amazon's ultra-fast delivery service for Prime members in Berlin called?",
    'According to the opinion piece "Der Kunde ist König…", how many people does Amazon employ worldwide?',
    "What share of the product sales on Amazon.com comes from third-party sellers?",
    'Who is credited with the line "Love your employees. Customers will follow"?',
    'Who wrote the blog post "Amazons Customer Obsession"?',
    'Who is the author of the book "The Bezos Letters"?',
    "Wer hat die Electronic-World-Trade-Plattform ins Leben gerufen?",
    "At which university is Ralf T. Kreutzer a professor?",
    "Mit welchem aus der Marktforschung bekannten Phänomen erklärt Kreutzer, dass Befragte das Teilen von Daten "
    "ablehnen?",
    "Which application does Kreutzer say opens up entirely new business models in mechanical engineering?",
    "How much space did Alibaba's logistics arm reportedly rent at the Belgian airport?",
    "How much are the new facilities at the Belgian airport expected to cost?",
    "At which event did Alibaba show off its own digital assistant?",
    "How much revenue did Alibaba take in on Singles Day?",
]
MODEL = "SmolLM2-135M-Instruct.Q4_1"


def _client(server: UiServer) -> Client:
    return Client(server.url, verbose=False, analytics_enabled=False)


def _at_once(n: int, work: Callable[[int], Any]) -> list[Any]:
    """``work(0) … work(n-1)`` in n threads released together; an exception is returned, not raised."""
    start = threading.Barrier(n)

    def one(i: int) -> Any:
        start.wait()
        try:
            return work(i)
        except Exception as e:
            return e

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(one, range(n)))


def _without_timings(answer: dict[str, Any]) -> dict[str, Any]:
    """The answer without its timings, its passages' scores to two places: under load the embedder's float sums
    differ in the fourth place, the answer not."""
    out = {k: v for k, v in answer.items() if k != "timings"}
    out["retrieved"] = [{**p, "score": round(p["score"], 2)} if "score" in p else p for p in out.get("retrieved", [])]
    return out


@pytest.fixture(scope="module")
def server(seed_store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[UiServer]:
    """The UI with its default line (2 at a time, 64 waiting), quotes only."""
    ui = launch_ui(seed_store.settings.store, tmp_path_factory.mktemp("load"), "--mode", "extractive").wait_ready()
    yield ui
    ui.stop()


@pytest.fixture(scope="module")
def alone(server: UiServer) -> dict[str, dict[str, Any]]:
    """Each question's answer when it is the only one asked."""
    client = _client(server)
    answers = {q: client.predict(q, api_name="/ask") for q in QUESTIONS}
    assert len({a["answer"] for a in answers.values()}) == USERS  # all differ
    assert not any(a["refused"] for a in answers.values())
    return answers


def test_twenty_chat_users_at_once_each_get_their_own_answer(
    server: UiServer, alone: dict[str, dict[str, Any]]
) -> None:
    clients = [_client(server) for _ in range(USERS)]  # twenty sessions, each with its own conversation
    results = _at_once(USERS, lambda i: clients[i].submit(QUESTIONS[i], "auto", api_name="/chat").result(300))
    for question, result in zip(QUESTIONS, results, strict=True):
        assert not isinstance(result, Exception), f"{question}: {result!r}"
        _, messages, sources, *_ = result
        expected = alone[question]
        cited = {c["n"] for c in expected["citations"]}
        assert [(m["role"], m["content"][0]["text"]) for m in messages] == [
            ("user", render.question_html(question)),
            ("assistant", render.message_html(expected["answer"], 1, cited)),
        ]
        assert f"<mark>{render.esc(expected['citations'][0]['quote'])}</mark>" in sources


def test_twenty_api_users_at_once_get_what_they_get_alone(server: UiServer, alone: dict[str, dict[str, Any]]) -> None:
    clients = [_client(server) for _ in range(USERS)]
    results = _at_once(USERS, lambda i: clients[i].predict(QUESTIONS[i], api_name="/ask"))
    for question, result in zip(QUESTIONS, results, strict=True):
        assert not isinstance(result, Exception), f"{question}: {result!r}"
        assert _without_timings(result) == _without_timings(alone[question])


def test_a_full_line_answers_busy_in_the_questions_language_and_the_app_goes_on(
    seed_store, tmp_path, alone: dict[str, dict[str, Any]]
) -> None:
    env = {"ARTIKELBOT_UI_QUEUE_SIZE": "1", "ARTIKELBOT_UI_CONCURRENCY": "1"}  # one at work, one waiting
    ui = launch_ui(seed_store.settings.store, tmp_path, "--mode", "extractive", env=env).wait_ready()
    try:
        clients = [_client(ui) for _ in range(USERS)]
        results = _at_once(USERS, lambda i: clients[i].predict(QUESTIONS[i], api_name="/ask"))
        busy = {q: str(r) for q, r in zip(QUESTIONS, results, strict=True) if isinstance(r, AppError)}
        # at most two are let in, so of the 6 German and 14 English questions both languages are told
        assert busy == {q: TEXT["busy"][detect(q).language] for q in busy}
        assert set(busy.values()) == set(TEXT["busy"].values())
        answered = [(q, r) for q, r in zip(QUESTIONS, results, strict=True) if not isinstance(r, Exception)]
        assert len(answered) + len(busy) == USERS and len(answered) >= 2
        assert all(_without_timings(r) == _without_timings(alone[q]) for q, r in answered)
        # the line is free again: the turned-away users get their answers now
        for i, result in enumerate(results):
            if isinstance(result, AppError):
                again = clients[i].predict(QUESTIONS[i], api_name="/ask")
                assert _without_timings(again) == _without_timings(alone[QUESTIONS[i]])
        assert ui.process.poll() is None
    finally:
        ui.stop()


@pytest.mark.slow
def test_test_model_users_at_once_and_a_visitor_told_to_wait(
    seed_store, tmp_path, alone: dict[str, dict[str, Any]]
) -> None:
    """Four users of the real test model (2 at work, 2 waiting fill the queue): each gets an answer to
    their own question from their own passages; a fifth, in the browser, is told in the chat, in the
    language of the page (German), that the app is busy."""
    from playwright.sync_api import expect, sync_playwright

    users = 4
    env = {"ARTIKELBOT_UI_QUEUE_SIZE": "2", "ARTIKELBOT_UI_CONCURRENCY": "2", "ARTIKELBOT_MAX_NEW_TOKENS": "48"}
    ui = launch_ui(seed_store.settings.store, tmp_path, "--model", "smollm2-test", "--mode", "llm", env=env)
    questions = QUESTIONS[:users]
    try:
        clients = [_client(ui.wait_ready()) for _ in range(users)]
        clients[0].predict("Wer ist Ralf Herbrich?", api_name="/ask")  # the model is loaded and warm
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
            page = browser.new_page(locale="de-DE")  # a German page says "busy" in German
            page.set_default_timeout(120_000)
            page.goto(ui.url)
            page.locator("#question textarea").fill(QUESTIONS[5])
            jobs = [c.submit(q, api_name="/ask") for c, q in zip(clients, questions, strict=True)]
            deadline = time.monotonic() + 60
            while sum(job.status().code.name == "PROCESSING" for job in jobs) < users:  # 2 at work, 2 in line
                assert time.monotonic() < deadline, [job.status() for job in jobs]
                time.sleep(0.05)
            time.sleep(0.5)  # each has passed the gate (a model answer takes seconds, so none has left it)
            page.locator("#question textarea").press("Enter")
            expect(page.locator('#chatbot [data-testid="bot"]').last).to_have_text(f"⚠ {TEXT['busy']['de']}")
            results = [job.result(timeout=600) for job in jobs]
            page.locator("#question textarea").fill(QUESTIONS[5])
            page.locator("#question textarea").press("Enter")
            expect(page.locator("#generator")).to_contain_text(MODEL)
            expect(page.locator('#chatbot [data-testid="bot"]').last).not_to_have_text("…", timeout=300_000)
            browser.close()
        for question, got in zip(questions, results, strict=True):
            expected = alone[question]  # retrieval does not depend on who answers; the model reads the top 3
            assert (got["question"], got["language"], got["retrieved"]) == (
                question,
                expected["language"],
                expected["retrieved"][:3],
            )
            assert (got["mode"], got["model"], got["refused"]) == ("llm", MODEL, False)
            own = {(p["doc_id"], p["start"], p["end"]) for p in got["retrieved"]}
            assert all((c["doc_id"], c["start"], c["end"]) in own for c in got["citations"])
            assert got["answer"].strip()
    finally:
        ui.stop()
