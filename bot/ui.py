"""The chat web UI: ``python -m bot ui`` (gradio). The only module that imports gradio.

One ``Bot`` is loaded at start-up and shared by every session. Tabs: the chat
(answers streamed; each ``[n]`` links to its source card, each card opens the
whole article with the cited passage marked; each answer copies as Markdown, the
conversation downloads as Markdown or JSON), the claim check, the article view,
and the corpus with an upload that runs the same ingest as ``python -m ingest``.
Named API endpoints for ``gradio_client``: ``/ask`` (question, language="auto")
and ``/check`` (claim) return the JSON objects of ``python -m bot ask --json`` /
``check --json``.

The page's words are in one language, German or English (``bot.messages``):
chosen from the browser's ``Accept-Language`` on the first visit, switchable on
the page and remembered in the browser (``gr.BrowserState``). Answers keep their
own language. gradio's own words follow the browser's language; of them the page
shows only its footer link ("Use via API"), and covers those of the upload area
with the catalogue's hint (``render.page_css``).

Answers and checks wait in line at ``App.gate`` (``ui_concurrency`` at work,
``ui_queue_size`` waiting); beyond that they are told at once that the app is
busy: on the page in its language, over the API in the question's.

Security: binds ``ui_host`` (127.0.0.1 unless told otherwise), never makes a
public share link, asks for a login when ``ui_user`` and ``ui_password`` are
set. All HTML comes from ``bot.render``, which escapes every text from
articles, questions, file names and models; the chat renders it as HTML, never
as markdown. The page's only scripts are ``render.PAGE_JS`` (citation links,
copy buttons), the two ``js_on_load`` snippets of ``bot.render`` and the line
that marks the document's language. Leaves
out: chats that survive a reload, streaming over the API (``/ask`` returns the
finished answer).
"""

from __future__ import annotations

import contextlib
import html
import logging
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

import gradio as gr

from bot import messages, render
from bot.answer import Bot, Turn
from bot.check import check_claim
from bot.errors import ArtikelbotError
from bot.messages import say
from bot.page import (
    FIRST_LANGUAGE,
    UPLOAD_SUFFIXES,
    Gate,
    Session,
    answer_language,
    busy_line,
    conversation_files,
    ingest_progress,
    page_words,
    store_uploads,
)
from bot.records import Answer, Lang
from bot.settings import Settings

log = logging.getLogger(__name__)

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
SYSTEM_FONTS = ["ui-sans-serif", "system-ui", "sans-serif"]  # nothing fetched, nothing bundled
PAGE_LANGUAGE_KEY = "artikelbot-page-language"  # where the browser remembers the visitor's choice
EXAMPLES = [
    "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?",
    "Wer ist Ralf Herbrich?",
    "How many employees does Amazon have in the Berlin area?",
    "Who wrote the blog post about customer obsession?",
]
CLAIMS = [
    "Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter.",
    "Amazon employs more than 5,000 people in the Berlin area.",
]
Step = Callable[[str], contextlib.AbstractContextManager[None]]


def _api_error(line: str) -> gr.Error:
    # gr.Error renders its message as HTML in the browser; the line may quote user input.
    return gr.Error(html.escape(line, quote=False), print_exception=False)


