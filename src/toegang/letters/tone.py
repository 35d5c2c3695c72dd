"""Tone of a letter: which sentences threaten, why, and how to say the same thing calmly.

Clients and client councils complain about letters that put sanctions first, repeat them, shout in capitals,
accuse, and leave no way out. Plain-language guides (Direct Duidelijk, Rijksoverheid "Klare taal") give the
calmer pattern: say what you want and why, state a consequence once and after the purpose, and say what the
reader can do ("Kunt u niet? Bel ons, dan maken we een nieuwe afspraak").

Everything here is explainable: a sentence is called threatening only with the signals that made it so, and
each
signal comes with a calmer wording pattern. Signals are phrases and word shapes, not a trained model.

A consequence on its own is not a threat: a letter may say calmly, once, after its purpose and next to a way
out,
what happens when someone does not come. It becomes a threat when it comes before the purpose, is repeated,
is stressed (capitals, exclamation marks), comes with an accusing or commanding register, or when the letter
offers no way out at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from toegang.i18n import _
from toegang.text.sentences import split_sentences
from toegang.text.tokens import Span, words

Tone = Literal["dreigend", "neutraal", "vriendelijk"]

# ------------------------------------------------------------------------------------------------------------
# Signal vocabulary. Patterns run on the lower-cased sentence; \b works on Unicode word characters.


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


# Sanctions and other consequences that hurt the reader.
SANCTION = _rx(
    r"\bboetes?\b",
    r"\bsancties?\b",
    r"\b(?:een |de |deze )?maatregel(?:en)? (?:op ?leggen|opgelegd|nemen|treffen|getroffen)",
    r"\bmaatregel\b.*\b(?:uitkering|bijstand)\b",
    r"\b(?:verlag|kort|verminder)\w* (?:van |op )?(?:uw |je |jullie |de )?(?:uitkering|bijstand)",
    r"\b(?:uitkering|bijstand|betaling)\w* (?:\S+ "
    r"){0,4}(?:stop|stopgezet|stopzetten|beëindig\w*|ingetrokken|intrekken|"
    r"verlaagd|verlagen|gekort|korten|opgeschort|opschorten|geblokkeerd)\b",
    r"\b(?:stop|stoppen|stopzetten|zetten|beëindigen|verlagen|korten|intrekken|blokkeren|opschorten|schorten)\b"
    r" (?:\w+ ){0,3}(?:uitkering|bijstand|betaling)",
    r"\b(?:stopzett\w*|beëindig\w*|intrekk\w*|opschort\w*|verlaging|korting)\b.*\b(?:uitkering|bijstand|recht)\b",
    r"\bterug ?(?:vorder\w*|betal\w*)\b",
    r"\bfraude\w*\b",
    r"\bstrafbaar\b",
    r"\baangifte\b",
    r"\b(?:politie|justitie|deurwaarder\w*|incasso\w*|beslag\w*)\b",
    r"\b(?:juridische|gerechtelijke|verdere|andere) (?:stappen|maatregelen|procedures?)\b",
    r"\bkosten\b.*\bvoor uw rekening\b",
    r"\buit handen (?:te )?(?:gegeven|geven)\b",
    r"\b(?:terug)?vordering\b",
    r"\bwettelijke rente\b",
    r"\b(?:consequenties|gevolgen)\b",
    r"\bbuiten behandeling\b",
    r"\bniet (?:meer |verder )?in behandeling\b",
    r"\bniet (?:of (?:niet |slechts )?\w+ )?(?:verder |meer "
    r")?(?:behandel|afhandel|uitbetal|registre|verwerk)\w*",
    r"\b(?:uw |je )?recht op \w+ (?:vervalt|verliest|kwijt)",
    r"\bgeen recht (?:meer )?op\b",
    r"\boverschrijd\w*|\bovertred\w*|\bovertreding\w*",
    r"\blaatste (?:herinnering|waarschuwing|kans)\b",
    r"\b(?:aanmaning|sommatie|sommeren)\b",
    r"\b(?:strafrechtelijk\w*|vervolging|openbaar ministerie|gevangenis\w*|celstraf|hechtenis)\b",
    r"\bin gebreke\b|\bingebrekestelling\b",
)

# A condition about the reader failing to do something ("Als u niet ...", "Bij niet tijdige betaling").
NEGATIVE_CONDITION = _rx(
    r"\b(?:als|indien|wanneer|zodra|mocht|mits|ingeval|in geval|in het geval)\b[^,;:]*"
    r"\b(?:niet|geen|nooit|onvoldoende|te laat|weiger\w*|uitblijf\w*|uitblijven|nalaat|verzuim\w*)\b",
    r"\bbij (?:het )?(?:niet|geen|weigering|uitblijven|verzuim|niet-nakoming|te late)\b",
    r"\bdoor (?:het )?niet\b",
    r"\bhet niet (?:\w+ )?(?:nakomen|naleven|verschijnen|reageren|meewerken|voldoen|opvolgen|tijdig)\b",
    r"\bzonder (?:geldige|goede) reden\b",
    r"^(?:reageert|verschijnt|betaalt|komt|stuurt|levert|werkt|voldoet|meldt|houdt) (?:u|je|jij)\b[^?]*"
    r"\b(?:niet|geen)\b[^?]*,",
    r"\bweigert (?:u|je)\b",
)

# A permission or benefit that depends on the reader complying ("akkoord als u zich houdt aan ...").
COMPLIANCE_CONDITION = _rx(
    r"\b(?:als|indien|mits|op voorwaarde dat|onder voorwaarde dat)\b[^.?!]*"
    r"\b(?:zich (?:\w+ )?(?:houdt|houden|meldt|melden)|(?:houdt|houden|meldt|melden) (?:u |je )?zich|"
    r"voldoet|voldoen|nakomt|nakomen|verschijnt|meewerkt)\b",
)

# Commanding or accusing register.
ACCUSING = _rx(
    r"\b(?:wij|we|ik) (?:hebben|heb) (?:ge)?constate?e?r\w* dat\b",
    r"\b(?:wij|we|ik) (?:hebben|heb) (?:vastgesteld|ontdekt|geconstateerd|opgemerkt) dat (?:u|je|jij|jullie)\b",
    r"\bis (?:ons )?gebleken dat (?:u|je|jij|jullie)\b",
    r"\buit (?:onze|de) (?:gegevens|administratie|controle|informatie) blijkt\b",
    r"\b(?:u|je) heeft? (?:\w+ )?(?:nagelaten|verzuimd|geweigerd)\b",
    r"\bten onrechte\b",
    r"\b(?:u|je|jullie) (?:bent|zijn|is) (?:\w+ )?(?:al |eerder |reeds |meermaals |herhaaldelijk |nogmaals )?"
    r"(?:gewezen|geïnformeerd|gewaarschuwd) op\b",
    r"\b(?:gewezen|geattendeerd) op (?:\w+ )?(?:rechten en )?plichten\b",
    r"\b(?:nogmaals|nadrukkelijk|uitdrukkelijk|met klem)\b",
    r"\b(?:wij|we|ik) (?:wijzen|wijs|attenderen|attendeer|herinneren) (?:u|je) (?:er ?)?(?:op|aan)\b",
    r"\b(?:ik|wij|we) (?:moet|moeten) (?:u|je|jullie) (?:wel )?(?:\w+ )*duidelijk maken\b",
    r"\b(?:zoals u (?:weet|bekend is|al weet)|het is uw (?:eigen )?(?:plicht|verantwoordelijkheid))\b",
    r"\b(?:u|je) (?:heeft|hebt) (?:zich )?niet (?:gehouden|voldaan)\b",
    r"\bin strijd met\b",
    r"\bverwijtbaar\b",
    r"\b(?:wij|we) (?:zien|zagen) ons genoodzaakt\b",
    r"\b(?:zijn|waren|zien|zagen) (?:wij|we) (?:ons )?genoodzaakt\b",
    r"\b(?:wij|we) (?:zijn|waren) genoodzaakt\b",
    r"\bzonder (?:nadere|verdere) (?:aankondiging|waarschuwing)\b",
    r"\b(?:wij|we) tolereren\b",
)

COMMANDING = _rx(
    r"\b(?:u|je|jij|jullie) (?:bent|zijn|is) (?:wettelijk )?verplicht\b",
    r"\bverplicht (?:om )?(?:te |aanwezig|mee te werken)",
    r"\b(?:u|je) dient\b[^.?!]*\bte\b",
    r"\b(?:onmiddellijk|per omgaande|per "
    r"ommegaande)\b[^.?!]*\b(?:betal|voldo|meld|reageer|reageren|overmak|maakt)\w*",
    r"\b(?:wij|we|ik) (?:verwachten|verwacht|eisen|eis) (?:van (?:u|je) )?dat (?:u|je)\b",
    r"\b(?:verzoeken|verzoek|vragen|vraag|manen|maan) (?:wij |ik )?(?:u|je) (?:\w+ )?(?:dringend|met "
    r"klem|nogmaals)\b",
    r"\bdringend (?:verzocht|gevraagd)\b",
)

# A way out: what the reader can do, help, contact. Looked for in the whole letter.
WAY_OUT = _rx(
    r"\bkunt (?:u|je) (?:niet|er niet)\b",
    r"\bbent (?:u|je) verhinderd\b",
    r"\blukt (?:het|dat) niet\b",
    r"\b(?:bel|mail|e-mail) (?:ons|mij|me|gerust|dan|met)\b",
    r"\bneem (?:dan |gerust )?contact\b",
    r"\bcontact (?:met ons |met mij )?op\b",
    r"\blaat (?:het )?(?:ons |mij |me )?(?:dan |het )?(?:\w+ )?weten\b",
    r"\bheeft (?:u|je) (?:nog )?vragen\b",
    r"\b(?:wij|we|ik) (?:helpen|help)\b",
    r"\bhulp\b",
    r"\bnieuwe afspraak\b",
    r"\bzo voorkomt (?:u|je)\b",
    r"\bdan (?:kan|kunnen) (?:ik|wij|we)\b",
    r"\bbezwaar maken\b",
    r"\b(?:maar )?misschien\b",
    r"\bsamen\b",
    r"\b0\d{1,3}[ -]?\d{3}[ -]?\d{2,4}|\b14 ?0\d{2,3}\b|\b0800[ -]?\d{4}\b|[\w.+-]+@[\w-]+\.[\w.]+",
)

FRIENDLY = _rx(
    r"\bwilt (?:u|je)\b",
    r"\bgraag\b",
    r"\bgerust\b",
    r"\b(?:wij|we|ik) (?:helpen|help)\b",
    r"\bhelpen (?:u|je)\b",
    r"\bzo voorkomt (?:u|je)\b",
    r"\bdan (?:kan|kunnen) (?:ik|wij|we)\b",
    r"\bhelaas\b",
    r"\b(?:wij|we|ik) (?:begrijpen|begrijp|snappen)\b",
    r"\bvervelend\b",
    r"\b(?:bedankt|dank (?:u|je) wel|dank voor)\b",
    r"\bfijn\b",
    r"\b(?:u|je) mag\b",
    r"\bsamen\b",
    r"\bdenken (?:graag )?mee\b",
    r"\bmisschien\b",
    r"\bheeft (?:u|je) (?:nog )?vragen\b",
    r"\bkunt (?:u|je) (?:niet|er niet)\b",
    r"\bvoorkom\w*\b",
    r"\b(?:alstublieft|alsjeblieft|prettig|welkom|gelukkig|geen zorgen)\b",
    r"\bstaan (?:graag )?voor (?:u|je) klaar\b",
)

# The purpose of the letter, for "sanctions before the purpose".
PURPOSE = _rx(
    r"\bnodig\w* (?:u|je|jullie) (?:\w+ )?uit\b",
    r"\buitnodig\w*\b",
    r"\b(?:het|dit|ons|een) gesprek (?:gaat|is) (?:over|bedoeld)\b",
    r"\b(?:in|tijdens) (?:het|dit|ons) gesprek\b",
    r"\b(?:wij|we|ik) (?:willen|wil) (?:graag )?(?:met (?:u|je) )?(?:\w+ "
    r")?(?:praten|spreken|bespreken|weten)\b",
    r"\b(?:u|je) (?:krijgt|ontvangt) (?:deze|dit|een) (?:brief|bericht)\b",
    r"\bin (?:deze|dit) (?:brief|bericht)\b",
    r"\b(?:wij|we|ik) (?:schrijven|schrijf) (?:u|je)\b",
    r"\b(?:wij|we|ik) (?:hebben|heb) (?:\w+ )?besl\w+\b",
    r"\b(?:wij|we|ik) (?:vragen|vraag) (?:u|je)\b",
    r"\bwilt (?:u|je)\b",
    r"\bom (?:\w+ )*te bespreken\b",
    r"\bhet doel\b",
    r"\b(?:wij|we|ik) (?:helpen|help)\b",
)

# Capitals: acronyms are not shouting.
_ACRONYM_MAX = 5
_CAPS_WORD = re.compile(r"\b[A-ZÀ-Ý]{2,}\b")


# ------------------------------------------------------------------------------------------------------------
# Reasons and their calmer patterns.


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a sentence reads as threatening, with a calmer wording pattern."""

    code: str
    why: str
    calmer: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "why": self.why, "calmer": self.calmer}


