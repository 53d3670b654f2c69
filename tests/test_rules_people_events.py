"""The rules extractor on SPEAKER, PARTY, EVENT spans and member_of / participant, offsets from ``len()``."""

from __future__ import annotations

from pathlib import Path

import pytest
from rules_helpers import labelled, pairs, run, texts

from annotation.extractors import ExtractorError, get_extractor


@pytest.mark.parametrize(
    ("text", "prefix", "alias", "canonical"),
    [
        ("He joined the Tories in 2010.", "He joined the ", "Tories", "Conservative Party"),
        ("LABOUR MPs met.", "", "LABOUR", "Labour Party"),
        ("The Lib Dems won.", "The ", "Lib Dems", "Liberal Democrats"),
        ("She left the Labour Party.", "She left the ", "Labour Party", "Labour Party"),
        ("Sinn Féin said no.", "", "Sinn Féin", "Sinn Féin"),
        ("The GOP lost.", "The ", "GOP", "Republican Party"),
    ],
)
def test_party_aliases_and_canonical_names(text: str, prefix: str, alias: str, canonical: str) -> None:
    start = len(prefix)
    assert (start, start + len(alias), {"canonical": canonical}) in labelled(run(text), "PARTY")


def test_lower_case_labour_is_not_a_party() -> None:
    assert labelled(run("The labour market is tight."), "PARTY") == []


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Labour MP Stella Creasy tweeted.", "Stella Creasy", "Labour"),
        ("Former Ukip leader Nigel Farage spoke.", "Nigel Farage", "Ukip"),
        ("Mike Wood, the Conservative MP, spoke.", "Mike Wood", "Conservative"),
        ("Labour's Emily Thornberry spoke.", "Emily Thornberry", "Labour"),
    ],
)
def test_member_of_patterns(text: str, person: str, party: str) -> None:
    assert (person, party) in pairs(run(text), "member_of")


def test_member_of_for_every_name_of_a_list_after_a_plural_role() -> None:
    text = "LABOUR MPs Luciana Berger, Chris Leslie and Ann Coffey resigned."
    doc = run(text)
    assert pairs(doc, "member_of") == [
        ("Luciana Berger", "LABOUR"), ("Chris Leslie", "LABOUR"), ("Ann Coffey", "LABOUR")
    ]
    start = len("LABOUR MPs Luciana Berger, ")
    assert (start, start + len("Chris Leslie"), {"canonical": "Chris Leslie"}) in labelled(doc, "SPEAKER")


def test_place_before_a_role_is_not_a_person() -> None:
    text = "Ilford South MP Mike Gapes tweeted."
    start = len("Ilford South MP ")
    assert labelled(run(text), "SPEAKER") == [(start, start + len("Mike Gapes"), {"canonical": "Mike Gapes"})]


def test_canonical_is_the_full_name_first_given() -> None:
    text = "Mike Gapes resigned.\n\nMr Gapes said: \"I am sickened.\""
    start = len("Mike Gapes resigned.\n\n")
    assert (start, start + len("Mr Gapes"), {"canonical": "Mike Gapes"}) in labelled(run(text), "SPEAKER")


def test_pronoun_resolves_to_the_nearest_compatible_person() -> None:
    text = 'Mr Corbyn met Ann Coffey.\n\nHe said: "No."'
    start = len("Mr Corbyn met Ann Coffey.\n\n")
    assert (start, start + 2, {"canonical": "Mr Corbyn"}) in labelled(run(text), "SPEAKER")


def test_title_used_as_a_name_without_the() -> None:
    # The document names no holder: the canonical attribute is left out (GUIDELINES 4).
    text = "The Prime Minister replied: “I am sorry.”"
    start = len("The ")
    assert labelled(run(text), "SPEAKER") == [(start, start + len("Prime Minister"), {})]


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        # a title used as a name takes its holder's name, given after the title elsewhere in the text
        ("The First Minister, Moira Strachan, visited Govan.\n\nThe First Minister said it was a good day.",
         "First Minister said", "Moira Strachan"),
        # title and surname, or Sir and given name, take the full name written elsewhere
        ("Morag Lindsay won.\n\nMs Lindsay, 44, told reporters she was delighted.", "Ms Lindsay,", "Morag Lindsay"),
        ("Sir Anthony Mallory spoke first.\n\n“Never,” Sir Anthony said.", "Sir Anthony said", "Anthony Mallory"),
    ],
)
def test_canonical_name_from_elsewhere_in_the_text(text: str, mention: str, canonical: str) -> None:
    start = text.index(mention)
    speakers = {(s, e): attrs for s, e, attrs in labelled(run(text), "SPEAKER")}
    surface = mention.split(" said")[0].rstrip(",")
    assert speakers[(start, start + len(surface))] == {"canonical": canonical}


