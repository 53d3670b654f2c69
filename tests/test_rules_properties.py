"""Properties of the rules extractor on any text: no crash, valid spans and relations, no overlaps."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotation.extractors import get_extractor
from annotation.extractors.lexicon import Lexicon, load_lexicon
from schemas import Document, validate_document

RULES = get_extractor("rules")

# Text built from the pieces the patterns look at, so that the interesting paths run, mixed with any Unicode.
PIECES = st.sampled_from([
    '"', "“", "”", "‘", "’", "'", ":", ",", ".", " ", "\n", "\n\n", "Mr ", "Ms ", "Labour", "Tories", "MP ",
    "MPs ", " said", " told", " that ", "he ", "she ", "He said", "Jeremy Corbyn", "Ann Coffey", " and ",
    "resigned", "step down", "left", "the party", "According to ", ", according to ", "would ", "Prime Minister",
])
TEXTS = st.one_of(st.text(), st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=40).map("".join))


def check(text: str) -> Document:
    doc = RULES.extract(Document("p", text))
    validate_document(doc)  # inside the text, no outer whitespace, known labels, relations to existing spans
    spans = sorted(doc.spans, key=lambda s: s.start)
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start, f"{a} overlaps {b}"
    return doc


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_any_text_gives_valid_non_overlapping_spans(text: str) -> None:
    doc = check(text)
    assert doc.text == text and doc.id == "p"


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_same_text_same_prediction(text: str) -> None:
    assert RULES.extract(Document("a", text)).spans == RULES.extract(Document("b", text)).spans


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_each_quote_has_at_most_one_speaker_and_direct_quotes_exclude_their_marks(text: str) -> None:
    doc = check(text)
    heads = [r.head for r in doc.relations if r.label == "said_by"]
    assert len(heads) == len(set(heads))
    for s in doc.spans:
        if s.label == "QUOTE" and s.attrs["kind"] == "direct":
            inner = s.text_in(doc.text)
            assert inner[0] not in "“‘" and inner[-1] not in "”"


def separate_scans(lex: Lexicon, text: str) -> tuple[list[tuple[int, int]], ...]:
    return tuple([m.span() for m in p.finditer(text)] for p in (lex.speech_verb_re, lex.event_re, lex.party_re))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_one_pass_scan_finds_what_the_three_word_list_regexes_find(text: str) -> None:
    lex = load_lexicon()
    assert lex.scan_re is not None  # the shipped lists are disjoint: the one-pass path is the one tested
    assert lex.scan(text) == separate_scans(lex, text)


def test_overlapping_user_lists_fall_back_to_separate_scans(tmp_path: Path) -> None:
    # "step" as a speech verb overlaps the trigger "step down": one pass would miss one of them.
    (tmp_path / "speech_verbs.txt").write_text("step steps\n", encoding="utf-8")
    lex = load_lexicon(str(tmp_path))
    assert lex.scan_re is None
    text = "She will step down, she steps in."
    verbs, events, _ = lex.scan(text)
    assert [text[s:e] for s, e in verbs] == ["step", "steps"]
    assert [text[s:e] for s, e in events] == ["step down"]
    assert lex.scan(text) == separate_scans(lex, text)
