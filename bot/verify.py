"""Does a passage support a statement? A verdict, a score, the quoted evidence and the reasons.

The verdict judges the statement against the evidence it quotes: the
sentence of the passage closest to the statement (nudged toward one that
states its figures and names) and at most one neighbour. It is supported
when the statement is close enough in embedding space and every hard check
of ``bot.facts`` holds on that span: names, amounts as intervals, polarity,
absolute quantifiers and who-did-what. The article's head (title, byline,
lead) may supply only the speaker or author of what is said. When the
closest sentences are near equals, each is tried and the first that holds
is quoted. Leaves out: NLI models (none ships offline) and the language model
judge (``bot.check`` asks it, and it can only lower a verdict).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from bot import compare, facts, lang, numbers, pairing, posts, roles, tagger, times
from bot.compare import Embed
from bot.lexicon import lexicon
from bot.names import NOUN_SUFFIX
from bot.records import Lang, Sentence

NUMBER_NUDGE = 0.08
SAME_VALUE = 0.5  # … of it for a figure of the same value in another interval ("between 90 and" for "more than 90")
NAME_NUDGE = 0.02
PART_NUDGE = 0.04  # … a sentence of the numbered part the claim names ("the second stage": "## Stage 2: …")
ABOUT = 5  # an article that names something this often is about it: "der Konzern" refers back to it
TITLED_ABOUT = 3  # … or this often, with its title
QUOTE_NUDGE = 0.1  # for the sentence that has the words the statement quotes
TRIED = 3  # closest sentences tried as the quote
MARGIN = 0.03  # … when they are this close to the closest one
RIVAL = 0.03  # a sentence this much closer than the one that bears a statement out may contradict it
QUESTION_PENALTY = 1.0
# reasons that say the closest sentence states something else (another figure, place, actor, owner or group): no
# sentence further down is tried instead
CONTRADICTION = re.compile(
    r"^evidence says |\(the quoted sentence says |\(it puts |^the evidence has |^the evidence speaks of |"
    r"^the evidence makes "
)
SAME_NAME = 0.94  # embedding similarity of a name and its translation ("Munich" / "München": 0.97)
SAME_THING = 0.9  # … of a thing and its translation ("warehouse" / "Lager")
CHECKS = ("similarity", "content", "names", "amounts", "polarity", "absolutes", "roles")


@dataclass(frozen=True)
class Check:
    supported: bool
    score: float
    quote: Sentence | None
    reasons: tuple[str, ...] = ()
    span: tuple[Sentence, ...] = ()  # the quote and the neighbour the checks read, in text order
    failed: tuple[str, ...] = ()  # the checks (``CHECKS``) that decided against the statement


def check(
    statement: str,
    vector: np.ndarray,
    sentences: Sequence[tuple[Sentence, Sequence[float]]],
    names: set[str],
    threshold: float,
    context: str = "",
    language: Lang | None = None,
    article: str = "",
    embed: Callable[[list[str]], np.ndarray] | None = None,
    headings: Sequence[Sentence] = (),
) -> Check:
    """Verdict for ``statement`` against the sentences of its cited passage(s).

    ``context`` is the head of the cited article (title, byline, lead): it may name who speaks
    ("Laut Doll …" about a passage of Doll's article). ``article`` is the article's text, where a
    person's full name is given once ("Ralf T. Kreutzer" for a span that says "Kreutzer"). ``embed``
    embeds clauses, so that a negation is read in the clause the statement is about; without it,
    in the whole quoted sentence. ``headings`` are the section headings of the passages (not quoted themselves):
    a section's heading names what its sentences speak of.
    """
    if not sentences:
        return Check(False, 0.0, None, ("no source text",), failed=("similarity",))
    if language is None:
        language = lang.detect(statement).language
    found = [part for n in facts.names_of(statement, language, names) for part in facts.apart(n, article)]
    claim = _Claim(statement, vector, language, names, found)
    sims = np.asarray([v for _, v in sentences], dtype=np.float32) @ vector
    # a source line ("(2008 Bezos’ Letter to Shareowners)") says who said the quotation before it, not what: the
    # statement is as close to it as to that quotation
    sims = np.asarray([sims[_attributed(i, sentences)] for i in range(len(sentences))], dtype=np.float32)
    said = [
        (a, numbers.dimension(statement, a), numbers.counted(statement, a))
        for a in numbers.amounts(statement, language)
    ]
    quoted = _quotations(statement)
    parts = numbers.labels(statement)  # "the second stage": the section "Stage 2: …" heads
    nudged = [
        float(sims[i])
        + NUMBER_NUDGE * _numbers_in(said, s.text, statement)
        + NAME_NUDGE
        * _names_in([n.words[-1] for n in claim.names], f"{s.text} {_voice(article, s)} {_section(s, headings)}")
        + QUOTE_NUDGE * any(q in _plain(s.text) for q in quoted)
        + PART_NUDGE * bool(parts and numbers.labelled(_section(s, headings), parts))
        for i, (s, _) in enumerate(sentences)
    ]
    # a question asserts nothing: it is evidence only for a statement that reports a question or doubt
    doubt = lexicon(language).doubt
    asks = [s.text.rstrip().endswith("?") for s, _ in sentences]
    if doubt and re.search(doubt, statement, re.I):
        asks = [False] * len(sentences)
    nudged = [n - QUESTION_PENALTY if a else n for n, a in zip(nudged, asks, strict=True)]
    order = sorted(range(len(sentences)), key=lambda i: -nudged[i])
    tried = [i for i in order[:TRIED] if nudged[i] >= nudged[order[0]] - MARGIN]
    results = []
    # … nor does it contradict one: the closest sentence that asserts something
    closest = max(range(len(sentences)), key=lambda i: (not asks[i], sims[i]))
    for i in tried:
        result = _judge(claim, i, float(sims[i]), sentences, threshold, context, article, embed, headings)
        if result.supported and i != closest and sims[closest] - sims[i] >= RIVAL:
            # a sentence that bears the statement out by a count or a name it shares, where a much closer one speaks
            # of the same thing and contradicts it („in vier Varianten“ against "three varieties", „aus dem Ads-Team“
            # against "… belonged to the seller support team")
            rival = _judge(
                claim, closest, float(sims[closest]), sentences, threshold, context, article, embed, headings
            )
            if contradicts(rival):
                return rival
        if result.supported and sentences[i][0].role == "attribution" and sims[closest] - sims[i] >= RIVAL:
            # a source line stands for its quotation: where another sentence is much closer to what the statement
            # says, the line names the source of other words, and that sentence is the one to judge
            return _judge(claim, closest, float(sims[closest]), sentences, threshold, context, article, embed, headings)
        if result.supported:
            return result
        results.append(result)
        # the closest sentence contradicts the statement (a negation, another figure or place) where it speaks of
        # the same thing: „Der Verein führt den Namen …“ neither bears out nor denies „… wird keine Gebühr verlangt“;
        # so does another tried sentence that speaks of the statement's subject (one tried for a name it shares but
        # that doesn't say what the subject says, „BERLINboxx hat mit Herbrich gesprochen“, speaks of another thing)
        if contradicts(result) and (i == closest or not {"roles", "names"} & set(result.failed)):
            break
    return results[0]


def _attributed(i: int, sentences: Sequence[tuple[Sentence, Sequence[float]]]) -> int:
    """The sentence whose words the sentence ``i`` attributes: the one before a source line of the same article, else
    ``i`` itself."""
    s = sentences[i][0]
    if s.role == "attribution" and i > 0 and sentences[i - 1][0].doc_id == s.doc_id:
        return i - 1
    return i


def contradicts(result: Any) -> bool:
    """Whether a sentence's verdict (a ``Check``, or anything with its ``failed`` and ``reasons``) says it states
    something else of the same thing: a negation, another figure or place, not another subject."""
    said = "polarity" in result.failed or any(CONTRADICTION.search(r) for r in result.reasons)
    return said and "content" not in result.failed


HEAD_ROLES = frozenset({"byline", "heading"})


def _together(one: str, other: str) -> bool:
    """Whether sentences of these roles may be read as one span: a byline only with a heading or a byline."""
    return "byline" not in (one, other) or (one in HEAD_ROLES and other in HEAD_ROLES)


PRECEDING = 2  # sentences before a span that may name who "he", "she" or "the company" is
PRONOUN = re.compile(r"\b(?:er|sie|he|she|they)\b")  # a person referred back to (lower case: not the formal „Sie“)
# a turn of a transcript opens with its speaker's name and a colon, after the time it starts at where the transcript
# gives one: "IDRIS PENHALLOW: I wrote to the trust …", "[00:12:10] Mara Vossberg: Nach meinen Zahlen …"
SPEAKER_LABEL = re.compile(
    r"^\s*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+)?(?:\*\*)?([A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,3})(?:\*\*)?:\s+"
)


def _turn_speaker(article: str, first: Sentence) -> str:
    """The speaker a transcript's turn names before the sentence ``first`` (in its paragraph), written as a name
    ("Idris Penhallow" for "IDRIS PENHALLOW:"), or ""."""
    if not article or article[first.start : first.end] != first.text:
        return ""
    opening = article.rfind("\n", 0, first.start) + 1
    m = SPEAKER_LABEL.match(article[opening : first.end])
    return " ".join(w if not w.isupper() or len(w) < 3 else w.capitalize() for w in m.group(1).split()) if m else ""


def _voice(article: str, first: Sentence) -> str:
    """Who speaks the sentence ``first``: the writer who signs or sends its post or message (``bot.posts``: "Gruß /
    Stefan"), or the speaker its transcript turn names, or "" (a post's "Kurze Rückmeldung: Ich habe …" is no turn)."""
    return (posts.writer(article, first.start) if article else "") or _turn_speaker(article, first)


def _preceding(article: str, first: Sentence) -> str:
    """The ``PRECEDING`` sentences of ``article`` before ``first`` (where its offsets are the article's), or ""."""
    if not article or article[first.start : first.end] != first.text:
        return ""
    window = article[max(0, first.start - 600) : first.start]
    return " ".join(re.split(r"(?<=[.!?“”\"])\s+", window.strip())[-PRECEDING:])


@dataclass(frozen=True)
class _Claim:
    text: str
    vector: np.ndarray
    language: Lang
    corpus: set[str]
    names: list[facts.Name]


def _judge(
    claim: _Claim,
    i: int,
    score: float,
    sentences: Sequence[tuple[Sentence, Sequence[float]]],
    threshold: float,
    head: str,
    article: str,
    embed: Embed | None,
    headings: Sequence[Sentence] = (),
) -> Check:
    quote = sentences[i][0]
    spans: list[tuple[Sentence, ...]] = [(quote,)]
    for j in (i - 1, i + 1):
        # a byline belongs with the title and other bylines, not with the text beside it ("Head of Marketing, BSI"
        # is the author's job, not that of the person the lead names)
        # … nor across a section's heading: „## Freitag" parts the list item from the lead's „am Samstag"
        if (
            0 <= j < len(sentences)
            and sentences[j][0].doc_id == quote.doc_id
            and _together(quote.role, sentences[j][0].role)
            and not _heading_between(sentences[j][0], quote, headings)
            # a source line goes with the quotation before it, not with the sentence after it
            and sentences[min(i, j)][0].role != "attribution"
        ):
            other = sentences[j][0]
            spans.append((other, quote) if j < i else (quote, other))
    if quote.role == "attribution" and len(spans) > 1:
        spans = spans[1:]  # a source line is read with the quotation it names the source of, never alone
    best: tuple[int, tuple[Sentence, ...], dict[str, list[str]]] | None = None
    around = _context(i, sentences)
    section = _section(quote, headings)
    for span in spans:
        failed = _facts(claim, span, quote, head, article or head, embed, around, section)
        # a negation is read in the clause of the span closest to each clause of the statement: "Funktioniert
        # das nicht, sucht man …" after the quoted sentence holds the "not" of "… that don't sell"
        # … never in a source line, which names whose the words are and states nothing itself
        reason = _polarity(claim, [s.text for s in span if s.role != "attribution"] or [quote.text], embed)
        if reason:
            failed["polarity"] = [reason]
        count = sum(len(v) for v in failed.values())
        if best is None or count < best[0]:
            best = (count, span, failed)
        if not count:
            break
    assert best is not None
    _, span, failed = best
    if score < threshold and embed is not None and claim.names:
        score = max(score, _unnamed_similarity(claim, quote.text, embed))
    if score < threshold:
        failed["similarity"] = [f"similarity {score:.3f} below {threshold}"]
    reasons = tuple(r for name in CHECKS for r in failed.get(name, []))
    return Check(not reasons, score, quote, reasons, span, tuple(n for n in CHECKS if failed.get(n)))


def _facts(
    claim: _Claim,
    span: tuple[Sentence, ...],
    quote: Sentence,
    head: str,
    article: str,
    embed: Embed | None,
    around: tuple[str, str] = ("", ""),
    section: str = "",
) -> dict[str, list[str]]:
    text = " ".join(s.text for s in span)
    before = _preceding(article, span[0])
    # the speaker a transcript's turn names, or the writer of a post, speaks as the one an article's head introduces
    speaker = _voice(article, span[0])
    voiced = f"{head} {speaker}" if speaker else head
    missing = _missing_names(
        claim,
        text,
        text if quote.role == "attribution" else quote.text,  # a source line's words are the quotation's before it
        voiced,
        article,
        embed,
        around,
        quote.q_start >= 0,
        before,
        quote.role == "byline",
        section,
        speaker,
    )
    # a person the claim names, where the quoted sentence names another person: the sentence gives it to them
    others = [
        o.text for o in _people(quote.text, claim) if not any(facts.found(o.words[-1], n.text) for n in claim.names)
    ]
    names = [
        f"name not in the evidence: {n.text} (the quoted sentence says {others[0]})"
        if others and not n.place and len(n.words) >= 2
        else f"{'place' if n.place else 'name'} not in the evidence: {n.text}"
        for n in missing
    ]
    # where the quoted sentence names a place, the claim's place must be that one: "in Leipzig" in the
    # quote and "in Hamburg" in the next sentence (or in a heading, a byline) don't make "… in Hamburg"
    places = facts.places(quote.text, claim.corpus)
    for n in claim.names:
        if places and n.place and n not in missing and not _place_in(n, quote.text):
            names.append(f"place not in the evidence: {n.text} (the quoted sentence says {places[0]})")
    # … and where a sentence of the span that says what the claim says names people, the claim's person must be one of
    # them: "Fragen … beantwortet Sportwart Uwe Kranich" and "… an die Vorsitzende Karin Lobe" in the next sentence
    # don't make "Karin Lobe beantwortet Fragen …"
    claimed = _people(claim.text, claim) if len(span) > 1 else []
    crossed = facts.guess(quote.text) != claim.language  # across languages no content check tells the sentences apart
    for sentence in [s for s in span if not crossed or s is quote] if claimed else ():
        people = [
            o for o in _people(sentence.text, claim) if not any(facts.found(o.words[-1], n.text) for n in claim.names)
        ]
        if not people or facts.content_reason(claim.text, claim.language, sentence.text, claim.corpus):
            continue
        for n in claimed:
            said = facts.found(n.words[-1], sentence.text) or facts.found(n.words[-1], voiced)
            if not said and not any(n.words[-1] == m.words[-1] for m in missing):
                names.append(f"name not in the evidence: {n.text} (the quoted sentence says {people[0].text})")
    names += _worldwide(claim, quote.text, missing)
    if not missing:
        names += _place_swaps(claim, quote.text, embed) + _national_swaps(claim, quote.text)
        names += facts.area_reasons(claim.text, quote.text) + facts.route_reasons(claim.text, quote.text)
    content = "" if missing else facts.content_reason(claim.text, claim.language, text, claim.corpus)
    return {
        "content": ([content] if content else [])
        + facts.term_reasons(claim.text, claim.language, text, article)
        + (facts.byline_reasons(claim.text, claim.language, text, claim.corpus) if _bylines(span) else []),
        "names": names,
        "amounts": facts.amount_reasons(claim.text, text, claim.language, None, quote.text, f"{head}\n{section}")
        + facts.weekday_reasons(claim.text, f"{text} {section}")
        + _quoted_day(claim.text, quote.text, len(span) > 1)
        + times.year_month_reasons(claim.text, quote.text)
        + facts.direction_reasons(claim.text, quote.text)
        + pairing.reasons(claim.text, text, claim.language, claim.corpus),
        "absolutes": facts.absolute_reasons(claim.text, claim.language, quote.text)
        + facts.hedged_reasons(claim.text, claim.language, text)
        + facts.superlative_reasons(claim.text, claim.language, text)
        + facts.degree_reasons(claim.text, quote.text)
        + facts.lessened_reasons(claim.text, quote.text)
        + facts.more_or_less_reasons(claim.text, text)
        + facts.contrary_reasons(claim.text, quote.text)
        + facts.outcome_reasons(claim.text, quote.text)
        + facts.severity_reasons(claim.text, quote.text)
        + facts.negation_degree_reasons(claim.text, quote.text)
        + facts.stance_reasons(claim.text, quote.text)
        + facts.certainty_reasons(claim.text, quote.text)
        + facts.condition_reasons(claim.text, quote.text)
        + facts.turned_comparison_reasons(claim.text, quote.text, claim.corpus)
        + compare.reasons(claim.text, text, claim.corpus, embed),
        "roles": roles.role_reasons(
            claim.text,
            claim.language,
            [SPEAKER_LABEL.sub("", s.text, count=1) if _turn_speaker(article, s) else s.text for s in span],
            claim.corpus,
            voiced,
            lambda a, b: facts.found(a.split()[-1], b) or facts.found(b.split()[-1], a),
            before,
        )
        + roles.swapped_reasons(claim.text, claim.language, quote.text)
        + roles.post_reasons(claim.text, quote.text, claim.corpus)
        + roles.post_field_reasons(claim.text, quote.text, claim.corpus)
        + roles.officer_reasons(claim.text, quote.text, claim.corpus)
        # a source line names whose words the quotation before it has: "Letter to Shareowners" on a quotation about
        # customers speaks of customers too
        + roles.group_reasons(claim.text, text if quote.role == "attribution" else quote.text)
        + facts.sibling_reasons(claim.text, quote.text)
        + facts.slot_reasons(claim.text, quote.text)
        + roles.directed_reasons(claim.text, quote.text)
        + roles.source_reasons(claim.text, quote.text)
        # the owner may be named where a demonstrative points back to ("die Daten dieses Kunden")
        + roles.owner_reasons(claim.text, claim.language, quote.text, f"{text} {around[1]}"),
    }


def _missing_names(
    claim: _Claim,
    text: str,
    quote: str,
    head: str,
    article: str,
    embed: Embed | None,
    around: tuple[str, str] = ("", ""),
    answer: bool = False,
    before: str = "",
    byline: bool = False,
    section: str = "",
    voice: str = "",
) -> list[facts.Name]:
    """Names of the claim the span doesn't state. Besides the span, the article's head may name who
    speaks — the holder of "laut X / X says", or the claim's subject when the span is in the first
    person (an interview answer, an essay) — and the title may name what the span refers back to
    ("der Konzern", or the same noun: "Das Logistikzentrum" for "das Logistikzentrum von Alibaba").
    ``around`` (``_context``: the interviewer's question, the antecedent of a demonstrative) may name what
    the quote speaks of without naming it, unless the quote names a place of its own ("Im Silicon Valley …"
    answers a question about China, but isn't about China); the antecedent never names the claim's subject
    ("dieses Buch" points back to the book, not to its author). ``voice`` is who speaks the span (a transcript turn's
    speaker, a post's writer): its first person singular is theirs. An interview ``answer`` is the interviewee's:
    the head may name the claim's subject as the one who says it, whatever the claim's verb ("Kreutzer ermuntert
    Firmen, …"). A ``byline`` quote signs and dates the article its title names ("Doll's post on Amazon …")."""
    if any(not facts.found(p.split()[-1], claim.text) for p in facts.places(quote, claim.corpus)):
        around = ("", "")
    asked, antecedent = around
    missing = facts.missing_names(claim.names, text, article + "\n" + text, f"{asked} {antecedent}")
    # the statement's subject (its first name, before its verb) must be the quoted sentence's own
    subject = _subject(claim)
    # … or, where the quote refers back with a pronoun („Nicht nur konnte sie …“), the sentence's before it
    earlier = f"{before} {text.split(quote)[0]}"
    if (
        subject is not None
        and subject not in missing
        and facts.missing_names([subject], quote, article + "\n" + quote, asked)
        and not (PRONOUN.search(quote) and not facts.missing_names([subject], earlier, earlier))
    ):
        missing.insert(0, subject)
    if not missing:
        return []
    lx = lexicon(claim.language)
    speakers = [
        r.holder for r in roles.roles(claim.text, claim.language, claim.corpus) if r.role in ("say", "attitude")
    ]
    first_person = any(x.first_person and re.search(x.first_person, quote, re.I) for x in facts.lexicons())
    singular = any(x.first_singular and re.search(x.first_singular, quote) for x in facts.lexicons())
    title = article.split("\n", 1)[0] if article else ""
    unnamed = bool(before) and roles.unnamed_speaker(text)  # "He said …", "the company says"
    signed = singular and _signed(head, claim)
    out = []
    for n in missing:
        # a first-person quote ("wir") speaks for the speaker's organisation, named in the head after
        # "bei / von / at / of" ("Direktor … bei Amazon") or before a role ("Westmark Bank's technology chief")
        member = (
            first_person
            and not n.place
            and bool(re.search(rf"\b(?:(?:bei|von|at|of|für|for)\s+{_bare(n)}|{_bare(n)}{OWNING})", head))
        )
        # an interview answer is the interviewee's, a sentence in the first person singular its author's
        # (where a byline names the author, the first person singular outside an answer is theirs alone: "Für mich
        # … war dieses Buch sehr inspirierend" is the post's author's, not the book's author's the lead names)
        interviewee = (answer or (singular and not signed)) and n == subject and _person_in(n, head)
        # an essay's first person singular is its author's, wherever the claim puts the name („Für Benzin hat
        # Osterkamp früher …")
        interviewee = interviewee or (singular and _author(n, head, claim))
        # … and a post's or a transcript turn's first person singular its ``voice``'s ("Gruß / Stefan": "ich habe …")
        interviewee = interviewee or (singular and bool(voice) and all(facts.found(w, voice) for w in n.words))
        # an interview answer in the first person ("our shop sales") speaks of what the lead introduces the
        # interviewee with ("the Wensum Museum … Priya Lathwell, its director")
        member = member or (
            answer
            and first_person
            and all(facts.found(w, head) for w in n.words)
            and not (n.place and (facts.places(text, claim.corpus) or _here(text)))  # "Im Silicon Valley …"
        )
        # "Kreutzers Einschätzung": the speaker in the genitive
        speaks = any(facts.found(n.words[-1], s) for s in speakers if s) or member or interviewee
        if speaks and all(facts.found(w, head) for w in n.words):
            continue
        # "He said …", "the company says": the speaker the sentences before name
        if speaks and unnamed and facts.found(n.words[-1], before):
            continue
        # "der Konzern" refers back to what the article is about: named in its title, or its most named
        titled = bool(title) and all(facts.found(w, title) for w in n.words)
        if titled and byline:  # a byline dates and signs the article its title names ("Doll's post on Amazon …")
            continue
        if n.place and (facts.places(text, claim.corpus) or _here(text)):
            titled = False  # a span with a place of its own ("hierzulande") isn't about the title's place
        # … unless the quoted sentence names another one it may refer back to: "Xiaomi …, der Technikkonzern
        # kooperiert …" (a neighbour's names are another sentence's)
        other = _named_other(quote, n, claim)
        if titled and _refers_back(claim.text, text, lx) and not other:
            continue
        if not n.place and _mentions(n, article) >= ABOUT and facts.anaphor(text) and not other:
            continue
        # "the Pantry" is the "Tennerby Community Pantry" the title names: the name within it is the span's too
        if titled and _short_form(n, title, text, claim):
            continue
        # a report's sentence that names no one speaks of what its title names: "Regionally, revenue in North America
        # rose 15%" under "Brackenlow Hearing lifts third-quarter revenue 9%" is Brackenlow's revenue
        if (
            (not n.place or not (facts.places(text, claim.corpus) or _here(text)))  # a place, where the span names none
            and bool(title)
            and all(facts.found(facts.unpossessed(w), title) for w in n.words)
            # … the fewer times where the title opens with it: "Wayfarer Travel Insurance: Policy Summary 2025" is
            # about Wayfarer's cover throughout
            # (a title that opens with it names what all of the text is about: "Greystone Veterinary Centre: Fees and
            # Price Guide 2025")
            # (… or a title whose one name it is: "Rundschreiben an alle Pächter der Anlage Sonnenwinkel" is about
            # Sonnenwinkel's plots throughout, where the text may never name it again)
            and _mentions(n, article)
            >= (1 if title.startswith(n.words[0]) or _sole_name(n, title, claim) else TITLED_ABOUT)
            and not _named_other(text, n, claim)
        ):
            continue
        # a section's sentence that names no one else speaks of what its heading names: "## Lumo City" / "The bolt
        # cutters snapped its shackle in 9 seconds" is the Lumo City's shackle
        if _heads_section(n, section, claim.names) and not _named_other(text, n, claim):
            continue
        # a letter's second person is whom its salutation names: "your estimated annual cost" under "Dear Ms Calloway,"
        if not n.place and _addressed(n, quote, article):
            continue
        if embed is not None and _translated(n, quote if n == subject else text, embed):
            continue
        if n.place and _at_home(n, text):
            continue
        out.append(n)
    return out


# a letter's salutation ("Dear Ms Calloway,", „Sehr geehrte Frau Calloway,“) and the second person it addresses
SALUTATION = re.compile(r"^(?:Dear|Hello|Hi|Sehr geehrte[rs]?|Liebe[rs]?|Hallo|Guten Tag)\b[^\n]{0,80}", re.M)
SECOND_PERSON = re.compile(r"(?i:\b(?:you|your|yours)\b)|\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b")


def _addressed(name: facts.Name, quote: str, article: str) -> bool:
    """Whether ``quote`` speaks to the one the letter's salutation names (``name``): in the second person, under
    "Dear Ms Calloway,"."""
    if not SECOND_PERSON.search(quote):
        return False
    return any(
        all(facts.found(facts.unpossessed(w), m.group(0)) for w in name.words) for m in SALUTATION.finditer(article)
    )


def _short_form(name: facts.Name, title: str, text: str, claim: _Claim) -> bool:
    """Whether ``text`` calls a longer name of the title that holds ``name`` by its other words ("the Pantry" for
    the title's "Tennerby Community Pantry", of which the claim names "Tennerby")."""
    for longer in facts.names_of(title, facts.guess(title), claim.corpus):
        rest = [w for w in longer.words if not facts.found(w, name.text)]  # "des Trusts" is the title's "Trust"
        if (
            rest
            and len(rest) < len(longer.words)
            and all(facts.found(facts.unpossessed(w), " ".join(longer.words)) for w in name.words)
            and re.search(rf"(?<!\w){re.escape(rest[-1])}(?!\w)", text)
        ):
            return True
    return False


def _sole_name(name: facts.Name, title: str, claim: _Claim) -> bool:
    """Whether ``title`` names nothing but ``name``, and not as a person's (an interview's title names whom it asks,
    not what each answer speaks of)."""
    own = {facts.unpossessed(w) for w in name.words}
    language = facts.guess(title)
    others = [
        n for n in facts.names_of(title, language, claim.corpus) if not {facts.unpossessed(w) for w in n.words} & own
    ]
    # an English title in title case capitalises its common words ("Autumn and Winter Season"): those name nothing
    words = re.findall(r"[^\W\d_]{4,}", title)
    cased = language == "en" and sum(w[0].isupper() for w in words) >= TITLE_CASE * len(words)
    return not _person_in(name, title) and all(
        cased and all(tagger.familiar(w, language) for w in n.words) and not _person_in(n, title) for n in others
    )


TITLE_CASE = 0.7  # the share of a title's longer words that title case capitalises


def _named_other(text: str, name: facts.Name, claim: _Claim) -> bool:
    """Whether ``text`` names a person or organisation other than ``name`` and the claim's other names (places
    left out)."""
    own = {facts.unpossessed(w) for w in name.words}
    places = {w for p in facts.places(text, claim.corpus) for w in p.split()}
    language = facts.guess(text)
    return any(
        not n.place
        and not {facts.unpossessed(w) for w in n.words} & own
        and not facts.found(n.words[-1], claim.text)
        and n.words[-1] not in places
        # a German noun by its ending is no one's name („Nesselsucht“, „Einladung“)
        and not (language == "de" and len(n.words) == 1 and NOUN_SUFFIX.search(n.words[0]))
        for n in facts.names_of(text, language, claim.corpus)
    )


def _author(name: facts.Name, head: str, claim: _Claim) -> bool:
    """Whether a byline line of the article's head names ``name`` as its author ("By Tom Reed", „Geschrieben von
    Eva Roth | 12.03.2021")."""
    return any(facts.found(name.words[-1], holder) for holder in _bylined(head, claim))


def _signed(head: str, claim: _Claim) -> bool:
    """Whether a byline line of the article's head names an author ("By Tom Reed", „Geschrieben von Eva Roth“)."""
    return any(_bylined(head, claim))


def _bylined(head: str, claim: _Claim) -> list[str]:
    """The authors the byline lines of the article's head name."""
    return [
        r.holder
        for line in head.splitlines()[:BYLINE_LINES]
        for r in roles.roles(line, facts.guess(line), claim.corpus)
        if r.role == "author" and r.holder
    ]


BYLINE_LINES = 4  # lines of an article's head a byline may stand on (after the title and a subtitle)


TITLE_BEFORE = re.compile(r"\b(Dr|Prof|Frau|Herrn?|Mr|Mrs|Ms)\.?\s+(?:med\.\s+)?$")


def _quoted_day(statement: str, quote: str, neighbour: bool) -> list[str]:
    """Where the quoted sentence names days of the week, the statement's day must be one of them: "mittwochs … bei Dr.
    A." and „donnerstags … bei Dr. B." in the next sentence don't make "Dr A's Thursday clinic"."""
    said, stated = facts.weekdays(statement), facts.weekdays(quote)
    if not neighbour or not said or not stated or said & stated:
        return []
    return ["day not in the quoted sentence: " + ", ".join(facts.WEEKDAY_WORDS[d] for d in sorted(said))]


def _people(text: str, claim: _Claim) -> list[facts.Name]:
    """The people ``text`` names by given name and surname ("Thomas Brenner"; a surname that is also a word, as
    "Brenner" is, still follows its given name)."""
    out = []
    for n in facts.names_of(text, facts.guess(text), claim.corpus):
        surname = re.match(r"\s+([A-ZÄÖÜ][a-zäöüß]+)\b", text[n.end :])
        title = TITLE_BEFORE.search(text[: n.start])  # "Dr. Wendeborn", „Frau Holzapfel": a person by the title
        if not n.place and len(n.words) == 1 and surname:
            n = facts.Name((*n.words, surname.group(1)), n.start, n.end + surname.end(), False)
        elif not n.place and len(n.words) == 1 and title:
            n = facts.Name((title.group(1), *n.words), title.start(), n.end, False)
        if not n.place and len(n.words) >= 2:
            out.append(n)
    return out


def _person_in(name: facts.Name, head: str) -> bool:
    """Whether ``head`` gives ``name`` as a person's: a given name (and initial) before the surname ("Ralf T.
    Kreutzer"), which an organisation's name lacks."""
    last = facts.unpossessed(name.words[-1])
    tokens = [t for t in tagger.tokens(head, lang.detect(head).language) if t.text != "."]
    return any(
        t.text == last and i > 0 and tokens[i - 1].kind == "name" and tokens[i - 1].text[:1].isupper()
        for i, t in enumerate(tokens)
    )


def _here(text: str) -> bool:
    """Whether ``text`` places itself in the country it is written in („hierzulande“)."""
    return any(
        lx.extra.get("here_country") and re.search(str(lx.extra["here_country"][0]), text, re.IGNORECASE)
        for lx in facts.lexicons()
    )


def _at_home(name: facts.Name, text: str) -> bool:
    """Whether ``text`` speaks of the country ``name`` from inside it: a German article's "hierzulande" is
    Germany."""
    for lx in facts.lexicons():
        here, countries = lx.extra.get("here_country", ("", ()))
        if here and re.search(str(here), text, re.IGNORECASE) and " ".join(name.words) in countries:
            return True
    return False


def _heads_section(name: facts.Name, section: str, names: Sequence[facts.Name] = ()) -> bool:
    """Whether a section's heading is the name, give or take a word or two ("## Lumo City", "Stage 2: Pelham"), or
    with the claim's other ``names`` it holds, is those names ("Stage 2: Foxholt to Lanyard Cross"); not a heading
    that mentions it among other things ("Interview mit Ralf T. Kreutzer - Teil 2/2")."""

    def held(n: facts.Name) -> bool:
        return all(facts.found(facts.unpossessed(w), section) for w in n.words)

    if not section or not held(name):
        return False
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^)]*\)", " ", section))  # an aside in brackets is no name's
    named = {w for n in (name, *names) if held(n) for w in n.words}
    return len(named) * 2 >= len(words)


