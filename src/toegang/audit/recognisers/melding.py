"""Recognisers for reporting and applying: melding.direct, melding.zonder-digid, melding.ingangsdatum."""

from __future__ import annotations

import re

from toegang.audit.document import Document, Sentence
from toegang.audit.keywords import keywords
from toegang.audit.language import cue, cue_keywords, cue_search, first_cue, negated
from toegang.audit.recognisers import Outcome, absent, recogniser
from toegang.i18n import _
from toegang.rules.model import Rule

_BIJSTAND = r"(?:bijstand\w*|uitkering\w*|ioaw|levensonderhoud)"

# Speed: in the long patterns below, neighbouring alternatives that start with \b share one "\b(?:...)". The
# regex engine then tries them only at the start of a word instead of one by one at every character.

# How to report or apply, right away.
_ROUTE = re.compile(
    r"\b(?:(?:vraagt?|vraag|vragen)\b[^.]{0,80}\baan\b|aanvragen\b|"
    r"aanvraag\w*\b[^.]{0,30}\b(?:doen|doet|indienen|dient|in|invullen|versturen|insturen|opsturen)\b|"
    r"(?:hiervoor|daarvoor)\b[^.]{0,20}\b(?:bellen|bel)\b|ga naar\b[^.]{0,30}werk\.nl|"
    r"dien\w*\b[^.]{0,60}\baanvraag\b)|aanvraagformulier|meldformulier|meldingsformulier|"
    r"\b(?:meld(?:t|en)?\s+(?:u|je|jij|zich)\b|schrijf\w*\b[^.]{0,40}\bin als werkzoekende|"
    r"inschrijv\w* (?:als werkzoekende|bij (?:het )?uwv|op werk\.nl)|vul\w*\b[^.]{0,60}\bformulier|"
    r"zich\b[^.]{0,40}\b(?:aan)?(?:ge)?meld\w*)"
)
# A route found in a youth passage counts only for the melding: applying comes after the search period.
_MELDING_ROUTE = re.compile(r"\bmeld\w*|aanmeld\w*|inschrijv\w*|\bschrijf\w*")
_OTHER_SCHEME = re.compile(r"\b(?:bbz|ioaz)\b|zelfstandig|bijzondere bijstand|toeslag|kwijtschelding")
# A route: where or how. "Vraag de uitkering aan als uw inkomen te laag is" names no route and is not enough.
# Only used as a yes/no test, so the order of the alternatives does not matter, and one letter before a street
# name says as much as "\w+" (which the engine would retry from every letter of every word).
_ROUTE_MARKER = re.compile(
    r"werk\.nl|online|digita\w*|formulier|website|loket|balie|werkplein|hieronder|knop|button|deze pagina|"
    r"digid|telefo\w*|e-?mail\w*|snelbalie|inlog\w*|iparticipatie|"
    r"\b(?:uwv\b|site\b|bel\w*|mail\w*|log\w* in\b|bij (?:het |de )?(?:uwv|gemeente|werkplein|loket|balie)|via\b)|"
    r"\w(?:straat|laan|plein|weg|markt|singel|kade)\s+\d+"
)
_NOT_A_ROUTE = re.compile(r"vragen of hulp|hulp nodig|kijk (?:hier|voor)|lees (?:hier|meer)|voorwaarden")

