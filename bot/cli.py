"""``python -m bot`` and the installed ``artikelbot`` command: ask, chat, check, model, ui and ingest — thin
shells over ``bot.answer`` (ui: ``bot.ui``; ingest: ``ingest.cli``, the same as ``python -m ingest``).

``ask --json`` prints the stable JSON contract, one object per question (with
``--batch``: one question per input line, one object per output line, in
order, in one process); ``ask --md`` prints the answer and its sources as
Markdown, the same the chat page copies. Errors are one line on stderr, exit 1
(in a batch: an ``{"question", "error"}`` object and the batch goes on).
Leaves out: the words of the answers (``bot.messages``) and their Markdown (``bot.markdown``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from bot.errors import ArtikelbotError, InputError, run_guarded
from bot.settings import Settings, load_settings

PROG = "python -m bot"
EXAMPLES = {  # each command's --help ends with these ({prog}: how it was called)
    None: [
        "{prog} ingest data/articles",
        '{prog} ask "Wer ist Ralf Herbrich?"',
        '{prog} ask --md "How many employees does Amazon have in the Berlin area?"',
        '{prog} check "Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter."',
        "{prog} ui",
    ],
    "ask": [
        '{prog} ask "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?"',
        '{prog} ask --lang en --md "Wer ist Ralf Herbrich?" > antwort.md',
        "{prog} ask --json --batch fragen.txt > antworten.jsonl",
    ],
    "chat": ["{prog} chat --lang de"],
    "check": [
        '{prog} check "Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter."',
        "{prog} check --json --batch behauptungen.txt",
    ],
    "model": ["{prog} model", "ARTIKELBOT_LLM_MODEL=Qwen/Qwen2.5-0.5B-Instruct {prog} model"],
    "ui": ["{prog} ui", "ARTIKELBOT_UI_USER=leser ARTIKELBOT_UI_PASSWORD=… {prog} ui --host 0.0.0.0 --port 8080"],
}


def _examples(command: str | None, prog: str) -> str:
    return (
        "example"
        + "s" * (len(EXAMPLES[command]) > 1)
        + ":\n"
        + "\n".join("  " + line.format(prog=prog) for line in EXAMPLES[command])
    )


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=Path, help="store folder (default data/chroma)")
    p.add_argument("--chroma-url", help="use a Chroma server")
    p.add_argument("--config", type=Path, help="TOML config file")
    p.add_argument("--model", help="generator model id, path, or smollm2-test")
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def parser(prog: str = PROG) -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog=prog,
        description="Ask the articles; every statement is cited.",
        epilog=_examples(None, prog),
        formatter_class=raw,
    )
    sub = p.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer questions (streams; --json for scripts, --md to take away)")
    ask.add_argument("question", nargs="?", help="the question (or use --batch)")
    ask.add_argument("--lang", choices=["de", "en"], help="answer language (default: the question's)")
    ask.add_argument("--mode", choices=["auto", "extractive", "llm"], help="llm needs a model; auto falls back")
    out = ask.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="one JSON object per question")
    out.add_argument("--md", action="store_true", help="the answer and its numbered sources as Markdown")
    ask.add_argument("--batch", metavar="FILE", help="questions, one per line ('-' for stdin)")
    _common(ask)

    chat = sub.add_parser("chat", help="interactive chat in the terminal, streaming")
    chat.add_argument("--lang", choices=["de", "en"])
    chat.add_argument("--mode", choices=["auto", "extractive", "llm"])
    _common(chat)

    check = sub.add_parser("check", help="check a claim or a text, statement by statement (--json for scripts)")
    check.add_argument("claim", nargs="?", help="the claim or text of any number of sentences (or --file, --batch)")
    check.add_argument("--file", metavar="F", help="check the text of this file ('-' for stdin)")
    check.add_argument("--doc", metavar="DOC_ID", help="check against this article only")
    check.add_argument("--json", action="store_true", help="one JSON object per input")
    check.add_argument("--batch", metavar="FILE", help="claims, one per line ('-' for stdin)")
    _common(check)

    model = sub.add_parser("model", help="download the configured generator model")
    _common(model)

    ui = sub.add_parser("ui", help="the chat web UI (binds 127.0.0.1 unless --host says otherwise)")
    ui.add_argument("--host", help="address to listen on (default 127.0.0.1; another one exposes the UI)")
    ui.add_argument("--port", type=int, help="port (default 7860)")
    ui.add_argument("--mode", choices=["auto", "extractive", "llm"], help="llm needs a model; auto falls back")
    _common(ui)

    # `ingest` is handed to ingest.cli before parsing; listed here for --help
    sub.add_parser("ingest", help="read article files into the store (the same as python -m ingest)", add_help=False)
    for name, command in sub.choices.items():
        if name in EXAMPLES:
            command.epilog, command.formatter_class = _examples(name, prog), raw
    return p


def main(argv: list[str] | None = None, prog: str = PROG) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["ingest"]:
        from ingest.cli import main as ingest

        return ingest(argv[1:], prog=f"{prog} ingest")
    args = parser(prog).parse_args(argv)
    args.prog = prog
    return run_guarded(lambda: _run(args), args.debug)


def entry() -> None:
    """The ``artikelbot`` command (installed by pip)."""
    sys.exit(main(prog="artikelbot"))


@contextlib.contextmanager
def step(what: str) -> Iterator[None]:
    """One line on stdout for a start-up step: what is being done, then how long it took."""
    print(f"artikelbot: {what} …", end="", flush=True)
    began = time.perf_counter()
    try:
        yield
    except BaseException:
        print(" failed", flush=True)
        raise
    print(f" {time.perf_counter() - began:.1f} s", flush=True)


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(
        args.config,
        store=args.store,
        chroma_url=args.chroma_url,
        llm_model=args.model,
        mode=getattr(args, "mode", None),
        ui_host=getattr(args, "host", None),
        ui_port=getattr(args, "port", None),
        debug=args.debug or None,
    )


def _run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.command == "model":
        return _download(settings)
    if args.command == "ui":
        with step("loading the web page and the answer steps (gradio, llama-index)"):
            from bot.ui import serve

        return serve(settings, step)
    if args.command in ("ask", "check"):
        from bot.answer import clean_text

        what = "question" if args.command == "ask" else "claim"
        if args.command == "check" and args.file is not None:
            args.claim = _read_text(args.file)
        text = args.question if args.command == "ask" else args.claim
        if text is None and args.batch is None:
            example = {
                "question": '"Wer ist Ralf Herbrich?"',
                "claim": '"Amazon beschäftigt in Berlin 2.000 Menschen."',
            }
            raise InputError(
                f"no {what} given",
                f"{'ask' if what == 'question' else 'give'} one, e.g. {args.prog} {args.command} {example[what]}",
            )
        if text is not None:  # bad input fails before the store and models load
            if args.command == "check":
                from bot.check import clean_claim_text

                clean_claim_text(text)
            else:
                clean_text(text, what)
    from bot.answer import Bot

    bot = Bot(settings)
    if args.command == "chat":
        return _chat(bot, args)
    if args.command == "check":
        return _check(bot, args)
    if args.batch is not None:
        return _batch(bot, args)
    return _ask_one(bot, args.question, args)


def _lines(batch: str) -> Iterable[str]:
    if batch == "-":
        return sys.stdin
    path = Path(batch)
    if not path.is_file():
        raise InputError(f"batch file {batch!r} not found", "give a file with one line per item, or -")
    return path.read_text(encoding="utf-8").splitlines()


def _check(bot: Any, args: argparse.Namespace) -> int:
    from bot.check import check_claim, require_article

    if args.doc is not None:
        require_article(bot, args.doc)  # a wrong --doc stops the batch before the first claim
    if args.batch is not None:
        return _each(
            _lines(args.batch),
            "claim",
            lambda claim: check_claim(bot, claim, doc_id=args.doc),
            lambda _, result: render_check(result),
            args.json,
        )
    result = check_claim(bot, args.claim, doc_id=args.doc)
    print(json.dumps(result.public(), ensure_ascii=False) if args.json else render_check(result), flush=True)
    return 0


def _read_text(name: str) -> str:
    """The text of ``--file`` (``-``: standard input), as one line's error when it can't be read."""
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    if not path.is_file():
        raise InputError(f"file {name!r} not found", "give a text file to check, or - for standard input")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"file {name!r} is not UTF-8 text", "save it as UTF-8 text and check it again") from None


def render_check(result: Any) -> str:
    """Each statement's verdict, its best evidence (named by title, publication and date) and why,
    then "k of n statements supported", for the terminal."""
    de = result.language == "de"
    mark = {
        "supported": "✓ belegt" if de else "✓ supported",
        "not_supported": "✗ nicht belegt" if de else "✗ not supported",
        "partly_supported": "◐ teilweise belegt" if de else "◐ partly supported",
    }
    many = len(result.statements) > 1
    lines = [f"{mark[result.verdict]} (score {result.score:.3f})"] if not many else []
    for i, s in enumerate(result.statements, 1):
        indent = "   " if many else ""
        if many:
            lines.append(f"{i}. {mark[s.verdict]} {s.text}")
        if s.evidence:
            best = s.evidence[0]
            p = best.passage
            source = " – ".join(x for x in (p.title, ", ".join(y for y in (best.publication, best.date) if y)) if x)
            lines.append(f"{indent}{'Beleg' if de else 'Evidence'}: {source}")
            lines.append(f"{indent}    „{best.quote}“")
            lines.append(f"{indent}    ({p.doc_id}, {'Zeichen' if de else 'characters'} {p.start}–{p.end})")
        lines.extend(f"{indent}    - {r}" for r in s.reasons)
        lines.extend(f"{indent}    ({n})" for n in s.notes)
    if many or not result.statements:
        lines.append(f"{mark[result.verdict]}: {result.summary}")
    else:
        lines.append(result.summary)
    return "\n".join(lines)


def _ask_one(bot: Any, question: str, args: argparse.Namespace) -> int:
    from bot.records import Answer

    answer, streams = None, not (args.json or args.md)
    for item in bot.ask(question, language=args.lang, mode=args.mode):
        if isinstance(item, Answer):
            answer = item
        elif streams:
            print(item, end="", flush=True)
    assert answer is not None
    if args.json:
        print(json.dumps(answer.public(), ensure_ascii=False))
    elif args.md:
        from bot.markdown import answer_markdown

        print(answer_markdown(answer, bot.store.article_index()), end="")
    else:
        print()
        print(render_sources(answer, bot.store.article_index()))
    return 0


def _batch(bot: Any, args: argparse.Namespace) -> int:
    meta = bot.store.article_index()
    return _each(
        _lines(args.batch),
        "question",
        lambda question: bot.answer(question, language=args.lang, mode=args.mode),
        (lambda _, answer: _batch_markdown(answer, meta)) if args.md else (lambda q, a: _batch_text(q, a, meta)),
        args.json,
    )


def _batch_text(question: str, answer: Any, meta: Any) -> str:
    return f"? {question}\n{answer.text}\n{render_sources(answer, meta)}\n"


def _batch_markdown(answer: Any, meta: Any) -> str:
    from bot.markdown import answer_markdown

    return f"## {' '.join(answer.question.split())}\n\n{answer_markdown(answer, meta)}"


def _each(
    lines: Iterable[str], key: str, work: Callable[[str], Any], render: Callable[[str, Any], str], as_json: bool
) -> int:
    """A batch: one result per non-empty line, in order; a bad line is reported and the batch goes on."""
    failed = 0
    for line in lines:
        item = line.rstrip("\n")
        if not item.strip():
            continue
        try:
            result = work(item)
        except ArtikelbotError as e:
            failed += 1
            if as_json:
                print(json.dumps({key: item, "error": e.line()}, ensure_ascii=False), flush=True)
            else:
                print(f"artikelbot: {e.line()}", file=sys.stderr)
            continue
        print(json.dumps(result.public(), ensure_ascii=False) if as_json else render(item, result), flush=True)
    return 1 if failed else 0


def _chat(bot: Any, args: argparse.Namespace) -> int:
    from bot.answer import Turn
    from bot.records import Answer

    history: list[Turn] = []
    meta = bot.store.article_index()
    print(f"artikelbot – {bot.model_name(args.mode)}. Leere Zeile oder Strg-D beendet / empty line or Ctrl-D quits.")
    while True:
        try:
            question = input("> ")
        except EOFError:
            print()
            return 0
        if not question.strip():
            return 0
        try:
            answer = None
            for item in bot.ask(question, language=args.lang, mode=args.mode, history=history):
                if isinstance(item, Answer):
                    answer = item
                else:
                    print(item, end="", flush=True)
        except ArtikelbotError as e:
            print(f"artikelbot: {e.line()}")
            continue
        assert answer is not None
        print()
        print(render_sources(answer, meta))
        history.append(Turn(answer.question, answer.language))


def render_sources(answer: Any, meta: Any) -> str:
    """The numbered sources under an answer, each named by title, publication and date (the article id
    and the passage's characters in a line below), with verdicts, notes and who answered."""
    from bot.markdown import VERDICT, who_answered
    from bot.messages import say
    from bot.sources import named

    lang = answer.language
    lines = [say("sources", lang) + ":"] if answer.citations else []
    for c in answer.citations:
        p = c.passage
        lines.append(f"[{c.n}] {named(p.doc_id, meta, lang, p.title).line()} {say(VERDICT[c.supported], lang)}")
        if c.quote:
            lines.append("    " + say("quoted", lang, quote=" ".join(c.quote.split())))
        lines.append(f"    {p.doc_id} · {say('chars', lang, start=p.start, end=p.end)}")
    for s in answer.statements:
        if s.verdict == "not_supported":
            lines.append(f"! {say('not_supported', lang)}: {s.text}")
    lines.extend(f"({note})" for note in answer.notes)
    if answer.mode != "refusal":
        lines.append(say("answered_by", lang, who=who_answered(answer)))
    return "\n".join(lines)


def _download(settings: Settings) -> int:
    from bot import generate

    if settings.llm_backend == "openai":
        where = settings.llm_base_url or "ARTIKELBOT_LLM_BASE_URL (not set yet)"
        print(f"the openai backend uses the model server at {where}; nothing to download")
        return 0
    model, gguf = generate.target(settings)
    if Path(model).exists():
        print(f"{model} is a local path; nothing to download")
        return 0
    try:
        from huggingface_hub import snapshot_download

        allow = [gguf] if gguf else ["*.json", "*.safetensors", "*.txt", "*.model", "*.tiktoken"]
        path = snapshot_download(model, allow_patterns=allow)
    except Exception as e:
        raise ArtikelbotError(
            f"could not download {model!r} ({e.__class__.__name__})",
            "check the network connection and the model name",
        ) from None
    print(f"{model} is ready in {path}")
    return 0
