"""Questions over made-up articles of shapes where the evidence does not repeat what the question names: a
person's answers in an interview in the other language, a quarter the question gives as months, figures said
aloud in a transcript. Each runs through a real store, the real embedder and the real answer path."""

from __future__ import annotations

import pytest
from conftest import made_up_bot

from bot.answer import Bot
from bot.question import profile

ARTICLES = {
    "interview.md": """---
title: "Interview mit Jana Oberholz"
language: "de"
---
Interview mit Jana Oberholz

Jana Oberholz forscht an der Hochschule Lindau über das Einkaufsverhalten im Netz. Wir haben mit ihr über
Rabatte und Treue gesprochen.

Frau Oberholz, warum kaufen Kunden bei Händlern, die sie eigentlich nicht mögen?

Das nennen wir die Bequemlichkeitsfalle. Wer einmal ein Konto angelegt und seine Adresse hinterlegt hat,
bestellt wieder dort, auch wenn ihn der Service ärgert. Der Aufwand eines Wechsels wiegt schwerer als der
Ärger.

Was können kleine Händler dagegen tun?

Sie müssen den ersten Einkauf so leicht machen wie den zweiten. Ein Gastkonto ohne Passwort hilft mehr als
jeder Gutschein.

Und wie wichtig sind Treueprogramme?

Weniger, als die Händler glauben. In unseren Befragungen nennt kaum jemand Punkte oder Prämien als Grund für
den nächsten Kauf.
""",
    "loyalty.md": """---
title: "Why shoppers stay with stores they dislike"
language: "en"
---
Why shoppers stay with stores they dislike

Many online shoppers keep buying from stores they say they dislike. Surveys of customers show the same
pattern in every country: people complain about service and still come back.

Retail consultants call this customer inertia. Saved payment details and stored addresses make the next order
easy, and the effort of switching feels larger than the annoyance.

Loyalty schemes are often credited for repeat purchases, but shoppers rarely name them as a reason.
""",
    "results.md": """---
title: "Corvel Lighting raises its outlook after a strong quarter"
language: "en"
---
Corvel Lighting raises its outlook after a strong quarter

BRAMFORD, 24 July 2025 — Corvel Lighting, the maker of reading lamps, today reported its results for the second
quarter.

Revenue rose 11% to £84.2 million. Sales of the cordless Luma range, launched in the spring, exceeded 52,000
units in the quarter, more than any lamp the company has sold before.

In March, Corvel had expected revenue growth of 4% to 6% for the year. It now expects 8% to 10%.
""",
    "podcast.md": """---
title: "The Fenmere orchard: a radio conversation"
language: "en"
---
The Fenmere orchard: a radio conversation

Transcript of the episode first broadcast on 2 May 2025.

HOST: Five years ago volunteers planted a community orchard on the old allotments in Fenmere. How has it
grown?

GROWER: We started with a dozen saplings from a nursery in Kent. At the last count, in March, there were
forty-two trees.

HOST: And who paid for the saplings?

GROWER: The parish council did. The saplings and the stakes together came to three thousand four hundred
pounds.
""",
    # an author named once, in the byline; another article's words start with the name („Kornfelder")
    "column.md": """---
title: "Warum ich jeden Gast zweimal begrüße"
author: "Jonas Korn"
language: "de"
---
Warum ich jeden Gast zweimal begrüße

Von Jonas Korn

Seit elf Jahren stehe ich in meiner Arbeit als Gastwirt jeden Abend an der Tür. Wer zum zweiten Mal kommt,
wird mit Namen begrüßt, und das merken sich die Leute länger als jede Rabattkarte.
""",
    "fields.md": """---
title: "Die Kornfelder am Stadtrand werden kleiner"
language: "de"
---
Die Kornfelder am Stadtrand werden kleiner

Die Kornfelder zwischen Bahnlinie und Umgehungsstraße sollen bis 2030 zur Hälfte einem Gewerbegebiet weichen.
Landwirte berichten, dass die Pachtpreise seit fünf Jahren steigen.
""",
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("named"), ARTICLES)


def test_an_interviewee_named_in_the_question_is_searched_in_the_articles_that_name_them(bot: Bot) -> None:
    # the English article resembles the English question more; the German interview's answer holds the term
    question = "What does Oberholz call it when customers keep buying from shops they dislike?"
    answer = bot.answer(question, "en", mode="extractive")
    assert not answer.refused, answer.notes
    assert answer.citations[0].passage.doc_id == "interview"
    assert "Bequemlichkeitsfalle" in answer.text


