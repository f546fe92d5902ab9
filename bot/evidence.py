"""Which retrieved sentences answer the question, the stretch to quote, and whether any answers at all.

Only sentences that can answer are evidence: role ``body`` (``ingest.structure``) and at least four words.
An interviewer's question, a heading, a byline, a source line or a fragment is never quoted as an answer —
unless the question asks for exactly that (who wrote the article, when it appeared, its title: then the byline
or the heading is the answer). In an interview, a user's question is often closest to the interviewer's
question, not to the answer: an answer sentence is scored by its own similarity or by its question's, less a
little for each sentence it is into the answer.

Similarity alone can't tell an unanswerable question from an answerable one: unanswerable questions name
things the articles mention and ask for a fact they don't state. So a sentence counts as evidence only when,
together with its neighbours, it (1) is close to the question in embedding space, (2) contains the names the
question asks about (or its article's head does: "laut Doll"), and (3) holds something of the expected answer
type (``bot.question``). A sentence that states the asked type next to all the question's names is evidence
even a little below the similarity threshold. A question naming something the articles never mention is not
answerable at all.

The quote is a stretch: the best sentence and, within its paragraph, the neighbours that belong to it — the
next one when it holds the asked type and the best one doesn't, one that is nearly as close, or the one before
when the best sentence starts by pointing back ("Das …", "This …"). At most three sentences of one passage.
Leaves out: a model-based answerability judgement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from bot import contacts, numbers, posts, roles, tables, tagger, terms
from bot.facts import (
    DEMONYM,
    anaphor,
    audience_words,
    audiences,
    groups_in,
    guess,
    plain,
    region_in,
    weekdays,
)
from bot.lexicon import FUNCTIONS, kinds_in, lexicon, lexicons
from bot.names import CONTINENT, WORD, derived_place, in_place, loan_plural, name_of
from bot.question import (
    BOUNDS,
    DISCOUNT,
    OF_MONEY,
    PEOPLE,
    Profile,
    acts_in,
    deadline_asked,
    own_part,
    past,
    present,
    shift_words,
    year_shift,
)
from bot.records import Lang, Passage, Sentence

__all__ = [
    "WORD",
    "Profile",
    "Scored",
    "answerable",
    "covering",
    "follow_on",
    "name_of",
    "rank",
    "sources",
    "stretch",
    "words",
]

# a time of day: "14.15 Uhr", "3 pm", and on the 24-hour clock with a colon alone ("from 02:40 to 03:10")
CLOCK = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr\b|h\b|o['’]clock\b|[ap]\.?m\.?(?!\w))|\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?!:\d)",
    re.IGNORECASE,
)
ANAPHOR_REACH = 600  # characters before a sentence where what "the company" refers back to is named
HEAD = 400  # characters of an article that introduce it (title, byline, lead); ``head_of`` runs on to the lead's end
SENTENCE_END = re.compile(r"[.!?][\"”“»«]?(?:\s|$)")
PARAGRAPH_END = re.compile(r"\n")
MIN_WORDS = 4  # a quote is never shorter
ANSWER_ROLES = frozenset({"body"})
META_ROLES = {"author": frozenset({"byline"}), "date": frozenset({"byline"}), "title": frozenset({"heading"})}
LINK_DECAY = 0.01  # an answer sentence's share of its question's similarity drops by this per sentence
LINK_SHARE = 0.75  # the share of its question's extra closeness an answer sentence takes (eval: dev and studied splits)
NAME_NUDGE = 0.02
WORD_NUDGE = 0.1  # weight of the share of the question's words a sentence uses
COMPOUND_SHARE = 0.5  # how much of a word counts when only a compound that starts with it is found
COMPOUND_MIN = 5
SAYS_NUDGE = 0.03  # for an interview answer, when the question asks what the interviewee says
TITLE_NUDGE = 0.05  # for the sentences of an article the question names by its title
TYPE_NUDGE = 0.05
SECTION_SHARE = 0.5  # the share of the word nudge that the words of a sentence's section heading earn it
# … all of it where the sentence opens with a pronoun of what its section is about: „Preis-Leistungs-Sieger: Maevo
# Cut 38" / „Er schafft mit einer Ladung 260 Quadratmeter"
REFERS_BACK = re.compile(r"\W*(?:er|es|sein|seine|seiner|seinen|seinem|it|its|he|his|she|her)\b", re.IGNORECASE)
STRONG_SLACK = 0.04  # the asked type next to every asked name is evidence this far below the threshold
CROSS_SLACK = 0.02  # evidence in the other language may be this much less similar
LOOSE_SLACK = 0.03  # a bare "wann" without any date in the evidence needs evidence this much closer
STRETCH = 3
STRETCH_MARGIN = 0.01
NAMED_MARGIN = 0.05  # a next sentence that names whom the question asks about may be this much less close
YEAR = re.compile(r"(1[89]|20)\d{2}")


@dataclass(frozen=True)
class Scored:
    sentence: Sentence
    passage: int  # index of the retrieved passage it is in
    similarity: float  # to the question: its own, or its interviewer question's when that is closer
    score: float
    fits: bool  # holds something of the expected answer type (in it or a neighbour)
    covers: frozenset[str]  # question names in its neighbourhood, its question or its article's head
    own_type: bool = False  # holds the expected answer type itself
    linked: bool = False  # as close as it is through its interviewer question
    crossed: bool = False  # in another language than the question's (similarities across languages run lower)
    dated: bool = True  # its article names every year the question names (in its text or as its date)
    table: tables.Table | None = None  # the table it is a row of (its header names the columns)
    shifted: bool = True  # it (with its section and table header) names a year or a time before: "last year"
    elsewhen: bool = False  # it (with its section and table header) dates what it says to years the question doesn't
    versioned: bool = True  # it names the release the question asks about ("5.1.0"), or stands in its section
    for_audience: float = 0.0  # +1 it (with its section) names the group the question asks a figure for, -1 only others
    other_letter: bool = False  # it (with its section) names only another lettered part than the asked ("Band D")
    posted: bool = False  # it gives a person the question asks about a post („meine Arbeit als Strategyzer Advisor")
    intro: str = ""  # the line that leads into the list it is an item of („Die Steuer beträgt jährlich:“)


def eligible(sentence: Sentence, question: Profile, bylines: frozenset[str] = frozenset()) -> bool:
    """Whether ``sentence`` may be quoted as an answer to ``question``: body text; the byline or title when the
    question asks for it; a byline also when the question asks about a person it names (``bylines``: the
    names of the bylines of the sentence's article)."""
    roles = META_ROLES.get(question.meta or "", frozenset()) | ANSWER_ROLES
    if sentence.role == "byline" and question.about_person and any(n in bylines for n in question.names):
        return True
    if question.kind in FIGURES and data_heading(sentence):
        return True  # "Stage 2: Pelham to Hatherley (17 miles, 610 m ascent, about 7 hours)" answers "how long"
    if sentence.role not in roles:
        return False
    return sentence.role != "body" or words(sentence.text) >= MIN_WORDS


FIGURES = ("number", "money", "percent", "date")
DATA_FIGURES = 2  # figures a section heading states when it is a line of data, not a title


def data_heading(sentence: Sentence) -> bool:
    """Whether ``sentence`` is a section heading that states data ("Stage 1: Elstow to Pelham (14 miles, 420 m
    ascent, about 6 hours)"): a heading, not the title, with at least ``DATA_FIGURES`` measures, shares or sums
    ("Teil 2/2" states none)."""
    if not sentence.section_heading:
        return False
    text = sentence.text
    measured = [
        (a, b)
        for q, a, b in numbers.located(text)
        if q.kind == "percent" or numbers.unit(text[b:]) or numbers.money_at(text, a, b)
    ]
    return len(measured) >= DATA_FIGURES


def words(text: str) -> int:
    """How many words ``text`` has, a number being one ("It employs 340 people." has four)."""
    return len(re.findall(r"\w+(?:[.,]\d+)*", text))


@dataclass(frozen=True)
class Corpus:
    """What the ranking needs to know about the articles."""

    names: set[str]  # the corpus's proper names (``bot.names``)
    article_text: Callable[[str], str]  # an article's text by id (its head introduces who speaks)
    language: Callable[[str], str] = lambda doc_id: "de"  # an article's language by id
    weight: Callable[[str, str], float] = lambda term, language: 1.0  # how telling a search term is (its idf)
    lift: Callable[[np.ndarray], dict[str, float]] = lambda vector: {}  # per language, added to similarities
    year: Callable[[str], int] = lambda doc_id: 0  # the year an article appeared, 0 when unknown
    about: Callable[[str], str] = lambda doc_id: ""  # an article's publication and author, from its metadata
    article: Callable[[str], str] = lambda doc_id: ""  # an article's text at its offsets (``Retriever.article``)


def rank(
    question: Profile,
    query: np.ndarray,
    candidates: Sequence[tuple[Sentence, int, Sequence[float]]],
    corpus: Corpus,
    preferred: str = "",
) -> list[Scored]:
    """The candidates that may answer (with passage index and embedding), best first. ``preferred`` is an
    article the question names by its title."""
    names, article_text = corpus.names, corpus.article_text
    if not candidates:
        return []
    sims = np.asarray([c[2] for c in candidates], dtype=np.float32) @ query
    lift = corpus.lift(query)  # a sentence in another language than the question's is less similar by that alone
    if lift:
        sims = sims + np.asarray([lift.get(corpus.language(c[0].doc_id), 0.0) for c in candidates], dtype=np.float32)
    # how close each candidate is: its similarity, and the share of the question's words it uses
    # … and, less, the words of its section's heading ("TOP 2: Neues Löschfahrzeug für die Feuerwehr" for "Was
    # kostet das neue Feuerwehrfahrzeug?" over „Das Angebot beläuft sich auf 612.000 Euro.“)
    headings = _headings(candidates)
    tabled = [tables.of(corpus.article(s.doc_id), s.start) if tables.is_row(s.text) else None for s, _, _ in candidates]
    # a list's item is read with the line that leads into the list („Die Steuer beträgt jährlich:“), as its section
    intros = [
        tables.intro(corpus.article(s.doc_id), s.start) if t is None else ""
        for (s, _, _), t in zip(candidates, tabled, strict=True)
    ]
    sections = [
        _with_intro(_with_table(_heading_of(headings, s, p), s, t), s, lead_in)
        for (s, p, _), t, lead_in in zip(candidates, tabled, intros, strict=True)
    ]
    overlaps = [
        _overlap(question, s, corpus)
        + (1.0 if REFERS_BACK.match(s.text) else SECTION_SHARE) * _overlap(question, sections[i], corpus)
        for i, (s, _, _) in enumerate(candidates)
    ]
    if lift:  # a corpus of several languages
        overlaps = _lifted(overlaps, [corpus.language(s.doc_id) for s, _, _ in candidates])
    close = [float(sims[i]) + WORD_NUDGE * overlaps[i] for i in range(len(candidates))]
    asked: dict[tuple[str, int, int], tuple[float, float]] = {}  # an interviewer question: (closeness, similarity)
    links = {(c[0].doc_id, c[0].q_start, c[0].q_end) for c in candidates if c[0].q_start >= 0}
    for i, (s, _, _) in enumerate(candidates):
        for key in links:
            if s.role == "question" and key[0] == s.doc_id and key[1] <= s.start and s.end <= key[2]:
                best = asked.get(key, (-1.0, -1.0))
                asked[key] = (max(best[0], close[i]), max(best[1], float(sims[i])))
    paragraphs: dict[tuple[str, int], list[int]] = {}
    for i in sorted(range(len(candidates)), key=lambda i: candidates[i][0].start):
        s = candidates[i][0]
        paragraphs.setdefault((s.doc_id, s.para), []).append(i)
    # the words of each article's bylines, where they say what their person does: a block of byline lines
    # with one that dates nothing and is no "By …" line ("Charlotte Malz" / "Head of Marketing, BSI"), not
    # just "Geschrieben von X | 14.01.2020"
    bylines: dict[str, frozenset[str]] = {}
    for s, _, _ in candidates:
        if s.role == "byline":
            bylines[s.doc_id] = bylines.get(s.doc_id, frozenset()) | frozenset(WORD.findall(s.text))
    for doc in list(bylines):
        lines = [s for s, _, _ in candidates if s.doc_id == doc and s.role == "byline"]
        pattern = lexicon("en" if corpus.language(doc) == "en" else "de").byline
        described = len(lines) >= 2 and any(
            not numbers.has_date(s.text) and not re.match(pattern, s.text, re.IGNORECASE) for s in lines
        )
        if not described:
            del bylines[doc]
    speakers = _speakers(question)
    # a question about a figure set right ("once the operator corrected itself") is answered where a figure is set
    # right: the sentence or the one before says so ("Correction: … revised its earlier figure. The number is …")
    corrected = any(re.search(lx.extra["corrected"], question.text, re.IGNORECASE) for lx in lexicons())
    labels = numbers.labels(question.text)
    lettered = numbers.letter_labels(question.text)  # "a Band B property"
    codes = numbers.CODE.findall(question.text)
    versions = [v.lstrip("v") for v in numbers.VERSION.findall(question.text)]
    days = weekdays(question.text)
    # for whom the asked figure holds: "What does a child pay …", „Wie viel zahlen Jugendliche …"
    audience = audiences(question.text) if question.kind in FIGURES else set()
    # … or by a noun after "for a" in an English question ("the fee for a rabbit")
    for_noun = _noun_for(question) if question.kind in FIGURES and not audience else ""
    sized = bool(numbers.sized(question.text)) and question.kind in FIGURES  # "a four-person household"
    measures = _measures(question) if question.quantities else []  # "a 40-day trip": (40, days)
    dated: dict[str, bool] = {}  # by article: whether it names every year and season the question names
    seasons = seasons_asked(question)
    way = _way(question.text)
    deadline = deadline_asked(question.text)
    out = []
    for i, (sentence, passage, _) in enumerate(candidates):
        if not eligible(sentence, question, bylines.get(sentence.doc_id, frozenset())):
            continue
        if question.says and not question.about_person and _frames(sentence, corpus.language(sentence.doc_id)):
            continue  # "BERLINboxx hat mit Herbrich gesprochen" says whom they spoke to, not what Herbrich says
        closeness, similarity = close[i], float(sims[i])
        linked = False
        # an interview answer is as close as its question, less a little per sentence; not for "who is X?":
        # the interviewer addresses X ("Herr Herbrich, warum …"), but X's answers don't say who X is
        if sentence.q_start >= 0 and not question.about_person:
            into = _position(sentence, candidates, paragraphs, question)
            q_close, q_sim = asked.get((sentence.doc_id, sentence.q_start, sentence.q_end), (-1.0, -1.0))
            inherited = q_close - LINK_DECAY * into
            linked = inherited > closeness
            if linked:  # part of the question's closeness: the answer's own words still rank its sentences
                closeness += LINK_SHARE * (inherited - closeness)
            similarity = max(similarity, q_sim - LINK_DECAY * into)
        para = paragraphs[(sentence.doc_id, sentence.para)]
        at = para.index(i)
        window = " ".join(candidates[j][0].text for j in para[max(0, at - 1) : at + 2])
        # a quotation's source line dates and names each of its sentences: „“I constantly remind … Not of our
        # competition, but of our customers. …“ (1998 Bezos’ Letter to Shareowners)“
        window += " " + _quotation_source([candidates[j][0] for j in para], at)
        # names count where the paragraph, the question it answers or the article's head states them; the whole
        # lead for an interview answer or a question for what someone says: the lead introduces who speaks ("…
        # spoke to Ruth Adeyemi, …", "meine Arbeit als Strategyzer Advisor")
        # … but not where a later sentence names a part („Allein in den Krausenhöfen …“): a figure before it is of
        # the whole, not of that part
        paragraph = " ".join(
            candidates[j][0].text for k, j in enumerate(para) if k <= at or not ALONE_IN.search(candidates[j][0].text)
        )
        text_of = article_text(sentence.doc_id)
        lead = head_of(text_of)
        head = lead if sentence.q_start >= 0 else text_of[:HEAD]
        # … and where the heading of its section ("TOP 4: Bebauungsplan „Am Kirschgarten“") or the article's
        # publication and author ("the Spoke & Chain test") do
        heading = sections[i]
        section = heading.text if heading is not None else ""
        # … or where the part of the article that holds it names its writer: a post's or a mail's sign-off ("Gruß /
        # Stefan"), a message's sender line
        signed = posts.writer(corpus.article(sentence.doc_id), sentence.start) if question.names else ""
        context = " ".join(
            (paragraph, _asked_text(candidates, sentence), head, section, corpus.about(sentence.doc_id), signed)
        )
        language = corpus.language(sentence.doc_id)
        crossed = language != question.language
        # … or where the sentence refers back to what the article named shortly before ("the company was willing …",
        # "During that storm …")
        back = anaphor(sentence.text) or tagger.names_back(sentence.text, "en" if language == "en" else "de")
        earlier = text_of[max(0, sentence.start - ANAPHOR_REACH) : sentence.start] if back else ""
        covers = frozenset(
            n
            for n in question.names
            if _covered(n, context, language, crossed)
            or (n in speakers and _covered(n, lead, language, crossed))
            or (bool(earlier) and _named_before(n, earlier))
            # … or, for a name by which the question tells the article, where the article names it
            or (n in question.titled and _covered(n, corpus.article_text(sentence.doc_id), language, crossed))
        )
        since = corpus.year(sentence.doc_id)
        # "… for a 40-day trip?" is not answered by what holds "for up to 31 days"
        beyond = bool(measures) and _beyond(measures, sentence.text, language)
        # "… with 15,000 miles a year" is not answered by the row whose "Miles per year" is 10,000
        table = tabled[i]
        beyond = beyond or (table is not None and tables.states_other(table, sentence.text, question.text))
        own_type = _has_type(question, sentence.text, names, language, since) and not beyond
        header = table.header if table is not None else ""
        elsewhen = _other_years(question, f"{sentence.text} {section} {header}", sentence.text)
        # "How many pull requests went into 5.1.0?": the sentence or its section names that release
        versioned = not versions or any(
            v in sentence.text or v == numbers.version_of(corpus.article(sentence.doc_id), sentence.start)
            for v in versions
        )
        # the names an article's head introduces (its author, its interviewee) count as said by each of its
        # sentences: an interviewee never names themselves, "laut Doll" asks for any sentence of Doll's post
        # … and so do those its section's heading names ("## Lumo City": "its shackle" is the Lumo City's)
        said = f"{sentence.text} {section} {signed}" + ("" if question.about_person else " " + head)
        own_names = sum(n in said for n in question.names) / max(1, len(question.names))
        # "laut Kreutzer": an interview's answers are the words of the person its head introduces
        speaks = question.says and sentence.q_start >= 0 and any(n in head for n in question.names)
        score = (
            closeness
            + (SAYS_NUDGE if speaks else 0.0)
            + NAME_NUDGE * own_names
            + (TYPE_NUDGE if question.kind and own_type else 0.0)
            + (TITLE_NUDGE if preferred and sentence.doc_id == preferred else 0.0)
            + (TYPE_NUDGE if question.term and _names_term(sentence.text) else 0.0)
            + (TYPE_NUDGE if question.listed and _enumerates(sentence.text, question.listed, question.kind) else 0.0)
            + (TYPE_NUDGE if question.category and _names_category(question, sentence.text, language) else 0.0)
            # "Wer ist als Bauleiter zuständig?": „…, sagt Bauleiter Torsten Weidemann“ gives the asked role its holder
            + (TYPE_NUDGE if question.kind == "person" and _holder_titled(question, sentence.text, language) else 0.0)
            + (NAME_NUDGE if _states_asked_figure(question, sentence.text) else 0.0)
            + (TYPE_NUDGE if _states_given_figures(question, sentence.text) else 0.0)
            + (TYPE_NUDGE if _names_shifted_year(question, f"{sentence.text} {section}", since) else 0.0)
            # „ab dem 1. Januar 2026" where the question asks „ab Januar 2025": what holds in another year
            - (TYPE_NUDGE if elsewhen else 0.0)
            # "in 2024/25" where the question asks a figure of 2024/25: the sentence that dates its figure so
            + (TYPE_NUDGE / 2 if question.kind in FIGURES and _names_asked_year(question, sentence.text) else 0.0)
            + (
                TYPE_NUDGE / 2 * (counted := _counts(question.counted, sentence.text, language))
                if question.counted
                else 0.0
            )
            # „30 Millionen Menschen“ of the customers where the staff are counted: a figure of something else
            - (TYPE_NUDGE if question.counted and not crossed and not counted and _counts_other(sentence.text) else 0.0)
            + (TYPE_NUDGE if corrected and _corrects(candidates, para, at) else 0.0)
            + (TYPE_NUDGE if labels and numbers.labelled(f"{sentence.text} {section}", labels) else 0.0)
            # "batch BK-2408-B": the sentence or row with that code
            + (TYPE_NUDGE if codes and any(c in sentence.text for c in codes) else 0.0)
            + ((TYPE_NUDGE if versioned else -TYPE_NUDGE) if versions else 0.0)
            # "the Saturday day ticket": the sentence that names that day („für Samstag 49 Euro“)
            + (TYPE_NUDGE / 2 if days and days & weekdays(f"{sentence.text} {section}") else 0.0)
            # „Linie 4" where „Linie 47" is asked: another route, room or stage
            - (TYPE_NUDGE if labels and numbers.other_label(f"{sentence.text} {section}", labels) else 0.0)
            + TYPE_NUDGE * (letter := _lettered(lettered, f"{sentence.text} {section}"))
            # "Als was arbeitet Doll?": a sentence that gives the person a post („Ralf T. Kreutzer, Professor für …",
            # „meine Arbeit als Strategyzer Advisor")
            + (
                2 * TYPE_NUDGE
                if (posted := question.about_person and _describes(question, sentence.text, names, covers))
                else 0.0
            )
            # „Dreipersonenhaushalt" where a „Vierpersonenhaushalt" is asked: a figure for another size
            + (TYPE_NUDGE * _sized(question.text, f"{sentence.text} {section}") if sized else 0.0)
            + TYPE_NUDGE
            / 2
            * (
                for_audience := _for_audience(audience, f"{sentence.text} {section}")
                or _for_noun(for_noun, sentence.text)
            )
            + (TYPE_NUDGE * _for_compound(question.text, sentence.text) if question.kind in FIGURES else 0.0)
            + (TYPE_NUDGE if question.conditional and CONDITION.match(sentence.text) else 0.0)
            + (TYPE_NUDGE / 2 if question.bound and _bounds(question.bound, sentence.text, language) else 0.0)
            + TYPE_NUDGE / 2 * _same_way(way, sentence.text)
            + (TYPE_NUDGE if deadline and (_sets_deadline(sentence.text) or _lead_time(sentence.text)) else 0.0)
        )
        fits = own_type or (not beyond and _has_type(question, window, names, language, since))
        if sentence.doc_id not in dated:
            dated[sentence.doc_id] = all(
                numbers.names_year(text_of, y) or since == y or _names_by_distance(text_of, y) for y in question.years
            ) and set(seasons) <= set(kinds_in(text_of, "season_words"))
        when = dated[sentence.doc_id]
        shifted = not question.shift or _dates(f"{sentence.text} {section} {header}")
        out.append(
            Scored(
                sentence,
                passage,
                similarity,
                score,
                fits,
                covers,
                own_type,
                linked,
                crossed,
                when,
                tabled[i],
                shifted,
                elsewhen,
                versioned,
                for_audience,
                letter < 0,
                posted,
                intros[i],
            )
        )
    out.sort(key=lambda s: -s.score)
    return out


# a year that opens or closes a span: „seit 2019", "from 2020", „bis 2030", "until 2028"
FROM_YEAR = re.compile(r"\b(?:seit|ab|since|from|starting)\s+(?:(?:dem|the|\d{1,2}\.?|[A-Za-zäöüÄÖÜ]+)\s+){0,3}$", re.I)
TO_YEAR = re.compile(r"\b(?:bis|until|till|by|through)\s+(?:(?:zum|the|\d{1,2}\.?|[A-Za-zäöüÄÖÜ]+)\s+){0,3}$", re.I)


def _other_years(question: Profile, text: str, own: str = "") -> bool:
    """Whether ``text`` dates what it says to years, none of them one the question names or a span that holds it
    („seit 2019" holds 2025, „ab 2026" does not). A year by its distance counts from a year of the sentence itself
    (``own``, else ``text``): a heading „Zahlen aus dem Vorjahr" shifts no year of the sentences under it."""
    if not question.years:
        return False
    if any(numbers.names_year(text, y) for y in question.years):
        return False
    found = [(int(m.group(0)), m.start()) for m in numbers.BARE_YEAR.finditer(text)]
    if not found:
        return False
    shift = year_shift(own or text)  # "…, a year earlier 1,197": the year before the one it names
    if shift and any(y + shift in question.years for y, _ in found):
        return False
    for year, at in found:
        before = text[max(0, at - 40) : at]
        if FROM_YEAR.search(before) and any(y >= year for y in question.years):
            return False
        if TO_YEAR.search(before) and any(y <= year for y in question.years):
            return False
    return True


# the groups a price is for where a text names none: "Tickets cost £12, children £6" gives the adults' price
DEFAULT_AUDIENCES = frozenset({"adults", "members"})


def _for_audience(asked: set[str], text: str) -> float:
    """+1 where ``text`` names a group the question asks a figure for ("children"), -1 where it names only others
    ("für Mitglieder und … für Nichtmitglieder" for a child's price), 0 where it names none or the question asks
    none; a group that holds where none is named ("adults", "members") never counts against."""
    if not asked:
        return 0.0
    named = audiences(text)
    if asked & named:
        return 1.0
    return -1.0 if named and not asked <= DEFAULT_AUDIENCES else 0.0


# "for a rabbit", "for a big 30 kg dog": the noun a figure is asked for, after its adjectives, figures and units
FOR_A = re.compile(r"\bfor\s+(?:a|an|one|each|every)\s+((?:[\w-]+\s+){0,3}?)([a-z][a-z-]+)\s*(?:[?,.]|$)")
# a figure given for a group named by a plural: "£14.50 for cats", "for dogs under 25 kg"
FOR_PLURAL = re.compile(r"\bfor\s+(?:all\s+)?([a-z][a-z-]+s)\b")


def _noun_for(question: Profile) -> str:
    """The noun an English question asks a figure for, last in it after "for a" ("the monthly fee … for a rabbit":
    "rabbit"), or ""."""
    if question.language != "en":
        return ""
    m = FOR_A.search(question.text)
    return m.group(2) if m else ""


def _for_noun(noun: str, text: str) -> float:
    """+1 where ``text`` gives a figure for ``noun`` ("for dogs" for "a dog"), -1 where it gives figures for two or
    more others only ("for cats, … for dogs" for "a rabbit"), else 0."""
    if not noun:
        return 0.0
    groups = {m.group(1) for m in FOR_PLURAL.finditer(text)}
    if any(terms.lemma(g, "en") == terms.lemma(noun, "en") or g.startswith(noun) for g in groups):
        return 1.0
    return -1.0 if len({terms.lemma(g, "en") for g in groups}) >= 2 else 0.0


# for whom a German question asks a figure, by a compound („für ein Krippenkind", „pro Zweitwagen")
FOR_WHOM = re.compile(r"\b(?:für|pro|je)\s+(?:(?:ein|eine|einen|jedes|jede|jeden)\s+)?([A-ZÄÖÜ][a-zäöüß]{6,})\b")
PLURAL_END = tagger.PLURAL_END


def _for_compound(question: str, text: str) -> float:
    """+1 where ``text`` names the compound for which a German question asks a figure („für ein Krippenkind": „für
    Krippenkinder"), -1 where it names only others of its kind („für Kindergartenkinder"), 0 where it names none: the
    groups a letter or a tariff sets figures for are often compounds the audiences of the lexicon don't list."""
    m = FOR_WHOM.search(question)
    heads = tagger.compound_heads(m.group(1)) if m else ()
    if not m or not heads:
        return 0.0
    asked = m.group(1).lower()
    same = other = False
    for word in WORD.findall(text):
        low = word.lower()
        if re.fullmatch(re.escape(asked) + PLURAL_END, low):
            same = True
        elif word[:1].isupper() and any(
            len(low) > len(head) + 2 and re.search(re.escape(head) + PLURAL_END + "$", low) for head in heads
        ):
            other = True
    return 1.0 if same else (-1.0 if other else 0.0)


# a first person's post: „meine Arbeit als …", „ich arbeite als …", "my job as …", "I work as …"
OWN_POST = re.compile(
    r"\b(?:(?:meine[rnm]?|unsere[rnm]?)\s+(?:Arbeit|Tätigkeit|Rolle|Funktion|Aufgabe)|ich\s+(?:arbeite|bin\s+tätig))\s+als\s+"
    r"(?:[a-zäöüß]+e[nmrs]?\s+)?[A-ZÄÖÜ]|\b(?:my|our)\s+(?:work|job|role|post)\s+as\b|\bI\s+(?:work|am\s+working)\s+as\b"
)


def _describes(question: Profile, text: str, names: set[str], covers: frozenset[str]) -> bool:
    """Whether ``text`` gives a person the question names a post ("Ralf T. Kreutzer, Professor für Marketing"), or
    its first person one („meine Arbeit als Strategyzer Advisor") where its article's head names them (``covers``:
    the question's names that its neighbourhood or head names)."""
    if OWN_POST.search(text) and set(question.required) <= covers:
        return True
    asked = {n.split()[-1] for n in question.names}
    return any(holder.split()[-1] in asked for holder, _ in roles.posts(text, names))


def _lettered(parts: Sequence[tuple[str, str]], text: str) -> float:
    """+1 where ``text`` names a part the question names by a letter ("Band B"), -1 where it names only others of
    that noun ("Band D"), 0 where it names none."""
    if not parts:
        return 0.0
    found = numbers.letter_labelled(text, parts)
    return 0.0 if found is None else (1.0 if found else -1.0)


def _names_asked_year(question: Profile, text: str) -> bool:
    """Whether ``text`` names every year the question names, or one by its distance from a year it names."""
    return bool(question.years) and all(
        numbers.names_year(text, y) or _names_by_distance(text, y) for y in question.years
    )


def _names_by_distance(text: str, year: int) -> bool:
    """Whether a sentence of ``text`` names ``year`` by its distance from a year it names („2023 … sieben Einsätze,
    im Jahr davor vier" names 2022)."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        shift = year_shift(sentence)
        if shift and any(int(m.group(0)) + shift == year for m in numbers.BARE_YEAR.finditer(sentence)):
            return True
    return False


def _dates(text: str) -> bool:
    """Whether ``text`` says which year or time it speaks of: a year ("in 2023"), a year by its distance ("last
    year", „im Vorjahr") or a time before ("five years ago", „damals")."""
    return bool(re.search(rf"\b{YEAR.pattern}\b", text) or year_shift(text) or past(text))


# days of the week by their short forms and kinds of days: "Mo–Fr", „Di. und Do.“, "Mon–Sat", „werktags“, "weekends"
DAYS_SHORT = re.compile(
    r"\b(?:Mo|Di|Mi|Do|Fr|Sa|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?(?=\s*(?:[–-]|,|und\b|and\b|bis\b|to\b|"
    r"\d))|\b(?i:werktags|wochentags|samstags|sonntags|feiertags|am wochenende|an wochenenden|weekdays|weekends|"
    r"at the weekend|bank holidays|public holidays)\b"
)
DAY_ASKED = re.compile(r"\b(?:(?:wochen)?tag|(?:wochen)?tage|(?:wochen)?tagen|days?|weekdays?)\b", re.IGNORECASE)
# a word by which a sentence ends a time or sets a deadline, whatever the date's wording after it
DEADLINE_WORD = re.compile(
    r"\b(?:bis|spätestens|frist\w*|\w*schluss|endet|enden|ende|läuft|ablauf\w*|gültig|gilt|letzte[nr]? tag|until|till|"
    r"by|before|no later|deadline|clos(?:e|es|ing)|ends?|expires?|valid|last day)\b",
    re.IGNORECASE,
)


def _lead_time(text: str) -> bool:
    """Whether ``text`` sets a deadline by a time before the event („spätestens zehn Tage vor der Veranstaltung", "at
    least 30 days in advance")."""
    return any(re.search(lx.extra["lead_time"], text, re.IGNORECASE) for lx in lexicons())


def _sets_deadline(text: str) -> bool:
    """Whether ``text`` sets a date something must happen by („bis zum 31. Mai 2025", "by 3 March", "until Friday,
    14 June")."""
    return any(re.search(lx.extra["deadline_stated"], text) for lx in lexicons())


def _ways(text: str) -> set[str]:
    """The ways ("up", "down") the figures of ``text`` move or lie: "rose", "the highest"; "fell", „die tiefste"."""
    return (set(kinds_in(text, "directions", re.IGNORECASE)) | set(kinds_in(text, "extremes", re.IGNORECASE))) - {
        "same"
    }


def _way(question: str) -> str:
    """The one way a question asks a figure to have moved or to lie ("How low did the temperature drop?": down), ""
    for none or both."""
    ways = _ways(question)
    return next(iter(ways)) if len(ways) == 1 else ""


def _same_way(way: str, text: str) -> int:
    """1 where ``text`` gives a figure the asked way, -1 where it gives one only the other way ("the temperature rose
    to 21.7 °C, the highest" for "how low did it drop"), 0 otherwise."""
    if not way:
        return 0
    ways = _ways(text)
    return 1 if way in ways else -1 if ways else 0


def _bounds(bound: str, text: str, language: str) -> bool:
    """Whether ``text`` gives a figure under a qualifier of the same ``bound`` ("mindestens eine Woche" for "at_least",
    "bis zu 5 kg" for "at_most")."""
    return any(BOUNDS.get(a.relation) == bound for a in numbers.amounts(text, language))


def _measures(question: Profile) -> list[tuple[float, str]]:
    """The figures the question gives as they are ("a 40-day trip"), each with its unit (``_unit_after``)."""
    return [
        (a.value, _unit_after(question.text[a.start + len(a.text) :], question.language))
        for a in numbers.amounts(question.text, question.language)
        if a.relation == "exact"
    ]


def _beyond(measures: Sequence[tuple[float, str]], text: str, language: str) -> bool:
    """Whether ``text`` bounds a measure the question gives (``_measures``), and the question's figure lies outside
    that bound: "for up to 31 days" where "a 40-day trip" is asked, „mindestens 3 Nächte“ where „für 2 Nächte“ is
    (the same unit after both figures)."""
    excluded: set[tuple[float, str]] = set()
    included: set[tuple[float, str]] = set()
    for a in numbers.amounts(text, language):
        after = text[a.start + len(a.text) :]
        bound = BOUNDS.get(a.relation)
        unit = _unit_after(after, language)
        if not bound and (OR_MORE.match(after, len(_unit_span(after))) or FROM_ON.search(text, 0, a.start)):
            bound = "at_least"  # "for dogs of 25 kg and over", „für Hunde ab 25 kg"
        for value, asked in measures:
            if bound and unit and asked == unit:
                outside = value > a.value if bound == "at_most" else value < a.value
                (excluded if outside else included).add((value, asked))
    # … unless it sets another band that holds it: "under 25 kg and … 25 kg and over" for "a 30 kg dog"
    return bool(excluded - included)


# a figure's open upper end before it: „ab 25 kg", "from 25 kg"
FROM_ON = re.compile(r"\b(?:ab|from)\s+$", re.I)
# a figure's open upper end after its unit: "25 kg and over", "three nights or more", „16 Jahre und älter"
OR_MORE = re.compile(r"\s+(?:and|or|und|oder)\s+(?:over|above|more|older|upwards|mehr|darüber|älter)\b", re.I)


def _unit_span(after: str) -> str:
    """The unit word right after a figure (" kg", " Jahre"), as written: where an open end may follow it."""
    m = re.match(r"\s*[\w-]+\.?", after)
    return m.group(0) if m else ""


def _unit_after(after: str, language: str) -> str:
    """The unit a figure is of, from the words right after it: a unit of time by its length in days (" days",
    "-day", „Tagen“), else the dictionary form of the next word ("tonnes", „Kilogramm“)."""
    days = numbers.unit_days(after)
    if days:
        return f"{days}d"
    word = WORD.match(after.lstrip(" -"))
    return terms.lemma(word.group(0), language) if word else ""


def _named_before(name: str, earlier: str) -> bool:
    """Whether the text before an anaphoric sentence names ``name`` (a possessive's bare name: "November's" is
    "November"), not as the place where something is."""
    base = re.sub(r"(?:['’]s|['’])$", "", name)
    return base in earlier and not in_place(earlier, earlier.rfind(base))


def _headings(candidates: Sequence[tuple[Sentence, int, Sequence[float]]]) -> dict[int, list[Sentence]]:
    """The section headings among the candidates, by the passage holding them, in reading order (not the title: it
    heads the whole article, which its head stands for)."""
    out: dict[int, list[Sentence]] = {}
    for s, p, _ in sorted(candidates, key=lambda c: c[0].start):
        if s.section_heading:
            out.setdefault(p, []).append(s)
    return out


def _heading_of(headings: dict[int, list[Sentence]], sentence: Sentence, passage: int) -> Sentence | None:
    """The heading of the section ``sentence`` stands in, where its passage holds it; None otherwise."""
    before = [h for h in headings.get(passage, []) if h.doc_id == sentence.doc_id and h.end <= sentence.start]
    return before[-1] if before else None


def _with_table(heading: Sentence | None, sentence: Sentence, table: tables.Table | None) -> Sentence | None:
    """A table row's heading is its table's header row and the line that introduces the table (``bot.tables``),
    wherever the passages cut the table: "HX-9" names the column, "Fares from 3 March" what the figures are."""
    if table is None:
        return heading
    said = tables.context(table)
    if heading is not None and heading.text not in said:
        said = f"{heading.text}\n{said}"
    return Sentence(sentence.doc_id, -1, -1, said, "heading")


def _with_intro(heading: Sentence | None, sentence: Sentence, intro: str) -> Sentence | None:
    """A list's item's heading, with the line that leads into the list after it."""
    if not intro:
        return heading
    said = f"{heading.text}\n{intro}" if heading is not None and heading.text != intro else intro
    return Sentence(sentence.doc_id, -1, -1, said, "heading")


SINCE = re.compile(r"\b(?:since|seit)\s+(?:(?:dem|the)\s+(?:Jahr|year)\s+)?$", re.IGNORECASE)


def _ahead(question: str) -> bool:
    """Whether a question asks about what is to come ("When will …", "Wann soll …", "expect", "plant")."""
    return any(re.search(lx.extra["ahead"], question, re.IGNORECASE) for lx in lexicons())


def _speakers(question: Profile) -> frozenset[str]:
    """The question's names of whoever it asks the words of ("according to the Strategyzer coach", „nach Ansicht
    des Strategyzer-Beraters", "Kreutzer says"): the lead that introduces them covers them."""
    if not question.says:
        return frozenset()
    return frozenset(
        n
        for n in question.names
        if re.search(SPEAKER_BEFORE + rf"[\w-]*{re.escape(n)}", question.text, re.IGNORECASE)
        or re.search(rf"{re.escape(n)}[\w’'-]*\s+{SPEAKER_AFTER}", question.text, re.IGNORECASE)
    )


SPEAKER_BEFORE = r"\b(?:according to|laut|nach ansicht|in the view of)\s+(?:[\w’'-]+\s+){0,3}?"
SPEAKER_AFTER = r"(?:zufolge|says|said|thinks|believes|recommends|meint|sagt|rät|empfiehlt|glaubt|findet)\b"


COUNTED_AFTER = 3  # words after a figure that may hold what it counts ("42.000 Paletten", "2,300 signatures")


def _counts(counted: str, text: str, language: str) -> float:
    """How surely ``text`` has a figure of what the question counts: 1 for the counted noun, a form of it, a part
    of its compound or a word of its group of people, among the words right after a number ("wie viele
    Palettenstellplätze": „Platz für 42.000 Paletten“ has one, „rund 30.000 Quadratmeter“ has none); a half for
    people where staff are counted („30 Millionen Menschen“ may be customers; „1,5 Millionen Beschäftigte“ are
    staff); 0 for none. Not ``numbers.counted``, which gives measures no noun: "how many years" is counted by
    "seven years"."""
    return max((counts(counted, text[end:], language, text) for _, _, end in numbers.located(text)), default=0.0)


def _counts_asked(question: Profile, scored: Scored) -> float:
    """``_counts`` of what the question counts in the scored sentence, read in the sentence's language."""
    language = question.language if not scored.crossed else ("en" if question.language == "de" else "de")
    return _counts(question.counted, scored.sentence.text, language)


def _counts_other(text: str, least: float = 0.0) -> bool:
    """Whether ``text`` counts something with a figure that is no year („30 Millionen Menschen"), of at least
    ``least``."""
    return any(
        a.kind == "number" and not 1900 <= a.value <= 2100 and a.value >= least and numbers.counted(text, a)
        for a in numbers.amounts(text)
    )


def counts(counted: str, after: str, language: str, sentence: str = "") -> float:
    """How surely a figure followed by ``after`` counts what ``counted`` names (``_counts``, for one figure). People
    are not the staff asked for where their ``sentence`` names another group and no staff („ein Königreich für
    Kund:innen, das mehr als 30 Millionen Menschen überzeugt")."""
    wanted = terms.term_set(counted.replace("-", " "), language) | {terms.lemma(counted, language)}
    # a group of people in either language: "employees" are „Beschäftigte“, and people are whom a firm employs
    group = set(groups_in(counted))
    span = numbers.unit_days(counted)  # "An wie vielen Tagen …": "19 days" counts them in English
    if span and numbers.unit_days(after) == span:
        return 1.0
    found = 0.0
    for word in WORD.findall(after)[:COUNTED_AFTER]:
        have = terms.term_set(word, language) | {terms.lemma(word, language)}
        if (
            have & wanted
            or (group and group & set(groups_in(word)))
            or any(
                len(h) >= COMPOUND_MIN and len(w) >= COMPOUND_MIN and (w.startswith(h) or w.endswith(h))
                for h in have
                for w in wanted
            )
        ):
            return 1.0
        if "staff" in group and word.lower() in PEOPLE:
            named = set(groups_in(sentence))
            found = 0.0 if named and "staff" not in named else 0.5
        if language == "de" and word[:1].isupper() and not SCALE_WORD.match(word):
            break  # the first noun after a German figure is what it counts: „zwölf Schichtgruppen Menschen“ are groups
    return found


SCALE_WORD = re.compile(r"(?:mio|mrd|millione?n?|milliarden?|tausend|hundert|dutzend)\b", re.IGNORECASE)


def _corrects(candidates: Sequence[tuple[Sentence, int, Sequence[float]]], para: Sequence[int], at: int) -> bool:
    """Whether the sentence at ``para[at]`` sets a figure right, or follows one that says a correction comes."""
    for j in para[max(0, at - 1) : at + 1]:
        text = candidates[j][0].text
        if any(re.search(lx.extra["correction"], text, re.IGNORECASE) for lx in lexicons()):
            return True
    return False


def _gives_asked_figure(question: Profile, text: str) -> bool:
    """Whether ``text`` states a figure the question gives ("… im Jahr 2026": „2026“)."""
    return any(any(q.matches(k) for k in question.quantities) for q, _, _ in numbers.located(text))


def _states_asked_figure(question: Profile, text: str) -> bool:
    """Whether ``text`` states a figure the question itself gives ("… plans for 2018": „für 2018“), as a name
    it gives would be: the sentence is about the same year or amount. Not for a question that asks for a figure
    itself: there the question's year frames many sentences ("How much was … worth in 2023?")."""
    if not question.quantities or question.kind in ("number", "money", "percent", "date"):
        return False
    return _gives_asked_figure(question, text)


def _names_shifted_year(question: Profile, text: str, since: int) -> bool:
    """Whether ``text`` names the year a question gives by its distance ("in October of the previous year"): from the
    year the question names, else from the year its article appeared (``since``)."""
    if question.shift and year_shift(text) == question.shift:  # "compared with 60.2% a year ago"
        return True
    base = question.years[0] if question.years else since
    return bool(question.shift and base and numbers.names_year(text, base + question.shift))


def _states_given_figures(question: Profile, text: str) -> bool:
    """For a question that asks for a figure: whether it gives two figures or more that are no years, and ``text``
    states them all ("… members aged 18 to 65": „zwischen 18 und 65 Jahren"), in whatever language: the sentence
    speaks of the same group or case."""
    if question.kind not in ("number", "money", "percent", "date"):
        return False
    given = [k for k in question.quantities if not (k.kind == "number" and 1900 <= k.value <= 2100)]
    stated = [q for q, _, _ in numbers.located(text)]
    return len(given) >= 2 and all(any(q.matches(k) for q in stated) for k in given)


def head_of(text: str) -> str:
    """The head of an interview's text: its first ``HEAD`` characters and the rest of the paragraph they end in
    (the lead, whose last sentence often names the interviewee: "… spoke to Ruth Adeyemi, …"), or of the
    sentence, at most ``HEAD`` characters more."""
    for end in (PARAGRAPH_END, SENTENCE_END):
        m = end.search(text, HEAD)
        if m and m.start() < 2 * HEAD:
            return text[: m.end()]
    return text[:HEAD]


def _frames(sentence: Sentence, language: str) -> bool:
    """Whether ``sentence`` frames an interview outside its answers: who spoke to whom ("BERLINboxx hat mit
    Ralf Herbrich gesprochen", "We spoke to …")."""
    pattern = lexicon("en" if language == "en" else "de").roles.get("interview", "")
    return sentence.q_start < 0 and bool(pattern) and bool(re.search(pattern, sentence.text, re.IGNORECASE))


def _position(
    sentence: Sentence,
    candidates: Sequence[tuple[Sentence, int, Sequence[float]]],
    paragraphs: dict[tuple[str, int], list[int]],
    question: Profile,
) -> int:
    """How many answer sentences of the same interview answer come before ``sentence``."""
    return sum(
        1
        for c in candidates
        if c[0].doc_id == sentence.doc_id
        and c[0].q_start == sentence.q_start
        and c[0].start < sentence.start
        and eligible(c[0], question)
    )


# a rule for a case: "If the migration fails, …", „Falls …", „Schlägt die Migration fehl, …" is read by its "If"
CONDITION = re.compile(
    r"\W*(?:if|should|in case|in the event|unless|wenn|falls|sollte|sollten|im fall|bei (?:einem|einer))\b",
    re.IGNORECASE,
)


def _lifted(overlaps: Sequence[float], languages: Sequence[str]) -> list[float]:
    """The word overlaps of candidates in several languages, each language's lifted by how much less its best
    candidate shares the question's words than the best one of any language: a question shares its words with the
    texts of its own language by that alone (across languages only names, figures and cognates are shared), so
    that overlap orders the candidates within a language, not the languages (the answerable questions of ten mixed
    splits: recall@1 0.67 → 0.69, up in the two cross-language pairs only; lifting by the mean overlap changed
    nothing)."""
    best: dict[str, float] = {}
    for value, language in zip(overlaps, languages, strict=True):
        best[language] = max(best.get(language, 0.0), value)
    top = max(best.values(), default=0.0)
    return [v + top - best[language] for v, language in zip(overlaps, languages, strict=True)]


def _overlap(question: Profile, sentence: Sentence | None, corpus: Corpus) -> float:
    """The share of the question's terms that the sentence uses (stemmed in the sentence's language), each
    term weighted by how telling it is in the corpus: "Workation" counts, "Amazon" hardly."""
    if sentence is None:
        return 0.0
    language = corpus.language(sentence.doc_id)
    named = terms.term_set(" ".join(question.names), language)  # names count in their own nudge
    asked = terms.term_set(question.text, language) - named
    if not asked:
        return 0.0
    used = terms.term_set(sentence.text, language)
    # a word in another form of the same lemma counts: „geschafft“ is found in „schaffte“, "bought" in "buys"
    lemmas = terms.lemma_set(sentence.text, language)
    used |= {t for t, form in terms.forms(question.text, language) if t in asked and t not in used and form in lemmas}
    total = sum(corpus.weight(t, language) for t in asked)
    found = sum(corpus.weight(t, language) for t in asked & used)
    # a German compound holds its parts: "Stellen" is half found in "Stellenstreichungen", "Feuerwerk" in
    # "Höhenfeuerwerk"; and a compound of the question is half found in its head ("Großstädten" in „großen
    # Städten“, "Marketingprofessor" in "Professor")
    halves = {
        t
        for t in asked - used
        if (len(t) >= COMPOUND_MIN and any((u.startswith(t) or u.endswith(t)) and len(u) > len(t) + 2 for u in used))
        or any(len(u) >= COMPOUND_MIN and t.endswith(u) and len(t) > len(u) + 2 for u in used)
    }
    # … and so is a German compound whose parts one word of the sentence holds in order, with more between them:
    # "Blindenhund" in „Blindenführhunden"
    if language == "de":
        held = [w.lower() for w in WORD.findall(sentence.text) if len(w) >= COMPOUND_MIN]
        for word in {w for w in WORD.findall(question.text) if len(w) >= COMPOUND_MIN and w[:1].isupper()}:
            stems = terms.term_set(word, language) & (asked - used - halves)
            pieces = tagger.parts(word) if stems else ()
            if len(pieces) >= 2 and all(len(p) >= 3 for p in pieces) and any(_in_order(w, pieces) for w in held):
                halves |= stems
    found += sum(COMPOUND_SHARE * corpus.weight(t, language) for t in halves)
    return found / total if total else 0.0


def _in_order(word: str, pieces: Sequence[str]) -> bool:
    """Whether ``word`` holds each of ``pieces`` after the one before it."""
    at = 0
    for piece in pieces:
        at = word.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


def _around(
    candidates: Sequence[tuple[Sentence, int, Sequence[float]]], i: int
) -> list[tuple[Sentence, int, Sequence[float]]]:
    """The sentence and its neighbours in the same article, in the candidates' order."""
    doc = candidates[i][0].doc_id
    return [candidates[j] for j in (i - 1, i, i + 1) if 0 <= j < len(candidates) and candidates[j][0].doc_id == doc]


def _asked_text(candidates: Sequence[tuple[Sentence, int, Sequence[float]]], sentence: Sentence) -> str:
    if sentence.q_start < 0:
        return ""
    return " ".join(
        c[0].text
        for c in candidates
        if c[0].doc_id == sentence.doc_id and sentence.q_start <= c[0].start and c[0].end <= sentence.q_end
    )


def _has_type(question: Profile, text: str, names: set[str], language: str = "", since: int = 0) -> bool:
    """Whether ``text`` holds an answer of the asked type that the question doesn't already state. ``since`` is
    the year its article appeared (0: unknown): what is to come is dated no earlier."""
    kind = question.kind
    if kind is None:
        return True
    if kind == "frequency":  # "Wie oft …": „zweimal", "every 15 minutes", "in 41 of 44 cases", „häufig", "weekly"
        return bool(FREQUENCY.search(text)) or bool(set(kinds_in(text, "frequencies")) - WINDOWS) or _events(text)
    if kind in contacts.KINDS:  # "What e-mail address …": an address of that form, no telephone number
        return any(c not in question.text for c in contacts.found(kind, text))
    if kind == "clock":  # "Um wie viel Uhr …": a time of day ("14.15 Uhr", "at 3 pm")
        return bool(CLOCK.search(text))
    if kind == "rank":  # "Auf welchem Platz …": a rank ("der dritte", "the 4th") or a place by its number
        return bool(numbers.ordinals(text)) or bool(RANKED.search(text))
    if kind == "number" and question.measure == "time" and not question.counted and UNTIL.search(text):
        return True  # "How long do customers stay loyal?" – "right up until the second that …"
    if kind == "number" and question.measure in ("time", "extent") and not question.counted and _clock_span(text):
        return True  # "How long was the road shut?" – "closed from 7.30 am until 1 pm"
    if kind in ("number", "money", "percent", "date"):
        located = [(q, a, b) for q, a, b in numbers.located(text) if not any(q.matches(k) for k in question.quantities)]
        found = [q for q, _, _ in located]
        if kind in ("money", "number") and _other_period(question.text, text):
            return False  # "Wie viel zahlen Erwachsene im Monat?" is not answered by what they pay a year
        if _other_days(question.text, text):
            return False  # "… at the weekend?" is not answered by „an Schultagen 47 Minuten weniger“
        if question.change:  # "Um wie viel Prozent ist … gesunken?": a figure next to a word of change
            # (a share in words is such a figure too: „um die Hälfte zu ermäßigen“, "cut by a third")
            spans = [(a, b) for _, a, b in located] + [(x.start, x.start + len(x.text)) for x in numbers.amounts(text)]
            return any(changed_near(text, a, b) for a, b in spans)
        if kind == "date" and question.act and not acts_in(question.act, text):
            return False  # "Wann wurde … gegründet?": the year of a founding, not of an expansion
        if kind == "date" and _ahead(question.text):
            # "When will … shut down?": a year after "since / seit" dates what has been going on, no plan
            located = [(q, a, b) for q, a, b in located if not SINCE.search(text[:a])]
            own = own_part(question.text)  # a compound question's later part: its own words, not the first part's
            if since and located and _ahead(own) and not ASKED_BEFORE.search(own):
                # "When is the route expected to open?": not „Im März 2022 erfolgte …"; "When was it planned?" asks
                # about what has been
                located = [(q, a, b) for q, a, b in located if _year_of(q) >= since]
                if not located:
                    return False
            found = [q for q, _, _ in located]
        if kind == "date" and question.year:  # "in welchem Jahr": a year, not "am 11.11."
            return any(YEAR.search(text[a:b]) for _, a, b in located)
        if kind == "date" and deadline_asked(question.text) and not DEADLINE_WORD.search(text):
            return _lead_time(text)  # "Bis wann …?" is not answered by the day of the party, which ends nothing
        if kind == "date":  # a date, a year written as one ("2021", not "2.000"), a month ("seit Januar"), or a
            return (  # time of day ("Bis wann war die Straße gesperrt?" – „bis etwa 20:15 Uhr")
                any(q.kind == "date" for q in found)
                # … or, for a deadline, a time before the event („spätestens zehn Tage vor der Veranstaltung“)
                or (deadline_asked(question.text) and _lead_time(text))
                # … or, for a day, a day of the week ("On which days …": "on Sundays")
                or (bool(DAY_ASKED.search(question.text)) and (bool(weekdays(text)) or bool(DAYS_SHORT.search(text))))
                or any(YEAR.fullmatch(text[a:b]) for _, a, b in located)
                or bool(_month(text))
                or bool(CLOCK.search(text))
            )
        if _one_of_several(question.text, text):
            return False  # "allein in Sheffield" is not answered by a figure for "Leeds, Sheffield and Bradford"
        if _other_place(question, text, names, language):
            return False  # "across Germany" is not answered by „im Großraum Berlin über 2.000"
        if ASKED_WHOLE.search(question.text) and PART_ALONE.search(text) and not PART_ALONE.search(question.text):
            return False  # "the total revenue for the full year" is not „allein am Singles Day … 30,8 Milliarden“
        if kind in ("money", "number") and _per_unit(question.text) and _total(text) and not _per_unit(text):
            return False  # "Was kostet ein einzelner Flug?" is not answered by what the project costs in total
        if kind == "percent":  # a share in words is one too: "zwei Drittel", "a quarter", "die Hälfte"; so is none
            return (  # („geht fast gegen null“); and a share of a sum of money may be given in money ("How much of
                any(q.kind == "percent" or q.value == 0 for q in found)  # the bill …": "the insurer paid £71,000")
                or any(a.kind == "percent" for a in numbers.amounts(text))
                or (bool(OF_MONEY.search(question.text)) and any(numbers.money_at(text, a, b) for _, a, b in located))
            )
        dated = {(a, b) for q, a, b in located if q.kind == "date"}  # a date's year is no count, a rank neither
        counts = [
            (q, a, b)
            for q, a, b in located
            if q.kind == "number" and (a, b) not in dated and not numbers.ordinal_or_clock(text, a, b)
        ]
        if kind == "number":
            counts = [(q, a, b) for q, a, b in counts if of_asked_kind(question, text[b:])]
        money = [numbers.money_at(text, a, b) for _, a, b in counts]
        if kind == "money" and (rate := numbers.rate_unit(question.text)):
            # "Wie hoch ist der Arbeitspreis je Kilowattstunde?": a price per unit of the same measure ("23.96p per
            # kWh"), not what the year costs
            return any(
                m and numbers.rate_unit(text[b : b + numbers.RATE_AFTER]) == rate
                for m, (_, _, b) in zip(money, counts, strict=True)
            )
        if kind == "money":  # "How much discount …" is answered by a sum or by a share of the price
            return any(money) or (bool(DISCOUNT.search(question.text)) and any(q.kind == "percent" for q in found))
        # a count or measure is neither an amount of money ("75 Millionen Euro") nor a year ("2021"); a share
        # is one ("Wie hoch ist die Quote?" – "31 percent"), but not of days or of time ("How many days …",
        # "Wie lange …": "mehr als 60 %" counts and measures nothing)
        measured = question.measure and question.measure != "length"  # "Wie hoch ist die Quote?" may ask a share
        share = not (question.counted or measured) and any(q.kind == "percent" for q in found)
        return share or any(not m and not YEAR.fullmatch(text[a:b]) for m, (_, a, b) in zip(money, counts, strict=True))
    words = WORD.findall(text)
    if kind == "name" and question.term and _names_term(text):
        return True  # "What name does she give to …?" asks for a term: „das sogenannte Informationsparadox“
    if kind == "place" and not question.focus and WHEREVER.search(text):
        return True  # "dort, wo die besten Leute sind", "wherever the talent is": a place by what is there
    # "Wer leitet …", "Who founded …": a name is the answer only where the text states that role
    # … but who heads a department is its head ("head of product safety"), not the whole firm's
    unit_head = question.role == "head" and UNIT_ASKED.search(question.text) and UNIT_HEAD.search(text)
    if question.role and not unit_head and not any(re.search(lx.roles[question.role], text, re.I) for lx in lexicons()):
        return False
    if kind == "place" and question.within:
        # „In welcher chinesischen Stadt …": a place where something is („in Hangzhou“), not China itself, nor a
        # continent, nor a name that is no place here („an der Berlin School of …“)
        return any(
            name_of(m.group(0), names)
            and name_of(m.group(0), names) not in question.names
            and WHERE_IN.search(text[: m.start()])  # „von Alibaba“ is whose, not where
            and not derived_place(m.group(0), question.text)
            and not CONTINENT.fullmatch(m.group(0))
            and not _extends(text, m.start(), question.names, names)
            for m in WORD.finditer(text)
        )
    if not question.focus:
        # "wer": a person or an organisation, never a noun the German lexicon knows ("Quadratmeter"); an
        # organisation is not where something is ("in Europa")
        return any(
            name_of(m.group(0), names)
            and name_of(m.group(0), names) not in question.names
            and not (kind == "person" and tagger.known_noun(m.group(0), "de"))
            and not (kind in ("organisation", "person") and in_place(text, m.start()))
            # „mit Chatbots experimentieren“: the plural of a common noun, however a German text capitalises it
            and not (kind in ("organisation", "person") and language != "en" and loan_plural(m.group(0), names))
            and not _extends(text, m.start(), question.names, names)
            for m in WORD.finditer(text)
        ) or (
            language != "en"
            and (
                any(n not in question.names for n in _genitive_names(text))
                # „von der Bürgerstiftung Rabenfurt“: an institution by its place's name
                or any(
                    name_of(m.group(1), names) and m.group(1) not in question.names and not in_place(text, m.start(1))
                    for m in re.finditer(lexicon("de").extra["institution"], text)
                )
            )
        )
    # "Wie heißt das Entwicklungszentrum?": a name next to the thing it names, with nothing but articles,
    # possessives and naming words between ("den Krausenhöfen, unserem Entwicklungszentrum", "die Logistiksparte
    # unter dem Namen Cainiao Network"), in the sentence's language ("namens" answers "what is it called")
    if any(apposed(text, m) and m.group(1) not in question.text for m in QUOTED_NAME.finditer(text)):
        return True  # "die erste große Hürde „Problem-Solution-Fit“": a name in quotation marks names the thing
    links = set(lexicon("en" if language == "en" else "de").extra.get("naming_links", ()))
    wanted = terms.term_set(question.focus, language)
    focus = question.focus.split()
    asked = {w.lower() for w in WORD.findall(question.text)}
    same = language == question.language
    spans = [m.span() for m in WORD.finditer(text)]

    # a title is the same in either language: "mayor" is „Bürgermeisterin“, "chairman" „Vorsitzender“
    titles = {role for lx in lexicons() for role, rx in lx.roles.items() if re.search(rx, question.focus, re.I)}
    titled = [rx for lx in lexicons() for role, rx in lx.roles.items() if role in titles]

    def is_focus(word: str) -> bool:
        if _headed(word, wanted, language) if same else any(_cognate(word, f) for f in focus):
            return True
        return any(re.search(rx, word, re.IGNORECASE) for rx in titled)

    for at, word in enumerate(words):
        if not is_focus(word):
            continue
        for step in (-1, 1):
            i = at + step
            while 0 <= i < len(words) and words[i].lower() in links:
                i += step
            if not (0 < i < len(words) and words[i][0].isupper() and words[i].lower() not in asked):
                continue
            # not the next sentence's first words („… Assistenten. Der Assistent rief …“), nor the noun itself
            lo, hi = sorted((spans[at][1], spans[i][0]) if step > 0 else (spans[i][1], spans[at][0]))
            if not re.search(r"[.!?]\s", text[lo:hi] + " ") and not is_focus(words[i]):
                return True
    # across languages the thing named may be worded otherwise ("the doctor" for „eine Ärztin"): a person's name
    # after a title („Frau Mira Szymanek", "Dr Hale") is a name all the same
    return not same and any(m.group(1) not in question.names for m in TITLED_PERSON.finditer(text))


# a question for who heads a part of an organisation („den Bereich Produktsicherheit", "the sales department", "head
# of logistics"), and a text that names the head of a part
UNIT_ASKED = re.compile(
    r"\b(?:bereich|abteilung|ressort|referat|sparte|department|division|unit|team)\b|"
    rf"\bhead of\s+{FUNCTIONS}|\bleiter(?:in)?\s+(?:der|des|für)\b",
    re.IGNORECASE,
)
UNIT_HEAD = re.compile(
    r"\b(?:head(?:s|ed)? of|leiter\w*|leitet|leitete|chef\w* (?:der|des|von)|leads|led|runs|director of)\b",
    re.IGNORECASE,
)
# what says how often: a count of times, a figure out of a whole, a share, "every …", a word of frequency
FREQUENCY = re.compile(
    r"(?<!\w)(?:once|twice|thrice|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)\s+times|"
    r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|mehr|viel|\d+-?)mal|"
    r"\d[\d.,]*\s+(?:of|out of|von|aus)\s+\d+|\d[\d.,]*\s*(?:%(?!\w)|per ?cent\b|prozent\b)|"
    r"\d[\d.,]*\s+(?:cases|occasions|instances|Fällen|Fälle)\b|"
    r"every\s+(?:\d+|other|few|two|three)|alle\s+(?:\d+|paar|zwei|drei)|jede[nrs]?\s+(?:zweite|dritte)|"
    r"often|frequently|regularly|rarely|seldom|occasionally|sometimes|usually|always|never|"
    r"oft|häufig|regelmäßig|selten|gelegentlich|manchmal|meistens|immer|nie|niemals|ständig)(?!\w)",
    re.IGNORECASE,
)
WINDOWS = frozenset({"window of a day", "window of a week", "window of a month", "window of a year"})


def _events(text: str) -> bool:
    """Whether ``text`` counts things that happened, which says how often: „sieben Einsätze", "12 call-outs" — a
    count of a noun that is no measure, no amount of money and no year."""
    return _counts_other(text, least=2)


TITLED_PERSON = re.compile(
    r"\b(?:Frau|Herrn?|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Dame|Sir)\s+(?:med\.\s+)?([A-ZÄÖÜ][\w-]+)"
)


NAMING_WORDS = frozenset({"namens", "genannt", "heißt", "hieß", "lautet", "called", "named", "dubbed", "titled", "as"})
QUOTED_NAME = re.compile(r"[„“\"«]([A-ZÄÖÜ][\w-]*(?:[ -][\w-]+){0,3})[“”\"»]")  # a capitalised term in quotation marks


# how long something lasts, said by when it ends: "until someone offers more", "as long as", „solange“, „bis zu dem
# Moment, in dem …“ (not a bare „bis“: „von … bis hin zu …“, „wie lange es dauert, bis …“ say no time)
def changed_near(text: str, start: int, end: int) -> bool:
    """Whether a word that states a change stands next to the figure at ``start``–``end`` of ``text`` ("sank im Jahr
    um 12 %", „um die Hälfte zu ermäßigen“, "cut by a third")."""
    return any(
        abs(start - m.end()) <= CHANGE_NEAR or abs(m.start() - end) <= CHANGE_NEAR
        for lx in lexicons()
        for m in re.finditer(lx.extra["change_stated"], text)
    )


def _clock_span(text: str) -> bool:
    """Whether ``text`` gives a span between two times of day ("from 7.30 am until 1 pm", „von 9 bis 12.30 Uhr“,
    "14:00–16:00"): how long something lasts."""
    return any(CLOCK.search(m.group(0)) for m in CLOCK_SPAN.finditer(text))


_TIME = r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?:\s*(?:[ap]\.?m\.?(?!\w)|Uhr\b|h\b))?"
# two times of day with a word of span between them; one at least marked as a time ("am", "Uhr", "14:00")
CLOCK_SPAN = re.compile(rf"(?<![\d.,]){_TIME}\s*(?:until|till|to|bis|–|-)\s*{_TIME}(?![\d.,]\d)", re.IGNORECASE)
UNTIL = re.compile(
    r"\b(?:until|till|as long as|solange|bis (?:zu dem|zum) (?:moment|zeitpunkt|augenblick|tag))\b", re.IGNORECASE
)
CHANGE_NEAR = 40  # characters between a figure and the word that says it changed ("sank im Jahr um 12 %")
WHEREVER = re.compile(
    r"\b(?:dort|da|überall)(?:\s+\w+){0,2},?\s+wo\b|\bwherever\b|\b(?:there|anywhere|everywhere),?\s+where\b", re.I
)
RANKED = re.compile(r"\b(?:platz|rang|rank|position|nummer|nr\.|no\.)\s*\d", re.IGNORECASE)


