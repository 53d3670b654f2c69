"""The rules extractor on the harder patterns of varied political news, one worked example per pattern.

Every text here is written for the test (none is taken from the gold); offsets are built from ``len("...")``.
"""

from __future__ import annotations

import pytest

from annotation.extractors import get_extractor
from schemas import Document, validate_document


def run(text: str) -> Document:
    return validate_document(get_extractor("rules").extract(Document("t", text)))


def spans(doc: Document, label: str) -> list[tuple[int, int, dict[str, str]]]:
    return [(s.start, s.end, dict(s.attrs)) for s in doc.spans if s.label == label]


def texts(doc: Document, label: str) -> list[str]:
    return [s.text_in(doc.text) for s in doc.spans if s.label == label]


def pairs(doc: Document, relation: str) -> list[tuple[str, str]]:
    by_id = doc.span_by_id()
    return [(by_id[r.head].text_in(doc.text), by_id[r.tail].text_in(doc.text))
            for r in doc.relations if r.label == relation]


# --- PARTY: Irish, Scottish and Northern Irish parties; regional branches take the national canonical ---

@pytest.mark.parametrize(
    ("text", "prefix", "alias", "canonical"),
    [
        ("Two Fianna Fáil councillors met.", "Two ", "Fianna Fáil", "Fianna Fáil"),
        ("The Fine Gael whip was restored.", "The ", "Fine Gael", "Fine Gael"),
        ("An Ulster Unionist peer spoke.", "An ", "Ulster Unionist", "Ulster Unionist Party"),
        ("The Scottish Conservatives gained a seat.", "The ", "Scottish Conservatives", "Conservative Party"),
        ("Welsh Labour ran the Senedd.", "", "Welsh Labour", "Labour Party"),
        ("The Alba Party stood in Fife.", "The ", "Alba Party", "Alba Party"),
    ],
)
def test_regional_and_irish_party_names(text: str, prefix: str, alias: str, canonical: str) -> None:
    start = len(prefix)
    assert spans(run(text), "PARTY") == [(start, start + len(alias), {"canonical": canonical})]
