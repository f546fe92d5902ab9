"""Citation markers: parse them on the token stream, renumber, split statements.

The model is asked for ``[n]`` after each sentence, ``n`` being a passage's
number in the prompt. Small models also write ``[n, m]``, ``[[n]]``, ``【n】``,
``[Quelle n]`` or ``[1][2]``; all are read. Shown numbers are assigned in
order of first citation, so the first source cited is always ``[1]``; numbers
that name no passage are dropped from the text and reported. Text that could
be the start of a marker is held back until it is complete, so a streamed
marker never shows half-written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot import sentences

_NUMBERS = (
    r"[ \t]*(?:(?:source|quelle|doc|passage)[ \t]*)?"
    r"(\d{1,3}(?:[ \t]*[,;][ \t]*(?:(?:source|quelle)[ \t]*)?\d{1,3})*)[ \t]*"
)
# "[[n]" may lack its second "]" (a model cut off), but "[n]]" is the marker "[n]" and a "]"
MARKER = re.compile(rf"\[\[{_NUMBERS}\]\]?|\[{_NUMBERS}\]|【{_NUMBERS}】", re.IGNORECASE)
# what may still become a marker: an opening bracket and the start of its inside (any word of up to
# seven letters stands for the start of "quelle", "source", …), or "[[n]" whose second "]" may come
_OPEN = r"[ \t]*(?:[^\W\d_]{0,7}[ \t]*)?(?:\d{1,3}(?:[ \t]*[,;][ \t]*(?:[^\W\d_]{0,7}[ \t]*)?\d{0,3})*)?[ \t]*"
PARTIAL = re.compile(rf"(?:\[\[?|【){_OPEN}\Z|\[\[{_NUMBERS}\]\Z", re.IGNORECASE)
SHOWN = re.compile(r"\[(\d+)\]")
CITED = re.compile(r"\[\d{1,3}\]")  # what the display shows as a citation (``bot.render``)
LEFTOVER = 4  # characters of shown text a leftover "[n" may start in
# a marker with the space before it, which goes when the whole marker is dropped ("A [9]." -> "A.")
SPACED = re.compile(r"(\s*)(" + MARKER.pattern + ")", re.IGNORECASE)


@dataclass
class CitationStream:
    """Turns the model's raw text into display text with renumbered markers."""

    passages: int  # how many passages the prompt numbered 1..passages
    order: list[int] = field(default_factory=list)  # prompt numbers in order of first citation
    dropped: list[int] = field(default_factory=list)
    _buffer: str = ""
    text: str = ""  # display text so far

    def feed(self, chunk: str) -> str:
        """Add model output; returns the display text that is now safe to show."""
        self._buffer += chunk
        hold = PARTIAL.search(self._buffer)
        ready, self._buffer = (
            (self._buffer[: hold.start()], self._buffer[hold.start() :]) if hold else (self._buffer, "")
        )
        space = re.search(r"\s+\Z", ready)  # a marker may follow: hold the space before it
        if space:
            ready, self._buffer = ready[: space.start()], ready[space.start() :] + self._buffer
        return self._emit(ready)

    def finish(self) -> str:
        rest, self._buffer = self._buffer, ""
        return self._emit(rest)

    def _emit(self, raw: str) -> str:
        pieces: list[tuple[str, bool]] = []  # the display text in pieces: (text, whether it is a shown marker)
        at = 0
        for m in SPACED.finditer(raw):
            pieces += [(raw[at : m.start()], False), (self._spaced(m), True)]
            at = m.end()
        pieces.append((raw[at:], False))
        # a dropped marker must not leave one behind: "[1[9]]" without a passage 9 would read "[1]", so the
        # "]" that closes such a leftover (here or after text already shown) becomes ")"
        before = self.text[-LEFTOVER:]
        out, marks = before, []
        for text, marker in pieces:
            if marker:
                marks.append((len(out), len(out) + len(text)))
            out += text
        for m in CITED.finditer(out):
            if m.end() > len(before) and not any(a <= m.start() and m.end() <= b for a, b in marks):
                out = out[: m.end() - 1] + ")" + out[m.end() :]
        out = out[len(before) :]
        self.text += out
        return out

    def _spaced(self, m: re.Match[str]) -> str:
        marker = MARKER.fullmatch(m.group(2))
        assert marker is not None
        shown = self._renumber(marker)
        return m.group(1) + shown if shown else ""

    def _renumber(self, m: re.Match[str]) -> str:
        shown = []
        inside = next(g for g in m.groups() if g is not None)
        for number in (int(n) for n in re.findall(r"\d+", inside)):
            if not 1 <= number <= self.passages:
                self.dropped.append(number)
                continue
            if number not in self.order:
                self.order.append(number)
            tag = f"[{self.order.index(number) + 1}]"
            if tag not in shown:
                shown.append(tag)
        return "".join(shown)


def strip_markers(text: str) -> str:
    """``text`` without its ``[n]`` markers (and the space before each)."""
    return re.sub(r"\s*\[\d+\]", "", text).strip()


def statements(display: str, language: str = "german") -> list[tuple[str, tuple[int, ...]]]:
    """The answer split into sentences (markers removed), each with the shown numbers it cites.

    A marker written after the full stop ("… Berlin. [1]") belongs to the
    sentence before it.
    """
    parts = [display[s:e] for s, e in sentences.spans(display, language)]
    merged: list[str] = []
    for part in parts:
        lead = re.match(r"(\s*\[\d+\])+", part)
        if lead and merged:
            merged[-1] += lead.group(0)
            part = part[lead.end() :]
        if part.strip() or (lead and not merged):
            merged.append(part)
    out = []
    for part in merged:
        cites = tuple(dict.fromkeys(int(n) for n in SHOWN.findall(part)))
        text = " ".join(SHOWN.sub("", part).split())
        text = re.sub(r"\s+([.,;:!?])", r"\1", text)
        if re.search(r"\w", text):
            out.append((text, cites))
    return out