# a question in the past tense asks about what has been, whatever its verb ("When was the route planned?")
ASKED_BEFORE = re.compile(
    r"\b(?:when|wann|in which year|in welchem jahr)\s+(?:was|were|did|had|has|have|wurde|wurden|war|waren|hat|haben|"
    r"hatte|hatten)\b",
    re.IGNORECASE,
)


def _year_of(q: numbers.Quantity) -> int:
    """The year a date or a bare year figure names (0 for other figures: they aren't filtered by it)."""
    if q.kind == "date":
        return int(q.value) // 10000 or 9999  # a day without its year may be any year's
    return int(q.value) if 1000 <= q.value <= 2999 and q.value == int(q.value) else 9999


def of_asked_kind(question: Profile, after: str) -> bool:
    """Whether a figure followed by ``after`` is of the kind a count or measure question asks: "wie schwer" is
    answered by "4,5 Kilogramm", not "nine items"; "Wie viel Wasser" by "310 Kubikmeter", not "four sites";
    "wie viele Mitarbeiter" counts people, which "30 Minuten" doesn't; "wie viele Minuten" asks for a time, which
    "vier Varianten" isn't and "in 30 Minuten" is. A compound headed by a unit asks for that unit
    („Urlaubstage": „30 Tage Urlaub"), and a unit of no dimension the lexicon knows ("Quadratmeter") is answered
    by that unit only."""
    if question.measure:
        return numbers.answers_measure(after, question.measure)
    if question.mass:  # … by an amount in a unit, not by a speed („Orkanböen bis 125 km/h“ is no snow) or an hour
        return bool(numbers.unit(after)) and not numbers.unit(after, "speed") and not O_CLOCK.match(after)
    if not question.counted:
        return True
    unit = _unit_word(question.counted)
    if not unit:
        return not numbers.unit(after)
    dimension = numbers.measured(unit) if unit == question.counted else ""  # „Urlaubstage": days only
    if re.search(rf"\b(?:square|sq\.?)\s+{re.escape(question.counted)}", question.text, re.IGNORECASE):
        dimension = "area"  # "how many square metres": „220.000 Quadratmeter"
    if dimension:  # "3 working days", „drei volle Wochen“ too
        return numbers.unit(after, dimension) or numbers.measured(after) == dimension
    # „31 Übungsstunden" for „wie viele Übungsstunden": the unit, or the compound the question counts itself
    return _same_unit(unit, after) or _same_unit(question.counted, after)


