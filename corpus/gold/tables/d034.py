"""Gold table of document 034 (held-out batch): Tory councillors defect to Reform UK (defection from one party to
another, "Councillor" as a role, quote before an inverted attribution ("said Mr Ashworth") with a long apposition,
an event word inside a mixed clause, a party spokesperson as source, a hypothetical formation)."""

from __future__ import annotations

from .common import CON, LD, Gold, Q, ev, member, pa, part, said, sp

REF = "Reform UK"

GOLD = Gold(
    "034_tory-councillors-defect-to-reform.txt",
    [
        # headline
        pa("con_h", CON, "Five [[Tory]] councillors"),
        ev("defect", "defection", "councillors [[defect]] to Reform"),
        pa("ref_h", REF, "defect to [[Reform UK]] in Lincolnshire"),
        # P1: the party left is the "Conservative" of the defection phrase; "leaving the Tories without a majority"
        # is a consequence, so "Tories" is no participant
        pa("con1", CON, "Five [[Conservative]] councillors on"),
        ev("defected", "defection", "have [[defected]] to Reform UK"),
        pa("ref1", REF, "defected to [[Reform UK]], leaving"),
        pa("con2", CON, "leaving the [[Tories]] without"),
        # P2: "Councillor" is a role before the name; "announced the move" has no reported clause
        sp("ma1", "Martin Ashworth", "Councillor [[Martin Ashworth]], announced"),
        # P3: quote before an inverted attribution
        Q("q_ma1", "direct", "\"[[We didn't leave", 'Party left us,]]"'),
        sp("ma2", "Martin Ashworth", "said [[Mr Ashworth]], who has"),
        sp("he_ma", "Martin Ashworth", "[[He]] said national leaders"),
        Q("q_ma2", "mixed", "He said [[national leaders had", 'a long time ago"]].'),
        # P4: "the defections" opens the reported clause, so it is inside the quote
        pa("ref2", REF, "[[Reform UK]]'s chairman"),
        sp("lh", "Lee Harrop", "chairman, [[Lee Harrop]], who travelled"),
        Q("q_lh", "mixed", "said [[the defections showed", 'in rural England"]].'),
        # P5
        pa("con3", CON, "The council's [[Conservative]] leader"),
        sp("jb", "Judith Brennan", "leader, [[Judith Brennan]], said"),
        Q("q_jb1", "mixed", "said [[she was", 'not surprised"]].'),
        sp("she_jb", "Judith Brennan", '[[She]] added: "If they'),
        Q("q_jb2", "direct", 'added: "[[If they believe', 'Let the voters decide.]]"'),
        # P6: party spokesperson, no said_by
        pa("con4", CON, "spokesperson for the [[Conservative Party]] said"),
        Q("q_spokesperson", "mixed", "said [[the councillors had", 'residents who elected them"]].'),
        # P7: "form a joint administration" is a (hypothetical) formation; "Her group" names no party
        pa("ld", LD, "[[Liberal Democrat]] group leader"),
        sp("am", "Asha Mehta", "leader [[Asha Mehta]] said"),
        Q("q_am", "mixed", "said [[the district deserved", 'right-wing parties"]].'),
        ev("form", "formation", "whether to [[form]] a joint"),
    ],
    member("lh", "ref2")
    + member("jb", "con3")
    + member("am", "ld")
    + part("defect", "con_h", "ref_h")
    + part("defected", "con1", "ref1")
    + said("ma2", "q_ma1")
    + said("he_ma", "q_ma2")
    + said("lh", "q_lh")
    + said("jb", "q_jb1")
    + said("she_jb", "q_jb2")
    + said("am", "q_am"),
)
