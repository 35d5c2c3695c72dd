"""Recognisers for the advance payment (Pw art. 52): vermeld, automatisch, termijn, voorwaarden."""

from __future__ import annotations

import re

from toegang.audit.document import Document, Sentence
from toegang.audit.keywords import keywords
from toegang.audit.language import cue, cue_search, durations, negated
from toegang.audit.recognisers import Outcome, absent, recogniser
from toegang.i18n import _
from toegang.rules.model import Rule

_VOORSCHOT = re.compile(r"\bvoorschot\w*")
_VOORSCHOT_GATE = keywords("voorschot")
_TOO_LONG_GATE = keywords("lang", "problemen", "geen geld")
# An emergency payment (broodnood) that must be requested is allowed when kept apart from the voorschot.
_EMERGENCY = cue(
    "nood|crisis|dringend|direct|eerder|sneller",
    r"broodnood|noodsituatie|noodgeval|\bnood\b|geldnood|noodbetaling|crisis|dringend|direct geld nodig|"
    r"\b(?:eerder|sneller|direct)\b[^.]{0,30}\bvoorschot",
)
_OTHER_SCHEME = re.compile(r"bijzondere bijstand|vakantiegeld|studiefinanciering|toeslag\w*|bbz|zelfstandig")


def voorschot_sentences(doc: Document) -> list[Sentence]:
    """Sentences about the voorschot on algemene bijstand (not on bijzondere bijstand, toeslagen, …)."""
    return [s for s in doc.gated(_VOORSCHOT_GATE) if not _OTHER_SCHEME.search(s.low)]


_NO_VOORSCHOT = re.compile(
    r"\b(?:geen|niet)\b[^.]{0,20}\bvoorschot\w*\b[^.]{0,40}\b(?:mogelijk|gegeven|verstrekt|betaald|uitbetaald|"
    r"krijgen|verleend)\b|\bvoorschot\w*\b[^.]{0,30}\b(?:is|zijn|wordt|worden)\b[^.]{0,10}\bniet\b[^.]{0,20}"
    r"\b(?:mogelijk|gegeven|verstrekt|verleend)|\b(?:geven|verstrekken|verlenen) (?:wij|we) geen voorschot"
)
# "No voorschot in the first 4 weeks" is correct: the voorschot comes at the latest after 4 weeks.
_TIME_LIMITED = re.compile(
    r"\b(?:in de eerste|tijdens|gedurende|binnen|voordat|zolang|in deze periode|nog)\b"
)
_TOO_LONG = re.compile(
    r"\b(?:duurt|is|wachten)\b[^.?]{0,40}\bte lang\b|\bfinanciële problemen\b|\bgeldproblemen\b|\bgeen geld\b"
)
_CALL = re.compile(r"\bbel\b|\bbellen\b|neem\w* contact|contact op|meld\w* (?:u|je)|laat het (?:ons )?weten")


@recogniser("voorschot.vermeld")
def voorschot_vermeld(doc: Document, rule: Rule) -> Outcome:
    sentences = voorschot_sentences(doc)
    for sentence in sentences:
        if sentence.youth:
            continue  # "no voorschot during the search period" is correct for young people
        if _NO_VOORSCHOT.search(sentence.low) and not _TIME_LIMITED.search(sentence.low):
            return Outcome(
                "wrong",
                (sentence,),
                _(
                    "De pagina zegt dat er geen voorschot mogelijk is. Dat klopt niet: de gemeente moet een "
                    "voorschot geven als zij na 4 weken nog niet heeft beslist."
                ),
            )
    if sentences:
        return Outcome("present", (sentences[0],), _("De pagina noemt het voorschot."))
    for sentence in doc.gated(_TOO_LONG_GATE):
        offers_a_call = any(_CALL.search(s.low) for s in doc.near(sentence.index, 0, 1))
        about_waiting = re.search(r"aanvraag|beslis|besluit|wachten|periode|termijn|weken", sentence.low)
        if _TOO_LONG.search(sentence.low) and offers_a_call and about_waiting:
            return Outcome(
                "wrong",
                (sentence,),
                _(
                    "De pagina biedt iets anders aan (bellen) voor wie niet kan wachten, maar noemt het voorschot "
                    "niet. Wie na 4 weken nog geen besluit heeft, krijgt een voorschot."
                ),
            )
    return absent()


