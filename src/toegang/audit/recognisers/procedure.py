"""Recognisers for the procedure: beslistermijn, bezwaar, bewijsstukken, ondersteuning, contact."""

from __future__ import annotations

import re

from toegang.audit.document import Document
from toegang.audit.keywords import keywords
from toegang.audit.language import (
    EMAIL,
    PHONE,
    POSTCODE,
    Duration,
    cue,
    cue_keywords,
    durations,
    first_cue,
    negated,
)
from toegang.audit.recognisers import Outcome, absent, recogniser
from toegang.i18n import _
from toegang.rules.model import Rule

_DECISION = re.compile(
    r"\b(?:besluit\w*|beslis\w*|beslu\w*|beschikking|afhandel\w*|afgehandeld|antwoord|uitslag|behandel\w*|"
    r"hoort|horen|bericht)\b"
)
_APPLICATION_TERM_ROW = re.compile(r"^\s*aanvraag (?:voor|om) (?:een )?(?:bijstand|uitkering)")
_NOT_A_DECISION_TERM = re.compile(
    r"voorschot|bezwaar|zoek|nog geen|nog niets|verleng\w*|verdaag\w*|uitstel|opschort\w*|"
    r"hersteltermijn|aanvullen|inleveren|opsturen|bewijsstukken|terugbetal|verrek"
)


_OBJECTION_GATE = keywords("bezwaar")
_TERM_GATE = keywords("dag", "week", "weken", "maand")

_AFTER_DECISION = re.compile(
    r"\bna (?:het|dit|uw|je|de) (?:besluit|beslissing|toekenning)|heronderzoek|herbeoordel|evaluat|geldig|geldt|"
    r"\bbewaar|terugvorder|controle"
)
_TERM_WORD = re.compile(r"\b(?:binnen|uiterlijk|maximaal|hoogstens|duurt|termijn van|in ieder geval)\s*$")


def _is_decision_term(low: str, duration: Duration) -> bool:
    """Whether a too-long duration is stated as the decision term: a term word right before it and a decision
    word in the same clause ("wij beslissen binnen 13 weken", "de afhandeling duurt maximaal 3 maanden")."""
    before = low[max(0, duration.start - 25) : duration.start]
    if not _TERM_WORD.search(before):
        return False
    clause_start = max(low.rfind(",", 0, duration.start), low.rfind(";", 0, duration.start)) + 1
    clause_end = min(
        i for i in (low.find(",", duration.end), low.find(";", duration.end), len(low)) if i >= 0
    )
    return _DECISION.search(low, clause_start, clause_end) is not None


@recogniser("beslistermijn")
def beslistermijn(doc: Document, rule: Rule) -> Outcome:
    legal_weeks = float(rule.params["weeks"])
    for sentence in doc.gated(_TERM_GATE):
        if _NOT_A_DECISION_TERM.search(sentence.low):
            continue
        refers_back = sentence.index > 0 and re.match(r"(?:dit|dat|het|die)\b", sentence.low)
        earlier = " ".join(s.low for s in doc.near(sentence.index, 2, 0) if s is not sentence)
        if not (
            _DECISION.search(sentence.low)
            or _APPLICATION_TERM_ROW.search(sentence.low)
            or (refers_back and _DECISION.search(earlier) and not _NOT_A_DECISION_TERM.search(earlier))
        ):
            continue
        about = sentence.low + (" " + earlier if refers_back else "")
        if not re.search(r"aanvra|uitkering|bijstand|termijn|\bwe\b|\bwij\b|gemeente|\bu\b|\bje\b", about):
            continue
        stated = list(durations(sentence.low))
        if not stated:
            continue
        if any(d.weeks <= legal_weeks + 0.01 for d in stated):
            return Outcome(
                "present", (sentence,), _("De pagina zegt binnen welke termijn de gemeente beslist.")
            )
        if _AFTER_DECISION.search(sentence.low):
            continue  # "binnen 3 maanden na het besluit …" is about something else
        # "Two months" is 8.7 weeks: too close to 8 to accuse anyone; a month counts as up to 4.35 weeks.
        too_long = [d for d in stated if d.weeks > legal_weeks + 0.75]
        if any(_is_decision_term(sentence.low, d) for d in too_long):
            return Outcome(
                "wrong",
                (sentence,),
                _(
                    "De pagina noemt een langere beslistermijn dan de wet toestaat. De gemeente beslist binnen "
                    "{weeks} weken na uw aanvraag (zij mag dit één keer met bericht verlengen)."
                ).format(weeks=int(legal_weeks)),
            )
    return absent()


_OBJECT = re.compile(r"\bbezwaar\w*\b")
_NO_OBJECTION = re.compile(
    r"\b(?:geen|niet)\b[^.]{0,20}\bbezwaar\w*\b[^.]{0,30}\b(?:mogelijk|maken|indienen)|"
    r"\bbezwaar\b[^.]{0,20}\bis niet mogelijk"
)


