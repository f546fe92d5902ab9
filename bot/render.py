"""HTML for the web UI: chat messages, source cards, the article view, claim checks, the corpus panel.

Pure functions from records to HTML strings, so they are tested without a
server or a browser. Every text that comes from an article, a question, a file
name or a model goes through ``html.escape``; the only markup is the markup
written here, and it carries no inline script or event attribute. The page's
own scripts are the three below (``PAGE_JS``, ``ARTICLE_JS``, ``SCROLL_JS``):
they react to the ``cite`` links, the ``copy-md`` buttons and the
``show-article`` buttons. The page's words come from ``bot.messages`` in the
page language ``lang``; answers stay in their own language. Sources are named
by title, publication and date (``bot.sources``); the article id only appears
in a small secondary line. Leaves out: gradio (``bot.ui`` places these
strings), markdown (nothing here is ever parsed as markdown).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from bot.markdown import answer_markdown, who_answered
from bot.messages import LANGS, TEXT, say
from bot.records import Answer, Article, Citation, Lang, Passage
from bot.sources import Meta, Named, language_name, named

if TYPE_CHECKING:
    from bot.check import ClaimCheck

CITE = re.compile(r"\[(\d{1,3})\]")
PENDING = '<span class="pending">…</span>'  # the answer's place in the chat until its text comes
BADGE_KIND = {"supported": "ok", "partly_supported": "part", "not_supported": "bad", "uncited": "none"}
MARK = {"supported": "✓", "partly_supported": "◐", "not_supported": "✗"}


class Report(Protocol):
    """What an ingest reports (``ingest.pipeline.Report``; bot/ doesn't import ingest for a type)."""

    added: list[str]
    updated: list[str]
    unchanged: list[str]
    skipped: list[tuple[str, str]]
    notes: list[str]
    passages: int
    seconds: float


# A click on a citation [n] (or a checked statement) opens its source card and scrolls to it; a click on
# "copy as Markdown" puts the answer's Markdown (its data-md) on the clipboard.
PAGE_JS = """<script>
async function artikelbotCopy(text) {
  try { await navigator.clipboard.writeText(text); return; } catch (e) { /* not a secure page: fall back */ }
  const area = document.createElement("textarea");
  area.value = text;
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}
document.addEventListener("click", (event) => {
  const copy = event.target.closest && event.target.closest("button.copy-md");
  if (copy) {
    event.preventDefault();
    event.stopPropagation();
    artikelbotCopy(copy.dataset.md || "").then(() => {
      copy.textContent = copy.dataset.done;
      copy.classList.add("done");
    });
    return;
  }
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
.doc-id { font-size: .8em; opacity: .65; font-family: ui-monospace, monospace; }
.card .passage { margin: 6px 0; padding-left: 8px; border-left: 3px solid var(--border-color-primary); }
.card-foot { display: flex; justify-content: space-between; align-items: center; gap: 8px; font-size: .85em; }
.card.flash { animation: flash 1.5s ease-out; }
@keyframes flash { from { background: rgba(250, 204, 21, .5); } to { background: transparent; } }
#sources button.show-article, #check-result button.show-article, #sources button.copy-md {
  border: 1px solid var(--border-color-primary); border-radius: 6px; padding: 2px 8px; font-size: .85em;
  font-weight: normal; width: auto; flex: none; cursor: pointer; }
.turn-head { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
.turn-head h4 { margin: 8px 0 0; }
mark { background: #fde68a; color: inherit; }
.badge { font-size: .8em; border-radius: 10px; padding: 1px 8px; white-space: nowrap; }
.badge.ok { background: #dcfce7; color: #166534; }
.badge.part { background: #fef9c3; color: #854d0e; }
.badge.bad { background: #fee2e2; color: #991b1b; }
.badge.none { background: #e5e7eb; color: #374151; }
.note, .who, .empty { font-size: .85em; opacity: .8; }
.error { color: #b91c1c; }
.cited { background: rgba(37, 99, 235, .12); }
.article-text { white-space: pre-wrap; line-height: 1.55; max-height: 70vh; overflow-y: auto; }
.generator .enable { font-size: .85em; opacity: .8; }
.verdict { font-size: 1.1em; margin: 6px 0; }
.checked-text { line-height: 1.8; }
.checked-text a.stmt { text-decoration: none; color: inherit; border-radius: 4px; padding: 1px 3px; cursor: pointer; }
.checked-text a.stmt.ok { background: #dcfce7; }
.checked-text a.stmt.part { background: #fef9c3; }
.checked-text a.stmt.bad { background: #fee2e2; }
.checked-text a.stmt.none { background: #e5e7eb; }
table.corpus { font-size: .9em; }
.page-head h2 { margin: 0; }
/* the page shows once its words are in the page language (set on load), or after 5 s whatever happens */
html:not([data-page-language]) .gradio-container main.contain { opacity: 0; animation: reveal 0s 5s forwards; }
@keyframes reveal { to { opacity: 1; } }
#upload [data-testid="upload-text"] { font-size: 0; }
#upload [data-testid="upload-text"]::after { font-size: var(--text-lg); }
"""


def page_css() -> str:
    """The page's style; gradio's own words in the upload area are replaced by the catalogue's, in the
    page language (gradio would show them in the browser's language)."""
    hints = "".join(
        f'html[data-page-language="{lang}"] #upload [data-testid="upload-text"]::after '
        f'{{ content: "{_css_string(say("drop_here", lang))}"; }}\n'
        for lang in LANGS
    )
    return CSS + hints


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _lines(text: str) -> str:
    return esc(text).replace("\n", "<br>")


def _say(key: str, lang: Lang, **values: object) -> str:
    """A catalogue text, escaped; ``values`` are HTML already (escape what they quote)."""
    return esc(TEXT[key][lang]).format(**values) if values else esc(say(key, lang))


def head_html(lang: Lang) -> str:
    """The page's name and what it does, in the page language (``lang`` also tells tests it is set)."""
    return f'<div class="page-head" lang="{lang}"><h2>artikelbot</h2><p>{_say("tagline", lang)}</p></div>'


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


def badge(verdict: str, lang: Lang) -> str:
    verdict = verdict if verdict in BADGE_KIND else "unchecked"
    return f'<span class="badge {BADGE_KIND.get(verdict, "none")}">{_say(verdict, lang)}</span>'


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


def _title(source: Named) -> str:
    byline = source.byline()
    return f'<div class="card-title">{esc(source.name)}</div>' + (
        f'<div class="byline">{esc(byline)}</div>' if byline else ""
    )


def card_html(
    card_id: str,
    label: str,
    passage: Passage,
    quote: str,
    quote_start: int,
    verdict: str,
    meta: Meta,
    lang: Lang,
    opened: bool = True,
    extra: str = "",
) -> str:
    """A source card: title, publication and date, the passage with the quote marked, the verdict, a
    small line with the article id and the passage's characters, and a button that opens the whole
    article with this passage marked."""
    span = quote_span(passage.text, passage.start, quote, quote_start) or (0, 0)
    q_at, q_end = passage.start + span[0], passage.start + span[1]
    button = (
        f'<button class="show-article" type="button" data-doc="{esc(passage.doc_id)}" '
        f'data-start="{passage.start}" data-end="{passage.end}" data-qs="{q_at}" data-qe="{q_end}">'
        f"{_say('whole_article', lang)}</button>"
    )
    chars = esc(say("chars", lang, start=passage.start, end=passage.end))
    return (
        f'<details class="card" id="{esc(card_id)}"{" open" if opened else ""}>'
        f'<summary><span class="num">{esc(label)}</span> {_title(named(passage.doc_id, meta, lang, passage.title))} '
        f"{badge(verdict, lang)}</summary>"
        f'<blockquote class="passage">{highlighted(passage.text, passage.start, quote, quote_start)}</blockquote>'
        f'{extra}<div class="card-foot"><span class="where"><span class="doc-id">{esc(passage.doc_id)}</span> · '
        f"{chars}</span> {button}</div></details>"
    )


def _citation_verdict(c: Citation) -> str:
    return {True: "supported", False: "not_supported", None: "unchecked"}[c.supported]


def copy_button(markdown: str, lang: Lang) -> str:
    """The button that copies ``markdown``; the payload is its ``data-md``."""
    return (
        f'<button class="copy-md" type="button" data-md="{esc(markdown)}" data-done="{_say("copied", lang)}">'
        f"{_say('copy_md', lang)}</button>"
    )


def sources_html(answer: Answer, turn: int, meta: Meta, lang: Lang) -> str:
    """The sources of one answer: a button that copies the answer as Markdown, its cards
    (``src-<turn>-<n>``, closed until a click on ``[n]`` or on the card opens them), the verdict of
    each statement of a generated answer, its notes and who answered."""
    parts = [
        f'<section class="turn" id="turn-{turn}"><div class="turn-head"><h4>{turn}. {esc(answer.question)}</h4>'
        f"{copy_button(answer_markdown(answer, meta), lang)}</div>"
    ]
    for c in answer.citations:
        parts.append(
            card_html(
                f"src-{turn}-{c.n}",
                f"[{c.n}]",
                c.passage,
                c.quote,
                c.quote_start,
                _citation_verdict(c),
                meta,
                lang,
                False,
            )
        )
    if not answer.citations:
        parts.append(f'<p class="empty">{_say("no_sources", lang)}</p>')
    if answer.mode == "llm" and answer.statements:
        rows = "".join(
            f"<li>{badge(s.verdict, lang)} {esc(s.text)} {''.join(f'[{n}]' for n in s.cites)}</li>"
            for s in answer.statements
        )
        parts.append(f'<ul class="statements">{rows}</ul>')
    parts.extend(f'<p class="note">{esc(note)}</p>' for note in answer.notes)
    if answer.mode != "refusal":
        who = _say("no_model", lang) if answer.mode == "extractive" else esc(who_answered(answer))
        parts.append(f'<p class="who">{_say("answered_by", lang, who=who)}</p>')
    parts.append("</section>")
    return "".join(parts)


def sources_panel(answers: Sequence[Answer], meta: Meta, lang: Lang) -> str:
    """All answers' sources, the newest first."""
    if not answers:
        return f'<p class="empty">{_say("sources_here", lang)}</p>'
    return "".join(sources_html(a, turn, meta, lang) for turn, a in reversed(list(enumerate(answers, 1))))


def article_html(article: Article, start: int, end: int, quote_start: int, quote_end: int, lang: Lang) -> str:
    """The whole cleaned article with the cited passage (``start``–``end``) marked and the quote in
    ``<mark>``; offsets outside the text are clamped, a quote outside the passage is not marked."""
    text = article.text
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if not start <= quote_start < quote_end <= end:
        quote_start = quote_end = start
    byline = " · ".join(esc(v) for v in (article.publication, article.author, article.date) if v)
    name = named(article.doc_id, {article.doc_id: article.meta()}, lang).name
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
        f'<article class="article" data-doc="{esc(article.doc_id)}"><h3>{esc(name)}</h3>'
        f'<div class="byline">{byline}</div><div class="doc-id">{esc(article.doc_id)}</div>'
        f'<div class="article-text">{body}</div></article>'
    )


