"""The claim check and the verifier: exact verdicts for labelled claims in German and English,
every kind of alteration, bad input as one line, and extractive citations that hold by construction.

The claims here are written for the tests; the evaluation's claims (eval/claims.jsonl) stay out of
them so that they measure rather than train.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import numpy as np
import pytest

from bot import lang, verify
from bot.answer import Bot
from bot.check import check_claim, judge_answer

HERBRICH = "000_df76fc5b86ac5428"  # Amazon in Berlin, interview with Ralf Herbrich
EMPLOYEES = "001_c4b7c9fe94666a12"  # Amazon as an employer
DOLL = "002_25c4cc863f9afe71"  # Amazon's customer obsession, by Christian Doll
KREUTZER = "003_d73d4938a5856545"  # interview with Ralf T. Kreutzer
ALIBABA = "004_076a3b19f75f80d4"  # Alibaba's logistics centre in Europe

S, N = "supported", "not_supported"

# (claim, article, verdict, kind)
CLAIMS = [
    ("Amazon hat seinen Standort in Berlin in den vergangenen sechs Jahren stark ausgebaut.", HERBRICH, S, "true"),
    ("Die neuen Anlagen am Flughafen sollen 75 Millionen Euro kosten.", ALIBABA, S, "true"),
    ("Over the next five years, goods worth 200 billion US dollars are to be exported to China.", ALIBABA, S, "true"),
    ("Third-party sellers generate more than 60 percent of the product revenue on Amazon.", None, S, "true"),
    ("Kreutzer is convinced that it pays to look to China.", KREUTZER, S, "paraphrase"),
    # litotes: "keine leichte Aufgabe" does not deny the 1.5 million employees
    ("Weltweit gibt es 1,5 Millionen Beschäftigte.", EMPLOYEES, S, "true"),
    ("Amazon beschäftigt im Großraum Berlin über 20.000 Mitarbeiter.", HERBRICH, N, "number_altered"),
    ("Amazon beschäftigt im Großraum Berlin über 20.000 Mitarbeiter.", None, N, "number_altered"),
    ("The new facilities are to cost 750 million euros.", ALIBABA, N, "number_altered"),
    ("Drittanbieter generieren mehr als 70 % des Produktumsatzes auf Amazon.", None, N, "number_altered"),
    ("Auf der NeurIPS 2019 präsentierte der Konzern seinen eigenen digitalen Assistenten.", ALIBABA, N, "date_altered"),
    ("The logistics centre is to start operating in 2022.", ALIBABA, N, "date_altered"),
    ("Steve Anderson ist Direktor für Maschinelles Lernen bei Amazon.", HERBRICH, N, "name_swapped"),
    ("The Electronic World Trade Platform was launched by Jeff Bezos.", ALIBABA, N, "name_swapped"),
    ("Drittanbieter generieren nicht mehr als 60 % des Produktumsatzes auf Amazon.", None, N, "negation"),
    ("Amazon does not employ more than 2,000 people in the greater Berlin area.", HERBRICH, N, "negation"),
    ("Die neuen Anlagen sollen 75 Millionen Euro kosten.", KREUTZER, N, "wrong_article"),
    ("Amazon employs 1.5 million people worldwide.", DOLL, N, "wrong_article"),
    # the four failure shapes of the issue, about other facts of the articles: a word fraction …
    ("Fewer than half of the product revenue on Amazon.com comes from third-party sellers.", EMPLOYEES, N,
     "comparative"),
    ("Drittanbieter erwirtschaften über die Hälfte des Produktumsatzes auf Amazon.com.", EMPLOYEES, S, "comparative"),
    ("Kreutzer says three functions of an app may cover more than three quarters of the use cases.", KREUTZER, S,
     "comparative"),
    ("Laut Kreutzer decken drei Funktionen einer App womöglich weniger als zwei Drittel der Use Cases ab.",
     KREUTZER, N, "comparative"),
    # … a swapped place (the city is in the sentence before the quote's neighbour) …
    ("Amazon hat ein Logistikzentrum in Potsdam.", HERBRICH, N, "place_swapped"),
    ("Amazon has a Fresh depot in Spandau.", HERBRICH, N, "place_swapped"),
    ("Amazon hat ein Fresh-Depot in Tegel.", HERBRICH, S, "true"),
    # … a swapped role …
    ("Jeff Bezos analyses Steve Anderson's letters to Amazon shareowners.", DOLL, N, "role_swapped"),
    ("Alibaba-Chef Jack Ma hat die Electronic-World-Trade-Plattform ins Leben gerufen.", ALIBABA, S, "true"),
    ("Cainiao-Chef Jack Ma hat das Logistikzentrum gemietet.", ALIBABA, N, "role_swapped"),
    # … and an overclaim
    ("Kreutzer empfiehlt, den Kundenservice vollständig mit Chatbots zu betreiben.", KREUTZER, N, "overclaim"),
    ("Herbrich says all Amazon services are offered in Berlin first.", HERBRICH, N, "overclaim"),
    ("Herbrich says many services are offered in Berlin first.", HERBRICH, S, "paraphrase"),
]  # fmt: skip


def _row(case: Any) -> tuple[Any, ...]:
    return tuple(case.values) if hasattr(case, "values") else tuple(case)


@pytest.fixture(scope="module")
def bot(seed_store) -> Bot:
    return Bot(seed_store.settings)


@pytest.mark.parametrize(
    ("claim", "doc_id", "verdict", "kind"), CLAIMS, ids=[f"{_row(c)[3]}-{i}" for i, c in enumerate(CLAIMS)]
)
def test_claim_verdicts(bot: Bot, claim: str, doc_id: str | None, verdict: str, kind: str) -> None:
    result = check_claim(bot, claim, doc_id=doc_id)
    assert result.verdict == verdict, result.public()
    best = result.evidence[0]
    if doc_id:
        assert all(e.passage.doc_id == doc_id for e in result.evidence)
    if verdict == S:
        assert best.supported and best.reasons == ()
        assert best.quote in best.passage.text
        article = bot.store.get_article(best.passage.doc_id)
        assert article is not None
        assert article.text[best.quote_start : best.quote_start + len(best.quote)] == best.quote
    else:
        assert best.reasons, "a claim that is not supported says why"


def test_every_kind_in_both_languages_is_covered() -> None:
    covered = {(kind, lang.detect(claim).language) for claim, _, _, kind in map(_row, CLAIMS)}
    kinds = ("true", "number_altered", "date_altered", "name_swapped", "negation", "wrong_article", "comparative",
             "place_swapped", "role_swapped", "overclaim")  # fmt: skip
    assert covered >= {(kind, language) for kind in kinds for language in ("de", "en")}


@pytest.mark.parametrize("doc_id", [HERBRICH, None])
def test_a_number_altered_claim_is_never_supported(bot: Bot, doc_id: str | None) -> None:
    result = check_claim(bot, "Amazon hat im Großraum Berlin über 20.000 Mitarbeiter.", doc_id=doc_id)
    assert result.verdict == N
    assert all(not e.supported for e in result.evidence)
    assert any("20.000" in r for r in result.evidence[0].reasons)


def test_the_json_object(bot: Bot) -> None:
    out = check_claim(bot, "Mittlerweile beschäftigt Amazon im Großraum Berlin über 2.000 Mitarbeiter.").public()
    assert set(out) >= {"claim", "verdict", "score", "evidence"}
    assert out["verdict"] == S
    first = out["evidence"][0]
    assert set(first) >= {"doc_id", "title", "text", "start", "end", "score"}
    assert first["doc_id"] == HERBRICH
    assert "über 2.000 Mitarbeiter" in first["quote"]
    json.dumps(out)


# --- extractive answers: every citation holds by construction --------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Wie viele Mitarbeiter beschäftigt Amazon im Großraum Berlin?",
        "How much revenue did Alibaba make on Singles Day?",
        "Was kosten die neuen Anlagen am Flughafen?",
        "Who is Ralf Herbrich?",
    ],
)
def test_extractive_citations_hold(bot: Bot, question: str) -> None:
    answer = bot.answer(question, mode="extractive")
    assert not answer.refused and answer.citations
    assert all(s.verdict == "supported" for s in answer.statements)
    for c in answer.citations:
        assert c.supported is True
        assert c.quote in c.passage.text
        # the project's own verifier agrees: a verbatim quote supports itself
        vec = np.asarray(bot.embedder.get_query_embedding(c.quote), dtype=np.float32)
        end = c.quote_start + len(c.quote)  # a quote may be a stretch of sentences
        sentences = [
            sv for sv in bot.store.sentences_of([c.passage]) if c.quote_start <= sv[0].start and sv[0].end <= end
        ]
        check = verify.check(
            c.quote, vec, sentences, bot.names, bot.settings.support_threshold, bot.head(c.passage.doc_id)
        )
        assert check.supported, check.reasons


# --- a text: each statement on its own, [n] against its article --------------------------------

PARAGRAPH = """Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter [1]. \
Das Logistikzentrum von Alibaba soll 2021 seinen Betrieb aufnehmen [2]. \
Drittanbieter generieren mehr als 60 % des Produktumsatzes auf Amazon.com [3]. \
Die neuen Anlagen am Flughafen sollen 90 Millionen Euro kosten [2]. \
Amazon betreibt ein Fresh-Depot in Spandau [1].