def _bylines(span: Sequence[Sentence]) -> bool:
    """Whether a span is the article's byline lines only (author, post, date)."""
    return all(s.role == "byline" for s in span)


def _heading_between(one: Sentence, other: Sentence, headings: Sequence[Sentence]) -> bool:
    """Whether a section heading stands between two sentences of an article."""
    lo, hi = sorted((one, other), key=lambda s: s.start)
    return any(h.doc_id == lo.doc_id and lo.end <= h.start and h.end <= hi.start for h in headings)


def _section(sentence: Sentence, headings: Sequence[Sentence]) -> str:
    """The heading of the section ``sentence`` stands in, among ``headings`` ("" when they hold none before it); not
    the article's title, which heads the whole article (what it names is read by the title rules)."""
    before = [h for h in headings if h.doc_id == sentence.doc_id and h.end <= sentence.start and h.section_heading]
    return max(before, key=lambda h: h.start).text if before else ""


def _context(i: int, sentences: Sequence[tuple[Sentence, Sequence[float]]]) -> tuple[str, str]:
    """What the quoted sentence speaks of without naming it: the question an interview answer answers, and
    the sentence a demonstrative noun points back to ("dieser Mitarbeiterin" → "… eine Amazon-Mitarbeiterin
    aus dem Ads-Team …", "these customers" → "… the customers of Nordlicht …")."""
    quote = sentences[i][0]
    own = [s for s, _ in sentences if s.doc_id == quote.doc_id]
    asked = " ".join(s.text for s in own if quote.q_start >= 0 and quote.q_start <= s.start and s.end <= quote.q_end)
    m = DEMONSTRATIVE.search(quote.text)
    if not m:
        return asked, ""
    noun = (m.group(1) or m.group(2)).lower()
    earlier = [s for s in own if s.end <= quote.start][-BACK:]
    return asked, next((s.text for s in reversed(earlier) if noun in s.text.lower()), "")


