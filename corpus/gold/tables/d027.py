"""Gold table of document 027: Scottish Conservatives elect a leader (Scottish parties, "First Minister X" as role,
long description between name and verb, broken quote, anonymous "according to")."""

from __future__ import annotations

from .common import CON, LAB, SNP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "027_scottish-conservatives-elect-leader.txt",
    [
        # headline
        pa("sc_h", CON, "[[Scottish Conservatives]] elect"),
        ev("elect", "election", "Conservatives [[elect]] Duncan"),
        sp("dw_h", "Duncan Whyte", "elect [[Duncan Whyte]] as leader"),
        # P1
        sp("dw1", "Duncan Whyte", "[[Duncan Whyte]] has been elected"),
        ev("elected", "election", "has been [[elected]] leader"),
        pa("sc1", CON, "of the [[Scottish Conservatives]], beating"),
        sp("mc1", "Morven Clarke", "spokesperson, [[Morven Clarke]], in"),
        ev("ballot", "vote", "in a [[ballot]] of party members"),
        # P2
        sp("dw2", "Duncan Whyte", "[[Mr Whyte]], a 39-year-old"),
        Q("q_dw", "direct", "activists: “[[We are going to stop", "being unionists.]]”"),
        # P3
        sp("mc2", "Morven Clarke", "[[Ms Clarke]] congratulated"),
        Q("q_mc1", "direct", "“[[Duncan won", "fair and square,]]”"),
        sp("she_mc", "Morven Clarke", "square,” [[she]] said"),
        Q("q_mc2", "direct", "said. “[[He has my full", "support.]]”"),
        # P4: "First Minister Morag Lindsay" (role before a name); "First Minister’s Questions" names no person
        sp("dw3", "Duncan Whyte", "[[Mr Whyte]] will face"),
        sp("ml", "Morag Lindsay", "First Minister [[Morag Lindsay]] at"),
        pa("snp", SNP, "The [[SNP]]’s depute leader"),
        sp("cr", "Callum Reid", "leader, [[Callum Reid]], said"),
        Q("q_cr", "mixed", "said [[the Tories had", "Westminster loyalist”]]."),
        # P5
        pa("slab", LAB, "[[Scottish Labour]]’s Iain"),
        sp("id", "Iain Dalgleish", "Labour’s [[Iain Dalgleish]] said"),
        Q("q_id", "mixed", "said [[the contest had been", "to the bottom”]]."),
        # P6: anonymous officials
        Q("q_officials", "indirect", "officials, [[turnout among", "was 72%]]."),
    ],
    member("dw_h", "sc_h")
    + member("dw1", "sc1")
    + member("cr", "snp")
    + member("id", "slab")
    + part("elect", "sc_h", "dw_h")
    + part("elected", "dw1", "sc1", "mc1")
    + part("ballot", "dw1", "mc1")
    + said("dw2", "q_dw")
    + said("she_mc", "q_mc1", "q_mc2")
    + said("cr", "q_cr")
    + said("id", "q_id"),
)
