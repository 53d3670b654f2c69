"""Sentence ends of the rules extractor: abbreviations are ruled out in code, as the lookbehinds they replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotation.extractors import rules_text

# The definition the code replaces: a stop run ends a sentence unless its last full stop follows an
# abbreviation or a single capital standing as a word of its own.
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "No", "Prof", "Gen", "Sen", "Rep", "Gov", "[A-Z]")
_ABBREV = (r"(?:(?<![A-Z]\.)(?<![A-Z][a-z]\.)(?<![A-Z][a-z]{2}\.)(?<![A-Z][a-z]{3}\.)|"
           + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS) + ")")
REFERENCE = re.compile(rf"[.!?][.!?]*{_ABBREV}[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9À-Þ])")


def sentence_ends(text: str) -> list[int]:
    return [m.end() for m in rules_text._SENT_RE.finditer(text) if rules_text._not_abbreviation(text, m.start())]


@pytest.mark.parametrize(("text", "ends"), [
    ("Mr. Smith said so. He left.", [len("Mr. Smith said so. ")]),
    ("It was J. Smith. Then he left.", [len("It was J. Smith. ")]),
    ("See No. 10 Downing Street. Yes.", [len("See No. 10 Downing Street. ")]),
    ("He met the PM. Then Ms. Jones.", [len("He met the PM. ")]),  # "PM": no abbreviation of the list
    ("The vote was 10-Mr. Jones won.", []),  # "Mr." after a hyphen is still a word of its own
    ("Dr.. Who? No.", [len("Dr.. "), len("Dr.. Who? ")]),  # a run of stops: only its last full stop counts
    ("Prof! Then.", [len("Prof! ")]),  # no full stop at the end of the run
])
def test_abbreviations_do_not_end_sentences(text: str, ends: list[int]) -> None:
    assert sentence_ends(text) == ends


PIECES = st.sampled_from(["Mr", "Mrs", "Prof", "No", "Gov", "J", "A", "Smith", "USA", "Abcd", "abc", "x_", "é",
                          "Ö", "3", ".", "..", "!", "?", " ", "\n", "\"", "”", "’", ")", "(", "“", "-", "Labour"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=2)), max_size=16).map("".join))
def test_sentence_ends_are_those_of_the_lookbehind_definition(text: str) -> None:
    assert sentence_ends(text) == [m.end() for m in REFERENCE.finditer(text)]