BACK = 3  # sentences a demonstrative may point back over
DEMONSTRATIVE = re.compile(
    r"\b(?:[Dd]ies(?:e|er|em|en|es)|[Jj]ene[rmns]?)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?([A-ZÄÖÜ][\w-]{3,})|"
    r"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+([a-z]{4,})"
)


OWNING = r"(?:\s+[A-Z]\w+)?(?:’s|'s|s’|s(?=\s+[A-ZÄÖÜ]))\s"  # "Westmark Bank's …", „Amazons Kunden"


def _bare(name: facts.Name) -> str:
    """``name`` without its possessive (a German one too: "Amazons" → "Amazon"), as a pattern."""
    bare = facts.unpossessed(name.text)
    if len(name.words) == 1 and len(bare) > 4 and bare.endswith("s"):
        return re.escape(bare[:-1]) + "s?"
    return re.escape(bare)


def _mentions(name: facts.Name, article: str) -> int:
    """How often the article names ``name`` (by its last word, in any form)."""
    word = facts.unpossessed(name.words[-1])
    stem = re.escape(word[:-1] if len(word) > 4 and word.endswith("s") else word)  # a genitive: "Amazons"
    return len(re.findall(rf"(?<!\w){stem}", article)) if stem else 0


def _place_swaps(claim: _Claim, quote: str, embed: Embed | None) -> list[str]:
    """Where the quoted sentence puts the statement's thing in another place ("ein Lager in Lübeck und
    ein Büro in Kiel" doesn't make "das Lager in Kiel"): the thing matched by its word (or a compound's
    last part), across languages by the embedder."""
    said = facts.place_pairs(claim.text, claim.language, claim.corpus)
    if not said:
        return []
    stated = facts.place_pairs(quote, facts.guess(quote), claim.corpus)
    if len(stated) >= 2:  # an enumeration of places: "ein Lager in Lübeck, ein Büro im Stadtzentrum und …"
        stated += facts.located(quote, facts.guess(quote))
    reasons = []
    for thing, place in said:
        same = [(t, p) for t, p in stated if _same_thing(thing, t, None)]
        if not same and stated and embed is not None:  # across languages: the closest thing, if close
            vectors = np.asarray(embed([thing, *(t for t, _ in stated)]), dtype=np.float32)
            sims = vectors[1:] @ vectors[0]
            same = [stated[int(np.argmax(sims))]] if float(np.max(sims)) >= SAME_THING else []
        if same and not any(facts.found(place.split()[-1], p) for _, p in same):
            reasons.append(f"place not in the evidence: {place} (it puts {same[0][0]} in {same[0][1]})")
    if reasons or facts.guess(quote) != claim.language:
        return reasons
    # the place is another thing's, and the statement's thing is elsewhere, whatever noun the statement puts next to
    # the place: "Amazons Logistikzentrum für die Hauptstadtregion steht in Tegel" against „ein Logistikzentrum in
    # Brieselang … ein Amazon Fresh-Depot in Tegel“
    # … a compound the tagger reads as a name counts by its last part („Fresh-Depot“: a depot)
    nouns = [
        t.text
        for t in tagger.tokens(claim.text, claim.language)
        if len(t.text) > 2
        and (
            t.kind == "noun" or (t.kind == "name" and "-" in t.text and tagger.known_noun(t.text.split("-")[-1], "de"))
        )
    ]
    for _, place in said:
        theirs = [t for t, p in stated if facts.found(place.split()[-1], p)]
        if not theirs or any(_same_thing(n, t, None) for n in nouns for t in theirs):
            continue
        elsewhere = [
            (t, p)
            for t, p in stated
            if not facts.found(place.split()[-1], p) and any(_same_thing(n, t, None) for n in nouns)
        ]
        if elsewhere:
            reasons.append(f"place not in the evidence: {place} (it puts {elsewhere[0][0]} in {elsewhere[0][1]})")
    return reasons


