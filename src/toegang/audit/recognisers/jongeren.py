"""Recogniser for the four-week search period of young people under 27 (Pw art. 41 lid 4)."""

from __future__ import annotations

import re

from toegang.audit.document import ADULT, Document, Sentence
from toegang.audit.keywords import keywords
from toegang.audit.language import durations
from toegang.audit.recognisers import Outcome, absent, recogniser
from toegang.i18n import _
from toegang.rules.model import Rule

_SEARCH = re.compile(
    r"zoekperiode|zoektijd|zoektermijn|wachttijd|wachtperiode|\bzoek\w*\b[^.]{0,40}\b(?:werk|baan|opleiding|school|"
    r"scholing)|\b(?:werk|baan|opleiding|school)\b[^.]{0,30}\bzoek\w*|op zoek (?:naar|gaan)"
)
_EXPIRES = re.compile(
    r"\b(?:melding|aanmelding)\b[^.]{0,40}\b(?:vervalt|verloopt|komt te vervallen|wordt afgesloten|"
    r"(?:zal )?worden afgesloten|wordt beëindigd|stopt|ongeldig)|"
    r"\b(?:wordt|zal|worden)\b[^.]{0,20}\b(?:uw |je |jouw |de )?(?:melding|aanmelding)\b[^.]{0,20}\b"
    r"(?:afgesloten|ingetrokken|vervallen|beëindigd|stopgezet)|\bvervalt (?:uw|je|jouw|de) (?:melding|aanmelding)|"
    r"\btot (?:uiterlijk )?(?:\d+|twee|drie) (?:weken|dagen|werkdagen) na (?:de|het einde van de|afloop van de) "
    r"(?:zoekperiode|zoektijd|zoektermijn)|"
    r"\bniet (?:tijdig|op tijd)\b[^.]{0,20}\b(?:terug )?meldt\b[^.]{0,60}\b(?:afgesloten|vervalt|opnieuw)"
)
_LATER_START = re.compile(
    r"\bna (?:dit|het|uw|je|jouw|een) (?:\w+)?gesprek\w*\b[^.]{0,40}\b(?:zoek\w*|ga je|gaat u|begint|start)\b"
    r"|\b(?:zoekperiode|zoektijd|zoektermijn)\b[^.]{0,40}\b(?:begint|start|gaat in)\b[^.]{0,20}\bna (?:het|uw|je|de)"
    r" (?:\w+)?(?:gesprek|intake)"
)
_NO_BIJSTAND_FOR_YOUTH = re.compile(
    r"\bjongeren\b[^.]{0,40}\b(?:kunnen|krijgen|hebben)\b[^.]{0,20}\bgeen (?:recht op )?(?:bijstand|uitkering)\b|"
    r"\bin alle andere gevallen\b[^.]{0,40}\bgeen (?:bijstand|uitkering)"
)
# "geen uitkering tijdens de zoekperiode / als u naar school kunt" is the law, not a false statement.
_CONDITIONAL_TAIL = re.compile(
    r"\b(?:tijdens|gedurende|in de|in deze|als|wanneer|indien|zolang|die|omdat|tot)\b"
)
_FOUR_WEEKS_CONTEXT = re.compile(r"melding|meld|aanmeld|aanvra|werk\.nl|inschrijv|zoek")
_ONLY_ADULTS = re.compile(r"27 jaar (?:of|en) ouder|van 27 jaar tot|vanaf 27 jaar|27 jaar tot (?:de )?aow")


_EXPIRES_GATE = keywords("melding", "meldt", "zoek")
_DENIAL_GATE = keywords("jongeren", "andere gevallen")
_SEARCH_GATE = keywords("zoek", "wacht")
# A sentence with none of these keywords matches none of the patterns below, so it is not visited at all.
_ANY_GATE = _EXPIRES_GATE | _DENIAL_GATE | _SEARCH_GATE


def _wrong(sentence: Sentence, reason: str) -> Outcome:
    return Outcome("wrong", (sentence,), reason)


@recogniser("jongeren.zoekperiode")
def jongeren_zoekperiode(doc: Document, rule: Rule) -> Outcome:
    weeks = float(rule.params["weeks"])
    present: Sentence | None = None
    for sentence in doc.gated(_ANY_GATE):
        low = sentence.low
        if sentence.has(_EXPIRES_GATE) and _EXPIRES.search(low):
            return _wrong(
                sentence,
                _(
                    "De pagina zegt dat de melding vervalt als u niet op tijd aanvraagt. Dat staat niet in de wet: "
                    "de gemeente mag alleen een latere startdatum nemen als het uw eigen schuld is."
                ),
            )
        denial = sentence.has(_DENIAL_GATE) and _NO_BIJSTAND_FOR_YOUTH.search(low)
        if denial and sentence.youth and not _CONDITIONAL_TAIL.search(low, denial.end()):
            return _wrong(
                sentence,
                _(
                    "De pagina zegt dat jongeren geen bijstand kunnen krijgen. Ook jongeren onder 27 hebben recht op bijstand na de zoekperiode."
                ),
            )
        searching = sentence.has(_SEARCH_GATE) and _SEARCH.search(low)
        if not searching:
            continue
        if (
            sentence.adult
            and not sentence.youth
            and re.search(r"zoekperiode|zoektijd|zoektermijn|eerst", low)
            and not re.search(r"\bgeen\b[^.]{0,20}\b(?:zoekperiode|zoektijd)|\bniet\b", low)
        ):
            return _wrong(
                sentence,
                _(
                    "De pagina legt de zoekperiode op aan mensen van 27 jaar of ouder. "
                    "De zoekperiode geldt alleen voor jongeren onder 27."
                ),
            )
        if not sentence.youth and not re.search(r"zoekperiode|zoektijd|zoektermijn", low):
            continue
        if _LATER_START.search(low) and any(durations(low)):
            return _wrong(
                sentence,
                _(
                    "De pagina laat de zoekperiode later beginnen dan de melding (bijvoorbeeld na een gesprek). De zoekperiode begint op de dag van de melding."
                ),
            )
        stated = [d for d in durations(low) if d.unit in {"weken", "week", "dagen", "maand"}]
        if (
            stated
            and all(abs(d.weeks - weeks) > 0.3 for d in stated)
            and re.search(
                r"zoekperiode|zoektijd|zoektermijn|(?:eerst|zelf)\b[^.]{0,40}\bzoek|zoek\w*\b[^.]{0,20}\beerst\b",
                low,
            )
            and not re.search(r"\bna (?:de|deze|die) (?:zoekperiode|zoektijd)|bewaar|sollicit\w* per", low)
        ):
            return _wrong(
                sentence,
                _("De pagina noemt een andere zoekperiode dan {weeks} weken.").format(weeks=int(weeks)),
            )
        if (
            present is None
            and (
                any(abs(d.weeks - weeks) < 0.3 for d in stated)
                or re.search(r"zoekperiode|zoektijd|zoektermijn", low)
            )
            and (_FOUR_WEEKS_CONTEXT.search(low) or sentence.youth)
        ):
            present = sentence
    if present is not None:
        return Outcome(
            "present", (present,), _("De pagina legt de zoekperiode van 4 weken voor jongeren uit.")
        )
    head = doc.low[:400]
    if _ONLY_ADULTS.search(head) and not any(s.youth for s in doc.sentences):
        return Outcome("not_applicable", (), _("De pagina gaat alleen over mensen van 27 jaar en ouder."))
    if ADULT.search(doc.url.lower()):
        return Outcome("not_applicable", (), _("De pagina gaat alleen over mensen van 27 jaar en ouder."))
    return absent()
