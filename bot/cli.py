"""``python -m bot``: ask, chat, check, model, ui — thin shells over ``bot.answer`` (ui: ``bot.ui``).

``ask --json`` prints the stable JSON contract, one object per question (with
``--batch``: one question per input line, one object per output line, in
order, in one process). Errors are one line on stderr, exit 1 (in a batch:
an ``{"question", "error"}`` object and the batch goes on).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bot.errors import ArtikelbotError, InputError, run_guarded
from bot.settings import Settings, load_settings


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=Path, help="store folder (default data/chroma)")
    p.add_argument("--chroma-url", help="use a Chroma server")
    p.add_argument("--config", type=Path, help="TOML config file")
    p.add_argument("--model", help="generator model id, path, or smollm2-test")
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="Ask the articles; every statement is cited.")
    sub = p.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer questions (streams; --json for scripts)")
    ask.add_argument("question", nargs="?", help="the question (or use --batch)")
    ask.add_argument("--lang", choices=["de", "en"], help="answer language (default: the question's)")
    ask.add_argument("--mode", choices=["auto", "extractive", "llm"], help="llm needs a model; auto falls back")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
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
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return run_guarded(lambda: _run(args), args.debug)


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
        from bot.ui import serve

        return serve(settings)
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
                f"{'ask' if what == 'question' else 'give'} one, e.g. python -m bot {args.command} {example[what]}",
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

    answer = None
    for item in bot.ask(question, language=args.lang, mode=args.mode):
        if isinstance(item, Answer):
            answer = item
        elif not args.json:
            print(item, end="", flush=True)
    assert answer is not None
    if args.json:
        print(json.dumps(answer.public(), ensure_ascii=False))
    else:
        print()
        print(render_sources(answer))
    return 0


def _batch(bot: Any, args: argparse.Namespace) -> int:
    return _each(
        _lines(args.batch),
        "question",
        lambda question: bot.answer(question, language=args.lang, mode=args.mode),
        _render_batch_answer,
        args.json,
    )


def _render_batch_answer(question: str, answer: Any) -> str:
    return f"? {question}\n{answer.text}\n{render_sources(answer)}\n"


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
        print(render_sources(answer))
        history.append(Turn(answer.question, answer.language))


def render_sources(answer: Any) -> str:
    """The numbered sources under an answer, with verdicts, notes and the model."""
    de = answer.language == "de"
    lines = []
    if answer.citations:
        lines.append("Quellen:" if de else "Sources:")
    badge = {True: "✓ belegt" if de else "✓ supported", False: "✗ nicht belegt" if de else "✗ not supported"}
    for c in answer.citations:
        mark = badge.get(c.supported, "")
        lines.append(
            f"[{c.n}] {c.passage.title} ({c.passage.doc_id}, Zeichen {c.passage.start}–{c.passage.end}) {mark}"
        )
        lines.append(f"    „{c.quote}“")
    for s in answer.statements:
        if s.verdict == "not_supported":
            lines.append(("! nicht belegt: " if de else "! not supported: ") + s.text)
    lines.extend(f"({note})" for note in answer.notes)
    who = "Zitate ohne Sprachmodell" if answer.mode == "extractive" else answer.model
    if answer.mode != "refusal":
        lines.append(
            ("Antwort von: " if de else "Answered by: ")
            + (who if de else who.replace("Zitate ohne Sprachmodell", "quotes, no language model"))
        )
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