def _national_swaps(claim: _Claim, quote: str) -> list[str]:
    """Where the quoted sentence's noun has a nationality or a point of the compass ("am belgischen Flughafen",
    "im westlichen Handel") and the statement gives the same noun another one ("an einem niederländischen
    Flughafen", "im asiatischen Handel"), whether or not the corpus knows that other place. Same language only."""
    if facts.guess(quote) != claim.language:
        return []
    stated = {
        noun.lower(): adjective
        for adjective, noun in _nationals(quote, claim.language)
        if COMPASS.match(adjective)
        or claim.language == "en"
        or CODED.match(adjective)
        or facts.nationality(adjective, claim.corpus)
    }
    return [
        f"place not in the evidence: {adjective} (the quoted sentence says {stated[noun.lower()]} {noun})"
        for adjective, noun in _nationals(claim.text, claim.language)
        if noun.lower() in stated and _stem(adjective) != _stem(stated[noun.lower()])
    ]


COMPASS = re.compile(r"(?i:(west|ost|nord|süd|östlich|westlich|nördlich|südlich|western|eastern|northern|southern)"
                     r"(?:lich)?(?:e[nmrs]?)?)$")  # fmt: skip
DEMONYM_EN = re.compile(r"[A-Z][a-z]{2,}(?:an|ese|ish)$")  # "Asian", "Chinese", "British"


