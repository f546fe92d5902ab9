"""The web UI as a real server process over the seed store, driven by ``gradio_client``: ``/ask`` and
``/check`` return the CLI's JSON, the chat streams into a per-session conversation, errors come back as
one escaped line, the server listens on 127.0.0.1 only and asks for its login. Then the HTML of
``bot.render`` and the upload names of ``bot.ui``, table-driven, without a server."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import UiServer, launch_ui, run_cli
from gradio_client import Client
from gradio_client.exceptions import AppError, AuthenticationError

from bot import render
from bot.records import Answer, Article, Citation, Passage, Statement

USER, PASSWORD = "leser", "geheim-123"
QUOTE = "Mittlerweile beschäftigen wir im Großraum Berlin über 2.000 Mitarbeiter."
HERBRICH = (
    "BERLINboxx hat mit Ralf Herbrich, Direktor für Maschinelles Lernen bei Amazon und Geschäftsführer des "
    "Amazon Development Center Germany, gesprochen."
)
QUESTIONS = [  # (question, language argument, answer language, answer's first line, quote of [1])
    ("Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?", None, "de", "Ohne Sprachmodell", QUOTE),
    ("How many employees does Amazon have in the Berlin area?", None, "en", "No language model", QUOTE),
    ("Wer ist Ralf Herbrich?", "en", "en", "No language model", HERBRICH),
]
CLAIMS = [  # (claim, verdict, quote of the deciding evidence)
    ("Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter.", "supported", QUOTE),
    ("Amazon beschäftigt im Großraum Berlin über 5.000 Mitarbeiter.", "not_supported", QUOTE),
]


@pytest.fixture(scope="module")
def server(seed_store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[UiServer]:
    """One UI for the module: seed store, quotes only (no model), with a login."""
    workdir = tmp_path_factory.mktemp("ui")
    env = {"ARTIKELBOT_UI_USER": USER, "ARTIKELBOT_UI_PASSWORD": PASSWORD}
    ui = launch_ui(seed_store.settings.store, workdir, "--mode", "extractive", env=env).wait_ready()
    yield ui
    ui.stop()


@pytest.fixture(scope="module")
def client(server: UiServer) -> Client:
    return Client(server.url, auth=(USER, PASSWORD), verbose=False, analytics_enabled=False)


@pytest.fixture(scope="module")
def cli_json(seed_store, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The CLI's ``--json`` objects for the same store, to compare the API with."""
    cwd = tmp_path_factory.mktemp("cli")

    def run(command: str, lines: list[str], *args: str) -> list[dict[str, Any]]:
        batch = cwd / f"{command}.txt"
        batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
        store = seed_store.settings.store
        done = run_cli("bot", command, "--json", "--batch", batch, "--store", store, *args, cwd=cwd, timeout=300)
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines()]

    return run


def _without_timings(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k != "timings"}


def test_only_ask_and_check_are_named_endpoints(client: Client) -> None:
    api = client.view_api(print_info=False, return_format="dict")
    assert set(api["named_endpoints"]) == {"/ask", "/check"}
    ask = api["named_endpoints"]["/ask"]["parameters"]
    assert [(p["parameter_name"], p["parameter_has_default"], p["parameter_default"]) for p in ask] == [
        ("question", False, None),
        ("language", True, "auto"),
    ]
    check = api["named_endpoints"]["/check"]["parameters"]
    assert [(p["parameter_name"], p["parameter_has_default"]) for p in check] == [("claim", False)]


@pytest.mark.parametrize(("question", "lang", "language", "first_line", "quote"), QUESTIONS)
def test_ask_answers_with_citations(
    client: Client, question: str, lang: str | None, language: str, first_line: str, quote: str
) -> None:
    args = (question,) if lang is None else (question, lang)  # the text alone, or with a language
    got = client.predict(*args, api_name="/ask")
    assert got["question"] == question
    assert (got["language"], got["mode"], got["refused"]) == (language, "extractive", False)
    assert first_line in got["answer"]  # after the direct line, when there is one
    assert quote in got["answer"] and "[1]" in got["answer"]
    assert got["citations"][0]["n"] == 1
    assert got["citations"][0]["quote"] == quote
    assert got["citations"][0]["supported"] is True


