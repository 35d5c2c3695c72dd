"""The letter figures of `make eval`, on a small corpus written for this test."""

from __future__ import annotations

import json
from pathlib import Path

from toegang.letters.evaluate import evaluate_letters, format_letters_eval


def write(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def corpus(root: Path) -> Path:
    folder = root / "letters"
    folder.mkdir()
    write(
        folder / "pairs_dev.jsonl",
        [
            {
                "before": "Het formulier dient door u middels bijgaande envelop te worden geretourneerd.",
                "after": "Stuur het formulier terug in de envelop.",
            },
            {
                "before": "Indien u niet reageert, wordt uw uitkering stopgezet.",
                "after": "Wilt u reageren? Dan kunnen we uw uitkering blijven betalen.",
            },
            {"before": "Kort.", "after": "Een zin die veel langer en ingewikkelder is geworden dan nodig."},
        ],
    )
    write(
        folder / "tone_dev.jsonl",
        [
            {"text": "Als u niet komt, stoppen wij uw uitkering.", "label": "dreigend"},
            {"text": "Heeft u vragen? Bel ons gerust.", "label": "vriendelijk"},
            {"text": "Wij helpen u graag.", "label": "dreigend"},
        ],
    )
    write(
        folder / "wordlist_dev.jsonl",
        [{"difficult": "middels", "easier": "met"}, {"difficult": "fiets", "easier": "fiets"}],
    )
    return root


def test_figures_per_file(tmp_path: Path) -> None:
    result = evaluate_letters(corpus(tmp_path))
    pairs = result["pairs"][0]
    assert (pairs["pairs"], pairs["easier"], pairs["threatening_before"], pairs["calmer_after"]) == (
        3,
        2,
        1,
        1,
    )
    tone = result["tone"][0]
    assert (tone["sentences"], tone["correct"]) == (3, 2)
    assert tone["confusion"] == {
        "dreigend": {"dreigend": 1, "vriendelijk": 1},
        "vriendelijk": {"dreigend": 0, "vriendelijk": 1},
    }
    assert result["wordlist"][0]["recall"] == 0.5


def test_the_letters_folder_itself_is_accepted_too(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    assert evaluate_letters(root / "letters")["tone"] == evaluate_letters(root)["tone"]


def test_printout_is_stable(tmp_path: Path) -> None:
    text = format_letters_eval(evaluate_letters(corpus(tmp_path)))
    lines = text.splitlines()
    assert lines[1] == "Herschrijvingen (doel ≥ 85% makkelijker):"
    assert lines[2].startswith(
        "  pairs_dev.jsonl: 3 paren; herschrijving makkelijker (taalscore)  66.7% (2);"
    )
    assert (
        lines[4]
        == "  tone_dev.jsonl: 3 zinnen; nauwkeurigheid  66.7%; dreigend herkend 1/2, vriendelijk herkend 1/1"
    )
    assert lines[6] == "  wordlist_dev.jsonl: 2 woorden; gevonden  50.0% (1)"


def test_an_empty_folder_gives_empty_figures(tmp_path: Path) -> None:
    result = evaluate_letters(tmp_path)
    assert result["pairs"] == [] and result["tone"] == [] and result["wordlist"] == []
    assert "Brieventoets" in format_letters_eval(result)