def test_the_articles_that_name_the_asked_person_are_searched_first(bot: Bot) -> None:
    question = "What does Oberholz call it when customers keep buying from shops they dislike?"
    found = bot.retriever.search(question, "en", k=2, names=("Oberholz",))
    assert found.passages[0].doc_id == "interview"


def test_the_articles_a_name_narrows_the_search_to(bot: Bot) -> None:
    assert bot.retriever.naming(["Oberholz"]) == ["interview"]
    assert bot.retriever.naming(["Oberholz", "Corvel"]) == []  # no article names both
    assert bot.retriever.naming([]) == []
    assert bot.retriever.naming(["Lindau"]) == []  # named once, in passing: the article is not about it
    # its author names themselves once, in the byline; "Korn" is not the start of „Kornfelder"
    assert bot.retriever.naming(["Korn"]) == ["column"]


@pytest.mark.parametrize(
    ("question", "language"),
    [("Was macht Jonas Korn beruflich?", "de"), ("What does Jonas Korn do for a living?", "en")],
)
def test_what_an_author_does_is_found_in_their_own_article(bot: Bot, question: str, language: str) -> None:
    answer = bot.answer(question, language, mode="extractive")  # type: ignore[arg-type]
    assert not answer.refused, answer.notes
    assert answer.citations[0].passage.doc_id == "column" and "Gastwirt" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "language", "required"),
    [
        ("How many lamps did Corvel sell between April and June?", "en", ("Corvel",)),
        ("Wie viele Lampen verkaufte Corvel von April bis Juni?", "de", ("Corvel",)),
        ("Wie viele Lampen verkaufte Corvel zwischen Juli und September?", "de", ("Corvel",)),
        # a single month dates what is asked: the evidence must name it
        ("How much did Corvel invest in September?", "en", ("Corvel", "September")),
    ],
)
def test_a_span_of_months_is_no_name_the_evidence_must_repeat(
    question: str, language: str, required: tuple[str, ...]
) -> None:
    assert profile(question, set(), lambda word: True, language).required == required  # type: ignore[arg-type]


def test_a_quarter_asked_as_months_is_answered_where_the_article_says_the_quarter(bot: Bot) -> None:
    answer = bot.answer("How many Luma lamps did Corvel sell between April and June?", "en", mode="extractive")
    assert not answer.refused, answer.notes
    assert "52,000" in answer.text


def test_a_figure_said_aloud_in_a_transcript_answers(bot: Bot) -> None:
    answer = bot.answer("How many trees does the Fenmere orchard have now?", "en", mode="extractive")
    assert not answer.refused, answer.notes
    assert "forty-two" in answer.text and answer.lead.startswith("42"), answer.lead
    money = bot.answer("How much did the saplings for the Fenmere orchard cost?", "en", mode="extractive")
    assert not money.refused, money.notes
    assert "three thousand four hundred" in money.text


def test_a_word_the_index_lacks_finds_the_german_compounds_it_begins_or_ends(bot: Bot) -> None:
    # "Bequemlichkeit" stands in the articles only inside „Bequemlichkeitsfalle“
    assert any(term.startswith("bequemlichkeit") for term in bot.retriever.compounds("the Bequemlichkeit trap"))
    found = bot.retriever.keyword("What is the Bequemlichkeit trap?", 3)
    assert found and found[0].doc_id == "interview"
    assert bot.retriever.compounds("the Oberholz trap") == []  # a word the index has is not widened


def test_the_rerank_adds_what_the_passage_s_article_is_about() -> None:
    """Of two passages whose best sentences are about as good evidence, the one of the article closer to the question
    as a whole goes first: the prior the search gives each passage (its article's closeness) is added."""
    import numpy as np

    from bot.records import Passage, Sentence
    from bot.retrieve import Retriever

    a = Passage("a", "review-a", "A", "The middle part repeats itself.", 0, 31)
    b = Passage("b", "review-b", "B", "The middle part drags on.", 0, 25)
    sentences = [(Sentence("review-a", 0, 31, a.text), [1.0]), (Sentence("review-b", 0, 25, b.text), [1.0])]

    def judge(candidates, vector):  # the first passage's sentence is a little better evidence
        return [(i, 0.90 if s.doc_id == "review-a" else 0.88) for i, (s, _, _) in enumerate(candidates)]

    vector = np.ones(1, dtype=np.float32)
    assert [p.id for p in Retriever.rerank_by([a, b], sentences, vector, judge)] == ["a", "b"]
    ranked = Retriever.rerank_by([a, b], sentences, vector, judge, {"a": 0.0, "b": 0.06})
    assert [p.id for p in ranked] == ["b", "a"]


