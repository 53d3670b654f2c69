"""The rules extractor on quotes: one worked example per pattern, offsets built from ``len("...")``."""

from __future__ import annotations

import pytest
from rules_helpers import labelled, pairs, run, texts

from schemas import Document


def quotes(doc: Document) -> list[tuple[int, int, str, str | None]]:
    """(start, end, kind, speaker text) of every QUOTE."""
    by_id = doc.span_by_id()
    said = {r.head: by_id[r.tail] for r in doc.relations if r.label == "said_by"}
    out = []
    for s in doc.spans:
        if s.label == "QUOTE":
            who = said.get(s.id)
            out.append((s.start, s.end, s.attrs["kind"], who.text_in(doc.text) if who else None))
    return out


def span_at(prefix: str, body: str) -> tuple[int, int]:
    return len(prefix), len(prefix) + len(body)


@pytest.mark.parametrize(
    ("text", "prefix", "body", "speaker"),
    [
        # colon introduction, straight marks
        ('Mr Corbyn said: "We will win."', 'Mr Corbyn said: "', "We will win.", "Mr Corbyn"),
        # curly double marks
        ("Ann Coffey told the BBC: “I am leaving.”", "Ann Coffey told the BBC: “", "I am leaving.", "Ann Coffey"),
        # British single curly marks
        ("Ms Berger said: ‘It is over.’", "Ms Berger said: ‘", "It is over.", "Ms Berger"),
        # British single straight marks, apostrophe inside
        ("Mr Leslie added: 'It's broken.'", "Mr Leslie added: '", "It's broken.", "Mr Leslie"),
        # attribution after the quote, name then verb
        ('"We are leaving," Mr Umunna said.', '"', "We are leaving,", "Mr Umunna"),
        # attribution after the quote, verb then name
        ('"We are leaving," said Mr Umunna.', '"', "We are leaving,", "Mr Umunna"),
        # a verb in another tense, with a role before the name (the role stays out)
        ('Labour MP Stella Creasy has tweeted: "Keep going."', 'Labour MP Stella Creasy has tweeted: "',
         "Keep going.", "Stella Creasy"),
        # partial quote inside a sentence
        ('Mr Gapes warned of "serious damage" to Labour.', 'Mr Gapes warned of "', "serious damage", "Mr Gapes"),
        # verb far from the colon
        ('Mr Corbyn replied, with a slightly irritated tone: "Good morning."',
         'Mr Corbyn replied, with a slightly irritated tone: "', "Good morning.", "Mr Corbyn"),
    ],
)
def test_direct_quote_and_speaker(text: str, prefix: str, body: str, speaker: str) -> None:
    start, end = span_at(prefix, body)
    assert (start, end, "direct", speaker) in quotes(run(text))


def test_quote_broken_by_attribution_gives_two_quotes_with_the_same_speaker() -> None:
    text = '"We tried," she said, "but it failed."'
    doc = run(Document("t", "Ann Coffey spoke.\n\n" + text).text)
    base = len("Ann Coffey spoke.\n\n")
    got = quotes(doc)
    first = (base + len('"'), base + len('"We tried,'), "direct", "she")
    second_start = base + len('"We tried," she said, "')
    second = (second_start, second_start + len("but it failed."), "direct", "she")
    assert got == [first, second]
    pronoun = next(s for s in doc.spans if s.label == "SPEAKER" and s.text_in(doc.text) == "she")
    assert pronoun.attrs["canonical"] == "Ann Coffey"


def test_quote_over_several_paragraphs_links_every_paragraph_to_the_first_mention() -> None:
    p1 = 'Ms Berger said: "This morning we resigned.'
    p2 = '"We share the same values.'
    p3 = '"We will sit as an independent group."'
    text = "\n\n".join([p1, p2, p3])
    got = quotes(run(text))
    s2 = len(p1) + 2 + 1
    s3 = len(p1) + 2 + len(p2) + 2 + 1
    assert got == [
        (len('Ms Berger said: "'), len(p1), "direct", "Ms Berger"),
        (s2, s2 + len("We share the same values."), "direct", "Ms Berger"),
        (s3, s3 + len("We will sit as an independent group."), "direct", "Ms Berger"),
    ]
    doc = run(text)
    speakers = [s for s in doc.spans if s.label == "SPEAKER"]
    assert len(speakers) == 1  # all three link to the one mention of the first paragraph


def test_second_quote_after_the_attribution_sentence_keeps_the_speaker() -> None:
    text = '"Nobody is against it," Mr Kerr said. "We want a fair bill."'
    start = len('"Nobody is against it," Mr Kerr said. "')
    assert (start, start + len("We want a fair bill."), "direct", "Mr Kerr") in quotes(run(text))


