"""Page texts of the fictional gemeente sites. All names and texts are invented for this project.

`{{BASE}}` in a text is replaced by the site's own base URL (http://127.0.0.1:PORT) when it is served, so that
robots.txt and sitemaps can give absolute URLs as the standards ask; `{{SITE:name}}` by another site's base
URL.
"""

from __future__ import annotations


def page(title: str, body: str, *, nav: str = "", search: str = "") -> str:
    """A small but realistic HTML page: header with menu and search, main text, footer."""
    return f"""<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header><a href="/">Home</a>
<nav aria-label="Hoofdmenu">{nav}</nav>
{search}
</header>
<main>
{body}
</main>
<footer><a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a
href="/toegankelijkheid">Toegankelijkheid</a></footer>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------------------
# Goedestad: a good site. The application page is two clicks from home and explains every right.
# ------------------------------------------------------------------------------------------------------------

GOED_NAV = (
    '<a href="/afval">Afval</a> <a href="/paspoort">Paspoort en ID-kaart</a> '
    '<a href="/werk-en-inkomen">Werk en inkomen</a> <a href="/contact">Contact</a>'
)
GOED_SEARCH = (
    '<form action="/zoeken" method="get" role="search"><label for="q">Zoeken</label>'
    '<input type="search" id="q" name="q"><button>Zoek</button></form>'
)


def goed(title: str, body: str) -> str:
    return page(f"{title} - Gemeente Goedestad", body, nav=GOED_NAV, search=GOED_SEARCH)


GOED_APPLY = goed(
    "Bijstand aanvragen",
    """
<h1>Bijstand aanvragen</h1>
<p>Heeft u te weinig geld om van te leven? Dan heeft u misschien recht op bijstand. Bijstand is een uitkering
voor levensonderhoud volgens de Participatiewet. Op deze pagina leest u hoe u die aanvraagt en wat uw rechten
zijn.</p>

<h2>Stap 1: meld u meteen</h2>
<p>U kunt zich vandaag al melden. U hoeft niet eerst op een gesprek te wachten. Melden kan op drie
manieren:</p>
<ul>
<li>online via werk.nl of met ons formulier op deze site;</li>
<li>door te bellen naar 0800 1234 567 (gratis, werkdagen van 9.00 tot 17.00 uur);</li>
<li>aan de balie van het stadskantoor, Marktplein 1. U hoeft geen afspraak te maken.</li>
</ul>
<p>Heeft u geen DigiD of geen computer? Bel ons of kom langs. Dan vult een medewerker het formulier samen met
u
in. U kunt ook een papieren formulier vragen.</p>

<h2>Vanaf wanneer krijgt u geld?</h2>
<p>De bijstand kan ingaan op de dag dat u zich meldt. Wacht daarom niet te lang. In sommige gevallen kan de
gemeente de bijstand zelfs eerder laten ingaan, tot drie maanden voor uw melding.</p>

<h2>Stap 2: de aanvraag</h2>
<p>Na uw melding vult u de aanvraag in. Daarbij stuurt u deze papieren mee:</p>
<ul>
<li>uw paspoort of ID-kaart;</li>
<li>bankafschriften van de laatste drie maanden;</li>
<li>uw huurcontract of de gegevens van uw hypotheek;</li>
<li>bewijs van inkomsten, zoals loonstroken.</li>
</ul>
<p>Gegevens die wij zelf kunnen opvragen, zoals uw adres, hoeft u niet te sturen.
<a href="/formulieren/aanvraag-bijstand.pdf">Download het aanvraagformulier (pdf)</a>.</p>

<h2>Voorschot: u krijgt het vanzelf</h2>
<p>Duurt het even voordat wij beslissen? Dan krijgt u binnen vier weken na uw aanvraag een voorschot. U hoeft
daar niets voor te doen. Het voorschot is minstens 95 procent van de bijstand. Daarna krijgt u elke vier weken
een voorschot tot wij hebben beslist. Lees meer over <a
href="/werk-en-inkomen/bijstand-aanvragen/voorschot">het
voorschot</a>.</p>

<h2>Wanneer hoort u of u bijstand krijgt?</h2>
<p>Wij beslissen binnen acht weken na uw aanvraag. Soms hebben wij meer tijd nodig. Dan laten wij u dat binnen
die acht weken weten.</p>

<h2>Bent u het niet eens met de beslissing?</h2>
<p>Dan kunt u bezwaar maken. Dat doet u binnen zes weken na de datum van de brief.</p>