Quellen:
[1] Berlin macht Online stark – Hochstimmung bei Amazon — BERLINboxx
    „Mittlerweile beschäftigen wir im Großraum Berlin über 2.000 Mitarbeiter.“
[2] Alibaba mietet Logistikzentrum in Belgien und zeigt digitalen Assistenten — 2018-12
[3] Der Kunde ist König…
"""


def test_a_paragraph_of_five_statements(bot: Bot) -> None:
    result = check_claim(bot, PARAGRAPH)
    assert [s.verdict for s in result.statements] == [S, S, S, N, N]
    assert [s.reference for s in result.statements] == [HERBRICH, ALIBABA, EMPLOYEES, ALIBABA, HERBRICH]
    assert result.verdict == "partly_supported"
    assert result.summary == "3 von 5 Aussagen belegt"
    # each statement is checked against the article its [n] names, and says what is wrong
    assert all(s.evidence[0].passage.doc_id == s.reference for s in result.statements)
    assert any(
        r.startswith("evidence says 75 Millionen, claim says 90 Millionen") for r in result.statements[3].reasons
    )
    assert any(r.startswith("place not in the evidence: Spandau") for r in result.statements[4].reasons)
    # every statement's span in the input holds its text, markers included
    for s in result.statements:
        assert s.text.rstrip(".") in " ".join(result.claim[s.start : s.end].split())
    assert result.claim[result.statements[0].start : result.statements[0].end].endswith("[1].")


def test_the_json_of_a_text(bot: Bot) -> None:
    out = check_claim(bot, PARAGRAPH).public()
    assert set(out) >= {"claim", "language", "verdict", "score", "evidence", "reasons", "timings", "statements"}
    assert out["verdict"] == "partly_supported" and out["summary"] == "3 von 5 Aussagen belegt"
    assert [set(s) >= {"text", "verdict", "score", "evidence", "reasons"} for s in out["statements"]] == [True] * 5
    assert out["statements"][3]["evidence"][0]["quote"].startswith("Das Logistikzentrum soll 2021")
    one = check_claim(bot, "Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter.").public()
    assert len(one["statements"]) == 1 and one["verdict"] == S and one["statements"][0]["verdict"] == S
    none = check_claim(bot, "Amazon beschäftigt in Berlin 20.000 Menschen. Alibaba baut in Brüssel.").public()
    assert none["verdict"] == N and [s["verdict"] for s in none["statements"]] == [N, N]
    json.dumps(out)


def test_a_reference_without_a_source_list_searches_all_articles(bot: Bot) -> None:
    result = check_claim(bot, "Drittanbieter generieren mehr als 60 % des Produktumsatzes auf Amazon.com [4].")
    [statement] = result.statements
    assert statement.verdict == S and statement.reference is None
    assert statement.notes == ("no source list for [4]; searched all articles",)


def test_a_doc_id_or_a_title_in_a_statement_names_its_article(bot: Bot) -> None:
    text = (
        f"In {KREUTZER} heißt es, drei Funktionen einer App deckten schon 80 % der Use Cases ab. "
        "Laut „Der Kunde ist König…“ generieren Drittanbieter mehr als 60 % des Produktumsatzes auf Amazon.com."
    )
    result = check_claim(bot, text)
    assert [s.reference for s in result.statements] == [KREUTZER, EMPLOYEES]
    assert [s.verdict for s in result.statements] == [S, S]


def test_an_article_named_by_its_quoted_title_is_the_one_checked_whichever_was_given(bot: Bot) -> None:
    # the statement names the post by its title; the article given is another one
    named = check_claim(bot, "Laut „Der Kunde ist König…“ betreibt Amazon ein Logistikzentrum in Brieselang.", HERBRICH)
    [statement] = named.statements
    assert statement.reference == EMPLOYEES and statement.verdict == N
    told = "Laut „Der Kunde ist König…“ generieren Drittanbieter mehr als 60 % des Produktumsatzes auf Amazon.com."
    [statement] = check_claim(bot, told, HERBRICH).statements
    assert statement.reference == EMPLOYEES and statement.verdict == S


def test_a_quotation_with_sentences_inside_is_one_statement(bot: Bot) -> None:
    result = check_claim(bot, "„Love your employees. Customers will follow“, sagt Jeff Bezos.", doc_id=EMPLOYEES)
    [statement] = result.statements
    assert statement.verdict == N
    # the quoted sentence gives the quotation to someone else, and the reason says so
    assert statement.reasons[0] == "name not in the evidence: Jeff Bezos (the quoted sentence says Simon Sinek)"


# --- the language model as judge: asked when there is one, and it can only lower a verdict -------


class ScriptedJudge:
    """A generator that answers each prompt with the next scripted reply, and keeps the prompts."""

    name = "scripted-judge"

    def __init__(self, *replies: str) -> None:
        self.replies = list(replies)
        self.prompts: list[list[dict[str, str]]] = []

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int) -> Iterator[str]:
        self.prompts.append(messages)
        yield self.replies.pop(0)


@pytest.fixture(scope="module")
def judged(seed_store) -> Callable[..., Bot]:
    def make(judge: Any) -> Bot:
        return Bot(seed_store.settings.model_copy(update={"mode": "auto"}), generator=judge)

    return make


def test_the_judge_can_turn_supported_into_not_supported(judged: Callable[..., Bot]) -> None:
    judge = ScriptedJudge("Nein.", "Ja")
    text = (
        "Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter. "
        "Die neuen Anlagen sollen 75 Millionen Euro kosten."
    )
    result = check_claim(judged(judge), text)
    assert len(judge.prompts) == 2  # one question per statement the rules support
    assert "Mittlerweile beschäftigen wir im Großraum Berlin über 2.000 Mitarbeiter." in judge.prompts[0][1]["content"]
    assert "Antworte mit Ja oder Nein" in judge.prompts[0][1]["content"]
    first, second = result.statements
    assert (first.verdict, first.decided_by) == (N, ("judge",))
    assert first.reasons[-1].startswith("the language model (scripted-judge) judges")
    assert (second.verdict, second.decided_by) == (S, ("all checks", "judge"))
    assert result.judge == "scripted-judge" and result.verdict == "partly_supported"


def test_the_judge_never_turns_not_supported_into_supported(judged: Callable[..., Bot]) -> None:
    judge = ScriptedJudge("Yes")
    result = check_claim(judged(judge), "Amazon employs more than 20,000 people in the greater Berlin area.")
    assert judge.prompts == []  # a statement the rules reject is not put to the judge
    assert result.verdict == N and result.statements[0].decided_by == ("amounts",)


@pytest.mark.parametrize(
    ("reply", "answer"),
    [
        ("Ja.", "yes"),
        ("Yes, it does.", "yes"),
        (" nein", "no"),
        ("No", "no"),
        ("Vielleicht", "unclear"),
        ("", "unclear"),
    ],
)
def test_the_judges_reply(reply: str, answer: str) -> None:
    assert judge_answer(reply) == answer


def test_the_test_model_as_judge(seed_store) -> None:
    settings = seed_store.settings.model_copy(
        update={"llm_backend": "llamacpp", "llm_model": "smollm2-test", "mode": "auto"}
    )
    bot = Bot(settings)
    result = check_claim(bot, "Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter. Alibaba baut in Brüssel.")
    assert result.judge is not None and result.judge.startswith("SmolLM2")
    first, second = result.statements
    assert "judge" in first.decided_by and any(n.startswith(f"judge {result.judge} (judge.de/") for n in first.notes)
    assert first.verdict in (S, N)  # the small model's yes or no, either way recorded
    assert second.verdict == N and "judge" not in second.decided_by  # rejected by the rules, never asked


# --- the command line ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def check(seed_store, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., CompletedProcess[str]]:
    from conftest import run_cli

    cwd = tmp_path_factory.mktemp("check")

    def run(*args: str | Path) -> CompletedProcess[str]:
        done = run_cli("bot", "check", "--store", seed_store.settings.store, *args, cwd=cwd)
        assert "Traceback" not in done.stdout + done.stderr
        return done

    return run


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("",), "artikelbot: the claim is empty – type a claim about the articles"),
        (
            ("Amazon " * 1500,),
            "artikelbot: the text has 10,499 characters; the limit is 10,000 – shorten it or check it in parts",
        ),
        (
            ("--file", "nicht-da.txt"),
            "artikelbot: file 'nicht-da.txt' not found – give a text file to check, or - for standard input",
        ),
        (
            ("Amazon emploie plus de deux mille personnes à Berlin et dans les environs.",),
            "artikelbot: the claim is in French; claims are checked in German or English"
            " – write the claim in German or English",
        ),
        (
            ("--doc", "999_nicht_da", "Amazon beschäftigt 2.000 Mitarbeiter."),
            "artikelbot: no article '999_nicht_da' in the store – use one of: "
            f"{HERBRICH}, {EMPLOYEES}, {DOLL}, {KREUTZER}, {ALIBABA}",
        ),
        (
            (),
            "artikelbot: no claim given – give one, e.g. python -m bot check "
            '"Amazon beschäftigt in Berlin 2.000 Menschen."',
        ),
    ],
    ids=["empty", "10499-chars", "no-file", "french", "unknown-doc", "none"],
)
def test_check_bad_input(check: Callable, args: tuple[str, ...], line: str) -> None:
    done = check(*args)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == line


def test_check_json_and_batch(check: Callable, tmp_path: Path) -> None:
    batch = tmp_path / "claims.txt"
    batch.write_text(
        "Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter.\n"
        "\n"
        "Amazon beschäftigt im Großraum Berlin über 20.000 Mitarbeiter.\n"
        "😀\n",
        encoding="utf-8",
    )
    done = check("--json", "--batch", batch, "--doc", HERBRICH)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 1  # one claim was bad input
    assert [r.get("verdict") for r in rows] == [S, N, None]
    assert rows[2] == {"claim": "😀", "error": "the claim has no words – type a claim about the articles"}
    assert rows[1]["evidence"][0]["doc_id"] == HERBRICH


def test_check_prints_the_verdict(check: Callable) -> None:
    done = check("Amazon beschäftigt im Großraum Berlin über 20.000 Mitarbeiter.")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0].startswith("✗ nicht belegt (score ")
    assert "evidence says über 2.000, claim says über 20.000" in done.stdout


def test_check_a_text_file(check: Callable, tmp_path: Path) -> None:
    text = tmp_path / "entwurf.md"
    text.write_text(PARAGRAPH, encoding="utf-8")
    done = check("--file", text)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("1. ✓ belegt Amazon beschäftigt im Großraum Berlin über 2.000 Mitarbeiter")
    assert "   Beleg: Berlin macht Online stark – Hochstimmung bei Amazon – BERLINboxx" in lines
    assert any(line.startswith("5. ✗ nicht belegt Amazon betreibt ein Fresh-Depot in Spandau") for line in lines)
    assert lines[-1] == "◐ teilweise belegt: 3 von 5 Aussagen belegt"
    as_json = json.loads(check("--json", "--file", text).stdout)
    assert as_json["summary"] == "3 von 5 Aussagen belegt"
    assert [s["verdict"] for s in as_json["statements"]] == [S, S, S, N, N]


def test_a_much_closer_passage_that_states_something_else_decides() -> None:
    from bot.check import Evidence, ranked
    from bot.records import Passage

    def evidence(doc: str, score: float, supported: bool, reasons: tuple[str, ...], failed: tuple[str, ...]):
        return Evidence(Passage(f"{doc}:0", doc, "T", "text", 0, 4), score, supported, "q", 0, reasons, failed=failed)

    far = evidence("a", 0.88, True, (), ())
    other_team = ("the evidence speaks of Ads-Team, not Vertriebs-Team",)
    close = evidence("b", 0.92, False, other_team, ("roles",))
    assert ranked([far, close])[0] is close
    # … not where it is hardly closer, nor where it only speaks of something else
    assert ranked([far, evidence("b", 0.89, False, other_team, ("roles",))])[0] is far
    unrelated = evidence("b", 0.95, False, ("the evidence doesn't speak of: Team",), ("content",))
    assert ranked([far, unrelated])[0] is far
