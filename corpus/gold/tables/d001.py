"""Gold table of document 001: Tory MP defects to the Lib Dems (curly quotes, broken quote, "she added",
multi-paragraph)."""

from __future__ import annotations

from .common import CON, LD, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "001_tory-mp-defects-to-lib-dems.txt",
    [
        pa("tory_h", CON, "[[Tory]] MP Helen"),
        sp("hm_h", "Helen Marchbank", "Tory MP [[Helen Marchbank]] defects"),
        ev("defects_h", "defection", "Marchbank [[defects]] to"),
        pa("ld_h", LD, "defects to [[Liberal Democrats]] over"),
        pa("con1", CON, "[[Conservative]] MP Helen"),
        sp("hm1", "Helen Marchbank", "Conservative MP [[Helen Marchbank]] has"),
        ev("defected", "defection", "has [[defected]] to"),
        pa("ld1", LD, "to the [[Liberal Democrats]], cutting"),
        sp("hm2", "Helen Marchbank", "[[Ms Marchbank]], who was first"),
        ev("elected", "election", "first [[elected]] in 2015"),
        Q("q_indirect", "indirect", "said that [[she could no longer", "on social care]]."),
        Q("q_broken1", "direct", "“[[I did not come into politics", "for their care,]]”"),
        sp("she1", "Helen Marchbank", "care,” [[she]] said"),
        Q("q_broken2", "direct", "she said, “[[and I will not", "while it happens.]]”"),
        pa("ld2", LD, "alongside [[Lib Dem]] leader"),
        sp("ta1", "Tom Aylward", "leader [[Tom Aylward]], she"),
        sp("she2", "Helen Marchbank", "Aylward, [[she]] added"),
        Q("q_para1", "direct", "“[[This was the hardest", "of my life.]]"),
        Q("q_para2", "direct", "“[[I have been a Conservative", "it has become.]]"),
        Q("q_para3", "direct", "“[[Voters here deserve", "it is uncomfortable.]]”"),
        sp("ta2", "Tom Aylward", "[[Mr Aylward]] welcomed"),
        Q("q_aylward", "mixed", "tweeting that [[the Lib Dems were", "fixing care”]]."),
        pa("con2", CON, "A [[Conservative Party]] spokesperson"),
        Q("q_spokesperson", "indirect", "spokesperson said that [[Ms Marchbank should", "constituents decide]]."),
        ev("defection", "defection", "Her [[defection]] is"),
        pa("tories", CON, "from the [[Tories]] since"),
        ev("election", "election", "the general [[election]]."),
    ],
    member("hm_h", "tory_h")
    + member("hm1", "con1")
    + member("ta1", "ld2")
    + part("defects_h", "hm_h", "tory_h", "ld_h")
    + part("defected", "hm1", "con1", "ld1")
    + part("elected", "hm2")
    + part("defection", "tories")
    + said("hm2", "q_indirect")
    + said("she1", "q_broken1", "q_broken2")
    + said("she2", "q_para1", "q_para2", "q_para3")
    + said("ta2", "q_aylward"),
)