def _reasons() -> dict[str, Reason]:
    return {
        "voorwaardelijke-dreiging": Reason(
            "voorwaardelijke-dreiging",
            _("De zin zegt wat er misgaat als de lezer iets niet doet ('Als u niet …, dan …')."),
            _(
                "Zeg eerst wat u vraagt en wat het de lezer oplevert: 'Wilt u … vóór [datum] sturen? Dan "
                "kunnen "
                "wij uw aanvraag afhandelen. Lukt dat niet? Bel ons, dan zoeken we samen een oplossing.'"
            ),
        ),
        "sanctie": Reason(
            "sanctie",
            _("De zin noemt een straf of gevolg (boete, maatregel, stoppen of verlagen van de uitkering)."),
            _(
                "Noem een gevolg één keer, rustig en na het doel van de brief, en zeg wat de lezer kan doen: "
                "'Kunt u niet? Bel ons, dan maken we een nieuwe afspraak.'"
            ),
        ),
        "voorwaarde": Reason(
            "voorwaarde",
            _(
                "De zin maakt toestemming of hulp afhankelijk van gehoorzaamheid ('akkoord als u zich "
                "houdt aan …')."
            ),
            _(
                "Zeg wat de lezer mag en wat u samen afspreekt: 'U mag … Wilt u zich op [datum] weer bij mij "
                "melden? Dan bespreken we hoe het ging.'"
            ),
        ),
        "beschuldigend": Reason(
            "beschuldigend",
            _("De zin klinkt beschuldigend of belerend ('Wij hebben geconstateerd dat u …', 'nogmaals')."),
            _(
                "Beschrijf wat u weet, zonder oordeel, en vraag de lezer om uitleg: 'Wij zien dat … Klopt "
                "dat? "
                "Laat het ons weten.'"
            ),
        ),
        "dwingend": Reason(
            "dwingend",
            _("De zin legt een plicht op zonder uit te leggen waarom ('U bent verplicht …', 'U dient …')."),
            _("Leg uit waarom het nodig is: 'Wij hebben … nodig om uw uitkering te kunnen betalen.'"),
        ),
        "hoofdletters": Reason(
            "hoofdletters",
            _("Woorden in hoofdletters lezen als schreeuwen."),
            _("Schrijf in gewone letters. Zet wat belangrijk is bovenaan of in een kopje."),
        ),
        "uitroepteken": Reason(
            "uitroepteken",
            _("Een uitroepteken bij een plicht of gevolg leest als een waarschuwing."),
            _("Gebruik een punt."),
        ),
        "herhaling": Reason(
            "herhaling",
            _("Het gevolg of de plicht staat al eerder in de brief: herhalen voelt als dreigen."),
            _("Noem een gevolg maar één keer."),
        ),
        "sanctie-eerst": Reason(
            "sanctie-eerst",
            _("Het gevolg staat vóór het doel van de brief: de lezer leest eerst de straf."),
            _("Begin met het doel van de brief. Zet een mogelijk gevolg daarna, één keer."),
        ),
        "geen-uitweg": Reason(
            "geen-uitweg",
            _("De brief zegt niet wat de lezer kan doen: geen contact, geen hulp, geen andere mogelijkheid."),
            _("Zeg wat de lezer kan doen: 'Heeft u vragen of lukt het niet? Bel ons op [nummer].'"),
        ),
    }