class App:
    """The handlers of the page, over one ``Bot``."""

    def __init__(self, settings: Settings, bot: Bot) -> None:
        self.settings = settings
        self.bot = bot
        self.gate = Gate(settings.ui_concurrency, settings.ui_queue_size)
        self.meta = bot.store.article_index()
        self._ingest = threading.Lock()
        self._downloads = tempfile.TemporaryDirectory(prefix="artikelbot-")  # removed when the app goes
        self._warm = threading.Thread(target=self._load_model, daemon=True)
        self._warm.start()

    def _load_model(self) -> None:
        # The model loads in the background so that the page is up at once; answers wait for it.
        if self.settings.mode != "extractive":
            self.bot.generator(required=False)

    # --- chat -------------------------------------------------------------

    def chat(self, question: str, language: str, page: str, session: Session) -> Iterator[tuple[Any, ...]]:
        """Stream an answer into the chat; at the end show its sources and offer the conversation."""
        turn = len(session.turns) + 1
        session.messages.append({"role": "user", "content": render.question_html(question or "")})
        session.messages.append({"role": "assistant", "content": render.PENDING})
        yield "", session.messages, gr.skip(), session, gr.skip(), gr.skip(), gr.skip()
        with self.gate.enter() as admitted:
            if not admitted:
                session.messages[-1] = {
                    "role": "assistant",
                    "content": render.error_html(say("busy", page_words(page))),
                }
                yield gr.skip(), session.messages, gr.skip(), session, gr.skip(), gr.skip(), gr.skip()
                return
            yield from self._answer(question, language, page_words(page), session, turn)

    def _answer(
        self, question: str, language: str, page: Lang, session: Session, turn: int
    ) -> Iterator[tuple[Any, ...]]:
        text, answer, skip = "", None, (gr.skip(), gr.skip(), gr.skip())
        try:
            chosen = answer_language(language)
            if self.settings.mode != "extractive":
                self._warm.join()
            for item in self.bot.ask(question or "", language=chosen, history=session.turns):
                if isinstance(item, Answer):
                    answer = item
                else:
                    text += item
                    session.messages[-1] = {"role": "assistant", "content": render.message_html(text, turn)}
                    yield gr.skip(), session.messages, gr.skip(), session, *skip
        except ArtikelbotError as e:
            session.messages[-1] = {"role": "assistant", "content": render.error_html(e.line())}
            yield gr.skip(), session.messages, gr.skip(), session, *skip
            return
        except Exception as e:  # the page stays up; the traceback goes to the server log only
            log.exception("answer failed")
            line = say("internal_error", page, kind=e.__class__.__name__)
            session.messages[-1] = {"role": "assistant", "content": render.error_html(line)}
            yield gr.skip(), session.messages, gr.skip(), session, *skip
            return
        assert answer is not None
        cited = {c.n for c in answer.citations}
        session.messages[-1] = {"role": "assistant", "content": render.message_html(answer.text, turn, cited)}
        session.turns.append(Turn(answer.question, answer.language))
        session.answers.append(answer)
        md, js = conversation_files(session, Path(self._downloads.name), self.meta)
        yield (
            gr.skip(),
            session.messages,
            render.sources_panel(session.answers, self.meta, page),
            session,
            self.generator_html(page),
            gr.DownloadButton(value=str(md), visible=True),
            gr.DownloadButton(value=str(js), visible=True),
        )

    def clear(self, page: str, session: Session) -> tuple[Any, ...]:
        """A new chat; the other tabs keep what they show."""
        session.new_chat()
        hidden = gr.DownloadButton(value=None, visible=False)
        return session.messages, render.sources_panel([], self.meta, page_words(page)), session, hidden, hidden

    # --- claim check, article view ---------------------------------------

    def check(self, claim: str, page: str, session: Session) -> tuple[str, Session]:
        with self.gate.enter() as admitted:
            if not admitted:
                return render.error_html(say("busy", page_words(page))), session
            try:
                session.check = check_claim(self.bot, claim or "")
            except ArtikelbotError as e:
                return render.error_html(e.line()), session
            return render.check_html(session.check, self.meta, page_words(page)), session

    def article(self, page: str, session: Session, evt: gr.EventData) -> tuple[Any, ...]:
        """The whole article of a source card, its passage marked (the offsets come from the page)."""
        data = evt._data if isinstance(evt._data, dict) else {}
        try:
            spans = [int(data.get(k) or 0) for k in ("start", "end", "quote_start", "quote_end")]
        except (TypeError, ValueError):
            spans = [0, 0, 0, 0]
        session.article = (str(data.get("doc_id") or ""), *spans)  # type: ignore[assignment]
        return self.article_html(page_words(page), session), gr.Tabs(selected="article"), session

    def article_html(self, page: Lang, session: Session) -> str:
        if session.article is None:
            return render.article_hint(page)
        doc_id, start, end, quote_start, quote_end = session.article
        try:
            found = self.bot.store.get_article(doc_id) if doc_id else None
        except ArtikelbotError as e:
            return render.error_html(e.line())
        if found is None:
            return render.error_html(say("no_article", page, doc_id=repr(doc_id)))
        return render.article_html(found, start, end, quote_start, quote_end, page)

    # --- corpus -------------------------------------------------------------

    def corpus_html(self, page: Lang) -> str:
        try:
            return render.corpus_html(self.meta, self.bot.store.count(), page)
        except ArtikelbotError as e:  # a Chroma server that went away: the page loads and says so
            return render.error_html(e.line())

    def generator_html(self, page: Lang) -> str:
        return render.generator_html(self.bot.model_name(), self.settings.llm_model, self.settings.mode, page)

    def upload(
        self,
        files: list[str] | None,
        page: str,
        session: Session,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple[Any, ...]:
        """Copy the files into the uploads folder and ingest them; report what was added and skipped."""
        files, lang = files or [], page_words(page)
        if not files:
            return render.error_html(say("no_files", lang)), gr.skip(), session
        if len(files) > self.settings.max_upload_files:
            line = say("too_many_files", lang, count=len(files), limit=self.settings.max_upload_files)
            return render.error_html(line), gr.skip(), session
        with self._ingest:
            folder, paths = Path(self.settings.uploads), [Path(f) for f in files]
            saved, refused = store_uploads(paths, folder, self.settings.max_file_mb, self.meta, lang)
            # The upload runs the same ingest as `python -m ingest`; this is the one place in bot/ that
            # imports ingest (the store stays the only shared interface everywhere else).
            from ingest import pipeline

            if saved:
                progress(0, desc=say("ingesting", lang))
                began = time.monotonic()

                def advance(done: int, total: int) -> None:
                    share = done / max(total, 1)
                    progress(share, desc=ingest_progress(done, total, time.monotonic() - began, lang))

                try:
                    report = pipeline.ingest(saved, self.settings, keep_missing=True, progress=advance)
                except ArtikelbotError as e:
                    return render.error_html(e.line()), gr.skip(), session
                for path, _ in report.skipped:  # keep only what the store holds
                    Path(path).unlink(missing_ok=True)
                self.bot.refresh()
                self.meta = self.bot.store.article_index()
            else:
                report = pipeline.Report()
        session.report = (report, refused)
        return render.report_html(report, refused, lang, self.meta), self.corpus_html(lang), session

    def report_html(self, page: Lang, session: Session) -> str:
        if session.report is None:
            return ""
        report, refused = session.report
        return render.report_html(report, refused, page, self.meta)

    def check_html(self, page: Lang, session: Session) -> str:
        return "" if session.check is None else render.check_html(session.check, self.meta, page)

    # --- API ------------------------------------------------------------------

    def api_ask(self, question: str, language: Literal["auto", "de", "en"] = "auto") -> dict[str, Any]:
        """Answer a question about the articles; the JSON object of `python -m bot ask --json`."""
        with self.gate.enter() as admitted:
            if not admitted:
                raise _api_error(busy_line(question, language))
            try:
                if self.settings.mode != "extractive":
                    self._warm.join()
                return self.bot.answer(question, language=answer_language(language)).public()
            except ArtikelbotError as e:
                raise _api_error(e.line()) from None

    def api_check(self, claim: str) -> dict[str, Any]:
        """Check a claim against the articles; the JSON object of `python -m bot check --json`."""
        with self.gate.enter() as admitted:
            if not admitted:
                raise _api_error(busy_line(claim, None))
            try:
                return check_claim(self.bot, claim).public()
            except ArtikelbotError as e:
                raise _api_error(e.line()) from None


def _answer_languages(page: Lang) -> list[tuple[str, str]]:
    return [(say("automatic", page), "auto"), (say("lang_de", page), "de"), (say("lang_en", page), "en")]


def build(app: App) -> gr.Blocks:
    """The page and its events."""
    settings, first = app.settings, FIRST_LANGUAGE
    with gr.Blocks(title="artikelbot", analytics_enabled=False) as demo:
        session = gr.State(Session())
        page = gr.State(first)  # this visit's page language
        # the visitor's choice, kept in the browser; a fixed key so that it outlives a restart (it is no secret)
        stored = gr.BrowserState("", storage_key=PAGE_LANGUAGE_KEY, secret=PAGE_LANGUAGE_KEY)
        with gr.Row(equal_height=True):
            head = gr.HTML(render.head_html(first), elem_id="head")
            switch = gr.Radio(
                [(say(f"lang_{code}", first), code) for code in messages.LANGS],
                value=first,
                label=say("page_language", first),
                elem_id="page-language",
                scale=0,
                min_width=260,
            )
        generator = gr.HTML(app.generator_html(first), elem_id="generator")
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab(say("tab_chat", first), id="chat") as tab_chat, gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        label=say("conversation", first),
                        elem_id="chatbot",
                        render_markdown=False,  # our HTML, escaped in bot.render; markdown would parse article text
                        sanitize_html=True,
                        latex_delimiters=[],
                        feedback_options=None,
                        buttons=[],
                        height=380,
                    )
                    with gr.Row():
                        question = gr.Textbox(
                            label=say("question", first),
                            placeholder=say("question_hint", first),
                            elem_id="question",
                            max_lines=4,
                            scale=5,
                        )
                        send = gr.Button(say("ask", first), variant="primary", elem_id="send", scale=0, min_width=120)
                    with gr.Row():
                        language = gr.Radio(
                            _answer_languages(first),
                            value=settings.language,
                            label=say("answer_language", first),
                            elem_id="answer-language",
                            scale=5,
                        )
                        clear = gr.Button(say("new_chat", first), elem_id="clear", scale=0, min_width=160)
                    examples = gr.Examples(
                        EXAMPLES, inputs=[question], label=say("examples", first), elem_id="examples"
                    )
                    with gr.Row():
                        download_md = gr.DownloadButton(
                            say("download_md", first), visible=False, elem_id="download-md", size="sm"
                        )
                        download_json = gr.DownloadButton(
                            say("download_json", first), visible=False, elem_id="download-json", size="sm"
                        )
                with gr.Column(scale=2):
                    sources = gr.HTML(
                        render.sources_panel([], app.meta, first), elem_id="sources", js_on_load=render.ARTICLE_JS
                    )
            with gr.Tab(say("tab_check", first), id="check") as tab_check:
                claim = gr.Textbox(
                    label=say("claim", first), placeholder=say("claim_hint", first), elem_id="claim", max_lines=4
                )
                check = gr.Button(say("check", first), variant="primary", elem_id="check-button")
                claims = gr.Examples(CLAIMS, inputs=[claim], label=say("examples", first), elem_id="claim-examples")
                checked = gr.HTML("", elem_id="check-result", js_on_load=render.ARTICLE_JS)
            with gr.Tab(say("tab_article", first), id="article") as tab_article:
                article = gr.HTML(render.article_hint(first), elem_id="article", js_on_load=render.SCROLL_JS)
            with gr.Tab(say("tab_corpus", first), id="corpus") as tab_corpus:
                corpus = gr.HTML(app.corpus_html(first), elem_id="corpus")
                files = gr.File(
                    label=say("upload", first),
                    file_count="multiple",
                    file_types=list(UPLOAD_SUFFIXES),
                    elem_id="upload",
                )
                ingest = gr.Button(say("ingest", first), variant="primary", elem_id="ingest")
                report = gr.HTML("", elem_id="report")

        # Every text of the page in the page language ``lang``, with what the session shows redrawn in it.
        words: list[tuple[Any, Callable[[Lang, Session], Any]]] = [
            (head, lambda lang, s: render.head_html(lang)),
            (switch, lambda lang, s: gr.Radio(label=say("page_language", lang), value=lang)),
            (generator, lambda lang, s: app.generator_html(lang)),
            (tab_chat, lambda lang, s: gr.Tab(label=say("tab_chat", lang))),
            (tab_check, lambda lang, s: gr.Tab(label=say("tab_check", lang))),
            (tab_article, lambda lang, s: gr.Tab(label=say("tab_article", lang))),
            (tab_corpus, lambda lang, s: gr.Tab(label=say("tab_corpus", lang))),
            (chatbot, lambda lang, s: gr.Chatbot(label=say("conversation", lang))),
            (question, lambda lang, s: gr.Textbox(label=say("question", lang), placeholder=say("question_hint", lang))),
            (send, lambda lang, s: gr.Button(say("ask", lang))),
            (language, lambda lang, s: gr.Radio(_answer_languages(lang), label=say("answer_language", lang))),
            (clear, lambda lang, s: gr.Button(say("new_chat", lang))),
            (examples.dataset, lambda lang, s: gr.Dataset(label=say("examples", lang))),
            (download_md, lambda lang, s: gr.DownloadButton(say("download_md", lang))),
            (download_json, lambda lang, s: gr.DownloadButton(say("download_json", lang))),
            (sources, lambda lang, s: render.sources_panel(s.answers, app.meta, lang)),
            (claim, lambda lang, s: gr.Textbox(label=say("claim", lang), placeholder=say("claim_hint", lang))),
            (check, lambda lang, s: gr.Button(say("check", lang))),
            (claims.dataset, lambda lang, s: gr.Dataset(label=say("examples", lang))),
            (checked, lambda lang, s: app.check_html(lang, s)),
            (article, lambda lang, s: app.article_html(lang, s)),
            (corpus, lambda lang, s: app.corpus_html(lang)),
            (files, lambda lang, s: gr.File(label=say("upload", lang))),
            (ingest, lambda lang, s: gr.Button(say("ingest", lang))),
            (report, lambda lang, s: app.report_html(lang, s)),
        ]
        worded = [component for component, _ in words]

        def relabel(lang: Lang, s: Session) -> list[Any]:
            return [word(lang, s) for _, word in words]

        def on_load(chosen: object, s: Session, request: gr.Request) -> list[Any]:
            lang = messages.page_language(chosen, request.headers.get("accept-language") if request else None)
            return [lang, *relabel(lang, s)]

        def on_switch(chosen: str, s: Session) -> list[Any]:
            lang = page_words(chosen)
            return [lang, lang, *relabel(lang, s)]

        # The API first, so that its endpoints get their names; the page's own events stay private.
        # Every answer and check passes App.gate, which queues and turns away; gradio starts them at once.
        gr.api(app.api_ask, api_name="ask", concurrency_limit=None)
        gr.api(app.api_check, api_name="check", concurrency_limit=None)
        answer_io: dict[str, Any] = {
            "inputs": [question, language, page, session],
            "outputs": [question, chatbot, sources, session, generator, download_md, download_json],
            "concurrency_limit": None,
            "show_progress": "minimal",
        }
        question.submit(app.chat, api_name="chat", api_visibility="undocumented", **answer_io)
        send.click(app.chat, api_name="chat_button", api_visibility="private", **answer_io)
        cleared = [chatbot, sources, session, download_md, download_json]
        clear.click(app.clear, [page, session], cleared, api_name="clear", api_visibility="private")
        chatbot.clear(app.clear, [page, session], cleared, api_name="clear_chat", api_visibility="private")
        for i, event in enumerate((check.click, claim.submit)):
            event(
                app.check,
                [claim, page, session],
                [checked, session],
                api_name=f"check_page_{i}",
                concurrency_limit=None,
                api_visibility="private",
            )
        for i, panel in enumerate((sources, checked)):
            panel.click(
                app.article,
                [page, session],
                [article, tabs, session],
                api_name=f"article_{i}",
                api_visibility="private",
            )
        ingest.click(
            app.upload,
            [files, page, session],
            [report, corpus, session],
            api_name="upload",
            concurrency_limit=1,
            api_visibility="private",
        )
        # the document's language for screen readers; data-page-language tells tests the words are in place
        mark_page = (
            "(lang) => { document.documentElement.lang = lang; document.documentElement.dataset.pageLanguage = lang; }"
        )
        # The page language, the model's name and the counts as of each page load, not of the start.
        demo.load(
            on_load, [stored, session], [page, *worded], api_name="page_load", api_visibility="private",
            concurrency_limit=None, show_progress="hidden",
        ).then(None, switch, None, js=mark_page)  # fmt: skip
        switch.input(
            on_switch, [switch, session], [page, stored, *worded], api_name="page_language",
            api_visibility="private", concurrency_limit=None, show_progress="hidden",
        ).then(None, switch, None, js=mark_page)  # fmt: skip
    return demo