# Something put before the melding or the application (for people of 27 and older that is not allowed).
_PRECONDITION = re.compile(
    r"verplicht\w* onderde(?:el|len)\b[^.]{0,80}\baanvra\w*|"
    r"(?:eerst|voordat)[^.]{0,80}\b(?:proberen|zoeken|vinden)\b[^.]{0,40}\bwerk\b|"
    r"\bwerk\b[^.]{0,30}\b(?:eerst|zelf eerst)\b[^.]{0,30}\b(?:proberen|zoeken)\b|"
    r"kunnen bewijzen dat u alles[^.]{0,40}gedaan[^.]{0,30}werk|"
    r"\bna (?:\d+|twee|drie|veertien) (?:dagen|weken) nog geen werk|"
    r"(?:na|tijdens) (?:de melding en )?(?:het|uw|je|dit) (?:\w+)?gesprek\w*[^.]{0,80}"
    r"\b(?:aanvraag\w* (?:indienen|doen|in)|aanvraagformulier|krijgt u een aanvraag)|"
    r"\b(?:eerst\b[^.]{0,60}\b(?:contact op|bellen|een afspraak)\b[^.]{0,80}\b(?:daarna|dan pas|pas daarna)\b|"
    r"pas (?:als|na)[^.]{0,80}\b(?:kunt|kun|mag) (?:u|je)\b[^.]{0,60}\baanvra|"
    r"afspraak\b[^.]{0,80}\bprocedure\b[^.]{0,30}\bin gang|meldingsgesprek\b[^.]{0,20}\bin te plannen|"
    r"meld\w*\b[^.]{0,80}\buitnodiging voor (?:een|de) (?:voorlichtings|informatie)bijeenkomst|"
    r"(?:vragenlijst|meldformulier|meldingsformulier)\b[^.]{0,60}\bafspraak\b[^.]{0,30}\bmedewerker)"
)
# A compulsory meeting or training counts only when it stands before the application, not after the grant.
_MANDATORY_MEETING = cue(
    "verplicht",
    r"\b(?:informatiebijeenkomst|voorlichtingsbijeenkomst|informatiemiddag|informatieochtend|workshop\w*|"
    r"poorttraining|training)\b[^.]{0,80}\bverplicht|"
    r"\bverplicht\w*\b[^.]{0,40}\b(?:informatiebijeenkomst|voorlichtingsbijeenkomst|workshop|training)",
)
_APPLICATION_TIE = re.compile(r"aanvra\w*|\bmeld\w*|voordat|\beerst\b|procedure|intake")
_AFTER_GRANT_DUTY = re.compile(
    r"\bna (?:de|uw|je) toekenning|\bal een (?:uitkering|bijstand)|tijdens (?:uw|je|de) uitkering|"
    r"\bals (?:u|je) (?:een )?(?:uitkering|bijstand) (?:heeft|hebt|krijgt|ontvangt)"
)
_DIRECT_ROUTE = re.compile(r"werk\.nl|online|digitaal|formulier|digid|website")
# "To apply, call for an appointment": the procedure is withheld behind an appointment.
_APPOINTMENT_ONLY = cue(
    "afspraak|telefonisch contact",
    r"\b(?:voor het aanvragen|om (?:een uitkering |bijstand )?aan te vragen|hiervoor|daarvoor|aanvragen)\b[^.]{0,60}"
    r"\b(?:telefonisch|bellen|bel)\b[^.]{0,60}\bafspraak|"
    r"\b(?:voor het aanvragen|om aan te vragen)\b[^.]{0,80}\btelefonisch contact\b|"
    r"\b(?:dient|moet)\b[^.]{0,30}\btelefonisch\b[^.]{0,20}\bafspraak\b[^.]{0,20}\bte maken",
)
_PHONE_CALL = re.compile(r"telefonisch contact|\bbel\w*\b")
_APPOINTMENT_FOLLOWUP = re.compile(
    r"\b(?:plant|plannen|maakt|maken)\b[^.]{0,40}\bafspraak|\bafspraak\b[^.]{0,40}\bin(?:plannen|gepland)|"
    r"\bafspraak\b[^.]{0,20}\bin\b\W*$"
)


_MELD_GATE = keywords("meld")
_DIGID_GATE = keywords("digi", "alleen", "uitsluitend")

# Necessary keywords of the patterns above: a sentence without any of them cannot match (speed only).
_PRECONDITION_GATE = keywords(
    "verplicht",
    "eerst",
    "voordat",
    "bewijzen",
    "nog geen werk",
    "gesprek",
    "pas",
    "procedure",
    "uitnodiging",
    "afspraak",
    "telefonisch contact",
    "bel",
)
_ROUTE_GATE = keywords(
    "vra", "dien", "meld", "schrijf", "inschrijv", "vul", "zich", "hiervoor", "daarvoor", "ga naar"
)