<h2>Bent u jonger dan 27 jaar?</h2>
<p>Dan zoekt u eerst vier weken naar werk of een opleiding. Die zoektijd begint op de dag dat u zich meldt.
Na die
vier weken doet u de aanvraag. Uw bijstand kan dan nog steeds ingaan op de dag van uw melding.</p>

<h2>Hulp bij uw aanvraag</h2>
<p>U mag iemand meenemen naar de gesprekken, bijvoorbeeld een familielid of een vriend. Wilt u hulp van
iemand die
niet bij de gemeente werkt? Een onafhankelijke cliëntondersteuner helpt u gratis.</p>

<h2>Vragen?</h2>
<p>Bel 0800 1234 567 of mail naar werkeninkomen@goedestad.example. De balie is open van maandag tot en met
vrijdag,
van 9.00 tot 16.00 uur.</p>
""",
)

GOED_VOORSCHOT = goed(
    "Voorschot op uw bijstand",
    """
<h1>Voorschot op uw bijstand</h1>
<p>Wij betalen u binnen vier weken na uw aanvraag een voorschot als wij dan nog niet hebben beslist. Dat gaat
vanzelf: u hoeft er niet om te vragen. Alleen als al meteen duidelijk is dat u geen recht heeft, of als u
papieren door uw eigen schuld niet op tijd stuurt, krijgt u geen voorschot. Het voorschot wordt later
verrekend
met uw bijstand.</p>
""",
)

GOED_PAGES: dict[str, str] = {
    "/": goed(
        "Home",
        """
<h1>Welkom bij Gemeente Goedestad</h1>
<p>Hier vindt u alles over wonen, werken en leven in Goedestad.</p>
<ul>
<li><a href="/werk-en-inkomen/bijstand-aanvragen">Bijstand aanvragen</a></li>
<li><a href="/afval">Wanneer wordt mijn afval opgehaald?</a></li>
<li><a href="/paspoort">Een paspoort aanvragen</a></li>
<li><a href="/nieuws/2026/nieuwe-bibliotheek">Nieuws: de nieuwe bibliotheek is open</a></li>
<li><a href="/intern/">Intranet voor medewerkers</a></li>
</ul>
""",
    ),
    "/afval": goed(
        "Afval",
        "<h1>Afval</h1><p>De groene container wordt om de week geleegd. Zet hem voor 7.30 uur aan de "
        "straat.</p>",
    ),
    "/paspoort": goed(
        "Paspoort en ID-kaart",
        "<h1>Paspoort en ID-kaart</h1><p>Maak een afspraak om uw paspoort aan te vragen. Neem een pasfoto "
        "mee.</p>",
    ),
    "/nieuws/2026/nieuwe-bibliotheek": goed(
        "Nieuwe bibliotheek",
        "<h1>De nieuwe bibliotheek is open</h1><p>Sinds maandag kunt u boeken lenen in het nieuwe gebouw aan "
        "de haven.</p>",
    ),
    "/werk-en-inkomen": goed(
        "Werk en inkomen",
        """
<h1>Werk en inkomen</h1>
<p>Heeft u geen werk of te weinig geld? Wij helpen u verder.</p>
<ul>
<li><a href="/werk-en-inkomen/bijstand-aanvragen">Bijstand aanvragen</a></li>
<li><a href="/werk-en-inkomen/bijzondere-bijstand">Bijzondere bijstand voor extra kosten</a></li>
<li><a href="/werk-en-inkomen/schuldhulp">Hulp bij schulden</a></li>
</ul>
""",
    ),
    "/werk-en-inkomen/bijstand-aanvragen": GOED_APPLY,
    "/werk-en-inkomen/bijstand-aanvragen/voorschot": GOED_VOORSCHOT,
    "/werk-en-inkomen/bijzondere-bijstand": goed(
        "Bijzondere bijstand",
        "<h1>Bijzondere bijstand</h1><p>Heeft u kosten die u niet zelf kunt betalen, zoals een bril of een "
        "wasmachine? Vraag dan bijzondere bijstand aan.</p>",
    ),
    "/werk-en-inkomen/schuldhulp": goed(
        "Hulp bij schulden",
        "<h1>Hulp bij schulden</h1><p>Heeft u schulden? Bel ons. Samen zoeken we een oplossing.</p>",
    ),
    "/contact": goed(
        "Contact",
        "<h1>Contact</h1><p>Bel 0800 1234 567. Het stadskantoor staat aan het Marktplein 1.</p>",
    ),
    "/privacy": goed("Privacy", "<h1>Privacy</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>"),
    "/toegankelijkheid": goed(
        "Toegankelijkheid", "<h1>Toegankelijkheid</h1><p>Deze site is voor iedereen te gebruiken.</p>"
    ),
    "/intern/": goed("Intranet", "<h1>Intranet</h1><p>Alleen voor medewerkers.</p>"),
    "/robots.txt": "User-agent: *\nDisallow: /intern/\n\nSitemap: {{BASE}}/sitemap.xml\n",
    "/sitemap.xml": """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{{BASE}}/</loc></url>
