"""Gold table of document 030 (held-out batch): Plaid Cymru MS quits the front bench (resignation from an office,
not a party; "in protest at" naming a motive, not a protest event; a party name inside a mixed quote; an
anonymous party source describing an event; Welsh Conservatives as a regional branch)."""

from __future__ import annotations

from .common import CON, LAB, PC, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "030_plaid-ms-quits-front-bench.txt",
    [
        # headline: no person named; quitting the front bench is leaving an office, not the party (cf. d015)
        pa("pc_h", PC, "[[Plaid Cymru]] MS quits"),
        ev("quits", "resignation", "MS [[quits]] front bench"),
        # P1: long apposition; "in protest at" gives the motive and names no protest event
        sp("rp1", "Rhiannon Pryce", "[[Rhiannon Pryce]], the Plaid Cymru Member"),
        pa("pc1", PC, "the [[Plaid Cymru]] Member of the Senedd"),
        ev("resigned", "resignation", "has [[resigned]] from the front bench"),
        # P2: "voting" is inside the mixed quote
        pa("pc2", PC, "to the [[Plaid]] leader, Gethin"),
        sp("gm1", "Gethin Morgan", "leader, [[Gethin Morgan]], Ms Pryce"),
        sp("rp2", "Rhiannon Pryce", "Morgan, [[Ms Pryce]] wrote that"),
        Q("q_rp1", "mixed", "wrote that [[she could not", "maternity unit without funding]]."),
        # P3: broken quote, pronoun attribution
        Q("q_rp2", "direct", '"[[I have not taken', 'decision lightly,]]"'),
        sp("she_rp", "Rhiannon Pryce", 'lightly," [[she]] said outside'),
        Q("q_rp3", "direct", 'Friday. "[[But I was elected', 'from the back benches.]]"'),
        # P4: "Welsh Labour" is inside the mixed quote
        sp("gm2", "Gethin Morgan", "[[Mr Morgan]] thanked her"),
        Q("q_gm", "mixed", "and said [[the budget agreement", 'since devolution"]].'),
        # P5: anonymous source; the partial quote after "describing ... as" has no said_by
        pa("pc3", PC, "A [[Plaid]] source"),
        ev("resignation", "resignation", "describing the [[resignation]] as"),
        Q("q_source", "direct", 'as "[[a long time', 'time coming]]"'),
        # P6
        pa("wcon", CON, "The [[Welsh Conservatives]]' health"),
        sp("op", "Owain Pritchard", "spokesperson, [[Owain Pritchard]], said"),
        Q("q_op1", "mixed", "said [[the row showed", 'little helper"]].'),
        sp("he_op", "Owain Pritchard", '[[He]] added: "Voters'),
        Q("q_op2", "direct", 'added: "[[Voters in Pembrokeshire', 'signed this budget.]]"'),
        # P7: nobody who votes is named in the sentence
        ev("voted", "vote", "due to be [[voted]] on in the Senedd"),
        pa("lab", LAB, "[[Labour]], which governs"),
    ],
    member("rp1", "pc1")
    + member("gm1", "pc2")
    + member("op", "wcon")
    + part("resigned", "rp1")
    + said("rp2", "q_rp1")
    + said("she_rp", "q_rp2", "q_rp3")
    + said("gm2", "q_gm")
    + said("op", "q_op1")
    + said("he_op", "q_op2"),
)
