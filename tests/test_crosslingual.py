"""Questions in one language over articles in the other, and the question rules that must not depend on the
question and its evidence sharing words: made-up articles (three German, three English) in a real store with
the real embedder, and made-up questions for the profile rules.

The corpus is large enough (over 30 sentences per language) for the retriever to place each language in
embedding space, so that a German question's English evidence competes with German sentences on what it says.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from conftest import made_up_bot

from bot import evidence, extractive
from bot.answer import Bot
from bot.question import profile
from bot.records import Sentence

ARTICLES = {
    "fahrrad.md": """---
title: "Leihräder für Kassel"
language: "de"
---
Leihräder für Kassel

Die Stadt Kassel bekommt ein neues Leihradsystem. Der Anbieter Velora stellt ab dem Frühjahr 600 Räder an
45 Stationen auf. Ein Drittel der Räder hat einen Elektromotor. Die Räder wiegen jeweils 23 Kilogramm.

Die Ausleihe kostet einen Euro pro halbe Stunde. Abonnenten zahlen zwölf Euro im Monat. Geladen werden die
Akkus nachts in einer Werkstatt im Stadtteil Bettenhausen. Dort arbeiten acht Mechaniker in zwei Schichten.

Velora betreibt bereits Systeme in Göttingen und Erfurt. Geschäftsführerin ist Hanna Lindemann, die das
Unternehmen 2017 gegründet hat. Die Stadt zahlt für den Betrieb jährlich 1,1 Millionen Euro.
Die Verkehrsplaner erwarten, dass die Räder vor allem Pendler vom Bahnhof in die Innenstadt bringen.
""",
    "solar.md": """---
title: "Solarstrom vom Vereinsdach"
language: "de"
---
Solarstrom vom Vereinsdach

Die Energiegenossenschaft Sonnenfeld hat auf den Dächern von vier Sportvereinen Solaranlagen gebaut. Die
Anlagen liefern zusammen rund 900 Megawattstunden Strom im Jahr. Das reicht für etwa 300 Haushalte.

Die Genossenschaft hat 1.250 Mitglieder. Jedes Mitglied hält mindestens einen Anteil zu 250 Euro. Die
Vereine bekommen eine Pacht und zahlen für ihren eigenen Strom weniger als zuvor.

Vorstand Jörg Albers sagt, die größte Hürde sei der Netzanschluss gewesen. Auf die Genehmigung habe man
fast ein Jahr gewartet. Als nächstes will die Genossenschaft Speicher in den Vereinsheimen einbauen.
Die Sportvereine nutzen das Geld aus der Pacht für neue Trainingsgeräte.
""",
    "bibliothek.md": """---
title: "Die Bibliothek öffnet sonntags"
language: "de"
---
Die Bibliothek öffnet sonntags

Die Stadtbibliothek öffnet ab März auch am Sonntag. Von zwölf bis achtzehn Uhr können Besucher lesen,
arbeiten und Bücher zurückgeben. Ausleihen ist am Sonntag nur an Automaten möglich.

Die Leiterin der Bibliothek, Sabine Krohn, rechnet mit 700 Besuchern an jedem Sonntag. In einem
Probelauf im vergangenen Herbst kamen im Schnitt 640 Menschen. Etwa die Hälfte von ihnen waren Studierende.

Das Land fördert die Sonntagsöffnung mit 180.000 Euro im Jahr. Für die Aufsicht stellt die Bibliothek
vier zusätzliche Kräfte ein. Die Gewerkschaft hatte zunächst Bedenken wegen der Arbeitszeiten geäußert.
""",
    "harbour.md": """---
title: "A new quay for Porthaven"
language: "en"
---
A new quay for Porthaven

The port of Porthaven will build a new deep-water quay for container ships. Construction starts in June and
is expected to take three years. The quay will be 420 metres long.

The project costs £96 million, of which the government pays a quarter. The port authority expects to handle
about 310,000 containers a year once the quay is open. Today it handles fewer than 200,000.

Harbour master Ewan Tallis said the deeper berth would let the largest ships call without waiting for the
tide. Local fishermen worry that dredging will disturb the bay. The authority has promised to monitor the
water quality every week during the works.
""",
    "bakery.md": """---
title: "Crumb & Co opens its twentieth shop"
language: "en"
---
Crumb & Co opens its twentieth shop

The bakery chain Crumb & Co opened its twentieth shop in Bristol on Saturday. The company was founded in
2014 by the brothers Leon and Arlo Fenwick. It employs 340 people.

Every shop bakes its bread on site from dough delivered each morning by a central kitchen in Bath. A loaf of
sourdough costs £4.20. The chain sells about 11,000 loaves a week.

Leon Fenwick said the company wants to stay regional and has no plans to open shops in London. Rising energy
prices have cut its profit by a third this year. The new shop in Bristol has twelve staff.
""",
    "museum.md": """---
title: "The museum goes digital"
language: "en"
---
The museum goes digital

The Marlow Museum of Science has scanned 48,000 objects from its collection. Visitors can now view them
online in three dimensions. The project took four years and cost £2.3 million.

Curator Priya Nandakumar said the scans help researchers who cannot travel to Marlow. Schools use the
models in science lessons. About 60 percent of the online visitors come from abroad.

