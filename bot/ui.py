"""The chat web UI: ``python -m bot ui`` (gradio). The only module that imports gradio.

One ``Bot`` is loaded at start-up and shared by every session. Tabs: the chat
(answers streamed; each ``[n]`` links to its source card, each card opens the
whole article with the cited passage marked), "Behauptung prüfen / Check a
claim", the article view, and the corpus with an upload that runs the same
ingest as ``python -m ingest``. Named API endpoints for ``gradio_client``:
``/ask`` (question, language="auto") and ``/check`` (claim) return the JSON
objects of ``python -m bot ask --json`` / ``check --json``.

Answers and checks wait in line at ``App.gate`` (``ui_concurrency`` at work,
``ui_queue_size`` waiting); beyond that they are told at once, in the
question's language, that the app is busy.

Security: binds ``ui_host`` (127.0.0.1 unless told otherwise), never makes a
public share link, asks for a login when ``ui_user`` and ``ui_password`` are
set. All HTML comes from ``bot.render``, which escapes every text from
articles, questions, file names and models; the chat renders it as HTML, never
as markdown. The page's only scripts are ``render.PAGE_JS`` (citation links)
and the two ``js_on_load`` snippets of ``bot.render``. Leaves out: chats that
survive a reload, streaming over the API (``/ask`` returns the finished answer).
"""

from __future__ import annotations

import contextlib
import html
import logging
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import gradio as gr

from bot import lang, messages, render
from bot.answer import Bot, Turn
from bot.check import check_claim
from bot.errors import ArtikelbotError, InputError
from bot.records import Answer, Lang
from bot.settings import Settings

log = logging.getLogger(__name__)

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
SYSTEM_FONTS = ["ui-sans-serif", "system-ui", "sans-serif"]  # nothing fetched, nothing bundled
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
LANGUAGES = [("Automatisch / automatic", "auto"), ("Deutsch", "de"), ("English", "en")]
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


@dataclass
class Conversation:
    """One browser session's chat: the messages shown, the turns for follow-ups, each answer's sources."""

    messages: list[dict[str, str]] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def _language(value: str | None) -> Lang | None:
    if value in (None, "", "auto"):
        return None
    if value not in ("de", "en"):
        raise InputError(f"language {value!r} is not offered", "use auto, de or en")
    return value  # type: ignore[return-value]


def _api_error(line: str) -> gr.Error:
    # gr.Error renders its message as HTML in the browser; the line may quote user input.
    return gr.Error(html.escape(line, quote=False), print_exception=False)


def safe_name(name: str) -> str:
    """A file name without folders, odd characters or a leading dot; the suffix in lower case."""
    path = Path(Path(name.replace("\\", "/")).name)
    stem = re.sub(r"[^\w.-]+", "-", path.stem, flags=re.UNICODE).strip("-.")[:80] or "artikel"
    return stem + path.suffix.lower()


class Gate:
    """Admission for answers and checks: ``slots`` at work at once and ``waiting`` more in line, first
    come first served; beyond that a request is told at once, in its own language, that the app is
    busy. (gradio's queue would turn it away with an English message from gradio's own page bundle.)"""

    def __init__(self, slots: int, waiting: int) -> None:
        self._slots = threading.Semaphore(slots)
        self._lock = threading.Lock()
        self._inside = 0
        self.limit = slots + waiting

    @contextlib.contextmanager
    def enter(self) -> Iterator[bool]:
        """``True`` once a slot is free (held until the block ends); ``False`` at once when the line is full."""
        with self._lock:
            admitted = self._inside < self.limit
            self._inside += admitted
        if not admitted:
            yield False
            return
        try:
            with self._slots:
                yield True
        finally:
            with self._lock:
                self._inside -= 1


def busy_line(text: str, language: str | None) -> str:
    """The busy message in the language the answer would have been in."""
    chosen: Lang = language if language in ("de", "en") else lang.detect(text or "").language  # type: ignore[assignment]
    return messages.say("busy", chosen)


