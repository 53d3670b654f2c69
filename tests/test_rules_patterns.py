"""The rules extractor on the harder patterns of varied political news, one worked example per pattern.

Every text here is written for the test (none is taken from the gold); offsets are built from ``len("...")``.
"""

from __future__ import annotations

import pytest
from rules_helpers import labelled, pairs, run, texts

from schemas import Document

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
    assert labelled(run(text), "PARTY") == [(start, start + len(alias), {"canonical": canonical})]


# --- QUOTE: reported speech without "that", verbs that take an object, split clauses, anonymous sources ---

def quotes(doc: Document) -> list[tuple[str, str, str | None]]:
    """(text, kind, speaker text) of every QUOTE."""
    by_id = doc.span_by_id()
    said = {r.head: by_id[r.tail] for r in doc.relations if r.label == "said_by"}
    return [(s.text_in(doc.text), s.attrs["kind"], said[s.id].text_in(doc.text) if s.id in said else None)
            for s in doc.spans if s.label == "QUOTE"]


@pytest.mark.parametrize(
    ("text", "prefix", "clause", "kind"),
    [
        # a name as the subject of the reported clause, no "that"
        ('Mr Kerr, a Green, said Labour was “out of ideas”.', "Mr Kerr, a Green, said ",
         "Labour was “out of ideas”", "mixed"),
        # a bare plural noun as the subject
        ("Mr Kerr said councillors had been ignored.", "Mr Kerr said ", "councillors had been ignored", "indirect"),
        # "that" after an adverbial of several words
        ("Mr Kerr explained at a hustings in Perth that the plan had failed.",
         "Mr Kerr explained at a hustings in Perth that ", "the plan had failed", "indirect"),
        # a past-tense verb right after a short subject
        ("Mr Kerr said the vote changed little.", "Mr Kerr said ", "the vote changed little", "indirect"),
        # "told" + addressee + pronoun subject: the addressee stays out
        ("Mr Kerr told the Herald he would “think again”.", "Mr Kerr told the Herald ",
         "he would “think again”", "mixed"),
    ],
)
def test_reported_clause_without_that_or_after_an_adverbial(text: str, prefix: str, clause: str, kind: str) -> None:
    doc = run(text)
    start = len(prefix)
    assert (start, start + len(clause), {"kind": kind}) in labelled(doc, "QUOTE")
    assert quotes(doc)[0][2] == "Mr Kerr"


@pytest.mark.parametrize(
    ("text", "prefix", "fragment"),
    [
        ("Ms Lyle attacked the “cruel” cuts to bus routes.", "Ms Lyle attacked the “", "cruel"),
        ('Ms Lyle called the budget "a shambles" on Monday.', 'Ms Lyle called the budget "', "a shambles"),
        ('Ms Lyle dismissed the report as "a fantasy".', 'Ms Lyle dismissed the report as "', "a fantasy"),
        ('Ms Lyle thanked voters for "sticking with us".', 'Ms Lyle thanked voters for "', "sticking with us"),
    ],
)
def test_verb_with_an_object_gives_a_partial_quote_not_a_clause(text: str, prefix: str, fragment: str) -> None:
    doc = run(text)
    start = len(prefix)
    assert labelled(doc, "QUOTE") == [(start, start + len(fragment), {"kind": "direct"})]
    assert pairs(doc, "said_by") == [(fragment, "Ms Lyle")]


def test_object_of_a_verb_that_takes_an_object_is_not_the_speaker() -> None:
    text = 'The motion accuses Mr Hale of "betraying the members".'
    assert quotes(run(text)) == [("betraying the members", "direct", None)]


def test_and_that_starts_a_second_reported_clause() -> None:
    text = "Ms Lyle said that the bill was “dead” and that ministers would try again."
    first, second = len("Ms Lyle said that "), len("Ms Lyle said that the bill was “dead” and that ")
    doc = run(text)
    assert labelled(doc, "QUOTE") == [
        (first, first + len("the bill was “dead”"), {"kind": "mixed"}),
        (second, second + len("ministers would try again"), {"kind": "indirect"}),
    ]
    assert [who for _, _, who in quotes(doc)] == ["Ms Lyle", "Ms Lyle"]