def _nationals(text: str, language: Lang = "de") -> list[tuple[str, str]]:
    """(adjective, noun) for each adjective shaped like a nationality ("-isch", "Asian") or a point of the compass
    ("westlichen", "western") right before its noun."""
    tokens = tagger.tokens(text, language)
    if language == "en":
        return [
            (a.text, b.text)
            for i, (a, b) in enumerate(itertools.pairwise(tokens))
            if (COMPASS.match(a.text) or (i and DEMONYM_EN.match(a.text))) and b.kind == "noun" and b.text[:1].islower()
        ]
    return [
        (a.text, b.text)
        for a, b in itertools.pairwise(tokens)
        if (a.text[:1].islower() or CODED.match(a.text))
        and (facts.NATIONAL.match(_last(a.text)) or COMPASS.match(a.text))
        and b.kind == "noun"
    ]


CODED = re.compile(r"[A-Z]{2,3}-[a-zäöü]{4,}")  # "US-amerikanischen", "EU-europäischen": a place's code before it


def _last(adjective: str) -> str:
    return adjective.rsplit("-", 1)[-1]


def _stem(adjective: str) -> str:
    m = facts.NATIONAL.match(_last(adjective)) or COMPASS.match(adjective)
    return m.group(1).lower() if m else adjective.lower()


