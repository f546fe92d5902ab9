"""HTML for the web UI: chat messages, source cards, the article view, claim checks, the corpus panel.

Pure functions from records to HTML strings, so they are tested without a
server or a browser. Every text that comes from an article, a question, a file
name or a model goes through ``html.escape``; the only markup is the markup
written here, and it carries no inline script or event attribute. The page's
own scripts are the three below (``PAGE_JS``, ``ARTICLE_JS``, ``SCROLL_JS``):
they react to the ``cite`` links and ``show-article`` buttons. UI labels are in
German and English at once ("Ganzer Artikel / whole article"), whatever the
answer language. Leaves out: gradio (``bot.ui`` places these strings),
markdown (nothing here is ever parsed as markdown).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from bot.records import Answer, Article, Citation, Passage

if TYPE_CHECKING:
    from bot.check import ClaimCheck, Evidence

CITE = re.compile(r"\[(\d{1,3})\]")
PENDING = '<span class="pending">…</span>'  # the answer's place in the chat until its text comes
NO_MODEL = "Zitate ohne Sprachmodell / quotes, no language model"
ENABLE_MODEL = (
    "Sprachmodell einschalten / enable a model: <code>make model</code> lädt / downloads "
    "<code>{model}</code> (oder / or <code>ARTIKELBOT_LLM_MODEL=…</code>), dann neu starten / then restart."
)
BADGES = {
    "supported": ("ok", "✓ belegt / supported"),
    "not_supported": ("bad", "✗ nicht belegt / not supported"),
    "uncited": ("none", "○ ohne Quelle / uncited"),
    "unchecked": ("none", "? ungeprüft / unchecked"),
}
Meta = Mapping[str, Mapping[str, Any]]  # doc_id → stored article metadata (Store.article_index)


class Report(Protocol):
    """What an ingest reports (``ingest.pipeline.Report``; bot/ doesn't import ingest for a type)."""

    added: list[str]
    updated: list[str]
    unchanged: list[str]
    skipped: list[tuple[str, str]]
    notes: list[str]
    passages: int
    seconds: float


# A click on a citation [n] in the chat opens its source card and scrolls to it.
PAGE_JS = """<script>
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest("a.cite");
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const card = document.getElementById((link.getAttribute("href") || "").slice(1));
  if (!card) return;
  if (card.tagName === "DETAILS") card.open = true;
  card.scrollIntoView({block: "center"});
  card.classList.remove("flash");
  void card.offsetWidth;
  card.classList.add("flash");
}, true);
</script>"""
# In the sources and the claim check: "whole article" asks the server for the article view.
ARTICLE_JS = """
element.addEventListener("click", (event) => {
  const b = event.target.closest("button.show-article");
  if (!b) return;
  trigger("click", {doc_id: b.dataset.doc, start: Number(b.dataset.start), end: Number(b.dataset.end),
                    quote_start: Number(b.dataset.qs), quote_end: Number(b.dataset.qe)});
});
"""
# The article view scrolls to the cited passage whenever it shows another one.
SCROLL_JS = """
const show = () => setTimeout(() => {
  const cited = element.querySelector("#cited");
  if (cited) cited.scrollIntoView({block: "center"});
}, 150);
watch("value", show);
show();
"""
CSS = """
#sources, #check-result { max-height: 640px; overflow-y: auto; }
a.cite { font-weight: 600; text-decoration: none; border-radius: 4px; padding: 0 2px;
         background: rgba(37, 99, 235, .12); cursor: pointer; }
.card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 6px 10px; margin: 8px 0; }
.card summary { cursor: pointer; }
.card .num { font-weight: 700; }
.card-title { display: inline; font-weight: 600; }
.byline { font-size: .85em; opacity: .8; }
.card .passage { margin: 6px 0; padding-left: 8px; border-left: 3px solid var(--border-color-primary); }
.card-foot { display: flex; justify-content: space-between; align-items: center; gap: 8px; font-size: .85em; }
.card.flash { animation: flash 1.5s ease-out; }
@keyframes flash { from { background: rgba(250, 204, 21, .5); } to { background: transparent; } }
#sources button.show-article, #check-result button.show-article { border: 1px solid var(--border-color-primary);
  border-radius: 6px; padding: 2px 8px; font-size: .85em; font-weight: normal; width: auto; flex: none; }
mark { background: #fde68a; color: inherit; }
.badge { font-size: .8em; border-radius: 10px; padding: 1px 8px; white-space: nowrap; }
.badge.ok { background: #dcfce7; color: #166534; }
.badge.bad { background: #fee2e2; color: #991b1b; }
.badge.none { background: #e5e7eb; color: #374151; }
.note, .who, .empty { font-size: .85em; opacity: .8; }
.error { color: #b91c1c; }
.cited { background: rgba(37, 99, 235, .12); }
.article-text { white-space: pre-wrap; line-height: 1.55; max-height: 70vh; overflow-y: auto; }
.generator .enable { font-size: .85em; opacity: .8; }
.verdict { font-size: 1.1em; margin: 6px 0; }
table.corpus { font-size: .9em; }
"""


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _lines(text: str) -> str:
    return esc(text).replace("\n", "<br>")


def question_html(question: str) -> str:
    """The user's question as a chat message: text only."""
    return _lines(question)


def message_html(text: str, turn: int, cited: Collection[int] | None = None) -> str:
    """An answer as a chat message: escaped text, line breaks kept, each ``[n]`` a link to its
    source card ``src-<turn>-<n>``. While it streams (``cited`` None) every marker is a link; at the
    end only the numbers that have a card."""
    out, last = [], 0
    for m in CITE.finditer(text):
        n = int(m.group(1))
        out.append(_lines(text[last : m.start()]))
        if cited is None or n in cited:
            out.append(f'<a class="cite" href="#src-{turn}-{n}">[{n}]</a>')
        else:
            out.append(esc(m.group(0)))
        last = m.end()
    out.append(_lines(text[last:]))
    return "".join(out)


def error_html(line: str) -> str:
    return f'<span class="error">⚠ {esc(line)}</span>'


def badge(verdict: str) -> str:
    kind, label = BADGES[verdict]
    return f'<span class="badge {kind}">{label}</span>'


def quote_span(text: str, offset: int, quote: str, quote_start: int) -> tuple[int, int] | None:
    """Where ``quote`` is in ``text`` (which starts at ``offset`` in its article), relative to ``text``:
    at ``quote_start`` when it is there, else its first occurrence, else ``None``."""
    at = quote_start - offset
    if not (quote and at >= 0 and text[at : at + len(quote)] == quote):
        at = text.find(quote) if quote else -1
    return (at, at + len(quote)) if at >= 0 else None


def highlighted(text: str, offset: int, quote: str, quote_start: int) -> str:
    """``text`` escaped, with ``quote`` in ``<mark>`` (see ``quote_span``)."""
    span = quote_span(text, offset, quote, quote_start)
    if span is None:
        return esc(text)
    at, end = span
    return f"{esc(text[:at])}<mark>{esc(text[at:end])}</mark>{esc(text[end:])}"


def _byline(doc_id: str, meta: Meta, title: str = "") -> str:
    m = meta.get(doc_id, {})
    parts = [str(m.get(k) or "") for k in ("publication", "date")]
    shown = " · ".join(esc(p) for p in parts if p) or esc(doc_id)
    return f'<div class="card-title">{esc(title or m.get("title") or doc_id)}</div><div class="byline">{shown}</div>'


def card_html(
    card_id: str,
    label: str,
    passage: Passage,
    quote: str,
    quote_start: int,
    verdict: str,
    meta: Meta,
    opened: bool = True,
    extra: str = "",
) -> str:
    """A source card: title, publication and date, the passage with the quote marked, the verdict
    and a button that opens the whole article with this passage marked."""
    span = quote_span(passage.text, passage.start, quote, quote_start) or (0, 0)
    q_at, q_end = passage.start + span[0], passage.start + span[1]
    button = (
        f'<button class="show-article" type="button" data-doc="{esc(passage.doc_id)}" '
        f'data-start="{passage.start}" data-end="{passage.end}" data-qs="{q_at}" data-qe="{q_end}">'
        "Ganzer Artikel / whole article</button>"
    )
    return (
        f'<details class="card" id="{esc(card_id)}"{" open" if opened else ""}>'
        f'<summary><span class="num">{esc(label)}</span> {_byline(passage.doc_id, meta, passage.title)} '
        f"{badge(verdict)}</summary>"
        f'<blockquote class="passage">{highlighted(passage.text, passage.start, quote, quote_start)}</blockquote>'
        f'{extra}<div class="card-foot"><span class="where">{esc(passage.doc_id)}, Zeichen / characters '
        f"{passage.start}–{passage.end}</span> {button}</div></details>"
    )


def _citation_verdict(c: Citation) -> str:
    return {True: "supported", False: "not_supported", None: "unchecked"}[c.supported]


def who_answered(answer: Answer) -> str:
    return NO_MODEL if answer.mode == "extractive" else answer.model


def sources_html(answer: Answer, turn: int, meta: Meta) -> str:
    """The sources of one answer: its cards (``src-<turn>-<n>``, closed until a click on ``[n]`` or on
    the card opens them), the verdict of each statement of a generated answer, its notes and who answered."""
    parts = [f'<section class="turn" id="turn-{turn}"><h4>{turn}. {esc(answer.question)}</h4>']
    for c in answer.citations:
        parts.append(
            card_html(
                f"src-{turn}-{c.n}", f"[{c.n}]", c.passage, c.quote, c.quote_start, _citation_verdict(c), meta, False
            )
        )
    if not answer.citations:
        parts.append('<p class="empty">Keine Quellen / no sources</p>')
    if answer.mode == "llm" and answer.statements:
        rows = "".join(
            f"<li>{badge(s.verdict)} {esc(s.text)} {''.join(f'[{n}]' for n in s.cites)}</li>" for s in answer.statements
        )
        parts.append(f'<ul class="statements">{rows}</ul>')
    parts.extend(f'<p class="note">{esc(note)}</p>' for note in answer.notes)
    if answer.mode != "refusal":
        parts.append(f'<p class="who">Antwort von / answered by: {esc(who_answered(answer))}</p>')
    parts.append("</section>")
    return "".join(parts)


def sources_panel(turns: Sequence[str]) -> str:
    """All answers' sources, the newest first."""
    if not turns:
        return '<p class="empty">Quellen erscheinen hier / sources appear here.</p>'
    return "".join(reversed(turns))


def article_html(article: Article, start: int, end: int, quote_start: int, quote_end: int) -> str:
    """The whole cleaned article with the cited passage (``start``–``end``) marked and the quote in
    ``<mark>``; offsets outside the text are clamped, a quote outside the passage is not marked."""
    text = article.text
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if not start <= quote_start < quote_end <= end:
        quote_start = quote_end = start
    meta = " · ".join(esc(v) for v in (article.publication, article.author, article.date) if v)
    body = (
        esc(text[:start])
        + '<span class="cited" id="cited">'
        + esc(text[start:quote_start])
        + (f"<mark>{esc(text[quote_start:quote_end])}</mark>" if quote_end > quote_start else "")
        + esc(text[quote_end:end])
        + "</span>"
        + esc(text[end:])
    )
    return (
        f'<article class="article" data-doc="{esc(article.doc_id)}"><h3>{esc(article.title)}</h3>'
        f'<div class="byline">{meta or esc(article.doc_id)}</div>'
        f'<div class="article-text">{body}</div></article>'
    )


def article_hint() -> str:
    return '<p class="empty">„Ganzer Artikel / whole article“ auf einer Quelle öffnet ihn hier / opens it here.</p>'


def _evidence_extra(e: Evidence) -> str:
    if not e.reasons:
        return ""
    return '<ul class="reasons">' + "".join(f"<li>{esc(r)}</li>" for r in e.reasons) + "</ul>"


def check_html(result: ClaimCheck, meta: Meta) -> str:
    """A claim's verdict and its evidence, the deciding passage first and open."""
    parts = [
        f'<div class="verdict">{badge(result.verdict)} <span class="claim">{esc(result.claim)}</span> '
        f'<span class="score">(score {result.score:.3f})</span></div>'
    ]
    for i, e in enumerate(result.evidence, 1):
        verdict = "supported" if e.supported else "not_supported"
        parts.append(
            card_html(f"chk-{i}", f"{i}.", e.passage, e.quote, e.quote_start, verdict, meta, i == 1, _evidence_extra(e))
        )
    if not result.evidence:
        parts.append('<p class="empty">Keine Passage gefunden / no passage found</p>')
    return "".join(parts)


def _when(seconds: float | None) -> str:
    if not seconds:
        return "–"
    return dt.datetime.fromtimestamp(seconds).astimezone().strftime("%Y-%m-%d %H:%M")


def corpus_html(meta: Meta, passages: int) -> str:
    """How many articles and passages, when last ingested, and the articles."""
    last = max((float(m.get("ingested_at") or 0) for m in meta.values()), default=0.0)
    rows = "".join(
        f"<tr><td>{esc(m.get('title') or doc_id)}</td><td>{esc(m.get('publication') or '')}</td>"
        f"<td>{esc(m.get('date') or '')}</td><td>{esc(m.get('passages', ''))}</td>"
        f"<td><code>{esc(doc_id)}</code></td></tr>"
        for doc_id, m in sorted(meta.items(), key=lambda kv: str(kv[1].get("title") or kv[0]).lower())
    )
    return (
        f'<p class="corpus-summary"><b>{len(meta)}</b> Artikel / articles · <b>{passages}</b> Passagen / passages · '
        f"zuletzt eingelesen / last ingested: <b>{_when(last)}</b></p>"
        '<table class="corpus"><thead><tr><th>Titel / title</th><th>Publikation / publication</th>'
        "<th>Datum / date</th><th>Passagen / passages</th><th>ID</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def report_html(report: Report, refused: Sequence[tuple[str, str]] = ()) -> str:
    """What an upload did: the ingest's summary, and every file skipped with its reason."""
    skipped = [why for _, why in (*refused, *report.skipped)]  # each reason starts with the file's name
    parts = [
        f'<p class="report-summary">{len(report.added)} neu / added · {len(report.updated)} geändert / updated · '
        f"{len(report.unchanged)} unverändert / unchanged · {len(skipped)} übersprungen / skipped · "
        f"{report.passages} Passagen / passages · {report.seconds:.1f} s</p>"
    ]
    for label, ids in (("Neu / added", report.added), ("Geändert / updated", report.updated)):
        if ids:
            parts.append(f"<p>{label}: " + ", ".join(f"<code>{esc(i)}</code>" for i in ids) + "</p>")
    if skipped:
        items = "".join(f"<li>{esc(why)}</li>" for why in skipped)
        parts.append(f'<p>Übersprungen / skipped:</p><ul class="skipped">{items}</ul>')
    parts.extend(f'<p class="note">{esc(n)}</p>' for n in report.notes)
    return "".join(parts)


def generator_html(name: str, model: str, mode: str) -> str:
    """Which generator answers; with no model, how to enable one."""
    head = '<div class="generator"><b>Antworten von / answers by:</b> <span class="model">'
    if name != "extractive":
        return f"{head}{esc(name)}</span></div>"
    how = ENABLE_MODEL.format(model=esc(model))
    if mode == "extractive":
        how = "Modus / mode <code>extractive</code>: mit / start with <code>--mode auto</code> starten. " + how
    return f'{head}{NO_MODEL}</span><div class="enable">{how}</div></div>'