@pytest.mark.parametrize(
    ("question", "language", "required"),
    [
        # what the asked thing is compared with: the answer need not name it
        ("Welche Kennzahl aus Dänemark ist Holm lieber als das in Norwegen übliche Maß?", "de", ("Dänemark", "Holm")),
        ("Which depot in Corvel handles more parcels than the one in Lindau?", "en", ("Corvel",)),
        ("Ist die Miete in Corvel teurer als in Lindau?", "de", ("Corvel",)),
        # a compared quantity is no standard: the place after it is the question's own
        ("Beschäftigt Corvel mehr als 2.000 Menschen in Lindau?", "de", ("Corvel", "Lindau")),
        ("Does Corvel employ more than 500 people in Lindau?", "en", ("Corvel", "Lindau")),
        # „als" of a role compares nothing
        ("Wer folgte Holm als Chef von Corvel?", "de", ("Holm", "Corvel")),
        # where the standard holds every name, the names stay required
        ("Wo arbeiten mehr Menschen als in Lindau?", "de", ("Lindau",)),
    ],
)
def test_a_name_of_what_is_compared_with_is_no_name_the_evidence_must_repeat(
    question: str, language: str, required: tuple[str, ...]
) -> None:
    assert profile(question, set(), lambda word: True, language).required == required  # type: ignore[arg-type]


def test_the_passages_closest_by_meaning_are_judged_whatever_the_fusion_ranks_them(bot: Bot) -> None:
    """A passage in the other language than the question's gets no BM25 votes for the question's words, so the fusion
    may rank it below the rerank's pool; the dense ranking's first passages are judged all the same."""
    from bot.retrieve import DENSE_JUDGED, Retriever

    question = "Why do shoppers keep buying from retailers they dislike?"
    narrow = Retriever(bot.store, bot.embedder, bot.settings.model_copy(update={"rerank_pool": 1}))
    nearest = {p.id for p in narrow.dense(bot.embedder.get_query_embedding(question), DENSE_JUDGED)}
    judged: set[str] = set()
    original = Retriever.rerank_by

    def spy(pool, sentences, vector, judge, prior=None):  # type: ignore[no-untyped-def]
        judged.update(p.id for p in pool)
        return original(pool, sentences, vector, judge, prior)

    narrow.rerank_by = spy  # type: ignore[method-assign]
    narrow.search(question, "en", judge=lambda candidates, vector: [(i, 0.0) for _, i, _ in candidates])
    assert nearest and nearest <= judged


TOPIC_ARTICLES = {
    "kultur.md": """---
title: "Ein Konzern sucht seine Kultur"
language: "de"
---
Ein Konzern sucht seine Kultur

Nordlicht will der beste Arbeitgeber der Branche werden. Das steht in den Leitlinien, die der Vorstand im Frühjahr
vorgestellt hat.

Die Leitlinien versprechen mehr Mitsprache. In der Praxis merken die Teams davon wenig, berichten Beschäftigte.
Wer Kritik äußert, hört oft, man müsse Geduld haben. Die Umstellung brauche Zeit, heißt es aus der Zentrale.

Auch die Arbeitszeiten sind ein Thema. Die Regeln für das Arbeiten von zu Hause wurden im Herbst wieder enger
gefasst, und Reisen auf eigene Kosten sind nicht mehr vorgesehen. Viele Teams sehen darin einen Rückschritt.

Die Gewerkschaft fordert seit Monaten einen Tarifvertrag. Der Vorstand lehnt Gespräche darüber bisher ab und
verweist auf die eigenen Leitlinien, die gute Arbeit ohnehin sicherten.

Bei weltweit 12.000 Beschäftigten ist eine gemeinsame Kultur keine leichte Aufgabe. Sie muss im Alltag gelebt
werden, nicht nur auf Plakaten.

Vor drei Jahren hat Nordlicht die Marke Polarstern übernommen. Polarstern verkauft Schlafsäcke und Zelte über den
eigenen Laden im Netz, und die Händler dort klagen über lange Wartezeiten beim Support.
""",
    "standort.md": """---
title: "Nordlicht baut in Kiel aus"
language: "de"
---
Nordlicht baut in Kiel aus

Nordlicht beschäftigt in Kiel inzwischen 800 Menschen. Im nächsten Jahr sollen 150 weitere Stellen dazukommen,
vor allem in der Logistik.
""",
}