O_CLOCK = re.compile(r"\s*(?:Uhr|o['’]clock)\b", re.IGNORECASE)


def _unit_word(word: str) -> str:
    """``word`` if it is a measure word, or the measure word that heads it as a compound („Urlaubstage": „tage",
    „Arbeitsstunden": „stunden"); "" otherwise."""
    if numbers.unit(word):
        return word
    for i in range(COMPOUND_MIN, len(word) - 2):
        if numbers.unit(word[i:]) and re.fullmatch(r"[a-zäöüß]+", word[i:]):
            return word[i:]
    return ""


def _same_unit(unit: str, after: str) -> bool:
    """Whether ``after`` (the text after a figure) starts with ``unit`` in any of its forms."""
    return bool(re.match(rf"\s*{re.escape(unit[: max(2, len(unit) - 2)])}", after, re.IGNORECASE))


def _headed(word: str, wanted: frozenset[str] | set[str], language: str) -> bool:
    """Whether ``word`` is one of the wanted (stemmed) nouns, or a compound headed by one: a
    "Wirtschaftsinitiative" is an "Initiative"."""
    have = terms.term_set(word, language)
    return bool(have & wanted) or any(h.endswith(w) for h in have for w in wanted if len(w) >= COMPOUND_MIN)


def _cognate(word: str, other: str) -> bool:
    """Whether two words of different languages look alike: the same first five letters ("Plattform",
    "platform"), or one inside the other ("Secondhand-Plattform", "platform")."""
    a, b = re.sub(r"\W", "", word.lower()), re.sub(r"\W", "", other.lower())
    return len(a) >= 5 and len(b) >= 5 and (a[:5] == b[:5] or b[:6] in a or a[:6] in b)