<url><loc>{{BASE}}/werk-en-inkomen</loc></url>
<url><loc>{{BASE}}/werk-en-inkomen/bijstand-aanvragen</loc></url>
<url><loc>{{BASE}}/afval</loc></url>
</urlset>
""",
}

# A tiny but valid PDF: enough for a content type and a hash, no text to audit.
TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def goed_search(query: str) -> str:
    """Search results of Goedestad: bijstand questions find the application page."""
    if "bijstand" in query.lower():
        hits = (
            '<li><a href="/werk-en-inkomen/bijstand-aanvragen">Bijstand aanvragen</a></li>'
            '<li><a href="/werk-en-inkomen/bijzondere-bijstand">Bijzondere bijstand</a></li>'
        )
    else:
        hits = "<li>Geen resultaten.</li>"
    return goed("Zoekresultaten", f"<h1>Zoekresultaten</h1><ol>{hits}</ol>")


# ------------------------------------------------------------------------------------------------------------
# Halverwaarde: an incomplete site. The bijstand text is four clicks deep and says almost nothing.
# An older page is only listed in the sitemap. No robots.txt at all (404).
# ------------------------------------------------------------------------------------------------------------


def halver(title: str, body: str) -> str:
    return page(
        f"{title} | Halverwaarde", body, nav='<a href="/inwoners">Inwoners</a> <a href="/over">Over ons</a>'
    )


ONVOLLEDIG_PAGES: dict[str, str] = {
    "/": halver("Home", "<h1>Gemeente Halverwaarde</h1><p>Welkom op onze website.</p>"),
    "/over": halver("Over ons", "<h1>Over ons</h1><p>Halverwaarde telt twaalf dorpen.</p>"),
    "/inwoners": halver(
        "Inwoners",
        '<h1>Inwoners</h1><ul><li><a href="/inwoners/zorg">Zorg en ondersteuning</a></li>'
        '<li><a href="/inwoners/parkeren">Parkeren</a></li></ul>',
    ),
    "/inwoners/parkeren": halver(
        "Parkeren", "<h1>Parkeren</h1><p>In het centrum betaalt u voor parkeren.</p>"
    ),
    "/inwoners/zorg": halver(
        "Zorg en ondersteuning",
        '<h1>Zorg en ondersteuning</h1><p><a href="/inwoners/zorg/geldzaken">Geldzaken</a></p>',
    ),
    "/inwoners/zorg/geldzaken": halver(
        "Geldzaken",
        '<h1>Geldzaken</h1><p><a href="/inwoners/zorg/geldzaken/uitkering">Uitkering</a></p>',
    ),
    "/inwoners/zorg/geldzaken/uitkering": halver(
        "Uitkering",
        """<h1>Uitkering</h1>
<p>Heeft u geen inkomen? Misschien kunt u dan bijstand krijgen. Vraag de uitkering aan op werk.nl. Daarvoor
heeft
u uw DigiD nodig.</p>
<p>Het <a href="{{SITE:werkplein}}/bijstand">Werkplein</a> voert de bijstand voor ons uit.</p>""",
    ),
    "/archief/bijstand-2019": halver(
        "Bijstand (archief)",
        "<h1>Bijstand aanvragen (oude pagina)</h1><p>Deze pagina over de bijstand wordt niet meer "
        "bijgewerkt.</p>",
    ),
    "/sitemap.xml": """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{{BASE}}/</loc></url>
<url><loc>{{BASE}}/archief/bijstand-2019</loc></url>
</urlset>
""",
}


# ------------------------------------------------------------------------------------------------------------
# Dwaalwijk: a misleading site. The application page is not in any menu, only the site search finds it, and it
# adds conditions the law does not have.
# ------------------------------------------------------------------------------------------------------------

DWAAL_SEARCH = (
    '<form action="/zoeken" role="search"><input type="hidden" name="bron" value="kop">'
    '<input type="text" name="zoekterm" aria-label="Zoekterm"><input type="submit" value="Zoeken"></form>'
)


def dwaal(title: str, body: str) -> str:
    return page(
        f"{title} — Dwaalwijk",
        body,
        nav='<a href="/werk">Werk</a> <a href="/nieuws">Nieuws</a>',
        search=DWAAL_SEARCH,
    )


MISLEIDEND_APPLY = dwaal(
    "Levensonderhoud",
    """
