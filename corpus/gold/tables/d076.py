"""Gold table of document 076 (held-out batch heldout-3): an Ohio state senator runs for governor, a long feature
(byline and dateline; curly double marks, US style with commas and full stops inside the closing mark; "state Sen.",
"Gov." and "Lt. Gov." as roles before a name; "a Democrat who ..." and "a Republican who ..." as member_of; two clauses
joined by ", and that"; a speech quoted over three paragraphs after a quote broken by "she said." (all linked to
that "she"); a quote sentence with no attribution of its own after a sentence whose subject is the speaker; a voter
quoted; one clause with two quoted predicates; "Ohio Democratic Party chair"; "according to" a named speaker,
then an indirect clause before ", he said"; a reported question after "Asked ... whether" (no QUOTE); a rally and an
election as time references)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, said, sp

GOLD = Gold(
    "076_ohio-senator-runs-for-governor.txt",
    [
        # headline: a party word; nobody is named
        pa("rep_h", REP, "Ohio’s [[Republican]] machine"),
        # byline
        sp("cm", "Caroline Medina", "By [[Caroline Medina]]"),
        # P1: "state Sen." is a role; "say what everyone already knew" reports no clause
        sp("dk1", "Denise Kowalczyk", "Sen. [[Denise Kowalczyk]] say what"),
        # P2
        Q("q_dk1", "direct", "“[[I’m running for governor", "for governor,]]”"),
        sp("she_dk1", "Denise Kowalczyk", "governor,” [[she]] said, and"),
        # P3: "a Democrat who ..." and "a Republican who ..." state membership; "the race" and "running again" are
        # no triggers
        sp("dk2", "Denise Kowalczyk", "[[Kowalczyk]], 52, a Democrat"),
        pa("dem1", DEM, "52, a [[Democrat]] who has"),
        sp("fd", "Frank Dettmer", "Gov. [[Frank Dettmer]], a Republican"),
        pa("rep1", REP, "Dettmer, a [[Republican]] who is barred"),
        # P4: two clauses joined by ", and that"; the second is mixed, the full stop inside the closing mark
        sp("she_dk2", "Denise Kowalczyk", "[[She]] told the crowd that"),
        Q("q_dk2", "indirect", "crowd that [[her father had worked", "before it closed]], and that"),
        Q("q_dk3", "mixed", "and that [[she had learned politics", "being lied to.”]]"),
        # P5-P7: "Then she turned to Columbus" introduces no quote; a quote broken by "she said." whose second part
        # runs on over two more paragraphs: all linked to that "she" (GUIDELINES 3.2, 3.3; cf. d063); the party
        # and the name in the speech are inside the quotes
        Q("q_dk4", "direct", "“[[For fourteen years", "the same story,]]”"),
        sp("she_dk3", "Denise Kowalczyk", "story,” [[she]] said."),
        Q("q_dk5", "direct", "said. “[[They told you the jobs", "one more teacher.]]"),
        Q("q_dk6", "direct", "“[[Well, I’ve been counting", "went to Texas.]]"),
        Q("q_dk7", "direct", "“[[I’m not running against", "a long time ago.]]”"),
        # P8: a quote sentence with no attribution of its own after a sentence whose subject is the speaker (decided
        # case of batch dev-3)
        sp("dk3", "Denise Kowalczyk", "[[Kowalczyk]] waited"),
        Q("q_dk8", "direct", "stop. “[[If that makes me radical", "I’m radical.]]”"),
        # P9: a voter; "Republican" and "elections" are inside the indirect clause
        sp("jp1", "Janet Pruitt", "afternoon. [[Janet Pruitt]], 67"),
        Q("q_jp1", "indirect", "said [[she had voted Republican", "last two elections]]."),
        Q("q_jp2", "direct", "“[[She talks like us", "like us,]]”"),
        sp("jp2", "Janet Pruitt", "us,” [[Pruitt]] said."),
        Q("q_jp3", "direct", "said. “[[That’s all I ever wanted", "any of them.]]”"),
        # P10: "Lt. Gov." is a role; "a Republican who ..." states membership; one clause with two quoted predicates,
        # the full stop inside the last mark
        pa("rep2", REP, "[[Republicans]] were quick"),
        sp("bh", "Brad Hollister", "Gov. [[Brad Hollister]], a Republican"),
        pa("rep3", REP, "Hollister, a [[Republican]] who is expected"),
        Q("q_bh", "mixed", "statement that [[Kowalczyk had", "every family in Ohio.”]]"),
        # P11: "His campaign spokesman, X," is a role before the name; second quote after the sentence-final
        # attribution
        sp("tg1", "Tyler Graves", "spokesman, [[Tyler Graves]], went"),
        Q("q_tg1", "direct", "“[[Denise Kowalczyk is a nice lady", "a bad record,]]”"),
        sp("tg2", "Tyler Graves", "record,” [[Graves]] said."),
        Q("q_tg2", "direct", "said. “[[Ohio isn’t going back", "going back.]]”"),
        # P12: "Ohio Democratic Party chair" -> the party span is "Democratic Party" (GUIDELINES 5); a partial quote
        # after "called X" with the comma inside the mark, then a mixed clause after "conceded that"
        pa("dem2", DEM, "[[Democrats]] in Ohio know"),
        pa("dem3", DEM, "Ohio [[Democratic Party]] chair"),
        sp("mb", "Marcus Bell", "chair [[Marcus Bell]] called"),
        sp("dk4", "Denise Kowalczyk", "called [[Kowalczyk]] “the strongest"),
        Q("q_mb1", "direct", "Kowalczyk “[[the strongest candidate", "in twenty years,]]”"),
        Q("q_mb2", "mixed", "conceded that [[the party would", "three or four to one.”]]"),
        # P13: a union leader; the union is no PARTY
        sp("tr", "Tom Ruscak", "jackets. [[Tom Ruscak]], president"),
        Q("q_tr", "mixed", "said [[his members would", "here and Cincinnati.”]]"),
        # P14: "according to" a named speaker after the clause; then an indirect clause before ", he said"
        # ("Republicans" is inside it)
        Q("q_kb1", "indirect", "[[Kowalczyk’s path is narrow", "is narrow]], according"),
        sp("kb", "Kyle Brandt", "according to [[Kyle Brandt]], a political"),
        Q("q_kb2", "indirect", "University. [[She would need to win back", "Columbus and Cleveland]], he said"),
        sp("he_kb", "Kyle Brandt", "Cleveland, [[he]] said."),
        # P15: "Asked ... whether" reports a question (no QUOTE, cf. d000); "after the rally" is a time reference
        sp("dk5", "Denise Kowalczyk", "[[Kowalczyk]] herself"),
        ev("rally", "protest", "after the [[rally]] whether"),
        Q("q_dk9", "direct", "“[[I’ve been outspent", "I’ve ever run,]]”"),
        sp("she_dk4", "Denise Kowalczyk", "run,” [[she]] said."),
        Q("q_dk10", "direct", "said. “[[I’m still here", "still here.]]”"),
        # P16: an election nobody named stands in yet
        ev("election", "election", "The [[election]] is 13"),
    ],
    member("dk2", "dem1")
    + member("fd", "rep1")
    + member("bh", "rep3")
    + member("mb", "dem3")
    + said("she_dk1", "q_dk1")
    + said("she_dk2", "q_dk2", "q_dk3")
    + said("she_dk3", "q_dk4", "q_dk5", "q_dk6", "q_dk7")
    + said("dk3", "q_dk8")
    + said("jp1", "q_jp1")
    + said("jp2", "q_jp2", "q_jp3")
    + said("bh", "q_bh")
    + said("tg2", "q_tg1", "q_tg2")
    + said("mb", "q_mb1", "q_mb2")
    + said("tr", "q_tr")
    + said("kb", "q_kb1")
    + said("he_kb", "q_kb2")
    + said("she_dk4", "q_dk9", "q_dk10"),
)
