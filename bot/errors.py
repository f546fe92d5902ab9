"""User-facing errors: each says what went wrong and what to do.

The CLI and UI turn them into one line; under tests and with ``--debug`` they
raise with their traceback. Library exceptions are caught where they happen
and re-raised as one of these, never shown raw.
"""

from __future__ import annotations

from collections.abc import Callable


class ArtikelbotError(Exception):
    """An error a user can act on: ``message`` says what, ``hint`` what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def line(self) -> str:
        return f"{self.message} – {self.hint}" if self.hint else self.message


class InputError(ArtikelbotError):
    """Bad input from the user: a path, a question, a claim, an option."""


class StoreError(ArtikelbotError):
    """The passage store is missing, unreadable, locked or built differently."""


class ModelError(ArtikelbotError):
    """A model could not be loaded or a model server did not answer."""


def run_guarded(main: Callable[[], int], debug: bool) -> int:
    """Run a CLI body; user-facing errors become one line on stderr (exit 1).

    With ``debug`` they propagate with their traceback.
    """
    import sys

    if debug:
        return main()
    try:
        return main()
    except ArtikelbotError as e:
        print(f"artikelbot: {e.line()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("artikelbot: interrupted", file=sys.stderr)
        return 130
