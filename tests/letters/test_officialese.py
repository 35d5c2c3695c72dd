"""The officialese word list (data) and how it finds words in a letter."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from toegang.letters.officialese import Entry, build_wordlist, default_wordlist, find_officialese

GUIDES = (
    "Direct Duidelijk",
    "Rijksoverheid Klare taal",
    "Onze Taal",
    "Taaladvies.net",
    "Vlaamse overheid Klare taal",
    "Renkema Schrijfwijzer",
)


def rows() -> list[dict[str, str]]:
    text = resources.files("toegang").joinpath("data/officialese.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def found(text: str) -> list[tuple[str, str]]:
    return [(hit.text, hit.entry.word) for hit in find_officialese(text)]


def test_the_list_has_a_few_hundred_entries_each_with_alternative_and_named_guide() -> None:
    data = rows()
    assert len(data) >= 300
    assert set(data[0]) == {"word", "alternative", "source"}
    for row in data:
        assert row["word"].strip() and row["alternative"].strip(), row
        names = [name.strip() for name in row["source"].split(";")]
        assert names and all(name in GUIDES for name in names), row


def test_no_word_is_listed_twice() -> None:
    words = [row["word"].lower() for row in rows()]
    assert len(words) == len(set(words))


def test_every_entry_finds_itself() -> None:
    # Context rules keep a few common words from being flagged everywhere; they need a context to show.
    in_context = {"te": "gevestigd te Utrecht", "daar": "daar u niet reageerde"}
    missed = [row["word"] for row in rows() if not find_officialese(in_context.get(row["word"], row["word"]))]
    assert missed == []


def test_offsets_point_at_the_words_in_the_text() -> None:
    text = "Wij verzoeken u de onderhavige stukken middels bijgaande envelop te retourneren."
    hits = find_officialese(text)
    assert [(h.text, h.entry.alternative) for h in hits] == [
        ("verzoeken", "vragen"),
        ("onderhavige", "deze / dit"),
        ("middels", "met / via / door"),
        ("bijgaande", "bij deze brief / hierbij"),
        ("retourneren", "terugsturen"),
    ]
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_inflected_forms_via_lemma() -> None:
    assert found("Wij hebben u een voorschot verstrekt.") == [("verstrekt", "verstrekken")]
    assert found("Het verzoek werd ingewilligd.") == [("ingewilligd", "inwilligen")]


def test_split_separable_verb() -> None:
    assert found("U toont aan dat u hier woont.") == [("toont aan", "aantonen")]
    assert found("Dien het formulier voor 1 juni in.") == [("Dien het formulier voor 1 juni in", "indienen")]


def test_particle_that_is_a_preposition_does_not_make_a_separable_verb() -> None:
    assert found("Hij toont de brief aan zijn buurman.") == []


def test_phrases_contiguous_and_split_up() -> None:
    assert found("Wij schrijven u met betrekking tot uw aanvraag.") == [
        ("met betrekking tot", "met betrekking tot")
    ]
    assert found("Wij nemen uw aanvraag in behandeling.") == [
        ("nemen uw aanvraag in behandeling", "in behandeling nemen")
    ]


def test_abbreviations() -> None:
    assert found("Wij sturen u z.s.m. een brief, c.q. een e-mail.") == [
        ("z.s.m.", "z.s.m."),
        ("c.q.", "c.q."),
    ]


def test_word_explained_in_brackets_is_not_flagged() -> None:
    assert found("U kunt een tussenpersoon (intermediair) vragen.") == []
    assert found("U kunt een intermediair vragen.") == [("intermediair", "intermediair")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Welke papieren heeft u nodig?", []),
        ("Het formulier, welke u heeft ontvangen, is oud.", [("welke", "welke")]),
        ("Daar kunt u terecht met vragen.", []),
        ("Daar u niet reageerde, sturen wij deze brief.", [("Daar", "daar")]),
        ("Wij wensen u veel succes.", []),
        ("Wij praten over uw wensen voor werk.", []),
        ("Indien u dat wenst, bellen wij u.", [("Indien", "indien"), ("wenst", "wensen")]),
        ("U kunt te laat komen.", []),
        ("Wij wijzen u de weg.", []),
        ("Dit kan op deze wijze.", [("wijze", "wijze")]),
        ("Een enkele keer gaat het mis.", []),
        ("Wij vragen enkel uw bankafschriften.", [("enkel", "enkel")]),
    ],
)
def test_context_rules_for_words_that_are_officialese_in_one_use_only(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_overlapping_hits_keep_the_longest() -> None:
    hits = find_officialese("Dit valt ten behoeve van de aanvraag onder de regeling.")
    assert [h.entry.word for h in hits] == ["ten behoeve van"]


def test_a_custom_word_list() -> None:
    wordlist = build_wordlist([Entry("fietsenstalling", "stalling", "test")])
    assert [h.text for h in find_officialese("De fietsenstalling is dicht.", wordlist)] == ["fietsenstalling"]
    assert len(default_wordlist()) == len(rows())
