"""English: the words and patterns the rules read (see ``bot.lexicon.Lexicon``)."""

from __future__ import annotations

from bot.lexicon import Lexicon

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

LEXICON = Lexicon(
    language="en",
    question_types=(
        (
            "money",
            r"\b(how much money|how much does|how much did|how much will|how much was|what does .* cost|"
            r"cost|costs|revenue|turnover|price|salary|invest\w*|how many (?:euros|dollars))\b",
        ),
        (
            "percent",
            r"\b(what percentage|what per ?cent|how many per ?cent|what share|what proportion|"
            r"what fraction)\b",
        ),
        (
            "date",
            r"\b(when|since when|until when|what year|which year|in what year|on what date|what date|"
            r"which month|in which month)\b",
        ),
        (
            "number",
            r"\b(how many|how much|how large|how big|how long|how high|how heavy|how far|how old|"
            r"number of)\b",
        ),
        ("person", r"\b(who|whom|whose|by whom)\b"),
        (
            "place",
            r"\b(where|in which city|which city|what city|in which country|which country|what country|"
            r"what place|which region|in which town)\b",
        ),
        (
            "organisation",
            r"\b(which company|what company|which firm|which organi[sz]ation|which retailer|"
            r"which platform)\b",
        ),
        ("name", r"\b(what is the name|what's the name|what is .* called|name of|what was .* called)\b"),
    ),
    meta_questions={
        "author": r"\b(wrote|written|writes|authored|penned|author|authors)\b",
        "date": r"\b(published|posted|appeared|appear|came out|come out|dated|publication date)\b",
        "title": r"\b(title|titled|headline)\b|\bwhat is the (article|post|blog post|interview|piece|story) called\b",
        # what a question calls the article itself
        "article": r"\b(article|blog|post|piece|story|interview|column|op-ed|report|news item|item|text|essay|"
        r"commentary|opinion piece)\b",
    },
    byline=r"(by|written by|posted by|posted on|published( on| by)?|author|words by)\b\s*:?\s*\S|\(red\)$",
    attribution=r"(source|photo|image|picture|credit|caption|illustration|graphic|via)\s*:|via\s+\S|©",
    interviewer_labels=("q", "question", "interviewer"),
    interviewee_labels=("a", "answer"),
    qualifiers={
        "more than": "more",
        "over": "more",
        "well over": "more",
        "upwards of": "more",
        "at least": "at_least",
        "no fewer than": "at_least",
        "no less than": "at_least",
        "less than": "less",
        "fewer than": "less",
        "under": "less",
        "below": "less",
        "at most": "at_most",
        "no more than": "at_most",
        "up to": "up_to",
        "about": "about",
        "around": "about",
        "roughly": "about",
        "approximately": "about",
        "some": "about",
        "nearly": "almost",
        "almost": "almost",
        "close to": "almost",
        "just under": "almost",
    },
    relation_words={
        "more": "over",
        "at_least": "at least",
        "less": "less than",
        "at_most": "at most",
        "up_to": "up to",
        "about": "about",
        "almost": "almost",
    },
    number_words={
        "zero": 0,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "thousand": 1000,
        "dozen": 12,
    },
    fractions={
        "half": 0.5,
        "a half": 0.5,
        "one half": 0.5,
        "a third": 1 / 3,
        "one third": 1 / 3,
        "two thirds": 2 / 3,
        "two-thirds": 2 / 3,
        "a quarter": 0.25,
        "one quarter": 0.25,
        "three quarters": 0.75,
        "three-quarters": 0.75,
        "a fifth": 0.2,
        "one fifth": 0.2,
        "a tenth": 0.1,
        "twice": 2.0,
        "double": 2.0,
        "doubled": 2.0,
        "three times": 3.0,
        "tripled": 3.0,
    },
    scales={
        "thousand": 1e3,
        "k": 1e3,
        "million": 1e6,
        "millions": 1e6,
        "mn": 1e6,
        "m": 1e6,
        "billion": 1e9,
        "billions": 1e9,
        "bn": 1e9,
        "trillion": 1e12,
    },
    months={m: i + 1 for i, m in enumerate(MONTHS)},
    units=(
        (r"%|per ?cent", "%"),
        (r"€|euros?\b|eur\b", "euros"),
        (r"us dollars?|dollars?|\$|usd\b", "US dollars"),
        (r"years?\b", "years"),
    ),
    decimal=".",
    thousands=",",
    extra={
        "scale_words": {
            1e3: ("thousand", "thousand"),
            1e6: ("million", "million"),
            1e9: ("billion", "billion"),
            1e12: ("trillion", "trillion"),
        },
        # words that may stand between a name and the noun it names ("X, unserem Zentrum", "the hub called X")
        "naming_links": (
            "our",
            "the",
            "its",
            "their",
            "his",
            "her",
            "a",
            "an",
            "called",
            "named",
            "known",
            "as",
            "under",
            "name",
        ),
        # sentence starts that refer to the sentence before: it belongs to the quote
        "points_back": (
            "this",
            "that",
            "these",
            "those",
            "it",
            "they",
            "there",
            "so",
            "thus",
            "such",
            "hence",
            "therefore",
            "here",
        ),
        # a question about what a named person is or does: a byline naming them answers it
        "person_roles": r"\b(position|role|job|title at|profession|works as|do for a living|what does \\w+ do)\b",
        # a question about what a named person says or thinks ("laut Kreutzer", "according to X")
        "says": (
            r"\b(according to|says|said|say|think|thinks|believe|believes|recommend|recommends|suggest|"
            r"suggests|argue|argues|explain|explains|describe|describes|names?|see|sees|wants?|wish|"
            r"advises?|tells?|told|view|opinion)\b"
        ),
        "locatives": ("in", "at", "from", "near", "to"),
    },
)