# The request must govern the voorschot itself: "een voorschot aanvragen", "verzoeken om een voorschot",
# "aangeven dat u een voorschot wilt". "Als wij uw aanvraag nog niet hebben beoordeeld, krijgt u een voorschot"
# is about the bijstand application and must not match.
_MUST_REQUEST = re.compile(
    r"\bvoorschot\w*\b[^.,;]{0,40}\b(?:aanvragen|aan te vragen|aanvraagt|verzoeken|te verzoeken|vragen|te vragen|"
    r"aankruisen|aan te kruisen)\b|"
    r"\b(?:aanvraag|aanvragen|verzoek|verzoeken|vragen|vraag) (?:voor|om|tot|van) (?:een |het |uw )?voorschot|"
    r"\baanvraag voorschot|\b(?:vraag|vraagt|vragen)\b (?:u |je )?(?:ook )?(?:een |het )?voorschot\w* aan\b|"
    r"\b(?:aangeven|laten weten|zeggen|vermelden|aankruisen)\b[^.]{0,40}\bvoorschot\w*\b[^.]{0,20}\bwil|"
    r"\bvoorschot\w*\b[^.]{0,30}\bwil\w*\b[^.]{0,30}\b(?:aangeven|aankruisen|laten weten|vermelden)"
)
_MUST_REQUEST_YOURSELF = re.compile(
    r"\bvoorschot\w*\b[^.]{0,40}\b(?:moet|dient)\b[^.]{0,20}\b(?:zelf |dit |het |er )?"
    r"(?:aanvragen|aan te vragen|vragen|verzoeken|om vragen)"
)
_AUTOMATIC = cue(
    "hoef|hoeven|automatisch|vanzelf|zonder",
    r"\b(?:hoeft|hoef|hoeven)\b[^.]{0,60}\b(?:niet|niets|geen)\b[^.]{0,60}(?:aan te vragen|te vragen|voor te doen|"
    r"te doen|aanvragen|vragen)|\bautomatisch\b|\bvanzelf\b|\bzonder (?:dat u|dat je|aanvraag|verzoek)",
)


_REQUEST_ANSWER = re.compile(
    r"\b(?:aangeven|aanvragen|aan te vragen|vraag \w+ aan|verzoek\w*|aankruisen|laat (?:het|dat) \w+ weten|"
    r"erom vragen|om vragen)\b"
)


def _must_request(sentence: Sentence) -> Outcome:
    return Outcome(
        "wrong",
        (sentence,),
        _(
            "De pagina zegt dat u het voorschot moet aanvragen of erom moet vragen. Dat staat niet in de wet: "
            "de gemeente geeft het voorschot uit zichzelf (Participatiewet artikel 52)."
        ),
    )


@recogniser("voorschot.automatisch")
def voorschot_automatisch(doc: Document, rule: Rule) -> Outcome:
    sentences = voorschot_sentences(doc)
    for sentence in sentences:
        if cue_search(sentence, _EMERGENCY) or sentence.youth:
            continue
        bare_heading = sentence.heading and not sentence.text.rstrip().endswith("?")
        if bare_heading and len(sentence.low.split()) <= 4 and not any(durations(sentence.low)):
            continue  # a bare heading "Voorschot aanvragen" says too little to accuse anyone
        match = _MUST_REQUEST.search(sentence.low) or _MUST_REQUEST_YOURSELF.search(sentence.low)
        if not match and sentence.text.rstrip().endswith("?"):
            # "Wilt u een voorschot? Geef dat dan aan in het gesprek."
            following = doc.sentences[sentence.index + 1 : sentence.index + 2]
            if following and not cue_search(following[0], _EMERGENCY):
                answer = _REQUEST_ANSWER.search(following[0].low)
                if answer and not negated(following[0].low, answer.start()):
                    return _must_request(following[0])
        if not match or negated(sentence.low, match.start()) or cue_search(sentence, _AUTOMATIC):
            continue
        return _must_request(sentence)
    for sentence in sentences:
        for near in doc.near(sentence.index, 1, 1):
            if cue_search(near, _AUTOMATIC) and not cue_search(near, _EMERGENCY):
                return Outcome(
                    "present", (near,), _("De pagina zegt dat u het voorschot krijgt zonder erom te vragen.")
                )
    return absent()


@recogniser("voorschot.termijn")
def voorschot_termijn(doc: Document, rule: Rule) -> Outcome:
    weeks = float(rule.params["weeks"])
    for sentence in voorschot_sentences(doc):
        if sentence.youth and re.search(r"zoek", sentence.low):
            continue
        stated = [d for d in durations(sentence.low)]
        if not stated:
            # "After 4 weeks no decision yet? … voorschot" often spans two sentences.
            previous = doc.sentences[sentence.index - 1] if sentence.index else None
            if previous is not None and re.search(r"beslis|besluit|aanvraag", previous.low):
                stated = [d for d in durations(previous.low)]
                if any(abs(d.weeks - weeks) < 0.3 for d in stated):
                    return Outcome(
                        "present", (previous, sentence), _("De pagina noemt de termijn van het voorschot.")
                    )
            continue
        if any(abs(d.weeks - weeks) < 0.3 or d.weeks < weeks for d in stated):
            return Outcome("present", (sentence,), _("De pagina noemt de termijn van het voorschot."))
        if all(d.weeks > weeks + 0.3 for d in stated) and not re.search(
            r"verrek|terugbetal|aflos", sentence.low
        ):
            return Outcome(
                "wrong",
                (sentence,),
                _(
                    "De pagina noemt een andere termijn voor het voorschot. Volgens de wet krijgt u het voorschot "
                    "uiterlijk {weeks} weken na uw aanvraag, en daarna elke {weeks} weken."
                ).format(weeks=int(weeks)),
            )
    return absent()