class App:
    """The handlers of the page, over one ``Bot``."""

    def __init__(self, settings: Settings, bot: Bot) -> None:
        self.settings = settings
        self.bot = bot
        self.gate = Gate(settings.ui_concurrency, settings.ui_queue_size)
        self.meta = bot.store.article_index()
        self._ingest = threading.Lock()
        self._warm = threading.Thread(target=self._load_model, daemon=True)
        self._warm.start()

    def _load_model(self) -> None:
        # The model loads in the background so that the page is up at once; answers wait for it.
        if self.settings.mode != "extractive":
            self.bot.generator(required=False)

    # --- chat -------------------------------------------------------------

    def chat(self, question: str, language: str, conv: Conversation) -> Iterator[tuple[Any, ...]]:
        """Stream an answer into the chat; at the end show its sources."""
        turn = len(conv.turns) + 1
        conv.messages.append({"role": "user", "content": render.question_html(question or "")})
        conv.messages.append({"role": "assistant", "content": render.PENDING})
        yield "", conv.messages, gr.skip(), conv, gr.skip()
        with self.gate.enter() as admitted:
            if not admitted:
                conv.messages[-1] = {"role": "assistant", "content": render.error_html(busy_line(question, language))}
                yield gr.skip(), conv.messages, gr.skip(), conv, gr.skip()
                return
            yield from self._answer(question, language, conv, turn)

    def _answer(self, question: str, language: str, conv: Conversation, turn: int) -> Iterator[tuple[Any, ...]]:
        text, answer = "", None
        try:
            lang = _language(language)
            if self.settings.mode != "extractive":
                self._warm.join()
            for item in self.bot.ask(question or "", language=lang, history=conv.turns):
                if isinstance(item, Answer):
                    answer = item
                else:
                    text += item
                    conv.messages[-1] = {"role": "assistant", "content": render.message_html(text, turn)}
                    yield gr.skip(), conv.messages, gr.skip(), conv, gr.skip()
        except ArtikelbotError as e:
            conv.messages[-1] = {"role": "assistant", "content": render.error_html(e.line())}
            yield gr.skip(), conv.messages, gr.skip(), conv, gr.skip()
            return
        except Exception as e:  # the page stays up; the traceback goes to the server log only
            log.exception("answer failed")
            line = f"interner Fehler / internal error ({e.__class__.__name__}) – see the server log"
            conv.messages[-1] = {"role": "assistant", "content": render.error_html(line)}
            yield gr.skip(), conv.messages, gr.skip(), conv, gr.skip()
            return
        assert answer is not None
        cited = {c.n for c in answer.citations}
        conv.messages[-1] = {"role": "assistant", "content": render.message_html(answer.text, turn, cited)}
        conv.turns.append(Turn(answer.question, answer.language))
        conv.sources.append(render.sources_html(answer, turn, self.meta))
        yield gr.skip(), conv.messages, render.sources_panel(conv.sources), conv, self.generator_html()

    def clear(self) -> tuple[Any, ...]:
        conv = Conversation()
        return conv.messages, render.sources_panel([]), conv

    # --- claim check, article view ---------------------------------------

    def check(self, claim: str) -> str:
        with self.gate.enter() as admitted:
            if not admitted:
                return render.error_html(busy_line(claim, None))
            try:
                return render.check_html(check_claim(self.bot, claim or ""), self.meta)
            except ArtikelbotError as e:
                return render.error_html(e.line())

    def article(self, evt: gr.EventData) -> tuple[Any, ...]:
        """The whole article of a source card, its passage marked (the offsets come from the page)."""
        data = evt._data if isinstance(evt._data, dict) else {}
        doc_id = str(data.get("doc_id") or "")
        try:
            found = self.bot.store.get_article(doc_id) if doc_id else None
        except ArtikelbotError as e:
            return render.error_html(e.line()), gr.Tabs(selected="article")
        if found is None:
            return render.error_html(f"no article {doc_id!r} in the store"), gr.Tabs(selected="article")
        try:
            spans = [int(data.get(k) or 0) for k in ("start", "end", "quote_start", "quote_end")]
        except (TypeError, ValueError):
            spans = [0, 0, 0, 0]
        return render.article_html(found, *spans), gr.Tabs(selected="article")

    # --- corpus -------------------------------------------------------------

    def corpus_html(self) -> str:
        try:
            return render.corpus_html(self.meta, self.bot.store.count())
        except ArtikelbotError as e:  # a Chroma server that went away: the page loads and says so
            return render.error_html(e.line())

    def generator_html(self) -> str:
        return render.generator_html(self.bot.model_name(), self.settings.llm_model, self.settings.mode)

    def upload(self, files: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple[str, str]:  # noqa: B008
        """Copy the files into the uploads folder and ingest them; report what was added and skipped."""
        files = files or []
        if not files:
            return render.error_html("keine Dateien / no files – choose .txt, .md, .html or .pdf files"), gr.skip()
        if len(files) > self.settings.max_upload_files:
            line = (
                f"{len(files)} files; the limit is {self.settings.max_upload_files} per upload – upload fewer at once"
            )
            return render.error_html(line), gr.skip()
        with self._ingest:
            saved, refused = self._store_uploads([Path(f) for f in files])
            # The upload runs the same ingest as `python -m ingest`; this is the one place in bot/ that
            # imports ingest (the store stays the only shared interface everywhere else).
            from ingest import pipeline

            if saved:
                progress(0, desc="Einlesen / ingesting")
                try:
                    report = pipeline.ingest(
                        saved,
                        self.settings,
                        keep_missing=True,
                        progress=lambda done, total: progress(done / max(total, 1), desc="Einlesen / ingesting"),
                    )
                except ArtikelbotError as e:
                    return render.error_html(e.line()), gr.skip()
                for path, _ in report.skipped:  # keep only what the store holds
                    Path(path).unlink(missing_ok=True)
                self.bot.refresh()
                self.meta = self.bot.store.article_index()
            else:
                report = pipeline.Report()
        return render.report_html(report, refused), self.corpus_html()

    def _store_uploads(self, files: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
        """Accepted files copied under new names (never overwriting a file or an article id)."""
        folder = Path(self.settings.uploads)
        folder.mkdir(parents=True, exist_ok=True)
        limit = int(self.settings.max_file_mb * 1e6)
        saved, refused = [], []
        for src in files:
            name = safe_name(src.name)
            if not name.endswith(UPLOAD_SUFFIXES):
                refused.append((name, f"{name}: not an article file – use .txt, .md, .html or .pdf"))
                continue
            size = src.stat().st_size
            if size > limit:
                refused.append((name, f"{name}: {size / 1e6:.1f} MB, the limit is {self.settings.max_file_mb:g} MB"))
                continue
            stem, suffix = name[: -len(Path(name).suffix)], Path(name).suffix
            dest, k = folder / name, 1
            while dest.exists() or dest.stem in self.meta:
                k += 1
                dest = folder / f"{stem}-{k}{suffix}"
            shutil.copyfile(src, dest)
            saved.append(dest)
        return saved, refused

    # --- API ------------------------------------------------------------------

    def api_ask(self, question: str, language: Literal["auto", "de", "en"] = "auto") -> dict[str, Any]:
        """Answer a question about the articles; the JSON object of `python -m bot ask --json`."""
        with self.gate.enter() as admitted:
            if not admitted:
                raise _api_error(busy_line(question, language))
            try:
                if self.settings.mode != "extractive":
                    self._warm.join()
                return self.bot.answer(question, language=_language(language)).public()
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


def build(app: App) -> gr.Blocks:
    """The page and its events."""
    settings = app.settings
    with gr.Blocks(title="artikelbot", analytics_enabled=False) as demo:
        conv = gr.State(Conversation())
        gr.HTML(
            "<h2>artikelbot</h2><p>Fragen zu den Artikeln, jede Aussage mit Quelle [n] / "
            "questions about the articles, every statement with its source [n].</p>"
        )
        generator = gr.HTML(app.generator_html(), elem_id="generator")
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("Chat", id="chat"), gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        label="Gespräch / conversation",
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
                            label="Frage / question",
                            placeholder="Frage zu den Artikeln / a question about the articles",
                            elem_id="question",
                            max_lines=4,
                            scale=5,
                        )
                        send = gr.Button("Fragen / ask", variant="primary", elem_id="send", scale=0, min_width=120)
                    with gr.Row():
                        language = gr.Radio(
                            LANGUAGES, value=settings.language, label="Antwortsprache / answer language", scale=5
                        )
                        clear = gr.Button("Neues Gespräch / new chat", elem_id="clear", scale=0, min_width=120)
                    gr.Examples(EXAMPLES, inputs=[question], label="Beispiele / examples")
                with gr.Column(scale=2):
                    sources = gr.HTML(render.sources_panel([]), elem_id="sources", js_on_load=render.ARTICLE_JS)
            with gr.Tab("Behauptung prüfen / Check a claim", id="check"):
                claim = gr.Textbox(label="Behauptung / claim", elem_id="claim", max_lines=4)
                check = gr.Button("Prüfen / check", variant="primary", elem_id="check-button")
                gr.Examples(CLAIMS, inputs=[claim], label="Beispiele / examples")
                checked = gr.HTML("", elem_id="check-result", js_on_load=render.ARTICLE_JS)
            with gr.Tab("Artikel / Article", id="article"):
                article = gr.HTML(render.article_hint(), elem_id="article", js_on_load=render.SCROLL_JS)
            with gr.Tab("Korpus / Corpus", id="corpus"):
                corpus = gr.HTML(app.corpus_html(), elem_id="corpus")
                files = gr.File(
                    label="Artikel hochladen / upload articles (.txt .md .html .pdf)",
                    file_count="multiple",
                    file_types=list(UPLOAD_SUFFIXES),
                    elem_id="upload",
                )
                ingest = gr.Button("Einlesen / ingest", variant="primary", elem_id="ingest")
                report = gr.HTML("", elem_id="report")

        # The API first, so that its endpoints get their names; the page's own events stay private.
        # Every answer and check passes App.gate, which queues and turns away; gradio starts them at once.
        gr.api(app.api_ask, api_name="ask", concurrency_limit=None)
        gr.api(app.api_check, api_name="check", concurrency_limit=None)
        answer_io: dict[str, Any] = {
            "inputs": [question, language, conv],
            "outputs": [question, chatbot, sources, conv, generator],
            "concurrency_limit": None,
            "show_progress": "minimal",
        }
        question.submit(app.chat, api_name="chat", api_visibility="undocumented", **answer_io)
        send.click(app.chat, api_name="chat_button", api_visibility="private", **answer_io)
        clear.click(app.clear, None, [chatbot, sources, conv], api_name="clear", api_visibility="private")
        chatbot.clear(app.clear, None, [chatbot, sources, conv], api_name="clear_chat", api_visibility="private")
        for i, event in enumerate((check.click, claim.submit)):
            event(
                app.check, claim, checked, api_name=f"check_page_{i}", concurrency_limit=None, api_visibility="private"
            )
        for i, panel in enumerate((sources, checked)):
            panel.click(app.article, None, [article, tabs], api_name=f"article_{i}", api_visibility="private")
        ingest.click(
            app.upload, files, [report, corpus], api_name="upload", concurrency_limit=1, api_visibility="private"
        )
        # Counts and the model's name as of each page load, not of the start.
        demo.load(
            lambda: (app.generator_html(), app.corpus_html()),
            None,
            [generator, corpus],
            api_name="page_load",
            api_visibility="private",
        )
    return demo


def serve(settings: Settings) -> int:
    """Load the bot, start the UI on ``ui_host:ui_port`` and serve until interrupted."""
    bot = Bot(settings)
    app = App(settings, bot)
    demo = build(app)
    # gradio's queue is not where requests wait (App.gate is), so it has no size limit of its own: a
    # limit there would turn requests away in English before the gate could answer them in their language
    demo.queue(max_size=None, default_concurrency_limit=settings.ui_concurrency)
    # a worker thread for each admitted request (waiting ones block in App.gate), and some for the rest
    threads = settings.ui_concurrency + settings.ui_queue_size + 8
    password = settings.ui_password.get_secret_value() if settings.ui_password else ""
    auth = (settings.ui_user, password) if settings.ui_user and password else None
    if auth is None and settings.ui_host not in LOOPBACK:
        print(
            f"artikelbot: the UI is reachable on {settings.ui_host} without a login – "
            "set ARTIKELBOT_UI_USER and ARTIKELBOT_UI_PASSWORD",
            file=sys.stderr,
        )
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
        footer_links=["api", "settings"],
        run_history=False,
        enable_monitoring=False,
        ssr_mode=False,
        mcp_server=False,
        theme=gr.themes.Default(font=SYSTEM_FONTS, font_mono=["ui-monospace", "monospace"]),
        css=render.CSS,
        head=render.PAGE_JS,
    )
    name = bot.model_name()
    print(
        f"artikelbot UI: {demo.local_url} – {len(app.meta)} articles, {bot.store.count()} passages, "
        f"answers by {render.NO_MODEL if name == 'extractive' else name}",
        flush=True,
    )
    demo.block_thread()
    return 0
