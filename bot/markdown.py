"""An answer to take away: Markdown of one answer (the page's copy button, ``ask --md``) and of a
whole conversation (the page's download), and the conversation as the CLI's JSON records.

The Markdown is the answer text as it was given, then the numbered sources, each as
``[n] Title — Publication, date``, its quoted sentence and a line with the verdict, the character
span in the cleaned article and the article id; then the answer's notes and who answered. Its own
words are in the answer's language. Leaves out: escaping for a Markdown renderer (texts from
articles and models are kept as they are, so that they can be checked against the articles).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from bot.messages import say
from bot.records import Answer, Citation, Lang
from bot.sources import Meta, named

VERDICT = {True: "supported", False: "not_supported", None: "unchecked"}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def who_answered(answer: Answer) -> str:
    """The model's name, or "quotes, no language model" in the answer's language."""
    return say("no_model", answer.language) if answer.mode == "extractive" else answer.model


def source_markdown(c: Citation, meta: Meta, lang: Lang) -> str:
    p = c.passage
    name = named(p.doc_id, meta, lang, p.title)
    where = " · ".join((say(VERDICT[c.supported], lang), say("chars", lang, start=p.start, end=p.end), p.doc_id))
    lines = [f"[{c.n}] {name.line()}"]
    if c.quote:
        lines.append("> " + say("quoted", lang, quote=_one_line(c.quote)))
    lines.append(f"> ({where})")
    return "\n".join(lines)


def answer_markdown(answer: Answer, meta: Meta) -> str:
    """One answer as Markdown: its text, the numbered sources, its notes and who answered."""
    lang = answer.language
    blocks = [answer.text.strip()]
    if answer.citations:
        blocks.append(say("sources", lang) + ":")
        blocks.extend(source_markdown(c, meta, lang) for c in answer.citations)
    blocks.extend(f"({_one_line(note)})" for note in answer.notes)
    if answer.mode != "refusal":
        blocks.append(say("answered_by", lang, who=who_answered(answer)))
    return "\n\n".join(blocks) + "\n"


def conversation_markdown(answers: Sequence[Answer], meta: Meta, when: str = "") -> str:
    """A conversation as Markdown: each question as a heading, its answer below it."""
    parts = [f"# artikelbot{' – ' + when if when else ''}\n"]
    for i, answer in enumerate(answers, 1):
        parts.append(f"## {i}. {_one_line(answer.question)}\n\n{answer_markdown(answer, meta)}")
    return "\n".join(parts)


def conversation_json(answers: Sequence[Answer]) -> str:
    """A conversation as a JSON list of the objects ``ask --json`` prints, one per answer."""
    return json.dumps([a.public() for a in answers], ensure_ascii=False, indent=2) + "\n"
