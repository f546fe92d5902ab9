"""Who wrote a part of an article that several people write: a forum thread's posts, a mail thread's messages, a
letter. The part is a section of the article's text (from one Markdown heading or message header to the next); its
writer is named by its sender line ("From: Priya Venkataraman <…>", "Von: …") and by its sign-off — a closing
formula and the name under it ("Danke und Gruß\\nStefan", "Kind regards,\\nPriya"). A question that names the
writer ("Womit hat Stefan den Draht abgesucht?") is about the sentences of that part, though none of them names
them: a writer never names themself.

Leaves out: a sign-off without a closing formula (a bare name under a post), and a writer named only in a
user name ("gartenzwerg_84").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.lexicon import lexicons

MARKDOWN_HEADING = re.compile(r"#{1,6}\s+\S")
SIGNER_WORDS = 4  # a signature line is a name: a few words, no sentence
SIGNER_LINES = 2  # the lines under a closing formula that may hold the name ("Priya" / "Priya Venkataraman | …")


def _closing(line: str) -> re.Match[str] | None:
    """The closing formula ``line`` is ("Viele Grüße", "Kind regards,"), with a name after it on the same line
    ("Cheers, Tom") as the group ``name``; None for any other line."""
    for lx in lexicons():
        m = re.fullmatch(rf"(?:{lx.extra['closing']})[,.!]?(?:\s+(?P<name>[^\W\d_][\w.' -]*))?", line, re.I)
        if m:
            return m
    return None


def closing(line: str) -> bool:
    """Whether ``line`` is a sign-off's closing formula ("Danke und Gruß", "Best wishes,")."""
    return _closing(line.strip()) is not None


def signature(line: str) -> bool:
    """Whether ``line`` may be the name under a closing formula: a few words, no sentence, no figure."""
    words = line.split()
    return 0 < len(words) <= SIGNER_WORDS and not re.search(r"[.!?:;]$|\d", line.strip())


def _header(line: str) -> re.Match[str] | None:
    """The sender of a message header line ("From: Tom Ashdown <t.ashdown@…>", "Von: …"), as the group ``name``."""
    for lx in lexicons():
        m = re.match(rf"(?:{lx.extra['sender']})\s*:\s*(?P<name>[^<\n]+)", line, re.I)
        if m:
            return m
    return None


@lru_cache(maxsize=4096)  # asked for every candidate sentence of every question: the ranking's hot path
def writer(text: str, at: int) -> str:
    """The names of whoever wrote the part of ``text`` that holds offset ``at``: its sender line and its
    sign-off's name; "" when it has neither."""
    start = text.rfind("\n", 0, at) + 1
    found: list[str] = []
    before = text[:start].split("\n")
    for line in reversed(before):  # back to the part's start: a heading, or a message header
        m = _header(line.strip())
        if m:
            found.append(m.group("name").strip())
            break
        if MARKDOWN_HEADING.match(line.strip()):
            break
    after = [line.strip() for line in text[start:].split("\n")]
    for i, line in enumerate(after):
        if i and (MARKDOWN_HEADING.match(line) or _header(line)):
            break
        m = _closing(line)
        if not m:
            continue
        if m.group("name"):
            found.append(m.group("name").strip())
        else:
            name = next((n for n in after[i + 1 : i + 1 + SIGNER_LINES] if n), "")
            if signature(name.split("|")[0].strip()):
                found.append(name.split("|")[0].strip())
        break
    return " ".join(found)