def _worldwide(claim: _Claim, quote: str, missing: Sequence[facts.Name]) -> list[str]:
    """Where the quoted sentence says "weltweit" / "worldwide" and the claim puts it in a place the sentence
    doesn't name ("30 Millionen Menschen weltweit" is no "… in Deutschland")."""
    for lx in facts.lexicons():
        m = re.search(lx.extra.get("worldwide", r"(?!)"), quote, re.IGNORECASE)
        if m:
            return [
                f"evidence says {m.group(0)}, claim says {n.text}"
                for n in claim.names
                if n.place and n not in missing and not _place_in(n, quote)
            ]
    return []


def _place_in(name: facts.Name, text: str) -> bool:
    """Whether ``text`` names the place: by its last word, or as a whole ("Far East": „fernöstlich“)."""
    return facts.found(name.words[-1], text) or facts.found(" ".join(name.words), text)


def _same_thing(a: str, b: str, embed: Embed | None) -> bool:
    """The same word, or compounds with the same last part ("Amazon-Fresh-Depot" / "Fresh-Depot")."""
    last = re.split(r"[-/]", a)[-1].lower(), re.split(r"[-/]", b)[-1].lower()
    return a.lower() == b.lower() or last[0] == last[1] or facts.found(a, b) or facts.found(b, a)