The museum plans to scan its fossil collection next. The fossils are fragile, so each one is scanned by
hand. The work is expected to take another two years.
""",
}


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Bot:
    return made_up_bot(tmp_path_factory.mktemp("crosslingual"), ARTICLES)


def test_each_language_is_placed_and_the_other_one_lifted(bot: Bot) -> None:
    assert set(bot.retriever.centroids) == {"de", "en"}
    german = bot.embedder.get_query_embedding("Wie lang wird der neue Kai im Hafen von Porthaven?")
    lift = bot.retriever.lift(german)
    assert lift["de"] == 0.0 and lift["en"] > 0.0


def test_the_sentences_of_the_other_language_are_searched_on_their_own(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a question is nearer every sentence of one language than those of the other: the nearest few of the whole
    # store would all be of that one, so the other language's sentences are searched apart and lifted
    english = bot.embedder.get_query_embedding("How heavy are the Velora rental bikes in Kassel?")
    scopes: list[tuple[str, ...]] = []
    near = bot.store.sentences_near

    def spy(embedding: np.ndarray, k: int, doc_ids: Sequence[str] = ()) -> list[tuple[Sentence, float]]:
        scopes.append(tuple(sorted(doc_ids)))
        return near(embedding, k, doc_ids)

    monkeypatch.setattr(bot.store, "sentences_near", spy)
    vector = np.asarray(english, dtype=np.float32)
    found = bot.retriever.by_sentences(vector, 3)
    lifted = [language for language, up in bot.retriever.lift(vector).items() if up > 0]
    assert len(lifted) == 1
    docs = tuple(sorted(d for d in bot.retriever._languages if bot.retriever.language(d) == lifted[0]))
    assert scopes == [(), docs]
    assert "fahrrad" in [p.doc_id for p in found]


@pytest.mark.parametrize(
    ("question", "language", "doc_id", "fact"),
    [
        ("Wie lang wird der neue Kai im Hafen von Porthaven?", "de", "harbour", "420 metres"),
        ("Wie viele Menschen beschäftigt die Bäckereikette Crumb & Co?", "de", "bakery", "340"),
        ("Welcher Anteil der Online-Besucher des Museums kommt aus dem Ausland?", "de", "museum", "60 percent"),
        ("How heavy are the Velora rental bikes?", "en", "fahrrad", "23 Kilogramm"),
        pytest.param(
            "How many members does the Sonnenfeld energy cooperative have?",
            "en",
            "solar",
            "1.250",
            marks=pytest.mark.xfail(
                reason="„Die Genossenschaft hat 1.250 Mitglieder.“ is too far from the question "
                "for the small embedder across languages; refused",
                strict=True,
            ),
        ),
        # "each Sunday" is the day „an jedem Sonntag“ names, in either language
        ("How many visitors does the library expect each Sunday?", "en", "bibliothek", "700"),
    ],
)
def test_a_question_is_answered_from_an_article_in_the_other_language(
    bot: Bot, question: str, language: str, doc_id: str, fact: str
) -> None:
    answer = bot.answer(question, language, mode="extractive")  # type: ignore[arg-type]
    assert not answer.refused, answer.notes
    assert answer.citations[0].passage.doc_id == doc_id
    assert fact in answer.text


def test_a_weight_question_is_answered_by_a_weight_not_by_another_number(bot: Bot) -> None:
    answer = bot.answer("Wie schwer sind die Leihräder in Kassel?", "de", mode="extractive")
    assert answer.lead.startswith("23")


def test_a_share_in_words_answers_a_share_question(bot: Bot) -> None:
    answer = bot.answer("Welchen Anteil der Baukosten des Kais in Porthaven zahlt die Regierung?", "de", "extractive")
    assert not answer.refused and "a quarter" in answer.text


KNOWN = {"Prozent", "Kunden", "Berger", "Skyvia", "Drohnen", "Kassel", "Europa", "shop.com"}


def known(word: str) -> bool:
    return word in KNOWN


@pytest.mark.parametrize(
    ("question", "names", "required", "unknown"),
    [
        # known common nouns are what a question is about, not whom: the evidence need not repeat them
        ("Wie viel Prozent der Kunden zahlen laut Berger bar?", {"Prozent", "Kunden", "Berger"}, ("Berger",), ()),
        # a run of new capitalised words is a name only where the tagger reads a name in it
        ("Was verdient Elon Musk im Jahr?", set(), (), ("Elon", "Musk")),
        ("Welchen Anteil der Kosten des Allgäuer Drohnenprojekts trägt das Land?", set(), (), ()),
        # a word the articles use that the tagger doesn't know is a name, also as a compound's first part
        ("Wie schwer sind die Skyvia-Drohnen?", set(), ("Skyvia",), ()),
        # an unknown name needs two new capitalised words, neither an interrogative nor merely the first word
        ("Elon Musk – was sagt er über Berger?", {"Berger"}, ("Berger",), ("Elon", "Musk")),
        # of a run of names the last must be covered ("Sinek zufolge …" answers "laut Simon Sinek")
        ("Was ist laut Simon Sinek wichtig?", {"Simon", "Sinek"}, ("Sinek",), ()),
    ],
)
def test_names_in_a_german_question_are_read_with_the_tagger(
    question: str, names: set[str], required: tuple[str, ...], unknown: tuple[str, ...]
) -> None:
    asked = profile(question, names, known, "de")
    assert asked.required == required
    assert asked.unknown == unknown


@pytest.mark.parametrize(("site", "unknown"), [("shop.de", ("shop.de",)), ("shop.com", ())])
def test_a_web_address_names_one_site(site: str, unknown: tuple[str, ...]) -> None:
    for question, language in (
        (f"Wie viel Umsatz macht Berger auf {site}?", "de"),
        (f"How much does {site} sell?", "en"),
    ):
        assert profile(question, {"Berger"}, known, language).unknown == unknown  # the articles name shop.com


@pytest.mark.parametrize(
    ("question", "language", "unknown"),
    [
        # a code after the noun it labels is one thing of a kind: the articles' "Klasse B" is no "Klasse BE"
        ("Was kostet eine Fahrstunde der Klasse BE?", "de", ("BE",)),
        ("Was kostet eine Fahrstunde der Klasse B?", "de", ()),
        ("How much is a lesson in class BE?", "en", ("BE",)),
        ("Which teams play in zone C?", "en", ()),
    ],
)
def test_a_code_after_the_noun_it_labels_must_be_the_articles(
    question: str, language: str, unknown: tuple[str, ...]
) -> None:
    codes = {"B", "C"}  # the articles name "Klasse B" and "Zone C"
    assert profile(question, set(), lambda w: known(w) or w in codes, language).unknown == unknown


def test_an_interrogative_or_the_first_word_makes_no_unknown_name() -> None:
    asked = profile("Which German translation does Berger prefer?", {"Berger"}, known, "en")
    assert asked.unknown == () and asked.required == ("Berger",)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Wer leitet das Start-up?", "person"),
        ("Mit wem kooperiert die Firma?", "person"),
        ("Wen soll das neue Zentrum unterstützen?", None),  # the object: often a group, not a name
        ("Wem gehört das Lager?", None),
    ],
)
def test_who_asks_for_a_name_whom_for_anyone(question: str, kind: str | None) -> None:
    assert profile(question, set(), known, "de").kind == kind


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        ("Do subscriptions bring in most of the revenue, and if so, what share?", "en", "percent"),
        ("What share of the costs do the cities pay?", "en", "percent"),
        ("Which share of the ticket sales do the partner clubs generate?", "en", "percent"),
        ("Which proportion of the members voted?", "en", "percent"),
        ("Welchen Anteil am Umsatz machen Abos aus?", "de", "percent"),
        ("How much revenue did the shop make?", "en", "money"),
        ("Wie viel Umsatz machte der Laden?", "de", "money"),
        ("How many stores does the chain run?", "en", "number"),
        ("Wie viel Miete zahlt die Firma für das Lager?", "de", "money"),
        ("How much rent does the firm pay for the warehouse?", "en", "money"),
        ("Wie hoch sind die Gebühren?", "de", "money"),
        ("Wie viele Kunden zahlen mit Karte?", "de", "number"),
        ("How much space did the firm rent?", "en", "number"),  # renting is no amount of money
        ("Was bewirken steigende Gebühren?", "de", None),  # a word of money alone asks for no amount
        ("How many customers pay by card?", "en", "number"),
        # the price of one of a thing: "How much is a ticket …"
        ("How much is a ticket for the harbour tour?", "en", "money"),
        ("How much is the weekend pass this year?", "en", "money"),
        ("How much is left in the town's reserve?", "en", "number"),
        # a compound headed by a word of money: „Gewerbesteuereinnahmen", „Ticketerlöse"
        ("Mit welchen Gewerbesteuereinnahmen plant die Stadt für 2026?", "de", "money"),
        ("Welche Ticketerlöse meldete das Festival?", "de", "money"),
    ],
)
def test_a_share_of_money_asks_for_a_share_rent_for_money(question: str, language: str, kind: str | None) -> None:
    assert profile(question, set(), known, language).kind == kind


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        # the author asked by "wie heißt" is a person; a headline is a line, not a name in it
        ("Wie heißt die Beraterin, die den Kommentar über Ladenöffnungszeiten verfasst hat?", "de", "person"),
        ("Wie lautet die Schlagzeile der Meldung über das neue Lager?", "de", None),
        # a "when" clause before the question proper asks for no date; "weighs up" weighs nothing
        ("When the shop weighs up a new supplier, what does the owner look at first?", "en", None),
        ("When did the shop open, and how big is it?", "en", "date"),
        ("How much does the parcel weigh?", "en", "number"),
        # a unit of a company, with or without the company's name before it
        ("Which Nordlicht subsidiary runs the depot?", "en", "organisation"),
        ("Welche Nordlicht-Tochter betreibt das Lager?", "de", "organisation"),
        ("Welches norwegische Unternehmen liefert die Regale?", "de", "organisation"),
        ("What does the company earn?", "en", None),
        # a word of money asks for an amount where an interrogative asks for it, not anywhere in the question
        ("What does the author say rising fees and suspensions do to the sellers' revenue?", "en", None),
        ("Was sagt die Autorin über steigende Preise?", "de", None),
        ("What was the shop's revenue last year?", "en", "money"),
        ("Wie viel hat Nordlicht in das Lager investiert?", "de", "money"),
        ("Was hat der Umbau gekostet?", "de", "money"),
        ("How much are the new facilities at the port expected to cost?", "en", "money"),
        # the least or the most of something, or a size, is a quantity
        ("What minimum order value does the delivery service require?", "en", "number"),
        ("Welchen Mindestbestellwert verlangt der Lieferdienst?", "de", "number"),
        ("What size has the team reached by now?", "en", "number"),
        # whom a speaker means by a phrase is a description, not a name
        ("Who exactly does the owner mean by 'night owls'?", "en", None),
        ("Which Norwegian companies did the owner visit?", "en", "organisation"),
        # "how much of" asks for a share, whatever it is a share of
        ("Roughly how much of the shop's turnover comes from online orders?", "en", "percent"),
        ("Wie viel des Umsatzes stammt aus dem Onlinehandel?", "de", "percent"),
        # a verb of takings asks for money
        ("Wie viel hat die Brauerei am Stadtfest umgesetzt?", "de", "money"),
        ("How much did the festival take in on its first weekend?", "en", "money"),
        # "What's …" is read as "What is …"
        ("What's the name of the ferry line's new boat?", "en", "name"),
    ],
)
def test_what_the_question_proper_asks_for(question: str, language: str, kind: str | None) -> None:
    assert profile(question, set(), known, language).kind == kind  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "language", "measure", "counted"),
    [
        ("Wie schwer darf ein Paket sein?", "de", "weight", ""),
        ("How far can the drones fly?", "en", "length", ""),
        ("Wie schnell fliegt die Drohne?", "de", "speed", ""),
        ("How many riders worked for the shop?", "en", "", "riders"),
        ("Wie viele Mitarbeiter hat die Firma?", "de", "", "Mitarbeiter"),
        # a nominalised adjective is counted too, and "Wie" may be read as a comparison word before it
        ("Wie viele Beschäftigte soll das neue Depot in Kiel haben?", "de", "", "Beschäftigte"),
        ("Wie viele Angestellte hat die Brauerei?", "de", "", "Angestellte"),
        ("Wie viele Drittanbieter verkaufen auf dem Marktplatz?", "de", "", "Drittanbieter"),
        # an English compound counts its head; "of the 97 …" is skipped
        ("How many test flights did the start-up make?", "en", "", "flights"),
        ("How many of the 97 electric buses are in service?", "en", "", "buses"),
        # a period asks for a time
        ("Over what period has the bakery doubled its shops?", "en", "time", ""),
        ("Über welchen Zeitraum hat die Fähre Verluste gemacht?", "de", "time", ""),
    ],
)
def test_what_a_number_question_measures_or_counts(question: str, language: str, measure: str, counted: str) -> None:
    asked = profile(question, set(), known, language)  # type: ignore[arg-type]
    assert asked.kind == "number"
    assert (asked.measure, asked.counted) == (measure, counted)


@pytest.mark.parametrize(
    ("question", "language", "text", "fits"),
    [
        ("Wie viele Mitarbeiter hat die Firma?", "de", "Die Lieferung dauert 30 Minuten.", False),
        ("Wie viele Mitarbeiter hat die Firma?", "de", "Dort arbeiten 45 Menschen.", True),
        ("How many riders worked there?", "en", "The shop lost money for fourteen months.", False),
        ("Wie schwer ist eine Bestellung?", "de", "Eine Bestellung enthält neun Artikel.", False),
        ("Wie schwer ist eine Bestellung?", "de", "An order weighs 4.5 kilograms.", True),
        ("What share of the costs does the state pay?", "en", "Zwei Drittel trägt das Land.", True),
        ("Welcher Anteil kauft online?", "de", "A quarter said they order online.", True),
        # a share is no count of days and no length of time
        ("How many days a week do staff work at the depot?", "en", "More than 60 % of sales come from the web.", False),
        ("Wie lange warten Händler auf eine Antwort?", "de", "Händler machen über 60 % des Umsatzes.", False),
        ("Wie lange warten Händler auf eine Antwort?", "de", "Händler warten oft drei Wochen auf eine Antwort.", True),
        ("Wie hoch ist die Quote?", "de", "Die Quote liegt bei 31 Prozent.", True),
        # "how long is" a bridge or a show: a length or a time, whichever the text gives
        ("How long is the new footbridge over the Tarn?", "en", "The footbridge spans 240 metres.", True),
        ("How long is the puppet show at the Loft?", "en", "Each show runs for 1 hour 10 minutes.", True),
        ("How long is the puppet show at the Loft?", "en", "Tickets for the show are £8.", False),
        ("Wie lang ist die Führung durch die Altstadt?", "de", "Die Führung dauert 90 Minuten.", True),
        ("Wie lang ist der Rundweg am See?", "de", "Der Rundweg misst 4,2 Kilometer.", True),
        ("Wie lang ist der Rundweg am See?", "de", "Der Rundweg hat 14 Bänke.", False),
        # „wie lang wird …": a length only
        ("Wie lang wird der neue Steg?", "de", "Der Bau des Stegs dauert 90 Tage.", False),
    ],
)
def test_the_asked_type_is_read_by_number_semantics(question: str, language: str, text: str, fits: bool) -> None:
    asked = profile(question, set(), known, language)  # type: ignore[arg-type]
    assert evidence._has_type(asked, text, set(), "de") is fits


def test_a_name_is_covered_by_its_cognate_in_the_other_language() -> None:
    assert evidence._covered("Europa", "its first European office", "en", crossed=True)
    assert not evidence._covered("Europa", "its first office abroad", "en", crossed=True)
    assert evidence._covered("Chats", "58 percent of all chat conversations", "en", crossed=True)


def test_a_claim_is_borne_out_by_body_text_not_by_a_heading(bot: Bot) -> None:
    from bot.check import check_claim

    result = check_claim(bot, "Kassel bekommt Leihräder.", doc_id="fahrrad")
    evidence = result.statements[0].evidence
    assert evidence and "Leihräder für Kassel" not in evidence[0].quote


def test_a_noun_the_language_knows_is_no_name_of_a_claim() -> None:
    from bot import facts

    found = facts.names_of("Pemberton's will in allen 412 Filialen die Preisschilder ersetzen.", "de", {"Filialen"})
    assert [n.text for n in found] == ["Pemberton's"]


@pytest.mark.parametrize(
    ("statement", "names"),
    [
        ("Die Bäckerei hat Filialen in Bristol und Bath.", ["Bristol", "Bath"]),
        # a known noun after a bare preposition or in apposition is a place's name: "in Tegel", "am Hafen Kai"
        ("Das Depot liegt in Tegel.", ["Tegel"]),
        ("Der Kai liegt am Hafen Tegel.", ["Tegel"]),
    ],
)
def test_a_known_noun_is_a_name_where_grammar_makes_it_one(statement: str, names: list[str]) -> None:
    from bot import facts

    corpus = {"Tegel", "Filialen", "Bristol", "Bath"}  # what the articles' name list holds
    assert [n.text for n in facts.names_of(statement, "de", corpus)] == names


def _scored(doc: str, start: int, passage: int, score: float, fits: bool = True) -> evidence.Scored:
    text = f"Sentence {start} of {doc} states something."
    sentence = Sentence(doc, start, start + len(text), text, para=start)
    return evidence.Scored(sentence, passage, score, score, fits, frozenset(), own_type=fits)


@pytest.mark.parametrize(
    ("runner_up", "kind", "quoted"),
    [
        (0.79, None, True),  # nearly as close: the ranking can't tell them apart, both are quoted
        (0.70, None, False),  # clearly behind: one quote
        (0.79, "number", True),
        (0.77, "number", False),  # the first line commits to the first's value: a closer call is needed
    ],
)
def test_a_second_passage_nearly_as_close_is_quoted_too(runner_up: float, kind: str | None, quoted: bool) -> None:
    asked = profile("Wie viele Filialen hat die Kette?" if kind else "Warum schließt die Kette?", set(), known, "de")
    assert asked.kind == kind
    best, other = _scored("a", 0, 0, 0.80), _scored("b", 100, 1, runner_up)
    unfit = _scored("c", 200, 2, 0.795, fits=False)  # never quoted: holds nothing of the asked type
    part = extractive.Part(asked, [best, unfit, other], np.zeros(3))
    got = extractive.second(part, [best], [])
    assert got == ([[other]] if quoted else [])


@pytest.mark.parametrize(
    ("question", "language"),
    [("Was sagt Wirth über die Drohnen?", "de"), ("What does Wirth say about the drones?", "en")],
)
def test_who_spoke_to_whom_is_not_what_the_interviewee_says(question: str, language: str) -> None:
    head = "Drohnen für Apotheken\nDer Kurier hat mit dem Projektleiter Jonas Wirth gesprochen.\n"
    framing = Sentence("i", 22, 81, "Der Kurier hat mit dem Projektleiter Jonas Wirth gesprochen.", para=1)
    asking = Sentence("i", 82, 110, "Wie weit fliegen die Drohnen?", role="question", para=2)
    answer = Sentence("i", 111, 160, "Unsere Drohnen fliegen bis zu zwanzig Kilometer.", para=3, q_start=82, q_end=110)
    candidates = [(framing, 0, [1.0, 0.0]), (asking, 0, [0.8, 0.6]), (answer, 0, [0.8, 0.6])]
    corpus = evidence.Corpus(names={"Wirth", "Jonas"}, article_text=lambda doc: head)
    asked = profile(question, {"Wirth", "Jonas"}, known, language)
    assert asked.says
    ranked = evidence.rank(asked, np.asarray([1.0, 0.0], dtype=np.float32), candidates, corpus)
    assert [s.sentence for s in ranked] == [answer]


def test_an_answer_sentence_with_the_asked_words_beats_its_first_sentence() -> None:
    """An interview answer's sentences take part of their question's closeness, not all of it: the sentence
    that says what is asked beats the answer's first one, which is close only through the question."""
    head = "Drohnen für Apotheken\nInterview mit Jonas Wirth\n"
    asking = Sentence("i", 0, 40, "Herr Wirth, warum fliegen Sie im Allgäu?", role="question", para=1)
    first = Sentence("i", 41, 80, "Wir gehen dorthin, wo es Bedarf gibt.", para=2, q_start=0, q_end=40)
    second = Sentence("i", 81, 130, "Die Infrastruktur der Landeplätze ist hervorragend.", para=2, q_start=0, q_end=40)
    candidates = [(asking, 0, [0.9, 0.436]), (first, 0, [0.6, 0.8]), (second, 0, [0.8, 0.6])]
    corpus = evidence.Corpus(names={"Wirth", "Jonas"}, article_text=lambda doc: head)
    asked = profile("Was sagt Wirth über die Infrastruktur der Landeplätze?", {"Wirth", "Jonas"}, known, "de")
    ranked = evidence.rank(asked, np.asarray([1.0, 0.0], dtype=np.float32), candidates, corpus)
    assert [s.sentence for s in ranked][:2] == [second, first]