# ------------------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True, slots=True)
class SentenceTone:
    """The tone signals of one sentence; offsets point into the letter text."""

    start: int
    end: int
    text: str
    consequence: bool  # names a sanction, a negative condition or a compliance condition
    threatening: bool
    friendly: bool
    reasons: tuple[Reason, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "threatening": self.threatening,
            "friendly": self.friendly,
            "reasons": [r.to_dict() for r in self.reasons],
        }


@dataclass(frozen=True, slots=True)
class ToneResult:
    """Tone of the whole letter and the sentences behind it."""

    tone: Tone
    sentences: tuple[SentenceTone, ...]
    has_way_out: bool
    purpose_at: int | None  # offset of the first sentence that states the purpose
    consequences: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def threatening(self) -> list[SentenceTone]:
        return [s for s in self.sentences if s.threatening]

    def to_dict(self) -> dict[str, Any]:
        return {
            "tone": self.tone,
            "has_way_out": self.has_way_out,
            "consequences": self.consequences,
            "threatening": [s.to_dict() for s in self.threatening],
            "friendly_sentences": sum(s.friendly for s in self.sentences),
        }


# ------------------------------------------------------------------------------------------------------------
# Analysis


@dataclass(slots=True)
class _Signals:
    sanction: bool
    negative_condition: bool
    compliance: bool
    accusing: bool
    commanding: bool
    shouting: bool
    exclamation: bool
    friendly: bool
    purpose: bool
    way_out: bool