def _subject(claim: _Claim) -> facts.Name | None:
    """The statement's first name when it comes before the first finite verb ("Googles Assistent rief …"), or in
    German right after it where no name comes before ("In Restaurants erlebte Kreutzer, dass …")."""
    if not claim.names:
        return None
    tokens = tagger.tokens(claim.text, claim.language)
    at = next((i for i, t in enumerate(tokens) if t.kind == "finite"), None)
    first = claim.names[0]
    if re.search(r"(’s|'s)$", first.text):  # "Alibaba's assistant got past …": the assistant is the subject
        return None
    if at is None:
        return None
    if first.end <= tokens[at].start and not first.place:
        return first
    if claim.language != "de" or at == 0 or at + 1 >= len(tokens):
        return None
    if any(n.end <= tokens[at].start and not n.place for n in claim.names):
        return None
    after = next((n for n in claim.names if n.start == tokens[at + 1].start and not n.place), None)
    return after


def _refers_back(statement: str, span: str, lx: Any) -> bool:
    """Whether the span refers back to its article's subject: a generic noun ("der Konzern") or a
    definite noun phrase whose noun the statement also has."""
    low = span.lower()
    if facts.anaphor(span):
        return True
    nouns = {t.text.lower() for t in tagger.tokens(statement, lx.language) if t.kind == "noun" and len(t.text) > 3}
    adjective = r"(?:[a-zäöüß]+e[nmrs]?\s+|new\s+)?"  # "die neuen Anlagen", "the new facilities"
    article = r"\b(der|die|das|dem|den|des|the|this|these)\s+"
    return any(re.search(rf"{article}{adjective}{re.escape(noun)}\b", low) for noun in nouns)


def _translated(name: facts.Name, span: str, embed: Embed) -> bool:
    """Whether the span has the name in another language ("Munich" / "München"): a capitalised word
    of the span that the embedder puts next to it."""
    words = list(dict.fromkeys(w for w in re.findall(r"[^\W\d_][\w-]+", span) if w[:1].isupper()))
    if not words:
        return False
    vectors = np.asarray(embed([name.text, *words]), dtype=np.float32)
    return bool(np.max(vectors[1:] @ vectors[0]) >= SAME_NAME)


