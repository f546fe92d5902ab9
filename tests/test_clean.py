"""Cleaning: page furniture goes, article text stays — on the seed articles and on made-up samples."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import SEED_ARTICLES

from ingest import clean, load


def _cleaned(name: str) -> clean.Cleaned:
    article, _ = load.load(SEED_ARTICLES / name, 20_000_000)
    return clean.clean(article.text)


# (article, rules that fired and how often, furniture that must be gone, first and last words of what stays)
SEED = [
    (
        "000_df76fc5b86ac5428.txt",
        {"comment counter": 1, "comment form": 5},
        [
            "0 Antworten",
            "Hinterlassen Sie einen Kommentar",
            "Wollen Sie an der Diskussion teilnehmen?",
            "Feel free to contribute!",
            "Schreibe einen Kommentar",
            "Deine E-Mail-Adresse wird nicht veröffentlicht",
            "Erforderliche Felder",
        ],
        "Berlin macht Online stark – Hochstimmung bei Amazon\n\nBerlin hat sich",
        "Damit sind nicht spezifische Technologien oder Produkte gemeint, sondern die richtige Einstellung, "
        "um der Zukunft unternehmerisch zu begegnen. (red)",
    ),
    (
        "001_c4b7c9fe94666a12.txt",
        {"newsletter plea": 1},
        ["Newsletter", "PS Finden Sie diese Informationen hilfreich?"],
        "Der Kunde ist König…\n…wie es so schön heißt.",
        "Glückliche Kunden machen die Seller glücklich – und Amazon auch. "
        "Diese Rechnung ist doch eigentlich gar nicht so schwer, oder?",
    ),
    (
        "002_25c4cc863f9afe71.txt",
        {"reading time": 1, "breadcrumb": 1, "repeated paragraph": 1},
        ["5 min Lesedauer", "Lesedauer", "Home / Blog /"],
        "Amazons Customer Obsession\n\nGeschrieben von Christian Doll | 14.01.2020\n\n",
        "In meinen Blog-Posts möchte ich das gleiche Prinzip anwenden.",
    ),
    (
        "003_d73d4938a5856545.txt",
        {"related reading": 10, "image placeholder": 1, "hashtags": 1},
        [
            "Tiefer eintauchen",
            "Lesetipp",
            "BSI Customer Suite",
            "Bieten Sie eine wirklich überzeugende Customer Experience",
            "bsi.",
            "#news",
            "Image",
        ],
        "Manager*innen an die Kundenfront!\n\nCharlotte Malz\nHead of Marketing, BSI\n\nDer Blick nach China",
        "Der Blick nach China zeigt, was schon heute machbar ist – und dort werden weiterhin sehr viele "
        "Ressourcen in das Thema KI und darauf basierende Geschäftsmodelle gesteckt.",
    ),
    (
        "004_076a3b19f75f80d4.txt",
        {},
        [],
        "date 2018-12\n\nIn den letzten Jahren schaffte es Alibaba, bzw. die Handelsplattform AliExpress",
        "die eigene Secondhand-Plattform Xianyu setzt bereits einen Chatbot ein, der mit interessierten "
        "Kunden um die Preise feilscht.\n\nVia T3N und ZDNet",
    ),
]


@pytest.mark.parametrize(("name", "rules", "furniture", "starts", "ends"), SEED, ids=[row[0][:3] for row in SEED])
def test_seed_article_loses_its_furniture_and_keeps_its_text(name, rules, furniture, starts, ends):
    cleaned = _cleaned(name)
    assert Counter(rule for rule, _ in cleaned.removed) == rules
    for line in furniture:
        assert line not in cleaned.text
    assert cleaned.text.startswith(starts)
    assert cleaned.text.endswith(ends)


def test_repeated_lead_paragraph_is_kept_once():
    text = _cleaned("002_25c4cc863f9afe71.txt").text
    assert text.count("Amazons Customer Obsession ist legendär") == 1


@pytest.mark.parametrize("name", [row[0] for row in SEED], ids=[row[0][:3] for row in SEED])
def test_cleaning_keeps_lines_unchanged_and_in_order(name):
    article, _ = load.load(SEED_ARTICLES / name, 20_000_000)
    original = [line.rstrip() for line in article.text.splitlines()]
    kept = [line for line in _cleaned(name).text.splitlines() if line.strip()]
    position = 0
    for line in kept:
        # the only lines that are not whole original lines are the first two of 004 (its date line was cut off)
        matches = [i for i in range(position, len(original)) if original[i] == line or line in original[i]]
        assert matches, line
        position = matches[0] + (original[matches[0]] == line)


P1 = "Amazon beschäftigt im Großraum Berlin über 2.000 Menschen."
P2 = "Das Entwicklungszentrum liegt in den Krausenhöfen."
P3 = "Dort forschen mehr als 20 Teams am Maschinellen Lernen."
PLEA = "PS Finden Sie diese Informationen hilfreich? Dann melden Sie sich gerne für meinen Newsletter an."
LEAD = "Alibaba mietet ein Logistikzentrum am Flughafen Lüttich in Belgien."

# (rule, text, what stays, removed lines): one made-up sample per rule
FURNITURE = [
    ("reading time", f"5 min Lesedauer\n\n{P1}\n\n{P2}", f"{P1}\n\n{P2}", ["5 min Lesedauer"]),
    ("reading time", f"{P1}\nReading time: 4 minutes\n{P2}", f"{P1}\n{P2}", ["Reading time: 4 minutes"]),
    ("breadcrumb", f"Home / Blog / Amazon in Berlin\n\n{P1}", P1, ["Home / Blog / Amazon in Berlin"]),
    ("breadcrumb", f"Startseite › Wirtschaft › Handel\n{P1}", P1, ["Startseite › Wirtschaft › Handel"]),
    ("comment counter", f"{P1}\n\n0 Antworten\n\n{P2}", f"{P1}\n\n{P2}", ["0 Antworten"]),
    ("comment counter", f"{P1}\n\n12 Kommentare\n\n{P2}", f"{P1}\n\n{P2}", ["12 Kommentare"]),
    (
        "comment form",
        f"{P1}\n\nHinterlassen Sie einen Kommentar\n\n{P2}",
        f"{P1}\n\n{P2}",
        ["Hinterlassen Sie einen Kommentar"],
    ),
    (
        "comment form",
        f"{P1}\n\nDeine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.\n\n{P2}",
        f"{P1}\n\n{P2}",
        ["Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert."],
    ),
    ("comment form", f"{P1}\n\nLeave a Reply\n\n{P2}", f"{P1}\n\n{P2}", ["Leave a Reply"]),
    ("newsletter plea", f"{P1}\n{P2}\n{PLEA}", f"{P1}\n{P2}", [PLEA]),
    (
        "newsletter plea",
        f"{P1}\n\nAbonnieren Sie unseren Newsletter!\n\n{P2}",
        f"{P1}\n\n{P2}",
        ["Abonnieren Sie unseren Newsletter!"],
    ),
    (
        "newsletter plea",
        f"{P1}\n\nSign up for our newsletter\n\n{P2}",
        f"{P1}\n\n{P2}",
        ["Sign up for our newsletter"],
    ),
    ("image placeholder", f"{P1}\n\nImage\n\n{P2}", f"{P1}\n\n{P2}", ["Image"]),
    ("image placeholder", f"{P1}\n\nFoto: dpa\n\n{P2}", f"{P1}\n\n{P2}", ["Foto: dpa"]),
    ("hashtags", f"{P1}\n#news #amazon\n{P2}", f"{P1}\n{P2}", ["#news #amazon"]),
    (
        "share line",
        f"{P1}\n\nTeilen: Facebook, Twitter, WhatsApp\n\n{P2}",
        f"{P1}\n\n{P2}",
        ["Teilen: Facebook, Twitter, WhatsApp"],
    ),
    (
        "related reading",
        f"{P1}\n\n{P2}\n\n{P3}\n\nDas könnte Sie auch interessieren:\n\nAmazon eröffnet ein neues Depot in Tegel.",
        f"{P1}\n\n{P2}\n\n{P3}",
        ["Das könnte Sie auch interessieren:", "Amazon eröffnet ein neues Depot in Tegel."],
    ),
    (
        "link list",
        f"{P1}\n\n{P2}\n\nbsi.engage\nbsi.cx\nbsi.crm",
        f"{P1}\n\n{P2}",
        ["bsi.engage", "bsi.cx", "bsi.crm"],
    ),
    ("repeated paragraph", f"{LEAD}\n\n{P1}\n\n{LEAD}\n\n{P2}", f"{LEAD}\n\n{P1}\n\n{P2}", [LEAD]),
]


def test_a_date_glued_to_the_first_sentence_gets_a_line_of_its_own():
    cleaned = clean.clean(f" date 2018-12 {LEAD}\n\n{P1}")
    assert cleaned.text == f"date 2018-12\n\n{LEAD}\n\n{P1}"
    assert cleaned.removed == []


@pytest.mark.parametrize(
    ("rule", "text", "kept", "lines"), FURNITURE, ids=[f"{row[0]}-{i}" for i, row in enumerate(FURNITURE)]
)
def test_furniture_sample_is_removed_by_its_rule(rule, text, kept, lines):
    cleaned = clean.clean(text)
    assert cleaned.text == kept
    assert cleaned.removed == [(rule, line) for line in lines]


# Lines that look like furniture but are article text. Each stands between P1/P2 and P3,
# in the last 30 % of the lines, where a teaser marker would cut the article.
CONTENT = [
    "Der Newsletter des Konzerns erreicht inzwischen zwei Millionen Leser.",
    "Amazon verschickt jede Woche einen Newsletter an Kunden in Japan.",
    "Im Newsletter kündigte Amazon neue Funktionen an.",
    "Mehr als zwei Millionen Kunden haben den Newsletter abonniert, berichtet der Konzern.",
    "Home office ist für viele Amazon-Mitarbeiter vorbei.",
    "Home/Office-Regelungen wurden im Januar gestrichen.",
    "2.000",
    "2018",
    "Wie hebt sich Berlin von anderen Metropolen ab?",
    "Bild und Ton müssen bei Videoanrufen stimmen.",
    "Teilen ist für Amazon keine Option.",
    "3 Antworten hatte Herbrich auf jede Frage parat.",
    "Die Lesedauer eines Artikels sinkt seit Jahren.",
    "#1 im Onlinehandel ist Amazon.",
    "Kunden wollen heute mehr zum Thema Nachhaltigkeit wissen, sagt die Studie.",
    "Wer weiterlesen möchte, findet die Studie auf der Website des Verbands.",
    "Kundenfokus\nInnovation\nTempo",
]


@pytest.mark.parametrize("line", CONTENT)
def test_content_that_looks_like_furniture_is_kept(line):
    text = f"{P1}\n\n{P2}\n\n{line}\n\n{P3}"
    cleaned = clean.clean(text)
    assert cleaned.removed == []
    assert cleaned.text == text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Größere Pakete für Düsseldorf\n\nDie Paketboten …", "Größere Pakete für Düsseldorf"),
        ("\n\n  Erste Zeile  \nZweite", "Erste Zeile"),
        ("x" * 121 + "\nZweite Zeile", ""),
        ("", ""),
    ],
)
def test_title_from_first_short_line(text, title):
    assert clean.title_from(text) == title


def test_line_endings_and_trailing_spaces_are_normalised():
    assert clean.clean(f"{P1}   \r\n\r\n{P2}\r{P3}").text == f"{P1}\n\n{P2}\n{P3}"


def test_cleaning_is_idempotent_on_the_seed_articles():
    for path in sorted(Path(SEED_ARTICLES).glob("*.txt")):
        once = clean.clean(load.load(path, 20_000_000)[0].text).text
        assert clean.clean(once).text == once, path.name


# --- web-page furniture: what saved news and blog pages leave behind (made-up lines) ---

E1 = "The council approved the new cycle lanes on Tuesday by a vote of 9 to 4."
E2 = "Work on the first section is due to start in March and to cost about $2.4 million."
E3 = "A second section along the river will follow in 2026, the transport office said."
GERMAN = (P1, P2)
ENGLISH = (E1, E2)

# (paragraphs around the line, rule, line); each line stands between the two paragraphs, mid-article
WEB_FURNITURE = [
    (GERMAN, "cookie banner", "Diese Website nutzt Cookies, um Ihnen das beste Nutzungserlebnis zu bieten."),
    (GERMAN, "cookie banner", "Alle Cookies zulassen"),
    (GERMAN, "cookie banner", "Nur erforderliche Cookies"),
    (GERMAN, "cookie banner", "Auswahl speichern"),
    (ENGLISH, "cookie banner", "We use cookies to personalise content and ads and to analyse our traffic."),
    (ENGLISH, "cookie banner", "By using this website, you consent to the use of cookies as set out in our policy."),
    (ENGLISH, "cookie banner", "Reject all"),
    (ENGLISH, "cookie banner", "Manage preferences"),
    (ENGLISH, "cookie banner", "We value your privacy"),
    (GERMAN, "share buttons", "Per Telegram senden"),
    (GERMAN, "share buttons", "Beitrag teilen"),
    (GERMAN, "share buttons", "Zur Merkliste hinzufügen"),
    (GERMAN, "share buttons", "Auf LinkedIn teilen | Per E-Mail senden | Link kopieren"),
    (ENGLISH, "share buttons", "Share on Reddit"),
    (ENGLISH, "share buttons", "Gift this article"),
    (ENGLISH, "share buttons", "Facebook · X · LinkedIn"),
    (GERMAN, "keyboard help", "Tastenkombinationen: J nächster Artikel, K vorheriger Artikel"),
    (GERMAN, "keyboard help", "Drücken Sie Esc, um die Ansicht zu schließen."),
    (ENGLISH, "keyboard help", "Keyboard shortcuts (press ? to open)"),
    (ENGLISH, "keyboard help", "Press Escape to close the gallery."),
    (GERMAN, "read more", "Mehr erfahren »"),
    (GERMAN, "read more", "Zum ganzen Artikel →"),
    (GERMAN, "read more", "Die Stadt plant eine neue Brücke über den Kanal … weiterlesen"),
    (ENGLISH, "read more", "Continue reading →"),
    (ENGLISH, "read more", "The council votes on the budget today... Read more"),
    (GERMAN, "newsletter plea", "Jeden Freitag das Wichtigste: Unser Newsletter kommt direkt in Ihr Postfach."),
    (GERMAN, "newsletter plea", "Jetzt kostenlos registrieren"),
    (GERMAN, "newsletter plea", "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu."),
    (ENGLISH, "newsletter plea", "Our morning briefing, straight to your inbox every weekday."),
    (ENGLISH, "newsletter plea", "By subscribing, you agree to receive our emails."),
    (ENGLISH, "newsletter plea", "Enter your email address"),
    (GERMAN, "paywall", "Weiterlesen mit SZ Plus"),
    (GERMAN, "paywall", "Jetzt 30 Tage kostenlos testen und alle Inhalte lesen."),
    (GERMAN, "paywall", "Dieser Artikel ist exklusiv für Abonnenten."),
    (GERMAN, "paywall", "Schon registriert? Hier einloggen"),
    (ENGLISH, "paywall", "You have reached your limit of free articles."),
    (ENGLISH, "paywall", "Subscribe now for unlimited access to all our journalism."),
    (ENGLISH, "paywall", "This article is for subscribers only."),
    (ENGLISH, "paywall", "Start your free trial"),
    (ENGLISH, "paywall", "Get full access for only £1 for your first month."),
    (GERMAN, "site links", "Impressum | Datenschutzerklärung | AGB"),
    (GERMAN, "site links", "Nach oben"),
    (GERMAN, "site links", "Direkt zum Inhalt"),
    (GERMAN, "site links", "© 2020 Musterverlag GmbH"),
    (GERMAN, "site links", "Nächster Beitrag"),
    (ENGLISH, "site links", "Skip to main content"),
    (ENGLISH, "site links", "Terms of Service · Privacy Notice · Accessibility"),
    (ENGLISH, "site links", "Powered by Ghost"),
    (ENGLISH, "site links", "Newer post"),
    (GERMAN, "tag line", "Schlagwörter: Verkehr, Stadtplanung, Radwege"),
    (GERMAN, "tag line", "Dieser Eintrag wurde am 3. Mai 2021 unter Allgemein veröffentlicht."),
    (ENGLISH, "tag line", "Tags: transport, cycling, city hall"),
    (ENGLISH, "tag line", "This entry was posted in News and tagged budget."),
    (ENGLISH, "tag line", "Filed under Politics"),
    (GERMAN, "tip line", "Haben Sie einen Hinweis für uns? Schreiben Sie an tipps@beispiel.de"),
    (ENGLISH, "tip line", "Got a tip? Send it to news@example.com"),
    (ENGLISH, "tip line", "Spotted a typo? Let us know."),
    (
        GERMAN,
        "comment form",
        "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.",
    ),
    (GERMAN, "comment form", "Antworten abbrechen"),
    (GERMAN, "comment form", "5 Kommentare zu „Neue Radwege in der Altstadt“"),
    (ENGLISH, "comment form", "Comments are closed."),
    (ENGLISH, "comment form", "12 thoughts on “Cycling to work in winter”"),
    (ENGLISH, "comment form", "Reply"),
]


@pytest.mark.parametrize(
    ("around", "rule", "line"), WEB_FURNITURE, ids=[f"{row[1]}-{i}" for i, row in enumerate(WEB_FURNITURE)]
)
def test_web_furniture_line_is_removed_by_its_rule(around, rule, line):
    first, second = around
    cleaned = clean.clean(f"{first}\n\n{line}\n\n{second}")
    assert cleaned.text == f"{first}\n\n{second}"
    assert cleaned.removed == [(rule, line)]


def test_furniture_in_the_other_language_is_removed_too():
    # an English article behind a German cookie dialog, a German one with English share buttons
    banner = "Wir verwenden Cookies und ähnliche Technologien, um Ihr Erlebnis zu verbessern."
    cleaned = clean.clean(f"{banner}\n\nAlle akzeptieren\n\n{E1}\n\n{E2}")
    assert cleaned.text == f"{E1}\n\n{E2}"
    assert cleaned.removed == [("cookie banner", banner), ("cookie banner", "Alle akzeptieren")]
    cleaned = clean.clean(f"{P1}\n\nShare on Facebook\n\n{P2}")
    assert (cleaned.text, cleaned.removed) == (f"{P1}\n\n{P2}", [("share buttons", "Share on Facebook")])


@pytest.mark.parametrize(
    ("byline", "kept", "cut"),
    [
        ("Von Anna Muster | 12.03.2021 | 4 Minuten Lesezeit", "Von Anna Muster | 12.03.2021", "4 Minuten Lesezeit"),
        ("By Sam Example · 6 min read", "By Sam Example", "6 min read"),
        ("By Sam Example · · 6 min read", "By Sam Example", "6 min read"),
        ("Lesezeit: 3 Minuten · Von Anna Muster", "Von Anna Muster", "Lesezeit: 3 Minuten"),
    ],
)
def test_reading_time_is_cut_from_a_byline(byline, kept, cut):
    cleaned = clean.clean(f"{byline}\n\n{E1}\n\n{E2}")
    assert cleaned.text == f"{kept}\n\n{E1}\n\n{E2}"
    assert cleaned.removed == [("reading time", cut)]


@pytest.mark.parametrize(
    ("heading", "teasers", "around"),
    [
        ("Lesen Sie auch:", ["Stadt plant neue Radwege", "Baustelle am Bahnhof dauert länger"], (P1, P2, P3)),
        ("Mehr aus Leipzig", ["Zoo bekommt ein neues Elefantenhaus"], (P1, P2, P3)),
        ("More from Metro", ["Council approves budget", "Schools reopen on Monday"], (E1, E2, E3)),
        ("Recommended for you", ["Why the bridge is closed again"], (E1, E2, E3)),
    ],
)
def test_related_heading_inside_the_article_goes_with_its_teasers(heading, teasers, around):
    first, second, third = around
    block = "\n\n".join([heading, *teasers])
    cleaned = clean.clean(f"{first}\n\n{block}\n\n{second}\n\n{third}")
    assert cleaned.text == f"{first}\n\n{second}\n\n{third}"
    assert cleaned.removed == [("related reading", line) for line in [heading, *teasers]]


def test_related_heading_near_the_end_cuts_everything_after_it():
    tail = ["Most read", "Mayor resigns after budget row", "A new bakery opens in the old station."]
    cleaned = clean.clean("\n\n".join([E1, E2, E3, P1, P2, P3, *tail]))
    assert cleaned.text == "\n\n".join([E1, E2, E3, P1, P2, P3])
    assert cleaned.removed == [("related reading", line) for line in tail]


# Lines that use furniture words but are article text (same place as CONTENT: near the end, mid-paragraphs)
WEB_CONTENT = [
    "Die EU-Kommission will Cookie-Banner vereinfachen, weil viele Nutzer sie einfach wegklicken.",
    "„Wir verwenden keine Cookies“, sagte die Sprecherin des Ministeriums.",
    "We use cookies from the bakery on Main Street for every school event, the principal said.",
    "Share prices fell by 4 percent on Tuesday.",
    "Print newspapers lost another 6 percent of their readers last year.",
    "Mehr erfahren wollten die Abgeordneten über die Kosten des Projekts.",
    "Read more books, the doctor advised her patients.",
    "Weiterlesen lohnt sich: Im zweiten Teil des Berichts stehen die Zahlen.",
    "Abonnenten zahlen künftig 14,99 Euro im Monat, teilte der Verlag mit.",
    "The newspaper offers a subscription for just $4 per month, the company said.",
    "Themen wie Hitze und Starkregen bestimmen den Wahlkampf.",
    "Keyboard shortcuts save office workers hours every week, the study found.",
    "Press the red button to close the valve, the manual says.",
    "Most read books in 2023 were crime novels.",
    "Related to this, the council also cut the library budget.",
    "Impressum und Datenschutz sind Pflicht für jede Website, sagt der Anwalt.",
    "Mehr aus Neugier als aus Not zog sie nach Berlin.",
    "Antworten gibt es bislang keine.",
    "Akzeptieren will die Gewerkschaft das Angebot nicht.",
    "Tastaturkürzel sind für viele ältere Nutzer ein Rätsel.",
    "Haben Sie einen Hund, brauchen Sie eine Haftpflichtversicherung.",
    "Die Stadt hat 12.000 Abonnenten ihres Bürgerbriefs.",
    "Von Anna Muster | 12.03.2021",
]


@pytest.mark.parametrize("line", WEB_CONTENT)
def test_content_with_web_furniture_words_is_kept(line):
    text = f"{P1}\n\n{P2}\n\n{line}\n\n{P3}"
    cleaned = clean.clean(text)
    assert cleaned.removed == []
    assert cleaned.text == text
