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

import dataclasses
import re
from operator import attrgetter
from typing import Any, Final

from schemas import Document, Relation, Span

from .base import Extractor, ExtractorError, get_extractor, register_extractor
from .lexicon import Lexicon, load_lexicon
from .rules_events import find_events
from .rules_names import refine_canonicals
from .rules_people import Party, People, Person, find_people, resolve_pronouns
from .rules_quotes import find_quotes
from .rules_text import Sentences, bisect_left, bisect_right, find_segments, paragraphs

__all__ = ["RulesExtractor", "get_extractor"]

_new = object.__new__


def _span(span_id: str, start: int, end: int, label: str, attrs: dict[str, str]) -> Span:
    """``Span(span_id, start, end, label, attrs)``, built without the frozen dataclass's ``__init__``.

    That ``__init__`` sets each field through ``object.__setattr__``, about twice the cost of filling the
    instance dict directly, for the ~40 spans and relations of every document. The object is the same (a
    plain dataclass instance dict; :func:`_check_builders` guards against a change of the model that would
    make it differ).
    """
    span = _new(Span)
    fields = span.__dict__
    fields["id"] = span_id
    fields["start"] = start
    fields["end"] = end
    fields["label"] = label
    fields["attrs"] = attrs
    return span


def _relation(head: str, tail: str, label: str) -> Relation:
    """``Relation(head, tail, label)``, built as :func:`_span` builds a span."""
    rel = _new(Relation)
    fields = rel.__dict__
    fields["head"] = head
    fields["tail"] = tail
    fields["label"] = label
    return rel


def _check_builders() -> None:
    """Fall back to the real constructors if the model ever gains slots, a ``__post_init__`` or other fields."""
    global _span, _relation
    ok = all(
        dataclasses.is_dataclass(cls) and not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")
        for cls in (Span, Relation)
    ) and _span("T1", 0, 1, "QUOTE", {"kind": "direct"}) == Span("T1", 0, 1, "QUOTE", {"kind": "direct"}) \
        and [f.name for f in dataclasses.fields(Span)] == ["id", "start", "end", "label", "attrs"] \
        and _relation("T1", "T2", "said_by") == Relation("T1", "T2", "said_by") \
        and [f.name for f in dataclasses.fields(Relation)] == ["head", "tail", "label"]
    if not ok:
        _span, _relation = Span, Relation  # type: ignore[assignment]