_OBJECTION_TERM = re.compile(
    r"bezwaar\w*\b[^.]{0,40}\b(?:maken|indienen|aantekenen|instellen|sturen|schrijven|in te dienen)\b|"
    r"\b(?:maken|indienen|aantekenen|instellen|sturen)\b[^.]{0,10}\bbezwaar"
)
_OBJECTION_WORDS = re.compile(
    r"bezwaarschrift|niet eens|oneens|bezwaar (?:en beroep )?(?:mogelijk|tegen (?:het|dit|een) besluit)"
)
_NOT_OBJECTION_TERM = re.compile(
    r"beslis|besluit op (?:uw|je) bezwaar|verdaag|verleng|afhandel|behandel|ontvangst van (?:uw|je|het) bezwaar|"
    r"bevestiging|hoorzitting|gesprek|uitnodig|reactie|voorlopige voorziening"
)


@recogniser("bezwaar")
def bezwaar(doc: Document, rule: Rule) -> Outcome:
    legal_weeks = float(rule.params["weeks"])
    found = None
    for sentence in doc.gated(_OBJECTION_GATE):
        match = _OBJECT.search(sentence.low)
        if not match:
            continue
        if re.search(
            r"\bbezwaar (?:tegen|hebben tegen) (?:het|dat|delen|gebruik|huisbezoek)|geen bezwaar (?:tegen|hebt|heeft)",
            sentence.low,
        ):
            continue  # "bezwaar hebben tegen" = to mind something, not an objection procedure
        if _NO_OBJECTION.search(sentence.low) and "voorschot" not in sentence.low:
            return Outcome(
                "wrong",
                (sentence,),
                _(
                    "De pagina zegt dat bezwaar niet mogelijk is. Tegen het besluit op uw aanvraag kunt u altijd bezwaar maken."
                ),
            )
        stated = [d for d in durations(sentence.low) if d.unit.startswith("we")]
        if (
            stated
            and all(abs(d.weeks - legal_weeks) > 0.01 for d in stated)
            and _OBJECTION_TERM.search(sentence.low)
            and not _NOT_OBJECTION_TERM.search(sentence.low)
        ):
            return Outcome(
                "wrong",
                (sentence,),
                _(
                    "De pagina noemt een verkeerde termijn voor bezwaar. U hebt {weeks} weken na de datum van het besluit."
                ).format(weeks=int(legal_weeks)),
            )
        bare_heading = sentence.heading and len(sentence.low.split()) <= 4
        says_how = _OBJECTION_TERM.search(sentence.low) or _OBJECTION_WORDS.search(sentence.low)
        if found is None and not bare_heading and says_how and not negated(sentence.low, match.start()):
            found = sentence
    if found is not None:
        return Outcome("present", (found,), _("De pagina zegt dat u bezwaar kunt maken tegen het besluit."))
    return absent()


_STRONG_DOCUMENT = re.compile(
    r"\b(?:paspoort\w*|identiteitskaart\w*|id-kaart\w*|legitimatie\w*|bankafschrift\w*|rekeningafschrift\w*|"
    r"loonstro\w*|salarisstro\w*|loonspecificatie\w*|huurcontract\w*|huurovereenkomst\w*|sollicitatiebrie\w*|"
    r"sollicitatieoverzicht\w*|inschrijvingsbewijs\w*|bewijs van inschrijving|hypotheekakte|hypotheekgegevens)"
)
_WEAK_DOCUMENT = re.compile(
    r"\b(?:identiteitsbewijs\w*|verblijfsvergunning\w*|verblijfsdocument\w*|identificatie\w*|bewijsstuk\w*|"
    r"bewijzen|afschriften|gegevens|documenten|papieren)\b"
)
# Only used as a yes/no test, so the alternatives that start with \b can share one: the engine then tries them
# only at the start of a word instead of one by one at every character (speed only).
_NEED = re.compile(
    r"meenemen|mee te nemen|meesturen|mee te sturen|opsturen|uploaden|aanleveren|inleveren|overleggen|laten zien|"
    r":\s*$|\b(?:nodig\b|neem\w*\b[^.]{0,60}\bmee\b|bewaar\w*|kopie|volgende\b|zoals\b|"
    r"over (?:uw|je) (?:inkomen|vermogen|woon\w*|identiteit|bezittingen|spaargeld|arbeidsverleden))"
)
_ELIGIBILITY = re.compile(r"\b(?:bent|gelijkgesteld|nederlander|eu-onderdaan|rechtmatig|voorwaarde\w*)\b")
_NOT_A_DOCUMENT_LIST = re.compile(r"commerci|toevoegen\?|jaaropgave|specificatie|\bbekijken\b")


_DOCUMENT_GATE = keywords(
    "paspoort",
    "identiteit",
    "id-kaart",
    "legitimatie",
    "afschrift",
    "loon",
    "salaris",
    "huur",
    "sollicitatie",
    "inschrijving",
    "hypotheek",
    "bewijs",
    "bewijz",
    "verblijf",
    "identificatie",
    "gegevens",
    "documenten",
    "papieren",
)


