"""Remove page furniture so it is never retrieved or cited.

General rules over lines, not per-file fixes: reading-time lines, breadcrumbs,
comment forms and counters, newsletter pleas, image placeholders, hashtag and
share lines; what saved web pages leave behind (cookie banners, share and print
buttons, keyboard-shortcut help, "read more" links, paywall teasers, footer
links, tag lines, tip lines); a "related reading" heading with its teasers, and
near the end everything after it; a trailing list of short link-like lines; a
paragraph repeated verbatim (lead teasers). The web-page rules hold German and
English words side by side (``FURNITURE``), because a page's furniture need
not be in its article's language. A date glued to the first sentence ("date
2018-12 In den …") is put on a line of its own, where it reads as the
article's date. What is left is the article text, lines unchanged but for
trailing spaces and a reading time cut from a byline ("By A · 9 min read"),
and it is the text that passage offsets refer to. Leaves out: boilerplate
inside sentences, and HTML (trafilatura handles that while loading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.furniture import FURNITURE, RELATED, Furniture

VERSION = "clean-4"

_I = re.IGNORECASE
LINE_RULES: dict[str, re.Pattern[str]] = {
    "reading time": re.compile(
        r"(\d+\s*(min\.?|minuten|minutes?)\s*(lesedauer|lesezeit|read|reading time)"
        r"|(lesedauer|lesezeit|reading time)\s*:?\s*\d+\s*(min\.?|minuten|minutes?))",
        _I,
    ),
    "breadcrumb": re.compile(r"(home|startseite)\s*[/›»>|]\s*\S.*(?<!\.)", _I),  # not "Home/Office-… ."
    "comment counter": re.compile(r"\d+\s+(antworten|antwort|kommentare?|comments?|replies|reply)", _I),
    "comment form": re.compile(
        r".*(hinterlassen sie einen kommentar|schreibe einen kommentar|kommentar verfassen"
        r"|kommentar abschicken|leave a (reply|comment)|post comment"
        r"|e-?mail-adresse wird nicht veröffentlicht|email address will not be published"
        r"|erforderliche felder sind mit|required fields are marked"
        r"|an der diskussion teilnehmen|join the discussion|feel free to contribute).*",
        _I,
    ),
    # A plea speaks to the reader (or is a short button label); a paragraph that merely
    # mentions a newsletter ("… einen Newsletter an Kunden in Japan.") is content.
    "newsletter plea": re.compile(
        r"(?=.{0,300}\Z)(?:(?=.{0,40}\Z|.*\b(sie|du|dich|dir|euch|you|your|jetzt|now|hier|here)\b)"
        r".*newsletter.*\b(anmelden|an[.!]|abonnier|eintragen|registrier|subscribe|sign up).*"
        r"|.*\b(abonnieren sie|subscribe to|sign up for)\b.*newsletter.*)",
        _I,
    ),
    "image placeholder": re.compile(r"(image|bild|foto|photo|grafik)(\s*:.*)?", _I),
    "hashtags": re.compile(r"(#[\w-]+\s*)+", _I),
    "share line": re.compile(
        r"(teilen|share|artikel teilen|share this)\s*:?\s*"
        r"((facebook|twitter|x|linkedin|xing|whatsapp|e-?mail)[\s,|]*)*",
        _I,
    ),
}


def _compile(rule: Furniture) -> re.Pattern[str]:
    return re.compile(rf"(?=.{{0,{rule.max_len}}}\Z)(?:{'|'.join(rule.de + rule.en)})", _I)


# the web-page words join the older rule of the same name, or make a rule of their own
for _name, _rule in FURNITURE.items():
    _own = LINE_RULES.get(_name)
    _web = _compile(_rule)
    LINE_RULES[_name] = re.compile(f"(?:{_own.pattern})|(?:{_web.pattern})", _I) if _own else _web
# a heading alone on its line, at most set off by arrows or a colon ("Lesen Sie auch:", "Most read »")
RELATED_HEADING = re.compile(
    rf"(?=.{{0,{RELATED.max_len}}}\Z)[\s»›→>•·-]*(?:{'|'.join(RELATED.de + RELATED.en)})[\s:…»›→>]*", _I
)
# A teaser line that starts the "more reading" block after the article; it opens
# with the marker, so a sentence that uses the words ("… mehr zum Thema …") stays,
# and "read more"/"weiterlesen" count only alone or before a colon ("Read more books, …" stays).
TAIL_MARKER = re.compile(
    r"\W*(tiefer eintauchen|lesetipp|das könnte sie auch interessieren|mehr zum thema|weitere artikel"
    r"|ähnliche (beiträge|artikel)|related (posts|articles)|you might also like|(read more|weiterlesen)(\W*$|\s*:))",
    _I,
)
TAIL_ZONE = 0.7  # teaser markers count only in the last 30 % of the lines
TEASER_MAX = 120  # a teaser under a "related" heading is a short line without a sentence end
# the parts of a line of buttons or links ("Impressum · Datenschutz", "By A · 9 min read")
ITEM_SEPARATOR = re.compile(r"\s+[|·•∙]|[|·•∙]\s+")
LEADING_META = re.compile(r"\A\s*date\s+\d{4}-\d{2}(-\d{2})?\s+", _I)
LINK_LINE_MAX = 40
LINK_LIST_MIN = 3
REPEAT_MIN = 40


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: list[tuple[str, str]] = field(default_factory=list)  # (rule, line)


def clean(text: str) -> Cleaned:
    """The article text without furniture, and what was removed by which rule."""
    removed: list[tuple[str, str]] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta = LEADING_META.match(text)
    if meta:  # a date glued to the first sentence ("date 2018-12 In den …") becomes the article's date line
        text = meta.group(0).strip() + "\n\n" + text[meta.end() :]
    lines = [line.rstrip() for line in text.split("\n")]

    tail = _tail_start(lines)
    if tail is not None:
        removed.extend(("related reading", line) for line in lines[tail:] if line.strip())
        lines = lines[:tail]

    lines = _drop_related(lines, removed)
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        rule = _rule_for(stripped)
        if rule:
            removed.append((rule, stripped))
        elif stripped:
            kept.append(_without_reading_time(line, removed))
        else:
            kept.append("")

    kept = _drop_link_list(kept, removed)
    body = "\n".join(_drop_repeats(_paragraphs(kept), removed))
    return Cleaned(text=body.strip(), removed=removed)


def title_from(text: str) -> str:
    """A title for an article that has none: its first short line."""
    for line in text.splitlines():
        if line.strip():
            return line.strip() if len(line.strip()) <= 120 else ""
    return ""


def _rule_for(line: str) -> str | None:
    """The rule that takes this whole line: the line matches it, or each of its parts does."""
    if not line:
        return None
    rule = next((name for name, rx in LINE_RULES.items() if rx.fullmatch(line)), None)
    parts = [part.strip() for part in ITEM_SEPARATOR.split(line) if part.strip()]
    if rule or len(parts) < 2:
        return rule
    rules = [next((name for name, rx in LINE_RULES.items() if rx.fullmatch(part)), None) for part in parts]
    return rules[0] if all(rules) else None


def _without_reading_time(line: str, removed: list[tuple[str, str]]) -> str:
    """A byline without its reading-time part: "By A · 9 min read" gives "By A"."""
    parts = [part.strip() for part in ITEM_SEPARATOR.split(line) if part.strip()]
    timed = [part for part in parts if LINE_RULES["reading time"].fullmatch(part)]
    if not timed or len(parts) < 2:
        return line
    for part in timed:
        removed.append(("reading time", part))
        line = line.replace(part, "", 1)
    line = re.sub(r"\s*[|·•∙](\s*[|·•∙])+", lambda m: m.group(0)[-2:], line)  # "A · · B" gives "A · B"
    return re.sub(r"^(\s*)[|·•∙]\s*|(\s*[|·•∙])+\s*$", r"\1", line)


def _drop_related(lines: list[str], removed: list[tuple[str, str]]) -> list[str]:
    """A "related reading" heading inside the article and the short teaser lines under it."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not RELATED_HEADING.fullmatch(lines[i].strip()):
            out.append(lines[i])
            i += 1
            continue
        removed.append(("related reading", lines[i].strip()))
        i += 1
        while i < len(lines) and (not lines[i].strip() or _is_link_like(lines[i], TEASER_MAX)):
            if lines[i].strip():
                removed.append(("related reading", lines[i].strip()))
            i += 1
    return out