@pytest.mark.parametrize(
    ("text", "prefix", "trigger", "type_"),
    [
        ("Seven MPs resigned from Labour.", "Seven MPs ", "resigned", "resignation"),
        ("Their resignations shocked Labour.", "Their ", "resignations", "resignation"),
        ("The governor will step down in June.", "The governor will ", "step down", "resignation"),
        ("Mr Wood defected to the Lib Dems.", "Mr Wood ", "defected", "defection"),
        ("She left the Labour Party.", "She ", "left", "defection"),
        ("Farage launched the Brexit Party.", "Farage ", "launched", "formation"),
        ("The SNP elected a new leader.", "The SNP ", "elected", "election"),
        ("Ms Menon was appointed as chancellor.", "Ms Menon was ", "appointed", "appointment"),
        ("MPs will vote on Tuesday.", "MPs will ", "vote", "vote"),
        ("Thousands joined the march.", "Thousands joined the ", "march", "protest"),
    ],
)
def test_event_triggers(text: str, prefix: str, trigger: str, type_: str) -> None:
    start = len(prefix)
    assert (start, start + len(trigger), {"type": type_}) in labelled(run(text), "EVENT")


@pytest.mark.parametrize(
    "text",
    ["Jeremy Corbyn left his home at 8am.", "In March the weather was mild.", "They found a way."],
)
def test_words_that_are_not_events_here(text: str) -> None:
    assert labelled(run(text), "EVENT") == []


def test_participant_links_the_event_to_speakers_and_parties_of_its_sentence() -> None:
    doc = run("Labour MP Ann Coffey resigned from the Labour Party. Mr Corbyn stayed.")
    assert sorted(pairs(doc, "participant")) == [
        ("resigned", "Ann Coffey"), ("resigned", "Labour"), ("resigned", "Labour Party")
    ]


def test_word_lists_can_be_extended_from_a_folder(tmp_path: Path) -> None:
    (tmp_path / "parties.tsv").write_text("Pirate Party\tPirate Party\tDE\n", encoding="utf-8")
    (tmp_path / "events.tsv").write_text("protest\t-\tsit-in sit-ins\n", encoding="utf-8")
    doc = run("The Pirate Party staged a sit-in.", data_dir=str(tmp_path))
    assert [(s.label, s.text_in(doc.text)) for s in doc.spans] == [("PARTY", "Pirate Party"), ("EVENT", "sit-in")]


def test_bad_word_list_line_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "events.tsv").write_text("# comment\nriot\t-\triot\n", encoding="utf-8")
    with pytest.raises(ExtractorError) as err:
        get_extractor("rules", data_dir=str(tmp_path))
    assert str(err.value).startswith(f"{tmp_path / 'events.tsv'}:2: expected 'type<TAB>needs<TAB>forms'")


def test_unknown_option_is_an_error() -> None:
    with pytest.raises(ExtractorError, match="the rules extractor takes no option model"):
        get_extractor("rules", model="some/dir")


def test_possessive_surname_is_a_mention() -> None:
    text = "Tom Delaney resigned.\n\nDelaney’s resignation surprised Ohio."
    start = len("Tom Delaney resigned.\n\n")
    assert (start, start + len("Delaney"), {"canonical": "Tom Delaney"}) in labelled(run(text), "SPEAKER")


def test_title_naming_the_office_is_not_a_person() -> None:
    assert labelled(run("Ms Lindsay is expected to become First Minister on Tuesday."), "SPEAKER") == [
        (0, len("Ms Lindsay"), {"canonical": "Ms Lindsay"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The county election board met on Monday.",  # an institution, not an election
        "She teaches election law in Ohio.",  # a field
        "The bill passed by 41 votes to 12.",  # a count of ballots
        "Labour took 38 per cent of the vote.",
        "The decision leaves the DUP as the largest party.",  # nobody leaves the party
        "The result leaves Labour two seats short of a majority.",
        "The row left GOP leaders scrambling.",
    ],
)
def test_words_that_name_no_event_here(text: str) -> None:
    assert labelled(run(text), "EVENT") == []


@pytest.mark.parametrize(
    ("text", "prefix", "trigger"),
    [
        ("Ms Roe leaves the DUP after ten years.", "Ms Roe ", "leaves"),
        ("The board election was held on Monday.", "The board ", "election"),
        ("Voters backed the plan in a vote on Monday.", "Voters backed the plan in a ", "vote"),
    ],
)
def test_the_same_words_still_name_events(text: str, prefix: str, trigger: str) -> None:
    start = len(prefix)
    assert (start, start + len(trigger)) in [(s, e) for s, e, _ in labelled(run(text), "EVENT")]


@pytest.mark.parametrize(
    ("text", "prefix", "trigger", "type_"),
    [
        ("Eluned Pritchard quits as rural affairs minister.", "Eluned Pritchard ", "quits", "resignation"),
        ("She flipped a Republican House district in 2022.", "She ", "flipped", "election"),
        ("Ms Vega won on the first ballot.", "Ms Vega ", "won", "election"),
        ("Senators staged a walkout on Monday.", "Senators staged a ", "walkout", "protest"),
    ],
)
def test_event_triggers_of_house_styles(text: str, prefix: str, trigger: str, type_: str) -> None:
    start = len(prefix)
    assert (start, start + len(trigger), {"type": type_}) in labelled(run(text), "EVENT")


@pytest.mark.parametrize(
    "text",
    [
        "Renata Kowalczyk came to launch her campaign for the Senate.",  # a campaign is no event
        "Four Democrats joined all 27 Republicans in voting yes.",  # joined them in an act, not their party
        "Asked whether he had the votes, Mr Lyle smiled.",  # support counted
    ],
)
def test_trigger_words_that_name_no_event(text: str) -> None:
    doc = run(text)
    assert [t for t in texts(doc, "EVENT") if t in ("launch", "joined", "votes")] == []