# Conditions the law does not have. In the voorschot sentence itself; "soms" only there (see _HEDGED).
_INVENTED_CONDITION = re.compile(
    r"\balleen (?:als|wanneer|indien|in|bij|voor)\b|\bbij twijfel\b|"
    r"\bvoorwaarde\w*\b|\bmits\b|\bniet (?:genoeg|voldoende) geld\b|\bgeen geld (?:meer )?(?:heeft|hebt)\b|"
    r"\b(?:als|wanneer|indien)\b[^.]{0,40}\b(?:noodzakelijk|dringend|urgent)\b|\bkunt aantonen\b|"
    r"\b(?:als|wanneer|indien|alleen)\b[^.]{0,40}\b(?:bijna |vrijwel |redelijk )?zeker\b[^.]{0,30}\brecht\b|"
    r"\b(?:alle|de)(?: \w+)? (?:gegevens|informatie|stukken|bewijsstukken|documenten)\b"
    r"[^.]{0,60}\b(?:aangeleverd|gegeven|ingeleverd|ingediend|compleet|volledig|heeft|hebt)\b|"
    r"\b(?:aanvraag|dossier)\b[^.]{0,20}\b(?:compleet|volledig)\b|\bgoed (?:heeft|hebt) ingevuld"
)
_HEDGED = re.compile(r"\bin sommige gevallen\b|\bsoms\b|\bin bepaalde gevallen\b|\beventueel\b")
_SETTLEMENT = re.compile(r"verreken\w*|terugbetal\w*|aflos\w*|\blening\b|terugvorder\w*")
_ONLY_IF = re.compile(r"\balleen\b[^.]{0,20}\b(?:als|wanneer|indien|mits)\b")
_OWN_FAULT = re.compile(
    r"te wijten|eigen schuld|verwijtbaar|door uw (?:eigen )?(?:schuld|fout)|uw eigen fout|door uzelf"
)
_PERCENT = re.compile(r"(\d{2,3})\s?(?:%|procent)")
# A neighbouring sentence counts only when it refers to the voorschot ("dan", "dat", "dit" point back to it).
_REFERS_TO_VOORSCHOT = re.compile(r"voorschot|dan\b|\bd[ai]t\b")


@recogniser("voorschot.voorwaarden")
def voorschot_voorwaarden(doc: Document, rule: Rule) -> Outcome:
    minimum = int(rule.params["min_percentage"])
    sentences = voorschot_sentences(doc)
    if not sentences:
        return absent()
    for sentence in sentences:
        if sentence.youth or cue_search(sentence, _EMERGENCY):
            continue
        for percent in _PERCENT.finditer(sentence.low):
            if int(percent.group(1)) < minimum:
                return Outcome(
                    "wrong",
                    (sentence,),
                    _(
                        "De pagina noemt een te laag voorschot ({stated}%). Het voorschot is ten minste {minimum}% "
                        "van de bijstand{since}."
                    ).format(
                        stated=percent.group(1),
                        minimum=minimum,
                        since=_(" (sinds 1 januari 2026)") if rule.valid_from.year >= 2026 else "",
                    ),
                )
        for near in doc.near(sentence.index, 1, 1):
            if near.youth or cue_search(near, _EMERGENCY) or _OWN_FAULT.search(near.low):
                continue
            leads_in = near.index == sentence.index - 1 and near.text.rstrip().endswith("?")
            if near is not sentence and not leads_in and not _REFERS_TO_VOORSCHOT.search(near.low):
                continue
            match = _INVENTED_CONDITION.search(near.low) or _ONLY_IF.search(near.low)
            if near is sentence and not match and not _SETTLEMENT.search(near.low):
                match = _HEDGED.search(near.low)
            if match and not negated(near.low, match.start()):
                return Outcome(
                    "wrong",
                    (near,),
                    _(
                        "De pagina stelt een voorwaarde voor het voorschot die niet in de wet staat. De gemeente mag "
                        "het voorschot alleen weigeren als u door eigen schuld gegevens niet geeft of niet meewerkt, "
                        "of als al duidelijk is dat u geen recht hebt."
                    ),
                )
    return Outcome("present", (sentences[0],), _("De pagina noemt het voorschot zonder extra voorwaarden."))