@pytest.mark.parametrize(
    ("question", "language", "meta"),
    [
        ("An welchem Tag hat die Autorin ihren Text online gestellt?", "de", "date"),
        ("When did the blog post go online?", "en", "date"),
        ("Wann ist der Beitrag erschienen?", "de", "date"),
        ("Wann wurde das Lager eröffnet?", "de", None),  # about a thing in the article, not the article
        ("Wer hat den Blogbeitrag geschrieben?", "de", "author"),
        ("Who is behind the blog post, and when did it go up?", "en", "author"),
        ("Wer steckt hinter dem Blogbeitrag?", "de", "author"),
        ("When did the post go up?", "en", "date"),
        ("On what date did Eva Roth put her post about the shop's new opening hours online?", "en", "date"),
        ("Wie heißt die Beraterin, die den Kommentar über Ladenöffnungszeiten verfasst hat?", "de", "author"),
        ("Wie lautet die Schlagzeile der Meldung über das neue Lager?", "de", "title"),
        ("Wann genau ging die Beraterin mit ihrem Text über Ladenöffnungszeiten online?", "de", "date"),
        ("Wann ging der Onlineshop der Bäckerei online?", "de", None),  # a shop, not the article
        # an author the article quotes or cites is not its writer
        ("Which author does the column quote on the value of naps?", "en", None),
        ("Auf welchen Autor beruft sich der Kommentar beim Thema Schlaf?", "de", None),
        ("Who is the author of the column on naps?", "en", "author"),
    ],
)
def test_a_question_about_the_article_itself(question: str, language: str, meta: str | None) -> None:
    assert profile(question, set(), known, language).meta == meta


@pytest.mark.parametrize(
    ("question", "language", "sentence", "answered"),
    [
        ("Wie viele Menschen arbeiteten vor fünf Jahren bei Nordlicht?", "de",
         "Mittlerweile arbeiten bei Nordlicht über 300 Menschen.", False),
        ("Wie viele Menschen arbeiteten vor fünf Jahren bei Nordlicht?", "de",
         "Vor fünf Jahren arbeiteten bei Nordlicht erst 120 Menschen, heute über 300.", True),
        ("Wie viele Menschen arbeiten bei Nordlicht?", "de", "Mittlerweile arbeiten bei Nordlicht über 300 Menschen.",
         True),
        ("How many people worked at Nordlicht before the move?", "en",
         "Today more than 300 people work at Nordlicht.", False),
        ("What share of sales came from the web shop three years ago?", "en",
         "Der Webshop bringt Nordlicht inzwischen 40 Prozent des Umsatzes.", False),
    ],
)  # fmt: skip
def test_a_figure_of_now_does_not_answer_a_question_about_then(
    question: str, language: str, sentence: str, answered: bool
) -> None:
    asked = profile(question, {"Nordlicht"}, known, language)
    scored = evidence.Scored(Sentence("d", 0, len(sentence), sentence), 0, 0.95, 0.95, True,
                             frozenset(asked.required), own_type=True)  # fmt: skip
    assert evidence.answerable(asked, [scored], 0.8)[0] is answered


@pytest.mark.parametrize(
    ("question", "language", "sentence", "answered"),
    [
        # "the previous year" is not answered by a figure that names no year: it is this year's
        ("How much did the Year 8 camp cost the previous year?", "en",
         "The Year 8 camp runs from 3 to 5 May and costs £140.", False),
        ("How much did the Year 8 camp cost the previous year?", "en",
         "The Year 8 camp costs £140, up from £120 last year.", True),
        ("Wie viel kostete das Zeltlager im Vorjahr?", "de", "Das Zeltlager kostet in diesem Sommer 140 Euro.", False),
        ("Wie viel kostete das Zeltlager im Vorjahr?", "de", "Im Vorjahr kostete das Zeltlager 120 Euro.", True),
        ("Wie viel kostete das Zeltlager im Vorjahr?", "de", "2023 kostete das Zeltlager noch 120 Euro.", True),
        ("How many members did the club have a year earlier?", "en", "Der Verein hat heute 412 Mitglieder.", False),
        ("How much did the Year 8 camp cost the year before?", "en",
         "The Year 8 camp runs from 3 to 5 May and costs £140.", False),
        ("Wie viel kostete das Zeltlager im Jahr zuvor?", "de",
         "Das Zeltlager kostet in diesem Sommer 140 Euro.", False),
        # a question that names no shifted year is not touched
        ("How much does the Year 8 camp cost?", "en", "The Year 8 camp runs from 3 to 5 May and costs £140.", True),
    ],
)  # fmt: skip
def test_a_year_named_by_its_distance_needs_evidence_that_dates_its_figure(
    question: str, language: str, sentence: str, answered: bool
) -> None:
    asked = profile(question, {"Nordlicht"}, known, language)
    shifted = not asked.shift or evidence._dates(sentence)
    scored = evidence.Scored(Sentence("d", 0, len(sentence), sentence), 0, 0.95, 0.95, True,
                             frozenset(asked.required), own_type=True, shifted=shifted)  # fmt: skip
    verdict, why = evidence.answerable(asked, [scored], 0.8)
    assert verdict is answered
    assert answered or (why is not None and why.key == "other_time")


@pytest.mark.parametrize(
    ("question", "language", "sentence", "answered"),
    [
        # "which carmaker" is not answered by "a carmaker": the article doesn't say which
        ("Mit welchem Autohersteller arbeitet Nordlicht zusammen?", "de",
         "Nordlicht kooperiert neuerdings mit einer Bank und einem Autohersteller.", False),
        ("Which carmaker does Nordlicht work with?", "en",
         "Nordlicht now cooperates with a bank and a carmaker.", False),
        ("Mit welchem Autohersteller arbeitet Nordlicht zusammen?", "de",
         "Nordlicht kooperiert neuerdings mit dem Autohersteller Velora.", True),
        ("Mit welchem Autohersteller arbeitet Nordlicht zusammen?", "de",
         "Nordlicht kooperiert neuerdings mit einem Autohersteller namens Velora.", True),
        ("Which carmaker does Nordlicht work with?", "en", "Nordlicht now cooperates with a carmaker, Velora.", True),
        # a figure says which: "a penalty of £25,000" answers "what penalty"
        ("What penalty does Nordlicht pay for a late delivery?", "en",
         "Nordlicht pays a penalty of £25,000 for every late delivery.", True),
        ("Welche Strafe zahlt Nordlicht für eine verspätete Lieferung?", "de",
         "Nordlicht zahlt eine Strafe von 25.000 Euro für jede verspätete Lieferung.", True),
    ],
)  # fmt: skip
def test_a_thing_named_only_as_some_one_of_its_kind_does_not_say_which(
    question: str, language: str, sentence: str, answered: bool
) -> None:
    asked = profile(question, {"Nordlicht", "Velora"}, known, language)
    scored = evidence.Scored(Sentence("d", 0, len(sentence), sentence), 0, 0.95, 0.95, True,
                             frozenset(asked.required), own_type=True)  # fmt: skip
    verdict, why = evidence.answerable(asked, [scored], 0.8)
    assert verdict is answered
    assert answered or (why is not None and why.key == "unnamed")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Was hat der bestellte Kaffee in Kiel gekostet?", "de"),
        ("What did the coffee ordered in Kiel cost?", "en"),
        ("Was wird das neue Lager in Kiel kosten?", "de"),
    ],
)
def test_what_something_cost_asks_for_money(question: str, language: str) -> None:
    assert profile(question, set(), known, language).kind == "money"


