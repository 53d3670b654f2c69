"""Gold table of document 010: Labour suspends a councillor (BOM source, event type "other", anonymous spokesperson)."""

from __future__ import annotations

from .common import LAB, LD, Gold, Q, ev, pa, part, said, sp

GOLD = Gold(
    "010_labour-suspends-councillor.txt",
    [
        pa("lab_h", LAB, "[[Labour]] suspends"),
        ev("suspends", "other", "Labour [[suspends]] councillor"),
        pa("lab1", LAB, "[[Labour]] has suspended"),
        ev("suspended", "other", "has [[suspended]] Manchester"),
        sp("kd1", "Kevin Doyle", "councillor [[Kevin Doyle]] while"),
        pa("lab2", LAB, "A [[Labour]] spokesperson"),
        Q("q_spokesperson", "direct", "said: “[[The Labour Party takes", "takes place.]]”"),
        sp("kd2", "Kevin Doyle", "[[Mr Doyle]], who has represented"),
        Q("q_kd_mixed", "mixed", "statement that [[the posts had been", "badly misjudged”]]."),
        sp("he", "Kevin Doyle", "[[He]] wrote"),
        Q("q_kd1", "direct", "wrote: “[[I apologise", "I have hurt.]]"),
        Q("q_kd2", "direct", "“[[I will cooperate", "constituents soon.]]”"),
        sp("ro", "Rachel Osei", "campaigner [[Rachel Osei]], who"),
        Q("q_ro", "mixed", "posts, said [[the suspension was", "could do”]]."),
        pa("ld", LD, "[[Liberal Democrat]] councillors"),
        sp("kd3", "Kevin Doyle", "for [[Mr Doyle]] to resign"),
        ev("resign", "resignation", "Mr Doyle to [[resign]] his seat"),
    ],
    part("suspends", "lab_h")
    + part("suspended", "lab1", "kd1")
    + part("resign", "kd3")
    + said("kd2", "q_kd_mixed")
    + said("he", "q_kd1", "q_kd2")
    + said("ro", "q_ro"),
)