def test_but_and_a_second_speech_verb_end_the_clause() -> None:
    text = "Ms Lyle said members were angry but insisted that the party was united."
    assert [q for q, _, _ in quotes(run(text))] == ["members were angry", "the party was united"]


def test_colon_before_quoted_words_ends_the_clause() -> None:
    text = 'Ms Lyle said the count was over: "We lost."'
    assert quotes(run(text)) == [("the count was over", "indirect", "Ms Lyle"), ("We lost.", "direct", "Ms Lyle")]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("According to a party insider, two ministers are wavering.", "two ministers are wavering"),
        ("Turnout was 38%, according to the county returning officer.", "Turnout was 38%"),
    ],
)
def test_according_to_a_source_that_is_not_a_person(text: str, clause: str) -> None:
    assert quotes(run(text)) == [(clause, "indirect", None)]


@pytest.mark.parametrize(
    "text",
    [
        "In a short post on Friday the party confirmed nothing.",  # "post" is a noun
        "The state party's board met on Friday, 20 to 3.",  # "state" is a noun
        "Social media posts mocking disabled voters were deleted.",  # "posts" is a noun
        "State senator Ann Lowe has defected to the Greens.",  # a capitalised "State" starts no clause
        "Ms Lyle told the chamber later that afternoon: no.",  # "that afternoon" is no complementiser
    ],
)
def test_noun_uses_of_speech_verbs_start_no_reported_clause(text: str) -> None:
    assert labelled(run(text), "QUOTE") == []


def test_quote_after_a_paragraph_ending_with_a_colon() -> None:
    text = "Mr Hale posted his letter. In it he wrote:\n\n“I am leaving.\n\n“It is time.”"
    doc = run(text)
    assert quotes(doc) == [("I am leaving.", "direct", "he"), ("It is time.", "direct", "he")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are ready,” the party chair, Ms Lyle, said.", "Ms Lyle"),
        ("“We are ready,” said Labour’s Ms Lyle.", "Ms Lyle"),
        ("“We are ready,” the President said.", "President"),
    ],
)
def test_attribution_after_the_quote_with_a_role(text: str, speaker: str) -> None:
    assert quotes(run(text)) == [("We are ready,", "direct", speaker)]


def test_double_quoted_words_inside_a_single_quoted_quote_belong_to_it() -> None:
    text = "Ms Lyle told the rally: ‘They said it was “the last chance”. It was not.’"
    start = len("Ms Lyle told the rally: ‘")
    body = "They said it was “the last chance”. It was not."
    doc = run(text)
    assert labelled(doc, "QUOTE") == [(start, start + len(body), {"kind": "direct"})]
    assert pairs(doc, "said_by") == [(body, "Ms Lyle")]


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” said a council spokesperson. “The roads are open.”",
        "“We are ready,” Okwu told supporters. “The roads are open.”",
    ],
)
def test_attribution_after_the_quote_to_no_known_person_still_makes_quotes(text: str) -> None:
    assert [q for q, _, _ in quotes(run(text))] == ["We are ready,", "The roads are open."]


# --- SPEAKER and member_of: role in apposition, party noun before a name, "leader of", Irish names ---

@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("The Plaid leader, Rhian Owain, spoke.", "Rhian Owain", "Plaid"),  # role, comma, name
        ("Plaid’s rural affairs spokesperson, Rhian Owain, spoke.", "Rhian Owain", "Plaid"),
        ("Voters backed Democrat Rhian Owain on Tuesday.", "Rhian Owain", "Democrat"),  # party noun before
        ("Rhian Owain, also a Republican, spoke.", "Rhian Owain", "Republican"),
        ("Ruth Owain has quit as leader of the Greens.", "Ruth Owain", "Greens"),  # known first name
        ("Fine Gael TD Róisín Ó Ceallaigh spoke.", "Róisín Ó Ceallaigh", "Fine Gael"),  # Irish particle
        ("Labour Senedd member Rhian Owain spoke.", "Rhian Owain", "Labour"),
    ],
)
def test_person_and_membership_cues(text: str, person: str, party: str) -> None:
    doc = run(text)
    assert person in texts(doc, "SPEAKER")
    assert (person, party) in pairs(doc, "member_of")


