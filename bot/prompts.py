"""Prompt files: one per task and language in ``prompts/``, rendered strictly.

A file starts with ``version: NAME/N``, then ``--- system`` and ``--- user``
sections. Variables are ``$name``; rendering with a missing variable raises,
and the version is recorded with every answer. Values are inserted as they
are: ``$`` or braces inside a passage or question are never interpreted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template

from bot.records import Lang

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"


class PromptError(Exception):
    """A prompt file is malformed or a variable is missing (a bug, not user input)."""


@dataclass(frozen=True)
class Prompt:
    version: str
    system: str
    user: str

    def render(self, **values: str) -> list[dict[str, str]]:
        """Chat messages with every ``$variable`` filled; a missing one raises."""
        try:
            return [
                {"role": "system", "content": Template(self.system).substitute(values)},
                {"role": "user", "content": Template(self.user).substitute(values)},
            ]
        except KeyError as e:
            raise PromptError(f"prompt {self.version}: no value for ${e.args[0]}") from None


@lru_cache(maxsize=16)
def load(task: str, language: Lang, folder: Path = PROMPTS) -> Prompt:
    path = folder / f"{task}.{language}.txt"
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n")
    match = re.fullmatch(r"version:\s*(\S+)", head.strip())
    if not match:
        raise PromptError(f"{path.name}: first line must be 'version: NAME/N'")
    sections = dict(re.findall(r"^--- (system|user)\n(.*?)(?=^--- |\Z)", rest, flags=re.S | re.M))
    if set(sections) != {"system", "user"}:
        raise PromptError(f"{path.name}: needs a '--- system' and a '--- user' section")
    return Prompt(match.group(1), sections["system"].strip(), sections["user"].strip())