@pytest.mark.parametrize(
    "text",
    [
        'The film "Brexit: The Uncivil War" was shown on Monday.',  # a title
        'The so-called "people\'s vote" campaign grew.',  # a scare quote
        "He bought a 'new' car.",  # single scare quote
    ],
)
def test_titles_and_scare_quotes_are_not_quotes(text: str) -> None:
    assert quotes(run(text)) == []


def test_indirect_speech_is_the_clause_after_that_without_the_full_stop() -> None:
    text = "Mr Gapes said that the party had lost its way."
    start = len("Mr Gapes said that ")
    assert quotes(run(text)) == [(start, start + len("the party had lost its way"), "indirect", "Mr Gapes")]


def test_indirect_speech_without_that() -> None:
    text = "The Prime Minister said he would fight on."
    start = len("The Prime Minister said ")
    assert quotes(run(text)) == [(start, start + len("he would fight on"), "indirect", "Prime Minister")]


def test_reported_clause_with_a_verbatim_fragment_is_one_mixed_quote() -> None:
    text = 'He continued that it was "increasingly clear" to him.'
    doc = run("Mike Gapes spoke.\n\n" + text)
    base = len("Mike Gapes spoke.\n\n")
    start = base + len("He continued that ")
    assert quotes(doc) == [(start, start + len('it was "increasingly clear" to him'), "mixed", "He")]


def test_indirect_clause_stops_before_a_second_speech_verb() -> None:
    text = 'Nick Ferris insisted that the result was "a protest vote" and said the party would win.'
    start = len("Nick Ferris insisted that ")
    got = quotes(run(text))
    assert got[0] == (start, start + len('the result was "a protest vote"'), "mixed", "Nick Ferris")


@pytest.mark.parametrize(
    ("text", "prefix", "body"),
    [
        ("More than 60,000 people took part, according to organiser Jess Kaur.", "",
         "More than 60,000 people took part"),
        ("According to party chairman Steve Kerr, Mr Toll had not paid his fees.",
         "According to party chairman Steve Kerr, ", "Mr Toll had not paid his fees"),
    ],
)
def test_according_to(text: str, prefix: str, body: str) -> None:
    start, end = span_at(prefix, body)
    got = quotes(run(text))
    assert [(s, e, k) for s, e, k, _ in got] == [(start, end, "indirect")]


def test_quote_by_a_source_that_is_not_a_person_has_no_said_by() -> None:
    text = "A Labour spokesperson said: “The party takes this seriously.”"
    start = len("A Labour spokesperson said: “")
    assert quotes(run(text)) == [(start, start + len("The party takes this seriously."), "direct", None)]


def test_nothing_inside_a_quote_is_annotated() -> None:
    text = 'Mr Corbyn said: "Labour MP Jo Cox resigned from the Labour Party."'
    doc = run(text)
    assert [s.label for s in doc.spans] == ["SPEAKER", "QUOTE"]


def test_a_question_asked_is_not_reported_speech() -> None:
    text = 'When asked by reporters whether he is worried, Mr Corbyn replied: "Good morning."'
    start = len('When asked by reporters whether he is worried, Mr Corbyn replied: "')
    assert quotes(run(text)) == [(start, start + len("Good morning."), "direct", "Mr Corbyn")]


def test_reported_clause_stops_at_a_comma_and_a_speech_verb() -> None:
    text = "Ms Price said the deal would ‘give voters a choice’, adding: ‘We agree.’"
    first = len("Ms Price said ")
    second = len("Ms Price said the deal would ‘give voters a choice’, adding: ‘")
    assert quotes(run(text)) == [
        (first, first + len("the deal would ‘give voters a choice’"), "mixed", "Ms Price"),
        (second, second + len("We agree."), "direct", "Ms Price"),
    ]


def test_reported_clause_running_into_quoted_words_is_mixed() -> None:
    text = 'Ms Hale said the party she joined as a student "no longer exists".'
    start = len("Ms Hale said ")
    body = 'the party she joined as a student "no longer exists"'
    assert quotes(run(text)) == [(start, start + len(body), "mixed", "Ms Hale")]


def test_reported_clause_on_an_indented_line_starts_at_its_first_word() -> None:
    # Found by the hypothesis property test: the clause used to start on the line's leading space.
    text = "  Taxes will rise, according to Mr Hunt."
    start = len("  ")
    assert quotes(run(text)) == [(start, start + len("Taxes will rise"), "indirect", "Mr Hunt")]


# --- said_by on attribution patterns of unseen news text ---

