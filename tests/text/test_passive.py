"""Passive forms and nominalisations in Dutch sentences (examples written for these tests)."""

from __future__ import annotations

import pytest

from toegang.text.passive import (
    is_nominalisation,
    is_past_participle,
    nominalisation_spans,
    passive_spans,
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("U wordt uitgenodigd voor een gesprek.", ["wordt uitgenodigd"]),
        ("Uw aanvraag is ontvangen.", ["is ontvangen"]),
        ("Uw aanvraag is door ons ontvangen.", ["is door ons ontvangen"]),
        ("Zijn aanvraag wordt beoordeeld.", ["wordt beoordeeld"]),
        ("De stukken zijn al verstuurd.", ["zijn al verstuurd"]),
        ("Het bedrag wordt op uw rekening betaald.", ["wordt op uw rekening betaald"]),
        ("Uw uitkering wordt per 1 mei beëindigd.", ["wordt per 1 mei beëindigd"]),
        ("De uitkering is herzien.", ["is herzien"]),
        ("Uw formulier werd gisteren opgestuurd.", ["werd gisteren opgestuurd"]),
        ("De bijzondere bijstand is vorige week aangevraagd.", ["is vorige week aangevraagd"]),
        ("U kunt worden opgeroepen voor een gesprek.", ["worden opgeroepen"]),
        ("Er wordt gekeken of u recht heeft op bijstand.", ["wordt gekeken"]),
        ("Wij weten dat het bedrag betaald moet worden.", ["betaald moet worden"]),
        ("Het bedrag dat door ons betaald wordt, is hoger.", ["betaald wordt"]),
        ("De papieren moeten binnen twee weken zijn ontvangen.", ["zijn ontvangen"]),
        ("De informatie wordt verstrekt door het UWV.", ["wordt verstrekt"]),
    ],
)
def test_passive_found(sentence: str, expected: list[str]) -> None:
    assert [span.text for span in passive_spans(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Het is groot.",
        "Wij betalen het bedrag op uw rekening.",
        "Wij hebben uw aanvraag ontvangen.",  # active perfect with hebben
        "Hij heeft zijn formulier opgestuurd.",  # "zijn" is the possessive here
        "Hij is verhuisd naar een andere stad.",  # active perfect with zijn
        "De uitkering is gestopt.",
        "Wat is er gebeurd?",
        "Het is gelukt.",
        "U bent ziek geworden.",
        "Het is lang geleden.",
        "Het is gezond om elke dag te wandelen.",
        "De gemeente betaalt de huur.",  # present tense, not the participle "betaald"
        "Het is een betaald traject.",  # attributive participle
        "U bent verplicht om dit te melden.",  # a state, no agent
        "Het loket is op vrijdag gesloten.",
        "Wij vragen u dit formulier in te vullen.",
        "Het is mogelijk om geld te ontvangen.",
        "Het is gebleken dat u werk heeft.",
        "Het is belangrijk om het formulier volledig ingevuld terug te sturen.",
    ],
)
def test_no_passive(sentence: str) -> None:
    assert passive_spans(sentence) == []


def test_agent_with_door_makes_a_state_participle_passive() -> None:
    assert passive_spans("U bent verplicht om dit te melden.") == []
    assert [s.text for s in passive_spans("U bent door de rechter verplicht om dit te melden.")] == [
        "bent door de rechter verplicht"
    ]


def test_clause_boundaries_keep_auxiliary_and_participle_apart() -> None:
    # "is" belongs to the main clause, "ontvangen" to the clause after "dat": no passive.
    assert passive_spans("Het is fijn dat u ons bericht wilt ontvangen.") == []


def test_two_clauses_give_two_passives() -> None:
    found = passive_spans("Uw aanvraag is ontvangen en wordt nu beoordeeld.")
    assert [s.text for s in found] == ["is ontvangen", "wordt nu beoordeeld"]


def test_offsets_point_into_the_source() -> None:
    source = "Inleiding. U wordt door ons gebeld."
    start = source.index("U wordt")
    found = passive_spans(source[start:], offset=start)
    assert len(found) == 1
    span = found[0]
    assert source[span.start : span.end] == span.text == "wordt door ons gebeld"


@pytest.mark.parametrize(
    "word",
    [
        "betaald",
        "verstuurd",
        "beëindigd",
        "ontvangen",
        "herzien",
        "aangevraagd",
        "opgestuurd",
        "verstrekt",
        "gezet",
    ],
)
def test_past_participles(word: str) -> None:
    assert is_past_participle(word)


@pytest.mark.parametrize(
    "word", ["betaalt", "gebeurt", "gezond", "gemeente", "gegevens", "opgeven", "geld", "wordt"]
)
def test_not_past_participles(word: str) -> None:
    assert not is_past_participle(word)


@pytest.mark.parametrize(
    "word", ["beoordeling", "verstrekking", "terugvordering", "toekenning", "registratie", "aanwezigheid"]
)
def test_nominalisations(word: str) -> None:
    assert is_nominalisation(word)


@pytest.mark.parametrize(
    "word", ["koning", "woning", "uitkering", "informatie", "overheid", "ding", "gemeente"]
)
def test_not_nominalisations(word: str) -> None:
    assert not is_nominalisation(word)


def test_plural_nominalisations_follow_the_singular() -> None:
    assert is_nominalisation("beoordelingen")
    assert not is_nominalisation("uitkeringen")


def test_infinitive_used_as_noun() -> None:
    found = nominalisation_spans("Voor het aanvragen van bijstand heeft u een DigiD nodig.", offset=10)
    assert [(s.text, s.start) for s in found] == [("aanvragen", 19)]
    assert nominalisation_spans("U kunt bijstand aanvragen.") == []


def test_neuter_noun_in_en_is_not_a_nominalisation() -> None:
    assert nominalisation_spans("Het inkomen van uw partner telt mee.") == []
