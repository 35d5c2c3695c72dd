"""Audience marking: which sentences speak to young people and which to people of 27 and older."""

from __future__ import annotations

from toegang.audit.document import build_document
from toegang.audit.language import durations, negated


def test_youth_heading_opens_a_youth_section_until_the_next_heading() -> None:
    doc = build_document(
        "Jongeren tot 27 jaar\nU zoekt eerst vier weken werk.\n\nAanvragen\nU vraagt de uitkering aan via werk.nl."
    )
    flags = {s.text: s.youth for s in doc.sentences}
    assert flags["U zoekt eerst vier weken werk."] is True
    assert flags["U vraagt de uitkering aan via werk.nl."] is False


def test_adult_sentence_inside_youth_paragraph() -> None:
    doc = build_document(
        "Bent u jonger dan 27? Dan zoekt u eerst werk. Bent u 27 jaar of ouder? Dan vraagt u direct aan."
    )
    last = doc.sentences[-1]
    assert last.adult and not last.youth


def test_youth_url_makes_the_whole_page_youth() -> None:
    doc = build_document(
        "U zoekt eerst vier weken werk.", url="https://gemeente.example/jongeren-en-bijstand"
    )
    assert all(s.youth for s in doc.sentences)


def test_durations_in_weeks() -> None:
    found = [
        (d.count, d.unit, round(d.weeks, 2))
        for d in durations("binnen 8 weken, na vier weken, 28 dagen, 3 maanden")
    ]
    assert found == [(8, "weken", 8.0), (4, "weken", 4.0), (28, "dagen", 4.0), (3, "maanden", 13.05)]


def test_negation_stays_inside_its_clause() -> None:
    low = "u hoeft het voorschot niet aan te vragen"
    assert negated(low, low.index("aan te vragen"))
    low = "dat is niet erg, maar u moet het voorschot aanvragen"
    assert not negated(low, low.index("aanvragen"))