# Something before the application, said outright: "Voordat u een aanvraag kunt doen, nodigen wij u uit voor
# een gesprek", "U kunt pas aanvragen nadat u de workshop heeft gevolgd".
_BEFORE_APPLYING = re.compile(
    r"\bvoordat (?:u|je)\b[^.]{0,40}\baanvra\w*[^.]{0,80}\b(?:uitnodig\w*|nodigen|verplicht\w*|moet|dient|eerst)\b"
    r"[^.]{0,60}(?:\w*gesprek|\w*bijeenkomst|workshop|training|intake|cursus)|"
    r"\bpas\b[^.]{0,40}\baanvra\w*[^.]{0,40}\b(?:nadat|als|na)\b[^.]{0,60}"
    r"\b(?:gesprek\w*|bijeenkomst\w*|workshop\w*|training\w*|intake\w*|cursus\w*|gevolgd)"
)
_FIRST_STEP = re.compile(
    r"\beerst\b[^.]{0,40}\b(?:verplicht\w*|volgt|moet|dient)\b[^.]{0,40}"
    r"(?:\w*gesprek|\w*bijeenkomst|workshop|training|intake|cursus)|"
    r"\beerst\b[^.]{0,30}(?:\w*gesprek|\w*bijeenkomst|workshop|training|intake|cursus)\b"
    r"[^.]{0,30}\b(?:verplicht\w*|volgt|moet)"
)
_THEN_APPLY = re.compile(r"^(?:daarna|pas daarna|vervolgens|dan|pas dan)\b[^.]{0,60}\baanvra\w*")


def _precondition(doc: Document) -> Sentence | None:
    direct_route: bool | None = None
    for sentence in doc.gated(_PRECONDITION_GATE):
        if sentence.youth:
            continue
        match = _PRECONDITION.search(sentence.low) or _BEFORE_APPLYING.search(sentence.low)
        if match and not negated(sentence.low, match.start()):
            return sentence
        if _FIRST_STEP.search(sentence.low):
            following = doc.sentences[sentence.index + 1 : sentence.index + 2]
            if following and _THEN_APPLY.search(following[0].low):
                return sentence  # "Eerst volgt een verplicht intakegesprek. Daarna kunt u aanvragen."
        meeting = cue_search(sentence, _MANDATORY_MEETING)
        if meeting and not negated(sentence.low, meeting.start()):
            context = " ".join(s.low for s in doc.near(sentence.index, 2, 0))
            if _APPLICATION_TIE.search(context) and not _AFTER_GRANT_DUTY.search(context):
                return sentence
        appointment = cue_search(sentence, _APPOINTMENT_ONLY) is not None
        if not appointment and "aanvra" in sentence.low and _PHONE_CALL.search(sentence.low):
            following = doc.sentences[sentence.index + 1 : sentence.index + 2]
            appointment = bool(following) and _APPOINTMENT_FOLLOWUP.search(following[0].low) is not None
        if not appointment or "hulp" in sentence.low:
            continue  # an appointment for help with the form withholds nothing
        if direct_route is None:
            direct_route = any(_DIRECT_ROUTE.search(s.low) for s in doc.sentences if not s.youth)
        if not direct_route:
            return sentence  # the appointment is the only way in: the procedure is withheld
    return None


_ROUTE_START = re.compile(r"\baanvraag\w*\b[^.]{0,30}\b(?:starten|start|beginnen|begint)\b")


def _route(doc: Document) -> Sentence | None:
    for sentence in doc.gated(_ROUTE_GATE):
        match = _ROUTE.search(sentence.low) or _ROUTE_START.search(sentence.low)
        if not match or negated(sentence.low, match.start()):
            continue
        if _NOT_A_ROUTE.search(sentence.low) or _OTHER_SCHEME.search(sentence.low):
            continue
        if sentence.youth and not _MELDING_ROUTE.search(sentence.low):
            continue
        previous = doc.sentences[sentence.index - 1].low if sentence.index else ""
        opens_with_then = sentence.low.startswith(("dan ", "daarna ", "vervolgens "))
        if _ROUTE_MARKER.search(sentence.low) or (opens_with_then and _ROUTE_MARKER.search(previous)):
            return sentence
    return None


@recogniser("melding.direct")
def melding_direct(doc: Document, rule: Rule) -> Outcome:
    blocker = _precondition(doc)
    if blocker:
        return Outcome(
            "wrong",
            (blocker,),
            _(
                "De pagina zet iets vóór de melding of de aanvraag (een gesprek, bijeenkomst, training, eerst werk "
                "zoeken of een afspraak). Voor mensen van 27 jaar en ouder mag dat niet: zij mogen zich direct "
                "melden en aanvragen."
            ),
        )
    route = _route(doc)
    if route:
        return Outcome("present", (route,), _("De pagina zegt hoe u zich direct meldt of aanvraagt."))
    return absent()