def spoken(doc: Document) -> list[tuple[str, str | None]]:
    """(quote text, speaker text) of every QUOTE, in text order."""
    return [(doc.text[s:e], who) for s, e, _, who in quotes(doc)]


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        # the attribution ends its sentence with a place; the next quote has none of its own
        ('"We will appeal," Mr Ogden said outside the court. "This is not over."',
         "We will appeal,", "This is not over.", "Mr Ogden"),
        # a sentence after the second quote names someone else: it is not the second quote's attribution
        ('"We will appeal," Mr Ogden said. "This is not over." Ms Hart said the ruling was fair.',
         "We will appeal,", "This is not over.", "Mr Ogden"),
        # the next paragraph's attribution belongs to that paragraph
        ('"We will appeal," he said. "This is not over."\n\nMs Hart told reporters the ruling was fair.',
         "We will appeal,", "This is not over.", "he"),
    ],
)
def test_second_quote_after_a_sentence_final_attribution(text: str, first: str, second: str, speaker: str) -> None:
    doc = run("Mr Ogden spoke.\n\n" + text)
    got = dict(spoken(doc))
    assert (got[first], got[second]) == (speaker, speaker)
    start = doc.text.index(second)
    assert (start, start + len(second), "direct", speaker) in quotes(doc)


@pytest.mark.parametrize(
    ("text", "body", "speaker"),
    [
        ('"It is a fair result," said party chair Janet Orme.', "It is a fair result,", "Janet Orme"),
        ('"It is a fair result," said Labour housing spokeswoman Janet Orme.', "It is a fair result,", "Janet Orme"),
        ('"No deal," said Rep. Carl Dunmore, a Republican.', "No deal,", "Carl Dunmore"),
        ('"We need answers," said Bronwen Tally, whose son was hurt.', "We need answers,", "Bronwen Tally"),
        ('"It is," Labour leader Janet Orme said, "a fair result."', "It is,", "Janet Orme"),
    ],
)
def test_role_or_unknown_name_after_the_quote_and_its_verb(text: str, body: str, speaker: str) -> None:
    doc = run(text)
    assert (len('"'), len('"') + len(body), "direct", speaker) in quotes(doc)
    assert speaker in [doc.text[s.start:s.end] for s in doc.spans if s.label == "SPEAKER"]


def test_quote_with_no_attribution_goes_to_the_subject_of_the_sentence_before() -> None:
    text = '"Fine," said Mr Ogden. Ms Hart was unimpressed. "It will not work."'
    start = len('"Fine," said Mr Ogden. Ms Hart was unimpressed. "')
    assert (start, start + len("It will not work."), "direct", "Ms Hart") in quotes(run(text))


def test_quote_paragraph_attributed_by_the_next_paragraph() -> None:
    text = 'Ms Hart spoke first.\n\n"Nobody saw this coming."\n\nThat was the view of Dame Enid Marlow, the former minister.'
    start = len('Ms Hart spoke first.\n\n"')
    assert quotes(run(text)) == [(start, start + len("Nobody saw this coming."), "direct", "Dame Enid Marlow")]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # a newspaper, an office, a spokeswoman and aides are sources that are not person mentions
        ("The row grew after a local newspaper reported that the mayor had resigned.", "the mayor had resigned"),
        ('Mr Ogden\'s office said he had "no comment".', 'he had "no comment"'),
        ("A spokeswoman for Ms Hart said the talks had ended.", "the talks had ended"),
        ("A source close to Ms Hart said she would not resign.", "she would not resign"),
        ("According to Ms Hart's aides, the talks had ended.", "the talks had ended"),
    ],
)
def test_reported_clause_of_a_source_that_only_names_a_person(text: str, clause: str) -> None:
    start = text.index(clause)
    assert quotes(run(text)) == [(start, start + len(clause), "mixed" if '"' in clause else "indirect", None)]


def test_subject_before_a_parenthesis_naming_someone_else_is_the_speaker() -> None:
    text = "Mr Ogden, sitting beside Ms Hart, said the talks had ended."
    start = len("Mr Ogden, sitting beside Ms Hart, said ")
    assert quotes(run(text)) == [(start, start + len("the talks had ended"), "indirect", "Mr Ogden")]


def test_second_speech_verb_of_a_source_keeps_its_source() -> None:
    text = "The council confirmed it had received the complaint and said it would reply."
    first, second = len("The council confirmed "), len("The council confirmed it had received the complaint and said ")
    assert quotes(run(text)) == [
        (first, first + len("it had received the complaint"), "indirect", None),
        (second, second + len("it would reply"), "indirect", None),
    ]


