"""The answer without a language model: a direct first line, then verbatim quotes with their citations.

For each thing the question asks (``Part``: one, or two for "… and how many in Berlin?"), the quote is one
stretch of evidence (``bot.evidence.stretch``): the best sentence that fits the asked type, or, for a question
about an article itself, the byline or title of the article it is about (``bot.evidence.about``). When another
passage holds a stretch nearly as close (``second``), it is quoted too: at that margin the ranking can't tell the
two apart. When the question has an answer type, the answer starts with the value read off the best stretch
(``bot.lead``), cited. The bot's own words are in the question's language; quotes stay in the article's, marked
"(in German)" / "(auf Englisch)" where that differs from the answer's. Each quote is numbered, in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from bot import evidence, lang, lead, messages
from bot.question import Profile
from bot.records import Citation, Lang, Passage, Statement

TYPED_MARGIN = 0.03  # a sentence stating the asked type may be this much less close and still be quoted first
SECOND_MARGIN = 0.04  # a second stretch elsewhere this close to the quoted one is quoted as well
SECOND_TYPED = 0.02  # … when the quoted one states the asked type: the first line already commits to it
QUOTE_MARKS: dict[Lang, tuple[str, str]] = {"de": ("„", "“"), "en": ("“", "”")}


@dataclass(frozen=True)
class Part:
    """One thing the question asks, with its evidence ranked for it."""

    asked: Profile
    ranked: Sequence[evidence.Scored]
    vector: np.ndarray


@dataclass(frozen=True)
class Quoted:
    text: str
    citations: tuple[Citation, ...]
    statements: tuple[Statement, ...]
    lead: str  # the direct first line, "" when none


def choose(
    part: Part, sources: Sequence[evidence.Scored], top: str, taken: Sequence[Sequence[evidence.Scored]] = ()
) -> list[evidence.Scored]:
    """The stretch that answers ``part``: for a question about an article itself, the byline or title of the
    article ``top``; else the best fitting body sentence — or the best one that states the asked type
    itself, when it is nearly as close — with the neighbours that belong to it. Sentences of stretches
    ``taken`` by other parts of the question are left to them."""
    asked = part.asked
    ranked = [s for s in part.ranked if not any(_overlaps([s], st) for st in taken)] or list(part.ranked)
    if asked.meta:
        roles = evidence.META_ROLES[asked.meta]
        head = [s for s in ranked if s.sentence.doc_id == top and s.sentence.role in roles and s.fits]
        if head:
            return _byline(min(head, key=lambda s: s.sentence.start), ranked)
    elif ranked[0].sentence.role == "byline":  # a question about the person a byline names
        return _byline(ranked[0], ranked)
    # evidence in the context of every name asked about comes first: "… bei Nordvik" is not answered by a
    # sentence about another company, however close
    full = [s for s in ranked if evidence.covering(s, asked)]
    ranked = full if any(s.fits and _answering(s) for s in full) else ranked
    best = next((s for s in ranked if s.fits and _answering(s)), ranked[0])
    typed = next((s for s in ranked if s.own_type and _answering(s)), None) if asked.kind else None
    if typed is not None and typed.score >= best.score - TYPED_MARGIN:
        best = typed
    return evidence.stretch(best, ranked, asked, sources)


def second(
    part: Part, chosen: Sequence[evidence.Scored], sources: Sequence[evidence.Scored]
) -> list[list[evidence.Scored]]:
    """A second stretch for a one-part question, when the evidence doesn't single out one place: the best body
    sentence of another passage that fits the asked type, stands in the context of the asked names where the
    first does, and is nearly as close. Ranking by embedding similarity is unsure at that margin; the reader
    then sees both places, each cited, instead of a coin toss between them."""
    typed = part.asked.kind and any(s.own_type for s in chosen)
    margin = SECOND_TYPED if typed else SECOND_MARGIN
    first = chosen[0]
    best = max(s.score for s in chosen)
    covered = evidence.covering(first, part.asked)
    for s in part.ranked:
        if s.score < best - margin:
            break
        if not _answering(s) or not s.fits or (covered and not evidence.covering(s, part.asked)):
            continue
        other = evidence.stretch(s, part.ranked, part.asked, sources) if s.passage != first.passage else []
        if other and not _overlaps(other, chosen):
            return [other]
    return []


MARKUP = re.compile(r"(?:#{1,6}|[*•]|-(?=\s))\s+")  # a heading's or list item's mark before a quote's text


def _answering(s: evidence.Scored) -> bool:
    """Whether ``s`` is text that answers: a body sentence, or a section heading that states data (ranked only
    for a question that asks for a figure)."""
    return s.sentence.role == "body" or evidence.data_heading(s.sentence)


def _byline(first: evidence.Scored, ranked: Sequence[evidence.Scored]) -> list[evidence.Scored]:
    """A byline with the byline lines right after it ("Charlotte Malz" / "Head of Marketing, BSI")."""
    out = [first]
    lines = sorted(
        (s for s in ranked if s.passage == first.passage and s.sentence.role == first.sentence.role),
        key=lambda s: s.sentence.start,
    )
    for s in lines:
        if s.sentence.start > out[-1].sentence.start and 0 <= s.sentence.start - out[-1].sentence.end <= 2:
            out.append(s)
    return out


def compose(
    parts: Sequence[Part],
    sources: Sequence[evidence.Scored],
    passages: Sequence[Passage],
    language: Lang,
    similar: Callable[[np.ndarray], lead.Similar],
    names: frozenset[str] = frozenset(),
) -> Quoted:
    """The answer text, its citations (one per quote) and statements, and its first line."""
    stretches: list[list[evidence.Scored]] = []
    for part in parts:
        st = choose(part, sources, evidence.about(part.asked, passages, part.ranked), stretches)
        if not any(_overlaps(st, other) for other in stretches):
            stretches.append(st)
    rival: list[list[evidence.Scored]] = []
    if len(parts) == 1 and stretches:
        rival = second(parts[0], stretches[0], sources)
        stretches += rival
    if len(parts) == 1 and stretches and not parts[0].asked.kind:  # an open question: what sums up the quote too
        summed = evidence.follow_on(stretches[0], parts[0].ranked, parts[0].asked)
        if summed and not any(_overlaps(summed, other) for other in stretches):
            stretches.append(summed)
    shown = sorted(stretches, key=lambda st: (st[0].passage, st[0].sentence.start))
    # each quote its own number, so that every citation's quote is exactly what the answer quotes (two
    # stretches of one passage are two citations of it)
    number = {id(st): n for n, st in enumerate(shown, start=1)}
    citations: list[Citation] = []
    lines, statements = [messages.say("extractive", language)], []
    opening, closing = QUOTE_MARKS[language]
    for st in shown:
        passage = passages[st[0].passage]
        n = number[id(st)]
        start, end = st[0].sentence.start, st[-1].sentence.end
        quote = passage.text[start - passage.start : end - passage.start]
        mark = MARKUP.match(quote)  # "## Stage 2: …", "* 30 Tage Urlaub …": the text, not its Markdown marks
        if mark and mark.end() < len(quote):
            start, quote = start + mark.end(), quote[mark.end() :]
        citations.append(Citation(n, passage, quote, start, True, max(s.score for s in st)))
        said_in = lang.of_quote(quote, passage.language) if passage.language else ""
        other = said_in if said_in and said_in != language else ""
        # a soft-wrapped line reads as one, and so does a list's lead-in with its items, without their marks
        flat = re.sub(r"\s*\n\s*(?:[*•▪◦–-]\s+)?", " ", quote)
        line = f"{opening}{flat}{closing} [{n}]"
        table = st[0].table
        if table is not None:  # a row's figures are read by its columns: "(columns: Ticket | Old price | New price)"
            line += f" ({messages.say('columns', language, columns=' | '.join(table.columns))})"
        elif st[0].intro and st[0].intro not in quote:  # an item of a list with the line that leads into it
            line += f" ({messages.say('list_intro', language, intro=st[0].intro)})"
        lines.append(line + (" " + messages.language_note(other, language) if other else ""))
        statements.append(Statement(quote, (n,), "supported"))
    # one value per part, each with its citation: "1,5 Millionen [2]; über 2.000 [1]"
    # … and no first line where the second quote states a value of the asked type as well and nothing the question
    # names ties the first to it: which of the two is meant is the coin toss the two quotes avoid
    guess = any(s.own_type for st in rival for s in st) and not any(s.covers for s in stretches[0])
    values = [
        "" if guess else _lead(part, st, number[id(st)], passages, similar(part.vector), names)
        for part, st in zip(parts, stretches, strict=False)
    ]
    first = "; ".join(v for v in values if v) if all(values) else ""
    for value in reversed([v for v in values if v] if first else []):
        cited = re.search(r"\s*\[(\d+)\]$", value)
        assert cited is not None
        statements.insert(0, Statement(value[: cited.start()], (int(cited.group(1)),), "supported"))
    if first:
        lines.insert(0, first)
    return Quoted("\n".join(lines), tuple(citations), tuple(statements), first)


def _overlaps(a: Sequence[evidence.Scored], b: Sequence[evidence.Scored]) -> bool:
    return any(x.sentence.doc_id == y.sentence.doc_id and x.sentence.start == y.sentence.start for x in a for y in b)


def _lead(
    part: Part,
    stretch: Sequence[evidence.Scored],
    n: int,
    passages: Sequence[Passage],
    similar: lead.Similar,
    names: frozenset[str],
) -> str:
    """The direct first line ("Über 2.000 [1]") from the stretch's sentences — the one that states the asked
    type first — or "" when none states it safely."""
    asked = part.asked
    if not asked.kind and not asked.meta:
        return ""
    for s in sorted(stretch, key=lambda s: (not s.own_type, -s.score)):
        passage = passages[s.passage]
        value = lead.lead(asked, s.sentence.text, passage.language or asked.language, similar, names, s.table)
        if value is not None:
            return f"{value.text} [{n}]"
    return ""