def _covered(name: str, context: str, language: str, crossed: bool) -> bool:
    """Whether ``context`` names ``name``: as written, inflected ("Chats" for "chat"), or in a text of another
    language than the question's as its cognate ("European" for "Europa"); a month or weekday in either language ("early
    June": „Anfang Juni“), also in the genitive ("last November's downpour": "Last November we had …")."""
    name = re.sub(r"(?:['’]s|['’])$", "", name)
    month = numbers.MONTHS.get(name.lower())
    if month:  # … or in a date of that month: "13 November" is „13.11.2025“
        return any(numbers.MONTHS.get(w.lower()) == month for w in WORD.findall(context)) or any(
            t.endswith(f"m{month}") for t in numbers.neutral_terms(context)
        )
    day = weekdays(name)  # a day of the week too: "each Sunday" is „an jedem Sonntag“
    if day and len(WORD.findall(name)) == 1:
        return bool(day & weekdays(context))
    if name in context or _spelt_out(name, context) or region_in(name, context):
        return True
    stems = terms.term_set(name, language)
    if stems and stems <= terms.term_set(context, language):
        return True
    return crossed and _cognate_in(name, context)


def apposed(text: str, quoted: re.Match[str]) -> bool:
    """Whether a term in quotation marks stands right after the noun it names ("die Hürde „Problem-Solution-Fit“")
    or a naming word ("called 'Market Fit'", „namens …“), not after a preposition ("eine Zahl an «Wasserträgern»",
    „von «Time-to-Market»“)."""
    before = re.findall(r"[\w-]+", text[: quoted.start()])
    if not before:
        return False
    last = before[-1]
    # … or after a comma and an article, in apposition: "das erste Kletterseil, das „Brandauer Alpin 11“, …"
    apposition = re.search(r",\s*(?:der|die|das|the)\s*$", text[: quoted.start()], re.IGNORECASE)
    return last.lower() in NAMING_WORDS or (last[0].isupper() and len(before) > 1) or bool(apposition)


