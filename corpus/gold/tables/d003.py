"""Gold table of document 003: Plaid Cymru and Green Party alliance (single British quotes, apostrophes, scare
quote)."""

from __future__ import annotations

from .common import GRN, LAB, PC, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "003_plaid-green-alliance.txt",
    [
        pa("pc_h", PC, "[[Plaid Cymru]] and Green Party form"),
        pa("grn_h", GRN, "and [[Green Party]] form"),
        ev("form", "formation", "Green Party [[form]] alliance"),
        ev("election_h", "election", "ahead of Senedd [[election]]"),
        pa("pc1", PC, "[[Plaid Cymru]] and the Green Party have"),
        pa("grn1", GRN, "and the [[Green Party]] have formed"),
        ev("formed", "formation", "have [[formed]] an"),
        ev("election1", "election", "May’s Senedd [[election]]."),
        pa("plaid2", PC, "[[Plaid]] leader Rhian"),
        sp("rp", "Rhian Pritchard", "leader [[Rhian Pritchard]] argued"),
        Q("q_rp_mixed", "mixed", "argued that [[the pact was", "not party labels’]]."),
        sp("she", "Rhian Pritchard", "[[She]] said: ‘People"),
        Q("q_rp", "direct", "She said: ‘[[People in the valleys", "only the start.]]’"),
        pa("grn2", GRN, "[[Green Party]] leader in Wales"),
        sp("oth", "Owen Tudor-Hughes", "in Wales [[Owen Tudor-Hughes]] said"),
        Q("q_oth_mixed", "mixed", "Tudor-Hughes said [[the deal would", "a real choice’]],"),
        Q("q_oth", "direct", "adding: ‘[[We agree", "we disagree on.]]’"),
        pa("lab1", LAB, "[[Labour]], which has led"),
        pa("lab2", LAB, "arrangement. [[Labour]] Senedd member"),
        sp("dp", "Dafydd Price", "member [[Dafydd Price]] said"),
        Q("q_dp", "direct", "said: ‘[[This is a stitch-up", "a new politics.]]’"),
    ],
    member("rp", "plaid2")
    + member("oth", "grn2")
    + member("dp", "lab2")
    + part("form", "pc_h", "grn_h")
    + part("formed", "pc1", "grn1")
    + part("election1", "pc1", "grn1")
    + said("rp", "q_rp_mixed")
    + said("she", "q_rp")
    + said("oth", "q_oth_mixed", "q_oth")
    + said("dp", "q_dp"),
)
