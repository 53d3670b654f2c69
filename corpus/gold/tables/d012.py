"""Gold table of document 012: Lib Dems win a by-election (straight quotes, quote before attribution, scare quote)."""

from __future__ import annotations

from .common import CON, GRN, LAB, LD, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "012_mid-wealden-by-election.txt",
    [
        pa("ld_h", LD, "[[Lib Dems]] win"),
        ev("win_h", "election", "Lib Dems [[win]] Mid"),
        ev("byelection_h", "election", "Dems win Mid Wealden [[by-election]]"),
        pa("ld1", LD, "The [[Liberal Democrats]] have won"),
        ev("won", "election", "have [[won]] the"),
        ev("byelection1", "election", "the Mid Wealden [[by-election]] with"),
        pa("con1", CON, "by the [[Conservatives]] since"),
        sp("sp1", "Sarah Pemberton", "MP, [[Sarah Pemberton]], a former"),
        Q("q_sp1", "direct", 'count: "[[Tonight the people', 'be ignored.]]"'),
        Q("q_sp2", "direct", '"[[People here have been', 'a very long time,]]"'),
        sp("sp2", "Sarah Pemberton", 'time," [[Ms Pemberton]] said'),
        Q("q_sp3", "direct", 'said. "[[They are not loyal', 'any more.]]"'),
        pa("grn", GRN, "The [[Green Party]] finished"),
        pa("lab", LAB, "ahead of [[Labour]], whose"),
        pa("con2", CON, "[[Conservative Party]] chairman"),
        sp("nf", "Nick Ferris", "chairman [[Nick Ferris]] insisted"),
        Q("q_nf_mixed", "mixed", "insisted that [[the result was", 'protest vote"]] and said'),
        Q("q_nf_indirect", "indirect", "and said [[the party would win", "the general election]]."),
        pa("ld2", LD, "[[Lib Dem]] leader Tom"),
        sp("ta", "Tom Aylward", "leader [[Tom Aylward]], who"),
        Q("q_ta", "direct", 'said: "[[This is a political earthquake', 'in the south.]]"'),
        pa("ld3", LD, "string of [[Lib Dem]] gains"),
    ],
    member("nf", "con2")
    + member("ta", "ld2")
    + part("win_h", "ld_h")
    + part("byelection_h", "ld_h")
    + part("won", "ld1")
    + part("byelection1", "ld1")
    + said("sp1", "q_sp1")
    + said("sp2", "q_sp2", "q_sp3")
    + said("nf", "q_nf_mixed", "q_nf_indirect")
    + said("ta", "q_ta"),
)