def serve(settings: Settings, step: Step = lambda what: contextlib.nullcontext()) -> int:
    """Load the bot, start the UI on ``ui_host:ui_port`` and serve until interrupted; ``step`` says
    what is being loaded, one line per step with its time."""
    from bot.embed import get_embedder

    with step(f"loading the embedder {settings.embedder}"):
        get_embedder(settings.embedder).get_query_embedding("warm")  # the Bot takes it from the cache
    with step(f"opening the store {settings.chroma_url or settings.store} and building the keyword index"):
        bot = Bot(settings)
    password = settings.ui_password.get_secret_value() if settings.ui_password else ""
    auth = (settings.ui_user, password) if settings.ui_user and password else None
    if auth is None and settings.ui_host not in LOOPBACK:
        print(
            f"artikelbot: the UI is reachable on {settings.ui_host} without a login – "
            "set ARTIKELBOT_UI_USER and ARTIKELBOT_UI_PASSWORD",
            file=sys.stderr,
        )
    with step(f"starting the page on {settings.ui_host}:{settings.ui_port}"):
        app = App(settings, bot)
        demo = build(app)
        # gradio's queue is not where requests wait (App.gate is), so it has no size limit of its own: a
        # limit there would turn requests away in English before the gate could answer them in their language
        demo.queue(max_size=None, default_concurrency_limit=settings.ui_concurrency)
        # a worker thread for each admitted request (waiting ones block in App.gate), and some for the rest
        threads = settings.ui_concurrency + settings.ui_queue_size + 8
        demo.launch(
            server_name=settings.ui_host,
            server_port=settings.ui_port,
            share=False,
            auth=auth,
            prevent_thread_lock=True,
            quiet=True,
            show_error=False,
            max_file_size=int(settings.max_file_mb * 1e6),
            max_threads=threads,
            footer_links=["api"],  # gradio's settings would offer a language of its own
            run_history=False,
            enable_monitoring=False,
            ssr_mode=False,
            mcp_server=False,
            theme=gr.themes.Default(font=SYSTEM_FONTS, font_mono=["ui-monospace", "monospace"]),
            css=render.page_css(),
            head=render.PAGE_JS,
        )
    name = bot.model_name()
    who = say("no_model", "en") if name == "extractive" else name
    print(
        f"artikelbot UI: {demo.local_url} – {len(app.meta)} articles, {bot.store.count()} passages, answers by {who}",
        flush=True,
    )
    demo.block_thread()
    return 0