@pytest.mark.parametrize(
    ("question", "language", "kind"),
    [
        # a verb of saving right after "how much" asks for money; "how much time … save" asks for a time
        ("How much would the closures save each year?", "en", "money"),
        ("How much does the council save with the new contract?", "en", "money"),
        ("Wie viel spart die Stadt durch die Schließungen?", "de", "money"),
        ("Wie viel würde der Verband mit der neuen Leitung einsparen?", "de", "money"),
        ("How much time does the new line save?", "en", "number"),
        ("Wie viel Zeit spart die neue Strecke?", "de", "number"),
    ],
)
def test_what_something_saves_asks_for_money(question: str, language: str, kind: str) -> None:
    assert profile(question, set(), known, language).kind == kind


@pytest.mark.parametrize(
    ("question", "language", "meta"),
    [
        # the author is asked for where the question asks who or which author …
        ("Welche Autorin hat den Beitrag geschrieben?", "de", "author"),
        ("Which journalist wrote the article?", "en", "author"),
        ("Von wem stammt der Beitrag?", "de", "author"),
        # … not where it asks what the author does or thinks
        ("Wie erklärt die Autorin des Beitrags den Begriff Kundensegment?", "de", None),
        ("What does the author of the blog post recommend to small shops?", "en", None),
        # … nor what the author says of their own things: a job, an employer
        ("In what capacity does the column's author say she works?", "en", None),
        ("In welcher Funktion arbeitet die Autorin der Kolumne heute, wie sie erzählt?", "de", None),
        # … but where the category asked is the author
        ("Welche Beraterin ist die Autorin der Kolumne?", "de", "author"),
    ],
)
def test_a_question_about_what_an_author_says_is_no_question_about_the_article(
    question: str, language: str, meta: str | None
) -> None:
    assert profile(question, set(), known, language).meta == meta


@pytest.mark.parametrize(
    ("question", "language", "sentence", "value"),
    [
        # the direct answer to "how heavy" is a weight, to "how many employees" a count of no unit and no share
        ("Wie schwer ist ein Rotorblatt?", "de",
         "Each blade is 31 metres long and weighs around 6.5 tonnes; it is made of two materials.", "Rund 6,5 Tonnen"),
        ("Wie viele Mitarbeiter hat der Verband?", "de",
         "Der Verband beschäftigt zwölf feste Mitarbeiter, das Land trägt 45 Prozent der Kosten.", "12"),
        ("How much would the closures save?", "en",
         "The saving, according to the trust, is £1.2 million a year.", "1.2 million pounds"),
    ],
)  # fmt: skip
def test_the_direct_answer_is_a_figure_of_the_asked_kind(
    question: str, language: str, sentence: str, value: str
) -> None:
    from bot.lead import lead

    asked = profile(question, set(), known, language)
    found = lead(asked, sentence, "en" if sentence.startswith(("Each", "The")) else "de")
    assert found is not None and found.text == value


def test_two_quotes_of_one_passage_are_two_citations_each_with_its_own_quote() -> None:
    from bot.records import Passage

    text = "Der Laden öffnete 2019 in Kiel. Ein Satz dazwischen steht hier. Heute arbeiten dort 40 Menschen."
    passage = Passage("p", "d", "Laden", text, 0, len(text), language="de")
    first = Sentence("d", 0, 31, text[:31], para=0)
    middle = Sentence("d", 32, 64, text[32:64], para=0)
    last = Sentence("d", 65, len(text), text[65:], para=0)
    when = profile("Wann öffnete der Laden?", set(), known, "de")
    many = profile("Wie viele Menschen arbeiten dort?", set(), known, "de")

    def ranked(best: Sentence) -> list[evidence.Scored]:
        return [
            evidence.Scored(s, 0, 0.9 if s == best else 0.5, 0.9 if s == best else 0.5, True, frozenset(), s == best)
            for s in (first, middle, last)
        ]

    parts = [extractive.Part(when, ranked(first), np.zeros(2)), extractive.Part(many, ranked(last), np.zeros(2))]
    quoted = extractive.compose(parts, [], [passage], "de", lambda v: None)
    assert [(c.n, c.quote) for c in quoted.citations] == [(1, first.text), (2, last.text)]
    assert quoted.lead == "2019 [1]; 40 [2]"


def _paragraph(texts: Sequence[str], scores: Sequence[float]) -> list[evidence.Scored]:
    """Consecutive sentences of one paragraph, scored."""
    out, at = [], 0
    for text, score in zip(texts, scores, strict=True):
        out.append(evidence.Scored(Sentence("p", at, at + len(text), text, para=1), 0, score, score, True, frozenset()))
        at += len(text) + 1
    return out


@pytest.mark.parametrize(
    ("language", "texts", "quoted"),
    [
        # the next sentence stands for the best one by a demonstrative: it says what the best one led to
        (
            "de",
            ["Seit Jahren übersetze ich Fachbegriffe nicht mehr.", "Ich sehe, dass dies zu mehr Klarheit führt."],
            2,
        ),
        ("de", ["Seit Jahren übersetze ich Fachbegriffe nicht mehr.", "Ich sehe, dass dieses Buch gut ist."], 1),
        ("en", ["I stopped translating technical terms.", "Over the years I found that this leads to clarity."], 2),
        ("en", ["I stopped translating technical terms.", "Over the years this book became a classic."], 1),
        # … or takes up its noun with a definite article: the offence the best one defines, and what it costs
        ("de", ["Ordnungswidrig handelt, wer seinen Stand nicht abbaut.",
                "Die Ordnungswidrigkeit kann mit bis zu 500 Euro geahndet werden."], 2),
        ("de", ["Ordnungswidrig handelt, wer seinen Stand nicht abbaut.",
                "Die Marktordnung gilt seit dem Jahr 2019."], 1),
        ("en", ["Stallholders must keep a logbook of their sales.",
                "The logbook must be shown to the market officer on request."], 2),
    ],
)  # fmt: skip
def test_a_sentence_that_refers_back_is_quoted_with_the_best_one(language: str, texts: list[str], quoted: int) -> None:
    same = _paragraph(texts, [0.9, 0.5])
    asked = profile("Was hat der Autor über Fachbegriffe festgestellt?", set(), known, language)  # type: ignore[arg-type]
    assert len(evidence.stretch(same[0], same, asked)) == quoted


@pytest.mark.parametrize("start", ["Und das", "Das", "And this"])
def test_a_best_sentence_that_refers_back_brings_its_antecedent(start: str) -> None:
    same = _paragraph(
        ["Man muss den Bedarf der Kunden kennen.", f"{start} ist nötig, um Kunden zu begeistern."], [0.5, 0.9]
    )
    asked = profile("Was ist nötig, um Kunden zu begeistern?", set(), known, "de")
    assert evidence.stretch(same[1], same, asked)[0].sentence.text.startswith("Man muss")


def test_an_answer_keeps_its_question_when_the_question_s_passage_was_not_retrieved() -> None:
    """The passage of a long answer may come without the passage of its question; the question still comes
    along as a candidate, held by the answer's passage, so the answer is as close as its question wherever
    retrieval cut."""
    from bot.records import Passage
    from bot.store import held

    asking = Sentence("i", 0, 40, "Was können wir von Nordlicht lernen?", role="question", para=1)
    answer = Sentence("i", 42, 90, "Zuerst einmal: Es wird vieles umgesetzt.", para=2, q_start=0, q_end=40)
    other = Sentence("i", 200, 240, "Die Kantine ist gut.", para=5)
    passages = [Passage("i:b", "i", "T", "", 180, 260), Passage("i:a", "i", "T", "", 42, 120)]
    found = held(passages, [(asking, [1.0]), (answer, [0.0]), (other, [0.0])])
    assert [(s.text, i) for s, i, _ in found] == [(asking.text, 1), (answer.text, 1), (other.text, 0)]


@pytest.mark.parametrize(
    ("name", "text", "covered"),
    [
        ("KI", "Die Firmen stellen die Künstliche Intelligenz ins Zentrum.", True),
        ("AI", "Shops experiment with artificial intelligence.", True),
        ("EU", "Die Europäische Union plant neue Regeln.", True),
        ("KI", "Das kann ich nicht sagen.", False),
        ("EU", "Das Lager liegt in Dortmund.", False),
    ],
)
def test_an_abbreviation_is_covered_by_its_spelt_out_form(name: str, text: str, covered: bool) -> None:
    assert evidence._covered(name, text, "de", False) is covered


@pytest.mark.parametrize(
    ("question", "language", "term"),
    [
        ("Unter welchem Begriff fasst die Autorin das zusammen?", "de", True),
        ("Mit welchem Spitznamen rufen die Kunden den Laden?", "de", True),
        ("What term does the owner use for late shoppers?", "en", True),
        ("What is the delivery scheme called?", "en", True),
        ("Wie viele Kunden kommen abends?", "de", False),
        ("What does the owner say about late shoppers?", "en", False),
    ],
)
def test_a_question_for_a_term(question: str, language: str, term: bool) -> None:
    assert profile(question, set(), known, language).term is term  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Hierzu möchte ich das sogenannte Nachtparadox anführen.", True),
        ("Die Nachteulen (wie der Laden seine späten Kunden gerne nennt) kaufen viel.", True),
        ("Late shoppers, the so-called night owls, buy more.", True),
        ("Sie muss den Zugang neu beantragen – ein typischer Fehler der Verwaltung.", True),
        ("Die späten Kunden kaufen viel.", False),
        ("Late shoppers buy more than others.", False),
    ],
)
def test_a_sentence_that_names_a_term(sentence: str, names: bool) -> None:
    assert evidence._names_term(sentence) is names