def _names_documents(low: str) -> bool:
    if _NOT_A_DOCUMENT_LIST.search(low):
        return False
    strong = _STRONG_DOCUMENT.search(low)
    if strong and not negated(low, strong.start(), window=25):
        return not _ELIGIBILITY.search(low) or bool(_NEED.search(low))
    weak = _WEAK_DOCUMENT.search(low)
    if not weak or _ELIGIBILITY.search(low) or not _NEED.search(low):
        return False
    # A generic word needs a concrete object: "bewijsstukken van uw sollicitaties", "gegevens over uw inkomen".
    return bool(
        re.search(
            r"sollicit|werk te vinden|zoek|inkomen|vermogen|spaargeld|woon|identiteit|bezitting|huur|bank|"
            r"paspoort|id|verblijf|arbeidsverleden",
            low,
        )
    )


@recogniser("bewijsstukken")
def bewijsstukken(doc: Document, rule: Rule) -> Outcome:
    for sentence in doc.gated(_DOCUMENT_GATE):
        if _names_documents(sentence.low):
            return Outcome(
                "present", (sentence,), _("De pagina zegt welke papieren of gegevens u nodig hebt.")
            )
    return absent()


_SUPPORTS = (
    cue(
        "meenem|mee te nem|mee nem|meebreng|meega|meekom|aansluit|bij het gesprek|bij de afspraak|bij het afspraak",
        r"\b(?:iemand|een bekende|familielid|familie|vriend\w*|kennis|buurman|buurvrouw|vertrouwenspersoon|"
        r"mantelzorger|tolk)\b[^.]{0,60}\b(?:meenemen|mee te nemen|mee nemen|meebrengen|meegaan|meekomen|"
        r"aansluiten|bij het gesprek|bij (?:de|het) afspraak)|\bmeenemen\b[^.]{0,20}\b(?:iemand|een bekende|"
        r"familielid|vriend)",
    ),
    cue(
        "ondersteun|onafhankelijk|oco|raadsl|raadsman|formulier|thuisadmin|gratis|kosteloos|kosteloze|kosteloz|bijstaan|"
        "maatschappelijk",
        r"cli[eë]ntondersteun\w*|\b(?:onafhankelijke? (?:ondersteun\w*|cli[eë]nt\w*|adviseur|hulp)|oco\b)|"
        r"sociaal raadslie\w*|sociaal raadsman|formulierenbrigade|formulierenhulp|thuisadministratie|"
        r"\b(?:gratis hulp\b|kosteloze? (?:hulp|ondersteuning))|laten bijstaan|\bmaatschappelijk werk\w*",
    ),
    cue(
        "vrijwillig|wijkteam|sociaal team",
        r"\bvrijwilliger\w*\b[^.]{0,60}\b(?:helpen|hulp|ondersteun\w*)|\bwijkteam\b[^.]{0,60}\b(?:helpen|hulp)|"
        r"\bsociaal team\b[^.]{0,60}\b(?:helpen|hulp)",
    ),
    cue("mee naar|mee met", r"\bmee (?:naar|met) (?:u|je) (?:naar )?(?:het|de) (?:gesprek|afspraak)"),
)


@recogniser("ondersteuning")
def ondersteuning(doc: Document, rule: Rule) -> Outcome:
    for sentence in doc.gated(cue_keywords(_SUPPORTS)):
        match = first_cue(sentence, _SUPPORTS)
        if match and not negated(sentence.low, match.start(), window=30):
            return Outcome(
                "present",
                (sentence,),
                _("De pagina zegt dat u iemand mag meenemen of gratis hulp kunt krijgen."),
            )
    return absent()


_OPENING_HOURS = re.compile(
    r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|werkdagen|elke werkdag)\b[^.]{0,60}\b\d{1,2}[.:]\d{2}"
)
_CONTACT_GATE = re.compile(r"\d|@|contact|chat|whatsapp")
_CONTACT_FORM = re.compile(r"contactformulier|\bchat\b|whatsapp")
_DIGIT = re.compile(r"\d")
# One letter before the street name says as much as "\w+" in a yes/no test, and the engine does not retry it
# from every letter of every word.
_STREET_ADDRESS = re.compile(r"\w(?:straat|laan|plein|weg|markt|singel|kade|gracht)\s+\d+")


@recogniser("contact")
def contact(doc: Document, rule: Rule) -> Outcome:
    for sentence in doc.sentences:
        low = sentence.low
        if not _CONTACT_GATE.search(low):
            continue
        # The "in" tests are cheap and necessary: every phone number has a 0 or "+31", every e-mail address
        # an @, every weekday "dag" (speed only).
        if (
            (("0" in low or "+" in low) and PHONE.search(low))
            or ("@" in low and EMAIL.search(low))
            or _CONTACT_FORM.search(low)
            or ("dag" in low and _OPENING_HOURS.search(low))
            or (POSTCODE.search(low) and _DIGIT.search(low))
            or _STREET_ADDRESS.search(low)
        ):
            return Outcome(
                "present", (sentence,), _("De pagina geeft een telefoonnummer, adres of e-mail voor vragen.")
            )
    return absent()