@pytest.mark.parametrize(
    "text",
    [
        "Seven MPs quit Labour. Senator Rhian Owain stayed.",  # another sentence
        "Among those resigning from Labour was Cardiff MP Rhian Owain.",  # a verb between party and role
        "Owain moves to the Greens\n\nCouncillor Rhian Owain spoke.",  # another paragraph
    ],
)
def test_no_membership_across_sentences_or_verbs(text: str) -> None:
    assert pairs(run(text), "member_of") == []


def test_title_before_a_name_in_apposition_is_a_role_not_a_speaker() -> None:
    text = "The Taoiseach, Ciarán Walsh, said he would wait."
    doc = run(text)
    assert texts(doc, "SPEAKER") == ["Ciarán Walsh"]


# --- EVENT: censure; quitting an office; forming a caucus; winning seats ---

@pytest.mark.parametrize(
    ("text", "prefix", "trigger", "type_"),
    [
        ("The board voted to censure Ms Lyle.", "The board voted to ", "censure", "other"),
        ("Ms Lyle has quit the shadow cabinet.", "Ms Lyle has ", "quit", "resignation"),
        ("Five members formed a new caucus.", "Five members ", "formed", "formation"),
        ("The Greens won two council seats.", "The Greens ", "won", "election"),
    ],
)
def test_event_triggers_with_their_objects(text: str, prefix: str, trigger: str, type_: str) -> None:
    start = len(prefix)
    assert (start, start + len(trigger), {"type": type_}) in labelled(run(text), "EVENT")


def test_according_to_a_persons_office_has_no_said_by() -> None:
    text = "Mr Hale will stand again, according to Mr Hale's office."
    assert quotes(run(text)) == [("Mr Hale will stand again", "indirect", None)]


# --- SPEAKER and member_of: names introduced by a role after them, a party in apposition, a role held somewhere ---

@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Two councillors, Orla Brady, of the SDLP, and Kieran Dunne, of the Alliance Party, met them.",
         "Kieran Dunne", "Alliance Party"),  # the second name of a list with parties in apposition
        ("Councillor Orla Brady, of the DUP, met them.", "Orla Brady", "DUP"),
        ("The SDLP's group leader on the council, Orla Brady, met them.", "Orla Brady", "SDLP"),
        ("The Greens’ transport spokesperson, Orla Brady, met them.", "Orla Brady", "Greens"),  # plural possessive
        ("Senator Tom Barnes spoke. Barnes, a Republican, voted no.", "Barnes", "Republican"),  # a surname alone
    ],
)
def test_membership_in_apposition(text: str, person: str, party: str) -> None:
    doc = run(text)
    assert person in texts(doc, "SPEAKER")
    assert (person, party) in pairs(doc, "member_of")


@pytest.mark.parametrize(
    ("text", "prefix", "person"),
    [
        ("Bronwen Tally, a councillor from Leeds, chairs the group.", "", "Bronwen Tally"),
        ("Her rival, Bronwen Tally, has not conceded.", "Her rival, ", "Bronwen Tally"),
        ("Mr Ode sat down. Rep. Bronwen Tally rose.", "Mr Ode sat down. Rep. ", "Bronwen Tally"),  # role, not title
    ],
)
def test_person_named_by_a_role_around_the_name(text: str, prefix: str, person: str) -> None:
    start = len(prefix)
    assert (start, start + len(person)) in [(s, e) for s, e, _ in labelled(run(text), "SPEAKER")]


# --- QUOTE: house styles (US full stop inside the marks, tabloid verbs, chants, Q&A transcripts) ---

