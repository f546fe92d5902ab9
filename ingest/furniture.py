"""Words of web-page furniture, per language, as whole-line patterns for ``ingest.clean``.

What saved news and blog pages leave in their text after trafilatura: cookie
banners, share and print buttons, keyboard-shortcut help, "read more" links,
newsletter and paywall teasers, footer links, tag lines, tip lines, comment
forms, and the headings of "related reading" blocks. German and English side
by side; ``clean`` applies both to every article, because a page's furniture
need not be in its article's language (an English article behind a German
cookie dialog). Adding a language is adding its tuple to each rule. Leaves out:
the rules themselves (``ingest.clean``) and the older line rules kept there.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Furniture:
    """A line rule for web-page furniture: whole-line patterns per language, and the longest line it takes."""

    max_len: int
    de: tuple[str, ...]
    en: tuple[str, ...]


_PLATFORMS = (
    r"(facebook|twitter|x|linkedin|xing|whatsapp|telegram|reddit|pinterest|threads|bluesky|mastodon|flipboard|e-?mail)"
)
# Headings of "related reading" blocks; each takes the teaser lines below it.
RELATED = Furniture(
    60,
    de=(
        r"lesen sie (auch|mehr)|lies auch|auch interessant|das könnte (sie|dich) (auch )?interessieren",
        r"mehr zum thema( \S+)?|mehr aus \S+( \S+){0,2}|weitere (artikel|beiträge|meldungen)( zum thema)?",
        r"(ähnliche|verwandte|beliebte|neueste) (artikel|beiträge|themen)|meistgelesen\w*|meist gelesen",
        r"tiefer eintauchen|lesetipps?|empfehlungen( der redaktion)?|top-?(artikel|themen)",
    ),
    en=(
        r"(read|see) also|also read|related( articles| posts| stories| content| reading)?",
        r"you (might|may) also like|more (from|in|on) \S+( \S+){0,3}|more stories|read next|up next",
        r"recommended( for you| reading| stories)?|most (read|popular|viewed|shared)|popular (posts|stories)",
        r"(recent|latest) (posts|news|stories|articles)|top stories|trending( now)?|what to read next",
    ),
)
FURNITURE: dict[str, Furniture] = {
    "cookie banner": Furniture(
        600,
        de=(
            r".*\b(wir|diese (web)?seite|diese website|unsere (web)?seite|unsere website)\b.{0,80}"
            r"\b(verwende\w*|nutz\w*|setz\w*|speicher\w*|einsetz\w*)\b.{0,60}\bcookies?\b"
            r"(?=.*\b(sie|ihr\w*|ihnen|du|dein\w*|dir|dich|zustimm\w*|einwillig\w*|akzeptier\w*|personalisier\w*|analys\w*"
            r"|verbesser\w*|datenschutz\w*)\b).*",
            r".*speichern und/oder greifen auf informationen auf ihrem gerät zu.*",
            r"(alle |cookies )?(akzeptieren|annehmen|ablehnen|zulassen)( und (weiter|schließen))?",
            r"alle cookies (akzeptieren|annehmen|ablehnen|zulassen)|zustimmen( und weiter)?",
            r"nur (notwendige|erforderliche|essenzielle) cookies( (akzeptieren|zulassen|verwenden))?",
            r"(einstellungen|auswahl|präferenzen|cookies) (verwalten|anpassen|speichern|bestätigen)",
            r"(cookie|datenschutz|privatsphäre)-?(einstellungen|hinweis|richtlinie|banner)",
            r"(ihre privatsphäre ist uns wichtig|wir respektieren ihre privatsphäre)\W*",
        ),
        en=(
            r".*\b(we|this (web)?site|our (web)?site)\b.{0,80}\b(use|uses|set|sets|store|stores)\b.{0,60}\bcookies\b"
            r"(?=.*\b(you|your|consent|agree|accept|settings|preferences|personali[sz]\w*|analy[sz]\w*|improve"
            r"|experience|browsing|continuing)\b).*",
            r".*by (continuing|using this (web)?site).{0,80}\b(agree|consent|accept)\w*\b.{0,60}\bcookies\b.*",
            r".*store and/or access information on a device.*",
            r"(accept|allow|reject|decline|deny|refuse)( all)?( cookies)?|(accept|agree) (and|&) (close|continue)",
            r"(only )?(necessary|essential|required) cookies( only)?",
            r"(manage|customi[sz]e|adjust|save) (settings|preferences|options|cookies|choices)",
            r"cookie (settings|policy|preferences|notice)|privacy (settings|preferences)",
            r"(we (value|respect) your privacy|your privacy (matters|choices))\W*",
        ),
    ),
    "share buttons": Furniture(
        60,
        de=(
            rf"(auf|bei|per|via|über) {_PLATFORMS} (teilen|senden|versenden|empfehlen|posten)",
            rf"(teilen|senden|versenden) (auf|bei|per|via|mit|über) {_PLATFORMS}",
            r"(artikel|beitrag|seite|link) (teilen|drucken|merken|kopieren|versenden|speichern|vorlesen( lassen)?)",
            r"link kopieren|drucken|merken|zur merkliste( hinzufügen)?|vorlesen( lassen)?",
        ),
        en=(
            rf"(share|post|send|tweet)( (it|this))? (on|to|via|by|with) {_PLATFORMS}",
            r"(share|tweet|email|print|save|bookmark|gift|listen to)( this)? (article|story|post|page)",
            r"copy( article)? link|print|bookmark|save for later|restack",
            rf"{_PLATFORMS}([\s,|·•/]+{_PLATFORMS})*",
        ),
    ),
    "keyboard help": Furniture(
        300,
        de=(
            r"(tastaturkürzel|tastenkürzel|tastaturbefehle|tastenkombinationen|tastatursteuerung)(\s*[:(].*)?",
            r".*\b(drücken sie|drücke|taste)\s+(esc|escape|\?|enter)\b.*\b(schließ\w*|beende\w*|verlass\w*|hilfe)\b.*",
        ),
        en=(
            r"(keyboard shortcuts?|keyboard navigation|shortcut keys)(\s*[:(].*)?",
            r".*\bpress\s+(esc|escape|\?|enter|the \w+ key)\b.*\b(close|exit|dismiss|help|shortcuts?)\b.*",
        ),
    ),
    "read more": Furniture(
        200,
        de=(
            r"\W*(weiterlesen|mehr lesen|mehr erfahren|mehr dazu|mehr anzeigen|mehr laden)\W*",
            r"\W*(zum (ganzen |vollständigen )?(artikel|beitrag)|(ganzen )?artikel lesen)\W*",
            r"\W*(alle|weitere) (artikel|beiträge|meldungen) (anzeigen|lesen|laden)\W*",
            r".*(…|\.\.\.)\s*(weiterlesen|mehr lesen|mehr)\W*",
        ),
        en=(
            r"\W*(read more|read on|continue reading|keep reading|learn more|see more|show more|load more)\W*",
            r"\W*(read the (full|whole|rest of the) (story|article|post)|view all|see all)\W*",
            r".*(…|\.\.\.)\s*(read more|continue reading|more)\W*",
        ),
    ),
    "newsletter plea": Furniture(
        300,
        de=(
            r".*\bnewsletter\b.*\b(in|an) (ihr|dein|euer)(e[mn])? (e-mail-)?(postfach|posteingang)\b.*",
            r".*\bmit (der|ihrer|deiner) anmeldung (stimmen sie|stimmst du|akzeptieren sie|erklären sie sich)\b.*",
            r"((jetzt|kostenlos|gratis) )*(anmelden|abonnieren|registrieren|eintragen)\W*",
            r"(ihre|deine) e-mail(-adresse)?\W*",
        ),
        en=(
            r"(?=.*\b(newsletter|briefing|digest|subscribe|sign up|free)\b).*\b(to|in) your inbox\b.*",
            r".*\bby (signing up|subscribing|clicking|entering your email),? you (agree|accept|consent)\b.*",
            r".*\b(reader-supported publication|consider becoming a (free or )?paid subscriber)\b.*",
            r"(sign up|subscribe|subscribe now|join now)\W*|(type|enter) your email( address)?\W*",
        ),
    ),
    "paywall": Furniture(
        300,
        de=(
            r"weiterlesen mit \S+( \S+)?",
            r"(?=.*\b(jetzt|sie|du)\b).*\b\d+ (wochen|monate|tage)\b.{0,30}\b(für|ab|gratis|kostenlos)\b.{0,40}"
            r"\b(testen|lesen|abonnieren)\b.*",
            r"(sie sind|du bist|schon|bereits) (bereits |schon )?(abonnent\w*|abonniert|kunde|registriert)\b.{0,40}",
            r".*\b(dieser|der) (artikel|beitrag|inhalt) ist (exklusiv |nur )?für (abonnent\w*|\S+-?leser\w*)\b.*",
            r"(jetzt )?(abo|abonnement) (abschließen|sichern|testen|wählen)\W*",
        ),
        en=(
            r".*\byou('ve| have) (read|reached|used)\b.{0,30}\b(free|of your) (articles?|stories|limit)\b.*",
            r".*\b(subscribe|sign up|join)\b.{0,60}\b(unlimited access|to keep reading|to continue reading"
            r"|to read (the|this) (full|rest))\b.*",
            r"already a (paid )?(subscriber|member)\??.{0,30}",
            r".*\bkeep reading with a\b.*\bfree trial\b.*|.*\bthis (post|article|story) is for (paid )?"
            r"(subscribers|members)\b.*",
            r"(start|begin|try) (my |your |a )?(free )?(subscription|trial|free trial)\W*",
            r"(subscribe|sign in|log in)( for \S+)?\W*",
            r"(?=.*\b(you|your|get|start)\b).*\bfor (just|only) [$€£]\s?\d[\d.,]*\b"
            r".*\b(first|per|a) (month|week|year)\b.*",
        ),
    ),
    "site links": Furniture(
        300,
        de=(
            r"impressum|datenschutz\w*|agb|nutzungsbedingungen|kontakt( zur redaktion)?|über uns|mediadaten",
            r"anzeigen aufgeben|barrierefreiheit|(zurück )?nach oben|zum seitenanfang|seitenanfang",
            r"(direkt )?zum (haupt)?inhalt( springen)?|zur (navigation|suche)( springen)?",
            r"(seite|artikel) drucken|artikel (per e-mail )?(versenden|empfehlen)|abo-?shop|e-paper( lesen)?",
            r"(vorheriger|nächster|älterer|neuerer) (beitrag|artikel)",
            r"(stolz )?präsentiert von \S+|betrieben mit \S+|alle rechte vorbehalten",
        ),
        en=(
            r"imprint|privacy( policy| notice)?|terms( of (use|service))?|terms (and|&) conditions|contact( us)?",
            r"about( us)?|advertise( with us)?|accessibility|sitemap|careers",
            r"ethics policy|editorial (standards|policy)",
            r"back to top|(skip|jump) to (the )?(main )?(content|navigation|search)",
            r"print (this )?(page|article|story)|email this (story|article|page)( to a friend)?",
            r"(previous|next|older|newer) (post|article|story|entry)",
            r"(proudly )?powered by \S+|all rights reserved|collection notice|start writing|get the app",
            r"(©|\(c\)|copyright)\s.{0,100}",
        ),
    ),
    "tag line": Furniture(
        400,
        de=(
            r"dieser (beitrag|eintrag|artikel) wurde .{0,60}\bunter\b.{0,200}\b(abgelegt|veröffentlicht)\b.*",
            r".*\bsetze ein lesezeichen auf den permalink\b.*",
            r"(kategorien?|schlagw(ö|oe)rter|schlagworte|stichw(ö|oe)rter|themen|tags)\s*:\s*.{0,200}",
        ),
        en=(
            r"this (entry|post) was posted in\b.*",
            r".*\bbookmark the permalink\b.*",
            r"(categories|category|tags|tagged|topics|filed under|posted in|categorized as)\s*:\s*.{0,200}",
            r"(filed under|categorized as)\s.{0,200}",
        ),
    ),
    "tip line": Furniture(
        200,
        de=(
            r".*\b(fehler gefunden|haben sie (einen )?(fehler|hinweis|tipp) (gefunden|für uns)"
            r"|hinweise? (an|für) die redaktion|schreiben sie (uns|der redaktion))\b.*",
        ),
        en=(
            r".*\b(have a (news )?tip|got a (news )?tip|send us (a |your )?(tips?|news)|news tips?:"
            r"|spotted (an error|a mistake|a typo)|contact (the )?(newsroom|editors?))\b.*",
        ),
    ),
    "comment form": Furniture(
        300,
        de=(
            r".*meinen namen, (meine )?e-mail(-adresse)?( und (meine )?website)? in diesem browser speichern.*",
            r"(antworten abbrechen|kommentare sind geschlossen)\W*|antworten|kommentieren|gefällt mir",
            r"\d+ (antworten|kommentare?|gedanken|reaktionen) (auf|zu) [„\"“«»‚'].*",
        ),
        en=(
            r".*save my name, email,? and website in this browser.*",
            r"(cancel reply|comments are closed|discussion about this post)\W*|reply|comment|like",
            r"\d+ (thoughts|responses|comments|replies) (on|to) [“\"‘'].*",
        ),
    ),
}