def _shouting(text: str) -> bool:
    """Two capitalised words in a row, or one long one, that are not acronyms ('LET OP', 'VERPLICHT')."""
    caps = [m for m in _CAPS_WORD.finditer(text)]
    if any(len(m.group()) > _ACRONYM_MAX for m in caps):
        return True
    tokens = words(text)
    streak = 0
    for token in tokens:
        if token.text.isupper() and len(token.text) >= 2 and token.text.isalpha():
            streak += 1
            if streak >= 2:
                return True
        else:
            streak = 0
    return False


def _signals(text: str) -> _Signals:
    low = text.lower()
    return _Signals(
        sanction=bool(SANCTION.search(low)),
        negative_condition=bool(NEGATIVE_CONDITION.search(low)),
        compliance=bool(COMPLIANCE_CONDITION.search(low)),
        accusing=bool(ACCUSING.search(low)),
        commanding=bool(COMMANDING.search(low)),
        shouting=_shouting(text),
        exclamation="!" in text,
        friendly=bool(FRIENDLY.search(low)),
        purpose=bool(PURPOSE.search(low)),
        way_out=bool(WAY_OUT.search(low)),
    )


_DUTY = re.compile(r"\b(?:moet|moeten|verplicht|dient|dienen)\b")
_CONDITION_MARKER = re.compile(r"\b(?:als|indien|wanneer|zodra|mocht|mits|ingeval|bij|door|zonder)\b")


