"""Prompt files: versioned, rendered strictly, values inserted literally."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import prompts
from bot.prompts import PromptError

VALUES = {"passages": "[1] (Titel)\nText", "question": "Wer?", "history": ""}


@pytest.mark.parametrize(
    ("language", "version", "instruction"),
    [
        ("de", "answer.de/1", "Antworte auf Deutsch"),
        ("en", "answer.en/1", "Answer in English"),
    ],
)
def test_answer_prompts_have_a_version(language: str, version: str, instruction: str) -> None:
    prompt = prompts.load("answer", language)  # type: ignore[arg-type]
    system, user = prompt.render(**VALUES)
    assert prompt.version == version
    assert [system["role"], user["role"]] == ["system", "user"]
    assert instruction in user["content"]
    assert "version:" not in system["content"] + user["content"]


@pytest.mark.parametrize("missing", ["passages", "question", "history"])
def test_missing_variable_raises(missing: str) -> None:
    values = {k: v for k, v in VALUES.items() if k != missing}
    with pytest.raises(PromptError, match=rf"^prompt answer\.de/1: no value for \${missing}$"):
        prompts.load("answer", "de").render(**values)


@pytest.mark.parametrize(
    "value",
    ["Kostet das $x?", "Was ist {y}?", "$passages und ${question}", "50 $ und 100 %", "{{doppelt}} $$"],
)
def test_values_are_inserted_literally(value: str) -> None:
    _, user = prompts.load("answer", "en").render(passages=value, question=value, history="")
    assert user["content"].count(value) == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("--- system\nS\n--- user\nU\n", "bad.de.txt: first line must be 'version: NAME/N'"),
        ("version: bad/1\n--- system\nS\n", "bad.de.txt: needs a '--- system' and a '--- user' section"),
        ("version: bad/1\n--- user\nU\n", "bad.de.txt: needs a '--- system' and a '--- user' section"),
    ],
)
def test_malformed_prompt_file(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.de.txt").write_text(text, encoding="utf-8")
    with pytest.raises(PromptError) as raised:
        prompts.load("bad", "de", tmp_path)
    assert str(raised.value) == message
