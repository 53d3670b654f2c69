"""The ``rules`` extractor: hand-written patterns and word lists that pre-annotate QUOTE, SPEAKER, PARTY, EVENT.

Offsets are Python code points, end exclusive. The output follows the annotation guidelines: spans never
overlap and nothing inside a QUOTE is annotated; QUOTE spans exclude their quotation marks; SPEAKER spans
keep a courtesy title but not a role; ``said_by`` links each QUOTE to the mention in its own attribution
(continuation paragraphs to the first paragraph's mention); ``member_of`` comes from "Labour MP X",
"X, the Conservative MP", "LABOUR MPs A, B and C"; ``participant`` links an EVENT to the SPEAKER and PARTY
spans of its sentence. Word lists live in ``data/`` and can be extended (``data_dir=``, see ``data/README.md``).

>>> from schemas import Document
>>> text = 'Labour MP Stella Creasy said: "I have resigned."'
>>> doc = get_extractor("rules").extract(Document("d1", text))
>>> [(s.label, text[s.start:s.end]) for s in doc.spans]
[('PARTY', 'Labour'), ('SPEAKER', 'Stella Creasy'), ('QUOTE', 'I have resigned.')]
>>> sorted(r.label for r in doc.relations)
['member_of', 'said_by']
"""

from __future__ import annotations

from bisect import bisect_left, insort
from operator import itemgetter
from typing import Any

from schemas import Document, Relation, Span

from .base import Extractor, ExtractorError, get_extractor, register_extractor
from .lexicon import Lexicon, load_lexicon
from .rules_events import find_events
from .rules_people import Person, find_people, resolve_pronouns
from .rules_quotes import find_quotes
from .rules_text import Sentences, find_segments, paragraphs

__all__ = ["RulesExtractor", "get_extractor"]

# When two candidates overlap, the one with the lower rank stays.
_RANK = {"QUOTE": 0, "PARTY": 1, "SPEAKER": 2, "EVENT": 3}


@register_extractor("rules")
class RulesExtractor(Extractor):
    """Pre-annotation by patterns; deterministic, no model. ``data_dir`` adds the user's own word lists."""

    name = "rules"
    version = "1"

    def __init__(self, data_dir: str | None = None, **options: Any) -> None:
        if options:
            raise ExtractorError(
                f"the rules extractor takes no option {', '.join(sorted(options))} (only data_dir)"
            )
        self.lexicon: Lexicon = load_lexicon(str(data_dir) if data_dir else None)

    def extract(self, doc: Document) -> Document:
        spans, relations = annotate(doc.text, self.lexicon)
        return doc.with_annotations(spans, relations)


def annotate(text: str, lex: Lexicon) -> tuple[tuple[Span, ...], tuple[Relation, ...]]:
    """Spans and relations for ``text``; span ids are ``T1``, ``T2``, … in text order."""
    paras = paragraphs(text)
    segments = find_segments(text, paras)
    sents = Sentences(text, paras, segments)
    verbs, event_spans, party_spans = lex.scan(text)
    people = find_people(text, lex, [v[0] for v in verbs], party_spans)
    quoted = sents.quoted
    outside = [p for p in people.persons if not quoted.overlaps(p.start, p.end)]
    extra: list[Person] = []
    quotes = find_quotes(text, segments, outside, sents, lex, extra, verbs)

    # (start, end, label, attrs, source object) for every candidate; overlaps resolved by rank.
    cands: list[tuple[int, int, str, dict[str, str], object]] = []
    for q in quotes:
        cands.append((q.start, q.end, "QUOTE", {"kind": q.kind}, q))
    for party in people.parties:
        cands.append((party.start, party.end, "PARTY", {"canonical": party.canonical}, party))
    known = {p.start for p in people.persons}
    persons = sorted(people.persons + [p for p in extra if p.start not in known], key=lambda p: p.start)
    resolve_pronouns(persons)
    # A pronoun is a SPEAKER only as the speaker of a quote ("She said: …"), not in "She posted a video".
    speaking = {id(q.speaker) for q in quotes}
    for person in persons:
        if person.kind == "pronoun" and id(person) not in speaking:
            continue
        attrs = {"canonical": person.canonical} if person.canonical else {}
        cands.append((person.start, person.end, "SPEAKER", attrs, person))
    party_starts = sorted(p.start for p in people.parties)
    for event in find_events(text, lex, party_starts, sents.starts, event_spans):
        cands.append((event.start, event.end, "EVENT", {"type": event.type}, event))

    kept = _without_overlaps(cands)
    ids: dict[int, str] = {}
    spans = []
    for n, (s, e, label, attrs, obj) in enumerate(kept, 1):
        span_id = ids[id(obj)] = f"T{n}"
        spans.append(Span(span_id, s, e, label, attrs))

    relations: list[Relation] = []
    for q in quotes:
        if q.speaker is not None and id(q) in ids and id(q.speaker) in ids:
            relations.append(Relation(ids[id(q)], ids[id(q.speaker)], "said_by"))
    seen: set[tuple[str, str]] = set()
    for person, party in people.member_of:
        pair = (ids.get(id(person), ""), ids.get(id(party), ""))
        if all(pair) and pair not in seen:
            seen.add(pair)
            relations.append(Relation(pair[0], pair[1], "member_of"))
    if any(c[2] == "EVENT" for c in kept):
        starts = [c[0] for c in kept]
        for s, _e, label, _, obj in kept:
            if label != "EVENT":
                continue
            lo, hi = sents.bounds(s)
            for _s2, _e2, label2, _, obj2 in kept[bisect_left(starts, lo) : bisect_left(starts, hi)]:
                if label2 == "SPEAKER" or label2 == "PARTY":
                    relations.append(Relation(ids[id(obj)], ids[id(obj2)], "participant"))
    return tuple(spans), tuple(relations)


def _without_overlaps(
    cands: list[tuple[int, int, str, dict[str, str], object]],
) -> list[tuple[int, int, str, dict[str, str], object]]:
    """Keep candidates by rank (then position), dropping any that overlaps one already kept; text order."""
    kept: list[tuple[int, int, str, dict[str, str], object]] = []
    taken: list[tuple[int, int]] = []
    rank = _RANK
    for cand in sorted(cands, key=lambda c: (rank[c[2]], c[0], -c[1])):
        s, e = cand[0], cand[1]
        i = bisect_left(taken, (s, e))
        if (i > 0 and taken[i - 1][1] > s) or (i < len(taken) and taken[i][0] < e):
            continue
        insort(taken, (s, e))
        kept.append(cand)
    kept.sort(key=itemgetter(0))
    return kept