<h1>Een uitkering voor levensonderhoud aanvragen</h1>
<p>Voordat u bijstand kunt aanvragen, moet u eerst naar een informatiebijeenkomst op het werkplein. Daarna
krijgt
u een intakegesprek. Pas na dat gesprek mag u de aanvraag indienen.</p>
<p>DigiD is verplicht. Zonder DigiD kunt u geen aanvraag doen.</p>
<p>U moet het voorschot aanvragen bij uw consulent. Een voorschot krijgt u alleen als u kunt aantonen dat u
geen
geld meer heeft.</p>
<p>Wij beslissen binnen 13 weken. De bijstand gaat in op de dag van het intakegesprek.</p>
""",
)

MISLEIDEND_PAGES: dict[str, str] = {
    "/": dwaal(
        "Home",
        '<h1>Welkom in Dwaalwijk</h1><p>Lees het laatste <a href="/nieuws">nieuws</a>.</p>',
    ),
    "/nieuws": dwaal("Nieuws", "<h1>Nieuws</h1><p>De markt verhuist naar het plein.</p>"),
    "/werk": dwaal(
        "Werk",
        "<h1>Werk en re-integratie</h1><p>Zoekt u werk? Het werkplein helpt u. Heeft u een uitkering, dan "
        "gaat u naar uw consulent.</p>",
    ),
    "/regelingen/levensonderhoud": MISLEIDEND_APPLY,
    "/robots.txt": "User-agent: *\nAllow: /\n",
}


def dwaal_search(query: str) -> str:
    hits = (
        '<li><a href="/regelingen/levensonderhoud">Een uitkering voor levensonderhoud aanvragen</a></li>'
        if any(w in query.lower() for w in ("bijstand", "uitkering", "aanvragen"))
        else "<li>Niets gevonden.</li>"
    )
    return dwaal("Zoeken", f"<h1>Zoekresultaten</h1><ul>{hits}</ul>")


# ------------------------------------------------------------------------------------------------------------
# Slakkenveen: a slow site. Every answer takes a while, one page trickles forever, one never answers.
# ------------------------------------------------------------------------------------------------------------


def traag(title: str, body: str) -> str:
    return page(f"{title} - Slakkenveen", body)


TRAAG_PAGES: dict[str, str] = {
    "/": traag(
        "Home",
        '<h1>Gemeente Slakkenveen</h1><ul><li><a href="/bijstand">Bijstand aanvragen</a></li>'
        '<li><a href="/nieuws/archief">Nieuwsarchief</a></li>'
        '<li><a href="/formulier/bijstand">Formulier bijstand</a></li></ul>',
    ),
    "/bijstand": traag(
        "Bijstand aanvragen",
        "<h1>Bijstand aanvragen</h1><p>U kunt bijstand aanvragen via werk.nl of aan de balie. Wij beslissen "
        "binnen acht weken. U krijgt vanzelf een voorschot als het langer duurt dan vier weken.</p>",
    ),
}


# ------------------------------------------------------------------------------------------------------------
# Rondom: redirects that go round in circles, and an endless chain.
# ------------------------------------------------------------------------------------------------------------


def rondom(title: str, body: str) -> str:
    return page(f"{title} - Gemeente Rondom", body)


OMLEIDING_PAGES: dict[str, str] = {
    "/": rondom(
        "Home",
        '<h1>Gemeente Rondom</h1><ul><li><a href="/bijstand">Bijstand</a></li>'
        '<li><a href="/steeds-verder/1">Regelingen</a></li>'
        '<li><a href="/werk-en-inkomen">Werk en inkomen</a></li>'
        '<li><a href="/extern">Meer informatie</a></li></ul>',
    ),
    "/werk-en-inkomen": rondom(
        "Werk en inkomen",
        '<h1>Werk en inkomen</h1><p><a href="/werk-en-inkomen/bijstand-aanvragen">Bijstand aanvragen</a></p>',
    ),
    "/werk-en-inkomen/bijstand-aanvragen": rondom(
        "Bijstand aanvragen",
        "<h1>Bijstand aanvragen</h1><p>Meld u bij het werkplein. De bijstand kan ingaan op de dag van uw "
        "melding.</p>",
    ),
}

# path -> (status, location)
OMLEIDING_REDIRECTS: dict[str, tuple[int, str]] = {
    "/bijstand": (302, "/bijstand/"),
    "/bijstand/": (301, "/bijstand"),
    "/extern": (302, "https://www.voorbeeld.example/"),
}


# ------------------------------------------------------------------------------------------------------------
# Zwaarveld: two huge pages (100 MB each, generated while sending, never stored).
# ------------------------------------------------------------------------------------------------------------


def zwaar(title: str, body: str) -> str:
    return page(f"{title} | Zwaarveld", body)


GROOT_PAGES: dict[str, str] = {
    "/": zwaar(
        "Home",
        '<h1>Gemeente Zwaarveld</h1><ul><li><a href="/documenten/alle-regels.html">Alle regels</a></li>'
        '<li><a href="/documenten/verordening.html">Verordening</a></li>'
        '<li><a href="/bijstand-aanvragen">Bijstand aanvragen</a></li></ul>',
    ),
    "/bijstand-aanvragen": zwaar(
        "Bijstand aanvragen",
        "<h1>Bijstand aanvragen</h1><p>Vraag bijstand aan bij de gemeente. Bel ons voor een afspraak.</p>",
    ),
}
# path -> declare Content-Length up front?
GROOT_STREAMS: dict[str, bool] = {"/documenten/alle-regels.html": False, "/documenten/verordening.html": True}


# ------------------------------------------------------------------------------------------------------------
# Slotburg: robots.txt forbids everything. Only robots.txt may be fetched.
# ------------------------------------------------------------------------------------------------------------

VERBODEN_PAGES: dict[str, str] = {
    "/robots.txt": "User-agent: *\nDisallow: /\n",
    "/": page("Slotburg", '<h1>Slotburg</h1><p><a href="/bijstand">Bijstand</a></p>'),
    "/bijstand": page("Bijstand - Slotburg", "<h1>Bijstand aanvragen</h1><p>Bel ons.</p>"),
}


# ------------------------------------------------------------------------------------------------------------
# Achterdeur: links and a redirect to private and link-local addresses. None of them may ever be contacted.
# ------------------------------------------------------------------------------------------------------------

PRIVATE_TARGETS: tuple[str, ...] = (
    "http://10.0.0.1/bijstand",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://172.16.0.5/intranet/",
    "http://[::1]/",
    "http://127.0.0.1:1/beheer",
)


def achter(title: str, body: str) -> str:
    return page(f"{title} - Gemeente Achterdeur", body)


PRIVE_PAGES: dict[str, str] = {
    "/": achter(
        "Home",
        "<h1>Gemeente Achterdeur</h1><ul>"
        + "".join(f'<li><a href="{u}">Bijstand (intern {i})</a></li>' for i, u in enumerate(PRIVATE_TARGETS))
        + '<li><a href="/intranet">Bijstand aanvragen via intranet</a></li>'
        '<li><a href="/bijstand">Bijstand aanvragen</a></li></ul>',
    ),
    "/bijstand": achter(
        "Bijstand aanvragen",
        "<h1>Bijstand aanvragen</h1><p>Meld u via werk.nl of bel ons. Geen DigiD? Kom naar de balie.</p>",
    ),
}
PRIVE_REDIRECTS: dict[str, tuple[int, str]] = {"/intranet": (302, "http://192.168.1.1/login")}


# ------------------------------------------------------------------------------------------------------------
# Werkplein: a shared executing organisation. Halverwaarde hands its citizens over to it.
# ------------------------------------------------------------------------------------------------------------


def werkplein(title: str, body: str) -> str:
    return page(f"{title} | Werkplein", body, nav='<a href="/bijstand">Bijstand</a>')


WERKPLEIN_PAGES: dict[str, str] = {
    "/": werkplein(
        "Home",
        "<h1>Werkplein</h1><p>Wij voeren de bijstand uit voor drie gemeenten.</p>"
        '<p><a href="/bijstand">Bijstand aanvragen</a></p>',
    ),
    "/bijstand": werkplein(
        "Bijstand aanvragen",
        """<h1>Bijstand aanvragen bij het Werkplein</h1>
<p>U kunt zich melden via werk.nl, door ons te bellen of aan onze balie. Uw bijstand kan ingaan op de dag van
uw
melding. Na uw aanvraag krijgt u binnen vier weken vanzelf een voorschot als wij dan nog niet hebben beslist.
Wij
beslissen binnen acht weken.</p>""",
    ),
    "/robots.txt": "User-agent: *\nDisallow:\n",
}
