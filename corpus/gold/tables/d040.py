"""Gold table of document 040 (held-out batch): Plaid Cymru wins a Senedd by-election (the losing incumbent party
is no participant (cf. d012); "Reform UK's X" and "Labour's X" as member_of; a vote share that names no event; an
event word inside a mixed clause that continues after the quoted fragment; "according to" an anonymous figure; a
partial quote after "blamed"; "The First Minister, X" as a role before a name)."""

from __future__ import annotations

from .common import LAB, PC, Gold, Q, ev, member, pa, part, said, sp

REF = "Reform UK"

GOLD = Gold(
    "040_caerphilly-senedd-by-election.txt",
    [
        # headline: "from Labour" names the party that stood and lost the seat (a participant); in P1 "a century of
        # Labour dominance" is the seat's history only (cf. d012)
        pa("pc_h", PC, "[[Plaid Cymru]] wins Caerphilly"),
        ev("wins", "election", "Cymru [[wins]] Caerphilly"),
        pa("lab_h", LAB, "from [[Labour]] in Senedd"),
        ev("byelection_h", "election", "Senedd [[by-election]]\n"),
        # P1
        pa("pc1", PC, "[[Plaid Cymru]] has won"),
        ev("won", "election", "has [[won]] the Caerphilly"),
        ev("byelection1", "election", "Caerphilly [[by-election]], ending"),
        pa("lab1", LAB, "century of [[Labour]] dominance"),
        # P2: "41 per cent of the vote" is a share, no EVENT
        sp("lb1", "Lowri Bevan", "[[Lowri Bevan]], a 34-year-old"),
        pa("ref1", REF, "[[Reform UK]]'s Gareth Pugh"),
        sp("gp1", "Gareth Pugh", "UK's [[Gareth Pugh]] came second"),
        pa("lab2", LAB, "with [[Labour]]'s Carys"),
        sp("cl", "Carys Llewellyn", "Labour's [[Carys Llewellyn]] pushed"),
        # P3
        sp("lb2", "Lowri Bevan", "3am, [[Ms Bevan]] told"),
        Q("q_lb1", "mixed", "in English that [[the people of Caerphilly", 'hope over habit"]].'),
        # P4
        Q("q_lb2", "direct", '"[[Nobody in this valley', 'their vote,]]"'),
        sp("she_lb", "Lowri Bevan", 'vote," [[she]] said.'),
        Q("q_lb3", "direct", 'said. "[[Tonight they lent', 'every single day.]]"'),
        # P5: the clause runs on after the fragment; "election" is inside it
        pa("pc2", PC, "[[Plaid]] leader Rhys"),
        sp("rae", "Rhys ap Elis", "leader [[Rhys ap Elis]] said"),
        Q("q_rae", "mixed", "said [[the result proved", "next year's Senedd election]]."),
        # P6
        sp("gp2", "Gareth Pugh", "[[Mr Pugh]], who is also"),
        pa("ref2", REF, "also a [[Reform UK]] councillor"),
        Q("q_gp", "mixed", "said [[he was proud of", 'shoe leather and no money"]].'),
        # P7: two anonymous Labour sources, no said_by
        pa("wlab", LAB, "senior [[Welsh Labour]] figure"),
        Q("q_figure", "indirect", "figure, [[the First Minister was warned", "was at risk]]."),
        pa("lab3", LAB, "Another [[Labour]] source"),
        Q("q_source", "direct", 'blamed "[[a party that stopped', 'twenty years ago]]"'),
        # P8: "The First Minister" is a role before the name; "Labour" is inside the quote
        sp("mp", "Mark Prosser", "Minister, [[Mark Prosser]], said"),
        Q("q_mp", "mixed", "statement that [[Labour would", '"listen and learn"]].'),
    ],
    member("gp1", "ref1")
    + member("cl", "lab2")
    + member("rae", "pc2")
    + member("gp2", "ref2")
    + part("wins", "pc_h", "lab_h")
    + part("byelection_h", "pc_h", "lab_h")
    + part("won", "pc1")
    + part("byelection1", "pc1")
    + said("lb2", "q_lb1")
    + said("she_lb", "q_lb2", "q_lb3")
    + said("rae", "q_rae")
    + said("gp2", "q_gp")
    + said("mp", "q_mp"),
)