def _unnamed_similarity(claim: _Claim, span: str, embed: Embed) -> float:
    """The similarity of what the statement and the span say, their names left out: names are checked
    on their own, and a name that one side repeats and the other doesn't moves the embedding."""
    bare = [claim.text, span]
    for n in claim.names:
        for w in n.words:
            if len(w) > 1:
                bare = [re.sub(rf"(?<!\w){re.escape(facts.unpossessed(w))}\w*", " ", b) for b in bare]
    bare = [" ".join(b.split()) for b in bare]
    vectors = np.asarray(embed(bare), dtype=np.float32)
    return float(vectors[0] @ vectors[1])


def _polarity(claim: _Claim, sentences: Sequence[str], embed: Embed | None) -> str:
    """Why the statement and the span's sentences differ in polarity, or "". Each clause of the statement is
    read against the clause of the span closest to it: "Sie sind gestresst, sodass Händler keine Antworten
    bekommen" denies the answers, not the stress."""
    # a word of lacking against the thing named as there, wherever each stands in its sentence: „ist steuerfrei“ in
    # the evidence's second clause against „muss aber versteuert werden“ in the statement's
    whole = " ".join(sentences)
    if facts.polarity(claim.text) == facts.polarity(whole) == "positive" and (
        opposed := facts.free_opposed(claim.text, whole)
    ):
        return f"evidence says {opposed[1]!r}, claim says {opposed[0]!r}"
    # a colon joins two statements ("Berliners are no exception: they are demanding"), each read on its own
    parts = [p for piece in re.split(r"(?<!\d):\s+", claim.text) if piece.strip() for p in facts.scopes(piece)]
    if len(parts) < 2:
        return facts.polarity_reason(claim.text, _scope(claim.text, sentences, embed))
    if len([p for sentence in sentences for p in facts.scopes(sentence)]) < 2:
        # one clause of evidence: the statement's negation, wherever it stands, must be that clause's ("Es wirkt
        # so, als nehme er sie nicht ernst" against "Er scheint sie nicht ernst zu nehmen")
        return facts.polarity_reason(claim.text, " ".join(sentences))
    return next((r for r in (facts.polarity_reason(p, _scope(p, sentences, embed, True)) for p in parts) if r), "")


CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\w-]{3,}")


def _scope(statement: str, sentences: Sequence[str], embed: Embed | None, part: bool = False) -> str:
    """The part of the span a negation must be read in: a sentence's main clause, or the subordinate
    clause the statement is closest to ("…, auch wenn die Lieferung nicht immer pünktlich ist")."""
    parts = [p for sentence in sentences for p in facts.scopes(sentence)]
    # the clause that holds the statement's figure is the one it speaks of: "… stood again after 18 years" is read in
    # „…, der nach 18 Jahren nicht mehr kandidierte“, not in the main clause about his successor
    figures = set(re.findall(r"\d+(?:[.,]\d+)*", statement))
    holding = [p for p in parts if figures & set(re.findall(r"\d+(?:[.,]\d+)*", p))]
    if figures and holding:
        parts = holding
    elif part and len(parts) >= 2:
        # … and, for one clause of a statement, the clause that names what it names: "B erlaubt Hunde, A nicht" is
        # read for A in „…, A nicht“
        named = set(CAPITALISED.findall(statement)[1:] if statement[:1].isupper() else CAPITALISED.findall(statement))
        counts = [len(named & set(CAPITALISED.findall(p))) for p in parts]
        if named and max(counts) > 0 and counts.count(max(counts)) < len(parts):
            parts = [p for p, c in zip(parts, counts, strict=True) if c == max(counts)]
            holding = parts
    if len(parts) < 2:
        return parts[0] if holding else " ".join(sentences)
    if embed is None:  # the clause sharing most words, the main clause on a tie
        words = set(re.findall(r"\w{4,}", statement.lower()))
        return max(parts, key=lambda p: len(words & set(re.findall(r"\w{4,}", p.lower()))))
    # compared without their negations, which would pull the statement to any negated clause
    bare = [facts.without_negation(p) for p in [statement, *parts]]
    vectors = np.asarray(embed(bare), dtype=np.float32)
    return parts[int(np.argmax(vectors[1:] @ vectors[0]))]


def _quotations(statement: str) -> list[str]:
    """The quotations of three words or more in ``statement``, as plain lower-case words."""
    return [q for q in (_plain(m.group(0)) for m in lang.QUOTED.finditer(statement)) if len(q.split()) >= 3]


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _numbers_in(said: Sequence[tuple[numbers.Amount, str, str]], text: str, statement: str) -> float:
    """The share of the statement's amounts (each with its dimension) that the text bears out with a figure of
    the same dimension ("1,5 Millionen Beschäftigte" for "over a million employees", not "sechs Jahre"); a figure
    of the same value that doesn't bear the amount out counts half ("between 90 and 29 days" for "more than 90
    days", which "more than 90 days ahead" bears out)."""
    if not said:
        return 0.0
    have = [(h, numbers.dimension(text, h), numbers.counted(text, h)) for h in numbers.amounts(text)]

    def share(q: numbers.Amount, dim: str, noun: str) -> float:
        alike = [h for h, d, what in have if d == dim and _same_count(noun, what)]
        if any(numbers.bears(h, text, q, statement) for h in alike):
            return 1.0
        return SAME_VALUE * any(_same_span(h, text, q, statement) for h in alike)

    return sum(share(q, dim, noun) for q, dim, noun in said) / len(said)


def _same_span(have: numbers.Amount, text: str, want: numbers.Amount, statement: str) -> bool:
    """Whether two figures are the same, and the same span of time where both are one ("zwei Jahre" is no "zwei
    Monate")."""
    theirs, mine = numbers.comparable(have, text, want, statement)
    return have.same_figure(want) and theirs.same_figure(mine)


def _same_count(a: str, b: str) -> bool:
    """Whether two counted nouns may be the same ("Menschen" / "Menschen"); unknown when either is missing or
    they are in different languages (a German noun is capitalised)."""
    if not a or not b or a[:1].isupper() != b[:1].isupper():
        return True
    return facts.found(a, b) or facts.found(b, a)


def _names_in(named: Sequence[str], text: str) -> float:
    return sum(facts.found(n, text) for n in named) / len(named) if named else 0.0