def _main_clause(low: str) -> str:
    """The part of a conditional sentence that says what happens: before a trailing condition ("laat het weten
    als u ..."), or after the condition that opens the sentence (up to its comma or "dan")."""
    marker = _CONDITION_MARKER.search(low)
    if marker is not None and marker.start() > 0 and "," not in low[: marker.start()]:
        before = low[: marker.start()]
        if re.search(r"\w", before) and not re.fullmatch(r"\W*\w+\W*", before):
            rest = re.split(r",|\bdan\b", low[marker.end() :], maxsplit=1)
            return before + (" " + rest[1] if len(rest) > 1 else "")
    parts = re.split(r",|\bdan\b", low, maxsplit=1)
    return parts[1] if len(parts) > 1 else low


def _consequence_of_negative_condition(text: str) -> bool:
    """Whether a 'fail to do X' condition leads to something negative rather than to an offer of help."""
    main = _main_clause(text.lower())
    if WAY_OUT.search(main) and not SANCTION.search(main):
        return False
    return bool(re.search(r"\b(?:niet|geen|nooit)\b", main) or SANCTION.search(main) or "gevolg" in main)


def analyse_tone(text: str, sentences: Sequence[Span] | None = None) -> ToneResult:
    """Tone of a letter: per sentence the signals and reasons, and `dreigend`/`neutraal`/`vriendelijk`
    overall."""
    reasons = _reasons()
    spans = list(split_sentences(text) if sentences is None else sentences)
    signals = [_signals(s.text) for s in spans]
    purpose_index = next((i for i, s in enumerate(signals) if s.purpose), None)

    consequence_flags: list[bool] = []
    for span, sig in zip(spans, signals, strict=True):
        conditional = sig.negative_condition and _consequence_of_negative_condition(span.text)
        # A sentence that frames a consequence as something the reader can avoid ("Zo voorkomt u ...") is a
        # way
        # out, not a threat.
        softened = sig.friendly and not conditional and not sig.accusing
        consequence = (sig.sanction and not softened) or conditional or sig.compliance
        consequence_flags.append(consequence)
    # A way out offered in the threatening sentence itself ("…, dan kunnen wij een maatregel opleggen") is none.
    letter_way_out = any(
        sig.way_out and not flag for sig, flag in zip(signals, consequence_flags, strict=True)
    )

    results: list[SentenceTone] = []
    seen_consequence = False
    for i, (span, sig) in enumerate(zip(spans, signals, strict=True)):
        consequence = consequence_flags[i]
        found: list[Reason] = []
        aggravated = False
        if consequence:
            conditional = sig.negative_condition and _consequence_of_negative_condition(span.text)
            if conditional:
                found.append(reasons["voorwaardelijke-dreiging"])
            elif sig.compliance:
                found.append(reasons["voorwaarde"])
            else:
                found.append(reasons["sanctie"])
            if sig.shouting:
                found.append(reasons["hoofdletters"])
            if sig.exclamation:
                found.append(reasons["uitroepteken"])
            if seen_consequence:
                found.append(reasons["herhaling"])
            if purpose_index is not None and i < purpose_index:
                found.append(reasons["sanctie-eerst"])
            if not letter_way_out:
                found.append(reasons["geen-uitweg"])
            aggravated = len(found) > 1
            seen_consequence = True
        if sig.accusing:
            found.append(reasons["beschuldigend"])
            aggravated = True
        if sig.commanding and not sig.friendly:
            found.append(reasons["dwingend"])
            aggravated = aggravated or consequence or sig.shouting or sig.exclamation or not letter_way_out
        if (
            not consequence
            and sig.shouting
            and (sig.commanding or sig.accusing or _DUTY.search(span.text.lower()))
        ):
            found.append(reasons["hoofdletters"])
            aggravated = True  # a duty shouted in capitals reads as a threat
        threatening = aggravated
        results.append(
            SentenceTone(
                start=span.start,
                end=span.end,
                text=span.text,
                consequence=consequence,
                threatening=threatening,
                friendly=sig.friendly,
                reasons=tuple(dict.fromkeys(found)) if threatening else (),
            )
        )

    tone: Tone
    if any(r.threatening for r in results):
        tone = "dreigend"
    elif any(r.friendly for r in results):
        tone = "vriendelijk"
    else:
        tone = "neutraal"
    purpose_at = spans[purpose_index].start if purpose_index is not None else None
    return ToneResult(
        tone=tone,
        sentences=tuple(results),
        has_way_out=letter_way_out,
        purpose_at=purpose_at,
        consequences=sum(consequence_flags),
    )
