"""Gold table of document 018: a new centrist party is launched (formation, several speakers alternating, quote
before attribution, broken quote with "she said,", scare quote, "according to" a named speaker)."""

from __future__ import annotations

from .common import CON, LAB, Gold, Q, ev, member, pa, part, said, sp

CG = "Common Ground"

GOLD = Gold(
    "018_common-ground-party-launched.txt",
    [
        # headline
        ev("launch_h", "formation", "Former MPs [[launch]] new centrist party"),
        pa("cg_h", CG, "centrist party, [[Common Ground]]\n"),
        # P1: a quote whose source is no SPEAKER mention ("Two former MPs and ...") has no said_by
        pa("con1", CON, "a former [[Conservative]] council leader"),
        ev("launched", "formation", "have [[launched]] a new party"),
        pa("cg1", CG, "a new party, [[Common Ground]], promising"),
        Q("q_promise", "direct", "promising to “[[fix the plumbing", "British politics]]”"),
        # P2: founders named after "founded by"; "left Labour" is a defection, not a member_of
        ev("founded", "formation", "was [[founded]] by"),
        sp("ra1", "Rachel Ambrose", "by [[Rachel Ambrose]], who left"),
        ev("left", "defection", "who [[left]] Labour in 2021"),
        pa("lab1", LAB, "left [[Labour]] in 2021"),
        sp("tw1", "Tobias Wren", "and [[Tobias Wren]], the former Tory MP"),
        pa("tory", CON, "the former [[Tory]] MP for Stroud"),
        ev("formation", "formation", "Its [[formation]] had been"),
        # P3
        sp("ra2", "Rachel Ambrose", "[[Ms Ambrose]] told supporters"),
        Q("q_ra1", "direct", "Birmingham: “[[For too long", "they have a home.]]”"),
        # P4: quote before attribution, continued after it ("protest" inside the quote is no EVENT)
        Q("q_tw1", "direct", "“[[We are not a protest", "protest movement,]]”"),
        sp("tw2", "Tobias Wren", "movement,” [[Mr Wren]] said."),
        Q("q_tw2", "direct", "said. “[[We intend to win", "win seats.]]”"),
        # P5: "the so-called “red wall”" has no speaker: not a QUOTE
        sp("tw3", "Tobias Wren", "[[Mr Wren]], who lost his seat"),
        ev("election", "election", "at the last [[election]], said"),
        Q("q_tw3", "indirect", "said that [[Common Ground would", "in 50 constituencies]]."),
        # P6
        pa("lab2", LAB, "[[Labour]] chair Priti"),
        sp("ps", "Priti Sandhu", "chair [[Priti Sandhu]] dismissed"),
        Q("q_ps1", "direct", "“[[We have seen this film", "before,]]”"),
        sp("she_ps", "Priti Sandhu", "before,” [[she]] said,"),
        Q("q_ps2", "direct", "said, “[[and it does not", "end well.]]”"),
        # P7
        sp("ra3", "Rachel Ambrose", "[[Ms Ambrose]] replied"),
        Q("q_ra2", "mixed", "replied that [[critics had said", "“since the Liberals”]]."),
        # P8
        pa("con2", CON, "[[Conservative Party]] chairman"),
        sp("nf", "Nick Ferris", "chairman [[Nick Ferris]] said"),
        Q("q_nf", "mixed", "Ferris said [[Common Ground was", "before it starts”]]."),
        # P9: "according to" a named speaker
        sp("tw4", "Tobias Wren", "According to [[Mr Wren]],"),
        Q("q_tw4", "indirect", "Mr Wren, [[more than 8,000", "by Monday evening]]."),
    ],
    member("tw1", "tory")
    + member("ps", "lab2")
    + member("nf", "con2")
    + part("launch_h", "cg_h")
    + part("launched", "cg1")
    + part("founded", "ra1", "tw1")
    + part("left", "ra1", "lab1")
    + part("election", "tw3")
    + said("ra2", "q_ra1")
    + said("tw2", "q_tw1", "q_tw2")
    + said("tw3", "q_tw3")
    + said("she_ps", "q_ps1", "q_ps2")
    + said("ra3", "q_ra2")
    + said("nf", "q_nf")
    + said("tw4", "q_tw4"),
)
