"""Closed Dutch word lists that the text features rely on.

Kept in one module so that every list is visible, reviewable and testable in one place. All entries are lower
case. Lemmas of separable verbs are written without the underscore that simplemma uses ("uitnodigen").
"""

from __future__ import annotations

# Finite and non-finite forms of "worden": with a past participle they always make a passive.
WORDEN_FORMS = frozenset({"word", "wordt", "worden", "werd", "werden"})

# Forms of "zijn" that, with a past participle, make the perfect passive ("is ontvangen"). The bare form
# "zijn" is also a possessive pronoun ("zijn aanvraag"), so passive.py treats it with extra care.
ZIJN_FORMS = frozenset({"ben", "bent", "is", "zijn", "was", "waren", "geweest"})

# Forms of "hebben": a participle in the same clause as one of these belongs to an active perfect tense.
HEBBEN_FORMS = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden", "gehad"})

# Verbs that may stand between a participle and its auxiliary ("dat het betaald moet worden").
MODAL_FORMS = frozenset(
    {
        "kan", "kun", "kunt", "kunnen", "kon", "konden",
        "moet", "moeten", "moest", "moesten",
        "mag", "mogen", "mocht", "mochten",
        "zal", "zult", "zullen", "zou", "zouden",
        "wil", "wilt", "willen", "wilde", "wilden",
    }
)  # fmt: skip

# Words after which the bare form "zijn" is still a verb, not the possessive ("de stukken zijn al verstuurd").
ZIJN_VERB_FOLLOWERS = frozenset(
    {
        "al", "nog", "niet", "ook", "wel", "pas", "net", "nu", "dan", "toen", "er", "daar", "hier",
        "inmiddels", "helaas", "bijna", "volledig", "allemaal", "door", "op", "binnen", "tijdig",
        "gisteren", "vandaag", "eerder", "onlangs", "reeds", "echter", "dus", "zojuist", "allang", "nooit",
        "altijd",
    }
)  # fmt: skip

# Words that open a new clause: a participle and an auxiliary on different sides of one belong to different
# verbs.
CLAUSE_OPENERS = frozenset(
    {
        "en", "maar", "of", "want", "dus", "dat", "die", "wat", "omdat", "als", "wanneer", "zodat", "nadat",
        "voordat", "terwijl", "waardoor", "waarna", "waarmee", "waarin", "waarop", "waarvoor", "hoewel",
        "doordat", "indien", "tenzij", "zodra", "totdat", "welke", "wie", "sinds", "zoals", "mits", "opdat",
        "om",
    }
)  # fmt: skip

# Words that make a following participle attributive ("een betaald traject") or an infinitive ("te
# ontvangen") rather than part of a passive. Pronouns that can also be subjects ("het", "die", "dat",
# "zijn") are left out: "dat het betaald wordt" is a passive.
ATTRIBUTIVE_MARKERS = frozenset(
    {"de", "een", "uw", "jouw", "mijn", "onze", "deze", "dit", "elk", "elke", "ieder", "iedere", "geen", "te"}
)

# Inseparable verbs whose past participle is spelled like the infinitive ("uw aanvraag is ontvangen").
PARTICIPLE_EQUALS_INFINITIVE = frozenset(
    {
        "ontvangen", "herzien", "voorzien", "bezien", "ontzien", "vergeten", "verraden", "ontraden",
        "bevallen", "vervallen", "verlopen", "ontstaan", "verstaan", "ontgaan", "vergaan", "ondergaan",
        "onderhouden", "behouden", "ontvallen",
    }
)  # fmt: skip

# Unstressed (inseparable) verb prefixes: their participles have no "ge-" ("betaald", "verstuurd",
# "ontvangen").
INSEPARABLE_PREFIXES = ("be", "ver", "ont", "her", "er", "ge", "mis")

# Separable verb particles: their participles put "ge-" after the particle ("aangevraagd", "opgestuurd").
SEPARABLE_PARTICLES = (
    "aan", "af", "bij", "binnen", "door", "in", "mee", "na", "neer", "om", "onder", "op", "over", "samen",
    "tegen", "terug", "toe", "uit", "vast", "voor", "weg", "los", "vrij", "kwijt", "achter", "rond", "thuis",
    "goed", "stop", "teweeg", "bekend", "klaar", "open", "dicht", "mede", "tussen",
)  # fmt: skip