def test_ask_returns_the_cli_json(client: Client, cli_json: Any) -> None:
    questions = [q for q, lang, *_ in QUESTIONS if lang is None]
    expected = cli_json("ask", questions, "--mode", "extractive")
    got = [client.predict(q, api_name="/ask") for q in questions]
    assert [_without_timings(g) for g in got] == [_without_timings(e) for e in expected]
    assert all(set(g["timings"]) == set(e["timings"]) for g, e in zip(got, expected, strict=True))


@pytest.mark.parametrize(("claim", "verdict", "quote"), CLAIMS)
def test_check_a_claim(client: Client, claim: str, verdict: str, quote: str) -> None:
    got = client.predict(claim, api_name="/check")
    assert (got["claim"], got["language"], got["verdict"]) == (claim, "de", verdict)
    assert got["evidence"][0]["quote"] == quote


def test_check_returns_the_cli_json(client: Client, cli_json: Any) -> None:
    claims = [c for c, *_ in CLAIMS]
    expected = cli_json("check", claims)
    got = [client.predict(c, api_name="/check") for c in claims]
    assert [_without_timings(g) for g in got] == [_without_timings(e) for e in expected]


@pytest.mark.parametrize(
    ("endpoint", "args", "line"),
    [
        ("/ask", ("",), "the question is empty – type a question about the articles"),
        ("/ask", ("x" * 1001,), "the question has 1,001 characters; the limit is 1,000 – ask a shorter question"),
        ("/ask", ("Wer ist Ralf Herbrich?", "fr"), "language 'fr' is not offered – use auto, de or en"),
        # the line quotes the input, and gr.Error shows it as HTML in a browser: it comes escaped
        ("/ask", ("Wer?", "<b>x</b>"), "language '&lt;b&gt;x&lt;/b&gt;' is not offered – use auto, de or en"),
        ("/check", ("   ",), "the claim is empty – type a claim about the articles"),
    ],
    ids=["empty", "too-long", "language", "markup-in-input", "empty-claim"],
)
def test_errors_are_one_line_and_the_app_stays_up(client: Client, endpoint: str, args: tuple, line: str) -> None:
    with pytest.raises(AppError) as failed:
        client.predict(*args, api_name=endpoint)
    assert str(failed.value) == line
    assert client.predict("Wer ist Ralf Herbrich?", api_name="/ask")["refused"] is False


def test_chat_streams_into_one_conversation_per_session(server: UiServer) -> None:
    """The page's chat event: a pending message, then the answer with [n] linked to its card; a second
    question in the same session is turn 2 and links to turn 2's cards."""
    client = Client(server.url, auth=(USER, PASSWORD), verbose=False, analytics_enabled=False)
    job = client.submit("Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?", "auto", api_name="/chat")
    job.result(timeout=120)
    updates = [out[1][-1]["content"][0]["text"] for out in job.outputs()]
    assert updates[0] == render.PENDING
    answer = client.predict("Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?", api_name="/ask")
    assert f"Ohne Sprachmodell – wörtliche Zitate aus den Artikeln:\n„{QUOTE}“ [1]" in answer["answer"]
    assert updates[-1] == render.message_html(answer["answer"], 1, {c["n"] for c in answer["citations"]})
    assert '<a class="cite" href="#src-1-1">[1]</a>' in updates[-1]
    sources = job.outputs()[-1][2]
    assert '<details class="card" id="src-1-1">' in sources  # closed until [1] is clicked
    assert f"<mark>{QUOTE}</mark>" in sources
    assert "Copy as Markdown" in sources  # the page's words: English until a browser says otherwise
    markdown, records = job.outputs()[-1][4:6]  # the conversation, ready to download (the state isn't sent)
    assert Path(markdown["value"]).read_text(encoding="utf-8").startswith("# artikelbot – ")
    assert [r["question"] for r in json.loads(Path(records["value"]).read_text(encoding="utf-8"))] == [
        "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?"
    ]

    second = client.submit("Und wer ist Ralf Herbrich?", "auto", api_name="/chat").result(timeout=120)
    assert [m["role"] for m in second[1]] == ["user", "assistant", "user", "assistant"]
    assert '<a class="cite" href="#src-2-1">[1]</a>' in second[1][-1]["content"][0]["text"]
    assert second[2].index('id="turn-2"') < second[2].index('id="turn-1"')  # the newest answer's sources first
    both = json.loads(Path(second[5]["value"]).read_text(encoding="utf-8"))
    assert [r["question"] for r in both] == ["Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?",
                                             "Und wer ist Ralf Herbrich?"]  # fmt: skip