_check_builders()

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
    if "R-" in text or "D-" in text:  # every tag holds one: the tag regex tests most characters of a text
        _party_state_tags(text, people, lex)
    quoted = sents.quoted
    outside = [p for p in people.persons if not quoted.overlaps(p.start, p.end)] if segments else list(people.persons)
    extra: list[Person] = []
    quotes = find_quotes(text, segments, outside, sents, lex, extra, verbs)

    # Every candidate as (rank, start, -end, n, label, attrs, source object). When two candidates overlap, the
    # one with the lower rank stays: QUOTE 0, PARTY 1, SPEAKER 2, EVENT 3. Sorting these tuples orders them by
    # rank, then position (n, the order of arrival, breaks ties as a stable sort would).
    cands: list[tuple[int, int, int, int, str, dict[str, str], object]] = []
    for q in quotes:
        cands.append((0, q.start, -q.end, len(cands), "QUOTE", {"kind": q.kind}, q))
    for party in people.parties:
        cands.append((1, party.start, -party.end, len(cands), "PARTY", {"canonical": party.canonical}, party))
    persons = people.persons  # sorted by start (find_people)
    if extra:
        known = {p.start for p in persons}
        persons = sorted(persons + [p for p in extra if p.start not in known], key=attrgetter("start"))
    refine_canonicals(text, persons, lex)
    resolve_pronouns(persons)
    # A pronoun is a SPEAKER only as the speaker of a quote ("She said: …"), not in "She posted a video".
    speaking = {id(q.speaker) for q in quotes}
    for person in persons:
        if person.kind == "pronoun" and id(person) not in speaking:
            continue
        attrs = {"canonical": person.canonical} if person.canonical else {}
        cands.append((2, person.start, -person.end, len(cands), "SPEAKER", attrs, person))
    party_starts = [p.start for p in people.parties]  # in text order already (the scan's order)
    for event in find_events(text, lex, party_starts, sents.starts, event_spans):
        cands.append((3, event.start, -event.end, len(cands), "EVENT", {"type": event.type}, event))

    kept, starts = _without_overlaps(cands)
    ids: dict[int, str] = {}
    spans: list[Span] = []
    events: list[int] = []  # indices of the EVENT spans
    for span_id, (rank, s, neg_e, _, label, attrs, obj) in zip(_span_ids(len(kept)), kept, strict=False):
        ids[id(obj)] = span_id
        if rank == 3:
            events.append(len(spans))
        spans.append(_span(span_id, s, -neg_e, label, attrs))

    relations: list[Relation] = []
    for q in quotes:
        if q.speaker is not None and id(q) in ids and id(q.speaker) in ids:
            relations.append(_relation(ids[id(q)], ids[id(q.speaker)], "said_by"))
    seen: set[tuple[str, str]] = set()
    for person, party in people.member_of:
        pair = (ids.get(id(person), ""), ids.get(id(party), ""))
        if all(pair) and pair not in seen:
            seen.add(pair)
            relations.append(_relation(pair[0], pair[1], "member_of"))
    if events:
        for k in events:
            lo, hi = sents.bounds(starts[k])
            event_id = spans[k].id
            for j in range(bisect_left(starts, lo), bisect_left(starts, hi)):
                if kept[j][0] == 1 or kept[j][0] == 2:  # PARTY or SPEAKER
                    relations.append(_relation(event_id, spans[j].id, "participant"))
    return tuple(spans), tuple(relations)


# US party-state tags after a name: "Rep. Frank Delgado, R-Neb.,", "Sen. Ann Ruiz (D-N.M.)".
_PARTY_TAG_RE: Final = re.compile(r"(?:,[ \t]|[ \t]\()([RD])-[A-Z][A-Za-z.]{1,5}(?=[,;)\s])")
_TAG_ALIAS: Final = {"R": "Republican", "D": "Democrat"}


def _party_state_tags(text: str, people: People, lex: Lexicon) -> None:
    """Add the party letter of a party-state tag right after a person's name as a PARTY, with ``member_of``."""
    ends = {p.end: p for p in people.persons if p.kind in ("name", "single")}
    added = False
    for m in _PARTY_TAG_RE.finditer(text):
        person = ends.get(m.start())
        canonical = lex.parties.get(_TAG_ALIAS[m.group(1)])
        if person is not None and canonical:
            party = Party(m.start(1), m.end(1), canonical)
            people.parties.append(party)
            people.member_of.append((person, party))
            added = True
    if added:
        people.parties.sort(key=attrgetter("start"))


_SPAN_IDS: Final[list[str]] = []


def _span_ids(n: int) -> list[str]:
    """At least ``n`` span ids in order: "T1", "T2", … (made once, not formatted again for every document)."""
    while len(_SPAN_IDS) < n:
        _SPAN_IDS.append(f"T{len(_SPAN_IDS) + 1}")
    return _SPAN_IDS


def _without_overlaps(
    cands: list[tuple[int, int, int, int, str, dict[str, str], object]],
) -> tuple[list[tuple[int, int, int, int, str, dict[str, str], object]], list[int]]:
    """Keep candidates by rank (then position), dropping any that overlaps one already kept; text order.
    Returned with the starts of the kept ones.

    The kept ones never overlap, so in order of start they are in order of end too: a candidate overlaps one
    of them exactly when it overlaps the last kept one starting at or before it, or the next one.
    """
    kept: list[tuple[int, int, int, int, str, dict[str, str], object]] = []
    starts: list[int] = []
    ends: list[int] = []
    for cand in sorted(cands):
        s, e = cand[1], -cand[2]
        i = bisect_right(starts, s)
        if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        kept.insert(i, cand)
    return kept, starts