def test_reported_clause_with_a_long_subject() -> None:
    text = "Ms Hart said people from every part of the town had signed."
    start = len("Ms Hart said ")
    assert quotes(run(text)) == [(start, start + len("people from every part of the town had signed"), "indirect",
                                  "Ms Hart")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to" starts no reported clause of its own ("a summary released by …")
        ("Crime rose by a tenth, according to a summary released by Ms Hart's office.",
         [("Crime rose by a tenth", None)]),
        ("Ohio's state board voted to certify the count.", []),  # "state" after a possessive is a noun
        ("Party denies spending claims\n\nThe party was fined by the regulator on Monday.", []),  # not across lines
    ],
)
def test_no_reported_clause_of_its_own(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert spoken(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Enough," the former minister said.', None),  # a description, no person mention: a QUOTE, no said_by
        ('"Enough," one minister told the Guardian.', None),
        ('"Enough," said the Labour leader, Sir Tom Vance.', "Sir Tom Vance"),  # role and comma after the verb
    ],
)
def test_attribution_after_the_quote_to_a_description_or_a_role_in_apposition(text: str, speaker: str | None) -> None:
    assert quotes(run(text)) == [(len('"'), len('"Enough,'), "direct", speaker)]


@pytest.mark.parametrize(
    ("text", "prefix", "quote"),
    [
        ('He said: "‘a"', 'He said: "‘', "a"),  # a stray opening mark at the start is no part of the quote
        ("He said: “‘Stay,’ they told me.”", "He said: “‘", "Stay,’ they told me."),
    ],
)
def test_direct_quote_never_starts_with_an_opening_mark(text: str, prefix: str, quote: str) -> None:
    start = len(prefix)
    assert (start, start + len(quote), {"kind": "direct"}) in labelled(run(text), "QUOTE")


def test_quoted_marks_alone_are_no_quote() -> None:
    assert labelled(run('According to "‘'), "QUOTE") == []


# --- Quotes given by the layout: interview transcripts, headlines, a speech after the paragraph introducing it ---

def test_transcript_turns_are_direct_quotes_of_their_labels() -> None:
    text = ("Interview by Callum Reid\n\nSNP deputy leader Mairi Dunbar met us in Leith.\n\n"
            "Reid: Would you stand for leader?\n\nDunbar: No. And I'd like that written down.\n\n"
            "Reid: You said last year that it was \"a matter for this parliament\". Is it still?\n\n"
            "Dunbar: It is.")
    doc = run(text)
    assert pairs(doc, "said_by") == [
        ("Would you stand for leader?", "Reid"),
        ("No. And I'd like that written down.", "Dunbar"),
        ('You said last year that it was "a matter for this parliament". Is it still?', "Reid"),
        ("It is.", "Dunbar"),
    ]
    start = text.index("Reid: Would") + len("Reid: ")
    assert (start, start + len("Would you stand for leader?"), {"kind": "direct"}) in labelled(doc, "QUOTE")


def test_a_single_heading_with_a_colon_is_no_transcript_turn() -> None:
    assert labelled(run("Kent: Conservatives lose control\n\nTom Hale lost his seat."), "QUOTE") == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a headline quote, a colon, its source
        ("‘We were lied to’: Tory MPs turn on the Chancellor\n\nMPs met on Monday.", "We were lied to", None),
        ("‘I will not back down’: Tom Hale defends his budget\n\nHe spoke on Monday.", "I will not back down",
         "Tom Hale"),
    ],
)
def test_headline_quote_before_a_colon_and_its_source(text: str, quote: str, speaker: str | None) -> None:
    doc = run(text)
    start = len("‘")
    assert (start, start + len(quote), {"kind": "direct"}) in labelled(doc, "QUOTE")
    assert pairs(doc, "said_by") == ([(quote, speaker)] if speaker else [])


def test_speech_over_paragraphs_after_the_paragraph_that_introduces_it() -> None:
    text = ("Renata Kowalczyk launched her campaign on Saturday.\n\nShe spoke for 22 minutes without notes.\n\n"
            "“My father worked in this building.\n\n“I am running because this valley still builds things.”")
    doc = run(text)
    assert pairs(doc, "said_by") == [("My father worked in this building.", "She"),
                                     ("I am running because this valley still builds things.", "She")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("EXCLUSIVE by Gemma Rudd, Political Editor\n\nThe minister quit.", "Gemma Rudd"),  # a byline
        ("Dot Higgins, 78, from Barnsley, is cold.", "Dot Higgins"),  # an age in apposition
        ("Claire Wetherby, who chairs the committee, said the plan was fair.", "Claire Wetherby"),
        ("Associated Press writer Lena Ostrowski contributed to this report.", "Lena Ostrowski"),  # a role
    ],
)
def test_person_named_by_byline_age_relative_clause_or_role(text: str, person: str) -> None:
    start = text.index(person)
    assert (start, start + len(person)) in [(s, e) for s, e, _ in labelled(run(text), "SPEAKER")]


def test_a_place_before_a_relative_clause_is_no_person() -> None:
    text = "State representative Luis Carmona of San Antonio, who will chair the group, said it was overdue."
    assert texts(run(text), "SPEAKER") == ["Luis Carmona"]
