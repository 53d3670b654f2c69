"""Gold table of document 059 (held-out batch heldout-2): Stormont health budget row carried out by statement
(curly single quotes with curly apostrophes inside them; a headline quote attributed to nobody in the headline;
"In a statement, she said ... and accused X of ‘…’"; a party spokesperson with two clauses, a name inside one;
institutions and a newspaper as sources; "adding:" after a mixed clause; "His party leader" names no party)."""

from __future__ import annotations

from .common import DUP, SF, UUP, Gold, Q, ev, member, pa, part, said, sp

ALLIANCE = "Alliance Party of Northern Ireland"
SDLP = "Social Democratic and Labour Party"

GOLD = Gold(
    "059_stormont-health-budget-statements.txt",
    [
        # headline: the quoted phrase is attributed to nobody in the headline -> no QUOTE (GUIDELINES 3.1)
        # P1: the Ulster Unionists are the ones who would vote
        pa("uu1", UUP, "with the [[Ulster Unionists]] threatening"),
        ev("vote1", "vote", "threatening to [[vote]] against"),
        # P2: indirect clause, then a quote broken across sentences
        pa("uu2", UUP, "Minister, [[Ulster Unionist]] MLA Robin"),
        sp("rf1", "Robin Ferguson", "MLA [[Robin Ferguson]], said"),
        Q("q_rf1", "indirect", "said [[his department faced", "shortfall this year]]."),
        Q("q_rf2", "direct", "‘[[I have been honest", "in front of us,]]’"),
        sp("he_rf", "Robin Ferguson", "us,’ [[he]] said."),
        Q("q_rf3", "direct", "said. ‘[[Without more money", "it is arithmetic.]]’"),
        # P3: two speech acts of one subject; a partial quote after "accused X of"
        pa("sf1", SF, "[[Sinn Féin]]’s Caoimhe"),
        sp("cng1", "Caoimhe Nic Giolla", "Féin’s [[Caoimhe Nic Giolla]], responded"),
        sp("she_cng1", "Caoimhe Nic Giolla", "her own, [[she]] said"),
        Q("q_cng1", "indirect", "she said [[the budget had been agreed", "five Executive parties]] and accused"),
        sp("rf2", "Robin Ferguson", "accused [[Mr Ferguson]] of"),
        Q("q_cng2", "direct", "of ‘[[playing politics with patients", "with patients]]’.\n"),
        # P4: curly apostrophes inside single quotes are apostrophes
        Q("q_cng3", "direct", "‘[[The Health Minister sat", "agreed this budget,]]’"),
        sp("she_cng2", "Caoimhe Nic Giolla", "budget,’ [[she]] said."),
        Q("q_cng4", "direct", "said. ‘[[He can’t now pretend", "in the room.]]’"),
        # P5: anonymous party source, two clauses; "Sinn Féin" and "Gemma Lowry" are inside the quotes
        pa("dup", DUP, "A [[DUP]] spokesperson"),
        Q("q_dup1", "mixed", "said [[the party would ‘not be lectured", "on budgets’]], but"),
        Q("q_dup2", "mixed", "added that [[the deputy First Minister", "’ for health]]."),
        # P6: the name was first given inside a quote; it is still the document's name for her
        sp("gl", "Gemma Lowry", "[[Ms Lowry]] later told"),
        Q("q_gl1", "mixed", "Ulster that [[she would not support", "a hole in one’]]."),
        Q("q_gl2", "direct", "‘[[We all want shorter", "waiting lists,]]’"),
        sp("she_gl", "Gemma Lowry", "lists,’ [[she]] said."),
        Q("q_gl3", "direct", "said. ‘[[Nobody’s going to get them", "a press release.]]’"),
        # P7: quote before an inverted attribution, second quote after it
        Q("q_nq1", "direct", "‘[[Every year we have the same row", "pay for it,]]’"),
        pa("all", ALLIANCE, "said [[Alliance]] leader Niall"),
        sp("nq", "Niall Quigley", "leader [[Niall Quigley]]."),
        Q("q_nq2", "direct", "‘[[The parties need to stop", "to each other.]]’"),
        # P8: "Alliance" is inside the mixed clause
        sp("he_nq", "Niall Quigley", "[[He]] said Alliance would"),
        Q("q_nq3", "mixed", "He said [[Alliance would bring forward", "annual cliff edge’]]."),
        # P9
        pa("sdlp", SDLP, "[[SDLP]] health spokesperson"),
        sp("cm", "Cara McShane", "spokesperson [[Cara McShane]] said"),
        Q("q_cm", "indirect", "McShane said [[her party would table", "sits on Tuesday]]."),
        # P10: institutions as sources, no said_by
        Q("q_rcn", "mixed", "statement that [[the shortfall would mean", "wards this winter’]], while"),
        Q("q_bma", "mixed", "warned that [[GP surgeries were", "at breaking point’]]."),
        # P11: a newspaper after "according to"; party, name and "resign" are inside the clause
        Q("q_bt", "indirect", "Telegraph, [[at least two UUP MLAs", "is not changed]]."),
        # P12: "His party leader" names no party -> no member_of; "adding:" links to the subject
        sp("rf3", "Robin Ferguson", "[[Mr Ferguson]] did not respond"),
        sp("ak", "Alan Kerr", "leader, [[Alan Kerr]], said"),
        Q("q_ak1", "mixed", "said [[he had ‘full confidence’", "in the minister]], adding"),
        Q("q_ak2", "direct", "adding: ‘[[Robin is doing", "tied behind his back.]]’"),
        # P13: a vote with no named participant
        ev("vote2", "vote", "The budget [[vote]] is expected"),
    ],
    member("rf1", "uu2")
    + member("cng1", "sf1")
    + member("nq", "all")
    + member("cm", "sdlp")
    + part("vote1", "uu1")
    + said("rf1", "q_rf1")
    + said("he_rf", "q_rf2", "q_rf3")
    + said("she_cng1", "q_cng1", "q_cng2")
    + said("she_cng2", "q_cng3", "q_cng4")
    + said("gl", "q_gl1")
    + said("she_gl", "q_gl2", "q_gl3")
    + said("nq", "q_nq1", "q_nq2")
    + said("he_nq", "q_nq3")
    + said("cm", "q_cm")
    + said("ak", "q_ak1", "q_ak2"),
)