# a word, then a person by given name (an initial) and surname: "Bauleiter Torsten Weidemann", "manager Owen Ridley"
TITLE_BEFORE_NAME = re.compile(
    r"([^\W\d_][\w-]{3,})(?=\s+(?:(?:Dr|Prof)\.?\s+)?([A-ZÄÖÜ][a-zäöüß]+)(?:\s+[A-Z]\.)?\s+[A-ZÄÖÜ][\w-]+)"
)


def _holder_titled(question: Profile, text: str, language: str) -> bool:
    """Whether ``text`` gives a person the title a question for a person asks about ("Wer ist als Bauleiter …?":
    „Bauleiter Torsten Weidemann“), in the question's language."""
    if language != question.language:
        return False
    asked = terms.term_set(question.text, language)
    return any(
        terms.term_set(m.group(1), language) & asked
        # a German title is a noun, and the name after it no noun the language knows („lautet Führungsprinzip
        # Nummer 15" gives no one a title)
        and (language != "de" or (m.group(1)[:1].isupper() and not tagger.known_noun(m.group(2), language)))
        for m in TITLE_BEFORE_NAME.finditer(text)
    )


def _names_category(question: Profile, text: str, language: str) -> bool:
    """Whether ``text`` names what an open question asks for ("Welches Ziel …": „mit dem Ziel: …“), in its own
    language by the noun or a compound headed by it, across languages as a cognate. Of a hyphenated compound
    only its head counts: "Welche Hardware-Versuche …" asks for attempts, which "Hardware" alone doesn't name."""
    head = question.category.split("-")[-1]
    wanted = terms.term_set(head, language)
    same = language == question.language
    if EVENT_WORD.fullmatch(head) and EVENT_NAME.search(text):
        return True  # "At which event …": „Auf der NeurIPS 2018 präsentierte …“ names one by its name and year
    return any((_headed(w, wanted, language) if same else _cognate(w, head)) for w in WORD.findall(text))


