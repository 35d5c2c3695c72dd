"""Synthetic Dutch pages about applying for bijstand, as plain text and as a full HTML page.

Benchmarks need many pages that look like the real thing (topics, length, boilerplate) without copying real
pages, so every sentence here is written for this file. Municipalities are invented and live under `.example`.
The same seed gives the same pages; page i does not depend on how many pages are asked for.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from typing import Literal

TARGET_CHARS = 2000
HTML_CHARS = 30000  # municipal pages weigh tens of kilobytes, most of it menus, scripts and footers

PLACES = (
    "Noordmeer",
    "Zuiderveld",
    "Oosterdijk",
    "Westerbroek",
    "Lindehoven",
    "Brakelveen",
    "Heidekamp",
    "Rivierstede",
    "Eikenrode",
    "Dijkwaarde",
    "Molenbeek aan Zee",
    "Sint-Aldegoude",
)

# Per topic: sentences that state the law correctly ("good") and sentences that contradict it ("wrong").
# Slots: {place} {phone} {site} {desk} {hours} {weeks} {email}.
TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "melding": {
        "good": (
            "U kunt zich meteen melden voor bijstand via werk.nl of via het formulier op {site}.",
            "Melden kan ook telefonisch: bel {phone} op werkdagen.",
            "U hoeft niet eerst op een gesprek te wachten. Na uw melding kunt u direct de aanvraag invullen.",
            "Kom gerust langs bij {desk}. Daar kunt u zich ook melden.",
        ),
        "wrong": (
            "Voordat u bijstand kunt aanvragen, volgt u eerst een informatiebijeenkomst van twee uur.",
            "Bel eerst voor een afspraak. In dat gesprek hoort u of en hoe u kunt aanvragen.",
            "U moet eerst vier weken zelf naar werk zoeken, ook als u ouder bent dan 27 jaar.",
        ),
    },
    "digid": {
        "good": (
            "Heeft u geen DigiD of geen computer? Bel ons, dan helpen wij u met de aanvraag.",
            "U kunt ook een papieren formulier ophalen bij {desk}.",
            "Lukt het niet digitaal? Een medewerker vult het formulier samen met u in.",
        ),
        "wrong": (
            "U heeft altijd een DigiD nodig om bijstand aan te vragen.",
            "Aanvragen kan alleen digitaal, via onze website.",
        ),
    },
    "ingangsdatum": {
        "good": (
            "Meld u zo snel mogelijk. De uitkering gaat in op de dag dat u zich meldt.",
            "Uw bijstand kan ingaan vanaf de datum van uw melding.",
        ),
        "wrong": (
            "De uitkering gaat pas in op de dag dat uw aanvraag compleet is.",
            "U krijgt bijstand vanaf de datum van het eerste gesprek met de consulent.",
        ),
    },
    "voorschot": {
        "good": (
            "Duurt het besluit langer? Dan krijgt u binnen 4 weken na uw aanvraag een voorschot.",
            "U hoeft daar niets voor te doen: het voorschot wordt vanzelf betaald.",
            "Het voorschot is een deel van uw uitkering. Wij verrekenen het later met de bijstand.",
            "Daarna krijgt u elke 4 weken een voorschot, tot wij een besluit hebben genomen.",
        ),
        "wrong": (
            "Een voorschot moet u zelf aanvragen bij uw consulent.",
            "Alleen als u echt geen geld meer heeft, kunt u om een voorschot vragen.",
            "Een voorschot krijgt u pas als de aanvraag langer dan 8 weken duurt.",
        ),
    },
    "beslistermijn": {
        "good": (
            "Wij nemen binnen 8 weken na uw aanvraag een besluit.",
            "U krijgt ons besluit binnen acht weken in een brief.",
            "Soms hebben wij meer tijd nodig. Dat laten wij u dan binnen de 8 weken weten.",
        ),
        "wrong": (
            "Wij beslissen binnen 13 weken over uw aanvraag.",
            "Reken op een besluit binnen drie maanden.",
        ),
    },
    "bezwaar": {
        "good": (
            "Bent u het niet eens met ons besluit? Dan kunt u binnen 6 weken bezwaar maken.",
            "Hoe u bezwaar maakt, leest u in de brief met het besluit.",
        ),
        "wrong": (
            "Tegen een besluit over uw aanvraag kunt u geen bezwaar maken.",
            "Bezwaar maken kan binnen 2 weken na de datum van de brief.",
        ),
    },
    "jongeren": {
        "good": (
            "Bent u jonger dan 27? Dan zoekt u na uw melding eerst 4 weken naar werk of een opleiding.",
            "Na die 4 weken zoektijd doet u de aanvraag. Wij helpen u daarbij.",
            "Tijdens de zoektijd krijgt u nog geen uitkering en geen voorschot.",
        ),
        "wrong": (
            "Jongeren onder de 27 jaar zoeken eerst 8 weken naar werk.",
            "Jongeren tot 27 jaar kunnen geen bijstand krijgen.",
        ),
    },
    "documenten": {
        "good": (
            "Neem uw identiteitsbewijs mee, en bankafschriften van de laatste drie maanden.",
            "Wij vragen ook uw huurcontract en bewijs van uw inkomen.",
            "Gegevens die wij zelf kunnen opvragen, hoeft u niet mee te sturen.",
            "Heeft u schulden? Neem dan ook de papieren van uw schulden mee.",
        ),
        "wrong": (),
    },
    "ondersteuning": {
        "good": (
            "U mag iemand meenemen naar het gesprek, bijvoorbeeld een familielid of een vriend.",
            "Gratis hulp bij de aanvraag krijgt u van een onafhankelijke cliëntondersteuner.",
        ),
        "wrong": (),
    },
    "contact": {
        "good": (
            "Heeft u vragen? Bel {phone}, op werkdagen van {hours}.",
            "U kunt ook mailen naar {email}.",
            "Ons loket in {desk} is open van {hours}.",
        ),
        "wrong": (),
    },
}

HEADINGS = {
    "melding": "Hoe vraagt u bijstand aan?",
    "digid": "Zonder DigiD aanvragen",
    "ingangsdatum": "Vanaf wanneer krijgt u bijstand?",
    "voorschot": "Voorschot",
    "beslistermijn": "Wanneer hoort u of u bijstand krijgt?",
    "bezwaar": "Niet eens met het besluit?",
    "jongeren": "Jonger dan 27 jaar?",
    "documenten": "Welke papieren heeft u nodig?",
    "ondersteuning": "Hulp bij uw aanvraag",
    "contact": "Vragen en contact",
}

# General sentences that carry no rule: they make pages the length of real ones.
FILLER = (
    "Bijstand is een uitkering voor mensen die niet genoeg geld hebben om van te leven.",
    "De hoogte van de uitkering hangt af van uw leeftijd en of u samenwoont.",
    "Met bijstand heeft u ook plichten, zoals zoeken naar werk.",
    "Verandert er iets in uw situatie? Geef dat dan meteen aan ons door.",
    "Heeft u een eigen huis of spaargeld? Dan kan dat gevolgen hebben voor uw uitkering.",
    "Wij kijken samen met u wat u nodig heeft om weer aan het werk te gaan.",
    "Woont u samen met een partner? Dan vraagt u de bijstand samen aan.",
    "Op deze pagina staat in het kort wat u moet weten voordat u begint.",
    "Soms kunt u ook andere hulp krijgen, zoals bijzondere bijstand of hulp bij schulden.",
    "Wij gaan zorgvuldig om met uw gegevens.",
)

NAV_ITEMS = (
    "Home",
    "Wonen",
    "Werk en inkomen",
    "Zorg en welzijn",
    "Afval",
    "Parkeren",
    "Nieuws",
    "Bestuur",
    "Contact",
)
FOOTER_ITEMS = (
    "Privacyverklaring",
    "Cookies",
    "Toegankelijkheid",
    "Proclaimer",
    "Kwetsbaarheid melden",
    "RSS",
)


@dataclass(frozen=True, slots=True)
class SyntheticPage:
    id: str
    url: str
    organisation: str
    text: str
    html: str
    truth: dict[str, str]  # topic -> "good" | "wrong" | "absent": what the generator put in

    def record(self, kind: Literal["text", "html"] = "text") -> dict[str, str]:
        """The page as one line of audit input (architecture: id, url, organisation, text or html)."""
        body = self.text if kind == "text" else self.html
        return {"id": self.id, "url": self.url, "organisation": self.organisation, kind: body}


def _slots(rng: random.Random, place: str) -> dict[str, str]:
    slug = place.lower().replace(" ", "").replace("-", "")
    return {
        "place": place,
        "phone": f"0{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        "site": f"www.{slug}.example",
        "desk": f"het stadskantoor aan de {rng.choice(('Markt', 'Stationsweg', 'Kerkstraat', 'Dorpsplein'))}",
        "hours": rng.choice(("9.00 tot 12.30 uur", "8.30 tot 17.00 uur", "9.00 tot 16.00 uur")),
        "email": f"werkeninkomen@{slug}.example",
    }


Sections = list[tuple[str, list[str]]]


def _sections(rng: random.Random, slots: dict[str, str], target: int) -> tuple[Sections, dict[str, str]]:
    """Choose topics and sentences, then pad with general sentences up to about `target` characters."""
    topics = ["melding", *rng.sample(list(TOPICS)[1:], k=rng.randint(4, len(TOPICS) - 1))]
    truth = {topic: "absent" for topic in TOPICS}
    sections: list[tuple[str, list[str]]] = [("", [rng.choice(FILLER)])]
    for topic in topics:
        wrong = TOPICS[topic]["wrong"]
        good = TOPICS[topic]["good"]
        variant = "wrong" if wrong and rng.random() < 0.15 else "good"
        if variant == "wrong":  # one wrong sentence, sometimes beside a right one
            chosen = [rng.choice(wrong)]
            if rng.random() < 0.5:
                chosen.insert(rng.randint(0, 1), rng.choice(good))
        else:
            chosen = rng.sample(good, k=rng.randint(1, len(good)))
        truth[topic] = variant
        sections.append((HEADINGS[topic], [s.format(**slots) for s in chosen]))
    size = sum(len(h) + sum(len(s) + 1 for s in body) for h, body in sections)
    while size < target:
        _heading, body = rng.choice(sections)
        sentence = rng.choice(FILLER)
        body.append(sentence)
        size += len(sentence) + 1
    return sections, truth


def _text(title: str, sections: Sections) -> str:
    blocks = [title]
    for heading, body in sections:
        if heading:
            blocks.append(heading)
        blocks.append(" ".join(body))
    return "\n\n".join(blocks)


SUBMENU = (
    "Aanvragen en regelen",
    "Veelgestelde vragen",
    "Nieuws en actueel",
    "Subsidies",
    "Regels en verordeningen",
    "Wijkteams",
    "Formulieren",
)
FOOTER_COLUMNS = ("Over de gemeente", "Direct regelen", "Volg ons", "Werken bij")


def _slug(label: str) -> str:
    return label.lower().replace(" ", "-")


def _boilerplate(place: str, rng: random.Random) -> tuple[str, str, str]:
    """Head scripts, header with a mega menu, and a footer: the part extraction should throw away."""
    e = html.escape
    menu = []
    for item in NAV_ITEMS:
        subs = rng.sample(SUBMENU, k=rng.randint(3, len(SUBMENU)))
        links = "".join(f'<li><a href="/{_slug(item)}/{_slug(sub)}">{e(sub)}</a></li>' for sub in subs)
        menu.append(
            f'<li class="menu-item"><a href="/{_slug(item)}">{e(item)}</a>'
            f'<div class="mega"><ul class="submenu">{links}</ul></div></li>'
        )
    config = ",".join(f'"k{i}":"{rng.randrange(16**8):08x}"' for i in range(rng.randint(40, 80)))
    head = (
        '<link rel="stylesheet" href="/css/site.css"><script src="/js/site.js"></script>'
        f"<script>window.siteConfig={{{config}}};</script>"
        "<style>.mega{display:none}.menu-item:hover .mega{display:block}</style>"
    )
    header = (
        '<div class="cookiebar" role="dialog"><p>Deze website gebruikt cookies om het gebruik te meten. '
        "Gaat u akkoord?</p><button>Ja</button><button>Nee</button></div>"
        f'<header><a class="logo" href="/"><svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'
        f"Gemeente {e(place)}</a>"
        '<form role="search" action="/zoeken"><label>Zoeken <input name="q"></label>'
        "<button>Zoek</button></form>"
        f'<nav aria-label="Hoofdmenu"><ul>{"".join(menu)}</ul></nav></header>'
        '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/werk-en-inkomen">Werk en inkomen</a></nav>'
    )
    columns = []
    for column in FOOTER_COLUMNS:
        links = "".join(
            f'<li><a href="/{_slug(item)}">{e(item)}</a></li>'
            for item in rng.sample(FOOTER_ITEMS + SUBMENU, k=6)
        )
        columns.append(f'<div class="col"><h2>{e(column)}</h2><ul>{links}</ul></div>')
    footer = (
        f'<footer><div class="cols">{"".join(columns)}</div>'
        f"<p>Gemeente {e(place)}, Postbus 100. Bezoekadres: Raadhuisplein 1.</p>"
        "<p>Volg ons op sociale media.</p></footer>"
        '<script>document.querySelectorAll(".menu-item").forEach(function(m){m.tabIndex=0;});</script>'
    )
    return head, header, footer


NEWS = (
    "Nieuwe speeltuin in het park geopend",
    "Werkzaamheden aan de brug duren langer",
    "Raad praat over de begroting van volgend jaar",
    "Inloopavond over het nieuwe woonplan",
    "Afvalkalender voor volgend jaar staat online",
    "Subsidie voor groene daken weer open",
    "Markt verhuist tijdelijk naar het plein",
)


def _news(rng: random.Random, room: int) -> str:
    """News teasers for the footer, up to about `room` characters of markup."""
    e = html.escape
    items: list[str] = []
    size = 0
    while size < room:
        title = rng.choice(NEWS)
        item = (
            f'<li class="teaser"><div class="teaser__inner">'
            f'<a class="teaser__link" href="/nieuws/{_slug(title)}">'
            f'<span class="teaser__date">{rng.randint(1, 28)} {rng.choice(("mei", "juni", "juli"))}</span>'
            f'<span class="teaser__title">{e(title)}</span></a></div></li>'
        )
        items.append(item)
        size += len(item)
    return f'<section class="news"><h2>Nieuws</h2><ul class="teasers">{"".join(items)}</ul></section>'


def _html(page_title: str, place: str, sections: Sections, rng: random.Random, html_chars: int) -> str:
    e = html.escape
    head, header, footer = _boilerplate(place, rng)
    related = rng.sample(
        ("Bijzondere bijstand", "Schulden", "Toeslagen", "Werk zoeken", "Minimaregelingen"), k=3
    )
    aside = "".join(f'<li><a href="/{_slug(r)}">{e(r)}</a></li>' for r in related)
    parts = []
    for heading, body in sections:
        if heading:
            parts.append(f"<h2>{e(heading)}</h2>")
        parts.append(f"<p>{e(' '.join(body))}</p>")
    document = (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{e(page_title)} | Gemeente {e(place)}</title>{head}</head><body>{header}"
        f"<main><article><h1>{e(page_title)}</h1>{''.join(parts)}"
        '<p class="updated">Laatst gewijzigd: 3 maart</p></article>'
        f"<aside><h2>Zie ook</h2><ul>{aside}</ul></aside></main>{footer}</body></html>"
    )
    room = html_chars - len(document)
    if room > 0:  # news teasers in the footer bring the page to the requested weight
        document = document.replace("</footer>", _news(rng, room) + "</footer>", 1)
    return document


def generate_page(
    index: int,
    *,
    seed: int = 0,
    target_chars: int = TARGET_CHARS,
    html_chars: int = HTML_CHARS,
    with_html: bool = True,
) -> SyntheticPage:
    """Page `index` of the series for `seed`: at least `target_chars` of text, about `html_chars` of HTML.

    `with_html=False` leaves `html` empty (saves memory for text-only runs); the text stays the same.
    """
    rng = random.Random(f"{seed}:{index}")
    place = PLACES[rng.randrange(len(PLACES))]
    title = rng.choice(("Bijstand aanvragen", "Bijstandsuitkering", "Geld om van te leven: bijstand"))
    slots = _slots(rng, place)
    sections, truth = _sections(rng, slots, target_chars)
    return SyntheticPage(
        id=f"synth-{seed}-{index:05d}",
        url=f"https://{slots['site']}/werk-en-inkomen/bijstand-{index}",
        organisation=f"Gemeente {place}",
        text=_text(title, sections),
        html=_html(title, place, sections, rng, html_chars) if with_html else "",
        truth=truth,
    )


def generate_pages(
    n: int,
    *,
    seed: int = 0,
    target_chars: int = TARGET_CHARS,
    html_chars: int = HTML_CHARS,
    with_html: bool = True,
) -> list[SyntheticPage]:
    return [
        generate_page(i, seed=seed, target_chars=target_chars, html_chars=html_chars, with_html=with_html)
        for i in range(n)
    ]