@pytest.mark.parametrize(
    ("question", "language", "text", "fits"),
    [
        # "who heads / founded / wrote": a name is the answer only where the text states that role
        ("Who is the director of the shop?", "en", "Eva Roth, die Chefin von Nordlicht, sprach in Kiel.", True),
        ("Who is the director of the shop?", "en", "Eva Roth sprach in Kiel über Nordlicht.", False),
        ("Wer hat Nordlicht gegründet?", "de", "Nordlicht was founded by Eva Roth in 2017.", True),
        ("Wer hat Nordlicht gegründet?", "de", "Eva Roth spoke about Nordlicht in Kiel.", False),
        ("Who spoke in Kiel?", "en", "Eva Roth sprach in Kiel über Nordlicht.", True),
        # "who designed": the text says so ("design", „entworfen“, "architect")
        ("Wer hat den Leuchtturm in Kiel entworfen?", "de", "The engineer Eva Roth proposed the design in 1906.", True),
        ("Wer hat den Leuchtturm in Kiel entworfen?", "de", "It was opened by the Mayor of Kiel, Eva Roth.", False),
        ("Who designed the lighthouse in Kiel?", "en", "Den Leuchtturm entwarf die Architektin Eva Roth.", True),
        # "when … founded / listed": the year of that act, not of another
        ("Seit welchem Jahr ist Nordlicht an der Börse?", "de", "Nordlicht, founded in 1964, reported results.", False),
        ("Seit welchem Jahr ist Nordlicht an der Börse?", "de", "It was our best year since we listed in 2019.", True),
        ("When did Nordlicht go public?", "en", "Nordlicht wurde 1964 gegründet.", False),
        ("When was Nordlicht floated on the stock exchange?", "en", "Nordlicht wurde 1964 gegründet.", False),
        ("When was Nordlicht floated on the stock exchange?", "en", "Der Börsengang folgte 2019.", True),
        # who heads a department: its head, named as such ("head of product safety", „Leiterin der Abteilung“)
        (
            "Wer leitet bei Nordlicht den Bereich Produktsicherheit?",
            "de",
            "said Eva Roth, Nordlicht's head of product safety.",
            True,
        ),
        ("Who heads the sales department at Nordlicht?", "en", "Eva Roth leitet bei Nordlicht den Vertrieb.", True),
        ("Who heads the sales department at Nordlicht?", "en", "Eva Roth arbeitet bei Nordlicht im Vertrieb.", False),
        ("Who is the head of Nordlicht?", "en", "said Eva Roth, Nordlicht's head of product safety.", False),
        # a name after a noun of a settlement is a place, no person ("the village of Roth")
        ("Who spoke in Kiel?", "en", "The ferry links the town of Kiel with the village of Roth.", False),
        ("Wer sprach in Kiel?", "de", "Die Fähre verbindet Kiel mit der Gemeinde Roth.", False),
    ],
)
def test_a_question_for_a_role_or_the_date_of_an_act_needs_it_stated(
    question: str, language: str, text: str, fits: bool
) -> None:
    asked = profile(question, {"Nordlicht", "Roth", "Eva"}, known, language)  # type: ignore[arg-type]
    assert evidence._has_type(asked, text, {"Nordlicht", "Roth", "Eva"}, "de") is fits


def test_a_reason_goes_on_while_its_sentences_refer_back() -> None:
    same = _paragraph(
        [
            "Wenn Kunden direkt gefragt werden, antworten sie anders.",
            "Wir kennen dieses Phänomen aus Umfragen.",
            "Es geht hier um den Wunsch, gut dazustehen.",
        ],
        [0.9, 0.5, 0.5],
    )
    why = profile("Warum sind direkte Umfragen mit Vorsicht zu genießen?", set(), known, "de")
    what = profile("Was passiert, wenn Kunden direkt gefragt werden?", set(), known, "de")
    assert len(evidence.stretch(same[0], same, why)) == 3
    assert len(evidence.stretch(same[0], same, what)) < 3


@pytest.mark.parametrize(
    "question",
    [
        "Wie erklärt der Autor, dass Kunden in Umfragen anders antworten?",
        "How does the author explain that customers answer surveys differently?",
    ],
)
def test_a_reason_may_run_on_one_sentence_past_the_stretch_to_where_it_is_named(question: str) -> None:
    same = _paragraph(
        [
            "Die Erfahrung zeigt: Kunden geben ihre Daten gern weiter.",
            "Nur wenn sie direkt gefragt werden, antworten sie anders.",
            "Wir kennen dieses Phänomen aus Umfragen.",
            "Es geht hier um den Wunsch, gut dazustehen.",
            "Das Wetter war an diesem Tag schön.",
        ],
        [0.9, 0.5, 0.89, 0.5, 0.5],
    )
    why = profile(question, set(), known, "de" if question.startswith("Wie") else "en")  # type: ignore[arg-type]
    assert why.why
    quoted = evidence.stretch(same[0], same, why)
    assert [s.sentence.text for s in quoted][-1] == "Es geht hier um den Wunsch, gut dazustehen."


@pytest.mark.parametrize(
    ("question", "language", "text", "fits"),
    [
        ("What name does Vogt give to shopping late?", "en", "Vogt spricht vom sogenannten Nachtkauf.", True),
        ("What name does Vogt give to shopping late?", "en", "Vogt kauft gern spät ein.", False),
        ("Welchen Namen gibt Vogt dem späten Einkaufen?", "de", "Vogt calls it the night-owl effect.", True),
        ("Welchen Namen gibt Vogt dem späten Einkaufen?", "de", "Vogt shops late at night.", False),
    ],
)
def test_a_question_for_the_name_of_a_term_is_answered_where_a_term_is_named(
    question: str, language: str, text: str, fits: bool
) -> None:
    asked = profile(question, {"Vogt"}, known, language)  # type: ignore[arg-type]
    assert asked.kind == "name" and asked.term
    assert evidence._has_type(asked, text, {"Vogt"}, "de" if language == "en" else "en") is fits


def test_word_overlap_orders_candidates_within_a_language_not_the_languages() -> None:
    # an English question shares words with English sentences by that alone: the German ones are lifted to the
    # level of the best English one, and keep their order among themselves
    lifted = evidence._lifted([0.6, 0.2, 0.1, 0.0], ["en", "en", "de", "de"])
    assert lifted == pytest.approx([0.6, 0.2, 0.6, 0.5])
    assert evidence._lifted([0.3, 0.1], ["de", "de"]) == pytest.approx([0.3, 0.1])


def test_a_term_named_in_the_sentence_before_is_quoted_with_the_best_one() -> None:
    same = _paragraph(
        ["Es geht hier um den Halo-Effekt.", "Ein guter Eindruck färbt auf alle anderen Urteile ab."], [0.5, 0.9]
    )
    term = profile("Which effect makes one good impression colour every other judgement?", set(), known, "en")
    other = profile("What colours every other judgement?", set(), known, "en")
    assert term.term and evidence.stretch(same[1], same, term)[0].sentence.text.startswith("Es geht")
    assert len(evidence.stretch(same[1], same, other)) == 1


@pytest.mark.parametrize(
    ("after", "gap", "passage", "summed"),
    [
        ("All das schmälert die Umsätze der Händler.", " ", 1, True),  # the next passage, same paragraph
        ("Das alles schmälert die Umsätze der Händler.", "\n\n", 0, False),  # no demonstrative pronoun read
        ("Dies schmälert die Umsätze der Händler.", "\n\n", 0, True),  # the next paragraph
        ("Die Händler verlieren Umsatz.", "\n\n", 1, False),  # no reference back
        ("All das schmälert die Umsätze der Händler.", "\n\nMehr dazu.\n\n", 1, False),  # not the next one
    ],
)
def test_a_sentence_that_sums_up_the_quote_follows_it(after: str, gap: str, passage: int, summed: bool) -> None:
    first = "Gebühren steigen, Konten werden gesperrt und der Support lässt zu wünschen übrig."
    start = len(first) + len(gap)
    quote = evidence.Scored(Sentence("p", 0, len(first), first, para=1), 0, 0.9, 0.9, True, frozenset())
    para = 1 if gap == " " else 2
    nxt = evidence.Scored(
        Sentence("p", start, start + len(after), after, para=para), passage, 0.5, 0.5, True, frozenset()
    )
    asked = profile("Wie geht es den Händlern dabei?", set(), known, "de")
    assert evidence.follow_on([quote], [quote, nxt], asked) == ([nxt] if summed else [])


@pytest.mark.parametrize(
    ("question", "recased"),
    [
        ("what won't vogt tell us about nordlicht's plans for 2027",
         "what won't Vogt tell us about Nordlicht's plans for 2027"),
        ("wie viele mitarbeiter hat nordlicht in kiel?", "wie viele mitarbeiter hat Nordlicht in Kiel?"),
        ("what does nordlicht sell now, and is it fresh?", "what does Nordlicht sell now, and is it fresh?"),
        ("What does Vogt say about nordlicht?", "What does Vogt say about nordlicht?"),  # typed with capitals
        # the plural of an English noun stays a word, though a German text capitalises it as a loan ("Use Cases")
        ("in most cases, what does vogt blame?", "in most cases, what does Vogt blame?"),
        ("which letters did nordlicht send?", "which letters did Nordlicht send?"),
        # a question that starts with a capital keeps its common nouns, names are still capitalised
        ("By what date does the management team answer vogt?", "By what date does the management team answer Vogt?"),
        ("by what date does the management team answer vogt?", "by what date does the Management team answer Vogt?"),
    ],
)  # fmt: skip
def test_a_question_typed_in_lower_case_gets_the_corpus_names_capitalised(question: str, recased: str) -> None:
    from bot.names import recased as recase

    assert recase(question, {"Vogt", "Nordlicht", "Kiel", "Now", "Fresh", "Cases", "Letters", "Management"}) == recased


def test_a_sentence_stating_the_questions_own_year_is_about_it() -> None:
    asked = profile("What won't Vogt tell us about Nordlicht's plans for 2027?", {"Vogt", "Nordlicht"}, known, "en")
    assert evidence._states_asked_figure(asked, "Woran wir für 2027 arbeiten, kann ich nicht verraten.")
    assert not evidence._states_asked_figure(asked, "Woran wir für 2026 arbeiten, kann ich nicht verraten.")
    assert not evidence._states_asked_figure(profile("What are Nordlicht's plans?", set(), known, "en"), "2027")


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("How long are the batteries in the new labels supposed to last?", "time"),
        ("How long does the delivery take?", "time"),
        # "how long is" a bridge or a play: a length or a time, whichever the text gives
        ("How long is the new bridge?", "extent"),
        ("How long is the second act of the opera?", "extent"),
        ("How far is the harbour from the station?", "length"),
        # a state that holds for a time
        ("How long is the oven's burner covered by the warranty?", "time"),
        ("How long is the old ferry route still open?", "time"),
        # "how quickly" and "how fast" may be answered by a time as well as a speed
        ("How quickly was the pizza ready?", "speed"),
        # a "how" in a clause of a question that another interrogative opens measures nothing asked
        ("What does the coach prefer to asking how quickly a team reaches the final?", ""),
        ("Was hält die Trainerin davon, wie schnell das Team das Finale erreicht?", ""),
        ("What is the top speed of the new train?", "speed"),
        # the area of a surface
        ("How big is the garden behind the school?", "area"),
        ("Wie groß ist der Garten hinter der Schule?", "area"),
    ],
)
def test_how_long_a_thing_lasts_is_a_time(question: str, measure: str) -> None:
    assert profile(question, set(), known, "en").measure == measure


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Wie hoch ist der neue Aussichtsturm?", "length"),
        # a rate or a share has no height: „gegen null", „12 Prozent", „510 Prozentpunkte" answer it
        ("Wie hoch ist laut der Studie die Arbeitslosenquote in Kiel?", ""),
        ("Wie hoch ist der Hebesatz der Grundsteuer?", ""),
        ("Wie hoch sind die Zinsen für den Kredit?", ""),
        # … nor has a load, a fee or a sum
        ("Wie hoch ist die Auslastung der Tiefgarage am Wochenende?", ""),
        ("Wie hoch ist der Mitgliedsbeitrag für Studierende?", ""),
        ("Wie hoch sind die Gebühren für einen Reisepass?", ""),
    ],
)
def test_how_high_a_rate_is_no_length(question: str, measure: str) -> None:
    asked = profile(question, set(), known, "de")
    assert asked.measure == measure and asked.kind in ("number", "money", "percent")