# an event asked for by its kind, and one named by a name of capitals and its year ("NeurIPS 2018", "CES 2024")
EVENT_WORD = re.compile(
    r"(?:events?|conferences?|fairs?|trade ?shows?|summits?|congress|conventions?|veranstaltung\w*|konferenz\w*|"
    r"messe\w*|tagung\w*|kongress\w*)",
    re.IGNORECASE,
)
EVENT_NAME = re.compile(r"\b(?:[A-Z][a-z]*[A-Z][\w-]*|[A-Z]{2,})\s+(?:19|20)\d{2}\b")


# some one of a kind („einem Autohersteller“), or some of a kind, adjectives between („viele neue Apps“, "several
# local firms"); not one described by its adjectives: „eine zentrale Rolle“ says which role
INDEFINITE = re.compile(
    r"\b(?:(?:ein|eine|einem|einen|einer|eines|a|an|another|einem anderen|einen anderen)\s+|"
    r"(?:viele|vielen|einige|einigen|mehrere|mehreren|manche|manchen|zahlreiche|zahlreichen|verschiedene|"
    r"verschiedenen|diverse|diversen|some|many|several|various|numerous)\s+(?:(?-i:[a-zäöüß])[\w-]*\s+){0,2})$",
    re.I,
)


GENITIVE_NAME = re.compile(r"\b([A-ZÄÖÜ][\w-]+?)s\s+(?=[A-ZÄÖÜ][a-zäöüß])")


def _extends(text: str, at: int, asked: Sequence[str], names: set[str]) -> bool:
    """Whether the word at ``at`` goes on with a name the question gives ("Cainiao Network" for "Cainiao"): part of
    that name, no other one."""
    window = text[max(0, at - 60) : at]
    before = WORD.findall(window)
    return (
        bool(before)
        and bool(re.search(rf"{re.escape(before[-1])}\s+$", window))
        and name_of(before[-1], names) in asked
    )


def _genitive_names(text: str) -> list[str]:
    """German names in the genitive before their noun ("an Googles Bemühungen", "Annas Buch"): only a name takes
    a bare "-s" there, so a word that isn't a noun the lexicon knows is one, whether or not the corpus's name
    list has it."""
    return [
        m.group(1)
        for m in GENITIVE_NAME.finditer(text)
        if m.start() > 0 and not tagger.known_noun(m.group(1), "de") and not tagger.known_noun(m.group(1) + "s", "de")
    ]


def _sized(question: str, text: str) -> float:
    """1 where ``text`` names a sized compound of ``question`` by the asked size, -1 by another size only, else 0."""
    if numbers.same_size(question, text):
        return 1.0
    return -1.0 if numbers.other_size(question, text) else 0.0


def _uncounted(question: Profile, typed: Sequence[Scored], pieces: Sequence[Scored] = ()) -> bool:
    """Whether a "how many" question counts a thing (no unit, no measure) that no fitting piece about what it
    names and is in the question's language counts, the best of them being in that language; across languages,
    a group of people no such piece counts, or a word written alike that only other ``pieces`` use."""
    if question.kind != "number" or not question.counted or question.measure or question.mass:
        return False
    about = [s for s in typed if covering(s, question)]  # the pieces that may answer: they cover its names
    if _unit_word(question.counted) or not about:
        return False
    # a table's figures count what the table lists, which its rows don't name: where a row is the best piece, or
    # the table's caption or header names the counted thing (a table of clinics doesn't count doses)
    best = max(about, key=lambda s: s.score)
    if best.table is not None or any(
        s.table is not None
        and _names_counted(question.counted, f"{s.table.caption} {s.table.header}", question.language)
        for s in about
    ):
        return False
    if best.crossed:
        # across languages only a group of people is known by its words in both ("employees": „Mitarbeiter“):
        # "How many people work at the centre?" is not answered by „mehr als 50 Nationalitäten“
        if groups_in(question.counted):
            return not any(_counts(question.counted, s.sentence.text, question.language) for s in about)
        # … and a word both languages write alike ("Pull Requests", „Tonnen“ for "tonnes"): where the pieces use it,
        # one that may answer must too
        said = [w for w in WORD.findall(question.counted) if len(w) >= 5]
        # (pieces in the other language: the question's own language writes its word alike by itself)
        alike = [
            s for s in pieces if s.crossed and any(_cognate(w, c) for w in WORD.findall(s.sentence.text) for c in said)
        ]
        return bool(alike) and not any(s in alike for s in about)
    return not any(_names_counted(question.counted, s.sentence.text, question.language) for s in about if not s.crossed)


SHARED_PREFIX = 5  # letters two nouns' stems share at the start when one compound names the other's thing


def _names_counted(counted: str, text: str, language: str) -> bool:
    """Whether ``text`` counts what ``counted`` names (``_counts``) or names it anywhere, the figure elsewhere
    („mit aufgezeichneten Kundengesprächen – 50.000 soll Alibaba jeden Tag führen“ for „Kundentelefonate“): as a
    form of it, or a compound of the same first part."""
    if _counts(counted, text, language):
        return True
    wanted = terms.term_set(counted.replace("-", " "), language)
    have = terms.term_set(text, language)
    return any(
        w[:SHARED_PREFIX] == h[:SHARED_PREFIX] and min(len(w), len(h)) >= SHARED_PREFIX for w in wanted for h in have
    )


def other_kind(question: Profile, text: str) -> str:
    """What sets the thing a question asks a figure of apart from others of its kind ("campervan" of "a ten-journey
    card for a campervan", „Kredit" of „Ersatz-Kreditkarte"), where ``text``, in the question's language, names
    only others of that kind ("the car card", „Ersatz-girocard") and never that word; else ""."""
    if question.language == "de":
        return _other_head(question.text, text)
    tokens = tagger.tokens(question.text, "en")
    have = terms.term_set(text, "en")
    stated_tokens = tagger.tokens(text, "en")
    for i, t in enumerate(tokens):
        if t.kind != "noun" or not t.text.islower():
            continue
        occurrences = _stated_modifiers(t.text, stated_tokens)
        shared = (
            set.intersection(*occurrences) if occurrences else set()
        )  # "day" of "adult day pass", "student day pass"
        asked = [w for w in _modifiers_of(tokens, i) if w not in shared]
        stated = set().union(*occurrences) - shared
        # two others of its kind at least ("the car card … the foot passenger card"): a text that names one may
        # just word the asked one otherwise ("side effects" for "adverse effects")
        if not asked or len(stated) < 2 or {_kind_word(w) for w in asked} & {_kind_word(w) for w in stated}:
            continue
        missing = [w for w in asked if not terms.term_set(w.replace("-", " "), "en") <= have]
        if missing:
            return missing[-1]
    return ""


def _kind_word(word: str) -> str:
    """A word that says which of its kind a thing is, as compared: its period ("yearly" and "annual": "year"), else
    its dictionary form."""
    periods = kinds_in(word, "periods")
    return next(iter(periods), "") or terms.lemma(word, "en")


def _other_head(question: str, text: str) -> str:
    """The last part of a German hyphenated compound of the question („Kreditkarte" of „Ersatz-Kreditkarte") whose
    first part is a common noun, where ``text`` joins that to another („Ersatz-girocard") and never names the last
    part; else ""."""
    for m in re.finditer(r"\b([A-ZÄÖÜ][\wäöüß]+)-([\wäöüß]{4,})\b", question):
        first, last = m.group(1), m.group(2)
        if not tagger.known_noun(first, "de"):
            continue  # „Excel-Einführungskurs" and „Excel-Grundlagen": two names of one course, maybe
        others = [o for o in re.findall(rf"\b{re.escape(first)}-([\wäöüß]{{3,}})", text) if o.lower() != last.lower()]
        if others and last.lower()[:SHARED_PREFIX] not in text.lower():
            return last
    return ""


# words before a noun that say nothing of which of its kind it is ("the new ticket", "an additional night")
GENERIC_MODIFIERS = frozenset(
    {"new", "old", "current", "additional", "extra", "total", "average", "full", "standard", "normal", "usual",
     "typical", "big", "small", "large", "first", "last", "next", "same", "other", "each", "every", "this", "that",
     "the", "a", "an", "its", "their", "our", "your", "his", "her", "my", "per", "one", "more", "less", "further"}
)  # fmt: skip


def _modifiers_of(tokens: Sequence[tagger.Token], at: int, after: bool = True) -> list[str]:
    """The lower-case words of an English question that say which of its kind the noun at ``at`` is: one or two
    nouns or adjectives right before it ("monthly season ticket"), and a noun after "for a" right after it ("card
    for a campervan")."""
    found: list[str] = []
    for j in (at - 1, at - 2):
        if j < 0 or tokens[j].kind not in ("noun", "adjective") or not tokens[j].text.islower():
            break
        if tokens[j].text not in GENERIC_MODIFIERS:
            found.append(tokens[j].text)
    rest = list(tokens[at + 1 : at + 5])
    if after and len(rest) >= 2 and rest[0].text.lower() == "for":
        tail = rest[2:] if rest[1].text.lower() in ("a", "an", "the") else rest[1:]
        tail = tail[1:] if tail and tail[0].kind == "adjective" and len(tail) > 1 else tail
        if tail and tail[0].kind == "noun" and tail[0].text.islower():
            found.append(tail[0].text)
    return found


def _stated_modifiers(noun: str, tokens: Sequence[tagger.Token]) -> list[set[str]]:
    """For each time a text's ``tokens`` name ``noun`` (or its plural) after words that say which of its kind it is,
    those words (``_modifiers_of``): {"car"} and {"foot", "passenger"} of "the car card … the foot passenger card"."""
    forms = {noun, noun + "s", noun + "es"}
    found = [set(_modifiers_of(tokens, i, after=False)) for i in range(len(tokens)) if tokens[i].text in forms]
    return [f for f in found if f]


def _unnamed(question: Profile, pieces: Sequence[Scored]) -> bool:
    """Whether the evidence mentions what a "welcher … / which …" question asks for only as some one of its kind
    („kooperiert mit einem Autohersteller“), or only in the question's own words („am belgischen Flughafen“ for
    „An welchem belgischen Flughafen …?“): an indefinite article, or a definite one with no modifier the question
    lacks, before the noun and no name or figure after it ("a penalty of £25,000" says which). Then the articles
    don't say which. Across languages the mention is found by the question's modifier ("Belgian airport":
    „am belgischen Flughafen“)."""
    wanted = terms.term_set(question.category, question.language)
    given = _modifiers(question)
    mentions = []
    for s in pieces:
        text = s.sentence.text
        same = guess(text) == question.language
        for m in WORD.finditer(text):
            word = m.group(0)
            before = text[: m.start()]
            definite = DEFINITE.search(before)
            if same:
                if not _headed(word, wanted, question.language):
                    continue
            elif not (_cognate(word, question.category) or _modified(definite, given, word, guess(text))):
                continue
            after = text[m.end() : m.end() + 40]
            following = [t for t in tagger.tokens(after, guess(text))[:3] if t.kind != "punct"]
            named = (
                bool(NAMED_AFTER.match(after) or SIZED_AFTER.match(after) or QUOTED_AFTER.match(after))
                or any(t.kind == "name" for t in following[:2])
                or _apposed_name(text[m.end() : m.end() + 80], guess(text))
            )
            some = bool(INDEFINITE.search(before))
            told = definite is not None and _said(definite.group(1), given | _words(question.text), crossed=not same)
            mentions.append((some or told) and not named)
    return bool(mentions) and all(mentions)