def test_a_name_that_tells_the_article_is_covered_by_the_article(tmp_path) -> None:
    # „laut dem Beitrag über die Marke Polarstern" says which article; the sentence with the figure needn't name it
    bot = made_up_bot(tmp_path, TOPIC_ARTICLES)
    question = "Wie viele Menschen beschäftigt Nordlicht weltweit laut dem Beitrag über die Marke Polarstern?"
    assert profile(question, set(), lambda word: True, "de").titled == ("Polarstern",)
    told = bot.answer(question, "de", mode="extractive")
    assert not told.refused, told.text
    assert "12.000" in told.text.splitlines()[0]


COLUMN = {
    "kolumne.md": """---
title: "Warum Gäste wiederkommen"
author: "Mira Holt"
language: "de"
---
Warum Gäste wiederkommen

Geschrieben von Mira Holt | 03.02.2024

Gäste kommen wieder, wenn sie sich gesehen fühlen. Das gilt für Hotels ebenso wie für Reisebüros und Campingplätze.

Für mich und meine Arbeit als Reiseleiterin und Trainerin ist das der wichtigste Satz überhaupt. Ich habe ihn vor
zehn Jahren von einer Hotelchefin in Meran gehört.

Gäste kommen auch wegen der Preise, aber vor allem wegen der Menschen. Ein Hotel, das seine Gäste mit Namen
begrüßt, bekommt bessere Bewertungen, auch wenn das Zimmer kleiner ist.
""",
}


def test_a_sentence_that_gives_the_asked_person_a_post_answers_what_they_work_as(tmp_path) -> None:
    bot = made_up_bot(tmp_path, COLUMN)
    question = "Als was arbeitet Mira Holt, die Autorin der Kolumne über wiederkehrende Gäste?"
    told = bot.answer(question, "de", mode="extractive")
    assert not told.refused, told.text
    first_quote = told.text.splitlines()[1]
    assert "Reiseleiterin" in first_quote, told.text


BYLINED = {
    "vertrieb.md": """---
title: "Vertrieb ohne Vertreter"
author: "Tom Reed"
language: "de"
---
Vertrieb ohne Vertreter

Tom Reed
Head of Sales, Kallisto

Kallisto verkauft seine Zelte seit drei Jahren nur noch im eigenen Laden im Netz. Vertreter gibt es keine mehr, die
Händler bestellen direkt.
""",
}


def test_a_first_persons_post_describes_only_the_one_whose_text_it_is(tmp_path) -> None:
    # the column's „meine Arbeit als Reiseleiterin" is Mira Holt's post, not that of the person asked
    bot = made_up_bot(tmp_path, {**COLUMN, **BYLINED})
    told = bot.answer("What is Tom Reed's position at Kallisto?", "en", mode="extractive")
    assert not told.refused, told.text
    assert "Head of Sales" in told.text.splitlines()[1], told.text


@pytest.mark.parametrize(
    ("question", "language", "about_person"),
    [
        ("Welche Rolle hat Eva Roth bei Nordlicht?", "de", True),
        ("What role does Eva Roth have at Nordlicht?", "en", True),
        # the part a thing plays is no one's post
        ("Welche Rolle spielt Künstliche Intelligenz laut Eva Roth bei Nordlicht?", "de", False),
        ("What role does machine learning play at Nordlicht according to Eva Roth?", "en", False),
    ],
)
def test_the_part_a_thing_plays_is_no_ones_post(question: str, language: str, about_person: bool) -> None:
    assert profile(question, {"Eva", "Roth", "Nordlicht"}, lambda word: True, language).about_person is about_person  # type: ignore[arg-type]


