"""Gold table of document 084 (held-out batch heldout-3): a Republican wins the Tucson mayor's race, a long feature
with a byline and a dateline (curly double marks, US full stop inside the mark; a victory speech broken by "she
said," and continued over two more paragraphs; a campaign slogan in quotes is no QUOTE; partial quotes after "had
called the plan" and "called the loss"; a pronoun that introduces no quote; a party and a county office as sources;
voters and a political scientist quoted, "she said" after several people; the candidates and their parties take
part in the election)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "084_tucson-republican-wins-mayors-race.txt",
    [
        # headline: winning City Hall is winning an election
        pa("rep_h", REP, "a [[Republican]] wins City Hall"),
        ev("wins", "election", "Republican [[wins]] City Hall"),
        # byline
        sp("rs", "Renata Solis", "By [[Renata Solis]]\n"),
        # P1: "ran for mayor" is no trigger (cf. d063)
        pa("rep1", REP, "40 years, [[Republicans]] who ran"),
        sp("mf1", "Marisol Fuentes", "Tuesday, [[Marisol Fuentes]] changed"),
        # P2: the candidates and their parties take part in "won" (cf. d063 re-election); "Mayor" is a role; a vote
        # margin is a count; "She" introduces no quote
        sp("mf2", "Marisol Fuentes", "[[Fuentes]], a Republican and"),
        pa("rep2", REP, "Fuentes, a [[Republican]] and a former"),
        ev("won", "election", "first time, [[won]] the race"),
        sp("kl1", "Kevin Larkin", "Mayor [[Kevin Larkin]], a two-term"),
        pa("dem1", DEM, "two-term [[Democrat]]. She"),
        pa("rep3", REP, "the first [[Republican]] to hold"),
        # P3: mixed clause ending with the full stop inside the mark
        sp("mf3", "Marisol Fuentes", "midnight, [[Fuentes]] said the result"),
        Q("q_mf1", "mixed", "said [[the result belonged", "tired of being ignored.”]]"),
        # P4-P6: a quote broken by "she said," whose second part runs on over two more paragraphs
        Q("q_mf2", "direct", "“[[I didn’t run as a Republican", "I ran as a neighbor,]]”"),
        sp("she_mf1", "Marisol Fuentes", "neighbor,” [[she]] said, to cheers"),
        Q("q_mf3", "direct", "cheers. “[[And tomorrow morning", "acting like one.]]"),
        Q("q_mf4", "direct", "“[[That means the potholes", "a bed, not a ticket.]]"),
        Q("q_mf5", "direct", "“[[None of that is partisan.", "it is overdue.]]”"),
        # P7: a campaign slogan in quotes is a name, not a QUOTE; "promised to hire" has no reported clause
        sp("mf4", "Marisol Fuentes", "[[Fuentes]] ran on a simple"),
        sp("kl2", "Kevin Larkin", "year. [[Larkin]] had called"),
        Q("q_kl1", "direct", "plan “[[a wish list", "no price tag.]]”"),
        # P8: "He conceded" introduces no quote, so "He" is no SPEAKER; "conceded" is no trigger
        Q("q_kl2", "direct", "“[[The voters have spoken", "respect their decision,]]”"),
        sp("kl3", "Kevin Larkin", "decision,” [[Larkin]] said in the"),
        Q("q_kl3", "direct", "statement. “[[I called Marisol", "with the transition.]]”"),
        # P9: one clause with two predicates
        sp("he_kl", "Kevin Larkin", "[[He]] said he would not"),
        Q("q_kl4", "indirect", "He said [[he would not seek", "Pima Community College]]."),
        # P10: "County Democratic Party chair" -> the party span is "Democratic Party" (GUIDELINES 5)
        pa("dem2", DEM, "Pima County [[Democratic Party]] chair"),
        sp("aw1", "Alicia Warrick", "chair, [[Alicia Warrick]], called"),
        Q("q_aw1", "direct", "loss “[[a wake-up call", "wake-up call]]”"),
        # P11
        Q("q_aw2", "direct", "“[[We took this seat", "we paid for it,]]”"),
        sp("aw2", "Alicia Warrick", "it,” [[Warrick]] said."),
        # P12: a party as source: no said_by; "win" names her election
        pa("rep4", REP, "Arizona [[Republican Party]] called"),
        sp("mf5", "Marisol Fuentes", "called [[Fuentes]]’s win"),
        ev("win", "election", "Fuentes’s [[win]] “proof"),
        Q("q_azgop", "direct", "win “[[proof that Republicans", "show up and listen.]]”"),
        # P13: a county office after "according to": no said_by
        Q("q_recorder", "indirect", "\n\n[[Turnout was about 31", "about 31 percent]], according"),
        # P14: "voted" and "Democrats" are inside the mixed clause
        sp("ge", "Gloria Esparza", "personal. [[Gloria Esparza]], 71"),
        Q("q_ge1", "mixed", "said [[she had voted for Democrats", "until this year]]."),
        # P15: "polling place" names no event
        Q("q_ge2", "direct", "“[[I like Larkin fine.", "three times,]]”"),
        sp("she_ge", "Gloria Esparza", "times,” [[she]] said outside"),
        Q("q_ge3", "direct", "Tuesday. “[[I wanted somebody", "something about it.]]”"),
        # P16: "Larkin" and "the mayor" are inside the clause
        sp("la", "Luis Arvizu", "sure. [[Luis Arvizu]], a 34-year-old"),
        Q("q_la", "mixed", "said [[he had stayed loyal", "answered his emails.”]]"),
        # P17
        sp("em", "Elaine Mercer", "\n\n[[Elaine Mercer]], a political scientist"),
        Q("q_em1", "mixed", "said [[the result was “less", "a Larkin problem.”]]"),
        # P18: "she" after several people refers to the speaker of the previous paragraph
        Q("q_em2", "direct", "“[[Tucson didn’t turn red", "overnight,]]”"),
        sp("she_em", "Elaine Mercer", "overnight,” [[she]] said."),
        Q("q_em3", "direct", "said. “[[Voters decided the incumbent", "a lot of them.]]”"),
        # P19: a reported question; "she did not hesitate" introduces no quote
        sp("mf6", "Marisol Fuentes", "[[Fuentes]] takes office"),
        # P20
        Q("q_mf6", "direct", "“[[Fix Grant Road,", "Grant Road,]]”"),
        sp("she_mf2", "Marisol Fuentes", "Road,” [[she]] said."),
    ],
    member("mf2", "rep2")
    + member("kl1", "dem1")
    + member("aw1", "dem2")
    + part("wins", "rep_h")
    + part("won", "mf2", "rep2", "kl1", "dem1")
    + part("win", "mf5")
    + said("mf3", "q_mf1")
    + said("she_mf1", "q_mf2", "q_mf3", "q_mf4", "q_mf5")
    + said("kl2", "q_kl1")
    + said("kl3", "q_kl2", "q_kl3")
    + said("he_kl", "q_kl4")
    + said("aw1", "q_aw1")
    + said("aw2", "q_aw2")
    + said("ge", "q_ge1")
    + said("she_ge", "q_ge2", "q_ge3")
    + said("la", "q_la")
    + said("em", "q_em1")
    + said("she_em", "q_em2", "q_em3")
    + said("she_mf2", "q_mf6"),
)