# a definite article and up to two words before a noun: „am belgischen Flughafen“, "the Belgian airport"
DEFINITE = re.compile(r"\b(?:der|die|das|dem|den|des|am|im|beim|vom|zum|zur|the)\s+((?:[\w-]+\s+){0,2})$", re.I)


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def _modifiers(question: Profile) -> set[str]:
    """The words the question sets before the noun it asks about ("Which Belgian airport": "belgian")."""
    m = re.search(rf"((?:[\w-]+\s+){{1,2}}){re.escape(question.category)}\b", question.text)
    if m is None:
        return set()
    return {w.lower() for w in WORD.findall(m.group(1)) if w.lower() not in ASKING_WORDS}


# the words that ask, and the prepositions before them: "At which", „An welchem“ — no modifier of the noun asked for
ASKING_WORDS = frozenset({"which", "what", "welche", "welcher", "welches", "welchem", "welchen", "an", "in", "at"})


def _said(modifiers: str, given: set[str], crossed: bool) -> bool:
    """Whether every word of ``modifiers`` is one of the ``given`` words, inflected („belgischen“ for
    „belgische“) or, across languages, its cognate („belgischen“ for "Belgian")."""
    return all(any(_inflected(w.lower(), g, crossed) for g in given) for w in WORD.findall(modifiers))


def _inflected(a: str, b: str, crossed: bool) -> bool:
    """Whether two words differ only by an ending (within a language) or share their first five letters (across)."""
    if crossed:  # „dänischen“ and "danish"
        a, b = plain(a), plain(b)
        return len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a == b or shared >= max(4, min(len(a), len(b)) - 2)


def _modified(definite: re.Match[str] | None, given: set[str], word: str, language: str) -> bool:
    """Whether ``word``, in a text of another language than the question, is a noun after a definite article and
    the question's own modifiers (non-empty): „am belgischen Flughafen“ for "Which Belgian airport …"."""
    if definite is None or not given or not definite.group(1).strip() or not _said(definite.group(1), given, True):
        return False
    return tagger.known_noun(word, "de") if language == "de" else word.islower()


# a name set after the noun's phrase by a comma: „eine zusätzliche Ärztin in Weiterbildung, Frau Mira Szymanek"
APPOSED = re.compile(r"^[^,.;:]{0,40},\s*(?:(?:Frau|Herrn?|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?)\s+)*(?=[A-ZÄÖÜ])")


def _apposed_name(after: str, language: str) -> bool:
    """Whether ``after`` (the words after a noun) sets a person's or firm's name beside the noun's phrase."""
    m = APPOSED.match(after)
    if m is None:
        return False
    tokens = tagger.tokens(after[m.end() :], "en" if language == "en" else "de")
    # a name of two words ("Mira Szymanek"), or of one set off by a comma ("…, Daimler, …")
    return len(tokens) >= 2 and tokens[0].kind == "name" and tokens[1].kind in ("name", "punct")


QUOTED_AFTER = re.compile(r"\s*[„“”\"«»‚‘']")  # a name in quotation marks: die erste große Hürde „Problem-Solution-Fit“
NAMED_AFTER = re.compile(r"\s*,?\s*(?:namens|genannt|called|named)\b")
# a figure says which one: "a penalty of £25,000", „eine Strafe in Höhe von 5.000 Euro“
SIZED_AFTER = re.compile(r"\s*(?:of|von|in höhe von|über|worth|amounting to)?\s*(?:[€£$]\s?)?\d", re.I)


# a sentence about a part of what was counted before: „Allein in den Krausenhöfen …“, "At the Leeds site alone …"
ALONE_IN = re.compile(
    r"\b(?i:allein|alleine|nur|only|just)\s+(?i:in|im|an|am|bei|beim|at)\s+(?:(?:den|der|dem|des|the)\s+)?[A-ZÄÖÜ]|"
    r"\b(?:in|at)\s+(?:the\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[\w-]+){0,2}\s+alone\b"
)
ONE_PLACE = re.compile(r"\b(?:allein|nur|only|just)\s+in\s+([A-ZÄÖÜ][\w-]+)|\bin\s+([A-ZÄÖÜ][\w-]+)\s+alone\b")
PLACES = re.compile(
    r"\b(?:in|im|across)\s+[A-ZÄÖÜ][\w-]+(?:,\s*[A-ZÄÖÜ][\w-]+)*,?\s+(?:und|and|sowie|or|oder)\s+[A-ZÄÖÜ][\w-]+"
)


# a question for a whole ("the total revenue", „im gesamten Jahr“) and a figure the text gives for a part alone
ASKED_WHOLE = re.compile(
    r"\b(?:insgesamt|gesamte[nmrs]?|gesamtjahr\w*|ganze[nmrs]? jahr\w*|total|in total|overall|altogether|"
    r"(?:the )?(?:full|whole|entire) year)\b",
    re.IGNORECASE,
)
PART_ALONE = re.compile(r"\b(?:allein|alleine|alone|solely on|just on|only on)\b", re.IGNORECASE)


def _one_of_several(question: str, text: str) -> bool:
    """Whether the question asks for one place alone ("allein in Sheffield", "in Leeds alone") and the text gives
    its figure for a list of places that holds it ("in Leeds, Sheffield and Bradford")."""
    m = ONE_PLACE.search(question)
    if not m:
        return False
    place = m.group(1) or m.group(2)
    return any(re.search(rf"\b{re.escape(place)}\b", p.group(0)) for p in PLACES.finditer(text))


# where a figure holds: „in Deutschland", "across Germany", "throughout the whole of Wales" in a question …
ASKED_PLACE = re.compile(
    r"\b(?:in|im|across|throughout|within)\s+(?:ganz\s+|all\s+of\s+|the\s+whole\s+of\s+)?([A-ZÄÖÜ][\w-]+)\b"
)
# … and in a text, a region's noun marking a place within a larger one („im Großraum Berlin", "in Greater Leeds")
SAID_PLACE = re.compile(
    r"\b(?:in|im|across|at)\s+(?:(?:der|dem|den|the)\s+)?"
    r"(?P<region>(?:Großraum|Raum|Region|Stadt|Landkreis|Kreis|Bezirk|Greater|greater|area of|region of|city of)\s+)?"
    r"(?P<place>[A-ZÄÖÜ][\w-]+)\b"
)


def _other_place(question: Profile, text: str, names: set[str], language: str) -> bool:
    """Whether the question asks a figure for a place that ``text`` doesn't name, giving its figure for another
    place: "How many … across Germany?" – „im Großraum Berlin über 2.000". Across languages, where a place may be
    named otherwise („Deutschland"), only a place marked as a region within another („im Großraum Berlin")."""
    crossed = bool(language) and language != question.language
    asked = [m.group(1) for m in ASKED_PLACE.finditer(question.text) if m.group(1) in question.required]
    if not asked:
        return False
    for place in asked:
        if _covered(place, text, language, crossed):
            continue
        for m in SAID_PLACE.finditer(text):
            other = m.group("place")
            if other in names and other != place and (m.group("region") or not crossed):
                return True
    return False


def _per_unit(text: str) -> bool:
    return any(re.search(lx.extra["per_unit"], text, re.IGNORECASE) for lx in lexicons())


# the word right before a place: where something is, comes from or goes to
WHERE_IN = re.compile(r"\b(?:in|im|nach|aus|from|near|to)\s+$", re.IGNORECASE)


def _other_period(question: str, text: str) -> bool:
    """Whether the question asks for a figure per one period ("im Monat", "a year") and ``text`` states figures for
    another period only ("216 Euro im Jahr" for a monthly fee). A text that names no period may answer."""
    asked = set(kinds_in(question, "periods"))
    if len(asked) != 1:
        return False
    stated = set(kinds_in(text, "periods"))
    return bool(stated) and not stated & asked


# what a figure is compared with: „mehr als im Herbst", "than last winter", "up from 19 the winter before"
COMPARED = re.compile(
    r"\b(?:als|than|compared (?:with|to)|up from|down from|gegenüber|verglichen mit|im vergleich zu[rm]?)\s+"
    r"(?:[\w.,]+\s+){0,3}[\w.,]+",
    re.IGNORECASE,
)


def seasons_asked(question: Profile) -> dict[str, str]:
    """The seasons a question for a figure names ("summer": „im vergangenen Sommer"): its article must name them."""
    return kinds_in(question.text, "season_words") if question.kind in FIGURES else {}


def _other_days(question: str, text: str) -> bool:
    """Whether the question asks for a figure on some days (school days, the weekend, the holidays) or in a season
    („im vergangenen Sommer") and ``text`` states its figures for other days or seasons only ("last winter")."""
    for key in ("day_windows", "season_words"):
        asked = set(kinds_in(question, key))
        # (a season it compares with is not its figure's: „214 Kurse, 18 mehr als im Herbst")
        stated = set(kinds_in(COMPARED.sub(" ", text) if key == "season_words" else text, key))
        if asked and stated and not asked & stated:
            return True
    return False


def _total(text: str) -> bool:
    return any(re.search(lx.extra["total"], text, re.IGNORECASE) for lx in lexicons())


def _enumerates(text: str, count: int, kind: str | None = None) -> bool:
    """Whether ``text`` lists at least ``count`` things: parts joined by commas and "und" / "and" / "sowie"; for
    dates, that many dates („in zwei Raten am 1. Juli und am 1. Oktober" for „zu welchen Terminen … die zwei
    Teilzahlungen", not „September bis Oktober")."""
    if kind == "date":
        return sum(a.kind == "date" for a in numbers.amounts(text)) >= count
    return len(ENUMERATION.findall(text)) + 1 >= count


ENUMERATION = re.compile(  # a comma that opens no clause, or a joining word
    r",\s+(?!(?:die|der|das|dass|wenn|weil|was|wie|which|who|that|when|because)\b)|\s(?:und|and|sowie|or|oder)\s"
)


def _names_term(text: str) -> bool:
    """Whether ``text`` names something by a term: "das sogenannte Informationsparadox", "(wie Amazon seine
    Mitarbeiter gerne nennt)", "so-called", a term in quotation marks."""
    return any(re.search(str(lx.extra["names_term"]), text, re.IGNORECASE) for lx in lexicons())


def _spelt_out(name: str, text: str) -> bool:
    """Whether ``text`` spells out the abbreviation ``name``: "Künstliche Intelligenz" for "KI", "European
    Union" for "EU" (words that start with its letters, capitalised or of five letters or more)."""
    if not (name.isupper() and 2 <= len(name) <= 5 and name.isalpha()):
        return False
    found = WORD.findall(text)
    for i in range(len(found) - len(name) + 1):
        run = found[i : i + len(name)]
        if "".join(w[0] for w in run).upper() == name and all(w[0].isupper() or len(w) >= 5 for w in run):
            return True
    return False


def _cognate_in(name: str, text: str) -> bool:
    """Whether ``text`` (in another language than the question) holds a form of ``name`` ("European" for
    "Europa"), or the place its people are named after ("Chinese" for "China")."""
    if any(_cognate(word, name) for word in WORD.findall(text)):
        return True
    people = DEMONYM.match(name) if name[:1].isupper() else None  # "Chinese" → "Chin(a)"
    return people is not None and re.search(rf"\b{re.escape(people.group(1))}", text) is not None


def _month(text: str) -> bool:
    months = [m for lang in ("de", "en") for m in list(lexicon(lang).months)[:12]]
    # (capitalised in both languages: "may only take place" names no May)
    return bool(re.search(r"\b(?=(?-i:[A-ZÄÖÜ]))(" + "|".join(months) + r")\b", text, re.IGNORECASE))


def stretch(best: Scored, ranked: Sequence[Scored], question: Profile, sources: Sequence[Scored] = ()) -> list[Scored]:
    """The contiguous sentences of ``best``'s paragraph and passage to quote with it, in reading order.
    ``sources`` are the attribution sentences of the passages: one that follows the stretch and states the
    asked type ("(1998 Bezos’ Letter to Shareowners)" for "which year's letter …") is quoted with it."""
    # the line that leads into a list goes on in the list's items: „Auf Antrag ist Steuerbefreiung zu gewähren für“
    opens = best.sentence.text.strip()
    same = sorted(
        (
            s
            for s in ranked
            if s.passage == best.passage and (s.sentence.para == best.sentence.para or s.intro == opens)
        ),
        key=lambda s: s.sentence.start,
    )
    at = next(i for i, s in enumerate(same) if s.sentence == best.sentence)
    lo = hi = at
    back = _points_back(question.language)
    if at > 0 and back.match(best.sentence.text) and _adjacent(same[at - 1], same[at]):
        lo = at - 1
    # a question for a term, where the sentence before names it ("Es geht hier um die soziale Erwünschtheit.
    # Befragte antworten so, …")
    term_before = at > 0 and question.term and _names_term(same[at - 1].sentence.text)
    if term_before and not _names_term(best.sentence.text) and _adjacent(same[at - 1], same[at]):
        lo = at - 1
    while hi - lo + 1 < STRETCH and hi + 1 < len(same) and _adjacent(same[hi], same[hi + 1]):
        nxt = same[hi + 1]
        wanted = not any(s.own_type for s in same[lo : hi + 1]) and nxt.own_type
        close = nxt.score >= best.score - STRETCH_MARGIN
        spoken = _language(nxt, question)
        refers = (
            bool(back.match(nxt.sentence.text))
            or tagger.refers_back(nxt.sentence.text, spoken)
            # „Die Ordnungswidrigkeit kann …“ after „Ordnungswidrig handelt, wer …“ (for an open question: a figure
            # asked for is in the best sentence, which needs nothing after it)
            or (not question.kind and tagger.takes_up(nxt.sentence.text, same[hi].sentence.text, spoken))
        )
        follows = refers or question.why or question.premise or same[hi].sentence.text.rstrip().endswith(":")
        answer = best.linked and not question.kind  # the user asked the interviewer's question: quote the answer
        # a reason goes on while its sentences refer back ("… andere Antworten. Wir kennen dieses Phänomen …
        # Es geht hier um die soziale Erwünschtheit."), and so does what leads to the term asked for
        unnamed = question.term and not any(_names_term(s.sentence.text) for s in same[lo : hi + 1])
        term = unnamed and (refers or tagger.names_back(nxt.sentence.text, _language(nxt, question), within=3))
        # the next sentence names whom the question asks about, where the best one leaves them to the context
        # ("Hinzu kommen Stellenstreichungen." / "CEO Jassy betont, dass er den Konzern auf diese Weise …")
        named = hi == at and nxt.score >= best.score - NAMED_MARGIN and _names_more(nxt, best, question)
        listed = nxt.intro == opens
        if not (
            wanted or close or answer or (follows and hi == at) or (question.why and refers) or term or named or listed
        ):
            break
        hi += 1
    # a reason that runs on past the stretch ends where it is named: "… Wir kennen dieses Phänomen aus der
    # Marktforschung. Es geht hier um die soziale Erwünschtheit."
    if question.why and hi - lo + 1 == STRETCH and hi + 1 < len(same) and _adjacent(same[hi], same[hi + 1]):
        nxt = same[hi + 1]
        if bool(back.match(nxt.sentence.text)) or tagger.refers_back(nxt.sentence.text, _language(nxt, question)):
            hi += 1
    chosen = same[lo : hi + 1]
    if question.kind and not any(s.own_type for s in chosen):
        after = [s for s in sources if s.passage == best.passage and s.own_type and _adjacent(chosen[-1], s)]
        # … or that ends the quotation the stretch is part of: the quote runs on to it
        ends = [
            s
            for s in sources
            if s.passage == best.passage
            and s.own_type
            and s.sentence.para == best.sentence.para
            and all(x.sentence.end <= s.sentence.start for x in same)
            and _quotation_source([*(x.sentence for x in same), s.sentence], hi)
        ]
        chosen += (after or ends)[:1]
    return chosen