def test_an_articles_head_ends_with_its_lead_paragraph() -> None:
    lead = "Kiel, a port city, is busy. " * 16 + "We spoke to Eva Roth, head of Nordlicht."
    text = "A long title about Nordlicht\n" + lead + "\nFirst question?\nAn answer follows here."
    head = evidence.head_of(text)
    assert head.rstrip().endswith("head of Nordlicht.") and "First question" not in head
    assert evidence.head_of("Short title\nShort lead.") == "Short title\nShort lead."


@pytest.mark.parametrize(
    ("question", "language", "sentence", "fits"),
    [
        ("When does Nordlicht expect to close its old depot?", "en",
         "Nordlicht runs an old depot that has been open since 1986.", False),
        ("When does Nordlicht expect to close its old depot?", "en", "If all goes to plan, at the end of 2028.", True),
        ("Wann soll das alte Lager schließen?", "de", "Das alte Lager ist seit 1986 in Betrieb.", False),
        ("Since when has the old depot been open?", "en", "Nordlicht runs an old depot that has been open since 1986.",
         True),
    ],
)  # fmt: skip
def test_a_year_since_which_something_runs_is_no_date_of_what_is_to_come(
    question: str, language: str, sentence: str, fits: bool
) -> None:
    asked = profile(question, {"Nordlicht"}, known, language)
    assert evidence._has_type(asked, sentence, {"Nordlicht"}, language) is fits


@pytest.mark.parametrize(
    ("question", "language", "sentence", "fits"),
    [
        # a revenue, a profit or a loss is money, in a compound too ("Jahresumsatz"): a share is no answer
        ("Wie hoch ist der Jahresumsatz von Nordlicht?", "de", "58 Prozent der Kunden zahlen bar.", False),
        ("Wie hoch ist der Jahresumsatz von Nordlicht?", "de", "Nordlicht setzte 2023 rund 96 Millionen Euro um.",
         True),
        ("How much profit did Nordlicht make last year?", "en", "Nordlicht has 1.2 million customers.", False),
        # what one item costs on average is no firm's revenue
        ("Was kostet ein Fahrrad von Nordlicht im Durchschnitt?", "de",
         "Nordlicht verkaufte 41.000 Räder und hatte einen Umsatz von 96 Millionen Euro.", False),
        ("What does a Nordlicht bike cost on average?", "en", "On average, a Nordlicht bike costs €640.", True),
    ],
)  # fmt: skip
def test_money_questions_want_money_of_their_kind(question: str, language: str, sentence: str, fits: bool) -> None:
    asked = profile(question, {"Nordlicht"}, known, language)
    assert asked.kind == "money"
    assert evidence._has_type(asked, sentence, {"Nordlicht"}, language) is fits


def test_a_german_name_in_the_genitive_answers_whose() -> None:
    asked = profile("An wessen Bemühungen erinnert der Assistent von Nordlicht?", {"Nordlicht"}, known, "de")
    sentence = "Er erinnert stärker an Velonas Bemühungen in Richtung der Kommunikation."
    assert evidence._genitive_names(sentence) == ["Velona"]
    assert evidence._has_type(asked, sentence, {"Nordlicht"}, "de")
    assert evidence._genitive_names("Die Ziele des Konzerns Nordlicht sind klar.") == []


def test_the_speaker_a_question_names_is_who_the_lead_introduces() -> None:
    asked = profile("Was rät Nordlicht laut dem Velona-Berater?", {"Nordlicht", "Velona"}, known, "de")
    assert evidence._speakers(asked) == {"Velona"}
    asked = profile(
        "How much did Nordlicht lose, according to the Velona report?", {"Nordlicht", "Velona"}, known, "en"
    )
    assert evidence._speakers(asked) == {"Velona"}
    assert evidence._speakers(profile("How much did Nordlicht lose?", {"Nordlicht"}, known, "en")) == frozenset()


@pytest.mark.parametrize(
    ("question", "language", "category"),
    [
        ("Which Belgian airport did the firm choose?", "en", "airport"),
        ("Welche großen Brauereien beliefert die Mälzerei?", "de", "Brauereien"),
        ("Which things matter most?", "en", ""),
    ],
)
def test_the_category_of_a_which_question_is_the_noun_after_its_adjectives(
    question: str, language: str, category: str
) -> None:
    assert profile(question, set(), known, language).category == category  # type: ignore[arg-type]


def test_a_compound_adjective_belongs_to_what_a_name_is_asked_of() -> None:
    asked = profile("What's the name of the bakery's second-hand shop?", set(), known, "en")
    assert asked.kind == "name" and asked.focus == "second-hand shop"


@pytest.mark.parametrize(
    ("question", "language", "meta"),
    [
        ("Von wann ist der Artikel über die Fährlinie?", "de", "date"),
        ("Von wann stammt der Beitrag zur Brauerei?", "de", "date"),
        ("Von wem stammt der Beitrag zur Brauerei?", "de", "author"),
        ("When is the interview with the ferry captain from?", "en", "date"),
        ("Aus welchem Jahr stammt der Brief, den die Firma zitiert?", "de", None),
    ],
)
def test_a_question_for_an_articles_date_in_other_words(question: str, language: str, meta: str | None) -> None:
    assert profile(question, set(), known, language).meta == meta  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "language", "answer", "other"),
    [
        # another form of the same verb: „geschafft“ / „schaffte“, "bought" / "buys"
        ("Was hat der Roboter am Ende geschafft?", "de",
         "Der Roboter schaffte es am Ende, die Kisten zu stapeln.", "Der Roboter stand am Ende der Halle."),
        ("What has the brewery bought?", "en",
         "The brewery buys a second bottling line.", "The brewery runs a bottling line."),
        # a compound of the question found in its head: "Großstädten" in „großen Städten“
        ("Was bewirkt das Programm in den Großstädten?", "de",
         "Das Programm senkt die Mieten in den großen Städten.", "Das Programm senkt die Mieten."),
        # a compound of the question whose parts a longer compound holds: „Blindenhund“ in „Blindenführhunden“
        ("Ist ein Blindenhund von der Gebühr befreit?", "de",
         "Befreit sind Halter von Blindenführhunden.", "Befreit sind Halter von Wachhunden."),
    ],
)  # fmt: skip
def test_the_word_overlap_reads_lemmas_and_compound_heads(
    question: str, language: str, answer: str, other: str
) -> None:
    one = Sentence("i", 0, len(answer), answer)
    two = Sentence("i", 0, len(other), other)
    corpus = evidence.Corpus(names=set(), article_text=lambda doc: "", language=lambda doc: language)
    asked = profile(question, set(), known, language)  # type: ignore[arg-type]
    assert evidence._overlap(asked, one, corpus) > evidence._overlap(asked, two, corpus)


@pytest.mark.parametrize(
    ("counted", "text", "language", "counts"),
    [
        ("Palettenstellplätze", "Das Lager bietet Platz für 42.000 Paletten.", "de", True),
        ("Palettenstellplätze", "Das Lager hat rund 30.000 Quadratmeter.", "de", False),
        ("signatures", "Residents collected 2,300 signatures last autumn.", "en", True),
        ("signatures", "Residents of 2,300 homes were asked.", "en", False),
    ],
)
def test_a_figure_of_what_the_question_counts(counted: str, text: str, language: str, counts: bool) -> None:
    assert bool(evidence._counts(counted, text, language)) is counts


def test_a_german_place_adjective_is_no_unknown_name() -> None:
    from bot.names import demonym_of

    assert demonym_of("Derbyer", {"Derby"}) == "Derby"
    assert demonym_of("Londoner", {"London"}) == "London"
    assert demonym_of("Bauer", {"Derby"}) == ""
    # „Derbyer Stadtteilbibliotheken“ is no name the articles never mention; nor is Derby required of the answer
    asked = profile(
        "Um wie viel Prozent stiegen die Besuche der Derbyer Stadtteilbibliotheken?", {"Derby"}, known, "de"
    )
    assert not asked.unknown and "Derby" not in asked.required


@pytest.mark.parametrize(
    ("question", "language", "why"),
    [
        ("Wie begründet die Autorin, dass Kunden ungern Daten teilen?", "de", True),
        ("How does Reed explain the drop in visitors?", "en", True),
        ("Womit begründet der Verband das Verbot?", "de", True),
        ("Wie viele Kunden teilen ihre Daten?", "de", False),
    ],
)
def test_asking_how_someone_explains_something_asks_for_a_reason(question: str, language: str, why: bool) -> None:
    assert profile(question, set(), known, language).why is why


@pytest.mark.parametrize(
    ("question", "language"),
    [("Wie breit muss der Weg mindestens sein?", "de"), ("How wide is the new cycle path?", "en"),
     ("Wie tief ist der Brunnen?", "de"), ("How deep is the new well?", "en")],
)  # fmt: skip
def test_how_wide_or_deep_asks_for_a_length(question: str, language: str) -> None:
    asked = profile(question, set(), known, language)
    assert (asked.kind, asked.measure) == ("number", "length")


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        # what is to come is dated no earlier than the article: a year before it dates what has been
        ("When is the route expected to open?", "In March 2022 the first section was started.", False),
        ("When is the route expected to open?", "The whole route is to open in autumn 2028.", True),
        ("Wann soll die Strecke eröffnet werden?", "Im März 2022 erfolgte der Spatenstich.", False),
        ("Wann wurde die Strecke begonnen?", "Im März 2022 erfolgte der Spatenstich.", True),
        ("When was the route planned?", "The route was planned in 2018.", True),
    ],
)
def test_a_plan_is_not_dated_before_the_article(question: str, sentence: str, answered: bool) -> None:
    language = "en" if question.startswith("When") else "de"
    asked = profile(question, set(), known, language)
    assert evidence._has_type(asked, sentence, set(), language, since=2025) is answered


@pytest.mark.parametrize(
    ("question", "text", "named"),
    [
        # a name next to the thing it names, in the same sentence, and not the thing's own noun again
        ("Wie heißen die Assistenten, die Nordlicht vorgestellt hat?",
         "Auf der Messe präsentierte der Konzern seine digitalen Assistenten. Der Assistent rief Kunden an.", False),
        ("Wie heißen die Assistenten, die Nordlicht vorgestellt hat?",
         "Auf der Messe präsentierte der Konzern seine digitalen Assistenten. Kunden riefen an.", False),
        ("Wie heißt der digitale Assistent, den Nordlicht vorgestellt hat?",
         "Auf der Messe präsentierte der Konzern seinen Assistenten Kalle.", True),
        ("What is the assistant called?", "The firm showed its new assistant. The assistant phoned customers.", False),
        ("What is the assistant called?", "The firm showed its new assistant, Kalle, at the fair.", True),
    ],
)  # fmt: skip
def test_a_name_is_named_in_its_own_sentence(question: str, text: str, named: bool) -> None:
    language = "en" if question.startswith("What") else "de"
    asked = profile(question, {"Nordlicht", "Kalle"}, known, language)
    assert evidence._has_type(asked, text, {"Nordlicht", "Kalle"}, language) is named


