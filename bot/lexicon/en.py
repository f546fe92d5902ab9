"""English: the words and patterns the rules read (see ``bot.lexicon.Lexicon``)."""

from __future__ import annotations

from bot.lexicon import FUNCTIONS, Lexicon

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

# fractions in words: "a third", "four fifths", "three eighths"
NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
FRACTIONS = {
    f"{n} {d}{'s' if k > 1 else ''}": k / v for n, k in NUMERATORS.items() for d, v in DENOMINATORS.items() if k < v
}

# a figure given by its number of digits: "a triple-digit million sum" is 100 to 999 million, "a six-figure
# sum" 100,000 to 999,999
DIGITS = {"single": 1, "double": 2, "triple": 3}
FIGURES = ("three", "four", "five", "six", "seven", "eight", "nine", "ten")
DIGIT_AMOUNTS = {
    **{
        rf"{word}[\s-]digit\s+{scale}": (10 ** (k - 1) * factor, 10**k * factor)
        for word, k in DIGITS.items()
        for scale, factor in (("millions?", 1e6), ("billions?", 1e9))
    },
    **{rf"{word}[\s-]figure": (10 ** (k + 2), 10 ** (k + 3)) for k, word in enumerate(FIGURES)},
}

SEASON_BEFORE = r"\b(?:in|this|last|next|during|since|until)"  # "in the spring", "since last summer"

