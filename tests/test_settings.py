"""The README's settings table is the one the code generates."""

from __future__ import annotations

from pathlib import Path

from bot.settings import settings_table

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_settings_table_matches_the_code() -> None:
    assert settings_table() in README.read_text(encoding="utf-8"), (
        "README's settings table is out of date: paste bot.settings.settings_table() into it"
    )
