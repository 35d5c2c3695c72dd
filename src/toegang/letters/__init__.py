"""The letter check (brieventoets): read a letter, detect its kind, and check rules, tone and plain language.

Pure analysis lives in check.py (`check_letter`); readers.py turns files into text, report.py renders results.
"""

from toegang.letters.check import LetterCheck, check_letter
from toegang.letters.readers import LetterText, ReadError, read_letter, read_letter_bytes

__all__ = ["LetterCheck", "LetterText", "ReadError", "check_letter", "read_letter", "read_letter_bytes"]