_DIGID = r"digi[\s-]?d"
_DIGID_NEEDED = re.compile(
    _DIGID + r"[^.]{0,40}\bnodig\b|\b(?:nodig\b[^.]{0,12}" + _DIGID + r"|"
    r"(?:moet|dient)\b[^.]{0,40}\b(?:in het bezit|beschikken over|inloggen met)\b[^.]{0,30}" + _DIGID + r"|"
    r"in het bezit\b[^.]{0,20}\bvan\b[^.]{0,10}" + _DIGID + r"|"
    r"(?:alleen|uitsluitend) (?:digitaal|online|via internet|via werk\.nl)\b|"
    r"(?:heeft|hebt|heb) (?:u|je) (?:nog )?geen "
    + _DIGID
    + r"[^.?]{0,10}\??\s*(?:vraag|dan)[^.]{0,30}\baan\b)"
)
_ALTERNATIVES = (
    cue(
        "digi",
        r"\bgeen " + _DIGID + r"\b[^.]{0,100}\b(?:bel|bellen|neem\w*|contact|loket|balie|langs|kom\w*|"
        r"afspraak|help\w*|hulp|melden|ook)\b",
    ),
    cue("niet", r"\b(?:lukt|kunt|kun)\b[^.]{0,30}\bniet\b[^.]{0,40}\b(?:digitaal|online|internet|zelf)\b"),
    cue("computer|laptop|internet", r"\b(?:geen|zonder)\b[^.]{0,10}\b(?:computer|laptop|internet)\b"),
    cue(
        "hulp",
        r"\bhulp\b[^.]{0,30}\bbij\b[^.]{0,30}\b(?:invullen|aanvra\w*|aanvraag|inschrijv\w*|aanmeld\w*|"
        r"registr\w*)",
    ),
    cue("moeilijk|lastig", r"\b(?:moeilijk|lastig)\b[^.]{0,60}\b(?:online|digitaal|invullen)\b"),
    cue(
        "inloop|papier|rechtstreeks",
        r"\binloopspreekuur\b|papieren (?:aanvraag)?formulier|"
        r"rechtstreeks bij (?:je|uw|de) gemeente|\bop papier\b",
    ),
    cue(
        "bel|mail",
        r"\b(?:melden|aanvragen|aanvraag)\b[^.]{0,40}\b(?:door|door naar ons te) (?:te )?bellen|"
        r"\b(?:bellen|mailen) of (?:te )?(?:bellen|mailen)|\bhiervoor\b[^.]{0,30}\bbellen\b",
    ),
    cue(
        "telefonisch",
        r"\b(?:voor het aanvragen|om aan te vragen|aanvragen|aanvraag|melden|hiervoor|daarvoor)\b[^.]{0,40}"
        r"\btelefonisch\b",
    ),
    cue(
        "meld",
        r"\bpersoonlijk\b[^.]{0,20}\bmelden|\b(?:ge|aan)?meld\w*\b[^.]{0,40}\b(?:loket|balie|werkplein)\b",
    ),
    cue(
        "bel|meld|langs|binnenlop",
        r"\b(?:kunt|kun) (?:u|je) (?:zich )?(?:ook )?(?:bellen|melden bij|langskomen)\b|"
        r"\b(?:u|je) (?:kunt|kan) (?:ook )?(?:bellen|langskomen|langsgaan|binnenlopen)\b",
    ),
    cue("locatie", r"\bop (?:één van )?onze locaties?\b"),
    cue(
        "vraag",
        r"\b(?:vraagt|vraag)\b[^.]{0,50}\baan\b[^.]{0,10}\b(?:op|bij) (?:het |de )?(?!website)\w+[^.]{0,40}"
        r"\b(?:\d+|woonplaats|regio|\w+straat|plein)\b",
    ),
    cue("inlog|login", r"(?:login|inlog)[^.]{0,30}" + _DIGID + r"[^.]{0,10}\(?niet verplicht"),
)