# Verbs whose perfect tense uses "zijn" in the active voice: "is verhuisd" or "is gestopt" is not a passive.
# Separable compounds are matched on their base verb too ("teruggekomen" -> "komen").
ZIJN_PERFECT_VERBS = frozenset(
    {
        "gaan", "komen", "blijven", "zijn", "worden", "gebeuren", "lukken", "mislukken", "verhuizen",
        "vertrekken", "overlijden", "sterven", "beginnen", "ontstaan", "verdwijnen", "verschijnen",
        "vallen", "veranderen", "wijzigen", "groeien", "stijgen", "dalen", "stoppen", "ophouden", "slagen",
        "zakken", "blijken", "verlopen", "vervallen", "verstrijken", "lopen", "rijden", "vliegen", "reizen",
        "vluchten", "emigreren", "immigreren", "trouwen", "scheiden", "bevallen", "vergeten", "genezen",
        "herstellen", "verbeteren", "verslechteren", "starten", "eindigen", "afstuderen", "opgroeien",
        "ontsnappen", "opstaan", "toenemen", "afnemen", "verschuiven", "zwemmen", "landen", "keren",
        "vergaan", "meevallen", "tegenvallen", "uitkomen", "omkomen", "terugkeren", "overstappen",
        "instappen", "uitstappen", "ontwaken", "belanden", "raken", "geraken", "verongelukken", "schrikken",
        "bezwijken", "slinken", "krimpen", "uitvallen",
    }
)  # fmt: skip

# Participles that after "zijn" usually describe a state, like an adjective ("u bent verplicht", "het loket is
# gesloten"). They only count as passive when an agent with "door" is in the same clause.
STATIVE_PARTICIPLES = frozenset(
    {
        "verplicht", "bevoegd", "gewend", "bedoeld", "geïnteresseerd", "verbaasd", "getrouwd", "gescheiden",
        "gehuwd", "verliefd", "gehandicapt", "verzekerd", "geschikt", "gerechtigd", "gemachtigd", "betrokken",
        "verbonden", "bezorgd", "bereid", "benieuwd", "gespannen", "verschuldigd", "gelegen", "opgelucht",
        "teleurgesteld", "gemotiveerd", "overtuigd", "gebonden", "gesloten", "geopend", "gevestigd",
        "verwant", "geboren", "verwacht", "verkouden", "gewenst", "geliefd", "beperkt", "gekleed", "gelukt",
        "geleden", "verantwoord", "begaan", "ingeschreven",
    }
)  # fmt: skip

# Words that start an agent phrase after "door" ("door ons", "door de gemeente").
AGENT_STARTERS = frozenset(
    {"ons", "mij", "me", "u", "jou", "hem", "haar", "hen", "hun", "de", "het", "een", "uw", "onze", "deze"}
)

# Derivational endings of nominalisations, with their plural forms.
NOMINALISATION_ENDINGS = ("ingen", "ing", "aties", "atie", "heden", "heid")

# Nominalisations that are everyday nouns in texts about bijstand: flagging them would only be noise. Singular
# forms; plurals are reduced to these before the look-up.
LEXICALISED_NOMINALISATIONS = frozenset(
    {
        "woning", "rekening", "uitkering", "opleiding", "regering", "vergadering", "richting", "mening",
        "ervaring", "kleding", "verzekering", "oplossing", "regeling", "tekening", "afdeling", "leerling",
        "vluchteling", "bevolking", "omgeving", "instelling", "stichting", "vereniging", "training",
        "werking", "informatie", "situatie", "organisatie", "administratie", "relatie", "overheid",
        "gezondheid", "eenheid", "waarheid", "vrijheid", "gelegenheid", "meerderheid", "minderheid",
        "schoonheid", "bijstandsuitkering", "zorgverzekering", "ziektekostenverzekering", "lening",
        "vergunning", "woonomgeving",
    }
)  # fmt: skip

# Neuter nouns in -en: "het inkomen van uw partner" is a plain noun phrase, not a verb used as a noun.
NEUTER_NOUNS_IN_EN = frozenset(
    {
        "inkomen", "vermogen", "leven", "teken", "verleden", "wapen", "examen", "laken", "kussen", "wezen",
        "vertrouwen", "verlangen", "gebeuren", "eten", "seizoen", "gegeven",
    }
)  # fmt: skip

# Minimum Zipf frequency for a verb or adjective to count as the base of a nominalisation; below it wordfreq's
# Dutch data holds mostly noise ("konen").
NOMINALISATION_BASE_MIN_ZIPF = 2.5