QUOTATION_OPENS = '“„"»«‘‚'  # marks a quotation paragraph opens with
QUOTATION_SPAN = 4  # sentences of a quotation before its source line that it dates and names


def _quotation_source(para: Sequence[Sentence], at: int) -> str:
    """The source line that ends the quotation paragraph ``para`` (its sentences in order), for its sentence ``at``
    within ``QUOTATION_SPAN`` sentences of it; "" for any other paragraph."""
    last = para[-1]
    if last.role != "attribution" or at >= len(para) - 1 or len(para) - 1 - at > QUOTATION_SPAN:
        return ""
    return last.text if para[0].text.lstrip()[:1] in QUOTATION_OPENS else ""


def _names_more(nxt: Scored, best: Scored, question: Profile) -> bool:
    """Whether ``nxt`` names a name the question requires that ``best`` itself doesn't."""
    return any(n in nxt.sentence.text and n not in best.sentence.text for n in question.required)


PARAGRAPH_GAP = 4  # characters between the end of one paragraph and the start of the next ("\n\n")


def follow_on(chosen: Sequence[Scored], ranked: Sequence[Scored], question: Profile) -> list[Scored]:
    """The sentence after the quote in the next paragraph or passage, when it sums up what the quote said
    ("… der Support lässt zu wünschen übrig." / "All das schmälert Umsätze … – nur nicht, wie ein König behandelt
    zu werden."): a demonstrative among its first words stands for it; or when it goes on with it („… erste
    Fingerübungen mit KI machen! Hierzu kann …“). Empty when there is none."""
    last = chosen[-1]
    after = [
        s
        for s in ranked
        if s.sentence.doc_id == last.sentence.doc_id
        and 0 <= s.sentence.start - last.sentence.end <= PARAGRAPH_GAP
        and (s.passage != last.passage or s.sentence.para != last.sentence.para)  # what ``stretch`` leaves
        and s not in chosen
    ]
    nxt = min(after, key=lambda s: s.sentence.start, default=None)
    if nxt is None or nxt.sentence.role != "body":
        return []
    language = _language(nxt, question)
    refers = tagger.refers_back(nxt.sentence.text, language, within=3) or tagger.continues(nxt.sentence.text, language)
    return [nxt] if refers else []


def _points_back(language: str) -> re.Pattern[str]:
    """A sentence start that refers to the sentence before ("Das …", "Hiermit …", "This …"), in either language
    (quotes are in the article's language, whatever the question's)."""
    words = [w for lang in ("de", "en") for w in lexicon(lang).extra.get("points_back", ())]
    joins = [w for lang in ("de", "en") for w in lexicon(lang).extra.get("joins", ())]
    starts = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(r"^(?:(?:" + "|".join(joins) + r")\s+)?(" + starts + r")\b", re.IGNORECASE)


def _language(scored: Scored, question: Profile) -> Lang:
    """The language ``scored``'s sentence is in: the question's, or the other one when it is crossed."""
    if not scored.crossed:
        return question.language
    return "en" if question.language == "de" else "de"


def sources(
    question: Profile, candidates: Sequence[tuple[Sentence, int, Sequence[float]]], names: set[str]
) -> list[Scored]:
    """The source lines among the candidates, each marked with whether it states the asked type."""
    return [
        Scored(s, p, 0.0, 0.0, True, frozenset(), _has_type(question, s.text, names))
        for s, p, _ in candidates
        if s.role == "attribution"
    ]


def covering(scored: Scored, question: Profile) -> bool:
    """Whether ``scored`` stands in the context of every name the question requires."""
    return all(n in scored.covers for n in question.required)


def _adjacent(a: Scored, b: Scored) -> bool:
    """Whether ``b`` follows ``a`` with nothing but white space between (both in one paragraph)."""
    return a.sentence.doc_id == b.sentence.doc_id and 0 <= b.sentence.start - a.sentence.end <= 2


@dataclass(frozen=True)
class Why:
    """Why a question is not answered: a key of ``bot.messages`` and its values, said in the answer's language."""

    key: str
    values: dict[str, str]


ABOUT_BEST = 2  # sentences of an article whose scores tell what it is about


def about(question: Profile, passages: Sequence[Passage], ranked: Sequence[Scored] = ()) -> str:
    """The article a question about an article itself (its author, date or title) is about: the one whose body
    says best what the question says of it, of the ``ranked`` evidence ("the headline of the piece that argues
    Amazon should treat its sellers as well as its customers": the article that argues it, not the one whose
    title is closest); without that, the first retrieved one whose passages name everything the question requires
    ("the Strategyzer consultant who wrote the post on customer obsession" is about the post that names
    Strategyzer, not a closer one on customer obsession)."""
    scores: dict[str, list[float]] = {}
    for s in ranked:
        if s.sentence.role == "body" and covering(s, question):
            scores.setdefault(s.sentence.doc_id, []).append(s.score)
    if scores:  # an article's best few sentences, not one that happens to be close
        return max(scores, key=lambda d: sum(sorted(scores[d], reverse=True)[:ABOUT_BEST]) / ABOUT_BEST)
    named: dict[str, str] = {}
    for p in passages:
        named[p.doc_id] = named.get(p.doc_id, "") + "\n" + p.text
    return next(
        (p.doc_id for p in passages if all(n in named[p.doc_id] for n in question.required)),
        passages[0].doc_id if passages else "",
    )


def answerable(question: Profile, ranked: Sequence[Scored], threshold: float, top: str = "") -> tuple[bool, Why | None]:
    """Whether the ranked evidence answers the question, and why not. ``top`` is the article a question about
    an article itself (its author, date or title) is about: its byline or title answers, or nothing does."""
    if question.unknown:
        return False, Why("unknown_names", {"names": ", ".join(question.unknown)})
    if question.meta:
        roles = META_ROLES[question.meta]
        if any(s.sentence.role in roles and s.fits and s.sentence.doc_id == top for s in ranked):
            return True, None
        return False, Why(f"no_{question.meta}", {})
    close = [s for s in ranked if s.fits and s.similarity >= threshold - (CROSS_SLACK if s.crossed else 0.0)]
    if not close and question.loose:  # "Wann geben Kunden ihre Daten heraus?" asks for a condition
        close = [s for s in ranked if s.similarity >= threshold + LOOSE_SLACK]
    strong = [
        s
        for s in ranked
        if s.own_type
        and question.kind
        and question.required
        and (
            all(n in s.sentence.text for n in question.required)
            # „Bei weltweit 1.200 Beschäftigten …" in the article that names the firm: a figure of what is counted
            or (question.counted and covering(s, question) and _counts_asked(question, s) == 1.0)
        )
        and s.similarity >= threshold - STRONG_SLACK
    ]
    # "What does Doll do for a living?": a post given to the person asked about, in the context of every name
    strong += [
        s
        for s in ranked
        if question.about_person
        and s.posted
        and covering(s, question)
        and s.similarity >= threshold - STRONG_SLACK - (CROSS_SLACK if s.crossed else 0.0)
        and s not in strong
    ]
    # "Who runs the Obersteinach register office?": a person given the asked post („Carola Wendemuth, Leiterin des
    # Standesamts"), in the context of every name
    strong += [
        s
        for s in ranked
        if question.kind == "person"
        and question.role
        and s.own_type
        and covering(s, question)
        and s.similarity >= threshold - STRONG_SLACK - (CROSS_SLACK if s.crossed else 0.0)
        and s not in strong
    ]
    if not close and not strong:
        best = next((s for s in ranked if s.fits), None)
        if best is None:
            return False, Why("no_type", {})
        return False, Why("too_far", {"score": f"{best.similarity:.3f}", "threshold": f"{threshold}"})
    # for a question with an answer type, one piece of evidence must fit and cover every name: "wie viele …
    # in Brieselang" is not answered by a number about another place, however close; an open question may
    # gather its names from several pieces ("… according to Herbrich and to Jassy")
    pieces = [*close, *strong]
    # "Wie viel Umsatz … am Singles Day 2017?" is not answered by an article that never names 2017: its figures
    # are of another year
    if question.years and not any(s.dated for s in pieces):
        return False, Why("no_year", {"year": ", ".join(str(y) for y in question.years)})
    # "Wie viele Fahrten fielen im vergangenen Sommer aus?" is not answered by an article that never names a summer
    if (seasons := seasons_asked(question)) and not any(s.dated for s in pieces):
        return False, Why("no_season", {"season": ", ".join(seasons.values())})
    pieces = [s for s in pieces if s.dated]
    # "die zweite Runde" is not answered by what the first round has: where the question numbers a part, the best
    # piece numbers another one of its kind, and no piece the asked one
    parts = [(noun, k) for noun, k in numbers.labels(question.text) if numbers.LABEL_NOUN.search(f"{noun} ")]
    if parts and pieces:
        best = max(pieces, key=lambda s: s.score)
        if numbers.other_part(best.sentence.text, parts) and not any(
            numbers.names_label(s.sentence.text, noun, k) for s in pieces for noun, k in parts
        ):
            return False, Why("other_part", {"part": " ".join(f"{noun} {k}" for noun, k in parts)})
    # "Wie viele Mitglieder … Ende 2022?" is not answered by figures dated to 2024 and the year before
    own = [s for s in pieces if s.own_type]
    # (the piece that answers, the best typed one: a figure of the asked year elsewhere says nothing of it)
    if question.years and question.kind in FIGURES and own and max(own, key=lambda s: s.score).elsewhen:
        return False, Why("no_year", {"year": ", ".join(str(y) for y in question.years)})
    # "wie viele … vor sechs Jahren" is not answered by "mittlerweile über 2.000"
    typed = [s for s in pieces if s.own_type]
    if question.then and typed and all(present(s.sentence.text) and not past(s.sentence.text) for s in typed):
        return False, Why("other_time", {"time": question.then})
    # "How much did the trip cost the previous year?" is not answered by "the trip costs £185", which says no year
    # (the piece that answers, the best typed one: another sentence's year says nothing of its figure)
    if question.shift and typed and not max(typed, key=lambda s: s.score).shifted:
        return False, Why("other_time", {"time": shift_words(question.text)})
    # "How many kettles were made in batch BK-2408-B?" is answered only where that code is, not by batch BK-2408-A
    codes = numbers.CODE.findall(question.text)
    if codes and question.kind in FIGURES and typed and not any(c in s.sentence.text for s in typed for c in codes):
        return False, Why("no_cover", {"names": ", ".join(codes)})
    # "How many pull requests went into 5.1.0?" is not answered by the notes' thanks for "this release"
    versions = numbers.VERSION.findall(question.text)
    if versions and question.kind in FIGURES and typed:
        typed = [s for s in typed if s.versioned]
        if not any(covering(s, question) for s in typed):
            return False, Why("no_cover", {"names": ", ".join(versions)})
    # "How much does the Grundsteuer A bring in?" is not answered by the figure for the Grundsteuer B
    # … nor, where pieces name other lettered parts and none the asked one, by a piece that names none („Minis“ in
    # a table of the C-, D- and E-Jugend, for the B-Jugend)
    labels = numbers.letter_labels(question.text) if question.kind in FIGURES else []
    if (
        typed
        and labels
        and (
            max(typed, key=lambda s: s.score).other_letter
            or (
                any(s.other_letter for s in typed)
                and not any(numbers.letter_labelled(s.sentence.text, labels) for s in typed)
            )
        )
    ):
        return False, Why("no_cover", {"names": ", ".join(f"{a} {b}" for a, b in labels)})
    # "What does a child pay …?" is not answered by the prices for members and non-members: where the best typed piece
    # names for whom its figures hold, the asked group must be among them
    if typed and max(typed, key=lambda s: s.score).for_audience < 0:
        return False, Why("other_audience", {"noun": ", ".join(audience_words(question.text)) or _noun_for(question)})
    # "… für einen Vierpersonenhaushalt?" is not answered by the figures for one- and three-person households
    if (
        question.kind in FIGURES
        and typed
        and not any(numbers.same_size(question.text, s.sentence.text) for s in typed)
        and any(numbers.other_size(question.text, s.sentence.text) for s in typed)
    ):
        return False, Why("other_audience", {"noun": ", ".join(sorted(numbers.sized_words(question.text)))})
    # "How many parking spaces …" is not answered by "for 120 guests": where the best fitting piece is in the
    # question's own language, one such piece must count or name what the question counts (across languages the
    # counted noun is worded otherwise, and the check would be blind)
    if _uncounted(question, typed, pieces):
        return False, Why("uncounted", {"noun": question.counted})
    # "What do islanders pay for a ten-journey card for a campervan?" is not answered by the car card's and the foot
    # passenger card's prices: the best typed piece, in the question's language, names others of the asked thing's
    # kind and not the asked one
    if question.kind in FIGURES and typed:
        best = max(typed, key=lambda s: s.score)
        other = "" if best.crossed else other_kind(question, best.sentence.text)
        if other:
            return False, Why("other_audience", {"noun": other})
    # of the pieces about what the question names: „eine Charge aus dem Mai“ of another article's glass bottles
    # says nothing of which batch of the named granola was added
    if question.category and _unnamed(question, [s for s in pieces if covering(s, question)]):
        return False, Why("unnamed", {"noun": question.category})
    if any(covering(s, question) for s in pieces):
        return True, None
    if not question.kind and all(any(n in s.covers for s in pieces) for n in question.required):
        return True, None
    best = max((*close, *strong), key=lambda s: len(s.covers))
    missing = [n for n in question.required if n not in best.covers]
    return False, Why("no_cover", {"names": ", ".join(missing)})