@pytest.mark.slow
def test_chat_streams_a_model_answer_piece_by_piece(seed_store, tmp_path) -> None:
    """With the real test model (no login, a UI of its own): the answer grows in many updates, each
    extending the one before; the page then names the model; /ask gives the same answer."""
    question = "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?"
    env = {"ARTIKELBOT_MAX_NEW_TOKENS": "24"}
    ui = launch_ui(seed_store.settings.store, tmp_path, "--model", "smollm2-test", "--mode", "llm", env=env)
    try:
        client = Client(ui.wait_ready().url, verbose=False, analytics_enabled=False)
        job = client.submit(question, "auto", api_name="/chat")
        final = job.result(timeout=600)
        texts = [out[1][-1]["content"][0]["text"] for out in job.outputs()]
        assert texts[0] == render.PENDING
        shown = [re.sub(r"<[^>]+>", "", t) for t in texts[1:]]
        assert len(set(shown)) >= 3
        assert all(later.startswith(earlier) for earlier, later in pairwise(shown))
        assert '<span class="model">SmolLM2-135M-Instruct.Q4_1</span>' in final[3]
        answer = client.predict(question, api_name="/ask")  # greedy decoding: the same answer again
        assert (answer["mode"], answer["model"], answer["refused"]) == ("llm", "SmolLM2-135M-Instruct.Q4_1", False)
        assert texts[-1] == render.message_html(answer["answer"], 1, {c["n"] for c in answer["citations"]})
    finally:
        ui.stop()


def test_login_is_required(server: UiServer) -> None:
    answer = httpx.post(f"{server.url}gradio_api/call/ask", json={"data": ["Wer ist Ralf Herbrich?"]})
    assert answer.status_code == 401
    with pytest.raises(AuthenticationError, match=r"credentials were not provided\. Please login\."):
        Client(server.url, verbose=False, analytics_enabled=False)
    wrong = httpx.post(f"{server.url}login", data={"username": USER, "password": "falsch"})
    assert (wrong.status_code, wrong.json()) == (400, {"detail": "Incorrect credentials."})
    with pytest.raises(ValueError, match=r"^Could not login to http://127\.0\.0\.1:\d+/\.$"):
        Client(server.url, auth=(USER, "falsch"), verbose=False, analytics_enabled=False)


def test_listens_on_loopback_only(server: UiServer) -> None:
    import psutil

    listening = {
        (c.laddr.ip, c.laddr.port)
        for c in psutil.Process(server.process.pid).net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN
    }
    assert listening == {("127.0.0.1", server.port)}


# --- HTML rendering, without a server ---

PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 2">',
    '"><svg onload=alert(3)>',
    "' onmouseover='alert(4)",
]


TAGS = set(
    "a article b blockquote br button code details div h3 h4 li mark p section span summary table tbody td th "
    "thead tr ul".split()
)