def test_a_later_part_of_a_compound_question_is_dated_by_its_own_words() -> None:
    # "… and from which year is the letter?": the plan of the first part doesn't make the second ask for a plan
    asked = profile("From which year is the Roth letter – When is the route expected to open?", set(), known, "en")
    assert evidence._has_type(asked, "(2008 Roth’s Letter to Shareowners)", set(), "en", since=2025)


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_sentence_that_refers_back_to_a_firm_named_before_is_about_it(language: str) -> None:
    """ "the company" / „das Unternehmen“ stands for the firm the article named before the sentence; a sentence of
    another article that doesn't name the firm, or one that names none, is not about it."""
    title = "A quarry wants to grow\n\n"
    filler = "The hearing drew many people from the villages around the site. " * 7
    named = "Opening the case, the estates director of Voskuil Stone spoke for an hour. "
    refers = "The director said the company would widen the buffer to 30 metres."
    text = title + filler + named + refers
    far = title + filler + named + filler * 2 + refers  # named too long before to be what "the company" is
    sentence = Sentence("a", len(text) - len(refers), len(text), refers, para=3)
    other = Sentence("b", 0, len(refers), refers, para=1)
    corpus = evidence.Corpus(
        names={"Voskuil"}, article_text=lambda doc: text if doc == "a" else title + filler + refers
    )
    question = (
        "How wide a buffer was Voskuil prepared to leave?"
        if language == "en"
        else ("Wie breit sollte der Puffer laut Voskuil höchstens werden?")
    )
    asked = profile(question, {"Voskuil"}, known, language)  # type: ignore[arg-type]
    candidates = [(sentence, 0, [1.0, 0.0]), (other, 1, [1.0, 0.0])]
    ranked = evidence.rank(asked, np.asarray([1.0, 0.0], dtype=np.float32), candidates, corpus)
    covers = {s.sentence.doc_id: s.covers for s in ranked}
    assert covers["a"] == {"Voskuil"}
    assert covers["b"] == frozenset()
    distant = evidence.Corpus(names={"Voskuil"}, article_text=lambda doc: far)
    late = Sentence("a", len(far) - len(refers), len(far), refers, para=3)
    ranked = evidence.rank(asked, np.asarray([1.0, 0.0], dtype=np.float32), [(late, 0, [1.0, 0.0])], distant)
    assert ranked[0].covers == frozenset()


def test_people_who_work_are_counted_as_staff_in_either_language() -> None:
    asked = profile("How many people work for Nordvik around the globe?", {"Nordvik"}, known, "en")
    assert asked.counted == "employees"
    assert profile("Wie viele Menschen arbeiten bei Nordvik?", {"Nordvik"}, known, "de").counted == "Beschäftigte"
    assert profile("How many people does Nordvik employ?", {"Nordvik"}, known, "en").counted == "employees"
    assert profile("How many people visited Nordvik's fair?", {"Nordvik"}, known, "en").counted == "people"
    assert evidence._counts("employees", "Bei weltweit 1,5 Millionen Beschäftigten ist das schwer.", "de")
    assert evidence._counts("Beschäftigte", "The chain employs 340 people.", "en")
    assert not evidence._counts("employees", "Mehr als 30 Millionen Kunden nutzen den Dienst.", "de")


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("After the water board corrected its figure, how many households had no water?", "en"),
        ("Wie viele Haushalte waren nach der Korrektur des Wasserverbands ohne Wasser?", "de"),
    ],
)
def test_a_question_about_a_corrected_figure_is_answered_where_it_is_set_right(question: str, language: str) -> None:
    text = (
        "Live: the flood in Tarnow\n"
        "09:10 — The water board says about 9,000 households have no water.\n"
        "10:05 — Correction: the water board has revised its figure. It is 7,200 households, some were counted twice.\n"
        "11:30 — The water board says water is back for 2,000 households, leaving about 5,200 without.\n"
    )

    def at(sentence: str, para: int) -> Sentence:
        start = text.index(sentence)
        return Sentence("l", start, start + len(sentence), sentence, para=para)

    said = at("09:10 — The water board says about 9,000 households have no water.", 1)
    note = at("10:05 — Correction: the water board has revised its figure.", 2)
    fixed = at("It is 7,200 households, some were counted twice.", 2)
    later = at("11:30 — The water board says water is back for 2,000 households, leaving about 5,200 without.", 3)
    # the corrected figure's sentence is a little less like the question than the others
    candidates = [(said, 0, [0.9, 0.436]), (note, 0, [0.8, 0.6]), (fixed, 0, [0.89, 0.456]), (later, 0, [0.9, 0.436])]
    corpus = evidence.Corpus(names={"Tarnow"}, article_text=lambda doc: text, language=lambda doc: "en")
    asked = profile(question, {"Tarnow"}, known, language)  # type: ignore[arg-type]
    ranked = evidence.rank(asked, np.asarray([1.0, 0.0], dtype=np.float32), candidates, corpus)
    assert ranked[0].sentence == fixed
    plain = profile("How many households had no water?", {"Tarnow"}, known, "en")
    assert evidence.rank(plain, np.asarray([1.0, 0.0], dtype=np.float32), candidates, corpus)[0].sentence != fixed


TERM_DE = [
    "Wenn Kunden direkt gefragt werden, antworten sie anders.",
    "Wir kennen dieses Phänomen aus Umfragen.",
    "Es geht hier um den Wunsch, gut dazustehen.",
    "Das Wetter war an diesem Tag schön.",
]
TERM_EN = [
    "When customers are asked directly, they answer differently.",
    "We know this effect from surveys.",
    "It is called the halo effect.",
    "The weather was fine that day.",
]


@pytest.mark.parametrize(
    ("question", "language", "texts", "quoted"),
    [
        # a question for a term: the sentences go on, naming back, to where the term is named
        ("Mit welchem Effekt erklärt die Autorin, dass Kunden in Umfragen anders antworten?", "de", TERM_DE, 3),
        ("Which effect does the author blame for customers answering surveys differently?", "en", TERM_EN, 3),
        # not a question for a term
        ("Was passiert, wenn Kunden direkt gefragt werden?", "de", TERM_DE, 1),
    ],
)
def test_a_question_for_a_term_is_quoted_on_to_where_the_term_is_named(
    question: str, language: str, texts: list[str], quoted: int
) -> None:
    same = _paragraph(texts, [0.9, 0.5, 0.5, 0.5])
    asked = profile(question, set(), known, language)  # type: ignore[arg-type]
    assert len(evidence.stretch(same[0], same, asked)) == quoted


@pytest.mark.parametrize(
    ("texts", "quoted"),
    [
        # the next sentence names whom the question asks about, where the best one doesn't
        (["Dazu kommen Kürzungen in der Verwaltung.", "Bürgermeisterin Vogt sagt, sie wolle so Geld sparen."], 2),
        (["In addition, the council cuts admin jobs.", "Mayor Vogt says this is how she wants to save money."], 2),
        # the best sentence names her itself
        (["Vogt kürzt Stellen in der Verwaltung.", "Bürgermeisterin Vogt sagt, sie wolle so Geld sparen."], 1),
    ],
)
def test_the_next_sentence_that_names_whom_the_question_asks_about_is_quoted(texts: list[str], quoted: int) -> None:
    same = _paragraph(texts, [0.9, 0.87])
    asked = profile("Was will Vogt mit den Kürzungen erreichen?", {"Vogt"}, known, "de")  # type: ignore[arg-type]
    assert asked.required == ("Vogt",)
    assert len(evidence.stretch(same[0], same, asked)) == quoted


def test_a_rate_near_zero_answers_how_high_it_is() -> None:
    asked = profile("Wie hoch ist laut der Studie die Arbeitslosenquote in Kiel?", set(), known, "de")
    assert evidence._has_type(asked, "In Kiel geht die Arbeitslosenquote fast gegen null.", set())
    assert not evidence._has_type(asked, "Kiel liegt an der Ostsee.", set())


@pytest.mark.parametrize(
    ("name", "context", "covered"),
    [
        ("November", "| Elternsprechtag | 13.11.2025 | 15:00–19:00 Uhr |", True),  # a date in figures names its month
        ("March", "Die Anmeldung ist ab dem 2.3. offen.", True),
        ("November", "| Wandertag | 10.10.2025 | 8:00–15:30 Uhr |", False),
        ("Juni", "Anfang June the hall reopens.", True),
    ],
)
def test_a_month_is_named_by_a_date_in_figures(name: str, context: str, covered: bool) -> None:
    assert evidence._covered(name, context, "de", True) is covered


@pytest.mark.parametrize(
    ("statement", "names"),
    [
        # an adjective used as a noun is none, though the articles capitalise it too ("mehr Mut zu Neuem")
        ("Die Stadt Tegel begegnet Neuem offen.", ["Tegel"]),
        ("Laut Anderson braucht es mehr Mut zu Neuem und weniger Angst.", ["Anderson"]),
        # … while an adjective before a noun may start a name
        ("Die Deutsche Bahn fährt nach Tegel.", ["Deutsche", "Tegel"]),
        ("Laut Anderson ist Maschinelles Lernen kein Selbstzweck.", ["Anderson", "Maschinelles Lernen"]),
    ],
)
def test_an_adjective_used_as_a_noun_is_no_name(statement: str, names: list[str]) -> None:
    from bot import facts

    corpus = {"Tegel", "Neuem", "Anderson", "Deutsche", "Bahn", "Maschinelles", "Lernen"}  # the articles' name list
    assert [n.text for n in facts.names_of(statement, "de", corpus)] == names


@pytest.mark.parametrize(
    ("question", "language", "text", "fits"),
    [
        ("Um wie viel kürzer war die Fahrt mit der neuen Linie?", "de", "Der Unterschied lag bei 12 Minuten.", True),
        ("Um wie viel kürzer war die Fahrt mit der neuen Linie?", "de", "Die Linie fuhr 12 Minuten kürzer als vorher.",
         True),
        ("Um wie viel kürzer war die Fahrt mit der neuen Linie?", "de", "Die Fahrt dauerte 40 Minuten.", False),
        ("By how much was the new route shorter?", "en", "The difference was 3 miles.", True),
        ("By how much was the new route shorter?", "en", "Riders arrived 9 minutes earlier than before.", True),
        ("By how much was the new route shorter?", "en", "The route is 14 miles long.", False),
    ],
)  # fmt: skip
def test_a_difference_answers_a_question_for_how_much_more_or_less(
    question: str, language: str, text: str, fits: bool
) -> None:
    asked = profile(question, set(), known, language)
    assert asked.change
    assert evidence._has_type(asked, text, set(), language) is fits


