"""Gold table of document 063 (held-out batch heldout-2): a Michigan governor's child care speech (long feature with
a byline; a speech quoted over three paragraphs after a quote broken by "she said,"; "what she called “…”"; a
programme name in quotes is no QUOTE; partial quote after "called it"; a mixed clause running on after the
fragment; anonymous aides reporting what she told her cabinet; "Whitfield’s own party" names no party; a
re-election with the candidate and her party; a rally without named participants)."""

from __future__ import annotations

from .common import DEM, REP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "063_michigan-governor-child-care-speech.txt",
    [
        # headline: "asks Michigan to make child care free" is a request with no reported clause
        sp("nw_h", "Nora Whitfield", "bet: [[Nora Whitfield]] asks"),
        # byline
        sp("do", "Daniel Okoro", "By [[Daniel Okoro]]\n"),
        # P1: "Gov." is a role; "what she called “…”" attributes the words to her (full stop inside the mark)
        sp("nw1", "Nora Whitfield", "Gov. [[Nora Whitfield]] stood"),
        sp("she_nw1", "Nora Whitfield", "what [[she]] called"),
        Q("q_nw1", "direct", "called “[[the speech I have wanted", "for seven years.]]”"),
        # P2: a speech is no EVENT
        sp("nw2", "Nora Whitfield", "[[Whitfield]], a term-limited"),
        pa("dem1", DEM, "term-limited [[Democrat]], used"),
        # P3-P5: a quote broken by "she said," whose second part runs on over two more paragraphs: all linked to
        # the attribution of the first paragraph
        Q("q_nw2", "direct", "“[[Seven years ago, I stood", "fix the damn roads,]]”"),
        sp("she_nw2", "Nora Whitfield", "roads,” [[she]] said, to laughter"),
        Q("q_nw3", "direct", "aisle. “[[We have fixed a lot", "harder to pave over.]]"),
        Q("q_nw4", "direct", "“[[There are parents in this state", "more than the mortgage.]]"),
        Q("q_nw5", "direct", "“[[That is not a failure", "Legislature to fix it.]]”"),
        # P6: a programme name in quotes is no QUOTE; "puts its cost at" is no speech verb
        # P7: partial quote after "called it" (full stop inside the mark)
        pa("rep1", REP, "[[Republicans]], who control"),
        sp("cv1", "Curtis Vandermolen", "Leader [[Curtis Vandermolen]], a Republican"),
        pa("rep2", REP, "Vandermolen, a [[Republican]] from Holland"),
        Q("q_cv1", "direct", "called it “[[dead on arrival.", "dead on arrival.]]”"),
        # P8: "The governor" is inside the quote
        Q("q_cv2", "direct", "“[[The governor gave", "a lovely speech,]]”"),
        sp("cv2", "Curtis Vandermolen", "speech,” [[Vandermolen]] told"),
        Q("q_cv3", "direct", "address. “[[But lovely speeches", "not an ATM.]]”"),
        # P9: "Republicans" is inside the indirect clause
        sp("he_cv", "Curtis Vandermolen", "[[He]] said Senate Republicans"),
        Q("q_cv4", "indirect", "He said [[Senate Republicans would", "costs, within weeks]]."),
        # P10: "own party" is generic; the candidate and her party stand in the re-election; one clause with two
        # predicates, the second after the quoted fragment ("was worried" is inside the clause)
        sp("nw3", "Nora Whitfield", "[[Whitfield]]’s own party"),
        sp("pg1", "Paula Greer", "Sen. [[Paula Greer]], a Democrat"),
        pa("dem2", DEM, "Greer, a [[Democrat]] from suburban"),
        ev("reelection", "election", "a difficult [[re-election]] in November"),
        Q("q_pg1", "mixed", "interview that [[she supported", "about the timing]]."),
        # P11: "election" is inside the quote
        Q("q_pg2", "direct", "“[[Raising taxes in an election", "a heavy lift,]]”"),
        sp("pg2", "Paula Greer", "lift,” [[Greer]] said."),
        Q("q_pg3", "direct", "said. “[[I’d want to see the details", "on to anything.]]”"),
        # P12: "run" is no trigger; anonymous aides report what she told her cabinet: one QUOTE, no said_by
        sp("nw4", "Nora Whitfield", "For [[Whitfield]], 61"),
        Q("q_aides", "mixed", "said [[she had told her cabinet", "remembered for.”]]"),
        # P13: a news conference is no EVENT
        sp("nw5", "Nora Whitfield", "Wednesday, [[Whitfield]] did not deny"),
        Q("q_nw6", "direct", "“[[Every governor thinks", "leave behind,]]”"),
        sp("she_nw3", "Nora Whitfield", "behind,” [[she]] said at a news"),
        Q("q_nw7", "direct", "Detroit. “[[I’d rather leave behind", "than a statue.]]”"),
        # P14: "Michigan Republican Party chair" -> the party span is "Republican Party"; the name is inside the quote
        pa("rep3", REP, "Michigan [[Republican Party]] chair"),
        sp("tb", "Todd Brinker", "chair, [[Todd Brinker]], said"),
        Q("q_tb", "mixed", "statement that [[Whitfield was", "have to cash.”]]"),
        # P15: nobody named takes part in the rally
        ev("rally", "protest", "held a [[rally]] in support"),
        # P16: inverted attribution with an apposition, second quote after it
        Q("q_kb1", "direct", "“[[I pay $1,600", "my two kids,]]”"),
        sp("kb", "Keisha Banks", "said [[Keisha Banks]], a home"),
        Q("q_kb2", "direct", "Flint. “[[That’s more than", "my mortgage.]]”"),
        # P17: a future vote with no named participant
        ev("vote", "vote", "would need a [[vote]] in both"),
        sp("nw6", "Nora Whitfield", "and [[Whitfield]] has said"),
        Q("q_nw8", "indirect", "has said [[she will not sign", "child care out]]."),
    ],
    member("nw2", "dem1")
    + member("cv1", "rep2")
    + member("pg1", "dem2")
    + member("tb", "rep3")
    + part("reelection", "pg1", "dem2")
    + said("she_nw1", "q_nw1")
    + said("she_nw2", "q_nw2", "q_nw3", "q_nw4", "q_nw5")
    + said("cv1", "q_cv1")
    + said("cv2", "q_cv2", "q_cv3")
    + said("he_cv", "q_cv4")
    + said("pg1", "q_pg1")
    + said("pg2", "q_pg2", "q_pg3")
    + said("she_nw3", "q_nw6", "q_nw7")
    + said("tb", "q_tb")
    + said("kb", "q_kb1", "q_kb2")
    + said("nw6", "q_nw8"),
)