def article_hint(lang: Lang) -> str:
    return f'<p class="empty">{_say("article_hint", lang)}</p>'


def _reasons(reasons: Sequence[str]) -> str:
    if not reasons:
        return ""
    return '<ul class="reasons">' + "".join(f"<li>{esc(r)}</li>" for r in reasons) + "</ul>"


def _first(evidence: Any) -> Any:
    """A statement's deciding evidence: the first of a sequence, or the one given."""
    if isinstance(evidence, list | tuple):
        return evidence[0] if evidence else None
    return evidence


def check_html(result: ClaimCheck, meta: Meta, lang: Lang) -> str:
    """A claim's verdict and its evidence, the deciding passage first and open. A checked text (a
    result whose ``statements`` hold more than one) shows the text with each statement marked, the
    line "k of n statements supported" and each statement's evidence card."""
    statements = tuple(getattr(result, "statements", None) or ())
    if len(statements) > 1:
        return _text_check_html(result, statements, meta, lang)
    parts = [
        f'<div class="verdict">{badge(result.verdict, lang)} <span class="claim">{esc(result.claim)}</span> '
        f'<span class="score">(score {result.score:.3f})</span></div>'
    ]
    for i, e in enumerate(result.evidence, 1):
        verdict = "supported" if e.supported else "not_supported"
        parts.append(
            card_html(
                f"chk-{i}", f"{i}.", e.passage, e.quote, e.quote_start, verdict, meta, lang, i == 1, _reasons(e.reasons)
            )
        )
    if not result.evidence:
        parts.append(f'<p class="empty">{_say("no_passage", lang)}</p>')
    return "".join(parts)