_ALTERNATIVE_GATE = cue_keywords(_ALTERNATIVES) | keywords("geen", "zonder", "niet", "moeilijk", "lastig")
# Every match ends in a question mark: callers test for one first (speed only).
_NO_DIGID_NO_APPLICATION = re.compile(
    r"\bzonder " + _DIGID + r"\b[^.]{0,30}\b(?:kunt|kun|kan)\b[^.]{0,20}\b(?:geen|niet)\b[^.]{0,30}\baanvra"
)
_NO_DIGITAL_QUESTION = re.compile(
    r"\b(?:geen|zonder)\b[^.?]{0,20}\b(?:"
    + _DIGID
    + r"|computer|laptop|internet|digita\w*|online)\b[^.?]{0,60}\?|"
    r"\bniet\b[^.?]{0,30}\b(?:digitaal|online|via internet)\b[^.?]{0,20}\?|\b(?:moeilijk|lastig)\b[^.?]{0,40}\?|"
    r"\b(?:lukt|kunt|kun)\b[^.?]{0,30}\bniet\b[^.?]{0,50}\b(?:invullen|aanvragen|aanvraag|formulier)\b[^.?]*\?"
)
_ACTION = re.compile(
    r"\b(?:bel|bellen|neem\w*|contact|loket|balie|langs|kom\w*|afspraak|help\w*|hulp|melden|meld)\b"
)
# "You can also apply online", "there are three ways to apply": online is one route of several.
_ALSO_ONLINE = re.compile(
    r"\book (?:digitaal|online|via internet|via de website)\b|\b(?:twee|drie|verschillende|meerdere) manieren\b"
)
_AFTER_GRANT = re.compile(
    r"wijziging\w*|doorgeven|inkomstenformulier|mijn (?:overzicht|uitkering|gemeente)|"
    r"specificatie|jaaropgave|bekijken"
)


@recogniser("melding.zonder-digid")
def melding_zonder_digid(doc: Document, rule: Rule) -> Outcome:
    for sentence in doc.gated(_ALTERNATIVE_GATE):
        match = first_cue(sentence, _ALTERNATIVES)
        if not match and "?" in sentence.low and _NO_DIGITAL_QUESTION.search(sentence.low):
            # "Heeft u geen DigiD?" answered in the next sentence: "Bel ons dan."
            following = doc.sentences[sentence.index + 1 : sentence.index + 2]
            match = _ACTION.search(following[0].low) if following else None
        if match:
            return Outcome(
                "present", (sentence,), _("De pagina geeft een weg voor wie geen DigiD of computer heeft.")
            )
    for sentence in doc.gated(_DIGID_GATE):
        match = _DIGID_NEEDED.search(sentence.low) or _NO_DIGID_NO_APPLICATION.search(sentence.low)
        if not match or re.search(r"\b(?:niet|geen) (?:verplicht|nodig)\b", sentence.low):
            continue
        context = " ".join(s.low for s in doc.near(sentence.index, 1, 0))
        if _AFTER_GRANT.search(context):
            continue  # DigiD for passing on changes or viewing payments is not about applying
        if _ALSO_ONLINE.search(context) or _ALSO_ONLINE.search(doc.low):
            continue  # "you can also apply online; for that you need DigiD": online is one route of several
        return Outcome(
            "wrong",
            (sentence,),
            _(
                "De pagina zegt dat u DigiD of internet nodig hebt om aan te vragen, en geeft geen andere "
                "weg. Een gemeente moet ook een weg bieden zonder DigiD: telefoon, balie of hulp bij het "
                "invullen."
            ),
        )
    return absent()


