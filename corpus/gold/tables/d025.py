"""Gold table of document 025: Ulster Unionist MLA joins the DUP (Northern Ireland parties, "saying" + mixed clause,
indirect clause then a quote broken across sentences, partial quote after "accused X of", scare quote)."""

from __future__ import annotations

from .common import ALLIANCE, DUP, UUP, Gold, Q, ev, member, pa, part, said, sp

GOLD = Gold(
    "025_uup-mla-joins-dup.txt",
    [
        # headline: former membership stated ("Ulster Unionist MLA X")
        pa("uu_h", UUP, "[[Ulster Unionist]] MLA Robert"),
        sp("rh_h", "Robert Hanna", "MLA [[Robert Hanna]] joins"),
        ev("joins", "defection", "Hanna [[joins]] DUP"),
        pa("dup_h", DUP, "joins [[DUP]]\n"),
        # P1
        sp("rh1", "Robert Hanna", "[[Robert Hanna]], the Ulster Unionist member"),
        pa("uu1", UUP, "the [[Ulster Unionist]] member of the Assembly"),
        ev("joined", "defection", "has [[joined]] the DUP"),
        pa("dup1", DUP, "joined the [[DUP]], saying"),
        Q("q_rh1", "mixed", "saying [[unionism could", 'split its vote"]].'),
        # P2
        ev("departure", "defection", "His [[departure]] from"),
        pa("uup2", UUP, "from the [[UUP]] cuts"),
        # P3
        sp("rh2", "Robert Hanna", "[[Mr Hanna]], a farmer"),
        Q("q_rh2", "indirect", "said [[he had agonised", "for months]]."),
        Q("q_rh3", "direct", '"[[My grandfather was', 'an Ulster Unionist,]]"'),
        sp("he_rh", "Robert Hanna", 'Unionist," [[he]] told'),
        Q("q_rh4", "direct", 'Letter. "[[I did not do this', 'lightly.]]"'),
        # P4
        pa("dup2", DUP, "[[DUP]] leader Gavin"),
        sp("gm", "Gavin McCartney", "leader [[Gavin McCartney]] said"),
        Q("q_gm", "direct", 'said: "[[Robert is a man', 'team in Strangford.]]"'),
        # P5: "the UUP leader, X" states membership; "election" is inside the mixed quote
        pa("uup3", UUP, "the [[UUP]] leader, Alison"),
        sp("ak", "Alison Kerr", "leader, [[Alison Kerr]], accused"),
        sp("rh3", "Robert Hanna", "accused [[Mr Hanna]] of"),
        Q("q_ak1", "direct", 'of "[[walking away', 'who elected him]]"'),
        sp("she_ak", "Alison Kerr", "[[She]] added that"),
        Q("q_ak2", "mixed", "added that [[the party would", "next Assembly election]].\n"),
        # P6
        pa("all", ALLIANCE, "[[Alliance Party]] MLA"),
        sp("cd", "Conor Devlin", "MLA [[Conor Devlin]] said"),
        Q("q_cd", "mixed", "Devlin said [[the move was", 'more than flags"]].'),
        # P7: scare quote with no speaker; a time reference without participants
        sp("rh4", "Robert Hanna", "[[Mr Hanna]]'s move revives"),
        ev("election", "election", "before the next Assembly [[election]]."),
    ],
    member("rh_h", "uu_h")
    + member("rh1", "uu1")
    + member("gm", "dup2")
    + member("ak", "uup3")
    + member("cd", "all")
    + part("joins", "rh_h", "uu_h", "dup_h")
    + part("joined", "rh1", "uu1", "dup1")
    + part("departure", "uup2")
    + said("rh1", "q_rh1")
    + said("rh2", "q_rh2")
    + said("he_rh", "q_rh3", "q_rh4")
    + said("gm", "q_gm")
    + said("ak", "q_ak1")
    + said("she_ak", "q_ak2")
    + said("cd", "q_cd"),
)