def _tail_start(lines: list[str]) -> int | None:
    zone = int(len(lines) * TAIL_ZONE)
    for i in range(zone, len(lines)):
        line = lines[i].strip()
        if (TAIL_MARKER.match(line) or RELATED_HEADING.fullmatch(line)) and len(line) < 200:
            return i
    return None


def _is_link_like(line: str, longest: int = LINK_LINE_MAX) -> bool:
    s = line.strip()
    return 0 < len(s) <= longest and not s.endswith((".", "!", "?", ":", "“", '"', "…"))


def _drop_link_list(lines: list[str], removed: list[tuple[str, str]]) -> list[str]:
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and (_is_link_like(lines[start - 1]) or not lines[start - 1].strip()):
        start -= 1
    run = [line for line in lines[start:end] if line.strip()]
    if len(run) >= LINK_LIST_MIN and all(_is_link_like(line) for line in run):
        removed.extend(("link list", line.strip()) for line in run)
        return lines[:start]
    return lines


def _paragraphs(lines: list[str]) -> list[str]:
    """Join lines back into text and split at blank lines, keeping line breaks."""
    text = "\n".join(lines)
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _drop_repeats(paragraphs: list[str], removed: list[tuple[str, str]]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for p in paragraphs:
        key = " ".join(p.split())
        if len(key) >= REPEAT_MIN and key in seen:
            removed.append(("repeated paragraph", key))
            continue
        seen.add(key)
        out.append(p.strip("\n"))
    return ["\n\n".join(out)]