_START_DATE_MELDING = re.compile(
    r"meldingsdatum[^.]{0,80}\b(?:ingangsdatum|datum van (?:uw|je) (?:uitkering|bijstand)|ingaat|in gaat|ingaan)|"
    r"\b(?:(?:ingaan|ingaat|in gaat|ingang|start\w*|begint)\b[^.]{0,90}\b(?:dag|datum)\b[^.]{0,40}\b"
    r"(?:meld\w*|gemeld|aangemeld)\b|"
    r"(?:vanaf|op) (?:de )?(?:dag|datum) (?:van|dat|waarop) (?:de |uw |je )?(?:melding|u zich (?:heeft |hebt )?"
    r"(?:ge|aan)meld|je (?:je )?(?:hebt )?(?:ge|aan)meld)[^.]{0,60}\b(?:bijstand|uitkering)|"
    r"(?:bijstand|uitkering)\b[^.]{0,60}\b(?:vanaf|op) (?:de )?(?:dag|datum) (?:van|dat|waarop) (?:de |uw |je )?"
    r"(?:melding|u zich|je je))"
)
_START_DATE_LATER = re.compile(
    r"\b(?:datum|dag)\b[^.]{0,30}\bwaarop\b[^.]{0,60}\b(?:aanvraag\w*|intake\w*|gesprek|besluit)\b[^.]{0,40}"
    r"\b(?:ontvang\w*|compleet|volledig|gevoerd|genomen)\b[^.]{0,60}\bingangsdatum|"
    r"\bingangsdatum\b[^.]{0,60}\b(?:is|wordt|geldt)\b[^.]{0,30}\b(?:datum|dag) (?:van|waarop)\b[^.]{0,30}"
    r"\b(?:intake\w*|gesprek|besluit|beslissing|volledige aanvraag|complete aanvraag)|"
    r"\b(?:uitkering|bijstand)\b[^.]{0,60}\b(?:vanaf|op|met ingang van) de (?:datum|dag) (?:van|waarop|dat)\b"
    r"[^.]{0,30}\b(?:(?:eerste )?intake\w*|(?:eerste )?gesprek|besluit|beslissing|volledige aanvraag|"
    r"complete aanvraag|aanvraag (?:\w+ )?(?:compleet|volledig)|aanvraag (?:\w+ )?(?:heeft|hebben) ontvangen)|"
    r"\bgeen (?:uitkering|bijstand)\b[^.]{0,30}\bover de (?:zoekperiode|zoektermijn|eerste (?:4|vier) weken)"
    r"(?![^.]{0,60}\b(?:als|wanneer|indien|tenzij)\b)"
)
_NEVER_BEFORE = re.compile(
    r"\b(?:nooit|in geen geval)\b[^.]{0,60}\b(?:eerder|terug)|\bgeen terugwerkende kracht|"
    r"\bniet met terugwerkende kracht|\bniet eerder\b[^.]{0,60}\bdan\b[^.]{0,40}\b(?:meld|gemeld|aangemeld)"
)
_HEDGE = re.compile(r"\b(?:normaal gesproken|meestal|in principe|in de regel|doorgaans|gewoonlijk)\b")


_START_GATE = keywords(
    "datum", "dag", "ingang", "geen uitkering", "geen bijstand", "nooit", "terugwerk", "eerder"
)


_MELDING_IS_START = re.compile(
    r"\b(?:datum|dag) van (?:uw|je|de) melding\b[^.]{0,40}\b(?:startdatum|ingangsdatum|begindatum|eerste dag)"
)


@recogniser("melding.ingangsdatum")
def melding_ingangsdatum(doc: Document, rule: Rule) -> Outcome:
    retroactive_months = int(rule.params.get("retroactive_months", 0))
    for sentence in doc.gated(_START_GATE):
        if _START_DATE_LATER.search(sentence.low):
            return Outcome(
                "wrong",
                (sentence,),
                _(
                    "De pagina noemt een latere datum als begin van de bijstand (bijvoorbeeld de datum van de "
                    "aanvraag, het gesprek of het besluit). Volgens de wet begint de bijstand op de dag dat u zich "
                    "meldt."
                ),
            )
        if (
            retroactive_months
            and _NEVER_BEFORE.search(sentence.low)
            and not _HEDGE.search(sentence.low)
            and re.search(r"bijstand|uitkering|ingaan|ingaat", sentence.low)
        ):
            return Outcome(
                "wrong",
                (sentence,),
                _(
                    "Verouderd: de pagina zegt dat de bijstand nooit eerder kan ingaan dan de melding. Sinds "
                    "1 januari 2026 kan de gemeente de bijstand tot {months} maanden vóór de melding laten "
                    "ingaan als uw situatie dat nodig maakt."
                ).format(months=retroactive_months),
            )
    for sentence in doc.gated(_MELD_GATE):
        if _START_DATE_MELDING.search(sentence.low) or _MELDING_IS_START.search(sentence.low):
            return Outcome(
                "present",
                (sentence,),
                _("De pagina zegt dat de bijstand kan ingaan op de dag van de melding."),
            )
    return absent()