HEADLINES = {
    "backstube.md": """---
title: "Der Bäcker ist König"
author: "Mara Lindqvist"
language: "de"
---
Der Bäcker ist König

Geschrieben von Mara Lindqvist | 03.02.2025

Die Bäckereikette Kornhaus wirbt mit dem Satz, ihre Kundschaft stehe an erster Stelle. Doch wer mit den Leuten in
der Backstube spricht, hört etwas anderes. Die Schichten beginnen um drei Uhr, und die Löhne liegen unter dem
Tarif. Kornhaus täte gut daran, seine Bäcker und Verkäuferinnen so gut zu behandeln wie seine Kunden. Zufriedene
Beschäftigte backen besseres Brot, und gutes Brot holt die Kundschaft von allein zurück.
""",
    "kundenkarte.md": """---
title: "Kunden zuerst: Wie Bäckereien ihre Kunden halten"
author: "Jonas Brettschneider"
language: "de"
---
Kunden zuerst: Wie Bäckereien ihre Kunden halten

Geschrieben von Jonas Brettschneider | 11.03.2025

Immer mehr Bäckereien setzen auf Kundenkarten. Wer zehn Brötchen kauft, bekommt das elfte geschenkt. Die Karten
sind beliebt, doch sie kosten die Betriebe Geld. Eine Umfrage unter 40 Bäckereien zeigt, dass die Karten vor
allem Stammkunden nutzen, die ohnehin wiederkommen.
""",
}


@pytest.fixture(scope="module")
def headline_bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("headlines"), HEADLINES)


@pytest.mark.parametrize(
    ("question", "title", "other"),
    [
        ("What is the headline of the piece arguing that a bakery should treat its bakers as well as its "
         "customers?", "Der Bäcker ist König", "Kunden zuerst"),
        ("Wie lautet die Überschrift des Beitrags über Kundenkarten in Bäckereien?", "Kunden zuerst",
         "Der Bäcker ist König"),
    ],
)  # fmt: skip
def test_a_headline_is_that_of_the_article_the_question_describes(
    headline_bot: Bot, question: str, title: str, other: str
) -> None:
    answer = headline_bot.answer(question, mode="extractive")
    assert not answer.refused, answer.text
    quoted = " ".join(c.quote for c in answer.citations)
    assert title in quoted and other not in quoted, answer.text


NOTICE = {
    "verein.md": """---
title: "Neues vom Kleintierverein Morsbach"
language: "de"
---
Neues vom Kleintierverein Morsbach

Der Kleintierverein Morsbach vermittelt Tiere aus seiner Pflegestelle. Für die Vermittlung erheben wir
Schutzgebühren, die einen Teil der Kosten decken.

## Schutzgebühren

| Tierart | Schutzgebühr | Hinweis |
|---|---|---|
| Kaninchen | 35 Euro | nur paarweise |
| Meerschweinchen | 30 Euro | nur paarweise |
| Katze | 110 Euro | geimpft und gechippt |
| Hund | 320 Euro | ab 8 Jahren 180 Euro |

## Vereinsheim

Für Feiern steht der Saal im Vereinsheim Morsbach mit bis zu 60 Plätzen zur Verfügung. Die Miete beträgt 150 Euro.
Der Umbau der Ställe kostet 24.000 Euro. Der Betrag ist in zwei gleichen Raten am 1. März und am 1. September
2026 zu zahlen. Die Mitgliederversammlung findet am 14. Februar 2026 statt.

„Wir freuen uns über jede Hilfe beim Umbau“, sagt Henrike Albers, Leiterin der Pflegestelle.
""",
}


@pytest.fixture(scope="module")
def notice_bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("notice"), NOTICE)


@pytest.mark.parametrize(
    ("question", "language", "facts"),
    [
        # „zu welchen Terminen" asks dates; the sentence that gives both instalments' dates answers
        ("Zu welchen Terminen sind die zwei Raten für den Umbau der Ställe in Morsbach zu zahlen?", "de",
         ["1. März", "1. September"]),
        # the holder of the asked post, named with it, in the other language
        ("Who runs the foster home of the Morsbach club?", "en", ["Henrike Albers"]),
        ("Wie hoch ist die Schutzgebühr für eine Katze beim Kleintierverein Morsbach?", "de", ["110 Euro"]),
    ],
)  # fmt: skip
def test_dates_in_instalments_posts_and_listed_rows(
    notice_bot: Bot, question: str, language: str, facts: list[str]
) -> None:
    answer = notice_bot.answer(question, language, mode="extractive")  # type: ignore[arg-type]
    assert not answer.refused, answer.text
    assert all(f in answer.text for f in facts), answer.text


def test_two_asked_dates_get_no_one_date_first_line(notice_bot: Bot) -> None:
    question = "Zu welchen Terminen sind die zwei Raten für den Umbau der Ställe in Morsbach zu zahlen?"
    answer = notice_bot.answer(question, "de", mode="extractive")
    assert answer.lead == "", answer.text