@pytest.mark.parametrize(
    ("text", "prefix", "clause"),
    [
        # US style: the full stop inside the closing mark ends the sentence and the reported clause
        ('Ms Ruiz wrote that the audit was "a distraction." House leaders met later.', "Ms Ruiz wrote that ",
         'the audit was "a distraction."'),
        ("Ms Ruiz said the bill would “save money.” Gov. Tom Hale signed it.", "Ms Ruiz said ",
         "the bill would “save money.”"),
        ("Ms Ruiz told reporters the talks had 'hit a wall.' Mr Hale replied later.", "Ms Ruiz told reporters ",
         "the talks had 'hit a wall.'"),
    ],
)
def test_full_stop_inside_the_closing_mark_ends_the_reported_clause(text: str, prefix: str, clause: str) -> None:
    doc = run(text)
    start = len(prefix)
    assert labelled(doc, "QUOTE") == [(start, start + len(clause), {"kind": "mixed"})]
    assert pairs(doc, "said_by") == [(clause, "Ms Ruiz")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a comma belongs to the main sentence
        ("Ms Ruiz announced that she would run for governor, setting up a primary against Mr Hale.",
         [("she would run for governor", "indirect", "Ms Ruiz")]),
        # ... but "including" goes on with the reported clause
        ("Ms Ruiz said the cuts would close services, including two libraries.",
         [("the cuts would close services, including two libraries", "indirect", "Ms Ruiz")]),
        # a new subject with a speech verb of its own starts a clause of its own
        ('Ms Ruiz said the result was "a relief", but she admitted that turnout was low.',
         [('the result was "a relief"', "mixed", "Ms Ruiz"), ("turnout was low", "indirect", "she")]),
        ("A backbencher says the plan is ‘a betrayal’ as Tom Hale insists: ‘I will not back down.’",
         [("the plan is ‘a betrayal’", "mixed", None), ("I will not back down.", "direct", "Tom Hale")]),
    ],
)
def test_reported_clause_stops_where_the_main_sentence_goes_on(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert quotes(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both quotation styles in one paragraph
        ("Ms Ruiz said the plan was “honest”. She added: ‘Someone has to pay.’",
         [("the plan was “honest”", "mixed", "Ms Ruiz"), ("Someone has to pay.", "direct", "She")]),
        # an anonymous source with a relative clause, or "one" alone
        ("‘We were lied to,’ one MP who attended the meeting told the Herald.", [("We were lied to,", "direct", None)]),
        ("“He’ll be fine,” one said.", [("He’ll be fine,", "direct", None)]),
        # a curly apostrophe inside the addressee
        ("Mr Hale told the BBC’s Today programme that he would stay.",
         [("he would stay", "indirect", "Mr Hale")]),
    ],
)
def test_quotes_of_mixed_marks_and_anonymous_sources(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quotes(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "state" before a noun is no speech verb
        ("Eleven Republican state senators walked out of the chamber on Monday.", []),
        # a plural noun between a determiner and "say" is its subject
        ("Her critics say she is too careful.", [("she is too careful", "indirect", None)]),
        # tabloid verbs
        ("Furious campaigners fumed that the trip was “a slap in the face”.",
         [("the trip was “a slap in the face”", "mixed", None)]),
        ("Ms Kendrick raged that the minister was “living on another planet”.",
         [("the minister was “living on another planet”", "mixed", "Ms Kendrick")]),
        ('Protesters marched, chanting "Not one penny more!"', [("Not one penny more!", "direct", None)]),
        ('A pensioners\' group slammed the trip as "a disgrace".', [("a disgrace", "direct", None)]),
        # a counted subject and an irregular past tense
        ("Organisers said more than 2,000 people took part.", [("more than 2,000 people took part", "indirect", None)]),
        ("Mr Hale said the party lost its way in May.", [("the party lost its way in May", "indirect", "Mr Hale")]),
    ],
)
def test_speech_verbs_of_house_styles(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quotes(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech verb in an absolute clause before a comma reports nothing
        ("With most councils declared, the Greens have won control of Bristol.", []),
        # "that" as the subject of the reported clause
        ("She insists that is unfair.", [("that is unfair", "indirect", "She")]),
        # "told" + addressee, then a clause that runs into quoted words
        ('Ms Ruiz told reporters the bill "spends too much."',
         [('the bill "spends too much."', "mixed", "Ms Ruiz")]),
    ],
)
def test_where_a_reported_clause_starts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quotes(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Welsh Government press release issued at 8pm announced that the contract had been suspended.",
         [("the contract had been suspended", "indirect", None)]),
        ('A spokesperson for the Senedd’s own standards committee said it would "consider" the case when it next meets.',
         [('it would "consider" the case when it next meets', "mixed", None)]),
    ],
)
def test_long_subject_opening_its_sentence(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quotes(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive speech verb: its subject is not the speaker
        ('Party chairman Sir Clive Mortlake was said to be "livid".', [("livid", "direct", None)]),
        # a spokeswoman for a person named with a role: the spokeswoman is the source
        ('A spokeswoman for First Minister Kenneth Mowat said he "fully agreed" with his deputy.',
         [('he "fully agreed" with his deputy', "mixed", None)]),
    ],
)
def test_subject_that_is_not_the_speaker(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quotes(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Pensioners\' campaign group Silver Voices slammed the trip as "a disgrace".',
        "The pollster Opinion Metrics said Labour led by four points.",
    ],
)
def test_organisation_named_after_its_noun_is_no_speaker(text: str) -> None:
    doc = run(text)
    assert texts(doc, "SPEAKER") == []
    assert pairs(doc, "said_by") == []