def _text_check_html(result: Any, statements: Sequence[Any], meta: Meta, lang: Lang) -> str:
    ok = sum(s.verdict == "supported" for s in statements)
    tally = esc(say("statements_supported", lang, ok=ok, total=len(statements)))
    marked = " ".join(
        f'<a class="stmt cite {BADGE_KIND.get(s.verdict, "none")}" href="#chk-{i}"><sup>{i}</sup> '
        f"{MARK.get(s.verdict, '?')} {esc(s.text)}</a>"
        for i, s in enumerate(statements, 1)
    )
    parts = [
        f'<div class="verdict">{badge(result.verdict, lang)} <span class="tally">{tally}</span></div>',
        f'<p class="checked-text">{marked}</p>',
    ]
    for i, s in enumerate(statements, 1):
        e = _first(getattr(s, "evidence", None))
        reasons = tuple(getattr(s, "reasons", ()) or ()) or tuple(getattr(e, "reasons", ()) or ())
        if e is None:
            parts.append(f'<p class="empty" id="chk-{i}">{i}. {esc(s.text)} – {_say("no_passage", lang)}</p>')
            continue
        extra = f'<p class="stmt-text">{esc(s.text)}</p>{_reasons(reasons)}'
        parts.append(
            card_html(f"chk-{i}", f"{i}.", e.passage, e.quote, e.quote_start, s.verdict, meta, lang, False, extra)
        )
    return "".join(parts)


