"""Gold table of document 081 (held-out batch heldout-3): the Senate passes a stopgap spending bill, AP style (straight
double marks with the US full stop inside the mark; a headline "X calls it "…""; "said on Friday", "told reporters
at the Capitol"; two mixed clauses joined by "but that", the second ending with a full stop inside the mark;
anonymous aides and an official after "according to" as sources; a quote after "X was unmoved." with no attribution
of its own; a quote over two paragraphs; "the president" inside reported clauses; a union as source; time
references to a vote)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "081_senate-passes-stopgap-before-shutdown.txt",
    [
        # headline: "X calls it "…"" attributes the phrase to X (decided case of heldout-2)
        sp("mhd_h", "Marcus Hadley", "deadline; [[Hadley]] calls it"),
        Q("q_mhd_h", "direct", 'calls it "[[a win for common sense', 'for common sense]]"\n'),
        # P1: the Senate is no PARTY, so the vote has no participant; "President X" is a role before the name
        ev("voted", "vote", "The Senate [[voted]] late Friday"),
        sp("mhd1", "Marcus Hadley", "to President [[Marcus Hadley]] with"),
        # P2: "71-27" counts ballots; "joined every Democrat in voting" is no change of party (cf. d038)
        pa("rep1", REP, "Eighteen [[Republicans]] joined"),
        pa("dem1", DEM, "every [[Democrat]] in voting"),
        ev("voting", "vote", "Democrat in [[voting]] for the measure"),
        # P3: second quote after a sentence-final attribution
        Q("q_mhd1", "direct", '"[[This is a win for common sense,', 'for common sense,]]" Hadley said'),
        sp("mhd2", "Marcus Hadley", 'sense," [[Hadley]] said in a statement'),
        Q("q_mhd2", "direct", 'night. "[[Nobody in America', 'over the holidays.]]"'),
        # P4: no party is stated for him; two mixed clauses, the second ends with the full stop inside the mark
        sp("wk1", "Walter Kessling", "Leader [[Walter Kessling]] of Missouri"),
        Q("q_wk1", "mixed", 'said [[the bill was "not the one', 'would have written"]] but that'),
        Q("q_wk2", "mixed", 'but that [[a shutdown "would have hurt', 'the wrong people."]]\n'),
        # P5: "after the vote" is a time reference
        Q("q_wk3", "direct", '"[[We did the responsible thing,', 'responsible thing,]]" Kessling'),
        sp("wk2", "Walter Kessling", 'thing," [[Kessling]] told reporters'),
        ev("vote1", "vote", "Capitol after the [[vote]]. "),
        Q("q_wk4", "direct", '"[[Now the appropriators', 'them to do it.]]"'),
        # P6: anonymous aides: no said_by; name, party and elections inside the clause stay unannotated
        pa("rep2", REP, "Two [[Republican]] aides"),
        Q("q_aides", "indirect", "meeting, said [[Kessling had warned", "midterm elections]]."),
        # P7: "a Texas Republican" states membership; partial quote with the full stop inside the mark
        sp("dr1", "Dale Rourke", "Sen. [[Dale Rourke]], a Texas"),
        pa("rep3", REP, "a Texas [[Republican]] who led"),
        Q("q_dr1", "direct", 'the bill "[[another blank check', 'how to say no.]]"'),
        # P8: "before the vote" is a time reference; "vote" in the indirect clause is inside the QUOTE
        Q("q_dr2", "direct", '"[[I came to Washington', 'to rubber-stamp it,]]"'),
        sp("dr2", "Dale Rourke", 'it," [[Rourke]] said on the Senate'),
        ev("vote2", "vote", "floor before the [[vote]]. He said"),
        sp("he_dr", "Dale Rourke", "[[He]] said he would push"),
        Q("q_dr3", "indirect", "He said [[he would push for a vote", "budget amendment]]."),
        # P9: a quote with no attribution of its own after "X was unmoved." is X's (decided case of dev-3)
        sp("dr3", "Dale Rourke", "[[Rourke]] was unmoved"),
        Q("q_dr4", "direct", 'shutdown. "[[Shutdowns end.', "Debt doesn't.]]\""),
        # P10-P11: one quote over two paragraphs, both linked to the attribution of the first
        pa("dem2", DEM, "Senate [[Democratic]] leader Paula"),
        sp("pi1", "Paula Ingram", "leader [[Paula Ingram]] of Oregon"),
        Q("q_pi1", "direct", 'floor: "[[Tonight the Senate did', "counts as a victory.]]"),
        Q("q_pi2", "direct", "\"[[But let's be clear", 'single Democratic vote.]]"'),
        # P12: "Kessling" is inside the mixed clause
        sp("she_pi", "Paula Ingram", "[[She]] added that she"),
        Q("q_pi3", "mixed", "added that [[she had spoken to Kessling", "a longer-term deal]]."),
        # P13: "Speaker X" is a role before the name; "a Minnesota Republican" states membership; "his party" is generic
        sp("gl1", "Greg Lindqvist", "Speaker [[Greg Lindqvist]], a Minnesota"),
        pa("rep4", REP, "a Minnesota [[Republican]], relied"),
        pa("dem3", DEM, "relied on [[Democrats]] on Wednesday"),
        # P14: a news conference is no EVENT; "votes" is inside the quote
        sp("gl2", "Greg Lindqvist", "[[Lindqvist]] said at a news"),
        Q("q_gl1", "mixed", 'Thursday that [[he had "no regrets"', "across the aisle]]."),
        Q("q_gl2", "direct", '"[[My job is to keep', 'the lights on,]]"'),
        sp("he_gl", "Greg Lindqvist", 'on," [[he]] said.'),
        Q("q_gl3", "direct", "said. \"[[I'll take the votes", 'I can find them.]]"'),
        # P15: "White House press secretary" is a role before the name; "the president" is inside the clause
        sp("lv", "Lena Vasquez", "secretary [[Lena Vasquez]] told"),
        Q("q_lv", "mixed", "reporters that [[the president would sign", 'hits his desk."]]'),
        # P16: the clause before "according to" an anonymous official is the QUOTE (no said_by); "The president"
        # is inside it
        Q("q_official", "indirect", "\n\n[[The president signed", "shortly before midnight]], according"),
        # P17: a union as source: no said_by
        Q("q_union", "mixed", "statement that [[its members were", "shutdown scare in two years]]."),
        # P18
        sp("wk3", "Walter Kessling", "stopgap. [[Kessling]] said Friday"),
        Q("q_wk5", "indirect", "Friday that [[he hoped to bring", "the week after Thanksgiving]]."),
    ],
    member("dr1", "rep3")
    + member("pi1", "dem2")
    + member("gl1", "rep4")
    + part("voting", "rep1", "dem1")
    + said("mhd_h", "q_mhd_h")
    + said("mhd2", "q_mhd1", "q_mhd2")
    + said("wk1", "q_wk1", "q_wk2")
    + said("wk2", "q_wk3", "q_wk4")
    + said("dr1", "q_dr1")
    + said("dr2", "q_dr2")
    + said("he_dr", "q_dr3")
    + said("dr3", "q_dr4")
    + said("pi1", "q_pi1", "q_pi2")
    + said("she_pi", "q_pi3")
    + said("gl2", "q_gl1")
    + said("he_gl", "q_gl2", "q_gl3")
    + said("lv", "q_lv")
    + said("wk3", "q_wk5"),
)