class _Markup(HTMLParser):
    """The tags and attribute names of an HTML string."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_render_escapes_article_question_and_model_text(payload: str) -> None:
    text = f"Vorher. {payload} Nachher."
    passage = Passage(
        id="p1", doc_id=f"doc{payload}", title=f"Titel {payload}", text=text, start=10, end=10 + len(text)
    )
    answer = Answer(
        question=f"Frage {payload}",
        language="de",
        mode="llm",
        model=f"modell {payload}",
        prompt_version="answer/1",
        text=f"Antwort {payload} [1]",
        refused=False,
        citations=(Citation(1, passage, payload, passage.start + 8, True, 0.9),),
        statements=(Statement(f"Antwort {payload}", (1,), "supported"), Statement(payload, (), "uncited")),
        notes=(f"Notiz {payload}",),
    )
    article = Article(doc_id=passage.doc_id, title=payload, text=text, publication=payload, date=payload)
    meta = {passage.doc_id: {"title": payload, "publication": payload, "date": payload, "passages": 1}}
    shown = {
        "question": render.question_html(answer.question),
        "message": render.message_html(answer.text, 1),
        "sources": render.sources_html(answer, 1, meta, "de"),
        "article": render.article_html(article, 0, len(text), 8, 8 + len(payload), "en"),
        "corpus": render.corpus_html(meta, 1, "de"),
        "generator": render.generator_html(answer.model, "m", "auto", "en"),
        "error": render.error_html(payload),
    }
    for where, html in shown.items():
        markup = _Markup(html)
        assert markup.tags <= TAGS, where
        assert markup.attributes <= {
            "class",
            "id",
            "href",
            "open",
            "type",
            "data-doc",
            "data-start",
            "data-end",
            "data-qs",
            "data-qe",
            "data-md",
            "data-done",
            "lang",
        }, where
        assert payload not in html, where
        assert render.esc(payload) in html, where
    assert "<mark>" + render.esc(payload) + "</mark>" in shown["sources"]
    assert "<mark>" + render.esc(payload) + "</mark>" in shown["article"]


@pytest.mark.parametrize(
    ("text", "cited", "html"),
    [
        ("Ja [1].", None, 'Ja <a class="cite" href="#src-3-1">[1]</a>.'),
        (
            "A [1][2]\nB [7]",
            {1, 2},
            'A <a class="cite" href="#src-3-1">[1]</a><a class="cite" href="#src-3-2">[2]</a><br>B [7]',
        ),
        ("<b>[1]</b>", {1}, '&lt;b&gt;<a class="cite" href="#src-3-1">[1]</a>&lt;/b&gt;'),
        ("kein Zitat [x] [1000]", None, "kein Zitat [x] [1000]"),
    ],
    ids=["streaming", "unknown-number", "markup", "not-markers"],
)
def test_message_links_citations(text: str, cited: set[int] | None, html: str) -> None:
    assert render.message_html(text, 3, cited) == html


@pytest.mark.parametrize(
    ("text", "offset", "quote", "quote_start", "html"),
    [
        ("Eins. Zwei. Zwei.", 100, "Zwei.", 112, "Eins. Zwei. <mark>Zwei.</mark>"),
        ("Eins. Zwei. Zwei.", 100, "Zwei.", 0, "Eins. <mark>Zwei.</mark> Zwei."),  # offset wrong: first occurrence
        ("Eins. <Zwei>.", 0, "<Zwei>.", 6, "Eins. <mark>&lt;Zwei&gt;.</mark>"),
        ("Eins.", 0, "Drei.", 0, "Eins."),
        ("Eins.", 0, "", 0, "Eins."),
    ],
    ids=["at-offset", "fallback", "escaped", "missing", "empty"],
)
def test_quote_is_marked(text: str, offset: int, quote: str, quote_start: int, html: str) -> None:
    assert render.highlighted(text, offset, quote, quote_start) == html


@pytest.mark.parametrize(
    ("spans", "body"),
    [
        ((4, 9, 5, 8), 'abcd<span class="cited" id="cited">e<mark>fgh</mark>i</span>jkl'),
        ((4, 9, 2, 8), 'abcd<span class="cited" id="cited">efghi</span>jkl'),  # quote outside the passage
        ((-5, 99, 0, 0), '<span class="cited" id="cited">abcdefghijkl</span>'),  # clamped
    ],
    ids=["quote-in-passage", "quote-outside", "clamped"],
)
def test_article_view_marks_passage_and_quote(spans: tuple[int, int, int, int], body: str) -> None:
    article = Article(doc_id="a", title="T", text="abcdefghijkl")
    assert f'<div class="article-text">{body}</div>' in render.article_html(article, *spans, "de")


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("bericht.txt", "bericht.txt"),
        ("../../etc/passwd.md", "passwd.md"),
        ("..\\..\\Windows\\x.PDF", "x.pdf"),
        (".versteckt.html", "versteckt.html"),
        ("<img src=x onerror=alert(1)>.htm", "img-src-x-onerror-alert-1.htm"),
        ("Über uns  (final).TXT", "Über-uns-final.txt"),
        ("...", "artikel"),
    ],
)
def test_upload_names_are_safe(name: str, safe: str) -> None:
    from bot.page import safe_name

    assert safe_name(name) == safe


def test_the_gate_lets_slots_work_keeps_a_line_and_turns_away_the_rest() -> None:
    import threading

    from bot.page import Gate

    gate = Gate(slots=1, waiting=1)
    order: list[str] = []
    with gate.enter() as first:
        assert first
        waiting = threading.Thread(target=lambda: _enter_and_log(gate, order))
        waiting.start()
        while gate._inside < 2:  # the second is in line, waiting for the slot
            pass
        with gate.enter() as third:
            assert third is False  # the line is full: told at once, not made to wait
        order.append("first done")
    waiting.join(10)
    assert order == ["first done", "second"]
    assert gate._inside == 0


def _enter_and_log(gate: Any, order: list[str]) -> None:
    with gate.enter() as admitted:
        order.append("second" if admitted else "turned away")


def test_beyond_the_line_the_page_says_busy_in_its_language_and_the_api_in_the_questions(seed_store) -> None:
    from bot.answer import Bot
    from bot.messages import TEXT
    from bot.page import Gate, Session, busy_line
    from bot.ui import App

    settings = seed_store.settings.model_copy(update={"mode": "extractive"})
    app = App(settings, Bot(settings))
    app.gate = Gate(slots=1, waiting=0)
    asked = [("Wie viele Mitarbeiter hat Amazon in Berlin?", "auto", "en"),
             ("How many people does Amazon employ in Berlin?", "auto", "de"),
             ("How many people does Amazon employ in Berlin?", "en", "de")]  # fmt: skip
    with app.gate.enter() as working:
        assert working
        for question, language, page in asked:
            *_, last = app.chat(question, language, page, Session())
            assert last[1][-1]["content"] == render.error_html(TEXT["busy"][page])
        shown, _ = app.check("Amazon beschäftigt in Berlin 2.000 Menschen.", "en", Session())
        assert shown == render.error_html(TEXT["busy"]["en"])
    *_, last = app.chat(asked[0][0], "auto", "de", Session())  # the slot is free again: an answer
    assert "„" in last[1][-1]["content"] and TEXT["busy"]["de"] not in last[1][-1]["content"]
    assert app.gate._inside == 0
    # over the API there is no page: the line is in the language the answer would have had
    assert [busy_line(q, language) for q, language, _ in asked] == [TEXT["busy"][x] for x in ("de", "en", "en")]


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0.2, "1 s"), (8.4, "8 s"), (12, "10 s"), (47, "45 s"), (89, "90 s"), (95, "2 min"), (600, "10 min")],
)
def test_time_left_is_rounded(seconds: float, shown: str) -> None:
    from bot.page import duration

    assert duration(seconds) == shown


@pytest.mark.parametrize(
    ("done", "total", "elapsed", "page", "line"),
    [
        (0, 96, 0.0, "de", "Einlesen"),
        (32, 96, 4.0, "de", "Einlesen: 32 von 96 Texten · noch etwa 8 s"),
        (64, 96, 40.0, "en", "Ingesting: 64 of 96 texts · about 20 s left"),
        (96, 96, 12.0, "en", "Ingesting"),
    ],
)
def test_the_upload_progress_line(done: int, total: int, elapsed: float, page: str, line: str) -> None:
    from bot.page import ingest_progress

    assert ingest_progress(done, total, elapsed, page) == line  # type: ignore[arg-type]


def test_an_upload_shows_its_progress_with_the_time_left(tmp_path) -> None:
    """A real upload of two made-up articles (more texts than one embedding batch) into a store of its own."""
    from bot.answer import Bot
    from bot.page import Session
    from bot.settings import load_settings
    from bot.ui import App
    from ingest import pipeline

    first = tmp_path / "start.md"
    first.write_text('---\ntitle: "Start"\n---\nDie Bibliothek in Kiel öffnet um acht Uhr.\n', encoding="utf-8")
    settings = load_settings(store=tmp_path / "chroma", uploads=tmp_path / "uploads", mode="extractive")
    pipeline.ingest([first], settings)
    app = App(settings, Bot(settings))
    files = []
    for name, town in (("bibliotheken.md", "Lübeck"), ("museen.md", "Flensburg")):
        lines = [f"Im Jahr {1990 + i} eröffnete {town} {i + 2} neue Räume für Bücher und Karten." for i in range(30)]
        path = tmp_path / name
        path.write_text(f'---\ntitle: "Neues aus {town}"\n---\n' + "\n\n".join(lines) + "\n", encoding="utf-8")
        files.append(str(path))
    calls: list[tuple[float, str]] = []
    report, corpus, session = app.upload(files, "de", Session(), lambda share, desc="": calls.append((share, desc)))
    assert calls[0] == (0, "Einlesen") and calls[-1] == (1.0, "Einlesen")
    middle = [desc for share, desc in calls if 0 < share < 1]
    assert middle and all(re.fullmatch(r"Einlesen: \d+ von \d+ Texten · noch etwa \d+ (s|min)", d) for d in middle)
    assert "2 neu · 0 geändert" in report and "Neu: Neues aus Lübeck, Neues aus Flensburg" in report
    assert "<b>3</b> Artikel" in corpus and session.report is not None