def _when(seconds: float | None) -> str:
    if not seconds:
        return "–"
    return dt.datetime.fromtimestamp(seconds).astimezone().strftime("%Y-%m-%d %H:%M")


def corpus_html(meta: Meta, passages: int, lang: Lang) -> str:
    """How many articles and passages, when last ingested, and the articles by title (the id below it)."""
    last = max((float(m.get("ingested_at") or 0) for m in meta.values()), default=0.0)
    languages = any(m.get("language") for m in meta.values())
    rows = []
    for doc_id, m in sorted(meta.items(), key=lambda kv: named(kv[0], meta, lang).name.lower()):
        source = named(doc_id, meta, lang)
        cells = [
            f'<td>{esc(source.name)}<div class="doc-id">{esc(doc_id)}</div></td>',
            f"<td>{esc(source.publication)}</td>",
            f"<td>{esc(source.date)}</td>",
        ]
        if languages:
            cells.append(f"<td>{esc(language_name(m.get('language'), lang))}</td>")
        cells.append(f"<td>{esc(m.get('passages', ''))}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    columns = ["col_title", "col_publication", "col_date", *(["col_language"] if languages else []), "col_passages"]
    head = "".join(f"<th>{_say(c, lang)}</th>" for c in columns)
    summary = _say("corpus_summary", lang, articles=f"<b>{len(meta)}</b>", passages=f"<b>{passages}</b>",
                   when=f"<b>{_when(last)}</b>")  # fmt: skip
    return (
        f'<p class="corpus-summary">{summary}</p>'
        f'<table class="corpus"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def report_html(report: Report, refused: Sequence[tuple[str, str]], lang: Lang, meta: Meta) -> str:
    """What an upload did: the ingest's summary, the articles added or updated by title, and every
    file skipped with its reason."""
    skipped = [why for _, why in (*refused, *report.skipped)]  # each reason starts with the file's name
    summary = _say(
        "report_summary",
        lang,
        added=len(report.added),
        updated=len(report.updated),
        unchanged=len(report.unchanged),
        skipped=len(skipped),
        passages=report.passages,
        seconds=f"{report.seconds:.1f}",
    )
    parts = [f'<p class="report-summary">{summary}</p>']
    for key, ids in (("added", report.added), ("updated", report.updated)):
        if ids:
            names = ", ".join(esc(named(i, meta, lang).name) for i in ids)
            parts.append(f'<p class="{key}">{_say(key, lang)}: {names}</p>')
    if skipped:
        items = "".join(f"<li>{esc(why)}</li>" for why in skipped)
        parts.append(f'<p>{_say("skipped", lang)}:</p><ul class="skipped">{items}</ul>')
    parts.extend(f'<p class="note">{esc(n)}</p>' for n in report.notes)
    return "".join(parts)


def generator_html(name: str, model: str, mode: str, lang: Lang) -> str:
    """Which generator answers; with no model, how to enable one."""
    head = f'<div class="generator"><b>{_say("answers_by", lang)}</b> <span class="model">'
    if name != "extractive":
        return f"{head}{esc(name)}</span></div>"
    how = _say(
        "enable_model",
        lang,
        make="<code>make model</code>",
        model=f"<code>{esc(model)}</code>",
        env="<code>ARTIKELBOT_LLM_MODEL=…</code>",
    )
    if mode == "extractive":
        how = _say("mode_extractive", lang, mode="<code>extractive</code>", auto="<code>--mode auto</code>") + " " + how
    return f'{head}{_say("no_model", lang)}</span><div class="enable">{how}</div></div>'
