"""Gold table of document 038 (held-out batch): Government defeated in the Commons (a defeat and a rebellion as
"other" events with their actors, "Dr" inside the span, "the Labour backbencher Dr X", an institutional source
(Downing Street) with the Prime Minister inside its clause, an event word inside an indirect clause, a two-paragraph
quote, an anonymous whip)."""

from __future__ import annotations

from .common import CON, LAB, LD, SNP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "038_government-defeated-carers-allowance.txt",
    [
        # headline: "the Government" is no PARTY; the Labour rebels are actors of both events
        ev("defeated_h", "other", "Government [[defeated]] as 31"),
        pa("lab_h", LAB, "31 [[Labour]] MPs rebel"),
        ev("rebel", "other", "MPs [[rebel]] over"),
        # P1: "joined ... to back an amendment" is no change of party
        ev("defeated1", "other", "has been [[defeated]] in the Commons"),
        ev("election", "election", "the general [[election]], after"),
        pa("lab1", LAB, "after 31 [[Labour]] MPs joined"),
        pa("con1", CON, "joined the [[Conservatives]], the"),
        pa("ld", LD, "the [[Liberal Democrats]] and the SNP"),
        pa("snp", SNP, "and the [[SNP]] to back"),
        # P2: "298 votes to 291" counts ballots
        pa("lab2", LAB, "by the [[Labour]] backbencher"),
        sp("nq1", "Nadia Qureshi", "backbencher [[Dr Nadia Qureshi]], passed"),
        # P3
        Q("q_nq1", "direct", '"[[This was never about', 'the Government,]]"'),
        sp("nq2", "Nadia Qureshi", 'Government," [[Dr Qureshi]] said'),
        Q("q_nq2", "direct", 'afterwards. "[[It was about 900,000', 'two pounds an hour.]]"'),
        # P4: institutional source; the Prime Minister is inside the clause
        Q("q_ds", "mixed", "Street said [[the Prime Minister", 'will of the House"]].'),
        # P5-P6: "rebellion" is inside the indirect clause; two-paragraph quote
        sp("tr", "Tom Ridley", "Secretary, [[Tom Ridley]], insisted"),
        Q("q_tr1", "indirect", "insisted [[the rebellion did not", "confidence in the Government]]."),
        sp("he_tr", "Tom Ridley", '[[He]] said: "Thirty-one'),
        Q("q_tr2", "direct", 'said: "[[Thirty-one colleagues', "a healthy party.]]"),
        Q("q_tr3", "direct", '"[[Nobody should read', 'than that.]]"'),
        # P7
        pa("con2", CON, "secretary, [[Conservative]] MP Helen"),
        sp("hf", "Helen Fairweather", "MP [[Helen Fairweather]], said"),
        Q("q_hf", "mixed", "said [[ministers had been", 'their own side"]].'),
        # P8: anonymous whip
        pa("lab3", LAB, "One [[Labour]] whip"),
        Q("q_whip", "mixed", "said [[the rebels had been warned", '"would be remembered"]].'),
    ],
    member("nq1", "lab2")
    + member("hf", "con2")
    + part("defeated_h", "lab_h")
    + part("rebel", "lab_h")
    + part("defeated1", "lab1", "con1", "ld", "snp")
    + said("nq2", "q_nq1", "q_nq2")
    + said("tr", "q_tr1")
    + said("he_tr", "q_tr2", "q_tr3")
    + said("hf", "q_hf"),
)