@pytest.mark.parametrize(
    ("text", "prefix", "letter", "person", "canonical"),
    [
        ('"It is a start," said Rep. Frank Delgado, R-Neb., the chairman.', '"It is a start," said Rep. Frank Delgado, ',
         "R", "Frank Delgado", "Republican Party"),
        ("Sen. Ann Ruiz (D-N.M.) voted no.", "Sen. Ann Ruiz (", "D", "Ann Ruiz", "Democratic Party"),
    ],
)
def test_party_state_tag_after_a_name(text: str, prefix: str, letter: str, person: str, canonical: str) -> None:
    doc = run(text)
    start = len(prefix)
    assert (start, start + len(letter), {"canonical": canonical}) in labelled(doc, "PARTY")
    assert (person, letter) in pairs(doc, "member_of")


def test_a_letter_and_hyphen_without_a_name_before_is_no_party() -> None:
    assert labelled(run("The vote, R-12 in the ledger, was close."), "PARTY") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject before its relative clause, not the person named inside it
        ("Mike Brandt, who had been endorsed by Gov. Lisa Chen and most of the delegation, said he had called Ms "
         "Torres.", [("he had called Ms Torres", "indirect", "Mike Brandt")]),
        # a spokesperson for a title used as a name
        ('A spokesperson for the First Minister said the government would "reach out".',
         [('the government would "reach out"', "mixed", None)]),
        # an organisation in apposition after its noun
        ("The pollster, Opinion Metrics, said the gap was the widest since 2022.",
         [("the gap was the widest since 2022", "indirect", None)]),
        # a number with a decimal point inside a clause that runs into quoted words
        ("He said the state’s $3.1 billion surplus meant there was “no excuse left.”",
         [("the state’s $3.1 billion surplus meant there was “no excuse left.”", "mixed", "He")]),
        # a participle after a comma takes the subject of the sentence, however far it is
        ("Veteran MSP Isobel Drummond has announced she will step down at the next election after 22 years "
         "representing Dundee East, saying she wants more time with her son.",
         [("she will step down at the next election after 22 years representing Dundee East", "indirect",
           "Isobel Drummond"), ("she wants more time with her son", "indirect", "Isobel Drummond")]),
    ],
)
def test_subject_across_relative_clauses_appositions_and_participles(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert quotes(run(text)) == expected