LEXICON = Lexicon(
    language="en",
    question_types=(
        (
            "money",
            r"\b(how much (?:[\w’'-]+\s+){0,2}?money|how much does|how much did|how much will|how much was|"
            r"what does .* cost|"
            # a word of money asks for an amount where an interrogative asks for it ("What was the revenue?"),
            # not anywhere ("What does the author say rising fees do to sellers' revenue?")
            r"(?:(?:how much|how high|how large|how big|which(?!\s+(?:date|day|year|month|week|time)\b))"
            r"\s+(?:[\w’'-]+\s+){0,6}?|"
            r"what\s+(?:is|was|were|are|will be)\s+(?:[\w’'-]+\s+){0,3}?)"
            r"(?:costs?|revenue|turnover|prices?|salary|invest\w*|profits?|earnings|income|losses|loss)|"
            r"what\s+(?:[\w’'-]+\s+){0,3}?cost|"
            # "What amount does the budget set aside …?", "what sum" (not "what amount of rain")
            r"(?:what|which)\s+(?:total\s+)?(?:amount|sum)\b(?!\s+of\s+(?!money\b))|"
            r"how much\b[^?]*\bcost|how many (?:euros|dollars)|"
            # the verb at the question's end: "What did the coffee ordered in Kiel cost?"
            r"what (?:did|does|do|will|would)\b[^?.]*\bcost(?:\s+(?:in total|altogether|overall))?(?=\s*(?:\?|$))|"
            # other words of money make a money question only after a word that asks for an amount, the noun's
            # phrase between them ("What's the monthly Pet Health Club fee …?")
            r"(?:how much|how high|what)\s+(?:(?:is|are|was|were|the)\s+){0,2}"
            r"(?:(?:monthly|annual|yearly|weekly|hourly|average|typical|new)\s+)?(?:(?!(?:does|do|did|will|would|can|could|should|must)\b)[\w-]+\s+){0,3}?(?:rent|fees?|charges?|(?:flat|hourly|daily|nightly|room)[\s-]rates?|wages?|budget|earnings|damages|compensation|fines?|penalty|grants?|bond|guarantee|deposit|balance|instal+ments?|surcharge|premium|fare|subscription|excess|deductible|co-?payments?|discounts?|taxe?s?|lev(?:y|ies)|tolls?|stipends?|bursar(?:y|ies)|refunds?)\b|"
            # "What do the trainees pay each month?", not "what do buyers pay attention to"
            r"what (?:do|does|did|will|would)\b[^?.]*\bpay\b(?!\s+(?:attention|off|tribute|heed)\b)|"
            r"how much (?:do|does|did|will|would)\s+(?:[\w’'-]+\s+){1,3}?(?:pay)|how much (?:is|was|were) paid|"
            r"how much (?:is|are|was|were|will be) charged|"
            r"(?:what|which) price(?: tag)?|how expensive|"
            # what a thing is worth: "goods worth how much", "what value of goods", "how much is the collection worth"
            r"worth how much|(?:what|which) (?:total )?value of|how much (?:is|are|was|were)\b[^?.]*\bworth\b|"
            # "How much is a ticket …", "how much is one night": the price of one of a thing
            r"how much (?:is|are|was|were|will be)\s+(?:a|an|one|each|a single)\s+(?!(?:lot|bit|few)\b)|"
            r"how much (?:is|are|was|were|will be)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
            r"(?:tickets?|pass|passes|admission|entry|membership)\b|"
            # a verb of takings: "How much did the festival take in?", "how much has it earned"
            # … or of giving and gathering: "How much has been collected for the organ?", "how much was donated"
            r"how much (?:money\s+)?(?:has|have|had|was|were|is|are|did|do|does|will|would|could|can)\b[^?.]*"
            r"\b(?:collected|raised|donated|fundraised|spent)\b|"
            r"how much\b[^?.]*\b(?:earn|earns|earned|take in|takes in|took in|bring in|brings in|brought in|"
            r"turn over|turned over)|"
            # a verb of saving right after "how much" ("How much would the closures save?"), not "how much time …"
            r"how much (?:would|will|does|do|did|could|can|has|have|is|are|was|were|should)\b[^?.]*"
            r"\bsav(?:e|es|ed|ing)\b)\b",
        ),
        (
            "percent",
            r"\b((?:what|which) (?:percentage|share|proportion|fraction)|what per ?cent|how many per ?cent|"
            # a ratio named by its noun: "How high is the return rate?" (not what an hour or a day costs)
            r"(?!(?:hourly|daily|nightly|weekly|monthly|exchange|heart|day|night|flat|going|any|tax|bit|frame)\b)"
            r"[a-z]+(?:-[a-z]+)? rate|"
            r"what fraction|how much of (?:the|its|their|his|her|this|that|all)\b)\b",
        ),
        (
            "date",
            r"\b(when|since when|until when|what year|which year|in what year|on what date|what date|"
            r"which month|in which month|(?:what|which) (?:exact |precise )?(?:day|dates?)(?! of the week)|"
            # a day of the week: "On which days …", "which day of the week"
            r"on (?:which|what) days?|(?:which|what) days? of the week)\b",
        ),
        # how often: answered by a count of times, a rate or a word of frequency (``bot.evidence.FREQUENCY``)
        # … and by the interval: "At what intervals …", "How regularly …"
        (
            "frequency",
            r"\b(how often|how frequently|how regularly|at what (?:intervals?|frequency)|"
            r"(?:on|at|with) what (?:schedule|rhythm|cycle)|how frequent)\b",
        ),
        # contact details by their form (``bot.contacts``): "What e-mail address …", "On which phone number …"
        ("email", r"\b(?:what|which)\s+(?:[\w’'-]+\s+){0,2}?e-?mail\b|\be-?mail address\b"),
        (
            "phone",
            r"\b(?:what|which)\s+(?:[\w’'-]+\s+){0,2}?(?:tele)?phone\b|\b(?:tele)?phone number\b|"
            r"\b(?:what|which) (?:number|hotline|helpline) (?:should|can|do|does|must|to)\b[^?]*\b(?:call|ring|dial)\b",
        ),
        # a reference code: "What is the tenancy agreement number?", "Which order code …" (not "the number of …")
        (
            "code",
            r"\b(?:what|which)\s+(?:is\s+(?:the|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,3}?"
            # a number only of a thing that has one as its reference ("the tenancy agreement number"), not "which
            # number does the principle carry" or "the number-one priority"
            r"(?:(?:reference|order|agreement|contract|customer|account|case|file|booking|serial|item|part|invoice|"
            r"membership|registration|policy|tracking|flight|batch|tax|model|product|article|permit|licen[cs]e)"
            r"\s+(?:number|no\.?)|code|reference|ref|id|identifier)\b(?![\s-]+(?:of|one)\b)",
        ),
        (
            "web",
            r"\b(?:what|which|on which|at which)\s+(?:[\w’'-]+\s+){0,2}?"
            r"(?:website|web ?site|web address|url|homepage)\b",
        ),
        # a time of day: "At what time …", "For what clock time …" (answered by "2.15 pm", "14.15 Uhr")
        (
            "clock",
            r"\b((?:at|for|by) (?:what|which) times?|what times? (?:of day|did|does|do|was|is|are|will|can)|"
            r"(?:what|which) (?:clock )?time of day|(?:what|which) clock time|what hour)\b",
        ),
        # a rank: "What place does … take", "At which position …" (answered by "third", "No. 1", "Platz 3")
        (
            "rank",
            # … not a post someone holds ("What position at BSI does she hold?")
            r"\b((?:what|which) (?:rank|spot)\b|"
            # ("What position does the author hold?"), unless a ranking is named ("… hold in the league table")
            r"(?:what|which) position\b(?!\s+(?:at|with|within)\b)(?![^?]*\b(?:hold|holds|held)\s+(?:at|with)\b)"
            r"(?![^?]*\b(?:hold|holds|held|occupy|occupies|occupied|fill|fills|filled)\b"
            r"(?![^?]*\b(?:rankings?|table|league|list|charts?|standings|index|ranked)\b))|"
            r"how high .* rank\w*|"
            r"(?:what|which) place (?:does|did|do|is|was) .{0,40}\b"
            r"(?:take|takes|hold|holds|occupy|come|rank|finish)\w*)",
        ),
        (
            "number",
            r"\b(how many|how much|how large|how big|how long|how high|how heavy|how far|how old|how wide|how deep|"
            r"how tall|"
            # a size, or the least or most of something, is a quantity ("What minimum order value …")
            r"number of|what size|(?:what|which) (?:minimum|maximum))\b",
        ),
        # (not "who can apply", "who must pay": a modal of rules after "who" asks which people a rule is for,
        # which a rule's sentence answers without a name; "who can I ask" asks a person)
        (
            "person",
            r"\b(who(?!\s+(?:can|may|must|has to|have to|needs? to|is eligible|are eligible|is entitled|"
            r"are entitled|qualif(?:y|ies))\s+(?!I\b|we\b|you\b|one\b|they\b|he\b|she\b))|whom|whose|by whom)\b",
        ),
        (
            "place",
            r"\b(where|in which city|which city|what city|in which country|which country|what country|"
            r"what place|which region|in which town|"
            # a place within a named one: "in which part of Berlin", "which district of Leeds"
            r"(?:in )?(?:which|what) (?:part|district|area|neighbou?rhood|borough|suburb|quarter)s? of|"
            # … or by the place's name before the noun: "in which Berlin district", "which London borough"
            r"(?:in )?(?:which|what) [A-Z][a-z]+ (?:district|neighbou?rhood|borough|suburb|quarter)s?\b|"
            # with an adjective between: "in which Belgian city", "which European country"
            r"(?:in )?(?:which|what) [A-Z][a-z]+(?:an|ish|ese|ic|i) (?:city|town|country|village|region))\b",
        ),
        (
            "organisation",
            r"\b((?:which|what) (?:(?!(?:is|are|was|were|does|do|did|has|have|had|the|an?|will|would|can|could)\b)"
            r"[\w’'-]+\s+)?(?:company|firm|organi[sz]ation|retailer|platform|group|corporation|brand|"
            r"manufacturer|provider|subsidiary|division|start-?up|bank|chain|companies|firms|organi[sz]ations|retailers|"
            r"platforms|corporations|brands|manufacturers|providers|subsidiaries|banks))\b",
        ),
        (
            "name",
            r"\b(what is the name|what's the name|what is .* called|name of|what was .* called|"
            r"(?:what|which) name|under what name)\b",
        ),
    ),
    meta_questions={
        "author": r"\b(wrote|written|writes|authored|penned|author|authors|(?:is|are|was|were) behind)\b",
        "date": r"\b(published|posted|appeared|appear|came out|come out|dated|publication date|put online|from when|"
        r"(?:is|was) (?:the|this|that) (?:[\w’'-]+ ){0,6}?from(?=\s*\?)|"
        r"went online|go online|went up|go up|gone up|went live|go live|uploaded|put\s+(?:[\w’']+\s+){1,8}online)\b",
        # … not a person's title: "What is Ralf Herbrich's job title?", "What is her title at the firm?"
        "title": r"(?<!\bjob )(?<!['’]s )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bofficial )"
        r"\b(title|titled|headline)\b|"
        r"\bwhat is the (article|post|blog post|interview|piece|story) called\b",
        # what a question calls the article itself
        "article": r"\b(article|blog|post|piece|story|interview|column|op-ed|report|news item|item|text|essay|"
        r"commentary|opinion piece)\b",
    },
    # "By 10 March 2025, the firm had …" sets a date, it names no author
    byline=r"(by(?!\s+\d)|written by|posted by|posted on|published( on| by)?|author|words by)\b\s*:?\s*\S|\(red\)$",
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
        # a verb of comparison before a figure: "the space exceeds 200,000 square metres"
        "exceeds": "more",
        "exceeded": "more",
        "exceeding": "more",
        "in excess of": "more",
        "surpasses": "more",
        "tops": "more",
        "topped": "more",
        "falls short of": "less",
        "fell short of": "less",
        # a comparative before a figure compares with it: "larger than 200,000 square metres"
        "larger than": "more",
        "bigger than": "more",
        "greater than": "more",
        "higher than": "more",
        "longer than": "more",
        "heavier than": "more",
        "smaller than": "less",
        "lower than": "less",
        "shorter than": "less",
        "lighter than": "less",
        # an age compared: "children younger than seven", "anyone older than 65"
        "younger than": "less",
        "older than": "more",
        "at most": "at_most",
        "no more than": "at_most",
        "not more than": "at_most",
        "no longer than": "at_most",
        "no higher than": "at_most",
        "no larger than": "at_most",
        "no heavier than": "at_most",
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
        **FRACTIONS,
        "two-thirds": 2 / 3,
        "three-quarters": 0.75,
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
        (r"£|pounds? sterling\b|gbp\b", "pounds"),
        (r"years?\b", "years"),
        (r"months?\b", "months"),
        (r"weeks?\b", "weeks"),
        (r"days?\b", "days"),
        (r"hours?\b", "hours"),
        (r"minutes?\b|mins?\b", "minutes"),
        (r"seconds?\b|secs?\b", "seconds"),
        (r"kilograms?\b|kg\b", "kilograms"),
        (r"square kilomet(?:er|re)s?\b|km²", "square kilometres"),
        (r"square millimet(?:er|re)s?\b|mm²", "square millimetres"),
        (r"square met(?:er|re)s?\b|sq\.? ?m\b|m²", "square metres"),
        (r"cubic met(?:er|re)s?\b|m³", "cubic metres"),
        (r"centimet(?:er|re)s?\b|cm\b", "centimetres"),
        (r"millimet(?:er|re)s?\b|mm\b", "millimetres"),
        (r"lit(?:er|re)s?\b", "litres"),
        (r"kilomet(?:er|re)s?\b|km\b", "kilometres"),
        (r"met(?:er|re)s?\b", "metres"),
        (r"tonnes?\b|tons?\b", "tonnes"),
        (r"p\b(?!\.)|pence\b", "pence"),  # "24.5p per kWh" (not "5 p.m.")
        (r"cents?\b|ct\b", "cents"),
    ),
    decimal=".",
    thousands=",",
    extra={
        # a unit's name after the figure 1 ("1 week")
        "unit_singular": {
            "years": "year",
            "months": "month",
            "weeks": "week",
            "days": "day",
            "hours": "hour",
            "minutes": "minute",
            "seconds": "second",
            "kilograms": "kilogram",
            "kilometres": "kilometre",
            "metres": "metre",
            "tonnes": "tonne",
            "euros": "euro",
            "pounds": "pound",
            "US dollars": "US dollar",
        },
        # a request in the imperative ("Give the exact publication date of …"): the answer type by the noun asked
        "imperative": r"^\W*(?:please\s+)?(?:name|give|state|list|tell me|provide|identify|specify)\b",
        "imperative_types": {
            r"dates?|days?|years?|months?": "date",
            r"numbers?|counts?|figures?|headcount|how many": "number",
            r"shares?|percentages?|proportions?|per ?cent": "percent",
            r"amounts?|sums?|prices?|costs?|revenues?|turnover|budget": "money",
            r"cit(?:y|ies)|countr(?:y|ies)|towns?|places?|locations?|regions?|sites?": "place",
            r"compan(?:y|ies)|firms?|organi[sz]ations?|retailers?|brands?|subsidiar(?:y|ies)|"
            r"corporations?": "organisation",
            r"persons?|people|man|woman|founders?|authors?|ceos?|chief executives?|heads?|directors?|managers?|"
            r"chair(?:man|woman|person)?s?|presidents?|mayors?|spokes(?:man|woman|person)|experts?|professors?|"
            r"analysts?|executives?|owners?|employees?|coaches?|players?": "person",
        },
        # a share given only by which side of half it lies on: "a minority", "most shops" (not "most important")
        "vague_shares": {
            r"a minority": (0, 50),
            r"most(?=\s+(?:people|staff|employees|customers|shops|stores|firms|companies|users|sellers|buyers|"
            r"respondents|retailers|businesses|households|members|workers|consumers)\b)": (
                50,
                100,
            ),
        },
        # a figure given only by its order of magnitude: the interval it names
        "vague_amounts": {
            r"dozens": (24, 100),
            r"hundreds": (200, 1e3),
            r"(?:several|a few) thousand|thousands": (2e3, 1e4),
            r"tens of thousands": (2e4, 1e5),
            r"hundreds of thousands": (2e5, 1e6),
            r"(?:several|a few) million|millions": (2e6, 1e9),
            r"hundreds of millions": (2e8, 1e9),
            r"(?:several|a few) billion|billions": (2e9, 1e12),
            r"hundreds of billions": (2e11, 1e12),
            **DIGIT_AMOUNTS,
        },
        # a scope that names no one place: a claim that puts the figure in one country says more
        "worldwide": r"\b(?:worldwide|world-wide|globally|around the world|across the world|all over the world)\b",
        # a time relative to the article's day ("last week", "two months ago", "the year before"): its unit
        "relative_time": (
            # "to last seven years" is how long a thing lasts, not the last seven years
            r"(?<!\bto\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bshould\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)"
            r"\b(?:last|past|previous|next|coming)\s+(?!for\b)(?:\w+\s+)?(?P<unit>day|week|month|year|decade)s?\b|"
            r"\bthe\s+(?P<prior>day|week|month|year)\s+(?:before|after|earlier|later)\b|"
            r"\b(?P<day>yesterday)\b|"
            r"\b(?:earlier|later)\s+(?:on\s+)?(?:the\s+)?(?P<same>same day|that day)\b|"
            r"\b(?:a|an|one|two|three|four|five|six|several|a few|some|many|\d+)\s+(?P<before>day|week|month|year)s?\s+"
            r"(?:ago|before|earlier|later)\b|"
            r"\b(?P<recent>recently|lately|the other day|not long ago)\b"
        ),
        # a time before the article's, which a figure stated for now does not describe; the words of now
        "then": r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many|\d+)\s+"
        r"(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|before)|back then|at the time|originally|"
        r"at first|in the beginning|before (?:the|it|they|its|their|he|she)\b)",
        "now": r"\b(?:now|nowadays|today|currently|by now|these days|so far|to date)\b",
        # when something is to be done: now, or later ("start now" is no "wait a few more years")
        "timing": {
            r"\b(?:now|immediately|right away|straight away|at once|without delay|today)\b": "now",
            r"\b(?:later|eventually|in the future|some day|one day|in (?:a few|several|two|three|five) years|"
            r"(?:a few|several) more (?:years|months)|wait|waiting|hold off)\b": "later",
        },
        # how often something happens, by its period
        "frequencies": {
            # "once a year", "twice per week", "£14 million a year" after a count or a figure: a rate per period
            r"\b(?:daily|every day|each day|(?:once|twice|\w+ times|\d)\s+a\s+day|per day)\b": "day",
            r"\b(?:weekly|every week|each week|(?:once|twice|\w+ times|\d)\s+a\s+week|per week)\b": "week",
            r"\b(?:fortnightly|biweekly|bi-weekly|every (?:two|other) weeks?)\b": "fortnight",
            r"\b(?:monthly|every month|each month|(?:once|twice|\w+ times|million|billion)\s+a\s+month|"
            r"\d[\d,.]*(?:\s+\w+)?\s+a\s+month|per month)\b": "month",
            r"\b(?:quarterly|every quarter)\b": "quarter",
            # a window of time: "within a week" is no "within a month"
            r"\b(?:within|in)\s+(?:a|one|the same|a single)\s+day\b": "window of a day",
            r"\b(?:within|in)\s+(?:a|one|the same|a single)\s+week\b": "window of a week",
            r"\b(?:within|in)\s+(?:a|one|the same|a single)\s+month\b": "window of a month",
            r"\b(?:within|in)\s+(?:a|one|the same|a single)\s+year\b": "window of a year",
            r"\b(?:yearly|annual|annually|every year|each year|(?:once|twice|\w+ times|million|billion)\s+a\s+year|"
            r"\d[\d,.]*(?:\s+\w+)?\s+a\s+year|"
            r"per year|per annum)\b": "year",
        },
        "time_units": {
            "day": "day",
            "week": "week",
            "month": "month",
            "year": "year",
            "decade": "decade",
            "yesterday": "day",
            "same day": "same day",
            "that day": "same day",
            "recently": "recent",
            "lately": "recent",
            "the other day": "recent",
            "not long ago": "recent",
        },
        # the units of each measured dimension
        "dimensions": {
            "sound": r"(d[bB](?:\s?\(?A\)?)?|decibels?|dezibel)(?!\w)",
            "weight": r"(kilograms?|kg|milligrams?|mg|micrograms?|[µμ]g|grams?|tons?|tonnes?|pounds?|lbs?)\b",
            "length": r"(kilomet(?:er|re)s?|km|met(?:er|re)s?|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|"
            r"miles?|feet|foot|inch(?:es)?)\b",
            "time": r"(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b",
            "speed": r"((kilomet(?:er|re)s?|km|met(?:er|re)s?|miles?)\s*(per|an|a)\s*(hour|second)|km/h|mph)\b",
            # read for questions only ("How much space …"); a claim's areas compare as figures
            "area": r"(square (?:met(?:er|re)s?|kilomet(?:er|re)s?|feet|miles?)|sq\.? ?m|m²|km²|hectares?|acres?)"
            r"(?!\w)",
            # … and temperatures ("180C", "180 °C", "350 degrees Fahrenheit")
            "temperature": r"(°\s?[CF]?|degrees?(?:\s+(?:celsius|fahrenheit|centigrade))?|[CF](?![\w'’-]))",
            # energy and power: "750 kilowatt hours", "12 GWh"; "4.5 MW", "800 watts" (a power is no energy)
            "energy": r"((?:kilo|mega|giga|tera)?watt[- ]?hours?|[kmgt]wh)(?!\w)",
            # the energy of food: "398 kcal", "1,670 kilojoules"
            "food_energy": r"(kcal|kilocalories?|calories|kj|kilojoules?)(?!\w)",
            "power": r"((?:kilo|mega|giga)?watts?|[kmg]w|wp)(?![\w-]|\s*hours?\b)",
        },
        # the closing formula of a post, a mail or a letter, above the writer's name (``bot.posts``)
        "closing": r"(?:(?:best|kind|warm|warmest|many thanks and)\s+)?regards|best(?: wishes)?|all the best|cheers|"
        r"thanks(?: again| in advance)?|thank you|many thanks|(?:yours\s+)?(?:sincerely|faithfully)|yours|with thanks|"
        r"warm wishes|take care",
        # the header line that names a message's sender
        "sender": r"from|sender",
        # what a "how heavy / how far / how long / how fast" question measures; a number answers it only with a
        # unit of that dimension (``dimensions``)
        # a question about what is to come: a year that dates what has been going on ("since 1986") is no answer
        "ahead": r"\b(?:will|shall|expects?|expected|plans?|planned|intends?|going to|due to|by when|aims?)\b",
        # a year named by its distance from the one spoken of ("in October of the previous year")
        "year_before": r"\b(?:(?:the\s+)?(?:previous|prior|preceding|last)\s+year|a year (?:earlier|before|ago)|"
        r"the year before(?!\s+(?:last|that)\b))\b",
        "year_after": r"\b(?:(?:the\s+)?(?:following|next|coming)\s+year|a year later|the year after(?!\s+next\b))\b",
        # a question for a deadline and a sentence that sets one: "By what date must they reply?" – "… by 31 May 2025"
        "deadline_asked": r"\b(?:by when|until when|till when|(?:by|until|till|up to) (?:what|which) (?:date|day|time)|"
        r"(?:what|which) "
        r"(?:is the )?deadline|no later than when|how far (?:in advance|ahead)|how early|"
        r"how long (?:in advance|beforehand))\b",
        # a time before the event that a deadline is set by: "at least 30 days in advance", "ten days before the party"
        # … or a time after it that the act must follow within: "within two weeks", "within 14 days of moving in"
        "lead_time": r"\bwithin\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|"
        r"twenty|thirty)\s+(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?|hours?)\b|"
        r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|"
        r"thirty|forty|fifteen|forty-five)\s+(?:working\s+|business\s+|clear\s+|calendar\s+)?(?:days?|weeks?|months?|hours?|"
        r"minutes?)['’]?\s+"
        r"(?:before|in advance|ahead|prior|beforehand|notice)\b",
        "deadline_stated": r"\b(?:by|until|till|no later than|not later than|before|deadline(?: is)?)\s+"
        r"(?:(?:the|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)*(?=\d|(?:January|February|March|"
        r"April|May|June|July|August|September|October|November|December)\b)",
        # a table's column of the values that held before ("Old price", "Last bus (old)") and of those that hold now
        # ("New price", "from 3 March"); a question with a word of the first asks for the old value
        "superseded": r"\b(?:old|previous(?:ly)?|before|former(?:ly)?|prior|until now|so far|used to)\b",
        "current": r"\b(?:new|from|after|revised|current|future)\b",
        # a question about a figure set right ("once it corrected itself") and the words of a sentence that sets one
        # right ("11,400, not 14,000 as the company first said")
        "corrected": r"\b(?:correct(?:ed|ing|ion|s)|revis(?:ed|ing|ion)|amended|set right|updated figure)\b",
        "correction": r"\b(?:correct(?:ed|ion)|revis(?:ed|ion)|amended|first said|first reported|earlier figure|"
        r"replaces|replacing|updated)\b",
        "measure_questions": (
            # how loud, before a distance the question gives: "How loud is it at a distance of three metres?"
            (r"\bhow loud\b|\b(?:noise|sound(?: pressure| power)?) level\b", "sound"),
            (r"\bhow heavy\b|\bweigh(?:s|ed)?\b(?!\s+up)|\bweight\b", "weight"),  # "weighs up" considers
            # "How long are the batteries supposed to last?" asks for a time: a verb of lasting ends the clause
            (
                r"\bhow long\b[^?.]*\b(?:last|lasts|lasted|take|takes|took|run|runs|stay|stays|remain|remains|wait|"
                r"keep|keeps|"
                # … and a state that holds for a time: "How long is the burner covered?"
                r"covered|valid|guaranteed|open|closed|available|kept|stored|delayed|suspended|allowed|married|"
                r"employed|in office|in charge|in force)\b",
                "time",
            ),
            (r"\bhow far\b|\brange\b|\bdistance\b|\bdiameter\b|\bhow (wide|tall|deep|thick)\b", "length"),
            # "How long is the trail?" asks a length, "How long is the play?" a time: either answers
            (r"\bhow long (is|are|was|were|will)\b", "extent"),
            (
                r"\bhow long (does|did|will|do|would|has|have|had)\b|\bduration\b|"
                r"\bhow much (?:more |extra |additional |longer )?time\b|"
                r"\b(?:over|for|in|during|within) (?:what|which) (?:period|time ?frame|time span|span of time|"
                r"length of time)\b",
                "time",
            ),
            (r"\bhow (?:fast|quickly)\b|\bspeed\b", "speed"),
            (r"\b(?:what|which) temperature\b|\bhow (?:hot|warm|cold)\b|\bhow many degrees\b", "temperature"),
            (
                r"\bhow much (?:floor )?(?:space|room|land|area)\b|\bhow (?:large|big) (?:an? |the )?(?:area|site)\b|"
                r"\bwhat (?:floor |surface )?area\b|\b(?:floor|surface) area\b|"
                # the size of a surface: "How big is the lawn that Stefan's mower looks after?"
                r"\bhow (?:large|big) (?:is|was|are|were) (?:the |their |his |her |its |[\w-]+['’]s )?(?:[\w-]+ )?"
                r"(?:lawn|garden|plot|flat|apartment|room|field|park|yard|farm|estate|forest|lake|balcony|terrace|roof|"
                r"office|meadow|pitch)s?\b",
                "area",
            ),
        ),
        # measure words: a number before one measures time, length, weight or speed; it counts no things
        "measures": (
            r"(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|met(?:er|re)s?|kilomet(?:er|re)s?|km|"
            r"miles?|kilograms?|kg|milligrams?|mg|micrograms?|[µμ]g|ounces?|oz|grams?|tons?|tonnes?|lit(?:er|re)s?|degrees?|times|o'clock|percent|"
            r"square (?:met(?:er|re)s?|kilomet(?:er|re)s?|feet|miles?)|sq\.? ?m|m²|km²|hectares?|acres?|"
            # volumes, energy and power: "310,000 cubic metres", "4.5 MW", "12 GWh"
            r"cubic (?:met(?:er|re)s?|feet)|m³|(?:mega|milli|hecto)lit(?:er|re)s?|ml|gallons?|"
            r"(?:centi|milli)met(?:er|re)s?|cm|mm|feet|foot|inch(?:es)?|"
            r"[kmgt]wh|[kmg]w|kilowatt[\w-]*|megawatt[\w-]*|gigawatt[\w-]*|watts?|"
            r"kcal|kilocalories?|calories|kj|kilojoules?)(?!\w)"
        ),
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
        # a question for a term or a name something goes by, and the words by which a text names one
        "term_question": r"\b((?:what|which) (?:term|terms|word|words|name|nickname|expression|label|buzzword|"
        r"phrase|effect|phenomenon|concept|principle|notion)|"
        r"what (?:do|does|did) \w+(?: \w+)? call|what is \w+(?: \w+){0,3} called)\b",
        "names_term": r"\b(so-called|called|calls|known as|termed|dubbed|named|refers? to \w+ as|in english|"
        r"translated|this is (?:about|a matter of))\b|[„«»\"“]|\s[–—]\s+(?:a|an)\b",
        # conjunctions that may open such a sentence ("Und das ist notwendig …")
        "joins": ("and", "but", "so"),
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
        # (not the part a thing plays: "What role does digitisation play …")
        "person_roles": r"\b(position|role(?![^?]*\bplay)|job|title at|profession|capacity|works? as|working as|"
        r"do for a living|what does \w+ do)\b",
        # a question about what a named person says or thinks ("laut Kreutzer", "according to X")
        "says": (
            r"\b(according to|says|said|say|think|thinks|believe|believes|recommend|recommends|suggest|"
            r"suggests|argue|argues|explain|explains|describe|describes|names?|see|sees|wants?|wish|"
            r"advises?|tells?|told|view|opinion)\b"
        ),
        # parts of a month ("Anfang Dezember", "early December"), read and written
        # groups of people an article speaks of, by what they are to a business: a statement about one of them is
        # not borne out by a sentence about another ("the customers' lives" are not the staff's)
        # which way a figure moved: a statement's "rose" is not borne out by the evidence's "fell"
        # the two poles of an outcome: a claim that calls a thing a success is not borne out by a span that calls
        # it a failure
        "outcomes": {
            r"\b(?:successful\w*|success(?!ion|ive|or)\w*|succeeded|succeeds?)\b": "success",
            r"\b(?:failed|fails?|failures?|unsuccessful\w*|flopped|flops?)\b": "failure",
            # what a vote decides: a motion carried or rejected
            r"\b(?:approved|adopted|(?:was|were) passed|voted (?:for|through))\b": "success",
            r"\b(?:rejected|turned down|voted down|defeated|(?:found|won) no majority|failed to (?:win|get) a "
            r"majority)\b": "failure",
        },
        # a negation that says none at all ("not at all", "no … whatsoever"), against one that says not much ("not
        # so much", "not particularly"): a plain "not" is either
        "negation_degrees": {
            r"\bwhatsoever\b|\bnot\s+(?:\w+\s+){0,3}at\s+all\b|\bno\s+(?:\w+\s+){0,3}at\s+all\b|\bin no way\b|"
            r"\bby no means\b|\bnone at all\b": "none",
            r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}(?:so|that|very|too)\s+much\b|"
            r"\bnot\s+(?:particularly|especially|very|too|all\s+that|necessarily|entirely)\b|"
            r"\bhardly\b|\bbarely\b": "little",
        },
        # how hard something is hit: "seriously injured" is not "slightly injured"
        "severities": {
            r"\b(?:(?:seriously|severely|badly|critically|gravely)\s+(?:injured|hurt|damaged|wounded|ill)|"
            r"(?:serious|severe|major|critical|grave)\s+(?:injur\w*|damage|losses|wounds?))": "heavy",
            r"\b(?:(?:slightly|lightly|mildly)\s+(?:injured|hurt|damaged|wounded|ill)|"
            r"(?:minor|slight|light|mild)\s+(?:injur\w*|damage|losses|wounds?))": "light",
        },
        # comparatives by dimension and side: "less often" is the other side of "more often" ("earlier", "later"
        # only before "than": adverbs elsewhere)
        "comparatives": {
            r"\b(?:more often|more frequently)\b": "often+",
            r"\b(?:less often|less frequently|more rarely|more seldom)\b": "often-",
            r"\b(?:bigger|larger|greater(?!\s+(?-i:[A-Z])))\b": "size+",  # not "Greater Manchester"
            r"\bsmaller\b": "size-",
            # … and a value above or below another: "6.5 per cent above the 2023 figure"
            r"\bhigher\b|\babove the (?:[\w-]+\s+)?(?:figure|level|value|average|mean)\b": "height+",
            r"\blower\b(?!\s+(?-i:[A-Z]))|\bbelow the (?:[\w-]+\s+)?(?:figure|level|value|average|mean)\b": "height-",
            r"\bbetter\b": "quality+",
            r"\bworse\b": "quality-",
            r"\b(?:more expensive|dearer|pricier)\b": "price+",
            r"\b(?:cheaper|less expensive)\b": "price-",
            r"\b(?:faster|quicker)\b": "speed+",
            r"\bslower\b": "speed-",
            r"(?<!\bno\s)(?<!\bany\s)(?<!\bnot\s)\blonger\b(?!-)": "length+",  # not "no longer", "longer-term"
            r"\bshorter\b": "length-",
            r"\bstronger\b": "strength+",
            r"\bweaker\b": "strength-",
            r"\bearlier(?=\s+(?:[\w-]+\s+){0,3}than\b)": "time-",
            r"\blater(?=\s+(?:[\w-]+\s+){0,3}than\b)": "time+",
        },
        # the extreme a figure is: "the highest reading", "the lowest temperature" (a question's "how low did it drop"
        # is answered by a figure that fell, not one that rose)
        "extremes": {
            r"\b(?:highest|maximum|warmest|hottest|wettest|strongest|fastest|heaviest|largest|biggest|longest|"
            r"peak(?:ed)?)\b": "up",
            r"\b(?:lowest|minimum|coldest|driest|weakest|slowest|lightest|smallest|shortest)\b": "down",
        },
        "directions": {
            r"\b(?:rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|increas(?:e|ed|es|ing)|rais(?:e|ed|es|ing)|"
            r"climb(?:ed|s|ing)?|doubled|tripled|jump(?:ed|s)|surg(?:e|ed|es)|boost(?:ed|s)?|went up|gone up|"
            r"go(?:es|ing)? up)\b": "up",
            r"\b(?:fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?(?![\s-]+off)|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|cut(?:s|ting)?|"
            r"reduc(?:e|ed|es|ing)|shrank|shrunk|shrinks?|halved|slump(?:ed|s)?|plung(?:e|ed|es)|went down|"
            r"gone down|go(?:es|ing)? down)\b": "down",
            # no move at all: "stays unchanged", "remained at"
            r"\b(?:unchanged|unaltered|(?:stay|remain)(?:s|ed|ing)? (?:the same|steady|stable|flat|level)|"
            r"held (?:steady|flat)|froze|frozen)\b": "same",
        },
        # for or against a demand, a plan, a motion: "backed" is not borne out by "rejected"
        "stances": {
            r"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)|approv(?:e|ed|es|ing)|welcom(?:e|ed|es|ing)|endors(?:e|ed|es|ing)|"
            r"voted for|in favou?r of|agreed to)\b": "for",
            r"\b(?:reject(?:s|ed|ing)?|oppos(?:e|ed|es|ing)|refus(?:e|ed|es|ing)|turn(?:s|ed)? down|dismiss(?:es|ed)|"
            r"voted against|spoke against)\b": "against",
        },
        # a question for a figure per unit ("a single flight", "per customer") and the words of a total ("in total")
        # the days a figure is for: school or working days, the weekend, the holidays
        "day_windows": {
            r"(?i:\b(?:school ?days?|week ?days?|work ?days?|working days?|during the week)\b)": "weekday",
            r"(?i:\bweekends?\b)": "weekend",
            r"(?i:\b(?:holidays?|vacations?)\b)": "holiday",
        },
        # the seasons of the year a figure may be for: "last summer", "the winter timetable"
        "season_words": {
            r"(?i:\bsummers?\b)": "summer",
            r"(?i:\bwinters?\b)": "winter",
            r"(?i:\bspring\s+(?:term|season|months?|timetable|semester)|"
            r"\b(?:(?:in|since|by|until|till|from|during|over)\s+(?:the\s+)?|(?:this|last|next|every|each|early|late|mid)"
            r"[\s-]+)spring\b|\bspringtime\b)": "spring",
            r"(?i:\bautumns?\b)": "autumn",
        },
        # the period a price, pay or count is for: "£14 a month", "monthly", "the annual fee" (not "a year ago")
        "periods": {
            r"(?i:\b(?:a|per|each|every|/)\s*month\b|\bmonthly\b)": "month",
            r"(?i:\b(?:a|per|each|every|/)\s*year\b(?!\s+(?:ago|earlier|later|before|after|on)\b)|\bannual(?:ly)?\b|"
            r"\byearly\b|\bper annum\b)": "year",
            r"(?i:\b(?:a|per|each|every|/)\s*week\b|\bweekly\b)": "week",
            r"(?i:\b(?:a|per|each|every|/)\s*day\b|\bdaily\b)": "day",
            r"(?i:\b(?:an|per|each|every|/)\s*hour\b|\bhourly\b)": "hour",
        },
        "per_unit": r"\b(?:a single|each|per|apiece|on average|an average|the average|average)\b",
        # a firm's revenue or turnover is a total too: it prices no single item
        "total": r"\b(?:in total|a total of|altogether|all told|overall|total|combined|revenues?|turnover|sales of)\b",
        # the words of an act whose date a "when" question asks ("Wann wurde … gegründet?"): the act itself, not
        # any start
        "acts": {
            "founder": r"\b(?:founded|founding|established|set up in|was set up|were set up)\b",
            "listing": r"\b(?:listed|listing|floated|flotation|(?:go|goes|gone|going|went) public|ipo|"
            r"stock (?:exchange|market))\b",
            # rules taking effect: "From what date do the new rules apply?", "takes effect on 1 May"; not the day old
            # ones end („tritt … außer Kraft“)
            "force": r"\b(?:take[sn]? effect|took effect|comes? into (?:force|effect)|came into (?:force|effect)|"
            r"in force|effective (?:from|as of)|appl(?:y|ies) from|valid from)\b|"
            r"\bfrom (?:what|which) (?:date|day)\b[^?]*\bappl(?:y|ies)\b",
        },
        # a question for so many things by name: "Which three things …", "Name two reasons"
        "listed": r"\b(?:which|what|name|list|give|the)\s+(two|three|four|five|both|[2-5])\s+"
        r"(?!(?:years|months|weeks|days|percent|times)\b)[a-z]",
        # a question for a change ("By how much did sales fall?") and the words that state one
        "change_asked": r"\bby how (?:much|many)\b|\bby what (?:percentage|percent|share|factor|amount)\b|"
        r"\bhow (?:much|far|sharply|strongly) (?:did|has|have|had|does|do|will|would)\b(?:\s+\w+){1,8}?\s+"
        r"(?:rise|risen|fall|fallen|grow|grown|drop|dropped|increase|increased|decrease|decreased|decline|declined|"
        r"shrink|shrunk|climb|climbed|change|changed|go (?:up|down)|gone (?:up|down))\b",
        "change_stated": r"(?i:\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|th|ing)?|dropped|"
        r"drops?|declined?|declines|declining|increased?|increases|increasing|decreased?|decreases|decreasing|"
        r"doubled|halved|climbed?|climbs|shrank|shrunk|shrinks?|improved?|improves|cut|cuts|reduced?|reduces|"
        r"slumped?|surged?|jumped?|gains?|gained|losses|lost|up by|down by|lowered|lowers?|raised?|raises|"
        r"discounted)\b|"
        r"\bby\s+(?:\w+\s+){0,2}?\d[\d.,]*\s*(?:%|percent|per cent)|\bfrom\s+\S+\s+(?:\w+\s+)?to\s+\S*\d|"
        r"\d[\d.,]*\s*(?:%|percent|per cent)\s+(?:less|more|fewer|lower|higher|cheaper|faster|slower)\b|"
        # a difference stated with its unit: "31 minutes longer than", "the difference was 18 minutes"
        r"\d[\d.,]*\s*[^\W\d]*\s+(?:less|more|fewer|longer|shorter|earlier|later|higher|lower|dearer|cheaper|"
        r"faster|slower|bigger|larger|smaller|heavier|lighter|older|younger)\b|\b(?:difference|gap)s?\b)",
        # regions named by points of the compass, with the stems of their German words, umlauts plain ("Far East":
        # „Fernost“, „fernöstlich“)
        "regions": {
            # countries whose German name is another word, and their people's adjectives
            "germany": ("deutschland", "deutsch"),
            "german": ("deutsch",),
            "netherlands": ("niederland",),
            "dutch": ("niederland",),
            "switzerland": ("schweiz",),
            "swiss": ("schweiz",),
            "austria": ("osterreich",),
            "austrian": ("osterreich",),
            "france": ("frankreich", "franzos"),
            "french": ("franzos", "frankreich"),
            "denmark": ("danemark", "danisch"),
            "sweden": ("schweden",),
            "czech republic": ("tschechien",),
            "united kingdom": ("grossbritannien", "vereinigte konigreich", "britisch"),
            "britain": ("grossbritannien", "britisch"),
            # an abbreviation names the country as its adjective does: "UK supermarkets" are British ones
            "uk": ("grossbritannien", "britisch", "british", "britain", "united kingdom"),
            "united states": ("usa", "vereinigte staaten", "amerika"),
            "far east": ("fernost",),
            "far eastern": ("fernost",),
            "middle east": ("nahost", "nahe osten", "naher osten", "nahen osten", "mittlere osten", "mittleren osten"),
            "middle eastern": ("nahost",),
            "near east": ("nahost", "nahe osten", "naher osten", "nahen osten"),
        },
        # qualities whose denial is the other ("nicht leicht" is hard), by word stems of both languages
        "opposites": (
            (("easy", "simple", "leicht", "einfach", "unproblematisch"), ("hard", "difficult", "schwer", "schwierig")),
            (("easy", "simple", "leicht", "einfach"), ("problem",)),
            (("small", "minor", "klein", "gering"), ("large", "big", "major", "groß", "erheblich")),
            (("rare", "selten", "uncommon", "unusual", "ungewöhnlich"), ("common", "usual", "häufig", "üblich")),
        ),
        # kinds of area within or outside a town: "on the outskirts" is not "in the city centre", nor "rural" "urban"
        "areas": {
            r"\b(?:(?:city|town)[ -]cent(?:re|er)s?|downtown|inner[ -]cit(?:y|ies)|old town|town square)\b": "centre",
            r"\b(?:outskirts|suburbs?|suburban|edge of (?:the |a )?(?:city|town)|periphery|commuter belt)\b": "edge",
            r"\b(?:rural|countryside|villages?|provinces|the country)\b": "rural",
            r"\b(?:cities|urban|metropolitan|metropolis|big city|large city)\b": "urban",
        },
        "groups": {
            "customers": r"\b(?:customers?|clients?|consumers?|shoppers?|buyers?)\b",
            "staff": r"\b(?:employees?|staff|workers?|workforce|personnel)\b",
            "sellers": r"\b(?:sellers?|merchants?|retailers?|vendors?|traders?|manufacturers?)\b",
            "owners": r"\b(?:shareholders?|shareowners?|investors?|stockholders?)\b",
            "users": r"\b(?:users?)\b",
        },
        # for whom a price, fee or figure holds: "adult tickets cost £14.50", "£7 for children"
        "audiences": {
            "adults": r"\badults?\b",
            "children": r"\b(?:child|children|child's|children's|kids?)\b",
            "youths": r"\b(?:youths?|teenagers?|teens?|young people)\b",
            "students": r"\bstudents?\b|\bpupils?\b|\bschoolchildren\b",
            "seniors": r"\b(?:seniors?|pensioners?|over-(?:60|65)s|older people|retirees?)\b",
            "families": r"\bfamil(?:y|ies)\b",
            "members": r"(?<!non-)(?<!non )\bmembers?\b",
            "non-members": r"\bnon-? ?members?\b",
        },
        # seasons and parts of a year, with their months: "in the spring of 2020" is March to May
        "seasons": {
            rf"{SEASON_BEFORE}\s+(?:the\s+)?(?:early\s+|late\s+)?spring\b|\bspring\s+(?:of\s+)?\d{{4}}": (3, 4, 5),
            rf"{SEASON_BEFORE}\s+(?:the\s+)?(?:early\s+|late\s+)?summer\b|\bsummer\s+(?:of\s+)?\d{{4}}": (6, 7, 8),
            rf"{SEASON_BEFORE}\s+(?:the\s+)?(?:early\s+|late\s+)?(?:autumn|fall)\b|"
            r"\b(?:autumn|fall)\s+(?:of\s+)?\d{4}": (9, 10, 11),
            rf"{SEASON_BEFORE}\s+(?:the\s+)?(?:early\s+|late\s+)?winter\b|\bwinter\s+(?:of\s+)?\d{{4}}": (12, 1, 2),
            r"\b(?:early|the beginning of|the start of|beginning of|start of)\s+\d{4}\b": (1, 2, 3, 4),
            r"\b(?:mid-?|the middle of|middle of)\s*\d{4}\b": (5, 6, 7, 8),
            r"\b(?:late|the end of|end of)\s+\d{4}\b": (9, 10, 11, 12),
        },
        "month_parts": {
            "early": "early",
            "mid": "mid",
            "late": "late",
            "beginning of": "early",
            "end of": "late",
            "the beginning of": "early",
            "the end of": "late",
            "start of": "early",
            "the start of": "early",
            "middle of": "mid",
            "the middle of": "mid",
        },
        "month_part_words": {"early": "early", "mid": "mid", "late": "late"},
        "locatives": ("in", "at", "from", "near", "to"),
    },
    weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    not_numbers=("one",),
    shares=("the majority", "a majority", "most of", "the bulk", "the greater part"),
    one_in=(
        r"\b(?:one|1|(?P<k>two|three|four|five|six|seven|eight|nine|\d+))\s+(?:in|out of)\s+(?P<n>\d+|\w+)\b",
        # "60 of the 100 points", „60 von 100 Punkten“: figures only ("one of the three founders" is one person)
        r"\b(?P<k>\d+)\s+of\s+(?:the\s+)?(?P<n>\d+)\b(?![.,]\d)",
    ),
    negation=r"\b(not|no|never|none|neither|nor|nobody|nothing|without|for (?:lack|want) of|in the absence of|"
    r"free (?:of|from)(?! charge)|unable|cannot|"
    r"fail|fails|failed|"
    # a verb that says something is not done or not included: "declines to say", "excluded from the scheme"
    r"declines? to|declined to|refuses? to|refused to|refrains? from|refrained from|excludes?|excluded|"
    # to reject is to say no, as German „ablehnen", „verneinen"
    r"rejects?|rejected|rejecting|"
    r"far from|anything but|instead of|rather than|hardly|barely|scarcely|n[’']t|"
    # to stop doing something is to do it no more: "has stopped translating", "gave up flying"
    r"(?:stop|stops|stopped|cease|ceases|ceased|quit|quits)(?=\s+\w+ing\b)|"
    # to give something up is to do without it: "gave up flying", "giving up advertising" (German „verzichten“)
    r"gave up|given up|give up|gives up|giving up|forgo|forgoes|forgoing|forwent|forgone)\b|"
    r"n[’']t\b",
    # "not the technology but the staff" states the staff: the contrast is no negation of the statement
    negation_exceptions=r"\b(not(?=\s+(?:the\s+|a\s+|an\s+)?\w+(?:\s+\w+)?,?\s+but\s+(?:the|a|an|its|their)\b)|"
    # "not for their own sake but as tools": two phrases of one preposition, the second corrects the first
    r"not(?=\s+(?:as|for|to|in|on|by|with|through|because|about|from)\b(?:\s+[\w’'-]+){1,6},?\s+but\s+"
    r"(?:rather\s+)?(?:as|for|to|in|on|by|with|through|because|about|from)\b)|"
    # one figure for another: "34 instead of 26 cooks" compares, it denies nothing
    r"(?:instead of|rather than)(?= (?:the |every |each )?(?:previous |former |old |usual )?(?:[£$€]?\s?\d|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand)\b))|"
    r"not only|not just|not merely|not simply|not solely|not least|no less|not less|no fewer|nonetheless|"
    r"nevertheless|no doubt|not without reason|never mind|no matter|"
    # idioms that deny nothing: "I will never forget" remembers, "not until 2026" is "only in 2026", a reply's
    # "Not really, …" or "No, …" denies the question, not the clause after it
    r"never forgets?|never forgot|(?:will|would|could|can|shall) never forget|won[’']t forget|"
    r"not(?=(?:\s+\w+){0,4}\s+until\b)|"
    r"not before\s+(?:(?:the|end|start|middle|mid|of|next|early|late)\s+)*(?:\d|next|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)|"
    r"^not really(?=\s*,)|^no(?=\s*,)|"
    # "nothing more than a call centre" is "only a call centre", "nothing short of a revolution" one
    r"nothing but|nothing (?:more|other|else|less) than|nothing short of|no exception|"
    # "Berliners are no different": the same, no denial of what is said of them
    r"no different|not (?:any )?different|not unlike|"
    # a bound on a figure denies nothing: "weighing no more than 10 kg" is "up to 10 kg"
    r"(?:no|not)\s+(?:more|longer|later|heavier|larger|bigger|higher|greater|wider|older)\s+than(?=\s+(?:[£$€]\s?)?\d|"
    r"\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred)\b))\b",
    no_longer=r"\b(no longer|not any longer|not anymore|never again|no more)\b|n[’']t\s+\w+\s+any(?:more| longer)",
    not_yet=r"\b(not yet|not so far|never yet|yet to)\b|(?:\bnot|n[’']t)(?:\s+\w+){0,4}\s+yet\b",
    litotes=(
        "easy",
        "easily",
        "lightly",
        "bad",
        "small",
        "minor",
        "unimportant",
        "insignificant",
        "uncommon",
        "unusual",
        "trivial",
        "unlike",
        "unknown",
        "rare",
        "negligible",
        "irrelevant",
        "uninteresting",
        "simple",
        "different",
        "otherwise",
        "problem",  # "it was no problem to order …": it could be done
        "difficult",
        "hard",
    ),
    absolutes={
        # "each battery" is every battery; "£5 each" is a price
        "all": r"\b(all|everyone|everything|any and all|without exception|every|each and every|"
        r"(?<!\d )each(?=\s+[a-z]))\b",
        # "funded entirely by donations" is funded by donations only
        "only": r"\b(only|solely|exclusively|alone|merely|purely|nothing but|none but|(?:entirely|wholly) "
        r"(?=by|from|through|on)\b)",
        "always": r"\b(always|invariably|constantly|at all times|never|ever|no matter what|whatever happens|"
        r"come what may|in any case|under any circumstances)\b",
        "entirely": r"\b(entirely|entire|completely|wholly|fully|totally|altogether|whole|100 ?%|\w+wide|global|"
        r"globally|throughout)\b",
        # what is expected or planned is not certain: "will certainly lift income"
        "certainly": r"\b(guaranteed|guarantees?|certainly|definitely|undoubtedly|without (?:a )?doubt|inevitably|"
        r"for certain|for sure|is bound to|are bound to|will surely)\b",
    },
    absolute_exceptions=r"\b(not only|not just|not merely|not simply|not solely|just as|just like|only just|ever more|"
    # a rate, not all of them: "one in every thousand patients"
    r"(?:in|out of) every\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million)\b|"
    # a denied absolute says less, not more: "who do not fully complete their hours", "not always"
    r"(?:not|hardly)\s+(?:entirely|completely|fully|wholly|totally|always|all|every|exclusively|guaranteed|"
    r"certainly|definitely|necessarily)\b|"
    r"ever since|if ever|"
    r"all kinds of|all sorts of|all manner of|above all|all in all|each other|at all|every now and then|"
    r"every so often|every other|every (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|"
    # "only 18 %", "only a minority": how few, not that nothing else is
    r"(?:only|merely|just)\s+(?:(?:about|around|some|roughly)\s+)?(?:\d+|a\s+(?:minority|fraction|handful|few|third|"
    r"quarter)\b|a few\b|few\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b|"
    # … or how short, how small: "only about a minute", "only an hour", "only a dozen"
    r"an?\s+(?:second|minute|hour|day|week|month|year|decade|dozen|hundred|thousand|million|billion)\b)|"
    r"all-\w+|not all that|than ever|ever before|ever-\w+|\w+est ever|first ever|ever\s+\w+er\b|"
    # degree, not extent: "only too glad", "all too often"; how often, not how many: "every day"
    r"only too|all too|(?:every|each) (?:day|week|month|year|hour|minute|morning|evening|night)|"
    # … "every 15 minutes", "every quarter of an hour", "every two weeks": a frequency
    r"(?:every|each)\s+(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|few|"
    r"couple of|quarter of an?|half an?|half)[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|"
    r"(?:every|each) single (?:day|week|month|year)|"
    # how little, not that nothing else is: "it was only a demo", "no answers or only vague ones"
    r"(?:is|was|are|were|be|been|it's)\s+(?:only|merely|just)\s+(?:a|an)|or (?:only|merely)|"
    # a part of all: "four fifths of all cases", "80 % of all users", "half of all shops"
    r"(?:%|percent|per cent|half|thirds?|quarters?|fifths?|tenths?|share|majority|proportion|fraction|bulk)"
    r"\s+of\s+all)\b",
    roles={
        "author": r"\b(author\w*|wrote|writes|written|write|penned|co-?authored)\b(?!\s+that\b)",
        # "started as a small shop" founds nothing
        "founder": r"\b(founded|founder\w*|co-?founder\w*|launched|set up|started(?!\s+(?:as|out|to|with|in)\b)|"
        r"initiated|established)\b",
        # the head of the whole organisation; a chief of one function ("chief operating officer", "CFO") is not
        "design": r"\b(design(?:s|ed|er|ers)?|architect\w*|drew up|drawn up)\b",
        # who pays: "funded by", "paid for", "sponsored", "a grant from"
        "fund": r"\b(fund(?:s|ed|er|ers|ing)?|financ(?:e|es|ed|ing)|paid for|pays for|pay for|sponsor\w*|"
        r"grant from|bankroll\w*)\b",
        "head": r"\b(ceo|chief(?!\s+(?:operating|operations|financial|finance|technology|technical|marketing|"
        r"information|product|data|people|revenue|commercial|sustainability|communications?)\b)|"
        # "head of logistics" heads a function, "head of Nordlicht" the organisation
        rf"head(?!\s+of\s+{FUNCTIONS})|heads|headed|"
        r"leads|led|runs(?!\s+(?:[\w’']+\s+){0,2}operations\b)|managing director|chair\w*|president|boss|mayor|"
        # a director of one function ("medical director", "project director") heads no organisation
        r"(?<!medical )(?<!technical )(?<!financial )(?<!finance )(?<!project )(?<!sales )(?<!marketing )"
        r"(?<!research )(?<!operations )(?<!artistic )(?<!creative )(?<!communications )(?<!clinical )director)\b",
        "analyse": r"\b(analy[sz](?:e|es|ed|ing)|examines|examined|studies|studied|investigates|investigated)\b",
        "say": r"\b(says|said|stresses|stressed|argues|argued|explains|explained|recommends|recommended|"
        r"advises|advised|calls for|warns|warned|according to|believes|thinks|insists|notes|noted|points out|"
        # a report of one's own experience: "…, Kreutzer reports", "she recalls"
        r"reports|reported(?!\s+by)|recalls|recalled|recounts|recounted|tells|told|admits|admitted|concedes|conceded|"
        r"observes|finds|found|criticises|criticizes|in \w+ words|"
        # a view held by the name before it ("Vogt's view"), not any view, estimate or report
        r"(?:(?<=’s )|(?<='s ))(?:view|opinion|estimate|assessment)|suggests|suggested|proposes|proposed|"
        r"writes(?=\s+that)|wrote(?=\s+that)|ha(?:s|ve|d) in mind|"
        # crediting a cause with an effect is a view of its holder: "Doll credits customer obsession with …"
        r"credits|credited(?=\s+\w+(?:\s+\w+){0,3}\s+with\b))\b",
        # what someone wants, hopes or likes: said by them, or stated about them
        "attitude": r"\b(feels|hopes|wants|wishes|prefers|likes|notices|noticed|keeps seeing)\b",
        # "experience shows that …" presents nothing: a that-clause is what is said
        "present": r"\b(presented|presents|unveiled|unveils|showed|shows|showcased|demonstrated)\b(?!\s+that\b)",
        "cooperate": r"\b(cooperat\w*|collaborat\w*|partner\w*|works with|worked with|teamed up)\b",
        # who interviewed whom: the one asking is the subject ("BERLINboxx spoke to Herbrich")
        "interview": r"\b(interviewed|spoke (?:with|to)|talked (?:with|to)|conducted an interview)\b",
    },
    passive_agent=r"\b(by)\b",
    object_markers=r"\b(of|at|for|with|to|from|about|on)\b",
    interrogatives=("when", "what", "who", "whom", "whose", "where", "which", "why", "how"),
    subordinators=(
        "even though",
        "even if",
        "although",
        "though",
        "while",
        "whereas",
        "because",
        "since",
        "if",
        "unless",
        "provided",
        "providing",
        "as long as",
        "whether",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "so that",
        "what",
        "before",
        "after",
    ),
    anaphors=(
        "the company",
        "the group",
        "the firm",
        "the retailer",
        "the online retailer",
        "the platform",
        "the business",
        "the giant",
        "the tech giant",
        "the conglomerate",
    ),
    first_person=r"\b(i|me|my|mine|we|us|our|ours)\b",
    first_singular=r"\b(I|me|my|mine|myself)\b",
    doubt=r"\b(question\w*|doubt\w*|ask\w*|wonder\w*|whether|unclear|uncertain|open)\b",
    sources_header=r"^\s*(sources|references)\s*:?\s*$",
    source_reference=r"\(\s*(?:source|ref\.?)\s+(?P<n>\d{1,3})\s*\)",
)