@pytest.mark.parametrize(
    ("question", "language", "text", "other"),
    [
        ("Wie viel kostet der Eintritt ab März 2025?", "de", "Ab dem 1. März 2026 kostet der Eintritt 9 Euro.", True),
        ("Wie viel kostet der Eintritt ab März 2025?", "de", "Seit 2021 kostet der Eintritt 8 Euro.", False),
        ("Wie viel kostet der Eintritt ab März 2025?", "de", "Der Eintritt kostet 8 Euro.", False),
        ("How many visitors came in 2023?", "en", "In 2022 the museum counted 41,000 visitors.", True),
        ("How many visitors came in 2023?", "en", "In the 2023/24 season it counted 41,000 visitors.", False),
        ("How many visitors came in 2023?", "en", "Until 2025 the museum counts visitors by hand.", False),
    ],
)  # fmt: skip
def test_a_sentence_dated_to_another_year_is_told(question: str, language: str, text: str, other: bool) -> None:
    asked = profile(question, set(), known, language)
    assert evidence._other_years(asked, text) is other


@pytest.mark.parametrize(
    ("question", "language", "sentence", "answered"),
    [
        ("Wie viele Mitglieder hatte der Ruderclub Ende 2021?", "de",
         "Ende 2023 zählte der Ruderclub 412 Mitglieder, ein Jahr zuvor waren es 380.", False),
        ("Wie viele Mitglieder hatte der Ruderclub Ende 2022?", "de",
         "Ende 2023 zählte der Ruderclub 412 Mitglieder, ein Jahr zuvor waren es 380.", True),
        ("How much was the parks budget in 2022/23?", "en", "Parks: £64,750 (2023/24: £66,100).", False),
        ("How much was the parks budget in 2023/24?", "en", "Parks: £64,750 (2023/24: £66,100).", True),
        ("How much was the parks budget in 2022?", "en", "The parks budget is £64,750.", True),  # dated nowhere
    ],
)  # fmt: skip
def test_figures_dated_only_to_other_years_do_not_answer_for_the_asked_year(
    question: str, language: str, sentence: str, answered: bool
) -> None:
    asked = profile(question, set(), known, language)
    scored = evidence.Scored(Sentence("d", 0, len(sentence), sentence), 0, 0.95, 0.95, True, frozenset(),
                             own_type=True, elsewhen=evidence._other_years(asked, sentence))  # fmt: skip
    verdict, why = evidence.answerable(asked, [scored], 0.8)
    assert verdict is answered
    assert answered or (why is not None and why.key == "no_year")


@pytest.mark.parametrize(
    ("question", "language", "text", "fits"),
    [
        # a place asked within a country („chinesischen“) is a place in it, where something is
        ("In welcher chinesischen Stadt eröffnete Velora ihr Labor?", "de", "Velora eröffnete ihr Labor in Shenzhen.",
         True),
        ("In welcher chinesischen Stadt eröffnete Velora ihr Labor?", "de", "Der Blick nach China lohnt sich.", False),
        ("In welcher chinesischen Stadt eröffnete Velora ihr Labor?", "de", "In Europa zögert man, anders als Velora.",
         False),
        ("In welcher chinesischen Stadt eröffnete Velora ihr Labor?", "de", "Das Labor liefert Daten von Nordlicht.",
         False),
        ("Near which Belgian city is the Velora hub?", "en", "The Velora hub is near Liège, in Belgium.", True),
        ("Near which Belgian city is the Velora hub?", "en", "The Velora hub is in Belgium, at an airport.", False),
        # … and so is a part of a named place: "in which part of Shenzhen", „in welchem Stadtteil von Shenzhen"
        ("In which part of Shenzhen is the Velora lab?", "en", "Velora runs a lab in Nanshan, near the port.", True),
        ("In which part of Shenzhen is the Velora lab?", "en", "Velora has labs in Shenzhen and Liège.", False),
        ("In welchem Stadtteil von Shenzhen steht das Labor von Velora?", "de",
         "Das Labor von Velora steht in Nanshan.", True),
        ("In welchem Stadtteil von Shenzhen steht das Labor von Velora?", "de",
         "Velora forscht in Shenzhen und Liège.", False),
    ],
)  # fmt: skip
def test_a_place_asked_within_a_country_is_a_place_in_it(question: str, language: str, text: str, fits: bool) -> None:
    corpus = {"Velora", "Nordlicht", "China", "Shenzhen", "Europa", "Belgium", "Liège", "Nanshan"}
    asked = profile(question, corpus, known, language)
    assert asked.kind == "place" and asked.within
    assert evidence._has_type(asked, text, corpus, language) is fits


@pytest.mark.parametrize(
    ("question", "language", "sentence", "answered"),
    [
        # a code the question names must be where the figure is: batch LX-3105-C is not batch LX-3105-A
        ("How many heaters were made in batch LX-3105-C?", "en", "| LX-3105-A | 2–9 May 2025 | 3,900 | 3,125 |", False),
        ("How many heaters were made in batch LX-3105-A?", "en", "In batch LX-3105-A, 3,900 heaters were made.", True),
        ("Wie viele Heizlüfter der Charge LX-3105-C wurden verkauft?", "de",
         "Von der Charge LX-3105-A wurden 3.125 Heizlüfter verkauft.", False),
    ],
)  # fmt: skip
def test_a_code_the_question_names_must_be_in_the_evidence(
    question: str, language: str, sentence: str, answered: bool
) -> None:
    asked = profile(question, set(), known, language)
    scored = evidence.Scored(Sentence("d", 0, len(sentence), sentence), 0, 0.95, 0.95, True, frozenset(),
                             own_type=True)  # fmt: skip
    verdict, why = evidence.answerable(asked, [scored], 0.8)
    assert verdict is answered
    assert answered or (why is not None and "LX-3105-C" in why.values["names"])


def test_a_table_row_counts_what_its_table_lists() -> None:
    from bot import tables

    row = "| LX-3105-A | 2–9 May 2025 | 3,900 | 3,125 |"
    header = "| Batch | Made | Units made | Units sold |"
    table = tables.Table("Affected batches of the Brightline heater:", header, tuple(tables.cells(header)))
    asked = profile("How many heaters from batch LX-3105-A were sold?", set(), known, "en")
    scored = evidence.Scored(Sentence("d", 0, len(row), row), 0, 0.95, 0.95, True, frozenset(), own_type=True,
                             table=table)  # fmt: skip
    assert evidence.answerable(asked, [scored], 0.8)[0] is True


def test_a_word_that_merely_ends_like_a_place_adjective_asks_within_nothing() -> None:
    corpus = {"Neuem", "Velora"}
    assert profile("Wo werden die neuen Anlagen von Velora gebaut?", corpus, known, "de").within == ()


@pytest.mark.parametrize(
    ("question", "language", "text", "fits"),
    [
        # a figure for another period (a year for a month, a day ticket for a year)
        ("Wie viel zahlt ein Mieter im Monat?", "de", "Der Stellplatz kostet 480 Euro im Jahr.", False),
        ("Wie viel zahlt ein Mieter im Monat?", "de", "Der Stellplatz kostet 40 Euro monatlich.", True),
        ("Wie viel zahlt ein Mieter im Monat?", "de", "Der Stellplatz kostet 40 Euro.", True),
        ("Was kostet die Jahreskarte im Zoo?", "de", "Die Tageskarte kostet 12 Euro.", False),
        ("How much is the gym membership per month?", "en", "Membership costs £240 a year.", False),
        ("How much is the gym membership per month?", "en", "Membership costs £20 a month, or £220 a year.", True),
        ("How much did the club pay a year ago?", "en", "The fee was £20.", True),  # "a year ago" is no period
        # a whole is not answered by a figure for a part alone
        ("What was Velora's total revenue for the full year 2024?", "en",
         "Allein am Aktionstag setzte Velora 3,1 Milliarden Euro um.", False),
        ("Wie viel Umsatz machte Velora insgesamt im Jahr 2024?", "de",
         "On its sales day alone Velora took 3.1 billion euros.", False),
        ("What was Velora's total revenue for the full year 2024?", "en", "Velora took 41 billion euros in 2024.",
         True),
        ("Wie viel Umsatz machte Velora am Aktionstag?", "de",
         "Allein am Aktionstag setzte Velora 3,1 Milliarden Euro um.", True),
        # a figure for some days (school days, the weekend, the holidays) does not answer for others
        ("Um wie viel länger schliefen die Kinder am Wochenende?", "de",
         "An Schultagen schliefen die Kinder 40 Minuten länger als vorher.", False),
        ("Um wie viel länger schliefen die Kinder am Wochenende?", "de",
         "Am Wochenende lag der Unterschied bei 12 Minuten.", True),
        ("How many visitors came on weekdays?", "en", "At weekends the museum counted 900 visitors a day.", False),
        ("How many visitors came on weekdays?", "en", "The museum counted 900 visitors.", True),
        ("How many buses run during the school holidays?", "en", "On school days 14 buses run.", False),
        # … nor for another season, in either language
        ("Wie viele Fahrten der Fähre fielen im letzten Sommer aus?", "de",
         "Last winter 27 sailings were cancelled.", False),
        ("Wie viele Fahrten der Fähre fielen im letzten Sommer aus?", "de",
         "Last summer 6 sailings were cancelled.", True),
        ("How many guests stayed at the hut in winter?", "en", "Im Sommer übernachteten 1.400 Gäste.", False),
        ("How many guests stayed at the hut in winter?", "en", "The hut had 1,400 guests.", True),
        ("How much is the spring term course fee?", "en", "The autumn course costs £80.", False),
        ("Wie viele Schließfächer wurden seit dem Frühjahr aufgestellt?", "de",
         "The firms have opened 340 lockers since spring.", True),
        # a season compared with is not the figure's own
        ("How many courses does the centre offer this spring?", "en",
         "Wir bieten in diesem Semester 214 Kurse an, 18 mehr als im Herbst.", True),
        ("How many courses does the centre offer this spring?", "en", "Im Herbst boten wir 196 Kurse an.", False),
    ],
)  # fmt: skip
def test_what_a_figure_is_for_decides_whether_it_answers(question: str, language: str, text: str, fits: bool) -> None:
    asked = profile(question, {"Velora"}, known, language)
    assert evidence._has_type(asked, text, {"Velora"}, language) is fits


@pytest.mark.parametrize(("covers", "lead"), [(frozenset(), ""), (frozenset({"Kiel"}), "40 [1]")])
def test_no_first_line_where_a_second_quote_states_the_asked_type_and_nothing_ties_the_first(
    covers: frozenset[str], lead: str
) -> None:
    """Two passages of a made-up article each count people, equally close: the first line would pick one by a
    coin toss, unless a name of the question stands with the first (both quotes are shown either way)."""
    from bot.records import Passage

    one, two = "In Kiel arbeiten heute 40 Menschen im Laden.", "Im Lager arbeiten heute 25 Menschen."
    passages = [
        Passage("p1", "d", "Laden", one, 0, len(one), language="de"),
        Passage("p2", "d", "Laden", two, 100, 100 + len(two), language="de"),
    ]
    many = profile("Wie viele Menschen arbeiten dort in Kiel?", {"Kiel"}, known, "de")
    first = evidence.Scored(Sentence("d", 0, len(one), one, para=0), 0, 0.9, 0.9, True, covers, True)
    other = evidence.Scored(Sentence("d", 100, 100 + len(two), two, para=1), 1, 0.89, 0.89, True, covers, True)
    part = extractive.Part(many, [first, other], np.zeros(2))
    quoted = extractive.compose([part], [], passages, "de", lambda v: None)
    assert len(quoted.citations) == 2
    assert quoted.lead == lead
