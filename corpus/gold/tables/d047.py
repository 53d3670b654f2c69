"""Gold table of document 047: Senedd budget deal (a quote broken after its first words by a role and name, quotes
in a list after a colon, a nested single-quoted quote, "In a statement, X said:", partial quotes after
"thanked ... for", a possessive party before a role and name, vote counts that name no event)."""

from __future__ import annotations

from .common import CON, LAB, PC, Gold, Q, ev, member, pa, part, said, sp

REFORM = "Reform UK"

GOLD = Gold(
    "047_senedd-budget-deal.txt",
    [
        # headline
        pa("pc_h", PC, "[[Plaid Cymru]] and Labour strike"),
        pa("lab_h", LAB, "Plaid Cymru and [[Labour]] strike"),
        # P1
        pa("pc1", PC, "[[Plaid Cymru]] has agreed"),
        pa("pc2", PC, "Senedd. [[Plaid]] has 13"),
        # P2: a direct quote broken after two words by "Plaid leader Gwenllian Pryce said,"
        Q("q_gp1", "direct", "“[[The deal,", "The deal,]]”"),
        pa("pc3", PC, "deal,” [[Plaid]] leader"),
        sp("gp1", "Gwenllian Pryce", "leader [[Gwenllian Pryce]] said"),
        Q("q_gp2", "direct", "said, “[[is the best", "no majority.]]”"),
        # P3
        sp("or1", "Owain Rees", "Secretary [[Owain Rees]] said"),
        Q("q_or1", "direct", "said: “[[This agreement", "can still work.]]”"),
        # P4: three quoted demands in a list after a colon, all Ms Pryce's
        sp("gp2", "Gwenllian Pryce", "[[Ms Pryce]] listed"),
        Q("q_list1", "direct", "Cardiff: “[[free meals", "primary pupil]]”"),
        Q("q_list2", "direct", "“[[a bus in every", "every village]]”"),
        Q("q_list3", "direct", "“[[no cuts to further", "further education]]”"),
        sp("she_gp", "Gwenllian Pryce", "education”. [[She]] said all"),
        Q("q_gp3", "indirect", "She said [[all three", "met in part]]."),
        # P5
        sp("gp3", "Gwenllian Pryce", "[[Ms Pryce]], asked whether"),
        pa("pc4", PC, "whether [[Plaid]] would now"),
        Q("q_gp4", "direct", "said: “[[No. We are", "stay one.]]”"),
        # P6: "Their finance spokesman" names no party in its own sentence: no member_of
        pa("con1", CON, "The [[Welsh Conservatives]] voted"),
        ev("voted", "vote", "Conservatives [[voted]] against"),
        sp("hb1", "Huw Bellamy", "spokesman, [[Huw Bellamy]], said"),
        Q("q_hb1", "mixed", "said [[the deal was", "up as a budget”]]."),
        # P7: a nested quote is part of the outer quote
        Q("q_hb2", "direct", "“[[When a minister", "what comes next,]]”"),
        sp("hb2", "Huw Bellamy", "next,” [[Mr Bellamy]] said. “Higher"),
        Q("q_hb3", "direct", "“[[Higher council tax.", "council tax.]]”"),
        sp("hb3", "Huw Bellamy", "tax.” [[Mr Bellamy]] said the"),
        Q("q_hb4", "indirect", "Bellamy said [[the Conservatives would", "in the spring]]."),
        # P8
        pa("reform", REFORM, "[[Reform UK]]’s only"),
        sp("gl1", "Gethin Lloyd", "Senedd, [[Gethin Lloyd]], said"),
        Q("q_gl1", "mixed", "said [[his party would", "in committee]]."),
        # P9: "by 33 votes to 24" is a count, no event; "the vote" is inside the clause
        sp("or2", "Owain Rees", "[[Mr Rees]], who was appointed"),
        ev("appointed", "appointment", "who was [[appointed]] finance"),
        Q("q_or2", "mixed", "chamber [[the vote was", "public services”]]."),
        # P10: "thanked Plaid for" a partial quote, then a reported clause
        pa("lab1", LAB, "[[Labour]]’s group in the Senedd"),
        sp("cp1", "Carys Prothero", "Minister, [[Carys Prothero]], thanked"),
        pa("pc5", PC, "thanked [[Plaid]] for"),
        Q("q_cp1", "direct", "for “[[a grown-up conversation", "conversation]]”"),
        Q("q_cp2", "mixed", "said [[the deal would “protect", "rely on”]]."),
        sp("cp2", "Carys Prothero", "[[Ms Prothero]], who leads"),
        Q("q_cp3", "mixed", "said [[she would now", "delivering it”]]."),
        # P11
        sp("gl2", "Gethin Lloyd", "[[Mr Lloyd]] later told"),
        Q("q_gl2", "direct", "reporters: “[[Plaid have propped", "the last time.]]”"),
        # P12: an anonymous backbencher: no said_by
        pa("lab2", LAB, "everyone in [[Labour]] was"),
        pa("lab3", LAB, "One [[Labour]] backbencher"),
        Q("q_anon", "direct", "said: “[[We have handed", "the next election.]]”"),
    ],
    member("gp1", "pc3")
    + member("gl1", "reform")
    + part("voted", "con1")
    + part("appointed", "or2")
    + said("gp1", "q_gp1", "q_gp2")
    + said("or1", "q_or1")
    + said("gp2", "q_list1", "q_list2", "q_list3")
    + said("she_gp", "q_gp3")
    + said("gp3", "q_gp4")
    + said("hb1", "q_hb1")
    + said("hb2", "q_hb2", "q_hb3")
    + said("hb3", "q_hb4")
    + said("gl1", "q_gl1")
    + said("or2", "q_or2")
    + said("cp1", "q_cp1", "q_cp2")
    + said("cp2", "q_cp3")
    + said("gl2", "q_gl2"),
)
